"""Schema 1.10: the contract questions sessions 17 and 18 left open, answered (/work/coord/contract19.md).

1. A title ending 答复书 (政府信息公开申请答复书) is `kind` reply, a written form of an 答复 as 1.3's 答复意见书;
   an answer to an information request responds to the request: `responds_to.kind` `申请`, its applicant
   the proposer.
2. 网友您好： / 网友您好！ / 尊敬的网友：: the 主送 is 网友 (a greeting after the name is no part of it).
3. A 摘要 row in a 部委 reply's head is a metadata pair; after the 主送 it is body text.
4. A 落款 or 印发 date written to its year only: `date_partial` / `printed_on_partial` `2024`, `date-partial`.
5. A 12345 work order's 答复时间 dates its signature; its 承办单位 stays the contact's unit.
9. A 交办函's `responds_to.text` is the proposal's reference, not the verb before it.
10. HTML character references in a text input (&ldquo; &quot; &amp;) are decoded and said (`text-repaired`,
    `html-entity:`); a bare & stays.
11. .rst, .adoc and .org files are read as text (known suffixes, `source.format` `txt`).
12. The 30-character bound is the section titles' run-in bound: a heading line of 40–60 characters is a title.
Silent drops: a portal's 相关附件 box naming files, where the text lists no 附件 of its own, gives
`attachments`.

Every document here is written for these tests, every expected value by hand from reading it. First look
(these tests committed before any rule of this change, run on the session's start): see the commit after it.
"""

from __future__ import annotations

from pathlib import Path

import govdoc
from govdoc.model import Document, Span
from tests.invariants import check_invariants


def _parse(text: str) -> Document:
    doc = govdoc.parse_text(text)
    check_invariants(doc)
    return doc


def _html(page: str) -> Document:
    doc = govdoc.parse(page.encode("utf-8"), format="html")
    check_invariants(doc)
    return doc


def _at(doc: Document, span: Span | None) -> str:
    assert span is not None
    return doc.text[span.start : span.end]


def _codes(doc: Document) -> list[str]:
    return [w.code for w in doc.warnings]


def test_the_schema_version_is_1_10_or_later() -> None:
    assert tuple(map(int, govdoc.SCHEMA_VERSION.split("."))) >= (1, 10)  # (1.11: contract20)


# --- 1. 答复书 ----------------------------------------------------------------------------------------------

_INFORMATION_ANSWER = """湖川县自然资源局
政府信息公开申请答复书
湖自然依复〔2024〕7号
申请人：钱某某
你于2024年8月2日通过网上申请平台向本机关提出的政府信息公开申请收悉。经审查，现答复如下：
你申请获取的“城东片区控制性详细规划批复文件”属于本机关公开的政府信息，现随本答复书提供给你。
如对本答复不服，可以自收到本答复书之日起六十日内依法申请行政复议。
湖川县自然资源局
2024年8月20日
"""


def test_an_answer_to_an_information_request_is_a_reply_to_the_request() -> None:
    doc = _parse(_INFORMATION_ANSWER)
    assert doc.kind == "reply"
    assert doc.header.title == "政府信息公开申请答复书"
    assert doc.header.recipients == ("钱某某",)
    ref = doc.header.responds_to
    assert ref is not None
    assert ref.kind == "申请"
    assert ref.text == "政府信息公开申请"
    assert ref.proposers == ("钱某某",)
    assert (ref.body, ref.level, ref.term, ref.session, ref.number, ref.title) == (None,) * 6
    assert _at(doc, ref.span) == "政府信息公开申请"
    assert "field-missing" not in _codes(doc)
    assert doc.signature is not None and doc.signature.date == "2024-08-20"


def test_an_information_answer_addressed_by_name_has_no_proposer_from_the_recipient() -> None:
    # 主送 by name (no 申请人： label): the applicant is the addressee, never inferred into proposers
    doc = _parse(
        "湖川县交通运输局政府信息公开申请答复书\n湖交依复〔2024〕3号\n孙某某：\n"
        "你单位于2024年6月5日提交的政府信息公开申请收悉。经查，你申请的信息不存在。\n"
        "湖川县交通运输局\n2024年6月19日\n"
    )
    assert doc.kind == "reply"
    ref = doc.header.responds_to
    assert ref is not None and ref.kind == "申请" and ref.proposers == ()
    assert ref.text == "政府信息公开申请"


