// The readers behind one interface: the registry's choice of reader, compressed exports (.gz, a
// .zip of one file) imported as their content, the streamed JSON list and spreadsheet, and every
// reader stopping on cancel with the case unchanged.
#include "case/casefile.h"
#include "case/database.h"
#include "core/sha256.h"
#include "ingest/htmlreader.h"
#include "ingest/importer.h"
#include "ingest/jsonreader.h"
#include "ingest/readerregistry.h"
#include "sample/xlsxwriter.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <zip.h>
#include <zlib.h>

using namespace dt;
using namespace dt::ingest;

namespace {

/// @p data as a gzip member (as gzip writes it).
QByteArray gzip(const QByteArray &data, int level = Z_DEFAULT_COMPRESSION)
{
    z_stream z = {};
    deflateInit2(&z, level, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&z, uLong(data.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.truncate(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

/// A zip archive of @p files (name, content), written to @p path.
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

/// The current data row's tag, fit for a file name.
QString tag()
{
    return QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// A carrier CDR of @p rows rows, with rows the import rejects and quoted lines among them.
QByteArray cdr(int rows)
{
    QByteArray text = "本机号码,对方号码,呼叫类型,开始时间,通话时长,IMEI,LAC,CELLID\n";
    for (int i = 0; i < rows; ++i) {
        if (i % 997 == 5) {
            text += "13900000000,,主叫,not a time,x,,,\n";
            continue;
        }
        text += QStringLiteral("139%1,%2,%3,2026-09-01 %4:%5:%6,%7,86753104022%8,22%9,%10\n")
                    .arg(10000000 + i % 5000, 8)
                    .arg(i % 7 ? QStringLiteral("138%1").arg(20000000 + i % 3000, 8)
                               : QStringLiteral("\"+86 138-%1\"").arg(2000 + i % 3000))
                    .arg(i % 2 ? QStringLiteral("被叫") : QStringLiteral("主叫"))
                    .arg(8 + i / 3600 % 12, 2, 10, QLatin1Char('0'))
                    .arg(i / 60 % 60, 2, 10, QLatin1Char('0'))
                    .arg(i % 60, 2, 10, QLatin1Char('0'))
                    .arg(i % 300)
                    .arg(1000 + i % 50, 4)
                    .arg(i % 3)
                    .arg(i % 400)
                    .toUtf8();
    }
    return text;
}

struct CaseState
{
    qint64 sources = 0, calls = 0, numbers = 0, leaks = 0, complaints = 0, rejected = 0, audit = 0;
    bool operator==(const CaseState &o) const
    {
        return sources == o.sources && calls == o.calls && numbers == o.numbers && leaks == o.leaks &&
               complaints == o.complaints && rejected == o.rejected && audit == o.audit;
    }
};

CaseState stateOf(CaseFile &cf)
{
    const CaseCounts c = cf.counts();
    return {c.sources, c.calls, c.numbers, c.leakRecords, c.complaints, c.rejectedRows, c.auditEntries};
}

/// What an import stored: every call with its numbers' values, the rejected rows, leak records and
/// complaints, in order.
QStringList stored(Database &db)
{
    QStringList out;
    out << dttest::rows(
        db, QStringLiteral("SELECT a.value, b.value, c.start_utc, c.duration, c.answered, c.line, "
                           "c.cell, c.callee_cell FROM calls c JOIN numbers a ON a.id = c.caller "
                           "JOIN numbers b ON b.id = c.callee ORDER BY c.id"));
    out << dttest::rows(db, QStringLiteral("SELECT line, reason, hex(raw) FROM rejected_rows ORDER BY id"));
    out << dttest::rows(db, QStringLiteral("SELECT call_id, line FROM call_rows ORDER BY 1, 2"));
    out << dttest::rows(
        db, QStringLiteral("SELECT n.value, l.line, l.name, l.id_card, l.extra FROM leak_records l "
                           "LEFT JOIN numbers n ON n.id = l.phone ORDER BY l.id"));
    out << dttest::rows(db, QStringLiteral("SELECT n.value, c.line, c.time_utc, c.category FROM complaints c "
                                           "JOIN numbers n ON n.id = c.reported ORDER BY c.id"));
    return out;
}

} // namespace

class TestIngestReaders : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void registryPicksByContent_data();
    void registryPicksByContent();
    void everyFormatHasItsReader();
    void compressedImportsAsItsContent_data();
    void compressedImportsAsItsContent();
    void zipOfAWorkbookImports();
    void gzipCsvIsNoBinaryData();
    void badCompressedFileLeavesCaseUnchanged_data();
    void badCompressedFileLeavesCaseUnchanged();
    void oversizedRecordsRefused_data();
    void oversizedRecordsRefused();
    void jsonListAcrossChunks();
    void jsonErrorsNameTheLine_data();
    void jsonErrorsNameTheLine();
    void xlsxSheetAcrossChunks();
    void readersStopWhenCancelled_data();
    void readersStopWhenCancelled();

private:
    QString newCase(const QString &name);
    QString file(const QString &name, const QByteArray &content)
    {
        return dttest::writeFile(m_dir.filePath(name), content);
    }
    QTemporaryDir m_dir;
};

QString TestIngestReaders::newCase(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QString error;
    QFile::remove(path);
    auto cf = CaseFile::create(path, name, &error);
    return cf ? path : QString();
}

void TestIngestReaders::registryPicksByContent_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reader");
    QTest::addColumn<QString>("format");
    const QByteArray csv =
        "主叫号码,被叫号码,开始时间,通话时长\n13800000001,13900000001,2026-09-01 10:00:00,5\n";
    QTest::newRow("csv") << "a.csv" << csv << "delimited"
                         << "delimited";
    QTest::newRow("csv named .json") << "a.json" << csv << "delimited"
                                     << "delimited";
    QTest::newRow("json") << "a.txt" << QByteArray("[\"13800000001\", \"13900000001\"]") << "json"
                          << "json";
    QTest::newRow("html") << "a.htm"
                          << QByteArray(
                                 "<html><body><table><tr><td>主叫号码</td><td>被叫号码</td><td>开始时间</td>"
                                 "</tr><tr><td>13800000001</td><td>13900000001</td><td>2026-09-01 "
                                 "10:00:00</td></tr></table></body></html>")
                          << "html"
                          << "html-table";
    QTest::newRow("gzip csv") << "a.csv.gz" << gzip(csv) << "compressed"
                              << "gzip+delimited";
    QTest::newRow("gzip without .gz") << "a.dat" << gzip(csv) << "compressed"
                                      << "gzip+delimited";
    QTest::newRow("gzip json") << "feed.json.gz" << gzip("[\"13800000001\"]") << "compressed"
                               << "gzip+json";
}

void TestIngestReaders::registryPicksByContent()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, reader);
    QFETCH(QString, format);
    const QString path = file(name, content);
    Layout layout;
    QString error;
    QVERIFY2(Importer::sniff(path, {}, &layout, &error), qPrintable(error));
    QCOMPARE(layout.reader, reader);
    QCOMPARE(layout.format, format);
    QVERIFY(ReaderRegistry::instance().readerOf(layout));
}

void TestIngestReaders::everyFormatHasItsReader()
{
    // Each format is some reader's, once; --format with it picks that reader, or says it is unknown.
    const ReaderRegistry &registry = ReaderRegistry::instance();
    const QStringList formats = registry.formats();
    QCOMPARE(QSet<QString>(formats.cbegin(), formats.cend()).size(), formats.size());
    for (const char *f : {"delimited", "carrier-cdr", "asterisk-master-csv", "freeswitch-cdr-csv", "xlsx",
                          "json", "html-bill-cmcc", "android-calls", "ios-callhistory", "calllog-db"})
        QVERIFY2(formats.contains(QLatin1String(f)), f);
    for (const char *p : {"*.csv", "*.xlsx", "*.json", "*.html", "*.db", "*.gz", "*.zip"})
        QVERIFY2(registry.patterns().contains(QLatin1String(p)), p);
    const QString csv =
        file(QStringLiteral("plain.csv"), "主叫号码,被叫号码,开始时间\n13800000001,13900000001,2026-09-01\n");
    ImportOptions opt;
    opt.format = QStringLiteral("carrier-cdr");
    Layout layout;
    QString error;
    QVERIFY2(Importer::sniff(csv, opt, &layout, &error), qPrintable(error));
    QCOMPARE(layout.reader, QStringLiteral("delimited"));
    QCOMPARE(layout.format, QStringLiteral("carrier-cdr"));
    opt.format = QStringLiteral("xlsx"); // another reader's format: that reader, which refuses the text
    QVERIFY(!Importer::sniff(csv, opt, &layout, &error));
    QVERIFY2(error.contains(csv), qPrintable(error));
    opt.format = QStringLiteral("no-such-format");
    QVERIFY(!Importer::sniff(csv, opt, &layout, &error));
    QVERIFY2(error.contains(QStringLiteral("no-such-format")) &&
                 error.contains(QStringLiteral("carrier-cdr")),
             qPrintable(error));
}

void TestIngestReaders::compressedImportsAsItsContent_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("format");
    QTest::newRow("gzip") << "cdr.csv.gz"
                          << "gzip+carrier-cdr";
    QTest::newRow("gzip of two members") << "cdr2.csv.gz"
                                         << "gzip+carrier-cdr";
    QTest::newRow("zip of one csv") << "cdr.zip"
                                    << "zip+carrier-cdr";
}

