// Detection on the sample generator's hard variant: a human call centre of ordinary mobiles, a
// rotating operator without handset or cell data, two buyers of one list, and legitimate bulk callers
// of the public. Suspects, operators and leak attribution scored against the truth, per kind.
#include "analysis/describe.h"
#include "analysis/detection.h"
#include "analysis/evaluation.h"
#include "case/casefile.h"
#include "samplebuild.h"
#include "testutil.h"

#include <functional>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dt;
using namespace dt::analysis;

class TestDetectionHard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void evaluationByKind();
    void hardCase_data();
    void hardCase();
    void reasonsKeepTheirFigures_data();
    void reasonsKeepTheirFigures();
    void successionWithoutHandsets();
    void twoBuyersOfOneListStayApart();
    void eachBuyerHeldTogetherByItsOwnEvidence();
    void callCentreFoundAsOneOperationWithoutItsList();

private:
    /// The evaluation of a freshly analysed hard-variant case of @p seed (cached per seed).
    QJsonObject evaluated(quint64 seed, QJsonObject *truth = nullptr, Findings *findings = nullptr);
    QTemporaryDir m_dir;
    QHash<quint64, QJsonObject> m_eval, m_truth;
    QHash<quint64, Findings> m_findings;
};

QJsonObject TestDetectionHard::evaluated(quint64 seed, QJsonObject *truth, Findings *findings)
{
    if (!m_eval.contains(seed)) {
        QJsonObject t;
        const QString path = dttest::buildSampleCase(m_dir.path(), seed, &t, QStringLiteral("hard"));
        if (path.isEmpty())
            return {};
        QString error;
        auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
        if (!cf || Detector::analyzeCase(*cf, {}, &error) <= 0) {
            qWarning() << error;
            return {};
        }
        const Findings f = Detector::latestFindings(*cf, &error);
        m_eval.insert(seed, Evaluation::evaluate(f, t));
        m_truth.insert(seed, t);
        m_findings.insert(seed, f);
    }
    if (truth)
        *truth = m_truth.value(seed);
    if (findings)
        *findings = m_findings.value(seed);
    return m_eval.value(seed);
}

void TestDetectionHard::evaluationByKind()
{
    QJsonObject truth;
    const QJsonObject e = evaluated(1, &truth);
    QVERIFY(!e.isEmpty());
    const QJsonObject kinds = e.value(QStringLiteral("kinds")).toObject();
    // Every kind of the truth is counted, with its class and its numbers.
    for (const auto &v : truth.value(QStringLiteral("operators")).toArray()) {
        const QJsonObject o = v.toObject();
        const QJsonObject k = kinds.value(o.value(QStringLiteral("kind")).toString()).toObject();
        QCOMPARE(k.value(QStringLiteral("class")).toString(), QStringLiteral("suspect"));
        QCOMPARE(k.value(QStringLiteral("numbers")).toInteger(),
                 qint64(o.value(QStringLiteral("numbers")).toArray().size()));
        QCOMPARE(k.value(QStringLiteral("flagged")).toInteger() +
                     k.value(QStringLiteral("missed")).toInteger(),
                 k.value(QStringLiteral("numbers")).toInteger());
    }
    for (const char *legit : {"hospital_reminder", "bank_service_line", "government_hotline",
                              "ridehailing_privacy", "courier", "bank_callback"}) {
        const QJsonObject k = kinds.value(QLatin1String(legit)).toObject();
        QCOMPARE(k.value(QStringLiteral("class")).toString(), QStringLiteral("legitimate"));
        QVERIFY2(k.value(QStringLiteral("numbers")).toInteger() >= 1, legit);
        QVERIFY(!k.contains(QStringLiteral("missed")));
    }
    // The flagged counts agree with the suspects' list.
    qint64 flagged = 0;
    for (auto it = kinds.constBegin(); it != kinds.constEnd(); ++it)
        if (it.value().toObject().value(QStringLiteral("class")).toString() == QLatin1String("suspect"))
            flagged += it.value().toObject().value(QStringLiteral("flagged")).toInteger();
    QCOMPARE(
        flagged,
        e.value(QStringLiteral("suspects")).toObject().value(QStringLiteral("true_positives")).toInteger());
}

