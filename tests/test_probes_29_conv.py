"""Round-29 blind probes of TEXT AS USERS HOLD IT after a conversion: each a reply of its own (made-up organs, people
and places), carried through one realistic way a person ends up holding it.

Rounds 11-27 (tests/test_probes_11_noise.py … _27_conv.py) mostly carried one shared reply (_R of round 25) through
tools; this round writes twenty-two new documents, each with its own organ, subject and shape, and combines the defects
a real copy holds at once (a cut inside a figure, a page label inside a sentence, a marker left on a line of its own, a
field code before a date, a paragraph's lines indented by the viewer). Shapes, each checked against the earlier rounds'
docstrings and a grep of their texts first:
- PDF text layers: a phone viewer's narrow wrap (16 characters: a proposal number and a phone cut between their figures)
  with a bracketed page label `（第 1 页）` inside a sentence; a browser viewer's copy with its `~ 2 ~` label and a
  running head repeating the issuer over page 2; `pdftotext -layout`'s 落款 set beside the contact (two columns on one
  line); a title of three centred lines; a marker cut from its heading by the wrap; OCR's stray breaks inside a
  sentence;
- Word saved as text: auto-numbering's TAB after `一、` and `（一）`, a DATE field's code left before its result, an
  HYPERLINK field around an address;
- Markdown/pandoc residue: bold headings, `1\\.` escapes, bookmark anchors `[]{#_Hlk… .anchor}`, a hard-break backslash
  under the 落款's organ, a contact as a pipe table;
- WeChat and mobile copies: a 公众号 byline with its 合集 line, the article's foot (`阅读原文`, `预览时标签不可点`), a
  政务 app's toolbar row (`A- A+`), a 视频号 card line;
- portal copies: the date line with the source, the count and the toolbar on one line, `【打印本页】【关闭窗口】`;
- OCR'd text: spaces set between the Han characters of some lines, `.` for `、` after a section's numeral, `:` and `,`
  half-width, `曰` for the 落款's `日`, a letter `l` for `1` inside a 文号;
- traditional characters (a 繁体 conversion with 「」 quotes), and UTF-8 read as GBK on the contact lines only.

Every expected value was written by hand from the contract (../shared/design/contract.md), the README's warning table
and the earlier rounds' settled readings (a hard-wrapped paragraph re-joined warns `page-break-joined`; a letter read
for a figure in a 文号 or date is not guessed but warned; `曰` for the 落款's `日` is read) before the parser ran on any
of these texts (all 22 committed in 4180b7a9, before any run).

First look: 10/22 documents whole. Of the twelve misses, five were my expectation's errors, corrected in place and said
there: #6 (the page's headline over the reply's own title is a repeat the contract drops and warns, `repeat-dropped`),
#7 and #8 (an organ's line right above a 关于… title with no 文号 between is the title's first line and the issuer), #9
(the mojibake run is warned once, as mojibake, not also as unplaced), #20 (a proposal's number is its figures folded,
round 4's settled reading). Six were the parser's, each cause fixed with a new example in tests/test_conv29_causes.py:
a page named between brackets, `（第 1 页）` (#1: patterns.chrome PAGE_FURNITURE); a Word field's code in braces before
its result, `{ DATE \\@ … }` (#3: readers.text_signs BRACED_FIELD, text_pieces field_codes); a 视频号 card's caption (#15)
and a phone app's back-arrow bar and font-button toolbar (#16: patterns.chrome); a running head beside a page number
after a sentence's piece that ends on an organ's suffix, `…带动村` (#10: rules.running_heads._listed_organ); the contact
at the left margin level with the 落款 at the right of one printed line (#2: rules.cleanup.flattened._signature_beside).
After: 21/22 whole. Left (strict xfail): #21, a printed line of the full width ending on `。` over a short line of the
same paragraph, which without the first-line indent reads as well as a paragraph's end.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_probes_11_noise import look, parsed, same, wrapped

_JOINED = ["page-break-joined"]


def _base(**kw: Any) -> dict[str, Any]:
    """The fields every probe compares, each written by hand below."""
    want: dict[str, Any] = {"kind": "reply", "issuer": None, "number": None, "warnings": [], "leaked": []}
    return want | kw


# --- 1. a phone PDF viewer's copy: 16 characters a line, a bracketed page label inside a sentence ---------------

_A = [
    "某县教育局",
    "某教函〔2025〕21号",
    "关于县政协十届四次会议第0057号提案的答复",
    "孙某某委员：",
    "您提出的《关于改善乡村学校学生午餐条件的提案》收悉。经认真研究，现答复如下：",
    "一、基本情况",
    "全县三十二所乡村学校已全部建成标准化食堂，学生午餐补助标准提高到每生每天五元，惠及学生一万零四百人。",
    "二、下一步工作",
    "下一步，我局将联合县市场监管局开展食堂食品安全专项检查，推进明厨亮灶全覆盖。",
    "感谢您对教育工作的关心和支持。",
    "某县教育局",
    "2025年5月20日",
    "（联系人：郑某，联系电话：0597-3201188）",
]
_A_WANT = _base(
    title=_A[2],
    issuer="某县教育局",
    number=("某教函〔2025〕21号", 2025, 21),
    recipients=["孙某某委员"],
    ref="0057",
    preamble=[_A[4]],
    sections=[(1, "一、", 1, "基本情况", [_A[6]]), (1, "二、", 2, "下一步工作", [_A[8]])],
    closing=_A[9],
    signature=(["某县教育局"], "2025-05-20", "2025年5月20日"),
    contact=("郑某", ["0597-3201188"]),
    warnings=_JOINED,
)


def test_a_phone_viewers_copy_wraps_at_sixteen_with_a_bracketed_page_label_inside_a_sentence() -> None:
    """A phone's PDF viewer copied at 16 characters a line: the title cut inside the proposal's number (`…第005` ⏎
    `7号提案的答复`), the phone cut inside its figures, and the page's label `（第 1 页）` between two printed lines of
    section 一's paragraph. The label is furniture; every cut paragraph is one again, warned."""
    lines = wrapped(_A[:10], 16)
    at = lines.index(wrapped([_A[6]], 16)[2])
    lines[at:at] = ["（第 1 页）"]
    lines += [*_A[10:12], *wrapped([_A[12]], 16)]
    same(look(parsed("\n".join(lines) + "\n"), "第 1 页"), _A_WANT)


