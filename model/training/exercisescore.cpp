#include "training/exercisescore.h"

#include "case/database.h"
#include "case/exerciseanswers.h"
#include "phone/phonenumber.h"
#include "training/exercisetext.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <set>

namespace dt::training {

namespace {

using Set = std::set<QString>;

/// Everything a question's scoring needs from the key, the case and the answers.
class Scoring
{
public:
    Scoring(const QJsonObject &key, Database &db, const Lang &l)
        : m_key(key)
        , m_db(db)
        , m_l(l)
        , m_lines(key.value(QStringLiteral("lines")).toObject())
    {}

    QString number(const QString &entity) const
    {
        const QString n = m_phone.normalize(entity.trimmed());
        return n.isEmpty() ? entity.trimmed() : n;
    }
    static QString listName(const QString &entity)
    {
        const QString e = entity.trimmed();
        static const QRegularExpression ext(QStringLiteral("\\.(csv|txt|xlsx|xls|json|html?)$"),
                                            QRegularExpression::CaseInsensitiveOption);
        return QString(e).remove(ext);
    }
    /// What the record shows of a line: its calls, answer rate, handset, cell or PBX extension.
    QString lineFacts(const QString &number) const
    {
        const QJsonObject o = m_lines.value(number).toObject();
        if (o.isEmpty())
            return {};
        const qint64 calls = o.value(QStringLiteral("calls")).toInteger();
        const qint64 answered = o.value(QStringLiteral("answered")).toInteger();
        QString s = m_l.t("%1 calls on %2 days, %3% answered", "%2 天内呼出 %1 次，接通率 %3%")
                        .arg(calls)
                        .arg(o.value(QStringLiteral("active_days")).toInt())
                        .arg(calls ? 100 * answered / calls : 0);
        if (o.value(QStringLiteral("received")).toInteger() > 0)
            s += m_l.t(", received %1 calls", "，接到来电 %1 次")
                     .arg(o.value(QStringLiteral("received")).toInteger());
        if (!o.value(QStringLiteral("imei")).toString().isEmpty())
            s += m_l.t(", handset IMEI %1", "，手机 IMEI %1").arg(o.value(QStringLiteral("imei")).toString());
        if (o.value(QStringLiteral("lac")).toInt() > 0)
            s += m_l.t(", cell %1-%2", "，基站 %1-%2")
                     .arg(o.value(QStringLiteral("lac")).toInt())
                     .arg(o.value(QStringLiteral("cell")).toInt());
        if (o.value(QStringLiteral("extension")).toInt() > 0)
            s += m_l.t(", extension %1 of the seized PBX", "，被扣押交换机的分机 %1")
                     .arg(o.value(QStringLiteral("extension")).toInt());
        return s;
    }
    QString whatIs(const QString &number) const
    {
        const QString label = m_lines.value(number).toObject().value(QStringLiteral("label")).toString();
        const QString facts = lineFacts(number);
        return labelText(label, m_key, m_l) +
               (facts.isEmpty() ? QString() : m_l.t(" (%1)", "（%1）").arg(facts));
    }
    /// The rows of the seized files a call answer stands for, and the call's caller when the case has it.
    Set rowsOf(const QString &entity, QString *caller) const
    {
        Set rows;
        qint64 callId = -1;
        const QString e = entity.trimmed();
        if (e.startsWith(QLatin1String("call:"))) {
            callId = e.mid(5).toLongLong();
        } else {
            rows.insert(e);
            const qsizetype colon = e.lastIndexOf(QLatin1Char(':'));
            Statement s =
                m_db.prepare(QStringLiteral("SELECT l.call_id FROM call_links l JOIN sources s ON s.id = "
                                            "l.source_id WHERE s.file_name = ? AND l.line = ? LIMIT 1"));
            s.bind(1, e.left(colon)).bind(2, e.mid(colon + 1).toLongLong());
            if (colon > 0 && s.step())
                callId = s.int64(0);
        }
        if (callId < 0)
            return rows;
        Statement r = m_db.prepare(QStringLiteral("SELECT s.file_name, l.line FROM call_links l JOIN sources "
                                                  "s ON s.id = l.source_id WHERE l.call_id = ?"));
        r.bind(1, callId);
        while (r.step())
            rows.insert(QStringLiteral("%1:%2").arg(r.text(0)).arg(r.int64(1)));
        Statement c = m_db.prepare(
            QStringLiteral("SELECT n.value FROM calls c JOIN numbers n ON n.id = c.caller WHERE c.id = ?"));
        c.bind(1, callId);
        if (c.step())
            *caller = c.text(0);
        return rows;
    }

