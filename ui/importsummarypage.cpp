#include "importsummarypage.h"

#include "case/casefile.h"
#include "case/rejectedrowsmodel.h"
#include "case/rejectreason.h"
#include "importwizard.h"
#include "importwords.h"

#include <QDateTime>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dt::ui {

ImportSummaryPage::ImportSummaryPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("importSummaryPage"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("importSummaryTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_rejectedLabel = new QLabel(this);
    m_rejectedLabel->setObjectName(QStringLiteral("importRejectedLabel"));
    m_rejectedModel = new RejectedRowsModel(this);
    m_rejectedView = new QTableView(this);
    m_rejectedView->setObjectName(QStringLiteral("importRejectedView"));
    m_rejectedView->setModel(m_rejectedModel);
    m_rejectedView->setAlternatingRowColors(true);
    m_rejectedView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rejectedView->verticalHeader()->hide();
    m_rejectedView->horizontalHeader()->setStretchLastSection(true);
    m_rejectedView->setWordWrap(false);
    auto *rejected = new QWidget(this);
    auto *rl = new QVBoxLayout(rejected);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addWidget(m_rejectedLabel);
    rl->addWidget(m_rejectedView, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(rejected);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
    retranslateUi();
}

void ImportSummaryPage::initializePage()
{
    const QVector<ImportFileResult> &results = m_wizard->results();
    const QLocale loc;
    m_table->setRowCount(int(results.size()));
    QVector<qint64> sources;
    for (int row = 0; row < results.size(); ++row) {
        const ImportFileResult &r = results.at(row);
        const ingest::ImportSummary &s = r.summary;
        const bool ok = r.state == ImportFileResult::State::Imported;
        QString result, details;
        switch (r.state) {
        case ImportFileResult::State::Imported:
            result = tr("imported as %1 (%2, %3)")
                         .arg(s.source, ImportWords::kind(s.kind), ImportWords::format(s.format));
            break;
        case ImportFileResult::State::Cancelled:
            result = tr("cancelled: nothing imported");
            details = r.error;
            break;
        case ImportFileResult::State::Failed:
            result = tr("failed: nothing imported");
            details = r.error;
            break;
        case ImportFileResult::State::NotRun:
            result = tr("not started");
            break;
        }
        if (ok) {
            sources << s.sourceId;
            QStringList reasons;
            for (auto it = s.rejectedByReason.cbegin(); it != s.rejectedByReason.cend(); ++it)
                reasons << QStringLiteral("%1 × %2").arg(
                    loc.toString(it.value()),
                    RejectReason::kindText(it.key(), interfaceLanguage()));
            if (s.dateOrderBasis == QLatin1String("inferred") || s.dateOrderBasis == QLatin1String("default"))
                reasons << tr("dates read %1 (%2)")
                               .arg(ImportWords::dateOrder(s.dateOrder),
                                    ImportWords::dateOrderBasis(s.dateOrderBasis));
            if (s.clockOffsetBasis == QLatin1String("estimated"))
                reasons << tr("clock corrected by %1 s (measured)").arg(s.clockOffset);
            for (const QString &w : s.warnings)
                reasons << tr("warning: %1").arg(w);
            for (const SharedCallCount &c : s.sharedCalls)
                reasons << tr("%Ln call(s) also in %1, stored once", nullptr, int(c.calls)).arg(c.source);
            details = reasons.join(QStringLiteral("; "));
        }
        const QString cells[] = {
            QFileInfo(r.path).fileName(),
            result,
            ok ? loc.toString(s.accepted) : QString(),
            ok ? loc.toString(s.rejected) : QString(),
            ok ? loc.toString(s.duplicatesMerged) : QString(),
            ok ? loc.toString(s.distinctNumbers) : QString(),
            ok && s.firstTime
                ? QStringLiteral("%1 – %2").arg(clock().text(s.firstTime, CaseClock::Precision::Minutes),
                                                clock().text(s.lastTime, CaseClock::Precision::Minutes))
                : QString(),
            details};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(c == File ? r.path : cells[c]);
            if (c >= Accepted && c <= Numbers)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!ok && r.state != ImportFileResult::State::NotRun && c == Result)
                item->setForeground(QColor(0xb7, 0x1c, 0x1c));
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    // Only this import's rejects; nothing to show when nothing was imported.
    CaseFile *cf = m_wizard->caseFile();
    if (cf && !sources.isEmpty())
        m_rejectedModel->setDatabase(&cf->db(), sources);
    else
        m_rejectedModel->setDatabase(nullptr);
    m_rejectedView->resizeColumnsToContents();
    retranslateUi();
}

CaseClock ImportSummaryPage::clock() const
{
    return m_wizard->caseFile() ? m_wizard->caseFile()->clock() : CaseClock();
}

void ImportSummaryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ImportSummaryPage::retranslateUi()
{
    m_rejectedModel->languageChanged();
    setTitle(tr("Import summary"));
    setSubTitle(tr("Times in %1. The rejected rows stay in the case (Rejected rows tab) with their line "
                   "and the row as it was in the file.")
                    .arg(clock().description()));
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Result"), tr("Accepted"), tr("Rejected"),
                                        tr("Duplicates merged"), tr("Distinct numbers"), tr("Time span"),
                                        tr("Rejected by reason, times, warnings / error")});
    m_rejectedLabel->setText(
        tr("Rejected rows of this import: %1").arg(QLocale().toString(m_rejectedModel->total())));
}

} // namespace dt::ui
