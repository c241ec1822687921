"""The lead's fixes of session 26, each from a new example of its cause (not the spot check's document)."""

from __future__ import annotations

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
