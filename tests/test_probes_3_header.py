"""Third round of probes, header side: short documents written to vary the header the ways real ones
do (letterheads, 发文字号 forms, wrapped titles, 主送 forms, category and 公开属性 wording, proposal
references, 键：值 lines, web chrome). Every header field is compared, not only the one a probe aims
at, and the expected values come from the contract, written before the parser was run."""

from __future__ import annotations

from typing import Any

import govdoc
from tests.probing import EMPTY, codes, head

OPEN = "您提出的提案收悉，现答复如下：\n"
BODY = "我们已将此事列入年度工作计划，组织力量推进落实。\n感谢您对我们工作的关心和支持。\n"
SIGN = "青石县某局\n2024年6月18日\n"


def expect(text: str, **fields: Any) -> govdoc.Document:
    doc = govdoc.parse_text(text)
    assert head(doc) == {**EMPTY, **fields}
    assert "internal-error" not in codes(doc)
    return doc


def ref_text(doc: govdoc.Document) -> str | None:
    r = doc.header.responds_to
    return None if r is None else r.text


# --- letterheads and 发文字号 --------------------------------------------------------------------


def test_a_ministry_letter_answering_a_national_proposal_by_its_class_number() -> None:
    doc = expect(
        "中华人民共和国自然资源部\n"
        "自然资源函〔2024〕318号\n"
        "关于政协第十四届全国委员会第二次会议第01234号（资源环境类098号）提案答复的函\n"
        "李某某委员：\n"
        "您提出的关于加强耕地保护补偿的提案收悉。经认真研究，现答复如下：\n" + BODY + "自然资源部\n2024年7月12日\n",
        issuer="中华人民共和国自然资源部",
        number=("自然资源函〔2024〕318号", "自然资源函", 2024, 318),
        title="关于政协第十四届全国委员会第二次会议第01234号（资源环境类098号）提案答复的函",
        recipients=["李某某委员"],
        ref=("政协", "全国", 14, 2, "01234", "提案", "关于加强耕地保护补偿的提案", []),
    )
    assert ref_text(doc) == "政协第十四届全国委员会第二次会议第01234号（资源环境类098号）提案"


def test_a_provincial_letterhead_with_wenjian_and_a_title_wrapped_over_two_lines() -> None:
    doc = expect(
        "湖西省交通运输厅文件\n"
        "湖交建[2024]56号\n"
        "湖西省交通运输厅关于省十四届人大二次会议\n"
        "第1056号代表建议的答复\n"
        "张某等5位代表：\n"
        "你们提出的《关于加快农村公路提档升级的建议》收悉。现答复如下：\n" + BODY + "湖西省交通运输厅\n2024年6月3日\n",
        issuer="湖西省交通运输厅",
        number=("湖交建[2024]56号", "湖交建", 2024, 56),
        title="湖西省交通运输厅关于省十四届人大二次会议第1056号代表建议的答复",
        recipients=["张某等5位代表"],
        ref=("人大", "省", 14, 2, "1056", "建议", "关于加快农村公路提档升级的建议", []),
    )
    assert ref_text(doc) == "省十四届人大二次会议第1056号代表建议"


def test_a_serial_with_leading_zeros_in_round_brackets_and_a_collective_proposer() -> None:
    expect(
        "清河市住房和城乡建设局\n"
        "清建提（2024）007号\n"
        "关于市政协十届三次会议第0215号提案的答复函\n"
        "民盟清河市委员会：\n"
        "贵单位提出的《关于推进老旧小区加装电梯的提案》收悉，现答复如下：\n"
        + BODY
        + "清河市住房和城乡建设局\n2024年5月20日\n",
        issuer="清河市住房和城乡建设局",
        number=("清建提（2024）007号", "清建提", 2024, 7),
        title="关于市政协十届三次会议第0215号提案的答复函",
        recipients=["民盟清河市委员会"],
        ref=("政协", "市", 10, 3, "0215", "提案", "关于推进老旧小区加装电梯的提案", []),
    )


def test_a_doc_number_with_zi_and_di_and_a_category_on_the_same_line() -> None:
    expect(
        "青石县人民政府办公室\n"
        "青政办复字〔2024〕第12号　　　　　A类\n"
        "关于县十八届人大三次会议第36号建议的答复\n"
        "李某代表：\n"
        "您提出的关于改善城区停车难的建议收悉，现答复如下：\n" + BODY + SIGN,
        issuer="青石县人民政府办公室",
        number=("青政办复字〔2024〕第12号", "青政办复字", 2024, 12),
        title="关于县十八届人大三次会议第36号建议的答复",
        recipients=["李某代表"],
        category="A",
        ref=("人大", "县", 18, 3, "36", "建议", "关于改善城区停车难的建议", []),
    )


def test_a_title_wrapped_over_three_lines_under_a_district_letterhead() -> None:
    expect(
        "东湖区城市管理局文件\n"
        "东城管复〔2024〕9号\n"
        "东湖区城市管理局\n"
        "关于区政协五届四次会议第132号\n"
        "提案的答复\n"
        "王某委员：\n"
        "您提出的《关于规范共享单车停放的提案》收悉，现答复如下：\n" + BODY + "东湖区城市管理局\n2024年4月2日\n",
        issuer="东湖区城市管理局",
        number=("东城管复〔2024〕9号", "东城管复", 2024, 9),
        title="东湖区城市管理局关于区政协五届四次会议第132号提案的答复",
        recipients=["王某委员"],
        ref=("政协", "区", 5, 4, "132", "提案", "关于规范共享单车停放的提案", []),
    )


def test_a_title_wrapped_inside_its_proposal_number_is_joined_without_a_space() -> None:
    expect(
        "关于区政协二届三次会议第10\n5号提案的答复\n赵某委员：\n" + OPEN + BODY + SIGN,
        title="关于区政协二届三次会议第105号提案的答复",
        recipients=["赵某委员"],
        ref=("政协", "区", 2, 3, "105", "提案", None, []),
    )


def test_an_organ_line_directly_above_a_guanyu_title_is_its_first_line_and_the_issuer() -> None:
    expect(
        "青石县农业农村局\n关于县政协十一届三次会议第27号提案的答复\n孙某委员：\n" + OPEN + BODY + SIGN,
        issuer="青石县农业农村局",
        title="青石县农业农村局关于县政协十一届三次会议第27号提案的答复",
        recipients=["孙某委员"],
        ref=("政协", "县", 11, 3, "27", "提案", None, []),
    )


def test_a_doc_number_in_square_full_width_brackets_with_spaces_inside() -> None:
    expect(
        "清河市教育局\n"
        "清教函 ［ 2024 ］ 41 号\n"
        "清河市教育局关于市十七届人大四次会议第228号建议的复函\n"
        "周某代表：\n"
        "您提出的关于增加公办幼儿园学位的建议收悉，现答复如下：\n" + BODY + "清河市教育局\n2024年6月1日\n",
        issuer="清河市教育局",
        number=("清教函［ 2024 ］ 41 号", "清教函", 2024, 41),  # Document.text drops the space between 函 and ［
        title="清河市教育局关于市十七届人大四次会议第228号建议的复函",
        recipients=["周某代表"],
        ref=("人大", "市", 17, 4, "228", "建议", "关于增加公办幼儿园学位的建议", []),
    )


def test_a_doc_number_and_signer_on_one_line_of_an_upward_document() -> None:
    expect(
        "东湖区发展和改革委员会\n"
        "东发改〔2024〕15号　　　　　　签发人：赵某\n"
        "关于区人大二届五次会议第88号建议的答复\n"
        "钱某代表：\n"
        "您提出的关于加快充电桩建设的建议收悉，现答复如下：\n" + BODY + "东湖区发展和改革委员会\n2024年5月8日\n",
        issuer="东湖区发展和改革委员会",
        number=("东发改〔2024〕15号", "东发改", 2024, 15),
        title="关于区人大二届五次会议第88号建议的答复",
        recipients=["钱某代表"],
        signer="赵某",
        metadata={"签发人": "赵某"},
        ref=("人大", "区", 2, 5, "88", "建议", "关于加快充电桩建设的建议", []),
    )


def test_a_doc_number_in_lenticular_brackets_after_the_title() -> None:
    expect(
        "关于县政协九届二次会议第61号提案的复函\n青卫健函【2024】23号\n吴某委员：\n" + OPEN + BODY + SIGN,
        number=("青卫健函【2024】23号", "青卫健函", 2024, 23),
        title="关于县政协九届二次会议第61号提案的复函",
        recipients=["吴某委员"],
        ref=("政协", "县", 9, 2, "61", "提案", None, []),
    )


# --- 主送 ---------------------------------------------------------------------------------------


def test_a_labelled_zhusong_line_names_the_recipients() -> None:
    expect(
        "关于区政协三届二次会议第19号提案的答复\n主送：郑某委员\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第19号提案的答复",
        recipients=["郑某委员"],
        ref=("政协", "区", 3, 2, "19", "提案", None, []),
    )


