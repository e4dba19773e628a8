#pragma once
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace dt {
class Database;
}

namespace dt::graph {

/**
 * The link charts' saved states in a case (table chart_states, schemas 6 and 12): saved views, each a
 * named chart (its entities, places, filters and time window) in the order they were made, one of
 * them current (the chart the case opens on). A chart's state is the analyst's view, not evidence:
 * saving it is not an audited step and does not touch the findings.
 */
class ChartStore
{
    Q_DECLARE_TR_FUNCTIONS(dt::graph::ChartStore)
public:
    /// The view named when a case has none yet.
    static QString defaultName() { return QStringLiteral("main"); }

    /// Saves @p state as view @p name, replacing its state; a new view goes after the others.
    static bool save(Database &db, const QString &name, const QJsonObject &state, QString *error);
    /// The saved state, or an empty object when there is none.
    static QJsonObject load(Database &db, const QString &name, QString *error);
    /// The views' names in the order they were made.
    static QStringList names(Database &db);
    /// The current view's name (the first view when none is marked, defaultName() when there is none).
    static QString current(Database &db);
    static bool setCurrent(Database &db, const QString &name, QString *error);
    /// A copy of view @p from named @p to (refused when @p to exists), placed after the others.
    static bool duplicate(Database &db, const QString &from, const QString &to, QString *error);
    /// Renames a view (refused when @p to exists); it keeps its place and whether it is current.
    static bool rename(Database &db, const QString &from, const QString &to, QString *error);
    /// Removes a view; when it was current, the first remaining one becomes current.
    static bool remove(Database &db, const QString &name, QString *error);
    /// A name not used yet: @p base, else "base 2", "base 3" …
    static QString freeName(Database &db, const QString &base);
};

} // namespace dt::graph
