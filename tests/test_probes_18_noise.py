"""Round-18 blind probes of damaged and scraped text: replies to 政协提案 and 人大建议 (and a few
notices, 批复 and opinions), each carrying several kinds of damage at once, weighted to the kinds
rounds 4 and 11–17 did not try.

Earlier rounds covered: (4) one kind at a time (letter spacing, BOM, CRLF, GB18030, traditional
characters, full-width digits, half-width brackets, tabs, zero-width spaces, 〇 forms, phone dashes);
(11) one wrap width, page numbers, running heads, O/0 for 〇, a dash for 一, letter-spaced OCR lines,
breadcrumbs, 字号 switches, share rows, reading counts, site footers, WeChat reposts; (12) widths
varying in one copy, print bands, two columns, two-pair information tables, 曰/日, 己/已, l for 1,
【打印】【关闭】 rows, ICP footers, 上一篇/下一篇, copies pasted twice or cut off; (13) page marks of
other shapes, wraps inside a 文号/phone/addressee/落款, OCR 口/□ 人/入 士/土 o/。, lost and doubled
breaks, 当前位置 breadcrumbs, 浏览次数 rows, 附件下载, 主办/承办 footers; (14) converters (pandoc,
markitdown, lynx, w3m, WeChat, mail, pdftotext -layout); (15) TAB tables, list pages,
accessibility toggles, hotline footers, lines run together, fake bold, mixed-width 文号 brackets,
spaced phone digits, OCR marker damage, copies cut at both ends; (17) bylines of other CMS families,
› ＞ » >> breadcrumbs, neighbours with titles, link and file boxes, readers' comments, mobile and
desktop copies, HTML residue and entities, invisible characters, ragged wraps and CR-only ends,
OCR in the fields, watermark lines, a 文号 split at its 〔, the 落款 as running head, 展开全文.

Here (new kinds): portals of the 集约化 county/district platforms (【字体：大 中 小】【打印】【关闭】 on one
line, information grids flattened into one line or read as two columns row by row with bracketed
labels, 信息公开目录 breadcrumbs, 扫描二维码/扫一扫在手机打开当前页 lines, 视力保护色 and 无障碍
toggles, 政务服务 menus at the page's end, 附件 rows with 下载次数, the 落款 and contact repeated in a
sidebar); search-engine snapshot heads (Google's cache, 百度快照) and Wayback banners; pages printed
to text with the URL and `x/y` in every page's head and foot; OCR of a fax or a photo (己已巳, 未末,
士土, 人入, 曰日, 0O〇, 1lI, 一-—, full and half widths mixed inside words, spaces inside words);
lines cut at a fixed byte width in GBK (a character split over the cut); doubled and tripled blank
lines; paragraphs reflowed one a line; markers that lost their punctuation (`一 加强…`, `(一加强…`);
lines wrapped with a hyphen or a backslash; every 。 and ， written half-width; quotes as "" '' 「」『』;
a site's copyright notice appended to a pasted copy (来源：XX网 原文链接：…); and guards: body
sentences that hold such words. Also session 17's known misses: `扫一扫在手机打开当前页。` kept as
text, and `==…==` between Han characters in a plain text losing its marks.

Every expected value was written by hand from the contract (../shared/design/contract.md) and the
README's warning table before the parser ran on the batch (each batch was committed first).

First look per batch (documents whole / checks), and the general cause of each miss (cause tests in
tests/test_noise18_causes.py, each a new example that fails on the session's start, /work/s18start):
- batch 1 (集约化 county/district portals): 1/6 whole, 51/61 checks. Causes (patterns.chrome): a chrome
  row worded as a sentence and ending on 。 (`扫一扫在手机打开当前页。`, session 17's miss) was kept by
  cleanup.furniture._a_sentence (now _UNSENTENCED lines never are); the 视力保护色/关怀版 toggles, the
  政务服务 menu (个人办事 法人办事 …), a bare 扫描二维码 caption, a file row's 下载次数 (it also became an
  attachment), a sidebar's 相关信息 label were named by no row. Two misses my reading (corrected in
  place): a numbered line ending on 。 within 30 characters is a heading by the contract, and a lone
  发布日期 line under the breadcrumb is the page's byline; the sidebar's repeat of the 落款 and contact
  is the page's repeat (`repeat-dropped`), not unplaced content. The flattened seven-pair grid, the
  bracketed two-pair grid and the 信息公开目录 breadcrumbs were read at first look.
- batch 2 (search-engine snapshots, Wayback, browser prints): 3/6 whole, 41/48 checks. Causes:
  Google's cache head and hint, 百度快照's query line and disclaimer, the Wayback banner and capture
  line (chrome rows; the disclaimer and the banner run past the 100 characters up to which a line was
  asked, now the long lines opening as they can are asked). One miss my reading (a heading ≤30
  characters ending on 。). Browser prints with their address and `x/y` were read.
- batch 3 (OCR of faxes and photos): 4/6 whole, 40/45 checks. Causes: a fax machine's transmission
  line (chrome row); OCR's katakana long mark ー for 一 in markers (fold: ー → the dash OCR_ONE reads).
  One miss my reading: a 文号 whose year holds a letter O is no year by the settled rule
  (DOC_NO_BROKEN: `docnumber-unparsed`). Spaces inside words, mixed widths, (-) and half-width
  brackets, 未/末 士/土 曰/日 己/已 kept as read were read at first look.
- batch 4 (byte cuts, blank lines, reflows, bare markers, wrap marks): 3/6 whole, 30/42 checks.
  Causes: a GBK file whose byte-width cuts split characters was refused (`encoding-undetected`;
  readers.text._gb_characters_rejoined). A wrap's hyphen between Han characters stayed in the word:
  my reading, corrected after review18 R5 (中国- ⏎ 东盟博览会: the hyphen may be the text's), it stays. Left (strict xfails): the byte-cut file's one cut line the character
  widths show no width for (fixed in session 19: readers.text._byte_width_joined); a （一） that lost its closing bracket (fixed in
  session 19 by its siblings: rules.sections._unclosed_siblings) (`(一加强…`), told from `(一般…` only
  by its siblings.
- batch 5 (half-width stops, quotes): 3/6 whole, 41/44 checks. Causes: a member after a half-width
  stop following Han (patterns.structure.ENUM_MARKER); a proposal title in 『』 or single quotes
  (patterns.proposal.QUOTED_TITLE). Run-in headings and closings after `.` were read.
- batch 6 (copyright notices appended): 2/6 whole, 29/38 checks. Causes: the reposting sites'
  attribution block (作者/链接/来源/著作权…), 版权声明：本文为…, 本文来自网络…, 转载请注明…, 本文来源：… were
  text (chrome rows; _UNSENTENCED where they end on 。). One miss my reading (headings ≤30 characters).
- batch 7 (several kinds at once): 2/6 whole, 36/45 checks. Causes: those of batches 2, 3, 4, 6; the
  IPv6 badge (chrome row).
- batch 8 (chrome rows ending on 。, plain `==`, menus): 2/6 whole, 28/35 checks. Causes: 上一篇：…。 and
  下一篇：…。 kept as sentences (_UNSENTENCED); `==…==` read as a highlight in a plain text (session
  17's miss; readers.text._MARKDOWN_SIGN); 相关附件 boxes and `(已下载 23 次)`; the 无障碍阅读/关怀版
  toggles and a menu row ending in 走进某县.
- batch 9 (other kinds, other prints and portals): 4/6 whole, 39/46 checks. Causes: print bands in
  the other order (<title> then the time; the page count then the address: PRINTED_PAGE_BAND); a grid
  flattened onto one line with bars (fields.metadata._pipe_cells).
- batch 10 (several at once, guards): 4/6 whole, 41/45 checks. Cause: a line ending on a hyphen
  between Han characters short of a full line stood apart (rules.joins._hyphen_wrapped: it goes on, as
  one ending on a comma; the hyphen stays, see batch 4). One miss my reading: a 办公电话 under the 落款 is
  the contact's phone by the contract, so the sidebar's lines are no unplaced content.

Over the ten batches: 28/60 documents whole at first look, 376/449 checks (13 checks of 8 documents
my reading); 58/60 whole now, two strict xfails (both fixed in session 19). Every guard document held at first look and holds
now; reviewing the fixes I wrote more guards into the cause tests (a reply's own 链接：https://…, a
扫描二维码 step, a download count in a point of the answer), and narrowed the rows they showed too
wide (those three are chrome only outside the running text, or on a file row).
"""

from __future__ import annotations

from typing import Any

import govdoc
from tests.invariants import check_invariants
from tests.test_probes_11_noise import look, parsed, same
from tests.test_probes_12_noise import extra


def view(doc: govdoc.Document, *gone: str) -> dict[str, Any]:
    """Round 11's `look` with the fields round 12's `extra` adds (category, disclosure, phases)."""
    return look(doc, *gone) | extra(doc)


def probe(source: str, gone: list[str], want: dict[str, Any]) -> govdoc.Document:
    """`source` parsed as text; every check of `want` compared at once, `gone` never in the text."""
    doc = parsed(source)
    same(view(doc, *gone), want | {"leaked": []})
    return doc


# --- Batch 1: portals of the 集约化 county and district platforms (written before any run) ----------


def test_a_county_portal_with_a_one_line_font_print_close_row_and_a_flattened_information_grid() -> None:
    """A county portal on a 集约化 platform: the 信息公开目录 breadcrumb, the grid's seven pairs on one
    line (主题词 empty), 【字体：大 中 小】【打印】【关闭】 on one line, a scan prompt ending on 。 (session
    17's miss) and the 政务服务 menu at the page's end: the pairs are metadata (the empty one left out),
    the 发文机关 the issuer, the 文号 the number; the rest is chrome."""
    chrome = [
        "首页 > 信息公开目录 > 某县财政局 > 建议提案办理",
        "【字体：大 中 小】【打印】【关闭】",
        "扫一扫在手机打开当前页。",
        "政务服务 个人办事 法人办事 部门服务 便民服务 办事指南",
    ]
    grid = (
        "索引号：002538461/2024-07731 主题分类：财政 发文机关：某县财政局 成文日期：2024-06-18 "
        "发布日期：2024-06-21 文号：某财复〔2024〕12号 主题词："
    )
    source = "\n".join(
        [
            chrome[0],
            grid,
            chrome[1],
            "关于县政协十二届三次会议第37号提案的答复",
            "胡某委员：",
            "您提出的关于加大乡村振兴资金整合力度的提案收悉，现答复如下：",
            "一、资金整合情况",
            "今年全县整合涉农资金二点三亿元，统筹用于高标准农田和农村道路建设。",
            "二、下一步打算",
            "下一步，我局将完善涉农资金绩效评价办法，提高资金使用效益。",
            "感谢您对财政工作的关心和支持。",
            "某县财政局",
            "2024年6月18日",
            "联系人：毛某  联系电话：0579-84012345",
            chrome[2],
            chrome[3],
        ]
    )
    probe(
        source,
        [*chrome, "字体", "扫一扫", "法人办事"],
        {
            "title": "关于县政协十二届三次会议第37号提案的答复",
            "issuer": "某县财政局",
            "number": ("某财复〔2024〕12号", 2024, 12),
            "metadata": {
                "索引号": "002538461/2024-07731",
                "主题分类": "财政",
                "发文机关": "某县财政局",
                "成文日期": "2024-06-18",
                "发布日期": "2024-06-21",
                "文号": "某财复〔2024〕12号",
            },
            "recipients": ["胡某委员"],
            "ref": "37",
            "preamble": ["您提出的关于加大乡村振兴资金整合力度的提案收悉，现答复如下："],
            "sections": [
                (1, "一、", 1, "资金整合情况", ["今年全县整合涉农资金二点三亿元，统筹用于高标准农田和农村道路建设。"]),
                (1, "二、", 2, "下一步打算", ["下一步，我局将完善涉农资金绩效评价办法，提高资金使用效益。"]),
            ],
            "closing": "感谢您对财政工作的关心和支持。",
            "signature": (["某县财政局"], "2024-06-18", "2024年6月18日"),
            "contact": ("毛某", ["0579-84012345"]),
            "warnings": [],
        },
    )


