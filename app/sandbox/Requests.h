#pragma once

#include "domain/Nodiscard.h"
#include "sandbox/SubCodes.h"
#include "sandbox/ledger/Records.h"

#include <QList>
#include <QString>

#include <optional>

namespace DepositDesk::Sandbox {

// What a caller (the gateway, a seeder, a test) asks of the Ledger, and what it gets.
// A refused request carries the Alipay sub_code and a Chinese sub_msg as Alipay writes them.

struct FreezeRequest
{
    QString appId;
    FreezeKind kind = FreezeKind::App;
    QString outOrderNo;
    QString outRequestNo;
    QString orderTitle;
    Money amount;
    QString productCode;
    QString payeeUserId;
    QString payeeLogonId;
    QString timeoutExpress; // "15m", "2h", "1d" (1m..15d); empty = 15m
    QString notifyUrl;
    QString extraParam;
    QString authCode; // Scan (order.freeze) only
};

// The user who authorizes a freeze in the Alipay app.
struct Payer
{
    QString userId;  // 2088 + 12 digits
    QString logonId; // phone or e-mail; masked when stored unless it already holds '*'
    QString name;
    // Sandbox control: false when the user's own money cannot cover a charge beyond the fund
    // part (FundAuthOrder::payerCanPay).
    bool canPay = true;
};

struct UnfreezeRequest
{
    QString appId;
    QString authNo;
    QString outRequestNo;
    Money amount;
    QString remark;
    QString notifyUrl;
};

struct PayRequest
{
    QString appId;
    QString authNo;
    QString outTradeNo;
    Money totalAmount;
    QString subject;
    QString body;
    QString productCode;
    QString buyerId;
    QString sellerId; // empty = the order's payee
    bool completeMode = false;
    QString storeId;
    QString operatorId;
    QString terminalId;
    QString notifyUrl;
};

struct RefundRequest
{
    QString appId;
    QString tradeNo; // wins over outTradeNo
    QString outTradeNo;
    Money refundAmount;
    QString outRequestNo; // empty = the trade's out_trade_no (one full refund only)
    QString refundReason;
};

struct CancelRequest
{
    QString appId;
    QString authNo; // with operationId; wins over the merchant numbers
    QString operationId;
    QString outOrderNo; // with outRequestNo
    QString outRequestNo;
    QString remark;
};

struct SyncRequest
{
    QString appId;
    QString tradeNo;
    QString outTradeNo;
    QString outRequestNo;
    QString bizType;
    QString status; // COMPLETE / CLOSED / VIOLATED
    QString origRequestNo;
};

struct DetailQuery
{
    QString appId;
    QString authNo;
    QString outOrderNo;
    QString operationId;
    QString outRequestNo;
    std::optional<AuthOperationType> operationType;
};

struct DD_NODISCARD LedgerOutcome
{
    QString subCode; // empty = accepted
    QString subMsg;
    bool ok() const { return subCode.isEmpty(); }
};

// outcome refused with subCode; subMsg defaults to the sub_code's standard text.
template<typename Outcome>
Outcome refused(Outcome outcome, const QString &subCode, const QString &subMsg = {})
{
    outcome.subCode = subCode;
    outcome.subMsg = subMsg.isEmpty() ? SubCodes::message(subCode) : subMsg;
    return outcome;
}

struct DD_NODISCARD FreezeOutcome : LedgerOutcome
{
    FundAuthOrder order;
    FundAuthOperation freeze;
    bool repeated = false; // same numbers and content as an earlier request
};

struct DD_NODISCARD UnfreezeOutcome : LedgerOutcome
{
    FundAuthOrder order;
    FundAuthOperation operation;
    bool repeated = false;
};

struct DD_NODISCARD PayOutcome : LedgerOutcome
{
    FundAuthOrder order;
    Trade trade;
    FundAuthOperation payOperation;
    std::optional<FundAuthOperation> unfreezeOperation; // COMPLETE with something left
    bool repeated = false;
};

struct DD_NODISCARD RefundOutcome : LedgerOutcome
{
    Trade trade;
    Refund refund;
    bool fundChange = false; // false on a repeat of a refund already done
};

struct DD_NODISCARD CancelOutcome : LedgerOutcome
{
    FundAuthOrder order;
    FundAuthOperation freeze;
    QString action; // "close" or "unfreeze"
    bool repeated = false;
};

struct DD_NODISCARD SyncOutcome : LedgerOutcome
{
    Trade trade;
    OrderInfoSyncRecord record;
    bool repeated = false;
};

struct DD_NODISCARD DetailOutcome : LedgerOutcome
{
    FundAuthOrder order;
    FundAuthOperation operation;
};

} // namespace DepositDesk::Sandbox
