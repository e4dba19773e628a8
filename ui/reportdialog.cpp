#include "reportdialog.h"

#include "case/casefile.h"
#include "casequery.h"
#include "pacedlayout.h"
#include "printing.h"
#include "report/previewexcerpt.h"
#include "report/report.h"
#include "report/signing.h"

#include <algorithm>
#include <memory>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace dt::ui {

namespace {
// A report's summary, findings and the start of its appendix: the budget bounds the preview's memory
// and the time to lay it all out (find and Ctrl+End lay out up to the end). The sample case's report
// is previewed (and printable) whole; a big case's is many times larger.
std::atomic<qsizetype> s_previewBudget{256 * 1024};
// The longest block of the GUI thread while the preview is laid out is one piece of its text (in
// characters of the document) and the table that ends it: Qt lays a table out whole.
std::atomic<int> s_previewTableRows{25};
constexpr int kLayoutPiece = 2000;
} // namespace

void ReportDialog::setPreviewTableRows(int rows)
{
    s_previewTableRows = rows;
}

int ReportDialog::previewTableRows()
{
    return s_previewTableRows;
}

void ReportDialog::setPreviewBudget(qsizetype chars)
{
    s_previewBudget = chars;
}

qsizetype ReportDialog::previewBudget()
{
    return s_previewBudget;
}

ReportDialog::ReportDialog(CaseFile *cf, QWidget *parent)
    : QDialog(parent)
    , m_case(cf)
{
    setWindowTitle(tr("Export evidence report"));
    m_lang = new QComboBox(this);
    m_lang->addItem(tr("Chinese"), QStringLiteral("zh"));
    m_lang->addItem(tr("English"), QStringLiteral("en"));
    m_audience = new QComboBox(this);
    m_audience->addItem(tr("Prosecutor: personal data masked except suspects' numbers"),
                        QStringLiteral("prosecutor"));
    m_audience->addItem(tr("Trainer: all personal data masked"), QStringLiteral("trainer"));
    m_audience->addItem(tr("Internal: nothing masked"), QStringLiteral("internal"));
    m_path = new QLineEdit(this);
    m_browse = new QPushButton(tr("Choose…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Language:"), m_lang);
    form->addRow(tr("Audience:"), m_audience);
    form->addRow(tr("File (.pdf or .html):"), pathRow);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setToolTip(tr("Stop building the preview or writing the report; nothing is written"));
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    setBusy(false);
    m_preview = new QTextBrowser(this);
    m_preview->setOpenLinks(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("Export and sign"), QDialogButtonBox::AcceptRole);
    m_print = buttons->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
    m_printPreview = buttons->addButton(tr("Print Preview…"), QDialogButtonBox::ActionRole);
    m_print->setEnabled(false);
    m_printPreview->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addLayout(progressRow);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    resize(1100, 800);

    const QString base = QFileInfo(cf->path()).completeBaseName();
    m_path->setText(
        QDir(QFileInfo(cf->path()).absolutePath()).filePath(base + QStringLiteral("-report.pdf")));
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString p = QFileDialog::getSaveFileName(this, tr("Export evidence report"), m_path->text(),
                                                       tr("PDF (*.pdf);;HTML (*.html)"));
        if (!p.isEmpty())
            m_path->setText(p);
    });
    connect(m_lang, &QComboBox::currentIndexChanged, this, &ReportDialog::refreshPreview);
    connect(m_audience, &QComboBox::currentIndexChanged, this, &ReportDialog::refreshPreview);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, [this] { exportReport(); });
    connect(m_cancel, &QPushButton::clicked, this, &ReportDialog::cancel);
    connect(&m_exportWatcher, &QFutureWatcher<Written>::finished, this, [this] {
        const Written w = m_exportWatcher.result();
        QApplication::restoreOverrideCursor();
        setBusy(false);
        m_export->setEnabled(true);
        m_lang->setEnabled(true);
        m_audience->setEnabled(true);
        if (w.cancelled) {
            m_status->setText(tr("Export cancelled: neither the report nor its manifest was written."));
            Q_EMIT exportCancelled();
            return;
        }
        if (!w.ok) {
            if (!m_quiet)
                QMessageBox::warning(this, tr("Export evidence report"), w.error);
            m_status->setText(w.error);
            Q_EMIT exportFailed(w.error);
            return;
        }
        m_status->setText(tr("Written %1 and its signed manifest.").arg(w.path));
        Q_EMIT exported(w.path);
        if (!m_quiet)
            accept();
    });
    const auto paint = [this](QPrinter *printer) { printReport(printer); };
    connect(m_print, &QPushButton::clicked, this,
            [this, paint] { Printing::print(this, windowTitle(), paint); });
    connect(m_printPreview, &QPushButton::clicked, this,
            [this, paint] { Printing::preview(this, windowTitle(), paint); });
    connect(&m_watcher, &QFutureWatcher<Built>::finished, this, [this] {
        const Built b = m_watcher.result();
        setBusy(false);
        if (m_pending) { // the options changed while building: build again
            delete b.document;
            m_pending = false;
            refreshPreview();
            return;
        }
        if (b.cancelled) {
            delete b.document;
            m_html.clear();
            m_shownHtml.clear();
            m_partial = false;
            m_status->setText(tr("Preview cancelled. Change an option to build it again."));
            Q_EMIT previewCancelled();
            return;
        }
        m_export->setEnabled(b.error.isEmpty());
        // Printing lays the whole report out on the GUI thread (minutes for a big case's): a report
        // previewed in part is printed from its exported PDF instead.
        const bool printable = b.error.isEmpty() && !b.partial;
        m_print->setEnabled(printable);
        m_printPreview->setEnabled(printable);
        const QString tooLarge =
            b.partial ? tr("This report is too large to print from here: export it as PDF and print the PDF.")
                      : QString();
        m_print->setToolTip(tooLarge);
        m_printPreview->setToolTip(tooLarge);
        if (!b.error.isEmpty()) {
            m_status->setText(b.error);
            m_html.clear();
            m_shownHtml.clear();
            m_partial = false;
            return;
        }
        m_html = b.html;
        m_shownHtml = b.shownHtml;
        m_partial = b.partial;
        m_generatedUtc = b.generatedUtc;
        m_builtFor =
            m_lang->currentData().toString() + QLatin1Char('/') + m_audience->currentData().toString();
        // Parsed on the worker: a big case's report is megabytes of HTML, seconds of parsing that
        // setHtml() would do on the GUI thread.
        b.document->setParent(m_preview); // the previous preview, its child too, is deleted by setDocument()
        // Laid out in pieces as the browser shows it: Qt's own lazy layout takes ever bigger steps,
        // each a block of the GUI thread that grows with the preview.
        new PacedLayout(b.document, kLayoutPiece, [this] { Q_EMIT previewLaidOut(); });
        m_preview->setDocument(b.document);
        const QString signing = tr("Preview of the report as it will be written; it will be signed with this "
                                   "workstation's key and the export recorded in the case's audit log.");
        m_status->setText(b.partial ? b.note + QLatin1Char(' ') + signing : signing);
        Q_EMIT previewReady();
    });
    refreshPreview();
}