# --- 2. pdftotext -layout: the 落款 beside the contact, two columns on one line ----------------------------------

_B = [
    "关于市人大十七届二次会议第0233号建议的答复",
    "林某某代表：",
    "您提出的《关于加强社区卫生服务中心儿科建设的建议》收悉。现答复如下：",
    "今年我委在十二家社区卫生服务中心开设儿科门诊，配备儿科医生三十八名，周末和节假日照常接诊。",
    "下一步，我委将推动三甲医院儿科医生下沉社区坐诊，年内实现社区儿科门诊全覆盖。",
    "感谢您对卫生健康工作的关心和支持。",
]


def test_pdftotext_layout_sets_the_contact_and_the_signature_side_by_side() -> None:
    """`pdftotext -layout` of a reply whose contact stands at the left margin and whose 落款 stands at the right on the
    same printed lines: `联系人：林某` and `某市卫生健康委员会` on one line, `联系电话：0591-2345678` and the date on
    the next, runs of spaces between. The left column is the contact, the right the signature."""
    pad = " " * 26
    src = [*_B, "", f"联系人：杨某{pad}某市卫生健康委员会", f"联系电话：0591-2345678{pad}2025年3月4日", ""]
    want = _base(
        title=_B[0],
        recipients=["林某某代表"],
        ref="0233",
        preamble=[_B[2], _B[3], _B[4]],
        sections=[],
        closing=_B[5],
        signature=(["某市卫生健康委员会"], "2025-03-04", "2025年3月4日"),
        contact=("杨某", ["0591-2345678"]),
    )
    same(look(parsed("\n".join(src))), want)


# --- 3. Word saved as text: numbering TABs and a DATE field's code before its result -----------------------------

_C = [
    "某区商务局",
    "某商函〔2025〕9号",
    "关于区政协九届三次会议第2025041号提案的答复",
    "胡某委员：",
    "您提出的《关于激活夜间经济促进消费的提案》收悉。经研究，现答复如下：",
    "一、\t夜间经济发展现状",
    "（一）\t培育特色街区。我区已打造夜间经济特色街区五条，引进品牌首店十二家。",
    "（二）\t延长营业时间。全区商超和餐饮门店夜间营业至二十二时以后的占六成。",
    "二、\t下一步打算",
    "我局将会同区文旅局策划夜间文旅消费季活动，并优化街区周边停车和公交夜班线路。",
    "特此答复。",
    "某区商务局",
    '{ DATE \\@ "yyyy年M月d日" \\* MERGEFORMAT }2025年4月3日',
    "联系人：曹某　　联系电话：021-62001234",
]


def test_word_text_keeps_numbering_tabs_and_a_date_fields_code() -> None:
    """Word's 纯文本 of a reply whose headings are Word's automatic numbering (a TAB after `一、` and `（一）`), and
    whose 落款 date is a DATE field copied with its code shown (`{ DATE \\@ "yyyy年M月d日" \\* MERGEFORMAT }` before
    `2025年4月3日`). The TABs part the marker from its words; the field's code is Word's, not the date."""
    want = _base(
        title=_C[2],
        issuer="某区商务局",
        number=("某商函〔2025〕9号", 2025, 9),
        recipients=["胡某委员"],
        ref="2025041",
        preamble=[_C[4]],
        sections=[
            (1, "一、", 1, "夜间经济发展现状", []),
            (2, "（一）", 1, "培育特色街区", ["我区已打造夜间经济特色街区五条，引进品牌首店十二家。"]),
            (2, "（二）", 2, "延长营业时间", ["全区商超和餐饮门店夜间营业至二十二时以后的占六成。"]),
            (1, "二、", 2, "下一步打算", [_C[9]]),
        ],
        closing=_C[10],
        signature=(["某区商务局"], "2025-04-03", "2025年4月3日"),
        contact=("曹某", ["021-62001234"]),
    )
    same(look(parsed("\r\n".join(_C) + "\r\n"), "MERGEFORMAT", "yyyy"), want)


# --- 4. pandoc's Markdown: bold headings, escaped list dots, anchors, a hard break, a pipe-table contact -----------

_D = [
    "关于市政协十四届一次会议第0309号提案的答复",
    "何某某委员：",
    "您提出的《关于加强城市内涝治理的提案》收悉。现答复如下：",
    "一、已开展的工作",
    "1\\. 完善排水设施。今年全市新建改造雨水管网八十六公里，整治易涝点四十一处。",
    "2\\. 强化应急处置。汛期前组建排涝抢险队伍二十支，储备移动泵车三十台。",
    "二、下一步计划",
    "我局将编制城市排水防涝专项规划，力争三年内基本消除严重易涝积水点。",
    "感谢您对城市管理工作的关心和支持。",
]


