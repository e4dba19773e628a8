#pragma once
#include <atomic>
#include <memory>
#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QPrinter;
class QProgressBar;
class QTextBrowser;
class QTextDocument;

namespace dt {
class CaseFile;

namespace ui {

/**
 * Exports an evidence report: language, audience, file (PDF or HTML); a preview of exactly what
 * will be written (of its first part, with a note saying so, when the report is bigger than the
 * preview's budget), built off the GUI thread on a read-only connection; the export then renders,
 * signs and audits the whole report (model/report).
 */
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReportDialog(CaseFile *cf, QWidget *parent = nullptr);
    ~ReportDialog() override;

    QString outputPath() const;
    void setOutputPath(const QString &path);
    void setLanguage(const QString &lang);
    void setAudience(const QString &audience);
    /// Builds the preview (asynchronously); previewReady() when done.
    void refreshPreview();
    /**
     * Writes the report and its manifest off the GUI thread (minutes for a 10M-call case's PDF), on a
     * second connection of the case's writer that also audits the export; exported() or
     * exportFailed() tell the outcome (a message box on failure too, unless @p quiet). False when
     * there is no preview of the chosen options yet or an export is under way.
     */
    bool exportReport(bool quiet = false);
    /// Prints the previewed report (as its PDF is laid out); false before the preview is ready or
    /// when it is previewed in part (too large to lay out on the GUI thread).
    bool printReport(QPrinter *printer);
    bool isExporting() const { return m_exportWatcher.isRunning(); }
    bool isBuildingPreview() const { return m_watcher.isRunning(); }
    /// Stops the export or the preview under way (the Cancel button): a cancelled export leaves
    /// neither the report nor its manifest, and nothing in the audit log.
    void cancel();
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    /// The report the export writes (whole), once its preview is built.
    QString reportHtml() const { return m_html; }
    /// What the preview shows: the report, or its first part with a note saying so.
    QString previewHtml() const { return m_shownHtml; }
    /// The preview shows only the first part of the report.
    bool isPreviewPartial() const { return m_partial; }
    QTextBrowser *preview() const { return m_preview; }
    /**
     * The preview's size budget in characters of the report's HTML (a bigger report is previewed in
     * part, cut at a section or table row): laying out megabytes of HTML would hold the GUI thread
     * for seconds. For tests; a dialog reads it when it builds its preview.
     */
    static void setPreviewBudget(qsizetype chars);
    static qsizetype previewBudget();
    /**
     * The most rows of a table's body the preview shows as one table: a longer one is shown as
     * several, its header repeated (the browser lays a table out in one step on the GUI thread).
     * The export writes the tables whole. For tests; a dialog reads it when it builds its preview.
     */
    static void setPreviewTableRows(int rows);
    static int previewTableRows();

Q_SIGNALS:
    void previewReady();
    /// The preview's document is laid out to its end (in pieces, between which the GUI stays live).
    void previewLaidOut();
    void exported(const QString &path);
    void exportFailed(const QString &error);
    void exportCancelled();
    void previewCancelled();

private:
    struct Built
    {
        QString html, shownHtml, note, error, generatedUtc;
        bool cancelled = false, partial = false;
        QTextDocument *document = nullptr; ///< the preview, laid out of the HTML on the worker
    };
    struct Written
    {
        bool ok = false, cancelled = false;
        QString path, error;
    };
    CaseFile *m_case;
    QComboBox *m_lang = nullptr, *m_audience = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr, *m_export = nullptr, *m_print = nullptr, *m_printPreview = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    // Shared with the worker, which may outlive a dialog closed under it only until the destructor's wait.
    std::shared_ptr<std::atomic_bool> m_cancelPreview, m_cancelExport;
    QTextBrowser *m_preview = nullptr;
    QFutureWatcher<Built> m_watcher;
    QFutureWatcher<Written> m_exportWatcher;
    bool m_quiet = false;
    QString m_html, m_shownHtml, m_generatedUtc, m_builtFor;
    bool m_pending = false, m_partial = false;

    /// Shows @p permille of the work under way (from a worker: queued to the GUI thread).
    void reportProgress(qint64 done, qint64 total);
    void setBusy(bool busy);
};

} // namespace ui
} // namespace dt
