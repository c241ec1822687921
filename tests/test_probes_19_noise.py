"""Round-19 blind probes of damaged and scraped text: replies to 政协提案 and 人大建议 (and a few
notices, 批复 and opinions), each carrying several kinds of damage at once, weighted to the kinds
rounds 4 and 11–18 did not try.

Earlier rounds covered: (4) one kind at a time (letter spacing, BOM, CRLF, GB18030, traditional
characters, full-width digits, half-width brackets, tabs, zero-width spaces, 〇 forms, phone dashes);
(11) one wrap width, page numbers, running heads, breadcrumbs, share rows, reading counts, footers,
WeChat reposts, lone &nbsp; lines; (12) varying widths, print bands, two columns, 【打印】【关闭】 rows,
上一篇/下一篇, copies pasted twice or cut off, a soft hyphen and a zero-width space in a heading; (13)
page marks of other shapes, wraps inside a 文号/phone/addressee/落款, OCR confusions, 浏览次数 rows,
附件下载; (14) converters (pandoc, markitdown, lynx, w3m, WeChat, mail, pdftotext -layout); (15) TAB
information tables, list pages, accessibility toggles, hotline footers, mixed-width 文号 brackets,
copies cut at both ends; (17) bylines of other CMS families, neighbours with titles, link and file
boxes, readers' comments, mobile and desktop copies, HTML space entities and escaped tags, invisible
characters (U+200B/U+200C/U+200D, BOM, U+00AD, U+2028), ragged wraps, CR-only ends, watermark lines,
展开全文; (18) 集约化 portals, search-engine snapshots, Wayback banners, browser prints, OCR of faxes,
GBK byte cuts, blank-line runs, bare markers, hyphen and backslash wraps, half-width stops, 「」『』
quotes, copyright notices.

Here (new kinds, or old kinds in new places and combined): double-decoded text in part of a page
(UTF-8 read as GBK or cp1252 and saved: a paragraph, a footer, 锟斤拷 runs, U+FFFD pairs); HTML
entities other than spaces (&ldquo; &rdquo; &#12290; &amp;mdash;) kept as written, HTML comment
residue (`<!--正文开始-->`); invisible characters inside 文号, dates, markers and organs, U+3000 runs
between the 落款's organ and date; full-width digits in 文号 and 落款 dates; the 文号's 〔〕 lost or
replaced ([2024] (2024) 【2024】 ﹝2024﹞ [2024)); a page fetched twice (whole body doubled, each
paragraph doubled); the middle cut (……（略）, 此处省略); 相关文章/推荐阅读/猜你喜欢 lists after the body;
tables turned into TAB-separated rows; a code viewer's line-number gutter; every line indented by tabs;
a letter-spaced 落款 and headings; marker punctuation in the wrong width or lost ((一) with a space,
一. , 1、, (1)); a mobile site's 打开APP/阅读全文/返回顶部; pictograph bullets (▶ ● ◆ ★ 📌) before
headings; text wrapped at 40 characters with the wrap inside a 文号 or a date; and guard documents whose
own sentences, tables and logs look like such damage.

Every expected value was written by hand from the contract (../shared/design/contract.md) and the
README's warning table before the parser ran on the batch (each batch was committed first).

First look per batch (documents whole / checks; `leaked` counts as a check), and the general cause of
each miss (cause tests in tests/test_noise19_causes.py, each a new example that fails on the session's
start, /work/s19start):
- batch 1 (double-decoded text): 3/6 whole, 52/55 checks. Cause: `锟斤拷` (U+FFFD twice read as GBK)
  gives back no Han, so the mojibake rule never saw it (rules.mojibake, patterns.encoding
  LOST_CHARACTERS: asked by name). Two misses my reading (corrected in place): a double-decoded
  footer is warned once, as mojibake (the README counts a line a warning names as placed, so no
  `content-unplaced`); the byte AD of a cp1252 misreading is a soft hyphen, invisible, and leaves.
  GBK-read paragraphs, a notice's garbled section and the guard (锟 in a name, 鍏 in a place) were read.
- batch 2 (entities, comment residue, invisible characters): 6/6 whole, 51/51 checks.
- batch 3 (full-width digits, the 文号's brackets lost or replaced): 6/6 whole, 38/38 checks.
- batch 4 (fetched twice, middle cut): 3/6 whole, 41/48 checks. Causes: every line written twice in
  a row was read by nothing (the 主送 and closing doubled, a numbering gap; rules.cleanup.repeats
  _doubled_lines: where nearly every line stands so, in any text); `……（略）` under a line ending on 。
  was joined to it as leader dots are (rules.joins._omission_after_stop). One miss my reading: a body
  pasted twice with no chrome to show a site stays, warned `content-unplaced` (the README drops a
  repost only in web-derived text). The byline-parted second fetch and the guard table were read.
- batch 5 (lists after the body): 5/6 whole, 46/48 checks. Cause: the 热门文章/最新更新 labels
  (patterns.chrome LINK_LIST_LABEL and a chrome row; 猜你喜欢 too). 相关文章 with dates, 推荐阅读,
  我要纠错, neighbours, 网友评论 and the guard were read.
- batch 6 (TAB tables, gutters, tab indents): 5/6 whole, 50/52 checks. Cause: a TAB table's head row
  holding a bracket was paragraph-like and took the next row (rules.joins.continues: two lines both
  holding TAB-parted cells are two rows). Gutters (`1 `, `cat -n`) were read at first look.
- batch 7 (letter spacing, marker widths): 6/6 whole, 42/42 checks.
- batch 8 (mobile pages, pictograph bullets): 3/6 whole, 48/54 checks. Causes: a mobile page's app
  prompts and 展开剩余内容 (chrome rows); shape bullets (◆ ★ ■ …, not emoji) before a heading's
  marker hid it (cleanup.furniture._shape_bullet, patterns.SHAPE_BULLET).
- batch 9 (wraps at 40 in 文号 and dates): 3/6 whole, 48/55 checks. Causes: an information row cut
  inside its 文号's year after the label stayed two lines (rules.joins._doc_number_cut reads the
  last label's value); a closing formula under a list line with a colon was joined to it
  (rules.joins._may_continue: 特此答复。 alone is a sentence of its own). One miss my reading (the
  body saved twice with no chrome, as in batch 4).
- batch 10 (several at once, guards): 4/6 whole, 48/52 checks. Causes: those of batches 4 and 8.

Over the ten batches: 44/60 documents whole at first look, 464/495 checks (4 checks of 4 documents my
reading); 60/60 whole now. Every guard document held at first look.

Round 18's two strict xfails (a GBK byte cut no width shows, a （一） without its closing bracket): the
first is fixed by a general rule (readers.text._byte_width_joined: the characters a byte-width export
split tell its width in bytes, and the other lines cut there join, warned; cause test with a new
example at 34 bytes); the second too, by the evidence its reason named: `(一加强…` is told from
`(一般为…` by its siblings further on (rules.sections._unclosed_siblings: lines opening (一, (二 … in
order, heading-like, closing no bracket, no numeral counting phases; cause and guard tests).
Reviewing: review19 V2 showed the app-prompt row taking a reply's steps (下载浙里办APP ⏎ 进入浙里办APP
查看); the prompts are now chrome only named by no name and at the text's edge or beside chrome
(cleanup.furniture._app_prompts), with guards for steps in the text and right above the 落款.
"""

from __future__ import annotations

from typing import Any

import govdoc
from tests.test_probes_11_noise import parsed, same, wrapped
from tests.test_probes_18_noise import view


def probe(source: str, gone: list[str], want: dict[str, Any]) -> govdoc.Document:
    """`source` parsed as text; every check of `want` compared at once, `gone` never in the text."""
    doc = parsed(source)
    same(view(doc, *gone), want | {"leaked": []})
    return doc


def gbk_garbled(line: str) -> str:
    """`line` as a program that read UTF-8 as GBK and saved it again leaves it (鍏充簬 for 关于):
    the bytes GBK cannot map are lost as U+FFFD."""
    return line.encode("utf-8").decode("gbk", errors="replace")


def cp1252_garbled(line: str) -> str:
    """`line` read as cp1252 and saved again (å…³äºŽ for 关于); its five holes lost as U+FFFD."""
    return line.encode("utf-8").decode("cp1252", errors="replace")


def signed(organ: str, date: str, iso: str) -> tuple[list[str], str, str]:
    """A one-organ signature as `view` compares it."""
    return ([organ], iso, date)


# --- Batch 1: double-decoded text in part of a page (written before any run) ---------------------


def test_a_paragraph_read_as_gbk_and_saved_stays_as_written_and_is_warned() -> None:
    """A reply whose one paragraph went through an editor that read UTF-8 as GBK (an include of
    another encoding): the paragraph stays as it stands (no repair, the lost bytes make it a guess)
    and `mojibake-suspected` says why; the rest reads as usual."""
    bad = gbk_garbled("今年全市已完成老旧小区加装电梯四百二十台，惠及居民一万余户。")
    source = "\n".join(
        [
            "关于市政协十四届二次会议第0215号提案的答复",
            "罗某委员：",
            "您提出的关于加快老旧小区加装电梯的提案收悉，现答复如下：",
            "一、工作进展",
            bad,
            "二、下一步打算",
            "下一步，我局将简化加装电梯审批流程。",
            "特此答复。",
            "某市住房和城乡建设局",
            "2024年6月12日",
        ]
    )
    probe(
        source,
        [],
        {
            "title": "关于市政协十四届二次会议第0215号提案的答复",
            "recipients": ["罗某委员"],
            "ref": "0215",
            "preamble": ["您提出的关于加快老旧小区加装电梯的提案收悉，现答复如下："],
            "sections": [
                (1, "一、", 1, "工作进展", [bad]),
                (1, "二、", 2, "下一步打算", ["下一步，我局将简化加装电梯审批流程。"]),
            ],
            "closing": "特此答复。",
            "signature": signed("某市住房和城乡建设局", "2024年6月12日", "2024-06-12"),
            "warnings": ["mojibake-suspected"],
        },
    )


