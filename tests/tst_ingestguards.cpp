// No value silently changed and no input without bounds: durations beyond the call store, clock
// offsets beyond ten years, phone databases' unknown call types, rejected rows' own bytes, a file of
// one very wide line, an import that rejects every row, names that name nothing, rows longer than a
// limit and what error messages may carry to a terminal.
#include "case/casefile.h"
#include "case/database.h"
#include "case/rejectreason.h"
#include "ingest/importer.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

using namespace dt;
using namespace dt::ingest;

namespace {

const QByteArray kHeader = "主叫号码,被叫号码,开始时间,通话时长\n";
const QByteArray kGoodRow = "13800000001,13900000001,2026-09-01 09:00:00,30\n";

/// The rejected rows of @p db as "line|reason", the reason in English.
QStringList rejectedRows(Database &db)
{
    QStringList out;
    Statement st = db.prepare(QStringLiteral("SELECT line, reason FROM rejected_rows ORDER BY id"));
    while (st.step())
        out << st.text(0) + QLatin1Char('|') +
                   RejectReason::text(st.text(1), RejectReason::Language::English);
    return out;
}

/// No byte of @p text is a control character but the line break.
[[maybe_unused]] bool terminalSafe(const QByteArray &text)
{
    for (const char c : text) {
        if ((quint8(c) < 0x20 && c != '\n') || c == 0x7F)
            return false;
    }
    return true;
}

} // namespace

class TestIngestGuards : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void durationTooLarge_data();
    void durationTooLarge();
    void clockOffsetOutOfRange_data();
    void clockOffsetOutOfRange();
    void unknownCallTypeRejected_data();
    void unknownCallTypeRejected();
    void phoneCallTypesKeepAnswered_data();
    void phoneCallTypesKeepAnswered();
    void reasonsCountedByKind_data();
    void reasonsCountedByKind();
    void summaryCountsKindsNotValues();
    void rejectedRowKeepsItsBytes_data();
    void rejectedRowKeepsItsBytes();
    void oneWideLineRefused();
    void everyRowRejectedFails();
    void namesThatNameNothing_data();
    void namesThatNameNothing();
    void rowTooLongRejected_data();
    void rowTooLongRejected();
    void noNewlineFileNamesItsLine();
    void messagesSafeForTerminal();

private:
    QString newCase(const QString &name);
    QString file(const QString &name, const QByteArray &content)
    {
        return dttest::writeFile(m_dir.filePath(name), content);
    }
    /// Imports @p path into a new case; the case's path.
    QString import(const QString &path, const ImportOptions &opt, ImportSummary *sum, QString *error);
    QTemporaryDir m_dir;
};

QString TestIngestGuards::newCase(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    QString error;
    auto cf = CaseFile::create(path, name, &error);
    return cf ? path : QString();
}

QString TestIngestGuards::import(const QString &path, const ImportOptions &opt, ImportSummary *sum,
                                 QString *error)
{
    const QString c = newCase(QFileInfo(path).completeBaseName() + QStringLiteral(".dtcase"));
    auto cf = CaseFile::open(c, CaseFile::Access::ReadWrite, error);
    if (!cf || !Importer(*cf).importFile(path, opt, sum, error))
        return {};
    return c;
}

void TestIngestGuards::durationTooLarge_data()
{
    QTest::addColumn<QByteArray>("duration");
    QTest::newRow("33 bits") << QByteArray("4294967296");
    QTest::newRow("beyond 64 bits") << QByteArray("99999999999999999999");
    QTest::newRow("decimal beyond 64 bits") << QByteArray("99999999999999999999.5");
    QTest::newRow("hours beyond 64 bits") << QByteArray("99999999999999999999:00:00");
    QTest::newRow("hours beyond 32 bits") << QByteArray("9999999999999:00:00");
    QTest::newRow("chinese hours") << QByteArray("99999999999999999999小时");
}

