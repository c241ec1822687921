"""Causes behind round 19's genre probe misses (tests/test_probes_19_genres.py), each tested with a new
example of the cause rather than the probe's own text, with guards that ordinary text is not taken."""

from __future__ import annotations

import govdoc
from tests.probing import checked, codes


def _cc(doc: govdoc.Document) -> tuple[str, ...]:
    return () if doc.imprint is None else doc.imprint.cc


# --- cause 1: a 抄送 list wrapped onto the next line under an attachment's content ----------------------


def test_a_copy_list_wrapped_under_an_attachments_content_keeps_its_last_organs() -> None:
    doc = checked("""\
关于表彰2023年度森林防火工作先进个人的决定
各乡镇人民政府：
县人民政府决定对森林防火工作成绩突出的12名同志予以表彰。
云岭县人民政府
2024年1月10日
附件
2023年度森林防火工作先进个人名单
吴某某　石门镇林业站站长
郑某某　县森林消防大队队员
抄送：市林业局，县委办公室，县人大常委会办公室，县政协办公室，
县纪委监委，县人武部。
云岭县人民政府办公室　　2024年1月11日印发
""")
    assert _cc(doc) == ("市林业局", "县委办公室", "县人大常委会办公室", "县政协办公室", "县纪委监委", "县人武部")
    assert doc.attachments == ("2023年度森林防火工作先进个人名单",)


def test_guard_an_attachments_list_of_names_with_stops_stays_its_content_without_a_copy_line_above() -> None:
    doc = checked("""\
关于表彰2023年度森林防火工作先进个人的决定
各乡镇人民政府：
县人民政府决定对森林防火工作成绩突出的同志予以表彰。
云岭县人民政府
2024年1月10日
附件
2023年度森林防火工作先进个人名单
石门镇：吴某某，郑某某，王某某。
青山镇：钱某某，孙某某。
""")
    assert doc.imprint is None
    assert "石门镇：吴某某，郑某某，王某某。" in doc.text


# --- cause 2: an empty form's writer row (来信人： over 来信时间：…) is no greeting ---------------------------


def test_an_empty_writer_row_over_the_forms_next_row_is_no_addressee() -> None:
    doc = checked("""\
关于新生儿医保参保的咨询
留言人：
网友昵称：
留言内容：请问新生儿怎么参加医保？
回复内容：
您好！新生儿可在出生后90日内由监护人到户籍所在地医保经办机构办理参保登记。
某县医疗保障局
2024年4月2日
""")
    assert doc.header.recipients == ()
    assert any("新生儿可在出生后90日内" in p.text for p in doc.preamble)


def test_guard_the_writers_role_over_a_greeting_stays_the_addressee() -> None:
    doc = checked("""\
关于路灯维修的回复
留言人：
您好！您反映的路灯损坏问题已转城管部门处理，目前已修复。
某区城市管理局
2024年4月2日
""")
    assert doc.header.recipients == ("留言人",)


def test_guard_a_writers_row_with_its_value_over_the_next_row_is_no_addressee_either() -> None:
    doc = checked("""\
关于新生儿医保参保的咨询
留言人：王某
留言时间：2024-04-01
回复内容：
您好！新生儿可在出生后90日内办理参保登记。
某县医疗保障局
2024年4月2日
""")
    assert doc.header.recipients == ()


# --- cause 3: a post's word after a post in the 落款 is no person (a positive test of a name) -----------------

_BOARD = """关于小区门口积水的回复
网友：
您好！您反映的小区门口积水问题收悉，排水管网已疏通。
{line}
2024年5月21日
"""


def test_a_word_after_a_post_that_opens_with_no_surname_is_no_signing_person() -> None:
    for line in ("主任科员", "市长批示", "镇长手机", "区长网箱", "代表之家", "省长质量奖", "县长接访", "局长热线"):
        doc = checked(_BOARD.format(line=line))
        assert doc.signature is None or doc.signature.persons == (), line


