#pragma once

#include "secrets/Credentials.h"

#include <QMap>
#include <QWidget>

#include <functional>

class QButtonGroup;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace DepositDesk {

class CredentialsAdmin;
struct CredentialsOutcome;

// The administrator's page of the Alipay credentials: what the keychain holds for the
// desk's app_id (never the key text), the merchant's seller ID (saved on its own, audited),
// pending parts imported from files ("loaded: <file>,
// RSA 2048"), Check, Test connection, Save to keychain (replaces, confirmed) and Delete
// (confirmed), with the answers shown inline. The service refuses anyone without
// ManageCredentials, whatever this page shows.
class CredentialsPage : public QWidget
{
    Q_OBJECT

public:
    using FileChooser = std::function<QString(Credentials::Part part)>;
    using Confirmer = std::function<bool(const QString &question)>;

    explicit CredentialsPage(CredentialsAdmin &admin, QWidget *parent = nullptr);

    // Tests replace the file dialog and the confirmation box.
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }

    // Imports a file into a pending part (what a file picker does); the answer shows inline.
    bool importFile(Credentials::Part part, const QString &path);
    QString resultText() const;

public Q_SLOTS:
    void check();
    void testConnection();
    void save();
    void remove();
    // Saves the seller ID typed next to the app_id (checked for form, audited by the service).
    void saveSellerId();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct PartRow
    {
        QLabel *name = nullptr;
        QLabel *file = nullptr;
        QPushButton *choose = nullptr;
    };

    void chooseFile(Credentials::Part part);
    void showResult(bool ok, const QString &text);
    void showOutcome(const CredentialsOutcome &outcome);
    void updateState();
    void updatePending();
    void updateButtons();
    void retranslateUi();

    CredentialsAdmin &m_admin;
    FileChooser m_chooseFile;
    Confirmer m_confirm;
    QLabel *m_title = nullptr;
    QGroupBox *m_storedBox = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_keychainLabel = nullptr;
    QGroupBox *m_sellerBox = nullptr;
    QLabel *m_sellerLabel = nullptr;
    QLineEdit *m_sellerEdit = nullptr;
    QPushButton *m_sellerSave = nullptr;
    QLabel *m_sellerHint = nullptr;
    QGroupBox *m_importBox = nullptr;
    QLabel *m_appIdLabel = nullptr;
    QLineEdit *m_appIdEdit = nullptr;
    QLabel *m_modeLabel = nullptr;
    QRadioButton *m_publicKeyMode = nullptr;
    QRadioButton *m_certificateMode = nullptr;
    QMap<Credentials::Part, PartRow> m_rows;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QLabel *m_resultLabel = nullptr;
    bool m_resultOk = false;
};

} // namespace DepositDesk
