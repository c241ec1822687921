"""The general causes behind struct25's probe misses (tests/test_probes_25_structure.py), each tested on a
NEW example of its own (a district 卫生健康委员会 answering a proposal on community health care, none of the
probes' words), with guards on ordinary text that looks like it. Each cause test fails on /work/s25start; the
guards pass on both.

1. A time word opening the sentence right before its first member (`今年一是…；二是…。`, 目前一是, 近年来一是,
   今后一要) made no run: a first member with no mark before it needs a subject before it
   (`patterns.structure._MEMBER_SUBJECT_END`: 我局一是, 各街道一要), and no time word's last character was among
   them. The time words' last characters (年 来 前 期 后 段) join that row; 统一是 and 唯一是 stay no members.
2. Joint signers who each print their own date beside their name, one line under the other
   (`某县农业农村局　2025年6月18日` ⏎ `某县财政局　2025年6月20日`), had the first line read as a schedule's row
   (a row of its shape with another date under it) and left in the last section with the closing: the one-line
   form of the organ-over-date blocks that session 21 reads as a joint 落款 (rules/trailer/signature.py
   `_dated_signers_below`): consecutive lines of organs and a date alone, right under the closing or a
   sentence, nothing but trailer after them. The last signer's date is the document's, the others warned
   `date-unparsed`, as for the stacked blocks.
3. A second answer printed after an answer's 落款 (its own title, 主送, text and 落款: a file holding several
   answers) was read as a document the first prints under its 落款 and joined the first's last section, its
   落款 with it: an answer prints no document as its body (rules/trailer/after.py `_another_answer`), so the
   second answer stays in the text, warned `content-unplaced` (README schema 1.5). A notice that forwards a
   复函 still prints it.
4. A 关于 heading line shorter than rules/joins.py's `_FRAME_LINE` (20 characters) whose frame word went onto
   the next line (`一、关于加快推进高标准农田建设` ⏎ `的建议`) kept half its title and made `的建议` a paragraph: the
   frame's rest was joined only under a line long enough for the page width to have cut it, while a line
   opening with 的 and closing the frame (FRAME_CLOSE, whole) stands alone nowhere (`_frame_word_alone`).
"""

from __future__ import annotations

import govdoc
from tests.probing import checked, closing, codes, items, paras, signed, tree

HEAD = "关于区政协七届三次会议第0093号提案的答复\n赵某委员：\n您提出的关于加强社区卫生服务能力建设的提案收悉，现答复如下：\n"
ORG = "某区卫生健康委员会"
TAIL = "\n此复。\n" + ORG + "\n2025年6月3日"
TWO = "一、关于家庭医生签约\n全区家庭医生签约率达到百分之四十。\n二、关于基层人才\n招聘全科医生二十名。"
TWO_TREE = [(1, "cn", "一、", "关于家庭医生签约"), (1, "cn", "二、", "关于基层人才")]


def members(doc: govdoc.Document) -> list[tuple[int, str, str]]:
    """Every member of the preamble's and the sections' paragraphs as (ordinal, marker, lead), in order."""
    found = [m for p in doc.preamble for m in items(p)]
    return found + [m for s in doc.iter_sections() for p in s.paragraphs for m in items(p)]


# --- cause 1: a time word before the first member --------------------------------------------------------


def test_members_after_now_as_the_sentences_opener() -> None:
    doc = checked(
        HEAD + "一、关于设备配置\n目前一是为社区卫生服务中心配备彩超八台；二是配备远程心电设备十五套。" + TAIL
    )
    assert members(doc) == [(1, "一是", "为社区卫生服务中心配备彩超八台"), (2, "二是", "配备远程心电设备十五套")]


def test_members_after_in_recent_years_and_after_from_now_on() -> None:
    doc = checked(
        HEAD + "一、关于服务能力\n近年来一是新建社区卫生服务站六个；二是改造村卫生室四十间。\n"
        "今后一要完善绩效考核；二要提高薪酬待遇。" + TAIL
    )
    assert members(doc) == [
        (1, "一是", "新建社区卫生服务站六个"),
        (2, "二是", "改造村卫生室四十间"),
        (1, "一要", "完善绩效考核"),
        (2, "二要", "提高薪酬待遇"),
    ]


def test_a_year_before_the_first_member_of_a_plan() -> None:
    doc = checked(HEAD + "一、关于医联体建设\n2025年一是组建紧密型医联体三个；二是实现检查结果互认。" + TAIL)
    assert [m[:2] for m in members(doc)] == [(1, "一是"), (2, "二是")]


def test_unify_and_only_before_shi_stay_no_members() -> None:
    doc = checked(
        HEAD
        + "一、关于信息系统\n全区统一是否必要需要论证，唯一是要确保数据安全。二是加强人员培训。\n目前一是重点。"
        + TAIL
    )
    assert members(doc) == []


# --- cause 2: joint signers each with its own date on its own line -----------------------------------------


def test_two_signers_each_with_its_own_date_on_its_line_under_the_closing() -> None:
    doc = checked(HEAD + TWO + "\n此复。\n" + ORG + "　2025年6月3日\n某区医疗保障局　2025年6月5日")
    assert (signed(doc), closing(doc), paras(doc)[-1]) == (
        ((ORG, "某区医疗保障局"), "2025-06-05"),
        "此复。",
        ["招聘全科医生二十名。"],
    )
    assert "date-unparsed" in codes(doc) and "content-unplaced" not in codes(doc)


