#include "analysis/victimtrail.h"

#include "analysis/detection.h"
#include "analysis/findingsjson.h"
#include "case/casefile.h"
#include "case/database.h"
#include "core/text.h"
#include "phone/idcard.h"
#include "phone/lookup.h"
#include "phone/maskedphone.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <QDate>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <set>
#include <tuple>
#include <vector>

namespace dt::analysis {

namespace {

struct Record
{
    qint64 id = 0, sourceId = 0, line = 0, phone = 0, person = 0;
    QString source, acquired, phoneText, pattern, name, idCard;
    TrailMatch match = TrailMatch::Phone;
};

struct OperatorNumber
{
    QString op, value;
};

struct CallGroup
{
    QString op, caller, callee;
    qint64 calleeId = 0, first = 0, last = 0, count = 0;
};

/// The 11 national digits of a mainland mobile key (+861…), else empty.
QString nationalMobile(const QString &key)
{
    if (key.size() == 14 && key.startsWith(QLatin1String("+861")))
        return key.mid(3);
    return {};
}

class Collector
{
public:
    Collector(Database &db, int limit)
        : m_db(db)
        , m_limit(limit)
    {}

    /// Adds the records WHERE @p where (one '?' bound to @p arg), found by @p match.
    void add(const QString &where, const QVariant &arg, TrailMatch match)
    {
        Statement st = select(where);
        if (arg.typeId() == QMetaType::LongLong)
            st.bind(1, arg.toLongLong());
        else
            st.bind(1, arg.toString());
        while (st.step())
            insert(st, match);
    }

    /// Adds the masked records whose visible digits fit one of @p nationals.
    void addMaskedFitting(const QStringList &nationals)
    {
        if (nationals.isEmpty())
            return;
        Statement st = select(QStringLiteral("l.phone_pattern IS NOT NULL AND length(l.phone_pattern) = 11"));
        while (st.step()) {
            const MaskedPhone m{st.text(7)};
            if (std::any_of(nationals.begin(), nationals.end(),
                            [&](const QString &n) { return m.matches(n); }))
                insert(st, TrailMatch::MaskedPhone);
        }
    }

    std::map<qint64, Record> records;
    bool truncated = false;

private:
    Statement select(const QString &where)
    {
        return m_db.prepare(
            QStringLiteral(
                "SELECT l.id, l.source_id, s.name, coalesce(s.acquired, ''), l.line, coalesce(l.phone, 0), "
                "coalesce(n.value, ''), coalesce(l.phone_pattern, ''), coalesce(l.name, ''), "
                "coalesce(l.id_card, ''), coalesce(l.person, 0) FROM leak_records l "
                "JOIN sources s ON s.id = l.source_id LEFT JOIN numbers n ON n.id = l.phone WHERE ") +
            where + QStringLiteral(" ORDER BY l.source_id, l.line"));
    }

    void insert(Statement &st, TrailMatch match)
    {
        const qint64 id = st.int64(0);
        if (records.count(id))
            return;
        if (int(records.size()) >= m_limit) {
            truncated = true;
            return;
        }
        Record r;
        r.id = id;
        r.sourceId = st.int64(1);
        r.source = st.text(2);
        r.acquired = st.text(3);
        r.line = st.int64(4);
        r.phone = st.int64(5);
        r.phoneText = st.text(6);
        r.pattern = st.text(7);
        r.name = st.text(8);
        r.idCard = st.text(9);
        r.person = st.int64(10);
        r.match = match;
        records.emplace(id, r);
    }

    Database &m_db;
    int m_limit;
};

/// The trail's phases, in the order trace() runs them, over what they find.
class Tracer
{
public:
    Tracer(Database &db, int limit)
        : m_db(db)
        , m_limit(limit)
        , m_records(db, limit)
    {}

    /// Which kind of value @p input is; false (with @p error) when it is none the trail follows.
    bool classify(const QString &input, QString *error);
    /// The records and numbers the value names directly.
    void seed();
    /// The same persons in other lists, then every record of the victim's numbers, full or masked.
    void follow();
    /// The latest run's operators by number, and the zone it counted acquisition days in.
    void readOperators();
    /// Calls the victim's numbers received from operators' numbers, earliest first.
    void readCalls();
    /// The whole trail.
    VictimTrailResult result() const;

private:
    void addNumber(qint64 id);
    qint64 idOf(const QString &value) const;
    std::vector<TrailLeak> leaks() const;
    std::vector<TrailComplaint> complaints() const;

