// The import's fast path against its reference parser, layout by layout: the times, durations,
// quotes, line ends, encodings and direction words call logs come in are parsed from their bytes,
// and give what the reference parser gives for the same text, row for row, rejects included.
#include "case/casefile.h"
#include "case/database.h"
#include "ingest/fastvalues.h"
#include "ingest/importer.h"
#include "ingest/valueparsers.h"
#include "sample/xlsxwriter.h"
#include "testutil.h"

#include <QDateTime>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace dt;
using namespace dt::ingest;

namespace {

/// @p text in @p encoding (UTF-8, GB18030, UTF-16LE or UTF-16BE, these two with a BOM).
QByteArray encoded(const QString &text, const QString &encoding)
{
    if (encoding == QLatin1String("UTF-8"))
        return text.toUtf8();
    if (encoding.startsWith(QLatin1String("UTF-16"))) {
        QStringEncoder e(encoding == QLatin1String("UTF-16LE") ? QStringEncoder::Utf16LE
                                                               : QStringEncoder::Utf16BE,
                         QStringEncoder::Flag::WriteBom);
        return e.encode(text);
    }
    QStringEncoder e(encoding.toLatin1().constData());
    return e.encode(text);
}

/// A carrier CDR of @p rows calls written in one layout: a time form, a duration form, direction
/// words, quoted or not, CRLF or LF. Some rows are malformed, the same in every layout: a start that
/// is no time, a duration that is none, an unknown direction, no other party (15 in 150 rows).
QString cdrText(int rows, const QString &times, const QString &durations, const QString &directions,
                bool quoted, bool crlf)
{
    const QStringList dirWords =
        directions == QLatin1String("en")
            ? QStringList{QStringLiteral("outgoing"), QStringLiteral("incoming"), QStringLiteral("forwarded")}
        : directions == QLatin1String("code")
            ? QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}
            : QStringList{QStringLiteral("主叫"), QStringLiteral("被叫"), QStringLiteral("呼转")};
    const QString eol = crlf ? QStringLiteral("\r\n") : QStringLiteral("\n");
    auto line = [&](const QStringList &fields) -> QString {
        if (!quoted)
            return fields.join(QLatin1Char(',')) + eol;
        QStringList q;
        for (const QString &f : fields)
            q << QLatin1Char('"') + f + QLatin1Char('"');
        return q.join(QLatin1Char(',')) + eol;
    };
    QString text = line({QStringLiteral("本机号码"), QStringLiteral("对方号码"), QStringLiteral("呼叫类型"),
                         QStringLiteral("开始时间"), QStringLiteral("通话时长"), QStringLiteral("IMEI"),
                         QStringLiteral("LAC"), QStringLiteral("CELLID"), QStringLiteral("备注")});
    for (int i = 0; i < rows; ++i) {
        const QDate date(2026, 3, 1 + i % 5);
        const QTime time(i % 24, i * 7 % 60, i * 13 % 60, i * 37 % 1000);
        QString start;
        if (times == QLatin1String("iso"))
            start = QDateTime(date, time).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        else if (times == QLatin1String("slashed unpadded"))
            start = QDateTime(date, time).toString(QStringLiteral("yyyy/M/d H:mm:ss"));
        else if (times == QLatin1String("dotted"))
            start = QDateTime(date, time).toString(QStringLiteral("yyyy.MM.dd HH:mm:ss"));
        else if (times == QLatin1String("no seconds"))
            start = QDateTime(date, time).toString(QStringLiteral("yyyy-M-d H:mm"));
        else if (times == QLatin1String("fraction"))
            start = QDateTime(date, time).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        else if (times == QLatin1String("compact"))
            start = QDateTime(date, time).toString(QStringLiteral("yyyyMMddHHmmss"));
        else if (times == QLatin1String("epoch s"))
            start = QString::number(QDateTime(date, time, Qt::UTC).toSecsSinceEpoch());
        else
            start = QString::number(QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch());
        const int d = i * 37 % 4000, h = d / 3600, m = d / 60 % 60, s = d % 60;
        auto two = [](int v) { return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0')); };
        QString dur;
        if (durations == QLatin1String("seconds"))
            dur = QString::number(d);
        else if (durations == QLatin1String("H:MM:SS"))
            dur = two(h) + QLatin1Char(':') + two(m) + QLatin1Char(':') + two(s);
        else if (durations == QLatin1String("MM:SS"))
            dur = two(d / 60) + QLatin1Char(':') + two(s);
        else if (durations == QLatin1String("X时Y分Z秒"))
            dur = (h ? QString::number(h) + QStringLiteral("时") : QString()) + QString::number(m) +
                  QStringLiteral("分") + QString::number(s) + QStringLiteral("秒");
        else if (durations == QLatin1String("X小时Y分钟Z秒"))
            dur = QString::number(h) + QStringLiteral("小时") + QString::number(m) + QStringLiteral("分钟") +
                  QString::number(s) + QStringLiteral("秒");
        else if (durations == QLatin1String("X分Y秒"))
            dur = QString::number(d / 60) + QStringLiteral("分") + QString::number(s) + QStringLiteral("秒");
        else
            dur = QString::number(d) + QStringLiteral("秒");
        QStringList f{QString::number(13800000000LL + i % 7),
                      i % 13 == 0 ? QStringLiteral("95566") : QString::number(13900000000LL + i % 29),
                      dirWords.at(i % 3),
                      start,
                      dur,
                      i % 4 ? QStringLiteral("35912307697066") + QString::number(i % 10) : QString(),
                      QString::number(20000 + i % 5),
                      QString::number(0x1A00 + i % 9, 16).toUpper(),
                      i % 3 ? QStringLiteral("正常") : QStringLiteral("note %1").arg(i)};
        if (i % 37 == 5)
            f[3] = QStringLiteral("not a time");
        if (i % 41 == 9)
            f[4] = QStringLiteral("4分x秒");
        if (i % 43 == 11)
            f[2] = QStringLiteral("挂断");
        if (i % 47 == 13)
            f[1].clear();
        if (quoted && i % 17 == 3)
            f[8] = QStringLiteral("a, b"); // a delimiter inside quotes
        text += line(f);
        if (quoted && i % 31 == 4) // a doubled quote: the reader's CSV parser takes that line
            text +=
                QStringLiteral("\"13800000001\",\"13900000001\",\"%1\",\"%2\",\"%3\",\"\",\"1\",\"2\",\"say "
                               "\"\"hi\"\"\"")
                    .arg(dirWords.at(0), f[3], f[4]) +
                eol;
    }
    return text;
}

/// The calls and rejected rows of the case in @p path: parties, time, duration, answered, device,
/// both cells, source line; the rejected rows' line, reason and bytes.
QStringList tables(Database &db)
{
    QStringList out = dttest::rows(
        db, QStringLiteral("SELECT a.value, b.value, c.start_utc, c.duration, coalesce(c.answered, -1), "
                           "coalesce(d.imei, ''), coalesce(c.cell, ''), coalesce(c.callee_cell, ''), c.line "
                           "FROM calls c JOIN numbers a ON a.id = c.caller JOIN numbers b ON b.id = c.callee "
                           "LEFT JOIN devices d ON d.id = c.device ORDER BY c.id"));
    out << dttest::rows(db, QStringLiteral("SELECT line, reason, hex(raw) FROM rejected_rows ORDER BY line"));
    return out;
}

} // namespace

