#include "ingest/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dt::ingest {

namespace {

constexpr qint64 kChunk = 1 << 20;
constexpr int kBatch = 1024;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/**
 * Splits a JSON array into its elements' bytes as the file is read: strings (with their escapes)
 * and nesting are followed only so far as to find where an element ends; the element itself is
 * parsed by QJsonDocument. Errors name the file, the line and the byte.
 */
class ListScanner
{
    Q_DECLARE_TR_FUNCTIONS(dt::ingest::JsonReader)
public:
    ListScanner(InputStream &stream, const QString &name)
        : m_stream(stream)
        , m_name(name)
    {}
    /// The next element (its bytes, where it starts); false at the end of the list (@p error empty)
    /// or on an error.
    bool next(QByteArray *element, qint64 *byte, qint64 *line, QString *error);
    /// The element as a JSON value, or an error naming where it is.
    bool parse(const QByteArray &element, qint64 byte, qint64 line, QJsonValue *value, QString *error) const;
    qint64 consumed() const { return m_stream.consumed(); }

private:
    enum class State { Start, Before, After, Done };
    /// The next byte, or -1 at the end of the file; false on a read error.
    bool get(int *c, QString *error);
    bool invalid(const QString &why, QString *error) const
    {
        *error =
            tr("%1: line %2 (byte %3): not valid JSON: %4").arg(m_name).arg(m_line).arg(m_offset).arg(why);
        return false;
    }
    InputStream &m_stream;
    QString m_name;
    QByteArray m_chunk;
    qsizetype m_at = 0;
    qint64 m_offset = 0, m_line = 1;
    State m_state = State::Start;
    bool m_afterComma = false;
};

bool ListScanner::get(int *c, QString *error)
{
    if (m_at == m_chunk.size()) {
        if (!m_stream.read(kChunk, &m_chunk, error))
            return false;
        m_at = 0;
        if (m_chunk.isEmpty()) {
            *c = -1;
            return true;
        }
    }
    *c = uchar(m_chunk.at(m_at++));
    ++m_offset;
    if (*c == '\n')
        ++m_line;
    return true;
}

bool ListScanner::next(QByteArray *element, qint64 *byte, qint64 *line, QString *error)
{
    error->clear();
    int c = 0;
    for (;;) {
        if (!get(&c, error))
            return false;
        if (c >= 0 && isSpace(char(c)))
            continue;
        if (m_state == State::Start) {
            if (c == 0xEF && m_offset == 1) { // a UTF-8 byte order mark
                int b = 0, d = 0;
                if (!get(&b, error) || !get(&d, error))
                    return false;
                if (b == 0xBB && d == 0xBF)
                    continue;
            }
            if (c == '{')
                return (*error = tr("%1: JSON, but not a list").arg(m_name)), false;
            if (c != '[')
                return invalid(tr("a list starts with '['"), error);
            m_state = State::Before;
            continue;
        }
        if (m_state == State::Done) {
            if (c < 0)
                return false;
            return invalid(tr("more after the end of the list"), error);
        }
        if (c < 0)
            return invalid(tr("the list ends early (truncated file?)"), error);
        if (m_state == State::After) {
            if (c == ',') {
                m_state = State::Before;
                m_afterComma = true;
                continue;
            }
            if (c != ']')
                return invalid(tr("',' or ']' expected after an element"), error);
            m_state = State::Done;
            continue;
        }
        // State::Before: an element, or the end of an empty list.
        if (c == ']') {
            if (m_afterComma)
                return invalid(tr("an element expected after ','"), error);
            m_state = State::Done;
            continue;
        }
        break;
    }
    // The element: up to the ',' or ']' that follows it outside strings and brackets.
    *byte = m_offset - 1;
    *line = m_line;
    element->clear();
    int depth = 0;
    bool inString = false, escaped = false;
    for (;;) {
        element->append(char(c));
        if (element->size() > JsonReader::kMaxRecordBytes) {
            *error = tr("%1: line %2: a list element over %3 MB: not a list of records")
                         .arg(m_name)
                         .arg(*line)
                         .arg(JsonReader::kMaxRecordBytes >> 20);
            return false;
        }
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        }
        if (!get(&c, error))
            return false;
        if (c < 0)
            return invalid(tr("the list ends early (truncated file?)"), error);
        if (!inString && depth <= 0 && (c == ',' || c == ']')) {
            m_state = c == ',' ? State::Before : State::Done;
            m_afterComma = c == ',';
            return true;
        }
    }
}

