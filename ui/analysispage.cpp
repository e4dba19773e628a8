#include "analysispage.h"

#include "activitycharts.h"
#include "analysis/activity.h"
#include "analysis/findingsmodels.h"
#include "analysisprocess.h"
#include "case/casefile.h"
#include "case/database.h"
#include "casequery.h"
#include "columnmemory.h"
#include "core/language.h"
#include "languagemanager.h"
#include "tabletools.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

namespace dt::ui {

namespace {

/// Suspects narrowed to a set of numbers (an operator's: thousands, where a regular expression
/// of alternatives is too big to compile and slow to match).
class NumberSetProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    /// Only the rows of @p numbers; all rows when @p on is false.
    void setNumbers(QSet<QString> numbers, bool on)
    {
        m_numbers = std::move(numbers);
        m_on = on;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        return !m_on ||
               m_numbers.contains(
                   sourceModel()->index(row, 0, parent).data(analysis::SuspectsModel::NumberRole).toString());
    }

private:
    QSet<QString> m_numbers;
    bool m_on = false;
};

} // namespace

AnalysisPage::AnalysisPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("analysisPage"));
    auto *outer = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_run = new QPushButton(this);
    m_run->setObjectName(QStringLiteral("runAnalysisButton"));
    m_cancelRun = new QPushButton(this);
    m_cancelRun->setObjectName(QStringLiteral("cancelAnalysisButton"));
    m_cancelRun->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("analysisStatus"));
    m_status->setWordWrap(true);
    bar->addWidget(m_run);
    bar->addWidget(m_cancelRun);
    bar->addWidget(m_status, 1);
    outer->addLayout(bar);
    m_operators = new analysis::OperatorsModel(this);
    m_suspects = new analysis::SuspectsModel(this);
    m_proxy = new NumberSetProxy(this);
    m_proxy->setSourceModel(m_suspects);
    m_proxy->setSortRole(Qt::EditRole);
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
    connect(m_cancelRun, &QPushButton::clicked, this, &AnalysisPage::cancelAnalysis);
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
    connect(&m_prepareWatcher, &QFutureWatcher<Prepared>::finished, this, [this] {
        if (m_preparing != m_prepareGeneration)
            return; // made for findings or a case shown before
        m_prepared = m_prepareWatcher.result();
        m_findings = m_prepared.findings; // the run's header and its rows shown together
        m_loading = false;
        reload();
    });
    m_process = new AnalysisProcess(this);
    connect(m_process, &AnalysisProcess::progress, this, [this](int percent, qint64 etaMs) {
        m_status->setText(
            etaMs < 0
                ? tr("Analysing the calls… %1%").arg(percent)
                : tr("Analysing the calls… %1% (about %2 s left)").arg(percent).arg((etaMs + 999) / 1000));
    });
    connect(m_process, &AnalysisProcess::storing, this, [this] {
        m_cancelRun->setEnabled(false);
        m_status->setText(tr("Storing the analysis run…"));
    });
    connect(m_process, &AnalysisProcess::finished, this, [this](bool stored, const QString &error) {
        m_run->setEnabled(m_case && !m_case->isReadOnly());
        m_cancelRun->hide();
        if (stored) {
            m_loading = true; // the main window reads the new run's findings for every page
            retranslateUi();
        } else {
            m_status->setText(error == QLatin1String("cancelled")
                                  ? tr("Analysis cancelled; nothing was stored.")
                                  : tr("Analysis failed: %1").arg(error));
        }
        Q_EMIT analysisFinished(stored);
    });
    retranslateUi();
}

AnalysisPage::~AnalysisPage()
{
    m_process->disconnect(this);
    m_process->stop();
    m_activityCancel = true;
    m_activityWatcher.waitForFinished();
    m_prepareWatcher.waitForFinished();
}

void AnalysisPage::setCase(CaseFile *cf)
{
    m_process->stop();
    m_cancelRun->hide();
    m_case = cf;
    m_run->setEnabled(cf && !cf->isReadOnly());
    ++m_prepareGeneration; // rows being made for the case before are dropped
    m_prepared = {};
    m_findings = {};
    m_loading = cf != nullptr;
    reload();
}