def test_pandoc_markdown_of_a_docx_with_anchors_escaped_dots_and_a_contact_table() -> None:
    """`pandoc -t markdown` of the reply's .docx: headings in bold (`**一、已开展的工作**`), Word's bookmarks as empty
    anchored spans (`[]{#_Hlk160512 .anchor}`), the numbered points' dots escaped (`1\\.`), the 落款's organ ending on a
    backslash hard break, and the contact table as a pipe table. The marks are pandoc's."""
    src = [
        f"[]{{#_Hlk160512 .anchor}}**{_D[0]}**",
        "",
        _D[1],
        "",
        _D[2],
        "",
        f"**{_D[3]}**",
        "",
        _D[4],
        "",
        _D[5],
        "",
        f"**{_D[6]}**",
        "",
        f"[]{{#_Hlk160588 .anchor}}{_D[7]}",
        "",
        _D[8],
        "",
        "某市城市管理局\\",
        "2025年6月18日",
        "",
        "| 联系人 | 联系电话 |",
        "|--------|----------|",
        "| 何某   | 0731-88990011 |",
        "",
    ]
    want = _base(
        title=_D[0],
        recipients=["何某某委员"],
        ref="0309",
        preamble=[_D[2]],
        sections=[
            (1, "一、", 1, "已开展的工作", []),
            (2, "1.", 1, "完善排水设施", ["今年全市新建改造雨水管网八十六公里，整治易涝点四十一处。"]),
            (2, "2.", 2, "强化应急处置", ["汛期前组建排涝抢险队伍二十支，储备移动泵车三十台。"]),
            (1, "二、", 2, "下一步计划", [_D[7]]),
        ],
        closing=_D[8],
        signature=(["某市城市管理局"], "2025-06-18", "2025年6月18日"),
        contact=("何某", ["0731-88990011"]),
    )
    same(look(parsed("\n".join(src)), "_Hlk", ".anchor", "**", "\\"), want)


# --- 5. a WeChat 公众号 article copied whole on a phone -----------------------------------------------------------

_E = [
    "关于市人大十六届三次会议第0211号建议的答复",
    "陈某某代表：",
    "您提出的《关于加快新能源汽车充电设施建设的建议》收悉。现答复如下：",
    "一、充电设施建设情况",
    "截至今年五月底，全市累计建成公共充电桩一万二千个，实现乡镇充电站全覆盖。",
    "二、下一步工作打算",
    "我局将推动老旧小区充电设施改造，探索推广统建统服模式。",
    "感谢您对发展改革工作的关心和支持。",
    "某市发展和改革委员会",
    "2025年6月10日",
]


def test_a_wechat_article_copied_with_its_byline_collection_and_foot() -> None:
    """A 公众号 article copied from the phone: the title, the byline (`原创 某市发改委 某市发布 2025年06月12日 18:30
    福建`), the 合集 line (`收录于合集 #建议提案办理 12个`), the reply, then the foot (`阅读原文`, `阅读 3526`,
    `预览时标签不可点`, `微信扫一扫 关注该公众号`). The byline's organ is no issuer; the article's lines are chrome."""
    top = [_E[0], "原创 某市发改委 某市发布 2025年06月12日 18:30 福建", "收录于合集 #建议提案办理 12个", ""]
    foot = ["", "阅读原文", "阅读 3526", "预览时标签不可点", "微信扫一扫", "关注该公众号"]
    src = [*top, *_E[1:], *foot]
    want = _base(
        title=_E[0],
        recipients=["陈某某代表"],
        ref="0211",
        preamble=[_E[2]],
        sections=[(1, "一、", 1, "充电设施建设情况", [_E[4]]), (1, "二、", 2, "下一步工作打算", [_E[6]])],
        closing=_E[7],
        signature=(["某市发展和改革委员会"], "2025-06-10", "2025年6月10日"),
        contact=None,
    )
    gone = ("原创", "收录于合集", "阅读原文", "阅读 3526", "预览时标签不可点", "微信扫一扫")
    same(look(parsed("\n".join(src) + "\n"), *gone), want)


# --- 6. a portal page copied whole: the date line holds the source, the count and the toolbar -------------------

_F = [
    "关于区政协八届四次会议第0126号提案的答复",
    "吴某某委员：",
    "您提出的《关于完善居家养老服务体系的提案》收悉。现答复如下：",
    "一、主要做法",
    "我局在全区建成社区养老服务站四十六个，为八十岁以上独居老人安装紧急呼叫设备一千二百台。",
    "二、下步打算",
    "下步，我局将推进家庭养老床位建设，年内新增家庭养老床位三百张。",
    "感谢您对民政工作的关心和支持。",
    "某区民政局",
    "2025年6月3日",
]


def test_a_portal_copy_whose_date_line_holds_the_source_the_count_and_the_toolbar() -> None:
    """A district portal's page copied whole: the breadcrumb, the headline, one line holding `发布时间：2025-06-05
    15:20　来源：区民政局　浏览次数：326　【字体：大 中 小】`, the reply, then `【打印本页】【关闭窗口】` and the share
    row `分享到：微信 微博 QQ空间`. The page's lines are chrome."""
    top = ["您当前的位置：首页 > 政务公开 > 建议提案办理", "", _F[0], ""]
    top += ["发布时间：2025-06-05 15:20　来源：区民政局　浏览次数：326　【字体：大 中 小】", ""]
    foot = ["", "【打印本页】【关闭窗口】", "分享到：微信 微博 QQ空间"]
    src = [*top, *_F, *foot]
    want = _base(
        title=_F[0],
        recipients=["吴某某委员"],
        ref="0126",
        preamble=[_F[2]],
        sections=[(1, "一、", 1, "主要做法", [_F[4]]), (1, "二、", 2, "下步打算", [_F[6]])],
        closing=_F[7],
        signature=(["某区民政局"], "2025-06-03", "2025年6月3日"),
        contact=None,
    )
    # (first look wanted no warning: the page shows its headline above the reply's own title, a repeat the
    # contract drops and warns, `repeat-dropped`; my error)
    want["warnings"] = ["repeat-dropped"]
    gone = ("您当前的位置", "浏览次数", "字体", "打印本页", "关闭窗口", "分享到")
    same(look(parsed("\n".join(src) + "\n"), *gone), want)


# --- 7. OCR of a scan: spaces between Han characters on some lines, `.` for `、`, half-width `:` and `,` ----------