def test_kun_jin_kao_runs_where_a_figure_was_lost_are_warned_as_mojibake() -> None:
    """`锟斤拷` is what two U+FFFD (a figure an earlier tool could not read) become when the UTF-8 is
    read as GBK and saved: the line stays as written and is warned as mojibake; a bare U+FFFD pair
    in another line is kept as written. The 文号 has full-width digits."""
    lost = "目前全区共有普惠性托育机构锟斤拷锟斤拷家，托位一千二百个。"
    replaced = "下一步，我委将新增普惠托位\ufffd\ufffd个。"
    source = "\n".join(
        [
            "某区卫生健康委员会",
            "某区卫健复〔２０２４〕８号",
            "关于区政协十五届三次会议第0063号提案的答复",
            "严某委员：",
            "您提出的关于发展普惠托育服务的提案收悉，现答复如下：",
            lost,
            replaced,
            "感谢您对卫生健康工作的关心和支持。",
            "某区卫生健康委员会",
            "2024年5月28日",
        ]
    )
    probe(
        source,
        [],
        {
            "issuer": "某区卫生健康委员会",
            "number": ("某区卫健复〔２０２４〕８号", 2024, 8),
            "title": "关于区政协十五届三次会议第0063号提案的答复",
            "recipients": ["严某委员"],
            "ref": "0063",
            "preamble": ["您提出的关于发展普惠托育服务的提案收悉，现答复如下：", lost, replaced],
            "sections": [],
            "closing": "感谢您对卫生健康工作的关心和支持。",
            "signature": signed("某区卫生健康委员会", "2024年5月28日", "2024-05-28"),
            "warnings": ["mojibake-suspected"],
        },
    )


def test_a_site_footer_double_decoded_under_the_signature_is_warned_and_unplaced() -> None:
    """The page's footer came from a template in another encoding: under the 落款 two lines of
    double-decoded 主办/版权 text. Nobody can read them as chrome; they stay, warned as mojibake (my
    reading at first also wanted `content-unplaced`: the README's rule counts a line a warning
    already names as placed); the reply above reads as usual."""
    footer = [gbk_garbled("主办单位：某县人民政府办公室"), gbk_garbled("版权所有：某县人民政府")]
    source = "\n".join(
        [
            "关于县人大十七届三次会议第112号建议的答复",
            "丁某代表：",
            "您提出的关于加强农村饮用水安全保障的建议收悉，现答复如下：",
            "今年我县完成农村供水工程改造二十三处，受益人口四万余人。",
            "特此答复。",
            "某县水利局",
            "2024年7月15日",
            *footer,
        ]
    )
    probe(
        source,
        [],
        {
            "title": "关于县人大十七届三次会议第112号建议的答复",
            "recipients": ["丁某代表"],
            "ref": "112",
            "preamble": [
                "您提出的关于加强农村饮用水安全保障的建议收悉，现答复如下：",
                "今年我县完成农村供水工程改造二十三处，受益人口四万余人。",
            ],
            "closing": "特此答复。",
            "signature": signed("某县水利局", "2024年7月15日", "2024-07-15"),
            "warnings": ["mojibake-suspected"],
        },
    )


def test_a_paragraph_read_as_cp1252_among_nbsp_indents_is_warned() -> None:
    """A paragraph that went through a Western-European editor (å…³ for 关), the other paragraphs
    indented with no-break spaces: the indents leave, the garbled paragraph stays and is warned.
    (My reading at first kept the soft hyphen the byte AD becomes in cp1252; it is invisible and
    leaves, as in any line.)"""
    bad = cp1252_garbled("我局将继续推进社区嵌入式服务设施建设。")
    assert "\u00a0" not in bad
    bad = bad.replace("\u00ad", "")  # the byte AD read as cp1252 is a soft hyphen: invisible, it leaves
    source = "\n".join(
        [
            "关于市人大十六届二次会议第0318号建议的答复",
            "贺某代表：",
            "\u00a0\u00a0您提出的关于完善社区养老服务的建议收悉，现答复如下：",
            "\u00a0\u00a0今年全市新建社区嵌入式服务设施六十个。",
            bad,
            "\u00a0\u00a0特此答复。",
            "某市民政局",
            "2024年6月3日",
        ]
    )
    probe(
        source,
        [],
        {
            "title": "关于市人大十六届二次会议第0318号建议的答复",
            "recipients": ["贺某代表"],
            "ref": "0318",
            "preamble": [
                "您提出的关于完善社区养老服务的建议收悉，现答复如下：",
                "今年全市新建社区嵌入式服务设施六十个。",
                bad,
            ],
            "closing": "特此答复。",
            "signature": signed("某市民政局", "2024年6月3日", "2024-06-03"),
            "warnings": ["mojibake-suspected"],
        },
    )


def test_a_person_named_kun_and_rare_characters_are_no_mojibake() -> None:
    """Guard: 锟 is a character of names (李锟) and 鍏 one of place names; a reply whose contact is 李锟
    and whose body names 鍏家村 holds no mojibake and is not warned."""
    source = "\n".join(
        [
            "关于县政协十一届三次会议第29号提案的答复",
            "郑某委员：",
            "您提出的关于修缮鍏家村古民居的提案收悉，现答复如下：",
            "今年我局已对鍏家村三处古民居开展抢救性修缮。",
            "特此答复。",
            "某县文化和旅游局",
            "2024年6月20日",
            "联系人：李锟，联系电话：0736-7221234",
        ]
    )
    probe(
        source,
        [],
        {
            "title": "关于县政协十一届三次会议第29号提案的答复",
            "recipients": ["郑某委员"],
            "ref": "29",
            "preamble": [
                "您提出的关于修缮鍏家村古民居的提案收悉，现答复如下：",
                "今年我局已对鍏家村三处古民居开展抢救性修缮。",
            ],
            "closing": "特此答复。",
            "signature": signed("某县文化和旅游局", "2024年6月20日", "2024-06-20"),
            "contact": ("李锟", ["0736-7221234"]),
            "warnings": [],
        },
    )


def test_a_notice_whose_first_section_paragraph_was_double_decoded() -> None:
    """A notice of a 县政府办公室 with one section's paragraph double-decoded: the notice's header,
    addressees and sections read; the paragraph stays as it stands, warned."""
    bad = gbk_garbled("各乡镇要落实防汛行政首长负责制，明确每座水库山塘的巡查人员。")
    source = "\n".join(
        [
            "某县人民政府办公室关于做好2024年防汛工作的通知",
            "各乡镇人民政府，县政府各部门：",
            "为切实做好今年防汛工作，现将有关事项通知如下：",
            "一、压实防汛责任",
            bad,
            "二、加强隐患排查",
            "各部门要对水库、山塘开展全面排查。",
            "特此通知。",
            "某县人民政府办公室",
            "2024年5月6日",
        ]
    )
    probe(
        source,
        [],
        {
            "kind": "notice",
            "title": "某县人民政府办公室关于做好2024年防汛工作的通知",
            "issuer": "某县人民政府办公室",
            "recipients": ["各乡镇人民政府", "县政府各部门"],
            "preamble": ["为切实做好今年防汛工作，现将有关事项通知如下："],
            "sections": [
                (1, "一、", 1, "压实防汛责任", [bad]),
                (1, "二、", 2, "加强隐患排查", ["各部门要对水库、山塘开展全面排查。"]),
            ],
            "closing": "特此通知。",
            "signature": signed("某县人民政府办公室", "2024年5月6日", "2024-05-06"),
            "warnings": ["mojibake-suspected"],
        },
    )


# --- Batch 2: HTML entities other than spaces, comment residue, invisible characters ------------


def test_quote_and_stop_entities_stay_as_written_while_nbsp_indents_leave() -> None:
    """A page's source pasted as text: `&ldquo;…&rdquo;` around the proposal's title, `&#12290;`
    for a stop inside a paragraph, `&amp;mdash;&amp;mdash;` escaped twice, `&nbsp;` indents. The
    non-space entities stand for characters the copy does not hold: kept as written (round 17's
    rule for `&quot;`); the space entities leave.

    Schema 1.10 (contract19, decided while this round was written blind) reads them: several references
    show the copy escaped, so each is its character (`&amp;mdash;`, escaped twice, the dash) and each
    line so read is warned `text-repaired` (`html-entity`). The expectation follows the decision; the
    source is as the round wrote it."""
    written_pre = "您提出的&ldquo;关于加强校园周边交通安全的提案&rdquo;收悉，现答复如下："
    written_body = (
        "今年我局在全市中小学校门口设置护学岗一百二十个&#12290;交警&amp;mdash;&amp;mdash;学校联动机制已全面建立。"
    )
    pre = "您提出的“关于加强校园周边交通安全的提案”收悉，现答复如下："
    body = "今年我局在全市中小学校门口设置护学岗一百二十个。交警——学校联动机制已全面建立。"
    source = "\n".join(
        [
            "关于市政协十三届四次会议第0142号提案的答复",
            "童某委员：",
            f"&nbsp;&nbsp;&nbsp;&nbsp;{written_pre}",
            "一、工作开展情况",
            f"&nbsp;&nbsp;&nbsp;&nbsp;{written_body}",
            "二、下一步工作",
            "&nbsp;&nbsp;&nbsp;&nbsp;下一步，我局将推广“一校一策”交通组织方案。",
            "特此答复。",
            "某市公安局交通警察支队",
            "2024年6月17日",
        ]
    )
    probe(
        source,
        ["&nbsp;"],
        {
            "title": "关于市政协十三届四次会议第0142号提案的答复",
            "recipients": ["童某委员"],
            "ref": "0142",
            "preamble": [pre],
            "sections": [
                (1, "一、", 1, "工作开展情况", [body]),
                (1, "二、", 2, "下一步工作", ["下一步，我局将推广“一校一策”交通组织方案。"]),
            ],
            "closing": "特此答复。",
            "signature": signed("某市公安局交通警察支队", "2024年6月17日", "2024-06-17"),
            "warnings": ["text-repaired"],
        },
    )


