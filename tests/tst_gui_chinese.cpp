// Chinese everywhere in the GUI: under zh_CN the details panel of a suspect number, the sources
// table and the import wizard's settings and summary pages show no English word outside proper
// names, file names and codes; the details follow a switch of language.
#include "analysis/detection.h"
#include "case/casefile.h"
#include "case/sourcesmodel.h"
#include "casepage.h"
#include "englishtext.h"
#include "guiutil.h"
#include "importsettingspage.h"
#include "importsummarypage.h"
#include "importtimespanel.h"
#include "importwizard.h"
#include "ingest/fieldmap.h"
#include "languagemanager.h"
#include "phone/lookup.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace dt;
using namespace dt::ui;

namespace {

QString detailsText(MainWindow &w)
{
    return w.entityPanel()->findChild<QTextBrowser *>(QStringLiteral("detailsView"))->toPlainText();
}

/// English words in a Chinese text: any word written as English, but for the field names of the
/// --map option the import's mapping table shows beside each field ("主叫号码 (caller)").
QStringList english(const QString &text)
{
    QStringList codes;
    for (int f = 0; f < int(ingest::Field::Count); ++f)
        codes << ingest::fieldName(ingest::Field(f));
    QStringList out;
    for (const QString &run : dttest::englishRuns(text, 1, dttest::englishLowerWord()))
        if (!codes.contains(run.section(QStringLiteral("  in: "), 0, 0)))
            out << run;
    return out;
}

// Dates that fit both D/M/Y and M/D/Y (the order is inferred), a header in Chinese (valid UTF-8),
// and a row without a usable time (rejected with its reason).
const QByteArray kCsv = "主叫号码,被叫号码,开始时间,通话时长\n"
                        "13800138000,13900139000,01/02/2026 09:15:32,65\n"
                        "13800138001,02161234567,02/02/2026 10:00:00,120\n"
                        "13800138002,13900139002,无,30\n"
                        "13800138003,13900139003,03/02/2026 08:00:00,5\n"
                        "13800138004,13900139004,04/02/2026 08:30:00,7\n";

} // namespace

