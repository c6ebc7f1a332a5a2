#pragma once

// Faults at random through the sandbox's control API (POST /sandbox/faults), one rule at a time
// for the next request(s) of one method.

#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace DepositDesk::Chaos {

class FaultInjector
{
public:
    // base: http://127.0.0.1:<port>; clientTimeoutMs: the desk's gateway timeout; kinds: the
    // fault kinds to draw from (empty: all of allKinds()).
    FaultInjector(const QUrl &base, int clientTimeoutMs, const QStringList &kinds = {});
    static QStringList allKinds();

    // Picks a fault kind for `method` with `rng` and installs it; the kind, or empty when the
    // sandbox refused.
    QString inject(const QString &method, QRandomGenerator &rng);

private:
    bool post(const QByteArray &body);

    QUrl m_base;
    int m_timeoutMs;
    QStringList m_kinds;
    QNetworkAccessManager m_network;
};

} // namespace DepositDesk::Chaos
