// Training mode in the workspace: the trainee's answers, the trainer's score dialog, demo mode
// (docs/training.md).
#include "analysis/findingsmodels.h"
#include "analysispage.h"
#include "case/casefile.h"
#include "case/exerciseanswers.h"
#include "core/osuser.h"
#include "demodialog.h"
#include "englishtext.h"
#include "exerciseanswersdialog.h"
#include "exercisescoredialog.h"
#include "guiutil.h"
#include "ingest/importer.h"
#include "languagemanager.h"
#include "leakspage.h"
#include "linkchartpage.h"
#include "mainwindow.h"
#include "tabletools.h"
#include "testutil.h"
#include "training/exercisepack.h"
#include "training/exercisesheet.h"
#include "training/sealedkey.h"
#include "trainingmenu.h"
#include "violationspage.h"

#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSet>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace dt;
using namespace dt::ui;
using namespace dt::training;

namespace {

const QByteArray kPassphrase = "correct horse battery";

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Runs @p check on the modal dialog @p open() shows, then closes that dialog.
template<typename Open, typename Check> void withModal(Open open, Check check)
{
    bool ran = false;
    QTimer::singleShot(0, [&] {
        QTRY_VERIFY_WITH_TIMEOUT(QApplication::activeModalWidget(), dttest::kStateTimeoutMs);
        auto *d = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        // Closed however the check ends: a failed QVERIFY returns from it early.
        const auto close = qScopeGuard([d] {
            if (d)
                d->reject();
        });
        check(d);
        ran = !QTest::currentTestFailed();
    });
    open();
    QVERIFY(ran);
}

} // namespace

