#include "analysis/describe.h"

#include <cmath>
#include <cstdlib>
#include <QDateTime>

namespace dt::analysis {

namespace {

/// A share as the sentences print it: "19.6" for 0.196 with one decimal.
QString percent(double share, int decimals)
{
    return QString::number(share * 100, 'f', decimals);
}

QString integer(double v)
{
    return QString::number(qint64(v));
}

/// An integer in superscript digits ("-23" as "⁻²³"), for powers of ten in plain text.
QString superscript(int v)
{
    static const char16_t digits[] = u"⁰¹²³⁴⁵⁶⁷⁸⁹";
    QString out = v < 0 ? QStringLiteral("⁻") : QString();
    for (const QChar c : QString::number(std::abs(v)))
        out += QChar(digits[c.digitValue()]);
    return out;
}

QString number(const Presentation &how, const QString &key)
{
    return how.number ? how.number(key) : key;
}

QString instant(const Presentation &how, qint64 utc)
{
    if (how.time)
        return how.time(utc);
    return QDateTime::fromSecsSinceEpoch(utc, Qt::UTC).toString(Qt::ISODate);
}

/// The name of a code in one of two languages.
struct Name
{
    const char *code, *en, *zh;
};

template<size_t N> QString lookup(const Name (&names)[N], const QString &code, Language lang)
{
    for (const Name &n : names)
        if (code == QLatin1String(n.code))
            return QString::fromUtf8(lang == Language::Chinese ? n.zh : n.en);
    return code;
}

const Name kNumberTypes[] = {
    {"mobile", "mobile", "手机号码"},
    {"virtual_mobile", "virtual-operator mobile", "虚拟运营商号码"},
    {"data_only", "data-only (IoT) number", "物联网/上网卡号码"},
    {"landline", "landline", "固定电话"},
    {"local_no_area_code", "local number without area code", "缺区号的本地号码"},
    {"short_group", "closed-group short number", "集团短号"},
    {"service_95", "95 service number", "95 服务号码"},
    {"service_96", "96 service number", "96 服务号码"},
    {"service_400", "400 number", "400 号码"},
    {"service_800", "800 free-phone number", "800 免费电话"},
    {"sms_port", "SMS port", "短信端口"},
    {"short_public", "public short number", "公共服务短号"},
    {"international", "international number", "国际号码"},
    {"opaque", "pseudonymised identifier", "匿名化标识"},
    {"email", "e-mail address", "电子邮件地址"},
    {"junk", "not a number", "无效号码"},
};

const Name kCallability[] = {
    {"callable", "callable", "可回拨"},
    {"unreliable", "unreliable", "回拨不可靠"},
    {"not_callable", "cannot be called back", "无法回拨"},
    {"unknown", "unknown", "未知"},
};

const Name kLeakFields[] = {
    {"name", "names", "姓名"},
    {"phone", "phone numbers", "手机号"},
    {"id_card", "ID numbers", "身份证号"},
    {"address", "addresses", "地址"},
    {"city", "cities", "城市"},
};

const Name kDirectionBasis[] = {
    {"information_loss", "information lost", "信息损失"},
    {"dates", "acquisition dates", "获取日期"},
    {"size", "list sizes", "名单规模"},
};

QString transformation(const QString &code, Language lang)
{
    const bool zh = lang == Language::Chinese;
    if (code == QLatin1String("masking"))
        return zh ? QStringLiteral("手机号打码") : QStringLiteral("phones masked");
    if (code == QLatin1String("unmasking"))
        return zh ? QStringLiteral("打码号码被还原（可疑）")
                  : QStringLiteral("masked phones restored (suspicious)");
    if (code == QLatin1String("header_added"))
        return zh ? QStringLiteral("增加了表头") : QStringLiteral("header row added");
    if (code.startsWith(QLatin1String("dropped:"))) {
        const QString field = lookup(kLeakFields, code.mid(8), lang);
        return zh ? QStringLiteral("删除了%1").arg(field) : QStringLiteral("%1 dropped").arg(field);
    }
    if (code.startsWith(QLatin1String("renamed:"))) {
        // "renamed:city (所在城市 → 城市)": the field, then the column names as they were.
        const qsizetype space = code.indexOf(QLatin1Char(' '));
        const QString field = lookup(kLeakFields, code.mid(8, space < 0 ? -1 : space - 8), lang);
        const QString columns = space < 0 ? QString() : code.mid(space + 1);
        return zh ? QStringLiteral("%1列更名%2").arg(field, columns)
                  : QStringLiteral("%1 column renamed %2").arg(field, columns).trimmed();
    }
    return code;
}

} // namespace

QString describe(const Reason &r, Language lang, const Presentation &how)
{
    Q_UNUSED(how)
    if (!r.legacyText.isEmpty())
        return r.legacyText;
    const bool zh = lang == Language::Chinese;
    const Figures &f = r.figures;
    switch (r.code) {
    case ReasonCode::Storm:
        return (zh ? QStringLiteral("一天内呼叫同一人 %1 次")
                   : QStringLiteral("%1 calls to one person in one day"))
            .arg(integer(f.number(Figure::MaxPerCalleeDay)));
    case ReasonCode::HighVolume:
        return (zh ? QStringLiteral("%2 个活跃日内平均每日呼出 %1 次")
                   : QStringLiteral("%1 outgoing calls per active day over %2 days"))
            .arg(QString::number(f.number(Figure::CallsPerActiveDay), 'f', 1),
                 integer(f.number(Figure::ActiveDays)));
    case ReasonCode::NoCallbacks:
        return (zh ? QStringLiteral("%2 个被叫中仅 %1% 曾回拨")
                   : QStringLiteral("only %1% of %2 callees ever called back"))
            .arg(percent(f.number(Figure::Reciprocity), 1), integer(f.number(Figure::CalleeCount)));
    case ReasonCode::LowAnswer:
        return (zh ? QStringLiteral("接通率仅 %1%") : QStringLiteral("%1% of calls answered"))
            .arg(percent(f.number(Figure::AnsweredShare), 1));
    case ReasonCode::MachinePacing:
        return (zh ? QStringLiteral("呼叫间隔的波动仅 %1%（自动拨号器的节奏）")
                   : QStringLiteral("gaps between calls vary by only %1% (auto-dialler pacing)"))
            .arg(percent(f.number(Figure::GapCv), 0));
    case ReasonCode::RepeatNight:
        return (zh ? QStringLiteral("%1% 的被叫被呼叫 3 次及以上，%2% 的呼叫在 21:00 至次日 08:00 之间")
                   : QStringLiteral(
                         "%1% of callees called 3 times or more, %2% of calls between 21:00 and 08:00"))
            .arg(percent(f.number(Figure::RepeatedShare), 0), percent(f.number(Figure::LateShare), 0));
    case ReasonCode::VirtualNumber:
        return zh ? QStringLiteral("号段属虚拟运营商，难以回拨")
                  : QStringLiteral("a virtual-operator number, hard to call back");
    case ReasonCode::ServiceNumberMarketing:
        return (zh ? QStringLiteral("使用%1对外呼叫") : QStringLiteral("outbound calling from a %1"))
            .arg(displayName(Vocabulary::NumberType, f.text(Figure::NumberType), lang));
    case ReasonCode::DataOnlySegment:
        return zh ? QStringLiteral("仅限上网的号段拨打语音电话：号码为伪造")
                  : QStringLiteral("voice calls from a data-only segment: spoofed");
    case ReasonCode::Complaints: {
        const qint64 n = qint64(f.number(Figure::Complainants));
        if (zh)
            return QStringLiteral("被 %1 人投诉").arg(n);
        return n == 1 ? QStringLiteral("1 complainant") : QStringLiteral("%1 complainants").arg(n);
    }
    case ReasonCode::FraudComplaints:
        return (zh ? QStringLiteral("诈骗投诉 %1 次") : QStringLiteral("%1 complaint(s) of fraud"))
            .arg(integer(f.number(Figure::FraudComplaints)));
    case ReasonCode::LegitimatePattern:
        return (zh ? QStringLiteral("%1% 的被叫会回拨，%2% 的呼叫是在回复对方来电：合法业务模式")
                   : QStringLiteral(
                         "%1% of callees call back, %2% of its calls answer theirs: a legitimate pattern"))
            .arg(percent(f.number(Figure::Reciprocity), 0), percent(f.number(Figure::CallbackShare), 0));
    case ReasonCode::LeakedListCallees:
        return (zh ? QStringLiteral("%2 个被叫中有 %1 个在泄露名单“%3”中，为随机水平的 %4 倍（%5）")
                   : QStringLiteral("%1 of %2 callees are in the leaked list “%3”, %4 times chance (%5)"))
            .arg(integer(f.number(Figure::ListCallees)), integer(f.number(Figure::CalleeCount)),
                 f.text(Figure::ListName), QString::number(f.number(Figure::Lift), 'f', 1),
                 probabilityText(f.number(Figure::Log10P)));
    case ReasonCode::GeneralPublic:
        return (zh ? QStringLiteral("%1 个被叫为普通公众：在泄露名单中的 %2 个仅为随机水平的 %3 倍，被 %4 "
                                    "人投诉：合法批量呼叫")
                   : QStringLiteral("its %1 callees are the general public: %2 in leaked lists, %3 times "
                                    "chance; %4 complainant(s): a legitimate bulk caller"))
            .arg(integer(f.number(Figure::CalleeCount)), integer(f.number(Figure::ListCallees)),
                 QString::number(f.number(Figure::Lift), 'f', 1), integer(f.number(Figure::Complainants)));
    case ReasonCode::AnalystJudgement: {
        const bool suspect = f.text(Figure::Verdict) == QLatin1String("suspect");
        if (zh)
            return QStringLiteral("分析员 %1 判定为%2：%3")
                .arg(f.text(Figure::Analyst),
                     suspect ? QStringLiteral("嫌疑号码") : QStringLiteral("合法号码"), f.text(Figure::Note));
        return QStringLiteral("judged %1 by the analyst %2: %3")
            .arg(suspect ? QStringLiteral("a suspect") : QStringLiteral("legitimate"),
                 f.text(Figure::Analyst), f.text(Figure::Note));
    }
    case ReasonCode::GroupOperation: {
        QStringList links;
        for (const QString &l : f.text(Figure::GroupLinks).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            LinkType t;
            links << (fromCode(l, &t) ? displayName(t, lang) : l);
        }
        return (zh ? QStringLiteral(
                         "与共 %1 个号码同属一个呼叫团伙（%2）：合计每个活跃日呼出 %3 次，%4 个被叫中仅 %5% "
                         "曾回拨，被 %6 人投诉")
                   : QStringLiteral("one of %1 numbers working as one operation (%2): together %3 calls per "
                                    "active day, only %5% of %4 callees ever called back, %6 complainant(s)"))
            .arg(integer(f.number(Figure::GroupNumbers)),
                 links.join(zh ? QStringLiteral("、") : QStringLiteral(", ")),
                 QString::number(f.number(Figure::CallsPerActiveDay), 'f', 1),
                 integer(f.number(Figure::CalleeCount)), percent(f.number(Figure::Reciprocity), 1),
                 integer(f.number(Figure::Complainants)));
    }
    }
    return code(r.code);
}

QString probabilityText(double log10P)
{
    if (!(log10P > -300))
        return QStringLiteral("p < 10") + superscript(-300);
    if (log10P >= -3)
        return QStringLiteral("p ≈ %1").arg(std::pow(10.0, log10P), 0, 'f', 3);
    int exponent = int(std::floor(log10P));
    double mantissa = std::pow(10.0, log10P - exponent);
    if (mantissa >= 9.95) // rounds up to the next power of ten
        mantissa = 1, ++exponent;
    return QStringLiteral("p ≈ %1 × 10").arg(mantissa, 0, 'f', 1) + superscript(exponent);
}

QString describe(const Violation &v, Language lang, const Presentation &how)
{
    if (!v.legacyText.isEmpty())
        return v.legacyText;
    const bool zh = lang == Language::Chinese;
    const QString count = QString::number(v.count);
    switch (v.type) {
    case ViolationType::CallAfterComplaint:
        return (zh ? QStringLiteral("%2 于 %3 投诉后仍被呼叫 %1 次")
                   : QStringLiteral("%1 calls to %2 after they complained on %3"))
            .arg(count, number(how, v.complainant), instant(how, v.complainedUtc));
    case ViolationType::OutsidePermittedHours: {
        const QString to = QString::number(qint64(v.figures.number(Figure::PermittedToHour)));
        const QString from = QStringLiteral("%1").arg(qint64(v.figures.number(Figure::PermittedFromHour)), 2,
                                                      10, QLatin1Char('0'));
        return (zh ? QStringLiteral("在 %2:00 至次日 %3:00 之间呼叫 %1 次")
                   : QStringLiteral("%1 calls between %2:00 and %3:00"))
            .arg(count, to, from);
    }
    case ViolationType::ServiceNumberMarketing:
        return (zh ? QStringLiteral("使用%2资源对外呼叫 %1 次")
                   : QStringLiteral("%1 outbound calls from a %2 resource"))
            .arg(count, displayName(Vocabulary::NumberType, v.figures.text(Figure::NumberType), lang));
    case ViolationType::AutodialVolume:
        return (zh ? QStringLiteral("平均每个活跃日呼叫 %1 次") : QStringLiteral("%1 calls per active day"))
            .arg(QString::number(v.figures.number(Figure::CallsPerActiveDay), 'f', 1));
    }
    return code(v.type);
}

QString describe(const HandsetRotation &h, Language lang, const Presentation &how)
{
    const bool zh = lang == Language::Chinese;
    QStringList turns;
    for (size_t k = 0; k < h.stints.size(); ++k) {
        const HandsetRotation::Stint &s = h.stints[k];
        const QString who = number(how, s.number), from = instant(how, s.first), to = instant(how, s.last);
        if (k == 0)
            turns << (zh ? QStringLiteral("%1 用至 %2").arg(who, to)
                         : QStringLiteral("%1 until %2").arg(who, to));
        else if (k + 1 == h.stints.size())
            turns << (zh ? QStringLiteral("%1 自 %2 起").arg(who, from)
                         : QStringLiteral("%1 from %2").arg(who, from));
        else
            turns << (zh ? QStringLiteral("%1 自 %2 用至 %3").arg(who, from, to)
                         : QStringLiteral("%1 from %2 until %3").arg(who, from, to));
    }
    const QString imei = how.imei ? how.imei(h.imei) : h.imei;
    return zh ? QStringLiteral("手机 IMEI %1 先后使用了 %2 个号码：%3")
                    .arg(imei)
                    .arg(h.stints.size())
                    .arg(turns.join(QStringLiteral("；")))
              : QStringLiteral("Handset IMEI %1 carried %2 numbers in turn: %3")
                    .arg(imei)
                    .arg(h.stints.size())
                    .arg(turns.join(QStringLiteral("; ")));
}

QString describeFigures(const EvidenceLink &l, Language lang, const Presentation &how)
{
    const bool zh = lang == Language::Chinese;
    switch (l.type) {
    case LinkType::SharedDevice:
        if (!l.from.isEmpty()) // the handset carried the two numbers in turn
            return (zh ? QStringLiteral("IMEI %1，%2 → %3 先后使用，间隔 %4 小时")
                       : QStringLiteral("IMEI %1, %2 then %3 in turn, %4 h apart"))
                .arg(how.imei ? how.imei(l.imei) : l.imei, number(how, l.from), number(how, l.to))
                .arg(l.gapHours);
        return QStringLiteral("IMEI ") + (how.imei ? how.imei(l.imei) : l.imei);
    case LinkType::SharedCell:
        return l.cell;
    case LinkType::SamePbxTrunk:
        return (zh ? QStringLiteral("交换机日志：数据来源 #%1") : QStringLiteral("PBX log: source #%1"))
            .arg(l.sourceId);
    case LinkType::VictimOverlap:
        return (zh ? QStringLiteral("Jaccard %1，共同被叫 %2 人")
                   : QStringLiteral("Jaccard %1, %2 shared victims"))
            .arg(l.jaccard)
            .arg(l.sharedVictims);
    case LinkType::SynchronisedHours:
        return (zh ? QStringLiteral("时段余弦相似度 %1，共同活跃 %2 天")
                   : QStringLiteral("cosine %1 over %2 common days"))
            .arg(l.hourProfileCosine)
            .arg(l.sharedDays);
    case LinkType::ListTakeover:
        return (zh ? QStringLiteral("%1 → %2，共同被叫 %3 人，秩相关 %4，间隔 %5 小时")
                   : QStringLiteral("%1 → %2, %3 shared victims, rank correlation %4, %5 h apart"))
            .arg(number(how, l.from), number(how, l.to))
            .arg(l.sharedVictims)
            .arg(l.rankCorrelation)
            .arg(l.gapHours);
    case LinkType::ListContinuation:
        return (zh ? QStringLiteral("%1 → %2，按“%3”的顺序自第 %4 行接续至第 %5 行，秩相关 %6，间隔 %7 小时")
                   : QStringLiteral(
                         "%1 → %2 in the order of “%3”, line %4 then %5, rank correlation %6, %7 h apart"))
            .arg(number(how, l.from), number(how, l.to), l.list)
            .arg(l.fromLine)
            .arg(l.toLine)
            .arg(l.rankCorrelation)
            .arg(l.gapHours);
    }
    return {};
}

QString displayName(Category c, Language lang)
{
    static const Name names[] = {
        {"autodialer_marketing", "auto-dialler / call-centre marketing", "自动拨号 / 呼叫中心营销"},
        {"harassment_storm", "harassment storm (呼死你)", "“呼死你”轰炸骚扰"},
        {"debt_collection", "illegal debt-collection pattern", "违规催收模式"},
        {"possible_fraud", "possible fraud", "疑似诈骗"},
    };
    return lookup(names, code(c), lang);
}

QString displayName(ReasonCode c, Language lang)
{
    static const Name names[] = {
        {"high_volume", "high call volume", "呼出量大"},
        {"no_callbacks", "callees never call back", "被叫几乎不回拨"},
        {"low_answer", "low answer rate", "接通率低"},
        {"machine_pacing", "machine-regular pacing", "机器式等间隔拨号"},
        {"storm", "storm on one person", "集中轰炸一人"},
        {"repeat_night", "repeated and late calls", "反复及深夜呼叫"},
        {"virtual_number", "virtual-operator number", "虚拟运营商号码"},
        {"service_number_marketing", "marketing from a service number", "服务号码用于营销"},
        {"data_only_segment", "data-only segment", "物联网/上网卡号段"},
        {"complaints", "complaints received", "被投诉"},
        {"fraud_complaints", "fraud complaints", "诈骗投诉"},
        {"legitimate_pattern", "legitimate pattern", "合法业务模式"},
        {"leaked_list_callees", "callees in a leaked list", "被叫集中于泄露名单"},
        {"general_public_callees", "calls the general public", "被叫为普通公众"},
        {"analyst_judgement", "the analyst's judgement", "分析员判定"},
        {"group_operation", "one operation of many numbers", "多号码团伙作业"},
    };
    return lookup(names, code(c), lang);
}

QString displayName(LinkType t, Language lang)
{
    static const Name names[] = {
        {"shared_device", "same handset (IMEI)", "同一终端（IMEI）"},
        {"shared_cell", "same cell", "同一基站小区"},
        {"same_pbx_trunk", "same PBX trunk", "同一交换机中继"},
        {"victim_overlap", "overlapping victims", "被叫人群重叠"},
        {"synchronised_hours", "synchronised working hours", "工作时段同步"},
        {"list_takeover", "took over a dialling list", "接续拨打同一名单"},
        {"list_continuation", "continued a list where another stopped", "在同一名单中接续前号停止处"},
    };
    return lookup(names, code(t), lang);
}

QString displayName(ViolationType t, Language lang)
{
    static const Name names[] = {
        {"call_after_complaint", "calls after the callee complained", "投诉后继续拨打"},
        {"outside_permitted_hours", "calls outside permitted hours", "规定时段外拨打"},
        {"service_number_marketing", "marketing from 95/96/400 resources", "使用95/96/400号码资源营销"},
        {"autodial_volume", "auto-dialling volume", "自动拨号呼叫量"},
    };
    return lookup(names, code(t), lang);
}

QString displayName(Vocabulary v, const QString &code, Language lang)
{
    switch (v) {
    case Vocabulary::NumberType:
        return lookup(kNumberTypes, code, lang);
    case Vocabulary::Callability:
        return lookup(kCallability, code, lang);
    case Vocabulary::LeakField:
        return lookup(kLeakFields, code, lang);
    case Vocabulary::Transformation:
        return transformation(code, lang);
    case Vocabulary::DirectionBasis:
        return lookup(kDirectionBasis, code, lang);
    }
    return code;
}

} // namespace dt::analysis
