// Common contacts: the numbers every party called or was called by, on a small case whose answers are
// known; operators stand for their numbers; a party's numbers are no one's contacts; the table model;
// `dialtrace-cli common`.
#include "analysis/commoncontacts.h"
#include "analysis/findings.h"
#include "case/casefile.h"
#include "ingest/importer.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace dt;
using namespace dt::analysis;

namespace {
// A, B, C are the parties' numbers; X, Y, Z, W their contacts.
const QByteArray kCalls = "caller,callee,start,duration\n"
                          "13800000001,13900000011,2026-09-01 09:00:00,60\n"  // A → X
                          "13800000001,13900000012,2026-09-01 09:05:00,30\n"  // A → Y
                          "13800000001,13900000012,2026-09-02 10:00:00,0\n"   // A → Y
                          "13800000001,13900000013,2026-09-01 09:10:00,10\n"  // A → Z
                          "13900000013,13800000001,2026-09-03 20:00:00,120\n" // Z → A
                          "13800000002,13900000012,2026-09-01 11:00:00,5\n"   // B → Y
                          "13800000002,13900000013,2026-09-01 11:05:00,6\n"   // B → Z
                          "13800000002,13900000014,2026-09-01 11:10:00,7\n"   // B → W
                          "13800000001,13800000002,2026-09-01 12:00:00,8\n"  // A → B: parties, not contacts
                          "13800000003,13900000013,2026-09-04 08:00:00,9\n"; // C → Z

/// "number calls out/in,out/in…" per contact, in the result's order.
QStringList summary(const CommonContactsResult &r)
{
    QStringList out;
    for (const CommonContact &c : r.contacts) {
        QStringList parts;
        for (const PartyCalls &p : c.byParty)
            parts << QStringLiteral("%1/%2").arg(p.out).arg(p.in);
        out << QStringLiteral("%1 %2 %3").arg(c.number).arg(c.calls).arg(parts.join(QLatin1Char(',')));
    }
    return out;
}
/// A run whose only operator, OPR-001, runs two of the case's numbers.
analysis::Findings oneOperator()
{
    analysis::Findings f;
    f.run.id = 1;
    analysis::Operator o;
    o.id = QStringLiteral("OPR-001");
    o.numbers = {QStringLiteral("+8613800000001"), QStringLiteral("+8613800000002")};
    f.operators.push_back(o);
    return f;
}
} // namespace

