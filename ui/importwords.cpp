#include "importwords.h"

#include "case/sourcewords.h"

#include <QRegularExpression>

namespace dt::ui {

QString ImportWords::kind(const QString &code)
{
    return SourceWords::kind(code);
}

QString ImportWords::format(const QString &code)
{
    return SourceWords::format(code);
}

QString ImportWords::dateOrder(const QString &code)
{
    if (code == QLatin1String("ymd"))
        return tr("year first");
    if (code == QLatin1String("dmy"))
        return tr("day/month/year");
    if (code == QLatin1String("mdy"))
        return tr("month/day/year");
    return code;
}

QString ImportWords::dateOrderBasis(const QString &code)
{
    if (code == QLatin1String("unambiguous"))
        return tr("only this order fits the dates");
    if (code == QLatin1String("inferred"))
        return tr("both orders fit; this one is far more plausible");
    if (code == QLatin1String("given"))
        return tr("as chosen");
    if (code == QLatin1String("default"))
        return tr("undecidable from the data: the default order");
    return code;
}

QString ImportWords::encodingBasis(const QString &how)
{
    if (how == QLatin1String("BOM"))
        return tr("byte-order mark");
    if (how == QLatin1String("zero-byte pattern"))
        return tr("pattern of zero bytes");
    if (how == QLatin1String("plain ASCII"))
        return tr("ASCII characters only");
    if (how == QLatin1String("valid UTF-8"))
        return tr("every byte sequence is valid UTF-8");
    if (how == QLatin1String("given"))
        return tr("as chosen");
    if (how == QLatin1String("HTML meta charset"))
        return tr("declared by the page");
    if (how == QLatin1String("xlsx (XML, UTF-8)"))
        return tr("spreadsheet, always UTF-8");
    if (how == QLatin1String("SQLite (UTF-8)"))
        return tr("SQLite database, always UTF-8");
    if (how == QLatin1String("JSON (UTF-8)"))
        return tr("JSON, always UTF-8");
    // The detector's figures (model/ingest/encoding.cpp): kept, in a sentence of ours.
    static const QRegularExpression gb(QStringLiteral("^uchardet: (.*); decodes as GB18030$"));
    static const QRegularExpression bad(
        QStringLiteral("^uchardet: (.*); UTF-8 with (\\d+) invalid byte\\(s\\)$"));
    const auto detected = [](const QString &name) {
        return name == QLatin1String("unknown") || name.isEmpty() ? tr("no answer") : name;
    };
    if (const auto m = gb.match(how); m.hasMatch())
        return tr("decodes as GB18030 (the character-set detector says %1)").arg(detected(m.captured(1)));
    if (const auto m = bad.match(how); m.hasMatch())
        return tr("UTF-8 with %1 invalid byte(s) (the character-set detector says %2)")
            .arg(m.captured(2), detected(m.captured(1)));
    return how;
}

} // namespace dt::ui