void TestDetectionHard::hardCase_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::newRow("seed 1") << quint64(1);
    QTest::newRow("seed 7") << quint64(7);
}

void TestDetectionHard::hardCase()
{
    QFETCH(quint64, seed);
    const QJsonObject e = evaluated(seed);
    QVERIFY(!e.isEmpty());
    const QByteArray text = QJsonDocument(e).toJson();
    const QJsonObject s = e.value(QStringLiteral("suspects")).toObject();
    const QJsonObject o = e.value(QStringLiteral("operators")).toObject();
    const QJsonObject l = e.value(QStringLiteral("leaks")).toObject();
    QVERIFY2(s.value(QStringLiteral("f1")).toDouble() >= 0.95, text.constData());
    QVERIFY2(s.value(QStringLiteral("legitimate_flagged")).toArray().isEmpty(), text.constData());
    QVERIFY2(o.value(QStringLiteral("adjusted_rand_index")).toDouble() >= 0.9, text.constData());
    QVERIFY2(l.value(QStringLiteral("wrong")).toArray().isEmpty(), text.constData());
    QVERIFY2(l.value(QStringLiteral("operators_checked")).toInteger() >= 7, text.constData());
}

void TestDetectionHard::reasonsKeepTheirFigures_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("suspect");
    QTest::addColumn<QString>("reason");
    QTest::newRow("call centre") << QStringLiteral("human_call_centre") << true
                                 << QStringLiteral("leaked_list_callees");
    QTest::newRow("burned numbers") << QStringLiteral("rotating_no_device") << true
                                    << QStringLiteral("leaked_list_callees");
    QTest::newRow("hospital") << QStringLiteral("hospital_reminder") << false
                              << QStringLiteral("general_public_callees");
}

void TestDetectionHard::reasonsKeepTheirFigures()
{
    QFETCH(QString, kind);
    QFETCH(bool, suspect);
    QFETCH(QString, reason);
    QJsonObject truth;
    Findings f;
    QVERIFY(!evaluated(1, &truth, &f).isEmpty());
    QSet<QString> numbers;
    for (const auto &v : truth.value(QStringLiteral("operators")).toArray())
        if (v.toObject().value(QStringLiteral("kind")).toString() == kind)
            for (const auto &n : v.toObject().value(QStringLiteral("numbers")).toArray())
                numbers.insert(n.toString());
    for (const auto &v : truth.value(QStringLiteral("legitimate")).toArray())
        if (v.toObject().value(QStringLiteral("kind")).toString() == kind)
            numbers.insert(v.toObject().value(QStringLiteral("number")).toString());
    QVERIFY(!numbers.isEmpty());
    ReasonCode code;
    QVERIFY(fromCode(reason, &code));
    qint64 found = 0;
    for (const Suspect &s : suspect ? f.suspects : f.legitimate) {
        if (!numbers.contains(s.key))
            continue;
        for (const Reason &r : s.reasons) {
            if (r.code != code)
                continue;
            ++found;
            QVERIFY(r.figures.number(Figure::CalleeCount) > 0);
            QVERIFY(r.figures.has(Figure::ListCallees) && r.figures.has(Figure::Lift));
            if (suspect) { // a list, its lift beyond chance and the chance itself
                QVERIFY(!r.figures.text(Figure::ListName).isEmpty());
                QVERIFY(r.figures.number(Figure::Lift) >= 1.5);
                QVERIFY(r.figures.number(Figure::Log10P) < -3);
            } else {
                QVERIFY(r.figures.number(Figure::Lift) < 1.5);
            }
        }
    }
    QCOMPARE(found, qint64(numbers.size()));
}