def test_a_motion_answer_written_as_an_answer_book_is_a_reply_to_the_motion() -> None:
    doc = _parse(
        "关于县十届人大四次会议第3号议案的答复书\n县人大常委会：\n"
        "县十届人大四次会议第3号议案收悉。现答复如下：\n我县已将城区污水管网改造列入年度计划。\n"
        "湖川县人民政府\n2024年7月2日\n"
    )
    assert doc.kind == "reply"
    ref = doc.header.responds_to
    assert ref is not None and ref.kind == "议案" and ref.number == "3"


def test_a_notice_of_information_request_stays_other() -> None:
    # guard: 告知书 is none of the contract's types, whatever it answers
    doc = _parse(
        "湖川县财政局\n政府信息公开申请告知书\n湖财依告〔2024〕2号\n申请人：周某某\n"
        "你提出的政府信息公开申请收悉。经审查，该信息由县发展和改革局负责公开，请向该机关申请。\n"
        "湖川县财政局\n2024年9月3日\n"
    )
    assert doc.kind == "other"


# --- 2. 网友您好 ---------------------------------------------------------------------------------------------


def _board(salutation: str) -> Document:
    return _parse(
        f"关于小区门前道路积水问题的回复\n{salutation}\n"
        "您在留言板反映的问题已收悉。经现场核查，该路段排水管道已完成疏通，积水问题已解决。\n"
        "感谢您对我们工作的关心和支持。\n湖川县住房和城乡建设局\n2024年7月15日\n"
    )


def test_a_board_answers_addressee_is_the_netizen_however_greeted() -> None:
    for salutation in ("网友：您好！", "网友您好：", "网友您好！", "尊敬的网友：", "尊敬的网友您好："):
        doc = _board(salutation)
        assert doc.header.recipients == ("网友",), salutation
        assert _at(doc, doc.header.recipients_spans[0]) == "网友", salutation


def test_a_named_writer_greeted_keeps_the_name_only() -> None:
    assert _board("张先生您好：").header.recipients == ("张先生",)
    assert _board("市民朋友您好！").header.recipients == ("市民朋友",)


def test_a_bare_greeting_names_no_addressee() -> None:
    # guard: 您好！ alone names nobody
    doc = _board("您好！")
    assert doc.header.recipients == ()


# --- 3. 摘要 ----------------------------------------------------------------------------------------------


def test_a_summary_row_in_a_ministrys_head_is_metadata() -> None:
    doc = _parse(
        "关于十四届全国人大二次会议第5678号建议的答复\n某部函〔2024〕88号\n"
        "摘要：关于支持中西部地区职业教育发展的建议\n刘某某代表：\n"
        "您提出的关于支持中西部地区职业教育发展的建议收悉，现答复如下。\n"
        "近年来，我部持续加大对中西部地区职业教育的支持力度。\n某部\n2024年6月28日\n"
    )
    assert doc.header.metadata.get("摘要") == "关于支持中西部地区职业教育发展的建议"
    assert doc.header.recipients == ("刘某某代表",)
    assert all("摘要" not in p.text for p in doc.preamble)


def test_a_summary_line_after_the_addressee_is_body_text() -> None:
    doc = _parse(
        "关于加强农村供水保障的答复\n王某某委员：\n您提出的关于加强农村供水保障的提案收悉，现答复如下。\n"
        "摘要：全县农村自来水普及率已达百分之九十八，下一步将推进城乡供水一体化。\n"
        "今年以来，我局新建改造农村供水工程十二处。\n湖川县水利局\n2024年6月3日\n"
    )
    assert "摘要" not in doc.header.metadata
    assert any(p.text.startswith("摘要：全县农村自来水普及率") for p in doc.preamble)


