"""Fourth round of probes, header side: short documents written to vary the header in ways the
first three rounds did not (vertical-management and street-office letterheads, a 文号 beside the
letterhead or a category, years in words and full-width digits, 键：值 tables of two pairs a line,
密级/紧急程度 labels, addressees with 先生/女士 or semicolons, categories in a title or a corner,
公开属性 values outside the three, hyphenated proposal numbers, proposers named in a reference).
Every header field is compared, not only the one a probe aims at; the expected values were written
from the contract before the parser was run; every document also keeps the span invariants, invents
no character and raises no internal error."""

from __future__ import annotations

from typing import Any

import govdoc
from tests.invariants import check_invariants, invented
from tests.probing import EMPTY, codes, head

OPEN = "您提出的提案收悉，现答复如下：\n"
OPEN_S = "您提出的建议收悉，现答复如下：\n"
BODY = "我们已将此事列入年度工作计划，组织力量推进落实。\n感谢您对我们工作的关心和支持。\n"
SIGN = "东湖区某局\n2024年6月18日\n"


def expect(text: str, **fields: Any) -> govdoc.Document:
    doc = govdoc.parse_text(text)
    assert head(doc) == {**EMPTY, **fields}
    assert "internal-error" not in codes(doc)
    check_invariants(doc)
    assert invented(doc.text, text) is None
    return doc


def ref_text(doc: govdoc.Document) -> str | None:
    r = doc.header.responds_to
    return None if r is None else r.text


# --- batch 1: letterheads and 发文字号 -------------------------------------------------------------


def test_a_doc_number_whose_year_is_written_in_words() -> None:
    expect(
        "青石县人民政府\n青政函〔二〇二四〕5号\n关于县政协十一届三次会议第31号提案的答复\n孙某委员：\n"
        + OPEN
        + BODY
        + SIGN,
        issuer="青石县人民政府",
        number=("青政函〔二〇二四〕5号", "青政函", 2024, 5),
        title="关于县政协十一届三次会议第31号提案的答复",
        recipients=["孙某委员"],
        ref=("政协", "县", 11, 3, "31", "提案", None, []),
    )


def test_a_doc_number_in_full_width_digits() -> None:
    expect(
        "东湖区教育局\n东教复〔２０２４〕２１号\n关于区政协三届二次会议第77号提案的答复\n韩某委员：\n"
        + OPEN
        + BODY
        + SIGN,
        issuer="东湖区教育局",
        number=("东教复〔２０２４〕２１号", "东教复", 2024, 21),
        title="关于区政协三届二次会议第77号提案的答复",
        recipients=["韩某委员"],
        ref=("政协", "区", 3, 2, "77", "提案", None, []),
    )


def test_the_letterhead_and_the_doc_number_on_one_line_across_a_wide_gap() -> None:
    expect(
        "东湖区教育局　　　　　　　　东教复〔2024〕22号\n"
        "关于区政协三届二次会议第78号提案的答复\n韩某委员：\n" + OPEN + BODY + SIGN,
        issuer="东湖区教育局",
        number=("东教复〔2024〕22号", "东教复", 2024, 22),
        title="关于区政协三届二次会议第78号提案的答复",
        recipients=["韩某委员"],
        ref=("政协", "区", 3, 2, "78", "提案", None, []),
    )


def test_a_ti_zi_number_with_di_and_a_zero_padded_serial() -> None:
    expect(
        "东湖区住房和城乡建设局\n东建提字〔2024〕第003号\n关于区政协三届二次会议第80号提案的答复\n冯某委员：\n"
        + OPEN
        + BODY
        + SIGN,
        issuer="东湖区住房和城乡建设局",
        number=("东建提字〔2024〕第003号", "东建提字", 2024, 3),
        title="关于区政协三届二次会议第80号提案的答复",
        recipients=["冯某委员"],
        ref=("政协", "区", 3, 2, "80", "提案", None, []),
    )


def test_an_office_letter_numbered_ban_han_in_lenticular_brackets() -> None:
    expect(
        "东湖区人民政府办公室文件\n"
        "东政办函【2024】112号\n"
        "关于商请协助做好重点项目用地保障工作的函\n"
        "区自然资源局：\n"
        "为加快重点项目落地，现商请贵局协助做好用地保障工作。\n"
        "东湖区人民政府办公室\n2024年5月6日\n",
        kind="letter",
        issuer="东湖区人民政府办公室",
        number=("东政办函【2024】112号", "东政办函", 2024, 112),
        title="关于商请协助做好重点项目用地保障工作的函",
        recipients=["区自然资源局"],
    )


def test_a_category_before_the_doc_number_on_one_line() -> None:
    expect(
        "东湖区教育局\nB类　　　　　　　　东教复〔2024〕23号\n关于区政协三届二次会议第79号提案的答复\n韩某委员：\n"
        + OPEN
        + BODY
        + SIGN,
        issuer="东湖区教育局",
        number=("东教复〔2024〕23号", "东教复", 2024, 23),
        title="关于区政协三届二次会议第79号提案的答复",
        recipients=["韩某委员"],
        category="B",
        ref=("政协", "区", 3, 2, "79", "提案", None, []),
    )


def test_a_disclosure_pair_beside_the_doc_number() -> None:
    expect(
        "东湖区教育局\n东教复〔2024〕24号　　　　　　公开方式：主动公开\n"
        "关于区政协三届二次会议第81号提案的答复\n韩某委员：\n" + OPEN + BODY + SIGN,
        issuer="东湖区教育局",
        number=("东教复〔2024〕24号", "东教复", 2024, 24),
        title="关于区政协三届二次会议第81号提案的答复",
        recipients=["韩某委员"],
        metadata={"公开方式": "主动公开"},
        disclosure="主动公开",
        ref=("政协", "区", 3, 2, "81", "提案", None, []),
    )


def test_a_vertically_managed_tax_bureau_answers_a_party_proposal() -> None:
    expect(
        "国家税务总局清河市税务局\n"
        "清税函〔2024〕15号\n"
        "国家税务总局清河市税务局关于市政协十届三次会议第0215号提案的答复\n"
        "民建清河市委员会：\n"
        "贵单位提出的《关于优化小微企业办税服务的提案》收悉，现答复如下：\n"
        + BODY
        + "国家税务总局清河市税务局\n2024年6月20日\n",
        issuer="国家税务总局清河市税务局",
        number=("清税函〔2024〕15号", "清税函", 2024, 15),
        title="国家税务总局清河市税务局关于市政协十届三次会议第0215号提案的答复",
        recipients=["民建清河市委员会"],
        ref=("政协", "市", 10, 3, "0215", "提案", "关于优化小微企业办税服务的提案", []),
    )


def test_a_street_office_letterhead_under_its_district_government() -> None:
    expect(
        "东湖区人民政府东湖街道办事处文件\n"
        "东街办〔2024〕7号\n"
        "关于区人大二届五次会议第102号建议的答复\n"
        "陈某代表：\n" + OPEN_S + BODY + "东湖区人民政府东湖街道办事处\n2024年6月3日\n",
        issuer="东湖区人民政府东湖街道办事处",
        number=("东街办〔2024〕7号", "东街办", 2024, 7),
        title="关于区人大二届五次会议第102号建议的答复",
        recipients=["陈某代表"],
        ref=("人大", "区", 2, 5, "102", "建议", None, []),
    )


def test_a_development_zone_committee_in_full_with_a_letter_number() -> None:
    expect(
        "清河经济技术开发区管理委员会\n"
        "清开管函〔2024〕3号\n"
        "关于市十七届人大四次会议第245号建议的答复函\n"
        "吴某代表：\n" + OPEN_S + BODY + "清河经济技术开发区管理委员会\n2024年6月3日\n",
        issuer="清河经济技术开发区管理委员会",
        number=("清开管函〔2024〕3号", "清开管函", 2024, 3),
        title="关于市十七届人大四次会议第245号建议的答复函",
        recipients=["吴某代表"],
        ref=("人大", "市", 17, 4, "245", "建议", None, []),
    )


def test_a_cppcc_special_committee_sends_a_notice_and_answers_no_proposal() -> None:
    expect(
        "政协清河市委员会提案委员会\n"
        "关于做好2024年度重点提案督办工作的通知\n"
        "各提案承办单位：\n"
        "为推动重点提案办理落实，现将有关事项通知如下：\n"
        "一、明确督办责任\n各单位要明确专人负责。\n"
        "政协清河市委员会提案委员会\n2024年3月5日\n",
        kind="notice",
        issuer="政协清河市委员会提案委员会",
        title="政协清河市委员会提案委员会关于做好2024年度重点提案督办工作的通知",
        recipients=["各提案承办单位"],
    )


# --- titles ------------------------------------------------------------------------------------


def test_a_proposal_title_quoting_a_regulation_by_its_book_title() -> None:
    expect(
        "关于修订《清河市物业管理条例》的建议的答复\n何某代表：\n"
        "您提出的关于修订《清河市物业管理条例》的建议收悉，现答复如下：\n" + BODY + SIGN,
        title="关于修订《清河市物业管理条例》的建议的答复",
        recipients=["何某代表"],
        ref=(None, None, None, None, None, "建议", "关于修订《清河市物业管理条例》的建议", []),
    )


