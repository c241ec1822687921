"""Round-14 blind probes of text that came through the conversion paths real archives use: replies
to 政协提案 and 人大建议 (and a few notices and 批复) as pandoc/markitdown, lynx/w3m/html2text, a
WeChat copy, an email forward, a registry export, pdftotext -layout, a line-numbering viewer or a
traditional-character converter leave them.

Earlier rounds covered (see tests/test_probes_13_noise.py): one kind of damage at a time (4), page
furniture, wraps, OCR confusions, portal chrome, Word exports (11, 12, 13). Here the converters
themselves: Markdown marks of pandoc and markitdown (bold paragraphs, escaped `1\\.` and `\\[`,
`#` headings over 一、, pipe tables, `>` quotes, hard breaks by two spaces or `\\`); text browsers'
dumps ([1] link references and their References list, `* ` bullets, wraps with indents, table
borders); WeChat article copies; email forwards; registry exports; pdftotext -layout; numbered
viewer lines; converter-made traditional characters.

Every expected value was written by hand from the contract (../shared/design/contract.md) and the
README's warning table before the parser ran on the batch (each batch was committed first).

First look per batch (documents whole / checks), and the general cause of each miss (cause tests in
tests/test_noise14_causes.py, each a new example that fails on the session's start):
- batch 1 (pandoc/markitdown Markdown): 4/6 whole, 54/56 checks. Both misses my reading (corrected and
  noted in place): a Markdown table stands in its section's `tables`, not the Document's; a line of
  at most 30 characters with no stop inside is a heading by the contract, its 。 dropped.
- batch 2 (lynx/w3m/html2text dumps): 1/6 whole, 40/54 checks. Causes: lynx's numbered link list
  (`References` / `Visible links` and its `N. URL` lines) and the `[N]` marks it names
  (readers.text._link_list, _LINK_MARK); a table drawn with box characters or `+---+` borders was
  text, so a drawn information table gave no pairs and a body table was joined as a wrap
  (readers.text._drawn_tables); the portal's menu entries alone on lines (patterns.EDGE_CHROME, edge
  only: an information table may hold one as a value, 主题分类：政务公开).
- batch 3 (WeChat copies, mail forwards): 1/6 whole, 39/51 checks. Causes (patterns.chrome): a post's
  byline closed by 发表于 or dated 年月日 after 原创, its ▲ image captions, its lists of earlier posts
  (往期推荐, 喜欢此内容的人还喜欢: link-list labels), its QR prompt, a read count with a decimal; its foot
  (END, editors one a line, the 分享/在看/点赞 row) as edge chrome; a mail client's separator
  (-----原始邮件-----, Forwarded message); an emoji before a heading hid its marker
  (readers.text._EDGE_PICTOGRAPHS). Two misses my reading: 批复 is kind `approval`; a short line
  with no inner stop is a heading.
- batch 4 (pdftotext -layout, viewer numbers, converter traditional, escaped export): 2/5 whole,
  25/47 checks. Causes: a viewer's number before every line (readers.text._numbered); a field's
  line breaks exported as `\\n` escapes (readers.text._cut_at). Left: two columns side by
  side (pdftotext -layout of a 公报 page): reading them column by column reorders the input's
  characters, which the text invariants forbid (tests/invariants.invented); a strict xfail and a
  question in the report (a reader for it was written and set aside).
- batch 5 (grid tables, a signature table, lynx placeholders, a re-wrapped quote, OpenCC whole): 3/5
  whole, 39/43 checks. Causes: pandoc's grid-table header rule `+====+` (readers.text._DRAWN_BORDER);
  lynx's `[IMG]`, `[file.png]`, `(BUTTON) …` placeholders (patterns.chrome).
- batch 6 (bold in hash headings, lynx hidden links, 丨 credits, a Foxmail forward): 2/4 whole, 27/31
  checks. Causes: lynx's `Hidden links:` indented under its references (readers.text._LINK_LIST); a
  post's credits parted by `丨` or `|` instead of a colon (来源丨…, 文丨… 图丨…, 编辑丨…), its `▼` pointer
  and a dashed `—— END ——` (patterns.chrome, EDGE_CHROME).

Over the six batches: 13/32 documents whole at first look, 224/282 checks (four misses my reading,
corrected and noted); 31/32 whole now, the last a strict xfail.
"""

from __future__ import annotations

import pytest

from tests.test_probes_11_noise import look, parsed, same

# --- Batch 1: pandoc/markitdown DOCX→Markdown (written before any run) ---------------------------


def test_a_pandoc_reply_with_bold_head_lines_hash_headings_and_escaped_number_stops() -> None:
    """pandoc -t markdown of a .docx reply: the 红头 organ, 文号 and title each a `**…**` paragraph,
    the 一、 headings made `#` headings, numbered points escaped as `1\\.`, the 落款's lines ended by
    two trailing spaces. Marks leave; the 文号 splits; the points are num sections under 二、."""
    source = (
        "**某市交通运输局**\n"
        "\n"
        "**某交提复〔2024〕21号**\n"
        "\n"
        "**关于市政协十三届三次会议第0512号提案的答复**\n"
        "\n"
        "孙某委员：\n"
        "\n"
        "您提出的关于优化公交线网布局的提案收悉，现答复如下：\n"
        "\n"
        "# 一、公交线网优化情况\n"
        "\n"
        "今年我局优化调整公交线路二十三条，新开社区微循环线路八条。\n"
        "\n"
        "# 二、下一步工作\n"
        "\n"
        "1\\. 推进公交专用道建设。今年新增公交专用道十五公里。\n"
        "\n"
        "2\\. 提升站点覆盖率。中心城区公交站点五百米覆盖率达到百分之九十八。\n"
        "\n"
        "感谢您对交通运输工作的关心和支持。\n"
        "\n"
        "某市交通运输局  \n"
        "2024年6月18日\n"
        "\n"
        "（联系人：张某，联系电话：0571-87654321）\n"
    )
    doc = parsed(source)
    same(
        look(doc, "**", "\\.", "#"),
        {
            "kind": "reply",
            "title": "关于市政协十三届三次会议第0512号提案的答复",
            "number": ("某交提复〔2024〕21号", 2024, 21),
            "issuer": "某市交通运输局",
            "recipients": ["孙某委员"],
            "ref": "0512",
            "preamble": ["您提出的关于优化公交线网布局的提案收悉，现答复如下："],
            "sections": [
                (1, "一、", 1, "公交线网优化情况", ["今年我局优化调整公交线路二十三条，新开社区微循环线路八条。"]),
                (1, "二、", 2, "下一步工作", []),
                (2, "1.", 1, "推进公交专用道建设", ["今年新增公交专用道十五公里。"]),
                (2, "2.", 2, "提升站点覆盖率", ["中心城区公交站点五百米覆盖率达到百分之九十八。"]),
            ],
            "closing": "感谢您对交通运输工作的关心和支持。",
            "signature": (["某市交通运输局"], "2024-06-18", "2024年6月18日"),
            "contact": ("张某", ["0571-87654321"]),
            "warnings": [],
            "leaked": [],
        },
    )


