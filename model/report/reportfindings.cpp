// The report's findings: operators, leaks, violations, suspects, lineage; the supporting records;
// the charts and the graph snapshot (inline SVG).
#include "analysis/detection.h"
#include "analysis/lineagelayers.h"
#include "case/casefile.h"
#include "case/database.h"
#include "core/sha256.h"
#include "dt/version.h"
#include "report/reportbuilder.h"
#include "report/signing.h"

#include <map>
#include <optional>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointF>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <vector>

namespace dt::report::detail {

namespace {

/// A line chart as inline SVG (vector in the HTML; the PDF renders it at print resolution).
QString svgLineChart(const QString &title, const QStringList &xLabels,
                     const QList<QPair<QString, QVector<double>>> &series)
{
    static const char *const colours[] = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e",
                                          "#8c564b", "#e377c2", "#17becf", "#7f7f7f", "#bcbd22"};
    const int W = 900, H = 300, left = 60, right = 170, top = 30, bottom = 40;
    double maxY = 1;
    for (const auto &s : series)
        for (double v : s.second)
            maxY = std::max(maxY, v);
    const int n = std::max<int>(1, int(xLabels.size()));
    auto x = [&](int i) { return left + (n == 1 ? 0.0 : double(i) * (W - left - right) / double(n - 1)); };
    auto y = [&](double v) { return H - bottom - v / maxY * (H - top - bottom); };
    QString out =
        QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" "
                       "viewBox=\"0 0 %1 %2\" font-family=\"DejaVu Sans, Noto Sans CJK SC, sans-serif\" "
                       "font-size=\"11\">\n")
            .arg(W)
            .arg(H);
    out +=
        QStringLiteral("<rect x=\"0\" y=\"0\" width=\"%1\" height=\"%2\" fill=\"white\"/>\n").arg(W).arg(H);
    out += QStringLiteral("<text x=\"%1\" y=\"18\" font-size=\"13\" font-weight=\"bold\">%2</text>\n")
               .arg(left)
               .arg(esc(title));
    for (int k = 0; k <= 4; ++k) {
        const double v = maxY * k / 4.0;
        out += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#ddd\"/>"
                              "<text x=\"%4\" y=\"%5\" text-anchor=\"end\">%6</text>\n")
                   .arg(left)
                   .arg(y(v), 0, 'f', 1)
                   .arg(W - right)
                   .arg(left - 6)
                   .arg(y(v) + 4, 0, 'f', 1)
                   .arg(QString::number(qRound(v)));
    }
    const int step = std::max(1, n / 12);
    for (int i = 0; i < n; i += step)
        out += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\">%3</text>\n")
                   .arg(x(i), 0, 'f', 1)
                   .arg(H - bottom + 16)
                   .arg(esc(xLabels.at(i)));
    int k = 0;
    for (const auto &s : series) {
        const char *c = colours[k % 10];
        QStringList pts;
        for (int i = 0; i < s.second.size(); ++i)
            pts << QStringLiteral("%1,%2").arg(x(i), 0, 'f', 1).arg(y(s.second.at(i)), 0, 'f', 1);
        out += QStringLiteral("<polyline fill=\"none\" stroke=\"%1\" stroke-width=\"2\" points=\"%2\"/>\n")
                   .arg(QLatin1String(c), pts.join(QLatin1Char(' ')));
        out +=
            QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"%4\" stroke-width=\"3\"/>"
                           "<text x=\"%5\" y=\"%6\">%7</text>\n")
                .arg(W - right + 12)
                .arg(top + 14 + 18 * k)
                .arg(W - right + 32)
                .arg(QLatin1String(c))
                .arg(W - right + 38)
                .arg(top + 18 + 18 * k)
                .arg(esc(s.first));
        ++k;
    }
    out += QStringLiteral("</svg>\n");
    return out;
}

} // namespace

