#include "report/report.h"

#include "analysis/detection.h"
#include "case/casefile.h"
#include "case/database.h"
#include "core/sha256.h"
#include "dt/version.h"
#include "report/signing.h"

#include <map>
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

namespace dt::report {

namespace {

const char *const kBegin = "<!-- findings:begin -->";
const char *const kEnd = "<!-- findings:end -->";

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString num(qint64 v)
{
    // Thousands separated by a thin space would vary by locale: plain digits, grouped by commas.
    QString s = QString::number(v < 0 ? -v : v);
    for (qsizetype i = s.size() - 3; i > 0; i -= 3)
        s.insert(i, QLatin1Char(','));
    return v < 0 ? QLatin1Char('-') + s : s;
}

QString pct(double v)
{
    return QString::number(v * 100.0, 'f', 1) + QLatin1Char('%');
}

QString pvalue(const QJsonObject &a)
{
    const double p = a.value(QStringLiteral("p_value")).toDouble();
    if (p > 0)
        return QString::number(p, 'g', 3);
    return QStringLiteral("10<sup>%1</sup>").arg(a.value(QStringLiteral("log10_p")).toDouble(), 0, 'f', 1);
}

/// Local time in the case's zone (UTC+8), as analysts and prosecutors read it.
QString localTime(qint64 utc)
{
    return QDateTime::fromSecsSinceEpoch(utc + 8 * 3600, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString localTimeIso(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? localTime(t.toSecsSinceEpoch()) : iso;
}

/// Builds the document: headings, paragraphs, tables; every text escaped here.
class Writer
{
public:
    Writer(const ReportOptions &opt)
        : m_opt(opt)
        , m_zh(opt.lang == QLatin1String("zh"))
    {}
    QString t(const char *en, const char *zh) const { return QString::fromUtf8(m_zh ? zh : en); }
    bool zh() const { return m_zh; }
    void raw(const QString &s) { m_out += s; }
    void h(int level, const QString &text, const QString &id = {})
    {
        m_out += QStringLiteral("<h%1%2>%3</h%1>\n")
                     .arg(level)
                     .arg(id.isEmpty() ? QString() : QStringLiteral(" id=\"%1\"").arg(id), esc(text));
    }
    void p(const QString &text, bool escape = true)
    {
        m_out += QStringLiteral("<p>") + (escape ? esc(text) : text) + QStringLiteral("</p>\n");
    }
    /// Cells are HTML already (callers escape).
    void table(const QStringList &headers, const QList<QStringList> &rows, const QString &cls = {})
    {
        m_out += QStringLiteral(
                     "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"%1>\n<thead><tr>")
                     .arg(cls.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(cls));
        for (const QString &hd : headers)
            m_out +=
                QStringLiteral("<th bgcolor=\"#e8ecf2\" align=\"left\">") + esc(hd) + QStringLiteral("</th>");
        m_out += QStringLiteral("</tr></thead>\n<tbody>\n");
        for (const QStringList &r : rows) {
            m_out += QStringLiteral("<tr>");
            for (const QString &c : r)
                m_out += QStringLiteral("<td>") + c + QStringLiteral("</td>");
            m_out += QStringLiteral("</tr>\n");
        }
        m_out += QStringLiteral("</tbody></table>\n");
    }
    void keyValues(const QList<QPair<QString, QString>> &kv)
    {
        m_out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n");
        for (const auto &[k, v] : kv)
            m_out += QStringLiteral("<tr><th bgcolor=\"#e8ecf2\" align=\"left\">") + esc(k) +
                     QStringLiteral("</th><td>") + v + QStringLiteral("</td></tr>\n");
        m_out += QStringLiteral("</table>\n");
    }
    QString result() const { return m_out; }

private:
    const ReportOptions &m_opt;
    bool m_zh;
    QString m_out;
};

/// Who a number belongs to decides whether the audience may see it.
enum class Role { Suspect, Victim };

class Builder
{
    Q_DECLARE_TR_FUNCTIONS(dt::report::Report)
public:
    Builder(CaseFile &cf, const ReportOptions &opt)
        : m_cf(cf)
        , m_db(cf.db())
        , m_opt(opt)
        , w(opt)
    {}
    bool build(const QString &fingerprint, const QString &publicKeyHex, QString *out, QString *error);

private:
    QString number(const QString &key, Role role) const
    {
        if (m_opt.audience == QLatin1String("internal") ||
            (role == Role::Suspect && m_opt.audience == QLatin1String("prosecutor")))
            return esc(key);
        return esc(Report::maskPhone(key));
    }
    QString imei(const QString &v) const
    {
        return m_opt.audience == QLatin1String("trainer") && v.size() > 8
                   ? esc(v.left(8) + QString(v.size() - 8, QLatin1Char('*')))
                   : esc(v);
    }
    /// Free text written by the tool or the import (reasons, audit details): digit runs that could
    /// be numbers of people are masked unless the audience is internal.
    QString scrub(const QString &text) const
    {
        if (m_opt.audience == QLatin1String("internal"))
            return esc(text);
        static const QRegularExpression digits(QStringLiteral("(?<![0-9A-Fa-f])\\+?\\d{7,}(?![0-9A-Fa-f])"));
        QString out = text;
        QRegularExpressionMatchIterator it = digits.globalMatch(text);
        QList<QRegularExpressionMatch> ms;
        while (it.hasNext())
            ms.prepend(it.next());
        for (const auto &m : ms)
            out.replace(m.capturedStart(), m.capturedLength(), Report::maskPhone(m.captured()));
        return esc(out);
    }
    void summary();
    void keyFindings(const QJsonObject &findings);
    void charts(const QJsonObject &findings);
    void flowGraph(const QJsonObject &findings);
    void sources();
    void methods(const QJsonObject &findings);
    void findings(const QJsonObject &findings);
    void appendix(const QJsonObject &findings);
    void auditLog();
    void glossary();
    /// Code → English and Chinese label.
    using Labels = std::map<QString, std::pair<const char *, const char *>>;
    QString label(const Labels &labels, const QString &code) const;
    QString reasonLabel(const QString &code) const;
    QString categoryLabel(const QString &code) const;
    QString linkLabel(const QString &code) const;
    QString violationLabel(const QString &code) const;
    /// Supporting calls with their source file and line.
    QList<QStringList> callRows(const QString &where, const QList<qint64> &binds,
                                const QString &suspectCaller);

    CaseFile &m_cf;
    Database &m_db;
    const ReportOptions &m_opt;
    Writer w;
};

QString Builder::label(const Labels &labels, const QString &code) const
{
    const auto it = labels.find(code);
    return it == labels.end() ? code : w.t(it->second.first, it->second.second);
}

QString Builder::categoryLabel(const QString &code) const
{
    static const Labels labels = {
        {QStringLiteral("autodialer_marketing"),
         {"auto-dialler / call-centre marketing", "自动拨号 / 呼叫中心营销"}},
        {QStringLiteral("harassment_storm"), {"harassment storm (呼死你)", "“呼死你”轰炸骚扰"}},
        {QStringLiteral("debt_collection"), {"illegal debt-collection pattern", "违规催收模式"}},
        {QStringLiteral("possible_fraud"), {"possible fraud", "疑似诈骗"}}};
    return label(labels, code);
}

QString Builder::reasonLabel(const QString &code) const
{
    static const Labels labels = {
        {QStringLiteral("high_volume"), {"high call volume", "呼出量大"}},
        {QStringLiteral("no_callbacks"), {"callees never call back", "被叫几乎不回拨"}},
        {QStringLiteral("low_answer"), {"low answer rate", "接通率低"}},
        {QStringLiteral("machine_pacing"), {"machine-regular pacing", "机器式等间隔拨号"}},
        {QStringLiteral("storm"), {"storm on one person", "集中轰炸一人"}},
        {QStringLiteral("repeat_night"), {"repeated and late calls", "反复及深夜呼叫"}},
        {QStringLiteral("virtual_number"), {"virtual-operator number", "虚拟运营商号码"}},
        {QStringLiteral("service_number_marketing"), {"marketing from a service number", "服务号码用于营销"}},
        {QStringLiteral("data_only_segment"), {"data-only segment", "物联网/上网卡号段"}},
        {QStringLiteral("complaints"), {"complaints received", "被投诉"}},
        {QStringLiteral("fraud_complaints"), {"fraud complaints", "诈骗投诉"}},
        {QStringLiteral("legitimate_pattern"), {"legitimate pattern", "合法业务模式"}}};
    return label(labels, code);
}

QString Builder::linkLabel(const QString &code) const
{
    static const Labels labels = {
        {QStringLiteral("shared_device"), {"same handset (IMEI)", "同一终端（IMEI）"}},
        {QStringLiteral("shared_cell"), {"same cell", "同一基站小区"}},
        {QStringLiteral("same_pbx_trunk"), {"same PBX trunk", "同一交换机中继"}},
        {QStringLiteral("victim_overlap"), {"overlapping victims", "被叫人群重叠"}},
        {QStringLiteral("synchronised_hours"), {"synchronised working hours", "工作时段同步"}}};
    return label(labels, code);
}

QString Builder::violationLabel(const QString &code) const
{
    static const Labels labels = {
        {QStringLiteral("call_after_complaint"), {"calls after the callee complained", "投诉后继续拨打"}},
        {QStringLiteral("outside_permitted_hours"), {"calls outside permitted hours", "规定时段外拨打"}},
        {QStringLiteral("service_number_marketing"),
         {"marketing from 95/96/400 resources", "使用95/96/400号码资源营销"}},
        {QStringLiteral("autodial_volume"), {"auto-dialling volume", "自动拨号呼叫量"}}};
    return label(labels, code);
}

QList<QStringList> Builder::callRows(const QString &where, const QList<qint64> &binds, const QString &suspect)
{
    Statement s = m_db.prepare(
        QStringLiteral(
            "SELECT c.id, a.value, b.value, c.start_utc, c.duration, coalesce(c.answered, -1), "
            "(SELECT group_concat(src.file_name || ':' || r.line, '; ') FROM call_rows r "
            " JOIN sources src ON src.id = r.source_id WHERE r.call_id = c.id) "
            "FROM calls c JOIN numbers a ON a.id = c.caller JOIN numbers b ON b.id = c.callee WHERE ") +
        where + QStringLiteral(" ORDER BY c.start_utc, c.id LIMIT %1").arg(m_opt.maxSupporting));
    for (int i = 0; i < binds.size(); ++i)
        s.bind(i + 1, binds.at(i));
    QList<QStringList> rows;
    while (s.step()) {
        const QString caller = s.text(1);
        rows << QStringList{
            QString::number(s.int64(0)),
            number(caller, caller == suspect || suspect.isEmpty() ? Role::Suspect : Role::Victim),
            number(s.text(2), Role::Victim),
            localTime(s.int64(3)),
            QString::number(s.int64(4)) + QStringLiteral(" s"),
            s.int64(5) == 1   ? w.t("yes", "是")
            : s.int64(5) == 0 ? w.t("no", "否")
                              : QStringLiteral("?"),
            esc(s.text(6))};
    }
    return rows;
}

void Builder::summary()
{
    w.h(2, w.t("1. Case summary", "一、案件概况"), QStringLiteral("summary"));
    auto count = [&](const char *table) {
        return m_db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toLongLong();
    };
    const qint64 first = m_db.scalar(QStringLiteral("SELECT min(start_utc) FROM calls")).toLongLong();
    const qint64 last = m_db.scalar(QStringLiteral("SELECT max(start_utc) FROM calls")).toLongLong();
    w.keyValues({{w.t("Case", "案件"), esc(m_cf.title())},
                 {w.t("Case file", "案件文件"), esc(QFileInfo(m_cf.path()).fileName())},
                 {w.t("Sources", "数据来源"), num(count("sources"))},
                 {w.t("Calls", "通话记录"), num(count("calls"))},
                 {w.t("Numbers", "号码"), num(count("numbers"))},
                 {w.t("Leaked-list records", "泄露名单记录"), num(count("leak_records"))},
                 {w.t("Complaints", "投诉"), num(count("complaints"))},
                 {w.t("Rejected rows (kept)", "被拒绝的行（已保留）"), num(count("rejected_rows"))},
                 {w.t("Calls from", "通话起始"), first ? localTime(first) : QString()},
                 {w.t("Calls until", "通话截止"), last ? localTime(last) : QString()},
                 {w.t("Time zone", "时区"), QStringLiteral("Asia/Shanghai (UTC+8)")}});
}

void Builder::keyFindings(const QJsonObject &f)
{
    w.h(3, w.t("Key findings", "主要结论"));
    QStringList items;
    for (const auto &v : f.value(QStringLiteral("operators")).toArray()) {
        const QJsonObject o = v.toObject();
        const QJsonArray leaks = o.value(QStringLiteral("leaks")).toArray();
        const QJsonObject best = leaks.isEmpty() ? QJsonObject() : leaks.first().toObject();
        QString line = w.zh() ? QStringLiteral("<b>%1</b>：%2 个号码，呼出 %3 次，被叫 %4 人")
                                    .arg(esc(o.value(QStringLiteral("id")).toString()))
                                    .arg(o.value(QStringLiteral("numbers")).toArray().size())
                                    .arg(num(o.value(QStringLiteral("calls")).toInteger()),
                                         num(o.value(QStringLiteral("victims")).toInteger()))
                              : QStringLiteral("<b>%1</b>: %2 numbers, %3 calls to %4 victims")
                                    .arg(esc(o.value(QStringLiteral("id")).toString()))
                                    .arg(o.value(QStringLiteral("numbers")).toArray().size())
                                    .arg(num(o.value(QStringLiteral("calls")).toInteger()),
                                         num(o.value(QStringLiteral("victims")).toInteger()));
        if (best.value(QStringLiteral("significant")).toBool()) {
            const QString list = esc(best.value(QStringLiteral("source")).toString());
            const QString share = pct(best.value(QStringLiteral("share_of_victims")).toDouble());
            const bool ordered = best.value(QStringLiteral("dialled_in_list_order")).toBool();
            line += w.zh() ? QStringLiteral("；被叫来自泄露名单 %1（占被叫 %2，p = %3%4）")
                                 .arg(list, share, pvalue(best),
                                      ordered ? QStringLiteral("，按名单顺序拨打") : QString())
                           : QStringLiteral("; dialled the leaked list %1 (%2 of its victims, p = %3%4)")
                                 .arg(list, share, pvalue(best),
                                      ordered ? QStringLiteral(", in the list's order") : QString());
        } else {
            line += w.t("; no leaked list explains its victims", "；没有泄露名单能解释其被叫");
        }
        items << line;
    }
    for (const auto &v : f.value(QStringLiteral("lineage")).toArray()) {
        const QJsonObject e = v.toObject();
        items << (w.zh() ? QStringLiteral("名单 %1 被转卖进 %2（%3 条共同记录，占后者 %4）")
                         : QStringLiteral(
                               "The list %1 was resold into %2 (%3 shared records, %4 of the latter)"))
                     .arg(esc(e.value(QStringLiteral("parent")).toString()),
                          esc(e.value(QStringLiteral("child")).toString()),
                          num(e.value(QStringLiteral("shared_records")).toInteger()),
                          pct(e.value(QStringLiteral("containment")).toDouble()));
    }
    const int violations = f.value(QStringLiteral("violations")).toArray().size();
    items << (w.zh() ? QStringLiteral("违规行为 %1 项（见第四部分及附录A）").arg(violations)
                     : QStringLiteral("%1 violations (section 4 and appendix A)").arg(violations));
    w.raw(QStringLiteral("<ul>\n<li>") + items.join(QStringLiteral("</li>\n<li>")) +
          QStringLiteral("</li>\n</ul>\n"));
}

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
void Builder::flowGraph(const QJsonObject &f)
{
    QStringList lists;
    for (const auto &v : f.value(QStringLiteral("leak_lists")).toArray())
        lists << v.toObject().value(QStringLiteral("source")).toString();
    if (lists.isEmpty())
        return;
    QHash<QString, int> depth;
    for (const QString &l : std::as_const(lists))
        depth.insert(l, 0);
    const QJsonArray lineage = f.value(QStringLiteral("lineage")).toArray();
    for (int round = 0; round < lists.size(); ++round) // longest path, lineage is acyclic
        for (const auto &v : lineage) {
            const QJsonObject e = v.toObject();
            const QString p = e.value(QStringLiteral("parent")).toString(),
                          c = e.value(QStringLiteral("child")).toString();
            depth[c] = std::max(depth.value(c), depth.value(p) + 1);
        }
    int maxDepth = 0;
    for (int d : std::as_const(depth))
        maxDepth = std::max(maxDepth, d);
    struct Feed
    {
        QString op, list;
        double share;
    };
    QList<Feed> feeds;
    QStringList ops;
    for (const auto &v : f.value(QStringLiteral("operators")).toArray()) {
        const QJsonObject o = v.toObject();
        const QJsonArray leaks = o.value(QStringLiteral("leaks")).toArray();
        ops << o.value(QStringLiteral("id")).toString();
        if (!leaks.isEmpty() && leaks.first().toObject().value(QStringLiteral("significant")).toBool())
            feeds.append({ops.last(), leaks.first().toObject().value(QStringLiteral("source")).toString(),
                          leaks.first().toObject().value(QStringLiteral("share_of_victims")).toDouble()});
    }
    const int colW = 260, boxW = 200, boxH = 34, rowH = 56, left = 20, top = 40;
    QHash<QString, QPointF> at; // centre of each box
    QHash<int, int> rowsIn;
    for (const QString &l : std::as_const(lists)) {
        const int d = depth.value(l), r = rowsIn[d]++;
        at.insert(l, QPointF(left + d * colW + boxW / 2.0, top + r * rowH + boxH / 2.0));
    }
    for (int i = 0; i < ops.size(); ++i)
        at.insert(QStringLiteral("op:") + ops.at(i),
                  QPointF(left + (maxDepth + 1) * colW + 60, top + i * rowH + boxH / 2.0));
    int rows = int(ops.size());
    for (int r : std::as_const(rowsIn))
        rows = std::max(rows, r);
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
    for (const auto &v : lineage) {
        const QJsonObject e = v.toObject();
        arrow(at.value(e.value(QStringLiteral("parent")).toString()),
              at.value(e.value(QStringLiteral("child")).toString()),
              pct(e.value(QStringLiteral("containment")).toDouble()), "#555");
    }
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
    for (const auto &v : lineage)
        linked << v.toObject().value(QStringLiteral("parent")).toString()
               << v.toObject().value(QStringLiteral("child")).toString();
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

void Builder::charts(const QJsonObject &f)
{
    w.h(2, w.t("5. Charts", "五、图表"), QStringLiteral("charts"));
    flowGraph(f);
    const qint64 first = m_db.scalar(QStringLiteral("SELECT min(start_utc) FROM calls")).toLongLong();
    const qint64 last = m_db.scalar(QStringLiteral("SELECT max(start_utc) FROM calls")).toLongLong();
    if (!first)
        return;
    const qint64 day0 = (first + 8 * 3600) / 86400, days = (last + 8 * 3600) / 86400 - day0 + 1;
    if (days <= 0 || days > 3660)
        return;
    QStringList dayLabels, hourLabels;
    for (qint64 d = 0; d < days; ++d)
        dayLabels
            << QDateTime::fromSecsSinceEpoch((day0 + d) * 86400, Qt::UTC).toString(QStringLiteral("MM-dd"));
    for (int h = 0; h < 24; ++h)
        hourLabels << QString::number(h);
    QList<QPair<QString, QVector<double>>> perDay, perHour;
    for (const auto &v : f.value(QStringLiteral("operators")).toArray()) {
        const QJsonObject o = v.toObject();
        QStringList marks;
        QList<QString> keys;
        for (const auto &n : o.value(QStringLiteral("numbers")).toArray()) {
            marks << QStringLiteral("?");
            keys << n.toString();
        }
        if (keys.isEmpty())
            continue;
        Statement s = m_db.prepare(
            QStringLiteral(
                "SELECT (c.start_utc + 28800) / 86400, ((c.start_utc + 28800) % 86400) / 3600, count(*) "
                "FROM calls c JOIN numbers n ON n.id = c.caller WHERE n.value IN (") +
            marks.join(QLatin1Char(',')) + QStringLiteral(") GROUP BY 1, 2"));
        for (int i = 0; i < keys.size(); ++i)
            s.bind(i + 1, keys.at(i));
        QVector<double> byDay(int(days), 0.0), byHour(24, 0.0);
        while (s.step()) {
            const qint64 d = s.int64(0) - day0;
            if (d >= 0 && d < days)
                byDay[int(d)] += double(s.int64(2));
            byHour[int(s.int64(1)) % 24] += double(s.int64(2));
        }
        const QString name = o.value(QStringLiteral("id")).toString();
        perDay.append({name, byDay});
        perHour.append({name, byHour});
    }
    if (perDay.isEmpty())
        return;
    w.p(w.t("Calls placed by each operator per day and by hour of the day (local time). Marketing is "
            "permitted from 08:00 to 21:00.",
            "各团伙每日呼出量及一天中各小时呼出量（当地时间）。营销呼叫仅允许在 08:00–21:00 进行。"));
    w.raw(QStringLiteral("<p>") + svgLineChart(w.t("Calls per day", "每日呼出量"), dayLabels, perDay) +
          QStringLiteral("</p>\n"));
    w.raw(QStringLiteral("<p>") +
          svgLineChart(w.t("Calls by hour of day", "各小时呼出量"), hourLabels, perHour) +
          QStringLiteral("</p>\n"));
}

void Builder::sources()
{
    w.h(2, w.t("2. Sources and their integrity", "二、数据来源及完整性"), QStringLiteral("sources"));
    w.p(w.t("Every record in this report traces to one of these files and to its line. A file's SHA-256 "
            "identifies it exactly: recompute it (sha256sum) on the seized copy to check.",
            "报告中的每一条记录均可追溯至下列文件及其行号。文件的 SHA-256 "
            "唯一标识该文件，可对扣押的原件重新计算（sha256sum）以核对。"));
    QList<QStringList> rows, hashes;
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT id, name, file_name, kind, format, encoding, sha256, size, rows_accepted, rows_rejected, "
        "duplicates_merged, coalesce(acquired, ''), clock_offset FROM sources ORDER BY id"));
    while (s.step()) {
        rows << QStringList{QString::number(s.int64(0)),
                            esc(s.text(2)),
                            esc(s.text(3)),
                            esc(s.text(4)),
                            esc(s.text(5)),
                            num(s.int64(7)),
                            num(s.int64(8)),
                            num(s.int64(9)),
                            num(s.int64(10)),
                            esc(s.text(11)),
                            s.int64(12) ? QString::number(s.int64(12)) + QStringLiteral(" s") : QString()};
        hashes << QStringList{QString::number(s.int64(0)), esc(s.text(2)),
                              QStringLiteral("<code>") + esc(s.text(6)) + QStringLiteral("</code>")};
    }
    w.table({w.t("#", "编号"), w.t("File", "文件"), w.t("Kind", "类型"), w.t("Format", "格式"),
             w.t("Encoding", "编码"), w.t("Bytes", "字节"), w.t("Accepted", "接受"), w.t("Rejected", "拒绝"),
             w.t("Merged", "合并"), w.t("Acquired", "获取日期"), w.t("Clock correction", "时钟校正")},
            rows);
    w.table({w.t("#", "编号"), w.t("File", "文件"), QStringLiteral("SHA-256")}, hashes);
    QList<QStringList> rejects;
    Statement r = m_db.prepare(
        QStringLiteral("SELECT s.file_name, r.reason, count(*), min(r.line) FROM rejected_rows r JOIN "
                       "sources s ON s.id = r.source_id "
                       "GROUP BY s.file_name, r.reason ORDER BY s.file_name, count(*) DESC, r.reason"));
    while (r.step())
        rejects << QStringList{esc(r.text(0)), scrub(r.text(1)), num(r.int64(2)),
                               QString::number(r.int64(3))};
    if (!rejects.isEmpty()) {
        w.h(3, w.t("Rejected rows, by reason", "被拒绝的行（按原因）"));
        w.table({w.t("File", "文件"), w.t("Reason", "原因"), w.t("Rows", "行数"), w.t("First line", "首行")},
                rejects);
    }
}

void Builder::methods(const QJsonObject &f)
{
    w.h(2, w.t("3. Methods and parameters", "三、分析方法与参数"), QStringLiteral("methods"));
    const QJsonObject run = f.value(QStringLiteral("run")).toObject();
    w.p(w.t(
        "Every number that placed calls was profiled in one pass over the calls; its behaviour scored "
        "with the reasons that fired; suspects grouped into operators from shared handsets, cells, PBX "
        "trunks, overlapping victims and synchronised hours; each operator's victims compared with the "
        "leaked lists (exact and masked matches, hypergeometric chance test) and the lists with each other "
        "(record overlap beyond chance, information lost) to trace resales.",
        "对每个主叫号码一次性统计通话画像；依据触发的规则及数据评分；依据共用终端、基站、交换机中继、被叫重叠"
        "和同步工作时段将嫌疑号码归并为团伙；"
        "将各团伙的被叫与泄露名单比对（完整及打码号码匹配、超几何分布偶然性检验），并比较名单之间的记录重叠（"
        "超出偶然水平）与信息损失，以追溯转卖关系。"));
    w.keyValues(
        {{w.t("Analysis run", "分析批次"), QString::number(run.value(QStringLiteral("id")).toInteger())},
         {w.t("Started (UTC)", "开始（UTC）"), esc(run.value(QStringLiteral("started_utc")).toString())},
         {w.t("Finished (UTC)", "结束（UTC）"), esc(run.value(QStringLiteral("finished_utc")).toString())},
         {w.t("Tool version", "软件版本"), esc(run.value(QStringLiteral("tool_version")).toString())},
         {w.t("Input digest (SHA-256)", "输入摘要（SHA-256）"),
          QStringLiteral("<code>") + esc(run.value(QStringLiteral("input_digest")).toString()) +
              QStringLiteral("</code>")}});
    const QJsonObject params = run.value(QStringLiteral("parameters")).toObject();
    QList<QStringList> rows;
    for (auto it = params.constBegin(); it != params.constEnd(); ++it)
        rows << QStringList{QStringLiteral("<code>") + esc(it.key()) + QStringLiteral("</code>"),
                            esc(it.value().isDouble() ? QString::number(it.value().toDouble(), 'g', 10)
                                                      : it.value().toVariant().toString())};
    w.h(3, w.t("Parameters", "参数"));
    w.table({w.t("Parameter", "参数"), w.t("Value", "取值")}, rows);
}

void Builder::findings(const QJsonObject &f)
{
    w.raw(QString::fromLatin1(kBegin) + QLatin1Char('\n'));
    w.h(2, w.t("4. Findings", "四、分析结论"), QStringLiteral("findings"));
    const QJsonArray operators = f.value(QStringLiteral("operators")).toArray();
    const QJsonArray suspects = f.value(QStringLiteral("suspects")).toArray();
    const QJsonArray lineage = f.value(QStringLiteral("lineage")).toArray();
    const QJsonArray violations = f.value(QStringLiteral("violations")).toArray();
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
    for (const auto &v : operators) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        w.h(3, w.t("4.%1 Operator %2", "4.%1 团伙 %2").arg(++k).arg(id), QStringLiteral("op-") + id);
        QStringList nums, imeis;
        for (const auto &n : o.value(QStringLiteral("numbers")).toArray())
            nums << number(n.toString(), Role::Suspect);
        for (const auto &n : o.value(QStringLiteral("imeis")).toArray())
            imeis << imei(n.toString());
        w.keyValues({{w.t("Numbers", "号码"), nums.join(QStringLiteral(", "))},
                     {w.t("Handsets (IMEI)", "终端（IMEI）"), imeis.join(QStringLiteral(", "))},
                     {w.t("Active", "活动期间"),
                      localTimeIso(o.value(QStringLiteral("first_call")).toString()) + QStringLiteral(" – ") +
                          localTimeIso(o.value(QStringLiteral("last_call")).toString())},
                     {w.t("Calls placed", "呼出通话"), num(o.value(QStringLiteral("calls")).toInteger())},
                     {w.t("Victims (distinct numbers called)", "被叫人数（不同号码）"),
                      num(o.value(QStringLiteral("victims")).toInteger())}});
        // Why these numbers belong together.
        std::map<QString, int> linkCounts;
        QStringList examples;
        for (const auto &e : o.value(QStringLiteral("evidence")).toArray()) {
            const QJsonObject ev = e.toObject();
            for (const auto &l : ev.value(QStringLiteral("links")).toArray()) {
                const QJsonObject link = l.toObject();
                const QString type = link.value(QStringLiteral("type")).toString();
                ++linkCounts[type];
                if (examples.size() < 5) {
                    QString detail;
                    if (type == QLatin1String("shared_device"))
                        detail =
                            QStringLiteral("IMEI ") + imei(link.value(QStringLiteral("imei")).toString());
                    else if (type == QLatin1String("shared_cell"))
                        detail = esc(link.value(QStringLiteral("cell")).toString());
                    else if (type == QLatin1String("victim_overlap"))
                        detail = QStringLiteral("Jaccard %1, %2")
                                     .arg(link.value(QStringLiteral("jaccard")).toDouble())
                                     .arg(link.value(QStringLiteral("shared_victims")).toInteger());
                    else if (type == QLatin1String("synchronised_hours"))
                        detail = QStringLiteral("cos %1, %2 d")
                                     .arg(link.value(QStringLiteral("hour_profile_cosine")).toDouble())
                                     .arg(link.value(QStringLiteral("shared_days")).toInteger());
                    examples << number(ev.value(QStringLiteral("a")).toString(), Role::Suspect) +
                                    QStringLiteral(" — ") +
                                    number(ev.value(QStringLiteral("b")).toString(), Role::Suspect) +
                                    QStringLiteral(": ") + esc(linkLabel(type)) +
                                    (detail.isEmpty() ? QString()
                                                      : QStringLiteral(" (") + detail + QLatin1Char(')'));
                }
            }
        }
        if (!linkCounts.empty()) {
            QStringList parts;
            for (const auto &[type, n] : linkCounts)
                parts << esc(linkLabel(type)) + QStringLiteral(" × ") + QString::number(n);
            w.p(w.t("Why these numbers belong together: ", "归并依据：") + parts.join(QStringLiteral("; ")) +
                    QStringLiteral(".<br/>") + examples.join(QStringLiteral("<br/>")),
                false);
        } else {
            w.p(w.t("A single number: no grouping evidence needed.", "单一号码，无需归并依据。"));
        }
        // The leaked lists its victims came from.
        QList<QStringList> leakRows;
        for (const auto &l : o.value(QStringLiteral("leaks")).toArray()) {
            const QJsonObject a = l.toObject();
            if (leakRows.size() >= 5)
                break;
            leakRows << QStringList{
                QString::number(a.value(QStringLiteral("rank")).toInt()),
                esc(a.value(QStringLiteral("source")).toString()),
                a.value(QStringLiteral("significant")).toBool() ? w.t("yes", "是") : w.t("no", "否"),
                num(a.value(QStringLiteral("victims_in_leak")).toInteger()) + QStringLiteral(" (+") +
                    num(a.value(QStringLiteral("masked_matches")).toInteger()) + QLatin1Char(')'),
                pct(a.value(QStringLiteral("share_of_victims")).toDouble()),
                pct(a.value(QStringLiteral("share_of_leak")).toDouble()),
                num(a.value(QStringLiteral("unique")).toInteger()),
                QString::number(a.value(QStringLiteral("lift")).toDouble(), 'f', 2),
                pvalue(a),
                a.contains(QStringLiteral("lag_days_median"))
                    ? QString::number(a.value(QStringLiteral("lag_days_median")).toDouble(), 'f', 1)
                    : QString(),
                a.value(QStringLiteral("dialled_in_list_order")).toBool()
                    ? w.t("yes", "是") + QStringLiteral(" (ρ ") +
                          QString::number(a.value(QStringLiteral("order_correlation")).toDouble(), 'f', 2) +
                          QLatin1Char(')')
                    : QString::number(a.value(QStringLiteral("order_correlation")).toDouble(), 'f', 2)};
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
        QSet<QString> mine;
        for (const auto &n : o.value(QStringLiteral("numbers")).toArray())
            mine.insert(n.toString());
        QList<QStringList> vRows;
        for (const auto &vv : violations) {
            const QJsonObject x = vv.toObject();
            if (!mine.contains(x.value(QStringLiteral("number")).toString()))
                continue;
            vRows << QStringList{esc(violationLabel(x.value(QStringLiteral("type")).toString())),
                                 number(x.value(QStringLiteral("number")).toString(), Role::Suspect),
                                 num(x.value(QStringLiteral("count")).toInteger()),
                                 x.contains(QStringLiteral("complainant"))
                                     ? number(x.value(QStringLiteral("complainant")).toString(), Role::Victim)
                                     : QString()};
        }
        if (!vRows.isEmpty()) {
            w.p(w.t("Violations:", "违规行为："));
            w.table({w.t("Rule", "规则"), w.t("Number", "号码"), w.t("Calls", "通话数"),
                     w.t("Complainant", "投诉人")},
                    vRows);
        }
    }
    // Suspect numbers.
    w.h(3, w.t("Suspect numbers", "嫌疑号码"));
    QList<QStringList> sRows;
    for (const auto &v : suspects) {
        const QJsonObject s = v.toObject();
        QStringList reasons;
        for (const auto &r : s.value(QStringLiteral("reasons")).toArray())
            reasons << esc(reasonLabel(r.toObject().value(QStringLiteral("code")).toString())) +
                           QStringLiteral(": ") +
                           scrub(r.toObject().value(QStringLiteral("text")).toString());
        sRows << QStringList{number(s.value(QStringLiteral("number")).toString(), Role::Suspect),
                             QString::number(s.value(QStringLiteral("score")).toDouble(), 'f', 3),
                             esc(categoryLabel(s.value(QStringLiteral("category")).toString())),
                             reasons.join(QStringLiteral("<br/>"))};
    }
    w.table({w.t("Number", "号码"), w.t("Score", "评分"), w.t("Category", "类别"),
             w.t("Reasons and figures", "依据与数据")},
            sRows);
    // Lineage.
    w.h(3, w.t("How the lists were resold", "名单转卖关系"));
    if (lineage.isEmpty()) {
        w.p(w.t("No two lists share records beyond chance.", "各名单之间没有超出偶然水平的共同记录。"));
    } else {
        QList<QStringList> rows;
        for (const auto &v : lineage) {
            const QJsonObject e = v.toObject();
            QStringList tr;
            for (const auto &x : e.value(QStringLiteral("transformations")).toArray())
                tr << esc(x.toString());
            QStringList basis;
            for (const auto &x : e.value(QStringLiteral("direction_basis")).toArray())
                basis << esc(x.toString());
            rows << QStringList{esc(e.value(QStringLiteral("parent")).toString()) + QStringLiteral(" → ") +
                                    esc(e.value(QStringLiteral("child")).toString()),
                                num(e.value(QStringLiteral("shared_records")).toInteger()),
                                pct(e.value(QStringLiteral("containment")).toDouble()),
                                pct(e.value(QStringLiteral("parent_share")).toDouble()),
                                QString::number(e.value(QStringLiteral("lift")).toDouble(), 'f', 2),
                                QStringLiteral("10<sup>%1</sup>")
                                    .arg(e.value(QStringLiteral("log10_p")).toDouble(), 0, 'f', 1),
                                tr.join(QStringLiteral(", ")),
                                basis.join(QStringLiteral(", "))};
        }
        w.table({w.t("Parent → child", "上游 → 下游"), w.t("Shared records", "共同记录"),
                 w.t("Of the child", "占下游比例"), w.t("Of the parent", "占上游比例"), w.t("Lift", "提升度"),
                 w.t("p-value", "p 值"), w.t("Transformations", "变换"), w.t("Direction from", "方向依据")},
                rows);
        for (const auto &v : f.value(QStringLiteral("compilations")).toArray()) {
            const QJsonObject c = v.toObject();
            QStringList parents;
            for (const auto &p : c.value(QStringLiteral("parents")).toArray())
                parents << esc(p.toObject().value(QStringLiteral("source")).toString());
            w.p(w.zh() ? QStringLiteral("%1 是由 %2 整合而成的汇编名单，另含 %3 条新记录（%4）。")
                             .arg(esc(c.value(QStringLiteral("source")).toString()),
                                  parents.join(QStringLiteral("、")))
                             .arg(num(c.value(QStringLiteral("new_records")).toInteger()),
                                  pct(c.value(QStringLiteral("new_share")).toDouble()))
                       : QStringLiteral("%1 is a compilation of %2, with %3 new records (%4).")
                             .arg(esc(c.value(QStringLiteral("source")).toString()),
                                  parents.join(QStringLiteral(", ")))
                             .arg(num(c.value(QStringLiteral("new_records")).toInteger()),
                                  pct(c.value(QStringLiteral("new_share")).toDouble())),
                false);
        }
    }
    w.raw(QString::fromLatin1(kEnd) + QLatin1Char('\n'));
}

void Builder::appendix(const QJsonObject &f)
{
    w.h(2, w.t("Appendix A. Supporting records", "附录A　支撑记录"), QStringLiteral("appendix"));
    w.p(w.zh() ? QStringLiteral("每项结论列出至多 %1 条支撑记录，注明来源文件及行号（“文件:行”）。")
                     .arg(m_opt.maxSupporting)
               : QStringLiteral("Up to %1 supporting records per finding, each with its source file and line "
                                "(\"file:line\").")
                     .arg(m_opt.maxSupporting));
    const QStringList callHeaders = {w.t("Call", "通话"),          w.t("Caller", "主叫"),
                                     w.t("Callee", "被叫"),        w.t("Start (UTC+8)", "开始时间（UTC+8）"),
                                     w.t("Duration", "时长"),      w.t("Answered", "接通"),
                                     w.t("Source:line", "来源:行")};
    for (const auto &v : f.value(QStringLiteral("operators")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        w.h(3, w.t("Operator %1: first calls", "团伙 %1：最早的通话").arg(id));
        QList<qint64> ids;
        for (const auto &n : o.value(QStringLiteral("numbers")).toArray()) {
            Statement s = m_db.prepare(QStringLiteral("SELECT id FROM numbers WHERE value = ?"));
            s.bind(1, n.toString());
            if (s.step())
                ids << s.int64(0);
        }
        if (ids.isEmpty())
            continue;
        QStringList marks;
        for (int i = 0; i < ids.size(); ++i)
            marks << QStringLiteral("?");
        w.table(callHeaders,
                callRows(QStringLiteral("c.caller IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')'),
                         ids, QString()));
        // Records of the best list that its victims appear in.
        const QJsonArray leaks = o.value(QStringLiteral("leaks")).toArray();
        const QJsonObject best = leaks.isEmpty() ? QJsonObject() : leaks.first().toObject();
        if (best.value(QStringLiteral("significant")).toBool()) {
            w.h(3, w.t("Operator %1: its victims in %2", "团伙 %1：被叫在 %2 中的记录")
                       .arg(id, best.value(QStringLiteral("source")).toString()));
            Statement s = m_db.prepare(
                QStringLiteral(
                    "SELECT src.file_name, l.line, n.value, coalesce(l.name, ''), coalesce(l.id_card, '') "
                    "FROM leak_records l JOIN sources src ON src.id = l.source_id "
                    "JOIN numbers n ON n.id = l.phone WHERE src.name = ? AND l.phone IN "
                    "(SELECT callee FROM calls WHERE caller IN (") +
                marks.join(QLatin1Char(',')) +
                QStringLiteral(")) ORDER BY l.line LIMIT %1").arg(m_opt.maxSupporting));
            s.bind(1, best.value(QStringLiteral("source")).toString());
            for (int i = 0; i < ids.size(); ++i)
                s.bind(i + 2, ids.at(i));
            QList<QStringList> rows;
            const bool full = m_opt.audience == QLatin1String("internal");
            while (s.step())
                rows << QStringList{esc(s.text(0)) + QLatin1Char(':') + QString::number(s.int64(1)),
                                    number(s.text(2), Role::Victim),
                                    esc(full ? s.text(3) : Report::maskName(s.text(3))),
                                    esc(full ? s.text(4) : Report::maskIdCard(s.text(4)))};
            w.table({w.t("Source:line", "来源:行"), w.t("Phone", "电话"), w.t("Name", "姓名"),
                     w.t("ID number", "身份证号")},
                    rows);
        }
    }
    int k = 0;
    for (const auto &v : f.value(QStringLiteral("violations")).toArray()) {
        const QJsonObject x = v.toObject();
        QList<qint64> ids;
        for (const auto &c : x.value(QStringLiteral("supporting_calls")).toArray())
            if (ids.size() < m_opt.maxSupporting)
                ids << c.toInteger();
        if (ids.isEmpty())
            continue;
        w.h(3, w.t("Violation %1: %2 by %3", "违规 %1：%3 %2")
                   .arg(++k)
                   .arg(violationLabel(x.value(QStringLiteral("type")).toString()),
                        number(x.value(QStringLiteral("number")).toString(), Role::Suspect)));
        QStringList marks;
        for (int i = 0; i < ids.size(); ++i)
            marks << QStringLiteral("?");
        w.table(callHeaders,
                callRows(QStringLiteral("c.id IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')'), ids,
                         x.value(QStringLiteral("number")).toString()));
    }
}

void Builder::auditLog()
{
    w.h(2, w.t("Appendix B. Audit log", "附录B　审计日志"), QStringLiteral("audit"));
    w.p(w.t("Every change to the case, in order; each entry holds the SHA-256 of the one before (hash "
            "chain), so that an altered or removed entry is detected (dialtrace-cli verify CASE).",
            "案件的每一次变更按顺序记录；每条记录包含前一条的 "
            "SHA-256（哈希链），任何篡改或删除均可被发现（dialtrace-cli verify CASE）。"));
    QList<QStringList> rows;
    Statement s = m_db.prepare(
        QStringLiteral("SELECT seq, time_utc, actor, action, details, hash FROM audit_log ORDER BY seq"));
    while (s.step()) {
        QString details = s.text(4);
        if (details.size() > 240)
            details = details.left(240) + QStringLiteral("…");
        rows << QStringList{QString::number(s.int64(0)),
                            esc(s.text(1)),
                            esc(s.text(2)),
                            esc(s.text(3)),
                            scrub(details),
                            QStringLiteral("<code>") + esc(s.text(5).left(16)) + QStringLiteral("…</code>")};
    }
    w.table({w.t("#", "序号"), w.t("Time (UTC)", "时间（UTC）"), w.t("Analyst", "操作人"),
             w.t("Action", "操作"), w.t("Details", "详情"), w.t("Hash", "哈希")},
            rows);
}

void Builder::glossary()
{
    w.h(2, w.t("Appendix C. Glossary", "附录C　术语"), QStringLiteral("glossary"));
    w.keyValues(
        {{w.t("Operator", "团伙"),
          w.t("numbers run by one operation, grouped from evidence such as a shared handset",
              "依据共用终端等证据归并的、由同一经营者控制的一组号码")},
         {w.t("Victim", "被叫人"), w.t("a distinct number an operator called", "团伙拨打过的不同号码")},
         {w.t("Leaked list", "泄露名单"),
          w.t("a seized list of personal information", "查获的公民个人信息名单")},
         {w.t("Masked number", "打码号码"),
          w.t("a number with hidden digits, e.g. 138****1234; a match with it is partial evidence",
              "部分数字被隐藏的号码，如 138****1234；与其匹配仅为部分证据")},
         {w.t("Lift", "提升度"), w.t("how many times more victims a list holds than chance would give",
                                     "名单中被叫人数相对于随机情况下期望值的倍数")},
         {w.t("p-value", "p 值"),
          w.t("the probability of at least this overlap by chance alone (hypergeometric)",
              "仅凭偶然出现至少如此重叠的概率（超几何分布）")},
         {w.t("Lineage", "转卖关系"), w.t("a list built from another (resold), shown parent → child",
                                          "一份名单由另一份名单转卖、加工而来，表示为 上游 → 下游")},
         {w.t("Containment", "包含比例"), w.t("the share of the child's records found in the parent",
                                              "下游名单中可在上游名单找到的记录比例")},
         {QStringLiteral("IMEI"), w.t("the identity of a handset", "手机终端识别码")},
         {QStringLiteral("SHA-256"), w.t("a fingerprint of a file: any change to it changes the value",
                                         "文件的数字指纹：文件任何改动都会改变该值")}});
}

bool Builder::build(const QString &fingerprint, const QString &publicKeyHex, QString *out, QString *error)
{
    const QJsonObject f = analysis::Detector::latestFindings(m_cf, error);
    if (f.isEmpty())
        return false;
    const QString generated = m_opt.generatedUtc.isEmpty()
                                  ? QDateTime::currentDateTimeUtc().toString(Qt::ISODate)
                                  : m_opt.generatedUtc;
    const QString audience = m_opt.audience == QLatin1String("trainer")
                                 ? w.t("trainer (all personal data masked)", "培训（全部个人信息已打码）")
                             : m_opt.audience == QLatin1String("internal")
                                 ? w.t("internal (full data)", "内部（完整数据）")
                                 : w.t("prosecutor (personal data masked except suspects' numbers)",
                                       "检察（除嫌疑号码外，个人信息已打码）");
    w.raw(
        QStringLiteral(
            "<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>%2</title>\n"
            "<style>\nbody { font-family: 'DejaVu Sans', 'Noto Sans CJK SC', sans-serif; font-size: 10pt; "
            "color: #111; max-width: 1100px; margin: 2em auto; }\nh1 { font-size: 18pt; } h2 { font-size: "
            "14pt; "
            "border-bottom: 1px solid #888; margin-top: 1.5em; } h3 { font-size: 11pt; margin-top: 1.2em; }\n"
            "table { border-collapse: collapse; margin: 0.4em 0; } th, td { border: 1px solid #999; "
            "vertical-align: top; padding: 3px; }\nth { background: #e8ecf2; } code { font-size: 8pt; }\n"
            "</style>\n</head>\n<body>\n")
            .arg(m_opt.lang, esc(m_cf.title())));
    w.raw(QStringLiteral("<h1>%1</h1>\n")
              .arg(esc(w.t("DialTrace evidence report: ", "DialTrace 证据报告：") + m_cf.title())));
    w.keyValues({{w.t("Generated (UTC)", "生成时间（UTC）"), esc(generated)},
                 {w.t("Tool", "软件"), QStringLiteral("DialTrace ") + QStringLiteral(DT_VERSION_STRING)},
                 {w.t("Audience", "阅读对象"), esc(audience)},
                 {w.t("Signed by workstation key", "工作站签名密钥指纹"),
                  QStringLiteral("<code>") + esc(fingerprint) + QStringLiteral("</code>")},
                 {w.t("Public key (Ed25519)", "公钥（Ed25519）"),
                  QStringLiteral("<code>") + esc(publicKeyHex) + QStringLiteral("</code>")}});
    w.p(w.t("This report comes with a signed manifest (the file of the same name ending in .manifest.json) "
            "holding "
            "its SHA-256 and the state of the case it was made from. Check both with: dialtrace-cli verify "
            "REPORT.",
            "本报告附有签名清单（同名、以 .manifest.json 结尾的文件），记录报告的 SHA-256 "
            "及生成时的案件状态。可用 dialtrace-cli verify 报告文件 进行核验。"));
    keyFindings(f);
    summary();
    sources();
    methods(f);
    findings(f);
    charts(f);
    appendix(f);
    auditLog();
    glossary();
    w.raw(QStringLiteral("</body>\n</html>\n"));
    *out = w.result();
    return true;
}

QString hexOf(const QByteArray &b)
{
    return QString::fromLatin1(b.toHex());
}

QByteArray canonical(QJsonObject manifest)
{
    manifest.remove(QStringLiteral("signature"));
    return QJsonDocument(manifest).toJson(QJsonDocument::Compact);
}

} // namespace

QString Report::maskPhone(const QString &key)
{
    QString digits = key;
    QString prefix;
    if (digits.startsWith(QLatin1String("+86"))) {
        prefix = QStringLiteral("+86");
        digits = digits.mid(3);
    } else if (digits.startsWith(QLatin1Char('+'))) {
        prefix = QStringLiteral("+");
        digits = digits.mid(1);
    }
    if (digits.size() < 7) // service and short numbers are not personal
        return key;
    const int head = 3, tail = digits.size() >= 11 ? 4 : 2;
    return prefix + digits.left(head) + QString(digits.size() - head - tail, QLatin1Char('*')) +
           digits.right(tail);
}

QString Report::maskIdCard(const QString &id)
{
    if (id.size() < 10)
        return id.isEmpty() ? id : QString(id.size(), QLatin1Char('*'));
    return id.left(6) + QString(id.size() - 10, QLatin1Char('*')) + id.right(4);
}

QString Report::maskName(const QString &name)
{
    if (name.size() <= 1)
        return name;
    return name.left(1) + QString(name.size() - 1, QLatin1Char('*'));
}

bool Report::validOptions(const ReportOptions &opt, QString *error)
{
    if (opt.lang != QLatin1String("zh") && opt.lang != QLatin1String("en")) {
        *error = tr("unknown language '%1' (zh or en)").arg(opt.lang);
        return false;
    }
    if (opt.audience != QLatin1String("prosecutor") && opt.audience != QLatin1String("trainer") &&
        opt.audience != QLatin1String("internal")) {
        *error = tr("unknown audience '%1' (prosecutor, trainer or internal)").arg(opt.audience);
        return false;
    }
    return true;
}

bool Report::html(CaseFile &cf, const ReportOptions &opt, const QString &fingerprint,
                  const QString &publicKeyHex, QString *out, QString *error)
{
    if (!validOptions(opt, error))
        return false;
    Builder b(cf, opt);
    return b.build(fingerprint, publicKeyHex, out, error);
}

QByteArray Report::findingsSection(const QByteArray &html)
{
    const qsizetype a = html.indexOf(kBegin), b = html.indexOf(kEnd);
    if (a < 0 || b < a)
        return {};
    return html.mid(a, b - a + qsizetype(qstrlen(kEnd)));
}

bool Report::write(CaseFile &cf, const QString &path, const ReportOptions &opt, QJsonObject *manifestOut,
                   QString *error)
{
    return write(cf, path, opt, QString(), manifestOut, error);
}

bool Report::write(CaseFile &cf, const QString &path, const ReportOptions &opt, const QString &prebuiltHtml,
                   QJsonObject *manifestOut, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool pdf = suffix == QLatin1String("pdf");
    if (!pdf && suffix != QLatin1String("html") && suffix != QLatin1String("htm")) {
        *error = tr("%1: the report must end in .pdf, .html or .htm").arg(path);
        return false;
    }
    auto key = SigningKey::loadOrCreate(SigningKey::defaultDirectory(), error);
    if (!key)
        return false;
    ReportOptions o = opt;
    if (o.generatedUtc.isEmpty())
        o.generatedUtc = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QString doc = prebuiltHtml;
    if (doc.isEmpty() && !html(cf, o, key->fingerprint(), key->publicKeyHex(), &doc, error))
        return false;
    const QByteArray htmlBytes = doc.toUtf8();
    if (pdf) {
        if (!renderPdf(doc, cf.title(), path, error))
            return false;
    } else {
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(htmlBytes) != htmlBytes.size() || !out.commit()) {
            *error = tr("%1: cannot write: %2").arg(path, out.errorString());
            return false;
        }
    }
    QFile written(path);
    if (!written.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read back: %2").arg(path, written.errorString());
        return false;
    }
    const QByteArray reportBytes = written.readAll();
    Database &db = cf.db();
    const QJsonObject run =
        analysis::Detector::latestFindings(cf, error).value(QStringLiteral("run")).toObject();
    QJsonObject manifest{
        {QStringLiteral("format"), QStringLiteral("dialtrace-report-manifest/1")},
        {QStringLiteral("generated_utc"), o.generatedUtc},
        {QStringLiteral("tool_version"), QStringLiteral(DT_VERSION_STRING)},
        {QStringLiteral("report"),
         QJsonObject{{QStringLiteral("file"), QFileInfo(path).fileName()},
                     {QStringLiteral("format"), pdf ? QStringLiteral("pdf") : QStringLiteral("html")},
                     {QStringLiteral("sha256"),
                      hexOf(QCryptographicHash::hash(reportBytes, QCryptographicHash::Sha256))},
                     {QStringLiteral("size"), qint64(reportBytes.size())},
                     {QStringLiteral("lang"), o.lang},
                     {QStringLiteral("audience"), o.audience}}},
        {QStringLiteral("findings_sha256"),
         hexOf(QCryptographicHash::hash(findingsSection(htmlBytes), QCryptographicHash::Sha256))},
        {QStringLiteral("case"),
         QJsonObject{
             {QStringLiteral("title"), cf.title()},
             {QStringLiteral("file"), QFileInfo(cf.path()).fileName()},
             {QStringLiteral("audit_entries"), cf.audit().count()},
             {QStringLiteral("audit_head"),
              db.scalar(QStringLiteral("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1")).toString()},
             {QStringLiteral("analysis_run"), run.value(QStringLiteral("id"))},
             {QStringLiteral("input_digest"), run.value(QStringLiteral("input_digest"))}}},
        {QStringLiteral("signer"), QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("Ed25519")},
                                               {QStringLiteral("public_key"), key->publicKeyHex()},
                                               {QStringLiteral("fingerprint"), key->fingerprint()}}}};
    manifest.insert(QStringLiteral("signature"), hexOf(key->sign(canonical(manifest))));
    QSaveFile m(manifestPath(path));
    const QByteArray mb = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    if (!m.open(QIODevice::WriteOnly) || m.write(mb) != mb.size() || !m.commit()) {
        *error = tr("%1: cannot write: %2").arg(manifestPath(path), m.errorString());
        return false;
    }
    if (!cf.isReadOnly() &&
        !cf.audit().append(
            QStringLiteral("report"),
            QJsonObject{
                {QStringLiteral("file"), QFileInfo(path).fileName()},
                {QStringLiteral("sha256"),
                 manifest.value(QStringLiteral("report")).toObject().value(QStringLiteral("sha256"))},
                {QStringLiteral("audience"), o.audience},
                {QStringLiteral("lang"), o.lang},
                {QStringLiteral("findings_sha256"), manifest.value(QStringLiteral("findings_sha256"))}},
            error))
        return false;
    if (manifestOut)
        *manifestOut = manifest;
    return true;
}

QJsonObject ReportVerdict::toJson() const
{
    QJsonArray cs;
    for (const Check &c : checks)
        cs.append(QJsonObject{{QStringLiteral("name"), c.name},
                              {QStringLiteral("ok"), c.ok},
                              {QStringLiteral("message"), c.message}});
    return QJsonObject{{QStringLiteral("report"), path},
                       {QStringLiteral("ok"), ok},
                       {QStringLiteral("checks"), cs},
                       {QStringLiteral("signer"), manifest.value(QStringLiteral("signer"))}};
}

ReportVerdict Report::verify(const QString &reportPath)
{
    ReportVerdict v;
    v.path = reportPath;
    auto check = [&](const QString &name, bool ok, const QString &message) {
        v.checks.append({name, ok, message});
        return ok;
    };
    QFile m(manifestPath(reportPath));
    const bool opened = m.open(QIODevice::ReadOnly);
    if (!check(QStringLiteral("manifest"), opened,
               opened ? tr("%1 read").arg(m.fileName())
                      : tr("%1: no manifest next to the report (%2)").arg(reportPath, m.errorString())))
        return v;
    QJsonParseError pe;
    v.manifest = QJsonDocument::fromJson(m.readAll(), &pe).object();
    const bool parsed =
        pe.error == QJsonParseError::NoError && v.manifest.value(QStringLiteral("format"))
                                                    .toString()
                                                    .startsWith(QLatin1String("dialtrace-report-manifest/"));
    if (!parsed) {
        check(QStringLiteral("manifest"), false, tr("%1: not a DialTrace report manifest").arg(m.fileName()));
        return v;
    }
    QFile r(reportPath);
    if (!r.open(QIODevice::ReadOnly)) {
        check(QStringLiteral("report"), false, tr("%1: cannot read: %2").arg(reportPath, r.errorString()));
        return v;
    }
    const QByteArray bytes = r.readAll();
    const QString expected =
        v.manifest.value(QStringLiteral("report")).toObject().value(QStringLiteral("sha256")).toString();
    const QString actual = hexOf(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    const bool same = expected == actual;
    check(QStringLiteral("sha256"), same,
          same ? tr("SHA-256 %1 matches the manifest").arg(actual)
               : tr("%1: the report was changed after it was signed (SHA-256 %2, manifest says %3)")
                     .arg(reportPath, actual, expected));
    const QJsonObject signer = v.manifest.value(QStringLiteral("signer")).toObject();
    const bool signedOk = SigningKey::verify(
        QByteArray::fromHex(signer.value(QStringLiteral("public_key")).toString().toLatin1()),
        canonical(v.manifest),
        QByteArray::fromHex(v.manifest.value(QStringLiteral("signature")).toString().toLatin1()));
    check(QStringLiteral("signature"), signedOk,
          signedOk ? tr("Ed25519 signature valid, workstation key %1")
                         .arg(signer.value(QStringLiteral("fingerprint")).toString())
                   : tr("%1: the manifest's signature does not match its contents").arg(m.fileName()));
    v.ok = same && signedOk;
    return v;
}

} // namespace dt::report
