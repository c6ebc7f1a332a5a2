#!/usr/bin/env node
// Drives a whole deposit lifecycle against the DepositDesk sandbox with the official Alipay Node
// SDK (alipay-sdk, pinned in package.json), every answer's signature validated by the SDK
// (exec(..., { validateSign: true })). Exits non-zero with a clear message on the first failure.
//
//   node lifecycle.mjs --gateway http://127.0.0.1:PORT/gateway.do --app-id 2021000000000001 \
//       --private-key merchant_private_pkcs8.pem --alipay-public-key alipay_public.pem \
//       [--seller-id 2088...]
//
// The sandbox must have seeded history (--seed N) so that some past day has a bill.
// The SDK writes `timestamp` in the host's local time; Alipay (and the sandbox, which checks the
// skew) reads it as China time (GMT+8), so the SDK must run in that zone wherever the host is.
process.env.TZ = 'Asia/Shanghai';

import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { AlipaySdk } from 'alipay-sdk';

function parseArguments(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith('--') || argv[i + 1] === undefined) {
      throw new Error(`bad argument "${argv[i]}": every option takes a value`);
    }
    options[argv[i].slice(2)] = argv[i + 1];
  }
  for (const required of ['gateway', 'app-id', 'private-key', 'alipay-public-key']) {
    if (!options[required]) throw new Error(`--${required} is required`);
  }
  return options;
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

