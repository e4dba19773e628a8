// The report's HTML, section by section: summary, key findings, sources, methods, audit log, glossary.
#include "report/reportbuilder.h"

#include "analysis/detection.h"
#include "case/callstore.h"
#include "case/casefile.h"
#include "case/database.h"
#include "case/rejectreason.h"
#include "case/sourcewords.h"
#include "core/sha256.h"
#include "dt/version.h"
#include "report/signing.h"

#include <algorithm>
#include <limits>
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
#include <QScopeGuard>
#include <QSet>
#include <tuple>

namespace dt::report::detail {

std::pair<qint64, qint64> Builder::callSpan()
{
    if (m_span)
        return *m_span;
    qint64 first = std::numeric_limits<qint64>::max(), last = std::numeric_limits<qint64>::min();
    bool any = false;
    std::vector<qint64> starts;
    callstore::BlockScan scan(m_db.handle(), std::numeric_limits<qint64>::min(),
                              std::numeric_limits<qint64>::max());
    while (scan.next()) {
        starts.resize(size_t(scan.count()));
        scan.copyStarts(starts.data());
        for (const qint64 t : starts) {
            first = std::min(first, t);
            last = std::max(last, t);
        }
        any = any || !starts.empty();
    }
    if (!scan.error().isEmpty()) { // a damaged block: SQL's answer, which fails the same way a query would
        Statement s = m_db.prepare(QStringLiteral("SELECT min(start_utc), max(start_utc) FROM calls"));
        const bool stepped = s.step();
        m_span = std::make_pair(stepped ? s.int64(0) : 0, stepped ? s.int64(1) : 0);
        return *m_span;
    }
    m_span = any ? std::make_pair(first, last) : std::make_pair(qint64(0), qint64(0));
    return *m_span;
}

QList<QStringList> Builder::callRows(const QString &where, const QList<qint64> &binds, const QString &suspect)
{
    // The rows are chosen first, by start and id alone, and only those rows are then read in full
    // with their source lines: otherwise SQLite looks up the lines (a correlated subquery) of every
    // call it sorts, before the LIMIT, i.e. of every call of an operator's numbers.
    Statement s = m_db.prepare(
        QStringLiteral(
            "SELECT c.id, a.value, b.value, c.start_utc, c.duration, coalesce(c.answered, -1), "
            "(SELECT group_concat((SELECT file_name FROM sources WHERE id = r.source_id) || ':' || r.line, "
            "'; ') FROM (SELECT source_id, line FROM call_links WHERE call_id = c.id ORDER BY source_id, "
            "line) "
            "r) "
            "FROM (SELECT c.id AS id, c.start_utc AS start_utc FROM calls c WHERE ") +
        where +
        QStringLiteral(" ORDER BY c.start_utc, c.id LIMIT %1) k CROSS JOIN calls c ON c.id = k.id "
                       "JOIN numbers a ON a.id = c.caller JOIN numbers b ON b.id = c.callee "
                       "ORDER BY k.start_utc, k.id")
            .arg(m_opt.maxSupporting));
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
                              : w.t("unknown", "未知"),
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
    const auto [first, last] = callSpan();
    w.keyValues({{w.t("Case", "案件"), esc(m_cf.title())},
                 {w.t("Case file", "案件文件"), esc(QFileInfo(m_cf.path()).fileName())},
                 {w.t("Sources", "数据来源"), num(count("sources"))},
                 {w.t("Calls", "通话记录"), num(m_cf.counts().calls)}, // from the call store's blocks
                 {w.t("Numbers", "号码"), num(count("numbers"))},
                 {w.t("Leaked-list records", "泄露名单记录"), num(count("leak_records"))},
                 {w.t("Complaints", "投诉"), num(count("complaints"))},
                 {w.t("Rejected rows (kept)", "被拒绝的行（已保留）"), num(count("rejected_rows"))},
                 {w.t("Calls from", "通话起始"), first ? esc(m_cf.clock().stamp(first)) : QString()},
                 {w.t("Calls until", "通话截止"), last ? esc(m_cf.clock().stamp(last)) : QString()},
                 {w.t("Time zone", "时区"), esc(m_cf.clock().description())}});
}

void Builder::keyFindings(const analysis::Findings &f)
{
    w.h(3, w.t("Key findings", "主要结论"));
    QStringList items;
    for (const analysis::Operator &o : f.operators) {
        QString line = w.zh() ? QStringLiteral("<b>%1</b>：%2 个号码，呼出 %3 次，被叫 %4 人")
                                    .arg(esc(o.id))
                                    .arg(o.numbers.size())
                                    .arg(num(o.calls), num(o.victims))
                              : QStringLiteral("<b>%1</b>: %2 numbers, %3 calls to %4 victims")
                                    .arg(esc(o.id))
                                    .arg(o.numbers.size())
                                    .arg(num(o.calls), num(o.victims));
        if (!o.leaks.empty() && o.leaks.front().significant) {
            const analysis::ListAttribution &best = o.leaks.front();
            const QString list = esc(best.source);
            const QString share = pct(best.shareOfVictims);
            const bool ordered = best.dialledInListOrder;
            line += w.zh() ? QStringLiteral("；被叫来自泄露名单 %1（占被叫 %2，%3%4）")
                                 .arg(list, share, pStatement(pvalue(best)),
                                      ordered ? QStringLiteral("，按名单顺序拨打") : QString())
                           : QStringLiteral("; dialled the leaked list %1 (%2 of its victims, %3%4)")
                                 .arg(list, share, pStatement(pvalue(best)),
                                      ordered ? QStringLiteral(", in the list's order") : QString());
        } else {
            line += w.t("; no leaked list explains its victims", "；没有泄露名单能解释其被叫");
        }
        items << line;
    }
    for (const analysis::Resale &e : f.lineage) {
        items << (w.zh() ? QStringLiteral("名单 %1 被转卖进 %2（%3 条共同记录，占后者 %4）")
                         : QStringLiteral(
                               "The list %1 was resold into %2 (%3 shared records, %4 of the latter)"))
                     .arg(esc(e.parent), esc(e.child), num(e.sharedRecords), pct(e.containment));
    }
    const int violations = int(f.violations.size());
    items << (w.zh() ? QStringLiteral("违规行为 %1 项（见第四部分及附录A）").arg(violations)
                     : QStringLiteral("%1 violations (section 4 and appendix A)").arg(violations));
    w.raw(QStringLiteral("<ul>\n<li>") + items.join(QStringLiteral("</li>\n<li>")) +
          QStringLiteral("</li>\n</ul>\n"));
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
    // Kinds and formats in the words the GUI's Sources tab uses, in the report's language.
    const Language lang = language();
    while (s.step()) {
        rows << QStringList{QString::number(s.int64(0)),
                            esc(s.text(2)),
                            esc(SourceWords::kind(s.text(3), lang)),
                            esc(SourceWords::format(s.text(4), lang)),
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
    // Per file, one line per kind of reason (its code: the same whatever language the import ran
    // in), written in the report's language; a reason stored as text (older cases) as it is.
    struct RejectGroup
    {
        QString file, kind, reason; ///< reason: the one stored reason of the group, else empty
        qint64 rows = 0, firstLine = 0;
    };
    QVector<RejectGroup> groups;
    std::map<std::pair<QString, QString>, qsizetype> groupOf;
    Statement r = m_db.prepare(
        QStringLiteral("SELECT s.file_name, r.reason, count(*), min(r.line) FROM rejected_rows r JOIN "
                       "sources s ON s.id = r.source_id GROUP BY s.file_name, r.reason"));
    while (r.step()) {
        const QString stored = r.text(1);
        const QString kind = RejectReason::decode(stored) ? RejectReason::kind(stored) : stored;
        const auto [it, added] = groupOf.try_emplace({r.text(0), kind}, groups.size());
        if (added)
            groups.append({r.text(0), kind, stored, 0, r.int64(3)});
        RejectGroup &g = groups[it->second];
        if (g.reason != stored)
            g.reason.clear();
        g.rows += r.int64(2);
        g.firstLine = std::min(g.firstLine, r.int64(3));
    }
    for (RejectGroup &g : groups)
        g.reason =
            g.reason.isEmpty() ? RejectReason::kindText(g.kind, lang) : RejectReason::text(g.reason, lang);
    std::sort(groups.begin(), groups.end(), [](const RejectGroup &x, const RejectGroup &y) {
        return std::tie(x.file, y.rows, x.reason) < std::tie(y.file, x.rows, y.reason);
    });
    QList<QStringList> rejects;
    for (const RejectGroup &g : std::as_const(groups))
        rejects << QStringList{esc(g.file), scrub(g.reason), num(g.rows), QString::number(g.firstLine)};
    if (!rejects.isEmpty()) {
        w.h(3, w.t("Rejected rows, by reason", "被拒绝的行（按原因）"));
        w.table({w.t("File", "文件"), w.t("Reason", "原因"), w.t("Rows", "行数"), w.t("First line", "首行")},
                rejects);
    }
}

void Builder::methods(const analysis::Findings &f)
{
    w.h(2, w.t("3. Methods and parameters", "三、分析方法与参数"), QStringLiteral("methods"));
    const analysis::RunInfo &run = f.run;
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
    w.keyValues({{w.t("Analysis run", "分析批次"), QString::number(run.id)},
                 {w.t("Started", "开始"), esc(stamp(run.startedUtc))},
                 {w.t("Finished", "结束"), esc(stamp(run.finishedUtc))},
                 {w.t("Tool version", "软件版本"), esc(run.toolVersion)},
                 {w.t("Input digest (SHA-256)", "输入摘要（SHA-256）"),
                  QStringLiteral("<code>") + esc(run.inputDigest) + QStringLiteral("</code>")}});
    const QJsonObject &params = run.parameters; // every threshold by name, listed as recorded
    QList<QStringList> rows;
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        if (it.value().isObject())
            continue; // the analyst's verdicts: their own table below
        rows << QStringList{QStringLiteral("<code>") + esc(it.key()) + QStringLiteral("</code>"),
                            esc(it.value().isDouble() ? QString::number(it.value().toDouble(), 'g', 10)
                                                      : it.value().toVariant().toString())};
    }
    w.h(3, w.t("Parameters", "参数"));
    w.table({w.t("Parameter", "参数"), w.t("Value", "取值")}, rows);
    // Judgements the run did not compute: every one named, with whose it is and why.
    const QJsonObject judged = params.value(QStringLiteral("analyst_verdicts")).toObject();
    if (!judged.isEmpty()) {
        QList<QStringList> verdicts;
        for (auto it = judged.constBegin(); it != judged.constEnd(); ++it) {
            const QJsonObject v = it.value().toObject();
            const bool suspect = v.value(QStringLiteral("verdict")).toString() == QLatin1String("suspect");
            verdicts << QStringList{esc(it.key()),
                                    suspect ? w.t("suspect", "嫌疑号码") : w.t("legitimate", "合法号码"),
                                    esc(v.value(QStringLiteral("analyst")).toString()),
                                    esc(v.value(QStringLiteral("reason")).toString())};
        }
        w.h(3, w.t("The analyst's verdicts", "分析员判定"));
        w.p(w.t("These numbers' verdicts were set by the analyst, not computed; their scores and reasons "
                "are shown as computed.",
                "以下号码的结论由分析员判定，而非计算得出；其评分及依据仍按计算结果列出。"));
        w.table(
            {w.t("Number", "号码"), w.t("Verdict", "结论"), w.t("Analyst", "分析员"), w.t("Reason", "理由")},
            verdicts);
    }
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
    // The findings of the latest run are found by a pass over every run's (the table has no index
    // by run), and the calls are read a block at a time: neither gains from the case's large page
    // cache, which such a pass fills to its limit (256 MiB of a report's peak). A small one for the
    // report's reads; the connection's own is given back after.
    const QVariant cacheBefore = m_db.scalar(QStringLiteral("PRAGMA cache_size"));
    m_db.exec(QStringLiteral("PRAGMA cache_size = -16384"));
    const auto restore = qScopeGuard(
        [&] { m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheBefore.toLongLong())); });
    const analysis::Findings f = analysis::Detector::latestFindings(m_cf, error);
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
    w.keyValues({{w.t("Generated", "生成时间"), esc(stamp(generated))},
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
    // Section by section, each a step of the progress; the appendix (most of a big case's report)
    // also stops between its findings when cancelled.
    const std::function<void()> sections[] = {
        [&] { keyFindings(f); }, [&] { summary(); },   [&] { sources(); },
        [&] { methods(f); },     [&] { findings(f); }, [&] { charts(f); },
        [&] { appendix(f); },    [&] { auditLog(); },  [&] { glossary(); }};
    const qint64 steps = qint64(std::size(sections));
    for (qint64 i = 0; i < steps; ++i) {
        if (cancelled())
            break;
        sections[i]();
        if (m_progress)
            m_progress(i + 1, steps);
    }
    if (cancelled()) {
        *error = tr("cancelled");
        return false;
    }
    w.raw(QStringLiteral("</body>\n</html>\n"));
    *out = w.result();
    return true;
}

} // namespace dt::report::detail