void TestDetectionHard::successionWithoutHandsets()
{
    QJsonObject truth;
    Findings f;
    QVERIFY(!evaluated(1, &truth, &f).isEmpty());
    QHash<QString, QString> truthOf;
    for (const auto &v : truth.value(QStringLiteral("operators")).toArray())
        for (const auto &n : v.toObject().value(QStringLiteral("numbers")).toArray())
            truthOf.insert(n.toString(), v.toObject().value(QStringLiteral("id")).toString());
    // The burned numbers carry no IMEI or cell: only succession in the list's order links them, and
    // every such link joins numbers of one operation, the successor starting after the other stopped.
    qint64 continuations = 0;
    for (const Operator &o : f.operators)
        for (const Evidence &e : o.evidence)
            for (const EvidenceLink &l : e.links) {
                if (l.type != LinkType::ListContinuation)
                    continue;
                ++continuations;
                QCOMPARE(truthOf.value(l.from), truthOf.value(l.to));
                QVERIFY(l.tookOver > l.silentFrom);
                QVERIFY(l.toLine > l.fromLine);
                QCOMPARE(l.list, QStringLiteral("leak_stock_investors"));
            }
    QVERIFY(continuations >= 3);
}

void TestDetectionHard::twoBuyersOfOneListStayApart()
{
    QJsonObject truth;
    Findings f;
    QVERIFY(!evaluated(1, &truth, &f).isEmpty());
    QHash<QString, QString> truthOf;
    for (const auto &v : truth.value(QStringLiteral("operators")).toArray())
        for (const auto &n : v.toObject().value(QStringLiteral("numbers")).toArray())
            truthOf.insert(n.toString(), v.toObject().value(QStringLiteral("id")).toString());
    for (const Operator &o : f.operators) {
        QSet<QString> ops;
        for (const QString &n : o.numbers)
            ops.insert(truthOf.value(n));
        QVERIFY2(!(ops.contains(QStringLiteral("OP7")) && ops.contains(QStringLiteral("OP8"))),
                 qPrintable(o.id));
    }
}

// The other side of keeping two buyers apart: each buyer's own numbers are grouped, by what is theirs
// (a handset, a shift, a succession in the list), never by the list they share alone; and each
// buyer's operator is traced to that list.
void TestDetectionHard::eachBuyerHeldTogetherByItsOwnEvidence()
{
    QJsonObject truth;
    Findings f;
    QVERIFY(!evaluated(1, &truth, &f).isEmpty());
    QHash<QString, const Operator *> found;
    for (const Operator &o : f.operators)
        for (const QString &n : o.numbers)
            found.insert(n, &o);
    int buyers = 0;
    for (const auto &v : truth.value(QStringLiteral("operators")).toArray()) {
        const QJsonObject t = v.toObject();
        const QString kind = t.value(QStringLiteral("kind")).toString();
        if (kind != QLatin1String("second_buyer") && kind != QLatin1String("rotating_no_device"))
            continue;
        ++buyers;
        const QJsonArray numbers = t.value(QStringLiteral("numbers")).toArray();
        // The operator holding most of the buyer's numbers, and how many it holds.
        QHash<const Operator *, int> parts;
        for (const auto &n : numbers)
            if (const Operator *o = found.value(n.toString()))
                ++parts[o];
        QVERIFY2(!parts.isEmpty(), qPrintable(kind));
        const Operator *main = nullptr;
        for (auto it = parts.cbegin(); it != parts.cend(); ++it)
            if (!main || it.value() > parts.value(main))
                main = it.key();
        // The second buyer shares a handset and a shift: whole. The rotating one's concurrent
        // chains of burned numbers (no handset, no cell) may stay apart, but most are one.
        if (kind == QLatin1String("second_buyer"))
            QCOMPARE(parts.value(main), int(numbers.size()));
        else
            QVERIFY2(parts.value(main) * 2 > numbers.size(), qPrintable(QString::number(parts.value(main))));
        QVERIFY(!main->leaks.empty());
        QCOMPARE(main->leaks.front().source, t.value(QStringLiteral("leak")).toString());
        if (kind != QLatin1String("second_buyer"))
            continue; // burned numbers follow each other's victims: shared victims are theirs
        // What holds the second buyer is its own: without the links of shared victims alone (which
        // a list's two buyers can have), its numbers are still one.
        QHash<QString, QString> parent;
        std::function<QString(const QString &)> root = [&](const QString &n) {
            const QString p = parent.value(n, n);
            return p == n ? n : root(p);
        };
        for (const Evidence &e : main->evidence)
            for (const EvidenceLink &l : e.links)
                if (l.type != LinkType::VictimOverlap)
                    parent.insert(root(e.a), root(e.b));
        QSet<QString> roots;
        for (const auto &n : numbers)
            if (found.value(n.toString()) == main)
                roots.insert(root(n.toString()));
        QVERIFY2(roots.size() == 1, qPrintable(kind + QStringLiteral(": %1 parts").arg(roots.size())));
    }
    QCOMPARE(buyers, 2);
}

