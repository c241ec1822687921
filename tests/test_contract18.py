"""Schema 1.9: the contract questions session 17 left open, each answered by a field, a code or a reading.

1. Readers' comments under the 落款 (网友评论 ⏎ 网友甲：… ⏎ 发表评论) stay out of `text`, but are no longer
   dropped in silence: warning `comments-dropped`, one a section, by every path that drops them (a text
   copy's comment section, an HTML element named *comment* outside the article or skipped inside it).
2. A crawler's JSON record written ASCII-escaped (`\\u738b`, json.dumps' default) reads as the same record
   written with its characters: the JSON's characters are its content. A list holding one record is that
   record; a list of several is no one document and stays as written.
3. A 附注's distribution scope (（此件发至乡镇，传达至村（社区））): `header.distribution` with its span, no
   longer `content-unplaced`.
4. `imprint.printed_on_span` marks a 印发 date written to its month, as `signature.date_span` does.
5. `header.serial` also holds a 公报's （第一号） and a 通报's 第N期 under the title; a 公报's organ and date
   under its title (no 落款 below) are its `signature`.
6. A person signing a 命令 or 议案 by post and name (市长 张某某, 领衔代表：王某某): `signature.persons`,
   never an issuer nor `header.signer`; such a 落款 names whom it needs (no `field-missing`).

Every document here is written for these tests and every expected value is written by hand from reading
it. These tests were written after the rules, as decisions rather than blind probes (as
tests/test_contract17.py was). First look with the 1.8 rules (s18start), by what each case showed: the
comment sections left with no warning (text and HTML alike); the escaped record's text was the raw
escapes (`\\u5173\\u4e8e…`, no title, kind other) and a one-record list was read as its raw JSON; the
scope notes were `content-unplaced`; a partial 印发 date had no span; the 公报's （第一号） was
`content-unplaced` and its organ and date preamble paragraphs, no signature (`field-missing`); the 令's
`市长张某某` was `content-unplaced` with `field-missing` (no organ). First run of this file on the rules:
see the commit that adds it.
"""

from __future__ import annotations

import json

import govdoc
from govdoc.model import Document, Span
from govdoc.table import NAMES, row_of
from tests.invariants import check_invariants, invented


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


def test_the_schema_version_is_1_9_or_later() -> None:
    assert tuple(map(int, govdoc.SCHEMA_VERSION.split("."))) >= (1, 9)
    assert _parse(_NOTICE_WITH_SCOPE).schema_version == govdoc.SCHEMA_VERSION


# --- 1. readers' comments under the 落款: dropped, and said ------------------------------------------------

_REPLY_WITH_COMMENTS = """关于加强老旧小区加装电梯工作的答复

李某某代表：

您提出的关于加强老旧小区加装电梯工作的建议收悉，现答复如下。

今年以来，我局会同各区推进既有住宅加装电梯，全年完成加装一百二十部。

某市住房和城乡建设局
2024年6月18日

网友评论
网友丙：我们小区也想加装，希望简化审批。
2024-06-20 08:31
网友丁：点赞！
2024-06-21 19:02
发表评论
"""


def test_a_comment_section_under_the_signature_leaves_the_text_with_a_warning() -> None:
    doc = _parse(_REPLY_WITH_COMMENTS)
    assert doc.text.endswith("某市住房和城乡建设局\n2024年6月18日")
    assert "网友丙" not in doc.text and "发表评论" not in doc.text
    warned = [w for w in doc.warnings if w.code == "comments-dropped"]
    assert len(warned) == 1
    assert "网友评论" in warned[0].message and "行" in warned[0].message
    # the span marks where the section stood: the end of the 落款's date line, the last line kept
    assert warned[0].span is not None
    assert warned[0].span.start == warned[0].span.end == len(doc.text)
    assert doc.signature is not None and doc.signature.date == "2024-06-18"


def test_a_heading_naming_readers_messages_inside_the_body_stays_unwarned() -> None:
    text = """关于网上群众留言办理情况的报告

市人民政府：

现将今年上半年网上群众留言办理情况报告如下。

网友留言

上半年共收到网友留言三千二百件，按期办结率百分之九十八。

某市信访局
2024年7月5日
"""
    doc = _parse(text)
    assert "网友留言\n上半年共收到网友留言三千二百件" in doc.text
    assert "comments-dropped" not in _codes(doc)


