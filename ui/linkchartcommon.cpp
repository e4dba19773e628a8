// The link chart's Common contacts: the numbers two or more selected numbers or operators all
// called or were called by, found off the GUI thread, put on the chart with their calls, highlighted,
// and listed in a table beside it.
#include "analysis/commoncontacts.h"
#include "case/casefile.h"
#include "case/database.h"
#include "columnmemory.h"
#include "graph/graphlayout.h"
#include "linkchartitems.h"
#include "linkchartpage.h"
#include "tabletools.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace dt::ui {

using graph::EdgeType;
using graph::LinkGraph;
using graph::NodeType;

namespace {

/// Puts the common contacts and their calls with the parties' numbers on @p g.
void addToChart(LinkGraph &g, const analysis::CommonContactsResult &r)
{
    for (const analysis::CommonContact &c : r.contacts) {
        graph::Node n;
        n.type = NodeType::Number;
        n.key = c.number;
        n.label = c.number;
        n.volume = double(c.calls);
        const int contact = g.addNode(n);
        for (size_t p = 0; p < c.byParty.size(); ++p) {
            const int op = r.parties[p].kind == QLatin1String("operator")
                               ? g.find(NodeType::Operator, r.parties[p].input)
                               : -1;
            for (const analysis::PartyCalls::Link &l : c.byParty[p].links) {
                graph::Node o;
                o.type = NodeType::Number;
                o.key = l.own;
                o.label = l.own;
                bool added = false;
                const int own = g.addNode(o, &added);
                if (added && op >= 0) { // an operator's number brought in: linked to its operator
                    graph::Edge m;
                    m.a = op;
                    m.b = own;
                    m.type = EdgeType::Member;
                    m.count = 1;
                    g.addEdge(m);
                }
                graph::Edge e;
                e.a = l.outgoing ? own : contact;
                e.b = l.outgoing ? contact : own;
                e.type = EdgeType::Call;
                // Calls already on the chart (an expansion brought them) are not counted twice.
                if (g.findEdge(e.a, e.b, EdgeType::Call) >= 0)
                    continue;
                e.count = qint64(l.times.size());
                e.duration = l.duration;
                e.times = l.times;
                g.addEdge(std::move(e));
            }
        }
    }
}

} // namespace

bool LinkChartPage::findCommonContacts(const std::vector<int> &nodes)
{
    if (!m_case || busy() || nodes.size() < 2)
        return false;
    QStringList inputs;
    for (int n : nodes) {
        if (n < 0 || n >= m_graph.nodeCount())
            return false;
        const graph::Node &x = m_graph.node(n);
        if (x.type != NodeType::Number && x.type != NodeType::Operator)
            return false;
        inputs << x.key;
    }
    clearHighlight();
    auto result = std::make_shared<analysis::CommonContactsResult>();
    auto *cancel = &m_cancelFlag;
    auto *done = &m_done;
    auto *total = &m_total;
    run(
        [path = m_case->path(), findings = m_findings, filter = m_filter, inputs, result, cancel, done,
         total](LinkGraph &g, QString *error) {
            Database db;
            if (!db.open(path, Database::OpenMode::ReadOnly)) {
                *error = db.lastError();
                return false;
            }
            std::vector<analysis::ContactParty> parties;
            const analysis::Findings none; // no run yet: every value must be a number
            if (!analysis::CommonContacts::resolve(db, findings ? *findings : none, inputs, &parties,
                                                   error) ||
                !analysis::CommonContacts::find(db, parties, result.get(), error, cancel))
                return false;
            result->runId = findings ? findings->run.id : 0;
            addToChart(g, *result);
            return graph::GraphLayout::forceDirected(g, filter, {}, cancel, [done, total](int x, int n) {
                *done = x;
                *total = n;
            });
        },
        tr("Finding common contacts"));
    connect(
        this, &LinkChartPage::workFinished, this,
        [this, result](bool ok) {
            if (!ok)
                return;
            showCommonContacts(*result);
        },
        Qt::SingleShotConnection);
    return true;
}

void LinkChartPage::showCommonContacts(const analysis::CommonContactsResult &r)
{
    clearHighlight();
    for (const analysis::ContactParty &p : r.parties) {
        const int n = m_graph.find(
            p.kind == QLatin1String("operator") ? NodeType::Operator : NodeType::Number, p.input);
        if (n >= 0)
            m_highlightNodes << n;
        for (const QString &own : p.numbers)
            if (const int o = m_graph.find(NodeType::Number, own); o >= 0)
                m_highlightNodes << o;
    }
    for (const analysis::CommonContact &c : r.contacts)
        if (const int n = m_graph.find(NodeType::Number, c.number); n >= 0)
            m_highlightNodes << n;
    std::vector<char> marked(size_t(m_graph.nodeCount()), 0);
    for (int n : std::as_const(m_highlightNodes))
        marked[size_t(n)] = 1;
    for (int e = 0; e < m_graph.edgeCount(); ++e)
        if (m_graph.edge(e).type == EdgeType::Call && marked[size_t(m_graph.edge(e).a)] &&
            marked[size_t(m_graph.edge(e).b)])
            m_highlightEdges << e;
    applyHighlight();
    QStringList who;
    for (const analysis::ContactParty &p : r.parties)
        who << p.input;
    m_status->setText(tr("%n number(s) in common to %1.", nullptr, int(r.contacts.size()))
                          .arg(who.join(QStringLiteral(", "))));
    if (!m_commonDialog) {
        m_commonDialog = new QDialog(this);
        m_commonDialog->setObjectName(QStringLiteral("commonContactsDialog"));
        m_commonDialog->resize(980, 480);
        auto *layout = new QVBoxLayout(m_commonDialog);
        m_commonLabel = new QLabel(m_commonDialog);
        m_commonLabel->setWordWrap(true);
        layout->addWidget(m_commonLabel);
        m_commonModel = new analysis::CommonContactsModel(m_commonDialog);
        QTableView *table = TableTools::makeTable(m_commonDialog, QStringLiteral("commonContactsView"),
                                                  TableTools::SingleSelection);
        table->setModel(m_commonModel);
        TableTools::install(table);
        layout->addWidget(table, 1);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, m_commonDialog);
        connect(buttons, &QDialogButtonBox::rejected, m_commonDialog, &QDialog::hide);
        layout->addWidget(buttons);
        connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this](const QModelIndex &i) {
                    const QString number = i.data(analysis::CommonContactsModel::NumberRole).toString();
                    if (!number.isEmpty())
                        selectEntity(NodeType::Number, number);
                });
    }
    m_commonDialog->setWindowTitle(tr("Common Contacts"));
    m_commonLabel->setText(
        tr("Numbers that %1 all called or were called by: %n number(s), most calls first. Each party's "
           "columns count its calls to the number and the number's calls to it.",
           nullptr, int(r.contacts.size()))
            .arg(who.join(QStringLiteral(", "))));
    m_commonModel->setResult(r, m_case->clock());
    if (auto *table = m_commonDialog->findChild<QTableView *>())
        ColumnMemory::restoreOrFit(table);
    m_commonDialog->show();
}

} // namespace dt::ui
