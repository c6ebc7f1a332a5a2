<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DepositDesk::AccountBillParser</name>
    <message>
        <source>The amount &quot;%1&quot; is not a number of yuan with at most two decimals.</source>
        <translation>The amount &quot;%1&quot; is not a number of yuan with at most two decimals.</translation>
    </message>
    <message>
        <source>Alipay account bill</source>
        <translation>Alipay account bill</translation>
    </message>
    <message>
        <source>The line has no 账务流水号 (serial number).</source>
        <translation>The line has no 账务流水号 (serial number).</translation>
    </message>
    <message>
        <source>The time &quot;%1&quot; is not a date and time (yyyy-MM-dd HH:mm:ss).</source>
        <translation>The time &quot;%1&quot; is not a date and time (yyyy-MM-dd HH:mm:ss).</translation>
    </message>
    <message>
        <source>The income %1 or the expense %2 has the wrong sign: income is never negative and an expense never positive.</source>
        <translation>The income %1 or the expense %2 has the wrong sign: income is never negative and an expense never positive.</translation>
    </message>
    <message>
        <source>The line has both an income and an expense: a movement is one or the other.</source>
        <translation>The line has both an income and an expense: a movement is one or the other.</translation>
    </message>
    <message>
        <source>The line has no 业务类型 (business type).</source>
        <translation>The line has no 业务类型 (business type).</translation>
    </message>
    <message>
        <source>The totals line &quot;%1&quot; cannot be read: it has no count of lines or no amount with at most two decimals.</source>
        <translation>The totals line &quot;%1&quot; cannot be read: it has no count of lines or no amount with at most two decimals.</translation>
    </message>
    <message>
        <source>The totals lines (收入合计, 支出合计) are missing after the list: the file is truncated. Download the bill again.</source>
        <translation>The totals lines (收入合计, 支出合计) are missing after the list: the file is truncated. Download the bill again.</translation>
    </message>
    <message>
        <source>The summary&apos;s row &quot;%1&quot; has a count that is not a number.</source>
        <translation>The summary&apos;s row &quot;%1&quot; has a count that is not a number.</translation>
    </message>
    <message>
        <source>The summary&apos;s row &quot;%1&quot; says %2 yuan in all, not its income %3 plus its expense %4: the file is inconsistent.</source>
        <translation>The summary&apos;s row &quot;%1&quot; says %2 yuan in all, not its income %3 plus its expense %4: the file is inconsistent.</translation>
    </message>
    <message>
        <source>The summary file has no 合计 (total) row.</source>
        <translation>The summary file has no 合计 (total) row.</translation>
    </message>
    <message>
        <source>The balances line &quot;%1&quot; cannot be read: it needs 期初余额 and 期末余额 with at most two decimals.</source>
        <translation>The balances line &quot;%1&quot; cannot be read: it needs 期初余额 and 期末余额 with at most two decimals.</translation>
    </message>
    <message>
        <source>%1 income(s) for %2 yuan and %3 expense(s) for %4 yuan</source>
        <translation>%1 income(s) for %2 yuan and %3 expense(s) for %4 yuan</translation>
    </message>
    <message>
        <source>The archive holds no account detail file (…账务明细.csv): it is not an Alipay account bill.</source>
        <translation>The archive holds no account detail file (…账务明细.csv): it is not an Alipay account bill.</translation>
    </message>
    <message>
        <source>the totals lines say %1, but the movements add up to %2</source>
        <translation>the totals lines say %1, but the movements add up to %2</translation>
    </message>
    <message>
        <source>its 合计 row says %1, but the movements add up to %2</source>
        <translation>its 合计 row says %1, but the movements add up to %2</translation>
    </message>
    <message>
        <source>its row %1 says %2, but the movements of that type add up to %3</source>
        <translation>its row %1 says %2, but the movements of that type add up to %3</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>its row %1 says %2, but no movement has that type</source>
        <translation>its row %1 says %2, but no movement has that type</translation>
    </message>
    <message>
        <source>its opening balance is %1 yuan, but the movements start from %2 yuan</source>
        <translation>its opening balance is %1 yuan, but the movements start from %2 yuan</translation>
    </message>
    <message>
        <source>its closing balance is %1 yuan, but the movements end at %2 yuan</source>
        <translation>its closing balance is %1 yuan, but the movements end at %2 yuan</translation>
    </message>
    <message>
        <source>The balance %1 yuan is not the previous balance plus this movement (%2 yuan): the running balance is broken.</source>
        <translation>The balance %1 yuan is not the previous balance plus this movement (%2 yuan): the running balance is broken.</translation>
    </message>
    <message>
        <source>The file is inconsistent: %1.</source>
        <translation>The file is inconsistent: %1.</translation>
    </message>
    <message>
        <source>The summary does not match the detail file: %1.</source>
        <translation>The summary does not match the detail file: %1.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::AccountBillTotalsView</name>
    <message>
        <source>Reconcile a downloaded account bill to see what moved in the Alipay account.</source>
        <translation>Reconcile a downloaded account bill to see what moved in the Alipay account.</translation>
    </message>
    <message>
        <source>%1 of %2, reconciled on %3 by %4</source>
        <extracomment>%1 &quot;Account bill (账务明细)&quot;, %2 the period, %3 when the run finished (China time), %4 who</extracomment>
        <translation>%1 of %2, reconciled on %3 by %4</translation>
    </message>
    <message>
        <source>Alipay took in %1 for charges and paid out %2 in refunds; it kept %3 in fees and gave %4 of fees back; %5 was transferred out. The balance went from %6 to %7.</source>
        <extracomment>The account bill&apos;s totals in words; every %n is an amount such as ¥1,234.50</extracomment>
        <translation>Alipay took in %1 for charges and paid out %2 in refunds; it kept %3 in fees and gave %4 of fees back; %5 was transferred out. The balance went from %6 to %7.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment and refund movement(s) match our records.</source>
        <translation>
            <numerusform>%n payment and refund movement matches our records.</numerusform>
            <numerusform>%n payment and refund movements match our records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s) in the bill.</source>
        <translation>
            <numerusform>%n movement in the bill.</numerusform>
            <numerusform>%n movements in the bill.</numerusform>
        </translation>
    </message>
    <message>
        <source>The running balance chains from one movement to the next.</source>
        <translation>The running balance chains from one movement to the next.</translation>
    </message>
    <message numerus="yes">
        <source>The running balance is broken at %n movement(s).</source>
        <translation>
            <numerusform>The running balance is broken at %n movement.</numerusform>
            <numerusform>The running balance is broken at %n movements.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trade bill of this period was not downloaded, so the totals were not compared with it. Download it and reconcile again.</source>
        <translation>The trade bill of this period was not downloaded, so the totals were not compared with it. Download it and reconcile again.</translation>
    </message>
    <message>
        <source>The trade bill of this period (%1) could not be read, so the totals were not compared with it.</source>
        <translation>The trade bill of this period (%1) could not be read, so the totals were not compared with it.</translation>
    </message>
    <message>
        <source>Income, refunds and fees agree with the trade bill of this period (%1).</source>
        <translation>Income, refunds and fees agree with the trade bill of this period (%1).</translation>
    </message>
    <message>
        <source>Income, refunds or fees do NOT agree with the trade bill of this period (%1).</source>
        <translation>Income, refunds or fees do NOT agree with the trade bill of this period (%1).</translation>
    </message>
    <message>
        <source>The movements add up to the bill&apos;s totals lines.</source>
        <translation>The movements add up to the bill&apos;s totals lines.</translation>
    </message>
    <message>
        <source>The movements do NOT add up to the bill&apos;s totals lines.</source>
        <translation>The movements do NOT add up to the bill&apos;s totals lines.</translation>
    </message>
    <message>
        <source>The bill has no summary file.</source>
        <translation>The bill has no summary file.</translation>
    </message>
    <message>
        <source>They agree with the summary file.</source>
        <translation>They agree with the summary file.</translation>
    </message>
    <message>
        <source>They do NOT agree with the summary file.</source>
        <translation>They do NOT agree with the summary file.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 the kind of difference, %2 how many</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No differences: the account bill and our records agree.</source>
        <translation>No differences: the account bill and our records agree.</translation>
    </message>
    <message>
        <source>Differences found — %1</source>
        <translation>Differences found — %1</translation>
    </message>
    <message>
        <source>Income (在线支付)</source>
        <translation>Income (在线支付)</translation>
    </message>
    <message>
        <source>Refunds (交易退款)</source>
        <translation>Refunds (交易退款)</translation>
    </message>
    <message>
        <source>Fees (收费)</source>
        <translation>Fees (收费)</translation>
    </message>
    <message>
        <source>Fees given back (收费退回)</source>
        <translation>Fees given back (收费退回)</translation>
    </message>
    <message>
        <source>Transfers out (提现, 转账)</source>
        <translation>Transfers out (提现, 转账)</translation>
    </message>
    <message>
        <source>Other money in</source>
        <translation>Other money in</translation>
    </message>
    <message>
        <source>Other money out</source>
        <translation>Other money out</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Opening balance</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Closing balance</translation>
    </message>
</context>
<context>
    <name>DepositDesk::AccountReconciliation</name>
    <message>
        <source>Line %1 (movement %2) says the balance is ¥%3, but the balance before it plus the movement make ¥%4: the account bill&apos;s running balance is broken. Download the bill again; if it stays, raise it with Alipay.</source>
        <extracomment>%1 line number, %2 serial number (账务流水号), %3 and %4 amounts in yuan</extracomment>
        <translation>Line %1 (movement %2) says the balance is ¥%3, but the balance before it plus the movement make ¥%4: the account bill&apos;s running balance is broken. Download the bill again; if it stays, raise it with Alipay.</translation>
    </message>
    <message>
        <source>The account bill&apos;s totals lines do not add up: %1. Download the bill again.</source>
        <translation>The account bill&apos;s totals lines do not add up: %1. Download the bill again.</translation>
    </message>
    <message>
        <source>The account bill&apos;s summary file does not match its movements: %1. Download the bill again.</source>
        <translation>The account bill&apos;s summary file does not match its movements: %1. Download the bill again.</translation>
    </message>
    <message>
        <source>%1: ¥%2 against ¥%3</source>
        <extracomment>%1 what is compared, %2 the account bill&apos;s amount, %3 the trade bill&apos;s</extracomment>
        <translation>%1: ¥%2 against ¥%3</translation>
    </message>
    <message>
        <source>income</source>
        <translation>income</translation>
    </message>
    <message>
        <source>refunds</source>
        <translation>refunds</translation>
    </message>
    <message>
        <source>fees less fees given back</source>
        <translation>fees less fees given back</translation>
    </message>
    <message>
        <source>The account bill and the trade bill of the same period disagree (account bill against trade bill): %1.</source>
        <translation>The account bill and the trade bill of the same period disagree (account bill against trade bill): %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>The database is not open: %1</source>
        <translation>The database is not open: %1</translation>
    </message>
    <message>
        <source>The reconciliation was cancelled.</source>
        <translation>The reconciliation was cancelled.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::ActionDialog</name>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Done. Alipay confirmed it.</source>
        <translation>Done. Alipay confirmed it.</translation>
    </message>
    <message>
        <source>Recorded. Nothing was sent to Alipay yet.</source>
        <translation>Recorded. Nothing was sent to Alipay yet.</translation>
    </message>
    <message>
        <source>Not sent. Nothing changed.</source>
        <translation>Not sent. Nothing changed.</translation>
    </message>
    <message>
        <source>Alipay refused it. No money moved.</source>
        <translation>Alipay refused it. No money moved.</translation>
    </message>
    <message>
        <source>Awaiting confirmation: Alipay&apos;s answer did not arrive. The console keeps asking Alipay; do not send it again.</source>
        <translation>Awaiting confirmation: Alipay&apos;s answer did not arrive. The console keeps asking Alipay; do not send it again.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Amount (yuan):</source>
        <translation>Amount (yuan):</translation>
    </message>
    <message>
        <source>e.g. 20.00</source>
        <translation>e.g. 20.00</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>Reason (required):</translation>
    </message>
    <message>
        <source>Why, in a few words; kept in the audit log</source>
        <translation>Why, in a few words; kept in the audit log</translation>
    </message>
</context>
<context>
    <name>DepositDesk::ActionMessages</name>
    <message>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <source>an unfreeze of %1</source>
        <translation>an unfreeze of %1</translation>
    </message>
    <message>
        <source>a charge of %1</source>
        <translation>a charge of %1</translation>
    </message>
    <message>
        <source>a refund of %1</source>
        <translation>a refund of %1</translation>
    </message>
    <message>
        <source>the cancellation of the freeze</source>
        <translation>the cancellation of the freeze</translation>
    </message>
    <message>
        <source>a report to Sesame Credit</source>
        <translation>a report to Sesame Credit</translation>
    </message>
    <message>
        <source>Waiting for Alipay to confirm %1 (request %2). Other actions on this order wait until it is settled.</source>
        <translation>Waiting for Alipay to confirm %1 (request %2). Other actions on this order wait until it is settled.</translation>
    </message>
    <message>
        <source>%1 was unfrozen and goes back to the customer.</source>
        <translation>%1 was unfrozen and goes back to the customer.</translation>
    </message>
    <message>
        <source>%1 was charged from the deposit.</source>
        <translation>%1 was charged from the deposit.</translation>
    </message>
    <message>
        <source>%1 was refunded to the customer.</source>
        <translation>%1 was refunded to the customer.</translation>
    </message>
    <message>
        <source>The freeze was cancelled.</source>
        <translation>The freeze was cancelled.</translation>
    </message>
    <message>
        <source>Sesame Credit was told how the order ended.</source>
        <translation>Sesame Credit was told how the order ended.</translation>
    </message>
    <message>
        <source>The answer to %1 did not arrive. It is written down and awaiting confirmation: DepositDesk asks Alipay and settles it by itself. Do not do it again.</source>
        <translation>The answer to %1 did not arrive. It is written down and awaiting confirmation: DepositDesk asks Alipay and settles it by itself. Do not do it again.</translation>
    </message>
    <message>
        <source>Alipay shows that %1 was not done. It may be sent again with the same request number %2.</source>
        <translation>Alipay shows that %1 was not done. It may be sent again with the same request number %2.</translation>
    </message>
    <message>
        <source>Alipay confirmed it, but the console could not record it: %1 Refresh the order.</source>
        <translation>Alipay confirmed it, but the console could not record it: %1 Refresh the order.</translation>
    </message>
    <message>
        <source>Alipay refused %1 (%2). Nothing was moved. Refresh the order to see its state.</source>
        <extracomment>%1: the action, such as &quot;an unfreeze of ¥10.00&quot;; %2: Alipay&apos;s reason (often Chinese)</extracomment>
        <translation>Alipay refused %1 (%2). Nothing was moved. Refresh the order to see its state.</translation>
    </message>
    <message>
        <source>Not done: the audit log could not record this action, and nothing is done without its audit entry. Nothing was sent to Alipay and nothing changed. %1</source>
        <extracomment>%1 the database&apos;s own sentence (what failed, what to check)</extracomment>
        <translation>Not done: the audit log could not record this action, and nothing is done without its audit entry. Nothing was sent to Alipay and nothing changed. %1</translation>
    </message>
    <message>
        <source>But the audit log could not record it: %1 Tell an administrator that the audit log is missing this entry.</source>
        <extracomment>Added after an action&apos;s outcome; %1 the database&apos;s own sentence</extracomment>
        <translation>But the audit log could not record it: %1 Tell an administrator that the audit log is missing this entry.</translation>
    </message>
    <message>
        <source>The request number &quot;%1&quot; is not one Alipay accepts (1 to 64 letters, digits or underscores). Nothing was sent.</source>
        <translation>The request number &quot;%1&quot; is not one Alipay accepts (1 to 64 letters, digits or underscores). Nothing was sent.</translation>
    </message>
    <message>
        <source>Not sent: the request is not safely stored yet (the database transaction it was written in is still open). Nothing was moved; try again.</source>
        <translation>Not sent: the request is not safely stored yet (the database transaction it was written in is still open). Nothing was moved; try again.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::ApproveRefundDialog</name>
    <message>
        <source>Approve refund request %1</source>
        <translation>Approve refund request %1</translation>
    </message>
    <message>
        <source>Reject refund request %1</source>
        <translation>Reject refund request %1</translation>
    </message>
    <message>
        <source>Approving sends exactly this refund to Alipay: the amount and request number below, nothing else.</source>
        <translation>Approving sends exactly this refund to Alipay: the amount and request number below, nothing else.</translation>
    </message>
    <message>
        <source>Rejecting closes this request; nothing is sent to Alipay. The agent may ask again with a new request.</source>
        <translation>Rejecting closes this request; nothing is sent to Alipay. The agent may ask again with a new request.</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Order:</translation>
    </message>
    <message>
        <source>Charge:</source>
        <translation>Charge:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Amount:</translation>
    </message>
    <message>
        <source>Refund request number:</source>
        <translation>Refund request number:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Requested by:</source>
        <translation>Requested by:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>%1 (Alipay %2)</source>
        <extracomment>%1 the merchant&apos;s charge number (out_trade_no), %2 Alipay&apos;s trade number</extracomment>
        <translation>%1 (Alipay %2)</translation>
    </message>
    <message>
        <source>%1 at %2 (China time)</source>
        <extracomment>%1 login of who asked, %2 when (China time)</extracomment>
        <translation>%1 at %2 (China time)</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>History:</translation>
    </message>
    <message>
        <source>%1  %2 by %3</source>
        <extracomment>One status change: %1 time (China), %2 status, %3 who, %4 comment</extracomment>
        <translation>%1  %2 by %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A supervisor signs in here</source>
        <translation>A supervisor signs in here</translation>
    </message>
    <message>
        <source>%1 A supervisor who did not ask for this refund signs in below; this desk stays signed in as %2.</source>
        <extracomment>%1 why the signed-in operator may not decide (a sentence)</extracomment>
        <translation>%1 A supervisor who did not ask for this refund signs in below; this desk stays signed in as %2.</translation>
    </message>
    <message>
        <source>Supervisor login:</source>
        <translation>Supervisor login:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>You approve as %1.</source>
        <translation>You approve as %1.</translation>
    </message>
    <message>
        <source>You reject as %1.</source>
        <translation>You reject as %1.</translation>
    </message>
    <message>
        <source>Comment (optional):</source>
        <translation>Comment (optional):</translation>
    </message>
    <message>
        <source>Why is it rejected? (required)</source>
        <translation>Why is it rejected? (required)</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Approve and send</source>
        <translation>Approve and send</translation>
    </message>
    <message>
        <source>Reject request</source>
        <translation>Reject request</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>There is no refund request number %1.</source>
        <translation>There is no refund request number %1.</translation>
    </message>
    <message>
        <source>Sending the refund to Alipay…</source>
        <translation>Sending the refund to Alipay…</translation>
    </message>
</context>
<context>
    <name>DepositDesk::AuditLog</name>
    <message>
        <source>The audit entry was not written: its detail &quot;%1&quot; is or looks like a secret (password, key or token). Secrets never go into the audit log; leave that detail out.</source>
        <translation>The audit entry was not written: its detail &quot;%1&quot; is or looks like a secret (password, key or token). Secrets never go into the audit log; leave that detail out.</translation>
    </message>
    <message>
        <source>An audit entry needs the operator and an action name such as &quot;order.unfreeze&quot;.</source>
        <translation>An audit entry needs the operator and an action name such as &quot;order.unfreeze&quot;.</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>The export could not be written: %1</translation>
    </message>
    <message>
        <source>The audit log&apos;s checkpoint record is missing.</source>
        <translation>The audit log&apos;s checkpoint record is missing.</translation>
    </message>
    <message>
        <source>Entry %1, verified before, is missing.</source>
        <translation>Entry %1, verified before, is missing.</translation>
    </message>
    <message>
        <source>Entry %1, verified before, was changed since.</source>
        <translation>Entry %1, verified before, was changed since.</translation>
    </message>
    <message>
        <source>Entry %1 is missing or out of place: the chain jumps to %2.</source>
        <translation>Entry %1 is missing or out of place: the chain jumps to %2.</translation>
    </message>
    <message>
        <source>Entry %1 does not point to the entry before it.</source>
        <translation>Entry %1 does not point to the entry before it.</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written.</source>
        <translation>Entry %1 was changed after it was written.</translation>
    </message>
    <message>
        <source>The audit log&apos;s head record is missing.</source>
        <translation>The audit log&apos;s head record is missing.</translation>
    </message>
    <message>
        <source>The audit log ends at entry %1 but was last written at entry %2: entries were removed or added outside DepositDesk.</source>
        <translation>The audit log ends at entry %1 but was last written at entry %2: entries were removed or added outside DepositDesk.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::AuditLogPage</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>No entries match these filters.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %Ln entries are shown; scroll down for older ones.</source>
        <extracomment>Audit log page: %Ln entries loaded so far; more load when the table is scrolled</extracomment>
        <translation>
            <numerusform>The newest %Ln entry is shown; scroll down for older ones.</numerusform>
            <numerusform>The newest %Ln entries are shown; scroll down for older ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries matching these filters: %Ln</source>
        <extracomment>Audit log page: %Ln how many entries the filters select (all loaded)</extracomment>
        <translation>
            <numerusform>Entries matching these filters: %Ln</numerusform>
            <numerusform>Entries matching these filters: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry %1, written %2 (China time) by %3</source>
        <extracomment>Audit log details pane: %1 entry number, %2 time (China), %3 operator</extracomment>
        <translation>Entry %1, written %2 (China time) by %3</translation>
    </message>
    <message>
        <source>Action code: %1</source>
        <extracomment>Audit log details pane: %1 the action&apos;s code as stored</extracomment>
        <translation>Action code: %1</translation>
    </message>
    <message>
        <source>Order: %1</source>
        <translation>Order: %1</translation>
    </message>
    <message>
        <source>Recorded details:</source>
        <translation>Recorded details:</translation>
    </message>
    <message>
        <source>Hash: %1</source>
        <extracomment>Audit log details pane: the entry&apos;s hash and the previous entry&apos;s hash (the chain)</extracomment>
        <translation>Hash: %1</translation>
    </message>
    <message>
        <source>Previous entry&apos;s hash: %1</source>
        <translation>Previous entry&apos;s hash: %1</translation>
    </message>
    <message>
        <source>Checking every entry of the audit log…</source>
        <translation>Checking every entry of the audit log…</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <source>Export as Excel</source>
        <translation>Export as Excel</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>O&amp;perator:</source>
        <translation>O&amp;perator:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Any action</translation>
    </message>
    <message>
        <source>O&amp;rder:</source>
        <translation>O&amp;rder:</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <extracomment>Audit log filter: only entries written in these days (China time)</extracomment>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Audit log filter: &quot;From &lt;day&gt; to &lt;day&gt;&quot;</extracomment>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Verify the chain</translation>
    </message>
    <message>
        <source>Check every entry of the audit log against its hash and the entry before it</source>
        <translation>Check every entry of the audit log against its hash and the entry before it</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Write the entries these filters select to a file</source>
        <translation>Write the entries these filters select to a file</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Export as CSV…</translation>
    </message>
    <message>
        <source>Export as Excel…</source>
        <translation>Export as Excel…</translation>
    </message>
</context>
<context>
    <name>DepositDesk::AuditService</name>
    <message>
        <source>The audit log is empty: there is nothing to check yet.</source>
        <translation>The audit log is empty: there is nothing to check yet.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln entries are intact; the last was written %1.</source>
        <extracomment>%Ln entries checked (with thousands separators), %1 date and time (China time)</extracomment>
        <translation>
            <numerusform>The %Ln entry is intact; it was written %1.</numerusform>
            <numerusform>All %Ln entries are intact; the last was written %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log is broken at entry %1: %2 The %Ln entries before it are intact. Entries were changed, removed or added outside DepositDesk, so the log no longer proves what happened from that entry on. Leave the database as it is and tell your administrator.</source>
        <extracomment>%1 the first broken entry, %2 why (the check&apos;s own sentence), %Ln entries intact before it</extracomment>
        <translation>
            <numerusform>The audit log is broken at entry %1: %2 The %Ln entry before it is intact. Entries were changed, removed or added outside DepositDesk, so the log no longer proves what happened from that entry on. Leave the database as it is and tell your administrator.</numerusform>
            <numerusform>The audit log is broken at entry %1: %2 The %Ln entries before it are intact. Entries were changed, removed or added outside DepositDesk, so the log no longer proves what happened from that entry on. Leave the database as it is and tell your administrator.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be opened for writing: %2. Choose another folder or file name.</source>
        <translation>%1 could not be opened for writing: %2. Choose another folder or file name.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2. Check that the disk has room, then export again.</source>
        <translation>%1 could not be saved: %2. Check that the disk has room, then export again.</translation>
    </message>
    <message>
        <source>Nothing was exported: the audit log could not record the export. %1</source>
        <translation>Nothing was exported: the audit log could not record the export. %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries exported to %1.</source>
        <extracomment>%Ln entries, %1 the file</extracomment>
        <translation>
            <numerusform>%Ln entry exported to %1.</numerusform>
            <numerusform>%Ln entries exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DepositDesk::AuditTableModel</name>
    <message>
        <source>No.</source>
        <extracomment>Audit log column: the entry&apos;s number in the chain</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <source>When (China time)</source>
        <translation>When (China time)</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Action code</source>
        <extracomment>Audit log column: the action&apos;s code as stored (&quot;order.unfreeze.requested&quot;)</extracomment>
        <translation>Action code</translation>
    </message>
    <message>
        <source>Recorded details</source>
        <extracomment>Audit log column: the entry&apos;s recorded details as stored (JSON)</extracomment>
        <translation>Recorded details</translation>
    </message>
</context>
<context>
    <name>DepositDesk::AuditView</name>
    <message>
        <source>No.</source>
        <extracomment>Audit log column: the entry&apos;s sequence number in the chain.</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Audit log of the order</source>
        <translation>Audit log of the order</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Action code</source>
        <translation>Action code</translation>
    </message>
    <message>
        <source>Recorded details</source>
        <translation>Recorded details</translation>
    </message>
