// A detection run as the rows it is stored as (Detector::Prepared): made where the run was computed,
// written to a file, read and stored by the process that holds the case's writer lock. The GUI
// computes its runs in a dialtrace-cli process this way, so that the detector's peak (gigabytes at
// 10M calls) is never in the GUI's memory.
#include "analysis/detection.h"
#include "analysis/findingsjson.h"
#include "analysis/parallel.h"
#include "case/casefile.h"
#include "dt/version.h"

#include <atomic>
#include <QDataStream>
#include <QIODevice>
#include <QJsonDocument>

namespace dt::analysis {

namespace {

// The file's first bytes and version: a file of another kind or version is refused, never guessed at.
constexpr quint32 kMagic = 0x44545052; // "DTPR"
constexpr quint32 kVersion = 1;

} // namespace

Detector::Prepared Detector::prepare(const Result &r)
{
    Prepared p;
    const Findings &f = r.findings;
    p.startedUtc = f.run.startedUtc;
    p.finishedUtc = f.run.finishedUtc;
    p.parameters = QJsonDocument(f.run.parameters).toJson(QJsonDocument::Compact);
    p.toolVersion = QStringLiteral(DT_VERSION_STRING);
    p.inputDigest = f.run.inputDigest;
    p.calls = r.calls;
    p.suspects = qint64(f.suspects.size());
    p.operators = qint64(f.operators.size());
    p.lineageEdges = qint64(f.lineage.size());
    // The JSON of tens of thousands of findings is made on two threads (each its own objects),
    // then kept in the order it is inserted. The operators come first: one with a hundred thousand
    // links of evidence is as much text as all the suspects, so the threads take the next finding
    // as they finish one rather than fixed halves.
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
    auto add = [&p](const char *kind, const QString &subject, std::optional<double> score, QByteArray data) {
        p.rows.push_back({QByteArray(kind), subject, score, std::move(data)});
    };
    p.rows.reserve(jobs + f.handsetRotations.size() + f.leakLists.size() + f.lineage.size() +
                   f.compilations.size());
    for (size_t k = 0; k < f.suspects.size(); ++k)
        add("suspect", f.suspects[k].key, f.suspects[k].score, std::move(suspectData[k]));
    for (size_t k = 0; k < f.legitimate.size(); ++k)
        add("suspect", f.legitimate[k].key, f.legitimate[k].score, std::move(legitimateData[k]));
    for (size_t k = 0; k < f.violations.size(); ++k)
        add("violation", f.violations[k].number, std::nullopt, std::move(violationData[k]));
    for (size_t k = 0; k < f.operators.size(); ++k)
        add("operator", f.operators[k].id, std::nullopt, std::move(operatorData[k]));
    for (const HandsetRotation &h : f.handsetRotations)
        add("handset_rotation", h.imei, std::nullopt, json(FindingsJson::toJson(h)));
    for (const ListSummary &l : f.leakLists)
        add("leak_list", l.source, std::nullopt, json(FindingsJson::toJson(l)));
    for (const Resale &e : f.lineage)
        add("lineage", e.parent + QStringLiteral(" -> ") + e.child, std::nullopt,
            json(FindingsJson::toJson(e)));
    for (const Compilation &c : f.compilations)
        add("compilation", c.source, std::nullopt, json(FindingsJson::toJson(c)));
    return p;
}

qint64 Detector::store(CaseFile &cf, const Prepared &p, QString *error)
{
    if (!cf.checkWritable(error))
        return 0;
    Database &db = cf.db();
    Transaction tx(db);
    Statement run = db.prepare(QStringLiteral("INSERT INTO analysis_runs(kind, started_utc, finished_utc, "
                                              "params, tool_version, input_digest, status) "
                                              "VALUES('detection', ?, ?, ?, ?, ?, 'ok')"));
    run.bind(1, p.startedUtc)
        .bind(2, p.finishedUtc)
        .bind(3, QString::fromUtf8(p.parameters))
        .bind(4, p.toolVersion)
        .bind(5, p.inputDigest);
    if (!run.exec()) {
        *error = db.lastError();
        return 0;
    }
    const qint64 runId = db.lastInsertId();
    Statement row = db.prepare(
        QStringLiteral("INSERT INTO findings(run_id, kind, subject, score, data) VALUES(?,?,?,?,?)"));
    for (const Prepared::Row &r : p.rows) {
        row.reset();
        row.bind(1, runId).bind(2, r.kind.constData()).bind(3, r.subject);
        if (r.score)
            row.bind(4, *r.score);
        else
            row.bindNull(4);
        row.bind(5, r.data.constData());
        if (!row.exec()) {
            *error = db.lastError();
            return 0;
        }
    }
    if (!cf.audit().append(QStringLiteral("analyze"),
                           QJsonObject{{QStringLiteral("run_id"), runId},
                                       {QStringLiteral("kind"), QStringLiteral("detection")},
                                       {QStringLiteral("input_digest"), p.inputDigest},
                                       {QStringLiteral("calls"), p.calls},
                                       {QStringLiteral("suspects"), p.suspects},
                                       {QStringLiteral("operators"), p.operators},
                                       {QStringLiteral("lineage_edges"), p.lineageEdges}},
                           error))
        return 0;
    if (!tx.commit()) {
        *error = db.lastError();
        return 0;
    }
    return runId;
}

bool Detector::writePrepared(const Prepared &p, QIODevice *out, QString *error)
{
    QDataStream s(out);
    s.setVersion(QDataStream::Qt_6_4);
    s << kMagic << kVersion << p.startedUtc << p.finishedUtc << p.parameters << p.toolVersion << p.inputDigest
      << p.calls << p.suspects << p.operators << p.lineageEdges << quint64(p.rows.size());
    for (const Prepared::Row &r : p.rows)
        s << r.kind << r.subject << bool(r.score) << r.score.value_or(0) << r.data;
    if (s.status() != QDataStream::Ok) {
        *error = tr("cannot write the analysis run: %1").arg(out->errorString());
        return false;
    }
    return true;
}

bool Detector::readPrepared(QIODevice *in, Prepared *out, QString *error)
{
    QDataStream s(in);
    s.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, version = 0;
    s >> magic >> version;
    if (magic != kMagic || version != kVersion) {
        *error = tr("not an analysis run of this version of DialTrace");
        return false;
    }
    Prepared p;
    quint64 rows = 0;
    s >> p.startedUtc >> p.finishedUtc >> p.parameters >> p.toolVersion >> p.inputDigest >> p.calls >>
        p.suspects >> p.operators >> p.lineageEdges >> rows;
    for (quint64 k = 0; k < rows && s.status() == QDataStream::Ok; ++k) {
        Prepared::Row r;
        bool scored = false;
        double score = 0;
        s >> r.kind >> r.subject >> scored >> score >> r.data;
        if (scored)
            r.score = score;
        p.rows.push_back(std::move(r));
    }
    if (s.status() != QDataStream::Ok || !s.atEnd()) {
        *error = tr("the analysis run is cut short or damaged");
        return false;
    }
    *out = std::move(p);
    return true;
}

} // namespace dt::analysis
