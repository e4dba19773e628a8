// The xlsx byte scanner against the XML reader it stands in for: the same rows (fields, line numbers,
// raw text), the same preview and the same errors for every workbook of the fixtures and for crafted
// sheets; what it does not read is handed to the XML reader with a warning, never read differently.
#include "case/casefile.h"
#include "ingest/importer.h"
#include "ingest/xlsxreader.h"
#include "sample/xlsxwriter.h"
#include "testutil.h"

#include <QDirIterator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>
#include <zip.h>

using namespace dt;
using namespace dt::ingest;

namespace {

QString zipOf(const QString &path, const QList<QPair<QByteArray, QByteArray>> &files)
{
    int zerr = 0;
    zip_t *za = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &zerr);
    if (!za)
        return {};
    for (const auto &f : files) {
        zip_source_t *src = zip_source_buffer(za, f.second.constData(), zip_uint64_t(f.second.size()), 0);
        zip_file_add(za, f.first.constData(), src, 0);
    }
    return zip_close(za) == 0 ? path : QString();
}

const QByteArray kMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/// A workbook of one sheet whose XML is @p sheet (whole), with shared strings @p shared (the part,
/// none when empty) and @p workbookPr in its workbook.xml.
QString workbook(const QString &path, const QByteArray &sheet, const QByteArray &shared = {},
                 const QByteArray &workbookPr = {})
{
    const QByteArray book =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><workbook xmlns=\"" + kMain +
        "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" + workbookPr +
        "<sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    QList<QPair<QByteArray, QByteArray>> parts{
        {"[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
                                "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
        {"xl/workbook.xml", book},
        {"xl/_rels/workbook.xml.rels",
         "<?xml version=\"1.0\"?><Relationships "
         "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
         "Target=\"worksheets/sheet1.xml\"/></Relationships>"},
        {"xl/worksheets/sheet1.xml", sheet}};
    if (!shared.isEmpty())
        parts.append({"xl/sharedStrings.xml", shared});
    return zipOf(path, parts);
}

/// A sheet whose sheetData holds @p rows.
QByteArray sheetOf(const QByteArray &rows)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + kMain +
           "\"><sheetData>" + rows + "</sheetData></worksheet>";
}

QByteArray inlineRow(int r, const QList<QByteArray> &cells)
{
    QByteArray row = "<row r=\"" + QByteArray::number(r) + "\">";
    for (qsizetype i = 0; i < cells.size(); ++i)
        row += "<c r=\"" + QByteArray(1, char('A' + i)) + QByteArray::number(r) +
               "\" t=\"inlineStr\"><is><t>" + cells.at(i) + "</t></is></c>";
    return row + "</row>";
}

/// Rows of plain cells, @p n of them from row 1, numbers and inline strings.
QByteArray plainRows(int from, int n)
{
    QByteArray rows;
    for (int r = from; r < from + n; ++r)
        rows += inlineRow(r, {"13800" + QByteArray::number(100000 + r), "主叫", QByteArray::number(r * 7)});
    return rows;
}

/// What a read gave: every record (line, fields, raw), whether it succeeded, its error, its warnings.
struct Read
{
    QList<QByteArray> records;
    bool ok = false;
    QString error;
    QStringList warnings;
    QVector<QStringList> preview;
    QString openError;
};

Read readAll(const QString &file, bool reference)
{
    Read out;
    XlsxReader reader;
    ImportOptions options;
    options.referenceParse = reference;
    {
        Input input(file);
        Layout layout;
        if (reader.open(input, options, &layout, &out.openError))
            out.preview = layout.preview;
    }
    Input input(file);
    CallbackSink sink([&out](QVector<Record> &batch) {
        for (const Record &r : batch) {
            QByteArray s = QByteArray::number(r.line) + '|' + QByteArray::number(r.fields.size()) + '|';
            for (const QByteArray &f : r.fields)
                s += f.toHex() + ',';
            s += '|' + r.raw.toHex() + (r.repaired ? "|repaired" : "") + (r.tooLong ? "|tooLong" : "");
            out.records << s;
        }
        batch.clear();
        return true;
    });
    ReadContext context;
    context.warn = [&out](const QString &w) { out.warnings << w; };
    out.ok = reader.read(input, Layout(), options, sink, context, &out.error);
    return out;
}

} // namespace

class TestXlsxScanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void sameAsTheXmlReader_data();
    void sameAsTheXmlReader();
    void handOverIsInTheImportSummary();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestXlsxScanner::sameAsTheXmlReader_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("handedOver"); ///< 1: the XML reader takes over, 0: never, -1: either
    QTest::addColumn<int>("reads"); ///< 1: the sheet reads, 0: it fails (the XML reader's error), -1: either

    for (const QString &root : {QStringLiteral(DT_FIXTURES_DIR), QStringLiteral(DT_TEST_DATA_DIR)}) {
        QDirIterator it(root, {QStringLiteral("*.xlsx"), QStringLiteral("*.xlsm")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            QTest::addRow("fixture %s", qPrintable(QDir(root).relativeFilePath(f))) << f << 0 << 1;
        }
    }
    // The sample generator's workbooks: shared strings, as the sample's lists are written.
    sample::XlsxWriter w;
    w.addRow(
        {QStringLiteral("姓名"), QStringLiteral("手机"), QStringLiteral("身份证号"), QStringLiteral("备注")});
    for (int i = 0; i < 3000; ++i)
        w.addRow({QStringLiteral("张%1").arg(i), QStringLiteral("1390000%1").arg(i, 4, 10, QLatin1Char('0')),
                  QStringLiteral("11010119900101%1").arg(i % 10000, 4, 10, QLatin1Char('0')),
                  i % 7 ? QString() : QStringLiteral("a & b <c> \"d\"")});
    QString error;
    QVERIFY2(w.save(path(QStringLiteral("sample.xlsx")), &error), qPrintable(error));
    QTest::newRow("sample generator") << path(QStringLiteral("sample.xlsx")) << 0 << 1;

    const auto crafted = [this](const char *tag, const QByteArray &sheet, int handedOver, int reads,
                                const QByteArray &shared = {}, const QByteArray &workbookPr = {}) {
        const QString f = workbook(path(QString::fromLatin1(tag).replace(QLatin1Char(' '), QLatin1Char('_')) +
                                        QStringLiteral(".xlsx")),
                                   sheet, shared, workbookPr);
        QVERIFY(!f.isEmpty());
        QTest::newRow(tag) << f << handedOver << reads;
    };
    crafted("inline strings and numbers", sheetOf(plainRows(1, 50)), 0, 1);
    crafted("missing cells",
            sheetOf("<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"D1\"><v>4</v></c></row>"
                    "<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>x</t></is></c><c r=\"C3\"/></row>"),
            0, 1);
    crafted(
        "no references",
        sheetOf("<row><c t=\"inlineStr\"><is><t>a</t></is></c><c><v>2</v></c></row><row><c><v>3</v></c></row>"
                "<row r=\"0\"><c r=\"\"><v>4</v></c></row><row r=\"007\"><c r=\"b7\"><v>5</v></c></row>"),
        0, 1);
    crafted("cells out of order",
            sheetOf("<row r=\"1\"><c r=\"C1\"><v>3</v></c><c r=\"A1\"><v>1</v></c><c r=\"C1\"><v>33</v></c>"
                    "<c r=\"AA1\"><v>27</v></c><c r=\"1A\"><v>9</v></c></row>"),
            0, 1);
    crafted(
        "entities",
        sheetOf(
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\" s=\"&#49;\"><is><t>a &amp; b &lt;c&gt; &quot;d&quot; "
            "&apos;e&apos; &#20013;&#x6587; &#x1F600;</t></is></c><c r=\"B1\"><v>&#49;2</v>"
            "</c></row>"),
        0, 1);
    crafted(
        "rich text inline",
        sheetOf("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><r><rPr><b/><sz val=\"11\"/></rPr><t>粗</t></r>"
                "<r><t xml:space=\"preserve\"> 体 </t></r><rPh sb=\"0\" eb=\"1\"><t>ふ</t></rPh></is></c>"
                "<c r=\"B1\" t=\"s\"><v>1</v></c></row>"),
        0, 1,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + kMain +
            "\" count=\"3\" uniqueCount=\"3\"><si><t>plain</t></si><si><r><t>rich</t></r><r><rPr><i/></rPr>"
            "<t xml:space=\"preserve\"> text &amp; more</t></r><rPh sb=\"0\" eb=\"1\"><t>ルビ</t></rPh></si>"
            "<si><t/></si></sst>");
    crafted("shared strings by index",
            sheetOf("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>2</v></c>"
                    "<c r=\"C1\" t=\"s\"><v>99</v></c><c r=\"D1\" t=\"s\"><v>0001</v></c><c r=\"E1\" "
                    "t=\"s\"/></row>"),
            0, 1,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + kMain +
                "\"><si><t>零</t></si><si><t>one</t></si><si><t>two</t></si></sst>");
    crafted("very long cells",
            sheetOf(inlineRow(1, {QByteArray(3 << 20, 'x'), "b"}) +
                    inlineRow(2, {QByteArray(1 << 20, 'y') + "&amp;" + QByteArray(300000, '9')}) +
                    plainRows(3, 10)),
            0, 1);
    crafted("dates in the 1904 system",
            sheetOf("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>43000.5</v></c><c r=\"B1\" s=\"1\"><v>0</v></c>"
                    "<c r=\"C1\" s=\"2\"><v>1.5E-3</v></c></row>"),
            0, 1, {}, "<workbookPr date1904=\"1\"/>");
    crafted(
        "CDATA",
        sheetOf(
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t><![CDATA[a<b & c]]]]><![CDATA[>]]></t></is></c>"
            "</row>"),
        0, 1);
    crafted(
        "formulas and cell types",
        sheetOf(
            "<row r=\"1\"><c r=\"A1\"><f>1+1</f><v>2</v></c><c r=\"B1\" t=\"str\"><f>\"x\"</f><v>x</v></c>"
            "<c r=\"C1\" t=\"b\"><v>1</v></c><c r=\"D1\" t=\"e\"><v>#DIV/0!</v></c></row>"),
        0, 1);
    crafted("namespace prefixes",
            "<?xml version='1.0' encoding='utf-8'?><x:worksheet xmlns:x=\"" + kMain +
                "\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
                "xmlns:x14ac=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac\" "
                "mc:Ignorable=\"x14ac\">"
                "<x:sheetData><x:row r=\"1\" spans=\"1:2\" x14ac:dyDescent=\"0.25\"><x:c r=\"A1\" "
                "t=\"inlineStr\">"
                "<x:is><x:t>p</x:t></x:is></x:c><x:c r=\"B1\"><x:v>5</x:v></x:c></x:row></x:sheetData>"
                "</x:worksheet>",
            0, 1);
    crafted("empty elements and text between cells",
            sheetOf("<row r=\"1\">junk <c r=\"A1\"/><c r=\"B1\"><v/></c>\n\t<c "
                    "r=\"C1\"><v>3</v></c></row><row r=\"2\"/>"
                    "<row r=\"3\"><c r=\"A3\"><v>1</v></c></row>"),
            0, 1);
    crafted("no sheet data", sheetOf({}).replace("<sheetData></sheetData>", "<sheetData/>"), 0, 1);
    crafted("no XML declaration", sheetOf(plainRows(1, 3)).mid(sheetOf({}).indexOf("<worksheet")), 0, 1);
    crafted("a comment after rows", sheetOf(plainRows(1, 5) + "<!-- c -->" + plainRows(6, 5)), 1, 1);
    crafted("a carriage return in a value",
            sheetOf(plainRows(1, 2) + inlineRow(3, {"a\r\nb", "c\rd"}) + plainRows(4, 2)), 1, 1);
    crafted("a processing instruction after many rows",
            sheetOf(plainRows(1, 12000) + "<?pi x?>" + plainRows(12001, 10)), 1, 1);
    crafted("a row number that is not a number",
            sheetOf(plainRows(1, 2) + "<row r=\"x\"><c><v>1</v></c></row>"), 1, 1);
    crafted("a shared index with spaces", sheetOf("<row r=\"1\"><c r=\"A1\" t=\"s\"><v> 1 </v></c></row>"), 1,
            1,
            "<?xml version=\"1.0\"?><sst xmlns=\"" + kMain + "\"><si><t>a</t></si><si><t>b</t></si></sst>");
    crafted("an encoding other than UTF-8",
            QByteArray(QStringEncoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom)
                           .encode(QString::fromUtf8(sheetOf(plainRows(1, 3)).replace("UTF-8", "UTF-16")))),
            1, 1);
    crafted("a DTD",
            "<?xml version=\"1.0\"?><!DOCTYPE worksheet><worksheet xmlns=\"" + kMain + "\"><sheetData>" +
                plainRows(1, 2) + "</sheetData></worksheet>",
            1, -1);
    crafted("character references below a space",
            sheetOf(plainRows(1, 2) + inlineRow(3, {"tab&#x9;lf&#10;"})), 1, 1);
    crafted("mismatched tags", sheetOf(plainRows(1, 4) + "<row r=\"5\"><c r=\"A5\"><v>1</c></v></row>"), 1,
            0);
    crafted("a truncated sheet", sheetOf(plainRows(1, 4)).left(sheetOf(plainRows(1, 4)).size() - 40), 1, 0);
    crafted("an undeclared prefix", sheetOf(plainRows(1, 2) + "<y:row r=\"3\"/>"), 1, -1);
    crafted("an undefined entity", sheetOf(plainRows(1, 2) + inlineRow(3, {"&nbsp;"})), 1, -1);
    crafted("a control character", sheetOf(plainRows(1, 2) + inlineRow(3, {"a&#1;b"})), 1, -1);
    crafted("a raw control character", sheetOf(plainRows(1, 2) + inlineRow(3, {"a\x01z"})), 1, -1);
    crafted("bytes that are not UTF-8", sheetOf(plainRows(1, 2) + inlineRow(3, {"a\xC3(b"})), 1, -1);
    crafted("a duplicate attribute", sheetOf(plainRows(1, 2) + "<row r=\"3\" r=\"4\"/>"), 1, -1);
    crafted("text after the root", sheetOf(plainRows(1, 2)) + "tail", 1, -1);
}

