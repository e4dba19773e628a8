#pragma once
#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QPrinter;
class QTextBrowser;

namespace dt {
class CaseFile;

namespace ui {

/**
 * Exports an evidence report: language, audience, file (PDF or HTML); a preview of exactly what
 * will be written, built off the GUI thread on a read-only connection; the export then renders,
 * signs and audits it (model/report).
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
    /// Writes the report and its manifest; false with a message box on failure (unless @p quiet).
    bool exportReport(bool quiet = false);
    /// Prints the previewed report (as its PDF is laid out); false before the preview is ready.
    bool printReport(QPrinter *printer);
    QString previewHtml() const { return m_html; }
    QTextBrowser *preview() const { return m_preview; }

Q_SIGNALS:
    void previewReady();
    void exported(const QString &path);

private:
    struct Built
    {
        QString html, error, generatedUtc;
    };
    CaseFile *m_case;
    QComboBox *m_lang = nullptr, *m_audience = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr, *m_export = nullptr, *m_print = nullptr, *m_printPreview = nullptr;
    QLabel *m_status = nullptr;
    QTextBrowser *m_preview = nullptr;
    QFutureWatcher<Built> m_watcher;
    QString m_html, m_generatedUtc, m_builtFor;
    bool m_pending = false;
};

} // namespace ui
} // namespace dt
