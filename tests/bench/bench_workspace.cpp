// Workspace benchmark: how fast the analyst's views answer on a big case.
//  1. Calls table: a case of N calls (generated straight into SQLite, or --case PATH), time to the
//     first screen of the lazy calls model (open, count, the first 40 rows), a jump to the middle,
//     and the first screen filtered to the busiest number. Target: first page within 200 ms at 10M.
//     Baseline: the same first screen through `SELECT … ORDER BY start_utc LIMIT 40 OFFSET 0`
//     with the joins, the query a naive table would issue.
//  2. Link chart: a 20,000-node, 30,000-edge chart: force-directed layout time, then frames of the
//     QGraphicsView rendered offscreen zoomed out (labels off) and zoomed in, and panning frames.
// Usage: bench_workspace [CALLS=10000000] [--case PATH] [--nodes 20000] [--chart-only]
#include "case/callsmodel.h"
#include "case/casefile.h"
#include "case/database.h"
#include "graph/graphlayout.h"
#include "graph/linkgraph.h"
#include "linkchartitems.h"

#include <cstdio>
#include <QApplication>
#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QScrollBar>
#include <QTemporaryDir>
#include <random>

using namespace dt;

namespace {
double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

bool generate(const QString &path, qint64 calls)
{
    QString error;
    auto cf = CaseFile::create(path, QStringLiteral("bench"), &error);
    if (!cf) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    Database &db = cf->db();
    db.exec(QStringLiteral("PRAGMA synchronous = OFF"));
    Transaction tx(db);
    db.exec(QStringLiteral(
        "INSERT INTO sources(name, file_name, original_path, sha256, size, kind, analyst, host, "
        "registered_utc) VALUES('cdr', 'cdr.csv', '/bench/cdr.csv', '00', 0, 'calls', 'bench', "
        "'bench', '2026-01-01T00:00:00Z')"));
    const qint64 numbers = std::max<qint64>(1000, calls / 20);
    Statement n = db.prepare(QStringLiteral("INSERT INTO numbers(id, value) VALUES(?, ?)"));
    for (qint64 i = 1; i <= numbers; ++i) {
        n.reset();
        n.bind(1, i).bind(2, QStringLiteral("+86138%1").arg(i, 8, 10, QLatin1Char('0')));
        n.exec();
    }
    // Callers are skewed (a few dial most), as in a case with call centres.
    std::mt19937_64 rng(7);
    std::uniform_int_distribution<qint64> callee(1, numbers);
    std::geometric_distribution<qint64> caller(0.001);
    Statement c = db.prepare(QStringLiteral(
        "INSERT INTO calls(caller, callee, start_utc, duration, source_id, line) VALUES(?, ?, ?, ?, 1, ?)"));
    qint64 t = 1788000000;
    for (qint64 i = 1; i <= calls; ++i) {
        t += 3;
        c.reset();
        c.bind(1, 1 + caller(rng) % numbers)
            .bind(2, callee(rng))
            .bind(3, t)
            .bind(4, qint64(rng() % 300))
            .bind(5, i + 1);
        c.exec();
    }
    return tx.commit();
}

void benchCalls(const QString &path)
{
    QString error;
    // Read-write: a case of an older schema is migrated first (the measured part only reads).
    auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
    if (!cf) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return;
    }
    const qint64 calls = cf->db().scalar(QStringLiteral("SELECT count(*) FROM calls")).toLongLong();
    std::printf("calls table on %lld calls\n", calls);
    auto firstScreen = [](CallsModel &m, int from) {
        qint64 sum = 0;
        for (int r = from; r < std::min(m.rowCount(), from + 40); ++r)
            for (int col = 0; col < CallsModel::ColumnCount; ++col)
                sum += m.index(r, col).data().toString().size();
        return sum;
    };
    for (int round = 0; round < 2; ++round) { // the second round: pages warm in SQLite's cache
        CallsModel m;
        QElapsedTimer t;
        t.start();
        m.setDatabase(&cf->db());
        firstScreen(m, 0);
        const double first = ms(t);
        t.restart();
        firstScreen(m, m.rowCount() / 2);
        const double middle = ms(t);
        const QString busiest =
            cf->db()
                .scalar(QStringLiteral("SELECT n.value FROM numbers n WHERE n.id = (SELECT caller FROM calls "
                                       "WHERE id = 1)"))
                .toString();
        t.restart();
        m.setNumberFilter(busiest);
        firstScreen(m, 0);
        const double filtered = ms(t);
        t.restart();
        Statement s = cf->db().prepare(QStringLiteral(
            "SELECT c.id, c.start_utc, a.value, b.value, c.duration FROM calls c JOIN numbers a ON "
            "a.id = c.caller JOIN numbers b ON b.id = c.callee ORDER BY c.start_utc, c.id LIMIT 40"));
        while (s.step()) {
        }
        const double naive = ms(t);
        std::printf(
            "  %s: first screen %.1f ms (target <= 200 ms); middle row %.1f ms; filtered to %s (%d calls) "
            "%.1f ms; baseline ORDER BY start LIMIT 40 %.1f ms (ratio %.3fx)\n",
            round == 0 ? "cold" : "warm", first, middle, qPrintable(busiest), m.rowCount(), filtered, naive,
            first / std::max(0.001, naive));
    }
}