</context>
<context>
    <name>DepositDesk::AuditWords</name>
    <message>
        <source>Unfreeze</source>
        <extracomment>Audit log: the thing done, as the subject of a sentence (&quot;Unfreeze of ¥12.00 ...&quot;)</extracomment>
        <translation>Unfreeze</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Cancel of the freeze</source>
        <translation>Cancel of the freeze</translation>
    </message>
    <message>
        <source>Sesame report</source>
        <translation>Sesame report</translation>
    </message>
    <message>
        <source>%1 of ¥%2</source>
        <extracomment>Audit log: %1 the thing done (&quot;Unfreeze&quot;), %2 the amount in yuan</extracomment>
        <translation>%1 of ¥%2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <source>it was done</source>
        <translation>it was done</translation>
    </message>
    <message>
        <source>it was not done</source>
        <translation>it was not done</translation>
    </message>
    <message>
        <source>it never reached Alipay</source>
        <translation>it never reached Alipay</translation>
    </message>
    <message>
        <source>still unknown</source>
        <translation>still unknown</translation>
    </message>
    <message>
        <source>%1 requested on order %2 by %3</source>
        <extracomment>Audit log: %1 &quot;Unfreeze of ¥12.00&quot;, %2 order number, %3 operator</extracomment>
        <translation>%1 requested on order %2 by %3</translation>
    </message>
    <message>
        <source>%1 on order %2 succeeded (request %3)</source>
        <extracomment>Audit log: %1 &quot;Unfreeze of ¥12.00&quot;, %2 order number, %3 request number</extracomment>
        <translation>%1 on order %2 succeeded (request %3)</translation>
    </message>
    <message>
        <source>%1 on order %2 failed: %3</source>
        <extracomment>Audit log: %1 &quot;Unfreeze of ¥12.00&quot;, %2 order number, %3 Alipay&apos;s reason</extracomment>
        <translation>%1 on order %2 failed: %3</translation>
    </message>
    <message>
        <source>%1 on order %2: Alipay&apos;s answer did not arrive; awaiting confirmation</source>
        <extracomment>Audit log: %1 &quot;Unfreeze of ¥12.00&quot;, %2 order number</extracomment>
        <translation>%1 on order %2: Alipay&apos;s answer did not arrive; awaiting confirmation</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <extracomment>Audit log, an action without words of its own: %1 the action code, %2 operator</extracomment>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>%1 on order %2 by %3</source>
        <extracomment>Audit log, an action without words of its own: %1 the action code, %2 order, %3 operator</extracomment>
        <translation>%1 on order %2 by %3</translation>
    </message>
    <message>
        <source>%1 requested</source>
        <extracomment>Audit log action filter: %1 &quot;Unfreeze&quot;, &quot;Charge&quot; ...</extracomment>
        <translation>%1 requested</translation>
    </message>
    <message>
        <source>%1 succeeded</source>
        <translation>%1 succeeded</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 failed</translation>
    </message>
    <message>
        <source>%1 awaiting confirmation</source>
        <translation>%1 awaiting confirmation</translation>
    </message>
    <message>
        <source>Request sent again</source>
        <translation>Request sent again</translation>
    </message>
    <message>
        <source>Request settled by query</source>
        <translation>Request settled by query</translation>
    </message>
    <message>
        <source>Order marked</source>
        <translation>Order marked</translation>
    </message>
    <message>
        <source>Order looked up at Alipay</source>
        <translation>Order looked up at Alipay</translation>
    </message>
    <message>
        <source>Order refreshed from Alipay</source>
        <translation>Order refreshed from Alipay</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Note added</translation>
    </message>
    <message>
        <source>Refund request created</source>
        <translation>Refund request created</translation>
    </message>
    <message>
        <source>Refund request approved</source>
        <translation>Refund request approved</translation>
    </message>
    <message>
        <source>Refund request rejected</source>
        <translation>Refund request rejected</translation>
    </message>
    <message>
        <source>Refund request brought up to date</source>
        <translation>Refund request brought up to date</translation>
    </message>
    <message>
        <source>Approver signed in</source>
        <translation>Approver signed in</translation>
    </message>
    <message>
        <source>Refund approval threshold changed</source>
        <translation>Refund approval threshold changed</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>Operator created</source>
        <translation>Operator created</translation>
    </message>
    <message>
        <source>Operator&apos;s role changed</source>
        <translation>Operator&apos;s role changed</translation>
    </message>
    <message>
        <source>Operator disabled</source>
        <translation>Operator disabled</translation>
    </message>
    <message>
        <source>Operator enabled</source>
        <translation>Operator enabled</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>Operator access recorded</source>
        <translation>Operator access recorded</translation>
    </message>
    <message>
        <source>Sign-in refused: access changed</source>
        <translation>Sign-in refused: access changed</translation>
    </message>
    <message>
        <source>Desk locked</source>
        <translation>Desk locked</translation>
    </message>
    <message>
        <source>Desk unlocked</source>
        <translation>Desk unlocked</translation>
    </message>
    <message>
        <source>Audit log verified</source>
        <translation>Audit log verified</translation>
    </message>
    <message>
        <source>Audit log found broken</source>
        <translation>Audit log found broken</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Audit log exported</translation>
    </message>
    <message>
        <source>Seller ID changed</source>
        <translation>Seller ID changed</translation>
    </message>
    <message>
        <source>Alipay credentials tested</source>
        <translation>Alipay credentials tested</translation>
    </message>
    <message>
        <source>Alipay credentials saved</source>
        <translation>Alipay credentials saved</translation>
    </message>
    <message>
        <source>Alipay credentials deleted</source>
        <translation>Alipay credentials deleted</translation>
    </message>
    <message>
        <source>Desk set up</source>
        <translation>Desk set up</translation>
    </message>
    <message>
        <source>Database password moved to the keychain</source>
        <translation>Database password moved to the keychain</translation>
    </message>
    <message>
        <source>Bill downloaded</source>
        <translation>Bill downloaded</translation>
    </message>
    <message>
        <source>Reconciliation run</source>
        <translation>Reconciliation run</translation>
    </message>
    <message>
        <source>Difference resolved</source>
        <translation>Difference resolved</translation>
    </message>
    <message>
        <source>%1 on order %2 sent again by %3 (request %4)</source>
        <extracomment>Audit log: %1 &quot;Unfreeze of ¥12.00&quot;, %2 order, %3 operator, %4 request number</extracomment>
        <translation>%1 on order %2 sent again by %3 (request %4)</translation>
    </message>
    <message>
        <source>%1 on order %2 settled by asking Alipay: %3</source>
        <extracomment>Audit log: %1 &quot;Unfreeze of ¥12.00&quot;, %2 order, %3 what Alipay&apos;s records say</extracomment>
        <translation>%1 on order %2 settled by asking Alipay: %3</translation>
    </message>
    <message>
        <source>Order %1 marked as defaulted by %2 (to be reported to Sesame)</source>
        <extracomment>Audit log: %1 order, %2 the mark (VIOLATED), %3 operator</extracomment>
        <translation>Order %1 marked as defaulted by %2 (to be reported to Sesame)</translation>
    </message>
    <message>
        <source>Order %1 marked %2 by %3</source>
        <translation>Order %1 marked %2 by %3</translation>
    </message>
    <message>
        <source>Order %1 (deposit ¥%3) found at Alipay and added to the order list by %2</source>
        <extracomment>Audit log: %1 order, %2 operator, %3 the deposit in yuan</extracomment>
        <translation>Order %1 (deposit ¥%3) found at Alipay and added to the order list by %2</translation>
    </message>
    <message numerus="yes">
        <source>Order %1 refreshed from Alipay by %2: %n change(s)</source>
        <extracomment>Audit log: %1 order, %2 operator, %n how many things changed</extracomment>
        <translation>
            <numerusform>Order %1 refreshed from Alipay by %2: %n change</numerusform>
            <numerusform>Order %1 refreshed from Alipay by %2: %n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>; it did not complete (%1)</source>
        <extracomment>Audit log, after a refresh: %1 Alipay&apos;s error code</extracomment>
        <translation>; it did not complete (%1)</translation>
    </message>
    <message>
        <source>Note added to order %1 by %2: “%3”</source>
        <extracomment>Audit log: %1 order, %2 operator, %3 the note&apos;s text</extracomment>
        <translation>Note added to order %1 by %2: “%3”</translation>
    </message>
    <message>
        <source>Refund of ¥%1 requested on order %2 by %3 for approval (reason: %4)</source>
        <extracomment>Audit log: %1 amount in yuan, %2 order, %3 operator, %4 the reason given</extracomment>
        <translation>Refund of ¥%1 requested on order %2 by %3 for approval (reason: %4)</translation>
    </message>
    <message>
        <source>Refund of ¥%1 on order %2, asked by %3, approved by %4</source>
        <extracomment>Audit log: %1 amount, %2 order, %3 who asked, %4 who approved</extracomment>
        <translation>Refund of ¥%1 on order %2, asked by %3, approved by %4</translation>
    </message>
    <message>
        <source>Refund of ¥%1 on order %2, asked by %3, rejected by %4 (%5)</source>
        <extracomment>Audit log: %1 amount, %2 order, %3 who asked, %4 who rejected, %5 their comment</extracomment>
        <translation>Refund of ¥%1 on order %2, asked by %3, rejected by %4 (%5)</translation>
    </message>
    <message>
        <source>Refund request %1 of order %2 brought in line with its outcome: %3</source>
        <extracomment>Audit log: %1 request number, %2 order, %3 what Alipay&apos;s records say</extracomment>
        <translation>Refund request %1 of order %2 brought in line with its outcome: %3</translation>
    </message>
    <message>
        <source>%1 signed in at %2&apos;s desk to approve a refund</source>
        <extracomment>Audit log: %1 approver&apos;s login, %2 the desk&apos;s operator, %3 result code</extracomment>
        <translation>%1 signed in at %2&apos;s desk to approve a refund</translation>
    </message>
    <message>
        <source>%1 could not sign in at %2&apos;s desk to approve a refund (%3)</source>
        <translation>%1 could not sign in at %2&apos;s desk to approve a refund (%3)</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Audit log: no refund approval threshold (every refund asks)</extracomment>
        <translation>none</translation>
    </message>
    <message>
        <source>Refund approval threshold changed from %1 to %2 by %3</source>
        <extracomment>Audit log: %1 old threshold, %2 new threshold, %3 operator</extracomment>
        <translation>Refund approval threshold changed from %1 to %2 by %3</translation>
    </message>
    <message>
        <source>%1 signed in as %2 on desk %3</source>
        <extracomment>Audit log: %1 operator, %2 role, %3 desk (computer name)</extracomment>
        <translation>%1 signed in as %2 on desk %3</translation>
    </message>
    <message>
        <source>%1 signed out on desk %2</source>
        <translation>%1 signed out on desk %2</translation>
    </message>
    <message>
        <source>Operator %1 created as %2 by %3</source>
        <extracomment>Audit log: %1 new login, %2 role, %3 who created it</extracomment>
        <translation>Operator %1 created as %2 by %3</translation>
    </message>
    <message>
        <source>Role of %1 changed from %2 to %3 by %4</source>
        <extracomment>Audit log: %1 login, %2 old role, %3 new role, %4 who changed it</extracomment>
        <translation>Role of %1 changed from %2 to %3 by %4</translation>
    </message>
    <message>
        <source>Operator %1 disabled by %2</source>
        <translation>Operator %1 disabled by %2</translation>
    </message>
    <message>
        <source>Operator %1 enabled again by %2</source>
        <translation>Operator %1 enabled again by %2</translation>
    </message>
    <message>
        <source>Password of %1 reset by %2</source>
        <translation>Password of %1 reset by %2</translation>
    </message>
    <message numerus="yes">
        <source>Access of the %n existing operator(s) recorded</source>
        <extracomment>Audit log: %n how many operator accounts were listed</extracomment>
        <translation>
            <numerusform>Access of the %n existing operator recorded</numerusform>
            <numerusform>Access of the %n existing operators recorded</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in of %1 refused: the account&apos;s access differs from what the audit log recorded</source>
        <translation>Sign-in of %1 refused: the account&apos;s access differs from what the audit log recorded</translation>
    </message>
    <message numerus="yes">
        <source>Desk %1 of %2 locked after %n minute(s) without input</source>
        <extracomment>Audit log: %1 desk, %2 operator, %n minutes without input</extracomment>
        <translation>
            <numerusform>Desk %1 of %2 locked after %n minute without input</numerusform>
            <numerusform>Desk %1 of %2 locked after %n minutes without input</numerusform>
        </translation>
    </message>
    <message>
        <source>Desk %1 locked by %2</source>
        <translation>Desk %1 locked by %2</translation>
    </message>
    <message>
        <source>Desk %1 unlocked by %2, taking over from %3</source>
        <extracomment>Audit log: %1 desk, %2 who took over, %3 who had locked it</extracomment>
        <translation>Desk %1 unlocked by %2, taking over from %3</translation>
    </message>
    <message>
        <source>Desk %1 unlocked by %2</source>
        <translation>Desk %1 unlocked by %2</translation>
    </message>
    <message numerus="yes">
        <source>Audit log checked on desk %1; entries found intact: %Ln</source>
        <extracomment>Audit log: %n entries checked, %1 desk</extracomment>
        <translation>
            <numerusform>Audit log checked on desk %1; entries found intact: %Ln</numerusform>
            <numerusform>Audit log checked on desk %1; entries found intact: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log checked on desk %1: entry %2 is broken</source>
        <extracomment>Audit log: %1 desk, %2 the first broken entry&apos;s number</extracomment>
        <translation>Audit log checked on desk %1: entry %2 is broken</translation>
    </message>
    <message numerus="yes">
        <source>%1 exported audit log entries as %2: %Ln</source>
        <extracomment>Audit log: %1 operator, %2 CSV or XLSX, %Ln how many entries</extracomment>
        <translation>
            <numerusform>%1 exported audit log entries as %2: %Ln</numerusform>
            <numerusform>%1 exported audit log entries as %2: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Seller ID of Alipay app %1 changed from %2 to %3 by %4</source>
        <extracomment>Audit log: %1 app id, %2 old seller ID, %3 new seller ID, %4 operator</extracomment>
        <translation>Seller ID of Alipay app %1 changed from %2 to %3 by %4</translation>
    </message>
    <message>
        <source>Connection to Alipay with the keys of app %1 tested by %2: %3</source>
        <extracomment>Audit log: %1 app id, %2 operator, %3 the outcome code</extracomment>
        <translation>Connection to Alipay with the keys of app %1 tested by %2: %3</translation>
    </message>
    <message>
        <source>Alipay keys of app %1 saved in the keychain by %2</source>
        <translation>Alipay keys of app %1 saved in the keychain by %2</translation>
    </message>
    <message>
        <source>Alipay keys of app %1 deleted from the keychain by %2</source>
        <translation>Alipay keys of app %1 deleted from the keychain by %2</translation>
    </message>
    <message>
        <source>Desk set up by %1 for Alipay app %2 (%3)</source>
        <extracomment>Audit log: %1 operator, %2 app id, %3 environment</extracomment>
        <translation>Desk set up by %1 for Alipay app %2 (%3)</translation>
    </message>
    <message>
        <source>The database password was moved from the settings file to the keychain</source>
        <translation>The database password was moved from the settings file to the keychain</translation>
    </message>
    <message>
        <source>Reconciliation of %1 run by %2: %3 matched</source>
        <extracomment>Audit log: %1 period, %2 operator, %3 lines matched</extracomment>
        <translation>Reconciliation of %1 run by %2: %3 matched</translation>
    </message>
    <message>
        <source>Difference %1 on order %2 resolved by %3: %4</source>
        <extracomment>Audit log: %1 difference number, %2 order, %3 operator, %4 their note</extracomment>
        <translation>Difference %1 on order %2 resolved by %3: %4</translation>
    </message>
    <message>
        <source>Sesame report (%1, asked by %2)</source>
        <extracomment>Audit log: %1 COMPLETE or VIOLATED, %2 who asked for the report</extracomment>
        <translation>Sesame report (%1, asked by %2)</translation>
    </message>
    <message>
        <source>Sesame report (%1)</source>
        <extracomment>Audit log: %1 COMPLETE or VIOLATED</extracomment>
        <translation>Sesame report (%1)</translation>
    </message>
    <message>
        <source>Default report asked for</source>
        <translation>Default report asked for</translation>
    </message>
    <message>
        <source>Default report rejected</source>
        <translation>Default report rejected</translation>
    </message>
    <message>
        <source>Report of a default (VIOLATED) on order %1 asked for by %2 about the failed charge %3, for approval (reason: %4)</source>
        <extracomment>Audit log: %1 order, %2 operator, %3 the failed charge, %4 the reason given</extracomment>
        <translation>Report of a default (VIOLATED) on order %1 asked for by %2 about the failed charge %3, for approval (reason: %4)</translation>
    </message>
    <message>
        <source>Report of a default on order %1, asked by %2, rejected by %3 (%4)</source>
        <extracomment>Audit log: %1 order, %2 who asked, %3 who rejected, %4 their comment</extracomment>
        <translation>Report of a default on order %1, asked by %2, rejected by %3 (%4)</translation>
    </message>
    <message>
        <source>Credit waiver policy saved</source>
        <translation>Credit waiver policy saved</translation>
    </message>
    <message>
        <source>Difference corrected</source>
        <translation>Difference corrected</translation>
    </message>
    <message numerus="yes">
        <source>Credit waiver policy v%1 saved by %2 with %n band(s) (reason: %3)</source>
        <extracomment>Audit log: %1 version number, %2 operator, %n bands, %3 the reason given</extracomment>
        <translation>
            <numerusform>Credit waiver policy v%1 saved by %2 with %n band (reason: %3)</numerusform>
            <numerusform>Credit waiver policy v%1 saved by %2 with %n bands (reason: %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>; imported from a CSV file</source>
        <extracomment>Audit log, after the waiver policy sentence: its bands came from a CSV file</extracomment>
        <translation>; imported from a CSV file</translation>
    </message>
    <message>
        <source>%1 of %2 downloaded by %3 (%4)</source>
        <extracomment>Audit log: %1 bill type (&quot;Trade bill&quot;, &quot;Account bill&quot;), %2 day, %3 operator, %4 file</extracomment>
        <translation>%1 of %2 downloaded by %3 (%4)</translation>
    </message>
    <message>
        <source>Difference %1 on order %2 %3 by %4, still found: %5</source>
        <extracomment>Audit log: %1 difference number, %2 order, %3 the correction (&quot;refreshed from Alipay&quot; ...), %4 operator, %5 their note</extracomment>
        <translation>Difference %1 on order %2 %3 by %4, still found: %5</translation>
    </message>
    <message>
        <source>Difference %1 on order %2 %3 by %4 and resolved: %5</source>
        <translation>Difference %1 on order %2 %3 by %4 and resolved: %5</translation>
    </message>
</context>
<context>
    <name>DepositDesk::BillDownloadPanel</name>
    <message>
        <source>SHA-256 %1 · %2</source>
        <extracomment>Tooltip: %1 the full SHA-256 of the bill archive, %2 its size</extracomment>
        <translation>SHA-256 %1 · %2</translation>
    </message>
    <message>
        <source>A download is already running, or you may not download bills. Wait for it to finish, or sign in as finance.</source>
        <translation>A download is already running, or you may not download bills. Wait for it to finish, or sign in as finance.</translation>
    </message>
    <message>
        <source>Download cancelled; nothing was kept.</source>
        <translation>Download cancelled; nothing was kept.</translation>
    </message>
    <message>
        <source>&amp;Bill of</source>
        <translation>&amp;Bill of</translation>
    </message>
    <message>
        <source>Day</source>
        <extracomment>Bill period: one day</extracomment>
        <translation>Day</translation>
    </message>
    <message>
        <source>Month</source>
        <extracomment>Bill period: a whole month</extracomment>
        <translation>Month</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Download</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Downloaded &amp;bills</source>
        <translation>Downloaded &amp;bills</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Fetched at</source>
        <extracomment>Column: when the bill was downloaded (China time)</extracomment>
        <translation>Fetched at</translation>
    </message>
    <message>
        <source>Fetched by</source>
        <translation>Fetched by</translation>
    </message>
    <message>
        <source>Only finance and administrators download and reconcile bills.</source>
        <translation>Only finance and administrators download and reconcile bills.</translation>
    </message>
    <message>
        <source>Asking Alipay for the bill of %2 (%1)…</source>
        <extracomment>%1 bill type (&quot;Trade bill&quot; ...), %2 period</extracomment>
        <translation>Asking Alipay for the bill of %2 (%1)…</translation>
    </message>
    <message>
        <source>Downloaded the bill of %2 (%1): %3 (%4). It is selected below: Reconcile compares it with our records.</source>
        <extracomment>%1 bill type, %2 period, %3 file name, %4 size</extracomment>
        <translation>Downloaded the bill of %2 (%1): %3 (%4). It is selected below: Reconcile compares it with our records.</translation>
    </message>
    <message>
        <source>The bill of %2 (%1) was already downloaded on %3 by %4 with the same content (%5); the first file is kept.</source>
        <extracomment>%1 bill type, %2 period, %3 when (China time), %4 who, %5 file name</extracomment>
        <translation>The bill of %2 (%1) was already downloaded on %3 by %4 with the same content (%5); the first file is kept.</translation>
    </message>
    <message>
        <source>Alipay has no bill for %2 (%1): there was no payment and no refund in that period, so there is nothing to reconcile.</source>
        <extracomment>%1 bill type, %2 period</extracomment>
        <translation>Alipay has no bill for %2 (%1): there was no payment and no refund in that period, so there is nothing to reconcile.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::BillDownloader</name>
    <message>
        <source>&quot;%1&quot; is not a bill type: choose the trade bill (trade) or the account bill (signcustomer).</source>
        <translation>&quot;%1&quot; is not a bill type: choose the trade bill (trade) or the account bill (signcustomer).</translation>
    </message>
    <message>
        <source>Alipay has no bill for %1: there was no business in that period. Nothing was downloaded.</source>
        <translation>Alipay has no bill for %1: there was no business in that period. Nothing was downloaded.</translation>
    </message>
    <message>
        <source>The bill address could not be obtained safely: %1 Nothing was downloaded.</source>
        <translation>The bill address could not be obtained safely: %1 Nothing was downloaded.</translation>
    </message>
    <message>
        <source>Alipay has not made the bill for %1 yet. Day bills come the next morning, month bills around the 3rd of the next month: try again later.</source>
        <translation>Alipay has not made the bill for %1 yet. Day bills come the next morning, month bills around the 3rd of the next month: try again later.</translation>
    </message>
    <message>
        <source>Alipay does not accept a %1 bill for &quot;%2&quot;: choose a day or a month that is over, from January 2016 on.</source>
        <translation>Alipay does not accept a %1 bill for &quot;%2&quot;: choose a day or a month that is over, from January 2016 on.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Check the data folder&apos;s permissions and free space.</source>
        <translation>The folder %1 cannot be created. Check the data folder&apos;s permissions and free space.</translation>
    </message>
    <message>
        <source>The bill cannot be written to %1: %2</source>
        <translation>The bill cannot be written to %1: %2</translation>
    </message>
    <message>
        <source>The bill cannot be written to %1: %2. Nothing was kept.</source>
        <translation>The bill cannot be written to %1: %2. Nothing was kept.</translation>
    </message>
    <message>
        <source>The bill could not be downloaded (%1). Nothing was kept: try again.</source>
        <translation>The bill could not be downloaded (%1). Nothing was kept: try again.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The bill cannot be saved as %1: %2</source>
        <translation>The bill cannot be saved as %1: %2</translation>
    </message>
    <message>
        <source>This %1 bill for %2 was downloaded before, with the same content: the first file is kept.</source>
        <translation>This %1 bill for %2 was downloaded before, with the same content: the first file is kept.</translation>
    </message>
    <message>
        <source>The %1 bill for %2 was downloaded (%3 bytes).</source>
        <translation>The %1 bill for %2 was downloaded (%3 bytes).</translation>
    </message>
    <message>
        <source>(The audit log could not record it: %1)</source>
        <translation>(The audit log could not record it: %1)</translation>
    </message>
    <message>
        <source>The download was cancelled. Nothing was kept.</source>
        <translation>The download was cancelled. Nothing was kept.</translation>
    </message>
    <message>
        <source>The downloaded bill was not kept: %1</source>
        <translation>The downloaded bill was not kept: %1</translation>
    </message>
    <message>
        <source>The bill was not downloaded: Alipay announced %1, more than the %2 a bill archive may be. Nothing was kept.</source>
        <translation>The bill was not downloaded: Alipay announced %1, more than the %2 a bill archive may be. Nothing was kept.</translation>
    </message>
    <message>
        <source>The bill download was stopped: it grew past %1, the most a bill archive may be. Nothing was kept.</source>
        <translation>The bill download was stopped: it grew past %1, the most a bill archive may be. Nothing was kept.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::BillFileImport</name>
    <message>
        <source>Only finance and administrators may import bills.</source>
        <translation>Only finance and administrators may import bills.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The bill cannot be kept in %1.</source>
        <translation>The bill cannot be kept in %1.</translation>
    </message>
    <message>
        <source>The audit log could not record the bill: %1</source>
        <translation>The audit log could not record the bill: %1</translation>
    </message>
    <message>
        <source>This %1 bill for %2 was imported before, with the same content.</source>
        <translation>This %1 bill for %2 was imported before, with the same content.</translation>
    </message>
    <message>
        <source>The %1 bill for %2 was imported.</source>
        <translation>The %1 bill for %2 was imported.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::BillFiles</name>
    <message>
        <source>A bill file is recorded only with its type, date, SHA-256, path and who fetched it.</source>
        <translation>A bill file is recorded only with its type, date, SHA-256, path and who fetched it.</translation>
    </message>
    <message>
        <source>The bill file was not recorded. Try again.</source>
        <translation>The bill file was not recorded. Try again.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::BillParser</name>
    <message>
        <source>The text is UTF-8, not GBK as Alipay writes its bills: the file was changed after it was downloaded. Download the bill again.</source>
        <translation>The text is UTF-8, not GBK as Alipay writes its bills: the file was changed after it was downloaded. Download the bill again.</translation>
    </message>
    <message>
        <source>The text is not valid GBK, as Alipay writes its bills: the file is damaged. Download the bill again.</source>
        <translation>The text is not valid GBK, as Alipay writes its bills: the file is damaged. Download the bill again.</translation>
    </message>
    <message>
        <source>The line has %1 cells where the header has %2: it is cut short or malformed.</source>
        <translation>The line has %1 cells where the header has %2: it is cut short or malformed.</translation>
    </message>
    <message>
        <source>The business type &quot;%1&quot; is neither 交易 (trade) nor 退款 (refund).</source>
        <translation>The business type &quot;%1&quot; is neither 交易 (trade) nor 退款 (refund).</translation>
    </message>
    <message>
        <source>The completion time &quot;%1&quot; is not a date and time (yyyy-MM-dd HH:mm:ss).</source>
        <translation>The completion time &quot;%1&quot; is not a date and time (yyyy-MM-dd HH:mm:ss).</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is not a number of yuan with at most two decimals.</source>
        <translation>The amount &quot;%1&quot; is not a number of yuan with at most two decimals.</translation>
    </message>
    <message>
        <source>The line has neither an Alipay trade number nor a merchant order number.</source>
        <translation>The line has neither an Alipay trade number nor a merchant order number.</translation>
    </message>
    <message>
        <source>A line of data follows the end of the list: the file is malformed.</source>
        <translation>A line of data follows the end of the list: the file is malformed.</translation>
    </message>
    <message>
        <source>The totals line &quot;%1&quot; cannot be read: it has no count of lines or no amount with at most two decimals.</source>
        <translation>The totals line &quot;%1&quot; cannot be read: it has no count of lines or no amount with at most two decimals.</translation>
    </message>
    <message>
        <source>The totals lines (交易合计, 退款合计) are missing after the list: the file is truncated. Download the bill again.</source>
        <translation>The totals lines (交易合计, 退款合计) are missing after the list: the file is truncated. Download the bill again.</translation>
    </message>
    <message>
        <source>This system has no GBK text decoder, so no Alipay bill can be read. Install Qt with ICU support.</source>
        <translation>This system has no GBK text decoder, so no Alipay bill can be read. Install Qt with ICU support.</translation>
    </message>
    <message>
        <source>The file does not exist or cannot be read.</source>
        <translation>The file does not exist or cannot be read.</translation>
    </message>
    <message>
        <source>The file is not a zip archive, or it is damaged. Download the bill again.</source>
        <translation>The file is not a zip archive, or it is damaged. Download the bill again.</translation>
    </message>
    <message>
        <source>The archive holds no detail file (…业务明细.csv): it is not an Alipay trade bill.</source>
        <translation>The archive holds no detail file (…业务明细.csv): it is not an Alipay trade bill.</translation>
    </message>
    <message>
        <source>The detail file cannot be unpacked: the archive is damaged. Download the bill again.</source>
        <translation>The detail file cannot be unpacked: the archive is damaged. Download the bill again.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The detail file is damaged (its checksum does not match). Download the bill again.</source>
        <translation>The detail file is damaged (its checksum does not match). Download the bill again.</translation>
    </message>
    <message>
        <source>The summary file cannot be unpacked: the archive is damaged. Download the bill again.</source>
        <translation>The summary file cannot be unpacked: the archive is damaged. Download the bill again.</translation>
    </message>
    <message>
        <source>The summary file is not GBK text, as Alipay writes its bills. Download the bill again.</source>
        <translation>The summary file is not GBK text, as Alipay writes its bills. Download the bill again.</translation>
    </message>
    <message>
        <source>The summary file has no 合计 (total) row.</source>
        <translation>The summary file has no 合计 (total) row.</translation>
    </message>
    <message>
        <source>The summary&apos;s header line has no column &quot;%1&quot;.</source>
        <translation>The summary&apos;s header line has no column &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The summary line has %1 cells where the header has %2: it is cut short or malformed.</source>
        <translation>The summary line has %1 cells where the header has %2: it is cut short or malformed.</translation>
    </message>
    <message>
        <source>The summary&apos;s 合计 row has a count that is not a number.</source>
        <translation>The summary&apos;s 合计 row has a count that is not a number.</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; in the summary is not a number of yuan with at most two decimals.</source>
        <translation>The amount &quot;%1&quot; in the summary is not a number of yuan with at most two decimals.</translation>
    </message>
    <message>
        <source>The summary&apos;s net amount %1 is not its receipts %2 plus its fees %3: the file is inconsistent.</source>
        <translation>The summary&apos;s net amount %1 is not its receipts %2 plus its fees %3: the file is inconsistent.</translation>
    </message>
    <message>
        <source>The totals line says %1 trades for %2 yuan, but the lines add up to %3 trades for %4 yuan: the file is inconsistent.</source>
        <translation>The totals line says %1 trades for %2 yuan, but the lines add up to %3 trades for %4 yuan: the file is inconsistent.</translation>
    </message>
    <message>
        <source>The totals line says %1 refunds for %2 yuan, but the lines add up to %3 refunds for %4 yuan: the file is inconsistent.</source>
        <translation>The totals line says %1 refunds for %2 yuan, but the lines add up to %3 refunds for %4 yuan: the file is inconsistent.</translation>
    </message>
    <message>
        <source>The summary counts %1 trades and %2 refunds, but the detail file has %3 and %4: the bill is inconsistent.</source>
        <translation>The summary counts %1 trades and %2 refunds, but the detail file has %3 and %4: the bill is inconsistent.</translation>
    </message>
    <message>
        <source>The summary&apos;s total %1 is %2 yuan, but the detail lines add up to %3 yuan: the bill is inconsistent.</source>
        <translation>The summary&apos;s total %1 is %2 yuan, but the detail lines add up to %3 yuan: the bill is inconsistent.</translation>
    </message>
    <message>
        <source>The file holds more than the %1 bytes its header in the archive says: the archive is damaged or forged. Download the bill again.</source>
        <translation>The file holds more than the %1 bytes its header in the archive says: the archive is damaged or forged. Download the bill again.</translation>
    </message>
    <message>
        <source>The file would unpack to %1 bytes, more than the limit of %2 for a bill: it is not a real bill.</source>
        <translation>The file would unpack to %1 bytes, more than the limit of %2 for a bill: it is not a real bill.</translation>
    </message>
    <message>
        <source>The file would unpack to more than %1 times its packed size, the limit for a bill: it is not a real bill.</source>
        <translation>The file would unpack to more than %1 times its packed size, the limit for a bill: it is not a real bill.</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2, the limit for a line of a bill: it is not a real bill.</source>
        <translation>Line %1 is longer than %2, the limit for a line of a bill: it is not a real bill.</translation>
    </message>
    <message>
        <source>The file has more than %1 lines, the limit for a bill: it is not a real bill.</source>
        <translation>The file has more than %1 lines, the limit for a bill: it is not a real bill.</translation>
    </message>
    <message>
        <source>The archive is %1, more than the limit of %2 for a bill archive: it is not a real bill.</source>
        <translation>The archive is %1, more than the limit of %2 for a bill archive: it is not a real bill.</translation>
    </message>
    <message>
        <source>Alipay trade bill</source>
        <translation>Alipay trade bill</translation>
    </message>
    <message>
        <source>The header line has no column &quot;%1&quot;: the file is not a complete %2.</source>
        <translation>The header line has no column &quot;%1&quot;: the file is not a complete %2.</translation>
    </message>
    <message>
        <source>A comment line interrupts the list before its end line (%1): the file is malformed.</source>
        <translation>A comment line interrupts the list before its end line (%1): the file is malformed.</translation>
    </message>
    <message>
        <source>A line of data comes before the list&apos;s start line (%1): this is not an Alipay bill.</source>
        <translation>A line of data comes before the list&apos;s start line (%1): this is not an Alipay bill.</translation>
    </message>
    <message>
        <source>The file ends before its list of lines begins (%1): it is empty or not an Alipay bill.</source>
        <translation>The file ends before its list of lines begins (%1): it is empty or not an Alipay bill.</translation>
    </message>
    <message>
        <source>The file ends without the list&apos;s end line (%1): it is truncated. Download the bill again.</source>
        <translation>The file ends without the list&apos;s end line (%1): it is truncated. Download the bill again.</translation>
    </message>
    <message>
        <source>A comment line interrupts the summary before its end line (%1): the file is malformed.</source>
        <translation>A comment line interrupts the summary before its end line (%1): the file is malformed.</translation>
    </message>
    <message>
        <source>The summary file ends without its end line (%1): it is truncated. Download the bill again.</source>
        <translation>The summary file ends without its end line (%1): it is truncated. Download the bill again.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::BillProblem</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DepositDesk::BillTypes</name>
    <message>
        <source>The bill date &quot;%1&quot; is not a day (2024-05-01) or a month (2024-05).</source>
        <translation>The bill date &quot;%1&quot; is not a day (2024-05-01) or a month (2024-05).</translation>
    </message>
    <message>
        <source>Alipay has no bill for this date: there was no business on it, or the bill is not ready yet (day bills come the next morning).</source>
        <translation>Alipay has no bill for this date: there was no business on it, or the bill is not ready yet (day bills come the next morning).</translation>
    </message>
    <message>
        <source>Alipay answered without a usable download address. Try again later.</source>
        <translation>Alipay answered without a usable download address. Try again later.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::BulkActionDialog</name>
    <message>
        <source>Another bulk action is running on this desk. Wait until it has finished.</source>
        <translation>Another bulk action is running on this desk. Wait until it has finished.</translation>
    </message>
    <message>
        <source>Choose the action and give a reason, then Preview to see what will happen to each order before anything is sent.</source>
        <translation>Choose the action and give a reason, then Preview to see what will happen to each order before anything is sent.</translation>
    </message>
    <message>
        <source>Preview: %1 will be sent, %2 refused, %3 already handled by an earlier run of this list. Nothing has been sent yet.</source>
        <translation>Preview: %1 will be sent, %2 refused, %3 already handled by an earlier run of this list. Nothing has been sent yet.</translation>
    </message>
    <message>
        <source>%1 done, %2 refused, %3 failed, %4 awaiting confirmation, %5 cancelled</source>
        <translation>%1 done, %2 refused, %3 failed, %4 awaiting confirmation, %5 cancelled</translation>
    </message>
    <message>
        <source>Sending… %1 of %2 rows have their result (%3).</source>
        <translation>Sending… %1 of %2 rows have their result (%3).</translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation>Cancelled: %1.</translation>
    </message>
    <message>
        <source>Finished: %1.</source>
        <translation>Finished: %1.</translation>
    </message>
    <message>
        <source>DepositDesk asks Alipay about the rows awaiting confirmation by itself; running the same list again never sends a row twice.</source>
        <translation>DepositDesk asks Alipay about the rows awaiting confirmation by itself; running the same list again never sends a row twice.</translation>
    </message>
    <message>
        <source>Run the same list again to send the cancelled rows; rows already done are not sent again.</source>
        <translation>Run the same list again to send the cancelled rows; rows already done are not sent again.</translation>
    </message>
    <message>
        <source>Bulk action</source>
        <translation>Bulk action</translation>
    </message>
    <message numerus="yes">
        <source>%n selected order(s). Every order goes through the same checks, locks and audit log as a single action.</source>
        <translation>
            <numerusform>%n selected order. It goes through the same checks, locks and audit log as a single action.</numerusform>
            <numerusform>%n selected orders. Every order goes through the same checks, locks and audit log as a single action.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n order(s). Every order goes through the same checks, locks and audit log as a single action.</source>
        <translation>
            <numerusform>%1: %n order. It goes through the same checks, locks and audit log as a single action.</numerusform>
            <numerusform>%1: %n orders. Every order goes through the same checks, locks and audit log as a single action.</numerusform>
        </translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <source>Amount of each order (¥):</source>
        <translation>Amount of each order (¥):</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Kept in the audit log of every order</source>
        <translation>Kept in the audit log of every order</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Amount to refund of each order (¥):</source>
        <translation>Amount to refund of each order (¥):</translation>
    </message>
    <message>
        <source>Empty: all that is left of its latest charge</source>
        <translation>Empty: all that is left of its latest charge</translation>
    </message>
</context>
<context>
    <name>DepositDesk::BulkActions</name>
    <message>
        <source>Unfreeze everything left</source>
        <translation>Unfreeze everything left</translation>
    </message>
    <message>
        <source>Unfreeze an amount</source>
        <translation>Unfreeze an amount</translation>
    </message>
    <message>
        <source>Report to Sesame as complete</source>
        <translation>Report to Sesame as complete</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>Awaiting confirmation</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Choose at least one order.</source>
        <translation>Choose at least one order.</translation>
    </message>
    <message>
        <source>Enter the amount to unfreeze of each order.</source>
        <translation>Enter the amount to unfreeze of each order.</translation>
    </message>
    <message>
        <source>Listed before, in row %1: only that row is used.</source>
        <translation>Listed before, in row %1: only that row is used.</translation>
    </message>
    <message>
        <source>Done in an earlier run of this list; not sent again.</source>
        <translation>Done in an earlier run of this list; not sent again.</translation>
    </message>
    <message>
        <source>Alipay refused it in an earlier run of this list (%1); not sent again.</source>
        <translation>Alipay refused it in an earlier run of this list (%1); not sent again.</translation>
    </message>
    <message>
        <source>Sent in an earlier run of this list and awaiting Alipay&apos;s confirmation; DepositDesk asks Alipay by itself. Not sent again.</source>
        <translation>Sent in an earlier run of this list and awaiting Alipay&apos;s confirmation; DepositDesk asks Alipay by itself. Not sent again.</translation>
    </message>
    <message>
        <source>Sent in an earlier run of this list, and Alipay shows it was not done. Send it again from the order&apos;s page.</source>
        <translation>Sent in an earlier run of this list, and Alipay shows it was not done. Send it again from the order&apos;s page.</translation>
    </message>
    <message>
        <source>Sent in an earlier run of this list, and Alipay shows it was not done: sent again with the same request number.</source>
        <translation>Sent in an earlier run of this list, and Alipay shows it was not done: sent again with the same request number.</translation>
    </message>
    <message>
        <source>Sesame Credit is told about a charge: this order has none yet.</source>
        <translation>Sesame Credit is told about a charge: this order has none yet.</translation>
    </message>
    <message>
        <source>About the charge %1.</source>
        <translation>About the charge %1.</translation>
    </message>
    <message>
        <source>Not sent: the run was cancelled. Run the same list again to send it.</source>
        <translation>Not sent: the run was cancelled. Run the same list again to send it.</translation>
    </message>
    <message>
        <source>Request a refund</source>
        <translation>Request a refund</translation>
    </message>
    <message>
        <source>Enter the amount to refund of each order, or leave it empty to refund all that is left of its latest charge.</source>
        <translation>Enter the amount to refund of each order, or leave it empty to refund all that is left of its latest charge.</translation>
    </message>
    <message>
        <source>The refund request %1 of %2 for this order is %3: decide it first; a bulk request is not added to it.</source>
        <translation>The refund request %1 of %2 for this order is %3: decide it first; a bulk request is not added to it.</translation>
    </message>
    <message>
        <source>No charge of this order can be refunded now.</source>
        <translation>No charge of this order can be refunded now.</translation>
    </message>
    <message>
        <source>Of the charge %1.</source>
        <translation>Of the charge %1.</translation>
    </message>
    <message>
        <source>Requested in an earlier run of this list (%1, %2, now %3); not asked again.</source>
        <extracomment>%1 the refund request&apos;s number, %2 its amount, %3 its status (&quot;Pending approval&quot;)</extracomment>
        <translation>Requested in an earlier run of this list (%1, %2, now %3); not asked again.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::BulkOrderList</name>
    <message>
        <source>The file is %1 MiB; an order list may have at most %2 MiB. Split it into smaller lists.</source>
        <translation>The file is %1 MiB; an order list may have at most %2 MiB. Split it into smaller lists.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB, the most an order list may have. Split it into smaller lists.</source>
        <translation>The file is larger than %1 MiB, the most an order list may have. Split it into smaller lists.</translation>
    </message>
    <message>
        <source>This is neither a CSV file nor an XLSX workbook. Save the list as CSV (UTF-8) or XLSX and load it again.</source>
        <translation>This is neither a CSV file nor an XLSX workbook. Save the list as CSV (UTF-8) or XLSX and load it again.</translation>
    </message>
    <message>
        <source>The CSV file cannot be read: %1</source>
        <translation>The CSV file cannot be read: %1</translation>
    </message>
    <message>
        <source>The workbook is damaged or not an XLSX file, so none of it was used. Save it again as XLSX (or CSV) and load it again.</source>
        <translation>The workbook is damaged or not an XLSX file, so none of it was used. Save it again as XLSX (or CSV) and load it again.</translation>
    </message>
    <message>
        <source>The workbook unpacks to more than %1 MiB, the most an order list may have. Split it into smaller lists.</source>
        <translation>The workbook unpacks to more than %1 MiB, the most an order list may have. Split it into smaller lists.</translation>
    </message>
    <message>
        <source>The list has more than %1 orders, the most one bulk action takes. Split it into smaller lists.</source>
        <translation>The list has more than %1 orders, the most one bulk action takes. Split it into smaller lists.</translation>
    </message>
    <message>
        <source>The list holds no order number. Put the merchant order numbers (out_order_no) in the first column, or under a column headed &quot;out_order_no&quot;.</source>
        <translation>The list holds no order number. Put the merchant order numbers (out_order_no) in the first column, or under a column headed &quot;out_order_no&quot;.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::BulkRowsModel</name>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Frozen before</source>
        <translation>Frozen before</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Frozen after</source>
        <translation>Frozen after</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Request number</source>
        <translation>Request number</translation>
    </message>
    <message>
        <source>Refundable before</source>
        <translation>Refundable before</translation>
    </message>
    <message>
        <source>Refundable after</source>
        <translation>Refundable after</translation>
    </message>
</context>
<context>
    <name>DepositDesk::ByteSize</name>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
</context>
<context>
    <name>DepositDesk::CancelFreezeDialog</name>
    <message>
        <source>Freeze asked for: ¥%1, status %2</source>
        <translation>Freeze asked for: ¥%1, status %2</translation>
    </message>
    <message>
        <source>After the cancel: nothing frozen, the order is closed</source>
        <translation>After the cancel: nothing frozen, the order is closed</translation>
    </message>
    <message>
        <source>Cancel freeze %1</source>
        <translation>Cancel freeze %1</translation>
    </message>
    <message>
        <source>Use this only when it is unknown whether the freeze happened (for example the customer&apos;s payment page timed out). Cancelling closes the order if nothing was frozen, and releases the money if it was, so the customer is never left with a freeze nobody knows about.

For a freeze you can see, use Unfreeze instead: it releases a chosen amount and keeps the order&apos;s history.</source>
        <translation>Use this only when it is unknown whether the freeze happened (for example the customer&apos;s payment page timed out). Cancelling closes the order if nothing was frozen, and releases the money if it was, so the customer is never left with a freeze nobody knows about.

For a freeze you can see, use Unfreeze instead: it releases a chosen amount and keeps the order&apos;s history.</translation>
    </message>
    <message>
        <source>Cancel the freeze</source>
        <translation>Cancel the freeze</translation>
    </message>
</context>
<context>
    <name>DepositDesk::Capability</name>
    <message>
        <source>Search orders</source>
        <translation>Search orders</translation>
    </message>
    <message>
        <source>View an order</source>
        <translation>View an order</translation>
    </message>
    <message>
        <source>Unfreeze a deposit</source>
        <translation>Unfreeze a deposit</translation>
    </message>
    <message>
        <source>Charge from a deposit</source>
        <translation>Charge from a deposit</translation>
    </message>
    <message>
        <source>Request a refund</source>
        <translation>Request a refund</translation>
    </message>
    <message>
        <source>Approve a refund</source>
        <translation>Approve a refund</translation>
    </message>
    <message>
        <source>Cancel a freeze</source>
        <translation>Cancel a freeze</translation>
    </message>
    <message>
        <source>Report to Sesame Credit</source>
        <translation>Report to Sesame Credit</translation>
    </message>
    <message>
        <source>Run reconciliation</source>
        <translation>Run reconciliation</translation>
    </message>
    <message>
        <source>Manage operators</source>
        <translation>Manage operators</translation>
    </message>
    <message>
        <source>Manage Alipay credentials</source>
        <translation>Manage Alipay credentials</translation>
    </message>
    <message>
        <source>Your role may not look at orders. Ask an administrator for access.</source>
        <translation>Your role may not look at orders. Ask an administrator for access.</translation>
    </message>
    <message>
        <source>Finance may look at orders but not move money. Ask a customer-service agent or a supervisor.</source>
        <translation>Finance may look at orders but not move money. Ask a customer-service agent or a supervisor.</translation>
    </message>
    <message>
        <source>Only supervisors and administrators may approve refunds.</source>
        <translation>Only supervisors and administrators may approve refunds.</translation>
    </message>
    <message>
        <source>Only finance and administrators may run the reconciliation.</source>
        <translation>Only finance and administrators may run the reconciliation.</translation>
    </message>
    <message>
        <source>Only administrators may manage operators.</source>
        <translation>Only administrators may manage operators.</translation>
    </message>
    <message>
        <source>Only administrators may manage the Alipay credentials.</source>
        <translation>Only administrators may manage the Alipay credentials.</translation>
    </message>
    <message>
        <source>Your role may not do this. Ask an administrator.</source>
        <translation>Your role may not do this. Ask an administrator.</translation>
    </message>
    <message>
        <source>Read the audit log</source>
        <translation>Read the audit log</translation>
    </message>
    <message>
        <source>Only supervisors, finance and administrators may read the audit log.</source>
        <translation>Only supervisors, finance and administrators may read the audit log.</translation>
    </message>
    <message>
        <source>Change the credit waiver policy</source>
        <translation>Change the credit waiver policy</translation>
    </message>
    <message>
        <source>View the risk report</source>
        <translation>View the risk report</translation>
    </message>
    <message>
        <source>Risk analysts may look at orders but not move money. Ask a customer-service agent or a supervisor.</source>
        <translation>Risk analysts may look at orders but not move money. Ask a customer-service agent or a supervisor.</translation>
    </message>
    <message>
        <source>Only risk analysts and administrators may change the credit waiver policy.</source>
        <translation>Only risk analysts and administrators may change the credit waiver policy.</translation>
    </message>
    <message>
        <source>Only risk analysts, supervisors, finance and administrators may view the risk report.</source>
        <translation>Only risk analysts, supervisors, finance and administrators may view the risk report.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::Certificate</name>
    <message>
        <source>Certificate %1 of the file has no END line: the file is cut short. Download the certificate file again.</source>
        <translation>Certificate %1 of the file has no END line: the file is cut short. Download the certificate file again.</translation>
    </message>
    <message>
        <source>Certificate %1 of the file is damaged (its content is not a readable X.509 certificate). Download the certificate file again.</source>
        <translation>Certificate %1 of the file is damaged (its content is not a readable X.509 certificate). Download the certificate file again.</translation>
    </message>
    <message>
        <source>The certificate file is empty.</source>
        <translation>The certificate file is empty.</translation>
    </message>
    <message>
        <source>The file holds a private key, not a certificate. Choose the .crt file downloaded from the Alipay open platform.</source>
        <translation>The file holds a private key, not a certificate. Choose the .crt file downloaded from the Alipay open platform.</translation>
    </message>
    <message>
        <source>The file holds no PEM certificate (no -----BEGIN CERTIFICATE----- line). Choose the .crt file downloaded from the Alipay open platform.</source>
        <translation>The file holds no PEM certificate (no -----BEGIN CERTIFICATE----- line). Choose the .crt file downloaded from the Alipay open platform.</translation>
    </message>
    <message>
        <source>The root certificate file holds no RSA certificate; Alipay&apos;s root file always has one. Download alipayRootCert.crt again.</source>
        <translation>The root certificate file holds no RSA certificate; Alipay&apos;s root file always has one. Download alipayRootCert.crt again.</translation>
    </message>
    <message>
        <source>The certificate&apos;s public key cannot be read.</source>
        <translation>The certificate&apos;s public key cannot be read.</translation>
    </message>
    <message>
        <source>The application private key does not belong to the application public-key certificate (%1): their RSA keys differ. Use the private key from which that certificate was requested, or the certificate issued for this key.</source>
        <translation>The application private key does not belong to the application public-key certificate (%1): their RSA keys differ. Use the private key from which that certificate was requested, or the certificate issued for this key.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::ChangeFeed</name>
    <message>
        <source>The connection to the database was lost.</source>
        <extracomment>Technical detail behind the database banner&apos;s Details when the driver said nothing</extracomment>
        <translation>The connection to the database was lost.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::ChargeDialog</name>
    <message>
        <source>Still frozen now: ¥%1</source>
        <translation>Still frozen now: ¥%1</translation>
    </message>
    <message>
        <source>¥%1 is more than the ¥%2 still frozen. Enter at most ¥%2.</source>
        <translation>¥%1 is more than the ¥%2 still frozen. Enter at most ¥%2.</translation>
    </message>
    <message>
        <source>After the charge: —</source>
        <translation>After the charge: —</translation>
    </message>
    <message>
        <source>After the charge: ¥%1 charged, ¥%2 released to the customer, the deposit ends</source>
        <translation>After the charge: ¥%1 charged, ¥%2 released to the customer, the deposit ends</translation>
    </message>
    <message>
        <source>After the charge: ¥%1 charged, ¥%2 still frozen</source>
        <translation>After the charge: ¥%1 charged, ¥%2 still frozen</translation>
    </message>
    <message>
        <source>Charge from deposit %1</source>
        <translation>Charge from deposit %1</translation>
    </message>
    <message>
        <source>Turn part of the frozen deposit into a payment to the merchant, for example for damage or an overdue rental. The customer sees it as a payment in Alipay.</source>
        <translation>Turn part of the frozen deposit into a payment to the merchant, for example for damage or an overdue rental. The customer sees it as a payment in Alipay.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>What the customer pays for, shown in their Alipay bill</source>
        <translation>What the customer pays for, shown in their Alipay bill</translation>
    </message>
    <message>
        <source>Release the rest to the customer and end the deposit</source>
        <extracomment>COMPLETE mode: the rest of the deposit is unfrozen together with the charge.</extracomment>
        <translation>Release the rest to the customer and end the deposit</translation>
    </message>
    <message>
        <source>Unchecked: the rest stays frozen for later charges or an unfreeze (NOT_COMPLETE). Checked: Alipay unfreezes the rest with this charge (COMPLETE).</source>
        <translation>Unchecked: the rest stays frozen for later charges or an unfreeze (NOT_COMPLETE). Checked: Alipay unfreezes the rest with this charge (COMPLETE).</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>The customer defaulted (mark the order as violated)</source>
        <translation>The customer defaulted (mark the order as violated)</translation>
    </message>
    <message>
        <source>Check this when the charge is for a default, such as damage or a rental never returned. The order is marked as violated and reconciliation reminds finance to report it to Sesame.</source>
        <translation>Check this when the charge is for a default, such as damage or a rental never returned. The order is marked as violated and reconciliation reminds finance to report it to Sesame.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::ChinaTime</name>
    <message>
        <source>&quot;%1&quot; is not a time of the form 2024-05-01 12:00:00.</source>
        <translation>&quot;%1&quot; is not a time of the form 2024-05-01 12:00:00.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::Cli</name>
    <message>
        <source>Why (required; kept in the audit log and sent as the remark).</source>
        <translation>Why (required; kept in the audit log and sent as the remark).</translation>
    </message>
    <message>
        <source>The action did not finish.</source>
        <translation>The action did not finish.</translation>
    </message>
    <message>
        <source>The charge&apos;s subject as the customer sees it (default: the reason).</source>
        <translation>The charge&apos;s subject as the customer sees it (default: the reason).</translation>
    </message>
    <message>
        <source>Release what is left frozen with this charge (the order ends).</source>
        <translation>Release what is left frozen with this charge (the order ends).</translation>
    </message>
    <message>
        <source>The customer defaulted: mark the order as violated.</source>
        <translation>The customer defaulted: mark the order as violated.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log verifies: %n entries checked, the chain is intact.</source>
        <translation>
            <numerusform>The audit log verifies: %n entry checked, the chain is intact.</numerusform>
            <numerusform>The audit log verifies: %n entries checked, the chain is intact.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is BROKEN at entry %1: %2 It may have been changed outside DepositDesk.</source>
        <translation>The audit log is BROKEN at entry %1: %2 It may have been changed outside DepositDesk.</translation>
    </message>
    <message>
        <source>csv or xlsx.</source>
        <translation>csv or xlsx.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>The file to write.</translation>
    </message>
    <message>
        <source>The first day (yyyy-MM-dd, China time).</source>
        <translation>The first day (yyyy-MM-dd, China time).</translation>
    </message>
    <message>
        <source>The last day (yyyy-MM-dd, China time).</source>
        <translation>The last day (yyyy-MM-dd, China time).</translation>
    </message>
    <message>
        <source>Only this operator&apos;s entries.</source>
        <translation>Only this operator&apos;s entries.</translation>
    </message>
    <message>
        <source>Only the entries of this order.</source>
        <translation>Only the entries of this order.</translation>
    </message>
    <message>
        <source>The format &quot;%1&quot; is not known: use csv or xlsx.</source>
        <translation>The format &quot;%1&quot; is not known: use csv or xlsx.</translation>
    </message>
    <message>
        <source>--%1 takes a day as yyyy-MM-dd.</source>
        <translation>--%1 takes a day as yyyy-MM-dd.</translation>
    </message>
    <message>
        <source>Only supervisors, finance and administrators may export the audit log.</source>
        <translation>Only supervisors, finance and administrators may export the audit log.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries written to %1.</source>
        <translation>
            <numerusform>%n audit entry written to %1.</numerusform>
            <numerusform>%n audit entries written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show an order (auth_no or merchant order number); one not in the order list is looked up at Alipay and added.</source>
        <translation>Show an order (auth_no or merchant order number); one not in the order list is looked up at Alipay and added.</translation>
    </message>
    <message>
        <source>Release AMOUNT yuan of an order&apos;s deposit.</source>
        <translation>Release AMOUNT yuan of an order&apos;s deposit.</translation>
    </message>
    <message>
        <source>Charge AMOUNT yuan from an order&apos;s deposit.</source>
        <translation>Charge AMOUNT yuan from an order&apos;s deposit.</translation>
    </message>
    <message>
        <source>Ask for a refund of AMOUNT yuan of a charge (TRADE: its out_trade_no); a supervisor approves it unless the desk policy does.</source>
        <translation>Ask for a refund of AMOUNT yuan of a charge (TRADE: its out_trade_no); a supervisor approves it unless the desk policy does.</translation>
    </message>
    <message>
        <source>Cancel a freeze whose outcome is unknown.</source>
        <translation>Cancel a freeze whose outcome is unknown.</translation>
    </message>
    <message>
        <source>Refresh an order from Alipay (its operations, charges and refunds).</source>
        <translation>Refresh an order from Alipay (its operations, charges and refunds).</translation>
    </message>
    <message>
        <source>Settle every outcome that is unknown by querying Alipay.</source>
        <translation>Settle every outcome that is unknown by querying Alipay.</translation>
    </message>
    <message>
        <source>Reconcile a downloaded Alipay trade bill (.csv.zip) with the ledger, as the console does; --export writes the differences.</source>
        <translation>Reconcile a downloaded Alipay trade bill (.csv.zip) with the ledger, as the console does; --export writes the differences.</translation>
    </message>
    <message>
        <source>Check the whole audit chain; exits 1 when it is broken.</source>
        <translation>Check the whole audit chain; exits 1 when it is broken.</translation>
    </message>
    <message>
        <source>Write the audit log (or the entries of some days, an operator, an order) to a CSV or XLSX file.</source>
        <translation>Write the audit log (or the entries of some days, an operator, an order) to a CSV or XLSX file.</translation>
    </message>
    <message>
        <source>The operator who signs in.</source>
        <translation>The operator who signs in.</translation>
    </message>
    <message>
        <source>Read the operator&apos;s password from this file descriptor (first line); without it, it is asked on the terminal without echo.</source>
        <translation>Read the operator&apos;s password from this file descriptor (first line); without it, it is asked on the terminal without echo.</translation>
    </message>
    <message>
        <source>Print one JSON object per result.</source>
        <translation>Print one JSON object per result.</translation>
    </message>
    <message>
        <source>The console settings file to read (environment, app_id, seller ID, database).</source>
        <translation>The console settings file to read (environment, app_id, seller ID, database).</translation>
    </message>
    <message>
        <source>The database (SQLite file or PostgreSQL setting) instead of the settings&apos; one.</source>
        <translation>The database (SQLite file or PostgreSQL setting) instead of the settings&apos; one.</translation>
    </message>
    <message>
        <source>Do not read the OS keychain: the keys come from --merchant-key and --alipay-public-key.</source>
        <translation>Do not read the OS keychain: the keys come from --merchant-key and --alipay-public-key.</translation>
    </message>
    <message>
        <source>With --no-keychain: the app private key (PEM) file.</source>
        <translation>With --no-keychain: the app private key (PEM) file.</translation>
    </message>
    <message>
        <source>With --no-keychain: the Alipay public key (PEM) file.</source>
        <translation>With --no-keychain: the Alipay public key (PEM) file.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Usage: %1 [options] --user LOGIN [--password-fd N]</source>
        <translation>Usage: %1 [options] --user LOGIN [--password-fd N]</translation>
    </message>
    <message>
        <source>DepositDesk command line: the console&apos;s actions for scripts, under an operator&apos;s sign-in.</source>
        <translation>DepositDesk command line: the console&apos;s actions for scripts, under an operator&apos;s sign-in.</translation>
    </message>
    <message>
        <source>Usage: depositdesk COMMAND [ARGUMENTS] [options]</source>
        <translation>Usage: depositdesk COMMAND [ARGUMENTS] [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>&quot;depositdesk COMMAND --help&quot; describes a command and its options.</source>
        <translation>&quot;depositdesk COMMAND --help&quot; describes a command and its options.</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 refused or failed, 2 bad usage, 3 outcome unknown (recorded; &quot;depositdesk resolve&quot; settles it).</source>
        <translation>Exit codes: 0 done, 1 refused or failed, 2 bad usage, 3 outcome unknown (recorded; &quot;depositdesk resolve&quot; settles it).</translation>
    </message>
    <message>
        <source>Cannot read %1 (missing, unreadable or larger than 64 KiB).</source>
        <translation>Cannot read %1 (missing, unreadable or larger than 64 KiB).</translation>
    </message>
    <message>
        <source>The keychain gave no credentials for app_id %1: %2</source>
        <translation>The keychain gave no credentials for app_id %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command.</source>
        <translation>&quot;%1&quot; is not a command.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;depositdesk %1&quot; takes %n argument(s).</source>
        <translation>
            <numerusform>&quot;depositdesk %1&quot; takes %n argument.</numerusform>
            <numerusform>&quot;depositdesk %1&quot; takes %n arguments.</numerusform>
        </translation>
    </message>
    <message>
        <source>--user is required: the operator who signs in.</source>
        <translation>--user is required: the operator who signs in.</translation>
    </message>
    <message>
        <source>--password-fd takes the number of an open file descriptor.</source>
        <translation>--password-fd takes the number of an open file descriptor.</translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation>The database could not be opened: %1</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>No password could be read from file descriptor %1.</source>
        <translation>No password could be read from file descriptor %1.</translation>
    </message>
    <message>
        <source>No terminal to ask the password on: give it on a file descriptor with --password-fd N.</source>
        <translation>No terminal to ask the password on: give it on a file descriptor with --password-fd N.</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; cannot be used: %2</source>
        <translation>The amount &quot;%1&quot; cannot be used: %2</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 is required.</translation>
    </message>
    <message>
        <source>(request %1)</source>
        <translation>(request %1)</translation>
    </message>
    <message>
        <source>The outcome is unknown and was recorded: run &quot;depositdesk resolve&quot; to settle it by query.</source>
        <translation>The outcome is unknown and was recorded: run &quot;depositdesk resolve&quot; to settle it by query.</translation>
    </message>
    <message>
        <source>Order %1 (auth_no %2): %3. Frozen ¥%4 (credit ¥%5), still frozen ¥%6, released ¥%7, charged ¥%8, refunded ¥%9.</source>
        <translation>Order %1 (auth_no %2): %3. Frozen ¥%4 (credit ¥%5), still frozen ¥%6, released ¥%7, charged ¥%8, refunded ¥%9.</translation>
    </message>
    <message>
        <source>Alipay did not answer in time.</source>
        <translation>Alipay did not answer in time.</translation>
    </message>
    <message>
        <source>Write the differences to this file (.csv or .xlsx).</source>
        <translation>Write the differences to this file (.csv or .xlsx).</translation>
    </message>
    <message>
        <source>The reconciliation could not start (a run is going on, or your role may not reconcile).</source>
        <translation>The reconciliation could not start (a run is going on, or your role may not reconcile).</translation>
    </message>
    <message>
        <source>Bill %1 (%2): %3 matched, %4 difference(s). Bill: %5 trade(s), net ¥%6. Ledger: %7 trade(s), net ¥%8.</source>
        <translation>Bill %1 (%2): %3 matched, %4 difference(s). Bill: %5 trade(s), net ¥%6. Ledger: %7 trade(s), net ¥%8.</translation>
    </message>
    <message>
        <source>The differences were written to %1.</source>
        <translation>The differences were written to %1.</translation>
    </message>
    <message>
        <source>How many seconds to keep querying what is still unknown (default %1).</source>
        <translation>How many seconds to keep querying what is still unknown (default %1).</translation>
    </message>
    <message>
        <source>--wait takes a number of seconds.</source>
        <translation>--wait takes a number of seconds.</translation>
    </message>
    <message>
        <source>Nothing is unknown any more: %1 of %2 outcome(s) settled by query.</source>
        <translation>Nothing is unknown any more: %1 of %2 outcome(s) settled by query.</translation>
    </message>
    <message>
        <source>%1 outcome(s) settled by query; %2 still unknown (Alipay does not confirm them yet: run &quot;depositdesk resolve&quot; again later).</source>
        <translation>%1 outcome(s) settled by query; %2 still unknown (Alipay does not confirm them yet: run &quot;depositdesk resolve&quot; again later).</translation>
    </message>
    <message>
        <source>Order %1 is not in the order list: look it up first (depositdesk lookup %1).</source>
        <translation>Order %1 is not in the order list: look it up first (depositdesk lookup %1).</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Changed: %1</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Row %1, %2: %3</translation>
    </message>
    <message>
        <source>frozen ¥%1 → ¥%2</source>
        <translation>frozen ¥%1 → ¥%2</translation>
    </message>
    <message>
        <source>frozen ¥%1</source>
        <translation>frozen ¥%1</translation>
    </message>
    <message>
        <source>amount ¥%1</source>
        <translation>amount ¥%1</translation>
    </message>
    <message>
        <source>The action of every row (required): %1.</source>
        <translation>The action of every row (required): %1.</translation>
    </message>
    <message>
        <source>With unfreeze-amount: the yuan to unfreeze of each order (&quot;12.34&quot;). With refund-request: the yuan to refund of each order&apos;s latest charge (without it, all that is left of it).</source>
        <translation>With unfreeze-amount: the yuan to unfreeze of each order (&quot;12.34&quot;). With refund-request: the yuan to refund of each order&apos;s latest charge (without it, all that is left of it).</translation>
    </message>
    <message>
        <source>Why (required; kept in the audit log of every order and sent as the remark).</source>
        <translation>Why (required; kept in the audit log of every order and sent as the remark).</translation>
    </message>
    <message>
        <source>Send the rows, each printed as it ends. Without it only the preview is printed and nothing is sent (exit 0, refused rows or not). A run exits 0 only when every row is done, 3 when any row&apos;s outcome is unknown, else 1 (a row refused, failed or cancelled). SIGINT or SIGTERM stops it: no further row is sent, the calls out are waited for.</source>
        <translation>Send the rows, each printed as it ends. Without it only the preview is printed and nothing is sent (exit 0, refused rows or not). A run exits 0 only when every row is done, 3 when any row&apos;s outcome is unknown, else 1 (a row refused, failed or cancelled). SIGINT or SIGTERM stops it: no further row is sent, the calls out are waited for.</translation>
    </message>
    <message>
        <source>Also write the rows (the preview, or each row&apos;s result) to this file (.csv or .xlsx), as the Bulk action dialog exports them.</source>
        <translation>Also write the rows (the preview, or each row&apos;s result) to this file (.csv or .xlsx), as the Bulk action dialog exports them.</translation>
    </message>
    <message>
        <source>--action is required.</source>
        <translation>--action is required.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bulk action.</source>
        <translation>&quot;%1&quot; is not a bulk action.</translation>
    </message>
    <message>
        <source>The actions: %1.</source>
        <translation>The actions: %1.</translation>
    </message>
    <message>
        <source>--amount is required with --action %1.</source>
        <translation>--amount is required with --action %1.</translation>
    </message>
    <message>
        <source>--amount is only for an action that takes one; %1 does not.</source>
        <translation>--amount is only for an action that takes one; %1 does not.</translation>
    </message>
    <message>
        <source>--export writes a .csv or an .xlsx file, not %1.</source>
        <translation>--export writes a .csv or an .xlsx file, not %1.</translation>
    </message>
    <message>
        <source>The order list %1 cannot be used: %2</source>
        <translation>The order list %1 cannot be used: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n order(s) of %2:</source>
        <translation>
            <numerusform>%1 on %n order of %2:</numerusform>
            <numerusform>%1 on %n orders of %2:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview of %1 on %n order(s) of %2:</source>
        <translation>
            <numerusform>Preview of %1 on %n order of %2:</numerusform>
            <numerusform>Preview of %1 on %n orders of %2:</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping: no further row is sent; waiting for the calls that are out.</source>
        <translation>Stopping: no further row is sent; waiting for the calls that are out.</translation>
    </message>
    <message>
        <source>Another bulk action is running on this desk.</source>
        <translation>Another bulk action is running on this desk.</translation>
    </message>
    <message>
        <source>Preview: %1 will be sent, %2 refused, %3 already handled by an earlier run of this list. Nothing was sent: run it again with --yes to send.</source>
        <translation>Preview: %1 will be sent, %2 refused, %3 already handled by an earlier run of this list. Nothing was sent: run it again with --yes to send.</translation>
    </message>
    <message>
        <source>Refused rows are never sent; the others are.</source>
        <translation>Refused rows are never sent; the others are.</translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation>Cancelled: %1.</translation>
    </message>
    <message>
        <source>Finished: %1.</source>
        <translation>Finished: %1.</translation>
    </message>
    <message>
        <source>%1 done, %2 refused, %3 failed, %4 awaiting confirmation, %5 cancelled</source>
        <translation>%1 done, %2 refused, %3 failed, %4 awaiting confirmation, %5 cancelled</translation>
    </message>
    <message>
        <source>The outcome of the rows awaiting confirmation is unknown and was recorded: run &quot;depositdesk resolve&quot; to settle it by query. Running the same list again never sends a row twice.</source>
        <translation>The outcome of the rows awaiting confirmation is unknown and was recorded: run &quot;depositdesk resolve&quot; to settle it by query. Running the same list again never sends a row twice.</translation>
    </message>
    <message>
        <source>Run the same list again to send the cancelled rows; rows already done are not sent again.</source>
        <translation>Run the same list again to send the cancelled rows; rows already done are not sent again.</translation>
    </message>
    <message>
        <source>The rows were written to %1.</source>
        <translation>The rows were written to %1.</translation>
    </message>
    <message>
        <source>Run one action on every order of a list (CSV or XLSX, as the Bulk action dialog loads it): prints the preview; --yes sends it. Running the same file again never sends a row twice.</source>
        <translation>Run one action on every order of a list (CSV or XLSX, as the Bulk action dialog loads it): prints the preview; --yes sends it. Running the same file again never sends a row twice.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::ConsoleServices</name>
    <message>
        <source>Alipay credentials are not set up, so this desk can only search and read orders. %1</source>
        <extracomment>%1: what is wrong with the gateway configuration (one or more sentences)</extracomment>
        <translation>Alipay credentials are not set up, so this desk can only search and read orders. %1</translation>
    </message>
    <message>
        <source>%1 Searching and reading orders work; unfreezing, charging and the other Alipay actions are disabled.</source>
        <extracomment>%1: why the keychain gave no credentials (locked, missing, refused ...)</extracomment>
        <translation>%1 Searching and reading orders work; unfreezing, charging and the other Alipay actions are disabled.</translation>
    </message>
    <message>
        <source>Audit log verified.</source>
        <translation>Audit log verified.</translation>
    </message>
    <message>
        <source>The audit log does not verify: %1 It may have been changed outside DepositDesk; tell your administrator.</source>
        <translation>The audit log does not verify: %1 It may have been changed outside DepositDesk; tell your administrator.</translation>
    </message>
    <message>
        <source>The database cannot be reached since %1; retrying… Money actions are off until it answers again; what is shown may be out of date.</source>
        <extracomment>%1: the time since when the database cannot be reached (hours and minutes)</extracomment>
        <translation>The database cannot be reached since %1; retrying… Money actions are off until it answers again; what is shown may be out of date.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::ConsoleSettings</name>
    <message>
        <source>The settings file %1 is %2, more than the %3 a settings file may be: it was not read but set aside as %4, and the default settings are used.</source>
        <translation>The settings file %1 is %2, more than the %3 a settings file may be: it was not read but set aside as %4, and the default settings are used.</translation>
    </message>
    <message>
        <source>The settings file %1 is %2, more than the %3 a settings file may be: it was not read, and the default settings are used (and not saved: the file could not be set aside).</source>
        <translation>The settings file %1 is %2, more than the %3 a settings file may be: it was not read, and the default settings are used (and not saved: the file could not be set aside).</translation>
    </message>
    <message>
        <source>The setting %1 in %2 is not valid; %3 is used instead.</source>
        <translation>The setting %1 in %2 is not valid; %3 is used instead.</translation>
    </message>
    <message>
        <source>the production gateway</source>
        <translation>the production gateway</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>the system&apos;s proxy</source>
        <translation>the system&apos;s proxy</translation>
    </message>
</context>
<context>
    <name>DepositDesk::CoreDumps</name>
    <message>
        <source>Core dumps could not be switched off (%1), so a crash could write key material to disk. Run DepositDesk with &quot;ulimit -c 0&quot;.</source>
        <translation>Core dumps could not be switched off (%1), so a crash could write key material to disk. Run DepositDesk with &quot;ulimit -c 0&quot;.</translation>
    </message>
    <message>
        <source>The process could not be marked non-dumpable (%1), so other programs of the same user could read its memory. Report this to your administrator.</source>
        <translation>The process could not be marked non-dumpable (%1), so other programs of the same user could read its memory. Report this to your administrator.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::CredentialStore</name>
    <message>
        <source>The app ID &quot;%1&quot; is missing or malformed. Copy it from the Alipay open platform (16 digits, such as 2021000000000001).</source>
        <translation>The app ID &quot;%1&quot; is missing or malformed. Copy it from the Alipay open platform (16 digits, such as 2021000000000001).</translation>
    </message>
</context>
<context>
    <name>DepositDesk::Credentials</name>
    <message>
        <source>application private key</source>
        <translation>application private key</translation>
    </message>
    <message>
        <source>application public key</source>
        <translation>application public key</translation>
    </message>
    <message>
        <source>Alipay public key</source>
        <translation>Alipay public key</translation>
    </message>
    <message>
        <source>application public-key certificate (appCertPublicKey_&lt;app_id&gt;.crt)</source>
        <translation>application public-key certificate (appCertPublicKey_&lt;app_id&gt;.crt)</translation>
    </message>
    <message>
        <source>Alipay public-key certificate (alipayCertPublicKey_RSA2.crt)</source>
        <translation>Alipay public-key certificate (alipayCertPublicKey_RSA2.crt)</translation>
    </message>
    <message>
        <source>Alipay root certificate (alipayRootCert.crt)</source>
        <translation>Alipay root certificate (alipayRootCert.crt)</translation>
    </message>
    <message>
        <source>The %1 was not accepted: %2</source>
        <translation>The %1 was not accepted: %2</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (%2). Check that it exists and that you may read it.</source>
        <translation>The file %1 cannot be read (%2). Check that it exists and that you may read it.</translation>
    </message>
    <message>
        <source>The file %1 could not be read to its end. Try again.</source>
        <translation>The file %1 could not be read to its end. Try again.</translation>
    </message>
    <message>
        <source>Certificate mode needs the %1 as well.</source>
        <translation>Certificate mode needs the %1 as well.</translation>
    </message>
    <message>
        <source>Give either the Alipay public key or the three certificates, not both.</source>
        <translation>Give either the Alipay public key or the three certificates, not both.</translation>
    </message>
    <message>
        <source>The application public key is not the key of the application certificate. Leave it empty in certificate mode or load the matching one.</source>
        <translation>The application public key is not the key of the application certificate. Leave it empty in certificate mode or load the matching one.</translation>
    </message>
    <message>
        <source>The application private key is missing. Import the key made with Alipay&apos;s key tool.</source>
        <translation>The application private key is missing. Import the key made with Alipay&apos;s key tool.</translation>
    </message>
    <message>
        <source>The %1 was not accepted: the text is %2, far larger than a key or certificate (at most %3).</source>
        <translation>The %1 was not accepted: the text is %2, far larger than a key or certificate (at most %3).</translation>
    </message>
    <message>
        <source>%1 is not a file but a folder, a device or a pipe. Choose the %2 file itself.</source>
        <translation>%1 is not a file but a folder, a device or a pipe. Choose the %2 file itself.</translation>
    </message>
    <message>
        <source>The file %1 is %2, far larger than a key or certificate file (at most %3). Choose the %4 file itself.</source>
        <translation>The file %1 is %2, far larger than a key or certificate file (at most %3). Choose the %4 file itself.</translation>
    </message>
    <message>
        <source>The file %1 is empty. Choose the %2 file itself.</source>
        <translation>The file %1 is empty. Choose the %2 file itself.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::CredentialsAdmin</name>
    <message>
        <source>RSA %1</source>
        <translation>RSA %1</translation>
    </message>
    <message>
        <source>certificate, RSA %1</source>
        <translation>certificate, RSA %1</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n certificates</numerusform>
        </translation>
    </message>
    <message>
        <source>No app_id is set, so no Alipay credentials can be loaded. An administrator enters the app_id and imports the keys on the Credentials page.</source>
        <translation>No app_id is set, so no Alipay credentials can be loaded. An administrator enters the app_id and imports the keys on the Credentials page.</translation>
    </message>
    <message>
        <source>The Alipay credentials of app_id %1 are being read from the keychain.</source>
        <translation>The Alipay credentials of app_id %1 are being read from the keychain.</translation>
    </message>
    <message>
        <source>The credentials stored for app_id %1 cannot be used: %2 An administrator imports them again on the Credentials page.</source>
        <extracomment>%1 app_id, %2 the problems of the stored keys</extracomment>
        <translation>The credentials stored for app_id %1 cannot be used: %2 An administrator imports them again on the Credentials page.</translation>
    </message>
    <message>
        <source>Sign in as an administrator to manage the Alipay credentials.</source>
        <translation>Sign in as an administrator to manage the Alipay credentials.</translation>
    </message>
    <message>
        <source>Another credentials operation is still running. Wait for its answer.</source>
        <translation>Another credentials operation is still running. Wait for its answer.</translation>
    </message>
    <message>
        <source>Enter the app_id (16 digits, from the Alipay open platform console).</source>
        <translation>Enter the app_id (16 digits, from the Alipay open platform console).</translation>
    </message>
    <message>
        <source>Certificate mode needs the application certificate, the Alipay certificate and the Alipay root certificate.</source>
        <translation>Certificate mode needs the application certificate, the Alipay certificate and the Alipay root certificate.</translation>
    </message>
    <message>
        <source>The parts belong together: the private key matches the application certificate.</source>
        <translation>The parts belong together: the private key matches the application certificate.</translation>
    </message>
    <message>
        <source>The parts belong together: the private key matches the application public key.</source>
        <translation>The parts belong together: the private key matches the application public key.</translation>
    </message>
    <message>
        <source>The parts can be used. Load the application public key too to check that the private key is the right one, or test the connection.</source>
        <translation>The parts can be used. Load the application public key too to check that the private key is the right one, or test the connection.</translation>
    </message>
    <message>
        <source>The credentials of app_id %1 are saved in the keychain and in use.</source>
        <translation>The credentials of app_id %1 are saved in the keychain and in use.</translation>
    </message>
    <message>
        <source>The credentials of app_id %1 are deleted from the keychain. This desk is read-only until new ones are saved.</source>
        <translation>The credentials of app_id %1 are deleted from the keychain. This desk is read-only until new ones are saved.</translation>
    </message>
    <message>
        <source>The seller ID is the merchant&apos;s Alipay user ID: 16 digits starting with 2088 (the Alipay open platform and the merchant platform show it as PID or 合作伙伴身份).</source>
        <translation>The seller ID is the merchant&apos;s Alipay user ID: 16 digits starting with 2088 (the Alipay open platform and the merchant platform show it as PID or 合作伙伴身份).</translation>
    </message>
    <message>
        <source>The seller ID was not changed: the audit log could not record the change. %1</source>
        <translation>The seller ID was not changed: the audit log could not record the change. %1</translation>
    </message>
</context>
<context>
    <name>DepositDesk::CredentialsPage</name>
    <message>
        <source>Keys and certificates (*.pem *.txt *.crt *.key *.cer);;All files (*)</source>
        <translation>Keys and certificates (*.pem *.txt *.crt *.key *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>Alipay credentials</source>
        <translation>Alipay credentials</translation>
    </message>
    <message>
        <source>Asking Alipay…</source>
        <translation>Asking Alipay…</translation>
    </message>
    <message>
        <source>Save these credentials for app_id %1 in the keychain? They replace any stored for that app_id, and this desk uses them at once.</source>
        <translation>Save these credentials for app_id %1 in the keychain? They replace any stored for that app_id, and this desk uses them at once.</translation>
    </message>
    <message>
        <source>Delete the Alipay credentials of app_id %1 from the keychain? This desk becomes read-only until new ones are saved.</source>
        <translation>Delete the Alipay credentials of app_id %1 from the keychain? This desk becomes read-only until new ones are saved.</translation>
    </message>
    <message>
        <source>Stored and in use: app_id %1, certificate mode, with the %2.</source>
        <extracomment>%1 app_id, %2 the parts stored (names, comma separated)</extracomment>
        <translation>Stored and in use: app_id %1, certificate mode, with the %2.</translation>
    </message>
    <message>
        <source>Stored and in use: app_id %1, public-key mode, with the %2.</source>
        <translation>Stored and in use: app_id %1, public-key mode, with the %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Keychain entry: %1 · %2</source>
        <extracomment>%1 the keychain service name, e.g. DepositDesk/production; %2 the keychain&apos;s state</extracomment>
        <translation>Keychain entry: %1 · %2</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>not available</translation>
    </message>
    <message>
        <source>available</source>
        <translation>available</translation>
    </message>
    <message>
        <source>loaded: %1, %2</source>
        <extracomment>%1 file name, %2 what it holds (&quot;RSA 2048&quot;); the content is never shown</extracomment>
        <translation>loaded: %1, %2</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>not loaded</translation>
    </message>
    <message>
        <source>In the keychain</source>
        <translation>In the keychain</translation>
    </message>
    <message>
        <source>Import new credentials from files</source>
        <translation>Import new credentials from files</translation>
    </message>
    <message>
        <source>app_id</source>
        <translation>app_id</translation>
    </message>
    <message>
        <source>16 digits, from the Alipay open platform console</source>
        <translation>16 digits, from the Alipay open platform console</translation>
    </message>
    <message>
        <source>Signing mode</source>
        <translation>Signing mode</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Public key</translation>
    </message>
    <message>
        <source>Public-key certificates</source>
        <translation>Public-key certificates</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (optional)</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Save to keychain…</source>
        <translation>Save to keychain…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Checks that the parts belong together (nothing is sent).</source>
        <translation>Checks that the parts belong together (nothing is sent).</translation>
    </message>
    <message>
        <source>Asks Alipay about an order that cannot exist, signed with these keys: a verified answer proves the app_id and keys work. Uses the imported parts, or the stored ones when none are imported.</source>
        <translation>Asks Alipay about an order that cannot exist, signed with these keys: a verified answer proves the app_id and keys work. Uses the imported parts, or the stored ones when none are imported.</translation>
    </message>
    <message>
        <source>The seller ID %1 is already the one in use.</source>
        <translation>The seller ID %1 is already the one in use.</translation>
    </message>
    <message>
        <source>The seller ID is now %1: charges and new freezes name it as seller and payee.</source>
        <translation>The seller ID is now %1: charges and new freezes name it as seller and payee.</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Merchant</translation>
    </message>
    <message>
        <source>&amp;Seller ID</source>
        <translation>&amp;Seller ID</translation>
    </message>
    <message>
        <source>2088 and 12 more digits (PID)</source>
        <translation>2088 and 12 more digits (PID)</translation>
    </message>
    <message>
        <source>Save seller ID</source>
        <translation>Save seller ID</translation>
    </message>
    <message>
        <source>The merchant&apos;s Alipay user ID: charges name it as seller and new freezes as payee. Without it charges are disabled.</source>
        <translation>The merchant&apos;s Alipay user ID: charges name it as seller and new freezes as payee. Without it charges are disabled.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::CredentialsProbe</name>
    <message>
        <source>Alipay (%1) answered app_id %2 and its signed answer verified: the keys work.</source>
        <translation>Alipay (%1) answered app_id %2 and its signed answer verified: the keys work.</translation>
    </message>
    <message>
        <source>The test query could not be sent: %1</source>
        <translation>The test query could not be sent: %1</translation>
    </message>
    <message>
        <source>Alipay does not know app_id %1. Check the app_id in the Alipay open platform console.</source>
        <translation>Alipay does not know app_id %1. Check the app_id in the Alipay open platform console.</translation>
    </message>
    <message>
        <source>Alipay refused the signature of the test query: the application private key does not belong to app_id %1 (Alipay holds another application public key or certificate for it). Load the private key whose public key is registered for this app.</source>
        <translation>Alipay refused the signature of the test query: the application private key does not belong to app_id %1 (Alipay holds another application public key or certificate for it). Load the private key whose public key is registered for this app.</translation>
    </message>
    <message>
        <source>Alipay refused the test query: %1 (%2).</source>
        <extracomment>%1 Alipay&apos;s explanation, %2 its code</extracomment>
        <translation>Alipay refused the test query: %1 (%2).</translation>
    </message>
    <message>
        <source>Alipay answered, but its answer does not verify with the Alipay public key (or certificate) given. Load the Alipay public key of this app, not the application public key.</source>
        <translation>Alipay answered, but its answer does not verify with the Alipay public key (or certificate) given. Load the Alipay public key of this app, not the application public key.</translation>
    </message>
    <message>
        <source>Alipay answered with another certificate than the Alipay certificate given (serial %1). Download the current alipayCertPublicKey_RSA2.crt and import it again.</source>
        <translation>Alipay answered with another certificate than the Alipay certificate given (serial %1). Download the current alipayCertPublicKey_RSA2.crt and import it again.</translation>
    </message>
    <message>
        <source>Alipay could not be reached at %1: %2 Check the network and the environment in Settings, then test again.</source>
        <extracomment>%1 the gateway address, %2 what went wrong</extracomment>
        <translation>Alipay could not be reached at %1: %2 Check the network and the environment in Settings, then test again.</translation>
    </message>
    <message>
        <source>The test query gave no clear answer: %1 Test again later.</source>
        <translation>The test query gave no clear answer: %1 Test again later.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::CsvReader</name>
    <message>
        <source>A quoted cell that starts on line %1 is never closed: the file is cut off or damaged.</source>
        <translation>A quoted cell that starts on line %1 is never closed: the file is cut off or damaged.</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2: no order export has such lines. Is this the merchant&apos;s order export?</source>
        <translation>Line %1 is longer than %2: no order export has such lines. Is this the merchant&apos;s order export?</translation>
    </message>
    <message>
        <source>The row that starts on line %1 is longer than %2: no order export has such rows. Is this the merchant&apos;s order export?</source>
        <translation>The row that starts on line %1 is longer than %2: no order export has such rows. Is this the merchant&apos;s order export?</translation>
    </message>
    <message>
        <source>The file could not be read: %1.</source>
        <translation>The file could not be read: %1.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::CustomerScriptPanel</name>
    <message>
        <source>Copied. Paste it into the chat with the customer.</source>
        <extracomment>Shown next to the copy button for a few seconds after copying.</extracomment>
        <translation>Copied. Paste it into the chat with the customer.</translation>
    </message>
    <message>
        <source>What to tell the customer</source>
        <extracomment>Heading of the panel with suggested words (话术) for the customer.</extracomment>
        <translation>What to tell the customer</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy these words to the clipboard</source>
        <translation>Copy these words to the clipboard</translation>
    </message>
    <message>
        <source>Suggested replies</source>
        <translation>Suggested replies</translation>
    </message>
    <message>
        <source>Suggested words for the customer</source>
        <translation>Suggested words for the customer</translation>
    </message>
</context>
<context>
    <name>DepositDesk::CustomerScripts</name>
    <message>
        <source>the release of ¥%1 of your deposit</source>
        <translation>the release of ¥%1 of your deposit</translation>
    </message>
    <message>
        <source>the charge of ¥%1 from your deposit</source>
        <translation>the charge of ¥%1 from your deposit</translation>
    </message>
    <message>
        <source>the refund of ¥%1</source>
        <translation>the refund of ¥%1</translation>
    </message>
    <message>
        <source>the last change to your deposit</source>
        <translation>the last change to your deposit</translation>
    </message>
    <message>
        <source>Confirming with Alipay</source>
        <translation>Confirming with Alipay</translation>
    </message>
    <message>
        <source>We are confirming %1 with Alipay. Please do not pay again or ask for it again: it will be done at most once. We will tell you as soon as Alipay confirms it.</source>
        <translation>We are confirming %1 with Alipay. Please do not pay again or ask for it again: it will be done at most once. We will tell you as soon as Alipay confirms it.</translation>
    </message>
    <message>
        <source>Refund requested</source>
        <translation>Refund requested</translation>
    </message>
    <message>
        <source>We have requested a refund of ¥%1 on %2. It is being approved; once it is done, the money goes back the way you paid, usually within a few minutes and at most a few working days for bank cards.</source>
        <translation>We have requested a refund of ¥%1 on %2. It is being approved; once it is done, the money goes back the way you paid, usually within a few minutes and at most a few working days for bank cards.</translation>
    </message>
    <message>
        <source>¥%1 of the charges has been refunded to you.</source>
        <translation>¥%1 of the charges has been refunded to you.</translation>
    </message>
    <message>
        <source>Waiting for your authorization</source>
        <translation>Waiting for your authorization</translation>
    </message>
    <message>
        <source>Your deposit of ¥%1 is not authorized yet. Please open Alipay and confirm the deposit authorization; nothing is charged by it.</source>
        <translation>Your deposit of ¥%1 is not authorized yet. Please open Alipay and confirm the deposit authorization; nothing is charged by it.</translation>
    </message>
    <message>
        <source>Charged from the deposit</source>
        <translation>Charged from the deposit</translation>
    </message>
    <message>
        <source>On %1 we charged ¥%2 from your deposit of ¥%3 (¥%4 in total so far). ¥%5 remains frozen and will be released when the rental ends.</source>
        <translation>On %1 we charged ¥%2 from your deposit of ¥%3 (¥%4 in total so far). ¥%5 remains frozen and will be released when the rental ends.</translation>
    </message>
    <message>
        <source>Deposit partly released</source>
        <translation>Deposit partly released</translation>
    </message>
    <message>
        <source>On %1 we released ¥%2 of your deposit of ¥%3 back to your Alipay account. ¥%4 remains frozen and will be released when the rental ends.</source>
        <translation>On %1 we released ¥%2 of your deposit of ¥%3 back to your Alipay account. ¥%4 remains frozen and will be released when the rental ends.</translation>
    </message>
    <message>
        <source>Your deposit of ¥%1 has been frozen in your Alipay account since %2. It is not a payment: it is released when the rental ends.</source>
        <translation>Your deposit of ¥%1 has been frozen in your Alipay account since %2. It is not a payment: it is released when the rental ends.</translation>
    </message>
    <message>
        <source>¥%1 of it was waived by your Sesame credit, so only ¥%2 is actually frozen.</source>
        <translation>¥%1 of it was waived by your Sesame credit, so only ¥%2 is actually frozen.</translation>
    </message>
    <message>
        <source>Deposit frozen</source>
        <translation>Deposit frozen</translation>
    </message>
    <message>
        <source>Order finished</source>
        <translation>Order finished</translation>
    </message>
    <message>
        <source>Your order is finished: ¥%1 was charged from your deposit of ¥%2 and ¥%3 was released back to your Alipay account. Nothing remains frozen.</source>
        <translation>Your order is finished: ¥%1 was charged from your deposit of ¥%2 and ¥%3 was released back to your Alipay account. Nothing remains frozen.</translation>
    </message>
    <message>
        <source>Authorization closed</source>
        <translation>Authorization closed</translation>
    </message>
    <message>
        <source>The deposit authorization was closed before it was completed. Nothing was frozen or charged.</source>
        <translation>The deposit authorization was closed before it was completed. Nothing was frozen or charged.</translation>
    </message>
    <message>
        <source>Deposit released</source>
        <translation>Deposit released</translation>
    </message>
    <message>
        <source>Your deposit of ¥%1 has been released in full back to your Alipay account on %2. Nothing was charged.</source>
        <translation>Your deposit of ¥%1 has been released in full back to your Alipay account on %2. Nothing was charged.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::DailyChartView</name>
    <message>
        <source>Loading the daily totals…</source>
        <translation>Loading the daily totals…</translation>
    </message>
    <message>
        <source>The daily totals could not be read: %1</source>
        <translation>The daily totals could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>Charges ¥%1, refunds ¥%2, unfreezes ¥%3 over %n day(s).</source>
        <translation>
            <numerusform>Charges ¥%1, refunds ¥%2, unfreezes ¥%3 over %n day.</numerusform>
            <numerusform>Charges ¥%1, refunds ¥%2, unfreezes ¥%3 over %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chart could not be saved as %1. Choose another folder or file name.</source>
        <translation>The chart could not be saved as %1. Choose another folder or file name.</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Export chart as PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Charges</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <source>Unfreezes</source>
        <translation>Unfreezes</translation>
    </message>
    <message>
        <source>Day (China time)</source>
        <translation>Day (China time)</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>Daily charges, refunds and unfreezes, %1 – %2</source>
        <translation>Daily charges, refunds and unfreezes, %1 – %2</translation>
    </message>
    <message>
        <source>Daily charges, refunds and unfreezes</source>
        <translation>Daily charges, refunds and unfreezes</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Save the chart as a PNG image</translation>
    </message>
    <message>
        <source>Choose a period to see its daily totals.</source>
        <translation>Choose a period to see its daily totals.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::DatabasePassword</name>
    <message>
        <source>The database password is still in the settings file %1: it could not be moved to the system keychain. %2 DepositDesk connects with it, but anyone who can read that file can read the password. Make the keychain available and start DepositDesk again to move it.</source>
        <translation>The database password is still in the settings file %1: it could not be moved to the system keychain. %2 DepositDesk connects with it, but anyone who can read that file can read the password. Make the keychain available and start DepositDesk again to move it.</translation>
    </message>
    <message>
        <source>The database password could not be read from the system keychain. %1 DepositDesk connects without it (a password file named by PGPASSFILE may still supply one).</source>
        <translation>The database password could not be read from the system keychain. %1 DepositDesk connects without it (a password file named by PGPASSFILE may still supply one).</translation>
    </message>
</context>
<context>
    <name>DepositDesk::DatabasePasswordStore</name>
    <message>
        <source>The system keychain holds no password for this database.</source>
        <translation>The system keychain holds no password for this database.</translation>
    </message>
    <message>
        <source>There is no system keychain (Secret Service) in this session, so the database password cannot be kept there.</source>
        <translation>There is no system keychain (Secret Service) in this session, so the database password cannot be kept there.</translation>
    </message>
    <message>
        <source>The system keychain is locked: unlock it (for example by signing in to the desktop again) so that the database password can be used.</source>
        <translation>The system keychain is locked: unlock it (for example by signing in to the desktop again) so that the database password can be used.</translation>
    </message>
    <message>
        <source>The system keychain refused DepositDesk access to the database password.</source>
        <translation>The system keychain refused DepositDesk access to the database password.</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>The system keychain did not answer in time.</translation>
    </message>
    <message>
        <source>The system keychain could not read or store the database password.</source>
        <translation>The system keychain could not read or store the database password.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::DatabaseWaitDialog</name>
    <message>
        <source>Waiting for the database</source>
        <translation>Waiting for the database</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>DepositDesk::DemoEnvironment</name>
    <message>
        <source>Cannot create a temporary folder for demo mode: %1</source>
        <translation>Cannot create a temporary folder for demo mode: %1</translation>
    </message>
    <message>
        <source>Cannot create the demo keys: %1</source>
        <translation>Cannot create the demo keys: %1</translation>
    </message>
    <message>
        <source>Cannot seed the demo orders: %1</source>
        <translation>Cannot seed the demo orders: %1</translation>
    </message>
    <message>
        <source>Cannot start the demo sandbox gateway: %1</source>
        <translation>Cannot start the demo sandbox gateway: %1</translation>
    </message>
    <message>
        <source>Cannot open the demo database: %1</source>
        <translation>Cannot open the demo database: %1</translation>
    </message>
    <message>
        <source>The demo orders could not be imported: %1</source>
        <translation>The demo orders could not be imported: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected</source>
        <translation>
            <numerusform>%n row rejected</numerusform>
            <numerusform>%n rows rejected</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the demo operators: %1</source>
        <translation>Cannot create the demo operators: %1</translation>
    </message>
    <message>
        <source>Cannot record the demo orders&apos; history: %1</source>
        <translation>Cannot record the demo orders&apos; history: %1</translation>
    </message>
    <message>
        <source>Cannot start the demo notification intake: %1</source>
        <translation>Cannot start the demo notification intake: %1</translation>
    </message>
    <message>
        <source>The rented item was not returned.</source>
        <translation>The rented item was not returned.</translation>
    </message>
    <message>
        <source>The demo order %1 is missing.</source>
        <translation>The demo order %1 is missing.</translation>
    </message>
    <message>
        <source>Demo: the first waiver policy</source>
        <translation>Demo: the first waiver policy</translation>
    </message>
    <message>
        <source>Cannot save the demo waiver policy: %1</source>
        <translation>Cannot save the demo waiver policy: %1</translation>
    </message>
</context>
<context>
    <name>DepositDesk::DeskPolicy</name>
    <message>
        <source>A desk policy setting changes only with its name and who changed it.</source>
        <translation>A desk policy setting changes only with its name and who changed it.</translation>
    </message>
    <message>
        <source>An approval threshold must be above ¥0.00. To require an approval for every refund, remove the threshold.</source>
        <translation>An approval threshold must be above ¥0.00. To require an approval for every refund, remove the threshold.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::DifferenceCorrections</name>
    <message>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <source>Write a note saying why you make this correction.</source>
        <translation>Write a note saying why you make this correction.</translation>
    </message>
    <message>
        <source>The note looks like a password, key or token. Secrets never go into the audit log: write the note without it.</source>
        <translation>The note looks like a password, key or token. Secrets never go into the audit log: write the note without it.</translation>
    </message>
    <message>
        <source>This difference is no longer found. Reload the reconciliation.</source>
        <translation>This difference is no longer found. Reload the reconciliation.</translation>
    </message>
    <message>
        <source>“%1” does not apply to a difference of the kind “%2”.</source>
        <extracomment>%1 the correction, %2 the kind of difference</extracomment>
        <translation>“%1” does not apply to a difference of the kind “%2”.</translation>
    </message>
    <message>
        <source>No order of ours is known for %1: there is nothing to refresh. Nothing was changed.</source>
        <translation>No order of ours is known for %1: there is nothing to refresh. Nothing was changed.</translation>
    </message>
    <message>
        <source>No request of %1 is waiting for its outcome: refresh the order from Alipay instead. Nothing was changed.</source>
        <translation>No request of %1 is waiting for its outcome: refresh the order from Alipay instead. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 was already recorded as a known external payment by %2 on %3. Nothing was changed.</source>
        <extracomment>%1 &quot;Charge …&quot;, %2 who recorded it, %3 when</extracomment>
        <translation>%1 was already recorded as a known external payment by %2 on %3. Nothing was changed.</translation>
    </message>
    <message>
        <source>Alipay&apos;s answer did not settle request %1: its outcome stays unknown and is asked again in the background. Nothing was changed.</source>
        <translation>Alipay&apos;s answer did not settle request %1: its outcome stays unknown and is asked again in the background. Nothing was changed.</translation>
    </message>
    <message>
        <source>Request %1 settled by query: %2</source>
        <extracomment>%1 request number, %2 its outcome code as settled (SUCCEEDED, NOT_DONE ...)</extracomment>
        <translation>Request %1 settled by query: %2</translation>
    </message>
    <message>
        <source>Reconciling %1 again failed: %2</source>
        <translation>Reconciling %1 again failed: %2</translation>
    </message>
    <message>
        <source>Reconciled %1 again: the difference is still found, so it stays open.</source>
        <translation>Reconciled %1 again: the difference is still found, so it stays open.</translation>
    </message>
    <message>
        <source>Reconciled %1 again: the difference is gone and is marked resolved.</source>
        <translation>Reconciled %1 again: the difference is gone and is marked resolved.</translation>
    </message>
    <message>
        <source>The period could not be reconciled again now (a run is going on): reconcile it again to see whether the difference is gone.</source>
        <translation>The period could not be reconciled again now (a run is going on): reconcile it again to see whether the difference is gone.</translation>
    </message>
    <message>
        <source>Alipay&apos;s answer changed nothing in our ledger.</source>
        <translation>Alipay&apos;s answer changed nothing in our ledger.</translation>
    </message>
    <message>
        <source>Updated from Alipay: %1.</source>
        <translation>Updated from Alipay: %1.</translation>
    </message>
    <message>
        <source>%1 (%2) is recorded as a known external payment: later reconciliations count it as explained.</source>
        <extracomment>%1 &quot;Charge …&quot;, %2 its amount</extracomment>
        <translation>%1 (%2) is recorded as a known external payment: later reconciliations count it as explained.</translation>
    </message>
    <message>
        <source>The refresh of order %1 from Alipay did not go through: %2 Nothing was changed.</source>
        <extracomment>%1 the order number, %2 why (Alipay unreachable, the charge unknown to it ...)</extracomment>
        <translation>The refresh of order %1 from Alipay did not go through: %2 Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::DifferenceKind</name>
    <message>
        <source>Amount differs</source>
        <translation>Amount differs</translation>
    </message>
    <message>
        <source>Only in Alipay&apos;s bill</source>
        <translation>Only in Alipay&apos;s bill</translation>
    </message>
    <message>
        <source>Only in our ledger</source>
        <translation>Only in our ledger</translation>
    </message>
    <message>
        <source>Status differs</source>
        <translation>Status differs</translation>
    </message>
    <message>
        <source>Frozen, never released</source>
        <translation>Frozen, never released</translation>
    </message>
    <message>
        <source>Rest never unfrozen</source>
        <translation>Rest never unfrozen</translation>
    </message>
    <message>
        <source>Default not reported to Sesame</source>
        <translation>Default not reported to Sesame</translation>
    </message>
    <message>
        <source>Totals differ</source>
        <translation>Totals differ</translation>
    </message>
    <message>
        <source>Only in the account bill</source>
        <translation>Only in the account bill</translation>
    </message>
    <message>
        <source>Not in the account bill</source>
        <translation>Not in the account bill</translation>
    </message>
    <message>
        <source>Account bill amount differs</source>
        <translation>Account bill amount differs</translation>
    </message>
    <message>
        <source>Account bill totals differ</source>
        <translation>Account bill totals differ</translation>
    </message>
    <message>
        <source>Balance broken</source>
        <translation>Balance broken</translation>
    </message>
</context>
<context>
    <name>DepositDesk::DifferenceWords</name>
    <message>
        <source>Charge %1</source>
        <translation>Charge %1</translation>
    </message>
    <message>
        <source>Refund %1 of charge %2</source>
        <translation>Refund %1 of charge %2</translation>
    </message>
    <message>
        <source>%1 (%2) is in Alipay&apos;s bill but not in our ledger. Refresh the order from Alipay, find out who charged it, or record it as a known external payment.</source>
        <extracomment>%1 &quot;Charge …&quot;, %2 the amount</extracomment>
        <translation>%1 (%2) is in Alipay&apos;s bill but not in our ledger. Refresh the order from Alipay, find out who charged it, or record it as a known external payment.</translation>
    </message>
    <message>
        <source>%1: Alipay&apos;s bill says “%2”, our ledger says “%3”. Refresh the order from Alipay.</source>
        <extracomment>%1 &quot;Charge …&quot;, %2 the status in Alipay&apos;s bill, %3 the status in our ledger</extracomment>
        <translation>%1: Alipay&apos;s bill says “%2”, our ledger says “%3”. Refresh the order from Alipay.</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>nothing yet</translation>
    </message>
    <message>
        <source>%1 is %2 in Alipay&apos;s bill but %3 in our ledger. Refresh the order from Alipay; if it stays, raise it with Alipay.</source>
        <translation>%1 is %2 in Alipay&apos;s bill but %3 in our ledger. Refresh the order from Alipay; if it stays, raise it with Alipay.</translation>
    </message>
    <message>
        <source>%1 (%2) succeeded in our ledger on %3 but is not in Alipay&apos;s bill. Query it on Alipay; it may belong to another day&apos;s bill.</source>
        <extracomment>%3 when (China time)</extracomment>
        <translation>%1 (%2) succeeded in our ledger on %3 but is not in Alipay&apos;s bill. Query it on Alipay; it may belong to another day&apos;s bill.</translation>
    </message>
    <message>
        <source>%1 is still frozen on order %2 and nothing has happened to it since %3. Unfreeze it, or charge what the customer owes.</source>
        <extracomment>%1 the amount still frozen, %2 the order number, %3 the day of its last activity</extracomment>
        <translation>%1 is still frozen on order %2 and nothing has happened to it since %3. Unfreeze it, or charge what the customer owes.</translation>
    </message>
    <message>
        <source>Charge %1 of order %2 left the rest of the deposit frozen, and %3 is still frozen. Unfreeze the rest unless more will be charged.</source>
        <extracomment>%1 the charge number, %2 the order number, %3 the amount still frozen</extracomment>
        <translation>Charge %1 of order %2 left the rest of the deposit frozen, and %3 is still frozen. Unfreeze the rest unless more will be charged.</translation>
    </message>
    <message>
        <source>Order %1 was marked on %2 as defaulted by the customer, but the default was never reported to Sesame. Report it from the order&apos;s page.</source>
        <translation>Order %1 was marked on %2 as defaulted by the customer, but the default was never reported to Sesame. Report it from the order&apos;s page.</translation>
    </message>
    <message>
        <source>The detail file&apos;s total lines do not add up to its lines. Download the bill again.</source>
        <translation>The detail file&apos;s total lines do not add up to its lines. Download the bill again.</translation>
    </message>
    <message>
        <source>The summary file does not match the detail lines. Download the bill again.</source>
        <translation>The summary file does not match the detail lines. Download the bill again.</translation>
    </message>
    <message>
        <source>The totals of Alipay&apos;s bill and of our ledger disagree: the Totals tab shows them side by side.</source>
        <translation>The totals of Alipay&apos;s bill and of our ledger disagree: the Totals tab shows them side by side.</translation>
    </message>
    <message>
        <source>%1 (%2) moved money in the Alipay account, but our ledger has no such charge or refund. Refresh the order from Alipay, or find out who made it.</source>
        <extracomment>%1 &quot;Charge …&quot; / &quot;Refund … of charge …&quot;, %2 the amount</extracomment>
        <translation>%1 (%2) moved money in the Alipay account, but our ledger has no such charge or refund. Refresh the order from Alipay, or find out who made it.</translation>
    </message>
    <message>
        <source>%1 (%2) moved money in the Alipay account, but our ledger says “%3”. Refresh the order from Alipay.</source>
        <extracomment>%1 &quot;Charge …&quot;, %2 the amount, %3 the status in our ledger</extracomment>
        <translation>%1 (%2) moved money in the Alipay account, but our ledger says “%3”. Refresh the order from Alipay.</translation>
    </message>
    <message>
        <source>%1 is %2 in the account bill but %3 in our ledger. Refresh the order from Alipay; if it stays, raise it with Alipay.</source>
        <translation>%1 is %2 in the account bill but %3 in our ledger. Refresh the order from Alipay; if it stays, raise it with Alipay.</translation>
    </message>
    <message>
        <source>%1 (%2) succeeded in our ledger on %3 but moved no money in the Alipay account bill. Query it on Alipay; it may belong to another day&apos;s bill.</source>
        <extracomment>%3 when (China time)</extracomment>
        <translation>%1 (%2) succeeded in our ledger on %3 but moved no money in the Alipay account bill. Query it on Alipay; it may belong to another day&apos;s bill.</translation>
    </message>
    <message>
        <source>Trade bill</source>
        <extracomment>Bill type &quot;trade&quot;: payments and refunds</extracomment>
        <translation>Trade bill</translation>
    </message>
    <message>
        <source>Account bill (账务明细)</source>
        <extracomment>Bill type &quot;signcustomer&quot;: the merchant account&apos;s movements (fees, payouts)</extracomment>
        <translation>Account bill (账务明细)</translation>
    </message>
    <message>
        <source>refreshed from Alipay</source>
        <extracomment>How a difference was resolved</extracomment>
        <translation>refreshed from Alipay</translation>
    </message>
    <message>
        <source>recorded as a known external payment</source>
        <extracomment>How a difference was resolved</extracomment>
        <translation>recorded as a known external payment</translation>
    </message>
    <message>
        <source>settled by query</source>
        <extracomment>How a difference was resolved</extracomment>
        <translation>settled by query</translation>
    </message>
    <message>
        <source>Refresh this order from Alipay</source>
        <translation>Refresh this order from Alipay</translation>
    </message>
    <message>
        <source>Record this bill line as a known external payment</source>
        <translation>Record this bill line as a known external payment</translation>
    </message>
    <message>
        <source>Settle the unknown outcome by query</source>
        <translation>Settle the unknown outcome by query</translation>
    </message>
</context>
<context>
    <name>DepositDesk::DifferencesModel</name>
    <message>
        <source>Double-click to open the order</source>
        <translation>Double-click to open the order</translation>
    </message>
    <message>
        <source>Resolved by %1 on %2</source>
        <extracomment>Difference state: %1 who resolved it, %2 when (China time)</extracomment>
        <translation>Resolved by %1 on %2</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Difference state: nobody has worked it yet</extracomment>
        <translation>Open</translation>
    </message>
    <message>
        <source>%1 · no longer found</source>
        <extracomment>Difference state, after Open/Resolved: the latest run did not find it again</extracomment>
        <translation>%1 · no longer found</translation>
    </message>
    <message>
        <source>Difference</source>
        <extracomment>Column: what kind of difference reconciliation found</extracomment>
        <translation>Difference</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>Column: when the charge/refund happened (China time)</extracomment>
        <translation>When</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <source>Alipay trade no.</source>
        <extracomment>Column: Alipay&apos;s trade number (trade_no)</extracomment>
        <translation>Alipay trade no.</translation>
    </message>
    <message>
        <source>Charge / refund no.</source>
        <extracomment>Column: the merchant&apos;s charge number (out_trade_no) or refund number (out_request_no)</extracomment>
        <translation>Charge / refund no.</translation>
    </message>
    <message>
        <source>In the bill</source>
        <extracomment>Column: the amount in Alipay&apos;s bill</extracomment>
        <translation>In the bill</translation>
    </message>
    <message>
        <source>In our records</source>
        <extracomment>Column: the amount in DepositDesk&apos;s own records</extracomment>
        <translation>In our records</translation>
    </message>
    <message>
        <source>Bill status</source>
        <translation>Bill status</translation>
    </message>
    <message>
        <source>Our status</source>
        <translation>Our status</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>What was found</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) for this order</source>
        <extracomment>Differences column: how many differences the same order has (shown from 2 on)</extracomment>
        <translation>
            <numerusform>%n problem for this order</numerusform>
            <numerusform>%n problems for this order</numerusform>
        </translation>
    </message>
    <message>
        <source>The same charge is also listed as “%1”: a second problem of this charge, not a duplicate.</source>
        <extracomment>After a difference&apos;s sentence: %1 the kind of the other difference of the same charge</extracomment>
        <translation>The same charge is also listed as “%1”: a second problem of this charge, not a duplicate.</translation>
    </message>
    <message>
        <source>This order also has “%1”.</source>
        <extracomment>After a difference&apos;s sentence: %1 the kind of another difference of the order</extracomment>
        <translation>This order also has “%1”.</translation>
    </message>
    <message>
        <source>Resolved by %1 on %2: %3</source>
        <extracomment>Difference state: %1 who resolved it, %2 when (China time), %3 the correction made</extracomment>
        <translation>Resolved by %1 on %2: %3</translation>
    </message>
    <message>
        <source>Same order</source>
        <extracomment>Column: how many differences the same order has</extracomment>
        <translation>Same order</translation>
    </message>
</context>
<context>
    <name>DepositDesk::DifferencesPanel</name>
    <message>
        <source>Exported the differences listed to %1.</source>
        <extracomment>%1 the file written</extracomment>
        <translation>Exported the differences listed to %1.</translation>
    </message>
    <message>
        <source>Amounts are in yuan, for example 12.50; the amount filter is left out until it reads as one.</source>
        <translation>Amounts are in yuan, for example 12.50; the amount filter is left out until it reads as one.</translation>
    </message>
    <message>
        <source>Not reconciled yet.</source>
        <translation>Not reconciled yet.</translation>
    </message>
    <message>
        <source>The difference was not marked resolved: %1</source>
        <extracomment>%1 why the store refused (translated)</extracomment>
        <translation>The difference was not marked resolved: %1</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <extracomment>Filter: only differences that happened between these days</extracomment>
        <translation>&amp;Dates</translation>
    </message>
    <message>
        <source>&amp;Amount ¥</source>
        <translation>&amp;Amount ¥</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Show &amp;resolved</source>
        <translation>Show &amp;resolved</translation>
    </message>
    <message>
        <source>Show &amp;no longer found</source>
        <translation>Show &amp;no longer found</translation>
    </message>
    <message>
        <source>Differences an earlier run found that the latest run did not find again.</source>
        <translation>Differences an earlier run found that the latest run did not find again.</translation>
    </message>
    <message>
        <source>&amp;Open order</source>
        <translation>&amp;Open order</translation>
    </message>
    <message>
        <source>Re&amp;solve…</source>
        <translation>Re&amp;solve…</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) listed, %1 open</source>
        <extracomment>%n how many differences are listed, %1 how many of them nobody resolved yet</extracomment>
        <translation>
            <numerusform>%n difference listed, %1 open</numerusform>
            <numerusform>%n differences listed, %1 open</numerusform>
        </translation>
    </message>
    <message>
        <source>The correction was not made: %1</source>
        <translation>The correction was not made: %1</translation>
    </message>
    <message>
        <source>Working on the correction…</source>
        <translation>Working on the correction…</translation>
    </message>
</context>
<context>
    <name>DepositDesk::Environment</name>
    <message>
        <source>Demo mode</source>
        <extracomment>The console talks to its embedded sandbox with made-up orders.</extracomment>
        <translation>Demo mode</translation>
    </message>
    <message>
        <source>Production</source>
        <extracomment>Real customers, real money.</extracomment>
        <translation>Production</translation>
    </message>
    <message>
        <source>Alipay sandbox</source>
        <translation>Alipay sandbox</translation>
    </message>
    <message>
        <source>Local gateway</source>
        <extracomment>A gateway on this computer or network (a sandbox)</extracomment>
        <translation>Local gateway</translation>
    </message>
</context>
<context>
    <name>DepositDesk::ErrorBanner</name>
    <message>
        <source>Hide details</source>
        <translation>Hide details</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Alipay&apos;s codes and the technical text, for an expert</source>
        <translation>Alipay&apos;s codes and the technical text, for an expert</translation>
    </message>
    <message>
        <source>Alipay code: %1</source>
        <extracomment>Error details: Alipay&apos;s answer code, e.g. &quot;40004&quot;.</extracomment>
        <translation>Alipay code: %1</translation>
    </message>
    <message>
        <source>sub_code: %1</source>
        <translation>sub_code: %1</translation>
    </message>
    <message>
        <source>sub_msg: %1</source>
        <translation>sub_msg: %1</translation>
    </message>
    <message>
        <source>Request number: %1</source>
        <translation>Request number: %1</translation>
    </message>
    <message>
        <source>Technical: %1</source>
        <translation>Technical: %1</translation>
    </message>
</context>
<context>
    <name>DepositDesk::FirstRunSetup</name>
    <message>
        <source>The database password could not be stored in the system keychain: %1 Nothing else was saved; make the keychain available and try again.</source>
        <translation>The database password could not be stored in the system keychain: %1 Nothing else was saved; make the keychain available and try again.</translation>
    </message>
    <message>
        <source>The local gateway address must be an http(s) URL such as http://127.0.0.1:8080/gateway.do.</source>
        <translation>The local gateway address must be an http(s) URL such as http://127.0.0.1:8080/gateway.do.</translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer (127.0.0.1). Use https for another computer.</source>
        <translation>Plain http is only allowed to this computer (127.0.0.1). Use https for another computer.</translation>
    </message>
    <message>
        <source>Enter the app_id: 16 digits, from the Alipay open platform console.</source>
        <translation>Enter the app_id: 16 digits, from the Alipay open platform console.</translation>
    </message>
    <message>
        <source>The app_id &quot;%1&quot; is not valid: it has 16 digits (the Alipay open platform console shows it as APPID).</source>
        <translation>The app_id &quot;%1&quot; is not valid: it has 16 digits (the Alipay open platform console shows it as APPID).</translation>
    </message>
    <message>
        <source>Enter the seller ID: the merchant&apos;s Alipay user ID, 16 digits starting with 2088 (PID).</source>
        <translation>Enter the seller ID: the merchant&apos;s Alipay user ID, 16 digits starting with 2088 (PID).</translation>
    </message>
    <message>
        <source>The seller ID &quot;%1&quot; is not valid: it has 16 digits and starts with 2088. It is not the app_id; the merchant platform shows it as PID.</source>
        <translation>The seller ID &quot;%1&quot; is not valid: it has 16 digits and starts with 2088. It is not the app_id; the merchant platform shows it as PID.</translation>
    </message>
    <message>
        <source>Enter the PostgreSQL server&apos;s host name or address.</source>
        <translation>Enter the PostgreSQL server&apos;s host name or address.</translation>
    </message>
    <message>
        <source>Enter the name of the PostgreSQL database.</source>
        <translation>Enter the name of the PostgreSQL database.</translation>
    </message>
    <message>
        <source>Enter the PostgreSQL user the desk signs in as.</source>
        <translation>Enter the PostgreSQL user the desk signs in as.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (PostgreSQL&apos;s is 5432).</source>
        <translation>The port is a number from 1 to 65535 (PostgreSQL&apos;s is 5432).</translation>
    </message>
    <message>
        <source>The TLS mode &quot;%1&quot; is not one PostgreSQL knows.</source>
        <translation>The TLS mode &quot;%1&quot; is not one PostgreSQL knows.</translation>
    </message>
    <message>
        <source>Checking the server&apos;s certificate needs the root certificate it was issued by: choose its file.</source>
        <translation>Checking the server&apos;s certificate needs the root certificate it was issued by: choose its file.</translation>
    </message>
    <message>
        <source>Open the database first.</source>
        <translation>Open the database first.</translation>
    </message>
    <message>
        <source>Choose the administrator&apos;s login.</source>
        <translation>Choose the administrator&apos;s login.</translation>
    </message>
    <message>
        <source>Choose the administrator&apos;s password.</source>
        <translation>Choose the administrator&apos;s password.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>The two passwords differ. Type the same password twice.</translation>
    </message>
    <message>
        <source>Open the database and sign in as its administrator first.</source>
        <translation>Open the database and sign in as its administrator first.</translation>
    </message>
    <message>
        <source>Open the database, sign in and enter the app_id first.</source>
        <translation>Open the database, sign in and enter the app_id first.</translation>
    </message>
    <message>
        <source>DepositDesk is set up: the keys are in the system keychain and the settings in %1.</source>
        <translation>DepositDesk is set up: the keys are in the system keychain and the settings in %1.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::FormEncoding</name>
    <message>
        <source>The form data contains a broken %-escape at position %1.</source>
        <translation>The form data contains a broken %-escape at position %1.</translation>
    </message>
    <message>
        <source>The form data is not valid UTF-8 text.</source>
        <translation>The form data is not valid UTF-8 text.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::FundAuthTypes</name>
    <message>
        <source>timeout_express must be a whole number followed by m, h or d, such as 15m.</source>
        <translation>timeout_express must be a whole number followed by m, h or d, such as 15m.</translation>
    </message>
    <message>
        <source>The freeze was closed: the customer did not authorize it. No money is frozen.</source>
        <translation>The freeze was closed: the customer did not authorize it. No money is frozen.</translation>
    </message>
    <message>
        <source>The freeze is waiting for the customer to confirm it in the Alipay app. DepositDesk checks its status until it is final.</source>
        <translation>The freeze is waiting for the customer to confirm it in the Alipay app. DepositDesk checks its status until it is final.</translation>
    </message>
    <message>
        <source>Alipay accepted the freeze but sent no QR code. DepositDesk checks the freeze&apos;s status before anything else is done.</source>
        <translation>Alipay accepted the freeze but sent no QR code. DepositDesk checks the freeze&apos;s status before anything else is done.</translation>
    </message>
    <message>
        <source>Give the auth_no or the out_order_no of the order to query.</source>
        <translation>Give the auth_no or the out_order_no of the order to query.</translation>
    </message>
    <message>
        <source>operation_type must be FREEZE, UNFREEZE or PAY.</source>
        <translation>operation_type must be FREEZE, UNFREEZE or PAY.</translation>
    </message>
    <message>
        <source>Alipay accepted the unfreeze but did not report it as done (status &quot;%1&quot;). DepositDesk checks it with a detail query.</source>
        <translation>Alipay accepted the unfreeze but did not report it as done (status &quot;%1&quot;). DepositDesk checks it with a detail query.</translation>
    </message>
    <message>
        <source>Alipay reported an unfreeze of %1 yuan where %2 yuan was asked. DepositDesk checks it with a detail query.</source>
        <translation>Alipay reported an unfreeze of %1 yuan where %2 yuan was asked. DepositDesk checks it with a detail query.</translation>
    </message>
    <message>
        <source>Give auth_no with operation_id, or out_order_no with out_request_no, of the freeze to cancel.</source>
        <translation>Give auth_no with operation_id, or out_order_no with out_request_no, of the freeze to cancel.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::GatewayConfig</name>
    <message>
        <source>The app ID is missing or malformed. Copy it from the Alipay open platform (16 digits, such as 2021000000000001).</source>
        <translation>The app ID is missing or malformed. Copy it from the Alipay open platform (16 digits, such as 2021000000000001).</translation>
    </message>
    <message>
        <source>The application private key is missing. Load the key made with Alipay&apos;s key tool.</source>
        <translation>The application private key is missing. Load the key made with Alipay&apos;s key tool.</translation>
    </message>
    <message>
        <source>The Alipay public key is missing, so no answer could be trusted. Copy it from the Alipay open platform (or load alipayCertPublicKey_RSA2.crt in certificate mode).</source>
        <translation>The Alipay public key is missing, so no answer could be trusted. Copy it from the Alipay open platform (or load alipayCertPublicKey_RSA2.crt in certificate mode).</translation>
    </message>
    <message>
        <source>The Alipay public key is the application&apos;s own public key. Copy the key labelled &quot;支付宝公钥&quot; (Alipay public key), not &quot;应用公钥&quot;.</source>
        <translation>The Alipay public key is the application&apos;s own public key. Copy the key labelled &quot;支付宝公钥&quot; (Alipay public key), not &quot;应用公钥&quot;.</translation>
    </message>
    <message>
        <source>The call timeout must be between 0.1 and 600 seconds.</source>
        <translation>The call timeout must be between 0.1 and 600 seconds.</translation>
    </message>
    <message>
        <source>The product code &quot;%1&quot; is not valid; use PREAUTH_PAY unless Alipay told you otherwise.</source>
        <translation>The product code &quot;%1&quot; is not valid; use PREAUTH_PAY unless Alipay told you otherwise.</translation>
    </message>
    <message>
        <source>The notification address must be an http(s) URL of at most 256 characters, or empty.</source>
        <translation>The notification address must be an http(s) URL of at most 256 characters, or empty.</translation>
    </message>
    <message>
        <source>The merchant user ID &quot;%1&quot; is not valid: it has 16 digits and starts with 2088.</source>
        <translation>The merchant user ID &quot;%1&quot; is not valid: it has 16 digits and starts with 2088.</translation>
    </message>
    <message>
        <source>The gateway address &quot;%1&quot; is not an http(s) URL. Use https://openapi.alipay.com/gateway.do for production.</source>
        <translation>The gateway address &quot;%1&quot; is not an http(s) URL. Use https://openapi.alipay.com/gateway.do for production.</translation>
    </message>
    <message>
        <source>The gateway address &quot;%1&quot; uses plain http to another computer, which would expose every request. Use https, or http only for a sandbox on this computer (127.0.0.1 or localhost).</source>
        <translation>The gateway address &quot;%1&quot; uses plain http to another computer, which would expose every request. Use https, or http only for a sandbox on this computer (127.0.0.1 or localhost).</translation>
    </message>
    <message>
        <source>The gateway address must not contain a user name or password.</source>
        <translation>The gateway address must not contain a user name or password.</translation>
    </message>
    <message>
        <source>The application certificate SN (app_cert_sn) must be 32 lower-case hexadecimal characters. Load appCertPublicKey_&lt;appid&gt;.crt again.</source>
        <translation>The application certificate SN (app_cert_sn) must be 32 lower-case hexadecimal characters. Load appCertPublicKey_&lt;appid&gt;.crt again.</translation>
    </message>
    <message>
        <source>The Alipay root certificate SN (alipay_root_cert_sn) must be one or more 32-character SNs joined by &apos;_&apos;. Load alipayRootCert.crt again.</source>
        <translation>The Alipay root certificate SN (alipay_root_cert_sn) must be one or more 32-character SNs joined by &apos;_&apos;. Load alipayRootCert.crt again.</translation>
    </message>
    <message>
        <source>The Alipay certificate SN must be 32 lower-case hexadecimal characters. Load alipayCertPublicKey_RSA2.crt again.</source>
        <translation>The Alipay certificate SN must be 32 lower-case hexadecimal characters. Load alipayCertPublicKey_RSA2.crt again.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::GatewayRequest</name>
    <message>
        <source>the application private key is not configured.</source>
        <translation>the application private key is not configured.</translation>
    </message>
    <message>
        <source>the API method or the app ID is missing.</source>
        <translation>the API method or the app ID is missing.</translation>
    </message>
    <message>
        <source>the request has no business content.</source>
        <translation>the request has no business content.</translation>
    </message>
    <message>
        <source>signing with the application private key failed.</source>
        <translation>signing with the application private key failed.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::HelpMenu</name>
    <message>
        <source>DepositDesk user guide</source>
        <translation>DepositDesk user guide</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Log folder</translation>
    </message>
    <message>
        <source>No file manager could be opened. The log files are in %1.</source>
        <translation>No file manager could be opened. The log files are in %1.</translation>
    </message>
    <message>
        <source>About DepositDesk</source>
        <translation>About DepositDesk</translation>
    </message>
    <message>
        <source>DepositDesk %1</source>
        <translation>DepositDesk %1</translation>
    </message>
    <message>
        <source>Deposit-free operations console for Alipay fund pre-authorization</source>
        <translation>Deposit-free operations console for Alipay fund pre-authorization</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (built with %2)</translation>
    </message>
    <message>
        <source>OpenSSL</source>
        <translation>OpenSSL</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Settings file</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Downloaded bills</source>
        <translation>Downloaded bills</translation>
    </message>
    <message>
        <source>Log files</source>
        <translation>Log files</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Open the &amp;log folder</translation>
    </message>
    <message>
        <source>&amp;About DepositDesk</source>
        <translation>&amp;About DepositDesk</translation>
    </message>
</context>
<context>
    <name>DepositDesk::ImportCommand</name>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) were rejected and --strict was given.</source>
        <translation>
            <numerusform>Nothing was imported: %n row was rejected and --strict was given.</numerusform>
            <numerusform>Nothing was imported: %n rows were rejected and --strict was given.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import nothing if any row is rejected.</source>
        <translation>Import nothing if any row is rejected.</translation>
    </message>
    <message>
        <source>File format: csv or json (default: by the file name).</source>
        <translation>File format: csv or json (default: by the file name).</translation>
    </message>
    <message>
        <source>Where to write the rejected rows (default: FILE.rejected.csv).</source>
        <translation>Where to write the rejected rows (default: FILE.rejected.csv).</translation>
    </message>
    <message>
        <source>The merchant&apos;s order export.</source>
        <translation>The merchant&apos;s order export.</translation>
    </message>
    <message>
        <source>Name exactly one file to import.</source>
        <translation>Name exactly one file to import.</translation>
    </message>
    <message>
        <source>Usage: depositdesk import FILE [--strict] [--format csv|json] [--report PATH] [--database DB]</source>
        <translation>Usage: depositdesk import FILE [--strict] [--format csv|json] [--report PATH] [--database DB]</translation>
    </message>
    <message>
        <source>The format &quot;%1&quot; is not known: use csv or json.</source>
        <translation>The format &quot;%1&quot; is not known: use csv or json.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>The rejected rows are listed in %1.</source>
        <translation>The rejected rows are listed in %1.</translation>
    </message>
    <message>
        <source>Imported %1 of %2 orders into %3: %4 new, %5 updated, %6 unchanged; %7 rejected.</source>
        <translation>Imported %1 of %2 orders into %3: %4 new, %5 updated, %6 unchanged; %7 rejected.</translation>
    </message>
    <message>
        <source>SQLite file or PostgreSQL connection string (keep the password in PGPASSFILE rather than here).</source>
        <translation>SQLite file or PostgreSQL connection string (keep the password in PGPASSFILE rather than here).</translation>
    </message>
    <message>
        <source>Show this help, with the limits on import files.</source>
        <translation>Show this help, with the limits on import files.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::ImportReport</name>
    <message>
        <source>The report could not be written to %1: %2.</source>
        <translation>The report could not be written to %1: %2.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::IntakeMain</name>
    <message>
        <source>Cannot read %1 (missing, unreadable or larger than 64 KiB).</source>
        <translation>Cannot read %1 (missing, unreadable or larger than 64 KiB).</translation>
    </message>
    <message>
        <source>Intent %1 of order %2 settled by query.</source>
        <translation>Intent %1 of order %2 settled by query.</translation>
    </message>
    <message>
        <source>Receives Alipay&apos;s asynchronous notifications (notify_url) and records them as order facts in the DepositDesk database, exactly once.</source>
        <translation>Receives Alipay&apos;s asynchronous notifications (notify_url) and records them as order facts in the DepositDesk database, exactly once.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Displays version information.</translation>
    </message>
    <message>
        <source>Address and port to listen on (default 127.0.0.1:8480; port 0: any free one).</source>
        <translation>Address and port to listen on (default 127.0.0.1:8480; port 0: any free one).</translation>
    </message>
    <message>
        <source>The HTTP path of the notifications (default %1).</source>
        <translation>The HTTP path of the notifications (default %1).</translation>
    </message>
    <message>
        <source>The database (SQLite file or PostgreSQL setting) instead of the settings&apos; one.</source>
        <translation>The database (SQLite file or PostgreSQL setting) instead of the settings&apos; one.</translation>
    </message>
    <message>
        <source>The console settings file to read (environment, app_id, database).</source>
        <translation>The console settings file to read (environment, app_id, database).</translation>
    </message>
    <message>
        <source>Read the Alipay public key (支付宝公钥) from this file instead of the keychain.</source>
        <translation>Read the Alipay public key (支付宝公钥) from this file instead of the keychain.</translation>
    </message>
    <message>
        <source>Certificate mode: read alipayCertPublicKey_RSA2.crt from this file instead of the keychain.</source>
        <translation>Certificate mode: read alipayCertPublicKey_RSA2.crt from this file instead of the keychain.</translation>
    </message>
    <message>
        <source>Do not read the OS keychain (no merchant key: unknown outcomes are not settled).</source>
        <translation>Do not read the OS keychain (no merchant key: unknown outcomes are not settled).</translation>
    </message>
    <message>
        <source>--listen takes HOST:PORT, e.g. 127.0.0.1:8480 or [::1]:8480.</source>
        <translation>--listen takes HOST:PORT, e.g. 127.0.0.1:8480 or [::1]:8480.</translation>
    </message>
    <message>
        <source>--path must start with /.</source>
        <translation>--path must start with /.</translation>
    </message>
    <message>
        <source>No app_id in the settings (%1): set it in the console first.</source>
        <translation>No app_id in the settings (%1): set it in the console first.</translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation>The database could not be opened: %1</translation>
    </message>
    <message>
        <source>Notifications cannot be verified: the intake does not start. Import the Alipay public key (or certificates) in the console, or give --alipay-public-key / --alipay-cert.</source>
        <translation>Notifications cannot be verified: the intake does not start. Import the Alipay public key (or certificates) in the console, or give --alipay-public-key / --alipay-cert.</translation>
    </message>
    <message>
        <source>depositdesk-intake %1: listening on %2 for app_id %3, database %4</source>
        <translation>depositdesk-intake %1: listening on %2 for app_id %3, database %4</translation>
    </message>
    <message>
        <source>It verifies notifications (%1) and records them.</source>
        <translation>It verifies notifications (%1) and records them.</translation>
    </message>
    <message>
        <source>certificate mode</source>
        <translation>certificate mode</translation>
    </message>
    <message>
        <source>public-key mode</source>
        <translation>public-key mode</translation>
    </message>
    <message>
        <source>It settles unknown outcomes left by desks every %1 minutes.</source>
        <translation>It settles unknown outcomes left by desks every %1 minutes.</translation>
    </message>
    <message>
        <source>It does NOT settle unknown outcomes: the merchant private key is not available here (the console settles them).</source>
        <translation>It does NOT settle unknown outcomes: the merchant private key is not available here (the console settles them).</translation>
    </message>
    <message>
        <source>The keychain gave no credentials for app_id %1: %2</source>
        <translation>The keychain gave no credentials for app_id %1: %2</translation>
    </message>
