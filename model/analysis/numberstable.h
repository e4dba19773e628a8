#pragma once
// Every number of a case with its profile, its number type and what the latest detection run made
// of it: the numbers view of the GUI and `dialtrace-cli numbers`. A case where nothing is flagged
// still has numbers to triage; this is where the analyst sees them all.
#include "analysis/describe.h"
#include "analysis/findings.h"
#include "core/caseclock.h"

#include <atomic>
#include <functional>
#include <memory>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <vector>

namespace dt {
class Database;
}

namespace dt::analysis {

/// What the latest run made of a number: the stable codes of the `verdict` field.
enum class Verdict {
    Suspect,    ///< flagged by the run (listed in its suspects)
    Legitimate, ///< scored by the run but judged legitimate or under the flag score
    Ordinary    ///< not scored: too few calls, or an ordinary pattern
};
QString code(Verdict v); ///< "suspect", "legitimate", "ordinary"
bool fromCode(const QString &code, Verdict *out);
QString displayName(Verdict v, Language lang);

/// One number of the case with the figures the numbers view shows and sorts by.
struct NumberRow
{
    QString key;         ///< E.164 or the normalised identifier
    int numberClass = 0; ///< dt::NumberClass as stored in the case
    qint64 callsOut = 0, callsIn = 0, distinctCallees = 0;
    double answeredShare = 0; ///< of outgoing calls
    double meanDuration = 0;  ///< answered outgoing calls, seconds
    qint64 activeDays = 0;
    double nightShare = 0;   ///< outgoing calls 22:00–07:00 in the run's (else the case's) zone
    qint64 complainants = 0; ///< distinct numbers that complained about it
    qint64 calledBackBy = 0; ///< callees who called it back (call-backs received)
    Verdict verdict = Verdict::Ordinary;
    double score = -1;                ///< the run's score, 0..1; -1 when the run did not score it
    const Suspect *finding = nullptr; ///< the run's finding (score, category, reasons), or null
    QString operatorId;               ///< the operator the run put it in, or empty
};

/// Sort keys of the numbers view and of `numbers --sort` (stable codes: code(NumberSort)).
enum class NumberSort {
    Number,
    Type,
    Verdict,
    Score,
    CallsOut,
    CallsIn,
    DistinctCallees,
    AnsweredShare,
    MeanDuration,
    ActiveDays,
    NightShare,
    Complaints,
    CalledBack,
    Operator,
};
QString code(NumberSort s); ///< "calls_out", "callees", "complaints", …
bool fromCode(const QString &code, NumberSort *out);
/// Every sort key's code, in enumeration order (usage text, docs/cli.md).
QStringList numberSortCodes();

/// Which rows a view lists: all fields optional (an unset one keeps every row).
struct NumberFilter
{
    int verdict = -1;     ///< a Verdict, or -1 for every verdict
    int numberClass = -1; ///< a dt::NumberClass, or -1 for every type
    QString text;         ///< part of the number or of the operator id (case-insensitive)
};

/**
 * Every number that took part in a call or was complained about, profiled in one pass over the
 * call table (the same profiles the detection computes, in the run's time zone), with the latest
 * run's verdict, score, reasons and operator. No per-number SQL: the calls are read once as
 * columns (CallTable), the findings are shared, never copied.
 */
class NumbersTable
{
    Q_DECLARE_TR_FUNCTIONS(dt::analysis::NumbersTable)
public:
    /// Called with the work done out of @p total (phases: load, profile, rows) from the building thread.
    using Progress = std::function<void(int done, int total)>;

    /// Builds the table of the case behind @p db (any connection; read-only is enough; safe on a
    /// worker thread with its own connection). @p findings may be null or empty (no run: every
    /// number is ordinary). @p caseClock is the case's, used when the run names no zone.
    /// False with @p error set on a read error or when @p cancel was raised ("cancelled").
    static bool build(Database &db, std::shared_ptr<const Findings> findings, const CaseClock &caseClock,
                      NumbersTable *out, QString *error, const std::atomic_bool *cancel = nullptr,
                      const Progress &progress = {});

    /**
     * The table of @p rows, which carry their figures only (key, type, calls, shares, days,
     * complainants, call-backs), judged with @p findings (null: no run) as build() judges its own:
     * each scored number gets its verdict, score, finding and operator, and a number the run scored
     * that no row names is added with the profile the run stored.
     */
    static NumbersTable fromRows(std::vector<NumberRow> rows, std::shared_ptr<const Findings> findings);
    /// The figures of @p row as one line (no newline) of `numbers --rows`: tab-separated, the key
    /// percent-encoded, shares and durations with every digit (read back exactly by fromRowLine()).
    static QByteArray rowLine(const NumberRow &row);
    /// Reads a line of rowLine() into @p out (figures only); false when it is not one.
    static bool fromRowLine(const QByteArray &line, NumberRow *out);

    const std::vector<NumberRow> &rows() const { return m_rows; }
    /// The findings the verdicts came from (never null after build(); empty without a run).
    const std::shared_ptr<const Findings> &findings() const { return m_findings; }
    qint64 count(Verdict v) const; ///< rows with that verdict

    /// The indexes of the rows @p filter keeps, ordered by @p sort (ties by number), at most
    /// @p limit (0: all). Descending puts the largest first.
    std::vector<int> select(const NumberFilter &filter, NumberSort sort, bool descending,
                            size_t limit = 0) const;
    /// Whether @p filter keeps @p row.
    static bool matches(const NumberRow &row, const NumberFilter &filter);
    /// Orders @p indexes of @p rows by @p sort.
    static void sortIndexes(const std::vector<NumberRow> &rows, std::vector<int> *indexes, NumberSort sort,
                            bool descending);

    /// The row's reasons in @p lang (the run's sentences with their figures), empty when unscored.
    static QStringList reasons(const NumberRow &row, Language lang);
    /// The row as `numbers --json` writes it (docs/cli.md).
    static QJsonObject toJson(const NumberRow &row);

private:
    std::vector<NumberRow> m_rows;
    std::shared_ptr<const Findings> m_findings;
};

} // namespace dt::analysis