_G = [
    "某县农业农村局",
    "关于县人大十八届四次会议第0072号建议的答复",
    "黄某某代表：",
    "您提出的《关于扶持发展林下经济的建议》收悉。现答复如下：",
    "一、工作开展情况",
    "今年我局安排林下经济扶持资金三百万元，新发展林下种植基地十八个，带动农户增收二千元以上。",
    "二、下一步打算",
    "我局将培育林下经济龙头企业，推动林下产品品牌建设和电商销售。",
    "感谢您对农业农村工作的关心和支持。",
    "某县农业农村局",
    "2025年7月8日",
]


def test_ocr_spaces_han_characters_and_reads_the_cn_marks_half_width() -> None:
    """An OCR'd scan: the title and the 落款's organ read with a space between every Han character, the colons and
    commas of some lines half-width (`黄某某代表:`, `…如下:`, `…个,带动…`), and the `、` after each section's numeral
    read as `.` (`一.工作开展情况`). The spaces are the engine's; the marks are as written."""
    spaced = " ".join(_G[1])
    src = [
        _G[0],
        spaced,
        "黄某某代表:",
        "您提出的《关于扶持发展林下经济的建议》收悉。现答复如下:",
        "一.工作开展情况",
        "今年我局安排林下经济扶持资金三百万元,新发展林下种植基地十八个,带动农户增收二千元以上。",
        "二.下一步打算",
        _G[7],
        _G[8],
        " ".join(_G[9]),
        _G[10],
    ]
    # (first look wanted the title without the organ: the organ's line stands right above the 关于… title with no
    # 文号 between, so by the contract it is the title's first line and the issuer; my error)
    want = _base(
        title=_G[0] + _G[1],
        issuer="某县农业农村局",
        recipients=["黄某某代表"],
        ref="0072",
        preamble=["您提出的《关于扶持发展林下经济的建议》收悉。现答复如下:"],
        sections=[
            (1, "一.", 1, "工作开展情况", [src[5]]),
            (1, "二.", 2, "下一步打算", [_G[7]]),
        ],
        closing=_G[8],
        signature=(["某县农业农村局"], "2025-07-08", "2025年7月8日"),
        contact=None,
    )
    same(look(parsed("\n".join(src) + "\n")), want)


# --- 8. a 繁体 conversion with 「」 quotes and full-width indents ------------------------------------------------

_H = [
    "某市文化和旅遊局",
    "關於市政協十三屆二次會議第0098號提案的答覆",
    "黃某某委員：",
    "　　您提出的「關於推動非物質文化遺產活態傳承的提案」收悉。經認真研究，現答覆如下：",
    "　　一、工作進展",
    "　　我局已建成非遺工坊二十三個，舉辦非遺進校園活動一百二十場，新認定市級代表性傳承人四十五名。",
    "　　二、下一步打算",
    "　　下一步，我局將編制非遺保護傳承規劃，支持傳承人開展收徒傳藝。",
    "　　感謝您對文化和旅遊工作的關心和支持。",
    "某市文化和旅遊局",
    "2025年4月22日",
    "（聯繫人：馮某，聯繫電話：0592-5551234）",
]


def test_a_traditional_conversion_with_corner_quotes_and_full_width_indents() -> None:
    """A reply run through a 简繁 converter (as a Taiwan or Hong Kong reader's app shows it) and copied: traditional
    characters throughout, 「」 for the book-title marks, each paragraph indented with two U+3000. Values keep the
    traditional characters; the indents are layout."""
    # (first look wanted the title without the organ: as probe 7, the organ's line over the title is its first
    # line; my error)
    want = _base(
        title=_H[0] + _H[1],
        issuer="某市文化和旅遊局",
        recipients=["黃某某委員"],
        ref="0098",
        preamble=[_H[3].strip("　")],
        sections=[(1, "一、", 1, "工作進展", [_H[5].strip("　")]), (1, "二、", 2, "下一步打算", [_H[7].strip("　")])],
        closing=_H[8].strip("　"),
        signature=(["某市文化和旅遊局"], "2025-04-22", "2025年4月22日"),
        contact=("馮某", ["0592-5551234"]),
    )
    same(look(parsed("\n".join(_H) + "\n")), want)


# --- 9. UTF-8 read as GBK on the contact lines only (a copy pasted from a mis-set mail) ---------------------------

_I = [
    "关于市政协十三届三次会议第0187号提案的答复",
    "郭某委员：",
    "您提出的《关于加强中小学生近视防控的提案》收悉。现答复如下：",
    "今年我局为全市中小学更换护眼照明灯具二万余盏，每学期开展两次视力筛查并建立视力健康档案。",
    "感谢您对教育工作的关心和支持。",
    "某市教育局",
    "2025年5月9日",
]


def test_contact_lines_pasted_as_utf8_read_as_gbk_are_suspected_not_guessed() -> None:
    """The reply pasted whole, then its contact lines pasted from a mail a client had shown as UTF-8 read as GBK
    (`鑱旂郴浜猴細…`): the mojibake is not repaired (a guess), it is warned; the reply's fields stand, the contact is
    not read."""
    bad = [s.encode("utf-8").decode("gbk", "replace") for s in ("联系人：邓某", "联系电话：0591-83335555")]
    src = [*_I, *bad]
    want = _base(
        title=_I[0],
        recipients=["郭某委员"],
        ref="0187",
        preamble=[_I[2], _I[3]],
        sections=[],
        closing=_I[4],
        signature=(["某市教育局"], "2025-05-09", "2025年5月9日"),
        contact=None,
        # (first look wanted `content-unplaced` too: the run is warned once, as mojibake, its lines named there; my
        # reading)
        warnings=["mojibake-suspected"],
    )
    same(look(parsed("\n".join(src) + "\n")), want)


# --- 10. a browser PDF viewer's copy: `~ 2 ~` page labels and a running head repeating the issuer --------------

