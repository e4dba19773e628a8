// Storing a detection run in the case and reading its findings back (Detector::analyzeCase,
// Detector::latestFindings).
#include "analysis/detection.h"
#include "analysis/findingsjson.h"
#include "analysis/leaktrace.h"
#include "analysis/parallel.h"
#include "case/casefile.h"
#include "case/verdictoverrides.h"
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

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

bool Detector::compute(Database &db, const QJsonObject &params, Result *result, QString *error,
                       const std::atomic_bool *cancel)
{
    const QString started = utcNowIso();
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
    c.load(db, t.numberKey.size(), nullptr); // as before: a read error leaves what was read
    phase("load complaints");
    // Local hours are the case's unless the parameters name a zone.
    QJsonObject withZone = params;
    if (withZone.value(QStringLiteral("timezone")).toString().isEmpty() &&
        !withZone.contains(QStringLiteral("timezone_offset")))
        withZone.insert(QStringLiteral("timezone"), CaseFile::timeZoneOf(db));
    // The analyst's verdicts recorded in the case, unless the parameters give them: the run keeps
    // them in its parameters, so its findings say which judgements they rest on.
    if (!withZone.contains(QStringLiteral("analyst_verdicts"))) {
        QJsonObject judged;
        for (const VerdictOverride &v : VerdictOverrides::all(db))
            judged.insert(v.number, QJsonObject{{QStringLiteral("verdict"), v.verdict},
                                                {QStringLiteral("reason"), v.reason},
                                                {QStringLiteral("analyst"), v.author}});
        if (!judged.isEmpty())
            withZone.insert(QStringLiteral("analyst_verdicts"), judged);
    }
    Detector d(withZone);
    if (!d.m_clock.isValid()) {
        *error = tr("unknown time zone '%1' in the analysis parameters").arg(d.m_clock.zone());
        return false;
    }
    // The lists are read first: detection weighs each caller's callees against them.
    LeakTrace leaks;
    if (!leaks.prepare(db, t, d.m_params, error, cancel))
        return false;
    const ListMembership lists = leaks.membership();
    clock.restart();
    if (!d.run(t, c, error, &lists))
        return false;
    result->phaseMs += d.m_phaseMs;
    clock.restart();
    if (!leaks.trace(db, t, d.m_operators, d.m_params, error, cancel))
        return false;
    for (const auto &p : std::as_const(leaks.phaseMs))
        result->phaseMs.append({QStringLiteral("leaks: ") + p.first, p.second});
    clock.restart();
    Findings &f = result->findings;
    f = Findings();
    f.run.parameters = d.m_params;
    f.run.toolVersion = QStringLiteral(DT_VERSION_STRING);
    for (const LeakList &l : leaks.lists)
        f.leakLists.push_back(l.summary());
    for (size_t o = 0; o < leaks.byOperator.size() && o < d.m_operators.size(); ++o)
        for (const LeakAttribution &a : leaks.byOperator[o])
            d.m_operators[o].leaks.push_back(leaks.attribution(a));
    for (const LineageEdge &e : leaks.lineage)
        f.lineage.push_back(leaks.resale(e));
    f.compilations = leaks.compilations();
    digest.join();
    phase("wait for digest");
    f.run.startedUtc = started;
    f.run.finishedUtc = utcNowIso();
    // The findings depend on the calls and on the leaked lists: the digest covers both.
    f.run.inputDigest =
        leaks.lists.empty()
            ? t.digest
            : QString::fromLatin1(
                  QCryptographicHash::hash((t.digest + leaks.digest).toLatin1(), QCryptographicHash::Sha256)
                      .toHex());
    result->calls = qint64(t.size());
    // Flagged numbers are the suspects; the rest were kept as legitimate high volume.
    const double flag = d.param("flag_score");
    for (Suspect &s : d.m_suspects)
        (s.flagged(flag) ? f.suspects : f.legitimate).push_back(std::move(s));
    f.operators = std::move(d.m_operators);
    f.violations = std::move(d.m_violations);
    f.handsetRotations = std::move(d.m_rotations);
    phase("results");
    return true;
}

