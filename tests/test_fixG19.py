"""fixG19: diffread-B's findings B4, B4b, B5, B10, B6, B7, B8, B11 (second read of session 19's format19
and contract19 landings), each by a new example of its cause and a guard that the case the code was
written for still holds. Expected values written by hand from reading each document."""

from __future__ import annotations

import govdoc
from tests.docx_builder import make_docx, p
from tests.invariants import check_invariants

RED = '<w:color w:val="E60012"/><w:sz w:val="44"/>'
CENTRE = '<w:jc w:val="center"/>'


def _docx(body: str) -> govdoc.Document:
    doc = govdoc.parse(make_docx(body), format="docx")
    check_invariants(doc)
    return doc


# --- B4: red ink marks a letterhead only where the title under it is not red too ----------------


def _notice(first: str, first_rpr: str, title_rpr: str) -> govdoc.Document:
    return _docx(
        p(first, CENTRE, first_rpr)
        + p("关于开展2025年夏季臭氧污染防治攻坚行动的通知", CENTRE, title_rpr)
        + p("各区生态环境分局，局机关各处室：")
        + p("为改善夏季空气质量，现就开展臭氧污染防治攻坚行动通知如下。")
        + p("特此通知。")
        + p("某市生态环境局", '<w:jc w:val="right"/>')
        + p("2025年5月12日", '<w:jc w:val="right"/>')
    )


def test_a_title_set_in_red_as_a_whole_keeps_its_organ_line() -> None:
    doc = _notice("某市生态环境局", RED, RED)
    assert doc.header.title == "某市生态环境局关于开展2025年夏季臭氧污染防治攻坚行动的通知"
    assert doc.header.issuer == "某市生态环境局"


def test_a_red_organ_over_a_black_title_is_still_the_letterhead() -> None:
    doc = _notice("某市生态环境局", RED, '<w:sz w:val="44"/>')
    assert doc.header.title == "关于开展2025年夏季臭氧污染防治攻坚行动的通知"
    assert doc.header.issuer == "某市生态环境局"


def test_a_red_line_naming_organs_that_issue_is_the_titles_first_line_never_a_letterhead() -> None:
    body = (
        p("中共某镇委员会 某镇人民政府印发", CENTRE, RED)
        + p("关于加强冬春季森林防火工作的意见的通知", CENTRE, '<w:sz w:val="44"/>')
        + p("各村（社区）党组织、村（居）委会：")
        + p("现将《关于加强冬春季森林防火工作的意见》印发给你们，请认真贯彻落实。")
        + p("中共某镇委员会　　某镇人民政府", '<w:jc w:val="right"/>')
        + p("2024年11月20日", '<w:jc w:val="right"/>')
    )
    doc = _docx(body)
    assert doc.header.title == "中共某镇委员会某镇人民政府印发关于加强冬春季森林防火工作的意见的通知"


# --- B4b: a line's ink is its first visible run's, whatever the runs after it wear ----------------


def _organ_runs(first_rpr: str | None, rest_rpr: str | None) -> str:
    def run(text: str, rpr: str | None) -> str:
        props = f"<w:rPr>{rpr}</w:rPr>" if rpr is not None else ""
        return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'

    return f"<w:p><w:pPr>{CENTRE}</w:pPr>{run('某市', first_rpr)}{run('市场监督管理局', rest_rpr)}</w:p>"


def _inked(first_rpr: str | None, rest_rpr: str | None) -> govdoc.Document:
    return _docx(
        _organ_runs(first_rpr, rest_rpr)
        + p("关于开展2025年食品安全抽检工作的通知", CENTRE, '<w:sz w:val="44"/>')
        + p("各区市场监督管理局：")
        + p("现就2025年食品安全抽检工作通知如下。")
        + p("某市市场监督管理局", '<w:jc w:val="right"/>')
        + p("2025年2月18日", '<w:jc w:val="right"/>')
    )


def test_an_organ_line_whose_first_run_is_black_is_no_letterhead_though_a_later_run_is_red() -> None:
    doc = _inked(None, '<w:color w:val="FF0000"/>')
    assert doc.header.title == "某市市场监督管理局关于开展2025年食品安全抽检工作的通知"


def test_an_organ_line_whose_first_run_is_red_is_the_letterhead_though_a_later_run_is_black() -> None:
    doc = _inked('<w:color w:val="FF0000"/>', "<w:b/>")
    assert doc.header.title == "关于开展2025年食品安全抽检工作的通知"
    assert doc.header.issuer == "某市市场监督管理局"


# --- B5: of a form's row of boxes, the ticked option is the value; an unticked one never is ---------


