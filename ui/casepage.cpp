#include "casepage.h"

#include "annotationcommands.h"
#include "callswindowbar.h"
#include "case/auditlogmodel.h"
#include "case/callsmodel.h"
#include "case/casefile.h"
#include "case/complaintsmodel.h"
#include "case/rejectedrowsmodel.h"
#include "case/sourcesmodel.h"
#include "casequery.h"
#include "columnmemory.h"
#include "emptyhint.h"
#include "phone/phonenumber.h"
#include "tabletools.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTabWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <QUndoStack>
#include <QVBoxLayout>

namespace dt::ui {

CasePage::CasePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("casePage"));
    auto *outer = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("caseTitle"));
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.6);
    tf.setBold(true);
    m_title->setFont(tf);
    m_details = new QLabel(this);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true); // a long path must not make the window wider than a laptop screen
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("caseCounts"));
    m_counts->setWordWrap(true);
    outer->addWidget(m_title);
    outer->addWidget(m_details);
    outer->addWidget(m_counts);

    auto *verifyRow = new QHBoxLayout;
    m_verifyButton = new QPushButton(this);
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    m_verifyStatus = new QLabel(this);
    m_verifyStatus->setObjectName(QStringLiteral("verifyStatus"));
    m_verifyStatus->setWordWrap(true);
    verifyRow->addWidget(m_verifyButton);
    verifyRow->addWidget(m_verifyStatus, 1);
    outer->addLayout(verifyRow);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    m_sourcesModel = new SourcesModel(this);
    m_auditModel = new AuditLogModel(this);
    m_sourcesView = TableTools::makeTable(this, QStringLiteral("sourcesView"));
    m_sourcesView->setModel(m_sourcesModel);
    m_auditView = TableTools::makeTable(this, QStringLiteral("auditView"));
    m_auditView->setModel(m_auditModel);
    // Every call, read a page at a time; a number in any spelling narrows it to that number's calls.
    m_callsPage = new QWidget(this);
    m_callsFilter = new QLineEdit(m_callsPage);
    m_callsFilter->setObjectName(QStringLiteral("callsFilter"));
    m_callsFilter->setClearButtonEnabled(true);
    m_callsStatus = new QLabel(m_callsPage);
    m_callsStatus->setObjectName(QStringLiteral("callsStatus"));
    m_callsStatus->hide();
    m_callsModel = new CallsModel(this);
    m_callsQuery = new CaseQuery(this);
    m_listsQuery = new CaseQuery(this);
    m_callsView = TableTools::makeTable(m_callsPage, QStringLiteral("callsView"));
    m_callsView->setSortingEnabled(false); // the order is the case's; sorting millions of rows is a query
    // The model is given to the view when the tab is first shown: the view's header keeps an entry
    // per row, which blocks the GUI thread at every reset of a table of millions of calls
    // (bench_gui).
    m_callsPage->installEventFilter(this);
    auto *callsLayout = new QVBoxLayout(m_callsPage);
    callsLayout->setContentsMargins(0, 4, 0, 0);
    callsLayout->addWidget(m_callsFilter);
    callsLayout->addWidget(m_callsStatus);
    callsLayout->addWidget(new CallsWindowBar(m_callsModel, m_callsPage));
    callsLayout->addWidget(m_callsView, 1);
    m_callsView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_callsView, &QWidget::customContextMenuRequested, this, &CasePage::callsMenu);
    connect(m_callsFilter, &QLineEdit::returnPressed, this, [this] { filterCalls(m_callsFilter->text()); });
    connect(m_callsFilter, &QLineEdit::textChanged, this, [this](const QString &t) {
        if (t.isEmpty())
            filterCalls(QString());
    });
    m_callsHint = EmptyHint::install(m_callsView, [this]() -> QString {
        if (!m_case || m_callsModel->isLoading() || !m_callsView->model())
            return {};
        if (!m_callsModel->numberFilter().isEmpty())
            return tr("No matches: no call of this case involves %1.").arg(m_callsModel->numberFilter());
        return tr("No calls in this case yet: import call records (Case → Import Files).");
    });
    m_tabs->addTab(m_callsPage, QString());
    // Complaints: who reported which number, sortable; choosing one selects the reported number everywhere.
    m_complaintsModel = new ComplaintsModel(this);
    auto *complaintsProxy = new QSortFilterProxyModel(this);
    complaintsProxy->setSourceModel(m_complaintsModel);
    complaintsProxy->setSortRole(Qt::EditRole);
    m_complaintsView = TableTools::makeTable(this, QStringLiteral("complaintsView"));
    m_complaintsView->setModel(complaintsProxy);
    m_complaintsView->setSortingEnabled(true);
    m_tabs->addTab(m_complaintsView, QString());
    connect(m_complaintsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, complaintsProxy](const QModelIndex &i) {
                if (i.isValid())
                    Q_EMIT numberChosen(m_complaintsModel->reported(complaintsProxy->mapToSource(i).row()));
            });
    m_rejectedModel = new RejectedRowsModel(this);
    m_rejectedView = TableTools::makeTable(this, QStringLiteral("rejectedView"));
    m_rejectedView->setModel(m_rejectedModel);
    m_tabs->addTab(m_sourcesView, QString());
    m_tabs->addTab(m_rejectedView, QString());
    m_tabs->addTab(m_auditView, QString());
    outer->addWidget(m_tabs, 1);

    connect(m_verifyButton, &QPushButton::clicked, this, &CasePage::startVerify);
    connect(&m_verifyWatcher, &QFutureWatcher<VerifyResult>::finished, this, [this] {
        const VerifyResult r = m_verifyWatcher.result();
        showVerifyResult(r);
        Q_EMIT verifyFinished(r.ok);
    });
    retranslateUi();
}