/// The graph snapshot: leaked lists in layers (parents left, resold children right), each operator at
/// the right fed by the list its victims came from.
void Builder::flowGraph(const analysis::Findings &f)
{
    QStringList lists;
    for (const analysis::ListSummary &l : f.leakLists)
        lists << l.source;
    if (lists.isEmpty())
        return;
    const std::vector<analysis::Resale> &lineage = f.lineage;
    // The lists in the lineage view's columns; those no resale links go below the first column.
    analysis::LineageLayers layout = analysis::LineageLayers::of(f.leakLists, lineage);
    std::vector<QStringList> columns = std::move(layout.columns);
    if (columns.empty())
        columns.resize(1);
    columns.front() += layout.apart;
    const int maxDepth = int(columns.size()) - 1;
    struct Feed
    {
        QString op, list;
        double share;
    };
    QList<Feed> feeds;
    QStringList ops;
    for (const analysis::Operator &o : f.operators) {
        ops << o.id;
        if (!o.leaks.empty() && o.leaks.front().significant)
            feeds.append({o.id, o.leaks.front().source, o.leaks.front().shareOfVictims});
    }
    const int colW = 260, boxW = 200, boxH = 34, rowH = 56, left = 20, top = 40;
    QHash<QString, QPointF> at; // centre of each box
    int rows = 0;
    for (size_t d = 0; d < columns.size(); ++d) {
        for (int r = 0; r < int(columns[d].size()); ++r)
            at.insert(columns[d].at(r),
                      QPointF(left + int(d) * colW + boxW / 2.0, top + r * rowH + boxH / 2.0));
        rows = std::max(rows, int(columns[d].size()));
    }
    for (int i = 0; i < ops.size(); ++i)
        at.insert(QStringLiteral("op:") + ops.at(i),
                  QPointF(left + (maxDepth + 1) * colW + 60, top + i * rowH + boxH / 2.0));
    rows = std::max(rows, int(ops.size()));
    const int W = left + (maxDepth + 1) * colW + 260, H = top + rows * rowH + 10;
    QString svg =
        QStringLiteral(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" "
            "font-family=\"DejaVu Sans, Noto Sans CJK SC, sans-serif\" font-size=\"11\">\n"
            "<rect x=\"0\" y=\"0\" width=\"%1\" height=\"%2\" fill=\"white\"/>\n"
            "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" "
            "markerHeight=\"8\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" "
            "fill=\"#555\"/></marker></defs>\n")
            .arg(W)
            .arg(H);
    svg += QStringLiteral("<text x=\"%1\" y=\"18\" font-size=\"13\" font-weight=\"bold\">%2</text>\n")
               .arg(left)
               .arg(esc(w.t("From leaked lists to operators: resales and the lists dialled",
                            "从泄露名单到团伙：转卖关系与被拨打的名单")));
    auto arrow = [&](QPointF a, QPointF b, const QString &label, const char *colour) {
        const double x1 = a.x() + boxW / 2.0, x2 = b.x() - (b.x() > a.x() + boxW ? boxW / 2.0 : 0);
        svg +=
            QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\" stroke=\"%5\" stroke-width=\"1.6\" "
                           "marker-end=\"url(#arrow)\"/>\n<text x=\"%6\" y=\"%7\" fill=\"%5\">%8</text>\n")
                .arg(x1, 0, 'f', 1)
                .arg(a.y(), 0, 'f', 1)
                .arg(x2, 0, 'f', 1)
                .arg(b.y(), 0, 'f', 1)
                .arg(QLatin1String(colour))
                .arg((x1 + x2) / 2 - 20, 0, 'f', 1)
                .arg((a.y() + b.y()) / 2 - 4, 0, 'f', 1)
                .arg(esc(label));
    };
    for (const analysis::Resale &e : lineage)
        arrow(at.value(e.parent), at.value(e.child), pct(e.containment), "#555");
    for (const Feed &fd : std::as_const(feeds)) {
        const QPointF a = at.value(fd.list), b = at.value(QStringLiteral("op:") + fd.op);
        const double x1 = a.x() + boxW / 2.0, x2 = b.x() - 40;
        // From the lower half of the list's box: the resale arrows leave from its middle.
        svg += QStringLiteral(
                   "<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\" stroke=\"#c0392b\" stroke-width=\"1.6\" "
                   "stroke-dasharray=\"5,3\" marker-end=\"url(#arrow)\"/>\n")
                   .arg(x1, 0, 'f', 1)
                   .arg(a.y() + boxH / 4.0, 0, 'f', 1)
                   .arg(x2, 0, 'f', 1)
                   .arg(b.y(), 0, 'f', 1);
        // The share goes right of the operator's box, clear of the lines.
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" fill=\"#c0392b\">%3</text>\n")
                   .arg(b.x() + 46, 0, 'f', 1)
                   .arg(b.y() + 4, 0, 'f', 1)
                   .arg(esc(w.t("%1 of its victims", "占其被叫 %1").arg(pct(fd.share))));
    }
    QSet<QString> linked;
    for (const analysis::Resale &e : lineage)
        linked << e.parent << e.child;
    for (const Feed &fd : std::as_const(feeds))
        linked << fd.list;
    for (const QString &l : std::as_const(lists)) {
        const QPointF c = at.value(l);
        const bool used = linked.contains(l);
        svg += QStringLiteral(
                   "<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"4\" fill=\"%5\" stroke=\"%6\"/>"
                   "<text x=\"%7\" y=\"%8\" text-anchor=\"middle\" fill=\"%9\">%10</text>\n")
                   .arg(c.x() - boxW / 2.0, 0, 'f', 1)
                   .arg(c.y() - boxH / 2.0, 0, 'f', 1)
                   .arg(boxW)
                   .arg(boxH)
                   .arg(used ? QStringLiteral("#eef3fb") : QStringLiteral("#f4f4f4"),
                        used ? QStringLiteral("#4a6fa5") : QStringLiteral("#bbb"))
                   .arg(c.x(), 0, 'f', 1)
                   .arg(c.y() + 4, 0, 'f', 1)
                   .arg(used ? QStringLiteral("#111") : QStringLiteral("#999"), esc(l));
    }
    for (const QString &op : std::as_const(ops)) {
        const QPointF c = at.value(QStringLiteral("op:") + op);
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"80\" height=\"%3\" rx=\"4\" fill=\"#fbeeee\" "
                              "stroke=\"#c0392b\"/>"
                              "<text x=\"%4\" y=\"%5\" text-anchor=\"middle\">%6</text>\n")
                   .arg(c.x() - 40, 0, 'f', 1)
                   .arg(c.y() - boxH / 2.0, 0, 'f', 1)
                   .arg(boxH)
                   .arg(c.x(), 0, 'f', 1)
                   .arg(c.y() + 4, 0, 'f', 1)
                   .arg(esc(op));
    }
    svg += QStringLiteral("</svg>\n");
    w.p(w.t(
        "Solid arrows: a list resold into another (share of the child's records found in the parent). Dashed "
        "arrows: the list an operator's victims came from (share of its victims). Grey: lists with no link.",
        "实线箭头：名单被转卖进另一名单（下游记录中可在上游找到的比例）。虚线箭头：团伙被叫所来自的名单（占其"
        "被叫的比例）。灰色：无关联的名单。"));
    w.raw(QStringLiteral("<p>") + svg + QStringLiteral("</p>\n"));
}

