#pragma once
#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace dt::ingest {

/// What a column can mean. Names (fieldName) are the --map keys and are stable.
enum class Field {
    Caller,
    Callee,
    Local,
    Other,
    Direction,
    Start,
    Duration,
    DurationMs,
    Disposition,
    Imei,
    Lac,
    Cell,
    Name,
    Phone,
    IdCard,
    Address,
    City,
    Reported,
    Complainant,
    Category,
    Text,
    Count
};

QString fieldName(Field f);
bool fieldFromName(const QString &name, Field *f);

/// Column choices for one file: field -> column index, with a confidence per choice.
struct Mapping
{
    QHash<int, int> columns;       ///< Field (as int) -> column
    QHash<int, double> confidence; ///< Field (as int) -> 0..1
    bool has(Field f) const { return columns.contains(int(f)); }
    int column(Field f) const { return columns.value(int(f), -1); }
    void set(Field f, int col, double conf)
    {
        columns.insert(int(f), col);
        confidence.insert(int(f), conf);
    }
    QJsonObject toJson(const QStringList &headers) const;
};

/**
 * Header auto-mapping with Chinese and English synonyms, and content-based mapping for files
 * without a header. Every choice can be overridden (`--map field=Column,...`).
 */
class FieldMapper
{
    Q_DECLARE_TR_FUNCTIONS(dt::ingest::FieldMapper)
public:
    /// Maps header names; exact synonyms score 1.0, containment 0.7.
    static Mapping fromHeader(const QStringList &headers);
    /// Maps by looking at values (no header): phones, names, ID numbers, times, directions.
    static Mapping fromContent(const QVector<QStringList> &rows);
    /// True when the row looks like a header rather than data (names, no phone or time values).
    static bool looksLikeHeader(const QStringList &row);
    /// Applies "field=Column,field2=3" (column by header name or 1-based index, within @p headers);
    /// "field=" unmaps it. With @p m null, checks only that each part is a known field and '='.
    static bool applyOverrides(Mapping *m, const QString &spec, const QStringList &headers, QString *error);
};

} // namespace dt::ingest
