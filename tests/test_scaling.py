"""Parse time grows linearly with input size (generous bound: 10x the input may cost at most 30x).

Times are CPU seconds, minima over interleaved rounds (`tests/timing.py`), so a loaded machine
does not fail the bound by chance while quadratic growth (about 100x) still does.
"""

from __future__ import annotations

import govdoc
from tests.conftest import FIXTURES
from tests.timing import growth

SEED = (FIXTURES / "putuo-reply-2023.txt").read_text(encoding="utf-8")


def _varied(copies: int) -> str:
    """The seed repeated, each copy made different so that none is dropped as a repost."""
    return "\n".join(SEED.replace("普陀", f"普陀{k}") for k in range(copies))


def test_ten_times_the_input_costs_at_most_thirty_times_the_time() -> None:
    small, large = _varied(5), _varied(50)
    ratio = growth(lambda: govdoc.parse_text(small), lambda: govdoc.parse_text(large), bound=30)
    assert ratio <= 30, f"10x the input took {ratio:.1f}x the time"


def _dated_lines(n: int) -> str:
    """Many dates standing alone between lines that are no running text, and prose only at the end."""
    lines = "".join(f"2024年5月{k % 28 + 1}日\n编号{k}\n" for k in range(n))
    return f"关于某事的通知\n各单位：\n{lines}以上事项，请遵照执行。\n"


def test_many_lone_dates_are_weighed_in_linear_time() -> None:
    small, large = _dated_lines(300), _dated_lines(3000)
    ratio = growth(lambda: govdoc.parse_text(small), lambda: govdoc.parse_text(large), bound=30)
    assert ratio <= 30, f"10x the dates took {ratio:.1f}x the time"


def _wrapped_rows(n: int) -> str:
    """Rows of one width, which a hard-wrapped text's paragraph is joined from line by line."""
    rows = "".join(f"登记{k:05d}：事项编号{k * 7:06d}\n" for k in range(n))
    return f"关于某事的通知\n各单位：\n{rows}以上事项，请遵照执行。\n"


def test_a_paragraph_joined_from_many_wrapped_lines_is_joined_in_linear_time() -> None:
    # each line joined asks whether the paragraph above ends on an inline marker; asking it of the
    # whole paragraph so far made the join quadratic
    small, large = _wrapped_rows(200), _wrapped_rows(2000)
    ratio = growth(lambda: govdoc.parse_text(small), lambda: govdoc.parse_text(large), bound=30)
    assert ratio <= 30, f"10x the wrapped lines took {ratio:.1f}x the time"
