// A workbook's date system: serial day numbers counted from 1899-12-30 (Excel's default, "1900") or
// from 1904-01-01 (<workbookPr date1904="1"/>) give the same times, and the source says which.
#include "case/casefile.h"
#include "case/sourceregistry.h"
#include "ingest/importer.h"
#include "testutil.h"

#include <QDateTime>
#include <QTimeZone>
#include <QtTest>
#include <zip.h>

using namespace dt;
using namespace dt::ingest;

namespace {

const QTimeZone kZone("Asia/Shanghai");

/// The local times written in every workbook, as the analyst's spreadsheet shows them.
QVector<QDateTime> writtenTimes()
{
    return {QDateTime(QDate(2026, 3, 1), QTime(8, 30, 15), kZone),
            QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59), kZone),
            QDateTime(QDate(1999, 12, 31), QTime(12, 0, 0), kZone)};
}

/// @p t's serial day number in the workbook's date system, as a spreadsheet program stores it.
QString serialOf(const QDateTime &t, int system)
{
    const QDate zero = system == 1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
    const double serial = double(zero.daysTo(t.date())) + t.time().msecsSinceStartOfDay() / 86400000.0;
    return QString::number(serial, 'f', 10);
}

/// A call log's sheet whose start times are numeric cells holding the serials @p starts.
QByteArray sheetXml(const QStringList &starts)
{
    QByteArray x = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                   "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                   "<sheetData><row r=\"1\">";
    const char *heads[] = {"主叫号码", "被叫号码", "开始时间", "通话时长"};
    for (int k = 0; k < 4; ++k)
        x += QByteArray("<c r=\"") + char('A' + k) + "1\" t=\"inlineStr\"><is><t>" + heads[k] +
             "</t></is></c>";
    x += "</row>";
    for (int i = 0; i < starts.size(); ++i) {
        const QByteArray r = QByteArray::number(i + 2);
        x += "<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>1380000000" +
             QByteArray::number(i) + "</t></is></c><c r=\"B" + r + "\" t=\"inlineStr\"><is><t>1390000000" +
             QByteArray::number(i) + "</t></is></c><c r=\"C" + r + "\"><v>" + starts.at(i).toLatin1() +
             "</v></c><c r=\"D" + r + "\"><v>" + QByteArray::number(30 + i) + "</v></c></row>";
    }
    return x + "</sheetData></worksheet>";
}

/// A one-sheet workbook of sheetXml(@p starts); @p workbookPr: its <workbookPr> element, or empty.
bool writeWorkbook(const QString &path, const QByteArray &workbookPr, const QStringList &starts)
{
    const QList<QPair<QByteArray, QByteArray>> parts{
        {"[Content_Types].xml",
         "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
        {"xl/workbook.xml",
         "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
         "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" +
             workbookPr + "<sheets><sheet name=\"CDR\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {"xl/_rels/workbook.xml.rels",
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>"},
        {"xl/worksheets/sheet1.xml", sheetXml(starts)}};
    int zerr = 0;
    zip_t *za = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &zerr);
    if (!za)
        return false;
    for (const auto &p : parts) {
        zip_source_t *src = zip_source_buffer(za, p.second.constData(), zip_uint64_t(p.second.size()), 0);
        zip_file_add(za, p.first.constData(), src, 0);
    }
    return zip_close(za) == 0;
}

} // namespace

class TestXlsxDates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dateSystemsGiveTheSameTimes_data();
    void dateSystemsGiveTheSameTimes();
    void unknownDateSystemRefused();
    void serialsOfExcelsFalseLeapDayRejected();

private:
    /// Imports @p xlsx into a new case; the case, or null with a failure recorded.
    std::unique_ptr<CaseFile> import(const QString &xlsx, ImportSummary *sum, QString *error);
    QTemporaryDir m_dir;
};

std::unique_ptr<CaseFile> TestXlsxDates::import(const QString &xlsx, ImportSummary *sum, QString *error)
{
    const QString path = xlsx + QStringLiteral(".dtcase");
    QFile::remove(path);
    auto cf = CaseFile::create(path, QStringLiteral("dates"), error);
    if (!cf)
        return nullptr;
    ImportOptions opt;
    opt.kind = QStringLiteral("calls");
    opt.timezone = QStringLiteral("Asia/Shanghai");
    if (!Importer(*cf).importFile(xlsx, opt, sum, error))
        return nullptr;
    return cf;
}

