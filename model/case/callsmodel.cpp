#include "case/callsmodel.h"

#include "case/callstore.h"
#include "case/database.h"

#include <algorithm>
#include <limits>

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
    if (numberKey.isEmpty() || !m_db) {
        beginResetModel();
        m_filter = numberKey;
        m_ids.clear();
        m_loading = false;
        reload();
        endResetModel();
        return;
    }
    setNumberCalls(numberKey, callsOf(*m_db, numberKey));
}

void CallsModel::setLoading(const QString &numberKey)
{
    beginResetModel();
    m_filter = numberKey;
    m_ids.clear();
    m_loading = true;
    reload();
    endResetModel();
}

void CallsModel::setNumberCalls(const QString &numberKey, std::vector<qint64> ids)
{
    beginResetModel();
    m_filter = numberKey;
    m_ids = std::move(ids);
    m_loading = false;
    reload();
    endResetModel();
}

std::vector<qint64> CallsModel::callsOf(Database &db, const QString &numberKey, bool *found, QString *error)
{
    if (found)
        *found = false;
    Statement n = db.prepare(QStringLiteral("SELECT id FROM numbers WHERE value = ?"));
    n.bind(1, numberKey);
    if (!n.step())
        return {};
    if (found)
        *found = true;
    const qint64 number = n.int64(0);
    callstore::Reader reader(db.handle());
    std::vector<qint64> made, madeStarts, received, receivedStarts;
    constexpr qint64 kAll[2] = {std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()};
    if (!reader.postings(number, true, &made, kAll[0], kAll[1], &madeStarts) ||
        !reader.postings(number, false, &received, kAll[0], kAll[1], &receivedStarts)) {
        if (error)
            *error = reader.error();
        return {};
    }
    // Both lists are in order of start time then id: merged, a call to itself (in both) once.
    std::vector<qint64> ids;
    ids.reserve(made.size() + received.size());
    size_t i = 0, j = 0;
    while (i < made.size() || j < received.size()) {
        const bool takeMade =
            j == received.size() ||
            (i < made.size() && (madeStarts[i] != receivedStarts[j] ? madeStarts[i] < receivedStarts[j]
                                                                    : made[i] <= received[j]));
        const qint64 id = takeMade ? made[i++] : received[j++];
        if (ids.empty() || ids.back() != id)
            ids.push_back(id);
    }
    return ids;
}

void CallsModel::reload()
{
    m_pages.clear();
    m_lru.clear();
    m_rows = 0;
    m_windowStart = 0;
    if (!m_db)
        return;
    if (!m_filter.isEmpty()) {
        m_rows = qint64(m_ids.size());
        return;
    }
    // Calls are only ever appended (an import that fails rolls back whole), so the ids between
    // the first and the last are all there.
    const callstore::Extent e = callstore::idRange(*m_db);
    if (e.last > 0) {
        m_firstId = e.first;
        m_rows = e.last - m_firstId + 1;
        m_dense = true;
    }
}

void CallsModel::setWindowStart(qint64 first)
{
    first = std::max<qint64>(0, std::min(first, m_rows - 1));
    if (first == m_windowStart)
        return;
    // The pages read stay cached: they are keyed by their place among all the rows.
    beginResetModel();
    m_windowStart = first;
    endResetModel();
}

void CallsModel::setWindowRows(qint64 rows)
{
    beginResetModel();
    m_windowRows = std::max<qint64>(kPageSize, rows);
    m_windowStart = 0;
    endResetModel();
}

const CallsModel::Row *CallsModel::rowAt(int row) const
{
    if (!m_db || row < 0 || row >= rowCount())
        return nullptr;
    const qint64 at = m_windowStart + row;
    const QVector<Row> &p = page(at / kPageSize);
    const int i = int(at % kPageSize);
    return i < p.size() ? &p.at(i) : nullptr;
}

const QVector<CallsModel::Row> &CallsModel::page(qint64 index) const
{
    const auto it = m_pages.constFind(index);
    if (it != m_pages.constEnd())
        return *it;
    QVector<Row> rows;
    rows.reserve(kPageSize);
    Statement s;
    const qint64 offset = index * kPageSize;
    QHash<qint64, int> order; // a filtered page: where each call id goes
    if (!m_filter.isEmpty()) {
        QString list;
        const size_t end = std::min(m_ids.size(), size_t(offset + kPageSize));
        for (size_t k = size_t(offset); k < end; ++k) {
            order.insert(m_ids[k], int(k - size_t(offset)));
            list += (list.isEmpty() ? QString() : QStringLiteral(",")) + QString::number(m_ids[k]);
        }
        s = m_db->prepare(QString::fromLatin1(kSelect) + QStringLiteral("WHERE c.id IN (%1)").arg(list));
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
    if (!order.isEmpty())
        std::sort(rows.begin(), rows.end(),
                  [&order](const Row &a, const Row &b) { return order.value(a.id) < order.value(b.id); });
    ++m_pagesRead;
    m_pages.insert(index, rows);
    m_lru.append(index);
    if (m_lru.size() > kCachedPages)
        m_pages.remove(m_lru.takeFirst());
    return m_pages[index];
}

int CallsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(std::min<qint64>({m_rows - m_windowStart, m_windowRows, qint64(INT_MAX)}));
}

int CallsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const Row *row = rowAt(index.row());
    if (!row)
        return {};
    const Row &r = *row;
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
    const Row *r = rowAt(row);
    return r ? r->id : 0;
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
