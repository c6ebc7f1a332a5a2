#include "ui/actions/NotDoneBanner.h"

#include "domain/ChinaTime.h"

#include "domain/YuanText.h"
#include "services/ConsoleServices.h"
#include "services/actions/OutcomeResolver.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace DepositDesk {

NotDoneBanner::NotDoneBanner(ConsoleServices &services, QWidget *parent)
    : QFrame(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("notDoneBanner"));
    setStyleSheet(QStringLiteral("#notDoneBanner { background: rgba(33, 150, 243, 40); border: 1px "
                                 "solid rgba(21, 101, 192, 140); border-radius: 4px; }"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("notDoneText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sendAgain = new QPushButton(this);
    m_sendAgain->setObjectName(QStringLiteral("sendAgainButton"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_sendAgain);
    connect(m_sendAgain, &QPushButton::clicked, this, &NotDoneBanner::sendAgain);
    setVisible(false);
    retranslateUi();
}

QString NotDoneBanner::describe(const IntentRecord &intent)
{
    switch (intent.kind) {
    case IntentRecord::Kind::Unfreeze:
        return tr("an unfreeze of ¥%1").arg(yuanDigits(intent.amount));
    case IntentRecord::Kind::Pay:
        return tr("a charge of ¥%1").arg(yuanDigits(intent.amount));
    case IntentRecord::Kind::Refund:
        return tr("a refund of ¥%1").arg(yuanDigits(intent.amount));
    case IntentRecord::Kind::Cancel:
        return tr("cancelling the freeze");
    case IntentRecord::Kind::OrderInfoSync:
        return tr("a report to Sesame");
    }
    return {};
}

void NotDoneBanner::setSnapshot(const std::optional<OrderSnapshot> &snapshot)
{
    m_offered.reset();
    if (snapshot && !snapshot->intents.isEmpty() &&
        snapshot->intents.constLast().outcome == IntentRecord::Outcome::NotDone)
        m_offered = snapshot->intents.constLast();
    retranslateUi();
    setVisible(m_offered.has_value());
}

void NotDoneBanner::retranslateUi()
{
    m_sendAgain->setText(tr("Send again"));
    if (!m_offered)
        return;
    //: %1 what was asked, %2 time, %3 request number.
    m_text->setText(
        tr("Alipay confirmed that %1 asked at %2 never arrived (request %3): "
           "nothing was moved. You can send exactly the same request again.")
            .arg(describe(*m_offered),
                 QLocale().toString(ChinaTime::toChina(m_offered->created), QLocale::ShortFormat),
                 m_offered->requestNo));
    const bool allowed = m_services.session().isValid() && m_services.canCallAlipay();
    m_sendAgain->setEnabled(allowed && !m_sending);
    m_sendAgain->setToolTip(allowed ? QString() : m_services.credentialsProblem());
}

void NotDoneBanner::sendAgain()
{
    if (!m_offered || m_sending)
        return;
    const IntentRecord intent = *m_offered;
    const auto answer = QMessageBox::question(this, tr("Send again"),
                                              tr("Send %1 again with the same request number %2?")
                                                  .arg(describe(intent), intent.requestNo));
    if (answer != QMessageBox::Yes)
        return;
    m_sending = true;
    m_sendAgain->setEnabled(false);
    m_services.resolver().retry(m_services.session(), intent.id, this,
                                [this](const ActionOutcome &outcome) {
                                    m_sending = false;
                                    retranslateUi();
                                    Q_EMIT retried(outcome);
                                });
}

void NotDoneBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

} // namespace DepositDesk
