#include "ui/actions/SesameReportDialog.h"

#include "services/ConsoleServices.h"
#include "services/actions/ActionMessages.h"
#include "services/actions/SesameDefaultRule.h"

#include "domain/ChinaTime.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QTimer>

namespace DepositDesk {

SesameReportDialog::SesameReportDialog(ConsoleServices &services, const OrderSnapshot &snapshot,
                                       QWidget *parent)
    : ActionDialog(services, snapshot, parent)
{
    setObjectName(QStringLiteral("sesameReportDialog"));
    m_trade = new QComboBox(this);
    m_trade->setObjectName(QStringLiteral("actionTrade"));
    for (const TradeRecord &trade : snapshot.trades)
        m_trade->addItem(trade.outTradeNo, trade.outTradeNo);
    addLabelledRow(m_trade);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("actionSesameStatus"));
    m_status->addItem(QString(), QStringLiteral("COMPLETE"));
    m_status->addItem(QString(), QStringLiteral("VIOLATED"));
    addLabelledRow(m_status);

    m_decision = new QComboBox(this);
    m_decision->setObjectName(QStringLiteral("actionDefaultDecision"));
    m_decision->addItem(QString(), QStringLiteral("approve"));
    m_decision->addItem(QString(), QStringLiteral("reject"));
    addLabelledRow(m_decision);

    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("actionSesameWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #b26a00; font-weight: bold;"));
    form()->addRow(m_warning);

    if (deciding()) {
        m_status->setCurrentIndex(1);
        m_status->setEnabled(false);
    }
    form()->setRowVisible(m_decision, deciding());
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        retranslateFields();
        revalidate();
    });
    connect(m_trade, &QComboBox::currentIndexChanged, this, &SesameReportDialog::revalidate);
    connect(m_decision, &QComboBox::currentIndexChanged, this, [this] {
        retranslateFields();
        revalidate();
    });
    finishSetup();
}

bool SesameReportDialog::violated() const
{
    return m_status->currentData().toString() == u"VIOLATED";
}

bool SesameReportDialog::deciding() const
{
    const SesameDefaultRequest &pending = snapshot().sesame.pendingDefault;
    return pending.id != 0 && OrderActions::defaultDecisionProblem(session(), pending).isEmpty();
}

ActionDialog::Check SesameReportDialog::check() const
{
    form()->setRowVisible(m_warning, violated());
    // A default is about the charge that failed, which the request names: no charge to choose.
    form()->setRowVisible(m_trade, !violated());
    Check result;
    if (violated()) {
        if (deciding())
            return result;
        if (snapshot().sesame.pendingDefault.id != 0)
            result.problem = tr("%1 asked for this report: another supervisor approves or "
                                "rejects it.")
                                 .arg(snapshot().sesame.pendingDefault.requester);
        else
            result.problem =
                SesameDefaultRule::problem(snapshot().intents, QDateTime::currentDateTimeUtc());
        return result;
    }
    if (m_trade->count() == 0)
        result.problem = tr("Sesame is told about a charge of the order, and this order has none.");
    return result;
}

void SesameReportDialog::send(OrderActions::Done done)
{
    OrderActions &actions = services().actions();
    if (deciding()) {
        const qint64 id = snapshot().sesame.pendingDefault.id;
        if (m_decision->currentData().toString() == u"approve")
            return actions.approveDefaultReport(session(), id, reason(), this, std::move(done));
        const ActionOutcome outcome = actions.rejectDefaultReport(session(), id, reason());
        QTimer::singleShot(0, this, [done, outcome] { done(outcome); });
        return;
    }
    if (violated()) {
        OrderActions::DefaultReportInput input;
        input.outOrderNo = snapshot().order.outOrderNo;
        input.reason = reason();
        return actions.requestDefaultReport(session(), input, this, std::move(done));
    }
    OrderActions::SesameInput input;
    input.outOrderNo = snapshot().order.outOrderNo;
    input.outTradeNo = m_trade->currentData().toString();
    input.reason = reason();
    actions.reportToSesame(session(), input, this, std::move(done));
}

void SesameReportDialog::retranslateFields()
{
    setWindowTitle(tr("Report to Sesame for %1").arg(snapshot().order.outOrderNo));
    const SesameDefaultRequest &pending = snapshot().sesame.pendingDefault;
    if (deciding())
        //: %1 who asked, %2 when, %3 the failed charge, %4 its amount, %5 their reason
        setIntro(tr("%1 asked on %2 to report that the customer defaulted: the charge %3 of %4 "
                    "could not be collected. Reason: %5. Approve to report VIOLATED to Sesame "
                    "(芝麻信用), or reject it.")
                     .arg(pending.requester, ChinaTime::format(pending.requested),
                          pending.outTradeNo, ActionMessages::yuan(pending.amount),
                          pending.reason));
    else
        setIntro(tr("Tell Sesame (芝麻信用) how this credit deposit ended. Sesame waived part of "
                    "the deposit on the customer's credit and expects this report."));
    setRowLabel(m_trade, tr("Charge:"));
    setRowLabel(m_status, tr("How it ended:"));
    setRowLabel(m_decision, tr("Decision:"));
    //: Sesame report: the customer kept the agreement.
    m_status->setItemText(0, tr("Completed as agreed (COMPLETE)"));
    //: Sesame report: the customer broke the agreement.
    m_status->setItemText(1, tr("Agreement broken (VIOLATED)"));
    m_decision->setItemText(0, tr("Approve: report VIOLATED"));
    m_decision->setItemText(1, tr("Reject the request"));
    //: %1 the number of days
    m_warning->setText(tr("VIOLATED lowers the customer's Sesame credit and may limit their "
                          "future deposit-free orders. Alipay allows it only %1 days after a "
                          "charge the customer could not pay, and a supervisor other than you "
                          "approves it.")
                           .arg(SesameDefaultRule::WaitDays));
    if (deciding())
        setSubmitText(m_decision->currentData().toString() == u"approve" ? tr("Approve and report")
                                                                         : tr("Reject"));
    else
        setSubmitText(violated() ? tr("Ask for approval") : tr("Report to Sesame"));
}

} // namespace DepositDesk
