"""Causes found by the second read of session 17's schema-1.8 rules (diffread-B: attendance, the
run-on 主送, the handed-on proposer, the letter title), each shown by a NEW example (not the
reader's repro text) that fails before its fix, with a guard that the case the rule was written
for is still read. Expected values written by hand from reading each example."""

from __future__ import annotations

import govdoc
from tests.probing import checked


def _proposers(doc: govdoc.Document) -> list[str] | None:
    r = doc.header.responds_to
    return None if r is None else list(r.proposers)


def _attendance(doc: govdoc.Document) -> list[tuple[str, tuple[str, ...]]]:
    return [(a.role, a.names) for a in doc.header.attendance]


# --- diffread-B 3 (dr-B-9, dr-B-9b): after 转来的 the 的 is no name's first character ------------------

_CO_HANDLING = "关于市政协九届二次会议第207号提案的会办意见\n市住建局：\n{}经研究，现将会办意见函告如下：\n"
_CO_END = "我局将加强老旧小区改造资金保障。\n某市财政局\n2024年5月20日\n"


def test_a_group_of_members_handed_on_after_de_is_no_proposer() -> None:
    doc = checked(_CO_HANDLING.format("贵局转来的全体委员提出的《关于推进老旧小区改造的提案》收悉。") + _CO_END)
    assert _proposers(doc) == []


def test_the_congress_handed_on_after_de_is_no_proposer() -> None:
    doc = checked(_CO_HANDLING.format("你局转来的县政协委员《关于推进老旧小区改造的提案》收悉。") + _CO_END)
    assert _proposers(doc) == []


def test_a_party_whose_member_proposed_is_no_person() -> None:
    doc = checked(_CO_HANDLING.format("你局转来的致公党委员提出的《关于推进老旧小区改造的提案》收悉。") + _CO_END)
    assert _proposers(doc) == []


def test_a_member_named_after_zhuan_lai_de_is_still_the_proposer() -> None:
    doc = checked(_CO_HANDLING.format("贵局转来的甘某委员提出的《关于推进老旧小区改造的提案》收悉。") + _CO_END)
    assert _proposers(doc) == ["甘某"]


# --- diffread-B 0 (dr-B-32): a 纪要's attendance line ending in 。 is no run-on 主送 -------------------


def test_a_minutes_sit_in_line_ending_in_a_full_stop_is_attendance_not_the_recipients() -> None:
    doc = checked(
        "某县防汛抗旱指挥部会议纪要\n时间：2024年6月3日\n地点：县应急管理局二楼会议室\n"
        "列席人员：县气象局、县水文站负责同志。\n"
        "会议通报了近期雨情汛情，要求各成员单位落实二十四小时值班制度，确保安全度汛。\n"
        "某县防汛抗旱指挥部办公室\n2024年6月4日\n"
    )
    assert doc.header.recipients == ()
    assert _attendance(doc) == [("列席人员", ("县气象局", "县水文站负责同志"))]


def test_a_notices_addressees_run_onto_its_one_sentence_body_are_still_split() -> None:
    doc = checked(
        "关于暂停城区道路开挖作业的通知\n各施工单位：即日起至6月30日暂停城区道路开挖作业。\n"
        "某县住房和城乡建设局\n2024年6月1日\n"
    )
    assert doc.header.recipients == ("各施工单位",)


# --- diffread-B 6 (dr-B-16): a letter title on its label's line is the title, whatever its last word ----

_BOARD_REPLY = (
    "{}\n留言时间：2024-05-20\n答复单位：某县教育局\n"
    "网友您好，今年城区小学招生范围已在县教育局网站公布，请留意查看。感谢您的留言。\n"
    "某县教育局\n2024年5月24日\n"
)


def test_a_short_message_title_ending_like_a_form_label_is_the_letter_title_and_kept_in_metadata() -> None:
    doc = checked(_BOARD_REPLY.format("留言标题：招生划片意见"))
    ref = doc.header.responds_to
    assert ref is not None and (ref.kind, ref.title) == ("留言", "招生划片意见")
    assert doc.header.metadata.get("留言标题") == "招生划片意见"


def test_an_empty_forms_next_label_under_the_title_label_is_still_no_title() -> None:
    doc = checked(_BOARD_REPLY.format("留言标题\n留言人"))
    ref = doc.header.responds_to
    assert ref is None or ref.kind != "留言"
    assert "留言标题" not in doc.header.metadata


# --- diffread-B 1 (dr-B-1): a post written before a name with a space stays with the name --------------

_MEETING = (
    "某镇人民政府党政联席会议纪要\n时间：2024年7月2日\n地点：镇政府二楼会议室\n{}\n记录：邵某\n"
    "会议研究了以下事项：\n一、关于秋季防火\n会议要求各村落实巡查责任。\n某镇党政办公室\n2024年7月3日\n"
)


def test_a_post_and_the_name_after_its_space_are_one_attendee() -> None:
    doc = checked(_MEETING.format("主持：镇长 贺某\n出席：副镇长 童某、镇人大主席 于某"))
    assert _attendance(doc)[:2] == [("主持", ("镇长贺某",)), ("出席", ("副镇长童某", "镇人大主席于某"))]


def test_names_parted_by_spaces_and_posts_alone_are_still_each_an_attendee() -> None:
    doc = checked(_MEETING.format("主持：镇长\n出席：童某 于某 柏某\n列席：镇长 副镇长"))
    assert _attendance(doc)[:3] == [
        ("主持", ("镇长",)),
        ("出席", ("童某", "于某", "柏某")),
        ("列席", ("镇长", "副镇长")),
    ]


