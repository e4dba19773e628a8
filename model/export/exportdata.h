#pragma once
#include "core/caseclock.h"
#include "graph/linkgraph.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariant>
#include <vector>

namespace dt {
class Database;
}

namespace dt::exports {

/// How a column's values are typed, so each format declares it its own way (GraphML attr.type, GEXF
/// attribute type, i2 AttributeClass type); CSV writes them as text.
enum class AttrType { Text, Integer, Real, Boolean, Time };

/// One attribute column of the nodes or the edges: a stable snake_case key and its type.
struct Attribute
{
    QString key;
    AttrType type = AttrType::Text;
};

/// A time interval [start, end] in UTC seconds: one call, from its start to its end.
struct Spell
{
    qint64 start = 0, end = 0;
};

struct ExportNode
{
    QString id; ///< unique within the export ("n0", "n1", …)
    graph::NodeType type = graph::NodeType::Number;
    QString key, label;
    double x = 0, y = 0;
    std::vector<QVariant> values; ///< one per ExportData::nodeAttributes(); invalid QVariant: no value
    std::vector<Spell> spells;    ///< numbers and aggregates: from their first to their last call
};

struct ExportEdge
{
    QString id;                   ///< unique within the export ("e0", …)
    int source = -1, target = -1; ///< indices into ExportData::nodes
    graph::EdgeType type = graph::EdgeType::Call;
    bool directed = true;
    std::vector<QVariant> values; ///< one per ExportData::edgeAttributes()
    /// Call edges: when the calls were, each [start, start + duration], overlapping ones merged (the
    /// `count` attribute keeps the exact number of calls).
    std::vector<Spell> spells;
};

/// A table beside the chart (the findings' suspects, operators, list attribution, violations): what
/// the CSV bundle writes as its own file, and the other formats leave out.
struct Table
{
    QString name; ///< file name without extension ("suspects")
    QStringList header;
    std::vector<QStringList> rows;
};

/**
 * What an export writes, the same for every format: the entities and links of a link chart (the
 * ones it shows, in its time window) or of the whole latest run, flattened into nodes and edges
 * with typed attribute columns, plus the findings' tables. Built once; each writer (exportwriter.h)
 * turns it into its format, so GraphML, GEXF, i2 ANX and CSV carry the same attributes.
 *
 * Node attributes: type, key, label, volume, members (aggregates), calls (on the chart, in the
 * window), first_call, last_call, x, y. Edge attributes: type, count (calls in the window, victims,
 * shared records …), duration (seconds of those calls), first_call, last_call.
 */
class ExportData
{
    Q_DECLARE_TR_FUNCTIONS(dt::exports::ExportData)
public:
    /// Flattens @p g as shown under @p f (hidden entities, hidden types and call edges outside the
    /// window or under the minimum weight are left out). When @p db is given (the case the chart was
    /// built from), each call between two numbers gets its duration from the case; otherwise, and
    /// for an aggregate's calls, a call is an instant (start = end). Times are shown in @p clock's zone.
    static ExportData fromGraph(const graph::LinkGraph &g, const graph::GraphFilter &f, Database *db,
                                const CaseClock &clock);

    static const std::vector<Attribute> &nodeAttributes();
    static const std::vector<Attribute> &edgeAttributes();
    /// The column of @p key in nodeAttributes() / edgeAttributes(), or -1.
    static int nodeColumn(const QString &key);
    static int edgeColumn(const QString &key);

    /// ISO 8601 local time in the export's zone with its offset ("2026-09-01T09:27:44+08:00").
    QString timeText(qint64 utc) const;
    /// A value as text the way every format writes it: times by timeText(), reals without a
    /// trailing ".0", booleans "true"/"false", no value "".
    QString valueText(const QVariant &v, AttrType type) const;

    QString title;                       ///< the case's title
    QString caseId;                      ///< the case's id (meta case_id)
    QString scope;                       ///< "chart" (what a chart shows) or "run" (the whole latest run)
    qint64 runId = 0;                    ///< the analysis run the findings come from (0: none)
    qint64 windowFrom = 0, windowTo = 0; ///< the chart's time window (0: open)
    CaseClock clock;
    std::vector<ExportNode> nodes;
    std::vector<ExportEdge> edges;
    std::vector<Table> tables;
};

} // namespace dt::exports