# --- 4. year-only dates -------------------------------------------------------------------------------------


def test_a_signature_dated_to_its_year_only_is_read_to_that_precision() -> None:
    doc = _parse(
        "关于做好汛期安全防范工作的通知\n各乡镇人民政府：\n请各乡镇切实做好汛期安全防范工作，确保人民群众生命财产安全。\n"
        "湖川县防汛抗旱指挥部办公室\n二〇二四年\n"
    )
    sig = doc.signature
    assert sig is not None
    assert sig.issuers == ("湖川县防汛抗旱指挥部办公室",)
    assert sig.date is None
    assert sig.date_text == "二〇二四年"
    assert sig.date_partial == "2024"
    assert _at(doc, sig.date_span) == "二〇二四年"
    assert "date-partial" in _codes(doc)
    assert "field-missing" not in _codes(doc)


def test_a_printing_line_dated_to_its_year_only_gives_its_organ_and_partial_date() -> None:
    doc = _parse(
        "关于做好汛期安全防范工作的通知\n各乡镇人民政府：\n请各乡镇切实做好汛期安全防范工作。\n"
        "湖川县人民政府办公室\n2024年6月3日\n抄送：县委办公室。\n湖川县人民政府办公室　　2024年印发\n"
    )
    imprint = doc.imprint
    assert imprint is not None
    assert imprint.printed_by == "湖川县人民政府办公室"
    assert imprint.printed_on is None
    assert imprint.printed_on_partial == "2024"
    assert "content-unplaced" not in _codes(doc)


def test_a_year_alone_inside_the_body_signs_nothing() -> None:
    # guard: a year heading a plan's part is no 落款's date
    doc = _parse(
        "关于印发湖川县三年行动计划的通知\n各乡镇人民政府：\n现将行动计划印发给你们，请认真贯彻执行。\n"
        "一、工作安排\n2024年\n完成城区管网改造一期工程。\n2025年\n完成二期工程。\n"
        "湖川县人民政府\n2024年3月1日\n"
    )
    sig = doc.signature
    assert sig is not None and sig.date == "2024-03-01" and sig.date_partial is None


# --- 5. 12345 ---------------------------------------------------------------------------------------------


def test_a_hotline_answer_time_dates_the_signature_and_the_handling_unit_is_the_contacts() -> None:
    doc = _parse(
        "工单编号：202407150023\n来电人：李女士\n诉求内容：小区路灯损坏多日无人维修。\n"
        "答复内容：您好，经核实，该路灯已于7月16日修复。感谢您的来电。\n"
        "承办单位：湖川县城市管理局\n答复时间：2024年7月17日\n"
    )
    sig = doc.signature
    assert sig is not None and sig.date == "2024-07-17" and sig.issuers == ()
    assert doc.contact is not None and doc.contact.unit == "湖川县城市管理局"


# --- 9. 交办函 --------------------------------------------------------------------------------------------


def test_a_hand_over_letters_reference_is_the_proposal_without_the_verb() -> None:
    doc = _parse(
        "关于交办县政协九届三次会议第0042号提案的函\n县交通运输局：\n"
        "县政协九届三次会议第0042号提案，经审查立案，现交你单位办理。\n"
        "政协湖川县委员会提案委员会\n2024年3月20日\n"
    )
    ref = doc.header.responds_to
    assert ref is not None
    assert ref.text == "县政协九届三次会议第0042号提案"
    assert (ref.body, ref.level, ref.term, ref.session, ref.number) == ("政协", "县", 9, 3, "0042")


# --- 10. HTML character references in a text input ---------------------------------------------------------


def test_character_references_in_a_text_copy_are_decoded_and_said() -> None:
    doc = _parse(
        "关于推进&ldquo;一网通办&rdquo;的答复\n赵某某代表：\n"
        "您提出的关于推进&ldquo;一网通办&rdquo;的建议收悉。我局已上线&quot;一件事&quot;套餐服务&nbsp;42项。\n"
        "湖川县政务服务管理局\n2024年5月8日\n"
    )
    assert doc.header.title == "关于推进“一网通办”的答复"
    assert "&" not in doc.text
    assert '我局已上线"一件事"套餐服务' in doc.text
    repaired = [w for w in doc.warnings if w.code == "text-repaired"]
    assert len(repaired) == 2
    assert all(w.message.startswith("html-entity") for w in repaired)


