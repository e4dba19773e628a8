#include "ingest/csvparser.h"

#include <algorithm>
#include <array>
#include <QList>

namespace dt::ingest {

void CsvParser::endField()
{
    if (!m_tooLong) {
        m_recordBytes += m_field.size();
        m_rec.fields.push_back(m_field);
        if (m_rec.fields.size() > kMaxFields)
            beginTooLong();
    }
    m_field.clear();
    m_fieldStarted = false;
}

void CsvParser::beginTooLong()
{
    m_tooLong = true;
    m_rec.fields = QVector<QByteArray>(); // the memory back, not only the size
    m_field = QByteArray();
}

void CsvParser::appendRaw(const char *data, qsizetype size)
{
    const qsizetype room = (m_tooLong ? kMaxRawBytes : kMaxRecordBytes + kMaxRawBytes) - m_rec.raw.size();
    if (room > 0)
        m_rec.raw.append(data, std::min(size, room));
}

void CsvParser::endRecord(QVector<Record> &out)
{
    endField();
    if (m_tooLong) {
        m_rec.fields.clear();
        m_rec.tooLong = true;
        m_rec.raw.truncate(kMaxRawBytes);
        out.push_back(std::move(m_rec));
        m_tooLong = false;
    } else if (!(m_rec.fields.size() == 1 && m_rec.fields.front().isEmpty())) { // blank: no record
        out.push_back(std::move(m_rec));
    }
    const qsizetype width = std::min(out.isEmpty() ? 0 : out.back().fields.size(), kMaxFields);
    m_rec = Record();
    m_rec.fields.reserve(width); // the records of a file have the same width: no regrowth per field
    m_rec.line = m_line;
    m_recordBytes = 0;
}

void CsvParser::feed(const char *data, qsizetype size, QVector<Record> &out)
{
    if (m_rec.line == 0)
        m_rec.line = m_line;
    // The record's raw bytes are copied in slices: from rawStart to the record's end (or the chunk's).
    qsizetype rawStart = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (m_pendingCr) {
            m_pendingCr = false;
            if (c == '\n') {
                rawStart = i + 1;
                continue; // CRLF already ended the record
            }
        }
        if (m_inQuotes) {
            if (m_quoteSeen) {
                m_quoteSeen = false;
                if (c == '"') { // doubled quote
                    if (!m_tooLong)
                        m_field += '"';
                    continue;
                }
                m_inQuotes = false; // closing quote; fall through to unquoted handling
            } else {
                if (c == '"')
                    m_quoteSeen = true;
                else {
                    if (c == '\n')
                        ++m_line;
                    if (!m_tooLong) {
                        m_field += c;
                        if (m_field.size() > kMaxRecordBytes - m_recordBytes)
                            checkBounds();
                    }
                }
                continue;
            }
        }
        if (c == '\n' || c == '\r') {
            ++m_line;
            appendRaw(data + rawStart, i - rawStart);
            endRecord(out);
            rawStart = i + 1;
            if (c == '\r')
                m_pendingCr = true;
            continue;
        }
        if (c == m_delim) {
            endField();
        } else if (c == '"' && !m_fieldStarted) {
            m_inQuotes = true;
            m_fieldStarted = true;
        } else {
            // Plain run: copy up to the next special byte at once.
            qsizetype j = i + 1;
            while (j < size && data[j] != m_delim && data[j] != '\n' && data[j] != '\r')
                ++j;
            if (!m_tooLong) {
                m_field.append(data + i, j - i);
                checkBounds();
            }
            m_fieldStarted = true;
            i = j - 1;
        }
    }
    if (rawStart < size)
        appendRaw(data + rawStart, size - rawStart);
}

void CsvParser::finish(QVector<Record> &out)
{
    if (m_inQuotes && !m_quoteSeen)
        m_endedInQuote = true;
    m_inQuotes = false;
    if (!m_field.isEmpty() || !m_rec.fields.isEmpty() || m_fieldStarted || m_tooLong)
        endRecord(out);
}

QVector<QByteArray> CsvParser::splitLine(const QByteArray &line, char delimiter)
{
    CsvParser p(delimiter);
    QVector<Record> recs;
    p.feed(line.constData(), line.size(), recs);
    p.finish(recs);
    return recs.isEmpty() ? QVector<QByteArray>() : recs.front().fields;
}

char CsvParser::detectDelimiter(const QByteArray &sample)
{
    const QList<QByteArray> lines = sample.split('\n');
    const std::array<char, 4> candidates{',', '\t', ';', '|'};
    char best = ',';
    double bestScore = -1;
    for (char d : candidates) {
        QVector<int> counts;
        for (int i = 0; i < lines.size() && counts.size() < 50; ++i) {
            if (lines.at(i).trimmed().isEmpty() || i == lines.size() - 1)
                continue;
            counts.push_back(int(splitLine(lines.at(i), d).size()));
        }
        if (counts.isEmpty())
            continue;
        int same = 0;
        for (int c : counts)
            same += (c == counts.front() && c > 1);
        // Consistency first, then width.
        const double score = double(same) / counts.size() * 100.0 + std::min(counts.front(), 40) * 0.1;
        if (counts.front() > 1 && score > bestScore) {
            bestScore = score;
            best = d;
        }
    }
    return best;
}

} // namespace dt::ingest
