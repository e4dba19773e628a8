#include "analysispage.h"

#include "activitycharts.h"
#include "analysis/activity.h"
#include "analysis/findingsmodels.h"
#include "case/casefile.h"
#include "case/database.h"
#include "languagemanager.h"
#include "tabletools.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

namespace dt::ui {

AnalysisPage::AnalysisPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("analysisPage"));
    auto *outer = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_run = new QPushButton(this);
    m_run->setObjectName(QStringLiteral("runAnalysisButton"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("analysisStatus"));
    m_status->setWordWrap(true);
    bar->addWidget(m_run);
    bar->addWidget(m_status, 1);
    outer->addLayout(bar);
    m_operators = new analysis::OperatorsModel(this);
    m_suspects = new analysis::SuspectsModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_suspects);
    m_proxy->setSortRole(Qt::EditRole);
    m_proxy->setFilterKeyColumn(analysis::SuspectsModel::Number);
    auto *split = new QSplitter(Qt::Vertical, this);
    m_operatorsView = TableTools::makeTable(split, QStringLiteral("operatorsView"), TableTools::Sortable);
    m_operatorsView->setModel(m_operators);
    m_suspectsView = TableTools::makeTable(split, QStringLiteral("suspectsView"), TableTools::Sortable);
    m_suspectsView->setModel(m_proxy);
    split->addWidget(m_operatorsView);
    split->addWidget(m_suspectsView);
    split->setStretchFactor(1, 3);
    // The selection's activity beside the tables.
    auto *sides = new QSplitter(Qt::Horizontal, this);
    m_charts = new ActivityCharts(sides);
    sides->addWidget(split);
    sides->addWidget(m_charts);
    sides->setStretchFactor(0, 3);
    sides->setStretchFactor(1, 2);
    outer->addWidget(sides, 1);
    connect(m_run, &QPushButton::clicked, this, &AnalysisPage::runAnalysis);
    connect(m_operatorsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AnalysisPage::operatorSelected);
    connect(m_suspectsView, &QTableView::activated, this, [this](const QModelIndex &i) {
        Q_EMIT numberActivated(i.data(analysis::SuspectsModel::NumberRole).toString());
    });
    connect(m_suspectsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &i) {
                if (!i.isValid())
                    return;
                const QString number = i.data(analysis::SuspectsModel::NumberRole).toString();
                if (m_case)
                    loadActivity({number}, number);
                Q_EMIT numberActivated(number);
            });
    connect(&m_activityWatcher, &QFutureWatcher<analysis::Activity>::finished, this, [this] {
        m_activityBusy = false;
        if (m_activityRunning == m_activityGeneration && !m_activityPending)
            m_charts->setActivity(m_activityWatcher.result(), m_activityShownTitle);
        if (m_activityPending)
            loadActivity(m_activityNumbers, m_activityTitle);
    });
    connect(&m_watcher, &QFutureWatcher<QPair<bool, QString>>::finished, this, [this] {
        const auto [ok, error] = m_watcher.result();
        QString err = error;
        bool stored = false;
        if (ok && m_case && !m_case->isReadOnly())
            stored = analysis::Detector::store(*m_case, m_result, &err) > 0;
        m_run->setEnabled(m_case && !m_case->isReadOnly());
        if (!stored)
            m_status->setText(tr("Analysis failed: %1").arg(err));
        reload();
        Q_EMIT analysisFinished(stored);
    });
    retranslateUi();
}

AnalysisPage::~AnalysisPage()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

void AnalysisPage::setCase(CaseFile *cf)
{
    m_cancel = true;
    m_watcher.waitForFinished();
    m_case = cf;
    m_run->setEnabled(cf && !cf->isReadOnly());
    reload();
}

void AnalysisPage::reload()
{
    m_runInfo.clear();
    clearActivity();
    if (!m_case) {
        m_suspects->setSuspects({});
        m_operators->setOperators({});
        m_status->clear();
        return;
    }
    QString error;
    analysis::Findings f = analysis::Detector::latestFindings(*m_case, &error);
    m_operators->setClock(m_case->clock());
    m_suspects->setLanguage(displayLanguage());
    m_operators->setLanguage(displayLanguage());
    m_operators->setOperators(f.operators);
    m_proxy->setFilterRegularExpression(QRegularExpression());
    if (!f.isEmpty()) {
        m_runInfo = tr("Run %1 (%2, DialTrace %3): %4 suspect numbers in %5 operators; %6 high-volume "
                       "numbers judged legitimate.")
                        .arg(f.run.id)
                        .arg(m_case->clock().stampOfIso(f.run.finishedUtc), f.run.toolVersion)
                        .arg(f.suspects.size())
                        .arg(f.operators.size())
                        .arg(f.legitimate.size());
    }
    m_suspects->setSuspects(std::move(f.suspects));
    m_operatorsView->resizeColumnsToContents();
    m_suspectsView->resizeColumnsToContents();
    m_suspectsView->sortByColumn(analysis::SuspectsModel::Score, Qt::DescendingOrder);
    retranslateUi();
}