def test_zero_width_characters_inside_the_doc_number_title_marker_and_date_leave() -> None:
    """U+200B inside the 文号 and the title, U+FEFF inside the 落款 date, U+200C between a marker's
    numeral and its 、: all invisible, all leave; every field reads as if they were not there."""
    source = "\n".join(
        [
            "某区教育局",
            "某教复〔2024〕\u200b12号",
            "关于区政协\u200b十五届三次会议第0087号提案的答复",
            "方某委员：",
            "您提出的关于推进课后服务提质的提案收悉，现答复如下：",
            "一\u200c、课后服务开展情况",
            "全区中小学课后服务覆盖率达到百分之百。",
            "二\u200c、下一步打算",
            "我局将引进更多优质社会资源参与课后服务。",
            "特此答复。",
            "某区教育局",
            "2024年\ufeff6月3日",
        ]
    )
    probe(
        source,
        ["\u200b", "\u200c", "\ufeff"],
        {
            "issuer": "某区教育局",
            "number": ("某教复〔2024〕12号", 2024, 12),
            "title": "关于区政协十五届三次会议第0087号提案的答复",
            "recipients": ["方某委员"],
            "ref": "0087",
            "sections": [
                (1, "一、", 1, "课后服务开展情况", ["全区中小学课后服务覆盖率达到百分之百。"]),
                (1, "二、", 2, "下一步打算", ["我局将引进更多优质社会资源参与课后服务。"]),
            ],
            "closing": "特此答复。",
            "signature": signed("某区教育局", "2024年6月3日", "2024-06-03"),
            "warnings": [],
        },
    )


def test_soft_hyphens_and_ideographic_space_runs_between_organ_and_date() -> None:
    """Soft hyphens inside words of the closing and a paragraph, the 落款's organ and date on one
    line parted by a run of U+3000, the contact's label parted from its value by U+3000: the soft
    hyphens leave, the organ and the date are the signature, the contact reads."""
    source = "\n".join(
        [
            "关于县人大十八届二次会议第58号建议的答复",
            "钟某代表：",
            "您提出的关于改善农村公路养护的建议收悉，现答复如下：",
            "今年我局完成农村公路养\u00ad护工程一百二十公里。",
            "特此答\u00ad复。",
            "某县交通运输局\u3000\u3000\u3000\u3000\u30002024年8月2日",
            "联系人：\u3000\u3000廖某\u3000\u3000联系电话：0797-8312345",
        ]
    )
    probe(
        source,
        ["\u00ad"],
        {
            "title": "关于县人大十八届二次会议第58号建议的答复",
            "recipients": ["钟某代表"],
            "ref": "58",
            "preamble": [
                "您提出的关于改善农村公路养护的建议收悉，现答复如下：",
                "今年我局完成农村公路养护工程一百二十公里。",
            ],
            "closing": "特此答复。",
            "signature": signed("某县交通运输局", "2024年8月2日", "2024-08-02"),
            "contact": ("廖某", ["0797-8312345"]),
            "warnings": [],
        },
    )


def test_no_break_spaces_after_markers_and_inside_the_addressee() -> None:
    """No-break spaces after each marker (`一、\\xa0工作进展`, `（一）\\xa0…`) and between the parts of
    the 主送 name: layout, not text; markers and titles as if single-spaced."""
    source = "\n".join(
        [
            "关于市政协十四届三次会议第0271号提案的答复",
            "石\u00a0某\u00a0委员：",
            "您提出的关于加强城市内涝治理的提案收悉，现答复如下：",
            "一、\u00a0工作进展",
            "（一）\u00a0完善排水设施。新建改造雨水管网八十公里。",
            "（二）\u00a0加强应急处置。组建抢险队伍十二支。",
            "二、\u00a0下一步工作",
            "我局将推进海绵城市建设。",
            "感谢您对城市建设工作的关心。",
            "某市水务局",
            "2024年7月1日",
        ]
    )
    probe(
        source,
        [],
        {
            "title": "关于市政协十四届三次会议第0271号提案的答复",
            "recipients": ["石某委员"],
            "ref": "0271",
            "sections": [
                (1, "一、", 1, "工作进展", []),
                (2, "（一）", 1, "完善排水设施", ["新建改造雨水管网八十公里。"]),
                (2, "（二）", 2, "加强应急处置", ["组建抢险队伍十二支。"]),
                (1, "二、", 2, "下一步工作", ["我局将推进海绵城市建设。"]),
            ],
            "closing": "感谢您对城市建设工作的关心。",
            "signature": signed("某市水务局", "2024年7月1日", "2024-07-01"),
            "warnings": [],
        },
    )


def test_html_comment_residue_lines_are_markup_not_text() -> None:
    """A Word paste through a CMS left `<!--StartFragment-->`, `<!--正文开始-->` and `<!--EndFragment-->`
    on lines of their own around the reply: HTML comments are markup, never text."""
    marks = ["<!--正文开始-->", "<!--StartFragment-->", "<!--EndFragment-->", "<!--正文结束-->"]
    source = "\n".join(
        [
            marks[0],
            marks[1],
            "关于区人大十七届四次会议第2024077号建议的答复",
            "姚某代表：",
            "您提出的关于增设社区充电设施的建议收悉，现答复如下：",
            "今年全区新增电动自行车充电端口六千个。",
            "特此答复。",
            "某区发展和改革委员会",
            "2024年6月26日",
            marks[2],
            marks[3],
        ]
    )
    probe(
        source,
        [*marks, "<!--", "-->"],
        {
            "title": "关于区人大十七届四次会议第2024077号建议的答复",
            "recipients": ["姚某代表"],
            "ref": "2024077",
            "preamble": [
                "您提出的关于增设社区充电设施的建议收悉，现答复如下：",
                "今年全区新增电动自行车充电端口六千个。",
            ],
            "closing": "特此答复。",
            "signature": signed("某区发展和改革委员会", "2024年6月26日", "2024-06-26"),
            "warnings": [],
        },
    )


def test_an_ampersand_in_ordinary_words_is_no_entity() -> None:
    """Guard: `R&D`, `AT&T`-like names and `&` between figures are the reply's words: kept, no
    warning, nothing dropped."""
    body = "我市研发（R&D）经费投入强度达到3.2%，P&G等外资企业研发中心落户十二家。"
    source = "\n".join(
        [
            "关于市政协十四届二次会议第0095号提案的答复",
            "邵某委员：",
            "您提出的关于提升企业创新能力的提案收悉，现答复如下：",
            body,
            "特此答复。",
            "某市科学技术局",
            "2024年5月30日",
        ]
    )
    probe(
        source,
        [],
        {
            "title": "关于市政协十四届二次会议第0095号提案的答复",
            "ref": "0095",
            "preamble": ["您提出的关于提升企业创新能力的提案收悉，现答复如下：", body],
            "closing": "特此答复。",
            "signature": signed("某市科学技术局", "2024年5月30日", "2024-05-30"),
            "warnings": [],
        },
    )


# --- Batch 3: full-width digits and the 文号's brackets lost or replaced ------------------------


def _reply(head: list[str], organ: str, date: str, ref: str = "第0418号", body: str = "") -> str:
    """A short reply of `organ` under `head` (issuer and 文号 lines), its 落款 dated `date`."""
    return "\n".join(
        [
            *head,
            f"关于市政协十四届三次会议{ref}提案的答复",
            "骆某委员：",
            "您提出的关于推进城市更新的提案收悉，现答复如下：",
            body or "今年我市启动城市更新项目二十六个。",
            "特此答复。",
            organ,
            date,
        ]
    )


def test_full_width_digits_in_the_doc_number_and_the_signature_date() -> None:
    """`某发改复〔２０２４〕１５号` and `２０２４年５月６日`: full-width digits are digits; the values keep
    them as written, the year, serial and ISO date are read."""
    source = _reply(
        ["某市发展和改革委员会", "某发改复〔２０２４〕１５号"], "某市发展和改革委员会", "２０２４年５月６日"
    )
    probe(
        source,
        [],
        {
            "issuer": "某市发展和改革委员会",
            "number": ("某发改复〔２０２４〕１５号", 2024, 15),
            "title": "关于市政协十四届三次会议第0418号提案的答复",
            "ref": "0418",
            "signature": signed("某市发展和改革委员会", "２０２４年５月６日", "2024-05-06"),
            "warnings": [],
        },
    )


