#pragma once
// The import's codes as the analyst reads them: the kind of a source, the order of its dates and
// why, and how its encoding was told. The codes stay in the case and the CLI's JSON; the wizard
// writes them as words in the interface's language.
#include <QCoreApplication>
#include <QString>

namespace dt::ui {

class ImportWords
{
    Q_DECLARE_TR_FUNCTIONS(dt::ui::ImportWords)
public:
    /// "calls", "leak", "complaints" → "call records", …; other codes as they are.
    static QString kind(const QString &code);
    /// A reader's format: the generic ones in words ("delimited" → "delimited text"); a named
    /// export's code (carrier-cdr, html-bill-cmcc, …) as it is, as --format takes it.
    static QString format(const QString &code);
    /// "ymd", "dmy", "mdy" → "year first", "day/month/year", "month/day/year".
    static QString dateOrder(const QString &code);
    /// "unambiguous", "inferred", "given", "default" → why the dates are read so.
    static QString dateOrderBasis(const QString &code);
    /// How the reader told the encoding ("BOM", "valid UTF-8", "uchardet: …; decodes as GB18030", …).
    static QString encodingBasis(const QString &how);
};

} // namespace dt::ui
