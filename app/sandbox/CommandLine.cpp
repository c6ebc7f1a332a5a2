#include "sandbox/CommandLine.h"

#include <QCoreApplication>

namespace DepositDesk::Sandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DepositDesk::Sandbox::CommandLine", text);
}

} // namespace

QString CommandLine::usage()
{
    return tr(
        "Usage: depositdesk-sandbox [--port N] [--state FILE] [--seed N --seed-value S]\n"
        "                           [--alipay-key FILE] [--app APPID=PUBKEYFILE ...]\n"
        "                           [--key-dir DIR] [--time-scale X] [--timestamp-skew SECS]\n"
        "An Alipay-compatible gateway on 127.0.0.1 for demos and tests; see "
        "app/sandbox/README.md.");
}

std::optional<Options> CommandLine::parse(const QStringList &arguments, QString *error)
{
    Options options;
    QStringList args = arguments;
    if (!args.isEmpty() && !args.first().startsWith(u'-'))
        args.removeFirst(); // the program name
    auto fail = [error](const QString &message) {
        if (error)
            *error = message + u'\n' + usage();
        return std::nullopt;
    };
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString name = args[i];
        if (name == u"--help" || name == u"-h")
            return fail(tr("Options:"));
        if (i + 1 >= args.size())
            return fail(tr("The option %1 is unknown or has no value.").arg(name));
        const QString value = args[++i];
        bool ok = true;
        if (name == u"--port") {
            const uint port = value.toUInt(&ok);
            ok = ok && port <= 65535;
            options.port = quint16(port);
        } else if (name == u"--state") {
            options.stateFile = value;
        } else if (name == u"--seed") {
            options.seedCount = value.toInt(&ok);
            ok = ok && options.seedCount >= 0;
        } else if (name == u"--seed-value") {
            options.seedValue = value;
        } else if (name == u"--alipay-key") {
            options.alipayKeyFile = value;
        } else if (name == u"--app") {
            const qsizetype equals = value.indexOf(u'=');
            ok = equals > 0 && equals + 1 < value.size();
            options.apps.append({value.left(equals), value.mid(equals + 1)});
        } else if (name == u"--key-dir") {
            options.keyDir = value;
        } else if (name == u"--time-scale") {
            options.timeScale = value.toDouble(&ok);
            ok = ok && options.timeScale >= 0;
        } else if (name == u"--timestamp-skew") {
            options.timestampSkewSecs = value.toLongLong(&ok);
        } else {
            return fail(tr("The option %1 is unknown.").arg(name));
        }
        if (!ok)
            return fail(tr("The value \"%1\" of %2 is not valid.").arg(value, name));
    }
    return options;
}

} // namespace DepositDesk::Sandbox
