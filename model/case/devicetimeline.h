#pragma once
#include <atomic>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

namespace dt {

class Database;

/// One handset a number used (or one number used in a handset): its calls together, from the case.
struct DeviceUse
{
    QString value;              ///< the IMEI (a number's timeline) or the number's key (a handset's)
    qint64 first = 0, last = 0; ///< UTC seconds of the first and last call naming both
    qint64 calls = 0;           ///< calls naming both (made from the handset, or received on it)
    QStringList sources;        ///< the sources those calls came from, by source id
};

/**
 * The handsets a number used over time, or the numbers (SIMs) used in a handset: one entry per
 * handset or number, ordered by first call (then value). Built from the calls' device columns: the
 * caller's handset of a call made, the callee's of a call received (a carrier CDR seen from both ends).
 */
struct DeviceTimeline
{
    QString kind; ///< "number" (its handsets) or "imei" (its numbers)
    QString key;  ///< the number's key (E.164 or the normalised identifier) or the 15-digit IMEI
    std::vector<DeviceUse> uses;
    /// `dialtrace-cli devices --json` (docs/cli.md): times in UTC, ISO 8601 with Z.
    QJsonObject toJson() const;
};

/**
 * Reads device timelines from a case through the connection given (a worker's, off the GUI thread).
 * A number's timeline reads only its own calls (the call store's postings); a handset's reads the
 * device columns of every block (there is no index by device), the other columns only of blocks that
 * name it.
 */
class DeviceTimelines
{
    Q_DECLARE_TR_FUNCTIONS(dt::DeviceTimelines)
public:
    /// @p value is an IMEI (14-16 digits, with or without its check digit) or a number in any spelling.
    /// False with @p error when the case holds neither, when cancelled or on an SQLite error.
    static bool lookup(Database &db, const QString &value, DeviceTimeline *out, QString *error,
                       const std::atomic_bool *cancel = nullptr);
    /// The handsets of the number whose key is @p key (false when the case does not hold it).
    static bool ofNumber(Database &db, const QString &key, DeviceTimeline *out, QString *error);
    /// The numbers used in the handset @p imei (15 digits; false when the case does not hold it).
    static bool ofImei(Database &db, const QString &imei, DeviceTimeline *out, QString *error,
                       const std::atomic_bool *cancel = nullptr);
};

} // namespace dt
