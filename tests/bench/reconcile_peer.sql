-- bench_reconcile's sqlite3 peer: the bill's detail lines (imported by the caller as table
-- `bill`, UTF-8, header row = Alipay's column names) joined with the ledger (attached as `l`):
-- charges by trade number, refunds by (out_trade_no, refund request number); counts of
-- matched, amount differs, status differs, bill only and ledger only.
CREATE TEMP TABLE b AS SELECT
    trim("支付宝交易号", ' ' || char(9)) AS trade_no,
    trim("商户订单号", ' ' || char(9)) AS out_trade_no,
    "业务类型" = '退款' AS refund,
    trim("退款批次号/请求号", ' ' || char(9)) AS request_no,
    CAST(round(CAST("订单金额（元）" AS REAL) * 100) AS INTEGER) AS fen
FROM bill;
CREATE INDEX b_trade ON b(refund, trade_no);
CREATE INDEX b_refund ON b(refund, out_trade_no, request_no);
-- The ledger file is only read (its own indexes do not serve these joins): copied and indexed.
CREATE TEMP TABLE f AS SELECT id, kind, alipay_no, request_no, parent_no, status, amount_fen
FROM l.ledger_facts;
CREATE INDEX f_trade ON f(kind, alipay_no);
CREATE INDEX f_refund ON f(kind, parent_no, request_no);
.mode list
SELECT 'charges: matched ' || COUNT(f.id) || ', bill only ' || SUM(f.id IS NULL)
    || ', amount differs ' || SUM(f.amount_fen <> b.fen)
    || ', status differs ' || SUM(f.status NOT IN ('TRADE_SUCCESS', 'TRADE_FINISHED'))
FROM b LEFT JOIN f ON f.kind = 'trade' AND f.alipay_no = b.trade_no
WHERE b.refund = 0;
SELECT 'refunds: matched ' || COUNT(f.id) || ', bill only ' || SUM(f.id IS NULL)
    || ', amount differs ' || SUM(f.amount_fen <> -b.fen)
    || ', status differs ' || SUM(f.status <> 'REFUND_SUCCESS')
FROM b LEFT JOIN f ON f.kind = 'refund' AND f.parent_no = b.out_trade_no
    AND f.request_no = b.request_no
WHERE b.refund = 1;
SELECT 'ledger only: ' || COUNT(*) FROM f
WHERE (f.kind = 'trade' AND NOT EXISTS (SELECT 1 FROM b WHERE b.refund = 0 AND b.trade_no = f.alipay_no))
   OR (f.kind = 'refund' AND NOT EXISTS (SELECT 1 FROM b WHERE b.refund = 1
       AND b.out_trade_no = f.parent_no AND b.request_no = f.request_no));