</context>
<context>
    <name>DepositDesk::IntakeServer</name>
    <message>
        <source>Cannot listen on %1 port %2: is the address this computer&apos;s and the port free?</source>
        <translation>Cannot listen on %1 port %2: is the address this computer&apos;s and the port free?</translation>
    </message>
</context>
<context>
    <name>DepositDesk::IntentAnswer</name>
    <message>
        <source>%1 is missing from the answer (the request has &quot;%2&quot;)</source>
        <translation>%1 is missing from the answer (the request has &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot; in the answer but &quot;%3&quot; in the request</source>
        <translation>%1 is &quot;%2&quot; in the answer but &quot;%3&quot; in the request</translation>
    </message>
    <message>
        <source>%1 is missing from the answer (the request has %2)</source>
        <translation>%1 is missing from the answer (the request has %2)</translation>
    </message>
    <message>
        <source>%1 is %2 in the answer but %3 in the request</source>
        <translation>%1 is %2 in the answer but %3 in the request</translation>
    </message>
    <message>
        <source>%1 is %2 in the answer, less than the %3 of this request</source>
        <translation>%1 is %2 in the answer, less than the %3 of this request</translation>
    </message>
    <message>
        <source>Alipay&apos;s signed answer names another request or another amount than this one, so DepositDesk recorded nothing from it. It checks this request with a query; do not repeat it with a new number.</source>
        <translation>Alipay&apos;s signed answer names another request or another amount than this one, so DepositDesk recorded nothing from it. It checks this request with a query; do not repeat it with a new number.</translation>
    </message>
    <message>
        <source>The answer does not match the request: %1.</source>
        <translation>The answer does not match the request: %1.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::IntentJournal</name>
    <message>
        <source>A call is written down only with its order, its request number and the operator who asked for it.</source>
        <translation>A call is written down only with its order, its request number and the operator who asked for it.</translation>
    </message>
    <message>
        <source>The request number %1 was already used for a different call on order %2. A retry must send exactly the same parameters; a new call needs a new number.</source>
        <translation>The request number %1 was already used for a different call on order %2. A retry must send exactly the same parameters; a new call needs a new number.</translation>
    </message>
    <message>
        <source>The request number %1 is being used by another desk at this moment. Open the order again to see that call.</source>
        <translation>The request number %1 is being used by another desk at this moment. Open the order again to see that call.</translation>
    </message>
    <message>
        <source>There is no journaled call number %1.</source>
        <translation>There is no journaled call number %1.</translation>
    </message>
    <message>
        <source>This call was already settled as %1 and cannot become %2. Ask a supervisor to look at the order&apos;s ledger.</source>
        <translation>This call was already settled as %1 and cannot become %2. Ask a supervisor to look at the order&apos;s ledger.</translation>
    </message>
    <message>
        <source>The earlier request %1 of this kind on order %2 was not done, but it may still reach Alipay. Send that request again (it cannot move money twice) instead of starting a new one.</source>
        <translation>The earlier request %1 of this kind on order %2 was not done, but it may still reach Alipay. Send that request again (it cannot move money twice) instead of starting a new one.</translation>
    </message>
    <message>
        <source>The earlier request %1 of this kind on order %2 is awaiting Alipay&apos;s answer. Wait until it is settled.</source>
        <translation>The earlier request %1 of this kind on order %2 is awaiting Alipay&apos;s answer. Wait until it is settled.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::KeychainStatus</name>
    <message>
        <source>No Alipay credentials for app ID %1 are stored in this computer&apos;s keychain. An administrator can import them on the Credentials page.</source>
        <translation>No Alipay credentials for app ID %1 are stored in this computer&apos;s keychain. An administrator can import them on the Credentials page.</translation>
    </message>
    <message>
        <source>No keychain is available: no Secret Service (such as GNOME Keyring or KWallet) is running in this session. DepositDesk opens read-only; sign in to a desktop session with a keyring and start DepositDesk again.</source>
        <translation>No keychain is available: no Secret Service (such as GNOME Keyring or KWallet) is running in this session. DepositDesk opens read-only; sign in to a desktop session with a keyring and start DepositDesk again.</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (for example in &quot;Passwords and Keys&quot; with your login password) and try again; until then DepositDesk is read-only.</source>
        <translation>The keychain is locked. Unlock it (for example in &quot;Passwords and Keys&quot; with your login password) and try again; until then DepositDesk is read-only.</translation>
    </message>
    <message>
        <source>The keychain refused access to DepositDesk. Allow access when the keychain asks and try again; until then DepositDesk is read-only.</source>
        <translation>The keychain refused access to DepositDesk. Allow access when the keychain asks and try again; until then DepositDesk is read-only.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. Check that the keyring service is running and not waiting for a password, then try again; until then DepositDesk is read-only.</source>
        <translation>The keychain did not answer in time. Check that the keyring service is running and not waiting for a password, then try again; until then DepositDesk is read-only.</translation>
    </message>
    <message>
        <source>The keychain entry for app ID %1 cannot be read as Alipay credentials (it is damaged or was written by another program). An administrator should import the credentials again.</source>
        <translation>The keychain entry for app ID %1 cannot be read as Alipay credentials (it is damaged or was written by another program). An administrator should import the credentials again.</translation>
    </message>
    <message>
        <source>The credentials were not saved because they are incomplete or do not fit together. Correct them and save again.</source>
        <translation>The credentials were not saved because they are incomplete or do not fit together. Correct them and save again.</translation>
    </message>
    <message>
        <source>The keychain reported an error. Try again; if it happens again, restart the keyring service or sign in again.</source>
        <translation>The keychain reported an error. Try again; if it happens again, restart the keyring service or sign in again.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <extracomment>Lock screen button: the locked operator goes on / another operator takes the desk over</extracomment>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Sign &amp;in and take over</source>
        <translation>Sign &amp;in and take over</translation>
    </message>
    <message>
        <source>This desk is locked</source>
        <translation>This desk is locked</translation>
    </message>
    <message numerus="yes">
        <source>Nobody used DepositDesk for %n minute(s), so it hid its work. %1 can carry on with their password; another operator can sign in instead.</source>
        <extracomment>%n minutes without use; %1 the operator who was signed in</extracomment>
        <translation>
            <numerusform>Nobody used DepositDesk for %n minute, so it hid its work. %1 can carry on with their password; another operator can sign in instead.</numerusform>
            <numerusform>Nobody used DepositDesk for %n minutes, so it hid its work. %1 can carry on with their password; another operator can sign in instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>DepositDesk hid its work. %1 can carry on with their password; another operator can sign in instead.</source>
        <translation>DepositDesk hid its work. %1 can carry on with their password; another operator can sign in instead.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Another operator…</source>
        <translation>&amp;Another operator…</translation>
    </message>
</context>
<context>
    <name>DepositDesk::LogFile</name>
    <message>
        <source>The log file is already open.</source>
        <translation>The log file is already open.</translation>
    </message>
    <message>
        <source>The log folder %1 could not be created.</source>
        <translation>The log folder %1 could not be created.</translation>
    </message>
    <message>
        <source>The log file %1 could not be opened: %2</source>
        <translation>The log file %1 could not be opened: %2</translation>
    </message>
</context>
<context>
    <name>DepositDesk::MainWindow</name>
    <message>
        <source>DepositDesk</source>
        <translation>DepositDesk</translation>
    </message>
    <message>
        <source>Find a customer&apos;s deposit order, explain its freeze, and unfreeze, charge or refund it through Alipay.</source>
        <translation>Find a customer&apos;s deposit order, explain its freeze, and unfreeze, charge or refund it through Alipay.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message numerus="yes">
        <source>Demo mode: sandbox at %1, %n order(s)</source>
        <extracomment>Status bar: %1 is the embedded sandbox&apos;s address, %n the seeded orders.</extracomment>
        <translation>
            <numerusform>Demo mode: sandbox at %1, %n order</numerusform>
            <numerusform>Demo mode: sandbox at %1, %n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>S&amp;witch operator…</source>
        <translation>S&amp;witch operator…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Orders</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>S&amp;ettings</translation>
    </message>
    <message>
        <source>%1 · read-only, Alipay credentials not set up</source>
        <extracomment>Status bar, after the environment: no Alipay keys, so nothing can be sent</extracomment>
        <translation>%1 · read-only, Alipay credentials not set up</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>Nobody signed in</translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting confirmation</source>
        <extracomment>Status bar: outcomes of actions not yet confirmed by Alipay</extracomment>
        <translation>
            <numerusform>%n awaiting confirmation</numerusform>
            <numerusform>%n awaiting confirmation</numerusform>
        </translation>
    </message>
    <message>
        <source>Alipay has not yet confirmed what became of these actions. DepositDesk asks again by itself; do not repeat them.</source>
        <translation>Alipay has not yet confirmed what became of these actions. DepositDesk asks again by itself; do not repeat them.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Status bar: %1 the operator&apos;s login, %2 the role (&quot;Customer service&quot;, &quot;Supervisor&quot; ...)</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <extracomment>Status bar: %1 the operator&apos;s name, %2 the login, %3 the role</extracomment>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <source>&amp;Bills and reconciliation</source>
        <extracomment>Menu: finance&apos;s bills and reconciliation page</extracomment>
        <translation>&amp;Bills and reconciliation</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <extracomment>Session menu: hide the work until the password is given again</extracomment>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;Refund approvals</source>
        <translation>&amp;Refund approvals</translation>
    </message>
    <message>
        <source>&amp;Credentials</source>
        <extracomment>Menu: the Alipay app_id and keys in the keychain (administrators)</extracomment>
        <translation>&amp;Credentials</translation>
    </message>
    <message>
        <source>&amp;Permissions</source>
        <extracomment>Menu: the table of which role may do what (administrators)</extracomment>
        <translation>&amp;Permissions</translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s) to approve</source>
        <extracomment>Status bar: refund requests waiting for a supervisor&apos;s decision</extracomment>
        <translation>
            <numerusform>%n refund to approve</numerusform>
            <numerusform>%n refunds to approve</numerusform>
        </translation>
    </message>
    <message>
        <source>View &gt; Refund approvals lists them.</source>
        <translation>View &gt; Refund approvals lists them.</translation>
    </message>
    <message>
        <source>Oper&amp;ators</source>
        <extracomment>Menu: the operator accounts (administrators)</extracomment>
        <translation>Oper&amp;ators</translation>
    </message>
    <message>
        <source>Audit log does not verify</source>
        <extracomment>Status bar: the start-up check found the audit log changed or incomplete</extracomment>
        <translation>Audit log does not verify</translation>
    </message>
    <message>
        <source>%1 · read-only, database unreachable</source>
        <extracomment>Status bar, after the environment: the database does not answer, nothing can be sent</extracomment>
        <translation>%1 · read-only, database unreachable</translation>
    </message>
    <message>
        <source>&amp;Work queue</source>
        <translation>&amp;Work queue</translation>
    </message>
    <message>
        <source>A&amp;udit log</source>
        <extracomment>Menu: every audit log entry, with filters, verification and export</extracomment>
        <translation>A&amp;udit log</translation>
    </message>
    <message>
        <source>Credit &amp;waiver policy</source>
        <extracomment>Menu: the Sesame credit waiver policy (芝麻分减免额度) and its versions</extracomment>
        <translation>Credit &amp;waiver policy</translation>
    </message>
    <message>
        <source>Ris&amp;k report</source>
        <extracomment>Menu: the risk report (orders, waived deposits, failed charges, defaults per group)</extracomment>
        <translation>Ris&amp;k report</translation>
    </message>
