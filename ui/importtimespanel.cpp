#include "importtimespanel.h"

#include "case/casefile.h"
#include "importwords.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTableWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

namespace dt::ui {

namespace {

QString orderText(ingest::DateOrder o)
{
    return ImportWords::dateOrder(ingest::dateOrderName(o));
}

} // namespace

ImportTimesPanel::ImportTimesPanel(QWidget *parent)
    : QGroupBox(parent)
{
    setObjectName(QStringLiteral("importTimesPanel"));
    m_order = new QLabel(this);
    m_order->setObjectName(QStringLiteral("importTimesOrder"));
    m_order->setWordWrap(true);
    m_order->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readings = new QTableWidget(0, 3, this);
    m_readings->setObjectName(QStringLiteral("importTimesReadings"));
    m_readings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_readings->verticalHeader()->hide();
    m_readings->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_readings->horizontalHeader()->setStretchLastSection(true);
    m_readings->hide();
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importTimesProgress"));
    m_progress->setRange(0, 1000);
    m_progress->hide();
    m_clock = new QLabel(this);
    m_clock->setObjectName(QStringLiteral("importTimesClock"));
    m_clock->setWordWrap(true);
    m_clock->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_order);
    layout->addWidget(m_readings);
    layout->addWidget(m_progress);
    layout->addWidget(m_clock);
    connect(&m_watcher, &QFutureWatcher<ingest::TimesPreview>::finished, this, &ImportTimesPanel::done);
    retranslateUi();
}

ImportTimesPanel::~ImportTimesPanel()
{
    cancelRunning();
    m_watcher.waitForFinished();
}

void ImportTimesPanel::cancelRunning()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ImportTimesPanel::clear()
{
    cancelRunning();
    ++m_generation;
    m_hasResult = false;
    m_shown = {};
    showPreview();
}

void ImportTimesPanel::start(const QString &path, const ingest::Layout &layout,
                             const ingest::ImportOptions &options)
{
    clear();
    QString error;
    std::shared_ptr<CaseFile> worker =
        m_case ? std::shared_ptr<CaseFile>(m_case->openWorker(&error)) : nullptr;
    if (!worker) {
        m_order->setText(tr("Times: not worked out before the import (%1).").arg(error));
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const int generation = m_generation;
    m_order->setText(tr("Reading the file's times…"));
    m_progress->setValue(0);
    m_progress->show();
    // Progress comes from the worker's read; queued to this panel and dropped once it is gone.
    auto progress = [this, generation, last = std::make_shared<int>(-1)](qint64 done, qint64 total) {
        const int permille = total > 0 ? int(1000 * done / total) : 0;
        if (permille == *last)
            return true;
        *last = permille;
        QMetaObject::invokeMethod(
            this,
            [this, generation, permille] {
                if (generation == m_generation)
                    m_progress->setValue(permille);
            },
            Qt::QueuedConnection);
        return true;
    };
    m_running = true;
    m_watcher.setFuture(QtConcurrent::run([worker, path, layout, options, progress, cancel = m_cancel] {
        return ingest::previewTimes(*worker, path, layout, options, progress, cancel.get());
    }));
}

void ImportTimesPanel::done()
{
    const ingest::TimesPreview r = m_watcher.result();
    m_running = m_watcher.isRunning();
    if (m_cancel && m_cancel->load())
        return; // a newer start or a clear followed
    m_shown = r;
    m_hasResult = true;
    showPreview();
    Q_EMIT updated();
}

void ImportTimesPanel::showPreview()
{
    m_progress->hide();
    m_readings->hide();
    m_readings->setRowCount(0);
    if (!m_hasResult) {
        m_order->clear();
        m_clock->clear();
        return;
    }
    const ingest::TimesPreview &p = m_shown;
    if (!p.hasTimes) {
        m_order->setText(tr("The file has no call times to decide."));
        m_clock->clear();
        return;
    }
    m_order->setText(tr("Date order: %1 (%2). %3")
                         .arg(orderText(p.order.order),
                              ImportWords::dateOrderBasis(ingest::dateOrderBasisName(p.order.basis)),
                              p.order.reason()));
    if (p.showBothReadings) {
        m_readings->setRowCount(int(p.firstRows.size()));
        for (int i = 0; i < p.firstRows.size(); ++i) {
            const auto &row = p.firstRows.at(i);
            const QString cells[] = {row.value, row.dayFirst.isEmpty() ? tr("no date") : row.dayFirst,
                                     row.monthFirst.isEmpty() ? tr("no date") : row.monthFirst};
            for (int c = 0; c < 3; ++c)
                m_readings->setItem(i, c, new QTableWidgetItem(cells[c]));
        }
        retranslateUi();
        m_readings->resizeColumnsToContents();
        // All its rows, no scrolling: the splitter then keeps the panel at least that tall.
        m_readings->setFixedHeight(m_readings->horizontalHeader()->sizeHint().height() +
                                   m_readings->verticalHeader()->length() + 2 * m_readings->frameWidth());
        m_readings->show();
    }
    m_clock->setText(p.clock ? tr("Clock: %1").arg(p.clock->reason()) : p.clockNote);
}

void ImportTimesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showPreview();
    }
    QGroupBox::changeEvent(event);
}

void ImportTimesPanel::retranslateUi()
{
    setTitle(tr("Times, as the import will read them"));
    const bool mdy = m_hasResult && m_shown.order.order == ingest::DateOrder::Mdy;
    const QString taken = tr(" (taken)");
    m_readings->setHorizontalHeaderLabels(
        {tr("As written"), tr("Read day first (D/M/Y)") + (m_hasResult && !mdy ? taken : QString()),
         tr("Read month first (M/D/Y)") + (mdy ? taken : QString())});
}

} // namespace dt::ui