def _answer(disclosure_row: str, category_row: str) -> govdoc.Document:
    text = (
        "关于市人大十六届三次会议第0087号建议的答复\n"
        f"{disclosure_row}\n"
        f"{category_row}\n"
        "周晓梅代表：\n"
        "您提出的关于增设社区养老服务站的建议收悉，现答复如下。\n"
        "今年新建社区养老服务站8个。\n"
        "某市民政局\n"
        "2024年7月15日\n"
    )
    doc = govdoc.parse_text(text)
    check_invariants(doc)
    return doc


def test_the_ticked_box_of_a_disclosure_row_is_its_value_not_the_first_option() -> None:
    doc = _answer("公开属性：☐主动公开 ☐依申请公开 ✔不予公开", "答复类别：☐A类 ☐B类 ☒C类")
    assert doc.header.disclosure == "不予公开"
    assert doc.header.handling_result == "C"


def test_a_row_of_boxes_none_ticked_gives_no_value_and_a_warning() -> None:
    doc = _answer("公开属性：☐主动公开 ☐依申请公开 ☐不予公开", "答复类别：☐A类 ☐B类 ☐C类")
    assert doc.header.disclosure is None
    assert doc.header.handling_result is None
    codes = [w.code for w in doc.warnings]
    assert "disclosure-unmapped" in codes and "category-unmapped" in codes


def test_a_row_whose_first_box_is_ticked_and_a_plain_value_still_read() -> None:
    doc = _answer("公开属性：☑主动公开 ☐依申请公开", "答复类别：B类")
    assert doc.header.disclosure == "主动公开"
    assert doc.header.handling_result == "B"


def test_a_mark_after_its_option_is_read_as_written() -> None:
    doc = _answer("公开属性：依申请公开√", "答复类别：A类")
    assert doc.header.disclosure == "依申请公开"
    assert doc.header.handling_result == "A"


def _typed_row(font: str) -> str:
    def run(text: str, typed: bool) -> str:
        props = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr>' if typed else ""
        return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'

    return f"<w:p>{run('公开属性：', False)}{run('£', True)}{run('主动公开 ', False)}{run('R', True)}{run('依申请公开', False)}</w:p>"


def _typed(font: str) -> govdoc.Document:
    return _docx(
        p("关于市人大十六届三次会议第0087号建议的答复", CENTRE)
        + _typed_row(font)
        + p("周晓梅代表：")
        + p("您提出的关于增设社区养老服务站的建议收悉，现答复如下。")
        + p("某市民政局")
        + p("2024年7月15日")
    )


def test_boxes_typed_as_letters_in_wingdings_2_read_as_the_boxes_they_draw() -> None:
    doc = _typed("Wingdings 2")
    assert "☐主动公开 ☑依申请公开" in doc.text
    assert doc.header.disclosure == "依申请公开"


def test_the_same_letters_in_a_text_font_stay_letters() -> None:
    doc = _typed("Times New Roman")
    assert "£主动公开 R依申请公开" in doc.text


# --- B7, B8: a page's 相关附件 box: no count bounds it, and it ends a page with no 落款 as a signed one's ---


def _files(n: int) -> str:
    return "".join(f"{k}.第{k}片区征收范围图.pdf\n" for k in range(1, n + 1))


def test_a_file_box_of_fifteen_files_gives_fifteen_attachments_and_no_sections() -> None:
    text = (
        "关于公布2024年度国有土地上房屋征收范围的公告\n\n"
        "根据《国有土地上房屋征收与补偿条例》，现将本年度房屋征收范围予以公布。\n"
        "特此公告。\n\n"
        "某县人民政府\n"
        "2024年8月9日\n"
        "相关附件：\n" + _files(15)
    )
    doc = govdoc.parse_text(text)
    check_invariants(doc)
    assert len(doc.attachments) == 15
    assert doc.attachments[-1] == "第15片区征收范围图"
    assert not doc.sections
    assert "numbering-gap" not in [w.code for w in doc.warnings]


_UNSIGNED = (
    "关于做好2024年度农机购置补贴申报工作的通知\n\n"
    "各乡镇农业综合服务中心：\n"
    "现就2024年度农机购置补贴申报工作通知如下。\n"
    "一、申报对象\n"
    "从事农业生产的个人和组织。\n"
    "二、申报材料\n"
    "按附表填写申报材料。\n"
)


def test_a_file_box_ending_a_page_with_no_signature_is_its_attachments() -> None:
    doc = govdoc.parse_text(_UNSIGNED + "相关附件：\n1.补贴申报表.docx\n2.补贴机具目录.xlsx\n")
    check_invariants(doc)
    assert doc.attachments == ("补贴申报表", "补贴机具目录")
    assert [s.title for s in doc.sections] == ["申报对象", "申报材料"]


