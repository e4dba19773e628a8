// i2 Analyst's Notebook Exchange (ANX): the XML chart ANB opens and imports (File > Open, *.anx).
//
// What is written (the subset of the format DialTrace needs, in the order ANB's schema sequences it):
//   <Chart IdReferenceLinking="false" Rigorous="true">
//     <StrengthCollection>        <Strength Id Name DotStyle/>
//     <AttributeClassCollection>  <AttributeClass Id Name Type=AttText|AttNumber|AttTime|AttFlag …/>
//     <EntityTypeCollection>      <EntityType Id Name IconFile Colour PreferredRepresentation/>
//     <LinkTypeCollection>        <LinkType Id Name Colour/>
//     <Summary><FieldCollection>  <Field Type=SummaryFieldTitle|SummaryFieldComments Field/>
//     <ChartItemCollection>
//       <ChartItem Id Label XPosition>            an entity
//         <End X Y Z><Entity EntityId Identity LabelIsIdentity>
//           <Icon><IconStyle Type EntityTypeReference/></Icon></Entity></End>
//         <AttributeCollection><Attribute AttributeClass AttributeClassReference Value/>…
//       <ChartItem Id Label DateSet TimeSet DateTime>  a link (its first call's time)
//         <Link End1Id End2Id><LinkStyle Type LinkTypeReference Strength ArrowStyle LineColour/></Link>
//         <AttributeCollection>…
// Every Id and EntityId comes from one counter: ANB keeps them in one namespace. Links name their ends
// by EntityId (IdReferenceLinking="false"). Colours are Windows COLORREFs: 0x00BBGGRR as a decimal
// integer. Times are the case's local wall-clock times (the zone is named in the summary's
// comments), AttTime values and DateTime alike.
#include "export/exportwriter.h"
#include "graph/palette.h"

#include <map>
#include <QDateTime>
#include <QXmlStreamWriter>

namespace dt::exports {

using graph::EdgeType;
using graph::NodeType;

namespace {

/// A Windows COLORREF: red in the low byte, blue in the third.
QString colorRef(QRgb c)
{
    return QString::number(quint32(qRed(c)) | quint32(qGreen(c)) << 8 | quint32(qBlue(c)) << 16);
}

/// The entity type's name and the ANB standard icon it is drawn with.
std::pair<QString, QString> entityType(NodeType t)
{
    switch (t) {
    case NodeType::Number:
        return {QStringLiteral("Phone Number"), QStringLiteral("Phone")};
    case NodeType::Operator:
        return {QStringLiteral("Operator"), QStringLiteral("Office")};
    case NodeType::LeakList:
        return {QStringLiteral("Leaked List"), QStringLiteral("Cabinet")};
    case NodeType::Person:
        return {QStringLiteral("Person"), QStringLiteral("Person")};
    case NodeType::Device:
        return {QStringLiteral("Handset"), QStringLiteral("Phone")};
    case NodeType::Cell:
        return {QStringLiteral("Cell"), QStringLiteral("Place")};
    case NodeType::Aggregate:
        return {QStringLiteral("Aggregate"), QStringLiteral("General group")};
    }
    return {QStringLiteral("Entity"), QStringLiteral("General")};
}

QString linkTypeName(EdgeType t)
{
    switch (t) {
    case EdgeType::Call:
        return QStringLiteral("Calls");
    case EdgeType::Member:
        return QStringLiteral("Runs Number");
    case EdgeType::Leak:
        return QStringLiteral("Victims From List");
    case EdgeType::Lineage:
        return QStringLiteral("Resold To");
    case EdgeType::DeviceUse:
        return QStringLiteral("Used Handset");
    case EdgeType::CellUse:
        return QStringLiteral("Seen In Cell");
    case EdgeType::Listed:
        return QStringLiteral("Listed In");
    case EdgeType::PersonPhone:
        return QStringLiteral("Owns Number");
    }
    return QStringLiteral("Link");
}

QString anxType(AttrType t)
{
    switch (t) {
    case AttrType::Text:
        return QStringLiteral("AttText");
    case AttrType::Integer:
    case AttrType::Real:
        return QStringLiteral("AttNumber");
    case AttrType::Boolean:
        return QStringLiteral("AttFlag");
    case AttrType::Time:
        return QStringLiteral("AttTime");
    }
    return QStringLiteral("AttText");
}

/// Attributes that the chart item itself already shows (its type, identity, label and place).
bool structural(const QString &key)
{
    return key == QLatin1String("type") || key == QLatin1String("key") || key == QLatin1String("label") ||
           key == QLatin1String("x") || key == QLatin1String("y");
}

class AnxWriter : public ExportWriter
{
public:
    QString name() const override { return QStringLiteral("anx"); }
    QString title() const override { return ExportData::tr("i2 Analyst's Notebook chart (*.anx)"); }
    QString suffix() const override { return QStringLiteral("anx"); }

