"""The timing helper used by the linear-time tests keeps its teeth: quadratic work fails its bound."""

from __future__ import annotations

from tests.timing import growth


def _linear(n: int) -> int:
    return sum(k * k for k in range(n))


def _quadratic(n: int) -> int:
    items = list(range(n))
    return sum(1 for a in items for b in items if a == b)  # n² comparisons to find n pairs


def test_linear_work_is_within_the_bound_that_linear_time_tests_use() -> None:
    assert growth(lambda: _linear(20_000), lambda: _linear(160_000), bound=25) <= 25


def test_quadratic_work_fails_that_bound_however_many_rounds_are_taken() -> None:
    ratio = growth(lambda: _quadratic(100), lambda: _quadratic(800), bound=25, max_rounds=4)
    assert ratio > 25, f"eight times the input cost only {ratio:.1f}x: the helper would miss quadratic work"
