#include "graph/linkgraphbuilder.h"

#include "case/database.h"

#include <algorithm>
#include <map>
#include <QSet>
#include <QVariant>

namespace dt::graph {

namespace {
const QLatin1String kOut("|out"), kIn("|in"), kRecords("|records");

/// Adds a neighbour of @p from and the edge to it; returns the neighbour's index.
int link(LinkGraph *g, int from, Node n, EdgeType type, qint64 count, bool outgoing)
{
    n.expandedFrom = from;
    const int to = g->addNode(n);
    Edge e;
    e.a = outgoing ? from : to;
    e.b = outgoing ? to : from;
    e.type = type;
    e.count = count;
    g->addEdge(std::move(e));
    return to;
}

Node makeNode(NodeType t, const QString &key, const QString &label, double volume)
{
    Node n;
    n.type = t;
    n.key = key;
    n.label = label.isEmpty() ? key : label;
    n.volume = volume;
    return n;
}
} // namespace

LinkGraphBuilder::LinkGraphBuilder(Database &db, std::shared_ptr<const analysis::Findings> findings)
    : m_db(db)
    , m_findings(findings ? std::move(findings) : std::make_shared<const analysis::Findings>())
{
    for (const analysis::Operator &o : m_findings->operators)
        for (const QString &n : o.numbers)
            m_operatorOf.insert(n, o.id);
    for (const analysis::Suspect &s : m_findings->suspects)
        m_suspects.insert(s.key);
}

LinkGraphBuilder::LinkGraphBuilder(Database &db, const analysis::Findings &findings)
    : LinkGraphBuilder(db, std::make_shared<const analysis::Findings>(findings))
{}

double LinkGraphBuilder::operatorVolume(const QString &id) const
{
    const analysis::Operator *o = m_findings->operatorById(id);
    return o ? double(o->victims) : 0.0;
}

qint64 LinkGraphBuilder::numberId(const QString &key)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT id FROM numbers WHERE value = ?"));
    s.bind(1, key);
    return s.step() ? s.int64(0) : 0;
}

int LinkGraphBuilder::numberNode(LinkGraph *g, const QString &key, int from)
{
    Node n = makeNode(NodeType::Number, key, key, 1);
    n.expandedFrom = from;
    return g->addNode(n);
}

bool LinkGraphBuilder::overview(LinkGraph *g, QString *error)
{
    Q_UNUSED(error)
    QHash<QString, double> listRecords;
    for (const analysis::ListSummary &l : m_findings->leakLists)
        listRecords.insert(l.source, double(l.records));
    for (const analysis::Operator &o : m_findings->operators) {
        const int op = g->addNode(makeNode(NodeType::Operator, o.id, o.id, double(o.victims)));
        g->node(op).expanded = true;
        for (const QString &n : o.numbers)
            link(g, op, makeNode(NodeType::Number, n, n, 1), EdgeType::Member, 1, true);
        for (const analysis::ListAttribution &l : o.leaks) {
            if (!l.significant)
                continue;
            link(g, op, makeNode(NodeType::LeakList, l.source, l.source, listRecords.value(l.source)),
                 EdgeType::Leak, l.victimsInLeak, false);
        }
    }
    for (const analysis::Resale &l : m_findings->lineage) {
        Edge e;
        e.a = g->addNode(makeNode(NodeType::LeakList, l.parent, l.parent, listRecords.value(l.parent)));
        e.b = g->addNode(makeNode(NodeType::LeakList, l.child, l.child, listRecords.value(l.child)));
        e.type = EdgeType::Lineage;
        e.count = l.sharedRecords;
        g->addEdge(std::move(e));
    }
    return true;
}

int LinkGraphBuilder::ensure(LinkGraph *g, NodeType type, const QString &key, QString *error)
{
    const int have = g->find(type, key);
    if (have >= 0)
        return have;
    if (type == NodeType::Number) {
        if (!numberId(key)) {
            *error = tr("the case holds no number %1").arg(key);
            return -1;
        }
        return numberNode(g, key, -1);
    }
    if (type == NodeType::Operator) {
        if (!m_findings->operatorById(key)) {
            *error = tr("the latest analysis run has no operator %1").arg(key);
            return -1;
        }
        return g->addNode(makeNode(NodeType::Operator, key, key, operatorVolume(key)));
    }
    if (type == NodeType::LeakList) {
        Statement s = m_db.prepare(
            QStringLiteral("SELECT rows_accepted FROM sources WHERE name = ? AND kind = 'leak'"));
        s.bind(1, key);
        if (!s.step()) {
            *error = tr("the case holds no leaked list %1").arg(key);
            return -1;
        }
        return g->addNode(makeNode(NodeType::LeakList, key, key, double(s.int64(0))));
    }
    *error = tr("this kind of entity cannot be put on the chart by name");
    return -1;
}

