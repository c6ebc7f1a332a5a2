#!/usr/bin/python3
"""bench_reconcile's pandas peer: read the bill's detail file from the zip (GBK, '#' lines,
tab-padded cells), read the ledger from the SQLite file, merge charges by trade number and
refunds by (out_trade_no, refund request number), count what matched and what differs.

usage: reconcile_peer.py BILL.zip LEDGER.sqlite"""
import io
import sqlite3
import sys
import zipfile

import pandas as pd

COLUMNS = {"支付宝交易号": "trade_no", "商户订单号": "out_trade_no", "业务类型": "type",
           "退款批次号/请求号": "req", "订单金额（元）": "amount"}


def detail_bytes(path):
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            # No UTF-8 flag: zipfile decoded the GBK name as cp437.
            if name.encode("cp437").decode("gbk").endswith("_业务明细.csv"):
                return archive.read(name)
    raise SystemExit("no detail file in " + path)


def main(zip_path, ledger_path):
    bill = pd.read_csv(io.BytesIO(detail_bytes(zip_path)), encoding="gbk", comment="#",
                       usecols=list(COLUMNS), dtype=str, keep_default_na=False)
    bill = bill.rename(columns=COLUMNS)
    for column in ("trade_no", "out_trade_no", "req"):
        bill[column] = bill[column].str.strip(" \t")
    bill["fen"] = (bill["amount"].astype(float) * 100).round().astype("int64")
    with sqlite3.connect(ledger_path) as con:
        ledger = pd.read_sql_query("SELECT kind, alipay_no, request_no, parent_no, status, "
                                   "amount_fen FROM ledger_facts", con)

    charges = bill[bill["type"] == "交易"].merge(
        ledger[ledger["kind"] == "trade"], how="outer", left_on="trade_no",
        right_on="alipay_no", indicator=True)
    both = charges[charges["_merge"] == "both"]
    print(f"charges: matched {len(both)}, bill only {(charges['_merge'] == 'left_only').sum()}, "
          f"amount differs {(both['fen'] != both['amount_fen']).sum()}, status differs "
          f"{(~both['status'].isin(['TRADE_SUCCESS', 'TRADE_FINISHED'])).sum()}")
    refunds = bill[bill["type"] == "退款"].merge(
        ledger[ledger["kind"] == "refund"], how="outer", left_on=["out_trade_no", "req"],
        right_on=["parent_no", "request_no"], indicator=True)
    rboth = refunds[refunds["_merge"] == "both"]
    print(f"refunds: matched {len(rboth)}, bill only {(refunds['_merge'] == 'left_only').sum()}, "
          f"amount differs {(rboth['fen'] != -rboth['amount_fen']).sum()}, status differs "
          f"{(rboth['status'] != 'REFUND_SUCCESS').sum()}")
    print(f"ledger only: {(charges['_merge'] == 'right_only').sum() + (refunds['_merge'] == 'right_only').sum()}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
