"""The lead's fixes of session 26, each from a new example of its cause (not the spot check's document)."""

from __future__ import annotations

import json

import govdoc
from tests.probing import checked, codes


def test_a_point_whose_line_ends_on_a_comma_goes_on_in_the_next_line_and_has_no_title() -> None:
    # a Word copy broken by hand after a comma, no width to measure: the point's sentence runs on
    doc = checked(
        "关于区政协七届二次会议第0061号提案的答复\n"
        "冯某某委员：\n"
        "您提出的《关于加强社区养老服务设施建设的提案》收悉。现答复如下：\n"
        "一、今年以来，区民政局新建社区养老服务站8个，\n"
        "新增床位240张，覆盖全区六个街道。\n"
        "二、关于下一步打算\n"
        "我局将推动养老服务设施与社区卫生服务站点共建共享。\n"
        "感谢您对民政工作的关心和支持。\n"
        "桐溪区民政局\n"
        "2024年6月3日\n"
    )
    got = [(s.marker, s.title, [p.text for p in s.paragraphs]) for s in doc.iter_sections()]
    assert got == [
        ("一、", None, ["今年以来，区民政局新建社区养老服务站8个，新增床位240张，覆盖全区六个街道。"]),
        ("二、", "关于下一步打算", ["我局将推动养老服务设施与社区卫生服务站点共建共享。"]),
    ]
    assert "page-break-joined" in codes(doc)  # a guess, so said


def test_a_bracketed_point_cut_after_a_pause_mark_in_a_text_layer_is_one_paragraph() -> None:
    # a PDF's text layer at 24 characters: the line the wrap cut ends on 、 with figures in it
    doc = checked(
        "关于县十九届人大二次会议第27号建议的答复\n"
        "韦某某代表：\n"
        "您提出的建议收悉。经研究，现答复如下：\n"
        "（一）2024年我县完成农村危房改造、\n"
        "抗震改造共计315户，已全部通过验收。\n"
        "（二）县财政安排农村危房改造补助资金960万元，已按户全部拨付到位，群众满意度较高。\n"
        "特此答复。\n"
        "兰岗县住房和城乡建设局\n"
        "2024年8月20日\n"
    )
    got = [(s.marker, s.title, [p.text for p in s.paragraphs]) for s in doc.iter_sections()]
    assert got == [
        ("（一）", None, ["2024年我县完成农村危房改造、抗震改造共计315户，已全部通过验收。"]),
        # over 30 characters and ending on 。: a point, no title
        ("（二）", None, ["县财政安排农村危房改造补助资金960万元，已按户全部拨付到位，群众满意度较高。"]),
    ]


def test_a_category_letter_and_the_disclosure_parted_by_a_space_in_one_bracketed_note_give_both() -> None:
    doc = checked(
        "关于县政协九届三次会议第0112号提案的答复\n"
        "（主动公开　A类）\n"
        "石某某委员：\n"
        "您提出的《关于加快建设城东农贸市场的提案》收悉。现答复如下：\n"
        "城东农贸市场已于2024年5月开工建设，计划年底前建成投用。\n"
        "感谢您对商务工作的关心和支持。\n"
        "凤岭县商务局\n"
        "2024年6月11日\n"
    )
    assert (doc.header.handling_result, doc.header.disclosure) == ("A", "主动公开")


def test_wechat_counters_one_a_line_with_their_counts_do_not_reach_the_text() -> None:
    doc = checked(
        "关于镇第二十届人大二次会议第7号建议的答复\n"
        "马坪镇发布　2024年05月30日 18:05　贵州\n"
        "黎某某代表：\n"
        "您提出的《关于硬化马坪村通组道路的建议》收悉。现答复如下：\n"
        "该道路已列入2024年通组道路硬化计划，预计9月底前完工。\n"
        "感谢您对镇政府工作的支持！\n"
        "马坪镇人民政府\n"
        "2024年5月29日\n"
        "阅读 856\n"
        "赞 12\n"
        "在看 4\n"
    )
    assert "赞 12" not in doc.text and "在看 4" not in doc.text
    assert doc.signature is not None and doc.signature.issuers == ("马坪镇人民政府",)
    assert "content-unplaced" not in codes(doc)


