#pragma once
#include <functional>
#include <QString>

namespace dt::report {

/**
 * The first part of a report's HTML (as report::Report makes it) for an on-screen preview. A big
 * case's report is megabytes of HTML whose layout would take seconds on the GUI thread; the preview
 * shows a part of about a given size instead, while the export writes the whole report.
 */
class PreviewExcerpt
{
public:
    struct Result
    {
        QString html;         ///< the whole report, or its first part closed as a document
        bool partial = false; ///< the report was cut
        qsizetype shown = 0;  ///< characters of the report shown, from its start
        qsizetype total = 0;  ///< characters of the report
    };
    /**
     * The report @p html unchanged when it holds at most @p budget characters; otherwise its first
     * part, cut at a section or a table row at or before @p budget (a table is closed after its last
     * whole row; never inside a row or a tag), with the block @p note gives for the characters shown
     * and the report's (saying so) at the top and at the end of the part. When no boundary comes
     * before @p budget, the first one after it.
     */
    using NoteFn = std::function<QString(qsizetype shown, qsizetype total)>;
    static Result cut(const QString &html, qsizetype budget, const NoteFn &note);
    /**
     * @p html with every table of more than @p maxRows rows in its body split into consecutive
     * tables of at most @p maxRows rows, each opened as the original (its tag, its header rows
     * repeated); every row kept, in order. A viewer lays a table out in one step, so a long table
     * would hold it for as long as all its rows take (the report's writer never nests tables).
     */
    static QString splitTables(const QString &html, int maxRows);
};

} // namespace dt::report
