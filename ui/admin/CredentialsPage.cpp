#include "ui/admin/CredentialsPage.h"

#include "ui/widgets/PageTitle.h"

#include "services/admin/CredentialsAdmin.h"

#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace DepositDesk {

namespace {

using Part = Credentials::Part;

QLabel *wrapped(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

CredentialsPage::CredentialsPage(CredentialsAdmin &admin, QWidget *parent)
    : QWidget(parent)
    , m_admin(admin)
{
    setObjectName(QStringLiteral("credentialsPage"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("credentialsTitle"));
    setPageTitleFont(m_title);

    m_storedBox = new QGroupBox(this);
    m_stateLabel = wrapped(QStringLiteral("stateLabel"), m_storedBox);
    m_keychainLabel = wrapped(QStringLiteral("keychainLabel"), m_storedBox);
    m_keychainLabel->setForegroundRole(QPalette::PlaceholderText);
    auto *storedLayout = new QVBoxLayout(m_storedBox);
    storedLayout->addWidget(m_stateLabel);
    storedLayout->addWidget(m_keychainLabel);

    m_sellerBox = new QGroupBox(this);
    m_sellerLabel = new QLabel(m_sellerBox);
    m_sellerEdit = new QLineEdit(m_sellerBox);
    m_sellerEdit->setObjectName(QStringLiteral("sellerIdEdit"));
    m_sellerEdit->setText(admin.sellerId());
    m_sellerEdit->setMaxLength(32);
    m_sellerLabel->setBuddy(m_sellerEdit);
    m_sellerSave = new QPushButton(m_sellerBox);
    m_sellerSave->setObjectName(QStringLiteral("sellerIdSaveButton"));
    m_sellerHint = wrapped(QStringLiteral("sellerIdHint"), m_sellerBox);
    m_sellerHint->setForegroundRole(QPalette::PlaceholderText);
    auto *sellerGrid = new QGridLayout(m_sellerBox);
    sellerGrid->addWidget(m_sellerLabel, 0, 0);
    sellerGrid->addWidget(m_sellerEdit, 0, 1);
    sellerGrid->addWidget(m_sellerSave, 0, 2);
    sellerGrid->addWidget(m_sellerHint, 1, 0, 1, 3);
    sellerGrid->setColumnStretch(1, 1);

    m_importBox = new QGroupBox(this);
    auto *grid = new QGridLayout(m_importBox);
    m_appIdLabel = new QLabel(m_importBox);
    m_appIdEdit = new QLineEdit(m_importBox);
    m_appIdEdit->setObjectName(QStringLiteral("appIdEdit"));
    m_appIdEdit->setText(admin.pendingAppId());
    m_appIdEdit->setMaxLength(32);
    grid->addWidget(m_appIdLabel, 0, 0);
    grid->addWidget(m_appIdEdit, 0, 1, 1, 2);
    m_modeLabel = new QLabel(m_importBox);
    m_publicKeyMode = new QRadioButton(m_importBox);
    m_publicKeyMode->setObjectName(QStringLiteral("publicKeyModeButton"));
    m_certificateMode = new QRadioButton(m_importBox);
    m_certificateMode->setObjectName(QStringLiteral("certificateModeButton"));
    (admin.pendingCertificateMode() ? m_certificateMode : m_publicKeyMode)->setChecked(true);
    auto *modes = new QHBoxLayout;
    modes->addWidget(m_publicKeyMode);
    modes->addWidget(m_certificateMode);
    modes->addStretch(1);
    grid->addWidget(m_modeLabel, 1, 0);
    grid->addLayout(modes, 1, 1, 1, 2);
    int row = 2;
    for (Part part : allCredentialParts()) {
        PartRow r;
        r.name = new QLabel(m_importBox);
        r.file = new QLabel(m_importBox);
        r.file->setObjectName(QStringLiteral("file_%1").arg(partCode(part)));
        r.choose = new QPushButton(m_importBox);
        r.choose->setObjectName(QStringLiteral("choose_%1").arg(partCode(part)));
        grid->addWidget(r.name, row, 0);
        grid->addWidget(r.file, row, 1);
        grid->addWidget(r.choose, row, 2);
        connect(r.choose, &QPushButton::clicked, this, [this, part] { chooseFile(part); });
        m_rows.insert(part, r);
        ++row;
    }
    grid->setColumnStretch(1, 1);

    m_checkButton = new QPushButton(this);
    m_checkButton->setObjectName(QStringLiteral("checkButton"));
    m_testButton = new QPushButton(this);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_saveButton = new QPushButton(this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_deleteButton = new QPushButton(this);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_checkButton);
    buttons->addWidget(m_testButton);
    buttons->addWidget(m_saveButton);
    buttons->addStretch(1);
    buttons->addWidget(m_deleteButton);
    m_resultLabel = wrapped(QStringLiteral("resultLabel"), this);
    m_resultLabel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_storedBox);
    layout->addWidget(m_sellerBox);
    layout->addWidget(m_importBox);
    layout->addLayout(buttons);
    layout->addWidget(m_resultLabel);
    layout->addStretch(1);

    connect(m_appIdEdit, &QLineEdit::textEdited, this,
            [this](const QString &text) { m_admin.setPendingAppId(text); });
    connect(m_publicKeyMode, &QRadioButton::toggled, this,
            [this](bool publicKey) { m_admin.setPendingCertificateMode(!publicKey); });
    connect(m_sellerSave, &QPushButton::clicked, this, &CredentialsPage::saveSellerId);
    connect(m_sellerEdit, &QLineEdit::returnPressed, this, &CredentialsPage::saveSellerId);
    connect(m_checkButton, &QPushButton::clicked, this, &CredentialsPage::check);
    connect(m_testButton, &QPushButton::clicked, this, &CredentialsPage::testConnection);
    connect(m_saveButton, &QPushButton::clicked, this, &CredentialsPage::save);
    connect(m_deleteButton, &QPushButton::clicked, this, &CredentialsPage::remove);
    connect(&m_admin, &CredentialsAdmin::stateChanged, this, &CredentialsPage::updateState);
    connect(&m_admin, &CredentialsAdmin::pendingChanged, this, &CredentialsPage::updatePending);
    connect(&m_admin, &CredentialsAdmin::testFinished, this, &CredentialsPage::showOutcome);
    connect(&m_admin, &CredentialsAdmin::saveFinished, this, &CredentialsPage::showOutcome);
    connect(&m_admin, &CredentialsAdmin::removeFinished, this, &CredentialsPage::showOutcome);

    m_chooseFile = [this](Part part) {
        return QFileDialog::getOpenFileName(this, Credentials::partName(part), QString(),
                                            tr("Keys and certificates (*.pem *.txt *.crt *.key "
                                               "*.cer);;All files (*)"));
    };
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Alipay credentials"), question) == QMessageBox::Yes;
    };
    retranslateUi();
}

bool CredentialsPage::importFile(Credentials::Part part, const QString &path)
{
    QString error;
    const bool ok = m_admin.importPart(part, path, &error);
    if (!ok)
        showResult(false, error);
    else
        m_resultLabel->hide();
    return ok;
}

QString CredentialsPage::resultText() const
{
    return m_resultLabel->isVisible() ? m_resultLabel->text() : QString();
}

void CredentialsPage::chooseFile(Credentials::Part part)
{
    const QString path = m_chooseFile ? m_chooseFile(part) : QString();
    if (!path.isEmpty())
        importFile(part, path);
}

void CredentialsPage::check()
{
    const CredentialsOutcome outcome = m_admin.check();
    showResult(outcome.ok, outcome.message);
}

void CredentialsPage::testConnection()
{
    // The parts being imported when there are any, otherwise the ones in use.
    const bool pending = m_admin.pendingPart(Part::MerchantPrivateKey).isSet();
    QString refusal;
    if (!m_admin.testConnection(pending ? CredentialsAdmin::Source::Pending
                                        : CredentialsAdmin::Source::Stored,
                                &refusal)) {
        showResult(false, refusal);
        return;
    }
    showResult(true, tr("Asking Alipay…"));
    updateButtons();
}

void CredentialsPage::save()
{
    const CredentialsOutcome checked = m_admin.check();
    if (!checked.ok) {
        showResult(false, checked.message);
        return;
    }
    if (!m_confirm(tr("Save these credentials for app_id %1 in the keychain? They replace any "
                      "stored for that app_id, and this desk uses them at once.")
                       .arg(m_admin.pendingAppId())))
        return;
    QString refusal;
    if (!m_admin.save(&refusal))
        showResult(false, refusal);
    updateButtons();
}

void CredentialsPage::remove()
{
    if (!m_confirm(tr("Delete the Alipay credentials of app_id %1 from the keychain? This desk "
                      "becomes read-only until new ones are saved.")
                       .arg(m_admin.appId())))
        return;
    QString refusal;
    if (!m_admin.remove(&refusal))
        showResult(false, refusal);
    updateButtons();
}

void CredentialsPage::saveSellerId()
{
    const QString before = m_admin.sellerId();
    QString error;
    if (!m_admin.setSellerId(m_sellerEdit->text(), &error)) {
        showResult(false, error);
        return;
    }
    m_sellerEdit->setText(m_admin.sellerId());
    showResult(true, before == m_admin.sellerId()
                         ? tr("The seller ID %1 is already the one in use.").arg(before)
                         : tr("The seller ID is now %1: charges and new freezes name it as "
                              "seller and payee.")
                               .arg(m_admin.sellerId()));
}

void CredentialsPage::showResult(bool ok, const QString &text)
{
    m_resultOk = ok;
    m_resultLabel->setText(text);
    m_resultLabel->setStyleSheet(ok ? QStringLiteral("color: #1d6b2f;")
                                    : QStringLiteral("color: #b00020; font-weight: bold;"));
    m_resultLabel->setVisible(!text.isEmpty());
}

void CredentialsPage::showOutcome(const CredentialsOutcome &outcome)
{
    showResult(outcome.ok, outcome.message);
    updateButtons();
}

void CredentialsPage::updateState()
{
    const StoredCredentialsState &state = m_admin.state();
    QStringList parts;
    for (Part part : state.parts)
        parts << Credentials::partName(part);
    QString text;
    switch (state.presence) {
    case StoredCredentialsState::Presence::Present:
        //: %1 app_id, %2 the parts stored (names, comma separated)
        text = (state.certificateMode
                    ? tr("Stored and in use: app_id %1, certificate mode, with the %2.")
                    : tr("Stored and in use: app_id %1, public-key mode, with the %2."))
                   .arg(state.appId, parts.join(tr(", ")));
        break;
    case StoredCredentialsState::Presence::Loading:
    case StoredCredentialsState::Presence::Absent:
    case StoredCredentialsState::Presence::Unavailable:
    case StoredCredentialsState::Presence::Unusable:
        text = state.message;
        break;
    }
    m_stateLabel->setText(text);
    //: %1 the keychain service name, e.g. DepositDesk/production; %2 the keychain's state
    m_keychainLabel->setText(
        tr("Keychain entry: %1 · %2")
            .arg(m_admin.keychainServiceName(),
                 keychainUnavailable(state.keychain) ? tr("not available") : tr("available")));
    updateButtons();
}

void CredentialsPage::updatePending()
{
    const bool certificateMode = m_admin.pendingCertificateMode();
    m_certificateMode->setChecked(certificateMode);
    m_publicKeyMode->setChecked(!certificateMode);
    if (m_appIdEdit->text() != m_admin.pendingAppId())
        m_appIdEdit->setText(m_admin.pendingAppId());
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const Part part = it.key();
        const bool shown =
            part == Part::MerchantPrivateKey || (part == Part::AppPublicKey && !certificateMode) ||
            (part != Part::AppPublicKey && isCertificatePart(part) == certificateMode);
        it->name->setVisible(shown);
        it->file->setVisible(shown);
        it->choose->setVisible(shown);
        const PendingPart pending = m_admin.pendingPart(part);
        //: %1 file name, %2 what it holds ("RSA 2048"); the content is never shown
        it->file->setText(pending.isSet()
                              ? tr("loaded: %1, %2").arg(pending.fileName, pending.description)
                              : tr("not loaded"));
    }
    updateButtons();
}

