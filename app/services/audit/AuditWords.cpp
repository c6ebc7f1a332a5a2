#include "services/audit/AuditWords.h"

#include "domain/Money.h"
#include "domain/OperatorRole.h"
#include "domain/YuanText.h"
#include "finance/DifferenceWords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace DepositDesk {

namespace {

// The verbs of order.<verb>.<stage> (services/actions/ActionMessages.cpp, auditVerb).
const char *const Verbs[] = {"unfreeze", "charge", "refund", "cancel", "sesame"};
const char *const Stages[] = {"requested", "succeeded", "failed", "unknown"};

const char *const PlainActions[] = {
    "intent.retry",
    "intent.settled",
    "order.marked",
    "order.lookup",
    "order.refresh",
    "order.note_added",
    "refund.request.created",
    "refund.request.approved",
    "refund.request.rejected",
    "refund.request.repaired",
    "refund.approval_sign_in",
    "sesame.default.requested",
    "sesame.default.rejected",
    "policy.refund_threshold.changed",
    "policy.waiver.saved",
    "operator.sign_in",
    "operator.sign_out",
    "operator.created",
    "operator.role_changed",
    "operator.disabled",
    "operator.enabled",
    "operator.password_reset",
    "operator.access_baseline",
    "operator.access_mismatch",
    "session.locked",
    "session.unlocked",
    "audit.verified",
    "audit.broken",
    "audit.exported",
    "credentials.seller_id.changed",
    "credentials.tested",
    "credentials.saved",
    "credentials.deleted",
    "setup.completed",
    "database.password.moved",
    "bill.downloaded",
    "reconciliation.run",
    "reconciliation.resolved",
    "reconciliation.corrected",
};

struct Detail
{
    QJsonObject d;