def test_a_labelled_zhusong_line_with_two_organs_is_split_at_the_comma() -> None:
    expect(
        "关于区政协三届二次会议第20号提案的答复\n"
        "主送：区政协提案委员会，民进东湖区委员会。\n"
        "贵单位提出的关于加强校外培训监管的提案收悉，现答复如下：\n" + BODY + SIGN,
        title="关于区政协三届二次会议第20号提案的答复",
        recipients=["区政协提案委员会", "民进东湖区委员会"],
        ref=("政协", "区", 3, 2, "20", "提案", "关于加强校外培训监管的提案", []),
    )


def test_organs_joined_by_dunhao_are_split_and_a_place_list_is_not() -> None:
    expect(
        "青石县人民政府文件\n"
        "青政发〔2024〕5号\n"
        "青石县人民政府关于做好2024年防汛工作的通知\n"
        "各乡镇人民政府、街道办事处，县政府各部门：\n"
        "为切实做好今年防汛工作，现将有关事项通知如下：\n"
        "一、提高思想认识\n各地要高度重视。\n"
        "青石县人民政府\n2024年4月1日\n",
        kind="notice",
        issuer="青石县人民政府",
        number=("青政发〔2024〕5号", "青政发", 2024, 5),
        title="青石县人民政府关于做好2024年防汛工作的通知",
        recipients=["各乡镇人民政府", "街道办事处", "县政府各部门"],
    )


def test_an_honorific_and_a_list_of_named_deputies_stay_one_recipient() -> None:
    expect(
        "关于镇十九届人大三次会议第5号建议的答复\n"
        "尊敬的刘某、陈某代表：\n"
        "你们提出的关于硬化村组道路的建议收悉，现答复如下：\n" + BODY + "柳林镇人民政府\n2024年4月9日\n",
        title="关于镇十九届人大三次会议第5号建议的答复",
        recipients=["刘某、陈某代表"],
        ref=("人大", "镇", 19, 3, "5", "建议", "关于硬化村组道路的建议", []),
    )


def test_an_approval_addressed_to_a_subordinate_government() -> None:
    expect(
        "清河市人民政府关于同意设立清河东湖经济开发区的批复\n"
        "清政复〔2024〕3号\n"
        "东湖区人民政府：\n"
        "你区《关于申请设立清河东湖经济开发区的请示》收悉。经研究，现批复如下：\n"
        "一、同意设立清河东湖经济开发区。\n"
        "清河市人民政府\n2024年3月12日\n",
        kind="approval",
        issuer="清河市人民政府",
        number=("清政复〔2024〕3号", "清政复", 2024, 3),
        title="清河市人民政府关于同意设立清河东湖经济开发区的批复",
        recipients=["东湖区人民政府"],
    )


def test_an_opinion_sent_to_several_kinds_of_recipient() -> None:
    expect(
        "东湖区人民政府文件\n"
        "东政发〔2024〕11号\n"
        "东湖区人民政府关于加快发展银发经济的\n"
        "实施意见\n"
        "各街道办事处，区政府各委、办、局：\n"
        "为积极应对人口老龄化，结合我区实际，提出如下意见。\n"
        "一、总体要求\n坚持政府引导。\n"
        "东湖区人民政府\n2024年2月26日\n",
        kind="opinion",
        issuer="东湖区人民政府",
        number=("东政发〔2024〕11号", "东政发", 2024, 11),
        title="东湖区人民政府关于加快发展银发经济的实施意见",
        recipients=["各街道办事处", "区政府各委、办、局"],
    )


def test_a_deputy_group_counted_in_ming_is_one_recipient() -> None:
    expect(
        "关于县十八届人大三次会议第102号建议的答复\n"
        "黄某等12名代表：\n"
        "你们提出的关于改造县城供水管网的建议收悉，现答复如下：\n" + BODY + SIGN,
        title="关于县十八届人大三次会议第102号建议的答复",
        recipients=["黄某等12名代表"],
        ref=("人大", "县", 18, 3, "102", "建议", "关于改造县城供水管网的建议", []),
    )


# --- handling category -------------------------------------------------------------------------


def test_a_category_label_with_a_bare_letter() -> None:
    expect(
        "类别：A\n关于区政协三届二次会议第31号提案的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第31号提案的答复",
        recipients=["冯某委员"],
        metadata={"类别": "A"},
        category="A",
        ref=("政协", "区", 3, 2, "31", "提案", None, []),
    )


def test_a_result_written_as_the_a_wording() -> None:
    expect(
        "办理结果：所提问题已经解决或采纳\n关于区政协三届二次会议第32号提案的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第32号提案的答复",
        recipients=["冯某委员"],
        metadata={"办理结果": "所提问题已经解决或采纳"},
        category="A",
        ref=("政协", "区", 3, 2, "32", "提案", None, []),
    )


def test_a_result_listed_in_plan_is_b() -> None:
    expect(
        "办理结果：列入计划拟解决\n关于县十八届人大三次会议第40号建议的答复\n陈某代表：\n" + OPEN + BODY + SIGN,
        title="关于县十八届人大三次会议第40号建议的答复",
        recipients=["陈某代表"],
        metadata={"办理结果": "列入计划拟解决"},
        category="B",
        ref=("人大", "县", 18, 3, "40", "建议", None, []),
    )


def test_a_result_kept_for_reference() -> None:
    expect(
        "答复类别：留作参考\n关于县十八届人大三次会议第41号建议的答复\n陈某代表：\n" + OPEN + BODY + SIGN,
        title="关于县十八届人大三次会议第41号建议的答复",
        recipients=["陈某代表"],
        metadata={"答复类别": "留作参考"},
        category="reference",
        ref=("人大", "县", 18, 3, "41", "建议", None, []),
    )


def test_a_result_that_conditions_do_not_allow_is_c() -> None:
    expect(
        "办理结果：因条件限制暂时不能解决\n关于县十八届人大三次会议第42号建议的答复\n陈某代表：\n" + OPEN + BODY + SIGN,
        title="关于县十八届人大三次会议第42号建议的答复",
        recipients=["陈某代表"],
        metadata={"办理结果": "因条件限制暂时不能解决"},
        category="C",
        ref=("人大", "县", 18, 3, "42", "建议", None, []),
    )


def test_a_bracketed_letter_alone_on_its_line_is_the_category() -> None:
    expect(
        "（B）\n关于区政协三届二次会议第33号提案的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第33号提案的答复",
        recipients=["冯某委员"],
        category="B",
        ref=("政协", "区", 3, 2, "33", "提案", None, []),
    )


def test_a_category_letter_with_its_class_word_after_the_label() -> None:
    expect(
        "办理类型：B类\n关于区政协三届二次会议第34号提案的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第34号提案的答复",
        recipients=["冯某委员"],
        metadata={"办理类型": "B类"},
        category="B",
        ref=("政协", "区", 3, 2, "34", "提案", None, []),
    )


def test_a_jia_category_is_unmapped_with_a_warning() -> None:
    doc = expect(
        "答复类别：甲类\n关于县十八届人大三次会议第43号建议的答复\n陈某代表：\n" + OPEN + BODY + SIGN,
        title="关于县十八届人大三次会议第43号建议的答复",
        recipients=["陈某代表"],
        metadata={"答复类别": "甲类"},
        ref=("人大", "县", 18, 3, "43", "建议", None, []),
    )
    assert "category-unmapped" in codes(doc)


def test_a_letter_with_its_wording_in_brackets_is_read_from_the_wording() -> None:
    expect(
        "办理结果：B（正在解决）\n关于县十八届人大三次会议第44号建议的答复\n陈某代表：\n" + OPEN + BODY + SIGN,
        title="关于县十八届人大三次会议第44号建议的答复",
        recipients=["陈某代表"],
        metadata={"办理结果": "B（正在解决）"},
        category="B",
        ref=("人大", "县", 18, 3, "44", "建议", None, []),
    )


def test_a_category_line_after_the_title_is_still_the_category() -> None:
    expect(
        "关于区政协三届二次会议第35号提案的答复\n（答复类别：A类）\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第35号提案的答复",
        recipients=["冯某委员"],
        category="A",
        ref=("政协", "区", 3, 2, "35", "提案", None, []),
    )


def test_an_explanation_result_is_for_reference() -> None:
    expect(
        "办理结果：解释说明\n关于区政协三届二次会议第36号提案的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第36号提案的答复",
        recipients=["冯某委员"],
        metadata={"办理结果": "解释说明"},
        category="reference",
        ref=("政协", "区", 3, 2, "36", "提案", None, []),
    )


# --- 公开属性 -----------------------------------------------------------------------------------


def test_disclosure_on_request_under_the_gongkai_fangshi_label() -> None:
    expect(
        "公开方式：依申请公开\n关于区政协三届二次会议第37号提案的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第37号提案的答复",
        recipients=["冯某委员"],
        metadata={"公开方式": "依申请公开"},
        disclosure="依申请公开",
        ref=("政协", "区", 3, 2, "37", "提案", None, []),
    )


