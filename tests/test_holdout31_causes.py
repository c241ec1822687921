"""holdout31: the general causes behind the held-out check's first-look misses (tests/test_probes_31_holdout_files.py),
each fixed where its vocabulary or rule lives and tested here on a NEW example of that cause (not the probe file it was
found with), the expected values read by hand from the document and the contract.

1. A Word page header holding `某局文件` over every page of a document whose body sets its own 红头 (the organ in
   display type, without 文件) was kept as a 版头 the body lacks (rules.cleanup.page_marks): the header's organ and the
   body's joined into one issuer (`某局某局`) and the running head reached the text. A header's mark naming an organ
   the body sets in display type is now the same mark again, a running head; a body that only signs with the organ
   (body type) still has its 版头 read from the header.
2. A paged reader joined a 纪要's next particular to an attendance line whose names reached the measure's end
   (`列席：…负责同志记录：邝某`): the taker of the minutes was read as one more unit sitting in, no 记录 entry
   (rules.head.attendance). No name holds a label and its colon: an attendance line is parted into its particulars
   where another particular's label (`P.ATTENDANCE_JOINED`) opens, each with its own span.
"""

from __future__ import annotations

import sys
from pathlib import Path

import govdoc
from tests.invariants import check_invariants
from tests.probing import checked, codes, squashed

_OFFICE = Path(__file__).resolve().parent.parent / "fixtures" / "office"
if str(_OFFICE) not in sys.path:
    sys.path.insert(0, str(_OFFICE))


def _audit_notice(*, redhead_in_body: bool) -> govdoc.Document:
    """A city 审计局's notice under a running header `漪州市审计局文件`, its 红头 set in the body or not."""
    from make_formats import body, header_xml, package, para, run, title
    from make_formats5 import right
    from make_holdout25b import number_line
    from make_holdout26 import redhead

    parts = [redhead("漪州市审计局"), para()] if redhead_in_body else []
    parts += [
        number_line("漪审发〔2024〕7号"),
        para(),
        title("漪州市审计局关于开展2024年度内部审计质量检查的通知"),
        para(),
        para(run("各县（市、区）审计局，市直各单位：")),
        body("为提高内部审计工作质量，市审计局决定于9月至10月开展2024年度内部审计质量检查。现将有关事项通知如下："),
        body("请各单位于8月31日前完成自查，并将自查报告报送市审计局。"),
        para(),
        right("漪州市审计局"),
        right("2024年8月9日", 3),
    ]
    head = header_xml(para(run("漪州市审计局文件", size=10.5), jc="right"))
    doc = govdoc.parse(package("".join(parts), header=head), format="docx")
    check_invariants(doc)
    assert "internal-error" not in codes(doc)
    return doc


def test_a_running_header_naming_the_organ_the_body_sets_as_its_letterhead_is_a_running_head() -> None:
    doc = _audit_notice(redhead_in_body=True)
    assert doc.header.issuer == "漪州市审计局"
    assert "漪州市审计局文件" not in squashed(doc.text)
    assert doc.header.doc_number is not None and doc.header.doc_number.text == "漪审发〔2024〕7号"
    assert doc.header.title == "漪州市审计局关于开展2024年度内部审计质量检查的通知"


def test_a_header_mark_over_a_body_that_only_signs_with_the_organ_is_still_the_letterhead() -> None:
    """The guard: the 落款 names the organ in body type, no mark of the body's own: the header's 版头 stays."""
    doc = _audit_notice(redhead_in_body=False)
    assert doc.header.issuer == "漪州市审计局"
    assert "漪州市审计局文件" in squashed(doc.text)


def _roles(doc: govdoc.Document) -> list[tuple[str, list[str], str]]:
    out = []
    for a in doc.header.attendance:
        assert a.span is not None
        out.append((a.role, list(a.names), doc.text[a.span.start : a.span.end]))
    return out


def test_an_attendance_line_with_the_next_particulars_label_run_into_it_is_two_particulars() -> None:
    """A text copied out of a PDF whose reader ran the 请假 line into the 出席 line above it."""
    doc = checked(
        "蘼阳区人民政府常务会议纪要\n"
        "〔2024〕9号\n"
        "蘼阳区人民政府办公室　　　　2024年4月22日\n"
        "    4月19日上午，区长甘某某主持召开区人民政府第9次常务会议，研究蔺溪片区城市更新和区属国有企业改革有关事项。现纪要如下：\n"
        "    一、会议原则同意《蔺溪片区城市更新实施方案》，由区住房和城乡建设局会同蔺溪街道办事处抓紧组织实施。\n"
        "    二、会议要求区财政局牵头制定区属国有企业整合重组方案，6月底前报区人民政府审定。\n"
        "出席：甘某某、柴某某、郁某某、芮某某请假：祝某某\n"
        "列席：区住房和城乡建设局、区财政局主要负责同志\n"
        "记录：鞠某\n"
    )
    assert _roles(doc) == [
        ("出席", ["甘某某", "柴某某", "郁某某", "芮某某"], "出席：甘某某、柴某某、郁某某、芮某某"),
        ("请假", ["祝某某"], "请假：祝某某"),
        ("列席", ["区住房和城乡建设局", "区财政局主要负责同志"], "列席：区住房和城乡建设局、区财政局主要负责同志"),
        ("记录", ["鞠某"], "记录：鞠某"),
    ]


def test_a_pdf_attendance_line_reaching_the_measure_keeps_the_minute_takers_line_apart(tmp_path: Path) -> None:
    """A PDF 纪要 whose 列席 line runs to the measure's end, its 记录 line under it flush left."""
    from make_formats import PDF_LEFT, PdfPages

    target = tmp_path / "minutes.pdf"
    pages = PdfPages(target, "", "— {page} —")
    pages.centred("漪州市人民政府专题会议纪要", 24, red=True)
    pages.centred("第19期", 16)
    pages.at("漪州市人民政府办公室　　　　　　　　　　2024年11月6日", PDF_LEFT)
    pages.para("11月5日上午，副市长阮某某主持召开专题会议，研究蕙江航道疏浚工程有关问题。现将会议议定事项纪要如下：")
    pages.para("一、会议同意启动蕙江航道疏浚工程前期工作，由市交通运输局牵头抓紧编制工程可行性研究报告。")
    pages.at("出席：阮某某、殷某某", PDF_LEFT)
    pages.at("列席：市交通运输局、市水利局、市自然资源和规划局、市生态环境局负责同志", PDF_LEFT)
    pages.at("记录：蒯某某", PDF_LEFT)
    pages.save()
    doc = govdoc.parse(target)
    check_invariants(doc)
    assert [(a.role, list(a.names)) for a in doc.header.attendance] == [
        ("出席", ["阮某某", "殷某某"]),
        ("列席", ["市交通运输局", "市水利局", "市自然资源和规划局", "市生态环境局负责同志"]),
        ("记录", ["蒯某某"]),
    ]
