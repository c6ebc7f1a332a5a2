"""The sandbox's ledger as the checker needs it, read from its SQLite state file."""
import sqlite3


def read(path):
    """Orders, money moves and refunds of the sandbox state at `path`."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        orders = {}
        for row in db.execute(
                "SELECT auth_no, out_order_no, status, total_freeze, total_freeze_credit, "
                "total_unfreeze_credit, total_unfreeze_fund, total_pay_credit, total_pay_fund "
                "FROM auth_order"):
            auth, out, status, total, _credit, ucredit, ufund, pcredit, pfund = row
            unfrozen = ucredit + ufund
            paid = pcredit + pfund
            orders[auth] = {"out_order_no": out, "status": status, "total": total,
                            "unfrozen": unfrozen, "paid": paid,
                            "rest": total - unfrozen - paid, "refunded": 0}
        trade_auth = {}
        moves = {}
        for trade_no, out_trade_no, auth_no in db.execute(
                "SELECT trade_no, out_trade_no, auth_no FROM trade"):
            trade_auth[trade_no] = auth_no
            moves[("trade", trade_no)] = {"kind": "pay", "request_no": out_trade_no,
                                         "auth_no": auth_no}
        for trade_no, out_request_no, amount in db.execute(
                "SELECT trade_no, out_request_no, amount FROM refund"):
            auth = trade_auth.get(trade_no)
            if auth in orders:
                orders[auth]["refunded"] += amount
            moves[("refund", trade_no, out_request_no)] = {
                "kind": "refund", "request_no": out_request_no, "auth_no": auth}
        for op_id, auth, out_request_no, status in db.execute(
                "SELECT operation_id, auth_no, out_request_no, status FROM auth_operation "
                "WHERE type = 'UNFREEZE'"):
            # A COMPLETE charge releases the rest itself, without a merchant number: part of the
            # charge's move.
            if out_request_no and status == "SUCCESS":
                moves[("unfreeze", op_id)] = {"kind": "unfreeze", "request_no": out_request_no,
                                              "auth_no": auth}
        for auth, action in db.execute(
                "SELECT auth_no, cancel_action FROM auth_operation "
                "WHERE type = 'FREEZE' AND cancel_action <> ''"):
            moves[("cancel", auth)] = {"kind": "cancel", "request_no": None, "auth_no": auth,
                                       "action": action}
        for trade_no, out_request_no in db.execute(
                "SELECT trade_no, out_request_no FROM orderinfo_sync"):
            moves[("sync", trade_no, out_request_no)] = {
                "kind": "sync", "request_no": out_request_no, "auth_no": trade_auth.get(trade_no)}
        return {"orders": orders, "moves": moves}
    finally:
        db.close()