def test_an_ampersand_without_a_reference_stays() -> None:
    # guard: R&D, A&B and an unknown &name; are the text's own
    doc = _parse(
        "关于支持企业加大R&D投入的答复\n钱某某代表：\n您提出的建议收悉。全县规上企业R&D经费增长百分之十二，A&B两类企业均有增长。\n"
        "湖川县科学技术局\n2024年5月8日\n"
    )
    assert doc.header.title == "关于支持企业加大R&D投入的答复"
    assert "A&B两类" in doc.text
    assert "text-repaired" not in _codes(doc)


# --- 11. .rst, .adoc, .org --------------------------------------------------------------------------------


def test_rst_adoc_and_org_files_are_read_as_text(tmp_path: Path) -> None:
    body = "关于做好防汛工作的通知\n各乡镇人民政府：\n请做好防汛工作。\n湖川县人民政府\n2024年6月1日\n"
    # decision revised after the first look: the text reader already reads their marks where the text shows
    # them, and the contract's formats name the reader (a .text is `txt`, a .markdown `md`): `txt`
    for suffix, fmt in ((".rst", "txt"), (".adoc", "txt"), (".asciidoc", "txt"), (".org", "txt")):
        path = tmp_path / f"notice{suffix}"
        path.write_text(body, encoding="utf-8")
        doc = govdoc.parse(str(path))
        assert doc.source.format == fmt
        assert doc.header.title == "关于做好防汛工作的通知"
        assert doc.signature is not None and doc.signature.date == "2024-06-01"


# --- 12. the 30-character bound ---------------------------------------------------------------------------


def test_a_long_heading_line_answering_one_suggestion_is_a_section_title() -> None:
    heading = "关于加快推进城乡一体化供水工程建设和农村饮水安全巩固提升的建议的答复"
    assert len(heading) > 30
    doc = _parse(
        "湖川县水利局关于县十届人大三次会议第12号和第15号建议的答复\n县人大代表张某某：\n你提出的建议收悉，现答复如下：\n"
        f"一、{heading}\n我局高度重视，已完成供水管网改造三十公里。\n"
        "二、关于加强农村水利设施管护的建议的答复\n我局已建立管护机制。\n湖川县水利局\n2024年6月1日\n"
    )
    assert doc.header.title == "湖川县水利局关于县十届人大三次会议第12号和第15号建议的答复"
    assert [s.title for s in doc.sections] == [heading, "关于加强农村水利设施管护的建议的答复"]


# --- silent drops: the 相关附件 box ----------------------------------------------------------------------


def test_a_portal_boxs_files_are_the_attachments_where_the_text_lists_none() -> None:
    doc = _parse(
        "首页 > 政务公开 > 通知公告\n关于开展2024年度安全生产大检查的通知\n"
        "各乡镇人民政府，县直各单位：\n为做好安全生产工作，现将有关事项通知如下。\n"
        "请于5月31日前报送检查情况。\n湖川县应急管理局\n2024年5月6日\n"
        "相关附件：\n1.安全生产检查表.docx（25KB）\n2.检查情况汇总表.xlsx\n【打印本页】【关闭窗口】\n"
    )
    assert doc.attachments == ("安全生产检查表", "检查情况汇总表")
    assert "content-unplaced" not in _codes(doc)


def test_a_portal_box_repeating_the_texts_own_attachments_adds_none() -> None:
    # guard: the text lists its 附件; the box repeats them and is the page's
    doc = _parse(
        "关于开展2024年度安全生产大检查的通知\n各乡镇人民政府：\n请于5月31日前报送检查情况。\n"
        "附件：安全生产检查表\n湖川县应急管理局\n2024年5月6日\n"
        "相关附件：\n安全生产检查表.docx\n"
    )
    assert doc.attachments == ("安全生产检查表",)


