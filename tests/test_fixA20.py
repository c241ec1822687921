"""diffread-B's findings on noise20's code (/work/coord/reports/diffread-B.md), each shown by a NEW example
of its cause (not the repro text), failing on main before the fix, with a guard that the case the code was
written for still reads."""

from __future__ import annotations

import govdoc
from tests.probing import checked, squashed


def _in_text(doc: govdoc.Document, line: str) -> bool:
    return squashed(line) in squashed(doc.text)


# --- B1/B2: a number without 号 is the proposal's only where nothing better stands (fields.proposal._lost)


def test_a_lead_proposer_named_by_a_figure_is_no_proposals_number() -> None:
    """B1: `第2建议人` is the second deputy who signed, a person: the reference stays the meeting's."""
    doc = checked(
        "关于区人大五届二次会议《关于改善老旧小区停车条件的建议》的答复\n何某代表：\n"
        "您作为第2建议人提出的《关于改善老旧小区停车条件的建议》收悉。经研究，现答复如下：\n"
        "今年新增停车位三百个。\n特此答复。\n某区住房和城乡建设局\n2024年7月2日\n"
    )
    ref = doc.header.responds_to
    assert ref is not None and ref.number is None and ref.kind == "建议"
    assert (ref.body, ref.term, ref.session) == ("人大", 5, 2)


def test_an_ordinal_of_the_points_a_proposal_makes_leaves_the_meeting_reference() -> None:
    """B2: `对第4建议` after `提出了5条建议` is one of the points, not the proposal: the opening's meeting
    reference stands (kind 提案, 政协, 届 and 次)."""
    doc = checked(
        "关于推进垃圾分类工作提案的答复\n韩某委员：\n"
        "您在县政协九届四次会议上提出的关于推进垃圾分类工作的提案收悉。提案共提出了5条建议，对第4建议，"
        "我局已列入明年计划。现答复如下：\n今年建成分类收集点四十个。\n特此答复。\n某县城市管理局\n2024年7月2日\n"
    )
    ref = doc.header.responds_to
    assert ref is not None and ref.number is None and ref.kind == "提案"
    assert (ref.body, ref.term, ref.session) == ("政协", 9, 4)


def test_an_ordinal_after_a_count_of_points_is_no_number_even_without_a_meeting() -> None:
    """B2, where no meeting is named: `第3建议` after `三点建议` is still no proposal's number."""
    doc = checked(
        "关于加强校园周边交通管理的答复\n邹某代表：\n"
        "您提出的关于加强校园周边交通管理的建议收悉。您提出了三点建议，其中第3建议我局正在落实。现答复如下：\n"
        "今年增设护学岗二十个。\n特此答复。\n某区公安分局\n2024年7月2日\n"
    )
    ref = doc.header.responds_to
    assert ref is None or ref.number is None


def test_guard_a_number_without_hao_alone_still_names_the_proposal() -> None:
    """Guard (noise20's case): `您提出的第0315提案收悉`, no meeting, no count anywhere: its number."""
    doc = checked(
        "关于加快农贸市场改造的答复\n邓某委员：\n您提出的第0315提案收悉，现答复如下：\n"
        "今年改造农贸市场两个。\n特此答复。\n某县商务局\n2024年7月2日\n"
    )
    ref = doc.header.responds_to
    assert ref is not None and ref.number == "0315" and ref.kind == "提案"


def test_guard_a_number_without_hao_beside_its_meeting_beats_the_titles_meeting() -> None:
    """Guard: the title names the meeting only; the opening's `会议上提出的第0088建议` names both."""
    doc = checked(
        "关于县人大十七届三次会议代表建议的答复\n龚某代表：\n您在县人大十七届三次会议上提出的第0088建议收悉，现答复如下：\n"
        "今年完成道路硬化十公里。\n特此答复。\n某县交通运输局\n2024年7月2日\n"
    )
    ref = doc.header.responds_to
    assert ref is not None and ref.number == "0088" and (ref.body, ref.term, ref.session) == ("人大", 17, 3)


# --- B3/B4: an address line in the body is the document's unless a band's chrome holds it on both sides
# or it stands above the title (furniture._band_address)

_NOTICE_HEAD = (
    "关于开展2024年度居民满意度调查的通知\n各街道办事处：\n现将居民满意度调查有关事项通知如下。\n"
    "一、调查时间\n2024年9月1日至9月15日。\n二、参与方式\n"
)


def test_the_second_of_two_listed_addresses_over_the_print_band_stays() -> None:
    """B3: `可通过以下两个网站填报：` over two addresses, then the page's 【打印】【关闭】: each address is the
    notice's (the second's line above is the first address, no chrome)."""
    doc = checked(
        _NOTICE_HEAD + "居民可通过以下两个网站填报：\nhttps://my.example.gov.cn/dc\nwww.example.gov.cn/wjdc\n"
        "【打印】【关闭】\n"
    )
    assert _in_text(doc, "https://my.example.gov.cn/dc") and _in_text(doc, "www.example.gov.cn/wjdc")


