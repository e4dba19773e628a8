#include "trainingmenu.h"

#include "analysis/findingsmodels.h"
#include "analysis/leakmodels.h"
#include "analysis/violationsmodel.h"
#include "case/casefile.h"
#include "case/complaintsmodel.h"
#include "demodialog.h"
#include "exerciseanswersdialog.h"
#include "exercisescoredialog.h"
#include "mainwindow.h"
#include "tabletools.h"

#include <QEvent>
#include <QTableView>

namespace dt::ui {

TrainingMenu::TrainingMenu(MainWindow *window)
    : QMenu(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("trainingMenu"));
    m_answers = addAction(QString(), this, [this] { recordAnswer(); });
    m_answers->setObjectName(QStringLiteral("actionExerciseAnswers"));
    m_score = addAction(QString(), this, &TrainingMenu::scoreExercise);
    m_score->setObjectName(QStringLiteral("actionScoreExercise"));
    addSeparator();
    m_demo = addAction(QString(), this, &TrainingMenu::startDemo);
    m_demo->setObjectName(QStringLiteral("actionDemoMode"));
    connect(this, &QMenu::aboutToShow, this, &TrainingMenu::updateState);
    connect(window, &MainWindow::caseOpened, this, &TrainingMenu::updateState);
    TableTools::setMenuExtender([menu = QPointer<TrainingMenu>(this)](QMenu *m, QTableView *view) {
        const QString entity = answerEntity(view);
        if (!menu || entity.isEmpty() || !menu->m_window || !menu->m_window->currentCase())
            return;
        m->addSeparator();
        QAction *a = m->addAction(tr("Record as Answer (%1)…").arg(entity), menu.data(),
                                  [menu, entity] { menu->recordAnswer(entity); });
        a->setObjectName(QStringLiteral("actionRecordAsAnswer"));
        a->setEnabled(!menu->m_window->currentCase()->isReadOnly());
    });
    retranslateUi();
    updateState();
}

QString TrainingMenu::answerEntity(const QTableView *view)
{
    QModelIndex i = view->currentIndex();
    if (!i.isValid() && view->selectionModel() && view->selectionModel()->hasSelection())
        i = view->selectionModel()->selectedIndexes().first();
    if (!i.isValid())
        return {};
    const QString name = view->objectName();
    const auto at = [&i](int column, int role) { return i.siblingAtColumn(column).data(role); };
    if (name == QLatin1String("suspectsView"))
        return at(0, analysis::SuspectsModel::NumberRole).toString();
    if (name == QLatin1String("violationsView"))
        return at(0, analysis::ViolationsModel::NumberRole).toString();
    if (name == QLatin1String("leakListsView"))
        return at(0, analysis::LeakListsModel::SourceRole).toString();
    if (name == QLatin1String("leakMatrixView"))
        return i.data(analysis::LeakMatrixModel::SourceRole).toString();
    if (name == QLatin1String("complaintsView"))
        return at(ComplaintsModel::Complainant, Qt::EditRole).toString();
    if (name == QLatin1String("callsView") || name == QLatin1String("supportingCallsView")) {
        // Column 0 is the call's id in both tables; "call:ID" stands for every row it was read from.
        const qint64 id = at(0, Qt::EditRole).toLongLong();
        return id > 0 ? QStringLiteral("call:%1").arg(id) : QString();
    }
    return {};
}

void TrainingMenu::recordAnswer(const QString &entity)
{
    if (!m_window || !m_window->currentCase())
        return;
    ExerciseAnswersDialog dialog(m_window->currentCase(), m_window);
    if (!entity.isEmpty())
        dialog.prefill(entity);
    dialog.exec();
}

void TrainingMenu::scoreExercise()
{
    if (!m_window)
        return;
    ExerciseScoreDialog dialog(m_window->currentCase() ? m_window->currentCase()->path() : QString(),
                               m_window);
    dialog.exec();
}

DemoDialog *TrainingMenu::startDemo()
{
    if (!m_window || !m_window->currentCase())
        return nullptr;
    if (!m_demoDialog) {
        m_demoDialog = new DemoDialog(m_window);
        m_demoDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_demoDialog->setStep(DemoDialog::ImportSummary);
    m_demoDialog->show();
    m_demoDialog->raise();
    return m_demoDialog;
}

void TrainingMenu::updateState()
{
    const bool open = m_window && m_window->currentCase();
    m_answers->setEnabled(open);
    m_demo->setEnabled(open);
}

void TrainingMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void TrainingMenu::retranslateUi()
{
    setTitle(tr("&Training"));
    m_answers->setText(tr("Exercise &Answers…"));
    m_score->setText(tr("&Score an Exercise…"));
    m_demo->setText(tr("&Demo Mode…"));
}

} // namespace dt::ui
