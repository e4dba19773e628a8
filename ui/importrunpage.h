#pragma once

#include "importwizard.h"

#include <atomic>
#include <functional>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace dt::ui {

/**
 * The import wizard's run page: imports the files one after another on a worker thread with its
 * own connection to the case, with a progress bar for the file and for all files, an ETA from the
 * bytes done so far, and Cancel (the file in progress rolls back, the rest are not started).
 */
class ImportRunPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportRunPage(ImportWizard *wizard);
    ~ImportRunPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool isRunning() const { return m_watcher.isRunning(); }
    /// Asks the worker to stop; the file in progress rolls back.
    void cancel();
    /// Cancels and waits for the worker (closing the wizard).
    void cancelAndWait();

    QProgressBar *fileBar() const { return m_fileBar; }
    QProgressBar *overallBar() const { return m_overallBar; }
    QLabel *etaLabel() const { return m_eta; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QPlainTextEdit *log() const { return m_log; }

    /// The estimate shown under the bars: empty until a second has passed and bytes are done.
    static QString etaText(qint64 elapsedMs, qint64 bytesDone, qint64 totalBytes);

    /// Tests hold the worker at a known point of the import (it runs inside the import's
    /// transaction) so that what they check does not depend on the machine's speed.
    static std::function<void(qint64 done, qint64 total)> &progressHookForTests();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void start();
    void fileStarted(int index);
    void fileProgress(int index, qint64 done, qint64 total);
    void fileDone(int index, const ImportFileResult &result);
    void runFinished();
    void showOverall(qint64 bytes);

    ImportWizard *m_wizard;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_overallLabel = nullptr;
    QProgressBar *m_fileBar = nullptr;
    QProgressBar *m_overallBar = nullptr;
    QLabel *m_eta = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QFutureWatcher<void> m_watcher;
    std::atomic_bool m_cancel{false};
    bool m_started = false, m_done = false;
    QVector<qint64> m_sizes;
    qint64 m_totalBytes = 0, m_finishedBytes = 0;
    QElapsedTimer m_clock;
    qint64 m_lastEta = -1000;
};

} // namespace dt::ui