void TestIngestGuards::durationTooLarge()
{
    QFETCH(QByteArray, duration);
    const QString csv = file(QStringLiteral("long.csv"),
                             kHeader + kGoodRow + "13800000002,13900000002,2026-09-01 09:01:00," + duration);
    ImportSummary sum;
    QString error;
    const QString c = import(csv, {}, &sum, &error);
    QVERIFY2(!c.isEmpty(), qPrintable(error));
    QCOMPARE(sum.accepted, 1);
    QCOMPARE(sum.rejected, 1);
    auto cf = CaseFile::open(c, CaseFile::Access::ReadOnly, &error);
    QCOMPARE(rejectedRows(cf->db()),
             QStringList{
                 QStringLiteral("3|duration '%1' is longer than any call").arg(QString::fromUtf8(duration))});
}

void TestIngestGuards::clockOffsetOutOfRange_data()
{
    QTest::addColumn<QString>("offset");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("ten years fast") << QStringLiteral("315576000") << 0;
    QTest::newRow("ten years slow") << QStringLiteral("-315576000") << 0;
    QTest::newRow("beyond ten years") << QStringLiteral("315576001") << 2;
    QTest::newRow("beyond ten years slow") << QStringLiteral("-315576001") << 2;
    QTest::newRow("largest 64 bits") << QStringLiteral("9223372036854775807") << 2;
    QTest::newRow("smallest 64 bits") << QStringLiteral("-9223372036854775808") << 2;
}

void TestIngestGuards::clockOffsetOutOfRange()
{
    QFETCH(QString, offset);
    QFETCH(int, exitCode);
    const QString csv = file(QStringLiteral("offset.csv"), kHeader + kGoodRow);
    const QString c = newCase(QStringLiteral("offset.dtcase"));
    QByteArray out, err;
    QCOMPARE(dttest::runCli({QStringLiteral("import"), c, csv, QStringLiteral("--clock-offset"), offset},
                            &out, &err),
             exitCode);
    if (exitCode)
        QVERIFY2(err.contains("--clock-offset"), err.constData());
    // The model's own boundary refuses it too (the GUI's import, a sample's offset).
    ImportOptions opt;
    opt.clockOffset = offset.toLongLong();
    ImportSummary sum;
    QString error;
    const bool imported = !import(csv, opt, &sum, &error).isEmpty();
    QCOMPARE(imported, exitCode == 0);
    if (!imported)
        QVERIFY2(error.contains(QStringLiteral("clock offset")), qPrintable(error));
}

void TestIngestGuards::unknownCallTypeRejected_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("schema");
    QTest::addColumn<QString>("reason");
    // 2026-09-01 09:00 UTC: unix 1788253200 (Android: ms), Apple 1788253200 - 978307200.
    QTest::newRow("android type 99")
        << QStringLiteral("calls.db")
        << QStringList{QStringLiteral(
                           "CREATE TABLE calls(_id INTEGER PRIMARY KEY, number TEXT, type INTEGER, "
                           "date INTEGER, duration INTEGER)"),
                       QStringLiteral("INSERT INTO calls VALUES(1, '13900000001', 1, 1788253200000, 30)"),
                       QStringLiteral("INSERT INTO calls VALUES(2, '13900000002', 99, 1788253260000, 40)")}
        << QStringLiteral("unknown call direction 'type 99'");
    QTest::newRow("ios originated 7")
        << QStringLiteral("CallHistory.storedata")
        << QStringList{QStringLiteral("CREATE TABLE ZCALLRECORD(Z_PK INTEGER PRIMARY KEY, ZADDRESS TEXT, "
                                      "ZORIGINATED INTEGER, ZDATE REAL, ZDURATION REAL)"),
                       QStringLiteral("INSERT INTO ZCALLRECORD VALUES(1, '13900000001', 0, 809946000, 30)"),
                       QStringLiteral("INSERT INTO ZCALLRECORD VALUES(2, '13900000002', 7, 809946060, 40)")}
        << QStringLiteral("unknown call direction 'type 7'");
}

