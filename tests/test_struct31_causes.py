"""Causes found by session 31's structure probes (tests/test_probes_31_structure.py), each tested on a NEW example
of the cause, not the probe document itself; every cause's test fails on /work/s31start (a guard of a cause's edge,
named so, passes on both)."""

from __future__ import annotations

from tests.probing import checked, levels, paras, parents, tree

_FRONT = (
    "关于区政协五届二次会议第63号提案的答复\n邱某委员：\n您提出的《关于加强社区养老服务的提案》收悉，现答复如下：\n"
)
_FOOT = "\n特此答复。\n茭塘区民政局\n2026年6月3日"


def _reply(body: str) -> str:
    return _FRONT + body + _FOOT


def test_enclosed_numbers_of_other_blocks_open_circled_points() -> None:
    """Cause 1: a word processor numbers a list with enclosed numbers other than ①: WPS's negative circled ❶, the
    dingbat fonts' ➀/➊, the double circled ⓵, Word's circled ideographs ㊀ (ideographEnclosedCircle). None was a
    marker, so each point's heading and text ran into the paragraphs of the point above. They are the circled
    family's numbers (fold maps them onto ①…)."""
    doc = checked(
        _reply(
            "一、关于助餐服务\n（一）助餐点建设\n⓵新建助餐点\n新建社区助餐点十二个。\n⓶改造助餐点\n改造老旧助餐点五个。\n"
            "（二）助餐补贴\n➀补贴对象\n八十周岁以上老人。\n➁补贴标准\n每餐补贴三元。\n二、关于上门服务\n㊀助浴服务\n"
            "为失能老人提供助浴服务。\n㊁助洁服务\n为独居老人提供助洁服务。"
        )
    )
    assert tree(doc) == [
        (1, "cn", "一、", "关于助餐服务"),
        (2, "cn-paren", "（一）", "助餐点建设"),
        (3, "circled", "⓵", "新建助餐点"),
        (3, "circled", "⓶", "改造助餐点"),
        (2, "cn-paren", "（二）", "助餐补贴"),
        (3, "circled", "➀", "补贴对象"),
        (3, "circled", "➁", "补贴标准"),
        (1, "cn", "二、", "关于上门服务"),
        (2, "circled", "㊀", "助浴服务"),
        (2, "circled", "㊁", "助洁服务"),
    ]
    assert [o for _, _, o in levels(doc)] == [1, 1, 1, 2, 2, 1, 2, 2, 1, 2]
    assert paras(doc)[2:4] == [["新建社区助餐点十二个。"], ["改造老旧助餐点五个。"]]


def test_negative_circled_numbers_past_ten_go_on_in_their_own_block() -> None:
    """Cause 1: WPS's negative circled numbers past ten stand in another block (⓫ after ❿): the run goes on, no gap."""
    points = "".join(
        f"{c}{w}\n已完成。\n" for c, w in zip("❾❿⓫", ("适老化改造", "家庭养老床位", "养老顾问"), strict=True)
    )
    doc = checked(_reply("一、关于重点任务\n" + points.rstrip("\n")))
    assert [(lv, st, o) for lv, st, o in levels(doc)][1:] == [(2, "circled", 9), (2, "circled", 10), (2, "circled", 11)]
    assert parents(doc)[1:] == [("❾", "一、"), ("❿", "一、"), ("⓫", "一、")]


def test_a_range_of_years_opening_an_arabic_points_title_keeps_its_marker() -> None:
    """Cause 2: a digit right after `1.` reads as a decimal (1.5倍) unless a year opens the title (1.2026年…); a range of
    years (2026-2028年, 2027～2030年, 2029到30年) did not count as one, so the point was lost into the point above."""
    doc = checked(
        _reply(
            "一、关于养老设施规划\n1.2026-2028年建设任务\n新建街道综合养老服务中心四个。\n2.2027～2030年提升任务\n"
            "完成全部社区养老服务站改造。\n3.2029到30年远期安排\n实现社区养老服务全覆盖。"
        )
    )
    assert tree(doc)[1:] == [
        (2, "num", "1.", "2026-2028年建设任务"),
        (2, "num", "2.", "2027～2030年提升任务"),
        (2, "num", "3.", "2029到30年远期安排"),
    ]
    assert paras(doc)[1] == ["新建街道综合养老服务中心四个。"]