def test_not_disclosed_and_a_category_on_one_line() -> None:
    expect(
        "办理结果：A　　公开属性：不予公开\n关于区政协三届二次会议第38号提案的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第38号提案的答复",
        recipients=["冯某委员"],
        metadata={"办理结果": "A", "公开属性": "不予公开"},
        category="A",
        disclosure="不予公开",
        ref=("政协", "区", 3, 2, "38", "提案", None, []),
    )


def test_a_disclosure_with_its_scope_after_a_comma() -> None:
    expect(
        "公开属性：主动公开，全文公开\n关于区政协三届二次会议第39号提案的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第39号提案的答复",
        recipients=["冯某委员"],
        metadata={"公开属性": "主动公开，全文公开"},
        disclosure="主动公开",
        ref=("政协", "区", 3, 2, "39", "提案", None, []),
    )


def test_a_note_that_the_document_is_published_means_it_is_disclosed() -> None:
    expect(
        "关于区政协三届二次会议第40号提案的答复\n"
        "冯某委员：\n" + OPEN + BODY + "东湖区民政局\n2024年6月18日\n（此件公开发布）\n",
        title="关于区政协三届二次会议第40号提案的答复",
        recipients=["冯某委员"],
        disclosure="主动公开",
        ref=("政协", "区", 3, 2, "40", "提案", None, []),
    )


# --- proposal references -----------------------------------------------------------------------


def test_a_reference_named_only_in_the_opening_with_its_number_after_the_quoted_title() -> None:
    expect(
        "关于对《关于加强农村饮水安全的建议》的答复\n"
        "何某代表：\n"
        "您在县十八届人大三次会议上提出的《关于加强农村饮水安全的建议》（第58号）收悉，现答复如下：\n" + BODY + SIGN,
        title="关于对《关于加强农村饮水安全的建议》的答复",
        recipients=["何某代表"],
        ref=("人大", "县", 18, 3, "58", "建议", "关于加强农村饮水安全的建议", []),
    )


def test_a_reference_whose_number_follows_an_unquoted_title() -> None:
    expect(
        "关于政协提案办理情况的答复\n"
        "罗某委员：\n"
        "您在区政协三届二次会议上提出的关于完善社区养老服务的第58号提案收悉，现答复如下：\n" + BODY + SIGN,
        title="关于政协提案办理情况的答复",
        recipients=["罗某委员"],
        ref=("政协", "区", 3, 2, "58", "提案", "关于完善社区养老服务的提案", []),
    )


def test_a_labelled_proposal_number_and_proposer_before_the_title() -> None:
    expect(
        "提案号：2024035\n提案人：林某\n关于加强社区医疗服务的提案的答复\n林某委员：\n" + OPEN + BODY + SIGN,
        title="关于加强社区医疗服务的提案的答复",
        recipients=["林某委员"],
        metadata={"提案号": "2024035", "提案人": "林某"},
        # body: no 政协/人大 word names the meeting; the kind word alone is not read as the body.
        ref=(None, None, None, None, "2024035", "提案", "关于加强社区医疗服务的提案", ["林某"]),
    )


def test_a_labelled_suggestion_number_with_a_letter_prefix() -> None:
    expect(
        "建议编号：J0123\n领衔代表：唐某\n关于改善乡村学校寄宿条件的建议的答复\n唐某代表：\n" + OPEN + BODY + SIGN,
        title="关于改善乡村学校寄宿条件的建议的答复",
        recipients=["唐某代表"],
        metadata={"建议编号": "J0123", "领衔代表": "唐某"},
        ref=(None, None, None, None, "J0123", "建议", "关于改善乡村学校寄宿条件的建议", ["唐某"]),
    )


def test_a_county_cppcc_named_before_its_term_is_the_county_level() -> None:
    doc = expect(
        "关于政协青石县第十一届委员会第四次会议第88号提案的答复\n马某委员：\n" + OPEN + BODY + SIGN,
        title="关于政协青石县第十一届委员会第四次会议第88号提案的答复",
        recipients=["马某委员"],
        ref=("政协", "县", 11, 4, "88", "提案", None, []),
    )
    assert ref_text(doc) == "政协青石县第十一届委员会第四次会议第88号提案"


def test_a_township_congress_motion_answered_by_the_township() -> None:
    expect(
        "柳林镇人民政府关于镇第十九届人民代表大会第三次会议第2号议案的答复\n"
        "镇人大主席团：\n"
        "镇第十九届人民代表大会第三次会议交付的第2号议案收悉，现答复如下：\n" + BODY + "柳林镇人民政府\n2024年5月5日\n",
        issuer="柳林镇人民政府",
        title="柳林镇人民政府关于镇第十九届人民代表大会第三次会议第2号议案的答复",
        recipients=["镇人大主席团"],
        ref=("人大", "镇", 19, 3, "2", "议案", None, []),
    )


def test_a_title_that_opens_with_dui_and_names_the_proposal_title_and_number() -> None:
    expect(
        "对市政协十届二次会议《关于加强城市内涝治理的提案》（第45号）的答复\n孔某委员：\n" + OPEN + BODY + SIGN,
        title="对市政协十届二次会议《关于加强城市内涝治理的提案》（第45号）的答复",
        recipients=["孔某委员"],
        ref=("政协", "市", 10, 2, "45", "提案", "关于加强城市内涝治理的提案", []),
    )


def test_a_reference_with_arabic_term_and_session_numbers() -> None:
    expect(
        "关于市第17届人大第4次会议第301号建议的答复\n杨某代表：\n" + OPEN + BODY + SIGN,
        title="关于市第17届人大第4次会议第301号建议的答复",
        recipients=["杨某代表"],
        ref=("人大", "市", 17, 4, "301", "建议", None, []),
    )


# --- 键：值 metadata lines ----------------------------------------------------------------------


def test_several_handling_lines_above_the_title_are_metadata() -> None:
    expect(
        "办理结果：B\n"
        "会签：区财政局\n"
        "签发人：张某\n"
        "关于区人大二届五次会议第90号建议的答复\n"
        "钱某代表：\n" + OPEN + BODY + SIGN,
        title="关于区人大二届五次会议第90号建议的答复",
        recipients=["钱某代表"],
        signer="张某",
        metadata={"办理结果": "B", "会签": "区财政局", "签发人": "张某"},
        category="B",
        ref=("人大", "区", 2, 5, "90", "建议", None, []),
    )


def test_a_leader_sign_off_label_is_the_signer() -> None:
    expect(
        "领导签发：李某\n关于区人大二届五次会议第91号建议的答复\n钱某代表：\n" + OPEN + BODY + SIGN,
        title="关于区人大二届五次会议第91号建议的答复",
        recipients=["钱某代表"],
        signer="李某",
        metadata={"领导签发": "李某"},
        ref=("人大", "区", 2, 5, "91", "建议", None, []),
    )


def test_security_urgency_and_copy_number_above_a_letterhead() -> None:
    expect(
        "000086\n"
        "机密★1年\n"
        "特急\n"
        "青石县人民政府办公室文件\n"
        "青政办发〔2024〕20号\n"
        "青石县人民政府办公室关于做好森林防火工作的紧急通知\n"
        "各乡镇人民政府，县直有关单位：\n"
        "近期气温持续偏高，现将有关事项通知如下：\n"
        "一、加强巡查\n各地要加强巡查。\n"
        "青石县人民政府办公室\n2024年3月20日\n",
        kind="notice",
        issuer="青石县人民政府办公室",
        number=("青政办发〔2024〕20号", "青政办发", 2024, 20),
        title="青石县人民政府办公室关于做好森林防火工作的紧急通知",
        recipients=["各乡镇人民政府", "县直有关单位"],
        security="机密★1年",
        urgency="特急",
    )


def test_a_plain_letter_asking_for_support_is_a_letter() -> None:
    expect(
        "清河市文化广电旅游局\n"
        "清文旅函〔2024〕17号\n"
        "关于商请支持举办2024年清河文化旅游节的函\n"
        "清河市公安局：\n"
        "为做好文化旅游节安保工作，现商请贵局给予支持。\n"
        "清河市文化广电旅游局\n2024年8月1日\n",
        kind="letter",
        issuer="清河市文化广电旅游局",
        number=("清文旅函〔2024〕17号", "清文旅函", 2024, 17),
        title="关于商请支持举办2024年清河文化旅游节的函",
        recipients=["清河市公安局"],
    )


# --- web copies --------------------------------------------------------------------------------


