#pragma once
#include <QHash>
#include <QString>
#include <QStringList>

namespace dt::ingest {

/**
 * Asterisk writes one CDR row per channel leg, so one call can be many rows: a forked Dial (one row per
 * phone rung), Local/ channels (both halves), a dialplan that answers after a failed Dial, transfers.
 * The rows of one call share the call's `linkedid` (Asterisk 1.8+), else its `uniqueid` (the calling
 * channel's), always with the same `src`; a file without ids falls back to the same src and start.
 *
 * Two passes over the file: scan() sees every row and picks each call's stored form (the answered
 * leg with the longest billsec wins callee, billsec and disposition, a leg of the calling channel
 * rather than a Local/…;2 half on ties; the earliest start is the call's start); the call sink then
 * stores one call per group and links every other leg's line to it (call_rows).
 */
class LegGrouper
{
public:
    /// Columns of the file's layout (-1: absent). src/dst/start/billsec/disposition are the mapping's.
    struct Columns
    {
        int src = -1, dst = -1, start = -1, billsec = -1, disposition = -1, channel = -1;
        int uniqueId = -1, linkedId = -1;
    };
    /// One call of several legs, as it will be stored.
    struct Call
    {
        QString dst, start, billsec, disposition; ///< stored values (texts as in the file)
        qint64 line = 0;                          ///< the winning leg's line
        qint64 startWall = 0;                     ///< the earliest start (wall clock seconds)
        qint64 billsecValue = 0;
        int legs = 0;
        bool answered = false, primary = false; ///< of the winning leg
        qint64 callId = 0;                      ///< set by the writer once the call is stored
    };

    explicit LegGrouper(const Columns &c)
        : m_c(c)
    {}
    /// First pass: one row of the file (decoded).
    void scan(const QStringList &row, qint64 line);
    /// Ends the first pass: calls of a single leg are forgotten (they are stored as they are).
    void finish();
    /// Second pass: the call @p row is a leg of, when that call has other legs; nullptr otherwise.
    Call *callOf(const QStringList &row);
    /// @p row with the call's stored callee, start, billsec and disposition.
    QStringList asStored(const QStringList &row, const Call &call) const;
    /// Calls with more than one leg (after finish()).
    qsizetype groupedCalls() const { return m_calls.size(); }

    /// Detects the uniqueid and linkedid columns of Asterisk rows (any column order): values like
    /// `1706368044.0` or `host-1706368044.0`; of two such columns the one with fewer distinct values
    /// (rows of one call share it) is the linkedid, on a tie the later one (the default order).
    static void detectIdColumns(const QVector<QStringList> &rows, int *uniqueId, int *linkedId);

private:
    QString keyOf(const QStringList &row, qint64 *wall) const;
    static QString at(const QStringList &row, int c)
    {
        return c >= 0 && c < row.size() ? row.at(c).trimmed() : QString();
    }
    Columns m_c;
    QHash<QString, Call> m_calls;
};

} // namespace dt::ingest
