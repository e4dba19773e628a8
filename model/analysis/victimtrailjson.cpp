#include "analysis/victimtrailjson.h"

#include <QDateTime>
#include <QJsonArray>

namespace dt::analysis {

namespace {

/// Every instant of the trail, 0 included (the findings' isoUtc() writes 0 as unknown; here it is a time).
QString isoUtc(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

template<typename T> QJsonValue orNull(const std::optional<T> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonObject leakJson(const TrailLeak &l)
{
    QJsonObject o{{QStringLiteral("source"), l.source},
                  {QStringLiteral("source_id"), l.sourceId},
                  {QStringLiteral("acquired"), orNull(l.acquired)},
                  {QStringLiteral("line"), l.line},
                  {QStringLiteral("name"), l.name},
                  {QStringLiteral("id_card"), l.idCard},
                  {QStringLiteral("phone"), l.phone},
                  {QStringLiteral("masked"), l.masked},
                  {QStringLiteral("match"), code(l.match)}};
    if (l.masked) // a full record has no other record's name to agree with: the key is absent
        o.insert(QStringLiteral("name_agrees"), orNull(l.nameAgrees));
    const std::optional<TrailFirstCall> &first = l.firstOperatorCall;
    o.insert(QStringLiteral("first_operator_call"), first ? QJsonValue(isoUtc(first->utc)) : QJsonValue());
    o.insert(QStringLiteral("first_operator"), first ? QJsonValue(first->operatorId) : QJsonValue());
    o.insert(QStringLiteral("called_after_acquired"),
             first ? orNull(first->calledAfterAcquired) : QJsonValue());
    o.insert(QStringLiteral("days_after_acquired"), first ? orNull(first->daysAfterAcquired) : QJsonValue());
    return o;
}

QJsonObject callJson(const TrailCall &c)
{
    return QJsonObject{{QStringLiteral("operator"), c.operatorId},
                       {QStringLiteral("caller"), c.caller},
                       {QStringLiteral("callee"), c.callee},
                       {QStringLiteral("first_call"), isoUtc(c.firstUtc)},
                       {QStringLiteral("last_call"), isoUtc(c.lastUtc)},
                       {QStringLiteral("calls"), c.calls}};
}

QJsonObject complaintJson(const TrailComplaint &c)
{
    return QJsonObject{{QStringLiteral("source"), c.source},
                       {QStringLiteral("line"), c.line},
                       {QStringLiteral("complainant"), c.complainant},
                       {QStringLiteral("reported"), c.reported},
                       {QStringLiteral("operator"), orNull(c.operatorId)},
                       {QStringLiteral("time_utc"), c.utc ? QJsonValue(isoUtc(*c.utc)) : QJsonValue()},
                       {QStringLiteral("category"), c.category},
                       {QStringLiteral("text"), c.text}};
}

} // namespace

QJsonObject VictimTrailJson::toJson(const VictimTrailResult &t)
{
    QJsonArray leaks, calls, complaints;
    for (const TrailLeak &l : t.leaks)
        leaks.append(leakJson(l));
    for (const TrailCall &c : t.calls)
        calls.append(callJson(c));
    for (const TrailComplaint &c : t.complaints)
        complaints.append(complaintJson(c));
    return QJsonObject{{QStringLiteral("input"), t.input},
                       {QStringLiteral("kind"), code(t.kind)},
                       {QStringLiteral("numbers"), QJsonArray::fromStringList(t.numbers)},
                       {QStringLiteral("run"), orNull(t.run)},
                       {QStringLiteral("leaks"), leaks},
                       {QStringLiteral("calls"), calls},
                       {QStringLiteral("complaints"), complaints},
                       {QStringLiteral("truncated"), t.truncated}};
}

} // namespace dt::analysis