void TestIngestReaders::compressedImportsAsItsContent()
{
    QFETCH(QString, name);
    QFETCH(QString, format);
    const QByteArray text = cdr(12000);
    const QString plain = file(QStringLiteral("cdr.csv"), text);
    QString packed = m_dir.filePath(name);
    if (name == QLatin1String("cdr.csv.gz"))
        file(name, gzip(text));
    else if (name == QLatin1String("cdr2.csv.gz")) // two members, as `cat a.gz b.gz` or pigz write
        file(name, gzip(text.left(300001)) + gzip(text.mid(300001), 1));
    else
        packed = zipOf(packed, {{"cdr.csv", text}});
    QString error;
    const QString a = newCase(QStringLiteral("plain-%1.dtcase").arg(tag()));
    const QString b = newCase(QStringLiteral("packed-%1.dtcase").arg(tag()));
    auto plainCase = CaseFile::open(a, CaseFile::Access::ReadWrite, &error);
    auto packedCase = CaseFile::open(b, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(plainCase && packedCase, qPrintable(error));
    ImportSummary plainSum, packedSum;
    QVERIFY2(Importer(*plainCase).importFile(plain, {}, &plainSum, &error), qPrintable(error));
    QVERIFY2(Importer(*packedCase).importFile(packed, {}, &packedSum, &error), qPrintable(error));
    // The same calls, rejects and links as the plain file.
    QVERIFY(plainSum.rejected > 0);
    QCOMPARE(stored(packedCase->db()), stored(plainCase->db()));
    QCOMPARE(packedSum.accepted, plainSum.accepted);
    QCOMPARE(packedSum.rejectedByReason, plainSum.rejectedByReason);
    QCOMPARE(packedSum.distinctNumbers, plainSum.distinctNumbers);
    // The source: the compressed file's digest and size, the export inside named, the export's name.
    QCOMPARE(packedSum.format, format);
    const QString inner = name.endsWith(QLatin1String(".gz")) ? name.chopped(3) : QStringLiteral("cdr.csv");
    QCOMPARE(packedSum.innerFile, inner);
    QCOMPARE(packedSum.source, QFileInfo(inner).completeBaseName());
    Database &db = packedCase->db();
    QCOMPARE(db.scalar(QStringLiteral("SELECT sha256 FROM sources")).toString(), sha256Hex(readAll(packed)));
    QCOMPARE(db.scalar(QStringLiteral("SELECT size FROM sources")).toLongLong(), QFileInfo(packed).size());
    QCOMPARE(db.scalar(QStringLiteral("SELECT format FROM sources")).toString(), format);
    const QJsonObject audit =
        QJsonDocument::fromJson(
            db.scalar(QStringLiteral("SELECT details FROM audit_log WHERE action = 'import'"))
                .toString()
                .toUtf8())
            .object();
    QCOMPARE(audit.value(QStringLiteral("inner_file")).toString(), inner);
    QCOMPARE(audit.value(QStringLiteral("format")).toString(), format);
    // The same file again is refused by its digest, as any file.
    QVERIFY(!Importer(*packedCase).importFile(packed, {}, &packedSum, &error));
    QVERIFY2(error.contains(QStringLiteral("already in the case")), qPrintable(error));
}

void TestIngestReaders::zipOfAWorkbookImports()
{
    sample::XlsxWriter w;
    w.addRow({QStringLiteral("序号"), QStringLiteral("姓名"), QStringLiteral("手机号码"),
              QStringLiteral("身份证号")});
    for (int i = 0; i < 300; ++i)
        w.addRow({QString::number(i), QStringLiteral("某%1").arg(i),
                  QStringLiteral("139%1").arg(10000000 + i), QStringLiteral("33011419820928585X")});
    const QString xlsx = m_dir.filePath(QStringLiteral("list.xlsx"));
    QString error;
    QVERIFY2(w.save(xlsx, &error), qPrintable(error));
    const QString zipped = zipOf(m_dir.filePath(QStringLiteral("list.zip")), {{"list.xlsx", readAll(xlsx)}});
    const QString gzipped = file(QStringLiteral("list.xlsx.gz"), gzip(readAll(xlsx)));
    const QString a = newCase(QStringLiteral("xlsx.dtcase"));
    auto plainCase = CaseFile::open(a, CaseFile::Access::ReadWrite, &error);
    ImportSummary sum;
    QVERIFY2(Importer(*plainCase).importFile(xlsx, {}, &sum, &error), qPrintable(error));
    QCOMPARE(sum.accepted, 300);
    for (const QString &packed : {zipped, gzipped}) {
        const QString b = newCase(QFileInfo(packed).fileName() + QStringLiteral(".dtcase"));
        auto packedCase = CaseFile::open(b, CaseFile::Access::ReadWrite, &error);
        QVERIFY2(Importer(*packedCase).importFile(packed, {}, &sum, &error), qPrintable(error));
        QCOMPARE(sum.format, packed == zipped ? QStringLiteral("zip+xlsx") : QStringLiteral("gzip+xlsx"));
        QCOMPARE(sum.kind, QStringLiteral("leak"));
        QCOMPARE(sum.source, QStringLiteral("list"));
        QCOMPARE(stored(packedCase->db()), stored(plainCase->db()));
    }
    // A workbook whose first entry is no Office part, under another name, is still read as one.
    const QString odd =
        zipOf(m_dir.filePath(QStringLiteral("odd.bin")),
              {{"docs/readme.txt", "x"},
               {"[Content_Types].xml", "<Types/>"},
               {"xl/workbook.xml", "<workbook><sheets><sheet name=\"S\" sheetId=\"1\"/></sheets></workbook>"},
               {"xl/worksheets/sheet1.xml",
                "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>reported"
                "</t></is></c></row><row r=\"2\"><c r=\"A2\"><v>13800000001</v></c></row>"
                "</sheetData></worksheet>"}});
    Layout layout;
    ImportOptions opt;
    opt.kind = QStringLiteral("complaints");
    opt.map = QStringLiteral("reported=1");
    QVERIFY2(Importer::sniff(odd, opt, &layout, &error), qPrintable(error));
    QCOMPARE(layout.reader, QStringLiteral("xlsx"));
    QCOMPARE(layout.format, QStringLiteral("xlsx"));
}

void TestIngestReaders::gzipCsvIsNoBinaryData()
{
    // Carriers deliver their exports compressed: a .csv.gz was once refused as binary data.
    const QString gz = file(QStringLiteral("export.csv.gz"), gzip(cdr(50)));
    const QString path = newCase(QStringLiteral("gz.dtcase"));
    QByteArray out, err;
    QCOMPARE(dttest::runCli({QStringLiteral("import"), QStringLiteral("--json"), path, gz}, &out, &err), 0);
    const QJsonObject s = QJsonDocument::fromJson(out).array().at(0).toObject();
    QCOMPARE(s.value(QStringLiteral("format")).toString(), QStringLiteral("gzip+carrier-cdr"));
    QCOMPARE(s.value(QStringLiteral("inner_file")).toString(), QStringLiteral("export.csv"));
    QCOMPARE(s.value(QStringLiteral("source")).toString(), QStringLiteral("export"));
    QVERIFY(s.value(QStringLiteral("accepted")).toInt() > 40);
    QCOMPARE(dttest::runCli({QStringLiteral("verify"), path}, &out, &err), 0);
}

void TestIngestReaders::badCompressedFileLeavesCaseUnchanged_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("phrase");
    const QByteArray gz = gzip(cdr(20000));
    QTest::newRow("truncated gzip") << file(QStringLiteral("cut.csv.gz"), gz.left(gz.size() * 2 / 3))
                                    << "truncated";
    QByteArray damaged = gz;
    for (qsizetype i = gz.size() / 2; i < gz.size() / 2 + 64; ++i)
        damaged[i] = char(~damaged[i]);
    QTest::newRow("damaged gzip") << file(QStringLiteral("bad.csv.gz"), damaged) << "damaged";
    QTest::newRow("gzip then garbage") << file(QStringLiteral("tail.csv.gz"), gz + "trailing") << "not gzip";
    // 40 MB of one row again and again: it packs far beyond any real export.
    QByteArray same = "主叫号码,被叫号码,开始时间,通话时长\n";
    same += QByteArray("13800000001,13900000001,2026-09-01 10:00:00,5\n").repeated(900000);
    QTest::newRow("gzip bomb") << file(QStringLiteral("bomb.csv.gz"), gzip(same, 9)) << "zip bomb";
    QTest::newRow("zip of two files")
        << zipOf(m_dir.filePath(QStringLiteral("two.zip")), {{"a.csv", cdr(5)}, {"b.csv", cdr(6)}})
        << "2 files (a.csv, b.csv)";
    QTest::newRow("zip bomb") << zipOf(m_dir.filePath(QStringLiteral("bomb.zip")), {{"z.csv", same}})
                              << "zip bomb";
    QTest::newRow("empty zip") << zipOf(m_dir.filePath(QStringLiteral("folder.zip")),
                                        {{"dir/", QByteArray()}})
                               << "no file";
}

