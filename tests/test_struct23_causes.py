"""The general causes behind struct23's probe misses (tests/test_probes_23_structure.py), each tested on a
NEW example of its own (a county 文化和旅游局, 水利局 or 住建局 text, none of the probes' words), with guards
on ordinary text that looks like it. Each cause test fails on /work/s23start; the guards pass on both.

1. A run starting again at 1 inside the sentence of its own family's member (…二是完善政策，具体包括：一是…，二是…。
   三是…) was read as the next run: five flat items, the outer run's 三是 taken as the inner run's. Within its
   member's sentence such a run is the member's content: it stays in its text and the outer run goes on
   (rules/enumerations `_runs`, `_nested_member`); after a stop it is still the next run (wild22's reading).
2. A rules text's first article right under its title, ending on its list's colon (`第一条　本办法所称…包括：`),
   was taken for the 主送 (rules/header `_marked_heading`): the article was lost from the sections.
3. A title in lenticular brackets right after the marker with the text run on after it (`（一）【加强统筹】
   各街道要…`) and a bold title with no stop after it (`**（一）强化政策宣传**通过…`) were read by the stop rule
   alone: the title ran on into the sentence, or the point had none (rules/sections `_marked_title_end`).
4. A 第N条 glued to its words as the only article of a reply (`第一条巡河路线由…`) opened an article section
   (rules/sections `_lone_glued_article`).
5. An indented line under a one-line paragraph cut by a page was read as a new paragraph in a text that
   indents its lines at random (fixW22's opener, session 22's leftover): an indent is a paragraph's opening
   only where the text opens its paragraphs indented (rules/joins `indents_open_paragraphs`).
"""

from __future__ import annotations

import govdoc
from tests.probing import checked, codes, items, paragraphs, tree

HEAD = (
    "关于县政协十一届二次会议第0127号提案的答复\n赵某委员：\n您提出的关于加强博物馆公共服务的提案收悉，现答复如下：\n"
)
TAIL = "\n某县文化和旅游局\n2025年8月12日"


def body(text: str) -> govdoc.Document:
    return checked(HEAD + text + TAIL)


def members(doc: govdoc.Document) -> list[tuple[int, str, str]]:
    """Every member of the sections' paragraphs as (ordinal, marker, lead), in order."""
    return [m for s in doc.iter_sections() for p in s.paragraphs for m in items(p)]


# --- cause 1: a run nested in the sentence of its own family's member ---------------------------------


def test_a_run_restarting_inside_its_own_familys_member_sentence_stays_in_that_member() -> None:
    doc = body(
        "一、关于展陈服务\n一是增加开放时间，节假日延长至晚上八点。二是丰富展陈内容，重点做好：一是更新常设展览，"
        "二是举办专题展览。三是拓展宣传渠道，开通线上预约。"
    )
    assert members(doc) == [
        (1, "一是", "增加开放时间，节假日延长至晚上八点"),
        (2, "二是", "丰富展陈内容，重点做好：一是更新常设展览，二是举办专题展览"),
        (3, "三是", "拓展宣传渠道，开通线上预约"),
    ]
    assert [i.text for i in doc.sections[0].paragraphs[0].items][
        1
    ] == "二是丰富展陈内容，重点做好：一是更新常设展览，二是举办专题展览。"


def test_the_outer_run_goes_on_after_a_run_nested_in_its_first_member() -> None:
    doc = body(
        "一、关于讲解服务\n一是充实讲解队伍，包括：一是招募志愿讲解员，二是培训专职讲解员。二是推出语音导览。三是开设少儿专场。"
    )
    assert [(o, m) for o, m, _ in members(doc)] == [(1, "一是"), (2, "二是"), (3, "三是")]
    assert members(doc)[1][2] == "推出语音导览"


def test_a_run_nested_in_the_last_member_makes_no_items() -> None:
    doc = body("一、关于文创开发\n一是设立文创商店；二是开发文创产品，主要有：一是书签，二是冰箱贴。")
    assert [(o, m) for o, m, _ in members(doc)] == [(1, "一是"), (2, "二是")]


def test_a_must_run_nested_in_a_must_members_sentence() -> None:
    doc = body(
        "一、关于安全管理\n各馆一要落实安全责任。二要加强巡查，做到：一要每日巡查，二要每周检查。三要完善应急预案。"
    )
    assert [(o, m) for o, m, _ in members(doc)] == [(1, "一要"), (2, "二要"), (3, "三要")]


