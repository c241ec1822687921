"""fixA27: the second reader's findings of session 27 (DIFFREAD27 N2-N5), each fixed at its cause and tested here on
a new example of that cause (not the finding's own), the expected values read by hand from the document and the
contract. Each test fails on the session's start (/work/s27start) and passes after.
"""

from __future__ import annotations

import sys
from pathlib import Path

import govdoc
from tests.probing import checked, codes

_OFFICE = Path(__file__).resolve().parent.parent / "fixtures" / "office"  # the PDF builders' modules
if str(_OFFICE) not in sys.path:
    sys.path.insert(0, str(_OFFICE))

# DIFFREAD27 N2: an XML dump read by one element's attribute (readers.records.attribute_lines) dropped every other
# attribute's words and every element's text unsaid. Now the element's other attributes holding Han are read as
# lines of their own after its value (a note under its item), and what the dump holds in Han elsewhere that the
# lines read do not hold is said (text-repaired).

_ITEMS = (
    "关于市政协十四届二次会议第0215号提案的答复",
    "王某委员：",
    "您提出的关于推进中小学课后服务的提案收悉，现答复如下。",
    "一、全市义务教育学校已全部开展课后服务，参与学生达九成以上。",
    "二、我局将完善课后服务经费保障机制，引入优质社会资源。",
    "感谢您对教育工作的关心和支持。",
    "某市教育局",
    "2024年7月15日",
)


def _outline(notes: dict[int, str], head: str) -> str:
    """An outliner's OPML of the reply, an `<outline text=…>` per line, `notes` on the items of those indexes (a
    Workflowy-style `_note` attribute), `head` inside the file's `<head>`."""
    items = "\n".join(
        f'    <outline text="{t}"' + (f' _note="{notes[k]}"' if k in notes else "") + " />"
        for k, t in enumerate(_ITEMS)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">\n'
        f"  <head>{head}</head>\n  <body>\n{items}\n  </body>\n</opml>\n"
    )


def test_an_outline_items_note_is_read_as_its_own_line_under_the_item() -> None:
    note = "其中农村学校课后服务由县区教育局统筹安排"
    doc = checked(_outline({3: note}, f"<title>{_ITEMS[0]}</title>"))
    assert doc.text.split("\n") == [*_ITEMS[:4], note, *_ITEMS[4:]]
    assert doc.header.title == _ITEMS[0]
    assert "text-repaired" not in codes(doc)  # the head's title repeats the first item: nothing left out


def test_an_outline_files_head_words_no_line_holds_are_said() -> None:
    doc = checked(_outline({}, f"<title>{_ITEMS[0]}</title><ownerName>市教育局办公室张某</ownerName>"))
    assert doc.text.split("\n") == list(_ITEMS)
    assert any("市教育局办公室张某" in w.message for w in doc.warnings if w.code == "text-repaired")


# DIFFREAD27 N3: readers.pdf_fields._lines set a multi-line field's lines a pitch of 1.2 font sizes apart from its
# widget's top, whatever the widget's height: an auto-sized field (/DA `0 Tf`, its size three quarters of the
# height) put its second line below the widget, among the page's own lines. The lines now share the widget's height.


def _contact_field_pdf(da: str) -> govdoc.Document:
    """A reply's page whose contact block is typed into one two-line field (no appearance, /DA `da`), a 抄送 line
    of the page's own just under the widget."""
    from make_formats24 import pdf_dict, rect
    from pdf_out import font_key
    from pypdf.generic import ArrayObject, BooleanObject, NameObject, NumberObject, TextStringObject

    from tests.test_formats24_causes import _page_pdf, _pdf, _writer, _written

    lines = [
        ("关于市政协十四届二次会议第0216号提案的答复", 110.0, 760.0),
        ("李某委员：", 80.0, 720.0),
        ("您提出的提案收悉。我局已将社区养老纳入年度计划，感谢您的支持。", 80.0, 690.0),
        ("某市民政局", 400.0, 640.0),
        ("2024年7月16日", 400.0, 615.0),
        ("抄送：市政府办公室。", 80.0, 455.0),
    ]
    writer = _writer(_page_pdf(lines))
    page = writer.pages[0]
    font = page["/Resources"]["/Font"].raw_get(font_key(page))
    widget = pdf_dict(
        Type=NameObject("/Annot"),
        Subtype=NameObject("/Widget"),
        FT=NameObject("/Tx"),
        T=TextStringObject("联系方式"),
        V=TextStringObject("联系人：赵某\r联系电话：0571-87005678"),
        DA=TextStringObject(da),
        F=NumberObject(4),
        Ff=NumberObject(4096),
        Rect=rect(80, 480, 330, 560),
        P=page.indirect_reference,
    )
    ref = writer._add_object(widget)
    page[NameObject("/Annots")] = ArrayObject([ref])
    writer._root_object[NameObject("/AcroForm")] = pdf_dict(
        Fields=ArrayObject([ref]), NeedAppearances=BooleanObject(True), DR=pdf_dict(Font=pdf_dict(F1=font))
    )
    return _pdf(_written(writer))


