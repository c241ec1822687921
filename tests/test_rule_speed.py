"""What the rules' speed-ups must not change: remembered line answers follow edits, the chrome
pattern split into anchored and free parts finds the same lines, and set_header writes only
what it is given."""

from __future__ import annotations

import dataclasses

import pytest
import regex

from govdoc import patterns as P
from govdoc.fields.kind import KIND_SUFFIX_REACH, kind_suffix, title_core
from govdoc.first_chars import alternatives
from govdoc.fold import fold
from govdoc.model import Header, Span
from govdoc.patterns.chrome import _CHROME
from govdoc.rules import lines as L
from govdoc.rules.head.marks import _MARK_WORDS, _SIGNER_WORDS
from govdoc.rules.head.update import set_header
from govdoc.rules.lines.dates import _NO_TAIL_END
from govdoc.rules.lines.title import _MARK_ENDS
from govdoc.state import Block, State


def test_a_remembered_line_answer_is_asked_again_once_the_line_is_edited() -> None:
    b = Block("联系人：王某，电话：12345678")
    assert L.is_contact_line(b)
    b.set_text("特此答复。")
    assert not L.is_contact_line(b)
    b.set_text("联系人：王某，电话：12345678")
    assert L.is_contact_line(b)


def test_a_line_answer_is_kept_per_block_not_per_text() -> None:
    first, second = Block("2024年5月6日"), Block("2024年5月6日")
    assert L.date_end(first) == L.date_end(second) == len("2024年5月6日")
    assert first.known and second.known and first.known is not second.known


def _top_level_bar(pattern: str) -> bool:
    depth, in_class, escaped = 0, False, False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            return True
    return False


def test_each_chrome_entry_is_one_alternative_so_the_anchored_split_holds() -> None:
    assert not [c for c in _CHROME if _top_level_bar(c)]


def test_the_split_chrome_patterns_find_the_lines_the_whole_pattern_finds() -> None:
    lines = [
        "当前位置：首页 > 政务公开 > 建议提案",
        "字号：大 中 小",
        "2023-06-01  来源:某区政府办  字号:[ 大 中 小 ]",
        "本页浏览量：1024",
        "版权所有 某市人民政府办公室",
        "【打印本页】",
        "关于做好秋季防火工作的通知",
        "各街道办事处：",
        "您访问的链接即将离开某区政府网站，是否继续？",
    ]
    whole = regex.compile("|".join(_CHROME))
    for line in lines:
        split = bool(P.CHROME_AT_START.match(line) or P.CHROME_ANYWHERE.search(line))
        assert split == bool(whole.search(line)), line


def test_set_header_changes_only_the_fields_it_is_given() -> None:
    state = State(blocks=[])
    set_header(state, title="关于某事的通知", title_span=Span(0, 7, None))
    set_header(state, security=None)
    set_header(state, doc_number=None, recipients=())
    assert state.header.title == "关于某事的通知"
    assert state.header.title_span == Span(0, 7, None)
    assert state.header.security is None and state.header.recipients == ()
    set_header(state, urgency="特急")
    assert (state.header.title, state.header.urgency) == ("关于某事的通知", "特急")


def test_no_label_ends_on_a_line_without_a_label_end_character() -> None:
    """label_cells passes over lines holding none of LABEL_END_CHARS: any other character after
    a label must leave LABEL_AT and KEY_VALUE without a match (a new way for a label to end has
    to be added to LABEL_END_CHARS)."""
    others = "-=,;.。、!?/\\~·•*#>)}》」』\"'@&%+_（）号是的某"
    assert P.LABEL_END_CHARS.isdisjoint(others)
    for label in sorted(P.LABELS):
        for after in ["", *others]:
            line = f"【{label}{after}某某单位" if after in ")}》" else f"{label}{after}某某单位"
            assert P.LABEL_AT.search(line) is None, line
            assert P.KEY_VALUE.match(line) is None, line
        assert P.LABEL_AT.search(f"{label}:某某单位") is not None


def test_the_document_types_fit_in_the_tail_the_kind_suffix_is_looked_for_in() -> None:
    """kind_suffix searches only the last KIND_SUFFIX_REACH characters: every type in
    KIND_SUFFIX must be a plain word no longer than that, less one for a line's end."""
    body = P.KIND_SUFFIX.pattern
    assert body.startswith("(?P<s>") and body.endswith(")$"), "kind_suffix assumes one end-anchored list"
    words = body[len("(?P<s>") : -len(")$")].split("|")
    assert all(regex.fullmatch(r"\p{Han}+", w) for w in words), "a type that is no plain word"
    assert max(map(len, words)) + 1 <= KIND_SUFFIX_REACH


def test_a_title_type_is_found_in_its_tail_as_in_the_whole_title() -> None:
    for title in [
        "关于加强道路管理的建议的答复",
        "答复",
        "某县人民政府关于某事的通知（2024年）",
        "协办意见的函",
        "关于某事",
    ]:
        core = title_core(title)
        whole = P.KIND_SUFFIX.search(core)
        tail = kind_suffix(core)
        assert (whole and whole.span()) == (tail and tail.span()), title


def test_set_header_writes_the_states_own_header_as_replace_would_while_header_has_no_post_init() -> None:
    """set_header writes the slots of the state's own header in place, skipping `__init__`: right
    only while the dataclass derives nothing from its fields, and while each state has a header of
    its own (a second state's must not change)."""
    assert not hasattr(Header, "__post_init__")
    state, other = State(blocks=[]), State(blocks=[])
    set_header(state, title="关于某事的通知", metadata={"索引号": "001"}, recipients=("某局",))
    expected = dataclasses.replace(state.header, security="秘密", title_span=Span(0, 7, None))
    set_header(state, security="秘密", title_span=Span(0, 7, None))
    assert state.header == expected and state.header.title_span == Span(0, 7, None)
    assert other.header == Header() and other.header is not state.header
    with pytest.raises(TypeError):
        set_header(state, no_such_field="x")


