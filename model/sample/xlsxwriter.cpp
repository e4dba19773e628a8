#include "sample/xlsxwriter.h"

#include <QFile>
#include <QHash>
#include <zip.h>

namespace dt::sample {

namespace {

QByteArray xmlEscape(const QString &s)
{
    QByteArray out;
    const QByteArray u = s.toUtf8();
    out.reserve(u.size());
    for (char c : u) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

QByteArray columnName(int col)
{
    QByteArray name;
    for (++col; col > 0; col = (col - 1) / 26)
        name.prepend(char('A' + (col - 1) % 26));
    return name;
}

bool isPlainNumber(const QString &s)
{
    if (s.isEmpty() || s.size() > 15 || (s.size() > 1 && s.front() == QLatin1Char('0')))
        return false;
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

} // namespace

XlsxWriter::XlsxWriter(QString sheetName)
    : m_sheet(std::move(sheetName))
{}

void XlsxWriter::addRow(const QStringList &cells)
{
    m_rows.push_back(cells);
}

bool XlsxWriter::save(const QString &path, QString *error) const
{
    QHash<QString, int> index;
    QStringList strings;
    QByteArray sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                       "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                       "<sheetData>";
    qint64 refs = 0;
    for (int r = 0; r < m_rows.size(); ++r) {
        sheet += "<row r=\"" + QByteArray::number(r + 1) + "\">";
        const QStringList &row = m_rows.at(r);
        for (int c = 0; c < row.size(); ++c) {
            if (row.at(c).isEmpty())
                continue;
            const QByteArray ref = columnName(c) + QByteArray::number(r + 1);
            if (isPlainNumber(row.at(c))) {
                sheet += "<c r=\"" + ref + "\"><v>" + row.at(c).toLatin1() + "</v></c>";
            } else {
                auto it = index.find(row.at(c));
                if (it == index.end()) {
                    it = index.insert(row.at(c), int(strings.size()));
                    strings << row.at(c);
                }
                ++refs;
                sheet += "<c r=\"" + ref + "\" t=\"s\"><v>" + QByteArray::number(*it) + "</v></c>";
            }
        }
        sheet += "</row>";
    }
    sheet += "</sheetData></worksheet>";

    QByteArray shared = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" +
                        QByteArray::number(refs) + "\" uniqueCount=\"" + QByteArray::number(strings.size()) +
                        "\">";
    for (const QString &s : strings)
        shared += "<si><t>" + xmlEscape(s) + "</t></si>";
    shared += "</sst>";

    const QByteArray contentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" "
        "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/xl/workbook.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        "<Override PartName=\"/xl/sharedStrings.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
        "</Types>";
    const QByteArray rootRels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        "Target=\"xl/workbook.xml\"/></Relationships>";
    const QByteArray workbook =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        "<sheets><sheet name=\"" +
        xmlEscape(m_sheet) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    const QByteArray workbookRels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
        "Target=\"worksheets/sheet1.xml\"/>"
        "<Relationship Id=\"rId2\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
        "Target=\"sharedStrings.xml\"/></Relationships>";

    QFile::remove(path);
    int zerr = 0;
    zip_t *za = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &zerr);
    if (!za) {
        if (error)
            *error = tr("%1: cannot create the workbook (libzip error %2)").arg(path).arg(zerr);
        return false;
    }
    const struct
    {
        const char *name;
        const QByteArray *data;
    } parts[] = {{"[Content_Types].xml", &contentTypes}, {"_rels/.rels", &rootRels},
                 {"xl/workbook.xml", &workbook},         {"xl/_rels/workbook.xml.rels", &workbookRels},
                 {"xl/sharedStrings.xml", &shared},      {"xl/worksheets/sheet1.xml", &sheet}};
    for (const auto &part : parts) {
        // libzip copies the buffer only on close; the QByteArrays outlive zip_close below.
        zip_source_t *src = zip_source_buffer(za, part.data->constData(), zip_uint64_t(part.data->size()), 0);
        const zip_int64_t idx = src ? zip_file_add(za, part.name, src, ZIP_FL_ENC_UTF_8) : -1;
        if (idx < 0) {
            if (src)
                zip_source_free(src);
            zip_discard(za);
            if (error)
                *error = tr("%1: cannot add %2 to the workbook").arg(path, QString::fromLatin1(part.name));
            return false;
        }
        zip_file_set_dostime(za, zip_uint64_t(idx), 0x0000, 0x5B21, 0); // 2025-09-01 00:00, fixed
        zip_set_file_compression(za, zip_uint64_t(idx), ZIP_CM_DEFLATE, 6);
    }
    if (zip_close(za) != 0) {
        if (error)
            *error = tr("%1: cannot write the workbook: %2").arg(path, QString::fromUtf8(zip_strerror(za)));
        zip_discard(za);
        return false;
    }
    return true;
}

} // namespace dt::sample