def test_markitdown_bold_sub_headings_and_an_escaped_paren_marker_keep_their_titles() -> None:
    """markitdown of a reply whose （一） sub-headings are bold paragraphs (`**（一）加强监管**`), whose
    first 一、 heading is a `##` heading with closing hashes, and whose bold run-in title sits inside a
    paragraph (`**（三）强化宣传。**我局…`): sections at two levels with their titles, marks gone."""
    source = (
        "关于区十八届人大三次会议第27号建议的答复\n"
        "\n"
        "龚某代表：\n"
        "\n"
        "您提出的关于加强农贸市场食品安全监管的建议收悉，现答复如下：\n"
        "\n"
        "## 一、工作开展情况 ##\n"
        "\n"
        "**（一）加强日常监管**\n"
        "\n"
        "我局对全区十九家农贸市场实行网格化监管，每月开展快检不少于两次。\n"
        "\n"
        "**（二）推进智慧市场建设**\n"
        "\n"
        "今年已完成六家农贸市场智慧化改造。\n"
        "\n"
        "**（三）强化宣传引导。**我局在各市场设立食品安全宣传栏，发放宣传资料五千余份。\n"
        "\n"
        "## 二、下一步打算 ##\n"
        "\n"
        "我局将继续推进农贸市场提档升级。\n"
        "\n"
        "特此答复。\n"
        "\n"
        "某区市场监督管理局\n"
        "\n"
        "2024年7月5日\n"
    )
    doc = parsed(source)
    same(
        look(doc, "**", "##"),
        {
            "title": "关于区十八届人大三次会议第27号建议的答复",
            "recipients": ["龚某代表"],
            "ref": "27",
            "sections": [
                (1, "一、", 1, "工作开展情况", []),
                (2, "（一）", 1, "加强日常监管", ["我局对全区十九家农贸市场实行网格化监管，每月开展快检不少于两次。"]),
                (2, "（二）", 2, "推进智慧市场建设", ["今年已完成六家农贸市场智慧化改造。"]),
                (2, "（三）", 3, "强化宣传引导", ["我局在各市场设立食品安全宣传栏，发放宣传资料五千余份。"]),
                (1, "二、", 2, "下一步打算", ["我局将继续推进农贸市场提档升级。"]),
            ],
            "closing": "特此答复。",
            "signature": (["某区市场监督管理局"], "2024-07-05", "2024年7月5日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_a_pandoc_pipe_table_between_paragraphs_leaves_the_sections_and_signature_whole() -> None:
    """A reply whose docx held a table of figures, made a pipe table by pandoc (header, delimiter
    row, two rows) between two paragraphs of 一、: the table is the body's, the paragraphs stay in
    their section, the closing and 落款 whole."""
    source = (
        "关于市政协十三届三次会议第0388号提案的答复\n"
        "\n"
        "邹某委员：\n"
        "\n"
        "您提出的关于加快充电基础设施建设的提案收悉，现答复如下：\n"
        "\n"
        "一、建设情况\n"
        "\n"
        "截至今年5月底，全市充电设施建设情况如下：\n"
        "\n"
        "| 类别 | 数量（个） |\n"
        "|------|-----------|\n"
        "| 公共充电桩 | 12600 |\n"
        "| 专用充电桩 | 8400 |\n"
        "\n"
        "总体能够满足当前新能源汽车充电需求。\n"
        "\n"
        "二、下一步工作\n"
        "\n"
        "我委将推动老旧小区充电设施改造。\n"
        "\n"
        "感谢您对我市能源工作的关心和支持。\n"
        "\n"
        "某市发展和改革委员会\n"
        "\n"
        "2024年6月3日\n"
    )
    doc = parsed(source)
    got = look(doc, "|------|", "| 类别 |")
    got["sections"] = [(lv, m, o, t, [p for p in ps if "充电桩" not in p]) for lv, m, o, t, ps in got["sections"]]
    same(
        got | {"tables": len(doc.tables) + sum(len(x.tables) for x in doc.iter_sections())},
        {
            "ref": "0388",
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "建设情况",
                    ["截至今年5月底，全市充电设施建设情况如下：", "总体能够满足当前新能源汽车充电需求。"],
                ),
                (1, "二、", 2, "下一步工作", ["我委将推动老旧小区充电设施改造。"]),
            ],
            "closing": "感谢您对我市能源工作的关心和支持。",
            "signature": (["某市发展和改革委员会"], "2024-06-03", "2024年6月3日"),
            "tables": 1,
            "warnings": [],
            "leaked": [],
        },
    )


def test_a_quoted_proposal_passage_and_hard_breaks_in_the_addressee_and_signature() -> None:
    """pandoc kept Word's soft line breaks as `\\` at line ends (its hard_line_breaks form) in the
    落款 and a quoted passage of the proposal as a `> ` block: the quote is a paragraph of the
    preamble without its mark, the 落款 two organs (joint reply) and one date."""
    source = (
        "关于市十六届人大四次会议第0105号建议的答复\n"
        "\n"
        "韦某代表：\n"
        "\n"
        "您在建议中提出：\n"
        "\n"
        "> 建议加快推进城区积水点改造，完善排水管网。\n"
        "\n"
        "经认真研究，现答复如下：\n"
        "\n"
        "今年两部门已完成城区积水点改造三十一处，新建改造排水管网四十六公里。\n"
        "\n"
        "感谢您对我市城市建设工作的关心和支持。\n"
        "\n"
        "某市住房和城乡建设局\\\n"
        "某市水务局\\\n"
        "2024年6月25日\n"
    )
    doc = parsed(source)
    same(
        look(doc, "> 建议", "局\\"),
        {
            "title": "关于市十六届人大四次会议第0105号建议的答复",
            "recipients": ["韦某代表"],
            "ref": "0105",
            "preamble": [
                "您在建议中提出：",
                "建议加快推进城区积水点改造，完善排水管网。",
                "经认真研究，现答复如下：",
                "今年两部门已完成城区积水点改造三十一处，新建改造排水管网四十六公里。",
            ],
            "sections": [],
            "closing": "感谢您对我市城市建设工作的关心和支持。",
            "signature": (["某市住房和城乡建设局", "某市水务局"], "2024-06-25", "2024年6月25日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_a_markdown_notice_with_a_setext_title_numbered_list_items_and_a_bold_attachment_label() -> None:
    """A notice converted by markitdown: the title underlined by `===`, the addressee plain, items of
    一、 as a Markdown ordered list (`1. …`), an attachment under a bold `**附件：**` label: a notice
    with its recipients, sections, num sub-sections, attachment and 落款."""
    source = (
        "某县人民政府办公室关于开展2024年安全生产月活动的通知\n"
        "==========================================\n"
        "\n"
        "各乡镇人民政府，县政府各部门：\n"
        "\n"
        "根据上级部署，现就开展今年安全生产月活动有关事项通知如下：\n"
        "\n"
        "一、活动主题\n"
        "\n"
        "人人讲安全、个个会应急。\n"
        "\n"
        "二、活动安排\n"
        "\n"
        "1. 6月上旬开展安全宣传咨询日活动。\n"
        "2. 6月中旬组织应急演练。\n"
        "3. 6月下旬开展隐患排查整治。\n"
        "\n"
        "**附件：**安全生产月活动信息报送表\n"
        "\n"
        "某县人民政府办公室\n"
        "\n"
        "2024年5月28日\n"
    )
    doc = parsed(source)
    same(
        look(doc, "===", "**"),
        {
            "kind": "notice",
            "title": "某县人民政府办公室关于开展2024年安全生产月活动的通知",
            "issuer": "某县人民政府办公室",
            "recipients": ["各乡镇人民政府", "县政府各部门"],
            "preamble": ["根据上级部署，现就开展今年安全生产月活动有关事项通知如下："],
            "sections": [
                (1, "一、", 1, "活动主题", ["人人讲安全、个个会应急。"]),
                (1, "二、", 2, "活动安排", []),
                # a line of at most 30 characters with no stop inside is a heading (contract), its 。 dropped
                (2, "1.", 1, "6月上旬开展安全宣传咨询日活动", []),
                (2, "2.", 2, "6月中旬组织应急演练", []),
                (2, "3.", 3, "6月下旬开展隐患排查整治", []),
            ],
            "attachments": ["安全生产月活动信息报送表"],
            "signature": (["某县人民政府办公室"], "2024-05-28", "2024年5月28日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_bold_item_leads_and_escaped_brackets_of_a_markitdown_reply() -> None:
    """markitdown escaped the square brackets of a 文号 (`\\[2024\\]`) and kept bold leads of
    一是/二是 items (`一是**完善政策体系**。`): the 文号 is read with its brackets, the items'
    leads are the bold runs, the marks gone."""
    source = (
        "某人社提复\\[2024\\]9号\n"
        "\n"
        "关于县政协十一届三次会议第86号提案的答复\n"
        "\n"
        "潘某委员：\n"
        "\n"
        "您提出的关于促进高校毕业生就业的提案收悉，现答复如下：\n"
        "\n"
        "今年我局重点做了三方面工作：一是**完善政策体系**。出台吸纳就业补贴办法。"
        "二是**拓宽就业渠道**。举办专场招聘会十二场。三是**强化就业服务**。建立未就业毕业生实名台账。\n"
        "\n"
        "特此答复。\n"
        "\n"
        "某县人力资源和社会保障局\n"
        "\n"
        "2024年6月7日\n"
    )
    doc = parsed(source)
    same(
        look(doc, "**", "\\[") | {"items": [[(i.marker, i.lead) for i in p.items] for p in doc.preamble if p.items]},
        {
            "number": ("某人社提复[2024]9号", 2024, 9),
            "title": "关于县政协十一届三次会议第86号提案的答复",
            "recipients": ["潘某委员"],
            "ref": "86",
            "items": [[("一是", "完善政策体系"), ("二是", "拓宽就业渠道"), ("三是", "强化就业服务")]],
            "closing": "特此答复。",
            "signature": (["某县人力资源和社会保障局"], "2024-06-07", "2024年6月7日"),
            "warnings": [],
            "leaked": [],
        },
    )


# --- Batch 2: lynx/w3m/html2text dumps of portal pages (written before any run) -----------------


def test_a_lynx_dump_with_numbered_link_references_and_a_references_list_at_the_end() -> None:
    """`lynx -dump` of a portal's reply page: a breadcrumb of `[1]首页 > [2]…`, a byline with a
    link reference, print/close links, the body indented by three spaces and wrapped at lynx's 76
    columns (a CJK character two columns), the 落款 pushed right, and lynx's `References` list of
    URLs at the end. The chrome and the list leave; the wrapped paragraph is whole (warned)."""
    source = (
        "   [1]首页 > [2]政务公开 > [3]建议提案办理\n"
        "\n"
        "关于市政协十三届三次会议第0277号提案的答复\n"
        "\n"
        "   发布时间：2024-07-10 来源：[4]市民政局\n"
        "\n"
        "   [5][打印] [6][关闭]\n"
        "\n"
        "   蔡某委员：\n"
        "\n"
        "   您提出的关于加强养老服务人才队伍建设的提案收悉，现答复如下：\n"
        "\n"
        "   一、人才培养情况\n"
        "\n"
        "   我局联合市人力资源和社会保障局开展养老护理员职业技能培训，今年累\n"
        "   计培训二千一百人次，持证上岗率达到百分之八十五。\n"
        "\n"
        "   二、下一步工作\n"
        "\n"
        "   我局将完善养老护理员薪酬激励机制。\n"
        "\n"
        "   感谢您对民政工作的关心和支持。\n"
        "\n"
        "                                                         某市民政局\n"
        "                                                      2024年7月8日\n"
        "\n"
        "References\n"
        "\n"
        "   1. http://mzj.example.gov.cn/\n"
        "   2. http://mzj.example.gov.cn/zwgk/\n"
        "   3. http://mzj.example.gov.cn/zwgk/jytabl/\n"
        "   4. http://mzj.example.gov.cn/\n"
        "   5. javascript:window.print()\n"
        "   6. javascript:window.close()\n"
    )
    doc = parsed(source)
    same(
        look(doc, "[1]首页", "发布时间", "[打印]", "[关闭]", "References", "http://", "javascript"),
        {
            "title": "关于市政协十三届三次会议第0277号提案的答复",
            "recipients": ["蔡某委员"],
            "ref": "0277",
            "preamble": ["您提出的关于加强养老服务人才队伍建设的提案收悉，现答复如下："],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "人才培养情况",
                    [
                        "我局联合市人力资源和社会保障局开展养老护理员职业技能培训，今年累计培训二千一百人次，"
                        "持证上岗率达到百分之八十五。"
                    ],
                ),
                (1, "二、", 2, "下一步工作", ["我局将完善养老护理员薪酬激励机制。"]),
            ],
            "closing": "感谢您对民政工作的关心和支持。",
            "signature": (["某市民政局"], "2024-07-08", "2024年7月8日"),
            "warnings": ["page-break-joined"],
            "leaked": [],
        },
    )


def test_a_w3m_dump_of_an_information_table_drawn_with_box_characters() -> None:
    """`w3m -dump` draws the portal's information table with `┌─┬─┐ │ ├─┼─┤ └─┴─┘`: the pairs are
    the header's metadata (the borders no text), the reply under it whole."""
    source = (
        "┌──────────┬────────────────────────┐\n"
        "│索引号    │11330100002/2024-00321  │\n"
        "├──────────┼────────────────────────┤\n"
        "│发布机构  │某市自然资源和规划局    │\n"
        "├──────────┼────────────────────────┤\n"
        "│成文日期  │2024-06-14              │\n"
        "├──────────┼────────────────────────┤\n"
        "│公开方式  │主动公开                │\n"
        "└──────────┴────────────────────────┘\n"
        "\n"
        "关于市十六届人大三次会议第0142号建议的答复\n"
        "\n"
        "石某代表：\n"
        "\n"
        "    您提出的关于加快城区口袋公园建设的建议收悉，现答复如下：\n"
        "    今年我局新建口袋公园十八个，新增绿地面积六万平方米。\n"
        "    感谢您对自然资源和规划工作的关心和支持。\n"
        "\n"
        "                                           某市自然资源和规划局\n"
        "                                                  2024年6月14日\n"
    )
    doc = parsed(source)
    same(
        look(doc, "┌", "│", "├", "└", "─"),
        {
            "title": "关于市十六届人大三次会议第0142号建议的答复",
            "metadata": {
                "索引号": "11330100002/2024-00321",
                "发布机构": "某市自然资源和规划局",
                "成文日期": "2024-06-14",
                "公开方式": "主动公开",
            },
            "recipients": ["石某代表"],
            "ref": "0142",
            "preamble": [
                "您提出的关于加快城区口袋公园建设的建议收悉，现答复如下：",
                "今年我局新建口袋公园十八个，新增绿地面积六万平方米。",
            ],
            "closing": "感谢您对自然资源和规划工作的关心和支持。",
            "signature": (["某市自然资源和规划局"], "2024-06-14", "2024年6月14日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_an_html2text_copy_with_link_markdown_nav_bullets_and_bold_labels() -> None:
    """Python html2text of a portal page: the navigation a `  * [首页](/)` list, the headline a `##`
    heading, the byline bold labels, a link inside the body (`[附件1](/files/a1.pdf)`), the footer
    a `* * *` rule and a copyright line. The navigation, byline and footer leave; the link's words
    stay; the attachment is listed."""
    source = (
        "  * [首页](/)\n"
        "  * [政务公开](/zwgk/)\n"
        "  * [互动交流](/hdjl/)\n"
        "\n"
        "## 关于县政协十一届三次会议第53号提案的答复\n"
        "\n"
        "**发布日期：** 2024-06-28 **浏览次数：** 312\n"
        "\n"
        "魏某委员：\n"
        "\n"
        "您提出的关于加强乡村医生队伍建设的提案收悉，现答复如下：\n"
        "\n"
        "今年我委为乡村医生落实基本公共卫生服务补助资金一千二百万元，"
        "新招录定向医学生四十名，具体名单见[附件1](/files/a1.pdf)。\n"
        "\n"
        "下一步，我委将推进乡村医生“县管乡用、乡聘村用”。\n"
        "\n"
        "特此答复。\n"
        "\n"
        "附件：[2024年定向医学生名单](/files/a1.pdf)\n"
        "\n"
        "某县卫生健康委员会\n"
        "\n"
        "2024年6月27日\n"
        "\n"
        "* * *\n"
        "\n"
        "版权所有：某县人民政府 技术支持：某某网络公司\n"
    )
    doc = parsed(source)
    same(
        look(doc, "[首页]", "政务公开", "发布日期", "浏览次数", "版权所有", "](/"),
        {
            "title": "关于县政协十一届三次会议第53号提案的答复",
            "recipients": ["魏某委员"],
            "ref": "53",
            "preamble": [
                "您提出的关于加强乡村医生队伍建设的提案收悉，现答复如下：",
                "今年我委为乡村医生落实基本公共卫生服务补助资金一千二百万元，新招录定向医学生四十名，具体名单见附件1。",
                "下一步，我委将推进乡村医生“县管乡用、乡聘村用”。",
            ],
            "closing": "特此答复。",
            "attachments": ["2024年定向医学生名单"],
            "signature": (["某县卫生健康委员会"], "2024-06-27", "2024年6月27日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_a_links_dump_with_an_ascii_bordered_data_table_inside_a_section() -> None:
    """`links -dump` draws a data table in the body with `+----+` borders and `|` cells: the border
    lines never reach the text, the paragraphs around the table stay the section's two."""
    source = (
        "关于区十八届人大四次会议第19号建议的答复\n"
        "\n"
        "   章某代表：\n"
        "\n"
        "   您提出的关于增加老旧小区停车位的建议收悉，现答复如下：\n"
        "\n"
        "   一、停车位建设情况\n"
        "\n"
        "   近两年全区新增停车位情况如下：\n"
        "\n"
        "   +--------------------------------+\n"
        "   | 年度 | 新增停车位（个） |\n"
        "   |------+-------------------------|\n"
        "   | 2023 | 3200             |\n"
        "   |------+-------------------------|\n"
        "   | 2024 | 4100             |\n"
        "   +--------------------------------+\n"
        "\n"
        "   停车难问题得到一定缓解。\n"
        "\n"
        "   二、下一步工作\n"
        "\n"
        "   我局将推进错时共享停车。\n"
        "\n"
        "   特此答复。\n"
        "\n"
        "                                          某区城市管理局\n"
        "                                          2024年6月20日\n"
    )
    doc = parsed(source)
    got = look(doc, "+-----", "|------+")
    got["sections"] = [
        (lv, m, o, t, [p for p in ps if "年度" not in p and "3200" not in p]) for lv, m, o, t, ps in got["sections"]
    ]
    same(
        got,
        {
            "title": "关于区十八届人大四次会议第19号建议的答复",
            "recipients": ["章某代表"],
            "ref": "19",
            "sections": [
                (1, "一、", 1, "停车位建设情况", ["近两年全区新增停车位情况如下：", "停车难问题得到一定缓解。"]),
                (1, "二、", 2, "下一步工作", ["我局将推进错时共享停车。"]),
            ],
            "closing": "特此答复。",
            "signature": (["某区城市管理局"], "2024-06-20", "2024年6月20日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_a_w3m_dump_wrapped_at_eighty_columns_with_a_hanging_indent_and_a_centred_wrapped_title() -> None:
    """`w3m -dump -cols 80`: the title centred and cut over two lines, each paragraph's first line
    indented by four spaces and its wrapped rest flush (40 CJK characters a line), a 文号 right of
    the organ's line. Title and paragraphs whole (warned), the 文号 split."""
    source = (
        "                                                        某农提复〔2024〕33号\n"
        "\n"
        "             关于县十九届人大三次会议第62号建议的\n"
        "                          答复\n"
        "\n"
        "孔某代表：\n"
        "    您提出的关于支持发展特色农产品精深加工的建议收悉。经认真研究，现答复如\n"
        "下：\n"
        "    一、产业发展情况\n"
        "    全县现有规模以上农产品加工企业四十二家，今年一至五月实现产值二十八亿元，\n"
        "同比增长百分之十一。\n"
        "    二、下一步工作\n"
        "    我局将加大对精深加工企业的信贷贴息支持。\n"
        "    特此答复。\n"
        "\n"
        "                                                        某县农业农村局\n"
        "                                                        2024年6月30日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "number": ("某农提复〔2024〕33号", 2024, 33),
            "title": "关于县十九届人大三次会议第62号建议的答复",
            "recipients": ["孔某代表"],
            "ref": "62",
            "preamble": ["您提出的关于支持发展特色农产品精深加工的建议收悉。经认真研究，现答复如下："],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "产业发展情况",
                    ["全县现有规模以上农产品加工企业四十二家，今年一至五月实现产值二十八亿元，同比增长百分之十一。"],
                ),
                (1, "二、", 2, "下一步工作", ["我局将加大对精深加工企业的信贷贴息支持。"]),
            ],
            "closing": "特此答复。",
            "signature": (["某县农业农村局"], "2024-06-30", "2024年6月30日"),
            "warnings": ["page-break-joined"],
            "leaked": [],
        },
    )


def test_a_lynx_dump_with_star_bullets_for_the_information_table_and_a_linked_attachment() -> None:
    """lynx rendered the portal's information list as `  * 索引号：…` bullets and the attachment
    as a link `附件：[7]项目清单.xlsx`: the bullets are metadata, the attachment is listed under its
    own name, the link mark and the References list leave."""
    source = (
        "     * 索引号：000014349/2024-01873\n"
        "     * 发布机构：某省财政厅\n"
        "     * 公开方式：主动公开\n"
        "\n"
        "   关于省政协十三届二次会议第20240318号提案的答复\n"
        "\n"
        "   华某委员：\n"
        "\n"
        "   您提出的关于加大高标准农田建设投入的提案收悉，现答复如下：\n"
        "\n"
        "   今年省财政安排高标准农田建设资金二十六亿元，较上年增长百分之十二。\n"
        "\n"
        "   感谢您对财政工作的关心和支持。\n"
        "\n"
        "   附件：[7]2024年高标准农田建设项目清单.xlsx\n"
        "\n"
        "                                                           某省财政厅\n"
        "                                                       2024年7月1日\n"
        "\n"
        "References\n"
        "\n"
        "   7. http://czt.example.gov.cn/attach/2024/qd.xlsx\n"
    )
    doc = parsed(source)
    same(
        look(doc, "[7]", "References", "http://"),
        {
            "title": "关于省政协十三届二次会议第20240318号提案的答复",
            "metadata": {"索引号": "000014349/2024-01873", "发布机构": "某省财政厅", "公开方式": "主动公开"},
            "recipients": ["华某委员"],
            "ref": "20240318",
            "closing": "感谢您对财政工作的关心和支持。",
            "attachments": ["2024年高标准农田建设项目清单.xlsx"],
            "signature": (["某省财政厅"], "2024-07-01", "2024年7月1日"),
            "warnings": [],
            "leaked": [],
        },
    )


# --- Batch 3: WeChat article copies and email forwards (written before any run) ---------------


def test_a_wechat_copy_with_follow_prompt_byline_end_mark_and_editor_credits() -> None:
    """A 公众号 article copied whole: `点击上方蓝字关注我们` above, the account's byline (author, account,
    time, place), a `来源：` line, one sentence a line, and after the 落款 `END`, 编辑/审核 credits,
    `阅读原文` and the row of 分享 收藏 在看 点赞. The chrome leaves; each line its own paragraph."""
    source = (
        "点击上方蓝字关注我们\n"
        "\n"
        "关于市政协十三届三次会议第0455号提案的答复\n"
        "\n"
        "某市文化广电旅游局 某市文旅发布 2024-07-12 18:30 发表于浙江\n"
        "\n"
        "来源：某市文旅发布\n"
        "\n"
        "董某委员：\n"
        "\n"
        "您提出的关于加强非物质文化遗产保护传承的提案收悉。\n"
        "\n"
        "现答复如下：\n"
        "\n"
        "一、保护工作情况\n"
        "\n"
        "我市现有国家级非遗代表性项目九项。\n"
        "\n"
        "今年新设立非遗工坊二十家。\n"
        "\n"
        "二、下一步工作\n"
        "\n"
        "我局将推动非遗进校园、进社区。\n"
        "\n"
        "特此答复。\n"
        "\n"
        "某市文化广电旅游局\n"
        "\n"
        "2024年7月10日\n"
        "\n"
        "END\n"
        "\n"
        "编辑：王某某\n"
        "审核：李某\n"
        "\n"
        "阅读原文\n"
        "分享 收藏 在看 点赞\n"
    )
    doc = parsed(source)
    same(
        look(
            doc, "点击上方蓝字", "发表于", "来源：某市文旅发布", "END", "编辑：王某某", "审核：李某", "阅读原文", "在看"
        ),
        {
            "title": "关于市政协十三届三次会议第0455号提案的答复",
            "recipients": ["董某委员"],
            "ref": "0455",
            "preamble": ["您提出的关于加强非物质文化遗产保护传承的提案收悉。", "现答复如下："],
            "sections": [
                (1, "一、", 1, "保护工作情况", ["我市现有国家级非遗代表性项目九项。", "今年新设立非遗工坊二十家。"]),
                (1, "二、", 2, "下一步工作", ["我局将推动非遗进校园、进社区。"]),
            ],
            "closing": "特此答复。",
            "signature": (["某市文化广电旅游局"], "2024-07-10", "2024年7月10日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_a_wechat_copy_with_emoji_before_headings_image_captions_and_a_past_articles_list() -> None:
    """A 公众号 copy: an emoji before each 一、 heading (`📌一、…`), a `▲` image caption between
    paragraphs, a `👇👇👇` row, and after the 落款 `往期推荐` with two earlier articles' titles and
    `长按识别二维码关注`. The headings keep marker and title, the captions and lists leave."""
    source = (
        "关于区十八届人大三次会议第33号建议的答复\n"
        "原创 某区教育局 某区教育发布 2024年06月28日 17:05\n"
        "谢某代表：\n"
        "您提出的关于缓解中小学放学接送难的建议收悉，现答复如下：\n"
        "📌一、课后服务开展情况\n"
        "全区中小学课后服务已实现全覆盖，参与学生四万二千人。\n"
        "▲ 某小学课后服务现场\n"
        "📌二、下一步工作\n"
        "我局将会同交警部门优化学校周边交通组织。\n"
        "特此答复。\n"
        "某区教育局\n"
        "2024年6月26日\n"
        "👇👇👇\n"
        "往期推荐\n"
        "关于做好2024年暑期学生安全工作的通知\n"
        "某区2024年义务教育招生入学政策解读\n"
        "长按识别二维码关注我们\n"
    )
    doc = parsed(source)
    same(
        look(doc, "原创", "▲", "👇", "往期推荐", "暑期学生安全", "招生入学政策解读", "长按识别"),
        {
            "title": "关于区十八届人大三次会议第33号建议的答复",
            "recipients": ["谢某代表"],
            "ref": "33",
            "sections": [
                (1, "一、", 1, "课后服务开展情况", ["全区中小学课后服务已实现全覆盖，参与学生四万二千人。"]),
                (1, "二、", 2, "下一步工作", ["我局将会同交警部门优化学校周边交通组织。"]),
            ],
            "closing": "特此答复。",
            "signature": (["某区教育局"], "2024-06-26", "2024年6月26日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_a_wechat_copy_of_a_reply_to_a_request_with_a_read_count_and_like_row() -> None:
    """A 批复 reposted by a 公众号: the header `来源：某县发布` and `阅读 1.2万`, the text with a
    `文号` line, after the 落款 `点赞 在看 分享` and `喜欢此内容的人还喜欢`. A 批复 with its 文号, the
    chrome gone."""
    source = (
        "来源：某县发布\n"
        "某县人民政府\n"
        "某政复〔2024〕12号\n"
        "关于同意设立某县城东街道的批复\n"
        "某县民政局：\n"
        "你局《关于设立某县城东街道的请示》收悉。经研究，现批复如下：\n"
        "一、同意设立某县城东街道，街道办事处驻东山路18号。\n"
        "二、请你局抓紧做好相关工作。\n"
        "某县人民政府\n"
        "2024年5月9日\n"
        "阅读 1.2万\n"
        "点赞 在看 分享\n"
        "喜欢此内容的人还喜欢\n"
    )
    doc = parsed(source)
    same(
        look(doc, "来源：某县发布", "阅读1.2万", "点赞", "喜欢此内容"),
        {
            "kind": "approval",  # 批复 is its own kind (contract), my reading wrote reply first
            "number": ("某政复〔2024〕12号", 2024, 12),
            "issuer": "某县人民政府",
            "title": "关于同意设立某县城东街道的批复",
            "recipients": ["某县民政局"],
            "preamble": ["你局《关于设立某县城东街道的请示》收悉。经研究，现批复如下："],
            "sections": [
                # lines of at most 30 characters with no stop inside are headings (contract): my reading missed it
                (1, "一、", 1, "同意设立某县城东街道，街道办事处驻东山路18号", []),
                (1, "二、", 2, "请你局抓紧做好相关工作", []),
            ],
            "signature": (["某县人民政府"], "2024-05-09", "2024年5月9日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_an_outlook_forward_with_its_original_message_separator_and_header_pairs() -> None:
    """A reply pasted into an Outlook forward: `-----原始邮件-----`, then 发件人/发送时间/收件人/主题
    pairs, then the reply. The separator is no text; the header pairs are 键：值 pairs before the
    title (metadata by the contract); the reply whole."""
    source = (
        "-----原始邮件-----\n"
        "发件人：某县教育局办公室 <jyj@example.gov.cn>\n"
        "发送时间：2024年6月21日 10:05\n"
        "收件人：县人大常委会代表工作委员会\n"
        "主题：关于县十九届人大三次会议第71号建议的答复\n"
        "\n"
        "关于县十九届人大三次会议第71号建议的答复\n"
        "\n"
        "祝某代表：\n"
        "您提出的关于加强农村寄宿制学校管理的建议收悉，现答复如下：\n"
        "今年我局为十二所农村寄宿制学校配备专职生活老师三十六名。\n"
        "感谢您对教育工作的关心和支持。\n"
        "某县教育局\n"
        "2024年6月20日\n"
    )
    doc = parsed(source)
    same(
        look(doc, "原始邮件"),
        {
            "title": "关于县十九届人大三次会议第71号建议的答复",
            "metadata": {
                "发件人": "某县教育局办公室 <jyj@example.gov.cn>",
                "发送时间": "2024年6月21日 10:05",
                "收件人": "县人大常委会代表工作委员会",
                "主题": "关于县十九届人大三次会议第71号建议的答复",
            },
            "recipients": ["祝某代表"],
            "ref": "71",
            "preamble": [
                "您提出的关于加强农村寄宿制学校管理的建议收悉，现答复如下：",
                "今年我局为十二所农村寄宿制学校配备专职生活老师三十六名。",
            ],
            "closing": "感谢您对教育工作的关心和支持。",
            "signature": (["某县教育局"], "2024-06-20", "2024年6月20日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_a_reply_quoted_in_an_email_answer_with_an_attribution_line_and_a_signature_block() -> None:
    """The reply quoted whole (`> ` on every line, `>` alone on blank ones) under a short answer and
    a mail client's attribution line (`在 2024年6月5日 …，… 写道：`), the quoted mail's own `-- `
    signature block after it. The quote marks go; the reply is whole; the answer above it stays in
    the text but in no field (content-unplaced)."""
    source = (
        "收到，谢谢！\n"
        "\n"
        "在 2024年6月5日 星期三 15:20，某区民政局 <mzj@example.gov.cn> 写道：\n"
        "> 关于区十八届人大三次会议第41号建议的答复\n"
        ">\n"
        "> 凌某代表：\n"
        "> 您提出的关于推进社区嵌入式养老服务的建议收悉，现答复如下：\n"
        "> 一、工作进展\n"
        "> 今年全区新建社区嵌入式养老服务站十四个。\n"
        "> 二、下一步工作\n"
        "> 我局将推动养老服务站与社区卫生服务站合建。\n"
        "> 特此答复。\n"
        "> 某区民政局\n"
        "> 2024年6月4日\n"
    )
    doc = parsed(source)
    same(
        look(doc, "写道", "mzj@example"),
        {
            "title": "关于区十八届人大三次会议第41号建议的答复",
            "recipients": ["凌某代表"],
            "ref": "41",
            "sections": [
                (1, "一、", 1, "工作进展", ["今年全区新建社区嵌入式养老服务站十四个。"]),
                (1, "二、", 2, "下一步工作", ["我局将推动养老服务站与社区卫生服务站合建。"]),
            ],
            "closing": "特此答复。",
            "signature": (["某区民政局"], "2024-06-04", "2024年6月4日"),
            "warnings": ["content-unplaced"],
            "leaked": [],
        },
    )


def test_a_gmail_forward_with_english_headers_and_doubly_quoted_lines() -> None:
    """A Gmail forward: `---------- Forwarded message ---------` and From/Date/Subject/To lines,
    the reply under them with `>> ` (quoted twice). The separator leaves; the reply is whole."""
    source = (
        "---------- Forwarded message ---------\n"
        "From: 某市人力资源和社会保障局 <rsj@example.gov.cn>\n"
        "Date: 2024年7月3日周三 09:12\n"
        "Subject: 提案答复\n"
        "To: <zxtaw@example.gov.cn>\n"
        "\n"
        ">> 关于市政协十三届三次会议第0199号提案的答复\n"
        ">>\n"
        ">> 欧阳某委员：\n"
        ">> 您提出的关于支持灵活就业人员参加社会保险的提案收悉，现答复如下：\n"
        ">> 今年全市灵活就业人员参加职工养老保险人数达十八万人。\n"
        ">> 感谢您对人力资源和社会保障工作的关心和支持。\n"
        ">> 某市人力资源和社会保障局\n"
        ">> 2024年7月2日\n"
    )
    doc = parsed(source)
    same(
        look(doc, "Forwarded message", ">>"),
        {
            "title": "关于市政协十三届三次会议第0199号提案的答复",
            "recipients": ["欧阳某委员"],
            "ref": "0199",
            "preamble": [
                "您提出的关于支持灵活就业人员参加社会保险的提案收悉，现答复如下：",
                "今年全市灵活就业人员参加职工养老保险人数达十八万人。",
            ],
            "closing": "感谢您对人力资源和社会保障工作的关心和支持。",
            "signature": (["某市人力资源和社会保障局"], "2024-07-02", "2024年7月2日"),
            "leaked": [],
        },
    )


# --- Batch 4: pdftotext -layout, viewer line numbers, converter traditional, escaped exports -----


def test_a_pdftotext_layout_copy_with_form_feeds_running_heads_and_spaced_alignment() -> None:
    """`pdftotext -layout` of a three-page reply: the organ and 文号 centred by spaces, paragraphs
    kept at the page's line width with a four-space first-line indent, `- N -` page marks centred,
    form feeds between pages, a running head on pages 2 and 3, the 落款 right-aligned. Marks and
    heads leave, the paragraphs cut by the width and the pages are whole (warned)."""
    source = (
        "                              某市农业农村局\n"
        "\n"
        "                           某农提复〔2024〕8号\n"
        "\n"
        "               关于市政协十三届三次会议第0166号提案的答复\n"
        "\n"
        "    孟某委员：\n"
        "        您提出的关于加快发展设施农业的提案收悉，现答复如下：\n"
        "        一、发展现状\n"
        "        全市设施农业面积达到十二万亩，今年新建高标准日光温室一千二百\n"
        "    座，带动农户增收一亿元。\n"
        "                                   - 1 -\n"
        "\f    某市农业农村局关于第0166号提案的答复\n"
        "\n"
        "        二、下一步工作\n"
        "        我局将加大设施农业用地保障力度，推动设施农业向规模化、智能化\n"
        "    方向发展。\n"
        "                                   - 2 -\n"
        "\f    某市农业农村局关于第0166号提案的答复\n"
        "\n"
        "        感谢您对农业农村工作的关心和支持。\n"
        "\n"
        "                                                    某市农业农村局\n"
        "                                                    2024年6月11日\n"
        "    （联系人：严某，联系电话：0551-62345678）\n"
        "                                   - 3 -\n"
    )
    doc = parsed(source)
    same(
        look(doc, "- 1 -", "- 3 -", "某市农业农村局关于第0166号提案的答复"),
        {
            "issuer": "某市农业农村局",
            "number": ("某农提复〔2024〕8号", 2024, 8),
            "title": "关于市政协十三届三次会议第0166号提案的答复",
            "recipients": ["孟某委员"],
            "ref": "0166",
            "preamble": ["您提出的关于加快发展设施农业的提案收悉，现答复如下："],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "发展现状",
                    ["全市设施农业面积达到十二万亩，今年新建高标准日光温室一千二百座，带动农户增收一亿元。"],
                ),
                (
                    1,
                    "二、",
                    2,
                    "下一步工作",
                    ["我局将加大设施农业用地保障力度，推动设施农业向规模化、智能化方向发展。"],
                ),
            ],
            "closing": "感谢您对农业农村工作的关心和支持。",
            "signature": (["某市农业农村局"], "2024-06-11", "2024年6月11日"),
            "contact": ("严某", ["0551-62345678"]),
            "warnings": ["page-break-joined"],
            "leaked": [],
        },
    )


@pytest.mark.xfail(
    strict=True,
    reason="read column by column, the text's characters come in another order than the input's, which the "
    "text invariants forbid (tests/invariants.invented: a text input's Document.text is the input with "
    "characters left out, in order); a question for the lead, not a rule to add alone (see the report)",
)
def test_a_pdftotext_layout_gazette_page_in_two_columns_side_by_side() -> None:
    """`pdftotext -layout` of a 公报 page set in two columns: each line holds a line of the left column,
    a wide run of spaces, and a line of the right; the band on top. Read column by column (warned
    as a PDF's columns are), the band gone, the wrapped title and paragraph whole."""
    source = (
        "                          某市人民政府公报                          2024年第6期\n"
        "\n"
        "某市人民政府办公室关于加强城市            二、压实部门责任\n"
        "内涝治理工作的通知                        各有关部门要按照职责分工，做好\n"
        "各区人民政府，市政府各部门：              排水设施建设和维护。\n"
        "    为切实做好今年城市内涝治理工作，      特此通知。\n"
        "现就有关事项通知如下：                                  某市人民政府办公室\n"
        "    一、加快排水设施建设                                    2024年4月3日\n"
        "    各区要在汛前完成积水点改造。\n"
    )
    doc = parsed(source)
    same(
        look(doc, "某市人民政府公报", "2024年第6期"),
        {
            "kind": "notice",
            "title": "某市人民政府办公室关于加强城市内涝治理工作的通知",
            "recipients": ["各区人民政府", "市政府各部门"],
            "preamble": ["为切实做好今年城市内涝治理工作，现就有关事项通知如下："],
            "sections": [
                (1, "一、", 1, "加快排水设施建设", ["各区要在汛前完成积水点改造。"]),
                (1, "二、", 2, "压实部门责任", ["各有关部门要按照职责分工，做好排水设施建设和维护。"]),
            ],
            "closing": "特此通知。",
            "signature": (["某市人民政府办公室"], "2024-04-03", "2024年4月3日"),
            "warnings": ["layout-unusual", "page-break-joined"],
            "leaked": [],
        },
    )


def test_a_copy_from_a_viewer_numbering_every_line() -> None:
    """`cat -n` (or a code viewer) numbered every line, blank ones too, `     6\\t1. …` before a num
    marker: the numbers leave, the `1.` markers stay the sections'."""
    lines = [
        "关于区十八届人大三次会议第58号建议的答复",
        "",
        "汤某代表：",
        "您提出的关于加强社区体育设施建设的建议收悉，现答复如下：",
        "1. 今年新建社区健身点三十六个。",
        "2. 明年计划改造老旧健身器材五百件。",
        "感谢您对体育工作的关心和支持。",
        "",
        "某区文化体育和旅游局",
        "2024年6月17日",
    ]
    source = "".join(f"{n:6d}\t{line}\n" for n, line in enumerate(lines, 1))
    doc = parsed(source)
    same(
        look(doc),
        {
            "title": "关于区十八届人大三次会议第58号建议的答复",
            "recipients": ["汤某代表"],
            "ref": "58",
            "preamble": ["您提出的关于加强社区体育设施建设的建议收悉，现答复如下："],
            "sections": [
                (1, "1.", 1, "今年新建社区健身点三十六个", []),
                (1, "2.", 2, "明年计划改造老旧健身器材五百件", []),
            ],
            "closing": "感谢您对体育工作的关心和支持。",
            "signature": (["某区文化体育和旅游局"], "2024-06-17", "2024年6月17日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_a_reply_whose_title_and_headings_a_converter_made_traditional() -> None:
    """A converter run over part of the copy: title, addressee and headings in traditional
    characters, the paragraphs and 落款 simplified. Values as written; the reference, kind, markers
    and the date read through the folding."""
    source = (
        "關於縣政協十一屆三次會議第72號提案的答覆\n"
        "侯某委員：\n"
        "您提出的关于加强乡村文化站建设的提案收悉，现答复如下：\n"
        "一、工作進展\n"
        "今年全县新建改建乡镇综合文化站六个。\n"
        "二、下一步計劃\n"
        "我局将推动文化站与新时代文明实践站融合建设。\n"
        "特此答复。\n"
        "某县文化和旅游局\n"
        "2024年6月19日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "關於縣政協十一屆三次會議第72號提案的答覆",
            "recipients": ["侯某委員"],
            "ref": "72",
            "sections": [
                (1, "一、", 1, "工作進展", ["今年全县新建改建乡镇综合文化站六个。"]),
                (1, "二、", 2, "下一步計劃", ["我局将推动文化站与新时代文明实践站融合建设。"]),
            ],
            "closing": "特此答复。",
            "signature": (["某县文化和旅游局"], "2024-06-19", "2024年6月19日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_a_reply_body_exported_from_a_registry_field_with_escaped_line_breaks() -> None:
    """A registry's export gave the reply's body as one field whose line breaks are written `\\n`
    (two characters), saved alone as a text: the escapes are the line breaks, the structure whole."""
    source = (
        "关于市政协十三届三次会议第0718号提案的答复\\n武某委员：\\n您提出的关于促进夜间经济发展的提案收悉，现答复如下：\\n"
        "一、工作情况\\n今年我局培育夜间经济集聚区八个。\\n二、下一步工作\\n我局将完善夜间经济配套服务。\\n"
        "特此答复。\\n某市商务局\\n2024年6月6日"
    )
    doc = parsed(source)
    same(
        look(doc, "\\n"),
        {
            "title": "关于市政协十三届三次会议第0718号提案的答复",
            "recipients": ["武某委员"],
            "ref": "0718",
            "sections": [
                (1, "一、", 1, "工作情况", ["今年我局培育夜间经济集聚区八个。"]),
                (1, "二、", 2, "下一步工作", ["我局将完善夜间经济配套服务。"]),
            ],
            "closing": "特此答复。",
            "signature": (["某市商务局"], "2024-06-06", "2024年6月6日"),
            "warnings": [],
            "leaked": [],
        },
    )


# --- Batch 5: several converters' forms at once (written before any run) ------------------------


def test_a_pandoc_grid_table_information_table_above_the_title() -> None:
    """pandoc's grid table (`+----+`, `+====+` under the header row, `|` cells) for the portal's
    information table saved with the reply: the pairs are metadata, no border reaches the text."""
    source = (
        "+------------+------------------------+\n"
        "| 索引号     | 11440300007/2024-01236 |\n"
        "+============+========================+\n"
        "| 发布机构   | 某区卫生健康局         |\n"
        "+------------+------------------------+\n"
        "| 公开方式   | 主动公开               |\n"
        "+------------+------------------------+\n"
        "\n"
        "关于区政协八届三次会议第2024041号提案的答复\n"
        "\n"
        "梁某委员：\n"
        "\n"
        "您提出的关于加强社区心理健康服务的提案收悉，现答复如下：\n"
        "\n"
        "今年我局在全区十个街道设立心理健康服务站，配备专兼职心理咨询师四十名。\n"
        "\n"
        "感谢您对卫生健康工作的关心和支持。\n"
        "\n"
        "某区卫生健康局\n"
        "\n"
        "2024年6月5日\n"
    )
    doc = parsed(source)
    same(
        look(doc, "+---", "+===", "|"),
        {
            "title": "关于区政协八届三次会议第2024041号提案的答复",
            "metadata": {"索引号": "11440300007/2024-01236", "发布机构": "某区卫生健康局", "公开方式": "主动公开"},
            "recipients": ["梁某委员"],
            "ref": "2024041",
            "closing": "感谢您对卫生健康工作的关心和支持。",
            "signature": (["某区卫生健康局"], "2024-06-05", "2024年6月5日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_a_markitdown_signature_set_in_a_one_column_table() -> None:
    """The .docx placed its 落款 in a borderless one-column table (organ above date); markitdown made
    it a pipe table whose header row is the organ: the organ and date are the signature, not a
    table of the body."""
    source = (
        "关于市十六届人大三次会议第0290号建议的答复\n"
        "\n"
        "车某代表：\n"
        "\n"
        "您提出的关于加强城市古树名木保护的建议收悉，现答复如下：\n"
        "\n"
        "今年我局完成全市古树名木普查，建立一树一档，落实养护责任单位三百余个。\n"
        "\n"
        "特此答复。\n"
        "\n"
        "| 某市园林绿化局 |\n"
        "| --- |\n"
        "| 2024年6月24日 |\n"
    )
    doc = parsed(source)
    same(
        look(doc, "| --- |"),
        {
            "title": "关于市十六届人大三次会议第0290号建议的答复",
            "recipients": ["车某代表"],
            "ref": "0290",
            "preamble": [
                "您提出的关于加强城市古树名木保护的建议收悉，现答复如下：",
                "今年我局完成全市古树名木普查，建立一树一档，落实养护责任单位三百余个。",
            ],
            "closing": "特此答复。",
            "signature": (["某市园林绿化局"], "2024-06-24", "2024年6月24日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_a_lynx_dump_with_image_placeholders_and_form_buttons() -> None:
    """lynx shows the page's images as `[IMG]` or their file names (`[logo.png]`) and its form buttons
    as `(BUTTON) 打印`: none is text; the reply, with a heading and a wrapped paragraph, whole."""
    source = (
        "   [logo.png]\n"
        "\n"
        "   关于县政协十一届三次会议第104号提案的答复\n"
        "\n"
        "   (BUTTON) 打印 (BUTTON) 关闭\n"
        "\n"
        "   程某委员：\n"
        "\n"
        "   您提出的关于推进农村客运公交化改造的提案收悉，现答复如下：\n"
        "\n"
        "   [IMG]\n"
        "\n"
        "   今年我局完成五条农村客运线路公交化改造，惠及沿线群众八万余人，\n"
        "   票价平均下降百分之三十。\n"
        "\n"
        "   特此答复。\n"
        "\n"
        "                                                       某县交通运输局\n"
        "                                                       2024年7月9日\n"
    )
    doc = parsed(source)
    same(
        look(doc, "logo.png", "[IMG]", "BUTTON"),
        {
            "title": "关于县政协十一届三次会议第104号提案的答复",
            "recipients": ["程某委员"],
            "ref": "104",
            "preamble": [
                "您提出的关于推进农村客运公交化改造的提案收悉，现答复如下：",
                "今年我局完成五条农村客运线路公交化改造，惠及沿线群众八万余人，票价平均下降百分之三十。",
            ],
            "closing": "特此答复。",
            "signature": (["某县交通运输局"], "2024-07-09", "2024年7月9日"),
            "warnings": ["page-break-joined"],
            "leaked": [],
        },
    )


def test_a_reply_quoted_by_a_mail_client_that_rewrapped_it_at_seventy_two_columns() -> None:
    """The mail client re-wrapped the quoted reply at 72 columns (36 wide characters after `> `):
    the quote marks go, the cut paragraph is whole again (warned), the contact line read."""
    source = (
        "> 关于区十八届人大三次会议第76号建议的答复\n"
        ">\n"
        "> 蒋某代表：\n"
        "> 您提出的关于规范小区物业服务收费的建议收悉，现答复如下：\n"
        "> 今年我局会同区发展改革委开展物业服务收费专项检查，检查住宅小区一百\n"
        "> 二十个，督促整改问题四十三个，退还多收费用六十余万元。\n"
        "> 特此答复。\n"
        "> 某区住房和城乡建设局\n"
        "> 2024年6月27日\n"
        "> （联系人：吕某，联系电话：020-83216655）\n"
    )
    doc = parsed(source)
    same(
        look(doc, ">"),
        {
            "title": "关于区十八届人大三次会议第76号建议的答复",
            "recipients": ["蒋某代表"],
            "ref": "76",
            "preamble": [
                "您提出的关于规范小区物业服务收费的建议收悉，现答复如下：",
                "今年我局会同区发展改革委开展物业服务收费专项检查，检查住宅小区一百二十个，"
                "督促整改问题四十三个，退还多收费用六十余万元。",
            ],
            "closing": "特此答复。",
            "signature": (["某区住房和城乡建设局"], "2024-06-27", "2024年6月27日"),
            "contact": ("吕某", ["020-83216655"]),
            "warnings": ["page-break-joined"],
            "leaked": [],
        },
    )


def test_a_reply_an_opencc_converter_made_wholly_traditional_with_its_contact() -> None:
    """OpenCC (s2t) over the whole reply: title, sections, closing, 落款 and the contact's labels in
    traditional characters (聯繫人, 聯繫電話). Values as written; the date and labels read."""
    source = (
        "關於市政協十三屆三次會議第0310號提案的答覆\n"
        "鄭某委員：\n"
        "您提出的關於加快發展銀髮經濟的提案收悉，現答覆如下：\n"
        "一、工作開展情況\n"
        "今年我委支持建設老年用品展示體驗中心三個。\n"
        "二、下一步工作\n"
        "我委將研究制定促進銀髮經濟發展的若干措施。\n"
        "特此答覆。\n"
        "某市發展和改革委員會\n"
        "2024年7月4日\n"
        "（聯繫人：吳某，聯繫電話：0591-87654321）\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "關於市政協十三屆三次會議第0310號提案的答覆",
            "recipients": ["鄭某委員"],
            "ref": "0310",
            "sections": [
                (1, "一、", 1, "工作開展情況", ["今年我委支持建設老年用品展示體驗中心三個。"]),
                (1, "二、", 2, "下一步工作", ["我委將研究制定促進銀髮經濟發展的若干措施。"]),
            ],
            "closing": "特此答覆。",
            "signature": (["某市發展和改革委員會"], "2024-07-04", "2024年7月4日"),
            "contact": ("吳某", ["0591-87654321"]),
            "warnings": [],
            "leaked": [],
        },
    )


# --- Batch 6: more of each converter's forms (written before any run) ----------------------------


def test_markitdown_bold_inside_hash_headings_and_escaped_asterisks_in_a_masked_name() -> None:
    """markitdown wrote the docx's bold heading paragraphs as `### **一、…**` and escaped the asterisks
    a published copy masks a name with (`李\\*\\*委员`): the headings keep marker and title, the name
    its asterisks."""
    source = (
        "关于市政协十三届三次会议第0533号提案的答复\n"
        "\n"
        "李\\*\\*委员：\n"
        "\n"
        "您提出的关于完善城市慢行系统的提案收悉，现答复如下：\n"
        "\n"
        "### **一、慢行系统建设情况**\n"
        "\n"
        "今年我局新建改造非机动车道六十公里。\n"
        "\n"
        "### **二、下一步工作**\n"
        "\n"
        "我局将推进慢行系统与公交站点衔接。\n"
        "\n"
        "特此答复。\n"
        "\n"
        "某市交通运输局\n"
        "\n"
        "2024年7月15日\n"
    )
    doc = parsed(source)
    same(
        look(doc, "###", "\\*"),
        {
            "title": "关于市政协十三届三次会议第0533号提案的答复",
            "recipients": ["李**委员"],
            "ref": "0533",
            "sections": [
                (1, "一、", 1, "慢行系统建设情况", ["今年我局新建改造非机动车道六十公里。"]),
                (1, "二、", 2, "下一步工作", ["我局将推进慢行系统与公交站点衔接。"]),
            ],
            "closing": "特此答复。",
            "signature": (["某市交通运输局"], "2024-07-15", "2024年7月15日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_a_lynx_dump_with_body_bullets_and_a_hidden_links_list_after_the_references() -> None:
    """lynx renders a list in the body as `     * …` bullets and, after `References`, lists the links
    the page hid under `Hidden links:`: the bullets are the section's paragraphs, every URL line leaves."""
    source = (
        "   关于区十八届人大三次会议第88号建议的答复\n"
        "\n"
        "   钟某代表：\n"
        "\n"
        "   您提出的关于加强校园周边交通安全的建议收悉，现答复如下：\n"
        "\n"
        "   一、已开展的工作\n"
        "\n"
        "     * 在全区四十所中小学周边施划斑马线、设置减速带。\n"
        "     * 上下学高峰时段安排警力驻守重点校门口。\n"
        "\n"
        "   二、下一步工作\n"
        "\n"
        "   我局将推进智慧护学岗建设。\n"
        "\n"
        "   特此答复。\n"
        "\n"
        "                                           某区公安分局\n"
        "                                           2024年6月14日\n"
        "\n"
        "References\n"
        "\n"
        "   1. http://www.example.gov.cn/\n"
        "\n"
        "   Hidden links:\n"
        "   2. http://www.example.gov.cn/tj.js\n"
        "   3. http://www.example.gov.cn/share\n"
    )
    doc = parsed(source)
    same(
        look(doc, "References", "Hidden links", "http://"),
        {
            "title": "关于区十八届人大三次会议第88号建议的答复",
            "recipients": ["钟某代表"],
            "ref": "88",
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "已开展的工作",
                    ["在全区四十所中小学周边施划斑马线、设置减速带。", "上下学高峰时段安排警力驻守重点校门口。"],
                ),
                (1, "二、", 2, "下一步工作", ["我局将推进智慧护学岗建设。"]),
            ],
            "closing": "特此答复。",
            "signature": (["某区公安分局"], "2024-06-14", "2024年6月14日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_a_wechat_copy_with_vertical_bar_credits_and_a_dashed_end_mark() -> None:
    """A 公众号 copy whose credits use the `丨` bar (`来源丨某市发布`, `文丨某某 图丨某某`, `编辑丨某某`),
    a `▼` pointer line, and a dashed end mark `—— END ——`: all the post's, none the document's."""
    source = (
        "来源丨某市发布\n"
        "文丨张某 图丨刘某\n"
        "关于市十六届人大三次会议第0377号建议的答复\n"
        "▼\n"
        "许某代表：\n"
        "您提出的关于加快建设城市绿道的建议收悉，现答复如下：\n"
        "今年我局新建城市绿道四十五公里，串联公园二十三个。\n"
        "感谢您对园林绿化工作的关心和支持。\n"
        "某市园林局\n"
        "2024年6月29日\n"
        "—— END ——\n"
        "编辑丨王某\n"
        "审核丨李某\n"
    )
    doc = parsed(source)
    same(
        look(doc, "来源丨", "文丨张某", "▼", "END", "编辑丨王某", "审核丨李某"),
        {
            "title": "关于市十六届人大三次会议第0377号建议的答复",
            "recipients": ["许某代表"],
            "ref": "0377",
            "preamble": [
                "您提出的关于加快建设城市绿道的建议收悉，现答复如下：",
                "今年我局新建城市绿道四十五公里，串联公园二十三个。",
            ],
            "closing": "感谢您对园林绿化工作的关心和支持。",
            "signature": (["某市园林局"], "2024-06-29", "2024年6月29日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_a_foxmail_forward_with_a_spaced_separator_and_quoted_sender_headers() -> None:
    """QQ Mail / Foxmail forward: `------------------ 原始邮件 ------------------` (many dashes, a space
    each side), then 发件人/发送时间/收件人/主题 with quoted names and `;`, then the reply: the separator
    leaves, the reply is whole."""
    source = (
        "------------------ 原始邮件 ------------------\n"
        '发件人: "某区发展和改革局"<fgj@example.gov.cn>;\n'
        "发送时间: 2024年6月3日(星期一) 下午3:20\n"
        '收件人: "区政协提案委"<taw@example.gov.cn>;\n'
        "主题: 提案答复\n"
        "\n"
        "关于区政协十届三次会议第2024066号提案的答复\n"
        "\n"
        "严某委员：\n"
        "您提出的关于支持民营企业参与重大项目建设的提案收悉，现答复如下：\n"
        "今年我局向民间资本推介重大项目二十一个，总投资八十亿元。\n"
        "特此答复。\n"
        "某区发展和改革局\n"
        "2024年6月3日\n"
    )
    doc = parsed(source)
    same(
        look(doc, "原始邮件"),
        {
            "title": "关于区政协十届三次会议第2024066号提案的答复",
            "recipients": ["严某委员"],
            "ref": "2024066",
            "preamble": [
                "您提出的关于支持民营企业参与重大项目建设的提案收悉，现答复如下：",
                "今年我局向民间资本推介重大项目二十一个，总投资八十亿元。",
            ],
            "closing": "特此答复。",
            "signature": (["某区发展和改革局"], "2024-06-03", "2024年6月3日"),
            "leaked": [],
        },
    )