def test_a_web_copy_with_breadcrumbs_and_an_information_table() -> None:
    expect(
        "当前位置：首页 > 政务公开 > 建议提案办理\n"
        "索引号：11320100MB0123456X/2024-00031\n"
        "发布机构：东湖区教育局\n"
        "发文字号：东教复〔2024〕21号\n"
        "成文日期：2024-06-03\n"
        "公开方式：主动公开\n"
        "关于区政协三届二次会议第77号提案的答复\n"
        "【字体：大 中 小】 打印本页\n"
        "关于区政协三届二次会议第77号提案的答复\n"
        "韩某委员：\n" + OPEN + BODY + "东湖区教育局\n2024年6月3日\n",
        issuer="东湖区教育局",
        number=("东教复〔2024〕21号", "东教复", 2024, 21),
        title="关于区政协三届二次会议第77号提案的答复",
        recipients=["韩某委员"],
        metadata={
            "索引号": "11320100MB0123456X/2024-00031",
            "发布机构": "东湖区教育局",
            "发文字号": "东教复〔2024〕21号",
            "成文日期": "2024-06-03",
            "公开方式": "主动公开",
        },
        disclosure="主动公开",
        ref=("政协", "区", 3, 2, "77", "提案", None, []),
    )


def test_a_web_copy_with_a_publishing_line_and_view_count_above_the_title() -> None:
    expect(
        "清河市卫生健康委员会\n"
        "首页 > 信息公开 > 建议提案\n"
        "关于市十七届人大四次会议第236号建议的答复\n"
        "发布时间：2024-07-02 来源：市卫健委 浏览次数：318\n"
        "关于市十七届人大四次会议第236号建议的答复\n"
        "许某代表：\n"
        "您提出的关于加强基层医疗人才队伍建设的建议收悉，现答复如下：\n"
        + BODY
        + "清河市卫生健康委员会\n2024年7月1日\n",
        title="关于市十七届人大四次会议第236号建议的答复",
        recipients=["许某代表"],
        ref=("人大", "市", 17, 4, "236", "建议", "关于加强基层医疗人才队伍建设的建议", []),
    )


def test_a_markdown_copy_with_a_heading_letterhead_and_bold_labels() -> None:
    expect(
        "# 东湖区水务局文件\n"
        "东水复〔2024〕3号\n"
        "**办理结果：** A\n"
        "**公开属性：** 主动公开\n"
        "## 关于区政协三届二次会议第81号提案的答复\n"
        "邓某委员：\n" + OPEN + BODY + "东湖区水务局\n2024年6月3日\n",
        issuer="东湖区水务局",
        number=("东水复〔2024〕3号", "东水复", 2024, 3),
        title="关于区政协三届二次会议第81号提案的答复",
        recipients=["邓某委员"],
        metadata={"办理结果": "A", "公开属性": "主动公开"},
        category="A",
        disclosure="主动公开",
        ref=("政协", "区", 3, 2, "81", "提案", None, []),
    )


def test_half_width_colons_in_labels_and_the_addressee_line() -> None:
    expect(
        "办理结果:采纳解决\n"
        "公开属性:主动公开·全文\n"
        "关于县政协九届二次会议第62号提案的答复\n"
        "谢某委员:\n" + OPEN + BODY + SIGN,
        title="关于县政协九届二次会议第62号提案的答复",
        recipients=["谢某委员"],
        metadata={"办理结果": "采纳解决", "公开属性": "主动公开·全文"},
        category="A",
        disclosure="主动公开",
        ref=("政协", "县", 9, 2, "62", "提案", None, []),
    )


def test_a_huifu_titled_reply_from_a_street_office() -> None:
    expect(
        "东湖区柳园街道办事处\n"
        "关于区人大二届五次会议第95号建议的回复\n"
        "曹某代表：\n" + OPEN + BODY + "东湖区柳园街道办事处\n2024年6月3日\n",
        issuer="东湖区柳园街道办事处",
        title="东湖区柳园街道办事处关于区人大二届五次会议第95号建议的回复",
        recipients=["曹某代表"],
        ref=("人大", "区", 2, 5, "95", "建议", None, []),
    )


def test_a_co_handling_opinion_sent_to_the_lead_unit() -> None:
    expect(
        "东湖区财政局\n"
        "东财函〔2024〕44号\n"
        "关于区政协三届二次会议第102号提案的协办意见\n"
        "区教育局：\n"
        "区政协三届二次会议第102号提案收悉，现将协办意见函告如下：\n" + BODY + "东湖区财政局\n2024年5月6日\n",
        issuer="东湖区财政局",
        number=("东财函〔2024〕44号", "东财函", 2024, 44),
        title="关于区政协三届二次会议第102号提案的协办意见",
        recipients=["区教育局"],
        ref=("政协", "区", 3, 2, "102", "提案", None, []),
    )


def test_a_labelled_zhusong_in_the_imprint_names_the_recipients_and_leaves_the_header_in_place() -> None:
    doc = govdoc.parse_text(
        "青石县人民政府文件\n"
        "青政发〔2024〕6号\n"
        "青石县人民政府关于做好2024年抗旱工作的通知\n"
        "为切实做好今年抗旱工作，现将有关事项通知如下：\n"
        "一、加强监测\n各地要加强墒情监测。\n"
        "青石县人民政府\n2024年7月1日\n"
        "主送：各乡镇人民政府，县政府各部门。\n"
        "抄送：县委办公室。\n"
        "青石县人民政府办公室　2024年7月1日印发\n"
    )
    assert doc.header.title == "青石县人民政府关于做好2024年抗旱工作的通知"
    assert doc.header.issuer == "青石县人民政府"
    assert doc.header.recipients == ("各乡镇人民政府", "县政府各部门")  # GB/T 9704 moves a long 主送 there
    assert [s.title for s in doc.sections] == ["加强监测"]
    assert doc.signature is not None and doc.signature.date == "2024-07-01"


def test_a_handling_type_that_names_the_units_role_is_no_category() -> None:
    doc = expect(
        "办理类型：主办\n关于区政协三届二次会议第46号提案的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第46号提案的答复",
        recipients=["冯某委员"],
        metadata={"办理类型": "主办"},
        ref=("政协", "区", 3, 2, "46", "提案", None, []),
    )
    assert "category-unmapped" not in codes(doc)


# --- second batch, written after the first fixes, still before running them --------------------


def test_a_doc_number_in_small_tortoise_shell_brackets() -> None:
    expect(
        "东湖区民政局\n东民复﹝2024﹞8号\n关于区政协三届二次会议第47号提案的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        issuer="东湖区民政局",
        number=("东民复﹝2024﹞8号", "东民复", 2024, 8),
        title="关于区政协三届二次会议第47号提案的答复",
        recipients=["冯某委员"],
        ref=("政协", "区", 3, 2, "47", "提案", None, []),
    )


def test_a_greeting_after_the_addressees_colon_is_not_an_addressee() -> None:
    expect(
        "关于区政协三届二次会议第48号提案的答复\n尊敬的李某委员：您好！\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第48号提案的答复",
        recipients=["李某委员"],
        ref=("政协", "区", 3, 2, "48", "提案", None, []),
    )


def test_two_committees_addressed_together() -> None:
    expect(
        "关于市政协十届三次会议第216号提案的答复\n"
        "市人大常委会代表工作委员会，市政协提案委员会：\n"
        "市政协十届三次会议第216号提案收悉，现答复如下：\n" + BODY + SIGN,
        title="关于市政协十届三次会议第216号提案的答复",
        recipients=["市人大常委会代表工作委员会", "市政协提案委员会"],
        ref=("政协", "市", 10, 3, "216", "提案", None, []),
    )


def test_a_letter_spaced_category_label() -> None:
    expect(
        "类  别：C\n关于区政协三届二次会议第49号提案的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第49号提案的答复",
        recipients=["冯某委员"],
        metadata={"类别": "C"},
        category="C",
        ref=("政协", "区", 3, 2, "49", "提案", None, []),
    )


def test_a_category_letter_with_its_meaning_in_brackets() -> None:
    expect(
        "答复类别：A（所提问题已经解决或采纳）\n"
        "关于区政协三届二次会议第50号提案的答复\n"
        "冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第50号提案的答复",
        recipients=["冯某委员"],
        metadata={"答复类别": "A（所提问题已经解决或采纳）"},
        category="A",
        ref=("政协", "区", 3, 2, "50", "提案", None, []),
    )


def test_a_proposal_number_with_spaces_inside() -> None:
    expect(
        "关于市政协十届三次会议第 6750 号提案的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于市政协十届三次会议第 6750 号提案的答复",
        recipients=["冯某委员"],
        ref=("政协", "市", 10, 3, "6750", "提案", None, []),
    )


def test_a_kind_word_before_the_number() -> None:
    expect(
        "对市十七届人大四次会议建议第0043号的答复\n杨某代表：\n" + OPEN + BODY + SIGN,
        title="对市十七届人大四次会议建议第0043号的答复",
        recipients=["杨某代表"],
        ref=("人大", "市", 17, 4, "0043", "建议", None, []),
    )


