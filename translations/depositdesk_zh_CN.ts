<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DepositDesk::AccountBillParser</name>
    <message>
        <source>The amount &quot;%1&quot; is not a number of yuan with at most two decimals.</source>
        <translation>金额“%1”不是以元为单位、最多两位小数的数字。</translation>
    </message>
    <message>
        <source>Alipay account bill</source>
        <translation>支付宝账务账单</translation>
    </message>
    <message>
        <source>The line has no 账务流水号 (serial number).</source>
        <translation>该行缺少“账务流水号”。</translation>
    </message>
    <message>
        <source>The time &quot;%1&quot; is not a date and time (yyyy-MM-dd HH:mm:ss).</source>
        <translation>时间“%1”不是有效的日期时间（yyyy-MM-dd HH:mm:ss）。</translation>
    </message>
    <message>
        <source>The income %1 or the expense %2 has the wrong sign: income is never negative and an expense never positive.</source>
        <translation>收入 %1 或支出 %2 的正负号有误：收入不能为负数，支出不能为正数。</translation>
    </message>
    <message>
        <source>The line has both an income and an expense: a movement is one or the other.</source>
        <translation>该行同时有收入和支出：一笔流水只能是收入或支出之一。</translation>
    </message>
    <message>
        <source>The line has no 业务类型 (business type).</source>
        <translation>该行缺少“业务类型”。</translation>
    </message>
    <message>
        <source>The totals line &quot;%1&quot; cannot be read: it has no count of lines or no amount with at most two decimals.</source>
        <translation>无法读取合计行“%1”：缺少笔数，或缺少最多两位小数的金额。</translation>
    </message>
    <message>
        <source>The totals lines (收入合计, 支出合计) are missing after the list: the file is truncated. Download the bill again.</source>
        <translation>列表之后缺少合计行（收入合计、支出合计）：文件不完整。请重新下载账单。</translation>
    </message>
    <message>
        <source>The summary&apos;s row &quot;%1&quot; has a count that is not a number.</source>
        <translation>汇总文件“%1”行中的笔数不是数字。</translation>
    </message>
    <message>
        <source>The summary&apos;s row &quot;%1&quot; says %2 yuan in all, not its income %3 plus its expense %4: the file is inconsistent.</source>
        <translation>汇总文件“%1”行的合计为 %2 元，不等于收入 %3 加支出 %4：文件前后不一致。</translation>
    </message>
    <message>
        <source>The summary file has no 合计 (total) row.</source>
        <translation>汇总文件中没有“合计”行。</translation>
    </message>
    <message>
        <source>The balances line &quot;%1&quot; cannot be read: it needs 期初余额 and 期末余额 with at most two decimals.</source>
        <translation>无法读取余额行“%1”：需要最多两位小数的期初余额和期末余额。</translation>
    </message>
    <message>
        <source>%1 income(s) for %2 yuan and %3 expense(s) for %4 yuan</source>
        <translation>收入 %1 笔共 %2 元、支出 %3 笔共 %4 元</translation>
    </message>
    <message>
        <source>The archive holds no account detail file (…账务明细.csv): it is not an Alipay account bill.</source>
        <translation>压缩包中没有账务明细文件（…账务明细.csv）：这不是支付宝账务账单。</translation>
    </message>
    <message>
        <source>the totals lines say %1, but the movements add up to %2</source>
        <translation>合计行记为%1，但各笔流水合计为%2</translation>
    </message>
    <message>
        <source>its 合计 row says %1, but the movements add up to %2</source>
        <translation>“合计”行记为%1，但各笔流水合计为%2</translation>
    </message>
    <message>
        <source>its row %1 says %2, but the movements of that type add up to %3</source>
        <translation>“%1”行记为%2，但该类型的流水合计为%3</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>its row %1 says %2, but no movement has that type</source>
        <translation>“%1”行记为%2，但没有该类型的流水</translation>
    </message>
    <message>
        <source>its opening balance is %1 yuan, but the movements start from %2 yuan</source>
        <translation>期初余额为 %1 元，但流水的起始余额为 %2 元</translation>
    </message>
    <message>
        <source>its closing balance is %1 yuan, but the movements end at %2 yuan</source>
        <translation>期末余额为 %1 元，但流水的最终余额为 %2 元</translation>
    </message>
    <message>
        <source>The balance %1 yuan is not the previous balance plus this movement (%2 yuan): the running balance is broken.</source>
        <translation>余额 %1 元不等于上一笔余额加本笔金额（%2 元）：账户余额不连续。</translation>
    </message>
    <message>
        <source>The file is inconsistent: %1.</source>
        <translation>文件前后不一致：%1。</translation>
    </message>
    <message>
        <source>The summary does not match the detail file: %1.</source>
        <translation>汇总文件与明细文件不符：%1。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::AccountBillTotalsView</name>
    <message>
        <source>Reconcile a downloaded account bill to see what moved in the Alipay account.</source>
        <translation>对已下载的账务账单执行对账，查看支付宝账户的资金变动。</translation>
    </message>
    <message>
        <source>%1 of %2, reconciled on %3 by %4</source>
        <extracomment>%1 &quot;Account bill (账务明细)&quot;, %2 the period, %3 when the run finished (China time), %4 who</extracomment>
        <translation>%2 的%1，由 %4 于 %3 对账</translation>
    </message>
    <message>
        <source>Alipay took in %1 for charges and paid out %2 in refunds; it kept %3 in fees and gave %4 of fees back; %5 was transferred out. The balance went from %6 to %7.</source>
        <extracomment>The account bill&apos;s totals in words; every %n is an amount such as ¥1,234.50</extracomment>
        <translation>支付宝收到扣款 %1，付出退款 %2；收取服务费 %3，退回服务费 %4；转出 %5。余额由 %6 变为 %7。</translation>
    </message>
    <message numerus="yes">
        <source>%n payment and refund movement(s) match our records.</source>
        <translation>
            <numerusform>有 %n 笔收款和退款流水与我方记录一致。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s) in the bill.</source>
        <translation>
            <numerusform>账单中共有 %n 笔流水。</numerusform>
        </translation>
    </message>
    <message>
        <source>The running balance chains from one movement to the next.</source>
        <translation>各笔流水的账户余额前后衔接。</translation>
    </message>
    <message numerus="yes">
        <source>The running balance is broken at %n movement(s).</source>
        <translation>
            <numerusform>账户余额在 %n 笔流水处不连续。</numerusform>
        </translation>
    </message>
    <message>
        <source>The trade bill of this period was not downloaded, so the totals were not compared with it. Download it and reconcile again.</source>
        <translation>本期的交易账单尚未下载，因此未将合计与其比对。请下载后重新对账。</translation>
    </message>
    <message>
        <source>The trade bill of this period (%1) could not be read, so the totals were not compared with it.</source>
        <translation>无法读取本期的交易账单（%1），因此未将合计与其比对。</translation>
    </message>
    <message>
        <source>Income, refunds and fees agree with the trade bill of this period (%1).</source>
        <translation>收入、退款和服务费与本期的交易账单（%1）一致。</translation>
    </message>
    <message>
        <source>Income, refunds or fees do NOT agree with the trade bill of this period (%1).</source>
        <translation>收入、退款或服务费与本期的交易账单（%1）不一致。</translation>
    </message>
    <message>
        <source>The movements add up to the bill&apos;s totals lines.</source>
        <translation>各笔流水合计与账单的合计行一致。</translation>
    </message>
    <message>
        <source>The movements do NOT add up to the bill&apos;s totals lines.</source>
        <translation>各笔流水合计与账单的合计行不一致。</translation>
    </message>
    <message>
        <source>The bill has no summary file.</source>
        <translation>该账单没有汇总文件。</translation>
    </message>
    <message>
        <source>They agree with the summary file.</source>
        <translation>流水合计与汇总文件一致。</translation>
    </message>
    <message>
        <source>They do NOT agree with the summary file.</source>
        <translation>流水合计与汇总文件不一致。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 the kind of difference, %2 how many</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No differences: the account bill and our records agree.</source>
        <translation>没有差异：账务账单与我方记录一致。</translation>
    </message>
    <message>
        <source>Differences found — %1</source>
        <translation>发现差异：%1</translation>
    </message>
    <message>
        <source>Income (在线支付)</source>
        <translation>收入（在线支付）</translation>
    </message>
    <message>
        <source>Refunds (交易退款)</source>
        <translation>退款（交易退款）</translation>
    </message>
    <message>
        <source>Fees (收费)</source>
        <translation>服务费（收费）</translation>
    </message>
    <message>
        <source>Fees given back (收费退回)</source>
        <translation>退回服务费（收费退回）</translation>
    </message>
    <message>
        <source>Transfers out (提现, 转账)</source>
        <translation>转出（提现、转账）</translation>
    </message>
    <message>
        <source>Other money in</source>
        <translation>其他收入</translation>
    </message>
    <message>
        <source>Other money out</source>
        <translation>其他支出</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>期末余额</translation>
    </message>
</context>
<context>
    <name>DepositDesk::AccountReconciliation</name>
    <message>
        <source>Line %1 (movement %2) says the balance is ¥%3, but the balance before it plus the movement make ¥%4: the account bill&apos;s running balance is broken. Download the bill again; if it stays, raise it with Alipay.</source>
        <extracomment>%1 line number, %2 serial number (账务流水号), %3 and %4 amounts in yuan</extracomment>
        <translation>第 %1 行（流水 %2）的余额为 ¥%3，但上一笔余额加本笔金额为 ¥%4：账务账单的账户余额不连续。请重新下载账单；如仍不连续，请向支付宝反馈。</translation>
    </message>
    <message>
        <source>The account bill&apos;s totals lines do not add up: %1. Download the bill again.</source>
        <translation>账务账单的合计行与流水不符：%1。请重新下载账单。</translation>
    </message>
    <message>
        <source>The account bill&apos;s summary file does not match its movements: %1. Download the bill again.</source>
        <translation>账务账单的汇总文件与其流水不符：%1。请重新下载账单。</translation>
    </message>
    <message>
        <source>%1: ¥%2 against ¥%3</source>
        <extracomment>%1 what is compared, %2 the account bill&apos;s amount, %3 the trade bill&apos;s</extracomment>
        <translation>%1：¥%2 / ¥%3</translation>
    </message>
    <message>
        <source>income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>fees less fees given back</source>
        <translation>服务费（扣除退回部分）</translation>
    </message>
    <message>
        <source>The account bill and the trade bill of the same period disagree (account bill against trade bill): %1.</source>
        <translation>同期的账务账单与交易账单不一致（账务账单 / 交易账单）：%1。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>The database is not open: %1</source>
        <translation>数据库未打开：%1</translation>
    </message>
    <message>
        <source>The reconciliation was cancelled.</source>
        <translation>对账已取消。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::ActionDialog</name>
    <message>
        <source>Sending…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Done. Alipay confirmed it.</source>
        <translation>已完成，支付宝已确认。</translation>
    </message>
    <message>
        <source>Recorded. Nothing was sent to Alipay yet.</source>
        <translation>已登记，尚未向支付宝发送任何请求。</translation>
    </message>
    <message>
        <source>Not sent. Nothing changed.</source>
        <translation>未发送，没有任何变更。</translation>
    </message>
    <message>
        <source>Alipay refused it. No money moved.</source>
        <translation>支付宝已拒绝，资金未发生变动。</translation>
    </message>
    <message>
        <source>Awaiting confirmation: Alipay&apos;s answer did not arrive. The console keeps asking Alipay; do not send it again.</source>
        <translation>待确认：未收到支付宝的应答。工作台会持续向支付宝查询，请勿重复提交。</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Amount (yuan):</source>
        <translation>金额（元）：</translation>
    </message>
    <message>
        <source>e.g. 20.00</source>
        <translation>例如 20.00</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>原因（必填）：</translation>
    </message>
    <message>
        <source>Why, in a few words; kept in the audit log</source>
        <translation>简要说明原因，将记入审计日志</translation>
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
        <translation>解冻 %1</translation>
    </message>
    <message>
        <source>a charge of %1</source>
        <translation>扣款 %1</translation>
    </message>
    <message>
        <source>a refund of %1</source>
        <translation>退款 %1</translation>
    </message>
    <message>
        <source>the cancellation of the freeze</source>
        <translation>撤销冻结</translation>
    </message>
    <message>
        <source>a report to Sesame Credit</source>
        <translation>上报芝麻信用</translation>
    </message>
    <message>
        <source>Waiting for Alipay to confirm %1 (request %2). Other actions on this order wait until it is settled.</source>
        <translation>正在等待支付宝确认“%1”（请求号 %2）。确认之前，此订单的其他操作需等待。</translation>
    </message>
    <message>
        <source>%1 was unfrozen and goes back to the customer.</source>
        <translation>已解冻 %1，资金将退回用户。</translation>
    </message>
    <message>
        <source>%1 was charged from the deposit.</source>
        <translation>已从押金中扣款 %1。</translation>
    </message>
    <message>
        <source>%1 was refunded to the customer.</source>
        <translation>已向用户退款 %1。</translation>
    </message>
    <message>
        <source>The freeze was cancelled.</source>
        <translation>冻结已撤销。</translation>
    </message>
    <message>
        <source>Sesame Credit was told how the order ended.</source>
        <translation>已将订单结果上报芝麻信用。</translation>
    </message>
    <message>
        <source>The answer to %1 did not arrive. It is written down and awaiting confirmation: DepositDesk asks Alipay and settles it by itself. Do not do it again.</source>
        <translation>未收到“%1”的应答。该操作已记录为待确认：免押工作台会自动向支付宝查询并确定结果。请勿重复操作。</translation>
    </message>
    <message>
        <source>Alipay shows that %1 was not done. It may be sent again with the same request number %2.</source>
        <translation>支付宝显示“%1”未执行。可以使用同一请求号 %2 重新发送。</translation>
    </message>
    <message>
        <source>Alipay confirmed it, but the console could not record it: %1 Refresh the order.</source>
        <translation>支付宝已确认，但工作台未能记录：%1 请刷新订单。</translation>
    </message>
    <message>
        <source>Alipay refused %1 (%2). Nothing was moved. Refresh the order to see its state.</source>
        <extracomment>%1: the action, such as &quot;an unfreeze of ¥10.00&quot;; %2: Alipay&apos;s reason (often Chinese)</extracomment>
        <translation>支付宝拒绝了“%1”（%2）。资金未发生变动。请刷新订单查看其状态。</translation>
    </message>
    <message>
        <source>Not done: the audit log could not record this action, and nothing is done without its audit entry. Nothing was sent to Alipay and nothing changed. %1</source>
        <extracomment>%1 the database&apos;s own sentence (what failed, what to check)</extracomment>
        <translation>未执行：审计日志无法记录此操作，而没有审计记录的操作一律不执行。没有向支付宝发送任何请求，也没有任何改动。%1</translation>
    </message>
    <message>
        <source>But the audit log could not record it: %1 Tell an administrator that the audit log is missing this entry.</source>
        <extracomment>Added after an action&apos;s outcome; %1 the database&apos;s own sentence</extracomment>
        <translation>但审计日志未能记录此操作：%1 请告知管理员审计日志缺少这条记录。</translation>
    </message>
    <message>
        <source>The request number &quot;%1&quot; is not one Alipay accepts (1 to 64 letters, digits or underscores). Nothing was sent.</source>
        <translation>请求号“%1”不符合支付宝的要求（1 至 64 个字母、数字或下划线）。未发送任何请求。</translation>
    </message>
    <message>
        <source>Not sent: the request is not safely stored yet (the database transaction it was written in is still open). Nothing was moved; try again.</source>
        <translation>未发送：该请求尚未可靠保存（写入它的数据库事务仍未结束）。资金未发生变动，请重试。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::ApproveRefundDialog</name>
    <message>
        <source>Approve refund request %1</source>
        <translation>审批退款申请 %1</translation>
    </message>
    <message>
        <source>Reject refund request %1</source>
        <translation>驳回退款申请 %1</translation>
    </message>
    <message>
        <source>Approving sends exactly this refund to Alipay: the amount and request number below, nothing else.</source>
        <translation>审批通过后，将按下方的金额和请求号向支付宝发送这笔退款，不做任何其他改动。</translation>
    </message>
    <message>
        <source>Rejecting closes this request; nothing is sent to Alipay. The agent may ask again with a new request.</source>
        <translation>驳回将关闭此申请，不会向支付宝发送任何请求。客服可以重新提交新的申请。</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>订单：</translation>
    </message>
    <message>
        <source>Charge:</source>
        <translation>扣款：</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <source>Refund request number:</source>
        <translation>退款请求号：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Requested by:</source>
        <translation>申请人：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>%1 (Alipay %2)</source>
        <extracomment>%1 the merchant&apos;s charge number (out_trade_no), %2 Alipay&apos;s trade number</extracomment>
        <translation>%1（支付宝交易号 %2）</translation>
    </message>
    <message>
        <source>%1 at %2 (China time)</source>
        <extracomment>%1 login of who asked, %2 when (China time)</extracomment>
        <translation>%1，%2（北京时间）</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>处理记录：</translation>
    </message>
    <message>
        <source>%1  %2 by %3</source>
        <extracomment>One status change: %1 time (China), %2 status, %3 who, %4 comment</extracomment>
        <translation>%1  %2（%3）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>A supervisor signs in here</source>
        <translation>主管在此登录</translation>
    </message>
    <message>
        <source>%1 A supervisor who did not ask for this refund signs in below; this desk stays signed in as %2.</source>
        <extracomment>%1 why the signed-in operator may not decide (a sentence)</extracomment>
        <translation>%1请由未申请这笔退款的主管在下方登录；本工作台仍保持 %2 的登录。</translation>
    </message>
    <message>
        <source>Supervisor login:</source>
        <translation>主管登录名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>You approve as %1.</source>
        <translation>您将以 %1 的身份审批通过。</translation>
    </message>
    <message>
        <source>You reject as %1.</source>
        <translation>您将以 %1 的身份驳回。</translation>
    </message>
    <message>
        <source>Comment (optional):</source>
        <translation>审批意见（可选）：</translation>
    </message>
    <message>
        <source>Why is it rejected? (required)</source>
        <translation>驳回原因（必填）</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <source>Approve and send</source>
        <translation>审批通过并发送</translation>
    </message>
    <message>
        <source>Reject request</source>
        <translation>驳回申请</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>There is no refund request number %1.</source>
        <translation>不存在编号为 %1 的退款申请。</translation>
    </message>
    <message>
        <source>Sending the refund to Alipay…</source>
        <translation>正在向支付宝发送退款…</translation>
    </message>
