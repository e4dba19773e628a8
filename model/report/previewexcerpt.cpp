#include "report/previewexcerpt.h"

#include <algorithm>
#include <QList>

namespace dt::report {

namespace {

const QLatin1String kRowEnd("</tr>\n");
const QLatin1String kTableEnd("</table>\n");

/// The last place at or before @p limit (and after @p from) where the report's body can be cut
/// between two blocks: before a heading or a table at the start of a line, or after a table.
qsizetype lastBlockBoundary(const QString &html, qsizetype from, qsizetype limit)
{
    qsizetype best = -1;
    for (const QLatin1String start :
         {QLatin1String("\n<h2"), QLatin1String("\n<h3"), QLatin1String("\n<table")}) {
        const qsizetype at = html.lastIndexOf(start, limit - 1);
        if (at >= from)
            best = std::max(best, at + 1);
    }
    const qsizetype end =
        limit >= kTableEnd.size() ? html.lastIndexOf(kTableEnd, limit - kTableEnd.size()) : -1;
    if (end >= from)
        best = std::max(best, end + kTableEnd.size());
    return best;
}

/// The first such place after @p limit, or -1.
qsizetype nextBlockBoundary(const QString &html, qsizetype limit)
{
    qsizetype best = -1;
    for (const QLatin1String start :
         {QLatin1String("\n<h2"), QLatin1String("\n<h3"), QLatin1String("\n<table")}) {
        const qsizetype at = html.indexOf(start, limit);
        if (at >= 0 && (best < 0 || at + 1 < best))
            best = at + 1;
    }
    return best;
}

} // namespace

PreviewExcerpt::Result PreviewExcerpt::cut(const QString &html, qsizetype budget, const NoteFn &note)
{
    Result r;
    r.total = html.size();
    const QLatin1String bodyTag("<body>\n");
    const qsizetype bodyAt = html.indexOf(bodyTag);
    const qsizetype bodyEnd = html.lastIndexOf(QLatin1String("</body>"));
    if (html.size() <= budget || bodyAt < 0 || bodyEnd < bodyAt + bodyTag.size()) {
        r.html = html;
        r.shown = html.size();
        return r;
    }
    const qsizetype body = bodyAt + bodyTag.size();
    const qsizetype limit = std::clamp(budget, body, bodyEnd);
    qsizetype cutAt = -1;
    QString closing;
    // Inside a table (the writer never nests them): after its last whole row, then close it.
    const qsizetype open = html.lastIndexOf(QLatin1String("<table"), limit);
    const qsizetype close = html.lastIndexOf(QLatin1String("</table>"), limit);
    if (open >= body && open > close) {
        const qsizetype rowEnd = html.lastIndexOf(kRowEnd, limit - kRowEnd.size());
        if (rowEnd > open) {
            cutAt = rowEnd + kRowEnd.size();
            const bool tbody = QStringView(html).mid(open, cutAt - open).contains(QLatin1String("<tbody>"));
            closing = tbody ? QStringLiteral("</tbody></table>\n") : QStringLiteral("</table>\n");
        } else {
            cutAt = open; // not one row fits: before the table
        }
        if (cutAt <= body) // nothing before it either: the table's first row, whatever its size
            cutAt = -1;
    }
    if (cutAt < 0)
        cutAt = lastBlockBoundary(html, body, limit);
    if (cutAt <= body) {
        closing.clear();
        cutAt = nextBlockBoundary(html, limit);
    }
    if (cutAt < 0 || cutAt >= bodyEnd) {
        r.html = html;
        r.shown = html.size();
        return r;
    }
    r.partial = true;
    r.shown = cutAt;
    const QString noteHtml = note ? note(r.shown, r.total) : QString();
    r.html.reserve(cutAt + closing.size() + 2 * noteHtml.size() + 32);
    r.html += QStringView(html).left(body);
    r.html += noteHtml;
    r.html += QStringView(html).mid(body, cutAt - body);
    r.html += closing;
    r.html += noteHtml;
    r.html += QStringLiteral("</body>\n</html>\n");
    return r;
}

QString PreviewExcerpt::splitTables(const QString &html, int maxRows)
{
    if (maxRows < 1)
        return html;
    const QLatin1String openTag("<table"), closeTag("</table>"), rowEnd("</tr>");
    QString out;
    qsizetype from = 0; // copied up to here
    qsizetype open = html.indexOf(openTag);
    while (open >= 0) {
        const qsizetype openEnd = html.indexOf(QLatin1Char('>'), open);
        const qsizetype close = openEnd < 0 ? -1 : html.indexOf(closeTag, openEnd);
        if (close < 0)
            break;
        // The body's rows follow the tag, the header rows (<thead>) and <tbody>; what follows the
        // last row (</tbody>) closes every part.
        qsizetype body = openEnd + 1;
        const qsizetype headEnd = html.indexOf(QLatin1String("</thead>"), body);
        if (headEnd >= 0 && headEnd < close)
            body = headEnd + 8;
        const qsizetype tbody = html.indexOf(QLatin1String("<tbody>"), body);
        if (tbody >= 0 && tbody < close)
            body = tbody + 7;
        qsizetype bodyEnd = html.lastIndexOf(QLatin1String("</tbody>"), close);
        if (bodyEnd < body)
            bodyEnd = close;
        QList<qsizetype> ends; // just after each row of the body (and its line break)
        for (qsizetype at = html.indexOf(rowEnd, body); at >= 0 && at < bodyEnd;
             at = html.indexOf(rowEnd, at)) {
            at += rowEnd.size();
            if (at < html.size() && html.at(at) == QLatin1Char('\n'))
                ++at;
            ends.append(at);
        }
        if (ends.size() > maxRows) {
            if (out.isEmpty())
                out.reserve(html.size() + html.size() / 8);
            const QStringView head = QStringView(html).mid(open, body - open);
            const QStringView tail = QStringView(html).mid(bodyEnd, close + closeTag.size() - bodyEnd);
            out += QStringView(html).mid(from, body - from);
            qsizetype rowsFrom = body;
            for (qsizetype i = maxRows - 1; i < ends.size() - 1; i += maxRows) {
                out += QStringView(html).mid(rowsFrom, ends.at(i) - rowsFrom);
                out += tail;
                out += QLatin1Char('\n');
                out += head;
                rowsFrom = ends.at(i);
            }
            from = rowsFrom;
        }
        open = html.indexOf(openTag, close + closeTag.size());
    }
    if (from == 0)
        return html;
    out += QStringView(html).mid(from);
    return out;
}

} // namespace dt::report
