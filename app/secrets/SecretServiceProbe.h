#pragma once

#include <QObject>
#include <QString>

namespace DepositDesk {

// Asks the Secret Service (org.freedesktop.secrets on the session bus) whether its default
// collection is locked, without blocking: QtKeychain's libsecret backend reports a locked
// collection as "entry not found" on read and as success on delete, so CredentialStore asks
// first. On systems without D-Bus keychains (macOS, Windows) the answer is Unknown at once.
class SecretServiceProbe : public QObject
{
    Q_OBJECT

public:
    enum class Result {
        NoSessionBus, // no D-Bus session bus: no keychain of any kind on Linux
        NoService,    // a bus, but nobody provides org.freedesktop.secrets (KWallet may still)
        Locked,
        Unlocked,
        AccessDenied,
        NoAnswer, // the service did not answer within the timeout
        Unknown,  // e.g. no default collection yet: let the keychain job decide
    };
    Q_ENUM(Result)

    explicit SecretServiceProbe(int timeoutMs, QObject *parent = nullptr);

    // Emits finished() once, from the event loop.
    void start();

    // False when neither DBUS_SESSION_BUS_ADDRESS nor $XDG_RUNTIME_DIR/bus points to a bus.
    // Checked before touching D-Bus so that no bus is auto-launched (dbus-launch on X11).
    static bool sessionBusConfigured();

Q_SIGNALS:
    void finished(DepositDesk::SecretServiceProbe::Result result, const QString &detail);

private:
    void finishLater(Result result, const QString &detail);

    int m_timeoutMs;
};

} // namespace DepositDesk
