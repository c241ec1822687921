"""The header found by the genre's evidence: chrome before the title, wrapped and 转发 titles,
the organ opening a title, a 令 promulgating a regulation, and 主送 lines that are body."""

from __future__ import annotations

import govdoc


def test_portal_lines_before_the_title_are_chrome() -> None:
    doc = govdoc.parse_text(
        "2025年3月4日 星期二\n"
        "欢迎访问本站 无障碍 长者模式\n"
        "政府信息公开\n"
        "首页 > 信息公开 > 通知公告\n"
        "和平县水利局关于开展河道清淤工作的通知\n"
        "各乡镇人民政府：\n"
        "为保障汛期行洪安全，现就开展河道清淤工作通知如下。\n"
        "和平县水利局\n"
        "2025年3月3日\n"
    )
    assert doc.header.title == "和平县水利局关于开展河道清淤工作的通知"
    assert doc.header.issuer == "和平县水利局"
    assert doc.header.recipients == ("各乡镇人民政府",)
    assert "星期二" not in doc.text and "政府信息公开" not in doc.text and "欢迎访问" not in doc.text
    assert doc.text.startswith("和平县水利局关于")


def test_header_elements_above_the_title_stay() -> None:
    doc = govdoc.parse_text(
        "000128\n"
        "机密★1年\n"
        "特急\n"
        "东岭市财政局文件\n"
        "东财发〔2024〕7号\n"
        "签发人：赵平\n"
        "关于下达农田水利补助资金的通知\n"
        "各县财政局：\n"
        "现将补助资金下达给你们，请按规定使用。\n"
        "东岭市财政局\n"
        "2024年5月6日\n"
    )
    assert doc.header.issuer == "东岭市财政局"
    assert doc.header.security == "机密★1年"
    assert doc.header.urgency == "特急"
    assert doc.header.signer == "赵平"
    assert doc.text.startswith("000128\n机密★1年\n特急\n东岭市财政局文件")


def test_a_title_wrapped_inside_its_subject_gives_the_organ_before_guanyu() -> None:
    doc = govdoc.parse_text(
        "青川省人民政府关于同意白石县\n"
        "撤销东坪乡设立东坪镇的批复\n"
        "青政函〔2019〕21号\n"
        "白石县人民政府：\n"
        "你县《关于撤乡设镇的请示》收悉。经研究，同意撤销东坪乡，设立东坪镇。\n"
        "青川省人民政府\n"
        "2019年4月2日\n"
    )
    assert doc.header.title == "青川省人民政府关于同意白石县撤销东坪乡设立东坪镇的批复"
    assert doc.header.issuer == "青川省人民政府"
    assert doc.kind == "approval"


def test_joint_organs_open_a_title_as_one_issuer() -> None:
    doc = govdoc.parse_text(
        "江北市人民政府、江北军分区关于做好\n"
        "2023年度征兵工作的通知\n"
        "各区人民政府：\n"
        "现就做好今年征兵工作通知如下。\n"
        "江北市人民政府\n"
        "2023年2月1日\n"
    )
    assert doc.header.issuer == "江北市人民政府、江北军分区"


def test_a_forwarding_title_names_its_issuer_before_the_verb() -> None:
    doc = govdoc.parse_text(
        "南川省人民政府办公厅转发省教育厅\n"
        "关于加强乡村学校建设意见的通知\n"
        "南府办发〔2022〕30号\n"
        "各市、县人民政府：\n"
        "省教育厅《关于加强乡村学校建设的意见》已经省政府同意，现转发给你们，请认真贯彻执行。\n"
        "南川省人民政府办公厅\n"
        "2022年6月1日\n"
    )
    assert doc.header.issuer == "南川省人民政府办公厅"
    assert doc.header.title == "南川省人民政府办公厅转发省教育厅关于加强乡村学校建设意见的通知"
    assert doc.kind == "notice"


