#include "store/OperatorDirectory.h"

#include "domain/Clock.h"
#include "store/AuditLog.h"
#include "store/OperatorAccess.h"
#include "store/PasswordHasher.h"
#include "store/SqlTransaction.h"
#include "store/Store.h"
#include "store/StoreLockKeys.h"
#include "store/StoreQuery.h"

#include <QCoreApplication>

namespace DepositDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DepositDesk::OperatorDirectory", text);
}

const QString Columns = QStringLiteral(
    "id, login, display_name, role, disabled, failed_attempts, locked_until, created_at, "
    "last_sign_in, password_hash");

QString normalise(const QString &login)
{
    return login.trimmed().toLower();
}

QDateTime timeOrInvalid(const QVariant &value)
{
    return value.isNull() || value.toLongLong() == 0
               ? QDateTime()
               : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

OperatorAccount readAccount(const StoreQuery &q)
{
    OperatorAccount a;
    a.id = q.int64(0);
    a.login = q.text(1);
    a.displayName = q.text(2);
    a.role = operatorRoleFromCode(q.text(3)).value_or(OperatorRole::Agent);
    a.disabled = q.value(4).toInt() != 0;
    a.failedAttempts = q.value(5).toInt();
    a.lockedUntil = timeOrInvalid(q.value(6));
    a.created = timeOrInvalid(q.value(7));
    a.lastSignIn = timeOrInvalid(q.value(8));
    return a;
}

// A hash to verify against when the login is unknown, so that both cases take as long.
const QString &decoyHash()
{
    static const QString hash = PasswordHasher::hash(QStringLiteral("decoy password"));
    return hash;
}

QString actorOr(const QString &actor)
{
    return actor.trimmed().isEmpty() ? OperatorAccess::systemLogin() : actor.trimmed().toLower();
}

SignInResult signInFailure(SignInResult::Status status, const QString &message)
{
    SignInResult result;
    result.status = status;
    result.message = message;
    return result;
}

} // namespace

OperatorDirectory::OperatorDirectory(const Store &store)
    : OperatorDirectory(store, Clock::system())
{}

