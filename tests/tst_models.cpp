// Every model passes QAbstractItemModelTester, empty and filled, and shows what the case holds.
#include "analysis/detection.h"
#include "analysis/findingsjson.h"
#include "analysis/leakmodels.h"
#include "analysis/supportingcallsmodel.h"
#include "analysis/violationsmodel.h"
#include "case/auditlogmodel.h"
#include "case/callsmodel.h"
#include "case/casefile.h"
#include "case/sourcesmodel.h"
#include "samplebuild.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace dt;

namespace {
// A findings document's leak part, as `findings --json` prints it (trimmed to what the models read).
QJsonObject leakFindings()
{
    return QJsonDocument::fromJson(R"({
  "leak_lists": [
    {"source": "leak_a", "source_id": 2, "acquired": "2026-06-15", "records": 100, "phones": 80,
     "masked_phones": 20, "id_cards": 100, "fields": ["name", "phone", "id_card"], "dialled_by_operators": 40},
    {"source": "leak_b", "source_id": 3, "acquired": null, "records": 50, "phones": 50, "masked_phones": 0,
     "id_cards": 0, "fields": ["name", "phone"], "dialled_by_operators": 0},
    {"source": "leak_c", "source_id": 4, "acquired": "2026-08-01", "records": 60, "phones": 40,
     "masked_phones": 20, "id_cards": 0, "fields": ["name", "phone"], "dialled_by_operators": 30}],
  "lineage": [{"parent": "leak_a", "child": "leak_c", "containment": 0.5, "shared_records": 30,
               "transformations": ["masking", "dropped:id_card"]},
              {"parent": "leak_b", "child": "leak_c", "containment": 0.4, "shared_records": 24,
               "transformations": []}],
  "compilations": [{"source": "leak_c", "records": 60, "new_records": 6, "new_share": 0.1,
                    "parents": [{"source": "leak_a"}, {"source": "leak_b"}]}],
  "operators": [
    {"id": "OPR-001", "numbers": ["+8617000000001", "+8617000000002"], "victims": 50, "leaks": [
      {"source": "leak_a", "rank": 1, "significant": true, "victims_in_leak": 40, "masked_matches": 5,
       "share_of_victims": 0.8, "share_of_leak": 0.5, "unique": 12, "lift": 3.5, "p_value": 1.5e-12,
       "log10_p": -11.8, "called_before_acquired": 0, "lag_days_median": 44.4, "lag_days_p10": 40.1,
       "lag_days_p90": 50.2, "order_correlation": 0.93, "dialled_in_list_order": true},
      {"source": "leak_c", "rank": 2, "significant": false, "victims_in_leak": 3, "masked_matches": 0,
       "share_of_victims": 0.06, "share_of_leak": 0.075, "unique": 0, "lift": 1.1, "p_value": 0.3,
       "log10_p": -0.52, "called_before_acquired": 3, "lag_days_median": -2, "lag_days_p10": -1,
       "lag_days_p90": -1, "order_correlation": 0, "dialled_in_list_order": false}]},
    {"id": "OPR-002", "numbers": ["95105888"], "victims": 1, "leaks": []}]
})")
        .object();
}
} // namespace

class TestModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sourcesModel();
    void auditLogModel();
    void leakListsModel();
    void leakMatrixModel();
    void callsModelReadsPagesOnDemand();
    void violationsModels();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CaseFile> m_case;
};

void TestModels::initTestCase()
{
    QString error;
    m_case = CaseFile::create(m_dir.filePath(QStringLiteral("m.dtcase")), QStringLiteral("models"), &error);
    QVERIFY(m_case);
    for (int i = 0; i < 3; ++i) {
        SourceRequest req;
        req.path =
            dttest::writeFile(m_dir.filePath(QStringLiteral("s%1.csv").arg(i)), QByteArray::number(i) + "\n");
        req.kind = i == 0 ? SourceKind::Calls : SourceKind::Leak;
        QVERIFY2(m_case->sources().registerSource(req, &error) > 0, qPrintable(error));
    }
}

