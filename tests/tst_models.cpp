// Every model passes QAbstractItemModelTester, empty and filled, and shows what the case holds.
#include "case/auditlogmodel.h"
#include "case/casefile.h"
#include "case/sourcesmodel.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace dt;

class TestModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sourcesModel();
    void auditLogModel();

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
    QCOMPARE(model.index(0, SourcesModel::Kind).data().toString(), QStringLiteral("calls"));
    QCOMPARE(model.index(2, SourcesModel::Name).data().toString(), QStringLiteral("s2"));
    QCOMPARE(model.index(1, SourcesModel::Sha256).data().toString().size(), 64);
    QCOMPARE(model.index(1, SourcesModel::Size).data(Qt::EditRole).toLongLong(), 2);
    QVERIFY(!model.headerData(SourcesModel::Sha256, Qt::Horizontal).toString().isEmpty());
    QCOMPARE(model.sourceAt(1)->id, 2);
    QVERIFY(!model.sourceAt(3));
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

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