def test_every_security_and_urgency_mark_holds_a_word_the_marks_rule_looks_for_first() -> None:
    """header_marks reads a line's cells only where it holds 密, 急 or 特提: each 密级 and
    紧急程度 the patterns know must hold one (a new mark without them has to be added there)."""
    security = regex.search(r"\(\?:([^)]*)\)", P.SECURITY.pattern)
    urgency = regex.search(r"\(\?P<v>([^)]*)\)", P.URGENCY.pattern)
    assert security is not None and urgency is not None
    for word in [*security.group(1).split("|"), *urgency.group(1).split("|")]:
        assert any(w in word for w in _MARK_WORDS), word
    signer_labels = (
        "签发人",
        "领导签发",
        "签发领导",
        "领导署名",
        "领导签字",
        "(?:单位|主要)?负责人(?:签字|签发|签名)",
        "签发",
    )
    assert all(any(w in alt for w in _SIGNER_WORDS) for alt in signer_labels)
    from govdoc.rules.head.marks import _holds_signer_word

    _holds_mark = L.holds_mark_word

    assert all(_holds_mark(w) for w in _MARK_WORDS) and all(_holds_signer_word(w) for w in _SIGNER_WORDS)
    assert not _holds_mark("关于某事的通知") and not _holds_signer_word("关于某事的通知")
    assert P.SIGNER.pattern.startswith(f"(?:{'|'.join(signer_labels)})")


def test_a_category_mark_ends_with_one_of_the_characters_the_title_test_looks_for_first() -> None:
    """title_category_mark searches only titles ending in a closing bracket or 类 (_MARK_ENDS):
    CATEGORY_MARK's two forms end so; a new form must be added there too."""
    from govdoc.patterns.category import _CATEGORY_LETTER, _CLOSE, _OPEN

    assert P.CATEGORY_MARK.pattern == (
        rf"[ ]{{0,4}}(?:{_OPEN}[ ]{{0,2}}{_CATEGORY_LETTER}[ ]{{0,2}}类?[ ]{{0,2}}{_CLOSE}[ ]{{0,2}}类?"
        rf"|{_CATEGORY_LETTER}[ ]{{0,2}}类)[ ]{{0,2}}$"
    )
    closing = regex.findall(r"[^\[\]\\]", _CLOSE)
    assert set(closing) | {"]"} <= _MARK_ENDS and "类" in _MARK_ENDS
    for title in ["关于某事的答复（B类）", "关于某事的答复　A类", "关于某事的答复〔C〕", "关于某事的答复"]:
        core = title.replace("（", "(").replace("）", ")").replace("　", " ")
        assert (L.title_category_mark(core) is not None) == bool(P.CATEGORY_MARK.search(core)), title


def test_the_answer_turn_and_quote_lead_are_looked_for_only_where_their_words_can_stand() -> None:
    """The sections ask ANSWER_OPENS only of lines holding 如下 or 现 and QUOTE_LEAD only of lines
    ending on a colon: each form of the patterns must hold them (a new form must be added there)."""
    from govdoc.rules.sections import leads_a_quote, turns_to_answer

    answer = regex.fullmatch(r"\(\?:(.*)\)\|现\(\?:([^()]*)\)", P.ANSWER_OPENS.pattern)
    assert answer is not None
    # Each form of the turn (…如下 or 作如下…) holds 如下: the part between its top-level bars.
    forms = regex.split(r"\|(?![^()]*\))", answer[1])
    assert forms and all("如下" in form for form in forms), forms
    assert P.QUOTE_LEAD.pattern.endswith(":[ ]*$") and not _top_level_bar(P.QUOTE_LEAD.pattern)
    lines = [
        "经研究，现答复如下：",
        "现函复您：",
        "现将有关情况报告如下。",
        "您在提案中建议：",
        "委员们认为，应当加快建设：  ",
        "您提出的建议收悉。",
        "现场勘察后，我们立即整改。",
        "代表希望：尽快落实。",
    ]
    for line in lines:
        f = line.replace("，", ",").replace("：", ":").replace("。", "。")
        assert turns_to_answer(f) == bool(P.ANSWER_OPENS.search(f)), line
        assert leads_a_quote(f) == bool(P.QUOTE_LEAD.search(f)), line
    assert turns_to_answer("经研究,现答复如下:") and leads_a_quote("您在提案中建议:")
    assert not turns_to_answer("现场勘察后,我们立即整改。") and not leads_a_quote("代表希望:尽快落实。")


def test_a_span_over_several_blocks_gets_the_references_joined_as_source_ref_joins_them() -> None:
    """Positions join the numbered ranges of the blocks a span covers (`line:3-5`) from each
    block's range; any other mix (two kinds, a name, boxes) is joined from the references."""
    from govdoc.blocks import Box, Origin
    from govdoc.rules.positions import _box, _Places, source_ref

    origins = [
        Origin(("line:3",)),
        Origin(("line:4", "line:5")),
        Origin(("line:9",)),
        Origin(("paragraph:2",)),
        Origin(("/html/body[1]/p[2]",)),
        Origin(("page:1",), (Box(1, 10, 20, 30, 40),)),
        Origin(("line:x",)),
        Origin(()),
    ]
    blocks = []
    for k, origin in enumerate(origins):
        b = Block("甲乙丙", origin=origin)
        b.start = 4 * k
        blocks.append(b)
    for first in range(len(blocks)):
        for last in range(first, len(blocks)):
            places = _Places(blocks)
            chosen = origins[first : last + 1]
            refs = tuple(dict.fromkeys(r for o in chosen for r in o.refs))
            boxes = tuple(_box(b) for o in chosen for b in o.boxes)
            assert places.of(4 * first, 4 * last + 3) == (source_ref(refs), boxes), (first, last)


