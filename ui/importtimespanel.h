#pragma once
#include "ingest/timespreview.h"

#include <atomic>
#include <memory>
#include <QFutureWatcher>
#include <QGroupBox>

class QLabel;
class QProgressBar;
class QTableWidget;

namespace dt {
class CaseFile;
}

namespace dt::ui {

/**
 * The import wizard's view of a file's times before it is imported: the date order the import will
 * take and why, the first rows' dates read day first and month first side by side when the order
 * was not certain, and the file's clock measured against the case (with progress while the file is
 * read for it). Worked out off the GUI thread through a worker connection of the case.
 */
class ImportTimesPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit ImportTimesPanel(QWidget *parent = nullptr);
    ~ImportTimesPanel() override;
    void setCase(CaseFile *cf) { m_case = cf; }
    /// Works out @p path's times as read with @p layout and @p options (a running one is cancelled).
    void start(const QString &path, const ingest::Layout &layout, const ingest::ImportOptions &options);
    /// Stops a running measure and shows nothing.
    void clear();
    /// From the start of an estimate until it is shown (not only while the worker runs).
    bool isRunning() const { return m_running; }
    /// The last result shown.
    const ingest::TimesPreview &preview() const { return m_shown; }
    QTableWidget *readingsTable() const { return m_readings; }

Q_SIGNALS:
    /// A result is shown.
    void updated();

protected:
    void changeEvent(QEvent *event) override;

private:
    void done();
    void showPreview();
    void retranslateUi();
    void cancelRunning();

    CaseFile *m_case = nullptr;
    QFutureWatcher<ingest::TimesPreview> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_generation = 0;
    ingest::TimesPreview m_shown;
    bool m_hasResult = false;
    QLabel *m_order = nullptr;
    QTableWidget *m_readings = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_clock = nullptr;
    bool m_running = false;
};

} // namespace dt::ui
