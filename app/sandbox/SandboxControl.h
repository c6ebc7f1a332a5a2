#pragma once

#include "SandboxGateway.h"

#include "alipay/SignContent.h"

class QHttpServerRequest;

namespace DepositDesk {

// The sandbox-only endpoints below /sandbox/ (never part of the OpenAPI path): play the user,
// switch faults, look at notifications, serve bills. Parameters come from the query string
// and/or a form body; answers are plain (unsigned) JSON. See app/sandbox/README.md.
class SandboxControl
{
public:
    explicit SandboxControl(SandboxGateway &gateway)
        : m_gateway(gateway)
    {}

    SandboxGateway::HttpAnswer handle(const QHttpServerRequest &request);

private:
    SandboxGateway::HttpAnswer userDecision(const ParameterList &parameters, bool confirm);
    SandboxGateway::HttpAnswer faults(const QHttpServerRequest &request,
                                      const ParameterList &parameters, bool clear);
    SandboxGateway::HttpAnswer notifications() const;
    // The auth_no named by auth_no, by app_id + out_order_no, or by an app.freeze order string
    // (verified like a gateway request; its freeze is created if the merchant never sent it).
    QString authNoFor(const ParameterList &parameters, QString *error);

    SandboxGateway &m_gateway;
};

} // namespace DepositDesk