def test_a_span_over_lines_gets_the_range_source_ref_gives_whether_the_lines_go_up_or_not() -> None:
    """Where every block is numbered lines of one kind going up in text order, a span's range is
    read off its first and last block; lines out of order (a block moved, a joined pair) or a
    block of another kind take the longer way. Both must give what `source_ref` gives."""
    from govdoc.blocks import Origin
    from govdoc.rules.positions import _Places, source_ref

    cases = [
        [("line:1",), ("line:2", "line:3"), ("line:3", "line:4"), ("line:7",), ("line:7",)],  # going up
        [("line:4",), ("line:2",), ("line:9", "line:1"), ("line:5",)],  # out of order
        [("line:1", "line:6"), ("line:2",), ("line:8",)],  # highs going up, a low going down
        [("line:1",), ("line:2",), ("row:3",)],  # another kind
    ]
    for refs_of in cases:
        blocks = []
        for k, refs in enumerate(refs_of):
            b = Block("甲乙丙", origin=Origin(refs))
            b.start = 4 * k
            blocks.append(b)
        for first in range(len(blocks)):
            for last in range(first, len(blocks)):
                places = _Places(blocks)
                joined = tuple(dict.fromkeys(r for refs in refs_of[first : last + 1] for r in refs))
                # a span from the middle of its first block to the middle of its last
                assert places.of(4 * first + 1, 4 * last + 2) == (source_ref(joined), ()), (refs_of, first, last)


# --- the classes of a line (rules/lines/) and the zone rules that read them -------------------


def test_the_date_class_of_a_line_names_each_way_a_date_stands_on_it() -> None:
    cases = {
        "2024年5月6日": L.DATE_LINE,
        "（2024年5月6日）": L.DATE_LINE,
        "某市教育局　　2024年5月6日": L.ORGAN_DATE,
        "答复时间：2024年5月6日": L.LABELLED_DATE,
        "日期：2024年5月6日": L.LABELLED_DATE | L.BARE_LABELLED_DATE,
        "我局已于2024年5月6日完成整改。": 0,
        "某市教育局": 0,
    }
    for line, expected in cases.items():
        b = Block(line)
        assert L.date_class(b) == expected, line
        assert L.is_date_line(b) == bool(expected & L.DATE_LINE), line
        assert L.is_organ_date_line(b) == bool(expected & L.ORGAN_DATE), line
        assert L.is_labelled_date_line(b) == bool(expected & L.LABELLED_DATE), line
        assert L.is_bare_labelled_date_line(b) == bool(expected & L.BARE_LABELLED_DATE), line


def test_the_date_class_follows_an_edit_of_the_line() -> None:
    b = Block("2024年5月6日")
    assert L.date_class(b) == L.DATE_LINE
    b.set_text("某市教育局")
    assert L.date_class(b) == 0


def test_no_tail_after_a_date_ends_on_a_sentence_stop_so_date_end_need_not_look_for_one() -> None:
    """date_end searches DATE_TAIL only on a line whose last character is none of _NO_TAIL_END:
    the pattern is anchored at the end and each of its tails ends on a letter, a Han character or
    a bracket (a new tail ending on a stop must take the stop out of _NO_TAIL_END)."""
    assert P.DATE_TAIL.pattern.endswith(")$")
    date = "2024年5月6日"
    for tail in [" B类", "（A）", "  签发人：张某", " 星期一", "（盖章）", "（此件公开发布）"]:
        assert P.DATE_TAIL.search(fold(date + tail)), tail
        for stop in _NO_TAIL_END:
            assert P.DATE_TAIL.search(fold(date + tail) + stop) is None, tail + stop
    assert L.date_end(Block("2024年5月6日（此件公开发布）")) == len(date)


def test_every_print_line_holds_the_word_the_print_test_looks_for_first() -> None:
    """The trailer asks PRINTED_LINE only of a line holding 印 (P.PRINTED_LINE_CHAR): each of its forms needs the
    word 印发, or the verb after the date that is 印发, 印制 or 印 alone (genre27)."""
    from govdoc.patterns.dates import _PRINTING_VERB
    from govdoc.rules.trailer.base import printed_line

    alternatives = P.PRINTED_LINE.pattern.split("|^")
    assert all("印发" in alt or _PRINTING_VERB in alt for alt in alternatives)
    assert all(P.PRINTED_LINE_CHAR in verb for verb in _PRINTING_VERB.strip("(?:)").split("|"))
    assert printed_line(Block("某市人民政府办公室　　2024年5月6日印发"))
    assert printed_line(Block("某市人民政府办公室　　2024年5月6日印"))
    assert not printed_line(Block("某市人民政府办公室　　2024年5月6日"))


def test_every_print_line_ends_on_a_character_the_print_test_looks_for_first() -> None:
    """is_printed_line asks PRINTED_LINE only of a line ending on 印发, on its copies (共印50份, maybe
    bracketed) or on its date: each form ends on _COPIES or on DATE, and each of DATE's forms on a
    day's 日 or 号 or a digit."""
    from govdoc.patterns.dates import _COPIES, _PRINTING_VERB
    from govdoc.rules.lines.tail import _PRINTED_ENDS

    assert {verb[-1] for verb in _PRINTING_VERB.strip("(?:)").split("|")} <= _PRINTED_ENDS
    for form in P.PRINTED_LINE.pattern.split("|^"):
        ends = (f"印发{_COPIES}$", f"{_PRINTING_VERB}{_COPIES}$", f"印发\\){_COPIES}$", f"(?P<date>{P.DATE.pattern})$")
        labelled = f"(?P<date>{P.DATE.pattern})(?:[ ]{{0,2}}印发)?{_COPIES}$"  # 印发：某办　date(印发)(（共印N份）)
        assert form.endswith((*ends, labelled)), form
    assert _COPIES.endswith("份\\)?)?")
    for form in alternatives(P.DATE.pattern):
        assert form.endswith(("[日号]", "0?[1-9])(?![.\\-/]?\\d)")), form
    assert set("发)份日号") <= _PRINTED_ENDS and set("0123456789") <= _PRINTED_ENDS
    for line in ("某市人民政府办公室　　2024年5月6日印发", "某区水务局办公室印发", "2024年5月6日印发（共印50份）"):
        assert L.is_printed_line(fold(line)), line
    assert not L.is_printed_line(fold("现将《实施方案》印发给你们，请认真贯彻执行。"))


