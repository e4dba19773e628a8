#include "numberspage.h"

#include "analysis/numbersmodel.h"
#include "case/casefile.h"
#include "case/verdictoverrides.h"
#include "casequery.h"
#include "cliprocess.h"
#include "columnmemory.h"
#include "core/language.h"
#include "emptyhint.h"
#include "languagemanager.h"
#include "numbersselector.h"
#include "phone/phonenumber.h"
#include "tabletools.h"
#include "verdictdialog.h"

#include <map>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QtConcurrent>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace dt::ui {

using analysis::NumbersModel;

NumbersPage::NumbersPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("numbersPage"));
    auto *outer = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("numbersStatus"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(240);
    m_progress->hide();
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("numbersCancel"));
    m_cancel->hide();
    top->addWidget(m_status, 1);
    top->addWidget(m_progress);
    top->addWidget(m_cancel);
    outer->addLayout(top);

    auto *bar = new QHBoxLayout;
    m_verdict = new QComboBox(this);
    m_verdict->setObjectName(QStringLiteral("numbersVerdict"));
    for (int k = 0; k < 4; ++k)
        m_verdict->addItem(QString(), k - 1); // every verdict, then suspect, legitimate, ordinary
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("numbersType"));
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("numbersSearch"));
    m_search->setClearButtonEnabled(true);
    m_presetLabel = new QLabel(this);
    bar->addWidget(m_verdict);
    bar->addWidget(m_type);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_presetLabel);
    for (int k = 0; k < 3; ++k) {
        m_presets[k] = new QPushButton(this);
        m_presets[k]->setObjectName(QStringLiteral("numbersPreset%1").arg(k));
        bar->addWidget(m_presets[k]);
        connect(m_presets[k], &QPushButton::clicked, this, [this, k] { applyPreset(k); });
    }
    m_judge = new QPushButton(this);
    m_judge->setObjectName(QStringLiteral("numbersJudge"));
    m_judge->setEnabled(false);
    bar->addWidget(m_judge);
    connect(m_judge, &QPushButton::clicked, this, &NumbersPage::judgeSelected);
    outer->addLayout(bar);

    m_model = new NumbersModel(this);
    m_model->setLanguage(interfaceLanguage());
    auto *split = new QSplitter(Qt::Horizontal, this);
    m_view = TableTools::makeTable(split, QStringLiteral("numbersView"), TableTools::SingleSelection);
    m_view->setModel(m_model);
    // The header's order is asked of the selector (a large table is ordered on a worker), not of
    // the model on the GUI thread as a sorting view would.
    m_selector = new NumbersSelector(m_model, this);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSortIndicatorShown(true);
    header->setSectionsClickable(true);
    header->setSortIndicator(NumbersModel::CallsOut, Qt::DescendingOrder);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &NumbersPage::applyFilter);
    connect(m_selector, &NumbersSelector::applied, this, [this] {
        // The number looked at stays selected when the filter keeps it.
        if (const int row = m_keep.isEmpty() ? -1 : m_model->rowOf(m_keep); row >= 0)
            m_view->selectionModel()->setCurrentIndex(
                m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        retranslateUi();
    });
    EmptyHint::install(m_view, [this]() -> QString {
        const bool filtered = m_verdict->currentIndex() > 0 || m_type->currentIndex() > 0 ||
                              !m_search->text().trimmed().isEmpty();
        return m_model->table() && filtered ? tr("No matches: no number of this case fits these filters.")
                                            : QString();
    });
    m_details = new QTextBrowser(split);
    m_details->setObjectName(QStringLiteral("numberDetails"));
    split->addWidget(m_view);
    split->addWidget(m_details);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    outer->addWidget(split, 1);

    connect(m_verdict, &QComboBox::currentIndexChanged, this, &NumbersPage::applyFilter);
    connect(m_type, &QComboBox::currentIndexChanged, this, &NumbersPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &NumbersPage::applyFilter);
    connect(m_cancel, &QPushButton::clicked, this, &NumbersPage::cancelBuild);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &i) {
                showDetails();
                if (i.isValid())
                    Q_EMIT numberActivated(i.data(NumbersModel::NumberRole).toString());
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, &NumbersPage::showDetails);
    connect(&m_watcher, &QFutureWatcher<Built>::finished, this, &NumbersPage::buildFinished);
    m_progressTimer.setInterval(200);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_done)
            m_progress->setValue(m_done->load());
    });
    retranslateUi();
}