def test_an_information_answer_naming_the_request_without_its_full_name_still_answers_it() -> None:
    doc = _parse(
        "湖川县民政局政府信息公开申请答复书\n湖民依复〔2024〕4号\n吴某某：\n"
        "本机关于2024年7月1日收到您的申请，现答复如下：您申请的信息不存在。\n湖川县民政局\n2024年7月9日\n"
    )
    ref = doc.header.responds_to
    assert ref is not None and ref.kind == "申请" and ref.text == "申请"
    assert _at(doc, ref.span) == "申请"


def test_a_year_heading_inside_the_body_stays_in_the_text() -> None:
    # up to 1.9 a year alone was chrome wherever it stood, dropped unwarned
    doc = _parse(
        "关于印发湖川县三年行动计划的通知\n各乡镇人民政府：\n现将行动计划印发给你们，请认真贯彻执行。\n"
        "一、工作安排\n2024年\n完成城区管网改造一期工程。\n2025年\n完成二期工程。\n"
        "湖川县人民政府\n2024年3月1日\n"
    )
    assert "\n2024年\n完成城区管网改造一期工程。\n2025年\n" in doc.text


def test_a_task_tables_cells_ending_on_an_organ_and_a_year_sign_nothing() -> None:
    # guard: a table copied one cell a line, its last row's 责任单位 and 完成时间 at the text's end
    doc = _parse(
        "湖川县老旧小区改造实施方案\n一、重点任务\n序号\n任务\n责任单位\n完成时间\n"
        "1\n改造老旧小区120个\n县住建局\n2024年\n"
    )
    assert doc.signature is None
    assert doc.text.endswith("县住建局\n2024年")


def test_a_site_date_widget_above_the_title_is_still_chrome() -> None:
    doc = _parse(
        "2024年\n关于做好汛期安全防范工作的通知\n各乡镇人民政府：\n请各乡镇切实做好汛期安全防范工作。\n"
        "湖川县人民政府办公室\n2024年6月3日\n"
    )
    assert doc.text.startswith("关于做好汛期安全防范工作的通知")


# --- 8. comment sections named otherwise in HTML: one vocabulary ------------------------------------------

_PAGE = """<html><head><title>关于做好夏季防汛工作的通知</title></head><body>
<div class="nav">首页 &gt; 通知公告</div>
<div class="article"><h1>关于做好夏季防汛工作的通知</h1>
<p>各乡镇人民政府：</p><p>为做好今年夏季防汛工作，现就有关事项通知如下。各乡镇要加强值守，确保安全度汛。</p>
<p style="text-align:right">湖川县人民政府办公室</p><p style="text-align:right">2024年6月3日</p>{inside}</div>
{outside}
<div class="footer">版权所有 湖川县人民政府</div>
</body></html>"""


def test_a_pinglun_element_outside_the_article_is_warned() -> None:
    outside = (
        '<div class="pinglun-list"><h3>网友评论</h3><ul><li>网友庚：我们村去年内涝严重。</li>'
        "<li>网友辛：希望提前发布预警信息。</li></ul></div>"
    )
    doc = _html(_PAGE.format(inside="", outside=outside))
    assert "网友庚" not in doc.text
    warned = [w for w in doc.warnings if w.code == "comments-dropped"]
    assert len(warned) == 1 and "网友庚：我们村去年内涝严重。" in warned[0].message


def test_a_comment_services_box_inside_the_article_is_warned() -> None:
    inside = '<div id="SOHUCS"><p>网友壬：点赞，措施很具体。</p><p>网友癸：建议增加应急物资储备点。</p></div>'
    doc = _html(_PAGE.format(inside=inside, outside=""))
    assert "网友壬" not in doc.text
    assert _codes(doc).count("comments-dropped") == 1
    assert doc.signature is not None and doc.signature.issuers == ("湖川县人民政府办公室",)