    QString text(const char *key) const
    {
        const QJsonValue v = d.value(QLatin1String(key));
        if (v.isString())
            return v.toString();
        if (v.isDouble())
            return QString::number(v.toInteger());
        if (v.isBool())
            return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        return {};
    }
    qint64 number(const char *key) const { return d.value(QLatin1String(key)).toInteger(); }
    bool flag(const char *key) const { return d.value(QLatin1String(key)).toBool(); }
    // The amount in yuan: "amount" as written, else from "<key>_fen"; empty when neither.
    QString yuan(const char *fenKey = "amount_fen", const char *yuanKey = "amount") const
    {
        if (yuanKey && d.value(QLatin1String(yuanKey)).isString())
            return d.value(QLatin1String(yuanKey)).toString();
        const QJsonValue fen = d.value(QLatin1String(fenKey));
        if (!fen.isDouble())
            return {};
        return Money::fromFen(fen.toInteger()).toYuan();
    }
};

QString verbName(const QString &verb)
{
    if (verb == u"unfreeze")
        //: Audit log: the thing done, as the subject of a sentence ("Unfreeze of ¥12.00 ...")
        return AuditWords::tr("Unfreeze");
    if (verb == u"charge")
        return AuditWords::tr("Charge");
    if (verb == u"refund")
        return AuditWords::tr("Refund");
    if (verb == u"cancel")
        return AuditWords::tr("Cancel of the freeze");
    if (verb == u"sesame")
        return AuditWords::tr("Sesame report");
    return verb;
}

// The intent kind codes of the journal (store/IntentJournal.cpp) as the verbs above.
QString verbOfKind(const QString &kind)
{
    if (kind == u"pay")
        return QStringLiteral("charge");
    if (kind == u"sync")
        return QStringLiteral("sesame");
    return kind;
}

// "Unfreeze of ¥12.00", or "Sesame report" when no amount goes with it.
QString what(const QString &verb, const Detail &d)
{
    if (verb == u"sesame" && !d.text("sesame_status").isEmpty()) {
        if (!d.text("requester").isEmpty())
            //: Audit log: %1 COMPLETE or VIOLATED, %2 who asked for the report
            return AuditWords::tr("Sesame report (%1, asked by %2)")
                .arg(d.text("sesame_status"), d.text("requester"));
        //: Audit log: %1 COMPLETE or VIOLATED
        return AuditWords::tr("Sesame report (%1)").arg(d.text("sesame_status"));
    }
    const QString amount = d.yuan();
    if (amount.isEmpty() || d.number("amount_fen") == 0)
        return verbName(verb);
    //: Audit log: %1 the thing done ("Unfreeze"), %2 the amount in yuan
    return AuditWords::tr("%1 of ¥%2").arg(verbName(verb), amount);
}

QString roleName(const QString &code)
{
    if (const auto role = operatorRoleFromCode(code))
        return operatorRoleDisplayName(*role);
    return code;
}

QString why(const Detail &d)
{
    for (const char *key : {"sub_msg", "sub_code", "code"})
        if (const QString t = d.text(key); !t.isEmpty())
            return t;
    return AuditWords::tr("no reason given");
}

QString outcomeWords(const QString &code)
{
    if (code == u"SUCCEEDED")
        return AuditWords::tr("it was done");
    if (code == u"FAILED")
        return AuditWords::tr("it was not done");
    if (code == u"NOT_DONE")
        return AuditWords::tr("it never reached Alipay");
    if (code == u"UNKNOWN")
        return AuditWords::tr("still unknown");
    return code;
}

QString orderSentence(const QString &verb, const QString &stage, const AuditEntry &e,
                      const Detail &d)
{
    const QString subject = what(verb, d);
    if (stage == u"requested")
        //: Audit log: %1 "Unfreeze of ¥12.00", %2 order number, %3 operator
        return AuditWords::tr("%1 requested on order %2 by %3")
            .arg(subject, e.outOrderNo, e.operatorLogin);
    if (stage == u"succeeded")
        //: Audit log: %1 "Unfreeze of ¥12.00", %2 order number, %3 request number
        return AuditWords::tr("%1 on order %2 succeeded (request %3)")
            .arg(subject, e.outOrderNo, d.text("request_no"));
    if (stage == u"failed")
        //: Audit log: %1 "Unfreeze of ¥12.00", %2 order number, %3 Alipay's reason
        return AuditWords::tr("%1 on order %2 failed: %3").arg(subject, e.outOrderNo, why(d));
    //: Audit log: %1 "Unfreeze of ¥12.00", %2 order number
    return AuditWords::tr("%1 on order %2: Alipay's answer did not arrive; awaiting confirmation")
        .arg(subject, e.outOrderNo);
}

std::optional<std::pair<QString, QString>> splitOrderAction(const QString &action)
{
    const QStringList parts = action.split(u'.');
    if (parts.size() != 3 || parts[0] != u"order")
        return std::nullopt;
    bool verb = false;
    bool stage = false;
    for (const char *v : Verbs)
        verb = verb || parts[1] == QLatin1String(v);
    for (const char *s : Stages)
        stage = stage || parts[2] == QLatin1String(s);
    if (!verb || !stage)
        return std::nullopt;
    return std::pair{parts[1], parts[2]};
}

QString fallback(const AuditEntry &e)
{
    if (e.outOrderNo.isEmpty())
        //: Audit log, an action without words of its own: %1 the action code, %2 operator
        return AuditWords::tr("%1 by %2").arg(e.action, e.operatorLogin);
    //: Audit log, an action without words of its own: %1 the action code, %2 order, %3 operator
    return AuditWords::tr("%1 on order %2 by %3").arg(e.action, e.outOrderNo, e.operatorLogin);
}

} // namespace

QStringList AuditWords::knownActions()
{
    QStringList list;
    for (const char *verb : Verbs)
        for (const char *stage : Stages)
            list << QStringLiteral("order.%1.%2").arg(QLatin1String(verb), QLatin1String(stage));
    for (const char *action : PlainActions)
        list << QString::fromLatin1(action);
    return list;
}