def test_a_run_started_again_after_a_full_stop_is_still_the_next_run() -> None:
    # guard (wild22's reading): the second run opens its own sentence
    doc = body(
        "一、关于观众服务\n一是观众数量增长；二是满意度提升。针对高峰期拥挤问题，一是实行分时预约；二是增设休息区。"
    )
    assert [(o, m) for o, m, _ in members(doc)] == [(1, "一是"), (2, "二是"), (1, "一是"), (2, "二是")]


def test_a_nested_run_ends_with_its_paragraph() -> None:
    # the outer run goes on in the next paragraph, whatever the inner run reached
    doc = body("一、关于馆舍改造\n一是改造展厅，具体是：一是更换灯光，二是更新展柜。\n二是改造库房。")
    assert [[items(p) for p in s.paragraphs] for s in doc.sections] == [
        [[(1, "一是", "改造展厅，具体是：一是更换灯光，二是更新展柜")], [(2, "二是", "改造库房")]]
    ]


def test_a_run_started_again_after_a_colon_inside_a_members_sentence_is_read_as_nested() -> None:
    # the parser's choice where the contract is silent: with no stop between them, the second run is the
    # member's content (…二是人员短缺，对此我们采取以下措施：一是…), as README says; writers part the next run by a stop
    doc = body("一、关于人员配备\n一是经费不足，二是人员短缺，对此我们采取以下措施：一是争取专项经费，二是招录讲解员。")
    assert [(o, m) for o, m, _ in members(doc)] == [(1, "一是"), (2, "二是")]


def test_a_minutes_runs_of_requirements_each_after_a_stop_stay_two_runs() -> None:
    # guard on a neighbouring genre: a 纪要's two runs, each opening its sentence
    doc = checked(
        "某县文化和旅游局局务会议纪要\n2025年8月5日，局长主持召开局务会议。\n一、会议要求\n会议要求，一是抓好暑期安全；"
        "二是做好游客服务。会议强调，一是压实责任；二是加强值守；三是及时报告。"
    )
    assert [(o, m) for o, m, _ in members(doc)] == [(1, "一是"), (2, "二是"), (1, "一是"), (2, "二是"), (3, "三是")]


# --- cause 2: a rules text's first article under its title is no 主送 ----------------------------------


def test_a_first_article_ending_on_a_colon_under_the_title_is_no_addressee() -> None:
    doc = checked(
        "某县农村供水工程管理办法\n第一条　本办法所称农村供水工程包括：\n（一）集中供水工程；\n（二）分散供水工程。\n"
        "第二条　本办法自印发之日起施行。"
    )
    assert doc.header.recipients == ()
    assert [s.marker for s in doc.iter_sections()] == ["第一条", "（一）", "（二）", "第二条"]
    assert paragraphs(doc.sections[0]) == ["本办法所称农村供水工程包括："]


def test_a_notices_addressees_under_its_title_stay_the_addressees() -> None:
    # guards: a 主送 line, and one opening on numbers that count grades (一、二年级), not on a marker
    doc = checked(
        "某县水利局关于做好汛期安全工作的通知\n各乡镇人民政府：\n为做好汛期安全工作，现通知如下。\n某县水利局\n2025年6月1日"
    )
    assert doc.header.recipients == ("各乡镇人民政府",)
    doc = checked(
        "某小学关于开展防溺水教育的通知\n一、二年级学生家长：\n为做好防溺水教育，现将有关事项通知如下。\n某小学\n2025年6月1日"
    )
    assert doc.header.recipients == ("一、二年级学生家长",)


# --- cause 3: a title set off by lenticular brackets or bold, not by a stop ------------------------------


def test_a_title_in_lenticular_brackets_ends_at_its_bracket_before_the_run_on_text() -> None:
    doc = body("一、关于景区管理\n（一）【压实责任】各景区要落实安全主体责任。责任书每年签订一次。")
    assert tree(doc)[1] == (2, "cn-paren", "（一）", "【压实责任】")
    assert paragraphs(doc.iter_sections()[1]) == ["各景区要落实安全主体责任。责任书每年签订一次。"]


def test_a_bold_title_with_no_stop_after_it_ends_with_its_bold() -> None:
    doc = body("一、关于游客服务\n**1.完善服务设施**新建游客服务中心两处，改造旅游厕所十座，提升游客满意度。")
    assert tree(doc)[1] == (2, "num", "1.", "完善服务设施")
    assert paragraphs(doc.iter_sections()[1]) == ["新建游客服务中心两处，改造旅游厕所十座，提升游客满意度。"]


