#!/usr/bin/env python3
"""The checker finds what it is there to find: a move the desk does not know, a double move, a
SUCCEEDED intent without its move, orders that disagree, an intent left UNKNOWN, a broken audit
chain; and finds nothing in a clean round."""
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import checker  # noqa: E402

ORDER = {"out_order_no": "O1", "status": "AUTHORIZED", "total": 1000, "rest": 1000,
         "unfrozen": 0, "paid": 0, "refunded": 0}


def sandbox(moves, **amounts):
    return {"orders": {"A1": dict(ORDER, **amounts)}, "moves": moves}


def desk(intents, audit_ok=True, **amounts):
    return {"orders": [dict(ORDER, auth_no="A1", **amounts)], "intents": intents,
            "audit": {"ok": audit_ok, "entries": 3, "first_broken_seq": 0 if audit_ok else 2,
                      "problem": ""}}


def intent(number, request_no, outcome="SUCCEEDED", decision="1.1", kind="unfreeze"):
    return {"id": number, "kind": kind, "out_order_no": "O1", "request_no": request_no,
            "amount": 100, "reason": f"chaos d{decision}", "outcome": outcome,
            "history": [outcome], "created": 1000, "settled": 2000}


def unfreeze(op, request_no):
    return {("unfreeze", op): {"kind": "unfreeze", "request_no": request_no, "auth_no": "A1"}}


class CheckerTest(unittest.TestCase):
    def run_check(self, final_moves, intents, audit_ok=True, desk_rest=900):
        base = sandbox({})
        moved = 100 * len(final_moves)
        final = sandbox(final_moves, rest=1000 - moved, unfrozen=moved)
        mine = desk(intents, audit_ok, rest=desk_rest, unfrozen=1000 - desk_rest)
        return checker.check(base, final, desk([]), mine)

    def test_clean_round_has_no_violation(self):
        figures, violations = self.run_check(unfreeze("op1", "U1"), [intent(1, "U1")])
        self.assertEqual(violations, [])
        self.assertEqual(figures["double moves"], 0)

    def test_move_known_only_as_not_done(self):
        figures, violations = self.run_check(unfreeze("op1", "U1"), [intent(1, "U1", "NOT_DONE")])
        self.assertEqual(figures["moves the desk does not know exactly once as SUCCEEDED"], 1)
        self.assertTrue(violations)

    def test_move_without_intent(self):
        figures, _ = self.run_check(unfreeze("op1", "U1"), [])
        self.assertEqual(figures["moves the desk does not know exactly once as SUCCEEDED"], 1)

    def test_one_decision_two_moves(self):
        moves = {**unfreeze("op1", "U1"), **unfreeze("op2", "U2")}
        figures, violations = self.run_check(moves, [intent(1, "U1"), intent(2, "U2")],
                                             desk_rest=800)
        self.assertEqual(figures["double moves"], 1)
        self.assertTrue(any("moved money 2 times" in v for v in violations))

    def test_succeeded_without_move(self):
        figures, _ = self.run_check({}, [intent(1, "U1")], desk_rest=1000)
        self.assertEqual(figures["SUCCEEDED intents with nothing at the sandbox"], 1)

    def test_amounts_disagree(self):
        figures, _ = self.run_check(unfreeze("op1", "U1"), [intent(1, "U1")], desk_rest=1000)
        self.assertEqual(figures["orders that disagree"], 1)

    def test_left_unknown_and_broken_audit(self):
        figures, violations = self.run_check({}, [intent(1, "U1", "UNKNOWN")], audit_ok=False,
                                             desk_rest=1000)
        self.assertEqual(figures["intents left UNKNOWN"], 1)
        self.assertEqual(figures["audit chain"], "BROKEN")
        self.assertEqual(len(violations), 2)

    def test_longest_unknown_counts_only_unknown_stretches(self):
        i = dict(intent(1, "U1"), outcome_times=[["UNKNOWN", 1010], ["NOT_DONE", 3000],
                                                 ["UNKNOWN", 5000], ["SUCCEEDED", 5500]])
        self.assertEqual(checker.longest_unknown(i, now=10**9), 2000)
        self.assertEqual(checker.longest_unknown(dict(i, outcome_times=[]), now=4000), 3000)


if __name__ == "__main__":
    unittest.main()