def test_square_brackets_for_the_year_of_a_doc_number() -> None:
    """`某财函[2024]7号`: the contract accepts variant brackets and records them as written."""
    source = _reply(["某市财政局", "某财函[2024]7号"], "某市财政局", "2024年5月9日")
    probe(
        source,
        [],
        {
            "issuer": "某市财政局",
            "number": ("某财函[2024]7号", 2024, 7),
            "title": "关于市政协十四届三次会议第0418号提案的答复",
            "signature": signed("某市财政局", "2024年5月9日", "2024-05-09"),
            "warnings": [],
        },
    )


def test_half_width_parentheses_and_full_width_digits_together() -> None:
    """`某水复(２０２４)２１号`: half-width parentheses around a full-width year."""
    source = _reply(["某市水利局", "某水复(２０２４)２１号"], "某市水利局", "2024年6月11日")
    probe(
        source,
        [],
        {
            "issuer": "某市水利局",
            "number": ("某水复(２０２４)２１号", 2024, 21),
            "signature": signed("某市水利局", "2024年6月11日", "2024-06-11"),
            "warnings": [],
        },
    )


def test_lenticular_brackets_and_a_full_width_date_in_the_body() -> None:
    """`某农复【2024】33号` with `２０２４年１１月２０日` as the 落款 and a full-width date in a sentence
    (kept as written in the paragraph)."""
    body = "我局已于２０２４年９月印发高标准农田建设实施方案。"
    source = _reply(["某市农业农村局", "某农复【2024】33号"], "某市农业农村局", "２０２４年１１月２０日", body=body)
    probe(
        source,
        [],
        {
            "issuer": "某市农业农村局",
            "number": ("某农复【2024】33号", 2024, 33),
            "preamble": ["您提出的关于推进城市更新的提案收悉，现答复如下：", body],
            "signature": signed("某市农业农村局", "２０２４年１１月２０日", "2024-11-20"),
            "warnings": [],
        },
    )


def test_small_form_tortoise_shell_brackets() -> None:
    """`某商复﹝2024﹞5号` (U+FE5D, U+FE5E, the small forms some input methods give): variant brackets."""
    source = _reply(["某市商务局", "某商复﹝2024﹞5号"], "某市商务局", "2024年4月26日")
    probe(
        source,
        [],
        {
            "issuer": "某市商务局",
            "number": ("某商复﹝2024﹞5号", 2024, 5),
            "signature": signed("某市商务局", "2024年4月26日", "2024-04-26"),
            "warnings": [],
        },
    )


def test_mismatched_brackets_in_a_doc_number_and_a_notice_with_full_width_digits() -> None:
    """A notice of a 区政府办公室 numbered `某政办发[2024)9号` (a bracket changed on one side): still a
    year and a serial, recorded as written; the 落款 date in full-width digits."""
    source = "\n".join(
        [
            "某区人民政府办公室",
            "某政办发[2024)9号",
            "某区人民政府办公室关于开展2024年安全生产月活动的通知",
            "各街道办事处，区政府各部门：",
            "为强化安全发展理念，决定在全区开展安全生产月活动。现将有关事项通知如下：",
            "一、活动时间",
            "2024年6月1日至30日。",
            "二、活动内容",
            "开展隐患排查、应急演练和宣传咨询日活动。",
            "某区人民政府办公室",
            "２０２４年５月２０日",
        ]
    )
    probe(
        source,
        [],
        {
            "kind": "notice",
            "issuer": "某区人民政府办公室",
            "number": ("某政办发[2024)9号", 2024, 9),
            "title": "某区人民政府办公室关于开展2024年安全生产月活动的通知",
            "recipients": ["各街道办事处", "区政府各部门"],
            "sections": [
                (1, "一、", 1, "活动时间", ["2024年6月1日至30日。"]),
                (1, "二、", 2, "活动内容", ["开展隐患排查、应急演练和宣传咨询日活动。"]),
            ],
            "signature": signed("某区人民政府办公室", "２０２４年５月２０日", "2024-05-20"),
            "warnings": [],
        },
    )


# --- Batch 4: a page fetched twice, the middle cut ---------------------------------------------

_B4_BODY = [
    "关于区政协十五届二次会议第0176号提案的答复",
    "葛某委员：",
    "您提出的关于加强社区心理健康服务的提案收悉，现答复如下：",
    "一、工作现状",
    "全区已建成社区心理服务站二十个。",
    "二、下一步打算",
    "下一步，我局将实现社区心理服务站全覆盖。",
    "特此答复。",
    "某区卫生健康委员会",
    "2024年6月14日",
]
_B4_WANT: dict[str, Any] = {
    "title": _B4_BODY[0],
    "recipients": ["葛某委员"],
    "ref": "0176",
    "preamble": [_B4_BODY[2]],
    "sections": [
        (1, "一、", 1, "工作现状", [_B4_BODY[4]]),
        (1, "二、", 2, "下一步打算", [_B4_BODY[6]]),
    ],
    "closing": "特此答复。",
    "signature": signed("某区卫生健康委员会", "2024年6月14日", "2024-06-14"),
}


def test_a_scraper_that_fetched_the_page_twice_and_saved_both_bodies() -> None:
    """The whole reply, title to 落款, twice in a row (a scraper's retry appended) with no chrome
    left to show it came from a page: the reply reads from the first copy; the second stays in the
    text, warned `content-unplaced`. (My reading at first wanted it dropped as `repeat-dropped`; the
    README's rule drops a repost only in text that shows a site, and a text with nothing else to
    show it keeps what it holds and says so.)"""
    source = "\n".join([*_B4_BODY, *_B4_BODY])
    doc = probe(source, [], _B4_WANT | {"warnings": ["content-unplaced"]})
    assert doc.text.count("全区已建成社区心理服务站二十个。") == 2


def test_a_scraper_that_doubled_every_paragraph() -> None:
    """Every line written twice in a row (a scraper reading each `<p>` from two nested elements):
    each second copy is the page's repeat; the reply reads once, the drop warned."""
    source = "\n".join(line for line in _B4_BODY for _ in (0, 1))
    doc = probe(source, [], _B4_WANT | {"warnings": ["repeat-dropped"]})
    assert doc.text.count("全区已建成社区心理服务站二十个。") == 1


def test_a_middle_cut_with_an_ellipsis_and_lue_leaves_a_numbering_gap() -> None:
    """A repost that cut the middle: `……（略）` stands where 二、 and its text were. The line is the copy's
    own words (kept as a paragraph of 一、); 三、 after 一、 is a numbering gap, warned."""
    source = "\n".join(
        [
            "关于市人大十六届三次会议第0523号建议的答复",
            "孔某代表：",
            "您提出的关于加强燃气安全管理的建议收悉，现答复如下：",
            "一、开展专项整治",
            "今年全市排查燃气用户八十万户。",
            "……（略）",
            "三、下一步工作",
            "我局将推动老旧燃气管网更新改造。",
            "特此答复。",
            "某市城市管理局",
            "2024年7月4日",
        ]
    )
    probe(
        source,
        [],
        {
            "title": "关于市人大十六届三次会议第0523号建议的答复",
            "ref": "0523",
            "sections": [
                (1, "一、", 1, "开展专项整治", ["今年全市排查燃气用户八十万户。", "……（略）"]),
                (1, "三、", 3, "下一步工作", ["我局将推动老旧燃气管网更新改造。"]),
            ],
            "closing": "特此答复。",
            "signature": signed("某市城市管理局", "2024年7月4日", "2024-07-04"),
            "warnings": ["numbering-gap"],
        },
    )


def test_a_cut_marked_by_a_bracketed_note_inside_the_preamble() -> None:
    """`（此处省略部分内容）` on its own line inside the preamble: the copy's own note, kept as written,
    not chrome."""
    source = "\n".join(
        [
            "关于县政协十二届二次会议第46号提案的答复",
            "余某委员：",
            "您提出的关于发展林下经济的提案收悉，现答复如下：",
            "近年来，我县大力发展林下种植和林下养殖。",
            "（此处省略部分内容）",
            "下一步，我局将培育林下经济示范基地五个。",
            "感谢您对林业工作的关心和支持。",
            "某县林业局",
            "2024年8月12日",
        ]
    )
    probe(
        source,
        [],
        {
            "title": "关于县政协十二届二次会议第46号提案的答复",
            "ref": "46",
            "preamble": [
                "您提出的关于发展林下经济的提案收悉，现答复如下：",
                "近年来，我县大力发展林下种植和林下养殖。",
                "（此处省略部分内容）",
                "下一步，我局将培育林下经济示范基地五个。",
            ],
            "closing": "感谢您对林业工作的关心和支持。",
            "signature": signed("某县林业局", "2024年8月12日", "2024-08-12"),
            "warnings": [],
        },
    )


def test_a_body_fetched_twice_with_the_page_byline_between_the_copies() -> None:
    """The second fetch begins at the byline (发布时间/来源) and repeats the reply without its title:
    the byline is chrome, the second copy the page's repeat (warned); the reply reads once."""
    byline = "发布时间：2024-06-20 09:12  来源：某区卫生健康委员会"
    source = "\n".join([byline, *_B4_BODY, byline, *_B4_BODY[1:]])
    doc = probe(source, [byline, "发布时间"], _B4_WANT | {"warnings": ["repeat-dropped"]})
    assert doc.text.count("下一步，我局将实现社区心理服务站全覆盖。") == 1


