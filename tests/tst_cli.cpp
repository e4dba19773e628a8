// dialtrace-cli end to end through QProcess: the contract in docs/cli.md.
#include "analysis/victimtrail.h"
#include "analysis/victimtrailjson.h"
#include "case/casefile.h"
#include "case/schema.h"
#include "samplebuild.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace dt;

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newInfoVerify();
    void caseTimeZone();
    void tamperedAuditRowNamed();
    void usageErrors_data();
    void usageErrors();
    void badInput_data();
    void badInput();
    void helpAndVersion();
    void victimTrail();
    void mappingProfiles();

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
    QCOMPARE(o.value(QStringLiteral("schema_version")).toInt(), schema::kCurrentVersion);
    QVERIFY(o.value(QStringLiteral("sources")).isArray());
    QCOMPARE(o.value(QStringLiteral("counts")).toObject().value(QStringLiteral("audit_entries")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("counts")).toObject().value(QStringLiteral("calls")).toInt(), 0);
    QCOMPARE(dttest::runCli({QStringLiteral("info"), path}, &out, &err), 0);
    QVERIFY(out.contains(QByteArray("Schema:   " + QByteArray::number(schema::kCurrentVersion))));
    QCOMPARE(dttest::runCli({QStringLiteral("verify"), path}, &out, &err), 0);
    QVERIFY(out.contains("verified (trusted):"));
    QCOMPARE(dttest::runCli({QStringLiteral("verify"), path, QStringLiteral("--json")}, &out, &err), 0);
    QVERIFY(QJsonDocument::fromJson(out).object().value(QStringLiteral("ok")).toBool());
}

