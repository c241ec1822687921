"""What the compiled patterns hold in memory, and what their calls cost inside parses against warm.

Session 19 found a third of a text parse to be the processor's caches refilled at each document
and named the patterns' size as a suspect. This script measures both sides over `bench_parse.py`'s
text corpus, in one process (`PYTHONPATH` picks the checkout):

* **memory**: each of `govdoc.patterns`' lazy patterns compiled alone (`regex.purge()` first), the
  memory `tracemalloc` still traces after `gc.collect()` (the compiler's parse tree is cyclic
  garbage until a collection: counted without the collection, a pattern reads 1.5-2 times its
  size); and the memory held by every pattern a first pass over the corpus compiles (traces
  allocated under `regex`'s or `re`'s compile, the rules' own patterns and the chrome guard's
  included).
* **time in place**: every call of a lazy pattern during parses of the corpus timed (wall clock, the
  cheapest to read: each pattern's least over the rounds, so a round the core was taken away in
  counts for no pattern; the timer's own cost measured and taken off), against the same calls, same
  arguments, replayed with nothing between them, in the parses' order and then pattern by pattern
  (each pattern warm; CPU time, the least over the rounds). The collector is off while timing. Per
  pattern: the gap (in place less warm), calls a document, size.

    PYTHONPATH=src python benchmarks/bench_patterns.py --rounds 8 --top 25
"""

from __future__ import annotations

import argparse
import collections
import gc
import re
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_parse

import govdoc
import govdoc.patterns  # (every family's module, for their names)
from govdoc import lazyregex

_METHODS = ("match", "search", "fullmatch", "finditer", "findall", "sub", "split")
Call = tuple[str, Callable[..., Any], tuple[Any, ...], dict[str, Any], bool]


def lazy_patterns() -> dict[int, tuple[str, Any]]:
    """Every lazy pattern of govdoc's modules by id: its module-qualified name and the object."""
    found: dict[int, tuple[str, Any]] = {}
    for modname, mod in list(sys.modules.items()):
        if modname.startswith("govdoc."):
            for key, value in vars(mod).items():
                if isinstance(value, (lazyregex._Lazy, lazyregex._Compiled)):
                    found.setdefault(id(value), (f"{modname.rsplit('.', 1)[-1]}.{key}", value))
    return found


def compiled_size(pattern: Any) -> int:
    """Bytes a fresh compile of the lazy `pattern` keeps once the collector has run."""
    engine = pattern._engine
    engine.purge()
    gc.collect()
    tracemalloc.start()
    kept = engine.compile(pattern.pattern, pattern._flags)
    gc.collect()
    size = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del kept
    return size


def _compiling(trace: tracemalloc.Trace) -> bool:
    return any("/regex/" in f.filename or "/re/" in f.filename for f in trace.traceback)


def corpus_memory(parse_all: Callable[[], None]) -> float:
    """MB still held, after a first pass over the corpus, by what `regex` and `re` compiled in it."""
    regex.purge()
    re.purge()
    tracemalloc.start(25)
    parse_all()
    gc.collect()
    snapshot = tracemalloc.take_snapshot()
    tracemalloc.stop()
    return sum(t.size for t in snapshot.traces if _compiling(t)) / 1e6


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--rounds", type=int, default=8)
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args()
    paths = bench_parse.corpus()
    docs = [(p.read_bytes(), "md" if p.suffix == ".md" else "txt") for p in paths]

    def parse_all() -> None:
        for data, fmt in docs:
            govdoc.parse(data, format=fmt)

    names = lazy_patterns()
    clock = time.perf_counter
    spent: collections.Counter[str] = collections.Counter()
    log: list[Call] = []
    recording = [False]
    first_use = lazyregex._Lazy.__getattr__

    def timed_methods(self: Any, name: str) -> Any:
        """The first use compiles the pattern (as in a parse), then its methods are wrapped in timers."""
        first_use(self, name)
        key = names.get(id(self), (self.pattern[:30], None))[0]
        for attr in _METHODS:
            fn = getattr(self, attr)

            def timer(*a: Any, _fn: Any = fn, _key: str = key, _it: bool = attr == "finditer", **kw: Any) -> Any:
                start = clock()
                result = list(_fn(*a, **kw)) if _it else _fn(*a, **kw)
                spent[_key] += clock() - start
                if recording[0]:
                    log.append((_key, _fn, a, kw, _it))
                return iter(result) if _it else result

            setattr(self, attr, timer)
        return getattr(self, name)

    lazyregex._Lazy.__getattr__ = timed_methods  # type: ignore[method-assign]
    held = corpus_memory(parse_all)  # the first pass: each pattern compiled, its methods wrapped
    parse_all()
    recording[0] = True
    parse_all()
    recording[0] = False

    spent.clear()
    for _ in range(100_000):  # the timer's own cost: two clock reads around a call
        start = clock()
        spent["-"] += clock() - start
    timer_cost = spent.pop("-") / 100_000
    gc.disable()
    in_place: dict[str, float] = {}
    for _ in range(args.rounds):
        spent.clear()
        parse_all()
        for key, seconds in spent.items():
            in_place[key] = min(in_place.get(key, float("inf")), seconds)

    def replay(calls: list[Call]) -> float:
        """CPU seconds of `calls` made again (CPU time: a moment the core was taken away does not count)."""
        start = time.process_time()
        for _, fn, a, kw, it in calls:
            if it:
                list(fn(*a, **kw))
            else:
                fn(*a, **kw)
        return time.process_time() - start

    by_pattern: dict[str, list[Call]] = collections.defaultdict(list)
    for call in log:
        by_pattern[call[0]].append(call)
    in_order = min(replay(log) for _ in range(args.rounds))
    warm = {key: min(replay(calls) for _ in range(args.rounds)) for key, calls in by_pattern.items()}
    gc.enable()
    sizes = {name: compiled_size(p) for name, p in names.values()}  # last: its compiles leave the heap changed
    n = len(paths)
    count = {key: len(calls) for key, calls in by_pattern.items()}
    inside = {key: in_place.get(key, 0.0) - timer_cost * count[key] for key in by_pattern}
    every = sum(sizes.values()) / 1e6
    used = sum(sizes.get(key, 0) for key in by_pattern) / 1e6
    print(f"{n} texts; {len(sizes)} lazy patterns hold {every:.2f} MB compiled, collected (one by one)")
    print(f"  the {len(by_pattern)} a parse of the corpus calls: {used:.2f} MB")
    print(f"  held after a first pass by all the corpus compiles (guards', rules' own included): {held:.2f} MB")
    print(f"lazy pattern calls a document: {len(log) / n:.1f}; µs a document inside them:")
    print(f"  in place (in parses): {sum(inside.values()) / n * 1e6:.1f}")
    print(f"  replayed in the parses' order, nothing between: {in_order / n * 1e6:.1f}")
    print(f"  replayed pattern by pattern: {sum(warm.values()) / n * 1e6:.1f}")
    print("gap (in place less pattern by pattern), in place, warm: µs a document; calls a document; KB")
    order = sorted(by_pattern, key=lambda k: warm[k] - inside[k])
    for key in order[: args.top]:
        i, w = inside[key] / n * 1e6, warm[key] / n * 1e6
        print(f"  {i - w:6.1f} {i:6.1f} {w:6.1f} {count[key] / n:6.1f} {sizes.get(key, 0) / 1e3:6.0f}  {key}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
