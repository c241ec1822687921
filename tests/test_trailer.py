"""The trailer of hand-written documents: closing, 落款, answer category, proposal answered, contact."""

from __future__ import annotations

import pytest

import govdoc
from govdoc.pipeline import default_pipeline
from govdoc.state import State


def reply(body: str, trailer: str, *, title: str = "关于区政协一届一次会议第7号提案的答复") -> govdoc.Document:
    return govdoc.parse_text(f"{title}\n李某委员：\n您提出的提案收悉，现答复如下：\n{body}\n{trailer}\n")


def missing(doc: govdoc.Document) -> list[str]:
    return [w.message for w in doc.warnings if w.code == "field-missing"]


# --- closing ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "closing",
    [
        "最后，再次感谢您对城管工作的关心和支持！",
        "在此，衷心感谢您对我区养老事业的关注。",
        "最后关于您提出的路灯问题，我们将尽快落实，再次感谢您的关心，请继续关注和支持我们的工作。",
        "希望您今后继续对我们的工作多提宝贵意见。",
        "专此答复。",
        "感謝您對本局工作的關心和支持。",
    ],
)
def test_closing_of_any_wording_is_found(closing: str) -> None:
    doc = reply("一、路灯已经维修。\n二、巡查已经加强。", f"{closing}\n某区城管局\n2024年5月6日")
    assert doc.closing is not None and doc.closing.text == closing
    assert doc.sections[-1].span.end <= doc.closing.span.start


def test_page_without_closing_has_none() -> None:
    doc = reply("一、路灯已经维修。\n二、巡查已经加强，年内完成。", "某区城管局\n2024年5月6日")
    assert doc.closing is None
    assert doc.signature is not None and doc.signature.issuers == ("某区城管局",)


def test_numbered_point_ending_in_thanks_stays_a_point() -> None:
    doc = reply(
        "一、路灯已经维修。\n2、巡查已经加强，感谢您对城管工作的关心和支持。", "特此答复。\n某区城管局\n2024年5月6日"
    )
    assert doc.closing is not None and doc.closing.text == "特此答复。"


# --- signature ----------------------------------------------------------------------------


def test_date_of_a_label_in_the_body_is_not_the_signature() -> None:
    doc = govdoc.parse_text(
        "关于召开防汛工作会议的通知\n各镇人民政府：\n现将有关事项通知如下：\n一、会议时间\n会议时间：\n2024年3月5日\n"
        "二、会议地点\n区政府三楼会议室。\n请准时参加。\n某区防汛指挥部办公室\n2024年2月28日\n"
    )
    assert doc.signature is not None
    assert doc.signature.issuers == ("某区防汛指挥部办公室",) and doc.signature.date == "2024-02-28"


def test_date_alone_in_the_body_with_prose_after_is_no_signature() -> None:
    doc = govdoc.parse_text(
        "关于调整作息时间的通知\n各科室：\n自下列日期起执行夏季作息时间：\n2024年5月1日\n上午八时上班，下午五时下班。\n"
    )
    assert doc.signature is None
    assert "未找到落款：发文机关署名和成文日期 (no signature: issuing organ and date)" in missing(doc)


def test_date_alone_at_the_end_is_a_signature_without_organ() -> None:
    doc = reply(
        "一、路灯已经维修。",
        "感谢您的关心和支持。\n联系单位：某区城管局\n联系电话：12345678\n2024年5月6日",
    )
    assert doc.signature is not None
    assert doc.signature.issuers == () and doc.signature.date == "2024-05-06"
    assert doc.contact is not None and doc.contact.unit == "某区城管局"
    assert "未找到落款的发文机关署名 (the signature names no organ)" in missing(doc)