def test_a_district_grid_with_bracketed_labels_two_pairs_a_row_under_eye_care_and_accessibility_toggles() -> None:
    """A district portal's grid copied two pairs a row with bracketed labels and no colon
    (`[ 索引号 ] …  [ 主题分类 ] …`), a 视力保护色 and 无障碍 toggle row above, a 附件 row naming its
    download count under the 落款: the pairs are metadata (labels without brackets), the toggles and
    the page's download row leave; the reply lists no attachment of its own."""
    chrome = [
        "无障碍浏览 | 视力保护色：关闭 | 长者模式",
        "附件：关于区十七届人大四次会议第0142号建议的答复.pdf 下载次数：58",
    ]
    source = (
        f"{chrome[0]}\n"
        "[ 索引号 ] 11330102MB2C45678X/2024-00381    [ 主题分类 ] 城乡建设、环境保护\n"
        "[ 发布机构 ] 某区生态环境分局    [ 成文日期 ] 2024-07-02\n"
        "关于区十七届人大四次会议第0142号建议的答复\n"
        "金某代表：\n"
        "您提出的关于加强河道沿线餐饮油烟治理的建议收悉，现答复如下：\n"
        "今年以来，我分局对河道沿线餐饮单位开展油烟专项检查三轮，督促整改八十六家。\n"
        "下一步，我分局将推动餐饮集中区安装油烟在线监控设施。\n"
        "特此答复。\n"
        "某区生态环境分局\n"
        "2024年7月2日\n"
        f"{chrome[1]}\n"
    )
    probe(
        source,
        [*chrome, "视力保护色", "下载次数"],
        {
            "title": "关于区十七届人大四次会议第0142号建议的答复",
            "issuer": "某区生态环境分局",
            "metadata": {
                "索引号": "11330102MB2C45678X/2024-00381",
                "主题分类": "城乡建设、环境保护",
                "发布机构": "某区生态环境分局",
                "成文日期": "2024-07-02",
            },
            "recipients": ["金某代表"],
            "ref": "0142",
            "preamble": [
                "您提出的关于加强河道沿线餐饮油烟治理的建议收悉，现答复如下：",
                "今年以来，我分局对河道沿线餐饮单位开展油烟专项检查三轮，督促整改八十六家。",
                "下一步，我分局将推动餐饮集中区安装油烟在线监控设施。",
            ],
            "closing": "特此答复。",
            "signature": (["某区生态环境分局"], "2024-07-02", "2024年7月2日"),
            "attachments": [],
            "warnings": [],
        },
    )


def test_a_district_notice_under_a_two_line_grid_with_a_qr_prompt_and_a_service_menu() -> None:
    """A 区 notice: the grid on two lines (four pairs, then three), a 扫描二维码 prompt and a 政务服务
    menu set as one line of links parted by bars after the 落款: the notice reads whole."""
    chrome = [
        "扫描二维码 在手机上查看",
        "政务服务 | 办事服务 | 互动交流 | 数据开放 | 12345热线",
    ]
    source = (
        "索引号：11330109002/2024-01122  主题分类：安全生产  发文机关：某区人民政府办公室  成文日期：2024-05-08\n"
        "发布日期：2024-05-09  文号：某区政办发〔2024〕9号  有效性：有效\n"
        "某区人民政府办公室关于开展2024年安全生产月活动的通知\n"
        "各街道办事处，区政府各部门：\n"
        "根据上级部署，决定在全区开展2024年安全生产月活动。现将有关事项通知如下：\n"
        "一、活动主题\n"
        "人人讲安全、个个会应急。\n"
        "二、工作要求\n"
        "各单位要结合实际制定活动方案，于5月31日前报区应急管理局。\n"
        "某区人民政府办公室\n"
        "2024年5月8日\n"
        f"{chrome[0]}\n{chrome[1]}\n"
    )
    probe(
        source,
        [*chrome, "扫描二维码", "互动交流"],
        {
            "kind": "notice",
            "title": "某区人民政府办公室关于开展2024年安全生产月活动的通知",
            "issuer": "某区人民政府办公室",
            "number": ("某区政办发〔2024〕9号", 2024, 9),
            "metadata": {
                "索引号": "11330109002/2024-01122",
                "主题分类": "安全生产",
                "发文机关": "某区人民政府办公室",
                "成文日期": "2024-05-08",
                "发布日期": "2024-05-09",
                "文号": "某区政办发〔2024〕9号",
                "有效性": "有效",
            },
            "recipients": ["各街道办事处", "区政府各部门"],
            "preamble": ["根据上级部署，决定在全区开展2024年安全生产月活动。现将有关事项通知如下："],
            "sections": [
                (1, "一、", 1, "活动主题", ["人人讲安全、个个会应急。"]),
                (1, "二、", 2, "工作要求", ["各单位要结合实际制定活动方案，于5月31日前报区应急管理局。"]),
            ],
            "signature": (["某区人民政府办公室"], "2024-05-08", "2024年5月8日"),
            "warnings": [],
        },
    )


def test_an_approval_under_a_long_disclosure_breadcrumb_and_a_spaced_font_print_row() -> None:
    """A 批复 on a county portal: a five-level 信息公开目录 breadcrumb, `【字体：大 中 小】 【打印】
    【关闭】` with spaces between the brackets and a bare 发布日期 line above the title: all chrome. My
    reading, corrected after the run: a lone 发布日期 line between the breadcrumb and the tools is the
    page's byline (chrome, as round 17's 发布时间 rows), not an information table's pair; and a numbered
    line ending on 。 within 30 characters is a heading by the contract's rule (its title), not a point."""
    chrome = [
        "您当前的位置：首页 > 信息公开 > 信息公开目录 > 法定主动公开内容 > 其他",
        "【字体：大 中 小】 【打印】 【关闭】",
    ]
    source = (
        f"{chrome[0]}\n"
        "发布日期：2024-08-12\n"
        f"{chrome[1]}\n"
        "某县人民政府关于同意某镇调整村级建制的批复\n"
        "某镇人民政府：\n"
        "你镇《关于调整村级建制的请示》收悉。经研究，批复如下：\n"
        "一、同意将东岙村、西岙村合并设立岙里村。\n"
        "二、你镇要做好合并后的各项衔接工作，确保平稳过渡。\n"
        "某县人民政府\n"
        "2024年8月9日\n"
    )
    probe(
        source,
        [*chrome, "法定主动公开内容", "【打印】", "发布日期"],
        {
            "kind": "approval",
            "title": "某县人民政府关于同意某镇调整村级建制的批复",
            "issuer": "某县人民政府",
            "metadata": {},
            "recipients": ["某镇人民政府"],
            "preamble": ["你镇《关于调整村级建制的请示》收悉。经研究，批复如下："],
            "sections": [
                (1, "一、", 1, "同意将东岙村、西岙村合并设立岙里村", []),
                (1, "二、", 2, "你镇要做好合并后的各项衔接工作，确保平稳过渡", []),
            ],
            "signature": (["某县人民政府"], "2024-08-09", "2024年8月9日"),
            "warnings": [],
        },
    )


def test_the_signature_and_contact_repeated_in_a_sidebar_do_not_replace_the_replys_own() -> None:
    """A portal repeats the 落款 and the contact in a sidebar box (相关信息) printed after the page's
    text: the reply's own 落款 and contact stand; the sidebar's box label is chrome. My reading,
    corrected after the run: with the label gone, its three lines repeat at once the three just
    before them, which the repeat rule takes as the page's own repeat (`repeat-dropped`, warned),
    not as unplaced content."""
    source = (
        "关于市政协十四届二次会议第215号提案的答复\n"
        "童某委员：\n"
        "您提出的关于完善城市公共自行车服务的提案收悉，现答复如下：\n"
        "目前全市共设公共自行车服务点四百一十个，日均租用量三万余人次。\n"
        "下一步，我局将在地铁站点周边加密布设服务点。\n"
        "感谢您对交通工作的关心。\n"
        "某市交通运输局\n"
        "2024年5月27日\n"
        "联系人：邵某，联系电话：0574-87191234\n"
        "相关信息\n"
        "某市交通运输局\n"
        "2024年5月27日\n"
        "联系人：邵某，联系电话：0574-87191234\n"
    )
    doc = probe(
        source,
        ["相关信息"],
        {
            "title": "关于市政协十四届二次会议第215号提案的答复",
            "recipients": ["童某委员"],
            "ref": "215",
            "closing": "感谢您对交通工作的关心。",
            "signature": (["某市交通运输局"], "2024-05-27", "2024年5月27日"),
            "contact": ("邵某", ["0574-87191234"]),
            "warnings": ["repeat-dropped"],
        },
    )
    assert doc.text.count("2024年5月27日") == 1


def test_body_sentences_naming_scan_codes_fonts_printing_and_eye_care_stay_text() -> None:
    """Guard: a reply whose own sentences speak of scanning a code, a large-font mode, printing, eye
    care and barrier-free access; none of them is chrome and all stay in their sections."""
    paras = [
        "群众扫一扫办事大厅的二维码，即可在手机上打开办事指南。",
        "政务服务网已上线长者模式和大字体版本。",
        "我局为视力障碍群众提供无障碍阅读服务，并可免费打印相关材料。",
        "扫描二维码。",
    ]
    source = (
        "关于县人大十八届四次会议第29号建议的答复\n"
        "陆某代表：\n"
        "您提出的关于方便老年人办事的建议收悉，现答复如下：\n"
        "一、适老化改造情况\n"
        f"{paras[0]}{paras[1]}\n"
        "二、无障碍服务\n"
        f"{paras[2]}\n"
        "特此答复。\n"
        "某县行政审批服务局\n"
        "2024年6月6日\n"
    )
    doc = probe(
        source,
        [],
        {
            "title": "关于县人大十八届四次会议第29号建议的答复",
            "recipients": ["陆某代表"],
            "ref": "29",
            "sections": [
                (1, "一、", 1, "适老化改造情况", [paras[0] + paras[1]]),
                (1, "二、", 2, "无障碍服务", [paras[2]]),
            ],
            "closing": "特此答复。",
            "signature": (["某县行政审批服务局"], "2024-06-06", "2024年6月6日"),
            "warnings": [],
        },
    )
    check_invariants(doc)


# --- Batch 2: search-engine snapshots, Wayback banners, pages printed to text (before any run) ----


def test_a_google_cache_head_with_its_snapshot_date_is_no_part_of_the_reply() -> None:
    """A reply saved from Google's cache: the cache's three head lines (its own date and time in one),
    the 完整版本/纯文字版本 switch and the Ctrl+F hint: all chrome; the snapshot's date is no 落款."""
    chrome = [
        "这是 Google 对 http://www.example.gov.cn/art/2024/6/5/art_1229_5512.html 的缓存。",
        "这是该网页在 2024年6月10日 08:12:33 GMT 的快照。当前页在此期间可能已经更改。了解详情",
        "完整版本 纯文字版本 查看源代码",
        "提示：要在此页面上快速找到您的搜索字词，请按 Ctrl+F 或者 ⌘-F（Mac），然后使用查找栏搜索。",
    ]
    source = "\n".join(
        [
            *chrome,
            "关于市政协十三届四次会议第0318号提案的答复",
            "韩某委员：",
            "您提出的关于加快充电基础设施建设的提案收悉，现答复如下：",
            "一、建设情况",
            "截至5月底，全市建成公共充电桩一万二千个。",
            "二、下一步工作",
            "下一步，我委将推动老旧小区充电设施改造。",
            "特此答复。",
            "某市发展和改革委员会",
            "2024年6月5日",
        ]
    )
    probe(
        source,
        [*chrome, "Google", "快照", "Ctrl+F"],
        {
            "title": "关于市政协十三届四次会议第0318号提案的答复",
            "recipients": ["韩某委员"],
            "ref": "0318",
            "preamble": ["您提出的关于加快充电基础设施建设的提案收悉，现答复如下："],
            "sections": [
                (1, "一、", 1, "建设情况", ["截至5月底，全市建成公共充电桩一万二千个。"]),
                (1, "二、", 2, "下一步工作", ["下一步，我委将推动老旧小区充电设施改造。"]),
            ],
            "closing": "特此答复。",
            "signature": (["某市发展和改革委员会"], "2024-06-05", "2024年6月5日"),
            "warnings": [],
        },
    )


def test_a_baidu_snapshot_head_and_its_disclaimer_leave_the_text() -> None:
    """A 百度快照 copy: the query line and the disclaimer in brackets above the reply, both the
    search engine's words; the reply reads whole."""
    chrome = [
        "您查询的关键词是：政协提案 答复 。如果打开速度慢，可以尝试快速版；如果想保存快照，可以添加到搜藏。",
        "(百度和网页http://www.example.gov.cn/zwgk/2024/0612/c8812.html的作者无关，不对其内容负责。"
        "百度快照谨为网络故障时之索引，不代表被搜索网站的即时页面。)",
    ]
    source = (
        f"{chrome[0]}\n{chrome[1]}\n"
        "关于县政协十一届三次会议第88号提案的答复\n"
        "许某委员：\n"
        "您提出的关于加强农村饮用水安全保障的提案收悉，现答复如下：\n"
        "今年我局完成农村供水工程改造二十六处，受益人口四点二万人。\n"
        "感谢您对水利工作的关心和支持。\n"
        "某县水利局\n"
        "2024年6月12日\n"
    )
    probe(
        source,
        [*chrome, "百度", "快照"],
        {
            "title": "关于县政协十一届三次会议第88号提案的答复",
            "recipients": ["许某委员"],
            "ref": "88",
            "preamble": [
                "您提出的关于加强农村饮用水安全保障的提案收悉，现答复如下：",
                "今年我局完成农村供水工程改造二十六处，受益人口四点二万人。",
            ],
            "closing": "感谢您对水利工作的关心和支持。",
            "signature": (["某县水利局"], "2024-06-12", "2024年6月12日"),
            "warnings": [],
        },
    )