def test_a_reply_element_holding_the_answer_is_the_text() -> None:
    # guard: a mailbox page sets its answer in an element named reply: never a comment section
    page = """<html><body><div class="letter"><p>来信标题：关于村道路灯的问题</p><p>来信内容：村道路灯坏了。</p></div>
<div class="reply"><p>您好！您反映的村道路灯问题已收悉。经核实，路灯已于6月5日修复。感谢您的来信。</p>
<p>湖川县交通运输局</p><p>2024年6月6日</p></div></body></html>"""
    doc = _html(page)
    assert "路灯已于6月5日修复" in doc.text
    assert "comments-dropped" not in _codes(doc)


# --- silent drops: 相关信息 inside the text ------------------------------------------------------------------


def test_a_related_information_heading_inside_the_text_stays_over_a_repeated_line() -> None:
    # up to 1.9 the label was dropped as a sidebar's wherever the line under it repeated one above
    doc = _parse(
        "关于加强社区养老服务的答复\n张某某代表：\n您提出的关于加强社区养老服务的建议收悉。现答复如下。\n"
        "一、基本情况\n全县已建成社区养老服务站四十二个。\n相关信息\n全县已建成社区养老服务站四十二个。\n"
        "二、下一步工作\n继续推进社区嵌入式养老服务。\n湖川县民政局\n2024年5月6日\n"
    )
    assert "\n相关信息\n全县已建成社区养老服务站四十二个。\n二、下一步工作" in doc.text


def test_a_sidebar_box_repeating_the_signature_at_the_pages_end_is_still_chrome() -> None:
    doc = _parse(
        "关于加强社区养老服务的答复\n张某某代表：\n您提出的关于加强社区养老服务的建议收悉。现答复如下。\n"
        "全县已建成社区养老服务站四十二个，覆盖率达百分之八十。\n湖川县民政局\n2024年5月6日\n"
        "相关信息\n湖川县民政局\n"
    )
    assert "相关信息" not in doc.text


def test_a_speech_greeting_its_audience_names_no_addressee() -> None:
    # guard: only the public's words greeted without a colon (网友, 市民 …) are a 主送; 同志们好！ greets a hall
    doc = _parse(
        "在全县安全生产工作会议上的讲话\n同志们好！\n今天召开全县安全生产工作会议，主要任务是部署下一阶段工作。\n"
        "一、提高认识\n安全生产是底线。\n"
    )
    assert doc.header.recipients == ()


def test_a_portal_box_naming_no_file_stays_as_it_stands() -> None:
    # guard: a 相关附件 label over no file row names no attachment
    doc = _parse(
        "关于开展2024年度安全生产大检查的通知\n各乡镇人民政府：\n请于5月31日前报送检查情况。\n"
        "湖川县应急管理局\n2024年5月6日\n相关附件：\n联系人：王某，电话：0731-1234567\n"
    )
    assert doc.attachments == ()
    assert doc.contact is not None and doc.contact.name == "王某"


def test_a_file_box_inside_a_section_is_the_texts_own_and_the_sections_below_stay() -> None:
    # review19 V4: a 相关附件 box read as the 附件说明 inside the body ended it there, the sections below lost
    doc = _parse(
        "关于做好2024年度农机购置补贴申报工作的通知\n各乡镇人民政府：\n现将有关事项通知如下：\n"
        "一、补贴对象\n从事农业生产的个人和组织。\n二、申报材料\n相关附件：\n1.补贴申请表.docx\n"
        "请从县农业农村局网站下载。\n三、办理时限\n申报材料请于8月15日前报送。\n"
        "湖川县农业农村局\n2024年6月5日\n"
    )
    assert [s.marker for s in doc.sections] == ["一、", "二、", "三、"]
    assert doc.attachments == ()
    assert "content-unplaced" not in _codes(doc)


def test_a_task_table_whose_cell_ends_on_a_stop_signs_nothing_either() -> None:
    # guard: a cell copied a line may end on 。; over the organ and year cells it is no running text
    doc = _parse(
        "湖川县老旧小区改造实施方案\n一、重点任务\n序号\n任务\n责任单位\n完成时间\n"
        "1\n完成老旧小区改造。\n县住建局\n2024年\n"
    )
    assert doc.signature is None
