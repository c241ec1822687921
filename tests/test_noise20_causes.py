"""The general causes behind round-20 damaged and scraped text probe misses
(tests/test_probes_20_noise.py), each shown by a NEW example written for it, not the probe's text:
what the cause is, where it is fixed (a pattern row, a table or a rule), and that the example failed on
the session's start (/work/s20start). The guards beside them hold ordinary text that looks like the
damage: a rule that drops or re-reads a line or a character must not take the text's own (a numbered
link list, a 简报's column heading, a figure with a decimal point, a 文号 cited in a sentence)."""

from __future__ import annotations

import govdoc
from tests.probing import checked, codes, squashed


def _reply(body: str, tail: str = "", head: str = "", closing: str = "特此答复。\n") -> str:
    """A short reply with `head` lines above it and `tail` lines under its 落款."""
    return (
        f"{head}"
        "关于区政协十五届三次会议第0420号提案的答复\n"
        "巫某委员：\n"
        "您提出的关于改善社区卫生服务的提案收悉，现答复如下：\n"
        f"{body}"
        f"{closing}"
        "某区卫生健康局\n"
        "2024年10月8日\n"
        f"{tail}"
    )


def _in_text(doc: govdoc.Document, line: str) -> bool:
    return squashed(line) in squashed(doc.text)


def _tree(doc: govdoc.Document) -> list[tuple[str, str | None, list[str]]]:
    return [(x.marker, x.title, [p.text for p in x.paragraphs]) for x in doc.iter_sections()]


# --- a link box between two sections takes no heading (rules.cleanup.furniture._link_lists) ---------


def test_a_link_box_between_two_numbered_sections_leaves_the_next_sections_heading() -> None:
    """`延伸阅读` and two links where the page's column fell between 1. and 2.: the links are chrome,
    `2.服务提升` goes on from the body's `1.` and is its next section, not a third link (s20start
    took it with the box, unwarned)."""
    doc = checked(
        _reply(
            "1.设施建设\n今年新建社区卫生服务站三个。\n延伸阅读\n全区基层医疗机构名录\n家庭医生签约服务指南\n"
            "2.服务提升\n全区推行家庭医生签约服务。\n"
        )
    )
    assert _tree(doc) == [
        ("1.", "设施建设", ["今年新建社区卫生服务站三个。"]),
        ("2.", "服务提升", ["全区推行家庭医生签约服务。"]),
    ]
    assert not _in_text(doc, "家庭医生签约服务指南")


def test_guard_a_numbered_link_list_under_a_numbered_body_is_all_chrome() -> None:
    """Guard: a numbered link list (`1.` `2.` titles) under `相关文章` after a body numbered 1. 2.: the
    links do not go on from the body's last number, so they are the box's links and leave."""
    doc = checked(
        _reply(
            "1.设施建设\n今年新建社区卫生服务站三个。\n2.服务提升\n全区推行家庭医生签约服务。\n",
            tail="相关文章\n1.区卫健局召开基层卫生工作会议\n2.全区启动家庭医生签约服务月活动\n",
        )
    )
    assert [x.marker for x in doc.iter_sections()] == ["1.", "2."]
    assert not _in_text(doc, "家庭医生签约服务月活动")


# --- a latest-news label cutting a sentence is a sidebar's, inside the text too ----------------------


def test_a_hot_articles_box_cutting_a_sentence_leaves_and_the_sentence_joins() -> None:
    """`热门文章` and its links between `…服务站三个，` and the sentence's rest: a 简报's column heading
    never cuts a sentence, so the box is the sidebar's (s20start kept label and links inside the joined
    paragraph)."""
    doc = checked(
        _reply(
            "今年全区新建社区卫生服务站三个，\n热门文章\n全区秋季爱国卫生运动启动\n区医院新院区开诊\n改造村卫生室十个。\n"
        )
    )
    assert doc.preamble[-1].text == "今年全区新建社区卫生服务站三个，改造村卫生室十个。"
    assert not _in_text(doc, "热门文章") and not _in_text(doc, "新院区开诊")


def test_guard_a_hot_spot_column_heading_after_a_whole_sentence_stays() -> None:
    """Guard: a 简报 whose column heading `热点新闻` stands under a whole sentence and over its item: the
    heading stays the text's (diffread-A A4 holds)."""
    doc = checked(
        "工作简报\n第8期\n某区卫生健康局办公室编　　2024年10月8日\n"
        "本期导读：全区卫生健康工作情况。\n热点新闻\n全区启动秋季爱国卫生运动。\n"
    )
    assert _in_text(doc, "热点新闻")