void AnalysisPage::setFindings(std::shared_ptr<const analysis::Findings> findings)
{
    m_loading = true;
    retranslateUi();
    const int generation = ++m_prepareGeneration;
    // The findings are immutable and shared: the worker reads them while the GUI may show the
    // previous run's.
    m_prepareWatcher.setFuture(
        QtConcurrent::run(backgroundPool(), [findings = std::move(findings), lang = interfaceLanguage()] {
            backgroundPriority();
            Prepared p;
            p.findings = findings;
            p.suspects = analysis::SuspectsModel::prepare(findings, lang);
            if (findings)
                p.operators = analysis::OperatorsModel::prepare(findings->operators);
            return p;
        }));
    m_preparing = generation;
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
    static const analysis::Findings none;
    const analysis::Findings &f = m_findings ? *m_findings : none;
    m_operators->setClock(m_case->clock());
    m_operators->setLanguage(interfaceLanguage());
    if (m_prepared.suspects.lang != interfaceLanguage()) // a language change: only the reasons' text
        m_prepared.suspects = analysis::SuspectsModel::prepare(m_prepared.findings, interfaceLanguage());
    m_suspects->setPrepared(m_prepared.suspects);
    m_operators->setPrepared(m_prepared.operators);
    static_cast<NumberSetProxy *>(m_proxy)->setNumbers({}, false);
    if (!f.isEmpty()) {
        m_runInfo = tr("Run %1 (%2, DialTrace %3): %4 suspect numbers in %5 operators; %6 high-volume "
                       "numbers judged legitimate.")
                        .arg(f.run.id)
                        .arg(m_case->clock().stampOfIso(f.run.finishedUtc), f.run.toolVersion)
                        .arg(f.suspects.size())
                        .arg(f.operators.size())
                        .arg(f.legitimate.size());
    }
    m_suspectsView->sortByColumn(analysis::SuspectsModel::Score, Qt::DescendingOrder);
    ColumnMemory::restoreOrFit(m_operatorsView);
    ColumnMemory::restoreOrFit(m_suspectsView);
    retranslateUi();
}

bool AnalysisPage::isRunning() const
{
    return m_process->isRunning();
}

void AnalysisPage::runAnalysis()
{
    if (!m_case || m_case->isReadOnly() || m_process->isRunning())
        return;
    m_run->setEnabled(false);
    m_cancelRun->show();
    m_cancelRun->setEnabled(true);
    m_status->setText(tr("Analysing the calls…"));
    m_process->start(m_case);
}

void AnalysisPage::cancelAnalysis()
{
    if (!m_process->isRunning() || m_process->isStoring())
        return;
    m_cancelRun->setEnabled(false);
    m_status->setText(tr("Cancelling the analysis…"));
    m_process->cancel();
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
        static_cast<NumberSetProxy *>(m_proxy)->setNumbers({}, false);
        clearActivity();
        return;
    }
    Q_EMIT operatorChosen(
        rows.first().sibling(rows.first().row(), analysis::OperatorsModel::Id).data().toString());
    const QStringList numbers = rows.first().data(analysis::OperatorsModel::NumbersRole).toStringList();
    // A suspect picked before is not the operator's selection: the charts show the whole operator.
    m_suspectsView->selectionModel()->clear();
    static_cast<NumberSetProxy *>(m_proxy)->setNumbers(QSet<QString>(numbers.begin(), numbers.end()), true);
    if (m_case)
        loadActivity(numbers, rows.first().siblingAtColumn(0).data().toString());
}

void AnalysisPage::loadActivity(const QStringList &numbers, const QString &title)
{
    m_activityNumbers = numbers;
    m_activityTitle = title;
    m_activityPending = true;
    if (m_activityBusy || !m_case) {
        m_activityCancel = true; // the running one is for an older selection: read this one next
        return;
    }
    m_activityPending = false;
    m_activityShownTitle = title;
    m_activityRunning = m_activityGeneration;
    m_activityBusy = true;
    m_activityCancel = false;
    m_activityWatcher.setFuture(
        QtConcurrent::run(backgroundPool(), [path = m_case->path(), clock = m_case->clock(), numbers,
                                             cancel = &m_activityCancel] {
            backgroundPriority();
            Database db;
            if (!db.open(path, Database::OpenMode::ReadOnly))
                return analysis::Activity(); // the charts stay empty; the case itself reports the error
            return analysis::Activity::of(db, numbers, clock, cancel);
        }));
}

void AnalysisPage::clearActivity()
{
    ++m_activityGeneration; // what is being read now is for a selection that no longer is
    m_activityCancel = true;
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
    m_cancelRun->setText(tr("Cancel"));
    if (m_process->isRunning())
        return;
    if (m_loading)
        m_status->setText(tr("Reading the latest analysis run…"));
    else
        m_status->setText(m_runInfo.isEmpty()
                              ? tr("No analysis yet: run it to score the numbers and find the operators.")
                              : m_runInfo);
}

} // namespace dt::ui
