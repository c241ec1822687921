"""Faults found in older code left open by session 29's review (review30, job 2): each test a NEW example of the
fault's general cause, failing before its fix; guards hold what the fix must leave alone."""

from __future__ import annotations

import govdoc


def _lynx_dump(links: int, after: str) -> str:
    """A page as `lynx -dump` saves it (made-up county site): the reply's words with `[N]` link marks, then the
    converter's `References` list of `links` numbered URLs, then `after` (a line the list does not explain)."""
    body = [
        "某县住房和城乡建设局",
        "关于县政协九届三次会议第0112号提案的答复",
        "[1]首页 [2]政务公开",
        "吴某某委员：",
        "您提出的关于老旧小区加装电梯的提案收悉。现答复如下：",
        "今年已完成加装电梯四十二部。",
        "某县住房和城乡建设局",
        "2025年7月1日",
        "",
        "References",
        "",
    ]
    body += [f"   {n}. https://zjj.moucounty.gov.cn/col/{n}/index.html" for n in range(1, links + 1)]
    return "\n".join(body) + "\n" + after


def test_a_link_list_broken_by_a_later_line_is_rejected_in_linear_time() -> None:
    """A `References` list a later line breaks is no converter's list: it is refused after one pass over its lines,
    not after backtracking through every entry (8x the links took 30x and more the time: diffread30 N4)."""
    from govdoc.readers.text_signs import _link_list
    from tests.timing import growth

    small, large = _lynx_dump(2_500, "页尾的一行。\n"), _lynx_dump(20_000, "页尾的一行。\n")
    assert _link_list(small) is None
    ratio = growth(lambda: _link_list(small), lambda: _link_list(large), 16.0)
    assert ratio <= 16.0


def test_guard_a_link_list_at_the_end_still_marks_its_links() -> None:
    """Guard: the list at the text's end is still the converter's: its numbers are known, its lines and the
    `[N]` marks it names are no text of the reply."""
    from govdoc.readers.text_signs import _link_list

    text = _lynx_dump(3, "")
    found = _link_list(text)
    assert found is not None
    assert found[0] == text.index("References")
    assert found[1] == frozenset({"1", "2", "3"})
    doc = govdoc.parse_text(text)
    assert "moucounty" not in doc.text
    assert "[1]" not in doc.text