def test_a_title_wrapped_inside_the_quoted_proposal_title() -> None:
    expect(
        "关于对《关于加快推进\n城乡供水一体化的提案》的答复\n郑某委员：\n" + OPEN + BODY + SIGN,
        title="关于对《关于加快推进城乡供水一体化的提案》的答复",
        recipients=["郑某委员"],
        ref=(None, None, None, None, None, "提案", "关于加快推进城乡供水一体化的提案", []),
    )


def test_a_proposal_number_with_a_year_and_a_hyphen_in_the_title() -> None:
    doc = expect(
        "关于政协清河市第十二届委员会第三次会议第2023-0456号提案的答复\n卫某委员：\n" + OPEN + BODY + SIGN,
        title="关于政协清河市第十二届委员会第三次会议第2023-0456号提案的答复",
        recipients=["卫某委员"],
        ref=("政协", "市", 12, 3, "2023-0456", "提案", None, []),
    )
    assert ref_text(doc) == "政协清河市第十二届委员会第三次会议第2023-0456号提案"


def test_a_deputy_named_with_his_delegation_in_the_reference() -> None:
    expect(
        "对省十四届人大二次会议清河代表团王某代表第1023号建议的答复\n王某代表：\n" + OPEN_S + BODY + SIGN,
        title="对省十四届人大二次会议清河代表团王某代表第1023号建议的答复",
        recipients=["王某代表"],
        ref=("人大", "省", 14, 2, "1023", "建议", None, ["王某"]),
    )


def test_a_category_mark_after_the_title_is_no_part_of_it() -> None:
    expect(
        "关于区政协三届二次会议第17号提案的答复（B类）\n杜某委员：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第17号提案的答复",
        recipients=["杜某委员"],
        category="B",
        ref=("政协", "区", 3, 2, "17", "提案", None, []),
    )


def test_a_congress_motion_handed_over_by_the_presidium() -> None:
    expect(
        "关于市十七届人大四次会议第3号议案办理情况的答复\n"
        "市人大常委会：\n"
        "市十七届人大四次会议交付的第3号议案收悉，现将办理情况答复如下：\n" + BODY + SIGN,
        title="关于市十七届人大四次会议第3号议案办理情况的答复",
        recipients=["市人大常委会"],
        ref=("人大", "市", 17, 4, "3", "议案", None, []),
    )


# --- 主送 --------------------------------------------------------------------------------------


def test_an_honoured_citizen_addressed_as_nv_shi() -> None:
    expect(
        "关于加装小区路灯问题的答复\n尊敬的陈某女士：\n您反映的问题收悉，现答复如下：\n" + BODY + SIGN,
        title="关于加装小区路灯问题的答复",
        recipients=["陈某女士"],
    )


def test_an_addressee_called_xian_sheng() -> None:
    expect(
        "关于区政协三届二次会议第26号提案的答复\n刘某先生：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第26号提案的答复",
        recipients=["刘某先生"],
        ref=("政协", "区", 3, 2, "26", "提案", None, []),
    )


def test_deputies_each_with_their_title_joined_by_dunhao_stay_one_addressee() -> None:
    expect(
        "关于区人大二届五次会议第104号建议的答复\n张某代表、李某代表、王某代表：\n" + OPEN_S + BODY + SIGN,
        title="关于区人大二届五次会议第104号建议的答复",
        recipients=["张某代表、李某代表、王某代表"],
        ref=("人大", "区", 2, 5, "104", "建议", None, []),
    )


def test_addressees_separated_by_a_semicolon() -> None:
    expect(
        "关于区人大二届五次会议第105号建议办理情况的报告\n"
        "区人大常委会代表工委；区政府督查室：\n"
        "现将区人大二届五次会议第105号建议的办理情况报告如下：\n" + BODY + SIGN,
        kind="report",
        title="关于区人大二届五次会议第105号建议办理情况的报告",
        recipients=["区人大常委会代表工委", "区政府督查室"],
        ref=("人大", "区", 2, 5, "105", "建议", None, []),
    )


def test_two_party_committees_joined_by_dunhao_are_two_addressees() -> None:
    expect(
        "关于区政协三届二次会议第27号提案的答复\n民进东湖区委员会、民盟东湖区委员会：\n"
        "贵单位提出的提案收悉，现答复如下：\n" + BODY + SIGN,
        title="关于区政协三届二次会议第27号提案的答复",
        recipients=["民进东湖区委员会", "民盟东湖区委员会"],
        ref=("政协", "区", 3, 2, "27", "提案", None, []),
    )


def test_a_reply_without_an_addressee_line() -> None:
    expect(
        "关于区政协三届二次会议第15号提案的答复\n您提出的关于加强社区养老服务的提案收悉，现答复如下：\n" + BODY + SIGN,
        title="关于区政协三届二次会议第15号提案的答复",
        ref=("政协", "区", 3, 2, "15", "提案", "关于加强社区养老服务的提案", []),
    )


# --- 键：值 blocks -------------------------------------------------------------------------------


def test_security_and_urgency_given_under_labels() -> None:
    expect(
        "密级：秘密\n"
        "紧急程度：加急\n"
        "东湖区人民政府办公室\n"
        "东政办发〔2024〕30号\n"
        "关于做好汛期安全防范工作的通知\n"
        "各街道办事处，区政府各部门：\n"
        "为切实做好汛期安全防范工作，现将有关事项通知如下：\n"
        "一、压实责任\n各单位要落实值班制度。\n"
        "东湖区人民政府办公室\n2024年5月20日\n",
        kind="notice",
        issuer="东湖区人民政府办公室",
        number=("东政办发〔2024〕30号", "东政办发", 2024, 30),
        title="关于做好汛期安全防范工作的通知",
        recipients=["各街道办事处", "区政府各部门"],
        security="秘密",
        urgency="加急",
        metadata={"密级": "秘密", "紧急程度": "加急"},
    )


def test_a_copy_number_and_a_secret_mark_with_its_term_on_one_line_and_a_telegram_urgency() -> None:
    expect(
        "000123　　　秘密★6个月\n"
        "特提\n"
        "清河市人民政府文件\n"
        "清政发〔2024〕9号\n"
        "清河市人民政府关于做好防汛抗旱工作的通知\n"
        "各区人民政府，市政府各委、办、局：\n"
        "现将有关事项通知如下：\n"
        "一、加强监测\n各地要加强雨情监测。\n"
        "清河市人民政府\n2024年5月21日\n",
        kind="notice",
        issuer="清河市人民政府",
        number=("清政发〔2024〕9号", "清政发", 2024, 9),
        title="清河市人民政府关于做好防汛抗旱工作的通知",
        recipients=["各区人民政府", "市政府各委、办、局"],
        security="秘密★6个月",
        urgency="特提",
    )


def test_an_information_table_of_two_pairs_a_line() -> None:
    expect(
        "索引号：001-2024-0031　　　　主题分类：建议提案\n"
        "发布机构：东湖区教育局　　　　发布日期：2024-06-03\n"
        "关于区政协三届二次会议第82号提案的答复\n韩某委员：\n" + OPEN + BODY + SIGN,
        issuer="东湖区教育局",
        title="关于区政协三届二次会议第82号提案的答复",
        recipients=["韩某委员"],
        metadata={
            "索引号": "001-2024-0031",
            "主题分类": "建议提案",
            "发布机构": "东湖区教育局",
            "发布日期": "2024-06-03",
        },
        ref=("政协", "区", 3, 2, "82", "提案", None, []),
    )


def test_tab_separated_pairs_with_half_width_colons_and_a_date_in_words() -> None:
    expect(
        "索引号:001-2024-0032\t文号:东教复〔2024〕26号\n"
        "成文日期:二〇二四年六月三日\t公开方式:主动公开\n"
        "关于区政协三届二次会议第83号提案的答复\n韩某委员：\n" + OPEN + BODY + SIGN,
        number=("东教复〔2024〕26号", "东教复", 2024, 26),
        title="关于区政协三届二次会议第83号提案的答复",
        recipients=["韩某委员"],
        metadata={
            "索引号": "001-2024-0032",
            "文号": "东教复〔2024〕26号",
            "成文日期": "二〇二四年六月三日",
            "公开方式": "主动公开",
        },
        disclosure="主动公开",
        ref=("政协", "区", 3, 2, "83", "提案", None, []),
    )


def test_an_issuing_organ_label_names_the_issuer() -> None:
    expect(
        "发文机关：东湖区卫生健康委员会\n"
        "发文字号：东卫复〔2024〕8号\n"
        "关于区人大二届五次会议第106号建议的答复\n许某代表：\n" + OPEN_S + BODY + SIGN,
        issuer="东湖区卫生健康委员会",
        number=("东卫复〔2024〕8号", "东卫复", 2024, 8),
        title="关于区人大二届五次会议第106号建议的答复",
        recipients=["许某代表"],
        metadata={"发文机关": "东湖区卫生健康委员会", "发文字号": "东卫复〔2024〕8号"},
        ref=("人大", "区", 2, 5, "106", "建议", None, []),
    )