void AnalysisPage::runAnalysis()
{
    if (!m_case || m_case->isReadOnly() || m_watcher.isRunning())
        return;
    m_run->setEnabled(false);
    m_status->setText(tr("Analysing the calls…"));
    m_cancel = false;
    const QString path = m_case->path();
    // The worker reads through its own read-only connection; the result is stored on this thread.
    m_watcher.setFuture(QtConcurrent::run([this, path] {
        Database db;
        QString error;
        if (!db.open(path, Database::OpenMode::ReadOnly))
            return qMakePair(false, db.lastError());
        m_result = analysis::Detector::Result();
        const bool ok = analysis::Detector::compute(db, {}, &m_result, &error, &m_cancel);
        return qMakePair(ok, error);
    }));
}

bool AnalysisPage::selectNumber(const QString &number)
{
    const auto find = [this, &number] {
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            if (m_proxy->index(r, 0).data(analysis::SuspectsModel::NumberRole).toString() == number)
                return r;
        return -1;
    };
    int row = find();
    if (row < 0 && !m_operatorsView->selectionModel()->selectedRows().isEmpty()) {
        m_operatorsView->clearSelection(); // the number is not the selected operator's: show all suspects
        row = find();
    }
    if (row < 0)
        return false;
    if (m_suspectsView->currentIndex().row() != row)
        m_suspectsView->selectRow(row);
    m_suspectsView->scrollTo(m_proxy->index(row, 0));
    return true;
}

bool AnalysisPage::selectOperator(const QString &id)
{
    for (int r = 0; r < m_operators->rowCount(); ++r) {
        if (m_operators->index(r, analysis::OperatorsModel::Id).data().toString() == id) {
            m_operatorsView->selectRow(r);
            return true;
        }
    }
    return false;
}

void AnalysisPage::operatorSelected()
{
    const QModelIndexList rows = m_operatorsView->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_proxy->setFilterRegularExpression(QRegularExpression());
        clearActivity();
        return;
    }
    Q_EMIT operatorChosen(
        rows.first().sibling(rows.first().row(), analysis::OperatorsModel::Id).data().toString());
    QStringList alternatives;
    const QStringList numbers = rows.first().data(analysis::OperatorsModel::NumbersRole).toStringList();
    for (const QString &n : numbers)
        alternatives << QRegularExpression::escape(n);
    // A suspect picked before is not the operator's selection: the charts show the whole operator.
    m_suspectsView->selectionModel()->clear();
    m_proxy->setFilterRegularExpression(QRegularExpression(
        QStringLiteral("^(") + alternatives.join(QLatin1Char('|')) + QStringLiteral(")$")));
    if (m_case)
        loadActivity(numbers, rows.first().siblingAtColumn(0).data().toString());
}

void AnalysisPage::loadActivity(const QStringList &numbers, const QString &title)
{
    m_activityNumbers = numbers;
    m_activityTitle = title;
    m_activityPending = true;
    if (m_activityBusy || !m_case)
        return; // read when the running one ends: selections made while scrolling are skipped
    m_activityPending = false;
    m_activityShownTitle = title;
    m_activityRunning = m_activityGeneration;
    m_activityBusy = true;
    m_activityWatcher.setFuture(QtConcurrent::run([path = m_case->path(), clock = m_case->clock(), numbers] {
        Database db;
        if (!db.open(path, Database::OpenMode::ReadOnly))
            return analysis::Activity(); // the charts stay empty; the case itself reports the error
        return analysis::Activity::of(db, numbers, clock);
    }));
}

void AnalysisPage::clearActivity()
{
    ++m_activityGeneration; // what is being read now is for a selection that no longer is
    m_activityPending = false;
    m_charts->clear();
}

void AnalysisPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        reload();
    QWidget::changeEvent(event);
}

void AnalysisPage::retranslateUi()
{
    m_run->setText(tr("Run analysis"));
    if (!m_watcher.isRunning())
        m_status->setText(m_runInfo.isEmpty()
                              ? tr("No analysis yet: run it to score the numbers and find the operators.")
                              : m_runInfo);
}

} // namespace dt::ui
