"""Causes behind round 23's genre probe misses (tests/test_probes_23_genres.py), each tested with a new
example of the cause rather than the probe's own text (each cause test fails on the session's start,
/work/s23start), with guards that ordinary text (a notice, a 纪要, a portal copy, a mailbox answer) is not
taken."""

from __future__ import annotations

import govdoc
from govdoc import patterns as P
from govdoc.blocks import Block
from govdoc.rules import lines as L
from tests.conftest import SHARED, without_shared
from tests.probing import checked, codes


def _in_body(doc: govdoc.Document) -> list[str]:
    return [p.text for p in doc.preamble] + [p.text for s in doc.iter_sections() for p in s.paragraphs]


def _printed(doc: govdoc.Document) -> tuple[str | None, str | None] | None:
    return None if doc.imprint is None else (doc.imprint.printed_by, doc.imprint.printed_on)


# --- cause 1: the （函） a letter's 信函格式 prints beside the organ was read as part of the organ's name
# (patterns.ISSUER_MARK knew only 文件 as the 标志's mark; patterns.LETTER_MARK, asked by rules.lines.issuer_mark)


def test_a_letter_mark_beside_the_organ_is_no_part_of_the_issuer() -> None:
    doc = checked("""\
青溪县人力资源和社会保障局（函）
青人社函〔2024〕12号
关于县政协九届二次会议第0041号提案的复函
谭某某委员：
您提出的《关于加强返乡创业就业服务的提案》收悉，现函复如下：
今年我局举办返乡创业培训班6期，发放创业担保贷款3100万元。
特此函复。
青溪县人力资源和社会保障局
2024年6月3日
""")
    assert doc.header.issuer == "青溪县人力资源和社会保障局"
    assert doc.header.title == "关于县政协九届二次会议第0041号提案的复函"
    assert doc.header.issuer_span is not None
    assert doc.text[doc.header.issuer_span.start : doc.header.issuer_span.end] == "青溪县人力资源和社会保障局"


def test_a_half_width_letter_mark_after_a_gap_is_no_part_of_the_issuer() -> None:
    doc = checked("""\
青溪县水利局 (函)
青水函〔2024〕7号
关于县十八届人大三次会议第0019号建议的答复
柯某某代表：
您提出的《关于整修村级山塘的建议》收悉，现答复如下：
今年全县整修山塘48口。
青溪县水利局
2024年6月5日
""")
    assert doc.header.issuer == "青溪县水利局"


def test_guard_a_company_named_with_brackets_keeps_them_in_the_issuer() -> None:
    # （公司） is the name's, no mark of the form
    doc = checked("""\
青溪县烟草专卖局（公司）
关于县政协九届二次会议第0052号提案的答复
潘某某委员：
您提出的《关于规范卷烟零售网点布局的提案》收悉，现答复如下：
我局已按照合理布局要求审核新办零售许可证86件。
青溪县烟草专卖局（公司）
2024年6月6日
""")
    assert doc.header.issuer == "青溪县烟草专卖局（公司）"


def test_guard_a_letters_title_ending_in_han_stays_the_title() -> None:
    doc = checked("""\
青溪县财政局关于商请拨付2024年农村公路养护资金的函
县交通运输局：
根据县政府专题会议精神，请你局于6月底前报送农村公路养护资金使用计划。
特此函告。
青溪县财政局
2024年6月7日
""")
    assert doc.kind == "letter"
    assert doc.header.title == "青溪县财政局关于商请拨付2024年农村公路养护资金的函"
    assert doc.header.issuer == "青溪县财政局"


def test_guard_a_sentence_naming_an_organ_and_a_letter_mark_stays_in_the_notice() -> None:
    doc = checked("""\
关于做好2024年度政务信息报送工作的通知
各乡镇人民政府，县直各单位：
报送材料请以正式文件或函件形式报送，抬头注明单位名称（函）。
特此通知。
青溪县人民政府办公室
2024年6月8日
""")
    assert doc.header.issuer is None
    assert any("单位名称（函）" in t for t in _in_body(doc))