bool AuditWords::isKnown(const QString &action)
{
    return knownActions().contains(action);
}

QString AuditWords::actionName(const QString &action)
{
    if (const auto order = splitOrderAction(action)) {
        const QString verb = verbName(order->first);
        const QString &stage = order->second;
        if (stage == u"requested")
            //: Audit log action filter: %1 "Unfreeze", "Charge" ...
            return tr("%1 requested").arg(verb);
        if (stage == u"succeeded")
            return tr("%1 succeeded").arg(verb);
        if (stage == u"failed")
            return tr("%1 failed").arg(verb);
        return tr("%1 awaiting confirmation").arg(verb);
    }
    static const struct
    {
        const char *action;
        const char *name;
    } names[] = {
        {"intent.retry", QT_TR_NOOP("Request sent again")},
        {"intent.settled", QT_TR_NOOP("Request settled by query")},
        {"order.marked", QT_TR_NOOP("Order marked")},
        {"order.lookup", QT_TR_NOOP("Order looked up at Alipay")},
        {"order.refresh", QT_TR_NOOP("Order refreshed from Alipay")},
        {"order.note_added", QT_TR_NOOP("Note added")},
        {"refund.request.created", QT_TR_NOOP("Refund request created")},
        {"refund.request.approved", QT_TR_NOOP("Refund request approved")},
        {"refund.request.rejected", QT_TR_NOOP("Refund request rejected")},
        {"refund.request.repaired", QT_TR_NOOP("Refund request brought up to date")},
        {"refund.approval_sign_in", QT_TR_NOOP("Approver signed in")},
        {"sesame.default.requested", QT_TR_NOOP("Default report asked for")},
        {"sesame.default.rejected", QT_TR_NOOP("Default report rejected")},
        {"policy.refund_threshold.changed", QT_TR_NOOP("Refund approval threshold changed")},
        {"policy.waiver.saved", QT_TR_NOOP("Credit waiver policy saved")},
        {"operator.sign_in", QT_TR_NOOP("Signed in")},
        {"operator.sign_out", QT_TR_NOOP("Signed out")},
        {"operator.created", QT_TR_NOOP("Operator created")},
        {"operator.role_changed", QT_TR_NOOP("Operator's role changed")},
        {"operator.disabled", QT_TR_NOOP("Operator disabled")},
        {"operator.enabled", QT_TR_NOOP("Operator enabled")},
        {"operator.password_reset", QT_TR_NOOP("Password reset")},
        {"operator.access_baseline", QT_TR_NOOP("Operator access recorded")},
        {"operator.access_mismatch", QT_TR_NOOP("Sign-in refused: access changed")},
        {"session.locked", QT_TR_NOOP("Desk locked")},
        {"session.unlocked", QT_TR_NOOP("Desk unlocked")},
        {"audit.verified", QT_TR_NOOP("Audit log verified")},
        {"audit.broken", QT_TR_NOOP("Audit log found broken")},
        {"audit.exported", QT_TR_NOOP("Audit log exported")},
        {"credentials.seller_id.changed", QT_TR_NOOP("Seller ID changed")},
        {"credentials.tested", QT_TR_NOOP("Alipay credentials tested")},
        {"credentials.saved", QT_TR_NOOP("Alipay credentials saved")},
        {"credentials.deleted", QT_TR_NOOP("Alipay credentials deleted")},
        {"setup.completed", QT_TR_NOOP("Desk set up")},
        {"database.password.moved", QT_TR_NOOP("Database password moved to the keychain")},
        {"bill.downloaded", QT_TR_NOOP("Bill downloaded")},
        {"reconciliation.run", QT_TR_NOOP("Reconciliation run")},
        {"reconciliation.resolved", QT_TR_NOOP("Difference resolved")},
        {"reconciliation.corrected", QT_TR_NOOP("Difference corrected")},
    };
    for (const auto &n : names)
        if (action == QLatin1String(n.action))
            return tr(n.name);
    return action;
}

