#pragma once
#include <QObject>
#include <QString>
#include <QTranslator>

namespace dt::ui {

/**
 * Chooses the interface language: the system locale by default, or the one saved in settings.
 * Installing a translator sends QEvent::LanguageChange, so every widget retranslates live.
 */
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    static LanguageManager &instance();

    /// Codes offered in settings: "system", "en", "zh_CN".
    static QStringList availableCodes();
    /// The saved choice ("system" when none).
    QString savedCode() const;
    /// Applies and saves @p code. Returns false when the translation could not be loaded.
    bool setLanguage(const QString &code);
    void applySaved();
    /// The language actually in effect ("en" or "zh_CN").
    QString effectiveLanguage() const { return m_effective; }

private:
    LanguageManager() = default;
    bool apply(const QString &code);
    QTranslator m_app;
    QTranslator m_qt;
    QString m_effective = QStringLiteral("en");
};

} // namespace dt::ui
