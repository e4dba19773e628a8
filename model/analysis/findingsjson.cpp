#include "analysis/findingsjson.h"

#include "analysis/describe.h"

#include <cmath>
#include <QDateTime>

namespace dt::analysis {

namespace {

QJsonArray strings(const QStringList &l)
{
    return QJsonArray::fromStringList(l);
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

QJsonObject figuresJson(const Figures &f)
{
    QJsonObject o;
    for (const Figures::Entry &e : f.entries())
        o.insert(code(e.figure), e.isText ? QJsonValue(e.text) : QJsonValue(e.number));
    return o;
}

Figures figuresFrom(const QJsonObject &o)
{
    Figures f;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        Figure figure;
        if (!fromCode(it.key(), &figure))
            continue; // a figure this build does not know: the sentence does not use it
        if (it.value().isString())
            f.set(figure, it.value().toString());
        else
            f.set(figure, it.value().toDouble());
    }
    return f;
}

double rounded(double v, double scale)
{
    return std::round(v * scale) / scale;
}

} // namespace

QString FindingsJson::isoUtc(qint64 utc)
{
    return utc ? QDateTime::fromSecsSinceEpoch(utc, Qt::UTC).toString(Qt::ISODate) : QString();
}

qint64 FindingsJson::utcOf(const QString &iso)
{
    if (iso.isEmpty())
        return 0;
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? t.toSecsSinceEpoch() : 0;
}

// ---- run -------------------------------------------------------------------------------------

QJsonObject FindingsJson::toJson(const RunInfo &r)
{
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("started_utc"), r.startedUtc},
                       {QStringLiteral("finished_utc"), r.finishedUtc},
                       {QStringLiteral("parameters"), r.parameters},
                       {QStringLiteral("tool_version"), r.toolVersion},
                       {QStringLiteral("input_digest"), r.inputDigest}};
}

RunInfo FindingsJson::runFromJson(const QJsonObject &o)
{
    RunInfo r;
    r.id = o.value(QStringLiteral("id")).toInteger();
    r.startedUtc = o.value(QStringLiteral("started_utc")).toString();
    r.finishedUtc = o.value(QStringLiteral("finished_utc")).toString();
    r.parameters = o.value(QStringLiteral("parameters")).toObject();
    r.toolVersion = o.value(QStringLiteral("tool_version")).toString();
    r.inputDigest = o.value(QStringLiteral("input_digest")).toString();
    return r;
}

// ---- suspects --------------------------------------------------------------------------------

QJsonObject FindingsJson::toJson(const Profile &p)
{
    auto r = [](double v) { return rounded(v, 1000.0); };
    return QJsonObject{{QStringLiteral("calls_out"), p.callsOut},
                       {QStringLiteral("calls_in"), p.callsIn},
                       {QStringLiteral("distinct_callees"), p.distinctCallees},
                       {QStringLiteral("answered_share"), r(p.answeredShare)},
                       {QStringLiteral("mean_duration"), r(p.meanDuration)},
                       {QStringLiteral("short_share"), r(p.shortShare)},
                       {QStringLiteral("peak_per_hour"), p.peakPerHour},
                       {QStringLiteral("active_hours"), p.activeHours},
                       {QStringLiteral("active_days"), p.activeDays},
                       {QStringLiteral("calls_per_active_day"), r(p.callsPerActiveDay)},
                       {QStringLiteral("night_share"), r(p.nightShare)},
                       {QStringLiteral("late_share"), r(p.lateShare)},
                       {QStringLiteral("gap_cv"), r(p.gapCv)},
                       {QStringLiteral("sequential_share"), r(p.sequentialShare)},
                       {QStringLiteral("reciprocity"), r(p.reciprocity)},
                       {QStringLiteral("callback_share"), r(p.callbackShare)},
                       {QStringLiteral("max_per_callee_day"), p.maxPerCalleeDay},
                       {QStringLiteral("repeated_share"), r(p.repeatedShare)},
                       {QStringLiteral("devices"), p.devices},
                       {QStringLiteral("complainants"), p.complainants}};
}