void TestXlsxScanner::sameAsTheXmlReader()
{
    QFETCH(QString, file);
    QFETCH(int, handedOver);
    QFETCH(int, reads);
    const Read fast = readAll(file, false), reference = readAll(file, true);
    QCOMPARE(reference.warnings, QStringList());
    QCOMPARE(fast.ok, reference.ok);
    QCOMPARE(fast.error, reference.error);
    QCOMPARE(fast.records.size(), reference.records.size());
    for (qsizetype i = 0; i < fast.records.size(); ++i)
        QCOMPARE(fast.records.at(i), reference.records.at(i));
    QCOMPARE(fast.openError, reference.openError);
    QCOMPARE(fast.preview, reference.preview);
    if (handedOver >= 0)
        QCOMPARE(fast.warnings.size(), handedOver);
    if (reads >= 0)
        QCOMPARE(fast.ok, reads == 1);
}

void TestXlsxScanner::handOverIsInTheImportSummary()
{
    QByteArray rows = inlineRow(1, {"本机号码", "对方号码", "呼叫类型", "开始时间", "通话时长"});
    for (int r = 2; r < 40; ++r) {
        rows +=
            inlineRow(r, {"13800138000", "1390000" + QByteArray::number(1000 + r), r % 2 ? "主叫" : "被叫",
                          "2026-03-01 08:" + QByteArray::number(10 + r) + ":00", QByteArray::number(r)});
        if (r == 20)
            rows += "<!-- a program's note -->";
    }
    const QString file = workbook(path(QStringLiteral("cdr.xlsx")), sheetOf(rows));
    QVERIFY(!file.isEmpty());
    QList<QPair<qint64, QStringList>> results;
    for (const bool reference : {false, true}) {
        const QString casePath =
            path(reference ? QStringLiteral("ref.dtcase") : QStringLiteral("fast.dtcase"));
        QString error;
        QVERIFY2(CaseFile::create(casePath, QStringLiteral("x"), &error), qPrintable(error));
        auto cf = CaseFile::open(casePath, CaseFile::Access::ReadWrite, &error);
        QVERIFY2(cf, qPrintable(error));
        ImportOptions options;
        options.referenceParse = reference;
        ImportSummary sum;
        QVERIFY2(Importer(*cf).importFile(file, options, &sum, &error), qPrintable(error));
        results.append({sum.accepted, sum.warnings});
    }
    QCOMPARE(results.at(0).first, 38);
    QCOMPARE(results.at(1).first, 38);
    const QStringList handOver = results.at(0).second.filter(QStringLiteral("general XML reader"));
    QCOMPARE(handOver.size(), 1);
    QVERIFY2(handOver.at(0).contains(QStringLiteral("row 21")) &&
                 handOver.at(0).contains(QStringLiteral("comment")),
             qPrintable(handOver.at(0)));
    QVERIFY(results.at(1).second.filter(QStringLiteral("general XML reader")).isEmpty());
}

QTEST_GUILESS_MAIN(TestXlsxScanner)
#include "tst_xlsxscanner.moc"
