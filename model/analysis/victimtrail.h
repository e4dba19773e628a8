#pragma once
// A victim's trail as typed data: what VictimTrail::trace() builds and what the leaks page and the
// CLI's text read. JSON is only its serialisation (analysis/victimtrailjson.h, the schema of
// `dialtrace-cli trail --json` in docs/cli.md). Instants are seconds since the epoch, UTC.
#include <optional>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <vector>

namespace dt {
class CaseFile;
class Database;
} // namespace dt

namespace dt::analysis {

/// What the traced value was read as: the stable codes of the trail's `kind` field.
enum class TrailKind { Phone, MaskedPhone, IdCard, Name };

/// How a leak record was found: the stable codes of a leak's `match` field.
enum class TrailMatch {
    Phone,       ///< it holds one of the victim's numbers
    MaskedPhone, ///< its masked number is the one traced, or fits one of the victim's numbers
    IdCard,      ///< it holds the resident ID number traced
    Name,        ///< it holds the name traced
    Person       ///< it belongs to a person another found record belongs to
};

/// The earliest call an operator's number made to the numbers a leak record holds.
struct TrailFirstCall
{
    qint64 utc = 0;
    QString operatorId; ///< "OPR-002"
    /// Whether the call came at or after the start of the list's acquisition day (in the case's time
    /// zone, as leak tracing counts it); set, with daysAfterAcquired, when the acquisition date is known.
    std::optional<bool> calledAfterAcquired;
    /// Days from that start to the call, to one decimal; negative when the call came before.
    std::optional<double> daysAfterAcquired;
};

/// One leaked-list record that holds the victim.
struct TrailLeak
{
    QString source; ///< the list's source name
    qint64 sourceId = 0;
    std::optional<QString> acquired; ///< the list's acquisition date as recorded (ISO 8601), if any
    qint64 line = 0;                 ///< the record's line in its list
    QString name, idCard;            ///< as the list holds them (empty when it has none)
    QString phone;                   ///< the number ("+86…"), or the pattern ("186????4428") when masked
    bool masked = false;
    TrailMatch match = TrailMatch::Phone;
    /// Masked records only: whether the record's name is one the full records of the trail hold; unset
    /// when either side has no name (and always for a full record).
    std::optional<bool> nameAgrees;
    std::optional<TrailFirstCall> firstOperatorCall; ///< unset when no operator called those numbers
};

/// The calls one operator number made to one victim number.
struct TrailCall
{
    QString operatorId, caller, callee;
    qint64 firstUtc = 0, lastUtc = 0;
    qint64 calls = 0;
};

/// A complaint one of the victim's numbers made.
struct TrailComplaint
{
    QString source;
    qint64 line = 0;
    QString complainant, reported;
    std::optional<QString> operatorId; ///< the operator the reported number belongs to, if any
    std::optional<qint64> utc;         ///< unset when the complaint has no time
    QString category, text;
};

/// The whole trail of one value, in a deterministic order.
struct VictimTrailResult
{
    QString input; ///< the value as traced (trimmed)
    TrailKind kind = TrailKind::Phone;
    QStringList numbers;          ///< the victim's numbers known to the case, sorted
    std::optional<qint64> run;    ///< the detection run whose operators were used; unset before any analysis
    std::vector<TrailLeak> leaks; ///< by list, then line
    std::vector<TrailCall> calls; ///< earliest first
    std::vector<TrailComplaint> complaints; ///< by time, then list and line
    bool truncated = false;                 ///< more records or numbers matched than the limit
};

QString code(TrailKind k);  ///< "phone", "masked_phone", "id_card", "name"
QString code(TrailMatch m); ///< the kind's codes, and "person"

/**
 * A victim's trail through the case: the leaked-list records that hold them, the calls they received
 * from the numbers of the latest run's operators (each list's record says whether the first of those
 * calls came after the list was acquired) and the complaints they made.
 *
 * The value may be a phone number in any spelling, a masked number (138****1234: the case's numbers
 * that fit it), a resident ID number or a name (the persons of the lists).
 */
class VictimTrail
{
    Q_DECLARE_TR_FUNCTIONS(dt::analysis::VictimTrail)
public:
    /// At most this many numbers and leak records are followed; `truncated` says when more matched.
    static constexpr int kDefaultLimit = 500;

    /// The trail of @p value. Unset, with @p error set, when the value is none of the kinds above (junk,
    /// an IMEI, an empty string) or the case cannot be read.
    static std::optional<VictimTrailResult> trace(Database &db, const QString &value, QString *error,
                                                  int limit = kDefaultLimit);
    static std::optional<VictimTrailResult> trace(CaseFile &cf, const QString &value, QString *error,
                                                  int limit = kDefaultLimit);
};

} // namespace dt::analysis
