#include "ui/setup/SetupAssistant.h"

#include "services/admin/ConsoleSettings.h"
#include "services/admin/CredentialsAdmin.h"
#include "services/admin/FirstRunSetup.h"

#include "store/StoreConfig.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QWizardPage>

namespace DepositDesk {

namespace {

using Part = Credentials::Part;

const QString ErrorStyle = QStringLiteral("color: #b3261e;");
const QString OkStyle = QStringLiteral("color: #1d6b2f;");

QLabel *wrappedLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// The red (or green) line under a page's fields: what is wrong, or what happened.
class MessageLabel : public QLabel
{
public:
    MessageLabel(const QString &name, QWidget *parent)
        : QLabel(parent)
    {
        setObjectName(name);
        setWordWrap(true);
        setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    void showError(const QString &text)
    {
        setStyleSheet(ErrorStyle);
        setText(text);
    }
    void showOk(const QString &text)
    {
        setStyleSheet(OkStyle);
        setText(text);
    }
};

// A page whose explanation sits above its fields (the wizard's subtitle cuts longer texts).
class StepPage : public QWizardPage
{
public:
    explicit StepPage(QWidget *parent)
        : QWizardPage(parent)
        , m_intro(wrappedLabel(QStringLiteral("setupIntro"), this))
    {}

protected:
    void setIntro(const QString &text) { m_intro->setText(text); }
    QLabel *introLabel() const { return m_intro; }

private:
    QLabel *m_intro;
};

class EnvironmentStep : public StepPage
{
public:
    explicit EnvironmentStep(QWidget *parent)
        : StepPage(parent)
    {
        setObjectName(QStringLiteral("setupEnvironmentPage"));
        setTitle(SetupAssistant::tr("Welcome to DepositDesk"));
        setIntro(SetupAssistant::tr(
            "This assistant sets up this desk in a few steps. Have ready: the app_id of your "
            "Alipay application, the merchant's seller ID (2088…), the merchant private key and "
            "the Alipay public key or the three certificates, and where the orders are to be "
            "kept."));
        m_environment = new QComboBox(this);
        m_environment->setObjectName(QStringLiteral("setupEnvironment"));
        m_environment->addItem(SetupAssistant::tr("Production (real customers, real money)"),
                               int(Environment::Production));
        m_environment->addItem(SetupAssistant::tr("Alipay sandbox"),
                               int(Environment::AlipaySandbox));
        m_environment->addItem(SetupAssistant::tr("Local gateway (a sandbox on this network)"),
                               int(Environment::LocalUrl));
        m_localUrl = new QLineEdit(this);
        m_localUrl->setObjectName(QStringLiteral("setupLocalUrl"));
        m_localUrl->setPlaceholderText(QStringLiteral("http://127.0.0.1:8080/gateway.do"));
        auto *hint = wrappedLabel(QStringLiteral("setupEnvironmentHint"), this);
        hint->setText(SetupAssistant::tr(
            "The environment decides where the desk sends its Alipay calls and which keychain "
            "entry holds its keys. Choose Production for the real shop; the Alipay sandbox and a "
            "local gateway are for trying things out."));
        m_message = new MessageLabel(QStringLiteral("setupEnvironmentMessage"), this);
        auto *form = new QFormLayout;
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->addRow(SetupAssistant::tr("&Environment:"), m_environment);
        form->addRow(SetupAssistant::tr("&Local gateway URL:"), m_localUrl);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(introLabel());
        layout->addSpacing(6);
        layout->addLayout(form);
        layout->addWidget(hint);
        layout->addStretch(1);
        layout->addWidget(m_message);
        connect(m_environment, &QComboBox::currentIndexChanged, this, [this] { update(); });
        connect(m_localUrl, &QLineEdit::textChanged, this, [this] { update(); });
        registerField(QStringLiteral("environment"), m_environment, "currentData");
        registerField(QStringLiteral("localUrl"), m_localUrl);
    }

    void load(const ConsoleSettings &settings)
    {
        const int index = m_environment->findData(int(settings.environment()));
        m_environment->setCurrentIndex(qMax(0, index));
        m_localUrl->setText(settings.localGatewayUrl().toString());
        update();
    }