# --- a half-width copy's running text begins at its first `.` after a Han character ---------------


def test_a_related_reading_box_in_a_copy_with_every_stop_half_width_leaves() -> None:
    """A copy whose every 。 turned `.`: the running text begins at its first sentence all the same,
    so `相关阅读` and its links between two paragraphs are the page's (s20start found no sentence, no
    beginning, and kept them)."""
    doc = checked(
        _reply(
            "今年全区新建社区卫生服务站三个.\n相关阅读\n区卫健局开展义诊进社区活动\n下一步,我局将推进医联体建设.\n",
            closing="特此答复.\n",
        )
    )
    assert not _in_text(doc, "义诊进社区")
    assert [p.text for p in doc.preamble][-2:] == ["今年全区新建社区卫生服务站三个.", "下一步,我局将推进医联体建设."]


def test_guard_a_figure_with_a_decimal_point_is_no_sentence_end() -> None:
    """Guard: a title line above the text ending on a figure with a decimal point (…增长3.5) and a
    `相关阅读` label over it: no sentence has begun, the line is no link and stays."""
    doc = checked(
        "相关阅读\n关于全区卫生总费用增长3.5\n"
        "关于区政协十五届三次会议第0420号提案的答复\n巫某委员：\n"
        "您提出的关于改善社区卫生服务的提案收悉，现答复如下：\n今年全区新建社区卫生服务站三个。\n"
        "特此答复。\n某区卫生健康局\n2024年10月8日\n"
    )
    assert "internal-error" not in codes(doc)
    assert doc.header.title == "关于区政协十五届三次会议第0420号提案的答复"


# --- the radicals supplement folds as the Kangxi radicals do (govdoc.fold.RADICAL_SUPPLEMENT) ---------


def test_an_opinion_whose_kind_word_holds_a_supplement_radical_is_an_opinion() -> None:
    """`实施意⻅` (U+2EC5 ⻅ for 见, as a PDF viewer's copy gives it) over `各部⻔`: the fold reads the
    supplement's whole-character forms as their ideographs, so the kind is read (s20start: `other`, the
    supplement was folded in the PDF reader only); the values keep the characters as written."""
    doc = checked(
        "某市人民政府办公室关于推进城市更新行动的实施意\u2ec5\n市政府各部\u2ed4：\n"
        "为推进城市更新行动，现提出如下意\u2ec5：\n一、总体要求\n到2025年，完成城镇老旧小区改造三百个。\n"
        "某市人民政府办公室\n2024年10月8日\n"
    )
    assert doc.kind == "opinion"
    assert doc.header.title == "某市人民政府办公室关于推进城市更新行动的实施意\u2ec5"
    assert doc.header.recipients == ("市政府各部\u2ed4",)


# --- 〇 for a 0 inside a figure year (patterns.DOC_NO_BROKEN, patterns.GARBLED_DATE_LINE) -------------


def test_a_figure_year_holding_the_numerals_zero_breaks_the_number_and_is_warned() -> None:
    """`某环复〔2〇23〕41号`: OCR gave 〇 for the year's 0; no year to split it by, so the number is
    broken and warned (s20start: the line was no 文号 at all, nothing said)."""
    doc = checked("某市生态环境局\n某环复〔2〇23〕41号\n" + _reply("今年新建社区卫生服务站三个。\n"))
    assert doc.header.doc_number is None
    assert "docnumber-unparsed" in codes(doc)
    assert doc.header.issuer == "某市生态环境局"


def test_a_signature_date_with_the_numerals_zero_in_its_figure_year_is_a_damaged_date() -> None:
    """`2〇23年11月2日` under the organ: a date OCR damaged, kept as written with no ISO value and
    warned (s20start read no date there, so no 落款 and no closing)."""
    source = _reply("今年新建社区卫生服务站三个。\n").replace("2024年10月8日", "2〇23年11月2日")
    doc = checked(source)
    assert doc.signature is not None and doc.signature.date is None
    assert doc.signature.date_text == "2〇23年11月2日"
    assert "date-unparsed" in codes(doc)


def test_guard_a_numeral_date_with_its_own_zeros_still_reads() -> None:
    """Guard: `二〇二三年十一月二日` (〇 the numerals' own zero) reads as before."""
    source = _reply("今年新建社区卫生服务站三个。\n").replace("2024年10月8日", "二〇二三年十一月二日")
    doc = checked(source)
    assert doc.signature is not None and doc.signature.date == "2023-11-02"


