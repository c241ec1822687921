"""Faults found reading session 27's src changes line by line (review29, job 2): each test a NEW example of the
fault's general cause, failing before its fix; guards hold what the fix must leave alone."""

from __future__ import annotations

import govdoc
from tests.probing import checked, squashed

# A short reply of our own (made-up organ, people and place), written a word to an element below.
_WORDS = [
    "某县 民政局",
    "某民函 〔 2025 〕 21号",
    "关于 县 政协 十一届 二次 会议 第0037号 提案 的 答复",
    "周某某 委员 ：",
    "您 提出 的 关于 加强 社区 养老服务 设施 建设 的 提案 收悉 。 现 答复 如下 ：",
    "一是 加快 推进 街道 综合 养老服务中心 建设 ， 今年 已 建成 四处 。",
    "二是 加强 养老护理员 队伍 培训 ， 全年 培训 三百二十 人次 。",
    "感谢 您 对 民政 工作 的 关心 和 支持 。",
    "某县 民政局",
    "2025年6月3日",
]


def _segmented_dump(lines: list[str]) -> str:
    """The reply as a word segmenter's XML writes it: a `<s>` a line, a `<w>` a word (most one or two characters,
    some three to six), an attribute or two with ASCII values (`id="…"`), no HTML."""
    out = ['<doc id="mou-2025-0037" lang="zh">']
    for n, line in enumerate(lines):
        out.append(f'<s n="{n}">' + "".join(f"<w>{word}</w>" for word in line.split()) + "</s>")
    out.append("</doc>")
    return "\n".join(out) + "\n"


def test_an_xml_dump_of_a_word_to_an_element_keeps_its_longer_words() -> None:
    """A dump whose elements hold one or two characters mostly (read by `records.element_lines`) keeps the elements
    that hold more (养老服务中心, 养老护理员, 三百二十): its words as much as the short ones, never dropped unsaid."""
    doc = checked(_segmented_dump(_WORDS))
    text = squashed(doc.text)
    missing = [line for line in _WORDS if squashed(line.replace(" ", "")) not in text]
    assert missing == []
    assert doc.header.title == "关于县政协十一届二次会议第0037号提案的答复"
    assert doc.signature is not None and doc.signature.date == "2025-06-03"


def test_guard_a_character_to_an_element_dump_still_reads_its_lines() -> None:
    """Guard: pdfminer's shape (`<text>` a character, `<text>` holding a break at each line's end) reads line by line,
    no break character left in a line."""
    out = ["<pages>", '<page id="1">']
    for line in _WORDS:
        chars = line.replace(" ", "")
        out.append('<textline bbox="0,0,1,1">')
        out += [f'<text font="SimSun" size="16.0">{c}</text>' for c in chars]
        out += ["<text>\n</text>", "</textline>"]
    out += ["</page>", "</pages>"]
    doc = govdoc.parse_text("\n".join(out) + "\n")
    assert doc.header.title == "关于县政协十一届二次会议第0037号提案的答复"
    assert "SimSun" not in doc.text


def _search_answer(docs: int) -> str:
    """A search engine's answer (Solr's shape) of `docs` hits, each holding its title in a one-string list long
    enough to be asked whether it is the text (50 Han characters and more), none of them the record's text."""
    hits = [
        f'{{"id": "{n}", "title": ["关于推进某县第{n}号民生实事项目建设情况的答复' + "及其办理情况说明" * 6 + '"]}'
        for n in range(docs)
    ]
    return '{"response": {"numFound": ' + str(docs) + ', "docs": [' + ", ".join(hits) + "]}}"


def test_a_search_answer_of_many_one_string_lists_is_read_in_linear_time() -> None:
    """Each one-string list is asked whether it holds the text's words; the text's Han characters are counted once,
    not once a list (8x the hits took 64x the time: diffread29 N2)."""
    from govdoc.readers.records import json_list_member
    from tests.timing import growth

    small, large = _search_answer(100), _search_answer(800)
    assert json_list_member(small) is None  # (no list holds three quarters of the answer's words)
    ratio = growth(lambda: json_list_member(small), lambda: json_list_member(large), 16.0)
    assert ratio <= 16.0


def _list_page(style: str) -> bytes:
    """A reply page whose two points are an `<ol>` the page's stylesheet numbers in `style`."""
    return f"""<html><head><meta charset="utf-8"><title>答复</title><style>{style}</style></head><body>
<div class="article"><p>某县交通运输局</p><p>关于县人大十八届四次会议第0061号建议的答复</p><p>冯某某代表：</p>
<p>您提出的关于改善农村客运班线的建议收悉。现答复如下：</p>
<ol class="points"><li>已开通镇村公交线路十二条，覆盖全县八十六个行政村。</li>
<li>明年将新增新能源客车二十辆，逐步加密偏远村的班次。</li></ol>
<p>感谢您对交通运输工作的关心和支持。</p><p>某县交通运输局</p><p>2025年5月20日</p></div></body></html>""".encode()


def test_a_list_numbered_by_a_chinese_counter_style_keeps_its_numbers() -> None:
    """The page's stylesheet numbers the points in one of CSS's Chinese styles the reader did not draw (the formal
    figures, the heavenly stems): the browser shows 壹、贰、 or 甲、乙、 and the items keep them, not dropped unsaid."""
    formal = govdoc.parse(_list_page("ol.points{list-style-type:simp-chinese-formal}"), format="html")
    assert "壹、已开通镇村公交线路十二条" in formal.text and "贰、明年将新增新能源客车二十辆" in formal.text
    stems = govdoc.parse(_list_page(".article ol{list-style:cjk-heavenly-stem inside}"), format="html")
    assert "甲、已开通镇村公交线路十二条" in stems.text and "乙、明年将新增新能源客车二十辆" in stems.text


def test_a_list_in_a_counter_style_not_drawn_here_keeps_a_number() -> None:
    """A counter style the reader has no figures for (lower-greek) is drawn as CSS draws a style it does not know,
    in decimal: the points stay numbered."""
    doc = govdoc.parse(_list_page("ol.points{list-style-type:lower-greek}"), format="html")
    assert "1.已开通镇村公交线路十二条" in doc.text.replace(" ", "")
    assert "2.明年将新增新能源客车二十辆" in doc.text.replace(" ", "")


def test_guard_a_list_the_stylesheet_draws_with_bullets_gets_no_number() -> None:
    """Guard: `list-style-type: square` draws a bullet, no number: no figure is made up for the points."""
    doc = govdoc.parse(_list_page("ol.points{list-style-type:square}"), format="html")
    assert "已开通镇村公交线路十二条" in doc.text
    assert not any(f"{n}已开通" in doc.text.replace(" ", "") for n in ("1.", "一、", "壹、"))