def test_date_alone_before_a_printed_regulation_is_the_notice_signature() -> None:
    doc = govdoc.parse_text(
        "某县人民政府关于印发某县河道管理办法的通知\n各乡镇人民政府：\n现将《某县河道管理办法》印发给你们，请遵照执行。\n"
        "2024年6月1日\n某县河道管理办法\n第一条 为加强河道管理，制定本办法。\n第二条 本办法自印发之日起施行。\n"
    )
    assert doc.signature is not None and doc.signature.date == "2024-06-01"
    assert [s.marker for s in doc.sections] == ["第一条", "第二条"]


def test_joint_signers_on_one_line_without_separator_split_as_the_title_names_them() -> None:
    doc = govdoc.parse_text(
        "某省人民政府、某军区关于共建双拥模范城的通知\n各市人民政府：\n请认真贯彻落实。\n某省人民政府某军区\n2024年8月1日\n"
    )
    assert doc.signature is not None and doc.signature.issuers == ("某省人民政府", "某军区")


def test_organ_with_entity_residue_after_it_is_still_the_signer() -> None:
    doc = reply("一、路灯已经维修。", "特此答复。\n某区城管局     &ensp;  \n2024年5月6日")
    assert doc.signature is not None and doc.signature.issuers == ("某区城管局",)


def test_leader_sign_off_after_the_date_is_the_signer() -> None:
    doc = reply("一、路灯已经维修。", "特此答复。\n某区城管局\n2024年5月6日\n领导签发：王某某")
    assert doc.signature is not None and doc.signature.date == "2024-05-06"
    assert doc.header.signer == "王某某"


# --- answer category ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "trailer", "want"),
    [
        ("某城管复〔2024〕3号B类\n", "", "B"),
        ("某城管复〔2024〕3号（A类）\n", "", "A"),
        ("办复类别：C\n", "", "C"),
        ("类别标记：A类\n", "", "A"),
        ("〔B〕\n", "", "B"),
        ("B\n", "", "B"),
        ("办理结果：列入计划\n", "", "B"),
        ("类别：提案\n答复类别：留作参考\n", "", "reference"),
        ("", "A类\n", "A"),
        ("（解决采纳）\n", "", "A"),
    ],
)
def test_answer_category_where_pages_write_it(header: str, trailer: str, want: str) -> None:
    doc = govdoc.parse_text(
        f"{header}关于区政协一届一次会议第7号提案的答复\n李某委员：\n您提出的提案收悉，现答复如下：\n"
        f"一、路灯已经维修。\n特此答复。\n某区城管局\n2024年5月6日\n{trailer}"
    )
    assert doc.header.handling_result == want


def test_page_type_under_a_category_label_is_no_category() -> None:
    doc = reply(
        "一、路灯已经维修。", "某区城管局\n2024年5月6日", title="类别：提案\n关于区政协一届一次会议第7号提案的答复"
    )
    assert doc.header.handling_result is None
    assert not [w for w in doc.warnings if w.code == "category-unmapped"]


# --- the proposal answered ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "number", "kind"),
    [
        ("您在区政协一届一次会议上提出的58号提案收悉。", "58", "提案"),
        ("您提出的《关于增设公交站点的提案》（第58号）收悉。", "58", "提案"),
        ("您在县人大一届一次会议上提出的第2024058号《关于增设公交站点的建议》的代表建议收悉。", "2024058", "建议"),
        ("您提出的第A-058号提案收悉。", "A-058", "提案"),
        ("您提出的第2024-58号建议收悉。", "2024-58", "建议"),
        ("贵代表团在区人大一届一次会议上提出的第3号议案收悉。", "3", "议案"),
    ],
)
def test_proposal_number_in_the_forms_replies_write_it(opening: str, number: str, kind: str) -> None:
    doc = govdoc.parse_text(
        f"某区交通局的答复\n李某委员：\n{opening}现答复如下：\n一、已经增设。\n某区交通局\n2024年5月6日\n"
    )
    ref = doc.header.responds_to
    assert ref is not None and (ref.number, ref.kind) == (number, kind)


