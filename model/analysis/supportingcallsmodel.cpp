#include "analysis/supportingcallsmodel.h"

#include "case/database.h"

namespace dt::analysis {

SupportingCallsModel::SupportingCallsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SupportingCallsModel::setCalls(Database *db, const QList<qint64> &ids)
{
    beginResetModel();
    m_rows.clear();
    if (db) {
        Statement st = db->prepare(
            QStringLiteral("SELECT c.id, c.start_utc, a.value, b.value, c.duration, "
                           "(SELECT group_concat((SELECT file_name FROM sources WHERE id = r.source_id) "
                           "|| ':' || r.line, ', ') FROM (SELECT source_id, line FROM call_links WHERE "
                           "call_id = c.id ORDER BY source_id, line) r) "
                           "FROM calls c JOIN numbers a ON a.id = c.caller JOIN numbers b ON b.id = c.callee "
                           "WHERE c.id = ?"));
        for (qint64 id : ids) {
            st.reset();
            st.bind(1, id);
            if (st.step())
                m_rows.push_back({st.int64(0), st.int64(1), st.int64(4), st.text(2), st.text(3), st.text(5)});
        }
    }
    endResetModel();
}

void SupportingCallsModel::setClock(const CaseClock &clock)
{
    m_clock = clock;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int SupportingCallsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SupportingCallsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SupportingCallsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const Row &r = m_rows.at(index.row());
    switch (index.column()) {
    case Id:
        return r.id;
    case Start:
        return role == Qt::EditRole ? QVariant(r.start) : QVariant(m_clock.text(r.start));
    case Caller:
        return r.caller;
    case Callee:
        return r.callee;
    case Duration:
        return r.duration;
    case Origin:
        return r.origin;
    default:
        return {};
    }
}

QVariant SupportingCallsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Call");
    case Start:
        return tr("Start (%1)").arg(m_clock.label());
    case Caller:
        return tr("Caller");
    case Callee:
        return tr("Callee");
    case Duration:
        return tr("Duration (s)");
    case Origin:
        return tr("Source file:line");
    default:
        return {};
    }
}

} // namespace dt::analysis