def test_three_signers_each_dated_under_a_sentence_with_a_cc_line_after() -> None:
    doc = checked(
        HEAD
        + TWO.replace("二十名。", "二十名，基层服务能力明显提升。")
        + "\n"
        + ORG
        + "　2025年6月3日\n某区医疗保障局　2025年6月4日\n某区财政局　2025年6月5日\n"
        "抄送：区政协提案委员会"
    )
    assert signed(doc) == ((ORG, "某区医疗保障局", "某区财政局"), "2025-06-05")
    assert paras(doc)[-1] == ["招聘全科医生二十名，基层服务能力明显提升。"]


def test_organ_and_date_rows_under_a_task_before_the_closing_stay_the_body() -> None:
    doc = checked(
        HEAD
        + "一、关于分工\n设备采购\n"
        + ORG
        + "　2025年3月2日\n某区医疗保障局　2025年3月5日\n此复。\n"
        + ORG
        + "\n2025年6月3日"
    )
    assert signed(doc) == ((ORG,), "2025-06-03")
    assert tree(doc) == [(1, "cn", "一、", "关于分工")]


# --- cause 3: a second answer after the 落款 -------------------------------------------------------------


def test_a_second_numbered_answer_after_the_signature_is_unplaced_not_the_last_sections() -> None:
    second = (
        "关于区政协七届三次会议第0102号提案的答复\n钱某委员：\n您提出的关于推进医养结合的提案收悉，现答复如下：\n"
        "一、关于医养结合机构\n全区已建成医养结合机构五家。\n二、关于签约服务\n养老机构与医疗机构签约率达到百分之百。\n"
        "此复。\n" + ORG + "\n2025年6月10日"
    )
    doc = checked(HEAD + TWO + TAIL + "\n" + second)
    assert tree(doc) == TWO_TREE
    assert paras(doc)[-1] == ["招聘全科医生二十名。"]
    assert signed(doc) == ((ORG,), "2025-06-03")
    at = doc.text.index("关于区政协七届三次会议第0102号")
    assert any(w.code == "content-unplaced" and w.span is not None and w.span.start == at for w in doc.warnings)


def test_a_second_answer_in_one_paragraph_after_the_signature_is_unplaced() -> None:
    doc = checked(
        HEAD + TWO + TAIL + "\n关于区政协七届三次会议第0105号提案的答复\n孙某委员：\n"
        "您提出的关于加强院前急救的提案收悉。我委已将该提案转区急救中心研究办理。\n" + ORG + "\n2025年6月12日"
    )
    assert (tree(doc), paras(doc)[-1]) == (TWO_TREE, ["招聘全科医生二十名。"])
    assert "content-unplaced" in codes(doc)


def test_a_notice_forwarding_a_reply_letter_still_prints_it_as_its_body() -> None:
    doc = checked(
        "关于转发《某市卫生健康委员会关于社区医院建设有关问题的复函》的通知\n各街道办事处：\n"
        "现将《某市卫生健康委员会关于社区医院建设有关问题的复函》转发给你们，请遵照执行。\n" + ORG + "\n2025年6月1日\n"
        "某市卫生健康委员会关于社区医院建设有关问题的复函\n某区卫生健康委员会：\n你委来函收悉。经研究，函复如下：\n"
        "一、关于建设标准\n按国家标准执行。\n二、关于建设资金\n由区财政统筹安排。\n某市卫生健康委员会\n2025年5月20日"
    )
    assert [s.marker for s in doc.sections] == ["一、", "二、"]
    assert signed(doc) == ((ORG,), "2025-06-01")


def test_a_one_line_signature_of_an_organ_too_long_for_a_cell_is_the_signature() -> None:
    # an organ's name longer than a row's cell (16 characters) gives its line no cells to ask: cause 2's rule
    # asked the last of none and raised (a wild text's shape, w244)
    organ = "某市某区人民政府安全生产委员会办公室"
    doc = checked(HEAD + TWO + "\n" + organ + " 2025年6月3日")
    assert (signed(doc), paras(doc)[-1]) == (((organ,), "2025-06-03"), ["招聘全科医生二十名。"])


# --- cause 4: a short 关于 heading line whose frame word wrapped -----------------------------------------------


def test_a_short_framed_paren_heading_whose_frame_word_wrapped_is_one_title() -> None:
    doc = checked(HEAD + "一、关于基层医疗\n（一）关于提高村医待遇\n的问题\n村医补助提高到每月一千元。" + TAIL)
    assert tree(doc) == [(1, "cn", "一、", "关于基层医疗"), (2, "cn-paren", "（一）", "关于提高村医待遇的问题")]
    assert paras(doc)[-1] == ["村医补助提高到每月一千元。"]


def test_a_sentence_opening_with_di_que_under_a_short_framed_heading_stays_its_text() -> None:
    doc = checked(HEAD + "一、关于提高村医待遇\n的确，村医收入偏低。\n今年补助提高到每月一千元。" + TAIL)
    assert tree(doc) == [(1, "cn", "一、", "关于提高村医待遇")]
    assert paras(doc)[0] == ["的确，村医收入偏低。", "今年补助提高到每月一千元。"]