void TestIngestGuards::unknownCallTypeRejected()
{
    QFETCH(QString, name);
    QFETCH(QStringList, schema);
    QFETCH(QString, reason);
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    {
        Database db;
        QVERIFY(db.open(path, Database::OpenMode::Create));
        for (const QString &sql : std::as_const(schema))
            QVERIFY2(db.exec(sql), qPrintable(db.lastError()));
    }
    ImportOptions opt;
    opt.owner = QStringLiteral("13800000000");
    ImportSummary sum;
    QString error;
    const QString c = import(path, opt, &sum, &error);
    QVERIFY2(!c.isEmpty(), qPrintable(error));
    QCOMPARE(sum.accepted, 1);
    QCOMPARE(sum.rejected, 1);
    auto cf = CaseFile::open(c, CaseFile::Access::ReadOnly, &error);
    QCOMPARE(rejectedRows(cf->db()), QStringList{QStringLiteral("2|") + reason});
}

// A phone's own call types say whether the owner picked up: a missed, rejected or blocked incoming call
// is not answered, whatever its duration column holds; an outgoing call's answer is its duration's.
void TestIngestGuards::phoneCallTypesKeepAnswered_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("schema");
    QTest::addColumn<QStringList>("expected"); // line|answered (-1 unknown)
    const QString android =
        QStringLiteral("CREATE TABLE calls(_id INTEGER PRIMARY KEY, number TEXT, type INTEGER, "
                       "date INTEGER, duration INTEGER)");
    auto row = [](int id, int type, int duration) {
        return QStringLiteral("INSERT INTO calls VALUES(%1, '1390000000%1', %2, %3, %4)")
            .arg(id)
            .arg(type)
            .arg(1788253200000LL + 60000LL * id)
            .arg(duration);
    };
    QTest::newRow("android types") << QStringLiteral("types.db")
                                   << QStringList{android,      row(1, 1, 30), row(2, 3, 0),  row(3, 5, 0),
                                                  row(4, 6, 0), row(5, 7, 0),  row(6, 4, 12), row(7, 2, 45),
                                                  row(8, 2, 0), row(9, 1, 0)}
                                   << QStringList{QStringLiteral("1|1"), QStringLiteral("2|0"),
                                                  QStringLiteral("3|0"), QStringLiteral("4|0"),
                                                  QStringLiteral("5|1"), QStringLiteral("6|0"),
                                                  QStringLiteral("7|1"), QStringLiteral("8|-1"),
                                                  QStringLiteral("9|1")};
    const QString ios = QStringLiteral("CREATE TABLE ZCALLRECORD(Z_PK INTEGER PRIMARY KEY, ZADDRESS TEXT, "
                                       "ZORIGINATED INTEGER, ZDATE REAL, ZDURATION REAL, ZANSWERED INTEGER)");
    QTest::newRow("ios answered flag")
        << QStringLiteral("CallHistory.storedata")
        << QStringList{ios,
                       QStringLiteral(
                           "INSERT INTO ZCALLRECORD VALUES(1, '13900000001', 0, 809946000, 30, 1)"),
                       QStringLiteral("INSERT INTO ZCALLRECORD VALUES(2, '13900000002', 0, 809946060, 0, 0)"),
                       QStringLiteral(
                           "INSERT INTO ZCALLRECORD VALUES(3, '13900000003', 1, 809946120, 25, 0)"),
                       QStringLiteral("INSERT INTO ZCALLRECORD VALUES(4, '13900000004', 1, 809946180, 0, 0)")}
        << QStringList{QStringLiteral("1|1"), QStringLiteral("2|0"), QStringLiteral("3|1"),
                       QStringLiteral("4|-1")};
}

void TestIngestGuards::phoneCallTypesKeepAnswered()
{
    QFETCH(QString, name);
    QFETCH(QStringList, schema);
    QFETCH(QStringList, expected);
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    {
        Database db;
        QVERIFY(db.open(path, Database::OpenMode::Create));
        for (const QString &sql : std::as_const(schema))
            QVERIFY2(db.exec(sql), qPrintable(db.lastError()));
    }
    ImportOptions opt;
    opt.owner = QStringLiteral("13800000000");
    ImportSummary sum;
    QString error;
    const QString c = import(path, opt, &sum, &error);
    QVERIFY2(!c.isEmpty(), qPrintable(error));
    QCOMPARE(sum.accepted, expected.size());
    auto cf = CaseFile::open(c, CaseFile::Access::ReadOnly, &error);
    QVERIFY2(cf, qPrintable(error));
    QCOMPARE(dttest::rows(cf->db(),
                          QStringLiteral("SELECT line, coalesce(answered, -1) FROM calls ORDER BY line")),
             expected);
}

