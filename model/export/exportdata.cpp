#include "export/exportdata.h"

#include "case/database.h"

#include <algorithm>
#include <map>
#include <QDateTime>
#include <unordered_map>

namespace dt::exports {

using graph::EdgeType;
using graph::NodeType;

namespace {

bool isDirected(EdgeType t)
{
    switch (t) {
    case EdgeType::Call:
    case EdgeType::Member:
    case EdgeType::Leak:
    case EdgeType::Lineage:
        return true;
    case EdgeType::DeviceUse:
    case EdgeType::CellUse:
    case EdgeType::Listed:
    case EdgeType::PersonPhone:
        return false;
    }
    return true;
}

/// Merges overlapping or touching intervals (sorted by start first).
std::vector<Spell> merged(std::vector<Spell> s)
{
    std::sort(s.begin(), s.end(), [](const Spell &a, const Spell &b) { return a.start < b.start; });
    std::vector<Spell> out;
    for (const Spell &x : s) {
        if (!out.empty() && x.start <= out.back().end)
            out.back().end = std::max(out.back().end, x.end);
        else
            out.push_back(x);
    }
    return out;
}

/// The durations of calls between two numbers, read from the case: (caller id, callee id) → start →
/// durations (a multimap, as two calls can start in the same second).
class CallDurations
{
public:
    explicit CallDurations(Database &db)
        : m_id(db.prepare(QStringLiteral("SELECT id FROM numbers WHERE value = ?")))
        , m_calls(
              db.prepare(QStringLiteral("SELECT callee, start_utc, duration FROM calls WHERE caller = ?")))
    {}
    /// The duration of the call from @p caller to @p callee at @p start, or -1 when the case holds
    /// none (the chart was built before the case changed). Each call is taken once.
    qint64 take(const QString &caller, const QString &callee, qint64 start)
    {
        const qint64 a = idOf(caller), b = idOf(callee);
        if (!a || !b)
            return -1;
        auto &byCallee = callsOf(a);
        const auto c = byCallee.find(b);
        if (c == byCallee.end())
            return -1;
        const auto it = c->second.find(start);
        if (it == c->second.end())
            return -1;
        const qint64 d = it->second;
        c->second.erase(it);
        return d;
    }

private:
    qint64 idOf(const QString &key)
    {
        const auto it = m_ids.find(key);
        if (it != m_ids.end())
            return it->second;
        m_id.reset();
        m_id.bind(1, key);
        const qint64 id = m_id.step() ? m_id.int64(0) : 0;
        m_ids.emplace(key, id);
        return id;
    }
    std::unordered_map<qint64, std::multimap<qint64, qint64>> &callsOf(qint64 caller)
    {
        auto it = m_byCaller.find(caller);
        if (it != m_byCaller.end())
            return it->second;
        auto &m = m_byCaller[caller];
        m_calls.reset();
        m_calls.bind(1, caller);
        while (m_calls.step())
            m[m_calls.int64(0)].emplace(m_calls.int64(1), m_calls.int64(2));
        return m;
    }
    Statement m_id, m_calls;
    std::unordered_map<QString, qint64> m_ids;
    std::unordered_map<qint64, std::unordered_map<qint64, std::multimap<qint64, qint64>>> m_byCaller;
};

} // namespace

const std::vector<Attribute> &ExportData::nodeAttributes()
{
    static const std::vector<Attribute> a = {
        {QStringLiteral("type"), AttrType::Text},       {QStringLiteral("key"), AttrType::Text},
        {QStringLiteral("label"), AttrType::Text},      {QStringLiteral("volume"), AttrType::Real},
        {QStringLiteral("members"), AttrType::Integer}, {QStringLiteral("calls"), AttrType::Integer},
        {QStringLiteral("first_call"), AttrType::Time}, {QStringLiteral("last_call"), AttrType::Time},
        {QStringLiteral("x"), AttrType::Real},          {QStringLiteral("y"), AttrType::Real}};
    return a;
}

const std::vector<Attribute> &ExportData::edgeAttributes()
{
    static const std::vector<Attribute> a = {{QStringLiteral("type"), AttrType::Text},
                                             {QStringLiteral("count"), AttrType::Integer},
                                             {QStringLiteral("duration"), AttrType::Integer},
                                             {QStringLiteral("first_call"), AttrType::Time},
                                             {QStringLiteral("last_call"), AttrType::Time}};
    return a;
}

int ExportData::nodeColumn(const QString &key)
{
    const auto &a = nodeAttributes();
    for (size_t i = 0; i < a.size(); ++i)
        if (a[i].key == key)
            return int(i);
    return -1;
}

int ExportData::edgeColumn(const QString &key)
{
    const auto &a = edgeAttributes();
    for (size_t i = 0; i < a.size(); ++i)
        if (a[i].key == key)
            return int(i);
    return -1;
}

QString ExportData::timeText(qint64 utc) const
{
    const int offset = clock.offsetAt(utc);
    const QString local =
        QDateTime::fromSecsSinceEpoch(utc + offset, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (offset == 0)
        return local + QLatin1Char('Z');
    const int a = std::abs(offset);
    return local + (offset < 0 ? QLatin1Char('-') : QLatin1Char('+')) +
           QStringLiteral("%1:%2")
               .arg(a / 3600, 2, 10, QLatin1Char('0'))
               .arg(a % 3600 / 60, 2, 10, QLatin1Char('0'));
}

QString ExportData::valueText(const QVariant &v, AttrType type) const
{
    if (!v.isValid() || v.isNull())
        return {};
    switch (type) {
    case AttrType::Text:
        return v.toString();
    case AttrType::Integer:
        return QString::number(v.toLongLong());
    case AttrType::Real:
        return QString::number(v.toDouble(), 'g', 15);
    case AttrType::Boolean:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case AttrType::Time:
        return timeText(v.toLongLong());
    }
    return {};
}

ExportData ExportData::fromGraph(const graph::LinkGraph &g, const graph::GraphFilter &f, Database *db,
                                 const CaseClock &clock)
{
    ExportData d;
    d.clock = clock;
    d.windowFrom = f.from;
    d.windowTo = f.to;
    std::vector<int> newIndex(size_t(g.nodeCount()), -1), oldIndex;
    for (int i = 0; i < g.nodeCount(); ++i) {
        if (!g.nodeVisible(i, f))
            continue;
        const graph::Node &n = g.node(i);
        newIndex[size_t(i)] = int(d.nodes.size());
        oldIndex.push_back(i);
        ExportNode x;
        x.id = QStringLiteral("n%1").arg(d.nodes.size());
        x.type = n.type;
        x.key = n.key;
        x.label = n.label;
        // A tenth of a scene unit, as the chart's saved state keeps places.
        x.x = qRound(n.x * 10) / 10.0;
        x.y = qRound(n.y * 10) / 10.0;
        d.nodes.push_back(std::move(x));
    }
    std::unique_ptr<CallDurations> durations;
    if (db)
        durations = std::make_unique<CallDurations>(*db);
    struct NodeCalls
    {
        qint64 calls = 0, first = 0, last = 0, lastEnd = 0;
        bool any = false;
    };
    std::vector<NodeCalls> nodeCalls(d.nodes.size());
    const bool windowed = f.from != 0 || f.to != 0;
    for (int i = 0; i < g.edgeCount(); ++i) {
        const graph::Edge &e = g.edge(i);
        const int a = newIndex[size_t(e.a)], b = newIndex[size_t(e.b)];
        if (a < 0 || b < 0 || !g.edgeVisible(i, f))
            continue;
        ExportEdge x;
        x.id = QStringLiteral("e%1").arg(d.edges.size());
        x.source = a;
        x.target = b;
        x.type = e.type;
        x.directed = isDirected(e.type);
        x.values.resize(edgeAttributes().size());
        x.values[0] = graph::edgeTypeName(e.type);
        if (e.type != EdgeType::Call || e.times.empty()) {
            x.values[1] = g.weight(i, f);
            if (e.type == EdgeType::Call && !windowed)
                x.values[2] = e.duration;
            d.edges.push_back(std::move(x));
            continue;
        }
        const auto lo = f.from ? std::lower_bound(e.times.begin(), e.times.end(), f.from) : e.times.begin();
        const auto hi = f.to ? std::lower_bound(e.times.begin(), e.times.end(), f.to) : e.times.end();
        const graph::Node &na = g.node(e.a), &nb = g.node(e.b);
        const bool numbers = na.type == NodeType::Number && nb.type == NodeType::Number;
        qint64 total = 0;
        bool allKnown = numbers && durations;
        std::vector<Spell> spells;
        for (auto t = lo; t != hi; ++t) {
            qint64 dur = allKnown ? durations->take(na.key, nb.key, *t) : -1;
            if (dur < 0) {
                allKnown = false;
                dur = 0;
            }
            total += dur;
            spells.push_back({*t, *t + dur});
        }
        const qint64 count = qint64(hi - lo);
        x.values[1] = count;
        if (allKnown)
            x.values[2] = total;
        else if (!windowed)
            x.values[2] = e.duration;
        if (count > 0) {
            x.values[3] = *lo;
            x.values[4] = *(hi - 1);
        }
        x.spells = merged(std::move(spells));
        for (int end : {a, b}) {
            NodeCalls &c = nodeCalls[size_t(end)];
            if (count == 0)
                continue;
            c.calls += count;
            c.first = c.any ? std::min(c.first, *lo) : *lo;
            c.last = c.any ? std::max(c.last, *(hi - 1)) : *(hi - 1);
            c.lastEnd = std::max(c.lastEnd, x.spells.back().end);
            c.any = true;
        }
        d.edges.push_back(std::move(x));
    }
    for (size_t k = 0; k < d.nodes.size(); ++k) {
        ExportNode &x = d.nodes[k];
        const graph::Node &n = g.node(oldIndex[k]);
        x.values.resize(nodeAttributes().size());
        x.values[0] = graph::nodeTypeName(x.type);
        x.values[1] = x.key;
        x.values[2] = x.label;
        x.values[3] = n.volume;
        if (x.type == NodeType::Aggregate)
            x.values[4] = n.members;
        const NodeCalls &c = nodeCalls[k];
        if (c.any) {
            x.values[5] = c.calls;
            x.values[6] = c.first;
            x.values[7] = c.last;
            x.spells.push_back({c.first, c.lastEnd});
        }
        x.values[8] = x.x;
        x.values[9] = x.y;
    }
    return d;
}

} // namespace dt::exports
