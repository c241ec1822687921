"""Session 23's field-rule speed steps (issue #19 item 2): each cheap test put before a pattern or a walk
answers as the pattern or the walk would, read off the pattern's own source where it is one, so a new
form of the pattern that the test would refuse fails here.

Each step gave the same Documents on every corpus text and PDF case (`scripts/compare_text.py`,
`scripts/compare_pdf.py --no-ocr` against the session's start); these tests hold the guards to their
patterns and the walks to what they skip.
"""

from __future__ import annotations

import difflib
import importlib

import pytest
import regex

import govdoc
from govdoc import patterns as P
from govdoc.blocks import Block
from govdoc.fields import organs
from govdoc.first_chars import alternatives, first_chars, last_chars, required_chars
from govdoc.rules import header_lines
from govdoc.rules import lines as L
from govdoc.rules.lines import guards as G
from govdoc.rules.trailer import after, base

body_end = importlib.import_module("govdoc.rules.trailer.body_end")  # (the package names its rule so too)


def _opening_firsts(pattern: str) -> set[str]:
    """The first characters of an anchored pattern's match at a string's start (`^` adds nothing there)."""
    found = first_chars(pattern.removeprefix("^"))
    assert found is not None, pattern
    return set(found)


def test_a_label_pattern_is_asked_only_of_a_line_opening_on_its_label() -> None:
    assert _opening_firsts(P.LABELLED_RECIPIENTS.pattern) == {"主"}
    assert _opening_firsts(P.LABELLED_APPLICANT.pattern) == {"申"}
    assert _opening_firsts(P.CONTACT_BRACKET.pattern) == {"("}
    assert _opening_firsts(P.LOST_LABEL_VALUE.pattern) == {" ", ":"}


def test_an_honorific_is_asked_only_of_a_name_opening_as_one() -> None:
    inner = P.HONORIFIC.pattern.removeprefix("^(?:").removesuffix(")")
    assert {alt[0] for alt in alternatives(inner)} == set(organs._HONORIFIC.chars())  # read off its source (s24)
    assert organs.split_organs("尊敬的区政协办公室：") == organs.split_organs("区政协办公室：")


Guard = G.Opening | G.Ending | G.Holding

# Every guard a field rule stands before a pattern, with lines it must let through and lines it must not.
GUARDED: list[tuple[Guard, list[str], list[str]]] = [
    (G.Opening(P.LABELLED_RECIPIENTS), ["主送：各区县政府"], ["各区县政府："]),
    (G.Opening(P.SEAL_OR_HEAD_LINE), ["（盖章）", "局长　张某某"], ["某县交通运输局", "2024年6月3日"]),
    (G.Opening(P.ORGAN_ENDING_ONLY), ["管理委员会", "办公室"], ["某县", "2024年6月3日"]),
    (G.Opening(P.CATEGORY_WORD_LINE), ["已解决", "（采纳）"], ["A类", "某县"]),
    (G.Ending(P.SITE_NAME), ["某市人民政府网站", "某某客户端"], ["某市人民政府"]),
    (G.Ending(P.PLAN_HEADING_END), ["指导思想", "组织领导"], ["各乡镇人民政府"]),
    (G.Ending(P.ISSUER_MARK), ["某市人民政府文件", "中共某县委员会文件\n"], ["某市人民政府"]),
    (G.Holding(P.CLOSING_WEAK), ["以上答复，请予谅解", "欢迎继续提出宝贵意见"], ["我局已完成道路改造工程"]),
    (G.Holding(P.CATEGORY_NOTE), ["（此件为B类答复）"], ["（此件公开发布）"]),
    (G.Holding(P.RECIPIENT_CLAUSE), ["为做好防汛工作，"], ["各乡镇人民政府"]),
    (G.Opening(P.CLOSING_FORMULA), ["特此答复", "此复"], ["今年将加快建设"]),
    (G.Opening(P.LONE_PAGE_LABEL), ["来源", "作者"], ["某县人民政府"]),
]


