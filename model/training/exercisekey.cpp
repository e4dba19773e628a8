#include "training/exercisekey.h"

#include "core/caseclock.h"
#include "dt/version.h"

#include <algorithm>
#include <QJsonArray>
#include <set>

namespace dt::training {

namespace {

QJsonArray toArray(const QStringList &l)
{
    return QJsonArray::fromStringList(l);
}

const sample::SampleDetail::OperatorInfo *findOperator(const sample::SampleDetail &d, const QString &id)
{
    for (const auto &o : d.operators) {
        if (o.id == id)
            return &o;
    }
    return nullptr;
}

QJsonObject leakOf(const QJsonObject &truth, const QString &name)
{
    for (const auto &v : truth.value(QStringLiteral("leaks")).toArray()) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject();
    }
    return {};
}

} // namespace

const QVector<Scenario> &ExerciseKey::scenarios()
{
    static const QVector<Scenario> all = {
        {QStringLiteral("autodialer"),
         {QStringLiteral("OP1")},
         QStringLiteral("loan marketing by an auto-dialler rotating short-lived numbers"),
         QStringLiteral("自动外呼设备轮换短期号码推销贷款")},
        {QStringLiteral("telemarketing"),
         {QStringLiteral("OP5")},
         QStringLiteral("insurance telemarketing from a 95 number and agents' mobiles"),
         QStringLiteral("以95号码和坐席手机推销赠险")},
        {QStringLiteral("pbx_agency"),
         {QStringLiteral("OP2")},
         QStringLiteral("a property agency's desk lines behind a seized PBX whose clock is wrong"),
         QStringLiteral("房产中介通过时钟不准的交换机外呼")},
        {QStringLiteral("debt_collection"),
         {QStringLiteral("OP3")},
         QStringLiteral("illegal debt collection on a resold list, late at night"),
         QStringLiteral("利用转卖名单深夜暴力催收")},
        {QStringLiteral("storm"),
         {QStringLiteral("OP4")},
         QStringLiteral("a '呼死你' storm: several numbers ringing one victim hundreds of times"),
         QStringLiteral("“呼死你”轰炸：多个号码对同一人连续呼叫")},
        {QStringLiteral("resold_lists"),
         {QStringLiteral("OP1"), QStringLiteral("OP3"), QStringLiteral("OP5")},
         QStringLiteral("three operations and the lists resold between them"),
         QStringLiteral("三个团伙及其之间被转卖的名单")},
        {QStringLiteral("full"),
         {QStringLiteral("OP1"), QStringLiteral("OP2"), QStringLiteral("OP3"), QStringLiteral("OP4"),
          QStringLiteral("OP5")},
         QStringLiteral("every operation of the sample world"),
         QStringLiteral("样例世界中的全部团伙")},
        // The hard variant's actors: no volume or pacing threshold tells these apart, so the trainee
        // has to look at handsets, cells, whose numbers are called and who calls back.
        {QStringLiteral("human_call_centre"),
         {QStringLiteral("OP6")},
         QStringLiteral("a human call centre: dozens of agents' own mobiles working a bought list by hand"),
         QStringLiteral("人工电销团队：几十名坐席用各自的手机按买来的名单逐个拨打"),
         {},
         true},
        {QStringLiteral("legitimate_bulk"),
         {QStringLiteral("OP7"), QStringLiteral("OP8")},
         QStringLiteral("legitimate bulk callers (hospital reminders, bank 95555, the 12345 hotline, "
                        "ride-hailing privacy numbers) beside two buyers of one resold list"),
         QStringLiteral("正常业务的大量外呼（医院预约提醒、银行 95555、12345 热线、网约车隐私号）"
                        "与同一份转卖名单的两家买主混在一起"),
         {QStringLiteral("TRAP-HOSPITAL"), QStringLiteral("TRAP-BANKLINE"), QStringLiteral("TRAP-12345"),
          QStringLiteral("TRAP-RIDEHAIL"), QStringLiteral("TRAP-COURIER"), QStringLiteral("TRAP-BANK")},
         true},
    };
    return all;
}