def test_a_signer_and_a_result_on_one_line() -> None:
    expect(
        "签发人：张某　　　　　　办理结果：A\n关于区人大二届五次会议第107号建议的答复\n钱某代表：\n"
        + OPEN_S
        + BODY
        + SIGN,
        title="关于区人大二届五次会议第107号建议的答复",
        recipients=["钱某代表"],
        signer="张某",
        metadata={"签发人": "张某", "办理结果": "A"},
        category="A",
        ref=("人大", "区", 2, 5, "107", "建议", None, []),
    )


def test_a_lead_proposer_under_the_lingxianren_label() -> None:
    expect(
        "领衔人：周某\n关于区政协三届二次会议第71号提案的答复\n周某委员：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第71号提案的答复",
        recipients=["周某委员"],
        metadata={"领衔人": "周某"},
        ref=("政协", "区", 3, 2, "71", "提案", None, ["周某"]),
    )


def test_a_proposal_table_with_a_hyphenated_number_title_and_proposer() -> None:
    expect(
        "提案编号：2024-0456\n"
        "提案标题：关于加强农村饮水安全保障的提案\n"
        "提案人：蒋某\n"
        "关于加强农村饮水安全保障的提案的答复\n蒋某委员：\n" + OPEN + BODY + SIGN,
        title="关于加强农村饮水安全保障的提案的答复",
        recipients=["蒋某委员"],
        metadata={"提案编号": "2024-0456", "提案标题": "关于加强农村饮水安全保障的提案", "提案人": "蒋某"},
        ref=(None, None, None, None, "2024-0456", "提案", "关于加强农村饮水安全保障的提案", ["蒋某"]),
    )


def test_a_proposer_in_brackets_under_the_title() -> None:
    expect(
        "关于区政协三届二次会议第19号提案的答复\n（提案人：吴某）\n吴某委员：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第19号提案的答复",
        recipients=["吴某委员"],
        ref=("政协", "区", 3, 2, "19", "提案", None, ["吴某"]),
    )


# --- category and 公开属性 -----------------------------------------------------------------------


def test_a_result_solved_in_the_main_is_a() -> None:
    expect(
        "办理结果：基本解决\n关于区人大二届五次会议第108号建议的答复\n钱某代表：\n" + OPEN_S + BODY + SIGN,
        title="关于区人大二届五次会议第108号建议的答复",
        recipients=["钱某代表"],
        metadata={"办理结果": "基本解决"},
        category="A",
        ref=("人大", "区", 2, 5, "108", "建议", None, []),
    )


def test_a_result_worded_already_solved_or_adopted_is_a() -> None:
    expect(
        "答复类别：已经解决或采纳\n关于区人大二届五次会议第109号建议的答复\n钱某代表：\n" + OPEN_S + BODY + SIGN,
        title="关于区人大二届五次会议第109号建议的答复",
        recipients=["钱某代表"],
        metadata={"答复类别": "已经解决或采纳"},
        category="A",
        ref=("人大", "区", 2, 5, "109", "建议", None, []),
    )


def test_a_category_and_a_disclosure_in_a_corner_line_without_labels() -> None:
    expect(
        "A类　　　　　　　　　　　　主动公开\n"
        "东湖区教育局\n东教复〔2024〕27号\n关于区政协三届二次会议第84号提案的答复\n韩某委员：\n" + OPEN + BODY + SIGN,
        issuer="东湖区教育局",
        number=("东教复〔2024〕27号", "东教复", 2024, 27),
        title="关于区政协三届二次会议第84号提案的答复",
        recipients=["韩某委员"],
        category="A",
        disclosure="主动公开",
        ref=("政协", "区", 3, 2, "84", "提案", None, []),
    )


def test_a_redacted_disclosure_is_none_of_the_three_values() -> None:
    expect(
        "公开属性：删减后公开\n关于区政协三届二次会议第85号提案的答复\n韩某委员：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第85号提案的答复",
        recipients=["韩某委员"],
        metadata={"公开属性": "删减后公开"},
        ref=("政协", "区", 3, 2, "85", "提案", None, []),
    )


def test_a_disclosure_in_lenticular_brackets_alone_on_its_line() -> None:
    expect(
        "【依申请公开】\n关于区政协三届二次会议第86号提案的答复\n韩某委员：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第86号提案的答复",
        recipients=["韩某委员"],
        disclosure="依申请公开",
        ref=("政协", "区", 3, 2, "86", "提案", None, []),
    )


def test_a_category_in_a_corner_after_the_result_label_in_brackets() -> None:
    expect(
        "【办理结果】列入计划解决\n关于区人大二届五次会议第110号建议的答复\n钱某代表：\n" + OPEN_S + BODY + SIGN,
        title="关于区人大二届五次会议第110号建议的答复",
        recipients=["钱某代表"],
        metadata={"办理结果": "列入计划解决"},
        category="B",
        ref=("人大", "区", 2, 5, "110", "建议", None, []),
    )


def test_a_bing_class_is_unmapped_with_a_warning() -> None:
    doc = expect(
        "类别：丙类\n关于县十八届人大三次会议第44号建议的答复\n陈某代表：\n" + OPEN_S + BODY + SIGN,
        title="关于县十八届人大三次会议第44号建议的答复",
        recipients=["陈某代表"],
        metadata={"类别": "丙类"},
        ref=("人大", "县", 18, 3, "44", "建议", None, []),
    )
    assert "category-unmapped" in codes(doc)


def test_comrades_named_together_stay_one_addressee() -> None:
    expect(
        "关于区政协三届二次会议第28号提案的答复\n张某、李某同志：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第28号提案的答复",
        recipients=["张某、李某同志"],
        ref=("政协", "区", 3, 2, "28", "提案", None, []),
    )


def test_a_zero_padded_deputies_suggestion_number() -> None:
    doc = expect(
        "对市十七届人大四次会议第0123号代表建议的答复\n朱某代表：\n" + OPEN_S + BODY + SIGN,
        title="对市十七届人大四次会议第0123号代表建议的答复",
        recipients=["朱某代表"],
        ref=("人大", "市", 17, 4, "0123", "建议", None, []),
    )
    assert ref_text(doc) == "市十七届人大四次会议第0123号代表建议"


def test_an_urgency_label_with_a_letter_spaced_value() -> None:
    expect(
        "紧急程度：特　急\n"
        "东湖区应急管理局\n东应急〔2024〕11号\n关于立即开展安全隐患排查的通知\n各街道办事处：\n"
        "现将有关事项通知如下：\n一、全面排查\n各单位要全面排查。\n东湖区应急管理局\n2024年7月2日\n",
        kind="notice",
        issuer="东湖区应急管理局",
        number=("东应急〔2024〕11号", "东应急", 2024, 11),
        title="关于立即开展安全隐患排查的通知",
        recipients=["各街道办事处"],
        urgency="特急",
        metadata={"紧急程度": "特急"},
    )


# --- batch 1's causes, each tried again on a new example ------------------------------------------


def test_a_doc_number_of_the_last_century_with_its_year_in_words() -> None:
    doc = govdoc.parse_text(
        "湖西省教育厅\n湖教发〔一九九八〕8号\n关于加强中小学师资培训的通知\n各市教育局：\n现将有关事项通知如下：\n"
        "一、提高认识\n各地要高度重视。\n湖西省教育厅\n一九九八年三月二日\n"
    )
    n = doc.header.doc_number
    assert n is not None and (n.text, n.agency_code, n.year, n.serial) == ("湖教发〔一九九八〕8号", "湖教发", 1998, 8)
    assert doc.header.issuer == "湖西省教育厅"


def test_security_and_urgency_as_two_cells_of_one_line() -> None:
    doc = expect(
        "机密★5年　　　　　　　　特急\n清河市财政局文件\n清财发〔2024〕31号\n关于做好年度预算执行工作的通知\n"
        "各区财政局：\n现将有关事项通知如下：\n一、加快支出\n各区要加快支出进度。\n清河市财政局\n2024年9月2日\n",
        kind="notice",
        issuer="清河市财政局",
        number=("清财发〔2024〕31号", "清财发", 2024, 31),
        title="关于做好年度预算执行工作的通知",
        recipients=["各区财政局"],
        security="机密★5年",
        urgency="特急",
    )
    assert doc.text.startswith("机密★5年")


def test_a_letterhead_a_number_and_a_disclosure_mark_as_three_cells_of_one_line() -> None:
    expect(
        "东湖区财政局　　　　东财函〔2024〕5号　　　　主动公开\n"
        "关于区人大二届五次会议第111号建议的答复\n钱某代表：\n" + OPEN_S + BODY + SIGN,
        issuer="东湖区财政局",
        number=("东财函〔2024〕5号", "东财函", 2024, 5),
        title="关于区人大二届五次会议第111号建议的答复",
        recipients=["钱某代表"],
        disclosure="主动公开",
        ref=("人大", "区", 2, 5, "111", "建议", None, []),
    )