def test_the_issuer_mark_gate_loses_no_line_either_pattern_takes() -> None:
    """rules.lines.issuer_mark asks each pattern only of a line ending on a character a match ends with (read off
    the pattern's source, rules/lines/guards.Ending): over the shared corpus's lines and the marks' own shapes, a
    line either pattern takes is never one the gate turns away."""
    lines = ["某市人民政府文件", "某市教育局（函）", "某市教育局 (函)", "某市人民政府 文件", "某市教育局\t文件"]
    if not without_shared():
        for path in sorted((SHARED / "corpus").rglob("*.txt")):
            lines += path.read_text(encoding="utf-8", errors="replace").splitlines()
    for line in lines:
        f = Block(line).folded
        if P.ISSUER_MARK.match(f) or P.LETTER_MARK.match(f):
            assert L.issuer_mark(f) is not None, line


# --- cause 2: a 文号 set on the line right under the 主送 was read as the opening's first paragraph
# (rules.header._number_under_recipients)


def test_a_number_line_under_the_addressee_is_the_doc_number() -> None:
    doc = checked("""\
关于商请支持青溪至临江公路改扩建的复函
省交通运输厅：
青交函〔2024〕21号
贵厅《关于征求青溪至临江公路改扩建方案意见的函》收悉。经研究，我局同意该方案。
特此函复。
青溪县交通运输局
2024年6月9日
""")
    number = doc.header.doc_number
    assert number is not None and (number.text, number.agency_code, number.year, number.serial) == (
        "青交函〔2024〕21号",
        "青交函",
        2024,
        21,
    )
    assert doc.header.recipients == ("省交通运输厅",)
    assert doc.preamble[0].text.startswith("贵厅《关于征求")


def test_guard_a_second_number_under_the_addressee_stays_the_body_where_the_header_has_one() -> None:
    # the header's own 文号 stands above: a number line under the 主送 is another document's
    doc = checked("""\
青溪县人民政府办公室
青政办发〔2024〕15号
关于转发县教育局2024年秋季学期开学工作方案的通知
各乡镇人民政府，县直各单位：
青教发〔2024〕9号
县教育局制定的方案已经县人民政府同意，现转发给你们，请认真贯彻执行。
青溪县人民政府办公室
2024年8月20日
""")
    number = doc.header.doc_number
    assert number is not None and number.text == "青政办发〔2024〕15号"
    assert "青教发〔2024〕9号" in _in_body(doc)


def test_guard_an_opening_naming_a_request_by_its_number_stays_the_opening() -> None:
    doc = checked("""\
关于同意青溪县第三中学扩建的批复
县教育局：
你局《关于青溪县第三中学扩建项目的请示》（青教〔2024〕5号）收悉。经研究，同意扩建。
此复。
青溪县人民政府
2024年6月10日
""")
    assert doc.kind == "approval"
    assert doc.header.doc_number is None
    assert doc.preamble[0].text.startswith("你局《关于青溪县第三中学扩建项目的请示》")


# --- cause 3: the 签发人 label with a space for its colon (签发人　胡某) read no signer, and beside the 文号 it
# hid the letterhead's issuer (rules.lines.head.spaced_signer, patterns.SIGNER_SPACE_FOR_COLON)


def test_a_signer_label_with_a_space_for_its_colon_beside_the_copy_number() -> None:
    doc = checked("""\
000128　　　　　　签发人　胡某某
青溪县农业农村局
青农函〔2024〕16号
关于县十八届人大三次会议第0027号建议的答复
雷某某代表：
您提出的《关于发展林下经济的建议》收悉，现答复如下：
全县林下经济面积今年达到5.2万亩。
青溪县农业农村局
2024年6月11日
""")
    assert doc.header.signer == "胡某某"
    assert doc.header.issuer == "青溪县农业农村局"
    assert "content-unplaced" not in codes(doc)


def test_a_signer_label_with_a_space_for_its_colon_beside_a_requests_number() -> None:
    doc = checked("""\
青溪县卫生健康局
青卫请〔2024〕4号　　　　　　　签发人　甘某
关于申请乡镇卫生院设备购置资金的请示
县人民政府：
为改善乡镇卫生院诊疗条件，拟购置DR设备6台，需资金480万元，恳请县人民政府予以支持。
妥否，请批示。
青溪县卫生健康局
2024年6月12日
""")
    assert doc.kind == "request"
    assert doc.header.signer == "甘某"
    assert doc.header.issuer == "青溪县卫生健康局"
    number = doc.header.doc_number
    assert number is not None and number.text == "青卫请〔2024〕4号"