bool ReportDialog::printReport(QPrinter *printer)
{
    if (m_html.isEmpty() || m_partial)
        return false;
    Printing::printHtml(printer, m_html);
    return true;
}

ReportDialog::~ReportDialog()
{
    if (m_cancelPreview) // a preview no one will see; an export under way is finished
        *m_cancelPreview = true;
    m_watcher.waitForFinished();
    m_exportWatcher.waitForFinished();
    // A preview made but not yet shown (its finished() not delivered) has no parent to free it.
    if (m_watcher.future().resultCount() > 0) {
        QTextDocument *unshown = m_watcher.result().document;
        if (unshown && !unshown->parent())
            delete unshown;
    }
}

QString ReportDialog::outputPath() const
{
    return m_path->text();
}

void ReportDialog::setOutputPath(const QString &path)
{
    m_path->setText(path);
}

void ReportDialog::setLanguage(const QString &lang)
{
    m_lang->setCurrentIndex(m_lang->findData(lang));
}

void ReportDialog::setAudience(const QString &audience)
{
    m_audience->setCurrentIndex(m_audience->findData(audience));
}

void ReportDialog::refreshPreview()
{
    if (m_watcher.isRunning()) {
        m_pending = true;
        return;
    }
    m_export->setEnabled(false);
    m_status->setText(tr("Building the preview…"));
    m_cancelPreview = std::make_shared<std::atomic_bool>(false);
    setBusy(true);
    report::ReportOptions opt;
    opt.lang = m_lang->currentData().toString();
    opt.audience = m_audience->currentData().toString();
    opt.generatedUtc = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString path = m_case->path();
    // Its own read-only connection: the GUI's stays free.
    const auto progress = [this](qint64 done, qint64 total) { reportProgress(done, total); };
    const qsizetype budget = s_previewBudget;
    const int tableRows = s_previewTableRows;
    m_watcher.setFuture(QtConcurrent::run([path, opt, gui = thread(), progress, budget, tableRows,
                                           cancel = m_cancelPreview] {
        backgroundPriority();
        Built b;
        b.generatedUtc = opt.generatedUtc;
        auto key = report::SigningKey::loadOrCreate(report::SigningKey::defaultDirectory(), &b.error);
        if (!key)
            return b;
        auto cf = CaseFile::open(path, CaseFile::Access::ReadOnly, &b.error);
        if (!cf)
            return b;
        // The HTML is most of the preview's steps; the parse that follows cannot be stopped midway.
        const auto sections = [&progress](qint64 done, qint64 total) { progress(done * 8, total * 10); };
        if (!report::Report::html(*cf, opt, key->fingerprint(), key->publicKeyHex(), &b.html, &b.error,
                                  sections, cancel.get())) {
            b.cancelled = cancel->load();
            return b;
        }
        if (cancel->load()) {
            b.cancelled = true;
            return b;
        }
        // A big report is previewed in part: its layout in the browser is the GUI thread's, and
        // grows with what it shows. The export writes b.html, whole.
        const auto note = [&b](qsizetype shown, qsizetype) {
            const QLocale locale;
            b.note = tr("The preview shows only the first part of the report (%1 of %2); the exported file "
                        "holds the full report.")
                         .arg(locale.formattedDataSize(QStringView(b.html).left(shown).toUtf8().size()),
                              locale.formattedDataSize(b.html.toUtf8().size()));
            return QStringLiteral("<p style=\"background-color:#fff4ce;\"><b>%1</b></p>\n")
                .arg(b.note.toHtmlEscaped());
        };
        report::PreviewExcerpt::Result part = report::PreviewExcerpt::cut(b.html, budget, note);
        b.partial = part.partial;
        // Long tables shown as several (the browser lays each out in one step).
        b.shownHtml = report::PreviewExcerpt::splitTables(part.html, tableRows);
        b.document = new QTextDocument;
        b.document->setHtml(b.shownHtml);
        b.document->moveToThread(gui);
        b.cancelled = cancel->load(); // the document is then freed on the GUI thread
        return b;
    }));
}