</context>
<context>
    <name>DepositDesk::Money</name>
    <message>
        <source>The amount is empty.</source>
        <translation>The amount is empty.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>The amount is too large.</translation>
    </message>
    <message>
        <source>The amount has more than two decimals; the smallest unit is one fen (0.01).</source>
        <translation>The amount has more than two decimals; the smallest unit is one fen (0.01).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: use digits and at most two decimals, such as 12.50.</source>
        <translation>&quot;%1&quot; is not an amount: use digits and at most two decimals, such as 12.50.</translation>
    </message>
    <message>
        <source>The amount must be at least 0.01.</source>
        <translation>The amount must be at least 0.01.</translation>
    </message>
    <message>
        <source>The amount cannot exceed 100000000.00.</source>
        <translation>The amount cannot exceed 100000000.00.</translation>
    </message>
    <message>
        <source>The amount %1 is not a whole number of fen.</source>
        <translation>The amount %1 is not a whole number of fen.</translation>
    </message>
    <message>
        <source>The amount is missing.</source>
        <translation>The amount is missing.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::NetworkProxy</name>
    <message>
        <source>The proxy setting &quot;%1&quot; is not one of: empty (the system&apos;s proxy), &quot;none&quot;, &quot;http://host:port&quot; or &quot;socks5://host:port&quot;.</source>
        <translation>The proxy setting &quot;%1&quot; is not one of: empty (the system&apos;s proxy), &quot;none&quot;, &quot;http://host:port&quot; or &quot;socks5://host:port&quot;.</translation>
    </message>
    <message>
        <source>The proxy setting may not hold a user name or password: the settings file never holds a secret. Use a proxy that admits this computer without them.</source>
        <translation>The proxy setting may not hold a user name or password: the settings file never holds a secret. Use a proxy that admits this computer without them.</translation>
    </message>
    <message>
        <source>no proxy</source>
        <translation>no proxy</translation>
    </message>
    <message>
        <source>the system&apos;s proxy</source>
        <translation>the system&apos;s proxy</translation>
    </message>
