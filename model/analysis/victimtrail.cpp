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
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <set>
#include <tuple>
#include <vector>

namespace dt::analysis {

namespace {

struct Record
{
    qint64 id = 0, sourceId = 0, line = 0, phone = 0, person = 0;
    QString source, acquired, phoneText, pattern, name, idCard, match;
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

QString isoUtc(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

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
    void add(const QString &where, const QVariant &arg, const QString &match)
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
                insert(st, QStringLiteral("masked_phone"));
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

    void insert(Statement &st, const QString &match)
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

} // namespace

QJsonObject VictimTrail::trace(CaseFile &cf, const QString &value, QString *error, int limit)
{
    return trace(cf.db(), value, error, limit);
}

QJsonObject VictimTrail::trace(Database &db, const QString &value, QString *error, int limit)
{
    const QString input = value.trimmed();
    if (input.isEmpty()) {
        *error = tr("nothing to trace: give a phone number, a masked number, an ID number or a name");
        return {};
    }
    QString kind;
    QJsonObject offline;
    if (isChineseName(input)) {
        kind = QStringLiteral("name");
    } else {
        offline = lookupValue(input);
        kind = offline.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("phone") &&
            offline.value(QStringLiteral("type")).toString() == QLatin1String("junk"))
            kind.clear();
        if (kind != QLatin1String("phone") && kind != QLatin1String("masked_phone") &&
            kind != QLatin1String("id_card")) {
            *error = tr("'%1' is not a phone number, a masked number (138****1234), a resident ID number or "
                        "a name")
                         .arg(input);
            return {};
        }
    }

    Collector c(db, limit);
    std::set<qint64> numbers; // the victim's numbers known to the case
    auto addNumber = [&](qint64 id) {
        if (id <= 0 || numbers.count(id))
            return;
        if (int(numbers.size()) >= limit) {
            c.truncated = true;
            return;
        }
        numbers.insert(id);
    };
    auto idOf = [&db](const QString &v) -> qint64 {
        Statement st = db.prepare(QStringLiteral("SELECT id FROM numbers WHERE value = ?"));
        st.bind(1, v);
        return st.step() ? st.int64(0) : 0;
    };

    // The seed: what the value names directly.
    if (kind == QLatin1String("phone")) {
        addNumber(idOf(offline.value(QStringLiteral("number")).toString()));
    } else if (kind == QLatin1String("masked_phone")) {
        const MaskedPhone m = MaskedPhone::parse(input);
        MaskIndex idx;
        Statement st = db.prepare(QStringLiteral("SELECT id, substr(value, 4) FROM numbers WHERE value LIKE "
                                                 "'+861__________' AND length(value) = 14"));
        while (st.step())
            idx.add(st.text(1), st.int64(0));
        QVector<qint64> ids = idx.candidates(m);
        std::sort(ids.begin(), ids.end());
        for (qint64 id : ids)
            addNumber(id);
        c.add(QStringLiteral("l.phone_pattern = ?"), m.pattern, kind);
    } else if (kind == QLatin1String("id_card")) {
        c.add(QStringLiteral("l.id_card = ?"), IdCard::parse(input).normalized, kind);
    } else {
        c.add(QStringLiteral("l.name = ?"), input, kind);
    }
    // The same persons in other lists, then every record of the victim's numbers, full or masked.
    QSet<qint64> persons;
    for (const auto &[id, r] : c.records)
        if (r.person > 0)
            persons.insert(r.person);
    QList<qint64> personList(persons.begin(), persons.end());
    std::sort(personList.begin(), personList.end());
    for (qint64 p : personList)
        c.add(QStringLiteral("l.person = ?"), p, QStringLiteral("person"));
    for (const auto &[id, r] : c.records)
        addNumber(r.phone);
    QHash<qint64, QString> valueOf;
    QStringList nationals;
    for (qint64 n : numbers) {
        const QString v =
            db.scalar(QStringLiteral("SELECT value FROM numbers WHERE id = %1").arg(n)).toString();
        valueOf.insert(n, v);
        if (const QString d = nationalMobile(v); !d.isEmpty())
            nationals << d;
        c.add(QStringLiteral("l.phone = ?"), n, QStringLiteral("phone"));
    }
    c.addMaskedFitting(nationals);

