#include "report/printcells.h"

#include <algorithm>

namespace dt::report::detail {

void parseCell(QStringView html, const CellFonts &fonts, Cell *cell)
{
    QString &out = cell->text;
    out.reserve(html.size());
    int bold = cell->head ? 1 : 0, code = 0, sup = 0;
    int runStart = 0, runBold = bold, runCode = 0, runSup = 0;
    // Ends the run so far (a format when it is not the cell's plain text); the next run takes the
    // state as the tag just read left it.
    auto flush = [&] {
        if (out.size() > runStart && (runBold != (cell->head ? 1 : 0) || runCode || runSup)) {
            QTextCharFormat f;
            QFont font = runCode ? fonts.code : fonts.td;
            font.setBold(runBold > 0);
            f.setFont(font);
            if (runSup)
                f.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
            cell->formats.append({runStart, int(out.size()) - runStart, f});
        }
        runStart = int(out.size());
    };
    bool space = false;
    for (qsizetype i = 0; i < html.size(); ++i) {
        const QChar c = html.at(i);
        if (c == QLatin1Char('<')) {
            const qsizetype close = html.indexOf(QLatin1Char('>'), i);
            if (close < 0)
                break;
            QStringView tag = html.mid(i + 1, close - i - 1).trimmed();
            const bool ending = tag.startsWith(QLatin1Char('/'));
            if (ending)
                tag = tag.mid(1);
            qsizetype n = 0;
            while (n < tag.size() && tag.at(n).isLetterOrNumber())
                ++n;
            const QString name = tag.left(n).toString().toLower();
            const int step = ending ? -1 : 1;
            // A space before a format's change belongs to the text before it.
            if (space && !out.isEmpty() && out.back() != QChar::LineSeparator && name != QLatin1String("br"))
                out += QLatin1Char(' ');
            space = false;
            if (name == QLatin1String("br")) {
                out += QChar::LineSeparator;
                space = false;
            } else if (name == QLatin1String("b") || name == QLatin1String("strong")) {
                flush();
                runBold = bold = std::max(0, bold + step);
            } else if (name == QLatin1String("code")) {
                flush();
                runCode = code = std::max(0, code + step);
            } else if (name == QLatin1String("sup")) {
                flush();
                runSup = sup = std::max(0, sup + step);
            }
            i = close;
            continue;
        }
        if (c.isSpace()) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty() && out.back() != QChar::LineSeparator)
            out += QLatin1Char(' ');
        space = false;
        if (c == QLatin1Char('&')) {
            const qsizetype semi = html.indexOf(QLatin1Char(';'), i);
            const QStringView entity = semi > i ? html.mid(i + 1, semi - i - 1) : QStringView();
            QChar decoded;
            if (entity == QLatin1String("lt"))
                decoded = QLatin1Char('<');
            else if (entity == QLatin1String("gt"))
                decoded = QLatin1Char('>');
            else if (entity == QLatin1String("amp"))
                decoded = QLatin1Char('&');
            else if (entity == QLatin1String("quot"))
                decoded = QLatin1Char('"');
            else if (entity == QLatin1String("apos") || entity == QLatin1String("#39"))
                decoded = QLatin1Char('\'');
            else if (entity == QLatin1String("nbsp"))
                decoded = QChar::Nbsp;
            else if (entity.startsWith(QLatin1Char('#'))) {
                bool ok = false;
                const uint point = entity.startsWith(QLatin1String("#x")) ? entity.mid(2).toUInt(&ok, 16)
                                                                          : entity.mid(1).toUInt(&ok, 10);
                if (ok && point > 0 && point < 0x10000)
                    decoded = QChar(char16_t(point));
            }
            if (!decoded.isNull() && entity.size() < 10) {
                out += decoded;
                i = semi;
                continue;
            }
        }
        out += c;
    }
    flush();
    cell->simple = cell->formats.isEmpty() && !out.contains(QChar::LineSeparator);
}

QString attribute(QStringView tag, QLatin1String name)
{
    const QString key = name + QStringLiteral("=\"");
    const qsizetype at = tag.indexOf(key);
    if (at < 0)
        return {};
    const qsizetype end = tag.indexOf(QLatin1Char('"'), at + key.size());
    return end < 0 ? QString() : tag.mid(at + key.size(), end - at - key.size()).toString();
}

} // namespace dt::report::detail
