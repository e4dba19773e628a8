#include "case/callsmodel.h"

#include "case/callstore.h"
#include "case/database.h"

namespace dt {

namespace {
constexpr int kCachedPages = 64;
const char *const kSelect =
    "SELECT c.id, c.start_utc, a.value, b.value, c.duration, coalesce(c.answered, -1), "
    "coalesce(d.imei, ''), coalesce(c.cell, ''), s.file_name || ':' || c.line, "
    // The analyst's notes and tags on the call: correlated subqueries run for the page's rows only.
    "trim(coalesce((SELECT group_concat(text, ' | ') FROM annotations WHERE entity_type = 'call' AND "
    "entity_key = c.id), '') || coalesce((SELECT ' #' || group_concat(tag, ' #') FROM tags WHERE "
    "entity_type = 'call' AND entity_key = c.id), '')) "
    "FROM calls c JOIN numbers a ON a.id = c.caller JOIN numbers b ON b.id = c.callee "
    "JOIN sources s ON s.id = c.source_id LEFT JOIN devices d ON d.id = c.device ";
} // namespace

CallsModel::CallsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CallsModel::setDatabase(Database *db)
{
    beginResetModel();
    m_db = db;
    reload();
    endResetModel();
}

void CallsModel::setNumberFilter(const QString &numberKey)
{
    beginResetModel();
    m_filter = numberKey;
    reload();
    endResetModel();
}

void CallsModel::reload()
{
    m_pages.clear();
    m_lru.clear();
    m_rows = 0;
    m_filterId = 0;
    if (!m_db)
        return;
    if (m_filter.isEmpty()) {
        // Calls are only ever appended (an import that fails rolls back whole), so the ids between
        // the first and the last are all there.
        const callstore::Extent e = callstore::extent(*m_db);
        if (e.last > 0) {
            m_firstId = e.first;
            m_rows = e.last - m_firstId + 1;
            m_dense = true;
        }
        return;
    }
    Statement n = m_db->prepare(QStringLiteral("SELECT id FROM numbers WHERE value = ?"));
    n.bind(1, m_filter);
    if (!n.step())
        return;
    m_filterId = n.int64(0);
    Statement s =
        m_db->prepare(QStringLiteral("SELECT (SELECT count(*) FROM calls WHERE caller = ?1) + "
                                     "(SELECT count(*) FROM calls WHERE callee = ?1 AND caller <> ?1)"));
    s.bind(1, m_filterId);
    if (s.step())
        m_rows = s.int64(0);
}

const QVector<CallsModel::Row> &CallsModel::page(int index) const
{
    const auto it = m_pages.constFind(index);
    if (it != m_pages.constEnd())
        return *it;
    QVector<Row> rows;
    rows.reserve(kPageSize);
    Statement s;
    const qint64 offset = qint64(index) * kPageSize;
    if (!m_filter.isEmpty()) {
        // Calls made, then calls received, each in time order, through the two indexes.
        s = m_db->prepare(
            QString::fromLatin1(kSelect) +
            QStringLiteral("WHERE c.id IN (SELECT id FROM (SELECT id, start_utc FROM calls WHERE caller = ?1 "
                           "UNION ALL SELECT id, start_utc FROM calls WHERE callee = ?1 AND caller <> ?1) "
                           "ORDER BY start_utc, id LIMIT ?2 OFFSET ?3) ORDER BY c.start_utc, c.id"));
        s.bind(1, m_filterId).bind(2, qint64(kPageSize)).bind(3, offset);
    } else if (m_dense) {
        s = m_db->prepare(QString::fromLatin1(kSelect) +
                          QStringLiteral("WHERE c.id BETWEEN ?1 AND ?2 ORDER BY c.id"));
        s.bind(1, m_firstId + offset).bind(2, m_firstId + offset + kPageSize - 1);
    } else {
        s = m_db->prepare(QString::fromLatin1(kSelect) + QStringLiteral("ORDER BY c.id LIMIT ?1 OFFSET ?2"));
        s.bind(1, qint64(kPageSize)).bind(2, offset);
    }
    while (s.step()) {
        Row r;
        r.id = s.int64(0);
        r.start = s.int64(1);
        r.caller = s.text(2);
        r.callee = s.text(3);
        r.duration = s.int64(4);
        r.answered = int(s.int64(5));
        r.imei = s.text(6);
        r.cell = s.text(7);
        r.source = s.text(8);
        r.notes = s.text(9);
        rows.append(r);
    }
    ++m_pagesRead;
    m_pages.insert(index, rows);
    m_lru.append(index);
    if (m_lru.size() > kCachedPages)
        m_pages.remove(m_lru.takeFirst());
    return m_pages[index];
}

int CallsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_rows, INT_MAX));
}

int CallsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_db || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const QVector<Row> &p = page(index.row() / kPageSize);
    const int i = index.row() % kPageSize;
    if (i >= p.size())
        return {};
    const Row &r = p.at(i);
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
    case Answered:
        return r.answered == 1 ? tr("yes") : r.answered == 0 ? tr("no") : QString();
    case Imei:
        return r.imei;
    case Cell:
        return r.cell;
    case Source:
        return r.source;
    case Notes:
        return r.notes;
    default:
        return {};
    }
}

void CallsModel::setClock(const CaseClock &clock)
{
    m_clock = clock;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void CallsModel::refreshNotes()
{
    m_pages.clear();
    m_lru.clear();
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, Notes), index(rowCount() - 1, Notes));
}

qint64 CallsModel::callId(int row) const
{
    if (!m_db || row < 0 || row >= rowCount())
        return 0;
    const QVector<Row> &p = page(row / kPageSize);
    const int i = row % kPageSize;
    return i < p.size() ? p.at(i).id : 0;
}

QVariant CallsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
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
    case Answered:
        return tr("Answered");
    case Imei:
        return tr("IMEI");
    case Cell:
        return tr("Cell");
    case Source:
        return tr("Source:line");
    case Notes:
        return tr("Notes and tags");
    default:
        return {};
    }
}

} // namespace dt