def test_a_file_box_inside_an_unsigned_body_with_sections_below_stays_text() -> None:
    text = (
        "关于做好2024年度农机购置补贴申报工作的通知\n\n"
        "各乡镇农业综合服务中心：\n"
        "一、申报材料\n"
        "相关附件：\n1.补贴申报表.docx\n2.补贴机具目录.xlsx\n"
        "二、工作要求\n"
        "各乡镇于9月30日前报送。\n"
    )
    doc = govdoc.parse_text(text)
    check_invariants(doc)
    assert doc.attachments == ()
    assert [s.title for s in doc.sections][-1] == "工作要求"


# --- B6: a text that names references (a notice on escaping) keeps them; the warning shows the change ---


def _parse(text: str) -> govdoc.Document:
    doc = govdoc.parse_text(text)
    check_invariants(doc)
    return doc


def test_references_a_notice_names_stay_as_written() -> None:
    doc = _parse(
        "关于规范部门网站数据报送格式的通知\n\n"
        "各科室：\n"
        "报送的XML文件中，“&lt;”和“&amp;”不得直接出现在字段值内，双引号须转义为&quot;，单引号替换为&#39;。\n"
        "特此通知。\n\n"
        "某县大数据中心\n"
        "2024年9月2日\n"
    )
    assert "“&lt;”和“&amp;”" in doc.text and "转义为&quot;" in doc.text and "替换为&#39;" in doc.text
    assert "text-repaired" not in [w.code for w in doc.warnings]


def test_an_escaped_copy_is_still_read_and_its_warning_quotes_the_change() -> None:
    doc = _parse(
        "关于深化“放管服”改革优化营商环境的实施意见\n\n"
        "各乡镇人民政府，县政府各部门：\n"
        "为进一步优化全县营商环境，持续深化行政审批制度改革，全面推行&ldquo;一网通办&rdquo;服务模式。\n"
        "某县人民政府\n"
        "2024年4月1日\n"
    )
    assert "全面推行“一网通办”服务模式" in doc.text
    message = next(w.message for w in doc.warnings if w.code == "text-repaired")
    assert "&ldquo;一网通办" in message and "“一网通办”" in message


# --- B10: a red item of a list is a value, never the issuer ----------------------------------------


def _info_table(organ_line: str) -> govdoc.Document:
    red = '<w:color w:val="FF0000"/>'
    return _docx(
        p("◆ 索引号：11510000MB0000000X/2024-00112")
        + p(organ_line, "", red)
        + p("◆ 发布日期：2024-10-08")
        + p("关于某镇农贸市场周边停车难问题的建议的答复", CENTRE)
        + p("李某某代表：")
        + p("您提出的建议收悉，现答复如下。")
        + p("某县自然资源局")
        + p("2024年10月8日")
    )


def test_a_red_item_of_a_bulleted_list_is_not_the_issuer_with_its_bullet() -> None:
    doc = _info_table("◆ 某县自然资源局")
    assert doc.header.issuer != "◆ 某县自然资源局"
    assert not (doc.header.issuer or "").startswith("◆")


# --- B11: an organ and its year flattened onto one line sign as the year alone under the organ does ----


def test_an_organ_and_its_year_on_one_line_after_the_closing_is_the_signature() -> None:
    doc = _parse(
        "关于2024年度环境质量状况的报告\n\n"
        "市人民政府：\n"
        "2024年，全市空气质量优良天数比例达到92.3%，同比上升1.5个百分点。\n"
        "特此报告。\n\n"
        "市生态环境局　　　二〇二五年\n"
    )
    assert doc.signature is not None
    assert doc.signature.issuers == ("市生态环境局",)
    assert doc.signature.date_partial == "2025"


def test_a_tables_last_row_of_an_organ_and_a_year_signs_nothing() -> None:
    doc = _parse(
        "关于公布2024年度统计数据发布日程的通知\n\n"
        "各有关单位：\n"
        "现将2024年度统计数据发布日程公布如下。\n"
        "发布单位　　年度\n"
        "市统计局　　2024年\n"
    )
    assert doc.signature is None or "市统计局" not in doc.signature.issuers


# --- B9: Wingdings 2's ballot X and boxed X read as the characters they draw ---------------------------


def test_wingdings_2_ballot_x_and_boxed_x_are_characters_not_private_use() -> None:
    from govdoc.readers.docx.symbols import symbol_text

    assert symbol_text("Wingdings 2", "F04F") == "✗"
    assert symbol_text("Wingdings 2", "F051") == "☒"
    assert symbol_text("Wingdings 2", "F052") == "☑"  # the tick box read before stays
