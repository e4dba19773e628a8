#include "training/exercisetext.h"

#include "core/caseclock.h"

#include <QJsonArray>

namespace dt::training {

QString ruleName(const QString &rule, const Lang &l)
{
    if (rule == QLatin1String("call_after_complaint"))
        return l.t("calls to a person after they complained", "被举报后继续呼叫举报人");
    if (rule == QLatin1String("outside_permitted_hours"))
        return l.t("marketing calls outside 08:00-21:00", "在 8:00—21:00 以外时段营销外呼");
    if (rule == QLatin1String("service_number_marketing"))
        return l.t("marketing from a 95/96/400 number resource", "使用 95/96/400 号码资源营销外呼");
    if (rule == QLatin1String("autodial_volume"))
        return l.t("auto-dialling volume", "自动外呼（呼叫量超出人工拨打能力）");
    return rule;
}

QString operationLetter(const QJsonObject &key, const QString &truthId)
{
    for (const auto &v : key.value(QStringLiteral("operations")).toArray()) {
        if (v.toObject().value(QStringLiteral("id")).toString() == truthId)
            return v.toObject().value(QStringLiteral("letter")).toString();
    }
    return {};
}

QString labelText(const QString &label, const QJsonObject &key, const Lang &l)
{
    if (label.startsWith(QLatin1String("operator:"))) {
        const QString letter = operationLetter(key, label.mid(9));
        return letter.isEmpty()
                   ? l.t("a number of another operation (not asked about)", "另一团伙（本题未涉及）的号码")
                   : l.t("a number of operation %1", "团伙 %1 的号码").arg(letter);
    }
    if (label == QLatin1String("harassment")) {
        const QString letter = operationLetter(key, QStringLiteral("OP4"));
        return letter.isEmpty() ? l.t("a number of a '呼死你' storm", "“呼死你”轰炸号码")
                                : l.t("a number of operation %1", "团伙 %1 的号码").arg(letter);
    }
    if (label == QLatin1String("legitimate:courier"))
        return l.t("a courier's mobile (legitimate)", "快递员手机（正常业务）");
    if (label == QLatin1String("legitimate:bank_callback"))
        return l.t("a bank's call-back line (legitimate)", "银行回访专线（正常业务）");
    if (label == QLatin1String("legitimate:hospital_reminder"))
        return l.t("a hospital's appointment reminders (legitimate)", "医院预约提醒电话（正常业务）");
    if (label == QLatin1String("legitimate:bank_service_line"))
        return l.t("a bank's customer service line (legitimate)", "银行客服热线（正常业务）");
    if (label == QLatin1String("legitimate:government_hotline"))
        return l.t("the 12345 government hotline (legitimate)", "12345 政务服务热线（正常业务）");
    if (label == QLatin1String("legitimate:ridehailing_privacy"))
        return l.t("a ride-hailing privacy number (legitimate)", "网约车隐私号（正常业务）");
    return l.t("an ordinary subscriber's number, or one not in the records",
               "普通用户号码或记录中没有的号码");
}

QString localTime(qint64 utc)
{
    static const CaseClock clock(QStringLiteral("Asia/Shanghai"));
    return clock.text(utc, CaseClock::Precision::Minutes);
}

QString questionTypeName(const QString &type, const Lang &l)
{
    if (type == QLatin1String("members"))
        return l.t("operation's numbers", "团伙号码");
    if (type == QLatin1String("legitimate"))
        return l.t("legitimate bulk callers", "正常外呼号码");
    if (type == QLatin1String("list"))
        return l.t("leaked list and delay", "泄露名单与间隔天数");
    if (type == QLatin1String("lineage"))
        return l.t("list lineage", "名单来源关系");
    if (type == QLatin1String("complaints"))
        return l.t("complainants in the list", "名单中的举报人");
    if (type == QLatin1String("rules"))
        return l.t("rules broken", "违反的规定");
    return type;
}

QString questionText(const QJsonObject &q, const QJsonObject &key, const Lang &l)
{
    Q_UNUSED(key)
    const QString type = q.value(QStringLiteral("type")).toString();
    const QString op = q.value(QStringLiteral("operation")).toString();
    if (type == QLatin1String("members"))
        return l
            .t("Operation %1 is known from the number %2. Which other numbers belong to operation %1?",
               "已知团伙 %1 使用号码 %2。还有哪些号码属于团伙 %1？")
            .arg(op, q.value(QStringLiteral("seed_number")).toString());
    if (type == QLatin1String("legitimate"))
        return l.t("Some numbers call many people for legitimate reasons. Which numbers in these records are "
                   "legitimate bulk callers and must not be blocked?",
                   "有些号码因正常业务大量外呼。本案记录中哪些号码属于正常的大量外呼号码、不应被拦截？");
    if (type == QLatin1String("list"))
        return l
            .t("Which leaked list did operation %1 dial, and how many days after the list was acquired did "
               "its first call come?",
               "团伙 %1 拨打的是哪一份泄露名单？该名单被获取后第几天出现其第一次呼叫？")
            .arg(op);
    if (type == QLatin1String("lineage"))
        return l.t("Which list was compiled from which? Name each list that went into another one.",
                   "哪份名单是由哪份名单整合而来？请指出每一份被整合进其他名单的名单。");
    if (type == QLatin1String("complaints"))
        return l.t("Which complainants were in the list that the operation they complained about had bought, "
                   "so that their complaint came after that list's sale?",
                   "哪些举报人本身就在被举报团伙所购买的名单中（即其举报发生在该名单被出售之后）？");
    if (type == QLatin1String("rules"))
        return l
            .t("Which rules of the 2018 campaign against harassing calls did operation %1 break? Give one "
               "supporting call for each.",
               "团伙 %1 违反了 2018 年骚扰电话综合整治专项行动的哪些规定？每条规定请给出一条佐证通话。")
            .arg(op);
    return type;
}

QString answerHint(const QJsonObject &q, const Lang &l)
{
    const QString type = q.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("members") || type == QLatin1String("legitimate") ||
        type == QLatin1String("complaints"))
        return l.t("one answer per number", "每个号码记一条答案");
    if (type == QLatin1String("list"))
        return l.t("the list's source name, the number of days as the value",
                   "答案为名单的来源名称，天数填在“值”中");
    if (type == QLatin1String("lineage"))
        return l.t("the list compiled from another, that other list as the value",
                   "答案为被整合出的名单，其来源名单填在“值”中");
    if (type == QLatin1String("rules"))
        return l.t("a supporting call (FILE:LINE or call:ID), the rule as the value: call_after_complaint, "
                   "outside_permitted_hours, service_number_marketing or autodial_volume",
                   "答案为佐证通话（文件名:行号 或 call:编号），规定填在“值”中：call_after_complaint、"
                   "outside_permitted_hours、service_number_marketing 或 autodial_volume");
    return {};
}

} // namespace dt::training