class TestIngestLayouts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void timesAsParseLocalTime_data();
    void timesAsParseLocalTime();
    void durationsAsParseDuration_data();
    void durationsAsParseDuration();
    void layoutsImportAlike_data();
    void layoutsImportAlike();

private:
    QTemporaryDir m_dir;
};

void TestIngestLayouts::timesAsParseLocalTime_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("fast"); // fastWallTime() reads it (else it leaves it to parseLocalTime())
    QTest::newRow("ISO") << QByteArray("2018-05-10 07:01:27") << true;
    QTest::newRow("slashed, padded") << QByteArray("2018/05/10 07:01:27") << true;
    QTest::newRow("slashed, unpadded") << QByteArray("2018/5/10 7:01:27") << true;
    QTest::newRow("dotted") << QByteArray("2018.05.10 07:01:27") << true;
    QTest::newRow("mixed separators") << QByteArray("2018-5/10 7:01:27") << true;
    QTest::newRow("no seconds") << QByteArray("2018-5-10 7:01") << true;
    QTest::newRow("two spaces") << QByteArray("2018-5-10  7:01:02") << true;
    QTest::newRow("fraction") << QByteArray("2018-05-10 07:01:27.250") << true;
    QTest::newRow("fraction with a comma") << QByteArray("2018-05-10 07:01:27,9") << true;
    QTest::newRow("date only") << QByteArray("2018-5-10") << true;
    QTest::newRow("compact") << QByteArray("20180510070127") << true;
    QTest::newRow("epoch seconds") << QByteArray("1525906887") << true;
    QTest::newRow("epoch, 9 digits") << QByteArray("925906887") << true;
    QTest::newRow("epoch milliseconds") << QByteArray("1525906887123") << true;
    QTest::newRow("leap second") << QByteArray("2018/5/10 23:59:60") << true;
    QTest::newRow("30 February") << QByteArray("2018-02-30 07:01:27") << false;
    QTest::newRow("30 February, unpadded") << QByteArray("2018-2-30 7:01") << false;
    QTest::newRow("compact 30 February") << QByteArray("20180230070127") << false;
    QTest::newRow("hour 24") << QByteArray("2018-5-10 24:00:00") << false;
    QTest::newRow("minute 60") << QByteArray("2018-5-10 7:60") << false;
    QTest::newRow("T") << QByteArray("2018-05-10T07:01:27") << false;
    QTest::newRow("year last") << QByteArray("10/5/2018 7:01") << false;
    QTest::newRow("seconds run on") << QByteArray("2018-5-10 7:1530") << false;
    QTest::newRow("8 digits") << QByteArray("20180510") << false;
    QTest::newRow("trailing colon") << QByteArray("2018-5-10 7:01:") << false;
    QTest::newRow("trailing point") << QByteArray("2018-5-10 7:01:02.") << false;
    QTest::newRow("three-digit month") << QByteArray("2018-005-10 7:01") << false;
    QTest::newRow("leading space") << QByteArray(" 2018-5-10 7:01") << false;
    QTest::newRow("年月日") << QByteArray("2018年5月10日 7时01分") << false;
}

