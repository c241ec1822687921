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