void TestIngestGuards::reasonsCountedByKind_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("kind");
    QTest::newRow("quoted value") << QStringLiteral("duration 'abc' is not a duration")
                                  << QStringLiteral("duration '…' is not a duration");
    QTest::newRow("apostrophes kept") << QStringLiteral("the file's time 'x y' is the row's")
                                      << QStringLiteral("the file's time '…' is the row's");
    QTest::newRow("chinese quotes") << QStringLiteral("开始时间“昨天中午”不是时间")
                                    << QStringLiteral("开始时间“…”不是时间");
    QTest::newRow("nothing quoted") << QStringLiteral("no reported number")
                                    << QStringLiteral("no reported number");
    QTest::newRow("unclosed") << QStringLiteral("direction 'abc") << QStringLiteral("direction 'abc");
    // Stored as codes: the values quoted from the file are left out, the limits kept.
    using C = RejectReason::Code;
    QTest::newRow("code, value left out")
        << RejectReason::encode(C::DurationNotDuration, {QStringLiteral("abc")})
        << RejectReason::encode(C::DurationNotDuration);
    QTest::newRow("code, no value") << RejectReason::encode(C::CallerMissing)
                                    << RejectReason::encode(C::CallerMissing);
    QTest::newRow("code, limits kept")
        << RejectReason::encode(C::RowTooLong, {QStringLiteral("65536"), QStringLiteral("4096")})
        << RejectReason::encode(C::RowTooLong, {QStringLiteral("65536"), QStringLiteral("4096")});
}

void TestIngestGuards::reasonsCountedByKind()
{
    QFETCH(QString, reason);
    QFETCH(QString, kind);
    QCOMPARE(RejectReason::kind(reason), kind);
}

// A file whose rows fail with a different value each gives one line per kind of failure in its summary
// (not one per value), while each rejected row keeps its own reason.
void TestIngestGuards::summaryCountsKindsNotValues()
{
    QByteArray content = kHeader + kGoodRow;
    for (int i = 0; i < 200; ++i)
        content += "13800000002,13900000002,2026-09-01 09:01:00,bad" + QByteArray::number(i) + '\n';
    content += "13800000003,13900000003,someday,30\n";
    const QString csv = file(QStringLiteral("kinds.csv"), content);
    ImportSummary sum;
    QString error;
    const QString c = import(csv, {}, &sum, &error);
    QVERIFY2(!c.isEmpty(), qPrintable(error));
    QCOMPARE(sum.rejected, 201);
    QCOMPARE(sum.rejectedByReason.size(), 2);
    QCOMPARE(sum.rejectedByReason.value(RejectReason::encode(RejectReason::Code::DurationNotDuration)), 200);
    QCOMPARE(sum.rejectedByReason.value(RejectReason::encode(RejectReason::Code::StartNotTime)), 1);
    // The CLI's JSON counts them under their English words (docs/cli.md).
    const QJsonObject byReason = sum.toJson().value(QStringLiteral("rejected_by_reason")).toObject();
    QCOMPARE(byReason.value(QStringLiteral("duration '…' is not a duration")).toInt(), 200);
    QCOMPARE(byReason.value(QStringLiteral("start time '…' is not a time")).toInt(), 1);
    auto cf = CaseFile::open(c, CaseFile::Access::ReadOnly, &error);
    QVERIFY2(cf, qPrintable(error));
    QCOMPARE(dttest::rows(cf->db(), QStringLiteral("SELECT count(DISTINCT reason) FROM rejected_rows")),
             QStringList{QStringLiteral("201")});
}