_PAGE = """<html><head><title>关于做好夏季用电保障工作的通知</title></head><body>
<div class="nav">首页 &gt; 通知公告</div>
<div class="article"><h1>关于做好夏季用电保障工作的通知</h1>
<p>各区发展改革局：</p><p>为做好今年夏季用电保障工作，现就有关事项通知如下。各区要加强统筹，确保电力供应平稳有序。</p>
<p>一、加强监测</p><p>各区要密切跟踪负荷变化，及时报告异常情况，确保措施落到实处。</p>
<p style="text-align:right">某市发展和改革委员会</p><p style="text-align:right">2024年6月3日</p>{inside}</div>
{outside}
<div class="footer">版权所有 某市发展和改革委员会</div>
</body></html>"""

_COMMENTS = (
    '<div class="comment-box"><h3>网友评论</h3><ul><li>网友戊：去年夏天我们小区停电三次。</li>'
    "<li>网友己：希望提前发布错峰用电安排。</li></ul><textarea></textarea><button>发表评论</button></div>"
)
_EMPTY_BOX = (
    '<div class="comment-box"><h3>网友评论</h3><p>暂无评论</p><textarea></textarea><button>发表评论</button></div>'
)


def test_an_html_comment_element_outside_the_article_is_warned() -> None:
    doc = _html(_PAGE.format(inside="", outside=_COMMENTS))
    assert "网友戊" not in doc.text
    warned = [w for w in doc.warnings if w.code == "comments-dropped"]
    assert len(warned) == 1
    assert "网友戊：去年夏天我们小区停电三次。" in warned[0].message and "2 段" in warned[0].message
    assert warned[0].span is None  # the page's, not a place in the text


def test_an_html_comment_element_inside_the_article_is_warned() -> None:
    doc = _html(_PAGE.format(inside=_COMMENTS, outside=""))
    assert "网友己" not in doc.text
    assert _codes(doc).count("comments-dropped") == 1
    assert doc.signature is not None and doc.signature.issuers == ("某市发展和改革委员会",)


def test_an_empty_comment_box_is_no_readers_words() -> None:
    doc = _html(_PAGE.format(inside="", outside=_EMPTY_BOX))
    assert "comments-dropped" not in _codes(doc)


# --- 2. a crawler's JSON record written ASCII-escaped ------------------------------------------------------

_RECORD_TEXT = (
    "关于县政协十届三次会议第71号提案的答复\n\n"
    "张某某委员：\n\n"
    "\u3000\u3000您提出的《关于推进“订单农业”发展的提案》收悉，现答复如下。\n\n"
    "一、发展成效\n\n"
    "\u3000\u3000全县发展订单农业面积八万亩，带动农户六千户，户均增收三千元。\n\n"
    "二、下一步打算\n\n"
    '\u3000\u3000我局将引导龙头企业与合作社签订"保底收购"合同，扩大订单覆盖面。\n\n'
    "某县农业农村局\n"
    "2024年6月3日\n"
)
_RECORD = {
    "id": 5120,
    "url": "http://nyj.example.gov.cn/art/5120.html",
    "title": "关于县政协十届三次会议第71号提案的答复",
    "author": "王𬌗",
    "content": _RECORD_TEXT,
}


def _same_reading(a: Document, b: Document) -> None:
    assert a.text == b.text
    assert a.header == b.header and a.signature == b.signature and a.sections == b.sections
    assert _codes(a) == _codes(b)


def test_an_ascii_escaped_record_reads_as_the_record_written_with_its_characters() -> None:
    escaped = json.dumps(_RECORD)
    assert "\\u5173" in escaped  # json.dumps' default: every non-ASCII character escaped
    doc = _parse(escaped)
    _same_reading(doc, _parse(json.dumps(_RECORD, ensure_ascii=False)))
    assert doc.kind == "reply"
    assert doc.header.title == "关于县政协十届三次会议第71号提案的答复"
    assert doc.sections[1].paragraphs[0].text == '我局将引导龙头企业与合作社签订"保底收购"合同，扩大订单覆盖面。'
    assert doc.signature is not None and doc.signature.issuers == ("某县农业农村局",)
    assert "\\u" not in doc.text and "5120" not in doc.text and "example" not in doc.text
    assert invented(doc.text, escaped) is None  # every character is the record's, as JSON reads it


def test_a_list_holding_one_escaped_record_is_that_record() -> None:
    doc = _parse(json.dumps([_RECORD], indent=2))
    _same_reading(doc, _parse(json.dumps(_RECORD)))


def test_a_character_past_the_basic_plane_written_as_a_surrogate_pair_is_one_character() -> None:
    record = dict(_RECORD, content=_RECORD_TEXT.replace("张某某委员", "王𬌗委员"))
    escaped = json.dumps(record)
    assert "\\ud870" in escaped.lower()
    doc = _parse(escaped)
    assert "王𬌗委员：" in doc.text


