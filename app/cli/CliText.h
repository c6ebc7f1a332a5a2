#pragma once

#include <QCoreApplication>

namespace DepositDesk {

// lupdate files a message under the class it is written in: CliText::tr() puts every message of
// the command line under one context, "DepositDesk::Cli".
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::Cli)
};

} // namespace DepositDesk