void Builder::charts(const analysis::Findings &f)
{
    w.h(2, w.t("5. Charts", "五、图表"), QStringLiteral("charts"));
    flowGraph(f);
    const auto [first, last] = callSpan();
    if (!first)
        return;
    const CaseClock &clock = m_cf.clock();
    const qint64 day0 = clock.localDay(first), days = clock.localDay(last) - day0 + 1;
    if (days <= 0 || days > 3660)
        return;
    QStringList dayLabels, hourLabels;
    for (qint64 d = 0; d < days; ++d)
        dayLabels << CaseClock::dateOfDay(day0 + d).toString(QStringLiteral("MM-dd"));
    for (int h = 0; h < 24; ++h)
        hourLabels << QString::number(h);
    QList<QPair<QString, QVector<double>>> perDay, perHour;
    for (const analysis::Operator &o : f.operators) {
        const QStringList &keys = o.numbers;
        if (keys.isEmpty())
            continue;
        QVector<double> byDay(int(days), 0.0), byHour(24, 0.0);
        auto count = [&](qint64 start) { // each call's own offset: a day with a change of clocks counts right
            const qint64 d = clock.localDay(start) - day0;
            if (d >= 0 && d < days)
                byDay[int(d)] += 1;
            byHour[clock.hourOfDay(start)] += 1;
        };
        if (const std::optional<std::vector<qint64>> starts = startsOfCallsMade(numberIds(keys))) {
            for (const qint64 start : *starts)
                count(start);
        } else {
            QStringList marks;
            for (qsizetype i = 0; i < keys.size(); ++i)
                marks << QStringLiteral("?");
            Statement s = m_db.prepare(
                QStringLiteral(
                    "SELECT c.start_utc FROM calls c JOIN numbers n ON n.id = c.caller WHERE n.value IN (") +
                marks.join(QLatin1Char(',')) + QStringLiteral(")"));
            for (int i = 0; i < keys.size(); ++i)
                s.bind(i + 1, keys.at(i));
            while (s.step())
                count(s.int64(0));
        }
        perDay.append({o.id, byDay});
        perHour.append({o.id, byHour});
    }
    if (perDay.isEmpty())
        return;
    w.p(w.t("Calls placed by each operator per day and by hour of the day, in local time: %1. Marketing is "
            "permitted from 08:00 to 21:00.",
            "各团伙每日呼出量及一天中各小时呼出量，按当地时间计：%1。营销呼叫仅允许在 08:00–21:00 进行。")
            .arg(clock.description()));
    w.raw(QStringLiteral("<p>") +
          svgLineChart(w.t("Calls per day (%1)", "每日呼出量（%1）").arg(zoneLabel()), dayLabels, perDay) +
          QStringLiteral("</p>\n"));
    w.raw(QStringLiteral("<p>") +
          svgLineChart(w.t("Calls by hour of day (%1)", "各小时呼出量（%1）").arg(zoneLabel()), hourLabels,
                       perHour) +
          QStringLiteral("</p>\n"));
}