def test_proposal_named_only_by_its_quoted_title() -> None:
    doc = govdoc.parse_text(
        "某区交通局的答复\n李某委员：\n您提出的《加快老旧小区加装电梯》收悉，现答复如下：\n一、已经加装。\n某区交通局\n2024年5月6日\n"
    )
    ref = doc.header.responds_to
    assert ref is not None and ref.title == "加快老旧小区加装电梯" and ref.number is None


def test_proposal_numbered_after_its_title_in_the_page_title() -> None:
    doc = govdoc.parse_text(
        "区政协二届三次会议《关于增设公交站点的建议》（12号）答复\n李某委员：\n现答复如下：\n一、已经增设。\n"
        "某区交通局\n2024年5月6日\n"
    )
    ref = doc.header.responds_to
    assert ref is not None
    assert (ref.body, ref.term, ref.session, ref.number) == ("政协", 2, 3, "12")
    assert ref.title == "关于增设公交站点的建议"


# --- contact ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "name", "phones", "unit"),
    [
        ("经办人及联系电话：张三，12345678", "张三", ("12345678",), None),
        ("经办人、联系电话：张三：0571-88888888", "张三", ("0571-88888888",), None),
        ("联系人/电话：王五/88888888", "王五", ("88888888",), None),
        ("联 系 人：张三\n联系电话：12345678", "张三", ("12345678",), None),
        ("聯繫人：張三\n聯繫電話：12345678", "張三", ("12345678",), None),
        ("联系单位：某区城管局", None, (), "某区城管局"),
    ],
)
def test_contact_labels_in_their_variants(
    lines: str, name: str | None, phones: tuple[str, ...], unit: str | None
) -> None:
    doc = reply("一、路灯已经维修。", f"特此答复。\n某区城管局\n2024年5月6日\n{lines}")
    assert doc.contact is not None
    assert (doc.contact.name, doc.contact.phones, doc.contact.unit) == (name, phones, unit)


def test_contact_in_parentheses_before_the_signature() -> None:
    doc = reply("一、路灯已经维修。", "特此答复。\n（联系人：张三，电话：12345678）\n某区城管局\n2024年5月6日")
    assert doc.contact is not None and (doc.contact.name, doc.contact.phones) == ("张三", ("12345678",))
    assert doc.signature is not None and doc.signature.issuers == ("某区城管局",)
    assert doc.closing is not None and doc.closing.text == "特此答复。"


# --- second round: what the wild pages showed ---------------------------------------------


def test_attachment_list_numbered_right_after_the_label() -> None:
    doc = govdoc.parse_text(
        "某县人民政府关于划定保护范围的批复\n县自然资源局：\n同意你局所报保护范围（详见附件1）。\n"
        "附件1.保护范围坐标表\n2.保护范围示意图\n某县人民政府\n2024年4月1日\n附件1.\n保护范围坐标表\n"
    )
    assert doc.attachments == ("保护范围坐标表", "保护范围示意图")
    assert doc.signature is not None and doc.signature.issuers == ("某县人民政府",)


def test_date_alone_followed_by_a_labelled_note_and_its_legend() -> None:
    doc = reply(
        "一、路灯已经维修。",
        "联系电话：12345678\n2024年5月6日\n注：办复类别分三类。\nA类——已经解决；\nB类——正在解决；",
    )
    assert doc.signature is not None and doc.signature.date == "2024-05-06"


def test_date_alone_with_the_disclosure_note_under_it_before_a_printed_plan() -> None:
    doc = govdoc.parse_text(
        "某县人民政府关于印发某县稳就业工作方案的通知\n各乡镇人民政府：\n现将工作方案印发给你们，请认真组织实施。\n"
        "2024年3月1日\n（此件公开发布）\n某县稳就业\n工作方案\n一、总体要求\n坚持就业优先。\n"
    )
    assert doc.signature is not None and doc.signature.date == "2024-03-01"
    assert doc.header.disclosure == "主动公开"


def test_labelled_category_in_the_body_tail_is_read() -> None:
    doc = reply("一、路灯已经维修。", "感谢您的关心和支持。\n办复类别：B类\n联系电话：12345678")
    assert doc.header.handling_result == "B"
    assert doc.closing is not None and doc.closing.text == "感谢您的关心和支持。"