def test_a_wayback_banner_and_its_capture_line_are_chrome() -> None:
    """A copy from the Wayback Machine: its banner line naming the archived address and a capture
    count line above the portal's own breadcrumb: all chrome; the 人大建议 reply reads whole."""
    chrome = [
        "The Wayback Machine - https://web.archive.org/web/20240612083015/http://www.example.gov.cn/art/2024/6/3/art_77_901.html",
        "23 captures 03 Jun 2024 - 18 Sep 2024",
        "首页 > 建议提案 > 人大代表建议",
    ]
    source = (
        "\n".join(chrome) + "\n"
        "关于对市十六届人大三次会议第156号建议的答复\n"
        "程某代表：\n"
        "您提出的关于规范校外培训机构管理的建议收悉，现答复如下：\n"
        "一、今年以来，我局联合市场监管部门开展校外培训专项检查，查处违规机构十七家。\n"
        "二、下一步，我局将建立校外培训机构黑白名单制度。\n"
        "特此答复。\n"
        "某市教育局\n"
        "2024年6月3日\n"
    )
    probe(
        source,
        [*chrome, "Wayback", "captures"],
        {
            "title": "关于对市十六届人大三次会议第156号建议的答复",
            "recipients": ["程某代表"],
            "ref": "156",
            "sections": [
                (1, "一、", 1, None, ["今年以来，我局联合市场监管部门开展校外培训专项检查，查处违规机构十七家。"]),
                (1, "二、", 2, "下一步，我局将建立校外培训机构黑白名单制度", []),
            ],
            "closing": "特此答复。",
            "signature": (["某市教育局"], "2024-06-03", "2024年6月3日"),
            "warnings": [],
        },
    )


def test_a_page_printed_by_a_browser_keeps_neither_its_head_nor_its_url_and_page_foot() -> None:
    """A browser's print to text: every page opens with the print's date and time and the page's
    headline, and closes with the page's address and `1/2`; a paragraph runs over the page end: the
    heads and feet leave, the cut paragraph is joined (a guess, warned)."""
    head = "2024/7/9 上午10:21    关于区政协十五届三次会议第152号提案的答复"
    url = "https://www.example.gov.cn/col/col1229/art/2024/art_88a1.html"
    source = (
        f"{head}\n"
        "关于区政协十五届三次会议第152号提案的答复\n"
        "杜某委员：\n"
        "您提出的关于加强社区食堂建设的提案收悉，现答复如下：\n"
        "今年我区新建社区食堂十二家，累计服务老年人二十余万人次，\n"
        f"{url}    1/2\n"
        f"{head}\n"
        "并对特殊困难老年人给予就餐补助。\n"
        "特此答复。\n"
        "某区民政局\n"
        "2024年7月5日\n"
        f"{url}    2/2\n"
    )
    probe(
        source,
        [head, url, "上午10:21", "1/2", "2/2"],
        {
            "title": "关于区政协十五届三次会议第152号提案的答复",
            "recipients": ["杜某委员"],
            "ref": "152",
            "preamble": [
                "您提出的关于加强社区食堂建设的提案收悉，现答复如下：",
                "今年我区新建社区食堂十二家，累计服务老年人二十余万人次，并对特殊困难老年人给予就餐补助。",
            ],
            "closing": "特此答复。",
            "signature": (["某区民政局"], "2024-07-05", "2024年7月5日"),
            "warnings": ["page-break-joined"],
        },
    )


def test_a_three_page_print_with_the_url_and_page_figure_on_their_own_lines() -> None:
    """A print of three pages whose foot is the address on one line and `x/3` on the next, the head
    the site's name; a section's heading falls at the top of page 2: heads and feet leave, the
    sections stand."""
    site = "某市人民政府门户网站"
    url = "http://www.example.gov.cn/art/2024/5/30/art_1562_77.html"
    source = (
        f"{site}\n"
        "关于市十五届人大四次会议第61号建议的答复\n"
        "袁某代表：\n"
        "您提出的关于加强电动自行车安全管理的建议收悉，现答复如下：\n"
        "一、开展集中整治\n"
        "今年以来，全市查处电动自行车违规充电行为一千二百余起。\n"
        f"{url}\n1/3\n{site}\n"
        "二、完善充电设施\n"
        "全市新建集中充电车棚三百五十处。\n"
        f"{url}\n2/3\n{site}\n"
        "特此答复。\n"
        "某市消防救援支队\n"
        "2024年5月30日\n"
        f"{url}\n3/3\n"
    )
    probe(
        source,
        [site, url, "1/3", "2/3", "3/3"],
        {
            "title": "关于市十五届人大四次会议第61号建议的答复",
            "recipients": ["袁某代表"],
            "ref": "61",
            "sections": [
                (1, "一、", 1, "开展集中整治", ["今年以来，全市查处电动自行车违规充电行为一千二百余起。"]),
                (1, "二、", 2, "完善充电设施", ["全市新建集中充电车棚三百五十处。"]),
            ],
            "closing": "特此答复。",
            "signature": (["某市消防救援支队"], "2024-05-30", "2024年5月30日"),
            "warnings": [],
        },
    )


def test_body_lines_with_an_address_a_fraction_and_the_word_snapshot_stay_text() -> None:
    """Guard: a reply whose own lines give a web address, a fraction (1/3) on a line of its own
    sentence, and a 快照 in a sentence: all stay in their paragraphs."""
    paras = [
        "办事指南已在市政府门户网站公布，网址：http://www.example.gov.cn/bszn/。",
        "目前农村学校寄宿生占比约1/3。",
        "我局每季度对网站页面做一次快照存档，以备核查。",
    ]
    source = (
        "关于市政协十三届三次会议第0402号提案的答复\n"
        "施某委员：\n"
        "您提出的关于改进政务信息公开的提案收悉，现答复如下：\n"
        + "\n".join(paras)
        + "\n特此答复。\n某市人民政府办公室\n2024年6月14日\n"
    )
    probe(
        source,
        [],
        {
            "title": "关于市政协十三届三次会议第0402号提案的答复",
            "recipients": ["施某委员"],
            "preamble": ["您提出的关于改进政务信息公开的提案收悉，现答复如下：", *paras],
            "closing": "特此答复。",
            "signature": (["某市人民政府办公室"], "2024-06-14", "2024年6月14日"),
            "warnings": [],
        },
    )


# --- Batch 3: OCR of a fax or a photo (written before any run) -----------------------------------


def test_a_faxed_reply_with_transmission_heads_katakana_markers_and_a_letter_o_in_its_date() -> None:
    """A fax read by OCR: every page opens with the machine's transmission line (date, FROM, TO, page
    x/y); the 一 of the markers came out as the katakana long mark ー, 〇 in the 落款 date as a letter O,
    已 as 己 in a sentence (kept as written): the transmission lines leave, the markers read as 一、 and
    （一）, the date reads."""
    fax = [
        "2024-06-19 14:32  FROM:0571 87001234  TO:87123456  P.1/2",
        "2024-06-19 14:33  FROM:0571 87001234  TO:87123456  P.2/2",
    ]
    source = (
        f"{fax[0]}\n"
        "关于市政协十三届三次会议第0266号提案的答复\n"
        "冯某委员：\n"
        "您提出的关于加强社区心理健康服务的提案收悉，现答复如下：\n"
        "ー、工作开展情况\n"
        "（ー）建立服务网络\n"
        "全市己建成社区心理服务站一百三十个。\n"
        "（二）加强队伍建设\n"
        f"{fax[1]}\n"
        "培训社区心理服务人员八百余人次。\n"
        "二、下一步工作\n"
        "下一步，我委将推动心理服务向农村延伸。\n"
        "特此答复。\n"
        "某市卫生健康委员会\n"
        "二O二四年六月十八日\n"
    )
    probe(
        source,
        [*fax, "FROM:0571"],
        {
            "title": "关于市政协十三届三次会议第0266号提案的答复",
            "recipients": ["冯某委员"],
            "ref": "0266",
            "sections": [
                (1, "ー、", 1, "工作开展情况", []),
                (2, "（ー）", 1, "建立服务网络", ["全市己建成社区心理服务站一百三十个。"]),
                (2, "（二）", 2, "加强队伍建设", ["培训社区心理服务人员八百余人次。"]),
                (1, "二、", 2, "下一步工作", ["下一步，我委将推动心理服务向农村延伸。"]),
            ],
            "closing": "特此答复。",
            "signature": (["某市卫生健康委员会"], "2024-06-18", "二O二四年六月十八日"),
            "warnings": [],
        },
    )


def test_a_photographed_reply_with_spaces_inside_its_words_and_mixed_width_digits_in_its_date() -> None:
    """OCR of a phone photo: spaces fall inside words of the title, the addressee and the body (layout
    spaces between Han characters: not text), the 落款 date mixes full- and half-width digits: the
    fields read without the spaces, the date as written and in ISO form."""
    source = (
        "关于区政协 十五届三次会议 第86号提案 的答复\n"
        "钟 某委员：\n"
        "您提出的 关于加强老年 助餐服务的提案 收悉，现答复如下：\n"
        "目前 全区已建成老年 助餐点 九十六个。\n"
        "特此 答复。\n"
        "某区 民政局\n"
        "２０24年7月３日\n"
    )
    probe(
        source,
        [],
        {
            "title": "关于区政协十五届三次会议第86号提案的答复",
            "recipients": ["钟某委员"],
            "ref": "86",
            "preamble": ["您提出的关于加强老年助餐服务的提案收悉，现答复如下：", "目前全区已建成老年助餐点九十六个。"],
            "closing": "特此答复。",
            "signature": (["某区民政局"], "2024-07-03", "２０24年7月３日"),
            "warnings": [],
        },
    )


def test_an_ocr_docnumber_with_a_letter_o_in_its_year_and_an_entered_contact_label() -> None:
    """A scanned reply: the 文号's year holds a letter O for 0 (`〔2O24〕`), the contact label reads
    联系入 (入 for 人): the contact reads. My reading, corrected after the run: the settled rule
    (patterns.header.DOC_NO_BROKEN) takes a year OCR read with a look-alike letter as no year to split
    the number by: no `doc_number`, warned `docnumber-unparsed`, the number kept in the text."""
    source = (
        "某县卫生健康局\n"
        "某卫健复〔2O24〕8号\n"
        "关于县政协十一届三次会议第53号提案的答复\n"
        "尹某委员：\n"
        "您提出的关于提升基层医疗服务能力的提案收悉，现答复如下：\n"
        "今年我局为乡镇卫生院招聘医学毕业生四十二名。\n"
        "感谢您对卫生健康工作的关心和支持。\n"
        "某县卫生健康局\n"
        "2024年6月21日\n"
        "联系入：郑某  联系电话：0577-88123456\n"
    )
    probe(
        source,
        [],
        {
            "issuer": "某县卫生健康局",
            "number": None,
            "title": "关于县政协十一届三次会议第53号提案的答复",
            "recipients": ["尹某委员"],
            "ref": "53",
            "closing": "感谢您对卫生健康工作的关心和支持。",
            "signature": (["某县卫生健康局"], "2024-06-21", "2024年6月21日"),
            "contact": ("郑某", ["0577-88123456"]),
            "warnings": ["docnumber-unparsed"],
        },
    )


def test_paren_markers_with_a_hyphen_for_one_and_mixed_width_brackets() -> None:
    """OCR turned （一） into `(-)`, and the brackets of （二） and （三） came out one full and one half
    width: all three are level-2 markers of one run under 一、, as written."""
    source = (
        "关于市人大十六届二次会议第204号建议的答复\n"
        "白某代表：\n"
        "您提出的关于加强农贸市场管理的建议收悉，现答复如下：\n"
        "一、主要工作\n"
        "(-)改造提升市场\n"
        "完成农贸市场改造十八家。\n"
        "（二)规范经营秩序\n"
        "查处占道经营行为三百余起。\n"
        "(三）强化食品检测\n"
        "全年抽检食用农产品九千批次。\n"
        "特此答复。\n"
        "某市市场监督管理局\n"
        "2024年5月16日\n"
    )
    probe(
        source,
        [],
        {
            "ref": "204",
            "sections": [
                (1, "一、", 1, "主要工作", []),
                (2, "(-)", 1, "改造提升市场", ["完成农贸市场改造十八家。"]),
                (2, "（二)", 2, "规范经营秩序", ["查处占道经营行为三百余起。"]),
                (2, "(三）", 3, "强化食品检测", ["全年抽检食用农产品九千批次。"]),
            ],
            "closing": "特此答复。",
            "signature": (["某市市场监督管理局"], "2024-05-16", "2024年5月16日"),
            "warnings": [],
        },
    )