bool ListScanner::parse(const QByteArray &element, qint64 byte, qint64 line, QJsonValue *value,
                        QString *error) const
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + element + ']', &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = tr("%1: line %2 (byte %3): not valid JSON: %4")
                     .arg(m_name)
                     .arg(line)
                     .arg(byte + std::max(0, pe.offset - 1))
                     .arg(pe.errorString());
        return false;
    }
    *value = doc.array().at(0);
    return true;
}

QByteArray text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().toUtf8();
    if (v.isDouble())
        return QByteArray::number(v.toDouble(), 'f', 0);
    if (v.isBool())
        return QByteArray(v.toBool() ? "true" : "false");
    return QByteArray();
}

Record recordOf(const QJsonValue &v, qint64 index, bool objects, const QStringList &headers)
{
    Record r;
    r.line = index;
    if (objects) {
        const QJsonObject o = v.toObject();
        for (const QString &k : headers)
            r.fields.push_back(text(o.value(k)));
        r.raw = QJsonDocument(o).toJson(QJsonDocument::Compact);
    } else {
        r.fields.push_back(text(v));
        r.raw = r.fields.front();
    }
    return r;
}

} // namespace

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

int JsonReader::confidence(const QByteArray &head, const QString &) const
{
    return looksLikeJson(head) ? 90 : 0;
}

bool JsonReader::open(Input &input, const ImportOptions &, Layout *layout, QString *error) const
{
    const auto stream = input.open(error);
    if (!stream)
        return false;
    ListScanner list(*stream, input.displayName());
    Layout l;
    l.format = QStringLiteral("json");
    l.encoding = QStringLiteral("UTF-8");
    l.encodingHow = QStringLiteral("JSON (UTF-8)");
    // Every element once: the keys of the objects in first-seen order (each object's in its order).
    QVector<QJsonValue> first;
    bool objects = false;
    QByteArray element;
    qint64 byte = 0, line = 0;
    while (list.next(&element, &byte, &line, error)) {
        QJsonValue v;
        if (!list.parse(element, byte, line, &v, error))
            return false;
        if (first.size() < kPreviewRows)
            first << v;
        if (!v.isObject())
            continue;
        objects = true;
        for (const QString &k : v.toObject().keys()) {
            if (!l.headers.contains(k))
                l.headers.append(k);
        }
        if (l.headers.size() > kMaxKeys) {
            *error = tr("%1: line %2: objects with over %3 different keys: not a list of records")
                         .arg(input.displayName())
                         .arg(line)
                         .arg(kMaxKeys);
            return false;
        }
    }
    if (!error->isEmpty())
        return false;
    if (first.isEmpty()) {
        *error = tr("%1: no rows").arg(input.displayName());
        return false;
    }
    if (!objects)
        l.headers = QStringList{QStringLiteral("reported")};
    l.details.insert(QLatin1String(kObjects), objects);
    for (qsizetype i = 0; i < first.size(); ++i) {
        QStringList row;
        for (const QByteArray &f : recordOf(first.at(i), i + 1, objects, l.headers).fields)
            row << QString::fromUtf8(f).trimmed();
        l.preview.push_back(row);
    }
    // Keys are the header; a list of bare values is a list of reported numbers.
    if (l.headers == QStringList{QStringLiteral("reported")})
        l.mapping.set(Field::Reported, 0, 1.0);
    else
        l.mapping = FieldMapper::fromHeader(l.headers);
    *layout = l;
    return true;
}

bool JsonReader::read(Input &input, const Layout &layout, const ImportOptions &, RecordSink &sink,
                      const ReadContext &context, QString *error) const
{
    const auto stream = input.open(error);
    if (!stream)
        return false;
    ListScanner list(*stream, input.displayName());
    const bool objects = layout.details.value(QLatin1String(kObjects)).toBool();
    QVector<Record> batch;
    QByteArray element;
    qint64 byte = 0, line = 0, index = 0;
    for (;;) {
        const bool more = list.next(&element, &byte, &line, error);
        if (!more && !error->isEmpty())
            return false;
        if (more) {
            QJsonValue v;
            if (!list.parse(element, byte, line, &v, error))
                return false;
            batch.push_back(recordOf(v, ++index, objects, layout.headers));
            batch.back().raw = element.trimmed(); // the element as written, for a rejected row
        }
        if (batch.size() == kBatch || (!more && !batch.isEmpty())) {
            if (isCancelled(context, input, error) || !sink.records(batch))
                return false;
            batch.clear();
            if (context.progress)
                context.progress(list.consumed(), input.size());
        }
        if (!more)
            return true;
    }
}

} // namespace dt::ingest