def test_an_auto_sized_two_line_contact_field_keeps_its_second_line_above_the_page_line_under_it() -> None:
    doc = _contact_field_pdf("/F1 0 Tf 0 g")
    assert doc.contact is not None
    assert (doc.contact.name, doc.contact.phones) == ("赵某", ("0571-87005678",))
    assert "\n抄送：市政府办公室。" in doc.text
    assert "联系人：赵某\n联系电话：0571-87005678\n" in doc.text


# DIFFREAD27 N5: patterns.organs.ORGAN_PLACE_OPEN held a wrapped organ's head to ten field words past its place,
# shorter than the longest merged bureau's (文化广电新闻出版旅游体育: twelve): its name cut one character before its
# organ word left the head in the body and signed with the tail alone. The cap is now the longest bureau's.


def _merged_bureau_reply(upper: str, lower: str) -> govdoc.Document:
    return checked(
        "关于市十七届人大三次会议第45号建议的答复\n\n孙某代表：\n"
        "　　您提出的《关于推进全民健身设施建设的建议》收悉。现答复如下：\n"
        "　　今年我市新建社区健身点三十处，更新老旧器材五百余件。\n　　感谢您对体育工作的关心和支持。\n\n"
        f"{upper}\n{lower}\n2024年6月20日\n"
    )


def test_a_merged_bureau_of_twelve_field_words_cut_before_its_last_signs_whole() -> None:
    doc = _merged_bureau_reply("榕溪市文化广电新闻出版旅游体", "育局")
    assert doc.signature is not None
    assert (doc.signature.issuers, doc.signature.date) == (("榕溪市文化广电新闻出版旅游体育局",), "2024-06-20")
    assert doc.closing is not None and doc.closing.text == "感谢您对体育工作的关心和支持。"
    assert all("榕溪市" not in p.text for p in doc.preamble)  # the head no body paragraph


def test_a_sentence_naming_its_place_over_a_placeless_organ_stays_a_sentence() -> None:
    """The guard (fixA25's note): a stop-less sentence of thirteen words past its place is no organ's head."""
    doc = _merged_bureau_reply("云和县全面推进全民健身设施提档升级", "体育局")
    assert doc.signature is not None
    assert doc.signature.issuers == ("体育局",)


# DIFFREAD27 N4: rules.unplaced._unread_parts split a bracketed note into its labelled parts at ； only: a note parted
# by ， or 、 was one part, placed where the fields read any of it, and its part no field reads stayed unsaid. A part
# now runs from one labelled piece to the next, whichever separator parts them.


def _noted_reply(note: str) -> govdoc.Document:
    return checked(
        "关于区政协五届四次会议第0031号提案的答复\n\n吴某委员：\n"
        "　　您提出的《关于改善老旧小区停车难的提案》收悉。现答复如下：\n"
        "　　我局已在十二个老旧小区周边新增停车泊位八百个。\n　　感谢您对城市管理工作的关心和支持。\n\n"
        f"某区城市管理局\n2024年8月9日\n{note}\n"
    )


def test_a_note_parted_by_enumeration_commas_warns_its_unread_part() -> None:
    doc = _noted_reply("（联系人：周某、联系电话：0579-82001234、校对：刘某）")
    assert doc.contact is not None
    assert (doc.contact.name, doc.contact.phones) == ("周某", ("0579-82001234",))
    unplaced = [w.message for w in doc.warnings if w.code == "content-unplaced"]
    assert len(unplaced) == 1 and "校对：刘某" in unplaced[0]


def test_a_comma_parted_note_read_whole_warns_nothing() -> None:
    """The guard: every labelled part read leaves nothing unsaid."""
    doc = _noted_reply("（此件公开发布，联系人：周某，联系电话：0579-82001234）")
    assert doc.contact is not None
    assert (doc.contact.name, doc.contact.phones) == ("周某", ("0579-82001234",))
    assert "content-unplaced" not in codes(doc)


def test_a_noted_contact_with_a_second_number_after_a_comma_is_read() -> None:
    doc = _noted_reply("（此件公开发布，联系人：周某，联系电话：0579-82001234，13906790000）")
    assert doc.contact is not None
    assert (doc.contact.name, doc.contact.phones) == ("周某", ("0579-82001234", "13906790000"))


# DIFFREAD27 N7: fields.contact._values ended a value before a phone qualifier it ends on (热线, 服务, 举报, 上午 …)
# wherever the next label was any phone label: a unit named for its hotline before 联系电话 lost its last word. A
# qualifier heads a bare phone word only (值班电话, 夜间手机: patterns.trailer.QUALIFIED_PHONE_LABELS); a label with
# a head of its own (办公电话, 联系电话) takes none.


def test_a_units_name_ending_on_a_qualifier_word_keeps_it_before_a_headed_phone_label() -> None:
    doc = _noted_reply("承办单位：县政务服务热线　　办公电话：0579-82001234")
    assert doc.contact is not None
    assert (doc.contact.unit, doc.contact.phones) == ("县政务服务热线", ("0579-82001234",))


def test_a_qualifier_before_a_bare_phone_word_still_heads_it() -> None:
    """The guard: 夜间 before 手机 is the label's, no part of the name before it."""
    doc = _noted_reply("联系人：钱某　　夜间手机：13906790001")
    assert doc.contact is not None
    assert (doc.contact.name, doc.contact.phones) == ("钱某", ("13906790001",))
