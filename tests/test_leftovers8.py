"""Small causes left by session 8 (closing8.md, "Small causes logged, not fixed"), each from a new short example."""

from __future__ import annotations

import io
import zipfile

import govdoc
from tests.docx_builder import make_docx, p, zip_parts


def test_a_table_laid_out_with_spaces_after_the_signature_is_no_section() -> None:
    """`1 清淤 交通局` under `序号 任务 牵头单位`: the number is the table row's, so the rows do not
    turn what follows the 落款 into numbered sections; the notice's 落款 stays, the rows stay in the text."""
    text = (
        "某县水利局关于做好汛前河道整治工作的通知\n\n各乡镇人民政府：\n"
        "为确保安全度汛，现将汛前河道整治任务通知如下，请按表中分工抓紧完成。\n特此通知。\n\n"
        "某县水利局\n2024年4月2日\n\n序号 任务 牵头单位\n1 清淤 交通局\n2 护坡 农业农村局\n"
    )
    doc = govdoc.parse_text(text)
    assert doc.sections == ()
    assert [p.text for p in doc.preamble] == ["为确保安全度汛，现将汛前河道整治任务通知如下，请按表中分工抓紧完成。"]
    assert doc.signature is not None and doc.signature.issuers == ("某县水利局",)
    assert doc.signature.date == "2024-04-02"
    assert "清淤" in doc.text and "农业农村局" in doc.text
    # the rows have no element of their own: schema 1.5's warning says where they stand
    unplaced = [w.span for w in doc.warnings if w.code == "content-unplaced"]
    assert [doc.text[s.start : s.end] for s in unplaced if s] == ["序号任务牵头单位\n1 清淤交通局\n2 护坡农业农村局"]


def test_numbered_headings_after_the_signature_still_continue_the_body() -> None:
    """The rows' test leaves a document printed after the 落款 alone: `1 总则` opens a section."""
    text = (
        "某县应急管理局关于印发防汛应急预案的通知\n\n各乡镇人民政府：\n现将预案印发给你们，请遵照执行。\n\n"
        "某县应急管理局\n2024年5月6日\n\n1 总则\n为做好防汛工作，制定本预案。\n2 组织体系\n县防汛指挥部统一领导全县防汛工作。\n"
    )
    doc = govdoc.parse_text(text)
    assert [s.title for s in doc.sections] == ["总则", "组织体系"]


_CHUNK_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"


def _word_with_chunk(target: str, parts: dict[str, bytes]) -> bytes:
    """A Word file whose body imports one chunk (w:altChunk) by a relationship to `target`; `parts`
    are added to the package as they are named (the target may name none of them)."""
    body = p("关于调整办公时间的通知") + '<w:altChunk r:id="rIdC1"/>' + p("特此通知。")
    with zipfile.ZipFile(io.BytesIO(make_docx(body))) as z:
        files: dict[str, str | bytes] = {n: z.read(n) for n in z.namelist()}
    rels = "word/_rels/document.xml.rels"
    extra = f'<Relationship Id="rIdC1" Type="{_CHUNK_REL}" Target="{target}"/>'
    files[rels] = bytes(files[rels]).replace(b"</Relationships>", extra.encode() + b"</Relationships>")
    return zip_parts({**files, **parts}, deflate=True)


def _unread(doc: govdoc.Document) -> list[str]:
    return [w.message for w in doc.warnings if w.code == "pages-without-text"]


def test_a_chunk_whose_part_the_package_lacks_is_named_in_a_warning() -> None:
    doc = govdoc.parse(_word_with_chunk("gone.htm", {}), format="docx")
    assert doc.text == "关于调整办公时间的通知\n特此通知。"
    assert len(_unread(doc)) == 1 and "word/gone.htm" in _unread(doc)[0]


def test_a_chunk_named_by_a_percent_encoded_target_is_read() -> None:
    page = "<html><body><p>各科室：</p><p>自六月一日起，下午上班时间调整为14:30。</p></body></html>".encode()
    doc = govdoc.parse(_word_with_chunk("my%20chunk.htm", {"word/my chunk.htm": page}), format="docx")
    assert "自六月一日起，下午上班时间调整为14:30。" in doc.text
    assert _unread(doc) == []


