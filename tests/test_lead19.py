"""The lead's fixes of session 19 that no helper's module holds (review19's findings)."""

from __future__ import annotations

import govdoc
from tests.invariants import check_invariants

_ESCAPED = (
    "关于开展&ldquo;清洁家园&rdquo;活动的通知\n"
    "各村（社区）：\n"
    "为改善人居环境，定于本月开展集中整治&#x200B;活动，请各村做好&#xFEFF;发动工作&#173;。\n"
    "联系电话&#8232;请于周五前报送&#x2029;名单。\n"
)


def test_references_to_invisible_characters_and_line_separators_are_read_as_nothing() -> None:
    """review19 V3: a zero-width space, a byte-order mark, a soft hyphen or a line separator written as
    a reference is a character the text reader takes out of every text; read from a reference it is
    taken out too, not put into Document.text (the line is still warned as repaired)."""
    doc = govdoc.parse_text(_ESCAPED)
    check_invariants(doc)
    assert "定于本月开展集中整治活动，请各村做好发动工作。" in doc.text
    assert "联系电话请于周五前报送名单。" in doc.text
    assert not set("\u200b\ufeff\u00ad\u2028\u2029") & set(doc.text)
    assert "&#" not in doc.text
    assert [w.code for w in doc.warnings].count("text-repaired") == 3


def test_a_reference_to_a_visible_character_is_still_read_as_it() -> None:
    doc = govdoc.parse_text("关于&ldquo;河长制&rdquo;工作的通知\n各乡镇：\n请做好巡河&mdash;&mdash;记录工作。\n")
    check_invariants(doc)
    assert doc.header.title == "关于“河长制”工作的通知"
    assert "请做好巡河——记录工作。" in doc.text


def test_a_type_word_alone_as_the_texts_first_line_is_its_title() -> None:
    """An internal notice printed with only 通　知 (letter-spaced) over its 主送, or a 公告 over its
    number, with nothing above: the type's word is the whole title the document prints. s19start
    found no title (field-missing) though the kind was read from the same word."""
    notice = govdoc.parse_text(
        "通　　知\n机关各科室、各直属单位：\n经研究，定于6月3日下午3时在机关四楼会议室召开安全生产专题会议，请各单位主要负责人准时参加。\n"
        "特此通知。\n青溪县应急管理局办公室\n2024年5月30日\n"
    )
    check_invariants(notice)
    assert (notice.kind, notice.header.title) == ("notice", "通知")
    # the contract splits at 、 only between organ names ending in its suffixes: 单位 is none of them
    assert notice.header.recipients == ("机关各科室、各直属单位",)
    assert [w.code for w in notice.warnings] == []
    announcement = govdoc.parse_text(
        "公告\n第2号\n根据工作安排，青溪县不动产登记中心于2024年6月8日至9日暂停对外办理业务，由此带来的不便，敬请谅解。\n"
        "特此公告。\n青溪县自然资源局\n2024年6月1日\n"
    )
    check_invariants(announcement)
    assert (announcement.kind, announcement.header.title) == ("announcement", "公告")
    assert announcement.header.serial is not None and announcement.header.serial.text == "第2号"


def test_a_minutes_word_alone_over_its_issue_number_is_its_title() -> None:
    """A 纪要 printed with only 会议纪要 over its issue number (GB/T 9704's 纪要格式), nothing above:
    the title and the serial are read; s19start found neither (no title, so no serial under it)."""
    doc = govdoc.parse_text(
        "会议纪要\n第12期\n"
        "9月18日，副县长刘某某主持召开专题会议，研究秋季森林防火工作。现将会议议定事项纪要如下：\n"
        "一、各乡镇要落实防火责任，加强巡山护林。\n二、县林业局要做好物资储备。\n"
        "出席：刘某某、陈某某、周某某\n"
    )
    check_invariants(doc)
    assert (doc.kind, doc.header.title) == ("minutes", "会议纪要")
    assert doc.header.serial is not None and doc.header.serial.text == "第12期"
    assert [a.role for a in doc.header.attendance] == ["出席"]


def test_guard_a_type_word_under_other_lines_or_over_nothing_is_no_opening_title() -> None:
    """The word must open the text and stand over the text's start: 通知 alone at the end of a text, or a
    text of one line, names no title; a 关于 title under an opening word keeps its own title."""
    doc = govdoc.parse_text(
        "关于做好汛期安全工作的通知\n各乡镇人民政府：\n请各乡镇做好汛期值班值守，确保安全度汛。\n青溪县人民政府办公室\n2024年6月3日\n通知\n"
    )
    assert doc.header.title == "关于做好汛期安全工作的通知"
    alone = govdoc.parse_text("通知\n")
    assert alone.header.title is None