NumbersPage::~NumbersPage()
{
    if (m_cancelFlag)
        *m_cancelFlag = true;
    m_watcher.waitForFinished();
}

void NumbersPage::setCase(CaseFile *cf)
{
    if (cf != m_case) {
        // Another case: its numbers are looked at afresh, all of them, top talkers first.
        const QSignalBlocker b1(m_verdict), b2(m_type), b3(m_search);
        m_verdict->setCurrentIndex(0);
        m_type->setCurrentIndex(0);
        m_search->clear();
        m_view->horizontalHeader()->setSortIndicator(NumbersModel::CallsOut, Qt::DescendingOrder);
    }
    m_case = cf;
    m_findings.reset();
    m_error.clear();
    m_model->setTable(nullptr);
    applyFilter();
    m_stale = cf != nullptr;
    if (!cf)
        cancelBuild();
    fillTypes();
    retranslateUi();
}

void NumbersPage::setFindings(std::shared_ptr<const analysis::Findings> findings)
{
    m_findings = std::move(findings);
    m_stale = m_case != nullptr;
    // Built when the page is shown: a 10M-call case takes seconds of both cores, spent only when
    // the analyst asks for the numbers.
    if (m_stale && isVisible())
        startBuild();
}

void NumbersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && !isBuilding())
        startBuild();
}

void NumbersPage::startBuild()
{
    if (!m_case)
        return;
    m_stale = false;
    if (m_watcher.isRunning()) { // started again once the running one ends
        *m_cancelFlag = true;
        m_pending = true;
        return;
    }
    m_error.clear();
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_done = std::make_shared<std::atomic_int>(0);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_progressTimer.start();
    m_building = true;
    m_watcher.setFuture(QtConcurrent::run(
        backgroundPool(),
        [path = m_case->path(), findings = m_findings, cancel = m_cancelFlag, done = m_done]() -> Built {
            backgroundPriority();
            // The figures come from a dialtrace-cli process (it holds the call table and its index,
            // gigabytes at 10M calls); this process keeps the rows and judges them with its findings.
            QString error;
            std::vector<analysis::NumberRow> rows;
            size_t expected = 0;
            const bool ok = CliProcess::run(
                {QStringLiteral("numbers"), path, QStringLiteral("--rows")},
                [&](const QByteArray &line) {
                    if (line.startsWith("progress ")) {
                        *done = line.mid(9).toInt() * 9 / 10;
                        return true;
                    }
                    if (line.startsWith("count ")) {
                        expected = line.mid(6).toULongLong();
                        rows.reserve(expected);
                        return true;
                    }
                    analysis::NumberRow r;
                    if (!analysis::NumbersTable::fromRowLine(line, &r)) {
                        error = tr("%1 printed a line that is not a number's figures: %2")
                                    .arg(CliProcess::program(), QString::fromUtf8(line.left(80)));
                        return false;
                    }
                    rows.push_back(std::move(r));
                    if (expected && (rows.size() & 0xffff) == 0)
                        *done = 90 + int(rows.size() * 10 / expected);
                    return true;
                },
                cancel.get(), &error);
            if (!ok)
                return {nullptr, error};
            return {std::make_shared<analysis::NumbersTable>(
                        analysis::NumbersTable::fromRows(std::move(rows), findings)),
                    {}};
        }));
    retranslateUi();
}

bool NumbersPage::isBuilding() const
{
    return m_building || m_pending || m_selector->isBusy();
}

void NumbersPage::cancelBuild()
{
    m_pending = false;
    if (m_cancelFlag)
        *m_cancelFlag = true;
}

void NumbersPage::buildFinished()
{
    // Settled before anything below asks isBuilding(): the status line written here (and by a
    // small table's selection, applied at once) would otherwise say "Profiling…" for good.
    m_building = false;
    m_progressTimer.stop();
    m_progress->hide();
    m_cancel->hide();
    if (m_pending) {
        m_pending = false;
        startBuild();
        return;
    }
    Built b = m_watcher.result();
    if (b.table) {
        // Shown with its rows once they are filtered and ordered (on a worker for a large table).
        m_model->setTable(std::move(b.table), m_model->filter(), m_model->sortColumn(), m_model->sortOrder(),
                          {});
        applyFilter();
        fillTypes();
        ColumnMemory::restoreOrFit(m_view);
    } else {
        m_error = b.error;
        m_stale = m_case != nullptr; // shown again, built again
    }
    retranslateUi();
    Q_EMIT built();
}

