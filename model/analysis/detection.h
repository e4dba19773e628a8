#pragma once
#include "analysis/findings.h"
#include "analysis/listevidence.h"
#include "analysis/profiles.h"
#include "core/caseclock.h"
#include "phone/phonenumber.h"

#include <functional>
#include <optional>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace dt {
class CaseFile;
class Database;
} // namespace dt

class QIODevice;

namespace dt::analysis {

/**
 * Scores every number's calling behaviour with reasons, groups suspects into operators from
 * evidence (shared handsets, shared cells, the same PBX trunk, overlapping victims) with
 * Boost.Graph, and stores the run (parameters, tool version, input digest) and its findings.
 */
class Detector
{
    Q_DECLARE_TR_FUNCTIONS(dt::analysis::Detector)
public:
    /// Thresholds and weights; every one is recorded in the analysis run.
    static QJsonObject defaultParameters();

    explicit Detector(QJsonObject params = defaultParameters());
    /// The clock a run counts local hours with: its `timezone` parameter, or the fixed offset an older
    /// run recorded as `timezone_offset` (seconds east of UTC); @p fallback when it gives neither.
    static CaseClock clockOf(const QJsonObject &params, const CaseClock &fallback);
    /// @p lists, when given, weighs each caller's callees against the case's leaked lists.
    bool run(const CallTable &t, const ComplaintIndex &c, QString *error,
             const ListMembership *lists = nullptr);
    const std::vector<Suspect> &suspects() const { return m_suspects; }
    const std::vector<Operator> &operators() const { return m_operators; }
    /// Violations of the 2018 campaign's rules, each with its supporting calls.
    const std::vector<Violation> &violations() const { return m_violations; }
    /// Handsets that carried two or more flagged numbers in turn (by IMEI).
    const std::vector<HandsetRotation> &handsetRotations() const { return m_rotations; }
    /// Wall time of each phase of the last run() in ms (benchmarks, `analyze --timings`; not a finding).
    const QList<QPair<QString, qint64>> &phaseMs() const { return m_phaseMs; }

    /// A finished computation, ready to be stored.
    struct Result
    {
        Findings findings; ///< what store() writes (run id 0 until then)
        qint64 calls = 0;
        QList<QPair<QString, qint64>> phaseMs; ///< wall time of each phase (not a finding)
    };
    /// Called with the share of a run done, 0..100, as each of its phases ends.
    using Progress = std::function<void(int percent)>;
    /// Loads the calls through @p db (any connection, read-only is enough) and runs the detection.
    /// Safe on a worker thread with its own connection.
    static bool compute(Database &db, const QJsonObject &params, Result *result, QString *error,
                        const std::atomic_bool *cancel = nullptr, const Progress &progress = {});
    /// Stores a computed result as an analysis run in @p cf (one transaction, audited). Returns the run id.
    static qint64 store(CaseFile &cf, const Result &result, QString *error);