def test_the_lines_above_running_text_are_not_asked_whether_they_hold_up_the_trailer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """trailer_from walks up from the end; once a line of running text stands below, a line above
    is asked only whether it opens a labelled 附注, not whether it is running text itself."""
    from govdoc.rules.trailer import region as T

    asked: list[int] = []
    real = T.blocks_trailer

    def counting(blocks: list[Block], k: int) -> bool:
        asked.append(k)
        return real(blocks, k)

    monkeypatch.setattr(T, "blocks_trailer", counting)
    body = [Block(f"第{n}段正文，我局认真研究并逐项落实。") for n in range(20)]
    region = T.Region([*body, Block("联系人：王某"), Block("联系电话：12345678")])
    assert not region.trailer_from(0) and region.trailer_from(20)
    assert sorted(asked) == [19, 20, 21]


def test_the_signature_search_reads_the_tail_of_its_region_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """signature_block makes one _Region for all its searches (the 落款 with a date, flattened,
    on a contact line, undated), so what is known of the region's tail is computed once."""
    from govdoc.rules.trailer import signature as T

    made: list[object] = []
    real = T.Region

    def counting(blocks: list[Block]) -> T.Region:
        region = real(blocks)
        made.append(region)
        return region

    monkeypatch.setattr(T, "Region", counting)
    lines = ["关于某事的答复", "经研究，答复如下。", "我局将继续推进。", "联系人：王某"]
    state = State(blocks=[Block(t) for t in lines])
    T.signature_block(state)
    assert state.signature_date is None and len(made) == 1


def test_the_model_classes_are_built_as_their_dataclass_fields_say() -> None:
    """model.py fills each class's slots with an `__init__` of its own: the parameters, their
    order and defaults are the fields', a default factory gives each object its own value, and
    construction by keyword, `dataclasses.replace` and pickling give equal objects."""
    import inspect
    import pickle

    from govdoc import model
    from govdoc.api import parse_text

    classes = [c for c in vars(model).values() if isinstance(c, type) and dataclasses.is_dataclass(c)]
    assert len(classes) >= 20
    for cls in classes:
        params = list(inspect.signature(cls).parameters.values())
        fields = dataclasses.fields(cls)
        assert [p.name for p in params] == [f.name for f in fields], cls
        for p, f in zip(params, fields, strict=True):
            if f.default is not dataclasses.MISSING:
                assert p.default is f.default, (cls, f.name)
            elif f.default_factory is not dataclasses.MISSING:
                assert repr(p.default) == "<factory>", (cls, f.name)
            else:
                assert p.default is inspect.Parameter.empty, (cls, f.name)
    first, second = model.Header(), model.Header()
    assert first.metadata == {} and first.metadata is not second.metadata
    span = model.Span(3, 7, 2)
    assert (span.start, span.end, span.page, span.source_ref, span.source_box) == (3, 7, 2, None, ())
    assert model.Span(start=3, end=7, page=2) == span and hash(model.Span(3, 7, 2, "line:1")) == hash(span)
    assert dataclasses.replace(span, end=9) == model.Span(3, 9, 2)
    try:
        span.start = 4  # type: ignore[misc]
    except dataclasses.FrozenInstanceError:
        pass
    else:
        raise AssertionError("a span must stay frozen")
    doc = parse_text("关于某事的通知\n\n各街道：\n\n一、加强巡查\n\n每日巡查一次。\n\n某区应急管理局\n2025年10月8日\n")
    assert pickle.loads(pickle.dumps(doc)) == doc
    assert model.Document.from_json(doc.to_json()) == doc


def test_a_plain_line_costs_no_list_and_no_store_until_a_rule_asks_of_it() -> None:
    first, second = Block("关于某事的通知"), Block("特此通知。")
    assert first.bold is second.bold is first.gaps is second.joins == ()  # the shared empty tuple
    assert first.known is None
    assert not L.is_organ_line(first) and first.known is not None and second.known is None


def test_joining_lines_leaves_the_shared_empty_tuples_alone() -> None:
    a, b, c = Block("第一行"), Block("第二行", gaps=[1], bold=[(0, 1)]), Block("第三行")
    a.absorb(b)
    assert list(a.gaps) == [4] and list(a.bold) == [(3, 4)]
    assert c.gaps == () and c.bold == ()  # a's new lists are its own


def test_folding_the_common_characters_first_gives_the_table_s_fold() -> None:
    """fold replaces the full-width comma, brackets, colon, semicolon and the wide spaces
    throughout before splitting at the other changing characters: the result is the table's,
    character for character, and a text with traditional characters still goes by its phrases."""
    from govdoc import fold as F

    assert not any(c in F._TRADITIONAL for c, _ in F._COMMON)
    assert all(F.FOLD_TABLE[ord(c)] == target for c, target in F._COMMON)
    texts = [
        "经研究，现答复如下：（一）加强巡查；\u3000\u3000二、落实责任\xa0。",
        "联系电话：０５７１－８７００１２３４，邮编３１００００",
        "⼀、关于（第１２号）提案—办理情况",
        "没有要折叠的字",
        "，" * 300 + "：",
    ]
    for text in texts:
        assert F._fold(text) == text.translate(F._full_table()), text
    assert F.fold("關於辦理（第3號）議案的答覆，") == "关于办理(第3号)议案的答复,"


def test_the_ruler_runs_what_it_holds_after_each_change_though_it_keeps_the_running_list() -> None:
    from govdoc.ruler import Ruler

    ran: list[str] = []
    ruler: Ruler[None] = Ruler([("a", lambda s: ran.append("a")), ("b", lambda s: ran.append("b"))])
    ruler.run(None)
    ruler.disable("a")
    ruler.run(None)
    ruler.at("b", lambda s: ran.append("B"))
    ruler.push("c", lambda s: ran.append("c"))
    ruler.enable("a")
    ruler.run(None)
    ruler.before("a", "z", lambda s: ran.append("z"))
    ruler.copy().run(None)
    assert ran == ["a", "b", "b", "a", "B", "c", "z", "a", "B", "c"]


