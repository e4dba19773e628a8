#include "language.h"

#include <QCoreApplication>

namespace dt {

Language languageFromCode(const QString &code)
{
    return code.startsWith(QLatin1String("zh"), Qt::CaseInsensitive) ? Language::Chinese : Language::English;
}

Language interfaceLanguage()
{
    // Translated as its own language's code in each translation: the model knows the language the
    // GUI chose without the GUI.
    return languageFromCode(QCoreApplication::translate(
        "dt::Language", "en", "the code of this translation's language (zh_CN in the Chinese one)"));
}

} // namespace dt
