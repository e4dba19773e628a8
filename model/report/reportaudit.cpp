// The report's audit-log appendix: one row per entry, its action in the reader's language and
// what it acted on, instead of the entry's raw JSON.
#include "report/reportbuilder.h"

#include <QJsonDocument>

namespace dt::report::detail {

QString Builder::auditAction(const QString &action) const
{
    static const std::map<QString, std::pair<const char *, const char *>> names = {
        {QStringLiteral("create"), {"case created", "创建案件"}},
        {QStringLiteral("migrate"), {"case file upgraded", "升级案件文件"}},
        {QStringLiteral("retitle"), {"case renamed", "修改案件名称"}},
        {QStringLiteral("set-timezone"), {"time zone set", "设置时区"}},
        {QStringLiteral("register-source"), {"source registered", "登记数据来源"}},
        {QStringLiteral("import"), {"import", "导入"}},
        {QStringLiteral("save-mapping-profile"), {"column mapping saved", "保存列映射"}},
        {QStringLiteral("analyze"), {"analysis", "分析"}},
        {QStringLiteral("annotate"), {"note added", "添加备注"}},
        {QStringLiteral("remove-annotation"), {"note removed", "删除备注"}},
        {QStringLiteral("tag"), {"tag added", "添加标签"}},
        {QStringLiteral("untag"), {"tag removed", "删除标签"}},
        {QStringLiteral("report"), {"report exported", "导出报告"}},
        {QStringLiteral("export"), {"chart exported", "导出关系图"}},
        {QStringLiteral("export-blocklist"), {"blocklist exported", "导出拦截名单"}},
        {QStringLiteral("verdict"), {"analyst's verdict recorded", "记录分析员判定"}},
        {QStringLiteral("clear-verdict"), {"analyst's verdict withdrawn", "撤销分析员判定"}},
        {QStringLiteral("exercise-answer"), {"exercise answer recorded", "记录练习答案"}},
        {QStringLiteral("remove-exercise-answer"), {"exercise answer removed", "删除练习答案"}},
    };
    const auto it = names.find(action);
    // An action this build has no name for is shown as recorded, never guessed.
    return it == names.end() ? esc(action) : w.t(it->second.first, it->second.second);
}

QString Builder::auditObject(const QString &action, const QJsonObject &d) const
{
    const auto text = [&d](const char *key) {
        const QJsonValue v = d.value(QLatin1String(key));
        return v.isDouble() ? QString::number(qint64(v.toDouble())) : v.toVariant().toString();
    };
    const auto count = [&d](const char *key) { return num(qint64(d.value(QLatin1String(key)).toDouble())); };
    const QString sep = w.zh() ? QStringLiteral("；") : QStringLiteral("; ");
    QStringList parts;
    if (action == QLatin1String("create")) {
        parts << scrub(text("title"));
    } else if (action == QLatin1String("retitle") || action == QLatin1String("set-timezone")) {
        parts << scrub(text("from")) + QStringLiteral(" → ") + scrub(text("to"));
    } else if (action == QLatin1String("migrate")) {
        parts << w.t("schema %1 → %2", "结构版本 %1 → %2").arg(text("from_schema"), text("to_schema"));
    } else if (action == QLatin1String("verdict")) {
        const bool suspect = text("verdict") == QLatin1String("suspect");
        parts << scrub(text("number"))
              << (suspect ? w.t("suspect", "嫌疑号码") : w.t("legitimate", "合法号码"))
              << scrub(text("reason"));
    } else if (action == QLatin1String("clear-verdict")) {
        parts << scrub(text("number"));
    } else if (action == QLatin1String("exercise-answer")) {
        parts << esc(text("question")) << scrub(text("entity"));
    } else if (action == QLatin1String("register-source")) {
        parts << esc(text("file"))
              << QStringLiteral("SHA-256 <code>") + esc(text("sha256").left(16)) + QStringLiteral("</code>");
    } else if (action == QLatin1String("import")) {
        parts << esc(text("file")) << w.t("%1 accepted", "接受 %1").arg(count("accepted"))
              << w.t("%1 rejected", "拒绝 %1").arg(count("rejected"));
    } else if (action == QLatin1String("analyze")) {
        parts << w.t("%1 calls", "通话 %1").arg(count("calls"))
              << w.t("%1 operators", "团伙 %1").arg(count("operators"));
    } else if (action == QLatin1String("report")) {
        parts << esc(text("file"))
              << QStringLiteral("SHA-256 <code>") + esc(text("sha256").left(16)) + QStringLiteral("</code>");
    } else if (d.contains(QLatin1String("file"))) {
        parts << esc(text("file"));
    } else if (d.contains(QLatin1String("entity_key"))) {
        parts << scrub(text("entity_key"));
    } else if (d.contains(QLatin1String("name"))) {
        parts << scrub(text("name"));
    } else if (d.contains(QLatin1String("id"))) {
        parts << QLatin1Char('#') + esc(text("id"));
    }
    parts.removeAll(QString());
    return parts.join(sep);
}

void Builder::auditLog()
{
    w.h(2, w.t("Appendix B. Audit log", "附录B　审计日志"), QStringLiteral("audit"));
    w.p(w.t("Every change to the case, in order; each entry holds the SHA-256 of the one before (hash "
            "chain), so that an altered or removed entry is detected (dialtrace-cli verify CASE). The "
            "entries' full details are in the case file.",
            "案件的每一次变更按顺序记录；每条记录包含前一条的 "
            "SHA-256（哈希链），任何篡改或删除均可被发现（dialtrace-cli verify "
            "CASE）。各条记录的完整详情保存在案件文件中。"));
    QList<QStringList> rows;
    Statement s = m_db.prepare(
        QStringLiteral("SELECT seq, time_utc, actor, action, details, hash FROM audit_log ORDER BY seq"));
    while (s.step()) {
        const QString action = s.text(3);
        const QJsonObject details = QJsonDocument::fromJson(s.text(4).toUtf8()).object();
        rows << QStringList{QString::number(s.int64(0)),
                            esc(localTimeIso(s.text(1))),
                            esc(s.text(2)),
                            auditAction(action),
                            auditObject(action, details),
                            QStringLiteral("<code>") + esc(s.text(5).left(16)) + QStringLiteral("</code>")};
    }
    w.table({w.t("#", "序号"), w.t("Time (%1)", "时间（%1）").arg(zoneLabel()), w.t("Analyst", "操作人"),
             w.t("Action", "操作"), w.t("Object", "对象"), w.t("Hash (first 16)", "哈希（前16位）")},
            rows);
}

} // namespace dt::report::detail
