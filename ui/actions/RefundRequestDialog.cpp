#include "ui/actions/RefundRequestDialog.h"

#include "domain/YuanText.h"
#include "services/ConsoleServices.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLocale>

namespace DepositDesk {

RefundRequestDialog::RefundRequestDialog(ConsoleServices &services, const OrderSnapshot &snapshot,
                                         QWidget *parent)
    : ActionDialog(services, snapshot, parent)
{
    setObjectName(QStringLiteral("refundRequestDialog"));
    m_trade = new QComboBox(this);
    m_trade->setObjectName(QStringLiteral("actionTrade"));
    m_trade->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addLabelledRow(m_trade);
    fillTrades();
    connect(m_trade, &QComboBox::currentIndexChanged, this, &RefundRequestDialog::revalidate);
    addAmountField();
    finishSetup();
}

void RefundRequestDialog::fillTrades()
{
    const QString selected = currentTrade();
    const QSignalBlocker blocker(m_trade);
    m_trade->clear();
    for (const TradeRecord &trade : snapshot().trades) {
        const Money refundable = snapshot().refundableOf(trade.outTradeNo);
        if (refundable <= Money())
            continue;
        //: A charge to refund: amount, date, merchant number, what may still be refunded.
        m_trade->addItem(
            tr("¥%1 charged %2 (%3), refundable ¥%4")
                .arg(yuanDigits(trade.amount),
                     QLocale().toString(trade.happened.toLocalTime().date(), QLocale::ShortFormat),
                     trade.outTradeNo, yuanDigits(refundable)),
            trade.outTradeNo);
    }
    const int index = m_trade->findData(selected);
    m_trade->setCurrentIndex(index >= 0 ? index : 0);
}

QString RefundRequestDialog::currentTrade() const
{
    return m_trade->currentData().toString();
}

ActionDialog::Check RefundRequestDialog::check() const
{
    Check result;
    if (currentTrade().isEmpty()) {
        result.problem = tr("This order has no charge that can still be refunded.");
        return result;
    }
    const Money refundable = snapshot().refundableOf(currentTrade());
    result.before = tr("Refundable of this charge now: ¥%1").arg(yuanDigits(refundable));
    const std::optional<Money> amount = amountUpTo(
        refundable, tr("¥%1 is more than the ¥%2 that can still be refunded of this charge."),
        &result);
    if (!amount) {
        result.after = tr("Refundable after this request: —");
        return result;
    }
    result.after = tr("Refundable after this request: ¥%1 (¥%2 waits for a supervisor's "
                      "approval)")
                       .arg(yuanDigits(refundable - *amount), yuanDigits(*amount));
    return result;
}

void RefundRequestDialog::send(OrderActions::Done done)
{
    QString problem;
    OrderActions::RefundInput input;
    input.outOrderNo = snapshot().order.outOrderNo;
    input.outTradeNo = currentTrade();
    input.amount = typedAmount(&problem).value_or(Money());
    input.reason = reason();
    services().actions().requestRefund(session(), input, this, std::move(done));
}

void RefundRequestDialog::retranslateFields()
{
    setWindowTitle(tr("Request a refund for %1").arg(snapshot().order.outOrderNo));
    setIntro(tr("Give back money charged from this deposit. The request is recorded as pending "
                "approval; nothing is sent to Alipay until a supervisor approves it."));
    setRowLabel(m_trade, tr("Charge:"));
    fillTrades();
    setSubmitText(tr("Request refund"));
}

} // namespace DepositDesk