void TestIngestReaders::badCompressedFileLeavesCaseUnchanged()
{
    QFETCH(QString, path);
    QFETCH(QString, phrase);
    QVERIFY(!path.isEmpty());
    const QString c = newCase(QStringLiteral("bad-%1.dtcase").arg(tag()));
    QString error;
    auto cf = CaseFile::open(c, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(cf, qPrintable(error));
    Importer(*cf).importFile(file(QStringLiteral("first.csv"), cdr(30)), {}, nullptr, &error);
    const CaseState before = stateOf(*cf);
    QVERIFY(before.calls > 0);
    ImportSummary sum;
    QVERIFY(!Importer(*cf).importFile(path, {}, &sum, &error));
    QVERIFY2(error.contains(path) && error.contains(phrase), qPrintable(error));
    QVERIFY(stateOf(*cf) == before);
}

void TestIngestReaders::oversizedRecordsRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("phrase");
    // What is read whole is bounded: an HTML page (a saved bill is kilobytes) and a JSON list's element.
    QByteArray html = "<html><body><table><tr><td>主叫号码</td><td>被叫号码</td></tr>";
    html += QByteArray(HtmlReader::kMaxPageBytes, ' ');
    QTest::newRow("html page") << file(QStringLiteral("huge.html"), html) << "too large";
    QByteArray json = "[\"13800000001\",\n\"";
    json += QByteArray(JsonReader::kMaxRecordBytes, '1');
    json += "\"]";
    QTest::newRow("json element") << file(QStringLiteral("huge.json"), json) << "line 2";
}

