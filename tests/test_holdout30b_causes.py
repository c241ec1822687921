"""Causes found by holdout30b's held-out check of real-page shapes (tests/test_probes_30_holdout_real.py),
each tested on a NEW example written by hand (made-up organs and places), not the probe document that
showed it."""

from __future__ import annotations

from tests.probing import checked, codes

# Cause 1 (C3E): a stored page leaves `?` at a line's end for a character its encoding lost (w052's
# `琼府[2005]9号?`); after a title's document type that mark was taken for a sentence stop, so the line was
# no title: no title, no kind, no issuer, the line unplaced.
LOST_TITLE_MARK = """蓼川市岱山区人民政府办公室关于开展2009年度农村饮水安全工程验收工作的通知?
岱区政办[2009]41号?
各镇人民政府,区水务局:?
    根据省、市有关要求,区政府决定对2009年度建成的农村饮水安全工程组织竣工验收。请各镇于11月20日前完成自验。
    特此通知。
蓼川市岱山区人民政府办公室
2009年11月3日
"""


def test_a_lost_characters_question_mark_after_a_titles_type_is_no_stop_and_no_part_of_the_title() -> None:
    doc = checked(LOST_TITLE_MARK)
    assert doc.header.title == "蓼川市岱山区人民政府办公室关于开展2009年度农村饮水安全工程验收工作的通知"
    assert doc.kind == "notice"
    assert doc.header.issuer == "蓼川市岱山区人民政府办公室"
    assert "content-unplaced" not in codes(doc)


# Not every ? is lost: a line that asks a question and ends in no document type is no title (a mailbox's
# question over its answer stays text).
ASKED = """关于岭脚村自来水什么时候通?
网友：
    您好！您反映的问题已收悉。岭脚村供水管网工程已于10月开工，预计明年3月通水。
篁竹乡人民政府
2023年11月6日
"""


def test_a_question_mark_after_words_of_no_document_type_still_ends_a_sentence() -> None:
    doc = checked(ASKED)
    assert doc.header.title != "关于岭脚村自来水什么时候通"


# Cause 2 (C2A): a 落款 a stored page ran onto the end of the body's last paragraph (w052's shape) was read as
# the 落款 and still kept in that paragraph's text, so one stretch of text belonged to two fields.
FLATTENED_SIGNATURE = """洑口区人民政府关于表彰2007年度计划生育工作先进单位的通报
各街道办事处，区政府各部门：
    2007年，全区各单位认真落实人口和计划生育目标管理责任制，较好地完成了年度各项任务。经研究，决定对滨江街道办事处等5个单位予以通报表彰。
    希望受表彰的单位再接再厉，再创佳绩。　　洑口区人民政府　　二〇〇八年一月十五日
"""


def test_a_signature_run_onto_the_last_paragraphs_end_is_cut_from_that_paragraph() -> None:
    doc = checked(FLATTENED_SIGNATURE)
    assert doc.signature is not None
    assert (doc.signature.issuers, doc.signature.date) == (("洑口区人民政府",), "2008-01-15")
    assert doc.preamble[-1].text == "希望受表彰的单位再接再厉，再创佳绩。"
