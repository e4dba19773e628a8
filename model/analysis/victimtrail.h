#pragma once
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace dt {
class CaseFile;
class Database;
} // namespace dt

namespace dt::analysis {

/**
 * A victim's trail through the case: the leaked-list records that hold them, the calls they received
 * from the numbers of the latest run's operators (each list's record says whether the first of those
 * calls came after the list was acquired) and the complaints they made.
 *
 * The value may be a phone number in any spelling, a masked number (138****1234: the case's numbers
 * that fit it), a resident ID number or a name (the persons of the lists). The JSON is the one
 * `dialtrace-cli trail --json` prints (docs/cli.md); its order is deterministic.
 */
class VictimTrail
{
    Q_DECLARE_TR_FUNCTIONS(dt::analysis::VictimTrail)
public:
    /// At most this many numbers and leak records are followed; "truncated" says when more matched.
    static constexpr int kDefaultLimit = 500;

    /// The trail of @p value. An empty object with @p error set when the value is none of the kinds
    /// above (junk, an IMEI, an empty string) or the case cannot be read.
    static QJsonObject trace(Database &db, const QString &value, QString *error, int limit = kDefaultLimit);
    static QJsonObject trace(CaseFile &cf, const QString &value, QString *error, int limit = kDefaultLimit);
};

} // namespace dt::analysis
