#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace DepositDesk::Sandbox {

// Faults the gateway can be told to inject (docs/alipay-protocol.md §9.4), globally or per method,
// for all requests or only the next N. The first matching rule applies to a request.
class Faults
{
public:
    enum class Kind {
        Delay,         // executes, answers after delayMs (past the client's timeout)
        ResetBefore,   // connection reset, nothing executed
        ResetAfter,    // executes, then the connection is reset: the answer is lost
        Http502,       // HTTP 502 Bad Gateway, nothing executed
        Code20000,     // signed 20000 isp.unknow-error, nothing executed
        SystemError,   // signed 40004 SYSTEM_ERROR / ACQ.SYSTEM_ERROR, nothing executed
        BadSignature,  // executes; the answer's sign does not match its node
        TruncatedBody, // executes; the body is cut in the middle of the JSON
        LateApply,     // holds the request unanswered, executes it after delayMs, then drops
                       // the connection: it lands after the client gave up on it
        ForeignAnswer, // executes; a success names other numbers (each merchant / trade number
                       // gets a trailing "F"), correctly signed
        ForeignAmount, // executes; a success's amounts are one fen less, correctly signed
    };

    struct Rule
    {
        Kind kind = Kind::Code20000;
        QString method;     // empty: every OpenAPI method
        int remaining = -1; // requests still to hit; -1 = until cleared
        int delayMs = 0;    // Delay and LateApply; 0 = the gateway's default
    };

    void add(const Rule &rule) { m_rules << rule; }
    void clear() { m_rules.clear(); }
    const QList<Rule> &rules() const { return m_rules; }

    // The rule for a request to `method`, counted as used; nullopt when none applies.
    std::optional<Rule> take(const QString &method);

    // Whether the fault answers before the request is executed (nothing changes). LateApply
    // does not: it executes the request later, without an answer.
    static bool preventsExecution(Kind kind);
    static QString name(Kind kind); // "delay", "reset_before", ...
    static std::optional<Kind> kindFromName(QStringView name);

private:
    QList<Rule> m_rules;
};

} // namespace DepositDesk::Sandbox