void Builder::findings(const analysis::Findings &f)
{
    w.raw(QString::fromLatin1(kBegin) + QLatin1Char('\n'));
    w.h(2, w.t("4. Findings", "四、分析结论"), QStringLiteral("findings"));
    const std::vector<analysis::Operator> &operators = f.operators;
    const std::vector<analysis::Suspect> &suspects = f.suspects;
    const std::vector<analysis::Resale> &lineage = f.lineage;
    const std::vector<analysis::Violation> &violations = f.violations;
    w.p(w.zh()
            ? QStringLiteral("共认定 %1 个嫌疑号码，归属 %2 个团伙；发现 %3 项违规；名单转卖关系 %4 条。")
                  .arg(suspects.size())
                  .arg(operators.size())
                  .arg(violations.size())
                  .arg(lineage.size())
            : QStringLiteral(
                  "%1 suspect numbers in %2 operators; %3 violations; %4 resale edges between leaked lists.")
                  .arg(suspects.size())
                  .arg(operators.size())
                  .arg(violations.size())
                  .arg(lineage.size()));
    int k = 0;
    for (const analysis::Operator &o : operators) {
        const QString &id = o.id;
        w.h(3, w.t("4.%1 Operator %2", "4.%1 团伙 %2").arg(++k).arg(id), QStringLiteral("op-") + id);
        QStringList nums, imeis;
        for (const QString &n : o.numbers)
            nums << number(n, Role::Suspect);
        for (const QString &n : o.imeis)
            imeis << imei(n);
        w.keyValues({{w.t("Numbers", "号码"), nums.join(QStringLiteral(", "))},
                     {w.t("Handsets (IMEI)", "终端（IMEI）"), imeis.join(QStringLiteral(", "))},
                     {w.t("Active", "活动期间"),
                      esc((o.firstCall ? m_cf.clock().stamp(o.firstCall) : QString()) +
                          QStringLiteral(" – ") + (o.lastCall ? m_cf.clock().stamp(o.lastCall) : QString()))},
                     {w.t("Calls placed", "呼出通话"), num(o.calls)},
                     {w.t("Victims (distinct numbers called)", "被叫人数（不同号码）"), num(o.victims)}});
        // Why these numbers belong together.
        std::map<QString, int> linkCounts; // by code: the kinds in a stable order
        std::map<QString, analysis::LinkType> kindOf;
        QStringList examples;
        for (const analysis::Evidence &ev : o.evidence) {
            for (const analysis::EvidenceLink &link : ev.links) {
                const QString type = analysis::code(link.type);
                ++linkCounts[type];
                kindOf[type] = link.type;
                if (examples.size() < 5) {
                    const QString detail =
                        esc(analysis::describeFigures(link, language(), presentation(Role::Suspect)));
                    examples << number(ev.a, Role::Suspect) + QStringLiteral(" — ") +
                                    number(ev.b, Role::Suspect) + w.t(": ", "：") +
                                    esc(linkLabel(link.type)) +
                                    (detail.isEmpty() ? QString()
                                                      : w.t(" (", "（") + detail + w.t(")", "）"));
                }
            }
        }
        if (!linkCounts.empty()) {
            QStringList parts;
            for (const auto &[type, n] : linkCounts)
                parts << esc(linkLabel(kindOf.at(type))) + QStringLiteral(" × ") + QString::number(n);
            w.p(w.t("Why these numbers belong together: ", "归并依据：") + parts.join(w.t("; ", "；")) +
                    w.t(".", "。") + QStringLiteral("<br/>") + examples.join(QStringLiteral("<br/>")),
                false);
        } else {
            w.p(w.t("A single number: no grouping evidence needed.", "单一号码，无需归并依据。"));
        }
        // The leaked lists its victims came from.
        QList<QStringList> leakRows;
        for (const analysis::ListAttribution &a : o.leaks) {
            if (leakRows.size() >= 5)
                break;
            leakRows << QStringList{
                QString::number(a.rank),
                esc(a.source),
                a.significant ? w.t("yes", "是") : w.t("no", "否"),
                num(a.victimsInLeak) + QStringLiteral(" (+") + num(a.maskedMatches) + QLatin1Char(')'),
                pct(a.shareOfVictims),
                pct(a.shareOfLeak),
                num(a.unique),
                QString::number(a.lift, 'f', 2),
                pvalue(a),
                a.hasLags ? QString::number(a.lagDaysMedian, 'f', 1) : QString(),
                a.dialledInListOrder ? w.t("yes", "是") + QStringLiteral(" (ρ ") +
                                           QString::number(a.orderCorrelation, 'f', 2) + QLatin1Char(')')
                                     : QString::number(a.orderCorrelation, 'f', 2)};
        }
        if (!leakRows.isEmpty()) {
            w.p(w.t("Leaked lists holding its victims (best source first):",
                    "被叫号码所在的泄露名单（最可能来源在前）："));
            w.table({w.t("Rank", "排名"), w.t("List", "名单"), w.t("Significant", "显著"),
                     w.t("Victims in list (+masked)", "名单内被叫（+打码匹配）"),
                     w.t("Share of victims", "占被叫比例"), w.t("Share of list", "占名单比例"),
                     w.t("Only this list", "仅此名单"), w.t("Lift", "提升度"), w.t("p-value", "p 值"),
                     w.t("Lag (days, median)", "滞后天数（中位）"), w.t("In list order", "按名单顺序拨打")},
                    leakRows);
        }
        // Violations by its numbers.
        QList<QStringList> vRows;
        for (const analysis::Violation &x : violations) {
            if (!o.numbers.contains(x.number))
                continue;
            vRows << QStringList{esc(violationLabel(x.type)), number(x.number, Role::Suspect), num(x.count),
                                 x.type == analysis::ViolationType::CallAfterComplaint
                                     ? number(x.complainant, Role::Victim)
                                     : QString(),
                                 esc(analysis::describe(x, language(), presentation(Role::Victim)))};
        }
        if (!vRows.isEmpty()) {
            w.p(w.t("Violations:", "违规行为："));
            w.table({w.t("Rule", "规则"), w.t("Number", "号码"), w.t("Calls", "通话数"),
                     w.t("Complainant", "投诉人"), w.t("What happened", "违规情况")},
                    vRows);
        }
        // Handsets that carried its numbers in turn (shown only where there are some).
        QStringList turns;
        for (const analysis::HandsetRotation &h : f.handsetRotations)
            if (h.operatorId == id)
                turns << esc(analysis::describe(h, language(), presentation(Role::Suspect)));
        if (!turns.isEmpty())
            w.p(w.t("SIMs rotated through one handset:", "同一手机轮换使用的号码：") +
                    QStringLiteral("<br/>") + turns.join(QStringLiteral("<br/>")),
                false);
    }
    // Suspect numbers.
    w.h(3, w.t("Suspect numbers", "嫌疑号码"));
    QList<QStringList> sRows;
    for (const analysis::Suspect &s : suspects) {
        QStringList reasons;
        for (const analysis::Reason &r : s.reasons)
            reasons << esc(reasonLabel(r.code)) + (w.zh() ? QStringLiteral("：") : QStringLiteral(": ")) +
                           scrub(analysis::describe(r, language()));
        sRows << QStringList{number(s.key, Role::Suspect), QString::number(s.score, 'f', 3),
                             esc(categoryLabel(s.category)), reasons.join(QStringLiteral("<br/>"))};
    }
    w.table({w.t("Number", "号码"), w.t("Score", "评分"), w.t("Category", "类别"),
             w.t("Reasons and figures", "依据与数据")},
            sRows);
    // Lineage.
    w.h(3, w.t("How the lists were resold", "名单转卖关系"));
    if (lineage.empty()) {
        w.p(w.t("No two lists share records beyond chance.", "各名单之间没有超出偶然水平的共同记录。"));
    } else {
        QList<QStringList> rows;
        for (const analysis::Resale &e : lineage) {
            QStringList tr;
            for (const QString &x : e.transformations)
                tr << esc(analysis::displayName(analysis::Vocabulary::Transformation, x, language()));
            QStringList basis;
            for (const QString &x : e.directionBasis)
                basis << esc(analysis::displayName(analysis::Vocabulary::DirectionBasis, x, language()));
            rows << QStringList{esc(e.parent) + QStringLiteral(" → ") + esc(e.child),
                                num(e.sharedRecords),
                                pct(e.containment),
                                pct(e.parentShare),
                                QString::number(e.lift, 'f', 2),
                                pvalueText(0, e.log10P),
                                tr.join(w.zh() ? QStringLiteral("；") : QStringLiteral("; ")),
                                basis.join(w.zh() ? QStringLiteral("、") : QStringLiteral(", "))};
        }
        w.table({w.t("Parent → child", "上游 → 下游"), w.t("Shared records", "共同记录"),
                 w.t("Of the child", "占下游比例"), w.t("Of the parent", "占上游比例"), w.t("Lift", "提升度"),
                 w.t("p-value", "p 值"), w.t("Transformations", "变换"), w.t("Direction from", "方向依据")},
                rows);
        for (const analysis::Compilation &c : f.compilations) {
            QStringList parents;
            for (const analysis::Compilation::Parent &p : c.parents)
                parents << esc(p.source);
            w.p(w.zh() ? QStringLiteral("%1 是由 %2 整合而成的汇编名单，另含 %3 条新记录（%4）。")
                             .arg(esc(c.source), parents.join(QStringLiteral("、")))
                             .arg(num(c.newRecords), pct(c.newShare))
                       : QStringLiteral("%1 is a compilation of %2, with %3 new records (%4).")
                             .arg(esc(c.source), parents.join(QStringLiteral(", ")))
                             .arg(num(c.newRecords), pct(c.newShare)),
                false);
        }
    }
    w.raw(QString::fromLatin1(kEnd) + QLatin1Char('\n'));
}

