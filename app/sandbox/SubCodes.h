#pragma once

#include <QString>

#include <optional>

namespace DepositDesk::Sandbox {

// The sub_codes the sandbox answers with and their sub_msg texts. The texts are protocol data
// in Alipay's own language (Chinese), shown by clients as Alipay's words, not UI strings.
class SubCodes
{
public:
    static QString message(QStringView subCode);

    // "12h" style durations of timeout_express / pay_timeout: 1m .. 15d; nullopt if malformed.
    static std::optional<qint64> timeoutSeconds(QStringView text);

    // A logon id as Alipay shows it: 138****5678, abc***@example.com; kept if already masked.
    static QString maskLogonId(const QString &logonId);

    // 2088 + 12 digits.
    static bool isUserId(QStringView text);
};

} // namespace DepositDesk::Sandbox