OperatorDirectory::OperatorDirectory(const Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{}

QString OperatorDirectory::passwordProblem(const QString &password)
{
    if (password.size() < MinPasswordLength)
        return tr("The password is too short: use at least %1 characters.").arg(MinPasswordLength);
    if (password.trimmed().isEmpty())
        return tr("The password cannot be only spaces.");
    return {};
}

std::optional<bool> OperatorDirectory::isEmpty(QString *error) const
{
    StoreQuery q(m_store.database(), QStringLiteral("SELECT COUNT(*) FROM operators"));
    if (!q.exec() || !q.next()) {
        if (error)
            *error = q.errorString();
        return std::nullopt;
    }
    return q.int64(0) == 0;
}

StoreResult OperatorDirectory::insert(const QString &login, const QString &displayName,
                                      OperatorRole role, const QString &password, bool onlyIfEmpty,
                                      const QString &actor)
{
    const QString name = normalise(login);
    if (name.isEmpty())
        return StoreResult::failure(tr("The login cannot be empty."));
    const QString problem = passwordProblem(password);
    if (!problem.isEmpty())
        return StoreResult::failure(problem);
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return StoreResult::failure(tr("The password could not be protected (the system's "
                                       "cryptography failed). Try again."));
    const QSqlDatabase db = m_store.database();
    SqlTransaction tx(db, m_store.dialect(), SqlDialect::TransactionMode::Serialised,
                      StoreLockKeys::Operators);
    if (!tx.isActive())
        return StoreResult::failure(tx.errorString());
    if (onlyIfEmpty) {
        const std::optional<bool> empty = isEmpty();
        if (!empty || !*empty)
            return StoreResult::failure(tr("An administrator already exists. Sign in, or ask "
                                           "an administrator to create your account."));
    }
    if (find(name))
        return StoreResult::failure(tr("The login \"%1\" is taken. Choose another one.").arg(name));
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    StoreQuery q(db, QStringLiteral("INSERT INTO operators (login, display_name, role, "
                                    "password_hash, created_at, updated_at) VALUES (:login, "
                                    ":name, :role, :hash, :now, :now)"));
    const QString shownName = displayName.trimmed().isEmpty() ? name : displayName.trimmed();
    q.bind(QStringLiteral("login"), name)
        .bind(QStringLiteral("name"), shownName)
        .bind(QStringLiteral("role"), operatorRoleCode(role))
        .bind(QStringLiteral("hash"), hash)
        .bind(QStringLiteral("now"), now);
    if (!q.exec())
        return StoreResult::failure(q.errorString());
    const AuditEvent created{
        onlyIfEmpty ? name : actorOr(actor), QStringLiteral("operator.created"), QString(),
        OperatorAccess::details(name, role, false, {{QStringLiteral("display_name"), shownName}})};
    if (const StoreResult audited = AuditLog(m_store).append(created); !audited)
        return audited;
    return tx.commit() ? StoreResult::success() : StoreResult::failure(tx.errorString());
}

StoreResult OperatorDirectory::createFirstAdmin(const QString &login, const QString &displayName,
                                                const QString &password)
{
    return insert(login, displayName, OperatorRole::Admin, password, true, QString());
}

StoreResult OperatorDirectory::create(const QString &login, const QString &displayName,
                                      OperatorRole role, const QString &password,
                                      const QString &actor)
{
    return insert(login, displayName, role, password, false, actor);
}

SignInResult OperatorDirectory::signIn(const QString &login, const QString &password)
{
    const QString wrong = tr("The login or the password is wrong.");
    StoreQuery q(m_store.database(),
                 QStringLiteral("SELECT %1 FROM operators WHERE login = :login").arg(Columns));
    q.bind(QStringLiteral("login"), normalise(login));
    if (!q.exec())
        return signInFailure(SignInResult::Status::Error, q.errorString());
    if (!q.next()) {
        PasswordHasher::verify(password, decoyHash());
        return signInFailure(SignInResult::Status::WrongCredentials, wrong);
    }
    const OperatorAccount account = readAccount(q);
    const QString hash = q.text(9);
    q.finish();
    const QDateTime now = m_clock.now();
    if (account.lockedUntil.isValid() && account.lockedUntil > now) {
        SignInResult result = signInFailure(
            SignInResult::Status::LockedOut,
            tr("Too many wrong passwords: this account is locked until %1. Try again then, or "
               "ask an administrator.")
                .arg(account.lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm"))));
        result.lockedUntil = account.lockedUntil;
        return result;
    }
    const bool match = PasswordHasher::verify(password, hash);
    if (match && account.disabled)
        return signInFailure(SignInResult::Status::Disabled,
                             tr("This account is disabled. Ask an administrator to enable it."));
    if (match) {
        StoreQuery ok(m_store.database(),
                      QStringLiteral("UPDATE operators SET failed_attempts = 0, locked_until = 0, "
                                     "last_sign_in = :now WHERE id = :id"));
        ok.bind(QStringLiteral("now"), now.toMSecsSinceEpoch())
            .bind(QStringLiteral("id"), account.id);
        if (!ok.exec())
            return signInFailure(SignInResult::Status::Error, ok.errorString());
        SignInResult result;
        result.status = SignInResult::Status::Ok;
        result.account = *find(account.login);
        return result;
    }
    // Count the failure atomically (two desks may fail at once); the fifth locks the account.
    StoreQuery fail(m_store.database(),
                    QStringLiteral("UPDATE operators SET failed_attempts = failed_attempts + 1 "
                                   "WHERE id = :id RETURNING failed_attempts"));
    fail.bind(QStringLiteral("id"), account.id);
    if (!fail.exec() || !fail.next())
        return signInFailure(SignInResult::Status::Error, fail.errorString());
    const int failures = fail.value(0).toInt();
    fail.finish();
    if (failures < MaxFailures)
        return signInFailure(SignInResult::Status::WrongCredentials, wrong);
    const QDateTime until = now.addSecs(LockoutSeconds);
    StoreQuery lock(m_store.database(), QStringLiteral("UPDATE operators SET failed_attempts = 0, "
                                                       "locked_until = :until WHERE id = :id"));
    lock.bind(QStringLiteral("until"), until.toMSecsSinceEpoch())
        .bind(QStringLiteral("id"), account.id);
    if (!lock.exec())
        return signInFailure(SignInResult::Status::Error, lock.errorString());
    SignInResult result =
        signInFailure(SignInResult::Status::LockedOut,
                      tr("%1 wrong passwords in a row: this account is locked for %2 minutes.")
                          .arg(MaxFailures)
                          .arg(LockoutSeconds / 60));
    result.lockedUntil = until;
    return result;
}

StoreResult OperatorDirectory::updateField(const QString &login, const QString &assignment,
                                           const QVariant &value)
{
    StoreQuery q(m_store.database(),
                 QStringLiteral("UPDATE operators SET %1, updated_at = :now WHERE login = :login")
                     .arg(assignment));
    q.bind(QStringLiteral("value"), value)
        .bind(QStringLiteral("now"), m_clock.now().toMSecsSinceEpoch())
        .bind(QStringLiteral("login"), normalise(login));
    if (!q.exec())
        return StoreResult::failure(q.errorString());
    if (q.numRowsAffected() != 1)
        return StoreResult::failure(tr("There is no operator \"%1\".").arg(normalise(login)));
    return StoreResult::success();
}

StoreResult OperatorDirectory::changeAccess(const QString &login, std::optional<OperatorRole> role,
                                            std::optional<bool> disabled, const QString &actor)
{
    const QSqlDatabase db = m_store.database();
    SqlTransaction tx(db, m_store.dialect(), SqlDialect::TransactionMode::Serialised,
                      StoreLockKeys::Operators);
    if (!tx.isActive())
        return StoreResult::failure(tx.errorString());
    const std::optional<OperatorAccount> before = find(login);
    if (!before)
        return StoreResult::failure(tr("There is no operator \"%1\".").arg(normalise(login)));
    const StoreResult changed =
        role ? updateField(login, QStringLiteral("role = :value"), operatorRoleCode(*role))
             : updateField(login, QStringLiteral("disabled = :value"), *disabled ? 1 : 0);
    if (!changed)
        return changed;
    AuditEvent event{actorOr(actor), QString(), QString(), {}};
    if (role) {
        event.action = QStringLiteral("operator.role_changed");
        event.details =
            OperatorAccess::details(before->login, *role, before->disabled,
                                    {{QStringLiteral("from"), operatorRoleCode(before->role)},
                                     {QStringLiteral("to"), operatorRoleCode(*role)}});
    } else {
        event.action =
            *disabled ? QStringLiteral("operator.disabled") : QStringLiteral("operator.enabled");
        event.details = OperatorAccess::details(before->login, before->role, *disabled);
    }
    if (const StoreResult audited = AuditLog(m_store).append(event); !audited)
        return audited;
    return tx.commit() ? StoreResult::success() : StoreResult::failure(tx.errorString());
}

StoreResult OperatorDirectory::setDisabled(const QString &login, bool disabled,
                                           const QString &actor)
{
    return changeAccess(login, std::nullopt, disabled, actor);
}

StoreResult OperatorDirectory::setRole(const QString &login, OperatorRole role,
                                       const QString &actor)
{
    return changeAccess(login, role, std::nullopt, actor);
}

StoreResult OperatorDirectory::changePassword(const QString &login, const QString &newPassword)
{
    const QString problem = passwordProblem(newPassword);
    if (!problem.isEmpty())
        return StoreResult::failure(problem);
    const QString hash = PasswordHasher::hash(newPassword);
    if (hash.isEmpty())
        return StoreResult::failure(tr("The password could not be protected (the system's "
                                       "cryptography failed). Try again."));
    return updateField(login, QStringLiteral("password_hash = :value"), hash);
}

std::optional<OperatorAccount> OperatorDirectory::find(const QString &login) const
{
    StoreQuery q(m_store.database(),
                 QStringLiteral("SELECT %1 FROM operators WHERE login = :login").arg(Columns));
    q.bind(QStringLiteral("login"), normalise(login));
    if (q.exec() && q.next())
        return readAccount(q);
    return std::nullopt;
}

QList<OperatorAccount> OperatorDirectory::list() const
{
    QList<OperatorAccount> accounts;
    StoreQuery q(m_store.database(),
                 QStringLiteral("SELECT %1 FROM operators ORDER BY login").arg(Columns));
    if (q.exec())
        while (q.next())
            accounts.append(readAccount(q));
    return accounts;
}

QString OperatorDirectory::demoLogin(OperatorRole role)
{
    return QStringLiteral("demo-") + operatorRoleCode(role);
}

QString OperatorDirectory::demoPassword(OperatorRole role)
{
    return QStringLiteral("demo-%1-pass").arg(operatorRoleCode(role));
}

StoreResult OperatorDirectory::createDemoOperators()
{
    for (OperatorRole role : allOperatorRoles()) {
        if (find(demoLogin(role)))
            continue;
        const StoreResult result =
            create(demoLogin(role), tr("Demo %1").arg(operatorRoleDisplayName(role)), role,
                   demoPassword(role));
        if (!result)
            return result;
    }
    return StoreResult::success();
}

} // namespace DepositDesk