def test_guard_posts_over_names_with_a_surname_a_compound_one_or_a_withheld_name_are_persons() -> None:
    for line, want in (
        ("市长　高某某", ("市长", "高某某")),
        ("主任　欧阳某", ("主任", "欧阳某")),
        ("县长　某某某", ("县长", "某某某")),
        ("领衔代表：买买提·艾力", ("领衔代表", "买买提·艾力")),
    ):
        doc = checked(_BOARD.format(line=line))
        assert doc.signature is not None, line
        assert [(p.post, p.name) for p in doc.signature.persons] == [want], line


# --- cause 4: the 函 of a 信函格式 letterhead on its own line under the organ ----------------------------------


def test_a_letter_format_head_prints_han_under_the_organ_which_is_the_issuer() -> None:
    doc = checked("""\
某县人民政府办公室
函
某政办函〔2024〕12号
关于商请协助开展秸秆禁烧巡查的函
县公安局：
为做好秋季秸秆禁烧工作，现商请贵局在重点时段加强巡查。
某县人民政府办公室
2024年9月20日
""")
    assert doc.header.issuer == "某县人民政府办公室"
    assert doc.header.title == "关于商请协助开展秸秆禁烧巡查的函"
    assert "content-unplaced" not in codes(doc)


def test_guard_a_title_wrapped_before_its_han_keeps_it() -> None:
    doc = checked("""\
某县人民政府办公室
关于商请协助开展秸秆禁烧巡查工作的
函
县公安局：
现商请贵局在重点时段加强巡查。
某县人民政府办公室
2024年9月20日
""")
    assert doc.header.title == "某县人民政府办公室关于商请协助开展秸秆禁烧巡查工作的函"
    assert doc.kind == "letter"


# --- cause 5: the letterhead over the answer's mark rows and its title ---------------------------------------


def test_an_organ_over_the_answers_class_and_disclosure_rows_is_its_letterhead() -> None:
    doc = checked("""\
某县教育体育局
办理结果：B类
公开属性：主动公开
关于县政协十二届三次会议第28号提案的答复
某教提〔2024〕3号
马某某委员：
您提出的关于改善乡村学校食堂条件的提案收悉。现答复如下：
我局已将12所乡村学校食堂改造列入明年计划。
某县教育体育局
2024年7月2日
""")
    assert doc.header.issuer == "某县教育体育局"
    assert doc.header.handling_result == "B"


def test_guard_a_portals_site_name_over_its_information_table_is_no_letterhead() -> None:
    doc = checked("""\
某县人民政府
索引号：11360000-2024-00123
发布机构：某县教育体育局
关于县政协十二届三次会议第28号提案的答复
马某某委员：
您提出的关于改善乡村学校食堂条件的提案收悉。现答复如下：
我局已将12所乡村学校食堂改造列入明年计划。
某县教育体育局
2024年7月2日
""")
    assert doc.header.issuer == "某县教育体育局"


# --- cause 6: rows of a schedule (task, organ, date) are no 落款, the last one neither ------------------------

_ROWS = """关于县人大十九届四次会议第12号建议的答复
许某代表：
您提出的关于建设城北农贸市场的建议收悉。现答复如下：
城北农贸市场建设计划如下：
完成用地报批　县自然资源局　2024年9月30日
完成主体建设　县商务局　2025年6月30日
"""


def test_the_last_of_a_schedules_rows_is_no_signature_where_no_signature_follows() -> None:
    doc = checked(_ROWS)
    assert doc.signature is None
    assert any(p.text.startswith("完成主体建设") for p in doc.preamble)


def test_guard_a_signature_on_one_line_right_under_the_rows_still_signs() -> None:
    doc = checked(_ROWS + "某县商务局　　2024年7月1日\n")
    assert doc.signature is not None
    assert (doc.signature.issuers, doc.signature.date) == (("某县商务局",), "2024-07-01")


def test_guard_a_signature_on_two_lines_under_the_rows_still_signs() -> None:
    doc = checked(_ROWS + "某县商务局\n2024年7月1日\n")
    assert doc.signature is not None
    assert (doc.signature.issuers, doc.signature.date) == (("某县商务局",), "2024-07-01")


# --- cause 7: a regulation printed after a notice's 落款 opens its own tree ------------------------------------


