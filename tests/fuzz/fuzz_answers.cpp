// Gateway answers (app/alipay): ResponseVerifier, ResponseClassifier, the typed answer parsers of
// FundAuthTypes / TradeTypes / BillTypes, and CallResult's field readers.
//
// The input is an answer body. It is classified as it is (almost never signed: it must come out
// Unknown), then its node — the method's node found in it, or else the whole input taken as the
// node text — is signed with the vectors' "alipay" test key and classified again, so that the
// parsers behind the signature check see every input.

#include "FuzzSupport.h"
#include "GatewayAnswers.h"
#include "alipay/AlipayApi.h"
#include "alipay/BillTypes.h"
#include "alipay/CallResult.h"
#include "alipay/FundAuthTypes.h"
#include "alipay/ResponseClassifier.h"
#include "alipay/ResponseVerifier.h"
#include "alipay/TradeTypes.h"

#include <QStringList>

using namespace DepositDesk;

namespace {

const QStringList &methods()
{
    static const QStringList list{AlipayApi::AppFreeze,       AlipayApi::VoucherCreate,
                                  AlipayApi::OrderFreeze,     AlipayApi::OperationDetailQuery,
                                  AlipayApi::Unfreeze,        AlipayApi::OperationCancel,
                                  AlipayApi::TradePay,        AlipayApi::TradeQuery,
                                  AlipayApi::TradeRefund,     AlipayApi::RefundQuery,
                                  AlipayApi::BillDownloadUrl, AlipayApi::OrderInfoSync};
    return list;
}

// The outcome a typed parser gives.
CallResult::Outcome typed(const QString &method, const CallResult &call)
{
    if (method == AlipayApi::OrderFreeze || method == AlipayApi::AppFreeze)
        return FreezeResult::from(call).call.outcome;
    if (method == AlipayApi::VoucherCreate)
        return VoucherResult::from(call).call.outcome;
    if (method == AlipayApi::OperationDetailQuery) {
        const OperationDetail detail = OperationDetail::from(call);
        (void)detail.totalUnfreezeAmount();
        return detail.call.outcome;
    }
    if (method == AlipayApi::Unfreeze) {
        UnfreezeRequest request;
        request.authNo = QStringLiteral("2024050110002001000000000001");
        request.outRequestNo = QStringLiteral("UNF-1");
        request.amount = Money::fromFen(10000);
        request.remark = QStringLiteral("押金退还");
        return UnfreezeResult::from(call, request).call.outcome;
    }
    if (method == AlipayApi::OperationCancel)
        return CancelResult::from(call).call.outcome;
    if (method == AlipayApi::TradePay)
        return TradePayResult::from(call).call.outcome;
    if (method == AlipayApi::TradeQuery)
        return TradeQueryResult::from(call).call.outcome;
    if (method == AlipayApi::TradeRefund)
        return RefundResult::from(call).call.outcome;
    if (method == AlipayApi::RefundQuery)
        return RefundQueryResult::from(call).call.outcome;
    if (method == AlipayApi::BillDownloadUrl)
        return BillUrlResult::from(call).call.outcome;
    return OrderInfoSyncResult::from(call).call.outcome;
}

void classify(const ResponseClassifier::Expectation &expect, const QByteArray &body)
{
    const CallResult call = ResponseClassifier::fromBody(expect, body);
    Fuzz::require(call.signatureVerified || call.unknown(),
                  "an answer without a valid signature is Unknown");
    for (const char *key : {"amount", "total_amount", "refund_fee", "code", "out_order_no"}) {
        (void)call.field(QString::fromLatin1(key));
        (void)call.amount(QString::fromLatin1(key));
    }
    const CallResult::Outcome outcome = typed(expect.method, call);
    Fuzz::require(!call.unknown() || outcome == CallResult::Outcome::Unknown,
                  "a typed parser never turns an Unknown into an outcome");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Testing::GatewayAnswers answers;
    const QByteArray body = Fuzz::input(data, size);

    // The method whose node the body holds, else one chosen by the input's length.
    QString method = methods().at(qsizetype(size % size_t(methods().size())));
    QByteArray node;
    for (const QString &candidate : methods()) {
        node = ResponseVerifier::extractNode(body, ResponseVerifier::nodeNameFor(candidate));
        if (!node.isEmpty()) {
            method = candidate;
            break;
        }
    }
    const QByteArray errorNode = ResponseVerifier::extractNode(body, "error_response");

    ResponseClassifier::Expectation expect;
    expect.method = method;
    expect.alipayKey = Fuzz::alipayPublicKey();
    expect.timeoutMs = 15000;

    // As received.
    classify(expect, body);
    (void)ResponseClassifier::nestingDepth(body);
    (void)ResponseClassifier::fromTransport(expect, CallResult::UnknownCause::HttpStatus, 502, body,
                                            QString::fromUtf8(body.left(64)));

    // Behind the signature check: the node (or the whole input) signed with the test key, laid
    // out as in public-key mode, then as in certificate mode (the signature covers the node only).
    const QByteArray signedNode = node.isEmpty() ? body : node;
    const QByteArray sign = Fuzz::alipayPrivateKey().signSha256(signedNode).toBase64();
    const QByteArray nodeName = ResponseVerifier::nodeNameFor(method);
    classify(expect, Testing::GatewayAnswers::layout(nodeName, signedNode, {}, sign));
    if (!errorNode.isEmpty())
        classify(expect, answers.signedErrorBody(errorNode));
    expect.alipayCertSn = QStringLiteral("6a7ca0ad8d35e8ab4a3b4b5a43a4ab9b");
    classify(expect, Testing::GatewayAnswers::layout(nodeName, signedNode,
                                                     expect.alipayCertSn.toLatin1(), sign));
    return 0;
}
