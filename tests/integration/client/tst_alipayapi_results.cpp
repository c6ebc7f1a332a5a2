#include "ApiHarness.h"
#include "TestValues.h"

#include <QTest>

using namespace DepositDesk;
using namespace DepositDesk::Testing;
using Outcome = CallResult::Outcome;
using Cause = CallResult::UnknownCause;
using Fields = QList<QPair<QString, QString>>;

namespace {

using Testing::yuan;

UnfreezeRequest unfreezeRequest()
{
    UnfreezeRequest r;
    r.authNo = QStringLiteral("2024050110002001000000000001");
    r.outRequestNo = QStringLiteral("UF_1");
    r.amount = yuan("10.00");
    r.remark = QStringLiteral("押金退还");
    return r;
}

RefundRequest refundRequest()
{
    RefundRequest r;
    r.outTradeNo = QStringLiteral("PAY_1");
    r.refundAmount = yuan("1.00");
    r.outRequestNo = QStringLiteral("RF_1");
    return r;
}

AuthPayRequest payRequest()
{
    AuthPayRequest r;
    r.outTradeNo = QStringLiteral("PAY_1");
    r.totalAmount = yuan("0.02");
    r.subject = QStringLiteral("租金");
    r.authNo = QStringLiteral("2024050110002001000000000001");
    r.buyerId = QStringLiteral("2088102000000001");
    return r;
}

} // namespace

// How each typed call reads Alipay's answer: money-moving semantics of §4.2, §6 and §7.
class TestAlipayApiResults : public QObject
{
    Q_OBJECT

    UnfreezeResult unfreeze(ApiHarness &h, const Fields &fields)
    {
        h.answer(AlipayApi::Unfreeze, QStringLiteral("10000"), {}, fields);
        return h.await<UnfreezeResult>(
            [&](auto c, auto cb) { h.api->unfreeze(unfreezeRequest(), c, cb); });
    }

private slots:
    void unfreezeSucceedsOnlyWhenDoneForTheAmountAsked()
    {
        ApiHarness h;
        const auto done = unfreeze(h, {{QStringLiteral("auth_no"), QStringLiteral("2024")},
                                       {QStringLiteral("operation_id"), QStringLiteral("OP9")},
                                       {QStringLiteral("amount"), QStringLiteral("10.00")},
                                       {QStringLiteral("credit_amount"), QStringLiteral("6.00")},
                                       {QStringLiteral("fund_amount"), QStringLiteral("4.00")},
                                       {QStringLiteral("status"), QStringLiteral("SUCCESS")}});
        QCOMPARE(done.call.outcome, Outcome::Succeeded);
        QCOMPARE(done.operation.operationId, QStringLiteral("OP9"));
        QCOMPARE(done.operation.creditAmount, yuan("6.00"));
        QCOMPARE(done.operation.fundAmount, yuan("4.00"));

        const auto otherAmount =
            unfreeze(h, {{QStringLiteral("amount"), QStringLiteral("1.00")},
                         {QStringLiteral("status"), QStringLiteral("SUCCESS")}});
        QCOMPARE(otherAmount.call.outcome, Outcome::Unknown);
        QCOMPARE(otherAmount.call.unknownCause, Cause::NeedsConfirmation);

        const auto noStatus = unfreeze(h, {});
        QCOMPARE(noStatus.call.outcome, Outcome::Unknown);

        h.answer(AlipayApi::Unfreeze, QStringLiteral("40004"),
                 QStringLiteral("REQUEST_AMOUNT_EXCEED"));
        const auto exceeded = h.await<UnfreezeResult>(
            [&](auto c, auto cb) { h.api->unfreeze(unfreezeRequest(), c, cb); });
        QCOMPARE(exceeded.call.outcome, Outcome::Failed);
        QCOMPARE(exceeded.call.subCode, QStringLiteral("REQUEST_AMOUNT_EXCEED"));
    }

