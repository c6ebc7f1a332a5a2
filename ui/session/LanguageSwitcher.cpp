#include "ui/session/LanguageSwitcher.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontInfo>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace DepositDesk {

namespace {

const QString Chinese = QStringLiteral("zh_CN");
const QString English = QStringLiteral("en");

} // namespace

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent)
{
    preferSimplifiedChineseFont();
}

LanguageSwitcher::~LanguageSwitcher()
{
    removeTranslators();
}

QStringList LanguageSwitcher::availableLanguages()
{
    return {Chinese, English};
}

QString LanguageSwitcher::languageFor(const QLocale &locale)
{
    // uiLanguages() lists what the user reads, most preferred first (zh-CN, zh-Hans-CN, ...).
    const QStringList preferred = locale.uiLanguages();
    for (const QString &name : preferred) {
        const QLocale candidate(name);
        if (candidate.language() == QLocale::Chinese)
            return Chinese;
        if (candidate.language() == QLocale::English)
            return English;
    }
    return English;
}

QString LanguageSwitcher::nativeName(const QString &language)
{
    if (language == Chinese)
        return QStringLiteral("简体中文");
    if (language == English)
        return QStringLiteral("English");
    return language;
}

bool LanguageSwitcher::setLanguage(const QString &language)
{
    if (!availableLanguages().contains(language))
        return false;
    if (language == m_language)
        return true;

    auto appTranslator = std::make_unique<QTranslator>();
    if (!appTranslator->load(QStringLiteral(":/i18n/depositdesk_%1.qm").arg(language)))
        return false;
    // Qt's own catalog is optional (qt6-translations-l10n); English needs none.
    auto qtTranslator = std::make_unique<QTranslator>();
    if (!qtTranslator->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qtTranslator.reset();

    removeTranslators();
    // Dates and numbers follow the language too ("2026年11月24日", not "24 Nov 2026"); set before
    // the translators, whose LanguageChange makes every widget format its text again.
    QLocale::setDefault(QLocale(language));
    m_appTranslator = std::move(appTranslator);
    QCoreApplication::installTranslator(m_appTranslator.get());
    m_qtTranslator = std::move(qtTranslator);
    if (m_qtTranslator)
        QCoreApplication::installTranslator(m_qtTranslator.get());
    m_language = language;
    emit languageChanged(m_language);
    return true;
}

void LanguageSwitcher::preferSimplifiedChineseFont()
{
    // fonts-noto-cjk first; the others are what other distributions ship.
    const QStringList candidates{
        QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
        QStringLiteral("Source Han Sans CN"), QStringLiteral("WenQuanYi Micro Hei")};
    const QStringList installed = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    for (const QString &family : candidates) {
        if (!installed.contains(family))
            continue;
        QFont font = QGuiApplication::font();
        // Latin text keeps the desktop's font (resolved: "Sans Serif" is only an alias); what
        // it lacks comes from the Chinese face.
        const QString desktopFamily = QFontInfo(font).family();
        if (desktopFamily != family) {
            font.setFamilies({desktopFamily, family});
            QGuiApplication::setFont(font);
        }
        return;
    }
}

void LanguageSwitcher::removeTranslators()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();
}

} // namespace DepositDesk
