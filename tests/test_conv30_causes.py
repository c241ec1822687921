"""Cause tests of session 30's conversion work (tests/test_probes_30_conv.py's misses): each a NEW example of a general cause, not the probe that found it; the
guards beside them hold what the fix must leave alone."""

from __future__ import annotations

import govdoc
from tests.probing import checked, codes, squashed

# A short reply of our own, not a probe's: the examples below carry it through one tool or copy.
_K = [
    "关于县人大十八届三次会议第0062号建议的答复",
    "龙某某代表：",
    "你在县十八届人大三次会议上提出的关于加强农村饮水安全的建议收悉。现将办理情况答复如下：",
    "一、工作开展情况",
    "我局投入资金一千六百万元，完成十二处农村集中供水工程改造，受益群众三万四千人。",
    "二、下一步工作",
    "下一步，我局将建立农村供水工程长效管护机制，落实管护经费和管护人员。",
    "感谢你对水利工作的关心和支持。",
    "某县水利局",
    "2025年6月18日",
]


def _gone(doc: govdoc.Document, *pieces: str) -> None:
    text = squashed(doc.text)
    assert [p for p in pieces if squashed(p) in text] == []


# --- apps' and sharing sites' own lines around a copied reply (probes 30 #2, #11, #12, #15) --------------------------


def test_a_sharing_sites_contributor_row_file_name_and_read_more_cut_are_the_sites() -> None:
    """Another sharing site's viewer: the file's name (`.pdf`) over its contributor's row with read and favourite
    counts, and the free reader's cut `还剩2页未读，点击阅读` with the notice `本资料由会员分享，版权归原作者所有。` under
    the reply."""
    top = ["某县水利局答复（2025）.pdf", "贡献者：lin_mou  上传于2025-06-20  阅读 312 次  收藏 5", ""]
    foot = ["还剩2页未读，点击阅读", "本资料由会员分享，版权归原作者所有。"]
    doc = checked("\n".join([*top, *_K, *foot]) + "\n")
    _gone(doc, *top[:2], *foot)
    assert doc.header.title == _K[0]
    assert "content-unplaced" not in codes(doc)


def test_guard_a_notices_uploader_label_and_a_sentence_on_uploads_stay() -> None:
    """A notice's own line naming who uploads (no counts after it) and a sentence on a document uploaded stay."""
    lines = [*_K[:5], "上传人：各乡镇水管站", "本文档由各乡镇水管站上传至县水利局平台。", *_K[5:]]
    doc = checked("\n".join(lines) + "\n")
    text = squashed(doc.text)
    assert squashed("上传人：各乡镇水管站") in text and squashed("本文档由各乡镇水管站上传至县水利局平台。") in text


def test_an_announcements_publisher_row_read_counts_and_button_are_the_apps() -> None:
    """企业微信's announcement copied: `发布人：综合科 王某  7-16 09:12`, `21人已读 3人未读`, the reply, `我已阅读`."""
    src = ["发布人：综合科 王某  7-16 09:12", "21人已读 3人未读", "", *_K, "我已阅读"]
    doc = checked("\n".join(src) + "\n")
    _gone(doc, "发布人", "人已读", "我已阅读")
    assert doc.header.title == _K[0]


def test_an_accessibility_bar_of_other_tools_is_the_sites() -> None:
    """Another portal's accessibility bar: `无障碍浏览 | 读屏 | 指读 | 连读 | 语速 | 配色 | 重置 | 退出服务`."""
    bar = "无障碍浏览 | 读屏 | 指读 | 连读 | 语速 | 配色 | 重置 | 退出服务"
    doc = checked("\n".join([bar, "", *_K]) + "\n")
    _gone(doc, "指读", "退出服务")
    assert doc.header.title == _K[0]


def test_guard_a_sentence_on_enlarging_and_sound_stays() -> None:
    """A reply's own sentence naming the same words (放大, 声音) is no toolbar."""
    lines = [*_K[:4], "我局将放大示范效应，倾听群众声音。", *_K[4:]]
    doc = checked("\n".join(lines) + "\n")
    assert squashed("我局将放大示范效应，倾听群众声音。") in squashed(doc.text)