def test_guard_a_signer_line_of_its_own_without_a_colon_still_reads() -> None:
    # read before this cause (a page's table label often stands without its colon): unchanged
    doc = checked("""\
签发人　胡某某
青溪县农业农村局
青农函〔2024〕17号
关于县十八届人大三次会议第0028号建议的答复
雷某某代表：
您提出的建议收悉，现答复如下：
全县新建林下经济示范基地6个。
青溪县农业农村局
2024年6月11日
""")
    assert doc.header.signer == "胡某某"
    assert doc.header.issuer == "青溪县农业农村局"


def test_every_spaced_signer_label_holds_the_word_its_gate_asks() -> None:
    from govdoc.patterns.trailer import _SPACED_SIGNER_LABELS

    assert all(P.SPACED_SIGNER_WORD in label for label in _SPACED_SIGNER_LABELS)


def test_guard_prose_ending_on_the_signer_system_is_no_signer() -> None:
    doc = checked("""\
关于加强公文处理规范化工作的通知
各乡镇人民政府，县直各单位：
各单位要严格执行发文审核和签发人　制度。
特此通知。
青溪县人民政府办公室
2024年6月13日
""")
    assert doc.header.signer is None


def test_guard_a_signer_glued_to_its_label_in_the_source_is_not_read_without_the_space() -> None:
    # no space stood there: nothing says the label ends where a name begins
    doc = checked("""\
青溪县民政局
青民函〔2024〕3号　　　　　签发人员名单
关于县政协九届二次会议第0008号提案的答复
丁某委员：
您提出的提案收悉，现答复如下：
我局已完成养老机构消防改造。
青溪县民政局
2024年6月14日
""")
    assert doc.header.signer is None


# --- cause 4: a category label in a foot note whose parts a space alone parted (（答复类别：B类　公开方式：…）) gave
# no category: the space went with the layout's, and the value ran into the next label (patterns.CATEGORY_IN_NOTE)


def test_a_category_part_of_a_note_parted_by_a_space_from_its_disclosure_part() -> None:
    doc = checked("""\
关于县政协九届二次会议第0063号提案的答复
鲍某某委员：
您提出的《关于建设县城第二水厂的提案》收悉，现答复如下：
县城第二水厂已列入县“十四五”规划，正在开展前期工作。
感谢您对供水工作的关心和支持！
青溪县水利局
2024年6月15日
（答复类别：B类　公开方式：主动公开）
""")
    assert doc.header.handling_result == "B"
    assert doc.header.disclosure == "主动公开"


def test_guard_a_category_part_parted_by_a_comma_still_reads() -> None:
    doc = checked("""\
关于县政协九届二次会议第0064号提案的答复
鲍某某委员：
您提出的《关于建设县城污水管网的提案》收悉，现答复如下：
今年新建污水管网12公里。
青溪县住房和城乡建设局
2024年6月15日
（办理结果：已解决，此件公开发布）
""")
    assert doc.header.handling_result == "A"


def test_guard_a_notices_note_naming_a_kind_of_work_gives_no_category() -> None:
    doc = checked("""\
关于开展2024年度安全生产大检查的通知
各乡镇人民政府，县直各单位：
请各单位于6月30日前完成自查。
特此通知。
青溪县安全生产委员会办公室
2024年6月16日
（类别：专项工作　公开方式：主动公开）
""")
    assert doc.header.handling_result is None
    assert "category-unmapped" not in codes(doc)


# --- cause 5: a joint 落款's note of the organ's role (某局（会同）, 某局（会同单位）) stayed in `issuers`; the role
# words knew 牵头 and not 会同, the word an opening pairs with it (patterns.ROLE_AFTER)


def test_a_joint_signature_whose_second_organ_is_marked_as_joining() -> None:
    doc = checked("""\
关于县十八届人大三次会议第0045号建议的答复
韩某某代表：
您提出的《关于治理县城噪声扰民的建议》收悉，由县生态环境局牵头、会同县公安局办理，现答复如下：
今年共查处噪声扰民案件57起。
感谢您对生态环境工作的关心和支持！
青溪县公安局（会同）
青溪县生态环境局（牵头）
2024年6月17日
""")
    s = doc.signature
    assert s is not None and s.issuers == ("青溪县公安局", "青溪县生态环境局")


