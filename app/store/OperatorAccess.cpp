#include "store/OperatorAccess.h"

#include "store/AuditLog.h"
#include "store/OperatorDirectory.h"
#include "store/Store.h"
#include "store/StoreQuery.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <functional>

namespace DepositDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DepositDesk::OperatorAccess", text);
}

const QString Baseline = QStringLiteral("operator.access_baseline");
const QString Created = QStringLiteral("operator.created");
const QString RoleChanged = QStringLiteral("operator.role_changed");
const QString Disabled = QStringLiteral("operator.disabled");
const QString Enabled = QStringLiteral("operator.enabled");

// What the entries read so far (newest first) say of one login.
struct Partial
{
    std::optional<OperatorRole> role;
    std::optional<bool> disabled;
    qint64 seq = 0;

    bool complete() const { return role && disabled; }
};

void learnRole(Partial &p, const QJsonValue &code)
{
    if (!p.role && code.isString())
        p.role = operatorRoleFromCode(code.toString());
}

void learnDisabled(Partial &p, const QJsonValue &value)
{
    if (!p.disabled && value.isBool())
        p.disabled = value.toBool();
}

// Folds one entry, read newest first, into what is known of the logins it names. Entries written
// before access entries carried the whole access (created: role; role_changed: "to";
// disabled/enabled: the action) still say their part.
void learn(QHash<QString, Partial> &known, qint64 seq, const QString &action, const QJsonObject &d)
{
    const auto at = [&](const QString &login) -> Partial & {
        Partial &p = known[login.trimmed().toLower()];
        if (p.seq == 0)
            p.seq = seq;
        return p;
    };
    if (action == Baseline) {
        for (const QJsonValue &op : d.value(QStringLiteral("operators")).toArray()) {
            Partial &p = at(op[QStringLiteral("login")].toString());
            learnRole(p, op[QStringLiteral("role")]);
            learnDisabled(p, op[QStringLiteral("disabled")]);
        }
        return;
    }
    const QString target = d.value(QStringLiteral("target")).toString();
    if (target.isEmpty())
        return;
    Partial &p = at(target);
    learnRole(p, d.value(QStringLiteral("role")));
    learnDisabled(p, d.value(QStringLiteral("disabled")));
    if (action == Created) {
        learnDisabled(p, false); // an account is created enabled
    } else if (action == RoleChanged) {
        learnRole(p, d.value(QStringLiteral("to")));
    } else if (action == Disabled || action == Enabled) {
        learnDisabled(p, action == Disabled);
    }
}

// Reads the access entries newest first until `done` says enough is known.
bool readAccessEntries(const Store &store, QHash<QString, Partial> &known,
                       const std::function<bool()> &done, QString *error)
{
    QStringList placeholders;
    const QStringList actions = OperatorAccess::accessActions();
    for (int i = 0; i < actions.size(); ++i)
        placeholders << QStringLiteral(":a%1").arg(i);
    StoreQuery q(store.database(),
                 QStringLiteral("SELECT seq, action, detail FROM audit_log WHERE action IN (%1) "
                                "ORDER BY seq DESC")
                     .arg(placeholders.join(QLatin1String(", "))));
    for (int i = 0; i < actions.size(); ++i)
        q.bind(QStringLiteral("a%1").arg(i), actions.at(i));
    if (!q.exec()) {
        if (error)
            *error = q.errorString();
        return false;
    }
    while (q.next()) {
        learn(known, q.int64(0), q.text(1), QJsonDocument::fromJson(q.text(2).toUtf8()).object());
        if (done())
            break;
    }
    return true;
}

std::optional<AuditedAccess> finished(const Partial &p)
{
    if (!p.complete())
        return std::nullopt;
    return AuditedAccess{*p.role, *p.disabled, p.seq};
}

} // namespace

QString OperatorAccess::systemLogin()
{
    return QStringLiteral("depositdesk");
}

QStringList OperatorAccess::accessActions()
{
    return {Baseline, Created, RoleChanged, Disabled, Enabled};
}

QJsonObject OperatorAccess::details(const QString &login, OperatorRole role, bool disabled,
                                    const QJsonObject &extra)
{
    QJsonObject d = extra;
    d.insert(QStringLiteral("target"), login.trimmed().toLower());
    d.insert(QStringLiteral("role"), operatorRoleCode(role));
    d.insert(QStringLiteral("disabled"), disabled);
    return d;
}

OperatorAccess::OperatorAccess(const Store &store)
    : m_store(store)
{}

std::optional<AuditedAccess> OperatorAccess::auditedAccess(const QString &login,
                                                           QString *error) const
{
    const QString key = login.trimmed().toLower();
    QHash<QString, Partial> known;
    if (!readAccessEntries(
            m_store, known, [&] { return known.value(key).complete(); }, error))
        return std::nullopt;
    return finished(known.value(key));
}

QHash<QString, AuditedAccess> OperatorAccess::auditedAccessOfAll(QString *error) const
{
    QHash<QString, Partial> known;
    QHash<QString, AuditedAccess> all;
    if (!readAccessEntries(
            m_store, known, [] { return false; }, error))
        return all;
    for (auto it = known.cbegin(); it != known.cend(); ++it)
        if (const std::optional<AuditedAccess> access = finished(it.value()))
            all.insert(it.key(), *access);
    return all;
}

QString OperatorAccess::mismatch(const OperatorAccount &account,
                                 const std::optional<AuditedAccess> &audited)
{
    if (!audited)
        return tr("The account \"%1\" is not in the audit log: it was made outside DepositDesk, "
                  "directly in the database. It cannot sign in until an administrator sets its "
                  "role on the Operators page.")
            .arg(account.login);
    if (audited->role != account.role)
        return tr("The role of \"%1\" was changed outside DepositDesk: the database says %2, the "
                  "audit log last recorded %3. It cannot sign in until an administrator sets its "
                  "role again on the Operators page.")
            .arg(account.login, operatorRoleDisplayName(account.role),
                 operatorRoleDisplayName(audited->role));
    if (audited->disabled && !account.disabled)
        return tr("The account \"%1\" was enabled outside DepositDesk: the audit log last "
                  "recorded it as disabled. It cannot sign in until an administrator enables it "
                  "on the Operators page.")
            .arg(account.login);
    if (!audited->disabled && account.disabled)
        return tr("The account \"%1\" was disabled outside DepositDesk: the audit log last "
                  "recorded it as enabled.")
            .arg(account.login);
    return {};
}

StoreResult OperatorAccess::recordBaseline() const
{
    const QList<OperatorAccount> accounts = OperatorDirectory(m_store).list();
    if (accounts.isEmpty())
        return StoreResult::success();
    QJsonArray operators;
    for (const OperatorAccount &a : accounts)
        operators.append(QJsonObject{{QStringLiteral("login"), a.login},
                                     {QStringLiteral("role"), operatorRoleCode(a.role)},
                                     {QStringLiteral("disabled"), a.disabled}});
    return AuditLog(m_store).append(
        {systemLogin(), Baseline, QString(), {{QStringLiteral("operators"), operators}}});
}

} // namespace DepositDesk
