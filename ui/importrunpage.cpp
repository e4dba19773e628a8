#include "importrunpage.h"

#include "case/casefile.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

namespace dt::ui {

ImportRunPage::ImportRunPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("importRunPage"));
    auto *layout = new QVBoxLayout(this);
    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(QStringLiteral("importFileLabel"));
    m_fileBar = new QProgressBar(this);
    m_fileBar->setObjectName(QStringLiteral("importFileProgress"));
    m_fileBar->setRange(0, 1000);
    m_overallLabel = new QLabel(this);
    m_overallBar = new QProgressBar(this);
    m_overallBar->setObjectName(QStringLiteral("importOverallProgress"));
    m_overallBar->setRange(0, 1000);
    m_eta = new QLabel(this);
    m_eta->setObjectName(QStringLiteral("importEta"));
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("importCancel"));
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("importLog"));
    m_log->setReadOnly(true);
    auto *etaRow = new QHBoxLayout;
    etaRow->addWidget(m_eta, 1);
    etaRow->addWidget(m_cancelButton);
    layout->addWidget(m_fileLabel);
    layout->addWidget(m_fileBar);
    layout->addWidget(m_overallLabel);
    layout->addWidget(m_overallBar);
    layout->addLayout(etaRow);
    layout->addWidget(m_log, 1);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportRunPage::cancel);
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &ImportRunPage::runFinished);
    retranslateUi();
}

ImportRunPage::~ImportRunPage()
{
    cancelAndWait();
}

void ImportRunPage::initializePage()
{
    if (!m_started)
        start();
}

bool ImportRunPage::isComplete() const
{
    return m_done;
}

void ImportRunPage::cancel()
{
    if (!m_watcher.isRunning())
        return;
    m_cancel = true;
    m_cancelButton->setEnabled(false);
    m_eta->setText(tr("Cancelling: the file in progress is rolled back…"));
}

void ImportRunPage::cancelAndWait()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

void ImportRunPage::start()
{
    m_started = true;
    m_cancel = false;
    struct Job
    {
        QString path;
        ingest::ImportOptions options;
    };
    QVector<Job> jobs;
    m_sizes.clear();
    m_totalBytes = m_finishedBytes = 0;
    QVector<ImportFileResult> &results = m_wizard->results();
    results.clear();
    for (const ImportFileSettings &f : std::as_const(m_wizard->files())) {
        jobs.append({f.path, f.effectiveOptions()});
        m_sizes.append(std::max<qint64>(QFileInfo(f.path).size(), 1));
        m_totalBytes += m_sizes.last();
        ImportFileResult r;
        r.path = f.path;
        results.append(r);
    }
    m_log->clear();
    m_cancelButton->setEnabled(true);
    m_clock.start();
    m_lastEta = -1000;
    showOverall(0);
    CaseFile *cf = m_wizard->caseFile();
    // The worker writes through its own connection; this thread keeps reading through the case's.
    m_watcher.setFuture(QtConcurrent::run([this, jobs, cf] {
        QString openError;
        std::unique_ptr<CaseFile> worker = cf ? cf->openWorker(&openError) : nullptr;
        for (int i = 0; i < jobs.size(); ++i) {
            ImportFileResult r;
            r.path = jobs.at(i).path;
            if (m_cancel) {
                QMetaObject::invokeMethod(
                    this, [this, i, r] { fileDone(i, r); }, Qt::QueuedConnection);
                continue;
            }
            QMetaObject::invokeMethod(
                this, [this, i] { fileStarted(i); }, Qt::QueuedConnection);
            if (!worker) {
                r.state = ImportFileResult::State::Failed;
                r.error = openError;
            } else {
                QElapsedTimer throttle;
                throttle.start();
                bool shownRows = false;
                auto progress = [this, i, &throttle, &shownRows](qint64 done, qint64 total) {
                    // A few updates a second are plenty, but the first rows always show.
                    if (!(throttle.elapsed() < 100 && done < total && shownRows)) {
                        throttle.restart();
                        shownRows = shownRows || done > 0;
                        QMetaObject::invokeMethod(
                            this, [this, i, done, total] { fileProgress(i, done, total); },
                            Qt::QueuedConnection);
                    }
                    if (const auto &hook = progressHookForTests())
                        hook(done, total);
                };
                ingest::Importer importer(*worker);
                QString error;
                if (importer.importFile(r.path, jobs.at(i).options, &r.summary, &error, progress,
                                        &m_cancel)) {
                    r.state = ImportFileResult::State::Imported;
                } else {
                    r.state = m_cancel ? ImportFileResult::State::Cancelled : ImportFileResult::State::Failed;
                    r.error = error;
                }
            }
            QMetaObject::invokeMethod(
                this, [this, i, r] { fileDone(i, r); }, Qt::QueuedConnection);
        }
        if (worker)
            worker->close();
    }));
}

