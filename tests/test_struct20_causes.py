"""Causes found by the twentieth round of structure probes (tests/test_probes_20_structure.py),
each tested with new examples of the cause, not the probe's own text, and guards beside them. Every
cause test fails on the session's starting checkout (/work/s20start); the guards pass on both."""

from __future__ import annotations

import govdoc
from tests.probing import checked, codes, items, paragraphs, signed

NOTICE = "关于举办全县中小学生运动会的通知\n各乡镇中心学校：\n一、比赛时间\n2024年5月18日至19日。\n"
REPLY = "关于县政协十一届二次会议第035号提案的答复\n孙某委员：\n您提出的关于繁荣农村文化的提案收悉，现答复如下：\n"
END = "\n某县文化和旅游局\n2024年6月3日"


def last_paragraphs(doc: govdoc.Document) -> list[str]:
    """The paragraphs of the body's last section: where the body ends."""
    return paragraphs(doc.iter_sections()[-1])


# Cause 1: a heading that names a place (二、会议地点, （三）培训场所, 四、报到地址) holds the venue on the
# line under it, and a venue often ends like an organ's name (…会议室, …中心, …馆). Right over a 落款
# the signature's stack of organ lines reached up to it and made the venue a co-signer (a notice's
# time-and-place sections end many notices). Only headings naming units (牵头单位, 责任部门) were known
# to announce what stands under them. The venue is the section's text, the 落款 starts under it.


def test_a_training_room_under_a_paren_place_heading_is_no_co_signer() -> None:
    doc = checked(
        "关于举办基层文化骨干培训班的通知\n各乡镇文化站：\n（一）培训时间\n2024年7月8日至10日。\n（二）培训地点\n"
        "县民之家二楼培训室\n某县文化和旅游局\n2024年6月20日"
    )
    assert signed(doc) == (("某县文化和旅游局",), "2024-06-20")
    assert last_paragraphs(doc) == ["县民之家二楼培训室"]


def test_a_sports_centre_under_a_place_heading_closed_by_a_colon_over_two_co_signers() -> None:
    doc = checked(NOTICE + "二、比赛场地：\n县全民健身中心\n某县教育局\n某县体育运动委员会\n2024年4月26日")
    assert signed(doc) == (("某县教育局", "某县体育运动委员会"), "2024-04-26")
    assert last_paragraphs(doc) == ["县全民健身中心"]


def test_guard_a_venue_under_a_sentence_closed_by_a_colon_naming_a_place() -> None:
    doc = checked(NOTICE + "二、报到安排\n请各代表队按时到达以下场所：\n县第一中学体育馆\n某县教育局\n2024年4月26日")
    assert signed(doc) == (("某县教育局",), "2024-04-26")
    assert last_paragraphs(doc) == ["请各代表队按时到达以下场所：", "县第一中学体育馆"]


def test_a_venue_alone_over_the_date_leaves_a_signature_without_an_organ() -> None:
    doc = checked(NOTICE + "二、报到地址\n县政务服务中心\n2024年4月26日")
    assert signed(doc) == ((), "2024-04-26")
    assert last_paragraphs(doc) == ["县政务服务中心"]
    assert "field-missing" in codes(doc)


def test_guard_a_joint_signature_under_a_title_only_heading_of_another_title() -> None:
    doc = checked(
        "关于做好汛期学校安全工作的通知\n各乡镇中心学校：\n一、保障措施\n（一）落实值班制度\n（二）强化隐患排查\n"
        "某县教育局\n某县应急管理局\n2024年6月1日"
    )
    assert signed(doc) == (("某县教育局", "某县应急管理局"), "2024-06-01")
    assert last_paragraphs(doc) == []


def test_guard_a_place_heading_over_a_sentence_then_the_signature() -> None:
    doc = checked(NOTICE + "二、比赛地点\n比赛在县体育场举行。\n某县教育局\n2024年4月26日")
    assert signed(doc) == (("某县教育局",), "2024-04-26")
    assert last_paragraphs(doc) == ["比赛在县体育场举行。"]