def test_articles_of_rules_printed_after_a_notices_signature_are_roots_not_its_last_sections_children() -> None:
    doc = checked("""\
某县人民政府关于印发某县河道采砂管理办法的通知
各乡镇人民政府，县直各单位：
现将《某县河道采砂管理办法》印发给你们，请认真执行。
一、加强组织领导
各乡镇要明确专人负责。
二、强化执法监管
县水利局要会同有关部门开展联合执法。
某县人民政府
2024年3月5日
某县河道采砂管理办法
第一条　为加强河道采砂管理，制定本办法。
第二条　本办法自2024年4月1日起施行。
""")
    assert [(s.level, s.style, s.marker) for s in doc.iter_sections()] == [
        (1, "cn", "一、"),
        (1, "cn", "二、"),
        (1, "article", "第一条"),
        (1, "article", "第二条"),
    ]


def test_guard_articles_before_any_signature_nest_as_they_stand() -> None:
    doc = checked("""\
某县河道采砂管理办法
第一章　总则
第一条　为加强河道采砂管理，制定本办法。
第二条　本办法适用于本县行政区域内的河道。
""")
    assert [(s.level, s.style) for s in doc.iter_sections()] == [(1, "chapter"), (2, "article"), (2, "article")]


# --- cause 8: a reference naming its body by its words takes the meeting the acknowledgement names ---------


def _ref(doc: govdoc.Document) -> tuple[object, ...] | None:
    r = doc.header.responds_to
    return None if r is None else (r.body, r.level, r.term, r.session, r.number, r.kind)


def test_a_deputys_suggestion_numbered_alone_in_the_title_takes_the_meeting_of_the_acknowledgement() -> None:
    doc = checked("""\
对第27号代表建议的答复
卢某某代表：
您在镇十八届人大二次会议期间提出的关于增设社区养老食堂的建议收悉。现答复如下：
我局已在城区新建社区养老食堂6个。
某区民政局
2024年6月10日
""")
    assert _ref(doc) == ("人大", "镇", 18, 2, "27", "建议")


def test_guard_a_meeting_of_the_other_body_is_not_taken() -> None:
    doc = checked("""\
关于第27号代表建议办理情况的答复
卢某某代表：
您提出的关于增设社区养老食堂的建议收悉，区政协九届三次会议期间也有委员提出类似提案。现答复如下：
我局已在城区新建社区养老食堂6个。
某区民政局
2024年6月10日
""")
    ref = _ref(doc)
    assert ref is not None and ref[0] == "人大" and ref[2] is None


def test_guard_articles_under_a_printed_rules_own_ideograph_heading_after_the_signature_stay_its_children() -> None:
    doc = checked("""\
某县人民政府办公室关于印发某县河长制会议制度等两项制度的通知
各乡镇人民政府：
现将《某县河长制会议制度》等两项制度印发给你们，请认真执行。
某县人民政府办公室
2024年3月5日
一、某县河长制会议制度
第一条　县级河长会议由县级总河长主持召开。
第二条　会议每年至少召开一次。
二、某县河长制督察制度
第一条　督察由县河长办组织实施。
""")
    assert [(s.level, s.style) for s in doc.iter_sections()] == [
        (1, "cn"),
        (2, "article"),
        (2, "article"),
        (1, "cn"),
        (2, "article"),
    ]


def test_a_single_schedule_row_of_task_organ_and_date_ending_an_unsigned_text_is_no_signature() -> None:
    doc = checked("""\
关于县人大十九届四次会议第12号建议的答复
许某代表：
您提出的关于建设城北农贸市场的建议收悉。现答复如下：
城北农贸市场已完成选址，计划于明年建成。
完成主体建设　县商务局　2025年6月30日
""")
    assert doc.signature is None


def test_guard_a_one_line_signature_of_a_place_and_its_organ_or_a_letter_spaced_organ_still_signs() -> None:
    body = "关于县人大十九届四次会议第12号建议的答复\n许某代表：\n您提出的建议收悉。现答复如下：\n市场已完成选址。\n"
    for line, organ in (
        ("某县 石门镇人民政府　　2024年7月1日", "某县石门镇人民政府"),
        ("某 县 商 务 局　　2024年7月1日", "某县商务局"),
        ("某县商务局　　某县财政局　　2024年7月1日", "某县商务局"),
    ):
        doc = checked(body + line + "\n")
        assert doc.signature is not None and doc.signature.issuers[0] == organ, line
