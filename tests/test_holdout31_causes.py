"""holdout31: the general causes behind the held-out check's first-look misses (tests/test_probes_31_holdout_files.py),
each fixed where its vocabulary or rule lives and tested here on a NEW example of that cause (not the probe file it was
found with), the expected values read by hand from the document and the contract.

1. A Word page header holding `某局文件` over every page of a document whose body sets its own 红头 (the organ in
   display type, without 文件) was kept as a 版头 the body lacks (rules.cleanup.page_marks): the header's organ and the
   body's joined into one issuer (`某局某局`) and the running head reached the text. A header's mark naming an organ
   the body sets in display type is now the same mark again, a running head; a body that only signs with the organ
   (body type) still has its 版头 read from the header.
"""

from __future__ import annotations

import sys
from pathlib import Path

import govdoc
from tests.invariants import check_invariants
from tests.probing import codes, squashed

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
