#include "ui/session/LockScreen.h"

#include "services/ConsoleServices.h"
#include "services/session/SessionLock.h"

#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace DepositDesk {

LockScreen::LockScreen(ConsoleServices &services, SessionLock &lock, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_lock(lock)
{
    setObjectName(QStringLiteral("lockScreen"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/depositdesk.svg")).pixmap(QSize(64, 64)));
    icon->setAlignment(Qt::AlignCenter);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("lockTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("lockIntro"));
    m_intro->setWordWrap(true);
    m_intro->setAlignment(Qt::AlignCenter);

    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("lockLogin"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("lockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_loginLabel = new QLabel(this);
    m_loginLabel->setBuddy(m_login);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_password);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("lockError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    m_unlock = new QPushButton(this);
    m_unlock->setObjectName(QStringLiteral("lockUnlockButton"));
    m_unlock->setDefault(true);
    m_other = new QPushButton(this);
    m_other->setObjectName(QStringLiteral("lockOtherButton"));
    m_other->setFlat(true);

    auto *form = new QFormLayout;
    form->addRow(m_loginLabel, m_login);
    form->addRow(m_passwordLabel, m_password);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_other);
    buttons->addStretch(1);
    buttons->addWidget(m_unlock);

    auto *card = new QFrame(this);
    card->setFrameShape(QFrame::StyledPanel);
    card->setMaximumWidth(460);
    card->setMinimumWidth(360);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 20, 24, 20);
    cardLayout->addWidget(icon);
    cardLayout->addWidget(m_title);
    cardLayout->addWidget(m_intro);
    cardLayout->addSpacing(8);
    cardLayout->addLayout(form);
    cardLayout->addWidget(m_error);
    cardLayout->addLayout(buttons);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card, 100);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);

    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::unlock);
    connect(m_other, &QPushButton::clicked, this, &LockScreen::otherOperator);
    connect(m_login, &QLineEdit::textChanged, this, &LockScreen::updateButton);
    connect(m_password, &QLineEdit::textChanged, this, &LockScreen::updateButton);
    connect(m_login, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::unlock);
    retranslateUi();
}

void LockScreen::prepare(int idleMinutes)
{
    m_idleMinutes = idleMinutes;
    const OperatorSession &session = m_services.session();
    m_lockedLogin = m_lock.lockedLogin();
    m_lockedName = session.displayName.trimmed().isEmpty() ? session.login : session.displayName;
    m_login->setText(m_lockedLogin);
    m_password->clear();
    m_error->hide();
    m_password->setFocus();
    retranslateUi();
}

void LockScreen::unlock()
{
    if (!m_unlock->isEnabled())
        return;
    const SignIn::Result result = m_lock.unlock(m_login->text(), m_password->text());
    m_password->clear();
    if (!result.ok()) {
        m_error->setText(result.message);
        m_error->show();
        m_password->setFocus();
        return;
    }
    m_error->hide();
    Q_EMIT unlocked();
}

void LockScreen::otherOperator()
{
    m_login->clear();
    m_password->clear();
    m_error->hide();
    m_login->setFocus();
}

void LockScreen::updateButton()
{
    const QString login = m_login->text().trimmed();
    m_unlock->setEnabled(!login.isEmpty() && !m_password->text().isEmpty());
    const bool same = login.isEmpty() || login.compare(m_lockedLogin, Qt::CaseInsensitive) == 0;
    //: Lock screen button: the locked operator goes on / another operator takes the desk over
    m_unlock->setText(same ? tr("&Unlock") : tr("Sign &in and take over"));
}

void LockScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LockScreen::retranslateUi()
{
    m_title->setText(tr("This desk is locked"));
    if (m_idleMinutes > 0)
        //: %n minutes without use; %1 the operator who was signed in
        m_intro->setText(tr("Nobody used DepositDesk for %n minute(s), so it hid its work. %1 "
                            "can carry on with their password; another operator can sign in "
                            "instead.",
                            nullptr, m_idleMinutes)
                             .arg(m_lockedName));
    else
        m_intro->setText(tr("DepositDesk hid its work. %1 can carry on with their password; "
                            "another operator can sign in instead.")
                             .arg(m_lockedName));
    m_loginLabel->setText(tr("&Login:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_other->setText(tr("&Another operator…"));
    updateButton();
}

} // namespace DepositDesk