    bool isComplete() const override { return m_problem.isEmpty(); }

private:
    void update()
    {
        const auto environment = Environment(m_environment->currentData().toInt());
        m_localUrl->setEnabled(environment == Environment::LocalUrl);
        m_problem = FirstRunSetup::gatewayProblem(environment, QUrl(m_localUrl->text().trimmed()));
        // An empty address is not an error yet: it is still to be typed.
        if (!m_problem.isEmpty() && !m_localUrl->text().trimmed().isEmpty())
            m_message->showError(m_problem);
        else
            m_message->clear();
        Q_EMIT completeChanged();
    }

    QComboBox *m_environment;
    QLineEdit *m_localUrl;
    MessageLabel *m_message;
    QString m_problem;
};

class DatabaseStep : public StepPage
{
public:
    DatabaseStep(SetupAssistant &assistant, QWidget *parent)
        : StepPage(parent)
        , m_assistant(assistant)
    {
        setObjectName(QStringLiteral("setupDatabasePage"));
        setTitle(SetupAssistant::tr("Where the orders are kept"));
        setIntro(SetupAssistant::tr(
            "One desk keeps its order index, ledger and audit log in an SQLite file on this "
            "computer. Several desks share one PostgreSQL database (team mode). The database is "
            "opened (and created) when you go on: the administrator and every later step are "
            "recorded in its audit log."));
        m_sqlite = new QRadioButton(SetupAssistant::tr("An SQLite &file on this computer"), this);
        m_sqlite->setObjectName(QStringLiteral("setupSqlite"));
        m_postgres =
            new QRadioButton(SetupAssistant::tr("A &PostgreSQL database (team mode)"), this);
        m_postgres->setObjectName(QStringLiteral("setupPostgres"));
        m_sqlite->setChecked(true);

        auto *sqliteBox = new QWidget(this);
        m_path = new QLineEdit(sqliteBox);
        m_path->setObjectName(QStringLiteral("setupSqlitePath"));
        m_path->setText(StoreConfig::defaultSqlite().path);
        auto *browse = new QPushButton(SetupAssistant::tr("Choose…"), sqliteBox);
        browse->setObjectName(QStringLiteral("setupSqliteChoose"));
        auto *sqliteRow = new QHBoxLayout(sqliteBox);
        sqliteRow->setContentsMargins(24, 0, 0, 0);
        sqliteRow->addWidget(m_path, 1);
        sqliteRow->addWidget(browse);

        m_postgresBox = new QWidget(this);
        m_host = new QLineEdit(m_postgresBox);
        m_host->setObjectName(QStringLiteral("setupPgHost"));
        m_host->setPlaceholderText(QStringLiteral("db.shop.example"));
        m_port = new QSpinBox(m_postgresBox);
        m_port->setObjectName(QStringLiteral("setupPgPort"));
        m_port->setRange(1, 65535);
        m_port->setValue(5432);
        m_name = new QLineEdit(m_postgresBox);
        m_name->setObjectName(QStringLiteral("setupPgDatabase"));
        m_name->setPlaceholderText(QStringLiteral("depositdesk"));
        m_user = new QLineEdit(m_postgresBox);
        m_user->setObjectName(QStringLiteral("setupPgUser"));
        m_password = new QLineEdit(m_postgresBox);
        m_password->setObjectName(QStringLiteral("setupPgPassword"));
        m_password->setEchoMode(QLineEdit::Password);
        m_password->setPlaceholderText(
            SetupAssistant::tr("Kept in the system keychain; empty: the one stored there"));
        m_sslMode = new QComboBox(m_postgresBox);
        m_sslMode->setObjectName(QStringLiteral("setupPgSslMode"));
        m_sslMode->addItem(SetupAssistant::tr("Default (verify-full with a root certificate, "
                                              "else require; prefer on this computer)"),
                           QString());
        for (const char *mode : {"verify-full", "verify-ca", "require", "prefer", "disable"})
            m_sslMode->addItem(QString::fromLatin1(mode), QString::fromLatin1(mode));
        m_rootCert = new QLineEdit(m_postgresBox);
        m_rootCert->setObjectName(QStringLiteral("setupPgRootCert"));
        m_rootCert->setPlaceholderText(SetupAssistant::tr("The server's root certificate (PEM)"));
        auto *rootBrowse = new QPushButton(SetupAssistant::tr("Choose…"), m_postgresBox);
        rootBrowse->setObjectName(QStringLiteral("setupPgRootCertChoose"));
        auto *rootRow = new QHBoxLayout;
        rootRow->addWidget(m_rootCert, 1);
        rootRow->addWidget(rootBrowse);
        auto *pgForm = new QFormLayout(m_postgresBox);
        pgForm->setContentsMargins(24, 0, 0, 0);
        pgForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        pgForm->addRow(SetupAssistant::tr("&Host:"), m_host);
        pgForm->addRow(SetupAssistant::tr("P&ort:"), m_port);
        pgForm->addRow(SetupAssistant::tr("&Database:"), m_name);
        pgForm->addRow(SetupAssistant::tr("&User:"), m_user);
        pgForm->addRow(SetupAssistant::tr("Pass&word:"), m_password);
        pgForm->addRow(SetupAssistant::tr("&TLS:"), m_sslMode);
        auto *rootLabel = new QLabel(SetupAssistant::tr("&Root certificate:"), m_postgresBox);
        rootLabel->setBuddy(m_rootCert);
        pgForm->addRow(rootLabel, rootRow);

        m_message = new MessageLabel(QStringLiteral("setupDatabaseMessage"), this);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(introLabel());
        layout->addSpacing(6);
        layout->addWidget(m_sqlite);
        layout->addWidget(sqliteBox);
        layout->addWidget(m_postgres);
        layout->addWidget(m_postgresBox);
        layout->addStretch(1);
        layout->addWidget(m_message);

        const auto changed = [this] {
            update();
        };
        connect(m_sqlite, &QRadioButton::toggled, this, changed);
        for (QLineEdit *edit : {m_path, m_host, m_name, m_user, m_rootCert})
            connect(edit, &QLineEdit::textChanged, this, changed);
        connect(m_sslMode, &QComboBox::currentIndexChanged, this, changed);
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString path =
                m_assistant.pathChooser()(SetupAssistant::tr("The SQLite database file"));
            if (!path.isEmpty())
                m_path->setText(path);
        });
        connect(rootBrowse, &QPushButton::clicked, this, [this] {
            const QString path = m_assistant.pathChooser()(
                SetupAssistant::tr("The PostgreSQL server's root certificate"));
            if (!path.isEmpty())
                m_rootCert->setText(path);
        });
        update();
    }