void benchChart(int nodes)
{
    using namespace dt::graph;
    LinkGraph g;
    std::mt19937 rng(3);
    // Hubs (operators' numbers) with many victims each, victims shared a little: a call-centre case.
    const int hubs = std::max(10, nodes / 400);
    for (int i = 0; i < nodes; ++i) {
        Node n;
        n.type = i < hubs ? NodeType::Operator : NodeType::Number;
        n.key = QString::number(i);
        n.label = QStringLiteral("+8613%1").arg(i, 9, 10, QLatin1Char('0'));
        n.volume = i < hubs ? 1000 : 3;
        g.addNode(n);
    }
    std::uniform_int_distribution<int> hub(0, hubs - 1), any(hubs, nodes - 1);
    for (int i = hubs; i < nodes; ++i) {
        Edge e;
        e.a = hub(rng);
        e.b = i;
        e.count = 1 + int(rng() % 5);
        g.addEdge(e);
    }
    for (int k = 0; k < nodes / 2; ++k) {
        Edge e;
        e.a = hub(rng);
        e.b = any(rng);
        e.count = 1;
        g.addEdge(e);
    }
    std::printf("link chart: %d nodes, %d edges\n", g.nodeCount(), g.edgeCount());
    QElapsedTimer t;
    t.start();
    GraphLayout::forceDirected(g, {});
    std::printf("  force-directed layout (Boost.Graph Fruchterman-Reingold, off the GUI thread): %.0f ms\n",
                ms(t));
    ui::LinkChartView view;
    view.resize(1200, 800);
    QGraphicsScene scene;
    // As the page has it (no index); DT_BSP=1 measures a BSP-tree index instead.
    scene.setItemIndexMethod(qEnvironmentVariableIsSet("DT_BSP") ? QGraphicsScene::BspTreeIndex
                                                                 : QGraphicsScene::NoIndex);
    view.setScene(&scene);
    t.restart();
    std::vector<ui::NodeItem *> items;
    for (int i = 0; i < g.nodeCount(); ++i) {
        auto *n = new ui::NodeItem(&view, i, g.node(i));
        scene.addItem(n);
        items.push_back(n);
    }
    // DT_NOEDGES / DT_NONODES leave one part out, to tell which one a frame spends its time on.
    if (!qEnvironmentVariableIsSet("DT_NOEDGES"))
        scene.addItem(new ui::EdgeLayer(items, g.edges()));
    if (qEnvironmentVariableIsSet("DT_NONODES"))
        for (auto *n : items)
            n->setVisible(false);
    std::printf("  building the scene (the GUI thread's part of a rebuild): %.0f ms\n", ms(t));
    t.restart();
    view.show(); // as the page shows a rebuilt chart: fitted, then its first frame
    view.fitInView(scene.itemsBoundingRect(), Qt::KeepAspectRatio);
    QCoreApplication::processEvents();
    const double shown = ms(t);
    view.viewport()->repaint();
    std::printf("  showing it (the window, then a first frame of the whole chart): %.0f ms (window %.0f ms)\n",
                ms(t), shown);
    // Frames through the view's own paint path (item index, exposed rectangle, foreground labels).
    auto render = [&](int frames) {
        QElapsedTimer r;
        r.start();
        for (int k = 0; k < frames; ++k) {
            const QPixmap frame = view.viewport()->grab();
            // A pan step between frames, as a drag does it: through the scroll bars.
            view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() + 3);
            view.verticalScrollBar()->setValue(view.verticalScrollBar()->value() + 2);
        }
        return ms(r) / frames;
    };
    view.fitInView(scene.itemsBoundingRect(), Qt::KeepAspectRatio);
    std::printf("  frame, whole chart in view (scale %.3f): %.1f ms\n", view.transform().m11(), render(5));
    const QString frames = qEnvironmentVariable("DT_BENCH_FRAMES"); // a folder: the frames as PNG, to look at
    if (!frames.isEmpty())
        view.viewport()->grab().save(frames + QStringLiteral("/chart-%1-whole.png").arg(nodes));
    // Wheel zoom: ten steps in from the whole chart, each frame drawn at a new scale.
    double worst = 0, sum = 0;
    for (int k = 0; k < 10; ++k) {
        view.scale(1.2, 1.2);
        QElapsedTimer z;
        z.start();
        const QPixmap frame = view.viewport()->grab();
        worst = std::max(worst, ms(z));
        sum += ms(z);
    }
    std::printf("  frames zooming in from the whole chart (x1.2 a step, to scale %.2f): mean %.1f ms, worst "
                "%.1f ms\n",
                view.transform().m11(), sum / 10, worst);
    view.resetTransform();
    view.scale(0.6, 0.6);
    view.centerOn(items[0]);
    std::printf("  frame, zoomed in on a hub (scale 0.6, labels on), panning: %.1f ms (smooth: <= 33 ms)\n",
                render(20));
    if (!frames.isEmpty())
        view.viewport()->grab().save(frames + QStringLiteral("/chart-%1-hub.png").arg(nodes));
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // figures as they come, also into a pipe
    QApplication app(argc, argv);
    qint64 calls = 10000000;
    int nodes = 20000;
    QString casePath;
    bool chartOnly = false;
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a == QLatin1String("--case") && i + 1 < argc)
            casePath = QString::fromLocal8Bit(argv[++i]);
        else if (a == QLatin1String("--chart-only"))
            chartOnly = true;
        else if (a == QLatin1String("--nodes") && i + 1 < argc)
            nodes = QString::fromLocal8Bit(argv[++i]).toInt();
        else
            calls = a.toLongLong();
    }
    QTemporaryDir dir;
    if (chartOnly) {
        benchChart(nodes);
        return 0;
    }
    if (casePath.isEmpty()) {
        casePath = dir.filePath(QStringLiteral("bench.dtcase"));
        QElapsedTimer t;
        t.start();
        if (!generate(casePath, calls))
            return 1;
        std::printf("generated a case of %lld calls in %.1f s\n", calls, ms(t) / 1000);
    }
    benchCalls(casePath);
    benchChart(nodes);
    return 0;
}
