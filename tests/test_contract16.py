"""Schema 1.7: the contract questions earlier sessions left open, each answered by a field or a row.

- 传真: a fax number is `contact.faxes` (as written), never a phone and never dropped; a number
  labelled both (电话/传真) is in `phones` and `faxes`.
- 主题词 / 关键词: `header.subject_terms`, from the 版记's 主题词 line (GB/T 9704-1999) and from a
  portal's information table, split at spaces, 、 ， ；.
- 保密期限: `header.security` holds the 密级 and its 保密期限 as written, also when the 保密期限
  stands in a cell or line of its own (joined after one space); the table's pair stays in metadata.
- Level: 林区 (神农架林区) is a level of its own; a 新区 with a 人大 or 政协 is a 区; a 兵团 division
  is no level (its city names the level where the two are one).

Every document here is written for these tests, and every expected value is written by hand from
reading it. First look (before the rules changed): 传真 numbers were dropped in silence where a
phone shared their line and warned `content-unplaced` where they stood alone; a 版记's 主题词 line
was `content-unplaced`; a separate 保密期限 stood only in `header.metadata`; 神农架林区 read 区.
"""

from __future__ import annotations

import govdoc
from govdoc.model import Document, Span
from tests.invariants import check_invariants

_BODY = "您提出的关于加强社区养老服务的提案收悉。现答复如下：\n\n我局已新建社区养老服务站八个。\n\n感谢您对民政工作的关心和支持。\n"


def _reply(trailer: str, head: str = "") -> Document:
    text = f"{head}关于加强社区养老服务的提案的答复\n\n李某委员：\n\n{_BODY}\n某县民政局\n2024年6月3日\n\n{trailer}"
    return _parse(text)


def _parse(text: str) -> Document:
    """The document, its spans (the new fields' too) checked to slice to their values."""
    doc = govdoc.parse_text(text)
    check_invariants(doc)
    return doc


def _at(doc: Document, span: Span | None) -> str:
    assert span is not None
    return doc.text[span.start : span.end]


def _codes(doc: Document) -> list[str]:
    return [w.code for w in doc.warnings]


# --- 传真 -----------------------------------------------------------------------------------


def test_a_fax_beside_a_phone_on_one_line_is_a_fax_not_dropped() -> None:
    doc = _reply("联系人：周某\n联系电话：0731-84561234　　传真：0731-84561235\n")
    assert doc.contact is not None
    assert doc.contact.phones == ("0731-84561234",)
    assert doc.contact.faxes == ("0731-84561235",)
    assert [_at(doc, s) for s in doc.contact.faxes_spans] == ["0731-84561235"]


def test_one_number_labelled_phone_and_fax_is_both() -> None:
    doc = _reply("联系人：林某\n电话/传真：0591-87651234\n")
    assert doc.contact is not None
    assert doc.contact.phones == ("0591-87651234",)
    assert doc.contact.faxes == ("0591-87651234",)


def test_a_fax_line_of_its_own_is_placed_in_faxes_not_warned() -> None:
    doc = _reply("联系人：赵某\n手机：13912345678\n传 真：020-83331234\n传真号码：020-83331299\n")
    assert doc.contact is not None
    assert doc.contact.phones == ("13912345678",)
    assert doc.contact.faxes == ("020-83331234", "020-83331299")
    assert "content-unplaced" not in _codes(doc)


def test_latin_fax_labels_whatever_their_case() -> None:
    doc = _reply("联系人：钱某\nTel: 010-66001234  FAX: 010-66001235\nTel/Fax：010-66001236\n")
    assert doc.contact is not None
    assert doc.contact.phones == ("010-66001234", "010-66001236")
    assert doc.contact.faxes == ("010-66001235", "010-66001236")


def test_a_number_marked_fax_after_it_under_a_phone_label_is_a_fax() -> None:
    doc = _reply("经办人：孙某\n联系电话：0551-62001234，0551-62001235（传真）\n")
    assert doc.contact is not None
    assert doc.contact.phones == ("0551-62001234",)
    assert doc.contact.faxes == ("0551-62001235",)


def test_a_contact_of_only_a_fax_is_still_a_contact() -> None:
    doc = _reply("传真：0311-86001234\n")
    assert doc.contact is not None
    assert (doc.contact.name, doc.contact.phones, doc.contact.faxes) == (None, (), ("0311-86001234",))


# --- 主题词 / 关键词 ---------------------------------------------------------------------------

_NOTICE_1999 = """某县人民政府办公室关于做好秋季学校收费管理工作的通知

各乡镇人民政府，县直各单位：

为规范秋季学校收费行为，现将有关事项通知如下。

一、严格执行收费标准

各校不得自立项目收费。

二、加强监督检查

县教育局要组织专项检查。

某县人民政府办公室
二〇〇八年八月二十日

主题词：教育　收费　通知
抄送：县委办公室，县人大常委会办公室。
某县人民政府办公室　　　　　　　　2008年8月20日印发
"""


def test_the_subject_terms_line_of_a_1999_imprint_is_read_split_and_no_longer_unplaced() -> None:
    doc = _parse(_NOTICE_1999)
    assert doc.header.subject_terms == ("教育", "收费", "通知")
    assert [_at(doc, s) for s in doc.header.subject_terms_spans] == ["教育", "收费", "通知"]
    assert doc.imprint is not None and doc.imprint.cc == ("县委办公室", "县人大常委会办公室")
    assert "content-unplaced" not in _codes(doc)