def test_marked_titles_standing_alone_or_whole_lines_in_bold_are_read_as_before() -> None:
    # guards: a bracketed title alone on its line keeps its brackets (round 4), a bold line marked whole is one
    # title, a bracketed year after the marker is no title, a stop inside the bold leaves the stop rule to read it
    doc = body(
        "一、关于景区管理\n（一）【压实责任】\n各景区要落实安全主体责任。\n**（二）加强景区安全巡查**\n每日巡查一次。\n"
        "（三）【2024】5号文件明确了景区的安全管理责任，各景区要认真抓好落实，确保游客安全。\n"
        "**（四）加强监管。各景区**要落实安全主体责任，每年签订一次责任书。"
    )
    assert [t for _, _, _, t in tree(doc)] == ["关于景区管理", "【压实责任】", "加强景区安全巡查", None, "加强监管"]


def test_bold_stressing_a_points_first_words_after_its_marker_is_no_title() -> None:
    # guard: the bold opens after the marker and the sentence runs on from it (a figure's subject)
    doc = body("一、关于观众服务\n1.**全年共接待观众**十二万人次，其中青少年观众三万人次，观众满意度明显提升。")
    assert tree(doc)[1] == (2, "num", "1.", None)


# --- cause 4: a lone 第N条 glued to its words in a reply opens no article --------------------------------


def test_a_lone_article_number_glued_to_its_words_in_a_reply_is_no_article() -> None:
    doc = checked(
        "关于县政协十一届二次会议第0133号提案的答复\n钱某委员：\n您提出的关于加强河道巡查的提案收悉，现答复如下：\n"
        "一、关于巡查路线\n第一条巡河路线由县河长办统一规划，沿途设置巡查打卡点十处。\n某县水利局\n2025年8月12日"
    )
    assert tree(doc) == [(1, "cn", "一、", "关于巡查路线")]
    assert paragraphs(doc.sections[0]) == ["第一条巡河路线由县河长办统一规划，沿途设置巡查打卡点十处。"]


def test_articles_glued_to_their_words_in_a_rules_text_stay_articles() -> None:
    # guards: two glued articles are a rules text's, and one article set off by its space stays one
    doc = checked("某县河道巡查办法\n第一条为规范河道巡查，制定本办法。\n第二条本办法自印发之日起施行。")
    assert [(s.style, s.ordinal) for s in doc.iter_sections()] == [("article", 1), ("article", 2)]
    doc = checked("某县河道巡查办法\n第一条　为规范河道巡查，制定本办法。")
    assert [(s.style, s.ordinal) for s in doc.iter_sections()] == [("article", 1)]


# --- cause 5: an indent is a paragraph's opening only in a text opening its paragraphs indented -----------

LONG = (
    "今年以来，我局共改造农村危房三百二十户，完成抗震加固农房一百五十户，惠及群众一千余人。改造对象涵盖低保户、分散供养特困人员、"
    "低保边缘家庭等重点对象，改造后房屋质量全部达到安全"
)


def test_an_indented_page_cut_in_a_text_indenting_its_lines_at_random_joins() -> None:
    doc = checked(
        "关于县政协十一届二次会议第0141号提案的答复\n\n孙某委员：\n\n您提出的关于加快农村危房改造的提案收悉，现答复如下：\n\n"
        "　　"
        + LONG
        + "\n\n　　标准，群众居住条件明显改善。\n\n同时，我局建立了危房动态监测机制。\n\n　　特此答复。\n\n"
        "某县住房和城乡建设局\n\n2025年8月12日"
    )
    assert [p.text for p in doc.preamble][1] == LONG + "标准，群众居住条件明显改善。"
    assert "page-break-joined" in codes(doc)


def test_an_indented_line_in_a_text_opening_its_paragraphs_indented_still_opens_one() -> None:
    # guard (fixW22's reading): every paragraph opens indented, so the indent under the lost stop opens one
    below = "　　全县共有农村住房八万余户，其中需要改造的危房主要分布在山区乡镇，群众改造意愿普遍较强。"
    doc = checked(
        "关于县政协十一届二次会议第0141号提案的答复\n\n孙某委员：\n\n　　您提出的关于加快农村危房改造的提案收悉，现答复如下：\n\n"
        "　　" + LONG + "\n\n" + below + "\n\n　　特此答复。\n\n某县住房和城乡建设局\n\n2025年8月12日"
    )
    assert [p.text for p in doc.preamble][1:] == [LONG, below.strip("　")]