def test_guard_a_signing_organ_with_brackets_in_its_name_keeps_them() -> None:
    doc = checked("""\
关于县政协九届二次会议第0070号提案的答复
舒某委员：
您提出的提案收悉，现答复如下：
我局已加强卷烟市场监管。
青溪县烟草专卖局（公司）
2024年6月18日
""")
    s = doc.signature
    assert s is not None and s.issuers == ("青溪县烟草专卖局（公司）",)


# --- cause 6: a 印发 line under one label for both values (印发：某办　2024年5月6日) was no imprint and was
# content-unplaced (patterns.PRINTED_LINE)


def test_a_printing_line_under_one_label_in_a_notices_imprint() -> None:
    doc = checked("""\
青溪县人民政府办公室
青政办发〔2024〕18号
关于做好2024年汛期地质灾害防治工作的通知
各乡镇人民政府，县直各单位：
请各乡镇加强地质灾害隐患点巡查，落实监测责任人。
特此通知。
青溪县人民政府办公室
2024年6月19日
抄送：县委办公室，县人大常委会办公室。
印发：青溪县人民政府办公室　　　2024年6月20日（共印30份）
""")
    assert _printed(doc) == ("青溪县人民政府办公室", "2024-06-20")
    assert "content-unplaced" not in codes(doc)


def test_guard_a_sending_line_without_a_date_is_no_printing_line() -> None:
    doc = checked("""\
关于印发青溪县2024年防汛工作要点的通知
各乡镇人民政府：
现将工作要点印发给你们，请认真贯彻落实。
印发：各乡镇人民政府
特此通知。
青溪县人民政府办公室
2024年6月21日
""")
    assert doc.imprint is None or doc.imprint.printed_by is None


def test_guard_a_schedule_row_with_a_deadline_is_no_printing_line() -> None:
    doc = checked("""\
关于报送2024年上半年工作总结的通知
县直各单位：
请按以下安排报送：
印发：县政府办公室　2024年6月25日前完成
报送：各单位　2024年7月5日前完成
特此通知。
青溪县人民政府办公室
2024年6月22日
""")
    assert doc.imprint is None or doc.imprint.printed_by is None
    s = doc.signature
    assert s is not None and s.date == "2024-06-22"


# --- guards on the neighbouring genres: a 纪要, a portal copy, a mailbox answer


def test_guard_a_minutes_decision_naming_who_prints_stays_its_body() -> None:
    doc = checked("""\
青溪县人民政府常务会议纪要
第8期
青溪县人民政府办公室　　　　2024年6月24日
6月20日，县长主持召开县人民政府第8次常务会议。会议议定如下：
一、原则同意《青溪县2024年城区道路改造方案》。
印发：县政府办公室负责于6月底前印发方案　2024年6月30日
""")
    assert doc.kind == "minutes"
    assert _printed(doc) == ("青溪县人民政府办公室", "2024-06-24")


def test_guard_a_portal_copys_table_number_stays_over_a_number_line_under_the_addressee() -> None:
    doc = checked("""\
索引号：11431122MB1234567X/2024-00031
发布机构：青溪县教育局
文号：青教函〔2024〕8号
关于县政协九届二次会议第0091号提案的答复
符某某委员：
青教函〔2024〕9号
您提出的提案收悉，现答复如下：
今年新建幼儿园3所。
青溪县教育局
2024年6月25日
""")
    number = doc.header.doc_number
    assert number is not None and number.text == "青教函〔2024〕8号"
    assert doc.header.recipients == ("符某某委员",)


def test_guard_a_mailbox_answer_under_its_greeting_keeps_its_lines() -> None:
    doc = checked("""\
留言标题：青溪县城北小区何时通天然气
网友您好：
经核实，城北小区天然气管道工程已完成主管网铺设，预计8月底通气。
感谢您对城市建设工作的关注！
青溪县住房和城乡建设局
2024年6月26日
""")
    assert doc.header.recipients == ("网友",)
    assert doc.header.doc_number is None
    assert doc.preamble[0].text.startswith("经核实")
    s = doc.signature
    assert s is not None and s.issuers == ("青溪县住房和城乡建设局",)
