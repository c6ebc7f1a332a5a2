#include "ui/session/DatabaseWaitDialog.h"

#include "services/admin/StoreOpener.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace DepositDesk {

DatabaseWaitDialog::DatabaseWaitDialog(StoreOpener &opener, QWidget *parent)
    : QDialog(parent)
    , m_opener(opener)
{
    setObjectName(QStringLiteral("databaseWaitDialog"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("databaseWaitMessage"));
    m_message->setWordWrap(true);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("databaseWaitDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(this);
    m_quit = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_quit->setObjectName(QStringLiteral("databaseWaitQuit"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_details);
    layout->addWidget(buttons);
    connect(&m_opener, &StoreOpener::attempted, this, &DatabaseWaitDialog::update);
    connect(&m_opener, &StoreOpener::finished, this, [this] {
        if (m_opener.result().ok)
            accept();
        else
            reject();
    });
    setMinimumWidth(560);
    retranslateUi();
}

void DatabaseWaitDialog::update()
{
    m_message->setText(m_opener.waitingMessage());
    m_details->setText(m_opener.lastError());
    adjustSize(); // the wrapped lines decide the height
}

void DatabaseWaitDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DatabaseWaitDialog::retranslateUi()
{
    setWindowTitle(tr("Waiting for the database"));
    m_quit->setText(tr("Quit"));
    update();
}

} // namespace DepositDesk
