"""Causes found by hand in wild documents of sample 5 (second half), each shown on a new short
example written for it: the CPPCC named by its full name in a proposal's reference, and a
contents list whose entries carry leader dots and page numbers but whose first entry never
comes back as a line of the text."""

from __future__ import annotations

import govdoc


def test_the_cppcc_full_name_in_the_reference_is_the_body_zhengxie() -> None:
    doc = govdoc.parse_text(
        "青石县林业局关于对中国人民政治协商会议青石县第九届委员会第二次会议第17号提案的答复\n"
        "李明委员：\n"
        "您提出的《关于加强林区防火的提案》收悉，现答复如下：\n"
        "我局已在林区增设瞭望塔三座，并组建了专业扑火队伍，防火能力明显提高。\n"
        "感谢您对林业工作的关心和支持。\n"
        "青石县林业局\n"
        "2024年5月8日\n"
    )
    ref = doc.header.responds_to
    assert ref is not None
    assert (ref.body, ref.level, ref.term, ref.session, ref.number) == ("政协", "县", 9, 2, "17")


def test_the_peoples_congress_full_name_stays_renda() -> None:
    doc = govdoc.parse_text(
        "关于白沙市第十二届人民代表大会第三次会议第40号建议的答复\n"
        "赵强代表：\n"
        "您提出的《关于增开夜间公交的建议》收悉，现答复如下：\n"
        "我局已在三条主干线试开夜班车，客流稳定后将逐步推广到其他线路。\n"
        "白沙市交通运输局\n"
        "2024年5月8日\n"
    )
    ref = doc.header.responds_to
    assert ref is not None
    assert (ref.body, ref.number) == ("人大", "40")


_COMPILATION = (
    "白沙市司法局关于印发《白沙市行政规范性文件汇编》的通知\n"
    "各区司法局，局机关各处室：\n"
    "现将《白沙市行政规范性文件汇编》印发给你们，请结合工作参照使用。\n"
    "白沙市司法局\n"
    "2024年3月6日\n"
    "白沙市行政规范性文件汇编\n"
    "目录\n"
    "【市政府文件】\n"
    "1.白沙市城市绿化管理办法……………(1)\n"
    "2.白沙市停车场建设管理规定………(6)\n"
    "【市政府办公室文件】\n"
    "3.白沙市政府办公室关于公布第二批市级非物质文化\n"
    "遗产代表性项目名录的通知……………………(12)\n"
    "白沙市城市绿化管理办法\n"
    "第一条 为了加强城市绿化管理，改善生态环境，制定本办法。\n"
    "第二条 本办法适用于本市城市规划区内的绿化规划、建设和管理。\n"
)


def test_led_contents_entries_whose_first_entry_never_returns_open_no_section() -> None:
    doc = govdoc.parse_text(_COMPILATION)
    assert [s.marker for s in doc.sections] == ["第一条", "第二条"]
    assert not any(w.code == "numbering-gap" for w in doc.warnings)
    assert "1.白沙市城市绿化管理办法……………(1)" in [p.text for p in doc.preamble]  # kept as a line


def test_a_contents_line_over_numbered_lines_without_leaders_leaves_them_sections() -> None:
    doc = govdoc.parse_text(
        "白沙市林业发展规划\n"
        "目录\n"
        "一、发展基础\n"
        "过去五年全市森林覆盖率提高了三个百分点，林业产值稳步增长，基础较为扎实。\n"
        "二、发展目标\n"
        "到2030年全市森林覆盖率达到百分之四十五，林业产值再翻一番。\n"
    )
    assert [s.title for s in doc.sections] == ["发展基础", "发展目标"]


def test_the_tables_department_responsible_for_disclosure_names_the_issuer() -> None:
    doc = govdoc.parse_text(
        "索引号：00123-0045-2024-0007\n"
        "公开责任部门：白沙市水利局\n"
        "成文日期：2024年03月02日\n"
        "全市春季水利设施安全检查情况通报\n"
        "今年三月，全市共检查水库四十二座、堤防一百二十公里，发现隐患十二处，均已整改完毕。\n"
        "一、检查情况\n"
        "各区按要求完成自查，市局组织抽查，抽查比例达到三成以上。\n"
    )
    assert doc.header.issuer == "白沙市水利局"