// The call centre's list was never seized: no agent's callees are concentrated in a list of the case,
// and none of its 15-30 calls a day is high volume. Scored as one operation (one cell, one shift) it
// makes hundreds of calls a day to people who never call back and who complain: every agent flagged
// with the group's figures, and no legitimate bulk caller swept in with it.
void TestDetectionHard::callCentreFoundAsOneOperationWithoutItsList()
{
    QJsonObject truth;
    const QString path = dttest::buildSampleCase(m_dir.path(), 1, &truth, QStringLiteral("hard"),
                                                 {QStringLiteral("leak_car_owners.csv")});
    QVERIFY(!path.isEmpty());
    QString error;
    auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(cf, qPrintable(error));
    QVERIFY2(Detector::analyzeCase(*cf, {}, &error) > 0, qPrintable(error));
    const Findings f = Detector::latestFindings(*cf, &error);
    const QJsonObject e = Evaluation::evaluate(f, truth);
    const QByteArray text = QJsonDocument(e).toJson();
    QSet<QString> agents;
    for (const auto &v : truth.value(QStringLiteral("operators")).toArray())
        if (v.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("human_call_centre"))
            for (const auto &n : v.toObject().value(QStringLiteral("numbers")).toArray())
                agents.insert(n.toString());
    QVERIFY(agents.size() >= 24);
    qint64 grouped = 0;
    for (const Suspect &s : f.suspects) {
        if (!agents.contains(s.key))
            continue;
        agents.remove(s.key);
        for (const Reason &r : s.reasons) {
            if (r.code != ReasonCode::GroupOperation)
                continue;
            ++grouped;
            QVERIFY(r.figures.number(Figure::GroupNumbers) >= 2);
            QVERIFY(r.figures.number(Figure::CallsPerActiveDay) >= 25);
            QVERIFY(r.figures.number(Figure::Complainants) >= 1);
            QVERIFY(r.figures.text(Figure::GroupLinks).contains(QLatin1String("shared_cell")));
            QVERIFY(!describe(r, Language::Chinese).contains(QLatin1String("shared_cell")));
        }
    }
    QVERIFY2(agents.isEmpty(), qPrintable(QStringList(agents.values()).join(QLatin1Char(' '))));
    QVERIFY2(grouped > 0, text.constData());
    const QJsonObject s = e.value(QStringLiteral("suspects")).toObject();
    QVERIFY2(s.value(QStringLiteral("legitimate_flagged")).toArray().isEmpty(), text.constData());
    QVERIFY2(s.value(QStringLiteral("f1")).toDouble() >= 0.95, text.constData());
}

QTEST_GUILESS_MAIN(TestDetectionHard)
#include "tst_detection_hard.moc"
