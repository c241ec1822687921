"""Session 13's speed steps answer exactly what they replace.

The PDF reader's calls into PDFium take the text page as an argument object made once per page
(`_handle_argument`), and the calls that answer a C int have no result type of their own
(`_bare`): both only skip ctypes' per-call look-ups, so every answer must be the one pypdfium2's
declared functions give, on every character of every PDF fixture, errors (-1) included.

In the text parse, CLOSING_STRONG is asked only of a line holding one of the characters its formulas
open with (`closing_strong`): on written lines, every corpus line and generated lines, the answer is
the pattern's. A reply's turn to its answer (`opens_answer`), its 主送 line (`recipient_match`), an
organ's name (`is_organ_name`) and a title's document type (`kind_suffix`) are pure functions of a
string, kept in bounded caches: each is asked of the pattern once per distinct line, and answers as
the pattern does.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_pdf_runs import PDFS


@contextmanager
def _text_pages(path: Any) -> Iterator[list[Any]]:
    """Every text page of a PDF, loaded through pypdfium2's declared functions, under PDFium's lock."""
    import pypdfium2
    import pypdfium2.raw as raw

    from govdoc.readers.pdf_chars import PDFIUM_LOCK

    with PDFIUM_LOCK:
        document = pypdfium2.PdfDocument(path.read_bytes())
        pages = [raw.FPDF_LoadPage(document.raw, k) for k in range(len(document))]
        texts = [raw.FPDFText_LoadPage(page) for page in pages]
        try:
            yield texts
        finally:
            for text, page in zip(texts, pages, strict=True):
                raw.FPDFText_ClosePage(text)
                raw.FPDF_ClosePage(page)
            document.close()


@pytest.mark.parametrize("path", [p for p in PDFS if p.exists()], ids=lambda p: p.name)
def test_the_text_page_as_an_argument_made_once_answers_what_the_declared_calls_answer(path: Any) -> None:
    import pypdfium2.raw as raw

    from govdoc.readers.pdf_chars import _handle_argument, _Runs

    runs = _Runs()
    box = ctypes.c_float * 4
    with _text_pages(path) as texts:
        for text in texts:
            page = _handle_argument(text)
            n = raw.FPDFText_CountChars(text)
            assert runs.count(text) == runs.count_chars(page) == n
            for i in [*range(n), -1, n]:  # and two characters that are not there: PDFium's errors
                ours, theirs = box(), box()
                assert runs.loose_box(page, i, ctypes.byref(ours)) == raw.FPDFText_GetLooseCharBox(
                    text, i, ctypes.cast(ctypes.byref(theirs), ctypes.POINTER(raw.FS_RECTF))
                )
                assert list(ours) == list(theirs)
                obj = raw.FPDFText_GetTextObject(text, i)
                assert runs.text_object(page, i) == (ctypes.cast(obj, ctypes.c_void_p).value if obj else None)
                assert runs.is_generated(page, i) == raw.FPDFText_IsGenerated(text, i)
                assert runs.font_size(page, i) == raw.FPDFText_GetFontSize(text, i)
                assert runs.angle(page, i) == raw.FPDFText_GetCharAngle(text, i)


def test_a_call_answering_a_c_int_answers_negative_numbers_and_zero_as_they_are() -> None:
    """The int-answering calls read PDFium's `int` as a signed C int: -1 (PDFium's "none") stays -1."""
    import pypdfium2.raw as raw

    from govdoc.readers.pdf_chars import _bare, _handle_argument

    is_generated = _bare(raw.FPDFText_IsGenerated, ctypes.c_int)
    assert is_generated.restype is None  # no result type of its own: ctypes' default, a C int
    with _text_pages(PDFS[0]) as texts:
        page = _handle_argument(texts[0])
        assert is_generated(page, -1) == raw.FPDFText_IsGenerated(texts[0], -1) == -1
        assert is_generated(page, 0) == raw.FPDFText_IsGenerated(texts[0], 0) == 0


def test_no_handle_is_no_argument() -> None:
    """A null handle (PDFium could not load the page) is refused before any call is made with it."""
    from govdoc.readers.pdf_chars import _handle_argument

    with pytest.raises(ValueError):
        _handle_argument(ctypes.c_void_p(0))


# --- a strong closing: asked of the pattern only where one of its formulas' first characters stands ----


def test_every_formula_of_a_strong_closing_opens_with_a_character_the_guard_looks_for() -> None:
    """Read off the pattern: an optional lead (最后，/ 王某代表，), then one group of formulas, each of
    whose first characters is one `CLOSING_STRONG_CHARS` holds, so every match holds one of them."""
    from govdoc import patterns as P
    from govdoc.first_chars import _group_end, alternatives, first_chars
    from govdoc.patterns import trailer

    source = P.CLOSING_STRONG.pattern
    lead = "^" + trailer._CLOSING_LEAD
    assert alternatives(source) == [source] and source.startswith(lead + "(?:")
    formulas = source[len(lead) :]
    assert _group_end(formulas, 0) == len(formulas)  # the group runs to the pattern's end
    listed = set(P.CLOSING_STRONG_CHARS)
    found = [first_chars(formula) for formula in alternatives(formulas[3:-1])]
    assert len(found) > 20 and all(f is not None and f <= listed for f in found)
    assert listed == set().union(*(f for f in found if f is not None))  # and nothing more than that


def _closing_strong_whole(folded: str) -> bool:
    from govdoc import patterns as P

    return P.CLOSING_STRONG.match(folded) is not None


def test_a_strong_closing_is_told_as_before() -> None:
    """New lines: closings with and without a lead, organ lines and names, body sentences."""
    from govdoc.fold import fold
    from govdoc.rules.lines import closing_strong

    lines = [
        "衷心感谢您长期以来对我市教育事业的关注",
        "最后，再次感谢您的宝贵意见",
        "张某某代表，谢谢您",
        "此函。",
        "顺颂商祺",
        "妥否，请批示",
        "请贵校予以支持为盼",
        "以上意见，供参考",
        "请认真贯彻执行。",
        "某县市场监督管理局",
        "某市某区人民政府办公室",
        "王某某",
        "今年将新建公共停车泊位三百个。",
        "",
    ]
    for line in lines:
        f = fold(line)
        assert closing_strong(f) == _closing_strong_whole(f), line
    assert closing_strong(fold(lines[0])) and closing_strong(fold(lines[2])) and not closing_strong(fold(lines[9]))


def test_a_strong_closing_is_told_as_before_on_every_corpus_line() -> None:
    from govdoc.fold import fold
    from govdoc.rules.lines import closing_strong
    from tests.conftest import without_shared
    from tests.test_speed9 import _corpus_lines

    found = passed = 0
    for line in _corpus_lines():
        f = fold(line)
        expected = _closing_strong_whole(f)
        assert closing_strong(f) == expected, line
        found += expected
        passed += not any(c in f for c in "专以再十即多妥当恳感提敬是望此烦特现盼真祝衷诚请谢谨非顺")
    assert found > (5 if without_shared() else 50) and passed > (50 if without_shared() else 1000)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "感谢",
                "谢谢",
                "特此",
                "此复",
                "请",
                "贵局",
                "予以",
                "支持",
                "为盼",
                "以上",
                "意见",
                "供参考",
                "妥否",
                "执行",
                "最后",
                "代表",
                "王某",
                ",",
                "。",
                " ",
                "某区",
                "局",
                "委员会",
                "非常",
                "敬礼",
                "祝",
                "您",
            ]
        ),
        max_size=8,
    )
)
def test_a_strong_closing_is_told_as_before_on_generated_lines(pieces: list[str]) -> None:
    from govdoc.fold import fold
    from govdoc.rules.lines import closing_strong

    f = fold("".join(pieces))
    assert closing_strong(f) == _closing_strong_whole(f)


# --- a reply's turn to its answer and its 主送 line: each pattern asked once per line -------------------

_REPLY = """关于加快老旧小区加装电梯的提案的答复