CasePage::~CasePage()
{
    m_verifyWatcher.waitForFinished();
}

void CasePage::push(QUndoCommand *command)
{
    if (m_undo) {
        m_undo->push(command);
    } else {
        command->redo();
        delete command;
    }
}

bool CasePage::annotateCall(qint64 callId, const QString &text)
{
    if (!m_case || m_case->isReadOnly() || callId <= 0 || text.trimmed().isEmpty())
        return false;
    push(new AddNoteCommand(m_case, QStringLiteral("call"), QString::number(callId), text.trimmed(),
                            [this] { m_callsModel->refreshNotes(); }));
    return true;
}

bool CasePage::tagCall(qint64 callId, const QString &tag, bool on)
{
    if (!m_case || m_case->isReadOnly() || callId <= 0 || tag.trimmed().isEmpty())
        return false;
    push(new SetTagCommand(m_case, QStringLiteral("call"), QString::number(callId), tag.trimmed(), on,
                           [this] { m_callsModel->refreshNotes(); }));
    return true;
}

void CasePage::callsMenu(const QPoint &pos)
{
    const QModelIndex index = m_callsView->indexAt(pos);
    const qint64 id = index.isValid() ? m_callsModel->callId(index.row()) : 0;
    if (!id || !m_case)
        return;
    QMenu menu(this);
    QAction *note = menu.addAction(tr("Add a note to call %1…").arg(id));
    QAction *tag = menu.addAction(tr("Tag call %1…").arg(id));
    note->setEnabled(!m_case->isReadOnly());
    tag->setEnabled(!m_case->isReadOnly());
    menu.addSeparator();
    TableTools::addActions(&menu, m_callsView);
    QAction *chosen = menu.exec(m_callsView->viewport()->mapToGlobal(pos));
    bool ok = false;
    if (chosen == note) {
        const QString text = QInputDialog::getText(this, tr("Note on call %1").arg(id), tr("Note:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok)
            annotateCall(id, text);
    } else if (chosen == tag) {
        const QString text = QInputDialog::getText(this, tr("Tag call %1").arg(id), tr("Tag:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok)
            tagCall(id, text.startsWith(QLatin1Char('#')) ? text.mid(1) : text);
    }
}

void CasePage::setCase(CaseFile *cf, const std::optional<CaseCounts> &counts)
{
    m_verifyWatcher.waitForFinished();
    m_callsQuery->cancel();
    m_caseCounts = counts;
    m_callsStatus->hide();
    if (cf != m_case) {
        // Another case: nothing of the last one's view (its number, selection, order) carries over.
        const QSignalBlocker block(m_callsFilter);
        m_callsFilter->clear();
        m_callsModel->setNumberFilter(QString());
        m_callsView->clearSelection();
        m_complaintsView->clearSelection();
        m_complaintsView->sortByColumn(-1, Qt::AscendingOrder); // the case's order
    }
    m_case = cf;
    m_verifyStatus->clear();
    refresh();
}

void CasePage::refresh()
{
    m_listsQuery->cancel();
    if (!m_case) {
        m_sourcesModel->setSources({});
        m_auditModel->setEntries({});
        m_callsModel->setDatabase(nullptr);
        m_rejectedModel->setDatabase(nullptr);
        m_complaintsModel->setDatabase(nullptr);
        m_caseCounts.reset();
        m_listsLoaded = false;
        m_title->clear();
        m_details->clear();
        m_counts->clear();
        return;
    }
    // Every time shown is in the case's zone (and after a change of zone, in the new one).
    m_sourcesModel->setClock(m_case->clock());
    m_auditModel->setClock(m_case->clock());
    m_callsModel->setClock(m_case->clock());
    m_complaintsModel->setClock(m_case->clock());
    m_sourcesModel->setSources(m_case->sources().list());
    m_auditModel->setEntries(m_case->audit().entries());
    m_callsModel->setDatabase(&m_case->db());
    if (!m_callsModel->numberFilter().isEmpty())
        filterCalls(m_callsModel->numberFilter()); // the number's calls as the case has them now
    // Widths from the header and the first rows: the calls model is lazy, and the view's own
    // resizeColumnsToContents() would page through every call of the case.
    if (m_callsView->model())
        ColumnMemory::restoreOrFit(m_callsView);
    ColumnMemory::restoreOrFit(m_sourcesView);
    ColumnMemory::restoreOrFit(m_auditView);
    m_auditView->scrollToBottom();
    m_listsLoaded = false;
    m_listsQuery->start(m_case->path(), [this](CaseFile *cf, const QString &) -> std::function<void()> {
        if (!cf)
            return [] {};
        const CaseCounts counts = cf->counts();
        ComplaintsModel::Snapshot complaints = ComplaintsModel::read(cf->db());
        RejectedRowsModel::Snapshot rejected = RejectedRowsModel::read(cf->db());
        return [this, counts, complaints = std::move(complaints), rejected = std::move(rejected)]() mutable {
            m_caseCounts = counts;
            m_complaintsModel->setSnapshot(std::move(complaints));
            m_rejectedModel->setSnapshot(std::move(rejected));
            m_listsLoaded = true;
            ColumnMemory::restoreOrFit(m_complaintsView);
            ColumnMemory::restoreOrFit(m_rejectedView);
            retranslateUi();
        };
    });
    retranslateUi();
}

bool CasePage::isLoading() const
{
    return m_listsQuery->isBusy();
}

void CasePage::startVerify()
{
    if (!m_case || m_verifyWatcher.isRunning())
        return;
    m_verifyButton->setEnabled(false);
    m_verifyStatus->setText(tr("Verifying integrity and audit chain…"));
    const QString path = m_case->path();
    m_verifyWatcher.setFuture(QtConcurrent::run(backgroundPool(), [path] {
        backgroundPriority();
        return CaseVerifier::verify(path);
    }));
}

void CasePage::showVerifyResult(const VerifyResult &r)
{
    m_verifyButton->setEnabled(true);
    m_verifyStatus->setText(verifyVerdict(r));
    // Only a trusted verdict is green: an intact case signed by a key this workstation does not
    // know proves nothing about who made it.
    m_verifyStatus->setStyleSheet(r.trust == Trust::Trusted ? QStringLiteral("color: #1b5e20;")
                                  : r.trust == Trust::UntrustedKey
                                      ? QStringLiteral("color: #8a5300; font-weight: bold;")
                                      : QStringLiteral("color: #b71c1c; font-weight: bold;"));
}

QString CasePage::verifyVerdict(const VerifyResult &r)
{
    QStringList signers, untrusted;
    for (const CaseSigner &s : r.signers) {
        if (s.trusted)
            signers << tr("%1 (trusted as %2)").arg(s.fingerprint, s.trustedAs);
        else
            untrusted << s.fingerprint;
    }
    switch (r.trust) {
    case Trust::Trusted:
        return tr("Verified and trusted: SQLite integrity, references, the audit chain and the seal are "
                  "intact; "
                  "signed by %1.")
            .arg(signers.join(QStringLiteral(", ")));
    case Trust::UntrustedKey:
        if (r.signers.isEmpty())
            return tr(
                "Intact, but NOT trusted: the case is unchanged, but nothing in it is signed, so nothing "
                "says which workstation made it.");
        return tr("Intact, but NOT trusted: the case is unchanged since it was sealed, but signed by %n "
                  "key(s) "
                  "this workstation does not trust: %1. Compare the fingerprint with its owner, then trust "
                  "it "
                  "(dialtrace-cli keys trust).",
                  nullptr, int(untrusted.size()))
            .arg(untrusted.isEmpty() ? tr("none") : untrusted.join(QStringLiteral(", ")));
    case Trust::Broken:
        break;
    }
    QStringList failed;
    for (const auto &c : r.checks) {
        if (!c.ok)
            failed << c.message;
    }
    return tr("BROKEN, changed outside DialTrace: %1").arg(failed.join(QStringLiteral("; ")));
}

bool CasePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_callsPage && event->type() == QEvent::Show && !m_callsView->model()) {
        m_callsView->setModel(m_callsModel);
        m_callsHint->watchModel();
        ColumnMemory::restoreOrFit(m_callsView);
    }
    return QWidget::eventFilter(watched, event);
}

void CasePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CasePage::retranslateUi()
{
    m_rejectedModel->languageChanged();
    m_verifyButton->setText(tr("Verify integrity"));
    m_tabs->setTabText(m_tabs->indexOf(m_callsPage), tr("Calls"));
    m_callsFilter->setPlaceholderText(tr("Calls of a number (any spelling) — Return"));
    m_tabs->setTabText(m_tabs->indexOf(m_sourcesView), tr("Sources"));
    m_tabs->setTabText(m_tabs->indexOf(m_complaintsView),
                       m_listsLoaded ? tr("Complaints (%1)").arg(m_complaintsModel->total())
                                     : tr("Complaints"));
    m_tabs->setTabText(m_tabs->indexOf(m_rejectedView),
                       m_listsLoaded ? tr("Rejected rows (%1)").arg(m_rejectedModel->total())
                                     : tr("Rejected rows"));
    m_tabs->setTabText(m_tabs->indexOf(m_auditView), tr("Audit log"));
    if (!m_case)
        return;
    m_title->setText(m_case->title());
    QString details =
        tr("File: %1 · created %2 with DialTrace %3 · schema %4 · times in %5")
            .arg(m_case->path(), m_case->clock().stampOfIso(m_case->meta(QStringLiteral("created_utc"))),
                 m_case->meta(QStringLiteral("created_with")))
            .arg(m_case->schemaVersion())
            .arg(m_case->clock().description());
    if (m_case->isReadOnly())
        details += QStringLiteral(" · ") + tr("READ-ONLY: %1").arg(m_case->readOnlyReason());
    m_details->setText(details);
    if (!m_caseCounts) {
        m_counts->setText(tr("Counting the calls, numbers and records…"));
        return;
    }
    const CaseCounts &c = *m_caseCounts;
    const QLocale loc;
    m_counts->setText(
        tr("%1 sources · %2 calls · %3 numbers · %4 leak records · %5 complaints · %6 rejected rows · "
           "%7 analysis runs · %8 audit entries")
            .arg(loc.toString(c.sources), loc.toString(c.calls), loc.toString(c.numbers),
                 loc.toString(c.leakRecords), loc.toString(c.complaints), loc.toString(c.rejectedRows),
                 loc.toString(c.analysisRuns), loc.toString(c.auditEntries)));
}

void CasePage::filterCalls(const QString &value)
{
    m_callsQuery->cancel();
    m_callsStatus->hide();
    if (value.trimmed().isEmpty()) {
        m_callsModel->setNumberFilter(QString());
        fitCallsColumns();
        return;
    }
    NumberClass cls;
    const QString key = PhoneClassifier().normalize(value.trimmed(), &cls);
    // A filter set from elsewhere (a number selected in another view) shows in the box too.
    if (m_callsFilter->text().trimmed() != value.trimmed()) {
        const QSignalBlocker block(m_callsFilter);
        m_callsFilter->setText(value.trimmed());
    }
    if (!m_case)
        return;
    m_callsModel->setLoading(key);
    m_callsStatus->setText(tr("Loading the calls of %1…").arg(key));
    m_callsStatus->show();
    m_callsQuery->start(m_case->path(), [this, key](CaseFile *cf, const QString &openError) {
        QString error = openError;
        bool found = false;
        std::vector<qint64> ids =
            cf ? CallsModel::callsOf(cf->db(), key, &found, &error) : std::vector<qint64>();
        return std::function<void()>([this, key, ids = std::move(ids), found, error]() mutable {
            m_callsModel->setNumberCalls(key, std::move(ids));
            fitCallsColumns();
            if (!error.isEmpty())
                m_callsStatus->setText(error);
            else if (!found)
                m_callsStatus->setText(tr("The case has no number %1.").arg(key));
            m_callsStatus->setVisible(!error.isEmpty() || !found);
        });
    });
}

void CasePage::fitCallsColumns()
{
    // A reset of the model gives every column the header's default width, too narrow for a time
    // or a number: sized again from the header and the first rows (never every row, issue #32).
    if (m_callsView->model())
        ColumnMemory::restoreOrFit(m_callsView);
}

bool CasePage::callsLoading() const
{
    return m_callsModel->isLoading();
}

} // namespace dt::ui
