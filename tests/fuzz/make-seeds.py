#!/usr/bin/env python3
"""Writes the seed inputs of tests/fuzz/corpus that come from committed test data and from
hand-written samples (README.md here). The sandbox's own answers, requests, bills and order
export are written by the dd_fuzz_seeds tool (make_seeds.cpp). Re-running rewrites the same files."""
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
CORPUS = ROOT / "tests" / "fuzz" / "corpus"


def save(target, name, content):
    path = CORPUS / target / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))


def vectors(name):
    return json.loads((DATA / "alipay-vectors" / name).read_text(encoding="utf-8"))["cases"]


# Gateway answers: every response vector of the official SDK, as received.
for case in vectors("responses.json"):
    save("answers", f"vector-{case['id']}.json", case["raw"])

# Notifications: the bodies the official SDK's verifier was given.
for case in vectors("notify.json"):
    save("notification", f"vector-{case['id']}.form", case["body"])

# Requests: the form strings the official SDK puts on the wire (query and body in one), for the
# form decoder and the sandbox's request check.
for case in vectors("signing.json"):
    request = case["exec_request"]
    query = request["path_and_query"].split("?", 1)[1]
    body = request.get("body") or ""
    form = query + ("&" + body if body else "")
    save("form", f"vector-{case['id']}.form", form)
    save("sandbox_request", f"vector-{case['id']}.form", form)
for text, name in [("a=1&&b=%20%2B+c&=&d", "edge-empty-segments"), ("k=%E4%B8%AD%E6%96%87", "utf8"),
                   ("bad=%zz", "bad-escape"), ("x=%C3%28", "bad-utf8")]:
    save("form", f"hand-{name}.form", text)

# Keys and certificates: every committed one (PEM and bare base64), and keychain entries.
for directory in ["alipay-vectors/keys", "certs", "keys-extra"]:
    for path in sorted((DATA / directory).iterdir()):
        if path.suffix in (".pem", ".txt", ".crt"):
            save("keys", f"{directory.replace('/', '-')}-{path.name}", path.read_bytes())


def entry(parts):
    out = b"DDC1"
    for tag, value in parts:
        out += bytes([tag]) + len(value).to_bytes(4, "big") + value
    return out


merchant = (DATA / "alipay-vectors/keys/merchant_private_pkcs8.pem").read_bytes()
alipay_public = (DATA / "alipay-vectors/keys/alipay_public.b64.txt").read_bytes()
save("keys", "entry-public-key-mode.bin", entry([(0, b"2021000000000001"), (1, merchant), (3, alipay_public)]))
save("keys", "entry-app-id-only.bin", entry([(0, b"2021000000000001")]))
save("keys", "entry-truncated.bin", entry([(0, b"2021000000000001"), (1, merchant)])[:40])

# Amounts.
for i, text in enumerate(["0.01", "12.50", "100000000.00", "100000000.01", "-3.20", "1.234", "007",
                          "1e3", " 1.00", "１２.００", "0.", ".5", "99999999999999999999", "12.5",
                          "88.8", "0.1", "-0"]):
    save("money", f"hand-{i:02d}.txt", text)

# Order exports (CSV and JSON), after the store's import tests.
HEADER = ("out_order_no,auth_no,out_request_no,order_title,status,pre_auth_type,total_amount,"
          "credit_amount,fund_amount,rest_amount,unfrozen_amount,paid_amount,refunded_amount,"
          "payer_user_id,payer_logon_id,payer_name,phone_tail,store_id,store_name,category,created,"
          "updated,operation_id,operation_ids,trade_nos,out_trade_nos,refund_request_nos,app_id,"
          "payee_user_id\r\n")


def row(no, status="AUTHORIZED", total="200.00", credit="150.00", created="2024-05-01 10:00:00"):
    tail = no[-6:]
    return (f'{no},2024050122001{tail},FRZ-{no},"Phone rental, 7 days",{status},CREDIT_AUTH,{total},'
            f"{credit},50.00,150.00,0.00,50.00,10.00,2088102146225135,138****5678,*明,5678,"
            f"S001,Shanghai store,RENT_PHONE,{created},2024-05-02 09:30:00,2024050130{tail},"
            f"2024050130{tail}|2024050131{tail},2024050122001499{tail},PAY-{no},RF-{no}-1,"
            f"2021000000000001,2088000000000001\r\n")


save("order_import", "hand-good.csv", HEADER + row("OUT000001") + row("OUT000002", total="200"))
save("order_import", "hand-mixed.csv",
     "\ufeff" + HEADER + row("OUT000010") + row("") + row("OUT000011", total="200.005")
     + row("OUT000012").replace("Phone rental, 7 days", "two\nlines") + row("OUT000013", "FROZEN")
     + row("OUT000015", "CLOSED", created="May 1st") + "OUT000016,only,three\r\n"
     + row("OUT000017", "finish") + '"unclosed,quote\r\n')
save("order_import", "hand-orders.json",
     '[{"out_order_no": "J1", "auth_no": "2024050122001000101", "status": "AUTHORIZED",'
     ' "total_amount": 88.8, "credit_amount": "0", "created": "2024-05-01T10:00:00+08:00",'
     ' "trade_nos": ["T-J1-1", "T-J1-2"], "payer_logon_id": "abc***@example.com"},'
     ' {"out_order_no": "J2", "auth_no": 2024050122001000102, "status": "INIT", "total_amount": "1.00"},'
     ' "not an object", {"out_order_no": "J3", "auth_no": "A3", "status": "CLOSED", "total_amount": 0.001}]')
