#include "case/rejectreason.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringView>

namespace dt {

namespace {

/// Stored reasons start with this; a reason stored as text (before codes) never does.
constexpr QLatin1String kPrefix("dt-reason/1 ");

struct Def
{
    RejectReason::Code code;
    const char *name;
    int args; ///< at most 2 (text() fills them in in one call)
    bool quotesValues; ///< the arguments are values from the file (a kind leaves them out)
    const char *en, *zh;
};

// The English sentences are those the import wrote before reasons were stored as codes.
constexpr Def kDefs[] = {
    {RejectReason::Code::CallDirectionUnknown, "call_direction_unknown", 1, true,
     "unknown call direction '%1'", "呼叫方向“%1”无法识别"},
    {RejectReason::Code::CallerMissing, "caller_missing", 0, false, "no caller number", "缺少主叫号码"},
    {RejectReason::Code::CalleeMissing, "callee_missing", 0, false, "no callee number", "缺少被叫号码"},
    {RejectReason::Code::StartMissing, "start_missing", 0, false, "no start time", "缺少开始时间"},
    {RejectReason::Code::StartNotTime, "start_not_time", 1, true, "start time '%1' is not a time",
     "开始时间“%1”不是有效时间"},
    {RejectReason::Code::DurationNotDuration, "duration_not_duration", 1, true,
     "duration '%1' is not a duration", "通话时长“%1”不是有效时长"},
    {RejectReason::Code::DurationTooLong, "duration_too_long", 1, true,
     "duration '%1' is longer than any call", "通话时长“%1”超出任何通话的可能长度"},
    {RejectReason::Code::LeakNoPhoneOrId, "leak_no_phone_or_id", 0, false, "no phone number or ID number",
     "缺少电话号码和身份证号"},
    {RejectReason::Code::LeakPhoneNotNumber, "leak_phone_not_number", 1, true, "phone '%1' is not a number",
     "电话“%1”不是有效号码"},
    {RejectReason::Code::ReportedMissing, "reported_missing", 0, false, "no reported number",
     "缺少被举报号码"},
    {RejectReason::Code::ComplaintTimeNotTime, "complaint_time_not_time", 1, true, "time '%1' is not a time",
     "时间“%1”不是有效时间"},
    {RejectReason::Code::RowTooLong, "row_too_long", 2, false,
     "row longer than %1 bytes or of more than %2 fields: not read",
     "该行超过 %1 字节或多于 %2 个字段，未读取"},
    {RejectReason::Code::QuoteUnterminated, "quote_unterminated", 0, false,
     "unterminated quoted field (truncated file?)", "引号内的字段没有结束（文件可能被截断）"},
    {RejectReason::Code::OtherKinds, "other_kinds", 0, false,
     "other reasons (each row's own in the rejected rows)", "其他原因（每行各自的原因见被拒绝的行）"},
};

const Def *def(RejectReason::Code c)
{
    for (const Def &d : kDefs) {
        if (d.code == c)
            return &d;
    }
    return nullptr;
}

/// A reason stored as text without the values it quotes ('x', “x”): "duration '…' is not a duration".
QString textKind(const QString &reason)
{
    QString kind;
    kind.reserve(reason.size());
    const qsizetype n = reason.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = reason.at(i);
        qsizetype close = -1;
        if (c == QLatin1Char('\'') && (i == 0 || reason.at(i - 1).isSpace())) {
            // An opening quote, not an apostrophe: its match is a quote that ends a word.
            for (qsizetype j = i + 1; j < n && close < 0; ++j) {
                if (reason.at(j) == QLatin1Char('\'') && (j + 1 == n || !reason.at(j + 1).isLetterOrNumber()))
                    close = j;
            }
        } else if (c == QChar(0x201C)) {
            close = reason.indexOf(QChar(0x201D), i + 1);
        }
        if (close < 0) {
            kind += c;
            continue;
        }
        kind += c;
        kind += QChar(0x2026);
        kind += reason.at(close);
        i = close;
    }
    return kind;
}

/// The code and arguments of a stored value, with @p anyArgs: however many arguments (a kind
/// stores none where the sentence quotes values).
std::optional<RejectReason> parse(const QString &stored, bool anyArgs)
{
    if (!stored.startsWith(kPrefix))
        return std::nullopt;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(stored.mid(kPrefix.size()).toUtf8(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isArray() || doc.array().isEmpty())
        return std::nullopt;
    const QJsonArray a = doc.array();
    const auto code = RejectReason::fromCode(a.at(0).toString());
    if (!code)
        return std::nullopt;
    RejectReason r;
    r.c = *code;
    for (qsizetype i = 1; i < a.size(); ++i) {
        if (!a.at(i).isString())
            return std::nullopt;
        r.args << a.at(i).toString();
    }
    if (!anyArgs && r.args.size() != RejectReason::argCount(*code))
        return std::nullopt;
    return r;
}

} // namespace

QVector<RejectReason::Code> RejectReason::allCodes()
{
    QVector<Code> out;
    for (const Def &d : kDefs)
        out << d.code;
    return out;
}

QString RejectReason::code(Code c)
{
    const Def *d = def(c);
    return d ? QString::fromLatin1(d->name) : QString();
}

std::optional<RejectReason::Code> RejectReason::fromCode(const QString &name)
{
    for (const Def &d : kDefs) {
        if (name == QLatin1String(d.name))
            return d.code;
    }
    return std::nullopt;
}

int RejectReason::argCount(Code c)
{
    const Def *d = def(c);
    return d ? d->args : 0;
}

QString RejectReason::encode(Code c, const QStringList &args)
{
    // A JSON array of strings, written here rather than through QJsonDocument: an import may
    // reject millions of rows.
    QString out = kPrefix;
    out += QLatin1Char('[');
    auto append = [&out](const QString &v) {
        out += QLatin1Char('"');
        for (const QChar ch : v) {
            const char16_t u = ch.unicode();
            if (u == u'"' || u == u'\\') {
                out += QLatin1Char('\\');
                out += ch;
            } else if (u < 0x20) {
                out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
            } else {
                out += ch;
            }
        }
        out += QLatin1Char('"');
    };
    append(code(c));
    for (const QString &v : args) {
        out += QLatin1Char(',');
        append(v);
    }
    out += QLatin1Char(']');
    return out;
}

std::optional<RejectReason> RejectReason::decode(const QString &stored)
{
    return parse(stored, false);
}

QString RejectReason::text(const QString &stored, Language lang)
{
    const auto r = decode(stored);
    return r ? text(r->c, r->args, lang) : stored;
}

QString RejectReason::text(Code c, const QStringList &args, Language lang)
{
    const Def *d = def(c);
    if (!d)
        return {};
    const QString sentence = QString::fromUtf8(lang == Language::Chinese ? d->zh : d->en);
    // In one call: a value that quotes "%2" stays as it is.
    switch (d->args) {
    case 0:
        return sentence;
    case 1:
        return sentence.arg(args.value(0));
    default:
        return sentence.arg(args.value(0), args.value(1));
    }
}

QString RejectReason::kind(const QString &stored)
{
    // Each rejected row is counted: the code is read without parsing the whole value.
    const QLatin1String open("[\"");
    if (!stored.startsWith(kPrefix) || QStringView(stored).mid(kPrefix.size()).left(2) != open)
        return textKind(stored);
    const qsizetype from = kPrefix.size() + open.size();
    const qsizetype to = stored.indexOf(QLatin1Char('"'), from);
    const auto c = to < 0 ? std::nullopt : fromCode(stored.mid(from, to - from));
    if (!c)
        return textKind(stored);
    return def(*c)->quotesValues ? encode(*c) : stored;
}

QString RejectReason::kindText(const QString &kind, Language lang)
{
    const auto r = parse(kind, true);
    if (!r)
        return kind;
    const QStringList args =
        r->args.isEmpty() ? QStringList(argCount(r->c), QString(QChar(0x2026))) : r->args;
    return text(r->c, args, lang);
}

} // namespace dt
