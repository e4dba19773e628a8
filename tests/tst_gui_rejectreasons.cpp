// Rejected rows' reasons in the reader's language: a file imported with the interface in one
// language reads in the other in the rejected rows view and the report; the summary's kinds are
// the same whatever language the import ran in; a reason stored as text by an older version is shown
// exactly as stored; every code reads in English and Chinese.
#include "case/casefile.h"
#include "case/database.h"
#include "case/rejectedrowsmodel.h"
#include "case/rejectreason.h"
#include "case/seal.h"
#include "englishtext.h"
#include "ingest/importer.h"
#include "languagemanager.h"
#include "report/report.h"
#include "testutil.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace dt;
using namespace dt::ingest;
using namespace dt::report;
using dt::ui::LanguageManager;

namespace {

// One good row and one row for each way a call row fails, the last with a quote never closed.
const QByteArray kCsv = "主叫号码,被叫号码,开始时间,通话时长\n"
                        "13800000001,13900000001,2026-09-01 09:00:00,30\n"
                        ",13900000002,2026-09-01 09:01:00,30\n"
                        "13800000003,,2026-09-01 09:02:00,30\n"
                        "13800000004,13900000004,,30\n"
                        "13800000005,13900000005,2026-13-45 99:99,30\n"
                        "13800000006,13900000006,2026-09-01 09:06:00,abc\n"
                        "13800000007,13900000007,2026-09-01 09:07:00,99999999999999999999\n"
                        "13800000008,\"13900000008,2026-09-01 09:08:00,30\n";

QStringList englishReasons()
{
    return {QStringLiteral("no caller number"),
            QStringLiteral("no callee number"),
            QStringLiteral("no start time"),
            QStringLiteral("start time '2026-13-45 99:99' is not a time"),
            QStringLiteral("duration 'abc' is not a duration"),
            QStringLiteral("duration '99999999999999999999' is longer than any call"),
            QStringLiteral("unterminated quoted field (truncated file?)")};
}

QStringList chineseReasons()
{
    return {QStringLiteral("缺少主叫号码"),
            QStringLiteral("缺少被叫号码"),
            QStringLiteral("缺少开始时间"),
            QStringLiteral("开始时间“2026-13-45 99:99”不是有效时间"),
            QStringLiteral("通话时长“abc”不是有效时长"),
            QStringLiteral("通话时长“99999999999999999999”超出任何通话的可能长度"),
            QStringLiteral("引号内的字段没有结束（文件可能被截断）")};
}

/// The reasons column of @p db's rejected rows as the view shows them.
QStringList shownReasons(Database &db)
{
    RejectedRowsModel model;
    model.setDatabase(&db);
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, RejectedRowsModel::Reason).data().toString();
    return out;
}

/// The text of the report's "rejected rows by reason" table (up to the next heading).
QString rejectedSection(const QString &html)
{
    const qsizetype from =
        html.indexOf(QRegularExpression(QStringLiteral("Rejected rows, by reason|被拒绝的行（按原因）")));
    if (from < 0)
        return {};
    const qsizetype to = html.indexOf(QRegularExpression(QStringLiteral("<h[1-3]")), from);
    return dttest::htmlText(html.mid(from, to < 0 ? -1 : to - from));
}

} // namespace

class TestGuiRejectReasons : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanupTestCase() { LanguageManager::instance().setLanguage(QStringLiteral("en")); }
    void readInTheOtherLanguage_data();
    void readInTheOtherLanguage();
    void textReasonShownAsStored_data();
    void textReasonShownAsStored();
    void kindsAgreeAcrossLanguages();
    void everyCodeInBothLanguages_data();
    void everyCodeInBothLanguages();

private:
    /// Imports kCsv into a new case with the interface in @p lang; the case's path.
    QString importIn(const QString &lang, const QString &name, ImportSummary *sum);
    QTemporaryDir m_dir;
};