def test_a_news_apps_share_text_and_its_open_the_app_link_are_the_apps() -> None:
    """A city news app's share: `【某市发布】李某分享给你一篇文章`, the reply, `打开App查看详情 >>`."""
    src = ["【某市发布】李某分享给你一篇文章", *_K, "打开App查看详情 >>"]
    doc = checked("\n".join(src) + "\n")
    _gone(doc, "分享给你一篇文章", "打开App查看详情")
    assert doc.header.title == _K[0]


# --- a symbol font's bullet saved as a private-use character before a TAB (probe 30 #10) ----------------------------


def test_symbol_font_bullets_before_a_tab_are_a_lists_marks_not_text() -> None:
    """Word's save as text of two bulleted paragraphs, one with Symbol's bullet (U+F0B7), one with a Wingdings
    diamond (U+F075), each before a TAB: the bullets are marks, each paragraph reads as written after them."""
    src = list(_K)
    src[4] = "\uf0b7\t" + _K[4]
    src[6] = "\uf075\t" + _K[6]
    doc = checked("\n".join(src) + "\n")
    assert [p.text for s in doc.iter_sections() for p in s.paragraphs] == [_K[4], _K[6]]
    assert "\uf0b7" not in doc.text and "\uf075" not in doc.text


def test_guard_a_private_use_character_inside_a_line_stays() -> None:
    """A private-use character inside a sentence (a glyph a font maps there, no bullet) stays as written."""
    src = list(_K)
    src[4] = "我局投入资金\uf0b7一千六百万元。"
    doc = checked("\n".join(src) + "\n")
    assert "我局投入资金\uf0b7一千六百万元。" in doc.text


# --- a speech app's transcript: numbered voices with the time into the recording (probe 30 #3) ---------------------


def test_a_speech_apps_numbered_voice_lines_and_head_are_left_out_and_said() -> None:
    """Another app's transcript of the reply read aloud: `语音转写结果` and `音频时长：03:12` over it, `说话人 1  00:03` over
    each paragraph (a space before the number, minutes and seconds only). The voice lines and the head leave the
    text, said (`text-repaired`); the reply reads whole."""
    src = ["语音转写结果", "音频时长：03:12", ""]
    for n, line in enumerate(_K):
        src += [f"说话人 1  0{n // 6}:{(n * 7 + 3) % 60:02d}", line, ""]
    doc = checked("\n".join(src))
    _gone(doc, "说话人", "语音转写结果", "音频时长")
    assert doc.header.title == _K[0]
    assert [p.text for s in doc.iter_sections() for p in s.paragraphs] == [_K[4], _K[6]]
    said = [w.message for w in doc.warnings if w.code == "text-repaired"]
    assert len(said) == 1 and "说话人 1" in said[0]


def test_guard_a_programmes_two_numbered_speakers_stay() -> None:
    """A programme naming two numbered speakers with their times (`发言人1 09:30`, `发言人2 09:50`): fewer voice
    lines than a transcript holds, a document's own lines."""
    lines = [*_K[:5], "发言人1 09:30", "发言人2 09:50", *_K[5:]]
    doc = checked("\n".join(lines) + "\n")
    assert "发言人1 09:30" in doc.text and "发言人2 09:50" in doc.text


# --- an app's kind tag before a post's title (probe 30 #11) --------------------------------------------------------


def test_a_pinned_posts_kind_tag_before_the_title_is_the_apps() -> None:
    """A forum's pinned post holding the reply, copied: `【置顶】` right before the title. The tag is the app's label of
    the post; the title is the reply's own."""
    doc = checked("\n".join(["【置顶】" + _K[0], *_K[1:]]) + "\n")
    assert doc.header.title == _K[0]
    assert "置顶" not in doc.text


def test_guard_a_bracketed_heading_word_before_a_line_stays() -> None:
    """A 【】 holding a heading's own words before a sentence (`【工作成效】我局…`) is no app's tag and stays."""
    lines = [*_K[:4], "【工作成效】" + _K[4], *_K[5:]]
    doc = checked("\n".join(lines) + "\n")
    assert "【工作成效】" in doc.text