def test_a_number_with_a_result_pair_beside_it() -> None:
    expect(
        "东湖区财政局\n东财复〔2024〕6号　　　　　办理结果：留作参考\n"
        "关于区人大二届五次会议第112号建议的答复\n钱某代表：\n" + OPEN_S + BODY + SIGN,
        issuer="东湖区财政局",
        number=("东财复〔2024〕6号", "东财复", 2024, 6),
        title="关于区人大二届五次会议第112号建议的答复",
        recipients=["钱某代表"],
        metadata={"办理结果": "留作参考"},
        category="reference",
        ref=("人大", "区", 2, 5, "112", "建议", None, []),
    )


def test_labelled_security_with_its_term_and_an_ordinary_urgency() -> None:
    expect(
        "密级：机密★5年\n缓急程度：平急\n清河市财政局\n清财发〔2024〕32号\n关于做好国有资产清查工作的通知\n"
        "各区财政局：\n现将有关事项通知如下：\n一、明确范围\n清查范围为全部国有资产。\n清河市财政局\n2024年9月3日\n",
        kind="notice",
        issuer="清河市财政局",
        number=("清财发〔2024〕32号", "清财发", 2024, 32),
        title="关于做好国有资产清查工作的通知",
        recipients=["各区财政局"],
        security="机密★5年",
        urgency="平急",
        metadata={"密级": "机密★5年", "缓急程度": "平急"},
    )


def test_an_urgency_label_whose_value_is_no_urgency_mark_gives_none() -> None:
    expect(
        "紧急程度：一般\n关于区人大二届五次会议第113号建议的答复\n钱某代表：\n" + OPEN_S + BODY + SIGN,
        title="关于区人大二届五次会议第113号建议的答复",
        recipients=["钱某代表"],
        metadata={"紧急程度": "一般"},
        ref=("人大", "区", 2, 5, "113", "建议", None, []),
    )


def test_a_disclosure_in_round_brackets_and_one_in_tortoise_shell_brackets() -> None:
    for line, value in (("（主动公开·全文）", "主动公开"), ("〔不予公开〕", "不予公开")):
        expect(
            line + "\n关于区人大二届五次会议第114号建议的答复\n钱某代表：\n" + OPEN_S + BODY + SIGN,
            title="关于区人大二届五次会议第114号建议的答复",
            recipients=["钱某代表"],
            disclosure=value,
            ref=("人大", "区", 2, 5, "114", "建议", None, []),
        )


def test_a_bare_category_letter_after_a_reply_letters_title() -> None:
    expect(
        "关于区人大二届五次会议第115号建议的答复函 C类\n钱某代表：\n" + OPEN_S + BODY + SIGN,
        title="关于区人大二届五次会议第115号建议的答复函",
        recipients=["钱某代表"],
        category="C",
        ref=("人大", "区", 2, 5, "115", "建议", None, []),
    )


def test_a_title_that_ends_in_a_category_like_word_keeps_it() -> None:
    # 甲类 is part of this notice's subject, not a mark after its type
    expect(
        "关于做好甲类传染病防控工作的通知\n各街道办事处：\n现将有关事项通知如下：\n一、加强监测\n各单位要加强监测。\n"
        "东湖区卫生健康委员会\n2024年2月1日\n",
        kind="notice",
        title="关于做好甲类传染病防控工作的通知",
        recipients=["各街道办事处"],
    )


def test_an_unquoted_proposal_title_in_the_opening_that_quotes_a_regulation() -> None:
    expect(
        "关于区政协三届二次会议第47号提案的答复\n蔡某委员：\n"
        "您提出的关于贯彻《清河市养老服务条例》发展社区嵌入式养老的提案收悉，现答复如下：\n" + BODY + SIGN,
        title="关于区政协三届二次会议第47号提案的答复",
        recipients=["蔡某委员"],
        ref=("政协", "区", 3, 2, "47", "提案", "关于贯彻《清河市养老服务条例》发展社区嵌入式养老的提案", []),
    )


def test_a_member_named_before_the_number_of_his_proposal() -> None:
    expect(
        "对区政协三届二次会议期间张某委员提出的第46号提案的答复\n张某委员：\n" + OPEN + BODY + SIGN,
        title="对区政协三届二次会议期间张某委员提出的第46号提案的答复",
        recipients=["张某委员"],
        ref=("政协", "区", 3, 2, "46", "提案", None, ["张某"]),
    )


def test_some_deputies_named_by_a_collective_word_are_no_proposer() -> None:
    expect(
        "关于市十七届人大四次会议部分代表第250号建议的答复\n有关代表：\n" + OPEN_S + BODY + SIGN,
        title="关于市十七届人大四次会议部分代表第250号建议的答复",
        recipients=["有关代表"],
        ref=("人大", "市", 17, 4, "250", "建议", None, []),
    )


def test_a_lead_deputy_in_brackets_under_the_title() -> None:
    expect(
        "关于市十七届人大四次会议第251号建议的答复\n（领衔代表：马某）\n马某代表：\n" + OPEN_S + BODY + SIGN,
        title="关于市十七届人大四次会议第251号建议的答复",
        recipients=["马某代表"],
        ref=("人大", "市", 17, 4, "251", "建议", None, ["马某"]),
    )


# --- wild leftovers, each on a new example ---------------------------------------------------------


def test_a_proposal_forms_long_content_under_its_label_is_the_labels_value() -> None:
    # w005's cause: a label whose value, too long for its cell, stands on the next line
    content = (
        "城东片区近年新建住宅小区较多，适龄儿童数量快速增长，现有幼儿园学位严重不足，"
        "建议在城东片区新建一所公办幼儿园，缓解入园难问题。"
    )
    doc = expect(
        "建议号：56号\n领衔代表：邱某\n内　容：\n" + content + "\n承办单位：县教育局\n交办日期：2024年2月1日\n"
        "关于县十八届人大三次会议第56号建议的答复\n邱某代表：\n" + OPEN_S + BODY + SIGN,
        title="关于县十八届人大三次会议第56号建议的答复",
        recipients=["邱某代表"],
        metadata={
            "建议号": "56号",
            "领衔代表": "邱某",
            "内容": content,
            "承办单位": "县教育局",
            "交办日期": "2024年2月1日",
        },
        ref=("人大", "县", 18, 3, "56", "建议", None, ["邱某"]),
    )
    assert "内容：\n" + content in doc.text


def test_a_one_cell_per_line_suggestion_table_under_the_headline_names_its_proposer() -> None:
    # w218's cause: the portal's labels (代表提案者, 会议届次, 建议提案编号 …) were outside the vocabulary
    expect(
        "首页 > 政务公开 > 建议办理结果\n"
        "东湖区水务局对区二届人大五次会议第2024117号代表关于治理河道淤积建议的答复\n"
        "代表提案者\n祁某\n会议届次\n东湖区二届人大五次会议\n建议提案标题\n关于治理河道淤积建议\n"
        "建议提案编号\n2024117\n办理方式\n主办\n答复时间\n2024-10-08\n"
        "祁某代表：\n您提出的《关于治理河道淤积的建议》收悉。现答复如下：\n" + BODY + "东湖区水务局\n2024年10月8日\n",
        issuer="东湖区水务局",
        title="东湖区水务局对区二届人大五次会议第2024117号代表关于治理河道淤积建议的答复",
        recipients=["祁某代表"],
        metadata={
            "代表提案者": "祁某",
            "会议届次": "东湖区二届人大五次会议",
            "建议提案标题": "关于治理河道淤积建议",
            "建议提案编号": "2024117",
            "办理方式": "主办",
            "答复时间": "2024-10-08",
        },
        ref=("人大", "区", 2, 5, "2024117", "建议", "关于治理河道淤积的建议", ["祁某"]),
    )


def test_a_listing_pages_headline_over_its_byline_is_the_title_not_joined_to_the_first_item() -> None:
    # w228's cause: the byline between the headline and the first listed item left the text, and
    # the climb for a wrapped title joined the two across it
    doc = expect(
        "首页 > 信息公开 > 提案办理\n"
        "青石县政协十一届三次会议委员提案办理情况公开\n"
        "来源：县政府办公室 发布日期：2024-08-12 浏览次数：96\n"
        "2024015号：关于加强农村集中供水设施管护的提案\n"
        "案由：部分村集中供水设施年久失修，群众饮水安全存在隐患。\n"
        "答复：县水利局已将供水设施管护纳入年度计划，落实专人巡查维护。\n",
        kind="other",
        title="青石县政协十一届三次会议委员提案办理情况公开",
        # the headline names the meeting of the proposals it lists: the item's number joins it
        ref=("政协", "县", 11, 3, "2024015", "提案", "关于加强农村集中供水设施管护的提案", []),
    )
    assert doc.preamble[0].text == "2024015号：关于加强农村集中供水设施管护的提案"


def test_a_title_wrapped_over_two_lines_still_joins_when_no_chrome_stands_between() -> None:
    expect(
        "来源：区政府办公室 发布日期：2024-08-12\n"
        "东湖区教育局关于区政协三届二次会议\n第90号提案的答复\n韩某委员：\n" + OPEN + BODY + SIGN,
        issuer="东湖区教育局",
        title="东湖区教育局关于区政协三届二次会议第90号提案的答复",
        recipients=["韩某委员"],
        ref=("政协", "区", 3, 2, "90", "提案", None, []),
    )