void TestIngestLayouts::timesAsParseLocalTime()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, fast);
    bool zoned = false, refZoned = false;
    const auto got = fastWallTime(text, false, &zoned);
    QCOMPARE(got.has_value(), fast);
    if (!fast)
        return;
    const auto expected = parseLocalTime(QString::fromUtf8(text), DayMonthOrder::Unknown, &refZoned);
    QVERIFY(expected.has_value());
    QCOMPARE(*got, *expected);
    QCOMPARE(zoned, refZoned);
    // Digits counted from Apple's epoch are the reference parser's alone.
    if (text.size() != 14 && text.count('-') + text.count('/') + text.count('.') == 0)
        QVERIFY(!fastWallTime(text, true, &zoned));
}

void TestIngestLayouts::durationsAsParseDuration_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("milliseconds");
    QTest::addColumn<bool>("fast"); // fastDuration() reads it (else it leaves it to parseDuration())
    const QString u8 = QStringLiteral("UTF-8"), gb = QStringLiteral("GB18030");
    QTest::newRow("seconds") << "278" << u8 << false << true;
    QTest::newRow("milliseconds") << "278500" << u8 << true << true;
    QTest::newRow("H:MM:SS") << "00:04:38" << u8 << false << true;
    QTest::newRow("H:MM:SS in a milliseconds column") << "00:04:38" << u8 << true << true;
    QTest::newRow("hours past 99") << "123:04:05" << u8 << false << true;
    QTest::newRow("M:SS") << "4:38" << u8 << false << true;
    QTest::newRow("MM:SS") << "04:38" << u8 << false << true;
    QTest::newRow("minute 60") << "1:60:00" << u8 << false << true;
    QTest::newRow("X时Y分Z秒") << "1时2分3秒" << u8 << false << true;
    QTest::newRow("X小时Y分钟Z秒") << "1小时2分钟3秒" << u8 << false << true;
    QTest::newRow("X分Y秒") << "4分38秒" << u8 << false << true;
    QTest::newRow("X分钟") << "2分钟" << u8 << false << true;
    QTest::newRow("X小时") << "1小时" << u8 << false << true;
    QTest::newRow("Z秒") << "38秒" << u8 << false << true;
    QTest::newRow("X时Z秒") << "1时38秒" << u8 << false << true;
    QTest::newRow("X分Y秒 in milliseconds") << "4分38秒" << u8 << true << true;
    QTest::newRow("GB18030 X时Y分Z秒") << "1时2分3秒" << gb << false << true;
    QTest::newRow("GB18030 X小时Y分钟Z秒") << "1小时2分钟3秒" << gb << false << true;
    QTest::newRow("GB18030 X分Y秒") << "4分38秒" << gb << false << true;
    QTest::newRow("longest") << "4294967295" << u8 << false << true;
    QTest::newRow("past 32 bits") << "4294967296" << u8 << false << false;
    QTest::newRow("hours past 32 bits") << "1193047:00:00" << u8 << false << false;
    QTest::newRow("20 digits") << "99999999999999999999" << u8 << false << false;
    QTest::newRow("decimal") << "4.5" << u8 << false << false;
    QTest::newRow("four parts") << "4:3:2:1" << u8 << false << false;
    QTest::newRow("three-digit minutes") << "007:30" << u8 << false << false;
    QTest::newRow("three-digit seconds") << "0:07:300" << u8 << false << false;
    QTest::newRow("space between") << "4分 38秒" << u8 << false << false;
    QTest::newRow("no unit at the end") << "4分38" << u8 << false << false;
    QTest::newRow("units out of order") << "38秒4分" << u8 << false << false;
    QTest::newRow("unit alone") << "秒" << u8 << false << false;
    QTest::newRow("not a duration") << "4分x秒" << u8 << false << false;
    QTest::newRow("trailing colon") << "4:" << u8 << false << false;
    QTest::newRow("full-width digits") << "４分３８秒" << u8 << false << false;
}

