"""Instructions per document that named rules (or whole parses) execute, counted by callgrind: a
figure the load of others does not move, for changes of a few percent that CPU time cannot resolve on
a shared machine.

Each rule runs alone on deep copies of the states it meets in a parse of the text corpus (as in
`bench_rules.py`), inside `functools.reduce`, so that `--toggle-collect=functools_reduce` counts the
rule and nothing of the set-up; a dump after each call gives each rule's count. The least of the rounds
is kept (the first round also pays for what warms up). With `--parse`, whole `govdoc.parse` calls are
counted instead, each round after the same documents' baseline (`bench_parse.py`'s read + decode + one
regex pass, a document at a time), with their ratio: item 2's figure in instructions. With `--read`,
the readers' `read_bytes` calls alone (the file's bytes to blocks).
Needs valgrind; about 80 s a checkout (the corpus is parsed under valgrind first).
With `--pdf`, item 1's two sides are counted instead: pypdfium2's bare text of the 54-page bench PDF
(as `bench_pdf.py` times it) and govdoc's whole parse of it, each round one of each; it prints both
and their ratio (about 110 s a checkout).

    python benchmarks/bench_instructions.py signature_block,body_end --src before=/tmp/before/src --src now=src
    python benchmarks/bench_instructions.py --parse --src before=/tmp/before/src --src now=src
    python benchmarks/bench_instructions.py --read --src before=/tmp/before/src --src now=src
    python benchmarks/bench_instructions.py --pdf --src before=/tmp/before/src --src now=src
"""

from __future__ import annotations

import argparse
import copy
import functools
import os
import subprocess
import sys
import tempfile
from pathlib import Path


def pdf_child(rounds: int) -> None:
    """Per round, pypdfium2's bare text of the bench PDF, then govdoc's parse of it, each inside
    functools.reduce (dumps alternate: bare, parse, bare, parse …)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_pdf import SHARED, bare_text

    import govdoc

    data = sorted((SHARED / "fixtures" / "bench").glob("*.pdf"))[0].read_bytes()
    bare_text(data)  # PDFium's library, imports, compiled patterns: not counted
    govdoc.parse(data, format="pdf")
    for _ in range(rounds):
        functools.reduce(lambda _, d: bare_text(d), [data], None)
        functools.reduce(lambda _, d: govdoc.parse(d, format="pdf"), [data], None)


def child(rules: list[str], rounds: int, parse: bool, read: bool = False) -> None:
    """Run the rules (or parses, or reads) inside functools.reduce, one call per rule and round."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_parse import corpus

    import govdoc
    from govdoc.pipeline import default_pipeline
    from govdoc.readers import format_of, read_bytes
    from govdoc.state import State

    paths = corpus()
    if read:
        files = [(path.read_bytes(), format_of(str(path)) or "txt") for path in paths]
        for data, fmt in files:
            read_bytes(data, fmt)  # imports, patterns compiled: not counted
        for _ in range(rounds):
            functools.reduce(lambda _, file: read_bytes(*file), files, None)
        return
    if parse:
        from bench_parse import baseline

        for path in paths:
            govdoc.parse(path)  # patterns compiled, caches filled: not counted
            baseline([path])
        for _ in range(rounds):  # dumps alternate: baseline, parse, baseline, parse …
            functools.reduce(lambda _, path: baseline([path]), paths, None)
            functools.reduce(lambda _, path: govdoc.parse(path), paths, None)
        return
    entries = [(e.name, e.fn) for e in default_pipeline()._rules if e.enabled]
    met: dict[str, list[State]] = {name: [] for name in rules}
    for path in paths:
        reading = read_bytes(path.read_bytes(), format_of(str(path)) or "txt")
        state = State(blocks=reading.blocks, format=reading.format)
        for name, fn in entries:
            if name in met:
                met[name].append(copy.deepcopy(state))
            fn(state)
    functions = dict(entries)
    copies = {name: [copy.deepcopy(met[name]) for _ in range(rounds)] for name in rules}
    for name in rules:
        fn = functions[name]
        for states in copies[name]:
            functools.reduce(lambda _, state: fn(state), states, None)