    Database &m_db;
    int m_limit;
    QString m_input;
    TrailKind m_kind = TrailKind::Phone;
    QJsonObject m_offline; ///< lookupValue() of the input (not for names)
    Collector m_records;
    std::set<qint64> m_numbers; ///< the victim's numbers known to the case
    QHash<qint64, QString> m_valueOf;
    QHash<qint64, OperatorNumber> m_operatorOf;
    std::optional<qint64> m_runId;
    CaseClock m_zone; ///< where an acquisition day starts, as leak tracing counted it
    std::vector<CallGroup> m_calls;
    QHash<qint64, const CallGroup *> m_firstCallTo; ///< by victim number: the earliest operator call
};

bool Tracer::classify(const QString &input, QString *error)
{
    m_input = input;
    if (isChineseName(input)) {
        m_kind = TrailKind::Name;
        return true;
    }
    m_offline = lookupValue(input);
    const QString kind = m_offline.value(QStringLiteral("kind")).toString();
    const bool junk = m_offline.value(QStringLiteral("type")).toString() == QLatin1String("junk");
    if (kind == QLatin1String("phone") && !junk)
        m_kind = TrailKind::Phone;
    else if (kind == QLatin1String("masked_phone"))
        m_kind = TrailKind::MaskedPhone;
    else if (kind == QLatin1String("id_card"))
        m_kind = TrailKind::IdCard;
    else {
        *error = VictimTrail::tr("'%1' is not a phone number, a masked number (138****1234), a resident ID "
                                 "number or a name")
                     .arg(input);
        return false;
    }
    return true;
}

void Tracer::addNumber(qint64 id)
{
    if (id <= 0 || m_numbers.count(id))
        return;
    if (int(m_numbers.size()) >= m_limit) {
        m_records.truncated = true;
        return;
    }
    m_numbers.insert(id);
}

qint64 Tracer::idOf(const QString &value) const
{
    Statement st = m_db.prepare(QStringLiteral("SELECT id FROM numbers WHERE value = ?"));
    st.bind(1, value);
    return st.step() ? st.int64(0) : 0;
}

void Tracer::seed()
{
    if (m_kind == TrailKind::Phone) {
        addNumber(idOf(m_offline.value(QStringLiteral("number")).toString()));
    } else if (m_kind == TrailKind::MaskedPhone) {
        const MaskedPhone m = MaskedPhone::parse(m_input);
        MaskIndex idx;
        Statement st =
            m_db.prepare(QStringLiteral("SELECT id, substr(value, 4) FROM numbers WHERE value LIKE "
                                        "'+861__________' AND length(value) = 14"));
        while (st.step())
            idx.add(st.text(1), st.int64(0));
        QVector<qint64> ids = idx.candidates(m);
        std::sort(ids.begin(), ids.end());
        for (qint64 id : ids)
            addNumber(id);
        m_records.add(QStringLiteral("l.phone_pattern = ?"), m.pattern, TrailMatch::MaskedPhone);
    } else if (m_kind == TrailKind::IdCard) {
        m_records.add(QStringLiteral("l.id_card = ?"), IdCard::parse(m_input).normalized, TrailMatch::IdCard);
    } else {
        m_records.add(QStringLiteral("l.name = ?"), m_input, TrailMatch::Name);
    }
}

void Tracer::follow()
{
    QSet<qint64> persons;
    for (const auto &[id, r] : m_records.records)
        if (r.person > 0)
            persons.insert(r.person);
    QList<qint64> personList(persons.begin(), persons.end());
    std::sort(personList.begin(), personList.end());
    for (qint64 p : personList)
        m_records.add(QStringLiteral("l.person = ?"), p, TrailMatch::Person);
    for (const auto &[id, r] : m_records.records)
        addNumber(r.phone);
    QStringList nationals;
    for (qint64 n : m_numbers) {
        const QString v =
            m_db.scalar(QStringLiteral("SELECT value FROM numbers WHERE id = %1").arg(n)).toString();
        m_valueOf.insert(n, v);
        if (const QString d = nationalMobile(v); !d.isEmpty())
            nationals << d;
        m_records.add(QStringLiteral("l.phone = ?"), n, TrailMatch::Phone);
    }
    m_records.addMaskedFitting(nationals);
}

void Tracer::readOperators()
{
    m_zone = CaseClock(CaseFile::timeZoneOf(m_db));
    Statement run =
        m_db.prepare(QStringLiteral("SELECT id, params FROM analysis_runs WHERE kind = 'detection' "
                                    "AND status = 'ok' ORDER BY id DESC LIMIT 1"));
    if (!run.step())
        return;
    m_runId = run.int64(0);
    const QJsonObject params = QJsonDocument::fromJson(run.text(1).toUtf8()).object();
    m_zone = Detector::clockOf(params, m_zone);
    Statement ops = m_db.prepare(QStringLiteral(
        "SELECT subject, data FROM findings WHERE run_id = ? AND kind = 'operator' ORDER BY id"));
    ops.bind(1, run.int64(0));
    while (ops.step()) {
        const Operator o =
            FindingsJson::operatorFromJson(QJsonDocument::fromJson(ops.text(1).toUtf8()).object());
        for (const QString &n : o.numbers)
            if (const qint64 id = idOf(n); id > 0)
                m_operatorOf.insert(id, {ops.text(0), n});
    }
}

void Tracer::readCalls()
{
    Statement cq =
        m_db.prepare(QStringLiteral("SELECT caller, count(*), min(start_utc), max(start_utc) FROM calls "
                                    "WHERE callee = ? GROUP BY caller ORDER BY caller"));
    for (qint64 n : m_numbers) {
        cq.reset();
        cq.bind(1, n);
        while (cq.step()) {
            const auto it = m_operatorOf.constFind(cq.int64(0));
            if (it == m_operatorOf.constEnd())
                continue;
            m_calls.push_back(
                {it->op, it->value, m_valueOf.value(n), n, cq.int64(2), cq.int64(3), cq.int64(1)});
        }
    }
    std::sort(m_calls.begin(), m_calls.end(), [](const CallGroup &a, const CallGroup &b) {
        return std::tie(a.first, a.op, a.caller, a.callee) < std::tie(b.first, b.op, b.caller, b.callee);
    });
    for (const CallGroup &g : m_calls)
        if (!m_firstCallTo.contains(g.calleeId))
            m_firstCallTo.insert(g.calleeId, &g);
}

std::vector<TrailLeak> Tracer::leaks() const
{
    // The records, list by list, each with whether the first operator call came after the list's acquisition.
    QSet<QString> fullNames;
    for (const auto &[id, r] : m_records.records)
        if (r.pattern.isEmpty() && !r.name.isEmpty())
            fullNames.insert(r.name);
    std::vector<const Record *> ordered;
    for (const auto &[id, r] : m_records.records)
        ordered.push_back(&r);
    std::sort(ordered.begin(), ordered.end(), [](const Record *a, const Record *b) {
        return std::tie(a->sourceId, a->line, a->id) < std::tie(b->sourceId, b->line, b->id);
    });
    std::vector<TrailLeak> leaks;
    leaks.reserve(ordered.size());
    for (const Record *r : ordered) {
        TrailLeak l;
        l.source = r->source;
        l.sourceId = r->sourceId;
        if (!r->acquired.isEmpty())
            l.acquired = r->acquired;
        l.line = r->line;
        l.name = r->name;
        l.idCard = r->idCard;
        l.masked = r->phone <= 0 && !r->pattern.isEmpty();
        l.phone = l.masked ? r->pattern : r->phoneText;
        l.match = r->match;
        if (l.masked && !fullNames.isEmpty() && !r->name.isEmpty())
            l.nameAgrees = fullNames.contains(r->name);
        const CallGroup *first = nullptr;
        const MaskedPhone m{r->pattern};
        for (qint64 n : m_numbers) {
            const bool mine = l.masked ? m.matches(nationalMobile(m_valueOf.value(n))) : n == r->phone;
            const CallGroup *g = mine ? m_firstCallTo.value(n) : nullptr;
            if (g && (!first || g->first < first->first))
                first = g;
        }
        if (first) {
            TrailFirstCall call;
            call.utc = first->first;
            call.operatorId = first->op;
            const QDate d = QDate::fromString(r->acquired, Qt::ISODate);
            if (d.isValid()) { // the day starts in the case's time zone, as leak tracing counts it
                const qint64 acquiredUtc = m_zone.startOfDay(d);
                call.calledAfterAcquired = first->first >= acquiredUtc;
                call.daysAfterAcquired =
                    std::round(double(first->first - acquiredUtc) / 86400.0 * 10.0) / 10.0;
            }
            l.firstOperatorCall = call;
        }
        leaks.push_back(std::move(l));
    }
    return leaks;
}

std::vector<TrailComplaint> Tracer::complaints() const
{
    // Complaints the victim's numbers made, by time (an unknown time first), then list and line.
    struct Keyed
    {
        qint64 time, sourceId;
        TrailComplaint complaint;
    };
    std::vector<Keyed> keyed;
    Statement comp = m_db.prepare(QStringLiteral(
        "SELECT c.source_id, s.name, c.line, c.time_utc, c.reported, r.value, coalesce(c.category, ''), "
        "coalesce(c.text, '') FROM complaints c JOIN sources s ON s.id = c.source_id "
        "JOIN numbers r ON r.id = c.reported WHERE c.complainant = ?"));
    for (qint64 n : m_numbers) {
        comp.reset();
        comp.bind(1, n);
        while (comp.step()) {
            TrailComplaint c;
            c.source = comp.text(1);
            c.line = comp.int64(2);
            c.complainant = m_valueOf.value(n);
            c.reported = comp.text(5);
            if (const auto op = m_operatorOf.constFind(comp.int64(4)); op != m_operatorOf.constEnd())
                c.operatorId = op->op;
            if (!comp.isNull(3))
                c.utc = comp.int64(3);
            c.category = comp.text(6);
            c.text = comp.text(7);
            keyed.push_back({c.utc.value_or(0), comp.int64(0), std::move(c)});
        }
    }
    std::sort(keyed.begin(), keyed.end(), [](const Keyed &a, const Keyed &b) {
        return std::tie(a.time, a.sourceId, a.complaint.line) <
               std::tie(b.time, b.sourceId, b.complaint.line);
    });
    std::vector<TrailComplaint> out;
    out.reserve(keyed.size());
    for (Keyed &k : keyed)
        out.push_back(std::move(k.complaint));
    return out;
}

VictimTrailResult Tracer::result() const
{
    VictimTrailResult t;
    t.input = m_input;
    t.kind = m_kind;
    t.numbers = m_valueOf.values();
    t.numbers.sort();
    t.run = m_runId;
    t.leaks = leaks();
    for (const CallGroup &g : m_calls)
        t.calls.push_back({g.op, g.caller, g.callee, g.first, g.last, g.count});
    t.complaints = complaints();
    t.truncated = m_records.truncated;
    return t;
}

} // namespace

QString code(TrailKind k)
{
    switch (k) {
    case TrailKind::Phone:
        return QStringLiteral("phone");
    case TrailKind::MaskedPhone:
        return QStringLiteral("masked_phone");
    case TrailKind::IdCard:
        return QStringLiteral("id_card");
    case TrailKind::Name:
        return QStringLiteral("name");
    }
    return {};
}

QString code(TrailMatch m)
{
    switch (m) {
    case TrailMatch::Phone:
        return code(TrailKind::Phone);
    case TrailMatch::MaskedPhone:
        return code(TrailKind::MaskedPhone);
    case TrailMatch::IdCard:
        return code(TrailKind::IdCard);
    case TrailMatch::Name:
        return code(TrailKind::Name);
    case TrailMatch::Person:
        return QStringLiteral("person");
    }
    return {};
}

std::optional<VictimTrailResult> VictimTrail::trace(CaseFile &cf, const QString &value, QString *error,
                                                    int limit)
{
    return trace(cf.db(), value, error, limit);
}

std::optional<VictimTrailResult> VictimTrail::trace(Database &db, const QString &value, QString *error,
                                                    int limit)
{
    const QString input = value.trimmed();
    if (input.isEmpty()) {
        *error = tr("nothing to trace: give a phone number, a masked number, an ID number or a name");
        return std::nullopt;
    }
    Tracer t(db, limit);
    if (!t.classify(input, error))
        return std::nullopt;
    t.seed();
    t.follow();
    t.readOperators();
    t.readCalls();
    return t.result();
}

} // namespace dt::analysis
