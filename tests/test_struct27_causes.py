"""Causes found by session 27's structure probes (tests/test_probes_27_structure.py), each tested on a NEW
example of the cause, not the probe document itself; every test here fails on /work/s27start."""

from __future__ import annotations

from tests.probing import checked, closing, every_items, paras, signed
from tests.test_probes_11_noise import wrapped

_TITLE = "关于县人大十八届三次会议第56号建议的答复"
_FRONT = [_TITLE, "张某代表：", "您提出的《关于改善农村学校办学条件的建议》收悉，现答复如下："]
_FOOT = ["某县教育局", "2026年9月15日"]
_SIGNED = (("某县教育局",), "2026-09-15")


def _wrapped_reply(width: int, *body: str, end: str = "特此答复。") -> str:
    """A county bureau's reply as a PDF's text layer holds it: every line cut at `width` characters."""
    return "\n".join(wrapped([*_FRONT, *body, *([end] if end else [])], width) + _FOOT) + "\n"


# Cause 1 (batches 2 and 8): a hard wrap that leaves a counted phrase and its colon at a line's start (…重点推进了以下 ⏎
# 两项工作：一是…) made that line a label's (键：值) line, so the paragraph was cut in two there; only a word of two
# or three characters was taken for the sentence's (struct26 cause 3). A counted phrase (两项工作, 三个方面, 几点) is
# no label of any form, whatever its length.

_COUNTED = (
    "为落实代表建议，县教育局会同县财政局今年重点推进了以下两项工作：一是改造农村学校食堂二十所，新增就餐座位三千个；"
    "二是为寄宿制学校配备专职生活老师一百二十名。"
)
_COUNTED_ASPECTS = (
    "针对校车安全问题，县教育局近年来着力从制度上抓了以下几个方面：一是建立校车安全管理台账，实行一车一档；"
    "二是开展驾驶人培训，全年培训四百人次；三是推行校车运行动态监控。"
)


def test_a_counted_phrase_and_its_colon_a_wrap_left_at_a_lines_start_go_on_in_the_sentence() -> None:
    text = _wrapped_reply(27, "一、关于学校食堂", _COUNTED, "二、关于校车安全", "全县校车全部安装动态监控。")
    assert "以下\n两项工作：" in text  # the cut this test is about
    doc = checked(text)
    assert paras(doc) == [[_COUNTED], ["全县校车全部安装动态监控。"]]
    assert [lead for (_, _, lead) in every_items(doc)[1][0]] == [
        "改造农村学校食堂二十所，新增就餐座位三千个",
        "为寄宿制学校配备专职生活老师一百二十名",
    ]


def test_several_aspects_and_a_colon_at_a_lines_start_go_on_in_the_sentence() -> None:
    text = _wrapped_reply(26, "一、关于校车安全", _COUNTED_ASPECTS, "二、关于学校食堂", "改造农村学校食堂二十所。")
    assert "以下\n几个方面：" in text
    doc = checked(text)
    assert paras(doc) == [[_COUNTED_ASPECTS], ["改造农村学校食堂二十所。"]]


# Cause 2 (batch 8): a hard wrap cutting a list of ideograph numerals after its first member's pause mark (…小学一、 ⏎
# 二、三年级…) left the next numeral's marker at the line's start, read as the answer's next part (二、) with a
# numbering warning: the cut above was taken for a part's end because the line ends on no ideograph.

_GRADES = (
    "今年秋季学期起，我县全面推行课后延时服务，服务对象覆盖全县城区小学一、二、三年级全体学生，家长可自愿选择参加。"
)


def test_a_numeral_list_cut_after_its_first_members_pause_mark_goes_on() -> None:
    text = _wrapped_reply(17, "一、关于课后服务", _GRADES, "二、关于师资保障", "新招聘教师八十名。")
    assert "小学一、\n二、三年级" in text
    doc = checked(text)
    assert [s.marker for s in doc.iter_sections()] == ["一、", "二、"]
    assert paras(doc) == [[_GRADES], ["新招聘教师八十名。"]]
    assert "numbering-gap" not in [w.code for w in doc.warnings]


# Cause 3 (batch 8): a closing formula written on at the end of the body's last paragraph (…投入使用。此复。), on a line
# that a hard wrap or a page end parts from the paragraph's earlier lines, was lost once the lines were joined: its
# place was noted on the last line before the join, which the join takes into the line above.

_LAST = "今年以来，县教育局争取上级资金八百万元，对全县十二所农村学校的食堂进行了改造，目前已全部投入使用。"


