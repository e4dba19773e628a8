// dialtrace-cli end to end through QProcess: the contract in docs/cli.md.
#include "case/casefile.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dt;

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newInfoVerify();
    void tamperedAuditRowNamed();
    void usageErrors_data();
    void usageErrors();
    void badInput_data();
    void badInput();
    void helpAndVersion();

private:
    QTemporaryDir m_dir;
};

void TestCli::newInfoVerify()
{
    const QString path = m_dir.filePath(QStringLiteral("x.dtcase"));
    QByteArray out, err;
    QCOMPARE(
        dttest::runCli({QStringLiteral("new"), path, QStringLiteral("--title"), QStringLiteral("T 案件")},
                       &out, &err),
        0);
    QVERIFY(out.contains("created"));
    QCOMPARE(dttest::runCli({QStringLiteral("info"), path, QStringLiteral("--json")}, &out, &err), 0);
    QJsonParseError pe;
    const QJsonObject o = QJsonDocument::fromJson(out, &pe).object();
    QCOMPARE(pe.error, QJsonParseError::NoError);
    QCOMPARE(o.value(QStringLiteral("title")).toString(), QStringLiteral("T 案件"));
    QCOMPARE(o.value(QStringLiteral("schema_version")).toInt(), 4);
    QVERIFY(o.value(QStringLiteral("sources")).isArray());
    QCOMPARE(o.value(QStringLiteral("counts")).toObject().value(QStringLiteral("audit_entries")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("counts")).toObject().value(QStringLiteral("calls")).toInt(), 0);
    QCOMPARE(dttest::runCli({QStringLiteral("info"), path}, &out, &err), 0);
    QVERIFY(out.contains("Schema:   4"));
    QCOMPARE(dttest::runCli({QStringLiteral("verify"), path}, &out, &err), 0);
    QVERIFY(out.contains("verified:"));
    QCOMPARE(dttest::runCli({QStringLiteral("verify"), path, QStringLiteral("--json")}, &out, &err), 0);
    QVERIFY(QJsonDocument::fromJson(out).object().value(QStringLiteral("ok")).toBool());
}

void TestCli::tamperedAuditRowNamed()
{
    const QString path = m_dir.filePath(QStringLiteral("tamper.dtcase"));
    QString error;
    {
        auto cf = CaseFile::create(path, QStringLiteral("t"), &error);
        QVERIFY(cf);
        QVERIFY(cf->setTitle(QStringLiteral("t2"), &error));
        QVERIFY(cf->setTitle(QStringLiteral("t3"), &error));
    }
    QByteArray out, err;
    QCOMPARE(dttest::runCli({QStringLiteral("verify"), path}, &out, &err), 0);
    {
        // Alter one audit row with raw SQL, the way someone editing the file by hand would.
        Database db;
        QVERIFY(db.open(path, Database::OpenMode::ReadWrite));
        QVERIFY(db.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(db.exec(QStringLiteral(
            "UPDATE audit_log SET details='{\"from\":\"t\",\"to\":\"innocent\"}' WHERE seq=2")));
    }
    QCOMPARE(dttest::runCli({QStringLiteral("verify"), path}, &out, &err), 1);
    QVERIFY2(err.contains("audit entry 2 (retitle at"), err.constData());
    QVERIFY(out.contains("NOT verified"));
    QCOMPARE(dttest::runCli({QStringLiteral("verify"), path, QStringLiteral("--json")}, &out, &err), 1);
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(), false);
    QCOMPARE(o.value(QStringLiteral("first_broken_audit_entry")).toInt(), 2);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("new without case") << QStringList{QStringLiteral("new")};
    QTest::newRow("new with two cases")
        << QStringList{QStringLiteral("new"), QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("info"), QStringLiteral("x"),
                                                   QStringLiteral("--bogus")};
    QTest::newRow("title without value")
        << QStringList{QStringLiteral("new"), QStringLiteral("x.dtcase"), QStringLiteral("--title")};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QByteArray out, err;
    QCOMPARE(dttest::runCli(args, &out, &err), 2);
    QVERIFY(!err.isEmpty());
}

void TestCli::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("phrase");
    const QString missing = m_dir.filePath(QStringLiteral("missing.dtcase"));
    const QString garbage =
        dttest::writeFile(m_dir.filePath(QStringLiteral("garbage.dtcase")), QByteArray(5000, 'g'));
    const QString existing = dttest::writeFile(m_dir.filePath(QStringLiteral("existing.dtcase")), "keep me");
    QTest::newRow("info missing") << QStringList{QStringLiteral("info"), missing} << "no such file";
    QTest::newRow("verify missing") << QStringList{QStringLiteral("verify"), missing} << "no such file";
    QTest::newRow("info garbage") << QStringList{QStringLiteral("info"), garbage} << "garbage.dtcase";
    QTest::newRow("new over existing") << QStringList{QStringLiteral("new"), existing} << "already exists";
}

void TestCli::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, phrase);
    QByteArray out, err;
    QCOMPARE(dttest::runCli(args, &out, &err), 1);
    QVERIFY2(QString::fromUtf8(err).contains(phrase), err.constData());
}

void TestCli::helpAndVersion()
{
    QByteArray out, err;
    QCOMPARE(dttest::runCli({QStringLiteral("--help")}, &out, &err), 0);
    for (const char *cmd : {"new", "info", "verify"})
        QVERIFY2(out.contains(QByteArray(QByteArray("  ") + cmd)), cmd);
    QCOMPARE(dttest::runCli({QStringLiteral("--version")}, &out, &err), 0);
    QVERIFY(out.startsWith("dialtrace-cli 0."));
    QCOMPARE(dttest::runCli({QStringLiteral("new"), QStringLiteral("--help")}, &out, &err), 0);
    QVERIFY(out.contains("--title"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
