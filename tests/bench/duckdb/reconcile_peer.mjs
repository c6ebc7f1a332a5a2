// bench_reconcile's DuckDB peer: the bill's detail lines (UTF-8, '#' lines dropped, header row =
// Alipay's column names, cells tab-padded) and the ledger's trades and refunds (a CSV dump of
// ledger_facts) loaded into an in-memory DuckDB, charges joined by trade number and refunds by
// (out_trade_no, refund request number); counts of matched, amount differs, status differs, bill
// only and ledger only, in the sqlite3 peer's words (reconcile_peer.sql).
//
// usage: node reconcile_peer.mjs DETAIL-UTF8.csv LEDGER.csv
import { DuckDBInstance } from '@duckdb/node-api';

const [detail, ledger] = process.argv.slice(2);
if (!detail || !ledger) {
    console.error('usage: node reconcile_peer.mjs DETAIL-UTF8.csv LEDGER.csv');
    process.exit(2);
}
const quote = (path) => `'${path.replaceAll("'", "''")}'`;

const instance = await DuckDBInstance.create(':memory:');
const con = await instance.connect();
await con.run(`CREATE TABLE b AS SELECT
    trim("支付宝交易号", E' \\t') AS trade_no,
    trim("商户订单号", E' \\t') AS out_trade_no,
    trim("业务类型", E' \\t') = '退款' AS refund,
    trim("退款批次号/请求号", E' \\t') AS request_no,
    CAST(round(CAST(trim("订单金额（元）", E' \\t') AS DOUBLE) * 100) AS BIGINT) AS fen
FROM read_csv(${quote(detail)}, header = true, all_varchar = true, delim = ',', quote = '"')`);
await con.run(`CREATE TABLE f AS SELECT * FROM read_csv(${quote(ledger)}, header = true,
    columns = {'id': 'BIGINT', 'kind': 'VARCHAR', 'alipay_no': 'VARCHAR',
               'request_no': 'VARCHAR', 'parent_no': 'VARCHAR', 'status': 'VARCHAR',
               'amount_fen': 'BIGINT'})`);
const queries = [
    `SELECT 'charges: matched ' || COUNT(f.id) || ', bill only ' || COUNT(*) FILTER (f.id IS NULL)
         || ', amount differs ' || COUNT(*) FILTER (f.amount_fen <> b.fen)
         || ', status differs '
         || COUNT(*) FILTER (f.id IS NOT NULL AND coalesce(f.status, '') NOT IN
                                               ('TRADE_SUCCESS', 'TRADE_FINISHED'))
     FROM b LEFT JOIN f ON f.kind = 'trade' AND f.alipay_no = b.trade_no WHERE NOT b.refund`,
    `SELECT 'refunds: matched ' || COUNT(f.id) || ', bill only ' || COUNT(*) FILTER (f.id IS NULL)
         || ', amount differs ' || COUNT(*) FILTER (f.amount_fen <> -b.fen)
         || ', status differs ' || COUNT(*) FILTER (f.id IS NOT NULL AND coalesce(f.status, '') <> 'REFUND_SUCCESS')
     FROM b LEFT JOIN f ON f.kind = 'refund' AND f.parent_no = b.out_trade_no
         AND f.request_no = b.request_no WHERE b.refund`,
    `SELECT 'ledger only: ' || COUNT(*) FROM f
     WHERE (f.kind = 'trade' AND NOT EXISTS (SELECT 1 FROM b WHERE NOT b.refund
            AND b.trade_no = f.alipay_no))
        OR (f.kind = 'refund' AND NOT EXISTS (SELECT 1 FROM b WHERE b.refund
            AND b.out_trade_no = f.parent_no AND b.request_no = f.request_no))`,
];
for (const sql of queries) {
    const reader = await con.runAndReadAll(sql);
    console.log(String(reader.getRows()[0][0]));
}