    const QJsonObject &m_key;
    Database &m_db;
    const Lang &m_l;
    QJsonObject m_lines;
    PhoneClassifier m_phone;
};

double ratio(int correct, int expected, int wrong)
{
    return expected + wrong == 0 ? 1.0 : double(correct) / double(expected + wrong);
}

void scoreSet(QuestionScore &qs, const Set &truth, const Set &given,
              const std::function<QString(const QString &)> &missed,
              const std::function<QString(const QString &)> &wrong)
{
    int wrongCount = 0;
    for (const QString &t : truth) {
        if (given.count(t))
            ++qs.correct;
        else
            qs.mistakes.append({QStringLiteral("missed"), t, missed(t)});
    }
    for (const QString &g : given) {
        if (!truth.count(g))
            ++wrongCount, qs.mistakes.append({QStringLiteral("wrong"), g, wrong(g)});
    }
    qs.expected = int(truth.size());
    qs.score = ratio(qs.correct, qs.expected, wrongCount);
}

void scoreMembers(Scoring &s, const QJsonObject &q, const QVector<ExerciseAnswer> &answers, QuestionScore &qs)
{
    const Lang &l = s.m_l;
    Set truth, given;
    for (const auto &v : q.value(QStringLiteral("answer")).toArray())
        truth.insert(v.toString());
    const QString seed = q.value(QStringLiteral("seed_number")).toString();
    for (const auto &a : answers) {
        if (s.number(a.entity) != seed)
            given.insert(s.number(a.entity));
    }
    scoreSet(
        qs, truth, given,
        [&](const QString &n) {
            return l
                .t("%1 belongs to operation %2 and was not named: %3.", "%1 属于团伙 %2，但未被找出：%3。")
                .arg(n, qs.operation, s.lineFacts(n));
        },
        [&](const QString &n) {
            return l.t("%1 does not belong to operation %2: it is %3.", "%1 不属于团伙 %2：它是%3。")
                .arg(n, qs.operation, s.whatIs(n));
        });
}

void scoreLegitimate(Scoring &s, const QJsonObject &q, const QVector<ExerciseAnswer> &answers,
                     QuestionScore &qs)
{
    const Lang &l = s.m_l;
    Set truth, given;
    for (const auto &v : q.value(QStringLiteral("answer")).toArray())
        truth.insert(v.toString());
    for (const auto &a : answers)
        given.insert(s.number(a.entity));
    scoreSet(
        qs, truth, given,
        [&](const QString &n) {
            return l.t("%1 is %2 and was not named.", "%1 是%2，但未被找出。").arg(n, s.whatIs(n));
        },
        [&](const QString &n) {
            return l.t("%1 is not legitimate: it is %2.", "%1 并非正常业务号码：它是%2。")
                .arg(n, s.whatIs(n));
        });
}

void scoreList(Scoring &s, const QJsonObject &q, const QVector<ExerciseAnswer> &answers, QuestionScore &qs)
{
    const Lang &l = s.m_l;
    const QJsonObject t = q.value(QStringLiteral("answer")).toObject();
    const QString list = t.value(QStringLiteral("list")).toString();
    const qint64 days = t.value(QStringLiteral("days")).toInteger();
    const QString why =
        l.t("%1 of operation %2's %3 victims are in %4, acquired on %5; its first call came on %6, "
            "%7 days later.",
            "团伙 %2 的 %3 名被叫中有 %1 人在名单 %4 中，该名单获取于 %5；其首次呼叫在 %6，即 %7 天之后。")
            .arg(t.value(QStringLiteral("victims_in_list")).toInteger())
            .arg(qs.operation)
            .arg(t.value(QStringLiteral("victims")).toInteger())
            .arg(list, t.value(QStringLiteral("acquired")).toString(),
                 localTime(t.value(QStringLiteral("first_call_utc")).toInteger()))
            .arg(days);
    qs.expected = 2;
    bool listOk = false, daysOk = false;
    int wrong = 0;
    for (const auto &a : answers) {
        if (Scoring::listName(a.entity) != list) {
            ++wrong;
            qs.mistakes.append({QStringLiteral("wrong"), a.entity,
                                l.t("Operation %1 did not dial %2. %3", "团伙 %1 拨打的不是 %2。%3")
                                    .arg(qs.operation, a.entity, why)});
            continue;
        }
        listOk = true;
        bool isNumber = false;
        const qint64 given = a.value.toLongLong(&isNumber);
        if (isNumber && std::abs(given - days) <= 1) {
            daysOk = true;
        } else {
            qs.mistakes.append({QStringLiteral("wrong"), a.value,
                                l.t("The days from acquisition to first call are %1, not '%2'. %3",
                                    "从获取名单到首次呼叫应为 %1 天，而不是“%2”。%3")
                                    .arg(days)
                                    .arg(a.value, why)});
        }
    }
    if (!listOk)
        qs.mistakes.append({QStringLiteral("missed"), list, why});
    qs.correct = (listOk ? 1 : 0) + (daysOk ? 1 : 0);
    qs.score = ratio(qs.correct, qs.expected, wrong);
}

void scoreLineage(Scoring &s, const QJsonObject &q, const QVector<ExerciseAnswer> &answers, QuestionScore &qs)
{
    const Lang &l = s.m_l;
    Set truth, given;
    QHash<QString, qint64> records;
    for (const auto &v : q.value(QStringLiteral("answer")).toArray()) {
        const QJsonObject p = v.toObject();
        const QString pair = p.value(QStringLiteral("parent")).toString() + QLatin1String(" > ") +
                             p.value(QStringLiteral("child")).toString();
        truth.insert(pair);
        records.insert(pair, p.value(QStringLiteral("records")).toInteger());
    }
    for (const auto &a : answers)
        given.insert(Scoring::listName(a.value) + QLatin1String(" > ") + Scoring::listName(a.entity));
    auto split = [](const QString &pair) { return pair.split(QStringLiteral(" > ")); };
    scoreSet(
        qs, truth, given,
        [&](const QString &p) {
            return l
                .t("%2 was compiled from %1: %3 of its records come from it.",
                   "%2 由 %1 整合而来：其中 %3 条记录来自 %1。")
                .arg(split(p).value(0), split(p).value(1))
                .arg(records.value(p));
        },
        [&](const QString &p) {
            return l.t("%2 was not compiled from %1.", "%2 并非由 %1 整合而来。")
                .arg(split(p).value(0), split(p).value(1));
        });
}

void scoreComplaints(Scoring &s, const QJsonObject &q, const QVector<ExerciseAnswer> &answers,
                     QuestionScore &qs)
{
    const Lang &l = s.m_l;
    Set truth, given;
    QHash<QString, QJsonObject> rows, others;
    for (const auto &v : q.value(QStringLiteral("answer")).toArray()) {
        const QJsonObject o = v.toObject();
        truth.insert(o.value(QStringLiteral("reporter")).toString());
        rows.insert(o.value(QStringLiteral("reporter")).toString(), o);
    }
    for (const auto &v : q.value(QStringLiteral("others")).toArray())
        others.insert(v.toObject().value(QStringLiteral("reporter")).toString(), v.toObject());
    for (const auto &a : answers)
        given.insert(s.number(a.entity));
    scoreSet(
        qs, truth, given,
        [&](const QString &n) {
            const QJsonObject o = rows.value(n);
            return l
                .t("%1 complained on %2 (%3) about %4, and is in the list %5 (%6), acquired on %7.",
                   "%1 于 %2 举报了 %4（%3），且其本人就在名单 %5 中（%6），该名单获取于 %7。")
                .arg(n, localTime(o.value(QStringLiteral("complaint_utc")).toInteger()),
                     o.value(QStringLiteral("complaint_row")).toString(),
                     o.value(QStringLiteral("reported")).toString(),
                     o.value(QStringLiteral("list")).toString(),
                     o.value(QStringLiteral("list_row")).toString(),
                     o.value(QStringLiteral("acquired")).toString());
        },
        [&](const QString &n) {
            const QJsonObject o = others.value(n);
            const QString why = o.value(QStringLiteral("why")).toString();
            if (o.isEmpty())
                return l.t("%1 filed no complaint about these operations.", "%1 没有举报过这些团伙。").arg(n);
            if (why == QLatin1String("mistaken"))
                return l
                    .t("%1 complained about %2, which is %3: a mistaken complaint.",
                       "%1 举报的 %2 是%3：属于误报。")
                    .arg(n, o.value(QStringLiteral("reported")).toString(),
                         s.whatIs(o.value(QStringLiteral("reported")).toString()));
            if (why == QLatin1String("no_list"))
                return l
                    .t("%1 complained about %2, whose operation dialled no list.",
                       "%1 举报的 %2 所属团伙并未使用名单。")
                    .arg(n, o.value(QStringLiteral("reported")).toString());
            return l
                .t("%1 complained (%2) about %3, but is not in the list that operation dialled: they were "
                   "called "
                   "for another reason (an emergency contact, a neighbour's number).",
                   "%1 举报了 "
                   "%3（%2），但其本人不在该团伙所拨打的名单中：是因其他原因被呼叫（如紧急联系人）。")
                .arg(n, o.value(QStringLiteral("complaint_row")).toString(),
                     o.value(QStringLiteral("reported")).toString());
        });
}

void scoreRules(Scoring &s, const QJsonObject &q, const QVector<ExerciseAnswer> &answers, QuestionScore &qs)
{
    const Lang &l = s.m_l;
    QHash<QString, QJsonObject> rules;
    for (const auto &v : q.value(QStringLiteral("answer")).toArray())
        rules.insert(v.toObject().value(QStringLiteral("rule")).toString(), v.toObject());
    auto example = [&](const QJsonObject &r) {
        const QJsonArray rows = r.value(QStringLiteral("rows")).toArray();
        if (!rows.isEmpty())
            return l.t("e.g. the call in %1", "例如 %1 中的通话").arg(rows.first().toString());
        const QString n = r.value(QStringLiteral("numbers")).toArray().first().toString();
        return l.t("any call placed by %1 (%2)", "%1 的任一呼出通话（%2）").arg(n, s.lineFacts(n));
    };
    Set credited;
    int wrong = 0;
    for (const auto &a : answers) {
        const QString rule = a.value.trimmed();
        const auto it = rules.constFind(rule);
        if (it == rules.constEnd()) {
            ++wrong;
            qs.mistakes.append({QStringLiteral("wrong"), rule,
                                l.t("Operation %1 did not break the rule '%2'.", "团伙 %1 并未违反“%2”。")
                                    .arg(qs.operation, ruleName(rule, l))});
            continue;
        }
        QString caller;
        const Set rows = s.rowsOf(a.entity, &caller);
        bool supported = false;
        for (const auto &r : it->value(QStringLiteral("rows")).toArray())
            supported = supported || rows.count(r.toString()) > 0;
        for (const auto &n : it->value(QStringLiteral("numbers")).toArray())
            supported = supported || (!caller.isEmpty() && n.toString() == caller);
        if (supported) {
            credited.insert(rule);
        } else {
            qs.mistakes.append({QStringLiteral("unsupported"), a.entity,
                                l.t("The call %1 does not show '%2'; %3.", "通话 %1 不能佐证“%2”；%3。")
                                    .arg(a.entity, ruleName(rule, l), example(*it))});
        }
    }
    for (auto it = rules.constBegin(); it != rules.constEnd(); ++it) {
        if (!credited.count(it.key()) &&
            std::none_of(answers.begin(), answers.end(),
                         [&](const ExerciseAnswer &a) { return a.value.trimmed() == it.key(); }))
            qs.mistakes.append({QStringLiteral("missed"), it.key(),
                                l.t("Operation %1 broke '%2': %3.", "团伙 %1 违反了“%2”：%3。")
                                    .arg(qs.operation, ruleName(it.key(), l), example(*it))});
    }
    qs.expected = int(rules.size());
    qs.correct = int(credited.size());
    qs.score = ratio(qs.correct, qs.expected, wrong);
}

} // namespace

ExerciseScore ExerciseScorer::score(const QJsonObject &key, Database &db, const QString &lang)
{
    const Lang l(
        lang.isEmpty()
            ? key.value(QStringLiteral("exercise")).toObject().value(QStringLiteral("lang")).toString()
            : lang);
    Scoring s(key, db, l);
    ExerciseScore out;
    const QVector<ExerciseAnswer> all = ExerciseAnswers::all(db);
    out.answers = int(all.size());
    for (const auto &a : all) {
        if (!out.trainees.contains(a.author))
            out.trainees << a.author;
    }
    // A case made from another exercise's files would be scored against the wrong truth.
    Set caseDigests;
    Statement src = db.prepare(QStringLiteral("SELECT sha256 FROM sources"));
    while (src.step())
        caseDigests.insert(src.text(0));
    const QJsonArray files = key.value(QStringLiteral("files")).toArray();
    const bool any = std::any_of(files.begin(), files.end(), [&](const QJsonValue &f) {
        return caseDigests.count(f.toObject().value(QStringLiteral("sha256")).toString()) > 0;
    });
    if (!any)
        out.warnings << l.t("the case holds none of this exercise's files",
                            "该案件中没有本练习的任何数据文件");
    double sum = 0;
    const QJsonArray questions = key.value(QStringLiteral("questions")).toArray();
    for (const auto &v : questions) {
        const QJsonObject q = v.toObject();
        QuestionScore qs;
        qs.id = q.value(QStringLiteral("id")).toString();
        qs.type = q.value(QStringLiteral("type")).toString();
        qs.operation = q.value(QStringLiteral("operation")).toString();
        QVector<ExerciseAnswer> mine;
        for (const auto &a : all) {
            if (a.question == qs.id)
                mine.append(a);
        }
        if (qs.type == QLatin1String("members"))
            scoreMembers(s, q, mine, qs);
        else if (qs.type == QLatin1String("legitimate"))
            scoreLegitimate(s, q, mine, qs);
        else if (qs.type == QLatin1String("list"))
            scoreList(s, q, mine, qs);
        else if (qs.type == QLatin1String("lineage"))
            scoreLineage(s, q, mine, qs);
        else if (qs.type == QLatin1String("complaints"))
            scoreComplaints(s, q, mine, qs);
        else if (qs.type == QLatin1String("rules"))
            scoreRules(s, q, mine, qs);
        sum += qs.score;
        out.questions.append(qs);
    }
    out.total = questions.isEmpty() ? 0 : 100.0 * sum / double(questions.size());
    return out;
}

} // namespace dt::training