class TestCommonContacts : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<CaseFile> m_case;
    const analysis::Findings m_findings = oneOperator();

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("common.dtcase"));
        QString error;
        m_case = CaseFile::create(m_path, QStringLiteral("common"), &error);
        QVERIFY2(m_case, qPrintable(error));
        const QString file = dttest::writeFile(m_dir.filePath(QStringLiteral("calls.csv")), kCalls);
        ingest::Importer importer(*m_case);
        QVERIFY2(importer.importFile(file, {}, nullptr, &error), qPrintable(error));
    }

    void findsWhatEveryPartyShares_data()
    {
        QTest::addColumn<QStringList>("inputs");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("A and B: Y and Z, B is a party")
            << QStringList{QStringLiteral("13800000001"), QStringLiteral("13800000002")}
            << QStringList{QStringLiteral("+8613900000012 3 2/0,1/0"),
                           QStringLiteral("+8613900000013 3 1/1,1/0")};
        QTest::newRow("any spelling")
            << QStringList{QStringLiteral("+86 138-0000-0001"), QStringLiteral("0086 13800000002")}
            << QStringList{QStringLiteral("+8613900000012 3 2/0,1/0"),
                           QStringLiteral("+8613900000013 3 1/1,1/0")};
        QTest::newRow("A, B and C: Z only")
            << QStringList{QStringLiteral("13800000001"), QStringLiteral("13800000002"),
                           QStringLiteral("13800000003")}
            << QStringList{QStringLiteral("+8613900000013 4 1/1,1/0,1/0")};
        QTest::newRow("an operator stands for its numbers")
            << QStringList{QStringLiteral("OPR-001"), QStringLiteral("13800000003")}
            << QStringList{QStringLiteral("+8613900000013 4 2/1,1/0")};
        QTest::newRow("nothing in common")
            << QStringList{QStringLiteral("13900000011"), QStringLiteral("13900000014")} << QStringList{};
    }
    void findsWhatEveryPartyShares()
    {
        QFETCH(QStringList, inputs);
        QFETCH(QStringList, expected);
        std::vector<ContactParty> parties;
        QString error;
        QVERIFY2(CommonContacts::resolve(m_case->db(), m_findings, inputs, &parties, &error),
                 qPrintable(error));
        CommonContactsResult r;
        QVERIFY2(CommonContacts::find(m_case->db(), parties, &r, &error), qPrintable(error));
        QCOMPARE(summary(r), expected);
    }

    void timesAndCallsPerNumber()
    {
        std::vector<ContactParty> parties;
        QString error;
        QVERIFY(CommonContacts::resolve(m_case->db(), m_findings,
                                        {QStringLiteral("OPR-001"), QStringLiteral("13800000003")}, &parties,
                                        &error));
        QCOMPARE(parties[0].kind, QStringLiteral("operator"));
        QCOMPARE(parties[0].numbers.size(), 2);
        QCOMPARE(parties[1].kind, QStringLiteral("number"));
        CommonContactsResult r;
        QVERIFY(CommonContacts::find(m_case->db(), parties, &r, &error));
        QCOMPARE(r.contacts.size(), size_t(1));
        const CommonContact &z = r.contacts[0];
        const CaseClock &clock = m_case->clock();
        QCOMPARE(clock.text(z.first), QStringLiteral("2026-09-01 09:10:00"));
        QCOMPARE(clock.text(z.last), QStringLiteral("2026-09-04 08:00:00"));
        QCOMPARE(clock.text(z.byParty[0].last), QStringLiteral("2026-09-03 20:00:00"));
        // The operator's calls with Z, number by number: A out (10 s), A in (120 s), B out (6 s).
        QCOMPARE(z.byParty[0].links.size(), size_t(3));
        qint64 seconds = 0;
        for (const auto &l : z.byParty[0].links)
            seconds += l.duration;
        QCOMPARE(seconds, 136);
        const QJsonObject j = r.toJson();
        QCOMPARE(
            j.value(QStringLiteral("common")).toArray().at(0).toObject().value(QStringLiteral("first_call")),
            QJsonValue(QStringLiteral("2026-09-01T01:10:00Z")));
    }

    void refusesWhatItCannotAnswer()
    {
        std::vector<ContactParty> parties;
        QString error;
        QVERIFY(!CommonContacts::resolve(m_case->db(), m_findings,
                                         {QStringLiteral("13800000001"), QStringLiteral("13712345678")},
                                         &parties, &error));
        QVERIFY2(error.contains(QStringLiteral("13712345678")), qPrintable(error));
        QVERIFY(CommonContacts::resolve(m_case->db(), m_findings, {QStringLiteral("13800000001")}, &parties,
                                        &error));
        CommonContactsResult r;
        QVERIFY(!CommonContacts::find(m_case->db(), parties, &r, &error));
        QVERIFY(error.contains(QStringLiteral("two or more")));
    }

    void tableModel()
    {
        std::vector<ContactParty> parties;
        QString error;
        QVERIFY(CommonContacts::resolve(m_case->db(), m_findings,
                                        {QStringLiteral("13800000001"), QStringLiteral("13800000002")},
                                        &parties, &error));
        CommonContactsResult r;
        QVERIFY(CommonContacts::find(m_case->db(), parties, &r, &error));
        CommonContactsModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setResult(r, m_case->clock());
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.columnCount(), int(CommonContactsModel::FixedColumns) + 4);
        QCOMPARE(m.headerData(CommonContactsModel::FixedColumns, Qt::Horizontal).toString(),
                 QStringLiteral("13800000001 called"));
        QCOMPARE(m.headerData(CommonContactsModel::FixedColumns + 1, Qt::Horizontal).toString(),
                 QStringLiteral("Called 13800000001"));
        QCOMPARE(m.index(1, CommonContactsModel::FixedColumns + 1).data().toLongLong(), 1); // Z called A once
        QCOMPARE(m.index(0, CommonContactsModel::FirstCall).data().toString(),
                 QStringLiteral("2026-09-01 09:05:00"));
    }

    void cli_data()
    {
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("contacts");
        QTest::newRow("two numbers") << QStringList{QStringLiteral("13800000001"),
                                                    QStringLiteral("13800000002")}
                                     << 0 << 2;
        QTest::newRow("one value") << QStringList{QStringLiteral("13800000001")} << 2 << -1;
        QTest::newRow("unknown number")
            << QStringList{QStringLiteral("13800000001"), QStringLiteral("13712345678")} << 1 << -1;
    }
    void cli()
    {
        QFETCH(QStringList, values);
        QFETCH(int, exitCode);
        QFETCH(int, contacts);
        QByteArray out, err;
        QCOMPARE(dttest::runCli(QStringList{QStringLiteral("common"), m_path} + values +
                                    QStringList{QStringLiteral("--json")},
                                &out, &err),
                 exitCode);
        if (exitCode != 0) {
            QVERIFY(!err.isEmpty());
            return;
        }
        const QJsonObject j = QJsonDocument::fromJson(out).object();
        QCOMPARE(j.value(QStringLiteral("common")).toArray().size(), contacts);
        QCOMPARE(j.value(QStringLiteral("parties")).toArray().size(), values.size());
        const QJsonObject first = j.value(QStringLiteral("common")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("number")).toString(), QStringLiteral("+8613900000012"));
        QCOMPARE(first.value(QStringLiteral("by_party"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("calls_out"))
                     .toInt(),
                 2);
    }
};

QTEST_GUILESS_MAIN(TestCommonContacts)
#include "tst_commoncontacts.moc"
