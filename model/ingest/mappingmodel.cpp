#include "ingest/mappingmodel.h"

#include <QLocale>

namespace dt::ingest {

MappingModel::MappingModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MappingModel::setLayout(const Layout &layout, const QHash<int, int> &overrides)
{
    beginResetModel();
    m_fields = fieldsFor(layout.kind);
    m_headers = layout.headers;
    m_detected = layout.mapping;
    m_overrides = overrides;
    // A field the file maps outside its kind's usual set still shows (e.g. a PBX log's disposition).
    for (auto it = m_detected.columns.cbegin(); it != m_detected.columns.cend(); ++it) {
        if (!m_fields.contains(Field(it.key())))
            m_fields.append(Field(it.key()));
    }
    endResetModel();
}

void MappingModel::clear()
{
    beginResetModel();
    m_fields.clear();
    m_headers.clear();
    m_detected = Mapping();
    m_overrides.clear();
    endResetModel();
}

int MappingModel::column(Field f) const
{
    return m_overrides.value(int(f), m_detected.column(f));
}

bool MappingModel::setColumn(Field f, int column)
{
    const int r = int(m_fields.indexOf(f));
    if (r < 0 || column < -1 || column >= m_headers.size())
        return false;
    if (this->column(f) == column)
        return true;
    m_overrides.insert(int(f), column);
    Q_EMIT dataChanged(index(r, SourceColumn), index(r, ConfidenceColumn));
    Q_EMIT mappingEdited();
    return true;
}

QString MappingModel::columnRef(int column, bool byName) const
{
    const QString name = m_headers.value(column);
    bool numeric = false;
    name.toInt(&numeric);
    const bool nameUsable = !name.isEmpty() && m_headers.count(name) == 1 && !numeric &&
                            !name.contains(QLatin1Char(',')) && !name.contains(QLatin1Char('='));
    // By number unless a header is spelt like that number (applyOverrides tries names first).
    const QString number = QString::number(column + 1);
    if ((byName && nameUsable) || (!byName && m_headers.contains(number) && nameUsable))
        return name;
    return number;
}

QString MappingModel::overridesSpec() const
{
    QStringList parts;
    for (int f = 0; f < int(Field::Count); ++f) {
        if (!m_overrides.contains(f))
            continue;
        const int c = m_overrides.value(f);
        parts << fieldName(Field(f)) + QLatin1Char('=') + (c < 0 ? QString() : columnRef(c, false));
    }
    return parts.join(QLatin1Char(','));
}

QString MappingModel::mappingSpec() const
{
    QStringList parts;
    for (int f = 0; f < int(Field::Count); ++f) {
        const int c = column(Field(f));
        if (c >= 0)
            parts << fieldName(Field(f)) + QLatin1Char('=') + columnRef(c, true);
    }
    return parts.join(QLatin1Char(','));
}

QVector<Field> MappingModel::fieldsFor(const QString &kind)
{
    if (kind == QLatin1String("leak"))
        return {Field::Phone, Field::Name, Field::IdCard, Field::Address, Field::City};
    if (kind == QLatin1String("complaints"))
        return {Field::Reported, Field::Complainant, Field::Start, Field::Category, Field::Text};
    return {Field::Caller,   Field::Callee,      Field::Local, Field::Other, Field::Direction, Field::Start,
            Field::Duration, Field::Disposition, Field::Imei,  Field::Lac,   Field::Cell};
}

QString MappingModel::fieldLabel(Field f)
{
    QString label;
    switch (f) {
    case Field::Caller:
        label = tr("Caller");
        break;
    case Field::Callee:
        label = tr("Callee");
        break;
    case Field::Local:
        label = tr("Own number");
        break;
    case Field::Other:
        label = tr("Other party");
        break;
    case Field::Direction:
        label = tr("Direction");
        break;
    case Field::Start:
        label = tr("Start time");
        break;
    case Field::Duration:
        label = tr("Duration (s)");
        break;
    case Field::DurationMs:
        label = tr("Duration (ms)");
        break;
    case Field::Disposition:
        label = tr("Answered / disposition");
        break;
    case Field::Imei:
        label = tr("IMEI");
        break;
    case Field::Lac:
        label = tr("LAC");
        break;
    case Field::Cell:
        label = tr("Cell");
        break;
    case Field::Name:
        label = tr("Name");
        break;
    case Field::Phone:
        label = tr("Phone");
        break;
    case Field::IdCard:
        label = tr("ID card number");
        break;
    case Field::Address:
        label = tr("Address");
        break;
    case Field::City:
        label = tr("City");
        break;
    case Field::Reported:
        label = tr("Reported number");
        break;
    case Field::Complainant:
        label = tr("Complainant");
        break;
    case Field::Category:
        label = tr("Category");
        break;
    case Field::Text:
        label = tr("Text");
        break;
    case Field::Count:
        break;
    }
    return QStringLiteral("%1 (%2)").arg(label, fieldName(f));
}

int MappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int MappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MappingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_fields.size())
        return {};
    const Field f = m_fields.at(index.row());
    const int c = column(f);
    if (role == FieldRole)
        return int(f);
    if (role == ChoicesRole && index.column() == SourceColumn) {
        QStringList choices{tr("(not mapped)")};
        choices += m_headers;
        return choices;
    }
    switch (index.column()) {
    case FieldColumn:
        return role == Qt::DisplayRole ? QVariant(fieldLabel(f)) : QVariant();
    case SourceColumn:
        if (role == Qt::EditRole)
            return c;
        if (role == Qt::DisplayRole)
            return c < 0 ? tr("(not mapped)") : m_headers.value(c, QStringLiteral("#%1").arg(c + 1));
        return {};
    case ConfidenceColumn:
        if (role == Qt::EditRole)
            return m_overrides.contains(int(f)) ? 1.0 : m_detected.confidence.value(int(f), 0.0);
        if (role != Qt::DisplayRole)
            return {};
        if (m_overrides.contains(int(f)))
            return tr("set by you");
        if (c < 0)
            return QString();
        return QString(QLocale().toString(m_detected.confidence.value(int(f)) * 100.0, 'f', 0) +
                       QLatin1Char('%'));
    default:
        return {};
    }
}

bool MappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != SourceColumn || role != Qt::EditRole ||
        index.row() >= m_fields.size())
        return false;
    bool ok = false;
    const int c = value.toInt(&ok);
    return ok && setColumn(m_fields.at(index.row()), c);
}

Qt::ItemFlags MappingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == SourceColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant MappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case SourceColumn:
        return tr("Column in the file");
    case ConfidenceColumn:
        return tr("Confidence");
    default:
        return {};
    }
}

} // namespace dt::ingest
