#include "sourcewords.h"

#include <iterator>

namespace dt {

namespace {

struct Words
{
    const char *code;
    const char *en;
    const char *zh;
};

QString lookUp(const Words *table, size_t n, const QString &code, Language lang)
{
    for (size_t i = 0; i < n; ++i)
        if (code == QLatin1String(table[i].code))
            return QString::fromUtf8(lang == Language::Chinese ? table[i].zh : table[i].en);
    return code;
}

} // namespace

QString SourceWords::kind(const QString &code, Language lang)
{
    static const Words words[] = {{"calls", "call records", "通话记录"},
                                  {"leak", "leaked personal data", "泄露的个人信息"},
                                  {"complaints", "complaints", "举报"}};
    return lookUp(words, std::size(words), code, lang);
}

QString SourceWords::format(const QString &code, Language lang)
{
    static const Words words[] = {{"delimited", "delimited text", "分隔符文本"},
                                  {"json", "JSON", "JSON"},
                                  {"xlsx", "Excel workbook", "Excel 工作簿"}};
    return lookUp(words, std::size(words), code, lang);
}

} // namespace dt
