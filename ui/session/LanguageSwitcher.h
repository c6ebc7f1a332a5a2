#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class QLocale;
class QTranslator;

namespace DepositDesk {

// Installs the console's translations (and Qt's own, for standard buttons and dialogs) and
// swaps them at run time. Installing or removing a translator sends every widget a
// QEvent::LanguageChange, on which it retranslates itself (see MainWindow::changeEvent).
// Constructing one also makes Han characters come from a Simplified Chinese face whatever the
// language, since order data is Chinese either way (without it, fontconfig may pick a Japanese
// face, whose glyphs differ for many characters).
class LanguageSwitcher : public QObject
{
    Q_OBJECT

public:
    explicit LanguageSwitcher(QObject *parent = nullptr);
    ~LanguageSwitcher() override;

    // The languages the console ships, as locale names: "zh_CN", "en".
    static QStringList availableLanguages();
    // The shipped language the locale's user reads best: any Chinese locale gives "zh_CN";
    // anything else "en". For the system locale this follows LANGUAGE, LC_ALL, LC_MESSAGES, LANG.
    static QString languageFor(const QLocale &locale);
    // The language's name in that language, for menus: "简体中文", "English".
    static QString nativeName(const QString &language);

    // Empty until setLanguage() succeeded once.
    QString language() const { return m_language; }
    // Switches to one of availableLanguages(). Returns false, and keeps the current language,
    // for any other name or when its catalog cannot be loaded.
    bool setLanguage(const QString &language);

signals:
    void languageChanged(const QString &language);

private:
    static void preferSimplifiedChineseFont();
    void removeTranslators();

    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    QString m_language;
};

} // namespace DepositDesk