    void load(const ConsoleSettings &settings)
    {
        const QString setting = settings.database();
        const std::optional<StoreConfig> stored =
            setting.isEmpty() ? std::nullopt : StoreConfig::fromSetting(setting);
        if (!stored)
            return;
        if (stored->driver == StoreConfig::Driver::Sqlite) {
            m_path->setText(stored->path);
            return;
        }
        m_postgres->setChecked(true);
        m_host->setText(stored->host);
        m_port->setValue(stored->port);
        m_name->setText(stored->database);
        m_user->setText(stored->user);
        m_rootCert->setText(stored->sslRootCert);
        m_sslMode->setCurrentIndex(
            qMax(0, m_sslMode->findData(stored->sslMode == StoreConfig::SslMode::Unset
                                            ? QString()
                                            : StoreConfig::sslModeName(stored->sslMode))));
        update();
    }

    bool isComplete() const override { return m_problem.isEmpty(); }

    bool validatePage() override
    {
        QString error;
        m_message->showOk(SetupAssistant::tr("Opening the database…"));
        QCoreApplication::processEvents(); // the line shows while a server is being reached
        if (!m_assistant.setup().openDatabase(database(), &error)) {
            m_message->showError(error);
            return false;
        }
        m_password->clear();
        m_message->clear();
        return true;
    }

private:
    FirstRunSetup::Database database() const
    {
        FirstRunSetup::Database d;
        d.postgres = m_postgres->isChecked();
        d.sqlitePath = m_path->text();
        d.host = m_host->text();
        d.port = m_port->value();
        d.name = m_name->text();
        d.user = m_user->text();
        d.password = m_password->text();
        d.sslMode = m_sslMode->currentData().toString();
        d.sslRootCert = m_rootCert->text();
        return d;
    }

