#include "cli/CliCommands.h"
#include "cli/CliCommand.h"
#include "cli/CliText.h"

namespace DepositDesk::Cli {

// One entry per subcommand: its words, its help, its arguments, whether it calls Alipay, its own
// options and its function.
const QList<Command> &commands()
{
    using namespace CliCommands;
    static const QList<Command> list = {
        {QStringLiteral("lookup"),
         QT_TRANSLATE_NOOP("DepositDesk::Cli",
                           "Show an order (auth_no or merchant order number); one not in the "
                           "order list is looked up at Alipay and added."),
         QStringLiteral("ORDER"), 1, true, nullptr, &lookup},
        {QStringLiteral("unfreeze"),
         QT_TRANSLATE_NOOP("DepositDesk::Cli", "Release AMOUNT yuan of an order's deposit."),
         QStringLiteral("ORDER AMOUNT"), 2, true, &reasonOption, &unfreeze},
        {QStringLiteral("charge"),
         QT_TRANSLATE_NOOP("DepositDesk::Cli", "Charge AMOUNT yuan from an order's deposit."),
         QStringLiteral("ORDER AMOUNT"), 2, true, &chargeOptions, &charge},
        {QStringLiteral("refund-request"),
         QT_TRANSLATE_NOOP("DepositDesk::Cli",
                           "Ask for a refund of AMOUNT yuan of a charge (TRADE: its out_trade_no); "
                           "a supervisor approves it unless the desk policy does."),
         QStringLiteral("ORDER TRADE AMOUNT"), 3, true, &reasonOption, &refundRequest},
        {QStringLiteral("cancel"),
         QT_TRANSLATE_NOOP("DepositDesk::Cli", "Cancel a freeze whose outcome is unknown."),
         QStringLiteral("ORDER"), 1, true, &reasonOption, &cancel},
        {QStringLiteral("bulk"),
         QT_TRANSLATE_NOOP("DepositDesk::Cli",
                           "Run one action on every order of a list (CSV or XLSX, as the Bulk "
                           "action dialog loads it): prints the preview; --yes sends it. Running "
                           "the same file again never sends a row twice."),
         QStringLiteral("FILE"), 1, true, &bulkOptions, &bulk},
        {QStringLiteral("sync"),
         QT_TRANSLATE_NOOP("DepositDesk::Cli",
                           "Refresh an order from Alipay (its operations, charges and refunds)."),
         QStringLiteral("ORDER"), 1, true, nullptr, &sync},
        {QStringLiteral("resolve"),
         QT_TRANSLATE_NOOP("DepositDesk::Cli",
                           "Settle every outcome that is unknown by querying Alipay."),
         QString(), 0, true, &resolveOptions, &resolve},
        {QStringLiteral("reconcile"),
         QT_TRANSLATE_NOOP("DepositDesk::Cli",
                           "Reconcile a downloaded Alipay trade bill (.csv.zip) with the ledger, "
                           "as the console does; --export writes the differences."),
         QStringLiteral("FILE"), 1, false, &reconcileOptions, &reconcile},
        {QStringLiteral("audit verify"),
         QT_TRANSLATE_NOOP("DepositDesk::Cli",
                           "Check the whole audit chain; exits 1 when it is broken."),
         QString(), 0, false, nullptr, &auditVerify},
        {QStringLiteral("audit export"),
         QT_TRANSLATE_NOOP("DepositDesk::Cli",
                           "Write the audit log (or the entries of some days, an operator, an "
                           "order) to a CSV or XLSX file."),
         QString(), 0, false, &auditExportOptions, &auditExport},
    };
    return list;
}

} // namespace DepositDesk::Cli