# --- OCR's 一 for a phone's dash (patterns.trailer._AREA_CODE) -----------------------------------------


def test_a_contact_phone_whose_dash_ocr_read_as_yi_is_the_phone() -> None:
    """`0551一63357890`: OCR read the dash between the area code and the number as 一; the phone is
    still the contact's, as written (s20start kept only the eight digits after it)."""
    doc = checked(_reply("今年新建社区卫生服务站三个。\n", tail="联系人：钟某\n联系电话：0551一63357890\n"))
    assert doc.contact is not None and doc.contact.phones == ("0551一63357890",)


# --- a proposal's number that lost its 号 (patterns.PROP_NO_LOST) -------------------------------------


def test_an_opening_naming_the_proposal_by_a_number_without_hao_keeps_its_reference() -> None:
    """`您提出的第125建议收悉`: the 号 lost, 第 before the number and 建议 after it still name the
    proposal (s20start: no reference)."""
    doc = checked(
        "关于区人大十届四次会议代表建议的答复\n宗某代表：\n您在区人大十届四次会议上提出的第125建议收悉，现答复如下：\n"
        "今年新建社区卫生服务站三个。\n特此答复。\n某区卫生健康局\n2024年10月8日\n"
    )
    assert doc.header.responds_to is not None and doc.header.responds_to.number == "125"


def test_guard_a_class_word_between_the_number_and_the_kind_names_no_number() -> None:
    """Guard: `第3类建议` (a class of proposals) is no proposal's number: the 号 is not what is missing."""
    doc = checked(
        "关于做好建议办理工作的通知\n各科室：\n今年我局承办的第3类建议共十二件，请按时办结。\n"
        "特此通知。\n某区卫生健康局\n2024年10月8日\n"
    )
    assert doc.header.responds_to is None


# --- variation selectors are invisible (charclass.ZERO_WIDTH) ---------------------------------------


def test_variation_selectors_inside_an_addressee_and_an_organ_leave() -> None:
    """U+FE01 after 邬 in the addressee and U+E0101 after 局 in the 落款: they only choose a glyph and
    leave as the zero-width characters do (s20start kept them, and the organ was no organ)."""
    source = _reply("今年新建社区卫生服务站三个。\n").replace("巫某委员", "邬\ufe01某委员")
    source = source.replace("某区卫生健康局\n", "某区卫生健康局\U000e0101\n")
    doc = checked(source)
    assert doc.header.recipients == ("邬某委员",)
    assert doc.signature is not None and doc.signature.issuers == ("某区卫生健康局",)
    assert "\ufe01" not in doc.text and "\U000e0101" not in doc.text


# --- a line ending on a soft hyphen goes on (Hints.hyphenated, rules.joins.continues) ----------------


def test_a_short_line_ending_on_a_soft_hyphen_joins_the_next() -> None:
    """`建立健全\u00ad` ⏎ `家庭医生签约服务长效机制。`: a short line that a width never cut, but the soft
    hyphen at its end says a hyphenating tool broke a word there: one paragraph, warned (s20start: two)."""
    doc = checked(_reply("我局将建立健全\u00ad\n家庭医生签约服务长效机制。\n"))
    assert doc.preamble[-1].text == "我局将建立健全家庭医生签约服务长效机制。"
    assert "page-break-joined" in codes(doc)


def test_guard_a_soft_hyphen_after_a_stop_ends_nothing_more() -> None:
    """Guard: a line ending `…三个。\u00ad` (a stray optional hyphen after the stop) is a whole sentence:
    the next line stays its own paragraph."""
    doc = checked(_reply("今年新建社区卫生服务站三个。\u00ad\n下一步，我局将推进医联体建设。\n"))
    assert [p.text for p in doc.preamble][-2:] == ["今年新建社区卫生服务站三个。", "下一步，我局将推进医联体建设。"]


# --- one HTML reference to a character beyond ASCII shows the copy escaped (rules.cleanup.entities) ---


def test_one_reference_to_a_full_width_comma_alone_is_read_and_warned() -> None:
    """`&#65292;` (，) once in a text: no document writes a numbered reference for its own comma, so the
    copy is escaped: read as ，, the line warned `text-repaired` (s20start: two were needed)."""
    doc = checked(_reply("今年新建社区卫生服务站三个&#65292;改造村卫生室十个。\n"))
    assert doc.preamble[-1].text == "今年新建社区卫生服务站三个，改造村卫生室十个。"
    assert "text-repaired" in codes(doc)