def test_a_formula_run_on_in_the_last_wrapped_line_is_the_closing() -> None:
    text = _wrapped_reply(
        22, "一、关于校车安全", "全县校车全部安装动态监控。", "二、关于学校食堂", _LAST + "此复。", end=""
    )
    assert "\n投入使用。此复。\n" in text
    doc = checked(text)
    assert closing(doc) == "此复。"
    assert paras(doc)[-1] == [_LAST]
    assert signed(doc) == _SIGNED


def test_a_formula_run_on_after_a_page_number_inside_the_last_paragraph_is_the_closing() -> None:
    last = [
        "今年以来，县教育局争取上级资金八百万元，对全县十二所农村学校的食",
        "- 2 -",
        "堂进行了改造，目前已全部投入使用。此复。",
    ]
    text = (
        "\n".join([*_FRONT, "一、关于校车安全", "全县校车全部安装动态监控。", "二、关于学校食堂", *last, *_FOOT]) + "\n"
    )
    doc = checked(text)
    assert closing(doc) == "此复。"
    assert paras(doc)[-1] == [_LAST]


# Cause 4 (batch 8): in a copy that opens its paragraphs with an indent (two ideographic spaces), a line that fills the
# measure and ends on a stop the wrap hung there (…全部完工。 or …以下措施：) ended its paragraph, and the flush line under
# it opened one: the indent says where paragraphs open, and a flush line under a full line is the wrap's. Such a pair
# also counted against the indent convention itself, so a short copy showed none.

_IND = "　　"
_STOPPED = (
    "今年以来，县教育局争取上级资金八百万元，对全县十二所农村学校的食堂全部进行了提升改造，改造工程已于八月底前全部完工。"
    "目前各校食堂均已投入使用，师生反映良好。"
)
_LEAD = "为保障学生就餐安全，县教育局主要采取了以下措施：首先，建立食堂食品安全管理台账；其次，推行校长陪餐制度；最后，开展食品安全专项检查。"


def _indented_reply(width: int, *body: str) -> str:
    lines = [_TITLE, "张某代表：", *wrapped([_IND + p for p in (*_FRONT[2:], *body, "特此答复。")], width), *_FOOT]
    return "\n".join(lines) + "\n"


def test_an_indented_copys_full_line_ending_on_a_stop_goes_on_in_the_flush_line_under_it() -> None:
    text = _indented_reply(20, "一、关于学校食堂", _STOPPED, "二、关于校车安全", "全县校车全部安装动态监控。")
    assert "全部完工。\n目前各校" in text
    doc = checked(text)
    assert paras(doc) == [[_STOPPED], ["全县校车全部安装动态监控。"]]


def test_an_indented_copys_full_lead_line_ending_on_a_colon_goes_on_in_the_flush_member_line() -> None:
    text = _indented_reply(25, "一、关于食品安全", _LEAD, "二、关于校车安全", "全县校车全部安装动态监控。")
    assert "以下措施：\n首先" in text
    doc = checked(text)
    assert paras(doc) == [[_LEAD], ["全县校车全部安装动态监控。"]]
    assert [m for (_, m, _) in every_items(doc)[1][0]] == ["首先", "其次", "最后"]


def test_an_indented_copys_next_paragraph_under_a_full_stopped_line_stays_its_own() -> None:
    # the guard: the next paragraph opens indented, so the full line above ended its paragraph
    text = _indented_reply(20, "一、关于学校食堂", _STOPPED.split("目前")[0], "目前" + _STOPPED.split("目前")[1])
    doc = checked(text)
    assert paras(doc) == [[_STOPPED.split("目前")[0], "目前" + _STOPPED.split("目前")[1]]]


# Cause 5 (batch 2): a short hard-wrapped copy's width was read one too long where its open lines tied: the first
# length seen won, and the opening's line ending on a mark the wrap hung past the width (…的建议》) came before the
# body's line cut inside a word. A run-in heading the wrap cut inside its title (…建设任 ⏎ 务。各乡镇…), as long as the
# width, then stood short of the width read and kept half its title.

_DORMS = "（一）全面落实农村学校教师周转宿舍建设任务。各乡镇要在年底前完成建设任务，县教育局将对完成情况进行督查。"


def test_a_short_copys_width_is_its_mid_word_cuts_not_a_line_a_hung_mark_lengthens() -> None:
    text = _wrapped_reply(
        20, "一、关于教师宿舍", _DORMS, "（二）改善学校食堂条件。", "二、关于校车安全", "全县校车全部安装动态监控。"
    )
    assert "的建议》\n收悉" in text and "建设任\n务。" in text
    doc = checked(text)
    assert [s.title for s in doc.iter_sections()] == [
        "关于教师宿舍",
        "全面落实农村学校教师周转宿舍建设任务",
        "改善学校食堂条件",
        "关于校车安全",
    ]
    assert paras(doc)[1] == ["各乡镇要在年底前完成建设任务，县教育局将对完成情况进行督查。"]