def test_a_reply_on_how_a_proposal_was_handled() -> None:
    expect(
        "关于市政协十届三次会议第20240123号提案办理情况的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于市政协十届三次会议第20240123号提案办理情况的答复",
        recipients=["冯某委员"],
        ref=("政协", "市", 10, 3, "20240123", "提案", None, []),
    )


def test_a_city_congress_named_in_full_with_its_place() -> None:
    expect(
        "关于清河市第十八届人民代表大会第四次会议第0038号建议的答复\n杨某代表：\n" + OPEN + BODY + SIGN,
        title="关于清河市第十八届人民代表大会第四次会议第0038号建议的答复",
        recipients=["杨某代表"],
        ref=("人大", "市", 18, 4, "0038", "建议", None, []),
    )


def test_a_district_cppcc_named_after_its_term() -> None:
    expect(
        "关于政协第十三届东湖区委员会第三次会议第56号提案的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于政协第十三届东湖区委员会第三次会议第56号提案的答复",
        recipients=["冯某委员"],
        ref=("政协", "区", 13, 3, "56", "提案", None, []),
    )


def test_joint_proposers_under_one_label() -> None:
    expect(
        "提案人：王某、李某\n关于区政协三届二次会议第51号提案的答复\n王某、李某委员：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第51号提案的答复",
        recipients=["王某、李某委员"],
        metadata={"提案人": "王某、李某"},
        ref=("政协", "区", 3, 2, "51", "提案", None, ["王某", "李某"]),
    )


def test_a_number_with_letters_before_its_digits() -> None:
    expect(
        "关于区政协三届二次会议第BH037号提案的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第BH037号提案的答复",
        recipients=["冯某委员"],
        ref=("政协", "区", 3, 2, "BH037", "提案", None, []),
    )


def test_a_pipe_information_table_above_the_title() -> None:
    expect(
        "| 索引号 | 11320100MB0123456X/2024-00040 | 发布机构 | 东湖区民政局 |\n"
        "| 文号 | 东民复〔2024〕9号 | 成文日期 | 2024-06-05 |\n"
        "关于区政协三届二次会议第52号提案的答复\n"
        "冯某委员：\n" + OPEN + BODY + "东湖区民政局\n2024年6月5日\n",
        issuer="东湖区民政局",
        number=("东民复〔2024〕9号", "东民复", 2024, 9),
        title="关于区政协三届二次会议第52号提案的答复",
        recipients=["冯某委员"],
        metadata={
            "索引号": "11320100MB0123456X/2024-00040",
            "发布机构": "东湖区民政局",
            "文号": "东民复〔2024〕9号",
            "成文日期": "2024-06-05",
        },
        ref=("政协", "区", 3, 2, "52", "提案", None, []),
    )


def test_a_title_with_an_organ_wrapped_before_the_proposal_number() -> None:
    expect(
        "东湖区教育局关于区政协三届二次会议\n"
        "第88号提案的答复函\n"
        "韩某委员：\n" + OPEN + BODY + "东湖区教育局\n2024年6月3日\n",
        issuer="东湖区教育局",
        title="东湖区教育局关于区政协三届二次会议第88号提案的答复函",
        recipients=["韩某委员"],
        ref=("政协", "区", 3, 2, "88", "提案", None, []),
    )


def test_a_title_that_quotes_the_proposal() -> None:
    expect(
        "关于《关于加快建设智慧停车系统的提案》的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于《关于加快建设智慧停车系统的提案》的答复",
        recipients=["冯某委员"],
        ref=(None, None, None, None, None, "提案", "关于加快建设智慧停车系统的提案", []),
    )


def test_an_answer_titled_dafu_yijian_is_a_reply() -> None:
    expect(
        "对区政协三届二次会议第90号提案的答复意见\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="对区政协三届二次会议第90号提案的答复意见",
        recipients=["冯某委员"],
        ref=("政协", "区", 3, 2, "90", "提案", None, []),
    )


def test_a_joint_handling_opinion_letter_is_a_reply() -> None:
    expect(
        "关于区政协三届二次会议第91号提案会办意见的函\n"
        "区住房和城乡建设局：\n"
        "区政协三届二次会议第91号提案收悉，现将会办意见函告如下：\n" + BODY + SIGN,
        title="关于区政协三届二次会议第91号提案会办意见的函",
        recipients=["区住房和城乡建设局"],
        ref=("政协", "区", 3, 2, "91", "提案", None, []),
    )


def test_a_notice_printing_a_plan_names_its_issuer_in_the_title() -> None:
    expect(
        "东湖区人民政府办公室关于印发《东湖区城市更新三年行动方案》的通知\n"
        "东政办发〔2024〕21号\n"
        "各街道办事处，区政府各部门：\n"
        "《东湖区城市更新三年行动方案》已经区政府同意，现印发给你们，请认真贯彻执行。\n"
        "东湖区人民政府办公室\n2024年5月30日\n",
        kind="notice",
        issuer="东湖区人民政府办公室",
        number=("东政办发〔2024〕21号", "东政办发", 2024, 21),
        title="东湖区人民政府办公室关于印发《东湖区城市更新三年行动方案》的通知",
        recipients=["各街道办事处", "区政府各部门"],
    )


def test_a_portal_title_row_gives_the_title_of_a_page_without_one() -> None:
    expect(
        "标题：关于区政协三届二次会议第93号提案的答复\n"
        "发布机构：东湖区卫生健康委员会\n"
        "公开方式：主动公开\n"
        "冯某委员：\n" + OPEN + BODY + "东湖区卫生健康委员会\n2024年6月3日\n",
        issuer="东湖区卫生健康委员会",
        title="关于区政协三届二次会议第93号提案的答复",
        recipients=["冯某委员"],
        metadata={
            "标题": "关于区政协三届二次会议第93号提案的答复",
            "发布机构": "东湖区卫生健康委员会",
            "公开方式": "主动公开",
        },
        disclosure="主动公开",
        ref=("政协", "区", 3, 2, "93", "提案", None, []),
    )


def test_a_disclosure_with_its_summary_scope() -> None:
    expect(
        "信息公开属性：主动公开·摘要\n关于区政协三届二次会议第94号提案的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第94号提案的答复",
        recipients=["冯某委员"],
        metadata={"信息公开属性": "主动公开·摘要"},
        disclosure="主动公开",
        ref=("政协", "区", 3, 2, "94", "提案", None, []),
    )


def test_a_category_in_words_after_the_doc_number() -> None:
    expect(
        "东湖区民政局\n"
        "东民复〔2024〕10号（列入计划解决）\n"
        "关于区政协三届二次会议第95号提案的答复\n"
        "冯某委员：\n" + OPEN + BODY + SIGN,
        issuer="东湖区民政局",
        number=("东民复〔2024〕10号", "东民复", 2024, 10),
        title="关于区政协三届二次会议第95号提案的答复",
        recipients=["冯某委员"],
        category="B",
        ref=("政协", "区", 3, 2, "95", "提案", None, []),
    )


def test_a_township_reply_with_a_year_first_serial() -> None:
    expect(
        "柳林镇人民政府\n"
        "柳政复〔2024〕第003号\n"
        "关于镇十九届人大三次会议第7号建议的答复\n"
        "高某代表：\n" + OPEN + BODY + "柳林镇人民政府\n2024年4月9日\n",
        issuer="柳林镇人民政府",
        number=("柳政复〔2024〕第003号", "柳政复", 2024, 3),
        title="关于镇十九届人大三次会议第7号建议的答复",
        recipients=["高某代表"],
        ref=("人大", "镇", 19, 3, "7", "建议", None, []),
    )


def test_a_reply_to_all_deputies_of_a_delegation() -> None:
    expect(
        "关于县十八届人大三次会议第5号议案的答复\n"
        "柳林镇代表团：\n"
        "你团提出的关于建设柳林镇污水处理厂的议案收悉，现答复如下：\n" + BODY + SIGN,
        title="关于县十八届人大三次会议第5号议案的答复",
        recipients=["柳林镇代表团"],
        ref=("人大", "县", 18, 3, "5", "议案", "关于建设柳林镇污水处理厂的议案", []),
    )


# --- third batch ---------------------------------------------------------------------------------


def test_a_party_department_answers_with_its_name_above_the_title() -> None:
    expect(
        "中共东湖区委宣传部\n"
        "关于区政协三届二次会议第53号提案的答复\n"
        "冯某委员：\n" + OPEN + BODY + "中共东湖区委宣传部\n2024年6月3日\n",
        issuer="中共东湖区委宣传部",
        title="中共东湖区委宣传部关于区政协三届二次会议第53号提案的答复",
        recipients=["冯某委员"],
        ref=("政协", "区", 3, 2, "53", "提案", None, []),
    )


def test_a_development_zone_committee_answers() -> None:
    expect(
        "清河高新区管委会\n"
        "关于市十七届人大四次会议第241号建议的答复\n"
        "杨某代表：\n" + OPEN + BODY + "清河高新区管委会\n2024年6月3日\n",
        issuer="清河高新区管委会",
        title="清河高新区管委会关于市十七届人大四次会议第241号建议的答复",
        recipients=["杨某代表"],
        ref=("人大", "市", 17, 4, "241", "建议", None, []),
    )