    void update()
    {
        const bool postgres = m_postgres->isChecked();
        m_path->parentWidget()->setEnabled(!postgres);
        m_postgresBox->setEnabled(postgres);
        m_problem.clear();
        if (!postgres && m_path->text().trimmed().isEmpty())
            m_problem = SetupAssistant::tr("Choose the SQLite file.");
        else
            FirstRunSetup::storeConfigOf(database(), &m_problem);
        if (m_problem.isEmpty())
            m_message->clear();
        else
            m_message->showError(m_problem);
        Q_EMIT completeChanged();
    }

    SetupAssistant &m_assistant;
    QRadioButton *m_sqlite;
    QRadioButton *m_postgres;
    QLineEdit *m_path;
    QWidget *m_postgresBox;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_name;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_sslMode;
    QLineEdit *m_rootCert;
    MessageLabel *m_message;
    QString m_problem;
};

class AdministratorStep : public StepPage
{
public:
    AdministratorStep(SetupAssistant &assistant, QWidget *parent)
        : StepPage(parent)
        , m_assistant(assistant)
    {
        setObjectName(QStringLiteral("setupAdministratorPage"));
        setTitle(SetupAssistant::tr("The administrator"));
        m_login = new QLineEdit(this);
        m_login->setObjectName(QStringLiteral("setupAdminLogin"));
        m_password = new QLineEdit(this);
        m_password->setObjectName(QStringLiteral("setupAdminPassword"));
        m_password->setEchoMode(QLineEdit::Password);
        m_repeat = new QLineEdit(this);
        m_repeat->setObjectName(QStringLiteral("setupAdminRepeat"));
        m_repeat->setEchoMode(QLineEdit::Password);
        m_repeatLabel = new QLabel(SetupAssistant::tr("&Repeat password:"), this);
        m_repeatLabel->setBuddy(m_repeat);
        m_message = new MessageLabel(QStringLiteral("setupAdminMessage"), this);
        auto *form = new QFormLayout;
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->addRow(SetupAssistant::tr("&Login:"), m_login);
        form->addRow(SetupAssistant::tr("&Password:"), m_password);
        form->addRow(m_repeatLabel, m_repeat);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(introLabel());
        layout->addSpacing(6);
        layout->addLayout(form);
        layout->addStretch(1);
        layout->addWidget(m_message);
        for (QLineEdit *edit : {m_login, m_password, m_repeat})
            connect(edit, &QLineEdit::textChanged, this, [this] { update(); });
    }

    void initializePage() override
    {
        m_existing = m_assistant.setup().hasOperators();
        showMode();
        m_password->clear();
        m_repeat->clear();
        m_message->clear();
        update();
    }

    bool isComplete() const override { return m_problem.isEmpty(); }

    bool validatePage() override
    {
        QString error;
        const bool ok = m_existing
                            ? m_assistant.setup().signInAdministrator(m_login->text(),
                                                                      m_password->text(), &error)
                            : m_assistant.setup().createAdministrator(
                                  m_login->text(), m_password->text(), m_repeat->text(), &error);
        if (!ok) {
            m_message->showError(error);
            return false;
        }
        // Back here later, the account exists: the page asks to sign in with it.
        m_existing = true;
        showMode();
        m_password->clear();
        m_repeat->clear();
        return true;
    }

private:
    void showMode()
    {
        setIntro(m_existing
                     ? SetupAssistant::tr("This database already has operators (a desk set up "
                                          "before, or the team's database). Sign in as one of its "
                                          "administrators: the rest of the set-up is recorded "
                                          "under that account.")
                     : SetupAssistant::tr("This database has no operators yet. Choose the "
                                          "administrator's login and password; the administrator "
                                          "then creates the other accounts, and the rest of the "
                                          "set-up is recorded under this account."));
        m_repeat->setVisible(!m_existing);
        m_repeatLabel->setVisible(!m_existing);
    }

    void update()
    {
        m_problem.clear();
        if (m_login->text().trimmed().isEmpty())
            m_problem = SetupAssistant::tr("Enter the login.");
        else if (m_password->text().isEmpty())
            m_problem = SetupAssistant::tr("Enter the password.");
        else if (!m_existing && m_repeat->text() != m_password->text())
            m_problem = SetupAssistant::tr("Type the same password twice.");
        // Said once both fields hold something: an empty field is still to be filled.
        if (!m_existing && !m_repeat->text().isEmpty() && m_repeat->text() != m_password->text())
            m_message->showError(m_problem);
        else
            m_message->clear();
        Q_EMIT completeChanged();
    }

