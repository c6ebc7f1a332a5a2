#!/usr/bin/env python3
"""The chaos orchestrator (README.md): starts the sandbox, runs chaos_desk processes and kills
them at random moments and at every named crash step, settles, then checks that every money move
at the sandbox is known to the desk exactly once. Exit 0 only when nothing was violated."""
import argparse
import glob
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import checker  # noqa: E402
import pg_database  # noqa: E402
import sandbox_ledger  # noqa: E402

STEPS = ["intent-written", "request-sent", "answer-read", "facts-written", "settled", "audited"]
APP = "2021000000000001"


def parse():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--build", required=True, help="the build directory")
    p.add_argument("--work", required=True, help="a directory for this run (emptied)")
    p.add_argument("--seed", type=int, default=None, help="makes the run repeatable")
    p.add_argument("--actions", type=int, default=300, help="decisions per desk")
    p.add_argument("--desks", type=int, default=1)
    p.add_argument("--pg", help="PostgreSQL connection file (pg-server.sh); default SQLite")
    p.add_argument("--orders", type=int, default=50)
    p.add_argument("--seed-orders", type=int, default=300, help="orders the sandbox seeds")
    p.add_argument("--timeout-ms", type=int, default=800, help="the desks' gateway timeout")
    p.add_argument("--fault-rate", type=int, default=30, help="percent of decisions faulted")
    p.add_argument("--faults", default="", help="fault kinds to draw from, comma-separated "
                   "(default: every kind)")
    p.add_argument("--max-round-s", type=float, default=2.5, help="longest life of a desk")
    p.add_argument("--settle-s", type=int, default=120)
    return p.parse_args()