bool LinkGraphBuilder::expand(LinkGraph *g, int node, QString *error)
{
    if (node < 0 || node >= g->nodeCount()) {
        *error = tr("no such node on the chart");
        return false;
    }
    const NodeType t = g->node(node).type;
    const QString key = g->node(node).key;
    bool ok = true;
    switch (t) {
    case NodeType::Number:
        ok = expandNumber(g, node, error);
        break;
    case NodeType::Operator:
        ok = expandOperator(g, node);
        break;
    case NodeType::LeakList:
        ok = expandList(g, node, error);
        break;
    case NodeType::Device:
        ok = expandByQuery(
            g, node,
            QStringLiteral("SELECT n.value, count(*) FROM calls c JOIN numbers n ON n.id = c.caller "
                           "WHERE c.device = (SELECT id FROM devices WHERE imei = ?1) GROUP BY c.caller "
                           "UNION ALL SELECT n.value, count(*) FROM calls c JOIN numbers n ON n.id = "
                           "c.callee WHERE c.callee_device = (SELECT id FROM devices WHERE imei = ?1) "
                           "GROUP BY c.callee"),
            key, error);
        break;
    case NodeType::Cell:
        ok = expandByQuery(
            g, node,
            QStringLiteral("SELECT n.value, count(*) FROM calls c JOIN numbers n ON n.id = c.caller "
                           "WHERE c.cell = ?1 GROUP BY c.caller UNION ALL SELECT n.value, count(*) "
                           "FROM calls c JOIN numbers n ON n.id = c.callee WHERE c.callee_cell = ?1 "
                           "GROUP BY c.callee"),
            key, error);
        break;
    case NodeType::Person: {
        Statement s =
            m_db.prepare(QStringLiteral("SELECT n.value FROM persons p JOIN numbers n ON n.id = p.phone "
                                        "WHERE p.id = ?"));
        s.bind(1, key.toLongLong());
        if (s.step())
            link(g, node, makeNode(NodeType::Number, s.text(0), s.text(0), 1), EdgeType::PersonPhone, 1,
                 true);
        Statement l =
            m_db.prepare(QStringLiteral("SELECT s.name, count(*) FROM leak_records r JOIN sources s ON "
                                        "s.id = r.source_id WHERE r.person = ? GROUP BY s.id"));
        l.bind(1, key.toLongLong());
        while (l.step())
            link(g, node, makeNode(NodeType::LeakList, l.text(0), l.text(0), 0), EdgeType::Listed, l.int64(1),
                 true);
        ok = s.ok() && l.ok();
        if (!ok)
            *error = l.errorString();
        break;
    }
    case NodeType::Aggregate:
        return openAggregate(g, node, 5000, error);
    }
    if (ok)
        g->node(node).expanded = true;
    return ok;
}

bool LinkGraphBuilder::expandByQuery(LinkGraph *g, int node, const QString &sql, const QVariant &arg,
                                     QString *error)
{
    Statement s = m_db.prepare(sql);
    s.bind(1, arg.toString());
    const EdgeType et = g->node(node).type == NodeType::Device ? EdgeType::DeviceUse : EdgeType::CellUse;
    int added = 0;
    while (s.step() && added < m_hubLimit * 25) {
        link(g, node, makeNode(NodeType::Number, s.text(0), s.text(0), 1), et, s.int64(1), false);
        ++added;
    }
    if (!s.ok()) {
        *error = s.errorString();
        return false;
    }
    return true;
}

