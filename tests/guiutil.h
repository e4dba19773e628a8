#pragma once
// Helpers for the GUI tests: the window opens cases and reads findings off the GUI thread, so a
// test waits for the state it needs (never for the clock).
#include "casepage.h"
#include "entitypanel.h"
#include "mainwindow.h"
#include "testutil.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QWizardPage>

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

/// Every text a user sees in @p root and its visible children, a line each: labels, buttons, group
/// titles, combo boxes' current items, tables' headers and cells, text views, wizard pages' titles.
inline QString visibleTexts(QWidget *root)
{
    QStringList out;
    const auto visible = [root](QWidget *w) { return w->isVisibleTo(root) || w == root; };
    QList<QWidget *> all = root->findChildren<QWidget *>();
    all.prepend(root);
    for (QWidget *w : all) {
        if (!visible(w))
            continue;
        if (auto *l = qobject_cast<QLabel *>(w))
            out << QString(l->text()).remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        else if (auto *b = qobject_cast<QAbstractButton *>(w))
            out << b->text().remove(QLatin1Char('&'));
        else if (auto *g = qobject_cast<QGroupBox *>(w))
            out << g->title();
        else if (auto *c = qobject_cast<QComboBox *>(w))
            out << c->currentText();
        else if (auto *t = qobject_cast<QTextEdit *>(w))
            out << t->toPlainText();
        else if (auto *p = qobject_cast<QPlainTextEdit *>(w))
            out << p->toPlainText();
        else if (auto *page = qobject_cast<QWizardPage *>(w))
            out << page->title() << page->subTitle();
        if (auto *v = qobject_cast<QAbstractItemView *>(w); v && v->model()) {
            QAbstractItemModel *m = v->model();
            for (int c = 0; c < m->columnCount(); ++c)
                out << m->headerData(c, Qt::Horizontal).toString();
            for (int r = 0; r < m->rowCount(); ++r)
                for (int c = 0; c < m->columnCount(); ++c)
                    out << m->index(r, c).data().toString();
        }
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace dttest