def test_category_letter_in_brackets_before_its_class_word_beside_the_doc_number() -> None:
    doc = reply(
        "一、路灯已经维修。",
        "某区城管局\n2024年5月6日",
        title="某城管复〔2024〕3号(C)类\n关于区政协一届一次会议第7号提案的答复",
    )
    assert doc.header.handling_result == "C"
    assert doc.header.doc_number is not None and doc.header.doc_number.serial == 3


def test_category_letter_in_the_page_title() -> None:
    doc = govdoc.parse_text(
        "某区交通局关于区人大一届一次会议第9号建议办理情况（A）的函\n李某代表：\n您提出的建议收悉。\n一、已经办理。\n"
        "某区交通局\n2024年5月6日\n"
    )
    assert doc.header.handling_result == "A"


def test_proposal_numbered_by_a_long_system_number() -> None:
    doc = reply(
        "一、已经办理。", "某区交通局\n2024年5月6日", title="关于区人大一届一次会议第20240506000123号建议的答复"
    )
    assert doc.header.responds_to is not None and doc.header.responds_to.number == "20240506000123"


def test_proposal_number_under_a_label_of_its_own() -> None:
    doc = govdoc.parse_text(
        "建议号：58号\n提案人：李某\n关于修缮村道的答复\n李某代表：\n现答复如下：\n一、已经修缮。\n某镇人民政府\n2024年5月6日\n"
    )
    ref = doc.header.responds_to
    assert ref is not None and (ref.number, ref.kind, ref.proposers) == ("58", "建议", ("李某",))


# --- third round: contact and the date's line -----------------------------------------------


@pytest.mark.parametrize(
    ("line", "name", "phones", "unit"),
    [
        ("经办人：王五（13912345678）", "王五", ("13912345678",), None),
        ("联系人：某区城管局综合科，电话：12345678", None, ("12345678",), "某区城管局综合科"),
        ("联系人：某区城管局赵六；联系电话：12345678", "赵六", ("12345678",), "某区城管局"),
        ("联系人：赵六同志", "赵六", (), None),
        ("联系人：阿依古丽·买买提", "阿依古丽·买买提", (), None),
    ],
)
def test_contact_person_value_names_a_person_a_unit_or_both(
    line: str, name: str | None, phones: tuple[str, ...], unit: str | None
) -> None:
    doc = reply("一、路灯已经维修。", f"特此答复。\n某区城管局\n2024年5月6日\n{line}")
    assert doc.contact is not None
    assert (doc.contact.name, doc.contact.phones, doc.contact.unit) == (name, phones, unit)


def test_reviewer_line_after_the_contact_leaves_the_contact_whole() -> None:
    doc = reply("一、路灯已经维修。", "感谢您的关心和支持。\n联系人：王五，电话：12345678\n审核人：赵六")
    assert doc.contact is not None and doc.contact.name == "王五"
    assert doc.closing is not None and doc.closing.text == "感谢您的关心和支持。"


@pytest.mark.parametrize(
    ("date_line", "category", "signer"),
    [
        ("2024年5月6日（B类）", "B", None),
        ("2024年5月6日 领导签发：王某", None, "王某"),
        ("2024年5月6日", None, None),
    ],
)
def test_category_or_sign_off_written_after_the_date_on_its_line(
    date_line: str, category: str | None, signer: str | None
) -> None:
    doc = reply("一、路灯已经维修。", f"特此答复。\n某区城管局\n{date_line}")
    assert doc.signature is not None
    assert (doc.signature.issuers, doc.signature.date, doc.signature.date_text) == (
        ("某区城管局",),
        "2024-05-06",
        "2024年5月6日",
    )
    assert (doc.header.handling_result, doc.header.signer) == (category, signer)


# --- the rules themselves -------------------------------------------------------------------