QString TestGuiRejectReasons::importIn(const QString &lang, const QString &name, ImportSummary *sum)
{
    if (!LanguageManager::instance().setLanguage(lang))
        return {};
    const QString csv = dttest::writeFile(m_dir.filePath(name + QStringLiteral(".csv")), kCsv);
    const QString path = m_dir.filePath(name + QStringLiteral(".dtcase"));
    QFile::remove(path);
    QString error;
    {
        auto created = CaseFile::create(path, name, &error);
        if (!created)
            return {};
    }
    {
        auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
        if (!cf || !Importer(*cf).importFile(csv, {}, sum, &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
    }
    // A report needs an analysis run.
    QByteArray out, err;
    if (dttest::runCli({QStringLiteral("analyze"), path}, &out, &err) != 0) {
        qWarning("%s", err.constData());
        return {};
    }
    return path;
}

void TestGuiRejectReasons::readInTheOtherLanguage_data()
{
    QTest::addColumn<QString>("importLang");
    QTest::addColumn<QString>("readLang");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("imported in English, read in Chinese")
        << QStringLiteral("en") << QStringLiteral("zh_CN") << chineseReasons();
    QTest::newRow("imported in Chinese, read in English")
        << QStringLiteral("zh_CN") << QStringLiteral("en") << englishReasons();
}

void TestGuiRejectReasons::readInTheOtherLanguage()
{
    QFETCH(QString, importLang);
    QFETCH(QString, readLang);
    QFETCH(QStringList, expected);
    ImportSummary sum;
    const QString path = importIn(importLang, QStringLiteral("read_") + importLang, &sum);
    QVERIFY(!path.isEmpty());
    QCOMPARE(sum.accepted, 1);
    QCOMPARE(sum.rejected, qint64(expected.size()));

    QVERIFY(LanguageManager::instance().setLanguage(readLang));
    QString error;
    auto cf = CaseFile::open(path, CaseFile::Access::ReadOnly, &error);
    QVERIFY2(cf, qPrintable(error));
    // The import kept the rows and their bytes, and the case verifies as sealed.
    QVERIFY(seal::Seal::verify(cf->db()).ok);
    QCOMPARE(dttest::rows(cf->db(), QStringLiteral("SELECT raw FROM rejected_rows WHERE line = 3")),
             QStringList{QStringLiteral(",13900000002,2026-09-01 09:01:00,30")});

    // The view, in the interface's language now, not the import's.
    const QStringList shown = shownReasons(cf->db());
    QCOMPARE(shown, expected);
    const bool zh = readLang == QLatin1String("zh_CN");
    if (zh)
        QVERIFY2(dttest::englishRuns(shown.join(QLatin1Char('\n')), 2).isEmpty(),
                 qPrintable(dttest::englishRuns(shown.join(QLatin1Char('\n')), 2).join(QLatin1Char('\n'))));

    // The report in its own language, whatever the interface's and the import's (a prosecutor's
    // masks the long digit runs a reason quotes: they could be a person's number).
    for (const QString &reportLang : {QStringLiteral("zh"), QStringLiteral("en")}) {
        for (const QString &audience : {QStringLiteral("prosecutor"), QStringLiteral("internal")}) {
            ReportOptions opt;
            opt.lang = reportLang;
            opt.audience = audience;
            opt.generatedUtc = QStringLiteral("2026-11-01T00:00:00Z");
            QString html;
            QVERIFY2(Report::html(*cf, opt, QString(), QString(64, QLatin1Char('0')), &html, &error),
                     qPrintable(error));
            const QString section = rejectedSection(html);
            QVERIFY2(!section.isEmpty(), qPrintable(reportLang));
            const QStringList want = reportLang == QLatin1String("zh") ? chineseReasons() : englishReasons();
            static const QRegularExpression longDigits(QStringLiteral("\\d{7,}"));
            for (const QString &reason : want) {
                if (audience == QLatin1String("prosecutor") && reason.contains(longDigits))
                    continue;
                QVERIFY2(section.contains(reason),
                         qPrintable(reason + QStringLiteral(" not in:\n") + section));
            }
            if (reportLang == QLatin1String("zh")) {
                const QStringList runs = dttest::englishRuns(section, 2);
                QVERIFY2(runs.isEmpty(), qPrintable(runs.join(QLatin1Char('\n'))));
            } else {
                QVERIFY2(!section.contains(QStringLiteral("缺少")), qPrintable(section));
            }
        }
    }
}

void TestGuiRejectReasons::textReasonShownAsStored_data()
{
    QTest::addColumn<QString>("stored");
    QTest::newRow("english sentence") << QStringLiteral("duration 'abc' is not a duration");
    QTest::newRow("chinese sentence") << QStringLiteral("开始时间“昨天中午”不是时间");
    QTest::newRow("looks like a code") << QStringLiteral("caller_missing");
    QTest::newRow("unreadable coded value") << QStringLiteral("dt-reason/1 [\"no_such_code\",\"x\"]");
}

// Cases imported before reasons were codes hold them as text: every reader sees the text as stored.
void TestGuiRejectReasons::textReasonShownAsStored()
{
    QFETCH(QString, stored);
    ImportSummary sum;
    const QString path = importIn(QStringLiteral("en"), QStringLiteral("old_text"), &sum);
    QVERIFY(!path.isEmpty());
    QString error;
    {
        Database db;
        QVERIFY(db.open(path, Database::OpenMode::ReadWrite));
        QVERIFY(db.exec(QStringLiteral("DELETE FROM rejected_rows")));
        Statement ins = db.prepare(
            QStringLiteral("INSERT INTO rejected_rows(source_id, line, reason, raw) VALUES(?, 9, ?, x'41')"));
        ins.bind(1, sum.sourceId).bind(2, stored);
        QVERIFY2(ins.exec(), qPrintable(db.lastError()));
    }
    QCOMPARE(RejectReason::text(stored, RejectReason::Language::Chinese), stored);
    QCOMPARE(RejectReason::text(stored, RejectReason::Language::English), stored);
    for (const QString &lang : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        QVERIFY(LanguageManager::instance().setLanguage(lang));
        Database db;
        QVERIFY(db.open(path, Database::OpenMode::ReadOnly));
        QCOMPARE(shownReasons(db), QStringList{stored});
    }
    auto cf = CaseFile::open(path, CaseFile::Access::ReadOnly, &error);
    QVERIFY2(cf, qPrintable(error));
    for (const QString &reportLang : {QStringLiteral("zh"), QStringLiteral("en")}) {
        ReportOptions opt;
        opt.lang = reportLang;
        opt.generatedUtc = QStringLiteral("2026-11-01T00:00:00Z");
        QString html;
        QVERIFY2(Report::html(*cf, opt, QString(), QString(64, QLatin1Char('0')), &html, &error),
                 qPrintable(error));
        QVERIFY2(rejectedSection(html).contains(stored), qPrintable(rejectedSection(html)));
    }
}

// The same file imported in either language: the same stored reasons and the same kinds in the
// summary; a kind leaves the file's values out, so values differing still count as one kind.
void TestGuiRejectReasons::kindsAgreeAcrossLanguages()
{
    ImportSummary en, zh;
    const QString enPath = importIn(QStringLiteral("en"), QStringLiteral("kinds_en"), &en);
    const QString zhPath = importIn(QStringLiteral("zh_CN"), QStringLiteral("kinds_zh"), &zh);
    QVERIFY(!enPath.isEmpty() && !zhPath.isEmpty());
    QCOMPARE(en.rejectedByReason.size(), englishReasons().size());
    QCOMPARE(zh.rejectedByReason, en.rejectedByReason);
    QString error;
    auto a = CaseFile::open(enPath, CaseFile::Access::ReadOnly, &error);
    auto b = CaseFile::open(zhPath, CaseFile::Access::ReadOnly, &error);
    QVERIFY(a && b);
    const QString sql = QStringLiteral("SELECT line, reason, hex(raw) FROM rejected_rows ORDER BY line");
    QCOMPARE(dttest::rows(b->db(), sql), dttest::rows(a->db(), sql));

    using C = RejectReason::Code;
    const QString one = RejectReason::encode(C::DurationNotDuration, {QStringLiteral("12x")});
    const QString other = RejectReason::encode(C::DurationNotDuration, {QStringLiteral("abc")});
    QCOMPARE(RejectReason::kind(one), RejectReason::kind(other));
    QVERIFY(RejectReason::kind(one) !=
            RejectReason::kind(RejectReason::encode(C::StartNotTime, {QStringLiteral("12x")})));
    QCOMPARE(RejectReason::kindText(RejectReason::kind(one), RejectReason::Language::English),
             QStringLiteral("duration '…' is not a duration"));
    QCOMPARE(RejectReason::kindText(RejectReason::kind(one), RejectReason::Language::Chinese),
             QStringLiteral("通话时长“…”不是有效时长"));
}

void TestGuiRejectReasons::everyCodeInBothLanguages_data()
{
    QTest::addColumn<int>("code");
    for (const RejectReason::Code c : RejectReason::allCodes())
        QTest::newRow(qPrintable(RejectReason::code(c))) << int(c);
}

// Each code: a stored name of its own, read back as stored, a sentence in each language with its
// values in it, the Chinese one without English words.
void TestGuiRejectReasons::everyCodeInBothLanguages()
{
    QFETCH(int, code);
    const auto c = RejectReason::Code(code);
    QSet<QString> names;
    for (const RejectReason::Code other : RejectReason::allCodes())
        names.insert(RejectReason::code(other));
    QCOMPARE(names.size(), RejectReason::allCodes().size());
    QVERIFY(!RejectReason::code(c).isEmpty());
    QCOMPARE(RejectReason::fromCode(RejectReason::code(c)), std::optional<RejectReason::Code>(c));

    QStringList args;
    for (int i = 0; i < RejectReason::argCount(c); ++i)
        args << QStringLiteral("V%1x").arg(i);
    const QString stored = RejectReason::encode(c, args);
    const auto back = RejectReason::decode(stored);
    QVERIFY(back);
    QCOMPARE(back->c, c);
    QCOMPARE(back->args, args);

    const QString en = RejectReason::text(stored, RejectReason::Language::English);
    const QString zh = RejectReason::text(stored, RejectReason::Language::Chinese);
    QVERIFY(!en.isEmpty() && !zh.isEmpty() && en != zh);
    for (const QString &text : {en, zh}) {
        QVERIFY2(!text.contains(QLatin1Char('%')), qPrintable(text));
        for (const QString &a : std::as_const(args))
            QVERIFY2(text.contains(a), qPrintable(text));
    }
    QVERIFY2(zh.contains(QRegularExpression(QStringLiteral("[\\x{4E00}-\\x{9FFF}]"))), qPrintable(zh));
    QVERIFY2(dttest::englishRuns(zh, 2).isEmpty(), qPrintable(zh));
    QVERIFY2(!en.contains(QRegularExpression(QStringLiteral("[\\x{3000}-\\x{9FFF}\\x{FF00}-\\x{FFEF}]"))),
             qPrintable(en));
}

QTEST_MAIN(TestGuiRejectReasons)
#include "tst_gui_rejectreasons.moc"
