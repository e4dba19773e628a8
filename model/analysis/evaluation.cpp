#include "analysis/evaluation.h"

#include <cmath>
#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QSet>

namespace dt::analysis {

namespace {
double choose2(double n)
{
    return n * (n - 1) / 2.0;
}
} // namespace

double Evaluation::adjustedRandIndex(const QVector<QString> &a, const QVector<QString> &b)
{
    QHash<QString, QHash<QString, double>> table;
    QHash<QString, double> rows, cols;
    for (qsizetype i = 0; i < a.size(); ++i) {
        table[a[i]][b[i]] += 1;
        rows[a[i]] += 1;
        cols[b[i]] += 1;
    }
    double index = 0, sumRows = 0, sumCols = 0;
    for (const auto &r : std::as_const(table))
        for (double v : r)
            index += choose2(v);
    for (double v : std::as_const(rows))
        sumRows += choose2(v);
    for (double v : std::as_const(cols))
        sumCols += choose2(v);
    const double total = choose2(double(a.size()));
    if (total == 0)
        return 1.0;
    const double expected = sumRows * sumCols / total;
    const double maxIndex = (sumRows + sumCols) / 2.0;
    if (maxIndex == expected)
        return 1.0;
    return (index - expected) / (maxIndex - expected);
}

QJsonObject Evaluation::evaluate(const Findings &findings, const QJsonObject &truth)
{
    QHash<QString, QString> truthOperatorOf; // number -> truth operator id
    for (const auto &v : truth.value(QStringLiteral("operators")).toArray()) {
        const QJsonObject o = v.toObject();
        for (const auto &n : o.value(QStringLiteral("numbers")).toArray())
            truthOperatorOf.insert(n.toString(), o.value(QStringLiteral("id")).toString());
    }
    QSet<QString> positives(truthOperatorOf.keyBegin(), truthOperatorOf.keyEnd());
    for (const auto &n : truth.value(QStringLiteral("harassment")).toArray())
        positives.insert(n.toString());
    QSet<QString> legitimate;
    for (const auto &v : truth.value(QStringLiteral("legitimate")).toArray())
        legitimate.insert(v.toObject().value(QStringLiteral("number")).toString());

    QSet<QString> flagged;
    for (const Suspect &s : findings.suspects)
        flagged.insert(s.key);
    // Per kind of number (operators' kinds, harassment, legitimate kinds): which kinds are missed,
    // which legitimate kinds are flagged.
    QMap<QString, QPair<qint64, qint64>> byKind; // kind -> (numbers, flagged)
    QMap<QString, bool> kindIsPositive;
    QSet<QString> counted; // a storm's numbers are an operator's and the harassment list's
    auto countKind = [&](const QString &kind, const QString &number, bool positive) {
        if (counted.contains(number))
            return;
        counted.insert(number);
        auto &k = byKind[kind];
        ++k.first;
        k.second += flagged.contains(number);
        kindIsPositive.insert(kind, positive);
    };
    for (const auto &v : truth.value(QStringLiteral("operators")).toArray())
        for (const auto &n : v.toObject().value(QStringLiteral("numbers")).toArray())
            countKind(v.toObject().value(QStringLiteral("kind")).toString(), n.toString(), true);
    for (const auto &n : truth.value(QStringLiteral("harassment")).toArray())
        countKind(QStringLiteral("harassment"), n.toString(), true);
    for (const auto &v : truth.value(QStringLiteral("legitimate")).toArray())
        countKind(v.toObject().value(QStringLiteral("kind")).toString(),
                  v.toObject().value(QStringLiteral("number")).toString(), false);
    QJsonObject kinds;
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
        const bool positive = kindIsPositive.value(it.key());
        QJsonObject k{
            {QStringLiteral("class"), positive ? QStringLiteral("suspect") : QStringLiteral("legitimate")},
            {QStringLiteral("numbers"), it.value().first},
            {QStringLiteral("flagged"), it.value().second}};
        if (positive)
            k.insert(QStringLiteral("missed"), it.value().first - it.value().second);
        kinds.insert(it.key(), k);
    }
    const double tp = double(QSet<QString>(flagged).intersect(positives).size());
    const double precision = flagged.isEmpty() ? 0 : tp / double(flagged.size());
    const double recall = positives.isEmpty() ? 0 : tp / double(positives.size());
    const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
    QJsonArray falsePositives, missed, legitFlagged;
    for (const QString &n : flagged) {
        if (!positives.contains(n))
            falsePositives.append(n);
        if (legitimate.contains(n))
            legitFlagged.append(n);
    }
    for (const QString &n : positives)
        if (!flagged.contains(n))
            missed.append(n);

