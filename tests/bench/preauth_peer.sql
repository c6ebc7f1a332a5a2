-- bench_reconcile's peer for the pre-authorization checks (app/finance/PreauthChecks.cpp): the
-- same three checks as plain SQL in the sqlite3 command-line tool, counted. The caller sets
-- :from and :to (the period, UTC ms) and :stale (30 days in ms).
.mode list
SELECT 'frozen never released ' || COUNT(*) FROM (
    SELECT o.created_at, (SELECT MAX(f.happened_at) FROM ledger_facts f WHERE f.kind IN
        ('operation', 'trade', 'refund') AND f.out_order_no = o.out_order_no
        AND f.happened_at < :to) AS last
    FROM orders o WHERE o.status = 'AUTHORIZED' AND o.rest_fen > 0 AND o.created_at < :to)
WHERE coalesce(last, created_at) < :to - :stale;
SELECT 'rest never unfrozen ' || COUNT(*) FROM ledger_facts t
JOIN orders o ON o.out_order_no = t.out_order_no
WHERE t.kind = 'trade' AND t.happened_at >= :from AND t.happened_at < :to
    AND t.status IN ('TRADE_SUCCESS', 'TRADE_FINISHED') AND o.status = 'AUTHORIZED'
    AND o.rest_fen > 0
    AND NOT EXISTS (SELECT 1 FROM ledger_facts g WHERE g.kind = t.kind
        AND g.out_order_no = t.out_order_no AND g.fact_key = t.fact_key
        AND g.revision > t.revision)
    AND NOT EXISTS (SELECT 1 FROM ledger_facts later WHERE later.kind = 'trade'
        AND later.out_order_no = t.out_order_no AND later.happened_at > t.happened_at
        AND later.status IN ('TRADE_SUCCESS', 'TRADE_FINISHED'))
    AND NOT EXISTS (SELECT 1 FROM intents i WHERE i.kind = 'pay'
        AND i.request_no = t.request_no AND i.parameters NOT LIKE '%NOT_COMPLETE%');
SELECT 'violation not reported ' || COUNT(DISTINCT m.out_order_no) FROM order_marks m
WHERE m.mark = 'VIOLATED' AND NOT EXISTS (SELECT 1 FROM intents i
    WHERE i.out_order_no = m.out_order_no AND i.kind = 'sync' AND i.outcome = 'SUCCEEDED'
    AND i.parameters LIKE '%VIOLATED%');