    /// A computed run as the rows store() writes (the findings' JSON made): what a process that
    /// computed a run hands to the process that holds the case's writer lock (writePrepared(),
    /// readPrepared()), tens of MB at 10M calls where the computation took gigabytes.
    struct Prepared
    {
        QString startedUtc, finishedUtc, toolVersion, inputDigest;
        QByteArray parameters;                                           ///< compact JSON
        qint64 calls = 0, suspects = 0, operators = 0, lineageEdges = 0; ///< for the audit entry
        struct Row
        {
            QByteArray kind;
            QString subject;
            std::optional<double> score;
            QByteArray data; ///< compact JSON
        };
        std::vector<Row> rows; ///< in the order they are inserted
    };
    /// @p result as the rows store() writes.
    static Prepared prepare(const Result &result);
    /// Stores a prepared run in @p cf (one transaction, audited), as store() a result. Returns the run id.
    static qint64 store(CaseFile &cf, const Prepared &prepared, QString *error);
    /// Writes @p prepared to @p out (a binary format of this version of DialTrace).
    static bool writePrepared(const Prepared &prepared, QIODevice *out, QString *error);
    /// Reads what writePrepared() wrote; false with @p error set when it is not that, or cut short.
    static bool readPrepared(QIODevice *in, Prepared *out, QString *error);
    /// compute() then store(). Returns the run id. @p phaseMs, when given, receives each phase's wall time.
    /// @p result, when given, receives what was stored (a summary without reading the findings back).
    static qint64 analyzeCase(CaseFile &cf, const QJsonObject &params, QString *error,
                              QList<QPair<QString, qint64>> *phaseMs = nullptr, Result *result = nullptr);
    /// The findings of the case's latest run (empty, with @p error set, when there is none).
    static Findings latestFindings(CaseFile &cf, QString *error);
    /// The case's latest run alone (id 0, with @p error set, when there is none): what a report's
    /// manifest names, without reading the run's findings (tens of MB in a case of 10M calls).
    static RunInfo latestRun(CaseFile &cf, QString *error);
    /// Suspect numbers as CSV for number-marking systems: number,category,confidence,reasons,run
    /// (UTF-8, RFC 4180 quoting, highest confidence first).
    static QByteArray blocklistCsv(const Findings &findings);

private:
    void score(const Profile &p, const CallTable &t, const ListEvidence *list);
    /// The reasons and score of one calling pattern (a number's, or a group's summed up).
    Suspect assess(const Profile &p, NumberClass cls, const ListEvidence *list,
                   const QJsonObject &judged) const;
    /// Group-first detection: one-way callers below the flag that work as one operation (a shared
    /// handset or PBX trunk, or one cell on one shift) are scored together as one caller; when the
    /// operation is a suspect and complained about beyond the general public's share, its members
    /// are flagged with the group's figures.
    void scoreGroups(const CallTable &t, const CallIndex &ix);
    class Groups;
    /// A link the group-first scoring found and the operator grouping would not (numbers by id).
    struct GroupLink
    {
        qint32 a = 0, b = 0;
        EvidenceLink why;
    };
    /// The numbers of parts @p a and @p b (roots in @p partOf) that share the most callees.
    GroupLink closestPair(const CallIndex &ix, const std::vector<size_t> &partOf, size_t a, size_t b) const;
    /// Joins the parts of @p groups whose callees overlap beyond chance among @p numbers.
    template<typename Join>
    void joinOverlappingVictims(const CallIndex &ix, size_t numbers, Groups &groups, const Join &join) const;
    using LinkFn = std::function<void(int, int, const EvidenceLink &)>;
    void groupOperators(const CallTable &t, const CallIndex &ix);
    /// Each victim's flagged callers (vertices ascending) with the rank of its first call by each.
    struct VictimIndex
    {
        struct Caller
        {
            int vertex;
            quint32 rank;
        };
        std::vector<quint32> first; ///< by number id, size numbers + 1
        std::vector<Caller> callers;
        VictimIndex(const std::vector<std::vector<qint32>> &victimsOf,
                    const std::vector<std::vector<quint32>> &firstRankOf, size_t numbers);
    };
    void linkVictimOverlap(const std::vector<std::vector<qint32>> &victimsOf, const VictimIndex &ix,
                           const LinkFn &link) const;
    void linkVictimOverlapLsh(const std::vector<std::vector<qint32>> &victimsOf, size_t numbers,
                              const LinkFn &link) const;
    void linkVictimPairs(const std::vector<std::vector<qint32>> &victimsOf, size_t numbers,
                         const std::vector<std::vector<int>> &candidatesOf, const LinkFn &link) const;
    void linkListTakeovers(const std::vector<size_t> &flagged,
                           const std::vector<std::vector<qint32>> &victimsOf,
                           const std::vector<std::vector<quint32>> &firstRankOf, const VictimIndex &ix,
                           const LinkFn &link) const;
    void linkListContinuations(const std::vector<size_t> &flagged,
                               const std::vector<std::vector<qint32>> &victimsOf,
                               const std::vector<std::vector<quint32>> &firstRankOf,
                               const LinkFn &link) const;
    /// Links the flagged numbers (vertices @p vs, ascending) that used @p device: in turn when they did
    /// (each to the next, and a rotation kept in @p rotations by vertex), else each to the first.
    void linkSharedDevice(const CallTable &t, const CallIndex &ix, const std::vector<size_t> &flagged,
                          qint32 device, const std::vector<int> &vs, const LinkFn &link,
                          std::vector<std::pair<HandsetRotation, int>> *rotations) const;
    void linkSynchronisedHours(const std::vector<size_t> &flagged, const LinkFn &link) const;
    void findViolations(const CallTable &t, const CallIndex &ix, const ComplaintIndex &c);
    double param(const char *name) const { return m_params.value(QLatin1String(name)).toDouble(); }
    QJsonObject m_params;
    QJsonObject m_judged; ///< the `analyst_verdicts` parameter: number → {verdict, reason, analyst}
    CaseClock m_clock;    ///< the `timezone` parameter's: local hours of the profiles and violations
    std::vector<Suspect> m_suspects;
    std::vector<Suspect> m_candidates;       ///< during run(): scored one-way callers below the flag
    std::vector<GroupLink> m_groupLinks;     ///< during run(): from scoreGroups() to groupOperators()
    const ListMembership *m_lists = nullptr; ///< during run() only
    std::vector<Operator> m_operators;
    std::vector<Violation> m_violations;
    std::vector<HandsetRotation> m_rotations;
    QList<QPair<QString, qint64>> m_phaseMs;
};

} // namespace dt::analysis