def test_guard_a_place_given_on_its_label_line_over_the_signature() -> None:
    doc = checked(NOTICE + "二、其他事项\n比赛地点：县体育场\n某县教育局\n2024年4月26日")
    assert signed(doc) == (("某县教育局",), "2024-04-26")
    assert last_paragraphs(doc) == ["比赛地点：县体育场"]


def test_guard_a_heading_about_a_place_without_a_venue_under_it() -> None:
    doc = checked(REPLY + "一、关于文化活动地点\n已新建文化广场十个。" + END)
    assert signed(doc) == (("某县文化和旅游局",), "2024-06-03")
    assert last_paragraphs(doc) == ["已新建文化广场十个。"]


# Cause 2: members run on right after their subject with no mark between (我局一是…, 各街道一要…) only where
# the subject ends on a character of a short list: pronouns, the commonest organ endings and the nouns
# that name what the members list. The other endings the organ table knows (…馆, …社, …园, …场, …台,
# …团, …机构, …署, …联, …协) were missing, so a library's, a 供销社's or a 林场's answer (我馆一是…；二是…)
# had no items. The list now holds them; 统一是 and 唯一是 stay no member.


def test_members_right_after_a_cooperatives_subject() -> None:
    doc = checked(REPLY + "一、关于农村供销网点\n我社一是扩大农资供应；二是发展农村电商。" + END)
    assert items(doc.sections[0].paragraphs[0]) == [(1, "一是", "扩大农资供应"), (2, "二是", "发展农村电商")]


def test_must_members_right_after_a_cultural_centres_name() -> None:
    doc = checked(REPLY + "一、关于群众文化活动\n县文化馆一要创新活动形式；二要培育文艺队伍；三要办好村晚。" + END)
    assert items(doc.sections[0].paragraphs[0]) == [
        (1, "一要", "创新活动形式"),
        (2, "二要", "培育文艺队伍"),
        (3, "三要", "办好村晚"),
    ]


def test_members_right_after_a_forest_farms_and_a_tv_stations_subjects() -> None:
    doc = checked(
        REPLY + "一、关于林区文化服务\n县国有林场一是建设职工书屋；二是开展流动放映。\n"
        "二、关于广播电视服务\n县电视台一方面开设农村频道；另一方面制作方言节目。" + END
    )
    assert [items(s.paragraphs[0]) for s in doc.sections] == [
        [(1, "一是", "建设职工书屋"), (2, "二是", "开展流动放映")],
        [(1, "一方面", "开设农村频道"), (2, "另一方面", "制作方言节目")],
    ]


def test_guard_a_lone_member_after_a_librarys_subject_makes_no_run() -> None:
    doc = checked(REPLY + "一、关于县图书馆\n我馆一是全县最早的公共文化设施，现有藏书二十万册。" + END)
    assert items(doc.sections[0].paragraphs[0]) == []


def test_guard_unify_and_only_before_a_second_member_make_no_run() -> None:
    doc = checked(REPLY + "一、关于文化市场\n要坚持统一是非标准；二是指导思想。唯一是文化馆的职责。" + END)
    assert items(doc.sections[0].paragraphs[0]) == []


def titles(doc: govdoc.Document) -> list[str | None]:
    return [s.title for s in doc.iter_sections()]


def shape(doc: govdoc.Document) -> list[tuple[int, str, int]]:
    return [(s.level, s.style, s.ordinal) for s in doc.iter_sections()]


# Cause 3: a colon a typist put after a bracketed or glyph marker's own closing mark (（二）：水源保护,
# ⑴：…, ①：…) or doubling a bare number's own mark (一、：…, 1.：…, batch 22) was read as the first
# character of the title, a stop inside it, so the heading had no title (and a run-in one kept the colon
# in its paragraph). A pause mark there (（二）、) was already the marker's; the colon now is too
# (patterns.AFTER_MARK, and the colon SECTION_MARKER takes after a word marker's 部分/章/条).


def test_a_colon_after_paren_ideograph_markers_leaves_their_titles() -> None:
    doc = checked(
        REPLY + "一、关于村级文化阵地\n（一）：综合文化服务中心\n建成一百二十个。\n（二）：农家书屋\n实现全覆盖。" + END
    )
    assert titles(doc) == ["关于村级文化阵地", "综合文化服务中心", "农家书屋"]
    assert [paragraphs(s) for s in doc.sections[0].sections] == [["建成一百二十个。"], ["实现全覆盖。"]]