def test_a_reply_letter_titled_huifuhan() -> None:
    expect(
        "关于区人大二届五次会议第96号建议的回复函\n曹某代表：\n" + OPEN + BODY + SIGN,
        title="关于区人大二届五次会议第96号建议的回复函",
        recipients=["曹某代表"],
        ref=("人大", "区", 2, 5, "96", "建议", None, []),
    )


def test_the_cppcc_itself_addressed_by_its_short_name() -> None:
    expect(
        "关于区政协三届二次会议第54号提案的协办意见\n"
        "区政协：\n"
        "区政协三届二次会议第54号提案收悉，现将协办意见函告如下：\n" + BODY + SIGN,
        title="关于区政协三届二次会议第54号提案的协办意见",
        recipients=["区政协"],
        ref=("政协", "区", 3, 2, "54", "提案", None, []),
    )


def test_a_comrade_addressed_by_name() -> None:
    expect(
        "关于区政协三届二次会议第55号提案的答复\n张某同志：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第55号提案的答复",
        recipients=["张某同志"],
        ref=("政协", "区", 3, 2, "55", "提案", None, []),
    )


def test_a_note_that_the_reply_is_disclosed_on_request() -> None:
    expect(
        "关于区政协三届二次会议第57号提案的答复\n"
        "冯某委员：\n" + OPEN + BODY + "东湖区民政局\n2024年6月18日\n（此件依申请公开）\n",
        title="关于区政协三届二次会议第57号提案的答复",
        recipients=["冯某委员"],
        disclosure="依申请公开",
        ref=("政协", "区", 3, 2, "57", "提案", None, []),
    )


def test_a_labelled_doc_number_under_the_letterhead() -> None:
    expect(
        "东湖区民政局\n"
        "文号：东民复〔2024〕11号\n"
        "关于区政协三届二次会议第58号提案的答复\n"
        "冯某委员：\n" + OPEN + BODY + SIGN,
        issuer="东湖区民政局",
        number=("东民复〔2024〕11号", "东民复", 2024, 11),
        title="关于区政协三届二次会议第58号提案的答复",
        recipients=["冯某委员"],
        metadata={"文号": "东民复〔2024〕11号"},
        ref=("政协", "区", 3, 2, "58", "提案", None, []),
    )


def test_a_title_whose_first_line_ends_at_guanyu() -> None:
    expect(
        "东湖区交通运输局关于\n区政协三届二次会议第60号提案的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        issuer="东湖区交通运输局",
        title="东湖区交通运输局关于区政协三届二次会议第60号提案的答复",
        recipients=["冯某委员"],
        ref=("政协", "区", 3, 2, "60", "提案", None, []),
    )


def test_a_title_opening_with_guanyu_dui() -> None:
    expect(
        "关于对区政协三届二次会议第61号提案的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于对区政协三届二次会议第61号提案的答复",
        recipients=["冯某委员"],
        ref=("政协", "区", 3, 2, "61", "提案", None, []),
    )


def test_a_title_quoting_the_suggestion_with_its_number() -> None:
    expect(
        "关于《关于加强城区背街小巷改造的建议》（第230号）的答复\n杨某代表：\n" + OPEN + BODY + SIGN,
        title="关于《关于加强城区背街小巷改造的建议》（第230号）的答复",
        recipients=["杨某代表"],
        ref=(None, None, None, None, "230", "建议", "关于加强城区背街小巷改造的建议", []),
    )


def test_a_national_congress_suggestion() -> None:
    expect(
        "对十四届全国人大二次会议第1234号建议的答复\n杨某代表：\n" + OPEN + BODY + "教育部\n2024年7月1日\n",
        title="对十四届全国人大二次会议第1234号建议的答复",
        recipients=["杨某代表"],
        ref=("人大", "全国", 14, 2, "1234", "建议", None, []),
    )


def test_a_provincial_cppcc_proposal() -> None:
    expect(
        "对省政协十三届二次会议第0456号提案的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="对省政协十三届二次会议第0456号提案的答复",
        recipients=["冯某委员"],
        ref=("政协", "省", 13, 2, "0456", "提案", None, []),
    )


def test_an_autonomous_region_cppcc_proposal() -> None:
    expect(
        "对自治区政协十二届二次会议第88号提案的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="对自治区政协十二届二次会议第88号提案的答复",
        recipients=["冯某委员"],
        ref=("政协", "自治区", 12, 2, "88", "提案", None, []),
    )


def test_a_publishing_line_with_date_and_source_and_print_tools_are_chrome() -> None:
    expect(
        "关于区政协三届二次会议第62号提案的答复\n"
        "发布日期：2024-06-10　　来源：东湖区民政局\n"
        "【打印】【关闭】\n"
        "关于区政协三届二次会议第62号提案的答复\n"
        "冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第62号提案的答复",
        recipients=["冯某委员"],
        ref=("政协", "区", 3, 2, "62", "提案", None, []),
    )


def test_a_disclosure_line_after_the_signature() -> None:
    expect(
        "关于区政协三届二次会议第63号提案的答复\n"
        "冯某委员：\n" + OPEN + BODY + "东湖区民政局\n2024年6月18日\n公开属性：主动公开\n",
        title="关于区政协三届二次会议第63号提案的答复",
        recipients=["冯某委员"],
        disclosure="主动公开",
        ref=("政协", "区", 3, 2, "63", "提案", None, []),
    )


def test_a_category_line_after_the_signature() -> None:
    expect(
        "关于区政协三届二次会议第64号提案的答复\n"
        "冯某委员：\n" + OPEN + BODY + "东湖区民政局\n2024年6月18日\n办理结果：正在解决\n",
        title="关于区政协三届二次会议第64号提案的答复",
        recipients=["冯某委员"],
        category="B",
        ref=("政协", "区", 3, 2, "64", "提案", None, []),
    )


def test_a_state_grid_company_answers_a_suggestion() -> None:
    expect(
        "国网清河供电公司\n"
        "关于市十七届人大四次会议第240号建议的答复\n"
        "杨某代表：\n" + OPEN + BODY + "国网清河供电公司\n2024年6月3日\n",
        issuer="国网清河供电公司",
        title="国网清河供电公司关于市十七届人大四次会议第240号建议的答复",
        recipients=["杨某代表"],
        ref=("人大", "市", 17, 4, "240", "建议", None, []),
    )


def test_a_letterhead_over_a_congress_office() -> None:
    expect(
        "清河市人大常委会办公室文件\n"
        "清人办〔2024〕6号\n"
        "清河市人大常委会办公室关于做好代表建议办理工作的通知\n"
        "市政府各部门：\n"
        "为进一步提高代表建议办理质量，现将有关事项通知如下：\n"
        "一、提高认识\n各单位要高度重视。\n"
        "清河市人大常委会办公室\n2024年3月1日\n",
        kind="notice",
        issuer="清河市人大常委会办公室",
        number=("清人办〔2024〕6号", "清人办", 2024, 6),
        title="清河市人大常委会办公室关于做好代表建议办理工作的通知",
        recipients=["市政府各部门"],
    )


# --- fourth batch --------------------------------------------------------------------------------


def test_a_web_headline_differing_from_the_documents_own_title() -> None:
    expect(
        "区民政局对区政协三届二次会议第65号提案的答复\n"
        "发布时间：2024-06-10　浏览次数：56\n"
        "东湖区民政局\n"
        "东民复〔2024〕13号\n"
        "关于区政协三届二次会议第65号提案的答复\n"
        "冯某委员：\n" + OPEN + BODY + "东湖区民政局\n2024年6月3日\n",
        issuer="东湖区民政局",
        number=("东民复〔2024〕13号", "东民复", 2024, 13),
        title="关于区政协三届二次会议第65号提案的答复",
        recipients=["冯某委员"],
        ref=("政协", "区", 3, 2, "65", "提案", None, []),
    )


def test_a_date_in_brackets_under_the_title_is_not_part_of_it() -> None:
    expect(
        "关于区政协三届二次会议第66号提案的答复\n（2024年6月3日）\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第66号提案的答复",
        recipients=["冯某委员"],
        ref=("政协", "区", 3, 2, "66", "提案", None, []),
    )


def test_an_addressee_run_onto_the_opening_line() -> None:
    expect(
        "关于区政协三届二次会议第67号提案的答复\n"
        "冯某委员：您提出的关于加快老旧管网改造的提案收悉，现答复如下：\n" + BODY + SIGN,
        title="关于区政协三届二次会议第67号提案的答复",
        recipients=["冯某委员"],
        ref=("政协", "区", 3, 2, "67", "提案", "关于加快老旧管网改造的提案", []),
    )