def test_guard_one_reference_to_an_ascii_character_alone_stays() -> None:
    """Guard: one `&lt;` alone (`PM2.5浓度&lt;35微克`) may be the copy's own: kept, nothing warned."""
    doc = checked(_reply("全区PM2.5年均浓度&lt;35微克每立方米。\n"))
    assert _in_text(doc, "&lt;35") and "text-repaired" not in codes(doc)


def test_guard_one_reference_named_by_a_sentence_stays() -> None:
    """Guard: a sentence naming the reference it speaks of (`句号写作&#12290;`) holds it as words: kept."""
    doc = checked(_reply("网页源码中句号写作&#12290;，我局已督促整改。\n"))
    assert _in_text(doc, "&#12290;")


# --- a page's address alone beside the site's chrome (patterns.EDGE_CHROME, furniture._edge_chrome) --


def test_a_print_views_address_over_its_buttons_between_two_copies_leaves() -> None:
    """A notice saved twice, the second time from its print view, whose band is the page's address alone
    over `【打印】【关闭】`: the address is the band's (chrome beside chrome), so the second copy follows
    the first at once and is the page's repeat (s20start: the address stayed, the copy too)."""
    body = (
        "关于做好秋冬季传染病防控工作的通知\n各社区卫生服务中心：\n请各中心做好秋冬季传染病防控工作。\n"
        "一、加强监测\n各中心要落实日报告制度。\n二、做好接种\n各中心要做好流感疫苗接种。\n特此通知。\n"
        "某区卫生健康局\n2024年10月8日\n"
    )
    doc = checked("首页 > 通知公告\n" + body + "www.example.gov.cn/xxgk/2024/1008.html\n【打印】【关闭】\n" + body)
    assert not _in_text(doc, "1008.html")
    assert doc.text.count("各中心要落实日报告制度。") == 1
    assert "repeat-dropped" in codes(doc)


def test_guard_an_address_alone_among_a_notices_sentences_stays() -> None:
    """Guard: a notice's own address for its readers, alone on its line between two sentences: text."""
    doc = checked(_reply("请登录以下网址预约家庭医生：\nhttps://www.example.gov.cn/jtys\n预约成功后将收到短信通知。\n"))
    assert _in_text(doc, "https://www.example.gov.cn/jtys")


def test_guard_a_soft_hyphen_after_a_headings_title_joins_no_sentence_to_it() -> None:
    """Guard: a stray optional hyphen at the end of a heading's line (`一、总体要求\u00ad`): the heading
    stays a heading with its own title, the sentence under it its paragraph."""
    doc = checked(_reply("一、总体要求\u00ad\n到2025年，新建社区卫生服务站十个。\n二、工作措施\n加强人员培训。\n"))
    assert _tree(doc)[0] == ("一、", "总体要求", ["到2025年，新建社区卫生服务站十个。"])


def test_guard_an_address_under_the_last_sentence_that_gives_it_stays() -> None:
    """Guard (review20's alert on the first form of the rule): a notice whose last section ends `…报名，网址：`
    over its address alone, then the 落款: the address is the notice's own, under the running text's last
    sentence or not; it stays, and nothing is dropped unwarned."""
    doc = checked(
        "关于开展2024年家庭医生签约服务宣传周活动的通知\n各社区卫生服务中心：\n现将有关事项通知如下：\n"
        "一、活动时间\n2024年10月14日至20日。\n二、报名方式\n各中心登录区卫生健康信息平台报名，网址：\n"
        "https://wsjk.example.gov.cn/bm\n\n某区卫生健康局\n2024年10月8日\n"
    )
    assert _in_text(doc, "https://wsjk.example.gov.cn/bm")


def test_guard_an_address_under_a_download_label_stays() -> None:
    """Guard: `表格下载地址` alone over an address, then the 落款: the label gives the address; it stays."""
    doc = checked(
        "关于报送2024年度基层卫生人才需求的通知\n各社区卫生服务中心：\n请各中心于10月底前报送需求表。\n"
        "表格下载地址\nhttps://wsjk.example.gov.cn/xq.xlsx\n\n某区卫生健康局\n2024年10月8日\n"
    )
    assert _in_text(doc, "https://wsjk.example.gov.cn/xq.xlsx")
