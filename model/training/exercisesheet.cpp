#include "training/exercisesheet.h"

#include "case/database.h"
#include "training/exercisekey.h"
#include "training/exercisetext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

namespace dt::training {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString fileKind(const QJsonObject &f, const Lang &l)
{
    const QString kind = f.value(QStringLiteral("kind")).toString();
    const QString format = f.value(QStringLiteral("format")).toString();
    if (format == QLatin1String("carrier-cdr"))
        return l.t("carrier call records (CDR)", "运营商话单");
    if (format == QLatin1String("asterisk-master-csv"))
        return l.t("call log of a PBX seized at the premises", "现场扣押的交换机通话日志");
    if (kind == QLatin1String("leak"))
        return l.t("leaked personal-information list", "泄露的个人信息名单");
    if (kind == QLatin1String("complaints"))
        return l.t("12321 complaints", "12321 举报记录");
    return kind;
}

QString hint(const QString &type, const Lang &l)
{
    if (type == QLatin1String("members"))
        return l.t(
            "Look for numbers that share a handset (IMEI) or a cell, dial the same list at the same pace, "
            "or take over when another stops.",
            "留意共用同一手机（IMEI）或同一基站、以相同节奏拨打同一名单、或在另一号码停用后接替呼叫的号码。");
    if (type == QLatin1String("legitimate"))
        return l.t("Legitimate callers are mostly answered and often called back.",
                   "正常业务的来电接通率高，且常有被叫回拨。");
    if (type == QLatin1String("list"))
        return l.t("Compare the numbers called with each list; mind the acquisition dates below.",
                   "将被叫号码与各名单比对，并注意下表中的名单获取日期。");
    if (type == QLatin1String("lineage"))
        return l.t("A compilation shares many records with its sources, and may mask phone numbers.",
                   "整合名单与其来源名单有大量相同记录，且可能对手机号打码。");
    if (type == QLatin1String("complaints"))
        return l.t("Look each complainant up in the lists.", "在各名单中查找每一位举报人。");
    if (type == QLatin1String("rules"))
        return l.t("Look at call times, the kind of number, calls per day, and calls after a complaint.",
                   "关注呼叫时间、号码类型、每日呼叫量，以及举报之后是否仍有呼叫。");
    return {};
}

} // namespace