void NumbersPage::applyFilter()
{
    analysis::NumberFilter f;
    f.verdict = m_verdict->currentData().toInt();
    f.numberClass = m_type->currentIndex() >= 0 ? m_type->currentData().toInt() : -1;
    f.text = m_search->text().trimmed();
    const analysis::NumberRow *current = m_model->rowAt(m_view->selectionModel()->currentIndex().row());
    m_keep = current ? current->key : QString();
    const QHeaderView *header = m_view->horizontalHeader();
    m_selector->request(f, header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void NumbersPage::applyPreset(int preset)
{
    m_view->horizontalHeader()->setSortIndicator(NumbersModel::presetColumn(NumbersModel::Preset(preset)),
                                                 Qt::DescendingOrder);
    m_view->scrollToTop();
}

bool NumbersPage::selectNumber(const QString &number)
{
    int row = m_model->rowOf(number);
    if (row < 0 &&
        (m_verdict->currentIndex() > 0 || m_type->currentIndex() > 0 || !m_search->text().isEmpty())) {
        const QSignalBlocker b1(m_verdict), b2(m_type), b3(m_search);
        m_verdict->setCurrentIndex(0);
        m_type->setCurrentIndex(0);
        m_search->clear();
        applyFilter();
        m_keep = number; // a large table's rows come later: selected then
        row = m_model->rowOf(number);
    }
    if (row < 0)
        return false;
    const QModelIndex i = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
    m_view->scrollTo(i);
    return true;
}

void NumbersPage::fillTypes()
{
    // The types the case holds, with their counts (the filter offers nothing that lists no row).
    const int current = m_type->currentData().isValid() ? m_type->currentData().toInt() : -1;
    const QSignalBlocker block(m_type);
    m_type->clear();
    m_type->addItem(tr("All types"), -1);
    std::map<int, qint64> counts;
    if (m_model->table())
        for (const analysis::NumberRow &r : m_model->table()->rows())
            ++counts[r.numberClass];
    const analysis::Language lang = interfaceLanguage();
    for (const auto &[cls, n] : counts)
        m_type->addItem(QStringLiteral("%1 (%2)")
                            .arg(analysis::displayName(analysis::Vocabulary::NumberType,
                                                       numberClassName(NumberClass(cls)), lang))
                            .arg(n),
                        cls);
    const int at = m_type->findData(current);
    m_type->setCurrentIndex(at >= 0 ? at : 0);
}

void NumbersPage::judgeSelected()
{
    const analysis::NumberRow *r = m_model->rowAt(m_view->selectionModel()->currentIndex().row());
    if (!r || !m_case || m_case->isReadOnly())
        return;
    const QString key = r->key;
    VerdictOverride recorded;
    for (const VerdictOverride &v : VerdictOverrides::all(m_case->db()))
        if (v.number == key)
            recorded = v;
    VerdictDialog dialog(key, analysis::displayName(r->verdict, interfaceLanguage()), recorded.verdict,
                         recorded.reason, this);
    if (dialog.exec() != QDialog::Accepted ||
        (dialog.verdict() == recorded.verdict && dialog.reason() == recorded.reason))
        return;
    QString error;
    const bool ok = dialog.verdict().isEmpty()
                        ? VerdictOverrides::clear(*m_case, key, &error)
                        : VerdictOverrides::set(*m_case, key, dialog.verdict(), dialog.reason(), &error);
    if (!ok)
        QMessageBox::warning(this, tr("Verdict not recorded"), error);
    showDetails();
}

void NumbersPage::showDetails()
{
    const analysis::NumberRow *r = m_model->rowAt(m_view->selectionModel()->currentIndex().row());
    m_judge->setEnabled(r && m_case && !m_case->isReadOnly());
    if (!r) {
        m_details->setHtml(
            QStringLiteral("<p>%1</p>").arg(tr("Click a number to see its verdict, score and reasons.")));
        return;
    }
    const analysis::Language lang = interfaceLanguage();
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing=\"4\">").arg(r->key.toHtmlEscaped());
    auto row = [&html](const QString &name, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Verdict"), analysis::displayName(r->verdict, lang));
    if (r->finding)
        row(tr("Score"), QString::number(r->score, 'f', 2));
    if (r->verdict == analysis::Verdict::Suspect) // a legitimate number's category is the one it resembled
        row(tr("Category"), analysis::displayName(r->finding->category, lang));
    row(tr("Operator"), r->operatorId.isEmpty() ? tr("none") : r->operatorId);
    row(tr("Type"), analysis::displayName(analysis::Vocabulary::NumberType,
                                          numberClassName(NumberClass(r->numberClass)), lang));
    row(tr("Calls out / in"), QStringLiteral("%1 / %2").arg(r->callsOut).arg(r->callsIn));
    row(tr("Distinct callees"), QString::number(r->distinctCallees));
    if (r->callsOut) {
        row(tr("Answered"), QString::number(r->answeredShare * 100, 'f', 1) + QLatin1Char('%'));
        row(tr("Mean duration"), tr("%1 s").arg(QString::number(r->meanDuration, 'f', 1)));
        row(tr("Active days"), QString::number(r->activeDays));
        row(tr("At night"), QString::number(r->nightShare * 100, 'f', 1) + QLatin1Char('%'));
    }
    row(tr("Complainants"), QString::number(r->complainants));
    row(tr("Called back by"), QString::number(r->calledBackBy));
    html += QStringLiteral("</table>");
    const QStringList reasons = analysis::NumbersTable::reasons(*r, lang);
    if (reasons.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg((m_findings && !m_findings->isEmpty()
                              ? tr("The analysis gave no reason to score this number.")
                              : tr("No analysis yet."))
                             .toHtmlEscaped());
    } else {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Reasons").toHtmlEscaped());
        for (const QString &s : reasons)
            html += QStringLiteral("<li>%1</li>").arg(s.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    // A verdict recorded since the run the table shows: said until a run applies it.
    if (m_case) {
        const auto judged = r->finding ? r->finding->analystVerdict : analysis::AnalystVerdict::None;
        for (const VerdictOverride &v : VerdictOverrides::all(m_case->db())) {
            if (v.number != r->key)
                continue;
            const bool suspect = v.verdict == QLatin1String("suspect");
            if (judged ==
                (suspect ? analysis::AnalystVerdict::Suspect : analysis::AnalystVerdict::Legitimate))
                break;
            html += QStringLiteral("<p><i>%1</i></p>")
                        .arg(tr("Your verdict \"%1\" (%2) is recorded; the next analysis run applies it.")
                                 .arg(suspect ? tr("Suspect") : tr("Legitimate"), v.reason)
                                 .toHtmlEscaped());
        }
    }
    m_details->setHtml(html);
}

void NumbersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->setLanguage(interfaceLanguage());
        fillTypes();
        retranslateUi();
        showDetails();
    }
    QWidget::changeEvent(event);
}

void NumbersPage::retranslateUi()
{
    m_cancel->setText(tr("Cancel"));
    m_verdict->setItemText(0, tr("All verdicts"));
    m_verdict->setItemText(1, tr("Suspect"));
    m_verdict->setItemText(2, tr("Legitimate"));
    m_verdict->setItemText(3, tr("Ordinary"));
    m_search->setPlaceholderText(tr("Number or operator…"));
    m_presetLabel->setText(tr("Order:"));
    m_presets[0]->setText(tr("Top talkers"));
    m_presets[1]->setText(tr("Most distinct callees"));
    m_presets[2]->setText(tr("Most complained about"));
    m_judge->setText(tr("Verdict…"));
    m_judge->setToolTip(tr("Your verdict on the selected number, with a reason: the next analysis run "
                           "applies it"));
    const auto &table = m_model->table();
    if (!m_case)
        m_status->setText(tr("Open a case to see its numbers."));
    else if (isBuilding())
        m_status->setText(tr("Profiling every number of the case…"));
    else if (!m_error.isEmpty())
        m_status->setText(
            m_error == QLatin1String("cancelled") ? tr("Cancelled: show the page again to retry.") : m_error);
    else if (!table)
        m_status->setText(tr("The numbers are profiled when this page is shown."));
    else
        m_status->setText(tr("%1 numbers: %2 suspect, %3 legitimate, %4 ordinary%5; %6 listed.")
                              .arg(table->rows().size())
                              .arg(table->count(analysis::Verdict::Suspect))
                              .arg(table->count(analysis::Verdict::Legitimate))
                              .arg(table->count(analysis::Verdict::Ordinary))
                              .arg(table->findings()->isEmpty() ? tr(" (no analysis yet)") : QString())
                              .arg(m_model->rowCount()));
}

} // namespace dt::ui