李某某委员：

    您提出的《关于加快老旧小区加装电梯的提案》收悉，现答复如下：

    一、工作进展
    今年我区已完成加装电梯四十台。

    二、下一步打算
    我们将继续简化审批流程。

    感谢您对住房建设工作的关心。

某区住房和城乡建设委员会
2024年6月3日
"""


def test_a_reply_s_turn_and_its_addressees_are_matched_once_per_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """The proposal's title, the sections' opening and the quote lead all ask whether the opening line
    turns to the answer, and the 主送 search and the 主送's split ask RECIPIENT_LINE of the same lines:
    each pattern runs once per distinct line, and the parse reads as it did."""
    import govdoc
    from govdoc import patterns as P
    from govdoc.fields.proposal import opens_answer
    from govdoc.rules.lines import recipient_match

    asked: dict[str, list[str]] = {"turn": [], "addressees": []}

    class Counted:
        def __init__(self, pattern: Any, name: str) -> None:
            self.pattern, self.name = pattern, name

        def search(self, text: str, *args: Any) -> Any:
            asked[self.name].append(text)
            return self.pattern.search(text, *args)

        def match(self, text: str, *args: Any) -> Any:
            asked[self.name].append(text)
            return self.pattern.match(text, *args)

    opens_answer.cache_clear()
    recipient_match.cache_clear()
    monkeypatch.setattr(P, "ANSWER_OPENS", Counted(P.ANSWER_OPENS, "turn"))
    monkeypatch.setattr(P, "RECIPIENT_LINE", Counted(P.RECIPIENT_LINE, "addressees"))
    doc = govdoc.parse(_REPLY.encode(), format="txt")
    assert doc.header.recipients and doc.header.recipients[0].startswith("李某某")
    assert doc.header.responds_to is not None and doc.sections and doc.sections[0].title == "工作进展"
    for name, texts in asked.items():
        assert texts and len(texts) == len(set(texts)), name


@pytest.mark.parametrize(
    "line",
    [
        "李某某委员：",
        "各街道办事处，区级各部门：",
        "尊敬的王某代表：您好！",
        "您提出的建议收悉，现答复如下：",
        "某区财政局",
        "",
    ],
)
def test_the_kept_matches_are_the_patterns(line: str) -> None:
    from govdoc import patterns as P
    from govdoc.fields.proposal import opens_answer
    from govdoc.fold import fold
    from govdoc.rules.lines import recipient_match

    f = fold(line)
    for _ in range(2):  # asked, then kept
        m, expected = recipient_match(f), P.RECIPIENT_LINE.match(f)
        assert (m is None) == (expected is None) and (
            m is None or (m.span(), m.groupdict()) == (expected.span(), expected.groupdict())
        )
        assert opens_answer(f) == (P.ANSWER_OPENS.search(f) is not None)
    assert opens_answer.cache_info().maxsize and recipient_match.cache_info().maxsize  # bounded: a batch keeps no more


@pytest.mark.parametrize(
    "line",
    [
        "某区市场监管局（区知识产权局）",
        "某市城市更新中心（筹）",
        "某区人民政府门户网站",
        "关于加强河道治理的答复",
        "王某某",
        "",
    ],
)
def test_the_kept_organ_names_and_document_types_are_the_patterns(line: str) -> None:
    """`is_organ_name` and `kind_suffix` keep their answers per string: asked again, the same answer as
    first, and as a fresh computation (the cache emptied) gives."""
    from govdoc.fields.kind import kind_suffix
    from govdoc.fold import fold
    from govdoc.rules.lines import is_organ_name

    f = fold(line)
    organ, kind = is_organ_name(f), kind_suffix(f)
    for _ in range(2):
        assert is_organ_name(f) == organ
        found = kind_suffix(f)
        assert (found is None) == (kind is None) and (found is None or kind is None or found.span() == kind.span())
    is_organ_name.cache_clear()
    kind_suffix.cache_clear()
    assert is_organ_name(f) == organ and (kind_suffix(f) is None) == (kind is None)
    assert is_organ_name.cache_info().maxsize and kind_suffix.cache_info().maxsize  # bounded
    assert is_organ_name(fold("某区财政局")) and not is_organ_name(fold("王某某"))
