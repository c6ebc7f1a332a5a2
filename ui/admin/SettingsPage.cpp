#include "ui/admin/SettingsPage.h"

#include "ui/session/IdleLock.h"
#include "ui/session/LanguageSwitcher.h"
#include "ui/widgets/PageTitle.h"

#include "alipay/GatewayConfig.h"
#include "services/admin/ConsoleSettings.h"
#include "services/admin/DatabasePassword.h"
#include "services/system/NetworkProxy.h"
#include "store/StoreConfig.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace DepositDesk {

namespace {

const QList<Environment> Environments{Environment::Production, Environment::AlipaySandbox,
                                      Environment::LocalUrl};

} // namespace

SettingsPage::SettingsPage(ConsoleSettings &settings, LanguageSwitcher &languages, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_languages(languages)
{
    setObjectName(QStringLiteral("settingsPage"));
    m_title = new QLabel(this);
    setPageTitleFont(m_title);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    m_environment = new QComboBox(this);
    m_environment->setObjectName(QStringLiteral("settingsEnvironment"));
    for (Environment environment : Environments)
        m_environment->addItem(QString(), int(environment));
    m_localUrl = new QLineEdit(this);
    m_localUrl->setObjectName(QStringLiteral("settingsLocalUrl"));
    m_localUrl->setPlaceholderText(QStringLiteral("http://127.0.0.1:8080/gateway.do"));
    m_appId = new QLineEdit(this);
    m_appId->setObjectName(QStringLiteral("settingsAppId"));
    m_appId->setPlaceholderText(QStringLiteral("2021000000000000"));
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("settingsDatabase"));
    m_databasePassword = new QLineEdit(this);
    m_databasePassword->setObjectName(QStringLiteral("settingsDatabasePassword"));
    m_databasePassword->setEchoMode(QLineEdit::Password);
    m_passwords = new DatabasePassword(this);
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("settingsTimeout"));
    m_timeout->setRange(1, 600);
    m_proxy = new QLineEdit(this);
    m_proxy->setObjectName(QStringLiteral("settingsProxy"));
    m_idleMinutes = new QSpinBox(this);
    m_idleMinutes->setObjectName(QStringLiteral("settingsIdleMinutes"));
    m_idleMinutes->setRange(IdleLock::MinMinutes, IdleLock::MaxMinutes);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_language->addItem(QString(), QString());
    const QStringList languageNames = LanguageSwitcher::availableLanguages();
    for (const QString &language : languageNames)
        m_language->addItem(LanguageSwitcher::nativeName(language), language);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (QWidget *field :
         {static_cast<QWidget *>(m_environment), static_cast<QWidget *>(m_localUrl),
          static_cast<QWidget *>(m_appId), static_cast<QWidget *>(m_database),
          static_cast<QWidget *>(m_databasePassword), static_cast<QWidget *>(m_timeout),
          static_cast<QWidget *>(m_proxy), static_cast<QWidget *>(m_idleMinutes),
          static_cast<QWidget *>(m_language)})
        m_form->addRow(new QLabel(this), field);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("settingsSave"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_save);

    auto *column = new QVBoxLayout;
    column->addWidget(m_title);
    column->addWidget(m_intro);
    column->addSpacing(8);
    column->addLayout(m_form);
    column->addSpacing(8);
    column->addLayout(buttons);
    column->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(column, 3);
    layout->addStretch(1);

    connect(m_environment, &QComboBox::currentIndexChanged, this, &SettingsPage::updateFields);
    connect(m_database, &QLineEdit::textChanged, this, &SettingsPage::updateFields);
    connect(m_passwords, &DatabasePassword::stored, this, [this](bool ok, const QString &message) {
        if (ok) {
            m_message->setStyleSheet(QString());
            m_message->setText(tr("Saved. The database password is in the system "
                                  "keychain. The environment, app ID and database apply "
                                  "from the next start of DepositDesk."));
        } else {
            m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
            m_message->setText(tr("The settings were saved, but the database password "
                                  "could not be stored in the system keychain: %1 Enter "
                                  "it again once the keychain is available.")
                                   .arg(message));
        }
        Q_EMIT databasePasswordStored(ok);
    });
    connect(m_language, &QComboBox::activated, this, &SettingsPage::applyLanguage);
    connect(&m_languages, &LanguageSwitcher::languageChanged, this,
            &SettingsPage::updateLanguageChoice);
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    load();
    retranslateUi();
}