</context>
<context>
    <name>DepositDesk::NotDoneBanner</name>
    <message>
        <source>an unfreeze of ¥%1</source>
        <translation>an unfreeze of ¥%1</translation>
    </message>
    <message>
        <source>a charge of ¥%1</source>
        <translation>a charge of ¥%1</translation>
    </message>
    <message>
        <source>a refund of ¥%1</source>
        <translation>a refund of ¥%1</translation>
    </message>
    <message>
        <source>cancelling the freeze</source>
        <translation>cancelling the freeze</translation>
    </message>
    <message>
        <source>a report to Sesame</source>
        <translation>a report to Sesame</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
    <message>
        <source>Alipay confirmed that %1 asked at %2 never arrived (request %3): nothing was moved. You can send exactly the same request again.</source>
        <extracomment>%1 what was asked, %2 time, %3 request number.</extracomment>
        <translation>Alipay confirmed that %1 asked at %2 never arrived (request %3): nothing was moved. You can send exactly the same request again.</translation>
    </message>
    <message>
        <source>Send %1 again with the same request number %2?</source>
        <translation>Send %1 again with the same request number %2?</translation>
    </message>
</context>
<context>
    <name>DepositDesk::NotificationIntake</name>
    <message>
        <source>The notification lacks the field &quot;%1&quot;; it was refused and nothing was recorded.</source>
        <translation>The notification lacks the field &quot;%1&quot;; it was refused and nothing was recorded.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; of the notification is not an amount; it was refused and nothing was recorded.</source>
        <translation>The field &quot;%1&quot; of the notification is not an amount; it was refused and nothing was recorded.</translation>
    </message>
    <message>
        <source>No app_id is configured, so no notification can be checked.</source>
        <translation>No app_id is configured, so no notification can be checked.</translation>
    </message>
    <message>
        <source>The Alipay public key (or the Alipay public-key certificate) of app_id %1 is not available, so no notification can be verified.</source>
        <translation>The Alipay public key (or the Alipay public-key certificate) of app_id %1 is not available, so no notification can be verified.</translation>
    </message>
    <message>
        <source>The notification body has %1 bytes, more than the %2 accepted; it was refused and nothing was recorded.</source>
        <translation>The notification body has %1 bytes, more than the %2 accepted; it was refused and nothing was recorded.</translation>
    </message>
    <message>
        <source>The notification is not a form (Content-Type &quot;%1&quot;); forward Alipay&apos;s POST body unchanged with its own Content-Type. Nothing was recorded.</source>
        <translation>The notification is not a form (Content-Type &quot;%1&quot;); forward Alipay&apos;s POST body unchanged with its own Content-Type. Nothing was recorded.</translation>
    </message>
    <message>
        <source>The notification is encoded in %1; only UTF-8 is read. Set the app&apos;s charset to utf-8. Nothing was recorded.</source>
        <translation>The notification is encoded in %1; only UTF-8 is read. Set the app&apos;s charset to utf-8. Nothing was recorded.</translation>
    </message>
    <message>
        <source>The notification body cannot be read as a form (%1); nothing was recorded.</source>
        <translation>The notification body cannot be read as a form (%1); nothing was recorded.</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>it is empty</translation>
    </message>
    <message>
        <source>The notification is for app_id &quot;%1&quot;, not for this desk&apos;s app %2; it was refused.</source>
        <translation>The notification is for app_id &quot;%1&quot;, not for this desk&apos;s app %2; it was refused.</translation>
    </message>
    <message>
        <source>The notification names Alipay certificate %1, not the configured %2: Alipay has renewed its certificate. An administrator loads the new alipayCertPublicKey_RSA2.crt; until then notifications are refused and Alipay sends them again.</source>
        <translation>The notification names Alipay certificate %1, not the configured %2: Alipay has renewed its certificate. An administrator loads the new alipayCertPublicKey_RSA2.crt; until then notifications are refused and Alipay sends them again.</translation>
    </message>
    <message>
        <source>The notification names payee %1, not this merchant (%2); it was refused.</source>
        <translation>The notification names payee %1, not this merchant (%2); it was refused.</translation>
    </message>
    <message>
        <source>The notification names seller %1, not this merchant (%2); it was refused.</source>
        <translation>The notification names seller %1, not this merchant (%2); it was refused.</translation>
    </message>
    <message>
        <source>No order of this desk has the charge %1 (yet); the notification was refused and Alipay sends it again later.</source>
        <translation>No order of this desk has the charge %1 (yet); the notification was refused and Alipay sends it again later.</translation>
    </message>
    <message>
        <source>The notification type &quot;%1&quot; is not handled here; it was refused and nothing was recorded.</source>
        <translation>The notification type &quot;%1&quot; is not handled here; it was refused and nothing was recorded.</translation>
    </message>
    <message>
        <source>The notification&apos;s facts could not be recorded (%1); Alipay sends it again.</source>
        <translation>The notification&apos;s facts could not be recorded (%1); Alipay sends it again.</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>Recorded: %1</translation>
    </message>
    <message>
        <source>Already known: nothing changed.</source>
        <translation>Already known: nothing changed.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::NotificationVerifier</name>
    <message>
        <source>The notification signature is valid (the sender also signed sign_type).</source>
        <translation>The notification signature is valid (the sender also signed sign_type).</translation>
    </message>
    <message>
        <source>The notification signature is valid.</source>
        <translation>The notification signature is valid.</translation>
    </message>
    <message>
        <source>The notification carries no signature (sign is missing or empty); it was ignored. Check the order by querying Alipay.</source>
        <translation>The notification carries no signature (sign is missing or empty); it was ignored. Check the order by querying Alipay.</translation>
    </message>
    <message>
        <source>The notification signature is not base64. The body was probably not form-decoded exactly once; it was ignored.</source>
        <translation>The notification signature is not base64. The body was probably not form-decoded exactly once; it was ignored.</translation>
    </message>
    <message>
        <source>The notification uses a sign_type other than RSA2; it was ignored.</source>
        <translation>The notification uses a sign_type other than RSA2; it was ignored.</translation>
    </message>
    <message>
        <source>The notification gives the parameter &quot;%1&quot; more than once; it was ignored.</source>
        <translation>The notification gives the parameter &quot;%1&quot; more than once; it was ignored.</translation>
    </message>
    <message>
        <source>The notification signature does not match its content (altered in transit, or not signed by Alipay&apos;s key); it was ignored. Check the order by querying Alipay.</source>
        <translation>The notification signature does not match its content (altered in transit, or not signed by Alipay&apos;s key); it was ignored. Check the order by querying Alipay.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OperatorAccess</name>
    <message>
        <source>The account &quot;%1&quot; is not in the audit log: it was made outside DepositDesk, directly in the database. It cannot sign in until an administrator sets its role on the Operators page.</source>
        <translation>The account &quot;%1&quot; is not in the audit log: it was made outside DepositDesk, directly in the database. It cannot sign in until an administrator sets its role on the Operators page.</translation>
    </message>
    <message>
        <source>The role of &quot;%1&quot; was changed outside DepositDesk: the database says %2, the audit log last recorded %3. It cannot sign in until an administrator sets its role again on the Operators page.</source>
        <translation>The role of &quot;%1&quot; was changed outside DepositDesk: the database says %2, the audit log last recorded %3. It cannot sign in until an administrator sets its role again on the Operators page.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; was enabled outside DepositDesk: the audit log last recorded it as disabled. It cannot sign in until an administrator enables it on the Operators page.</source>
        <translation>The account &quot;%1&quot; was enabled outside DepositDesk: the audit log last recorded it as disabled. It cannot sign in until an administrator enables it on the Operators page.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; was disabled outside DepositDesk: the audit log last recorded it as enabled.</source>
        <translation>The account &quot;%1&quot; was disabled outside DepositDesk: the audit log last recorded it as enabled.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OperatorAdmin</name>
    <message>
        <source>Sign in as an administrator to manage operators.</source>
        <translation>Sign in as an administrator to manage operators.</translation>
    </message>
    <message>
        <source>Enter a login for the new operator.</source>
        <translation>Enter a login for the new operator.</translation>
    </message>
    <message>
        <source>There is already an operator &quot;%1&quot;. Choose another login.</source>
        <translation>There is already an operator &quot;%1&quot;. Choose another login.</translation>
    </message>
    <message>
        <source>You cannot take the administrator role from yourself: the desk must keep an administrator. Ask another administrator to do it.</source>
        <translation>You cannot take the administrator role from yourself: the desk must keep an administrator. Ask another administrator to do it.</translation>
    </message>
    <message>
        <source>You cannot disable your own account: the desk must keep an administrator. Ask another administrator to do it.</source>
        <translation>You cannot disable your own account: the desk must keep an administrator. Ask another administrator to do it.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name DepositDesk itself signs with. Choose another login.</source>
        <translation>&quot;%1&quot; is the name DepositDesk itself signs with. Choose another login.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OperatorDirectory</name>
    <message>
        <source>The password is too short: use at least %1 characters.</source>
        <translation>The password is too short: use at least %1 characters.</translation>
    </message>
    <message>
        <source>The password cannot be only spaces.</source>
        <translation>The password cannot be only spaces.</translation>
    </message>
    <message>
        <source>The login cannot be empty.</source>
        <translation>The login cannot be empty.</translation>
    </message>
    <message>
        <source>The password could not be protected (the system&apos;s cryptography failed). Try again.</source>
        <translation>The password could not be protected (the system&apos;s cryptography failed). Try again.</translation>
    </message>
    <message>
        <source>An administrator already exists. Sign in, or ask an administrator to create your account.</source>
        <translation>An administrator already exists. Sign in, or ask an administrator to create your account.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is taken. Choose another one.</source>
        <translation>The login &quot;%1&quot; is taken. Choose another one.</translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>The login or the password is wrong.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until %1. Try again then, or ask an administrator.</source>
        <translation>Too many wrong passwords: this account is locked until %1. Try again then, or ask an administrator.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator to enable it.</source>
        <translation>This account is disabled. Ask an administrator to enable it.</translation>
    </message>
    <message>
        <source>%1 wrong passwords in a row: this account is locked for %2 minutes.</source>
        <translation>%1 wrong passwords in a row: this account is locked for %2 minutes.</translation>
    </message>
    <message>
        <source>There is no operator &quot;%1&quot;.</source>
        <translation>There is no operator &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Demo %1</source>
        <translation>Demo %1</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OperatorRole</name>
    <message>
        <source>Customer service</source>
        <extracomment>Role: customer-service agent</extracomment>
        <translation>Customer service</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Risk analyst</source>
        <extracomment>Role: risk analyst (风控), keeps the Sesame credit waiver policy</extracomment>
        <translation>Risk analyst</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OperatorsPage</name>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Add operator</source>
        <translation>Add operator</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Repeat password:</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the password again in both fields.</source>
        <translation>The two passwords are not the same. Type the password again in both fields.</translation>
    </message>
    <message>
        <source>Change role of %1</source>
        <translation>Change role of %1</translation>
    </message>
    <message>
        <source>Reset password of %1</source>
        <translation>Reset password of %1</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Nothing was changed; try again.</source>
        <translation>The two passwords are not the same. Nothing was changed; try again.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Enable</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operators</translation>
    </message>
    <message>
        <source>Who may sign in at this desk and with which role. Accounts are disabled, never deleted, so the audit log keeps naming them. You cannot disable or demote yourself.</source>
        <translation>Who may sign in at this desk and with which role. Accounts are disabled, never deleted, so the audit log keeps naming them. You cannot disable or demote yourself.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <source>&amp;Add operator…</source>
        <translation>&amp;Add operator…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Change &amp;role…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <source>Changed outside DepositDesk</source>
        <translation>Changed outside DepositDesk</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) changed outside DepositDesk, directly in the database: they cannot sign in until you set their role (or enable them) here. Point at a red row for what changed.</source>
        <translation>
            <numerusform>%n account changed outside DepositDesk, directly in the database: it cannot sign in until you set its role (or enable it) here. Point at the red row for what changed.</numerusform>
            <numerusform>%n accounts changed outside DepositDesk, directly in the database: they cannot sign in until you set their role (or enable them) here. Point at a red row for what changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OrderActionGuards</name>
    <message>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <source>The customer has not confirmed this freeze yet: nothing is frozen.</source>
        <translation>The customer has not confirmed this freeze yet: nothing is frozen.</translation>
    </message>
    <message>
        <source>Nothing is left frozen on this order (it is %1).</source>
        <translation>Nothing is left frozen on this order (it is %1).</translation>
    </message>
    <message>
        <source>A freeze can be cancelled only while its outcome is unknown. This one is %1: to give the deposit back, unfreeze it.</source>
        <translation>A freeze can be cancelled only while its outcome is unknown. This one is %1: to give the deposit back, unfreeze it.</translation>
    </message>
    <message>
        <source>Only credit (Sesame) deposits are reported to Sesame Credit.</source>
        <translation>Only credit (Sesame) deposits are reported to Sesame Credit.</translation>
    </message>
    <message>
        <source>Sesame Credit is told about a charge: this order has none yet.</source>
        <translation>Sesame Credit is told about a charge: this order has none yet.</translation>
    </message>
    <message>
        <source>There is no charge on this order that can be refunded.</source>
        <translation>There is no charge on this order that can be refunded.</translation>
    </message>
    <message>
        <source>The refund %1 is awaiting Alipay&apos;s confirmation. Wait until it is settled.</source>
        <translation>The refund %1 is awaiting Alipay&apos;s confirmation. Wait until it is settled.</translation>
    </message>
    <message>
        <source>Everything charged has been refunded or is already asked for.</source>
        <translation>Everything charged has been refunded or is already asked for.</translation>
    </message>
    <message>
        <source>Enter an amount above ¥0.00.</source>
        <translation>Enter an amount above ¥0.00.</translation>
    </message>
    <message>
        <source>¥%1 is more than %2 (¥%3). Enter at most ¥%3.</source>
        <translation>¥%1 is more than %2 (¥%3). Enter at most ¥%3.</translation>
    </message>
    <message>
        <source>Enter a reason: it is kept in the audit log.</source>
        <translation>Enter a reason: it is kept in the audit log.</translation>
    </message>
    <message>
        <source>The reason is too long: at most 100 characters.</source>
        <translation>The reason is too long: at most 100 characters.</translation>
    </message>
    <message>
        <source>Your role may charge at most ¥%1 in one action. Ask a supervisor to charge more.</source>
        <translation>Your role may charge at most ¥%1 in one action. Ask a supervisor to charge more.</translation>
    </message>
    <message>
        <source>The order %1 is not in the console&apos;s index. Search for it or look it up at Alipay first.</source>
        <translation>The order %1 is not in the console&apos;s index. Search for it or look it up at Alipay first.</translation>
    </message>
    <message>
        <source>The reason looks like a password, key or token. Secrets never go into the audit log or to Alipay: write the reason without it.</source>
        <translation>The reason looks like a password, key or token. Secrets never go into the audit log or to Alipay: write the reason without it.</translation>
    </message>
    <message>
        <source>what is left frozen</source>
        <translation>what is left frozen</translation>
    </message>
    <message>
        <source>The charge %1 can no longer be refunded (it is %2).</source>
        <translation>The charge %1 can no longer be refunded (it is %2).</translation>
    </message>
    <message>
        <source>what may still be refunded of this charge</source>
        <translation>what may still be refunded of this charge</translation>
    </message>
    <message>
        <source>The comment looks like a password, key or token. Secrets never go into the audit log: write the comment without it.</source>
        <translation>The comment looks like a password, key or token. Secrets never go into the audit log: write the comment without it.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OrderActions</name>
    <message>
        <source>what is left frozen</source>
        <translation>what is left frozen</translation>
    </message>
    <message>
        <source>Deposit charge</source>
        <translation>Deposit charge</translation>
    </message>
    <message>
        <source>The console does not know this order&apos;s freeze request yet. Refresh the order, then cancel.</source>
        <translation>The console does not know this order&apos;s freeze request yet. Refresh the order, then cancel.</translation>
    </message>
    <message>
        <source>Choose a charge of this order to report about.</source>
        <translation>Choose a charge of this order to report about.</translation>
    </message>
    <message>
        <source>Choose a charge of this order that can be refunded.</source>
        <translation>Choose a charge of this order that can be refunded.</translation>
    </message>
    <message>
        <source>what may still be refunded of this charge</source>
        <translation>what may still be refunded of this charge</translation>
    </message>
    <message>
        <source>The refund of %1 is recorded and waits for a supervisor&apos;s approval (request %2).</source>
        <translation>The refund of %1 is recorded and waits for a supervisor&apos;s approval (request %2).</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <source>There is no refund request number %1.</source>
        <translation>There is no refund request number %1.</translation>
    </message>
    <message>
        <source>This refund request is %1: it is not sent again.</source>
        <translation>This refund request is %1: it is not sent again.</translation>
    </message>
    <message>
        <source>You asked for this refund yourself: another supervisor must approve it.</source>
        <translation>You asked for this refund yourself: another supervisor must approve it.</translation>
    </message>
    <message>
        <source>This desk has no usable Alipay credentials, so it can only search and read orders. Ask an administrator to set them up.</source>
        <translation>This desk has no usable Alipay credentials, so it can only search and read orders. Ask an administrator to set them up.</translation>
    </message>
    <message>
        <source>Below the approval threshold of %1: approved by the desk policy.</source>
        <extracomment>Comment of a refund approved without a supervisor; %1 the threshold (&quot;¥50.00&quot;)</extracomment>
        <translation>Below the approval threshold of %1: approved by the desk policy.</translation>
    </message>
    <message>
        <source>%1 It could not be sent at once: %2</source>
        <extracomment>%1 the recorded request&apos;s sentence, %2 why it was not sent at once</extracomment>
        <translation>%1 It could not be sent at once: %2</translation>
    </message>
    <message>
        <source>%1 It needed no approval: it is below the approval threshold of %2.</source>
        <extracomment>%1 what became of the refund, %2 the approval threshold</extracomment>
        <translation>%1 It needed no approval: it is below the approval threshold of %2.</translation>
    </message>
    <message>
        <source>The refund %1 of this charge is awaiting Alipay&apos;s confirmation, so nobody knows yet what is left to refund. DepositDesk asks Alipay by itself: request again once it is settled (executed or failed).</source>
        <translation>The refund %1 of this charge is awaiting Alipay&apos;s confirmation, so nobody knows yet what is left to refund. DepositDesk asks Alipay by itself: request again once it is settled (executed or failed).</translation>
    </message>
    <message>
        <source>No seller ID is set, so a charge cannot name the merchant to be paid. An administrator enters the merchant&apos;s Alipay user ID (2088…) on the Credentials page.</source>
        <translation>No seller ID is set, so a charge cannot name the merchant to be paid. An administrator enters the merchant&apos;s Alipay user ID (2088…) on the Credentials page.</translation>
    </message>
    <message>
        <source>The refund request %1 of %2 was recorded before (now %3); it is not asked again.</source>
        <extracomment>%1 the request number, %2 its amount, %3 its status (&quot;Pending approval&quot;)</extracomment>
        <translation>The refund request %1 of %2 was recorded before (now %3); it is not asked again.</translation>
    </message>
    <message>
        <source>A default (VIOLATED) is not reported in one step: ask for it, and a supervisor approves it.</source>
        <translation>A default (VIOLATED) is not reported in one step: ask for it, and a supervisor approves it.</translation>
    </message>
    <message>
        <source>This report of a default is not the one that was asked for.</source>
        <translation>This report of a default is not the one that was asked for.</translation>
    </message>
    <message>
        <source>The report of the customer&apos;s default is recorded and waits for a supervisor&apos;s approval (request %1).</source>
        <translation>The report of the customer&apos;s default is recorded and waits for a supervisor&apos;s approval (request %1).</translation>
    </message>
    <message>
        <source>%1 asked for this report: another supervisor must approve or reject it.</source>
        <translation>%1 asked for this report: another supervisor must approve or reject it.</translation>
    </message>
    <message>
        <source>This report of a default was already approved and sent.</source>
        <translation>This report of a default was already approved and sent.</translation>
    </message>
    <message>
        <source>This report of a default was rejected.</source>
        <translation>This report of a default was rejected.</translation>
    </message>
    <message>
        <source>There is no report of a default number %1.</source>
        <translation>There is no report of a default number %1.</translation>
    </message>
    <message>
        <source>Alipay does not know the failed charge %1, so there is nothing to report about.</source>
        <translation>Alipay does not know the failed charge %1, so there is nothing to report about.</translation>
    </message>
    <message>
        <source>Alipay could not be asked about the failed charge %1: %2 Nothing was sent; approve again later.</source>
        <translation>Alipay could not be asked about the failed charge %1: %2 Nothing was sent; approve again later.</translation>
    </message>
    <message>
        <source>The customer paid the charge %1 after all: no default is reported. Reject the request.</source>
        <translation>The customer paid the charge %1 after all: no default is reported. Reject the request.</translation>
    </message>
    <message>
        <source>Say why the report is rejected: the agent will want to know.</source>
        <translation>Say why the report is rejected: the agent will want to know.</translation>
    </message>
    <message>
        <source>The report of the default is rejected; nothing was sent to Sesame.</source>
        <translation>The report of the default is rejected; nothing was sent to Sesame.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OrderAmountsView</name>
    <message>
        <source>Total deposit:</source>
        <translation>Total deposit:</translation>
    </message>
    <message>
        <source>Waived by credit:</source>
        <extracomment>Part of the deposit Sesame credit waived: nothing was frozen for it.</extracomment>
        <translation>Waived by credit:</translation>
    </message>
    <message>
        <source>Actually frozen:</source>
        <translation>Actually frozen:</translation>
    </message>
    <message>
        <source>Still frozen:</source>
        <translation>Still frozen:</translation>
    </message>
    <message>
        <source>Unfrozen:</source>
        <translation>Unfrozen:</translation>
    </message>
    <message>
        <source>Charged:</source>
        <translation>Charged:</translation>
    </message>
    <message>
        <source>Refunded:</source>
        <translation>Refunded:</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OrderDetailPage</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Order status on the detail page: translated name, then Alipay&apos;s spelling.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (user %2)</source>
        <translation>%1 (user %2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Sesame report: %1</source>
        <extracomment>Detail page: the Sesame (芝麻) report state of the order.</extracomment>
        <translation>Sesame report: %1</translation>
    </message>
    <message>
        <source>Awaiting confirmation: %1, asked by %2 at %3 (request %4).</source>
        <extracomment>%1 what was asked, %2 operator, %3 time, %4 request number.</extracomment>
        <translation>Awaiting confirmation: %1, asked by %2 at %3 (request %4).</translation>
    </message>
    <message>
        <source>Alipay&apos;s answer did not arrive. The console keeps asking Alipay and updates this page; do not repeat the request.</source>
        <translation>Alipay&apos;s answer did not arrive. The console keeps asking Alipay and updates this page; do not repeat the request.</translation>
    </message>
    <message>
        <source>The order is not loaded yet.</source>
        <translation>The order is not loaded yet.</translation>
    </message>
    <message>
        <source>Asking Alipay about this order…</source>
        <translation>Asking Alipay about this order…</translation>
    </message>
    <message>
        <source>Refreshed from Alipay at %1. What changed:
%2</source>
        <translation>Refreshed from Alipay at %1. What changed:
%2</translation>
    </message>
    <message>
        <source>Refreshed from Alipay at %1: nothing changed.</source>
        <translation>Refreshed from Alipay at %1: nothing changed.</translation>
    </message>
    <message>
        <source>Refresh at %1 did not complete.</source>
        <translation>Refresh at %1 did not complete.</translation>
    </message>
    <message>
        <source>← Back to search</source>
        <translation>← Back to search</translation>
    </message>
    <message>
        <source>Refresh from Alipay</source>
        <translation>Refresh from Alipay</translation>
    </message>
    <message>
        <source>Ask Alipay about this order, its charges and refunds, and show what changed</source>
        <translation>Ask Alipay about this order, its charges and refunds, and show what changed</translation>
    </message>
    <message>
        <source>Alipay auth no.:</source>
        <translation>Alipay auth no.:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Payer:</source>
        <translation>Payer:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>For:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Unfreeze…</source>
        <translation>Unfreeze…</translation>
    </message>
    <message>
        <source>Charge…</source>
        <translation>Charge…</translation>
    </message>
    <message>
        <source>Request refund…</source>
        <translation>Request refund…</translation>
    </message>
    <message>
        <source>Cancel freeze…</source>
        <translation>Cancel freeze…</translation>
    </message>
    <message>
        <source>Report to Sesame…</source>
        <translation>Report to Sesame…</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <extracomment>Detail page tab: the order&apos;s notes, %1 how many</extracomment>
        <translation>Notes (%1)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OrderDetailsReader</name>
    <message>
        <source>Order %1 is not in the order list. Look it up at Alipay to add it.</source>
        <translation>Order %1 is not in the order list. Look it up at Alipay to add it.</translation>
    </message>
    <message>
        <source>The order could not be read: %1</source>
        <translation>The order could not be read: %1</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OrderFacts</name>
    <message>
        <source>The answer to %1 was not confirmed by Alipay, so nothing was recorded: %2</source>
        <translation>The answer to %1 was not confirmed by Alipay, so nothing was recorded: %2</translation>
    </message>
    <message>
        <source>Alipay answered the cancellation without saying whether the freeze was closed or released (&quot;%1&quot;); nothing was recorded. Refresh the order to see its state.</source>
        <translation>Alipay answered the cancellation without saying whether the freeze was closed or released (&quot;%1&quot;); nothing was recorded. Refresh the order to see its state.</translation>
    </message>
    <message>
        <source>Only the facts of a verified notification can be applied as a notification; nothing was recorded.</source>
        <translation>Only the facts of a verified notification can be applied as a notification; nothing was recorded.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OrderFactsWriter</name>
    <message>
        <source>¥%1 → ¥%2</source>
        <translation>¥%1 → ¥%2</translation>
    </message>
    <message>
        <source>Alipay&apos;s answer names no merchant order number (out_order_no), so nothing was recorded.</source>
        <translation>Alipay&apos;s answer names no merchant order number (out_order_no), so nothing was recorded.</translation>
    </message>
    <message>
        <source>%1 %2 (%3): %4 → %5</source>
        <translation>%1 %2 (%3): %4 → %5</translation>
    </message>
    <message>
        <source>Charge %1: %2 → %3</source>
        <translation>Charge %1: %2 → %3</translation>
    </message>
    <message>
        <source>Added to the order list: %1, deposit ¥%2</source>
        <translation>Added to the order list: %1, deposit ¥%2</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <source>Deposit: %1</source>
        <translation>Deposit: %1</translation>
    </message>
    <message>
        <source>Unfrozen ¥%1</source>
        <translation>Unfrozen ¥%1</translation>
    </message>
    <message>
        <source>Unfrozen: %1</source>
        <translation>Unfrozen: %1</translation>
    </message>
    <message>
        <source>New charge ¥%1 (trade %2)</source>
        <translation>New charge ¥%1 (trade %2)</translation>
    </message>
    <message>
        <source>Refunded ¥%1 (trade %2)</source>
        <translation>Refunded ¥%1 (trade %2)</translation>
    </message>
    <message>
        <source>Charged ¥%1</source>
        <translation>Charged ¥%1</translation>
    </message>
    <message>
        <source>Charged: %1</source>
        <translation>Charged: %1</translation>
    </message>
    <message>
        <source>Refunded ¥%1</source>
        <translation>Refunded ¥%1</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OrderImportRow</name>
    <message>
        <source>%1 must be written as text (in quotes), not as a number.</source>
        <translation>%1 must be written as text (in quotes), not as a number.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 is missing.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an order number (at most 64 characters, no spaces).</source>
        <translation>%1 &quot;%2&quot; is not an order number (at most 64 characters, no spaces).</translation>
    </message>
    <message>
        <source>status is missing.</source>
        <translation>status is missing.</translation>
    </message>
    <message>
        <source>status &quot;%1&quot; is not one of INIT, AUTHORIZED, FINISH, CLOSED.</source>
        <translation>status &quot;%1&quot; is not one of INIT, AUTHORIZED, FINISH, CLOSED.</translation>
    </message>
    <message>
        <source>total_amount is missing.</source>
        <translation>total_amount is missing.</translation>
    </message>
    <message>
        <source>credit_amount %1 + fund_amount %2 is not total_amount %3.</source>
        <translation>credit_amount %1 + fund_amount %2 is not total_amount %3.</translation>
    </message>
    <message>
        <source>rest_amount %1 is not total_amount %2 − unfrozen_amount %3 − paid_amount %4.</source>
        <translation>rest_amount %1 is not total_amount %2 − unfrozen_amount %3 − paid_amount %4.</translation>
    </message>
    <message>
        <source>refunded_amount %1 is more than paid_amount %2.</source>
        <translation>refunded_amount %1 is more than paid_amount %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time; write yyyy-MM-dd HH:mm:ss (Beijing time).</source>
        <translation>%1: &quot;%2&quot; is not a time; write yyyy-MM-dd HH:mm:ss (Beijing time).</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OrderImporter</name>
    <message>
        <source>The file %1 could not be opened: %2.</source>
        <translation>The file %1 could not be opened: %2.</translation>
    </message>
    <message>
        <source>The row has %1 cells; the header has a different number.</source>
        <translation>The row has %1 cells; the header has a different number.</translation>
    </message>
    <message>
        <source>The record is not a JSON object.</source>
        <translation>The record is not a JSON object.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row and one row per order.</source>
        <translation>The file is empty: it needs a header row and one row per order.</translation>
    </message>
    <message>
        <source>The first row is not a header with the column out_order_no: is this the merchant&apos;s order export?</source>
        <translation>The first row is not a header with the column out_order_no: is this the merchant&apos;s order export?</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>The file is not valid JSON (%1 at byte %2).</translation>
    </message>
    <message>
        <source>The JSON file must be an array of orders or an object with an &quot;orders&quot; array.</source>
        <translation>The JSON file must be an array of orders or an object with an &quot;orders&quot; array.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; one import may hold at most %1. Nothing was imported: split the file and import the parts one after another (a row imported twice changes nothing).</source>
        <translation>The file has more than %1 rows; one import may hold at most %1. Nothing was imported: split the file and import the parts one after another (a row imported twice changes nothing).</translation>
    </message>
    <message>
        <source>Column %1 of the header (line %2) is longer than %3: is this the merchant&apos;s order export?</source>
        <translation>Column %1 of the header (line %2) is longer than %3: is this the merchant&apos;s order export?</translation>
    </message>
    <message>
        <source>A column name in this row is longer than %1.</source>
        <translation>A column name in this row is longer than %1.</translation>
    </message>
    <message>
        <source>The field %1 is longer than %2.</source>
        <translation>The field %1 is longer than %2.</translation>
    </message>
    <message>
        <source>Limits: a CSV line may be at most %1, a value at most %2, a file at most %3 rows; a JSON file (read whole) at most %4. A longer line, more rows or a larger JSON file refuses the whole file before anything is imported; a longer value rejects its row.</source>
        <translation>Limits: a CSV line may be at most %1, a value at most %2, a file at most %3 rows; a JSON file (read whole) at most %4. A longer line, more rows or a larger JSON file refuses the whole file before anything is imported; a longer value rejects its row.</translation>
    </message>
    <message>
        <source>The file is %1; JSON import files may be at most %2. Nothing was imported: export the orders as CSV (read line by line, any size) or split the file.</source>
        <translation>The file is %1; JSON import files may be at most %2. Nothing was imported: export the orders as CSV (read line by line, any size) or split the file.</translation>
    </message>
    <message>
        <source>The file is larger than %1, the most a JSON import file may be. Nothing was imported: export the orders as CSV (read line by line, any size) or split the file.</source>
        <translation>The file is larger than %1, the most a JSON import file may be. Nothing was imported: export the orders as CSV (read line by line, any size) or split the file.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OrderIndex</name>
    <message>
        <source>An order without out_order_no cannot be indexed.</source>
        <translation>An order without out_order_no cannot be indexed.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OrderLocks</name>
    <message>
        <source>Held by %1 since %2. Wait until they finish, or ask them to close the order.</source>
        <translation>Held by %1 since %2. Wait until they finish, or ask them to close the order.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OrderLookup</name>
    <message>
        <source>&quot;%1&quot; does not look like an order number. Paste the whole auth_no or merchant order number.</source>
        <translation>&quot;%1&quot; does not look like an order number. Paste the whole auth_no or merchant order number.</translation>
    </message>
    <message>
        <source>Order %1 is already in the order list.</source>
        <translation>Order %1 is already in the order list.</translation>
    </message>
    <message>
        <source>Alipay has no order %1 for this merchant. Check the number with the customer.</source>
        <translation>Alipay has no order %1 for this merchant. Check the number with the customer.</translation>
    </message>
    <message>
        <source>Alipay could not be asked about order %1: %2</source>
        <translation>Alipay could not be asked about order %1: %2</translation>
    </message>
    <message>
        <source>Alipay knows order %1, but it could not be saved: %2</source>
        <translation>Alipay knows order %1, but it could not be saved: %2</translation>
    </message>
    <message>
        <source>Alipay knows order %1, but it could not be read back: %2</source>
        <translation>Alipay knows order %1, but it could not be read back: %2</translation>
    </message>
    <message>
        <source>Order %1 was found at Alipay and added to the order list.</source>
        <translation>Order %1 was found at Alipay and added to the order list.</translation>
    </message>
    <message>
        <source>(The audit log could not record it: %1)</source>
        <translation>(The audit log could not record it: %1)</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OrderMarks</name>
    <message>
        <source>A mark needs an order, a mark and an operator.</source>
        <translation>A mark needs an order, a mark and an operator.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OrderNotes</name>
    <message>
        <source>A note needs an order, an operator and some text.</source>
        <translation>A note needs an order, an operator and some text.</translation>
    </message>
    <message>
        <source>Order %1 is not in the order list.</source>
        <translation>Order %1 is not in the order list.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OrderNotesPanel</name>
    <message>
        <source>The note was added. Every desk sees it at once.</source>
        <extracomment>Below the note box, after a note was added</extracomment>
        <translation>The note was added. Every desk sees it at once.</translation>
    </message>
    <message>
        <source>Adding the note…</source>
        <translation>Adding the note…</translation>
    </message>
    <message>
        <source>For whoever handles this order next. %1 / %2 characters. A note cannot be changed or removed once added.</source>
        <extracomment>Below the note box: %1 characters typed, %2 the most a note may have</extracomment>
        <translation>For whoever handles this order next. %1 / %2 characters. A note cannot be changed or removed once added.</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>Order notes list: columns</extracomment>
        <translation>When</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notes on the order</source>
        <translation>Notes on the order</translation>
    </message>
    <message>
        <source>Write a note for the next operator: who you spoke to, what was promised…</source>
        <translation>Write a note for the next operator: who you spoke to, what was promised…</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Add note</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OrderNotesService</name>
    <message>
        <source>Write the note first: it is empty.</source>
        <translation>Write the note first: it is empty.</translation>
    </message>
    <message>
        <source>A note may have at most %1 characters; this one has %2. Shorten it.</source>
        <extracomment>%1 the most characters a note may have, %2 how many this one has</extracomment>
        <translation>A note may have at most %1 characters; this one has %2. Shorten it.</translation>
    </message>
    <message>
        <source>The note holds a control character (such as a tab or an invisible formatting mark, often pasted along with text). Type the note again without it.</source>
        <translation>The note holds a control character (such as a tab or an invisible formatting mark, often pasted along with text). Type the note again without it.</translation>
    </message>
    <message>
        <source>The note looks like it holds a password, key or token. Secrets never go into notes or the audit log: write the note without it.</source>
        <translation>The note looks like it holds a password, key or token. Secrets never go into notes or the audit log: write the note without it.</translation>
    </message>
    <message>
        <source>The note was not added: the audit log could not record it. %1</source>
        <translation>The note was not added: the audit log could not record it. %1</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OrderRefresher</name>
    <message>
        <source>Order %1 is not in the order list, so there is nothing to refresh. Look it up at Alipay first.</source>
        <translation>Order %1 is not in the order list, so there is nothing to refresh. Look it up at Alipay first.</translation>
    </message>
    <message>
        <source>The order could not be read: %1</source>
        <translation>The order could not be read: %1</translation>
    </message>
    <message>
        <source>the order</source>
        <translation>the order</translation>
    </message>
    <message>
        <source>operation %1</source>
        <translation>operation %1</translation>
    </message>
    <message>
        <source>Alipay does not know %1 (%2).</source>
        <translation>Alipay does not know %1 (%2).</translation>
    </message>
    <message>
        <source>Alipay&apos;s answer about %1 could not be used: %2</source>
        <translation>Alipay&apos;s answer about %1 could not be used: %2</translation>
    </message>
    <message>
        <source>the charge %1</source>
        <translation>the charge %1</translation>
    </message>
    <message>
        <source>Alipay&apos;s answer about the refund %1 could not be used: %2</source>
        <translation>Alipay&apos;s answer about the refund %1 could not be used: %2</translation>
    </message>
    <message>
        <source>What Alipay answered could not be saved: %1</source>
        <translation>What Alipay answered could not be saved: %1</translation>
    </message>
    <message>
        <source>The order was refreshed, but the audit log could not record it: %1</source>
        <translation>The order was refreshed, but the audit log could not record it: %1</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OrderSnapshot</name>
    <message>
        <source>Not a Sesame credit order: nothing to report.</source>
        <translation>Not a Sesame credit order: nothing to report.</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Request %1</translation>
    </message>
    <message>
        <source>Alipay %1</source>
        <translation>Alipay %1</translation>
    </message>
    <message>
        <source>Deposit frozen ¥%1</source>
        <translation>Deposit frozen ¥%1</translation>
    </message>
    <message>
        <source>Freeze ¥%1 closed</source>
        <translation>Freeze ¥%1 closed</translation>
    </message>
    <message>
        <source>Freeze ¥%1 waiting for the customer</source>
        <translation>Freeze ¥%1 waiting for the customer</translation>
    </message>
    <message>
        <source>Unfrozen ¥%1</source>
        <translation>Unfrozen ¥%1</translation>
    </message>
    <message>
        <source>Unfreeze ¥%1 (%2)</source>
        <translation>Unfreeze ¥%1 (%2)</translation>
    </message>
    <message>
        <source>Charged ¥%1</source>
        <translation>Charged ¥%1</translation>
    </message>
    <message>
        <source>Charge ¥%1 (%2)</source>
        <translation>Charge ¥%1 (%2)</translation>
    </message>
    <message>
        <source>Charged ¥%1 (no longer refundable)</source>
        <translation>Charged ¥%1 (no longer refundable)</translation>
    </message>
    <message>
        <source>Charge ¥%1 closed</source>
        <translation>Charge ¥%1 closed</translation>
    </message>
    <message>
        <source>Charge ¥%1 waiting for payment</source>
        <translation>Charge ¥%1 waiting for payment</translation>
    </message>
    <message>
        <source>Refunded ¥%1</source>
        <translation>Refunded ¥%1</translation>
    </message>
    <message>
        <source>Refund ¥%1 not confirmed</source>
        <translation>Refund ¥%1 not confirmed</translation>
    </message>
    <message>
        <source>fulfilled (COMPLETE)</source>
        <translation>fulfilled (COMPLETE)</translation>
    </message>
    <message>
        <source>defaulted (VIOLATED)</source>
        <translation>defaulted (VIOLATED)</translation>
    </message>
    <message>
        <source>closed (CLOSED)</source>
        <translation>closed (CLOSED)</translation>
    </message>
    <message>
        <source>Unfreeze ¥%1</source>
        <translation>Unfreeze ¥%1</translation>
    </message>
    <message>
        <source>Charge ¥%1</source>
        <translation>Charge ¥%1</translation>
    </message>
    <message>
        <source>Refund ¥%1</source>
        <translation>Refund ¥%1</translation>
    </message>
    <message>
        <source>Cancel the freeze</source>
        <translation>Cancel the freeze</translation>
    </message>
    <message>
        <source>Sesame report: %1</source>
        <translation>Sesame report: %1</translation>
    </message>
    <message>
        <source>%1 (awaiting confirmation)</source>
        <translation>%1 (awaiting confirmation)</translation>
    </message>
    <message>
        <source>%1 (confirmed by Alipay)</source>
        <translation>%1 (confirmed by Alipay)</translation>
    </message>
    <message>
        <source>%1 (not done, may be sent again)</source>
        <translation>%1 (not done, may be sent again)</translation>
    </message>
    <message>
        <source>%1 (refused by Alipay)</source>
        <translation>%1 (refused by Alipay)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>reason: %1</translation>
    </message>
    <message>
        <source>asked by %1</source>
        <translation>asked by %1</translation>
    </message>
    <message>
        <source>decided by %1</source>
        <translation>decided by %1</translation>
    </message>
    <message>
        <source>Refund request ¥%1: %2</source>
        <translation>Refund request ¥%1: %2</translation>
    </message>
    <message>
        <source>%1, sent %2, awaiting confirmation.</source>
        <extracomment>After &quot;Sesame report:&quot;. %1: fulfilled (COMPLETE) or defaulted (VIOLATED); %2: when</extracomment>
        <translation>%1, sent %2, awaiting confirmation.</translation>
    </message>
    <message>
        <source>%1, confirmed on %2.</source>
        <extracomment>After &quot;Sesame report:&quot;. %1: fulfilled (COMPLETE) or defaulted (VIOLATED); %2: when</extracomment>
        <translation>%1, confirmed on %2.</translation>
    </message>
    <message>
        <source>%1 was not accepted (%2). Report again.</source>
        <extracomment>After &quot;Sesame report:&quot;. %1: fulfilled (COMPLETE) or defaulted (VIOLATED); %2: why</extracomment>
        <translation>%1 was not accepted (%2). Report again.</translation>
    </message>
    <message>
        <source>not sent yet.</source>
        <extracomment>After &quot;Sesame report:&quot; on the detail page.</extracomment>
        <translation>not sent yet.</translation>
    </message>
    <message>
        <source>Note by %1</source>
        <extracomment>Order timeline: a note an operator wrote for whoever handles the order next. %1: login</extracomment>
        <translation>Note by %1</translation>
    </message>
    <message>
        <source>a default (VIOLATED) was asked for by %1 on %2 and waits for a supervisor&apos;s approval.</source>
        <extracomment>After &quot;Sesame report:&quot;. %1 who asked, %2 when</extracomment>
        <translation>a default (VIOLATED) was asked for by %1 on %2 and waits for a supervisor&apos;s approval.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OrderStatus</name>
    <message>
        <source>Waiting for authorization</source>
        <extracomment>Order state: created, the user has not authorized the deposit yet</extracomment>
        <translation>Waiting for authorization</translation>
    </message>
    <message>
        <source>Authorized</source>
        <extracomment>Order state: deposit authorized (frozen or waived by credit)</extracomment>
        <translation>Authorized</translation>
    </message>
    <message>
        <source>Finished</source>
        <extracomment>Order state: paid and nothing left frozen</extracomment>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Closed</source>
        <extracomment>Order state: timed out or fully released</extracomment>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <extracomment>Charge state: sent, the customer has not paid yet</extracomment>
        <translation>Waiting for payment</translation>
    </message>
    <message>
        <source>Paid</source>
        <extracomment>Charge state: paid</extracomment>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Paid, no longer refundable</source>
        <extracomment>Charge state: paid and no longer refundable</extracomment>
        <translation>Paid, no longer refundable</translation>
    </message>
    <message>
        <source>Charge closed</source>
        <extracomment>Charge state: closed unpaid, or refunded in full</extracomment>
        <translation>Charge closed</translation>
    </message>
    <message>
        <source>Refunded</source>
        <extracomment>Refund state: the money went back to the customer</extracomment>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <extracomment>Freeze/unfreeze/charge operation state: done</extracomment>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>Marked as defaulted</source>
        <extracomment>Order mark: the customer defaulted</extracomment>
        <translation>Marked as defaulted</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OrderTableModel</name>
    <message>
        <source>Sort by creation time or total amount.</source>
        <translation>Sort by creation time or total amount.</translation>
    </message>
    <message>
        <source>Order number</source>
        <extracomment>Column: the merchant&apos;s order number (out_order_no)</extracomment>
        <translation>Order number</translation>
    </message>
    <message>
        <source>Alipay auth no.</source>
        <extracomment>Column: Alipay&apos;s authorization number (auth_no)</extracomment>
        <translation>Alipay auth no.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deposit</source>
        <extracomment>Column: total deposit amount frozen</extracomment>
        <translation>Deposit</translation>
    </message>
    <message>
        <source>Still frozen</source>
        <extracomment>Column: the part of the deposit still frozen</extracomment>
        <translation>Still frozen</translation>
    </message>
    <message>
        <source>Payer</source>
        <extracomment>Column: the customer&apos;s Alipay account (masked)</extracomment>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Phone ends</source>
        <extracomment>Column: last digits of the customer&apos;s phone number</extracomment>
        <translation>Phone ends</translation>
    </message>
    <message>
        <source>Created</source>
        <extracomment>Column: when the order was created (China time)</extracomment>
        <translation>Created</translation>
    </message>
    <message>
        <source>The customer has not authorized the deposit yet: nothing is frozen.</source>
        <translation>The customer has not authorized the deposit yet: nothing is frozen.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OutcomeResolver</name>
    <message>
        <source>There is no journaled call number %1.</source>
        <translation>There is no journaled call number %1.</translation>
    </message>
    <message>
        <source>Only a call that Alipay showed as not done may be sent again; this one is %1.</source>
        <translation>Only a call that Alipay showed as not done may be sent again; this one is %1.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <source>Your role may charge at most ¥%1 in one action. Ask a supervisor to send it again.</source>
        <translation>Your role may charge at most ¥%1 in one action. Ask a supervisor to send it again.</translation>
    </message>
    <message>
        <source>This call is no longer waiting to be sent again. Open the order again.</source>
        <translation>This call is no longer waiting to be sent again. Open the order again.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::PermissionsPage</name>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>What each role may do at this desk. The services refuse anything not allowed here, whatever the window shows. Roles are given to operators by an administrator.</source>
        <translation>What each role may do at this desk. The services refuse anything not allowed here, whatever the window shows. Roles are given to operators by an administrator.</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Allowed</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Up to ¥%1</source>
        <extracomment>Permissions table, Charge row: the most one charge may take</extracomment>
        <translation>Up to ¥%1</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
</context>
<context>
    <name>DepositDesk::ProportionBar</name>
    <message>
        <source>Unfrozen</source>
        <translation>Unfrozen</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Still frozen</source>
        <translation>Still frozen</translation>
    </message>
    <message>
        <source>%1 ¥%2</source>
        <extracomment>Legend of the proportion bar: &quot;Unfrozen ¥20.00&quot;.</extracomment>
        <translation>%1 ¥%2</translation>
    </message>
    <message>
        <source>Deposit of ¥%1: ¥%2 unfrozen, ¥%3 charged (¥%4 of it refunded), ¥%5 still frozen</source>
        <extracomment>Read by screen readers for the deposit&apos;s proportion bar.</extracomment>
        <translation>Deposit of ¥%1: ¥%2 unfrozen, ¥%3 charged (¥%4 of it refunded), ¥%5 still frozen</translation>
    </message>
    <message>
        <source>Charged, not refunded</source>
        <extracomment>Legend: charged and not refunded (the refunded part has its own entry).</extracomment>
        <translation>Charged, not refunded</translation>
    </message>
</context>
<context>
    <name>DepositDesk::ReconciliationEngine</name>
    <message>
        <source>The reconciliation was cancelled.</source>
        <translation>The reconciliation was cancelled.</translation>
    </message>
    <message>
        <source>%1: %2 against %3</source>
        <translation>%1: %2 against %3</translation>
    </message>
    <message>
        <source>charges</source>
        <translation>charges</translation>
    </message>
    <message>
        <source>refunds</source>
        <translation>refunds</translation>
    </message>
    <message>
        <source>income</source>
        <translation>income</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>refunded</translation>
    </message>
    <message>
        <source>net</source>
        <translation>net</translation>
    </message>
    <message>
        <source>charges received</source>
        <translation>charges received</translation>
    </message>
    <message>
        <source>refunds paid</source>
        <translation>refunds paid</translation>
    </message>
    <message>
        <source>order amount</source>
        <translation>order amount</translation>
    </message>
    <message>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <source>service fees</source>
        <translation>service fees</translation>
    </message>
    <message>
        <source>Alipay&apos;s bill and our ledger disagree (bill against ledger): %1.</source>
        <translation>Alipay&apos;s bill and our ledger disagree (bill against ledger): %1.</translation>
    </message>
    <message>
        <source>The detail file&apos;s total lines do not add up (stated against the lines): %1. Download the bill again.</source>
        <translation>The detail file&apos;s total lines do not add up (stated against the lines): %1. Download the bill again.</translation>
    </message>
    <message>
        <source>The summary file does not match the detail lines (stated against the lines): %1. Download the bill again.</source>
        <translation>The summary file does not match the detail lines (stated against the lines): %1. Download the bill again.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>The database is not open: %1</source>
        <translation>The database is not open: %1</translation>
    </message>
</context>
<context>
    <name>DepositDesk::ReconciliationPage</name>
    <message>
        <source>A reconciliation is already running, or you may not reconcile. Wait for it to finish, or sign in as finance.</source>
        <translation>A reconciliation is already running, or you may not reconcile. Wait for it to finish, or sign in as finance.</translation>
    </message>
    <message>
        <source>%1 — %p%</source>
        <extracomment>Progress bar: %1 the stage (&quot;Reading the bill&quot; ...); %p% is Qt&apos;s percent placeholder</extracomment>
        <translation>%1 — %p%</translation>
    </message>
    <message>
        <source>&amp;Reconcile selected bill</source>
        <translation>&amp;Reconcile selected bill</translation>
    </message>
    <message>
        <source>Compares the selected bill line by line with our records and stores the differences. Notes on differences found again are kept.</source>
        <translation>Compares the selected bill line by line with our records and stores the differences. Notes on differences found again are kept.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Differences</translation>
    </message>
    <message>
        <source>Chart</source>
        <extracomment>Tab: chart of daily charges, refunds and unfreezes</extracomment>
        <translation>Chart</translation>
    </message>
    <message>
        <source>The bill was refused and nothing of it was loaded. %1</source>
        <extracomment>%1 the service&apos;s reason: the file, the line and what is wrong with it</extracomment>
        <translation>The bill was refused and nothing of it was loaded. %1</translation>
    </message>
    <message>
        <source>Reconciliation cancelled; nothing of this run was stored.</source>
        <translation>Reconciliation cancelled; nothing of this run was stored.</translation>
    </message>
    <message>
        <source>Reconciling the bill of %1 (%2)…</source>
        <extracomment>%1 the bill&apos;s period, %2 its type (&quot;Trade bill&quot; ...)</extracomment>
        <translation>Reconciling the bill of %1 (%2)…</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) matched</source>
        <translation>
            <numerusform>%n line matched</numerusform>
            <numerusform>%n lines matched</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 the bill type in words (&quot;Trade bill&quot;, &quot;Account bill&quot;), %2 the outcome</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Reconciled the bill of %1: %2, %n difference(s) found.</source>
        <extracomment>%1 the period; %2 &quot;12 lines matched&quot;; %n differences found (the bill type in words is put before it)</extracomment>
        <translation>
            <numerusform>Reconciled the bill of %1: %2, %n difference found.</numerusform>
            <numerusform>Reconciled the bill of %1: %2, %n differences found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DepositDesk::ReconciliationService</name>
    <message>
        <source>This difference no longer exists. Reload the reconciliation.</source>
        <translation>This difference no longer exists. Reload the reconciliation.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <source>The bill to reconcile is not in the list of downloaded bills. Download it again.</source>
        <translation>The bill to reconcile is not in the list of downloaded bills. Download it again.</translation>
    </message>
    <message>
        <source>Reading the bill</source>
        <translation>Reading the bill</translation>
    </message>
    <message>
        <source>The reconciliation was cancelled.</source>
        <translation>The reconciliation was cancelled.</translation>
    </message>
    <message>
        <source>Matching with the ledger</source>
        <translation>Matching with the ledger</translation>
    </message>
    <message>
        <source>Saving the differences</source>
        <translation>Saving the differences</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Write a note saying how the difference was resolved, then mark it resolved.</source>
        <translation>Write a note saying how the difference was resolved, then mark it resolved.</translation>
    </message>
    <message>
        <source>The note looks like a password, key or token. Secrets never go into the audit log: write the note without it.</source>
        <translation>The note looks like a password, key or token. Secrets never go into the audit log: write the note without it.</translation>
    </message>
    <message>
        <source>Only trade bills and account bills can be reconciled with the ledger; %1 is neither (%2).</source>
        <extracomment>%1 the file name, %2 its bill type in words</extracomment>
        <translation>Only trade bills and account bills can be reconciled with the ledger; %1 is neither (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) found; %1.</source>
        <extracomment>%1 how many lines matched (&quot;12 lines matched&quot;)</extracomment>
        <translation>
            <numerusform>%n difference found; %1.</numerusform>
            <numerusform>%n differences found; %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) matched</source>
        <translation>
            <numerusform>%n line matched</numerusform>
            <numerusform>%n lines matched</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DepositDesk::ReconciliationTotalsView</name>
    <message>
        <source>Reconcile a downloaded bill to compare its totals with our records.</source>
        <translation>Reconcile a downloaded bill to compare its totals with our records.</translation>
    </message>
    <message>
        <source>agree</source>
        <extracomment>Totals: bill and our records agree on this figure</extracomment>
        <translation>agree</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the bill match our records.</source>
        <translation>
            <numerusform>%n line of the bill matches our records.</numerusform>
            <numerusform>%n lines of the bill match our records.</numerusform>
        </translation>
    </message>
    <message>
        <source>The detail lines add up to the bill&apos;s footer lines.</source>
        <translation>The detail lines add up to the bill&apos;s footer lines.</translation>
    </message>
    <message>
        <source>The detail lines do NOT add up to the bill&apos;s footer lines.</source>
        <translation>The detail lines do NOT add up to the bill&apos;s footer lines.</translation>
    </message>
    <message>
        <source>The bill has no summary file.</source>
        <translation>The bill has no summary file.</translation>
    </message>
    <message>
        <source>They agree with the summary file&apos;s totals.</source>
        <translation>They agree with the summary file&apos;s totals.</translation>
    </message>
    <message>
        <source>They do NOT agree with the summary file&apos;s totals.</source>
        <translation>They do NOT agree with the summary file&apos;s totals.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Totals: %1 the kind of difference, %2 how many</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No differences: the bill and our records agree.</source>
        <translation>No differences: the bill and our records agree.</translation>
    </message>
    <message>
        <source>Differences found — %1</source>
        <translation>Differences found — %1</translation>
    </message>
    <message>
        <source>Bill</source>
        <extracomment>Totals column: figures from Alipay&apos;s bill</extracomment>
        <translation>Bill</translation>
    </message>
    <message>
        <source>Our records</source>
        <extracomment>Totals column: figures from DepositDesk&apos;s own records</extracomment>
        <translation>Our records</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>Net</source>
        <extracomment>Totals row: income - refunds - fees</extracomment>
        <translation>Net</translation>
    </message>
    <message>
        <source>Number of charges</source>
        <translation>Number of charges</translation>
    </message>
    <message>
        <source>Number of refunds</source>
        <translation>Number of refunds</translation>
    </message>
    <message>
        <source>Reconciliation of the trade bill of %1, run on %2 by %3</source>
        <extracomment>%1 the period, %2 when the run finished (China time), %3 who ran it</extracomment>
        <translation>Reconciliation of the trade bill of %1, run on %2 by %3</translation>
    </message>
    <message numerus="yes">
        <source>Known external: %n line(s), recorded by finance as payments made outside the console.</source>
        <extracomment>Totals: bill lines finance recorded as payments made outside the console</extracomment>
        <translation>
            <numerusform>Known external: %n line, recorded by finance as a payment made outside the console.</numerusform>
            <numerusform>Known external: %n lines, recorded by finance as payments made outside the console.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DepositDesk::RefundApprovals</name>
    <message>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <source>%1 asked for this refund: another supervisor must approve or reject it.</source>
        <translation>%1 asked for this refund: another supervisor must approve or reject it.</translation>
    </message>
    <message>
        <source>This refund request is %1: it no longer waits for a decision.</source>
        <translation>This refund request is %1: it no longer waits for a decision.</translation>
    </message>
    <message>
        <source>There is no refund request number %1.</source>
        <translation>There is no refund request number %1.</translation>
    </message>
    <message>
        <source>Say why the refund is rejected: the agent and the customer will want to know.</source>
        <translation>Say why the refund is rejected: the agent and the customer will want to know.</translation>
    </message>
    <message>
        <source>The refund of %1 (request %2) is rejected. Nothing was sent to Alipay.</source>
        <translation>The refund of %1 (request %2) is rejected. Nothing was sent to Alipay.</translation>
    </message>
    <message>
        <source>Only administrators may change the refund approval threshold.</source>
        <translation>Only administrators may change the refund approval threshold.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::RefundQueueModel</name>
    <message>
        <source>Refund request number: %1</source>
        <extracomment>Tooltip: the refund&apos;s own request number (out_request_no)</extracomment>
        <translation>Refund request number: %1</translation>
    </message>
    <message>
        <source>Requested</source>
        <extracomment>Column: when the refund was requested (China time)</extracomment>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <source>Charge</source>
        <extracomment>Column: the charge (out_trade_no) the refund gives back</extracomment>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>DepositDesk::RefundQueuePage</name>
    <message>
        <source>All requests</source>
        <extracomment>Refund queue filter: every status</extracomment>
        <translation>All requests</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for approval</source>
        <extracomment>Badge: refund requests waiting for a supervisor&apos;s decision</extracomment>
        <translation>
            <numerusform>%n waiting for approval</numerusform>
            <numerusform>%n waiting for approval</numerusform>
        </translation>
    </message>
    <message>
        <source>No refund request is waiting for approval.</source>
        <translation>No refund request is waiting for approval.</translation>
    </message>
    <message>
        <source>No refund request has this status.</source>
        <translation>No refund request has this status.</translation>
    </message>
    <message>
        <source>Select a refund request first.</source>
        <translation>Select a refund request first.</translation>
    </message>
    <message>
        <source>This request is %1: it no longer waits for a decision.</source>
        <translation>This request is %1: it no longer waits for a decision.</translation>
    </message>
    <message>
        <source>Refunds below %1 are sent at once, without a supervisor&apos;s approval; larger ones wait in this queue.</source>
        <translation>Refunds below %1 are sent at once, without a supervisor&apos;s approval; larger ones wait in this queue.</translation>
    </message>
    <message>
        <source>Every refund needs a supervisor&apos;s approval.</source>
        <translation>Every refund needs a supervisor&apos;s approval.</translation>
    </message>
    <message>
        <source>Type the threshold in yuan, like 50.00. %1</source>
        <translation>Type the threshold in yuan, like 50.00. %1</translation>
    </message>
    <message>
        <source>Refund approvals</source>
        <translation>Refund approvals</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>&amp;Open order</source>
        <translation>&amp;Open order</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approve…</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Reject…</translation>
    </message>
    <message>
        <source>Approval threshold</source>
        <translation>Approval threshold</translation>
    </message>
    <message>
        <source>Refunds below</source>
        <translation>Refunds below</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
