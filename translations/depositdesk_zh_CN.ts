<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>Alipay refused %1: %2 Nothing was moved. Refresh the order to see its state.</source>
        <translation>支付宝拒绝了“%1”（%2），资金未发生变动。请刷新订单查看其状态。</translation>
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
    <message>
        <source>The export could not be written: %1</source>
        <translation>无法写入导出文件：%1</translation>
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
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Audit log of the order</source>
        <translation>订单审计日志</translation>
    </message>
</context>
<context>
    <name>DepositDesk::BillPeriod</name>
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
    <name>DepositDesk::BillWriter</name>
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
</context>
<context>
    <name>DepositDesk::ChinaTime</name>
    <message>
        <source>&quot;%1&quot; is not a time of the form 2024-05-01 12:00:00.</source>
        <translation>“%1”不是“2024-05-01 12:00:00”格式的时间。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::ConsoleServices</name>
    <message>
        <source>Alipay credentials are not set up, so this desk can only search and read orders. %1</source>
        <extracomment>%1: what is wrong with the gateway configuration (one or more sentences)</extracomment>
        <translation>尚未配置支付宝凭据，本工作台只能查询和查看订单。%1</translation>
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
        <source>The file %1 is empty or far larger than a key or certificate (%2 bytes). Choose the %3 file itself.</source>
        <translation>文件 %1 为空，或远大于密钥或证书（%2 字节）。请选择%3文件本身。</translation>
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
</context>
<context>
    <name>DepositDesk::CsvReader</name>
    <message>
        <source>A quoted cell that starts on line %1 is never closed: the file is cut off or damaged.</source>
        <translation>从第 %1 行开始的带引号单元格没有闭合：文件不完整或已损坏。</translation>
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
        <source>SQLite file or PostgreSQL connection string.</source>
        <translation>SQLite 文件或 PostgreSQL 连接字符串。</translation>
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
</context>
<context>
    <name>DepositDesk::ImportReport</name>
    <message>
        <source>The report could not be written to %1: %2.</source>
        <translation>无法将报告写入 %1：%2。</translation>
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
    <message>
        <source>Demo mode</source>
        <extracomment>Status bar: the console talks to its embedded sandbox with made-up orders.</extracomment>
        <translation>演示模式</translation>
    </message>
    <message>
        <source>Alipay sandbox</source>
        <translation>支付宝沙箱</translation>
    </message>
    <message>
        <source>Production</source>
        <extracomment>Status bar: real customers, real money.</extracomment>
        <translation>生产环境</translation>
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
        <source>Local gateway</source>
        <extracomment>Status bar: a gateway on this computer or network (a sandbox)</extracomment>
        <translation>本地网关</translation>
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
        <source>The refund %1 of this charge is awaiting Alipay&apos;s confirmation. Wait until it is settled.</source>
        <translation>这笔扣款的退款 %1 正在等待支付宝确认。请等待结果确定。</translation>
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
        <source>The charge %1 can no longer be refunded (it is %2).</source>
        <translation>扣款 %1 已不能退款（状态：%2）。</translation>
    </message>
    <message>
        <source>This desk has no usable Alipay credentials, so it can only search and read orders. Ask an administrator to set them up.</source>
        <translation>本工作台没有可用的支付宝凭据，只能查询和查看订单。请联系管理员配置。</translation>
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
    <name>DepositDesk::OrderExport</name>
    <message>
        <source>The order list could not be written to %1: %2. Choose a folder you can write to.</source>
        <translation>无法将订单列表写入 %1：%2。请选择有写入权限的文件夹。</translation>
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
        <source>Report to Sesame as %1 sent %2, awaiting confirmation.</source>
        <translation>已于 %2 以“%1”上报芝麻信用，待确认。</translation>
    </message>
    <message>
        <source>Reported to Sesame as %1 on %2.</source>
        <translation>已于 %2 以“%1”上报芝麻信用。</translation>
    </message>
    <message>
        <source>The report to Sesame as %1 was not accepted (%2). Report again.</source>
        <translation>以“%1”上报芝麻信用未被接受（%2）。请重新上报。</translation>
    </message>
    <message>
        <source>Not reported to Sesame yet.</source>
        <translation>尚未上报芝麻信用。</translation>
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
    <name>DepositDesk::SandboxCommandLine</name>
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
    <name>DepositDesk::SandboxGateway</name>
    <message>
        <source>The sandbox cannot listen on 127.0.0.1 port %1: is it in use?</source>
        <translation>沙箱无法监听 127.0.0.1 的 %1 端口：该端口是否已被占用？</translation>
    </message>
</context>
<context>
    <name>DepositDesk::SandboxKeys</name>
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
    <name>DepositDesk::SandboxSeeder</name>
    <message>
        <source>Seeding stopped: the sandbox refused %1 of order %2 (%3 %4).</source>
        <translation>生成演示数据已中止：沙箱拒绝了订单 %2 的%1（%3 %4）。</translation>
    </message>
</context>
<context>
    <name>DepositDesk::SandboxSeeding</name>
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
    <name>DepositDesk::SandboxStore</name>
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
        <source>Order number, Alipay auth or trade number, payer, or the last 4 digits of a phone</source>
        <translation>商户订单号、支付宝授权单号或交易号、付款人，或手机号后 4 位</translation>
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
</context>
<context>
    <name>DepositDesk::SearchService</name>
    <message>
        <source>The search could not be run: %1. Check that the database is reachable and try again.</source>
        <translation>无法执行搜索：%1。请检查数据库是否可以访问，然后重试。</translation>
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
        <source>VIOLATED lowers the customer&apos;s Sesame credit and may limit their future deposit-free orders. Report it only when the customer really broke the agreement (for example did not return the item or pay).</source>
        <translation>上报违约（VIOLATED）会降低用户的芝麻信用分，并可能限制其今后的免押订单。仅在用户确实违约时上报（例如未归还物品或未付款）。</translation>
    </message>
    <message>
        <source>Report to Sesame</source>
        <translation>上报芝麻信用</translation>
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
        <source>The connection setting has an unknown key &quot;%1&quot;; use host, port, dbname, user and password.</source>
        <translation>连接设置中有未知的键“%1”；可用的键为 host、port、dbname、user 和 password。</translation>
    </message>
    <message>
        <source>The connection setting needs at least host and dbname.</source>
        <translation>连接设置至少需要 host 和 dbname。</translation>
    </message>
    <message>
        <source>No database was given.</source>
        <translation>未指定数据库。</translation>
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
</context>
</TS>