void TestCli::caseTimeZone()
{
    const QString path = m_dir.filePath(QStringLiteral("berlin.dtcase"));
    QByteArray out, err;
    QCOMPARE(dttest::runCli(
                 {QStringLiteral("new"), path, QStringLiteral("--timezone"), QStringLiteral("Europe/Berlin")},
                 &out, &err),
             0);
    QVERIFY2(out.contains("time zone Europe/Berlin (UTC+1 / UTC+2)"), out.constData());
    QCOMPARE(dttest::runCli({QStringLiteral("timezone"), path}, &out, &err), 0);
    QCOMPARE(out, QByteArray("Europe/Berlin (UTC+1 / UTC+2)\n"));
    // A file's times without a zone are the case's local times unless --timezone says otherwise.
    const QString csv = dttest::writeFile(m_dir.filePath(QStringLiteral("berlin.csv")),
                                          "caller,callee,start,duration\n"
                                          "13800000001,13800000002,2026-07-15 22:30:00,10\n");
    QCOMPARE(dttest::runCli({QStringLiteral("import"), path, csv, QStringLiteral("--json")}, &out, &err), 0);
    // JSON stays in UTC.
    QCOMPARE(QJsonDocument::fromJson(out)
                 .array()
                 .first()
                 .toObject()
                 .value(QStringLiteral("first_time"))
                 .toString(),
             QStringLiteral("2026-07-15T20:30:00Z"));
    const QString utcCsv = dttest::writeFile(m_dir.filePath(QStringLiteral("utc.csv")),
                                             "caller,callee,start,duration\n"
                                             "13800000003,13800000004,2026-07-15 22:30:00,10\n");
    QCOMPARE(dttest::runCli({QStringLiteral("import"), path, utcCsv, QStringLiteral("--timezone"),
                             QStringLiteral("UTC")},
                            &out, &err),
             0);
    QCOMPARE(dttest::runCli({QStringLiteral("info"), path, QStringLiteral("--json")}, &out, &err), 0);
    QJsonObject info = QJsonDocument::fromJson(out).object();
    QCOMPARE(info.value(QStringLiteral("timezone")).toString(), QStringLiteral("Europe/Berlin"));
    const QJsonArray sources = info.value(QStringLiteral("sources")).toArray();
    QCOMPARE(sources.at(0).toObject().value(QStringLiteral("timezone")).toString(),
             QStringLiteral("Europe/Berlin"));
    QCOMPARE(sources.at(1).toObject().value(QStringLiteral("timezone")).toString(), QStringLiteral("UTC"));
    // Text output shows times in the case's zone, with the offset in force.
    QCOMPARE(dttest::runCli({QStringLiteral("info"), path}, &out, &err), 0);
    QVERIFY2(out.contains("Zone:     Europe/Berlin (UTC+1 / UTC+2)"), out.constData());
    QVERIFY2(QString::fromUtf8(out).contains(
                 QRegularExpression(QStringLiteral("Created:  \\d{4}-\\d\\d-\\d\\d "
                                                   "\\d\\d:\\d\\d:\\d\\d UTC\\+[12] "))),
             out.constData());
    // Changed, audited; a zone the workstation does not know is refused and changes nothing.
    QCOMPARE(
        dttest::runCli({QStringLiteral("timezone"), path, QStringLiteral("America/New_York")}, &out, &err),
        0);
    QVERIFY2(out.contains("Europe/Berlin (UTC+1 / UTC+2) -> America/New_York (UTC-5 / UTC-4)"),
             out.constData());
    QCOMPARE(
        dttest::runCli({QStringLiteral("timezone"), path, QStringLiteral("Mars/Olympus_Mons")}, &out, &err),
        1);
    QVERIFY2(err.contains("unknown time zone 'Mars/Olympus_Mons'"), err.constData());
    QString error;
    {
        auto cf = CaseFile::open(path, CaseFile::Access::ReadOnly, &error);
        QVERIFY2(cf, qPrintable(error));
        QCOMPARE(cf->timeZone(), QStringLiteral("America/New_York"));
        const AuditEntry last = cf->audit().entries().constLast();
        QCOMPARE(last.action, QStringLiteral("set-timezone"));
        const QJsonObject d = QJsonDocument::fromJson(last.details.toUtf8()).object();
        QCOMPARE(d.value(QStringLiteral("from")).toString(), QStringLiteral("Europe/Berlin"));
        QCOMPARE(d.value(QStringLiteral("to")).toString(), QStringLiteral("America/New_York"));
    }
    QCOMPARE(dttest::runCli({QStringLiteral("verify"), path}, &out, &err), 0);
    // A case is not made in a zone nobody knows.
    const QString nowhere = m_dir.filePath(QStringLiteral("nowhere.dtcase"));
    QCOMPARE(dttest::runCli(
                 {QStringLiteral("new"), nowhere, QStringLiteral("--timezone"), QStringLiteral("Nowhere")},
                 &out, &err),
             1);
    QVERIFY(!QFile::exists(nowhere));
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

void TestCli::victimTrail()
{
    // A loan-list member the loan auto-dialler (truth OP1) called: the trail names the list, the line,
    // the operator and a first call after the list was acquired.
    QJsonObject truth;
    const QString path = dttest::buildSampleCase(m_dir.path(), 1, &truth);
    QVERIFY(!path.isEmpty());
    QByteArray out, err;
    QCOMPARE(dttest::runCli({QStringLiteral("analyze"), path}, &out, &err), 0);
    const QJsonObject op1 = truth.value(QStringLiteral("operators")).toArray().first().toObject();
    QCOMPARE(op1.value(QStringLiteral("leak")).toString(), QStringLiteral("leak_loan_app_users"));
    const QString caller = op1.value(QStringLiteral("numbers")).toArray().first().toString();
    QString victim, error;
    qint64 line = 0;
    {
        auto cf = CaseFile::open(path, CaseFile::Access::ReadOnly, &error);
        QVERIFY2(cf, qPrintable(error));
        Statement st = cf->db().prepare(QStringLiteral(
            "SELECT v.value, l.line FROM leak_records l JOIN sources s ON s.id = l.source_id "
            "JOIN numbers v ON v.id = l.phone JOIN calls c ON c.callee = l.phone "
            "JOIN numbers o ON o.id = c.caller WHERE s.name = 'leak_loan_app_users' AND o.value = ? "
            "ORDER BY l.line LIMIT 1"));
        st.bind(1, caller);
        QVERIFY(st.step());
        victim = st.text(0);
        line = st.int64(1);
    }
    // Typed the way a complainant would say it.
    const QString spelled =
        victim.mid(3, 3) + QLatin1Char(' ') + victim.mid(6, 4) + QLatin1Char(' ') + victim.mid(10);
    QCOMPARE(dttest::runCli({QStringLiteral("trail"), path, spelled, QStringLiteral("--json")}, &out, &err),
             0);
    const QJsonObject t = QJsonDocument::fromJson(out).object();
    QCOMPARE(t.value(QStringLiteral("kind")).toString(), QStringLiteral("phone"));
    QCOMPARE(t.value(QStringLiteral("numbers")).toArray(), QJsonArray{victim});
    QJsonObject loan;
    for (const auto &v : t.value(QStringLiteral("leaks")).toArray())
        if (v.toObject().value(QStringLiteral("source")).toString() == QLatin1String("leak_loan_app_users"))
            loan = v.toObject();
    QVERIFY2(!loan.isEmpty(), out.constData());
    QCOMPARE(loan.value(QStringLiteral("line")).toInteger(), line);
    QCOMPARE(loan.value(QStringLiteral("acquired")).toString(), QStringLiteral("2026-07-20"));
    QCOMPARE(loan.value(QStringLiteral("masked")).toBool(), false);
    QCOMPARE(loan.value(QStringLiteral("called_after_acquired")).toBool(), true);
    QVERIFY(loan.value(QStringLiteral("days_after_acquired")).toDouble() > 0);
    QString opId;
    for (const auto &v : t.value(QStringLiteral("calls")).toArray())
        if (v.toObject().value(QStringLiteral("caller")).toString() == caller)
            opId = v.toObject().value(QStringLiteral("operator")).toString();
    QVERIFY2(opId.startsWith(QStringLiteral("OPR-")), out.constData());
    // The text form says the same in words.
    QCOMPARE(dttest::runCli({QStringLiteral("trail"), path, victim}, &out, &err), 0);
    QVERIFY(out.contains(QByteArray("leak_loan_app_users line ").append(QByteArray::number(line))));
    QVERIFY(out.contains("days after acquisition"));
    // Its times are the case's local times, each with its offset; none is the JSON's UTC.
    QVERIFY2(out.contains(" UTC+8"), out.constData());
    QVERIFY2(!QString::fromUtf8(out).contains(QRegularExpression(QStringLiteral("T\\d\\d:\\d\\d:\\d\\dZ"))),
             out.constData());
    QVERIFY(out.contains(caller.toUtf8()));
    // The model answers the same, in the same order, every time; a masked spelling finds the same number.
    {
        auto cf = CaseFile::open(path, CaseFile::Access::ReadOnly, &error);
        QVERIFY2(cf, qPrintable(error));
        const auto again = analysis::VictimTrail::trace(*cf, victim, &error);
        QVERIFY2(again, qPrintable(error));
        const QJsonObject againJson = analysis::VictimTrailJson::toJson(*again);
        QCOMPARE(againJson.value(QStringLiteral("leaks")), t.value(QStringLiteral("leaks")));
        QCOMPARE(againJson.value(QStringLiteral("calls")), t.value(QStringLiteral("calls")));
        const QString masked = victim.mid(3, 3) + QStringLiteral("****") + victim.right(4);
        const auto m = analysis::VictimTrail::trace(*cf, masked, &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->kind, analysis::TrailKind::MaskedPhone);
        QVERIFY(m->numbers.contains(victim));
        const QString name = loan.value(QStringLiteral("name")).toString();
        const auto byName = analysis::VictimTrail::trace(*cf, name, &error);
        QVERIFY2(byName, qPrintable(error));
        QCOMPARE(byName->kind, analysis::TrailKind::Name);
        QVERIFY(byName->numbers.contains(victim));
    }
    // A number in no list: nothing leaked, still a valid answer.
    QCOMPARE(dttest::runCli({QStringLiteral("trail"), path, caller, QStringLiteral("--json")}, &out, &err),
             0);
    QVERIFY(QJsonDocument::fromJson(out).object().value(QStringLiteral("leaks")).toArray().isEmpty());
    QCOMPARE(dttest::runCli(
                 {QStringLiteral("trail"), path, QStringLiteral("+8613800000000"), QStringLiteral("--json")},
                 &out, &err),
             0);
    QVERIFY(QJsonDocument::fromJson(out).object().value(QStringLiteral("leaks")).toArray().isEmpty());
    // A value that is no number, mask, ID number or name is a usage error.
    QCOMPARE(dttest::runCli({QStringLiteral("trail"), path, QStringLiteral("hello")}, &out, &err), 2);
    QVERIFY2(err.contains("not a phone number"), err.constData());
    QCOMPARE(dttest::runCli({QStringLiteral("trail"), path}, &out, &err), 2);
}

void TestCli::mappingProfiles()
{
    // Two lists of one seller's layout: no header, the name first, then an unrelated column, then the phone.
    const QString a =
        dttest::writeFile(m_dir.filePath(QStringLiteral("seller_a.txt")),
                          QString::fromUtf8("张三\tx\t13800000001\n李四\ty\t13800000002\n").toUtf8());
    const QString b = dttest::writeFile(m_dir.filePath(QStringLiteral("seller_b.txt")),
                                        QString::fromUtf8("王五\tz\t13900000003\n").toUtf8());
    const QString path = m_dir.filePath(QStringLiteral("profiles.dtcase"));
    QByteArray out, err;
    QCOMPARE(dttest::runCli({QStringLiteral("new"), path}, &out, &err), 0);
    QCOMPARE(
        dttest::runCli({QStringLiteral("import"), path, a, QStringLiteral("--kind"), QStringLiteral("leak"),
                        QStringLiteral("--map"), QStringLiteral("name=1,phone=3"),
                        QStringLiteral("--save-profile"), QStringLiteral("seller")},
                       &out, &err),
        0);
    QVERIFY2(out.contains("mapping profile 'seller' saved"), out.constData());
    // An unknown profile is refused before anything is read.
    QCOMPARE(dttest::runCli(
                 {QStringLiteral("import"), path, b, QStringLiteral("--profile"), QStringLiteral("nope")},
                 &out, &err),
             1);
    QVERIFY(err.contains("no mapping profile 'nope'"));
    // The saved profile gives the next file of that layout its kind and columns.
    QCOMPARE(dttest::runCli({QStringLiteral("import"), path, b, QStringLiteral("--profile"),
                             QStringLiteral("seller"), QStringLiteral("--json")},
                            &out, &err),
             0);
    const QJsonObject sum = QJsonDocument::fromJson(out).array().at(0).toObject();
    QCOMPARE(sum.value(QStringLiteral("kind")).toString(), QStringLiteral("leak"));
    QCOMPARE(sum.value(QStringLiteral("accepted")).toInt(), 1);
    QString error;
    auto cf = CaseFile::open(path, CaseFile::Access::ReadOnly, &error);
    QVERIFY(cf);
    QCOMPARE(cf->db()
                 .scalar(QStringLiteral(
                     "SELECT l.name || ' ' || n.value FROM leak_records l JOIN numbers n ON "
                     "n.id = l.phone JOIN sources s ON s.id = l.source_id WHERE s.name = 'seller_b'"))
                 .toString(),
             QString::fromUtf8("王五 +8613900000003"));
    QCOMPARE(
        cf->db()
            .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'save-mapping-profile'"))
            .toInt(),
        1);
    // --save-profile takes one file.
    QCOMPARE(dttest::runCli({QStringLiteral("import"), path, a, b, QStringLiteral("--save-profile"),
                             QStringLiteral("x")},
                            &out, &err),
             2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
