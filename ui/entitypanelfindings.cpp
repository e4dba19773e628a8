#include "entitypanelfindings.h"

#include "analysis/numberstable.h"

namespace dt::ui {

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}
const analysis::Suspect *scored(const std::vector<analysis::Suspect> &list, const QString &key)
{
    for (const analysis::Suspect &s : list)
        if (s.key == key)
            return &s;
    return nullptr;
}
} // namespace

QString EntityFindings::renderNumber(const analysis::Findings *f, const QString &key, analysis::Language lang)
{
    if (!f || key.isEmpty())
        return {};
    if (f->isEmpty())
        return QStringLiteral("<h4>%1</h4><p><i>%2</i></p>")
            .arg(esc(tr("Analysis")),
                 esc(tr("No analysis yet: run it to score the numbers and find the operators.")));
    // The run's typed findings, as the analysis and numbers pages show them: a linear look-up
    // per number shown (a run has thousands of scored numbers, not millions).
    const analysis::Suspect *s = scored(f->suspects, key);
    const analysis::Suspect *legit = s ? nullptr : scored(f->legitimate, key);
    const analysis::Verdict verdict = s       ? analysis::Verdict::Suspect
                                      : legit ? analysis::Verdict::Legitimate
                                              : analysis::Verdict::Ordinary;
    const analysis::Suspect *finding = s ? s : legit;
    QString opId;
    for (const analysis::Operator &op : f->operators)
        if (op.numbers.contains(key)) {
            opId = op.id;
            break;
        }
    QString h =
        QStringLiteral("<h4>%1</h4><table cellspacing='4'>").arg(esc(tr("Analysis (run %1)").arg(f->run.id)));
    auto row = [&h](const QString &k, const QString &htmlValue) {
        h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(k), htmlValue);
    };
    row(tr("Verdict"), esc(analysis::displayName(verdict, lang)));
    if (finding)
        row(tr("Score"), esc(QString::number(finding->score, 'f', 2)));
    if (s) // a legitimate number's category is only the one it resembled
        row(tr("Category"), esc(analysis::displayName(s->category, lang)));
    row(tr("Operator"),
        opId.isEmpty() ? esc(tr("none")) : QStringLiteral("<a href='dt:%1'>%1</a>").arg(esc(opId)));
    h += QStringLiteral("</table>");
    if (!finding) {
        h += QStringLiteral("<p><i>%1</i></p>")
                 .arg(esc(tr("The run did not score it: too few calls, or an ordinary pattern.")));
        return h;
    }
    if (finding->reasons.isEmpty())
        return h;
    h += QStringLiteral("<p><b>%1</b></p><ul>").arg(esc(tr("Reasons")));
    for (const analysis::Reason &r : finding->reasons)
        h += QStringLiteral("<li>%1</li>").arg(esc(analysis::describe(r, lang)));
    return h + QStringLiteral("</ul>");
}

} // namespace dt::ui
