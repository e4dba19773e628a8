#include "ingest/fieldmap.h"

#include "core/text.h"
#include "ingest/valueparsers.h"
#include "phone/idcard.h"
#include "phone/maskedphone.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace dt::ingest {

namespace {

struct FieldInfo
{
    Field field;
    const char *name;
    const char *synonyms; ///< '|' separated, compared after normalisation
};

// Synonyms seen in carrier bills, PBX exports, forensic tools, research data sets and leaked lists.
const FieldInfo kFields[] = {
    {Field::Caller, "caller",
     "主叫号码|主叫|主叫号|主叫方|呼叫号码|src|from|caller|calling|callnum|callingnumber|anumber|"
     "callernumber|callerid|source|calleridnumber"},
    {Field::Callee, "callee",
     "被叫号码|被叫|被叫号|被叫方|dst|to|callee|called|callednumber|recnum|bnumber|destination|"
     "destinationnumber|target|calledid"},
    {Field::Local, "local",
     "本机号码|本机|本方号码|机主号码|用户号码|查询号码|phonenom|msisdn|ownnumber|localnumber|callnumber"},
    {Field::Other, "other",
     "对方号码|对方|对端号码|对端|通话对方|oppositenom|othernumber|correspondentid|address|remotenumber|"
     "otherparty"},
    {Field::Direction, "direction",
     "呼叫类型|通话类型|呼叫方向|通信类型|calltypeid|direction|type|calltype|interaction|callkind|inout"},
    {Field::Start, "start",
     "开始时间|通话开始时间|起始时间|通话起始时间|通话时间|呼叫时间|时间|日期时间|举报时间|投诉时间|start|"
     "startdatetime|datetime|date|starttime|startstamp|calldate|time|timestamp|zdate"},
    {Field::Duration, "duration",
     "通话时长|时长|通话时长秒|时长秒|通话秒数|duration|billsec|calldur|callduration|durationseconds|"
     "talktime|seconds|zduration"},
    {Field::DurationMs, "duration_ms", "durationms|时长毫秒|通话时长毫秒"},
    {Field::Disposition, "disposition", "disposition|hangupcause|状态|通话状态|answered|接通"},
    {Field::Imei, "imei", "imei|imeim|设备号|终端imei|终端号|imei号"},
    {Field::Lac, "lac", "lac|位置区|位置区码|lacid|基站lac|callinlac|通话所在lac|所在lac"},
    {Field::Cell, "cell",
     "cellid|ci|基站|基站号|antennaid|cell|小区|小区号|callincellid|基站编号|通话所在cellid|所在cellid"},
    {Field::Name, "name", "姓名|名字|name|客户姓名|业主姓名|家长姓名|联系人|用户名|户主|fullname"},
    {Field::Phone, "phone",
     "手机|手机号|手机号码|电话|电话号码|联系电话|家长电话|phone|mobile|tel|联系方式|phonenumber|mobilephone|"
     "手机号码1"},
    {Field::IdCard, "id_card",
     "身份证号|身份证|身份证号码|证件号|证件号码|idcard|idnumber|idno|公民身份号码|身份证号码码"},
    {Field::Address, "address", "地址|详细地址|住址|家庭住址|联系地址|小区名称|楼栋房号|所在小区"},
    {Field::City, "city", "城市|所在城市|所在省份|省份|city|cityname|countyname|地区|区县"},
    {Field::Reported, "reported",
     "被举报号码|举报号码|被投诉号码|投诉号码|reported|reportednumber|companyphonenumber|number|骚扰号码"},
    {Field::Complainant, "complainant",
     "举报人号码|投诉人号码|举报人|投诉人|reporter|complainant|consumerphonenumber|用户号码举报"},
    {Field::Category, "category", "举报类型|投诉类型|类型|category|subject|issue|recordedmessageorrobocall"},
    {Field::Text, "text", "举报内容|投诉内容|内容|描述|text|description|content|备注"},
};

QString norm(QString s)
{
    s = s.toLower();
    s.remove(QRegularExpression(QStringLiteral("[\\s_\\-()（）.:：\\[\\]【】/\"']")));
    return s;
}

bool isPhoneLike(const QString &v)
{
    QString d;
    for (QChar c : v) {
        if (c.isDigit())
            d += c;
        else if (c != QLatin1Char('+') && c != QLatin1Char('-') && c != QLatin1Char(' '))
            return MaskedPhone::parse(v).isValid();
    }
    return d.size() >= 7 && d.size() <= 15;
}

} // namespace

QString fieldName(Field f)
{
    for (const auto &fi : kFields) {
        if (fi.field == f)
            return QString::fromLatin1(fi.name);
    }
    return {};
}

bool fieldFromName(const QString &name, Field *f)
{
    for (const auto &fi : kFields) {
        if (name == QLatin1String(fi.name)) {
            *f = fi.field;
            return true;
        }
    }
    return false;
}

QJsonObject Mapping::toJson(const QStringList &headers) const
{
    QJsonObject o;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        const int col = it.value();
        o.insert(fieldName(Field(it.key())), col < headers.size() && !headers.at(col).isEmpty()
                                                 ? headers.at(col)
                                                 : QStringLiteral("#%1").arg(col + 1));
    }
    return o;
}