class TestGuiTraining : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_pack, m_case, m_keyPath;
    QJsonObject m_key;

    QString membersQuestion() const
    {
        for (const auto &v : m_key.value(QStringLiteral("questions")).toArray()) {
            if (v.toObject().value(QStringLiteral("type")).toString() == QLatin1String("members"))
                return v.toObject().value(QStringLiteral("id")).toString();
        }
        return {};
    }
    QString memberNumber() const
    {
        for (const auto &v : m_key.value(QStringLiteral("questions")).toArray()) {
            if (v.toObject().value(QStringLiteral("type")).toString() == QLatin1String("members"))
                return v.toObject().value(QStringLiteral("answer")).toArray().first().toString();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(LanguageManager::instance().setLanguage(QStringLiteral("en"))); // the texts checked below
        m_pack = m_dir.filePath(QStringLiteral("pack"));
        ExerciseSpec spec;
        spec.scenario = QStringLiteral("autodialer");
        spec.difficulty = QStringLiteral("easy");
        spec.seed = 5;
        spec.lang = QStringLiteral("en");
        QString error;
        QVERIFY2(ExercisePack::create(m_pack, spec, kPassphrase, nullptr, &error), qPrintable(error));
        m_keyPath = m_pack + QStringLiteral("/answer-key.dtkey");
        QByteArray plain;
        QVERIFY2(SealedKey::open(readAll(m_keyPath), kPassphrase, &plain, nullptr, &error),
                 qPrintable(error));
        m_key = QJsonDocument::fromJson(plain).object();
        QVERIFY(!membersQuestion().isEmpty());
        m_case = m_dir.filePath(QStringLiteral("trainee.dtcase"));
        {
            auto cf = CaseFile::create(m_case, QStringLiteral("exercise"), &error);
            QVERIFY2(cf, qPrintable(error));
            ingest::Importer importer(*cf);
            for (const auto &v : m_key.value(QStringLiteral("files")).toArray()) {
                ingest::ImportOptions o;
                o.acquired = v.toObject().value(QStringLiteral("acquired")).toString();
                QVERIFY2(importer.importFile(m_pack + QStringLiteral("/files/") +
                                                 v.toObject().value(QStringLiteral("file")).toString(),
                                             o, nullptr, &error),
                         qPrintable(error));
            }
        }
        QCOMPARE(dttest::runCli({QStringLiteral("analyze"), m_case}), 0);
    }

    void questionsFromTheSheet()
    {
        QString error;
        auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly, &error);
        QVERIFY2(cf, qPrintable(error));
        QCOMPARE(QFileInfo(ExerciseSheet::sheetFor(cf->db())).canonicalFilePath(),
                 QFileInfo(m_pack + QStringLiteral("/exercise.html")).canonicalFilePath());
        const auto questions = ExerciseSheet::questions(readAll(m_pack + QStringLiteral("/exercise.html")));
        const QJsonArray keyed = m_key.value(QStringLiteral("questions")).toArray();
        QCOMPARE(questions.size(), keyed.size());
        for (int i = 0; i < questions.size(); ++i) {
            QCOMPARE(questions.at(i).id, keyed.at(i).toObject().value(QStringLiteral("id")).toString());
            QVERIFY(!questions.at(i).text.isEmpty());
        }
    }

    /// An answer recorded and removed in the dialog is in the case as `exercise answer` stores it:
    /// the CLI lists it, the audit log holds both steps, and the case still verifies.
    void answerRecordedAndRemoved()
    {
        const QString path = m_dir.filePath(QStringLiteral("answered.dtcase"));
        QFile::remove(path);
        QVERIFY(QFile::copy(m_case, path));
        MainWindow w;
        QString error;
        QVERIFY2(dttest::openCase(w, path, &error), qPrintable(error));
        auto *menu = w.findChild<TrainingMenu *>();
        QVERIFY(menu);
        QVERIFY(menu->answersAction()->isEnabled());
        const QString number = memberNumber();
        withModal([menu] { menu->answersAction()->trigger(); },
                  [&](QDialog *d) {
                      auto *dialog = qobject_cast<ExerciseAnswersDialog *>(d);
                      QVERIFY(dialog);
                      // The sheet's questions are offered; choosing one records its id.
                      QCOMPARE(dialog->questionBox()->count(),
                               int(m_key.value(QStringLiteral("questions")).toArray().size()));
                      dialog->questionBox()->setCurrentIndex(
                          dialog->questionBox()->findData(membersQuestion()));
                      dialog->entityEdit()->setText(number.mid(3)); // the national spelling
                      dialog->noteEdit()->setText(QStringLiteral("同一 IMEI"));
                      QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addAnswerButton")),
                                        Qt::LeftButton);
                      QCOMPARE(dialog->table()->rowCount(), 1);
                      QCOMPARE(dialog->table()->item(0, 0)->text(), membersQuestion());
                      // A question id the sheet lacks is refused, with the reason shown.
                      dialog->questionBox()->setEditText(QStringLiteral("first"));
                      dialog->entityEdit()->setText(number);
                      QVERIFY(!dialog->addAnswer());
                      QVERIFY(dialog->statusLabel()->text().contains(QStringLiteral("first")));
                      QCOMPARE(dialog->table()->rowCount(), 1);
                  });
        w.closeCase();
        QByteArray out;
        QCOMPARE(dttest::runCli({QStringLiteral("exercise"), QStringLiteral("answer"), path,
                                 QStringLiteral("--list"), QStringLiteral("--json")},
                                &out),
                 0);
        const QJsonArray listed = QJsonDocument::fromJson(out).array();
        QCOMPARE(listed.size(), 1);
        const QJsonObject a = listed.first().toObject();
        QCOMPARE(a.value(QStringLiteral("question")).toString(), membersQuestion());
        QCOMPARE(a.value(QStringLiteral("entity")).toString(), number.mid(3));
        QCOMPARE(a.value(QStringLiteral("note")).toString(), QStringLiteral("同一 IMEI"));
        QCOMPARE(dttest::runCli({QStringLiteral("verify"), path}), 0);

        // Removal, through the dialog, audited.
        QVERIFY2(dttest::openCase(w, path, &error), qPrintable(error));
        withModal([menu] { menu->recordAnswer(); },
                  [&](QDialog *d) {
                      auto *dialog = qobject_cast<ExerciseAnswersDialog *>(d);
                      QVERIFY(dialog);
                      QCOMPARE(dialog->table()->rowCount(), 1);
                      dialog->table()->selectRow(0);
                      QTest::mouseClick(
                          dialog->findChild<QPushButton *>(QStringLiteral("removeAnswerButton")),
                          Qt::LeftButton);
                      QCOMPARE(dialog->table()->rowCount(), 0);
                  });
        QStringList actions;
        for (const auto &e : w.currentCase()->audit().entries())
            actions << e.action;
        QVERIFY(actions.contains(QStringLiteral("exercise-answer")));
        QVERIFY(actions.contains(QStringLiteral("remove-exercise-answer")));
        QVERIFY(ExerciseAnswers::all(w.currentCase()->db()).isEmpty());
        w.closeCase();
        QCOMPARE(dttest::runCli({QStringLiteral("verify"), path}), 0);
    }

    /// Without the pack's sheet the trainee types the question's id.
    void typedQuestionWithoutSheet()
    {
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("bare.dtcase"));
        auto cf = CaseFile::create(path, QStringLiteral("bare"), &error);
        QVERIFY2(cf, qPrintable(error));
        ExerciseAnswersDialog dialog(cf.get());
        QVERIFY(dialog.sheetPath().isEmpty());
        QCOMPARE(dialog.questionBox()->count(), 0);
        dialog.questionBox()->setEditText(QStringLiteral("q2"));
        dialog.entityEdit()->setText(QStringLiteral("leak_loan_app_users"));
        dialog.valueEdit()->setText(QStringLiteral("43"));
        QVERIFY(dialog.addAnswer());
        const auto answers = ExerciseAnswers::all(cf->db());
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.first().question, QStringLiteral("Q2"));
        QCOMPARE(answers.first().value, QStringLiteral("43"));
    }

    /// "Record as answer…" on a number, a list and a call fills the entity in.
    void recordFromContextMenu_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("number") << QStringLiteral("suspectsView") << QStringLiteral("+86");
        QTest::newRow("list") << QStringLiteral("leakListsView") << QStringLiteral("leak_");
        QTest::newRow("call") << QStringLiteral("callsView") << QStringLiteral("call:");
    }
    void recordFromContextMenu()
    {
        QFETCH(QString, view);
        QFETCH(QString, prefix);
        MainWindow w;
        QString error;
        QVERIFY2(dttest::openCase(w, m_case, &error), qPrintable(error));
        auto *table = w.casePage()->findChild<QTableView *>(view);
        QVERIFY(table);
        w.show(); // the Calls tab reads its calls when first shown
        for (QWidget *p = table; p; p = p->parentWidget()) {
            if (w.casePage()->tabs()->indexOf(p) >= 0)
                w.casePage()->tabs()->setCurrentWidget(p);
        }
        QTRY_VERIFY_WITH_TIMEOUT(table->model() && table->model()->rowCount() > 0, dttest::kStateTimeoutMs);
        table->setCurrentIndex(table->model()->index(0, 0));
        const QString entity = TrainingMenu::answerEntity(table);
        QVERIFY2(entity.startsWith(prefix), qPrintable(entity));
        QMenu menu;
        TableTools::addActions(&menu, table);
        auto *record = menu.findChild<QAction *>(QStringLiteral("actionRecordAsAnswer"));
        QVERIFY(record);
        QVERIFY(record->isEnabled());
        withModal([record] { record->trigger(); },
                  [&](QDialog *d) {
                      auto *dialog = qobject_cast<ExerciseAnswersDialog *>(d);
                      QVERIFY(dialog);
                      QCOMPARE(dialog->entityEdit()->text(), entity);
                  });
        // A table of no entity (the audit log) offers no answer.
        auto *audit = w.casePage()->findChild<QTableView *>(QStringLiteral("auditView"));
        audit->setCurrentIndex(audit->model()->index(0, 0));
        QMenu other;
        TableTools::addActions(&other, audit);
        QVERIFY(!other.findChild<QAction *>(QStringLiteral("actionRecordAsAnswer")));
    }

    void scoreDialog_data()
    {
        QTest::addColumn<QByteArray>("passphrase");
        QTest::addColumn<bool>("alter");
        QTest::addColumn<QString>("error");
        QTest::newRow("scored") << kPassphrase << false << QString();
        QTest::newRow("wrong passphrase")
            << QByteArray("not the passphrase") << false << QStringLiteral("passphrase");
        QTest::newRow("altered key") << kPassphrase << true << QStringLiteral("altered");
    }
    void scoreDialog()
    {
        QFETCH(QByteArray, passphrase);
        QFETCH(bool, alter);
        QFETCH(QString, error);
        const QString path = m_dir.filePath(QStringLiteral("scored.dtcase"));
        if (!QFile::exists(path)) {
            QVERIFY(QFile::copy(m_case, path));
            QString e;
            auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &e);
            QVERIFY2(cf, qPrintable(e));
            ExerciseAnswer a;
            a.question = membersQuestion();
            a.entity = memberNumber();
            QVERIFY2(ExerciseAnswers::add(*cf, a, &e), qPrintable(e));
        }
        QString key = m_keyPath;
        if (alter) {
            QByteArray bytes = readAll(m_keyPath);
            bytes[bytes.size() / 3] = bytes[bytes.size() / 3] == 'a' ? 'b' : 'a';
            key = dttest::writeFile(m_dir.filePath(QStringLiteral("altered.dtkey")), bytes);
        }
        ExerciseScoreDialog dialog(path);
        dialog.keyEdit()->setText(key);
        dialog.passphraseEdit()->setText(QString::fromUtf8(passphrase));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("scoreButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isScoring(), dttest::kStateTimeoutMs);
        if (!error.isEmpty()) {
            QVERIFY2(dialog.statusLabel()->text().contains(error), qPrintable(dialog.statusLabel()->text()));
            QCOMPARE(dialog.questionsTable()->rowCount(), 0);
            QVERIFY(dialog.totalLabel()->text().isEmpty());
            return;
        }
        const QJsonArray questions = m_key.value(QStringLiteral("questions")).toArray();
        QCOMPARE(dialog.questionsTable()->rowCount(), int(questions.size()));
        QCOMPARE(dialog.questionsTable()->item(0, 0)->text(), membersQuestion());
        QCOMPARE(dialog.questionsTable()->item(0, 3)->text().split(QLatin1Char(' ')).first(),
                 QStringLiteral("1"));
        QVERIFY(dialog.totalLabel()->text().contains(QLatin1Char('%')));
        // Every mistake with its evidence, as `exercise score` prints it (the UI is in English here).
        QVERIFY(dialog.feedback()->toPlainText().contains(QStringLiteral("[missed]")));
        QVERIFY(dialog.feedback()->toPlainText().startsWith(QStringLiteral("Score: ")));
    }

    /// In Chinese the table names each question's kind in words, and nothing the dialog shows is
    /// English.
    void scoreDialogInChinese()
    {
        const QString path = m_dir.filePath(QStringLiteral("scored.dtcase"));
        if (!QFile::exists(path))
            QVERIFY(QFile::copy(m_case, path));
        QVERIFY(LanguageManager::instance().setLanguage(QStringLiteral("zh_CN")));
        const auto back = qScopeGuard([] { LanguageManager::instance().setLanguage(QStringLiteral("en")); });
        ExerciseScoreDialog dialog(path);
        dialog.show();
        dialog.keyEdit()->setText(m_keyPath);
        dialog.passphraseEdit()->setText(QString::fromUtf8(kPassphrase));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("scoreButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isScoring(), dttest::kStateTimeoutMs);
        const QJsonArray questions = m_key.value(QStringLiteral("questions")).toArray();
        QCOMPARE(dialog.questionsTable()->rowCount(), int(questions.size()));
        for (int i = 0; i < questions.size(); ++i) {
            const QString code = questions.at(i).toObject().value(QStringLiteral("type")).toString();
            QVERIFY(dialog.questionsTable()->item(i, 1)->text() != code);
        }
        // The analyst who recorded the answers is named as the system knows them (a proper name).
        const QString text = dttest::visibleTexts(&dialog).replace(osUserName(), QStringLiteral("分析员"));
        const QStringList words = dttest::englishRuns(text, 1, dttest::englishLowerWord());
        QVERIFY2(words.isEmpty(), qPrintable(words.join(QLatin1Char('\n'))));
    }

    /// The passphrase `dialtrace-cli exercise` reads from DIALTRACE_TRAINER_PASSPHRASE fills the dialog's
    /// field (the label says so) and opens the key without being typed; without it the field is empty.
    void scoreDialogPassphraseFromEnvironment()
    {
        const QByteArray before = qgetenv(SealedKey::kPassphraseVariable);
        const auto restore = qScopeGuard([&] {
            if (before.isEmpty())
                qunsetenv(SealedKey::kPassphraseVariable);
            else
                qputenv(SealedKey::kPassphraseVariable, before);
        });
        qunsetenv(SealedKey::kPassphraseVariable);
        {
            ExerciseScoreDialog without(m_case);
            QVERIFY(without.passphraseEdit()->text().isEmpty());
        }
        qputenv(SealedKey::kPassphraseVariable, kPassphrase);
        ExerciseScoreDialog dialog(m_case);
        QCOMPARE(dialog.passphraseEdit()->text(), QString::fromUtf8(kPassphrase));
        QCOMPARE(dialog.passphraseEdit()->echoMode(), QLineEdit::Password);
        bool labelled = false;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            labelled = labelled || label->text().contains(QLatin1String(SealedKey::kPassphraseVariable));
        QVERIFY(labelled);
        dialog.keyEdit()->setText(m_keyPath);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("scoreButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isScoring(), dttest::kStateTimeoutMs);
        QCOMPARE(dialog.questionsTable()->rowCount(),
                 int(m_key.value(QStringLiteral("questions")).toArray().size()));
        QVERIFY2(dialog.totalLabel()->text().contains(QLatin1Char('%')),
                 qPrintable(dialog.statusLabel()->text()));
    }

    /// Demo mode walks every step, each bringing its view to the front, and back again.
    void demoWalksAllSteps()
    {
        MainWindow w;
        QString error;
        QVERIFY2(dttest::openCase(w, m_case, &error), qPrintable(error));
        auto *menu = w.findChild<TrainingMenu *>();
        QVERIFY(menu->demoAction()->isEnabled());
        DemoDialog *demo = menu->startDemo();
        QVERIFY(demo);
        QTabWidget *tabs = w.casePage()->tabs();
        QWidget *sources = w.casePage()->findChild<QTableView *>(QStringLiteral("sourcesView"));
        QWidget *analysis = w.analysisPage(), *chart = w.linkChart(), *leaks = w.leaksPage(),
                *violations = w.violationsPage();
        const QVector<QWidget *> views{sources, analysis, analysis, chart, leaks, violations, violations};
        QCOMPARE(views.size(), int(DemoDialog::StepCount));
        QVERIFY(!demo->backButton()->isEnabled());
        QStringList texts;
        for (int s = 0; s < DemoDialog::StepCount; ++s) {
            QCOMPARE(demo->step(), s);
            QCOMPARE(tabs->currentWidget(), views.at(s));
            QVERIFY(!demo->explanation()->toPlainText().isEmpty());
            texts << demo->explanation()->toPlainText();
            if (s < DemoDialog::StepCount - 1)
                QTest::mouseClick(demo->nextButton(), Qt::LeftButton);
        }
        QCOMPARE(int(QSet<QString>(texts.begin(), texts.end()).size()), int(DemoDialog::StepCount));
        QVERIFY(!demo->nextButton()->isEnabled());
        QVERIFY(demo->findChild<QPushButton *>(QStringLiteral("demoOpenReport"))->isVisible());
        QTest::mouseClick(demo->backButton(), Qt::LeftButton);
        QCOMPARE(demo->step(), int(DemoDialog::Violations));
        // The profiles step showed the first suspect in the details panel.
        demo->setStep(DemoDialog::Profiles);
        QVERIFY(dttest::entityShown(w.entityPanel()));
        const QAbstractItemModel *suspects = w.analysisPage()->suspectsView()->model();
        QVERIFY(suspects->rowCount() > 0);
        QCOMPARE(w.entityPanel()->searchBox()->text(),
                 suspects->index(0, 0).data(analysis::SuspectsModel::NumberRole).toString());
    }
};

QTEST_MAIN(TestGuiTraining)
#include "tst_gui_training.moc"
