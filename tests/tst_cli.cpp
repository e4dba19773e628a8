// dialtrace-cli end to end through QProcess: the contract in docs/cli.md.
#include "analysis/victimtrail.h"
#include "analysis/victimtrailjson.h"
#include "case/casefile.h"
#include "case/schema.h"
#include "samplebuild.h"
#include "testutil.h"

#include <limits>
#include <QDateTime>
#include <QFile>
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
    void numbers();
    void skewAndSharedCalls();

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
    QTest::newRow("numbers unknown verdict") << QStringList{
        QStringLiteral("numbers"), QStringLiteral("x"), QStringLiteral("--verdict"), QStringLiteral("bad")};
    QTest::newRow("numbers unknown sort") << QStringList{QStringLiteral("numbers"), QStringLiteral("x"),
                                                         QStringLiteral("--sort"), QStringLiteral("height")};
    QTest::newRow("numbers negative limit") << QStringList{QStringLiteral("numbers"), QStringLiteral("x"),
                                                           QStringLiteral("--limit"), QStringLiteral("-3")};
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
    QTest::newRow("numbers missing") << QStringList{QStringLiteral("numbers"), missing} << "no such file";
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

void TestCli::numbers()
{
    // Every number of the sample case as JSON: the counts of each verdict are the analysis's, and
    // --verdict, --sort and --limit choose and order the rows.
    QJsonObject truth;
    const QString path = dttest::buildSampleCase(m_dir.path(), 3, &truth);
    QVERIFY(!path.isEmpty());
    QByteArray out, err;
    // Before any analysis every number is ordinary (and the case still lists them).
    QCOMPARE(dttest::runCli({QStringLiteral("numbers"), path, QStringLiteral("--json"),
                             QStringLiteral("--limit"), QStringLiteral("5")},
                            &out, &err),
             0);
    QJsonObject o = QJsonDocument::fromJson(out).object();
    QVERIFY(o.value(QStringLiteral("run_id")).isNull());
    const qint64 all =
        o.value(QStringLiteral("counts")).toObject().value(QStringLiteral("numbers")).toInteger();
    QVERIFY(all > 100);
    QCOMPARE(o.value(QStringLiteral("counts")).toObject().value(QStringLiteral("ordinary")).toInteger(), all);
    QCOMPARE(o.value(QStringLiteral("numbers")).toArray().size(), 5);

    QCOMPARE(dttest::runCli({QStringLiteral("analyze"), path}, &out, &err), 0);
    // "analysis run 1: 24 suspect numbers in 6 operators; 4 high-volume numbers judged legitimate"
    const QRegularExpressionMatch summary =
        QRegularExpression(
            QStringLiteral("(\\d+) suspect numbers .*; (\\d+) high-volume numbers judged legitimate"))
            .match(QString::fromUtf8(out));
    QVERIFY2(summary.hasMatch(), out.constData());
    // An operator's list is named with its chance, never as "p = 0" when the chance underflows.
    QVERIFY2(out.contains("masked matches, p "), out.constData());
    QVERIFY2(!out.contains("p = 0)"), out.constData());
    QCOMPARE(dttest::runCli({QStringLiteral("numbers"), path, QStringLiteral("--json")}, &out, &err), 0);
    QJsonParseError parse;
    o = QJsonDocument::fromJson(out, &parse).object();
    QCOMPARE(parse.error, QJsonParseError::NoError);
    QVERIFY(o.value(QStringLiteral("run_id")).toInteger() > 0);
    const QJsonObject counts = o.value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("suspect")).toInteger(), summary.captured(1).toLongLong());
    QCOMPARE(counts.value(QStringLiteral("legitimate")).toInteger(), summary.captured(2).toLongLong());
    QCOMPARE(counts.value(QStringLiteral("numbers")).toInteger(), all);
    const QJsonArray rows = o.value(QStringLiteral("numbers")).toArray();
    QCOMPARE(rows.size(), all);
    QCOMPARE(o.value(QStringLiteral("sort")).toString(), QStringLiteral("calls_out"));
    qint64 previous = std::numeric_limits<qint64>::max();
    for (const QJsonValue &v : rows) {
        const QJsonObject n = v.toObject();
        for (const char *field : {"number", "type", "verdict", "score", "category", "operator", "calls_out",
                                  "calls_in", "distinct_callees", "answered_share", "mean_duration_s",
                                  "active_days", "night_share", "complainants", "called_back_by", "reasons"})
            QVERIFY2(n.contains(QLatin1String(field)), field);
        QVERIFY(n.value(QStringLiteral("calls_out")).toInteger() <= previous);
        previous = n.value(QStringLiteral("calls_out")).toInteger();
    }
    // The legitimate ones, each with its score and reasons, and nothing else.
    QCOMPARE(dttest::runCli({QStringLiteral("numbers"), path, QStringLiteral("--json"),
                             QStringLiteral("--verdict"), QStringLiteral("legitimate"),
                             QStringLiteral("--sort"), QStringLiteral("callees")},
                            &out, &err),
             0);
    const QJsonArray legitimate =
        QJsonDocument::fromJson(out).object().value(QStringLiteral("numbers")).toArray();
    QCOMPARE(legitimate.size(), summary.captured(2).toLongLong());
    for (const QJsonValue &v : legitimate) {
        QCOMPARE(v[QStringLiteral("verdict")].toString(), QStringLiteral("legitimate"));
        QVERIFY(v[QStringLiteral("score")].isDouble());
        QVERIFY(!v[QStringLiteral("reasons")].toArray().isEmpty());
        QVERIFY(!v[QStringLiteral("reasons")][0][QStringLiteral("text")].toString().isEmpty());
    }
    // The text form: a summary line, a header and one line per number.
    QCOMPARE(dttest::runCli({QStringLiteral("numbers"), path, QStringLiteral("--verdict"),
                             QStringLiteral("suspect"), QStringLiteral("--sort"), QStringLiteral("score"),
                             QStringLiteral("--limit"), QStringLiteral("3")},
                            &out, &err),
             0);
    QCOMPARE(out.count('\n'), 5);
    QVERIFY(out.contains(" suspect "));
}

