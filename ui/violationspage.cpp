#include "violationspage.h"

#include "analysis/detection.h"
#include "analysis/supportingcallsmodel.h"
#include "analysis/violationsmodel.h"
#include "case/casefile.h"
#include "columnmemory.h"
#include "core/language.h"
#include "core/sha256.h"
#include "languagemanager.h"
#include "tabletools.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace dt::ui {

ViolationsPage::ViolationsPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("violationsPage"));
    auto *outer = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("violationsStatus"));
    m_status->setWordWrap(true);
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportBlocklistButton"));
    bar->addWidget(m_status, 1);
    bar->addWidget(m_export);
    outer->addLayout(bar);
    m_violations = new analysis::ViolationsModel(this);
    m_calls = new analysis::SupportingCallsModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_violations);
    m_proxy->setSortRole(Qt::EditRole);
    auto *split = new QSplitter(Qt::Vertical, this);
    m_violationsView =
        TableTools::makeTable(split, QStringLiteral("violationsView"), TableTools::SingleSelection);
    m_violationsView->setSortingEnabled(true);
    m_violationsView->setModel(m_proxy);
    m_callsView =
        TableTools::makeTable(split, QStringLiteral("supportingCallsView"), TableTools::SingleSelection);
    m_callsView->setModel(m_calls);
    split->addWidget(m_violationsView);
    split->addWidget(m_callsView);
    outer->addWidget(split, 1);
    connect(m_violationsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ViolationsPage::violationSelected);
    connect(m_violationsView, &QTableView::activated, this, [this](const QModelIndex &i) {
        Q_EMIT numberActivated(i.data(analysis::ViolationsModel::NumberRole).toString());
    });
    connect(m_export, &QPushButton::clicked, this, &ViolationsPage::exportBlocklist);
    retranslateUi();
}

void ViolationsPage::setCase(CaseFile *cf)
{
    if (cf != m_case)
        m_violationsView->sortByColumn(-1, Qt::AscendingOrder); // another case: the run's order
    m_case = cf;
    m_findings = std::make_shared<const analysis::Findings>();
    m_loading = cf != nullptr;
    reload();
}

void ViolationsPage::setFindings(std::shared_ptr<const analysis::Findings> findings)
{
    m_findings = findings ? std::move(findings) : std::make_shared<const analysis::Findings>();
    m_loading = false;
    reload();
}

void ViolationsPage::reload()
{
    m_message.clear();
    clockChanged();
    m_violations->setLanguage(interfaceLanguage());
    m_violations->setViolations(m_findings->violations);
    m_calls->setCalls(nullptr, {});
    ColumnMemory::restoreOrFit(m_violationsView);
    retranslateUi();
}

void ViolationsPage::clockChanged()
{
    const CaseClock clock = m_case ? m_case->clock() : CaseClock();
    m_violations->setClock(clock);
    m_calls->setClock(clock);
}

void ViolationsPage::violationSelected()
{
    const QModelIndexList rows = m_violationsView->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_case) {
        m_calls->setCalls(nullptr, {});
        return;
    }
    m_calls->setCalls(
        &m_case->db(),
        rows.first().data(analysis::ViolationsModel::SupportingCallsRole).value<QList<qint64>>());
    ColumnMemory::restoreOrFit(m_callsView);
    // A click selects, as in every other view: the details panel and the other views follow.
    Q_EMIT numberActivated(rows.first().data(analysis::ViolationsModel::NumberRole).toString());
}

bool ViolationsPage::writeBlocklist(const QString &path, QString *error)
{
    if (m_findings->isEmpty()) {
        *error = tr("There is no analysis to export yet.");
        return false;
    }
    const QByteArray csv = analysis::Detector::blocklistCsv(*m_findings);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        *error = tr("%1: cannot write: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const qint64 numbers = qint64(m_findings->suspects.size());
    if (m_case && !m_case->isReadOnly() &&
        !m_case->audit().append(QStringLiteral("export-blocklist"),
                                QJsonObject{{QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                                            {QStringLiteral("sha256"), sha256Hex(csv)},
                                            {QStringLiteral("numbers"), numbers},
                                            {QStringLiteral("run_id"), m_findings->run.id}},
                                error))
        return false;
    m_message =
        tr("%n suspect number(s) exported to %1.", nullptr, int(numbers)).arg(QDir::toNativeSeparators(path));
    retranslateUi();
    return true;
}

void ViolationsPage::exportBlocklist()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Blocklist"),
                                                      QDir::home().filePath(QStringLiteral("blocklist.csv")),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!writeBlocklist(path, &error)) {
        m_message = error;
        retranslateUi();
    }
}

void ViolationsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_violations->setLanguage(interfaceLanguage());
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void ViolationsPage::retranslateUi()
{
    m_export->setText(tr("Export Blocklist…"));
    m_export->setEnabled(!m_findings->isEmpty());
    if (!m_message.isEmpty())
        m_status->setText(m_message);
    else if (m_loading)
        m_status->setText(tr("Reading the latest analysis run…"));
    else if (m_findings->isEmpty())
        m_status->setText(tr("No analysis yet: the rules broken by the suspects appear here after a run."));
    else
        m_status->setText(
            tr("%n violation(s) of the campaign's rules; select one to see its supporting calls.", nullptr,
               m_violations->rowCount()));
}

} // namespace dt::ui
