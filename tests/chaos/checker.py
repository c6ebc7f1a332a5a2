"""Compares the sandbox's ledger with a desk's store after a chaos run (README.md)."""
import re
import time

MONEY = {"unfreeze", "pay", "refund", "cancel"}
AMOUNTS = ("status", "total", "rest", "unfrozen", "paid", "refunded")
DECISION = re.compile(r"^chaos d(\S+)$")


def disagreements(sandbox_orders, desk_orders):
    """out_order_no -> {field: (desk, sandbox)} for every order whose amounts differ."""
    by_auth = {o["auth_no"]: o for o in desk_orders}
    found = {}
    for auth, desk in by_auth.items():
        there = sandbox_orders.get(auth)
        if there is None:
            continue
        diff = {f: (desk[f], there[f]) for f in AMOUNTS if desk[f] != there[f]}
        if diff:
            found[desk["out_order_no"]] = diff
    return found


def longest_unknown(intent, now):
    """The longest stretch (ms) the intent was UNKNOWN: from its writing (or a retry reopening
    it) to the next outcome recorded."""
    longest, state, since = 0, "UNKNOWN", intent["created"]
    for outcome, at in intent.get("outcome_times", []):
        if state == "UNKNOWN" and outcome != "UNKNOWN":
            longest = max(longest, at - since)
        if outcome == "UNKNOWN" and state != "UNKNOWN":
            since = at
        state = outcome
    if state == "UNKNOWN":
        longest = max(longest, now - since)
    return longest


def check(baseline, final, imported, desk):
    """Figures and violations (a list of sentences) of one run."""
    violations = []
    intents = desk["intents"]
    by_number = {}
    for i in intents:
        by_number.setdefault((i["kind"], i["request_no"]), []).append(i)
    order_of_auth = {a: o["out_order_no"] for a, o in final["orders"].items()}

    new_moves = [m for k, m in final["moves"].items() if k not in baseline["moves"]]
    per_decision = {}
    unknown_to_desk = 0
    for move in new_moves:
        if move["kind"] == "cancel":
            order = order_of_auth.get(move["auth_no"])
            mine = [i for i in intents if i["kind"] == "cancel" and i["out_order_no"] == order]
        else:
            mine = by_number.get((move["kind"], move["request_no"]), [])
        succeeded = [i for i in mine if i["outcome"] == "SUCCEEDED"]
        if len(succeeded) != 1:
            unknown_to_desk += 1
            violations.append(
                f"{move['kind']} {move['request_no'] or ''} on {order_of_auth.get(move['auth_no'])}"
                f" happened at the sandbox; the desk has "
                f"{[(i['id'], i['outcome']) for i in mine] or 'no intent'}")
        if move["kind"] in MONEY:
            for i in mine[:1]:
                m = DECISION.match(i["reason"] or "")
                if m:
                    per_decision.setdefault(m.group(1), []).append(
                        dict(move, history=" > ".join(i.get("history", []))))
    double = {d: ms for d, ms in per_decision.items() if len(ms) > 1}
    for d, ms in sorted(double.items()):
        violations.append(f"decision d{d} moved money {len(ms)} times: "
                          + ", ".join(f"{m['kind']} {m['request_no'] or ''} (intent outcomes "
                                      f"{m['history']})" for m in ms))

    moved = {(m["kind"], m["request_no"]) for m in new_moves if m["kind"] != "cancel"}
    cancelled = {order_of_auth.get(m["auth_no"]) for m in new_moves if m["kind"] == "cancel"}
    phantoms = 0
    for i in intents:
        if i["outcome"] != "SUCCEEDED":
            continue
        there = (i["out_order_no"] in cancelled if i["kind"] == "cancel"
                 else (i["kind"], i["request_no"]) in moved)
        if not there:
            phantoms += 1
            violations.append(f"intent {i['id']} ({i['kind']} {i['request_no']}) is SUCCEEDED "
                              "but nothing of it happened at the sandbox")

    before = disagreements(baseline["orders"], imported["orders"])
    after = disagreements(final["orders"], desk["orders"])
    disagreeing = {o: d for o, d in after.items() if o not in before}
    for o, d in sorted(disagreeing.items()):
        violations.append(f"order {o} disagrees (desk, sandbox): {d}")

    left_unknown = [i for i in intents if i["outcome"] == "UNKNOWN"]
    for i in left_unknown:
        violations.append(f"intent {i['id']} ({i['kind']} {i['request_no']}) is still UNKNOWN")
    now = int(time.time() * 1000)
    longest = max([longest_unknown(i, now) for i in intents] or [0])
    if not desk["audit"]["ok"]:
        violations.append(f"the audit chain does not verify at entry "
                          f"{desk['audit']['first_broken_seq']}: {desk['audit']['problem']}")
    figures = {
        "moves at the sandbox": f"{len(new_moves)} " + str(dict(sorted(
            {k: sum(1 for m in new_moves if m["kind"] == k)
             for k in {m["kind"] for m in new_moves}}.items()))),
        "intents": len(intents),
        "double moves": len(double),
        "moves the desk does not know exactly once as SUCCEEDED": unknown_to_desk,
        "SUCCEEDED intents with nothing at the sandbox": phantoms,
        "orders that disagree": len(disagreeing),
        "orders that disagreed already at import (not counted)": len(before),
        "intents left UNKNOWN": len(left_unknown),
        "longest time an intent stayed UNKNOWN (s)": round(longest / 1000.0, 1),
        "audit chain": "verifies" if desk["audit"]["ok"] else "BROKEN",
        "audit entries": desk["audit"]["entries"],
    }
    return figures, violations
