#include "analysis/commoncontacts.h"

#include "analysis/findings.h"
#include "case/database.h"
#include "phone/phonenumber.h"

#include <algorithm>
#include <map>
#include <QJsonArray>
#include <QSet>
#include <unordered_map>

namespace dt::analysis {

namespace {

QJsonValue iso(qint64 utc)
{
    return utc ? QJsonValue(QDateTime::fromSecsSinceEpoch(utc, Qt::UTC).toString(Qt::ISODate)) : QJsonValue();
}

qint64 numberId(Database &db, const QString &key)
{
    Statement s = db.prepare(QStringLiteral("SELECT id FROM numbers WHERE value = ?"));
    s.bind(1, key);
    return s.step() ? s.int64(0) : 0;
}

void widen(qint64 *first, qint64 *last, qint64 t)
{
    *first = *first ? std::min(*first, t) : t;
    *last = std::max(*last, t);
}

} // namespace

QJsonObject CommonContactsResult::toJson() const
{
    QJsonArray ps;
    for (const ContactParty &p : parties)
        ps.append(QJsonObject{{QStringLiteral("input"), p.input},
                              {QStringLiteral("kind"), p.kind},
                              {QStringLiteral("numbers"), QJsonArray::fromStringList(p.numbers)}});
    QJsonArray cs;
    for (const CommonContact &c : contacts) {
        QJsonArray by;
        for (const PartyCalls &pc : c.byParty)
            by.append(QJsonObject{{QStringLiteral("calls_out"), pc.out},
                                  {QStringLiteral("calls_in"), pc.in},
                                  {QStringLiteral("first_call"), iso(pc.first)},
                                  {QStringLiteral("last_call"), iso(pc.last)}});
        cs.append(QJsonObject{{QStringLiteral("number"), c.number},
                              {QStringLiteral("calls"), c.calls},
                              {QStringLiteral("first_call"), iso(c.first)},
                              {QStringLiteral("last_call"), iso(c.last)},
                              {QStringLiteral("by_party"), by}});
    }
    return QJsonObject{{QStringLiteral("parties"), ps},
                       {QStringLiteral("run"), runId ? QJsonValue(runId) : QJsonValue()},
                       {QStringLiteral("common"), cs}};
}

bool CommonContacts::resolve(Database &db, const Findings &findings, const QStringList &inputs,
                             std::vector<ContactParty> *parties, QString *error)
{
    parties->clear();
    PhoneClassifier phones;
    for (const QString &input : inputs) {
        ContactParty p;
        p.input = input;
        for (const Operator &o : findings.operators) {
            if (o.id.compare(input.trimmed(), Qt::CaseInsensitive) != 0)
                continue;
            p.kind = QStringLiteral("operator");
            p.numbers << o.numbers;
        }
        if (p.kind.isEmpty()) {
            const QString key = phones.normalize(input);
            if (key.isEmpty() || !numberId(db, key)) {
                *error = tr("the case holds no number or operator '%1'").arg(input);
                return false;
            }
            p.kind = QStringLiteral("number");
            p.numbers << key;
        }
        parties->push_back(p);
    }
    return true;
}

bool CommonContacts::find(Database &db, const std::vector<ContactParty> &parties,
                          CommonContactsResult *result, QString *error, const std::atomic_bool *cancel)
{
    result->parties = parties;
    result->contacts.clear();
    if (parties.size() < 2) {
        *error = tr("common contacts need two or more numbers or operators");
        return false;
    }
    // Every party's own numbers are no one's contacts.
    QSet<qint64> own;
    std::vector<std::vector<std::pair<qint64, QString>>> ids(parties.size());
    for (size_t p = 0; p < parties.size(); ++p)
        for (const QString &key : parties[p].numbers) {
            const qint64 id = numberId(db, key);
            if (!id)
                continue;
            own.insert(id);
            ids[p].push_back({id, key});
        }
    Statement out =
        db.prepare(QStringLiteral("SELECT callee, start_utc, duration FROM calls WHERE caller = ?"));
    Statement in =
        db.prepare(QStringLiteral("SELECT caller, start_utc, duration FROM calls WHERE callee = ?"));
    std::vector<std::unordered_map<qint64, PartyCalls>> byParty(parties.size());
    for (size_t p = 0; p < parties.size(); ++p) {
        for (const auto &[id, key] : ids[p]) {
            if (cancel && cancel->load()) {
                *error = tr("cancelled");
                return false;
            }
            for (Statement *s : {&out, &in}) {
                const bool outgoing = s == &out;
                s->reset();
                s->bind(1, id);
                std::map<qint64, PartyCalls::Link> links; // counterpart → this number's calls with it
                while (s->step()) {
                    const qint64 other = s->int64(0);
                    if (own.contains(other))
                        continue;
                    PartyCalls::Link &l = links[other];
                    l.times.push_back(s->int64(1));
                    l.duration += s->int64(2);
                }
                if (!s->ok()) {
                    *error = s->errorString();
                    return false;
                }
                for (auto &[other, l] : links) {
                    PartyCalls &pc = byParty[p][other];
                    std::sort(l.times.begin(), l.times.end());
                    (outgoing ? pc.out : pc.in) += qint64(l.times.size());
                    widen(&pc.first, &pc.last, l.times.front());
                    widen(&pc.first, &pc.last, l.times.back());
                    l.own = key;
                    l.outgoing = outgoing;
                    pc.links.push_back(std::move(l));
                }
            }
        }
    }
    // The smallest party's contacts are the candidates.
    size_t smallest = 0;
    for (size_t p = 1; p < parties.size(); ++p)
        if (byParty[p].size() < byParty[smallest].size())
            smallest = p;
    Statement name = db.prepare(QStringLiteral("SELECT value FROM numbers WHERE id = ?"));
    for (const auto &[other, unused] : byParty[smallest]) {
        Q_UNUSED(unused)
        bool everyone = true;
        for (const auto &m : byParty)
            everyone = everyone && m.count(other);
        if (!everyone)
            continue;
        name.reset();
        name.bind(1, other);
        if (!name.step())
            continue;
        CommonContact c;
        c.number = name.text(0);
        for (auto &m : byParty) {
            PartyCalls &pc = m[other];
            c.calls += pc.out + pc.in;
            widen(&c.first, &c.last, pc.first);
            widen(&c.first, &c.last, pc.last);
            c.byParty.push_back(std::move(pc));
        }
        result->contacts.push_back(std::move(c));
    }
    std::sort(result->contacts.begin(), result->contacts.end(),
              [](const CommonContact &a, const CommonContact &b) {
                  return a.calls != b.calls ? a.calls > b.calls : a.number < b.number;
              });
    return true;
}

CommonContactsModel::CommonContactsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CommonContactsModel::setResult(CommonContactsResult result, const CaseClock &clock)
{
    beginResetModel();
    m_result = std::move(result);
    m_clock = clock;
    endResetModel();
}

int CommonContactsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.contacts.size());
}

int CommonContactsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FixedColumns + 2 * int(m_result.parties.size());
}

QVariant CommonContactsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const CommonContact &c = m_result.contacts[size_t(index.row())];
    if (role == NumberRole)
        return c.number;
    if (role == Qt::TextAlignmentRole && index.column() != Number)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number:
        return c.number;
    case Calls:
        return c.calls;
    case FirstCall:
        return m_clock.text(c.first);
    case LastCall:
        return m_clock.text(c.last);
    default:
        break;
    }
    const int k = index.column() - FixedColumns;
    const PartyCalls &pc = c.byParty[size_t(k / 2)];
    return k % 2 == 0 ? pc.out : pc.in;
}

QVariant CommonContactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("Number");
    case Calls:
        return tr("Calls");
    case FirstCall:
        return tr("First call (%1)").arg(m_clock.label());
    case LastCall:
        return tr("Last call (%1)").arg(m_clock.label());
    default:
        break;
    }
    const int k = section - FixedColumns;
    if (k < 0 || size_t(k / 2) >= m_result.parties.size())
        return {};
    const QString who = m_result.parties[size_t(k / 2)].input;
    return k % 2 == 0 ? tr("%1 called").arg(who) : tr("Called %1").arg(who);
}

} // namespace dt::analysis
