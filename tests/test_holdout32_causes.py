"""The general causes behind session 32's held-out misses (tests/test_probes_32_holdout*.py), each shown on a new
example, not the held-out document that found it (made-up organs, people and places).

1. An unmarked 首先 after the subject its sentence opens with (我局首先建立…；其次…) opens a member run, as 一是
   does after such a subject: its ；其次 later in the sentence shows the run (patterns.structure `_SEQ_UNMARKED`).
2. Two organs under a label parted by one space (协办单位：某县财政局　某县自然资源局) are a list, as three names
   are: the space is no letter-spacing and stays (patterns.organs `LISTED_PAIR_OPENING`, cleanup.spaces).
3. A page's left margin stands left of its middle: a short last page whose 落款 lines both open at one x keeps the
   margin where its text lines begin, so its indented closing and its right-set lines stay paragraphs of their own
   (readers.geometry `geometry`).
"""

from __future__ import annotations

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
