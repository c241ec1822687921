"""Review30's pins on behaviour landed this session: each a strict xfail naming the commit and the finding
(REVIEW30 Rn in /work/coord/alerts.md); the author's fix lifts it. Made-up organs, people and places."""

from __future__ import annotations

from tests.probing import checked

# R1 (cf3f0dd6): 办理人 became a contact label; only 办理人大… was kept a sentence, so a body line opening with
# 办理人民代表建议： (办理 + 人民代表, the verb and its object) is read as a contact label and leaves the body.
_MEDIATION = """某市司法局
关于市人大十五届二次会议第0231号建议的答复
陈某某代表：
您提出的关于加强基层人民调解工作的建议收悉。现答复如下：
今年全市共调处矛盾纠纷四千余件。
办理人民代表建议：我局建立了局领导领办制度，共办理建议十八件，全部按期答复。
感谢您对司法行政工作的关心和支持。
联系人：孙某  联系电话：0731-82226666
某市司法局
2025年6月20日
"""


def test_a_body_line_opening_with_the_verb_and_people_stays_a_paragraph() -> None:
    """`办理人民代表建议：…` is the verb 办理 and its object 人民代表建议, a sentence of the answer: it stays a
    paragraph of the body; the contact is the 联系人's."""
    doc = checked(_MEDIATION)
    paragraphs = [p.text for p in doc.preamble] + [p.text for s in doc.iter_sections() for p in s.paragraphs]
    assert "办理人民代表建议：我局建立了局领导领办制度，共办理建议十八件，全部按期答复。" in paragraphs
    assert doc.contact is not None and doc.contact.name == "孙某"


# R2 (d3b87795): MERGED_NUMBERS repeats `号?` between two `[ ]{0,2}` runs, so a 并 note whose numbers are padded
# with spaces and that never closes its bracket backtracks through every split of every gap: exponential in the
# numbers (15 numbers two spaces apart: 10 s for one title).
def _merged_title(numbers: int) -> str:
    """A reply whose title's 并 note lists `numbers` numbers, each followed by two spaces, its bracket left open (a
    copy that lost it)."""
    nos = "、".join(f"{142 + n:04d}  " for n in range(numbers))
    return (
        f"关于县政协十一届二次会议第0135号提案（并{nos}的答复\n黄某某委员：\n您提出的提案收悉。现答复如下：\n"
        "今年完成改造管网十二公里。\n某县住建局\n2025年5月6日\n"
    )


def test_an_unclosed_merged_note_padded_with_spaces_is_read_in_linear_time() -> None:
    """Twice the numbers in an unclosed 并 note take about the time of the rest of the parse, not its square."""
    from tests.timing import growth

    small, large = _merged_title(6), _merged_title(12)
    ratio = growth(lambda: checked(small), lambda: checked(large), 4.0)
    assert ratio <= 4.0


# R4 (fc038b47): NAME_LIST repeats a lazy name (`\p{Han}{1,14}?` and an ending) after single spaces, unbounded, and
# backtracks through every name when the line's last piece is none: exponential in the names.
def _places_line(names: int) -> str:
    """A reply whose body holds a line of `names` places parted by single spaces, ending on words that are no name
    (…屯昌县 等地)."""
    places = " ".join(["文昌市", "海口市", "屯昌县", "定安县"][n % 4] for n in range(names))
    return (
        "关于县政协十一届二次会议第0045号提案的答复\n黄某某委员：\n您提出的关于农村饮水安全的提案收悉。现答复如下：\n"
        f"今年完成改造供水管网十二公里，覆盖以下市县：\n{places} 等地\n某县水利局\n2025年5月6日\n"
    )


def test_a_line_of_places_ending_on_no_name_is_read_in_linear_time() -> None:
    """Twice the names on a line that ends on no name take about the time of the rest of the parse, not a power."""
    from tests.timing import growth

    small, large = _places_line(8), _places_line(16)
    ratio = growth(lambda: checked(small), lambda: checked(large), 4.0)
    assert ratio <= 4.0