function expectEqual(actual, expected, what) {
  check(actual === expected, `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

// yyyy-MM-dd of a day in China time (GMT+8), `daysBack` days before today.
function chinaDate(daysBack) {
  const china = new Date(Date.now() + 8 * 3600 * 1000 - daysBack * 86400 * 1000);
  return china.toISOString().slice(0, 10);
}

// The entries of a zip archive, read from its central directory.
function zipEntries(buffer) {
  let end = -1;
  for (let i = buffer.length - 22; i >= 0 && i >= buffer.length - 22 - 65535; i--) {
    if (buffer.readUInt32LE(i) === 0x06054b50) { end = i; break; }
  }
  check(end >= 0, 'the bill is not a zip archive (no end of central directory)');
  const count = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  const entries = [];
  for (let n = 0; n < count; n++) {
    check(buffer.readUInt32LE(offset) === 0x02014b50, 'broken zip central directory');
    const flags = buffer.readUInt16LE(offset + 8);
    const method = buffer.readUInt16LE(offset + 10);
    const compressedSize = buffer.readUInt32LE(offset + 20);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    const localOffset = buffer.readUInt32LE(offset + 42);
    const rawName = buffer.subarray(offset + 46, offset + 46 + nameLength);
    const localNameLength = buffer.readUInt16LE(localOffset + 26);
    const localExtraLength = buffer.readUInt16LE(localOffset + 28);
    const start = localOffset + 30 + localNameLength + localExtraLength;
    const stored = buffer.subarray(start, start + compressedSize);
    entries.push({
      flags,
      rawName,
      name: new TextDecoder('gbk').decode(rawName),
      content: method === 8 ? inflateRawSync(stored) : stored,
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const appId = options['app-id'];
  const sellerId = options['seller-id'] ?? `2088${appId.slice(-12)}`;
  const gateway = new URL(options.gateway);
  const sdk = new AlipaySdk({
    appId,
    privateKey: readFileSync(options['private-key'], 'ascii'),
    keyType: 'PKCS8',
    alipayPublicKey: readFileSync(options['alipay-public-key'], 'ascii'),
    gateway: gateway.toString(),
    camelcase: false,
    timeout: 10000,
  });
  const exec = async (method, bizContent) => {
    const answer = await sdk.exec(method, { bizContent }, { validateSign: true });
    console.log(`  ${method}: ${answer.code} ${answer.sub_code ?? ''}`.trimEnd());
    return answer;
  };
  const succeeded = (answer, what) => {
    check(answer.code === '10000', `${what} failed: ${answer.code} ${answer.sub_code ?? ''} ${answer.sub_msg ?? ''}`);
    return answer;
  };

  const run = Date.now().toString(36).toUpperCase();
  const outOrderNo = `NODE${run}`;
  const freezeRequestNo = `${outOrderNo}_F`;

  // 1. Freeze: the SDK signs the app.freeze order string (sdkExecute); the sandbox-only
  //    endpoint plays the user confirming it in the Alipay app, 200.00 of 500.00 waived by credit.
  const orderString = sdk.sdkExecute('alipay.fund.auth.order.app.freeze', {
    bizContent: {
      out_order_no: outOrderNo,
      out_request_no: freezeRequestNo,
      order_title: '相机租赁押金（Node SDK 互通测试）',
      amount: '500.00',
      product_code: 'PREAUTH_PAY',
      payee_user_id: sellerId,
      extra_param: JSON.stringify({ category: 'RENT_CAMERA', serviceId: '2024000000000001' }),
    },
  });
  const confirm = await fetch(new URL('/sandbox/user/confirm', gateway), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      order_str: orderString,
      credit_amount: '200.00',
      payer_user_id: '2088602200000042',
      payer_logon_id: '17312345656',
      payer_name: '王小学',
    }),
  });
  const confirmed = await confirm.json();
  check(confirm.status === 200 && confirmed.result === 'ok',
    `the sandbox did not confirm the freeze: HTTP ${confirm.status} ${JSON.stringify(confirmed)}`);
  const authNo = confirmed.auth_no;
  console.log(`  freeze confirmed: auth_no ${authNo}`);

  // 2. detail.query
  let detail = succeeded(await exec('alipay.fund.auth.operation.detail.query',
    { out_order_no: outOrderNo, out_request_no: freezeRequestNo }), 'detail.query');
  expectEqual(detail.auth_no, authNo, 'detail.query auth_no');
  expectEqual(detail.order_status, 'AUTHORIZED', 'order_status after the freeze');
  expectEqual(detail.operation_type, 'FREEZE', 'operation_type');
  expectEqual(detail.status, 'SUCCESS', 'freeze status');
  expectEqual(detail.rest_amount, '500.00', 'rest_amount after the freeze');
  expectEqual(detail.credit_amount, '200.00', 'credit part of the freeze');
  expectEqual(detail.pre_auth_type, 'CREDIT_AUTH', 'pre_auth_type');
  const payerUserId = detail.payer_user_id;
  expectEqual(payerUserId, '2088602200000042', 'payer_user_id');

  // 3. Partial unfreeze.
  const unfreeze = succeeded(await exec('alipay.fund.auth.order.unfreeze', {
    auth_no: authNo, out_request_no: `${outOrderNo}_U1`, amount: '50.00', remark: '部分押金退还',
  }), 'unfreeze');
  expectEqual(unfreeze.status, 'SUCCESS', 'unfreeze status');
  expectEqual(unfreeze.amount, '50.00', 'unfreeze amount');

  // 4. trade.pay from the authorization, NOT_COMPLETE.
  const outTradeNo = `${outOrderNo}_P1`;
  const pay = succeeded(await exec('alipay.trade.pay', {
    out_trade_no: outTradeNo, total_amount: '120.00', subject: '相机损坏赔偿', product_code: 'PREAUTH_PAY',
    auth_no: authNo, auth_confirm_mode: 'NOT_COMPLETE', buyer_id: payerUserId, seller_id: sellerId,
  }), 'trade.pay');
  const tradeNo = pay.trade_no;
  check(typeof tradeNo === 'string' && tradeNo.length > 0, 'trade.pay answered no trade_no');
  expectEqual(pay.total_amount, '120.00', 'trade.pay total_amount');
  detail = succeeded(await exec('alipay.fund.auth.operation.detail.query',
    { auth_no: authNo, out_request_no: outTradeNo, operation_type: 'PAY' }), 'detail.query (PAY)');
  expectEqual(detail.order_status, 'AUTHORIZED', 'order_status after NOT_COMPLETE');
  expectEqual(detail.rest_amount, '330.00', 'rest_amount after unfreeze 50 and pay 120');
  expectEqual(detail.total_pay_amount, '120.00', 'total_pay_amount');

  // 5. trade.query; first once with a forged signature (a sandbox fault), which the SDK must
  //    refuse: proof that validateSign really checks.
  const fault = await fetch(new URL('/sandbox/faults', gateway), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ kind: 'bad_signature', method: 'alipay.trade.query', count: '1' }),
  });
  expectEqual(fault.status, 200, 'HTTP status of the bad_signature fault switch');
  let refused = null;
  try {
    await sdk.exec('alipay.trade.query', { bizContent: { out_trade_no: outTradeNo } }, { validateSign: true });
  } catch (error) {
    refused = error;
  }
  check(refused && /验签|sign/i.test(`${refused.name} ${refused.message}`),
    `the SDK accepted a badly signed answer (${refused ? refused.message : 'no error'})`);
  console.log(`  alipay.trade.query with a forged signature: refused by the SDK (${refused.name})`);
  const trade = succeeded(await exec('alipay.trade.query', { out_trade_no: outTradeNo }), 'trade.query');
  expectEqual(trade.trade_no, tradeNo, 'trade.query trade_no');
  expectEqual(trade.trade_status, 'TRADE_SUCCESS', 'trade_status');
  expectEqual(trade.total_amount, '120.00', 'trade.query total_amount');

  // 6. Partial refund, then the very same refund again: no second refund.
  const refundRequest = { trade_no: tradeNo, refund_amount: '20.00', out_request_no: `${outTradeNo}_R1`, refund_reason: '多扣费用退回' };
  const refund = succeeded(await exec('alipay.trade.refund', refundRequest), 'trade.refund');
  expectEqual(refund.fund_change, 'Y', 'fund_change of the first refund');
  expectEqual(refund.refund_fee, '20.00', 'refund_fee after the first refund');
  const again = succeeded(await exec('alipay.trade.refund', refundRequest), 'trade.refund (repeat)');
  expectEqual(again.fund_change, 'N', 'fund_change of the repeated refund');
  expectEqual(again.refund_fee, '20.00', 'refund_fee after the repeated refund (refunded once)');

  // 7. Refund query.
  const refundQuery = succeeded(await exec('alipay.trade.fastpay.refund.query',
    { trade_no: tradeNo, out_request_no: `${outTradeNo}_R1`, query_options: ['gmt_refund_pay'] }), 'refund query');
  expectEqual(refundQuery.refund_status, 'REFUND_SUCCESS', 'refund_status');
  expectEqual(refundQuery.refund_amount, '20.00', 'refund_amount');

  // 8. orderinfo.sync: the user kept the agreement.
  const sync = succeeded(await exec('alipay.trade.orderinfo.sync', {
    trade_no: tradeNo, out_request_no: `${outTradeNo}_S1`, biz_type: 'CREDIT_AUTH',
    order_biz_info: JSON.stringify({ status: 'COMPLETE' }),
  }), 'orderinfo.sync');
  expectEqual(sync.trade_no, tradeNo, 'orderinfo.sync trade_no');

  // 9. Bills: today's is not ready yet; the latest past day with business has one.
  const today = await exec('alipay.data.dataservice.bill.downloadurl.query', { bill_type: 'trade', bill_date: chinaDate(0) });
  expectEqual(today.code, '40004', "code of today's bill");
  expectEqual(today.sub_code, 'isp.bill_not_ready', "sub_code of today's bill");
  let bill;
  let billDate;
  for (let back = 1; back <= 92 && !bill; back++) {
    billDate = chinaDate(back);
    const answer = await exec('alipay.data.dataservice.bill.downloadurl.query', { bill_type: 'trade', bill_date: billDate });
    if (answer.code === '10000') bill = answer;
    else expectEqual(answer.sub_code, 'isp.bill_not_exist', `sub_code of the bill of ${billDate}`);
  }
  check(bill, 'no day of the last 92 has a bill: start the sandbox with --seed N');
  const url = new URL(bill.bill_download_url);
  expectEqual(url.host, gateway.host, 'bill URL host');
  const compactDate = billDate.replaceAll('-', '');
  const fileName = url.searchParams.get('downloadFileName');
  const account = `${sellerId}0156`;
  expectEqual(fileName, `${account}_${compactDate}.csv.zip`, 'downloadFileName');
  const download = await fetch(url);
  expectEqual(download.status, 200, 'HTTP status of the bill download');
  const zip = Buffer.from(await download.arrayBuffer());
  check(zip.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1')), 'the bill does not start like a zip');
  const entries = zipEntries(zip);
  expectEqual(entries.length, 2, 'number of files in the bill');
  expectEqual(entries[0].name, `${account}_${compactDate}_业务明细.csv`, 'detail file name');
  expectEqual(entries[1].name, `${account}_${compactDate}_业务明细(汇总).csv`, 'summary file name');
  for (const entry of entries) {
    check((entry.flags & 0x0800) === 0, `${entry.name} is flagged UTF-8; Alipay writes GBK names`);
    check(!entry.rawName.equals(Buffer.from(entry.name, 'utf8')), `${entry.name} is stored as UTF-8, not GBK`);
  }
  const detailText = new TextDecoder('gbk').decode(entries[0].content);
  check(detailText.startsWith('#支付宝业务明细查询'), 'the detail file does not start with #支付宝业务明细查询');
  check(detailText.includes('业务明细列表结束'), 'the detail file has no 业务明细列表结束 marker');
  check(detailText.includes('订单金额（元）'), 'the detail file has no 订单金额（元） column');
  console.log(`  bill of ${billDate}: ${entries.map(e => e.name).join(', ')}`);
  console.log('interop lifecycle: OK');
}

main().catch(error => {
  console.error(`interop lifecycle FAILED: ${error.message}`);
  if (error.responseDataRaw) console.error(`  raw answer: ${error.responseDataRaw}`);
  process.exit(1);
});
