#pragma once
#include "analysis/findings.h"
#include "graph/linkgraph.h"

#include <memory>

namespace dt {
class Database;
}

namespace dt::graph {

/**
 * Grows a link chart from a case: the overview of the latest analysis run (operators, their
 * numbers, the lists they dialled, the lists' resale lineage), then whatever the analyst expands.
 * Reads through the connection given, so it can run on a worker thread with its own read-only
 * connection; it only touches the graph passed in.
 *
 * Expanding a number adds the numbers it called and was called by (call edges carry count, total
 * duration and every start time, so the chart can filter by time), its handsets, its cells, its
 * operator, the lists and persons that hold it. When a node has more neighbours of one kind than
 * the hub limit, the ones not yet on the chart (and not suspects) collapse into one aggregate node
 * ("1,204 callees") that openAggregate() replaces by its members.
 */
class LinkGraphBuilder
{
    Q_DECLARE_TR_FUNCTIONS(dt::graph::LinkGraphBuilder)
public:
    /// @p findings: Detector::latestFindings() of the case (may be empty: no operators, no lists),
    /// shared rather than copied: a builder is made for each expansion, on a worker thread.
    LinkGraphBuilder(Database &db, std::shared_ptr<const analysis::Findings> findings);
    LinkGraphBuilder(Database &db, const analysis::Findings &findings);
    void setHubLimit(int limit) { m_hubLimit = std::max(1, limit); }

    /// The latest run's operators with their numbers, their significant lists and the lineage.
    bool overview(LinkGraph *g, QString *error);
    /// Adds the neighbours of @p node; marks it expanded.
    bool expand(LinkGraph *g, int node, QString *error);
    /// Replaces the aggregate @p node by up to @p limit of its members.
    bool openAggregate(LinkGraph *g, int node, int limit, QString *error);
    /// Removes what expanding @p node brought in (unless pinned or linked to something else).
    static void collapse(LinkGraph *g, int node);
    /// The node for an entity the analyst picked elsewhere (a number in any spelling already
    /// normalised, an operator id, a list name…), added when missing; -1 when the case has no such entity.
    int ensure(LinkGraph *g, NodeType type, const QString &key, QString *error);

private:
    qint64 numberId(const QString &key);
    int numberNode(LinkGraph *g, const QString &key, int from);
    bool expandNumber(LinkGraph *g, int node, QString *error);
    bool addCalls(LinkGraph *g, int node, qint64 id, bool outgoing, int limit, bool aggregateRest,
                  QString *error);
    bool expandOperator(LinkGraph *g, int node);
    bool expandList(LinkGraph *g, int node, QString *error);
    bool expandByQuery(LinkGraph *g, int node, const QString &sql, const QVariant &arg, QString *error);
    /// The operator's victims, as its node's volume (0 when the run has no such operator).
    double operatorVolume(const QString &id) const;
    Database &m_db;
    std::shared_ptr<const analysis::Findings> m_findings;
    QHash<QString, QString> m_operatorOf; ///< number → operator id
    QSet<QString> m_suspects;
    int m_hubLimit = 40;
};

} // namespace dt::graph