def test_a_bold_markdown_title() -> None:
    expect(
        "**关于区政协三届二次会议第68号提案的答复**\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第68号提案的答复",
        recipients=["冯某委员"],
        ref=("政协", "区", 3, 2, "68", "提案", None, []),
    )


def test_a_note_that_the_reply_is_not_disclosed() -> None:
    expect(
        "关于区政协三届二次会议第69号提案的答复\n"
        "冯某委员：\n" + OPEN + BODY + "东湖区民政局\n2024年6月18日\n（此件不予公开）\n",
        title="关于区政协三届二次会议第69号提案的答复",
        recipients=["冯某委员"],
        disclosure="不予公开",
        ref=("政协", "区", 3, 2, "69", "提案", None, []),
    )


def test_a_letter_spaced_urgency_mark() -> None:
    expect(
        "特　急\n"
        "东湖区人民政府办公室\n"
        "东政办明电〔2024〕4号\n"
        "东湖区人民政府办公室关于做好强降雨防范应对工作的紧急通知\n"
        "各街道办事处，区政府各部门：\n"
        "据气象部门预报，现就有关事项通知如下：\n"
        "一、加强值守\n各单位要加强值守。\n"
        "东湖区人民政府办公室\n2024年7月10日\n",
        kind="notice",
        issuer="东湖区人民政府办公室",
        number=("东政办明电〔2024〕4号", "东政办明电", 2024, 4),
        title="东湖区人民政府办公室关于做好强降雨防范应对工作的紧急通知",
        recipients=["各街道办事处", "区政府各部门"],
        urgency="特急",
    )


def test_three_organs_wrapped_over_two_addressee_lines() -> None:
    expect(
        "关于区政协三届二次会议第70号提案的协办意见\n"
        "区发展和改革委员会、区财政局、\n"
        "区住房和城乡建设局：\n"
        "区政协三届二次会议第70号提案收悉，现将协办意见函告如下：\n" + BODY + SIGN,
        title="关于区政协三届二次会议第70号提案的协办意见",
        recipients=["区发展和改革委员会", "区财政局", "区住房和城乡建设局"],
        ref=("政协", "区", 3, 2, "70", "提案", None, []),
    )


def test_three_deputies_named_before_one_title_word() -> None:
    expect(
        "关于县十八届人大三次会议第45号建议的答复\n"
        "王某、李某、张某代表：\n"
        "你们提出的关于修缮县城排水设施的建议收悉，现答复如下：\n" + BODY + SIGN,
        title="关于县十八届人大三次会议第45号建议的答复",
        recipients=["王某、李某、张某代表"],
        ref=("人大", "县", 18, 3, "45", "建议", "关于修缮县城排水设施的建议", []),
    )


def test_a_suggestion_answer_letter_without_de_before_the_answer() -> None:
    expect(
        "关于市十七届人大四次会议第242号建议答复的函\n杨某代表：\n" + OPEN + BODY + SIGN,
        title="关于市十七届人大四次会议第242号建议答复的函",
        recipients=["杨某代表"],
        ref=("人大", "市", 17, 4, "242", "建议", None, []),
    )


def test_a_labelled_number_with_a_year_and_a_hyphen() -> None:
    expect(
        "提案编号：2024-035\n关于加强社区托育服务的提案的答复\n林某委员：\n" + OPEN + BODY + SIGN,
        title="关于加强社区托育服务的提案的答复",
        recipients=["林某委员"],
        metadata={"提案编号": "2024-035"},
        ref=(None, None, None, None, "2024-035", "提案", "关于加强社区托育服务的提案", []),
    )


def test_a_reference_only_in_the_opening_with_the_meeting_and_number() -> None:
    expect(
        "关于加强城区停车管理工作的答复\n"
        "杨某代表：\n"
        "您在市十七届人大四次会议期间提出的第243号建议收悉，现答复如下：\n" + BODY + SIGN,
        title="关于加强城区停车管理工作的答复",
        recipients=["杨某代表"],
        ref=("人大", "市", 17, 4, "243", "建议", None, []),
    )


def test_a_reply_to_a_proposal_by_a_sector_group() -> None:
    expect(
        "关于区政协三届二次会议第71号提案的答复\n"
        "区政协医药卫生界别：\n"
        "贵界别提出的关于加强基层中医药服务的提案收悉，现答复如下：\n" + BODY + SIGN,
        title="关于区政协三届二次会议第71号提案的答复",
        recipients=["区政协医药卫生界别"],
        ref=("政协", "区", 3, 2, "71", "提案", "关于加强基层中医药服务的提案", []),
    )


# --- fifth batch ---------------------------------------------------------------------------------


def test_an_announcement_numbered_by_year_has_no_doc_number() -> None:
    expect(
        "清河市人民政府公告\n"
        "2024年第3号\n"
        "为加强城市管理，经市人民政府研究，决定对中心城区部分道路实施交通管制。现将有关事项公告如下：\n"
        "一、管制时间\n2024年7月1日起。\n"
        "特此公告。\n"
        "清河市人民政府\n2024年6月20日\n",
        kind="announcement",
        issuer="清河市人民政府",
        title="清河市人民政府公告",
    )


def test_a_title_whose_last_line_is_only_the_answer_word() -> None:
    expect(
        "关于区政协三届二次会议第72号提案\n的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第72号提案的答复",
        recipients=["冯某委员"],
        ref=("政协", "区", 3, 2, "72", "提案", None, []),
    )


def test_a_signer_before_the_doc_number_on_one_line() -> None:
    expect(
        "东湖区发展和改革委员会\n"
        "签发人：赵某　　　　东发改〔2024〕16号\n"
        "关于区人大二届五次会议第97号建议的答复\n"
        "钱某代表：\n" + OPEN + BODY + SIGN,
        issuer="东湖区发展和改革委员会",
        number=("东发改〔2024〕16号", "东发改", 2024, 16),
        title="关于区人大二届五次会议第97号建议的答复",
        recipients=["钱某代表"],
        signer="赵某",
        metadata={"签发人": "赵某"},
        ref=("人大", "区", 2, 5, "97", "建议", None, []),
    )


def test_all_concerned_units_addressed() -> None:
    expect(
        "东湖区人民政府办公室关于开展安全生产大检查的通知\n"
        "各有关单位：\n"
        "为切实做好安全生产工作，现将有关事项通知如下：\n"
        "一、检查范围\n全区各类企业。\n"
        "东湖区人民政府办公室\n2024年5月6日\n",
        kind="notice",
        issuer="东湖区人民政府办公室",
        title="东湖区人民政府办公室关于开展安全生产大检查的通知",
        recipients=["各有关单位"],
    )


def test_committees_offices_and_bureaus_then_district_governments() -> None:
    expect(
        "清河市人民政府关于进一步优化营商环境的意见\n"
        "市政府各委、办、局，各区县人民政府：\n"
        "为进一步优化营商环境，现提出如下意见。\n"
        "一、总体要求\n坚持问题导向。\n"
        "清河市人民政府\n2024年3月6日\n",
        kind="opinion",
        issuer="清河市人民政府",
        title="清河市人民政府关于进一步优化营商环境的意见",
        recipients=["市政府各委、办、局", "各区县人民政府"],
    )


def test_an_honoured_group_of_members_counted_in_wei() -> None:
    expect(
        "关于区政协三届二次会议第73号提案的答复\n尊敬的赵某等3位委员：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第73号提案的答复",
        recipients=["赵某等3位委员"],
        ref=("政协", "区", 3, 2, "73", "提案", None, []),
    )


def test_a_not_public_value_is_not_disclosed() -> None:
    expect(
        "公开方式：不公开\n关于区政协三届二次会议第74号提案的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第74号提案的答复",
        recipients=["冯某委员"],
        metadata={"公开方式": "不公开"},
        disclosure="不予公开",
        ref=("政协", "区", 3, 2, "74", "提案", None, []),
    )


def test_a_district_cppcc_named_before_its_term() -> None:
    expect(
        "关于政协东湖区第三届委员会第二次会议第75号提案的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于政协东湖区第三届委员会第二次会议第75号提案的答复",
        recipients=["冯某委员"],
        ref=("政协", "区", 3, 2, "75", "提案", None, []),
    )


def test_meeting_minutes_are_minutes() -> None:
    expect(
        "东湖区人民政府常务会议纪要\n"
        "〔2024〕5号\n"
        "2024年4月8日，区长王某主持召开区政府第5次常务会议，现将会议议定事项纪要如下：\n"
        "一、关于城市更新工作\n会议同意。\n",
        kind="minutes",
        issuer="东湖区人民政府",  # no letterhead: the organ that opens the title (the contract's issuer rule)
        title="东湖区人民政府常务会议纪要",
    )


