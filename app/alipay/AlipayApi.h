#pragma once

#include "alipay/BillTypes.h"
#include "alipay/FundAuthTypes.h"
#include "alipay/TradeTypes.h"

#include <QObject>

#include <functional>

namespace DepositDesk {

class GatewayClient;

// The OpenAPI calls DepositDesk makes, typed (docs/alipay-protocol.md §6). Each call checks its
// request, sends it through the GatewayClient and hands back a typed result whose `call`
// carries the one Outcome (Succeeded / Failed / Unknown) with a message for the agent.
// A request that fails its checks is reported as Failed with sent == false, nothing sent.
//
// As with GatewayClient::call, callbacks run later on this thread and only while `context`
// lives. Money-moving calls must be journaled with their request numbers before they are made.
class AlipayApi : public QObject
{
    Q_OBJECT

public:
    template<typename Result>
    using Callback = std::function<void(const Result &)>;

    static const QString AppFreeze;            // alipay.fund.auth.order.app.freeze
    static const QString VoucherCreate;        // alipay.fund.auth.order.voucher.create
    static const QString OrderFreeze;          // alipay.fund.auth.order.freeze
    static const QString OperationDetailQuery; // alipay.fund.auth.operation.detail.query
    static const QString Unfreeze;             // alipay.fund.auth.order.unfreeze
    static const QString OperationCancel;      // alipay.fund.auth.operation.cancel
    static const QString TradePay;             // alipay.trade.pay
    static const QString TradeQuery;           // alipay.trade.query
    static const QString TradeRefund;          // alipay.trade.refund
    static const QString RefundQuery;          // alipay.trade.fastpay.refund.query
    static const QString BillDownloadUrl;      // alipay.data.dataservice.bill.downloadurl.query
    static const QString OrderInfoSync;        // alipay.trade.orderinfo.sync

    explicit AlipayApi(GatewayClient *client, QObject *parent = nullptr);
    GatewayClient *client() const { return m_client; }

    // app.freeze is not sent: the signed order string is made here (as the SDK's sdkExecute)
    // and handed to the customer's Alipay app; the result comes by notification or query.
    AppFreezeOrder appFreezeOrder(const FreezeRequest &request) const;

    void createFreezeVoucher(const FreezeRequest &request, const QObject *context,
                             Callback<VoucherResult> callback);
    void freezeByPaymentCode(const FreezeRequest &request, const QObject *context,
                             Callback<FreezeResult> callback);
    void queryOperation(const OperationQuery &request, const QObject *context,
                        Callback<OperationDetail> callback);
    void unfreeze(const UnfreezeRequest &request, const QObject *context,
                  Callback<UnfreezeResult> callback);
    void cancelOperation(const CancelRequest &request, const QObject *context,
                         Callback<CancelResult> callback);
    void payFromAuthorization(const AuthPayRequest &request, const QObject *context,
                              Callback<TradePayResult> callback);
    void queryTrade(const TradeQueryRequest &request, const QObject *context,
                    Callback<TradeQueryResult> callback);
    void refund(const RefundRequest &request, const QObject *context,
                Callback<RefundResult> callback);
    void queryRefund(const RefundQueryRequest &request, const QObject *context,
                     Callback<RefundQueryResult> callback);
    void queryBillDownloadUrl(const BillUrlRequest &request, const QObject *context,
                              Callback<BillUrlResult> callback);
    void syncOrderInfo(const OrderInfoSyncRequest &request, const QObject *context,
                       Callback<OrderInfoSyncResult> callback);

private:
    // Sends bizContent, or reports `error` (read only when bizContent is empty) as a refusal.
    void sendRaw(const QString &method, const std::optional<QByteArray> &bizContent,
                 const QString &error, const QObject *context,
                 std::function<void(const CallResult &)> convert);
    template<typename Result>
    void send(const QString &method, const std::optional<QByteArray> &bizContent,
              const QString &error, const QObject *context, Callback<Result> callback)
    {
        sendRaw(method, bizContent, error, context,
                [callback = std::move(callback)](const CallResult &call) {
                    callback(Result::from(call));
                });
    }

    GatewayClient *m_client;
};

} // namespace DepositDesk