@pytest.mark.parametrize(("guard", "through", "refused"), GUARDED)
def test_each_guard_reads_its_pattern_and_answers_as_the_pattern_does(
    guard: Guard, through: list[str], refused: list[str]
) -> None:
    """Each guard reads what its pattern's matches open with, end with or hold off the pattern's source (a
    change to the pattern changes its guard), refuses the lines the pattern cannot match, and answers as
    the pattern does on every line it lets through."""
    assert guard.chars()  # the source says: the guard guards
    pattern = guard._pattern
    for line in through + refused:
        want = pattern.search(line) if isinstance(guard, G.Ending | G.Holding) else pattern.match(line)
        got = guard.search(line) if isinstance(guard, G.Ending | G.Holding) else guard.match(line)
        assert (got is None) == (want is None), line
    for line in refused:
        if isinstance(guard, G.Opening):
            assert line[:1] not in guard.chars()
        elif isinstance(guard, G.Ending):
            assert line.rstrip("\n")[-1:] not in guard.chars()
        else:
            assert guard.chars().isdisjoint(line)


def test_a_guard_whose_pattern_says_nothing_asks_the_pattern_of_every_text() -> None:
    lookahead = regex.compile(r"(?=\d)\d+号")  # a look-around: no first character read
    assert G.Opening(lookahead).chars() == frozenset()
    assert G.Opening(lookahead).match("12号") is not None
    unanchored = regex.compile("文件")  # no `$`: its last character says nothing of the text's
    assert G.Ending(unanchored).chars() == frozenset()
    assert G.Ending(unanchored).search("文件一份") is not None


def test_an_issuer_mark_ends_the_line() -> None:
    for line in ("某市人民政府文件", "某市人民政府 文件", "中共某县委员会文件\n"):
        assert L.issuer_mark(line) is not None
    for line in ("某市人民政府", "关于印发某文件的通知", "文件"):
        assert L.issuer_mark(line) is None


def test_a_pattern_holding_a_character_is_asked_only_of_a_text_holding_it() -> None:
    assert required_chars(P.DOC_NO.pattern) == {"号"}
    # CONTACT_IN_SENTENCE: two alternatives, each opening on a verb of contacting
    assert alternatives(P.CONTACT_IN_SENTENCE.pattern)[0].startswith("(?:联系|咨询|联络|致电)")
    assert alternatives(P.CONTACT_IN_SENTENCE.pattern)[1].startswith("(?:致电|拨打)")
    assert len(alternatives(P.CONTACT_IN_SENTENCE.pattern)) == 2
    # CONTACT_AFTER_STOP: one alternative, found only after a sentence's stop
    assert P.CONTACT_AFTER_STOP.pattern.startswith("(?<=[。!?])")
    assert len(alternatives(P.CONTACT_AFTER_STOP.pattern)) == 1


def test_a_wrapped_cc_list_is_still_the_imprints_within_reach_of_its_cc_line() -> None:
    """The lines a 抄送 list wraps onto under the 落款 are the 版记's, as before the walk was gated."""
    text = (
        "关于做好防汛工作的通知\n\n各乡镇：\n\n请做好防汛工作。\n\n某县水利局\n2024年6月3日\n\n"
        "抄送：县委办公室，县政府办公室，\n县人大常委会办公室，县政协办公室，\n县法院，县检察院。\n"
    )
    doc = govdoc.parse_text(text)
    assert doc.imprint is not None
    assert doc.imprint.cc == ("县委办公室", "县政府办公室", "县人大常委会办公室", "县政协办公室", "县法院", "县检察院")


def test_lines_under_the_signature_far_from_any_cc_line_are_not_asked_whether_they_carry_a_list_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A document printed under the 落款 asked every line whether it carried a 抄送 list on, each asking a
    walk back over the lines above it: with no line opening as a 抄送 line within reach, none is asked."""
    asked: list[int] = []
    real = after.continues_cc

    def counting(blocks: list[Block], k: int) -> bool:
        asked.append(k)
        return real(blocks, k)

    monkeypatch.setattr(after, "continues_cc", counting)
    lines = [Block(f"第{n}条　各单位应当按时报送材料、数据，") for n in range(1, 200)]
    after._after_signature(lines)
    assert asked == []
    cc = [Block("抄送：县委办公室，县政府办公室，"), Block("县法院，县检察院。"), *lines[:10]]
    after._after_signature(cc)
    assert asked and max(asked) <= base.CC_REACH  # only the lines within reach of the 抄送 line


def test_the_closing_walk_reads_the_head_the_tails_peel_found(monkeypatch: pytest.MonkeyPatch) -> None:
    """body_end asked the head of the paragraph its tail's peel stopped at twice, with the same arguments."""
    heads: list[int] = []
    real = body_end.paragraph_head

    def counting(body: list[Block], i: int, page_starts: frozenset[int] = frozenset()) -> int:
        heads.append(i)
        return real(body, i, page_starts)

    monkeypatch.setattr(body_end, "paragraph_head", counting)
    doc = govdoc.parse_text(
        "关于某某建议的答复\n\n王某代表：\n\n您提出的建议收悉。现答复如下：我局将加快建设。\n\n"
        "感谢您对我局工作的关心和支持。\n\n某县交通运输局\n2024年6月3日\n"
    )
    assert doc.signature is not None
    assert len(heads) == len(set(heads))  # no line's paragraph asked for twice