bool LinkGraphBuilder::addCalls(LinkGraph *g, int node, qint64 id, bool outgoing, int limit,
                                bool aggregateRest, QString *error)
{
    struct Calls
    {
        std::vector<qint64> times;
        qint64 duration = 0;
    };
    std::map<qint64, Calls> by;
    Statement s = m_db.prepare(
        outgoing ? QStringLiteral("SELECT callee, start_utc, duration FROM calls WHERE caller = ?")
                 : QStringLiteral("SELECT caller, start_utc, duration FROM calls WHERE callee = ?"));
    s.bind(1, id);
    while (s.step()) {
        Calls &c = by[s.int64(0)];
        c.times.push_back(s.int64(1));
        c.duration += s.int64(2);
    }
    if (!s.ok()) {
        *error = s.errorString();
        return false;
    }
    std::vector<std::pair<qint64, qint64>> order; // (-calls, counterpart): most calls first, then id
    for (const auto &[other, c] : by)
        order.push_back({-qint64(c.times.size()), other});
    std::sort(order.begin(), order.end());
    Statement name = m_db.prepare(QStringLiteral("SELECT value FROM numbers WHERE id = ?"));
    const bool many = aggregateRest && qint64(order.size()) > m_hubLimit;
    Edge rest;
    qint64 restMembers = 0;
    int added = 0;
    const QString hubKey = g->node(node).key;
    for (const auto &[negCalls, other] : order) {
        name.reset();
        name.bind(1, other);
        if (!name.step())
            continue;
        const QString key = name.text(0);
        Calls &c = by[other];
        // Calls already on the chart (from the other party's expansion) are not counted twice.
        const int existing = g->find(NodeType::Number, key);
        if (existing >= 0 &&
            g->findEdge(outgoing ? node : existing, outgoing ? existing : node, EdgeType::Call) >= 0)
            continue;
        const bool individual = !many || g->find(NodeType::Number, key) >= 0 || m_suspects.contains(key) ||
                                m_operatorOf.contains(key);
        if (!individual || added >= limit) {
            rest.times.insert(rest.times.end(), c.times.begin(), c.times.end());
            rest.duration += c.duration;
            rest.count += qint64(c.times.size());
            ++restMembers;
            continue;
        }
        const int to = numberNode(g, key, node);
        g->node(to).volume = std::max(g->node(to).volume, double(-negCalls));
        Edge e;
        e.a = outgoing ? node : to;
        e.b = outgoing ? to : node;
        e.type = EdgeType::Call;
        e.count = qint64(c.times.size());
        e.duration = c.duration;
        e.times = std::move(c.times);
        g->addEdge(std::move(e));
        ++added;
    }
    if (restMembers > 0) {
        Node a = makeNode(NodeType::Aggregate, hubKey + (outgoing ? kOut : kIn),
                          outgoing ? tr("%n callees", nullptr, int(restMembers))
                                   : tr("%n callers", nullptr, int(restMembers)),
                          double(rest.count));
        a.members = restMembers;
        a.aggregateEdge = EdgeType::Call;
        a.expandedFrom = node;
        const int ai = g->addNode(a);
        rest.a = outgoing ? node : ai;
        rest.b = outgoing ? ai : node;
        rest.type = EdgeType::Call;
        g->addEdge(std::move(rest));
    }
    return true;
}

bool LinkGraphBuilder::expandNumber(LinkGraph *g, int node, QString *error)
{
    const QString key = g->node(node).key;
    const qint64 id = numberId(key);
    if (!id) {
        *error = tr("the case holds no number %1").arg(key);
        return false;
    }
    if (!addCalls(g, node, id, true, m_hubLimit, true, error) ||
        !addCalls(g, node, id, false, m_hubLimit, true, error))
        return false;
    const QString op = m_operatorOf.value(key);
    if (!op.isEmpty()) {
        const int o = g->addNode(makeNode(NodeType::Operator, op, op, operatorVolume(op)));
        Edge e;
        e.a = o;
        e.b = node;
        e.type = EdgeType::Member;
        e.count = 1;
        g->addEdge(std::move(e));
    }
    struct Q
    {
        const char *sql;
        NodeType type;
        EdgeType edge;
    };
    const Q queries[] = {
        {"SELECT d.imei, count(*) FROM calls c JOIN devices d ON d.id = c.device WHERE c.caller = ?1 GROUP "
         "BY d.id "
         "UNION ALL SELECT d.imei, count(*) FROM calls c JOIN devices d ON d.id = c.callee_device WHERE "
         "c.callee = ?1 "
         "GROUP BY d.id",
         NodeType::Device, EdgeType::DeviceUse},
        {"SELECT cell, count(*) AS k FROM calls WHERE caller = ?1 AND cell IS NOT NULL GROUP BY cell UNION "
         "ALL "
         "SELECT callee_cell, count(*) FROM calls WHERE callee = ?1 AND callee_cell IS NOT NULL GROUP BY "
         "callee_cell "
         "ORDER BY 2 DESC",
         NodeType::Cell, EdgeType::CellUse},
        {"SELECT s.name, count(*) FROM leak_records r JOIN sources s ON s.id = r.source_id WHERE r.phone = "
         "?1 "
         "GROUP BY s.id",
         NodeType::LeakList, EdgeType::Listed},
    };
    for (const Q &q : queries) {
        Statement s = m_db.prepare(QString::fromLatin1(q.sql));
        s.bind(1, id);
        int added = 0;
        while (s.step() && added++ < m_hubLimit)
            link(g, node, makeNode(q.type, s.text(0), s.text(0), double(s.int64(1))), q.edge, s.int64(1),
                 true);
        if (!s.ok()) {
            *error = s.errorString();
            return false;
        }
    }
    Statement p =
        m_db.prepare(QStringLiteral("SELECT id, coalesce(name, ''), coalesce(id_card, '') FROM persons "
                                    "WHERE phone = ? LIMIT ?"));
    p.bind(1, id).bind(2, m_hubLimit);
    while (p.step()) {
        const QString label = p.text(1).isEmpty() ? p.text(2) : p.text(1);
        link(g, node, makeNode(NodeType::Person, QString::number(p.int64(0)), label, 1),
             EdgeType::PersonPhone, 1, false);
    }
    return p.ok();
}

