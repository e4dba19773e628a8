// Handset and SIM changes: the handsets a number used over time and the numbers used in a handset,
// on a small CDR whose answers are known; `dialtrace-cli devices`.
#include "case/casefile.h"
#include "case/devicetimeline.h"
#include "devicescdr.h"
#include "ingest/importer.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace dt;

namespace {
/// "value first .. last calls" per entry, times in the case's zone.
QStringList summary(const DeviceTimeline &t, const CaseClock &clock)
{
    QStringList out;
    for (const DeviceUse &u : t.uses)
        out << QStringLiteral("%1 %2 .. %3 %4")
                   .arg(u.value, clock.text(u.first), clock.text(u.last))
                   .arg(u.calls);
    return out;
}
} // namespace

class TestDevices : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<CaseFile> m_case;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("devices.dtcase"));
        QString error;
        m_case = CaseFile::create(m_path, QStringLiteral("devices"), &error);
        QVERIFY2(m_case, qPrintable(error));
        const QString file =
            dttest::writeFile(m_dir.filePath(QStringLiteral("cdr.csv")), dttest::kDevicesCdr);
        ingest::Importer importer(*m_case);
        QVERIFY2(importer.importFile(file, {}, nullptr, &error), qPrintable(error));
    }

    void timeline_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QStringList>("expected");
        const QStringList two{QStringLiteral("356938030000112 2026-09-01 09:00:00 .. 2026-09-02 10:00:00 2"),
                              QStringLiteral("356938030000229 2026-09-05 11:00:00 .. 2026-09-06 12:00:00 2")};
        QTest::newRow("a number with two handsets, one call received")
            << QStringLiteral("13800000001") << QStringLiteral("number") << QStringLiteral("+8613800000001")
            << two;
        QTest::newRow("the number in another spelling")
            << QStringLiteral("+86 138-0000-0001") << QStringLiteral("number")
            << QStringLiteral("+8613800000001") << two;
        const QStringList three{
            QStringLiteral("+8613800000002 2026-09-01 08:00:00 .. 2026-09-03 08:30:00 2"),
            QStringLiteral("+8613800000003 2026-09-04 09:00:00 .. 2026-09-06 09:30:00 2"),
            QStringLiteral("+8613800000004 2026-09-07 10:00:00 .. 2026-09-07 10:00:00 1")};
        QTest::newRow("a handset with three numbers in turn")
            << QStringLiteral("864512040000332") << QStringLiteral("imei")
            << QStringLiteral("864512040000332") << three;
        QTest::newRow("the IMEI without its check digit")
            << QStringLiteral("86451204000033") << QStringLiteral("imei") << QStringLiteral("864512040000332")
            << three;
        QTest::newRow("a number without a handset")
            << QStringLiteral("13800000005") << QStringLiteral("number") << QStringLiteral("+8613800000005")
            << QStringList{};
    }
    void timeline()
    {
        QFETCH(QString, value);
        QFETCH(QString, kind);
        QFETCH(QString, key);
        QFETCH(QStringList, expected);
        DeviceTimeline t;
        QString error;
        QVERIFY2(DeviceTimelines::lookup(m_case->db(), value, &t, &error), qPrintable(error));
        QCOMPARE(t.kind, kind);
        QCOMPARE(t.key, key);
        QCOMPARE(summary(t, m_case->clock()), expected);
        for (const DeviceUse &u : t.uses)
            QCOMPARE(u.sources, QStringList{QStringLiteral("cdr")});
    }

    void unknownValues_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("a number the case does not hold") << QStringLiteral("13712345678");
        QTest::newRow("an IMEI the case does not hold") << QStringLiteral("356938030000336");
        QTest::newRow("neither") << QStringLiteral("hello");
    }
    void unknownValues()
    {
        QFETCH(QString, value);
        DeviceTimeline t;
        QString error;
        QVERIFY(!DeviceTimelines::lookup(m_case->db(), value, &t, &error));
        QVERIFY2(error.contains(value), qPrintable(error));
    }

    void cli_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("listKey");
        QTest::addColumn<QStringList>("values");
        QTest::newRow("a number") << QStringList{QStringLiteral("138 0000 0001")} << 0
                                  << QStringLiteral("handsets")
                                  << QStringList{QStringLiteral("356938030000112"),
                                                 QStringLiteral("356938030000229")};
        QTest::newRow("a handset") << QStringList{QStringLiteral("864512040000332")} << 0
                                   << QStringLiteral("numbers")
                                   << QStringList{QStringLiteral("+8613800000002"),
                                                  QStringLiteral("+8613800000003"),
                                                  QStringLiteral("+8613800000004")};
        QTest::newRow("unknown") << QStringList{QStringLiteral("13712345678")} << 1 << QString()
                                 << QStringList{};
        QTest::newRow("no value") << QStringList{} << 2 << QString() << QStringList{};
    }
    void cli()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, listKey);
        QFETCH(QStringList, values);
        QByteArray out, err;
        QCOMPARE(dttest::runCli(QStringList{QStringLiteral("devices"), m_path} + args +
                                    QStringList{QStringLiteral("--json")},
                                &out, &err),
                 exitCode);
        if (exitCode != 0) {
            QVERIFY(!err.isEmpty());
            return;
        }
        const QJsonObject j = QJsonDocument::fromJson(out).object();
        const QJsonArray list = j.value(listKey).toArray();
        const QString valueKey =
            listKey == QLatin1String("numbers") ? QStringLiteral("number") : QStringLiteral("imei");
        QStringList got;
        for (const QJsonValue &v : list)
            got << v.toObject().value(valueKey).toString();
        QCOMPARE(got, values);
        const QJsonObject first = list.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("calls")).toInt(), 2);
        QVERIFY(first.value(QStringLiteral("first_call")).toString().endsWith(QLatin1Char('Z')));
        QCOMPARE(first.value(QStringLiteral("sources")).toArray().at(0).toString(), QStringLiteral("cdr"));
    }
};

QTEST_GUILESS_MAIN(TestDevices)
#include "tst_devices.moc"
