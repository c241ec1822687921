"""Small causes left by session 7 (closing7.md), each from a new short example."""

from __future__ import annotations

import io
import zipfile

import govdoc
from tests.docx_builder import make_docx, p, zip_parts

_CHUNK_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"


def _word_importing(chunks: dict[str, bytes], before: str, after: str) -> bytes:
    """A Word file: a paragraph, one w:altChunk per part in `chunks` (in order), a paragraph."""
    body = p(before) + "".join(f'<w:altChunk r:id="rIdC{i}"/>' for i in range(len(chunks))) + p(after)
    with zipfile.ZipFile(io.BytesIO(make_docx(body))) as z:
        files: dict[str, str | bytes] = {n: z.read(n) for n in z.namelist()}
    rels = "word/_rels/document.xml.rels"
    extra = "".join(
        f'<Relationship Id="rIdC{i}" Type="{_CHUNK_REL}" Target="{name}"/>' for i, name in enumerate(chunks)
    )
    files[rels] = bytes(files[rels]).replace(b"</Relationships>", extra.encode() + b"</Relationships>")
    return zip_parts({**files, **{f"word/{name}": data for name, data in chunks.items()}}, deflate=True)


def _unread(doc: govdoc.Document) -> list[str]:
    return [w.message for w in doc.warnings if w.code == "pages-without-text"]


def test_a_nested_word_chunk_is_read_in_its_place() -> None:
    inner = make_docx(p("一、清理河道淤积") + p("各村于七月底前完成清淤。") + p("二、加固堤防"))
    doc = govdoc.parse(
        _word_importing({"part1.docx": inner}, "关于开展汛前水利设施检查的通知", "特此通知。"), format="docx"
    )
    assert (
        doc.text
        == "关于开展汛前水利设施检查的通知\n一、清理河道淤积\n各村于七月底前完成清淤。\n二、加固堤防\n特此通知。"
    )
    assert [s.title for s in doc.sections] == ["清理河道淤积", "加固堤防"]
    # where a section stands: in the imported part, as python-docx counts that part's paragraphs
    assert [s.span.source_ref for s in doc.sections] == ["word/part1.docx/paragraph:0-1", "word/part1.docx/paragraph:2"]
    assert _unread(doc) == []


def test_a_plain_text_chunk_is_read_in_its_place() -> None:
    text = "各乡镇：\n请于六月十日前报送秸秆禁烧工作进展。\n".encode("gb18030")
    doc = govdoc.parse(_word_importing({"c.txt": text}, "关于报送秸秆禁烧进展的通知", "特此通知。"), format="docx")
    assert "请于六月十日前报送秸秆禁烧工作进展。" in doc.text
    assert doc.header.recipients == ("各乡镇",)
    assert _unread(doc) == []


def test_a_chunk_the_reader_cannot_read_is_named_in_a_warning() -> None:
    rtf = rb"{\rtf1\ansi\ansicpg936 {\fonttbl{\f0 SimSun;}}\f0 \'b8\'f7\'b4\'e5\'d2\'aa\par}"
    doc = govdoc.parse(
        _word_importing({"body.rtf": rtf, "bad.docx": b"PK\x03\x04 not a zip"}, "关于调整办公时间的通知", "特此通知。"),
        format="docx",
    )
    assert doc.text == "关于调整办公时间的通知\n特此通知。"
    unread = _unread(doc)
    assert len(unread) == 2, unread
    assert "RTF" in unread[0] and "word/body.rtf" in unread[0]
    assert "word/bad.docx" in unread[1]
    # a chunk inside a nested chunk is one level too deep: its own paragraphs are read, its chunk named
    inner = _word_importing({"deep.docx": make_docx(p("第三层的段落"))}, "各科室：", "请遵照执行。")
    doc = govdoc.parse(_word_importing({"part.docx": inner}, "关于调整办公时间的通知", "特此通知。"), format="docx")
    assert doc.text == "关于调整办公时间的通知\n各科室：\n请遵照执行。\n特此通知。"
    assert len(_unread(doc)) == 1 and "word/deep.docx" in _unread(doc)[0]


def _reference(opening: str) -> govdoc.model.ProposalRef | None:
    doc = govdoc.parse_text(
        f"关于某事项的答复\n刘某代表：\n{opening}\n我局已将该路段纳入年度改造计划。\n特此答复。\n某区交通运输局\n2024年7月2日\n"
    )
    return doc.header.responds_to


def test_the_verb_between_a_meeting_and_its_number_is_no_part_of_the_reference() -> None:
    for opening, number, kind in (
        ("您在区人大九届四次会议上提出的第27号建议收悉，现答复如下：", "27", "建议"),
        ("你们在县政协十二届二次会议期间提交的第105号提案收悉，现答复如下：", "105", "提案"),
    ):
        ref = _reference(opening)
        assert ref is not None, opening
        assert ref.text == f"第{number}号{kind}", opening
        assert (ref.number, ref.kind) == (number, kind), opening
        assert ref.term is not None and ref.session is not None, opening
    # a title after the verb is the reference's, the verb still is not
    ref = _reference("您在市人大十六届二次会议上提出的关于增设校园周边护栏建议（第33号）已收悉，现答复如下：")
    assert ref is not None and ref.text == "关于增设校园周边护栏建议（第33号）" and ref.number == "33"
    # without a verb between them, the meeting is part of the reference as before
    ref = _reference("您提出的区人大九届四次会议第27号建议收悉，现答复如下：")
    assert ref is not None and ref.text == "区人大九届四次会议第27号建议"


