"""Invariants over generated input (hypothesis).

Reply-like documents are built from random parts: metadata lines, a title, 主送, headings of
every marker family and width, enumerations, page-break splits in random places, chrome lines,
a closing, a signature and a contact block. Arbitrary strings check that nothing but
`GovDocError` ever escapes.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import govdoc
from govdoc.numerals import cn_to_int
from tests.invariants import check_invariants, invented

CN = "一二三四五六七八九十"
# GOVDOC_FUZZ_EXAMPLES=5000 for a long run; CI keeps the default short.
SETTINGS = settings(
    max_examples=int(os.environ.get("GOVDOC_FUZZ_EXAMPLES", "120")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

WORDS = st.sampled_from(
    [
        "加强组织领导",
        "完善工作机制",
        "推进项目建设",
        "优化营商环境",
        "提升服务水平",
        "强化资金保障",
        "数字赋能城市管理",
        "落实主体责任",
        "开展专项行动",
        "深化改革创新",
    ]
)
SENTENCE = st.builds(lambda a, b: f"{a}，{b}。", WORDS, WORDS)


def cn_numeral(n: int) -> str:
    if n <= 10:
        return CN[n - 1]
    return "十" + CN[n - 11] if n < 20 else CN[n // 10 - 1] + "十" + (CN[n % 10 - 1] if n % 10 else "")


@dataclass
class Generated:
    text: str
    top_markers: list[str]
    contact_name: str | None = None


def marker(family: str, n: int, width: str) -> str:
    full = width == "full"
    if family == "circled":
        return chr(0x2460 + n - 1)
    if family == "article":
        return f"第{cn_numeral(n)}条 "
    if family == "part":
        return f"第{cn_numeral(n)}部分 "
    if family == "cn":
        return cn_numeral(n) + ("、" if full else ".")
    if family == "cn-paren":
        return ("（" if full else "(") + cn_numeral(n) + ("）" if full else ")")
    if family == "num":
        return f"{n}" + ("．" if full else ".")
    return ("（" if full else "(") + f"{n}" + ("）" if full else ")")


@st.composite
def reply_documents(draw: st.DrawFn) -> Generated:
    lines: list[str] = []
    if draw(st.booleans()):
        lines.append("办理结果：" + draw(st.sampled_from(["采纳解决", "列入计划拟解决", "留作参考", "B"])))
    if draw(st.booleans()):
        lines.append(draw(st.sampled_from(["首页 > 政务公开 > 建议提案", "字号：大 中 小", "【打印本页】"])))
    term, session, number = draw(st.integers(1, 19)), draw(st.integers(1, 9)), draw(st.integers(1, 99999))
    lines.append(f"关于区政协{cn_numeral(term)}届{cn_numeral(session)}次会议第{number}号提案的答复")
    lines.append(draw(st.sampled_from(["张某委员：", "经济委员会：", "李某等代表:"])))
    lines.append("您提出的提案收悉，现答复如下：")
    family = draw(st.sampled_from(["cn", "cn-paren", "num", "num-paren", "circled", "article", "part"]))
    width = draw(st.sampled_from(["full", "half"]))
    count = draw(st.integers(0, 6))
    top: list[str] = []
    for n in range(1, count + 1):
        m = marker(family, n, width)
        top.append(m.strip())
        style = draw(st.sampled_from(["own", "run-in", "point"]))
        if style == "own":
            lines.append(m + draw(WORDS))
        elif style == "run-in":
            lines.append(m + draw(WORDS) + "。" + draw(SENTENCE))
        else:
            lines.append(m + draw(SENTENCE))
        for _ in range(draw(st.integers(0, 2))):
            para = draw(SENTENCE)
            if draw(st.booleans()):
                k = draw(st.integers(2, 4))
                enum = draw(st.sampled_from(["是", "要", "其", "第"]))
                if enum in "是要":
                    para += "".join(f"{cn_numeral(i)}{enum}{draw(WORDS)}。" for i in range(1, k + 1))
                else:
                    para += "".join(f"{enum}{cn_numeral(i)}，{draw(WORDS)}；" for i in range(1, k + 1))
            if width == "half" and draw(st.booleans()):
                para = para.replace("，", ",").replace("；", ";")
            if draw(st.booleans()):
                para = "下一步，" + para
            if draw(st.booleans()) and len(para) > 12:
                cut = draw(st.integers(6, len(para) - 3))
                if para[cut - 1] not in "。，" and para[cut] not in "。，":
                    lines.append(para[:cut])
                    lines.append("")
                    para = para[cut:]
            lines.append(para)
    lines.append("感谢您对我们工作的关心和支持。")
    lines.append("某区发展和改革委员会")
    lines.append(f"{draw(st.integers(2000, 2030))}年{draw(st.integers(1, 12))}月{draw(st.integers(1, 28))}日")
    name = None
    if draw(st.booleans()):
        name = "王某"
        phone = str(draw(st.integers(10000000, 99999999)))
        lines.extend(
            draw(
                st.sampled_from(
                    [
                        [f"（联系人：王某；联系电话：{phone}）"],
                        ["联系人：王某", f"联系电话：{phone}"],
                        ["联 系 人：王某", f"电话：021-{phone}"],
                        [f"(联系人:王某,联系电话:{phone})"],
                    ]
                )
            )
        )
    if draw(st.booleans()):
        lines.extend(draw(st.sampled_from([["版权所有：某区人民政府"], ["【打印本页】【关闭窗口】", "返回顶部"]])))
    sep = draw(st.sampled_from(["\n", "\n\n", "\r\n"]))
    return Generated(sep.join(lines), top, name)


def not_a_crash(exc: govdoc.GovDocError) -> bool:
    """A typed error about the input, not `internal-error`: a crash wrapped as an error is still a crash."""
    if exc.code == "internal-error":
        raise AssertionError(f"govdoc crashed: {exc}") from exc
    return True


def check_spans(doc: govdoc.Document) -> None:
    text = doc.text
    paragraphs = list(doc.preamble) + [p for s in doc.iter_sections() for p in s.paragraphs]
    if doc.closing:
        paragraphs.append(doc.closing)
    for p in paragraphs:
        assert text[p.span.start : p.span.end] == p.text
        for item in p.items:
            assert text[item.span.start : item.span.end] == item.text
            assert p.span.start <= item.span.start <= item.span.end <= p.span.end
    for s in doc.iter_sections():
        assert text[s.span.start : s.span.end].startswith(s.marker)
    for w in doc.warnings:
        if w.span:
            assert 0 <= w.span.start <= w.span.end <= len(text)


def check_item_numbering(doc: govdoc.Document) -> None:
    containers = [list(doc.preamble)] + [list(s.paragraphs) for s in doc.iter_sections()]
    for paragraphs in containers:
        expected_next = None
        for p in paragraphs:
            ordinals = [i.ordinal for i in p.items]
            assert ordinals == list(range(ordinals[0], ordinals[0] + len(ordinals))) if ordinals else True
            for o in ordinals:
                assert o == 1 or o == expected_next
                expected_next = o + 1


@SETTINGS
@given(reply_documents())
def test_generated_replies_keep_every_invariant(gen: Generated) -> None:
    doc = govdoc.parse_text(gen.text)
    check_spans(doc)
    check_invariants(doc)
    assert invented(doc.text, unicodedata.normalize("NFC", gen.text)) is None
    check_item_numbering(doc)
    assert [s.marker for s in doc.sections] == gen.top_markers
    assert [s.ordinal for s in doc.sections] == list(range(1, len(gen.top_markers) + 1))
    assert doc.kind == "reply"
    assert doc.signature is not None and doc.signature.issuers == ("某区发展和改革委员会",)
    assert "\r" not in doc.text
    assert (doc.contact.name if doc.contact else None) == gen.contact_name
    assert "版权所有" not in doc.text and "打印本页" not in doc.text


@SETTINGS
@given(reply_documents())
def test_parsing_is_deterministic(gen: Generated) -> None:
    assert govdoc.parse_text(gen.text).to_json() == govdoc.parse_text(gen.text).to_json()


PIECES = st.sampled_from(
    [
        "一、",
        "（一）",
        "(二)",
        "1.",
        "2、",
        "（1）",
        "①",
        "㈠",
        "第一章",
        "第三条",
        "一是",
        "二是",
        "首先，",
        "其次，",
        "下一步，",
        "关于",
        "的答复",
        "提案",
        "建议",
        "委员：",
        "：",
        "。",
        "，",
        "\n",
        "\n\n",
        " ",
        "\u3000",
        "**",
        "#",
        "> ",
        "- ",
        "2023年4月27日",
        "二〇二三年四月二十七日",
        "〔2023〕10号",
        "联系电话：",
        "抄送：",
        "附件：",
        "附件",
        "(zhèn)",
        "—2—",
        "感谢",
        "此致",
        "某局",
        "政协",
        "人大",
        "届",
        "次会议",
        "第12号",
        "x",
        "0",
    ]
)


@SETTINGS
@given(st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=60).map("".join))
def test_arbitrary_text_raises_nothing_but_govdoc_error(text: str) -> None:
    try:
        doc = govdoc.parse_text(text)
    except govdoc.GovDocError as exc:
        assert not_a_crash(exc)
        return
    check_spans(doc)
    check_invariants(doc)
    assert invented(doc.text, unicodedata.normalize("NFC", text)) is None
    check_item_numbering(doc)


@SETTINGS
@given(st.binary(max_size=400))
def test_arbitrary_bytes_raise_nothing_but_govdoc_error(data: bytes) -> None:
    try:
        govdoc.parse(data, format="txt")
    except govdoc.GovDocError as exc:
        assert not_a_crash(exc)


def test_numeral_helper_matches_the_parser() -> None:
    assert [cn_to_int(cn_numeral(n)) for n in (1, 9, 10, 11, 19, 20, 23)] == [1, 9, 10, 11, 19, 20, 23]


RANKED_FAMILIES = ["part", "cn", "cn-paren", "num", "num-paren", "circled", "article"]
RANK = {
    "part": 0,
    "chapter": 1,
    "section": 2,
    "cn": 3,
    "article": 3,
    "cn-paren": 4,
    "num": 5,
    "num-paren": 6,
    "circled": 7,
}


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(RANKED_FAMILIES), WORDS), min_size=1, max_size=12))
def test_sections_nest_by_rank_whatever_the_order_of_families(headings: list[tuple[str, str]]) -> None:
    """Headings of every family in any order: a child always ranks below its parent, or shares
    its rank and its family appeared later, or (a family of 一、 rank or below used under a lower
    one) the parent's family numbers on right after it; siblings' ordinals count up per family."""
    counters: dict[str, int] = {}
    lines = ["某区重点工作推进方案"]
    for family, words in headings:
        counters[family] = counters.get(family, 0) + 1
        lines.append(marker(family, counters[family], "full") + words)
        lines.append("具体内容按计划推进。")
    doc = govdoc.parse_text("\n".join(lines))
    first_seen = {family: i for i, family in reversed(list(enumerate(f for f, _ in headings)))}
    assert sum(1 for _ in doc.iter_sections()) == len(headings)

    def check(parent: govdoc.Section, after: govdoc.Section | None) -> None:
        for k, child in enumerate(parent.sections):
            above = (RANK[parent.style], first_seen[parent.style])
            if (RANK[child.style], first_seen[child.style]) < above:
                # held by a lower family: only a run the parent's next number follows
                assert RANK[child.style] >= RANK["cn"]
                assert after is not None and (after.style, after.ordinal) == (parent.style, parent.ordinal + 1)
            check(child, parent.sections[k + 1] if k + 1 < len(parent.sections) else None)

    for k, top in enumerate(doc.sections):
        check(top, doc.sections[k + 1] if k + 1 < len(doc.sections) else None)