_PLAIN = (
    "某城管复〔2024〕3号\n办理结果：解决采纳\n关于区政协一届一次会议第7号提案的答复\n李某委员：\n您提出的提案收悉，现答复如下：\n"
    "一、路灯已经维修。\n特此答复。\n某区城管局\n2024年5月6日\n联系人：王五，电话：12345678\n抄送：区政协提案委\n"
)


def test_each_trailer_field_is_a_rule_that_can_be_switched_off_alone() -> None:
    names = default_pipeline().names()
    for name in ("signature_block", "body_end", "handling_result", "responds_to", "signature", "contact", "imprint"):
        assert name in names
    pipeline = default_pipeline()
    pipeline.disable("handling_result", "contact")
    doc = govdoc.parse_text(_PLAIN, pipeline=pipeline)
    assert doc.header.handling_result is None and doc.contact is None
    assert doc.signature is not None and doc.imprint is not None and doc.header.responds_to is not None


def test_a_trailer_field_rule_can_be_replaced() -> None:
    def no_cc(state: State) -> None:
        state.imprint = None

    pipeline = default_pipeline()
    pipeline.at("imprint", no_cc)
    assert govdoc.parse_text(_PLAIN, pipeline=pipeline).imprint is None
    assert govdoc.parse_text(_PLAIN).imprint is not None


def test_the_first_category_source_that_states_one_wins() -> None:
    doc = govdoc.parse_text(_PLAIN.replace("3号\n", "3号（B类）\n"))
    assert doc.header.handling_result == "A"  # the labelled 办理结果 comes before the mark beside the 文号


def test_organ_and_date_under_the_addressee_are_no_signature() -> None:
    doc = govdoc.parse_text(
        "关于区政协一届一次会议第7号提案的答复\n李某委员：\n某区城管局\n2024年5月7日\n您提出的提案收悉，现答复如下：\n"
        "一、路灯已经维修。\n特此答复。\n某区城管局\n2024年5月6日\n"
    )
    assert doc.signature is not None and doc.signature.date == "2024-05-06"
    assert doc.closing is not None and doc.closing.text == "特此答复。"


@pytest.mark.parametrize(
    "closing",
    [
        "此答复已经王某局长审签。对以上答复您有什么意见，请填写在回执上寄回。",
        "希望您一如既往地关心、支持我局的各项工作。",
        "我们十分感谢您对我局工作的大力支持。请您继续关心和支持全区路灯建设！",
    ],
)
def test_closing_paragraph_of_several_courteous_sentences(closing: str) -> None:
    doc = reply("一、路灯已经维修。\n二、巡查已经加强。", f"{closing}\n某区城管局\n2024年5月6日")
    assert doc.closing is not None and doc.closing.text == closing


def test_thanks_inside_a_paragraph_that_goes_on_with_the_answer_is_body() -> None:
    doc = reply(
        "一、路灯已经维修。",
        "今年共修复路灯三百盏。感谢市民对城管工作的关心和支持。\n专此答复。\n某区城管局\n2024年5月6日",
    )
    assert doc.closing is not None and doc.closing.text == "专此答复。"
    doc = reply(
        "一、路灯已经维修。",
        "感谢您对城管工作的关心。今年共修复路灯三百盏，巡查已经覆盖全区。\n某区城管局\n2024年5月6日",
    )
    assert doc.closing is None


def test_cc_list_ending_at_a_table_cell_edge() -> None:
    doc = reply("一、路灯已经维修。", "特此答复。\n某区城管局\n2024年5月6日\n抄送：区人大办，区政府办。 |")
    assert doc.imprint is not None and doc.imprint.cc == ("区人大办", "区政府办")


def test_reference_in_brackets_after_the_title_starts_at_the_bracket() -> None:
    doc = govdoc.parse_text(
        "某区交通局的答复（区十八届人大三次会议第31号建议）\n李某代表：\n现答复如下：\n一、已经办理。\n某区交通局\n2024年5月6日\n"
    )
    ref = doc.header.responds_to
    assert ref is not None and ref.text == "区十八届人大三次会议第31号建议"
    assert (ref.body, ref.level, ref.term, ref.session) == ("人大", "区", 18, 3)


