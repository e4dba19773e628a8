// The case's time zone in the main window: Case → Time Zone…, and every view shown again in it.
#include "analysispage.h"
#include "case/casefile.h"
#include "casepage.h"
#include "entitypanel.h"
#include "leakspage.h"
#include "linkchartpage.h"
#include "mainwindow.h"
#include "timezonedialog.h"
#include "violationspage.h"

#include <QStatusBar>

namespace dt::ui {

bool MainWindow::setCaseTimeZone(const QString &zone, QString *error)
{
    QString err;
    if (!m_case || !m_case->setTimeZone(zone, &err)) {
        showError(m_case ? tr("Cannot change the time zone: %1").arg(err) : tr("No case is open."));
        if (error)
            *error = err;
        return false;
    }
    // Stored times do not change: every view shows them again in the new zone.
    m_casePage->refresh();
    m_analysisPage->reload();
    m_violationsPage->clockChanged();
    m_leaksPage->reload();
    m_entityPanel->clockChanged();
    m_linkChart->setCase(m_case.get()); // the saved chart comes back, its timeline in the new zone
    statusBar()->showMessage(tr("Times are now shown in %1").arg(m_case->clock().description()), 10000);
    return true;
}

void MainWindow::onTimeZone()
{
    if (!m_case)
        return;
    const qint64 first = m_case->db().scalar(QStringLiteral("SELECT min(start_utc) FROM calls")).toLongLong();
    TimeZoneDialog dialog(m_case->timeZone(), first, this);
    if (dialog.exec() == QDialog::Accepted && dialog.zone() != m_case->timeZone())
        setCaseTimeZone(dialog.zone());
}

} // namespace dt::ui
