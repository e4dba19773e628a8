// Storing a detection run in the case and reading its findings back (Detector::analyzeCase,
// Detector::latestFindings).
#include "analysis/detection.h"
#include "analysis/leaktrace.h"
#include "analysis/parallel.h"
#include "case/casefile.h"
#include "core/osuser.h"
#include "dt/version.h"

#include <atomic>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <thread>

namespace dt::analysis {

namespace {

QString isoUtc(qint64 t)
{
    return t ? QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate) : QString();
}

QJsonObject suspectJson(const Suspect &s)
{
    QJsonArray reasons;
    for (const Reason &r : s.reasons)
        reasons.append(QJsonObject{{QStringLiteral("code"), r.code},
                                   {QStringLiteral("text"), r.text},
                                   {QStringLiteral("weight"), r.weight}});
    return QJsonObject{{QStringLiteral("number"), s.key},
                       {QStringLiteral("score"), std::round(s.score * 1000.0) / 1000.0},
                       {QStringLiteral("category"), s.category},
                       {QStringLiteral("legitimate"), s.legitimate},
                       {QStringLiteral("reasons"), reasons},
                       {QStringLiteral("profile"), s.profile.toJson()}};
}

QJsonObject operatorJson(const Operator &o)
{
    return QJsonObject{{QStringLiteral("id"), o.id},
                       {QStringLiteral("numbers"), QJsonArray::fromStringList(o.numbers)},
                       {QStringLiteral("imeis"), QJsonArray::fromStringList(o.imeis)},
                       {QStringLiteral("evidence"), o.evidence},
                       {QStringLiteral("first_call"), isoUtc(o.firstCall)},
                       {QStringLiteral("last_call"), isoUtc(o.lastCall)},
                       {QStringLiteral("calls"), o.calls},
                       {QStringLiteral("victims"), o.victims}};
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

bool Detector::compute(Database &db, const QJsonObject &params, Result *result, QString *error,
                       const std::atomic_bool *cancel)
{
    result->startedUtc = utcNowIso();
    QElapsedTimer clock;
    clock.start();
    result->phaseMs.clear();
    auto phase = [&](const char *name) { result->phaseMs.append({QLatin1String(name), clock.restart()}); };
    CallTable t;
    if (!t.load(db, error, cancel, false))
        return false;
    phase("load calls");
    // The input digest (SHA-256 over every call) is hashed beside the analysis, which only reads t.
    std::thread digest([&t] { t.computeDigest(); });
    struct Join
    {
        std::thread &th;
        ~Join()
        {
            if (th.joinable())
                th.join();
        }
    } joinDigest{digest};
    ComplaintIndex c;
    c.complainantsOf.assign(t.numberKey.size(), {});
    c.fraud.assign(t.numberKey.size(), 0);
    Statement cs = db.prepare(QStringLiteral(
        "SELECT reported, coalesce(complainant, 0), coalesce(category, ''), coalesce(time_utc, 0), id "
        "FROM complaints ORDER BY id"));
    while (cs.step()) {
        const size_t reported = size_t(cs.int64(0));
        c.entries.push_back({qint32(cs.int64(0)), qint32(cs.int64(1)), cs.int64(3), cs.int64(4)});
        if (reported >= c.complainantsOf.size())
            continue;
        auto &list = c.complainantsOf[reported];
        const qint32 who = qint32(cs.int64(1));
        if (who && std::find(list.begin(), list.end(), who) == list.end())
            list.push_back(who);
        if (cs.text(2).contains(QStringLiteral("诈骗")) ||
            cs.text(2).contains(QLatin1String("fraud"), Qt::CaseInsensitive))
            ++c.fraud[reported];
    }
    phase("load complaints");
    // Local hours are the case's unless the parameters name a zone.
    QJsonObject withZone = params;
    if (withZone.value(QStringLiteral("timezone")).toString().isEmpty() &&
        !withZone.contains(QStringLiteral("timezone_offset")))
        withZone.insert(QStringLiteral("timezone"), CaseFile::timeZoneOf(db));
    Detector d(withZone);
    if (!d.m_clock.isValid()) {
        *error = tr("unknown time zone '%1' in the analysis parameters").arg(d.m_clock.zone());
        return false;
    }
    if (!d.run(t, c, error))
        return false;
    result->phaseMs += d.m_phaseMs;
    clock.restart();
    LeakTrace leaks;
    if (!leaks.compute(db, t, d.m_operators, d.m_params, error, cancel))
        return false;
    for (const auto &p : std::as_const(leaks.phaseMs))
        result->phaseMs.append({QStringLiteral("leaks: ") + p.first, p.second});
    clock.restart();
    result->leakLists = {};
    for (const LeakList &l : leaks.lists)
        result->leakLists.append(l.toJson());
    result->operatorLeaks.assign(d.m_operators.size(), {});
    for (size_t o = 0; o < leaks.byOperator.size(); ++o)
        for (const LeakAttribution &a : leaks.byOperator[o])
            result->operatorLeaks[o].append(leaks.attributionJson(a));
    result->lineage = {};
    for (const LineageEdge &e : leaks.lineage)
        result->lineage.append(leaks.lineageJson(e));
    result->compilations = leaks.compilationsJson();
    result->params = d.m_params;
    digest.join();
    phase("wait for digest");
    result->finishedUtc = utcNowIso();
    // The findings depend on the calls and on the leaked lists: the digest covers both.
    result->inputDigest =
        leaks.lists.empty()
            ? t.digest
            : QString::fromLatin1(
                  QCryptographicHash::hash((t.digest + leaks.digest).toLatin1(), QCryptographicHash::Sha256)
                      .toHex());
    result->calls = qint64(t.size());
    result->suspects = d.m_suspects;
    result->operators = d.m_operators;
    result->violations = d.m_violations;
    phase("results");
    return true;
}

qint64 Detector::store(CaseFile &cf, const Result &r, QString *error)
{
    if (cf.isReadOnly()) {
        *error = tr("%1: the case is read-only (%2)").arg(cf.path(), cf.readOnlyReason());
        return 0;
    }
    Database &db = cf.db();
    Transaction tx(db);
    Statement run = db.prepare(QStringLiteral("INSERT INTO analysis_runs(kind, started_utc, finished_utc, "
                                              "params, tool_version, input_digest, status) "
                                              "VALUES('detection', ?, ?, ?, ?, ?, 'ok')"));
    run.bind(1, r.startedUtc)
        .bind(2, r.finishedUtc)
        .bind(3, compact(r.params))
        .bind(4, QStringLiteral(DT_VERSION_STRING))
        .bind(5, r.inputDigest);
    if (!run.exec()) {
        *error = db.lastError();
        return 0;
    }
    const qint64 runId = db.lastInsertId();
    const double flag = r.params.value(QStringLiteral("flag_score")).toDouble(0.5);
    // The JSON of tens of thousands of findings is made on two threads (each its own objects),
    // then inserted in order. The operators come first: one with a hundred thousand links of
    // evidence is as much text as all the suspects, so the threads take the next finding as they
    // finish one rather than fixed halves.
    std::vector<QByteArray> operatorData(r.operators.size()), suspectData(r.suspects.size()),
        violationData(r.violations.size());
    const size_t jobs = operatorData.size() + suspectData.size() + violationData.size();
    std::atomic<size_t> nextJob{0};
    runParallel(2, [&](size_t) {
        for (size_t k = nextJob++; k < jobs; k = nextJob++) {
            if (k < operatorData.size()) {
                QJsonObject o = operatorJson(r.operators[k]);
                o.insert(QStringLiteral("leaks"),
                         k < r.operatorLeaks.size() ? r.operatorLeaks[k] : QJsonArray());
                operatorData[k] = QJsonDocument(o).toJson(QJsonDocument::Compact);
                continue;
            }
            k -= operatorData.size();
            if (k < suspectData.size()) {
                suspectData[k] = QJsonDocument(suspectJson(r.suspects[k])).toJson(QJsonDocument::Compact);
                continue;
            }
            k -= suspectData.size();
            violationData[k] = QJsonDocument(r.violations[k]).toJson(QJsonDocument::Compact);
        }
    });
    Statement f = db.prepare(
        QStringLiteral("INSERT INTO findings(run_id, kind, subject, score, data) VALUES(?,?,?,?,?)"));
    qint64 flagged = 0;
    for (size_t k = 0; k < r.suspects.size(); ++k) {
        const Suspect &s = r.suspects[k];
        f.reset();
        f.bind(1, runId)
            .bind(2, "suspect")
            .bind(3, s.key)
            .bind(4, s.score)
            .bind(5, suspectData[k].constData());
        if (!f.exec()) {
            *error = db.lastError();
            return 0;
        }
        flagged += !s.legitimate && s.score >= flag;
    }
    for (size_t k = 0; k < r.violations.size(); ++k) {
        f.reset();
        f.bind(1, runId)
            .bind(2, "violation")
            .bind(3, r.violations[k].value(QStringLiteral("number")).toString())
            .bindNull(4)
            .bind(5, violationData[k].constData());
        if (!f.exec()) {
            *error = db.lastError();
            return 0;
        }
    }
    auto add = [&](const QString &kind, const QString &subject, const QJsonObject &data) {
        f.reset();
        f.bind(1, runId).bind(2, kind).bind(3, subject).bindNull(4).bind(5, compact(data));
        if (f.exec())
            return true;
        *error = db.lastError();
        return false;
    };
    for (size_t k = 0; k < r.operators.size(); ++k) {
        f.reset();
        f.bind(1, runId)
            .bind(2, "operator")
            .bind(3, r.operators[k].id)
            .bindNull(4)
            .bind(5, operatorData[k].constData());
        if (!f.exec()) {
            *error = db.lastError();
            return 0;
        }
    }
    for (const auto &v : r.leakLists)
        if (!add(QStringLiteral("leak_list"), v.toObject().value(QStringLiteral("source")).toString(),
                 v.toObject()))
            return 0;
    for (const auto &v : r.lineage) {
        const QJsonObject e = v.toObject();
        if (!add(QStringLiteral("lineage"),
                 e.value(QStringLiteral("parent")).toString() + QStringLiteral(" -> ") +
                     e.value(QStringLiteral("child")).toString(),
                 e))
            return 0;
    }
    for (const auto &v : r.compilations)
        if (!add(QStringLiteral("compilation"), v.toObject().value(QStringLiteral("source")).toString(),
                 v.toObject()))
            return 0;
    if (!cf.audit().append(QStringLiteral("analyze"),
                           QJsonObject{{QStringLiteral("run_id"), runId},
                                       {QStringLiteral("kind"), QStringLiteral("detection")},
                                       {QStringLiteral("input_digest"), r.inputDigest},
                                       {QStringLiteral("calls"), r.calls},
                                       {QStringLiteral("suspects"), flagged},
                                       {QStringLiteral("operators"), qint64(r.operators.size())},
                                       {QStringLiteral("lineage_edges"), qint64(r.lineage.size())}},
                           error))
        return 0;
    if (!tx.commit()) {
        *error = db.lastError();
        return 0;
    }
    return runId;
}

qint64 Detector::analyzeCase(CaseFile &cf, const QJsonObject &params, QString *error,
                             QList<QPair<QString, qint64>> *phaseMs, Result *result)
{
    if (cf.isReadOnly()) {
        *error = tr("%1: the case is read-only (%2)").arg(cf.path(), cf.readOnlyReason());
        return 0;
    }
    Result r;
    if (!compute(cf.db(), params, &r, error))
        return 0;
    QElapsedTimer clock;
    clock.start();
    const qint64 run = store(cf, r, error);
    if (phaseMs) {
        *phaseMs = r.phaseMs;
        phaseMs->append({QStringLiteral("store"), clock.elapsed()});
    }
    if (result)
        *result = std::move(r);
    return run;
}

QJsonObject Detector::latestFindings(CaseFile &cf, QString *error)
{
    Database &db = cf.db();
    Statement run = db.prepare(QStringLiteral(
        "SELECT id, started_utc, finished_utc, params, tool_version, input_digest FROM analysis_runs "
        "WHERE kind = 'detection' AND status = 'ok' ORDER BY id DESC LIMIT 1"));
    if (!run.step()) {
        *error = tr("%1: no analysis yet; run `dialtrace-cli analyze` first").arg(cf.path());
        return {};
    }
    const qint64 runId = run.int64(0);
    QJsonArray suspects, legitimate, operators, violations, leakLists, lineage, compilations;
    Statement f = db.prepare(QStringLiteral("SELECT kind, data FROM findings WHERE run_id = ? ORDER BY id"));
    f.bind(1, runId);
    const double flag = QJsonDocument::fromJson(run.text(3).toUtf8())
                            .object()
                            .value(QStringLiteral("flag_score"))
                            .toDouble(0.5);
    while (f.step()) {
        const QJsonObject o = QJsonDocument::fromJson(f.text(1).toUtf8()).object();
        const QString kind = f.text(0);
        if (kind == QLatin1String("operator"))
            operators.append(o);
        else if (kind == QLatin1String("leak_list"))
            leakLists.append(o);
        else if (kind == QLatin1String("lineage"))
            lineage.append(o);
        else if (kind == QLatin1String("compilation"))
            compilations.append(o);
        else if (kind == QLatin1String("violation"))
            violations.append(o);
        else if (o.value(QStringLiteral("legitimate")).toBool() ||
                 o.value(QStringLiteral("score")).toDouble() < flag)
            legitimate.append(o);
        else
            suspects.append(o);
    }
    return QJsonObject{
        {QStringLiteral("run"),
         QJsonObject{{QStringLiteral("id"), runId},
                     {QStringLiteral("started_utc"), run.text(1)},
                     {QStringLiteral("finished_utc"), run.text(2)},
                     {QStringLiteral("parameters"), QJsonDocument::fromJson(run.text(3).toUtf8()).object()},
                     {QStringLiteral("tool_version"), run.text(4)},
                     {QStringLiteral("input_digest"), run.text(5)}}},
        {QStringLiteral("suspects"), suspects},
        {QStringLiteral("legitimate_high_volume"), legitimate},
        {QStringLiteral("operators"), operators},
        {QStringLiteral("violations"), violations},
        {QStringLiteral("leak_lists"), leakLists},
        {QStringLiteral("lineage"), lineage},
        {QStringLiteral("compilations"), compilations}};
}

QByteArray Detector::blocklistCsv(const QJsonObject &findings)
{
    auto quote = [](QString v) {
        if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n')))
            v = QLatin1Char('"') + v.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        return v;
    };
    const QString run = QString::number(
        findings.value(QStringLiteral("run")).toObject().value(QStringLiteral("id")).toInteger());
    QString out = QStringLiteral("number,category,confidence,reasons,analysis_run\r\n");
    for (const auto &v : findings.value(QStringLiteral("suspects")).toArray()) {
        const QJsonObject s = v.toObject();
        QStringList codes;
        for (const auto &r : s.value(QStringLiteral("reasons")).toArray())
            codes << r.toObject().value(QStringLiteral("code")).toString();
        out += quote(s.value(QStringLiteral("number")).toString()) + QLatin1Char(',') +
               s.value(QStringLiteral("category")).toString() + QLatin1Char(',') +
               QString::number(s.value(QStringLiteral("score")).toDouble(), 'f', 3) + QLatin1Char(',') +
               quote(codes.join(QLatin1Char(' '))) + QLatin1Char(',') + run + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

} // namespace dt::analysis
