#pragma once

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace DepositDesk {

class ConsoleSettings;
class DatabasePassword;
class LanguageSwitcher;

// The console's settings: environment (production / Alipay sandbox / a local URL), app_id,
// database, call timeout, idle lock and language. The language and the idle lock apply at once
// (LanguageSwitcher, MainWindow); the rest is written to ConsoleSettings by Save and used from
// the next start. The Alipay keys are not set here (they belong in the keychain). The PostgreSQL
// password has a field of its own: Save writes it to the system keychain (DatabasePassword),
// never to the settings; a "password=…" typed into the database setting is moved there too.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(ConsoleSettings &settings, LanguageSwitcher &languages, QWidget *parent = nullptr);

    // Shows what is stored (drops unsaved edits).
    void load();
    // Checks and writes the fields; false and an inline message when something is wrong.
    bool save();

Q_SIGNALS:
    void saved();
    // The keychain's answer to a database password given with Save.
    void databasePasswordStored(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    QString problem() const;
    void applyLanguage();
    void updateLanguageChoice(const QString &language);
    void updateFields();
    void retranslateUi();

    ConsoleSettings &m_settings;
    LanguageSwitcher &m_languages;
    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QFormLayout *m_form = nullptr;
    QComboBox *m_environment = nullptr;
    QLineEdit *m_localUrl = nullptr;
    QLineEdit *m_appId = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_databasePassword = nullptr;
    DatabasePassword *m_passwords = nullptr;
    QSpinBox *m_timeout = nullptr;
    QLineEdit *m_proxy = nullptr;
    QSpinBox *m_idleMinutes = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    bool m_failed = false;
};

} // namespace DepositDesk
