#include "case/sourcesmodel.h"

#include "case/sourcewords.h"

#include <QLocale>
#include <QStringList>

namespace dt {

SourcesModel::SourcesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SourcesModel::setSources(QVector<SourceRecord> sources)
{
    beginResetModel();
    m_sources = std::move(sources);
    m_shared = sharedCallsBySource(m_sources);
    endResetModel();
}

QString SourcesModel::nameOf(qint64 id) const
{
    for (const SourceRecord &s : m_sources)
        if (s.id == id)
            return s.name;
    return QStringLiteral("#%1").arg(id);
}

const SourceRecord *SourcesModel::sourceAt(int row) const
{
    return (row >= 0 && row < m_sources.size()) ? &m_sources.at(row) : nullptr;
}

void SourcesModel::setClock(const CaseClock &clock)
{
    m_clock = clock;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int SourcesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

int SourcesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourcesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SourceRecord &s = m_sources.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Sha256)
        return s.sha256;
    const QMap<qint64, qint64> shared = m_shared.value(s.id);
    if (role == Qt::ToolTipRole && index.column() == SharedCalls && !shared.isEmpty()) {
        QStringList lines;
        for (auto it = shared.cbegin(); it != shared.cend(); ++it)
            lines << tr("%Ln call(s) of this source are also in %1 (the same call, stored once)", nullptr,
                        int(it.value()))
                         .arg(nameOf(it.key()));
        return lines.join(QLatin1Char('\n'));
    }
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Id:
        case Size:
        case Accepted:
        case Rejected:
        case ClockOffset:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    switch (index.column()) {
    case Id:
        return s.id;
    case Name:
        return s.name;
    case Kind: // the code for sorting and for code that asks; words for the reader
        return display ? SourceWords::kind(s.kind) : s.kind;
    case File:
        return s.fileName;
    case Size:
        return display ? QLocale().formattedDataSize(s.size) : QVariant(s.size);
    case Sha256:
        return s.sha256;
    case Accepted:
        return s.rowsAccepted;
    case Rejected:
        return s.rowsRejected;
    case Encoding:
        return s.encoding;
    case Format:
        return display ? SourceWords::format(s.format) : s.format;
    case Timezone:
        return s.timezone;
    case ClockOffset:
        return s.clockOffsetSeconds;
    case SharedCalls: {
        if (!display) {
            qint64 total = 0;
            for (const qint64 n : shared)
                total += n;
            return total;
        }
        QStringList parts;
        for (auto it = shared.cbegin(); it != shared.cend(); ++it)
            parts << tr("%1: %2").arg(nameOf(it.key()), QLocale().toString(it.value()));
        return parts.join(QStringLiteral("; "));
    }
    case Acquired:
        return s.acquired;
    case Analyst:
        return s.analyst;
    case Registered:
        return m_clock.textOfIso(s.registeredUtc);
    default:
        return {};
    }
}

QVariant SourcesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("#");
    case Name:
        return tr("Source");
    case Kind:
        return tr("Kind");
    case File:
        return tr("File");
    case Size:
        return tr("Size");
    case Sha256:
        return tr("SHA-256");
    case Accepted:
        return tr("Rows accepted");
    case Rejected:
        return tr("Rows rejected");
    case Encoding:
        return tr("Encoding");
    case Format:
        return tr("Format");
    case Timezone:
        return tr("Time zone");
    case ClockOffset:
        return tr("Clock offset (s)");
    case SharedCalls:
        return tr("Calls shared with");
    case Acquired:
        return tr("Acquired");
    case Analyst:
        return tr("Analyst");
    case Registered:
        return tr("Registered (%1)").arg(m_clock.label());
    default:
        return {};
    }
}

} // namespace dt