def test_no_date_line_of_any_class_ends_on_a_sentence_stop() -> None:
    """date_class answers 0 for a line ending on one of _NO_TAIL_END without matching: no date
    pattern, clock or labelled date may end on such a character (a new one that does must take
    the character out of _NO_TAIL_END)."""
    lines = [
        "2024年5月6日",
        "二〇二四年五月六日",
        "2024-05-06",
        "某市教育局　　2024年5月6日",
        "答复时间：2024年5月6日",
        "日期：2024年5月6日",
        "2024年5月6日 10:21",
        "2024年5月6日16时20分",
        "2024年5月",
    ]
    for line in lines:
        f = fold(line)
        assert L.date_class(Block(line)) or P.CLOCK_TAIL.search(f) or P.GARBLED_DATE_LINE.match(f), line
        for stop in _NO_TAIL_END:
            g = f + stop
            assert L.date_class(Block(line + stop)) == 0
            for pattern in (P.DATE_LINE, P.GARBLED_DATE_LINE, P.ORGAN_DATE_LINE, P.LABELLED_DATE_LINE):
                assert pattern.match(g) is None, (pattern, g)
            assert P.BARE_LABELLED_DATE_LINE.match(g) is None and P.CLOCK_TAIL.search(g) is None, g


def test_a_meeting_without_its_term_is_looked_for_only_where_a_meeting_word_stands() -> None:
    """The reference asks MEETING_WITHOUT_TERM only of a text holding 会: every meeting it finds ends on one."""
    for meeting in ("县人大会议上", "市政协全体会议期间", "区人代会上", "镇人民代表大会上"):
        m = P.MEETING_WITHOUT_TERM.search(meeting)
        assert m is not None and m.group(0).endswith(("会", "会议")), meeting


def test_every_date_the_date_class_reads_holds_a_year_sign_a_joined_number_or_opens_the_line() -> None:
    """date_class answers 0 without matching on a line that holds neither 年 nor a `.`, `-` or `/`
    and does not open with a year's first digit: DATE's forms need 年 or the separator, the garbled
    forms 年 or an opening year, the sealed form 年, and every other pattern it asks is built on DATE
    (a new form without any of these must change the guard)."""
    first, joined = alternatives(P.DATE.pattern)
    assert "年" in first and "(?P<sep>[.\\-/])" in joined
    garbled = alternatives(P.GARBLED_DATE_LINE.pattern)
    assert all("年" in form or form.startswith("^(?:19|20)") for form in garbled)
    assert all("年" in form for form in alternatives(P.SEALED_DATE_LINE.pattern))
    for pattern in (P.DATES_SIDE_BY_SIDE, P.ORGAN_DATE_LINE, P.BARE_LABELLED_DATE_LINE, P.LABELLED_DATE_LINE):
        assert P.DATE.pattern in pattern.pattern
    assert L.date_class(Block("二〇二四年五月六日")) == L.DATE_LINE
    assert L.date_class(Block("某市教育局  2024-05-06")) == L.ORGAN_DATE
    assert L.is_date_line(Block("| 20240506"))
    assert L.date_class(Block("关于区政协十一届五次会议第77号提案的答复")) == 0


def test_no_organ_name_ends_on_a_character_of_a_date() -> None:
    """date_class asks ORGAN_DATE_LINE only of a line that is not a date alone: the organ before a
    date on a date line would be made of a date's characters, and ORGAN_SUFFIX ends on none of them."""
    suffix = P.ORGAN_SUFFIX.pattern
    assert suffix.startswith("(?:") and suffix.endswith(")$")
    date_characters = set("0123456789年月日号〇零Oo一二三四五六七八九十元 .-/|\t()")
    for form in alternatives(suffix[3:-2]):
        assert form[-1] not in date_characters, form
    assert L.date_class(Block("2024年5月6日")) == L.DATE_LINE


def test_the_organ_and_date_pattern_is_not_asked_of_a_line_with_a_colon() -> None:
    """Neither the organ nor the date of ORGAN_DATE_LINE holds a colon: a contact line ending in a
    number is not matched."""
    assert "[^\\n:]" in P.ORGAN_DATE_LINE.pattern and ":" not in P.DATE.pattern.replace("(?:", "(")
    assert L.date_class(Block("联系电话：0571-12345678")) == 0
    assert L.date_class(Block("某市教育局  2024年5月6日")) == L.ORGAN_DATE


def test_the_contents_heading_is_asked_only_of_lines_opening_as_it_does() -> None:
    from govdoc.rules.contents import is_contents_heading
    from govdoc.rules.lines.classify import CONTENTS_OPENS

    assert P.CONTENTS_HEADING.pattern.startswith("[ ]*目")
    assert set(CONTENTS_OPENS) == {"目", " "}
    assert is_contents_heading(Block("目　录")) and is_contents_heading(Block(" 目次"))
    assert not is_contents_heading(Block("一、目录管理"))