def test_an_order_promulgating_a_regulation_is_the_regulation() -> None:
    doc = govdoc.parse_text(
        "江南省人民政府令\n"
        "第12号\n"
        "《江南省河道采砂管理办法》已经2021年5月10日省人民政府第8次常务会议通过，现予公布，自2021年7月1日起施行。\n"
        "省长　王明\n"
        "2021年5月20日\n"
        "江南省河道采砂管理办法\n"
        "第一条　为了加强河道采砂管理，制定本办法。\n"
        "第二条　本办法自2021年7月1日起施行。\n"
    )
    assert doc.header.title == "江南省河道采砂管理办法"
    assert doc.kind == "measures"
    assert doc.header.doc_number is None
    assert [s.marker for s in doc.sections] == ["第一条", "第二条"]


def test_an_order_without_a_promulgated_text_keeps_its_own_title() -> None:
    doc = govdoc.parse_text("江南省人民政府令\n第13号\n现决定废止下列规章。\n省长　王明\n2021年6月1日\n")
    assert doc.header.title == "江南省人民政府令"
    assert doc.kind == "order"


def test_a_clause_announcing_the_notice_is_body_not_recipients() -> None:
    doc = govdoc.parse_text(
        "关于做好2024年防汛工作的通知\n"
        "为切实做好防汛工作，现将有关事项通知各部门：\n"
        "一、压实责任\n"
        "各部门要落实防汛责任制。\n"
    )
    assert doc.header.title == "关于做好2024年防汛工作的通知"
    assert doc.header.recipients == ()
    assert doc.preamble and doc.preamble[0].text.startswith("为切实做好防汛工作")


def test_a_site_name_is_never_the_issuer_nor_part_of_the_title() -> None:
    doc = govdoc.parse_text(
        "石桥县人民政府门户网站\n"
        "关于公布第二批县级非遗项目名录的通知\n"
        "各乡镇人民政府，县直各单位：\n"
        "现将第二批县级非遗项目名录予以公布。\n"
        "石桥县文化广电旅游体育局\n"
        "2023年9月1日\n"
    )
    assert doc.header.title == "关于公布第二批县级非遗项目名录的通知"
    assert doc.header.issuer is None


def test_a_short_line_above_a_title_without_an_opener_is_not_its_first_line() -> None:
    doc = govdoc.parse_text("工作动态\n东坡区2024年秋冬季森林防火工作方案\n一、工作目标\n全年不发生重大森林火灾。\n")
    assert doc.header.title == "东坡区2024年秋冬季森林防火工作方案"
    assert doc.kind == "plan"


def test_a_counter_line_is_chrome_and_a_greeting_without_colon_is_the_addressee() -> None:
    doc = govdoc.parse_text(
        "关于五届人大二次会议第17号建议的答复\n"
        "访问量：\n"
        "尊敬的李红梅代表\n"
        "您提出的《关于改善农村道路的建议》已收悉，现答复如下：\n"
        "一、关于道路改造\n"
        "今年已完成改造12公里。\n"
    )
    assert doc.header.recipients == ("李红梅代表",)
    assert "访问量" not in doc.text


def test_each_header_field_is_a_named_rule_that_can_be_disabled() -> None:
    from govdoc.pipeline import default_pipeline

    pipeline = default_pipeline()
    for name in ("metadata", "title", "doc_number", "issuer", "recipients", "header_marks", "kind", "disclosure"):
        assert name in pipeline.names()
    pipeline.disable("issuer")
    text = "东岭市财政局文件\n东财发〔2024〕7号\n关于下达补助资金的通知\n各县财政局：\n现将资金下达。\n"
    assert govdoc.parse_text(text).header.issuer == "东岭市财政局"
    assert govdoc.parse_text(text, pipeline=pipeline).header.issuer is None