Profile FindingsJson::profileFromJson(const QJsonObject &o)
{
    Profile p;
    p.callsOut = o.value(QStringLiteral("calls_out")).toInteger();
    p.callsIn = o.value(QStringLiteral("calls_in")).toInteger();
    p.distinctCallees = o.value(QStringLiteral("distinct_callees")).toInteger();
    p.answeredShare = o.value(QStringLiteral("answered_share")).toDouble();
    p.meanDuration = o.value(QStringLiteral("mean_duration")).toDouble();
    p.shortShare = o.value(QStringLiteral("short_share")).toDouble();
    p.peakPerHour = o.value(QStringLiteral("peak_per_hour")).toInteger();
    p.activeHours = o.value(QStringLiteral("active_hours")).toInteger();
    p.activeDays = o.value(QStringLiteral("active_days")).toInteger();
    p.callsPerActiveDay = o.value(QStringLiteral("calls_per_active_day")).toDouble();
    p.nightShare = o.value(QStringLiteral("night_share")).toDouble();
    p.lateShare = o.value(QStringLiteral("late_share")).toDouble();
    p.gapCv = o.value(QStringLiteral("gap_cv")).toDouble();
    p.sequentialShare = o.value(QStringLiteral("sequential_share")).toDouble();
    p.reciprocity = o.value(QStringLiteral("reciprocity")).toDouble();
    p.callbackShare = o.value(QStringLiteral("callback_share")).toDouble();
    p.maxPerCalleeDay = o.value(QStringLiteral("max_per_callee_day")).toInteger();
    p.repeatedShare = o.value(QStringLiteral("repeated_share")).toDouble();
    p.devices = o.value(QStringLiteral("devices")).toInteger();
    p.complainants = o.value(QStringLiteral("complainants")).toInteger();
    return p;
}

QJsonObject FindingsJson::toJson(const Suspect &s)
{
    QJsonArray reasons;
    for (const Reason &r : s.reasons) {
        QJsonObject o{{QStringLiteral("code"), code(r.code)},
                      {QStringLiteral("text"), describe(r, Language::English)},
                      {QStringLiteral("weight"), r.weight}};
        if (r.legacyText.isEmpty())
            o.insert(QStringLiteral("params"), figuresJson(r.figures));
        reasons.append(o);
    }
    QJsonObject o{{QStringLiteral("number"), s.key},
                  {QStringLiteral("score"), rounded(s.score, 1000.0)},
                  {QStringLiteral("category"), code(s.category)},
                  {QStringLiteral("legitimate"), s.legitimate},
                  {QStringLiteral("reasons"), reasons},
                  {QStringLiteral("profile"), toJson(s.profile)}};
    if (s.analystVerdict != AnalystVerdict::None)
        o.insert(QStringLiteral("analyst_verdict"), s.analystVerdict == AnalystVerdict::Suspect
                                                        ? QStringLiteral("suspect")
                                                        : QStringLiteral("legitimate"));
    return o;
}

Suspect FindingsJson::suspectFromJson(const QJsonObject &o)
{
    Suspect s;
    s.key = o.value(QStringLiteral("number")).toString();
    s.score = o.value(QStringLiteral("score")).toDouble();
    fromCode(o.value(QStringLiteral("category")).toString(), &s.category);
    s.legitimate = o.value(QStringLiteral("legitimate")).toBool();
    const QString judged = o.value(QStringLiteral("analyst_verdict")).toString();
    s.analystVerdict = judged == QLatin1String("suspect")      ? AnalystVerdict::Suspect
                       : judged == QLatin1String("legitimate") ? AnalystVerdict::Legitimate
                                                               : AnalystVerdict::None;
    for (const QJsonValue &v : o.value(QStringLiteral("reasons")).toArray()) {
        const QJsonObject ro = v.toObject();
        Reason r;
        fromCode(ro.value(QStringLiteral("code")).toString(), &r.code);
        r.weight = ro.value(QStringLiteral("weight")).toDouble();
        if (ro.contains(QStringLiteral("params")))
            r.figures = figuresFrom(ro.value(QStringLiteral("params")).toObject());
        else
            r.legacyText = ro.value(QStringLiteral("text")).toString();
        s.reasons.append(r);
    }
    s.profile = profileFromJson(o.value(QStringLiteral("profile")).toObject());
    return s;
}

// ---- operators -------------------------------------------------------------------------------

