#include "case/complaintsmodel.h"

#include "case/database.h"

namespace dt {

ComplaintsModel::ComplaintsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

ComplaintsModel::Snapshot ComplaintsModel::read(Database &db)
{
    Snapshot out;
    out.total = db.scalar(QStringLiteral("SELECT count(*) FROM complaints")).toLongLong();
    Statement s = db.prepare(QStringLiteral(
        "SELECT coalesce(c.time_utc, 0), r.value, coalesce(p.value, ''), coalesce(c.category, ''), "
        "coalesce(c.text, ''), s.file_name, c.line FROM complaints c JOIN numbers r ON r.id = c.reported "
        "LEFT JOIN numbers p ON p.id = c.complainant JOIN sources s ON s.id = c.source_id "
        "ORDER BY c.time_utc, c.id LIMIT ?"));
    s.bind(1, qint64(kMaxRows));
    while (s.step())
        out.rows.append({s.int64(0), s.int64(6), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5)});
    return out;
}

void ComplaintsModel::setDatabase(Database *db)
{
    setSnapshot(db ? read(*db) : Snapshot());
}

void ComplaintsModel::setSnapshot(Snapshot snapshot)
{
    beginResetModel();
    m_rows = std::move(snapshot.rows);
    m_total = snapshot.total;
    endResetModel();
}

void ComplaintsModel::setClock(const CaseClock &clock)
{
    m_clock = clock;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ComplaintsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComplaintsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComplaintsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const Row &r = m_rows[index.row()];
    switch (index.column()) {
    case Time:
        if (role == Qt::EditRole)
            return r.time;
        return r.time ? m_clock.text(r.time) : QString();
    case Reported:
        return r.reported;
    case Complainant:
        return r.complainant;
    case Category:
        return r.category;
    case Text:
        return r.text;
    case Source:
        return role == Qt::EditRole ? QVariant(r.line)
                                    : QVariant(r.file + QLatin1Char(':') + QString::number(r.line));
    default:
        return {};
    }
}

QVariant ComplaintsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time (%1)").arg(m_clock.label());
    case Reported:
        return tr("Reported number");
    case Complainant:
        return tr("Complainant");
    case Category:
        return tr("Category");
    case Text:
        return tr("Complaint");
    case Source:
        return tr("Source:line");
    default:
        return {};
    }
}

} // namespace dt
