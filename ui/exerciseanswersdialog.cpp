#include "exerciseanswersdialog.h"

#include "case/casefile.h"
#include "case/exerciseanswers.h"
#include "core/caseclock.h"
#include "training/exercisesheet.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dt::ui {

namespace {

enum Column { ColQuestion, ColEntity, ColValue, ColNote, ColAuthor, ColWhen, ColumnCount };
constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

ExerciseAnswersDialog::ExerciseAnswersDialog(CaseFile *cf, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("exerciseAnswersDialog"));
    resize(900, 560);
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("exerciseAnswersView"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table, 1);

    auto *form = new QFormLayout;
    m_question = new QComboBox(this);
    m_question->setObjectName(QStringLiteral("answerQuestion"));
    m_question->setEditable(true); // without the sheet the trainee types "Q3"
    m_question->setInsertPolicy(QComboBox::NoInsert);
    m_entity = new QLineEdit(this);
    m_entity->setObjectName(QStringLiteral("answerEntity"));
    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("answerValue"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("answerNote"));
    m_questionLabel = new QLabel(this);
    m_entityLabel = new QLabel(this);
    m_valueLabel = new QLabel(this);
    m_noteLabel = new QLabel(this);
    form->addRow(m_questionLabel, m_question);
    form->addRow(m_entityLabel, m_entity);
    form->addRow(m_valueLabel, m_value);
    form->addRow(m_noteLabel, m_note);
    layout->addLayout(form);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("answerStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    m_add = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_add->setObjectName(QStringLiteral("addAnswerButton"));
    m_remove = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_remove->setObjectName(QStringLiteral("removeAnswerButton"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(m_add, &QPushButton::clicked, this, &ExerciseAnswersDialog::addAnswer);
    connect(m_remove, &QPushButton::clicked, this, &ExerciseAnswersDialog::removeSelected);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ExerciseAnswersDialog::updateState);
    connect(m_entity, &QLineEdit::textChanged, this, &ExerciseAnswersDialog::updateState);
    connect(m_question, &QComboBox::currentTextChanged, this, &ExerciseAnswersDialog::updateState);
    retranslateUi();
    setCase(cf);
}

void ExerciseAnswersDialog::setCase(CaseFile *cf)
{
    m_case = cf;
    m_status->clear();
    loadQuestions();
    reload();
}

void ExerciseAnswersDialog::prefill(const QString &entity)
{
    m_entity->setText(entity);
    m_value->clear();
    m_note->clear();
    m_note->setFocus();
}

void ExerciseAnswersDialog::loadQuestions()
{
    const QString typed = m_question->currentText();
    m_question->clear();
    m_sheet = m_case ? training::ExerciseSheet::sheetFor(m_case->db()) : QString();
    if (!m_sheet.isEmpty()) {
        QFile f(m_sheet);
        if (f.open(QIODevice::ReadOnly)) {
            for (const auto &q : training::ExerciseSheet::questions(f.readAll())) {
                m_question->addItem(QStringLiteral("%1 — %2").arg(q.id, q.text), q.id);
                m_question->setItemData(m_question->count() - 1, q.text, Qt::ToolTipRole);
            }
        }
    }
    m_question->setEditText(m_question->count() ? m_question->itemText(0) : typed);
    retranslateUi();
}

void ExerciseAnswersDialog::reload()
{
    m_table->setRowCount(0);
    if (!m_case) {
        updateState();
        return;
    }
    const auto answers = ExerciseAnswers::all(m_case->db());
    m_table->setRowCount(int(answers.size()));
    for (int r = 0; r < answers.size(); ++r) {
        const ExerciseAnswer &a = answers.at(r);
        const QString when = m_case->clock().stampOfIso(a.createdUtc);
        const QStringList cells{a.question, a.entity, a.value, a.note, a.author, when};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            item->setData(kIdRole, a.id);
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    updateState();
}

bool ExerciseAnswersDialog::addAnswer()
{
    if (!m_case)
        return false;
    ExerciseAnswer a;
    // A question chosen from the sheet carries its id; a typed one is taken as typed, but for the
    // case of its letter ("q3" is Q3): anything else is refused by ExerciseAnswers with the reason.
    const int i = m_question->findText(m_question->currentText());
    static const QRegularExpression typedId(QStringLiteral("^[qQ][0-9]{1,3}$"));
    const QString typed = m_question->currentText().trimmed();
    a.question = i >= 0 && m_question->itemData(i).isValid() ? m_question->itemData(i).toString()
                 : typedId.match(typed).hasMatch()           ? typed.toUpper()
                                                             : typed;
    a.entity = m_entity->text();
    a.value = m_value->text();
    a.note = m_note->text();
    QString error;
    const qint64 id = ExerciseAnswers::add(*m_case, a, &error);
    if (!id) {
        m_status->setText(tr("Not recorded: %1").arg(error));
        return false;
    }
    m_status->setText(tr("Answer %1 recorded for %2.").arg(id).arg(a.question));
    m_entity->clear();
    m_value->clear();
    m_note->clear();
    reload();
    Q_EMIT answersChanged();
    return true;
}

bool ExerciseAnswersDialog::removeSelected()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (!m_case || rows.isEmpty())
        return false;
    const qint64 id = m_table->item(rows.first().row(), ColQuestion)->data(kIdRole).toLongLong();
    QString error;
    if (!ExerciseAnswers::remove(*m_case, id, &error)) {
        m_status->setText(tr("Not removed: %1").arg(error));
        return false;
    }
    m_status->setText(tr("Answer %1 removed (the audit log keeps it).").arg(id));
    reload();
    Q_EMIT answersChanged();
    return true;
}

void ExerciseAnswersDialog::updateState()
{
    const bool writable = m_case && !m_case->isReadOnly();
    m_add->setEnabled(writable && !m_entity->text().trimmed().isEmpty() &&
                      !m_question->currentText().trimmed().isEmpty());
    m_remove->setEnabled(writable && m_table->selectionModel()->hasSelection());
}

void ExerciseAnswersDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ExerciseAnswersDialog::retranslateUi()
{
    setWindowTitle(tr("Exercise Answers"));
    m_intro->setText(
        m_sheet.isEmpty()
            ? tr("Record each answer to the exercise sheet's questions: one entity (a number, a list, a "
                 "call) "
                 "per answer, with a note on how you found it. The exercise's sheet was not found next to "
                 "the case's files: type the question's id (Q1, Q2, …) as the printed sheet gives it.")
            : tr("Record each answer to the exercise sheet's questions: one entity (a number, a list, a "
                 "call) "
                 "per answer, with a note on how you found it. Questions from %1.")
                  .arg(m_sheet));
    m_table->setHorizontalHeaderLabels(
        {tr("Question"), tr("Entity"), tr("Value"), tr("Note"), tr("Recorded by"), tr("When")});
    m_questionLabel->setText(tr("&Question:"));
    m_questionLabel->setBuddy(m_question);
    m_entityLabel->setText(tr("&Entity:"));
    m_entityLabel->setBuddy(m_entity);
    m_entity->setPlaceholderText(
        tr("a number in any spelling, a list's name, a call (FILE:LINE or call:ID)"));
    m_valueLabel->setText(tr("&Value:"));
    m_valueLabel->setBuddy(m_value);
    m_value->setPlaceholderText(tr("what the question asks of it: days, a rule, the source list"));
    m_noteLabel->setText(tr("&Note:"));
    m_noteLabel->setBuddy(m_note);
    m_note->setPlaceholderText(tr("how you found it"));
    m_add->setText(tr("Record Answer"));
    m_remove->setText(tr("Remove Answer"));
}

} // namespace dt::ui
