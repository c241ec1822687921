"""Header causes found by hand in wild documents: a 主送 whose colon the page lost, an organ
opening a title without 关于, a 文号 in brackets after the headline or under an `X文号` label,
and a `?` left where an encoding lost a label's value."""

from __future__ import annotations

import govdoc


def test_a_deputy_alone_over_the_reply_opening_is_the_recipient() -> None:
    doc = govdoc.parse_text(
        "青石县交通运输局\n"
        "关于县人大二次会议第31号建议的答复\n"
        "周明代表\n"
        "您提出的关于改善乡村公路养护的建议收悉。现答复如下：\n"
        "一、加大养护投入。我局已将乡村公路养护经费纳入年度预算，并逐年提高标准，效果较好。\n"
        "青石县交通运输局\n"
        "2024年6月3日\n"
    )
    assert doc.header.recipients == ("周明代表",)


def test_a_deputy_line_not_followed_by_a_reply_opening_is_not_a_recipient() -> None:
    doc = govdoc.parse_text(
        "关于县人大二次会议第31号建议的答复\n"
        "周明代表\n"
        "近年来全县公路里程不断增加，养护任务日益繁重，我局高度重视并作了大量工作。\n"
        "青石县交通运输局\n"
        "2024年6月3日\n"
    )
    assert doc.header.recipients == ()


def test_an_organ_opening_a_title_without_guanyu_is_the_issuer() -> None:
    doc = govdoc.parse_text(
        "白沙县人民政府拟征收集体土地预公告\n"
        "因公共利益需要，我县拟征收下列集体土地，现将有关事项公告如下，请有关权利人知悉并配合。\n"
        "白沙县人民政府\n"
        "2023年4月2日\n"
    )
    assert doc.header.issuer == "白沙县人民政府"


def test_a_place_name_opening_a_title_is_no_issuer() -> None:
    doc = govdoc.parse_text(
        "全县森林防火专项整治工作方案\n"
        "为切实做好森林防火工作，全面排查整治各类火灾隐患，结合我县实际，制定本方案，请认真执行。\n"
        "白沙县应急管理局\n"
        "2023年4月2日\n"
    )
    assert doc.header.issuer is None


def test_a_doc_number_in_brackets_after_the_headline_is_read() -> None:
    doc = govdoc.parse_text(
        "白沙县人民政府拟征收集体土地预公告（白征预公告〔2022〕4号）\n"
        "因公共利益需要，我县拟征收下列集体土地，现将有关事项公告如下，请有关权利人知悉并配合。\n"
        "白沙县人民政府\n"
        "2023年4月2日\n"
    )
    assert doc.header.doc_number is not None
    assert doc.header.doc_number.text == "白征预公告〔2022〕4号"
    assert (doc.header.doc_number.year, doc.header.doc_number.serial) == (2022, 4)


def test_a_published_doc_number_label_is_the_doc_number() -> None:
    doc = govdoc.parse_text(
        "发布机构：白沙县农业农村局\n"
        "发布文号：白农发〔2023〕12号\n"
        "关于做好春耕备耕工作的通知\n"
        "各乡镇人民政府：\n"
        "为切实做好今年春耕备耕工作，确保粮食生产稳定，现将有关事项通知如下，请认真贯彻落实。\n"
        "白沙县农业农村局\n"
        "2023年3月2日\n"
    )
    assert doc.header.doc_number is not None
    assert doc.header.doc_number.text == "白农发〔2023〕12号"


def test_a_lost_character_after_a_recipient_colon_leaves_the_recipients() -> None:
    doc = govdoc.parse_text(
        "关于做好春耕备耕工作的通知\n"
        "各乡镇人民政府，县直有关单位：？\n"
        "为切实做好今年春耕备耕工作，确保粮食生产稳定，现将有关事项通知如下，请认真贯彻落实。\n"
        "白沙县农业农村局\n"
        "2023年3月2日\n"
    )
    assert doc.header.recipients == ("各乡镇人民政府", "县直有关单位")


def test_a_lost_character_as_a_label_value_is_empty_and_takes_no_next_line() -> None:
    doc = govdoc.parse_text(
        "索引号：11520-2023-0045\n"
        "文号：\ufffd\n"
        "主送单位: ?\n"
        "发文机关：白沙县农业农村局\n"
        "关于做好春耕备耕工作的通知\n"
        "各乡镇人民政府：\n"
        "为切实做好今年春耕备耕工作，确保粮食生产稳定，现将有关事项通知如下，请认真贯彻落实。\n"
        "白沙县农业农村局\n"
        "2023年3月2日\n"
    )
    assert doc.header.metadata == {"索引号": "11520-2023-0045", "发文机关": "白沙县农业农村局"}
    assert doc.header.doc_number is None
    assert doc.header.title == "关于做好春耕备耕工作的通知"


def test_a_reply_written_as_an_answer_opinion_paper_is_a_reply() -> None:
    doc = govdoc.parse_text(
        "白沙县住房和城乡建设局\n"
        "对县政协十届三次会议第58号提案的答复意见书\n"
        "王芳委员：\n"
        "您提出的关于加快老旧小区改造的提案收悉。现答复如下：\n"
        "一、加快改造进度。我局已将老旧小区改造纳入年度计划，今年计划完成十个小区的改造任务。\n"
        "白沙县住房和城乡建设局\n"
        "2023年7月2日\n"
    )
    assert doc.kind == "reply"
    assert doc.header.title == "白沙县住房和城乡建设局对县政协十届三次会议第58号提案的答复意见书"


def test_a_title_ending_in_answer_document_is_a_reply() -> None:
    doc = govdoc.parse_text(
        "关于县人大二次会议第7号建议的答复文书\n"
        "赵强代表：\n"
        "您提出的关于增设公交线路的建议收悉。现答复如下：\n"
        "一、优化线路。我局已会同公交公司开展调研，拟于年内新开通两条城乡公交线路，方便群众出行。\n"
        "白沙县交通运输局\n"
        "2023年7月2日\n"
    )
    assert doc.kind == "reply"
    assert doc.header.title == "关于县人大二次会议第7号建议的答复文书"


def test_netizens_are_addressees_of_a_recipient_line() -> None:
    doc = govdoc.parse_text(
        "各位网友：\n"
        "为提升城市治理水平，现面向社会公开征集意见建议，欢迎广大网友积极参与，提出宝贵意见和建议。\n"
        "青石市城市管理局\n"
        "2023年6月1日\n"
    )
    assert doc.header.recipients == ("各位网友",)


def test_enterprises_and_colleges_close_a_recipient_line() -> None:
    doc = govdoc.parse_text(
        "各区县人民政府，各大企业，各高等院校：\n"
        "为贯彻落实节能工作要求，现就开展节能宣传周活动有关事项通知如下，请认真组织实施，确保取得实效。\n"
        "青石市发展和改革委员会\n"
        "2023年6月1日\n"
    )
    assert doc.header.recipients == ("各区县人民政府", "各大企业", "各高等院校")