def test_an_unlabelled_number_cell_at_the_end_of_a_table_row_is_no_part_of_the_date_before_it() -> None:
    # w230's cause: the last labelled value ran across the wide gap into the unlabelled cell
    expect(
        "成文日期：2024-05-06      发布日期：2024-05-08      东政发〔2024〕12号\n"
        "东湖区人民政府关于公布第三批区级非物质文化遗产代表性项目名录的通知\n"
        "各街道办事处，区政府各部门：\n现将名录予以公布，请认真做好保护传承工作。\n东湖区人民政府\n2024年5月6日\n",
        kind="notice",
        issuer="东湖区人民政府",
        number=("东政发〔2024〕12号", "东政发", 2024, 12),
        title="东湖区人民政府关于公布第三批区级非物质文化遗产代表性项目名录的通知",
        recipients=["各街道办事处", "区政府各部门"],
        metadata={"成文日期": "2024-05-06", "发布日期": "2024-05-08"},
    )


def test_a_value_with_one_space_inside_stays_whole_in_a_table_row() -> None:
    expect(
        "发布日期：2024-05-08 10:20   公开方式：主动公开\n关于区政协三届二次会议第91号提案的答复\n韩某委员：\n"
        + OPEN
        + BODY
        + SIGN,
        title="关于区政协三届二次会议第91号提案的答复",
        recipients=["韩某委员"],
        metadata={"发布日期": "2024-05-08 10:20", "公开方式": "主动公开"},
        disclosure="主动公开",
        ref=("政协", "区", 3, 2, "91", "提案", None, []),
    )


def test_a_governments_own_motion_quoting_its_draft_answers_no_proposal() -> None:
    expect(
        "东湖区人民政府\n东府议〔2024〕2号\n关于提请审议《东湖区2024年区级预算调整方案》的议案\n区人大常委会：\n"
        "根据预算法有关规定，区政府编制了预算调整方案，现提请审议。\n东湖区人民政府\n2024年9月10日\n",
        kind="motion",
        issuer="东湖区人民政府",
        number=("东府议〔2024〕2号", "东府议", 2024, 2),
        title="关于提请审议《东湖区2024年区级预算调整方案》的议案",
        recipients=["区人大常委会"],
    )


# --- batch 2 (written before it was run) ------------------------------------------------------------


def test_a_proposal_number_in_brackets_on_its_own_line_under_the_title() -> None:
    expect(
        "关于加强校园周边交通管理的建议的答复\n（第0123号）\n郭某代表：\n" + OPEN_S + BODY + SIGN,
        title="关于加强校园周边交通管理的建议的答复",
        recipients=["郭某代表"],
        ref=(None, None, None, None, "0123", "建议", "关于加强校园周边交通管理的建议", []),
    )


def test_a_key_proposal_number_with_a_word_before_the_kind() -> None:
    expect(
        "关于区政协三届二次会议第15号重点提案的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第15号重点提案的答复",
        recipients=["冯某委员"],
        ref=("政协", "区", 3, 2, "15", "提案", None, []),
    )


def test_a_suggestion_made_between_sessions_of_the_standing_committee() -> None:
    expect(
        "关于市十七届人大常委会闭会期间第12号代表建议的答复\n范某代表：\n" + OPEN_S + BODY + SIGN,
        title="关于市十七届人大常委会闭会期间第12号代表建议的答复",
        recipients=["范某代表"],
        ref=("人大", "市", 17, None, "12", "建议", None, []),
    )


def test_a_street_congress_work_committees_suggestion() -> None:
    expect(
        "关于东湖街道人大工委2024年第3号代表建议的答复\n石某代表：\n" + OPEN_S + BODY + SIGN,
        title="关于东湖街道人大工委2024年第3号代表建议的答复",
        recipients=["石某代表"],
        ref=("人大", "街道", None, None, "3", "建议", None, []),
    )


def test_two_party_branches_ending_in_bu_are_two_addressees() -> None:
    expect(
        "关于区政协三届二次会议第29号提案的答复\n致公党东湖区总支部、民建东湖区总支部：\n"
        "贵单位提出的提案收悉，现答复如下：\n" + BODY + SIGN,
        title="关于区政协三届二次会议第29号提案的答复",
        recipients=["致公党东湖区总支部", "民建东湖区总支部"],
        ref=("政协", "区", 3, 2, "29", "提案", None, []),
    )


def test_an_honoured_comrade() -> None:
    expect(
        "关于区政协三届二次会议第30号提案的答复\n尊敬的赵某同志：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第30号提案的答复",
        recipients=["赵某同志"],
        ref=("政协", "区", 3, 2, "30", "提案", None, []),
    )


def test_a_delegation_addressed() -> None:
    expect(
        "关于市十七届人大四次会议第5号议案的答复\n清河代表团：\n"
        "贵代表团提出的第5号议案收悉，现答复如下：\n" + BODY + SIGN,
        title="关于市十七届人大四次会议第5号议案的答复",
        recipients=["清河代表团"],
        ref=("人大", "市", 17, 4, "5", "议案", None, []),
    )


def test_two_disclosure_pairs_on_one_line_split_at_a_semicolon() -> None:
    expect(
        "公开方式：主动公开；公开范围：全文\n关于区政协三届二次会议第31号提案的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第31号提案的答复",
        recipients=["冯某委员"],
        metadata={"公开方式": "主动公开", "公开范围": "全文"},
        disclosure="主动公开",
        ref=("政协", "区", 3, 2, "31", "提案", None, []),
    )


def test_a_note_that_this_copy_is_actively_disclosed() -> None:
    expect(
        "关于区政协三届二次会议第32号提案的答复\n冯某委员：\n" + OPEN + BODY + SIGN + "（本件主动公开）\n",
        title="关于区政协三届二次会议第32号提案的答复",
        recipients=["冯某委员"],
        disclosure="主动公开",
        ref=("政协", "区", 3, 2, "32", "提案", None, []),
    )


def test_a_partly_adopted_proposal_is_b_and_one_not_adopted_is_c() -> None:
    for value, category in (("部分采纳", "B"), ("不予采纳", "C")):
        expect(
            "采纳情况：" + value + "\n关于区政协三届二次会议第33号提案的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
            title="关于区政协三届二次会议第33号提案的答复",
            recipients=["冯某委员"],
            metadata={"采纳情况": value},
            category=category,
            ref=("政协", "区", 3, 2, "33", "提案", None, []),
        )


def test_a_result_refused_for_policy_reasons_is_c() -> None:
    expect(
        "办理结果：因政策原因暂不能解决\n关于区人大二届五次会议第116号建议的答复\n钱某代表：\n" + OPEN_S + BODY + SIGN,
        title="关于区人大二届五次会议第116号建议的答复",
        recipients=["钱某代表"],
        metadata={"办理结果": "因政策原因暂不能解决"},
        category="C",
        ref=("人大", "区", 2, 5, "116", "建议", None, []),
    )


def test_a_bracketed_byline_with_source_and_type_size_is_chrome() -> None:
    expect(
        "【发布日期】2024-06-03 【来源】东湖区教育局 【字号】大 中 小\n"
        "关于区政协三届二次会议第34号提案的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第34号提案的答复",
        recipients=["冯某委员"],
        ref=("政协", "区", 3, 2, "34", "提案", None, []),
    )


def test_a_draft_mark_after_a_notices_title_stays_in_it() -> None:
    expect(
        "关于进一步规范建议提案办理工作的通知（征求意见稿）\n区政府各部门：\n现将有关事项通知如下：\n"
        "一、明确责任\n各单位要明确分管领导。\n东湖区人民政府办公室\n2024年3月1日\n",
        kind="notice",
        title="关于进一步规范建议提案办理工作的通知（征求意见稿）",
        recipients=["区政府各部门"],
    )


def test_a_title_quoting_the_proposal_in_double_quotation_marks() -> None:
    expect(
        "对“关于加快发展托育服务的提案”的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="对“关于加快发展托育服务的提案”的答复",
        recipients=["冯某委员"],
        ref=(None, None, None, None, None, "提案", "关于加快发展托育服务的提案", []),
    )


def test_a_hyphenated_number_after_the_kind_word() -> None:
    expect(
        "关于区政协三届二次会议提案第2024-015号的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议提案第2024-015号的答复",
        recipients=["冯某委员"],
        ref=("政协", "区", 3, 2, "2024-015", "提案", None, []),
    )


def test_a_letterhead_with_its_second_name_in_brackets() -> None:
    expect(
        "东湖区市场监督管理局（东湖区知识产权局）\n东市监复〔2024〕4号\n关于区人大二届五次会议第117号建议的答复\n"
        "钱某代表：\n" + OPEN_S + BODY + SIGN,
        issuer="东湖区市场监督管理局（东湖区知识产权局）",
        number=("东市监复〔2024〕4号", "东市监复", 2024, 4),
        title="关于区人大二届五次会议第117号建议的答复",
        recipients=["钱某代表"],
        ref=("人大", "区", 2, 5, "117", "建议", None, []),
    )