qint64 Detector::store(CaseFile &cf, const Result &r, QString *error)
{
    if (!cf.checkWritable(error))
        return 0;
    Database &db = cf.db();
    Transaction tx(db);
    Statement run = db.prepare(QStringLiteral("INSERT INTO analysis_runs(kind, started_utc, finished_utc, "
                                              "params, tool_version, input_digest, status) "
                                              "VALUES('detection', ?, ?, ?, ?, ?, 'ok')"));
    run.bind(1, r.findings.run.startedUtc)
        .bind(2, r.findings.run.finishedUtc)
        .bind(3, compact(r.findings.run.parameters))
        .bind(4, QStringLiteral(DT_VERSION_STRING))
        .bind(5, r.findings.run.inputDigest);
    if (!run.exec()) {
        *error = db.lastError();
        return 0;
    }
    const qint64 runId = db.lastInsertId();
    // The JSON of tens of thousands of findings is made on two threads (each its own objects),
    // then inserted in order. The operators come first: one with a hundred thousand links of
    // evidence is as much text as all the suspects, so the threads take the next finding as they
    // finish one rather than fixed halves.
    const Findings &f = r.findings;
    std::vector<QByteArray> operatorData(f.operators.size()), suspectData(f.suspects.size()),
        legitimateData(f.legitimate.size()), violationData(f.violations.size());
    const size_t jobs =
        operatorData.size() + suspectData.size() + legitimateData.size() + violationData.size();
    std::atomic<size_t> nextJob{0};
    auto json = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
    runParallel(2, [&](size_t) {
        for (size_t k = nextJob++; k < jobs; k = nextJob++) {
            if (k < operatorData.size()) {
                operatorData[k] = json(FindingsJson::toJson(f.operators[k]));
                continue;
            }
            k -= operatorData.size();
            if (k < suspectData.size()) {
                suspectData[k] = json(FindingsJson::toJson(f.suspects[k]));
                continue;
            }
            k -= suspectData.size();
            if (k < legitimateData.size()) {
                legitimateData[k] = json(FindingsJson::toJson(f.legitimate[k]));
                continue;
            }
            k -= legitimateData.size();
            violationData[k] = json(FindingsJson::toJson(f.violations[k]));
        }
    });
    Statement row = db.prepare(
        QStringLiteral("INSERT INTO findings(run_id, kind, subject, score, data) VALUES(?,?,?,?,?)"));
    auto add = [&](const char *kind, const QString &subject, const QVariant &score, const QByteArray &data) {
        row.reset();
        row.bind(1, runId).bind(2, kind).bind(3, subject);
        if (score.isValid())
            row.bind(4, score.toDouble());
        else
            row.bindNull(4);
        row.bind(5, data.constData());
        if (row.exec())
            return true;
        *error = db.lastError();
        return false;
    };
    for (size_t k = 0; k < f.suspects.size(); ++k)
        if (!add("suspect", f.suspects[k].key, f.suspects[k].score, suspectData[k]))
            return 0;
    for (size_t k = 0; k < f.legitimate.size(); ++k)
        if (!add("suspect", f.legitimate[k].key, f.legitimate[k].score, legitimateData[k]))
            return 0;
    for (size_t k = 0; k < f.violations.size(); ++k)
        if (!add("violation", f.violations[k].number, {}, violationData[k]))
            return 0;
    for (size_t k = 0; k < f.operators.size(); ++k)
        if (!add("operator", f.operators[k].id, {}, operatorData[k]))
            return 0;
    for (const HandsetRotation &h : f.handsetRotations)
        if (!add("handset_rotation", h.imei, {}, json(FindingsJson::toJson(h))))
            return 0;
    for (const ListSummary &l : f.leakLists)
        if (!add("leak_list", l.source, {}, json(FindingsJson::toJson(l))))
            return 0;
    for (const Resale &e : f.lineage)
        if (!add("lineage", e.parent + QStringLiteral(" -> ") + e.child, {}, json(FindingsJson::toJson(e))))
            return 0;
    for (const Compilation &c : f.compilations)
        if (!add("compilation", c.source, {}, json(FindingsJson::toJson(c))))
            return 0;
    if (!cf.audit().append(QStringLiteral("analyze"),
                           QJsonObject{{QStringLiteral("run_id"), runId},
                                       {QStringLiteral("kind"), QStringLiteral("detection")},
                                       {QStringLiteral("input_digest"), f.run.inputDigest},
                                       {QStringLiteral("calls"), r.calls},
                                       {QStringLiteral("suspects"), qint64(f.suspects.size())},
                                       {QStringLiteral("operators"), qint64(f.operators.size())},
                                       {QStringLiteral("lineage_edges"), qint64(f.lineage.size())}},
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
    if (!cf.checkWritable(error))
        return 0;
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

RunInfo Detector::latestRun(CaseFile &cf, QString *error)
{
    Statement run = cf.db().prepare(QStringLiteral(
        "SELECT id, started_utc, finished_utc, params, tool_version, input_digest FROM analysis_runs "
        "WHERE kind = 'detection' AND status = 'ok' ORDER BY id DESC LIMIT 1"));
    if (!run.step()) {
        *error = tr("%1: no analysis yet; run `dialtrace-cli analyze` first").arg(cf.path());
        return {};
    }
    RunInfo r;
    r.id = run.int64(0);
    r.startedUtc = run.text(1);
    r.finishedUtc = run.text(2);
    r.parameters = QJsonDocument::fromJson(run.text(3).toUtf8()).object();
    r.toolVersion = run.text(4);
    r.inputDigest = run.text(5);
    return r;
}

Findings Detector::latestFindings(CaseFile &cf, QString *error)
{
    Database &db = cf.db();
    Findings f;
    f.run = latestRun(cf, error);
    if (!f.run.id)
        return {};
    const double flag = f.run.parameter("flag_score", 0.5);
    Statement rows =
        db.prepare(QStringLiteral("SELECT kind, data FROM findings WHERE run_id = ? ORDER BY id"));
    rows.bind(1, f.run.id);
    while (rows.step()) {
        const QJsonObject o = QJsonDocument::fromJson(rows.text(1).toUtf8()).object();
        const QString kind = rows.text(0);
        if (kind == QLatin1String("operator")) {
            f.operators.push_back(FindingsJson::operatorFromJson(o));
        } else if (kind == QLatin1String("leak_list")) {
            f.leakLists.push_back(FindingsJson::listFromJson(o));
        } else if (kind == QLatin1String("lineage")) {
            f.lineage.push_back(FindingsJson::resaleFromJson(o));
        } else if (kind == QLatin1String("compilation")) {
            f.compilations.push_back(FindingsJson::compilationFromJson(o));
        } else if (kind == QLatin1String("violation")) {
            f.violations.push_back(FindingsJson::violationFromJson(o));
        } else if (kind == QLatin1String("handset_rotation")) {
            f.handsetRotations.push_back(FindingsJson::rotationFromJson(o));
        } else {
            Suspect s = FindingsJson::suspectFromJson(o);
            (s.flagged(flag) ? f.suspects : f.legitimate).push_back(std::move(s));
        }
    }
    return f;
}

QByteArray Detector::blocklistCsv(const Findings &findings)
{
    auto quote = [](QString v) {
        if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n')))
            v = QLatin1Char('"') + v.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        return v;
    };
    const QString run = QString::number(findings.run.id);
    QString out = QStringLiteral("number,category,confidence,reasons,analysis_run\r\n");
    for (const Suspect &s : findings.suspects) {
        QStringList codes;
        for (const Reason &r : s.reasons)
            codes << code(r.code);
        out += quote(s.key) + QLatin1Char(',') + code(s.category) + QLatin1Char(',') +
               QString::number(s.score, 'f', 3) + QLatin1Char(',') + quote(codes.join(QLatin1Char(' '))) +
               QLatin1Char(',') + run + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

} // namespace dt::analysis