void TestIngestReaders::oversizedRecordsRefused()
{
    QFETCH(QString, path);
    QFETCH(QString, phrase);
    Layout layout;
    QString error;
    QVERIFY(!Importer::sniff(path, {}, &layout, &error));
    QVERIFY2(error.contains(path) && error.contains(phrase), qPrintable(error));
    QFile::remove(path);
}

void TestIngestReaders::jsonListAcrossChunks()
{
    // A list of several MB: its elements straddle the reader's chunks; each is read as
    // QJsonDocument reads the whole list (keys in first-seen order, values as text, the object as raw).
    QJsonArray list;
    for (int i = 0; i < 40000; ++i) {
        QJsonObject o{{QStringLiteral("被举报号码"), QStringLiteral("170%1").arg(10000000 + i)},
                      {QStringLiteral("举报类型"),
                       i % 3 ? QStringLiteral("营销推销") : QStringLiteral("骚扰 \"电话\"\n")}};
        if (i % 5 == 0)
            o.insert(QStringLiteral("举报时间"),
                     QStringLiteral("2026-09-01 10:%1:00").arg(i % 60, 2, 10, QLatin1Char('0')));
        if (i % 11 == 0)
            o.insert(QStringLiteral("nested"),
                     QJsonArray{1, QJsonObject{{QStringLiteral("a"), QStringLiteral("]},")}}});
        list.append(o);
    }
    const QByteArray text = QJsonDocument(list).toJson(QJsonDocument::Indented);
    QVERIFY(text.size() > 3 << 20);
    const QString path = file(QStringLiteral("feed.json"), text);
    const QString c = newCase(QStringLiteral("feed.dtcase"));
    QString error;
    auto cf = CaseFile::open(c, CaseFile::Access::ReadWrite, &error);
    ImportSummary sum;
    QVERIFY2(Importer(*cf).importFile(path, {}, &sum, &error), qPrintable(error));
    QCOMPARE(sum.kind, QStringLiteral("complaints"));
    QCOMPARE(sum.accepted + sum.rejected, 40000);
    QCOMPARE(sum.rejected, 0);
    const QStringList got = dttest::rows(
        cf->db(),
        QStringLiteral("SELECT n.value, c.line, c.category FROM complaints c JOIN numbers n ON n.id = "
                       "c.reported WHERE c.line IN (1, 12, 39999) ORDER BY c.line"));
    // (Values are stored trimmed.)
    QCOMPARE(got, QStringList({QStringLiteral("+8617010000000|1|骚扰 \"电话\""),
                               QStringLiteral("+8617010000011|12|营销推销"),
                               QStringLiteral("+8617010039998|39999|营销推销")}));
    QCOMPARE(cf->db().scalar(QStringLiteral("SELECT count(time_utc) FROM complaints")).toInt(), 8000);
}