</context>
<context>
    <name>DepositDesk::RefundRequestDialog</name>
    <message>
        <source>¥%1 charged %2 (%3), refundable ¥%4</source>
        <extracomment>A charge to refund: amount, date, merchant number, what may still be refunded.</extracomment>
        <translation>¥%1 charged %2 (%3), refundable ¥%4</translation>
    </message>
    <message>
        <source>This order has no charge that can still be refunded.</source>
        <translation>This order has no charge that can still be refunded.</translation>
    </message>
    <message>
        <source>Refundable of this charge now: ¥%1</source>
        <translation>Refundable of this charge now: ¥%1</translation>
    </message>
    <message>
        <source>¥%1 is more than the ¥%2 that can still be refunded of this charge.</source>
        <translation>¥%1 is more than the ¥%2 that can still be refunded of this charge.</translation>
    </message>
    <message>
        <source>Refundable after this request: —</source>
        <translation>Refundable after this request: —</translation>
    </message>
    <message>
        <source>Refundable after this request: ¥%1 (¥%2 waits for a supervisor&apos;s approval)</source>
        <translation>Refundable after this request: ¥%1 (¥%2 waits for a supervisor&apos;s approval)</translation>
    </message>
    <message>
        <source>Request a refund for %1</source>
        <translation>Request a refund for %1</translation>
    </message>
    <message>
        <source>Give back money charged from this deposit. The request is recorded as pending approval; nothing is sent to Alipay until a supervisor approves it.</source>
        <translation>Give back money charged from this deposit. The request is recorded as pending approval; nothing is sent to Alipay until a supervisor approves it.</translation>
    </message>
    <message>
        <source>Charge:</source>
        <translation>Charge:</translation>
    </message>
    <message>
        <source>Request refund</source>
        <translation>Request refund</translation>
    </message>
