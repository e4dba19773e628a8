#pragma once
#include <atomic>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <vector>

namespace dt {

class Database;

namespace analysis {

/**
 * The case's calls as columns of integers, loaded once for the analyses (one pass over SQLite,
 * then everything in memory: no per-number SQL). Number and cell ids index the side tables.
 */
struct CallTable
{
    Q_DECLARE_TR_FUNCTIONS(dt::analysis::CallTable)
public:
    std::vector<qint32> caller, callee, device, cell, source;
    std::vector<qint64> start; ///< UTC seconds
    std::vector<qint64> id;    ///< the call's row id in the case (for supporting evidence)
    std::vector<qint32> duration;
    std::vector<qint8> answered;       ///< 1 yes, 0 no, -1 unknown
    std::vector<QString> numberKey;    ///< by number id ("" for unused ids)
    std::vector<int> numberType;       ///< NumberClass by number id
    QStringList cells;                 ///< by cell id
    std::vector<QString> deviceImei;   ///< by device id
    std::vector<QString> sourceFormat; ///< by source id
    QString digest;                    ///< SHA-256 over the loaded columns: the analysis run's input digest
    /// From this many calls, a file case is read by two threads, each with its own connection.
    qint64 splitMinCalls = 200000;

    size_t size() const { return caller.size(); }
    /// Reads the case's calls (two threads for a large file case). @p withDigest false leaves
    /// `digest` empty for computeDigest() to fill later (on another thread, while the analysis runs).
    bool load(Database &db, QString *error, const std::atomic_bool *cancel = nullptr, bool withDigest = true);
    /// SHA-256 over caller, callee, start, duration and answered of every call (64-bit each, id order).
    void computeDigest();
};

} // namespace analysis
} // namespace dt
