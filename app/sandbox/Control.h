#pragma once

#include "sandbox/Gateway.h"

#include "alipay/SignContent.h"

class QHttpServerRequest;

namespace DepositDesk::Sandbox {

// The sandbox-only endpoints below /sandbox/ (never part of the OpenAPI path): play the user,
// say whether the payer can pay, switch faults, look at notifications, serve bills. Parameters come
// from the query string and/or a form body; answers are plain (unsigned) JSON. See
// app/sandbox/README.md.
class Control
{
public:
    explicit Control(Gateway &gateway)
        : m_gateway(gateway)
    {}

    Gateway::HttpAnswer handle(const QHttpServerRequest &request);

private:
    Gateway::HttpAnswer userDecision(const ParameterList &parameters, bool confirm);
    // POST /sandbox/user/payer: whether the order's payer can pay a charge beyond the fund part.
    Gateway::HttpAnswer payer(const ParameterList &parameters);
    Gateway::HttpAnswer faults(const QHttpServerRequest &request, const ParameterList &parameters,
                               bool clear);
    Gateway::HttpAnswer notifications() const;
    // The auth_no named by auth_no, by app_id + out_order_no, or by an app.freeze order string
    // (verified like a gateway request; its freeze is created if the merchant never sent it).
    QString authNoFor(const ParameterList &parameters, QString *error);

    Gateway &m_gateway;
};

} // namespace DepositDesk::Sandbox