def test_two_equal_rows_in_a_tab_table_are_the_tables_and_stay() -> None:
    """Guard: a schedule in TAB-separated rows whose two weeks hold the same row: table rows are
    the document's own, never a repeat; both stay, nothing warned."""
    rows = ["时间\t内容\t频次", "第一周\t河道巡查\t每日一次", "第二周\t河道巡查\t每日一次"]
    source = "\n".join(
        [
            "关于镇人大十九届四次会议第8号建议的答复",
            "许某代表：",
            "您提出的关于加强河道管护的建议收悉，现答复如下：",
            "我镇已制定河道巡查计划，安排如下：",
            *rows,
            "特此答复。",
            "某镇人民政府",
            "2024年5月15日",
        ]
    )
    probe(
        source,
        [],
        {
            "title": "关于镇人大十九届四次会议第8号建议的答复",
            "ref": "8",
            "preamble": [
                "您提出的关于加强河道管护的建议收悉，现答复如下：",
                "我镇已制定河道巡查计划，安排如下：",
                *rows,
            ],
            "closing": "特此答复。",
            "signature": signed("某镇人民政府", "2024年5月15日", "2024-05-15"),
            "warnings": [],
        },
    )


# --- Batch 5: lists after the body (comments, neighbours, related articles) -------------------

_B5_LINES = [
    "关于县人大十八届三次会议第91号建议的答复",
    "韦某代表：",
    "您提出的关于加快农村寄递物流体系建设的建议收悉，现答复如下：",
    "今年我县建成村级寄递物流综合服务站一百六十个。",
    "下一步，我局将推动快递进村全覆盖。",
    "特此答复。",
    "某县商务局",
    "2024年6月25日",
]
_B5_WANT: dict[str, Any] = {
    "title": _B5_LINES[0],
    "recipients": ["韦某代表"],
    "ref": "91",
    "preamble": _B5_LINES[2:5],
    "closing": "特此答复。",
    "signature": signed("某县商务局", "2024年6月25日", "2024-06-25"),
}


def test_a_related_articles_list_with_dates_after_the_reply() -> None:
    """`相关文章` and four neighbour titles with their dates under the 落款: the page's list, chrome."""
    chrome = [
        "相关文章",
        "关于县人大十八届三次会议第90号建议的答复 2024-06-25",
        "关于县政协十二届三次会议第33号提案的答复 2024-06-21",
        "某县商务局2024年上半年工作总结 2024-07-02",
        "关于开展2024年消费季活动的通知 2024-04-11",
    ]
    probe("\n".join([*_B5_LINES, *chrome]), chrome, _B5_WANT | {"warnings": []})


def test_recommended_reading_and_you_may_like_boxes() -> None:
    """`推荐阅读` and `猜你喜欢` boxes with titles, and `分享到：` with icon names, after the reply."""
    chrome = [
        "分享到：微信 微博 QQ空间",
        "推荐阅读",
        "我县召开农村物流体系建设推进会",
        "县商务局开展电商进农村培训",
        "猜你喜欢",
        "县人大常委会视察农村寄递物流工作",
    ]
    probe("\n".join([*_B5_LINES, *chrome]), chrome, _B5_WANT | {"warnings": []})


def test_readers_comments_with_an_error_report_link_and_neighbours() -> None:
    """`我要纠错`, `上一篇：…` / `下一篇：…` with titles, and a `网友评论` section with two readers' lines:
    the neighbours and link are chrome; the comment section is dropped and warned."""
    chrome = [
        "【我要纠错】",
        "上一篇：关于县人大十八届三次会议第90号建议的答复",
        "下一篇：关于县人大十八届三次会议第92号建议的答复",
    ]
    comments = ["网友评论", "村民甲：快递终于能到村里了，点赞！", "路人乙：希望早日覆盖我们村。"]
    probe(
        "\n".join([*_B5_LINES, *chrome, *comments]),
        [*chrome, *comments[1:]],
        _B5_WANT | {"warnings": ["comments-dropped"]},
    )


def test_hot_articles_and_a_latest_updates_list_with_bullets() -> None:
    """`热门文章` and `最新更新` boxes whose titles carry `·` bullets: chrome."""
    chrome = [
        "热门文章",
        "· 某县2024年政府工作报告",
        "· 某县人民政府关于公布权责清单的通知",
        "最新更新",
        "· 关于县人大十八届三次会议第93号建议的答复",
    ]
    probe("\n".join([*_B5_LINES, *chrome]), chrome, _B5_WANT | {"warnings": []})


def test_a_print_close_row_and_a_related_links_box_after_a_contact() -> None:
    """The contact under the 落款, then `【打印本页】 【关闭窗口】` and a `相关链接：` box with two
    portals: the contact reads, the rest is chrome."""
    chrome = ["【打印本页】 【关闭窗口】", "相关链接：", "某省商务厅", "某市商务局"]
    lines = [*_B5_LINES, "联系人：伍某  联系电话：0771-6123456", *chrome]
    probe(
        "\n".join(lines),
        chrome,
        _B5_WANT | {"contact": ("伍某", ["0771-6123456"]), "warnings": []},
    )


def test_a_reply_whose_own_sentences_name_comments_errors_and_related_articles() -> None:
    """Guard: the reply's own sentences name 网友评论, 我要纠错 and 相关文章 (a reply about a portal):
    every one stays in the body; nothing dropped, nothing warned."""
    body = [
        "我局已在门户网站开设“我要纠错”栏目，今年收到网友评论三百余条，均已按时回复。",
        "相关文章已按栏目分类归档，便于群众查阅。",
    ]
    source = "\n".join(
        [
            "关于县政协十二届三次会议第17号提案的答复",
            "欧阳某委员：",
            "您提出的关于提升政府网站服务水平的提案收悉，现答复如下：",
            *body,
            "特此答复。",
            "某县人民政府办公室",
            "2024年6月28日",
        ]
    )
    probe(
        source,
        [],
        {
            "title": "关于县政协十二届三次会议第17号提案的答复",
            "ref": "17",
            "preamble": ["您提出的关于提升政府网站服务水平的提案收悉，现答复如下：", *body],
            "closing": "特此答复。",
            "signature": signed("某县人民政府办公室", "2024年6月28日", "2024-06-28"),
            "warnings": [],
        },
    )


# --- Batch 6: TAB tables, a line-number gutter, tab indents -------------------------------------

_B6_LINES = [
    "关于区政协十五届三次会议第0204号提案的答复",
    "黎某委员：",
    "您提出的关于加强既有建筑节能改造的提案收悉，现答复如下：",
    "一、改造进展",
    "今年全区完成公共建筑节能改造四十二万平方米。",
    "二、下一步打算",
    "下一步，我局将出台既有建筑节能改造补贴办法。",
    "特此答复。",
    "某区住房和建设局",
    "2024年7月9日",
]
_B6_WANT: dict[str, Any] = {
    "title": _B6_LINES[0],
    "recipients": ["黎某委员"],
    "ref": "0204",
    "preamble": [_B6_LINES[2]],
    "sections": [
        (1, "一、", 1, "改造进展", [_B6_LINES[4]]),
        (1, "二、", 2, "下一步打算", [_B6_LINES[6]]),
    ],
    "closing": "特此答复。",
    "signature": signed("某区住房和建设局", "2024年7月9日", "2024-07-09"),
}


def test_a_code_viewers_line_number_gutter_before_every_line() -> None:
    """The reply copied out of a code viewer (a Git host's file view): `1 `, `2 `, … before every
    line. The gutter is the viewer's, not the document's: the text reads without it."""
    source = "\n".join(f"{n} {line}" for n, line in enumerate(_B6_LINES, 1))
    probe(source, [], _B6_WANT | {"warnings": []})


def test_a_cat_n_gutter_right_aligned_with_a_tab() -> None:
    """`cat -n` output: each line number right-aligned in six columns and a TAB before the line."""
    source = "\n".join(f"{n:>6}\t{line}" for n, line in enumerate(_B6_LINES, 1))
    probe(source, [], _B6_WANT | {"warnings": []})


def test_every_line_indented_by_one_or_two_tabs() -> None:
    """An export that indented every line by a TAB, the paragraphs by two: the indents are layout."""
    source = "\n".join(("\t\t" if line.startswith(("您", "今年", "下一步")) else "\t") + line for line in _B6_LINES)
    probe(source, [], _B6_WANT | {"warnings": []})


def test_a_table_of_figures_as_tab_separated_rows_inside_a_section() -> None:
    """A table of the reply turned into TAB-separated rows under 一、: each row one paragraph of the
    section, as written; the section goes on to 二、. (Schema 1.11, contract20 1: rows of three cells or
    more with figures are the section's table, the same rows as written: updated to the decision.)"""
    rows = ["类别\t面积（万平方米）\t完成率", "公共建筑\t42\t105%", "居住建筑\t18\t90%"]
    lines = [*_B6_LINES[:5], *rows, *_B6_LINES[5:]]
    want = _B6_WANT | {
        "sections": [
            (1, "一、", 1, "改造进展", [_B6_LINES[4]]),
            (1, "二、", 2, "下一步打算", [_B6_LINES[6]]),
        ],
        "warnings": [],
    }
    doc = probe("\n".join(lines), [], want)
    assert [t.rows for t in doc.sections[0].tables] == [tuple(tuple(r.split("\t")) for r in rows)]


def test_a_tab_indented_copy_with_a_gutter_and_a_tab_table() -> None:
    """Several at once: a `cat -n` gutter, a TAB indent under it, a TAB table in 一、."""
    rows = ["街道\t完成项目", "甲街道\t6", "乙街道\t4"]
    lines = [*_B6_LINES[:5], *rows, *_B6_LINES[5:]]
    source = "\n".join(f"{n:>6}\t\t{line}" for n, line in enumerate(lines, 1))
    want = _B6_WANT | {
        "sections": [
            (1, "一、", 1, "改造进展", [_B6_LINES[4], *rows]),
            (1, "二、", 2, "下一步打算", [_B6_LINES[6]]),
        ],
        "warnings": [],
    }
    probe(source, [], want)