    QHash<QString, QString> predictedOperatorOf;
    for (const Operator &o : findings.operators)
        for (const QString &n : o.numbers)
            predictedOperatorOf.insert(n, o.id);
    QVector<QString> truthLabels, predictedLabels;
    QHash<QString, QHash<QString, int>> byCluster;
    for (auto it = truthOperatorOf.cbegin(); it != truthOperatorOf.cend(); ++it) {
        truthLabels << it.value();
        const QString p = predictedOperatorOf.value(it.key(), QStringLiteral("unassigned:") + it.key());
        predictedLabels << p;
        ++byCluster[p][it.value()];
    }
    double pure = 0;
    for (const auto &c : std::as_const(byCluster)) {
        int best = 0;
        for (int v : c)
            best = std::max(best, v);
        pure += best;
    }
    // Leak attribution: each found operator (by the truth operator most of its numbers belong to)
    // should put that operator's true list first; the resale edges should match the truth's.
    QHash<QString, QJsonValue> trueLeakOf;
    for (const auto &v : truth.value(QStringLiteral("operators")).toArray())
        trueLeakOf.insert(v.toObject().value(QStringLiteral("id")).toString(),
                          v.toObject().value(QStringLiteral("leak")));
    qint64 leakChecked = 0, leakFirst = 0;
    QJsonArray leakWrong;
    for (const Operator &o : findings.operators) {
        QHash<QString, int> votes;
        for (const QString &n : o.numbers)
            ++votes[truthOperatorOf.value(n)];
        QString majority;
        for (auto it = votes.cbegin(); it != votes.cend(); ++it)
            if (!it.key().isEmpty() && (majority.isEmpty() || it.value() > votes.value(majority)))
                majority = it.key();
        const QJsonValue trueLeak = trueLeakOf.value(majority);
        const bool attributed = !o.leaks.empty() && o.leaks.front().significant;
        const QString got = attributed ? o.leaks.front().source : QString();
        if (majority.isEmpty() || (trueLeak.isNull() && !attributed))
            continue;
        ++leakChecked;
        if (got == trueLeak.toString())
            ++leakFirst;
        else
            leakWrong.append(QJsonObject{{QStringLiteral("operator"), o.id},
                                         {QStringLiteral("truth"), majority},
                                         {QStringLiteral("expected"), trueLeak},
                                         {QStringLiteral("ranked_first"), got}});
    }
    QSet<QString> trueEdges, foundEdges;
    auto edgeKey = [](const QString &parent, const QString &child) -> QString {
        return parent + QStringLiteral(" -> ") + child;
    };
    // The truth's lineage is the sample generator's JSON (truth.json), not findings.
    for (const auto &v : truth.value(QStringLiteral("lineage")).toArray())
        trueEdges.insert(edgeKey(v.toObject().value(QStringLiteral("parent")).toString(),
                                 v.toObject().value(QStringLiteral("child")).toString()));
    QSet<QString> decoys;
    for (const auto &v : truth.value(QStringLiteral("decoy_leaks")).toArray())
        decoys.insert(v.toString());
    qint64 decoyEdges = 0, reversed = 0;
    for (const Resale &e : findings.lineage) {
        foundEdges.insert(edgeKey(e.parent, e.child));
        decoyEdges += decoys.contains(e.parent) || decoys.contains(e.child);
        reversed += trueEdges.contains(edgeKey(e.child, e.parent));
    }
    QJsonArray missedEdges, extraEdges;
    for (const QString &e : std::as_const(trueEdges))
        if (!foundEdges.contains(e))
            missedEdges.append(e);
    for (const QString &e : std::as_const(foundEdges))
        if (!trueEdges.contains(e))
            extraEdges.append(e);

    auto r = [](double v) { return std::round(v * 10000.0) / 10000.0; };
    return QJsonObject{
        {QStringLiteral("leaks"),
         QJsonObject{{QStringLiteral("operators_checked"), leakChecked},
                     {QStringLiteral("true_list_first"), leakFirst},
                     {QStringLiteral("wrong"), leakWrong},
                     {QStringLiteral("lineage_true_edges"), qint64(trueEdges.size())},
                     {QStringLiteral("lineage_found"), qint64(trueEdges.size() - missedEdges.size())},
                     {QStringLiteral("lineage_reversed"), reversed},
                     {QStringLiteral("lineage_missed"), missedEdges},
                     {QStringLiteral("lineage_extra"), extraEdges},
                     {QStringLiteral("decoy_edges"), decoyEdges}}},
        {QStringLiteral("kinds"), kinds},
        {QStringLiteral("suspects"), QJsonObject{{QStringLiteral("precision"), r(precision)},
                                                 {QStringLiteral("recall"), r(recall)},
                                                 {QStringLiteral("f1"), r(f1)},
                                                 {QStringLiteral("true_positives"), qint64(tp)},
                                                 {QStringLiteral("flagged"), qint64(flagged.size())},
                                                 {QStringLiteral("positives"), qint64(positives.size())},
                                                 {QStringLiteral("false_positives"), falsePositives},
                                                 {QStringLiteral("missed"), missed},
                                                 {QStringLiteral("legitimate_flagged"), legitFlagged}}},
        {QStringLiteral("operators"),
         QJsonObject{
             {QStringLiteral("adjusted_rand_index"), r(adjustedRandIndex(truthLabels, predictedLabels))},
             {QStringLiteral("purity"), truthLabels.isEmpty() ? 0.0 : r(pure / double(truthLabels.size()))},
             {QStringLiteral("truth_operators"),
              qint64(truth.value(QStringLiteral("operators")).toArray().size())},
             {QStringLiteral("found_operators"), qint64(findings.operators.size())}}}};
}

} // namespace dt::analysis