def test_a_colon_after_glyph_markers_run_in_and_alone() -> None:
    doc = checked(REPLY + "一、关于送戏下乡\n⑴：演出场次。全年演出三百场。\n⑵：演出队伍\n组建队伍十支。" + END)
    assert titles(doc) == ["关于送戏下乡", "演出场次", "演出队伍"]
    assert [paragraphs(s) for s in doc.sections[0].sections] == [["全年演出三百场。"], ["组建队伍十支。"]]


def test_a_colon_after_half_width_paren_arabic_markers() -> None:
    doc = checked(
        REPLY + "一、关于非遗保护\n(1):传承人认定\n认定县级传承人二十名。\n(2):项目申报\n申报省级项目三项。" + END
    )
    assert titles(doc) == ["关于非遗保护", "传承人认定", "项目申报"]


def test_a_colon_doubling_an_ideograph_or_arabic_markers_own_mark() -> None:
    doc = checked(
        REPLY + "一、：关于公共图书馆\n1.：总分馆建设\n建成分馆十二个。\n2.：数字阅读\n上线数字资源平台。" + END
    )
    assert titles(doc) == ["关于公共图书馆", "总分馆建设", "数字阅读"]
    assert shape(doc) == [(1, "cn", 1), (2, "num", 1), (2, "num", 2)]


# Cause 4: a bare number with a colon where 、 or . belongs (三：关于…, 2：…), a grassroots typist's
# slip, opened no section: the text's numbered answer became one preamble. It is now a loose marker
# like 一，: a section only on a line that can be nothing but a heading (short, no sentence mark), or
# with a run-in title; never before a digit (1:1, 8:30).


def test_ideograph_numbers_with_a_colon_open_top_sections() -> None:
    doc = checked(
        REPLY + "一：关于文艺院团扶持\n安排扶持资金八十万元。\n二：关于群众文艺创作\n评选优秀作品二十件。" + END
    )
    assert shape(doc) == [(1, "cn", 1), (1, "cn", 2)]
    assert titles(doc) == ["关于文艺院团扶持", "关于群众文艺创作"]
    # the colon stands where 、 belongs: the marker's own mark, kept as written as 一， keeps its comma
    # (fixC20 finding 2; after a word marker, 第一部分：, the colon is the gap before the title and leaves)
    assert [s.marker for s in doc.sections] == ["一：", "二："]


def test_arabic_numbers_with_a_colon_open_points_under_a_heading() -> None:
    doc = checked(
        REPLY
        + "一、关于文化惠民\n1：送书下乡\n送书两万册。\n2：送电影下乡\n放映一千场。\n3：送文艺演出\n演出三百场。"
        + END
    )
    assert shape(doc) == [(1, "cn", 1), (2, "num", 1), (2, "num", 2), (2, "num", 3)]
    assert titles(doc)[1:] == ["送书下乡", "送电影下乡", "送文艺演出"]


def test_a_colon_numbered_run_in_title_opens_its_section() -> None:
    doc = checked(REPLY + "一：加强设施建设。全县建成文化广场五十个。\n二：丰富活动内容。全年开展活动五百场。" + END)
    assert titles(doc) == ["加强设施建设", "丰富活动内容"]
    assert [paragraphs(s) for s in doc.sections] == [["全县建成文化广场五十个。"], ["全年开展活动五百场。"]]


def test_guard_a_ratio_a_time_and_a_pairing_opening_lines_are_no_points() -> None:
    doc = checked(
        REPLY + "一、关于经费保障\n1:1配套资金已落实。\n8：30前各文化站开门服务。\n一：一结对帮扶已全部完成。\n"
        "1：先报先得，额满为止。" + END
    )
    assert shape(doc) == [(1, "cn", 1)]
    assert paragraphs(doc.sections[0]) == [
        "1:1配套资金已落实。",
        "8：30前各文化站开门服务。",
        "一：一结对帮扶已全部完成。",
        "1：先报先得，额满为止。",
    ]
