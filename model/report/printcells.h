#pragma once
// The cells of a report's tables as report::PrintFlow sets them (not a public interface): the
// text of a cell's HTML with its inline formats.
#include <QFont>
#include <QList>
#include <QString>
#include <QStringView>
#include <QTextLayout>

namespace dt::report::detail {

/// A table cell's text with its inline formats (bold, code, superscript) and its line breaks.
struct Cell
{
    QString text;
    QList<QTextLayout::FormatRange> formats;
    bool head = false;   ///< a <th>: bold on a shaded ground
    qreal natural = 0;   ///< its widest line, unbroken (device units)
    bool simple = false; ///< one line without formats: measured and drawn by QFontMetrics/drawText
};

/// The fonts of a printed table's cells.
struct CellFonts
{
    QFont td, th, code;
};

/// The text of a cell's HTML (@p html, between its <td> and </td>) with its formats into @p cell:
/// entities decoded, white space collapsed, <br/> as a line separator, <b>, <code> and <sup> as
/// formats in @p fonts.
void parseCell(QStringView html, const CellFonts &fonts, Cell *cell);
/// The attribute @p name of an HTML start tag, or empty.
QString attribute(QStringView tag, QLatin1String name);

} // namespace dt::report::detail
