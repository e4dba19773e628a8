#pragma once
#include "case/sharedcalls.h"
#include "case/sourceregistry.h"
#include "core/caseclock.h"

#include <QAbstractTableModel>

namespace dt {

/// Read-only table of a case's sources and their provenance. Holds an immutable snapshot.
class SourcesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Id,
        Name,
        Kind,
        File,
        Size,
        Sha256,
        Accepted,
        Rejected,
        Encoding,
        Format,
        Timezone,
        ClockOffset,
        SharedCalls, ///< per other source, the calls both record (merged into one)
        Acquired,
        Analyst,
        Registered,
        ColumnCount
    };

    explicit SourcesModel(QObject *parent = nullptr);
    void setSources(QVector<SourceRecord> sources);
    /// Shows times in @p clock's zone (the case's), relabelling the time columns.
    void setClock(const CaseClock &clock);
    const SourceRecord *sourceAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString nameOf(qint64 id) const;
    QVector<SourceRecord> m_sources;
    QMap<qint64, QMap<qint64, qint64>> m_shared; ///< sharedCallsBySource(m_sources)
    CaseClock m_clock;
};

} // namespace dt
