"""Each named rule's own cost, on the states it meets in a parse, for one or several checkouts.

`bench_parse.py --rules` times every rule inside whole parses, where a rule that asks a line's
class first pays for it and a noisy moment weighs on one rule. Here each rule runs alone, many
rounds, on deep copies of the state it met in a parse of the text corpus (every earlier rule run
first, so the per-line answers they left are there, as in a parse): the least CPU time of the
rounds, per document. With several `--src name=path` the checkouts run in alternating children,
so a busy machine weighs on them alike; only figures of the same run compare.

    python benchmarks/bench_rules.py signature_block,body_end --rounds 8 --src before=/tmp/before/src --src now=src
"""

from __future__ import annotations

import argparse
import copy
import gc
import json
import os
import subprocess
import sys
import time
from pathlib import Path


def child(rules: list[str], rounds: int) -> dict[str, float]:
    """CPU µs per document of each rule, the least of `rounds` rounds, in this process's govdoc."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_parse import corpus

    from govdoc.pipeline import default_pipeline
    from govdoc.readers import format_of, read_bytes
    from govdoc.state import State

    # the ruler's own entries: older checkouts compared here have no public accessor for them
    entries = [(e.name, e.fn) for e in default_pipeline()._rules if e.enabled]
    met: dict[str, list[State]] = {name: [] for name in rules}
    for path in corpus():
        reading = read_bytes(path.read_bytes(), format_of(str(path)) or "txt")
        state = State(blocks=reading.blocks, format=reading.format)
        for name, fn in entries:
            if name in met:
                met[name].append(copy.deepcopy(state))
            fn(state)
    functions = dict(entries)
    best = dict.fromkeys(rules, float("inf"))
    gc.collect()
    gc.disable()
    for _ in range(rounds):
        for name in rules:
            states = copy.deepcopy(met[name])
            fn = functions[name]
            start = time.process_time()
            for state in states:
                fn(state)
            best[name] = min(best[name], (time.process_time() - start) / len(states) * 1e6)
    gc.enable()
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("rules", help="rule names, comma-separated")
    ap.add_argument("--rounds", type=int, default=8)
    ap.add_argument("--runs", type=int, default=2, help="child runs per checkout")
    ap.add_argument("--src", action="append", default=[], help="name=path of a checkout's src")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    rules = args.rules.split(",")
    if args.child:
        print(json.dumps(child(rules, args.rounds)))
        return 0
    sources = dict(s.split("=", 1) for s in args.src) or {"now": "src"}
    found: dict[str, list[dict[str, float]]] = {name: [] for name in sources}
    for _ in range(args.runs):
        for name, src in sources.items():
            env = dict(os.environ, PYTHONPATH=str(Path(src).resolve()))
            command = [sys.executable, __file__, args.rules, "--rounds", str(args.rounds), "--child"]
            out = subprocess.run(command, env=env, capture_output=True, text=True, check=True).stdout
            found[name].append(json.loads(out))
    print(f"CPU µs per document, least of {args.runs} × {args.rounds} rounds, load {os.getloadavg()[0]:.1f}")
    print("rule".ljust(26) + "".join(name.rjust(10) for name in sources))
    for rule in rules:
        print(rule.ljust(26) + "".join(f"{min(r[rule] for r in found[name]):10.1f}" for name in sources))
    total = {name: sum(min(r[rule] for r in found[name]) for rule in rules) for name in sources}
    print("total".ljust(26) + "".join(f"{total[name]:10.1f}" for name in sources))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
