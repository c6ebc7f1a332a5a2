#include "alipay/AlipayApi.h"

#include "alipay/GatewayClient.h"
#include "alipay/GatewayRequest.h"

namespace DepositDesk {

const QString AlipayApi::AppFreeze = QStringLiteral("alipay.fund.auth.order.app.freeze");
const QString AlipayApi::VoucherCreate = QStringLiteral("alipay.fund.auth.order.voucher.create");
const QString AlipayApi::OrderFreeze = QStringLiteral("alipay.fund.auth.order.freeze");
const QString AlipayApi::OperationDetailQuery =
    QStringLiteral("alipay.fund.auth.operation.detail.query");
const QString AlipayApi::Unfreeze = QStringLiteral("alipay.fund.auth.order.unfreeze");
const QString AlipayApi::OperationCancel = QStringLiteral("alipay.fund.auth.operation.cancel");
const QString AlipayApi::TradePay = QStringLiteral("alipay.trade.pay");
const QString AlipayApi::TradeQuery = QStringLiteral("alipay.trade.query");
const QString AlipayApi::TradeRefund = QStringLiteral("alipay.trade.refund");
const QString AlipayApi::RefundQuery = QStringLiteral("alipay.trade.fastpay.refund.query");
const QString AlipayApi::BillDownloadUrl =
    QStringLiteral("alipay.data.dataservice.bill.downloadurl.query");
const QString AlipayApi::OrderInfoSync = QStringLiteral("alipay.trade.orderinfo.sync");

AlipayApi::AlipayApi(GatewayClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    Q_ASSERT(client);
}

void AlipayApi::sendRaw(const QString &method, const std::optional<QByteArray> &bizContent,
                        const QString &error, const QObject *context,
                        std::function<void(const CallResult &)> convert)
{
    if (bizContent)
        m_client->call(method, *bizContent, context, std::move(convert));
    else
        m_client->refuse(method, error, context, std::move(convert));
}

AppFreezeOrder AlipayApi::appFreezeOrder(const FreezeRequest &request) const
{
    AppFreezeOrder order;
    const auto biz =
        request.bizContent(m_client->config(), FreezeRequest::Channel::App, &order.error);
    if (!biz)
        return order;
    const auto signedRequest = m_client->signedRequest(AppFreeze, *biz, &order.error);
    if (signedRequest)
        order.orderString = signedRequest->orderString();
    return order;
}

void AlipayApi::createFreezeVoucher(const FreezeRequest &request, const QObject *context,
                                    Callback<VoucherResult> callback)
{
    QString error;
    send<VoucherResult>(
        VoucherCreate,
        request.bizContent(m_client->config(), FreezeRequest::Channel::Voucher, &error), error,
        context, std::move(callback));
}

void AlipayApi::freezeByPaymentCode(const FreezeRequest &request, const QObject *context,
                                    Callback<FreezeResult> callback)
{
    QString error;
    send<FreezeResult>(
        OrderFreeze,
        request.bizContent(m_client->config(), FreezeRequest::Channel::PaymentCode, &error), error,
        context, std::move(callback));
}

void AlipayApi::queryOperation(const OperationQuery &request, const QObject *context,
                               Callback<OperationDetail> callback)
{
    QString error;
    send<OperationDetail>(OperationDetailQuery, request.bizContent(&error), error, context,
                          std::move(callback));
}

void AlipayApi::unfreeze(const UnfreezeRequest &request, const QObject *context,
                         Callback<UnfreezeResult> callback)
{
    QString error;
    sendRaw(Unfreeze, request.bizContent(&error), error, context,
            [callback = std::move(callback), request](const CallResult &call) {
                callback(UnfreezeResult::from(call, request));
            });
}

void AlipayApi::cancelOperation(const CancelRequest &request, const QObject *context,
                                Callback<CancelResult> callback)
{
    QString error;
    send<CancelResult>(OperationCancel, request.bizContent(&error), error, context,
                       std::move(callback));
}

void AlipayApi::payFromAuthorization(const AuthPayRequest &request, const QObject *context,
                                     Callback<TradePayResult> callback)
{
    QString error;
    send<TradePayResult>(TradePay, request.bizContent(m_client->config(), &error), error, context,
                         std::move(callback));
}

void AlipayApi::queryTrade(const TradeQueryRequest &request, const QObject *context,
                           Callback<TradeQueryResult> callback)
{
    QString error;
    send<TradeQueryResult>(TradeQuery, request.bizContent(&error), error, context,
                           std::move(callback));
}

void AlipayApi::refund(const RefundRequest &request, const QObject *context,
                       Callback<RefundResult> callback)
{
    QString error;
    send<RefundResult>(TradeRefund, request.bizContent(&error), error, context,
                       std::move(callback));
}

void AlipayApi::queryRefund(const RefundQueryRequest &request, const QObject *context,
                            Callback<RefundQueryResult> callback)
{
    QString error;
    send<RefundQueryResult>(RefundQuery, request.bizContent(&error), error, context,
                            std::move(callback));
}

void AlipayApi::queryBillDownloadUrl(const BillUrlRequest &request, const QObject *context,
                                     Callback<BillUrlResult> callback)
{
    QString error;
    send<BillUrlResult>(BillDownloadUrl, request.bizContent(&error), error, context,
                        std::move(callback));
}

void AlipayApi::syncOrderInfo(const OrderInfoSyncRequest &request, const QObject *context,
                              Callback<OrderInfoSyncResult> callback)
{
    QString error;
    send<OrderInfoSyncResult>(OrderInfoSync, request.bizContent(&error), error, context,
                              std::move(callback));
}

} // namespace DepositDesk
