// The import wizard shows a file's times before the import: the date order with both readings of the
// first rows when the order was not certain, and the file's clock measured against the case.
#include "case/casefile.h"
#include "importsettingspage.h"
#include "importtimespanel.h"
#include "importwizard.h"
#include "ingest/importer.h"
#include "testutil.h"

#include <cmath>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace dt;
using namespace dt::ui;

class TestGuiImportTimes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bothReadingsAndTheClockBeforeTheImport();

private:
    QTemporaryDir m_dir;
};

void TestGuiImportTimes::bothReadingsAndTheClockBeforeTheImport()
{
    // The case holds a carrier CDR of ten days of June 2006 (year first); the PBX log of the same
    // calls writes month/day/year, every date fitting both orders, and its clock runs 133 s fast.
    QByteArray cdr = "主叫号码,被叫号码,开始时间,通话时长\n", pbx = cdr;
    const QDateTime t0(QDate(2006, 6, 1), QTime(0, 8), Qt::UTC);
    for (int i = 0; i < 120; ++i) {
        const QDateTime at = t0.addSecs(qint64(i) * 7117);
        const QByteArray parties =
            QStringLiteral("138%1,139%2,").arg(10000000 + i % 13).arg(20000000 + i % 19).toUtf8();
        const QByteArray duration = ',' + QByteArray::number(20 + (i * 41) % 500) + '\n';
        cdr += parties + at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toUtf8() + duration;
        pbx += parties + at.addSecs(133).toString(QStringLiteral("M/d/yyyy H:mm:ss")).toUtf8() + duration;
    }
    QString error;
    auto cf =
        CaseFile::create(m_dir.filePath(QStringLiteral("times.dtcase")), QStringLiteral("times"), &error);
    QVERIFY2(cf, qPrintable(error));
    ingest::ImportSummary sum;
    QVERIFY2(ingest::Importer(*cf).importFile(
                 dttest::writeFile(m_dir.filePath(QStringLiteral("cdr.csv")), cdr), {}, &sum, &error),
             qPrintable(error));
    const QString pbxFile = dttest::writeFile(m_dir.filePath(QStringLiteral("pbx.csv")), pbx);

    ImportWizard wizard(cf.get(), {pbxFile});
    wizard.resize(1280, 1000);
    wizard.show();
    wizard.next();
    ImportTimesPanel *panel = wizard.settingsPage()->timesPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->preview().clock.has_value(), 30000);
    const ingest::TimesPreview &p = panel->preview();
    QCOMPARE(p.order.order, ingest::DateOrder::Mdy);
    QVERIFY(p.showBothReadings);
    // The first rows read both ways, month first taken.
    QTableWidget *readings = panel->readingsTable();
    QVERIFY(readings->isVisible());
    QCOMPARE(readings->rowCount(), 5);
    QCOMPARE(readings->item(0, 0)->text(), QStringLiteral("6/1/2006 0:10:13"));
    QCOMPARE(readings->item(0, 1)->text(), QStringLiteral("2006-01-06 00:10"));
    QCOMPARE(readings->item(0, 2)->text(), QStringLiteral("2006-06-01 00:10"));
    QVERIFY(readings->horizontalHeaderItem(2)->text().contains(QStringLiteral("(taken)")));
    QVERIFY(!readings->horizontalHeaderItem(1)->text().contains(QStringLiteral("(taken)")));
    // The clock: -133 s would be added, on all 120 calls.
    QCOMPARE(int(p.clock->decision), int(ingest::SkewEstimate::Decision::Apply));
    QVERIFY(std::abs(p.clock->correction.offsetSeconds + 133) <= 1);
    QCOMPARE(p.clock->support, 120);
    auto *clock = panel->findChild<QLabel *>(QStringLiteral("importTimesClock"));
    QVERIFY2(clock->text().contains(QStringLiteral("-133 s is added")), qPrintable(clock->text()));
    QVERIFY(!panel->findChild<QProgressBar *>(QStringLiteral("importTimesProgress"))->isVisible());
    if (const QByteArray dir = qgetenv("DT_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(wizard.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/import-times.png")));
}

QTEST_MAIN(TestGuiImportTimes)
#include "tst_gui_importtimes.moc"