def test_a_numbered_log_quoted_in_a_reply_keeps_its_numbers() -> None:
    """Guard: a reply that quotes a numbered inspection log (`1<TAB>5月6日<TAB>…` for three rows): the rows'
    numbers are the log's own (only three lines, not every line of the text); they stay. (Schema 1.11,
    contract20 1: the log's rows are a table, its numbers in their cells: updated to the decision.)"""
    log = [
        "1\t5月6日\t巡查东湖路段\t发现占道经营2处",
        "2\t5月7日\t巡查西湖路段\t未发现问题",
        "3\t5月8日\t巡查南湖路段\t发现乱堆放1处",
    ]
    source = "\n".join(
        [
            "关于区人大十七届三次会议第2024102号建议的答复",
            "顾某代表：",
            "您提出的关于加强市容巡查的建议收悉，现答复如下：",
            "我局建立了每日巡查台账，近期记录如下：",
            *log,
            "特此答复。",
            "某区城市管理局",
            "2024年5月20日",
        ]
    )
    doc = probe(
        source,
        [],
        {
            "title": "关于区人大十七届三次会议第2024102号建议的答复",
            "ref": "2024102",
            "preamble": [
                "您提出的关于加强市容巡查的建议收悉，现答复如下：",
                "我局建立了每日巡查台账，近期记录如下：",
            ],
            "closing": "特此答复。",
            "signature": signed("某区城市管理局", "2024年5月20日", "2024-05-20"),
            "warnings": [],
        },
    )
    assert [t.rows for t in doc.tables] == [tuple(tuple(r.split("\t")) for r in log)]


# --- Batch 7: letter-spaced 落款 and headings, marker punctuation in the wrong width or lost -----


def test_a_letter_spaced_signing_organ_and_addressee() -> None:
    """The 落款 letter-spaced (`上 海 市 普 陀 区 人 民 政 府`) and so the 主送 (`区 政 协 办 公 室`):
    layout spaces between CJK characters leave; the organ and the addressee read whole."""
    source = "\n".join(
        [
            "上海市普陀区人民政府关于区政协十五届三次会议第0031号提案的答复",
            "区 政 协 办 公 室：",
            "区政协十五届三次会议第0031号提案收悉，现答复如下：",
            "今年我区新增公共停车泊位二千个。",
            "特此答复。",
            "上 海 市 普 陀 区 人 民 政 府",
            "2024年7月18日",
        ]
    )
    probe(
        source,
        [],
        {
            "title": "上海市普陀区人民政府关于区政协十五届三次会议第0031号提案的答复",
            "issuer": "上海市普陀区人民政府",
            "recipients": ["区政协办公室"],
            "ref": "0031",
            "preamble": ["区政协十五届三次会议第0031号提案收悉，现答复如下：", "今年我区新增公共停车泊位二千个。"],
            "closing": "特此答复。",
            "signature": signed("上海市普陀区人民政府", "2024年7月18日", "2024-07-18"),
            "warnings": [],
        },
    )


def test_half_width_brackets_with_a_space_after_them() -> None:
    """`(一) 加强组织领导` and `(二) 完善工作机制`: half-width brackets count as full-width, the space
    after the marker is layout; the marker stays as written."""
    source = "\n".join(
        [
            "关于市政协十四届三次会议第0366号提案的答复",
            "朱某委员：",
            "您提出的关于加强物业服务管理的提案收悉，现答复如下：",
            "一、主要做法",
            "(一) 加强组织领导",
            "成立物业管理工作领导小组。",
            "(二) 完善工作机制",
            "建立物业服务质量评价制度。",
            "二、下一步工作",
            "我局将开展物业服务提升行动。",
            "特此答复。",
            "某市住房保障和房产管理局",
            "2024年6月6日",
        ]
    )
    probe(
        source,
        [],
        {
            "ref": "0366",
            "sections": [
                (1, "一、", 1, "主要做法", []),
                (2, "(一)", 1, "加强组织领导", ["成立物业管理工作领导小组。"]),
                (2, "(二)", 2, "完善工作机制", ["建立物业服务质量评价制度。"]),
                (1, "二、", 2, "下一步工作", ["我局将开展物业服务提升行动。"]),
            ],
            "closing": "特此答复。",
            "signature": signed("某市住房保障和房产管理局", "2024年6月6日", "2024-06-06"),
            "warnings": [],
        },
    )


def test_a_full_stop_after_a_chinese_numeral_in_place_of_the_comma() -> None:
    """`一. 基本情况` and `二. 下一步打算` (an editor's list style turned 、 into `. `): top-level
    sections, markers as written without the space."""
    source = "\n".join(
        [
            "关于县政协十二届二次会议第52号提案的答复",
            "白某委员：",
            "您提出的关于加强农村养老服务的提案收悉，现答复如下：",
            "一. 基本情况",
            "全县建成农村互助养老服务点八十个。",
            "二. 下一步打算",
            "我局将推动互助养老服务点提质增效。",
            "特此答复。",
            "某县民政局",
            "2024年6月19日",
        ]
    )
    probe(
        source,
        [],
        {
            "ref": "52",
            "sections": [
                (1, "一.", 1, "基本情况", ["全县建成农村互助养老服务点八十个。"]),
                (1, "二.", 2, "下一步打算", ["我局将推动互助养老服务点提质增效。"]),
            ],
            "closing": "特此答复。",
            "signature": signed("某县民政局", "2024年6月19日", "2024-06-19"),
            "warnings": [],
        },
    )


def test_num_markers_with_a_comma_and_paren_markers_half_width_under_them() -> None:
    """`1、` sections with `(1)` points under them (half-width, no space): levels num then num-paren,
    run-in titles before the 。."""
    source = "\n".join(
        [
            "关于区人大十七届四次会议第2024188号建议的答复",
            "董某代表：",
            "您提出的关于优化营商环境的建议收悉，现答复如下：",
            "1、深化审批改革",
            "(1)推行告知承诺制。全区告知承诺事项达到二百项。",
            "(2)推进一网通办。全程网办率达到九成。",
            "2、强化要素保障",
            "全年供应工业用地一千二百亩。",
            "特此答复。",
            "某区营商环境建设局",
            "2024年7月22日",
        ]
    )
    probe(
        source,
        [],
        {
            "ref": "2024188",
            "sections": [
                (1, "1、", 1, "深化审批改革", []),
                (2, "(1)", 1, "推行告知承诺制", ["全区告知承诺事项达到二百项。"]),
                (2, "(2)", 2, "推进一网通办", ["全程网办率达到九成。"]),
                (1, "2、", 2, "强化要素保障", ["全年供应工业用地一千二百亩。"]),
            ],
            "closing": "特此答复。",
            "signature": signed("某区营商环境建设局", "2024年7月22日", "2024-07-22"),
            "warnings": [],
        },
    )


def test_letter_spaced_headings_and_title() -> None:
    """A copy whose title and headings were letter-spaced (centred display text): `一、工 作 进 展`;
    the title `关 于 …` spaced too. Layout spaces between CJK characters leave."""
    source = "\n".join(
        [
            "关 于 县 人 大 十 八 届 三 次 会 议 第77号 建 议 的 答 复",
            "柯某代表：",
            "您提出的关于加强山塘水库安全管理的建议收悉，现答复如下：",
            "一、工 作 进 展",
            "全县完成病险山塘整治三十座。",
            "二、下 步 打 算",
            "我局将建立山塘水库安全管理长效机制。",
            "特此答复。",
            "某县水利局",
            "2024年8月8日",
        ]
    )
    probe(
        source,
        [],
        {
            "title": "关于县人大十八届三次会议第77号建议的答复",
            "recipients": ["柯某代表"],
            "ref": "77",
            "sections": [
                (1, "一、", 1, "工作进展", ["全县完成病险山塘整治三十座。"]),
                (1, "二、", 2, "下步打算", ["我局将建立山塘水库安全管理长效机制。"]),
            ],
            "closing": "特此答复。",
            "signature": signed("某县水利局", "2024年8月8日", "2024-08-08"),
            "warnings": [],
        },
    )


def test_an_aside_opening_with_a_half_width_bracket_is_no_marker() -> None:
    """Guard: `(一般为每年6月至9月)` opening a line, and `(1) ` nowhere as a marker: an aside in
    brackets is a paragraph of the body, not a section."""
    aside = "(一般为每年6月至9月)全县进入主汛期，各水库实行汛限水位控制。"
    source = "\n".join(
        [
            "关于县政协十二届三次会议第61号提案的答复",
            "庞某委员：",
            "您提出的关于加强汛期水库调度的提案收悉，现答复如下：",
            aside,
            "特此答复。",
            "某县水利局",
            "2024年5月22日",
        ]
    )
    probe(
        source,
        [],
        {
            "ref": "61",
            "preamble": ["您提出的关于加强汛期水库调度的提案收悉，现答复如下：", aside],
            "sections": [],
            "closing": "特此答复。",
            "signature": signed("某县水利局", "2024年5月22日", "2024-05-22"),
            "warnings": [],
        },
    )


# --- Batch 8: a mobile site's page, pictograph bullets before headings -------------------------