@pytest.mark.parametrize(
    ("line", "issuers"),
    [
        ("某市教育局 某市财政局", ("某市教育局", "某市财政局")),
        ("某省人民政府　某省军区", ("某省人民政府", "某省军区")),
        ("某 区 城 管 局", ("某区城管局",)),
        ("某市 某区 发展和改革委员会", ("某市某区发展和改革委员会",)),
    ],
)
def test_joint_signers_apart_by_one_space_and_a_letter_spaced_organ(line: str, issuers: tuple[str, ...]) -> None:
    doc = govdoc.parse_text(f"关于做好节日值班的通知\n各单位：\n请遵照执行。\n{line}\n2024年9月1日\n")
    assert doc.signature is not None and doc.signature.issuers == issuers


def test_traditional_character_page_reads_its_category_reference_closing_and_contact() -> None:
    doc = govdoc.parse_text(
        "辦理結果：列入計劃\n關於縣政協十屆三次會議第25號提案的答覆\n李某委員：\n您提出的《關於加強鄉村道路建設的建議》收悉，"
        "現答覆如下：\n一、道路已經修繕。\n最後，再次感謝您對交通工作的關心和支持！\n某縣交通運輸局\n2024年5月6日\n"
        "聯繫人：張三，聯繫電話：12345678\n"
    )
    ref = doc.header.responds_to
    assert doc.header.handling_result == "B"
    assert ref is not None and (ref.body, ref.level, ref.term, ref.session, ref.number) == ("政协", "县", 10, 3, "25")
    assert doc.closing is not None and doc.closing.text == "最後，再次感謝您對交通工作的關心和支持！"
    assert doc.signature is not None and doc.signature.issuers == ("某縣交通運輸局",)
    assert doc.contact is not None and (doc.contact.name, doc.contact.phones) == ("張三", ("12345678",))


# --- damaged 落款 lines (#11 point 6) -------------------------------------------------------


def test_signature_date_that_lost_its_year_and_month_marks_is_kept_with_a_warning() -> None:
    doc = reply("一、路灯已经维修。", "感谢您对城管工作的关心和支持。\n某区城管局\n2023918日")
    assert doc.closing is not None and doc.closing.text == "感谢您对城管工作的关心和支持。"
    assert doc.signature is not None and doc.signature.issuers == ("某区城管局",)
    assert doc.signature.date is None and doc.signature.date_text == "2023918日"
    assert [w.code for w in doc.warnings if w.code == "date-unparsed"] == ["date-unparsed"]


@pytest.mark.parametrize(
    "trailer",
    [
        "某区城管局 2023年9月18日 |",
        "| 某区城管局 2023年9月18日",
        "某区城管局 |\n2023年9月18日 |",
    ],
)
def test_cell_edges_left_around_the_signature_do_not_hide_it(trailer: str) -> None:
    doc = reply("一、路灯已经维修。", f"感谢您对城管工作的关心和支持。\n{trailer}")
    assert doc.closing is not None and doc.closing.text == "感谢您对城管工作的关心和支持。"
    assert doc.signature is not None and doc.signature.issuers == ("某区城管局",)
    assert doc.signature.date == "2023-09-18" and doc.signature.date_text == "2023年9月18日"


def test_phone_in_a_site_footer_is_not_the_documents_contact() -> None:
    doc = reply(
        "一、路灯已经维修。",
        "特此答复。\n某区城管局\n2023年9月18日\n联系人：赵某\n联系电话：0571-12345678\n"
        "    主办单位：某市人民政府办公厅\n    联系电话：0571-87654321  地址：某市解放路1号\n"
        "    网站标识码：1234567890  某ICP备00000001号",
    )
    assert doc.contact is not None and doc.contact.name == "赵某"
    assert doc.contact.phones == ("0571-12345678",)
    assert "87654321" not in doc.text