void TestIngestGuards::rejectedRowKeepsItsBytes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QByteArray>("raw");
    const QString bad = QStringLiteral("13800000002,13900000002,昨天中午,30");
    auto utf16 = [](const QString &s) {
        QStringEncoder e(QStringEncoder::Utf16LE);
        return QByteArray(e.encode(s));
    };
    QTest::newRow("UTF-16LE") << QStringLiteral("utf16.csv")
                              << QByteArray("\xFF\xFE") +
                                     utf16(QString::fromUtf8(kHeader + kGoodRow) + bad + QLatin1Char('\n'))
                              << utf16(bad);
    QStringEncoder gb("GB18030");
    QTest::newRow("GB18030") << QStringLiteral("gb.csv")
                             << QByteArray(gb.encode(QString::fromUtf8(kHeader + kGoodRow) + bad))
                             << QByteArray(gb.encode(bad));
    const QByteArray element = "{ \"被举报号码\" :  \"\" ,\n  \"举报类型\": \"骚扰\" }";
    QTest::newRow("JSON element") << QStringLiteral("complaints.json")
                                  << "[{\"被举报号码\": \"13800000001\", \"举报类型\": \"营销\"},\n  " +
                                         element + "\n]"
                                  << element;
}

void TestIngestGuards::rejectedRowKeepsItsBytes()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, raw);
    ImportSummary sum;
    QString error;
    const QString c = import(file(name, content), {}, &sum, &error);
    QVERIFY2(!c.isEmpty(), qPrintable(error));
    QCOMPARE(sum.rejected, 1);
    auto cf = CaseFile::open(c, CaseFile::Access::ReadOnly, &error);
    Statement st = cf->db().prepare(QStringLiteral("SELECT raw FROM rejected_rows"));
    QVERIFY(st.step());
    QCOMPARE(st.blob(0), raw);
}

void TestIngestGuards::oneWideLineRefused()
{
    // 100,000 numbers on one line: a list written across instead of down, not one record of 100,000
    // columns. Refused, saying what the file looks like.
    QByteArray line;
    for (int i = 0; i < 100000; ++i)
        line += (i ? "," : "") + QByteArray::number(13800000000LL + i);
    const QString path = file(QStringLiteral("wide.csv"), line);
    for (const QString &kind : {QStringLiteral("auto"), QStringLiteral("leak")}) {
        ImportOptions opt;
        opt.kind = kind;
        ImportSummary sum;
        QString error;
        QVERIFY(import(path, opt, &sum, &error).isEmpty());
        QVERIFY2(error.contains(path) && error.contains(QStringLiteral("line 1")) &&
                     error.contains(QStringLiteral("one per line")),
                 qPrintable(error));
    }
}

void TestIngestGuards::everyRowRejectedFails()
{
    const QString csv =
        file(QStringLiteral("allbad.csv"), kHeader + "13800000002,13900000002,yesterday noon,30\n"
                                                     "13800000003,,2026-09-01 09:02:00,30\n");
    const QString c = newCase(QStringLiteral("allbad.dtcase"));
    QByteArray out, err;
    QCOMPARE(dttest::runCli({QStringLiteral("import"), c, csv}, &out, &err), 1);
    QVERIFY2(err.contains("allbad.csv") && err.contains("line 2") && err.contains("not a time"),
             err.constData());
    QString error;
    auto cf = CaseFile::open(c, CaseFile::Access::ReadOnly, &error);
    QCOMPARE(dttest::rows(cf->db(), QStringLiteral("SELECT count(*) FROM sources")),
             QStringList{QStringLiteral("0")});
}

void TestIngestGuards::namesThatNameNothing_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("unknown format") << QStringList{QStringLiteral("--format"), QStringLiteral("csvv")}
                                    << "--format";
    QTest::newRow("unknown format inside gzip")
        << QStringList{QStringLiteral("--format"), QStringLiteral("gzip+csvv")} << "--format";
    QTest::newRow("unknown compression")
        << QStringList{QStringLiteral("--format"), QStringLiteral("rar+delimited")} << "--format";
    QTest::newRow("unknown field") << QStringList{QStringLiteral("--map"), QStringLiteral("calller=1")}
                                   << "--map";
    QTest::newRow("no equals sign") << QStringList{QStringLiteral("--map"), QStringLiteral("caller")}
                                    << "--map";
    QTest::newRow("column beyond the file")
        << QStringList{QStringLiteral("--map"), QStringLiteral("caller=9")} << "--map";
    QTest::newRow("column not in the header")
        << QStringList{QStringLiteral("--map"), QStringLiteral("caller=主叫")} << "--map";
}