    SetupAssistant &m_assistant;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_repeatLabel;
    MessageLabel *m_message;
    QString m_problem;
    bool m_existing = false;
};

class AlipayStep : public StepPage
{
public:
    AlipayStep(SetupAssistant &assistant, QWidget *parent)
        : StepPage(parent)
        , m_assistant(assistant)
    {
        setObjectName(QStringLiteral("setupAlipayPage"));
        setTitle(SetupAssistant::tr("The Alipay application and the merchant"));
        setIntro(SetupAssistant::tr(
            "The app_id names your application on the Alipay open platform. The seller ID is "
            "the merchant's Alipay user ID: charges name it as seller and freezes as payee, so "
            "the money reaches the right account."));
        m_appId = new QLineEdit(this);
        m_appId->setObjectName(QStringLiteral("setupAppId"));
        m_appId->setMaxLength(32);
        m_appId->setPlaceholderText(SetupAssistant::tr("16 digits, e.g. 2021000000000000"));
        m_sellerId = new QLineEdit(this);
        m_sellerId->setObjectName(QStringLiteral("setupSellerId"));
        m_sellerId->setMaxLength(32);
        m_sellerId->setPlaceholderText(SetupAssistant::tr("2088 and 12 more digits (PID)"));
        m_message = new MessageLabel(QStringLiteral("setupAlipayMessage"), this);
        auto *form = new QFormLayout;
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->addRow(SetupAssistant::tr("&app_id:"), m_appId);
        form->addRow(SetupAssistant::tr("&Seller ID:"), m_sellerId);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(introLabel());
        layout->addSpacing(6);
        layout->addLayout(form);
        layout->addStretch(1);
        layout->addWidget(m_message);
        connect(m_appId, &QLineEdit::textChanged, this, [this] { update(); });
        connect(m_sellerId, &QLineEdit::textChanged, this, [this] { update(); });
    }

    void load(const ConsoleSettings &settings)
    {
        m_appId->setText(settings.appId());
        m_sellerId->setText(settings.sellerId());
        update();
    }

    bool isComplete() const override { return m_problem.isEmpty(); }

    bool validatePage() override
    {
        QString error;
        if (!m_assistant.setup().setAlipay(
                Environment(field(QStringLiteral("environment")).toInt()),
                QUrl(field(QStringLiteral("localUrl")).toString().trimmed()), m_appId->text(),
                m_sellerId->text(), &error)) {
            m_message->showError(error);
            return false;
        }
        return true;
    }

private:
    void update()
    {
        const QString appId = m_appId->text().trimmed();
        const QString sellerId = m_sellerId->text().trimmed();
        const QString appProblem = FirstRunSetup::appIdProblem(appId);
        const QString sellerProblem = FirstRunSetup::sellerIdProblem(sellerId);
        m_problem = appProblem.isEmpty() ? sellerProblem : appProblem;
        // A field still being typed (shorter than 16) is not called wrong yet; a wrong one is.
        QStringList shown;
        if (!appProblem.isEmpty() && appId.size() >= 16)
            shown << appProblem;
        if (!sellerProblem.isEmpty() &&
            (sellerId.size() >= 16 ||
             (!sellerId.isEmpty() && !QStringLiteral("2088").startsWith(sellerId.left(4)))))
            shown << sellerProblem;
        if (shown.isEmpty())
            m_message->clear();
        else
            m_message->showError(shown.join(u'\n'));
        Q_EMIT completeChanged();
    }