    // The latest run's operators, by number.
    QHash<qint64, OperatorNumber> operatorOf;
    QJsonValue runId;
    CaseClock zone(CaseFile::timeZoneOf(db)); // where an acquisition day starts, as leak tracing counted it
    Statement run = db.prepare(QStringLiteral("SELECT id, params FROM analysis_runs WHERE kind = 'detection' "
                                              "AND status = 'ok' ORDER BY id DESC LIMIT 1"));
    if (run.step()) {
        runId = run.int64(0);
        const QJsonObject params = QJsonDocument::fromJson(run.text(1).toUtf8()).object();
        zone = Detector::clockOf(params, zone);
        Statement ops = db.prepare(QStringLiteral(
            "SELECT subject, data FROM findings WHERE run_id = ? AND kind = 'operator' ORDER BY id"));
        ops.bind(1, run.int64(0));
        while (ops.step()) {
            const Operator o =
                FindingsJson::operatorFromJson(QJsonDocument::fromJson(ops.text(1).toUtf8()).object());
            for (const QString &n : o.numbers)
                if (const qint64 id = idOf(n); id > 0)
                    operatorOf.insert(id, {ops.text(0), n});
        }
    }

    // Calls the victim's numbers received from operators' numbers.
    std::vector<CallGroup> calls;
    QHash<qint64, const CallGroup *> firstCallTo; // by victim number: the earliest operator call
    Statement cq =
        db.prepare(QStringLiteral("SELECT caller, count(*), min(start_utc), max(start_utc) FROM calls "
                                  "WHERE callee = ? GROUP BY caller ORDER BY caller"));
    for (qint64 n : numbers) {
        cq.reset();
        cq.bind(1, n);
        while (cq.step()) {
            const auto it = operatorOf.constFind(cq.int64(0));
            if (it == operatorOf.constEnd())
                continue;
            calls.push_back({it->op, it->value, valueOf.value(n), n, cq.int64(2), cq.int64(3), cq.int64(1)});
        }
    }
    std::sort(calls.begin(), calls.end(), [](const CallGroup &a, const CallGroup &b) {
        return std::tie(a.first, a.op, a.caller, a.callee) < std::tie(b.first, b.op, b.caller, b.callee);
    });
    for (const CallGroup &g : calls)
        if (!firstCallTo.contains(g.calleeId))
            firstCallTo.insert(g.calleeId, &g);

    // The records, list by list, each with whether the first operator call came after the list's acquisition.
    QSet<QString> fullNames;
    for (const auto &[id, r] : c.records)
        if (r.pattern.isEmpty() && !r.name.isEmpty())
            fullNames.insert(r.name);
    std::vector<const Record *> ordered;
    for (const auto &[id, r] : c.records)
        ordered.push_back(&r);
    std::sort(ordered.begin(), ordered.end(), [](const Record *a, const Record *b) {
        return std::tie(a->sourceId, a->line, a->id) < std::tie(b->sourceId, b->line, b->id);
    });
    QJsonArray leaks;
    for (const Record *r : ordered) {
        const bool masked = r->phone <= 0 && !r->pattern.isEmpty();
        QJsonObject o{
            {QStringLiteral("source"), r->source},
            {QStringLiteral("source_id"), r->sourceId},
            {QStringLiteral("acquired"), r->acquired.isEmpty() ? QJsonValue() : QJsonValue(r->acquired)},
            {QStringLiteral("line"), r->line},
            {QStringLiteral("name"), r->name},
            {QStringLiteral("id_card"), r->idCard},
            {QStringLiteral("phone"), masked ? r->pattern : r->phoneText},
            {QStringLiteral("masked"), masked},
            {QStringLiteral("match"), r->match}};
        if (masked)
            o.insert(QStringLiteral("name_agrees"), fullNames.isEmpty() || r->name.isEmpty()
                                                        ? QJsonValue()
                                                        : QJsonValue(fullNames.contains(r->name)));
        const CallGroup *first = nullptr;
        const MaskedPhone m{r->pattern};
        for (qint64 n : numbers) {
            const bool mine = masked ? m.matches(nationalMobile(valueOf.value(n))) : n == r->phone;
            const CallGroup *g = mine ? firstCallTo.value(n) : nullptr;
            if (g && (!first || g->first < first->first))
                first = g;
        }
        QJsonValue firstCall, firstOperator, after, daysAfter;
        if (first) {
            firstCall = isoUtc(first->first);
            firstOperator = first->op;
            const QDate d = QDate::fromString(r->acquired, Qt::ISODate);
            if (d.isValid()) { // the day starts in the case's time zone, as leak tracing counts it
                const qint64 acquiredUtc = zone.startOfDay(d);
                after = first->first >= acquiredUtc;
                daysAfter = std::round(double(first->first - acquiredUtc) / 86400.0 * 10.0) / 10.0;
            }
        }
        o.insert(QStringLiteral("first_operator_call"), firstCall);
        o.insert(QStringLiteral("first_operator"), firstOperator);
        o.insert(QStringLiteral("called_after_acquired"), after);
        o.insert(QStringLiteral("days_after_acquired"), daysAfter);
        leaks.append(o);
    }