bool ExerciseKey::plan(const ExerciseSpec &spec, sample::SampleOptions *options, QString *error)
{
    const auto &all = scenarios();
    const auto it =
        std::find_if(all.begin(), all.end(), [&](const Scenario &s) { return s.name == spec.scenario; });
    if (it == all.end()) {
        QStringList names;
        for (const auto &s : all)
            names << s.name;
        *error = tr("unknown scenario '%1' (%2)").arg(spec.scenario, names.join(QLatin1String(", ")));
        return false;
    }
    if (spec.lang != QLatin1String("zh") && spec.lang != QLatin1String("en")) {
        *error = tr("unknown language '%1' (zh or en)").arg(spec.lang);
        return false;
    }
    // Difficulty sets the volume and the noise: easy has only the operations, the scenario's own
    // traps and ordinary callers, medium adds legitimate bulk callers as traps and the PBX agency (a
    // clock to correct), hard is the whole world, every other operation a distractor.
    QStringList actors = it->operations + it->traps;
    actors << QStringLiteral("SOCIAL");
    QString scale;
    if (spec.difficulty == QLatin1String("easy")) {
        scale = QStringLiteral("6000");
    } else if (spec.difficulty == QLatin1String("medium")) {
        scale = QStringLiteral("12000");
        QStringList more{QStringLiteral("TRAP-COURIER"), QStringLiteral("TRAP-BANK"), QStringLiteral("OP2")};
        if (it->hardVariant)
            more << QStringLiteral("TRAP-HOSPITAL") << QStringLiteral("TRAP-BANKLINE")
                 << QStringLiteral("TRAP-12345") << QStringLiteral("TRAP-RIDEHAIL");
        for (const QString &a : std::as_const(more)) {
            if (!actors.contains(a))
                actors << a;
        }
    } else if (spec.difficulty == QLatin1String("hard")) {
        scale = QStringLiteral("30000");
        actors.clear(); // everything
    } else {
        *error = tr("unknown difficulty '%1' (easy, medium or hard)").arg(spec.difficulty);
        return false;
    }
    options->seed = spec.seed;
    options->actors = actors;
    options->variant = it->hardVariant ? QStringLiteral("hard") : QStringLiteral("default");
    return options->setScale(scale, error);
}