    void paymentCodeFreezeFollowsTheOperationStatus_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<Outcome>("outcome");
        QTest::newRow("SUCCESS") << QStringLiteral("SUCCESS") << Outcome::Succeeded;
        QTest::newRow("INIT") << QStringLiteral("INIT") << Outcome::Unknown;
        QTest::newRow("CLOSED") << QStringLiteral("CLOSED") << Outcome::Failed;
    }

    void paymentCodeFreezeFollowsTheOperationStatus()
    {
        QFETCH(QString, status);
        QFETCH(Outcome, outcome);
        ApiHarness h;
        h.answer(AlipayApi::OrderFreeze, QStringLiteral("10000"), {},
                 {{QStringLiteral("auth_no"), QStringLiteral("2024")},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("payer_user_id"), QStringLiteral("2088102000000001")},
                  {QStringLiteral("pre_auth_type"), QStringLiteral("CREDIT_AUTH")}});
        FreezeRequest request;
        request.outOrderNo = request.outRequestNo = QStringLiteral("FO_1");
        request.orderTitle = QStringLiteral("押金");
        request.amount = yuan("5.00");
        request.authCode = QStringLiteral("281234567890123456");
        const auto r = h.await<FreezeResult>(
            [&](auto c, auto cb) { h.api->freezeByPaymentCode(request, c, cb); });
        QCOMPARE(r.call.outcome, outcome);
        if (outcome == Outcome::Unknown)
            QCOMPARE(r.call.unknownCause, Cause::Pending);
        QCOMPARE(r.payerUserId, QStringLiteral("2088102000000001"));
        QCOMPARE(r.preAuthType, QStringLiteral("CREDIT_AUTH"));
    }

    void chargeAlreadyPaidMustBeConfirmed()
    {
        ApiHarness h;
        h.answer(AlipayApi::TradePay, QStringLiteral("40004"),
                 QStringLiteral("ACQ.TRADE_HAS_SUCCESS"));
        const auto signedAnswer = h.await<TradePayResult>(
            [&](auto c, auto cb) { h.api->payFromAuthorization(payRequest(), c, cb); });
        QCOMPARE(signedAnswer.call.outcome, Outcome::Unknown);
        QCOMPARE(signedAnswer.call.unknownCause, Cause::NeedsConfirmation);
        QVERIFY(signedAnswer.alreadyPaid);

        h.gateway.enqueue(CannedReply::answer(h.answers.unsignedBody(
            AlipayApi::TradePay, GatewayAnswers::node(QStringLiteral("40004"),
                                                      QStringLiteral("ACQ.TRADE_HAS_SUCCESS")))));
        const auto unsignedAnswer = h.await<TradePayResult>(
            [&](auto c, auto cb) { h.api->payFromAuthorization(payRequest(), c, cb); });
        QCOMPARE(unsignedAnswer.call.unknownCause, Cause::Unsigned);
        QVERIFY(!unsignedAnswer.alreadyPaid); // nothing unsigned is believed

        h.answer(AlipayApi::TradePay, QStringLiteral("40004"),
                 QStringLiteral("ACQ.TRADE_HAS_CLOSE"));
        const auto closed = h.await<TradePayResult>(
            [&](auto c, auto cb) { h.api->payFromAuthorization(payRequest(), c, cb); });
        QCOMPARE(closed.call.outcome, Outcome::Failed);

        h.answer(AlipayApi::TradePay, QStringLiteral("10003"));
        const auto waiting = h.await<TradePayResult>(
            [&](auto c, auto cb) { h.api->payFromAuthorization(payRequest(), c, cb); });
        QCOMPARE(waiting.call.unknownCause, Cause::Pending);
    }

    void chargeReadsAmountsGivenAsStringsOrNumbers()
    {
        ApiHarness h;
        h.answerNode(
            AlipayApi::TradePay,
            "{\"code\":\"10000\",\"msg\":\"Success\",\"trade_no\":\"2024T\",\"total_amount\":"
            "0.02,\"receipt_amount\":\"0.02\",\"buyer_pay_amount\":88.8,"
            "\"auth_trade_pay_mode\":\"CREDIT_PREAUTH_PAY\",\"buyer_user_id\":"
            "\"2088102000000001\"}");
        const auto paid = h.await<TradePayResult>(
            [&](auto c, auto cb) { h.api->payFromAuthorization(payRequest(), c, cb); });
        QCOMPARE(paid.call.outcome, Outcome::Succeeded);
        QCOMPARE(paid.tradeNo, QStringLiteral("2024T"));
        QCOMPARE(paid.totalAmount, yuan("0.02"));
        QCOMPARE(paid.receiptAmount, yuan("0.02"));
        QCOMPARE(paid.buyerPayAmount, yuan("88.80"));
        QCOMPARE(paid.authTradePayMode, QStringLiteral("CREDIT_PREAUTH_PAY"));
    }

    void refundWithoutMoneyMovedMustBeConfirmed_data()
    {
        QTest::addColumn<QString>("fundChange");
        QTest::addColumn<Outcome>("outcome");
        QTest::newRow("Y") << QStringLiteral("Y") << Outcome::Succeeded;
        QTest::newRow("N") << QStringLiteral("N") << Outcome::Unknown;
        QTest::newRow("absent") << QString() << Outcome::Unknown;
    }

    void refundWithoutMoneyMovedMustBeConfirmed()
    {
        QFETCH(QString, fundChange);
        QFETCH(Outcome, outcome);
        ApiHarness h;
        Fields fields{{QStringLiteral("refund_fee"), QStringLiteral("3.00")}};
        if (!fundChange.isEmpty())
            fields.append({QStringLiteral("fund_change"), fundChange});
        h.answer(AlipayApi::TradeRefund, QStringLiteral("10000"), {}, fields);
        const auto r =
            h.await<RefundResult>([&](auto c, auto cb) { h.api->refund(refundRequest(), c, cb); });
        QCOMPARE(r.call.outcome, outcome);
        QCOMPARE(r.refundFee, yuan("3.00"));
        if (outcome == Outcome::Unknown)
            QCOMPARE(r.call.unknownCause, Cause::NeedsConfirmation);
    }

    void refundQueryKeepsAnAbsentStatusApart()
    {
        ApiHarness h;
        RefundQueryRequest query;
        query.outTradeNo = QStringLiteral("PAY_1");
        query.outRequestNo = QStringLiteral("RF_1");
        const auto run = [&] {
            return h.await<RefundQueryResult>(
                [&](auto c, auto cb) { h.api->queryRefund(query, c, cb); });
        };
        h.answer(AlipayApi::RefundQuery, QStringLiteral("10000"), {},
                 {{QStringLiteral("refund_status"), QStringLiteral("REFUND_SUCCESS")},
                  {QStringLiteral("refund_amount"), QStringLiteral("1.00")}});
        const auto done = run();
        QCOMPARE(done.call.outcome, Outcome::Succeeded);
        QCOMPARE(done.refundStatus, RefundQueryResult::RefundStatus::Success);
        QCOMPARE(done.refundAmount, yuan("1.00"));

        h.answer(AlipayApi::RefundQuery, QStringLiteral("10000"), {},
                 {{QStringLiteral("out_request_no"), QStringLiteral("RF_1")}});
        const auto absent = run();
        QCOMPARE(absent.call.outcome, Outcome::Succeeded);
        QCOMPARE(absent.refundStatus, RefundQueryResult::RefundStatus::Absent);

        h.answer(AlipayApi::RefundQuery, QStringLiteral("40004"),
                 QStringLiteral("ACQ.TRADE_NOT_EXIST"));
        const auto missing = run();
        QCOMPARE(missing.call.outcome, Outcome::Failed);
        QVERIFY(missing.notFound);
    }

    void tradeAndOperationQueries()
    {
        ApiHarness h;
        h.answer(AlipayApi::TradeQuery, QStringLiteral("10000"), {},
                 {{QStringLiteral("trade_status"), QStringLiteral("TRADE_CLOSED")},
                  {QStringLiteral("total_amount"), QStringLiteral("5.00")}});
        TradeQueryRequest trade;
        trade.outTradeNo = QStringLiteral("PAY_1");
        const auto closed =
            h.await<TradeQueryResult>([&](auto c, auto cb) { h.api->queryTrade(trade, c, cb); });
        QCOMPARE(closed.status, TradeQueryResult::Status::Closed);
        QCOMPARE(closed.totalAmount, yuan("5.00"));
        h.answer(AlipayApi::TradeQuery, QStringLiteral("40004"),
                 QStringLiteral("ACQ.TRADE_NOT_EXIST"));
        const auto none =
            h.await<TradeQueryResult>([&](auto c, auto cb) { h.api->queryTrade(trade, c, cb); });
        QVERIFY(none.notFound);
        QCOMPARE(none.call.outcome, Outcome::Failed);

        h.answer(AlipayApi::OperationDetailQuery, QStringLiteral("10000"), {},
                 {{QStringLiteral("auth_no"), QStringLiteral("2024")},
                  {QStringLiteral("order_status"), QStringLiteral("AUTHORIZED")},
                  {QStringLiteral("total_freeze_amount"), QStringLiteral("100.00")},
                  {QStringLiteral("total_pay_amount"), QStringLiteral("20.00")},
                  {QStringLiteral("rest_amount"), QStringLiteral("50.00")},
                  {QStringLiteral("operation_type"), QStringLiteral("FREEZE")},
                  {QStringLiteral("status"), QStringLiteral("SUCCESS")},
                  {QStringLiteral("payer_user_id"), QStringLiteral("2088102000000001")}});
        OperationQuery query;
        query.authNo = QStringLiteral("2024");
        const auto detail =
            h.await<OperationDetail>([&](auto c, auto cb) { h.api->queryOperation(query, c, cb); });
        QCOMPARE(detail.call.outcome, Outcome::Succeeded);
        QCOMPARE(detail.orderStatus, OrderStatus::Authorized);
        QCOMPARE(detail.totalUnfreezeAmount(), yuan("30.00"));
        QCOMPARE(detail.operation.operationType, QStringLiteral("FREEZE"));
        QCOMPARE(detail.payerUserId, QStringLiteral("2088102000000001"));

        h.answer(AlipayApi::OperationDetailQuery, QStringLiteral("40004"),
                 QStringLiteral("AUTH_OPERATION_NOT_EXIST"));
        const auto unknownOp =
            h.await<OperationDetail>([&](auto c, auto cb) { h.api->queryOperation(query, c, cb); });
        QVERIFY(unknownOp.notFound);
        QVERIFY(!unknownOp.totalUnfreezeAmount());
    }

    void cancelReportsItsAction()
    {
        ApiHarness h;
        CancelRequest cancel;
        cancel.authNo = QStringLiteral("2024");
        cancel.operationId = QStringLiteral("OP1");
        cancel.remark = QStringLiteral("超时撤销");
        for (const auto &[text, action] : {std::pair{"close", CancelResult::Action::Close},
                                           std::pair{"unfreeze", CancelResult::Action::Unfreeze}}) {
            h.answer(AlipayApi::OperationCancel, QStringLiteral("10000"), {},
                     {{QStringLiteral("action"), QString::fromLatin1(text)}});
            const auto r = h.await<CancelResult>(
                [&](auto c, auto cb) { h.api->cancelOperation(cancel, c, cb); });
            QCOMPARE(r.call.outcome, Outcome::Succeeded);
            QCOMPARE(r.action, action);
        }
    }

    void billWithoutDataIsNotAnError()
    {
        ApiHarness h;
        BillUrlRequest bill;
        bill.billDate = QStringLiteral("2024-05-01");
        const auto run = [&] {
            return h.await<BillUrlResult>(
                [&](auto c, auto cb) { h.api->queryBillDownloadUrl(bill, c, cb); });
        };
        h.answer(
            AlipayApi::BillDownloadUrl, QStringLiteral("10000"), {},
            {{QStringLiteral("bill_download_url"),
              QStringLiteral("http://dwbillcenter.alipay.com/"
                             "downloadBillFile.resource?downloadFileName=2088_20240501.csv.zip")}});
        const auto url = run();
        QCOMPARE(url.call.outcome, Outcome::Succeeded);
        QVERIFY(!url.noData);
        QCOMPARE(url.downloadUrl.host(), QStringLiteral("dwbillcenter.alipay.com"));

        for (const char *subCode : {"isp.bill_not_exist", "BILL_NOT_EXIST"}) {
            h.answer(AlipayApi::BillDownloadUrl, QStringLiteral("40004"),
                     QString::fromLatin1(subCode));
            const auto none = run();
            QCOMPARE(none.call.outcome, Outcome::Succeeded);
            QVERIFY(none.noData);
        }
        h.answer(AlipayApi::BillDownloadUrl, QStringLiteral("40004"),
                 QStringLiteral("isv.invalid-arguments"));
        QCOMPARE(run().call.outcome, Outcome::Failed);
        h.answer(AlipayApi::BillDownloadUrl, QStringLiteral("20000"),
                 QStringLiteral("isp.unknow-error"));
        QCOMPARE(run().call.outcome, Outcome::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestAlipayApiResults)
#include "tst_alipayapi_results.moc"
