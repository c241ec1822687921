"""Timing in tests on a shared, loaded machine: CPU time, minima over interleaved rounds.

Wall-clock ratios flake when six people share two cores: the small run lands in a quiet
moment and the large one in a busy one, and "8x the input took 40x the time" although the
code is linear. Three things make a ratio stable without making it blind:

* **CPU time of the process** (`time.process_time`), not wall time: time spent waiting for a
  core while others run is not counted, so load shows up only as cache and clock effects
  (tens of percent, not multiples).
* **Minima over interleaved rounds**: small, large, small, large … Noise only ever adds
  time, so each minimum approaches the true cost from above, and interleaving gives both
  sides the same chances of a quiet moment.
* **More rounds only when needed**: a ratio within its bound after the first rounds passes;
  otherwise more rounds are measured, up to a fixed number. A quadratic cost cannot pass
  this way, since no minimum falls below the true cost of the large run.

`tests/test_timing.py` shows the bound of a linear-time test failing on quadratic work.
"""

from __future__ import annotations

import gc
import math
import time
from collections.abc import Callable
from typing import Any

MIN_ROUNDS = 2
MAX_ROUNDS = 8


def cpu_seconds(fn: Callable[[], object]) -> float:
    """CPU seconds this process spends in `fn()` (all its threads), after a collection."""
    gc.collect()
    start = time.process_time()
    fn()
    return time.process_time() - start


def growth(
    small: Callable[[], object],
    large: Callable[[], object],
    bound: float,
    *,
    min_rounds: int = MIN_ROUNDS,
    max_rounds: int = MAX_ROUNDS,
) -> float:
    """The CPU-time ratio large/small, each the minimum over interleaved rounds.

    Stops once at least `min_rounds` rounds give a ratio within `bound`; after
    `max_rounds` it returns the best ratio seen, which the caller asserts against `bound`.
    """
    small()  # warm up: imports, compiled patterns and caches are not the input's cost
    best_small = best_large = math.inf
    for done in range(1, max_rounds + 1):
        best_small = min(best_small, cpu_seconds(small))
        best_large = min(best_large, cpu_seconds(large))
        ratio = best_large / max(best_small, 1e-9)
        if done >= min_rounds and ratio <= bound:
            break
    return ratio


def timed_in_worker(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[Any, float]:
    """Run in a worker process: `fn`'s value (or the `GovDocError` it raised) and its CPU seconds there.

    For work that must run isolated (hostile input under a memory cap): the worker's own CPU
    time, unlike the caller's wall clock, leaves out the pipe, the pickling and the load.
    """
    from govdoc.errors import GovDocError

    gc.collect()
    start = time.process_time()
    try:
        value: Any = fn(*args, **kwargs)
    except GovDocError as exc:
        value = exc
    return value, time.process_time() - start
