// Storing a detection run in the case and reading its findings back (Detector::analyzeCase,
// Detector::latestFindings).
#include "analysis/detection.h"
#include "analysis/findingsjson.h"
#include "analysis/leaktrace.h"
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

bool Detector::compute(Database &db, const QJsonObject &params, Result *result, QString *error,
                       const std::atomic_bool *cancel, const Progress &progress)
{
    // The phases' shares of a run of a large case (`analyze --timings`, docs/benchmarks.md).
    auto done = [&progress](int percent) {
        if (progress)
            progress(percent);
    };
    const QString started = utcNowIso();
    QElapsedTimer clock;
    clock.start();
    result->phaseMs.clear();
    auto phase = [&](const char *name) { result->phaseMs.append({QLatin1String(name), clock.restart()}); };
    CallTable t;
    if (!t.load(db, error, cancel, false))
        return false;
    phase("load calls");
    done(15);
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
    done(20);
    clock.restart();
    if (!d.run(t, c, error, &lists))
        return false;
    result->phaseMs += d.m_phaseMs;
    done(77);
    clock.restart();
    if (!leaks.trace(db, t, d.m_operators, d.m_params, error, cancel))
        return false;
    done(99);
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
    done(100);
    return true;
}

qint64 Detector::store(CaseFile &cf, const Result &r, QString *error)
{
    if (!cf.checkWritable(error))
        return 0;
    return store(cf, prepare(r), error);
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