def test_ocr_confusions_in_running_text_are_kept_as_written_and_the_fields_still_read() -> None:
    """A photo's OCR confused 未/末, 士/土, 曰/日 and 己/已 in sentences: the text
    keeps every character as read (no guess), the fields around them read."""
    paras = [
        "截至5月未，全市共有护土二万一千人，每曰在岗护理人员较去年增加己近一成。",
        "下一步，我委将继续扩大护理队伍规模。",
    ]
    source = (
        "关于市政协十三届三次会议第0177号提案的答复\n"
        "叶某委员：\n"
        "您提出的关于加强护理队伍建设的提案收悉，现答复如下：\n"
        + "\n".join(paras)
        + "\n感谢您对卫生健康事业的关心和支持。\n某市卫生健康委员会\n2024年6月24日\n"
    )
    probe(
        source,
        [],
        {
            "ref": "0177",
            "preamble": ["您提出的关于加强护理队伍建设的提案收悉，现答复如下：", *paras],
            "phases": [],
            "closing": "感谢您对卫生健康事业的关心和支持。",
            "signature": (["某市卫生健康委员会"], "2024-06-24", "2024年6月24日"),
            "warnings": [],
        },
    )


def test_spaces_between_latin_words_and_between_a_figure_and_han_stay_in_ocr_text() -> None:
    """Guard: in an OCR'd reply whose Han words were spaced apart, the spaces of `Smart City` and of
    `5G 基站` are no layout spaces between two Han characters and stay as written."""
    para = "我市已建成5G 基站三千个，Smart City 平台接入部门 数据 四十类。"
    source = (
        "关于市政协十三届三次会议第0350号提案的答复\n"
        "蔡某委员：\n"
        "您提出的关于加快数字城市建设的提案收悉，现答复如下：\n"
        f"{para}\n"
        "特此答复。\n"
        "某市大数据管理局\n"
        "2024年6月26日\n"
    )
    probe(
        source,
        [],
        {
            "ref": "0350",
            "preamble": [
                "您提出的关于加快数字城市建设的提案收悉，现答复如下：",
                "我市已建成5G 基站三千个，Smart City 平台接入部门数据四十类。",
            ],
            "closing": "特此答复。",
            "signature": (["某市大数据管理局"], "2024-06-26", "2024年6月26日"),
            "warnings": [],
        },
    )


# --- Batch 4: byte-width cuts, blank lines, reflowed and unpunctuated markers, wrap marks (before any run)


def byte_cut(text: str, width: int) -> bytes:
    """`text` in GBK with CR LF inserted after every `width` bytes of each line, whatever character
    the cut falls in: a fixed-width export that counts bytes, not characters."""
    out: list[bytes] = []
    for line in text.split("\n"):
        raw = line.encode("gbk")
        out.extend(raw[i : i + width] for i in range(0, len(raw), width)) if raw else out.append(b"")
    return b"\r\n".join(out)


def test_a_gbk_export_cut_every_36_bytes_splitting_characters_reads_whole() -> None:
    """A GBK text export that cut every line after 36 bytes, inside a character wherever an odd count
    of ASCII bytes went before the cut: each split character is whole again, the wrapped lines joined
    (a guess, warned), the encoding GB18030. (A strict xfail until session 19: the width joins count
    characters, so one cut line showed no width; the split characters tell the width in bytes now,
    readers.text._byte_width_joined, cause test in tests/test_noise19_causes.py.)"""
    lines = [
        "关于县政协十一届三次会议第71号提案的答复",
        "潘某委员：",
        "您提出的关于推进县域医共体建设的提案收悉，现答复如下：",
        "今年我县医共体牵头医院下派医生120人次，基层门诊量同比增长8.5%，群众就近看病更加方便。",
        "下一步，我局将推进检查检验结果互认，减少重复检查。",
        "特此答复。",
        "某县卫生健康局",
        "2024年6月5日",
    ]
    data = byte_cut("\n".join(lines) + "\n", 36)
    cuts = data.split(b"\r\n")
    assert any(len(c) == 36 and c.decode("gbk", "replace").endswith("\ufffd") for c in cuts)  # a split
    doc = govdoc.parse(data, format="txt")
    check_invariants(doc)
    assert doc.source.encoding == "gb18030"
    same(
        view(doc),
        {
            "title": lines[0],
            "recipients": ["潘某委员"],
            "ref": "71",
            "preamble": lines[2:5],
            "closing": "特此答复。",
            "signature": (["某县卫生健康局"], "2024-06-05", "2024年6月5日"),
            "warnings": ["page-break-joined"],
        },
    )


def test_a_copy_with_two_and_three_blank_lines_between_every_line() -> None:
    """A paste whose every line is followed by two blank lines, three before the 落款 and the contact:
    blank lines are no content; the reply reads as if single-spaced."""
    lines = [
        "关于区人大十七届四次会议第2024031号建议的答复",
        "任某代表：",
        "您提出的关于优化公交线网的建议收悉，现答复如下：",
        "一、线网优化情况",
        "今年我区新开公交线路四条，优化调整线路九条。",
        "二、下一步工作",
        "下一步，我局将开通社区微循环公交。",
        "特此答复。",
    ]
    source = (
        "\n\n\n".join(lines)
        + "\n\n\n\n某区交通运输局\n\n\n2024年6月11日\n\n\n\n联系人：邱某，电话：0571-86012345\n\n\n"
    )
    probe(
        source,
        [],
        {
            "title": lines[0],
            "recipients": ["任某代表"],
            "ref": "2024031",
            "preamble": [lines[2]],
            "sections": [
                (1, "一、", 1, "线网优化情况", [lines[4]]),
                (1, "二、", 2, "下一步工作", [lines[6]]),
            ],
            "closing": "特此答复。",
            "signature": (["某区交通运输局"], "2024-06-11", "2024年6月11日"),
            "contact": ("邱某", ["0571-86012345"]),
            "warnings": [],
        },
    )


def test_a_reflowed_copy_whose_closing_organ_and_date_share_one_line() -> None:
    """A copy reflowed by an editor's join, so the closing, the signing organ and the date stand on one
    line parted by spaces: the closing is the sentence, the organ and date the 落款."""
    source = (
        "关于市政协十三届三次会议第0229号提案的答复\n"
        "黎某委员：\n"
        "您提出的关于加强城市绿道建设的提案收悉，现答复如下：\n"
        "今年我局新建城市绿道八十公里，串联公园十二个。\n"
        "感谢您对园林绿化工作的关心和支持。  某市园林局  2024年6月17日\n"
    )
    probe(
        source,
        [],
        {
            "title": "关于市政协十三届三次会议第0229号提案的答复",
            "recipients": ["黎某委员"],
            "preamble": [
                "您提出的关于加强城市绿道建设的提案收悉，现答复如下：",
                "今年我局新建城市绿道八十公里，串联公园十二个。",
            ],
            "closing": "感谢您对园林绿化工作的关心和支持。",
            "signature": (["某市园林局"], "2024-06-17", "2024年6月17日"),
            "warnings": [],
        },
    )


def test_markers_that_lost_their_comma_or_their_closing_bracket_still_open_sections() -> None:
    """A copy whose 、 after 一/二 became a space and whose （一）（二） lost their closing bracket
    (`(一加强…`): each run still opens sections at its level, the markers as written without the
    space. (A strict xfail until session 19: `(一加强…` is told from an aside opening the same way,
    `(一般为…`, only by its siblings; rules.sections._unclosed_siblings reads them now, cause test in
    tests/test_noise19_causes.py.)"""
    source = (
        "关于县人大十八届三次会议第64号建议的答复\n"
        "詹某代表：\n"
        "您提出的关于加强乡村文化建设的建议收悉，现答复如下：\n"
        "一 主要做法\n"
        "(一加强阵地建设\n"
        "全县建成农村文化礼堂二百一十个。\n"
        "(二丰富活动内容\n"
        "全年开展送戏下乡三百场。\n"
        "二 下一步打算\n"
        "我局将推动文化礼堂长效运行。\n"
        "特此答复。\n"
        "某县文化和广电旅游体育局\n"
        "2024年6月20日\n"
    )
    probe(
        source,
        [],
        {
            "ref": "64",
            "sections": [
                (1, "一", 1, "主要做法", []),
                (2, "(一", 1, "加强阵地建设", ["全县建成农村文化礼堂二百一十个。"]),
                (2, "(二", 2, "丰富活动内容", ["全年开展送戏下乡三百场。"]),
                (1, "二", 2, "下一步打算", ["我局将推动文化礼堂长效运行。"]),
            ],
            "closing": "特此答复。",
            "signature": (["某县文化和广电旅游体育局"], "2024-06-20", "2024年6月20日"),
            "warnings": [],
        },
    )


def test_lines_wrapped_with_a_hyphen_or_a_backslash_join() -> None:
    """A copy from a tool that wraps with a hyphen or a backslash at the line's end: the pieces join
    (a guess, warned); a hyphen between two years (2021-⏎2025年) is the text's own and stays. My
    reading, corrected after review18 R5: the hyphen between two Han characters stays too, as written,
    since a wrapper that breaks at hyphens leaves a pair's there (中国- ⏎ 东盟博览会) and no reading
    tells the two apart; only the backslash, a hard break's mark, goes."""
    source = (
        "关于市政协十三届三次会议第0191号提案的答复\n"
        "柯某委员：\n"
        "您提出的关于完善养老服务体系的提案收悉，现答复如下：\n"
        "我局已印发《某市养老服务发展规划（2021-\n"
        "2025年）》，明确了居家社区机构相协调的养老服务体-\n"
        "系建设目标，今年新增养老床位一千二百张，并对困难\\\n"
        "老年人家庭实施适老化改造五百户。\n"
        "特此答复。\n"
        "某市民政局\n"
        "2024年6月19日\n"
    )
    probe(
        source,
        ["困难\\"],
        {
            "ref": "0191",
            "preamble": [
                "您提出的关于完善养老服务体系的提案收悉，现答复如下：",
                "我局已印发《某市养老服务发展规划（2021-2025年）》，明确了居家社区机构相协调的养老服务体-系建设目标，"
                "今年新增养老床位一千二百张，并对困难老年人家庭实施适老化改造五百户。",
            ],
            "closing": "特此答复。",
            "signature": (["某市民政局"], "2024-06-19", "2024年6月19日"),
            "warnings": ["page-break-joined"],
        },
    )


def test_a_sentence_opening_with_one_and_a_space_and_a_paren_aside_are_no_markers() -> None:
    """Guard: in a reply whose markers are whole, a line opening `一 年来` (a figure and a space read
    by OCR inside 一年来) is no section, and a line opening with a bracketed aside `(一般为…` is no
    marker either: both stay paragraphs of their section."""
    paras = [
        "一 年来，全市累计发放创业担保贷款三亿元。",
        "(一般为个人不超过30万元）贷款期限最长三年。",
    ]
    source = (
        "关于市政协十三届三次会议第0244号提案的答复\n"
        "季某委员：\n"
        "您提出的关于支持青年创业的提案收悉，现答复如下：\n"
        "一、政策落实情况\n"
        f"{paras[0]}\n{paras[1]}\n"
        "二、下一步工作\n"
        "我局将提高创业担保贷款额度。\n"
        "特此答复。\n"
        "某市人力资源和社会保障局\n"
        "2024年6月25日\n"
    )
    probe(
        source,
        [],
        {
            "sections": [
                (1, "一、", 1, "政策落实情况", ["一年来，全市累计发放创业担保贷款三亿元。", paras[1]]),
                (1, "二、", 2, "下一步工作", ["我局将提高创业担保贷款额度。"]),
            ],
            "closing": "特此答复。",
            "warnings": [],
        },
    )


# --- Batch 5: half-width stops and commas, quotes of every kind (written before any run) ---------


def ref_title(doc: govdoc.Document) -> str | None:
    """The proposal's own title as the reply names it."""
    r = doc.header.responds_to
    return None if r is None else r.title


def test_a_reply_whose_every_stop_and_comma_went_half_width_keeps_its_run_in_headings_and_items() -> None:
    """Every 。 became `.` and every ， became `,` (a site's input filter): in a text with no 。 at
    all, a `.` after a Han character is its stop, so run-in headings end there and 一是/二是 leads too;
    every value keeps the characters as written."""
    source = (
        "关于市政协十三届三次会议第0312号提案的答复\n"
        "龚某委员:\n"
        "您提出的关于加强小微企业融资服务的提案收悉,现答复如下:\n"
        "一、强化政策支持.今年以来,我局会同金融监管部门出台稳企业十条措施,新增普惠小微贷款86.5亿元.\n"
        "二、优化服务方式.一是推广线上信贷平台.平台已入驻企业一万余家.二是开展银企对接.全年举办对接会四十场.\n"
        "感谢您对金融工作的关心和支持.\n"
        "某市地方金融监督管理局\n"
        "2024年6月28日\n"
    )
    probe(
        source,
        [],
        {
            "title": "关于市政协十三届三次会议第0312号提案的答复",
            "recipients": ["龚某委员"],
            "ref": "0312",
            "preamble": ["您提出的关于加强小微企业融资服务的提案收悉,现答复如下:"],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "强化政策支持",
                    ["今年以来,我局会同金融监管部门出台稳企业十条措施,新增普惠小微贷款86.5亿元."],
                ),
                (
                    1,
                    "二、",
                    2,
                    "优化服务方式",
                    ["一是推广线上信贷平台.平台已入驻企业一万余家.二是开展银企对接.全年举办对接会四十场."],
                ),
            ],
            "items": [[("一是", "推广线上信贷平台"), ("二是", "开展银企对接")]],
            "closing": "感谢您对金融工作的关心和支持.",
            "signature": (["某市地方金融监督管理局"], "2024-06-28", "2024年6月28日"),
            "warnings": [],
        },
    )