def test_an_address_under_a_label_naming_it_by_other_words_stays_beside_the_print_band() -> None:
    """B4: `问卷入口` (no 网址/地址 word, no colon) over the address, then 【关闭窗口】: the notice's."""
    doc = checked(
        _NOTICE_HEAD + "居民通过区政务服务平台填报。\n问卷入口\nhttps://wj.example.gov.cn/2024\n【关闭窗口】\n"
    )
    assert _in_text(doc, "https://wj.example.gov.cn/2024")


def test_guard_an_address_between_two_lines_of_the_band_leaves() -> None:
    """Guard: the print view's band, the page's address between 【字体：大 中 小】 and 【打印】【关闭】 under
    the 落款: chrome on both sides, the band's, it leaves with them."""
    doc = checked(
        _NOTICE_HEAD + "居民通过区政务服务平台填报。\n特此通知。\n某区统计局\n2024年8月20日\n"
        "【字体：大 中 小】\nhttp://www.example.gov.cn/art/2024/8/20/art_88_1201.html\n【打印】【关闭】\n"
    )
    assert not _in_text(doc, "art_88_1201.html")
    assert _in_text(doc, "居民通过区政务服务平台填报。")


# --- B5/B6: a label a sentence introduces, or under …， over a line of the text, is the text's own
# (furniture._introduced, furniture._inside_a_sentence)

_FLOOD = "关于做好2024年防汛工作的通知\n各镇人民政府，区直各部门：\n"
_FLOOD_END = "切实落实防汛责任，确保安全度汛。\n\n某区防汛抗旱指挥部办公室\n2024年5月6日\n"


def test_a_policy_list_a_sentence_introduces_above_the_first_stop_stays() -> None:
    """B5: `请各单位认真学习下列规定，` ⏎ `相关政策：` ⏎ two listed documents, above the text's first 。:
    the list is the sentence's, not a sidebar box cutting it: label and items stay."""
    doc = checked(
        _FLOOD + "为做好今年防汛工作，请各单位认真学习下列规定，\n相关政策：\n1.《中华人民共和国防洪法》\n"
        "2.《某市防汛应急预案》\n" + _FLOOD_END
    )
    for line in ("相关政策", "《中华人民共和国防洪法》", "《某市防汛应急预案》"):
        assert _in_text(doc, line), line


def test_a_policy_list_a_sentence_introduces_under_the_first_stop_stays() -> None:
    """B5 (the pre-existing form): the same list under `…通知如下。`, the running text begun: still the
    sentence's, and in a copy with every stop half-width too."""
    source = (
        _FLOOD + "现将有关事项通知如下。\n请各单位认真学习以下规定，\n相关文件：\n1.《中华人民共和国防洪法》\n"
        "2.《某市防汛应急预案》\n" + _FLOOD_END
    )
    for text in (source, source.replace("。", ".").replace("，", ",").replace("：", ":")):
        doc = checked(text)
        for line in ("相关文件", "《中华人民共和国防洪法》", "《某市防汛应急预案》"):
            assert _in_text(doc, line), (line, text[:40])


def test_a_hot_spot_heading_between_two_points_of_a_report_stays() -> None:
    """B6: `最新发布` under `一是…，` and over `二是…，` too: the line under it goes
    on the report's points (a marker, a comma), no link: the heading stays."""
    doc = checked(
        "关于某区2024年前三季度就业工作情况的报告\n区人大常委会：\n现将前三季度就业工作情况报告如下：\n"
        "一是新增城镇就业三千人，\n最新发布\n二是开展职业技能培训五千人次，\n三是发放创业担保贷款两千万元。\n"
        "特此报告。\n\n某区人力资源和社会保障局\n2024年10月9日\n"
    )
    assert _in_text(doc, "最新发布")


def test_guard_a_related_reading_box_cutting_a_sentence_still_leaves() -> None:
    """Guard (noise20's case): `相关阅读` and its links between `…开展义诊八场，` and the sentence's rest,
    nothing introducing them: the sidebar's box, it leaves and the sentence joins."""
    doc = checked(
        _FLOOD + "今年全区已开展防汛演练八场，\n相关阅读\n区防指召开防汛工作会议\n全区启动汛期值班\n"
        "排查隐患点三十处。\n" + _FLOOD_END
    )
    assert not _in_text(doc, "全区启动汛期值班") and not _in_text(doc, "相关阅读")
    assert _in_text(doc, "今年全区已开展防汛演练八场，排查隐患点三十处。")