_J = [
    "某市自然资源和规划局",
    "某自然资函〔2025〕67号",
    "关于市政协十三届四次会议第0143号提案的答复",
    "许某某委员：",
    "您提出的《关于盘活农村闲置宅基地的提案》收悉。经认真研究，现答复如下：",
    "一、工作情况",
    "我局在三个县区开展闲置宅基地盘活利用试点，累计盘活闲置宅基地和农房一千三百宗，发展民宿和乡村工坊二百余家，"
    "带动村集体增收九百万元。",
    "二、下一步打算",
    "下一步，我局将总结试点经验，完善宅基地使用权流转和收益分配机制，稳妥有序扩大试点范围。",
    "特此答复。",
    "某市自然资源和规划局",
    "2025年8月1日",
    "联系人：罗某",
    "联系电话：0591-87110022",
]


def test_a_browser_viewers_copy_with_tilde_page_labels_and_a_running_head_of_the_issuer() -> None:
    """Chrome's PDF viewer copied across two pages of a reply printed 28 characters a line: page 1 ends inside section
    一's paragraph with its label `~ 1 ~`, page 2 opens with the running head `某市自然资源和规划局` (the issuer's name
    again) and ends `~ 2 ~`. The labels and the repeated head are page furniture; the paragraph is one, warned."""
    lines = wrapped(_J[:10], 28)
    para = wrapped([_J[6]], 28)
    at = lines.index(para[1]) + 1
    lines[at:at] = ["~ 1 ~", "某市自然资源和规划局"]
    lines += [*_J[10:], "~ 2 ~"]
    want = _base(
        title=_J[2],
        issuer="某市自然资源和规划局",
        number=("某自然资函〔2025〕67号", 2025, 67),
        recipients=["许某某委员"],
        ref="0143",
        preamble=[_J[4]],
        sections=[(1, "一、", 1, "工作情况", [_J[6]]), (1, "二、", 2, "下一步打算", [_J[8]])],
        closing=_J[9],
        signature=(["某市自然资源和规划局"], "2025-08-01", "2025年8月1日"),
        contact=("罗某", ["0591-87110022"]),
        warnings=_JOINED,
    )
    same(look(parsed("\n".join(lines) + "\n"), "~ 1 ~", "~ 2 ~"), want)


# --- 11. OCR's stray breaks: a marker left alone on its line, sentences cut where the engine cut them -------------

_K = [
    "关于市政协十三届三次会议第0365号提案的答复",
    "江某委员：",
    "您提出的《关于推进城市绿道建设的提案》收悉。现答复如下：",
    "一、工作开展情况",
    "今年我局新建城市绿道六十五公里，串联公园十八座，绿道沿线配建驿站二十处。",
    "二、下一步打算",
    "下一步，我局将推进绿道与慢行系统衔接，打造环城绿道闭环。",
    "感谢您对园林绿化工作的关心和支持。",
    "某市城市园林绿化局",
    "2025年9月2日",
    "联系人：潘某",
    "联系电话：0591-87654300",
]


def test_ocr_leaves_each_marker_alone_and_cuts_sentences_where_the_engine_cut() -> None:
    """An OCR engine's text of a scan, a line per line it found: each section's `一、` found apart from its words (the
    heading's words a line of their own), and the preamble's and the sections' sentences cut at uneven places (no one
    width). The markers belong to their headings; the cut sentences are one again, warned."""
    src = [
        _K[0],
        _K[1],
        "您提出的《关于推进城市绿道建设的提案》收悉。现答",
        "复如下：",
        "一、",
        "工作开展情况",
        "今年我局新建城市绿道六十五公里，串联公园十八",
        "座，绿道沿线配建驿站二十处。",
        "二、",
        "下一步打算",
        "下一步，我局将推进绿道与慢行系统衔接，打造环",
        "城绿道闭环。",
        *_K[7:],
    ]
    want = _base(
        title=_K[0],
        recipients=["江某委员"],
        ref="0365",
        preamble=[_K[2]],
        sections=[(1, "一、", 1, "工作开展情况", [_K[4]]), (1, "二、", 2, "下一步打算", [_K[6]])],
        closing=_K[7],
        signature=(["某市城市园林绿化局"], "2025-09-02", "2025年9月2日"),
        contact=("潘某", ["0591-87654300"]),
        warnings=_JOINED,
    )
    same(look(parsed("\n".join(src) + "\n")), want)


# --- 12. pdftotext -layout: a title in three centred lines over paragraphs a line each -------------------------

_L = [
    "某市水利局",
    "某水函〔2025〕33号",
    "关于市政协十三届三次会议第0412号提案办理情况的答复",
    "唐某某委员：",
    "您提出的《关于加强中小河流综合治理的提案》收悉。现答复如下：",
    "一、治理进展",
    "今年我局完成中小河流治理一百一十公里，新建生态护岸三十二公里。",
    "二、下一步安排",
    "我局将推进幸福河湖建设，年内再完成中小河流治理八十公里。",
    "特此答复。",
    "某市水利局",
    "2025年10月9日",
]


def test_a_layout_copy_sets_the_title_over_three_centred_lines() -> None:
    """`pdftotext -layout` of a reply whose title the typesetter broke over three centred lines
    (`关于市政协十三届三次会议`, `第0412号提案办理情况`, `的答复`), each pushed right by spaces, the 版头 centred above;
    each paragraph was one printed line. The title is one title."""
    src = [
        " " * 28 + _L[0],
        " " * 25 + _L[1],
        "",
        " " * 16 + "关于市政协十三届三次会议",
        " " * 15 + "第0412号提案办理情况",
        " " * 22 + "的答复",
        "",
        "    " + _L[3],
        *("        " + x for x in _L[4:10]),
        "",
        " " * 44 + _L[10],
        " " * 42 + _L[11],
    ]
    want = _base(
        title=_L[2],
        issuer="某市水利局",
        number=("某水函〔2025〕33号", 2025, 33),
        recipients=["唐某某委员"],
        ref="0412",
        preamble=[_L[4]],
        sections=[(1, "一、", 1, "治理进展", [_L[6]]), (1, "二、", 2, "下一步安排", [_L[8]])],
        closing=_L[9],
        signature=(["某市水利局"], "2025-10-09", "2025年10月9日"),
        contact=None,
    )
    same(look(parsed("\n".join(src) + "\n")), want)