def test_a_decimal_at_a_lines_start_stays_no_marker_guard() -> None:
    """Cause 2's edge (a guard, passes before and after): a figure that only looks so (1.2026万人次) is a decimal."""
    doc = checked(_reply("一、关于助餐服务\n全年助餐服务人次达到\n1.2026万人次，同比增长一成。"))
    assert [s.marker for s in doc.iter_sections()] == ["一、"]


def test_a_rules_texts_numbered_clauses_quoted_under_a_point_open_no_sections() -> None:
    """Cause 3: a point of the answer may cite a rules text on a colon and quote its numbered clauses (1.…； ⏎ 2.…。),
    numbered as that text numbers them; read as the answer's own untitled points they broke the point apart and the
    answer's next sentence landed in the last clause. Articles were so read since struct30 (cause 2); clauses in
    figures or brackets now are too."""
    doc = checked(
        _reply(
            "一、关于养老机构管理\n（一）设立条件\n《苓洲镇养老机构管理办法》第八条明确，设立养老机构应当具备下列条件：\n"
            "1.有固定的服务场所；\n2.有与服务规模相适应的护理人员；\n3.有必要的消防设施。\n我局将严格按照上述条件审核。\n"
            "（二）日常监管\n每季度开展一次检查。"
        )
    )
    assert tree(doc) == [
        (1, "cn", "一、", "关于养老机构管理"),
        (2, "cn-paren", "（一）", "设立条件"),
        (2, "cn-paren", "（二）", "日常监管"),
    ]
    assert paras(doc)[1] == [
        "《苓洲镇养老机构管理办法》第八条明确，设立养老机构应当具备下列条件：",
        "1.有固定的服务场所；",
        "2.有与服务规模相适应的护理人员；",
        "3.有必要的消防设施。",
        "我局将严格按照上述条件审核。",
    ]


def test_titled_points_under_a_line_citing_a_plan_still_open_sections_guard() -> None:
    """Cause 3's edge (a guard): the answer's own titled points, each over its text, under a line citing a plan on
    its colon are the answer's sections, not a quoted rules text's clauses."""
    doc = checked(
        _reply(
            "一、关于养老服务\n《茭塘区养老服务发展规划》明确了以下重点：\n（一）助餐服务\n新建助餐点十二个。\n"
            "（二）助浴服务\n为失能老人提供助浴服务。"
        )
    )
    assert [s.title for s in doc.iter_sections()] == ["关于养老服务", "助餐服务", "助浴服务"]


def test_formal_figures_number_top_headings_and_bracketed_points() -> None:
    """Cause 4: the formal figures (大写: 壹、贰、, （壹）), Word's chineseLegalSimplified numbering and a typist's for
    figures that must not be altered, were no numerals: the headings stood as paragraphs of the preamble or of the
    point above. They number the 一、 and （一） families as the plain numerals do (拾壹 = 11)."""
    doc = checked(
        _reply(
            "一、关于养老服务设施\n（壹）街道养老服务中心\n建成四个。\n（贰）社区养老服务站\n建成三十个。\n二、关于养老护理队伍\n"
            "培训护理员五百人次。"
        )
    )
    assert tree(doc) == [
        (1, "cn", "一、", "关于养老服务设施"),
        (2, "cn-paren", "（壹）", "街道养老服务中心"),
        (2, "cn-paren", "（贰）", "社区养老服务站"),
        (1, "cn", "二、", "关于养老护理队伍"),
    ]
    tens = checked(_reply("玖、关于助餐\n建成助餐点。\n拾、关于助浴\n开展助浴服务。\n拾壹、关于助医\n开展助医服务。"))
    assert levels(tens) == [(1, "cn", 9), (1, "cn", 10), (1, "cn", 11)]


def test_the_organs_measures_after_a_citing_line_holding_a_response_word_stay_its_points() -> None:
    """Cause 3's edge after REVIEW31 R12: 应 inside 应急, 相应 or 响应 is no obligation of the cited text; the organ's own
    measures after `…规定，我局启动应急响应，采取了以下措施：` are its points."""
    doc = checked(
        _reply(
            "一、关于高温天气应对\n根据《茭塘区极端天气应急预案》第九条规定，我局及时启动应急响应，采取了以下措施：\n"
            "（一）开放社区纳凉点十二处；\n（二）上门走访独居老人三百户。\n全区未发生中暑事件。\n二、关于冬季保暖\n发放取暖物资五百份。"
        )
    )
    assert [s.marker for s in doc.sections[0].sections] == ["（一）", "（二）"]