QJsonObject ExerciseKey::build(const ExerciseSpec &spec, const QJsonObject &truth,
                               const sample::SampleDetail &detail, const QJsonArray &files)
{
    const Scenario scenario = *std::find_if(scenarios().begin(), scenarios().end(),
                                            [&](const Scenario &s) { return s.name == spec.scenario; });
    const CaseClock clock(QStringLiteral("Asia/Shanghai"));
    QJsonObject lines;
    for (const auto &l : detail.lines) {
        lines.insert(l.number, QJsonObject{{QStringLiteral("actor"), l.actor},
                                           {QStringLiteral("label"), l.label},
                                           {QStringLiteral("imei"), l.imei},
                                           {QStringLiteral("lac"), l.lac},
                                           {QStringLiteral("cell"), l.cell},
                                           {QStringLiteral("extension"), l.extension},
                                           {QStringLiteral("calls"), l.calls},
                                           {QStringLiteral("answered"), l.answered},
                                           {QStringLiteral("received"), l.received},
                                           {QStringLiteral("active_days"), l.activeDays}});
    }
    // Operations: the scenario's, lettered A, B … in order; each introduced by its first complaint.
    QJsonArray operations, questions;
    int q = 0;
    auto question = [&](QJsonObject o) {
        o.insert(QStringLiteral("id"), QStringLiteral("Q%1").arg(++q));
        questions.append(o);
    };
    QStringList scenarioOps;
    for (const QString &id : scenario.operations) {
        const auto *op = findOperator(detail, id);
        if (!op)
            continue;
        const QString letter = QString(QChar(char16_t(u'A' + operations.size())));
        QStringList numbers;
        for (const auto &l : detail.lines) {
            if (l.actor == id)
                numbers << l.number;
        }
        std::sort(numbers.begin(), numbers.end());
        if (numbers.isEmpty())
            continue;
        scenarioOps << id;
        QJsonObject intro{{QStringLiteral("number"), numbers.front()}};
        for (const auto &c : detail.complaints) {
            if (c.actor == id) {
                intro = QJsonObject{{QStringLiteral("number"), c.reported},
                                    {QStringLiteral("complaint_row"), c.ref},
                                    {QStringLiteral("complaint_utc"), c.timeUtc}};
                break;
            }
        }
        operations.append(QJsonObject{{QStringLiteral("letter"), letter},
                                      {QStringLiteral("id"), id},
                                      {QStringLiteral("kind"), op->kind},
                                      {QStringLiteral("intro"), intro}});
        const QString seed = intro.value(QStringLiteral("number")).toString();
        numbers.removeAll(seed);
        question({{QStringLiteral("type"), QStringLiteral("members")},
                  {QStringLiteral("operation"), letter},
                  {QStringLiteral("seed_number"), seed},
                  {QStringLiteral("answer"), toArray(numbers)}});
    }
    // Legitimate bulk callers, when the exercise has them.
    QStringList legit;
    for (const auto &l : detail.lines) {
        if (l.label.startsWith(QLatin1String("legitimate:")))
            legit << l.number;
    }
    std::sort(legit.begin(), legit.end());
    if (!legit.isEmpty())
        question({{QStringLiteral("type"), QStringLiteral("legitimate")},
                  {QStringLiteral("answer"), toArray(legit)}});
    // The list each operation dialled, and how long after its acquisition the first call came.
    for (const auto &v : operations) {
        const QJsonObject o = v.toObject();
        const auto *op = findOperator(detail, o.value(QStringLiteral("id")).toString());
        if (op->leak.isEmpty())
            continue;
        const QJsonObject leak = leakOf(truth, op->leak);
        const QDate acquired =
            QDate::fromString(leak.value(QStringLiteral("acquired")).toString(), Qt::ISODate);
        const QDate first = clock.date(op->firstCallUtc);
        question({{QStringLiteral("type"), QStringLiteral("list")},
                  {QStringLiteral("operation"), o.value(QStringLiteral("letter"))},
                  {QStringLiteral("answer"),
                   QJsonObject{{QStringLiteral("list"), op->leak},
                               {QStringLiteral("acquired"), acquired.toString(Qt::ISODate)},
                               {QStringLiteral("first_call_utc"), op->firstCallUtc},
                               {QStringLiteral("days"), acquired.daysTo(first)},
                               {QStringLiteral("victims"), op->victims},
                               {QStringLiteral("victims_in_list"), op->victimsInLeak}}}});
    }
    // Lineage: which list was compiled from which.
    QJsonArray pairs;
    for (const auto &v : truth.value(QStringLiteral("lineage")).toArray())
        pairs.append(v);
    question({{QStringLiteral("type"), QStringLiteral("lineage")}, {QStringLiteral("answer"), pairs}});
    // Complainants found in the list their caller dialled, the complaint after the list's sale.
    QJsonArray eligible, others;
    std::set<QString> seen;
    for (const auto &c : detail.complaints) {
        if (!scenarioOps.contains(c.actor) && !c.mistaken)
            continue;
        const auto *op = c.actor.isEmpty() ? nullptr : findOperator(detail, c.actor);
        const QDate acquired =
            op ? QDate::fromString(leakOf(truth, op->leak).value(QStringLiteral("acquired")).toString(),
                                   Qt::ISODate)
               : QDate();
        const qsizetype at = op ? c.lists.indexOf(op->leak) : -1;
        QJsonObject row{{QStringLiteral("reporter"), c.reporter},
                        {QStringLiteral("reported"), c.reported},
                        {QStringLiteral("actor"), c.actor},
                        {QStringLiteral("complaint_row"), c.ref},
                        {QStringLiteral("complaint_utc"), c.timeUtc}};
        if (at >= 0 && acquired.isValid() && clock.date(c.timeUtc) > acquired) {
            row.insert(QStringLiteral("list"), op->leak);
            row.insert(QStringLiteral("list_row"), c.listRows.at(at));
            row.insert(QStringLiteral("acquired"), acquired.toString(Qt::ISODate));
            if (seen.insert(c.reporter).second)
                eligible.append(row);
        } else {
            row.insert(QStringLiteral("why"), c.mistaken                 ? QStringLiteral("mistaken")
                                              : op && op->leak.isEmpty() ? QStringLiteral("no_list")
                                                                         : QStringLiteral("not_in_list"));
            others.append(row);
        }
    }
    if (!eligible.isEmpty())
        question({{QStringLiteral("type"), QStringLiteral("complaints")},
                  {QStringLiteral("operations"), toArray(scenarioOps)},
                  {QStringLiteral("answer"), eligible},
                  {QStringLiteral("others"), others}});
    // The 2018 campaign's rules each operation broke, each with one supporting call.
    for (const auto &v : operations) {
        const QJsonObject o = v.toObject();
        QJsonArray rules;
        for (const auto &r : detail.violations) {
            if (r.actor == o.value(QStringLiteral("id")).toString())
                rules.append(QJsonObject{{QStringLiteral("rule"), r.rule},
                                         {QStringLiteral("numbers"), toArray(r.numbers)},
                                         {QStringLiteral("rows"), toArray(r.refs)}});
        }
        if (!rules.isEmpty())
            question({{QStringLiteral("type"), QStringLiteral("rules")},
                      {QStringLiteral("operation"), o.value(QStringLiteral("letter"))},
                      {QStringLiteral("answer"), rules}});
    }
    const QJsonObject gen = truth.value(QStringLiteral("generator")).toObject();
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("dialtrace-exercise-answers")},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("exercise"),
                        QJsonObject{{QStringLiteral("scenario"), spec.scenario},
                                    {QStringLiteral("difficulty"), spec.difficulty},
                                    {QStringLiteral("seed"), QString::number(spec.seed)},
                                    {QStringLiteral("lang"), spec.lang},
                                    {QStringLiteral("tool_version"), QStringLiteral(DT_VERSION_STRING)},
                                    {QStringLiteral("first_day"), gen.value(QStringLiteral("first_day"))},
                                    {QStringLiteral("days"), gen.value(QStringLiteral("days"))},
                                    {QStringLiteral("timezone"), gen.value(QStringLiteral("timezone"))}}},
                       {QStringLiteral("files"), files},
                       {QStringLiteral("leaks"), truth.value(QStringLiteral("leaks"))},
                       {QStringLiteral("operations"), operations},
                       {QStringLiteral("lines"), lines},
                       {QStringLiteral("questions"), questions}};
}

} // namespace dt::training
