#include "alipay/ResponseClassifier.h"

#include "alipay/ResponseVerifier.h"
#include "domain/ByteSize.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

namespace DepositDesk {

namespace {

using Outcome = CallResult::Outcome;
using Cause = CallResult::UnknownCause;

// lupdate files a message under the class it is written in (a free function's under the
// namespace): Text::tr() puts every message of this file where run time looks for it.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::ResponseClassifier)
};

// "code 40004, ACQ.SYSTEM_ERROR: 系统错误" as far as the answer gave it.
QString said(const CallResult &r)
{
    QString text = r.code.isEmpty() ? Text::tr("no result code") : Text::tr("code %1").arg(r.code);
    if (!r.subCode.isEmpty())
        text = Text::tr("%1, %2").arg(text, r.subCode);
    const QString explanation = r.subMsg.isEmpty() ? r.msg : r.subMsg;
    if (!explanation.isEmpty())
        text = Text::tr("%1: %2").arg(text, explanation);
    return text;
}

QString unknownMessage(const QString &what)
{
    return Text::tr("%1 The result is unknown: the operation may or may not have happened. Do not "
                    "start it again as a new request; DepositDesk checks its status with Alipay.")
        .arg(what);
}

QString describeUnknown(const CallResult &r, const ResponseClassifier::Expectation &expect,
                        const QByteArray &certSn)
{
    switch (r.unknownCause) {
    case Cause::Timeout:
        return unknownMessage(Text::tr("Alipay did not answer within %1 seconds.")
                                  .arg(expect.timeoutMs / 1000.0, 0, 'g', 3));
    case Cause::ConnectionError:
        return unknownMessage(Text::tr("The connection to Alipay failed."));
    case Cause::HttpStatus:
        return unknownMessage(
            Text::tr("Alipay's gateway answered with HTTP status %1 instead of a result.")
                .arg(r.httpStatus));
    case Cause::GatewayUnavailable:
        return unknownMessage(
            Text::tr("Alipay's service was temporarily unavailable (%1).").arg(said(r)));
    case Cause::SystemError:
        return unknownMessage(Text::tr("Alipay reported a system error (%1).").arg(said(r)));
    case Cause::Pending:
        return Text::tr(
                   "Alipay is still waiting for the customer to confirm (%1). DepositDesk checks "
                   "the status until it is final.")
            .arg(said(r));
    case Cause::Unsigned:
        return unknownMessage(
            Text::tr("The answer was not signed by Alipay, so it cannot be trusted (it said: %1).")
                .arg(said(r)));
    case Cause::BadSignature:
        return unknownMessage(
            Text::tr("The answer's signature does not match the Alipay public key, so "
                     "it cannot be trusted (it said: %1). If this persists, ask an "
                     "administrator to check the Alipay public key.")
                .arg(said(r)));
    case Cause::CertSnMismatch:
        return unknownMessage(
            Text::tr("The answer names Alipay certificate \"%1\", but DepositDesk is "
                     "set up with \"%2\". Alipay may have renewed its certificate: "
                     "ask an administrator to load the new alipayCertPublicKey_RSA2.crt.")
                .arg(QString::fromUtf8(certSn), expect.alipayCertSn));
    case Cause::UnreadableBody:
        return unknownMessage(Text::tr("The answer from Alipay was incomplete or unreadable."));
    case Cause::UnrecognizedCode:
        return unknownMessage(
            Text::tr("Alipay answered with a result DepositDesk does not know (%1).").arg(said(r)));
    case Cause::NeedsConfirmation:
    case Cause::None:
        break;
    }
    return unknownMessage(QString());
}

// An answer refused because it passed one of the caps: Unknown, the limit in both texts.
CallResult refusedAnswer(const ResponseClassifier::Expectation &expect, int httpStatus,
                         const QString &limit)
{
    CallResult r;
    r.method = expect.method;
    r.sent = true;
    r.outcome = Outcome::Unknown;
    r.unknownCause = Cause::UnreadableBody;
    r.httpStatus = httpStatus;
    r.detail = limit;
    r.message = unknownMessage(
        Text::tr("DepositDesk refused to read the answer from Alipay. %1").arg(limit));
    return r;
}

void settle(CallResult &r, const ResponseClassifier::Expectation &expect,
            const QByteArray &certSn = {})
{
    if (r.outcome == Outcome::Unknown) {
        r.message = describeUnknown(r, expect, certSn);
    } else if (r.outcome == Outcome::Succeeded) {
        r.message = Text::tr("Alipay accepted the request.");
    } else if (r.code == u"40004") {
        r.message = Text::tr("Alipay refused the request (%1). Nothing was changed.").arg(said(r));
    } else {
        r.message =
            Text::tr("Alipay refused the request because of the merchant's Alipay setup (%1). "
                     "Nothing was changed; ask an administrator to check the app ID, keys and "
                     "signed products.")
                .arg(said(r));
    }
}

void classifySigned(CallResult &r)
{
    if (r.code == u"10000") {
        r.outcome = Outcome::Succeeded;
    } else if (r.code == u"10003") {
        r.unknownCause = Cause::Pending;
    } else if (r.code == u"20000") {
        r.unknownCause = Cause::GatewayUnavailable;
    } else if (r.code == u"40004") {
        if (ResponseClassifier::isUnknownSubCode(r.subCode))
            r.unknownCause = Cause::SystemError;
        else
            r.outcome = Outcome::Failed;
    } else if (r.code == u"20001" || r.code == u"40001" || r.code == u"40002" ||
               r.code == u"40006") {
        r.outcome = Outcome::Failed;
    } else {
        r.unknownCause = Cause::UnrecognizedCode;
    }
}

} // namespace