def test_a_half_width_notice_with_semicolon_addressees_and_a_half_width_closing() -> None:
    """A notice copied through a half-width filter: addressees parted by `;`, the closing 特此通知. with
    a `.`, paren markers in half-width brackets: addressees split, closing read, markers as written."""
    source = (
        "关于做好2024年高温天气劳动保护工作的通知\n"
        "各县(市、区)人力社保局;市直有关单位:\n"
        "为切实保障高温天气下劳动者的合法权益,现就有关事项通知如下:\n"
        "(一)落实高温津贴.用人单位应按规定发放高温津贴.\n"
        "(二)合理安排作息.高温时段应减少户外作业.\n"
        "特此通知.\n"
        "某市人力资源和社会保障局\n"
        "2024年6月20日\n"
    )
    probe(
        source,
        [],
        {
            "kind": "notice",
            "title": "关于做好2024年高温天气劳动保护工作的通知",
            "recipients": ["各县(市、区)人力社保局", "市直有关单位"],
            "preamble": ["为切实保障高温天气下劳动者的合法权益,现就有关事项通知如下:"],
            "sections": [
                (1, "(一)", 1, "落实高温津贴", ["用人单位应按规定发放高温津贴."]),
                (1, "(二)", 2, "合理安排作息", ["高温时段应减少户外作业."]),
            ],
            "closing": "特此通知.",
            "signature": (["某市人力资源和社会保障局"], "2024-06-20", "2024年6月20日"),
            "warnings": [],
        },
    )


def test_a_proposal_title_in_white_corner_brackets_is_the_replys_reference_title() -> None:
    """A Taiwan- or Japan-style input put the proposal's title in 『』: it is the proposal's own title,
    as in 《》 or 「」."""
    source = (
        "关于县政协十一届三次会议第95号提案的答复\n"
        "邹某委员：\n"
        "您提出的『关于加快发展林下经济的提案』收悉，现答复如下：\n"
        "今年全县发展林下经济面积三万亩。\n"
        "特此答复。\n"
        "某县林业局\n"
        "2024年7月1日\n"
    )
    doc = probe(
        source,
        [],
        {
            "ref": "95",
            "preamble": [
                "您提出的『关于加快发展林下经济的提案』收悉，现答复如下：",
                "今年全县发展林下经济面积三万亩。",
            ],
            "closing": "特此答复。",
            "signature": (["某县林业局"], "2024-07-01", "2024年7月1日"),
            "warnings": [],
        },
    )
    assert ref_title(doc) == "关于加快发展林下经济的提案"


def test_a_proposal_title_in_ascii_single_quotes_is_the_replys_reference_title() -> None:
    """A plain-text copy with ASCII single quotes for “”: `'关于…的建议'` after 您提出的 is the
    proposal's own title; a quoted phrase in the body stays as written."""
    source = (
        "关于市人大十六届三次会议第118号建议的答复\n"
        "欧阳某代表：\n"
        "您提出的'关于推进垃圾分类进小区的建议'收悉，现答复如下：\n"
        "我局开展'垃圾分类示范小区'创建，今年创建示范小区一百个。\n"
        "特此答复。\n"
        "某市城市管理局\n"
        "2024年6月13日\n"
    )
    doc = probe(
        source,
        [],
        {
            "recipients": ["欧阳某代表"],
            "ref": "118",
            "preamble": [
                "您提出的'关于推进垃圾分类进小区的建议'收悉，现答复如下：",
                "我局开展'垃圾分类示范小区'创建，今年创建示范小区一百个。",
            ],
            "signature": (["某市城市管理局"], "2024-06-13", "2024年6月13日"),
            "warnings": [],
        },
    )
    assert ref_title(doc) == "关于推进垃圾分类进小区的建议"


def test_corner_bracket_quotes_and_ascii_double_quotes_in_one_reply_and_a_half_width_title_paren() -> None:
    """A reply that quotes with 「」 in the body and ASCII "" around the proposal's title, and whose
    title's brackets went half-width (`(第2号)`): the reference title read from the ASCII quotes, the
    document title as written."""
    source = (
        "关于政协某县第十一届委员会第三次会议提案(第2号)的答复\n"
        "毕某委员：\n"
        '您提出的"关于加强古村落保护的提案"收悉，现答复如下：\n'
        "我县已将「古村落保护利用」列入重点工作，今年修缮古建筑四十处。\n"
        "特此答复。\n"
        "某县住房和城乡建设局\n"
        "2024年6月7日\n"
    )
    doc = probe(
        source,
        [],
        {
            "title": "关于政协某县第十一届委员会第三次会议提案(第2号)的答复",
            "recipients": ["毕某委员"],
            "ref": "2",
            "preamble": [
                '您提出的"关于加强古村落保护的提案"收悉，现答复如下：',
                "我县已将「古村落保护利用」列入重点工作，今年修缮古建筑四十处。",
            ],
            "signature": (["某县住房和城乡建设局"], "2024-06-07", "2024年6月7日"),
            "warnings": [],
        },
    )
    assert ref_title(doc) == "关于加强古村落保护的提案"


def test_decimals_versions_and_a_dot_after_han_in_a_text_with_full_stops_stay_as_written() -> None:
    """Guard: in a reply that writes its stops as 。, a `.` after a Han character (`第3.2节`, a
    version `V2.0`, `8.5%`) is no stop: the run-in heading ends at the 。, not at the `.`."""
    source = (
        "关于市政协十三届三次会议第0380号提案的答复\n"
        "甘某委员：\n"
        "您提出的关于提升政务服务平台的提案收悉，现答复如下：\n"
        "一、平台升级。我局已按规范第3.2节完成平台V2.0版升级，办件满意率提升8.5%。\n"
        "二、下一步工作。我局将推进更多事项网上办。\n"
        "特此答复。\n"
        "某市政务服务管理办公室\n"
        "2024年6月27日\n"
    )
    probe(
        source,
        [],
        {
            "sections": [
                (1, "一、", 1, "平台升级", ["我局已按规范第3.2节完成平台V2.0版升级，办件满意率提升8.5%。"]),
                (1, "二、", 2, "下一步工作", ["我局将推进更多事项网上办。"]),
            ],
            "closing": "特此答复。",
            "warnings": [],
        },
    )


# --- Batch 6: the copyright notice a site appends to every copy (written before any run) ----------


def test_a_zhihu_style_attribution_appended_to_a_pasted_reply_leaves_the_text() -> None:
    """A reply copied from a Q&A site: the clipboard got the site's four attribution lines (作者, 链接,
    来源, 著作权…): none is the reply's; the 落款 and contact above them stand."""
    chrome = [
        "作者：政务观察员",
        "链接：https://www.zhihu.com/question/612345678/answer/3012345678",
        "来源：知乎",
        "著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。",
    ]
    source = (
        "关于市政协十三届三次会议第0288号提案的答复\n"
        "傅某委员：\n"
        "您提出的关于加强中小学近视防控的提案收悉，现答复如下：\n"
        "今年全市中小学生近视率较去年下降一点二个百分点。\n"
        "感谢您对教育工作的关心和支持。\n"
        "某市教育局\n"
        "2024年6月4日\n"
        "联系人：万某，联系电话：0571-85012345\n"
        "\n" + "\n".join(chrome) + "\n"
    )
    probe(
        source,
        [*chrome, "知乎", "著作权"],
        {
            "ref": "0288",
            "preamble": [
                "您提出的关于加强中小学近视防控的提案收悉，现答复如下：",
                "今年全市中小学生近视率较去年下降一点二个百分点。",
            ],
            "closing": "感谢您对教育工作的关心和支持。",
            "signature": (["某市教育局"], "2024-06-04", "2024年6月4日"),
            "contact": ("万某", ["0571-85012345"]),
            "warnings": [],
        },
    )


def test_a_blog_copyright_statement_under_a_rule_of_em_dashes_leaves_the_text() -> None:
    """A copy through a blog platform: a rule of em dashes, then the platform's 版权声明 and 原文链接
    lines: the rule and the statement are the blog's; the reply ends at its 落款."""
    chrome = [
        "————————————————",
        "版权声明：本文为博主「gov_reader」的原创文章，遵循CC 4.0 BY-SA版权协议，转载请附上原文出处链接及本声明。",
        "原文链接：https://blog.example.net/gov_reader/article/details/139012345",
    ]
    source = (
        "关于县人大十八届四次会议第17号建议的答复\n"
        "廖某代表：\n"
        "您提出的关于改善农村人居环境的建议收悉，现答复如下：\n"
        "一、今年全县完成农村户厕改造三千户。\n"
        "二、下一步，我局将推进农村生活污水治理设施提标改造。\n"
        "特此答复。\n"
        "某县农业农村局\n"
        "2024年5月29日\n" + "\n".join(chrome) + "\n"
    )
    probe(
        source,
        [*chrome, "版权声明", "BY-SA"],
        {
            "ref": "17",
            "sections": [
                (1, "一、", 1, "今年全县完成农村户厕改造三千户", []),
                (1, "二、", 2, "下一步，我局将推进农村生活污水治理设施提标改造", []),
            ],
            "closing": "特此答复。",
            "signature": (["某县农业农村局"], "2024-05-29", "2024年5月29日"),
            "warnings": [],
        },
    )


def test_a_news_sites_source_and_original_link_on_one_line_after_the_reply() -> None:
    """A repost on a news site: `来源：某某网  原文链接：http://…` on one line under the 落款, then a
    `（责任编辑：…）` line: chrome; the source line is no metadata (it stands after the text)."""
    chrome = [
        "来源：某某新闻网  原文链接：http://news.example.com/system/2024/07/02/034512345.shtml",
        "（责任编辑：康某）",
    ]
    source = (
        "关于区政协十五届三次会议第101号提案的答复\n"
        "雷某委员：\n"
        "您提出的关于推进老旧小区加装电梯的提案收悉，现答复如下：\n"
        "今年我区已完成老旧小区加装电梯一百零八台。\n"
        "特此答复。\n"
        "某区住房和城乡建设局\n"
        "2024年7月1日\n" + "\n".join(chrome) + "\n"
    )
    probe(
        source,
        [*chrome, "原文链接", "某某新闻网"],
        {
            "metadata": {},
            "ref": "101",
            "closing": "特此答复。",
            "signature": (["某区住房和城乡建设局"], "2024-07-01", "2024年7月1日"),
            "warnings": [],
        },
    )


def test_a_reposting_sites_disclaimer_and_reprint_request_leave_the_text() -> None:
    """A document-sharing site appended `本文来自网络，如有侵权请联系删除。` and `转载请注明出处。` under a
    notice: the site's lines leave; the notice's 特此通知 and 落款 stand."""
    chrome = ["本文来自网络，如有侵权请联系删除。", "转载请注明出处。"]
    source = (
        "关于开展2024年全民国防教育日活动的通知\n"
        "各乡镇人民政府，县直各单位：\n"
        "今年9月21日是第24个全民国防教育日。现就开展宣传教育活动通知如下：\n"
        "一、各单位要组织开展国防知识宣讲。\n"
        "二、各学校要开展国防教育主题班会。\n"
        "特此通知。\n"
        "某县国防教育委员会办公室\n"
        "2024年9月2日\n" + "\n".join(chrome) + "\n"
    )
    probe(
        source,
        [*chrome, "侵权"],
        {
            "kind": "notice",
            "recipients": ["各乡镇人民政府", "县直各单位"],
            "closing": "特此通知。",
            "signature": (["某县国防教育委员会办公室"], "2024-09-02", "2024年9月2日"),
            "warnings": [],
        },
    )


