#pragma once
#include <QJsonObject>
#include <QString>

namespace dt {
class Database;
}

namespace dt::graph {

/// The link charts' saved states in a case (table chart_states, schema 6). A chart's state is the
/// analyst's view, not evidence: saving it is not an audited step and does not touch the findings.
class ChartStore
{
public:
    static bool save(Database &db, const QString &name, const QJsonObject &state, QString *error);
    /// The saved state, or an empty object when there is none.
    static QJsonObject load(Database &db, const QString &name, QString *error);
};

} // namespace dt::graph