_COUNTED_PAGE = """<html><head><style>
.article ol {{ list-style: none; counter-reset: point; }}
.article ol li::before {{ content: {content}; counter-increment: point; }}
</style></head><body><div class="article">
<p>关于进一步规范公务接待的通知</p><p>各科室：</p><p>现就有关事项通知如下。</p>
<ol><li>严格接待审批</li><li>控制陪餐人数</li></ol>
<p>特此通知。</p></div></body></html>"""


def test_list_numbers_a_stylesheet_draws_with_a_css_counter_are_read() -> None:
    """`ol{list-style:none}` turns the browser's own numbers off and `li::before` draws them with a
    counter: the page shows `一、严格接待审批`, so the items are sections with those markers."""
    page = _COUNTED_PAGE.format(content='counter(point, cjk-ideographic) "、"')
    doc = govdoc.parse(page.encode(), format="html")
    assert [(s.marker, s.title) for s in doc.sections] == [("一、", "严格接待审批"), ("二、", "控制陪餐人数")]


def test_a_counter_written_with_a_css_escape_and_text_around_it_is_read() -> None:
    page = _COUNTED_PAGE.format(content='"\\7B2C" counter(point) "\\6761  "')  # "第" counter "条  "
    doc = govdoc.parse(page.encode(), format="html")
    # the space the counter's text ends on stands between two CJK characters: layout, taken out
    assert "\n第1条严格接待审批\n第2条控制陪餐人数\n" in doc.text
    assert [(s.marker, s.title) for s in doc.sections] == [("第1条", "严格接待审批"), ("第2条", "控制陪餐人数")]


def test_a_date_in_the_body_over_a_sentence_and_the_closing_is_not_the_signature() -> None:
    """A date alone in the body, then `上午8:30至12:00，下午14:00至17:30。` and `特此通知。`: two
    sentences, no printed document's title, so the date is the body's and the 落款 below is the one."""
    text = (
        "某县税务局关于调整办税服务厅工作时间的通知\n\n各纳税人：\n因系统升级，办税服务厅将暂停对外服务一天。\n"
        "2024年7月6日\n上午8:30至12:00，下午14:00至17:30。\n特此通知。\n\n某县税务局\n2024年7月1日\n"
    )
    doc = govdoc.parse_text(text)
    assert doc.signature is not None and doc.signature.issuers == ("某县税务局",)
    assert doc.signature.date == "2024-07-01"
    assert doc.closing is not None and doc.closing.text == "特此通知。"
    assert [p.text for p in doc.preamble][1:] == ["2024年7月6日", "上午8:30至12:00，下午14:00至17:30。"]


def _notice_with_imprint(imprint: str) -> str:
    return (
        "某县农业农村局关于开展春季动物防疫工作的通知\n\n各乡镇畜牧兽医站：\n请按要求做好春季动物防疫工作。\n"
        f"特此通知。\n\n某县农业农村局\n2024年3月1日\n\n{imprint}\n"
    )


def test_organs_set_apart_by_wide_gaps_on_a_cc_line_are_several() -> None:
    doc = govdoc.parse_text(_notice_with_imprint("抄送：县人民政府办公室    县财政局    县市场监管局"))
    assert doc.imprint is not None
    assert doc.imprint.cc == ("县人民政府办公室", "县财政局", "县市场监管局")
    assert [doc.text[s.start : s.end] for s in doc.imprint.cc_spans] == list(doc.imprint.cc)


def test_a_cc_list_carried_on_a_line_of_organs_parted_by_a_space_keeps_them() -> None:
    """The list above breaks on a comma, so the organ line under it carries the list on (it is not
    the 印发 organ, which the print line names itself); its single space parts two organs."""
    imprint = (
        "抄送：县人民政府办公室，县财政局，县市场监管局，\n县教育局 县卫生健康局\n某县农业农村局办公室 2024年3月1日印发"
    )
    doc = govdoc.parse_text(_notice_with_imprint(imprint))
    assert doc.imprint is not None
    assert doc.imprint.cc == ("县人民政府办公室", "县财政局", "县市场监管局", "县教育局", "县卫生健康局")
    assert doc.imprint.printed_by == "某县农业农村局办公室"


def test_an_organ_alone_over_a_print_line_without_one_still_prints_it() -> None:
    imprint = "抄送：县人民政府办公室，县财政局。\n某县农业农村局办公室\n2024年3月1日印发"
    doc = govdoc.parse_text(_notice_with_imprint(imprint))
    assert doc.imprint is not None
    assert doc.imprint.cc == ("县人民政府办公室", "县财政局")
    assert doc.imprint.printed_by == "某县农业农村局办公室" and doc.imprint.printed_on == "2024-03-01"


