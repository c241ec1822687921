"""Every phone label of the one row (`patterns.PHONE_LABELS`) is read by every reader of it: the line
is taken as the contact's, the label found on it, and its value read for phones (and for a name
written before the number). A word added to the row that one reader missed fails here."""

from __future__ import annotations

import pytest

import govdoc
from govdoc.patterns import PHONE_LABELS

# A short reply, signed and dated: the contact line under test is its last line.
SIGNED_REPLY = (
    "关于市政协第0231号提案的答复\n"
    "赵某委员：\n"
    "您提出的《关于增设社区养老服务站的提案》收悉，现答复如下：\n"
    "今年我局将在城区新建养老服务站六个。\n"
    "特此答复。\n"
    "某市民政局\n"
    "2024年3月8日\n"
)
NUMBER = "0571-87001234"


def contact_of(line: str) -> tuple[str | None, tuple[str, ...]] | None:
    c = govdoc.parse_text(SIGNED_REPLY + line).contact
    return None if c is None else (c.name, c.phones)


def test_the_row_holds_the_labels_replies_write_before_a_number() -> None:
    for word in ("联系电话", "电话", "手机", "座机", "联系方式"):
        assert word in PHONE_LABELS


@pytest.mark.parametrize("word", PHONE_LABELS)
def test_a_phone_label_alone_on_its_line_gives_the_number(word: str) -> None:
    assert contact_of(f"{word}：{NUMBER}") == (None, (NUMBER,))


@pytest.mark.parametrize("word", PHONE_LABELS)
def test_a_phone_label_after_the_person_on_one_line_gives_both(word: str) -> None:
    assert contact_of(f"联系人：王某  {word}：{NUMBER}") == ("王某", (NUMBER,))


@pytest.mark.parametrize("word", PHONE_LABELS)
def test_a_name_written_before_the_number_under_a_phone_label_is_the_person(word: str) -> None:
    assert contact_of(f"{word}：王某 {NUMBER}") == ("王某", (NUMBER,))