def test_a_post_joined_to_its_name_is_one_span_of_the_text() -> None:
    doc = checked(_MEETING.format("主持：镇长 贺某"))
    entry = doc.header.attendance[0]
    assert [doc.text[s.start : s.end] for s in entry.names_spans] == list(entry.names) == ["镇长贺某"]


# --- diffread-B 2 (dr-B-2, dr-B-2b): who shall attend a meeting the last decision calls stays in it -----


def test_who_shall_attend_a_meeting_the_last_section_calls_stays_in_that_section() -> None:
    doc = checked(
        "某镇人民政府办公会议纪要\n2024年8月5日，镇长某甲主持召开镇政府办公会议，研究了以下事项。现纪要如下：\n"
        "一、关于秋粮收购\n会议要求各村做好秋粮收购准备。\n二、关于召开全镇森林防火工作会议\n"
        "会议决定于8月20日召开全镇森林防火工作会议。\n参会人员：各村党支部书记、护林员代表。\n"
        "某镇人民政府办公室\n2024年8月6日\n"
    )
    assert doc.header.attendance == ()
    assert "参会人员：各村党支部书记、护林员代表。" in [p.text for p in doc.sections[1].paragraphs]


def test_who_attended_after_the_last_decision_is_still_the_attendance() -> None:
    doc = checked(
        "某镇人民政府办公会议纪要\n2024年8月5日，镇长某甲主持召开镇政府办公会议，研究了以下事项。现纪要如下：\n"
        "一、关于秋粮收购\n会议要求各村做好秋粮收购准备。\n二、关于森林防火\n会议要求各村落实护林责任。\n"
        "参加人员：某甲、某乙、某丙\n某镇人民政府办公室\n2024年8月6日\n"
    )
    assert _attendance(doc) == [("参加人员", ("某甲", "某乙", "某丙"))]


# --- diffread-B 5 (dr-B-12): a section ends at its last line left, not at attendance lines taken out ----


def test_the_last_sections_span_ends_before_the_attendance_lines_taken_out_of_it() -> None:
    doc = checked(
        "某镇人民政府办公会议纪要\n2024年8月5日，镇长某甲主持召开镇政府办公会议，研究了以下事项。现纪要如下：\n"
        "一、关于秋粮收购\n会议要求各村做好秋粮收购准备。\n二、关于森林防火\n会议要求各村落实护林责任。\n"
        "出席：某甲、某乙\n记录：某丙\n某镇人民政府办公室\n2024年8月6日\n"
    )
    last = doc.sections[1]
    assert last.span is not None
    assert doc.text[last.span.start : last.span.end] == "二、关于森林防火\n会议要求各村落实护林责任。"
    assert _attendance(doc) == [("出席", ("某甲", "某乙")), ("记录", ("某丙",))]


def test_who_took_part_under_the_opening_telling_the_meeting_held_is_the_attendance() -> None:
    doc = checked(
        "某镇人民政府专题会议纪要\n2024年9月3日，镇政府召开秋冬季森林防火专题会议。现将会议议定事项纪要如下：\n"
        "参会人员：某甲、某乙、某丙\n一、关于巡山护林\n会议要求各村落实巡山责任。\n二、关于火源管控\n"
        "会议要求加强野外用火管理。\n某镇人民政府办公室\n2024年9月4日\n"
    )
    assert _attendance(doc) == [("参会人员", ("某甲", "某乙", "某丙"))]


# --- diffread-B 7 (dr-B-17): attendance under the opening paragraph of a 纪要 with no numbered sections ----


def test_attendance_under_the_opening_of_minutes_without_sections_is_read() -> None:
    doc = checked(
        "某镇人民政府专题会议纪要\n2024年9月10日，副镇长某甲主持召开专题会议，研究集镇农贸市场改造有关问题。现将会议议定事项纪要如下：\n"
        "出席：某甲、镇城建办主任某乙\n记录：某丙\n会议同意对集镇农贸市场实施改造，由镇城建办牵头。\n"
        "会议要求镇财政所做好资金保障。\n某镇人民政府办公室\n2024年9月11日\n"
    )
    assert _attendance(doc) == [("出席", ("某甲", "镇城建办主任某乙")), ("记录", ("某丙",))]
    assert "会议同意对集镇农贸市场实施改造，由镇城建办牵头。" in [p.text for p in doc.preamble]


# --- diffread-B 8/10 (LOW): a letter title row left empty in words (留言标题：暂无) names no letter -------


def test_a_letter_title_row_saying_none_names_no_letter() -> None:
    doc = checked(_BOARD_REPLY.format("留言标题：暂无"))
    ref = doc.header.responds_to
    assert ref is None or ref.kind != "留言"
    assert doc.header.metadata.get("留言标题") == "暂无"


def test_a_persons_posts_parted_by_a_dunhao_stay_with_the_name_on_a_line_without_a_semicolon() -> None:
    doc = checked(_MEETING.format("出席：镇党委委员、副镇长童某，镇人大主席于某"))
    assert _attendance(doc)[0] == ("出席", ("镇党委委员、副镇长童某", "镇人大主席于某"))


def test_a_post_and_names_alone_parted_by_a_dunhao_are_each_an_attendee() -> None:
    doc = checked(_MEETING.format("出席：镇长、童某、于某"))
    assert _attendance(doc)[0] == ("出席", ("镇长", "童某", "于某"))
