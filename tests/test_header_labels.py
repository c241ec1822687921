"""The 键：值 label grammar: one label table for text lines and a page's information table."""

from __future__ import annotations

import govdoc
from govdoc.fields.metadata import is_label, label_cells, pair_lines

TITLE = "关于区政协二届三次会议第45号提案的答复\n"
BODY = "刘委员：\n您提出的关于增设公交站点的提案收悉，现答复如下：\n已在两处增设站点。\n"


def test_spaced_full_width_and_traditional_forms_of_a_label_are_the_label() -> None:
    assert is_label("索引号")
    assert is_label("索 引 号")
    assert is_label("[ 索引号 ]")
    assert is_label("發文機關")
    assert not is_label("索引")


def test_several_pairs_on_one_line_are_split() -> None:
    assert label_cells("索引号：11A/2024-01　发布机构：某区某局　成文日期：2024-01-05") == [
        ("索引号", "11A/2024-01"),
        ("发布机构", "某区某局"),
        ("成文日期", "2024-01-05"),
    ]


def test_bracketed_labels_and_table_cells_pair_without_colons() -> None:
    assert label_cells("[ 索引号 ] 11A/2024-01 [ 文号 ] 某局函〔2024〕2号") == [
        ("索引号", "11A/2024-01"),
        ("文号", "某局函〔2024〕2号"),
    ]
    assert label_cells("索引号\t11A/2024-01\t公开方式\t主动公开") == [
        ("索引号", "11A/2024-01"),
        ("公开方式", "主动公开"),
    ]


def test_an_unknown_label_is_kept_only_in_a_label_table_row() -> None:
    assert label_cells("主题分类：城乡建设　　责任部门：某区住建局") == [
        ("主题分类", "城乡建设"),
        ("责任部门", "某区住建局"),
    ]
    # A sentence whose words merely contain a label is no row of a table.
    assert label_cells("我们向发文机关：某局，反映了情况") == [("我们向发文机关", "某局，反映了情况")]


def test_labels_and_values_on_separate_lines_are_paired() -> None:
    assert pair_lines(["索引号：", "11A/2024-01", "发布机构：", "某区某局", "公开方式：主动公开"]) == [
        ("索引号", "11A/2024-01"),
        ("发布机构", "某区某局"),
        ("公开方式", "主动公开"),
    ]


def test_a_text_information_table_before_the_title_becomes_metadata() -> None:
    doc = govdoc.parse_text(
        "索引号：\n11A/2024-01\n發文機關：某区交通局　信息分类：建议提案\n[ 公开方式 ] 主动公开\n" + TITLE + BODY
    )
    assert doc.header.metadata == {
        "索引号": "11A/2024-01",
        "發文機關": "某区交通局",
        "信息分类": "建议提案",
        "公开方式": "主动公开",
    }
    assert doc.header.issuer == "某区交通局"  # the table's 發文機關, the title naming no organ
    assert doc.header.disclosure == "主动公开"
    assert doc.header.title == "关于区政协二届三次会议第45号提案的答复"


def test_a_tab_separated_table_before_the_title_becomes_metadata() -> None:
    doc = govdoc.parse_text("索引号\t11A/2024-01\n发布机构\t某区交通局\n" + TITLE + BODY)
    assert doc.header.metadata == {"索引号": "11A/2024-01", "发布机构": "某区交通局"}


def test_the_page_table_knows_the_same_labels_as_the_text() -> None:
    cells = "".join(
        f"<tr><td>{k}</td><td>{v}</td></tr>"
        for k, v in (
            ("索引号：", "11A/2024-01"),
            ("提 案 人：", "刘某"),
            ("责任部门：", "某区交通局"),
            ("公开方式：", "主动公开"),
        )
    )
    html = (
        f"<html><body><table>{cells}</table>"
        '<div class="content"><p>关于区政协二届三次会议第45号提案的答复</p><p>刘委员：</p>'
        "<p>您提出的关于增设公交站点的提案收悉，现答复如下：</p><p>已在两处增设站点。</p></div></body></html>"
    )
    doc = govdoc.parse(html.encode(), format="html")
    assert doc.header.metadata == {
        "索引号": "11A/2024-01",
        "提案人": "刘某",
        "责任部门": "某区交通局",
        "公开方式": "主动公开",
    }


def test_colon_less_rows_separated_by_spaces_or_glued_by_the_layout_are_a_label_table() -> None:
    doc = govdoc.parse_text(
        "索引号 11A/2024-02\n发文机关 某区交通局\n成文日期 2024-02-01\n"
        "某区交通局关于开展道路隐患排查的通知\n各街道办事处：\n现就开展道路隐患排查通知如下。\n"
    )
    assert doc.header.metadata == {"索引号": "11A/2024-02", "发文机关": "某区交通局", "成文日期": "2024-02-01"}
    assert doc.header.issuer == "某区交通局"
    assert doc.header.title == "某区交通局关于开展道路隐患排查的通知"