def test_a_records_tab_escapes_part_cells_as_a_texts_tabs_do() -> None:
    """review18 R9: a record's \\t is a tab, as the same lines in a text hold one."""
    record = {"title": "关于报送招生计划的通知", "content": "各学校：\n学校\t计划数\t备注\n第一中学\t450\t含特长生\n"}
    doc = _parse(json.dumps(record))
    assert "学校\t计划数\t备注\n第一中学\t450\t含特长生" in doc.text
    assert invented(doc.text, json.dumps(record)) is None


def test_a_list_of_several_records_is_no_one_document_and_stays_as_written() -> None:
    text = json.dumps([_RECORD, dict(_RECORD, id=5121)], ensure_ascii=False)
    doc = govdoc.parse_text(text)
    assert doc.text.startswith("[")  # not guessed which record is the document


def test_guard_escapes_written_in_a_plain_text_stay_as_written() -> None:
    text = _RECORD_TEXT.replace("全县发展订单农业面积", "系统接口中“中”字写作\\u4e2d，全县发展订单农业面积")
    doc = _parse(text)
    assert "写作\\u4e2d，" in doc.text  # no JSON record: the text's own characters


# --- 3. the 附注's distribution scope ----------------------------------------------------------------------

_NOTICE_HEAD = """某县人民政府办公室关于做好汛期地质灾害防范工作的通知

各乡镇人民政府，县直各单位：

为切实做好汛期地质灾害防范工作，现将有关事项通知如下。

一、压实防范责任

各乡镇要落实地质灾害隐患点监测责任人，确保责任到人。

某县人民政府办公室
"""
_NOTICE_WITH_SCOPE = _NOTICE_HEAD + "2024年5月20日\n\n（此件发至乡镇，传达至村（社区））\n"


def test_a_scope_note_under_the_date_is_the_distribution() -> None:
    doc = _parse(_NOTICE_WITH_SCOPE)
    assert doc.header.distribution == "发至乡镇，传达至村（社区）"
    assert _at(doc, doc.header.distribution_span) == "发至乡镇，传达至村（社区）"
    assert "content-unplaced" not in _codes(doc)
    assert doc.header.disclosure is None


def test_a_scope_note_on_the_date_line_is_the_distribution() -> None:
    doc = _parse(_NOTICE_HEAD + "2024年5月20日（此件发至县级）\n")
    assert doc.header.distribution == "发至县级"
    assert doc.signature is not None and doc.signature.date == "2024-05-20"


def test_a_labelled_note_saying_how_far_it_is_read_out_is_the_distribution() -> None:
    doc = _parse(_NOTICE_HEAD + "2024年5月20日\n\n附注：此件传达到村。\n")
    assert doc.header.distribution == "传达到村"


def test_a_note_of_scope_and_disclosure_gives_both_fields() -> None:
    doc = _parse(_NOTICE_HEAD + "2024年5月20日\n\n（此件发至县级，不公开）\n")
    assert doc.header.distribution == "发至县级"
    assert doc.header.disclosure == "不予公开"


def test_a_disclosure_note_is_no_distribution() -> None:
    doc = _parse(_NOTICE_HEAD + "2024年5月20日\n\n（此件公开发布）\n")
    assert doc.header.distribution is None
    assert doc.header.disclosure == "主动公开"


def test_a_body_sentence_sending_something_is_no_distribution() -> None:
    text = (
        _NOTICE_HEAD.replace("各乡镇要落实", "现将《地质灾害防治方案》印发至各乡镇，请认真贯彻落实。\n\n各乡镇要落实")
        + "2024年5月20日\n"
    )
    doc = _parse(text)
    assert doc.header.distribution is None


# --- 4. a 印发 date to the month has its span ---------------------------------------------------------------


def test_a_partial_printing_date_has_its_span_as_the_signatures_does() -> None:
    text = (
        _NOTICE_HEAD + "2024年5月\n\n抄送：县委办公室，县人大常委会办公室。\n某县人民政府办公室　　　　2024年5月印发\n"
    )
    doc = _parse(text)
    assert doc.signature is not None and doc.signature.date_partial == "2024-05"
    assert _at(doc, doc.signature.date_span) == "2024年5月"
    assert doc.imprint is not None
    assert doc.imprint.printed_on is None and doc.imprint.printed_on_partial == "2024-05"
    assert _at(doc, doc.imprint.printed_on_span) == "2024年5月"
    assert doc.imprint.printed_by == "某县人民政府办公室"