def test_organiser_line_without_a_site_mark_stays_in_the_document() -> None:
    doc = govdoc.parse_text(
        "关于举办读书节活动的通知\n各学校：\n现将读书节活动安排通知如下。\n某区教育局\n2023年9月18日\n"
        "主办单位：某区教育局\n联系电话：0571-12345678\n"
    )
    assert doc.contact is not None and doc.contact.phones == ("0571-12345678",)


def test_date_flattened_onto_the_last_paragraph_is_the_signature_date() -> None:
    doc = reply("一、路灯已经维修。", "二、夜间巡查已经加强，请继续监督。   2023年9月18日")
    assert doc.signature is not None and doc.signature.issuers == ()
    assert doc.signature.date == "2023-09-18" and doc.signature.date_text == "2023年9月18日"
    assert doc.text.endswith("请继续监督。   2023年9月18日")  # the line is kept as written


def test_organ_and_date_flattened_onto_the_closing_line_keep_the_closing() -> None:
    doc = reply("一、路灯已经维修。", "感谢您对城管工作的关心和支持。    某区城管局    2023年9月18日")
    assert doc.closing is not None and doc.closing.text == "感谢您对城管工作的关心和支持。"
    assert doc.signature is not None and doc.signature.issuers == ("某区城管局",)
    assert doc.signature.date == "2023-09-18"
    span = doc.signature.issuers_spans[0]
    assert doc.text[span.start : span.end] == "某区城管局"


@pytest.mark.parametrize(
    "last",
    [
        "二、整改已经完成。会议定于2023年9月18日",  # the date written on in the sentence
        "二、整改已经完成。   截至目前   2023年9月18日",  # no organ's name before the date
    ],
)
def test_a_date_at_the_end_of_a_sentence_is_no_flattened_signature(last: str) -> None:
    doc = reply("一、路灯已经维修。", last)
    assert doc.signature is None


def test_a_flattened_date_with_running_text_after_it_is_no_signature() -> None:
    doc = reply("一、路灯已经维修。", "二、整改已经完成。   2023年9月18日\n三、巡查还将继续。")
    assert doc.signature is None


@pytest.mark.parametrize("label", ["领导署名：", "签发领导：", "领导署名:"])
def test_leader_label_between_closing_and_signature_names_the_signer(label: str) -> None:
    doc = reply("一、路灯已经维修。", f"专此答复。\n{label}钱某某\n某区城管局\n2023年9月18日")
    assert doc.closing is not None and doc.closing.text == "专此答复。"
    assert doc.header.signer == "钱某某"
    assert doc.signature is not None and doc.signature.issuers == ("某区城管局",)


@pytest.mark.parametrize(
    ("opening", "number"),
    [
        ("您提出的关于完善公交线路的建议（第23号）收悉", "23"),
        ("您提出的第0023号建议收悉", "0023"),
    ],
)
def test_number_in_the_body_joins_the_meeting_the_title_names(opening: str, number: str) -> None:
    doc = govdoc.parse_text(
        f"对县十五届人大二次会议代表建议的答复\n周某代表：\n{opening}，现答复如下：\n一、线路已经调整。\n"
        "特此答复。\n某县交通运输局\n2023年9月18日\n"
    )
    ref = doc.header.responds_to
    assert ref is not None and ref.number == number and ref.kind == "建议"
    assert (ref.body, ref.level, ref.term, ref.session) == ("人大", "县", 15, 2)


def test_number_of_another_kind_in_the_body_does_not_take_the_titles_meeting() -> None:
    doc = govdoc.parse_text(
        "关于县政协十届二次会议提案的答复\n周某委员：\n您转来的第23号建议收悉，现答复如下：\n一、线路已经调整。\n"
        "特此答复。\n某县交通运输局\n2023年9月18日\n"
    )
    ref = doc.header.responds_to
    assert ref is not None and ref.number == "23" and ref.kind == "建议"
    assert (ref.body, ref.term) == (None, None)