void TestIngestReaders::jsonErrorsNameTheLine_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("bad element") << QByteArray("[\"13800000001\",\n\"13800000002\",\n{\"a\": tru}\n]")
                                 << "line 3";
    QTest::newRow("truncated") << QByteArray("[\"13800000001\",\n\"1380000") << "truncated";
    QTest::newRow("trailing comma") << QByteArray("[\"13800000001\",\n]") << "line 2";
    QTest::newRow("after the list") << QByteArray("[\"13800000001\"]\n[1]") << "after the end";
    QTest::newRow("no list") << QByteArray("[\n\n1 2]") << "line 3";
}

void TestIngestReaders::jsonErrorsNameTheLine()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, phrase);
    const QString path = file(QStringLiteral("bad-%1.json").arg(tag()), content);
    Layout layout;
    QString error;
    QVERIFY(!Importer::sniff(path, {}, &layout, &error));
    QVERIFY2(error.contains(path) && error.contains(phrase), qPrintable(error));
}

void TestIngestReaders::xlsxSheetAcrossChunks()
{
    // A sheet of several MB, read a chunk at a time, gives the rows the same list gives as CSV.
    sample::XlsxWriter w;
    QByteArray csv = "序号,姓名,手机号码,住址\n";
    w.addRow(
        {QStringLiteral("序号"), QStringLiteral("姓名"), QStringLiteral("手机号码"), QStringLiteral("住址")});
    for (int i = 0; i < 30000; ++i) {
        const QStringList row{QString::number(i + 1), QStringLiteral("某人%1").arg(i % 977),
                              QStringLiteral("139%1").arg(10000000 + i),
                              QStringLiteral("杭州市西湖区 %1 号 & <楼>").arg(i)};
        w.addRow(row);
        csv += row.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    const QString xlsx = m_dir.filePath(QStringLiteral("big.xlsx"));
    QString error;
    QVERIFY2(w.save(xlsx, &error), qPrintable(error));
    const QString a = newCase(QStringLiteral("bigxlsx.dtcase")), b = newCase(QStringLiteral("bigcsv.dtcase"));
    auto fromXlsx = CaseFile::open(a, CaseFile::Access::ReadWrite, &error);
    auto fromCsv = CaseFile::open(b, CaseFile::Access::ReadWrite, &error);
    ImportSummary sum;
    QVERIFY2(Importer(*fromXlsx).importFile(xlsx, {}, &sum, &error), qPrintable(error));
    QCOMPARE(sum.accepted, 30000);
    QVERIFY2(Importer(*fromCsv).importFile(file(QStringLiteral("big.csv"), csv), {}, &sum, &error),
             qPrintable(error));
    QCOMPARE(stored(fromXlsx->db()), stored(fromCsv->db()));
}

void TestIngestReaders::readersStopWhenCancelled_data()
{
    QTest::addColumn<QString>("path");
    // Each a few pipe batches long: the cancel asked after the first batch is seen before the last.
    QByteArray csv = "被举报号码,举报时间,举报类型\n";
    QJsonArray json;
    QByteArray html = "<html><body><table><tr><td>主叫号码</td><td>被叫号码</td><td>开始时间</td></tr>";
    sample::XlsxWriter w;
    w.addRow({QStringLiteral("被举报号码"), QStringLiteral("举报类型")});
    for (int i = 0; i < 12000; ++i) {
        const QString n = QStringLiteral("170%1").arg(10000000 + i);
        csv += n.toUtf8() + ",2026-09-01 10:00:00,营销\n";
        json.append(n);
        w.addRow({n, QStringLiteral("营销")});
        html += "<tr><td>" + n.toUtf8() + "</td><td>13900000001</td><td>2026-09-01 10:00:00</td></tr>";
    }
    html += "</table></body></html>";
    QTest::newRow("csv") << file(QStringLiteral("c.csv"), csv);
    QTest::newRow("csv.gz") << file(QStringLiteral("c.csv.gz"), gzip(csv));
    QTest::newRow("json") << file(QStringLiteral("c.json"), QJsonDocument(json).toJson());
    QTest::newRow("html") << file(QStringLiteral("c.html"), html);
    const QString xlsx = m_dir.filePath(QStringLiteral("c.xlsx"));
    QString error;
    w.save(xlsx, &error);
    QTest::newRow("xlsx") << xlsx;
    const QString dbPath = m_dir.filePath(QStringLiteral("calls.db"));
    QFile::remove(dbPath);
    Database db;
    db.open(dbPath, Database::OpenMode::Create);
    db.exec(
        QStringLiteral("CREATE TABLE calls(_id INTEGER PRIMARY KEY, number TEXT, type INTEGER, date INTEGER, "
                       "duration INTEGER); BEGIN"));
    for (int i = 0; i < 12000; ++i)
        db.exec(QStringLiteral("INSERT INTO calls(number, type, date, duration) VALUES('139%1', %2, %3, 5)")
                    .arg(10000000 + i)
                    .arg(1 + i % 2)
                    .arg(1788000000000LL + i * 1000LL));
    db.exec(QStringLiteral("COMMIT"));
    db.close();
    QTest::newRow("phone db") << dbPath;
}

void TestIngestReaders::readersStopWhenCancelled()
{
    QFETCH(QString, path);
    const QString c = newCase(QStringLiteral("cancel-%1.dtcase").arg(tag()));
    QString error;
    auto cf = CaseFile::open(c, CaseFile::Access::ReadWrite, &error);
    const CaseState before = stateOf(*cf);
    std::atomic_bool cancel{false};
    qint64 last = -1, total = 0;
    bool backwards = false;
    const ProgressFn progress = [&](qint64 done, qint64 of) {
        backwards |= done < last || done > of;
        last = done;
        total = of;
        cancel = true;
    };
    ImportSummary sum;
    QVERIFY(!Importer(*cf).importFile(path, {}, &sum, &error, progress, &cancel));
    QVERIFY2(error.contains(QStringLiteral("cancelled")) && error.contains(path), qPrintable(error));
    QVERIFY(stateOf(*cf) == before);
    // Progress counts the file's bytes.
    QVERIFY(last >= 0 && !backwards);
    QCOMPARE(total, QFileInfo(path).size());
    // Uncancelled, the same file imports (the last error still in the string it is given).
    cancel = false;
    QVERIFY2(Importer(*cf).importFile(path, {}, &sum, &error), qPrintable(error));
    QCOMPARE(sum.accepted, 12000);
}

QTEST_GUILESS_MAIN(TestIngestReaders)
#include "tst_ingestreaders.moc"