bool ReportDialog::exportReport(bool quiet)
{
    const QString want =
        m_lang->currentData().toString() + QLatin1Char('/') + m_audience->currentData().toString();
    if (m_html.isEmpty() || want != m_builtFor || m_watcher.isRunning() || m_exportWatcher.isRunning())
        return false;
    report::ReportOptions opt;
    opt.lang = m_lang->currentData().toString();
    opt.audience = m_audience->currentData().toString();
    opt.generatedUtc = m_generatedUtc;
    m_quiet = quiet;
    m_export->setEnabled(false);
    m_lang->setEnabled(false);
    m_audience->setEnabled(false);
    m_status->setText(tr("Writing and signing %1…").arg(m_path->text()));
    QApplication::setOverrideCursor(Qt::BusyCursor);
    m_cancelExport = std::make_shared<std::atomic_bool>(false);
    setBusy(true);
    const auto progress = [this](qint64 done, qint64 total) { reportProgress(done, total); };
    // A writable case audits the export through a second connection of its writer; a read-only one
    // is read through a read-only connection (nothing is audited, as Report::write says).
    m_exportWatcher.setFuture(QtConcurrent::run([cf = m_case, out = m_path->text(), opt, html = m_html,
                                                 progress, cancel = m_cancelExport] {
        backgroundPriority();
        Written w;
        w.path = out;
        std::unique_ptr<CaseFile> own = cf->isReadOnly()
                                            ? CaseFile::open(cf->path(), CaseFile::Access::ReadOnly, &w.error)
                                            : cf->openWorker(&w.error);
        if (!own)
            return w;
        QJsonObject manifest;
        w.ok = report::Report::write(*own, out, opt, html, &manifest, &w.error, progress, cancel.get());
        w.cancelled = !w.ok && cancel->load();
        return w;
    }));
    return true;
}

void ReportDialog::cancel()
{
    if (m_exportWatcher.isRunning() && m_cancelExport)
        *m_cancelExport = true;
    else if (m_watcher.isRunning() && m_cancelPreview)
        *m_cancelPreview = true;
    else
        return;
    m_status->setText(tr("Cancelling…"));
    m_cancel->setEnabled(false);
}

void ReportDialog::reportProgress(qint64 done, qint64 total)
{
    const int permille = total > 0 ? int(std::min<qint64>(1000, done * 1000 / total)) : 0;
    // From the worker: the bar is the GUI thread's; a dialog gone by then drops the call.
    QMetaObject::invokeMethod(
        this, [this, permille] { m_progress->setValue(permille); }, Qt::QueuedConnection);
}

void ReportDialog::setBusy(bool busy)
{
    m_progress->setValue(0);
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_cancel->setEnabled(busy);
}

} // namespace dt::ui