def test_a_state_owned_company_answers_a_proposal_with_its_own_number() -> None:
    expect(
        "国网清河供电公司\n清电函〔2024〕11号\n关于市政协十届三次会议第0230号提案的答复\n"
        "民革清河市委员会：\n贵单位提出的关于优化农村电网的提案收悉，现答复如下：\n"
        + BODY
        + "国网清河供电公司\n2024年6月5日\n",
        issuer="国网清河供电公司",
        number=("清电函〔2024〕11号", "清电函", 2024, 11),
        title="关于市政协十届三次会议第0230号提案的答复",
        recipients=["民革清河市委员会"],
        ref=("政协", "市", 10, 3, "0230", "提案", "关于优化农村电网的提案", []),
    )


def test_a_court_answers_a_deputys_suggestion() -> None:
    expect(
        "清河市中级人民法院\n关于市十七届人大四次会议第252号建议的答复\n朱某代表：\n"
        + OPEN_S
        + BODY
        + "清河市中级人民法院\n2024年6月6日\n",
        issuer="清河市中级人民法院",
        title="清河市中级人民法院关于市十七届人大四次会议第252号建议的答复",
        recipients=["朱某代表"],
        ref=("人大", "市", 17, 4, "252", "建议", None, []),
    )


def test_a_signer_label_with_letter_spacing_and_a_number_above_it() -> None:
    expect(
        "东湖区发展和改革委员会\n东发改〔2024〕18号\n签 发 人：李某\n关于区人大二届五次会议第118号建议的答复\n"
        "钱某代表：\n" + OPEN_S + BODY + SIGN,
        issuer="东湖区发展和改革委员会",
        number=("东发改〔2024〕18号", "东发改", 2024, 18),
        title="关于区人大二届五次会议第118号建议的答复",
        recipients=["钱某代表"],
        signer="李某",
        metadata={"签发人": "李某"},
        ref=("人大", "区", 2, 5, "118", "建议", None, []),
    )


def test_an_index_table_with_labels_in_lenticular_brackets_and_no_colons() -> None:
    expect(
        "【索引号】001-2024-0040\n【发布机构】东湖区民政局\n【成文日期】2024-06-05\n"
        "关于区政协三届二次会议第35号提案的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        issuer="东湖区民政局",
        title="关于区政协三届二次会议第35号提案的答复",
        recipients=["冯某委员"],
        metadata={"索引号": "001-2024-0040", "发布机构": "东湖区民政局", "成文日期": "2024-06-05"},
        ref=("政协", "区", 3, 2, "35", "提案", None, []),
    )


def test_a_reference_opening_that_names_the_member_and_the_meeting() -> None:
    expect(
        "关于加快老旧小区改造的提案的答复\n冯某委员：\n"
        "您在区政协三届二次会议上提出的第36号提案收悉，现答复如下：\n" + BODY + SIGN,
        title="关于加快老旧小区改造的提案的答复",
        recipients=["冯某委员"],
        ref=("政协", "区", 3, 2, "36", "提案", "关于加快老旧小区改造的提案", []),
    )


def test_an_urgency_and_a_category_on_the_doc_number_line() -> None:
    expect(
        "东湖区教育局\n特急　　　　东教复〔2024〕28号　　　　A类\n关于区政协三届二次会议第87号提案的答复\n韩某委员：\n"
        + OPEN
        + BODY
        + SIGN,
        issuer="东湖区教育局",
        number=("东教复〔2024〕28号", "东教复", 2024, 28),
        title="关于区政协三届二次会议第87号提案的答复",
        recipients=["韩某委员"],
        urgency="特急",
        category="A",
        ref=("政协", "区", 3, 2, "87", "提案", None, []),
    )


def test_a_city_and_its_county_both_named_in_the_meeting() -> None:
    expect(
        "关于清河市青石县第十八届人民代表大会第三次会议第45号建议的答复\n陈某代表：\n" + OPEN_S + BODY + SIGN,
        title="关于清河市青石县第十八届人民代表大会第三次会议第45号建议的答复",
        recipients=["陈某代表"],
        ref=("人大", "县", 18, 3, "45", "建议", None, []),
    )


def test_addressees_one_organ_and_one_deputy_joined_by_dunhao() -> None:
    expect(
        "关于区人大二届五次会议第119号建议的答复\n区人大代表工委、刘某代表：\n" + OPEN_S + BODY + SIGN,
        title="关于区人大二届五次会议第119号建议的答复",
        recipients=["区人大代表工委、刘某代表"],
        ref=("人大", "区", 2, 5, "119", "建议", None, []),
    )


def test_a_reply_titled_with_the_proposals_title_and_its_number_in_brackets() -> None:
    expect(
        "关于加快发展社区食堂的提案（第37号）答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于加快发展社区食堂的提案（第37号）答复",
        recipients=["冯某委员"],
        ref=(None, None, None, None, "37", "提案", "关于加快发展社区食堂的提案", []),
    )


# --- batch 2's causes, each tried again on a new example ------------------------------------------


def test_a_byline_with_square_bracketed_labels_naming_its_source_is_chrome() -> None:
    expect(
        "[发布时间] 2024-07-01 [信息来源] 东湖区民政局\n关于区人大二届五次会议第120号建议的答复\n钱某代表：\n"
        + OPEN_S
        + BODY
        + SIGN,
        title="关于区人大二届五次会议第120号建议的答复",
        recipients=["钱某代表"],
        ref=("人大", "区", 2, 5, "120", "建议", None, []),
    )


def test_a_collective_proposals_number() -> None:
    doc = expect(
        "关于市政协十届三次会议第0241号集体提案的答复\n民盟清河市委员会：\n贵单位提出的提案收悉，现答复如下：\n"
        + BODY
        + SIGN,
        title="关于市政协十届三次会议第0241号集体提案的答复",
        recipients=["民盟清河市委员会"],
        ref=("政协", "市", 10, 3, "0241", "提案", None, []),
    )
    assert ref_text(doc) == "市政协十届三次会议第0241号集体提案"


def test_a_labelled_number_in_brackets_under_a_title_naming_the_proposal() -> None:
    expect(
        "关于加强农贸市场环境整治的提案的答复\n（编号：第56号）\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于加强农贸市场环境整治的提案的答复",
        recipients=["冯某委员"],
        ref=(None, None, None, None, "56", "提案", "关于加强农贸市场环境整治的提案", []),
    )


# --- batch 3 (written before it was run) ------------------------------------------------------------


def test_a_doc_number_under_the_tables_bianhao_label() -> None:
    expect(
        "编号：东教复〔2024〕29号\n发布机构：东湖区教育局\n关于区政协三届二次会议第88号提案的答复\n韩某委员：\n"
        + OPEN
        + BODY
        + SIGN,
        issuer="东湖区教育局",
        number=("东教复〔2024〕29号", "东教复", 2024, 29),
        title="关于区政协三届二次会议第88号提案的答复",
        recipients=["韩某委员"],
        metadata={"编号": "东教复〔2024〕29号", "发布机构": "东湖区教育局"},
        ref=("政协", "区", 3, 2, "88", "提案", None, []),
    )


def test_a_doc_number_under_the_file_number_label() -> None:
    expect(
        "文件编号：东教复〔2024〕30号\n关于区政协三届二次会议第89号提案的答复\n韩某委员：\n" + OPEN + BODY + SIGN,
        number=("东教复〔2024〕30号", "东教复", 2024, 30),
        title="关于区政协三届二次会议第89号提案的答复",
        recipients=["韩某委员"],
        metadata={"文件编号": "东教复〔2024〕30号"},
        ref=("政协", "区", 3, 2, "89", "提案", None, []),
    )


def test_a_signer_and_a_checker_one_ideographic_space_apart() -> None:
    expect(
        "签发人：张某　核稿人：李某\n关于区人大二届五次会议第121号建议的答复\n钱某代表：\n" + OPEN_S + BODY + SIGN,
        title="关于区人大二届五次会议第121号建议的答复",
        recipients=["钱某代表"],
        signer="张某",
        metadata={"签发人": "张某", "核稿人": "李某"},
        ref=("人大", "区", 2, 5, "121", "建议", None, []),
    )


def test_copy_number_security_and_urgency_as_three_cells() -> None:
    expect(
        "000018　　　机密★1年　　　特急\n清河市人民政府办公室文件\n清政办发〔2024〕40号\n关于做好安全生产检查工作的通知\n"
        "各区人民政府：\n现将有关事项通知如下：\n一、全面排查\n各区要全面排查。\n清河市人民政府办公室\n2024年9月5日\n",
        kind="notice",
        issuer="清河市人民政府办公室",
        number=("清政办发〔2024〕40号", "清政办发", 2024, 40),
        title="关于做好安全生产检查工作的通知",
        recipients=["各区人民政府"],
        security="机密★1年",
        urgency="特急",
    )


def test_a_category_mark_before_the_title_on_its_line() -> None:
    expect(
        "【A类】关于区政协三届二次会议第38号提案的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第38号提案的答复",
        recipients=["冯某委员"],
        category="A",
        ref=("政协", "区", 3, 2, "38", "提案", None, []),
    )


