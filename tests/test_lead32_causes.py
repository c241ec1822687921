"""The lead's causes of session 32, each found in a wild-corpus document read by hand and tested here on a
new document written for the purpose (made-up organs, people and places: 澶川县, 葭塘区).

A portal's information table set as `label value` with no colon reads a label only from the one table of
labels (patterns.labels.INFO_TABLE_LABELS): a pair under a label the table lacked stayed out of the metadata
(warned content-unplaced), and worse, a label with an empty value followed by such a label took that label
as its value (w030: `文号 其他信息` gave 文号 = 其他信息, where the contract leaves both empty pairs out).
The rows added are labels real portals set in these tables: 其他信息, 成文时间 beside 成文日期, 实施日期 and
施行日期 (a 规范性文件's), 效力状态 beside 有效性, and the registration number (登记号, 统一登记号).
"""

from __future__ import annotations

import govdoc

SPACED_TABLE = """索引号 11330329MB0123456X/2024-00031 主题分类 交通
组配分类 建议提案 发布机构 区交通运输局
成文时间 2024-05-30 公开方式 主动公开
文号 其他信息

葭塘区交通运输局关于区政协五届三次会议第88号提案的答复

芮某某委员：

　　您提出的关于优化公交站点设置的提案收悉。现答复如下：
　　一、基本情况
　　我局已对全区公交站点进行排查。

葭塘区交通运输局
2024年5月30日
"""

REGULATION_TABLE = """索引号 001/2024-12
实施日期 2024-08-01
施行日期 2024-08-01
效力状态 有效
统一登记号 ZJCC01-2024-0005

澶川县人民政府办公室关于印发澶川县农村公路养护管理办法的通知

各乡镇人民政府，县政府各部门：
　　《澶川县农村公路养护管理办法》已经县政府同意，现印发给你们，请认真贯彻执行。

澶川县人民政府办公室
2024年7月1日
"""


def test_an_empty_label_before_another_label_keeps_neither_as_a_value() -> None:
    doc = govdoc.parse_text(SPACED_TABLE)
    assert dict(doc.header.metadata) == {
        "索引号": "11330329MB0123456X/2024-00031",
        "主题分类": "交通",
        "组配分类": "建议提案",
        "发布机构": "区交通运输局",
        "成文时间": "2024-05-30",
        "公开方式": "主动公开",
    }
    assert doc.header.title == "葭塘区交通运输局关于区政协五届三次会议第88号提案的答复"
    assert doc.header.doc_number is None


def test_a_regulations_table_labels_read_without_colons() -> None:
    doc = govdoc.parse_text(REGULATION_TABLE)
    assert dict(doc.header.metadata) == {
        "索引号": "001/2024-12",
        "实施日期": "2024-08-01",
        "施行日期": "2024-08-01",
        "效力状态": "有效",
        "统一登记号": "ZJCC01-2024-0005",
    }
    assert not [w for w in doc.warnings if w.code == "content-unplaced"]


# A 通报's list of units set in two columns under its label line, each row two whole organ names parted by one
# space, no blank lines, every row as long as the next (w049: the layout clean-up took the space out, gluing two
# organs into one name, and once kept, the rows' equal length read as the text's measure and joined them).
COLUMN_LIST = """苇川县人民政府办公室关于表扬2024年度河湖长制工作先进单位的通报
各乡镇人民政府，县直有关单位：
2024年，全县河湖长制工作取得明显成效。经县人民政府同意，决定对下列单位予以通报表扬。
2024年度河湖长制工作先进单位：
芦渡镇人民政府 苇港镇人民政府
荻洲乡人民政府 白沙乡人民政府
县水利局 县生态环境分局
希望受表扬的单位珍惜荣誉，再创佳绩。
苇川县人民政府办公室
2025年2月14日
"""


def test_a_list_of_units_in_columns_under_its_label_keeps_each_row_and_its_gap() -> None:
    doc = govdoc.parse_text(COLUMN_LIST)
    texts = [p.text for p in doc.preamble]
    assert texts == [
        "2024年，全县河湖长制工作取得明显成效。经县人民政府同意，决定对下列单位予以通报表扬。",
        "2024年度河湖长制工作先进单位：",
        "芦渡镇人民政府 苇港镇人民政府",
        "荻洲乡人民政府 白沙乡人民政府",
        "县水利局 县生态环境分局",
        "希望受表扬的单位珍惜荣誉，再创佳绩。",
    ]
    assert doc.signature is not None
    assert doc.signature.issuers == ("苇川县人民政府办公室",)
    assert doc.signature.date == "2025-02-14"


def test_two_organs_on_a_line_with_no_label_above_are_still_read_as_before() -> None:
    """Outside a list (no label line above), a line of two organs keeps the reading it had: a joint 落款's."""
    doc = govdoc.parse_text(
        "苇川县财政局 苇川县教育局关于下达2025年学生资助资金的通知\n各乡镇中心学校：\n现将2025年学生资助资金下达给你们，请按规定使用。\n"
        "苇川县财政局 苇川县教育局\n2025年3月1日\n"
    )
    assert doc.signature is not None
    assert doc.signature.issuers == ("苇川县财政局", "苇川县教育局")
    assert [p.text for p in doc.preamble] == ["现将2025年学生资助资金下达给你们，请按规定使用。"]