</context>
<context>
    <name>DepositDesk::AuditLog</name>
    <message>
        <source>The audit entry was not written: its detail &quot;%1&quot; is or looks like a secret (password, key or token). Secrets never go into the audit log; leave that detail out.</source>
        <translation>审计记录未写入：其中的“%1”是或像是机密信息（密码、密钥或令牌）。机密信息绝不写入审计日志；请去掉这一项。</translation>
    </message>
    <message>
        <source>An audit entry needs the operator and an action name such as &quot;order.unfreeze&quot;.</source>
        <translation>审计记录需要操作员和操作名称，例如“order.unfreeze”。</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>无法写入导出文件：%1</translation>
    </message>
    <message>
        <source>The audit log&apos;s checkpoint record is missing.</source>
        <translation>审计日志的校验点记录缺失。</translation>
    </message>
    <message>
        <source>Entry %1, verified before, is missing.</source>
        <translation>之前已校验的第 %1 条记录缺失。</translation>
    </message>
    <message>
        <source>Entry %1, verified before, was changed since.</source>
        <translation>之前已校验的第 %1 条记录此后被修改过。</translation>
    </message>
    <message>
        <source>Entry %1 is missing or out of place: the chain jumps to %2.</source>
        <translation>第 %1 条记录缺失或位置不对：链条跳到了第 %2 条。</translation>
    </message>
    <message>
        <source>Entry %1 does not point to the entry before it.</source>
        <translation>第 %1 条记录没有指向前一条记录。</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written.</source>
        <translation>第 %1 条记录在写入后被修改过。</translation>
    </message>
    <message>
        <source>The audit log&apos;s head record is missing.</source>
        <translation>审计日志的链头记录缺失。</translation>
    </message>
    <message>
        <source>The audit log ends at entry %1 but was last written at entry %2: entries were removed or added outside DepositDesk.</source>
        <translation>审计日志止于第 %1 条，但最后写入的是第 %2 条：有记录在免押工作台之外被删除或添加。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::AuditLogPage</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>没有符合这些筛选条件的记录。</translation>
    </message>
    <message numerus="yes">
        <source>The newest %Ln entries are shown; scroll down for older ones.</source>
        <extracomment>Audit log page: %Ln entries loaded so far; more load when the table is scrolled</extracomment>
        <translation>
            <numerusform>显示最新的 %Ln 条记录；向下滚动可查看更早的记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries matching these filters: %Ln</source>
        <extracomment>Audit log page: %Ln how many entries the filters select (all loaded)</extracomment>
        <translation>
            <numerusform>符合筛选条件的记录：%Ln 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry %1, written %2 (China time) by %3</source>
        <extracomment>Audit log details pane: %1 entry number, %2 time (China), %3 operator</extracomment>
        <translation>第 %1 条记录，由 %3 于 %2（北京时间）写入</translation>
    </message>
    <message>
        <source>Action code: %1</source>
        <extracomment>Audit log details pane: %1 the action&apos;s code as stored</extracomment>
        <translation>操作代码：%1</translation>
    </message>
    <message>
        <source>Order: %1</source>
        <translation>订单：%1</translation>
    </message>
    <message>
        <source>Recorded details:</source>
        <translation>记录详情：</translation>
    </message>
    <message>
        <source>Hash: %1</source>
        <extracomment>Audit log details pane: the entry&apos;s hash and the previous entry&apos;s hash (the chain)</extracomment>
        <translation>哈希值：%1</translation>
    </message>
    <message>
        <source>Previous entry&apos;s hash: %1</source>
        <translation>前一条记录的哈希值：%1</translation>
    </message>
    <message>
        <source>Checking every entry of the audit log…</source>
        <translation>正在逐条校验审计日志…</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <source>Export as Excel</source>
        <translation>导出为 Excel</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>O&amp;perator:</source>
        <translation>操作员(&amp;P)：</translation>
    </message>
    <message>
        <source>any</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A)：</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>O&amp;rder:</source>
        <translation>订单(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <extracomment>Audit log filter: only entries written in these days (China time)</extracomment>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Audit log filter: &quot;From &lt;day&gt; to &lt;day&gt;&quot;</extracomment>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>校验审计链(&amp;V)</translation>
    </message>
    <message>
        <source>Check every entry of the audit log against its hash and the entry before it</source>
        <translation>根据哈希值和前一条记录逐条校验审计日志</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Write the entries these filters select to a file</source>
        <translation>将筛选出的记录写入文件</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>导出为 CSV…</translation>
    </message>
    <message>
        <source>Export as Excel…</source>
        <translation>导出为 Excel…</translation>
    </message>
</context>
<context>
    <name>DepositDesk::AuditService</name>
    <message>
        <source>The audit log is empty: there is nothing to check yet.</source>
        <translation>审计日志为空：暂无可校验的记录。</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln entries are intact; the last was written %1.</source>
        <extracomment>%Ln entries checked (with thousands separators), %1 date and time (China time)</extracomment>
        <translation>
            <numerusform>全部 %Ln 条记录完好；最后一条写于 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log is broken at entry %1: %2 The %Ln entries before it are intact. Entries were changed, removed or added outside DepositDesk, so the log no longer proves what happened from that entry on. Leave the database as it is and tell your administrator.</source>
        <extracomment>%1 the first broken entry, %2 why (the check&apos;s own sentence), %Ln entries intact before it</extracomment>
        <translation>
            <numerusform>审计日志在第 %1 条记录处已被破坏：%2 此前的 %Ln 条记录完好。有记录在免押工作台之外被修改、删除或添加，因此从该条记录起，日志已无法证明实际发生了什么。请保持数据库原样，并告知管理员。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be opened for writing: %2. Choose another folder or file name.</source>
        <translation>无法打开 %1 进行写入：%2。请选择其他文件夹或文件名。</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2. Check that the disk has room, then export again.</source>
        <translation>无法保存 %1：%2。请检查磁盘空间是否充足，然后重新导出。</translation>
    </message>
    <message>
        <source>Nothing was exported: the audit log could not record the export. %1</source>
        <translation>未导出任何内容：审计日志未能记录此次导出。%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries exported to %1.</source>
        <extracomment>%Ln entries, %1 the file</extracomment>
        <translation>
            <numerusform>已将 %Ln 条记录导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DepositDesk::AuditTableModel</name>
    <message>
        <source>No.</source>
        <extracomment>Audit log column: the entry&apos;s number in the chain</extracomment>
        <translation>序号</translation>
    </message>
    <message>
        <source>When (China time)</source>
        <translation>时间（北京时间）</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Action code</source>
        <extracomment>Audit log column: the action&apos;s code as stored (&quot;order.unfreeze.requested&quot;)</extracomment>
        <translation>操作代码</translation>
    </message>
    <message>
        <source>Recorded details</source>
        <extracomment>Audit log column: the entry&apos;s recorded details as stored (JSON)</extracomment>
        <translation>记录详情</translation>
    </message>
</context>
<context>
    <name>DepositDesk::AuditView</name>
    <message>
        <source>No.</source>
        <extracomment>Audit log column: the entry&apos;s sequence number in the chain.</extracomment>
        <translation>序号</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Audit log of the order</source>
        <translation>订单审计日志</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Action code</source>
        <translation>操作代码</translation>
    </message>
    <message>
        <source>Recorded details</source>
        <translation>记录详情</translation>
    </message>
</context>
<context>
    <name>DepositDesk::AuditWords</name>
    <message>
        <source>Unfreeze</source>
        <extracomment>Audit log: the thing done, as the subject of a sentence (&quot;Unfreeze of ¥12.00 ...&quot;)</extracomment>
        <translation>解冻</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>扣款</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Cancel of the freeze</source>
        <translation>撤销冻结</translation>
    </message>
    <message>
        <source>Sesame report</source>
        <translation>芝麻信用上报</translation>
    </message>
    <message>
        <source>%1 of ¥%2</source>
        <extracomment>Audit log: %1 the thing done (&quot;Unfreeze&quot;), %2 the amount in yuan</extracomment>
        <translation>%1 ¥%2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未填写原因</translation>
    </message>
    <message>
        <source>it was done</source>
        <translation>已执行</translation>
    </message>
    <message>
        <source>it was not done</source>
        <translation>未执行</translation>
    </message>
    <message>
        <source>it never reached Alipay</source>
        <translation>请求未送达支付宝</translation>
    </message>
    <message>
        <source>still unknown</source>
        <translation>仍未知</translation>
    </message>
    <message>
        <source>%1 requested on order %2 by %3</source>
        <extracomment>Audit log: %1 &quot;Unfreeze of ¥12.00&quot;, %2 order number, %3 operator</extracomment>
        <translation>%3 对订单 %2 发起%1</translation>
    </message>
    <message>
        <source>%1 on order %2 succeeded (request %3)</source>
        <extracomment>Audit log: %1 &quot;Unfreeze of ¥12.00&quot;, %2 order number, %3 request number</extracomment>
        <translation>订单 %2 的%1已成功（请求号 %3）</translation>
    </message>
    <message>
        <source>%1 on order %2 failed: %3</source>
        <extracomment>Audit log: %1 &quot;Unfreeze of ¥12.00&quot;, %2 order number, %3 Alipay&apos;s reason</extracomment>
        <translation>订单 %2 的%1失败：%3</translation>
    </message>
    <message>
        <source>%1 on order %2: Alipay&apos;s answer did not arrive; awaiting confirmation</source>
        <extracomment>Audit log: %1 &quot;Unfreeze of ¥12.00&quot;, %2 order number</extracomment>
        <translation>订单 %2 的%1：未收到支付宝的应答，待确认</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <extracomment>Audit log, an action without words of its own: %1 the action code, %2 operator</extracomment>
        <translation>%2 执行了 %1</translation>
    </message>
    <message>
        <source>%1 on order %2 by %3</source>
        <extracomment>Audit log, an action without words of its own: %1 the action code, %2 order, %3 operator</extracomment>
        <translation>%3 对订单 %2 执行了 %1</translation>
    </message>
    <message>
        <source>%1 requested</source>
        <extracomment>Audit log action filter: %1 &quot;Unfreeze&quot;, &quot;Charge&quot; ...</extracomment>
        <translation>%1已发起</translation>
    </message>
    <message>
        <source>%1 succeeded</source>
        <translation>%1成功</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1失败</translation>
    </message>
    <message>
        <source>%1 awaiting confirmation</source>
        <translation>%1待确认</translation>
    </message>
    <message>
        <source>Request sent again</source>
        <translation>请求已重新发送</translation>
    </message>
    <message>
        <source>Request settled by query</source>
        <translation>已通过查询确定请求结果</translation>
    </message>
    <message>
        <source>Order marked</source>
        <translation>订单已标记</translation>
    </message>
    <message>
        <source>Order looked up at Alipay</source>
        <translation>已向支付宝查询订单</translation>
    </message>
    <message>
        <source>Order refreshed from Alipay</source>
        <translation>已从支付宝刷新订单</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>已添加备注</translation>
    </message>
    <message>
        <source>Refund request created</source>
        <translation>已创建退款申请</translation>
    </message>
    <message>
        <source>Refund request approved</source>
        <translation>退款申请已审批通过</translation>
    </message>
    <message>
        <source>Refund request rejected</source>
        <translation>退款申请已驳回</translation>
    </message>
    <message>
        <source>Refund request brought up to date</source>
        <translation>退款申请已按结果更新</translation>
    </message>
    <message>
        <source>Approver signed in</source>
        <translation>审批人已登录</translation>
    </message>
    <message>
        <source>Refund approval threshold changed</source>
        <translation>退款审批门槛已修改</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>已退出登录</translation>
    </message>
    <message>
        <source>Operator created</source>
        <translation>已创建操作员</translation>
    </message>
    <message>
        <source>Operator&apos;s role changed</source>
        <translation>操作员角色已修改</translation>
    </message>
    <message>
        <source>Operator disabled</source>
        <translation>操作员已停用</translation>
    </message>
    <message>
        <source>Operator enabled</source>
        <translation>操作员已启用</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>密码已重置</translation>
    </message>
    <message>
        <source>Operator access recorded</source>
        <translation>已记录操作员权限</translation>
    </message>
    <message>
        <source>Sign-in refused: access changed</source>
        <translation>拒绝登录：权限已变更</translation>
    </message>
    <message>
        <source>Desk locked</source>
        <translation>工作台已锁定</translation>
    </message>
    <message>
        <source>Desk unlocked</source>
        <translation>工作台已解锁</translation>
    </message>
    <message>
        <source>Audit log verified</source>
        <translation>审计日志已校验</translation>
    </message>
    <message>
        <source>Audit log found broken</source>
        <translation>发现审计日志已被破坏</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>审计日志已导出</translation>
    </message>
    <message>
        <source>Seller ID changed</source>
        <translation>卖家 ID 已修改</translation>
    </message>
    <message>
        <source>Alipay credentials tested</source>
        <translation>已测试支付宝凭据</translation>
    </message>
    <message>
        <source>Alipay credentials saved</source>
        <translation>支付宝凭据已保存</translation>
    </message>
    <message>
        <source>Alipay credentials deleted</source>
        <translation>支付宝凭据已删除</translation>
    </message>
    <message>
        <source>Desk set up</source>
        <translation>工作台已完成设置</translation>
    </message>
    <message>
        <source>Database password moved to the keychain</source>
        <translation>数据库密码已移入钥匙串</translation>
    </message>
    <message>
        <source>Bill downloaded</source>
        <translation>账单已下载</translation>
    </message>
    <message>
        <source>Reconciliation run</source>
        <translation>已执行对账</translation>
    </message>
    <message>
        <source>Difference resolved</source>
        <translation>差异已处理</translation>
    </message>
    <message>
        <source>%1 on order %2 sent again by %3 (request %4)</source>
        <extracomment>Audit log: %1 &quot;Unfreeze of ¥12.00&quot;, %2 order, %3 operator, %4 request number</extracomment>
        <translation>%3 重新发送了订单 %2 的%1（请求号 %4）</translation>
    </message>
    <message>
        <source>%1 on order %2 settled by asking Alipay: %3</source>
        <extracomment>Audit log: %1 &quot;Unfreeze of ¥12.00&quot;, %2 order, %3 what Alipay&apos;s records say</extracomment>
        <translation>订单 %2 的%1已通过向支付宝查询确定结果：%3</translation>
    </message>
    <message>
        <source>Order %1 marked as defaulted by %2 (to be reported to Sesame)</source>
        <extracomment>Audit log: %1 order, %2 the mark (VIOLATED), %3 operator</extracomment>
        <translation>%2 将订单 %1 标记为违约（待上报芝麻信用）</translation>
    </message>
    <message>
        <source>Order %1 marked %2 by %3</source>
        <translation>%3 将订单 %1 标记为 %2</translation>
    </message>
    <message>
        <source>Order %1 (deposit ¥%3) found at Alipay and added to the order list by %2</source>
        <extracomment>Audit log: %1 order, %2 operator, %3 the deposit in yuan</extracomment>
        <translation>%2 在支付宝查到订单 %1（押金 ¥%3），并已加入订单列表</translation>
    </message>
    <message numerus="yes">
        <source>Order %1 refreshed from Alipay by %2: %n change(s)</source>
        <extracomment>Audit log: %1 order, %2 operator, %n how many things changed</extracomment>
        <translation>
            <numerusform>%2 从支付宝刷新了订单 %1：%n 处变更</numerusform>
        </translation>
    </message>
    <message>
        <source>; it did not complete (%1)</source>
        <extracomment>Audit log, after a refresh: %1 Alipay&apos;s error code</extracomment>
        <translation>；刷新未完成（%1）</translation>
    </message>
    <message>
        <source>Note added to order %1 by %2: “%3”</source>
        <extracomment>Audit log: %1 order, %2 operator, %3 the note&apos;s text</extracomment>
        <translation>%2 为订单 %1 添加了备注：“%3”</translation>
    </message>
    <message>
        <source>Refund of ¥%1 requested on order %2 by %3 for approval (reason: %4)</source>
        <extracomment>Audit log: %1 amount in yuan, %2 order, %3 operator, %4 the reason given</extracomment>
        <translation>%3 为订单 %2 申请退款 ¥%1，待审批（原因：%4）</translation>
    </message>
    <message>
        <source>Refund of ¥%1 on order %2, asked by %3, approved by %4</source>
        <extracomment>Audit log: %1 amount, %2 order, %3 who asked, %4 who approved</extracomment>
        <translation>订单 %2 的退款 ¥%1（%3 申请）已由 %4 审批通过</translation>
    </message>
    <message>
        <source>Refund of ¥%1 on order %2, asked by %3, rejected by %4 (%5)</source>
        <extracomment>Audit log: %1 amount, %2 order, %3 who asked, %4 who rejected, %5 their comment</extracomment>
        <translation>订单 %2 的退款 ¥%1（%3 申请）已被 %4 驳回（%5）</translation>
    </message>
    <message>
        <source>Refund request %1 of order %2 brought in line with its outcome: %3</source>
        <extracomment>Audit log: %1 request number, %2 order, %3 what Alipay&apos;s records say</extracomment>
        <translation>订单 %2 的退款申请 %1 已按实际结果更新：%3</translation>
    </message>
    <message>
        <source>%1 signed in at %2&apos;s desk to approve a refund</source>
        <extracomment>Audit log: %1 approver&apos;s login, %2 the desk&apos;s operator, %3 result code</extracomment>
        <translation>%1 在 %2 的工作台上登录以审批退款</translation>
    </message>
    <message>
        <source>%1 could not sign in at %2&apos;s desk to approve a refund (%3)</source>
        <translation>%1 未能在 %2 的工作台上登录以审批退款（%3）</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Audit log: no refund approval threshold (every refund asks)</extracomment>
        <translation>无</translation>
    </message>
    <message>
        <source>Refund approval threshold changed from %1 to %2 by %3</source>
        <extracomment>Audit log: %1 old threshold, %2 new threshold, %3 operator</extracomment>
        <translation>%3 将退款审批门槛从 %1 改为 %2</translation>
    </message>
    <message>
        <source>%1 signed in as %2 on desk %3</source>
        <extracomment>Audit log: %1 operator, %2 role, %3 desk (computer name)</extracomment>
        <translation>%1 在工作台 %3 以 %2 身份登录</translation>
    </message>
    <message>
        <source>%1 signed out on desk %2</source>
        <translation>%1 在工作台 %2 退出登录</translation>
    </message>
    <message>
        <source>Operator %1 created as %2 by %3</source>
        <extracomment>Audit log: %1 new login, %2 role, %3 who created it</extracomment>
        <translation>%3 创建了操作员 %1，角色为 %2</translation>
    </message>
    <message>
        <source>Role of %1 changed from %2 to %3 by %4</source>
        <extracomment>Audit log: %1 login, %2 old role, %3 new role, %4 who changed it</extracomment>
        <translation>%4 将 %1 的角色从 %2 改为 %3</translation>
    </message>
    <message>
        <source>Operator %1 disabled by %2</source>
        <translation>%2 停用了操作员 %1</translation>
    </message>
    <message>
        <source>Operator %1 enabled again by %2</source>
        <translation>%2 重新启用了操作员 %1</translation>
    </message>
    <message>
        <source>Password of %1 reset by %2</source>
        <translation>%2 重置了 %1 的密码</translation>
    </message>
    <message numerus="yes">
        <source>Access of the %n existing operator(s) recorded</source>
        <extracomment>Audit log: %n how many operator accounts were listed</extracomment>
        <translation>
            <numerusform>已记录现有 %n 名操作员的权限</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in of %1 refused: the account&apos;s access differs from what the audit log recorded</source>
        <translation>已拒绝 %1 登录：该账号的权限与审计日志的记录不一致</translation>
    </message>
    <message numerus="yes">
        <source>Desk %1 of %2 locked after %n minute(s) without input</source>
        <extracomment>Audit log: %1 desk, %2 operator, %n minutes without input</extracomment>
        <translation>
            <numerusform>%2 的工作台 %1 因 %n 分钟无操作而锁定</numerusform>
        </translation>
    </message>
    <message>
        <source>Desk %1 locked by %2</source>
        <translation>%2 锁定了工作台 %1</translation>
    </message>
    <message>
        <source>Desk %1 unlocked by %2, taking over from %3</source>
        <extracomment>Audit log: %1 desk, %2 who took over, %3 who had locked it</extracomment>
        <translation>%2 解锁了工作台 %1，从 %3 手中接管</translation>
    </message>
    <message>
        <source>Desk %1 unlocked by %2</source>
        <translation>%2 解锁了工作台 %1</translation>
    </message>
    <message numerus="yes">
        <source>Audit log checked on desk %1; entries found intact: %Ln</source>
        <extracomment>Audit log: %n entries checked, %1 desk</extracomment>
        <translation>
            <numerusform>已在工作台 %1 校验审计日志；完好记录：%Ln 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log checked on desk %1: entry %2 is broken</source>
        <extracomment>Audit log: %1 desk, %2 the first broken entry&apos;s number</extracomment>
        <translation>已在工作台 %1 校验审计日志：第 %2 条记录已被破坏</translation>
    </message>
    <message numerus="yes">
        <source>%1 exported audit log entries as %2: %Ln</source>
        <extracomment>Audit log: %1 operator, %2 CSV or XLSX, %Ln how many entries</extracomment>
        <translation>
            <numerusform>%1 将审计日志记录导出为 %2：%Ln 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Seller ID of Alipay app %1 changed from %2 to %3 by %4</source>
        <extracomment>Audit log: %1 app id, %2 old seller ID, %3 new seller ID, %4 operator</extracomment>
        <translation>%4 将支付宝应用 %1 的卖家 ID 从 %2 改为 %3</translation>
    </message>
    <message>
        <source>Connection to Alipay with the keys of app %1 tested by %2: %3</source>
        <extracomment>Audit log: %1 app id, %2 operator, %3 the outcome code</extracomment>
        <translation>%2 使用应用 %1 的密钥测试了与支付宝的连接：%3</translation>
    </message>
    <message>
        <source>Alipay keys of app %1 saved in the keychain by %2</source>
        <translation>%2 将应用 %1 的支付宝密钥保存到了钥匙串</translation>
    </message>
    <message>
        <source>Alipay keys of app %1 deleted from the keychain by %2</source>
        <translation>%2 从钥匙串中删除了应用 %1 的支付宝密钥</translation>
    </message>
    <message>
        <source>Desk set up by %1 for Alipay app %2 (%3)</source>
        <extracomment>Audit log: %1 operator, %2 app id, %3 environment</extracomment>
        <translation>%1 为支付宝应用 %2 设置了工作台（%3）</translation>
    </message>
    <message>
        <source>The database password was moved from the settings file to the keychain</source>
        <translation>数据库密码已从设置文件移入钥匙串</translation>
    </message>
    <message>
        <source>Reconciliation of %1 run by %2: %3 matched</source>
        <extracomment>Audit log: %1 period, %2 operator, %3 lines matched</extracomment>
        <translation>%2 对 %1 执行了对账：%3 笔一致</translation>
    </message>
    <message>
        <source>Difference %1 on order %2 resolved by %3: %4</source>
        <extracomment>Audit log: %1 difference number, %2 order, %3 operator, %4 their note</extracomment>
        <translation>%3 处理了订单 %2 的差异 %1：%4</translation>
    </message>
    <message>
        <source>Sesame report (%1, asked by %2)</source>
        <extracomment>Audit log: %1 COMPLETE or VIOLATED, %2 who asked for the report</extracomment>
        <translation>芝麻履约上报（%1，由 %2 申请）</translation>
    </message>
    <message>
        <source>Sesame report (%1)</source>
        <extracomment>Audit log: %1 COMPLETE or VIOLATED</extracomment>
        <translation>芝麻履约上报（%1）</translation>
    </message>
    <message>
        <source>Default report asked for</source>
        <translation>已申请上报违约</translation>
    </message>
    <message>
        <source>Default report rejected</source>
        <translation>违约上报申请已驳回</translation>
    </message>
    <message>
        <source>Report of a default (VIOLATED) on order %1 asked for by %2 about the failed charge %3, for approval (reason: %4)</source>
        <extracomment>Audit log: %1 order, %2 operator, %3 the failed charge, %4 the reason given</extracomment>
        <translation>%2 申请就扣款失败的 %3 上报订单 %1 的违约（VIOLATED），待审批（原因：%4）</translation>
    </message>
    <message>
        <source>Report of a default on order %1, asked by %2, rejected by %3 (%4)</source>
        <extracomment>Audit log: %1 order, %2 who asked, %3 who rejected, %4 their comment</extracomment>
        <translation>订单 %1 的违约上报（%2 申请）被 %3 驳回（%4）</translation>
    </message>
    <message>
        <source>Credit waiver policy saved</source>
        <translation>信用免押政策已保存</translation>
    </message>
    <message>
        <source>Difference corrected</source>
        <translation>差异已更正</translation>
    </message>
    <message numerus="yes">
        <source>Credit waiver policy v%1 saved by %2 with %n band(s) (reason: %3)</source>
        <extracomment>Audit log: %1 version number, %2 operator, %n bands, %3 the reason given</extracomment>
        <translation>
            <numerusform>%2 保存了信用免押政策 v%1，共 %n 个分数段（原因：%3）</numerusform>
        </translation>
    </message>
    <message>
        <source>; imported from a CSV file</source>
        <extracomment>Audit log, after the waiver policy sentence: its bands came from a CSV file</extracomment>
        <translation>；从 CSV 文件导入</translation>
    </message>
    <message>
        <source>%1 of %2 downloaded by %3 (%4)</source>
        <extracomment>Audit log: %1 bill type (&quot;Trade bill&quot;, &quot;Account bill&quot;), %2 day, %3 operator, %4 file</extracomment>
        <translation>%3 下载了 %2 的%1（%4）</translation>
    </message>
    <message>
        <source>Difference %1 on order %2 %3 by %4, still found: %5</source>
        <extracomment>Audit log: %1 difference number, %2 order, %3 the correction (&quot;refreshed from Alipay&quot; ...), %4 operator, %5 their note</extracomment>
        <translation>%4 更正了订单 %2 的差异 %1（%3），差异仍存在：%5</translation>
    </message>
    <message>
        <source>Difference %1 on order %2 %3 by %4 and resolved: %5</source>
        <translation>%4 更正了订单 %2 的差异 %1（%3），差异已处理：%5</translation>
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
        <translation>已有下载正在进行，或您无权下载账单。请等待下载完成，或以财务身份登录。</translation>
    </message>
    <message>
        <source>Download cancelled; nothing was kept.</source>
        <translation>下载已取消，未保留任何文件。</translation>
    </message>
    <message>
        <source>&amp;Bill of</source>
        <translation>账期(&amp;B)</translation>
    </message>
    <message>
        <source>Day</source>
        <extracomment>Bill period: one day</extracomment>
        <translation>按日</translation>
    </message>
    <message>
        <source>Month</source>
        <extracomment>Bill period: a whole month</extracomment>
        <translation>按月</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>类型(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>下载(&amp;D)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Downloaded &amp;bills</source>
        <translation>已下载的账单(&amp;B)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>账期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Fetched at</source>
        <extracomment>Column: when the bill was downloaded (China time)</extracomment>
        <translation>下载时间</translation>
    </message>
    <message>
        <source>Fetched by</source>
        <translation>下载人</translation>
    </message>
    <message>
        <source>Only finance and administrators download and reconcile bills.</source>
        <translation>只有财务和管理员可以下载账单和对账。</translation>
    </message>
    <message>
        <source>Asking Alipay for the bill of %2 (%1)…</source>
        <extracomment>%1 bill type (&quot;Trade bill&quot; ...), %2 period</extracomment>
        <translation>正在向支付宝获取 %2 的账单（%1）…</translation>
    </message>
    <message>
        <source>Downloaded the bill of %2 (%1): %3 (%4). It is selected below: Reconcile compares it with our records.</source>
        <extracomment>%1 bill type, %2 period, %3 file name, %4 size</extracomment>
        <translation>已下载 %2 的账单（%1）：%3（%4）。该账单已在下方选中：点击“对所选账单对账”即可将其与我方记录比对。</translation>
    </message>
    <message>
        <source>The bill of %2 (%1) was already downloaded on %3 by %4 with the same content (%5); the first file is kept.</source>
        <extracomment>%1 bill type, %2 period, %3 when (China time), %4 who, %5 file name</extracomment>
        <translation>%2 的账单（%1）已由 %4 于 %3 下载过，内容相同（%5）；保留最先下载的文件。</translation>
    </message>
    <message>
        <source>Alipay has no bill for %2 (%1): there was no payment and no refund in that period, so there is nothing to reconcile.</source>
        <extracomment>%1 bill type, %2 period</extracomment>
        <translation>支付宝没有 %2 的账单（%1）：该期间既没有收款也没有退款，因此无需对账。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::BillDownloader</name>
    <message>
        <source>&quot;%1&quot; is not a bill type: choose the trade bill (trade) or the account bill (signcustomer).</source>
        <translation>“%1”不是账单类型：请选择交易账单（trade）或账务账单（signcustomer）。</translation>
    </message>
    <message>
        <source>Alipay has no bill for %1: there was no business in that period. Nothing was downloaded.</source>
        <translation>支付宝没有 %1 的账单：该期间没有业务。未下载任何内容。</translation>
    </message>
    <message>
        <source>The bill address could not be obtained safely: %1 Nothing was downloaded.</source>
        <translation>无法安全地获取账单下载地址：%1未下载任何内容。</translation>
    </message>
    <message>
        <source>Alipay has not made the bill for %1 yet. Day bills come the next morning, month bills around the 3rd of the next month: try again later.</source>
        <translation>支付宝尚未生成 %1 的账单。日账单次日上午生成，月账单约在次月 3 日生成：请稍后重试。</translation>
    </message>
    <message>
        <source>Alipay does not accept a %1 bill for &quot;%2&quot;: choose a day or a month that is over, from January 2016 on.</source>
        <translation>支付宝不提供“%2”的 %1 账单：请选择 2016 年 1 月以来已经结束的某一天或某个月。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Check the data folder&apos;s permissions and free space.</source>
        <translation>无法创建文件夹 %1。请检查数据文件夹的权限和剩余空间。</translation>
    </message>
    <message>
        <source>The bill cannot be written to %1: %2</source>
        <translation>无法将账单写入 %1：%2</translation>
    </message>
    <message>
        <source>The bill cannot be written to %1: %2. Nothing was kept.</source>
        <translation>无法将账单写入 %1：%2。未保留任何文件。</translation>
    </message>
    <message>
        <source>The bill could not be downloaded (%1). Nothing was kept: try again.</source>
        <translation>账单下载失败（%1）。未保留任何文件：请重试。</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The bill cannot be saved as %1: %2</source>
        <translation>无法将账单保存为 %1：%2</translation>
    </message>
    <message>
        <source>This %1 bill for %2 was downloaded before, with the same content: the first file is kept.</source>
        <translation>%2 的这份 %1 账单之前已下载过，内容相同：保留最先下载的文件。</translation>
    </message>
    <message>
        <source>The %1 bill for %2 was downloaded (%3 bytes).</source>
        <translation>%2 的 %1 账单已下载（%3 字节）。</translation>
    </message>
    <message>
        <source>(The audit log could not record it: %1)</source>
        <translation>（审计日志未能记录：%1）</translation>
    </message>
    <message>
        <source>The download was cancelled. Nothing was kept.</source>
        <translation>下载已取消。未保留任何文件。</translation>
    </message>
    <message>
        <source>The downloaded bill was not kept: %1</source>
        <translation>下载的账单没有保存：%1</translation>
    </message>
    <message>
        <source>The bill was not downloaded: Alipay announced %1, more than the %2 a bill archive may be. Nothing was kept.</source>
        <translation>账单未下载：支付宝告知大小为 %1，超过账单压缩包允许的 %2。未保留任何内容。</translation>
    </message>
    <message>
        <source>The bill download was stopped: it grew past %1, the most a bill archive may be. Nothing was kept.</source>
        <translation>账单下载已停止：它超过了 %1，即账单压缩包允许的最大值。未保留任何内容。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::BillFileImport</name>
    <message>
        <source>Only finance and administrators may import bills.</source>
        <translation>只有财务和管理员可以导入账单。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The bill cannot be kept in %1.</source>
        <translation>无法将账单保存到 %1。</translation>
    </message>
    <message>
        <source>The audit log could not record the bill: %1</source>
        <translation>审计日志未能记录该账单：%1</translation>
    </message>
    <message>
        <source>This %1 bill for %2 was imported before, with the same content.</source>
        <translation>%2 的这份 %1 账单之前已导入过，内容相同。</translation>
    </message>
    <message>
        <source>The %1 bill for %2 was imported.</source>
        <translation>%2 的 %1 账单已导入。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::BillFiles</name>
    <message>
        <source>A bill file is recorded only with its type, date, SHA-256, path and who fetched it.</source>
        <translation>账单文件必须写明类型、日期、SHA-256、路径和下载人，才能登记。</translation>
    </message>
    <message>
        <source>The bill file was not recorded. Try again.</source>
        <translation>账单文件未能登记。请重试。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::BillParser</name>
    <message>
        <source>The text is UTF-8, not GBK as Alipay writes its bills: the file was changed after it was downloaded. Download the bill again.</source>
        <translation>文本是 UTF-8 编码，而支付宝账单使用 GBK 编码：文件在下载后被修改过。请重新下载账单。</translation>
    </message>
    <message>
        <source>The text is not valid GBK, as Alipay writes its bills: the file is damaged. Download the bill again.</source>
        <translation>文本不是有效的 GBK 编码（支付宝账单使用 GBK）：文件已损坏。请重新下载账单。</translation>
    </message>
    <message>
        <source>The line has %1 cells where the header has %2: it is cut short or malformed.</source>
        <translation>该行有 %1 个单元格，而表头有 %2 列：该行不完整或格式有误。</translation>
    </message>
    <message>
        <source>The business type &quot;%1&quot; is neither 交易 (trade) nor 退款 (refund).</source>
        <translation>业务类型“%1”既不是“交易”也不是“退款”。</translation>
    </message>
    <message>
        <source>The completion time &quot;%1&quot; is not a date and time (yyyy-MM-dd HH:mm:ss).</source>
        <translation>完成时间“%1”不是有效的日期时间（yyyy-MM-dd HH:mm:ss）。</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is not a number of yuan with at most two decimals.</source>
        <translation>金额“%1”不是以元为单位、最多两位小数的数字。</translation>
    </message>
    <message>
        <source>The line has neither an Alipay trade number nor a merchant order number.</source>
        <translation>该行既没有支付宝交易号，也没有商户订单号。</translation>
    </message>
    <message>
        <source>A line of data follows the end of the list: the file is malformed.</source>
        <translation>列表结束后还有数据行：文件格式有误。</translation>
    </message>
    <message>
        <source>The totals line &quot;%1&quot; cannot be read: it has no count of lines or no amount with at most two decimals.</source>
        <translation>无法读取合计行“%1”：缺少笔数，或缺少最多两位小数的金额。</translation>
    </message>
    <message>
        <source>The totals lines (交易合计, 退款合计) are missing after the list: the file is truncated. Download the bill again.</source>
        <translation>列表之后缺少合计行（交易合计、退款合计）：文件不完整。请重新下载账单。</translation>
    </message>
    <message>
        <source>This system has no GBK text decoder, so no Alipay bill can be read. Install Qt with ICU support.</source>
        <translation>本系统没有 GBK 文本解码器，无法读取支付宝账单。请安装带 ICU 支持的 Qt。</translation>
    </message>
    <message>
        <source>The file does not exist or cannot be read.</source>
        <translation>文件不存在或无法读取。</translation>
    </message>
    <message>
        <source>The file is not a zip archive, or it is damaged. Download the bill again.</source>
        <translation>文件不是 zip 压缩包，或已损坏。请重新下载账单。</translation>
    </message>
    <message>
        <source>The archive holds no detail file (…业务明细.csv): it is not an Alipay trade bill.</source>
        <translation>压缩包中没有明细文件（…业务明细.csv）：这不是支付宝交易账单。</translation>
    </message>
    <message>
        <source>The detail file cannot be unpacked: the archive is damaged. Download the bill again.</source>
        <translation>无法解压明细文件：压缩包已损坏。请重新下载账单。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The detail file is damaged (its checksum does not match). Download the bill again.</source>
        <translation>明细文件已损坏（校验和不符）。请重新下载账单。</translation>
    </message>
    <message>
        <source>The summary file cannot be unpacked: the archive is damaged. Download the bill again.</source>
        <translation>无法解压汇总文件：压缩包已损坏。请重新下载账单。</translation>
    </message>
    <message>
        <source>The summary file is not GBK text, as Alipay writes its bills. Download the bill again.</source>
        <translation>汇总文件不是 GBK 文本（支付宝账单使用 GBK）。请重新下载账单。</translation>
    </message>
    <message>
        <source>The summary file has no 合计 (total) row.</source>
        <translation>汇总文件中没有“合计”行。</translation>
    </message>
    <message>
        <source>The summary&apos;s header line has no column &quot;%1&quot;.</source>
        <translation>汇总文件的表头行中没有“%1”列。</translation>
    </message>
    <message>
        <source>The summary line has %1 cells where the header has %2: it is cut short or malformed.</source>
        <translation>汇总行有 %1 个单元格，而表头有 %2 列：该行不完整或格式有误。</translation>
    </message>
    <message>
        <source>The summary&apos;s 合计 row has a count that is not a number.</source>
        <translation>汇总文件“合计”行中的笔数不是数字。</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; in the summary is not a number of yuan with at most two decimals.</source>
        <translation>汇总文件中的金额“%1”不是以元为单位、最多两位小数的数字。</translation>
    </message>
    <message>
        <source>The summary&apos;s net amount %1 is not its receipts %2 plus its fees %3: the file is inconsistent.</source>
        <translation>汇总文件的净额 %1 不等于商家实收 %2 加服务费 %3：文件前后不一致。</translation>
    </message>
    <message>
        <source>The totals line says %1 trades for %2 yuan, but the lines add up to %3 trades for %4 yuan: the file is inconsistent.</source>
        <translation>合计行为 %1 笔交易、%2 元，但明细行合计为 %3 笔、%4 元：文件前后不一致。</translation>
    </message>
    <message>
        <source>The totals line says %1 refunds for %2 yuan, but the lines add up to %3 refunds for %4 yuan: the file is inconsistent.</source>
        <translation>合计行为 %1 笔退款、%2 元，但明细行合计为 %3 笔、%4 元：文件前后不一致。</translation>
    </message>
    <message>
        <source>The summary counts %1 trades and %2 refunds, but the detail file has %3 and %4: the bill is inconsistent.</source>
        <translation>汇总文件记有 %1 笔交易和 %2 笔退款，但明细文件中为 %3 笔和 %4 笔：账单前后不一致。</translation>
    </message>
    <message>
        <source>The summary&apos;s total %1 is %2 yuan, but the detail lines add up to %3 yuan: the bill is inconsistent.</source>
        <translation>汇总文件中“%1”的合计为 %2 元，但明细行合计为 %3 元：账单前后不一致。</translation>
    </message>
    <message>
        <source>The file holds more than the %1 bytes its header in the archive says: the archive is damaged or forged. Download the bill again.</source>
        <translation>文件的内容多于压缩包中其文件头声明的 %1 字节：压缩包已损坏或被伪造。请重新下载账单。</translation>
    </message>
    <message>
        <source>The file would unpack to %1 bytes, more than the limit of %2 for a bill: it is not a real bill.</source>
        <translation>该文件解压后将有 %1 字节，超过账单的上限 %2：这不是真正的账单。</translation>
    </message>
    <message>
        <source>The file would unpack to more than %1 times its packed size, the limit for a bill: it is not a real bill.</source>
        <translation>该文件解压后将超过其压缩大小的 %1 倍（账单的上限）：这不是真正的账单。</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2, the limit for a line of a bill: it is not a real bill.</source>
        <translation>第 %1 行长于 %2（账单单行的上限）：这不是真正的账单。</translation>
    </message>
    <message>
        <source>The file has more than %1 lines, the limit for a bill: it is not a real bill.</source>
        <translation>文件超过 %1 行（账单的行数上限）：这不是真正的账单。</translation>
    </message>
    <message>
        <source>The archive is %1, more than the limit of %2 for a bill archive: it is not a real bill.</source>
        <translation>压缩包大小为 %1，超过账单压缩包 %2 的上限：它不是真实的账单。</translation>
    </message>
    <message>
        <source>Alipay trade bill</source>
        <translation>支付宝交易账单</translation>
    </message>
    <message>
        <source>The header line has no column &quot;%1&quot;: the file is not a complete %2.</source>
        <translation>表头行中没有“%1”列：该文件不是完整的%2。</translation>
    </message>
    <message>
        <source>A comment line interrupts the list before its end line (%1): the file is malformed.</source>
        <translation>明细列表在结束行（%1）之前被注释行打断：文件格式有误。</translation>
    </message>
    <message>
        <source>A line of data comes before the list&apos;s start line (%1): this is not an Alipay bill.</source>
        <translation>列表开始行（%1）之前出现了数据行：这不是支付宝账单。</translation>
    </message>
    <message>
        <source>The file ends before its list of lines begins (%1): it is empty or not an Alipay bill.</source>
        <translation>文件在明细列表（%1）开始之前就结束了：文件为空，或不是支付宝账单。</translation>
    </message>
    <message>
        <source>The file ends without the list&apos;s end line (%1): it is truncated. Download the bill again.</source>
        <translation>文件缺少列表结束行（%1）：文件不完整。请重新下载账单。</translation>
    </message>
    <message>
        <source>A comment line interrupts the summary before its end line (%1): the file is malformed.</source>
        <translation>汇总列表在结束行（%1）之前被注释行打断：文件格式有误。</translation>
    </message>
    <message>
        <source>The summary file ends without its end line (%1): it is truncated. Download the bill again.</source>
        <translation>汇总文件缺少结束行（%1）：文件不完整。请重新下载账单。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::BillProblem</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>DepositDesk::BillTypes</name>
    <message>
        <source>The bill date &quot;%1&quot; is not a day (2024-05-01) or a month (2024-05).</source>
        <translation>账单日期“%1”既不是日（2024-05-01）也不是月（2024-05）。</translation>
    </message>
    <message>
        <source>Alipay has no bill for this date: there was no business on it, or the bill is not ready yet (day bills come the next morning).</source>
        <translation>支付宝没有该日期的账单：当天没有交易，或账单尚未生成（日账单次日上午生成）。</translation>
    </message>
    <message>
        <source>Alipay answered without a usable download address. Try again later.</source>
        <translation>支付宝的应答中没有可用的下载地址。请稍后重试。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::BulkActionDialog</name>
    <message>
        <source>Another bulk action is running on this desk. Wait until it has finished.</source>
        <translation>本工作台上已有另一项批量操作正在进行。请等待其完成。</translation>
    </message>
    <message>
        <source>Choose the action and give a reason, then Preview to see what will happen to each order before anything is sent.</source>
        <translation>请选择操作并填写原因，然后点击“预览”，在发送任何请求之前查看每笔订单将如何处理。</translation>
    </message>
    <message>
        <source>Preview: %1 will be sent, %2 refused, %3 already handled by an earlier run of this list. Nothing has been sent yet.</source>
        <translation>预览：将发送 %1 笔，拒绝 %2 笔，%3 笔已在之前执行此列表时处理。尚未发送任何请求。</translation>
    </message>
    <message>
        <source>%1 done, %2 refused, %3 failed, %4 awaiting confirmation, %5 cancelled</source>
        <translation>完成 %1 笔，拒绝 %2 笔，失败 %3 笔，待确认 %4 笔，已取消 %5 笔</translation>
    </message>
    <message>
        <source>Sending… %1 of %2 rows have their result (%3).</source>
        <translation>正在提交…%2 行中已有 %1 行得到结果（%3）。</translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation>已取消：%1。</translation>
    </message>
    <message>
        <source>Finished: %1.</source>
        <translation>已完成：%1。</translation>
    </message>
    <message>
        <source>DepositDesk asks Alipay about the rows awaiting confirmation by itself; running the same list again never sends a row twice.</source>
        <translation>待确认的行由免押工作台自动向支付宝查询；再次执行同一列表也绝不会重复发送同一行。</translation>
    </message>
    <message>
        <source>Run the same list again to send the cancelled rows; rows already done are not sent again.</source>
        <translation>再次执行同一列表即可发送已取消的行；已完成的行不会再次发送。</translation>
    </message>
    <message>
        <source>Bulk action</source>
        <translation>批量操作</translation>
    </message>
    <message numerus="yes">
        <source>%n selected order(s). Every order goes through the same checks, locks and audit log as a single action.</source>
        <translation>
            <numerusform>已选择 %n 笔订单。每笔订单都与单笔操作一样，经过相同的检查、锁定和审计日志记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n order(s). Every order goes through the same checks, locks and audit log as a single action.</source>
        <translation>
            <numerusform>%1：%n 笔订单。每笔订单都与单笔操作一样，经过相同的检查、锁定和审计日志记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <source>Amount of each order (¥):</source>
        <translation>每笔订单的金额（¥）：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Kept in the audit log of every order</source>
        <translation>将记入每笔订单的审计日志</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>执行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Amount to refund of each order (¥):</source>
        <translation>每笔订单的退款金额（¥）：</translation>
    </message>
    <message>
        <source>Empty: all that is left of its latest charge</source>
        <translation>留空：退还最近一笔扣款的全部剩余可退金额</translation>
    </message>
</context>
<context>
    <name>DepositDesk::BulkActions</name>
    <message>
        <source>Unfreeze everything left</source>
        <translation>解冻全部剩余金额</translation>
    </message>
    <message>
        <source>Unfreeze an amount</source>
        <translation>解冻指定金额</translation>
    </message>
    <message>
        <source>Report to Sesame as complete</source>
        <translation>上报芝麻信用：履约完成</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>正在提交</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Choose at least one order.</source>
        <translation>请至少选择一笔订单。</translation>
    </message>
    <message>
        <source>Enter the amount to unfreeze of each order.</source>
        <translation>请输入每笔订单要解冻的金额。</translation>
    </message>
    <message>
        <source>Listed before, in row %1: only that row is used.</source>
        <translation>已在第 %1 行列出：只使用该行。</translation>
    </message>
    <message>
        <source>Done in an earlier run of this list; not sent again.</source>
        <translation>之前执行此列表时已完成；不再发送。</translation>
    </message>
    <message>
        <source>Alipay refused it in an earlier run of this list (%1); not sent again.</source>
        <translation>之前执行此列表时支付宝已拒绝（%1）；不再发送。</translation>
    </message>
    <message>
        <source>Sent in an earlier run of this list and awaiting Alipay&apos;s confirmation; DepositDesk asks Alipay by itself. Not sent again.</source>
        <translation>之前执行此列表时已发送，正在等待支付宝确认；免押工作台会自动向支付宝查询。不再发送。</translation>
    </message>
    <message>
        <source>Sent in an earlier run of this list, and Alipay shows it was not done. Send it again from the order&apos;s page.</source>
        <translation>之前执行此列表时已发送，支付宝显示未执行。请在订单页面重新发送。</translation>
    </message>
    <message>
        <source>Sent in an earlier run of this list, and Alipay shows it was not done: sent again with the same request number.</source>
        <translation>之前执行此列表时已发送，支付宝显示未执行：已使用同一请求号重新发送。</translation>
    </message>
    <message>
        <source>Sesame Credit is told about a charge: this order has none yet.</source>
        <translation>上报芝麻信用需要针对一笔扣款，而此订单还没有扣款。</translation>
    </message>
    <message>
        <source>About the charge %1.</source>
        <translation>针对扣款 %1。</translation>
    </message>
    <message>
        <source>Not sent: the run was cancelled. Run the same list again to send it.</source>
        <translation>未发送：本次执行已取消。再次执行同一列表即可发送。</translation>
    </message>
    <message>
        <source>Request a refund</source>
        <translation>申请退款</translation>
    </message>
    <message>
        <source>Enter the amount to refund of each order, or leave it empty to refund all that is left of its latest charge.</source>
        <translation>请输入每笔订单的退款金额，或留空以退还其最近一笔扣款的全部剩余可退金额。</translation>
    </message>
    <message>
        <source>The refund request %1 of %2 for this order is %3: decide it first; a bulk request is not added to it.</source>
        <translation>该订单的退款申请 %1（%2）状态为%3：请先处理它；批量申请不会叠加在其上。</translation>
    </message>
    <message>
        <source>No charge of this order can be refunded now.</source>
        <translation>该订单目前没有可退款的扣款。</translation>
    </message>
    <message>
        <source>Of the charge %1.</source>
        <translation>来自扣款 %1。</translation>
    </message>
    <message>
        <source>Requested in an earlier run of this list (%1, %2, now %3); not asked again.</source>
        <extracomment>%1 the refund request&apos;s number, %2 its amount, %3 its status (&quot;Pending approval&quot;)</extracomment>
        <translation>此清单的上一次执行已申请（%1，%2，当前为%3）；不再重复申请。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::BulkOrderList</name>
    <message>
        <source>The file is %1 MiB; an order list may have at most %2 MiB. Split it into smaller lists.</source>
        <translation>文件大小为 %1 MiB；订单列表最多 %2 MiB。请拆分为较小的列表。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB, the most an order list may have. Split it into smaller lists.</source>
        <translation>文件大于 %1 MiB，即订单列表允许的最大值。请拆分为较小的列表。</translation>
    </message>
    <message>
        <source>This is neither a CSV file nor an XLSX workbook. Save the list as CSV (UTF-8) or XLSX and load it again.</source>
        <translation>这既不是 CSV 文件，也不是 XLSX 工作簿。请将列表另存为 CSV（UTF-8）或 XLSX 后重新加载。</translation>
    </message>
    <message>
        <source>The CSV file cannot be read: %1</source>
        <translation>无法读取 CSV 文件：%1</translation>
    </message>
    <message>
        <source>The workbook is damaged or not an XLSX file, so none of it was used. Save it again as XLSX (or CSV) and load it again.</source>
        <translation>工作簿已损坏或不是 XLSX 文件，因此未使用其中任何内容。请重新另存为 XLSX（或 CSV）后再加载。</translation>
    </message>
    <message>
        <source>The workbook unpacks to more than %1 MiB, the most an order list may have. Split it into smaller lists.</source>
        <translation>工作簿解压后超过 %1 MiB，即订单列表允许的最大值。请拆分为较小的列表。</translation>
    </message>
    <message>
        <source>The list has more than %1 orders, the most one bulk action takes. Split it into smaller lists.</source>
        <translation>列表中的订单超过 %1 笔，即一次批量操作允许的最大数量。请拆分为较小的列表。</translation>
    </message>
    <message>
        <source>The list holds no order number. Put the merchant order numbers (out_order_no) in the first column, or under a column headed &quot;out_order_no&quot;.</source>
        <translation>列表中没有订单号。请将商户订单号（out_order_no）放在第一列，或放在表头为“out_order_no”的列中。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::BulkRowsModel</name>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Frozen before</source>
        <translation>操作前冻结</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Frozen after</source>
        <translation>操作后冻结</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Request number</source>
        <translation>请求号</translation>
    </message>
    <message>
        <source>Refundable before</source>
        <translation>可退（之前）</translation>
    </message>
    <message>
        <source>Refundable after</source>
        <translation>可退（之后）</translation>
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
        <translation>%1 字节</translation>
    </message>
</context>
<context>
    <name>DepositDesk::CancelFreezeDialog</name>
    <message>
        <source>Freeze asked for: ¥%1, status %2</source>
        <translation>申请冻结：¥%1，状态：%2</translation>
    </message>
    <message>
        <source>After the cancel: nothing frozen, the order is closed</source>
        <translation>撤销后：无冻结资金，订单关闭</translation>
    </message>
    <message>
        <source>Cancel freeze %1</source>
        <translation>撤销冻结 %1</translation>
    </message>
    <message>
        <source>Use this only when it is unknown whether the freeze happened (for example the customer&apos;s payment page timed out). Cancelling closes the order if nothing was frozen, and releases the money if it was, so the customer is never left with a freeze nobody knows about.

For a freeze you can see, use Unfreeze instead: it releases a chosen amount and keeps the order&apos;s history.</source>
        <translation>仅在无法确定冻结是否成功时使用（例如用户的支付页面超时）。撤销时，如果没有冻结资金，订单将关闭；如果已冻结，资金将解冻退回。这样用户不会留下一笔无人知晓的冻结。

对于能看到的冻结，请改用“解冻”：它可以解冻指定金额，并保留订单的历史记录。</translation>
    </message>
    <message>
        <source>Cancel the freeze</source>
        <translation>撤销冻结</translation>
    </message>
</context>
<context>
    <name>DepositDesk::Capability</name>
    <message>
        <source>Search orders</source>
        <translation>查询订单</translation>
    </message>
    <message>
        <source>View an order</source>
        <translation>查看订单</translation>
    </message>
    <message>
        <source>Unfreeze a deposit</source>
        <translation>解冻押金</translation>
    </message>
    <message>
        <source>Charge from a deposit</source>
        <translation>从押金扣款</translation>
    </message>
    <message>
        <source>Request a refund</source>
        <translation>申请退款</translation>
    </message>
    <message>
        <source>Approve a refund</source>
        <translation>审批退款</translation>
    </message>
    <message>
        <source>Cancel a freeze</source>
        <translation>撤销冻结</translation>
    </message>
    <message>
        <source>Report to Sesame Credit</source>
        <translation>上报芝麻信用</translation>
    </message>
    <message>
        <source>Run reconciliation</source>
        <translation>执行对账</translation>
    </message>
    <message>
        <source>Manage operators</source>
        <translation>管理操作员</translation>
    </message>
    <message>
        <source>Manage Alipay credentials</source>
        <translation>管理支付宝凭据</translation>
    </message>
    <message>
        <source>Your role may not look at orders. Ask an administrator for access.</source>
        <translation>您的角色无权查看订单。请联系管理员开通权限。</translation>
    </message>
    <message>
        <source>Finance may look at orders but not move money. Ask a customer-service agent or a supervisor.</source>
        <translation>财务可以查看订单，但不能操作资金。请联系客服或主管办理。</translation>
    </message>
    <message>
        <source>Only supervisors and administrators may approve refunds.</source>
        <translation>只有主管和管理员可以审批退款。</translation>
    </message>
    <message>
        <source>Only finance and administrators may run the reconciliation.</source>
        <translation>只有财务和管理员可以执行对账。</translation>
    </message>
    <message>
        <source>Only administrators may manage operators.</source>
        <translation>只有管理员可以管理操作员。</translation>
    </message>
    <message>
        <source>Only administrators may manage the Alipay credentials.</source>
        <translation>只有管理员可以管理支付宝凭据。</translation>
    </message>
    <message>
        <source>Your role may not do this. Ask an administrator.</source>
        <translation>您的角色无权执行此操作。请联系管理员。</translation>
    </message>
    <message>
        <source>Read the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>Only supervisors, finance and administrators may read the audit log.</source>
        <translation>只有主管、财务和管理员可以查看审计日志。</translation>
    </message>
    <message>
        <source>Change the credit waiver policy</source>
        <translation>修改信用免押政策</translation>
    </message>
    <message>
        <source>View the risk report</source>
        <translation>查看风险报表</translation>
    </message>
    <message>
        <source>Risk analysts may look at orders but not move money. Ask a customer-service agent or a supervisor.</source>
        <translation>风控专员可以查看订单，但不能操作资金。请联系客服或主管办理。</translation>
    </message>
    <message>
        <source>Only risk analysts and administrators may change the credit waiver policy.</source>
        <translation>只有风控专员和管理员可以修改信用免押政策。</translation>
    </message>
    <message>
        <source>Only risk analysts, supervisors, finance and administrators may view the risk report.</source>
        <translation>只有风控专员、主管、财务和管理员可以查看风险报表。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::Certificate</name>
    <message>
        <source>Certificate %1 of the file has no END line: the file is cut short. Download the certificate file again.</source>
        <translation>文件中的第 %1 个证书缺少 END 行：文件不完整。请重新下载证书文件。</translation>
    </message>
    <message>
        <source>Certificate %1 of the file is damaged (its content is not a readable X.509 certificate). Download the certificate file again.</source>
        <translation>文件中的第 %1 个证书已损坏（内容不是可读的 X.509 证书）。请重新下载证书文件。</translation>
    </message>
    <message>
        <source>The certificate file is empty.</source>
        <translation>证书文件为空。</translation>
    </message>
    <message>
        <source>The file holds a private key, not a certificate. Choose the .crt file downloaded from the Alipay open platform.</source>
        <translation>该文件中是私钥，不是证书。请选择从支付宝开放平台下载的 .crt 文件。</translation>
    </message>
    <message>
        <source>The file holds no PEM certificate (no -----BEGIN CERTIFICATE----- line). Choose the .crt file downloaded from the Alipay open platform.</source>
        <translation>该文件中没有 PEM 证书（缺少 -----BEGIN CERTIFICATE----- 行）。请选择从支付宝开放平台下载的 .crt 文件。</translation>
    </message>
    <message>
        <source>The root certificate file holds no RSA certificate; Alipay&apos;s root file always has one. Download alipayRootCert.crt again.</source>
        <translation>根证书文件中没有 RSA 证书，而支付宝的根证书文件中一定有。请重新下载 alipayRootCert.crt。</translation>
    </message>
    <message>
        <source>The certificate&apos;s public key cannot be read.</source>
        <translation>无法读取证书中的公钥。</translation>
    </message>
    <message>
        <source>The application private key does not belong to the application public-key certificate (%1): their RSA keys differ. Use the private key from which that certificate was requested, or the certificate issued for this key.</source>
        <translation>应用私钥与应用公钥证书（%1）不匹配：两者的 RSA 密钥不同。请使用申请该证书时所用的私钥，或使用为此私钥签发的证书。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::ChangeFeed</name>
    <message>
        <source>The connection to the database was lost.</source>
        <extracomment>Technical detail behind the database banner&apos;s Details when the driver said nothing</extracomment>
        <translation>与数据库的连接已断开。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::ChargeDialog</name>
    <message>
        <source>Still frozen now: ¥%1</source>
        <translation>当前仍冻结：¥%1</translation>
    </message>
    <message>
        <source>¥%1 is more than the ¥%2 still frozen. Enter at most ¥%2.</source>
        <translation>¥%1 超过仍冻结的 ¥%2。请输入不超过 ¥%2 的金额。</translation>
    </message>
    <message>
        <source>After the charge: —</source>
        <translation>扣款后：—</translation>
    </message>
    <message>
        <source>After the charge: ¥%1 charged, ¥%2 released to the customer, the deposit ends</source>
        <translation>扣款后：扣款 ¥%1，¥%2 解冻退回用户，押金结束</translation>
    </message>
    <message>
        <source>After the charge: ¥%1 charged, ¥%2 still frozen</source>
        <translation>扣款后：扣款 ¥%1，仍冻结 ¥%2</translation>
    </message>
    <message>
        <source>Charge from deposit %1</source>
        <translation>押金扣款 %1</translation>
    </message>
    <message>
        <source>Turn part of the frozen deposit into a payment to the merchant, for example for damage or an overdue rental. The customer sees it as a payment in Alipay.</source>
        <translation>将部分冻结押金转为向商户的支付，例如用于赔偿损坏或逾期租金。用户在支付宝中会看到一笔支付。</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>扣款名目：</translation>
    </message>
    <message>
        <source>What the customer pays for, shown in their Alipay bill</source>
        <translation>用户支付的项目，会显示在用户的支付宝账单中</translation>
    </message>
    <message>
        <source>Release the rest to the customer and end the deposit</source>
        <extracomment>COMPLETE mode: the rest of the deposit is unfrozen together with the charge.</extracomment>
        <translation>剩余押金解冻退回用户，并结束押金</translation>
    </message>
    <message>
        <source>Unchecked: the rest stays frozen for later charges or an unfreeze (NOT_COMPLETE). Checked: Alipay unfreezes the rest with this charge (COMPLETE).</source>
        <translation>不勾选：剩余部分继续冻结，供之后扣款或解冻（NOT_COMPLETE）。勾选：支付宝在本次扣款的同时解冻剩余部分（COMPLETE）。</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>扣款</translation>
    </message>
    <message>
        <source>The customer defaulted (mark the order as violated)</source>
        <translation>用户违约（将订单标记为违约）</translation>
    </message>
    <message>
        <source>Check this when the charge is for a default, such as damage or a rental never returned. The order is marked as violated and reconciliation reminds finance to report it to Sesame.</source>
        <translation>扣款原因是用户违约（例如物品损坏或租用物品未归还）时勾选。订单将标记为违约，对账时会提醒财务上报芝麻信用。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::ChinaTime</name>
    <message>
        <source>&quot;%1&quot; is not a time of the form 2024-05-01 12:00:00.</source>
        <translation>“%1”不是“2024-05-01 12:00:00”格式的时间。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::Cli</name>
    <message>
        <source>Why (required; kept in the audit log and sent as the remark).</source>
        <translation>原因（必填；记入审计日志，并作为备注发送）。</translation>
    </message>
    <message>
        <source>The action did not finish.</source>
        <translation>操作未完成。</translation>
    </message>
    <message>
        <source>The charge&apos;s subject as the customer sees it (default: the reason).</source>
        <translation>用户看到的扣款标题（默认：原因）。</translation>
    </message>
    <message>
        <source>Release what is left frozen with this charge (the order ends).</source>
        <translation>本次扣款的同时解冻剩余冻结金额（订单结束）。</translation>
    </message>
    <message>
        <source>The customer defaulted: mark the order as violated.</source>
        <translation>用户违约：将订单标记为违约。</translation>
    </message>
    <message numerus="yes">
        <source>The audit log verifies: %n entries checked, the chain is intact.</source>
        <translation>
            <numerusform>审计日志校验通过：已检查 %n 条记录，链条完整。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is BROKEN at entry %1: %2 It may have been changed outside DepositDesk.</source>
        <translation>审计日志在第 %1 条记录处已被破坏：%2 它可能在免押工作台之外被修改过。</translation>
    </message>
    <message>
        <source>csv or xlsx.</source>
        <translation>csv 或 xlsx。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>The first day (yyyy-MM-dd, China time).</source>
        <translation>起始日期（yyyy-MM-dd，北京时间）。</translation>
    </message>
    <message>
        <source>The last day (yyyy-MM-dd, China time).</source>
        <translation>截止日期（yyyy-MM-dd，北京时间）。</translation>
    </message>
    <message>
        <source>Only this operator&apos;s entries.</source>
        <translation>仅限此操作员的记录。</translation>
    </message>
    <message>
        <source>Only the entries of this order.</source>
        <translation>仅限此订单的记录。</translation>
    </message>
    <message>
        <source>The format &quot;%1&quot; is not known: use csv or xlsx.</source>
        <translation>未知格式“%1”：请使用 csv 或 xlsx。</translation>
    </message>
    <message>
        <source>--%1 takes a day as yyyy-MM-dd.</source>
        <translation>--%1 的值应为 yyyy-MM-dd 格式的日期。</translation>
    </message>
    <message>
        <source>Only supervisors, finance and administrators may export the audit log.</source>
        <translation>只有主管、财务和管理员可以导出审计日志。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries written to %1.</source>
        <translation>
            <numerusform>已将 %n 条审计记录写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show an order (auth_no or merchant order number); one not in the order list is looked up at Alipay and added.</source>
        <translation>显示订单（auth_no 或商户订单号）；不在订单列表中的订单会向支付宝查询并加入列表。</translation>
    </message>
    <message>
        <source>Release AMOUNT yuan of an order&apos;s deposit.</source>
        <translation>解冻订单押金中的 AMOUNT 元。</translation>
    </message>
    <message>
        <source>Charge AMOUNT yuan from an order&apos;s deposit.</source>
        <translation>从订单押金中扣款 AMOUNT 元。</translation>
    </message>
    <message>
        <source>Ask for a refund of AMOUNT yuan of a charge (TRADE: its out_trade_no); a supervisor approves it unless the desk policy does.</source>
        <translation>为一笔扣款（TRADE：其 out_trade_no）申请退款 AMOUNT 元；由主管审批，除非工作台策略自动审批。</translation>
    </message>
    <message>
        <source>Cancel a freeze whose outcome is unknown.</source>
        <translation>撤销结果未知的冻结。</translation>
    </message>
    <message>
        <source>Refresh an order from Alipay (its operations, charges and refunds).</source>
        <translation>从支付宝刷新订单（其资金操作、扣款和退款）。</translation>
    </message>
    <message>
        <source>Settle every outcome that is unknown by querying Alipay.</source>
        <translation>向支付宝查询，确定所有结果未知的操作。</translation>
    </message>
    <message>
        <source>Reconcile a downloaded Alipay trade bill (.csv.zip) with the ledger, as the console does; --export writes the differences.</source>
        <translation>与工作台相同，将已下载的支付宝交易账单（.csv.zip）与台账对账；--export 写出差异。</translation>
    </message>
    <message>
        <source>Check the whole audit chain; exits 1 when it is broken.</source>
        <translation>校验整条审计链；链条被破坏时退出码为 1。</translation>
    </message>
    <message>
        <source>Write the audit log (or the entries of some days, an operator, an order) to a CSV or XLSX file.</source>
        <translation>将审计日志（或指定日期、操作员、订单的记录）写入 CSV 或 XLSX 文件。</translation>
    </message>
    <message>
        <source>The operator who signs in.</source>
        <translation>登录的操作员。</translation>
    </message>
    <message>
        <source>Read the operator&apos;s password from this file descriptor (first line); without it, it is asked on the terminal without echo.</source>
        <translation>从此文件描述符读取操作员密码（第一行）；未指定时，在终端上以不回显方式询问。</translation>
    </message>
    <message>
        <source>Print one JSON object per result.</source>
        <translation>每个结果输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>The console settings file to read (environment, app_id, seller ID, database).</source>
        <translation>要读取的工作台设置文件（环境、app_id、卖家 ID、数据库）。</translation>
    </message>
    <message>
        <source>The database (SQLite file or PostgreSQL setting) instead of the settings&apos; one.</source>
        <translation>使用此数据库（SQLite 文件或 PostgreSQL 连接设置），而不是设置中的数据库。</translation>
    </message>
    <message>
        <source>Do not read the OS keychain: the keys come from --merchant-key and --alipay-public-key.</source>
        <translation>不读取系统钥匙串：密钥取自 --merchant-key 和 --alipay-public-key。</translation>
    </message>
    <message>
        <source>With --no-keychain: the app private key (PEM) file.</source>
        <translation>配合 --no-keychain：应用私钥（PEM）文件。</translation>
    </message>
    <message>
        <source>With --no-keychain: the Alipay public key (PEM) file.</source>
        <translation>配合 --no-keychain：支付宝公钥（PEM）文件。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Usage: %1 [options] --user LOGIN [--password-fd N]</source>
        <translation>用法：%1 [options] --user LOGIN [--password-fd N]</translation>
    </message>
    <message>
        <source>DepositDesk command line: the console&apos;s actions for scripts, under an operator&apos;s sign-in.</source>
        <translation>免押工作台命令行：以操作员身份登录，在脚本中执行工作台的操作。</translation>
    </message>
    <message>
        <source>Usage: depositdesk COMMAND [ARGUMENTS] [options]</source>
        <translation>用法：depositdesk COMMAND [ARGUMENTS] [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>&quot;depositdesk COMMAND --help&quot; describes a command and its options.</source>
        <translation>“depositdesk COMMAND --help”会说明该命令及其选项。</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 refused or failed, 2 bad usage, 3 outcome unknown (recorded; &quot;depositdesk resolve&quot; settles it).</source>
        <translation>退出码：0 完成，1 被拒绝或失败，2 用法错误，3 结果未知（已记录；由“depositdesk resolve”确定结果）。</translation>
    </message>
    <message>
        <source>Cannot read %1 (missing, unreadable or larger than 64 KiB).</source>
        <translation>无法读取 %1（文件不存在、不可读或大于 64 KiB）。</translation>
    </message>
    <message>
        <source>The keychain gave no credentials for app_id %1: %2</source>
        <translation>钥匙串中没有 app_id %1 的凭据：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command.</source>
        <translation>“%1”不是命令。</translation>
    </message>
    <message numerus="yes">
        <source>&quot;depositdesk %1&quot; takes %n argument(s).</source>
        <translation>
            <numerusform>“depositdesk %1”需要 %n 个参数。</numerusform>
        </translation>
    </message>
    <message>
        <source>--user is required: the operator who signs in.</source>
        <translation>必须指定 --user：登录的操作员。</translation>
    </message>
    <message>
        <source>--password-fd takes the number of an open file descriptor.</source>
        <translation>--password-fd 的值应为已打开的文件描述符编号。</translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>No password could be read from file descriptor %1.</source>
        <translation>无法从文件描述符 %1 读取密码。</translation>
    </message>
    <message>
        <source>No terminal to ask the password on: give it on a file descriptor with --password-fd N.</source>
        <translation>没有可用于输入密码的终端：请用 --password-fd N 通过文件描述符提供密码。</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; cannot be used: %2</source>
        <translation>金额“%1”无效：%2</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>必须指定 --%1。</translation>
    </message>
    <message>
        <source>(request %1)</source>
        <translation>（请求号 %1）</translation>
    </message>
    <message>
        <source>The outcome is unknown and was recorded: run &quot;depositdesk resolve&quot; to settle it by query.</source>
        <translation>结果未知，已记录：请运行“depositdesk resolve”通过查询确定结果。</translation>
    </message>
    <message>
        <source>Order %1 (auth_no %2): %3. Frozen ¥%4 (credit ¥%5), still frozen ¥%6, released ¥%7, charged ¥%8, refunded ¥%9.</source>
        <translation>订单 %1（auth_no %2）：%3。冻结 ¥%4（信用免押 ¥%5），仍冻结 ¥%6，已解冻 ¥%7，已扣款 ¥%8，已退款 ¥%9。</translation>
    </message>
    <message>
        <source>Alipay did not answer in time.</source>
        <translation>支付宝未及时应答。</translation>
    </message>
    <message>
        <source>Write the differences to this file (.csv or .xlsx).</source>
        <translation>将差异写入此文件（.csv 或 .xlsx）。</translation>
    </message>
    <message>
        <source>The reconciliation could not start (a run is going on, or your role may not reconcile).</source>
        <translation>无法开始对账（已有对账正在进行，或您的角色无权对账）。</translation>
    </message>
    <message>
        <source>Bill %1 (%2): %3 matched, %4 difference(s). Bill: %5 trade(s), net ¥%6. Ledger: %7 trade(s), net ¥%8.</source>
        <translation>账单 %1（%2）：%3 笔一致，%4 处差异。账单：%5 笔交易，净额 ¥%6。台账：%7 笔交易，净额 ¥%8。</translation>
    </message>
    <message>
        <source>The differences were written to %1.</source>
        <translation>差异已写入 %1。</translation>
    </message>
    <message>
        <source>How many seconds to keep querying what is still unknown (default %1).</source>
        <translation>对仍未知的结果持续查询的秒数（默认 %1）。</translation>
    </message>
    <message>
        <source>--wait takes a number of seconds.</source>
        <translation>--wait 的值应为秒数。</translation>
    </message>
    <message>
        <source>Nothing is unknown any more: %1 of %2 outcome(s) settled by query.</source>
        <translation>已没有结果未知的操作：%2 笔中的 %1 笔已通过查询确定结果。</translation>
    </message>
    <message>
        <source>%1 outcome(s) settled by query; %2 still unknown (Alipay does not confirm them yet: run &quot;depositdesk resolve&quot; again later).</source>
        <translation>%1 笔已通过查询确定结果；%2 笔仍未知（支付宝尚未确认：请稍后再次运行“depositdesk resolve”）。</translation>
    </message>
    <message>
        <source>Order %1 is not in the order list: look it up first (depositdesk lookup %1).</source>
        <translation>订单 %1 不在订单列表中：请先查询（depositdesk lookup %1）。</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>已变更：%1</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>没有变更。</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>frozen ¥%1 → ¥%2</source>
        <translation>冻结 ¥%1 → ¥%2</translation>
    </message>
    <message>
        <source>frozen ¥%1</source>
        <translation>冻结 ¥%1</translation>
    </message>
    <message>
        <source>amount ¥%1</source>
        <translation>金额 ¥%1</translation>
    </message>
    <message>
        <source>The action of every row (required): %1.</source>
        <translation>每一行执行的操作（必填）：%1。</translation>
    </message>
    <message>
        <source>With unfreeze-amount: the yuan to unfreeze of each order (&quot;12.34&quot;). With refund-request: the yuan to refund of each order&apos;s latest charge (without it, all that is left of it).</source>
        <translation>用于 unfreeze-amount：每笔订单解冻的金额（元，如 &quot;12.34&quot;）。用于 refund-request：每笔订单最近一笔扣款的退款金额（不填则退还其全部剩余可退金额）。</translation>
    </message>
    <message>
        <source>Why (required; kept in the audit log of every order and sent as the remark).</source>
        <translation>原因（必填；记入每笔订单的审计日志，并作为备注发送）。</translation>
    </message>
    <message>
        <source>Send the rows, each printed as it ends. Without it only the preview is printed and nothing is sent (exit 0, refused rows or not). A run exits 0 only when every row is done, 3 when any row&apos;s outcome is unknown, else 1 (a row refused, failed or cancelled). SIGINT or SIGTERM stops it: no further row is sent, the calls out are waited for.</source>
        <translation>发送各行，每行结束时打印结果。不加此项时只打印预览，不发送任何内容（无论是否有被拒绝的行，退出码均为 0）。执行时仅当每一行都完成才以 0 退出；有任何一行结果未知时以 3 退出；否则以 1 退出（有行被拒绝、失败或取消）。SIGINT 或 SIGTERM 会停止执行：不再发送新的行，并等待已发出的调用返回。</translation>
    </message>
    <message>
        <source>Also write the rows (the preview, or each row&apos;s result) to this file (.csv or .xlsx), as the Bulk action dialog exports them.</source>
        <translation>同时将各行（预览或每行结果）写入此文件（.csv 或 .xlsx），格式与批量操作对话框的导出相同。</translation>
    </message>
    <message>
        <source>--action is required.</source>
        <translation>必须指定 --action。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bulk action.</source>
        <translation>“%1”不是批量操作。</translation>
    </message>
    <message>
        <source>The actions: %1.</source>
        <translation>可用的操作：%1。</translation>
    </message>
    <message>
        <source>--amount is required with --action %1.</source>
        <translation>--action %1 必须指定 --amount。</translation>
    </message>
    <message>
        <source>--amount is only for an action that takes one; %1 does not.</source>
        <translation>--amount 只用于需要金额的操作；%1 不需要。</translation>
    </message>
    <message>
        <source>--export writes a .csv or an .xlsx file, not %1.</source>
        <translation>--export 只能写 .csv 或 .xlsx 文件，不能写 %1。</translation>
    </message>
    <message>
        <source>The order list %1 cannot be used: %2</source>
        <translation>订单清单 %1 无法使用：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n order(s) of %2:</source>
        <translation>
            <numerusform>对 %2 中的 %n 笔订单执行%1：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview of %1 on %n order(s) of %2:</source>
        <translation>
            <numerusform>预览：对 %2 中的 %n 笔订单执行%1：</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping: no further row is sent; waiting for the calls that are out.</source>
        <translation>正在停止：不再发送新的行；等待已发出的调用返回。</translation>
    </message>
    <message>
        <source>Another bulk action is running on this desk.</source>
        <translation>本工作台正在执行另一个批量操作。</translation>
    </message>
    <message>
        <source>Preview: %1 will be sent, %2 refused, %3 already handled by an earlier run of this list. Nothing was sent: run it again with --yes to send.</source>
        <translation>预览：将发送 %1 行，拒绝 %2 行，%3 行已由此清单的上一次执行处理。尚未发送任何内容：加上 --yes 再次运行即可发送。</translation>
    </message>
    <message>
        <source>Refused rows are never sent; the others are.</source>
        <translation>被拒绝的行永远不会发送；其他行会发送。</translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation>已取消：%1。</translation>
    </message>
    <message>
        <source>Finished: %1.</source>
        <translation>已完成：%1。</translation>
    </message>
    <message>
        <source>%1 done, %2 refused, %3 failed, %4 awaiting confirmation, %5 cancelled</source>
        <translation>完成 %1，拒绝 %2，失败 %3，待确认 %4，取消 %5</translation>
    </message>
    <message>
        <source>The outcome of the rows awaiting confirmation is unknown and was recorded: run &quot;depositdesk resolve&quot; to settle it by query. Running the same list again never sends a row twice.</source>
        <translation>待确认各行的结果未知，已记录在案：运行 &quot;depositdesk resolve&quot; 通过查询确认。再次运行同一清单绝不会重复发送任何一行。</translation>
    </message>
    <message>
        <source>Run the same list again to send the cancelled rows; rows already done are not sent again.</source>
        <translation>再次运行同一清单即可发送被取消的行；已完成的行不会再次发送。</translation>
    </message>
    <message>
        <source>The rows were written to %1.</source>
        <translation>各行已写入 %1。</translation>
    </message>
    <message>
        <source>Run one action on every order of a list (CSV or XLSX, as the Bulk action dialog loads it): prints the preview; --yes sends it. Running the same file again never sends a row twice.</source>
        <translation>对清单（CSV 或 XLSX，与批量操作对话框读取的格式相同）中的每笔订单执行同一操作：打印预览；加 --yes 则发送。再次运行同一文件绝不会重复发送任何一行。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::ConsoleServices</name>
    <message>
        <source>Alipay credentials are not set up, so this desk can only search and read orders. %1</source>
        <extracomment>%1: what is wrong with the gateway configuration (one or more sentences)</extracomment>
        <translation>尚未配置支付宝凭据，本工作台只能查询和查看订单。%1</translation>
    </message>
    <message>
        <source>%1 Searching and reading orders work; unfreezing, charging and the other Alipay actions are disabled.</source>
        <extracomment>%1: why the keychain gave no credentials (locked, missing, refused ...)</extracomment>
        <translation>%1目前可以查询和查看订单；解冻、扣款等支付宝操作均不可用。</translation>
    </message>
    <message>
        <source>Audit log verified.</source>
        <translation>审计日志校验通过。</translation>
    </message>
    <message>
        <source>The audit log does not verify: %1 It may have been changed outside DepositDesk; tell your administrator.</source>
        <translation>审计日志校验未通过：%1 它可能在免押工作台之外被修改过，请告知管理员。</translation>
    </message>
    <message>
        <source>The database cannot be reached since %1; retrying… Money actions are off until it answers again; what is shown may be out of date.</source>
        <extracomment>%1: the time since when the database cannot be reached (hours and minutes)</extracomment>
        <translation>自 %1 起无法连接数据库，正在重试…… 在数据库恢复应答前，所有资金操作均已停用；当前显示的内容可能已过时。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::ConsoleSettings</name>
    <message>
        <source>The settings file %1 is %2, more than the %3 a settings file may be: it was not read but set aside as %4, and the default settings are used.</source>
        <translation>设置文件 %1 大小为 %2，超过设置文件允许的 %3：它未被读取，已另存为 %4，现使用默认设置。</translation>
    </message>
    <message>
        <source>The settings file %1 is %2, more than the %3 a settings file may be: it was not read, and the default settings are used (and not saved: the file could not be set aside).</source>
        <translation>设置文件 %1 大小为 %2，超过设置文件允许的 %3：它未被读取，现使用默认设置（且不会保存：该文件无法另存）。</translation>
    </message>
    <message>
        <source>The setting %1 in %2 is not valid; %3 is used instead.</source>
        <translation>%2 中的设置 %1 无效；改用 %3。</translation>
    </message>
    <message>
        <source>the production gateway</source>
        <translation>生产网关</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>the system&apos;s proxy</source>
        <translation>系统代理</translation>
    </message>
</context>
<context>
    <name>DepositDesk::CoreDumps</name>
    <message>
        <source>Core dumps could not be switched off (%1), so a crash could write key material to disk. Run DepositDesk with &quot;ulimit -c 0&quot;.</source>
        <translation>无法关闭核心转储（%1），程序崩溃时可能把密钥写入磁盘。请先执行“ulimit -c 0”再启动免押工作台。</translation>
    </message>
    <message>
        <source>The process could not be marked non-dumpable (%1), so other programs of the same user could read its memory. Report this to your administrator.</source>
        <translation>无法把进程设为不可转储（%1），同一用户的其他程序可能读取其内存。请告知管理员。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::CredentialStore</name>
    <message>
        <source>The app ID &quot;%1&quot; is missing or malformed. Copy it from the Alipay open platform (16 digits, such as 2021000000000001).</source>
        <translation>应用 ID“%1”为空或格式不对。请从支付宝开放平台复制（16 位数字，例如 2021000000000001）。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::Credentials</name>
    <message>
        <source>application private key</source>
        <translation>应用私钥</translation>
    </message>
    <message>
        <source>application public key</source>
        <translation>应用公钥</translation>
    </message>
    <message>
        <source>Alipay public key</source>
        <translation>支付宝公钥</translation>
    </message>
    <message>
        <source>application public-key certificate (appCertPublicKey_&lt;app_id&gt;.crt)</source>
        <translation>应用公钥证书（appCertPublicKey_&lt;app_id&gt;.crt）</translation>
    </message>
    <message>
        <source>Alipay public-key certificate (alipayCertPublicKey_RSA2.crt)</source>
        <translation>支付宝公钥证书（alipayCertPublicKey_RSA2.crt）</translation>
    </message>
    <message>
        <source>Alipay root certificate (alipayRootCert.crt)</source>
        <translation>支付宝根证书（alipayRootCert.crt）</translation>
    </message>
    <message>
        <source>The %1 was not accepted: %2</source>
        <translation>%1未被接受：%2</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (%2). Check that it exists and that you may read it.</source>
        <translation>无法读取文件 %1（%2）。请检查文件是否存在以及您是否有读取权限。</translation>
    </message>
    <message>
        <source>The file %1 could not be read to its end. Try again.</source>
        <translation>文件 %1 未能完整读取，请重试。</translation>
    </message>
    <message>
        <source>Certificate mode needs the %1 as well.</source>
        <translation>证书模式还需要%1。</translation>
    </message>
    <message>
        <source>Give either the Alipay public key or the three certificates, not both.</source>
        <translation>请提供支付宝公钥或三个证书，二者只能选其一。</translation>
    </message>
    <message>
        <source>The application public key is not the key of the application certificate. Leave it empty in certificate mode or load the matching one.</source>
        <translation>应用公钥与应用公钥证书中的密钥不一致。证书模式下请留空，或载入与之匹配的公钥。</translation>
    </message>
    <message>
        <source>The application private key is missing. Import the key made with Alipay&apos;s key tool.</source>
        <translation>缺少应用私钥。请导入用支付宝密钥工具生成的私钥。</translation>
    </message>
    <message>
        <source>The %1 was not accepted: the text is %2, far larger than a key or certificate (at most %3).</source>
        <translation>%1 未被接受：文本大小为 %2，远大于密钥或证书（最多 %3）。</translation>
    </message>
    <message>
        <source>%1 is not a file but a folder, a device or a pipe. Choose the %2 file itself.</source>
        <translation>%1 不是文件，而是文件夹、设备或管道。请选择 %2 文件本身。</translation>
    </message>
    <message>
        <source>The file %1 is %2, far larger than a key or certificate file (at most %3). Choose the %4 file itself.</source>
        <translation>文件 %1 大小为 %2，远大于密钥或证书文件（最多 %3）。请选择 %4 文件本身。</translation>
    </message>
    <message>
        <source>The file %1 is empty. Choose the %2 file itself.</source>
        <translation>文件 %1 是空的。请选择 %2 文件本身。</translation>
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
        <translation>证书，RSA %1</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n 个证书</numerusform>
        </translation>
    </message>
    <message>
        <source>No app_id is set, so no Alipay credentials can be loaded. An administrator enters the app_id and imports the keys on the Credentials page.</source>
        <translation>未设置应用 ID，无法加载支付宝凭据。请管理员在“凭据”页面填写应用 ID 并导入密钥。</translation>
    </message>
    <message>
        <source>The Alipay credentials of app_id %1 are being read from the keychain.</source>
        <translation>正在从钥匙串读取应用 ID %1 的支付宝凭据。</translation>
    </message>
    <message>
        <source>The credentials stored for app_id %1 cannot be used: %2 An administrator imports them again on the Credentials page.</source>
        <extracomment>%1 app_id, %2 the problems of the stored keys</extracomment>
        <translation>为应用 ID %1 保存的凭据无法使用：%2请管理员在“凭据”页面重新导入。</translation>
    </message>
    <message>
        <source>Sign in as an administrator to manage the Alipay credentials.</source>
        <translation>请以管理员身份登录，才能管理支付宝凭据。</translation>
    </message>
    <message>
        <source>Another credentials operation is still running. Wait for its answer.</source>
        <translation>另一项凭据操作仍在进行。请等待其结果。</translation>
    </message>
    <message>
        <source>Enter the app_id (16 digits, from the Alipay open platform console).</source>
        <translation>请填写应用 ID（16 位数字，见支付宝开放平台控制台）。</translation>
    </message>
    <message>
        <source>Certificate mode needs the application certificate, the Alipay certificate and the Alipay root certificate.</source>
        <translation>证书模式需要应用公钥证书、支付宝公钥证书和支付宝根证书。</translation>
    </message>
    <message>
        <source>The parts belong together: the private key matches the application certificate.</source>
        <translation>各部分相互匹配：私钥与应用公钥证书一致。</translation>
    </message>
    <message>
        <source>The parts belong together: the private key matches the application public key.</source>
        <translation>各部分相互匹配：私钥与应用公钥一致。</translation>
    </message>
    <message>
        <source>The parts can be used. Load the application public key too to check that the private key is the right one, or test the connection.</source>
        <translation>各部分均可使用。如需确认私钥无误，请同时加载应用公钥，或测试连接。</translation>
    </message>
    <message>
        <source>The credentials of app_id %1 are saved in the keychain and in use.</source>
        <translation>应用 ID %1 的凭据已保存到钥匙串，并已启用。</translation>
    </message>
    <message>
        <source>The credentials of app_id %1 are deleted from the keychain. This desk is read-only until new ones are saved.</source>
        <translation>已从钥匙串删除应用 ID %1 的凭据。保存新凭据之前，本工作台为只读。</translation>
    </message>
    <message>
        <source>The seller ID is the merchant&apos;s Alipay user ID: 16 digits starting with 2088 (the Alipay open platform and the merchant platform show it as PID or 合作伙伴身份).</source>
        <translation>卖家 ID 是商户的支付宝用户 ID：以 2088 开头的 16 位数字（支付宝开放平台和商家平台中显示为 PID 或合作伙伴身份）。</translation>
    </message>
    <message>
        <source>The seller ID was not changed: the audit log could not record the change. %1</source>
        <translation>卖家 ID 未修改：审计日志无法记录此修改。%1</translation>
    </message>
</context>
<context>
    <name>DepositDesk::CredentialsPage</name>
    <message>
        <source>Keys and certificates (*.pem *.txt *.crt *.key *.cer);;All files (*)</source>
        <translation>密钥和证书 (*.pem *.txt *.crt *.key *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Alipay credentials</source>
        <translation>支付宝凭据</translation>
    </message>
    <message>
        <source>Asking Alipay…</source>
        <translation>正在向支付宝查询…</translation>
    </message>
    <message>
        <source>Save these credentials for app_id %1 in the keychain? They replace any stored for that app_id, and this desk uses them at once.</source>
        <translation>将应用 ID %1 的这些凭据保存到钥匙串？它们将替换该应用 ID 已保存的凭据，本工作台会立即启用。</translation>
    </message>
    <message>
        <source>Delete the Alipay credentials of app_id %1 from the keychain? This desk becomes read-only until new ones are saved.</source>
        <translation>从钥匙串删除应用 ID %1 的支付宝凭据？保存新凭据之前，本工作台将为只读。</translation>
    </message>
    <message>
        <source>Stored and in use: app_id %1, certificate mode, with the %2.</source>
        <extracomment>%1 app_id, %2 the parts stored (names, comma separated)</extracomment>
        <translation>已保存并启用：应用 ID %1，证书模式，包含%2。</translation>
    </message>
    <message>
        <source>Stored and in use: app_id %1, public-key mode, with the %2.</source>
        <translation>已保存并启用：应用 ID %1，公钥模式，包含%2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Keychain entry: %1 · %2</source>
        <extracomment>%1 the keychain service name, e.g. DepositDesk/production; %2 the keychain&apos;s state</extracomment>
        <translation>钥匙串条目：%1 · %2</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>loaded: %1, %2</source>
        <extracomment>%1 file name, %2 what it holds (&quot;RSA 2048&quot;); the content is never shown</extracomment>
        <translation>已加载：%1，%2</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>未加载</translation>
    </message>
    <message>
        <source>In the keychain</source>
        <translation>钥匙串中的凭据</translation>
    </message>
    <message>
        <source>Import new credentials from files</source>
        <translation>从文件导入新凭据</translation>
    </message>
    <message>
        <source>app_id</source>
        <translation>应用 ID</translation>
    </message>
    <message>
        <source>16 digits, from the Alipay open platform console</source>
        <translation>16 位数字，见支付宝开放平台控制台</translation>
    </message>
    <message>
        <source>Signing mode</source>
        <translation>加签方式</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>公钥</translation>
    </message>
    <message>
        <source>Public-key certificates</source>
        <translation>公钥证书</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1（可选）</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Save to keychain…</source>
        <translation>保存到钥匙串…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Checks that the parts belong together (nothing is sent).</source>
        <translation>检查各部分是否相互匹配（不发送任何请求）。</translation>
    </message>
    <message>
        <source>Asks Alipay about an order that cannot exist, signed with these keys: a verified answer proves the app_id and keys work. Uses the imported parts, or the stored ones when none are imported.</source>
        <translation>用这些密钥签名，向支付宝查询一个不可能存在的订单：应答验签通过即证明应用 ID 和密钥可用。使用已导入的部分；未导入时使用已保存的凭据。</translation>
    </message>
    <message>
        <source>The seller ID %1 is already the one in use.</source>
        <translation>卖家 ID %1 已在使用中。</translation>
    </message>
    <message>
        <source>The seller ID is now %1: charges and new freezes name it as seller and payee.</source>
        <translation>卖家 ID 已改为 %1：扣款以它为卖家，新的冻结以它为收款方。</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>商户</translation>
    </message>
    <message>
        <source>&amp;Seller ID</source>
        <translation>卖家 ID(&amp;S)</translation>
    </message>
    <message>
        <source>2088 and 12 more digits (PID)</source>
        <translation>2088 加 12 位数字（PID）</translation>
    </message>
    <message>
        <source>Save seller ID</source>
        <translation>保存卖家 ID</translation>
    </message>
    <message>
        <source>The merchant&apos;s Alipay user ID: charges name it as seller and new freezes as payee. Without it charges are disabled.</source>
        <translation>商户的支付宝用户 ID：扣款以它为卖家，新的冻结以它为收款方。未设置时无法扣款。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::CredentialsProbe</name>
    <message>
        <source>Alipay (%1) answered app_id %2 and its signed answer verified: the keys work.</source>
        <translation>支付宝（%1）已应答应用 ID %2，应答签名验证通过：密钥可用。</translation>
    </message>
    <message>
        <source>The test query could not be sent: %1</source>
        <translation>无法发送测试查询：%1</translation>
    </message>
    <message>
        <source>Alipay does not know app_id %1. Check the app_id in the Alipay open platform console.</source>
        <translation>支付宝上没有应用 ID %1。请在支付宝开放平台控制台核对应用 ID。</translation>
    </message>
    <message>
        <source>Alipay refused the signature of the test query: the application private key does not belong to app_id %1 (Alipay holds another application public key or certificate for it). Load the private key whose public key is registered for this app.</source>
        <translation>支付宝拒绝了测试查询的签名：应用私钥与应用 ID %1 不匹配（支付宝为该应用登记的是另一个应用公钥或证书）。请加载其公钥已登记到此应用的私钥。</translation>
    </message>
    <message>
        <source>Alipay refused the test query: %1 (%2).</source>
        <extracomment>%1 Alipay&apos;s explanation, %2 its code</extracomment>
        <translation>支付宝拒绝了测试查询：%1（%2）。</translation>
    </message>
    <message>
        <source>Alipay answered, but its answer does not verify with the Alipay public key (or certificate) given. Load the Alipay public key of this app, not the application public key.</source>
        <translation>支付宝已应答，但无法用所填的支付宝公钥（或证书）验证应答。请加载此应用的支付宝公钥，而不是应用公钥。</translation>
    </message>
    <message>
        <source>Alipay answered with another certificate than the Alipay certificate given (serial %1). Download the current alipayCertPublicKey_RSA2.crt and import it again.</source>
        <translation>支付宝应答所用的证书不是所填的支付宝证书（序列号 %1）。请下载当前的 alipayCertPublicKey_RSA2.crt 并重新导入。</translation>
    </message>
    <message>
        <source>Alipay could not be reached at %1: %2 Check the network and the environment in Settings, then test again.</source>
        <extracomment>%1 the gateway address, %2 what went wrong</extracomment>
        <translation>无法通过 %1 连接支付宝：%2请检查网络和“设置”中的环境，然后重新测试。</translation>
    </message>
    <message>
        <source>The test query gave no clear answer: %1 Test again later.</source>
        <translation>测试查询没有得到明确的应答：%1请稍后重新测试。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::CsvReader</name>
    <message>
        <source>A quoted cell that starts on line %1 is never closed: the file is cut off or damaged.</source>
        <translation>从第 %1 行开始的带引号单元格没有闭合：文件不完整或已损坏。</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2: no order export has such lines. Is this the merchant&apos;s order export?</source>
        <translation>第 %1 行超过 %2：订单导出文件不会有这样的行。这是商户的订单导出文件吗？</translation>
    </message>
    <message>
        <source>The row that starts on line %1 is longer than %2: no order export has such rows. Is this the merchant&apos;s order export?</source>
        <translation>从第 %1 行开始的记录超过 %2：订单导出文件不会有这样的记录。这是商户的订单导出文件吗？</translation>
    </message>
    <message>
        <source>The file could not be read: %1.</source>
        <translation>无法读取该文件：%1。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::CustomerScriptPanel</name>
    <message>
        <source>Copied. Paste it into the chat with the customer.</source>
        <extracomment>Shown next to the copy button for a few seconds after copying.</extracomment>
        <translation>已复制。请粘贴到与用户的对话中。</translation>
    </message>
    <message>
        <source>What to tell the customer</source>
        <extracomment>Heading of the panel with suggested words (话术) for the customer.</extracomment>
        <translation>客服话术</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy these words to the clipboard</source>
        <translation>将话术复制到剪贴板</translation>
    </message>
    <message>
        <source>Suggested replies</source>
        <translation>推荐话术</translation>
    </message>
    <message>
        <source>Suggested words for the customer</source>
        <translation>推荐给用户的话术</translation>
    </message>
</context>
<context>
    <name>DepositDesk::CustomerScripts</name>
    <message>
        <source>the release of ¥%1 of your deposit</source>
        <translation>押金解冻 ¥%1</translation>
    </message>
    <message>
        <source>the charge of ¥%1 from your deposit</source>
        <translation>押金扣款 ¥%1</translation>
    </message>
    <message>
        <source>the refund of ¥%1</source>
        <translation>退款 ¥%1</translation>
    </message>
    <message>
        <source>the last change to your deposit</source>
        <translation>押金最近一次变动</translation>
    </message>
    <message>
        <source>Confirming with Alipay</source>
        <translation>正在与支付宝确认</translation>
    </message>
    <message>
        <source>We are confirming %1 with Alipay. Please do not pay again or ask for it again: it will be done at most once. We will tell you as soon as Alipay confirms it.</source>
        <translation>我们正在与支付宝确认您的%1。请不要重复支付或重复申请：该操作最多只会执行一次。支付宝确认后我们会第一时间通知您。</translation>
    </message>
    <message>
        <source>Refund requested</source>
        <translation>已申请退款</translation>
    </message>
    <message>
        <source>We have requested a refund of ¥%1 on %2. It is being approved; once it is done, the money goes back the way you paid, usually within a few minutes and at most a few working days for bank cards.</source>
        <translation>我们已于 %2 为您申请退款 ¥%1，目前正在审批。退款完成后，资金将原路退回，通常几分钟内到账，银行卡最多需要几个工作日。</translation>
    </message>
    <message>
        <source>¥%1 of the charges has been refunded to you.</source>
        <translation>已扣款项中有 ¥%1 已退还给您。</translation>
    </message>
    <message>
        <source>Waiting for your authorization</source>
        <translation>等待您授权</translation>
    </message>
    <message>
        <source>Your deposit of ¥%1 is not authorized yet. Please open Alipay and confirm the deposit authorization; nothing is charged by it.</source>
        <translation>您 ¥%1 的押金尚未授权。请打开支付宝确认押金授权；授权不会扣款。</translation>
    </message>
    <message>
        <source>Charged from the deposit</source>
        <translation>押金已扣款</translation>
    </message>
    <message>
        <source>On %1 we charged ¥%2 from your deposit of ¥%3 (¥%4 in total so far). ¥%5 remains frozen and will be released when the rental ends.</source>
        <translation>我们已于 %1 从您 ¥%3 的押金中扣款 ¥%2（累计已扣 ¥%4）。剩余 ¥%5 仍处于冻结状态，租赁结束时将解冻。</translation>
    </message>
    <message>
        <source>Deposit partly released</source>
        <translation>押金已部分解冻</translation>
    </message>
    <message>
        <source>On %1 we released ¥%2 of your deposit of ¥%3 back to your Alipay account. ¥%4 remains frozen and will be released when the rental ends.</source>
        <translation>我们已于 %1 将您 ¥%3 押金中的 ¥%2 解冻退回您的支付宝账户。剩余 ¥%4 仍处于冻结状态，租赁结束时将解冻。</translation>
    </message>
    <message>
        <source>Your deposit of ¥%1 has been frozen in your Alipay account since %2. It is not a payment: it is released when the rental ends.</source>
        <translation>您 ¥%1 的押金自 %2 起冻结在您的支付宝账户中。这不是付款：租赁结束时将解冻。</translation>
    </message>
    <message>
        <source>¥%1 of it was waived by your Sesame credit, so only ¥%2 is actually frozen.</source>
        <translation>其中 ¥%1 由芝麻信用免除，实际仅冻结 ¥%2。</translation>
    </message>
    <message>
        <source>Deposit frozen</source>
        <translation>押金已冻结</translation>
    </message>
    <message>
        <source>Order finished</source>
        <translation>订单已完结</translation>
    </message>
    <message>
        <source>Your order is finished: ¥%1 was charged from your deposit of ¥%2 and ¥%3 was released back to your Alipay account. Nothing remains frozen.</source>
        <translation>您的订单已完结：从您 ¥%2 的押金中扣款 ¥%1，¥%3 已解冻退回您的支付宝账户。已无冻结资金。</translation>
    </message>
    <message>
        <source>Authorization closed</source>
        <translation>授权已关闭</translation>
    </message>
    <message>
        <source>The deposit authorization was closed before it was completed. Nothing was frozen or charged.</source>
        <translation>押金授权在完成前已关闭，没有冻结或扣除任何资金。</translation>
    </message>
    <message>
        <source>Deposit released</source>
        <translation>押金已解冻</translation>
    </message>
    <message>
        <source>Your deposit of ¥%1 has been released in full back to your Alipay account on %2. Nothing was charged.</source>
        <translation>您 ¥%1 的押金已于 %2 全额解冻退回您的支付宝账户，未扣除任何费用。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::DailyChartView</name>
    <message>
        <source>Loading the daily totals…</source>
        <translation>正在加载每日合计…</translation>
    </message>
    <message>
        <source>The daily totals could not be read: %1</source>
        <translation>无法读取每日合计：%1</translation>
    </message>
    <message numerus="yes">
        <source>Charges ¥%1, refunds ¥%2, unfreezes ¥%3 over %n day(s).</source>
        <translation>
            <numerusform>%n 天内扣款 ¥%1，退款 ¥%2，解冻 ¥%3。</numerusform>
        </translation>
    </message>
    <message>
        <source>The chart could not be saved as %1. Choose another folder or file name.</source>
        <translation>无法将图表保存为 %1。请选择其他文件夹或文件名。</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>扣款</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Unfreezes</source>
        <translation>解冻</translation>
    </message>
    <message>
        <source>Day (China time)</source>
        <translation>日期（北京时间）</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Daily charges, refunds and unfreezes, %1 – %2</source>
        <translation>每日扣款、退款和解冻（%1 至 %2）</translation>
    </message>
    <message>
        <source>Daily charges, refunds and unfreezes</source>
        <translation>每日扣款、退款和解冻</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>将图表保存为 PNG 图片</translation>
    </message>
    <message>
        <source>Choose a period to see its daily totals.</source>
        <translation>请选择期间以查看每日合计。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::DatabasePassword</name>
    <message>
        <source>The database password is still in the settings file %1: it could not be moved to the system keychain. %2 DepositDesk connects with it, but anyone who can read that file can read the password. Make the keychain available and start DepositDesk again to move it.</source>
        <translation>数据库密码仍在设置文件 %1 中：无法移入系统钥匙串。%2 免押工作台仍用它连接，但任何能读取该文件的人都能读到密码。请让钥匙串可用，然后重新启动免押工作台以移动它。</translation>
    </message>
    <message>
        <source>The database password could not be read from the system keychain. %1 DepositDesk connects without it (a password file named by PGPASSFILE may still supply one).</source>
        <translation>无法从系统钥匙串读取数据库密码。%1 免押工作台将不带密码连接（PGPASSFILE 指定的密码文件仍可能提供密码）。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::DatabasePasswordStore</name>
    <message>
        <source>The system keychain holds no password for this database.</source>
        <translation>系统钥匙串中没有此数据库的密码。</translation>
    </message>
    <message>
        <source>There is no system keychain (Secret Service) in this session, so the database password cannot be kept there.</source>
        <translation>此会话中没有系统钥匙串（Secret Service），因此无法在其中保存数据库密码。</translation>
    </message>
    <message>
        <source>The system keychain is locked: unlock it (for example by signing in to the desktop again) so that the database password can be used.</source>
        <translation>系统钥匙串已锁定：请解锁（例如重新登录桌面），以便使用数据库密码。</translation>
    </message>
    <message>
        <source>The system keychain refused DepositDesk access to the database password.</source>
        <translation>系统钥匙串拒绝免押工作台访问数据库密码。</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>系统钥匙串未及时响应。</translation>
    </message>
    <message>
        <source>The system keychain could not read or store the database password.</source>
        <translation>系统钥匙串无法读取或保存数据库密码。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::DatabaseWaitDialog</name>
    <message>
        <source>Waiting for the database</source>
        <translation>正在等待数据库</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>DepositDesk::DemoEnvironment</name>
    <message>
        <source>Cannot create a temporary folder for demo mode: %1</source>
        <translation>无法为演示模式创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>Cannot create the demo keys: %1</source>
        <translation>无法创建演示密钥：%1</translation>
    </message>
    <message>
        <source>Cannot seed the demo orders: %1</source>
        <translation>无法生成演示订单：%1</translation>
    </message>
    <message>
        <source>Cannot start the demo sandbox gateway: %1</source>
        <translation>无法启动演示沙箱网关：%1</translation>
    </message>
    <message>
        <source>Cannot open the demo database: %1</source>
        <translation>无法打开演示数据库：%1</translation>
    </message>
    <message>
        <source>The demo orders could not be imported: %1</source>
        <translation>演示订单导入失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected</source>
        <translation>
            <numerusform>%n 行被拒绝</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the demo operators: %1</source>
        <translation>无法创建演示操作员：%1</translation>
    </message>
    <message>
        <source>Cannot record the demo orders&apos; history: %1</source>
        <translation>无法记录演示订单的历史：%1</translation>
    </message>
    <message>
        <source>Cannot start the demo notification intake: %1</source>
        <translation>无法启动演示用的通知接收服务：%1</translation>
    </message>
    <message>
        <source>The rented item was not returned.</source>
        <translation>租赁物品未归还。</translation>
    </message>
    <message>
        <source>The demo order %1 is missing.</source>
        <translation>演示订单 %1 不存在。</translation>
    </message>
    <message>
        <source>Demo: the first waiver policy</source>
        <translation>演示：首个免押政策</translation>
    </message>
    <message>
        <source>Cannot save the demo waiver policy: %1</source>
        <translation>无法保存演示用的免押政策：%1</translation>
    </message>
</context>
<context>
    <name>DepositDesk::DeskPolicy</name>
    <message>
        <source>A desk policy setting changes only with its name and who changed it.</source>
        <translation>修改工作台策略设置时，必须写明设置名称和修改人。</translation>
    </message>
    <message>
        <source>An approval threshold must be above ¥0.00. To require an approval for every refund, remove the threshold.</source>
        <translation>审批门槛必须大于 ¥0.00。如需每笔退款都经过审批，请删除门槛。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::DifferenceCorrections</name>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>Write a note saying why you make this correction.</source>
        <translation>请填写备注，说明进行此项更正的原因。</translation>
    </message>
    <message>
        <source>The note looks like a password, key or token. Secrets never go into the audit log: write the note without it.</source>
        <translation>备注看起来像密码、密钥或令牌。机密信息绝不写入审计日志：请去掉它后再填写备注。</translation>
    </message>
    <message>
        <source>This difference is no longer found. Reload the reconciliation.</source>
        <translation>该差异已不再出现。请重新加载对账结果。</translation>
    </message>
    <message>
        <source>“%1” does not apply to a difference of the kind “%2”.</source>
        <extracomment>%1 the correction, %2 the kind of difference</extracomment>
        <translation>“%1”不适用于“%2”类差异。</translation>
    </message>
    <message>
        <source>No order of ours is known for %1: there is nothing to refresh. Nothing was changed.</source>
        <translation>%1 没有对应的我方订单：无可刷新。未做任何变更。</translation>
    </message>
    <message>
        <source>No request of %1 is waiting for its outcome: refresh the order from Alipay instead. Nothing was changed.</source>
        <translation>%1 没有等待结果的请求：请改为从支付宝刷新订单。未做任何变更。</translation>
    </message>
    <message>
        <source>%1 was already recorded as a known external payment by %2 on %3. Nothing was changed.</source>
        <extracomment>%1 &quot;Charge …&quot;, %2 who recorded it, %3 when</extracomment>
        <translation>%1 已由 %2 于 %3 记录为已知外部收款。未做任何变更。</translation>
    </message>
    <message>
        <source>Alipay&apos;s answer did not settle request %1: its outcome stays unknown and is asked again in the background. Nothing was changed.</source>
        <translation>支付宝的应答未能确定请求 %1 的结果：其结果仍未知，将在后台再次查询。未做任何变更。</translation>
    </message>
    <message>
        <source>Request %1 settled by query: %2</source>
        <extracomment>%1 request number, %2 its outcome code as settled (SUCCEEDED, NOT_DONE ...)</extracomment>
        <translation>请求 %1 已通过查询确定结果：%2</translation>
    </message>
    <message>
        <source>Reconciling %1 again failed: %2</source>
        <translation>%1 重新对账失败：%2</translation>
    </message>
    <message>
        <source>Reconciled %1 again: the difference is still found, so it stays open.</source>
        <translation>已对 %1 重新对账：差异仍然存在，因此保持待处理。</translation>
    </message>
    <message>
        <source>Reconciled %1 again: the difference is gone and is marked resolved.</source>
        <translation>已对 %1 重新对账：差异已消除，已标记为已处理。</translation>
    </message>
    <message>
        <source>The period could not be reconciled again now (a run is going on): reconcile it again to see whether the difference is gone.</source>
        <translation>该账期目前无法重新对账（有对账正在进行）：请稍后重新对账，确认差异是否已消除。</translation>
    </message>
    <message>
        <source>Alipay&apos;s answer changed nothing in our ledger.</source>
        <translation>支付宝的应答未使我方台账发生任何变化。</translation>
    </message>
    <message>
        <source>Updated from Alipay: %1.</source>
        <translation>已从支付宝更新：%1。</translation>
    </message>
    <message>
        <source>%1 (%2) is recorded as a known external payment: later reconciliations count it as explained.</source>
        <extracomment>%1 &quot;Charge …&quot;, %2 its amount</extracomment>
        <translation>%1（%2）已记录为已知外部收款：后续对账会将其视为已说明的款项。</translation>
    </message>
    <message>
        <source>The refresh of order %1 from Alipay did not go through: %2 Nothing was changed.</source>
        <extracomment>%1 the order number, %2 why (Alipay unreachable, the charge unknown to it ...)</extracomment>
        <translation>未能从支付宝刷新订单 %1：%2 未做任何更改。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::DifferenceKind</name>
    <message>
        <source>Amount differs</source>
        <translation>金额不符</translation>
    </message>
    <message>
        <source>Only in Alipay&apos;s bill</source>
        <translation>仅在支付宝账单中</translation>
    </message>
    <message>
        <source>Only in our ledger</source>
        <translation>仅在我方台账中</translation>
    </message>
    <message>
        <source>Status differs</source>
        <translation>状态不符</translation>
    </message>
    <message>
        <source>Frozen, never released</source>
        <translation>长期冻结未解冻</translation>
    </message>
    <message>
        <source>Rest never unfrozen</source>
        <translation>剩余部分未解冻</translation>
    </message>
    <message>
        <source>Default not reported to Sesame</source>
        <translation>违约未上报芝麻信用</translation>
    </message>
    <message>
        <source>Totals differ</source>
        <translation>合计不符</translation>
    </message>
    <message>
        <source>Only in the account bill</source>
        <translation>仅在账务账单中</translation>
    </message>
    <message>
        <source>Not in the account bill</source>
        <translation>不在账务账单中</translation>
    </message>
    <message>
        <source>Account bill amount differs</source>
        <translation>账务账单金额不符</translation>
    </message>
    <message>
        <source>Account bill totals differ</source>
        <translation>账务账单合计不符</translation>
    </message>
    <message>
        <source>Balance broken</source>
        <translation>余额不连续</translation>
    </message>
</context>
<context>
    <name>DepositDesk::DifferenceWords</name>
    <message>
        <source>Charge %1</source>
        <translation>扣款 %1</translation>
    </message>
    <message>
        <source>Refund %1 of charge %2</source>
        <translation>扣款 %2 的退款 %1</translation>
    </message>
    <message>
        <source>%1 (%2) is in Alipay&apos;s bill but not in our ledger. Refresh the order from Alipay, find out who charged it, or record it as a known external payment.</source>
        <extracomment>%1 &quot;Charge …&quot;, %2 the amount</extracomment>
        <translation>%1（%2）在支付宝账单中，但不在我方台账中。请从支付宝刷新订单、查明是谁发起的扣款，或将其记录为已知外部收款。</translation>
    </message>
    <message>
        <source>%1: Alipay&apos;s bill says “%2”, our ledger says “%3”. Refresh the order from Alipay.</source>
        <extracomment>%1 &quot;Charge …&quot;, %2 the status in Alipay&apos;s bill, %3 the status in our ledger</extracomment>
        <translation>%1：支付宝账单记为“%2”，我方台账记为“%3”。请从支付宝刷新订单。</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>尚无记录</translation>
    </message>
    <message>
        <source>%1 is %2 in Alipay&apos;s bill but %3 in our ledger. Refresh the order from Alipay; if it stays, raise it with Alipay.</source>
        <translation>%1在支付宝账单中为 %2，在我方台账中为 %3。请从支付宝刷新订单；如仍不一致，请向支付宝反馈。</translation>
    </message>
    <message>
        <source>%1 (%2) succeeded in our ledger on %3 but is not in Alipay&apos;s bill. Query it on Alipay; it may belong to another day&apos;s bill.</source>
        <extracomment>%3 when (China time)</extracomment>
        <translation>%1（%2）在我方台账中于 %3 成功，但不在支付宝账单中。请向支付宝查询；它可能属于其他日期的账单。</translation>
    </message>
    <message>
        <source>%1 is still frozen on order %2 and nothing has happened to it since %3. Unfreeze it, or charge what the customer owes.</source>
        <extracomment>%1 the amount still frozen, %2 the order number, %3 the day of its last activity</extracomment>
        <translation>订单 %2 仍冻结 %1，自 %3 起没有任何动作。请解冻，或扣取用户应付的金额。</translation>
    </message>
    <message>
        <source>Charge %1 of order %2 left the rest of the deposit frozen, and %3 is still frozen. Unfreeze the rest unless more will be charged.</source>
        <extracomment>%1 the charge number, %2 the order number, %3 the amount still frozen</extracomment>
        <translation>订单 %2 的扣款 %1 之后，剩余押金未解冻，仍冻结 %3。除非还要继续扣款，否则请解冻剩余部分。</translation>
    </message>
    <message>
        <source>Order %1 was marked on %2 as defaulted by the customer, but the default was never reported to Sesame. Report it from the order&apos;s page.</source>
        <translation>订单 %1 已于 %2 标记为用户违约，但违约从未上报芝麻信用。请在订单页面上报。</translation>
    </message>
    <message>
        <source>The detail file&apos;s total lines do not add up to its lines. Download the bill again.</source>
        <translation>明细文件末尾的合计行与明细行合计不一致。请重新下载账单。</translation>
    </message>
    <message>
        <source>The summary file does not match the detail lines. Download the bill again.</source>
        <translation>汇总文件与明细行不一致。请重新下载账单。</translation>
    </message>
    <message>
        <source>The totals of Alipay&apos;s bill and of our ledger disagree: the Totals tab shows them side by side.</source>
        <translation>支付宝账单与我方台账的合计不一致：可在“合计”标签页中对照查看。</translation>
    </message>
    <message>
        <source>%1 (%2) moved money in the Alipay account, but our ledger has no such charge or refund. Refresh the order from Alipay, or find out who made it.</source>
        <extracomment>%1 &quot;Charge …&quot; / &quot;Refund … of charge …&quot;, %2 the amount</extracomment>
        <translation>%1（%2）在支付宝账户中发生了资金变动，但我方台账中没有对应的扣款或退款。请从支付宝刷新订单，或查明其来源。</translation>
    </message>
    <message>
        <source>%1 (%2) moved money in the Alipay account, but our ledger says “%3”. Refresh the order from Alipay.</source>
        <extracomment>%1 &quot;Charge …&quot;, %2 the amount, %3 the status in our ledger</extracomment>
        <translation>%1（%2）在支付宝账户中发生了资金变动，但我方台账记为“%3”。请从支付宝刷新订单。</translation>
    </message>
    <message>
        <source>%1 is %2 in the account bill but %3 in our ledger. Refresh the order from Alipay; if it stays, raise it with Alipay.</source>
        <translation>%1在账务账单中为 %2，在我方台账中为 %3。请从支付宝刷新订单；如仍不一致，请向支付宝反馈。</translation>
    </message>
    <message>
        <source>%1 (%2) succeeded in our ledger on %3 but moved no money in the Alipay account bill. Query it on Alipay; it may belong to another day&apos;s bill.</source>
        <extracomment>%3 when (China time)</extracomment>
        <translation>%1（%2）在我方台账中于 %3 成功，但在支付宝账务账单中没有资金变动。请向支付宝查询；它可能属于其他日期的账单。</translation>
    </message>
    <message>
        <source>Trade bill</source>
        <extracomment>Bill type &quot;trade&quot;: payments and refunds</extracomment>
        <translation>交易账单</translation>
    </message>
    <message>
        <source>Account bill (账务明细)</source>
        <extracomment>Bill type &quot;signcustomer&quot;: the merchant account&apos;s movements (fees, payouts)</extracomment>
        <translation>账务账单（账务明细）</translation>
    </message>
    <message>
        <source>refreshed from Alipay</source>
        <extracomment>How a difference was resolved</extracomment>
        <translation>已从支付宝刷新</translation>
    </message>
    <message>
        <source>recorded as a known external payment</source>
        <extracomment>How a difference was resolved</extracomment>
        <translation>已记录为已知外部收款</translation>
    </message>
    <message>
        <source>settled by query</source>
        <extracomment>How a difference was resolved</extracomment>
        <translation>已通过查询确定结果</translation>
    </message>
    <message>
        <source>Refresh this order from Alipay</source>
        <translation>从支付宝刷新此订单</translation>
    </message>
    <message>
        <source>Record this bill line as a known external payment</source>
        <translation>将此账单行记录为已知外部收款</translation>
    </message>
    <message>
        <source>Settle the unknown outcome by query</source>
        <translation>通过查询确定未知结果</translation>
    </message>
</context>
<context>
    <name>DepositDesk::DifferencesModel</name>
    <message>
        <source>Double-click to open the order</source>
        <translation>双击打开订单</translation>
    </message>
    <message>
        <source>Resolved by %1 on %2</source>
        <extracomment>Difference state: %1 who resolved it, %2 when (China time)</extracomment>
        <translation>已由 %1 于 %2 处理</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Difference state: nobody has worked it yet</extracomment>
        <translation>待处理</translation>
    </message>
    <message>
        <source>%1 · no longer found</source>
        <extracomment>Difference state, after Open/Resolved: the latest run did not find it again</extracomment>
        <translation>%1 · 已不再出现</translation>
    </message>
    <message>
        <source>Difference</source>
        <extracomment>Column: what kind of difference reconciliation found</extracomment>
        <translation>差异</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>Column: when the charge/refund happened (China time)</extracomment>
        <translation>时间</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>商户订单号</translation>
    </message>
    <message>
        <source>Alipay trade no.</source>
        <extracomment>Column: Alipay&apos;s trade number (trade_no)</extracomment>
        <translation>支付宝交易号</translation>
    </message>
    <message>
        <source>Charge / refund no.</source>
        <extracomment>Column: the merchant&apos;s charge number (out_trade_no) or refund number (out_request_no)</extracomment>
        <translation>扣款/退款单号</translation>
    </message>
    <message>
        <source>In the bill</source>
        <extracomment>Column: the amount in Alipay&apos;s bill</extracomment>
        <translation>账单金额</translation>
    </message>
    <message>
        <source>In our records</source>
        <extracomment>Column: the amount in DepositDesk&apos;s own records</extracomment>
        <translation>我方记录金额</translation>
    </message>
    <message>
        <source>Bill status</source>
        <translation>账单状态</translation>
    </message>
    <message>
        <source>Our status</source>
        <translation>我方状态</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>State</source>
        <translation>处理状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) for this order</source>
        <extracomment>Differences column: how many differences the same order has (shown from 2 on)</extracomment>
        <translation>
            <numerusform>此订单共有 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>The same charge is also listed as “%1”: a second problem of this charge, not a duplicate.</source>
        <extracomment>After a difference&apos;s sentence: %1 the kind of the other difference of the same charge</extracomment>
        <translation>同一笔扣款还列为“%1”：这是该扣款的另一个问题，并非重复。</translation>
    </message>
    <message>
        <source>This order also has “%1”.</source>
        <extracomment>After a difference&apos;s sentence: %1 the kind of another difference of the order</extracomment>
        <translation>此订单还有“%1”。</translation>
    </message>
    <message>
        <source>Resolved by %1 on %2: %3</source>
        <extracomment>Difference state: %1 who resolved it, %2 when (China time), %3 the correction made</extracomment>
        <translation>已由 %1 于 %2 处理：%3</translation>
    </message>
    <message>
        <source>Same order</source>
        <extracomment>Column: how many differences the same order has</extracomment>
        <translation>同订单</translation>
    </message>
</context>
<context>
    <name>DepositDesk::DifferencesPanel</name>
    <message>
        <source>Exported the differences listed to %1.</source>
        <extracomment>%1 the file written</extracomment>
        <translation>已将列出的差异导出到 %1。</translation>
    </message>
    <message>
        <source>Amounts are in yuan, for example 12.50; the amount filter is left out until it reads as one.</source>
        <translation>金额以元为单位，例如 12.50；输入有效金额之前，不按金额筛选。</translation>
    </message>
    <message>
        <source>Not reconciled yet.</source>
        <translation>尚未对账。</translation>
    </message>
    <message>
        <source>The difference was not marked resolved: %1</source>
        <extracomment>%1 why the store refused (translated)</extracomment>
        <translation>差异未能标记为已处理：%1</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>差异类型(&amp;K)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <extracomment>Filter: only differences that happened between these days</extracomment>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Amount ¥</source>
        <translation>金额 ¥(&amp;A)</translation>
    </message>
    <message>
        <source>from</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>to</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>Show &amp;resolved</source>
        <translation>显示已处理(&amp;R)</translation>
    </message>
    <message>
        <source>Show &amp;no longer found</source>
        <translation>显示不再出现的差异(&amp;N)</translation>
    </message>
    <message>
        <source>Differences an earlier run found that the latest run did not find again.</source>
        <translation>之前的对账发现、但最近一次对账未再发现的差异。</translation>
    </message>
    <message>
        <source>&amp;Open order</source>
        <translation>打开订单(&amp;O)</translation>
    </message>
    <message>
        <source>Re&amp;solve…</source>
        <translation>处理(&amp;S)…</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) listed, %1 open</source>
        <extracomment>%n how many differences are listed, %1 how many of them nobody resolved yet</extracomment>
        <translation>
            <numerusform>共列出 %n 处差异，%1 处待处理</numerusform>
        </translation>
    </message>
    <message>
        <source>The correction was not made: %1</source>
        <translation>未能完成更正：%1</translation>
    </message>
    <message>
        <source>Working on the correction…</source>
        <translation>正在更正…</translation>
    </message>
</context>
<context>
    <name>DepositDesk::Environment</name>
    <message>
        <source>Demo mode</source>
        <extracomment>The console talks to its embedded sandbox with made-up orders.</extracomment>
        <translation>演示模式</translation>
    </message>
    <message>
        <source>Production</source>
        <extracomment>Real customers, real money.</extracomment>
        <translation>生产环境</translation>
    </message>
    <message>
        <source>Alipay sandbox</source>
        <translation>支付宝沙箱</translation>
    </message>
    <message>
        <source>Local gateway</source>
        <extracomment>A gateway on this computer or network (a sandbox)</extracomment>
        <translation>本地网关</translation>
    </message>
</context>
<context>
    <name>DepositDesk::ErrorBanner</name>
    <message>
        <source>Hide details</source>
        <translation>隐藏详情</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Alipay&apos;s codes and the technical text, for an expert</source>
        <translation>支付宝返回码及技术信息，供技术人员排查</translation>
    </message>
    <message>
        <source>Alipay code: %1</source>
        <extracomment>Error details: Alipay&apos;s answer code, e.g. &quot;40004&quot;.</extracomment>
        <translation>支付宝返回码：%1</translation>
    </message>
    <message>
        <source>sub_code: %1</source>
        <translation>sub_code：%1</translation>
    </message>
    <message>
        <source>sub_msg: %1</source>
        <translation>sub_msg：%1</translation>
    </message>
    <message>
        <source>Request number: %1</source>
        <translation>请求号：%1</translation>
    </message>
    <message>
        <source>Technical: %1</source>
        <translation>技术信息：%1</translation>
    </message>
</context>
<context>
    <name>DepositDesk::FirstRunSetup</name>
    <message>
        <source>The database password could not be stored in the system keychain: %1 Nothing else was saved; make the keychain available and try again.</source>
        <translation>数据库密码无法存入系统钥匙串：%1 其他内容均未保存；请在钥匙串可用后重试。</translation>
    </message>
    <message>
        <source>The local gateway address must be an http(s) URL such as http://127.0.0.1:8080/gateway.do.</source>
        <translation>本地网关地址必须是 http(s) 网址，例如 http://127.0.0.1:8080/gateway.do。</translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer (127.0.0.1). Use https for another computer.</source>
        <translation>明文 http 只能连接本机（127.0.0.1）。连接其他计算机请使用 https。</translation>
    </message>
    <message>
        <source>Enter the app_id: 16 digits, from the Alipay open platform console.</source>
        <translation>请输入 app_id：16 位数字，可在支付宝开放平台控制台查看。</translation>
    </message>
    <message>
        <source>The app_id &quot;%1&quot; is not valid: it has 16 digits (the Alipay open platform console shows it as APPID).</source>
        <translation>app_id“%1”无效：应为 16 位数字（支付宝开放平台控制台中显示为 APPID）。</translation>
    </message>
    <message>
        <source>Enter the seller ID: the merchant&apos;s Alipay user ID, 16 digits starting with 2088 (PID).</source>
        <translation>请输入卖家 ID：商户的支付宝用户 ID，以 2088 开头的 16 位数字（PID）。</translation>
    </message>
    <message>
        <source>The seller ID &quot;%1&quot; is not valid: it has 16 digits and starts with 2088. It is not the app_id; the merchant platform shows it as PID.</source>
        <translation>卖家 ID“%1”无效：应为以 2088 开头的 16 位数字。它不是 app_id；商家平台中显示为 PID。</translation>
    </message>
    <message>
        <source>Enter the PostgreSQL server&apos;s host name or address.</source>
        <translation>请输入 PostgreSQL 服务器的主机名或地址。</translation>
    </message>
    <message>
        <source>Enter the name of the PostgreSQL database.</source>
        <translation>请输入 PostgreSQL 数据库的名称。</translation>
    </message>
    <message>
        <source>Enter the PostgreSQL user the desk signs in as.</source>
        <translation>请输入工作台登录 PostgreSQL 所用的用户名。</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (PostgreSQL&apos;s is 5432).</source>
        <translation>端口是 1 到 65535 之间的数字（PostgreSQL 默认为 5432）。</translation>
    </message>
    <message>
        <source>The TLS mode &quot;%1&quot; is not one PostgreSQL knows.</source>
        <translation>PostgreSQL 不支持 TLS 模式“%1”。</translation>
    </message>
    <message>
        <source>Checking the server&apos;s certificate needs the root certificate it was issued by: choose its file.</source>
        <translation>校验服务器证书需要签发它的根证书：请选择根证书文件。</translation>
    </message>
    <message>
        <source>Open the database first.</source>
        <translation>请先打开数据库。</translation>
    </message>
    <message>
        <source>Choose the administrator&apos;s login.</source>
        <translation>请设定管理员的登录名。</translation>
    </message>
    <message>
        <source>Choose the administrator&apos;s password.</source>
        <translation>请设定管理员的密码。</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不一致。请输入两遍相同的密码。</translation>
    </message>
    <message>
        <source>Open the database and sign in as its administrator first.</source>
        <translation>请先打开数据库，并以其管理员身份登录。</translation>
    </message>
    <message>
        <source>Open the database, sign in and enter the app_id first.</source>
        <translation>请先打开数据库、登录并输入 app_id。</translation>
    </message>
    <message>
        <source>DepositDesk is set up: the keys are in the system keychain and the settings in %1.</source>
        <translation>免押工作台已设置完成：密钥保存在系统钥匙串中，设置保存在 %1。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::FormEncoding</name>
    <message>
        <source>The form data contains a broken %-escape at position %1.</source>
        <translation>表单数据在位置 %1 处有残缺的 %-转义序列。</translation>
    </message>
    <message>
        <source>The form data is not valid UTF-8 text.</source>
        <translation>表单数据不是有效的 UTF-8 文本。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::FundAuthTypes</name>
    <message>
        <source>timeout_express must be a whole number followed by m, h or d, such as 15m.</source>
        <translation>timeout_express 必须是整数加 m、h 或 d，例如 15m。</translation>
    </message>
    <message>
        <source>The freeze was closed: the customer did not authorize it. No money is frozen.</source>
        <translation>冻结已关闭：用户未授权，没有冻结任何资金。</translation>
    </message>
    <message>
        <source>The freeze is waiting for the customer to confirm it in the Alipay app. DepositDesk checks its status until it is final.</source>
        <translation>冻结正在等待用户在支付宝 App 中确认。免押工作台会持续查询，直到结果确定。</translation>
    </message>
    <message>
        <source>Alipay accepted the freeze but sent no QR code. DepositDesk checks the freeze&apos;s status before anything else is done.</source>
        <translation>支付宝受理了冻结，但没有返回二维码。免押工作台会先查询冻结状态，再进行其他操作。</translation>
    </message>
    <message>
        <source>Give the auth_no or the out_order_no of the order to query.</source>
        <translation>请提供要查询订单的 auth_no 或 out_order_no。</translation>
    </message>
    <message>
        <source>operation_type must be FREEZE, UNFREEZE or PAY.</source>
        <translation>operation_type 必须是 FREEZE、UNFREEZE 或 PAY。</translation>
    </message>
    <message>
        <source>Alipay accepted the unfreeze but did not report it as done (status &quot;%1&quot;). DepositDesk checks it with a detail query.</source>
        <translation>支付宝受理了解冻，但没有报告已完成（状态“%1”）。免押工作台会通过明细查询核实。</translation>
    </message>
    <message>
        <source>Alipay reported an unfreeze of %1 yuan where %2 yuan was asked. DepositDesk checks it with a detail query.</source>
        <translation>支付宝报告解冻了 %1 元，而申请的是 %2 元。免押工作台会通过明细查询核实。</translation>
    </message>
    <message>
        <source>Give auth_no with operation_id, or out_order_no with out_request_no, of the freeze to cancel.</source>
        <translation>请提供要撤销的冻结的 auth_no 和 operation_id，或 out_order_no 和 out_request_no。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::GatewayConfig</name>
    <message>
        <source>The app ID is missing or malformed. Copy it from the Alipay open platform (16 digits, such as 2021000000000001).</source>
        <translation>应用 ID 缺失或格式不正确。请从支付宝开放平台复制（16 位数字，例如 2021000000000001）。</translation>
    </message>
    <message>
        <source>The application private key is missing. Load the key made with Alipay&apos;s key tool.</source>
        <translation>缺少应用私钥。请加载用支付宝密钥工具生成的私钥。</translation>
    </message>
    <message>
        <source>The Alipay public key is missing, so no answer could be trusted. Copy it from the Alipay open platform (or load alipayCertPublicKey_RSA2.crt in certificate mode).</source>
        <translation>缺少支付宝公钥，任何应答都无法验证。请从支付宝开放平台复制（证书模式下请加载 alipayCertPublicKey_RSA2.crt）。</translation>
    </message>
    <message>
        <source>The Alipay public key is the application&apos;s own public key. Copy the key labelled &quot;支付宝公钥&quot; (Alipay public key), not &quot;应用公钥&quot;.</source>
        <translation>填写的支付宝公钥其实是应用自己的公钥。请复制标为“支付宝公钥”的密钥，而不是“应用公钥”。</translation>
    </message>
    <message>
        <source>The call timeout must be between 0.1 and 600 seconds.</source>
        <translation>调用超时时间必须在 0.1 到 600 秒之间。</translation>
    </message>
    <message>
        <source>The product code &quot;%1&quot; is not valid; use PREAUTH_PAY unless Alipay told you otherwise.</source>
        <translation>产品码“%1”无效；除非支付宝另有说明，请使用 PREAUTH_PAY。</translation>
    </message>
    <message>
        <source>The notification address must be an http(s) URL of at most 256 characters, or empty.</source>
        <translation>异步通知地址必须是不超过 256 个字符的 http(s) 网址，或留空。</translation>
    </message>
    <message>
        <source>The merchant user ID &quot;%1&quot; is not valid: it has 16 digits and starts with 2088.</source>
        <translation>商户 ID（PID）“%1”无效：应为以 2088 开头的 16 位数字。</translation>
    </message>
    <message>
        <source>The gateway address &quot;%1&quot; is not an http(s) URL. Use https://openapi.alipay.com/gateway.do for production.</source>
        <translation>网关地址“%1”不是 http(s) 网址。生产环境请使用 https://openapi.alipay.com/gateway.do。</translation>
    </message>
    <message>
        <source>The gateway address &quot;%1&quot; uses plain http to another computer, which would expose every request. Use https, or http only for a sandbox on this computer (127.0.0.1 or localhost).</source>
        <translation>网关地址“%1”以明文 http 连接其他计算机，所有请求都会暴露。请使用 https；只有本机上的沙箱（127.0.0.1 或 localhost）可以用 http。</translation>
    </message>
    <message>
        <source>The gateway address must not contain a user name or password.</source>
        <translation>网关地址中不能包含用户名或密码。</translation>
    </message>
    <message>
        <source>The application certificate SN (app_cert_sn) must be 32 lower-case hexadecimal characters. Load appCertPublicKey_&lt;appid&gt;.crt again.</source>
        <translation>应用证书序列号（app_cert_sn）必须是 32 位小写十六进制字符。请重新加载 appCertPublicKey_&lt;appid&gt;.crt。</translation>
    </message>
    <message>
        <source>The Alipay root certificate SN (alipay_root_cert_sn) must be one or more 32-character SNs joined by &apos;_&apos;. Load alipayRootCert.crt again.</source>
        <translation>支付宝根证书序列号（alipay_root_cert_sn）必须是一个或多个用“_”连接的 32 位序列号。请重新加载 alipayRootCert.crt。</translation>
    </message>
    <message>
        <source>The Alipay certificate SN must be 32 lower-case hexadecimal characters. Load alipayCertPublicKey_RSA2.crt again.</source>
        <translation>支付宝公钥证书序列号必须是 32 位小写十六进制字符。请重新加载 alipayCertPublicKey_RSA2.crt。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::GatewayRequest</name>
    <message>
        <source>the application private key is not configured.</source>
        <translation>未配置应用私钥。</translation>
    </message>
    <message>
        <source>the API method or the app ID is missing.</source>
        <translation>缺少接口名称或应用 ID。</translation>
    </message>
    <message>
        <source>the request has no business content.</source>
        <translation>请求没有业务参数（biz_content）。</translation>
    </message>
    <message>
        <source>signing with the application private key failed.</source>
        <translation>使用应用私钥签名失败。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::HelpMenu</name>
    <message>
        <source>DepositDesk user guide</source>
        <translation>免押工作台使用指南</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>日志文件夹</translation>
    </message>
    <message>
        <source>No file manager could be opened. The log files are in %1.</source>
        <translation>无法打开文件管理器。日志文件位于 %1。</translation>
    </message>
    <message>
        <source>About DepositDesk</source>
        <translation>关于免押工作台</translation>
    </message>
    <message>
        <source>DepositDesk %1</source>
        <translation>免押工作台 %1</translation>
    </message>
    <message>
        <source>Deposit-free operations console for Alipay fund pre-authorization</source>
        <translation>支付宝资金预授权免押业务工作台</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1（编译时为 %2）</translation>
    </message>
    <message>
        <source>OpenSSL</source>
        <translation>OpenSSL</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>设置文件</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Downloaded bills</source>
        <translation>已下载的账单</translation>
    </message>
    <message>
        <source>Log files</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>使用指南(&amp;G)</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About DepositDesk</source>
        <translation>关于免押工作台(&amp;A)</translation>
    </message>
</context>
<context>
    <name>DepositDesk::ImportCommand</name>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) were rejected and --strict was given.</source>
        <translation>
            <numerusform>未导入任何订单：有 %n 行被拒绝，且指定了 --strict。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import nothing if any row is rejected.</source>
        <translation>只要有一行被拒绝，就不导入任何订单。</translation>
    </message>
    <message>
        <source>File format: csv or json (default: by the file name).</source>
        <translation>文件格式：csv 或 json（默认按文件名判断）。</translation>
    </message>
    <message>
        <source>Where to write the rejected rows (default: FILE.rejected.csv).</source>
        <translation>被拒绝的行写到哪里（默认：FILE.rejected.csv）。</translation>
    </message>
    <message>
        <source>The merchant&apos;s order export.</source>
        <translation>商户导出的订单文件。</translation>
    </message>
    <message>
        <source>Name exactly one file to import.</source>
        <translation>请指定且只指定一个要导入的文件。</translation>
    </message>
    <message>
        <source>Usage: depositdesk import FILE [--strict] [--format csv|json] [--report PATH] [--database DB]</source>
        <translation>用法：depositdesk import FILE [--strict] [--format csv|json] [--report PATH] [--database DB]</translation>
    </message>
    <message>
        <source>The format &quot;%1&quot; is not known: use csv or json.</source>
        <translation>未知的格式“%1”：请使用 csv 或 json。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>The rejected rows are listed in %1.</source>
        <translation>被拒绝的行已列在 %1 中。</translation>
    </message>
    <message>
        <source>Imported %1 of %2 orders into %3: %4 new, %5 updated, %6 unchanged; %7 rejected.</source>
        <translation>已将 %2 个订单中的 %1 个导入 %3：新增 %4 个，更新 %5 个，未变 %6 个；拒绝 %7 个。</translation>
    </message>
    <message>
        <source>SQLite file or PostgreSQL connection string (keep the password in PGPASSFILE rather than here).</source>
        <translation>SQLite 文件或 PostgreSQL 连接字符串（密码请放在 PGPASSFILE 中，而不是这里）。</translation>
    </message>
    <message>
        <source>Show this help, with the limits on import files.</source>
        <translation>显示此帮助，包括导入文件的限制。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::ImportReport</name>
    <message>
        <source>The report could not be written to %1: %2.</source>
        <translation>无法将报告写入 %1：%2。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::IntakeMain</name>
    <message>
        <source>Cannot read %1 (missing, unreadable or larger than 64 KiB).</source>
        <translation>无法读取 %1（文件不存在、不可读或大于 64 KiB）。</translation>
    </message>
    <message>
        <source>Intent %1 of order %2 settled by query.</source>
        <translation>订单 %2 的操作意图 %1 已通过查询确定结果。</translation>
    </message>
    <message>
        <source>Receives Alipay&apos;s asynchronous notifications (notify_url) and records them as order facts in the DepositDesk database, exactly once.</source>
        <translation>接收支付宝的异步通知（notify_url），并将其作为订单事实记入免押工作台数据库，每条只记一次。</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>显示版本信息。</translation>
    </message>
    <message>
        <source>Address and port to listen on (default 127.0.0.1:8480; port 0: any free one).</source>
        <translation>监听的地址和端口（默认 127.0.0.1:8480；端口为 0 时任选空闲端口）。</translation>
    </message>
    <message>
        <source>The HTTP path of the notifications (default %1).</source>
        <translation>接收通知的 HTTP 路径（默认 %1）。</translation>
    </message>
    <message>
        <source>The database (SQLite file or PostgreSQL setting) instead of the settings&apos; one.</source>
        <translation>使用此数据库（SQLite 文件或 PostgreSQL 连接设置），而不是设置中的数据库。</translation>
    </message>
    <message>
        <source>The console settings file to read (environment, app_id, database).</source>
        <translation>要读取的工作台设置文件（环境、app_id、数据库）。</translation>
    </message>
    <message>
        <source>Read the Alipay public key (支付宝公钥) from this file instead of the keychain.</source>
        <translation>从此文件读取支付宝公钥，而不是从钥匙串读取。</translation>
    </message>
    <message>
        <source>Certificate mode: read alipayCertPublicKey_RSA2.crt from this file instead of the keychain.</source>
        <translation>证书模式：从此文件读取 alipayCertPublicKey_RSA2.crt，而不是从钥匙串读取。</translation>
    </message>
    <message>
        <source>Do not read the OS keychain (no merchant key: unknown outcomes are not settled).</source>
        <translation>不读取系统钥匙串（没有商户私钥：不处理结果未知的操作）。</translation>
    </message>
    <message>
        <source>--listen takes HOST:PORT, e.g. 127.0.0.1:8480 or [::1]:8480.</source>
        <translation>--listen 的格式为 主机:端口，例如 127.0.0.1:8480 或 [::1]:8480。</translation>
    </message>
    <message>
        <source>--path must start with /.</source>
        <translation>--path 必须以 / 开头。</translation>
    </message>
    <message>
        <source>No app_id in the settings (%1): set it in the console first.</source>
        <translation>设置（%1）中没有 app_id：请先在工作台中设置。</translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
    <message>
        <source>Notifications cannot be verified: the intake does not start. Import the Alipay public key (or certificates) in the console, or give --alipay-public-key / --alipay-cert.</source>
        <translation>无法验证通知：通知接收服务不启动。请在工作台中导入支付宝公钥（或证书），或使用 --alipay-public-key / --alipay-cert。</translation>
    </message>
    <message>
        <source>depositdesk-intake %1: listening on %2 for app_id %3, database %4</source>
        <translation>depositdesk-intake %1：在 %2 监听 app_id %3 的通知，数据库 %4</translation>
    </message>
    <message>
        <source>It verifies notifications (%1) and records them.</source>
        <translation>它验证通知（%1）并加以记录。</translation>
    </message>
    <message>
        <source>certificate mode</source>
        <translation>证书模式</translation>
    </message>
    <message>
        <source>public-key mode</source>
        <translation>公钥模式</translation>
    </message>
    <message>
        <source>It settles unknown outcomes left by desks every %1 minutes.</source>
        <translation>它每 %1 分钟处理一次各工作台遗留的结果未知的操作。</translation>
    </message>
    <message>
        <source>It does NOT settle unknown outcomes: the merchant private key is not available here (the console settles them).</source>
        <translation>它不处理结果未知的操作：此处没有商户私钥（由工作台处理）。</translation>
    </message>
    <message>
        <source>The keychain gave no credentials for app_id %1: %2</source>
        <translation>钥匙串中没有 app_id %1 的凭据：%2</translation>
    </message>
</context>
<context>
    <name>DepositDesk::IntakeServer</name>
    <message>
        <source>Cannot listen on %1 port %2: is the address this computer&apos;s and the port free?</source>
        <translation>无法在 %1 的端口 %2 监听：该地址是否属于本机？端口是否空闲？</translation>
    </message>
</context>
<context>
    <name>DepositDesk::IntentAnswer</name>
    <message>
        <source>%1 is missing from the answer (the request has &quot;%2&quot;)</source>
        <translation>应答中缺少 %1（请求中为“%2”）</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot; in the answer but &quot;%3&quot; in the request</source>
        <translation>应答中的 %1 为“%2”，请求中为“%3”</translation>
    </message>
    <message>
        <source>%1 is missing from the answer (the request has %2)</source>
        <translation>应答中缺少 %1（请求中为 %2）</translation>
    </message>
    <message>
        <source>%1 is %2 in the answer but %3 in the request</source>
        <translation>应答中的 %1 为 %2，请求中为 %3</translation>
    </message>
    <message>
        <source>%1 is %2 in the answer, less than the %3 of this request</source>
        <translation>应答中的 %1 为 %2，少于本次请求的 %3</translation>
    </message>
    <message>
        <source>Alipay&apos;s signed answer names another request or another amount than this one, so DepositDesk recorded nothing from it. It checks this request with a query; do not repeat it with a new number.</source>
        <translation>支付宝已签名的应答指向另一笔请求或另一个金额，因此免押工作台没有记录其中任何内容。系统会通过查询核实这笔请求；请勿用新的编号重复操作。</translation>
    </message>
    <message>
        <source>The answer does not match the request: %1.</source>
        <translation>应答与请求不符：%1。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::IntentJournal</name>
    <message>
        <source>A call is written down only with its order, its request number and the operator who asked for it.</source>
        <translation>调用必须写明订单、请求号和发起的操作员，才能记入日志。</translation>
    </message>
    <message>
        <source>The request number %1 was already used for a different call on order %2. A retry must send exactly the same parameters; a new call needs a new number.</source>
        <translation>请求号 %1 已被订单 %2 的另一次调用使用。重试必须发送完全相同的参数；新的调用需要新的请求号。</translation>
    </message>
    <message>
        <source>The request number %1 is being used by another desk at this moment. Open the order again to see that call.</source>
        <translation>请求号 %1 此刻正被另一个工作台使用。请重新打开该订单查看这次调用。</translation>
    </message>
    <message>
        <source>There is no journaled call number %1.</source>
        <translation>日志中没有编号为 %1 的调用。</translation>
    </message>
    <message>
        <source>This call was already settled as %1 and cannot become %2. Ask a supervisor to look at the order&apos;s ledger.</source>
        <translation>该调用已确定为“%1”，不能再改为“%2”。请联系主管查看该订单的台账。</translation>
    </message>
    <message>
        <source>The earlier request %1 of this kind on order %2 was not done, but it may still reach Alipay. Send that request again (it cannot move money twice) instead of starting a new one.</source>
        <translation>订单 %2 上同类的前一笔请求 %1 未完成，但它仍可能到达支付宝。请重新发送那笔请求（不会重复动款），不要发起新的请求。</translation>
    </message>
    <message>
        <source>The earlier request %1 of this kind on order %2 is awaiting Alipay&apos;s answer. Wait until it is settled.</source>
        <translation>订单 %2 上同类的前一笔请求 %1 正在等待支付宝应答。请等它有结果后再操作。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::KeychainStatus</name>
    <message>
        <source>No Alipay credentials for app ID %1 are stored in this computer&apos;s keychain. An administrator can import them on the Credentials page.</source>
        <translation>本机钥匙串中没有应用 ID %1 的支付宝凭据。管理员可在“凭据”页面导入。</translation>
    </message>
    <message>
        <source>No keychain is available: no Secret Service (such as GNOME Keyring or KWallet) is running in this session. DepositDesk opens read-only; sign in to a desktop session with a keyring and start DepositDesk again.</source>
        <translation>没有可用的系统钥匙串：当前会话中没有运行 Secret Service（如 GNOME 密钥环或 KWallet）。免押工作台将以只读方式打开；请登录带有密钥环的桌面会话后重新启动免押工作台。</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (for example in &quot;Passwords and Keys&quot; with your login password) and try again; until then DepositDesk is read-only.</source>
        <translation>系统钥匙串已锁定。请解锁（例如在“密码和密钥”中输入登录密码）后重试；在此之前免押工作台为只读。</translation>
    </message>
    <message>
        <source>The keychain refused access to DepositDesk. Allow access when the keychain asks and try again; until then DepositDesk is read-only.</source>
        <translation>系统钥匙串拒绝了免押工作台的访问。请在钥匙串询问时允许访问后重试；在此之前免押工作台为只读。</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. Check that the keyring service is running and not waiting for a password, then try again; until then DepositDesk is read-only.</source>
        <translation>系统钥匙串未及时响应。请确认密钥环服务正在运行且没有在等待输入密码，然后重试；在此之前免押工作台为只读。</translation>
    </message>
    <message>
        <source>The keychain entry for app ID %1 cannot be read as Alipay credentials (it is damaged or was written by another program). An administrator should import the credentials again.</source>
        <translation>应用 ID %1 的钥匙串条目无法作为支付宝凭据读取（已损坏或由其他程序写入）。请管理员重新导入凭据。</translation>
    </message>
    <message>
        <source>The credentials were not saved because they are incomplete or do not fit together. Correct them and save again.</source>
        <translation>凭据不完整或互不匹配，未保存。请更正后重新保存。</translation>
    </message>
    <message>
        <source>The keychain reported an error. Try again; if it happens again, restart the keyring service or sign in again.</source>
        <translation>钥匙串报告了错误。请重试；如仍出错，请重启密钥环服务或重新登录。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <extracomment>Lock screen button: the locked operator goes on / another operator takes the desk over</extracomment>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Sign &amp;in and take over</source>
        <translation>登录并接管(&amp;I)</translation>
    </message>
    <message>
        <source>This desk is locked</source>
        <translation>工作台已锁定</translation>
    </message>
    <message numerus="yes">
        <source>Nobody used DepositDesk for %n minute(s), so it hid its work. %1 can carry on with their password; another operator can sign in instead.</source>
        <extracomment>%n minutes without use; %1 the operator who was signed in</extracomment>
        <translation>
            <numerusform>免押工作台已 %n 分钟无人使用，因此隐藏了工作内容。%1 可输入密码继续使用；其他操作员也可以改为登录。</numerusform>
        </translation>
    </message>
    <message>
        <source>DepositDesk hid its work. %1 can carry on with their password; another operator can sign in instead.</source>
        <translation>免押工作台已隐藏工作内容。%1 可输入密码继续使用；其他操作员也可以改为登录。</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Another operator…</source>
        <translation>其他操作员(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>DepositDesk::LogFile</name>
    <message>
        <source>The log file is already open.</source>
        <translation>日志文件已经打开。</translation>
    </message>
    <message>
        <source>The log folder %1 could not be created.</source>
        <translation>无法创建日志文件夹 %1。</translation>
    </message>
    <message>
        <source>The log file %1 could not be opened: %2</source>
        <translation>无法打开日志文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>DepositDesk::MainWindow</name>
    <message>
        <source>DepositDesk</source>
        <translation>免押工作台</translation>
    </message>
    <message>
        <source>Find a customer&apos;s deposit order, explain its freeze, and unfreeze, charge or refund it through Alipay.</source>
        <translation>查找用户的押金订单，说明冻结情况，并通过支付宝办理解冻、转支付或退款。</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message numerus="yes">
        <source>Demo mode: sandbox at %1, %n order(s)</source>
        <extracomment>Status bar: %1 is the embedded sandbox&apos;s address, %n the seeded orders.</extracomment>
        <translation>
            <numerusform>演示模式：沙箱 %1，%n 笔订单</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>会话(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;witch operator…</source>
        <translation>切换操作员(&amp;W)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>订单(&amp;O)</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>设置(&amp;E)</translation>
    </message>
    <message>
        <source>%1 · read-only, Alipay credentials not set up</source>
        <extracomment>Status bar, after the environment: no Alipay keys, so nothing can be sent</extracomment>
        <translation>%1 · 只读，未配置支付宝凭据</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>未登录</translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting confirmation</source>
        <extracomment>Status bar: outcomes of actions not yet confirmed by Alipay</extracomment>
        <translation>
            <numerusform>%n 笔待确认</numerusform>
        </translation>
    </message>
    <message>
        <source>Alipay has not yet confirmed what became of these actions. DepositDesk asks again by itself; do not repeat them.</source>
        <translation>支付宝尚未确认这些操作的结果。免押工作台会自动再次查询，请勿重复操作。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Status bar: %1 the operator&apos;s login, %2 the role (&quot;Customer service&quot;, &quot;Supervisor&quot; ...)</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <extracomment>Status bar: %1 the operator&apos;s name, %2 the login, %3 the role</extracomment>
        <translation>%1（%2）· %3</translation>
    </message>
    <message>
        <source>&amp;Bills and reconciliation</source>
        <extracomment>Menu: finance&apos;s bills and reconciliation page</extracomment>
        <translation>账单与对账(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <extracomment>Session menu: hide the work until the password is given again</extracomment>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Refund approvals</source>
        <translation>退款审批(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Credentials</source>
        <extracomment>Menu: the Alipay app_id and keys in the keychain (administrators)</extracomment>
        <translation>凭据(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Permissions</source>
        <extracomment>Menu: the table of which role may do what (administrators)</extracomment>
        <translation>权限(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s) to approve</source>
        <extracomment>Status bar: refund requests waiting for a supervisor&apos;s decision</extracomment>
        <translation>
            <numerusform>%n 笔退款待审批</numerusform>
        </translation>
    </message>
    <message>
        <source>View &gt; Refund approvals lists them.</source>
        <translation>可在“视图 &gt; 退款审批”中查看。</translation>
    </message>
    <message>
        <source>Oper&amp;ators</source>
        <extracomment>Menu: the operator accounts (administrators)</extracomment>
        <translation>操作员(&amp;A)</translation>
    </message>
    <message>
        <source>Audit log does not verify</source>
        <extracomment>Status bar: the start-up check found the audit log changed or incomplete</extracomment>
        <translation>审计日志校验未通过</translation>
    </message>
    <message>
        <source>%1 · read-only, database unreachable</source>
        <extracomment>Status bar, after the environment: the database does not answer, nothing can be sent</extracomment>
        <translation>%1 · 只读，数据库无法连接</translation>
    </message>
    <message>
        <source>&amp;Work queue</source>
        <translation>待办队列(&amp;W)</translation>
    </message>
    <message>
        <source>A&amp;udit log</source>
        <extracomment>Menu: every audit log entry, with filters, verification and export</extracomment>
        <translation>审计日志(&amp;U)</translation>
    </message>
    <message>
        <source>Credit &amp;waiver policy</source>
        <extracomment>Menu: the Sesame credit waiver policy (芝麻分减免额度) and its versions</extracomment>
        <translation>信用免押政策(&amp;W)</translation>
    </message>
    <message>
        <source>Ris&amp;k report</source>
        <extracomment>Menu: the risk report (orders, waived deposits, failed charges, defaults per group)</extracomment>
        <translation>风险报表(&amp;K)</translation>
    </message>
</context>
<context>
    <name>DepositDesk::Money</name>
    <message>
        <source>The amount is empty.</source>
        <translation>金额为空。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
    <message>
        <source>The amount has more than two decimals; the smallest unit is one fen (0.01).</source>
        <translation>金额超过两位小数；最小单位是 1 分（0.01）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: use digits and at most two decimals, such as 12.50.</source>
        <translation>“%1”不是有效金额：请填写数字，最多两位小数，例如 12.50。</translation>
    </message>
    <message>
        <source>The amount must be at least 0.01.</source>
        <translation>金额不能小于 0.01。</translation>
    </message>
    <message>
        <source>The amount cannot exceed 100000000.00.</source>
        <translation>金额不能超过 100000000.00。</translation>
    </message>
    <message>
        <source>The amount %1 is not a whole number of fen.</source>
        <translation>金额 %1 不是整数分。</translation>
    </message>
    <message>
        <source>The amount is missing.</source>
        <translation>缺少金额。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::NetworkProxy</name>
    <message>
        <source>The proxy setting &quot;%1&quot; is not one of: empty (the system&apos;s proxy), &quot;none&quot;, &quot;http://host:port&quot; or &quot;socks5://host:port&quot;.</source>
        <translation>代理设置“%1”无效，只能是：留空（系统代理）、“none”、“http://主机:端口”或“socks5://主机:端口”。</translation>
    </message>
    <message>
        <source>The proxy setting may not hold a user name or password: the settings file never holds a secret. Use a proxy that admits this computer without them.</source>
        <translation>代理设置中不能包含用户名或密码：设置文件绝不保存机密信息。请使用无需用户名和密码即可允许本机访问的代理。</translation>
    </message>
    <message>
        <source>no proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>the system&apos;s proxy</source>
        <translation>系统代理</translation>
    </message>
</context>
<context>
    <name>DepositDesk::NotDoneBanner</name>
    <message>
        <source>an unfreeze of ¥%1</source>
        <translation>解冻 ¥%1</translation>
    </message>
    <message>
        <source>a charge of ¥%1</source>
        <translation>扣款 ¥%1</translation>
    </message>
    <message>
        <source>a refund of ¥%1</source>
        <translation>退款 ¥%1</translation>
    </message>
    <message>
        <source>cancelling the freeze</source>
        <translation>撤销冻结</translation>
    </message>
    <message>
        <source>a report to Sesame</source>
        <translation>上报芝麻信用</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>Alipay confirmed that %1 asked at %2 never arrived (request %3): nothing was moved. You can send exactly the same request again.</source>
        <extracomment>%1 what was asked, %2 time, %3 request number.</extracomment>
        <translation>支付宝确认 %2 发起的“%1”没有送达（请求号 %3）：资金未发生变动。可以重新发送完全相同的请求。</translation>
    </message>
    <message>
        <source>Send %1 again with the same request number %2?</source>
        <translation>使用同一请求号 %2 重新发送“%1”？</translation>
    </message>
</context>
<context>
    <name>DepositDesk::NotificationIntake</name>
    <message>
        <source>The notification lacks the field &quot;%1&quot;; it was refused and nothing was recorded.</source>
        <translation>通知缺少字段“%1”，已拒收，未记录任何内容。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; of the notification is not an amount; it was refused and nothing was recorded.</source>
        <translation>通知的字段“%1”不是金额，已拒收，未记录任何内容。</translation>
    </message>
    <message>
        <source>No app_id is configured, so no notification can be checked.</source>
        <translation>未配置 app_id，无法校验任何通知。</translation>
    </message>
    <message>
        <source>The Alipay public key (or the Alipay public-key certificate) of app_id %1 is not available, so no notification can be verified.</source>
        <translation>没有 app_id %1 的支付宝公钥（或支付宝公钥证书），无法验证任何通知。</translation>
    </message>
    <message>
        <source>The notification body has %1 bytes, more than the %2 accepted; it was refused and nothing was recorded.</source>
        <translation>通知内容有 %1 字节，超过允许的 %2，已拒收，未记录任何内容。</translation>
    </message>
    <message>
        <source>The notification is not a form (Content-Type &quot;%1&quot;); forward Alipay&apos;s POST body unchanged with its own Content-Type. Nothing was recorded.</source>
        <translation>通知不是表单（Content-Type 为“%1”）；请原样转发支付宝的 POST 内容及其 Content-Type。未记录任何内容。</translation>
    </message>
    <message>
        <source>The notification is encoded in %1; only UTF-8 is read. Set the app&apos;s charset to utf-8. Nothing was recorded.</source>
        <translation>通知使用 %1 编码；只接受 UTF-8。请将应用的 charset 设为 utf-8。未记录任何内容。</translation>
    </message>
    <message>
        <source>The notification body cannot be read as a form (%1); nothing was recorded.</source>
        <translation>通知内容无法按表单读取（%1），未记录任何内容。</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>内容为空</translation>
    </message>
    <message>
        <source>The notification is for app_id &quot;%1&quot;, not for this desk&apos;s app %2; it was refused.</source>
        <translation>通知属于 app_id“%1”，而不是本工作台的应用 %2，已拒收。</translation>
    </message>
    <message>
        <source>The notification names Alipay certificate %1, not the configured %2: Alipay has renewed its certificate. An administrator loads the new alipayCertPublicKey_RSA2.crt; until then notifications are refused and Alipay sends them again.</source>
        <translation>通知使用的支付宝证书为 %1，而不是已配置的 %2：支付宝已更换证书。请管理员导入新的 alipayCertPublicKey_RSA2.crt；在此之前通知会被拒收，支付宝会重新发送。</translation>
    </message>
    <message>
        <source>The notification names payee %1, not this merchant (%2); it was refused.</source>
        <translation>通知中的收款方为 %1，不是本商户（%2），已拒收。</translation>
    </message>
    <message>
        <source>The notification names seller %1, not this merchant (%2); it was refused.</source>
        <translation>通知中的卖家为 %1，不是本商户（%2），已拒收。</translation>
    </message>
    <message>
        <source>No order of this desk has the charge %1 (yet); the notification was refused and Alipay sends it again later.</source>
        <translation>本工作台（暂时）没有包含扣款 %1 的订单；通知已拒收，支付宝稍后会重新发送。</translation>
    </message>
    <message>
        <source>The notification type &quot;%1&quot; is not handled here; it was refused and nothing was recorded.</source>
        <translation>此处不处理通知类型“%1”，已拒收，未记录任何内容。</translation>
    </message>
    <message>
        <source>The notification&apos;s facts could not be recorded (%1); Alipay sends it again.</source>
        <translation>无法记录通知中的事实（%1）；支付宝会重新发送。</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>已记录：%1</translation>
    </message>
    <message>
        <source>Already known: nothing changed.</source>
        <translation>已知内容：没有任何变化。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::NotificationVerifier</name>
    <message>
        <source>The notification signature is valid (the sender also signed sign_type).</source>
        <translation>通知签名有效（发送方对 sign_type 也做了签名）。</translation>
    </message>
    <message>
        <source>The notification signature is valid.</source>
        <translation>通知签名有效。</translation>
    </message>
    <message>
        <source>The notification carries no signature (sign is missing or empty); it was ignored. Check the order by querying Alipay.</source>
        <translation>该通知没有签名（sign 缺失或为空），已忽略。请向支付宝查询该订单。</translation>
    </message>
    <message>
        <source>The notification signature is not base64. The body was probably not form-decoded exactly once; it was ignored.</source>
        <translation>通知签名不是 base64 格式，可能是通知内容没有恰好做一次表单解码；已忽略。</translation>
    </message>
    <message>
        <source>The notification uses a sign_type other than RSA2; it was ignored.</source>
        <translation>该通知的 sign_type 不是 RSA2，已忽略。</translation>
    </message>
    <message>
        <source>The notification gives the parameter &quot;%1&quot; more than once; it was ignored.</source>
        <translation>该通知多次给出参数“%1”，已忽略。</translation>
    </message>
    <message>
        <source>The notification signature does not match its content (altered in transit, or not signed by Alipay&apos;s key); it was ignored. Check the order by querying Alipay.</source>
        <translation>通知签名与内容不符（传输中被篡改，或不是用支付宝密钥签名），已忽略。请向支付宝查询该订单。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OperatorAccess</name>
    <message>
        <source>The account &quot;%1&quot; is not in the audit log: it was made outside DepositDesk, directly in the database. It cannot sign in until an administrator sets its role on the Operators page.</source>
        <translation>账号“%1”不在审计日志中：它是在免押工作台之外直接写入数据库的。在管理员于“操作员”页面设置其角色之前，它不能登录。</translation>
    </message>
    <message>
        <source>The role of &quot;%1&quot; was changed outside DepositDesk: the database says %2, the audit log last recorded %3. It cannot sign in until an administrator sets its role again on the Operators page.</source>
        <translation>“%1”的角色在免押工作台之外被修改：数据库中为%2，审计日志最后记录的是%3。在管理员于“操作员”页面重新设置其角色之前，它不能登录。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; was enabled outside DepositDesk: the audit log last recorded it as disabled. It cannot sign in until an administrator enables it on the Operators page.</source>
        <translation>账号“%1”在免押工作台之外被启用：审计日志最后记录它为已停用。在管理员于“操作员”页面启用它之前，它不能登录。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; was disabled outside DepositDesk: the audit log last recorded it as enabled.</source>
        <translation>账号“%1”在免押工作台之外被停用：审计日志最后记录它为已启用。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OperatorAdmin</name>
    <message>
        <source>Sign in as an administrator to manage operators.</source>
        <translation>请以管理员身份登录，才能管理操作员。</translation>
    </message>
    <message>
        <source>Enter a login for the new operator.</source>
        <translation>请为新操作员填写登录名。</translation>
    </message>
    <message>
        <source>There is already an operator &quot;%1&quot;. Choose another login.</source>
        <translation>已有操作员“%1”。请换一个登录名。</translation>
    </message>
    <message>
        <source>You cannot take the administrator role from yourself: the desk must keep an administrator. Ask another administrator to do it.</source>
        <translation>您不能取消自己的管理员角色：工作台必须保留一名管理员。请让另一位管理员操作。</translation>
    </message>
    <message>
        <source>You cannot disable your own account: the desk must keep an administrator. Ask another administrator to do it.</source>
        <translation>您不能停用自己的账号：工作台必须保留一名管理员。请让另一位管理员操作。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name DepositDesk itself signs with. Choose another login.</source>
        <translation>“%1”是免押工作台自身署名所用的名称，请换一个登录名。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OperatorDirectory</name>
    <message>
        <source>The password is too short: use at least %1 characters.</source>
        <translation>密码太短：至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The password cannot be only spaces.</source>
        <translation>密码不能全是空格。</translation>
    </message>
    <message>
        <source>The login cannot be empty.</source>
        <translation>登录名不能为空。</translation>
    </message>
    <message>
        <source>The password could not be protected (the system&apos;s cryptography failed). Try again.</source>
        <translation>无法加密保存密码（系统加密功能出错）。请重试。</translation>
    </message>
    <message>
        <source>An administrator already exists. Sign in, or ask an administrator to create your account.</source>
        <translation>已经有管理员了。请登录，或请管理员为你创建账号。</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is taken. Choose another one.</source>
        <translation>登录名“%1”已被使用。请换一个。</translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>登录名或密码错误。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until %1. Try again then, or ask an administrator.</source>
        <translation>密码错误次数过多：此账号已锁定至 %1。请届时再试，或联系管理员。</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator to enable it.</source>
        <translation>此账号已停用。请联系管理员启用。</translation>
    </message>
    <message>
        <source>%1 wrong passwords in a row: this account is locked for %2 minutes.</source>
        <translation>连续 %1 次密码错误：此账号已锁定 %2 分钟。</translation>
    </message>
    <message>
        <source>There is no operator &quot;%1&quot;.</source>
        <translation>没有操作员“%1”。</translation>
    </message>
    <message>
        <source>Demo %1</source>
        <translation>演示%1</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OperatorRole</name>
    <message>
        <source>Customer service</source>
        <extracomment>Role: customer-service agent</extracomment>
        <translation>客服</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Risk analyst</source>
        <extracomment>Role: risk analyst (风控), keeps the Sesame credit waiver policy</extracomment>
        <translation>风控专员</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OperatorsPage</name>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Add operator</source>
        <translation>添加操作员</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the password again in both fields.</source>
        <translation>两次输入的密码不一致。请在两个输入框中重新输入密码。</translation>
    </message>
    <message>
        <source>Change role of %1</source>
        <translation>修改 %1 的角色</translation>
    </message>
    <message>
        <source>Reset password of %1</source>
        <translation>重置 %1 的密码</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Nothing was changed; try again.</source>
        <translation>两次输入的密码不一致，未做任何修改；请重试。</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Who may sign in at this desk and with which role. Accounts are disabled, never deleted, so the audit log keeps naming them. You cannot disable or demote yourself.</source>
        <translation>可以在本工作台登录的人员及其角色。账号只能停用、不会删除，审计日志因此始终能对应到人。您不能停用自己，也不能降低自己的角色。</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>&amp;Add operator…</source>
        <translation>添加操作员(&amp;A)…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>修改角色(&amp;R)…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Changed outside DepositDesk</source>
        <translation>在免押工作台之外被修改</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) changed outside DepositDesk, directly in the database: they cannot sign in until you set their role (or enable them) here. Point at a red row for what changed.</source>
        <translation>
            <numerusform>有 %n 个账号在免押工作台之外被直接修改于数据库：在您于此处设置其角色（或启用它们）之前，它们不能登录。将鼠标指向红色行可查看改动内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OrderActionGuards</name>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>The customer has not confirmed this freeze yet: nothing is frozen.</source>
        <translation>用户尚未确认此冻结：目前没有冻结任何资金。</translation>
    </message>
    <message>
        <source>Nothing is left frozen on this order (it is %1).</source>
        <translation>此订单已没有冻结资金（订单状态：%1）。</translation>
    </message>
    <message>
        <source>A freeze can be cancelled only while its outcome is unknown. This one is %1: to give the deposit back, unfreeze it.</source>
        <translation>只有结果未知的冻结才能撤销。此订单状态为“%1”：如需退还押金，请解冻。</translation>
    </message>
    <message>
        <source>Only credit (Sesame) deposits are reported to Sesame Credit.</source>
        <translation>只有信用（芝麻信用）免押订单才需要上报芝麻信用。</translation>
    </message>
    <message>
        <source>Sesame Credit is told about a charge: this order has none yet.</source>
        <translation>上报芝麻信用需要针对一笔扣款，而此订单还没有扣款。</translation>
    </message>
    <message>
        <source>There is no charge on this order that can be refunded.</source>
        <translation>此订单没有可退款的扣款。</translation>
    </message>
    <message>
        <source>The refund %1 is awaiting Alipay&apos;s confirmation. Wait until it is settled.</source>
        <translation>退款 %1 正在等待支付宝确认。请等待结果确定。</translation>
    </message>
    <message>
        <source>Everything charged has been refunded or is already asked for.</source>
        <translation>所有扣款均已退款或已申请退款。</translation>
    </message>
    <message>
        <source>Enter an amount above ¥0.00.</source>
        <translation>请输入大于 ¥0.00 的金额。</translation>
    </message>
    <message>
        <source>¥%1 is more than %2 (¥%3). Enter at most ¥%3.</source>
        <translation>¥%1 超过了%2（¥%3）。请输入不超过 ¥%3 的金额。</translation>
    </message>
    <message>
        <source>Enter a reason: it is kept in the audit log.</source>
        <translation>请填写原因：它将记入审计日志。</translation>
    </message>
    <message>
        <source>The reason is too long: at most 100 characters.</source>
        <translation>原因过长：最多 100 个字符。</translation>
    </message>
    <message>
        <source>Your role may charge at most ¥%1 in one action. Ask a supervisor to charge more.</source>
        <translation>您的角色单次最多扣款 ¥%1。如需扣更多，请联系主管。</translation>
    </message>
    <message>
        <source>The order %1 is not in the console&apos;s index. Search for it or look it up at Alipay first.</source>
        <translation>订单 %1 不在工作台的订单列表中。请先搜索，或向支付宝查询。</translation>
    </message>
    <message>
        <source>The reason looks like a password, key or token. Secrets never go into the audit log or to Alipay: write the reason without it.</source>
        <translation>原因看起来像密码、密钥或令牌。机密信息绝不写入审计日志，也不发给支付宝：请去掉它后再填写原因。</translation>
    </message>
    <message>
        <source>what is left frozen</source>
        <translation>剩余冻结金额</translation>
    </message>
    <message>
        <source>The charge %1 can no longer be refunded (it is %2).</source>
        <translation>扣款 %1 已不能退款（状态：%2）。</translation>
    </message>
    <message>
        <source>what may still be refunded of this charge</source>
        <translation>这笔扣款的剩余可退金额</translation>
    </message>
    <message>
        <source>The comment looks like a password, key or token. Secrets never go into the audit log: write the comment without it.</source>
        <translation>该备注看起来像密码、密钥或令牌。机密信息绝不会写入审计日志：请去掉后再填写备注。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OrderActions</name>
    <message>
        <source>what is left frozen</source>
        <translation>剩余冻结金额</translation>
    </message>
    <message>
        <source>Deposit charge</source>
        <translation>押金扣款</translation>
    </message>
    <message>
        <source>The console does not know this order&apos;s freeze request yet. Refresh the order, then cancel.</source>
        <translation>工作台尚不知道此订单的冻结请求。请先刷新订单，再撤销。</translation>
    </message>
    <message>
        <source>Choose a charge of this order to report about.</source>
        <translation>请选择此订单中要上报的扣款。</translation>
    </message>
    <message>
        <source>Choose a charge of this order that can be refunded.</source>
        <translation>请选择此订单中可以退款的扣款。</translation>
    </message>
    <message>
        <source>what may still be refunded of this charge</source>
        <translation>这笔扣款的剩余可退金额</translation>
    </message>
    <message>
        <source>The refund of %1 is recorded and waits for a supervisor&apos;s approval (request %2).</source>
        <translation>%1 的退款申请已登记，等待主管审批（请求号 %2）。</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>There is no refund request number %1.</source>
        <translation>不存在编号为 %1 的退款申请。</translation>
    </message>
    <message>
        <source>This refund request is %1: it is not sent again.</source>
        <translation>此退款申请的状态为“%1”，不会再次发送。</translation>
    </message>
    <message>
        <source>You asked for this refund yourself: another supervisor must approve it.</source>
        <translation>这笔退款是您本人申请的，必须由另一位主管审批。</translation>
    </message>
    <message>
        <source>This desk has no usable Alipay credentials, so it can only search and read orders. Ask an administrator to set them up.</source>
        <translation>本工作台没有可用的支付宝凭据，只能查询和查看订单。请联系管理员配置。</translation>
    </message>
    <message>
        <source>Below the approval threshold of %1: approved by the desk policy.</source>
        <extracomment>Comment of a refund approved without a supervisor; %1 the threshold (&quot;¥50.00&quot;)</extracomment>
        <translation>低于审批门槛 %1：按工作台策略自动审批。</translation>
    </message>
    <message>
        <source>%1 It could not be sent at once: %2</source>
        <extracomment>%1 the recorded request&apos;s sentence, %2 why it was not sent at once</extracomment>
        <translation>%1未能立即发送：%2</translation>
    </message>
    <message>
        <source>%1 It needed no approval: it is below the approval threshold of %2.</source>
        <extracomment>%1 what became of the refund, %2 the approval threshold</extracomment>
        <translation>%1该退款低于审批门槛 %2，无需审批。</translation>
    </message>
    <message>
        <source>The refund %1 of this charge is awaiting Alipay&apos;s confirmation, so nobody knows yet what is left to refund. DepositDesk asks Alipay by itself: request again once it is settled (executed or failed).</source>
        <translation>这笔扣款的退款 %1 正在等待支付宝确认，目前还无法确定剩余可退金额。免押工作台会自动向支付宝查询：结果确定（成功或失败）后请再申请。</translation>
    </message>
    <message>
        <source>No seller ID is set, so a charge cannot name the merchant to be paid. An administrator enters the merchant&apos;s Alipay user ID (2088…) on the Credentials page.</source>
        <translation>未设置卖家 ID，扣款无法指明收款商户。请管理员在“凭据”页面填写商户的支付宝用户 ID（2088…）。</translation>
    </message>
    <message>
        <source>The refund request %1 of %2 was recorded before (now %3); it is not asked again.</source>
        <extracomment>%1 the request number, %2 its amount, %3 its status (&quot;Pending approval&quot;)</extracomment>
        <translation>退款申请 %1（%2）此前已记录（当前为%3）；不再重复申请。</translation>
    </message>
    <message>
        <source>A default (VIOLATED) is not reported in one step: ask for it, and a supervisor approves it.</source>
        <translation>违约（VIOLATED）不能一步上报：请先申请，由主管审批。</translation>
    </message>
    <message>
        <source>This report of a default is not the one that was asked for.</source>
        <translation>此违约上报与所申请的不一致。</translation>
    </message>
    <message>
        <source>The report of the customer&apos;s default is recorded and waits for a supervisor&apos;s approval (request %1).</source>
        <translation>客户违约上报申请已记录，等待主管审批（请求 %1）。</translation>
    </message>
    <message>
        <source>%1 asked for this report: another supervisor must approve or reject it.</source>
        <translation>此上报由 %1 申请：必须由另一位主管审批或驳回。</translation>
    </message>
    <message>
        <source>This report of a default was already approved and sent.</source>
        <translation>此违约上报已审批并发送。</translation>
    </message>
    <message>
        <source>This report of a default was rejected.</source>
        <translation>此违约上报已被驳回。</translation>
    </message>
    <message>
        <source>There is no report of a default number %1.</source>
        <translation>不存在编号为 %1 的违约上报申请。</translation>
    </message>
    <message>
        <source>Alipay does not know the failed charge %1, so there is nothing to report about.</source>
        <translation>支付宝查不到扣款失败的 %1，因此无可上报。</translation>
    </message>
    <message>
        <source>Alipay could not be asked about the failed charge %1: %2 Nothing was sent; approve again later.</source>
        <translation>无法向支付宝查询扣款失败的 %1：%2 未发送任何内容；请稍后再审批。</translation>
    </message>
    <message>
        <source>The customer paid the charge %1 after all: no default is reported. Reject the request.</source>
        <translation>客户最终已支付扣款 %1：不上报违约。请驳回该申请。</translation>
    </message>
    <message>
        <source>Say why the report is rejected: the agent will want to know.</source>
        <translation>请说明驳回原因：客服会想知道。</translation>
    </message>
    <message>
        <source>The report of the default is rejected; nothing was sent to Sesame.</source>
        <translation>违约上报已驳回；未向芝麻发送任何内容。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OrderAmountsView</name>
    <message>
        <source>Total deposit:</source>
        <translation>押金总额：</translation>
    </message>
    <message>
        <source>Waived by credit:</source>
        <extracomment>Part of the deposit Sesame credit waived: nothing was frozen for it.</extracomment>
        <translation>信用免押：</translation>
    </message>
    <message>
        <source>Actually frozen:</source>
        <translation>实际冻结：</translation>
    </message>
    <message>
        <source>Still frozen:</source>
        <translation>仍冻结：</translation>
    </message>
    <message>
        <source>Unfrozen:</source>
        <translation>已解冻：</translation>
    </message>
    <message>
        <source>Charged:</source>
        <translation>已扣款：</translation>
    </message>
    <message>
        <source>Refunded:</source>
        <translation>已退款：</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OrderDetailPage</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Order status on the detail page: translated name, then Alipay&apos;s spelling.</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (user %2)</source>
        <translation>%1（用户号 %2）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Sesame report: %1</source>
        <extracomment>Detail page: the Sesame (芝麻) report state of the order.</extracomment>
        <translation>芝麻信用上报：%1</translation>
    </message>
    <message>
        <source>Awaiting confirmation: %1, asked by %2 at %3 (request %4).</source>
        <extracomment>%1 what was asked, %2 operator, %3 time, %4 request number.</extracomment>
        <translation>待确认：%1，由 %2 于 %3 发起（请求号 %4）。</translation>
    </message>
    <message>
        <source>Alipay&apos;s answer did not arrive. The console keeps asking Alipay and updates this page; do not repeat the request.</source>
        <translation>未收到支付宝的应答。工作台会持续向支付宝查询并更新此页面，请勿重复提交。</translation>
    </message>
    <message>
        <source>The order is not loaded yet.</source>
        <translation>订单尚未加载。</translation>
    </message>
    <message>
        <source>Asking Alipay about this order…</source>
        <translation>正在向支付宝查询此订单…</translation>
    </message>
    <message>
        <source>Refreshed from Alipay at %1. What changed:
%2</source>
        <translation>已于 %1 从支付宝刷新。变更如下：
%2</translation>
    </message>
    <message>
        <source>Refreshed from Alipay at %1: nothing changed.</source>
        <translation>已于 %1 从支付宝刷新：没有变更。</translation>
    </message>
    <message>
        <source>Refresh at %1 did not complete.</source>
        <translation>%1 的刷新未完成。</translation>
    </message>
    <message>
        <source>← Back to search</source>
        <translation>← 返回搜索</translation>
    </message>
    <message>
        <source>Refresh from Alipay</source>
        <translation>从支付宝刷新</translation>
    </message>
    <message>
        <source>Ask Alipay about this order, its charges and refunds, and show what changed</source>
        <translation>向支付宝查询此订单及其扣款和退款，并显示变更</translation>
    </message>
    <message>
        <source>Alipay auth no.:</source>
        <translation>支付宝授权单号：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Payer:</source>
        <translation>付款人：</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>商品：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Unfreeze…</source>
        <translation>解冻…</translation>
    </message>
    <message>
        <source>Charge…</source>
        <translation>扣款…</translation>
    </message>
    <message>
        <source>Request refund…</source>
        <translation>申请退款…</translation>
    </message>
    <message>
        <source>Cancel freeze…</source>
        <translation>撤销冻结…</translation>
    </message>
    <message>
        <source>Report to Sesame…</source>
        <translation>上报芝麻信用…</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <extracomment>Detail page tab: the order&apos;s notes, %1 how many</extracomment>
        <translation>备注（%1）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OrderDetailsReader</name>
    <message>
        <source>Order %1 is not in the order list. Look it up at Alipay to add it.</source>
        <translation>订单 %1 不在订单列表中。请向支付宝查询以添加该订单。</translation>
    </message>
    <message>
        <source>The order could not be read: %1</source>
        <translation>无法读取订单：%1</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OrderFacts</name>
    <message>
        <source>The answer to %1 was not confirmed by Alipay, so nothing was recorded: %2</source>
        <translation>%1 的应答未经支付宝确认，因此未做任何记录：%2</translation>
    </message>
    <message>
        <source>Alipay answered the cancellation without saying whether the freeze was closed or released (&quot;%1&quot;); nothing was recorded. Refresh the order to see its state.</source>
        <translation>支付宝对撤销的应答没有说明冻结是已关闭还是已解冻（“%1”），未做任何记录。请刷新订单查看其状态。</translation>
    </message>
    <message>
        <source>Only the facts of a verified notification can be applied as a notification; nothing was recorded.</source>
        <translation>只有经过验证的通知中的事实才能作为通知记录；未记录任何内容。</translation>
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
        <translation>支付宝的应答中没有商户订单号（out_order_no），因此未做任何记录。</translation>
    </message>
    <message>
        <source>%1 %2 (%3): %4 → %5</source>
        <translation>%1 %2（%3）：%4 → %5</translation>
    </message>
    <message>
        <source>Charge %1: %2 → %3</source>
        <translation>扣款 %1：%2 → %3</translation>
    </message>
    <message>
        <source>Added to the order list: %1, deposit ¥%2</source>
        <translation>已加入订单列表：%1，押金 ¥%2</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>状态：%1 → %2</translation>
    </message>
    <message>
        <source>Deposit: %1</source>
        <translation>押金：%1</translation>
    </message>
    <message>
        <source>Unfrozen ¥%1</source>
        <translation>已解冻 ¥%1</translation>
    </message>
    <message>
        <source>Unfrozen: %1</source>
        <translation>已解冻：%1</translation>
    </message>
    <message>
        <source>New charge ¥%1 (trade %2)</source>
        <translation>新扣款 ¥%1（交易 %2）</translation>
    </message>
    <message>
        <source>Refunded ¥%1 (trade %2)</source>
        <translation>已退款 ¥%1（交易 %2）</translation>
    </message>
    <message>
        <source>Charged ¥%1</source>
        <translation>已扣款 ¥%1</translation>
    </message>
    <message>
        <source>Charged: %1</source>
        <translation>已扣款：%1</translation>
    </message>
    <message>
        <source>Refunded ¥%1</source>
        <translation>已退款 ¥%1</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OrderImportRow</name>
    <message>
        <source>%1 must be written as text (in quotes), not as a number.</source>
        <translation>%1 必须写成文本（加引号），不能写成数字。</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>缺少 %1。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an order number (at most 64 characters, no spaces).</source>
        <translation>%1“%2”不是有效的订单号（最多 64 个字符，不能有空格）。</translation>
    </message>
    <message>
        <source>status is missing.</source>
        <translation>缺少 status。</translation>
    </message>
    <message>
        <source>status &quot;%1&quot; is not one of INIT, AUTHORIZED, FINISH, CLOSED.</source>
        <translation>status“%1”不是 INIT、AUTHORIZED、FINISH、CLOSED 之一。</translation>
    </message>
    <message>
        <source>total_amount is missing.</source>
        <translation>缺少 total_amount。</translation>
    </message>
    <message>
        <source>credit_amount %1 + fund_amount %2 is not total_amount %3.</source>
        <translation>credit_amount %1 + fund_amount %2 不等于 total_amount %3。</translation>
    </message>
    <message>
        <source>rest_amount %1 is not total_amount %2 − unfrozen_amount %3 − paid_amount %4.</source>
        <translation>rest_amount %1 不等于 total_amount %2 − unfrozen_amount %3 − paid_amount %4。</translation>
    </message>
    <message>
        <source>refunded_amount %1 is more than paid_amount %2.</source>
        <translation>refunded_amount %1 大于 paid_amount %2。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time; write yyyy-MM-dd HH:mm:ss (Beijing time).</source>
        <translation>%1：“%2”不是时间；请写成 yyyy-MM-dd HH:mm:ss（北京时间）。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OrderImporter</name>
    <message>
        <source>The file %1 could not be opened: %2.</source>
        <translation>无法打开文件 %1：%2。</translation>
    </message>
    <message>
        <source>The row has %1 cells; the header has a different number.</source>
        <translation>该行有 %1 个单元格，与表头的列数不同。</translation>
    </message>
    <message>
        <source>The record is not a JSON object.</source>
        <translation>该记录不是 JSON 对象。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何订单：%1</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row and one row per order.</source>
        <translation>文件为空：需要一行表头，以及每个订单一行。</translation>
    </message>
    <message>
        <source>The first row is not a header with the column out_order_no: is this the merchant&apos;s order export?</source>
        <translation>第一行不是含 out_order_no 列的表头：这是商户导出的订单文件吗？</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>文件不是有效的 JSON（第 %2 字节处：%1）。</translation>
    </message>
    <message>
        <source>The JSON file must be an array of orders or an object with an &quot;orders&quot; array.</source>
        <translation>JSON 文件必须是订单数组，或含有“orders”数组的对象。</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; one import may hold at most %1. Nothing was imported: split the file and import the parts one after another (a row imported twice changes nothing).</source>
        <translation>文件超过 %1 行；一次导入最多 %1 行。未导入任何内容：请拆分文件并依次导入各部分（重复导入的行不会改变任何内容）。</translation>
    </message>
    <message>
        <source>Column %1 of the header (line %2) is longer than %3: is this the merchant&apos;s order export?</source>
        <translation>表头（第 %2 行）的第 %1 列超过 %3：这是商户的订单导出文件吗？</translation>
    </message>
    <message>
        <source>A column name in this row is longer than %1.</source>
        <translation>此行中的列名超过 %1。</translation>
    </message>
    <message>
        <source>The field %1 is longer than %2.</source>
        <translation>字段 %1 超过 %2。</translation>
    </message>
    <message>
        <source>Limits: a CSV line may be at most %1, a value at most %2, a file at most %3 rows; a JSON file (read whole) at most %4. A longer line, more rows or a larger JSON file refuses the whole file before anything is imported; a longer value rejects its row.</source>
        <translation>限制：CSV 每行最多 %1，每个值最多 %2，每个文件最多 %3 行；JSON 文件（整体读取）最多 %4。行过长、行数过多或 JSON 文件过大时，整个文件在导入任何内容之前即被拒绝；值过长时拒绝该行。</translation>
    </message>
    <message>
        <source>The file is %1; JSON import files may be at most %2. Nothing was imported: export the orders as CSV (read line by line, any size) or split the file.</source>
        <translation>文件大小为 %1；JSON 导入文件最多 %2。未导入任何内容：请将订单导出为 CSV（逐行读取，大小不限）或拆分文件。</translation>
    </message>
    <message>
        <source>The file is larger than %1, the most a JSON import file may be. Nothing was imported: export the orders as CSV (read line by line, any size) or split the file.</source>
        <translation>文件大于 %1，即 JSON 导入文件允许的最大值。未导入任何内容：请将订单导出为 CSV（逐行读取，大小不限）或拆分文件。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OrderIndex</name>
    <message>
        <source>An order without out_order_no cannot be indexed.</source>
        <translation>缺少 out_order_no 的订单无法加入订单索引。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OrderLocks</name>
    <message>
        <source>Held by %1 since %2. Wait until they finish, or ask them to close the order.</source>
        <translation>%1 自 %2 起正在处理此订单。请等对方处理完，或请对方关闭该订单。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OrderLookup</name>
    <message>
        <source>&quot;%1&quot; does not look like an order number. Paste the whole auth_no or merchant order number.</source>
        <translation>“%1”看起来不是订单号。请粘贴完整的授权单号（auth_no）或商户订单号。</translation>
    </message>
    <message>
        <source>Order %1 is already in the order list.</source>
        <translation>订单 %1 已在订单列表中。</translation>
    </message>
    <message>
        <source>Alipay has no order %1 for this merchant. Check the number with the customer.</source>
        <translation>支付宝上没有本商户的订单 %1。请与用户核对单号。</translation>
    </message>
    <message>
        <source>Alipay could not be asked about order %1: %2</source>
        <translation>无法向支付宝查询订单 %1：%2</translation>
    </message>
    <message>
        <source>Alipay knows order %1, but it could not be saved: %2</source>
        <translation>支付宝上有订单 %1，但无法保存：%2</translation>
    </message>
    <message>
        <source>Alipay knows order %1, but it could not be read back: %2</source>
        <translation>支付宝上有订单 %1，但保存后无法读取：%2</translation>
    </message>
    <message>
        <source>Order %1 was found at Alipay and added to the order list.</source>
        <translation>已在支付宝找到订单 %1，并加入订单列表。</translation>
    </message>
    <message>
        <source>(The audit log could not record it: %1)</source>
        <translation>（审计日志未能记录：%1）</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OrderMarks</name>
    <message>
        <source>A mark needs an order, a mark and an operator.</source>
        <translation>标记必须写明订单、标记内容和操作员。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OrderNotes</name>
    <message>
        <source>A note needs an order, an operator and some text.</source>
        <translation>备注必须写明订单、操作员和内容。</translation>
    </message>
    <message>
        <source>Order %1 is not in the order list.</source>
        <translation>订单 %1 不在订单列表中。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OrderNotesPanel</name>
    <message>
        <source>The note was added. Every desk sees it at once.</source>
        <extracomment>Below the note box, after a note was added</extracomment>
        <translation>备注已添加，所有工作台都会立即看到。</translation>
    </message>
    <message>
        <source>Adding the note…</source>
        <translation>正在添加备注…</translation>
    </message>
    <message>
        <source>For whoever handles this order next. %1 / %2 characters. A note cannot be changed or removed once added.</source>
        <extracomment>Below the note box: %1 characters typed, %2 the most a note may have</extracomment>
        <translation>留给下一位处理此订单的人。%1 / %2 个字符。备注一经添加便无法修改或删除。</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>Order notes list: columns</extracomment>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notes on the order</source>
        <translation>订单备注</translation>
    </message>
    <message>
        <source>Write a note for the next operator: who you spoke to, what was promised…</source>
        <translation>给下一位操作员留备注：与谁沟通过、承诺了什么…</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>新备注</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>添加备注(&amp;A)</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OrderNotesService</name>
    <message>
        <source>Write the note first: it is empty.</source>
        <translation>备注为空，请先填写。</translation>
    </message>
    <message>
        <source>A note may have at most %1 characters; this one has %2. Shorten it.</source>
        <extracomment>%1 the most characters a note may have, %2 how many this one has</extracomment>
        <translation>备注最多 %1 个字符，当前有 %2 个。请删减。</translation>
    </message>
    <message>
        <source>The note holds a control character (such as a tab or an invisible formatting mark, often pasted along with text). Type the note again without it.</source>
        <translation>备注中含有控制字符（例如制表符或不可见的格式标记，常随文本一起粘贴进来）。请重新输入备注，不要包含这类字符。</translation>
    </message>
    <message>
        <source>The note looks like it holds a password, key or token. Secrets never go into notes or the audit log: write the note without it.</source>
        <translation>备注中似乎包含密码、密钥或令牌。机密信息绝不写入备注或审计日志：请去掉后再填写备注。</translation>
    </message>
    <message>
        <source>The note was not added: the audit log could not record it. %1</source>
        <translation>备注未添加：审计日志未能记录。%1</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OrderRefresher</name>
    <message>
        <source>Order %1 is not in the order list, so there is nothing to refresh. Look it up at Alipay first.</source>
        <translation>订单 %1 不在订单列表中，无法刷新。请先向支付宝查询。</translation>
    </message>
    <message>
        <source>The order could not be read: %1</source>
        <translation>无法读取订单：%1</translation>
    </message>
    <message>
        <source>the order</source>
        <translation>该订单</translation>
    </message>
    <message>
        <source>operation %1</source>
        <translation>操作 %1</translation>
    </message>
    <message>
        <source>Alipay does not know %1 (%2).</source>
        <translation>支付宝查无%1（%2）。</translation>
    </message>
    <message>
        <source>Alipay&apos;s answer about %1 could not be used: %2</source>
        <translation>支付宝关于%1的应答无法使用：%2</translation>
    </message>
    <message>
        <source>the charge %1</source>
        <translation>扣款 %1</translation>
    </message>
    <message>
        <source>Alipay&apos;s answer about the refund %1 could not be used: %2</source>
        <translation>支付宝关于退款 %1 的应答无法使用：%2</translation>
    </message>
    <message>
        <source>What Alipay answered could not be saved: %1</source>
        <translation>无法保存支付宝的应答：%1</translation>
    </message>
    <message>
        <source>The order was refreshed, but the audit log could not record it: %1</source>
        <translation>订单已刷新，但审计日志未能记录：%1</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OrderSnapshot</name>
    <message>
        <source>Not a Sesame credit order: nothing to report.</source>
        <translation>非芝麻信用订单：无需上报。</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>请求号 %1</translation>
    </message>
    <message>
        <source>Alipay %1</source>
        <translation>支付宝单号 %1</translation>
    </message>
    <message>
        <source>Deposit frozen ¥%1</source>
        <translation>押金已冻结 ¥%1</translation>
    </message>
    <message>
        <source>Freeze ¥%1 closed</source>
        <translation>冻结 ¥%1 已关闭</translation>
    </message>
    <message>
        <source>Freeze ¥%1 waiting for the customer</source>
        <translation>冻结 ¥%1 等待用户确认</translation>
    </message>
    <message>
        <source>Unfrozen ¥%1</source>
        <translation>已解冻 ¥%1</translation>
    </message>
    <message>
        <source>Unfreeze ¥%1 (%2)</source>
        <translation>解冻 ¥%1（%2）</translation>
    </message>
    <message>
        <source>Charged ¥%1</source>
        <translation>已扣款 ¥%1</translation>
    </message>
    <message>
        <source>Charge ¥%1 (%2)</source>
        <translation>扣款 ¥%1（%2）</translation>
    </message>
    <message>
        <source>Charged ¥%1 (no longer refundable)</source>
        <translation>已扣款 ¥%1（不可再退款）</translation>
    </message>
    <message>
        <source>Charge ¥%1 closed</source>
        <translation>扣款 ¥%1 已关闭</translation>
    </message>
    <message>
        <source>Charge ¥%1 waiting for payment</source>
        <translation>扣款 ¥%1 等待支付</translation>
    </message>
    <message>
        <source>Refunded ¥%1</source>
        <translation>已退款 ¥%1</translation>
    </message>
    <message>
        <source>Refund ¥%1 not confirmed</source>
        <translation>退款 ¥%1 未确认</translation>
    </message>
    <message>
        <source>fulfilled (COMPLETE)</source>
        <translation>履约完成（COMPLETE）</translation>
    </message>
    <message>
        <source>defaulted (VIOLATED)</source>
        <translation>违约（VIOLATED）</translation>
    </message>
    <message>
        <source>closed (CLOSED)</source>
        <translation>已关闭（CLOSED）</translation>
    </message>
    <message>
        <source>Unfreeze ¥%1</source>
        <translation>解冻 ¥%1</translation>
    </message>
    <message>
        <source>Charge ¥%1</source>
        <translation>扣款 ¥%1</translation>
    </message>
    <message>
        <source>Refund ¥%1</source>
        <translation>退款 ¥%1</translation>
    </message>
    <message>
        <source>Cancel the freeze</source>
        <translation>撤销冻结</translation>
    </message>
    <message>
        <source>Sesame report: %1</source>
        <translation>芝麻信用上报：%1</translation>
    </message>
    <message>
        <source>%1 (awaiting confirmation)</source>
        <translation>%1（待确认）</translation>
    </message>
    <message>
        <source>%1 (confirmed by Alipay)</source>
        <translation>%1（支付宝已确认）</translation>
    </message>
    <message>
        <source>%1 (not done, may be sent again)</source>
        <translation>%1（未执行，可重新发送）</translation>
    </message>
    <message>
        <source>%1 (refused by Alipay)</source>
        <translation>%1（支付宝已拒绝）</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>操作员 %1</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>asked by %1</source>
        <translation>申请人 %1</translation>
    </message>
    <message>
        <source>decided by %1</source>
        <translation>审批人 %1</translation>
    </message>
    <message>
        <source>Refund request ¥%1: %2</source>
        <translation>退款申请 ¥%1：%2</translation>
    </message>
    <message>
        <source>%1, sent %2, awaiting confirmation.</source>
        <extracomment>After &quot;Sesame report:&quot;. %1: fulfilled (COMPLETE) or defaulted (VIOLATED); %2: when</extracomment>
        <translation>%1，已于 %2 提交，待确认。</translation>
    </message>
    <message>
        <source>%1, confirmed on %2.</source>
        <extracomment>After &quot;Sesame report:&quot;. %1: fulfilled (COMPLETE) or defaulted (VIOLATED); %2: when</extracomment>
        <translation>%1，已于 %2 确认。</translation>
    </message>
    <message>
        <source>%1 was not accepted (%2). Report again.</source>
        <extracomment>After &quot;Sesame report:&quot;. %1: fulfilled (COMPLETE) or defaulted (VIOLATED); %2: why</extracomment>
        <translation>%1，未被接受（%2）。请重新上报。</translation>
    </message>
    <message>
        <source>not sent yet.</source>
        <extracomment>After &quot;Sesame report:&quot; on the detail page.</extracomment>
        <translation>尚未提交。</translation>
    </message>
    <message>
        <source>Note by %1</source>
        <extracomment>Order timeline: a note an operator wrote for whoever handles the order next. %1: login</extracomment>
        <translation>%1 的备注</translation>
    </message>
    <message>
        <source>a default (VIOLATED) was asked for by %1 on %2 and waits for a supervisor&apos;s approval.</source>
        <extracomment>After &quot;Sesame report:&quot;. %1 who asked, %2 when</extracomment>
        <translation>%1 于 %2 申请上报违约（VIOLATED），等待主管审批。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OrderStatus</name>
    <message>
        <source>Waiting for authorization</source>
        <extracomment>Order state: created, the user has not authorized the deposit yet</extracomment>
        <translation>等待用户授权</translation>
    </message>
    <message>
        <source>Authorized</source>
        <extracomment>Order state: deposit authorized (frozen or waived by credit)</extracomment>
        <translation>已授权</translation>
    </message>
    <message>
        <source>Finished</source>
        <extracomment>Order state: paid and nothing left frozen</extracomment>
        <translation>已完结</translation>
    </message>
    <message>
        <source>Closed</source>
        <extracomment>Order state: timed out or fully released</extracomment>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <extracomment>Charge state: sent, the customer has not paid yet</extracomment>
        <translation>等待支付</translation>
    </message>
    <message>
        <source>Paid</source>
        <extracomment>Charge state: paid</extracomment>
        <translation>已支付</translation>
    </message>
    <message>
        <source>Paid, no longer refundable</source>
        <extracomment>Charge state: paid and no longer refundable</extracomment>
        <translation>已支付，不可再退款</translation>
    </message>
    <message>
        <source>Charge closed</source>
        <extracomment>Charge state: closed unpaid, or refunded in full</extracomment>
        <translation>扣款已关闭</translation>
    </message>
    <message>
        <source>Refunded</source>
        <extracomment>Refund state: the money went back to the customer</extracomment>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <extracomment>Freeze/unfreeze/charge operation state: done</extracomment>
        <translation>成功</translation>
    </message>
    <message>
        <source>Marked as defaulted</source>
        <extracomment>Order mark: the customer defaulted</extracomment>
        <translation>已标记为违约</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OrderTableModel</name>
    <message>
        <source>Sort by creation time or total amount.</source>
        <translation>可按创建时间或押金总额排序。</translation>
    </message>
    <message>
        <source>Order number</source>
        <extracomment>Column: the merchant&apos;s order number (out_order_no)</extracomment>
        <translation>商户订单号</translation>
    </message>
    <message>
        <source>Alipay auth no.</source>
        <extracomment>Column: Alipay&apos;s authorization number (auth_no)</extracomment>
        <translation>支付宝授权单号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deposit</source>
        <extracomment>Column: total deposit amount frozen</extracomment>
        <translation>押金</translation>
    </message>
    <message>
        <source>Still frozen</source>
        <extracomment>Column: the part of the deposit still frozen</extracomment>
        <translation>仍冻结</translation>
    </message>
    <message>
        <source>Payer</source>
        <extracomment>Column: the customer&apos;s Alipay account (masked)</extracomment>
        <translation>付款人</translation>
    </message>
    <message>
        <source>Phone ends</source>
        <extracomment>Column: last digits of the customer&apos;s phone number</extracomment>
        <translation>手机尾号</translation>
    </message>
    <message>
        <source>Created</source>
        <extracomment>Column: when the order was created (China time)</extracomment>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>The customer has not authorized the deposit yet: nothing is frozen.</source>
        <translation>用户尚未授权押金：目前没有冻结任何资金。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::OutcomeResolver</name>
    <message>
        <source>There is no journaled call number %1.</source>
        <translation>调用记录中没有编号为 %1 的调用。</translation>
    </message>
    <message>
        <source>Only a call that Alipay showed as not done may be sent again; this one is %1.</source>
        <translation>只有支付宝显示未执行的调用才能重新发送；此调用的状态为“%1”。</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>Your role may charge at most ¥%1 in one action. Ask a supervisor to send it again.</source>
        <translation>您的角色单次最多扣款 ¥%1。请联系主管重新发送。</translation>
    </message>
    <message>
        <source>This call is no longer waiting to be sent again. Open the order again.</source>
        <translation>这笔请求已不在等待重新发送。请重新打开订单。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::PermissionsPage</name>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>What each role may do at this desk. The services refuse anything not allowed here, whatever the window shows. Roles are given to operators by an administrator.</source>
        <translation>各角色在本工作台可以执行的操作。无论界面如何显示，服务都会拒绝此处不允许的操作。角色由管理员分配给操作员。</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Up to ¥%1</source>
        <extracomment>Permissions table, Charge row: the most one charge may take</extracomment>
        <translation>最多 ¥%1</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
</context>
<context>
    <name>DepositDesk::ProportionBar</name>
    <message>
        <source>Unfrozen</source>
        <translation>已解冻</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Still frozen</source>
        <translation>仍冻结</translation>
    </message>
    <message>
        <source>%1 ¥%2</source>
        <extracomment>Legend of the proportion bar: &quot;Unfrozen ¥20.00&quot;.</extracomment>
        <translation>%1 ¥%2</translation>
    </message>
    <message>
        <source>Deposit of ¥%1: ¥%2 unfrozen, ¥%3 charged (¥%4 of it refunded), ¥%5 still frozen</source>
        <extracomment>Read by screen readers for the deposit&apos;s proportion bar.</extracomment>
        <translation>押金 ¥%1：已解冻 ¥%2，已扣款 ¥%3（其中已退款 ¥%4），仍冻结 ¥%5</translation>
    </message>
    <message>
        <source>Charged, not refunded</source>
        <extracomment>Legend: charged and not refunded (the refunded part has its own entry).</extracomment>
        <translation>已扣款未退</translation>
    </message>
</context>
<context>
    <name>DepositDesk::ReconciliationEngine</name>
    <message>
        <source>The reconciliation was cancelled.</source>
        <translation>对账已取消。</translation>
    </message>
    <message>
        <source>%1: %2 against %3</source>
        <translation>%1：%2 / %3</translation>
    </message>
    <message>
        <source>charges</source>
        <translation>扣款笔数</translation>
    </message>
    <message>
        <source>refunds</source>
        <translation>退款笔数</translation>
    </message>
    <message>
        <source>income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>charges received</source>
        <translation>扣款实收</translation>
    </message>
    <message>
        <source>refunds paid</source>
        <translation>退款实付</translation>
    </message>
    <message>
        <source>order amount</source>
        <translation>订单金额</translation>
    </message>
    <message>
        <source>received</source>
        <translation>商家实收</translation>
    </message>
    <message>
        <source>service fees</source>
        <translation>服务费</translation>
    </message>
    <message>
        <source>Alipay&apos;s bill and our ledger disagree (bill against ledger): %1.</source>
        <translation>支付宝账单与我方台账不一致（账单 / 台账）：%1。</translation>
    </message>
    <message>
        <source>The detail file&apos;s total lines do not add up (stated against the lines): %1. Download the bill again.</source>
        <translation>明细文件的合计行与明细行不符（合计行 / 明细行合计）：%1。请重新下载账单。</translation>
    </message>
    <message>
        <source>The summary file does not match the detail lines (stated against the lines): %1. Download the bill again.</source>
        <translation>汇总文件与明细行不符（汇总文件 / 明细行合计）：%1。请重新下载账单。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>The database is not open: %1</source>
        <translation>数据库未打开：%1</translation>
    </message>
</context>
<context>
    <name>DepositDesk::ReconciliationPage</name>
    <message>
        <source>A reconciliation is already running, or you may not reconcile. Wait for it to finish, or sign in as finance.</source>
        <translation>已有对账正在进行，或您无权对账。请等待对账完成，或以财务身份登录。</translation>
    </message>
    <message>
        <source>%1 — %p%</source>
        <extracomment>Progress bar: %1 the stage (&quot;Reading the bill&quot; ...); %p% is Qt&apos;s percent placeholder</extracomment>
        <translation>%1 — %p%</translation>
    </message>
    <message>
        <source>&amp;Reconcile selected bill</source>
        <translation>对所选账单对账(&amp;R)</translation>
    </message>
    <message>
        <source>Compares the selected bill line by line with our records and stores the differences. Notes on differences found again are kept.</source>
        <translation>将所选账单与我方记录逐行比对，并保存差异。再次发现的差异保留原有备注。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Chart</source>
        <extracomment>Tab: chart of daily charges, refunds and unfreezes</extracomment>
        <translation>图表</translation>
    </message>
    <message>
        <source>The bill was refused and nothing of it was loaded. %1</source>
        <extracomment>%1 the service&apos;s reason: the file, the line and what is wrong with it</extracomment>
        <translation>账单未通过检查，未载入任何内容。%1</translation>
    </message>
    <message>
        <source>Reconciliation cancelled; nothing of this run was stored.</source>
        <translation>对账已取消，本次对账的结果均未保存。</translation>
    </message>
    <message>
        <source>Reconciling the bill of %1 (%2)…</source>
        <extracomment>%1 the bill&apos;s period, %2 its type (&quot;Trade bill&quot; ...)</extracomment>
        <translation>正在对 %1 的账单（%2）进行对账…</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) matched</source>
        <translation>
            <numerusform>%n 行一致</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 the bill type in words (&quot;Trade bill&quot;, &quot;Account bill&quot;), %2 the outcome</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Reconciled the bill of %1: %2, %n difference(s) found.</source>
        <extracomment>%1 the period; %2 &quot;12 lines matched&quot;; %n differences found (the bill type in words is put before it)</extracomment>
        <translation>
            <numerusform>%1 对账完成：%2，发现 %n 处差异。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DepositDesk::ReconciliationService</name>
    <message>
        <source>This difference no longer exists. Reload the reconciliation.</source>
        <translation>该差异已不存在。请重新加载对账结果。</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>The bill to reconcile is not in the list of downloaded bills. Download it again.</source>
        <translation>要对账的账单不在已下载账单列表中。请重新下载。</translation>
    </message>
    <message>
        <source>Reading the bill</source>
        <translation>正在读取账单</translation>
    </message>
    <message>
        <source>The reconciliation was cancelled.</source>
        <translation>对账已取消。</translation>
    </message>
    <message>
        <source>Matching with the ledger</source>
        <translation>正在与台账匹配</translation>
    </message>
    <message>
        <source>Saving the differences</source>
        <translation>正在保存差异</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Write a note saying how the difference was resolved, then mark it resolved.</source>
        <translation>请填写备注，说明差异是如何处理的，然后再标记为已处理。</translation>
    </message>
    <message>
        <source>The note looks like a password, key or token. Secrets never go into the audit log: write the note without it.</source>
        <translation>备注看起来像密码、密钥或令牌。机密信息绝不写入审计日志：请去掉它后再填写备注。</translation>
    </message>
    <message>
        <source>Only trade bills and account bills can be reconciled with the ledger; %1 is neither (%2).</source>
        <extracomment>%1 the file name, %2 its bill type in words</extracomment>
        <translation>只有交易账单和账务账单可以与台账对账；%1 两者都不是（%2）。</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) found; %1.</source>
        <extracomment>%1 how many lines matched (&quot;12 lines matched&quot;)</extracomment>
        <translation>
            <numerusform>发现 %n 处差异；%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) matched</source>
        <translation>
            <numerusform>%n 行一致</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DepositDesk::ReconciliationTotalsView</name>
    <message>
        <source>Reconcile a downloaded bill to compare its totals with our records.</source>
        <translation>对已下载的账单执行对账，将其合计与我方记录比对。</translation>
    </message>
    <message>
        <source>agree</source>
        <extracomment>Totals: bill and our records agree on this figure</extracomment>
        <translation>一致</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the bill match our records.</source>
        <translation>
            <numerusform>账单中有 %n 行与我方记录一致。</numerusform>
        </translation>
    </message>
    <message>
        <source>The detail lines add up to the bill&apos;s footer lines.</source>
        <translation>明细行合计与账单末尾的合计行一致。</translation>
    </message>
    <message>
        <source>The detail lines do NOT add up to the bill&apos;s footer lines.</source>
        <translation>明细行合计与账单末尾的合计行不一致。</translation>
    </message>
    <message>
        <source>The bill has no summary file.</source>
        <translation>该账单没有汇总文件。</translation>
    </message>
    <message>
        <source>They agree with the summary file&apos;s totals.</source>
        <translation>明细行合计与汇总文件的合计一致。</translation>
    </message>
    <message>
        <source>They do NOT agree with the summary file&apos;s totals.</source>
        <translation>明细行合计与汇总文件的合计不一致。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Totals: %1 the kind of difference, %2 how many</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No differences: the bill and our records agree.</source>
        <translation>没有差异：账单与我方记录一致。</translation>
    </message>
    <message>
        <source>Differences found — %1</source>
        <translation>发现差异：%1</translation>
    </message>
    <message>
        <source>Bill</source>
        <extracomment>Totals column: figures from Alipay&apos;s bill</extracomment>
        <translation>账单</translation>
    </message>
    <message>
        <source>Our records</source>
        <extracomment>Totals column: figures from DepositDesk&apos;s own records</extracomment>
        <translation>我方记录</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>服务费</translation>
    </message>
    <message>
        <source>Net</source>
        <extracomment>Totals row: income - refunds - fees</extracomment>
        <translation>净额</translation>
    </message>
    <message>
        <source>Number of charges</source>
        <translation>扣款笔数</translation>
    </message>
    <message>
        <source>Number of refunds</source>
        <translation>退款笔数</translation>
    </message>
    <message>
        <source>Reconciliation of the trade bill of %1, run on %2 by %3</source>
        <extracomment>%1 the period, %2 when the run finished (China time), %3 who ran it</extracomment>
        <translation>%1 交易账单的对账，由 %3 于 %2 执行</translation>
    </message>
    <message numerus="yes">
        <source>Known external: %n line(s), recorded by finance as payments made outside the console.</source>
        <extracomment>Totals: bill lines finance recorded as payments made outside the console</extracomment>
        <translation>
            <numerusform>已知外部收款：%n 行，由财务记录为在工作台之外发生的收款。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DepositDesk::RefundApprovals</name>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>%1 asked for this refund: another supervisor must approve or reject it.</source>
        <translation>这笔退款是 %1 申请的，必须由另一位主管审批或驳回。</translation>
    </message>
    <message>
        <source>This refund request is %1: it no longer waits for a decision.</source>
        <translation>此退款申请的状态为“%1”，已无需审批。</translation>
    </message>
    <message>
        <source>There is no refund request number %1.</source>
        <translation>不存在编号为 %1 的退款申请。</translation>
    </message>
    <message>
        <source>Say why the refund is rejected: the agent and the customer will want to know.</source>
        <translation>请填写驳回原因：客服和用户都需要知道。</translation>
    </message>
    <message>
        <source>The refund of %1 (request %2) is rejected. Nothing was sent to Alipay.</source>
        <translation>%1 的退款申请（请求号 %2）已驳回，未向支付宝发送任何请求。</translation>
    </message>
    <message>
        <source>Only administrators may change the refund approval threshold.</source>
        <translation>只有管理员可以修改退款审批门槛。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::RefundQueueModel</name>
    <message>
        <source>Refund request number: %1</source>
        <extracomment>Tooltip: the refund&apos;s own request number (out_request_no)</extracomment>
        <translation>退款请求号：%1</translation>
    </message>
    <message>
        <source>Requested</source>
        <extracomment>Column: when the refund was requested (China time)</extracomment>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>商户订单号</translation>
    </message>
    <message>
        <source>Charge</source>
        <extracomment>Column: the charge (out_trade_no) the refund gives back</extracomment>
        <translation>扣款</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>审批意见</translation>
    </message>
</context>
<context>
    <name>DepositDesk::RefundQueuePage</name>
    <message>
        <source>All requests</source>
        <extracomment>Refund queue filter: every status</extracomment>
        <translation>全部申请</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for approval</source>
        <extracomment>Badge: refund requests waiting for a supervisor&apos;s decision</extracomment>
        <translation>
            <numerusform>%n 笔待审批</numerusform>
        </translation>
    </message>
    <message>
        <source>No refund request is waiting for approval.</source>
        <translation>没有待审批的退款申请。</translation>
    </message>
    <message>
        <source>No refund request has this status.</source>
        <translation>没有该状态的退款申请。</translation>
    </message>
    <message>
        <source>Select a refund request first.</source>
        <translation>请先选择一条退款申请。</translation>
    </message>
    <message>
        <source>This request is %1: it no longer waits for a decision.</source>
        <translation>此申请的状态为“%1”，已无需审批。</translation>
    </message>
    <message>
        <source>Refunds below %1 are sent at once, without a supervisor&apos;s approval; larger ones wait in this queue.</source>
        <translation>低于 %1 的退款无需主管审批，直接发送；金额更大的退款在此队列中等待审批。</translation>
    </message>
    <message>
        <source>Every refund needs a supervisor&apos;s approval.</source>
        <translation>每笔退款都需要主管审批。</translation>
    </message>
    <message>
        <source>Type the threshold in yuan, like 50.00. %1</source>
        <translation>请以元为单位填写门槛，例如 50.00。%1</translation>
    </message>
    <message>
        <source>Refund approvals</source>
        <translation>退款审批</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Open order</source>
        <translation>打开订单(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>审批通过(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>驳回(&amp;R)…</translation>
    </message>
    <message>
        <source>Approval threshold</source>
        <translation>审批门槛</translation>
    </message>
    <message>
        <source>Refunds below</source>
        <translation>退款金额低于</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
</context>
<context>
    <name>DepositDesk::RefundRequestDialog</name>
    <message>
        <source>¥%1 charged %2 (%3), refundable ¥%4</source>
        <extracomment>A charge to refund: amount, date, merchant number, what may still be refunded.</extracomment>
        <translation>%2 扣款 ¥%1（%3），可退 ¥%4</translation>
    </message>
    <message>
        <source>This order has no charge that can still be refunded.</source>
        <translation>此订单没有仍可退款的扣款。</translation>
    </message>
    <message>
        <source>Refundable of this charge now: ¥%1</source>
        <translation>这笔扣款当前可退：¥%1</translation>
    </message>
    <message>
        <source>¥%1 is more than the ¥%2 that can still be refunded of this charge.</source>
        <translation>¥%1 超过这笔扣款仍可退的 ¥%2。</translation>
    </message>
    <message>
        <source>Refundable after this request: —</source>
        <translation>本次申请后可退：—</translation>
    </message>
    <message>
        <source>Refundable after this request: ¥%1 (¥%2 waits for a supervisor&apos;s approval)</source>
        <translation>本次申请后可退：¥%1（¥%2 等待主管审批）</translation>
    </message>
    <message>
        <source>Request a refund for %1</source>
        <translation>为 %1 申请退款</translation>
    </message>
    <message>
        <source>Give back money charged from this deposit. The request is recorded as pending approval; nothing is sent to Alipay until a supervisor approves it.</source>
        <translation>退还从此押金中扣除的款项。申请将登记为待审批；主管审批之前，不会向支付宝发送任何请求。</translation>
    </message>
    <message>
        <source>Charge:</source>
        <translation>扣款：</translation>
    </message>
    <message>
        <source>Request refund</source>
        <translation>申请退款</translation>
    </message>
</context>
<context>
    <name>DepositDesk::RefundRequestRecord</name>
    <message>
        <source>Waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved, being sent</source>
        <translation>已审批，正在发送</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Refused by Alipay</source>
        <translation>支付宝已拒绝</translation>
    </message>
    <message>
        <source>Sent, awaiting confirmation</source>
        <translation>已发送，待确认</translation>
    </message>
</context>
<context>
    <name>DepositDesk::RefundRequests</name>
    <message>
        <source>A refund request is recorded only with its order, its charge, its request number and who asked for it.</source>
        <translation>退款申请必须写明订单、扣款、请求号和申请人，才能登记。</translation>
    </message>
    <message>
        <source>A refund request needs an amount above zero.</source>
        <translation>退款申请的金额必须大于零。</translation>
    </message>
    <message>
        <source>A refund request needs a reason.</source>
        <translation>退款申请必须填写原因。</translation>
    </message>
    <message>
        <source>The refund %1 of this charge is still awaiting Alipay&apos;s confirmation. Wait until it is settled, then ask again.</source>
        <translation>这笔扣款的退款 %1 仍在等待支付宝确认。请等待结果确定后再申请。</translation>
    </message>
    <message>
        <source>The refund number %1 is already used for this charge. A new request needs a new number.</source>
        <translation>退款请求号 %1 已用于这笔扣款。新的申请需要新的请求号。</translation>
    </message>
    <message>
        <source>A refund request changes only with the name of who changed it.</source>
        <translation>修改退款申请时必须写明修改人。</translation>
    </message>
    <message>
        <source>There is no refund request number %1.</source>
        <translation>不存在编号为 %1 的退款申请。</translation>
    </message>
    <message>
        <source>This refund request is %1 and cannot become %2.</source>
        <translation>此退款申请的状态为“%1”，不能改为“%2”。</translation>
    </message>
    <message>
        <source>The refund %1 of this charge is still awaiting Alipay&apos;s confirmation. Wait until it is settled, then send this one.</source>
        <translation>这笔扣款的退款 %1 仍在等待支付宝确认。请等待结果确定后再发送此申请。</translation>
    </message>
    <message>
        <source>Refund request %1 does not exist or was already sent as another call.</source>
        <translation>退款申请 %1 不存在，或已作为另一次调用发送。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::RequestFieldCheck</name>
    <message>
        <source>%1 is missing.</source>
        <translation>缺少 %1。</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 超过 %2 个字符。</translation>
    </message>
    <message>
        <source>%1 must be between 0.01 and 100000000.00 yuan, not %2.</source>
        <translation>%1 必须在 0.01 到 100000000.00 元之间，不能是 %2。</translation>
    </message>
    <message>
        <source>%1 must be a JSON object.</source>
        <translation>%1 必须是 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::RequestNumberGenerator</name>
    <message>
        <source>The system&apos;s random number generator failed, so no request number could be made. Nothing was sent; try again, and restart the computer if it persists.</source>
        <translation>系统随机数生成器出错，无法生成请求号。未发送任何请求；请重试，如果仍然出错请重启计算机。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::ResolveDifferenceDialog</name>
    <message>
        <source>Resolve difference</source>
        <translation>处理差异</translation>
    </message>
    <message>
        <source>no order of ours</source>
        <extracomment>Resolve dialog: a bill line of a trade DepositDesk never saw</extracomment>
        <translation>我方无此订单</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>标记为已处理</translation>
    </message>
    <message>
        <source>Write a note to mark the difference resolved.</source>
        <translation>请填写备注，才能将差异标记为已处理。</translation>
    </message>
    <message>
        <source>%1 — order %2</source>
        <extracomment>Resolve dialog: %1 the kind of difference, %2 the order number</extracomment>
        <translation>%1 — 订单 %2</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Only mark it resolved with the note</source>
        <translation>仅填写备注并标记为已处理</translation>
    </message>
    <message>
        <source>What was done about it, or why (required, kept in the audit log):</source>
        <translation>做了哪些处理，或原因（必填，将记入审计日志）：</translation>
    </message>
    <message>
        <source>Make the correction</source>
        <translation>执行更正</translation>
    </message>
    <message>
        <source>Write a note saying why you make this correction.</source>
        <translation>请填写备注，说明进行此项更正的原因。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::ResponseClassifier</name>
    <message>
        <source>Nothing was sent to Alipay: %1</source>
        <translation>未向支付宝发送任何请求：%1</translation>
    </message>
    <message>
        <source>no result code</source>
        <translation>无结果码</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>结果码 %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 The result is unknown: the operation may or may not have happened. Do not start it again as a new request; DepositDesk checks its status with Alipay.</source>
        <translation>%1结果未知：操作可能已执行，也可能未执行。请勿重新发起新的请求；免押工作台会向支付宝查询其状态。</translation>
    </message>
    <message>
        <source>Alipay did not answer within %1 seconds.</source>
        <translation>支付宝在 %1 秒内没有应答。</translation>
    </message>
    <message>
        <source>The connection to Alipay failed.</source>
        <translation>连接支付宝失败。</translation>
    </message>
    <message>
        <source>Alipay&apos;s gateway answered with HTTP status %1 instead of a result.</source>
        <translation>支付宝网关返回了 HTTP 状态 %1，而不是处理结果。</translation>
    </message>
    <message>
        <source>Alipay&apos;s service was temporarily unavailable (%1).</source>
        <translation>支付宝服务暂时不可用（%1）。</translation>
    </message>
    <message>
        <source>Alipay reported a system error (%1).</source>
        <translation>支付宝返回系统错误（%1）。</translation>
    </message>
    <message>
        <source>Alipay is still waiting for the customer to confirm (%1). DepositDesk checks the status until it is final.</source>
        <translation>支付宝仍在等待用户确认（%1）。免押工作台会持续查询，直到结果确定。</translation>
    </message>
    <message>
        <source>The answer was not signed by Alipay, so it cannot be trusted (it said: %1).</source>
        <translation>该应答没有支付宝签名，不可信（应答内容：%1）。</translation>
    </message>
    <message>
        <source>The answer&apos;s signature does not match the Alipay public key, so it cannot be trusted (it said: %1). If this persists, ask an administrator to check the Alipay public key.</source>
        <translation>该应答的签名与支付宝公钥不符，不可信（应答内容：%1）。如果反复出现，请联系管理员检查支付宝公钥。</translation>
    </message>
    <message>
        <source>The answer names Alipay certificate &quot;%1&quot;, but DepositDesk is set up with &quot;%2&quot;. Alipay may have renewed its certificate: ask an administrator to load the new alipayCertPublicKey_RSA2.crt.</source>
        <translation>该应答使用的支付宝证书是“%1”，但免押工作台配置的是“%2”。支付宝可能已更换证书：请联系管理员加载新的 alipayCertPublicKey_RSA2.crt。</translation>
    </message>
    <message>
        <source>The answer from Alipay was incomplete or unreadable.</source>
        <translation>支付宝的应答不完整或无法读取。</translation>
    </message>
    <message>
        <source>Alipay answered with a result DepositDesk does not know (%1).</source>
        <translation>支付宝返回了免押工作台无法识别的结果（%1）。</translation>
    </message>
    <message>
        <source>Alipay accepted the request.</source>
        <translation>支付宝已受理该请求。</translation>
    </message>
    <message>
        <source>Alipay refused the request (%1). Nothing was changed.</source>
        <translation>支付宝拒绝了该请求（%1），未做任何变更。</translation>
    </message>
    <message>
        <source>Alipay refused the request because of the merchant&apos;s Alipay setup (%1). Nothing was changed; ask an administrator to check the app ID, keys and signed products.</source>
        <translation>由于商户的支付宝配置问题，支付宝拒绝了该请求（%1），未做任何变更。请联系管理员检查应用 ID、密钥和已签约的产品。</translation>
    </message>
    <message>
        <source>DepositDesk refused to read the answer from Alipay. %1</source>
        <translation>免押工作台拒绝读取支付宝的应答。%1</translation>
    </message>
    <message>
        <source>The answer is nested deeper than %1 levels.</source>
        <translation>应答的嵌套层级超过 %1 层。</translation>
    </message>
    <message>
        <source>The answer is larger than %1.</source>
        <translation>应答大于 %1。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::RiskReport</name>
    <message>
        <source>Choose a period whose first day is not after its last day.</source>
        <translation>请选择起始日期不晚于截止日期的期间。</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>Risk report: the group of orders without a category or a store</extracomment>
        <translation>（无）</translation>
    </message>
    <message>
        <source>The risk report could not be read: %1</source>
        <translation>无法读取风险报表：%1</translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>Risk report: the row of all groups together</extracomment>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>DepositDesk::RiskReportModel</name>
    <message>
        <source>Total</source>
        <extracomment>Risk report: the row of all groups together</extracomment>
        <translation>合计</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Waived share</source>
        <extracomment>Risk report column: the part of the deposit Sesame credit waived</extracomment>
        <translation>免押比例</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>押金金额</translation>
    </message>
    <message>
        <source>Waived</source>
        <extracomment>Risk report column: the part of the deposits Sesame credit waived, in yuan</extracomment>
        <translation>免押金额</translation>
    </message>
    <message>
        <source>Charges</source>
        <extracomment>Risk report column: succeeded charges from deposits (count)</extracomment>
        <translation>扣款</translation>
    </message>
    <message>
        <source>Charged</source>
        <extracomment>Risk report column: the amount of the succeeded charges</extracomment>
        <translation>扣款金额</translation>
    </message>
    <message>
        <source>Failed charges</source>
        <extracomment>Risk report column: charges the customer could not pay (count)</extracomment>
        <translation>扣款失败</translation>
    </message>
    <message>
        <source>Failed amount</source>
        <translation>扣款失败金额</translation>
    </message>
    <message>
        <source>Defaults reported</source>
        <extracomment>Risk report column: orders reported to Sesame as defaulted (VIOLATED)</extracomment>
        <translation>已上报违约</translation>
    </message>
    <message>
        <source>Amount lost</source>
        <extracomment>Risk report column: failed charges never charged again later</extracomment>
        <translation>损失金额</translation>
    </message>
    <message>
        <source>Default rate</source>
        <translation>违约率</translation>
    </message>
</context>
<context>
    <name>DepositDesk::RiskReportPage</name>
    <message>
        <source>Computing the report…</source>
        <translation>正在计算报表…</translation>
    </message>
    <message>
        <source>Default rate (%)</source>
        <translation>违约率（%）</translation>
    </message>
    <message>
        <source>Amount waived (¥)</source>
        <translation>免押金额（¥）</translation>
    </message>
    <message>
        <source>Amount lost (¥)</source>
        <translation>损失金额（¥）</translation>
    </message>
    <message>
        <source>Default rate per group</source>
        <translation>各分组违约率</translation>
    </message>
    <message>
        <source>Amount waived and amount lost per group</source>
        <translation>各分组免押金额与损失金额</translation>
    </message>
    <message>
        <source>There is no report to export yet: show one first.</source>
        <translation>尚无可导出的报表：请先显示报表。</translation>
    </message>
    <message>
        <source>The charts could not be saved as %1. Choose another folder or file name.</source>
        <translation>无法将图表保存为 %1。请选择其他文件夹或文件名。</translation>
    </message>
    <message>
        <source>Save the charts as PNG</source>
        <translation>将图表保存为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Risk report</source>
        <extracomment>Page title (View &gt; Risk report)</extracomment>
        <translation>风险报表</translation>
    </message>
    <message>
        <source>Orders created from</source>
        <extracomment>Risk report: the first day of the period (orders created from)</extracomment>
        <translation>订单创建日期从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>分组依据</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Waived share</source>
        <extracomment>Risk report grouping: by the part of the deposit Sesame credit waived</extracomment>
        <translation>免押比例</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Save charts as PNG…</source>
        <translation>将图表保存为 PNG…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) created from %1 to %2 (China time). Default rate: orders reported to Sesame as defaulted (VIOLATED) out of the orders; amount lost: failed charges never charged again later.</source>
        <extracomment>Risk report: %1 and %2 the period&apos;s first and last day (China time), %Ln orders</extracomment>
        <translation>
            <numerusform>%1 至 %2（北京时间）共创建 %Ln 笔订单。违约率：已向芝麻信用上报违约（VIOLATED）的订单占订单总数的比例；损失金额：扣款失败且之后始终未能再次扣款成功的金额。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DepositDesk::RsaPrivateKey</name>
    <message>
        <source>The private key is of type %1, but Alipay RSA2 needs an RSA key. Generate a 2048-bit RSA key with the Alipay key tool.</source>
        <translation>该私钥类型为 %1，但支付宝 RSA2 需要 RSA 密钥。请用支付宝密钥工具生成 2048 位 RSA 密钥。</translation>
    </message>
    <message>
        <source>The RSA private key has only %1 bits; Alipay RSA2 needs at least 2048 bits. Generate a 2048-bit key with the Alipay key tool.</source>
        <translation>该 RSA 私钥只有 %1 位，支付宝 RSA2 至少需要 2048 位。请用支付宝密钥工具生成 2048 位密钥。</translation>
    </message>
    <message>
        <source>The application private key does not belong to the application public key configured at Alipay (their RSA moduli differ), so Alipay would reject every signature. Use the private key generated together with that public key, or upload the matching public key.</source>
        <translation>应用私钥与支付宝上配置的应用公钥不匹配（RSA 模数不同），支付宝会拒绝所有签名。请使用与该公钥一起生成的私钥，或上传与之匹配的公钥。</translation>
    </message>
    <message>
        <source>This is a public key, but the application private key is expected here. Use the private key generated together with it (PKCS#8 or PKCS#1, base64 or PEM).</source>
        <translation>这是公钥，此处需要应用私钥。请使用与它一起生成的私钥（PKCS#8 或 PKCS#1，base64 或 PEM 格式）。</translation>
    </message>
    <message>
        <source>This is a certificate, but the application private key is expected here.</source>
        <translation>这是证书，此处需要应用私钥。</translation>
    </message>
    <message>
        <source>The text is base64 but not a private key (it may be truncated or damaged). Copy the whole private key again, exactly as the Alipay key tool shows it.</source>
        <translation>该文本是 base64 格式，但不是私钥（可能不完整或已损坏）。请按支付宝密钥工具显示的内容，重新复制完整的私钥。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::RsaPublicKey</name>
    <message>
        <source>The key is of type %1, but Alipay RSA2 needs an RSA key. Use the RSA public key.</source>
        <translation>该密钥类型为 %1，但支付宝 RSA2 需要 RSA 密钥。请使用 RSA 公钥。</translation>
    </message>
    <message>
        <source>The RSA key has only %1 bits; Alipay RSA2 needs at least 2048 bits. Use a 2048-bit key.</source>
        <translation>该 RSA 密钥只有 %1 位，支付宝 RSA2 至少需要 2048 位。请使用 2048 位密钥。</translation>
    </message>
    <message>
        <source>The key text is empty. Paste the whole key as the Alipay key tool shows it.</source>
        <translation>密钥内容为空。请按支付宝密钥工具显示的内容粘贴完整密钥。</translation>
    </message>
    <message>
        <source>The key text is neither PEM nor base64 (it contains other characters or is cut short). Copy the key again, exactly as the Alipay key tool shows it.</source>
        <translation>密钥内容既不是 PEM 也不是 base64 格式（含有其他字符或不完整）。请按支付宝密钥工具显示的内容重新复制。</translation>
    </message>
    <message>
        <source>This is a private key, but a public key is expected here. Use the public key (base64 starting with MIIBIj, or a BEGIN PUBLIC KEY block); never hand out the private key.</source>
        <translation>这是私钥，此处需要公钥。请使用公钥（以 MIIBIj 开头的 base64，或 BEGIN PUBLIC KEY 块）；切勿外传私钥。</translation>
    </message>
    <message>
        <source>This is a certificate, not a public key. Use the public key text, or certificate mode for certificate files.</source>
        <translation>这是证书，不是公钥。请使用公钥文本；证书文件请使用证书模式。</translation>
    </message>
    <message>
        <source>The text is base64 but not a public key (it may be truncated or damaged). Copy the whole key again.</source>
        <translation>该文本是 base64 格式，但不是公钥（可能不完整或已损坏）。请重新复制完整的密钥。</translation>
    </message>
    <message>
        <source>The PEM header line is damaged. Copy the key again, including the -----BEGIN …----- line.</source>
        <translation>PEM 头部行已损坏。请重新复制密钥，包括 -----BEGIN …----- 行。</translation>
    </message>
    <message>
        <source>The PEM block has no matching END line: the key text is cut short. Copy the whole key, including the -----END …----- line.</source>
        <translation>PEM 块缺少对应的 END 行：密钥内容不完整。请复制完整密钥，包括 -----END …----- 行。</translation>
    </message>
    <message>
        <source>The key is protected by a password. Export it without a password (unencrypted PKCS#8 or PKCS#1) and keep it in the system keychain.</source>
        <translation>该密钥有密码保护。请导出不带密码的密钥（未加密的 PKCS#8 或 PKCS#1），并保存在系统钥匙串中。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::Sandbox::BillPeriod</name>
    <message>
        <source>&quot;%1&quot; is not a bill date: use yyyy-MM-dd for a day or yyyy-MM for a month, such as 2024-05-01 or 2024-05.</source>
        <translation>“%1”不是有效的账单日期：日账单请用 yyyy-MM-dd，月账单请用 yyyy-MM，例如 2024-05-01 或 2024-05。</translation>
    </message>
    <message>
        <source>Bills exist from 2016-01-01 on; %1 is earlier.</source>
        <translation>账单从 2016-01-01 起才有；%1 早于该日期。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::Sandbox::BillWriter</name>
    <message>
        <source>This system has no GBK text encoder, so no bill can be written. Install Qt with ICU support.</source>
        <translation>本系统没有 GBK 文本编码器，无法生成账单。请安装带 ICU 支持的 Qt。</translation>
    </message>
    <message>
        <source>The bill archive could not be written (zip error %1).</source>
        <translation>无法写入账单压缩包（zip 错误 %1）。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::Sandbox::CommandLine</name>
    <message>
        <source>Usage: depositdesk-sandbox [--port N] [--state FILE] [--seed N --seed-value S]
                           [--alipay-key FILE] [--app APPID=PUBKEYFILE ...]
                           [--key-dir DIR] [--time-scale X] [--timestamp-skew SECS]
An Alipay-compatible gateway on 127.0.0.1 for demos and tests; see app/sandbox/README.md.</source>
        <translation>用法：depositdesk-sandbox [--port N] [--state FILE] [--seed N --seed-value S]
                          [--alipay-key FILE] [--app APPID=PUBKEYFILE ...]
                          [--key-dir DIR] [--time-scale X] [--timestamp-skew SECS]
本机 127.0.0.1 上与支付宝兼容的网关，用于演示和测试；详见 app/sandbox/README.md。</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>The option %1 is unknown or has no value.</source>
        <translation>选项 %1 未知或缺少值。</translation>
    </message>
    <message>
        <source>The option %1 is unknown.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; of %2 is not valid.</source>
        <translation>%2 的值“%1”无效。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::Sandbox::Gateway</name>
    <message>
        <source>The sandbox cannot listen on 127.0.0.1 port %1: is it in use?</source>
        <translation>沙箱无法监听 127.0.0.1 的 %1 端口：该端口是否已被占用？</translation>
    </message>
</context>
<context>
    <name>DepositDesk::Sandbox::Keys</name>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>无法读取密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>The key file %1 holds no usable private key: %2</source>
        <translation>密钥文件 %1 中没有可用的私钥：%2</translation>
    </message>
    <message>
        <source>The key file %1 holds no usable public key: %2</source>
        <translation>密钥文件 %1 中没有可用的公钥：%2</translation>
    </message>
    <message>
        <source>Cannot generate an RSA key pair.</source>
        <translation>无法生成 RSA 密钥对。</translation>
    </message>
    <message>
        <source>Cannot write the generated key pair to %1 and %2; check that the folder exists and is writable.</source>
        <translation>无法将生成的密钥对写入 %1 和 %2；请检查文件夹是否存在且可写。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::Sandbox::OrderExport</name>
    <message>
        <source>The order list could not be written to %1: %2. Choose a folder you can write to.</source>
        <translation>无法将订单列表写入 %1：%2。请选择有写入权限的文件夹。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::Sandbox::Seeder</name>
    <message>
        <source>Seeding stopped: the sandbox refused %1 of order %2 (%3 %4).</source>
        <translation>生成演示数据已中止：沙箱拒绝了订单 %2 的%1（%3 %4）。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::Sandbox::Seeding</name>
    <message>
        <source>Seeding needs an app: register one with --app APPID=PUBKEYFILE.</source>
        <translation>生成演示数据需要一个应用：请用 --app APPID=PUBKEYFILE 注册。</translation>
    </message>
    <message>
        <source>Seeded %1 orders for app %2 from seed %3 in %4 ms (history before %5)</source>
        <translation>已用种子 %3 为应用 %2 生成 %1 个订单，用时 %4 毫秒（历史数据早于 %5）</translation>
    </message>
    <message>
        <source>%1 of them were in the state file already and were left as they are.</source>
        <translation>其中 %1 个已在状态文件中，保持不变。</translation>
    </message>
    <message>
        <source>Order list for the console&apos;s import: %1</source>
        <translation>供工作台导入的订单列表：%1</translation>
    </message>
</context>
<context>
    <name>DepositDesk::Sandbox::Store</name>
    <message>
        <source>Cannot open the sandbox state file %1: %2</source>
        <translation>无法打开沙箱状态文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot prepare the sandbox state file %1: %2</source>
        <translation>无法初始化沙箱状态文件 %1：%2</translation>
    </message>
    <message>
        <source>The sandbox state cannot be written: %1</source>
        <translation>无法写入沙箱状态：%1</translation>
    </message>
</context>
<context>
    <name>DepositDesk::SandboxMain</name>
    <message>
        <source>Cannot create the key folder %1.</source>
        <translation>无法创建密钥文件夹 %1。</translation>
    </message>
    <message>
        <source>Alipay public key (支付宝公钥) for clients: %1</source>
        <translation>供客户端使用的支付宝公钥：%1</translation>
    </message>
    <message>
        <source>Platform private key generated: %1 (mode 0600)</source>
        <translation>已生成平台私钥：%1（权限 0600）</translation>
    </message>
    <message>
        <source>Platform private key reused: %1</source>
        <translation>沿用已有的平台私钥：%1</translation>
    </message>
    <message>
        <source>Demo app %1: private key %2 (mode 0600), public key %3</source>
        <translation>演示应用 %1：私钥 %2（权限 0600），公钥 %3</translation>
    </message>
    <message>
        <source>DepositDesk sandbox gateway: %1</source>
        <translation>免押工作台沙箱网关：%1</translation>
    </message>
    <message>
        <source>Sandbox controls: %1/sandbox/ (user/confirm, user/decline, faults, notifications)</source>
        <translation>沙箱控制接口：%1/sandbox/（user/confirm、user/decline、faults、notifications）</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态保存位置：%1</translation>
    </message>
    <message>
        <source>in memory (lost on exit)</source>
        <translation>仅在内存中（退出后丢失）</translation>
    </message>
    <message>
        <source>App %1: seller %2</source>
        <translation>应用 %1：卖家 %2</translation>
    </message>
</context>
<context>
    <name>DepositDesk::SchemaMigrations</name>
    <message>
        <source>Updating the database to version %1 (%2) failed: %3</source>
        <translation>将数据库升级到版本 %1（%2）失败：%3</translation>
    </message>
</context>
<context>
    <name>DepositDesk::SearchPage</name>
    <message>
        <source>Asking Alipay about %1…</source>
        <translation>正在向支付宝查询 %1…</translation>
    </message>
    <message>
        <source>%1 (Alipay: %2 %3)</source>
        <translation>%1（支付宝：%2 %3）</translation>
    </message>
    <message>
        <source>Ask Alipay for this order and add it to the index.</source>
        <translation>向支付宝查询此订单，并加入订单列表。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>No order has a number, payer or phone starting with “%1”.</source>
        <translation>没有订单号、付款人或手机号以“%1”开头的订单。</translation>
    </message>
    <message numerus="yes">
        <source>Type at least %n characters to search by the beginning of a number.</source>
        <translation>
            <numerusform>请至少输入 %n 个字符，才能按单号开头搜索。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) shown, more when you scroll down (%1 ms).</source>
        <extracomment>%n orders shown so far, %1 milliseconds the database took</extracomment>
        <translation>
            <numerusform>已显示 %n 笔订单，向下滚动可加载更多（%1 毫秒）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) found (%1 ms).</source>
        <translation>
            <numerusform>找到 %n 笔订单（%1 毫秒）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) in the index.</source>
        <translation>
            <numerusform>订单列表中共有 %n 笔订单。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>&amp;Created from:</source>
        <translation>创建时间(&amp;C)：</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between two dates: &quot;Created from [date] to [date]&quot;
----------
Between two amounts: &quot;Deposit ¥ [min] to [max]&quot;</extracomment>
        <translation>至</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>不限日期</translation>
    </message>
    <message>
        <source>&amp;Deposit ¥:</source>
        <translation>押金 ¥(&amp;D)：</translation>
    </message>
    <message>
        <source>min</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>Look it up at Alipay</source>
        <translation>向支付宝查询</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Load order list</source>
        <translation>加载订单列表</translation>
    </message>
    <message>
        <source>Order lists (*.csv *.xlsx);;All files (*)</source>
        <translation>订单列表 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Select orders in the table (Ctrl+click, Shift+click) to run one action on all of them.</source>
        <translation>在表格中选择订单（Ctrl+单击、Shift+单击），即可对它们统一执行一项操作。</translation>
    </message>
    <message>
        <source>Bulk action…</source>
        <translation>批量操作…</translation>
    </message>
    <message>
        <source>Load order list…</source>
        <translation>加载订单列表…</translation>
    </message>
    <message>
        <source>Order number, Alipay auth or trade number, payer, the last 4 digits of a phone, or a word of a note</source>
        <translation>商户订单号、支付宝授权单号或交易号、付款人、手机尾号 4 位，或备注中的字词</translation>
    </message>
</context>
<context>
    <name>DepositDesk::SearchService</name>
    <message>
        <source>The search could not be run: %1. Check that the database is reachable and try again.</source>
        <translation>无法执行搜索：%1。请检查数据库是否可以访问，然后重试。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::Sentences</name>
    <message>
        <source>%1 %2</source>
        <extracomment>Two sentences one after the other (%1, then %2). English puts one space between them; Chinese puts none.</extracomment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>DepositDesk::SesameDefaultRequests</name>
    <message>
        <source>A default report is asked for only with its order, its failed charge, its request number and who asks.</source>
        <translation>违约上报申请必须包含订单、扣款失败记录、请求号和申请人。</translation>
    </message>
    <message>
        <source>The default of order %1 was already asked for by %2 (%3).</source>
        <translation>订单 %1 的违约已由 %2 申请（%3）。</translation>
    </message>
    <message>
        <source>approved and reported</source>
        <translation>已审批并上报</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>等待审批</translation>
    </message>
    <message>
        <source>A default report is approved or rejected by someone.</source>
        <translation>违约上报须由具体的人审批或驳回。</translation>
    </message>
    <message>
        <source>This default report was already decided.</source>
        <translation>此违约上报已处理。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::SesameDefaultRule</name>
    <message>
        <source>A default (VIOLATED) may be reported only for an order whose charge from the deposit failed because the customer could not pay, and this order has no such charge.</source>
        <translation>只有因客户无力支付而从押金扣款失败的订单才能上报违约（VIOLATED），而该订单没有这样的扣款。</translation>
    </message>
    <message>
        <source>A default may be reported from %1: %3 days after the first failed charge (%2).</source>
        <extracomment>%1 from when (China time), %2 the failed charge&apos;s time, %3 the number of days</extracomment>
        <translation>违约可从 %1 起上报：首次扣款失败（%2）后 %3 天。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::SesameReportDialog</name>
    <message>
        <source>Sesame is told about a charge of the order, and this order has none.</source>
        <translation>上报芝麻信用需要针对订单的一笔扣款，而此订单没有扣款。</translation>
    </message>
    <message>
        <source>Report to Sesame for %1</source>
        <translation>为 %1 上报芝麻信用</translation>
    </message>
    <message>
        <source>Tell Sesame (芝麻信用) how this credit deposit ended. Sesame waived part of the deposit on the customer&apos;s credit and expects this report.</source>
        <translation>告知芝麻信用这笔信用免押订单的结果。芝麻信用根据用户的信用免除了部分押金，需要收到这份上报。</translation>
    </message>
    <message>
        <source>Charge:</source>
        <translation>扣款：</translation>
    </message>
    <message>
        <source>How it ended:</source>
        <translation>履约结果：</translation>
    </message>
    <message>
        <source>Completed as agreed (COMPLETE)</source>
        <extracomment>Sesame report: the customer kept the agreement.</extracomment>
        <translation>按约履行（COMPLETE）</translation>
    </message>
    <message>
        <source>Agreement broken (VIOLATED)</source>
        <extracomment>Sesame report: the customer broke the agreement.</extracomment>
        <translation>违约（VIOLATED）</translation>
    </message>
    <message>
        <source>Report to Sesame</source>
        <translation>上报芝麻信用</translation>
    </message>
    <message>
        <source>%1 asked for this report: another supervisor approves or rejects it.</source>
        <translation>此上报由 %1 申请：由另一位主管审批或驳回。</translation>
    </message>
    <message>
        <source>%1 asked on %2 to report that the customer defaulted: the charge %3 of %4 could not be collected. Reason: %5. Approve to report VIOLATED to Sesame (芝麻信用), or reject it.</source>
        <extracomment>%1 who asked, %2 when, %3 the failed charge, %4 its amount, %5 their reason</extracomment>
        <translation>%1 于 %2 申请上报客户违约：扣款 %3（%4）未能收取。原因：%5。批准后将向芝麻信用上报 VIOLATED，或驳回该申请。</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>决定：</translation>
    </message>
    <message>
        <source>Approve: report VIOLATED</source>
        <translation>批准：上报 VIOLATED</translation>
    </message>
    <message>
        <source>Reject the request</source>
        <translation>驳回申请</translation>
    </message>
    <message>
        <source>VIOLATED lowers the customer&apos;s Sesame credit and may limit their future deposit-free orders. Alipay allows it only %1 days after a charge the customer could not pay, and a supervisor other than you approves it.</source>
        <extracomment>%1 the number of days</extracomment>
        <translation>VIOLATED 会降低客户的芝麻信用，并可能限制其今后的免押订单。支付宝只允许在客户无力支付的扣款失败 %1 天后上报，且须由你以外的主管审批。</translation>
    </message>
    <message>
        <source>Approve and report</source>
        <translation>批准并上报</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Ask for approval</source>
        <translation>申请审批</translation>
    </message>
</context>
<context>
    <name>DepositDesk::SessionLock</name>
    <message>
        <source>The desk is not locked.</source>
        <translation>工作台未锁定。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::SettingsPage</name>
    <message>
        <source>The local gateway address must be an http(s) URL such as http://127.0.0.1:8080/gateway.do.</source>
        <translation>本地网关地址必须是 http(s) 网址，例如 http://127.0.0.1:8080/gateway.do。</translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer (127.0.0.1). Use https for another computer.</source>
        <translation>明文 http 只能连接本机（127.0.0.1）。连接其他计算机请使用 https。</translation>
    </message>
    <message>
        <source>The app ID has 16 digits; copy it from the Alipay open platform.</source>
        <translation>应用 ID 为 16 位数字，请从支付宝开放平台复制。</translation>
    </message>
    <message>
        <source>Saved. The environment, app ID and database apply from the next start of DepositDesk.</source>
        <translation>已保存。环境、应用 ID 和数据库将在免押工作台下次启动时生效。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Where this desk sends its Alipay calls and where it keeps its orders. The app&apos;s keys are not set here: they are kept in the system keychain.</source>
        <translation>本工作台调用支付宝的地址，以及订单的存储位置。应用密钥不在此处设置：它们保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Production (real customers, real money)</source>
        <translation>生产环境（真实用户，真实资金）</translation>
    </message>
    <message>
        <source>Alipay sandbox</source>
        <translation>支付宝沙箱</translation>
    </message>
    <message>
        <source>Local gateway (a sandbox on this network)</source>
        <translation>本地网关（本网络中的沙箱）</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>环境(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Local gateway URL:</source>
        <translation>本地网关地址(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;App ID:</source>
        <translation>应用 ID(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>Call &amp;timeout:</source>
        <translation>调用超时(&amp;T)：</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>语言(&amp;G)：</translation>
    </message>
    <message>
        <source>Empty: %1 (or a PostgreSQL setting host=… dbname=… user=…)</source>
        <translation>留空：%1（或填写 PostgreSQL 连接设置 host=… dbname=… user=…）</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>Settings: suffix of the idle lock&apos;s minutes</extracomment>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Without keyboard or mouse use for this long, the desk hides its work and asks for the password again (1 to 120 minutes).</source>
        <translation>键盘和鼠标闲置达到该时长后，工作台会隐藏工作内容并要求重新输入密码（1 至 120 分钟）。</translation>
    </message>
    <message>
        <source>Lock when &amp;idle:</source>
        <translation>闲置锁定(&amp;I)：</translation>
    </message>
    <message>
        <source>Saved. The database password is in the system keychain. The environment, app ID and database apply from the next start of DepositDesk.</source>
        <translation>已保存。数据库密码已存入系统钥匙串。环境、App ID 和数据库在免押工作台下次启动时生效。</translation>
    </message>
    <message>
        <source>The settings were saved, but the database password could not be stored in the system keychain: %1 Enter it again once the keychain is available.</source>
        <translation>设置已保存，但数据库密码无法存入系统钥匙串：%1 请在钥匙串可用后重新输入。</translation>
    </message>
    <message>
        <source>A database password is only used with a PostgreSQL database (host=… dbname=… user=…).</source>
        <translation>数据库密码仅用于 PostgreSQL 数据库（host=… dbname=… user=…）。</translation>
    </message>
    <message>
        <source>Saved. Storing the database password in the system keychain…</source>
        <translation>已保存。正在将数据库密码存入系统钥匙串…</translation>
    </message>
    <message>
        <source>Database pass&amp;word:</source>
        <translation>数据库密码(&amp;W)：</translation>
    </message>
    <message>
        <source>PostgreSQL: host=… port=… dbname=… user=… and, for a server on another computer, sslmode=verify-full sslrootcert=&lt;the server&apos;s root certificate&gt;. Without sslmode the connection is verify-full when a root certificate is given, else require (prefer for this computer). The password belongs in the field below.</source>
        <translation>PostgreSQL：host=… port=… dbname=… user=…；若服务器在另一台计算机上，再加 sslmode=verify-full sslrootcert=&lt;服务器的根证书&gt;。未设 sslmode 时：给出根证书则为 verify-full，否则为 require（本机为 prefer）。密码请填在下面的字段中。</translation>
    </message>
    <message>
        <source>Kept in the system keychain; leave empty to keep the stored one</source>
        <translation>保存在系统钥匙串中；留空则保留已存的密码</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>代理(&amp;P)：</translation>
    </message>
    <message>
        <source>Empty: the system&apos;s proxy</source>
        <translation>留空：使用系统代理</translation>
    </message>
    <message>
        <source>How this desk reaches Alipay: empty for the system&apos;s proxy, &quot;none&quot; for a direct connection, or http://host:port or socks5://host:port. Addresses of this computer are always reached directly.</source>
        <translation>本工作台访问支付宝的方式：留空使用系统代理，“none”为直接连接，或填写 http://主机:端口、socks5://主机:端口。本机地址始终直接连接。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::SetupAssistant</name>
    <message>
        <source>Welcome to DepositDesk</source>
        <translation>欢迎使用免押工作台</translation>
    </message>
    <message>
        <source>This assistant sets up this desk in a few steps. Have ready: the app_id of your Alipay application, the merchant&apos;s seller ID (2088…), the merchant private key and the Alipay public key or the three certificates, and where the orders are to be kept.</source>
        <translation>本向导通过几个步骤完成工作台的设置。请准备好：支付宝应用的 app_id、商户的卖家 ID（2088…）、商户私钥以及支付宝公钥或三个证书，并确定订单的存放位置。</translation>
    </message>
    <message>
        <source>Production (real customers, real money)</source>
        <translation>生产环境（真实用户，真实资金）</translation>
    </message>
    <message>
        <source>Alipay sandbox</source>
        <translation>支付宝沙箱</translation>
    </message>
    <message>
        <source>Local gateway (a sandbox on this network)</source>
        <translation>本地网关（本网络中的沙箱）</translation>
    </message>
    <message>
        <source>The environment decides where the desk sends its Alipay calls and which keychain entry holds its keys. Choose Production for the real shop; the Alipay sandbox and a local gateway are for trying things out.</source>
        <translation>环境决定工作台向哪里发送支付宝调用，以及密钥保存在哪个钥匙串条目中。实际经营请选择生产环境；支付宝沙箱和本地网关用于试用。</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>环境(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Local gateway URL:</source>
        <translation>本地网关地址(&amp;L)：</translation>
    </message>
    <message>
        <source>Where the orders are kept</source>
        <translation>订单的存放位置</translation>
    </message>
    <message>
        <source>One desk keeps its order index, ledger and audit log in an SQLite file on this computer. Several desks share one PostgreSQL database (team mode). The database is opened (and created) when you go on: the administrator and every later step are recorded in its audit log.</source>
        <translation>单个工作台将订单列表、台账和审计日志保存在本机的 SQLite 文件中。多个工作台共用一个 PostgreSQL 数据库（团队模式）。点击下一步时会打开（并创建）数据库：管理员及之后的每一步都会记入其审计日志。</translation>
    </message>
    <message>
        <source>An SQLite &amp;file on this computer</source>
        <translation>本机上的 SQLite 文件(&amp;F)</translation>
    </message>
    <message>
        <source>A &amp;PostgreSQL database (team mode)</source>
        <translation>PostgreSQL 数据库（团队模式）(&amp;P)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Kept in the system keychain; empty: the one stored there</source>
        <translation>保存在系统钥匙串中；留空则使用已保存的密码</translation>
    </message>
    <message>
        <source>Default (verify-full with a root certificate, else require; prefer on this computer)</source>
        <translation>默认（有根证书时为 verify-full，否则为 require；本机为 prefer）</translation>
    </message>
    <message>
        <source>The server&apos;s root certificate (PEM)</source>
        <translation>服务器的根证书（PEM）</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>TLS(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Root certificate:</source>
        <translation>根证书(&amp;R)：</translation>
    </message>
    <message>
        <source>The SQLite database file</source>
        <translation>SQLite 数据库文件</translation>
    </message>
    <message>
        <source>The PostgreSQL server&apos;s root certificate</source>
        <translation>PostgreSQL 服务器的根证书</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Choose the SQLite file.</source>
        <translation>请选择 SQLite 文件。</translation>
    </message>
    <message>
        <source>The administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>再次输入密码(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>This database already has operators (a desk set up before, or the team&apos;s database). Sign in as one of its administrators: the rest of the set-up is recorded under that account.</source>
        <translation>此数据库已有操作员（之前设置过的工作台，或团队的数据库）。请以其中一位管理员的身份登录：之后的设置都记在该账号名下。</translation>
    </message>
    <message>
        <source>This database has no operators yet. Choose the administrator&apos;s login and password; the administrator then creates the other accounts, and the rest of the set-up is recorded under this account.</source>
        <translation>此数据库还没有操作员。请设定管理员的登录名和密码；之后由管理员创建其他账号，其余设置都记在此账号名下。</translation>
    </message>
    <message>
        <source>Enter the login.</source>
        <translation>请输入登录名。</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Type the same password twice.</source>
        <translation>请输入两遍相同的密码。</translation>
    </message>
    <message>
        <source>The Alipay application and the merchant</source>
        <translation>支付宝应用与商户</translation>
    </message>
    <message>
        <source>The app_id names your application on the Alipay open platform. The seller ID is the merchant&apos;s Alipay user ID: charges name it as seller and freezes as payee, so the money reaches the right account.</source>
        <translation>app_id 是您的应用在支付宝开放平台上的编号。卖家 ID 是商户的支付宝用户 ID：扣款以它为卖家，冻结以它为收款方，确保资金进入正确的账户。</translation>
    </message>
    <message>
        <source>16 digits, e.g. 2021000000000000</source>
        <translation>16 位数字，例如 2021000000000000</translation>
    </message>
    <message>
        <source>2088 and 12 more digits (PID)</source>
        <translation>2088 加 12 位数字（PID）</translation>
    </message>
    <message>
        <source>&amp;app_id:</source>
        <translation>app_id(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Seller ID:</source>
        <translation>卖家 ID(&amp;S)：</translation>
    </message>
    <message>
        <source>Keys or certificates</source>
        <translation>密钥或证书</translation>
    </message>
    <message>
        <source>Import the files you made or downloaded for this app_id (PEM or bare base64). Only the system keychain keeps them; the settings file never does. Public-key mode needs the merchant private key and the Alipay public key; certificate mode the private key and the three certificates.</source>
        <translation>导入为此 app_id 生成或下载的文件（PEM 或纯 base64）。它们只保存在系统钥匙串中，绝不写入设置文件。公钥模式需要商户私钥和支付宝公钥；证书模式需要私钥和三个证书。</translation>
    </message>
    <message>
        <source>Public &amp;key</source>
        <translation>公钥(&amp;K)</translation>
    </message>
    <message>
        <source>Public-key &amp;certificates</source>
        <translation>公钥证书(&amp;C)</translation>
    </message>
    <message>
        <source>Signing mode:</source>
        <translation>加签方式：</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1（可选）</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>loaded: %1, %2</source>
        <translation>已载入：%1，%2</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>未载入</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>连接测试</translation>
    </message>
    <message>
        <source>The desk asks Alipay about an order that cannot exist, signed with the imported keys. A verified answer proves that Alipay knows the app_id, accepts the signature and that its answer verifies with the Alipay key. Nothing changes at Alipay.</source>
        <translation>工作台用导入的密钥签名，向支付宝查询一个不可能存在的订单。收到经过验证的应答即可证明：支付宝认识此 app_id、接受签名，且其应答能用支付宝公钥验证。支付宝侧不会有任何变化。</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Save the keys without a successful test (for a desk that cannot reach Alipay now; test again on the Credentials page)</source>
        <translation>未测试成功也保存密钥（适用于暂时无法访问支付宝的工作台；之后可在“凭据”页面重新测试）</translation>
    </message>
    <message>
        <source>Not tested yet: Next is enabled once the test succeeds (or the box below is ticked).</source>
        <translation>尚未测试：测试成功（或勾选下面的选项）后才能点击下一步。</translation>
    </message>
    <message>
        <source>Asking Alipay…</source>
        <translation>正在询问支付宝…</translation>
    </message>
    <message>
        <source>Ready to save</source>
        <translation>准备保存</translation>
    </message>
    <message>
        <source>Finish saves the keys (and a PostgreSQL password) in the system keychain, then the settings; the console starts and asks the administrator to sign in. Cancel saves no settings: the assistant opens again at the next start, and finds the database and its administrator made so far.</source>
        <translation>点击完成后，密钥（以及 PostgreSQL 密码）存入系统钥匙串，然后保存设置；工作台随即启动并请管理员登录。点击取消则不保存任何设置：下次启动时会再次打开本向导，并沿用已建好的数据库和管理员。</translation>
    </message>
    <message>
        <source>certificate mode</source>
        <translation>证书模式</translation>
    </message>
    <message>
        <source>public-key mode</source>
        <translation>公钥模式</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>app_id</source>
        <translation>app_id</translation>
    </message>
    <message>
        <source>Seller ID</source>
        <translation>卖家 ID</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Saving the keys in the system keychain…</source>
        <translation>正在将密钥存入系统钥匙串…</translation>
    </message>
    <message>
        <source>Set up DepositDesk</source>
        <translation>设置免押工作台</translation>
    </message>
    <message>
        <source>Keys and certificates (*.pem *.txt *.crt *.key *.cer);;All files (*)</source>
        <translation>密钥和证书 (*.pem *.txt *.crt *.key *.cer);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>DepositDesk::SignIn</name>
    <message>
        <source>Your account&apos;s access could not be checked against the audit log: %1</source>
        <translation>无法对照审计日志核对您账号的权限：%1</translation>
    </message>
</context>
<context>
    <name>DepositDesk::SignInDialog</name>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不一致。请输入相同的密码。</translation>
    </message>
    <message>
        <source>Sign in to DepositDesk</source>
        <translation>登录免押工作台</translation>
    </message>
    <message>
        <source>This database has no operators yet. Choose the administrator&apos;s login and password; the administrator then creates the other accounts.</source>
        <translation>此数据库中还没有操作员。请设置管理员的登录名和密码，之后由管理员创建其他账号。</translation>
    </message>
    <message>
        <source>Sign in with your operator account. What you may do depends on your role.</source>
        <translation>请使用您的操作员账号登录。可执行的操作取决于您的角色。</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Demo mode: these operators exist only in the demo database. Click one to fill in the form.</source>
        <translation>演示模式：以下操作员仅存在于演示数据库中。点击其中一个即可填入表单。</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Demo password</source>
        <translation>演示密码</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>创建并登录</translation>
    </message>
</context>
<context>
    <name>DepositDesk::Store</name>
    <message>
        <source>The database %1 could not be opened: %2. Check the setting and that the database is reachable.</source>
        <translation>无法打开数据库 %1：%2。请检查连接设置，并确认数据库可以访问。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer DepositDesk (schema version %2; this program knows versions up to %3). It has not been changed. Install the newer DepositDesk to open it.</source>
        <translation>数据库 %1 由更新版本的免押工作台写入（结构版本 %2；本程序最高支持版本 %3），未做任何修改。请安装新版免押工作台后再打开。</translation>
    </message>
    <message>
        <source>The database server does not offer TLS, and sslmode=%1 requires it. Turn on ssl on the server; only for a database on this computer may sslmode=disable be set instead.</source>
        <translation>数据库服务器不提供 TLS，而 sslmode=%1 要求 TLS。请在服务器上开启 ssl；只有本机上的数据库才可改设 sslmode=disable。</translation>
    </message>
    <message>
        <source>The database server&apos;s certificate is not made out for the host name &quot;%1&quot; (sslmode=%2). Connect with the name the certificate bears, or have a certificate issued for this name.</source>
        <translation>数据库服务器的证书不是为主机名“%1”签发的（sslmode=%2）。请用证书上的名称连接，或为此名称签发证书。</translation>
    </message>
    <message>
        <source>The database server&apos;s certificate is not trusted (sslmode=%1): give the root certificate that issued it as sslrootcert.</source>
        <translation>数据库服务器的证书不受信任（sslmode=%1）：请将签发它的根证书设为 sslrootcert。</translation>
    </message>
    <message>
        <source>The database server&apos;s certificate is not trusted (sslmode=%1): it was not issued by the root certificate %2.</source>
        <translation>数据库服务器的证书不受信任（sslmode=%1）：它不是由根证书 %2 签发的。</translation>
    </message>
    <message>
        <source>The root certificate file for sslmode=%1 was not found: give it as sslrootcert.</source>
        <translation>未找到 sslmode=%1 所需的根证书文件：请将其设为 sslrootcert。</translation>
    </message>
    <message>
        <source>The database server accepts only encrypted connections, and this one was not encrypted (sslmode=%1). Set sslmode=verify-full and the server&apos;s root certificate as sslrootcert.</source>
        <translation>数据库服务器只接受加密连接，而此连接未加密（sslmode=%1）。请设置 sslmode=verify-full，并将服务器的根证书设为 sslrootcert。</translation>
    </message>
    <message>
        <source>The database %1 asks for a password, and none is set. Enter it on the Settings page (it is kept in the system keychain) or, for command-line tools, in a password file named by PGPASSFILE.</source>
        <translation>数据库 %1 要求密码，但未设置。请在“设置”页面输入（它保存在系统钥匙串中）；命令行工具请使用 PGPASSFILE 指定的密码文件。</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2 (The server said: %3)</source>
        <translation>无法打开数据库 %1：%2（服务器的回答：%3）</translation>
    </message>
</context>
<context>
    <name>DepositDesk::StoreConfig</name>
    <message>
        <source>The connection setting is not of the form &quot;host=… port=… dbname=… user=…&quot;: add the missing &quot;=&quot;.</source>
        <translation>连接设置不符合“host=… port=… dbname=… user=…”的格式：请补上缺少的“=”。</translation>
    </message>
    <message>
        <source>A quoted value in the connection setting is not closed.</source>
        <translation>连接设置中有引号未闭合。</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number between 1 and 65535.</source>
        <translation>端口“%1”不是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>The connection setting needs at least host and dbname.</source>
        <translation>连接设置至少需要 host 和 dbname。</translation>
    </message>
    <message>
        <source>No database was given.</source>
        <translation>未指定数据库。</translation>
    </message>
    <message>
        <source>The sslmode &quot;%1&quot; is not known: use disable, prefer, require, verify-ca or verify-full.</source>
        <translation>未知的 sslmode“%1”：请使用 disable、prefer、require、verify-ca 或 verify-full。</translation>
    </message>
    <message>
        <source>The file name given as %1 may not contain &quot;;&quot;.</source>
        <translation>作为 %1 给出的文件名不能包含“;”。</translation>
    </message>
    <message>
        <source>The connection setting has an unknown key &quot;%1&quot;; use host, port, dbname, user, sslmode, sslrootcert, sslcert and sslkey.</source>
        <translation>连接设置中有未知的键“%1”；请使用 host、port、dbname、user、sslmode、sslrootcert、sslcert 和 sslkey。</translation>
    </message>
    <message>
        <source>A client certificate needs both sslcert and sslkey.</source>
        <translation>客户端证书需要同时提供 sslcert 和 sslkey。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::StoreOpener</name>
    <message>
        <source>The database cannot be reached since %1; retrying… DepositDesk opens as soon as it answers.</source>
        <extracomment>%1: the time since when the database cannot be reached (hours and minutes)</extracomment>
        <translation>自 %1 起无法连接数据库，正在重试…… 数据库一旦应答，免押工作台即会打开。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::StoreQuery</name>
    <message>
        <source>The database refused the request (%1). Check that it is reachable and not full, then try again.</source>
        <translation>数据库拒绝了该请求（%1）。请检查数据库是否可以访问、空间是否已满，然后重试。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::TableExport</name>
    <message>
        <source>The table could not be written: %1. Check that the disk has room and the file is not open in another program, then export again.</source>
        <translation>无法写入表格：%1。请检查磁盘空间是否充足、文件是否已在其他程序中打开，然后重新导出。</translation>
    </message>
    <message>
        <source>The Excel file %1 could not be written. Check that the folder exists, the disk has room and the file is not open in another program, then export again.</source>
        <translation>无法写入 Excel 文件 %1。请检查文件夹是否存在、磁盘空间是否充足、文件是否已在其他程序中打开，然后重新导出。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::TableExportMenu</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save this table as a CSV or Excel file</source>
        <translation>将此表格保存为 CSV 或 Excel 文件</translation>
    </message>
    <message>
        <source>This table has nothing to export.</source>
        <translation>此表格没有可导出的内容。</translation>
    </message>
    <message>
        <source>%1 could not be opened for writing: %2. Choose another folder or file name.</source>
        <translation>无法打开 %1 进行写入：%2。请选择其他文件夹或文件名。</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2. Check that the disk has room, then export again.</source>
        <translation>无法保存 %1：%2。请检查磁盘空间是否充足，然后重新导出。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <source>Export as Excel</source>
        <translation>导出为 Excel</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>导出为 CSV…</translation>
    </message>
    <message>
        <source>Export as Excel…</source>
        <translation>导出为 Excel…</translation>
    </message>
</context>
<context>
    <name>DepositDesk::TimelineView</name>
    <message>
        <source>Awaiting confirmation</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Timeline of the order</source>
        <extracomment>Accessible name of the order&apos;s timeline list.</extracomment>
        <translation>订单时间线</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <source>Finished (no more refunds)</source>
        <translation>已完结（不可再退款）</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>等待支付</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未执行</translation>
    </message>
</context>
<context>
    <name>DepositDesk::TradeTypes</name>
    <message>
        <source>Give the out_trade_no or the trade_no of the trade.</source>
        <translation>请提供该交易的 out_trade_no 或 trade_no。</translation>
    </message>
    <message>
        <source>Alipay says this charge was already paid earlier. DepositDesk confirms the buyer and amount with a trade query before recording it; do not charge again.</source>
        <translation>支付宝表示这笔转支付之前已经完成。免押工作台会先通过交易查询核对买家和金额再入账；请勿再次扣款。</translation>
    </message>
    <message>
        <source>Alipay accepted the refund but moved no money in this call (usually the same refund was already made). DepositDesk confirms it with a refund query; do not refund again with a new number.</source>
        <translation>支付宝受理了退款，但本次调用没有发生资金变动（通常是同一笔退款已经退过）。免押工作台会通过退款查询确认；请勿用新的请求号再次退款。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::UnfreezeDialog</name>
    <message>
        <source>Still frozen now: ¥%1</source>
        <translation>当前仍冻结：¥%1</translation>
    </message>
    <message>
        <source>¥%1 is more than the ¥%2 still frozen. Enter at most ¥%2.</source>
        <extracomment>Inline validation: the amount typed (%1) is above what is still frozen (%2).</extracomment>
        <translation>¥%1 超过仍冻结的 ¥%2。请输入不超过 ¥%2 的金额。</translation>
    </message>
    <message>
        <source>Still frozen after: —</source>
        <translation>解冻后仍冻结：—</translation>
    </message>
    <message>
        <source>Still frozen after: ¥0.00, everything goes back to the customer</source>
        <translation>解冻后仍冻结：¥0.00，全部退回用户</translation>
    </message>
    <message>
        <source>Still frozen after: ¥%1 (¥%2 goes back to the customer)</source>
        <translation>解冻后仍冻结：¥%1（¥%2 退回用户）</translation>
    </message>
    <message>
        <source>Unfreeze deposit %1</source>
        <translation>解冻押金 %1</translation>
    </message>
    <message>
        <source>Release money that is still frozen back to the customer&apos;s Alipay account. Unfreeze all that is left to end the deposit, or only part of it.</source>
        <translation>将仍冻结的资金解冻退回用户的支付宝账户。可以解冻全部剩余金额以结束押金，也可以只解冻一部分。</translation>
    </message>
    <message>
        <source>All that is left (¥%1)</source>
        <extracomment>Button beside the amount: fill in everything that is still frozen.</extracomment>
        <translation>全部剩余（¥%1）</translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation>解冻</translation>
    </message>
</context>
<context>
    <name>DepositDesk::WaiverCheckText</name>
    <message>
        <source>Waived by credit %1 — no waiver policy was in force when the order was made</source>
        <extracomment>Order detail: %1 the amount waived by Sesame credit</extracomment>
        <translation>信用免押 %1——下单时没有生效的免押政策</translation>
    </message>
    <message>
        <source>Waived by credit %1 — policy v%2 has no band for %3</source>
        <extracomment>Order detail: %1 amount waived, %2 policy version, %3 the order&apos;s category</extracomment>
        <translation>信用免押 %1——政策 v%2 中没有 %3 的分数段</translation>
    </message>
    <message>
        <source>Waived by credit %1 — policy v%2 allows up to %3 for %4: within the policy</source>
        <extracomment>Order detail: %1 amount waived, %2 policy version, %3 the most it allows, %4 category</extracomment>
        <translation>信用免押 %1——政策 v%2 对 %4 最多允许免押 %3：符合政策</translation>
    </message>
    <message>
        <source>Waived by credit %1 — policy v%2 allows up to %3 for %4: over the policy</source>
        <extracomment>Order detail: %1 amount waived, %2 policy version, %3 the most it allows, %4 category</extracomment>
        <translation>信用免押 %1——政策 v%2 对 %4 最多允许免押 %3：超出政策</translation>
    </message>
    <message>
        <source>%1: up to %2 (partial allowed)</source>
        <translation>%1：最多 %2（允许部分免押）</translation>
    </message>
    <message>
        <source>%1: up to %2</source>
        <translation>%1：最多 %2</translation>
    </message>
</context>
<context>
    <name>DepositDesk::WaiverPolicies</name>
    <message>
        <source>A waiver policy version needs an operator and a reason.</source>
        <translation>免押政策的每个版本都需要操作员和原因。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::WaiverPolicyPage</name>
    <message>
        <source>Read-only: %1</source>
        <extracomment>%1 why the role may not change the policy</extracomment>
        <translation>只读：%1</translation>
    </message>
    <message>
        <source>Read-only: version %1 is an earlier version. Choose version %2, the one in force now, to change the policy.</source>
        <extracomment>%1 the version shown, %2 the newest version</extracomment>
        <translation>只读：版本 %1 是旧版本。要修改政策，请选择当前生效的版本 %2。</translation>
    </message>
    <message>
        <source>No waiver policy has been saved yet: an order waived by credit says that no policy was in force.</source>
        <translation>尚未保存任何免押政策：信用免押的订单会显示下单时没有生效的政策。</translation>
    </message>
    <message>
        <source>Version %1, saved by %2 on %3: %4</source>
        <extracomment>%1 version number, %2 who saved it, %3 when, %4 why</extracomment>
        <translation>版本 %1，由 %2 于 %3 保存：%4</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <extracomment>%1 row number in the bands table, %2 what is wrong</extracomment>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>the lowest score is not a whole number.</source>
        <translation>最低分不是整数。</translation>
    </message>
    <message>
        <source>the highest score is not a whole number (leave it empty for a band without an upper end).</source>
        <translation>最高分不是整数（没有上限的分数段请留空）。</translation>
    </message>
    <message>
        <source>Saved as version %1. Orders made from now on are checked against it.</source>
        <extracomment>%1 the new version&apos;s number</extracomment>
        <translation>已保存为版本 %1。此后创建的订单将按此版本核对。</translation>
    </message>
    <message>
        <source>Version %1 exported to %2.</source>
        <extracomment>%1 version number, %2 file path</extracomment>
        <translation>已将版本 %1 导出到 %2。</translation>
    </message>
    <message>
        <source>Imported as version %1.</source>
        <extracomment>%1 the new version&apos;s number</extracomment>
        <translation>已导入为版本 %1。</translation>
    </message>
    <message>
        <source>Save the waiver policy</source>
        <translation>保存免押政策</translation>
    </message>
    <message>
        <source>Why does the policy change? (kept with the version and in the audit log)</source>
        <translation>为什么修改政策？（随该版本保存，并记入审计日志）</translation>
    </message>
    <message>
        <source>Export the waiver policy</source>
        <translation>导出免押政策</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Import a waiver policy</source>
        <translation>导入免押政策</translation>
    </message>
    <message>
        <source>Credit waiver policy</source>
        <extracomment>Page title: 芝麻分减免额度策略</extracomment>
        <translation>信用免押政策</translation>
    </message>
    <message>
        <source>How much of a deposit Alipay may waive by Sesame credit, per rental category and score range. Each save makes a new version; earlier versions never change, and an order is checked against the version in force when it was made.</source>
        <translation>按租赁品类和芝麻分分数段，设定支付宝可凭芝麻信用免除的押金额度。每次保存都会生成一个新版本；旧版本永不改变，订单按其创建时生效的版本核对。</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>最低分</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>最高分</translation>
    </message>
    <message>
        <source>Most waived</source>
        <translation>最高免押额</translation>
    </message>
    <message>
        <source>Partial waiver allowed</source>
        <translation>允许部分免押</translation>
    </message>
    <message>
        <source>Empty: the band has no upper end (for example 700 and above).</source>
        <translation>留空：该分数段没有上限（例如 700 分及以上）。</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>保存人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Add band</source>
        <translation>添加分数段(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove band</source>
        <translation>删除分数段(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>DepositDesk::WaiverPolicyService</name>
    <message>
        <source>the category is empty.</source>
        <translation>品类为空。</translation>
    </message>
    <message>
        <source>the category is longer than %1 characters.</source>
        <extracomment>%1 the most characters a category may have</extracomment>
        <translation>品类超过 %1 个字符。</translation>
    </message>
    <message>
        <source>the category holds a space or a control character.</source>
        <translation>品类中含有空格或控制字符。</translation>
    </message>
    <message>
        <source>a Sesame score must be between %1 and %2.</source>
        <extracomment>%1 lowest, %2 highest Sesame score</extracomment>
        <translation>芝麻分必须在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <source>the score range ends before it starts.</source>
        <translation>分数段的上限低于下限。</translation>
    </message>
    <message>
        <source>the most waived may not be negative.</source>
        <translation>最高免押额不能为负数。</translation>
    </message>
    <message>
        <source>the most waived is larger than any deposit.</source>
        <translation>最高免押额超过了押金可能的最大金额。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <extracomment>CSV import: %1 line number in the file, %2 what is wrong</extracomment>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Sign in first: nobody is signed in at this desk.</source>
        <translation>请先登录：本工作台当前无人登录。</translation>
    </message>
    <message>
        <source>There is no version %1 of the waiver policy.</source>
        <extracomment>%1 a version number of the waiver policy</extracomment>
        <translation>免押政策没有版本 %1。</translation>
    </message>
    <message>
        <source>A waiver policy needs at least one band.</source>
        <translation>免押政策至少需要一个分数段。</translation>
    </message>
    <message>
        <source>A waiver policy may have at most %1 bands.</source>
        <extracomment>%1 the most bands a policy may have</extracomment>
        <translation>免押政策最多只能有 %1 个分数段。</translation>
    </message>
    <message>
        <source>Band %1 (%2): %3</source>
        <extracomment>%1 the band&apos;s number in the table, %2 its category and scores, %3 what is wrong</extracomment>
        <translation>第 %1 个分数段（%2）：%3</translation>
    </message>
    <message>
        <source>Bands %1 (%2) and %3 (%4) cover the same scores of one category; a score may fall in one band only.</source>
        <extracomment>%1 and %3 band numbers, %2 and %4 their category and score ranges</extracomment>
        <translation>第 %1 个分数段（%2）与第 %3 个分数段（%4）在同一品类中覆盖了相同的分数；一个分数只能落在一个分数段内。</translation>
    </message>
    <message>
        <source>Say why the policy changes: the reason is empty.</source>
        <translation>请说明修改政策的原因：原因为空。</translation>
    </message>
    <message>
        <source>The reason may have at most %1 characters.</source>
        <extracomment>%1 the most characters a reason may have</extracomment>
        <translation>原因最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The reason looks like it holds a password, key or token. Secrets never go into the audit log: write the reason without it.</source>
        <translation>原因中似乎包含密码、密钥或令牌。机密信息绝不写入审计日志：请去掉后再填写原因。</translation>
    </message>
    <message>
        <source>The policy was not saved: the audit log could not record it. %1</source>
        <translation>政策未保存：审计日志未能记录此次修改。%1</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line and one line per band.</source>
        <translation>文件为空：需要一行表头，以及每个分数段一行。</translation>
    </message>
    <message>
        <source>the column %1 appears twice.</source>
        <extracomment>%1 a column name</extracomment>
        <translation>%1 列出现了两次。</translation>
    </message>
    <message>
        <source>the column %1 is missing (the file needs %2).</source>
        <extracomment>%1 a column name, %2 every column the file needs</extracomment>
        <translation>缺少 %1 列（文件需要这些列：%2）。</translation>
    </message>
    <message>
        <source>it has %1 cells; the header has %2.</source>
        <extracomment>%1 cells in the line, %2 columns in the header</extracomment>
        <translation>该行有 %1 个单元格，而表头有 %2 列。</translation>
    </message>
    <message>
        <source>score_min “%1” is not a whole number.</source>
        <extracomment>%1 the text found in the column score_min</extracomment>
        <translation>score_min 的值“%1”不是整数。</translation>
    </message>
    <message>
        <source>score_max “%1” is not a whole number (leave it empty for a band without an upper end).</source>
        <translation>score_max 的值“%1”不是整数（没有上限的分数段请留空）。</translation>
    </message>
    <message>
        <source>max_waive “%1” is not an amount in yuan: %2</source>
        <extracomment>%1 the text found in the column max_waive, %2 why it is not an amount</extracomment>
        <translation>max_waive 的值“%1”不是以元为单位的金额：%2</translation>
    </message>
    <message>
        <source>partial_allowed “%1” is neither yes nor no.</source>
        <translation>partial_allowed 的值“%1”既不是 yes 也不是 no。</translation>
    </message>
    <message>
        <source>its scores overlap the band of line %1 in the same category.</source>
        <extracomment>%1 the earlier line&apos;s number</extracomment>
        <translation>其分数与同一品类中第 %1 行的分数段重叠。</translation>
    </message>
    <message>
        <source>The file has no band: it needs one line per band after the header.</source>
        <translation>文件中没有分数段：表头之后需要每个分数段一行。</translation>
    </message>
    <message>
        <source>There is no waiver policy to export yet.</source>
        <translation>尚无可导出的免押政策。</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <extracomment>%1 file path, %2 the system&apos;s reason</extracomment>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is too large for a waiver policy (more than %2 KiB); nothing was imported.</source>
        <extracomment>%1 file path, %2 the largest size in KiB</extracomment>
        <translation>文件 %1 过大，不可能是免押政策（超过 %2 KiB）；未导入任何内容。</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <extracomment>%1 file name, %2 the first problem found (&quot;Line 4: …&quot;)</extracomment>
        <translation>%1 未导入：%2</translation>
    </message>
</context>
<context>
    <name>DepositDesk::WorkQueue</name>
    <message>
        <source>Unfreeze</source>
        <translation>解冻</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>扣款</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Cancel of the freeze</source>
        <translation>撤销冻结</translation>
    </message>
    <message>
        <source>Report to Sesame</source>
        <translation>上报芝麻</translation>
    </message>
    <message>
        <source>%1 %2: Alipay did not apply it; send it again with the same number</source>
        <extracomment>%1 the action, %2 its request number</extracomment>
        <translation>%1 %2：支付宝未执行，请用同一单号重新发送</translation>
    </message>
    <message>
        <source>%1 %2: the answer was lost; settled by query</source>
        <translation>%1 %2：应答丢失，将通过查询确认结果</translation>
    </message>
    <message>
        <source>Still frozen; nothing has happened since %1</source>
        <extracomment>%1 a day (China time)</extracomment>
        <translation>仍在冻结；自 %1 起没有任何动作</translation>
    </message>
    <message>
        <source>Charged; the rest was left frozen</source>
        <translation>已扣款；剩余部分仍在冻结</translation>
    </message>
    <message>
        <source>Marked as defaulted; Sesame was not told</source>
        <translation>已标记违约；尚未告知芝麻</translation>
    </message>
    <message>
        <source>Awaiting Alipay&apos;s confirmation</source>
        <translation>等待支付宝确认</translation>
    </message>
    <message>
        <source>Refund requests to approve</source>
        <translation>待审批的退款申请</translation>
    </message>
    <message>
        <source>Still frozen, nothing left to do</source>
        <translation>长期冻结未解冻</translation>
    </message>
    <message>
        <source>Rest never unfrozen after a charge</source>
        <translation>扣款后剩余部分未解冻</translation>
    </message>
    <message>
        <source>Defaults not reported to Sesame</source>
        <translation>违约未上报芝麻</translation>
    </message>
    <message>
        <source>Freezes waiting for the customer</source>
        <translation>等待用户确认的冻结</translation>
    </message>
    <message>
        <source>Open reconciliation differences</source>
        <translation>未处理的对账差异</translation>
    </message>
    <message>
        <source>Requests whose answer was lost: the console settles them by query; those Alipay did not apply are sent again with their own number from the order.</source>
        <translation>应答丢失的请求：工作台会通过查询确认结果；支付宝未执行的，可在订单页用其原单号重新发送。</translation>
    </message>
    <message>
        <source>Refunds an agent asked for; a supervisor other than the requester approves or rejects them.</source>
        <translation>客服提交的退款申请；由申请人以外的主管批准或驳回。</translation>
    </message>
    <message>
        <source>Authorized orders with money still frozen and no activity for 30 days: unfreeze what is left or charge what is owed.</source>
        <translation>已授权、仍有冻结金额且 30 天没有任何动作的订单：解冻剩余金额，或扣取用户应付的金额。</translation>
    </message>
    <message>
        <source>A charge left the rest of the deposit frozen: unfreeze it.</source>
        <translation>扣款后押金的剩余部分仍在冻结：请解冻。</translation>
    </message>
    <message>
        <source>Orders marked as defaulted that Sesame was never told about.</source>
        <translation>已标记为违约、但从未告知芝麻的订单。</translation>
    </message>
    <message>
        <source>Freezes the customer has not confirmed yet; Alipay closes them at their timeout.</source>
        <translation>用户尚未确认的冻结；超时后支付宝会关闭它们。</translation>
    </message>
    <message>
        <source>Differences the latest reconciliation of their period still found and nobody resolved.</source>
        <translation>所在账期最近一次对账仍发现、且无人处理的差异。</translation>
    </message>
    <message>
        <source>Asked by %1: %2</source>
        <extracomment>%1 who asked, %2 their reason</extracomment>
        <translation>%1 申请：%2</translation>
    </message>
    <message>
        <source>%1 (bill of %2)</source>
        <extracomment>%1 the kind of difference, %2 the bill&apos;s period</extracomment>
        <translation>%1（%2 的账单）</translation>
    </message>
    <message>
        <source>Charges the customer could not pay</source>
        <translation>客户无力支付的扣款</translation>
    </message>
    <message>
        <source>Defaults that may be reported</source>
        <translation>可上报的违约</translation>
    </message>
    <message>
        <source>Reports of a default to approve</source>
        <translation>待审批的违约上报</translation>
    </message>
    <message>
        <source>Charges of the last %1 days that the customer&apos;s own money could not pay. Alipay allows reporting the default %1 days after the first one.</source>
        <extracomment>%1 the number of days</extracomment>
        <translation>最近 %1 天内客户自有资金无法支付的扣款。支付宝允许在首次扣款失败 %1 天后上报违约。</translation>
    </message>
    <message>
        <source>A charge failed %1 days ago or more and no default was asked for: ask for the report (a supervisor approves it), or settle with the customer.</source>
        <extracomment>%1 the number of days</extracomment>
        <translation>扣款失败已满 %1 天且尚未申请上报违约：请申请上报（由主管审批），或与客户协商解决。</translation>
    </message>
    <message>
        <source>Reports of a customer&apos;s default an agent asked for; a supervisor other than the requester approves or rejects them.</source>
        <translation>客服申请的客户违约上报；由申请人以外的主管审批或驳回。</translation>
    </message>
    <message>
        <source>closed unpaid</source>
        <translation>未支付已关闭</translation>
    </message>
    <message>
        <source>Charge failed (%1): the default may be reported</source>
        <extracomment>%1 Alipay&apos;s reason code, %2 from when a default may be reported</extracomment>
        <translation>扣款失败（%1）：可上报违约</translation>
    </message>
    <message>
        <source>Charge failed (%1): a default may be reported from %2</source>
        <translation>扣款失败（%1）：可从 %2 起上报违约</translation>
    </message>
</context>
<context>
    <name>DepositDesk::WorkQueuePage</name>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A group of the work queue: %1 what waits, %2 how many</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Open the list</source>
        <translation>打开列表</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <extracomment>Under a group of the work queue: only the oldest are listed</extracomment>
        <translation>
            <numerusform>…… 还有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Some lists could not be read: %1</source>
        <translation>部分列表无法读取：%1</translation>
    </message>
    <message>
        <source>Read at %1</source>
        <extracomment>%1 when the queue was read (China time)</extracomment>
        <translation>读取于 %1</translation>
    </message>
    <message>
        <source>Work queue</source>
        <translation>待办队列</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>What waits</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>商户订单号</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Since</source>
        <extracomment>Column: since when it waits (China time)</extracomment>
        <translation>起始时间</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start in demo mode with an embedded sandbox gateway.</source>
        <translation>以演示模式启动，使用内置的沙箱网关。</translation>
    </message>
    <message>
        <source>Interface language (zh_CN or en); default: the system&apos;s.</source>
        <translation>界面语言（zh_CN 或 en）；默认跟随系统。</translation>
    </message>
    <message>
        <source>Deposit-free operations console</source>
        <translation>免押业务工作台</translation>
    </message>
    <message>
        <source>Demo mode could not start</source>
        <translation>演示模式无法启动</translation>
    </message>
    <message>
        <source>The database could not be opened</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>数据库密码</translation>
    </message>
    <message>
        <source>DepositDesk settings</source>
        <translation>免押工作台设置</translation>
    </message>
    <message>
        <source>Open the set-up assistant (environment, app_id, seller ID, keys, database, administrator) before the console.</source>
        <translation>在打开工作台之前先打开设置向导（环境、app_id、卖家 ID、密钥、数据库、管理员）。</translation>
    </message>
    <message>
        <source>Without a window: lookup, unfreeze, charge, refund-request, cancel, sync, resolve, reconcile, audit verify, audit export. &quot;depositdesk help&quot; lists them.</source>
        <translation>无窗口运行：lookup、unfreeze、charge、refund-request、cancel、sync、resolve、reconcile、audit verify、audit export。“depositdesk help”会列出这些命令。</translation>
    </message>
</context>
</TS>
