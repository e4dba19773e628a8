#include "ingest/leggrouper.h"

#include "ingest/valueparsers.h"

#include <QRegularExpression>
#include <QSet>
#include <tuple>

namespace dt::ingest {

QString LegGrouper::keyOf(const QStringList &row, qint64 *wall) const
{
    const QString src = at(row, m_c.src);
    const QString start = at(row, m_c.start);
    const auto w = parseLocalTime(start);
    if (src.isEmpty() || !w)
        return {}; // not a call the writer would store: it rejects the row on its own
    *wall = *w;
    QString id = at(row, m_c.linkedId);
    if (id.isEmpty())
        id = at(row, m_c.uniqueId);
    // The same src too: a leg another party placed (a consultation before a transfer) stays its own call.
    if (!id.isEmpty())
        return QStringLiteral("id:") + id + QLatin1Char('\x1f') + src;
    return QStringLiteral("at:") + start + QLatin1Char('\x1f') + src;
}

void LegGrouper::scan(const QStringList &row, qint64 line)
{
    qint64 wall = 0;
    const QString key = keyOf(row, &wall);
    if (key.isEmpty())
        return;
    const bool answered = at(row, m_c.disposition).toUpper() == QLatin1String("ANSWERED");
    const qint64 billsec = parseDuration(at(row, m_c.billsec)).value_or(0);
    const QString channel = at(row, m_c.channel);
    // Local/…;2 is the dialled half of a Local channel: its dst is a dialplan extension, not the number.
    const bool primary = !(channel.startsWith(QLatin1String("Local/"), Qt::CaseInsensitive) &&
                           channel.endsWith(QLatin1String(";2")));
    Call &c = m_calls[key];
    const bool first = c.legs++ == 0;
    if (first || wall < c.startWall) {
        c.startWall = wall;
        c.start = at(row, m_c.start);
    }
    if (first || std::make_tuple(answered, billsec, primary) >
                     std::make_tuple(c.answered, c.billsecValue, c.primary)) {
        c.dst = at(row, m_c.dst);
        c.billsec = at(row, m_c.billsec);
        c.disposition = at(row, m_c.disposition);
        c.line = line;
        c.answered = answered;
        c.billsecValue = billsec;
        c.primary = primary;
    }
}

void LegGrouper::finish()
{
    m_calls.removeIf([](const QHash<QString, Call>::iterator &it) { return it.value().legs < 2; });
}

LegGrouper::Call *LegGrouper::callOf(const QStringList &row)
{
    if (m_calls.isEmpty())
        return nullptr;
    qint64 wall = 0;
    const QString key = keyOf(row, &wall);
    if (key.isEmpty())
        return nullptr;
    auto it = m_calls.find(key);
    return it == m_calls.end() ? nullptr : &it.value();
}

QStringList LegGrouper::asStored(const QStringList &row, const Call &call) const
{
    QStringList r = row;
    const std::pair<int, const QString *> values[] = {{m_c.dst, &call.dst},
                                                      {m_c.start, &call.start},
                                                      {m_c.billsec, &call.billsec},
                                                      {m_c.disposition, &call.disposition}};
    for (const auto &[col, v] : values) {
        if (col >= 0 && col < r.size())
            r[col] = *v;
    }
    return r;
}

void LegGrouper::detectIdColumns(const QVector<QStringList> &rows, int *uniqueId, int *linkedId)
{
    static const QRegularExpression id(QStringLiteral("^(?:[A-Za-z0-9_.\\-]+-)?\\d{9,11}\\.\\d+$"));
    *uniqueId = *linkedId = -1;
    qsizetype cols = 0;
    for (const QStringList &r : rows)
        cols = std::max(cols, r.size());
    QVector<int> found;
    QVector<qsizetype> distinct;
    for (int c = 0; c < cols; ++c) {
        QSet<QString> values;
        bool all = true;
        for (const QStringList &r : rows) {
            const QString v = at(r, c);
            if (v.isEmpty())
                continue;
            if (!id.match(v).hasMatch()) {
                all = false;
                break;
            }
            values.insert(v);
        }
        if (all && !values.isEmpty()) {
            found << c;
            distinct << values.size();
        }
    }
    if (found.size() == 1) {
        *uniqueId = found.at(0);
    } else if (found.size() >= 2) {
        const bool firstIsLinked = distinct.at(0) < distinct.at(1);
        *uniqueId = found.at(firstIsLinked ? 1 : 0);
        *linkedId = found.at(firstIsLinked ? 0 : 1);
    }
}

} // namespace dt::ingest
