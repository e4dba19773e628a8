#include "ingest/jsonreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dt::ingest {

bool JsonReader::looksLikeJson(const QByteArray &head)
{
    QByteArray h = head.left(4096);
    if (h.startsWith("\xEF\xBB\xBF"))
        h.remove(0, 3);
    h = h.trimmed();
    return h.startsWith('[') &&
           (h.size() < 2 || h.at(1) == '"' || h.at(1) == '{' || h.at(1) == '[' || h.at(1) == ' ' ||
            h.at(1) == '\n' || h.at(1) == '\r' || (h.at(1) >= '0' && h.at(1) <= '9'));
}

bool JsonReader::read(const QString &path, QVector<Record> *rows, QStringList *headers, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot open for reading: %2").arg(path, f.errorString());
        return false;
    }
    if (f.size() > kMaxBytes) {
        *error = tr("%1: a JSON list over %2 MB; split it first").arg(path).arg(kMaxBytes >> 20);
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = tr("%1: not valid JSON at byte %2: %3").arg(path).arg(pe.offset).arg(pe.errorString());
        return false;
    }
    if (!doc.isArray()) {
        *error = tr("%1: JSON, but not a list").arg(path);
        return false;
    }
    const QJsonArray arr = doc.array();
    bool objects = false;
    for (const auto &v : arr) {
        if (v.isObject()) {
            objects = true;
            for (const QString &k : v.toObject().keys()) {
                if (!headers->contains(k))
                    headers->append(k);
            }
        }
    }
    if (!objects)
        *headers = QStringList{QStringLiteral("reported")};
    auto text = [](const QJsonValue &v) {
        if (v.isString())
            return v.toString().toUtf8();
        if (v.isDouble())
            return QByteArray::number(v.toDouble(), 'f', 0);
        if (v.isBool())
            return QByteArray(v.toBool() ? "true" : "false");
        return QByteArray();
    };
    for (qsizetype i = 0; i < arr.size(); ++i) {
        Record r;
        r.line = i + 1;
        if (objects) {
            const QJsonObject o = arr.at(i).toObject();
            for (const QString &k : std::as_const(*headers))
                r.fields.push_back(text(o.value(k)));
            r.raw = QJsonDocument(o).toJson(QJsonDocument::Compact);
        } else {
            r.fields.push_back(text(arr.at(i)));
            r.raw = r.fields.front();
        }
        rows->push_back(std::move(r));
    }
    return true;
}

} // namespace dt::ingest
