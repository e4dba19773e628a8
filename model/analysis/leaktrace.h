#pragma once
#include "analysis/detection.h"

#include <atomic>
#include <memory>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <vector>

namespace dt {
class Database;
} // namespace dt

namespace dt::analysis {

struct CallTable;
namespace leak {
struct State;
struct Overlap;
} // namespace leak

/// One leaked list of the case (a source of kind "leak"), with what it holds.
struct LeakList
{
    qint64 sourceId = 0;
    QString name;     ///< the source's display name
    QString acquired; ///< YYYY-MM-DD, may be empty
    qint64 acquiredUtc = 0;
    qint64 records = 0;          ///< rows stored
    qint64 phones = 0;           ///< distinct full phone numbers
    qint64 masked = 0;           ///< records whose phone is masked (138****1234)
    qint64 idCards = 0;          ///< records with a full, valid ID number
    QStringList fields;          ///< the person fields the list carries: name, phone, id_card, address
    QJsonObject mapping;         ///< field → column name as imported ("#n" for a file without a header)
    qint64 dialled = 0;          ///< distinct numbers of the list called by any operator
    ListSummary summary() const; ///< as the findings keep it
};

/// How well one leaked list explains one operator's victims.
struct LeakAttribution
{
    int list = -1;
    qint64 victimsInLeak = 0;        ///< the operator's victims whose number the list holds in full
    qint64 maskedMatches = 0;        ///< further victims matching a masked record (partial evidence)
    qint64 unique = 0;               ///< victims this list explains and no other list does
    qint64 calledBeforeAcquired = 0; ///< victims first called before the list's acquisition date
    qint64 orderPairs = 0;           ///< victims used for the dialling-order correlation
    double shareOfVictims = 0;       ///< victimsInLeak / victims
    double shareOfLeak = 0;          ///< victimsInLeak / list phones
    double lift = 0;                 ///< observed over expected overlap, given the case's numbers
    double log10P = 0;               ///< log10 of the hypergeometric upper-tail p-value
    double lagDaysMedian = -1, lagDaysP10 = -1, lagDaysP90 = -1; ///< acquisition → first call
    double orderCorrelation = 0; ///< Spearman: list row order against first-call order
    bool dialledInListOrder = false;
    bool significant = false;
    int rank = 0; ///< 1 = the best source of this operator's victims
    double pValue() const;
};

/// A resale: the child list holds records of the parent.
struct LineageEdge
{
    int parent = -1, child = -1;
    qint64 sharedRecords = 0; ///< child records found in the parent (any key)
    qint64 sharedPhones = 0;  ///< by full phone number
    qint64 sharedMasked = 0;  ///< child's masked phone + name matching a parent record
    qint64 sharedIdCards = 0; ///< by full ID number
    qint64 nameAgreement = 0; ///< shared phones whose names agree too
    double containment = 0;   ///< shared / child records
    double parentShare = 0;   ///< shared / parent records
    double lift = 0, log10P = 0;
    QStringList transformations; ///< masking, dropped:<field>
    QStringList directionBasis;  ///< information_loss, dates, size
};

/**
 * Leak tracing: attributes each operator's victims to the leaked lists of the case (exact and
 * masked matches, uniqueness, chance level, time precedence, dialling order) and reconstructs how
 * the lists were resold (record overlap beyond chance, containment, information lost, dates).
 */
class LeakTrace
{
    Q_DECLARE_TR_FUNCTIONS(dt::analysis::LeakTrace)
public:
    std::vector<LeakList> lists;
    /// Per operator (same order as the operators given), the lists ranked best first; only lists
    /// holding at least one victim appear.
    std::vector<std::vector<LeakAttribution>> byOperator;
    std::vector<LineageEdge> lineage;
    qint64 universe = 0; ///< distinct numbers in the case (calls and lists): the chance model's population
    QString digest;      ///< SHA-256 over the leak records read: part of the run's input digest
    QList<QPair<QString, qint64>> phaseMs; ///< wall time of each phase (benchmarks; not a finding)

    /// Parameters (recorded with the detection run): see Detector::defaultParameters() `leak_*`.
    /// prepare() then trace().
    bool compute(Database &db, const CallTable &t, const std::vector<Operator> &ops,
                 const QJsonObject &params, QString *error, const std::atomic_bool *cancel = nullptr);

    /// Reads the lists and indexes their full phones by number id (before detection, which weighs a
    /// caller's callees against the lists).
    bool prepare(Database &db, const CallTable &t, const QJsonObject &params, QString *error,
                 const std::atomic_bool *cancel = nullptr);
    /// Which lists hold each number, at which line, after prepare().
    ListMembership membership() const;
    /// Attributes the operators' victims and reconstructs the lineage, after prepare().
    bool trace(Database &db, const CallTable &t, const std::vector<Operator> &ops, const QJsonObject &params,
               QString *error, const std::atomic_bool *cancel = nullptr);

    /// The figures as the findings keep them (rounded as docs/cli.md says).
    ListAttribution attribution(const LeakAttribution &a) const;
    Resale resale(const LineageEdge &e) const;
    /// Compilations: children with two or more parents, with the records no parent explains.
    std::vector<Compilation> compilations() const;

    /// log10 of P(X >= k) for X ~ Hypergeometric(population N, K successes, n draws).
    static double hypergeometricLog10Upper(qint64 N, qint64 K, qint64 n, qint64 k);

private:
    // The phases of compute(), in order (leaktrace.cpp, then leaklineage.cpp).
    void readLists(Database &db, const QJsonObject &params, leak::State &s);
    bool indexPhones(Database &db, size_t numbers, leak::State &s, QString *error,
                     const std::atomic_bool *cancel);
    void countPopulation(const CallTable &t, const leak::State &s);
    /// Each operator's victims by number id, with its first call to each.
    static std::vector<std::vector<std::pair<qint32, qint64>>> victimsOf(const CallTable &t,
                                                                         const std::vector<Operator> &ops);
    /// The lists holding one operator's victims, ranked; marks its victims in @p dialled.
    std::vector<LeakAttribution> attribute(const std::vector<std::pair<qint32, qint64>> &victims,
                                           const CallTable &t, const leak::State &s,
                                           const QJsonObject &params, double log10Threshold,
                                           std::vector<char> &dialled) const;
    bool readNames(Database &db, size_t numbers, leak::State &s, QString *error,
                   const std::atomic_bool *cancel);
    void computeDigest(Database &db, quint64 checksum);
    void findFields(const leak::State &s);
    void countOverlap(const CallTable &t, leak::State &s, leak::Overlap &o) const;
    void findResales(const leak::Overlap &o, const QJsonObject &params);
    void findCompilations(const leak::State &s);

    std::vector<qint64> m_newRecords;     ///< by list: records no parent explains (compilations)
    std::shared_ptr<leak::State> m_state; ///< prepare()'s index, which trace() reads
};

} // namespace dt::analysis