# --- 13. OCR: a letter l for 1 inside the 文号, 曰 for the 落款's 日, a half-width colon -----------------------------

_M = [
    "某市卫生健康委员会",
    "某卫健函〔2025〕l7号",
    "关于市人大十七届三次会议第0156号建议的答复",
    "龙某代表:",
    "您提出的《关于加快推进紧密型医共体建设的建议》收悉。现答复如下：",
    "今年我委在六个县推进紧密型县域医共体建设，县域内就诊率达到百分之九十一。",
    "感谢您对卫生健康工作的关心和支持。",
    "某市卫生健康委员会",
    "2025年10月15曰",
]


def test_ocr_reads_a_letter_l_in_the_doc_number_and_the_closing_day_as_yue() -> None:
    """An OCR'd reply: the 文号's `17` read `l7` (a letter l), the 主送's colon half-width, the 落款's `日` under the
    seal read `曰`. The broken 文号 is warned, not guessed; the date is read (the settled reading of `曰`)."""
    want = _base(
        title=_M[2],
        issuer="某市卫生健康委员会",
        number=None,
        recipients=["龙某代表"],
        ref="0156",
        preamble=[_M[4], _M[5]],
        sections=[],
        closing=_M[6],
        signature=(["某市卫生健康委员会"], "2025-10-15", "2025年10月15曰"),
        contact=None,
        warnings=["docnumber-unparsed"],
    )
    same(look(parsed("\n".join(_M) + "\n")), want)


# --- 14. Word's text with an HYPERLINK field's code left around an address ------------------------------------------

_N = [
    "关于区政协九届二次会议第0078号提案的答复",
    "钟某委员：",
    "您提出的《关于规范校外培训机构管理的提案》收悉。现答复如下：",
    "今年我局联合区市场监管局检查校外培训机构二百一十家，督促整改问题四十六个，并公布白名单机构一百三十家。",
    "感谢您对教育工作的关心和支持。",
    "某区教育局",
    "2025年3月28日",
    "联系人：白某；联系电话：0755-82345678",
    '电子邮箱：{ HYPERLINK "mailto:qjyjzb@mou.gov.cn" }qjyjzb@mou.gov.cn',
]


def test_word_text_keeps_a_hyperlink_fields_code_around_the_mail_address() -> None:
    """A reply copied from Word with field codes shown: the address in the contact is an HYPERLINK field, its code
    (`{ HYPERLINK "mailto:…" }`) before the shown address. The code is Word's; the address is the contact's."""
    doc = parsed("\n".join(_N) + "\n")
    want = _base(
        title=_N[0],
        recipients=["钟某委员"],
        ref="0078",
        preamble=[_N[2], _N[3]],
        sections=[],
        closing=_N[4],
        signature=(["某区教育局"], "2025-03-28", "2025年3月28日"),
        contact=("白某", ["0755-82345678"]),
    )
    same(look(doc, "HYPERLINK", "mailto:"), want)
    assert doc.contact is not None and doc.contact.email == "qjyjzb@mou.gov.cn"


# --- 15. a WeChat reprint: the follow prompt, the source and a one-line editor's credit, a 视频号 card ----------------

_O = [
    "关于市政协十三届四次会议第0520号提案的答复",
    "傅某某委员：",
    "您提出的《关于打造夜游经济品牌的提案》收悉。现答复如下：",
    "一、工作开展情况",
    "我局推出夜游精品线路十条，打造灯光秀和水上夜游项目六个，今年夏季夜间游客接待量同比增长三成。",
    "二、下一步打算",
    "下一步，我局将举办夜游消费季，完善夜游景区周边交通接驳。",
    "感谢您对文化和旅游工作的关心和支持。",
    "某市文化和旅游局",
    "2025年9月16日",
]


def test_a_wechat_reprint_with_its_follow_prompt_a_one_line_credit_and_a_video_card() -> None:
    """A 公众号 reprint copied whole: `点击蓝字 关注我们` above the title, then the reply, then
    `来源：某市文化和旅游局`, the editor's credit on one line (`编辑：王某  审核：李某`), a 视频号 card's line (`视频号
    · 某市发布`) and `喜欢此内容的人还喜欢`. All of these are the article's; the reply's fields stand."""
    foot = ["", "来源：某市文化和旅游局", "编辑：王某  审核：李某", "", "视频号 · 某市发布", "喜欢此内容的人还喜欢"]
    src = ["点击蓝字 关注我们", "", *_O, *foot]
    want = _base(
        title=_O[0],
        recipients=["傅某某委员"],
        ref="0520",
        preamble=[_O[2]],
        sections=[(1, "一、", 1, "工作开展情况", [_O[4]]), (1, "二、", 2, "下一步打算", [_O[6]])],
        closing=_O[7],
        signature=(["某市文化和旅游局"], "2025-09-16", "2025年9月16日"),
        contact=None,
    )
    gone = ("点击蓝字", "编辑：王某", "审核：李某", "视频号", "喜欢此内容的人还喜欢")
    same(look(parsed("\n".join(src) + "\n"), *gone), want)


# --- 16. a 政务 app's page copied on a phone: its top bar and its toolbar row (`A-　A+　分享　收藏`) -----------

_P = [
    "关于市人大十七届四次会议第0044号建议的答复",
    "蒋某某代表：",
    "您提出的《关于优化公交站台无障碍设施的建议》收悉。现答复如下：",
    "今年我局改造公交站台无障碍设施三百二十个，新增低地板公交车一百五十辆。",
    "下一步，我局将在新建站台同步建设盲道和轮椅坡道，逐步实现主城区站台无障碍全覆盖。",
    "感谢您对交通运输工作的关心和支持。",
    "某市交通运输局",
    "2025年8月21日",
]