save("order_import", "hand-wrapped.json",
     '{"orders": [{"ORDER_STATUS": "INIT", "out_order_no": "J4", "auth_no": "A4",'
     ' "total_freeze_amount": "5.00", "gmt_create": "2024-05-01 10:00:00"}]}')


# Dictionaries (libFuzzer -dict): tokens the parsers look for, so that mutations form them whole.
def dictionary(name, tokens, encoding="utf-8"):
    lines = [f"# Tokens for fuzz_{name} (written by make-seeds.py)."]
    for token in tokens:
        escaped = "".join(c if 0x20 <= ord(c) < 0x7f and c not in '"\\' else
                          "".join(f"\\x{b:02X}" for b in c.encode(encoding)) for c in token)
        lines.append(f'"{escaped}"')
    (CORPUS.parent / f"{name}.dict").write_text("\n".join(lines) + "\n", encoding="ascii")


ANSWER_KEYS = """code msg sub_code sub_msg sign alipay_cert_sn error_response auth_no out_order_no
operation_id out_request_no operation_type status amount credit_amount fund_amount rest_amount
rest_credit_amount rest_fund_amount total_freeze_amount total_freeze_credit_amount
total_freeze_fund_amount total_pay_amount total_pay_credit_amount total_pay_fund_amount
order_status order_title pre_auth_type payer_user_id payer_logon_id gmt_create gmt_trans remark
code_type code_value code_url action trade_no out_trade_no trade_status total_amount
receipt_amount buyer_pay_amount buyer_user_id buyer_logon_id send_pay_date gmt_payment
auth_trade_pay_mode fund_change refund_fee refund_status refund_amount gmt_refund_pay
bill_download_url bill_file_code""".split()
ANSWER_VALUES = """10000 10003 20000 20001 40001 40002 40004 40006 SUCCESS INIT CLOSED FREEZE UNFREEZE PAY
AUTHORIZED FINISH TRADE_SUCCESS TRADE_FINISHED TRADE_CLOSED WAIT_BUYER_PAY REFUND_SUCCESS Y N
ACQ.SYSTEM_ERROR SYSTEM_ERROR unknow-error AUTH_ORDER_NOT_EXIST AUTH_OPERATION_NOT_EXIST close
unfreeze CREDIT_AUTH""".split()
NODES = [m.replace(".", "_") + "_response" for m in """alipay.fund.auth.order.app.freeze
alipay.fund.auth.order.voucher.create alipay.fund.auth.order.freeze
alipay.fund.auth.operation.detail.query alipay.fund.auth.order.unfreeze
alipay.fund.auth.operation.cancel alipay.trade.pay alipay.trade.query alipay.trade.refund
alipay.trade.fastpay.refund.query alipay.data.dataservice.bill.downloadurl.query
alipay.trade.orderinfo.sync""".split()]
dictionary("answers", [f'"{k}":' for k in ANSWER_KEYS + NODES] + [f'"{v}"' for v in ANSWER_VALUES]
           + ['\\/', '\\u', '":"', '"}', '{"', "0.01", "100.00"])
FORM_KEYS = """app_id method format charset sign_type sign timestamp version notify_url biz_content
app_cert_sn alipay_root_cert_sn encrypt_type notify_id notify_time notify_type trade_status
auth_no out_order_no operation_id out_request_no total_amount""".split()
dictionary("form", [k + "=" for k in FORM_KEYS] + ["&", "%", "%2B", "%20", "+", "RSA2", "utf-8"])
dictionary("notification", [k + "=" for k in FORM_KEYS] + ["&", "%", "RSA2", "RSA", "fund_auth_freeze"])
dictionary("sandbox_request", [k + "=" for k in FORM_KEYS] + ["&", "%", "RSA2", "JSON", "1.0",
           "alipay.trade.query", "alipay.fund.auth.order.freeze", "%7B%22", "%22%3A%22", "AES"])
BILL = """业务明细列表 业务明细列表结束 业务汇总列表 业务汇总列表结束 支付宝交易号 商户订单号 业务类型 完成时间
订单金额（元） 商家实收（元） 服务费（元） 实收净额（元） 分润（元） 退款批次号/请求号 交易 退款 合计 交易合计 退款合计
商家实收共 总金额 元 笔 起始日期 终止日期 账号 交易订单总笔数 门店编号 门店名称""".split()
dictionary("bill_csv", BILL + ["#", ",", "\r\n", "\t", '"', "2024年05月01日 00:00:00",
                               "2024-05-01 10:00:00", "0.00", "-1.00"], encoding="gbk")
ACCOUNT_BILL = """账务明细列表 账务明细列表结束 账务汇总列表 账务汇总列表结束 账务流水号 业务流水号 商户订单号 商品名称
发生时间 对方账号 收入金额（+元） 支出金额（-元） 账户余额（元） 交易渠道 业务类型 备注 在线支付 交易退款 收费 收费退回 提现
转账 收入笔数 支出笔数 合计（元） 合计 收入合计 支出合计 期初余额 期末余额 共 元 笔 起始日期 终止日期 账号""".split()
dictionary("account_bill", ACCOUNT_BILL + ["#", ",", "\r\n", "\t", '"', "：", "，",
                                           "2024年05月01日 00:00:00", "2024-05-01 10:00:00",
                                           "0.00", "-1.00", "100.00"], encoding="gbk")
dictionary("order_import", ["out_order_no", "auth_no", "status", "total_amount", "credit_amount",
                            "fund_amount", "rest_amount", "unfrozen_amount", "paid_amount",
                            "refunded_amount", "created", "updated", "trade_nos", "operation_ids",
                            "INIT", "AUTHORIZED", "FINISH", "CLOSED", "orders", '"', ",", "\r\n",
                            "|", "2024-05-01T10:00:00+08:00", "2024-05-01 10:00:00"])