void TestCli::skewAndSharedCalls()
{
    // A CDR of 80 calls over four days and a PBX log of the same calls whose clock runs 133 s fast.
    QByteArray cdr = "主叫号码,被叫号码,开始时间,通话时长\n", pbx = cdr;
    const QDateTime t0(QDate(2026, 9, 1), QTime(8, 0), Qt::UTC);
    for (int i = 0; i < 80; ++i) {
        const QDateTime at = t0.addSecs(qint64(i) * 4271);
        const QByteArray parties =
            QStringLiteral("138%1,139%2,").arg(10000000 + i % 17).arg(20000000 + i % 23).toUtf8();
        const QByteArray duration = ',' + QByteArray::number(30 + (i * 37) % 600) + '\n';
        const QString format = QStringLiteral("yyyy-MM-dd HH:mm:ss");
        cdr += parties + at.toString(format).toUtf8() + duration;
        pbx += parties + at.addSecs(133).toString(format).toUtf8() + duration;
    }
    const QString path = m_dir.filePath(QStringLiteral("skew.dtcase"));
    const QString cdrFile = dttest::writeFile(m_dir.filePath(QStringLiteral("cdr.csv")), cdr);
    const QString pbxFile = dttest::writeFile(m_dir.filePath(QStringLiteral("pbx.csv")), pbx);
    const QString json = QStringLiteral("--json");
    QByteArray out, err;
    QCOMPARE(dttest::runCli({QStringLiteral("new"), path}, &out, &err), 0);
    QCOMPARE(dttest::runCli({QStringLiteral("import"), path, cdrFile}, &out, &err), 0);
    QCOMPARE(dttest::runCli({QStringLiteral("import"), path, pbxFile}, &out, &err), 0);
    // info --json: both sources share the 80 calls, stored once.
    QCOMPARE(dttest::runCli({QStringLiteral("info"), path, json}, &out, &err), 0);
    const QJsonObject info = QJsonDocument::fromJson(out).object();
    QCOMPARE(info.value(QStringLiteral("counts")).toObject().value(QStringLiteral("calls")).toInt(), 80);
    const QJsonArray sources = info.value(QStringLiteral("sources")).toArray();
    QCOMPARE(sources.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const QJsonArray shared = sources.at(i).toObject().value(QStringLiteral("shared_calls")).toArray();
        QCOMPARE(shared.size(), 1);
        QCOMPARE(shared.at(0).toObject().value(QStringLiteral("source_id")).toInt(), 2 - i);
        QCOMPARE(shared.at(0).toObject().value(QStringLiteral("calls")).toInt(), 80);
    }
    // skew: the PBX's clock measured again from its file, and what its import applied.
    QCOMPARE(dttest::runCli({QStringLiteral("skew"), path, QStringLiteral("pbx"), json}, &out, &err), 0);
    QJsonObject skew = QJsonDocument::fromJson(out).object();
    QCOMPARE(skew.value(QStringLiteral("source_id")).toInt(), 2);
    QVERIFY(skew.value(QStringLiteral("applied")).toBool());
    QCOMPARE(skew.value(QStringLiteral("clock_offset")).toInt(), -133);
    QCOMPARE(skew.value(QStringLiteral("clock_offset_basis")).toString(), QStringLiteral("estimated"));
    const QJsonObject measured = skew.value(QStringLiteral("measured")).toObject();
    QCOMPARE(measured.value(QStringLiteral("clock_offset_decision")).toString(), QStringLiteral("apply"));
    QVERIFY2(std::abs(measured.value(QStringLiteral("clock_offset_estimated_s")).toInt() + 133) <= 1,
             out.constData());
    QCOMPARE(measured.value(QStringLiteral("clock_offset_support")).toInt(), 80);
    QVERIFY(measured.value(QStringLiteral("clock_offset_spread_s")).toDouble() <= 1);
    const QJsonObject recorded = skew.value(QStringLiteral("recorded")).toObject();
    QCOMPARE(recorded.value(QStringLiteral("clock_offset_support")).toInt(), 80);
    const QJsonArray shared = skew.value(QStringLiteral("shared_calls")).toArray();
    QCOMPARE(shared.at(0).toObject().value(QStringLiteral("calls")).toInt(), 80);
    // The CDR against the corrected PBX: the clocks agree, nothing applied to it.
    QCOMPARE(dttest::runCli({QStringLiteral("skew"), path, QStringLiteral("#1"), json}, &out, &err), 0);
    skew = QJsonDocument::fromJson(out).object();
    QVERIFY(!skew.value(QStringLiteral("applied")).toBool());
    QCOMPARE(skew.value(QStringLiteral("measured"))
                 .toObject()
                 .value(QStringLiteral("clock_offset_estimated_s"))
                 .toInt(),
             0);
    QCOMPARE(dttest::runCli({QStringLiteral("skew"), path, QStringLiteral("pbx")}, &out, &err), 0);
    QVERIFY2(out.contains("Applied: -133 s"), out.constData());
    // Its file gone: what the import recorded, and why nothing is measured now.
    QVERIFY(QFile::remove(pbxFile));
    QCOMPARE(dttest::runCli({QStringLiteral("skew"), path, QStringLiteral("pbx"), json}, &out, &err), 0);
    skew = QJsonDocument::fromJson(out).object();
    QVERIFY(skew.value(QStringLiteral("measured")).isNull());
    QVERIFY(skew.value(QStringLiteral("not_measured")).toString().contains(QStringLiteral("pbx.csv")));
    QCOMPARE(skew.value(QStringLiteral("clock_offset")).toInt(), -133);
    // No such source: bad input, named; a missing argument: usage.
    QCOMPARE(dttest::runCli({QStringLiteral("skew"), path, QStringLiteral("nosuch")}, &out, &err), 1);
    QVERIFY2(err.contains("no source 'nosuch'"), err.constData());
    QCOMPARE(dttest::runCli({QStringLiteral("skew"), path}, &out, &err), 2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
