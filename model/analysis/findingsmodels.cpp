#include "analysis/findingsmodels.h"

#include <QJsonObject>
#include <QSet>

namespace dt::analysis {

namespace {
QString categoryText(const QString &c)
{
    if (c == QLatin1String("autodialer_marketing"))
        return SuspectsModel::tr("auto-dialler / call-centre marketing");
    if (c == QLatin1String("harassment_storm"))
        return SuspectsModel::tr("\"呼死你\" harassment storm");
    if (c == QLatin1String("debt_collection"))
        return SuspectsModel::tr("illegal debt-collection pattern");
    if (c == QLatin1String("possible_fraud"))
        return SuspectsModel::tr("possible fraud");
    return c;
}
} // namespace

SuspectsModel::SuspectsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

SuspectsModel::Prepared SuspectsModel::prepare(QJsonArray suspects)
{
    Prepared p;
    p.rows = std::move(suspects);
    p.cache.reserve(p.rows.size());
    for (const auto &v : std::as_const(p.rows)) {
        const QJsonObject s = v.toObject();
        QStringList reasons;
        for (const auto &r : s.value(QStringLiteral("reasons")).toArray())
            reasons << r.toObject().value(QStringLiteral("text")).toString();
        p.cache.append({s.value(QStringLiteral("number")).toString(),
                        s.value(QStringLiteral("score")).toDouble(), reasons.join(QStringLiteral("; ")),
                        reasons.join(QLatin1Char('\n'))});
    }
    return p;
}

void SuspectsModel::setSuspects(QJsonArray suspects)
{
    setPrepared(prepare(std::move(suspects)));
}

void SuspectsModel::setPrepared(Prepared prepared)
{
    beginResetModel();
    m_rows = std::move(prepared.rows);
    m_cache = std::move(prepared.cache);
    endResetModel();
}

int SuspectsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SuspectsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SuspectsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Cached &c = m_cache.at(index.row());
    if (role == NumberRole)
        return c.number;
    if (role == Qt::ToolTipRole)
        return c.tooltip;
    const bool display = role == Qt::DisplayRole;
    if (!display && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Number:
        return c.number;
    case Score:
        return display ? QVariant(QString::number(c.score, 'f', 2)) : QVariant(c.score);
    default:
        break;
    }
    const QJsonObject s = m_rows.at(index.row()).toObject();
    const QJsonObject p = s.value(QStringLiteral("profile")).toObject();
    switch (index.column()) {
    case Category:
        return categoryText(s.value(QStringLiteral("category")).toString());
    case CallsOut:
        return p.value(QStringLiteral("calls_out")).toInteger();
    case PerDay:
        return display ? QVariant(QString::number(p.value(QStringLiteral("calls_per_active_day")).toDouble(),
                                                  'f', 1))
                       : QVariant(p.value(QStringLiteral("calls_per_active_day")).toDouble());
    case Answered:
        return display ? QVariant(QStringLiteral("%1%").arg(
                             p.value(QStringLiteral("answered_share")).toDouble() * 100, 0, 'f', 0))
                       : QVariant(p.value(QStringLiteral("answered_share")).toDouble());
    case Reciprocity:
        return display ? QVariant(QStringLiteral("%1%").arg(
                             p.value(QStringLiteral("reciprocity")).toDouble() * 100, 0, 'f', 0))
                       : QVariant(p.value(QStringLiteral("reciprocity")).toDouble());
    case Complainants:
        return p.value(QStringLiteral("complainants")).toInteger();
    case Reasons:
        return c.reasons;
    default:
        return {};
    }
}

QVariant SuspectsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Number");
    case Score:
        return tr("Score");
    case Category:
        return tr("Category");
    case CallsOut:
        return tr("Calls out");
    case PerDay:
        return tr("Per active day");
    case Answered:
        return tr("Answered");
    case Reciprocity:
        return tr("Called back");
    case Complainants:
        return tr("Complainants");
    case Reasons:
        return tr("Reasons");
    default:
        return {};
    }
}

OperatorsModel::OperatorsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

OperatorsModel::Prepared OperatorsModel::prepare(QJsonArray operators)
{
    Prepared p;
    p.rows = std::move(operators);
    p.cache.reserve(p.rows.size());
    for (const auto &v : std::as_const(p.rows)) {
        const QJsonObject o = v.toObject();
        Cached c;
        for (const auto &n : o.value(QStringLiteral("numbers")).toArray())
            c.numbers << n.toString();
        QSet<QString> kinds;
        for (const auto &e : o.value(QStringLiteral("evidence")).toArray())
            for (const auto &l : e.toObject().value(QStringLiteral("links")).toArray())
                kinds.insert(l.toObject().value(QStringLiteral("type")).toString());
        QStringList k(kinds.begin(), kinds.end());
        k.sort();
        c.evidenceKinds = k.join(QStringLiteral(", "));
        p.cache.append(c);
    }
    return p;
}

void OperatorsModel::setOperators(QJsonArray operators)
{
    setPrepared(prepare(std::move(operators)));
}

void OperatorsModel::setPrepared(Prepared prepared)
{
    beginResetModel();
    m_rows = std::move(prepared.rows);
    m_cache = std::move(prepared.cache);
    endResetModel();
}

void OperatorsModel::setClock(const CaseClock &clock)
{
    m_clock = clock;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int OperatorsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OperatorsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperatorsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject o = m_rows.at(index.row()).toObject();
    const QStringList &numbers = m_cache.at(index.row()).numbers;
    if (role == NumbersRole)
        return numbers;
    if (role == Qt::ToolTipRole)
        return numbers.join(QLatin1Char('\n'));
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Id:
        return o.value(QStringLiteral("id")).toString();
    case Numbers:
        return role == Qt::DisplayRole ? QVariant(tr("%n number(s)", nullptr, int(numbers.size())))
                                       : QVariant(numbers.size());
    case Calls:
        return o.value(QStringLiteral("calls")).toInteger();
    case Victims:
        return o.value(QStringLiteral("victims")).toInteger();
    case FirstCall: // EditRole: the UTC ISO text, which sorts
        return role == Qt::EditRole ? o.value(QStringLiteral("first_call")).toString()
                                    : m_clock.textOfIso(o.value(QStringLiteral("first_call")).toString());
    case LastCall:
        return role == Qt::EditRole ? o.value(QStringLiteral("last_call")).toString()
                                    : m_clock.textOfIso(o.value(QStringLiteral("last_call")).toString());
    case Evidence:
        return m_cache.at(index.row()).evidenceKinds;
    default:
        return {};
    }
}

QVariant OperatorsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Operator");
    case Numbers:
        return tr("Numbers");
    case Calls:
        return tr("Calls");
    case Victims:
        return tr("Victims");
    case FirstCall:
        return tr("First call (%1)").arg(m_clock.label());
    case LastCall:
        return tr("Last call (%1)").arg(m_clock.label());
    case Evidence:
        return tr("Evidence");
    default:
        return {};
    }
}

} // namespace dt::analysis