void TestXlsxDates::dateSystemsGiveTheSameTimes_data()
{
    QTest::addColumn<QByteArray>("workbookPr");
    QTest::addColumn<int>("system");
    QTest::newRow("no workbookPr") << QByteArray() << 1900;
    QTest::newRow("workbookPr without date1904")
        << QByteArray("<workbookPr defaultThemeVersion=\"124226\"/>") << 1900;
    QTest::newRow("date1904=0") << QByteArray("<workbookPr date1904=\"0\"/>") << 1900;
    QTest::newRow("date1904=false") << QByteArray("<workbookPr date1904=\"false\"/>") << 1900;
    QTest::newRow("date1904=1") << QByteArray("<workbookPr date1904=\"1\"/>") << 1904;
    QTest::newRow("date1904=true") << QByteArray("<workbookPr codeName=\"x\" date1904=\"true\"/>") << 1904;
}

void TestXlsxDates::dateSystemsGiveTheSameTimes()
{
    QFETCH(QByteArray, workbookPr);
    QFETCH(int, system);
    QStringList serials;
    QStringList expected;
    for (const QDateTime &t : writtenTimes()) {
        serials << serialOf(t, system);
        expected << QString::number(t.toSecsSinceEpoch());
    }
    const QString xlsx = m_dir.filePath(
        QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')) +
        QStringLiteral(".xlsx"));
    QVERIFY(writeWorkbook(xlsx, workbookPr, serials));
    ImportSummary sum;
    QString error;
    auto cf = import(xlsx, &sum, &error);
    QVERIFY2(cf, qPrintable(error));
    QCOMPARE(sum.accepted, 3);
    QCOMPARE(sum.rejected, 0);
    // The same instants whichever system the workbook counts its days in.
    QCOMPARE(dttest::rows(cf->db(), QStringLiteral("SELECT start_utc FROM calls ORDER BY line")), expected);
    // The assumption is on record: the summary, the source's provenance, `info`.
    QCOMPARE(sum.excelDateSystem, system);
    QCOMPARE(sum.toJson().value(QStringLiteral("excel_date_system")).toInt(), system);
    const auto source = cf->sources().byId(sum.sourceId);
    QVERIFY(source);
    QCOMPARE(QJsonDocument::fromJson(source->timesDetail.toUtf8())
                 .object()
                 .value(QLatin1String(kExcelDateSystemKey))
                 .toInt(),
             system);
    const QString casePath = cf->path();
    cf.reset();
    QByteArray out;
    QCOMPARE(dttest::runCli({QStringLiteral("info"), QStringLiteral("--json"), casePath}, &out), 0);
    QCOMPARE(QJsonDocument::fromJson(out)
                 .object()
                 .value(QStringLiteral("sources"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("excel_date_system"))
                 .toInt(),
             system);
}

void TestXlsxDates::unknownDateSystemRefused()
{
    // Read as either system, every date could be 1,462 days off: the file is refused, not guessed.
    const QString xlsx = m_dir.filePath(QStringLiteral("odd.xlsx"));
    QVERIFY(writeWorkbook(xlsx, "<workbookPr date1904=\"yes\"/>", {serialOf(writtenTimes().at(0), 1900)}));
    ImportSummary sum;
    QString error;
    QVERIFY(!import(xlsx, &sum, &error));
    QVERIFY2(error.contains(QStringLiteral("odd.xlsx")) && error.contains(QStringLiteral("date1904=\"yes\"")),
             qPrintable(error));
}

void TestXlsxDates::serialsOfExcelsFalseLeapDayRejected()
{
    // Excel's 1900 system counts a 1900-02-29 that never was (serial 60): the serials up to it are a
    // day off from those after it. None of them is read as a time, so none is shifted silently.
    const QString xlsx = m_dir.filePath(QStringLiteral("leap.xlsx"));
    QVERIFY(writeWorkbook(xlsx, {},
                          {serialOf(writtenTimes().at(0), 1900), QStringLiteral("60.5"),
                           QStringLiteral("59.25"), QStringLiteral("61.75")}));
    ImportSummary sum;
    QString error;
    auto cf = import(xlsx, &sum, &error);
    QVERIFY2(cf, qPrintable(error));
    QCOMPARE(sum.accepted, 1);
    QCOMPARE(sum.rejected, 3);
    const QStringList reasons = dttest::rows(
        cf->db(), QStringLiteral("SELECT line || ' ' || reason FROM rejected_rows ORDER BY line"));
    const QStringList serials{QStringLiteral("60.5"), QStringLiteral("59.25"), QStringLiteral("61.75")};
    QCOMPARE(reasons.size(), serials.size());
    for (int i = 0; i < serials.size(); ++i)
        QVERIFY2(reasons.at(i).startsWith(QString::number(i + 3) + QLatin1Char(' ')) &&
                     reasons.at(i).contains(serials.at(i)),
                 qPrintable(reasons.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestXlsxDates)
#include "tst_xlsxdates.moc"