void Builder::appendix(const analysis::Findings &f)
{
    w.h(2, w.t("Appendix A. Supporting records", "附录A　支撑记录"), QStringLiteral("appendix"));
    w.p(w.zh() ? QStringLiteral("每项结论列出至多 %1 条支撑记录，注明来源文件及行号（“文件:行”）。")
                     .arg(m_opt.maxSupporting)
               : QStringLiteral("Up to %1 supporting records per finding, each with its source file and line "
                                "(\"file:line\").")
                     .arg(m_opt.maxSupporting));
    const QString start = w.t("Start (%1)", "开始时间（%1）").arg(zoneLabel());
    const QStringList callHeaders = {
        w.t("Call", "通话"),     w.t("Caller", "主叫"),   w.t("Callee", "被叫"),        start,
        w.t("Duration", "时长"), w.t("Answered", "接通"), w.t("Source:line", "来源:行")};
    for (const analysis::Operator &o : f.operators) {
        if (cancelled())
            return;
        const QString &id = o.id;
        w.h(3, w.t("Operator %1: first calls", "团伙 %1：最早的通话").arg(id));
        const QList<qint64> ids = numberIds(o.numbers);
        if (ids.isEmpty())
            continue;
        auto marks = [](qsizetype n) {
            QStringList m;
            for (qsizetype i = 0; i < n; ++i)
                m << QStringLiteral("?");
            return m.join(QLatin1Char(','));
        };
        const std::optional<QList<qint64>> first = firstCallsMade(ids);
        w.table(callHeaders,
                !first ? callRows(QStringLiteral("c.caller IN (") + marks(ids.size()) + QLatin1Char(')'), ids,
                                  QString())
                : first->isEmpty()
                    ? QList<QStringList>()
                    : callRows(QStringLiteral("c.id IN (") + marks(first->size()) + QLatin1Char(')'), *first,
                               QString()));
        // Records of the best list that its victims appear in.
        if (!o.leaks.empty() && o.leaks.front().significant) {
            const analysis::ListAttribution &best = o.leaks.front();
            w.h(3, w.t("Operator %1: its victims in %2", "团伙 %1：被叫在 %2 中的记录").arg(id, best.source));
            const QString columns = QStringLiteral(
                "SELECT src.file_name, l.line, n.value, coalesce(l.name, ''), coalesce(l.id_card, '') "
                "FROM leak_records l JOIN sources src ON src.id = l.source_id "
                "JOIN numbers n ON n.id = l.phone WHERE ");
            const std::optional<QList<qint64>> records = calledInList(best.source, ids);
            Statement s = m_db.prepare(
                records ? QString(columns + QStringLiteral("l.id = ?"))
                        : columns +
                              QStringLiteral("src.name = ? AND l.phone IN (SELECT callee FROM calls "
                                             "WHERE caller IN (") +
                              marks(ids.size()) +
                              QStringLiteral(")) ORDER BY l.line LIMIT %1").arg(m_opt.maxSupporting));
            QList<QStringList> rows;
            const bool full = m_opt.audience == QLatin1String("internal");
            auto read = [&] {
                while (s.step())
                    rows << QStringList{esc(s.text(0)) + QLatin1Char(':') + QString::number(s.int64(1)),
                                        number(s.text(2), Role::Victim),
                                        esc(full ? s.text(3) : Report::maskName(s.text(3))),
                                        esc(full ? s.text(4) : Report::maskIdCard(s.text(4)))};
            };
            if (records) {
                for (const qint64 record : *records) {
                    s.reset();
                    s.bind(1, record);
                    read();
                }
            } else {
                s.bind(1, best.source);
                for (int i = 0; i < ids.size(); ++i)
                    s.bind(i + 2, ids.at(i));
                read();
            }
            w.table({w.t("Source:line", "来源:行"), w.t("Phone", "电话"), w.t("Name", "姓名"),
                     w.t("ID number", "身份证号")},
                    rows);
        }
    }
    int k = 0;
    for (const analysis::Violation &x : f.violations) {
        if (cancelled())
            return;
        const QList<qint64> ids = x.supportingCalls.mid(0, m_opt.maxSupporting);
        if (ids.isEmpty())
            continue;
        w.h(3, w.t("Violation %1: %2 by %3", "违规 %1：%3 %2")
                   .arg(++k)
                   .arg(violationLabel(x.type), number(x.number, Role::Suspect)));
        QStringList marks;
        for (int i = 0; i < ids.size(); ++i)
            marks << QStringLiteral("?");
        w.table(callHeaders,
                callRows(QStringLiteral("c.id IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')'), ids,
                         x.number));
    }
}

} // namespace dt::report::detail