class Desk:
    """One chaos_desk identity, restarted after each kill until its decisions are done."""

    def __init__(self, number, args, common, rng):
        self.number, self.args, self.common, self.rng = number, args, common, rng
        self.log = os.path.join(args.work, f"decisions-{number}.log")
        self.out = open(os.path.join(args.work, f"desk-{number}.out"), "ab")
        self.rounds = 0
        self.random_kills = 0
        self.step_kills = {}
        self.proc = None
        self.done = False

    def start(self):
        plan = (["random"] + STEPS)[self.rounds % (len(STEPS) + 1)]
        nth = [1, 2, 3, 5, 8][(self.rounds // (len(STEPS) + 1)) % 5]
        env = dict(os.environ)
        env.pop("DD_CRASH_AT", None)
        if plan == "random":
            self.kill_at = time.time() + self.rng.uniform(0.1, self.args.max_round_s / 2)
        else:
            env["DD_CRASH_AT"] = f"{plan}:{nth}"
            self.kill_at = time.time() + self.rng.uniform(0.5, self.args.max_round_s)
        self.plan = plan if plan == "random" else f"{plan}:{nth}"
        self.killed = False
        cmd = self.common + ["run", "--log", self.log, "--desk", str(self.number),
                             "--seed", str(self.args.seed), "--actions", str(self.args.actions),
                             "--fault-rate", str(self.args.fault_rate)]
        if self.args.faults:
            cmd += ["--faults", self.args.faults]
        self.out.write(f"--- round {self.rounds} ({self.plan})\n".encode())
        self.out.flush()
        self.proc = subprocess.Popen(cmd, stdout=self.out, stderr=subprocess.STDOUT, env=env)
        self.rounds += 1

    def poll(self):
        """False while running; True when this round ended (restarts unless done)."""
        rc = self.proc.poll()
        if rc is None:
            if time.time() >= self.kill_at:
                self.killed = True
                self.proc.send_signal(signal.SIGKILL)
            return False
        if rc == 0:
            self.done = True
        elif rc == -signal.SIGKILL and self.killed:
            self.random_kills += 1
        elif rc == -signal.SIGKILL:
            self.step_kills[self.plan] = self.step_kills.get(self.plan, 0) + 1
        else:
            raise SystemExit(f"chaos_desk {self.number} failed (exit {rc}); see {self.out.name}")
        return True


def start_sandbox(args, env):
    cmd = [os.path.join(args.build, "app/sandbox/depositdesk-sandbox"),
           "--state", os.path.join(args.work, "sandbox.sqlite"), "--seed", str(args.seed_orders),
           "--seed-value", str(args.seed), "--key-dir", os.path.join(args.work, "keys"),
           "--time-scale", "0.001"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
    deadline = time.time() + 60
    url = None
    lines = []
    while url is None or not glob.glob(os.path.join(args.work, "depositdesk-sandbox-orders-*")):
        line = proc.stdout.readline().decode(errors="replace")
        lines.append(line)
        found = re.search(r"http://127\.0\.0\.1:\d+/gateway\.do", line)
        url = url or (found.group(0) if found else None)
        if time.time() > deadline or (not line and proc.poll() is not None):
            raise SystemExit("the sandbox did not start:\n" + "".join(lines))
    return proc, url


def control(url, method, path):
    base = url.rsplit("/", 1)[0]
    request = urllib.request.Request(base + path, method=method, data=b"")
    with urllib.request.urlopen(request, timeout=10) as answer:
        return answer.read()


def run_checked(cmd, what):
    done = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if done.returncode not in (0, 3):
        raise SystemExit(f"{what} failed ({done.returncode}):\n{done.stdout.decode()}")
    return done


def count_log(paths):
    begun, faults, again = 0, {}, 0
    for path in paths:
        if not os.path.exists(path):
            continue
        for line in open(path, encoding="utf-8", errors="replace"):
            f = line.rstrip("\n").split("\t")
            if f[0] == "B":
                begun += 1
            elif f[0] == "F" and len(f) > 1:
                faults[f[1]] = faults.get(f[1], 0) + 1
            elif f[0] == "E" and len(f) > 2 and f[2].startswith(("again-", "later-")):
                again += 1
    return begun, faults, again


def console_warnings(paths):
    """The console's own log lines (category depositdesk.*) in the desks' output, by kind."""
    found = {}
    for path in paths:
        for line in open(path, encoding="utf-8", errors="replace"):
            if line.startswith("depositdesk."):
                text = re.sub(r"\d+", "N", line.strip())[:110]
                found[text] = found.get(text, 0) + 1
    return found


def main():
    args = parse()
    if args.seed is None:
        args.seed = random.SystemRandom().randrange(1, 2**31)
    print(f"chaos: seed {args.seed}, {args.actions} decisions x {args.desks} desk(s), "
          f"store {'PostgreSQL' if args.pg else 'SQLite'}", flush=True)
    shutil.rmtree(args.work, ignore_errors=True)
    os.makedirs(args.work)
    env = dict(os.environ, TMPDIR=args.work, LC_ALL="C.UTF-8", QT_QPA_PLATFORM="offscreen")
    os.environ.update(env)
    rng = random.Random(args.seed)
    started = time.time()
    sandbox, url = start_sandbox(args, env)
    database = None
    desks = []
    try:
        baseline = sandbox_ledger.read(os.path.join(args.work, "sandbox.sqlite"))
        if args.pg:
            database = pg_database.create(args.pg, f"chaos_{args.seed}_{os.getpid()}")
            store = database.connection
        else:
            store = os.path.join(args.work, "desk.sqlite")
        desk_bin = os.path.join(args.build, "tests/chaos/chaos_desk")
        keys = os.path.join(args.work, "keys")
        orders_file = os.path.join(args.work, "orders.txt")
        common = [desk_bin, "--store", store, "--gateway", url,
                  "--app-key", os.path.join(keys, f"app_{APP}_private.pem"),
                  "--alipay-key", os.path.join(keys, "sandbox_alipay_public.pem"),
                  "--timeout-ms", str(args.timeout_ms), "--orders-file", orders_file]
        csv = glob.glob(os.path.join(args.work, "depositdesk-sandbox-orders-*.csv"))[0]
        run_checked(common + ["init", "--orders-csv", csv, "--orders", str(args.orders)], "init")
        imported_path = os.path.join(args.work, "desk-imported.json")
        run_checked(common + ["report", "--out", imported_path], "report")

        desks = [Desk(n + 1, args, common, random.Random(rng.random()))
                 for n in range(args.desks)]
        for d in desks:
            d.start()
        while not all(d.done for d in desks):
            time.sleep(0.02)
            for d in desks:
                if not d.done and d.poll() and not d.done:
                    d.start()
        control(url, "DELETE", "/sandbox/faults")
        time.sleep((4 * args.timeout_ms + 500) / 1000.0)  # late_apply requests still held
        settled = run_checked(common + ["settle", "--deadline-ms", str(args.settle_s * 1000)],
                              "settle")
        report_path = os.path.join(args.work, "desk-final.json")
        run_checked(common + ["report", "--out", report_path], "report")
    finally:
        for d in desks:
            if d.proc and d.proc.poll() is None:
                d.proc.kill()
                d.proc.wait()
        sandbox.terminate()
        sandbox.wait()
        if database:
            database.drop()
    final = sandbox_ledger.read(os.path.join(args.work, "sandbox.sqlite"))
    figures, violations = checker.check(baseline, final, json.load(open(imported_path)),
                                        json.load(open(report_path)))
    begun, faults, again = count_log([d.log for d in desks])
    step_kills = {}
    for d in desks:
        for k, v in d.step_kills.items():
            step_kills[k] = step_kills.get(k, 0) + v
    print(f"actions (decisions begun): {begun}; looked at again (after a kill, or once an "
          f"unknown outcome settled): {again}")
    print(f"kills: {sum(d.random_kills for d in desks)} at random moments, "
          f"{sum(step_kills.values())} at steps {dict(sorted(step_kills.items()))}")
    silent = [s for s in STEPS if not any(k.startswith(s + ":") for k in step_kills)]
    if silent:
        print(f"crash steps never reached before the fallback kill: {', '.join(silent)}")
    print(f"faults injected: {sum(faults.values())} {dict(sorted(faults.items()))}")
    print(f"final settle: {settled.stdout.decode().strip()}")
    for name, value in figures.items():
        print(f"{name}: {value}")
    warnings = console_warnings([d.out.name for d in desks])
    print(f"console warnings in the desks' output: {sum(warnings.values())}")
    for text, count in sorted(warnings.items(), key=lambda w: -w[1])[:10]:
        print(f"  {count} x {text}")
    print(f"took {time.time() - started:.0f} s; work directory {args.work}")
    for v in violations[:40]:
        print("VIOLATION: " + v)
    if len(violations) > 40:
        print(f"... and {len(violations) - 40} more violations")
    print(f"chaos: {'FAILED' if violations else 'passed'} (seed {args.seed}; rerun with "
          f"--seed {args.seed})")
    return 1 if violations else 0


if __name__ == "__main__":
    sys.exit(main())