def _reply_signed(signature: str) -> str:
    return (
        "关于县政协十届三次会议第25号提案的答复\n\n王委员：\n您提出的关于加快老旧小区改造的提案收悉，现答复如下。\n"
        f"我局将加快推进老旧小区改造。\n感谢您对住房城乡建设工作的关心和支持。\n\n{signature}\n"
    )


def test_bare_unit_and_date_labels_alone_head_the_signature() -> None:
    """A form's `单位：` over the organ and `日期：` over the date, each alone on its line."""
    doc = govdoc.parse_text(_reply_signed("单位：\n某县住房和城乡建设局\n日期：\n2024年6月3日"))
    assert doc.signature is not None
    assert (doc.signature.issuers, doc.signature.date) == (("某县住房和城乡建设局",), "2024-06-03")
    assert doc.closing is not None and doc.closing.text == "感谢您对住房城乡建设工作的关心和支持。"
    assert "单位：" not in [p.text for p in doc.preamble]


def test_a_date_under_a_lone_issue_date_label_under_the_organ_is_the_signatures() -> None:
    doc = govdoc.parse_text(_reply_signed("某县住房和城乡建设局\n成文日期：\n2024年6月3日"))
    assert doc.signature is not None
    assert (doc.signature.issuers, doc.signature.date) == (("某县住房和城乡建设局",), "2024-06-03")


def test_a_lone_date_label_with_no_organ_over_it_gives_no_signature() -> None:
    """日期： alone over a date with no organ is as often a page's date: no 落款 is made of it."""
    doc = govdoc.parse_text(_reply_signed("日期：\n2024年6月3日"))
    assert doc.signature is None


def test_a_forwarded_notice_printed_after_the_signature_is_the_body_continued() -> None:
    """The contract: a document printed after the notice that issues it is the body continued and does
    not move the signature. A 转发 notice prints the forwarded notice so: its lines, its own 主送 and
    落款 included, are preamble paragraphs (in an element, not left out), the signature the forwarder's."""
    text = (
        "某县人民政府办公室关于转发县教育局关于做好秋季学校安全工作的通知的通知\n\n各乡镇人民政府，县直有关单位：\n"
        "县教育局《关于做好秋季学校安全工作的通知》已经县政府同意，现转发给你们，请认真贯彻执行。\n\n"
        "某县人民政府办公室\n2024年8月20日\n\n某县教育局关于做好秋季学校安全工作的通知\n\n各乡镇中心学校：\n"
        "秋季开学在即，请各校开学前完成校舍安全排查。\n特此通知。\n\n某县教育局\n2024年8月15日\n"
    )
    doc = govdoc.parse_text(text)
    assert doc.signature is not None and doc.signature.issuers == ("某县人民政府办公室",)
    assert doc.signature.date == "2024-08-20"
    assert [p.text for p in doc.preamble][1:] == [
        "某县教育局关于做好秋季学校安全工作的通知",
        "各乡镇中心学校：",
        "秋季开学在即，请各校开学前完成校舍安全排查。",
        "特此通知。",
        "某县教育局",
        "2024年8月15日",
    ]


def test_a_formula_written_on_after_a_comma_is_split_off_as_the_closing() -> None:
    """`…统筹考虑，敬请谅解，此复。`: the formula after a comma, with the courtesy clause before it, closes
    the reply; the answer's clause before them stays its body."""
    text = (
        "关于县政协十届三次会议第31号提案的答复\n\n李委员：\n您提出的关于增设公交站点的提案收悉，现答复如下。\n"
        "经实地勘察，该路段暂不具备设站条件，我局将在道路改造后统筹考虑，敬请谅解，此复。\n\n某县交通运输局\n2024年6月10日\n"
    )
    doc = govdoc.parse_text(text)
    assert doc.closing is not None and doc.closing.text == "敬请谅解，此复。"
    assert doc.preamble[-1].text == "经实地勘察，该路段暂不具备设站条件，我局将在道路改造后统筹考虑，"
    assert doc.kind == "reply"


def test_a_whole_courtesy_sentence_is_not_cut_at_its_comma() -> None:
    from govdoc.rules.lines import closing_run_on_start

    assert closing_run_on_start("年内完工。特此答复。") == 5
    assert closing_run_on_start("敬请谅解,此复。") is None  # the whole sentence is the closing's own
    assert closing_run_on_start("我们会,特此说明情况并请大家理解") is None