# --- 5. a 公报's and a 通报's serial; a 公报's organ and date under its title -----------------------------------

_COMMUNIQUE = """某市第十六届人民代表大会第二次会议公报
（第一号）

某市第十六届人民代表大会第二次会议主席团
2024年1月15日

某市第十六届人民代表大会第二次会议于2024年1月15日在某市举行预备会议。会议应出席代表四百一十二名，出席四百零三名，符合法定人数。

预备会议选举产生了大会主席团和秘书长，通过了大会议程。
"""


def test_a_communiques_number_under_its_title_is_the_serial() -> None:
    doc = _parse(_COMMUNIQUE)
    assert doc.kind == "communique"
    assert doc.header.serial is not None
    assert (doc.header.serial.text, doc.header.serial.number, doc.header.serial.year) == ("第一号", 1, None)
    assert _at(doc, doc.header.serial.span) == "第一号"


def test_a_communiques_organ_and_date_under_its_title_are_its_signature() -> None:
    doc = _parse(_COMMUNIQUE)
    assert doc.signature is not None
    assert doc.signature.issuers == ("某市第十六届人民代表大会第二次会议主席团",)
    assert (doc.signature.date, doc.signature.date_text) == ("2024-01-15", "2024年1月15日")
    assert _at(doc, doc.signature.issuers_spans[0]) == "某市第十六届人民代表大会第二次会议主席团"
    assert [p.text[:8] for p in doc.preamble] == ["某市第十六届人民", "预备会议选举产生"]
    assert "field-missing" not in _codes(doc) and "content-unplaced" not in _codes(doc)


def test_a_statistical_communiques_organ_beside_its_date_is_its_signature() -> None:
    text = """某市2023年国民经济和社会发展统计公报

某市统计局　　　　2024年3月20日

2023年，全市地区生产总值达到一千二百亿元，比上年增长百分之五点六。

全年城镇新增就业二万一千人。
"""
    doc = _parse(text)
    assert doc.signature is not None
    assert doc.signature.issuers == ("某市统计局",)
    assert doc.signature.date == "2024-03-20"
    assert doc.header.serial is None


def test_a_communique_signed_at_its_end_keeps_that_signature() -> None:
    text = """某县2023年度环境状况公报

2023年，全县空气质量优良天数比例为百分之九十二，比上年提高一点五个百分点。

全县地表水国控断面水质优良比例达到百分之百。

某县生态环境局
2024年5月30日
"""
    doc = _parse(text)
    assert doc.signature is not None
    assert doc.signature.issuers == ("某县生态环境局",) and doc.signature.date == "2024-05-30"
    assert len(doc.preamble) == 2


def test_a_bulletins_issue_under_its_title_is_the_serial() -> None:
    text = """关于全市安全生产大检查情况的通报
第3期

各区人民政府，市直各单位：

近期，市安委会办公室组织开展了安全生产大检查。现将有关情况通报如下。

某市安全生产委员会办公室
2024年4月2日
"""
    doc = _parse(text)
    assert doc.kind == "bulletin"
    assert doc.header.serial is not None
    assert (doc.header.serial.text, doc.header.serial.number) == ("第3期", 3)


def test_a_briefings_issue_under_its_title_is_the_serial() -> None:
    text = """某市教育工作简报
2024年第5期

全市中小学开展暑期安全教育

近日，全市中小学开展暑期安全教育活动，共覆盖学生十二万人。各校通过主题班会、家长会等形式，提高学生安全意识。

市教育局将持续开展安全隐患排查。
"""
    doc = _parse(text)
    assert doc.header.title == "某市教育工作简报"
    assert doc.header.serial is not None
    assert (doc.header.serial.text, doc.header.serial.number, doc.header.serial.year) == ("2024年第5期", 5, 2024)


# --- 6. a person signing by post and name ----------------------------------------------------------------

_ORDER = """某市人民政府令
第15号

《某市城市供水管理办法》已经2024年2月26日市人民政府第31次常务会议通过，现予公布，自2024年5月1日起施行。

市长　赵某某
2024年3月8日
"""


def test_a_mayor_signing_an_order_is_a_signing_person_not_an_issuer() -> None:
    doc = _parse(_ORDER)
    assert doc.signature is not None
    assert doc.signature.issuers == ()
    assert [(p.post, p.name) for p in doc.signature.persons] == [("市长", "赵某某")]
    person = doc.signature.persons[0]
    assert _at(doc, person.name_span) == "赵某某"
    assert _at(doc, person.span).startswith("市长")
    assert doc.header.signer is None
    assert "field-missing" not in _codes(doc) and "content-unplaced" not in _codes(doc)