    QJsonArray callsJson;
    for (const CallGroup &g : calls)
        callsJson.append(QJsonObject{{QStringLiteral("operator"), g.op},
                                     {QStringLiteral("caller"), g.caller},
                                     {QStringLiteral("callee"), g.callee},
                                     {QStringLiteral("first_call"), isoUtc(g.first)},
                                     {QStringLiteral("last_call"), isoUtc(g.last)},
                                     {QStringLiteral("calls"), g.count}});

    // Complaints the victim's numbers made.
    struct Complaint
    {
        qint64 time, sourceId, line;
        QJsonObject json;
    };
    std::vector<Complaint> complaints;
    Statement comp = db.prepare(QStringLiteral(
        "SELECT c.source_id, s.name, c.line, c.time_utc, c.reported, r.value, coalesce(c.category, ''), "
        "coalesce(c.text, '') FROM complaints c JOIN sources s ON s.id = c.source_id "
        "JOIN numbers r ON r.id = c.reported WHERE c.complainant = ?"));
    for (qint64 n : numbers) {
        comp.reset();
        comp.bind(1, n);
        while (comp.step()) {
            const auto op = operatorOf.constFind(comp.int64(4));
            const qint64 t = comp.isNull(3) ? 0 : comp.int64(3);
            complaints.push_back(
                {t, comp.int64(0), comp.int64(2),
                 QJsonObject{
                     {QStringLiteral("source"), comp.text(1)},
                     {QStringLiteral("line"), comp.int64(2)},
                     {QStringLiteral("complainant"), valueOf.value(n)},
                     {QStringLiteral("reported"), comp.text(5)},
                     {QStringLiteral("operator"),
                      op == operatorOf.constEnd() ? QJsonValue() : QJsonValue(op->op)},
                     {QStringLiteral("time_utc"), comp.isNull(3) ? QJsonValue() : QJsonValue(isoUtc(t))},
                     {QStringLiteral("category"), comp.text(6)},
                     {QStringLiteral("text"), comp.text(7)}}});
        }
    }
    std::sort(complaints.begin(), complaints.end(), [](const Complaint &a, const Complaint &b) {
        return std::tie(a.time, a.sourceId, a.line) < std::tie(b.time, b.sourceId, b.line);
    });
    QJsonArray complaintsJson;
    for (const Complaint &x : complaints)
        complaintsJson.append(x.json);

    QStringList numberValues = valueOf.values();
    numberValues.sort();
    return QJsonObject{{QStringLiteral("input"), input},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("numbers"), QJsonArray::fromStringList(numberValues)},
                       {QStringLiteral("run"), runId},
                       {QStringLiteral("leaks"), leaks},
                       {QStringLiteral("calls"), callsJson},
                       {QStringLiteral("complaints"), complaintsJson},
                       {QStringLiteral("truncated"), c.truncated}};
}

} // namespace dt::analysis
