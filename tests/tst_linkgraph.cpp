// The link chart's graph: built from the sample case, expanded, aggregated, filtered by time, walked
// (shortest path, connections), laid out and saved.
#include "analysis/detection.h"
#include "analysis/findingsjson.h"
#include "case/auditlog.h"
#include "case/casefile.h"
#include "case/schema.h"
#include "case/seal.h"
#include "graph/chartstore.h"
#include "graph/graphlayout.h"
#include "graph/linkgraph.h"
#include "graph/linkgraphbuilder.h"
#include "samplebuild.h"

#include <cmath>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace dt;
using namespace dt::graph;

class TestLinkGraph : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<CaseFile> m_case;
    QJsonObject m_findings, m_truth; ///< the findings as `findings --json` prints them
    analysis::Findings m_typed;

    qint64 sqlCount(const QString &sql) { return m_case->db().scalar(sql).toLongLong(); }
    /// The operator with the most victims, and its busiest number.
    QJsonObject biggestOperator() const
    {
        QJsonObject best;
        for (const QJsonValue &v : m_findings.value(QStringLiteral("operators")).toArray())
            if (v.toObject().value(QStringLiteral("victims")).toDouble() >
                best.value(QStringLiteral("victims")).toDouble())
                best = v.toObject();
        return best;
    }
    QString busiestNumber(const QJsonObject &op)
    {
        QString best;
        qint64 most = -1;
        for (const QJsonValue &n : op.value(QStringLiteral("numbers")).toArray()) {
            const qint64 c =
                sqlCount(QStringLiteral("SELECT count(*) FROM calls c JOIN numbers n ON n.id = c.caller "
                                        "WHERE n.value = '%1'")
                             .arg(n.toString()));
            if (c > most) {
                most = c;
                best = n.toString();
            }
        }
        return best;
    }
    qint64 callsOf(const QString &number, qint64 from = 0, qint64 to = 0)
    {
        QString where = QStringLiteral("(a.value = '%1' OR b.value = '%1')").arg(number);
        if (from)
            where += QStringLiteral(" AND c.start_utc >= %1").arg(from);
        if (to)
            where += QStringLiteral(" AND c.start_utc < %1").arg(to);
        return sqlCount(
            QStringLiteral("SELECT count(*) FROM calls c JOIN numbers a ON a.id = c.caller JOIN numbers b "
                           "ON b.id = c.callee WHERE ") +
            where);
    }
    /// Calls on the chart touching @p node, through call edges (aggregates included).
    static qint64 chartCalls(const LinkGraph &g, int node, const GraphFilter &f = {})
    {
        qint64 sum = 0;
        for (int e : g.incident(node))
            if (g.edge(e).type == EdgeType::Call)
                sum += g.weight(e, f);
        return sum;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = dttest::buildSampleCase(m_dir.path(), 42, &m_truth);
        QVERIFY(!path.isEmpty());
        QString error;
        m_case = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
        QVERIFY2(m_case, qPrintable(error));
        QVERIFY2(analysis::Detector::analyzeCase(*m_case, analysis::Detector::defaultParameters(), &error) >
                     0,
                 qPrintable(error));
        m_typed = analysis::Detector::latestFindings(*m_case, &error);
        m_findings = analysis::FindingsJson::toJson(m_typed);
        QVERIFY(!m_findings.value(QStringLiteral("operators")).toArray().isEmpty());
    }

    void overviewHoldsOperatorsListsAndLineage()
    {
        LinkGraph g;
        QString error;
        LinkGraphBuilder b(m_case->db(), m_typed);
        QVERIFY2(b.overview(&g, &error), qPrintable(error));
        const QJsonArray ops = m_findings.value(QStringLiteral("operators")).toArray();
        int operators = 0, members = 0, lineage = 0, leaks = 0;
        for (const Node &n : g.nodes())
            operators += n.type == NodeType::Operator;
        for (const Edge &e : g.edges()) {
            members += e.type == EdgeType::Member;
            lineage += e.type == EdgeType::Lineage;
            leaks += e.type == EdgeType::Leak;
        }
        QCOMPARE(operators, ops.size());
        int expectMembers = 0, expectLeaks = 0;
        for (const QJsonValue &v : ops) {
            expectMembers += v.toObject().value(QStringLiteral("numbers")).toArray().size();
            for (const QJsonValue &l : v.toObject().value(QStringLiteral("leaks")).toArray())
                expectLeaks += l.toObject().value(QStringLiteral("significant")).toBool();
        }
        QCOMPARE(members, expectMembers);
        QCOMPARE(leaks, expectLeaks);
        QVERIFY(leaks > 0);
        QCOMPARE(lineage, m_findings.value(QStringLiteral("lineage")).toArray().size());
        QVERIFY(lineage >= 1);
        // The lineage edge runs parent → child, as the findings say.
        const QJsonObject first = m_findings.value(QStringLiteral("lineage")).toArray().first().toObject();
        const int p = g.find(NodeType::LeakList, first.value(QStringLiteral("parent")).toString());
        const int c = g.find(NodeType::LeakList, first.value(QStringLiteral("child")).toString());
        QVERIFY(p >= 0 && c >= 0);
        QVERIFY(g.findEdge(p, c, EdgeType::Lineage) >= 0);
        QCOMPARE(g.findEdge(c, p, EdgeType::Lineage), -1);
    }

    void expandingAHubAggregatesItsVictimsAndCountsEveryCallOnce_data()
    {
        QTest::addColumn<int>("hubLimit");
        QTest::newRow("no aggregation") << 100000;
        QTest::newRow("hub limit 10") << 10;
        QTest::newRow("hub limit 1") << 1;
    }
    void expandingAHubAggregatesItsVictimsAndCountsEveryCallOnce()
    {
        QFETCH(int, hubLimit);
        const QString number = busiestNumber(biggestOperator());
        QVERIFY(!number.isEmpty());
        LinkGraph g;
        QString error;
        LinkGraphBuilder b(m_case->db(), m_typed);
        b.setHubLimit(hubLimit);
        QVERIFY2(b.overview(&g, &error), qPrintable(error));
        const int n = g.find(NodeType::Number, number);
        QVERIFY(n >= 0);
        QVERIFY2(b.expand(&g, n, &error), qPrintable(error));
        QVERIFY(g.node(n).expanded);
        const qint64 expected = callsOf(number);
        QVERIFY(expected > 30);
        QCOMPARE(chartCalls(g, n), expected);
        int aggregates = 0;
        for (int i = 0; i < g.nodeCount(); ++i)
            if (g.node(i).type == NodeType::Aggregate) {
                ++aggregates;
                QVERIFY(g.node(i).members > 0);
                QCOMPARE(g.node(i).expandedFrom, n);
            }
        QCOMPARE(aggregates > 0, hubLimit < 100000);
        // Opening the aggregates puts every counterpart on the chart, still counting each call once.
        for (int i = g.nodeCount() - 1; i >= 0; --i)
            if (g.node(i).type == NodeType::Aggregate)
                QVERIFY2(b.openAggregate(&g, i, 100000, &error), qPrintable(error));
        const int hub = g.find(NodeType::Number, number);
        QCOMPARE(chartCalls(g, hub), expected);
        // Expanding a victim does not count the hub's calls to it a second time.
        for (int e : g.incident(hub))
            if (g.edge(e).type == EdgeType::Call) {
                const int victim = g.edge(e).a == hub ? g.edge(e).b : g.edge(e).a;
                QVERIFY2(b.expand(&g, victim, &error), qPrintable(error));
                break;
            }
        QCOMPARE(chartCalls(g, g.find(NodeType::Number, number)), expected);
        // The handset and the operator are there too.
        bool device = false, member = false;
        for (int e : g.incident(g.find(NodeType::Number, number))) {
            device = device || g.edge(e).type == EdgeType::DeviceUse;
            member = member || g.edge(e).type == EdgeType::Member;
        }
        QVERIFY(device);
        QVERIFY(member);
    }

    void timeWindowCountsTheCallsInside()
    {
        const QString number = busiestNumber(biggestOperator());
        LinkGraph g;
        QString error;
        LinkGraphBuilder b(m_case->db(), m_typed);
        const int n = b.ensure(&g, NodeType::Number, number, &error);
        QVERIFY2(n >= 0, qPrintable(error));
        QVERIFY2(b.expand(&g, n, &error), qPrintable(error));
        const auto [lo, hi] = g.timeSpan();
        QVERIFY(lo > 0 && hi > lo);
        const qint64 mid = lo + (hi - lo) / 2;
        GraphFilter first, second;
        first.to = mid;
        second.from = mid;
        QCOMPARE(chartCalls(g, n, first), callsOf(number, 0, mid));
        QCOMPARE(chartCalls(g, n, second), callsOf(number, mid, 0));
        QCOMPARE(chartCalls(g, n, first) + chartCalls(g, n, second), callsOf(number));
        // A window after every call hides the call edges and the victims reached only by them.
        GraphFilter after;
        after.from = hi + 1;
        int shown = 0;
        for (int i = 0; i < g.nodeCount(); ++i)
            shown += g.node(i).type == NodeType::Number && i != n && g.nodeVisible(i, after);
        for (int e = 0; e < g.edgeCount(); ++e)
            QVERIFY(g.edge(e).type != EdgeType::Call || !g.edgeVisible(e, after));
        QCOMPARE(shown, 0);
        // Minimum weight: only counterparts with that many calls stay.
        GraphFilter heavy;
        heavy.minWeight = 3;
        for (int e = 0; e < g.edgeCount(); ++e)
            if (g.edge(e).type == EdgeType::Call)
                QCOMPARE(g.edgeVisible(e, heavy), g.edge(e).count >= 3);
        // Types: hiding handsets hides them and their edges.
        GraphFilter noDevices;
        noDevices.types &= ~(1u << int(NodeType::Device));
        for (int e = 0; e < g.edgeCount(); ++e)
            if (g.edge(e).type == EdgeType::DeviceUse)
                QVERIFY(!g.edgeVisible(e, noDevices));
    }

    void shortestPathAndConnectionsBetweenTwoNumbers()
    {
        const QJsonObject op = biggestOperator();
        const QJsonArray numbers = op.value(QStringLiteral("numbers")).toArray();
        QVERIFY(numbers.size() >= 2);
        LinkGraph g;
        QString error;
        LinkGraphBuilder b(m_case->db(), m_typed);
        QVERIFY(b.overview(&g, &error));
        const int a = g.find(NodeType::Number, numbers.at(0).toString());
        const int c = g.find(NodeType::Number, numbers.at(1).toString());
        const int o = g.find(NodeType::Operator, op.value(QStringLiteral("id")).toString());
        const std::vector<int> path = g.shortestPath(a, c, {});
        QCOMPARE(path, (std::vector<int>{a, o, c}));
        std::vector<int> nodes, edges;
        g.connections(a, c, 2, {}, &nodes, &edges);
        QCOMPARE(nodes.size(), size_t(3));
        QCOMPARE(edges.size(), size_t(2));
        g.connections(a, c, 1, {}, &nodes, &edges);
        QVERIFY(nodes.empty());
        // Hiding the operator cuts the path.
        g.node(o).hidden = true;
        QVERIFY(g.shortestPath(a, c, {}).empty());
    }

    void collapseRemovesWhatExpandBroughtIn()
    {
        const QString number = busiestNumber(biggestOperator());
        LinkGraph g;
        QString error;
        LinkGraphBuilder b(m_case->db(), m_typed);
        b.setHubLimit(100000); // every victim its own node
        QVERIFY(b.overview(&g, &error));
        const int before = g.nodeCount();
        const int n = g.find(NodeType::Number, number);
        QVERIFY(b.expand(&g, n, &error));
        QVERIFY(g.nodeCount() > before);
        // A pinned victim survives the collapse.
        int pinned = -1;
        for (int i = before; i < g.nodeCount() && pinned < 0; ++i)
            if (g.node(i).type == NodeType::Number)
                pinned = i;
        QVERIFY(pinned >= 0);
        g.node(pinned).pinned = true;
        const QString pinnedKey = g.node(pinned).key;
        LinkGraphBuilder::collapse(&g, g.find(NodeType::Number, number));
        QCOMPARE(g.nodeCount(), before + 1);
        QVERIFY(g.find(NodeType::Number, pinnedKey) >= 0);
        QVERIFY(!g.node(g.find(NodeType::Number, number)).expanded);
    }

    void stateRoundTripsThroughTheCase()
    {
        LinkGraph g;
        QString error;
        LinkGraphBuilder b(m_case->db(), m_typed);
        QVERIFY(b.overview(&g, &error));
        QVERIFY(b.expand(&g, g.find(NodeType::Number, busiestNumber(biggestOperator())), &error));
        QVERIFY(GraphLayout::forceDirected(g, {}));
        g.node(0).pinned = true;
        g.node(1).hidden = true;
        GraphFilter f;
        f.from = 1700000000;
        f.minWeight = 2;
        const QJsonObject state = g.toJson(f);
        QVERIFY2(ChartStore::save(m_case->db(), QStringLiteral("main"), state, &error), qPrintable(error));
        const QJsonObject loaded = ChartStore::load(m_case->db(), QStringLiteral("main"), &error);
        QCOMPARE(loaded, state);
        LinkGraph h;
        GraphFilter hf;
        QVERIFY2(LinkGraph::fromJson(loaded, &h, &hf, &error), qPrintable(error));
        QVERIFY(hf == f);
        QCOMPARE(h.nodeCount(), g.nodeCount());
        QCOMPARE(h.edgeCount(), g.edgeCount());
        QVERIFY(h.node(0).pinned);
        QVERIFY(h.node(1).hidden);
        for (int e = 0; e < g.edgeCount(); ++e) {
            QCOMPARE(h.edge(e).times, g.edge(e).times);
            QCOMPARE(h.edge(e).count, g.edge(e).count);
        }
        for (int i = 0; i < g.nodeCount(); ++i) {
            QVERIFY(std::abs(h.node(i).x - g.node(i).x) <= 0.05);
            QCOMPARE(h.node(i).key, g.node(i).key);
        }
        QCOMPARE(h.toJson(hf), state);
        // A damaged state is refused, not half loaded.
        QJsonObject bad = state;
        QJsonArray edges = bad.value(QStringLiteral("edges")).toArray();
        QJsonObject e0 = edges.at(0).toObject();
        e0.insert(QStringLiteral("b"), 999999);
        edges.replace(0, e0);
        bad.insert(QStringLiteral("edges"), edges);
        QVERIFY(!LinkGraph::fromJson(bad, &h, &hf, &error));
        QVERIFY(error.contains(QStringLiteral("edge")));
        QCOMPARE(h.nodeCount(), g.nodeCount());
    }

    void savedViewsAreNamedOrderedAndOneIsCurrent()
    {
        QString error;
        QTemporaryDir dir;
        auto cf =
            CaseFile::create(dir.filePath(QStringLiteral("views.dtcase")), QStringLiteral("views"), &error);
        QVERIFY2(cf, qPrintable(error));
        Database &db = cf->db();
        QCOMPARE(ChartStore::names(db), QStringList());
        QCOMPARE(ChartStore::current(db), ChartStore::defaultName());
        const auto state = [](int nodes) {
            LinkGraph g;
            for (int i = 0; i < nodes; ++i) {
                Node n;
                n.key = QString::number(i);
                g.addNode(n);
            }
            return g.toJson(GraphFilter());
        };
        QVERIFY(ChartStore::save(db, QStringLiteral("main"), state(1), &error));
        QVERIFY(ChartStore::save(db, QStringLiteral("B view"), state(2), &error));
        QVERIFY(ChartStore::save(db, QStringLiteral("A view"), state(3), &error));
        QVERIFY(
            ChartStore::save(db, QStringLiteral("main"), state(4), &error)); // saving again keeps its place
        QCOMPARE(ChartStore::names(db),
                 (QStringList{QStringLiteral("main"), QStringLiteral("B view"), QStringLiteral("A view")}));
        QCOMPARE(ChartStore::current(db), QStringLiteral("main")); // the first view made
        QCOMPARE(ChartStore::load(db, QStringLiteral("main"), &error)
                     .value(QStringLiteral("nodes"))
                     .toArray()
                     .size(),
                 4);
        QVERIFY(ChartStore::setCurrent(db, QStringLiteral("A view"), &error));
        QCOMPARE(ChartStore::current(db), QStringLiteral("A view"));
        QVERIFY(!ChartStore::setCurrent(db, QStringLiteral("nope"), &error));
        QCOMPARE(ChartStore::current(db), QStringLiteral("A view"));
        // Duplicate: the same state under a new name, last; refused onto an existing name.
        QCOMPARE(ChartStore::freeName(db, QStringLiteral("A view")), QStringLiteral("A view 2"));
        QVERIFY(ChartStore::duplicate(db, QStringLiteral("A view"), QStringLiteral("A view 2"), &error));
        QVERIFY(!ChartStore::duplicate(db, QStringLiteral("A view"), QStringLiteral("main"), &error));
        QCOMPARE(ChartStore::load(db, QStringLiteral("A view 2"), &error),
                 ChartStore::load(db, QStringLiteral("A view"), &error));
        QCOMPARE(ChartStore::names(db).last(), QStringLiteral("A view 2"));
        // Rename keeps the place and the current mark.
        QVERIFY(ChartStore::rename(db, QStringLiteral("A view"), QStringLiteral("Leads"), &error));
        QCOMPARE(ChartStore::names(db).at(2), QStringLiteral("Leads"));
        QCOMPARE(ChartStore::current(db), QStringLiteral("Leads"));
        QVERIFY(!ChartStore::rename(db, QStringLiteral("Leads"), QStringLiteral("main"), &error));
        // Removing the current view makes the first remaining one current.
        QVERIFY(ChartStore::remove(db, QStringLiteral("Leads"), &error));
        QCOMPARE(ChartStore::current(db), QStringLiteral("main"));
        QCOMPARE(ChartStore::names(db).size(), 3);
    }

    void migratesTheSavedChartToTheFirstView()
    {
        // A version-12 case kept one chart, "main"; version 13 keeps several views and opens on "main".
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v12.dtcase"));
        {
            Database db;
            QVERIFY(db.open(path, Database::OpenMode::Create));
            QString error;
            QVERIFY2(schema::migrate(db, &error, 12), qPrintable(error));
            QVERIFY(db.exec(QStringLiteral("INSERT INTO meta VALUES('title','charts')")));
            QVERIFY(db.exec(QStringLiteral("INSERT INTO chart_states(name, state, saved_utc) VALUES "
                                           "('a view', '{}', '2026-01-01T00:00:00Z'), "
                                           "('main', '{\"version\":1}', '2026-01-01T00:00:00Z')")));
            QVERIFY2(AuditLog(db).append(QStringLiteral("create"), QJsonObject(), &error), qPrintable(error));
        }
        QString error;
        auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
        QVERIFY2(cf, qPrintable(error));
        QCOMPARE(cf->schemaVersion(), schema::kCurrentVersion);
        QCOMPARE(graph::ChartStore::current(cf->db()), QStringLiteral("main"));
        QCOMPARE(graph::ChartStore::load(cf->db(), QStringLiteral("main"), &error)
                     .value(QStringLiteral("version"))
                     .toInt(),
                 1);
        QCOMPARE(graph::ChartStore::names(cf->db()).size(), 2);
        // The upgrade and the views' changes are sealed: the case verifies.
        QVERIFY2(graph::ChartStore::setCurrent(cf->db(), QStringLiteral("a view"), &error),
                 qPrintable(error));
        const seal::SealVerdict verdict = seal::Seal::verify(cf->db());
        QVERIFY2(verdict.ok, qPrintable(verdict.changes.join(QLatin1Char(';')) + verdict.problem));
    }

    void forceDirectedIsDeterministicSpreadsNodesAndKeepsPins()
    {
        LinkGraph g;
        QString error;
        LinkGraphBuilder b(m_case->db(), m_typed);
        QVERIFY(b.overview(&g, &error));
        QVERIFY(b.expand(&g, g.find(NodeType::Number, busiestNumber(biggestOperator())), &error));
        g.node(0).pinned = true;
        g.node(0).x = 1234;
        g.node(0).y = -55;
        LinkGraph h = g;
        QVERIFY(GraphLayout::forceDirected(g, {}));
        QVERIFY(GraphLayout::forceDirected(h, {}));
        double minDist = 1e9;
        for (int i = 0; i < g.nodeCount(); ++i) {
            QCOMPARE(g.node(i).x, h.node(i).x);
            QCOMPARE(g.node(i).y, h.node(i).y);
            for (int j = i + 1; j < g.nodeCount(); ++j)
                minDist = std::min(minDist, std::hypot(g.node(i).x - g.node(j).x, g.node(i).y - g.node(j).y));
        }
        QVERIFY2(minDist > 1, qPrintable(QString::number(minDist)));
        QCOMPARE(g.node(0).x, 1234.0);
        QCOMPARE(g.node(0).y, -55.0);
        // Linked nodes end closer than the average pair: the layout follows the edges.
        double linked = 0, all = 0;
        int nl = 0, na = 0;
        for (const Edge &e : g.edges()) {
            linked += std::hypot(g.node(e.a).x - g.node(e.b).x, g.node(e.a).y - g.node(e.b).y);
            ++nl;
        }
        for (int i = 1; i < g.nodeCount(); ++i)
            for (int j = i + 1; j < g.nodeCount(); ++j) {
                all += std::hypot(g.node(i).x - g.node(j).x, g.node(i).y - g.node(j).y);
                ++na;
            }
        QVERIFY(linked / nl < all / na);
        // Cancelled before it starts: nothing moves.
        LinkGraph c = h;
        std::atomic_bool cancel{true};
        const double x5 = c.node(5).x;
        LayoutOptions fresh;
        fresh.fresh = true;
        QVERIFY(!GraphLayout::forceDirected(c, {}, fresh, &cancel));
        QCOMPARE(c.node(5).x, x5);
        // Laid out again with nothing new, the picture stays exactly as the analyst left it.
        LinkGraph same = h;
        QVERIFY(GraphLayout::forceDirected(same, {}));
        for (int i = 0; i < same.nodeCount(); ++i) {
            QCOMPARE(same.node(i).x, h.node(i).x);
            QCOMPARE(same.node(i).y, h.node(i).y);
        }
        // Expanding one more number leaves the nodes already there where they were and places the
        // newcomers around it.
        LinkGraph grown = h;
        const int before = grown.nodeCount();
        int victim = -1;
        for (int i = 0; i < grown.nodeCount() && victim < 0; ++i)
            if (grown.node(i).type == NodeType::Number && !grown.node(i).expanded &&
                grown.node(i).expandedFrom >= 0)
                victim = i;
        QVERIFY(victim >= 0);
        QVERIFY(b.expand(&grown, victim, &error));
        QVERIFY(grown.nodeCount() > before);
        QVERIFY(GraphLayout::forceDirected(grown, {}));
        double minX = 1e18, maxX = -1e18, near = 0;
        for (int i = 0; i < before; ++i) {
            QCOMPARE(grown.node(i).x, h.node(i).x);
            QCOMPARE(grown.node(i).y, h.node(i).y);
            minX = std::min(minX, grown.node(i).x);
            maxX = std::max(maxX, grown.node(i).x);
        }
        for (int i = before; i < grown.nodeCount(); ++i) {
            QVERIFY(grown.node(i).x != 0 || grown.node(i).y != 0);
            near +=
                std::hypot(grown.node(i).x - grown.node(victim).x, grown.node(i).y - grown.node(victim).y);
        }
        QVERIFY2(
            near / (grown.nodeCount() - before) < (maxX - minX) / 2,
            qPrintable(QStringLiteral("%1 %2").arg(near / (grown.nodeCount() - before)).arg(maxX - minX)));
    }

    void callCentreChartLaysOutAsHubsWithVictimsAround_data()
    {
        QTest::addColumn<int>("nodes");
        QTest::addColumn<int>("hubs");
        QTest::newRow("300 nodes, 3 hubs") << 300 << 3;
        QTest::newRow("3000 nodes, 12 hubs") << 3000 << 12;
    }

    // Thousands of victims around a few call-centre numbers: the hubs go through the force layout,
    // the victims are spread around them (their own) or between them (shared). No two nodes
    // overlap, and a hub's own victims stay out of the other hubs' discs.
    void callCentreChartLaysOutAsHubsWithVictimsAround()
    {
        QFETCH(int, nodes);
        QFETCH(int, hubs);
        LinkGraph g;
        for (int i = 0; i < nodes; ++i) {
            Node n;
            n.type = i < hubs ? NodeType::Operator : NodeType::Number;
            n.key = QString::number(i);
            g.addNode(n);
        }
        std::vector<std::vector<int>> hubsOf(static_cast<size_t>(nodes));
        for (int i = hubs; i < nodes; ++i) {
            const int k = i % 3 == 0 ? 2 : 1; // a third of the victims shared by two hubs
            for (int j = 0; j < k; ++j) {
                Edge e;
                e.a = (i * 7 + j * 5) % hubs;
                e.b = i;
                e.count = 1 + i % 4;
                if (j == 1 && e.a == hubsOf[size_t(i)][0])
                    e.a = (e.a + 1) % hubs;
                hubsOf[size_t(i)].push_back(e.a);
                g.addEdge(e);
            }
        }
        QVERIFY(GraphLayout::forceDirected(g, {}));
        const auto dist = [&](int a, int b) {
            return std::hypot(g.node(a).x - g.node(b).x, g.node(a).y - g.node(b).y);
        };
        double minDist = 1e18;
        for (int i = 0; i < nodes; ++i)
            for (int j = i + 1; j < nodes; ++j)
                minDist = std::min(minDist, dist(i, j));
        QVERIFY2(minDist >= 20, qPrintable(QString::number(minDist))); // node discs are 18 to 30 across
        // Each hub's own victims make a disc around it; no victim lies inside another hub's disc.
        std::vector<double> reach(size_t(hubs), 0);
        for (int i = hubs; i < nodes; ++i)
            if (hubsOf[size_t(i)].size() == 1)
                reach[size_t(hubsOf[size_t(i)][0])] =
                    std::max(reach[size_t(hubsOf[size_t(i)][0])], dist(i, hubsOf[size_t(i)][0]));
        int misplaced = 0;
        for (int i = hubs; i < nodes; ++i) {
            if (hubsOf[size_t(i)].size() != 1)
                continue;
            for (int h = 0; h < hubs; ++h)
                misplaced += h != hubsOf[size_t(i)][0] && dist(i, h) < reach[size_t(h)];
        }
        QCOMPARE(misplaced, 0);
    }

    void layeredPutsParentListsAboveChildren()
    {
        LinkGraph g;
        QString error;
        LinkGraphBuilder b(m_case->db(), m_typed);
        QVERIFY(b.overview(&g, &error));
        GraphLayout::layered(g, {});
        for (const Edge &e : g.edges()) {
            if (e.type == EdgeType::Lineage)
                QVERIFY(g.node(e.a).y < g.node(e.b).y);
            if (e.type == EdgeType::Member)
                QVERIFY(g.node(e.a).y < g.node(e.b).y); // operator above its numbers
        }
    }
};

QTEST_GUILESS_MAIN(TestLinkGraph)
#include "tst_linkgraph.moc"
