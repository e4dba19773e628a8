#pragma once
#include "core/caseclock.h"

#include <atomic>
#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <vector>

namespace dt {
class Database;
}

namespace dt::analysis {

struct Findings;

/// One side of a common-contacts question: a number, or an operator standing for all its numbers.
struct ContactParty
{
    QString input;       ///< as the analyst gave it ("OPR-002", "138 0013 8000")
    QString kind;        ///< "number" or "operator"
    QStringList numbers; ///< the case's numbers it stands for (keys: E.164 or the normalised identifier)
};

/// The calls between one party and one contact: calls out (the party called the contact) and in.
struct PartyCalls
{
    qint64 out = 0, in = 0;
    qint64 first = 0, last = 0; ///< UTC seconds of the first and last call either way
    /// Per number of the party: its calls with the contact, for drawing them (own number key,
    /// outgoing?, start times sorted, total seconds).
    struct Link
    {
        QString own;
        bool outgoing = true;
        std::vector<qint64> times;
        qint64 duration = 0;
    };
    std::vector<Link> links;
};

/// A number every party called or was called by.
struct CommonContact
{
    QString number;
    qint64 calls = 0;                ///< with all parties, both ways
    qint64 first = 0, last = 0;      ///< UTC seconds
    std::vector<PartyCalls> byParty; ///< in the parties' order
};

struct CommonContactsResult
{
    std::vector<ContactParty> parties;
    std::vector<CommonContact> contacts; ///< most calls first, then by number
    qint64 runId = 0;                    ///< the run whose operators were named (0: none)
    /// `dialtrace-cli common --json` (docs/cli.md): times in UTC, ISO 8601 with Z.
    QJsonObject toJson() const;
};

/**
 * Common contacts: given two or more numbers or operators, the numbers all of them called or were
 * called by (a victim two operators share, a go-between, a handler), with the calls each had with
 * them. A party's own numbers, and the numbers of any other party, are not contacts. Reads the
 * case through the connection given (a worker's, off the GUI thread).
 */
class CommonContacts
{
    Q_DECLARE_TR_FUNCTIONS(dt::analysis::CommonContacts)
public:
    /// Turns the analyst's values into parties: an operator id of the latest run (@p findings:
    /// Detector::latestFindings(), may be empty) stands for its numbers, anything else is a number
    /// in any spelling. False with @p error naming the value the case does not know.
    static bool resolve(Database &db, const Findings &findings, const QStringList &inputs,
                        std::vector<ContactParty> *parties, QString *error);
    /// The common contacts of @p parties (at least two). False with @p error when cancelled or the
    /// case cannot be read.
    static bool find(Database &db, const std::vector<ContactParty> &parties, CommonContactsResult *result,
                     QString *error, const std::atomic_bool *cancel = nullptr);
};

/// The common contacts as a table: number, calls, first and last call (in the case's zone), then
/// per party its calls out and in. Immutable snapshot.
class CommonContactsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Calls, FirstCall, LastCall, FixedColumns };
    static constexpr int NumberRole = Qt::UserRole + 1;

    explicit CommonContactsModel(QObject *parent = nullptr);
    void setResult(CommonContactsResult result, const CaseClock &clock);
    const CommonContactsResult &result() const { return m_result; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    CommonContactsResult m_result;
    CaseClock m_clock;
};

} // namespace dt::analysis