void TestIngestLayouts::durationsAsParseDuration()
{
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    QFETCH(bool, milliseconds);
    QFETCH(bool, fast);
    const QByteArray bytes = encoded(text, encoding);
    const auto got = fastDuration(bytes, milliseconds, DurationUnits::forEncoding(encoding));
    QCOMPARE(got.has_value(), fast);
    if (!fast)
        return;
    const auto expected = parseDuration(text, milliseconds);
    QVERIFY(expected.has_value());
    QCOMPARE(*got, *expected);
    // Without the encoding's units, a duration with units is the reference parser's.
    if (!QRegularExpression(QStringLiteral("^[0-9:]+$")).match(text).hasMatch())
        QVERIFY(!fastDuration(bytes, milliseconds, DurationUnits::forEncoding(QStringLiteral("ISO-8859-1"))));
}

void TestIngestLayouts::layoutsImportAlike_data()
{
    QTest::addColumn<QString>("times");
    QTest::addColumn<QString>("durations");
    QTest::addColumn<QString>("directions");
    QTest::addColumn<bool>("quoted");
    QTest::addColumn<bool>("crlf");
    QTest::addColumn<QString>("encoding");
    const QString iso = QStringLiteral("iso"), secs = QStringLiteral("seconds"), zh = QStringLiteral("zh"),
                  u8 = QStringLiteral("UTF-8");
    for (const char *t :
         {"iso", "slashed unpadded", "dotted", "no seconds", "fraction", "compact", "epoch s", "epoch ms"})
        QTest::addRow("times %s", t) << QString::fromLatin1(t) << secs << zh << false << false << u8;
    for (const char *d : {"H:MM:SS", "MM:SS", "X时Y分Z秒", "X小时Y分钟Z秒", "X分Y秒", "Z秒"})
        QTest::addRow("durations %s", d) << iso << QString::fromUtf8(d) << zh << false << false << u8;
    QTest::newRow("directions in English") << iso << secs << "en" << false << false << u8;
    QTest::newRow("directions as codes") << iso << secs << "code" << false << false << u8;
    QTest::newRow("quoted") << iso << secs << zh << true << false << u8;
    QTest::newRow("quoted, H:MM:SS, CRLF") << iso << "H:MM:SS" << zh << true << true << u8;
    QTest::newRow("quoted, slashed unpadded, X分Y秒") << "slashed unpadded"
                                                      << "X分Y秒" << zh << true << false << u8;
    QTest::newRow("CRLF") << iso << secs << zh << false << true << u8;
    QTest::newRow("GB18030") << iso << secs << zh << false << false << "GB18030";
    QTest::newRow("GB18030, H:MM:SS") << iso << "H:MM:SS" << zh << false << false << "GB18030";
    QTest::newRow("GB18030, X时Y分Z秒, quoted, CRLF") << "slashed unpadded"
                                                      << "X时Y分Z秒" << zh << true << true << "GB18030";
    QTest::newRow("UTF-16LE, X分Y秒") << iso << "X分Y秒" << zh << false << true << "UTF-16LE";
    QTest::newRow("UTF-16BE, H:MM:SS, quoted") << "no seconds"
                                               << "H:MM:SS" << zh << true << false << "UTF-16BE";
    QTest::newRow("UTF-16LE, epoch ms, codes") << "epoch ms"
                                               << "Z秒"
                                               << "code" << false << false << "UTF-16LE";
    // The same rows as a workbook's cells (encoding "xlsx"): records, not lines, from the reader.
    QTest::newRow("xlsx") << iso << secs << zh << false << false << "xlsx";
    QTest::newRow("xlsx, H:MM:SS, slashed unpadded") << "slashed unpadded"
                                                     << "H:MM:SS" << zh << false << false << "xlsx";
    QTest::newRow("xlsx, X分Y秒, codes") << "compact"
                                         << "X分Y秒"
                                         << "code" << false << false << "xlsx";
    QTest::newRow("xlsx, epoch s, English") << "epoch s" << secs << "en" << false << false << "xlsx";
}

