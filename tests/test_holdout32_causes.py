"""The general causes behind session 32's held-out misses (tests/test_probes_32_holdout*.py), each shown on a new
example, not the held-out document that found it (made-up organs, people and places).

1. An unmarked 首先 after the subject its sentence opens with (我局首先建立…；其次…) opens a member run, as 一是
   does after such a subject: its ；其次 later in the sentence shows the run (patterns.structure `_SEQ_UNMARKED`).
2. Two organs under a label parted by one space (协办单位：某县财政局　某县自然资源局) are a list, as three names
   are: the space is no letter-spacing and stays (patterns.organs `LISTED_PAIR_OPENING`, cleanup.spaces).
3. A page whose lines' commonest start lies past its middle (a short last page whose 落款's organ and date both
   open at one x, as many as its lines at the margin) keeps the margin the page before showed where a line of its
   text opens there: its indented closing and its right-set lines stay paragraphs of their own (readers.geometry
   `geometry`). A single page of a form filled in its right half keeps its own (tests/test_ofd.py's certificate).
"""

from __future__ import annotations

from govdoc.readers.geometry import Glyph, Page, layout_pages
from tests.probing import checked, items

# --- cause 1 ---------------------------------------------------------------------------------------------------------

REPLY = """关于县十七届人大二次会议第031号建议的答复
邰某某代表：
    您提出的《关于加快老旧小区改造的建议》收悉。现答复如下：
    {body}
桐梓县住房和城乡建设局
2024年5月6日
"""


def test_an_unmarked_shou_xian_after_its_sentences_subject_opens_a_member_run() -> None:
    doc = checked(
        REPLY.format(
            body="今年，县住房和城乡建设局首先摸清全县老旧小区底数；其次制定分年度改造计划；最后建立改造项目储备库。"
        )
    )
    assert items(doc.preamble[1]) == [
        (1, "首先", "摸清全县老旧小区底数"),
        (2, "其次", "制定分年度改造计划"),
        (3, "最后", "建立改造项目储备库"),
    ]


def test_an_unmarked_shou_xian_after_a_time_word_opens_a_run_with_its_qi_ci() -> None:
    doc = checked(REPLY.format(body="近年来首先完善了小区改造制度；其次加强了改造资金监管。"))
    assert items(doc.preamble[1]) == [(1, "首先", "完善了小区改造制度"), (2, "其次", "加强了改造资金监管")]


def test_a_shou_xian_after_a_subject_with_no_qi_ci_in_its_sentence_opens_nothing() -> None:
    doc = checked(REPLY.format(body="我局首先对全县老旧小区开展摸底调查，并已将调查结果报县人民政府。"))
    assert items(doc.preamble[1]) == []


# --- cause 2 ---------------------------------------------------------------------------------------------------------

FORM = """{row}
桐梓县住房和城乡建设局
桐建函〔2024〕12号
关于县政协九届三次会议第027号提案的答复
芮某某委员：
    您提出的《关于规范物业服务收费的提案》收悉。现答复如下：
    我局已会同有关部门开展物业服务收费专项检查。
桐梓县住房和城乡建设局
2024年6月3日
"""


def test_two_organs_under_a_label_parted_by_a_space_keep_it_as_a_list_does() -> None:
    doc = checked(FORM.format(row="会办单位：桐梓县市场监督管理局　桐梓县发展和改革局"))
    assert doc.header.metadata == {"会办单位": "桐梓县市场监督管理局　桐梓县发展和改革局"}


def test_two_organs_by_level_word_under_a_label_keep_their_ascii_space() -> None:
    doc = checked(FORM.format(row="协办单位：县市场监管局 县发展改革局"))
    assert doc.header.metadata == {"协办单位": "县市场监管局 县发展改革局"}


def test_an_organ_spaced_between_its_place_and_its_bureau_is_one_name() -> None:
    # the second piece opens on no place of its own: letter-spacing inside one name
    doc = checked(FORM.format(row="发布机构：桐梓县 住房和城乡建设局"))
    assert doc.header.metadata == {"发布机构": "桐梓县住房和城乡建设局"}


# --- cause 3 ---------------------------------------------------------------------------------------------------------

SIZE = 16.0
LEFT = 80.0


def _row(text: str, x: float, y: float) -> Glyph:
    """One line as a text layer gives it, its box around all of it (a figure half a character wide)."""
    width = sum(SIZE if ord(ch) > 0x2E7F else SIZE / 2 for ch in text)
    return Glyph(text, x, x + width, y, SIZE)


def test_a_short_last_page_keeps_its_margin_left_of_a_signature_whose_lines_open_at_one_x() -> None:
    first = [
        _row("关于桐梓县城区供水管网漏损治理有关情况的复函", LEFT + 2 * SIZE, 100),
        _row("县人大常委会办公室：", LEFT, 140),
        _row("你办转来的关于城区供水管网漏损问题的意见收悉。经认真", LEFT + 2 * SIZE, 168),
        _row("研究，现将有关情况函复如下：我局已委托专业机构对城区供", LEFT, 196),
        _row("水管网开展漏损检测，共发现漏点一百二十六处，已修复九十", LEFT, 224),
        _row("八处，剩余漏点将结合老旧管网改造工程一并处理，力争", LEFT, 252),
    ]
    last = [
        _row("在年底前完成全部整改任务。", LEFT, 100),
        _row("特此函复。", LEFT + 2 * SIZE, 128),
        _row("桐梓县住房和城乡建设局", 360, 186),
        _row("2024年9月18日", 360, 214),
    ]
    # the first page's wrapped lines end together at the right margin (28 characters from LEFT)
    for g in first[3:]:
        g.x1 = LEFT + 28 * SIZE
    blocks, _ = layout_pages([Page(1, 595, 842, 0, first), Page(2, 595, 842, 0, last)])
    assert [b.text for b in blocks][-4:] == [
        "你办转来的关于城区供水管网漏损问题的意见收悉。经认真研究，现将有关情况函复如下：我局已委托专业机构对城区供"
        "水管网开展漏损检测，共发现漏点一百二十六处，已修复九十八处，剩余漏点将结合老旧管网改造工程一并处理，力争"
        "在年底前完成全部整改任务。",
        "特此函复。",
        "桐梓县住房和城乡建设局",
        "2024年9月18日",
    ]