def test_the_header_asks_its_between_lines_patterns_only_of_lines_that_can_hold_them() -> None:
    """`is_headerish` asks SECURITY/URGENCY only of short lines holding 密, 急 or 特提, NOTE_LINE only
    of short lines opening with its bracket, ISSUE_NUMBER_LINE only with 期,
    SPEECH_SUBTITLE only after a dash, SPEAKER_LINE only of short lines naming a post: each bound
    and word is tied here to its pattern (a new form must widen the guard too), and guarded and
    unguarded answers agree."""
    from govdoc.rules import header_lines as H

    security = regex.search(r"\(\?:([^)]*)\)", P.SECURITY.pattern)
    assert security is not None and P.SECURITY.pattern.endswith(r"(?:[★*][^\n【】\[\]()〔〕]{0,12})?)[】\])〕]?$")
    longest_mark = 1 + max(map(len, security.group(1).split("|"))) + 1 + 12 + 1
    assert longest_mark <= H._MARK_MAX and P.SECURITY.match("【秘密★" + "一" * 12 + "】")
    urgency = regex.search(r"\(\?P<v>([^)]*)\)", P.URGENCY.pattern)
    assert urgency is not None and 2 + max(map(len, urgency.group(1).split("|"))) <= H._MARK_MAX
    assert P.NOTE_LINE.pattern.startswith(f"^[{H._NOTE_OPENS}]")
    assert "期" in P.ISSUE_NUMBER_LINE.pattern and "|" not in P.ISSUE_NUMBER_LINE.pattern.split("第")[1]
    assert P.SPEECH_SUBTITLE.pattern.startswith("^-{1,2}")
    posts = regex.search(r"\(\?:([^)]*)\)", P.SPEAKER_LINE.pattern)
    assert posts is not None and P.SPEAKER_LINE.pattern.startswith(r"^[\p{Han}]{0,30}?(?:")
    assert P.SPEAKER_LINE.pattern.endswith(r")[ ]{0,4}[\p{Han}·]{2,4}$")
    assert all(any(w in post for w in P.SPEAKER_POST_WORDS) for post in posts.group(1).split("|"))
    assert 30 + max(map(len, posts.group(1).split("|"))) + 4 + 4 <= H._SPEAKER_MAX
    assert all(H._names_a_post(word) for word in P.SPEAKER_POST_WORDS)
    lines = [
        "关于加强社区养老服务设施建设的建议的答复",
        "【秘密★1年】",
        "特急",
        "（2024）第12期",
        "——在全区工作会议上的讲话",
        "区人民政府副区长　王某某",
        "某发〔2024〕3号",
        "某区人民政府　2024年5月6日",
        "某区人民政府 2024-05-06",
        "（此件公开发布）",
        "某市教育局",
    ]
    for line in lines:
        b = Block(line)
        f = b.folded
        unguarded = bool(
            L.is_doc_number_line(b)
            or P.ISSUE_NUMBER_LINE.match(f)
            or L.is_organ_date_line(b)
            or L.is_signer_line(b)
            or P.SECURITY.match(f)
            or P.URGENCY.match(f)
            or (P.NOTE_LINE.match(f) and len(f) <= 24)
            or (len(f) <= 80 and (P.SPEECH_SUBTITLE.match(f) or P.SPEAKER_LINE.match(f)))
        )
        assert H.is_headerish(Block(line)) == unguarded, line
    assert not H.is_headerish(Block(lines[0])) and all(H.is_headerish(Block(x)) for x in lines[1:-1])


def test_a_label_row_ends_its_label_on_one_of_the_characters_the_row_test_looks_for_first() -> None:
    """is_label_row asks LABEL_AT only of a line holding a label's end (`patterns.LABEL_END_CHARS`)."""
    assert frozenset(":]】\t ") == P.LABEL_END_CHARS
    for line in ["索引号 0012-2024-3", "【发布机构】某局", "发文机关:某局", "发布日期\t2024年5月6日", "发文机关某局"]:
        f = fold(line)
        assert L.is_label_row(Block(line)) == bool(P.LABEL_AT.match(f)), line
    # is_label_row spells the set's characters out (an `in` scan each is the cheapest test): a row whose
    # only label end is any one of them is still a row, so a character added to the set shows here
    for end in P.LABEL_END_CHARS:
        row = f"[发文机关{end}某局" if end in "]】" else f"发文机关{end}某局"
        assert P.LABEL_AT.match(fold(row)) and L.is_label_row(Block(row)), repr(end)


def test_a_strict_addressee_line_ends_where_the_recipient_pattern_can_end() -> None:
    """The strict 主送 test asks RECIPIENT_LINE only of lines ending on its colon or on what it
    allows after it (a greeting, lost characters): the pattern's tail is tied here."""
    from govdoc.rules.lines.title import _RECIPIENT_ENDS

    assert P.RECIPIENT_LINE.pattern.endswith(r":(?:[ ]{0,2}(?:您|你|你们|您们)好[!。]?|[ ]{0,2}[?\ufffd]{1,3})?$")
    assert {":", "好", "!", "。", "?", "\ufffd", "\n"} == set(_RECIPIENT_ENDS)
    for line in [
        "各区人民政府：",
        "尊敬的王某代表：您好！",
        "李某委员：？？",
        "市教育局：您好",
        "联系人：王某，电话：12345678",
    ]:
        f = fold(line)
        if f[-1] not in _RECIPIENT_ENDS:
            assert P.RECIPIENT_LINE.match(f) is None, line
    assert L.is_recipient_line(Block("各区人民政府：")) and L.is_recipient_line(Block("尊敬的王某代表：您好！"))


def test_a_document_number_is_looked_for_only_in_a_text_holding_its_hao() -> None:
    """parse_doc_number searches DOC_NO only where 号 stands (folded: 號 is 号): every 文号 ends in it."""
    from govdoc.fields.docnumber import parse_doc_number

    assert P.DOC_NO.pattern.endswith("号")
    assert parse_doc_number("某政發〔2024〕3號") is not None and parse_doc_number("某政发〔2024〕3") is None


def test_the_text_reader_hands_a_block_every_field_in_the_order_the_block_declares_them() -> None:
    """The text reader's line loop calls Block without keywords (cheaper): its order must be
    Block's own, field for field, and the block it makes must be the one keywords would make."""
    from govdoc.blocks import NO_HINTS, Block, Origin
    from govdoc.readers.text import BLOCK_FIELDS, text_blocks

    assert tuple(f.name for f in dataclasses.fields(Block) if f.init) == BLOCK_FIELDS
    made = text_blocks("甲\n\n**乙**丙\n")
    wanted = [
        Block("甲", folded="甲", origin=Origin(("line:1",))),
        Block("乙丙", bold=[(0, 1)], blank_before=True, folded="乙丙", hints=NO_HINTS, origin=Origin(("line:3",))),
    ]
    fields = [f.name for f in dataclasses.fields(Block)]
    assert [[getattr(b, n) for n in fields] for b in made] == [[getattr(b, n) for n in fields] for b in wanted]


