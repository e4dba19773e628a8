#include "case/rejectedrowsmodel.h"

#include "case/database.h"

#include <QStringList>

namespace dt {

RejectedRowsModel::RejectedRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

RejectedRowsModel::Snapshot RejectedRowsModel::read(Database &db, const QVector<qint64> &sourceIds)
{
    Snapshot out;
    QStringList ids;
    for (qint64 id : sourceIds)
        ids << QString::number(id);
    const QString where = ids.isEmpty()
                              ? QString()
                              : QStringLiteral(" WHERE r.source_id IN (%1)").arg(ids.join(QLatin1Char(',')));
    out.total = db.scalar(QStringLiteral("SELECT count(*) FROM rejected_rows r") + where).toLongLong();
    Statement s =
        db.prepare(QStringLiteral("SELECT s.file_name, r.line, r.reason, r.raw FROM rejected_rows r "
                                  "JOIN sources s ON s.id = r.source_id%1 ORDER BY r.id LIMIT %2")
                       .arg(where)
                       .arg(kMaxRows));
    while (s.step()) {
        // The raw bytes as the file had them; invalid UTF-8 shows as U+FFFD, the bytes stay in the case.
        QString raw = QString::fromUtf8(s.blob(3));
        raw.replace(QLatin1Char('\n'), QStringLiteral("⏎"));
        out.rows.append({s.text(0), s.text(2), raw, s.int64(1)});
    }
    return out;
}

void RejectedRowsModel::setDatabase(Database *db, const QVector<qint64> &sourceIds)
{
    setSnapshot(db ? read(*db, sourceIds) : Snapshot());
}

void RejectedRowsModel::setSnapshot(Snapshot snapshot)
{
    beginResetModel();
    m_rows = std::move(snapshot.rows);
    m_total = snapshot.total;
    endResetModel();
}

void RejectedRowsModel::setLanguage(std::optional<Language> lang)
{
    m_language = lang;
    languageChanged();
}

void RejectedRowsModel::languageChanged()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Reason), index(int(m_rows.size()) - 1, Reason), {Qt::DisplayRole});
}

int RejectedRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RejectedRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectedRowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Raw)
        return r.raw;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case File:
        return r.file;
    case Line:
        return r.line;
    case Reason:
        return RejectReason::text(r.reason, m_language.value_or(interfaceLanguage()));
    case Raw:
        return r.raw.left(300);
    default:
        return {};
    }
}

QVariant RejectedRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case File:
        return tr("File");
    case Line:
        return tr("Line");
    case Reason:
        return tr("Reason");
    case Raw:
        return tr("Row as in the file");
    default:
        return {};
    }
}

} // namespace dt