QByteArray ExerciseSheet::html(const QJsonObject &key)
{
    const QJsonObject ex = key.value(QStringLiteral("exercise")).toObject();
    const Lang l(ex.value(QStringLiteral("lang")).toString());
    const QString difficulty = ex.value(QStringLiteral("difficulty")).toString();
    const bool easy = difficulty == QLatin1String("easy");
    QString scenarioText;
    for (const auto &s : ExerciseKey::scenarios()) {
        if (s.name == ex.value(QStringLiteral("scenario")).toString())
            scenarioText = l.zh() ? s.zh : s.en;
    }
    const QString difficultyText = difficulty == QLatin1String("easy")     ? l.t("easy", "初级")
                                   : difficulty == QLatin1String("medium") ? l.t("medium", "中级")
                                                                           : l.t("hard", "高级");
    QString h;
    h += QStringLiteral(
             "<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>%2</title>\n")
             .arg(l.code(), esc(l.t("DialTrace exercise", "呼叫溯源训练练习")));
    h += QStringLiteral(
        "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.5}"
        "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2em .5em;text-align:left}"
        "code{background:#eee;padding:0 .2em}.q{margin:1em 0}.hint{color:#555}</style>\n</head>\n<body>\n");
    h += QStringLiteral("<h1>%1</h1>\n").arg(esc(l.t("Exercise: %1", "训练练习：%1").arg(scenarioText)));
    h += QStringLiteral("<p>%1</p>\n")
             .arg(esc(l.t("Difficulty: %1 · exercise %2-%3-%4", "难度：%1 · 练习编号 %2-%3-%4")
                          .arg(difficultyText, ex.value(QStringLiteral("scenario")).toString(), difficulty,
                               ex.value(QStringLiteral("seed")).toString())));

    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(l.t("1. The situation", "一、案情")));
    h +=
        QStringLiteral("<p>%1</p>\n")
            .arg(esc(
                l.t("Residents have complained about unwanted calls. The records below were obtained for the "
                    "%1 days from %2 (times are Beijing time). The following operations are known so far:",
                    "群众反映近期频繁接到骚扰电话。侦查中调取了自 %2 起 %1 天的下列数据（时间均为北京时间）。"
                    "目前已掌握以下线索：")
                    .arg(ex.value(QStringLiteral("days")).toInt())
                    .arg(ex.value(QStringLiteral("first_day")).toString())));
    h += QStringLiteral("<ul>\n");
    for (const auto &v : key.value(QStringLiteral("operations")).toArray()) {
        const QJsonObject o = v.toObject();
        const QJsonObject intro = o.value(QStringLiteral("intro")).toObject();
        const QString number = intro.value(QStringLiteral("number")).toString();
        const QString line =
            intro.contains(QStringLiteral("complaint_row"))
                ? l.t("Operation %1: on %2 a resident complained about calls from %3 (%4).",
                      "团伙 %1：%2，有群众举报号码 %3 来电骚扰（%4）。")
                      .arg(o.value(QStringLiteral("letter")).toString(),
                           localTime(intro.value(QStringLiteral("complaint_utc")).toInteger()), number,
                           intro.value(QStringLiteral("complaint_row")).toString())
                : l.t("Operation %1: the number %2 stands out in the call records.",
                      "团伙 %1：话单中号码 %2 呼叫异常。")
                      .arg(o.value(QStringLiteral("letter")).toString(), number);
        h += QStringLiteral("<li>%1</li>\n").arg(esc(line));
    }
    h += QStringLiteral("</ul>\n<p>%1</p>\n")
             .arg(esc(l.t("Other operations and ordinary callers may be in the same records.",
                          "同一批数据中可能还有其他团伙和正常来电。")));

    h += QStringLiteral("<h2>%1</h2>\n<table>\n<tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n")
             .arg(esc(l.t("2. The files (folder files/)", "二、数据文件（files 文件夹）")),
                  esc(l.t("File", "文件")), esc(l.t("What it is", "内容")), esc(l.t("Rows", "行数")),
                  esc(l.t("List acquired", "名单获取日期")));
    for (const auto &v : key.value(QStringLiteral("files")).toArray()) {
        const QJsonObject f = v.toObject();
        h += QStringLiteral("<tr><td><code>%1</code></td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                 .arg(esc(f.value(QStringLiteral("file")).toString()), esc(fileKind(f, l)))
                 .arg(f.value(QStringLiteral("rows")).toInteger())
                 .arg(esc(f.value(QStringLiteral("acquired")).toString()));
    }
    h +=
        QStringLiteral("</table>\n<p>%1</p>\n")
            .arg(esc(l.t(
                "Files are as seized: their layouts and encodings differ, and a device's clock may be wrong. "
                "Create a case, import every file (give each list its acquisition date), and analyse it:",
                "文件保持扣押时的原样：格式和编码各不相同，设备时钟也可能不准。请新建案件，导入全部文件"
                "（为每份名单填写获取日期），再进行分析：")));
    h += QStringLiteral("<pre>dialtrace-cli new exercise.dtcase\n"
                        "dialtrace-cli import exercise.dtcase files/FILE --acquired YYYY-MM-DD\n"
                        "dialtrace-cli analyze exercise.dtcase</pre>\n");

    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(l.t("3. Questions", "三、问题")));
    for (const auto &v : key.value(QStringLiteral("questions")).toArray()) {
        const QJsonObject q = v.toObject();
        h += QStringLiteral("<div class=\"q\"><b>%1</b> %2<br/><span class=\"hint\">%3</span>")
                 .arg(esc(q.value(QStringLiteral("id")).toString()), esc(questionText(q, key, l)),
                      esc(l.t("Answer: %1.", "作答方式：%1。").arg(answerHint(q, l))));
        if (easy)
            h += QStringLiteral("<br/><span class=\"hint\">%1</span>")
                     .arg(esc(l.t("Hint: %1", "提示：%1")
                                  .arg(hint(q.value(QStringLiteral("type")).toString(), l))));
        h += QStringLiteral("</div>\n");
    }
    h +=
        QStringLiteral(
            "<h2>%1</h2>\n<p>%2</p>\n<pre>dialtrace-cli exercise answer exercise.dtcase --question Q1 "
            "--entity ENTITY [--value VALUE] [--note TEXT]</pre>\n<p>%3</p>\n")
            .arg(
                esc(l.t("4. Answering", "四、作答")),
                esc(l.t(
                    "Record each answer in the case, one entity per answer, with a note on how you found it:",
                    "请把答案记录在案件中，每条答案一个对象，并在备注中写明依据：")),
                esc(l.t("Hand the case file to your trainer when you are done.",
                        "完成后将案件文件交给教员评分。")));
    h += QStringLiteral("</body>\n</html>\n");
    return h.toUtf8();
}

QVector<ExerciseSheet::Question> ExerciseSheet::questions(const QByteArray &html)
{
    // The markup html() writes for each question: <div class="q"><b>ID</b> TEXT<br/>.
    static const QRegularExpression q(QStringLiteral("<div class=\"q\"><b>(Q[0-9]{1,3})</b> ([^<]*)<br/>"));
    QVector<Question> out;
    const QString text = QString::fromUtf8(html);
    for (auto it = q.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        // The text was escaped by toHtmlEscaped(): undo exactly that, &amp; last.
        QString t = m.captured(2);
        t.replace(QLatin1String("&lt;"), QLatin1String("<"))
            .replace(QLatin1String("&gt;"), QLatin1String(">"))
            .replace(QLatin1String("&quot;"), QLatin1String("\""))
            .replace(QLatin1String("&amp;"), QLatin1String("&"));
        out.append({m.captured(1), t.trimmed()});
    }
    return out;
}

QString ExerciseSheet::sheetFor(Database &db)
{
    Statement s = db.prepare(QStringLiteral("SELECT DISTINCT original_path FROM sources ORDER BY id"));
    QStringList tried;
    while (s.step()) {
        const QDir dir = QFileInfo(s.text(0)).absoluteDir();
        for (const QString &candidate : {dir.filePath(QStringLiteral("exercise.html")),
                                         dir.filePath(QStringLiteral("../exercise.html"))}) {
            const QString path = QDir::cleanPath(candidate);
            if (tried.contains(path))
                continue;
            tried << path;
            QFile f(path);
            if (f.open(QIODevice::ReadOnly) && !questions(f.read(4 << 20)).isEmpty())
                return path;
        }
    }
    return {};
}

} // namespace dt::training