def test_an_organ_name_is_searched_for_only_on_a_line_ending_as_one_of_its_forms() -> None:
    """is_organ_name reads the last character before ORGAN_SUFFIX, which is anchored at the end and
    each of whose forms ends on a plain character: a new form ending in a class or a group must
    change the guard. is_organ_line takes an entity's debris off only a line holding &, and the
    seal's and the role's notes only off one ending in a bracket."""
    from govdoc.rules.lines.base import _ORGAN_ENDS, _SITE_ENDS

    for pattern, ends in ((P.ORGAN_SUFFIX, _ORGAN_ENDS), (P.SITE_NAME, _SITE_ENDS)):
        forms = alternatives(pattern.pattern.removeprefix("(?:").removesuffix(")$"))
        assert pattern.pattern.startswith("(?:") and pattern.pattern.endswith(")$") and len(forms) > 5
        for form in forms:
            assert form[-1] not in "])}?*+\\.", form
            assert form[-1] in ends
    assert P.ENTITY_DEBRIS.pattern.startswith("(?:[ ]{0,40}&") and P.ENTITY_DEBRIS.pattern.endswith(")+[ ]{0,40}$")
    assert P.SEAL_AFTER.pattern.endswith("[)\\]〕】]$") and P.SEAL_CLOSERS == (")", "]", "〕", "】")
    assert P.ROLE_AFTER.pattern.endswith("\\)$")
    for line in (
        "某市教育局",
        "区市场监管局（区知识产权局）",
        "某区财政局（盖章）",
        "某局（牵头单位）",
        "某市教育局&nbsp;",
    ):
        assert L.is_organ_line(Block(line)), line
    for line in ("某市教育局网站", "我局将继续推进", "一、某市教育局"):
        assert not L.is_organ_line(Block(line)), line


def test_a_contact_sentence_is_matched_only_on_a_line_opening_as_one() -> None:
    """is_contact_line asks CONTACT_SENTENCE only of a line opening with one of its first characters."""
    from govdoc.rules.lines.tail import _SENTENCE_OPENS

    pattern = P.CONTACT_SENTENCE.pattern
    assert pattern.startswith("^(?:")
    opening = pattern[4 : pattern.index(")")].split("|")
    assert {word[0] for word in opening} == set(_SENTENCE_OPENS)
    assert L.is_contact_line(Block("如有疑问，请与区教育局联系，电话：12345678"))
    assert not L.is_contact_line(Block("感谢您的关心，如有疑问请来电。"))


def _group_body(pattern: str, opening: str) -> str:
    """The text inside the group that opens with `opening` in `pattern` (brackets counted)."""
    start = pattern.index(opening) + len(opening)
    depth = 1
    i = start
    while depth:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        depth += c == "("
        depth -= c == ")"
        i += 1
    return pattern[start : i - 1]


def _opening_characters(branch: str) -> set[str]:
    """The characters a branch of a marker pattern can open with, read off its first element."""
    branch = branch.strip()
    if branch.startswith(("(?P<", "(?:")):
        opening = branch[: branch.index(">") + 1] if branch.startswith("(?P<") else "(?:"
        return set().union(*(_opening_characters(b) for b in alternatives(_group_body(branch, opening))))
    if branch.startswith("\\d"):
        return set("0123456789\u0663\uff15")  # any decimal digit, as `\\d` reads it
    if branch.startswith("\\("):
        return {"("}
    if branch.startswith("["):
        chars = branch[1 : branch.index("]")]
        out: set[str] = set()
        i = 0
        while i < len(chars):
            if i + 2 < len(chars) and chars[i + 1] == "-":
                out |= {chr(x) for x in range(ord(chars[i]), ord(chars[i + 2]) + 1)}
                i += 3
            else:
                out.add(chars[i])
                i += 1
        return out
    return {branch[0]}


def test_a_marker_is_matched_only_on_a_line_opening_with_one_of_its_first_characters() -> None:
    """section_marker and enum_marker answer None at once on a line whose first character opens no
    branch of SECTION_MARKER or ENUM_MARKER (after up to two spaces for the latter): each branch's
    first characters, read off the patterns here, must pass the guard (a new branch must too)."""
    from govdoc.rules.lines import classify as C

    section = alternatives(_group_body(P.SECTION_MARKER.pattern, "(?:"))
    assert len(section) >= 12
    for branch in section:
        for c in _opening_characters(branch):
            assert (
                c in C.SECTION_OPENS
                or c.isdecimal()
                or C.GLYPHS_LOW <= c <= C.GLYPHS_HIGH
                or C.CN_PAREN_LOW <= c <= C.CN_PAREN_HIGH
            ), (branch, c)
            assert C.first_class(c) & C.SECTION_OPEN, (branch, c)  # the line class the rules read
    members = alternatives(_group_body(P.ENUM_MARKER.pattern, "(?P<m>"))
    assert len(members) == 6
    for branch in members:
        assert _opening_characters(branch) <= C.ENUM_OPENS, branch
        assert all(C.first_class(c) & C.ENUM_OPEN for c in _opening_characters(branch)), branch
    for line in ("一、总体要求", "（二）加强领导", "3. 完善机制", "第一章 总则", "①加强", "㈢落实"):
        assert L.section_marker(Block(line)) is not None, line
    for line in ("一是加强", "  其一，", "首先，", "另一方面"):
        assert L.enum_marker(Block(line)) is not None, line
    assert L.section_marker(Block("我局高度重视。")) is None and L.enum_marker(Block("我局高度重视。")) is None


def test_a_flattened_page_is_looked_for_only_in_a_line_holding_a_space() -> None:
    """flattened_paragraphs cuts only at runs of spaces (the folded copy's: an ideographic space
    folds to one), so a long line without a space is not searched: each break pattern is one."""
    from govdoc.rules.cleanup import flattened

    assert P.FLATTENED_BREAK.pattern == r"(?<=[。!?:])[ ]{1,40}(?=[^ |])"
    assert flattened._SPACE_RUN.pattern == r"[ ]{1,8}" and flattened._GAP.pattern == r"[ ]{1,40}"
    assert "(?P<gap>[ ]{1,40})" in P.FLATTENED_TRAILER.pattern
    assert fold("　") == " "