void CredentialsPage::updateButtons()
{
    const bool idle = !m_admin.busy();
    m_checkButton->setEnabled(idle);
    m_testButton->setEnabled(idle);
    m_saveButton->setEnabled(idle);
    m_deleteButton->setEnabled(idle && m_admin.state().presence !=
                                           StoredCredentialsState::Presence::Absent);
}

void CredentialsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CredentialsPage::retranslateUi()
{
    m_title->setText(tr("Alipay credentials"));
    m_storedBox->setTitle(tr("In the keychain"));
    m_sellerBox->setTitle(tr("Merchant"));
    m_sellerLabel->setText(tr("&Seller ID"));
    m_sellerEdit->setPlaceholderText(tr("2088 and 12 more digits (PID)"));
    m_sellerSave->setText(tr("Save seller ID"));
    m_sellerHint->setText(tr("The merchant's Alipay user ID: charges name it as seller and new "
                             "freezes as payee. Without it charges are disabled."));
    m_importBox->setTitle(tr("Import new credentials from files"));
    m_appIdLabel->setText(tr("app_id"));
    m_appIdEdit->setPlaceholderText(tr("16 digits, from the Alipay open platform console"));
    m_modeLabel->setText(tr("Signing mode"));
    m_publicKeyMode->setText(tr("Public key"));
    m_certificateMode->setText(tr("Public-key certificates"));
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const QString name = Credentials::partName(it.key());
        it->name->setText(it.key() == Part::AppPublicKey ? tr("%1 (optional)").arg(name) : name);
        it->choose->setText(tr("Choose file…"));
    }
    m_checkButton->setText(tr("Check"));
    m_testButton->setText(tr("Test connection"));
    m_saveButton->setText(tr("Save to keychain…"));
    m_deleteButton->setText(tr("Delete…"));
    m_checkButton->setToolTip(tr("Checks that the parts belong together (nothing is sent)."));
    m_testButton->setToolTip(tr("Asks Alipay about an order that cannot exist, signed with these "
                                "keys: a verified answer proves the app_id and keys work. Uses "
                                "the imported parts, or the stored ones when none are imported."));
    updateState();
    updatePending();
}

} // namespace DepositDesk