def test_an_opinion_pasted_with_a_portal_copyright_line_and_a_source_line_at_its_foot() -> None:
    """An 意见 pasted from a portal whose copy adds the site's copyright line (`版权所有：…`) and a
    `本文来源：…` line with the page's address: both chrome; the opinion's parts read."""
    chrome = [
        "本文来源：某市人民政府网 http://www.example.gov.cn/art/2024/4/18/art_1229_7712.html",
        "版权所有：某市人民政府办公室  未经许可不得转载",
    ]
    source = (
        "某市人民政府关于加快发展银发经济的实施意见\n"
        "各区、县（市）人民政府，市政府各部门：\n"
        "为积极应对人口老龄化，现就加快发展银发经济提出如下意见：\n"
        "一、丰富老年助餐服务\n"
        "到2025年，城乡社区老年助餐服务覆盖率达到百分之九十。\n"
        "二、发展老年文旅消费\n"
        "开发适合老年人的旅游线路五十条。\n"
        "某市人民政府\n"
        "2024年4月15日\n" + "\n".join(chrome) + "\n"
    )
    probe(
        source,
        [*chrome, "版权所有", "本文来源"],
        {
            "kind": "opinion",
            "title": "某市人民政府关于加快发展银发经济的实施意见",
            "issuer": "某市人民政府",
            "recipients": ["各区、县（市）人民政府", "市政府各部门"],
            "sections": [
                (1, "一、", 1, "丰富老年助餐服务", ["到2025年，城乡社区老年助餐服务覆盖率达到百分之九十。"]),
                (1, "二、", 2, "发展老年文旅消费", ["开发适合老年人的旅游线路五十条。"]),
            ],
            "signature": (["某市人民政府"], "2024-04-15", "2024年4月15日"),
            "warnings": [],
        },
    )


def test_body_lines_naming_a_source_of_funds_a_link_and_copyright_stay_text() -> None:
    """Guard: a reply's own lines `资金来源：市级财政专项。`, a sentence on 版权 protection and one that
    gives a link to a policy: all stay paragraphs of their section."""
    paras = [
        "资金来源：市级财政专项资金和社会资本共同投入。",
        "我局将加强文创产品版权保护，未经许可不得转载的规定已写入合同范本。",
        "政策原文链接已在市政府门户网站公布。",
    ]
    source = (
        "关于市政协十三届三次会议第0415号提案的答复\n"
        "祝某委员：\n"
        "您提出的关于扶持文化创意产业的提案收悉，现答复如下：\n"
        "一、扶持资金\n"
        f"{paras[0]}\n"
        "二、版权保护\n"
        f"{paras[1]}\n{paras[2]}\n"
        "特此答复。\n"
        "某市文化广电旅游局\n"
        "2024年6月29日\n"
    )
    probe(
        source,
        [],
        {
            "sections": [
                (1, "一、", 1, "扶持资金", [paras[0]]),
                (1, "二、", 2, "版权保护", paras[1:]),
            ],
            "closing": "特此答复。",
            "signature": (["某市文化广电旅游局"], "2024-06-29", "2024年6月29日"),
            "warnings": [],
        },
    )


# --- Batch 7: several kinds at once, as real copies carry them (written before any run) ---------


def test_a_grid_read_label_line_then_value_line_under_a_font_row_with_a_scan_prompt_at_its_foot() -> None:
    """A district portal's grid copied one cell a line (label, then its value on the next line, the
    labels without colons), a 【字体：大 中 小】【打印】【关闭】 row, and at the foot `扫一扫在手机上查看当前页面`:
    the pairs are metadata, the rest chrome."""
    chrome = ["【字体：大 中 小】【打印】【关闭】", "扫一扫在手机上查看当前页面"]
    source = (
        "索引号\n11330106MB1D23456A/2024-00912\n"
        "发布机构\n某区教育局\n"
        "成文日期\n2024-06-30\n"
        f"{chrome[0]}\n"
        "关于区政协十五届三次会议第178号提案的答复\n"
        "华某委员：\n"
        "您提出的关于加强中小学科学教育的提案收悉，现答复如下：\n"
        "今年我区建成校园科创实验室三十间。\n"
        "特此答复。\n"
        "某区教育局\n"
        "2024年6月30日\n"
        f"{chrome[1]}\n"
    )
    probe(
        source,
        [*chrome, "扫一扫"],
        {
            "title": "关于区政协十五届三次会议第178号提案的答复",
            "issuer": "某区教育局",
            "metadata": {"索引号": "11330106MB1D23456A/2024-00912", "发布机构": "某区教育局", "成文日期": "2024-06-30"},
            "recipients": ["华某委员"],
            "ref": "178",
            "preamble": [
                "您提出的关于加强中小学科学教育的提案收悉，现答复如下：",
                "今年我区建成校园科创实验室三十间。",
            ],
            "closing": "特此答复。",
            "signature": (["某区教育局"], "2024-06-30", "2024年6月30日"),
            "warnings": [],
        },
    )


def test_a_printed_page_with_ocr_confusions_and_doubled_blank_lines() -> None:
    """A printed page scanned and OCR'd: the print's URL and `1/1` at its foot, a blank line doubled
    between every paragraph, 曰 for 日 in the 落款 date and 入 for 人 in the contact label: the foot
    leaves, the fields read."""
    url = "http://www.example.gov.cn/art/2024/6/8/art_1229_66.html"
    source = (
        "关于市政协十三届三次会议第0233号提案的答复\n\n\n"
        "沙某委员：\n\n\n"
        "您提出的关于推进全民健身设施建设的提案收悉，现答复如下：\n\n\n"
        "今年全市新建百姓健身房六十个、社区多功能运动场四十个。\n\n\n"
        "特此答复。\n\n\n"
        "某市体育局\n"
        "2024年6月7曰\n\n\n"
        "联系入：严某  电话：0571-85171234\n"
        f"{url}    1/1\n"
    )
    probe(
        source,
        [url, "1/1"],
        {
            "ref": "0233",
            "preamble": [
                "您提出的关于推进全民健身设施建设的提案收悉，现答复如下：",
                "今年全市新建百姓健身房六十个、社区多功能运动场四十个。",
            ],
            "closing": "特此答复。",
            "signature": (["某市体育局"], "2024-06-07", "2024年6月7曰"),
            "contact": ("严某", ["0571-85171234"]),
            "warnings": [],
        },
    )


def test_a_google_cache_of_a_half_width_reply_with_a_copyright_line_appended() -> None:
    """Google's cache of a half-width copy (`,` and `.` for ， and 。), with an attribution appended by
    the clipboard: the cache head and the attribution leave; the closing keeps its `.`."""
    chrome = [
        "这是 Google 对 https://www.example.gov.cn/zfxxgk/art/2024/5/21/art_5_12.html 的缓存。",
        "这是该网页在 2024年5月30日 02:41:10 GMT 的快照。",
        "来源：某县人民政府网  原文链接：https://www.example.gov.cn/zfxxgk/art/2024/5/21/art_5_12.html",
    ]
    source = (
        f"{chrome[0]}\n{chrome[1]}\n"
        "关于县政协十一届三次会议第42号提案的答复\n"
        "魏某委员:\n"
        "您提出的关于加强农村养老服务的提案收悉,现答复如下:\n"
        "今年我县新建农村互助养老服务点三十个,覆盖行政村一百二十个.\n"
        "特此答复.\n"
        "某县民政局\n"
        "2024年5月20日\n"
        f"{chrome[2]}\n"
    )
    probe(
        source,
        [*chrome, "Google"],
        {
            "title": "关于县政协十一届三次会议第42号提案的答复",
            "recipients": ["魏某委员"],
            "ref": "42",
            "preamble": [
                "您提出的关于加强农村养老服务的提案收悉,现答复如下:",
                "今年我县新建农村互助养老服务点三十个,覆盖行政村一百二十个.",
            ],
            "closing": "特此答复.",
            "signature": (["某县民政局"], "2024-05-20", "2024年5月20日"),
            "warnings": [],
        },
    )


def test_a_fax_with_a_lettered_transmission_line_and_bare_markers() -> None:
    """A faxed reply with its transmission line on top (the month in letters, the sender and the
    addressee named in Han) and the 、 of its markers lost to spaces: the transmission line leaves,
    the sections and the contact read."""
    fax = "JUN-12-2024 09:41  FROM:某县交通运输局  TO:县政协提案委  P.01"
    source = (
        f"{fax}\n"
        "关于县政协十一届三次会议第24号提案的答复\n"
        "鲍某委员：\n"
        "您提出的关于加快农村客运公交化改造的提案收悉，现答复如下：\n"
        "一 改造进展\n"
        "今年全县已完成客运公交化改造线路十二条。\n"
        "二 下一步打算\n"
        "我局将力争明年实现镇村公交全覆盖。\n"
        "特此答复。\n"
        "某县交通运输局\n"
        "2024年6月11日\n"
        "联系人：应某  电话：0576-83012345\n"
    )
    probe(
        source,
        [fax, "JUN-12-2024"],
        {
            "title": "关于县政协十一届三次会议第24号提案的答复",
            "ref": "24",
            "sections": [
                (1, "一", 1, "改造进展", ["今年全县已完成客运公交化改造线路十二条。"]),
                (1, "二", 2, "下一步打算", ["我局将力争明年实现镇村公交全覆盖。"]),
            ],
            "closing": "特此答复。",
            "signature": (["某县交通运输局"], "2024-06-11", "2024年6月11日"),
            "contact": ("应某", ["0576-83012345"]),
            "warnings": [],
        },
    )


def test_a_baidu_snapshot_of_a_reply_wrapped_with_hyphens_and_quoting_in_corner_brackets() -> None:
    """A 百度快照 head over a copy wrapped by a tool that hyphenates between Han characters, the
    proposal quoted in 「」: the head leaves, the wraps join (warned), the reference title reads. My
    reading, corrected after review18 R5: the hyphen stays as written (see batch 4)."""
    chrome = [
        "百度快照谨为网络故障时之索引，不代表被搜索网站的即时页面。",
    ]
    source = (
        f"{chrome[0]}\n"
        "关于市人大十六届三次会议第207号建议的答复\n"
        "项某代表：\n"
        "您提出的「关于加强社区嵌入式托育服务的建议」收悉，现答复如下：\n"
        "今年全市新增社区嵌入式托育点四十五个，新增普惠托位二千四百-\n"
        "个，每千人口拥有托位数达到四点二个。\n"
        "特此答复。\n"
        "某市卫生健康委员会\n"
        "2024年6月18日\n"
    )
    doc = probe(
        source,
        [*chrome, "百度快照"],
        {
            "ref": "207",
            "preamble": [
                "您提出的「关于加强社区嵌入式托育服务的建议」收悉，现答复如下：",
                "今年全市新增社区嵌入式托育点四十五个，新增普惠托位二千四百-个，每千人口拥有托位数达到四点二个。",
            ],
            "closing": "特此答复。",
            "signature": (["某市卫生健康委员会"], "2024-06-18", "2024年6月18日"),
            "warnings": ["page-break-joined"],
        },
    )
    assert ref_title(doc) == "关于加强社区嵌入式托育服务的建议"


def test_scan_prompts_of_other_wordings_and_an_ipv6_footer_leave_the_text() -> None:
    """Three portals' scan prompts (`手机扫一扫 打开当前页`, `用微信扫描二维码分享至好友和朋友圈`,
    `扫一扫在手机打开当前页`) and a footer `本网站支持IPv6` under a reply: all chrome."""
    chrome = [
        "手机扫一扫 打开当前页",
        "用微信扫描二维码分享至好友和朋友圈",
        "扫一扫在手机打开当前页",
        "本网站支持IPv6",
    ]
    source = (
        "关于区人大十七届四次会议第2024077号建议的答复\n"
        "邬某代表：\n"
        "您提出的关于增设社区便民服务点的建议收悉，现答复如下：\n"
        "今年我区新增社区便民服务点二十四个。\n"
        "特此答复。\n"
        "某区商务局\n"
        "2024年7月4日\n" + "\n".join(chrome) + "\n"
    )
    probe(
        source,
        [*chrome, "IPv6", "扫一扫"],
        {
            "ref": "2024077",
            "preamble": [
                "您提出的关于增设社区便民服务点的建议收悉，现答复如下：",
                "今年我区新增社区便民服务点二十四个。",
            ],
            "closing": "特此答复。",
            "signature": (["某区商务局"], "2024-07-04", "2024年7月4日"),
            "warnings": [],
        },
    )


# --- Batch 8: chrome lines ending on 。, plain-text marks, menus and toggles (written before any run)


def test_chrome_label_lines_ending_on_a_full_stop_leave_the_text() -> None:
    """A CMS that ends every chrome row with 。: `来源：某区民政局网站。`, `责任编辑：钟某某。`,
    `上一篇：关于…的通知。`, `下一篇：…。` and `扫一扫在手机打开当前页。` under the reply: a
    `label：value。` chrome row is no sentence, so all leave (session 17's miss)."""
    chrome = [
        "来源：某区民政局网站。",
        "责任编辑：钟某某。",
        "上一篇：关于做好2024年度最低生活保障标准调整工作的通知。",
        "下一篇：关于区政协十五届三次会议第90号提案的答复。",
        "扫一扫在手机打开当前页。",
    ]
    source = (
        "关于区政协十五届三次会议第89号提案的答复\n"
        "桂某委员：\n"
        "您提出的关于完善困难群众救助体系的提案收悉，现答复如下：\n"
        "今年我区为困难群众发放各类救助资金三千二百万元。\n"
        "特此答复。\n"
        "某区民政局\n"
        "2024年6月26日\n" + "\n".join(chrome) + "\n"
    )
    probe(
        source,
        [*chrome, "责任编辑", "上一篇", "下一篇"],
        {
            "ref": "89",
            "preamble": [
                "您提出的关于完善困难群众救助体系的提案收悉，现答复如下：",
                "今年我区为困难群众发放各类救助资金三千二百万元。",
            ],
            "closing": "特此答复。",
            "signature": (["某区民政局"], "2024-06-26", "2024年6月26日"),
            "warnings": [],
        },
    )