bool LinkGraphBuilder::expandOperator(LinkGraph *g, int node)
{
    const analysis::Operator *o = m_findings->operatorById(g->node(node).key);
    if (!o)
        return true;
    for (const QString &n : o->numbers)
        link(g, node, makeNode(NodeType::Number, n, n, 1), EdgeType::Member, 1, true);
    for (const analysis::ListAttribution &l : o->leaks) {
        if (!l.significant && l.victimsInLeak == 0)
            continue;
        link(g, node, makeNode(NodeType::LeakList, l.source, l.source, 0), EdgeType::Leak, l.victimsInLeak,
             false);
    }
    return true;
}

bool LinkGraphBuilder::expandList(LinkGraph *g, int node, QString *error)
{
    const QString name = g->node(node).key;
    for (const analysis::Resale &l : m_findings->lineage) {
        if (l.parent != name && l.child != name)
            continue;
        link(g, node, makeNode(NodeType::LeakList, l.parent == name ? l.child : l.parent, QString(), 0),
             EdgeType::Lineage, l.sharedRecords, l.parent == name);
    }
    for (const analysis::Operator &o : m_findings->operators) {
        for (const analysis::ListAttribution &l : o.leaks) {
            if (l.source != name || !l.significant)
                continue;
            link(g, node, makeNode(NodeType::Operator, o.id, o.id, double(o.victims)), EdgeType::Leak,
                 l.victimsInLeak, true);
        }
    }
    // The list's records: thousands of people, one aggregate node until the analyst opens it.
    Statement s =
        m_db.prepare(QStringLiteral("SELECT count(DISTINCT r.person) FROM leak_records r JOIN sources s ON "
                                    "s.id = r.source_id WHERE s.name = ? AND r.person IS NOT NULL"));
    s.bind(1, name);
    if (!s.step()) {
        if (!s.ok()) {
            *error = s.errorString();
            return false;
        }
        return true;
    }
    const qint64 persons = s.int64(0);
    if (persons > 0) {
        Node a = makeNode(NodeType::Aggregate, name + kRecords, tr("%n persons", nullptr, int(persons)),
                          double(persons));
        a.members = persons;
        a.aggregateEdge = EdgeType::Listed;
        link(g, node, a, EdgeType::Listed, persons, true);
    }
    return true;
}

bool LinkGraphBuilder::openAggregate(LinkGraph *g, int node, int limit, QString *error)
{
    const Node a = g->node(node);
    if (a.type != NodeType::Aggregate || a.expandedFrom < 0) {
        *error = tr("this node is not an aggregate");
        return false;
    }
    const int hub = a.expandedFrom;
    g->removeNodes({node});
    const int h = hub > node ? hub - 1 : hub;
    if (a.key.endsWith(kRecords)) {
        Statement s = m_db.prepare(QStringLiteral("SELECT p.id, coalesce(p.name, ''), coalesce(p.id_card, "
                                                  "'') FROM leak_records r JOIN sources s ON s.id = "
                                                  "r.source_id JOIN persons p ON p.id = r.person WHERE "
                                                  "s.name = ? GROUP BY p.id ORDER BY min(r.line) LIMIT ?"));
        s.bind(1, g->node(h).key).bind(2, limit);
        while (s.step())
            link(g, h,
                 makeNode(NodeType::Person, QString::number(s.int64(0)),
                          s.text(1).isEmpty() ? s.text(2) : s.text(1), 1),
                 EdgeType::Listed, 1, false);
        if (!s.ok()) {
            *error = s.errorString();
            return false;
        }
        return true;
    }
    const qint64 id = numberId(g->node(h).key);
    return addCalls(g, h, id, a.key.endsWith(kOut), limit, false, error);
}

void LinkGraphBuilder::collapse(LinkGraph *g, int node)
{
    std::vector<int> remove;
    for (int i = 0; i < g->nodeCount(); ++i) {
        const Node &n = g->node(i);
        if (n.expandedFrom != node || n.pinned || n.expanded)
            continue;
        // Kept when it is linked to something other than the collapsing node.
        bool other = false;
        for (int e : g->incident(i)) {
            const int x = g->edge(e).a == i ? g->edge(e).b : g->edge(e).a;
            other = other || x != node;
        }
        if (!other)
            remove.push_back(i);
    }
    if (node >= 0 && node < g->nodeCount())
        g->node(node).expanded = false;
    g->removeNodes(remove);
}

} // namespace dt::graph