    SetupAssistant &m_assistant;
    QLineEdit *m_appId;
    QLineEdit *m_sellerId;
    MessageLabel *m_message;
    QString m_problem;
};

class KeysStep : public StepPage
{
public:
    KeysStep(SetupAssistant &assistant, QWidget *parent)
        : StepPage(parent)
        , m_assistant(assistant)
    {
        setObjectName(QStringLiteral("setupKeysPage"));
        setTitle(SetupAssistant::tr("Keys or certificates"));
        setIntro(SetupAssistant::tr(
            "Import the files you made or downloaded for this app_id (PEM or bare base64). Only "
            "the system keychain keeps them; the settings file never does. Public-key mode needs "
            "the merchant private key and the Alipay public key; certificate mode the private "
            "key and the three certificates."));
        m_publicKey = new QRadioButton(SetupAssistant::tr("Public &key"), this);
        m_publicKey->setObjectName(QStringLiteral("setupPublicKeyMode"));
        m_certificates = new QRadioButton(SetupAssistant::tr("Public-key &certificates"), this);
        m_certificates->setObjectName(QStringLiteral("setupCertificateMode"));
        m_publicKey->setChecked(true);
        auto *modes = new QHBoxLayout;
        modes->addWidget(new QLabel(SetupAssistant::tr("Signing mode:"), this));
        modes->addWidget(m_publicKey);
        modes->addWidget(m_certificates);
        modes->addStretch(1);
        auto *grid = new QGridLayout;
        int row = 0;
        for (Part part : allCredentialParts()) {
            Row r;
            r.name = new QLabel(
                part == Part::AppPublicKey
                    ? SetupAssistant::tr("%1 (optional)").arg(Credentials::partName(part))
                    : Credentials::partName(part),
                this);
            r.file = new QLabel(this);
            r.file->setObjectName(QStringLiteral("setupFile_%1").arg(partCode(part)));
            r.file->setWordWrap(true);
            r.choose = new QPushButton(SetupAssistant::tr("Choose file…"), this);
            r.choose->setObjectName(QStringLiteral("setupChoose_%1").arg(partCode(part)));
            grid->addWidget(r.name, row, 0);
            grid->addWidget(r.file, row, 1);
            grid->addWidget(r.choose, row, 2);
            connect(r.choose, &QPushButton::clicked, this, [this, part] { choose(part); });
            m_rows.insert(part, r);
            ++row;
        }
        grid->setColumnStretch(1, 1);
        m_message = new MessageLabel(QStringLiteral("setupKeysMessage"), this);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(introLabel());
        layout->addSpacing(6);
        layout->addLayout(modes);
        layout->addLayout(grid);
        layout->addStretch(1);
        layout->addWidget(m_message);
        connect(m_publicKey, &QRadioButton::toggled, this, [this](bool publicKey) {
            if (CredentialsAdmin *admin = m_assistant.setup().credentials())
                admin->setPendingCertificateMode(!publicKey);
        });
    }

    void initializePage() override
    {
        CredentialsAdmin *admin = m_assistant.setup().credentials();
        if (admin != m_admin) {
            m_admin = admin;
            if (admin)
                connect(admin, &CredentialsAdmin::pendingChanged, this, [this] { update(); });
        }
        m_message->clear();
        update();
    }

    bool isComplete() const override { return m_admin && m_admin->check().ok; }

private:
    struct Row
    {
        QLabel *name = nullptr;
        QLabel *file = nullptr;
        QPushButton *choose = nullptr;
    };

    void choose(Part part)
    {
        if (!m_admin)
            return;
        const QString path = m_assistant.fileChooser()(part);
        if (path.isEmpty())
            return;
        QString error;
        if (!m_admin->importPart(part, path, &error)) {
            m_message->showError(error);
            return;
        }
        update();
    }

    void update()
    {
        if (!m_admin)
            return;
        const bool certificateMode = m_admin->pendingCertificateMode();
        m_certificates->setChecked(certificateMode);
        m_publicKey->setChecked(!certificateMode);
        for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
            const Part part = it.key();
            const bool shown =
                part == Part::MerchantPrivateKey ||
                (part == Part::AppPublicKey && !certificateMode) ||
                (part != Part::AppPublicKey && isCertificatePart(part) == certificateMode);
            it->name->setVisible(shown);
            it->file->setVisible(shown);
            it->choose->setVisible(shown);
            const PendingPart pending = m_admin->pendingPart(part);
            it->file->setText(pending.isSet() ? SetupAssistant::tr("loaded: %1, %2")
                                                    .arg(pending.fileName, pending.description)
                                              : SetupAssistant::tr("not loaded"));
        }
        const CredentialsOutcome checked = m_admin->check();
        // Before any file is chosen there is nothing to call wrong.
        const bool anyLoaded = m_admin->pendingPart(Part::MerchantPrivateKey).isSet() ||
                               m_admin->pendingPart(Part::AlipayPublicKey).isSet() ||
                               m_admin->pendingPart(Part::AppCertificate).isSet();
        if (checked.ok)
            m_message->showOk(checked.message);
        else if (anyLoaded)
            m_message->showError(checked.message);
        else
            m_message->clear();
        Q_EMIT completeChanged();
    }

