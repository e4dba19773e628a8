// The numbers table as figures and verdicts apart: a worker process computes the figures (it needs
// the whole call table and its index, gigabytes at 10M calls), the GUI reads them as lines and
// judges them with the findings it already holds.
#include "analysis/numberstable.h"

#include <cmath>
#include <QHash>
#include <QUrl>

namespace dt::analysis {

namespace {

constexpr int kRowFields = 11;

QByteArray exact(double v)
{
    return QByteArray::number(v, 'g', 17);
}

} // namespace

NumbersTable NumbersTable::fromRows(std::vector<NumberRow> rows, std::shared_ptr<const Findings> findings)
{
    if (!findings)
        findings = std::make_shared<const Findings>();
    QHash<QString, const Suspect *> scored;
    scored.reserve(qsizetype(findings->suspects.size() + findings->legitimate.size()));
    for (const Suspect &s : findings->suspects)
        scored.insert(s.key, &s);
    for (const Suspect &s : findings->legitimate)
        scored.insert(s.key, &s);
    QHash<QString, QString> operatorOf;
    for (const Operator &o : findings->operators)
        for (const QString &n : o.numbers)
            operatorOf.insert(n, o.id);
    const double flag = findings->run.parameter("flag_score", 0.5);
    auto judge = [&](NumberRow &r, const Suspect *s) {
        r.finding = s;
        r.score = s->score;
        r.verdict = s->flagged(flag) ? Verdict::Suspect : Verdict::Legitimate;
    };
    for (NumberRow &r : rows) {
        const auto it = scored.constFind(r.key);
        if (it != scored.constEnd()) {
            judge(r, it.value());
            scored.erase(it); // what is left afterwards was scored but is no longer in the calls
        }
        r.operatorId = operatorOf.value(r.key);
    }
    // A number the run scored that the calls no longer name (the case changed since): listed with
    // the profile the run stored, so that every verdict of the run is in the table.
    for (auto it = scored.cbegin(); it != scored.cend(); ++it) {
        const Suspect *s = it.value();
        NumberRow r;
        r.key = s->key;
        r.callsOut = s->profile.callsOut;
        r.callsIn = s->profile.callsIn;
        r.distinctCallees = s->profile.distinctCallees;
        r.answeredShare = s->profile.answeredShare;
        r.meanDuration = s->profile.meanDuration;
        r.activeDays = s->profile.activeDays;
        r.nightShare = s->profile.nightShare;
        r.complainants = s->profile.complainants;
        r.calledBackBy = qint64(std::llround(s->profile.reciprocity * double(s->profile.distinctCallees)));
        judge(r, s);
        r.operatorId = operatorOf.value(r.key);
        rows.push_back(std::move(r));
    }
    NumbersTable t;
    t.m_rows = std::move(rows);
    t.m_findings = std::move(findings);
    return t;
}

QByteArray NumbersTable::rowLine(const NumberRow &r)
{
    QByteArray line = QUrl::toPercentEncoding(r.key);
    for (const QByteArray &f :
         {QByteArray::number(r.numberClass), QByteArray::number(r.callsOut), QByteArray::number(r.callsIn),
          QByteArray::number(r.distinctCallees), exact(r.answeredShare), exact(r.meanDuration),
          QByteArray::number(r.activeDays), exact(r.nightShare), QByteArray::number(r.complainants),
          QByteArray::number(r.calledBackBy)})
        line += '\t' + f;
    return line;
}

bool NumbersTable::fromRowLine(const QByteArray &line, NumberRow *out)
{
    const QList<QByteArray> f = line.split('\t');
    if (f.size() != kRowFields || f[0].isEmpty())
        return false;
    bool ok[kRowFields] = {};
    NumberRow r;
    r.key = QUrl::fromPercentEncoding(f[0]);
    r.numberClass = f[1].toInt(&ok[1]);
    r.callsOut = f[2].toLongLong(&ok[2]);
    r.callsIn = f[3].toLongLong(&ok[3]);
    r.distinctCallees = f[4].toLongLong(&ok[4]);
    r.answeredShare = f[5].toDouble(&ok[5]);
    r.meanDuration = f[6].toDouble(&ok[6]);
    r.activeDays = f[7].toLongLong(&ok[7]);
    r.nightShare = f[8].toDouble(&ok[8]);
    r.complainants = f[9].toLongLong(&ok[9]);
    r.calledBackBy = f[10].toLongLong(&ok[10]);
    for (int k = 1; k < kRowFields; ++k)
        if (!ok[k])
            return false;
    *out = std::move(r);
    return true;
}

} // namespace dt::analysis
