#pragma once

#include "sandbox/RequestCheck.h"

#include "alipay/JsonWriter.h"
#include "alipay/SignContent.h"
#include "domain/Money.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QUrl>

#include <optional>

namespace DepositDesk::Sandbox {

// Writes the text of one response node, once, in Alipay's field order: code, msg, sub_code,
// sub_msg, then the business fields. Empty strings and invalid times are left out.
class Node
{
public:
    explicit Node(const GatewayStatus &status);

    Node &text(QStringView key, const QString &value);
    Node &amount(QStringView key, Money value);
    Node &time(QStringView key, const QDateTime &value);
    JsonWriter &writer() { return m_writer; }
    QByteArray finish();

private:
    JsonWriter m_writer;
};

// A notification the gateway is to deliver: its business fields (notify_type included); the
// sender adds notify_id, notify_time, app_id, auth_app_id, charset, version and the signature.
struct Notification
{
    QUrl url;
    QString appId;
    ParameterList fields;
};

// What an API handler answers.
struct ApiAnswer
{
    GatewayStatus status;
    QByteArray nodeText;
    QList<Notification> notifications;

    static ApiAnswer failure(const GatewayStatus &status);
    // 40004; an empty subMsg is the sub_code's standard text.
    static ApiAnswer refused(const QString &subCode, const QString &subMsg = {});
    // The refusal of a ledger outcome (its sub_code and sub_msg).
    template<typename Outcome>
    static ApiAnswer refusal(const Outcome &outcome)
    {
        return refused(outcome.subCode, outcome.subMsg);
    }
};

// Reads biz_content fields: strings, or numbers written out; amounts as yuan strings or numbers.
class BizReader
{
public:
    explicit BizReader(const QJsonObject &biz)
        : m_biz(biz)
    {}

    QString text(QStringView key) const;
    // Required: missing or malformed records a problem. Optional: only malformed does.
    std::optional<Money> amount(QStringView key, bool required = true);
    QStringList list(QStringView key) const; // an array of strings (query_options)
    // The first problem met, as a sub_msg; empty if none.
    const QString &problem() const { return m_problem; }

private:
    QJsonObject m_biz;
    QString m_problem;
};

} // namespace DepositDesk::Sandbox