QJsonObject FindingsJson::toJson(const EvidenceLink &l)
{
    QJsonObject o{{QStringLiteral("type"), code(l.type)}};
    switch (l.type) {
    case LinkType::SharedDevice:
        o.insert(QStringLiteral("imei"), l.imei);
        if (!l.from.isEmpty()) { // the handset carried the two numbers in turn
            o.insert(QStringLiteral("from"), l.from);
            o.insert(QStringLiteral("to"), l.to);
            o.insert(QStringLiteral("silent_from"), isoUtc(l.silentFrom));
            o.insert(QStringLiteral("took_over"), isoUtc(l.tookOver));
            o.insert(QStringLiteral("gap_hours"), l.gapHours);
        }
        break;
    case LinkType::SharedCell:
        o.insert(QStringLiteral("cell"), l.cell);
        break;
    case LinkType::SamePbxTrunk:
        o.insert(QStringLiteral("source_id"), l.sourceId);
        break;
    case LinkType::VictimOverlap:
        o.insert(QStringLiteral("jaccard"), l.jaccard);
        o.insert(QStringLiteral("shared_victims"), l.sharedVictims);
        break;
    case LinkType::SynchronisedHours:
        o.insert(QStringLiteral("hour_profile_cosine"), l.hourProfileCosine);
        o.insert(QStringLiteral("shared_days"), l.sharedDays);
        break;
    case LinkType::ListTakeover:
        o.insert(QStringLiteral("from"), l.from);
        o.insert(QStringLiteral("to"), l.to);
        o.insert(QStringLiteral("shared_victims"), l.sharedVictims);
        o.insert(QStringLiteral("rank_correlation"), l.rankCorrelation);
        o.insert(QStringLiteral("silent_from"), isoUtc(l.silentFrom));
        o.insert(QStringLiteral("took_over"), isoUtc(l.tookOver));
        o.insert(QStringLiteral("gap_hours"), l.gapHours);
        break;
    case LinkType::ListContinuation:
        o.insert(QStringLiteral("from"), l.from);
        o.insert(QStringLiteral("to"), l.to);
        o.insert(QStringLiteral("list"), l.list);
        o.insert(QStringLiteral("from_line"), l.fromLine);
        o.insert(QStringLiteral("to_line"), l.toLine);
        o.insert(QStringLiteral("rank_correlation"), l.rankCorrelation);
        o.insert(QStringLiteral("silent_from"), isoUtc(l.silentFrom));
        o.insert(QStringLiteral("took_over"), isoUtc(l.tookOver));
        o.insert(QStringLiteral("gap_hours"), l.gapHours);
        break;
    }
    return o;
}

EvidenceLink FindingsJson::linkFromJson(const QJsonObject &o)
{
    EvidenceLink l;
    fromCode(o.value(QStringLiteral("type")).toString(), &l.type);
    l.imei = o.value(QStringLiteral("imei")).toString();
    l.cell = o.value(QStringLiteral("cell")).toString();
    l.sourceId = o.value(QStringLiteral("source_id")).toInteger();
    l.jaccard = o.value(QStringLiteral("jaccard")).toDouble();
    l.sharedVictims = o.value(QStringLiteral("shared_victims")).toInteger();
    l.hourProfileCosine = o.value(QStringLiteral("hour_profile_cosine")).toDouble();
    l.sharedDays = o.value(QStringLiteral("shared_days")).toInteger();
    l.from = o.value(QStringLiteral("from")).toString();
    l.to = o.value(QStringLiteral("to")).toString();
    l.rankCorrelation = o.value(QStringLiteral("rank_correlation")).toDouble();
    l.silentFrom = utcOf(o.value(QStringLiteral("silent_from")).toString());
    l.tookOver = utcOf(o.value(QStringLiteral("took_over")).toString());
    l.gapHours = o.value(QStringLiteral("gap_hours")).toDouble();
    l.list = o.value(QStringLiteral("list")).toString();
    l.fromLine = o.value(QStringLiteral("from_line")).toInteger();
    l.toLine = o.value(QStringLiteral("to_line")).toInteger();
    return l;
}