def test_a_report_on_how_suggestions_were_handled_names_no_single_proposal() -> None:
    expect(
        "东湖区人民政府关于2023年度人大代表建议办理情况的报告\n"
        "区人大常委会：\n"
        "2023年，区政府共承办人大代表建议120件，现将办理情况报告如下：\n"
        "一、基本情况\n已全部办结。\n"
        "东湖区人民政府\n2024年2月1日\n",
        kind="report",
        issuer="东湖区人民政府",
        title="东湖区人民政府关于2023年度人大代表建议办理情况的报告",
        recipients=["区人大常委会"],
    )


def test_an_indented_title_and_addressee() -> None:
    expect(
        "　　关于区政协三届二次会议第76号提案的答复\n"
        "　　冯某委员：\n"
        "　　您提出的提案收悉，现答复如下：\n" + BODY + SIGN,
        title="关于区政协三届二次会议第76号提案的答复",
        recipients=["冯某委员"],
        ref=("政协", "区", 3, 2, "76", "提案", None, []),
    )


def test_a_doc_number_in_angle_brackets() -> None:
    expect(
        "东湖区民政局\n东民复〈2024〉14号\n关于区政协三届二次会议第78号提案的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        issuer="东湖区民政局",
        number=("东民复〈2024〉14号", "东民复", 2024, 14),
        title="关于区政协三届二次会议第78号提案的答复",
        recipients=["冯某委员"],
        ref=("政协", "区", 3, 2, "78", "提案", None, []),
    )


# --- sixth batch ---------------------------------------------------------------------------------


def test_a_headline_over_a_document_that_has_no_title_of_its_own() -> None:
    expect(
        "关于区政协三届二次会议第79号提案的答复\n"
        "来源：东湖区民政局　发布时间：2024-06-10\n"
        "冯某委员：\n" + OPEN + BODY + "东湖区民政局\n2024年6月3日\n",
        title="关于区政协三届二次会议第79号提案的答复",
        recipients=["冯某委员"],
        ref=("政协", "区", 3, 2, "79", "提案", None, []),
    )


def test_a_whole_reply_flattened_onto_one_line_from_its_letterhead() -> None:
    expect(
        "东湖区民政局 东民复〔2024〕15号 关于区政协三届二次会议第80号提案的答复 冯某委员： "
        "您提出的关于加强养老机构监管的提案收悉，现答复如下： 一、加强日常检查。我局每季度开展一次检查。 "
        "二、完善评价制度。已出台评价办法。 感谢您对民政工作的关心和支持。\n"
        "东湖区民政局\n2024年6月3日\n",
        issuer="东湖区民政局",
        number=("东民复〔2024〕15号", "东民复", 2024, 15),
        title="关于区政协三届二次会议第80号提案的答复",
        recipients=["冯某委员"],
        ref=("政协", "区", 3, 2, "80", "提案", "关于加强养老机构监管的提案", []),
    )


def test_a_doc_number_in_half_width_round_brackets() -> None:
    expect(
        "东湖区民政局\n东民复(2024)16号\n关于区政协三届二次会议第83号提案的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        issuer="东湖区民政局",
        number=("东民复(2024)16号", "东民复", 2024, 16),
        title="关于区政协三届二次会议第83号提案的答复",
        recipients=["冯某委员"],
        ref=("政协", "区", 3, 2, "83", "提案", None, []),
    )


def test_an_organ_line_over_a_dui_title() -> None:
    expect(
        "东湖区民政局\n对区政协三届二次会议第81号提案的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        issuer="东湖区民政局",
        title="东湖区民政局对区政协三届二次会议第81号提案的答复",
        recipients=["冯某委员"],
        ref=("政协", "区", 3, 2, "81", "提案", None, []),
    )


def test_a_title_ending_in_the_answer_word_without_de() -> None:
    expect(
        "关于区政协三届二次会议第82号提案答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第82号提案答复",
        recipients=["冯某委员"],
        ref=("政协", "区", 3, 2, "82", "提案", None, []),
    )


def test_a_portal_title_row_beside_the_documents_own_title() -> None:
    expect(
        "标题：区民政局关于第84号提案的答复\n"
        "发布机构：东湖区民政局\n"
        "关于区政协三届二次会议第84号提案的答复\n"
        "冯某委员：\n" + OPEN + BODY + SIGN,
        issuer="东湖区民政局",
        title="关于区政协三届二次会议第84号提案的答复",
        recipients=["冯某委员"],
        metadata={"标题": "区民政局关于第84号提案的答复", "发布机构": "东湖区民政局"},
        ref=("政协", "区", 3, 2, "84", "提案", None, []),
    )


def test_a_kind_word_before_the_number_of_a_cppcc_proposal() -> None:
    expect(
        "关于市政协十届三次会议提案第216号的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于市政协十届三次会议提案第216号的答复",
        recipients=["冯某委员"],
        ref=("政协", "市", 10, 3, "216", "提案", None, []),
    )


def test_a_number_without_di() -> None:
    expect(
        "关于对市政协十届三次会议217号提案的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于对市政协十届三次会议217号提案的答复",
        recipients=["冯某委员"],
        ref=("政协", "市", 10, 3, "217", "提案", None, []),
    )


def test_a_letter_spaced_letterhead() -> None:
    expect(
        "东 湖 区 民 政 局\n"
        "东民复〔2024〕17号\n"
        "关于区政协三届二次会议第85号提案的答复\n"
        "冯某委员：\n" + OPEN + BODY + SIGN,
        issuer="东湖区民政局",
        number=("东民复〔2024〕17号", "东民复", 2024, 17),
        title="关于区政协三届二次会议第85号提案的答复",
        recipients=["冯某委员"],
        ref=("政协", "区", 3, 2, "85", "提案", None, []),
    )


def test_an_addressee_with_a_half_width_colon_and_trailing_space() -> None:
    expect(
        "关于区政协三届二次会议第86号提案的答复\n冯某委员: \n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第86号提案的答复",
        recipients=["冯某委员"],
        ref=("政协", "区", 3, 2, "86", "提案", None, []),
    )


def test_a_labelled_title_row_after_a_site_name_and_breadcrumb() -> None:
    expect(
        "东湖区人民政府\n"
        "当前位置：首页 > 政务公开 > 提案办理\n"
        "关于区政协三届二次会议第87号提案的答复\n"
        "冯某委员：\n" + OPEN + BODY + "东湖区发展和改革委员会\n2024年6月3日\n",
        title="关于区政协三届二次会议第87号提案的答复",
        recipients=["冯某委员"],
        ref=("政协", "区", 3, 2, "87", "提案", None, []),
    )


def test_a_reply_by_a_township_to_a_county_congress_suggestion() -> None:
    expect(
        "柳林镇人民政府\n"
        "柳政函〔2024〕9号\n"
        "柳林镇人民政府关于县十八届人大三次会议\n"
        "第46号建议的答复\n"
        "高某代表：\n" + OPEN + BODY + "柳林镇人民政府\n2024年4月9日\n",
        issuer="柳林镇人民政府",
        number=("柳政函〔2024〕9号", "柳政函", 2024, 9),
        title="柳林镇人民政府关于县十八届人大三次会议第46号建议的答复",
        recipients=["高某代表"],
        ref=("人大", "县", 18, 3, "46", "建议", None, []),
    )


# --- seventh batch -------------------------------------------------------------------------------


def test_an_adopted_result_is_a() -> None:
    expect(
        "办理结果：已采纳\n关于区政协三届二次会议第88号提案的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第88号提案的答复",
        recipients=["冯某委员"],
        metadata={"办理结果": "已采纳"},
        category="A",
        ref=("政协", "区", 3, 2, "88", "提案", None, []),
    )


def test_a_partly_adopted_result_is_b() -> None:
    expect(
        "采纳情况：部分采纳\n关于区政协三届二次会议第89号提案的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第89号提案的答复",
        recipients=["冯某委员"],
        metadata={"采纳情况": "部分采纳"},
        category="B",
        ref=("政协", "区", 3, 2, "89", "提案", None, []),
    )


def test_a_proposer_under_the_tian_zhe_label() -> None:
    expect(
        "提案者：王某\n关于区政协三届二次会议第98号提案的答复\n王某委员：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第98号提案的答复",
        recipients=["王某委员"],
        metadata={"提案者": "王某"},
        ref=("政协", "区", 3, 2, "98", "提案", None, ["王某"]),
    )


def test_a_leading_member_label_names_the_proposer() -> None:
    expect(
        "领衔委员：张某\n关于区政协三届二次会议第99号提案的答复\n张某等3位委员：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第99号提案的答复",
        recipients=["张某等3位委员"],
        metadata={"领衔委员": "张某"},
        ref=("政协", "区", 3, 2, "99", "提案", None, ["张某"]),
    )


def test_a_letter_category_with_its_wording_under_the_answer_type_label() -> None:
    expect(
        "答复类型：B类（列入计划解决）\n关于区政协三届二次会议第100号提案的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第100号提案的答复",
        recipients=["冯某委员"],
        metadata={"答复类型": "B类（列入计划解决）"},
        category="B",
        ref=("政协", "区", 3, 2, "100", "提案", None, []),
    )