def test_a_standing_meeting_s_minutes_numbered_by_its_sitting_carry_it_as_their_serial() -> None:
    doc = checked(
        "青峰县人民政府常务会议纪要\n"
        "第二十三次\n"
        "青峰县人民政府办公室印发　　2024年11月4日\n"
        "    2024年11月1日，县长许某某主持召开县人民政府第二十三次常务会议，研究了以下事项：\n"
        "    一、研究了县城区供热管网改造项目。会议同意实施该项目，由县住建局抓紧组织施工。\n"
        "    二、研究了秋冬季森林防火工作。会议要求各乡镇严格落实防火责任。\n"
        "出席：许某某　何某某　吕某某\n"
    )
    s = doc.header.serial
    assert s is not None and (s.text, s.number, s.year) == ("第二十三次", 23, None)
    assert [p.text for p in doc.preamble] == [
        "2024年11月1日，县长许某某主持召开县人民政府第二十三次常务会议，研究了以下事项："
    ]
    # the head line is the 纪要's imprint (schema 1.11), and a 纪要 signs nowhere
    i = doc.imprint
    assert i is not None and (i.printed_by, i.printed_on) == ("青峰县人民政府办公室", "2024-11-04")
    assert doc.signature is None


_PORTAL_BODY = (
    "关于开展2024年全民健身月活动的通知\n"
    "{byline}\n"
    "各街道办事处，区直各单位：\n"
    "    为推动全民健身深入开展，决定于8月开展全民健身月活动。现将有关事项通知如下：\n"
    "    一、活动时间\n"
    "    2024年8月1日至31日。\n"
    "    二、活动内容\n"
    "    组织健步走、广场舞、篮球联赛等群众性体育活动。\n"
    "柳汀区文化体育和旅游局\n"
    "2024年7月18日\n"
    "{tools}\n"
)


def test_a_bracketed_byline_of_barred_pairs_opening_with_its_source_is_chrome_not_metadata() -> None:
    for byline in (
        "（稿件来源：柳汀区文体旅局 | 发布日期：2024-07-19 | 浏览：2,315次）",
        "（来源：柳汀区文体旅局 | 发布日期：2024-07-19）",
    ):
        doc = checked(_PORTAL_BODY.format(byline=byline, tools="【打印】"))
        assert dict(doc.header.metadata) == {}, byline
        assert "来源" not in doc.text and "2024-07-19" not in doc.text
        assert "content-unplaced" not in [w.code for w in doc.warnings]
        assert doc.header.title == "关于开展2024年全民健身月活动的通知"


def test_a_page_s_correction_button_in_its_row_of_tools_is_chrome() -> None:
    doc = checked(_PORTAL_BODY.format(byline="发布时间：2024-07-19", tools="[纠错] [打印] [关闭]"))
    assert "纠错" not in doc.text
    assert "content-unplaced" not in [w.code for w in doc.warnings]
    assert doc.signature is not None and doc.signature.issuers == ("柳汀区文化体育和旅游局",)


def test_a_records_title_is_not_taken_from_an_object_beside_its_text() -> None:
    # diffread-B N2 on a new example: a portal API's record, its attachments' own titles between title and content
    record = {
        "status": 0,
        "result": {
            "title": "关于区政协五届二次会议第0031号提案的答复",
            "publishTime": "2026-04-20",
            "files": [{"title": "提案办理情况表.xlsx", "link": "/f/1.xlsx"}],
            "body": "吕某某委员：\n您提出的《关于加强社区食堂建设的提案》收悉。现答复如下：\n一、建设情况。今年我局新建社区食堂"
            "九个，覆盖全区七个街道，日均服务老年人一千二百余人次，助餐补贴资金全部纳入区级财政预算。\n二、运营管理。"
            "我局会同区市场监管局建立社区食堂食品安全日常巡查制度，每季度开展一次运营评估，评估结果向社会公开。\n"
            "三、下一步打算。我局将推动社区食堂向农村社区延伸，力争明年实现助餐服务全覆盖。\n"
            "感谢您对民政工作的关心和支持。\n某区民政局\n2026年4月18日",
        },
    }
    doc = govdoc.parse_text(json.dumps(record, ensure_ascii=False))
    assert doc.header.title == "关于区政协五届二次会议第0031号提案的答复"
    assert "提案办理情况表" not in doc.text


def test_a_portal_byline_pair_in_the_information_tables_element_leaves_its_date_row_in_the_table() -> None:
    # diffread-B N1 on a new example: the byline's 来源 pair in the same element as 索引号/发布机构/发布日期
    page = (
        '<html><head><meta charset="utf-8"></head><body><div class="meta"><span>索引号：0123/2026-00045</span>'
        "<span>发布机构：某县水利局</span><span>发布日期：2026-03-03</span><span>来源：某县水利局</span></div>"
        "<div class='art'><h1>关于县政协十届二次会议第0012号提案的答复</h1><p>韦某委员：</p><p>您提出的提案收悉，"
        "现答复如下：今年我局完成小型水库除险加固六座，新建高效节水灌溉面积一万二千亩。</p><p>某县水利局</p>"
        "<p>2026年3月2日</p></div></body></html>"
    )
    doc = govdoc.parse(page.encode("utf-8"), format="html")
    assert dict(doc.header.metadata) == {
        "索引号": "0123/2026-00045",
        "发布机构": "某县水利局",
        "发布日期": "2026-03-03",
    }
