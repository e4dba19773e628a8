#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace dt::ui {

namespace {
const char *const kKey = "ui/language";
}

LanguageManager &LanguageManager::instance()
{
    static LanguageManager manager;
    return manager;
}

QStringList LanguageManager::availableCodes()
{
    return {QStringLiteral("system"), QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString LanguageManager::savedCode() const
{
    return QSettings().value(QLatin1String(kKey), QStringLiteral("system")).toString();
}

void LanguageManager::applySaved()
{
    apply(savedCode());
}

bool LanguageManager::setLanguage(const QString &code)
{
    QSettings().setValue(QLatin1String(kKey), code);
    return apply(code);
}

bool LanguageManager::apply(const QString &code)
{
    QString lang = code;
    if (lang == QLatin1String("system") || lang.isEmpty())
        lang = QLocale::system().name().startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN")
                                                                        : QStringLiteral("en");
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    bool ok = m_app.load(QStringLiteral(":/i18n/dialtrace_") + lang);
    if (ok) {
        QCoreApplication::installTranslator(&m_app);
        if (m_qt.load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
        m_effective = lang;
    } else {
        m_effective = QStringLiteral("en");
    }
    QLocale::setDefault(
        QLocale(m_effective == QLatin1String("zh_CN") ? QLocale::Chinese : QLocale::English,
                m_effective == QLatin1String("zh_CN") ? QLocale::China : QLocale::UnitedStates));
    return ok;
}

} // namespace dt::ui