void SettingsPage::load()
{
    m_environment->setCurrentIndex(int(Environments.indexOf(m_settings.environment())));
    m_localUrl->setText(m_settings.localGatewayUrl().toString());
    m_appId->setText(m_settings.appId());
    m_database->setText(m_settings.database());
    m_databasePassword->clear();
    m_timeout->setValue(qMax(1, m_settings.callTimeoutMs() / 1000));
    m_proxy->setText(m_settings.proxy());
    const int idle = m_settings.idleLockMinutes();
    m_idleMinutes->setValue(idle >= IdleLock::MinMinutes && idle <= IdleLock::MaxMinutes ? idle
                                                                                         : 10);
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_settings.language())));
    m_message->clear();
    updateFields();
}

void SettingsPage::updateFields()
{
    m_localUrl->setEnabled(m_environment->currentData().toInt() == int(Environment::LocalUrl));
    // A password only means something for PostgreSQL (a setting with "=").
    m_databasePassword->setEnabled(m_database->text().contains(u'='));
}

void SettingsPage::applyLanguage()
{
    const QString chosen = m_language->currentData().toString();
    m_languages.setLanguage(chosen.isEmpty() ? LanguageSwitcher::languageFor(QLocale::system())
                                             : chosen);
}

void SettingsPage::updateLanguageChoice(const QString &language)
{
    // "Same as the system" stays chosen while it gives this language.
    if (m_language->currentIndex() == 0 &&
        LanguageSwitcher::languageFor(QLocale::system()) == language)
        return;
    m_language->setCurrentIndex(qMax(0, m_language->findData(language)));
}

QString SettingsPage::problem() const
{
    if (m_environment->currentData().toInt() == int(Environment::LocalUrl)) {
        const QUrl url(m_localUrl->text().trimmed());
        const bool web = url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https");
        if (!web || url.host().isEmpty())
            return tr("The local gateway address must be an http(s) URL such as "
                      "http://127.0.0.1:8080/gateway.do.");
        if (url.scheme() == u"http" && !GatewayConfig::isLoopbackHost(url.host()))
            return tr("Plain http is only allowed to this computer (127.0.0.1). Use https for "
                      "another computer.");
    }
    const QString appId = m_appId->text().trimmed();
    static const QRegularExpression digits(QStringLiteral("^[0-9]{16}$"));
    if (!appId.isEmpty() && !digits.match(appId).hasMatch())
        return tr("The app ID has 16 digits; copy it from the Alipay open platform.");
    QString error;
    if (const QString database = m_database->text().trimmed();
        !database.isEmpty() && !StoreConfig::fromSetting(database, &error))
        return error;
    if (!m_databasePassword->text().isEmpty() && !m_database->text().contains(u'='))
        return tr("A database password is only used with a PostgreSQL database "
                  "(host=… dbname=… user=…).");
    if (const NetworkProxy::Parsed proxy = NetworkProxy::parse(m_proxy->text()); !proxy.ok())
        return proxy.error;
    return {};
}