    SetupAssistant &m_assistant;
    CredentialsAdmin *m_admin = nullptr;
    QRadioButton *m_publicKey;
    QRadioButton *m_certificates;
    QMap<Part, Row> m_rows;
    MessageLabel *m_message;
};

class TestStep : public StepPage
{
public:
    TestStep(SetupAssistant &assistant, QWidget *parent)
        : StepPage(parent)
        , m_assistant(assistant)
    {
        setObjectName(QStringLiteral("setupTestPage"));
        setTitle(SetupAssistant::tr("Connection test"));
        setIntro(SetupAssistant::tr(
            "The desk asks Alipay about an order that cannot exist, signed with the imported "
            "keys. A verified answer proves that Alipay knows the app_id, accepts the signature "
            "and that its answer verifies with the Alipay key. Nothing changes at Alipay."));
        m_test = new QPushButton(SetupAssistant::tr("&Test connection"), this);
        m_test->setObjectName(QStringLiteral("setupTestButton"));
        m_result = new MessageLabel(QStringLiteral("setupTestResult"), this);
        m_skip = new QCheckBox(
            SetupAssistant::tr("Save the keys without a successful test (for a desk that "
                               "cannot reach Alipay now; test again on the Credentials page)"),
            this);
        m_skip->setObjectName(QStringLiteral("setupSkipTest"));
        auto *row = new QHBoxLayout;
        row->addWidget(m_test);
        row->addStretch(1);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(introLabel());
        layout->addSpacing(6);
        layout->addLayout(row);
        layout->addWidget(m_result);
        layout->addStretch(1);
        layout->addWidget(m_skip);
        connect(m_test, &QPushButton::clicked, this, [this] { test(); });
        connect(m_skip, &QCheckBox::toggled, this, [this] { Q_EMIT completeChanged(); });
    }

    void initializePage() override
    {
        CredentialsAdmin *admin = m_assistant.setup().credentials();
        if (admin != m_admin) {
            m_admin = admin;
            if (admin)
                connect(admin, &CredentialsAdmin::testFinished, this,
                        [this](const CredentialsOutcome &outcome) {
                            m_passed = outcome.ok;
                            m_test->setEnabled(true);
                            if (outcome.ok)
                                m_result->showOk(outcome.message);
                            else
                                m_result->showError(outcome.message);
                            Q_EMIT completeChanged();
                        });
        }
        m_passed = false;
        m_skip->setChecked(false);
        m_test->setEnabled(true);
        m_result->setStyleSheet(QString());
        m_result->setText(SetupAssistant::tr("Not tested yet: Next is enabled once the test "
                                             "succeeds (or the box below is ticked)."));
        Q_EMIT completeChanged();
    }

    bool isComplete() const override { return m_passed || m_skip->isChecked(); }

private:
    void test()
    {
        if (!m_admin)
            return;
        QString refusal;
        m_passed = false;
        if (!m_admin->testConnection(CredentialsAdmin::Source::Pending, &refusal)) {
            m_result->showError(refusal);
            Q_EMIT completeChanged();
            return;
        }
        m_test->setEnabled(false);
        m_result->showOk(SetupAssistant::tr("Asking Alipay…"));
        Q_EMIT completeChanged();
    }

    SetupAssistant &m_assistant;
    CredentialsAdmin *m_admin = nullptr;
    QPushButton *m_test;
    MessageLabel *m_result;
    QCheckBox *m_skip;
    bool m_passed = false;
};

class SummaryStep : public StepPage
{
public:
    SummaryStep(SetupAssistant &assistant, QWidget *parent)
        : StepPage(parent)
        , m_assistant(assistant)
    {
        setObjectName(QStringLiteral("setupSummaryPage"));
        setTitle(SetupAssistant::tr("Ready to save"));
        setIntro(SetupAssistant::tr(
            "Finish saves the keys (and a PostgreSQL password) in the system keychain, then the "
            "settings; the console starts and asks the administrator to sign in. Cancel saves "
            "no settings: the assistant opens again at the next start, and finds the database "
            "and its administrator made so far."));
        m_summary = wrappedLabel(QStringLiteral("setupSummary"), this);
        m_message = new MessageLabel(QStringLiteral("setupSummaryMessage"), this);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(introLabel());
        layout->addSpacing(6);
        layout->addWidget(m_summary);
        layout->addStretch(1);
        layout->addWidget(m_message);
        setFinalPage(true);
        connect(&m_assistant.setup(), &FirstRunSetup::finished, this,
                [this](bool ok, const QString &message) {
                    m_saving = false;
                    if (!ok) {
                        m_message->showError(message);
                        Q_EMIT completeChanged();
                        return;
                    }
                    m_done = true;
                    m_message->showOk(message);
                    m_assistant.accept();
                });
    }

