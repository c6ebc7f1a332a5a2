#pragma once

// The sandbox gateway (test-vector keys, pinned clock, notifications time-scaled) and a fresh
// store (SQLite, or PostgreSQL under DD_TEST_DB=pg) with a NotificationIntake over it. The
// sandbox's own Notifier signs the notifications, exactly as it signs the ones it posts.

#include "../sandbox/SandboxGatewayFixture.h"
#include "StoreTestEnv.h"

#include "sandbox/Notices.h"
#include "sandbox/Notifier.h"
#include "services/intake/NotificationIntake.h"
#include "store/IntentJournal.h"
#include "store/Ledger.h"
#include "store/OrderIndex.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <memory>

namespace DepositDesk::Testing {

inline const QByteArray FormType =
    QByteArrayLiteral("application/x-www-form-urlencoded;charset=utf-8");

class IntakeFixture
{
public:
    explicit IntakeFixture(double notifyTimeScale = 0.0001)
        : sandbox(notifyTimeScale)
    {}

    bool start(QString *error)
    {
        if (!database.isValid()) {
            *error = QStringLiteral("no test database (%1)").arg(backendName());
            return false;
        }
        store = std::make_unique<Store>(database.config());
        if (const StoreResult opened = store->open(); !opened) {
            *error = opened.errorString;
            return false;
        }
        intake = std::make_unique<NotificationIntake>(*store, config());
        return true;
    }

    // The desk's configuration: the first app, the vectors' Alipay public key, the payee.
    static GatewayConfig config()
    {
        GatewayConfig c;
        c.appId = appId();
        c.alipayPublicKey = loadPublicKey(QStringLiteral("alipay_public.pem"));
        c.sellerId = payeeId();
        return c;
    }

    Sandbox::Ledger &ledger() { return sandbox.ledger; }

    // A confirmed freeze at "Alipay" (not notified: the tests hand the notification over).
    Sandbox::FreezeOutcome freeze(const QString &outOrderNo, qint64 fen, qint64 creditFen = 0,
                                  const QUrl &notifyUrl = {})
    {
        Sandbox::FreezeRequest r = freezeRequest(outOrderNo, fen);
        r.notifyUrl = notifyUrl.toString();
        const Sandbox::FreezeOutcome created = ledger().createFreeze(r, t0());
        return ledger().confirmFreeze(created.order.authNo, Money::fromFen(creditFen), payer(),
                                      t0());
    }

    // The signed form parameters of a notification as the sandbox sends it.
    ParameterList signedParameters(const Sandbox::Notification &n, const QString &notifyId,
                                   const QString &app = appId())
    {
        Sandbox::Notifier::Delivery d;
        d.notifyId = notifyId;
        d.url = n.url;
        d.appId = app;
        d.fields = n.fields;
        return sandbox.gateway->notifier().signedParameters(d);
    }

    QByteArray body(const Sandbox::Notification &n, const QString &notifyId)
    {
        return FormEncoding::encode(signedParameters(n, notifyId));
    }

    IntakeResult receive(const QByteArray &body, const QByteArray &type = FormType)
    {
        return intake->receive(body, type);
    }

    std::optional<OrderRecord> indexed(const QString &outOrderNo) const
    {
        return OrderIndex(*store).find(outOrderNo);
    }

    qsizetype facts(const QString &outOrderNo) const
    {
        return Ledger(*store).history(outOrderNo).size();
    }

    // A charge or refund the desk started: its intent names the order (as OrderActions writes it).
    bool intend(IntentRecord::Kind kind, const QString &outOrderNo, const QString &requestNo,
                Money amount)
    {
        IntentRecord intent;
        intent.kind = kind;
        intent.outOrderNo = outOrderNo;
        intent.requestNo = requestNo;
        intent.amount = amount;
        intent.operatorLogin = QStringLiteral("clerk");
        intent.reason = QStringLiteral("test");
        intent.desk = QStringLiteral("desk-1");
        return bool(IntentJournal(*store).begin(intent));
    }

    // Every row of every table, as text: equal before and after means nothing was written.
    QString snapshot() const
    {
        QSqlDatabase db = store->database();
        QStringList tables = db.tables();
        tables.sort();
        QString text;
        for (const QString &table : std::as_const(tables)) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
                continue;
            QStringList rows;
            while (q.next()) {
                QStringList values;
                for (int i = 0; i < q.record().count(); ++i)
                    values << q.value(i).toString();
                rows << values.join(u'|');
            }
            rows.sort();
            text += table + u'\n' + rows.join(u'\n') + u'\n';
        }
        return text;
    }

    TestDatabase database;
    SandboxHarness sandbox;
    std::unique_ptr<Store> store;
    std::unique_ptr<NotificationIntake> intake;
};

// A parameter's value, or empty.
inline QString valueOf(const ParameterList &parameters, QStringView key)
{
    for (const Parameter &p : parameters)
        if (p.first == key)
            return p.second;
    return {};
}

// The parameters with `key` set to `value` (added when absent, removed when value is null).
inline ParameterList with(ParameterList parameters, const QString &key, const QString &value)
{
    for (qsizetype i = 0; i < parameters.size(); ++i)
        if (parameters[i].first == key) {
            if (value.isNull())
                parameters.removeAt(i);
            else
                parameters[i].second = value;
            return parameters;
        }
    if (!value.isNull())
        parameters.append({key, value});
    return parameters;
}

} // namespace DepositDesk::Testing
