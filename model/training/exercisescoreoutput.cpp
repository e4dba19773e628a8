#include "training/exercisescore.h"
#include "training/exercisetext.h"

#include <QJsonArray>

namespace dt::training {

namespace {
QString percent(double score)
{
    return QString::number(100.0 * score, 'f', 1);
}

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    return QLatin1Char('"') + QString(s).replace(QStringLiteral("\""), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}
} // namespace

QJsonObject ExerciseScore::toJson() const
{
    QJsonArray qs;
    for (const auto &q : questions) {
        QJsonArray mistakes;
        for (const auto &m : q.mistakes)
            mistakes.append(QJsonObject{{QStringLiteral("kind"), m.kind},
                                        {QStringLiteral("entity"), m.entity},
                                        {QStringLiteral("text"), m.text}});
        QJsonObject o{{QStringLiteral("id"), q.id},
                      {QStringLiteral("type"), q.type},
                      {QStringLiteral("score"), std::round(1000 * q.score) / 10},
                      {QStringLiteral("expected"), q.expected},
                      {QStringLiteral("correct"), q.correct},
                      {QStringLiteral("mistakes"), mistakes}};
        if (!q.operation.isEmpty())
            o.insert(QStringLiteral("operation"), q.operation);
        qs.append(o);
    }
    return QJsonObject{{QStringLiteral("total"), std::round(10 * total) / 10},
                       {QStringLiteral("answers"), answers},
                       {QStringLiteral("trainees"), QJsonArray::fromStringList(trainees)},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
                       {QStringLiteral("questions"), qs}};
}

QString ExerciseScore::toText(const QString &lang) const
{
    const Lang l(lang);
    QString out;
    for (const QString &w : warnings)
        out += l.t("Warning: %1\n", "警告：%1\n").arg(w);
    out += l.t("Score: %1% (%2 answers by %3)\n", "得分：%1%（%3 记录了 %2 条答案）\n")
               .arg(QString::number(total, 'f', 1))
               .arg(answers)
               .arg(trainees.isEmpty() ? l.t("nobody", "无人") : trainees.join(QStringLiteral(", ")));
    for (const auto &q : questions) {
        out += l.t("\n%1 (%2): %3% — %4 of %5 right\n", "\n%1（%2）：%3% — 应答 %5 项，答对 %4 项\n")
                   .arg(q.id, l.zh() ? questionTypeName(q.type, l) : q.type, percent(q.score))
                   .arg(q.correct)
                   .arg(q.expected);
        for (const auto &m : q.mistakes) {
            const QString kind = m.kind == QLatin1String("missed")  ? l.t("missed", "遗漏")
                                 : m.kind == QLatin1String("wrong") ? l.t("wrong", "错误")
                                                                    : l.t("unsupported", "佐证不成立");
            out += QStringLiteral("  - [%1] %2\n").arg(kind, m.text);
        }
    }
    return out;
}

QByteArray ExerciseScorer::classCsv(const QJsonObject &key, const QStringList &cases,
                                    const QVector<ExerciseScore> &scores)
{
    QStringList header{QStringLiteral("case"), QStringLiteral("trainees"), QStringLiteral("answers")};
    for (const auto &v : key.value(QStringLiteral("questions")).toArray())
        header << v.toObject().value(QStringLiteral("id")).toString();
    header << QStringLiteral("total") << QStringLiteral("mistakes");
    QString out = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (qsizetype i = 0; i < cases.size() && i < scores.size(); ++i) {
        const ExerciseScore &s = scores.at(i);
        QStringList row{csvField(cases.at(i)), csvField(s.trainees.join(QLatin1Char(' '))),
                        QString::number(s.answers)};
        int mistakes = 0;
        for (const auto &q : s.questions) {
            row << percent(q.score);
            mistakes += int(q.mistakes.size());
        }
        row << QString::number(s.total, 'f', 1) << QString::number(mistakes);
        out += row.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace dt::training