def test_double_equals_between_han_characters_in_a_plain_text_keep_their_marks() -> None:
    """A plain text (no Markdown anywhere) that sets a phrase off with `==…==`, as forum posts do:
    without Markdown evidence the marks are the text's own characters and stay (session 17's miss)."""
    para = "请各单位务必于7月10日前报送==逾期不予受理==，并做好资料归档。"
    source = (
        "关于报送2024年上半年安全生产工作总结的通知\n"
        "各镇人民政府，县级有关单位：\n"
        f"{para}\n"
        "特此通知。\n"
        "某县安全生产委员会办公室\n"
        "2024年6月24日\n"
    )
    probe(
        source,
        [],
        {
            "kind": "notice",
            "preamble": [para],
            "closing": "特此通知。",
            "signature": (["某县安全生产委员会办公室"], "2024-06-24", "2024年6月24日"),
            "warnings": [],
        },
    )


def test_a_one_line_print_close_top_row_and_a_bracketed_font_size_row_are_chrome() -> None:
    """`【打印本页】【关闭窗口】【返回顶部】` on one line and `字号：【大】【中】【小】` above the title:
    chrome."""
    chrome = ["字号：【大】【中】【小】", "【打印本页】【关闭窗口】【返回顶部】"]
    source = (
        f"{chrome[0]}\n"
        "关于县政协十一届三次会议第19号提案的答复\n"
        "骆某委员：\n"
        "您提出的关于加强耕地保护的提案收悉，现答复如下：\n"
        "今年全县完成耕地恢复二千亩。\n"
        "特此答复。\n"
        "某县自然资源和规划局\n"
        "2024年6月3日\n"
        f"{chrome[1]}\n"
    )
    probe(
        source,
        [*chrome, "返回顶部", "【大】"],
        {
            "title": "关于县政协十一届三次会议第19号提案的答复",
            "ref": "19",
            "closing": "特此答复。",
            "signature": (["某县自然资源和规划局"], "2024-06-03", "2024年6月3日"),
            "warnings": [],
        },
    )


def test_a_related_attachments_box_with_download_counts_in_brackets_is_no_attachment() -> None:
    """The reply lists its own 附件 before the 落款; under it the page's `相关附件：` box names the file
    with `(已下载 23 次)`: the box leaves, the reply's attachment is the only one."""
    chrome = ["相关附件：", "某县2024年农机购置补贴资金分配表.xls (已下载 23 次)"]
    source = (
        "关于县人大十八届四次会议第33号建议的答复\n"
        "俞某代表：\n"
        "您提出的关于加大农机购置补贴力度的建议收悉，现答复如下：\n"
        "今年全县下达农机购置补贴资金一千五百万元，分配情况见附件。\n"
        "特此答复。\n"
        "附件：某县2024年农机购置补贴资金分配表\n"
        "某县农业农村局\n"
        "2024年6月14日\n" + "\n".join(chrome) + "\n"
    )
    probe(
        source,
        [*chrome, "已下载"],
        {
            "ref": "33",
            "closing": "特此答复。",
            "attachments": ["某县2024年农机购置补贴资金分配表"],
            "signature": (["某县农业农村局"], "2024-06-14", "2024年6月14日"),
            "warnings": [],
        },
    )


def test_accessibility_links_and_a_government_service_menu_around_a_reply_are_chrome() -> None:
    """`无障碍阅读 | 关怀版 | English | 繁体` above and `政务服务  政务公开  互动交流  走进某县` below (the
    service menu parted by two spaces): chrome."""
    chrome = ["无障碍阅读 | 关怀版 | English | 繁体", "政务服务  政务公开  互动交流  走进某县"]
    source = (
        f"{chrome[0]}\n"
        "关于县政协十一届三次会议第58号提案的答复\n"
        "狄某委员：\n"
        "您提出的关于发展全域旅游的提案收悉，现答复如下：\n"
        "今年全县接待游客六百万人次。\n"
        "特此答复。\n"
        "某县文化和广电旅游体育局\n"
        "2024年6月10日\n"
        f"{chrome[1]}\n"
    )
    probe(
        source,
        [*chrome, "关怀版", "走进某县"],
        {
            "title": "关于县政协十一届三次会议第58号提案的答复",
            "ref": "58",
            "closing": "特此答复。",
            "signature": (["某县文化和广电旅游体育局"], "2024-06-10", "2024年6月10日"),
            "warnings": [],
        },
    )


def test_body_sentences_holding_chrome_words_and_ending_on_a_stop_stay_text() -> None:
    """Guard: a body line that opens with a chrome label and its colon but is a sentence with clauses
    (`来源：群众来信、…三个渠道。`) and one opening with a neighbour link's word without a colon
    (`上一篇报道已对此作了说明。`): both stay."""
    paras = ["来源：群众来信、12345热线和网格员上报三个渠道。", "上一篇报道已对此作了说明。"]
    source = (
        "关于区政协十五届三次会议第95号提案的答复\n"
        "凤某委员：\n"
        "您提出的关于畅通民意反映渠道的提案收悉，现答复如下：\n"
        "一、线索来源\n"
        f"{paras[0]}\n"
        "二、信息公开\n"
        f"{paras[1]}\n"
        "特此答复。\n"
        "某区信访局\n"
        "2024年6月28日\n"
    )
    probe(
        source,
        [],
        {
            "sections": [
                (1, "一、", 1, "线索来源", [paras[0]]),
                (1, "二、", 2, "信息公开", [paras[1]]),
            ],
            "closing": "特此答复。",
            "signature": (["某区信访局"], "2024-06-28", "2024年6月28日"),
            "warnings": [],
        },
    )


# --- Batch 9: other kinds of document, other prints and portals (written before any run) --------


def test_a_notice_printed_with_its_title_and_time_on_top_and_the_page_count_with_its_address_below() -> None:
    """A notice printed from a county portal by another browser: each page's head holds the page's
    <title> (the headline and the site parted by `_`) and the print time after a gap, each foot the
    page count `第1页 共2页` before the address: heads and feet leave, the notice reads."""
    head = "某县人民政府办公室关于印发某县2024年夏季防汛工作方案的通知_某县人民政府    2024/8/3 14:05"
    url = "https://www.example.gov.cn/art/2024/8/2/art_1229_8812.html"
    source = (
        f"{head}\n"
        "某县人民政府办公室关于印发某县2024年夏季防汛工作方案的通知\n"
        "各乡镇人民政府，县政府各部门：\n"
        "《某县2024年夏季防汛工作方案》已经县政府同意，现印发给你们，请认真贯彻执行。\n"
        f"第1页 共2页    {url}\n"
        f"{head}\n"
        "某县人民政府办公室\n"
        "2024年8月2日\n"
        f"第2页 共2页    {url}\n"
    )
    probe(
        source,
        [head, url, "14:05", "第1页", "第2页"],
        {
            "kind": "notice",
            "title": "某县人民政府办公室关于印发某县2024年夏季防汛工作方案的通知",
            "issuer": "某县人民政府办公室",
            "recipients": ["各乡镇人民政府", "县政府各部门"],
            "preamble": ["《某县2024年夏季防汛工作方案》已经县政府同意，现印发给你们，请认真贯彻执行。"],
            "signature": (["某县人民政府办公室"], "2024-08-02", "2024年8月2日"),
            "warnings": [],
        },
    )


def test_an_ocr_reply_with_look_alike_characters_in_figures_and_words_kept_as_read() -> None:
    """A photo's OCR: 巳 for 已, 末 for 未, 〇 for the zeros of a figure and I for its one, a mixed-width
    ＡＰＰ: every character stays as read; the sections and the 落款 read."""
    paras = [
        "全市巳建成城市书房I〇〇个，覆盖率较去年末有提高。",
        "目前尚末覆盖的乡镇将通过“书香ＡＰＰ”提供数字阅读服务。",
    ]
    source = (
        "关于市政协十三届三次会议第0458号提案的答复\n"
        "蒋某委员：\n"
        "您提出的关于建设城市书房的提案收悉，现答复如下：\n"
        "一、建设情况\n"
        f"{paras[0]}\n"
        "二、下一步工作\n"
        f"{paras[1]}\n"
        "特此答复。\n"
        "某市文化广电旅游局\n"
        "2024年7月8日\n"
    )
    probe(
        source,
        [],
        {
            "ref": "0458",
            "sections": [(1, "一、", 1, "建设情况", [paras[0]]), (1, "二、", 2, "下一步工作", [paras[1]])],
            "closing": "特此答复。",
            "signature": (["某市文化广电旅游局"], "2024-07-08", "2024年7月8日"),
            "warnings": [],
        },
    )


def test_a_notice_under_a_grid_flattened_with_bars_and_a_scan_prompt_without_a_stop() -> None:
    """A notice on a 集约化 platform: the grid's pairs on one line parted by bars, the font/print/close
    row on one line, `扫一扫在手机打开当前页` without a stop and the 网站标识码 footer: pairs are metadata,
    the number the 文号, the rest chrome."""
    chrome = [
        "【字体：大 中 小】【打印】【关闭】",
        "扫一扫在手机打开当前页",
        "网站标识码：3307000001  浙ICP备12001234号-1",
    ]
    source = (
        "索引号：002001122/2024-00512 | 发布机构：某县教育局 | 发文日期：2024-08-26 | 文号：某教发〔2024〕31号\n"
        f"{chrome[0]}\n"
        "某县教育局关于做好2024年秋季开学工作的通知\n"
        "各中小学、幼儿园：\n"
        "为做好今年秋季开学工作，现将有关事项通知如下：\n"
        "一、做好校园安全排查\n"
        "开学前各校要全面排查校舍、食堂等安全隐患。\n"
        "二、做好教学准备\n"
        "各校要按时发放教材，确保开学第一天正常上课。\n"
        "某县教育局\n"
        "2024年8月26日\n"
        f"{chrome[1]}\n{chrome[2]}\n"
    )
    probe(
        source,
        [*chrome, "扫一扫"],
        {
            "kind": "notice",
            "title": "某县教育局关于做好2024年秋季开学工作的通知",
            "issuer": "某县教育局",
            "number": ("某教发〔2024〕31号", 2024, 31),
            "metadata": {
                "索引号": "002001122/2024-00512",
                "发布机构": "某县教育局",
                "发文日期": "2024-08-26",
                "文号": "某教发〔2024〕31号",
            },
            "recipients": ["各中小学、幼儿园"],
            "sections": [
                (1, "一、", 1, "做好校园安全排查", ["开学前各校要全面排查校舍、食堂等安全隐患。"]),
                (1, "二、", 2, "做好教学准备", ["各校要按时发放教材，确保开学第一天正常上课。"]),
            ],
            "signature": (["某县教育局"], "2024-08-26", "2024年8月26日"),
            "warnings": [],
        },
    )


def test_a_half_width_opinion_with_corner_quotes_and_items_printed_with_its_address() -> None:
    """An 意见 copied through a half-width filter (`,` `.` `:` `(` `)`), quoting in 「」, its 一是/二是
    after half-width stops, a print's address and `1/1` at its foot: the sections, items and 落款 read,
    the foot leaves."""
    url = "http://www.example.gov.cn/art/2024/3/12/art_1229_3301.html"
    source = (
        "某市人民政府关于推进「15分钟便民生活圈」建设的实施意见\n"
        "各区、县(市)人民政府,市政府各部门:\n"
        "为提升居民生活品质,现提出如下意见:\n"
        "(一)完善便民设施.一是补齐菜市场短板.每个街道至少建成一个标准化菜市场.二是发展社区商业.引导便利店进社区.\n"
        "(二)强化组织保障.各地要建立工作专班,定期研究推进.\n"
        "某市人民政府\n"
        "2024年3月12日\n"
        f"{url}    1/1\n"
    )
    probe(
        source,
        [url, "1/1"],
        {
            "kind": "opinion",
            "title": "某市人民政府关于推进「15分钟便民生活圈」建设的实施意见",
            "issuer": "某市人民政府",
            "recipients": ["各区、县(市)人民政府", "市政府各部门"],
            "preamble": ["为提升居民生活品质,现提出如下意见:"],
            "sections": [
                (
                    1,
                    "(一)",
                    1,
                    "完善便民设施",
                    ["一是补齐菜市场短板.每个街道至少建成一个标准化菜市场.二是发展社区商业.引导便利店进社区."],
                ),
                (1, "(二)", 2, "强化组织保障", ["各地要建立工作专班,定期研究推进."]),
            ],
            "items": [[("一是", "补齐菜市场短板"), ("二是", "发展社区商业")]],
            "signature": (["某市人民政府"], "2024-03-12", "2024年3月12日"),
            "warnings": [],
        },
    )


