#include "case/sealtables.h"

#include "case/database.h"

#include <map>

namespace dt::seal {

namespace {

struct Known
{
    Kind kind;
    const char *scope;
    const char *key; ///< Whole tables: the rows' key (rowid when empty)
    const char *where;
};

// What DialTrace knows of its tables. Anything else a case holds is sealed whole.
const std::map<QString, Known> &known()
{
    static const std::map<QString, Known> k = {
        {QStringLiteral("meta"), {Kind::Whole, "", "key", "key <> 'audit_head'"}},
        {QStringLiteral("sources"), {Kind::Whole, "", "", ""}},
        {QStringLiteral("analysis_runs"), {Kind::Whole, "", "", ""}},
        {QStringLiteral("annotations"), {Kind::Whole, "", "", ""}},
        {QStringLiteral("exercise_answers"), {Kind::Whole, "", "", ""}},
        {QStringLiteral("verdict_overrides"), {Kind::Whole, "", "number", ""}},
        {QStringLiteral("tags"),
         {Kind::Whole, "", "entity_type || char(31) || entity_key || char(31) || tag", ""}},
        {QStringLiteral("mapping_profiles"), {Kind::Whole, "", "name", ""}},
        {QStringLiteral("chart_states"), {Kind::Whole, "", "name", ""}},
        {QStringLiteral("schema_migrations"), {Kind::Whole, "", "", ""}},
        {QStringLiteral("numbers"), {Kind::Rows, "", "", ""}},
        {QStringLiteral("devices"), {Kind::Rows, "", "", ""}},
        {QStringLiteral("cells"), {Kind::Rows, "", "", ""}},
        {QStringLiteral("persons"), {Kind::Rows, "", "", ""}},
        {QStringLiteral("leak_records"), {Kind::Rows, "source_id", "", ""}},
        {QStringLiteral("complaints"), {Kind::Rows, "source_id", "", ""}},
        {QStringLiteral("rejected_rows"), {Kind::Rows, "source_id", "", ""}},
        {QStringLiteral("findings"), {Kind::Rows, "run_id", "", ""}},
        {QStringLiteral("call_blocks"), {Kind::Blocks, "source_id", "", ""}},
        {QStringLiteral("call_rows"), {Kind::Links, "source_id", "", ""}},
    };
    return k;
}

bool excluded(const QString &name)
{
    return name.startsWith(QLatin1String("sqlite_")) || name.startsWith(QLatin1String("seal_")) ||
           name == QLatin1String("audit_log") || name == QLatin1String("call_postings");
}

QStringList columnsOf(Database &db, const QString &table)
{
    QStringList out;
    Statement st = db.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
    st.bind(1, table);
    while (st.step())
        out << st.text(0);
    return out;
}

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

} // namespace

QString Table::select() const
{
    QStringList cols;
    for (const QString &c : columns)
        cols << quoted(c);
    const QString first = kind == Kind::Whole   ? key
                          : kind == Kind::Links ? QStringLiteral("call_id")
                                                : QStringLiteral("rowid");
    return QStringLiteral("SELECT %1, %2, %3 FROM %4")
        .arg(first, scope.isEmpty() ? QStringLiteral("0") : quoted(scope), cols.join(QLatin1String(", ")),
             from);
}

std::vector<Table> Tables::read(Database &db)
{
    std::vector<Table> out;
    Statement st =
        db.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    std::vector<std::pair<QString, QString>> tables;
    while (st.step())
        tables.emplace_back(st.text(0), st.text(1));
    for (const auto &[name, sql] : tables) {
        if (excluded(name) || sql.startsWith(QLatin1String("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive))
            continue;
        Table t;
        t.name = name;
        t.columns = columnsOf(db, name);
        t.from = quoted(name);
        const auto it = known().find(name);
        if (it != known().end()) {
            t.kind = it->second.kind;
            t.scope = QString::fromLatin1(it->second.scope);
            t.key = QString::fromLatin1(it->second.key);
            if (*it->second.where)
                t.from += QStringLiteral(" WHERE ") + QString::fromLatin1(it->second.where);
        }
        if (t.kind == Kind::Whole && t.key.isEmpty()) {
            // A table without rowid is named by its primary key's columns.
            const bool rowid =
                db.prepare(QStringLiteral("SELECT rowid FROM %1 LIMIT 0").arg(quoted(name))).isValid();
            if (rowid) {
                t.key = QStringLiteral("rowid");
            } else {
                QStringList pk;
                Statement k = db.prepare(
                    QStringLiteral("SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk"));
                k.bind(1, name);
                while (k.step())
                    pk << quoted(k.text(0));
                t.key = pk.join(QLatin1String(" || char(31) || "));
            }
        }
        out.push_back(std::move(t));
    }
    // The schema itself: a view or trigger redefined, a table's columns changed.
    Table schema;
    schema.name = QStringLiteral("schema");
    schema.kind = Kind::Whole;
    schema.key = QStringLiteral("type || ':' || name");
    schema.columns = QStringList{QStringLiteral("type"), QStringLiteral("name"), QStringLiteral("tbl_name"),
                                 QStringLiteral("sql")};
    schema.from = QStringLiteral("sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND "
                                 "name NOT LIKE 'seal\\_%' ESCAPE '\\'");
    out.push_back(std::move(schema));
    return out;
}

QString Tables::describe(Database &db, const QString &table, qint64 scope)
{
    const QString shown = table == QLatin1String("call_blocks") ? QStringLiteral("calls")
                          : table == QLatin1String("call_rows")
                              ? QStringLiteral("call_rows (provenance links)")
                              : table;
    const auto it = known().find(table);
    if (it == known().end() || !*it->second.scope)
        return shown;
    if (QLatin1String(it->second.scope) == QLatin1String("run_id"))
        return tr("%1 of run %2").arg(shown).arg(scope);
    Statement st = db.prepare(QStringLiteral("SELECT file_name FROM sources WHERE id = ?"));
    st.bind(1, scope);
    if (st.step())
        return tr("%1 of source %2 (%3)").arg(shown).arg(scope).arg(st.text(0));
    return tr("%1 of source %2").arg(shown).arg(scope);
}

bool Tables::isSealed(Database &db)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = "
                                    "'seal_head'"),
                     0)
               .toInt() == 1;
}

} // namespace dt::seal
