#include "ui/actions/SesameReportDialog.h"

#include "services/ConsoleServices.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

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

    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("actionSesameWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #b26a00; font-weight: bold;"));
    form()->addRow(m_warning);

    connect(m_status, &QComboBox::currentIndexChanged, this, &SesameReportDialog::revalidate);
    connect(m_trade, &QComboBox::currentIndexChanged, this, &SesameReportDialog::revalidate);
    finishSetup();
}

bool SesameReportDialog::violated() const
{
    return m_status->currentData().toString() == u"VIOLATED";
}

ActionDialog::Check SesameReportDialog::check() const
{
    form()->setRowVisible(m_warning, violated());
    Check result;
    if (m_trade->count() == 0)
        result.problem = tr("Sesame is told about a charge of the order, and this order has none.");
    return result;
}

void SesameReportDialog::send(OrderActions::Done done)
{
    OrderActions::SesameInput input;
    input.outOrderNo = snapshot().order.outOrderNo;
    input.outTradeNo = m_trade->currentData().toString();
    input.violated = violated();
    input.reason = reason();
    services().actions().reportToSesame(session(), input, this, std::move(done));
}

void SesameReportDialog::retranslateFields()
{
    setWindowTitle(tr("Report to Sesame for %1").arg(snapshot().order.outOrderNo));
    setIntro(tr("Tell Sesame (芝麻信用) how this credit deposit ended. Sesame waived part of the "
                "deposit on the customer's credit and expects this report."));
    setRowLabel(m_trade, tr("Charge:"));
    setRowLabel(m_status, tr("How it ended:"));
    //: Sesame report: the customer kept the agreement.
    m_status->setItemText(0, tr("Completed as agreed (COMPLETE)"));
    //: Sesame report: the customer broke the agreement.
    m_status->setItemText(1, tr("Agreement broken (VIOLATED)"));
    m_warning->setText(tr("VIOLATED lowers the customer's Sesame credit and may limit their "
                          "future deposit-free orders. Report it only when the customer really "
                          "broke the agreement (for example did not return the item or pay)."));
    setSubmitText(tr("Report to Sesame"));
}

} // namespace DepositDesk