def test_the_proposal_reference_asks_its_patterns_only_of_texts_holding_their_words() -> None:
    """find_proposal asks TERM only where 届 stands, the unquoted titles only after 关于 (the
    numbered one only with 号), the acknowledged proposer only with 收悉: each pattern needs its word."""
    from govdoc.fields.proposal import find_proposal

    assert P.TERM.pattern.endswith("[ ]{0,2}届")
    assert P.UNQUOTED_TITLE.pattern.startswith("(?P<t>关于") and P.UNQUOTED_TITLE_NUMBERED.pattern.startswith(
        "(?P<t>关于"
    )
    assert ")[ ]{0,2}号[ ]{0,2}(?:代表|委员)?(?P<kind>" in P.UNQUOTED_TITLE_NUMBERED.pattern  # a 号 it needs
    assert P.ACKNOWLEDGED_PROPOSER.pattern.endswith("收悉")
    ref = find_proposal(None, [], ["张某代表：您提出的关于加强校园安全的建议收悉，现答复如下："], [])
    assert ref is not None and ref.title == "关于加强校园安全的建议"
    ref = find_proposal(None, [], ["您在区十届人大三次会议上提出的关于修路的第12号建议收悉。"], [])
    assert ref is not None and ref.term == 10 and ref.number == "12"


def test_a_doc_number_line_is_looked_for_only_in_a_line_holding_one_of_its_brackets() -> None:
    """is_doc_number_line asks its patterns only of a line holding one of `_BRACKETS`, tested one
    `in` scan each: every bracket is one of them, and a line without any is no 文号 line."""
    from govdoc.rules.lines.head import _BRACKETS, _holds_bracket

    assert all(_holds_bracket(f"某发{c}2024") for c in _BRACKETS)
    assert not _holds_bracket("某发2024年3号") and not L.is_doc_number_line(Block("某发2024年3号"))
    assert L.is_doc_number_line(Block("某发〔2024〕3号")) and L.is_doc_number_line(Block("某发[2024]3号"))


def test_a_title_line_is_asked_its_stop_item_and_bracket_patterns_only_where_they_can_match() -> None:
    """is_title_like scans for INNER_STOP's characters one by one, asks LISTED_ITEM_HEAD only of a
    line holding 号 and a colon, and _PAREN_ONLY only of one opening with a bracket."""
    from govdoc.rules.lines.base import INNER_STOP
    from govdoc.rules.lines.title import _PAREN_ONLY, _inner_stop

    assert INNER_STOP.pattern == "[。!?;]" and all(_inner_stop(f"关于{c}某事") for c in "。!?;")
    assert not _inner_stop("关于某事的通知")
    assert "号" in P.LISTED_ITEM_HEAD.pattern and ":" in P.LISTED_ITEM_HEAD.pattern
    assert _PAREN_ONLY.pattern.startswith(r"^\(")
    assert not L.is_title_like(Block("202301号：关于某事的议案")) and not L.is_title_like(Block("（征求意见稿）"))
    assert L.is_title_like(Block("关于某事的通知"))


def test_the_proposal_rules_ask_their_label_patterns_only_of_lines_holding_their_words() -> None:
    """The proposer label is asked only of a line holding a colon, the number label only of one
    holding 案 or 建议, and a meeting is the CPPCC's where it holds one of CPPCC_NAMES: each word is
    read off its pattern or list here."""
    from govdoc.fields.proposal import _names_cppcc
    from govdoc.rules.reply_fields import _may_number

    assert all(_names_cppcc(f"市{name}十届三次会议") for name in P.CPPCC_NAMES) and not _names_cppcc("市人大")
    labels = regex.search(r"\^\(\?:\(\?P<kind>([^)]*)\)\(\?:([^)]*)\)\|([^)]*)\)", P.PROPOSAL_NUMBER_LABEL.pattern)
    assert labels is not None
    kinds, suffixes, other = labels.group(1).split("|"), labels.group(2).split("|"), labels.group(3).split("|")
    assert all(_may_number(k + x) for k in kinds for x in suffixes) and all(_may_number(o) for o in other)
    assert P.PROPOSER.pattern.startswith(f"^(?P<open>\\()?(?:{'|'.join(P.PROPOSER_LABELS)})[ ]{{0,2}}:")


def test_a_strict_recipient_line_holds_no_receipt_and_one_colon() -> None:
    """RECIPIENT_LINE's addressees run over the whole line but its last colon and greeting, which
    hold no 收悉 and no colon: a line holding either is refused before the patterns, and the
    addressees the patterns read are the same."""
    assert P.RECIPIENT_LINE.pattern.startswith("^(?P<body>") and "收" not in P.RECIPIENT_LINE.pattern
    tail = P.RECIPIENT_LINE.pattern.split("[ ]{0,2}:", 1)[1]
    assert ":" not in tail.replace("(?:", "")
    for line, strict in [
        ("您提出的《关于加快老旧小区改造的建议》收悉，现答复如下：", False),
        ("来文收悉：", False),
        ("附件：工作方案：", False),
        ("孙某代表：", True),
        ("尊敬的孙某代表：您好！", True),
    ]:
        assert L.is_recipient_line(Block(line)) is strict, line


def test_a_category_mark_before_a_title_is_looked_for_only_after_one_of_its_brackets() -> None:
    """title_category_lead asks CATEGORY_LEAD only of a title opening with one of its brackets."""
    from govdoc.rules.lines.title import _LEAD_OPENS

    opens = regex.match(r"\^\[([^\]]*\\\]?[^\]]*)\]", P.CATEGORY_LEAD.pattern)
    assert opens is not None and set(opens.group(1).replace("\\", "")) == _LEAD_OPENS
    assert L.title_category_lead("【A类】关于某事的答复") == 4 and L.title_category_lead("关于某事的答复") is None
