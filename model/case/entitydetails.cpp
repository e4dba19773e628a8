#include "case/entitydetails.h"

#include "case/casefile.h"
#include "core/text.h"
#include "phone/idcard.h"
#include "phone/lookup.h"
#include "phone/maskedphone.h"
#include "phone/phonenumber.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace dt {

namespace {

void leakHits(Database &db, const QString &where, const QVariant &arg, int limit, QVector<LeakHit> *out)
{
    Statement st = db.prepare(
        QStringLiteral("SELECT s.name, l.line, coalesce(l.name, ''), coalesce(n.value, l.phone_pattern, ''), "
                       "coalesce(l.id_card, '') FROM leak_records l JOIN sources s ON s.id = l.source_id "
                       "LEFT JOIN numbers n ON n.id = l.phone WHERE ") +
        where + QStringLiteral(" ORDER BY s.id, l.line LIMIT %1").arg(limit));
    if (arg.typeId() == QMetaType::LongLong)
        st.bind(1, arg.toLongLong());
    else
        st.bind(1, arg.toString());
    while (st.step())
        out->push_back({st.text(0), st.int64(1), st.text(2), st.text(3), st.text(4)});
}

void complaintHits(Database &db, const char *column, qint64 id, int limit, QVector<ComplaintHit> *out)
{
    Statement st = db.prepare(
        QStringLiteral("SELECT s.name, c.line, coalesce(c.time_utc, 0), r.value, coalesce(p.value, ''), "
                       "coalesce(c.category, ''), coalesce(c.text, '') FROM complaints c "
                       "JOIN sources s ON s.id = c.source_id JOIN numbers r ON r.id = c.reported "
                       "LEFT JOIN numbers p ON p.id = c.complainant WHERE c.") +
        QLatin1String(column) + QStringLiteral(" = ? ORDER BY c.time_utc LIMIT %1").arg(limit));
    st.bind(1, id);
    while (st.step())
        out->push_back(
            {st.text(0), st.int64(1), st.int64(2), st.text(3), st.text(4), st.text(5), st.text(6)});
}

/// An operator of the latest analysis run by its id, or a leaked list by its source name.
bool describeFinding(Database &db, EntityDetails *d)
{
    Statement src =
        db.prepare(QStringLiteral("SELECT file_name, sha256, coalesce(acquired, ''), rows_accepted, "
                                  "rows_rejected FROM sources WHERE kind = 'leak' AND name = ?"));
    src.bind(1, d->input);
    const bool isList = src.step();
    if (isList) {
        d->kind = QStringLiteral("leak_list");
        d->source = QJsonObject{{QStringLiteral("file_name"), src.text(0)},
                                {QStringLiteral("sha256"), src.text(1)},
                                {QStringLiteral("acquired"), src.text(2)},
                                {QStringLiteral("accepted"), src.int64(3)},
                                {QStringLiteral("rejected"), src.int64(4)}};
    }
    // The findings are looked at only for what can name one (the table has no index on subject).
    static const QRegularExpression operatorId(QStringLiteral("^OPR-\\d+$"));
    if (!isList && !operatorId.match(d->input).hasMatch())
        return false;
    Statement f = db.prepare(QStringLiteral(
        "SELECT kind, data, run_id FROM findings WHERE run_id = (SELECT max(id) FROM analysis_runs WHERE "
        "status = 'ok') AND kind = ? AND subject = ?"));
    f.bind(1, isList ? QStringLiteral("leak_list") : QStringLiteral("operator")).bind(2, d->input);
    if (f.step()) {
        d->kind = f.text(0);
        d->finding = QJsonDocument::fromJson(f.text(1).toUtf8()).object();
        d->runId = f.int64(2);
    }
    if (d->kind.isEmpty())
        return false;
    d->key = d->input;
    d->inCase = true;
    return true;
}

} // namespace