def test_issuer_sources_are_tried_in_the_contracts_order() -> None:
    from govdoc.rules.head.issuer import ISSUER_SOURCES

    # the letterhead (its own line, or a cell beside the 文号) first; the information table's two
    # forms last: labelled, then one whose labels the page lost
    assert [name for name, _ in ISSUER_SOURCES] == [
        "issuer_mark",
        "letterhead_cell",
        "title",
        "information_table",
        "keyless_table",
    ]


def test_a_guanyu_title_of_no_listed_type_is_a_title_of_kind_other() -> None:
    doc = govdoc.parse_text(
        "当前位置：首页 > 公示公告\n"
        "关于青石镇新建村级卫生室的公示\n"
        "根据有关规定，现将新建村级卫生室情况公示如下，公示期为五天。\n"
        "青石镇人民政府\n"
        "2024年6月3日\n"
    )
    assert doc.header.title == "关于青石镇新建村级卫生室的公示"
    assert doc.kind == "other"


def test_the_information_tables_name_is_the_title_only_where_the_body_has_none() -> None:
    doc = govdoc.parse_text("索引号：11A/2024-09\n名称：白沙镇防汛应急预案\n一、总则\n为做好防汛工作，制定本预案。\n")
    assert doc.header.title == "白沙镇防汛应急预案"


def test_a_breadcrumb_ending_in_the_headline_is_chrome_not_the_title() -> None:
    doc = govdoc.parse_text(
        "资料库 > 地方文件 > 南湖市人民政府关于加强农村供水保障的意见\n"
        "南湖市人民政府关于加强农村供水保障的意见\n"
        "各县（市、区）人民政府：\n"
        "为加强农村供水保障，现提出如下意见。\n"
    )
    assert doc.header.title == "南湖市人民政府关于加强农村供水保障的意见"
    assert doc.header.issuer == "南湖市人民政府"
    assert "资料库" not in doc.text


def test_a_headline_above_the_documents_own_title_loses_to_it_by_place() -> None:
    doc = govdoc.parse_text(
        "县政府办公室发布秋季森林防火工作方案\n"
        "东岭县2024年秋季森林防火工作方案\n"
        "一、工作目标\n"
        "全年不发生重大森林火灾，确保人民群众生命财产安全。\n"
    )
    assert doc.header.title == "东岭县2024年秋季森林防火工作方案"
    assert "县政府办公室发布" not in doc.text


def test_a_sentence_ending_in_a_type_word_does_not_outscore_the_title() -> None:
    doc = govdoc.parse_text(
        "北岭县教育局关于县政协五届二次会议第9号提案的答复\n"
        "王委员\n"
        "3月5日我局与委员进行了面商，就办理措施达成初步意见。\n"
        "一、办理情况\n"
        "已为全县中小学补充图书两万册，配齐了阅览室设备。\n"
    )
    assert doc.header.title == "北岭县教育局关于县政协五届二次会议第9号提案的答复"


def test_a_reply_printed_under_the_proposal_is_found_by_its_addressee_under_a_title() -> None:
    doc = govdoc.parse_text(
        "案由\n"
        "关于修缮南沟水渠的建议\n"
        "南沟水渠年久失修，渗漏严重，影响两百余亩农田灌溉，建议安排专项资金予以修缮。\n"
        "回复\n"
        "对县人大十九届二次会议\n"
        "第31号建议的复函\n"
        "杨代表：\n"
        "您提出的《关于修缮南沟水渠的建议》收悉，现答复如下：\n"
        "已安排资金修缮水渠。\n"
    )
    assert doc.header.title == "对县人大十九届二次会议第31号建议的复函"
    assert doc.header.recipients == ("杨代表",)
    assert doc.kind == "reply"
    assert "南沟水渠年久失修" in doc.text  # the page's proposal text is kept, outside the body
    assert all("年久失修" not in p.text for p in doc.preamble)