def test_a_motion_signed_by_its_government_and_mayor_gives_both() -> None:
    text = """某市人民政府关于提请审议《某市养老服务条例（草案）》的议案

某市人民代表大会常务委员会：

为规范养老服务，市人民政府起草了《某市养老服务条例（草案）》，已经市人民政府常务会议讨论通过，现提请审议。

某市人民政府
市长　钱某某
2024年4月10日
"""
    doc = _parse(text)
    assert doc.kind == "motion"
    assert doc.signature is not None
    assert doc.signature.issuers == ("某市人民政府",)
    assert [(p.post, p.name) for p in doc.signature.persons] == [("市长", "钱某某")]


def test_a_leading_deputy_signing_a_motion_is_a_signing_person() -> None:
    text = """关于制定《某县农村生活垃圾治理条例》的议案

某县人民代表大会主席团：

我县农村生活垃圾治理尚无地方性法规，建议县人大常委会制定相关条例，明确各方责任。

领衔代表：孙某某
2024年1月8日
"""
    doc = _parse(text)
    assert doc.signature is not None
    assert [(p.post, p.name) for p in doc.signature.persons] == [("领衔代表", "孙某某")]
    assert doc.signature.issuers == ()


def test_guard_an_office_named_after_a_post_is_an_organ_not_a_person() -> None:
    text = """关于市民反映小区停水问题的答复

刘某某先生：

您反映的小区停水问题收悉。经核实，停水系管网抢修所致，现已恢复供水。

市长热线办公室
2024年8月2日
"""
    doc = _parse(text)
    assert doc.signature is not None
    assert doc.signature.issuers == ("市长热线办公室",) and doc.signature.persons == ()


def test_guard_a_mailbox_or_a_meeting_named_after_a_post_is_no_person() -> None:
    """review18 R3: 市长信箱 and 主任会议 are a mailbox and a body, no 市长 named 信箱 nor 主任 named 会议."""
    text = """关于小区噪音扰民问题的回复

网友您好：

您反映的小区夜间施工噪音扰民问题收悉。经核查，该工地已被责令停止夜间施工。

市长信箱
2024年6月5日
"""
    doc = _parse(text)
    assert doc.signature is None or doc.signature.persons == ()
    for box in ("市长公开电话", "县长专线电话", "市长电话", "主任委员", "市长助理"):  # diffread-B B3
        doc = _parse(text.replace("市长信箱", box))
        assert doc.signature is None or doc.signature.persons == (), box
    decision = """关于召开县人大常委会第二十次会议的决定

县人大常委会主任会议决定，县人大常委会第二十次会议于2024年6月20日召开。

主任会议
主任　王某某
2024年6月10日
"""
    doc = _parse(decision)
    assert doc.signature is not None
    assert [(p.post, p.name) for p in doc.signature.persons] == [("主任", "王某某")]


def test_an_organs_signature_has_no_persons() -> None:
    doc = _parse(_NOTICE_WITH_SCOPE)
    assert doc.signature is not None and doc.signature.persons == ()


def test_the_premier_line_of_an_order_promulgating_a_regulation_stays_the_orders_head() -> None:
    text = """中华人民共和国国务院令
第800号

《某某管理条例》已经2024年1月5日国务院第22次常务会议通过，现予公布，自2024年3月1日起施行。

总理　某某某
2024年1月20日

某某管理条例

第一条　为了加强某某管理，制定本条例。

第二条　本条例自2024年3月1日起施行。
"""
    doc = _parse(text)
    assert doc.header.title == "某某管理条例"
    assert doc.signature is None or doc.signature.persons == ()


# --- the document table and Markdown ------------------------------------------------------------------------


def test_the_document_table_gains_distribution_and_signing_persons() -> None:
    assert "distribution" in NAMES and "signature_persons" in NAMES
    row = row_of(_parse(_NOTICE_WITH_SCOPE))
    assert row["distribution"] == "发至乡镇，传达至村（社区）"
    row = row_of(_parse(_ORDER))
    assert row["signature_persons"] == "市长 赵某某"


def test_markdown_shows_the_distribution_and_the_signing_person() -> None:
    assert "| 发送范围 | 发至乡镇，传达至村（社区） |" in _parse(_NOTICE_WITH_SCOPE).to_markdown()
    assert "市长 赵某某" in _parse(_ORDER).to_markdown()