def test_a_government_apps_page_copied_with_its_top_bar_and_font_buttons() -> None:
    """A 政务 app's page (the province's service app) selected all and copied: its top bar (`<  建议提案办理  ···`), the
    headline, the line `来源：某市交通运输局　发布时间：2025-08-22`, the toolbar row `A-　A+　分享　收藏`, then the
    reply. The bar, the source line and the toolbar are the app's."""
    top = ["<  建议提案办理  ···", _P[0], "来源：某市交通运输局　发布时间：2025-08-22", "A-　A+　分享　收藏", ""]
    src = [*top, *_P[1:]]
    want = _base(
        title=_P[0],
        recipients=["蒋某某代表"],
        ref="0044",
        preamble=[_P[2], _P[3], _P[4]],
        sections=[],
        closing=_P[5],
        signature=(["某市交通运输局"], "2025-08-21", "2025年8月21日"),
        contact=None,
    )
    same(look(parsed("\n".join(src) + "\n"), "建议提案办理  ···", "A+", "收藏"), want)


# --- 17. a wrap inside an address: the web address and the mail address cut without a hyphen --------------------

_Q = [
    "关于县政协十一届五次会议第0033号提案的答复",
    "韦某委员：",
    "您提出的《关于公开涉企收费清单的提案》收悉。现答复如下：",
    "我局已将全县涉企行政事业性收费清单在县政府门户网站公开，网址为www.mouxian.gov.cn/zwgk/sfqd/index.html，"
    "企业可随时查询。",
    "感谢您对财政工作的关心和支持。",
    "某县财政局",
    "2025年4月30日",
]


def test_a_wrap_inside_a_web_address_is_joined_without_a_space() -> None:
    """A PDF's text layer copied at 24 characters a line: the web address in the answer is cut between its letters
    (`…网址为www.mouxian.gov` ⏎ `.cn/zwgk/…`) with no hyphen; the paragraph is one again with the address whole,
    warned."""
    lines = wrapped(_Q[:5], 24) + _Q[5:]
    want = _base(
        title=_Q[0],
        recipients=["韦某委员"],
        ref="0033",
        preamble=[_Q[2], _Q[3]],
        sections=[],
        closing=_Q[4],
        signature=(["某县财政局"], "2025-04-30", "2025年4月30日"),
        contact=None,
        warnings=_JOINED,
    )
    same(look(parsed("\n".join(lines) + "\n")), want)


# --- 18. pdftotext -layout of the 版记: 抄送 over the printing organ and its date on one line -----------------------

_S = [
    "某市财政局",
    "某财函〔2025〕52号",
    "关于市政协十三届四次会议第0288号提案的答复",
    "孔某委员：",
    "您提出的《关于加大中小微企业融资担保支持力度的提案》收悉。现答复如下：",
    "今年市财政安排融资担保风险补偿资金二亿元，为中小微企业新增担保贷款四十五亿元。",
    "特此答复。",
    "某市财政局",
    "2025年7月1日",
]


def test_a_layout_copy_of_the_imprint_keeps_its_rules_and_two_columns() -> None:
    """`pdftotext -layout` of the reply's last page: the 版记 under the 落款 between rules drawn as runs of `─`, its
    抄送 line, and the printing organ at the left with its date at the right of one line. 抄送 gives the cc list."""
    rule = "─" * 40
    src = [*_S, "", rule, "抄送：市政协提案委员会，市政府督查室。", rule]
    src += ["某市财政局办公室" + " " * 18 + "2025年7月1日印发", rule]
    want = _base(
        title=_S[2],
        issuer="某市财政局",
        number=("某财函〔2025〕52号", 2025, 52),
        recipients=["孔某委员"],
        ref="0288",
        preamble=[_S[4], _S[5]],
        sections=[],
        closing=_S[6],
        signature=(["某市财政局"], "2025-07-01", "2025年7月1日"),
        contact=None,
        cc=["市政协提案委员会", "市政府督查室"],
    )
    same(look(parsed("\n".join(src) + "\n"), "─"), want)


# --- 19. a numeral date written with ○ (U+25CB) for 〇 --------------------------------------------------------------

_T = [
    "关于区人大六届二次会议第0019号建议的答复",
    "薛某代表：",
    "您提出的《关于增设社区便民菜市场的建议》收悉。现答复如下：",
    "我局已在三个街道新建便民菜市场三处，另有两处正在选址。",
    "特此答复。",
    "某区商务局",
    "二○二五年九月十日",
]


def test_a_numeral_date_written_with_a_white_circle_for_ling() -> None:
    """The 落款's date in numerals with `○` (WHITE CIRCLE, as input methods give it) for `〇`: `二○二五年九月十日`. It
    is the date, kept as written."""
    want = _base(
        title=_T[0],
        recipients=["薛某代表"],
        ref="0019",
        preamble=[_T[2], _T[3]],
        sections=[],
        closing=_T[4],
        signature=(["某区商务局"], "2025-09-10", "二○二五年九月十日"),
        contact=None,
    )
    same(look(parsed("\n".join(_T) + "\n")), want)


# --- 20. full-width figures in the 文号, the date and the phone ----------------------------------------------------

_U = [
    "某县住房和城乡建设局",
    "某建函〔２０２５〕１５号",
    "关于县政协十一届四次会议第０１５２号提案的答复",
    "严某委员：",
    "您提出的《关于加强农村危房改造的提案》收悉。现答复如下：",
    "今年我局完成农村危房改造二百三十户，全部通过竣工验收。",
    "感谢您对住房和城乡建设工作的关心和支持。",
    "某县住房和城乡建设局",
    "２０２５年７月１日",
    "联系人：华某　联系电话：０５９３－７６５４３２１",
]