EntityDetails EntityLookup::describe(CaseFile &cf, const QString &value, int limit)
{
    EntityDetails d;
    d.input = value.trimmed();
    Database &db = cf.db();
    if (describeFinding(db, &d))
        return d;
    if (isChineseName(d.input)) {
        d.kind = QStringLiteral("name");
        leakHits(db, QStringLiteral("l.name = ?"), d.input, limit, &d.leaks);
        d.inCase = !d.leaks.isEmpty();
        return d;
    }
    d.offline = lookupValue(d.input);
    d.kind = d.offline.value(QStringLiteral("kind")).toString();
    if (d.kind == QLatin1String("id_card")) {
        const IdCardInfo id = IdCard::parse(d.input);
        leakHits(db, QStringLiteral("l.id_card = ?"), id.normalized, limit, &d.leaks);
        d.inCase = !d.leaks.isEmpty();
        return d;
    }
    if (d.kind == QLatin1String("masked_phone")) {
        const MaskedPhone m = MaskedPhone::parse(d.input);
        MaskIndex idx;
        Statement st = db.prepare(
            QStringLiteral("SELECT id, substr(value, 4) FROM numbers WHERE value LIKE '+861__________' "
                           "AND length(value) = 14"));
        while (st.step())
            idx.add(st.text(1), st.int64(0));
        for (qint64 id : idx.candidates(m)) {
            if (d.candidates.size() >= limit)
                break;
            d.candidates
                << db.scalar(QStringLiteral("SELECT value FROM numbers WHERE id = %1").arg(id)).toString();
        }
        leakHits(db, QStringLiteral("l.phone_pattern = ?"), m.pattern, limit, &d.leaks);
        d.inCase = !d.candidates.isEmpty() || !d.leaks.isEmpty();
        return d;
    }
    if (d.kind == QLatin1String("imei")) {
        // Handsets of one model batch: the same Type Allocation Code (first 8 digits).
        const QString tac = d.offline.value(QStringLiteral("tac")).toString();
        Statement st = db.prepare(
            // The calls of those devices in one pass over the calls (there is no index by device).
            QStringLiteral("WITH tac AS (SELECT id, imei FROM devices WHERE substr(imei, 1, 8) = ?1), "
                           "used AS MATERIALIZED (SELECT DISTINCT device, caller FROM calls WHERE device IN "
                           "(SELECT id FROM tac)) "
                           "SELECT d.imei, group_concat(DISTINCT n.value) FROM tac d "
                           "LEFT JOIN used c ON c.device = d.id LEFT JOIN numbers n ON n.id = c.caller "
                           "GROUP BY d.id ORDER BY d.imei LIMIT %1")
                .arg(limit));
        st.bind(1, tac);
        while (st.step())
            d.sameTac << st.text(0) + (st.isNull(1)
                                           ? QString()
                                           : QStringLiteral(" (") +
                                                 st.text(1).replace(QLatin1Char(','), QStringLiteral(", ")) +
                                                 QLatin1Char(')'));
        d.inCase = !d.sameTac.isEmpty();
        QString unknown; // a handset the case does not hold has no timeline
        DeviceTimelines::ofImei(db, d.offline.value(QStringLiteral("imei")).toString(), &d.handsets,
                                &unknown);
        return d;
    }
    if (d.kind != QLatin1String("phone"))
        return d;
    d.key = d.offline.value(QStringLiteral("number")).toString();
    Statement idq = db.prepare(QStringLiteral("SELECT id FROM numbers WHERE value = ?"));
    idq.bind(1, d.key);
    if (!idq.step())
        return d;
    const qint64 id = idq.int64(0);
    d.inCase = true;
    Statement calls = db.prepare(QStringLiteral(
        "SELECT sum(caller = ?1), sum(callee = ?1), count(DISTINCT CASE WHEN caller = ?1 THEN callee END), "
        "count(DISTINCT CASE WHEN callee = ?1 THEN caller END), min(start_utc), max(start_utc) FROM calls "
        "WHERE caller = ?1 OR callee = ?1"));
    calls.bind(1, id);
    if (calls.step()) {
        d.callsOut = calls.int64(0);
        d.callsIn = calls.int64(1);
        d.distinctCallees = calls.int64(2);
        d.distinctCallers = calls.int64(3);
        d.firstCall = calls.int64(4);
        d.lastCall = calls.int64(5);
    }
    Statement per = db.prepare(
        QStringLiteral("SELECT s.name, sum(n) FROM (SELECT source_id, count(*) AS n FROM calls "
                       "WHERE caller = ?1 OR callee = ?1 GROUP BY source_id UNION ALL "
                       "SELECT r.source_id, count(*) FROM call_rows r JOIN calls c ON c.id = r.call_id "
                       "WHERE c.caller = ?1 OR c.callee = ?1 GROUP BY r.source_id) "
                       "JOIN sources s ON s.id = source_id GROUP BY s.id ORDER BY s.id"));
    per.bind(1, id);
    while (per.step())
        d.rowsPerSource.push_back({per.text(0), per.int64(1)});
    Statement dev = db.prepare(QStringLiteral(
        "SELECT DISTINCT d.imei FROM calls c JOIN devices d ON d.id = c.device WHERE c.caller = ?1 "
        "UNION SELECT DISTINCT d.imei FROM calls c JOIN devices d ON d.id = c.callee_device WHERE c.callee = "
        "?1 LIMIT 50"));
    dev.bind(1, id);
    while (dev.step())
        d.devices << dev.text(0);
    QString unread; // the number is in the case: only an SQLite error leaves its timeline empty
    DeviceTimelines::ofNumber(db, d.key, &d.handsets, &unread);
    leakHits(db, QStringLiteral("l.phone = ?"), id, limit, &d.leaks);
    complaintHits(db, "reported", id, limit, &d.complaintsAgainst);
    complaintHits(db, "complainant", id, limit, &d.complaintsMade);
    return d;
}

} // namespace dt