QJsonObject FindingsJson::toJson(const Operator &o)
{
    QJsonArray evidence, leaks;
    for (const Evidence &e : o.evidence) {
        QJsonArray links;
        for (const EvidenceLink &l : e.links)
            links.append(toJson(l));
        evidence.append(QJsonObject{
            {QStringLiteral("a"), e.a}, {QStringLiteral("b"), e.b}, {QStringLiteral("links"), links}});
    }
    for (const ListAttribution &a : o.leaks)
        leaks.append(toJson(a));
    return QJsonObject{{QStringLiteral("id"), o.id},
                       {QStringLiteral("numbers"), strings(o.numbers)},
                       {QStringLiteral("imeis"), strings(o.imeis)},
                       {QStringLiteral("evidence"), evidence},
                       {QStringLiteral("first_call"), isoUtc(o.firstCall)},
                       {QStringLiteral("last_call"), isoUtc(o.lastCall)},
                       {QStringLiteral("calls"), o.calls},
                       {QStringLiteral("victims"), o.victims},
                       {QStringLiteral("leaks"), leaks}};
}

Operator FindingsJson::operatorFromJson(const QJsonObject &o)
{
    Operator op;
    op.id = o.value(QStringLiteral("id")).toString();
    op.numbers = strings(o.value(QStringLiteral("numbers")));
    op.imeis = strings(o.value(QStringLiteral("imeis")));
    for (const QJsonValue &v : o.value(QStringLiteral("evidence")).toArray()) {
        const QJsonObject eo = v.toObject();
        Evidence e;
        e.a = eo.value(QStringLiteral("a")).toString();
        e.b = eo.value(QStringLiteral("b")).toString();
        for (const QJsonValue &l : eo.value(QStringLiteral("links")).toArray())
            e.links.push_back(linkFromJson(l.toObject()));
        op.evidence.push_back(std::move(e));
    }
    op.firstCall = utcOf(o.value(QStringLiteral("first_call")).toString());
    op.lastCall = utcOf(o.value(QStringLiteral("last_call")).toString());
    op.calls = o.value(QStringLiteral("calls")).toInteger();
    op.victims = o.value(QStringLiteral("victims")).toInteger();
    for (const QJsonValue &v : o.value(QStringLiteral("leaks")).toArray())
        op.leaks.push_back(attributionFromJson(v.toObject()));
    return op;
}

// ---- violations ------------------------------------------------------------------------------

QJsonObject FindingsJson::toJson(const Violation &v)
{
    QJsonArray ids;
    for (qint64 id : v.supportingCalls)
        ids.append(id);
    QJsonObject o{{QStringLiteral("type"), code(v.type)},
                  {QStringLiteral("number"), v.number},
                  {QStringLiteral("count"), v.count},
                  {QStringLiteral("text"), describe(v, Language::English)},
                  {QStringLiteral("supporting_calls"), ids},
                  {QStringLiteral("first_call"), isoUtc(v.firstCall)},
                  {QStringLiteral("last_call"), isoUtc(v.lastCall)}};
    if (v.type == ViolationType::CallAfterComplaint) {
        o.insert(QStringLiteral("complainant"), v.complainant);
        o.insert(QStringLiteral("complained_utc"), isoUtc(v.complainedUtc));
    }
    if (v.legacyText.isEmpty())
        o.insert(QStringLiteral("params"), figuresJson(v.figures));
    return o;
}

Violation FindingsJson::violationFromJson(const QJsonObject &o)
{
    Violation v;
    fromCode(o.value(QStringLiteral("type")).toString(), &v.type);
    v.number = o.value(QStringLiteral("number")).toString();
    v.count = o.value(QStringLiteral("count")).toInteger();
    v.complainant = o.value(QStringLiteral("complainant")).toString();
    v.complainedUtc = utcOf(o.value(QStringLiteral("complained_utc")).toString());
    v.firstCall = utcOf(o.value(QStringLiteral("first_call")).toString());
    v.lastCall = utcOf(o.value(QStringLiteral("last_call")).toString());
    for (const QJsonValue &id : o.value(QStringLiteral("supporting_calls")).toArray())
        v.supportingCalls.append(id.toInteger());
    if (o.contains(QStringLiteral("params")))
        v.figures = figuresFrom(o.value(QStringLiteral("params")).toObject());
    else
        v.legacyText = o.value(QStringLiteral("text")).toString();
    return v;
}

// ---- handset rotations ----------------------------------------------------------------------