def test_a_time_word_before_a_meeting_is_no_part_of_the_reference() -> None:
    for opening, text in (
        ("您在去年县人代会上提出的关于增设公交站点的建议收悉，现答复如下：", "县人代会"),
        ("您在2023年市人大会议期间提出的关于拓宽东环路的建议收悉，现答复如下：", "市人大会议"),
    ):
        ref = _reference(opening)
        assert ref is not None and ref.text == text, opening
        assert ref.body == "人大", opening


def test_the_session_of_a_meeting_named_without_its_term_is_read() -> None:
    ref = _reference("您在乡人民代表大会第二次会议上提出的关于硬化通组道路的建议收悉，现答复如下：")
    assert ref is not None
    assert (ref.body, ref.level, ref.term, ref.session) == ("人大", "乡", None, 2)
    # a standing committee's meeting is numbered by the committee, not by the congress's sessions
    ref = _reference("您在县人大常委会第十次会议上提出的关于硬化通组道路的建议收悉，现答复如下：")
    assert ref is not None and ref.session is None


def test_two_different_dates_side_by_side_with_no_organ_above_are_no_signature() -> None:
    # a text table's start and end dates: joint signers print theirs only under their own names
    doc = govdoc.parse_text(
        "关于举办档案业务培训班的通知\n各科室：\n决定举办档案业务培训班，请各科室选派一名同志参加。\n"
        "附件：培训日程\n报到及培训时间\n2024年3月1日    2024年3月5日\n"
    )
    assert doc.signature is None
    assert not any(w.code == "date-unparsed" for w in doc.warnings)
    # under a row of joint organs they are the 落款's, the last signer's date taken
    doc = govdoc.parse_text(
        "关于联合开展食品安全检查的通知\n各乡镇：\n请各乡镇于三月底前完成自查。\n特此通知。\n"
        "某县市场监督管理局    某县农业农村局\n2024年3月1日    2024年3月5日\n"
    )
    assert doc.signature is not None and doc.signature.date == "2024-03-05"
    assert doc.signature.issuers == ("某县市场监督管理局", "某县农业农村局")


def _notice(signed_by: str, imprint: str = "") -> govdoc.Document:
    return govdoc.parse_text(
        f"关于报送学生资助材料的通知\n各学校：\n请于5月10日前报送材料。\n特此通知。\n{signed_by}\n2024年5月6日\n{imprint}"
    )


def test_a_printing_organ_ends_as_any_organ_does() -> None:
    # the 印发 line's organ read from the one list of organ endings (a 站 or 所 prints too)
    for organ in ("某县统计站", "某市城区供水所", "某区财政局预算科"):
        doc = _notice("某县教育局", f"抄送：县政府办公室。\n{organ}印发\n")
        assert doc.imprint is not None and doc.imprint.printed_by == organ, organ


def test_a_section_or_unit_of_an_organ_signs_a_notice() -> None:
    for organ in ("某县教育局基础教育科", "某镇农业服务中心农经股"):
        doc = _notice(organ)
        assert doc.signature is not None and doc.signature.issuers == (organ,), organ


def test_a_typed_line_cut_after_a_ranges_first_day_is_no_sealed_date() -> None:
    # the sealed-date reading (a seal hid the 日 from OCR) takes no word that goes on with the sentence
    doc = govdoc.parse_text(
        "关于延长临时占道许可的通知\n各商户：\n经研究，临时占道经营许可有效期延长，自\n2024年5月3至\n2024年8月31日止。\n"
        "特此通知。\n某区城市管理局\n2024年4月28日\n"
    )
    assert doc.signature is not None
    assert (doc.signature.issuers, doc.signature.date) == (("某区城市管理局",), "2024-04-28")


def test_a_request_left_without_its_stop_is_no_head_of_an_office_signing_alone() -> None:
    for last in ("请各科室认真落实", "各科室要认真做好值班工作"):
        doc = govdoc.parse_text(
            f"关于做好节前安全检查的通知\n各科室：\n节前要开展一次全面安全检查。\n{last}\n办公室\n2024年5月6日\n"
        )
        assert doc.signature is not None and doc.signature.issuers == ("办公室",), last
        assert not any(w.code == "page-break-joined" for w in doc.warnings), last
    # the head of a name the 落款 wrapped before its ending is still joined to it
    doc = govdoc.parse_text(
        "关于做好节前安全检查的通知\n各科室：\n节前要开展一次全面安全检查。\n某县人民政府\n办公室\n2024年5月6日\n"
    )
    assert doc.signature is not None and doc.signature.issuers == ("某县人民政府办公室",)


def test_a_text_or_page_chunk_says_which_imported_part_its_lines_come_from() -> None:
    # review8 (reviewer3): 63a7999 prefixed a nested .docx's refs with its part name but left a text
    # chunk's `line:2` and a page chunk's XPath bare, an address a viewer looks for in the Word file
    text = "各村：\n请于八月底前完成辖区内农村自建房危房排查工作，发现问题及时上报镇村建办。\n".encode("gb18030")
    page = "<html><body><p>一、排查范围</p><p>全县农村自建房。</p></body></html>".encode()
    doc = govdoc.parse(
        _word_importing({"c.txt": text, "p.htm": page}, "关于开展农村危房排查的通知", "特此通知。"), format="docx"
    )
    assert doc.header.recipients == ("各村",)
    assert [s.source_ref for s in doc.header.recipients_spans] == ["word/c.txt/line:1"]
    [paragraph] = [
        pp
        for pp in doc.preamble
        if pp.text == "请于八月底前完成辖区内农村自建房危房排查工作，发现问题及时上报镇村建办。"
    ]
    assert paragraph.span.source_ref == "word/c.txt/line:2"
    [section] = doc.sections
    assert section.title == "排查范围"
    assert section.span.source_ref == "word/p.htm/html/body[1]/p[1] | word/p.htm/html/body[1]/p[2]"
