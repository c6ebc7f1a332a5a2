#pragma once

#include "domain/Nodiscard.h"

#include <QCoreApplication>
#include <QNetworkProxy>
#include <QString>

#include <optional>

namespace DepositDesk {

// How the desk reaches Alipay through a proxy. The setting (ConsoleSettings::proxy()) is one
// text:
//   ""                      the system's proxy (the http_proxy / https_proxy / no_proxy
//                           variables, or the desktop's setting where Qt reads it)
//   "none"                  no proxy at all
//   "http://host:port"      an HTTP proxy (CONNECT for https)
//   "socks5://host:port"    a SOCKS5 proxy
// A user name or password in the URL is refused: the settings file never holds a secret.
// Loopback hosts (a local sandbox, a local intake) are always reached directly.
class NetworkProxy
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::NetworkProxy)

public:
    enum class Mode { System, None, Configured };

    struct DD_NODISCARD Parsed
    {
        Mode mode = Mode::System;
        QNetworkProxy proxy; // Configured only
        QString error;       // translated; set when the text is not a usable setting
        bool ok() const { return error.isEmpty(); }
    };

    static Parsed parse(const QString &setting);

    // Installs the application's proxy factory for `setting` (every QNetworkAccessManager of the
    // process without a proxy of its own uses it). A setting that does not parse installs the
    // system's proxy and returns the error.
    static Parsed apply(const QString &setting);

    // What apply() chose, in words, for the About box and the log ("system proxy", "no proxy",
    // "http://proxy.shop.example:3128").
    static QString describe(const Parsed &parsed);
};

} // namespace DepositDesk