def test_an_urgent_notice_by_its_title_carries_no_urgency_mark() -> None:
    expect(
        "东湖区人民政府办公室关于做好强降雨防范工作的紧急通知\n各街道办事处：\n现将有关事项通知如下：\n"
        "一、加强值守\n各单位要加强值守。\n东湖区人民政府办公室\n2024年7月1日\n",
        kind="notice",
        issuer="东湖区人民政府办公室",
        title="东湖区人民政府办公室关于做好强降雨防范工作的紧急通知",
        recipients=["各街道办事处"],
    )


def test_governments_and_street_offices_split_at_dunhao_then_comma() -> None:
    expect(
        "关于做好秋冬季森林防火工作的通知\n各镇人民政府、街道办事处，区直各部门：\n现将有关事项通知如下：\n"
        "一、压实责任\n各单位要压实责任。\n东湖区人民政府办公室\n2024年10月8日\n",
        kind="notice",
        title="关于做好秋冬季森林防火工作的通知",
        recipients=["各镇人民政府", "街道办事处", "区直各部门"],
    )


def test_an_honoured_member_with_letter_spacing_inside_his_name() -> None:
    expect(
        "关于区政协三届二次会议第39号提案的答复\n尊敬的 王 某 委员：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第39号提案的答复",
        recipients=["王某委员"],
        ref=("政协", "区", 3, 2, "39", "提案", None, []),
    )


def test_a_cppcc_named_with_its_city_before_the_term() -> None:
    doc = expect(
        "关于政协清河市委员会十三届二次会议第12号提案的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于政协清河市委员会十三届二次会议第12号提案的答复",
        recipients=["冯某委员"],
        ref=("政协", "市", 13, 2, "12", "提案", None, []),
    )
    assert ref_text(doc) == "政协清河市委员会十三届二次会议第12号提案"


def test_a_sector_group_addressed_by_its_name() -> None:
    expect(
        "关于区政协三届二次会议第40号提案的答复\n民进界别：\n贵界别提出的提案收悉，现答复如下：\n" + BODY + SIGN,
        title="关于区政协三届二次会议第40号提案的答复",
        recipients=["民进界别"],
        ref=("政协", "区", 3, 2, "40", "提案", None, []),
    )


def test_a_pipe_row_with_disclosure_and_result() -> None:
    expect(
        "| 公开属性 | 主动公开 | 办理结果 | A |\n关于区政协三届二次会议第41号提案的答复\n冯某委员：\n"
        + OPEN
        + BODY
        + SIGN,
        title="关于区政协三届二次会议第41号提案的答复",
        recipients=["冯某委员"],
        metadata={"公开属性": "主动公开", "办理结果": "A"},
        category="A",
        disclosure="主动公开",
        ref=("政协", "区", 3, 2, "41", "提案", None, []),
    )


def test_a_title_opening_with_guanyu_dui_a_meeting_and_a_handling_report() -> None:
    expect(
        "关于对市政协十届三次会议第0250号提案办理情况的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于对市政协十届三次会议第0250号提案办理情况的答复",
        recipients=["冯某委员"],
        ref=("政协", "市", 10, 3, "0250", "提案", None, []),
    )


def test_a_number_with_the_signing_date_beside_it() -> None:
    expect(
        "东湖区教育局\n东教复〔2024〕31号　　　　　　签发日期：2024年6月1日\n关于区政协三届二次会议第92号提案的答复\n"
        "韩某委员：\n" + OPEN + BODY + SIGN,
        issuer="东湖区教育局",
        number=("东教复〔2024〕31号", "东教复", 2024, 31),
        title="关于区政协三届二次会议第92号提案的答复",
        recipients=["韩某委员"],
        metadata={"签发日期": "2024年6月1日"},
        ref=("政协", "区", 3, 2, "92", "提案", None, []),
    )


def test_a_security_mark_in_brackets() -> None:
    expect(
        "【秘密】\n东湖区人民政府办公室\n东政办发〔2024〕41号\n关于做好重要节点安保工作的通知\n各街道办事处：\n"
        "现将有关事项通知如下：\n一、加强巡逻\n各单位要加强巡逻。\n东湖区人民政府办公室\n2024年9月20日\n",
        kind="notice",
        issuer="东湖区人民政府办公室",
        number=("东政办发〔2024〕41号", "东政办发", 2024, 41),
        title="关于做好重要节点安保工作的通知",
        recipients=["各街道办事处"],
        security="秘密",
    )


def test_a_suggestion_answer_with_the_deputys_delegation_and_a_proposer_label() -> None:
    expect(
        "提出人：何某\n关于县十八届人大三次会议第47号建议的答复\n何某代表：\n" + OPEN_S + BODY + SIGN,
        title="关于县十八届人大三次会议第47号建议的答复",
        recipients=["何某代表"],
        metadata={"提出人": "何某"},
        ref=("人大", "县", 18, 3, "47", "建议", None, ["何某"]),
    )


def test_a_number_line_in_half_width_square_brackets_with_di() -> None:
    expect(
        "东湖区民政局\n东民复[2024]第9号\n关于区政协三届二次会议第42号提案的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        issuer="东湖区民政局",
        number=("东民复[2024]第9号", "东民复", 2024, 9),
        title="关于区政协三届二次会议第42号提案的答复",
        recipients=["冯某委员"],
        ref=("政协", "区", 3, 2, "42", "提案", None, []),
    )


# --- batch 3's causes, each tried again on a new example ------------------------------------------


def test_a_file_number_label_whose_value_is_no_doc_number_gives_none() -> None:
    expect(
        "编号：247\n关于县十八届人大三次会议第48号建议的答复\n陈某代表：\n" + OPEN_S + BODY + SIGN,
        title="关于县十八届人大三次会议第48号建议的答复",
        recipients=["陈某代表"],
        metadata={"编号": "247"},
        ref=("人大", "县", 18, 3, "48", "建议", None, []),
    )


def test_a_signer_and_a_drafter_one_space_apart_in_an_upward_documents_head() -> None:
    expect(
        "东湖区发展和改革委员会\n东发改〔2024〕19号\n签发人：王某某　拟稿人：孙某\n关于申请区级财政资金支持的请示\n"
        "区人民政府：\n为推进重点项目建设，现申请资金支持。\n妥否，请批示。\n东湖区发展和改革委员会\n2024年4月1日\n",
        kind="request",
        issuer="东湖区发展和改革委员会",
        number=("东发改〔2024〕19号", "东发改", 2024, 19),
        title="关于申请区级财政资金支持的请示",
        recipients=["区人民政府"],
        signer="王某某",
        metadata={"签发人": "王某某", "拟稿人": "孙某"},
    )


def test_a_bracketed_category_before_a_two_line_title() -> None:
    expect(
        "（C类）东湖区住房和城乡建设局关于区政协三届二次会议\n第43号提案的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        issuer="东湖区住房和城乡建设局",
        title="东湖区住房和城乡建设局关于区政协三届二次会议第43号提案的答复",
        recipients=["冯某委员"],
        category="C",
        ref=("政协", "区", 3, 2, "43", "提案", None, []),
    )


def test_a_bracketed_urgency_mark_and_a_bracketed_secret_with_its_term() -> None:
    expect(
        "〔机密★3年〕\n〔特急〕\n东湖区人民政府办公室\n东政办发〔2024〕42号\n关于做好重大活动保障工作的通知\n各街道办事处：\n"
        "现将有关事项通知如下：\n一、明确分工\n各单位要明确分工。\n东湖区人民政府办公室\n2024年9月21日\n",
        kind="notice",
        issuer="东湖区人民政府办公室",
        number=("东政办发〔2024〕42号", "东政办发", 2024, 42),
        title="关于做好重大活动保障工作的通知",
        recipients=["各街道办事处"],
        security="机密★3年",
        urgency="特急",
    )


# --- batch 4 (written before it was run) ------------------------------------------------------------


def test_a_member_named_with_his_party_in_brackets() -> None:
    expect(
        "关于区政协三届二次会议第44号提案的答复\n王某（民盟）委员：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第44号提案的答复",
        recipients=["王某（民盟）委员"],
        ref=("政协", "区", 3, 2, "44", "提案", None, []),
    )


def test_a_labelled_copy_number_is_metadata_only() -> None:
    expect(
        "份号：000123\n关于区政协三届二次会议第45号提案的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第45号提案的答复",
        recipients=["冯某委员"],
        metadata={"份号": "000123"},
        ref=("政协", "区", 3, 2, "45", "提案", None, []),
    )


def test_a_number_after_the_kind_with_the_county_cppcc_named_in_full() -> None:
    expect(
        "关于县政协第十一届委员会第三次会议提案第31号的答复\n孙某委员：\n" + OPEN + BODY + SIGN,
        title="关于县政协第十一届委员会第三次会议提案第31号的答复",
        recipients=["孙某委员"],
        ref=("政协", "县", 11, 3, "31", "提案", None, []),
    )


