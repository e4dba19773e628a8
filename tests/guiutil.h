#pragma once
// Helpers for the GUI tests: the window opens cases and reads findings off the GUI thread, so a
// test waits for the state it needs (never for the clock).
#include "casepage.h"
#include "entitypanel.h"
#include "mainwindow.h"
#include "testutil.h"

#include <QSignalSpy>
#include <QTest>

namespace dttest {

/// Opens @p path in @p w and waits until the case is open and its findings are on the pages.
/// False with @p error set when the opening failed or did not end within @p timeoutMs.
inline bool openCase(dt::ui::MainWindow &w, const QString &path, QString *error = nullptr,
                     int timeoutMs = kStateTimeoutMs)
{
    QSignalSpy opened(&w, &dt::ui::MainWindow::caseOpened);
    QSignalSpy failed(&w, &dt::ui::MainWindow::caseOpenFailed);
    if (!w.openCase(path, error))
        return false;
    if (!QTest::qWaitFor([&] { return !opened.isEmpty() || !failed.isEmpty(); }, timeoutMs)) {
        if (error)
            *error = QStringLiteral("%1: not opened in time").arg(path);
        return false;
    }
    if (!failed.isEmpty()) {
        if (error)
            *error = failed.first().first().toString();
        return false;
    }
    return QTest::qWaitFor([&] { return !w.isLoadingFindings() && !w.casePage()->isLoading(); }, timeoutMs);
}

/// Opens the sample case (building it the first time) and waits for it and its findings.
inline bool openSample(dt::ui::MainWindow &w, QString *error = nullptr, int timeoutMs = kStateTimeoutMs)
{
    QSignalSpy ready(&w, &dt::ui::MainWindow::sampleCaseReady);
    if (!w.openSampleCase(error))
        return false;
    if (!QTest::qWaitFor([&] { return !ready.isEmpty(); }, timeoutMs) || !ready.first().first().toBool()) {
        if (error && error->isEmpty())
            *error = w.lastError();
        return false;
    }
    return QTest::qWaitFor([&] { return !w.isLoadingFindings() && !w.casePage()->isLoading(); }, timeoutMs);
}

/// Shows @p value in the details panel and waits until it is shown.
inline bool showEntity(dt::ui::EntityPanel *panel, const QString &value, int timeoutMs = kStateTimeoutMs)
{
    panel->showEntity(value);
    return QTest::qWaitFor([panel] { return !panel->isBusy(); }, timeoutMs);
}

/// Waits until the details panel has shown what it was last asked for.
inline bool entityShown(dt::ui::EntityPanel *panel, int timeoutMs = kStateTimeoutMs)
{
    return QTest::qWaitFor([panel] { return !panel->isBusy(); }, timeoutMs);
}

} // namespace dttest
