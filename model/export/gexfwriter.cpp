// GEXF 1.3 (gexf.net/1.3), the format Gephi reads natively. The graph is dynamic: each call edge
// carries the intervals of its calls as spells, each number the span of its calls, in xs:dateTime
// with the case's offset, so Gephi's timeline plays the case back. Colours, positions and sizes are
// the 1.3 schema's color, position and size elements, which it declares in the GEXF namespace
// itself (tests/data/gexf-1.3 validates every export against that schema).
#include "dt/version.h"
#include "export/exportwriter.h"
#include "graph/palette.h"

#include <cmath>
#include <QXmlStreamWriter>

namespace dt::exports {

namespace {

const QString kNs = QStringLiteral("http://gexf.net/1.3");

QString gexfType(AttrType t)
{
    switch (t) {
    case AttrType::Text:
    case AttrType::Time: // GEXF attributes have no time type; the spells carry the times
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

void writeColor(QXmlStreamWriter &w, QRgb c)
{
    w.writeEmptyElement(kNs, QStringLiteral("color"));
    w.writeAttribute(QStringLiteral("r"), QString::number(qRed(c)));
    w.writeAttribute(QStringLiteral("g"), QString::number(qGreen(c)));
    w.writeAttribute(QStringLiteral("b"), QString::number(qBlue(c)));
}

void writeSpells(QXmlStreamWriter &w, const ExportData &d, const std::vector<Spell> &spells)
{
    if (spells.empty())
        return;
    w.writeStartElement(kNs, QStringLiteral("spells"));
    for (const Spell &s : spells) {
        w.writeEmptyElement(kNs, QStringLiteral("spell"));
        w.writeAttribute(QStringLiteral("start"), d.timeText(s.start));
        w.writeAttribute(QStringLiteral("end"), d.timeText(s.end));
    }
    w.writeEndElement();
}

void writeAttValues(QXmlStreamWriter &w, const ExportData &d, const std::vector<Attribute> &attrs,
                    const std::vector<QVariant> &values)
{
    w.writeStartElement(kNs, QStringLiteral("attvalues"));
    for (size_t i = 0; i < attrs.size(); ++i) {
        const QString v = d.valueText(values[i], attrs[i].type);
        if (v.isEmpty())
            continue;
        w.writeEmptyElement(kNs, QStringLiteral("attvalue"));
        w.writeAttribute(QStringLiteral("for"), attrs[i].key);
        w.writeAttribute(QStringLiteral("value"), v);
    }
    w.writeEndElement();
}

void writeDeclarations(QXmlStreamWriter &w, const char *cls, const std::vector<Attribute> &attrs)
{
    w.writeStartElement(kNs, QStringLiteral("attributes"));
    w.writeAttribute(QStringLiteral("class"), QLatin1String(cls));
    w.writeAttribute(QStringLiteral("mode"), QStringLiteral("static"));
    for (const Attribute &a : attrs) {
        w.writeEmptyElement(kNs, QStringLiteral("attribute"));
        w.writeAttribute(QStringLiteral("id"), a.key);
        w.writeAttribute(QStringLiteral("title"), a.key);
        w.writeAttribute(QStringLiteral("type"), gexfType(a.type));
    }
    w.writeEndElement();
}

class GexfWriter : public ExportWriter
{
public:
    QString name() const override { return QStringLiteral("gexf"); }
    QString title() const override
    {
        return ExportData::tr("GEXF 1.3 for Gephi, with the calls on its timeline (*.gexf)");
    }
    QString suffix() const override { return QStringLiteral("gexf"); }

    bool write(const ExportData &d, std::vector<ExportFile> *files, QString *) const override
    {
        QByteArray out;
        QXmlStreamWriter w(&out);
        w.setAutoFormatting(true);
        w.setAutoFormattingIndent(1);
        w.writeStartDocument();
        w.writeDefaultNamespace(kNs);
        w.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
        w.writeStartElement(kNs, QStringLiteral("gexf"));
        w.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"),
                         QStringLiteral("schemaLocation"),
                         QStringLiteral("http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"));
        w.writeAttribute(QStringLiteral("version"), QStringLiteral("1.3"));
        w.writeStartElement(kNs, QStringLiteral("meta"));
        w.writeTextElement(kNs, QStringLiteral("creator"), QStringLiteral("DialTrace " DT_VERSION_STRING));
        QString description = d.title;
        if (d.runId)
            description += QStringLiteral("; analysis run %1").arg(d.runId);
        description += QStringLiteral("; %1; times in %2").arg(d.scope, d.clock.zone());
        w.writeTextElement(kNs, QStringLiteral("description"), description);
        w.writeEndElement(); // meta

        w.writeStartElement(kNs, QStringLiteral("graph"));
        w.writeAttribute(QStringLiteral("mode"), QStringLiteral("dynamic"));
        w.writeAttribute(QStringLiteral("defaultedgetype"), QStringLiteral("directed"));
        w.writeAttribute(QStringLiteral("timeformat"), QStringLiteral("dateTime"));
        w.writeAttribute(QStringLiteral("timerepresentation"), QStringLiteral("interval"));
        w.writeAttribute(QStringLiteral("timezone"), d.clock.zone());
        writeDeclarations(w, "node", ExportData::nodeAttributes());
        writeDeclarations(w, "edge", ExportData::edgeAttributes());

        w.writeStartElement(kNs, QStringLiteral("nodes"));
        w.writeAttribute(QStringLiteral("count"), QString::number(d.nodes.size()));
        const int volume = ExportData::nodeColumn(QStringLiteral("volume"));
        for (const ExportNode &n : d.nodes) {
            w.writeStartElement(kNs, QStringLiteral("node"));
            w.writeAttribute(QStringLiteral("id"), n.id);
            w.writeAttribute(QStringLiteral("label"), n.label);
            writeAttValues(w, d, ExportData::nodeAttributes(), n.values);
            writeSpells(w, d, n.spells);
            writeColor(w, graph::nodeRgb(n.type));
            w.writeEmptyElement(kNs, QStringLiteral("position"));
            w.writeAttribute(QStringLiteral("x"), QString::number(n.x, 'f', 1));
            // Gephi's y axis points up, the chart's down: mirrored, the picture is the same.
            w.writeAttribute(QStringLiteral("y"), QString::number(-n.y, 'f', 1));
            w.writeEmptyElement(kNs, QStringLiteral("size"));
            const double v = std::max(0.0, n.values[size_t(volume)].toDouble());
            w.writeAttribute(QStringLiteral("value"), QString::number(9 + 4 * std::log10(1 + v), 'f', 2));
            w.writeEndElement();
        }
        w.writeEndElement(); // nodes

        w.writeStartElement(kNs, QStringLiteral("edges"));
        w.writeAttribute(QStringLiteral("count"), QString::number(d.edges.size()));
        const int count = ExportData::edgeColumn(QStringLiteral("count"));
        for (const ExportEdge &e : d.edges) {
            w.writeStartElement(kNs, QStringLiteral("edge"));
            w.writeAttribute(QStringLiteral("id"), e.id);
            w.writeAttribute(QStringLiteral("source"), d.nodes[size_t(e.source)].id);
            w.writeAttribute(QStringLiteral("target"), d.nodes[size_t(e.target)].id);
            w.writeAttribute(QStringLiteral("type"),
                             e.directed ? QStringLiteral("directed") : QStringLiteral("undirected"));
            w.writeAttribute(QStringLiteral("kind"), graph::edgeTypeName(e.type));
            w.writeAttribute(QStringLiteral("weight"),
                             QString::number(std::max<qint64>(1, e.values[size_t(count)].toLongLong())));
            writeAttValues(w, d, ExportData::edgeAttributes(), e.values);
            writeSpells(w, d, e.spells);
            writeColor(w, graph::edgeRgb(e.type));
            w.writeEndElement();
        }
        w.writeEndElement(); // edges
        w.writeEndElement(); // graph
        w.writeEndElement(); // gexf
        w.writeEndDocument();
        files->push_back({QString(), out});
        return true;
    }
};

} // namespace

std::unique_ptr<ExportWriter> makeGexfWriter()
{
    return std::make_unique<GexfWriter>();
}

} // namespace dt::exports