def test_a_headlines_likeness_to_the_title_is_measured_once_for_its_zone_and_its_warning(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made: list[tuple[str, str]] = []
    real = difflib.SequenceMatcher

    class Counting(real):  # type: ignore[misc,valid-type]
        def __init__(self, isjunk: None, a: str, b: str, autojunk: bool = True) -> None:
            made.append((a, b))
            super().__init__(isjunk, a, b, autojunk)

    monkeypatch.setattr(difflib, "SequenceMatcher", Counting)
    header_lines._shares_most.cache_clear()
    line, title = "县政府办公室发布秋季森林防火工作安排", "东岭县二〇二四年秋季森林防火工作方案"
    first = header_lines._shares_most(line, title)
    assert header_lines._shares_most(line, title) is first
    assert len(made) == 1
    header_lines._shares_most("另一行标题文字很长", title)
    assert len(made) == 2  # one pair kept: a new pair is measured


def test_the_closing_patterns_guards_answer_as_the_patterns() -> None:
    from govdoc.rules.lines import closing

    for sentence in ("以上答复，请予谅解", "如有不妥，敬请谅解", "欢迎继续提出宝贵意见", "我局已完成道路改造工程"):
        assert closing.closing_weak(sentence) == (P.CLOSING_WEAK.match(sentence) is not None)


def test_the_once_hand_written_gates_are_read_off_their_patterns() -> None:
    """Session 24 (leftovers24): the six gates written by hand beside their rules, their patterns' sources then
    unread (a conditional group, a look-around, an atomic group), are guards read off those sources: a new form
    of the pattern changes its guard."""
    from govdoc.fields import contact, proposal
    from govdoc.rules import reply_fields, trailer_fields

    assert contact._REVIEWER_CELL.chars() == {":"}  # every reviewer's cell holds its colon
    assert proposal._NAMED_PROPOSER.chars() == {"代", "会"}  # 代表团, 代表组 or 会议 opens it
    assert trailer_fields._CONTACT_AFTER_STOP.chars() == {"。", "!", "?"}  # its look-behind's stops
    assert trailer_fields._CONTACT_IN_SENTENCE.chars()  # 电 or 手 of the number's word, 致 or 拨 of a calling verb
    assert organs._HONORIFIC.chars() == {"尊", "敬", "亲"}
    assert reply_fields._PROPOSER.chars()


def test_a_proposer_label_is_asked_only_of_a_line_opening_as_one() -> None:
    from govdoc.rules import reply_fields

    head = r"^(?P<open>\()?(?:"
    assert P.PROPOSER.pattern.startswith(head)
    labels = P.PROPOSER.pattern[len(head) : P.PROPOSER.pattern.index(")", len(head))].split("|")
    assert {"("} | {label[0] for label in labels} == reply_fields._PROPOSER.chars()


def _corpus_lines() -> list[str]:
    """Every line of the text corpora, folded (and each sentence of it, as the closing's tests ask them)."""
    from govdoc.fold import fold
    from tests.conftest import FIXTURES, SHARED, need_shared

    paths = sorted(FIXTURES.glob("*.txt")) + sorted(FIXTURES.glob("*.md"))
    for corpus in ("seed", "corpus/dev", "corpus/dev-2", "corpus/wild"):
        paths += sorted(need_shared(SHARED / corpus).glob("*.txt"))
    lines: list[str] = []
    for path in paths:
        for line in fold(path.read_bytes().decode("utf-8", "replace")).splitlines():
            lines.append(line)
            lines.extend(s for s in line.replace("!", "。").replace("?", "。").split("。") if s)
    return lines


def test_the_hand_written_gates_refuse_no_corpus_line_their_patterns_match() -> None:
    """A gate that cannot be read off its pattern's source is held to it as an optimisation: where the gate
    says no, the pattern finds nothing, on every line and sentence of the corpora (and, for a pattern built
    from a word table, on each of its words)."""
    from govdoc.rules import reply_fields, trailer_fields

    gates = [  # (the six others are guards since session 24: the property test below holds them)
        (P.DOC_NO.match, lambda f: "号" in f),
    ]
    refused = 0
    for line in _corpus_lines():
        for ask, gate in gates:
            if not gate(line):
                refused += 1
                assert ask(line) is None, (ask, line)
    assert refused > 0
    for word in ("尊敬的", "敬爱的", "亲爱的", "尊敬王委员"):
        assert organs._HONORIFIC.match(word)
    for label in P.PROPOSER_LABELS:
        assert reply_fields._PROPOSER.match(f"{label}：王某".replace("：", ":"))
    for verb in ("联系", "咨询", "联络", *P.CALL_WORDS):
        sentence = f"如有疑问请{verb}我局，电话：0571-12345678"
        assert trailer_fields._CONTACT_IN_SENTENCE.search(sentence) is not None, verb


def _guards_in_use() -> list[G.Opening | G.Ending | G.Holding]:
    """Every guard the rules hold at module level (the modules a parse imports)."""
    import sys

    found: dict[int, G.Opening | G.Ending | G.Holding] = {}
    for name, module in list(sys.modules.items()):
        if not name.startswith("govdoc.") or module is None:
            continue
        for value in vars(module).values():
            if isinstance(value, G.Opening | G.Ending | G.Holding):
                found[id(value)] = value
    return list(found.values())


def test_a_required_or_last_character_is_read_through_every_top_level_alternative() -> None:
    """review23 R5: required_chars('a,|b') read {'a'}, so a text holding only b was refused; and last_chars
    read only the last alternative's end."""
    assert required_chars("a,|b") == {"a", "b"}
    assert required_chars("x(?:a|b)c") in ({"x"}, {"c"})
    assert required_chars("a|b\\p{Han}") is None or required_chars("a|b\\p{Han}") == {"a", "b"}
    assert last_chars("ab$|cd$") == {"b", "d"}
    assert last_chars("ab|cd$") is None  # the first alternative need not end at the text's end
    assert required_chars("(?:a,|b)") == {"a", "b"}  # a group's alternatives: what each opens with, together
    assert required_chars("(?:a,|)") is None  # a group that may match nothing requires nothing
    assert last_chars("(?:ab|cd)$") == {"b", "d"}
    assert "通" in required_chars(P.RECIPIENT_CLAUSE.pattern)  # (…通知各街道：: no comma in that alternative)


def test_a_title_glued_to_its_addressee_is_still_refused_as_the_recipients() -> None:
    """The 主送 search refuses a line holding the title's own words (RECIPIENT_CLAUSE's 答复/通知 alternative,
    which holds no comma): the title glued to its addressee is no 主送 line (review23 R5)."""
    text = (
        "关于县政协十一届三次会议第37号提案的答复县工商联：\n贵单位提出的提案收悉。现答复如下：\n"
        "目前，全县93%的涉税事项可通过电子税务局办理。\n感谢贵单位对税收工作的理解与支持。\n\n"
        "国家税务总局某某县税务局\n2024年6月20日\n"
    )
    doc = govdoc.parse_text(text)
    assert doc.header.recipients == ()
    assert doc.header.responds_to is not None


def test_every_guard_in_use_refuses_no_text_its_pattern_finds_something_in() -> None:
    """A property test over each guard the rules hold (lead 10:24): random strings built from the guarded
    pattern's own literal characters (and a few of every line's: spaces, stops, digits, brackets), and the
    corpus' lines and sentences: where the guard says no, the pattern finds nothing."""
    import random

    rng = random.Random(23)
    lines = _corpus_lines()
    guards = _guards_in_use()
    assert len(guards) >= 15
    for guard in guards:
        pattern = guard._pattern
        literals = sorted({c for c in pattern.pattern if not c.isascii()} | set(" :,。()0123456789年月日号"))
        texts = ["".join(rng.choice(literals) for _ in range(rng.randint(1, 24))) for _ in range(3000)]
        ask = pattern.match if isinstance(guard, G.Opening) else pattern.search
        own = guard.match if isinstance(guard, G.Opening) else guard.search
        for text in texts + lines:
            if own(text) is None:
                assert ask(text) is None, (pattern.pattern[:60], text)
