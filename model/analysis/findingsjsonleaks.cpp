// The findings' JSON of the leaked lists: how a list explains an operator's victims, the lists, the
// resales between them and the compilations (the rest of FindingsJson is in findingsjson.cpp).
#include "analysis/findingsjson.h"

namespace dt::analysis {

namespace {

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

} // namespace

QJsonObject FindingsJson::toJson(const ListAttribution &a)
{
    QJsonObject o{{QStringLiteral("source"), a.source},
                  {QStringLiteral("rank"), a.rank},
                  {QStringLiteral("significant"), a.significant},
                  {QStringLiteral("victims_in_leak"), a.victimsInLeak},
                  {QStringLiteral("masked_matches"), a.maskedMatches},
                  {QStringLiteral("share_of_victims"), a.shareOfVictims},
                  {QStringLiteral("share_of_leak"), a.shareOfLeak},
                  {QStringLiteral("unique"), a.unique},
                  {QStringLiteral("lift"), a.lift},
                  {QStringLiteral("p_value"), a.pValue},
                  {QStringLiteral("log10_p"), a.log10P},
                  {QStringLiteral("acquired"), a.acquired},
                  {QStringLiteral("called_before_acquired"), a.calledBeforeAcquired},
                  {QStringLiteral("order_correlation"), a.orderCorrelation},
                  {QStringLiteral("dialled_in_list_order"), a.dialledInListOrder}};
    if (a.hasLags) {
        o.insert(QStringLiteral("lag_days_median"), a.lagDaysMedian);
        o.insert(QStringLiteral("lag_days_p10"), a.lagDaysP10);
        o.insert(QStringLiteral("lag_days_p90"), a.lagDaysP90);
    }
    return o;
}

ListAttribution FindingsJson::attributionFromJson(const QJsonObject &o)
{
    ListAttribution a;
    a.source = o.value(QStringLiteral("source")).toString();
    a.rank = o.value(QStringLiteral("rank")).toInt();
    a.significant = o.value(QStringLiteral("significant")).toBool();
    a.victimsInLeak = o.value(QStringLiteral("victims_in_leak")).toInteger();
    a.maskedMatches = o.value(QStringLiteral("masked_matches")).toInteger();
    a.shareOfVictims = o.value(QStringLiteral("share_of_victims")).toDouble();
    a.shareOfLeak = o.value(QStringLiteral("share_of_leak")).toDouble();
    a.unique = o.value(QStringLiteral("unique")).toInteger();
    a.lift = o.value(QStringLiteral("lift")).toDouble();
    a.pValue = o.value(QStringLiteral("p_value")).toDouble();
    a.log10P = o.value(QStringLiteral("log10_p")).toDouble();
    a.acquired = o.value(QStringLiteral("acquired")).toString();
    a.calledBeforeAcquired = o.value(QStringLiteral("called_before_acquired")).toInteger();
    a.orderCorrelation = o.value(QStringLiteral("order_correlation")).toDouble();
    a.dialledInListOrder = o.value(QStringLiteral("dialled_in_list_order")).toBool();
    a.hasLags = o.contains(QStringLiteral("lag_days_median"));
    a.lagDaysMedian = o.value(QStringLiteral("lag_days_median")).toDouble();
    a.lagDaysP10 = o.value(QStringLiteral("lag_days_p10")).toDouble();
    a.lagDaysP90 = o.value(QStringLiteral("lag_days_p90")).toDouble();
    return a;
}

// ---- leaked lists ----------------------------------------------------------------------------

QJsonObject FindingsJson::toJson(const ListSummary &l)
{
    return QJsonObject{{QStringLiteral("source"), l.source},
                       {QStringLiteral("source_id"), l.sourceId},
                       {QStringLiteral("acquired"), l.acquired},
                       {QStringLiteral("records"), l.records},
                       {QStringLiteral("phones"), l.phones},
                       {QStringLiteral("masked_phones"), l.maskedPhones},
                       {QStringLiteral("id_cards"), l.idCards},
                       {QStringLiteral("fields"), QJsonArray::fromStringList(l.fields)},
                       {QStringLiteral("dialled_by_operators"), l.dialledByOperators}};
}

ListSummary FindingsJson::listFromJson(const QJsonObject &o)
{
    ListSummary l;
    l.source = o.value(QStringLiteral("source")).toString();
    l.sourceId = o.value(QStringLiteral("source_id")).toInteger();
    l.acquired = o.value(QStringLiteral("acquired")).toString();
    l.records = o.value(QStringLiteral("records")).toInteger();
    l.phones = o.value(QStringLiteral("phones")).toInteger();
    l.maskedPhones = o.value(QStringLiteral("masked_phones")).toInteger();
    l.idCards = o.value(QStringLiteral("id_cards")).toInteger();
    l.fields = strings(o.value(QStringLiteral("fields")));
    l.dialledByOperators = o.value(QStringLiteral("dialled_by_operators")).toInteger();
    return l;
}

QJsonObject FindingsJson::toJson(const Resale &e)
{
    return QJsonObject{{QStringLiteral("parent"), e.parent},
                       {QStringLiteral("child"), e.child},
                       {QStringLiteral("containment"), e.containment},
                       {QStringLiteral("parent_share"), e.parentShare},
                       {QStringLiteral("shared_records"), e.sharedRecords},
                       {QStringLiteral("shared_phones"), e.sharedPhones},
                       {QStringLiteral("shared_masked"), e.sharedMasked},
                       {QStringLiteral("shared_id_cards"), e.sharedIdCards},
                       {QStringLiteral("name_agreement"), e.nameAgreement},
                       {QStringLiteral("lift"), e.lift},
                       {QStringLiteral("log10_p"), e.log10P},
                       {QStringLiteral("transformations"), QJsonArray::fromStringList(e.transformations)},
                       {QStringLiteral("direction_basis"), QJsonArray::fromStringList(e.directionBasis)}};
}

Resale FindingsJson::resaleFromJson(const QJsonObject &o)
{
    Resale e;
    e.parent = o.value(QStringLiteral("parent")).toString();
    e.child = o.value(QStringLiteral("child")).toString();
    e.containment = o.value(QStringLiteral("containment")).toDouble();
    e.parentShare = o.value(QStringLiteral("parent_share")).toDouble();
    e.sharedRecords = o.value(QStringLiteral("shared_records")).toInteger();
    e.sharedPhones = o.value(QStringLiteral("shared_phones")).toInteger();
    e.sharedMasked = o.value(QStringLiteral("shared_masked")).toInteger();
    e.sharedIdCards = o.value(QStringLiteral("shared_id_cards")).toInteger();
    e.nameAgreement = o.value(QStringLiteral("name_agreement")).toInteger();
    e.lift = o.value(QStringLiteral("lift")).toDouble();
    e.log10P = o.value(QStringLiteral("log10_p")).toDouble();
    e.transformations = strings(o.value(QStringLiteral("transformations")));
    e.directionBasis = strings(o.value(QStringLiteral("direction_basis")));
    return e;
}

QJsonObject FindingsJson::toJson(const Compilation &c)
{
    QJsonArray parents;
    for (const Compilation::Parent &p : c.parents)
        parents.append(QJsonObject{{QStringLiteral("source"), p.source},
                                   {QStringLiteral("records"), p.records},
                                   {QStringLiteral("share"), p.share}});
    return QJsonObject{{QStringLiteral("source"), c.source},
                       {QStringLiteral("records"), c.records},
                       {QStringLiteral("parents"), parents},
                       {QStringLiteral("new_records"), c.newRecords},
                       {QStringLiteral("new_share"), c.newShare}};
}

Compilation FindingsJson::compilationFromJson(const QJsonObject &o)
{
    Compilation c;
    c.source = o.value(QStringLiteral("source")).toString();
    c.records = o.value(QStringLiteral("records")).toInteger();
    for (const QJsonValue &v : o.value(QStringLiteral("parents")).toArray()) {
        const QJsonObject p = v.toObject();
        c.parents.push_back({p.value(QStringLiteral("source")).toString(),
                             p.value(QStringLiteral("records")).toInteger(),
                             p.value(QStringLiteral("share")).toDouble()});
    }
    c.newRecords = o.value(QStringLiteral("new_records")).toInteger();
    c.newShare = o.value(QStringLiteral("new_share")).toDouble();
    return c;
}

} // namespace dt::analysis
