#include "analysis/findingsmodels.h"

#include <algorithm>
#include <QDateTime>

namespace dt::analysis {

namespace {
QString isoUtc(qint64 utc)
{
    return utc ? QDateTime::fromSecsSinceEpoch(utc, Qt::UTC).toString(Qt::ISODate) : QString();
}
} // namespace

SuspectsModel::SuspectsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

SuspectsModel::Prepared SuspectsModel::prepare(std::shared_ptr<const Findings> findings, Language lang)
{
    Prepared p;
    p.findings = std::move(findings);
    p.lang = lang;
    if (!p.findings)
        return p;
    const QString separator = lang == Language::Chinese ? QStringLiteral("；") : QStringLiteral("; ");
    p.cache.reserve(qsizetype(p.findings->suspects.size()));
    for (const Suspect &s : p.findings->suspects) {
        QStringList reasons;
        for (const Reason &r : s.reasons)
            reasons << describe(r, lang);
        p.cache.append({reasons.join(separator), reasons.join(QLatin1Char('\n'))});
    }
    return p;
}

void SuspectsModel::setSuspects(std::shared_ptr<const Findings> findings)
{
    setPrepared(prepare(std::move(findings), m_rows.lang));
}

void SuspectsModel::setPrepared(Prepared prepared)
{
    beginResetModel();
    m_rows = std::move(prepared);
    endResetModel();
}

void SuspectsModel::setLanguage(Language lang)
{
    if (lang == m_rows.lang)
        return;
    m_rows = prepare(std::move(m_rows.findings), lang); // same rows: only their text changes
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int SuspectsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_rows.findings ? 0 : int(m_rows.findings->suspects.size());
}

int SuspectsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SuspectsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Suspect &s = m_rows.findings->suspects[size_t(index.row())];
    const Cached &c = m_rows.cache.at(index.row());
    const Profile &p = s.profile;
    if (role == NumberRole)
        return s.key;
    if (role == Qt::ToolTipRole)
        return c.tooltip;
    const bool display = role == Qt::DisplayRole;
    if (!display && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Number:
        return s.key;
    case Score:
        return display ? QVariant(QString::number(s.score, 'f', 2)) : QVariant(s.score);
    case Category:
        return displayName(s.category, m_rows.lang);
    case CallsOut:
        return p.callsOut;
    case PerDay:
        return display ? QVariant(QString::number(p.callsPerActiveDay, 'f', 1))
                       : QVariant(p.callsPerActiveDay);
    case Answered:
        return display ? QVariant(QStringLiteral("%1%").arg(p.answeredShare * 100, 0, 'f', 0))
                       : QVariant(p.answeredShare);
    case Reciprocity:
        return display ? QVariant(QStringLiteral("%1%").arg(p.reciprocity * 100, 0, 'f', 0))
                       : QVariant(p.reciprocity);
    case Complainants:
        return p.complainants;
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

OperatorsModel::Prepared OperatorsModel::prepare(const std::vector<Operator> &operators)
{
    Prepared p;
    p.rows.reserve(operators.size());
    for (const Operator &o : operators) {
        Cached r{o.id, o.numbers, o.calls, o.victims, o.firstCall, o.lastCall, {}};
        for (const dt::analysis::Evidence &e : o.evidence)
            for (const EvidenceLink &l : e.links)
                if (std::find(r.kinds.begin(), r.kinds.end(), l.type) == r.kinds.end())
                    r.kinds.push_back(l.type);
        std::sort(r.kinds.begin(), r.kinds.end());
        p.rows.push_back(std::move(r));
    }
    return p;
}

void OperatorsModel::setOperators(const std::vector<Operator> &operators)
{
    setPrepared(prepare(operators));
}

void OperatorsModel::setPrepared(Prepared prepared)
{
    beginResetModel();
    m_rows = std::move(prepared.rows);
    endResetModel();
}

void OperatorsModel::setClock(const CaseClock &clock)
{
    m_clock = clock;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void OperatorsModel::setLanguage(Language lang)
{
    m_lang = lang;
    if (!m_rows.empty())
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
    const Cached &o = m_rows[size_t(index.row())];
    if (role == NumbersRole)
        return o.numbers;
    if (role == Qt::ToolTipRole)
        return o.numbers.join(QLatin1Char('\n'));
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Id:
        return o.id;
    case Numbers:
        return role == Qt::DisplayRole ? QVariant(tr("%n number(s)", nullptr, int(o.numbers.size())))
                                       : QVariant(o.numbers.size());
    case Calls:
        return o.calls;
    case Victims:
        return o.victims;
    case FirstCall: // EditRole: the UTC ISO text, which sorts
        return role == Qt::EditRole ? isoUtc(o.firstCall)
                                    : (o.firstCall ? m_clock.text(o.firstCall) : QString());
    case LastCall:
        return role == Qt::EditRole ? isoUtc(o.lastCall)
                                    : (o.lastCall ? m_clock.text(o.lastCall) : QString());
    case Evidence: {
        QStringList kinds;
        for (LinkType t : o.kinds)
            kinds << displayName(t, m_lang);
        return kinds.join(m_lang == Language::Chinese ? QStringLiteral("、") : QStringLiteral(", "));
    }
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
