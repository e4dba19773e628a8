// Chart exports read back by other parsers: GraphML through QXmlStreamReader gives the same nodes,
// edges and attributes; GEXF validates against the 1.3 schema and carries the calls as time
// intervals; the i2 ANX chart is well-formed and references only what it declares; the CSV bundle
// read by a spreadsheet-like parser gives the same rows. And `dialtrace-cli export`.
#include "analysis/detection.h"
#include "case/auditlog.h"
#include "case/casefile.h"
#include "core/sha256.h"
#include "export/exportrunner.h"
#include "export/exportwriter.h"
#include "export/rungraph.h"
#include "graph/chartstore.h"
#include "ingest/csvparser.h"
#include "samplebuild.h"
#include "testutil.h"

#include <map>
#include <QDir>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace dt;
using namespace dt::exports;
using graph::EdgeType;
using graph::NodeType;

namespace {

/// A small chart whose texts are awkward for every format: commas, quotes, line breaks, XML
/// specials, Chinese, and a call edge whose calls span a time window.
graph::LinkGraph trickyGraph()
{
    graph::LinkGraph g;
    auto node = [&g](NodeType t, const QString &key, const QString &label, double volume) {
        graph::Node n;
        n.type = t;
        n.key = key;
        n.label = label;
        n.volume = volume;
        n.x = g.nodeCount() * 100.25;
        n.y = -g.nodeCount() * 50;
        return g.addNode(n);
    };
    const int op = node(NodeType::Operator, QStringLiteral("OPR-001"), QStringLiteral("OPR-001"), 12);
    const int a =
        node(NodeType::Number, QStringLiteral("+8613800138000"), QStringLiteral("+8613800138000"), 3);
    const int b =
        node(NodeType::Number, QStringLiteral("+8613900139000"), QStringLiteral("+8613900139000"), 1);
    const int list = node(NodeType::LeakList, QStringLiteral("贷款,\"用户\"名单"),
                          QStringLiteral("贷款,\"用户\"名单\n2026 <第二批> & more"), 1152);
    const int person = node(NodeType::Person, QStringLiteral("17"), QStringLiteral("张三"), 1);
    graph::Edge e;
    e.a = op;
    e.b = a;
    e.type = EdgeType::Member;
    e.count = 1;
    g.addEdge(e);
    e.a = list;
    e.b = op;
    e.type = EdgeType::Leak;
    e.count = 118;
    g.addEdge(e);
    e.a = a;
    e.b = b;
    e.type = EdgeType::Call;
    e.count = 3;
    e.duration = 95;
    e.times = {1788220800, 1788224400, 1788310800}; // 2026-09-01 00:00, 01:00, 2026-09-02 00:00 UTC
    g.addEdge(e);
    graph::Edge p;
    p.a = person;
    p.b = b;
    p.type = EdgeType::PersonPhone;
    p.count = 1;
    g.addEdge(p);
    return g;
}

/// The values of a node or edge as every format writes them, by attribute key.
std::map<QString, QString> expectedValues(const ExportData &d, const std::vector<Attribute> &attrs,
                                          const std::vector<QVariant> &values)
{
    std::map<QString, QString> out;
    for (size_t i = 0; i < attrs.size(); ++i) {
        const QString v = d.valueText(values[i], attrs[i].type);
        if (!v.isEmpty())
            out[attrs[i].key] = v;
    }
    return out;
}

QByteArray writeOne(const ExportData &d, const QString &format)
{
    std::vector<ExportFile> files;
    QString error;
    if (!writer(format)->write(d, &files, &error) || files.size() != 1)
        return {};
    return files.front().data;
}

QString xmllint()
{
    return QStandardPaths::findExecutable(QStringLiteral("xmllint"));
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_casePath;
    std::unique_ptr<CaseFile> m_case;
    std::shared_ptr<const analysis::Findings> m_findings;
    QJsonObject m_truth;
    graph::LinkGraph m_run;

    /// The exports the data-driven tests go through: the tricky chart, the sample's whole run, and
    /// the whole run in a two-day time window with a minimum weight.
    ExportData data(const QString &which)
    {
        ExportData d;
        if (which == QLatin1String("tricky")) {
            d = ExportData::fromGraph(trickyGraph(), graph::GraphFilter(), nullptr, CaseClock());
        } else if (which == QLatin1String("run")) {
            d = ExportData::fromGraph(m_run, graph::GraphFilter(), &m_case->db(), m_case->clock());
        } else {
            const auto span = m_run.timeSpan();
            graph::GraphFilter f;
            f.from = span.first + 86400;
            f.to = span.first + 3 * 86400;
            f.minWeight = 2;
            d = ExportData::fromGraph(m_run, f, &m_case->db(), m_case->clock());
        }
        d.title = QStringLiteral("样例 \"case\", <1>");
        d.scope = QStringLiteral("run");
        d.runId = 1;
        return d;
    }
    void addDataRows()
    {
        QTest::addColumn<QString>("which");
        QTest::newRow("awkward texts") << QStringLiteral("tricky");
        QTest::newRow("sample: whole run") << QStringLiteral("run");
        QTest::newRow("sample: time window, min. 2 calls") << QStringLiteral("window");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_casePath = dttest::buildSampleCase(m_dir.path(), 42, &m_truth);
        QVERIFY(!m_casePath.isEmpty());
        QString error;
        m_case = CaseFile::open(m_casePath, CaseFile::Access::ReadWrite, &error);
        QVERIFY2(m_case, qPrintable(error));
        QVERIFY2(analysis::Detector::analyzeCase(*m_case, analysis::Detector::defaultParameters(), &error) >
                     0,
                 qPrintable(error));
        m_findings =
            std::make_shared<const analysis::Findings>(analysis::Detector::latestFindings(*m_case, &error));
        QVERIFY2(RunGraph::build(m_case->db(), m_findings, RunGraph::kDefaultHubLimit, &m_run, &error),
                 qPrintable(error));
    }

    void registryListsEveryFormatOnce()
    {
        QCOMPARE(writerNames(QStringLiteral("|")), QStringLiteral("anx|graphml|gexf|csv"));
        for (const auto &w : writers()) {
            QCOMPARE(writer(w->name()), w.get());
            QVERIFY(!w->title().isEmpty());
        }
        QCOMPARE(writer(QStringLiteral("pdf")), nullptr);
    }

    void runGraphHoldsEveryOperatorNumberExpanded()
    {
        int operators = 0, numbers = 0, calls = 0;
        for (const graph::Node &n : m_run.nodes())
            operators += n.type == NodeType::Operator;
        for (const graph::Edge &e : m_run.edges())
            calls += e.type == EdgeType::Call;
        for (const analysis::Operator &o : m_findings->operators)
            for (const QString &n : o.numbers) {
                const int i = m_run.find(NodeType::Number, n);
                QVERIFY2(i >= 0 && m_run.node(i).expanded, qPrintable(n));
                ++numbers;
            }
        QCOMPARE(operators, int(m_findings->operators.size()));
        QVERIFY(numbers > 0 && calls > 0);
    }

    void windowKeepsOnlyItsCalls()
    {
        const ExportData all = data(QStringLiteral("run")), window = data(QStringLiteral("window"));
        QVERIFY(window.edges.size() < all.edges.size());
        const int first = ExportData::edgeColumn(QStringLiteral("first_call"));
        const int last = ExportData::edgeColumn(QStringLiteral("last_call"));
        const int count = ExportData::edgeColumn(QStringLiteral("count"));
        int callEdges = 0;
        for (const ExportEdge &e : window.edges) {
            if (e.type != EdgeType::Call)
                continue;
            ++callEdges;
            QVERIFY(e.values[size_t(count)].toLongLong() >= 2);
            QVERIFY(e.values[size_t(first)].toLongLong() >= window.windowFrom);
            QVERIFY(e.values[size_t(last)].toLongLong() < window.windowTo);
            for (const Spell &s : e.spells)
                QVERIFY(s.start >= window.windowFrom && s.start < window.windowTo && s.end >= s.start);
        }
        QVERIFY(callEdges > 0);
    }

    void callDurationsComeFromTheCase()
    {
        // A number expanded with no aggregation: each call edge to a number is its calls with that number.
        graph::LinkGraph g;
        QString error;
        QVERIFY2(RunGraph::build(m_case->db(), m_findings, 0, &g, &error), qPrintable(error));
        const ExportData d = ExportData::fromGraph(g, graph::GraphFilter(), &m_case->db(), m_case->clock());
        const int duration = ExportData::edgeColumn(QStringLiteral("duration"));
        const int count = ExportData::edgeColumn(QStringLiteral("count"));
        int checked = 0;
        for (const ExportEdge &e : d.edges) {
            const ExportNode &a = d.nodes[size_t(e.source)], &b = d.nodes[size_t(e.target)];
            if (e.type != EdgeType::Call || a.type != NodeType::Number || b.type != NodeType::Number)
                continue;
            const QStringList sql = dttest::rows(
                m_case->db(),
                QStringLiteral(
                    "SELECT count(*), sum(c.duration), min(c.start_utc), max(c.start_utc + c.duration) "
                    "FROM calls c JOIN numbers x ON x.id = c.caller JOIN numbers y ON y.id = c.callee "
                    "WHERE x.value = '%1' AND y.value = '%2'")
                    .arg(a.key, b.key));
            const QStringList f = sql.value(0).split(QLatin1Char('|'));
            QCOMPARE(e.values[size_t(count)].toLongLong(), f.value(0).toLongLong());
            QCOMPARE(e.values[size_t(duration)].toLongLong(), f.value(1).toLongLong());
            QCOMPARE(e.spells.front().start, f.value(2).toLongLong());
            QCOMPARE(e.spells.back().end, f.value(3).toLongLong());
            if (++checked == 200)
                break;
        }
        QVERIFY(checked > 20);
    }

    void graphmlReadsBackTheSame_data() { addDataRows(); }
    void graphmlReadsBackTheSame()
    {
        QFETCH(QString, which);
        const ExportData d = data(which);
        const QByteArray xml = writeOne(d, QStringLiteral("graphml"));
        QXmlStreamReader r(xml);
        std::map<QString, std::pair<QString, QString>> keys; // id → (for, attr.name)
        std::map<QString, QString> keyTypes;                 // attr.name@for → attr.type
        std::map<QString, std::map<QString, QString>> nodes, edges;
        std::map<QString, QStringList> ends; // edge id → source, target, directed
        QString current, currentKind, dataKey;
        bool graphSeen = false;
        while (!r.atEnd()) {
            r.readNext();
            if (!r.isStartElement())
                continue;
            const auto a = r.attributes();
            if (r.name() == QLatin1String("key")) {
                QVERIFY2(!graphSeen, "every key is declared before the graph");
                keys[a.value(QLatin1String("id")).toString()] = {
                    a.value(QLatin1String("for")).toString(), a.value(QLatin1String("attr.name")).toString()};
                keyTypes[a.value(QLatin1String("attr.name")) + QLatin1Char('@') +
                         a.value(QLatin1String("for"))] = a.value(QLatin1String("attr.type")).toString();
            } else if (r.name() == QLatin1String("graph")) {
                graphSeen = true;
                QCOMPARE(a.value(QLatin1String("edgedefault")), QLatin1String("directed"));
            } else if (r.name() == QLatin1String("node") || r.name() == QLatin1String("edge")) {
                current = a.value(QLatin1String("id")).toString();
                currentKind = r.name().toString();
                auto &m = currentKind == QLatin1String("node") ? nodes : edges;
                QVERIFY2(!m.count(current), "ids are unique");
                m[current];
                if (currentKind == QLatin1String("edge"))
                    ends[current] = {a.value(QLatin1String("source")).toString(),
                                     a.value(QLatin1String("target")).toString(),
                                     a.value(QLatin1String("directed")).toString()};
            } else if (r.name() == QLatin1String("data")) {
                const auto k = keys.find(a.value(QLatin1String("key")).toString());
                QVERIFY2(k != keys.end(), "data names a declared key");
                const QString text = r.readElementText();
                if (k->second.first == QLatin1String("graph"))
                    continue;
                QCOMPARE(k->second.first, currentKind);
                (currentKind == QLatin1String("node") ? nodes : edges)[current][k->second.second] = text;
            }
        }
        QVERIFY2(!r.hasError(), qPrintable(r.errorString()));
        QCOMPARE(nodes.size(), d.nodes.size());
        QCOMPARE(edges.size(), d.edges.size());
        for (const Attribute &a : ExportData::nodeAttributes())
            QVERIFY(keyTypes.count(a.key + QStringLiteral("@node")));
        QCOMPARE(keyTypes[QStringLiteral("calls@node")], QStringLiteral("long"));
        QCOMPARE(keyTypes[QStringLiteral("volume@node")], QStringLiteral("double"));
        for (const ExportNode &n : d.nodes)
            QCOMPARE(nodes[n.id], expectedValues(d, ExportData::nodeAttributes(), n.values));
        for (const ExportEdge &e : d.edges) {
            QCOMPARE(edges[e.id], expectedValues(d, ExportData::edgeAttributes(), e.values));
            QCOMPARE(ends[e.id].value(0), d.nodes[size_t(e.source)].id);
            QCOMPARE(ends[e.id].value(1), d.nodes[size_t(e.target)].id);
            QCOMPARE(ends[e.id].value(2), e.directed ? QString() : QStringLiteral("false"));
        }
        if (which == QLatin1String("tricky")) // the awkward label came through as written
            QCOMPARE(nodes[QStringLiteral("n3")][QStringLiteral("label")],
                     QStringLiteral("贷款,\"用户\"名单\n2026 <第二批> & more"));
    }

    void gexfValidatesAgainstTheSchema_data() { addDataRows(); }
    void gexfValidatesAgainstTheSchema()
    {
        QFETCH(QString, which);
        const QString lint = xmllint();
        if (lint.isEmpty())
            QSKIP("xmllint (libxml2-utils) is not installed: packaging/install-deps.sh installs it");
        const QString file = m_dir.filePath(which + QStringLiteral(".gexf"));
        QVERIFY(!dttest::writeFile(file, writeOne(data(which), QStringLiteral("gexf"))).isEmpty());
        QProcess p;
        p.start(lint, {QStringLiteral("--noout"), QStringLiteral("--schema"),
                       QStringLiteral(DT_TEST_DATA_DIR "/gexf-1.3/gexf.xsd"), file});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }

    void gexfPutsEachCallOnTheTimeline()
    {
        const ExportData d = data(QStringLiteral("run"));
        QXmlStreamReader r(writeOne(d, QStringLiteral("gexf")));
        std::map<QString, std::vector<std::pair<QString, QString>>> spells; // element id → spells
        QString graphMode, timeFormat, current;
        while (!r.atEnd()) {
            r.readNext();
            if (!r.isStartElement())
                continue;
            const auto a = r.attributes();
            QCOMPARE(r.namespaceUri(), QLatin1String("http://gexf.net/1.3"));
            if (r.name() == QLatin1String("graph")) {
                graphMode = a.value(QLatin1String("mode")).toString();
                timeFormat = a.value(QLatin1String("timeformat")).toString();
            } else if (r.name() == QLatin1String("node") || r.name() == QLatin1String("edge")) {
                current = a.value(QLatin1String("id")).toString();
            } else if (r.name() == QLatin1String("spell")) {
                spells[current].push_back(
                    {a.value(QLatin1String("start")).toString(), a.value(QLatin1String("end")).toString()});
            }
        }
        QVERIFY(!r.hasError());
        QCOMPARE(graphMode, QStringLiteral("dynamic"));
        QCOMPARE(timeFormat, QStringLiteral("dateTime"));
        int calls = 0;
        for (const ExportEdge &e : d.edges) {
            if (e.type != EdgeType::Call)
                continue;
            ++calls;
            const auto &s = spells[e.id];
            QCOMPARE(s.size(), e.spells.size());
            QVERIFY(!s.empty());
            // Each interval: the call's start and end in the case's zone, with the offset.
            QCOMPARE(s.front().first, d.timeText(e.spells.front().start));
            QVERIFY(s.front().first.endsWith(QLatin1String("+08:00")));
            QVERIFY(qint64(s.size()) <= e.values[1].toLongLong());
        }
        QVERIFY(calls > 0);
    }

    void anxReferencesOnlyWhatItDeclares_data() { addDataRows(); }
    void anxReferencesOnlyWhatItDeclares()
    {
        QFETCH(QString, which);
        const ExportData d = data(which);
        QXmlStreamReader r(writeOne(d, QStringLiteral("anx")));
        QSet<QString> ids, entityIds;
        std::map<QString, QString> entityTypes, linkTypes, classes, strengths; // name → id
        QList<QStringList> iconRefs, linkRefs, attrRefs, ends, strengthRefs;
        int entities = 0, links = 0;
        bool itemsSeen = false;
        auto unique = [&ids](const QString &id) {
            const bool fresh = !id.isEmpty() && !ids.contains(id);
            ids.insert(id);
            return fresh;
        };
        while (!r.atEnd()) {
            r.readNext();
            if (!r.isStartElement())
                continue;
            const auto a = r.attributes();
            auto v = [&a](const char *n) { return a.value(QLatin1String(n)).toString(); };
            const QStringView name = r.name();
            if (a.hasAttribute(QLatin1String("Id")))
                QVERIFY2(unique(v("Id")), qPrintable(QStringLiteral("Id %1 is unique").arg(v("Id"))));
            if (name == QLatin1String("ChartItemCollection"))
                itemsSeen = true;
            if (name == QLatin1String("Strength"))
                strengths[v("Name")] = v("Id");
            else if (name == QLatin1String("AttributeClass"))
                classes[v("Name")] = v("Id");
            else if (name == QLatin1String("EntityType")) {
                QVERIFY(!itemsSeen);
                entityTypes[v("Name")] = v("Id");
            } else if (name == QLatin1String("LinkType")) {
                QVERIFY(!itemsSeen);
                linkTypes[v("Name")] = v("Id");
            } else if (name == QLatin1String("Entity")) {
                ++entities;
                QVERIFY2(unique(v("EntityId")), "an EntityId shares the one namespace of ids");
                entityIds.insert(v("EntityId"));
            } else if (name == QLatin1String("IconStyle")) {
                iconRefs << QStringList{v("Type"), v("EntityTypeReference")};
            } else if (name == QLatin1String("Link")) {
                ++links;
                ends << QStringList{v("End1Id"), v("End2Id")};
            } else if (name == QLatin1String("LinkStyle")) {
                linkRefs << QStringList{v("Type"), v("LinkTypeReference")};
                strengthRefs << QStringList{v("Strength")};
            } else if (name == QLatin1String("Attribute")) {
                attrRefs << QStringList{v("AttributeClass"), v("AttributeClassReference")};
            }
        }
        QVERIFY2(!r.hasError(), qPrintable(r.errorString()));
        QCOMPARE(entities, int(d.nodes.size()));
        QCOMPARE(links, int(d.edges.size()));
        for (const QStringList &x : iconRefs)
            QVERIFY2(entityTypes.count(x[0]) && entityTypes[x[0]] == x[1],
                     qPrintable(x.join(QLatin1Char(' '))));
        for (const QStringList &x : linkRefs)
            QVERIFY2(linkTypes.count(x[0]) && linkTypes[x[0]] == x[1], qPrintable(x.join(QLatin1Char(' '))));
        for (const QStringList &x : attrRefs)
            QVERIFY2(classes.count(x[0]) && classes[x[0]] == x[1], qPrintable(x.join(QLatin1Char(' '))));
        for (const QStringList &x : strengthRefs)
            QVERIFY(strengths.count(x[0]));
        for (const QStringList &x : ends)
            QVERIFY(entityIds.contains(x[0]) && entityIds.contains(x[1]));
    }

    void anxColoursAreBgrColorrefs()
    {
        QXmlStreamReader r(writeOne(data(QStringLiteral("tricky")), QStringLiteral("anx")));
        std::map<QString, QString> colours;
        while (!r.atEnd()) {
            r.readNext();
            if (r.isStartElement() && r.name() == QLatin1String("EntityType"))
                colours[r.attributes().value(QLatin1String("Name")).toString()] =
                    r.attributes().value(QLatin1String("Colour")).toString();
        }
        // The chart draws operators #c0392b: red 0xc0 in the low byte, blue 0x2b in the third.
        QCOMPARE(colours[QStringLiteral("Operator")].toUInt(), 0x2b39c0u);
        QCOMPARE(colours[QStringLiteral("Phone Number")].toUInt(), 0xb06c2bu);
    }

    void csvReadsBackTheSame_data() { addDataRows(); }
    void csvReadsBackTheSame()
    {
        QFETCH(QString, which);
        ExportData d = data(which);
        d.tables.push_back({QStringLiteral("extra"),
                            {QStringLiteral("名称"), QStringLiteral("note")},
                            {{QStringLiteral("a,b"), QStringLiteral("say \"hi\"\r\nbye")}}});
        std::vector<ExportFile> files;
        QString error;
        QVERIFY(writer(QStringLiteral("csv"))->write(d, &files, &error));
        QCOMPARE(files.size(), size_t(3));
        auto parse = [](const QByteArray &bytes) {
            ingest::CsvParser p;
            QVector<ingest::Record> recs;
            p.feed(bytes.constData(), bytes.size(), recs);
            p.finish(recs);
            std::vector<QStringList> rows;
            for (const auto &rec : recs) {
                QStringList row;
                for (const QByteArray &f : rec.fields)
                    row << QString::fromUtf8(f);
                rows.push_back(row);
            }
            return rows;
        };
        for (const ExportFile &f : files) {
            QVERIFY2(f.data.startsWith("\xEF\xBB\xBF"), "UTF-8 with a byte order mark");
        }
        auto rows = parse(files[0].data.mid(3));
        QCOMPARE(files[0].name, QStringLiteral("nodes.csv"));
        QCOMPARE(rows.size(), d.nodes.size() + 1);
        QCOMPARE(rows[0].value(0), QStringLiteral("id"));
        for (size_t i = 0; i < d.nodes.size(); ++i) {
            QStringList expect{d.nodes[i].id};
            const auto &na = ExportData::nodeAttributes();
            for (size_t c = 0; c < na.size(); ++c)
                expect << d.valueText(d.nodes[i].values[c], na[c].type);
            QCOMPARE(rows[i + 1], expect);
        }
        rows = parse(files[1].data.mid(3));
        QCOMPARE(files[1].name, QStringLiteral("edges.csv"));
        QCOMPARE(rows.size(), d.edges.size() + 1);
        for (size_t i = 0; i < d.edges.size(); ++i) {
            const ExportEdge &e = d.edges[i];
            QStringList expect{e.id, d.nodes[size_t(e.source)].id, d.nodes[size_t(e.target)].id,
                               e.directed ? QStringLiteral("true") : QStringLiteral("false")};
            const auto &ea = ExportData::edgeAttributes();
            for (size_t c = 0; c < ea.size(); ++c)
                expect << d.valueText(e.values[c], ea[c].type);
            QCOMPARE(rows[i + 1], expect);
        }
        rows = parse(files[2].data.mid(3));
        QCOMPARE(files[2].name, QStringLiteral("extra.csv"));
        QCOMPARE(rows.size(), size_t(2));
        QCOMPARE(rows[1], (QStringList{QStringLiteral("a,b"), QStringLiteral("say \"hi\"\r\nbye")}));
    }

    void runnerWritesHashesAndAudits()
    {
        const ExportData d = data(QStringLiteral("tricky"));
        ExportResult result;
        QString error;
        const QString file = m_dir.filePath(QStringLiteral("runner.graphml"));
        QVERIFY2(ExportRunner::write(*writer(QStringLiteral("graphml")), d, file, &result, &error),
                 qPrintable(error));
        QCOMPARE(result.files.size(), size_t(1));
        QCOMPARE(result.files[0].sha256, sha256OfFile(file, &error));
        const qint64 before = m_case->audit().count();
        QVERIFY2(ExportRunner::record(*m_case, &result, &error), qPrintable(error));
        QVERIFY(result.audited);
        const auto entries = m_case->audit().entries();
        QCOMPARE(qint64(entries.size()), before + 1);
        const QJsonObject details = QJsonDocument::fromJson(entries.last().details.toUtf8()).object();
        QCOMPARE(entries.last().action, QStringLiteral("export"));
        QCOMPARE(details.value(QStringLiteral("format")).toString(), QStringLiteral("graphml"));
        QCOMPARE(
            details.value(QStringLiteral("files")).toArray().at(0).toObject().value(QStringLiteral("sha256")),
            QJsonValue(result.files[0].sha256));
        QVERIFY(m_case->audit().verify().ok);
        // A bundle goes into a folder, created when missing.
        const QString folder = m_dir.filePath(QStringLiteral("bundle/inner"));
        QVERIFY2(ExportRunner::write(*writer(QStringLiteral("csv")), d, folder, &result, &error),
                 qPrintable(error));
        QVERIFY(QFile::exists(folder + QStringLiteral("/nodes.csv")));
        QVERIFY(QFile::exists(folder + QStringLiteral("/edges.csv")));
    }

    void cliExportsAndRecords_data()
    {
        QTest::addColumn<QString>("format");
        for (const auto &w : writers())
            QTest::newRow(qPrintable(w->name())) << w->name();
    }
    void cliExportsAndRecords()
    {
        QFETCH(QString, format);
        m_case.reset(); // the CLI opens the case for writing
        const QString out = m_dir.filePath(QStringLiteral("cli-out.") + format);
        QByteArray stdOut, stdErr;
        QCOMPARE(dttest::runCli({QStringLiteral("export"), m_casePath, QStringLiteral("--format"), format,
                                 QStringLiteral("--out"), out, QStringLiteral("--json")},
                                &stdOut, &stdErr),
                 0);
        const QJsonObject o = QJsonDocument::fromJson(stdOut).object();
        QCOMPARE(o.value(QStringLiteral("format")).toString(), format);
        QCOMPARE(o.value(QStringLiteral("scope")).toString(), QStringLiteral("run"));
        QVERIFY(o.value(QStringLiteral("audited")).toBool());
        QVERIFY(o.value(QStringLiteral("nodes")).toInt() > 0);
        const QJsonArray files = o.value(QStringLiteral("files")).toArray();
        QVERIFY(!files.isEmpty());
        QString error;
        for (const QJsonValue &f : files)
            QCOMPARE(f.toObject().value(QStringLiteral("sha256")).toString(),
                     sha256OfFile(f.toObject().value(QStringLiteral("path")).toString(), &error));
        m_case = CaseFile::open(m_casePath, CaseFile::Access::ReadWrite, &error);
        QVERIFY(m_case);
        const auto last = m_case->audit().entries().last();
        QCOMPARE(last.action, QStringLiteral("export"));
        QCOMPARE(
            QJsonDocument::fromJson(last.details.toUtf8()).object().value(QStringLiteral("files")).toArray(),
            [&files] {
                QJsonArray a;
                for (const QJsonValue &f : files)
                    a.append(
                        QJsonObject{{QStringLiteral("file"), f.toObject().value(QStringLiteral("path"))},
                                    {QStringLiteral("sha256"), f.toObject().value(QStringLiteral("sha256"))},
                                    {QStringLiteral("size"), f.toObject().value(QStringLiteral("size"))}});
                return a;
            }());
    }

    void cliRefusesWhatItCannotDo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown format") << QStringList{QStringLiteral("--format"), QStringLiteral("pdf"),
                                                       QStringLiteral("--out"), QStringLiteral("x")}
                                        << 2 << QStringLiteral("anx, graphml, gexf, csv");
        QTest::newRow("no --out") << QStringList{QStringLiteral("--format"), QStringLiteral("anx")} << 2
                                  << QStringLiteral("--out");
        QTest::newRow("bad scope") << QStringList{QStringLiteral("--format"), QStringLiteral("anx"),
                                                  QStringLiteral("--out"),    QStringLiteral("x"),
                                                  QStringLiteral("--scope"),  QStringLiteral("all")}
                                   << 2 << QStringLiteral("--scope");
        QTest::newRow("no such saved chart")
            << QStringList{QStringLiteral("--format"), QStringLiteral("anx"),    QStringLiteral("--out"),
                           QStringLiteral("x"),        QStringLiteral("--view"), QStringLiteral("nope")}
            << 1 << QStringLiteral("no saved chart named 'nope'");
    }
    void cliRefusesWhatItCannotDo()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        m_case.reset();
        QByteArray err;
        QCOMPARE(dttest::runCli(QStringList{QStringLiteral("export"), m_casePath} + args, nullptr, &err),
                 exitCode);
        QVERIFY2(QString::fromUtf8(err).contains(message), err.constData());
        QString error;
        m_case = CaseFile::open(m_casePath, CaseFile::Access::ReadWrite, &error);
        QVERIFY(m_case);
    }

    void cliExportsASavedChartAsItShowsIt()
    {
        QString error;
        graph::GraphFilter f;
        f.types &= ~(1u << int(NodeType::LeakList)); // lists hidden on this chart
        QVERIFY(
            graph::ChartStore::save(m_case->db(), QStringLiteral("main"), trickyGraph().toJson(f), &error));
        m_case.reset();
        const QString out = m_dir.filePath(QStringLiteral("chart.graphml"));
        QByteArray stdOut;
        QCOMPARE(
            dttest::runCli({QStringLiteral("export"), m_casePath, QStringLiteral("--format"),
                            QStringLiteral("graphml"), QStringLiteral("--out"), out,
                            QStringLiteral("--scope"), QStringLiteral("chart"), QStringLiteral("--json")},
                           &stdOut),
            0);
        const QJsonObject o = QJsonDocument::fromJson(stdOut).object();
        QCOMPARE(o.value(QStringLiteral("scope")).toString(), QStringLiteral("chart"));
        QCOMPARE(o.value(QStringLiteral("nodes")).toInt(), 4); // the list is not shown
        QCOMPARE(o.value(QStringLiteral("edges")).toInt(), 3);
        // Without --view, the view the case opens on; with it, the one named.
        m_case = CaseFile::open(m_casePath, CaseFile::Access::ReadWrite, &error);
        QVERIFY(m_case);
        f.types &= ~(1u << int(NodeType::Person));
        QVERIFY(
            graph::ChartStore::save(m_case->db(), QStringLiteral("Leads"), trickyGraph().toJson(f), &error));
        QVERIFY(graph::ChartStore::setCurrent(m_case->db(), QStringLiteral("Leads"), &error));
        m_case.reset();
        const QStringList args{
            QStringLiteral("export"), m_casePath, QStringLiteral("--format"), QStringLiteral("graphml"),
            QStringLiteral("--out"),  out,        QStringLiteral("--json")};
        QCOMPARE(
            dttest::runCli(args + QStringList{QStringLiteral("--scope"), QStringLiteral("chart")}, &stdOut),
            0);
        QCOMPARE(QJsonDocument::fromJson(stdOut).object().value(QStringLiteral("nodes")).toInt(), 3);
        QCOMPARE(
            dttest::runCli(args + QStringList{QStringLiteral("--view"), QStringLiteral("main")}, &stdOut), 0);
        QCOMPARE(QJsonDocument::fromJson(stdOut).object().value(QStringLiteral("nodes")).toInt(), 4);
        m_case = CaseFile::open(m_casePath, CaseFile::Access::ReadWrite, &error);
        QVERIFY(m_case);
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