def test_full_width_figures_in_the_doc_number_the_date_and_the_phone() -> None:
    """A reply typed with the input method in full-width mode: every figure full-width (`〔２０２５〕１５号`,
    `第０１５２号`, `２０２５年７月１日`, `０５９３－７６５４３２１`). Values are as written; the year, serial and ISO
    date are read."""
    want = _base(
        title=_U[2],
        issuer="某县住房和城乡建设局",
        number=("某建函〔２０２５〕１５号", 2025, 15),
        recipients=["严某委员"],
        ref="0152",  # (first look wanted ０１５２: round 4 settled the proposal's number folded; my error)
        preamble=[_U[4], _U[5]],
        sections=[],
        closing=_U[6],
        signature=(["某县住房和城乡建设局"], "2025-07-01", "２０２５年７月１日"),
        contact=("华某", ["０５９３－７６５４３２１"]),
    )
    same(look(parsed("\n".join(_U) + "\n")), want)


# --- 21. three pages, each opening with the title as a running head, each closing `共3页 第N页` ---------------------

_V = [
    "关于市政协十三届四次会议第0501号提案的答复",
    "戴某某委员：",
    "您提出的《关于完善城市停车设施规划建设的提案》收悉。经认真研究，现答复如下：",
    "一、停车设施建设情况",
    "近三年全市新增公共停车泊位四万六千个，其中立体停车库泊位八千个，并在老城区利用边角地块建成临时停车场三十处。",
    "二、智慧停车推进情况",
    "全市已有一千二百个停车场接入城市智慧停车平台，市民可通过手机实时查询空余泊位并无感支付。",
    "三、下一步工作",
    "下一步，我局将编制停车设施专项规划，推动机关企事业单位停车场错时共享，力争年底前新增共享泊位五千个。",
    "感谢您对城市管理工作的关心和支持。",
    "某市城市管理局",
    "2025年9月25日",
    "联系人：尹某",
    "联系电话：0591-83012345",
]


@pytest.mark.xfail(
    strict=True,
    reason="a printed line of the full width ending on 。 (…收悉。) over a short line of the same paragraph is read as the paragraph's end: without the first-line indent the two readings cannot be told apart",
)
def test_each_page_opens_with_the_title_as_a_running_head_and_closes_with_its_count() -> None:
    """A three-page reply's text layer copied whole, 26 characters a line: pages 2 and 3 open with the title again (a
    running head), each page closes with `共3页 第N页`, both cutting paragraphs. The heads and the counts are
    furniture; the paragraphs are one again, warned."""
    body = wrapped(_V[:10], 26) + _V[10:]
    cut1 = body.index(wrapped([_V[4]], 26)[1]) + 1
    cut2 = body.index(wrapped([_V[8]], 26)[0]) + 1
    pages = [body[:cut1], body[cut1:cut2], body[cut2:]]
    src = [*pages[0], "共3页 第1页", _V[0], *pages[1], "共3页 第2页", _V[0], *pages[2], "共3页 第3页"]
    want = _base(
        title=_V[0],
        recipients=["戴某某委员"],
        ref="0501",
        preamble=[_V[2]],
        sections=[
            (1, "一、", 1, "停车设施建设情况", [_V[4]]),
            (1, "二、", 2, "智慧停车推进情况", [_V[6]]),
            (1, "三、", 3, "下一步工作", [_V[8]]),
        ],
        closing=_V[9],
        signature=(["某市城市管理局"], "2025-09-25", "2025年9月25日"),
        contact=("尹某", ["0591-83012345"]),
        warnings=_JOINED,
    )
    doc = parsed("\n".join(src) + "\n")
    same(look(doc, "共3页"), want)
    assert doc.text.count(_V[0]) == 1


# --- 22. markdownify of a portal page: the information table as a four-column pipe table ----------------------

_W = [
    "关于市政协十三届四次会议第0377号提案的答复",
    "沈某某委员：",
    "您提出的《关于加强古树名木保护的提案》收悉。现答复如下：",
    "一、保护工作情况",
    "我局完成全市古树名木普查建档一千八百株，为一级古树逐株安装监测设备。",
    "二、下一步打算",
    "我局将建立古树名木保护责任人制度，并开展古树复壮专项行动。",
    "感谢您对林业工作的关心和支持。",
    "某市林业局",
    "2025年7月3日",
]


def test_markdownify_keeps_the_portals_information_table_as_a_four_column_pipe_table() -> None:
    """A crawler's markdownify of the portal page: the breadcrumb, the information table in four columns (label,
    value, label, value) as a pipe table with its delimiter row, a `* * *` rule, the title as `###`, the reply, and
    the page's `[打印本页](javascript:window.print())` link. The table's pairs are the metadata; the page's lines
    are chrome; the table's 发布机构 is the issuer (the document has no 版头)."""
    top = [
        "[首页](/) > [政务公开](/zwgk/) > [建议提案办理](/zwgk/jyta/)",
        "",
        "| 索引号： | 11350100MB0000000X/2025-00088 | 发布机构： | 某市林业局 |",
        "| --- | --- | --- | --- |",
        "| 成文日期： | 2025-07-03 | 公开方式： | 主动公开 |",
        "",
        "* * *",
        "",
        f"### {_W[0]}",
        "",
    ]
    body = [x for line in _W[1:] for x in (line, "")]
    src = [*top, *body, "[打印本页](javascript:window.print())", ""]
    want = _base(
        title=_W[0],
        issuer="某市林业局",
        metadata={
            "索引号": "11350100MB0000000X/2025-00088",
            "发布机构": "某市林业局",
            "成文日期": "2025-07-03",
            "公开方式": "主动公开",
        },
        recipients=["沈某某委员"],
        ref="0377",
        preamble=[_W[2]],
        sections=[(1, "一、", 1, "保护工作情况", [_W[4]]), (1, "二、", 2, "下一步打算", [_W[6]])],
        closing=_W[7],
        signature=(["某市林业局"], "2025-07-03", "2025年7月3日"),
        contact=None,
    )
    same(look(parsed("\n".join(src)), "[首页]", "打印本页", "javascript"), want)
