#include "exercisescoredialog.h"

#include "case/casefile.h"
#include "languagemanager.h"
#include "training/exercisetext.h"
#include "training/sealedkey.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QtConcurrent>
#include <QVBoxLayout>

namespace dt::ui {

namespace {

using Result = ExerciseScoreDialog::Result;

Result scoreCase(const QString &casePath, const QString &keyPath, const QByteArray &passphrase,
                 const QString &lang)
{
    Result r;
    QFile f(keyPath);
    if (!f.open(QIODevice::ReadOnly)) {
        r.error = ExerciseScoreDialog::tr("%1: cannot read the answer key").arg(keyPath);
        return r;
    }
    QByteArray plain;
    training::KeySigner signer;
    QString error;
    if (!training::SealedKey::open(f.readAll(), passphrase, &plain, &signer, &error)) {
        r.error = ExerciseScoreDialog::tr("%1: %2").arg(QFileInfo(keyPath).fileName(), error);
        return r;
    }
    if (!signer.trusted)
        r.warnings << ExerciseScoreDialog::tr("The answer key was sealed by a workstation this one does not "
                                              "trust (key %1).")
                          .arg(signer.fingerprint);
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly, &error);
    if (!cf) {
        r.error = error;
        return r;
    }
    r.score = training::ExerciseScorer::score(QJsonDocument::fromJson(plain).object(), cf->db(), lang);
    r.text = r.score.toText(lang);
    return r;
}

} // namespace

ExerciseScoreDialog::ExerciseScoreDialog(const QString &casePath, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("exerciseScoreDialog"));
    resize(960, 680);
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    auto *grid = new QGridLayout;
    m_caseLabel = new QLabel(this);
    m_keyLabel = new QLabel(this);
    m_passLabel = new QLabel(this);
    m_casePath = new QLineEdit(casePath, this);
    m_casePath->setObjectName(QStringLiteral("scoreCase"));
    m_keyPath = new QLineEdit(this);
    m_keyPath->setObjectName(QStringLiteral("scoreKey"));
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("scorePassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    // The same passphrase the command line reads (SealedKey::passphrase), so a trainer who set it
    // once for `dialtrace-cli exercise` does not type it again here.
    m_passphraseFromEnvironment = !qEnvironmentVariableIsEmpty(training::SealedKey::kPassphraseVariable);
    if (m_passphraseFromEnvironment)
        m_passphrase->setText(QString::fromUtf8(qgetenv(training::SealedKey::kPassphraseVariable)));
    m_browseCase = new QPushButton(this);
    m_browseKey = new QPushButton(this);
    m_score = new QPushButton(this);
    m_score->setObjectName(QStringLiteral("scoreButton"));
    m_score->setDefault(true);
    grid->addWidget(m_caseLabel, 0, 0);
    grid->addWidget(m_casePath, 0, 1);
    grid->addWidget(m_browseCase, 0, 2);
    grid->addWidget(m_keyLabel, 1, 0);
    grid->addWidget(m_keyPath, 1, 1);
    grid->addWidget(m_browseKey, 1, 2);
    grid->addWidget(m_passLabel, 2, 0);
    grid->addWidget(m_passphrase, 2, 1);
    grid->addWidget(m_score, 2, 2);
    layout->addLayout(grid);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("scoreStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("scoreTotal"));
    QFont big = m_total->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_total->setFont(big);
    layout->addWidget(m_total);
    auto *split = new QSplitter(Qt::Vertical, this);
    m_table = new QTableWidget(0, 5, split);
    m_table->setObjectName(QStringLiteral("scoreQuestionsView"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_feedback = new QPlainTextEdit(split);
    m_feedback->setObjectName(QStringLiteral("scoreFeedback"));
    m_feedback->setReadOnly(true);
    split->addWidget(m_table);
    split->addWidget(m_feedback);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_score, &QPushButton::clicked, this, &ExerciseScoreDialog::score);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &ExerciseScoreDialog::score);
    connect(m_browseCase, &QPushButton::clicked, this, [this] {
        const QString p = QFileDialog::getOpenFileName(this, tr("Trainee's Case"), m_casePath->text(),
                                                       tr("DialTrace cases (*.dtcase)"));
        if (!p.isEmpty())
            m_casePath->setText(p);
    });
    connect(m_browseKey, &QPushButton::clicked, this, [this] {
        const QString p = QFileDialog::getOpenFileName(this, tr("Answer Key"), m_keyPath->text(),
                                                       tr("Answer keys (*.dtkey)"));
        if (!p.isEmpty())
            m_keyPath->setText(p);
    });
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        m_score->setEnabled(true);
        showResult(m_watcher.result());
        m_scoring = false;
    });
    retranslateUi();
}

