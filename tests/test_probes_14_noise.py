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
- batch 1 (pandoc/markitdown Markdown): pending.
"""

from __future__ import annotations

import govdoc
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
        got | {"tables": len(doc.tables)},
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
                (2, "1.", 1, None, ["6月上旬开展安全宣传咨询日活动。"]),
                (2, "2.", 2, None, ["6月中旬组织应急演练。"]),
                (2, "3.", 3, None, ["6月下旬开展隐患排查整治。"]),
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