def test_a_doc_number_glued_to_the_title_is_no_part_of_it() -> None:
    doc = govdoc.parse_text(
        "东文旅函〔2022〕15号东林市文化旅游局关于市人大一次会议第36号建议的答复\n"
        "周代表：\n"
        "您提出的《关于建设城市书房的建议》收悉，现答复如下：\n"
        "今年已建成城市书房三处。\n"
    )
    assert doc.header.title == "东林市文化旅游局关于市人大一次会议第36号建议的答复"
    assert doc.header.issuer == "东林市文化旅游局"
    assert doc.header.doc_number is not None and doc.header.doc_number.text == "东文旅函〔2022〕15号"
    assert doc.header.title_span is not None
    assert doc.text[doc.header.title_span.start : doc.header.title_span.end] == doc.header.title


def test_a_doc_number_in_brackets_after_the_title_is_no_part_of_it() -> None:
    doc = govdoc.parse_text(
        "南江县人民政府办公室关于印发河道管理办法的通知（南府办发〔2021〕9号）\n"
        "各乡镇人民政府：\n"
        "现将《河道管理办法》印发给你们，请认真执行。\n"
    )
    assert doc.header.title == "南江县人民政府办公室关于印发河道管理办法的通知"
    assert doc.header.issuer == "南江县人民政府办公室"


def test_recipient_line_without_its_colon_under_the_title() -> None:
    """A page that dropped the 主送 colon: bare addressee names right under the title."""
    doc = govdoc.parse_text(
        "对市五届人大三次会议第18号建议的答复\n"
        "周明代表\n"
        "您提出的关于增设公交站点的建议收悉，现答复如下。\n"
        "我局已会同公交公司完成站点选址。\n"
    )
    assert doc.header.recipients == ("周明代表",)


def test_colonless_recipient_list_after_the_information_table() -> None:
    """Organs separated by commas, no colon, below a 键：值 table that follows the title."""
    doc = govdoc.parse_text(
        "青山县人民政府关于表彰防汛抢险先进集体的决定\n"
        "索引号 : 00123/2024-001 文 号 : 青政发〔2024〕3号\n"
        "发布日期: 2024年07月02日\n"
        "各乡人民政府,县直各部门,青山工业园管委会\n"
        "今年汛期，我县遭遇强降雨，各单位全力抢险，成效显著。\n"
        "青山县人民政府\n"
        "2024年7月1日\n"
    )
    assert doc.header.recipients == ("各乡人民政府", "县直各部门", "青山工业园管委会")


def test_a_bare_organ_line_with_a_sentence_is_not_recipients() -> None:
    doc = govdoc.parse_text(
        "关于做好秋季防火工作的通知\n今年秋季气候干燥，县林业局、县应急管理局要加强巡查。\n县人民政府\n2024年9月1日\n"
    )
    assert doc.header.recipients == ()


def test_doc_number_in_brackets_after_the_title() -> None:
    doc = govdoc.parse_text(
        "关于对区九届人大二次会议第6号建议的答复（宁教发〔2022〕8 号）\n"
        "王芳代表：\n"
        "你提出的关于扩建幼儿园的建议收悉，现答复如下。\n"
    )
    assert doc.header.title == "关于对区九届人大二次会议第6号建议的答复"
    number = doc.header.doc_number
    assert number is not None
    assert (number.agency_code, number.year, number.serial) == ("宁教发", 2022, 8)


def test_a_bracketed_remark_after_the_title_is_no_doc_number() -> None:
    doc = govdoc.parse_text("关于调整公交线路的答复（第二次）\n王芳代表：\n你的建议收悉。\n")
    assert doc.header.doc_number is None


def test_a_heading_ending_like_an_addressee_is_not_recipients() -> None:
    doc = govdoc.parse_text("某县春耕生产工作方案\n第一部分 加强组织领导\n各乡镇要成立春耕工作专班。\n")
    assert doc.header.recipients == ()
    assert [s.title for s in doc.iter_sections()] == ["加强组织领导"]