void TestIngestLayouts::layoutsImportAlike()
{
    QFETCH(QString, times);
    QFETCH(QString, durations);
    QFETCH(QString, directions);
    QFETCH(bool, quoted);
    QFETCH(bool, crlf);
    QFETCH(QString, encoding);
    const int rows = 150;
    static int files = 0;
    const QString name = QStringLiteral("layout%1").arg(++files);
    const QString text = cdrText(rows, times, durations, directions, quoted, crlf);
    QString file;
    if (encoding == QLatin1String("xlsx")) {
        sample::XlsxWriter w;
        for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            w.addRow(line.split(QLatin1Char(',')));
        QString error;
        file = m_dir.filePath(name + QStringLiteral(".xlsx"));
        QVERIFY2(w.save(file, &error), qPrintable(error));
    } else {
        file = dttest::writeFile(m_dir.filePath(name + QStringLiteral(".csv")), encoded(text, encoding));
    }
    QVERIFY(!file.isEmpty());
    QList<QStringList> results;
    for (const bool reference : {false, true}) {
        const QString path = m_dir.filePath(name + (reference ? QStringLiteral("-ref") : QString()) +
                                            QStringLiteral(".dtcase"));
        QString error;
        QVERIFY2(CaseFile::create(path, name, &error), qPrintable(error));
        auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
        QVERIFY2(cf, qPrintable(error));
        ImportOptions opt;
        opt.referenceParse = reference;
        if (encoding == QLatin1String("GB18030"))
            opt.encoding = encoding;
        Importer imp(*cf);
        ImportSummary sum;
        QVERIFY2(imp.importFile(file, opt, &sum, &error), qPrintable(error));
        QCOMPARE(sum.rejected, 15); // the malformed rows, whatever the layout
        QCOMPARE(sum.repaired, 0);
        QVERIFY(sum.accepted + sum.duplicatesMerged >= rows - 15);
        results << tables(cf->db());
    }
    QCOMPARE(results.at(0), results.at(1));
    QVERIFY(results.at(0).size() > 100);
}

QTEST_GUILESS_MAIN(TestIngestLayouts)
#include "tst_ingestlayouts.moc"
