#include "ingest/xlsxreader.h"

#include <QFile>
#include <QXmlStreamReader>
#include <zip.h>

namespace dt::ingest {

namespace {

bool readPart(zip_t *za, const char *name, QByteArray *out, QString *error, const QString &path)
{
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(za, name, 0, &st) != 0)
        return false;
    if ((st.valid & ZIP_STAT_SIZE) && st.size > zip_uint64_t(XlsxReader::kMaxPartBytes)) {
        *error = XlsxReader::tr(
                     "%1: %2 would unpack to %3 MB, over the %4 MB limit: refused as a possible zip bomb")
                     .arg(path, QString::fromLatin1(name))
                     .arg(st.size >> 20)
                     .arg(XlsxReader::kMaxPartBytes >> 20);
        return false;
    }
    if ((st.valid & ZIP_STAT_COMP_SIZE) && (st.valid & ZIP_STAT_SIZE) && st.comp_size > 0 &&
        st.size / st.comp_size > zip_uint64_t(XlsxReader::kMaxRatio) && st.size > (16u << 20)) {
        *error = XlsxReader::tr(
                     "%1: %2 is compressed %3:1, far beyond any spreadsheet: refused as a possible zip bomb")
                     .arg(path, QString::fromLatin1(name))
                     .arg(st.size / st.comp_size);
        return false;
    }
    zip_file_t *f = zip_fopen(za, name, 0);
    if (!f)
        return false;
    out->resize(qsizetype(st.size));
    const zip_int64_t n = zip_fread(f, out->data(), st.size);
    zip_fclose(f);
    if (n < 0 || zip_uint64_t(n) != st.size) {
        *error = XlsxReader::tr("%1: %2 is damaged").arg(path, QString::fromLatin1(name));
        return false;
    }
    return true;
}

int columnIndex(QStringView ref)
{
    int col = 0;
    for (QChar c : ref) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            break;
        col = col * 26 + (c.unicode() - 'A' + 1);
    }
    return col - 1;
}

} // namespace

bool XlsxReader::read(const QString &path, QVector<Record> *rows, QString *error, const QString &sheetName)
{
    int zerr = 0;
    zip_t *za = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &zerr);
    if (!za) {
        *error = tr("%1: not a readable xlsx workbook (zip error %2)").arg(path).arg(zerr);
        return false;
    }
    struct Closer
    {
        zip_t *z;
        ~Closer() { zip_discard(z); }
    } closer{za};

    QByteArray workbook, rels, shared, sheet;
    QString err;
    if (!readPart(za, "xl/workbook.xml", &workbook, &err, path)) {
        *error = err.isEmpty() ? tr("%1: a zip file, but not an xlsx workbook (no xl/workbook.xml)").arg(path)
                               : err;
        return false;
    }
    // Which part holds the wanted sheet: workbook.xml names → r:id → workbook.xml.rels target.
    QString rid;
    {
        QXmlStreamReader x(workbook);
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == QLatin1String("sheet")) {
                const auto a = x.attributes();
                if (rid.isEmpty() && (sheetName.isEmpty() || a.value(QLatin1String("name")) == sheetName)) {
                    for (const auto &attr : a) {
                        if (attr.name() == QLatin1String("id"))
                            rid = attr.value().toString();
                    }
                }
            }
        }
    }
    QString target = QStringLiteral("worksheets/sheet1.xml");
    if (!rid.isEmpty() && readPart(za, "xl/_rels/workbook.xml.rels", &rels, &err, path)) {
        QXmlStreamReader x(rels);
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == QLatin1String("Relationship") &&
                x.attributes().value(QLatin1String("Id")) == rid)
                target = x.attributes().value(QLatin1String("Target")).toString();
        }
    }
    if (target.startsWith(QLatin1Char('/')))
        target = target.mid(1);
    else
        target = QStringLiteral("xl/") + target;
    if (!err.isEmpty()) {
        *error = err;
        return false;
    }
    QStringList strings;
    if (readPart(za, "xl/sharedStrings.xml", &shared, &err, path)) {
        QXmlStreamReader x(shared);
        QString cur;
        bool inSi = false;
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == QLatin1String("si"))
                inSi = true, cur.clear();
            else if (x.isStartElement() && x.name() == QLatin1String("t") && inSi)
                cur += x.readElementText();
            else if (x.isEndElement() && x.name() == QLatin1String("si"))
                inSi = false, strings << cur;
        }
    } else if (!err.isEmpty()) {
        *error = err;
        return false;
    }
    if (!readPart(za, target.toUtf8().constData(), &sheet, &err, path)) {
        *error =
            err.isEmpty()
                ? tr("%1: the workbook has no sheet %2").arg(path, sheetName.isEmpty() ? target : sheetName)
                : err;
        return false;
    }
    QXmlStreamReader x(sheet);
    Record rec;
    int col = 0;
    QString type, value;
    bool inValue = false;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement()) {
            const auto n = x.name();
            if (n == QLatin1String("row")) {
                rec = Record();
                rec.line = x.attributes().value(QLatin1String("r")).toLongLong();
                if (rec.line == 0)
                    rec.line = rows->size() + 1;
            } else if (n == QLatin1String("c")) {
                col = columnIndex(x.attributes().value(QLatin1String("r")));
                if (col < 0)
                    col = int(rec.fields.size());
                type = x.attributes().value(QLatin1String("t")).toString();
                value.clear();
            } else if (n == QLatin1String("v") ||
                       (n == QLatin1String("t") && type == QLatin1String("inlineStr"))) {
                value += x.readElementText();
                inValue = true;
            }
        } else if (x.isEndElement()) {
            const auto n = x.name();
            if (n == QLatin1String("c")) {
                QString v = value;
                if (type == QLatin1String("s"))
                    v = strings.value(value.toInt());
                while (rec.fields.size() < col)
                    rec.fields.push_back(QByteArray());
                rec.fields.push_back(v.toUtf8());
                inValue = false;
            } else if (n == QLatin1String("row")) {
                QByteArray raw;
                for (qsizetype i = 0; i < rec.fields.size(); ++i)
                    raw += (i ? "\t" : "") + rec.fields.at(i);
                rec.raw = raw;
                rows->push_back(rec);
            }
        }
    }
    Q_UNUSED(inValue)
    if (x.hasError()) {
        *error = tr("%1: the sheet's XML is damaged at line %2: %3")
                     .arg(path)
                     .arg(x.lineNumber())
                     .arg(x.errorString());
        return false;
    }
    return true;
}

} // namespace dt::ingest