_B8_LINES = [
    "关于市人大十六届三次会议第0612号建议的答复",
    "申某代表：",
    "您提出的关于规范网约车管理的建议收悉，现答复如下：",
    "一、监管情况",
    "今年全市查处非法营运车辆一千二百辆。",
    "二、下一步工作",
    "下一步，我局将完善网约车监管平台。",
    "感谢您对交通运输工作的关心和支持。",
    "某市交通运输局",
    "2024年6月21日",
]
_B8_WANT: dict[str, Any] = {
    "title": _B8_LINES[0],
    "recipients": ["申某代表"],
    "ref": "0612",
    "preamble": [_B8_LINES[2]],
    "sections": [
        (1, "一、", 1, "监管情况", [_B8_LINES[4]]),
        (1, "二、", 2, "下一步工作", [_B8_LINES[6]]),
    ],
    "closing": _B8_LINES[7],
    "signature": signed("某市交通运输局", "2024年6月21日", "2024-06-21"),
}


def test_a_page_printed_from_a_mobile_site_with_open_app_and_read_more_rows() -> None:
    """A mobile page: `打开APP，阅读体验更佳` above the title, `阅读全文` where the page folded the text
    (between two sections), `返回顶部` and `打开APP查看更多精彩内容` under the 落款: all chrome."""
    chrome = ["打开APP，阅读体验更佳", "阅读全文", "返回顶部", "打开APP查看更多精彩内容"]
    lines = [chrome[0], *_B8_LINES[:5], chrome[1], *_B8_LINES[5:], chrome[2], chrome[3]]
    probe("\n".join(lines), chrome, _B8_WANT | {"warnings": []})


def test_a_mobile_page_with_app_download_and_client_prompts() -> None:
    """`下载客户端` and `APP内打开` rows and `展开剩余内容` under the first section: chrome."""
    chrome = ["下载客户端", "APP内打开", "展开剩余内容"]
    lines = [chrome[0], chrome[1], *_B8_LINES[:5], chrome[2], *_B8_LINES[5:]]
    probe("\n".join(lines), chrome, _B8_WANT | {"warnings": []})


def test_triangle_and_dot_bullets_before_the_headings() -> None:
    """`▶ 一、监管情况` and `● 二、下一步工作`: a site's pictograph bullet before a heading is
    decoration; the sections read with their markers and titles."""
    lines = list(_B8_LINES)
    lines[3] = "▶ 一、监管情况"
    lines[5] = "● 二、下一步工作"
    probe("\n".join(lines), [], _B8_WANT | {"warnings": []})


def test_diamond_and_star_bullets_before_sub_headings() -> None:
    """`◆（一）加强源头管控` and `★（二）…` under 一、, no space after the pictograph."""
    lines = [
        *_B8_LINES[:4],
        "◆（一）加强源头管控",
        "全市网约车平台全部接入监管平台。",
        "★（二）强化执法检查",
        _B8_LINES[4],
        *_B8_LINES[5:],
    ]
    want = _B8_WANT | {
        "sections": [
            (1, "一、", 1, "监管情况", []),
            (2, "（一）", 1, "加强源头管控", ["全市网约车平台全部接入监管平台。"]),
            (2, "（二）", 2, "强化执法检查", [_B8_LINES[4]]),
            (1, "二、", 2, "下一步工作", [_B8_LINES[6]]),
        ],
        "warnings": [],
    }
    probe("\n".join(lines), [], want)


def test_emoji_pins_before_headings_of_a_wechat_repost() -> None:
    """A WeChat repost with `📌` before each heading and `🔥` before the title: the sections read; the
    title reads without its emoji."""
    lines = list(_B8_LINES)
    lines[0] = "🔥" + _B8_LINES[0]
    lines[3] = "📌一、监管情况"
    lines[5] = "📌二、下一步工作"
    probe("\n".join(lines), [], _B8_WANT | {"warnings": []})


def test_a_reply_that_tells_citizens_to_open_an_app_keeps_the_sentence() -> None:
    """Guard: `市民打开“某市交通”APP即可投诉` and `阅读全文请登录…` inside a paragraph are the reply's
    words; they stay."""
    body = "市民打开“某市交通”APP即可在线投诉网约车违规行为，阅读全文请登录市交通运输局网站。"
    lines = [*_B8_LINES[:4], body, *_B8_LINES[5:]]
    want = _B8_WANT | {
        "sections": [
            (1, "一、", 1, "监管情况", [body]),
            (1, "二、", 2, "下一步工作", [_B8_LINES[6]]),
        ],
        "warnings": [],
    }
    probe("\n".join(lines), [], want)


# --- Batch 9: text wrapped at 40 characters, the wrap inside a 文号 or a date --------------------

_B9_PRE = "您在市人大十六届三次会议上提出的关于加强近视防控工作的建议（于2024年1月15日交办）收悉，现答复如下："
_B9_CITE = (
    "我局根据《某市人民政府关于印发全市教育事业发展规划的通知》的要求（某政发〔2024〕3号），已将近视防控纳入学校考核。"
)
_B9_DATE = "全市中小学已完成教室照明改造一千二百余间，全市中小学校和幼儿园将统一于2024年9月1日起推行课间十五分钟制度。"


def _b9_lines() -> list[str]:
    return [
        "关于市人大十六届三次会议第0733号建议的答复",
        "尹某代表：",
        _B9_PRE,
        "一、工作进展",
        _B9_CITE,
        _B9_DATE,
        "二、下一步打算",
        "下一步，我局将开展近视防控宣传教育月活动。",
        "特此答复。",
        "某市教育局",
        "2024年6月7日",
    ]


_B9_WANT: dict[str, Any] = {
    "title": "关于市人大十六届三次会议第0733号建议的答复",
    "recipients": ["尹某代表"],
    "ref": "0733",
    "preamble": [_B9_PRE],
    "sections": [
        (1, "一、", 1, "工作进展", [_B9_CITE, _B9_DATE]),
        (1, "二、", 2, "下一步打算", ["下一步，我局将开展近视防控宣传教育月活动。"]),
    ],
    "closing": "特此答复。",
    "signature": signed("某市教育局", "2024年6月7日", "2024-06-07"),
}


def test_a_reply_wrapped_at_forty_with_cuts_inside_a_date_and_a_cited_doc_number() -> None:
    """Every line over 40 characters cut at 40: the preamble inside `2024年1月15日`, a cited 文号 inside
    `〔2024〕`, a date inside `2024年9月1日`; each paragraph is whole again, the joins warned."""
    lines = wrapped(_b9_lines(), 40)
    assert "（于2024年1月15" in lines[2] and lines[3].startswith("日交办")
    assert lines[5].endswith("〔202") and lines[6].startswith("4〕")
    assert lines[7].endswith("统一于2024年") and lines[8].startswith("9月1日")
    probe("\n".join(lines), [], _B9_WANT | {"warnings": ["page-break-joined"]})


def test_an_information_row_wrapped_inside_the_doc_number() -> None:
    """A portal's one-line grid cut at 40 inside `某政办〔2024〕12号`: the pair's value whole, the 文号
    read; the reply under it as usual."""
    grid = "索引号：1133010000248M/2024-00291 发文字号：某政办〔2024〕12号"
    lines = [*wrapped([grid], 40), *wrapped(_b9_lines(), 40)]
    assert lines[0].endswith("某政办〔2") and lines[1] == "024〕12号"
    probe(
        "\n".join(lines),
        [],
        _B9_WANT
        | {
            "metadata": {"索引号": "1133010000248M/2024-00291", "发文字号": "某政办〔2024〕12号"},
            "number": ("某政办〔2024〕12号", 2024, 12),
            "warnings": ["page-break-joined"],
        },
    )


def test_an_information_row_wrapped_inside_a_date() -> None:
    """`发布机构：… 成文日期：… 发布日期：2024年05月08日` cut at 40 inside the last date."""
    grid = "发布机构：某市教育局 成文日期：2024年05月06日 发布日期：2024年05月08日"
    lines = [*wrapped([grid], 40), *wrapped(_b9_lines(), 40)]
    assert lines[1] == "月08日"
    probe(
        "\n".join(lines),
        [],
        _B9_WANT
        | {
            "metadata": {"发布机构": "某市教育局", "成文日期": "2024年05月06日", "发布日期": "2024年05月08日"},
            "warnings": ["page-break-joined"],
        },
    )


def test_a_wrapped_copy_with_every_line_tab_indented() -> None:
    """Wrapped at 40 and every line indented by a TAB (a mail client's quote): both layout."""
    source = "\n".join("\t" + line for line in wrapped(_b9_lines(), 40))
    probe(source, [], _B9_WANT | {"warnings": ["page-break-joined"]})


def test_a_wrapped_copy_with_crlf_ends_and_a_page_fetched_twice() -> None:
    """Wrapped at 40, CRLF ends, and the body saved twice with no chrome: the reply reads from the
    first copy, the joins warned, the second copy kept and warned `content-unplaced` (my reading
    at first: `repeat-dropped`; see batch 4's first probe)."""
    once = wrapped(_b9_lines(), 40)
    source = "\r\n".join([*once, *once]) + "\r\n"
    doc = probe(source, [], _B9_WANT | {"warnings": ["content-unplaced", "page-break-joined"]})
    assert doc.text.count("特此答复。") == 2


