"""Fixes of diffread-A's findings A1, A4, A5 (session 22's second read of wild22 and struct22).

Each cause is tested on a new example written here (not the reviewer's repro), failing on main before
its fix, with a guard that the case the changed code was written for still reads:
- A1: a glued 是-member (patterns.GLUED_MEMBER, wild22) was taken in ordinary prose inside an item
  (五分之二是, 周二是, 正月初三是, 路线二是), cutting the item and swallowing the real member after it.
"""

from __future__ import annotations

import govdoc
from tests.invariants import check_invariants
from tests.probing import checked, tree

HEAD = "关于加强社区养老服务的建议的答复\n刘某代表：\n您提出的《关于加强社区养老服务的建议》收悉，现答复如下：\n"
TAIL = "感谢您对民政工作的关心和支持。\n某县民政局\n2024年6月3日\n"


def _items(text: str) -> list[tuple[str, str]]:
    doc = govdoc.parse_text(text)
    check_invariants(doc)
    return [(item.marker, item.lead) for para in doc.preamble for item in para.items]


# --- A1: a numeral + 是 inside prose is no glued member -------------------------------------------


def test_a_fraction_weekday_or_date_before_shi_inside_an_item_is_no_member() -> None:
    body = (
        "一是扩大服务覆盖面，服务对象中五分之二是独居老人。二是提高服务质量，每周二是健康检查日。"
        "三是丰富文化活动，正月初四是社区联欢的日子。四是加强队伍建设。\n"
    )
    assert _items(HEAD + body + TAIL) == [
        ("一是", "扩大服务覆盖面，服务对象中五分之二是独居老人"),
        ("二是", "提高服务质量，每周二是健康检查日"),
        ("三是", "丰富文化活动，正月初四是社区联欢的日子"),
        ("四是", "加强队伍建设"),
    ]


def test_a_numbered_thing_before_shi_gives_way_to_the_real_member_after_it() -> None:
    # 路线二是 names a route; the member 二是 stands later, at a sentence's start (here in the next paragraph)
    body = "一是优化公交线路，经比选论证路线二是最优方案。\n二是增设站点，新建候车亭12座。\n"
    assert _items(HEAD + body + TAIL) == [
        ("一是", "优化公交线路，经比选论证路线二是最优方案"),
        ("二是", "增设站点，新建候车亭12座"),
    ]
    body = "一是优化公交线路，经比选论证路线二是最优方案。二是增设站点。\n"
    assert [m for m, _ in _items(HEAD + body + TAIL)] == ["一是", "二是"]


def test_a_member_whose_stop_was_lost_still_carries_its_run_on() -> None:
    # guard: the copy that lost its stops (wild22's case), with no real member of that ordinal later
    body = "一是加强日间照料，新建照料中心两处二是推进医养结合，签约医疗机构5家。三是完善补贴制度。\n"
    assert _items(HEAD + body + TAIL) == [
        ("一是", "加强日间照料，新建照料中心两处"),
        ("二是", "推进医养结合，签约医疗机构5家"),
        ("三是", "完善补贴制度"),
    ]


# --- A4: a labelled sentence broken by a typist is no named value ---------------------------------

NOTICE_HEAD = (
    "关于开展城区内涝治理工作的通知\n各街道办事处、区直有关部门：\n为切实保障汛期城区安全，现将有关事项通知如下。\n"
)
NOTICE_TAIL = "特此通知。\n\n某区人民政府办公室\n2024年4月2日\n"


def _preamble(lines: str) -> list[str]:
    doc = govdoc.parse_text(NOTICE_HEAD + lines + NOTICE_TAIL)
    check_invariants(doc)
    return [p.text for p in doc.preamble][1:]


def test_a_labelled_value_opening_on_a_preposition_goes_on_to_the_line_under_it() -> None:
    assert _preamble("整治目标：在今年汛期前完成全部易涝点\n排查整治工作。\n") == [
        "整治目标：在今年汛期前完成全部易涝点排查整治工作。"
    ]


def test_a_labelled_value_ending_on_a_joining_word_goes_on_to_the_line_under_it() -> None:
    assert _preamble("验收要求：工程完工后由区住建局组织验收和\n备案。\n") == [
        "验收要求：工程完工后由区住建局组织验收和备案。"
    ]


def test_a_bracketed_aside_ending_the_sentence_under_a_named_place_carries_it_on() -> None:
    assert _preamble("报名地址：区人力资源和社会保障局就业科\n（区政务服务中心二楼216窗口）。\n") == [
        "报名地址：区人力资源和社会保障局就业科（区政务服务中心二楼216窗口）。"
    ]


def test_guard_a_named_place_over_a_request_and_a_numbered_point_keeps_each_line() -> None:
    # struct22's case: a label naming a place ends at its line; a bracketed section marker under it opens its own
    assert _preamble("集合地点：区应急管理局一楼大厅\n请各单位按时到达。\n") == [
        "集合地点：区应急管理局一楼大厅",
        "请各单位按时到达。",
    ]
    assert _preamble("牵头单位：区水务局\n配合单位：各街道办事处\n") == ["牵头单位：区水务局", "配合单位：各街道办事处"]