bool SettingsPage::save()
{
    const QString why = problem();
    m_failed = !why.isEmpty();
    if (m_failed) {
        m_message->setText(why);
        m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
        return false;
    }
    m_settings.setEnvironment(Environment(m_environment->currentData().toInt()));
    m_settings.setLocalGatewayUrl(QUrl(m_localUrl->text().trimmed()));
    m_settings.setAppId(m_appId->text());
    // The password goes to the keychain: typed in its field, or (from older habits) written
    // into the setting, which is then kept without it.
    QString database = m_database->text().trimmed();
    QString password = m_databasePassword->text();
    std::optional<StoreConfig> postgres;
    if (database.contains(u'=')) {
        postgres = StoreConfig::fromSetting(database);
        if (postgres && !postgres->password.isEmpty()) {
            if (password.isEmpty())
                password = postgres->password;
            postgres->password.clear();
            database = postgres->toSetting();
            m_database->setText(database);
        }
    }
    m_databasePassword->clear();
    m_settings.setDatabase(database);
    m_settings.setCallTimeoutMs(m_timeout->value() * 1000);
    m_settings.setProxy(m_proxy->text());
    // The proxy applies to the next call at once.
    if (const NetworkProxy::Parsed proxy = NetworkProxy::apply(m_settings.proxy()); !proxy.ok())
        qWarning("%s", qUtf8Printable(proxy.error));
    m_settings.setIdleLockMinutes(m_idleMinutes->value());
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.sync();
    m_message->setStyleSheet(QString());
    if (postgres && !password.isEmpty()) {
        m_message->setText(tr("Saved. Storing the database password in the system keychain…"));
        m_passwords->store(*postgres, password);
        password.fill(u'\0');
    } else {
        m_message->setText(tr("Saved. The environment, app ID and database apply from the next "
                              "start of DepositDesk."));
    }
    Q_EMIT saved();
    return true;
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SettingsPage::retranslateUi()
{
    m_title->setText(tr("Settings"));
    m_intro->setText(tr("Where this desk sends its Alipay calls and where it keeps its orders. "
                        "The app's keys are not set here: they are kept in the system keychain."));
    m_environment->setItemText(0, tr("Production (real customers, real money)"));
    m_environment->setItemText(1, tr("Alipay sandbox"));
    m_environment->setItemText(2, tr("Local gateway (a sandbox on this network)"));
    m_language->setItemText(0, tr("Same as the system"));
    m_timeout->setSuffix(tr(" s"));
    //: Settings: suffix of the idle lock's minutes
    m_idleMinutes->setSuffix(tr(" min"));
    m_idleMinutes->setToolTip(tr("Without keyboard or mouse use for this long, the desk hides "
                                 "its work and asks for the password again (1 to 120 minutes)."));
    const QStringList labels{tr("&Environment:"), tr("&Local gateway URL:"), tr("&App ID:"),
                             tr("&Database:"),    tr("Database pass&word:"), tr("Call &timeout:"),
                             tr("&Proxy:"),       tr("Lock when &idle:"),    tr("Lan&guage:")};
    for (int row = 0; row < labels.size(); ++row) {
        auto *label = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget());
        label->setText(labels.at(row));
        label->setBuddy(m_form->itemAt(row, QFormLayout::FieldRole)->widget());
    }
    m_database->setPlaceholderText(tr("Empty: %1 (or a PostgreSQL setting host=… dbname=… user=…)")
                                       .arg(StoreConfig::defaultSqlite().path));
    m_database->setToolTip(tr("PostgreSQL: host=… port=… dbname=… user=… and, for a server on "
                              "another computer, sslmode=verify-full sslrootcert=<the server's "
                              "root certificate>. Without sslmode the connection is verify-full "
                              "when a root certificate is given, else require (prefer for this "
                              "computer). The password belongs in the field below."));
    m_databasePassword->setPlaceholderText(
        tr("Kept in the system keychain; leave empty to keep the stored one"));
    m_proxy->setPlaceholderText(tr("Empty: the system's proxy"));
    m_proxy->setToolTip(tr("How this desk reaches Alipay: empty for the system's proxy, \"none\" "
                           "for a direct connection, or http://host:port or socks5://host:port. "
                           "Addresses of this computer are always reached directly."));
    m_save->setText(tr("&Save"));
    if (!m_message->text().isEmpty())
        m_message->setText(m_failed ? problem()
                                    : tr("Saved. The environment, app ID and "
                                         "database apply from the next start of "
                                         "DepositDesk."));
}

} // namespace DepositDesk