QString AuditWords::sentence(const AuditEntry &e)
{
    const Detail d{QJsonDocument::fromJson(e.detail.toUtf8()).object()};
    const QString &a = e.action;
    const QString &who = e.operatorLogin;
    const QString &order = e.outOrderNo;

    if (const auto split = splitOrderAction(a))
        return orderSentence(split->first, split->second, e, d);
    if (a == u"intent.retry")
        //: Audit log: %1 "Unfreeze of ¥12.00", %2 order, %3 operator, %4 request number
        return tr("%1 on order %2 sent again by %3 (request %4)")
            .arg(what(verbOfKind(d.text("kind")), d), order, who, d.text("request_no"));
    if (a == u"intent.settled")
        //: Audit log: %1 "Unfreeze of ¥12.00", %2 order, %3 what Alipay's records say
        return tr("%1 on order %2 settled by asking Alipay: %3")
            .arg(what(verbOfKind(d.text("kind")), d), order, outcomeWords(d.text("outcome")));
    if (a == u"order.marked")
        //: Audit log: %1 order, %2 the mark (VIOLATED), %3 operator
        return d.text("mark") == u"VIOLATED"
                   ? tr("Order %1 marked as defaulted by %2 (to be reported to Sesame)")
                         .arg(order, who)
                   : tr("Order %1 marked %2 by %3").arg(order, d.text("mark"), who);
    if (a == u"order.lookup")
        //: Audit log: %1 order, %2 operator, %3 the deposit in yuan
        return tr("Order %1 (deposit ¥%3) found at Alipay and added to the order list by %2")
            .arg(order, who, d.yuan("total_fen", "total"));
    if (a == u"order.refresh") {
        const int changes = int(d.d.value(QStringLiteral("changes")).toArray().size());
        //: Audit log: %1 order, %2 operator, %n how many things changed
        QString s = tr("Order %1 refreshed from Alipay by %2: %n change(s)", nullptr, changes)
                        .arg(order, who);
        if (const QString error = d.text("error"); !error.isEmpty())
            //: Audit log, after a refresh: %1 Alipay's error code
            s += tr("; it did not complete (%1)").arg(error);
        return s;
    }
    if (a == u"order.note_added")
        //: Audit log: %1 order, %2 operator, %3 the note's text
        return tr("Note added to order %1 by %2: “%3”")
            .arg(order, who, d.text("text").simplified());
    if (a == u"refund.request.created")
        //: Audit log: %1 amount in yuan, %2 order, %3 operator, %4 the reason given
        return tr("Refund of ¥%1 requested on order %2 by %3 for approval (reason: %4)")
            .arg(d.yuan(), order, who, d.text("reason"));
    if (a == u"refund.request.approved")
        //: Audit log: %1 amount, %2 order, %3 who asked, %4 who approved
        return tr("Refund of ¥%1 on order %2, asked by %3, approved by %4")
            .arg(d.yuan(), order, d.text("requester"), who);
    if (a == u"refund.request.rejected")
        //: Audit log: %1 amount, %2 order, %3 who asked, %4 who rejected, %5 their comment
        return tr("Refund of ¥%1 on order %2, asked by %3, rejected by %4 (%5)")
            .arg(d.yuan(), order, d.text("requester"), who, d.text("comment"));
    if (a == u"sesame.default.requested")
        //: Audit log: %1 order, %2 operator, %3 the failed charge, %4 the reason given
        return tr("Report of a default (VIOLATED) on order %1 asked for by %2 about the failed "
                  "charge %3, for approval (reason: %4)")
            .arg(order, who, d.text("out_trade_no"), d.text("reason"));
    if (a == u"sesame.default.rejected")
        //: Audit log: %1 order, %2 who asked, %3 who rejected, %4 their comment
        return tr("Report of a default on order %1, asked by %2, rejected by %3 (%4)")
            .arg(order, d.text("requester"), who, d.text("comment"));
    if (a == u"refund.request.repaired")
        //: Audit log: %1 request number, %2 order, %3 what Alipay's records say
        return tr("Refund request %1 of order %2 brought in line with its outcome: %3")
            .arg(d.text("request_no"), order, outcomeWords(d.text("outcome")));
    if (a == u"refund.approval_sign_in")
        //: Audit log: %1 approver's login, %2 the desk's operator, %3 result code
        return d.text("result") == u"ok"
                   ? tr("%1 signed in at %2's desk to approve a refund")
                         .arg(d.text("approver_login"), d.text("desk_operator"))
                   : tr("%1 could not sign in at %2's desk to approve a refund (%3)")
                         .arg(d.text("approver_login"), d.text("desk_operator"), d.text("result"));
    if (a == u"policy.refund_threshold.changed") {
        const auto amount = [&d](const char *key) {
            const QJsonValue v = d.d.value(QLatin1String(key));
            return v.isDouble() ? yuanText(Money::fromFen(v.toInteger()))
                                //: Audit log: no refund approval threshold (every refund asks)
                                : tr("none");
        };
        //: Audit log: %1 old threshold, %2 new threshold, %3 operator
        return tr("Refund approval threshold changed from %1 to %2 by %3")
            .arg(amount("before_fen"), amount("after_fen"), who);
    }
    if (a == u"policy.waiver.saved") {
        const int bands = int(d.d.value(QStringLiteral("bands")).toArray().size());
        //: Audit log: %1 version number, %2 operator, %n bands, %3 the reason given
        QString s =
            tr("Credit waiver policy v%1 saved by %2 with %n band(s) (reason: %3)", nullptr, bands)
                .arg(d.text("version"), who, d.text("reason"));
        if (d.text("source") == u"import")
            //: Audit log, after the waiver policy sentence: its bands came from a CSV file
            s += tr("; imported from a CSV file");
        return s;
    }
    if (a == u"operator.sign_in")
        //: Audit log: %1 operator, %2 role, %3 desk (computer name)
        return tr("%1 signed in as %2 on desk %3")
            .arg(who, roleName(d.text("role")), d.text("desk"));
    if (a == u"operator.sign_out")
        return tr("%1 signed out on desk %2").arg(who, d.text("desk"));
    if (a == u"operator.created")
        //: Audit log: %1 new login, %2 role, %3 who created it
        return tr("Operator %1 created as %2 by %3")
            .arg(d.text("target"), roleName(d.text("role")), who);
    if (a == u"operator.role_changed")
        //: Audit log: %1 login, %2 old role, %3 new role, %4 who changed it
        return tr("Role of %1 changed from %2 to %3 by %4")
            .arg(d.text("target"), roleName(d.text("from")), roleName(d.text("to")), who);
    if (a == u"operator.disabled")
        return tr("Operator %1 disabled by %2").arg(d.text("target"), who);
    if (a == u"operator.enabled")
        return tr("Operator %1 enabled again by %2").arg(d.text("target"), who);
    if (a == u"operator.password_reset")
        return tr("Password of %1 reset by %2").arg(d.text("target"), who);
    if (a == u"operator.access_baseline")
        //: Audit log: %n how many operator accounts were listed
        return tr("Access of the %n existing operator(s) recorded", nullptr,
                  int(d.d.value(QStringLiteral("operators")).toArray().size()));
    if (a == u"operator.access_mismatch")
        return tr("Sign-in of %1 refused: the account's access differs from what the audit log "
                  "recorded")
            .arg(who);
    if (a == u"session.locked")
        return d.number("idle_minutes") > 0
                   //: Audit log: %1 desk, %2 operator, %n minutes without input
                   ? tr("Desk %1 of %2 locked after %n minute(s) without input", nullptr,
                        int(d.number("idle_minutes")))
                         .arg(d.text("desk"), who)
                   : tr("Desk %1 locked by %2").arg(d.text("desk"), who);
    if (a == u"session.unlocked")
        return d.flag("switched")
                   //: Audit log: %1 desk, %2 who took over, %3 who had locked it
                   ? tr("Desk %1 unlocked by %2, taking over from %3")
                         .arg(d.text("desk"), who, d.text("locked_operator"))
                   : tr("Desk %1 unlocked by %2").arg(d.text("desk"), who);
    if (a == u"audit.verified")
        //: Audit log: %n entries checked, %1 desk
        return tr("Audit log checked on desk %1; entries found intact: %Ln", nullptr,
                  int(d.number("entries_checked")))
            .arg(d.text("desk"));
    if (a == u"audit.broken")
        //: Audit log: %1 desk, %2 the first broken entry's number
        return tr("Audit log checked on desk %1: entry %2 is broken")
            .arg(d.text("desk"), d.text("first_broken_seq"));
    if (a == u"audit.exported")
        //: Audit log: %1 operator, %2 CSV or XLSX, %Ln how many entries
        return tr("%1 exported audit log entries as %2: %Ln", nullptr, int(d.number("entries")))
            .arg(who, d.text("format").toUpper());
    if (a == u"credentials.seller_id.changed")
        //: Audit log: %1 app id, %2 old seller ID, %3 new seller ID, %4 operator
        return tr("Seller ID of Alipay app %1 changed from %2 to %3 by %4")
            .arg(d.text("app_id"), d.text("from"), d.text("to"), who);
    if (a == u"credentials.tested")
        //: Audit log: %1 app id, %2 operator, %3 the outcome code
        return tr("Connection to Alipay with the keys of app %1 tested by %2: %3")
            .arg(d.text("app_id"), who, d.text("outcome"));
    if (a == u"credentials.saved")
        return tr("Alipay keys of app %1 saved in the keychain by %2").arg(d.text("app_id"), who);
    if (a == u"credentials.deleted")
        return tr("Alipay keys of app %1 deleted from the keychain by %2")
            .arg(d.text("app_id"), who);
    if (a == u"setup.completed")
        //: Audit log: %1 operator, %2 app id, %3 environment
        return tr("Desk set up by %1 for Alipay app %2 (%3)")
            .arg(who, d.text("app_id"), d.text("environment"));
    if (a == u"database.password.moved")
        return tr("The database password was moved from the settings file to the keychain");
    if (a == u"bill.downloaded")
        //: Audit log: %1 bill type ("Trade bill", "Account bill"), %2 day, %3 operator, %4 file
        return tr("%1 of %2 downloaded by %3 (%4)")
            .arg(DifferenceWords::billTypeName(d.text("type")), d.text("date"), who,
                 d.text("file"));
    if (a == u"reconciliation.run")
        //: Audit log: %1 period, %2 operator, %3 lines matched
        return tr("Reconciliation of %1 run by %2: %3 matched")
            .arg(d.text("period"), who, d.text("matched"));
    if (a == u"reconciliation.resolved")
        //: Audit log: %1 difference number, %2 order, %3 operator, %4 their note
        return tr("Difference %1 on order %2 resolved by %3: %4")
            .arg(d.text("difference"), order, who, d.text("note"));
    if (a == u"reconciliation.corrected")
        return d.flag("still_found")
                   //: Audit log: %1 difference number, %2 order, %3 the correction ("refreshed
                   //: from Alipay" ...), %4 operator, %5 their note
                   ? tr("Difference %1 on order %2 %3 by %4, still found: %5")
                         .arg(d.text("difference"), order,
                              DifferenceWords::correctionName(d.text("correction")), who,
                              d.text("note"))
                   : tr("Difference %1 on order %2 %3 by %4 and resolved: %5")
                         .arg(d.text("difference"), order,
                              DifferenceWords::correctionName(d.text("correction")), who,
                              d.text("note"));
    return fallback(e);
}

} // namespace DepositDesk