Mapping FieldMapper::fromHeader(const QStringList &headers)
{
    Mapping m;
    QVector<QString> normalized;
    for (const QString &h : headers)
        normalized.push_back(norm(h));
    // Exact synonyms first, then containment, never reusing a column.
    QSet<int> used;
    for (int pass = 0; pass < 2; ++pass) {
        for (const auto &fi : kFields) {
            if (m.has(fi.field))
                continue;
            const QStringList syns = QString::fromUtf8(fi.synonyms).split(QLatin1Char('|'));
            for (int c = 0; c < normalized.size() && !m.has(fi.field); ++c) {
                if (used.contains(c) || normalized.at(c).isEmpty())
                    continue;
                for (const QString &s : syns) {
                    const bool hit = pass == 0 ? normalized.at(c) == s
                                               : (s.size() >= 2 && normalized.at(c).contains(s) &&
                                                  !s.isEmpty() && QChar(s.at(0)).unicode() >= 0x4E00);
                    if (hit) {
                        m.set(fi.field, c, pass == 0 ? 1.0 : 0.7);
                        used.insert(c);
                        break;
                    }
                }
            }
        }
    }
    return m;
}

bool FieldMapper::looksLikeHeader(const QStringList &row)
{
    int dataLike = 0, headerLike = 0;
    for (const QString &v : row) {
        if (isPhoneLike(v) || parseLocalTime(v).has_value() || IdCard::parse(v).valid)
            ++dataLike;
        else if (!v.isEmpty())
            ++headerLike;
    }
    const Mapping m = fromHeader(row);
    return dataLike == 0 && (m.columns.size() >= 1 || headerLike == row.size());
}

Mapping FieldMapper::fromContent(const QVector<QStringList> &rows)
{
    Mapping m;
    if (rows.isEmpty())
        return m;
    const int cols = int(rows.front().size());
    QVector<int> phone(cols), name(cols), id(cols), time(cols), dir(cols), num(cols);
    for (const auto &r : rows) {
        for (int c = 0; c < cols && c < r.size(); ++c) {
            const QString &v = r.at(c);
            phone[c] += isPhoneLike(v);
            name[c] += isChineseName(v);
            id[c] += v.size() == 18 && (IdCard::parse(v).valid || IdCard::parse(v).masked);
            time[c] += parseLocalTime(v).has_value() && !v.trimmed().isEmpty() && v.size() > 8;
            dir[c] += parseDirection(v) != Direction::Unknown && !v.at(0).isDigit();
            num[c] += !v.isEmpty() && v.toLongLong() >= 0 && v.size() <= 6 && v.at(0).isDigit();
        }
    }
    const int n = int(rows.size());
    auto best = [&](const QVector<int> &score, QSet<int> &taken) {
        int bestCol = -1, bestScore = 0;
        for (int c = 0; c < cols; ++c) {
            if (!taken.contains(c) && score[c] > bestScore)
                bestScore = score[c], bestCol = c;
        }
        if (bestCol >= 0 && bestScore * 2 >= n) {
            taken.insert(bestCol);
            return std::pair<int, double>(bestCol, double(bestScore) / n);
        }
        return std::pair<int, double>(-1, 0.0);
    };
    QSet<int> taken;
    if (auto [c, conf] = best(id, taken); c >= 0)
        m.set(Field::IdCard, c, conf * 0.9);
    if (auto [c, conf] = best(time, taken); c >= 0)
        m.set(Field::Start, c, conf * 0.9);
    if (auto [c, conf] = best(dir, taken); c >= 0)
        m.set(Field::Direction, c, conf * 0.9);
    if (auto [c, conf] = best(name, taken); c >= 0)
        m.set(Field::Name, c, conf * 0.8);
    auto [p1, c1] = best(phone, taken);
    auto [p2, c2] = best(phone, taken);
    if (p1 >= 0 && p2 >= 0 && m.has(Field::Start) && !m.has(Field::Name) && !m.has(Field::IdCard)) {
        m.set(Field::Caller, std::min(p1, p2), 0.6);
        m.set(Field::Callee, std::max(p1, p2), 0.6);
    } else if (p1 >= 0) {
        m.set(Field::Phone, p1, c1 * 0.8);
    }
    if (m.has(Field::Start)) {
        if (auto [c, conf] = best(num, taken); c >= 0)
            m.set(Field::Duration, c, conf * 0.6);
    }
    return m;
}

bool FieldMapper::applyOverrides(Mapping *m, const QString &spec, const QStringList &headers, QString *error)
{
    for (const QString &part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        Field f;
        if (eq <= 0 || !fieldFromName(part.left(eq).trimmed(), &f)) {
            QStringList names;
            for (const auto &fi : kFields)
                names << QString::fromLatin1(fi.name);
            if (error)
                *error = tr("--map: '%1' is not field=Column; fields are %2")
                             .arg(part, names.join(QStringLiteral(", ")));
            return false;
        }
        const QString col = part.mid(eq + 1).trimmed();
        if (!m) // the spelling only
            continue;
        if (col.isEmpty()) { // "field=": the analyst says the file has no such column
            m->columns.remove(int(f));
            m->confidence.remove(int(f));
            continue;
        }
        int index = int(headers.indexOf(col));
        bool isNumber = false;
        const int n = col.toInt(&isNumber);
        if (index < 0 && isNumber && n >= 1 && n <= headers.size())
            index = n - 1;
        if (index < 0) {
            if (error)
                *error =
                    tr("--map: no column '%1' (columns: %2)").arg(col, headers.join(QStringLiteral(", ")));
            return false;
        }
        m->set(f, index, 1.0);
    }
    return true;
}

} // namespace dt::ingest