def count(
    src: str, rules: list[str], rounds: int, parse: bool, documents: int, pdf: bool = False, read: bool = False
) -> list[float]:
    """Instructions per document of each rule (or of a parse), the least of the rounds; with `pdf`,
    of the bare text and of the parse of the bench PDF."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "cg.out"
        command = [
            "valgrind",
            "--tool=callgrind",
            "--toggle-collect=functools_reduce",
            "--dump-after=functools_reduce",
            f"--callgrind-out-file={out}",
            os.path.realpath(sys.executable),
            __file__,
            ",".join(rules) or "-",
            "--rounds",
            str(rounds),
            "--child",
            *(["--parse"] if parse else []),
            *(["--pdf"] if pdf else []),
            *(["--read"] if read else []),
        ]
        env = dict(os.environ, PYTHONPATH=str(Path(src).resolve()), PYTHONHASHSEED="0")
        subprocess.run(command, env=env, capture_output=True, check=True)
        dumps = sorted(Path(folder).glob("cg.out.*"), key=lambda p: int(p.suffix[1:]))
        totals = [_total(p) for p in dumps]
    if pdf or parse:  # bare (or baseline), parse, bare, parse …
        return [min(totals[0::2]) / documents, min(totals[1::2]) / documents]
    groups = [totals[i : i + rounds] for i in range(0, len(totals), rounds)]
    return [min(g) / documents for g in groups]


def _total(dump: Path) -> int:
    for line in dump.read_text().splitlines():
        if line.startswith(("summary:", "totals:")):
            return int(line.split()[1])
    raise ValueError(f"no total in {dump}")


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("rules", nargs="?", default="", help="rule names, comma-separated")
    ap.add_argument("--parse", action="store_true", help="count whole parses instead of rules")
    ap.add_argument("--read", action="store_true", help="count the readers' read_bytes calls instead of rules")
    ap.add_argument("--pdf", action="store_true", help="count the bench PDF's bare text and parse instead")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--src", action="append", default=[], help="name=path of a checkout's src")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    rules = [r for r in args.rules.split(",") if r and r != "-"]
    if args.child:
        if args.pdf:
            pdf_child(args.rounds)
        else:
            child(rules, args.rounds, args.parse, args.read)
        return 0
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_parse import corpus

    if args.pdf:
        sources = dict(s.split("=", 1) for s in args.src) or {"now": "src"}
        print(f"the 54-page bench PDF, millions of instructions (callgrind, least of {args.rounds} rounds)")
        print(f"{'':10s}{'bare text':>12s}{'parse':>12s}{'ratio':>8s}")
        for name, src in sources.items():
            bare, parse = count(src, [], args.rounds, False, 1, pdf=True)
            print(f"{name:10s}{bare / 1e6:12.1f}{parse / 1e6:12.1f}{parse / bare:8.3f}")
        return 0

    documents = len(corpus())
    sources = dict(s.split("=", 1) for s in args.src) or {"now": "src"}
    found = {
        name: count(src, rules, args.rounds, args.parse, documents, read=args.read) for name, src in sources.items()
    }
    if args.parse:
        print(f"instructions per document of the text corpus (callgrind, least of {args.rounds} rounds), in thousands")
        print(f"{'':10s}{'baseline':>12s}{'parse':>12s}{'ratio':>8s}")
        for name in sources:
            base, parse = found[name]
            print(f"{name:10s}{base / 1000:12.1f}{parse / 1000:12.1f}{parse / base:8.2f}")
        return 0
    names = ["read_bytes"] if args.read else rules
    print(f"instructions per document (callgrind, least of {args.rounds} rounds), in thousands")
    print(f"{'':24s}" + "".join(f"{n:>12s}" for n in sources))
    for i, name in enumerate(names):
        print(f"{name:24s}" + "".join(f"{found[s][i] / 1000:12.1f}" for s in sources))
    if len(names) > 1:
        print(f"{'total':24s}" + "".join(f"{sum(found[s]) / 1000:12.1f}" for s in sources))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