class TestGuiChinese : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(LanguageManager::instance().setLanguage(QStringLiteral("zh_CN")));
    }
    void cleanupTestCase() { LanguageManager::instance().setLanguage(QStringLiteral("en")); }

    void detailsOfASuspect()
    {
        MainWindow w;
        w.resize(1600, 1000);
        w.show();
        QString error;
        QVERIFY2(dttest::openSample(w, &error), qPrintable(error));
        const analysis::Findings f = analysis::Detector::latestFindings(*w.currentCase(), &error);
        QVERIFY2(!f.suspects.empty() && !f.operators.empty(), qPrintable(error));
        const analysis::Operator &op = f.operators.front();
        QString key;
        for (const analysis::Suspect &s : f.suspects) // one on a carrier's own segment
            if (op.numbers.contains(s.key) && !s.reasons.isEmpty() &&
                lookupValue(s.key).value(QStringLiteral("type")).toString() == QLatin1String("mobile"))
                key = s.key;
        QVERIFY(!key.isEmpty());
        QVERIFY(dttest::showEntity(w.entityPanel(), key));
        QString text = detailsText(w);
        QVERIFY(text.contains(QStringLiteral("依据")));
        const QStringList words = english(text);
        QVERIFY2(words.isEmpty(), qPrintable(words.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + text));
        // Why it is what it is names its carrier in the interface's language, made again when the
        // language changes.
        const QString carrierZh = lookupValue(key).value(QStringLiteral("carrier_zh")).toString();
        const QString carrierEn = lookupValue(key).value(QStringLiteral("carrier_en")).toString();
        QVERIFY(!carrierZh.isEmpty() && !carrierEn.isEmpty());
        QVERIFY2(text.contains(carrierZh + QStringLiteral("手机号码")), qPrintable(text));
        QVERIFY(LanguageManager::instance().setLanguage(QStringLiteral("en")));
        // The widgets hear of the new language through posted events.
        QTRY_VERIFY2(detailsText(w).contains(QStringLiteral("mobile number of ") + carrierEn),
                     qPrintable(detailsText(w)));
        QVERIFY(LanguageManager::instance().setLanguage(QStringLiteral("zh_CN")));
        QTRY_VERIFY(detailsText(w).contains(carrierZh + QStringLiteral("手机号码")));
        QVERIFY(english(detailsText(w)).isEmpty());
    }

    /// The Sources tab: a source's kind and format in words, not the codes the case stores; the
    /// codes stay under the edit role (sorting, the CLI).
    void sourcesTable()
    {
        MainWindow w;
        w.resize(1600, 1000);
        w.show();
        QString error;
        QVERIFY2(dttest::openSample(w, &error), qPrintable(error));
        SourcesModel *sources = w.casePage()->sourcesModel();
        QVERIFY(sources->rowCount() >= 3);
        QString text;
        for (int c = 0; c < SourcesModel::ColumnCount; ++c) {
            text += sources->headerData(c, Qt::Horizontal).toString() + QLatin1Char('\n');
            if (c == SourcesModel::Analyst) // a user's name, as the system gives it
                continue;
            for (int r = 0; r < sources->rowCount(); ++r)
                text += sources->index(r, c).data().toString() + QLatin1Char('\n');
        }
        text.remove(QStringLiteral("Excel")); // a product's name ("Excel 工作簿")
        const QStringList words = english(text);
        QVERIFY2(words.isEmpty(), qPrintable(words.join(QLatin1Char('\n'))));
        QStringList kinds, codes;
        for (int r = 0; r < sources->rowCount(); ++r) {
            kinds << sources->index(r, SourcesModel::Kind).data().toString();
            codes << sources->index(r, SourcesModel::Kind).data(Qt::EditRole).toString();
        }
        QVERIFY2(kinds.contains(QStringLiteral("通话记录")) &&
                     kinds.contains(QStringLiteral("泄露的个人信息")),
                 qPrintable(kinds.join(QLatin1Char(','))));
        QVERIFY(codes.contains(QStringLiteral("calls")) && codes.contains(QStringLiteral("leak")));
    }

    void importWizard()
    {
        const QString path = m_dir.filePath(QStringLiteral("import.dtcase"));
        QString error;
        auto cf = CaseFile::create(path, QStringLiteral("导入"), &error);
        QVERIFY2(cf, qPrintable(error));
        const QString csv = dttest::writeFile(m_dir.filePath(QStringLiteral("话单.csv")), kCsv);
        ImportWizard wizard(cf.get(), {csv});
        wizard.resize(1200, 800);
        wizard.show();
        wizard.next();
        ImportSettingsPage *settings = wizard.settingsPage();
        QTRY_VERIFY_WITH_TIMEOUT(!settings->isSniffing() && !settings->timesPanel()->isRunning(),
                                 dttest::kStateTimeoutMs);
        QVERIFY2(settings->sniffError().isEmpty(), qPrintable(settings->sniffError()));
        QCOMPARE(settings->layout().encodingHow, QStringLiteral("valid UTF-8"));
        QString text = dttest::visibleTexts(settings);
        QStringList words = english(text);
        QVERIFY2(words.isEmpty(), qPrintable(words.join(QLatin1Char('\n'))));
        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPageId),
                                  dttest::kStateTimeoutMs);
        const ingest::ImportSummary &s = wizard.results().at(0).summary;
        QCOMPARE(s.rejected, 1);
        QCOMPARE(s.dateOrderBasis, QStringLiteral("inferred"));
        text = dttest::visibleTexts(wizard.summaryPage());
        QVERIFY(text.contains(QStringLiteral("话单.csv")));
        words = english(text);
        QVERIFY2(words.isEmpty(), qPrintable(words.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + text));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestGuiChinese)
#include "tst_gui_chinese.moc"