void TestIngestGuards::namesThatNameNothing()
{
    QFETCH(QStringList, options);
    QFETCH(QString, phrase);
    const QString csv = file(QStringLiteral("names.csv"), kHeader + kGoodRow);
    const QString c = newCase(QStringLiteral("names.dtcase"));
    QByteArray out, err;
    QCOMPARE(dttest::runCli(QStringList{QStringLiteral("import"), c, csv} + options, &out, &err), 2);
    QVERIFY2(QString::fromUtf8(err).contains(phrase), err.constData());
}

void TestIngestGuards::rowTooLongRejected_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("longRow");
    const QByteArray calls = kHeader + kGoodRow;
    const QByteArray leak = "姓名,手机号\n张三,13800000001\n";
    const qsizetype mb20 = 20 << 20;
    QTest::newRow("calls, one field") << calls << QByteArray(mb20, 'x');
    QTest::newRow("calls, quoted") << calls << '"' + QByteArray(mb20, 'x') + "\",1,2,3\n";
    QTest::newRow("calls, many fields") << calls << QByteArray("1,").repeated(mb20 / 2);
    QTest::newRow("leak, many fields") << leak << QByteArray("1,").repeated(mb20 / 2);
    QTest::newRow("leak, 2000 short fields") << leak << QByteArray("1,").repeated(2000) + "\n";
}

void TestIngestGuards::rowTooLongRejected()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, longRow);
    // A good row after the long one: reading goes on.
    const QByteArray after = header.startsWith("姓名") ? "李四,13800000002\n" : kGoodRow;
    const QString path = file(QStringLiteral("long_row.csv"), header + longRow + '\n' + after);
    ImportSummary sum;
    QString error;
    const QString c = import(path, {}, &sum, &error);
    QVERIFY2(!c.isEmpty(), qPrintable(error));
    QCOMPARE(sum.accepted, 2);
    QCOMPARE(sum.rejected, 1);
    auto cf = CaseFile::open(c, CaseFile::Access::ReadOnly, &error);
    Statement st = cf->db().prepare(QStringLiteral("SELECT line, reason, length(raw) FROM rejected_rows"));
    QVERIFY(st.step());
    QCOMPARE(st.int64(0), 3);
    const QString reason = RejectReason::text(st.text(1), RejectReason::Language::English);
    QVERIFY2(reason.contains(QStringLiteral("longer than")) || reason.contains(QStringLiteral("fields")),
             qPrintable(reason));
    QVERIFY(st.int64(2) <= 65536);
}

void TestIngestGuards::noNewlineFileNamesItsLine()
{
    // 20 MB without a line break after the header: read through once, refused naming the line.
    const QString path = file(QStringLiteral("nonewline.csv"), kHeader + QByteArray(20 << 20, '7'));
    const QString c = newCase(QStringLiteral("nonewline.dtcase"));
    QByteArray out, err;
    QCOMPARE(dttest::runCli({QStringLiteral("import"), c, path}, &out, &err), 1);
    QVERIFY2(err.contains("nonewline.csv") && err.contains("line 2"), err.constData());
    QVERIFY(err.size() < 2000);
}

void TestIngestGuards::messagesSafeForTerminal()
{
    // A value that would retitle the terminal and ring its bell, and runs on for 100 KB.
    const QByteArray evil = "\x1b]0;pwned\x07\x1b[2J" + QByteArray(100000, 'x');
    const QString path =
        file(QStringLiteral("evil.csv"), kHeader + "13800000002,13900000002," + evil + ",30\n");
    const QString c = newCase(QStringLiteral("evil.dtcase"));
    QByteArray out, err;
    QCOMPARE(dttest::runCli({QStringLiteral("import"), c, path}, &out, &err), 1);
    QVERIFY2(terminalSafe(err), err.toPercentEncoding(" /:'\n").constData());
    QVERIFY2(err.size() < 2000, QByteArray::number(err.size()).constData());
    QVERIFY2(err.contains("\\x1b"), err.constData()); // shown escaped, not dropped
}

QTEST_GUILESS_MAIN(TestIngestGuards)
#include "tst_ingestguards.moc"