def test_an_organ_the_title_names_as_its_object_in_a_list_over_the_signature_is_listed() -> None:
    """`关于对某县人民医院等单位予以通报表扬的决定`: the hospital is what the title is about, not who
    issues it, so at the list's end over the 落款 it stays a listed unit, not a co-signer."""
    text = (
        "关于对某县人民医院等单位予以通报表扬的决定\n\n各医疗卫生单位：\n"
        "2024年，各单位扎实做好疫情防控工作，成效明显。经研究，决定对以下单位予以通报表扬：\n"
        "某县中医院\n某县人民医院\n某县卫生健康局\n2024年12月20日\n"
    )
    doc = govdoc.parse_text(text)
    assert doc.signature is not None and doc.signature.issuers == ("某县卫生健康局",)
    assert [p.text for p in doc.preamble][-2:] == ["某县中医院", "某县人民医院"]


def test_a_list_ending_on_the_signing_organ_itself_keeps_that_item_in_the_body() -> None:
    text = (
        "某县教育局关于做好学生资助工作的通知\n\n各中小学校：\n"
        "为做好学生资助工作，现将有关事项通知如下。资助工作由以下单位负责：\n"
        "某县财政局\n某县教育局\n某县教育局\n2024年9月1日\n"
    )
    doc = govdoc.parse_text(text)
    assert doc.signature is not None and doc.signature.issuers == ("某县教育局",)
    assert [p.text for p in doc.preamble][-2:] == ["某县财政局", "某县教育局"]
    assert doc.signature.issuers_spans[0].source_ref == "line:7"  # the lower of the two lines


def test_two_offices_parted_by_a_space_on_the_print_line_stay_parted() -> None:
    """`某县农业农村局办公室 某县财政局办公室 2024年3月1日印发`: the space parts two complete organs' names
    as on a 抄送 line, so it is no layout space; inside one name (某县人民政府 办公室) it still is."""
    doc = govdoc.parse_text(
        _notice_with_imprint("抄送：县人民政府办公室。\n某县农业农村局办公室 某县财政局办公室 2024年3月1日印发")
    )
    assert doc.imprint is not None
    assert doc.imprint.printed_by == "某县农业农村局办公室 某县财政局办公室"
    assert doc.imprint.printed_on == "2024-03-01"
    doc = govdoc.parse_text(_notice_with_imprint("抄送：县人民政府办公室。\n某县人民政府 办公室 2024年3月1日印发"))
    assert doc.imprint is not None and doc.imprint.printed_by == "某县人民政府办公室"


def test_an_organ_over_a_print_line_without_one_prints_it_though_the_list_above_broke_on_a_comma() -> None:
    """The print line names no organ, so the organ alone over it is its organ even after a 抄送 line left
    open: taking it for one more cc organ would leave the print line without its printer."""
    imprint = "抄送：县人民政府办公室，县财政局，\n某县农业农村局办公室\n2024年3月1日印发"
    doc = govdoc.parse_text(_notice_with_imprint(imprint))
    assert doc.imprint is not None
    assert doc.imprint.cc == ("县人民政府办公室", "县财政局")
    assert doc.imprint.printed_by == "某县农业农村局办公室"


def test_a_counter_reset_around_the_lists_numbers_on_from_one_list_to_the_next() -> None:
    """`.article{counter-reset:point}` and no reset on the lists: a browser numbers the second list's
    items on from the first's (三、四、); reset on each `ol`, each list starts at 一、 again."""
    page = """<html><head><style>
{reset} {{ counter-reset: point; }}
.article ol {{ list-style: none; }}
.article ol li::before {{ content: counter(point, cjk-ideographic) "、"; counter-increment: point; }}
</style></head><body><div class="article">
<p>关于进一步规范公务接待的通知</p><p>各科室：</p><p>现就有关事项通知如下。</p>
<ol><li>严格接待审批</li><li>控制陪餐人数</li></ol><p>同时，做好以下两点。</p>
<ol><li>规范报销程序</li><li>强化监督检查</li></ol>
<p>特此通知。</p></div></body></html>"""
    doc = govdoc.parse(page.format(reset=".article").encode(), format="html")
    assert [s.marker for s in doc.sections] == ["一、", "二、", "三、", "四、"]
    doc = govdoc.parse(page.format(reset=".article ol").encode(), format="html")
    assert "\n一、规范报销程序\n二、强化监督检查\n" in doc.text