def test_an_approval_from_a_long_cache_head_under_an_eye_care_toggle_row() -> None:
    """A 批复 from Google's cache whose address makes its head line long, over the portal's toggle row
    (`视力保护色：默认 | 关怀版 | 无障碍`): all chrome."""
    chrome = [
        "这是 Google 对 https://www.example.gov.cn/zwgk/zfxxgkml/fggw/202405/t20240520_4455667.html?source=search"
        "&channel=zfxxgk&keyword=%E6%89%B9%E5%A4%8D 的缓存。",
        "视力保护色：默认 | 关怀版 | 无障碍",
    ]
    assert len(chrome[0]) > 100
    source = (
        "\n".join(chrome) + "\n"
        "某市人民政府关于同意设立某市高新技术产业园区的批复\n"
        "某区人民政府：\n"
        "你区《关于设立某市高新技术产业园区的请示》收悉。经研究，同意设立某市高新技术产业园区。\n"
        "某市人民政府\n"
        "2024年5月17日\n"
    )
    probe(
        source,
        [*chrome, "Google", "关怀版"],
        {
            "kind": "approval",
            "title": "某市人民政府关于同意设立某市高新技术产业园区的批复",
            "issuer": "某市人民政府",
            "recipients": ["某区人民政府"],
            "preamble": ["你区《关于设立某市高新技术产业园区的请示》收悉。经研究，同意设立某市高新技术产业园区。"],
            "signature": (["某市人民政府"], "2024-05-17", "2024年5月17日"),
            "warnings": [],
        },
    )


def test_service_menu_words_and_scan_steps_inside_a_notice_stay_text() -> None:
    """Guard: a notice whose own text lists the service channels one a line (政务服务网, 个人办事 ⏎ 法人办事)
    and tells to scan a code on a line of its own: inside the text they are the notice's."""
    lines = ["办理入口：", "个人办事 法人办事", "扫描二维码", "按提示填写申报信息。"]
    source = (
        "关于开展2024年度个体工商户年报工作的通知\n"
        "各市场监管所：\n"
        "现就2024年度个体工商户年报工作通知如下，请各所广泛宣传，\n"
        + "\n".join(lines)
        + "\n特此通知。\n某县市场监督管理局\n2024年1月5日\n"
    )
    doc = probe(
        source,
        [],
        {
            "kind": "notice",
            "closing": "特此通知。",
            "signature": (["某县市场监督管理局"], "2024-01-05", "2024年1月5日"),
        },
    )
    for line in lines:
        assert line.replace(" ", "") in doc.text.replace(" ", ""), line


# --- Batch 10: several kinds at once, and guards (written before any run) -------------------------


def test_a_baidu_snapshot_of_a_faxed_half_width_reply_with_an_attribution_appended() -> None:
    """百度快照's query line over a faxed reply (its transmission line on top) whose punctuation a filter
    made half-width, the clipboard's attribution block under it: the snapshot, fax and attribution lines
    leave; the reply's fields read with its characters as written."""
    chrome = [
        "您查询的关键词是：人大建议 答复 停车 。如果打开速度慢，可以尝试快速版；如果想保存快照，可以添加到搜藏。",
        "2024-07-22 10:05  FROM:0579 82123456  TO:82654321  P.1/1",
        "作者：城事观察",
        "链接：https://www.zhihu.com/question/633221144/answer/3122334455",
        "来源：知乎",
        "著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。",
    ]
    source = (
        f"{chrome[0]}\n{chrome[1]}\n"
        "关于市人大十六届三次会议第233号建议的答复\n"
        "石某代表:\n"
        "您提出的关于加强医院周边停车管理的建议收悉,现答复如下:\n"
        "今年我局在市区六家医院周边新增临时停车泊位四百个,并开通预约停车服务.\n"
        "特此答复.\n"
        "某市公安局交通警察支队\n"
        "2024年7月19日\n" + "\n".join(chrome[2:]) + "\n"
    )
    probe(
        source,
        [*chrome, "FROM:", "知乎"],
        {
            "title": "关于市人大十六届三次会议第233号建议的答复",
            "recipients": ["石某代表"],
            "ref": "233",
            "preamble": [
                "您提出的关于加强医院周边停车管理的建议收悉,现答复如下:",
                "今年我局在市区六家医院周边新增临时停车泊位四百个,并开通预约停车服务.",
            ],
            "closing": "特此答复.",
            "signature": (["某市公安局交通警察支队"], "2024-07-19", "2024年7月19日"),
            "warnings": [],
        },
    )


def test_a_county_reply_with_its_own_attachment_a_file_row_and_a_sidebar_label() -> None:
    """A county reply: a one-line grid, the font row, its own 附件 before the 落款, and under it the
    page's file row with its download count and the sidebar's 相关信息 label over the organ's name and
    phone (lines the text does not repeat whole): the grid is metadata, the reply's attachment the
    only one, the file row and the label chrome. My reading, corrected after the run: the sidebar's
    `办公电话：…` under the 落款 is a contact phone by the contract (contact "wherever it stands"), its
    主办单位 line the contact block's, so nothing is unplaced."""
    chrome = [
        "【字体：大 中 小】【打印】【关闭】",
        "附件：某县2024年村级公益事业补助项目表.xlsx  下载次数：41",
        "相关信息",
    ]
    source = (
        "索引号：002699001/2024-01342 主题分类：农业、林业、水利 发文机关：某县农业农村局 成文日期：2024-07-12\n"
        f"{chrome[0]}\n"
        "关于县政协十一届三次会议第77号提案的答复\n"
        "顾某委员：\n"
        "您提出的关于支持村级公益事业建设的提案收悉，现答复如下：\n"
        "今年全县安排村级公益事业补助项目一百二十个，具体见附件。\n"
        "特此答复。\n"
        "附件：某县2024年村级公益事业补助项目表\n"
        "某县农业农村局\n"
        "2024年7月12日\n"
        f"{chrome[1]}\n{chrome[2]}\n"
        "主办单位：某县农业农村局\n"
        "办公电话：0579-83012345\n"
    )
    probe(
        source,
        [chrome[0], chrome[2], "下载次数"],
        {
            "title": "关于县政协十一届三次会议第77号提案的答复",
            "issuer": "某县农业农村局",
            "metadata": {
                "索引号": "002699001/2024-01342",
                "主题分类": "农业、林业、水利",
                "发文机关": "某县农业农村局",
                "成文日期": "2024-07-12",
            },
            "recipients": ["顾某委员"],
            "ref": "77",
            "closing": "特此答复。",
            "attachments": ["某县2024年村级公益事业补助项目表"],
            "signature": (["某县农业农村局"], "2024-07-12", "2024年7月12日"),
            "contact": (None, ["0579-83012345"]),
            "warnings": [],
        },
    )


def test_a_browser_print_of_a_hyphen_wrapped_reply_with_doubled_blank_lines() -> None:
    """A browser's print (time and headline on top, address and `1/1` below) of a copy a tool wrapped
    at 22 characters with hyphens between Han characters, a blank line doubled between paragraphs:
    the band leaves, the paragraph joins (warned). My reading, corrected after review18 R5: the
    hyphens stay as written (see batch 4)."""
    head = "2024/9/2 下午3:10    关于县人大十八届四次会议第41号建议的答复"
    url = "https://www.example.gov.cn/art/2024/9/2/art_1229_9001.html"
    source = (
        f"{head}\n"
        "关于县人大十八届四次会议第41号建议的答复\n\n\n"
        "蒋某代表：\n\n\n"
        "您提出的关于加快农村寄递物流体系建设的建议收悉，现答复如下：\n\n\n"
        "今年全县新建村级寄递物流综合服务站一百一十-\n"
        "个，实现行政村快递服务全覆盖，农产品寄递成-\n"
        "本较去年下降两成。\n\n\n"
        "特此答复。\n\n\n"
        "某县商务局\n"
        "2024年8月30日\n"
        f"{url}    1/1\n"
    )
    probe(
        source,
        [head, url, "下午3:10"],
        {
            "title": "关于县人大十八届四次会议第41号建议的答复",
            "recipients": ["蒋某代表"],
            "ref": "41",
            "preamble": [
                "您提出的关于加快农村寄递物流体系建设的建议收悉，现答复如下：",
                "今年全县新建村级寄递物流综合服务站一百一十-个，实现行政村快递服务全覆盖，农产品寄递成-本较去年下降两成。",
            ],
            "closing": "特此答复。",
            "signature": (["某县商务局"], "2024-08-30", "2024年8月30日"),
            "warnings": ["page-break-joined"],
        },
    )


def test_a_wayback_copy_with_long_mark_markers_a_white_corner_title_and_plain_double_equals() -> None:
    """A Wayback copy (banner and capture line) of an OCR'd reply: its 一 read as ー in the markers, the
    proposal quoted in 『』, a phrase set off with `==` in the plain text: the banner leaves, the markers
    read, the reference's title reads, the `==` stay."""
    chrome = [
        "The Wayback Machine - https://web.archive.org/web/20240901000000/https://www.example.gov.cn/a/1.html",
        "3 captures 01 Sep 2024 - 09 Oct 2024",
    ]
    para = "全区完成==老旧管网==改造四十公里。"
    source = (
        "\n".join(chrome) + "\n"
        "关于区政协十五届三次会议第204号提案的答复\n"
        "侯某委员：\n"
        "您提出的『关于加快老旧供水管网改造的提案』收悉，现答复如下：\n"
        "ー、改造进展\n"
        f"{para}\n"
        "二、下一步工作\n"
        "我局将完成剩余管网改造。\n"
        "特此答复。\n"
        "某区水利局\n"
        "2024年8月28日\n"
    )
    doc = probe(
        source,
        [*chrome, "Wayback"],
        {
            "ref": "204",
            "sections": [
                (1, "ー、", 1, "改造进展", [para]),
                (1, "二、", 2, "下一步工作", ["我局将完成剩余管网改造。"]),
            ],
            "closing": "特此答复。",
            "signature": (["某区水利局"], "2024-08-28", "2024年8月28日"),
            "warnings": [],
        },
    )
    assert ref_title(doc) == "关于加快老旧供水管网改造的提案"


def test_a_half_width_notice_with_neighbour_links_ending_on_stops_and_a_reprint_line() -> None:
    """A notice copied half-width (`特此通知.`), with the page's 上一篇：/下一篇： rows ending on 。 and a
    reposting site's `转载请注明出处。` under it: the rows leave; the closing keeps its `.`."""
    chrome = [
        "上一篇：关于做好2024年中秋国庆期间安全生产工作的通知。",
        "下一篇：关于公布2024年度县级文明单位名单的通报。",
        "转载请注明出处。",
    ]
    source = (
        "关于开展2024年秋季爱国卫生运动的通知\n"
        "各乡镇人民政府,县级各部门:\n"
        "为巩固国家卫生县城创建成果,决定在全县开展秋季爱国卫生运动.\n"
        "一、集中清理环境卫生死角.\n"
        "二、开展病媒生物防制.\n"
        "特此通知.\n"
        "某县爱国卫生运动委员会办公室\n"
        "2024年9月9日\n" + "\n".join(chrome) + "\n"
    )
    probe(
        source,
        [*chrome, "上一篇", "下一篇"],
        {
            "kind": "notice",
            "recipients": ["各乡镇人民政府", "县级各部门"],
            "sections": [(1, "一、", 1, "集中清理环境卫生死角", []), (1, "二、", 2, "开展病媒生物防制", [])],
            "closing": "特此通知.",
            "signature": (["某县爱国卫生运动委员会办公室"], "2024-09-09", "2024年9月9日"),
            "warnings": [],
        },
    )


def test_sentences_naming_search_engines_snapshots_and_reprints_stay_text() -> None:
    """Guard: a reply's own sentences on search engines, page snapshots and reprints (我局已向百度、Google
    提交…, 这是我市对…的第三次答复。, 转载本网站政务信息须注明来源。): all stay."""
    paras = [
        "我局已向百度、Google等搜索引擎提交政府网站地图。",
        "本网站页面的历史快照由市档案馆定期存档。",
        "转载本网站政务信息须注明来源。",
        "这是我局对该类提案的第三次答复。",
    ]
    source = (
        "关于市政协十三届三次会议第0501号提案的答复\n"
        "贺某委员：\n"
        "您提出的关于提升政府网站可访问性的提案收悉，现答复如下：\n"
        + "\n".join(paras)
        + "\n特此答复。\n某市大数据管理局\n2024年7月30日\n"
    )
    probe(
        source,
        [],
        {
            "preamble": ["您提出的关于提升政府网站可访问性的提案收悉，现答复如下：", *paras],
            "closing": "特此答复。",
            "signature": (["某市大数据管理局"], "2024-07-30", "2024年7月30日"),
            "warnings": [],
        },
    )
