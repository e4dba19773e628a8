#include "case/casefile.h"
#include "casepage.h"
#include "casequery.h"
#include "dt/version.h"
#include "importwizard.h"
#include "linkchartpage.h"
#include "mainwindow.h"
#include "reportdialog.h"
#include "sample/samplecase.h"
#include "timezonedialog.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>
#include <sqlite3.h>

// The main window's file-level commands: making, opening and importing into cases, the sample case,
// the report and About. The window's frame, menus and views are in mainwindow.cpp.

namespace dt::ui {

bool MainWindow::createCase(const QString &path, const QString &title, QString *error,
                            const QString &timeZone)
{
    QString err;
    auto cf = CaseFile::create(path, title, &err, timeZone.isEmpty() ? CaseClock::defaultZone() : timeZone);
    if (!cf) {
        showError(err);
        if (error)
            *error = err;
        return false;
    }
    cf.reset(); // release, then open through the normal path
    return openCase(path, error);
}

bool MainWindow::openSampleCase(QString *error)
{
    const QString path = SampleCase::defaultPath();
    if (QFileInfo::exists(path)) {
        if (!openCase(path, error)) {
            Q_EMIT sampleCaseReady(false);
            return false;
        }
        m_sampleOpening = true;
        return true;
    }
    if (m_sampleWatcher.isRunning())
        return true;
    auto *dialog = new QProgressDialog(
        tr("Preparing the sample case: generating a synthetic investigation and importing "
           "its files…"),
        tr("Cancel"), 0, 100, this);
    dialog->setObjectName(QStringLiteral("sampleProgress"));
    dialog->setWindowTitle(tr("Sample case"));
    dialog->setMinimumDuration(300);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_sampleCancel = false;
    connect(dialog, &QProgressDialog::canceled, this, [this] { m_sampleCancel = true; });
    QPointer<QProgressDialog> guard(dialog);
    auto progress = [this, guard](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            this,
            [guard, done, total] {
                if (guard)
                    guard->setValue(int(100 * done / std::max<qint64>(total, 1)));
            },
            Qt::QueuedConnection);
    };
    disconnect(&m_sampleWatcher, nullptr, this, nullptr);
    connect(&m_sampleWatcher, &QFutureWatcher<QPair<QString, QString>>::finished, this, [this, guard] {
        if (guard)
            guard->close();
        const auto [built, err] = m_sampleWatcher.result();
        if (built.isEmpty()) {
            if (!m_sampleCancel)
                showError(tr("Cannot prepare the sample case: %1").arg(err));
            Q_EMIT sampleCaseReady(false);
            return;
        }
        if (!openCase(built)) {
            Q_EMIT sampleCaseReady(false);
            return;
        }
        m_sampleOpening = true;
    });
    m_sampleWatcher.setFuture(QtConcurrent::run(backgroundPool(), [this, path, progress] {
        backgroundPriority();
        QString err;
        const QString built = SampleCase::ensure(path, &err, progress, &m_sampleCancel);
        return qMakePair(built, err);
    }));
    return true;
}

void MainWindow::onNewCase()
{
    const QString dir = QSettings().value(QStringLiteral("lastDir"), QDir::homePath()).toString();
    QString path = QFileDialog::getSaveFileName(this, tr("New Case"), dir, tr("DialTrace cases (*.dtcase)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".dtcase")))
        path += QStringLiteral(".dtcase");
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("New Case"), tr("Case title:"), QLineEdit::Normal,
                                                QFileInfo(path).completeBaseName(), &ok);
    if (!ok)
        return;
    TimeZoneDialog zone(CaseClock::defaultZone(), 0, this);
    if (zone.exec() != QDialog::Accepted)
        return;
    QSettings().setValue(QStringLiteral("lastDir"), QFileInfo(path).absolutePath());
    createCase(path, title, nullptr, zone.zone());
}

void MainWindow::onOpenCase()
{
    const QString dir = QSettings().value(QStringLiteral("lastDir"), QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Case"), dir,
                                                      tr("DialTrace cases (*.dtcase);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("lastDir"), QFileInfo(path).absolutePath());
    openCase(path);
}

void MainWindow::onAbout()
{
    QMessageBox::about(this, tr("About DialTrace"),
                       tr("<h3>DialTrace %1</h3><p>Call tracing workstation for investigators of harassment, "
                          "marketing and fraud "
                          "calls. Runs fully offline.</p><p>Qt %2 · SQLite %3</p>")
                           .arg(QStringLiteral(DT_VERSION_STRING), QString::fromLatin1(qVersion()),
                                QString::fromLatin1(sqlite3_libversion())));
}

void MainWindow::exportReport()
{
    if (!m_case)
        return;
    ReportDialog dialog(m_case.get(), this);
    connect(&dialog, &ReportDialog::exported, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Report written: %1").arg(path), 10000);
        m_casePage->refresh();
    });
    dialog.exec();
}

ImportWizard *MainWindow::importFiles(const QStringList &files)
{
    if (!m_case || m_case->isReadOnly())
        return nullptr;
    auto *wizard = new ImportWizard(m_case.get(), files, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal); // the case must not change or close under the import
    connect(wizard, &ImportWizard::importFinished, this, [this] {
        m_casePage->refresh();
        m_linkChart->setCase(m_case.get()); // new numbers and calls to expand into
        loadFindings();
        statusBar()->showMessage(tr("Import finished"), 10000);
    });
    wizard->show();
    if (!wizard->files().isEmpty())
        wizard->next();
    return wizard;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_case && !m_case->isReadOnly() && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &u : event->mimeData()->urls()) {
        if (u.isLocalFile() && QFileInfo(u.toLocalFile()).isFile())
            files << u.toLocalFile();
    }
    if (files.isEmpty() || !importFiles(files))
        return;
    event->acceptProposedAction();
}

} // namespace dt::ui