ExerciseScoreDialog::~ExerciseScoreDialog()
{
    m_watcher.waitForFinished();
}

void ExerciseScoreDialog::score()
{
    if (m_watcher.isRunning())
        return;
    m_table->setRowCount(0);
    m_feedback->clear();
    m_total->clear();
    if (m_casePath->text().isEmpty() || m_keyPath->text().isEmpty()) {
        m_status->setText(tr("Choose the trainee's case and the exercise's answer key."));
        return;
    }
    const QByteArray passphrase = m_passphrase->text().toUtf8();
    if (passphrase.size() < training::SealedKey::kMinPassphrase) {
        m_status->setText(tr("The trainer's passphrase has at least %1 characters.")
                              .arg(training::SealedKey::kMinPassphrase));
        return;
    }
    const QString lang = LanguageManager::instance().effectiveLanguage().startsWith(QLatin1String("zh"))
                             ? QStringLiteral("zh")
                             : QStringLiteral("en");
    m_status->setText(tr("Opening the answer key and scoring…"));
    m_score->setEnabled(false);
    m_scoring = true;
    m_watcher.setFuture(
        QtConcurrent::run(scoreCase, m_casePath->text(), m_keyPath->text(), passphrase, lang));
}

void ExerciseScoreDialog::showResult(const Result &r)
{
    if (!r.error.isEmpty()) {
        m_status->setText(QStringLiteral("<span style=\"color:#b00020\">%1</span>")
                              .arg(tr("Cannot score: %1").arg(r.error).toHtmlEscaped()));
        return;
    }
    QStringList warnings = r.warnings + r.score.warnings;
    m_status->setText(warnings.isEmpty() ? tr("Scored %n answer(s).", nullptr, r.score.answers)
                                         : warnings.join(QLatin1Char('\n')));
    m_total->setText(tr("Total: %1%").arg(QString::number(r.score.total, 'f', 1)));
    m_table->setRowCount(int(r.score.questions.size()));
    const training::Lang lang(LanguageManager::instance().effectiveLanguage().startsWith(QLatin1String("zh"))
                                  ? QStringLiteral("zh")
                                  : QStringLiteral("en"));
    for (int i = 0; i < r.score.questions.size(); ++i) {
        const auto &q = r.score.questions.at(i);
        const QStringList cells{q.id, training::questionTypeName(q.type, lang),
                                QString::number(100.0 * q.score, 'f', 1) + QLatin1Char('%'),
                                QStringLiteral("%1 / %2").arg(q.correct).arg(q.expected),
                                QString::number(q.mistakes.size())};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
    m_feedback->setPlainText(r.text);
}

void ExerciseScoreDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ExerciseScoreDialog::retranslateUi()
{
    setWindowTitle(tr("Score an Exercise"));
    m_intro->setText(tr("Score a trainee's case against the exercise's sealed answer key (answer-key.dtkey "
                        "in the pack). Only the trainer's passphrase opens the key; a key changed by even "
                        "one byte is refused."));
    m_caseLabel->setText(tr("Trainee's case:"));
    m_keyLabel->setText(tr("Answer key:"));
    m_passLabel->setText(m_passphraseFromEnvironment
                             ? tr("Trainer's passphrase (from %1):")
                                   .arg(QLatin1String(training::SealedKey::kPassphraseVariable))
                             : tr("Trainer's passphrase:"));
    m_browseCase->setText(tr("Browse…"));
    m_browseKey->setText(tr("Browse…"));
    m_score->setText(tr("Score"));
    m_table->setHorizontalHeaderLabels(
        {tr("Question"), tr("Type"), tr("Score"), tr("Right"), tr("Mistakes")});
}

} // namespace dt::ui