</context>
<context>
    <name>DepositDesk::RefundRequestRecord</name>
    <message>
        <source>Waiting for approval</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <source>Approved, being sent</source>
        <translation>Approved, being sent</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Refused by Alipay</source>
        <translation>Refused by Alipay</translation>
    </message>
    <message>
        <source>Sent, awaiting confirmation</source>
        <translation>Sent, awaiting confirmation</translation>
    </message>
</context>
<context>
    <name>DepositDesk::RefundRequests</name>
    <message>
        <source>A refund request is recorded only with its order, its charge, its request number and who asked for it.</source>
        <translation>A refund request is recorded only with its order, its charge, its request number and who asked for it.</translation>
    </message>
    <message>
        <source>A refund request needs an amount above zero.</source>
        <translation>A refund request needs an amount above zero.</translation>
    </message>
    <message>
        <source>A refund request needs a reason.</source>
        <translation>A refund request needs a reason.</translation>
    </message>
    <message>
        <source>The refund %1 of this charge is still awaiting Alipay&apos;s confirmation. Wait until it is settled, then ask again.</source>
        <translation>The refund %1 of this charge is still awaiting Alipay&apos;s confirmation. Wait until it is settled, then ask again.</translation>
    </message>
    <message>
        <source>The refund number %1 is already used for this charge. A new request needs a new number.</source>
        <translation>The refund number %1 is already used for this charge. A new request needs a new number.</translation>
    </message>
    <message>
        <source>A refund request changes only with the name of who changed it.</source>
        <translation>A refund request changes only with the name of who changed it.</translation>
    </message>
    <message>
        <source>There is no refund request number %1.</source>
        <translation>There is no refund request number %1.</translation>
    </message>
    <message>
        <source>This refund request is %1 and cannot become %2.</source>
        <translation>This refund request is %1 and cannot become %2.</translation>
    </message>
    <message>
        <source>The refund %1 of this charge is still awaiting Alipay&apos;s confirmation. Wait until it is settled, then send this one.</source>
        <translation>The refund %1 of this charge is still awaiting Alipay&apos;s confirmation. Wait until it is settled, then send this one.</translation>
    </message>
    <message>
        <source>Refund request %1 does not exist or was already sent as another call.</source>
        <translation>Refund request %1 does not exist or was already sent as another call.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::RequestFieldCheck</name>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 is missing.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 is longer than %2 characters.</translation>
    </message>
    <message>
        <source>%1 must be between 0.01 and 100000000.00 yuan, not %2.</source>
        <translation>%1 must be between 0.01 and 100000000.00 yuan, not %2.</translation>
    </message>
    <message>
        <source>%1 must be a JSON object.</source>
        <translation>%1 must be a JSON object.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::RequestNumberGenerator</name>
    <message>
        <source>The system&apos;s random number generator failed, so no request number could be made. Nothing was sent; try again, and restart the computer if it persists.</source>
        <translation>The system&apos;s random number generator failed, so no request number could be made. Nothing was sent; try again, and restart the computer if it persists.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::ResolveDifferenceDialog</name>
    <message>
        <source>Resolve difference</source>
        <translation>Resolve difference</translation>
    </message>
    <message>
        <source>no order of ours</source>
        <extracomment>Resolve dialog: a bill line of a trade DepositDesk never saw</extracomment>
        <translation>no order of ours</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Mark resolved</translation>
    </message>
    <message>
        <source>Write a note to mark the difference resolved.</source>
        <translation>Write a note to mark the difference resolved.</translation>
    </message>
    <message>
        <source>%1 — order %2</source>
        <extracomment>Resolve dialog: %1 the kind of difference, %2 the order number</extracomment>
        <translation>%1 — order %2</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Only mark it resolved with the note</source>
        <translation>Only mark it resolved with the note</translation>
    </message>
    <message>
        <source>What was done about it, or why (required, kept in the audit log):</source>
        <translation>What was done about it, or why (required, kept in the audit log):</translation>
    </message>
    <message>
        <source>Make the correction</source>
        <translation>Make the correction</translation>
    </message>
    <message>
        <source>Write a note saying why you make this correction.</source>
        <translation>Write a note saying why you make this correction.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::ResponseClassifier</name>
    <message>
        <source>Nothing was sent to Alipay: %1</source>
        <translation>Nothing was sent to Alipay: %1</translation>
    </message>
    <message>
        <source>no result code</source>
        <translation>no result code</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>code %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 The result is unknown: the operation may or may not have happened. Do not start it again as a new request; DepositDesk checks its status with Alipay.</source>
        <translation>%1 The result is unknown: the operation may or may not have happened. Do not start it again as a new request; DepositDesk checks its status with Alipay.</translation>
    </message>
    <message>
        <source>Alipay did not answer within %1 seconds.</source>
        <translation>Alipay did not answer within %1 seconds.</translation>
    </message>
    <message>
        <source>The connection to Alipay failed.</source>
        <translation>The connection to Alipay failed.</translation>
    </message>
    <message>
        <source>Alipay&apos;s gateway answered with HTTP status %1 instead of a result.</source>
        <translation>Alipay&apos;s gateway answered with HTTP status %1 instead of a result.</translation>
    </message>
    <message>
        <source>Alipay&apos;s service was temporarily unavailable (%1).</source>
        <translation>Alipay&apos;s service was temporarily unavailable (%1).</translation>
    </message>
    <message>
        <source>Alipay reported a system error (%1).</source>
        <translation>Alipay reported a system error (%1).</translation>
    </message>
    <message>
        <source>Alipay is still waiting for the customer to confirm (%1). DepositDesk checks the status until it is final.</source>
        <translation>Alipay is still waiting for the customer to confirm (%1). DepositDesk checks the status until it is final.</translation>
    </message>
    <message>
        <source>The answer was not signed by Alipay, so it cannot be trusted (it said: %1).</source>
        <translation>The answer was not signed by Alipay, so it cannot be trusted (it said: %1).</translation>
    </message>
    <message>
        <source>The answer&apos;s signature does not match the Alipay public key, so it cannot be trusted (it said: %1). If this persists, ask an administrator to check the Alipay public key.</source>
        <translation>The answer&apos;s signature does not match the Alipay public key, so it cannot be trusted (it said: %1). If this persists, ask an administrator to check the Alipay public key.</translation>
    </message>
    <message>
        <source>The answer names Alipay certificate &quot;%1&quot;, but DepositDesk is set up with &quot;%2&quot;. Alipay may have renewed its certificate: ask an administrator to load the new alipayCertPublicKey_RSA2.crt.</source>
        <translation>The answer names Alipay certificate &quot;%1&quot;, but DepositDesk is set up with &quot;%2&quot;. Alipay may have renewed its certificate: ask an administrator to load the new alipayCertPublicKey_RSA2.crt.</translation>
    </message>
    <message>
        <source>The answer from Alipay was incomplete or unreadable.</source>
        <translation>The answer from Alipay was incomplete or unreadable.</translation>
    </message>
    <message>
        <source>Alipay answered with a result DepositDesk does not know (%1).</source>
        <translation>Alipay answered with a result DepositDesk does not know (%1).</translation>
    </message>
    <message>
        <source>Alipay accepted the request.</source>
        <translation>Alipay accepted the request.</translation>
    </message>
    <message>
        <source>Alipay refused the request (%1). Nothing was changed.</source>
        <translation>Alipay refused the request (%1). Nothing was changed.</translation>
    </message>
    <message>
        <source>Alipay refused the request because of the merchant&apos;s Alipay setup (%1). Nothing was changed; ask an administrator to check the app ID, keys and signed products.</source>
        <translation>Alipay refused the request because of the merchant&apos;s Alipay setup (%1). Nothing was changed; ask an administrator to check the app ID, keys and signed products.</translation>
    </message>
    <message>
        <source>DepositDesk refused to read the answer from Alipay. %1</source>
        <translation>DepositDesk refused to read the answer from Alipay. %1</translation>
    </message>
    <message>
        <source>The answer is nested deeper than %1 levels.</source>
        <translation>The answer is nested deeper than %1 levels.</translation>
    </message>
    <message>
        <source>The answer is larger than %1.</source>
        <translation>The answer is larger than %1.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::RiskReport</name>
    <message>
        <source>Choose a period whose first day is not after its last day.</source>
        <translation>Choose a period whose first day is not after its last day.</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>Risk report: the group of orders without a category or a store</extracomment>
        <translation>(none)</translation>
    </message>
    <message>
        <source>The risk report could not be read: %1</source>
        <translation>The risk report could not be read: %1</translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>Risk report: the row of all groups together</extracomment>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>DepositDesk::RiskReportModel</name>
    <message>
        <source>Total</source>
        <extracomment>Risk report: the row of all groups together</extracomment>
        <translation>Total</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Waived share</source>
        <extracomment>Risk report column: the part of the deposit Sesame credit waived</extracomment>
        <translation>Waived share</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>Deposits</translation>
    </message>
    <message>
        <source>Waived</source>
        <extracomment>Risk report column: the part of the deposits Sesame credit waived, in yuan</extracomment>
        <translation>Waived</translation>
    </message>
    <message>
        <source>Charges</source>
        <extracomment>Risk report column: succeeded charges from deposits (count)</extracomment>
        <translation>Charges</translation>
    </message>
    <message>
        <source>Charged</source>
        <extracomment>Risk report column: the amount of the succeeded charges</extracomment>
        <translation>Charged</translation>
    </message>
    <message>
        <source>Failed charges</source>
        <extracomment>Risk report column: charges the customer could not pay (count)</extracomment>
        <translation>Failed charges</translation>
    </message>
    <message>
        <source>Failed amount</source>
        <translation>Failed amount</translation>
    </message>
    <message>
        <source>Defaults reported</source>
        <extracomment>Risk report column: orders reported to Sesame as defaulted (VIOLATED)</extracomment>
        <translation>Defaults reported</translation>
    </message>
    <message>
        <source>Amount lost</source>
        <extracomment>Risk report column: failed charges never charged again later</extracomment>
        <translation>Amount lost</translation>
    </message>
    <message>
        <source>Default rate</source>
        <translation>Default rate</translation>
    </message>
