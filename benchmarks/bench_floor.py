"""What a text parse of this design cannot go below, against bench_parse.py's baseline, in one run.

Issue #19 item 2 asks a text parse to cost at most 10x the bare baseline (read the file, decode
it, one regex pass over the text). Every figure here is CPU time per document over
`bench_parse.py`'s corpus, the least of `--rounds` rounds interleaved with the baseline's, so a
busy moment of the machine weighs on one round of each alike. The steps, each one whole pass over
the corpus document by document (as a parse runs):

* `bare read`: the least a reader of this design does: decode, NFC, the invisible characters
  taken out, the lines split and each non-blank one made a `Block` (its folded copy made). No
  format sniffing, no conversion tool's marks, no tables: what no text reader can skip.
* `read`: govdoc's reader as a parse calls it (`read_bytes` with the format chosen).
* `read + walk`: the read, then every block visited once and given one class (`line_class`: its
  first and last character looked up; the class every rule reads).
* `read + walk + pattern`: the same, and one pattern asked of each block (`SECTION_MARKER.match`
  on its folded copy, the question most rules begin with).
* `build`: the Document built from each document's state after the rules (`build_document`, source
  positions included): what any parse pays to hand over its result, whatever its rules.
* `objects alone`: the same Documents made again from their answers already known (each frozen object's
  class and arguments, read off the built Document before the clock runs): the contract's objects alone,
  spans and all, with no decision and no position to find.
* `q: …`, one question a line: every non-blank line of a bare read asked one compiled pattern that
  answers many of the rules' per-line questions at once, one `match` a line. The questions are the
  `P.NAME.match/search/fullmatch(` calls read off the rule modules' own source, each joined from the
  pattern's own source (a VERBOSE one scoped `(?x:…)`; one holding a back-reference, a conditional or
  another flag cannot stand in a joined pattern and is left out: the count is printed). A `search`
  question looks ahead past any characters (`.*?`). Five questions, from the least to the most:
  `the marker` (SECTION_MARKER alone, the question most rules begin with), `lines' openings, first`
  (every question the line classes of `rules/lines` ask at a line's start, as one alternation of
  named groups: the first that says yes, one class a line), `lines' openings, all` (the same as
  optional look-aheads, each with a named group: every answer), `lines' questions, all` (their
  searches too) and `rules' questions, all` (every rule module's).
* `walks`: the rule layer's least cost in its present shape: every rule of the default pipeline visits
  every line once and reads one bit of its kept class (`Block.cls`), deciding nothing.
* `floor: …`: bare read + objects alone + the one question a line, summed, for each question: what a
  parse of this output contract costs at least in CPython with every decision answered by that question.
* `parse`: the whole parse (`govdoc.parse` of the bytes, format named), for the share above the floor.

The baseline is timed as `bench_parse.py` times it: five passes in a row, a fifth of their time.

`--src name=path` compares checkouts, each in a child of its own, children alternating.

    python benchmarks/bench_floor.py --rounds 8 --runs 3 --src start=/work/s20start/src --src after=src
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import re
import statistics
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

import regex

HERE = Path(__file__).resolve().parent
STEPS = (
    "baseline",
    "bare read",
    "read",
    "read + walk",
    "read + walk + pattern",
    "build",
    "objects alone",
    "walks",
    "q: the marker",
    "q: lines' openings, first",
    "q: lines' openings, all",
    "q: lines' questions, all",
    "q: rules' questions, all",
    "floor: the marker",
    "floor: lines' openings, first",
    "floor: lines' openings, all",
    "floor: lines' questions, all",
    "floor: rules' questions, all",
    "parse",
)
FLOOR = "floor: "
# The one question a line, by whose questions it joins ("marker": SECTION_MARKER alone, the question most
# rules begin with; "lines": the line classes of rules/lines; "rules": every rule module's), whether only
# the questions asked at the line's start (`match`) and whether every answer is given (look-aheads) or
# the first that says yes (an alternation: one class a line).
QUESTIONS = {
    "q: the marker": ("marker", True, False),
    "q: lines' openings, first": ("lines", True, False),
    "q: lines' openings, all": ("lines", True, True),
    "q: lines' questions, all": ("lines", False, True),
    "q: rules' questions, all": ("rules", False, True),
}
# A question the rules ask of a line: a pattern of `govdoc.patterns`, matched or searched (read off the source).
_ASKED = re.compile(r"\bP\.([A-Z][A-Z0-9_]+)\.(match|search|fullmatch)\(")
# What a pattern cannot carry into a joined one: a back-reference, a conditional or a recursion (numbers shift).
_CROSS = re.compile(r"\\(?:[1-9]|g<)|\(\?(?:P[=>]|[(&R0-9]|[+-]\d)")
# Zero-width and other invisible characters a reader takes out of a text (a bare read's class:
# BOM, ZWSP, ZWNJ, ZWJ, WORD JOINER, soft hyphen, the bidi marks; `str.translate` with a dict
# costs 60 times more on Chinese text).
_INVISIBLE = re.compile("[\ufeff\u200b\u200c\u200d\u2060\u00ad\u200e\u200f]")


def asked_questions(where: str) -> dict[str, str]:
    """The per-line questions the rule modules under `where` ask (`rules`: all of them; `lines`: the line
    classes of `rules/lines`), read off their source: each pattern's name and how it is asked (a pattern
    both matched and searched counts as searched)."""
    import govdoc.rules

    root = Path(govdoc.rules.__file__).parent
    asked: dict[str, str] = {}
    for path in sorted((root if where == "rules" else root / where).rglob("*.py")):
        for name, how in _ASKED.findall(path.read_text(encoding="utf-8")):
            if asked.get(name) != "search":
                asked[name] = how
    return asked


def one_question(asked: dict[str, str], *, ahead: bool) -> tuple[regex.Pattern[str], int, int]:
    """The questions as one compiled pattern, with how many were joined and how many left out.

    `ahead`: each question an optional look-ahead at the line's start holding the pattern's own source in
    a named group (`regex` allows a group name twice, so the patterns' own names stay): one `match` of a
    line answers them all, each group set where its question says yes. Else one alternation of the
    questions, each in a named group: one `match` gives the first question that says yes, a line's one
    class. A pattern's flags (VERBOSE) scope its part; a back-reference cannot be joined: left out."""
    from govdoc import patterns as P

    parts: list[str] = []
    left = 0
    for k, (name, how) in enumerate(sorted(asked.items())):
        pattern = getattr(P, name, None)
        source = getattr(pattern, "pattern", None)
        if not isinstance(source, str) or _CROSS.search(source):
            left += 1
            continue
        flags = getattr(pattern, "_flags", None)
        flags = (pattern.flags if flags is None else flags) & ~(regex.UNICODE | regex.VERSION0)  # type: ignore[union-attr]
        if flags & ~regex.VERBOSE:
            left += 1
            continue
        if flags:
            source = f"(?x:{source})"
        body = source if how == "match" else f"(?:{source})\\Z" if how == "fullmatch" else f".*?(?:{source})"
        parts.append(f"(?=(?P<q{k}>{body}))?" if ahead else f"(?P<q{k}>{body})")
    return regex.compile("".join(parts) if ahead else "|".join(parts)), len(parts), left


def _recipe(obj: object) -> object:
    """How to make `obj` again: a frozen object as its class and its fields' recipes, a tuple of recipes."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        args = tuple(_recipe(getattr(obj, f.name)) for f in dataclasses.fields(obj) if f.init)
        return _Make(type(obj), args)
    if isinstance(obj, tuple):
        return tuple(_recipe(x) for x in obj)
    if isinstance(obj, list):
        return [_recipe(x) for x in obj]
    return obj


class _Make:
    """A frozen object to make: its class and its arguments' recipes."""

    __slots__ = ("args", "cls")

    def __init__(self, cls: type, args: tuple[object, ...]) -> None:
        self.cls = cls
        self.args = args


def _make(r: object) -> object:
    """The object a recipe names, made afresh (every frozen object's constructor called once)."""
    if type(r) is _Make:
        return r.cls(*[_make(a) for a in r.args])
    if type(r) is tuple:
        return tuple([_make(x) for x in r])
    if type(r) is list:
        return [_make(x) for x in r]
    return r


def _bare_text(raw: bytes) -> str:
    """The bare read's text: decoded (UTF-8, else GB 18030), NFC, the invisible characters taken out."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
    return _INVISIBLE.sub("", unicodedata.normalize("NFC", text))


def _child(rounds: int) -> None:
    """One checkout's figures as `step seconds` lines (least CPU seconds per document)."""
    sys.path.insert(0, str(HERE))
    import bench_parse

    import govdoc
    from govdoc import patterns as P
    from govdoc.blocks import Block
    from govdoc.model import Source
    from govdoc.pipeline import default_pipeline
    from govdoc.readers import format_of, read_bytes
    from govdoc.readers.sniff import choose_format
    from govdoc.rules.build import build_document
    from govdoc.rules.lines.classify import line_class
    from govdoc.state import State

    paths = bench_parse.corpus()
    data = [(p.read_bytes(), format_of(str(p))) for p in paths]
    named = [(raw, choose_format(raw, name)) for raw, name in data]
    marker = P.SECTION_MARKER

    def bare_read() -> int:
        n = 0
        for raw, _ in data:
            blocks = [Block(line) for line in _bare_text(raw).splitlines() if line.strip()]
            n += len(blocks)
        return n

    def read() -> int:
        return sum(len(read_bytes(raw, fmt).blocks) for raw, fmt in named)

    def read_walk() -> int:
        n = 0
        for raw, fmt in named:
            for b in read_bytes(raw, fmt).blocks:
                n += line_class(b) & 1
        return n

    def read_walk_pattern() -> int:
        n = 0
        for raw, fmt in named:
            for b in read_bytes(raw, fmt).blocks:
                n += line_class(b) & 1
                n += marker.match(b.folded) is not None
        return n

    def parse() -> int:
        return sum(len(govdoc.parse(raw, format=fmt).sections) for raw, fmt in named)

    def baseline() -> int:  # five passes in a row, as bench_parse.py times it (its figure is a fifth)
        return sum(bench_parse.baseline(paths) for _ in range(5))

    pipeline = default_pipeline()
    source = Source(None, "txt", "utf-8", None, "")
    states = []
    for raw, fmt in named:
        reading = read_bytes(raw, fmt)
        states.append(State(blocks=reading.blocks, format=reading.format))
        pipeline.run(states[-1])

    def build() -> int:
        return sum(len(build_document(state, source).sections) for state in states)

    recipes = [_recipe(build_document(state, source)) for state in states]
    assert [_make(r) for r in recipes] == [build_document(state, source) for state in states]

    def objects() -> int:
        return sum(len(_make(r).sections) for r in recipes)  # type: ignore[attr-defined]

    lines = [[Block(line).folded for line in _bare_text(raw).splitlines() if line.strip()] for raw, _ in data]

    def asking(question: regex.Pattern[str]) -> Callable[[], object]:
        ask = question.match

        def one_question_a_line() -> int:
            n = 0
            for folded in lines:
                for f in folded:
                    m = ask(f)
                    n += m is not None and bool(m.lastindex)
            return n

        return one_question_a_line

    rules = len(pipeline.names())
    read_blocks = [read_bytes(raw, fmt).blocks for raw, fmt in named]
    for blocks in read_blocks:
        for b in blocks:
            line_class(b)

    def walks() -> int:
        n = 0
        for blocks in read_blocks:
            for _ in range(rules):
                for b in blocks:
                    if b.cls & 1:
                        n += 1
        return n

    questions: dict[str, Callable[[], object]] = {}
    counts: dict[str, tuple[int, int]] = {}
    for step, (where, opening, ahead) in QUESTIONS.items():
        asked = {"SECTION_MARKER": "match"} if where == "marker" else asked_questions(where)
        if opening:
            asked = {name: how for name, how in asked.items() if how == "match"}
        question, joined, left = one_question(asked, ahead=ahead)
        questions[step] = asking(question)
        counts[step] = (joined, left)

    steps: dict[str, Callable[[], object]] = {
        "baseline": baseline,
        "bare read": bare_read,
        "read": read,
        "read + walk": read_walk,
        "read + walk + pattern": read_walk_pattern,
        "build": build,
        "objects alone": objects,
        "walks": walks,
        **questions,
        "parse": parse,
    }
    for fn in steps.values():  # patterns compiled, caches filled
        fn()
    best = dict.fromkeys(steps, float("inf"))
    for _ in range(rounds):
        for name, fn in steps.items():
            start = time.process_time()
            fn()
            best[name] = min(best[name], (time.process_time() - start) / len(paths) / (5 if name == "baseline" else 1))
    for step in QUESTIONS:
        best[FLOOR + step.removeprefix("q: ")] = best["bare read"] + best["objects alone"] + best[step]
    for name, seconds in best.items():
        print(f"{name}\t{seconds}")
    print(f"joined\twalks\t{rules}\t0")
    for step, (joined, left) in counts.items():
        print(f"joined\t{step}\t{joined}\t{left}")


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--rounds", type=int, default=8)
    ap.add_argument("--runs", type=int, default=3, help="child runs per checkout")
    ap.add_argument("--src", action="append", default=[], help="name=path of a checkout's src")
    ap.add_argument("--child", type=int, metavar="ROUNDS", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        _child(args.child)
        return 0
    sources = dict(s.split("=", 1) for s in args.src) or {"here": str(HERE.parent / "src")}
    results: dict[str, list[dict[str, float]]] = {name: [] for name in sources}
    counts: dict[str, dict[str, tuple[str, str]]] = {}
    loads = [os.getloadavg()[0]]
    for _ in range(args.runs):
        for name, src in sources.items():
            env = dict(os.environ, PYTHONPATH=str(Path(src).resolve()))
            out = subprocess.run(
                [sys.executable, __file__, "--child", str(args.rounds)],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            rows = [line.split("\t") for line in out.splitlines()]
            results[name].append({row[0]: float(row[1]) for row in rows if row[0] != "joined"})
            counts[name] = {row[1]: (row[2], row[3]) for row in rows if row[0] == "joined"}
            loads.append(os.getloadavg()[0])
    load = f"load {min(loads):.1f}–{max(loads):.1f} on {os.cpu_count()} cores"
    print(f"{args.runs} runs of {args.rounds} rounds per checkout, {load}")
    print("µs a document, median (min–max) over the runs; ratio to the same run's baseline, median (min–max)")
    for name, rows in results.items():
        print(name)
        for step in STEPS:
            if step == "walks":
                print(f"  (walks: {counts[name][step][0]} rules)")
            elif step in counts[name]:
                joined, left = counts[name][step]
                print(f"  ({step}: {joined} questions joined, {left} left out)")
            us = [r[step] * 1e6 for r in rows]
            ratio = [r[step] / r["baseline"] for r in rows]
            print(
                f"  {step:24s} {statistics.median(us):7.1f} ({min(us):.1f}–{max(us):.1f}) µs"
                f"  {statistics.median(ratio):5.2f}x ({min(ratio):.2f}–{max(ratio):.2f})"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