void TestModels::sourcesModel()
{
    SourcesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setSources(m_case->sources().list());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(SourcesModel::ColumnCount));
    QCOMPARE(model.index(0, SourcesModel::Kind).data(Qt::EditRole).toString(), QStringLiteral("calls"));
    QCOMPARE(model.index(0, SourcesModel::Kind).data().toString(), QStringLiteral("call records"));
    QCOMPARE(model.index(2, SourcesModel::Name).data().toString(), QStringLiteral("s2"));
    QCOMPARE(model.index(1, SourcesModel::Sha256).data().toString().size(), 64);
    QCOMPARE(model.index(1, SourcesModel::Size).data(Qt::EditRole).toLongLong(), 2);
    QVERIFY(!model.headerData(SourcesModel::Sha256, Qt::Horizontal).toString().isEmpty());
    QCOMPARE(model.sourceAt(1)->id, 2);
    QVERIFY(!model.sourceAt(3));
    QCOMPARE(model.index(0, SourcesModel::SharedCalls).data().toString(), QString());
    // Shared calls, counted by the later source's import, shown on both sides of the pair.
    QVector<SourceRecord> pair(3);
    for (int i = 0; i < 3; ++i)
        pair[i].id = i + 1;
    pair[0].name = QStringLiteral("cdr");
    pair[1].name = QStringLiteral("pbx");
    pair[1].timesDetail = QStringLiteral(R"({"shared_calls":[{"source_id":1,"calls":52}]})");
    pair[2].name = QStringLiteral("list");
    model.setSources(pair);
    QCOMPARE(model.index(0, SourcesModel::SharedCalls).data().toString(), QStringLiteral("pbx: 52"));
    QCOMPARE(model.index(1, SourcesModel::SharedCalls).data().toString(), QStringLiteral("cdr: 52"));
    QCOMPARE(model.index(0, SourcesModel::SharedCalls).data(Qt::EditRole).toLongLong(), 52);
    QVERIFY(model.index(0, SourcesModel::SharedCalls)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("pbx")));
    QCOMPARE(model.index(2, SourcesModel::SharedCalls).data().toString(), QString());
    model.setSources({});
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::auditLogModel()
{
    AuditLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(m_case->audit().entries());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, AuditLogModel::Action).data().toString(), QStringLiteral("create"));
    QCOMPARE(model.index(3, AuditLogModel::Action).data().toString(), QStringLiteral("register-source"));
    QCOMPARE(model.index(3, AuditLogModel::Seq).data().toLongLong(), 4);
    QVERIFY(model.index(2, AuditLogModel::Hash)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("previous")));
}