# --- A5: a list of points opening on a span of time keeps its markers -----------------------------

PLAN_HEAD = "关于印发某街道养老服务提升计划的通知\n各社区居委会：\n现将有关事项通知如下。\n"
PLAN_TAIL = "\n特此通知。\n\n某街道办事处\n2024年3月1日\n"


def _tree(text: str) -> tuple[list[tuple[int, str, str, str | None]], list[str]]:
    doc = checked(PLAN_HEAD + text + PLAN_TAIL)
    return tree(doc), [w.code for w in doc.warnings]


def test_points_opening_on_a_span_of_time_beside_their_siblings_keep_their_markers() -> None:
    found, warned = _tree(
        "一、工作目标\n（1）年内建成区级养老服务中心1个，床位200张。\n（2）年内培训养老护理员500人次。\n"
        "（3）到年底实现社区养老服务站全覆盖。\n二、保障措施\n街道安排专项资金300万元。"
    )
    assert found == [
        (1, "cn", "一、", "工作目标"),
        (2, "num-paren", "（1）", "年内建成区级养老服务中心1个，床位200张"),
        (2, "num-paren", "（2）", "年内培训养老护理员500人次"),
        (2, "num-paren", "（3）", "到年底实现社区养老服务站全覆盖"),
        (1, "cn", "二、", "保障措施"),
    ]
    assert "numbering-gap" not in warned


def test_guard_a_bracketed_span_of_time_with_no_sibling_beside_it_stays_a_figure() -> None:
    # struct22's case: a lone （5）年以上… sentence under a paragraph, and after a list of points
    found, _ = _tree("一、设施更新\n各社区应急设施实行分类更新。\n（5）年以上的消防器材一律更换。")
    assert found == [(1, "cn", "一、", "设施更新")]
    found, _ = _tree(
        "一、隐患整改\n（1）加强日常巡查。\n（2）建立整改台账。\n巡查中发现的隐患，\n（3）个工作日内完成整改。"
    )
    assert found == [
        (1, "cn", "一、", "隐患整改"),
        (2, "num-paren", "（1）", "加强日常巡查"),
        (2, "num-paren", "（2）", "建立整改台账"),
    ]


# --- A6: a bracketed heading's closing bracket ends its title whatever follows --------------------


def test_a_bracketed_headings_closing_bracket_ends_its_title_before_text_with_no_final_stop() -> None:
    doc = checked(
        PLAN_HEAD
        + "【一、基本原则】坚持以人民为中心\n【二、主要任务】推进“一件事一次办”，实现高频事项全程网办\n"
        + PLAN_TAIL
    )
    assert [(s.marker, s.title) for s in doc.iter_sections()] == [("一、", "基本原则"), ("二、", "主要任务")]
    assert [p.text for s in doc.iter_sections() for p in s.paragraphs][:2] == [
        "坚持以人民为中心",
        "推进“一件事一次办”，实现高频事项全程网办",
    ]


def test_guard_a_bracketed_heading_run_in_with_a_sentence_and_a_bracketed_tag_read_as_before() -> None:
    doc = checked(
        PLAN_HEAD + "【一、资金保障】街道安排专项资金。\n二、宣传引导\n【政策解读】加强政策宣传\n" + PLAN_TAIL
    )
    assert [(s.marker, s.title) for s in doc.iter_sections()] == [("一、", "资金保障"), ("二、", "宣传引导")]
    assert [p.text for s in doc.iter_sections() for p in s.paragraphs][:2] == [
        "街道安排专项资金。",
        "【政策解读】加强政策宣传",
    ]


# --- review22 08:14 on A1's fix: a grade or a year opening a clause before 是 ---------------------------


def test_a_one_character_word_opening_a_clause_before_a_numeral_and_shi_is_no_member() -> None:
    # 大三 (a college year) and 老二 (a second child) open their clauses right after a comma: the numeral
    # closes a word, no member glued to a sentence that lost its stop (review22's repro used 高三)
    body = (
        "一是加强实习指导，组织学生到企业顶岗实习。二是做好就业服务，大三是求职准备的关键阶段，学校开设了就业指导课。\n"
        "一是落实育儿补贴政策。二是完善托育服务，老二是两岁以下的家庭可申请普惠托位。\n"
    )
    assert [m for m, _ in _items(HEAD + body + TAIL)] == ["一是", "二是", "一是", "二是"]


def test_a_glued_member_needs_its_member_before_to_have_run_on_for_a_clause() -> None:
    # guard: the lost stop shows where the member before ran on for a clause and the numeral follows a
    # clause's last word (…两处二是…); the same 二是 a few characters after its 一是 is prose
    body = "一是新建日间照料中心两处二是推进医养结合，签约医疗机构5家。\n"
    assert [m for m, _ in _items(HEAD + body + TAIL)] == ["一是", "二是"]
