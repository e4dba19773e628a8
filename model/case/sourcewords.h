#pragma once
// A source's kind and format as a reader reads them. The case, the CLI and --format keep the codes
// ("calls", "delimited", "carrier-cdr"); the GUI's tables and the reports write the generic ones as
// words in their reader's language. A named export's format stays its code: it names that export
// exactly, as --format takes it.
#include "core/language.h"

#include <QString>

namespace dt {

class SourceWords
{
public:
    /// "calls", "leak", "complaints" → "call records" / "通话记录", …; another code as it is.
    static QString kind(const QString &code, Language lang);
    /// "delimited", "json", "xlsx" → "delimited text" / "分隔符文本", …; another code as it is.
    static QString format(const QString &code, Language lang);

    /// The same in the interface's language.
    static QString kind(const QString &code) { return kind(code, interfaceLanguage()); }
    static QString format(const QString &code) { return format(code, interfaceLanguage()); }
};

} // namespace dt