def test_a_category_stated_in_a_note_after_the_date() -> None:
    expect(
        "关于区政协三届二次会议第46号提案的答复\n冯某委员：\n" + OPEN + BODY + SIGN + "（此件为B类答复）\n",
        title="关于区政协三届二次会议第46号提案的答复",
        recipients=["冯某委员"],
        category="B",
        ref=("政协", "区", 3, 2, "46", "提案", None, []),
    )


def test_not_disclosed_with_its_reason_in_brackets() -> None:
    expect(
        "公开方式：不予公开（涉及个人隐私）\n关于区政协三届二次会议第47号提案的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第47号提案的答复",
        recipients=["冯某委员"],
        metadata={"公开方式": "不予公开（涉及个人隐私）"},
        disclosure="不予公开",
        ref=("政协", "区", 3, 2, "47", "提案", None, []),
    )


def test_an_organ_before_dui_on_the_first_of_two_title_lines() -> None:
    expect(
        "东湖区教育局对区政协三届二次会议\n第48号提案的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        issuer="东湖区教育局",
        title="东湖区教育局对区政协三届二次会议第48号提案的答复",
        recipients=["冯某委员"],
        ref=("政协", "区", 3, 2, "48", "提案", None, []),
    )


def test_a_report_on_the_handling_of_one_proposal() -> None:
    expect(
        "关于区政协三届二次会议第49号提案办理情况的报告\n区政协提案委员会：\n"
        "现将区政协三届二次会议第49号提案的办理情况报告如下：\n" + BODY + SIGN,
        kind="report",
        title="关于区政协三届二次会议第49号提案办理情况的报告",
        recipients=["区政协提案委员会"],
        ref=("政协", "区", 3, 2, "49", "提案", None, []),
    )


def test_a_reply_letter_numbered_jian_fu() -> None:
    expect(
        "东湖区教育局\n东教建复〔2024〕5号\n关于区人大二届五次会议第122号建议的复函\n钱某代表：\n"
        + OPEN_S
        + BODY
        + SIGN,
        issuer="东湖区教育局",
        number=("东教建复〔2024〕5号", "东教建复", 2024, 5),
        title="关于区人大二届五次会议第122号建议的复函",
        recipients=["钱某代表"],
        ref=("人大", "区", 2, 5, "122", "建议", None, []),
    )


def test_validity_and_generation_date_rows() -> None:
    expect(
        "生成日期：2024-06-03\n有效性：有效\n关于区政协三届二次会议第50号提案的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于区政协三届二次会议第50号提案的答复",
        recipients=["冯某委员"],
        metadata={"生成日期": "2024-06-03", "有效性": "有效"},
        ref=("政协", "区", 3, 2, "50", "提案", None, []),
    )


def test_a_deputy_group_led_by_one_deputy() -> None:
    expect(
        "关于区人大二届五次会议第123号建议的答复\n李某等5名代表：\n" + OPEN_S + BODY + SIGN,
        title="关于区人大二届五次会议第123号建议的答复",
        recipients=["李某等5名代表"],
        ref=("人大", "区", 2, 5, "123", "建议", None, []),
    )


def test_a_national_ministry_answers_a_deputys_suggestion_with_a_class_number() -> None:
    expect(
        "中华人民共和国教育部\n教建议函〔2024〕68号\n对十四届全国人大二次会议第1234号建议的答复\n张某代表：\n"
        "您提出的关于加强乡村教师队伍建设的建议收悉，现答复如下：\n" + BODY + "教育部\n2024年7月10日\n",
        issuer="中华人民共和国教育部",
        number=("教建议函〔2024〕68号", "教建议函", 2024, 68),
        title="对十四届全国人大二次会议第1234号建议的答复",
        recipients=["张某代表"],
        ref=("人大", "全国", 14, 2, "1234", "建议", "关于加强乡村教师队伍建设的建议", []),
    )


def test_a_result_in_words_and_its_letter_under_the_label() -> None:
    expect(
        "办理结果：已解决（A类）\n关于区人大二届五次会议第124号建议的答复\n钱某代表：\n" + OPEN_S + BODY + SIGN,
        title="关于区人大二届五次会议第124号建议的答复",
        recipients=["钱某代表"],
        metadata={"办理结果": "已解决（A类）"},
        category="A",
        ref=("人大", "区", 2, 5, "124", "建议", None, []),
    )


# --- batch 4's cause, tried again on a new example --------------------------------------------------


def test_a_note_saying_the_reply_belongs_to_class_a() -> None:
    expect(
        "关于区人大二届五次会议第125号建议的答复\n钱某代表：\n" + OPEN_S + BODY + SIGN + "（本件属A类）\n",
        title="关于区人大二届五次会议第125号建议的答复",
        recipients=["钱某代表"],
        category="A",
        ref=("人大", "区", 2, 5, "125", "建议", None, []),
    )


# --- batch 5 (written before it was run) ------------------------------------------------------------


def test_a_quoted_title_with_a_hyphenated_number_in_brackets() -> None:
    expect(
        "关于《关于加强夜间经济管理的提案》（第2024-015号）的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于《关于加强夜间经济管理的提案》（第2024-015号）的答复",
        recipients=["冯某委员"],
        ref=(None, None, None, None, "2024-015", "提案", "关于加强夜间经济管理的提案", []),
    )


def test_two_offices_joined_by_dunhao() -> None:
    expect(
        "关于区政协三届二次会议第52号提案办理情况的报告\n区政府办公室、区政协办公室：\n"
        "现将第52号提案的办理情况报告如下：\n" + BODY + SIGN,
        kind="report",
        title="关于区政协三届二次会议第52号提案办理情况的报告",
        recipients=["区政府办公室", "区政协办公室"],
        ref=("政协", "区", 3, 2, "52", "提案", None, []),
    )


def test_a_two_character_surname_signer_before_a_contact_label() -> None:
    expect(
        "签发人：欧阳某某联系人：林某\n关于区人大二届五次会议第126号建议的答复\n钱某代表：\n" + OPEN_S + BODY + SIGN,
        title="关于区人大二届五次会议第126号建议的答复",
        recipients=["钱某代表"],
        signer="欧阳某某",
        metadata={"签发人": "欧阳某某", "联系人": "林某"},
        ref=("人大", "区", 2, 5, "126", "建议", None, []),
    )


def test_a_handling_clerks_cell_glued_onto_the_signers_name_is_a_pair_of_its_own() -> None:
    expect(
        "签发人：诸葛某经办人：韩某某\n关于市政协十三届三次会议第88号提案的答复\n孙某委员：\n" + OPEN + BODY + SIGN,
        title="关于市政协十三届三次会议第88号提案的答复",
        recipients=["孙某委员"],
        signer="诸葛某",
        metadata={"签发人": "诸葛某", "经办人": "韩某某"},
        ref=("政协", "市", 13, 3, "88", "提案", None, []),
    )


def test_a_phone_cell_glued_onto_a_security_marks_value_is_a_pair_of_its_own() -> None:
    expect(
        "密级：秘密联系电话：0571-87005678\n关于市政协十三届三次会议第89号提案的答复\n孙某委员：\n"
        + OPEN
        + BODY
        + SIGN,
        title="关于市政协十三届三次会议第89号提案的答复",
        recipients=["孙某委员"],
        security="秘密",
        metadata={"密级": "秘密", "联系电话": "0571-87005678"},
        ref=("政协", "市", 13, 3, "89", "提案", None, []),
    )


def test_security_and_urgency_labels_as_two_cells_of_one_line() -> None:
    expect(
        "密级：秘密★1年　　　　紧急程度：特急\n东湖区人民政府办公室\n东政办发〔2024〕43号\n关于做好重要物资储备工作的通知\n"
        "各街道办事处：\n现将有关事项通知如下：\n一、摸清底数\n各单位要摸清底数。\n东湖区人民政府办公室\n2024年9月22日\n",
        kind="notice",
        issuer="东湖区人民政府办公室",
        number=("东政办发〔2024〕43号", "东政办发", 2024, 43),
        title="关于做好重要物资储备工作的通知",
        recipients=["各街道办事处"],
        security="秘密★1年",
        urgency="特急",
        metadata={"密级": "秘密★1年", "紧急程度": "特急"},
    )


def test_a_district_cppcc_named_before_its_term_with_committee() -> None:
    expect(
        "关于区政协第三届委员会第二次会议第51号提案的答复\n冯某委员：\n" + OPEN + BODY + SIGN,
        title="关于区政协第三届委员会第二次会议第51号提案的答复",
        recipients=["冯某委员"],
        ref=("政协", "区", 3, 2, "51", "提案", None, []),
    )


# --- batch 5's cause, tried again on a new example --------------------------------------------------


def test_two_pairs_whose_wide_gap_was_removed_between_two_han_characters_stay_two() -> None:
    expect(
        "会签：区财政局　　　　　紧急程度：加急\n关于区人大二届五次会议第127号建议的答复\n钱某代表：\n"
        + OPEN_S
        + BODY
        + SIGN,
        title="关于区人大二届五次会议第127号建议的答复",
        recipients=["钱某代表"],
        urgency="加急",
        metadata={"会签": "区财政局", "紧急程度": "加急"},
        ref=("人大", "区", 2, 5, "127", "建议", None, []),
    )