bool ResponseClassifier::isUnknownSubCode(QStringView subCode)
{
    return subCode.contains(u"SYSTEM_ERROR", Qt::CaseInsensitive) ||
           subCode.contains(u"UNKNOW", Qt::CaseInsensitive);
}

CallResult ResponseClassifier::fromBody(const Expectation &expect, const QByteArray &body)
{
    CallResult r;
    r.method = expect.method;
    r.sent = true;
    r.httpStatus = 200;
    r.body = body;
    r.outcome = Outcome::Unknown;

    if (body.size() > MaxAnswerBytes)
        return tooLarge(expect, 200);
    if (nestingDepth(body) > MaxAnswerDepth) {
        CallResult refused = refusedAnswer(
            expect, 200,
            Text::tr("The answer is nested deeper than %1 levels.").arg(MaxAnswerDepth));
        refused.body = body; // within MaxAnswerBytes; kept for the audit log like any answer
        return refused;
    }

    if (!expect.alipayKey) { // a configuration problem, caught before sending
        r.unknownCause = Cause::BadSignature;
        settle(r, expect);
        return r;
    }
    const ResponseVerifier::Result verified =
        ResponseVerifier::verify(body, expect.method, *expect.alipayKey);
    const QJsonDocument parsed = QJsonDocument::fromJson(verified.nodeText);
    if (verified.nodeText.isEmpty() || !parsed.isObject()) {
        r.unknownCause = Cause::UnreadableBody;
        settle(r, expect);
        return r;
    }
    r.nodeName = verified.nodeName;
    r.node = parsed.object();
    r.code = r.field(u"code");
    r.msg = r.field(u"msg");
    r.subCode = r.field(u"sub_code");
    r.subMsg = r.field(u"sub_msg");

    if (!verified.signaturePresent) {
        r.unknownCause = Cause::Unsigned;
    } else if (!expect.alipayCertSn.isEmpty() &&
               verified.alipayCertSn != expect.alipayCertSn.toUtf8()) {
        r.unknownCause = Cause::CertSnMismatch;
    } else if (!verified.signatureValid) {
        r.unknownCause = Cause::BadSignature;
    } else {
        r.signatureVerified = true;
        classifySigned(r);
    }
    settle(r, expect, verified.alipayCertSn);
    return r;
}

CallResult ResponseClassifier::fromTransport(const Expectation &expect,
                                             CallResult::UnknownCause cause, int httpStatus,
                                             const QByteArray &body, const QString &detail)
{
    CallResult r;
    r.method = expect.method;
    r.sent = true;
    r.outcome = Outcome::Unknown;
    r.unknownCause = cause;
    r.httpStatus = httpStatus;
    r.body = body;
    r.detail = detail;
    settle(r, expect);
    return r;
}

CallResult ResponseClassifier::tooLarge(const Expectation &expect, int httpStatus)
{
    return refusedAnswer(
        expect, httpStatus,
        Text::tr("The answer is larger than %1.").arg(formatByteSize(MaxAnswerBytes)));
}

int ResponseClassifier::nestingDepth(const QByteArray &body, int limit)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : body) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            deepest = std::max(deepest, ++depth);
            if (deepest > limit)
                return deepest;
        } else if ((c == '}' || c == ']') && depth > 0) {
            --depth;
        }
    }
    return deepest;
}

CallResult ResponseClassifier::notSent(const QString &method, const QString &reason)
{
    CallResult r;
    r.method = method;
    r.sent = false;
    r.outcome = Outcome::Failed;
    r.message = Text::tr("Nothing was sent to Alipay: %1").arg(reason);
    return r;
}

} // namespace DepositDesk