    void initializePage() override
    {
        FirstRunSetup &setup = m_assistant.setup();
        const auto environment = Environment(field(QStringLiteral("environment")).toInt());
        QString gateway = environmentDisplayName(environment);
        if (environment == Environment::LocalUrl)
            gateway += QStringLiteral(" (%1)").arg(field(QStringLiteral("localUrl")).toString());
        CredentialsAdmin *admin = setup.credentials();
        QStringList parts;
        if (admin)
            for (Part part : allCredentialParts())
                if (admin->pendingPart(part).isSet())
                    parts << Credentials::partName(part);
        const QString mode = admin && admin->pendingCertificateMode()
                                 ? SetupAssistant::tr("certificate mode")
                                 : SetupAssistant::tr("public-key mode");
        const QList<std::pair<QString, QString>> rows{
            {SetupAssistant::tr("Environment"), gateway},
            {SetupAssistant::tr("Database"), setup.databaseDescription()},
            {SetupAssistant::tr("Administrator"), setup.session().login},
            {SetupAssistant::tr("app_id"), admin ? admin->pendingAppId() : QString()},
            {SetupAssistant::tr("Seller ID"), admin ? admin->sellerId() : QString()},
            {SetupAssistant::tr("Keys"),
             mode + QStringLiteral(": ") + parts.join(SetupAssistant::tr(", "))},
        };
        QString table = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\">");
        for (const auto &[name, value] : rows)
            table += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                         .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
        m_summary->setTextFormat(Qt::RichText);
        m_summary->setText(table + QStringLiteral("</table>"));
        m_message->clear();
    }

    bool isComplete() const override { return !m_saving; }

    bool validatePage() override
    {
        if (m_done)
            return true;
        if (m_saving)
            return false;
        QString refusal;
        if (!m_assistant.setup().finish(&refusal)) {
            m_message->showError(refusal);
            return false;
        }
        m_saving = true;
        m_message->showOk(SetupAssistant::tr("Saving the keys in the system keychain…"));
        Q_EMIT completeChanged();
        return false; // the answer accepts the assistant
    }

private:
    SetupAssistant &m_assistant;
    QLabel *m_summary;
    MessageLabel *m_message;
    bool m_saving = false;
    bool m_done = false;
};

} // namespace

SetupAssistant::SetupAssistant(ConsoleSettings &settings, QWidget *parent)
    : QWizard(parent)
    , m_setup(new FirstRunSetup(settings, this))
{
    setObjectName(QStringLiteral("setupAssistant"));
    setWindowTitle(tr("Set up DepositDesk"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    m_chooseFile = [this](Part part) {
        return QFileDialog::getOpenFileName(this, Credentials::partName(part), QString(),
                                            tr("Keys and certificates (*.pem *.txt *.crt *.key "
                                               "*.cer);;All files (*)"));
    };
    m_choosePath = [this](const QString &title) {
        return QFileDialog::getSaveFileName(this, title, QString(), QString(), nullptr,
                                            QFileDialog::DontConfirmOverwrite);
    };
    auto *environment = new EnvironmentStep(this);
    auto *database = new DatabaseStep(*this, this);
    auto *alipay = new AlipayStep(*this, this);
    setPage(EnvironmentPage, environment);
    setPage(DatabasePage, database);
    setPage(AdministratorPage, new AdministratorStep(*this, this));
    setPage(AlipayPage, alipay);
    setPage(KeysPage, new KeysStep(*this, this));
    setPage(TestPage, new TestStep(*this, this));
    setPage(SummaryPage, new SummaryStep(*this, this));
    // A second run (--setup) starts from what is set.
    environment->load(settings);
    database->load(settings);
    alipay->load(settings);
    setMinimumSize(720, 560);
}

SetupAssistant::~SetupAssistant() = default;

} // namespace DepositDesk
