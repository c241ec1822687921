"""The lead's fixes of session 27, each with a test from a new example (hand-written expected values)."""

from __future__ import annotations

import json

import govdoc
from tests import timing

_CONTENT = (
    "您提出的《关于加强社区养老服务的提案》收悉。现答复如下：我局已在全市建成社区养老服务站120个，"
    "配备专职护理人员860名，为高龄、失能老年人提供助餐、助浴、助医等上门服务。下一步，我局将继续扩大服务覆盖面，"
    "推动社区养老服务站向农村延伸。感谢您对民政工作的关心和支持。"
)


def _record(titles: int) -> str:
    """A crawler's record: many empty-looking title members of the listing's items inside their own objects,
    then the article's own title and content."""
    items = ", ".join(json.dumps({"title": f"栏目{i}"}, ensure_ascii=False) for i in range(titles))
    return (
        '{"list": [' + items + '], "title": "关于区政协第九届三次会议第18号提案的答复", '
        '"content": ' + json.dumps(_CONTENT, ensure_ascii=False) + "}"
    )


def test_a_json_record_takes_its_own_title_not_a_listed_item_s_under_many_items() -> None:
    doc = govdoc.parse_text(_record(3))
    # the listed items' titles sit in objects closed before the content: only the record's own title is its title
    assert doc.header.title == "关于区政协第九届三次会议第18号提案的答复"
    assert "栏目" not in doc.text


def _flat(titles: int) -> str:
    """One object repeating its title member before its content (a generator's fault, review27 R1's shape)."""
    return "{" + '"title": "t", ' * titles + '"content": ' + json.dumps(_CONTENT, ensure_ascii=False) + "}"


def test_a_json_record_s_title_lookup_is_linear_in_its_title_members() -> None:
    # review27 R1: each title member scanned the text to the content on its own (4,000 members 2.4 s)
    small, large = _flat(500), _flat(4000)
    ratio = timing.growth(lambda: govdoc.parse_text(small), lambda: govdoc.parse_text(large), 16)
    assert ratio <= 16, ratio
