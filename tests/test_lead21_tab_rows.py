"""A spreadsheet's or Word table's copy writes a row whose last cells are empty as TABs after its last
word (`某项\t12\t\t`): the text reader strips them off the line, and session 20's TAB tables (schema
1.11) then saw one cell fewer in those rows, so a table with a mostly blank 备注 column broke into
pieces or was not made at all (session 20's left item, diffread-C C2's second half). The reader now
keeps how many TABs it took off (`Hints.tabs_after`) and the table rule counts them back as empty cells.
"""

from __future__ import annotations

import govdoc

_ROWS = (
    "2023年度部门决算支出情况说明\n"
    "    我中心2023年度支出决算情况如下：\n"
    "支出科目\t年初预算\t决算数\t完成率\t说明\n"
    "工资福利支出\t356.2\t349.8\t98.2%\t\n"
    "商品和服务支出\t88.5\t71.0\t80.2%\t因会议费压减\n"
    "资本性支出\t40.0\t38.6\t96.5%\t\n"
    "对个人和家庭的补助\t12.3\t12.3\t100%\t\n"
    "    特此说明。\n"
)


def test_rows_ending_on_an_empty_cell_stay_rows_of_the_table() -> None:
    doc = govdoc.parse_text(_ROWS)
    assert len(doc.tables) == 1
    rows = [tuple(r) for r in doc.tables[0].rows]
    assert rows == [
        ("支出科目", "年初预算", "决算数", "完成率", "说明"),
        ("工资福利支出", "356.2", "349.8", "98.2%", ""),
        ("商品和服务支出", "88.5", "71.0", "80.2%", "因会议费压减"),
        ("资本性支出", "40.0", "38.6", "96.5%", ""),
        ("对个人和家庭的补助", "12.3", "12.3", "100%", ""),
    ]
    # every row's text is in the document once, none also left as a paragraph
    assert all("支出" not in p.text or "如下" in p.text for p in doc.preamble)


def test_a_label_and_its_value_ending_on_a_tab_stay_text() -> None:
    # two cells and a trailing TAB are a form's label and value (contact lines), never a row
    text = (
        "关于做好2024年防汛工作的通知\n"
        "各乡镇人民政府：\n"
        "    请各乡镇于6月1日前报送防汛责任人名单。\n"
        "联系人\t王某某\t\n"
        "联系电话\t0731-84561234\t\n"
    )
    doc = govdoc.parse_text(text)
    assert doc.tables == ()
    assert doc.contact is not None and doc.contact.phones == ("0731-84561234",)


def test_a_sentence_line_ending_on_a_tab_is_unchanged() -> None:
    text = "关于某事的答复\n张某某代表：\n    您的建议收悉。全县共有学校32所，在校学生1.2万人。\t\n    特此答复。\n"
    doc = govdoc.parse_text(text)
    assert doc.tables == ()
    assert "全县共有学校32所，在校学生1.2万人。\n" in doc.text


def _tables(doc: govdoc.Document) -> list[list[tuple[str, ...]]]:
    found = [list(t.rows) for t in doc.tables]
    for s in doc.iter_sections():
        found += [list(t.rows) for t in s.tables]
    return [[tuple(r) for r in rows] for rows in found]


def test_a_stray_tab_after_one_rows_last_figure_is_no_column() -> None:
    # review21 R1: a typist's TAB after one row's last figure made that row wider than the others
    text = (
        "某县2024年上半年信访工作情况\n"
        "    上半年信访工作主要指标如下：\n"
        "指标\t上半年\t去年同期\n"
        "来信件数\t412\t455\t\n"
        "来访批次\t186\t201\n"
        "网上信访\t1290\t1102\n"
        "    信访总量同比下降。\n"
    )
    assert _tables(govdoc.parse_text(text)) == [
        [
            ("指标", "上半年", "去年同期"),
            ("来信件数", "412", "455"),
            ("来访批次", "186", "201"),
            ("网上信访", "1290", "1102"),
        ]
    ]


def test_a_stray_tab_after_the_head_row_is_no_column() -> None:
    text = (
        "某县2024年上半年信访工作情况\n"
        "    上半年信访工作主要指标如下：\n"
        "指标\t上半年\t去年同期\t\n"
        "来信件数\t412\t455\n"
        "来访批次\t186\t201\n"
        "    信访总量同比下降。\n"
    )
    assert _tables(govdoc.parse_text(text)) == [
        [("指标", "上半年", "去年同期"), ("来信件数", "412", "455"), ("来访批次", "186", "201")]
    ]


def test_a_merged_first_cell_row_with_a_stray_tab_after_its_figure_stays_a_row() -> None:
    # diffread-C C5: the merged-first-column row's own trailing TAB made it a cell too wide for that reading
    text = (
        "某镇2024年财政支出情况\n"
        "    全年支出情况如下：\n"
        "类别\t科目\t支出（万元）\n"
        "民生支出\t教育\t860\n"
        "\t卫生健康\t410\t\n"
        "建设支出\t农村道路\t520\n"
        "\t水利设施\t230\n"
        "    以上数据未经审计。\n"
    )
    assert _tables(govdoc.parse_text(text)) == [
        [
            ("类别", "科目", "支出（万元）"),
            ("民生支出", "教育", "860"),
            ("", "卫生健康", "410"),
            ("建设支出", "农村道路", "520"),
            ("", "水利设施", "230"),
        ]
    ]


def test_a_stray_tab_on_the_first_rows_is_cut_from_every_row_it_widened() -> None:
    # diffread-C C9: the head and the first row each with a stray TAB, the rows below without
    text = (
        "某县2024年一季度安全生产检查情况\n"
        "    一季度检查情况如下：\n"
        "检查对象\t检查次数\t发现隐患\t\n"
        "危化企业\t46\t38\t\n"
        "建筑工地\t120\t95\n"
        "人员密集场所\t210\t132\n"
        "    隐患已全部整改。\n"
    )
    assert _tables(govdoc.parse_text(text)) == [
        [
            ("检查对象", "检查次数", "发现隐患"),
            ("危化企业", "46", "38"),
            ("建筑工地", "120", "95"),
            ("人员密集场所", "210", "132"),
        ]
    ]


def test_a_merged_first_cell_row_ending_on_a_stray_tab_keeps_its_columns() -> None:
    # diffread-C C10: the stray TAB after the last figure read as the blank last cell shifted the row left
    text = (
        "某街道2024年经费使用情况\n"
        "    经费使用情况如下：\n"
        "类别\t项目\t年初预算\t实际支出\n"
        "办公经费\t水电费\t12\t11\n"
        "\t印刷费\t6\t5\t\n"
        "活动经费\t志愿服务\t20\t18\n"
        "\t文体活动\t15\t14\n"
        "    以上经费均按规定使用。\n"
    )
    assert _tables(govdoc.parse_text(text)) == [
        [
            ("类别", "项目", "年初预算", "实际支出"),
            ("办公经费", "水电费", "12", "11"),
            ("", "印刷费", "6", "5"),
            ("活动经费", "志愿服务", "20", "18"),
            ("", "文体活动", "15", "14"),
        ]
    ]