void ImportRunPage::fileStarted(int index)
{
    const QString name = QFileInfo(m_wizard->results().at(index).path).fileName();
    m_fileLabel->setText(tr("File %1 of %2: %3").arg(index + 1).arg(m_sizes.size()).arg(name));
    m_fileBar->setRange(0, 0); // busy until the reader reports (spreadsheets and databases do not)
    m_log->appendPlainText(tr("Importing %1…").arg(name));
}

void ImportRunPage::fileProgress(int index, qint64 done, qint64 total)
{
    if (m_fileBar->maximum() == 0)
        m_fileBar->setRange(0, 1000);
    const double part = total > 0 ? double(done) / double(total) : 0.0;
    m_fileBar->setValue(int(1000 * part));
    showOverall(m_finishedBytes + qint64(part * double(m_sizes.value(index))));
}

void ImportRunPage::fileDone(int index, const ImportFileResult &result)
{
    m_wizard->results()[index] = result;
    m_finishedBytes += m_sizes.value(index);
    const QString name = QFileInfo(result.path).fileName();
    const QLocale loc;
    switch (result.state) {
    case ImportFileResult::State::Imported:
        m_fileBar->setRange(0, 1000);
        m_fileBar->setValue(1000);
        m_log->appendPlainText(tr("%1: %2 accepted, %3 rejected, %4 duplicates merged")
                                   .arg(name, loc.toString(result.summary.accepted),
                                        loc.toString(result.summary.rejected),
                                        loc.toString(result.summary.duplicatesMerged)));
        for (const SharedCallCount &c : result.summary.sharedCalls)
            m_log->appendPlainText(
                tr("  %Ln call(s) also recorded by %1, stored once", nullptr, int(c.calls)).arg(c.source));
        break;
    case ImportFileResult::State::Cancelled:
        m_log->appendPlainText(tr("%1: cancelled; nothing of it is in the case").arg(name));
        break;
    case ImportFileResult::State::Failed:
        m_log->appendPlainText(tr("%1: NOT imported: %2").arg(name, result.error));
        break;
    case ImportFileResult::State::NotRun:
        m_log->appendPlainText(tr("%1: not started").arg(name));
        break;
    }
    showOverall(m_finishedBytes);
}

void ImportRunPage::showOverall(qint64 bytes)
{
    const QLocale loc;
    m_overallBar->setValue(m_totalBytes > 0 ? int(1000 * bytes / m_totalBytes) : 0);
    m_overallLabel->setText(
        tr("All files: %1 of %2").arg(loc.formattedDataSize(bytes), loc.formattedDataSize(m_totalBytes)));
    const qint64 ms = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (m_cancel || m_done || ms - m_lastEta < 500)
        return; // the estimate changes slowly; do not flicker it
    m_lastEta = ms;
    const QString eta = etaText(ms, bytes, m_totalBytes);
    m_eta->setText(eta.isEmpty() ? tr("Estimating the time left…") : eta);
}

QString ImportRunPage::etaText(qint64 elapsedMs, qint64 bytesDone, qint64 totalBytes)
{
    if (elapsedMs < 1000 || bytesDone <= 0)
        return {}; // too little seen for a rate worth showing
    const QLocale loc;
    const double rate = double(bytesDone) / double(elapsedMs); // bytes per ms
    const qint64 left = qint64(double(std::max<qint64>(totalBytes - bytesDone, 0)) / rate / 1000.0);
    return tr("About %1 left (%2/s)")
        .arg(left >= 60 ? tr("%1 min %2 s").arg(left / 60).arg(left % 60) : tr("%1 s").arg(left),
             loc.formattedDataSize(qint64(rate * 1000.0)));
}

std::function<void(qint64, qint64)> &ImportRunPage::progressHookForTests()
{
    static std::function<void(qint64, qint64)> hook;
    return hook;
}

void ImportRunPage::runFinished()
{
    m_done = true;
    m_cancelButton->setEnabled(false);
    m_fileBar->setRange(0, 1000);
    m_overallBar->setValue(1000);
    const qint64 s = m_clock.elapsed() / 1000;
    m_eta->setText(m_cancel ? tr("Cancelled after %1 s.").arg(s) : tr("Done in %1 s.").arg(s));
    Q_EMIT completeChanged();
    Q_EMIT m_wizard->importFinished();
    if (m_wizard->currentPage() == this)
        m_wizard->next();
}

void ImportRunPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ImportRunPage::retranslateUi()
{
    setTitle(tr("Importing"));
    setSubTitle(tr("Each file is imported in one piece: a cancelled or failed file leaves the case as it "
                   "was."));
    m_cancelButton->setText(tr("Cancel Import"));
}

} // namespace dt::ui
