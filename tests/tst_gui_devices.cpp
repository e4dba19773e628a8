// The details panel's handset and SIM changes: a number's handsets over time and the numbers used
// in a handset, each a table with links, times in the case's zone and calls.
#include "case/casefile.h"
#include "devicescdr.h"
#include "guiutil.h"
#include "ingest/importer.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dt;
using namespace dt::ui;

class TestGuiDevices : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<CaseFile> m_case;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_case = CaseFile::create(m_dir.filePath(QStringLiteral("devices.dtcase")), QStringLiteral("devices"),
                                  &error);
        QVERIFY2(m_case, qPrintable(error));
        const QString file =
            dttest::writeFile(m_dir.filePath(QStringLiteral("cdr.csv")), dttest::kDevicesCdr);
        ingest::Importer importer(*m_case);
        QVERIFY2(importer.importFile(file, {}, nullptr, &error), qPrintable(error));
    }

    void panelShowsTheTimeline_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("rows");
        QTest::newRow("a number's handsets")
            << QStringLiteral("13800000001") << QStringLiteral("Handsets over time (2)")
            << QStringList{QStringLiteral("356938030000112"), QStringLiteral("2026-09-01 09:00:00 UTC+8"),
                           QStringLiteral("356938030000229"), QStringLiteral("2026-09-06 12:00:00 UTC+8")};
        QTest::newRow("a handset's numbers")
            << QStringLiteral("864512040000332") << QStringLiteral("Numbers used in this handset (3)")
            << QStringList{QStringLiteral("+8613800000002"), QStringLiteral("+8613800000003"),
                           QStringLiteral("+8613800000004"), QStringLiteral("2026-09-07 10:00:00 UTC+8")};
        QTest::newRow("a number without a handset")
            << QStringLiteral("13800000005") << QString() << QStringList{};
    }
    void panelShowsTheTimeline()
    {
        QFETCH(QString, value);
        QFETCH(QString, title);
        QFETCH(QStringList, rows);
        EntityPanel panel;
        panel.setCase(m_case.get());
        panel.showEntity(value);
        QVERIFY(dttest::entityShown(&panel));
        const QString html = panel.html();
        if (title.isEmpty()) {
            QVERIFY(!html.contains(QStringLiteral("Handsets over time")));
            return;
        }
        QVERIFY2(html.contains(title), qPrintable(html));
        for (const QString &r : rows)
            QVERIFY2(html.contains(r), qPrintable(r));
        // Each handset or number is a link the panel follows.
        QVERIFY(html.contains(QStringLiteral("href=\"dt:") + rows.first() + QLatin1Char('"')));
    }
};

QTEST_MAIN(TestGuiDevices)
#include "tst_gui_devices.moc"
