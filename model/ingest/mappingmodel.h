#pragma once
#include "ingest/fieldmap.h"
#include "ingest/importtypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>
#include <QVector>

namespace dt::ingest {

/**
 * The column mapping of one file as the import wizard edits it: one row per target field of the
 * file's kind, the column chosen for it (editable; -1 is "not mapped") and how sure the detection
 * was. Edits are kept as overrides and turned into an `--map` spec (overridesSpec()), so a re-sniff
 * with that spec reproduces them.
 */
class MappingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FieldColumn, SourceColumn, ConfidenceColumn, ColumnCount };
    enum Role {
        FieldRole = Qt::UserRole + 1, ///< the row's Field (int)
        ChoicesRole,                  ///< SourceColumn: "(not mapped)" followed by the file's columns
    };

    explicit MappingModel(QObject *parent = nullptr);

    /// Shows @p layout's mapping; @p overrides are the analyst's edits so far (Field -> column, -1 unmapped).
    void setLayout(const Layout &layout, const QHash<int, int> &overrides);
    void clear();
    const QHash<int, int> &overrides() const { return m_overrides; }
    /// The column chosen for @p f (-1 when not mapped), the analyst's edit first.
    int column(Field f) const;
    /// Sets the column of @p f (-1: not mapped) as the analyst's choice; emits mappingEdited().
    bool setColumn(Field f, int column);
    /// The overrides as an `--map` spec (1-based columns, "field=" for unmapped ones).
    QString overridesSpec() const;
    /// The whole mapping shown (detected and edited) as an `--map` spec by column name, for profiles.
    QString mappingSpec() const;

    /// The fields a file of @p kind can map, in a sensible order.
    static QVector<Field> fieldsFor(const QString &kind);
    /// A translated label for @p f, with its --map name.
    static QString fieldLabel(Field f);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The analyst changed a column (not emitted by setLayout()).
    void mappingEdited();

private:
    QString columnRef(int column, bool byName) const;

    QVector<Field> m_fields;
    QStringList m_headers;
    Mapping m_detected;
    QHash<int, int> m_overrides;
};

} // namespace dt::ingest