QJsonObject FindingsJson::toJson(const HandsetRotation &h)
{
    QJsonArray numbers, switches, ids;
    for (size_t k = 0; k < h.stints.size(); ++k) {
        const HandsetRotation::Stint &s = h.stints[k];
        numbers.append(QJsonObject{{QStringLiteral("number"), s.number},
                                   {QStringLiteral("first_call"), isoUtc(s.first)},
                                   {QStringLiteral("last_call"), isoUtc(s.last)},
                                   {QStringLiteral("calls"), s.calls}});
        if (k > 0)
            switches.append(QJsonObject{{QStringLiteral("from"), h.stints[k - 1].number},
                                        {QStringLiteral("to"), s.number},
                                        {QStringLiteral("silent_from"), isoUtc(h.stints[k - 1].last)},
                                        {QStringLiteral("took_over"), isoUtc(s.first)}});
    }
    for (qint64 id : h.supportingCalls)
        ids.append(id);
    return QJsonObject{{QStringLiteral("imei"), h.imei},
                       {QStringLiteral("operator"), h.operatorId.isEmpty() ? QJsonValue() : h.operatorId},
                       {QStringLiteral("text"), describe(h, Language::English)},
                       {QStringLiteral("numbers"), numbers},
                       {QStringLiteral("switches"), switches},
                       {QStringLiteral("supporting_calls"), ids}};
}

HandsetRotation FindingsJson::rotationFromJson(const QJsonObject &o)
{
    HandsetRotation h;
    h.imei = o.value(QStringLiteral("imei")).toString();
    h.operatorId = o.value(QStringLiteral("operator")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("numbers")).toArray()) {
        const QJsonObject n = v.toObject();
        h.stints.push_back({n.value(QStringLiteral("number")).toString(),
                            utcOf(n.value(QStringLiteral("first_call")).toString()),
                            utcOf(n.value(QStringLiteral("last_call")).toString()),
                            n.value(QStringLiteral("calls")).toInteger()});
    }
    for (const QJsonValue &id : o.value(QStringLiteral("supporting_calls")).toArray())
        h.supportingCalls.append(id.toInteger());
    return h;
}

// ---- the document ----------------------------------------------------------------------------

QJsonObject FindingsJson::toJson(const Findings &f)
{
    auto array = [](const auto &items) {
        QJsonArray a;
        for (const auto &x : items)
            a.append(toJson(x));
        return a;
    };
    return QJsonObject{{QStringLiteral("run"), toJson(f.run)},
                       {QStringLiteral("suspects"), array(f.suspects)},
                       {QStringLiteral("legitimate_high_volume"), array(f.legitimate)},
                       {QStringLiteral("operators"), array(f.operators)},
                       {QStringLiteral("violations"), array(f.violations)},
                       {QStringLiteral("handset_rotations"), array(f.handsetRotations)},
                       {QStringLiteral("leak_lists"), array(f.leakLists)},
                       {QStringLiteral("lineage"), array(f.lineage)},
                       {QStringLiteral("compilations"), array(f.compilations)}};
}

Findings FindingsJson::fromJson(const QJsonObject &o)
{
    Findings f;
    f.run = runFromJson(o.value(QStringLiteral("run")).toObject());
    auto each = [&o](const char *key, auto read) {
        for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
            read(v.toObject());
    };
    each("suspects", [&f](const QJsonObject &x) { f.suspects.push_back(suspectFromJson(x)); });
    each("legitimate_high_volume",
         [&f](const QJsonObject &x) { f.legitimate.push_back(suspectFromJson(x)); });
    each("operators", [&f](const QJsonObject &x) { f.operators.push_back(operatorFromJson(x)); });
    each("violations", [&f](const QJsonObject &x) { f.violations.push_back(violationFromJson(x)); });
    each("handset_rotations",
         [&f](const QJsonObject &x) { f.handsetRotations.push_back(rotationFromJson(x)); });
    each("leak_lists", [&f](const QJsonObject &x) { f.leakLists.push_back(listFromJson(x)); });
    each("lineage", [&f](const QJsonObject &x) { f.lineage.push_back(resaleFromJson(x)); });
    each("compilations", [&f](const QJsonObject &x) { f.compilations.push_back(compilationFromJson(x)); });
    return f;
}

} // namespace dt::analysis
