#pragma once

#include "secrets/Credentials.h"

#include <QWizard>

#include <functional>

namespace DepositDesk {

class ConsoleSettings;
class FirstRunSetup;

// The set-up assistant of a desk without settings (main.cpp opens it while no app_id is set, and
// on --setup). Its pages, in order: the environment; the database (SQLite file or PostgreSQL),
// opened at once; the first administrator (or, for a database that has operators, an
// administrator signing in); app_id and seller ID; the keys or certificates, imported into the
// pending credentials of CredentialsAdmin; the connection test; a summary whose Finish saves the
// keys to the keychain and then the settings. Every step runs through FirstRunSetup, which says
// why the database comes before the rest (the audit log lives in it). A page whose input is not
// usable keeps Next disabled and says why in red under its fields.
class SetupAssistant : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        EnvironmentPage,
        DatabasePage,
        AdministratorPage,
        AlipayPage,
        KeysPage,
        TestPage,
        SummaryPage
    };

    using FileChooser = std::function<QString(Credentials::Part part)>;
    using PathChooser = std::function<QString(const QString &title)>;

    explicit SetupAssistant(ConsoleSettings &settings, QWidget *parent = nullptr);
    ~SetupAssistant() override;

    FirstRunSetup &setup() { return *m_setup; }
    // Tests replace the file dialogs: key files, and the SQLite file / root certificate.
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    FileChooser fileChooser() const { return m_chooseFile; }
    void setPathChooser(PathChooser chooser) { m_choosePath = std::move(chooser); }
    PathChooser pathChooser() const { return m_choosePath; }

private:
    FirstRunSetup *m_setup; // child
    FileChooser m_chooseFile;
    PathChooser m_choosePath;
};

} // namespace DepositDesk
