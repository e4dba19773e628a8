// GraphML (graphml.graphdrawing.org): keys declared before the graph, one per attribute with its
// type; edges carry their own direction. Opened by yEd, Gephi, Cytoscape, NetworkX, igraph.
#include "export/exportwriter.h"

#include <QXmlStreamWriter>

namespace dt::exports {

namespace {

QString graphMlType(AttrType t)
{
    switch (t) {
    case AttrType::Text:
    case AttrType::Time: // ISO 8601 with the offset: GraphML has no time type
        return QStringLiteral("string");
    case AttrType::Integer:
        return QStringLiteral("long");
    case AttrType::Real:
        return QStringLiteral("double");
    case AttrType::Boolean:
        return QStringLiteral("boolean");
    }
    return QStringLiteral("string");
}

class GraphMlWriter : public ExportWriter
{
public:
    QString name() const override { return QStringLiteral("graphml"); }
    QString title() const override
    {
        return ExportData::tr("GraphML for yEd, Gephi and Cytoscape (*.graphml)");
    }
    QString suffix() const override { return QStringLiteral("graphml"); }

    bool write(const ExportData &d, std::vector<ExportFile> *files, QString *) const override
    {
        QByteArray out;
        QXmlStreamWriter w(&out);
        w.setAutoFormatting(true);
        w.setAutoFormattingIndent(1);
        w.writeStartDocument();
        w.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
        w.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
        w.writeStartElement(QStringLiteral("graphml"));
        w.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"),
                         QStringLiteral("schemaLocation"),
                         QStringLiteral("http://graphml.graphdrawing.org/xmlns "
                                        "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"));
        const QList<QPair<QString, QString>> graphData = {
            {QStringLiteral("title"), d.title},
            {QStringLiteral("case_id"), d.caseId},
            {QStringLiteral("scope"), d.scope},
            {QStringLiteral("analysis_run"), d.runId ? QString::number(d.runId) : QString()},
            {QStringLiteral("time_zone"), d.clock.zone()},
            {QStringLiteral("window_from"), d.windowFrom ? d.timeText(d.windowFrom) : QString()},
            {QStringLiteral("window_to"), d.windowTo ? d.timeText(d.windowTo) : QString()}};
        auto key = [&w](const QString &id, const char *forWhat, const QString &name, const QString &type) {
            w.writeEmptyElement(QStringLiteral("key"));
            w.writeAttribute(QStringLiteral("id"), id);
            w.writeAttribute(QStringLiteral("for"), QLatin1String(forWhat));
            w.writeAttribute(QStringLiteral("attr.name"), name);
            w.writeAttribute(QStringLiteral("attr.type"), type);
        };
        for (const auto &g : graphData)
            key(QStringLiteral("g_") + g.first, "graph", g.first, QStringLiteral("string"));
        for (const Attribute &a : ExportData::nodeAttributes())
            key(QStringLiteral("n_") + a.key, "node", a.key, graphMlType(a.type));
        for (const Attribute &a : ExportData::edgeAttributes())
            key(QStringLiteral("e_") + a.key, "edge", a.key, graphMlType(a.type));

        w.writeStartElement(QStringLiteral("graph"));
        w.writeAttribute(QStringLiteral("id"), QStringLiteral("G"));
        w.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("directed"));
        auto data = [&w](const QString &keyId, const QString &value) {
            if (value.isEmpty())
                return;
            w.writeStartElement(QStringLiteral("data"));
            w.writeAttribute(QStringLiteral("key"), keyId);
            w.writeCharacters(value);
            w.writeEndElement();
        };
        for (const auto &g : graphData)
            data(QStringLiteral("g_") + g.first, g.second);
        const auto &na = ExportData::nodeAttributes();
        for (const ExportNode &n : d.nodes) {
            w.writeStartElement(QStringLiteral("node"));
            w.writeAttribute(QStringLiteral("id"), n.id);
            for (size_t i = 0; i < na.size(); ++i)
                data(QStringLiteral("n_") + na[i].key, d.valueText(n.values[i], na[i].type));
            w.writeEndElement();
        }
        const auto &ea = ExportData::edgeAttributes();
        for (const ExportEdge &e : d.edges) {
            w.writeStartElement(QStringLiteral("edge"));
            w.writeAttribute(QStringLiteral("id"), e.id);
            w.writeAttribute(QStringLiteral("source"), d.nodes[size_t(e.source)].id);
            w.writeAttribute(QStringLiteral("target"), d.nodes[size_t(e.target)].id);
            if (!e.directed)
                w.writeAttribute(QStringLiteral("directed"), QStringLiteral("false"));
            for (size_t i = 0; i < ea.size(); ++i)
                data(QStringLiteral("e_") + ea[i].key, d.valueText(e.values[i], ea[i].type));
            w.writeEndElement();
        }
        w.writeEndElement(); // graph
        w.writeEndElement(); // graphml
        w.writeEndDocument();
        files->push_back({QString(), out});
        return true;
    }
};

} // namespace

std::unique_ptr<ExportWriter> makeGraphMlWriter()
{
    return std::make_unique<GraphMlWriter>();
}

} // namespace dt::exports