def test_short_lines_of_a_list_are_no_wraps() -> None:
    """Guard: a list of service points, each a short line well under the width, stays one line a
    point; no join is guessed."""
    points = ["东城街道：东城社区卫生服务中心", "西城街道：西城社区卫生服务中心", "南湖街道：南湖社区卫生服务站"]
    source = "\n".join(
        [
            "关于区政协十五届三次会议第0109号提案的答复",
            "晏某委员：",
            "您提出的关于增设儿童预防接种点的提案收悉，现答复如下：",
            "今年我区新增预防接种点三个，分别是：",
            *points,
            "特此答复。",
            "某区卫生健康委员会",
            "2024年6月13日",
        ]
    )
    probe(
        source,
        [],
        {
            "title": "关于区政协十五届三次会议第0109号提案的答复",
            "ref": "0109",
            "preamble": [
                "您提出的关于增设儿童预防接种点的提案收悉，现答复如下：",
                "今年我区新增预防接种点三个，分别是：",
                *points,
            ],
            "closing": "特此答复。",
            "signature": signed("某区卫生健康委员会", "2024年6月13日", "2024-06-13"),
            "warnings": [],
        },
    )


# --- Batch 10: several kinds at once, and guards of other genres -------------------------------


def test_an_approval_with_a_gutter_a_parenthesised_full_width_number_and_a_spaced_signature() -> None:
    """A 批复 copied from a code viewer (`1 ` … before each line), numbered `某政复(２０２４)１８号`, its
    落款 letter-spaced and dated in full-width digits, a 相关文章 list under it: the gutter and the
    list leave; numbered lines ending on 。 within 30 characters are headings by the contract."""
    lines = [
        "某市人民政府",
        "某政复(２０２４)１８号",
        "某市人民政府关于同意设立某县经济开发区的批复",
        "某县人民政府：",
        "你县《关于申请设立某县经济开发区的请示》收悉。经研究，现批复如下：",
        "一、同意设立某县经济开发区。",
        "二、你县要认真做好开发区规划建设工作。",
        "此复。",
        "某 市 人 民 政 府",
        "２０２４年４月１０日",
        "相关文章",
        "某市人民政府关于同意调整某县城市总体规划的批复",
    ]
    source = "\n".join(f"{n} {line}" for n, line in enumerate(lines, 1))
    probe(
        source,
        ["相关文章", "同意调整某县城市总体规划"],
        {
            "kind": "approval",
            "issuer": "某市人民政府",
            "number": ("某政复(２０２４)１８号", 2024, 18),
            "title": "某市人民政府关于同意设立某县经济开发区的批复",
            "recipients": ["某县人民政府"],
            "preamble": ["你县《关于申请设立某县经济开发区的请示》收悉。经研究，现批复如下："],
            "sections": [
                (1, "一、", 1, "同意设立某县经济开发区", []),
                (1, "二、", 2, "你县要认真做好开发区规划建设工作", []),
            ],
            "closing": "此复。",
            "signature": signed("某市人民政府", "２０２４年４月１０日", "2024-04-10"),
            "warnings": [],
        },
    )


def test_an_opinion_from_a_mobile_page_with_bullets_entities_and_invisible_characters() -> None:
    """An 实施意见 printed from a mobile page: `打开APP` above, `返回顶部` below, `▶` before each top
    heading, `&nbsp;` indents, a zero-width space inside the title."""
    chrome = ["打开APP", "返回顶部"]
    source = "\n".join(
        [
            chrome[0],
            "某区人民政府关于加快发展银发\u200b经济的实施意见",
            "各街道办事处，区政府各部门：",
            "&nbsp;&nbsp;为积极应对人口老龄化，现提出如下意见。",
            "▶ 一、总体要求",
            "&nbsp;&nbsp;到2027年，全区银发经济规模明显扩大。",
            "▶ 二、重点任务",
            "（一）发展养老服务业。新建社区养老服务综合体五个。",
            "（二）培育老年用品产业。支持企业研发适老化产品。",
            "某区人民政府",
            "2024年9月3日",
            chrome[1],
        ]
    )
    probe(
        source,
        [*chrome, "&nbsp;", "\u200b"],
        {
            "kind": "opinion",
            "issuer": "某区人民政府",
            "title": "某区人民政府关于加快发展银发经济的实施意见",
            "recipients": ["各街道办事处", "区政府各部门"],
            "preamble": ["为积极应对人口老龄化，现提出如下意见。"],
            "sections": [
                (1, "一、", 1, "总体要求", ["到2027年，全区银发经济规模明显扩大。"]),
                (1, "二、", 2, "重点任务", []),
                (2, "（一）", 1, "发展养老服务业", ["新建社区养老服务综合体五个。"]),
                (2, "（二）", 2, "培育老年用品产业", ["支持企业研发适老化产品。"]),
            ],
            "closing": None,
            "signature": signed("某区人民政府", "2024年9月3日", "2024-09-03"),
            "warnings": [],
        },
    )


def test_doubled_paragraphs_a_full_width_date_and_readers_comments() -> None:
    """Each line doubled by the scraper, the 落款 dated in full-width digits, a 网友评论 section under
    it: one reply, the repeat and the comments dropped and warned."""
    lines = [
        "关于县政协十二届三次会议第88号提案的答复",
        "田某委员：",
        "您提出的关于加强农村厕所改造的提案收悉，现答复如下：",
        "今年我县完成农村户厕改造三千二百户。",
        "特此答复。",
        "某县农业农村局",
        "２０２４年７月３０日",
    ]
    comments = ["网友评论", "游客：我们村的厕所已经改好了。"]
    source = "\n".join([*(line for line in lines for _ in (0, 1)), *comments])
    doc = probe(
        source,
        comments[1:],
        {
            "title": lines[0],
            "recipients": ["田某委员"],
            "ref": "88",
            "preamble": lines[2:4],
            "closing": "特此答复。",
            "signature": signed("某县农业农村局", "２０２４年７月３０日", "2024-07-30"),
            "warnings": ["comments-dropped", "repeat-dropped"],
        },
    )
    assert doc.text.count("今年我县完成农村户厕改造三千二百户。") == 1


def test_a_wrapped_reply_with_a_garbled_paragraph_and_share_rows() -> None:
    """Wrapped at 40, one paragraph double-decoded (left as it stands, warned), `我要纠错` and
    `分享到：` under the 落款."""
    bad = gbk_garbled("全县今年新建改建农村公路一百八十公里。")
    body = "您提出的关于加快农村公路提档升级的建议收悉。经认真研究，并征求县财政局意见，现答复如下："
    lines = [
        "关于县人大十八届三次会议第134号建议的答复",
        "滕某代表：",
        body,
        bad,
        "特此答复。",
        "某县交通运输局",
        "2024年6月27日",
    ]
    chrome = ["【我要纠错】", "分享到：微信 微博"]
    source = "\n".join([*wrapped(lines, 40), *chrome])
    probe(
        source,
        chrome,
        {
            "title": lines[0],
            "ref": "134",
            "preamble": [body, bad],
            "closing": "特此答复。",
            "signature": signed("某县交通运输局", "2024年6月27日", "2024-06-27"),
            "warnings": ["mojibake-suspected", "page-break-joined"],
        },
    )


def test_a_reply_in_traditional_characters_is_no_mojibake() -> None:
    """Guard: a reply copied in traditional characters (關於…答覆) is not double-decoded text: no
    mojibake warning, every field as written."""
    source = "\n".join(
        [
            "關於縣政協十二屆三次會議第45號提案的答覆",
            "陳某委員：",
            "您提出的關於發展鄉村旅遊的提案收悉，現答覆如下：",
            "今年我縣新增鄉村旅遊重點村三個。",
            "特此答覆。",
            "某縣文化廣電和旅遊局",
            "2024年6月20日",
        ]
    )
    probe(
        source,
        [],
        {
            "kind": "reply",
            "title": "關於縣政協十二屆三次會議第45號提案的答覆",
            "recipients": ["陳某委員"],
            "ref": "45",
            "preamble": ["您提出的關於發展鄉村旅遊的提案收悉，現答覆如下：", "今年我縣新增鄉村旅遊重點村三個。"],
            "closing": "特此答覆。",
            "signature": signed("某縣文化廣電和旅遊局", "2024年6月20日", "2024-06-20"),
            "warnings": [],
        },
    )


def test_a_meeting_notice_whose_agenda_is_numbered_keeps_its_markers() -> None:
    """Guard: a 会议通知 whose agenda numbers three lines `1.` `2.` `3.`: the numbers are markers of the
    notice, not a gutter (three lines of twelve); they stay and open sub-sections."""
    source = "\n".join(
        [
            "关于召开全区安全生产工作会议的通知",
            "各街道办事处，区有关部门：",
            "经区政府同意，定于2024年6月3日召开全区安全生产工作会议。现将有关事项通知如下：",
            "一、会议时间",
            "2024年6月3日上午9:00。",
            "二、会议议程",
            "1.通报今年以来安全生产形势",
            "2.部署安全生产月活动",
            "3.区领导讲话",
            "某区安全生产委员会办公室",
            "2024年5月28日",
        ]
    )
    probe(
        source,
        [],
        {
            "kind": "notice",
            "title": "关于召开全区安全生产工作会议的通知",
            "recipients": ["各街道办事处", "区有关部门"],
            "sections": [
                (1, "一、", 1, "会议时间", ["2024年6月3日上午9:00。"]),
                (1, "二、", 2, "会议议程", []),
                (2, "1.", 1, "通报今年以来安全生产形势", []),
                (2, "2.", 2, "部署安全生产月活动", []),
                (2, "3.", 3, "区领导讲话", []),
            ],
            "signature": signed("某区安全生产委员会办公室", "2024年5月28日", "2024-05-28"),
            "warnings": [],
        },
    )