void TestModels::leakListsModel()
{
    analysis::LeakListsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setFindings(analysis::FindingsJson::fromJson(leakFindings()));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(analysis::LeakListsModel::ColumnCount));
    using C = analysis::LeakListsModel;
    QCOMPARE(model.index(0, C::List).data().toString(), QStringLiteral("leak_a"));
    QCOMPARE(model.index(0, C::Acquired).data().toString(), QStringLiteral("2026-06-15"));
    QCOMPARE(model.index(1, C::Acquired).data().toString(), QStringLiteral("unknown"));
    QCOMPARE(model.index(0, C::Records).data().toLongLong(), 100);
    QCOMPARE(model.index(0, C::Phones).data().toLongLong(), 80);
    QCOMPARE(model.index(0, C::Masked).data().toLongLong(), 20);
    QCOMPARE(model.index(0, C::Dialled).data().toLongLong(), 40);
    QCOMPARE(model.index(0, C::ShareDialled).data().toString(), QStringLiteral("50%"));
    QCOMPARE(model.index(0, C::ShareDialled).data(Qt::EditRole).toDouble(), 0.5);
    QCOMPARE(model.index(1, C::ShareDialled).data(Qt::EditRole).toDouble(), 0.0);
    QCOMPARE(model.index(2, C::List).data(C::SourceRole).toString(), QStringLiteral("leak_c"));
    // The tooltip places the list in the resale lineage.
    QVERIFY(model.index(0, C::List)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("resold into leak_c")));
    const QString compilation = model.index(2, C::Masked).data(Qt::ToolTipRole).toString();
    QVERIFY2(compilation.contains(QStringLiteral("10% new records")), qPrintable(compilation));
    QCOMPARE(model.rowOf(QStringLiteral("leak_b")), 1);
    QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
    for (int c = 0; c < model.columnCount(); ++c)
        QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
    model.setFindings({});
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::leakMatrixModel()
{
    analysis::LeakMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
    model.setFindings(analysis::FindingsJson::fromJson(leakFindings()));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 3);
    using M = analysis::LeakMatrixModel;
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("OPR-001"));
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("leak_c"));
    QVERIFY(model.headerData(0, Qt::Vertical, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("OPR-001: 2 number")));
    // A significant attribution: victims (+ masked matches) and share, coloured by that share.
    const QModelIndex strong = model.index(0, 0);
    QCOMPARE(strong.data().toString(), QStringLiteral("40 (+5)\n80%"));
    QCOMPARE(strong.data(Qt::EditRole).toLongLong(), 40);
    QCOMPARE(strong.data(M::SignificantRole).toBool(), true);
    QCOMPARE(strong.data(M::StrengthRole).toDouble(), 0.8);
    QCOMPARE(strong.data(M::OperatorRole).toString(), QStringLiteral("OPR-001"));
    QCOMPARE(strong.data(M::SourceRole).toString(), QStringLiteral("leak_a"));
    QCOMPARE(strong.data(M::AttributionRole).toMap().value(QStringLiteral("unique")).toInt(), 12);
    const QString tip = strong.data(Qt::ToolTipRole).toString();
    for (const char *part : {"p ≈ 1.6 × 10⁻¹²", "lift 3.50", "12 victims only this list explains",
                             "median 44.4 days", "ρ = 0.93", "dialled in list order"})
        QVERIFY2(tip.contains(QString::fromUtf8(part)), qPrintable(tip));
    // Not significant: grey (strength -1). No attribution: nothing at all.
    QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("3\n6%"));
    QCOMPARE(model.index(0, 2).data(M::StrengthRole).toDouble(), -1.0);
    QVERIFY(model.index(0, 2).data(Qt::ToolTipRole).toString().contains(QStringLiteral("not significant")));
    QVERIFY(!model.index(0, 1).data(M::StrengthRole).isValid());
    QVERIFY(model.index(0, 1).data().toString().isEmpty());
    QVERIFY(!model.index(1, 0).data(M::SignificantRole).isValid());
    QCOMPARE(model.index(1, 0).data(M::OperatorRole).toString(), QStringLiteral("OPR-002"));
    QCOMPARE(model.rowOf(QStringLiteral("OPR-002")), 1);
    QCOMPARE(model.columnOf(QStringLiteral("leak_b")), 1);
    model.setFindings({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
}

void TestModels::callsModelReadsPagesOnDemand()
{
    QTemporaryDir dir;
    QJsonObject truth;
    const QString path = dttest::buildSampleCase(dir.path(), 3, &truth);
    QVERIFY(!path.isEmpty());
    QString error;
    auto cf = CaseFile::open(path, CaseFile::Access::ReadOnly, &error);
    QVERIFY2(cf, qPrintable(error));
    CallsModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setDatabase(&cf->db());
    const qint64 calls = cf->db().scalar(QStringLiteral("SELECT count(*) FROM calls")).toLongLong();
    QCOMPARE(qint64(m.rowCount()), calls);
    QVERIFY(calls > 10000);
    // Pages are read when asked for, once: the model tester's look at the edges reads a couple at most.
    QVERIFY(m.pagesRead() <= 2);
    QCOMPARE(m.index(0, CallsModel::Id).data().toLongLong(),
             cf->db().scalar(QStringLiteral("SELECT min(id) FROM calls")).toLongLong());
    QCOMPARE(m.index(m.rowCount() - 1, CallsModel::Id).data().toLongLong(),
             cf->db().scalar(QStringLiteral("SELECT max(id) FROM calls")).toLongLong());
    const qint64 before = m.pagesRead();
    const int mid = m.rowCount() / 2 / CallsModel::kPageSize * CallsModel::kPageSize; // a page start
    QCOMPARE(m.index(mid, CallsModel::Id).data().toLongLong(),
             cf->db().scalar(QStringLiteral("SELECT min(id) FROM calls")).toLongLong() + mid);
    QCOMPARE(m.pagesRead(), before + 1);
    m.index(mid + 1, CallsModel::Caller).data();
    QCOMPARE(m.pagesRead(), before + 1);
    // Every row names the source file and line it came from.
    QVERIFY(m.index(5, CallsModel::Source).data().toString().contains(QStringLiteral(".csv:")));
    // A window of the calls at a time (a view keeps an entry per row): every call is in one of
    // them, in order, and the count of all stays.
    const qint64 firstId = cf->db().scalar(QStringLiteral("SELECT min(id) FROM calls")).toLongLong();
    const int window = 1000;
    m.setWindowRows(window);
    QCOMPARE(m.rowCount(), window);
    QCOMPARE(m.totalRows(), calls);
    qint64 seen = 0;
    for (qint64 start = 0; start < calls; start += window) {
        m.setWindowStart(start);
        QCOMPARE(m.windowStart(), start);
        QCOMPARE(qint64(m.rowCount()), std::min<qint64>(window, calls - start));
        QCOMPARE(m.index(0, CallsModel::Id).data().toLongLong(), firstId + start);
        QCOMPARE(m.callId(m.rowCount() - 1), firstId + start + m.rowCount() - 1);
        seen += m.rowCount();
    }
    QCOMPARE(seen, calls);
    m.setWindowStart(calls + 5); // past the end: the last row's window
    QCOMPARE(m.windowStart(), calls - 1);
    QCOMPARE(m.rowCount(), 1);
    m.setWindowRows(CallsModel::kWindowRows);
    QCOMPARE(qint64(m.rowCount()), calls);
    // A number's calls: made and received, in time order.
    const QString op = dttest::truthOperatorNumber(truth);
    m.setNumberFilter(op);
    const qint64 own =
        cf->db()
            .scalar(QStringLiteral("SELECT count(*) FROM calls c JOIN numbers n ON n.id IN (c.caller, "
                                   "c.callee) WHERE n.value = '%1'")
                        .arg(op))
            .toLongLong();
    QVERIFY(own > 50);
    QCOMPARE(qint64(m.rowCount()), own);
    qint64 last = 0;
    for (int r = 0; r < m.rowCount(); ++r) {
        QVERIFY(m.index(r, CallsModel::Caller).data().toString() == op ||
                m.index(r, CallsModel::Callee).data().toString() == op);
        const qint64 t = m.index(r, CallsModel::Start).data(Qt::EditRole).toLongLong();
        QVERIFY(t >= last);
        last = t;
    }
    m.setNumberFilter(QStringLiteral("+8600000000000")); // unknown: no rows
    QCOMPARE(m.rowCount(), 0);
}

void TestModels::violationsModels()
{
    QTemporaryDir dir;
    QJsonObject truth;
    const QString path = dttest::buildSampleCase(dir.path(), 5, &truth);
    QVERIFY(!path.isEmpty());
    QString error;
    auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(cf, qPrintable(error));
    QVERIFY2(analysis::Detector::analyzeCase(*cf, {}, &error) > 0, qPrintable(error));
    const QJsonArray violations =
        analysis::FindingsJson::toJson(analysis::Detector::latestFindings(*cf, &error))
            .value(QStringLiteral("violations"))
            .toArray();
    QVERIFY(!violations.isEmpty());
    analysis::ViolationsModel v;
    QAbstractItemModelTester tester(&v, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(v.rowCount(), 0);
    std::vector<analysis::Violation> typed;
    for (const auto &x : violations)
        typed.push_back(analysis::FindingsJson::violationFromJson(x.toObject()));
    v.setViolations(typed);
    QCOMPARE(v.rowCount(), int(violations.size()));
    const QJsonObject first = violations.at(0).toObject();
    QCOMPARE(v.index(0, analysis::ViolationsModel::Rule).data(Qt::EditRole).toString(),
             first.value(QStringLiteral("type")).toString());
    QCOMPARE(v.index(0, analysis::ViolationsModel::Rule).data().toString(),
             analysis::displayName(typed.front().type, analysis::Language::English));
    QCOMPARE(v.index(0, analysis::ViolationsModel::Count).data().toLongLong(),
             first.value(QStringLiteral("count")).toInteger());
    // The period the violating calls span.
    QVERIFY(v.index(0, analysis::ViolationsModel::FirstCall).data().toString() <=
            v.index(0, analysis::ViolationsModel::LastCall).data().toString());
    // Shown in the case's zone, labelled in the header; sorted by the UTC instant.
    v.setClock(cf->clock());
    QVERIFY(v.index(0, analysis::ViolationsModel::FirstCall)
                .data(Qt::EditRole)
                .toString()
                .endsWith(QLatin1Char('Z')));
    QCOMPARE(v.index(0, analysis::ViolationsModel::FirstCall).data().toString(),
             cf->clock().textOfIso(first.value(QStringLiteral("first_call")).toString()));
    QCOMPARE(v.headerData(analysis::ViolationsModel::FirstCall, Qt::Horizontal).toString(),
             QStringLiteral("First call (UTC+8)"));
    const auto ids =
        v.index(0, 0).data(analysis::ViolationsModel::SupportingCallsRole).value<QList<qint64>>();
    QCOMPARE(qsizetype(ids.size()), first.value(QStringLiteral("supporting_calls")).toArray().size());
    // The supporting calls: the violating number's, in the order given, each with its source line.
    analysis::SupportingCallsModel c;
    QAbstractItemModelTester tester2(&c, QAbstractItemModelTester::FailureReportingMode::QtTest);
    c.setClock(cf->clock());
    c.setCalls(&cf->db(), ids);
    QCOMPARE(c.rowCount(), int(ids.size()));
    for (int r = 0; r < c.rowCount(); ++r) {
        QCOMPARE(c.index(r, analysis::SupportingCallsModel::Id).data().toLongLong(), ids.at(r));
        QCOMPARE(c.index(r, analysis::SupportingCallsModel::Caller).data().toString(),
                 first.value(QStringLiteral("number")).toString());
        QVERIFY(
            c.index(r, analysis::SupportingCallsModel::Origin).data().toString().contains(QLatin1Char(':')));
        QCOMPARE(c.index(r, analysis::SupportingCallsModel::Start).data().toString(),
                 cf->clock().text(
                     c.index(r, analysis::SupportingCallsModel::Start).data(Qt::EditRole).toLongLong()));
    }
    c.setCalls(nullptr, {});
    QCOMPARE(c.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