def _reply_under(byline: str) -> govdoc.Document:
    return govdoc.parse_text(
        "关于区政协三届二次会议第58号提案的答复\n"
        f"{byline}\n"
        "孙立委员：\n"
        "您提出的关于增设非机动车停放点的提案收悉，现答复如下：\n"
        "我局已在主要路口增设停放点二十处，并安排专人管理，秩序明显好转。\n"
        "感谢您对交通工作的关心和支持。\n"
    )


def test_a_publishing_line_naming_its_publisher_is_chrome() -> None:
    doc = _reply_under("发布日期：2024-05-06发布者：区交通局")
    assert dict(doc.header.metadata) == {}
    assert "发布者" not in doc.text
    assert doc.header.recipients == ("孙立委员",)


def test_a_byline_opening_with_its_author_is_chrome() -> None:
    doc = _reply_under("作者：区交通局 来源：区交通局 发布时间：2024-05-06 09:30")
    assert dict(doc.header.metadata) == {}
    assert "作者" not in doc.text


def test_a_view_counter_with_a_colon_is_chrome() -> None:
    doc = govdoc.parse_text(
        "浏览：356次 时间：2024年5月6日\n"
        "关于区政协三届二次会议第58号提案的答复\n"
        "孙立委员：\n"
        "您提出的关于增设非机动车停放点的提案收悉，现答复如下：\n"
        "我局已在主要路口增设停放点二十处，并安排专人管理，秩序明显好转。\n"
    )
    assert dict(doc.header.metadata) == {}
    assert "浏览" not in doc.text


def test_a_publishing_line_with_its_editor_and_reviewer_is_chrome() -> None:
    doc = _reply_under("发布日期：2024-05-06 09:30 发布机构：区交通局 编辑：区交通局 审核：管理员 字号：[ ]")
    assert dict(doc.header.metadata) == {}
    assert "编辑" not in doc.text
    assert doc.header.issuer is None


def test_a_dated_sentence_naming_a_source_is_no_byline() -> None:
    doc = govdoc.parse_text(
        "关于区政协三届二次会议第58号提案的答复\n"
        "孙立委员：\n"
        "您提出的关于增设非机动车停放点的提案收悉，现答复如下：\n"
        "2024年5月6日起，停放点建设资金来源：区级财政专项，共计二百万元。\n"
    )
    assert "资金来源" in doc.text


def test_effective_and_repeal_times_and_the_subject_are_table_labels() -> None:
    doc = govdoc.parse_text(
        "发文日期： 2024-02-01 生效时间： 2024-02-01\n"
        "废止时间： 2029-02-01 所属主题： 城乡建设\n"
        "文 号： 所属主题： 城乡建设\n"
        "白沙县人民政府关于印发《白沙县城区停车管理办法》的通知\n"
        "各乡镇人民政府，县政府各部门：\n"
        "现将《白沙县城区停车管理办法》印发给你们，请认真贯彻执行。\n"
    )
    assert dict(doc.header.metadata) == {
        "发文日期": "2024-02-01",
        "生效时间": "2024-02-01",
        "废止时间": "2029-02-01",
        "所属主题": "城乡建设",
    }


def test_a_page_counter_label_is_no_table_value() -> None:
    doc = govdoc.parse_text(
        "| 索引号 | 00321-7-/2023-0411005 | 发布机构 | 白沙县农业农村局 |\n"
        "| 文号 | 浏览量 |\n"
        "王平委员：\n"
        "您提出的关于发展林下种植的提案收悉，现答复如下：\n"
        "我局已将林下种植纳入全县特色产业扶持范围，今年安排专项资金五十万元。\n"
    )
    assert dict(doc.header.metadata) == {"索引号": "00321-7-/2023-0411005", "发布机构": "白沙县农业农村局"}