    bool write(const ExportData &d, std::vector<ExportFile> *files, QString *) const override
    {
        int counter = 0;
        auto nextId = [&counter] { return QStringLiteral("ID%1").arg(++counter); };
        // Declarations first: only what the items use, each with its id.
        const QString strengthId = nextId();
        std::map<QString, std::pair<QString, AttrType>> classes; // name → (id, type)
        auto declare = [&](const std::vector<Attribute> &attrs) {
            for (const Attribute &a : attrs)
                if (!structural(a.key) && !classes.count(a.key))
                    classes[a.key] = {nextId(), a.type};
        };
        declare(ExportData::nodeAttributes());
        declare(ExportData::edgeAttributes());
        std::map<int, QString> entityTypes, linkTypes; // type → id
        for (const ExportNode &n : d.nodes)
            if (!entityTypes.count(int(n.type)))
                entityTypes[int(n.type)] = nextId();
        for (const ExportEdge &e : d.edges)
            if (!linkTypes.count(int(e.type)))
                linkTypes[int(e.type)] = nextId();

        QByteArray out;
        QXmlStreamWriter w(&out);
        w.setAutoFormatting(true);
        w.setAutoFormattingIndent(1);
        w.writeStartDocument();
        w.writeStartElement(QStringLiteral("Chart"));
        w.writeAttribute(QStringLiteral("IdReferenceLinking"), QStringLiteral("false"));
        w.writeAttribute(QStringLiteral("Rigorous"), QStringLiteral("true"));

        w.writeStartElement(QStringLiteral("StrengthCollection"));
        w.writeEmptyElement(QStringLiteral("Strength"));
        w.writeAttribute(QStringLiteral("Id"), strengthId);
        w.writeAttribute(QStringLiteral("Name"), QStringLiteral("Default"));
        w.writeAttribute(QStringLiteral("DotStyle"), QStringLiteral("DotStyleSolid"));
        w.writeEndElement();

        w.writeStartElement(QStringLiteral("AttributeClassCollection"));
        for (const auto &[name, c] : classes) {
            w.writeEmptyElement(QStringLiteral("AttributeClass"));
            w.writeAttribute(QStringLiteral("Id"), c.first);
            w.writeAttribute(QStringLiteral("Name"), name);
            w.writeAttribute(QStringLiteral("Type"), anxType(c.second));
            w.writeAttribute(QStringLiteral("ShowValue"), QStringLiteral("true"));
            w.writeAttribute(QStringLiteral("ShowClassName"), QStringLiteral("true"));
            w.writeAttribute(QStringLiteral("Visible"), QStringLiteral("false"));
            w.writeAttribute(QStringLiteral("IsUser"), QStringLiteral("true"));
            w.writeAttribute(QStringLiteral("UserCanAdd"), QStringLiteral("true"));
            w.writeAttribute(QStringLiteral("UserCanRemove"), QStringLiteral("true"));
        }
        w.writeEndElement();

        w.writeStartElement(QStringLiteral("EntityTypeCollection"));
        for (const auto &[t, id] : entityTypes) {
            const auto [typeName, icon] = entityType(NodeType(t));
            w.writeEmptyElement(QStringLiteral("EntityType"));
            w.writeAttribute(QStringLiteral("Id"), id);
            w.writeAttribute(QStringLiteral("Name"), typeName);
            w.writeAttribute(QStringLiteral("IconFile"), icon);
            w.writeAttribute(QStringLiteral("Colour"), colorRef(graph::nodeRgb(NodeType(t))));
            w.writeAttribute(QStringLiteral("PreferredRepresentation"), QStringLiteral("RepresentAsIcon"));
        }
        w.writeEndElement();

        w.writeStartElement(QStringLiteral("LinkTypeCollection"));
        for (const auto &[t, id] : linkTypes) {
            w.writeEmptyElement(QStringLiteral("LinkType"));
            w.writeAttribute(QStringLiteral("Id"), id);
            w.writeAttribute(QStringLiteral("Name"), linkTypeName(EdgeType(t)));
            w.writeAttribute(QStringLiteral("Colour"), colorRef(graph::edgeRgb(EdgeType(t))));
        }
        w.writeEndElement();

        w.writeStartElement(QStringLiteral("Summary"));
        w.writeStartElement(QStringLiteral("FieldCollection"));
        const QString comments =
            QStringLiteral("DialTrace export (%1)%2; times are local to %3")
                .arg(d.scope, d.runId ? QStringLiteral(", analysis run %1").arg(d.runId) : QString(),
                     d.clock.zone());
        for (const auto &[type, text] : {std::pair(QStringLiteral("SummaryFieldTitle"), d.title),
                                         std::pair(QStringLiteral("SummaryFieldComments"), comments)}) {
            w.writeEmptyElement(QStringLiteral("Field"));
            w.writeAttribute(QStringLiteral("Type"), type);
            w.writeAttribute(QStringLiteral("Field"), text);
        }
        w.writeEndElement(); // FieldCollection
        w.writeEndElement(); // Summary

        auto attributes = [&](const std::vector<Attribute> &attrs, const std::vector<QVariant> &values) {
            bool open = false;
            for (size_t i = 0; i < attrs.size(); ++i) {
                if (structural(attrs[i].key) || !values[i].isValid())
                    continue;
                if (!open) {
                    w.writeStartElement(QStringLiteral("AttributeCollection"));
                    open = true;
                }
                w.writeEmptyElement(QStringLiteral("Attribute"));
                w.writeAttribute(QStringLiteral("AttributeClass"), attrs[i].key);
                w.writeAttribute(QStringLiteral("AttributeClassReference"), classes[attrs[i].key].first);
                w.writeAttribute(QStringLiteral("Value"), attrs[i].type == AttrType::Time
                                                              ? localTime(d, values[i].toLongLong())
                                                              : d.valueText(values[i], attrs[i].type));
            }
            if (open)
                w.writeEndElement();
        };

        w.writeStartElement(QStringLiteral("ChartItemCollection"));
        std::vector<QString> entityIds;
        for (const ExportNode &n : d.nodes) {
            const QString itemId = nextId();
            entityIds.push_back(nextId());
            const int x = qRound(n.x), y = qRound(n.y);
            w.writeStartElement(QStringLiteral("ChartItem"));
            w.writeAttribute(QStringLiteral("Id"), itemId);
            w.writeAttribute(QStringLiteral("Label"), n.label);
            w.writeAttribute(QStringLiteral("XPosition"), QString::number(x));
            w.writeAttribute(QStringLiteral("DateSet"), QStringLiteral("false"));
            w.writeStartElement(QStringLiteral("End"));
            w.writeAttribute(QStringLiteral("X"), QString::number(x));
            w.writeAttribute(QStringLiteral("Y"), QString::number(y));
            w.writeAttribute(QStringLiteral("Z"), QStringLiteral("0"));
            w.writeStartElement(QStringLiteral("Entity"));
            w.writeAttribute(QStringLiteral("EntityId"), entityIds.back());
            w.writeAttribute(QStringLiteral("Identity"), n.key);
            w.writeAttribute(QStringLiteral("LabelIsIdentity"),
                             n.label == n.key ? QStringLiteral("true") : QStringLiteral("false"));
            w.writeStartElement(QStringLiteral("Icon"));
            w.writeEmptyElement(QStringLiteral("IconStyle"));
            w.writeAttribute(QStringLiteral("Type"), entityType(n.type).first);
            w.writeAttribute(QStringLiteral("EntityTypeReference"), entityTypes[int(n.type)]);
            w.writeEndElement(); // Icon
            w.writeEndElement(); // Entity
            w.writeEndElement(); // End
            attributes(ExportData::nodeAttributes(), n.values);
            w.writeEndElement(); // ChartItem
        }
        const int countColumn = ExportData::edgeColumn(QStringLiteral("count"));
        const int firstColumn = ExportData::edgeColumn(QStringLiteral("first_call"));
        for (const ExportEdge &e : d.edges) {
            w.writeStartElement(QStringLiteral("ChartItem"));
            w.writeAttribute(QStringLiteral("Id"), nextId());
            const QVariant count = e.values[size_t(countColumn)];
            w.writeAttribute(QStringLiteral("Label"), e.type == EdgeType::Member || !count.isValid()
                                                          ? QString()
                                                          : QString::number(count.toLongLong()));
            const QVariant first = e.values[size_t(firstColumn)];
            w.writeAttribute(QStringLiteral("DateSet"),
                             first.isValid() ? QStringLiteral("true") : QStringLiteral("false"));
            if (first.isValid()) {
                w.writeAttribute(QStringLiteral("TimeSet"), QStringLiteral("true"));
                w.writeAttribute(QStringLiteral("DateTime"), localTime(d, first.toLongLong()));
            }
            w.writeStartElement(QStringLiteral("Link"));
            w.writeAttribute(QStringLiteral("End1Id"), entityIds[size_t(e.source)]);
            w.writeAttribute(QStringLiteral("End2Id"), entityIds[size_t(e.target)]);
            w.writeEmptyElement(QStringLiteral("LinkStyle"));
            w.writeAttribute(QStringLiteral("Type"), linkTypeName(e.type));
            w.writeAttribute(QStringLiteral("LinkTypeReference"), linkTypes[int(e.type)]);
            w.writeAttribute(QStringLiteral("Strength"), QStringLiteral("Default"));
            w.writeAttribute(QStringLiteral("ArrowStyle"),
                             e.directed ? QStringLiteral("ArrowOnHead") : QStringLiteral("ArrowNone"));
            w.writeAttribute(QStringLiteral("LineColour"), colorRef(graph::edgeRgb(e.type)));
            w.writeEndElement(); // Link
            attributes(ExportData::edgeAttributes(), e.values);
            w.writeEndElement(); // ChartItem
        }
        w.writeEndElement(); // ChartItemCollection
        w.writeEndElement(); // Chart
        w.writeEndDocument();
        files->push_back({QString(), out});
        return true;
    }

private:
    /// The case's wall-clock time, as ANB's xs:dateTime without an offset.
    static QString localTime(const ExportData &d, qint64 utc)
    {
        return QDateTime::fromSecsSinceEpoch(d.clock.local(utc), Qt::UTC)
            .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"));
    }
};

} // namespace

std::unique_ptr<ExportWriter> makeAnxWriter()
{
    return std::make_unique<AnxWriter>();
}

} // namespace dt::exports