def test_subject_terms_end_where_the_cc_begins_on_their_line_and_the_cc_is_read() -> None:
    # a copy that set the 版记's two rows on one line, wide gaps between them
    line = "主题词：城建　规划　批复　　抄报：市政府办公室，市住房和城乡建设局。"
    doc = _parse(_NOTICE_1999.replace("主题词：教育　收费　通知\n抄送：县委办公室，县人大常委会办公室。", line))
    assert doc.header.subject_terms == ("城建", "规划", "批复")
    assert doc.imprint is not None and doc.imprint.cc == ("市政府办公室", "市住房和城乡建设局")
    assert "content-unplaced" not in _codes(doc)


def test_subject_terms_parted_by_commas_lose_the_lists_end_mark() -> None:
    doc = _parse(_NOTICE_1999.replace("主题词：教育　收费　通知", "主题词：教育，收费，通知。"))
    assert doc.header.subject_terms == ("教育", "收费", "通知")


def test_subject_terms_written_without_a_separator_are_one_term_as_written() -> None:
    doc = _parse(_NOTICE_1999.replace("主题词：教育　收费　通知", "主题词：教育收费通知"))
    assert doc.header.subject_terms == ("教育收费通知",)


def test_a_portal_tables_keywords_are_the_subject_terms_and_stay_in_metadata() -> None:
    head = "索引号：11330200002489/2024-00312\n发布机构：某县民政局\n关键词：养老服务、社区、提案答复\n公开属性：主动公开\n\n"
    doc = _reply("", head=head)
    assert doc.header.subject_terms == ("养老服务", "社区", "提案答复")
    assert [_at(doc, s) for s in doc.header.subject_terms_spans] == ["养老服务", "社区", "提案答复"]
    assert doc.header.metadata["关键词"] == "养老服务、社区、提案答复"


def test_a_portal_tables_subject_terms_parted_by_spaces() -> None:
    head = "索引号：11330200002489/2024-00313\n主题词：民政  养老  答复\n\n"
    doc = _reply("", head=head)
    assert doc.header.subject_terms == ("民政", "养老", "答复")


def test_no_subject_terms_line_gives_no_terms() -> None:
    assert _reply("联系人：周某\n").header.subject_terms == ()


# --- 保密期限 ---------------------------------------------------------------------------------

_SECRET = """{marks}

某市应急管理局文件

某应急发〔2010〕8号

某市应急管理局关于开展危化品企业专项检查的通知

各区县应急管理局：

现就开展危化品企业专项检查通知如下。

某市应急管理局
2010年3月2日
"""


def test_a_security_period_on_a_line_of_its_own_joins_its_grade() -> None:
    doc = _parse(_SECRET.format(marks="机密\n保密期限：五年\n加急"))
    assert doc.header.security == "机密 保密期限：五年"
    assert doc.header.urgency == "加急"
    assert doc.header.metadata.get("保密期限") == "五年"
    span = doc.header.security_span
    assert span is not None and _at(doc, span).startswith("机密") and _at(doc, span).endswith("保密期限：五年")


def test_a_security_period_in_the_cell_beside_its_labelled_grade_joins_it() -> None:
    doc = _parse(_SECRET.format(marks="密级：秘密　保密期限：6个月"))
    assert doc.header.security == "秘密 保密期限：6个月"


def test_a_grade_with_its_period_in_one_mark_stays_as_written() -> None:
    doc = _parse(_SECRET.format(marks="秘密★1年\n特急"))
    assert doc.header.security == "秘密★1年"
    assert _at(doc, doc.header.security_span) == "秘密★1年"


def test_a_period_without_a_grade_is_no_security_and_stays_in_metadata() -> None:
    doc = _parse(_SECRET.format(marks="保密期限：无\n特急"))
    assert doc.header.security is None
    assert doc.header.metadata.get("保密期限") == "无"


def test_a_grade_without_a_period_is_the_grade_alone() -> None:
    doc = _parse(_SECRET.format(marks="绝密"))
    assert doc.header.security == "绝密"


# --- Level ---------------------------------------------------------------------------------


def _level(reference: str) -> tuple[str | None, int | None, int | None] | None:
    doc = _parse(
        f"关于{reference}的答复\n\n吴某委员：\n\n您提出的{reference}收悉。现答复如下。\n\n我局已落实。\n\n某局\n2024年5月6日\n"
    )
    ref = doc.header.responds_to
    return None if ref is None else (ref.level, ref.term, ref.session)


def test_the_forestry_district_is_a_level_of_its_own() -> None:
    assert _level("神农架林区政协十届三次会议第25号提案") == ("林区", 10, 3)


def test_a_new_area_with_a_congress_is_a_district() -> None:
    assert _level("浦东新区人大七届四次会议第0156号建议") == ("区", 7, 4)


def test_a_corps_division_and_its_city_read_the_citys_level_and_the_division_alone_none() -> None:
    assert _level("第八师石河子市政协第十届二次会议第17号提案") == ("市", 10, 2)
    assert _level("兵团第七师政协第四届一次会议第9号提案") == (None, 4, 1)