</context>
<context>
    <name>DepositDesk::RiskReportPage</name>
    <message>
        <source>Computing the report…</source>
        <translation>Computing the report…</translation>
    </message>
    <message>
        <source>Default rate (%)</source>
        <translation>Default rate (%)</translation>
    </message>
    <message>
        <source>Amount waived (¥)</source>
        <translation>Amount waived (¥)</translation>
    </message>
    <message>
        <source>Amount lost (¥)</source>
        <translation>Amount lost (¥)</translation>
    </message>
    <message>
        <source>Default rate per group</source>
        <translation>Default rate per group</translation>
    </message>
    <message>
        <source>Amount waived and amount lost per group</source>
        <translation>Amount waived and amount lost per group</translation>
    </message>
    <message>
        <source>There is no report to export yet: show one first.</source>
        <translation>There is no report to export yet: show one first.</translation>
    </message>
    <message>
        <source>The charts could not be saved as %1. Choose another folder or file name.</source>
        <translation>The charts could not be saved as %1. Choose another folder or file name.</translation>
    </message>
    <message>
        <source>Save the charts as PNG</source>
        <translation>Save the charts as PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Risk report</source>
        <extracomment>Page title (View &gt; Risk report)</extracomment>
        <translation>Risk report</translation>
    </message>
    <message>
        <source>Orders created from</source>
        <extracomment>Risk report: the first day of the period (orders created from)</extracomment>
        <translation>Orders created from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Group by</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Waived share</source>
        <extracomment>Risk report grouping: by the part of the deposit Sesame credit waived</extracomment>
        <translation>Waived share</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Save charts as PNG…</source>
        <translation>Save charts as PNG…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) created from %1 to %2 (China time). Default rate: orders reported to Sesame as defaulted (VIOLATED) out of the orders; amount lost: failed charges never charged again later.</source>
        <extracomment>Risk report: %1 and %2 the period&apos;s first and last day (China time), %Ln orders</extracomment>
        <translation>
            <numerusform>%Ln order created from %1 to %2 (China time). Default rate: orders reported to Sesame as defaulted (VIOLATED) out of the orders; amount lost: failed charges never charged again later.</numerusform>
            <numerusform>%Ln orders created from %1 to %2 (China time). Default rate: orders reported to Sesame as defaulted (VIOLATED) out of the orders; amount lost: failed charges never charged again later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DepositDesk::RsaPrivateKey</name>
    <message>
        <source>The private key is of type %1, but Alipay RSA2 needs an RSA key. Generate a 2048-bit RSA key with the Alipay key tool.</source>
        <translation>The private key is of type %1, but Alipay RSA2 needs an RSA key. Generate a 2048-bit RSA key with the Alipay key tool.</translation>
    </message>
    <message>
        <source>The RSA private key has only %1 bits; Alipay RSA2 needs at least 2048 bits. Generate a 2048-bit key with the Alipay key tool.</source>
        <translation>The RSA private key has only %1 bits; Alipay RSA2 needs at least 2048 bits. Generate a 2048-bit key with the Alipay key tool.</translation>
    </message>
    <message>
        <source>The application private key does not belong to the application public key configured at Alipay (their RSA moduli differ), so Alipay would reject every signature. Use the private key generated together with that public key, or upload the matching public key.</source>
        <translation>The application private key does not belong to the application public key configured at Alipay (their RSA moduli differ), so Alipay would reject every signature. Use the private key generated together with that public key, or upload the matching public key.</translation>
    </message>
    <message>
        <source>This is a public key, but the application private key is expected here. Use the private key generated together with it (PKCS#8 or PKCS#1, base64 or PEM).</source>
        <translation>This is a public key, but the application private key is expected here. Use the private key generated together with it (PKCS#8 or PKCS#1, base64 or PEM).</translation>
    </message>
    <message>
        <source>This is a certificate, but the application private key is expected here.</source>
        <translation>This is a certificate, but the application private key is expected here.</translation>
    </message>
    <message>
        <source>The text is base64 but not a private key (it may be truncated or damaged). Copy the whole private key again, exactly as the Alipay key tool shows it.</source>
        <translation>The text is base64 but not a private key (it may be truncated or damaged). Copy the whole private key again, exactly as the Alipay key tool shows it.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::RsaPublicKey</name>
    <message>
        <source>The key is of type %1, but Alipay RSA2 needs an RSA key. Use the RSA public key.</source>
        <translation>The key is of type %1, but Alipay RSA2 needs an RSA key. Use the RSA public key.</translation>
    </message>
    <message>
        <source>The RSA key has only %1 bits; Alipay RSA2 needs at least 2048 bits. Use a 2048-bit key.</source>
        <translation>The RSA key has only %1 bits; Alipay RSA2 needs at least 2048 bits. Use a 2048-bit key.</translation>
    </message>
    <message>
        <source>The key text is empty. Paste the whole key as the Alipay key tool shows it.</source>
        <translation>The key text is empty. Paste the whole key as the Alipay key tool shows it.</translation>
    </message>
    <message>
        <source>The key text is neither PEM nor base64 (it contains other characters or is cut short). Copy the key again, exactly as the Alipay key tool shows it.</source>
        <translation>The key text is neither PEM nor base64 (it contains other characters or is cut short). Copy the key again, exactly as the Alipay key tool shows it.</translation>
    </message>
    <message>
        <source>This is a private key, but a public key is expected here. Use the public key (base64 starting with MIIBIj, or a BEGIN PUBLIC KEY block); never hand out the private key.</source>
        <translation>This is a private key, but a public key is expected here. Use the public key (base64 starting with MIIBIj, or a BEGIN PUBLIC KEY block); never hand out the private key.</translation>
    </message>
    <message>
        <source>This is a certificate, not a public key. Use the public key text, or certificate mode for certificate files.</source>
        <translation>This is a certificate, not a public key. Use the public key text, or certificate mode for certificate files.</translation>
    </message>
    <message>
        <source>The text is base64 but not a public key (it may be truncated or damaged). Copy the whole key again.</source>
        <translation>The text is base64 but not a public key (it may be truncated or damaged). Copy the whole key again.</translation>
    </message>
    <message>
        <source>The PEM header line is damaged. Copy the key again, including the -----BEGIN …----- line.</source>
        <translation>The PEM header line is damaged. Copy the key again, including the -----BEGIN …----- line.</translation>
    </message>
    <message>
        <source>The PEM block has no matching END line: the key text is cut short. Copy the whole key, including the -----END …----- line.</source>
        <translation>The PEM block has no matching END line: the key text is cut short. Copy the whole key, including the -----END …----- line.</translation>
    </message>
    <message>
        <source>The key is protected by a password. Export it without a password (unencrypted PKCS#8 or PKCS#1) and keep it in the system keychain.</source>
        <translation>The key is protected by a password. Export it without a password (unencrypted PKCS#8 or PKCS#1) and keep it in the system keychain.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::Sandbox::BillPeriod</name>
    <message>
        <source>&quot;%1&quot; is not a bill date: use yyyy-MM-dd for a day or yyyy-MM for a month, such as 2024-05-01 or 2024-05.</source>
        <translation>&quot;%1&quot; is not a bill date: use yyyy-MM-dd for a day or yyyy-MM for a month, such as 2024-05-01 or 2024-05.</translation>
    </message>
    <message>
        <source>Bills exist from 2016-01-01 on; %1 is earlier.</source>
        <translation>Bills exist from 2016-01-01 on; %1 is earlier.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::Sandbox::BillWriter</name>
    <message>
        <source>This system has no GBK text encoder, so no bill can be written. Install Qt with ICU support.</source>
        <translation>This system has no GBK text encoder, so no bill can be written. Install Qt with ICU support.</translation>
    </message>
    <message>
        <source>The bill archive could not be written (zip error %1).</source>
        <translation>The bill archive could not be written (zip error %1).</translation>
    </message>
</context>
<context>
    <name>DepositDesk::Sandbox::CommandLine</name>
    <message>
        <source>Usage: depositdesk-sandbox [--port N] [--state FILE] [--seed N --seed-value S]
                           [--alipay-key FILE] [--app APPID=PUBKEYFILE ...]
                           [--key-dir DIR] [--time-scale X] [--timestamp-skew SECS]
An Alipay-compatible gateway on 127.0.0.1 for demos and tests; see app/sandbox/README.md.</source>
        <translation>Usage: depositdesk-sandbox [--port N] [--state FILE] [--seed N --seed-value S]
                           [--alipay-key FILE] [--app APPID=PUBKEYFILE ...]
                           [--key-dir DIR] [--time-scale X] [--timestamp-skew SECS]
An Alipay-compatible gateway on 127.0.0.1 for demos and tests; see app/sandbox/README.md.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>The option %1 is unknown or has no value.</source>
        <translation>The option %1 is unknown or has no value.</translation>
    </message>
    <message>
        <source>The option %1 is unknown.</source>
        <translation>The option %1 is unknown.</translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; of %2 is not valid.</source>
        <translation>The value &quot;%1&quot; of %2 is not valid.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::Sandbox::Gateway</name>
    <message>
        <source>The sandbox cannot listen on 127.0.0.1 port %1: is it in use?</source>
        <translation>The sandbox cannot listen on 127.0.0.1 port %1: is it in use?</translation>
    </message>
</context>
<context>
    <name>DepositDesk::Sandbox::Keys</name>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>Cannot read the key file %1: %2</translation>
    </message>
    <message>
        <source>The key file %1 holds no usable private key: %2</source>
        <translation>The key file %1 holds no usable private key: %2</translation>
    </message>
    <message>
        <source>The key file %1 holds no usable public key: %2</source>
        <translation>The key file %1 holds no usable public key: %2</translation>
    </message>
    <message>
        <source>Cannot generate an RSA key pair.</source>
        <translation>Cannot generate an RSA key pair.</translation>
    </message>
    <message>
        <source>Cannot write the generated key pair to %1 and %2; check that the folder exists and is writable.</source>
        <translation>Cannot write the generated key pair to %1 and %2; check that the folder exists and is writable.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::Sandbox::OrderExport</name>
    <message>
        <source>The order list could not be written to %1: %2. Choose a folder you can write to.</source>
        <translation>The order list could not be written to %1: %2. Choose a folder you can write to.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::Sandbox::Seeder</name>
    <message>
        <source>Seeding stopped: the sandbox refused %1 of order %2 (%3 %4).</source>
        <translation>Seeding stopped: the sandbox refused %1 of order %2 (%3 %4).</translation>
    </message>
</context>
<context>
    <name>DepositDesk::Sandbox::Seeding</name>
    <message>
        <source>Seeding needs an app: register one with --app APPID=PUBKEYFILE.</source>
        <translation>Seeding needs an app: register one with --app APPID=PUBKEYFILE.</translation>
    </message>
    <message>
        <source>Seeded %1 orders for app %2 from seed %3 in %4 ms (history before %5)</source>
        <translation>Seeded %1 orders for app %2 from seed %3 in %4 ms (history before %5)</translation>
    </message>
    <message>
        <source>%1 of them were in the state file already and were left as they are.</source>
        <translation>%1 of them were in the state file already and were left as they are.</translation>
    </message>
    <message>
        <source>Order list for the console&apos;s import: %1</source>
        <translation>Order list for the console&apos;s import: %1</translation>
    </message>
</context>
<context>
    <name>DepositDesk::Sandbox::Store</name>
    <message>
        <source>Cannot open the sandbox state file %1: %2</source>
        <translation>Cannot open the sandbox state file %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the sandbox state file %1: %2</source>
        <translation>Cannot prepare the sandbox state file %1: %2</translation>
    </message>
    <message>
        <source>The sandbox state cannot be written: %1</source>
        <translation>The sandbox state cannot be written: %1</translation>
    </message>
</context>
<context>
    <name>DepositDesk::SandboxMain</name>
    <message>
        <source>Cannot create the key folder %1.</source>
        <translation>Cannot create the key folder %1.</translation>
    </message>
    <message>
        <source>Alipay public key (支付宝公钥) for clients: %1</source>
        <translation>Alipay public key (支付宝公钥) for clients: %1</translation>
    </message>
    <message>
        <source>Platform private key generated: %1 (mode 0600)</source>
        <translation>Platform private key generated: %1 (mode 0600)</translation>
    </message>
    <message>
        <source>Platform private key reused: %1</source>
        <translation>Platform private key reused: %1</translation>
    </message>
    <message>
        <source>Demo app %1: private key %2 (mode 0600), public key %3</source>
        <translation>Demo app %1: private key %2 (mode 0600), public key %3</translation>
    </message>
    <message>
        <source>DepositDesk sandbox gateway: %1</source>
        <translation>DepositDesk sandbox gateway: %1</translation>
    </message>
    <message>
        <source>Sandbox controls: %1/sandbox/ (user/confirm, user/decline, faults, notifications)</source>
        <translation>Sandbox controls: %1/sandbox/ (user/confirm, user/decline, faults, notifications)</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <source>in memory (lost on exit)</source>
        <translation>in memory (lost on exit)</translation>
    </message>
    <message>
        <source>App %1: seller %2</source>
        <translation>App %1: seller %2</translation>
    </message>
</context>
<context>
    <name>DepositDesk::SchemaMigrations</name>
    <message>
        <source>Updating the database to version %1 (%2) failed: %3</source>
        <translation>Updating the database to version %1 (%2) failed: %3</translation>
    </message>
</context>
<context>
    <name>DepositDesk::SearchPage</name>
    <message>
        <source>Asking Alipay about %1…</source>
        <translation>Asking Alipay about %1…</translation>
    </message>
    <message>
        <source>%1 (Alipay: %2 %3)</source>
        <translation>%1 (Alipay: %2 %3)</translation>
    </message>
    <message>
        <source>Ask Alipay for this order and add it to the index.</source>
        <translation>Ask Alipay for this order and add it to the index.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>No order has a number, payer or phone starting with “%1”.</source>
        <translation>No order has a number, payer or phone starting with “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Type at least %n characters to search by the beginning of a number.</source>
        <translation>
            <numerusform>Type at least %n character to search by the beginning of a number.</numerusform>
            <numerusform>Type at least %n characters to search by the beginning of a number.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) shown, more when you scroll down (%1 ms).</source>
        <extracomment>%n orders shown so far, %1 milliseconds the database took</extracomment>
        <translation>
            <numerusform>%n order shown, more when you scroll down (%1 ms).</numerusform>
            <numerusform>%n orders shown, more when you scroll down (%1 ms).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) found (%1 ms).</source>
        <translation>
            <numerusform>%n order found (%1 ms).</numerusform>
            <numerusform>%n orders found (%1 ms).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) in the index.</source>
        <translation>
            <numerusform>%n order in the index.</numerusform>
            <numerusform>%n orders in the index.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>&amp;Created from:</source>
        <translation>&amp;Created from:</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between two dates: &quot;Created from [date] to [date]&quot;
----------
Between two amounts: &quot;Deposit ¥ [min] to [max]&quot;</extracomment>
        <translation>to</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>any date</translation>
    </message>
    <message>
        <source>&amp;Deposit ¥:</source>
        <translation>&amp;Deposit ¥:</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>Look it up at Alipay</source>
        <translation>Look it up at Alipay</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Load order list</source>
        <translation>Load order list</translation>
    </message>
    <message>
        <source>Order lists (*.csv *.xlsx);;All files (*)</source>
        <translation>Order lists (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Select orders in the table (Ctrl+click, Shift+click) to run one action on all of them.</source>
        <translation>Select orders in the table (Ctrl+click, Shift+click) to run one action on all of them.</translation>
    </message>
    <message>
        <source>Bulk action…</source>
        <translation>Bulk action…</translation>
    </message>
    <message>
        <source>Load order list…</source>
        <translation>Load order list…</translation>
    </message>
    <message>
        <source>Order number, Alipay auth or trade number, payer, the last 4 digits of a phone, or a word of a note</source>
        <translation>Order number, Alipay auth or trade number, payer, the last 4 digits of a phone, or a word of a note</translation>
    </message>
</context>
<context>
    <name>DepositDesk::SearchService</name>
    <message>
        <source>The search could not be run: %1. Check that the database is reachable and try again.</source>
        <translation>The search could not be run: %1. Check that the database is reachable and try again.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::Sentences</name>
    <message>
        <source>%1 %2</source>
        <extracomment>Two sentences one after the other (%1, then %2). English puts one space between them; Chinese puts none.</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>DepositDesk::SesameDefaultRequests</name>
    <message>
        <source>A default report is asked for only with its order, its failed charge, its request number and who asks.</source>
        <translation>A default report is asked for only with its order, its failed charge, its request number and who asks.</translation>
    </message>
    <message>
        <source>The default of order %1 was already asked for by %2 (%3).</source>
        <translation>The default of order %1 was already asked for by %2 (%3).</translation>
    </message>
    <message>
        <source>approved and reported</source>
        <translation>approved and reported</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>waiting for approval</translation>
    </message>
    <message>
        <source>A default report is approved or rejected by someone.</source>
        <translation>A default report is approved or rejected by someone.</translation>
    </message>
    <message>
        <source>This default report was already decided.</source>
        <translation>This default report was already decided.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::SesameDefaultRule</name>
    <message>
        <source>A default (VIOLATED) may be reported only for an order whose charge from the deposit failed because the customer could not pay, and this order has no such charge.</source>
        <translation>A default (VIOLATED) may be reported only for an order whose charge from the deposit failed because the customer could not pay, and this order has no such charge.</translation>
    </message>
    <message>
        <source>A default may be reported from %1: %3 days after the first failed charge (%2).</source>
        <extracomment>%1 from when (China time), %2 the failed charge&apos;s time, %3 the number of days</extracomment>
        <translation>A default may be reported from %1: %3 days after the first failed charge (%2).</translation>
    </message>
</context>
<context>
    <name>DepositDesk::SesameReportDialog</name>
    <message>
        <source>Sesame is told about a charge of the order, and this order has none.</source>
        <translation>Sesame is told about a charge of the order, and this order has none.</translation>
    </message>
    <message>
        <source>Report to Sesame for %1</source>
        <translation>Report to Sesame for %1</translation>
    </message>
    <message>
        <source>Tell Sesame (芝麻信用) how this credit deposit ended. Sesame waived part of the deposit on the customer&apos;s credit and expects this report.</source>
        <translation>Tell Sesame (芝麻信用) how this credit deposit ended. Sesame waived part of the deposit on the customer&apos;s credit and expects this report.</translation>
    </message>
    <message>
        <source>Charge:</source>
        <translation>Charge:</translation>
    </message>
    <message>
        <source>How it ended:</source>
        <translation>How it ended:</translation>
    </message>
    <message>
        <source>Completed as agreed (COMPLETE)</source>
        <extracomment>Sesame report: the customer kept the agreement.</extracomment>
        <translation>Completed as agreed (COMPLETE)</translation>
    </message>
    <message>
        <source>Agreement broken (VIOLATED)</source>
        <extracomment>Sesame report: the customer broke the agreement.</extracomment>
        <translation>Agreement broken (VIOLATED)</translation>
    </message>
    <message>
        <source>Report to Sesame</source>
        <translation>Report to Sesame</translation>
    </message>
    <message>
        <source>%1 asked for this report: another supervisor approves or rejects it.</source>
        <translation>%1 asked for this report: another supervisor approves or rejects it.</translation>
    </message>
    <message>
        <source>%1 asked on %2 to report that the customer defaulted: the charge %3 of %4 could not be collected. Reason: %5. Approve to report VIOLATED to Sesame (芝麻信用), or reject it.</source>
        <extracomment>%1 who asked, %2 when, %3 the failed charge, %4 its amount, %5 their reason</extracomment>
        <translation>%1 asked on %2 to report that the customer defaulted: the charge %3 of %4 could not be collected. Reason: %5. Approve to report VIOLATED to Sesame (芝麻信用), or reject it.</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <source>Approve: report VIOLATED</source>
        <translation>Approve: report VIOLATED</translation>
    </message>
    <message>
        <source>Reject the request</source>
        <translation>Reject the request</translation>
    </message>
    <message>
        <source>VIOLATED lowers the customer&apos;s Sesame credit and may limit their future deposit-free orders. Alipay allows it only %1 days after a charge the customer could not pay, and a supervisor other than you approves it.</source>
        <extracomment>%1 the number of days</extracomment>
        <translation>VIOLATED lowers the customer&apos;s Sesame credit and may limit their future deposit-free orders. Alipay allows it only %1 days after a charge the customer could not pay, and a supervisor other than you approves it.</translation>
    </message>
    <message>
        <source>Approve and report</source>
        <translation>Approve and report</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Ask for approval</source>
        <translation>Ask for approval</translation>
    </message>
</context>
<context>
    <name>DepositDesk::SessionLock</name>
    <message>
        <source>The desk is not locked.</source>
        <translation>The desk is not locked.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::SettingsPage</name>
    <message>
        <source>The local gateway address must be an http(s) URL such as http://127.0.0.1:8080/gateway.do.</source>
        <translation>The local gateway address must be an http(s) URL such as http://127.0.0.1:8080/gateway.do.</translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer (127.0.0.1). Use https for another computer.</source>
        <translation>Plain http is only allowed to this computer (127.0.0.1). Use https for another computer.</translation>
    </message>
    <message>
        <source>The app ID has 16 digits; copy it from the Alipay open platform.</source>
        <translation>The app ID has 16 digits; copy it from the Alipay open platform.</translation>
    </message>
    <message>
        <source>Saved. The environment, app ID and database apply from the next start of DepositDesk.</source>
        <translation>Saved. The environment, app ID and database apply from the next start of DepositDesk.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Where this desk sends its Alipay calls and where it keeps its orders. The app&apos;s keys are not set here: they are kept in the system keychain.</source>
        <translation>Where this desk sends its Alipay calls and where it keeps its orders. The app&apos;s keys are not set here: they are kept in the system keychain.</translation>
    </message>
    <message>
        <source>Production (real customers, real money)</source>
        <translation>Production (real customers, real money)</translation>
    </message>
    <message>
        <source>Alipay sandbox</source>
        <translation>Alipay sandbox</translation>
    </message>
    <message>
        <source>Local gateway (a sandbox on this network)</source>
        <translation>Local gateway (a sandbox on this network)</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environment:</translation>
    </message>
    <message>
        <source>&amp;Local gateway URL:</source>
        <translation>&amp;Local gateway URL:</translation>
    </message>
    <message>
        <source>&amp;App ID:</source>
        <translation>&amp;App ID:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>Call &amp;timeout:</source>
        <translation>Call &amp;timeout:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <source>Empty: %1 (or a PostgreSQL setting host=… dbname=… user=…)</source>
        <translation>Empty: %1 (or a PostgreSQL setting host=… dbname=… user=…)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>Settings: suffix of the idle lock&apos;s minutes</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>Without keyboard or mouse use for this long, the desk hides its work and asks for the password again (1 to 120 minutes).</source>
        <translation>Without keyboard or mouse use for this long, the desk hides its work and asks for the password again (1 to 120 minutes).</translation>
    </message>
    <message>
        <source>Lock when &amp;idle:</source>
        <translation>Lock when &amp;idle:</translation>
    </message>
    <message>
        <source>Saved. The database password is in the system keychain. The environment, app ID and database apply from the next start of DepositDesk.</source>
        <translation>Saved. The database password is in the system keychain. The environment, app ID and database apply from the next start of DepositDesk.</translation>
    </message>
    <message>
        <source>The settings were saved, but the database password could not be stored in the system keychain: %1 Enter it again once the keychain is available.</source>
        <translation>The settings were saved, but the database password could not be stored in the system keychain: %1 Enter it again once the keychain is available.</translation>
    </message>
    <message>
        <source>A database password is only used with a PostgreSQL database (host=… dbname=… user=…).</source>
        <translation>A database password is only used with a PostgreSQL database (host=… dbname=… user=…).</translation>
    </message>
    <message>
        <source>Saved. Storing the database password in the system keychain…</source>
        <translation>Saved. Storing the database password in the system keychain…</translation>
    </message>
    <message>
        <source>Database pass&amp;word:</source>
        <translation>Database pass&amp;word:</translation>
    </message>
    <message>
        <source>PostgreSQL: host=… port=… dbname=… user=… and, for a server on another computer, sslmode=verify-full sslrootcert=&lt;the server&apos;s root certificate&gt;. Without sslmode the connection is verify-full when a root certificate is given, else require (prefer for this computer). The password belongs in the field below.</source>
        <translation>PostgreSQL: host=… port=… dbname=… user=… and, for a server on another computer, sslmode=verify-full sslrootcert=&lt;the server&apos;s root certificate&gt;. Without sslmode the connection is verify-full when a root certificate is given, else require (prefer for this computer). The password belongs in the field below.</translation>
    </message>
    <message>
        <source>Kept in the system keychain; leave empty to keep the stored one</source>
        <translation>Kept in the system keychain; leave empty to keep the stored one</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>Empty: the system&apos;s proxy</source>
        <translation>Empty: the system&apos;s proxy</translation>
    </message>
    <message>
        <source>How this desk reaches Alipay: empty for the system&apos;s proxy, &quot;none&quot; for a direct connection, or http://host:port or socks5://host:port. Addresses of this computer are always reached directly.</source>
        <translation>How this desk reaches Alipay: empty for the system&apos;s proxy, &quot;none&quot; for a direct connection, or http://host:port or socks5://host:port. Addresses of this computer are always reached directly.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::SetupAssistant</name>
    <message>
        <source>Welcome to DepositDesk</source>
        <translation>Welcome to DepositDesk</translation>
    </message>
    <message>
        <source>This assistant sets up this desk in a few steps. Have ready: the app_id of your Alipay application, the merchant&apos;s seller ID (2088…), the merchant private key and the Alipay public key or the three certificates, and where the orders are to be kept.</source>
        <translation>This assistant sets up this desk in a few steps. Have ready: the app_id of your Alipay application, the merchant&apos;s seller ID (2088…), the merchant private key and the Alipay public key or the three certificates, and where the orders are to be kept.</translation>
    </message>
    <message>
        <source>Production (real customers, real money)</source>
        <translation>Production (real customers, real money)</translation>
    </message>
    <message>
        <source>Alipay sandbox</source>
        <translation>Alipay sandbox</translation>
    </message>
    <message>
        <source>Local gateway (a sandbox on this network)</source>
        <translation>Local gateway (a sandbox on this network)</translation>
    </message>
    <message>
        <source>The environment decides where the desk sends its Alipay calls and which keychain entry holds its keys. Choose Production for the real shop; the Alipay sandbox and a local gateway are for trying things out.</source>
        <translation>The environment decides where the desk sends its Alipay calls and which keychain entry holds its keys. Choose Production for the real shop; the Alipay sandbox and a local gateway are for trying things out.</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environment:</translation>
    </message>
    <message>
        <source>&amp;Local gateway URL:</source>
        <translation>&amp;Local gateway URL:</translation>
    </message>
    <message>
        <source>Where the orders are kept</source>
        <translation>Where the orders are kept</translation>
    </message>
    <message>
        <source>One desk keeps its order index, ledger and audit log in an SQLite file on this computer. Several desks share one PostgreSQL database (team mode). The database is opened (and created) when you go on: the administrator and every later step are recorded in its audit log.</source>
        <translation>One desk keeps its order index, ledger and audit log in an SQLite file on this computer. Several desks share one PostgreSQL database (team mode). The database is opened (and created) when you go on: the administrator and every later step are recorded in its audit log.</translation>
    </message>
    <message>
        <source>An SQLite &amp;file on this computer</source>
        <translation>An SQLite &amp;file on this computer</translation>
    </message>
    <message>
        <source>A &amp;PostgreSQL database (team mode)</source>
        <translation>A &amp;PostgreSQL database (team mode)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Kept in the system keychain; empty: the one stored there</source>
        <translation>Kept in the system keychain; empty: the one stored there</translation>
    </message>
    <message>
        <source>Default (verify-full with a root certificate, else require; prefer on this computer)</source>
        <translation>Default (verify-full with a root certificate, else require; prefer on this computer)</translation>
    </message>
    <message>
        <source>The server&apos;s root certificate (PEM)</source>
        <translation>The server&apos;s root certificate (PEM)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>&amp;Root certificate:</source>
        <translation>&amp;Root certificate:</translation>
    </message>
    <message>
        <source>The SQLite database file</source>
        <translation>The SQLite database file</translation>
    </message>
    <message>
        <source>The PostgreSQL server&apos;s root certificate</source>
        <translation>The PostgreSQL server&apos;s root certificate</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Choose the SQLite file.</source>
        <translation>Choose the SQLite file.</translation>
    </message>
    <message>
        <source>The administrator</source>
        <translation>The administrator</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>This database already has operators (a desk set up before, or the team&apos;s database). Sign in as one of its administrators: the rest of the set-up is recorded under that account.</source>
        <translation>This database already has operators (a desk set up before, or the team&apos;s database). Sign in as one of its administrators: the rest of the set-up is recorded under that account.</translation>
    </message>
    <message>
        <source>This database has no operators yet. Choose the administrator&apos;s login and password; the administrator then creates the other accounts, and the rest of the set-up is recorded under this account.</source>
        <translation>This database has no operators yet. Choose the administrator&apos;s login and password; the administrator then creates the other accounts, and the rest of the set-up is recorded under this account.</translation>
    </message>
    <message>
        <source>Enter the login.</source>
        <translation>Enter the login.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Enter the password.</translation>
    </message>
    <message>
        <source>Type the same password twice.</source>
        <translation>Type the same password twice.</translation>
    </message>
    <message>
        <source>The Alipay application and the merchant</source>
        <translation>The Alipay application and the merchant</translation>
    </message>
    <message>
        <source>The app_id names your application on the Alipay open platform. The seller ID is the merchant&apos;s Alipay user ID: charges name it as seller and freezes as payee, so the money reaches the right account.</source>
        <translation>The app_id names your application on the Alipay open platform. The seller ID is the merchant&apos;s Alipay user ID: charges name it as seller and freezes as payee, so the money reaches the right account.</translation>
    </message>
    <message>
        <source>16 digits, e.g. 2021000000000000</source>
        <translation>16 digits, e.g. 2021000000000000</translation>
    </message>
    <message>
        <source>2088 and 12 more digits (PID)</source>
        <translation>2088 and 12 more digits (PID)</translation>
    </message>
    <message>
        <source>&amp;app_id:</source>
        <translation>&amp;app_id:</translation>
    </message>
    <message>
        <source>&amp;Seller ID:</source>
        <translation>&amp;Seller ID:</translation>
    </message>
    <message>
        <source>Keys or certificates</source>
        <translation>Keys or certificates</translation>
    </message>
    <message>
        <source>Import the files you made or downloaded for this app_id (PEM or bare base64). Only the system keychain keeps them; the settings file never does. Public-key mode needs the merchant private key and the Alipay public key; certificate mode the private key and the three certificates.</source>
        <translation>Import the files you made or downloaded for this app_id (PEM or bare base64). Only the system keychain keeps them; the settings file never does. Public-key mode needs the merchant private key and the Alipay public key; certificate mode the private key and the three certificates.</translation>
    </message>
    <message>
        <source>Public &amp;key</source>
        <translation>Public &amp;key</translation>
    </message>
    <message>
        <source>Public-key &amp;certificates</source>
        <translation>Public-key &amp;certificates</translation>
    </message>
    <message>
        <source>Signing mode:</source>
        <translation>Signing mode:</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (optional)</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>loaded: %1, %2</source>
        <translation>loaded: %1, %2</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>not loaded</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Connection test</translation>
    </message>
    <message>
        <source>The desk asks Alipay about an order that cannot exist, signed with the imported keys. A verified answer proves that Alipay knows the app_id, accepts the signature and that its answer verifies with the Alipay key. Nothing changes at Alipay.</source>
        <translation>The desk asks Alipay about an order that cannot exist, signed with the imported keys. A verified answer proves that Alipay knows the app_id, accepts the signature and that its answer verifies with the Alipay key. Nothing changes at Alipay.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Save the keys without a successful test (for a desk that cannot reach Alipay now; test again on the Credentials page)</source>
        <translation>Save the keys without a successful test (for a desk that cannot reach Alipay now; test again on the Credentials page)</translation>
    </message>
    <message>
        <source>Not tested yet: Next is enabled once the test succeeds (or the box below is ticked).</source>
        <translation>Not tested yet: Next is enabled once the test succeeds (or the box below is ticked).</translation>
    </message>
    <message>
        <source>Asking Alipay…</source>
        <translation>Asking Alipay…</translation>
    </message>
    <message>
        <source>Ready to save</source>
        <translation>Ready to save</translation>
    </message>
    <message>
        <source>Finish saves the keys (and a PostgreSQL password) in the system keychain, then the settings; the console starts and asks the administrator to sign in. Cancel saves no settings: the assistant opens again at the next start, and finds the database and its administrator made so far.</source>
        <translation>Finish saves the keys (and a PostgreSQL password) in the system keychain, then the settings; the console starts and asks the administrator to sign in. Cancel saves no settings: the assistant opens again at the next start, and finds the database and its administrator made so far.</translation>
    </message>
    <message>
        <source>certificate mode</source>
        <translation>certificate mode</translation>
    </message>
    <message>
        <source>public-key mode</source>
        <translation>public-key mode</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>app_id</source>
        <translation>app_id</translation>
    </message>
    <message>
        <source>Seller ID</source>
        <translation>Seller ID</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Saving the keys in the system keychain…</source>
        <translation>Saving the keys in the system keychain…</translation>
    </message>
    <message>
        <source>Set up DepositDesk</source>
        <translation>Set up DepositDesk</translation>
    </message>
    <message>
        <source>Keys and certificates (*.pem *.txt *.crt *.key *.cer);;All files (*)</source>
        <translation>Keys and certificates (*.pem *.txt *.crt *.key *.cer);;All files (*)</translation>
    </message>
</context>
<context>
    <name>DepositDesk::SignIn</name>
    <message>
        <source>Your account&apos;s access could not be checked against the audit log: %1</source>
        <translation>Your account&apos;s access could not be checked against the audit log: %1</translation>
    </message>
</context>
<context>
    <name>DepositDesk::SignInDialog</name>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>The two passwords differ. Type the same password twice.</translation>
    </message>
    <message>
        <source>Sign in to DepositDesk</source>
        <translation>Sign in to DepositDesk</translation>
    </message>
    <message>
        <source>This database has no operators yet. Choose the administrator&apos;s login and password; the administrator then creates the other accounts.</source>
        <translation>This database has no operators yet. Choose the administrator&apos;s login and password; the administrator then creates the other accounts.</translation>
    </message>
    <message>
        <source>Sign in with your operator account. What you may do depends on your role.</source>
        <translation>Sign in with your operator account. What you may do depends on your role.</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Demo mode: these operators exist only in the demo database. Click one to fill in the form.</source>
        <translation>Demo mode: these operators exist only in the demo database. Click one to fill in the form.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Demo password</source>
        <translation>Demo password</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Create and sign in</translation>
    </message>
</context>
<context>
    <name>DepositDesk::Store</name>
    <message>
        <source>The database %1 could not be opened: %2. Check the setting and that the database is reachable.</source>
        <translation>The database %1 could not be opened: %2. Check the setting and that the database is reachable.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer DepositDesk (schema version %2; this program knows versions up to %3). It has not been changed. Install the newer DepositDesk to open it.</source>
        <translation>The database %1 was written by a newer DepositDesk (schema version %2; this program knows versions up to %3). It has not been changed. Install the newer DepositDesk to open it.</translation>
    </message>
    <message>
        <source>The database server does not offer TLS, and sslmode=%1 requires it. Turn on ssl on the server; only for a database on this computer may sslmode=disable be set instead.</source>
        <translation>The database server does not offer TLS, and sslmode=%1 requires it. Turn on ssl on the server; only for a database on this computer may sslmode=disable be set instead.</translation>
    </message>
    <message>
        <source>The database server&apos;s certificate is not made out for the host name &quot;%1&quot; (sslmode=%2). Connect with the name the certificate bears, or have a certificate issued for this name.</source>
        <translation>The database server&apos;s certificate is not made out for the host name &quot;%1&quot; (sslmode=%2). Connect with the name the certificate bears, or have a certificate issued for this name.</translation>
    </message>
    <message>
        <source>The database server&apos;s certificate is not trusted (sslmode=%1): give the root certificate that issued it as sslrootcert.</source>
        <translation>The database server&apos;s certificate is not trusted (sslmode=%1): give the root certificate that issued it as sslrootcert.</translation>
    </message>
    <message>
        <source>The database server&apos;s certificate is not trusted (sslmode=%1): it was not issued by the root certificate %2.</source>
        <translation>The database server&apos;s certificate is not trusted (sslmode=%1): it was not issued by the root certificate %2.</translation>
    </message>
    <message>
        <source>The root certificate file for sslmode=%1 was not found: give it as sslrootcert.</source>
        <translation>The root certificate file for sslmode=%1 was not found: give it as sslrootcert.</translation>
    </message>
    <message>
        <source>The database server accepts only encrypted connections, and this one was not encrypted (sslmode=%1). Set sslmode=verify-full and the server&apos;s root certificate as sslrootcert.</source>
        <translation>The database server accepts only encrypted connections, and this one was not encrypted (sslmode=%1). Set sslmode=verify-full and the server&apos;s root certificate as sslrootcert.</translation>
    </message>
    <message>
        <source>The database %1 asks for a password, and none is set. Enter it on the Settings page (it is kept in the system keychain) or, for command-line tools, in a password file named by PGPASSFILE.</source>
        <translation>The database %1 asks for a password, and none is set. Enter it on the Settings page (it is kept in the system keychain) or, for command-line tools, in a password file named by PGPASSFILE.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2 (The server said: %3)</source>
        <translation>The database %1 could not be opened: %2 (The server said: %3)</translation>
    </message>
</context>
<context>
    <name>DepositDesk::StoreConfig</name>
    <message>
        <source>The connection setting is not of the form &quot;host=… port=… dbname=… user=…&quot;: add the missing &quot;=&quot;.</source>
        <translation>The connection setting is not of the form &quot;host=… port=… dbname=… user=…&quot;: add the missing &quot;=&quot;.</translation>
    </message>
    <message>
        <source>A quoted value in the connection setting is not closed.</source>
        <translation>A quoted value in the connection setting is not closed.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number between 1 and 65535.</source>
        <translation>The port &quot;%1&quot; is not a number between 1 and 65535.</translation>
    </message>
    <message>
        <source>The connection setting needs at least host and dbname.</source>
        <translation>The connection setting needs at least host and dbname.</translation>
    </message>
    <message>
        <source>No database was given.</source>
        <translation>No database was given.</translation>
    </message>
    <message>
        <source>The sslmode &quot;%1&quot; is not known: use disable, prefer, require, verify-ca or verify-full.</source>
        <translation>The sslmode &quot;%1&quot; is not known: use disable, prefer, require, verify-ca or verify-full.</translation>
    </message>
    <message>
        <source>The file name given as %1 may not contain &quot;;&quot;.</source>
        <translation>The file name given as %1 may not contain &quot;;&quot;.</translation>
    </message>
    <message>
        <source>The connection setting has an unknown key &quot;%1&quot;; use host, port, dbname, user, sslmode, sslrootcert, sslcert and sslkey.</source>
        <translation>The connection setting has an unknown key &quot;%1&quot;; use host, port, dbname, user, sslmode, sslrootcert, sslcert and sslkey.</translation>
    </message>
    <message>
        <source>A client certificate needs both sslcert and sslkey.</source>
        <translation>A client certificate needs both sslcert and sslkey.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::StoreOpener</name>
    <message>
        <source>The database cannot be reached since %1; retrying… DepositDesk opens as soon as it answers.</source>
        <extracomment>%1: the time since when the database cannot be reached (hours and minutes)</extracomment>
        <translation>The database cannot be reached since %1; retrying… DepositDesk opens as soon as it answers.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::StoreQuery</name>
    <message>
        <source>The database refused the request (%1). Check that it is reachable and not full, then try again.</source>
        <translation>The database refused the request (%1). Check that it is reachable and not full, then try again.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::TableExport</name>
    <message>
        <source>The table could not be written: %1. Check that the disk has room and the file is not open in another program, then export again.</source>
        <translation>The table could not be written: %1. Check that the disk has room and the file is not open in another program, then export again.</translation>
    </message>
    <message>
        <source>The Excel file %1 could not be written. Check that the folder exists, the disk has room and the file is not open in another program, then export again.</source>
        <translation>The Excel file %1 could not be written. Check that the folder exists, the disk has room and the file is not open in another program, then export again.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::TableExportMenu</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Save this table as a CSV or Excel file</source>
        <translation>Save this table as a CSV or Excel file</translation>
    </message>
    <message>
        <source>This table has nothing to export.</source>
        <translation>This table has nothing to export.</translation>
    </message>
    <message>
        <source>%1 could not be opened for writing: %2. Choose another folder or file name.</source>
        <translation>%1 could not be opened for writing: %2. Choose another folder or file name.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2. Check that the disk has room, then export again.</source>
        <translation>%1 could not be saved: %2. Check that the disk has room, then export again.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <source>Export as Excel</source>
        <translation>Export as Excel</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Export as CSV…</translation>
    </message>
    <message>
        <source>Export as Excel…</source>
        <translation>Export as Excel…</translation>
    </message>
</context>
<context>
    <name>DepositDesk::TimelineView</name>
    <message>
        <source>Awaiting confirmation</source>
        <translation>Awaiting confirmation</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Timeline of the order</source>
        <extracomment>Accessible name of the order&apos;s timeline list.</extracomment>
        <translation>Timeline of the order</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Processing</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Finished (no more refunds)</source>
        <translation>Finished (no more refunds)</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>Waiting for payment</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
</context>
<context>
    <name>DepositDesk::TradeTypes</name>
    <message>
        <source>Give the out_trade_no or the trade_no of the trade.</source>
        <translation>Give the out_trade_no or the trade_no of the trade.</translation>
    </message>
    <message>
        <source>Alipay says this charge was already paid earlier. DepositDesk confirms the buyer and amount with a trade query before recording it; do not charge again.</source>
        <translation>Alipay says this charge was already paid earlier. DepositDesk confirms the buyer and amount with a trade query before recording it; do not charge again.</translation>
    </message>
    <message>
        <source>Alipay accepted the refund but moved no money in this call (usually the same refund was already made). DepositDesk confirms it with a refund query; do not refund again with a new number.</source>
        <translation>Alipay accepted the refund but moved no money in this call (usually the same refund was already made). DepositDesk confirms it with a refund query; do not refund again with a new number.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::UnfreezeDialog</name>
    <message>
        <source>Still frozen now: ¥%1</source>
        <translation>Still frozen now: ¥%1</translation>
    </message>
    <message>
        <source>¥%1 is more than the ¥%2 still frozen. Enter at most ¥%2.</source>
        <extracomment>Inline validation: the amount typed (%1) is above what is still frozen (%2).</extracomment>
        <translation>¥%1 is more than the ¥%2 still frozen. Enter at most ¥%2.</translation>
    </message>
    <message>
        <source>Still frozen after: —</source>
        <translation>Still frozen after: —</translation>
    </message>
    <message>
        <source>Still frozen after: ¥0.00, everything goes back to the customer</source>
        <translation>Still frozen after: ¥0.00, everything goes back to the customer</translation>
    </message>
    <message>
        <source>Still frozen after: ¥%1 (¥%2 goes back to the customer)</source>
        <translation>Still frozen after: ¥%1 (¥%2 goes back to the customer)</translation>
    </message>
    <message>
        <source>Unfreeze deposit %1</source>
        <translation>Unfreeze deposit %1</translation>
    </message>
    <message>
        <source>Release money that is still frozen back to the customer&apos;s Alipay account. Unfreeze all that is left to end the deposit, or only part of it.</source>
        <translation>Release money that is still frozen back to the customer&apos;s Alipay account. Unfreeze all that is left to end the deposit, or only part of it.</translation>
    </message>
    <message>
        <source>All that is left (¥%1)</source>
        <extracomment>Button beside the amount: fill in everything that is still frozen.</extracomment>
        <translation>All that is left (¥%1)</translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation>Unfreeze</translation>
    </message>
</context>
<context>
    <name>DepositDesk::WaiverCheckText</name>
    <message>
        <source>Waived by credit %1 — no waiver policy was in force when the order was made</source>
        <extracomment>Order detail: %1 the amount waived by Sesame credit</extracomment>
        <translation>Waived by credit %1 — no waiver policy was in force when the order was made</translation>
    </message>
    <message>
        <source>Waived by credit %1 — policy v%2 has no band for %3</source>
        <extracomment>Order detail: %1 amount waived, %2 policy version, %3 the order&apos;s category</extracomment>
        <translation>Waived by credit %1 — policy v%2 has no band for %3</translation>
    </message>
    <message>
        <source>Waived by credit %1 — policy v%2 allows up to %3 for %4: within the policy</source>
        <extracomment>Order detail: %1 amount waived, %2 policy version, %3 the most it allows, %4 category</extracomment>
        <translation>Waived by credit %1 — policy v%2 allows up to %3 for %4: within the policy</translation>
    </message>
    <message>
        <source>Waived by credit %1 — policy v%2 allows up to %3 for %4: over the policy</source>
        <extracomment>Order detail: %1 amount waived, %2 policy version, %3 the most it allows, %4 category</extracomment>
        <translation>Waived by credit %1 — policy v%2 allows up to %3 for %4: over the policy</translation>
    </message>
    <message>
        <source>%1: up to %2 (partial allowed)</source>
        <translation>%1: up to %2 (partial allowed)</translation>
    </message>
    <message>
        <source>%1: up to %2</source>
        <translation>%1: up to %2</translation>
    </message>
</context>
<context>
    <name>DepositDesk::WaiverPolicies</name>
    <message>
        <source>A waiver policy version needs an operator and a reason.</source>
        <translation>A waiver policy version needs an operator and a reason.</translation>
    </message>
</context>
<context>
    <name>DepositDesk::WaiverPolicyPage</name>
    <message>
        <source>Read-only: %1</source>
        <extracomment>%1 why the role may not change the policy</extracomment>
        <translation>Read-only: %1</translation>
    </message>
    <message>
        <source>Read-only: version %1 is an earlier version. Choose version %2, the one in force now, to change the policy.</source>
        <extracomment>%1 the version shown, %2 the newest version</extracomment>
        <translation>Read-only: version %1 is an earlier version. Choose version %2, the one in force now, to change the policy.</translation>
    </message>
    <message>
        <source>No waiver policy has been saved yet: an order waived by credit says that no policy was in force.</source>
        <translation>No waiver policy has been saved yet: an order waived by credit says that no policy was in force.</translation>
    </message>
    <message>
        <source>Version %1, saved by %2 on %3: %4</source>
        <extracomment>%1 version number, %2 who saved it, %3 when, %4 why</extracomment>
        <translation>Version %1, saved by %2 on %3: %4</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <extracomment>%1 row number in the bands table, %2 what is wrong</extracomment>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>the lowest score is not a whole number.</source>
        <translation>the lowest score is not a whole number.</translation>
    </message>
    <message>
        <source>the highest score is not a whole number (leave it empty for a band without an upper end).</source>
        <translation>the highest score is not a whole number (leave it empty for a band without an upper end).</translation>
    </message>
    <message>
        <source>Saved as version %1. Orders made from now on are checked against it.</source>
        <extracomment>%1 the new version&apos;s number</extracomment>
        <translation>Saved as version %1. Orders made from now on are checked against it.</translation>
    </message>
    <message>
        <source>Version %1 exported to %2.</source>
        <extracomment>%1 version number, %2 file path</extracomment>
        <translation>Version %1 exported to %2.</translation>
    </message>
    <message>
        <source>Imported as version %1.</source>
        <extracomment>%1 the new version&apos;s number</extracomment>
        <translation>Imported as version %1.</translation>
    </message>
    <message>
        <source>Save the waiver policy</source>
        <translation>Save the waiver policy</translation>
    </message>
    <message>
        <source>Why does the policy change? (kept with the version and in the audit log)</source>
        <translation>Why does the policy change? (kept with the version and in the audit log)</translation>
    </message>
    <message>
        <source>Export the waiver policy</source>
        <translation>Export the waiver policy</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Import a waiver policy</source>
        <translation>Import a waiver policy</translation>
    </message>
    <message>
        <source>Credit waiver policy</source>
        <extracomment>Page title: 芝麻分减免额度策略</extracomment>
        <translation>Credit waiver policy</translation>
    </message>
    <message>
        <source>How much of a deposit Alipay may waive by Sesame credit, per rental category and score range. Each save makes a new version; earlier versions never change, and an order is checked against the version in force when it was made.</source>
        <translation>How much of a deposit Alipay may waive by Sesame credit, per rental category and score range. Each save makes a new version; earlier versions never change, and an order is checked against the version in force when it was made.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>Lowest score</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>Highest score</translation>
    </message>
    <message>
        <source>Most waived</source>
        <translation>Most waived</translation>
    </message>
    <message>
        <source>Partial waiver allowed</source>
        <translation>Partial waiver allowed</translation>
    </message>
    <message>
        <source>Empty: the band has no upper end (for example 700 and above).</source>
        <translation>Empty: the band has no upper end (for example 700 and above).</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>Saved by</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>&amp;Add band</source>
        <translation>&amp;Add band</translation>
    </message>
    <message>
        <source>&amp;Remove band</source>
        <translation>&amp;Remove band</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
</context>
<context>
    <name>DepositDesk::WaiverPolicyService</name>
    <message>
        <source>the category is empty.</source>
        <translation>the category is empty.</translation>
    </message>
    <message>
        <source>the category is longer than %1 characters.</source>
        <extracomment>%1 the most characters a category may have</extracomment>
        <translation>the category is longer than %1 characters.</translation>
    </message>
    <message>
        <source>the category holds a space or a control character.</source>
        <translation>the category holds a space or a control character.</translation>
    </message>
    <message>
        <source>a Sesame score must be between %1 and %2.</source>
        <extracomment>%1 lowest, %2 highest Sesame score</extracomment>
        <translation>a Sesame score must be between %1 and %2.</translation>
    </message>
    <message>
        <source>the score range ends before it starts.</source>
        <translation>the score range ends before it starts.</translation>
    </message>
    <message>
        <source>the most waived may not be negative.</source>
        <translation>the most waived may not be negative.</translation>
    </message>
    <message>
        <source>the most waived is larger than any deposit.</source>
        <translation>the most waived is larger than any deposit.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <extracomment>CSV import: %1 line number in the file, %2 what is wrong</extracomment>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>Sign in first: nobody is signed in at this desk.</source>
        <translation>Sign in first: nobody is signed in at this desk.</translation>
    </message>
    <message>
        <source>There is no version %1 of the waiver policy.</source>
        <extracomment>%1 a version number of the waiver policy</extracomment>
        <translation>There is no version %1 of the waiver policy.</translation>
    </message>
    <message>
        <source>A waiver policy needs at least one band.</source>
        <translation>A waiver policy needs at least one band.</translation>
    </message>
    <message>
        <source>A waiver policy may have at most %1 bands.</source>
        <extracomment>%1 the most bands a policy may have</extracomment>
        <translation>A waiver policy may have at most %1 bands.</translation>
    </message>
    <message>
        <source>Band %1 (%2): %3</source>
        <extracomment>%1 the band&apos;s number in the table, %2 its category and scores, %3 what is wrong</extracomment>
        <translation>Band %1 (%2): %3</translation>
    </message>
    <message>
        <source>Bands %1 (%2) and %3 (%4) cover the same scores of one category; a score may fall in one band only.</source>
        <extracomment>%1 and %3 band numbers, %2 and %4 their category and score ranges</extracomment>
        <translation>Bands %1 (%2) and %3 (%4) cover the same scores of one category; a score may fall in one band only.</translation>
    </message>
    <message>
        <source>Say why the policy changes: the reason is empty.</source>
        <translation>Say why the policy changes: the reason is empty.</translation>
    </message>
    <message>
        <source>The reason may have at most %1 characters.</source>
        <extracomment>%1 the most characters a reason may have</extracomment>
        <translation>The reason may have at most %1 characters.</translation>
    </message>
    <message>
        <source>The reason looks like it holds a password, key or token. Secrets never go into the audit log: write the reason without it.</source>
        <translation>The reason looks like it holds a password, key or token. Secrets never go into the audit log: write the reason without it.</translation>
    </message>
    <message>
        <source>The policy was not saved: the audit log could not record it. %1</source>
        <translation>The policy was not saved: the audit log could not record it. %1</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line and one line per band.</source>
        <translation>The file is empty: it needs a header line and one line per band.</translation>
    </message>
    <message>
        <source>the column %1 appears twice.</source>
        <extracomment>%1 a column name</extracomment>
        <translation>the column %1 appears twice.</translation>
    </message>
    <message>
        <source>the column %1 is missing (the file needs %2).</source>
        <extracomment>%1 a column name, %2 every column the file needs</extracomment>
        <translation>the column %1 is missing (the file needs %2).</translation>
    </message>
    <message>
        <source>it has %1 cells; the header has %2.</source>
        <extracomment>%1 cells in the line, %2 columns in the header</extracomment>
        <translation>it has %1 cells; the header has %2.</translation>
    </message>
    <message>
        <source>score_min “%1” is not a whole number.</source>
        <extracomment>%1 the text found in the column score_min</extracomment>
        <translation>score_min “%1” is not a whole number.</translation>
    </message>
    <message>
        <source>score_max “%1” is not a whole number (leave it empty for a band without an upper end).</source>
        <translation>score_max “%1” is not a whole number (leave it empty for a band without an upper end).</translation>
    </message>
    <message>
        <source>max_waive “%1” is not an amount in yuan: %2</source>
        <extracomment>%1 the text found in the column max_waive, %2 why it is not an amount</extracomment>
        <translation>max_waive “%1” is not an amount in yuan: %2</translation>
    </message>
    <message>
        <source>partial_allowed “%1” is neither yes nor no.</source>
        <translation>partial_allowed “%1” is neither yes nor no.</translation>
    </message>
    <message>
        <source>its scores overlap the band of line %1 in the same category.</source>
        <extracomment>%1 the earlier line&apos;s number</extracomment>
        <translation>its scores overlap the band of line %1 in the same category.</translation>
    </message>
    <message>
        <source>The file has no band: it needs one line per band after the header.</source>
        <translation>The file has no band: it needs one line per band after the header.</translation>
    </message>
    <message>
        <source>There is no waiver policy to export yet.</source>
        <translation>There is no waiver policy to export yet.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <extracomment>%1 file path, %2 the system&apos;s reason</extracomment>
        <translation>The file %1 could not be written: %2</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>The file %1 could not be read: %2</translation>
    </message>
    <message>
        <source>The file %1 is too large for a waiver policy (more than %2 KiB); nothing was imported.</source>
        <extracomment>%1 file path, %2 the largest size in KiB</extracomment>
        <translation>The file %1 is too large for a waiver policy (more than %2 KiB); nothing was imported.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <extracomment>%1 file name, %2 the first problem found (&quot;Line 4: …&quot;)</extracomment>
        <translation>%1 was not imported: %2</translation>
    </message>
</context>
<context>
    <name>DepositDesk::WorkQueue</name>
    <message>
        <source>Unfreeze</source>
        <translation>Unfreeze</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Cancel of the freeze</source>
        <translation>Cancel of the freeze</translation>
    </message>
    <message>
        <source>Report to Sesame</source>
        <translation>Report to Sesame</translation>
    </message>
    <message>
        <source>%1 %2: Alipay did not apply it; send it again with the same number</source>
        <extracomment>%1 the action, %2 its request number</extracomment>
        <translation>%1 %2: Alipay did not apply it; send it again with the same number</translation>
    </message>
    <message>
        <source>%1 %2: the answer was lost; settled by query</source>
        <translation>%1 %2: the answer was lost; settled by query</translation>
    </message>
    <message>
        <source>Still frozen; nothing has happened since %1</source>
        <extracomment>%1 a day (China time)</extracomment>
        <translation>Still frozen; nothing has happened since %1</translation>
    </message>
    <message>
        <source>Charged; the rest was left frozen</source>
        <translation>Charged; the rest was left frozen</translation>
    </message>
    <message>
        <source>Marked as defaulted; Sesame was not told</source>
        <translation>Marked as defaulted; Sesame was not told</translation>
    </message>
    <message>
        <source>Awaiting Alipay&apos;s confirmation</source>
        <translation>Awaiting Alipay&apos;s confirmation</translation>
    </message>
    <message>
        <source>Refund requests to approve</source>
        <translation>Refund requests to approve</translation>
    </message>
    <message>
        <source>Still frozen, nothing left to do</source>
        <translation>Still frozen, nothing left to do</translation>
    </message>
    <message>
        <source>Rest never unfrozen after a charge</source>
        <translation>Rest never unfrozen after a charge</translation>
    </message>
    <message>
        <source>Defaults not reported to Sesame</source>
        <translation>Defaults not reported to Sesame</translation>
    </message>
    <message>
        <source>Freezes waiting for the customer</source>
        <translation>Freezes waiting for the customer</translation>
    </message>
    <message>
        <source>Open reconciliation differences</source>
        <translation>Open reconciliation differences</translation>
    </message>
    <message>
        <source>Requests whose answer was lost: the console settles them by query; those Alipay did not apply are sent again with their own number from the order.</source>
        <translation>Requests whose answer was lost: the console settles them by query; those Alipay did not apply are sent again with their own number from the order.</translation>
    </message>
    <message>
        <source>Refunds an agent asked for; a supervisor other than the requester approves or rejects them.</source>
        <translation>Refunds an agent asked for; a supervisor other than the requester approves or rejects them.</translation>
    </message>
    <message>
        <source>Authorized orders with money still frozen and no activity for 30 days: unfreeze what is left or charge what is owed.</source>
        <translation>Authorized orders with money still frozen and no activity for 30 days: unfreeze what is left or charge what is owed.</translation>
    </message>
    <message>
        <source>A charge left the rest of the deposit frozen: unfreeze it.</source>
        <translation>A charge left the rest of the deposit frozen: unfreeze it.</translation>
    </message>
    <message>
        <source>Orders marked as defaulted that Sesame was never told about.</source>
        <translation>Orders marked as defaulted that Sesame was never told about.</translation>
    </message>
    <message>
        <source>Freezes the customer has not confirmed yet; Alipay closes them at their timeout.</source>
        <translation>Freezes the customer has not confirmed yet; Alipay closes them at their timeout.</translation>
    </message>
    <message>
        <source>Differences the latest reconciliation of their period still found and nobody resolved.</source>
        <translation>Differences the latest reconciliation of their period still found and nobody resolved.</translation>
    </message>
    <message>
        <source>Asked by %1: %2</source>
        <extracomment>%1 who asked, %2 their reason</extracomment>
        <translation>Asked by %1: %2</translation>
    </message>
    <message>
        <source>%1 (bill of %2)</source>
        <extracomment>%1 the kind of difference, %2 the bill&apos;s period</extracomment>
        <translation>%1 (bill of %2)</translation>
    </message>
    <message>
        <source>Charges the customer could not pay</source>
        <translation>Charges the customer could not pay</translation>
    </message>
    <message>
        <source>Defaults that may be reported</source>
        <translation>Defaults that may be reported</translation>
    </message>
    <message>
        <source>Reports of a default to approve</source>
        <translation>Reports of a default to approve</translation>
    </message>
    <message>
        <source>Charges of the last %1 days that the customer&apos;s own money could not pay. Alipay allows reporting the default %1 days after the first one.</source>
        <extracomment>%1 the number of days</extracomment>
        <translation>Charges of the last %1 days that the customer&apos;s own money could not pay. Alipay allows reporting the default %1 days after the first one.</translation>
    </message>
    <message>
        <source>A charge failed %1 days ago or more and no default was asked for: ask for the report (a supervisor approves it), or settle with the customer.</source>
        <extracomment>%1 the number of days</extracomment>
        <translation>A charge failed %1 days ago or more and no default was asked for: ask for the report (a supervisor approves it), or settle with the customer.</translation>
    </message>
    <message>
        <source>Reports of a customer&apos;s default an agent asked for; a supervisor other than the requester approves or rejects them.</source>
        <translation>Reports of a customer&apos;s default an agent asked for; a supervisor other than the requester approves or rejects them.</translation>
    </message>
    <message>
        <source>closed unpaid</source>
        <translation>closed unpaid</translation>
    </message>
    <message>
        <source>Charge failed (%1): the default may be reported</source>
        <extracomment>%1 Alipay&apos;s reason code, %2 from when a default may be reported</extracomment>
        <translation>Charge failed (%1): the default may be reported</translation>
    </message>
    <message>
        <source>Charge failed (%1): a default may be reported from %2</source>
        <translation>Charge failed (%1): a default may be reported from %2</translation>
    </message>
</context>
<context>
    <name>DepositDesk::WorkQueuePage</name>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A group of the work queue: %1 what waits, %2 how many</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open the list</source>
        <translation>Open the list</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <extracomment>Under a group of the work queue: only the oldest are listed</extracomment>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Some lists could not be read: %1</source>
        <translation>Some lists could not be read: %1</translation>
    </message>
    <message>
        <source>Read at %1</source>
        <extracomment>%1 when the queue was read (China time)</extracomment>
        <translation>Read at %1</translation>
    </message>
    <message>
        <source>Work queue</source>
        <translation>Work queue</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>What waits</source>
        <translation>What waits</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Since</source>
        <extracomment>Column: since when it waits (China time)</extracomment>
        <translation>Since</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start in demo mode with an embedded sandbox gateway.</source>
        <translation>Start in demo mode with an embedded sandbox gateway.</translation>
    </message>
    <message>
        <source>Interface language (zh_CN or en); default: the system&apos;s.</source>
        <translation>Interface language (zh_CN or en); default: the system&apos;s.</translation>
    </message>
    <message>
        <source>Deposit-free operations console</source>
        <translation>Deposit-free operations console</translation>
    </message>
    <message>
        <source>Demo mode could not start</source>
        <translation>Demo mode could not start</translation>
    </message>
    <message>
        <source>The database could not be opened</source>
        <translation>The database could not be opened</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Database password</translation>
    </message>
    <message>
        <source>DepositDesk settings</source>
        <translation>DepositDesk settings</translation>
    </message>
    <message>
        <source>Open the set-up assistant (environment, app_id, seller ID, keys, database, administrator) before the console.</source>
        <translation>Open the set-up assistant (environment, app_id, seller ID, keys, database, administrator) before the console.</translation>
    </message>
    <message>
        <source>Without a window: lookup, unfreeze, charge, refund-request, cancel, sync, resolve, reconcile, audit verify, audit export. &quot;depositdesk help&quot; lists them.</source>
        <translation>Without a window: lookup, unfreeze, charge, refund-request, cancel, sync, resolve, reconcile, audit verify, audit export. &quot;depositdesk help&quot; lists them.</translation>
    </message>
</context>
</TS>
