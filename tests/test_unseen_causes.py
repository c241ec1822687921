"""Header and trailer causes found by reading wild documents outside every hand-checked sample.

Each example below is written for the cause, not copied from a document: an information-table
row whose separating spaces a layout pass would remove, a label justified to a wider cell, a
label left empty at a row's end, and a portal column (规范性文件) standing where a
发文机关标志 would.
"""

from __future__ import annotations

import govdoc


def test_a_table_row_keeps_the_space_between_a_label_and_a_han_value() -> None:
    doc = govdoc.parse_text(
        "返回首页\n"
        "标    题 青石县农业农村局关于做好春耕备耕工作的通知\n"
        "索引号 11223/2024-0007\n"
        "发文机关 农业农村局\n"
        "发文字号 青农发〔2024〕8号\n"
        "青石县农业农村局关于做好春耕备耕工作的通知\n"
        "各乡镇人民政府：\n"
        "为做好今年春耕备耕工作，确保粮食稳产增产，现将有关事项通知如下，请认真落实。\n"
        "青石县农业农村局\n"
        "2024年3月1日\n"
    )
    assert doc.header.metadata == {
        "标题": "青石县农业农村局关于做好春耕备耕工作的通知",
        "索引号": "11223/2024-0007",
        "发文机关": "农业农村局",
        "发文字号": "青农发〔2024〕8号",
    }
    assert doc.header.doc_number is not None and doc.header.doc_number.text == "青农发〔2024〕8号"


def test_labels_between_spaces_split_a_row_of_han_cells() -> None:
    doc = govdoc.parse_text(
        "索 引 号 0042/2022-11 发布机构 白沙镇人民政府 公开日 2022-05-06\n"
        "文  号 白镇发〔2022〕3号 主题分类 城乡建设 失效日期\n"
        "关于开展人居环境整治的通知\n"
        "各村民委员会：\n"
        "为进一步改善农村人居环境，镇政府决定在全镇开展集中整治行动，现将有关事项通知如下。\n"
        "白沙镇人民政府\n"
        "2022年5月6日\n"
    )
    assert doc.header.metadata == {
        "索引号": "0042/2022-11",
        "发布机构": "白沙镇人民政府",
        "公开日": "2022-05-06",
        "文号": "白镇发〔2022〕3号",
        "主题分类": "城乡建设",
    }


def test_a_two_character_label_justified_to_four_is_a_label() -> None:
    doc = govdoc.parse_text(
        "标    题 关于调整公交线路的公告\n"
        "发文机关 青石县交通运输局\n"
        "关于调整公交线路的公告\n"
        "因道路施工，自2024年7月1日起，3路公交车临时改道运行，请广大乘客相互转告，合理安排出行。\n"
        "青石县交通运输局\n"
        "2024年6月25日\n"
    )
    assert doc.header.metadata.get("标题") == "关于调整公交线路的公告"


def test_a_portal_column_over_the_title_is_no_issuer_mark() -> None:
    doc = govdoc.parse_text(
        "规范性文件\n"
        "关于印发《青石县农村公路养护办法》的通知\n"
        "发布机构 青石县人民政府办公室\n"
        "各乡镇人民政府，县直各单位：\n"
        "《青石县农村公路养护办法》已经县政府同意，现印发给你们，请认真贯彻执行。\n"
    )
    assert doc.header.issuer == "青石县人民政府办公室"


def test_an_organ_letterhead_with_wenjian_is_still_the_issuer() -> None:
    doc = govdoc.parse_text(
        "青石县人民政府文件\n"
        "青政发〔2024〕2号\n"
        "关于印发《青石县农村公路养护办法》的通知\n"
        "各乡镇人民政府，县直各单位：\n"
        "《青石县农村公路养护办法》已经县政府同意，现印发给你们，请认真贯彻执行。\n"
    )
    assert doc.header.issuer == "青石县人民政府"
