"""The character stream of a PDF, one interface over two backends.

`pypdfium2` (PDFium, the default) and `pdfplumber` (pdfminer) both give, for every
character, its text, box, baseline, size, font name and fill colour, as the shared geometry's
`Glyph`s on `Page`s (PDF user space is already in points). The layout code never sees which
backend produced them.
"""

from __future__ import annotations

import functools
import io
import math
import re
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from itertools import compress, islice, repeat
from operator import attrgetter, ne, not_
from typing import Any, TypeVar

from govdoc.errors import CorruptFileError, EmptyDocumentError, EncryptedError
from govdoc.limits import DEFAULT_LIMITS, Limits
from govdoc.readers.geometry import Glyph, Page, bold_font, is_red
from govdoc.readers.glyphs import BARE_CODES, Rule, font_base
from govdoc.readers.page_lines import UNDERLAY_SIZE, underlay
from govdoc.readers.pdf_artifacts import ArtifactMarks, running_heads
from govdoc.readers.pdf_astral import ASTRAL, char_text, join_pairs, split_pair_boxes
from govdoc.readers.pdf_covers import on_paint, overprinted, painted, uncovered, white_covers
from govdoc.readers.pdf_dropped import clear_of, dropped_objects, recovered_glyphs
from govdoc.readers.pdf_fields import FieldValue, unappeared_values
from govdoc.readers.pdf_glyph_names import glyph_names
from govdoc.readers.pdf_layers import drop_hidden, hidden_groups
from govdoc.readers.pdf_paths import THIN, moved_rules, ruling_lines
from govdoc.readers.pdf_simple_fonts import garbled_fonts, masked, read_errors, suspect_fonts
from govdoc.readers.radicals import unify_radicals

BACKENDS = ("pypdfium2", "pdfplumber")
_SPACES = re.compile(r"\s+")  # `\s` is what `str.isspace` calls a space
# One or two characters before the CJK blocks standing alone between two Han characters (农村K水): where a
# font's ToUnicode map lacks a code, PDFium gives the code itself (a subset's small glyph id) as the
# character, with no error on the font's first character to have it asked. Only such characters are asked.
# Half-width commas, stops, brackets, dashes and curly quotes between Han characters are a typist's (most of
# what such a search finds) and are not asked: a code read as one of them goes unseen, the price of one call less.
_LONE_BETWEEN_HAN = re.compile(r"[\u3400-\u9fff]([^\s\u2e80-\uffff,.;:()\-\u2018-\u201d]{1,2})(?=[\u3400-\u9fff])")


def read_pages(data: bytes, *, backend: str, path: str | None, limits: Limits = DEFAULT_LIMITS) -> list[Page]:
    """Each page's characters; a page with more than `limits.page_chars` is `too-large`, and so
    is one whose forms or content streams cross their limits (checked before any backend
    expands them, by `pdf_scan`)."""
    from govdoc.readers.pdf_scan import check_pdf

    check_pdf(data, path=path, limits=limits)
    if backend == "pdfplumber":
        return _plumber(data, path, limits)
    if backend == "pypdfium2":
        return _pdfium(data, path, limits)
    raise ValueError(f"unknown PDF backend {backend!r}; choose one of {', '.join(BACKENDS)}")


def _bare(function: Any, restype: Any = None, argtypes: tuple[Any, ...] | None = None) -> Any:
    """The same PDFium entry point without declared argument types (or with `argtypes`), answering a
    plain address (an int, None for none) or `restype`, and keeping the GIL through the call.

    Asked once per character, ctypes' conversion of declared arguments and the construction of
    a pointer object cost more than the call itself, and so does releasing the GIL and taking it
    back (a Python-API prototype keeps it; the getters called this way neither block nor call
    back into Python). Callers pass handles as `_handle_argument` makes them and out-parameters by
    reference, which ctypes then hands on as they are.
    """
    copy: Any = _prototype(restype)(_address(function))
    copy.argtypes = None if argtypes is None else list(argtypes)
    return copy


@functools.cache
def _prototype(restype: Any) -> Any:
    """The function type `_bare` makes its entry points of, one per result type and process: each is a
    new class (two, for a C int), and a parse making its sixteen afresh paid for them and left them to
    the cyclic collector (a class is a cycle)."""
    import ctypes

    prototype: Any = ctypes.PYFUNCTYPE(ctypes.c_void_p if restype is None else restype)
    if restype is ctypes.c_int:
        # a function type of no result type of its own answers a C int all the same ("functions are
        # assumed to return the C int type"), and ctypes reads it without first looking up the
        # converter of `c_int` in its table of formats (one linear search a call, 2% of a call's cost)
        prototype = type("IntAnswer", (prototype.__base__,), {"_flags_": prototype._flags_})
    return prototype


PDFIUM_LOCK = threading.Lock()
"""Held around every use of PDFium: it is not thread-safe, not even across documents (pypdfium2's
own warning), and a library user may parse PDFs from several threads. One acquisition per document."""


def _pdfium(data: bytes, path: str | None, limits: Limits) -> list[Page]:
    with PDFIUM_LOCK:
        return _pdfium_pages(data, path, limits)


def _without_pages(data: bytes) -> bool:
    """Whether a PDF that PDFium refused without naming an error opens in pdfminer with no pages:
    PDFium will not load a document whose page tree is empty, which is no damage but an empty
    document. Asked only after PDFium's refusal, so a sound PDF never pays for it."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
        return next(iter(PDFPage.create_pages(document)), None) is None
    except Exception:  # pdfminer cannot read it either: damage, as PDFium said
        return False


def _pdfium_pages(data: bytes, path: str | None, limits: Limits) -> list[Page]:
    """Each page's characters, its page and text page loaded and closed through PDFium's own calls:
    pypdfium2's page objects (a finalizer, a tracker entry and a name each) cost about 1 ms of a
    54-page parse, 0.03x of the bare text."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise EncryptedError("the PDF needs a password to open", path=path) from exc
        if "PDFium: Success" in str(exc) and _without_pages(data):
            raise EmptyDocumentError("the PDF has no pages", path=path) from exc
        raise CorruptFileError(f"the PDF cannot be opened: {exc}", path=path) from exc
    pages: list[Page] = []
    try:
        # a form's fields: PDFium's form environment makes the appearances a filled form left to the viewer
        # (/NeedAppearances), which flattening then draws (`_flattened`); a document without one pays one call
        forms = document.init_forms() if raw.FPDF_GetFormType(document.raw) != raw.FORMTYPE_NONE else None
        reader = _Runs()
        # a tagged document marks its page headers and footers as artifacts: a later page's running head is known
        # so (`pdf_artifacts`); an untagged one pays this one call
        tagged = bool(raw.FPDFCatalog_IsTagged(document.raw))
        if tagged:
            reader.artifacts = ArtifactMarks(_bare)
        opened: dict[str, Any] = {}  # the file as pypdf reads it, opened once if a page needs its fonts' dictionaries
        try:
            layers_off = hidden_groups(data, opened)  # optional content no viewer shows (a layer turned off)
        except read_errors():
            layers_off = frozenset()
        for index in range(len(document)):
            page = _loaded(raw.FPDF_LoadPage(document.raw, index), "page")
            values: list[FieldValue] = []  # text fields' values no appearance draws, set by the reader
            if raw.FPDFPage_GetAnnotCount(page) > 0:
                hidden = _filled_form(page, document.formenv.raw if forms else None)
                if hidden is not None:
                    if forms is not None and _rotation(page) == 0:
                        drawn_here, values = unappeared_values(page, document.formenv.raw)
                        hidden = [*hidden, *drawn_here]
                    page = _flattened(document, page, index, forms is not None, hidden)
            if layers_off:
                drop_hidden(page, layers_off)
            try:
                width, height = raw.FPDF_GetPageWidthF(page), raw.FPDF_GetPageHeightF(page)
                entry = Page(index + 1, width, height, _rotation(page))
                textpage = _loaded(raw.FPDFText_LoadPage(page), "text page")
                try:
                    count = reader.count(textpage)
                    limits.check("page_chars", count, path=path, what=f"characters on page {index + 1}")
                    text = unify_radicals(_page_text(textpage, count, reader.text_room)) if count > 0 else ""
                    # a font's bare codes: PDFium's text drops or merges some of them; a character past the BMP:
                    # PDFium counts its two surrogates, the decoded text one character (`pdf_astral`)
                    if _CODES.search(text) or ASTRAL.search(text):
                        text = unify_radicals(_char_text(textpage, count))
                    reader.turn = _turn(entry.rotation, width, height)
                    if reader.turn is not None and count > 0 and not _upright_as_shown(textpage, count, entry.rotation):
                        reader.turn = None  # its text runs upright in user space: the page is read so, as turned
                    reader.names = functools.partial(glyph_names, data, index, opened)
                    reader.heads = tagged and index > 0
                    reader.read(textpage, text[:count], height, entry.glyphs, entry.stamps)
                    # white text shows only on what is painted under it; invisible text clear of the printed
                    # lines is the reading of what is painted under it (a picture, an outlined line), and over
                    # blank paper in the gaps between printed lines it reads nothing shown (an OA system's tracking
                    # mark, 暗水印): both stay among the stamps there
                    if reader.white or reader.unseen:
                        paint = painted(page, reader)
                        if paint is None:  # a drawing of more objects than are looked at: what it paints unknown
                            shown = {id(g) for g in reader.unseen}
                        else:
                            areas, forms = paint
                            shown = {id(g) for g in reader.white if on_paint(g, areas, height)}
                            blank = [g for g in reader.unseen if not on_paint(g, areas, height)]
                            blank = [g for g in blank if not on_paint(g, forms, height)]
                            marks = between_lines(blank, entry.glyphs)
                            shown |= {id(g) for g in reader.unseen if id(g) not in marks}
                        if shown:
                            entry.stamps[:] = [g for g in entry.stamps if id(g) not in shown]
                            entry.glyphs.extend(g for g in (*reader.white, *reader.unseen) if id(g) in shown)
                    entry.glyphs.extend(value.glyph(height) for value in values)
                    # a page of no more objects than its characters name text objects (most pages) holds
                    # no object PDFium left out of its text and no path: neither walk is asked, nor is a box
                    # painted over words looked for
                    walked = reader.count_objects(page) > reader.named_at_least
                    covering = walked and reader.turn is None and len(entry.glyphs) > 1
                    over = overprinted(entry.glyphs) if covering else None
                    if over:  # an edit painted white over old words and wrote new ones over them?
                        tallest = 3 * max(g.size for g in entry.glyphs if id(g) in over)
                        covers, order = white_covers(page, reader, tallest)
                        if covers:
                            found_text, lefts, objects = reader.page_text, reader.lefts, reader.page_objects
                            entry.glyphs = uncovered(
                                entry.glyphs, over, covers, order, found_text, lefts, objects, height
                            )
                    present = reader.present() if walked else set()
                    if walked:
                        boxes: list[tuple[float, float, float, float]] = []
                        dropped = dropped_objects(page, present, reader, boxes if reader.printed else None)
                        if dropped:  # glyphs PDFium drew but left out of its text page
                            found = recovered_glyphs(
                                data, index, height, dropped, reader.turn, entry.repaired, entry.glyphs
                            )
                            kept = clear_of(found, entry.glyphs)
                            if boxes and reader.turn is None:  # some drawn invisible on a page that prints text
                                kept = _unseen_recovered(kept, boxes, height, entry.glyphs, entry.stamps)
                            entry.glyphs.extend(kept)
                    suspects = suspect_fonts(entry.glyphs)  # a Chinese face read as `!"#$%&'`?
                    if suspects:
                        masked(entry.glyphs, garbled_fonts(data, index, suspects, opened))
                    if walked:
                        named = len(present) - (None in present)
                        entry.rules = ruling_lines(page, reader, named, height, reader.turn)
                    crop = _crop_box(page) if entry.rotation == 0 else None
                    trim = _trim_box(page) if entry.rotation == 0 else None
                    if trim is not None and _inside(entry.glyphs, trim, height) >= _TRIM_KEEPS * _chars(entry.glyphs):
                        crop = trim  # the finished page a print shop's file trims to: its slug and marks are outside
                        entry.width, entry.height = trim[2] - trim[0], trim[3] - trim[1]
                    if crop is not None:  # (a print's slug beyond its CropBox is the sheet's, cut off by design)
                        entry.glyphs = _cropped(entry.glyphs, crop, height)
                        entry.rules = moved_rules(entry.rules, crop, height)
                    elif entry.rotation == 0:  # what stands off the page (a mark drawn left of it) none sees
                        before = entry.glyphs
                        entry.glyphs = _on_page(entry.glyphs, width, height)
                        if len(entry.glyphs) < len(before):  # left out by where it stands: said (readers.off_page)
                            shown = {id(g) for g in entry.glyphs}
                            entry.off_page.append("".join(g.text for g in before if id(g) not in shown))
                finally:
                    raw.FPDFText_ClosePage(textpage)
            finally:
                raw.FPDF_ClosePage(page)
            pages.append(entry)
    except pdfium.PdfiumError as exc:  # PDFium's own report of damage; a bug of ours is no damaged file
        raise CorruptFileError(f"the PDF is damaged: {exc}", path=path) from exc
    finally:
        document.close()
    return pages


def _filled_form(page: Any, env: Any) -> list[int] | None:
    """Where the page's annotations are form fields' widgets (links and pop-ups aside) and one of them is
    a field filled in (a text or choice field with a value, a ticked box): a form filled in and not
    flattened, whose values (the 文号, a date, a name typed into its boxes) the widgets' appearances
    draw and PDFium's text page leaves out; the places of its widgets that are no values (a signature
    field, whose seal or `数字签名者` caption sits over the 落款; a push button, `打印本页`), to be kept
    out of the flattened page, with the page's other annotations (a reviewer's comment, a stamp, a
    watermark annotation: their notes are no text of the document's, and a form read over by a reviewer
    keeps its values). Words typed onto the page with a PDF editor's typewriter tool (free text of intent
    /FreeTextTypeWriter: a 文号 or a date filled into a page that has no form) are such values too. None
    where the page is no filled form: no widget holds a value and nothing is typed on (only signatures
    and buttons, or other annotations alone). Without the document's form environment a widget's field
    is not known, and it counts as filled (no signature field lives outside a form)."""
    import pypdfium2.raw as raw

    filled = False
    hidden: list[int] = []
    for k in range(raw.FPDFPage_GetAnnotCount(page)):
        annot = raw.FPDFPage_GetAnnot(page, k)
        if not annot:
            return None
        try:
            subtype = raw.FPDFAnnot_GetSubtype(annot)
            if subtype == raw.FPDF_ANNOT_WIDGET:
                kind = _field_kind(env, annot) if env is not None else "value"
                if kind == "value":
                    filled = True
                elif kind == "apart":
                    hidden.append(k)
            elif subtype == raw.FPDF_ANNOT_FREETEXT and _typed_on(annot):
                filled = True  # words a PDF editor's typewriter tool put on the page: printed as its own
            elif subtype not in (raw.FPDF_ANNOT_LINK, raw.FPDF_ANNOT_POPUP):
                hidden.append(k)
        finally:
            raw.FPDFPage_CloseAnnot(annot)
    return hidden if filled else None


_TYPEWRITER = "FreeTextTypeWriter"


def _typed_on(annot: Any) -> bool:
    """Whether a free-text annotation is words typed onto the page with a PDF editor's typewriter tool (its
    intent /IT /FreeTextTypeWriter: a date or a 文号 filled into a page that has no form), not a reviewer's
    callout or note (no intent, or /FreeTextCallout)."""
    import ctypes

    import pypdfium2.raw as raw

    size = raw.FPDFAnnot_GetStringValue(annot, b"IT", None, 0)
    if size != 2 * (len(_TYPEWRITER) + 1):
        return False
    buffer = (ctypes.c_ushort * (size // 2))()
    raw.FPDFAnnot_GetStringValue(annot, b"IT", buffer, size)
    return bytes(buffer)[: size - 2].decode("utf-16-le", "ignore") == _TYPEWRITER


def _field_kind(env: Any, annot: Any) -> str:
    """What a widget's field shows: `value` (a text or choice field with a value, a ticked check box or
    radio button), `apart` (a signature field, a push button: their appearances are no value of the
    form's) or `empty` (a field left blank, or a widget of no field)."""
    import pypdfium2.raw as raw

    kind = raw.FPDFAnnot_GetFormFieldType(env, annot)
    if kind in (raw.FPDF_FORMFIELD_SIGNATURE, raw.FPDF_FORMFIELD_PUSHBUTTON):
        return "apart"
    if kind in (raw.FPDF_FORMFIELD_CHECKBOX, raw.FPDF_FORMFIELD_RADIOBUTTON):
        return "value" if raw.FPDFAnnot_IsChecked(env, annot) else "empty"
    if kind in (raw.FPDF_FORMFIELD_TEXTFIELD, raw.FPDF_FORMFIELD_COMBOBOX, raw.FPDF_FORMFIELD_LISTBOX):
        # the value's length in bytes of UTF-16 with its terminator: more than the terminator's 2
        return "value" if raw.FPDFAnnot_GetFormFieldValue(env, annot, None, 0) > 2 else "empty"
    return "empty"


def _flattened(document: Any, page: Any, index: int, forms: bool, hidden: list[int]) -> Any:
    """The page with its form fields' appearances made part of its content (PDFium's own flattening, as
    a printed copy shows them), loaded afresh; the page as it was where PDFium cannot flatten it. With
    the document's form environment (`forms`), the page is shown to it first, which makes the
    appearances of fields whose values the filling tool left for the viewer to draw (/NeedAppearances).
    The annotations at `hidden` (signatures, push buttons, notes and stamps) are marked hidden first,
    which flattening skips."""
    import pypdfium2.raw as raw

    for k in hidden:
        annot = raw.FPDFPage_GetAnnot(page, k)
        if annot:
            raw.FPDFAnnot_SetFlags(annot, raw.FPDFAnnot_GetFlags(annot) | raw.FPDF_ANNOT_FLAG_HIDDEN)
            raw.FPDFPage_CloseAnnot(annot)
    env = document.formenv.raw if forms else None
    if env is not None:
        raw.FORM_OnAfterLoadPage(page, env)
    done = raw.FPDFPage_Flatten(page, raw.FLAT_NORMALDISPLAY)
    if env is not None:
        raw.FORM_OnBeforeClosePage(page, env)
    if done != raw.FLATTEN_SUCCESS:
        return page
    raw.FPDF_ClosePage(page)
    return _loaded(raw.FPDF_LoadPage(document.raw, index), "page")


Turn = Callable[[float, float], tuple[float, float]]


def _crop_box(page: Any) -> tuple[float, float, float, float] | None:
    """The page's CropBox (left, bottom, right, top in user space) where it hides part of the
    MediaBox or where its corner is not user space's origin, else None: a print shop's file keeps its
    crop marks and job line in the bleed, and a converter may centre the page on the origin."""
    import ctypes

    import pypdfium2.raw as raw

    media = [ctypes.c_float() for _ in range(4)]
    if not raw.FPDFPage_GetMediaBox(page, *map(ctypes.byref, media)):
        return None
    m_left, m_right = sorted((media[0].value, media[2].value))  # an inverted box ([595 842 0 0]) is the same page
    m_bottom, m_top = sorted((media[1].value, media[3].value))
    # the CropBox as the page shows it: its own or inherited from a Pages node (FPDFPage_GetCropBox reads
    # the page's own only), already clipped to the MediaBox; the MediaBox itself where none is given
    shown = raw.FS_RECTF()
    if not raw.FPDF_GetPageBoundingBox(page, ctypes.byref(shown)):
        return None if abs(m_left) < 0.5 and abs(m_bottom) < 0.5 else (m_left, m_bottom, m_right, m_top)
    left, bottom, right, top = shown.left, shown.bottom, shown.right, shown.top
    left, bottom, right, top = min(left, right), min(bottom, top), max(left, right), max(bottom, top)
    # a viewer shows the CropBox clipped to the MediaBox (a bleed written as the crop shows no more page)
    left, bottom, right, top = max(left, m_left), max(bottom, m_bottom), min(right, m_right), min(top, m_top)
    if right <= left or top <= bottom:
        return None
    hides = not (left <= m_left + 0.5 and bottom <= m_bottom + 0.5 and right >= m_right - 0.5 and top >= m_top - 0.5)
    if not hides and abs(left) < 0.5 and abs(bottom) < 0.5:
        return None  # the crop hides nothing and the page's corner is user space's origin
    # a box that does not start at the origin ([-297.6 -420.9 297.6 420.9], centred as some converters
    # write it) is moved there too: the page's lines are measured from its own left edge and top
    return left, bottom, right, top


# The share of a page's glyphs a TrimBox must hold to be the finished page: a print shop's slug and a crop
# mark's figures are a line or two beside a page of text; a TrimBox that would cut the text itself is a
# producer's error, and the page is read as the CropBox shows it.
_TRIM_KEEPS = 0.75


def _trim_box(page: Any) -> tuple[float, float, float, float] | None:
    """The page's TrimBox (left, bottom, right, top in user space) where it is the finished page inside
    what a viewer shows: a print shop's file shows its bleed, crop marks and slug line (the job, the date,
    the inks' names) round the page the TrimBox gives, which no reader of the printed page sees. None where
    the page gives no TrimBox, where it hides nothing of the shown box, or where it is under half of it
    either way (no page trimmed so)."""
    import ctypes

    import pypdfium2.raw as raw

    trim = [ctypes.c_float() for _ in range(4)]
    shown = raw.FS_RECTF()
    if not raw.FPDFPage_GetTrimBox(page, *map(ctypes.byref, trim)) or not raw.FPDF_GetPageBoundingBox(
        page, ctypes.byref(shown)
    ):
        return None
    s_left, s_right = sorted((shown.left, shown.right))
    s_bottom, s_top = sorted((shown.bottom, shown.top))
    left, right = sorted((trim[0].value, trim[2].value))
    bottom, top = sorted((trim[1].value, trim[3].value))
    left, bottom, right, top = max(left, s_left), max(bottom, s_bottom), min(right, s_right), min(top, s_top)
    if right - left < (s_right - s_left) / 2 or top - bottom < (s_top - s_bottom) / 2:
        return None
    hides = left > s_left + 0.5 or bottom > s_bottom + 0.5 or right < s_right - 0.5 or top < s_top - 0.5
    return (left, bottom, right, top) if hides else None


def _chars(glyphs: list[Glyph]) -> int:
    """The characters of the glyphs (a glyph may be a run of several), spaces aside."""
    return sum(len(g.text.strip()) for g in glyphs)


def _inside(glyphs: list[Glyph], box: tuple[float, float, float, float], height: float) -> int:
    """How many characters of the glyphs stand inside `box` (user space), by the test `_cropped` keeps them by."""
    left, bottom, right, top = box
    return sum(
        len(g.text.strip())
        for g in glyphs
        if bottom <= height - g.y + 0.3 * g.size and height - g.y <= top and left <= (g.x0 + g.x1) / 2 <= right
    )


def _cropped(glyphs: list[Glyph], crop: tuple[float, float, float, float], height: float) -> list[Glyph]:
    """The glyphs a viewer shows inside the CropBox, placed as on the cropped page (its top-left
    corner the origin): what stands outside it (the bleed) no reader of the page sees. The glyphs'
    baselines are measured down from `height` above user space's origin, as `_Runs.read` sets them."""
    left, bottom, right, top = crop
    shown: list[Glyph] = []
    for g in glyphs:
        baseline = height - g.y  # back to user space
        middle = (g.x0 + g.x1) / 2
        if not (bottom <= baseline + 0.3 * g.size and baseline <= top and left <= middle <= right):
            continue
        shown.append(g)
        if left or top != height:  # the cropped page's own coordinates: x from its left, y down from its top
            g.x0 -= left
            g.x1 -= left
            if g.edges is not None:
                g.edges = [e - left for e in g.edges]
            g.y = top - baseline
            if g.ys is not None:
                g.ys = [top - (height - y) for y in g.ys]
    return shown


def _on_page(glyphs: list[Glyph], width: float, height: float) -> list[Glyph]:
    """The glyphs standing on a page whose MediaBox is what it shows (its corner user space's origin): words
    drawn off it (a downloader's mark left of the page, x < 0) no viewer or printer shows. A page whose text
    would lose half its characters or more so is drawn off its box by its producer's error, and read whole."""
    shown = [g for g in glyphs if 0 <= (g.x0 + g.x1) / 2 <= width and 0 <= g.y - 0.3 * g.size <= height]
    if len(shown) == len(glyphs) or 2 * _chars(shown) <= _chars(glyphs):
        return glyphs
    return shown


def _turn(rotation: int, width: float, height: float) -> Turn | None:
    """Where a point of user space stands on the page as shown, turned by its /Rotate (`width` and
    `height` the shown page's, y up, as PDFium gives them): a landscape page kept as a portrait
    MediaBox turned a quarter has its text running up user space, and reads left to right only so."""
    if rotation == 90:
        return lambda x, y: (y, height - x)
    if rotation == 180:
        return lambda x, y: (width - x, height - y)
    if rotation == 270:
        return lambda x, y: (width - y, x)
    return None


def _upright_as_shown(textpage: Any, count: int, rotation: int) -> bool:
    """Whether most of a turned page's characters stand upright as the page is shown (their angle in
    user space undoes the page's turn), sampled over up to 64 characters; a page whose text stands
    upright in user space, turned as a whole, reads as user space holds it."""
    import math

    import pypdfium2.raw as raw

    shown = (2 * math.pi - math.radians(rotation)) % (2 * math.pi)
    step = max(1, count // 64)
    votes = 0
    for k in range(0, count, step):
        angle = raw.FPDFText_GetCharAngle(textpage, k)
        if angle < 0:
            continue  # PDFium knows no angle for it
        if abs(angle - shown) < 0.2:
            votes += 1
        elif min(angle, 2 * math.pi - angle) < 0.2:
            votes -= 1
    return votes > 0


_CODES = re.compile(f"[{BARE_CODES}]")  # no text holds these: a font's codes read as characters
_SURROGATE = re.compile("[\ud800-\udfff]")
_SKEW_MIN = 0.003  # radians (0.17°): less than this, a line's baselines stay within a run's wobble
_SKEW_SPREAD = 0.01  # radians: characters turned as one sheet differ by no more than this
_SKEW_SHARE = 0.9  # the share of the page's characters turned so: the page is, not a stamp or a note on it
_SKEW_SAMPLES = 5  # characters spread over a page's text whose angles tell whether the page may be turned so


def _straightened(boxes: Any, n: int, angle: float) -> None:
    """The first `n` boxes (left, top, right, bottom in turn, y up) turned back by `angle` (clockwise) about the middle
    of their extent, in place: each box's centre moved, its size kept (a box a little turned is about as
    large as one upright), so that a line's characters share a baseline again."""
    xs = boxes[0 : 4 * n : 4].tolist() + boxes[2 : 4 * n : 4].tolist()
    ys = boxes[1 : 4 * n : 4].tolist() + boxes[3 : 4 * n : 4].tolist()
    ox, oy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    cos, sin = math.cos(angle), math.sin(angle)
    for k in range(0, 4 * n, 4):
        left, top, right, bottom = boxes[k], boxes[k + 1], boxes[k + 2], boxes[k + 3]
        dx, dy = (left + right) / 2 - ox, (top + bottom) / 2 - oy
        cx, cy = ox + dx * cos - dy * sin, oy + dx * sin + dy * cos  # y up: back is counter-clockwise
        half_w, half_h = (right - left) / 2, (top - bottom) / 2
        boxes[k], boxes[k + 1], boxes[k + 2], boxes[k + 3] = cx - half_w, cy + half_h, cx + half_w, cy - half_h


def _turn_boxes(boxes: Any, n: int, turn: Turn) -> None:
    """The first `n` boxes (left, top, right, bottom in turn) turned as the page is shown, in place."""
    for k in range(0, 4 * n, 4):
        x0, y0 = turn(boxes[k], boxes[k + 3])
        x1, y1 = turn(boxes[k + 2], boxes[k + 1])
        boxes[k], boxes[k + 2] = min(x0, x1), max(x0, x1)
        boxes[k + 1], boxes[k + 3] = max(y0, y1), min(y0, y1)


def _loaded(handle: Any, what: str) -> Any:
    """A page or text page PDFium loaded, or its report that it could not (pypdfium2's words)."""
    import pypdfium2 as pdfium

    if not handle:
        raise pdfium.PdfiumError(f"Failed to load {what}.")
    return handle


def _rotation(page: Any) -> int:
    """How far the page is turned clockwise, in degrees."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    quarters = int(raw.FPDFPage_GetRotation(page))
    if quarters not in (0, 1, 2, 3):
        raise pdfium.PdfiumError("Failed to get page rotation.")
    return 90 * quarters


def _page_text(textpage: Any, count: int, room: Callable[[int], Any] | None = None) -> str:
    """The text of a text page's first `count` characters, as pypdfium2's `get_text_range` gives it:
    characters PDFium leaves out of its text are not asked for at either end of the range (PDFium
    would read past it, crbug.com/pdfium/2079), and UTF-16 it cannot decode is dropped. `room(n)`
    gives a buffer of at least `n` UTF-16 units (`_Runs.text_room`: one per document); without it,
    a buffer of its own."""
    import codecs

    import pypdfium2.raw as raw

    first, last = 0, count - 1
    while first <= last and raw.FPDFText_GetTextIndexFromCharIndex(textpage, first) == -1:
        first += 1
    while first <= last and raw.FPDFText_GetTextIndexFromCharIndex(textpage, last) == -1:
        last -= 1
    if first > last:
        return ""
    begin = raw.FPDFText_GetTextIndexFromCharIndex(textpage, first)
    end = raw.FPDFText_GetTextIndexFromCharIndex(textpage, last)
    buffer = (room or _text_buffer)(end + 2 - begin)  # and the closing NUL
    written = raw.FPDFText_GetText(textpage, first, last - first + 1, buffer)
    return codecs.decode(memoryview(buffer)[: written - 1], "utf-16-le", "ignore")


def _char_text(textpage: Any, count: int) -> str:
    """The text of a text page's first `count` characters asked one by one: where a font's codes read as
    control characters (a Type3 font without a ToUnicode map), PDFium's whole text leaves some out or
    reads them otherwise, and would no longer stand character for character with their boxes."""
    import pypdfium2.raw as raw

    return char_text(list(map(raw.FPDFText_GetUnicode, repeat(textpage, count), range(count))))


def _text_buffer(n: int) -> Any:
    """Room for `n` UTF-16 units. Each length is an array type of its own, which ctypes keeps only while
    an array of it lives: a buffer per page made (and left to the cyclic collector) a class per page."""
    import ctypes

    return (ctypes.c_ushort * n)()


Look = tuple[str, bool, float, bool]  # what a glyph carries of its style: font, red, size, bold
Style = tuple[Look, float]  # and how far the baseline stands above the loose box's bottom
# a text object's font handle, fill colour (red, green, blue; -1 each where PDFium knows none), size
# and text render mode: filled and stroked (2, or 6 with clipping) is a word processor's "fake bold"
# for a face with no bold of its own
Key = tuple[int, int, int, int, float, int]
_FILL_AND_STROKE = (2, 6)
CHUNK = 1024  # text objects whose fill colours are asked in one pass (bounds the buffer and its references)


# a character's loose box is this many times the size its font names, or its size is scaled by its matrix
_NAMED_SIZE_BAND = (0.3, 3.0)
_MATRIX_SCALE_MAX = 10_000.0  # a scale past this is a damaged matrix: the size named stays


class _BoxRoom:
    """A buffer for the loose boxes of a page's characters, four floats each, with a ready reference to
    each character's place (`_Runs._make_room`), grown to the largest page asked of it."""

    def __init__(self) -> None:
        self.room = 0
        self.boxes: Any = None
        self.floats: Any = memoryview(b"").cast("f")
        self.refs: list[Any] = []

    def grown(self, n: int) -> tuple[int, Any, Any, list[Any]]:
        """Room for at least `n` characters (doubling, so a few pages make no more references than they
        have characters), as (room, buffer, the buffer as Python reads it, references)."""
        import ctypes

        if n > self.room:
            self.room = max(n, 2 * self.room)
            self.boxes = (ctypes.c_float * (4 * self.room))()
            self.floats = memoryview(self.boxes).cast("B").cast("f")
            self.refs = [ctypes.byref(self.boxes, 16 * k) for k in range(self.room)]
        return self.room, self.boxes, self.floats, self.refs


_SHARED_ROOM = 8192  # characters a page may hold and use the shared buffer (doubling: at most 16,384 references, ~2 MB)
_SHARED_BOXES = _BoxRoom()


class _Runs:
    """A page's characters as runs: characters of one look (font, red ink, size, boldness) on one
    baseline, each beginning right of the one before and standing no further from it than a
    reader would put a space (a fifth of the size), none an overprint of the one before.

    Each character's loose box is still asked for (one call), since its place decides spacing,
    columns and paragraph ends, and so is its text object, whose change may change the style.
    What is per run is everything else: the `Glyph` and the geometry's work on it afterwards. A
    run goes on over text objects of the same look, which a page set by a word processor splits
    into pieces of one to three characters. The style of each text object comes from three cheap
    calls, made for all of a page's text objects in C-level passes before the characters are
    read; what is derived from them (the font's name, whether it is bold, whether the colour is
    red, the baseline's depth) is worked out once per page for each distinct combination. A space
    the PDF really holds ends a run, as does anything else that would make a reader look at single
    characters; the geometry decides those at the runs' ends, exactly as character by character.
    """

    def __init__(self) -> None:
        import ctypes

        import pypdfium2.raw as raw

        self.count_chars = _bare(raw.FPDFText_CountChars, ctypes.c_int)
        self.loose_box = _bare(raw.FPDFText_GetLooseCharBox, ctypes.c_int)
        self.text_object = _bare(raw.FPDFText_GetTextObject)
        self.is_generated = _bare(raw.FPDFText_IsGenerated, ctypes.c_int)
        # handed the objects' addresses as ints (None: no object)
        self.font_of = _bare(raw.FPDFTextObj_GetFont, None, (ctypes.c_void_p,))
        self.render_mode = _bare(raw.FPDFTextObj_GetTextRenderMode, ctypes.c_int, (ctypes.c_void_p,))
        self.fill_color = _bare(raw.FPDFText_GetFillColor, ctypes.c_int)
        self.font_size = _bare(raw.FPDFText_GetFontSize, ctypes.c_double)
        self.char_matrix = _bare(raw.FPDFText_GetMatrix, ctypes.c_int)
        self.matrix = raw.FS_MATRIX()
        self.matrix_ref = ctypes.byref(self.matrix)
        self.font_info = _bare(raw.FPDFText_GetFontInfo, ctypes.c_ulong)
        self.map_error = _bare(raw.FPDFText_HasUnicodeMapError, ctypes.c_int)
        # the characters of the last page's text objects whose font maps their codes to no character
        self.unmapped: list[tuple[int, int]] = []
        self.printed = True  # the last page read holds text drawn visibly (not only an OCR engine's invisible text)
        self.white: list[Glyph] = []  # the last page's runs filled white, set apart among its stamps (`WHITE`)
        # the last page's invisible runs clear of its printed lines, set apart among its stamps (`UNSEEN`)
        self.unseen: list[Glyph] = []
        # a tagged document's marks, and whether the page being read is one whose running head they tell
        # (`pdf_artifacts`: a page after the first)
        self.artifacts: ArtifactMarks | None = None
        self.heads = False
        # the page's glyph names for codes no ToUnicode maps (`pdf_glyph_names`), asked only where some are unmapped
        self.names: Callable[[], dict[int, str]] | None = None
        self.origin = _bare(raw.FPDFText_GetCharOrigin, ctypes.c_int)
        self.angle = _bare(raw.FPDFText_GetCharAngle, ctypes.c_float)
        self.count_objects = _bare(raw.FPDFPage_CountObjects, ctypes.c_int)
        self.get_object = _bare(raw.FPDFPage_GetObject)
        self.object_type = _bare(raw.FPDFPageObj_GetType, ctypes.c_int, (ctypes.c_void_p,))  # handed addresses as ints
        self.channels, self.color_refs = _colour_buffer()
        self.x, self.y = ctypes.c_double(), ctypes.c_double()
        self.flags = ctypes.c_int()
        self.buffer = ctypes.create_string_buffer(256)
        # `style`'s arguments by reference, made once: a combination's style is asked a few hundred times a document
        self.style_refs = (ctypes.c_ulong(256), ctypes.byref(self.flags), ctypes.byref(self.x), ctypes.byref(self.y))
        self.looks: dict[Look, Look] = {}  # one object per look, compared by identity
        self.room = 0  # characters the box buffer holds
        self.text: Any = None  # the page text's buffer (`text_room`), of `len(self.text)` UTF-16 units
        self.objects: list[Any] = []  # the text object of each of the last page's characters, as PDFium gave them
        # how many text objects the last page's characters name at least (`present` counts them): the
        # distinct objects of its characters that are no spaces, which `styles` meets anyway
        self.named_at_least = 0
        # the last page's text, characters' left edges and text objects (`pdf_covers` reads them)
        self.page_text = ""
        self.lefts: list[float] = []
        self.page_objects: list[Any] = []
        # how the page turns user space to the space it is shown in (/Rotate), None when it does not turn
        self.turn: Turn | None = None
        # every character's loose box, four floats each (left, top, right, bottom): the glyph's
        # advance, not its ink (a thin "1" is a whole digit wide)
        self.boxes: Any = None
        self.box_refs: list[Any] = []  # where each character's box goes, made once per buffer
        self.floats: Any = memoryview(b"").cast("f")  # the buffer as Python reads it

    def _make_room(self, n: int) -> None:
        """A box buffer for `n` characters, with a ready reference to each one's place: made
        once for the largest page, so a character's box costs one call and no allocation. Pages of
        up to `_SHARED_ROOM` characters (nearly all) use the process's one buffer (`_SHARED_BOXES`,
        grown as a document's was), which every reader shares under `PDFIUM_LOCK`: each document
        made its references afresh (a thousand `byref`s, 0.3% of a 54-page parse)."""
        if n <= self.room:
            return
        if n <= _SHARED_ROOM:
            self.room, self.boxes, self.floats, self.box_refs = _SHARED_BOXES.grown(n)
            return
        self.room, self.boxes, self.floats, self.box_refs = _BoxRoom().grown(max(n, 2 * self.room))

    def text_room(self, n: int) -> Any:
        """A buffer for a page's text of `n` UTF-16 units, the document's one grown as `_make_room` grows
        the box buffer (`_page_text` takes it)."""
        if self.text is None or len(self.text) < n:
            self.text = _text_buffer(max(n, 2 * (0 if self.text is None else len(self.text))))
        return self.text

    def present(self) -> set[Any]:
        """The text objects the last page's characters belong to (None: a character of none), for
        `pdf_dropped` and `pdf_paths`: made only for a page holding more objects than `named_at_least`."""
        return set(self.objects)

    def count(self, handle: Any) -> int:
        """How many characters PDFium found on a text page: checked against `page_chars` before any is read."""

        return int(self.count_chars(_handle_argument(handle)))

    def drawn_sizes(self, page: Any, starts: list[int], sizes: list[float]) -> None:
        """Each text object's size as drawn, set in `sizes` in place. PDFium gives the size its `Tf` names, before
        the text matrix and the CTM scale it: a converter setting every line in a one-point font scaled by
        `Tm 16 0 0 16` gave sizes of 1, and no title read larger than its body, no line wrapped. Where a
        character's loose box (the font's height at the size drawn) is far from the size named, the character's
        matrix is asked and its vertical scale applied; most pages name their sizes and pay one comparison an
        object."""
        boxes, matrix, ref = self.floats, self.matrix, self.matrix_ref
        low, high = _NAMED_SIZE_BAND
        for k, i in enumerate(starts):
            size = sizes[k]
            if low * size <= abs(boxes[4 * i + 1] - boxes[4 * i + 3]) <= high * size:
                continue
            if self.char_matrix(page, i, ref):
                scale = math.hypot(matrix.c, matrix.d)
                if 0 < scale < _MATRIX_SCALE_MAX:
                    sizes[k] = size * scale

    def style(self, page: Any, i: int, key: Key, bottom: float) -> Style:
        """The style of a combination not met before on the page: font name and boldness, red
        ink, and the baseline's depth below the loose box of character `i`."""
        room, flags, x, y = self.style_refs
        self.font_info(page, i, self.buffer, room, flags)
        self.origin(page, i, x, y)
        baseline = self.y.value if self.turn is None else self.turn(self.x.value, self.y.value)[1]
        font = font_base(self.buffer.value.decode("utf-8", "replace"))
        _, r, g, b, size, mode = key
        red = r >= 0 and is_red((r / 255, g / 255, b / 255))
        look = (font, red, size, mode in _FILL_AND_STROKE or bold_font(font))
        # the loose box's bottom sits a fixed depth below the baseline for one font at one size
        return self.looks.setdefault(look, look), baseline - bottom

    def styles(
        self, page: Any, objects: list[int | None], spaces: list[tuple[int, int]], bottoms: list[float]
    ) -> list[tuple[Look, float, int]]:
        """The style of each text object in the order `read` meets them: at every character that
        is no space and whose text object is not the one of the last such character before it (a
        character of no text object is one of its own). Asked in C-level passes: the objects'
        fonts, then each first character's size and fill colour (`None`: PDFium knows none), a
        chunk of objects at a time; then each combination's style once, at its first object.

        `objects` is changed in place: each space holds the text object before it (`_fill`), and
        a character of none holds its own number (`-i - 1`, as `read` gives it)."""
        n = len(objects)
        _fill(objects, spaces)
        orphans = None in objects
        if orphans:  # a character of no text object has a style of its own, and the spaces after it its own
            objects[:] = [-k - 1 if obj is None else obj for k, obj in enumerate(objects)]
            _fill(objects, spaces)
        # where the text object changes; the first character that is no space starts the first
        first = spaces[0][1] if spaces and spaces[0][0] == 0 else 0
        if first >= n:
            return []
        starts = [first, *compress(range(1, n), map(ne, islice(objects, 1, None), objects))]
        owners: list[Any] = list(map(objects.__getitem__, starts))
        if not orphans:  # each character that is no space belongs to the owner of the last start at or before it
            self.named_at_least = len(set(owners))
        fonts: list[Any] = (
            [self.font_of(o) if o > 0 else None for o in owners] if orphans else list(map(self.font_of, owners))
        )
        if None in fonts:  # no font: a style of its own too
            fonts = [-i - 1 if f is None else f for i, f in zip(starts, fonts, strict=True)]
        sizes = list(map(self.font_size, repeat(page, len(starts)), starts))
        self.drawn_sizes(page, starts, sizes)
        # the render mode goes into the key as it is: whether it makes the text bold is decided once
        # per combination (`style`), not once per text object
        modes: list[int] = (
            [self.render_mode(o) if o > 0 else 0 for o in owners] if orphans else list(map(self.render_mode, owners))
        )
        # each channel of the fill colours in a list of its own (-1 in all three: PDFium knows none), so
        # that a key is one flat tuple: no colour tuple is made or hashed per text object
        reds: list[int] = []
        greens: list[int] = []
        blues: list[int] = []
        channels = self.channels
        for c in range(0, len(starts), CHUNK):
            part = starts[c : c + CHUNK]
            m = len(part)
            ok = bytes(map(self.fill_color, repeat(page, m), part, *self.color_refs))
            r: list[int] = channels[0 : 4 * m : 4].tolist()
            g: list[int] = channels[1 : 4 * m : 4].tolist()
            b: list[int] = channels[2 : 4 * m : 4].tolist()
            if 0 in ok:
                for k in compress(range(m), map(not_, ok)):
                    r[k] = g[k] = b[k] = -1
            reds += r
            greens += g
            blues += b
        # each object's key hashed once: the place where its combination is first met (setdefault
        # keeps the first), and each combination's style worked out there, into a table by place
        places: dict[Key, int] = {}
        first_met: list[int] = list(
            map(places.setdefault, zip(fonts, reds, greens, blues, sizes, modes, strict=True), range(len(starts)))
        )
        table: list[Any] = [None] * len(starts)
        unmapped: set[int] = set()
        for key, k in places.items():
            table[k] = (*self.style(page, starts[k], key, bottoms[starts[k]]), 0)
            if self.map_error(page, starts[k]):  # asked once per combination, as its style is
                unmapped.add(k)
        styled: list[tuple[Look, float, int]] = list(map(table.__getitem__, first_met))
        if unmapped:  # a font that maps one code to nothing may map the rest: each of its characters is asked
            ends = [*starts[1:], n]
            suspect = [(starts[j], ends[j]) for j, k in enumerate(first_met) if k in unmapped]
            self.unmapped = _unmapped_spans(suspect, self.map_error, page)
        # each object's slant, from its first character's angle: text set at a slant across the page
        # (an OA system's watermark) is none of its lines; its look is its own, so no run joins it.
        # Upright text gives exactly 0.0, so most pages are told apart by one C-level count.
        angles = list(map(self.angle, repeat(page, len(starts)), starts))
        if angles.count(0.0) != len(angles):
            for i in compress(range(len(angles)), map(_slanted, angles)):
                look, depth, _ = styled[i]
                styled[i] = ((*look,), depth, True)
        # a tagged document's later page: the artifact set above all its other text is its running head, set aside
        if self.heads and self.artifacts is not None:
            for i in running_heads(owners, starts, self.floats, self.artifacts.marked):
                look, depth, _ = styled[i]
                styled[i] = ((*look,), depth, True)
        # text set large in light grey (仅供参考, 内部资料 across the page, upright) is a watermark as well
        if sizes and max(sizes) >= UNDERLAY_SIZE:  # most pages hold nothing so large: one C-level pass
            for i in compress(range(len(starts)), map(underlay, reds, greens, blues, sizes)):
                look, depth, _ = styled[i]
                styled[i] = ((*look,), depth, True)
        # text filled white (an OA system's tracking mark, 暗水印: the downloader and time between the lines) shows
        # only where something is painted under it (a 版头 white on a red band): set apart, and back among the
        # page's runs where the page's painted areas hold it (`pdf_covers.painted`, asked by the page's reader)
        if self.turn is None and max(reds, default=-1) >= _WHITE_INK:
            for i in compress(range(len(starts)), map(_white, reds, greens, blues, modes)):
                look, depth, slant = styled[i]
                if not slant:
                    styled[i] = ((*look,), depth, WHITE)
        # invisible text on a page that prints text (an OCR engine's reading of a picture pasted on it): set
        # apart for now, and back among the page's runs after the loop unless it lies across printed ones
        self.printed = True
        if 3 in modes or 7 in modes:
            unseen = [m in _UNSEEN_MODES for m in modes]
            self.printed = not all(unseen)
            if self.printed:
                for i in compress(range(len(starts)), unseen):
                    look, depth, slant = styled[i]
                    if not slant:
                        styled[i] = ((*look,), depth, UNSEEN)  # a look of its own: no printed run joins it
        return styled

    def named(self, page: Any, text: str, names_of: Callable[[], dict[int, str]]) -> tuple[str, set[int]]:
        """`text` with each character PDFium reads as its font's bare code (it says the font maps it to
        nothing) read as the glyph name the font gives the code (`/uni5173`), and the places so read.
        Asked only of a page whose text holds control characters, the sign of codes read as themselves."""
        names = names_of()
        if not names:
            return text, set()
        chars = list(text)
        named: set[int] = set()
        for i in compress(range(len(text)), map(self.map_error, repeat(page, len(text)), range(len(text)))):
            char = names.get(ord(chars[i]))
            if char is not None:
                chars[i] = char
                named.add(i)
        return "".join(chars), named

    def skew(self, page: Any, text: str) -> float:
        """The angle (radians, clockwise as PDFium gives it) by which nearly all of the page's characters are turned
        a little (under `_SLANT`: a sheet scanned askew, its OCR layer written along the turned lines), or
        0.0. Most pages are told by a few characters spread over the text: the pass over every character is
        asked only where most of them are turned a little (upright text gives exactly 0.0; a diagonal
        watermark drawn first or a stamp turned 90° drawn last is turned far, and tells nothing of the
        page: diffread-B B6). The line ends PDFium puts in its text (upright, whatever the line) are not asked."""
        n = len(text)
        angle = self.angle
        asked = turned = 0
        for k in {(n - 1) * i // (_SKEW_SAMPLES - 1) for i in range(_SKEW_SAMPLES)}:
            while k < n - 1 and text[k].isspace():  # a space PDFium put between two OCR words: the next character
                k += 1
            if text[k].isspace() or (a := angle(page, k)) < 0:
                continue
            asked += 1
            turned += _SKEW_MIN < abs(a if a <= math.pi else a - 2 * math.pi) < _SLANT
        if 2 * turned <= asked:
            return 0.0
        angles = [
            a if a <= math.pi else a - 2 * math.pi
            for k, ch in enumerate(text)
            if not ch.isspace() and (a := angle(page, k)) >= 0
        ]
        if not angles:
            return 0.0
        middle = sorted(angles)[len(angles) // 2]
        if not _SKEW_MIN < abs(middle) < _SLANT:
            return 0.0
        near = sum(1 for a in angles if abs(a - middle) <= _SKEW_SPREAD)
        return middle if near >= _SKEW_SHARE * len(angles) else 0.0

    def read(
        self, handle: Any, text: str, height: float, glyphs: list[Glyph], stamps: list[Glyph] | None = None
    ) -> None:
        """One page's runs, appended to `glyphs`; runs of text set at a slant, to `stamps` (given none,
        to `glyphs` as well).

        This is the hot loop of a PDF parse, so it is written flat, with the run's state in local
        variables. PDFium is asked in C-level passes before it: every character's box and text
        object, every text object's style (`styles`). What may change only with the text object
        or the baseline (the style, whether the run may go on) is worked out when they change, not
        for every character; a run's places are cut from page-wide lists when it ends, its widest gap kept as it grows.
        """

        page = _handle_argument(handle)
        self.objects = []
        self.white = []
        self.unseen = []
        self.named_at_least = 0
        self.printed = True
        is_generated = self.is_generated
        n = len(text)
        if not n:
            return
        self._make_room(n)
        named: set[int] = set()
        if self.names is not None and _CODES.search(text):  # codes read as control characters: a font without a map?
            text, named = self.named(page, text, self.names)
        # every character's loose box and text object, asked in C's own loops (`map`)
        found = bytes(map(self.loose_box, repeat(page, n), range(n), self.box_refs))  # 1 or 0 each
        objects: list[int | None] = list(map(self.text_object, repeat(page, n), range(n)))
        self.objects = objects.copy()  # `styles` and the loop below change `objects`
        boxes = self.floats
        if 0 in found:  # PDFium gave no box: the slot still holds an earlier page's; take the one before
            for k in (k for k, ok in enumerate(found) if not ok):
                boxes[4 * k : 4 * k + 4] = boxes[4 * k - 4 : 4 * k] if k else memoryview(bytes(16)).cast("f")
        if self.turn is not None:
            _turn_boxes(boxes, n, self.turn)
        skew = self.skew(page, text)
        if skew:  # a scan's OCR layer following the sheet's slight turn: its lines read as straightened
            _straightened(boxes, n, skew)
        pairs = _SURROGATE.search(text) is not None  # a character past the BMP, as its two surrogates (`pdf_astral`)
        if pairs:
            split_pair_boxes(text, boxes)
        lefts: list[float] = boxes[0 : 4 * n : 4].tolist()
        self.lefts, self.page_objects = lefts, objects  # kept for `pdf_covers`, asked of overprinted pages
        rights: list[float] = boxes[2 : 4 * n : 4].tolist()
        bottoms: list[float] = boxes[3 : 4 * n : 4].tolist()
        edges = [0.0] * (2 * n)  # every character's left and right edge in turn, cut into runs
        edges[0::2] = lefts
        edges[1::2] = rights
        spaces = [space.span() for space in _SPACES.finditer(text)]
        # runs of full-width spaces a typist put across a line (`办公室　　　　2024年`), from the character before
        # them to the one after: their boxes fill the gap. Asked only of a page holding U+3000.
        typed = _typed_gaps(spaces, text, lefts, rights, bottoms) if "\u3000" in text else None
        self.unmapped = []
        styles = iter(self.styles(page, objects, spaces, bottoms))
        lone = _lone_unmapped(text, self.map_error, page, self.unmapped)
        if lone:
            self.unmapped = sorted([*self.unmapped, *lone])
        if self.unmapped and self.names is not None:  # codes the page's fonts name (`/uni5173`) read so
            text, self.unmapped = _named_spans(text, self.unmapped, named, self.names)
        if self.unmapped:
            text = _unmapped_masked(text, self.unmapped)
        self.page_text = text
        for begin, end in spaces:  # a space ends a run, whatever its text object
            objects[begin:end] = [None] * (end - begin)
        look: Look = ("", False, 0.0, False)
        slant = 0
        aside = glyphs if stamps is None else stamps
        unseen: list[Glyph] = []  # invisible runs set aside among printed ones
        run_look = look
        depth = 0.0
        last_object = 0
        run: Glyph | None = None  # the run being read: characters `start` to the one before
        start = 0
        bottom = y = run_y = close = overprint = wobble = last_x0 = last_x1 = 0.0
        widest = -math.inf  # the widest gap between two characters of the run (none is NaN: it would end the run)
        fits = moved = False  # the character's style and baseline allow it into the run; the run's baseline moved
        ys: list[float] | None = None
        for i, obj, low, left, right in zip(range(n), objects, bottoms, lefts, rights, strict=True):
            if obj != last_object or low != bottom:
                if obj is None:  # a space, or a character of no text object
                    if text[i].isspace():
                        if run is not None:
                            _close(run, text, start, i, edges, widest, ys)
                            if typed and i in typed:  # full-width spaces filling the gap to the next character
                                run.gap_typed = True
                            run, fits = None, False
                        if text[i] == " " and glyphs and not is_generated(page, i):
                            glyphs[-1].space_after = True  # a space the PDF really holds
                        continue
                    obj = -i - 1
                if obj != last_object:
                    last_object = obj
                    look, depth, slant = next(styles)
                bottom = low
                y = height - (low + depth)
                fits = run is not None and look is run_look and -wobble <= y - run_y <= wobble
                moved = ys is not None or y != run_y
            if (  # the run's last character is the one before
                fits
                and left > last_x0
                and right > last_x1
                and (gap := left - last_x1) <= close
                and (left - last_x0 >= overprint or text[i] != text[i - 1])
            ):
                if gap > widest:
                    widest = gap
                if moved:  # a baseline moved within the run: each character's is kept
                    if ys is None:
                        ys = [run_y] * (i - start)
                    ys.append(y)
                last_x0, last_x1 = left, right
                continue
            if run is not None:
                _close(run, text, start, i, edges, widest, ys)
            font, red, size, bold = run_look = look
            run = Glyph(text[i], left, right, y, size, font, red, False, bold)
            if slant:
                aside.append(run)
                if slant == UNSEEN:
                    unseen.append(run)
                elif slant == WHITE and stamps is not None:
                    self.white.append(run)
            else:
                glyphs.append(run)
            start, ys, run_y, last_x0, last_x1, widest = i, None, y, left, right, -math.inf
            fits, moved = True, False
            wobble = 0.1 * size  # a word processor's baselines shift this much between text objects
            close = 0.2 * max(size, 1.0)  # wider than this, the geometry may put a space in between
            overprint = 0.3 * max(size, 1.0)  # closer than this, the geometry reads a same character once
        if run is not None:
            _close(run, text, start, n, edges, widest, ys)
        if pairs:
            join_pairs(glyphs if stamps is None else [*glyphs, *stamps])
        if unseen and stamps is not None:
            apart = {id(g) for g in _unseen_across(unseen, glyphs)}
            # invisible text clear of the printed lines: the reading of a picture pasted on the page (a signature,
            # a scanned annex), or words drawn on blank paper to be read by no one (an OA system's tracking mark):
            # left among the stamps, and back among the page's runs where the page paints under it
            # (`pdf_covers.painted`, asked by the page's reader, as for white text)
            self.unseen = [g for g in unseen if id(g) not in apart]
        # `styles` skipped the characters `_SPACES` matched, this loop those `str.isspace` calls spaces:
        # one style per text object only while the two agree (a test holds them to it)
        assert next(styles, None) is None, "a text object's style left unread"


UNSEEN = 2  # `styles`' mark of an invisible text object on a page that prints text (truthy: set aside)
WHITE = 3  # `styles`' mark of a text object filled white: shown only where the page paints under it
_WHITE_INK = 250  # each channel at least this: the paper's own white
_FILL_ONLY = (0, 4)  # text render modes that fill and do not stroke (4 adds the text to the clip)


def _white(red: int, green: int, blue: int, mode: int) -> bool:
    """Whether text in this fill and render mode is painted white and nothing else (a stroke may show)."""
    return mode in _FILL_ONLY and min(red, green, blue) >= _WHITE_INK


_UNSEEN_MODES = (3, 7)  # text render modes that paint nothing: invisible, and add to the clip only


def _unseen_across(unseen: list[Glyph], printed: list[Glyph], seeds: list[Glyph] | None = None) -> list[Glyph]:
    """The invisible runs set smaller than the page's printed runs they lie across within a line's height, and
    those standing within a printed line's size of them (or of `seeds`, runs already set apart so): an OCR
    engine's reading of a picture pasted over the printed text (a seal over the 落款: its ring letters across
    the organ's line, the rest of the ring in the gap above it), which the page does not show as text; read
    into those lines, they split them. Invisible text over blank paper, near none of that (the reading of a
    pasted picture of a signature, of a scanned annex on a printed page), is the only text there is of it, and
    so is a scan's reading under a smaller printed stamp (此件公开发布 over its head): neither is set apart."""
    printed = sorted(printed, key=attrgetter("y"))
    ys = [g.y for g in printed]
    largest = max((g.size for g in printed), default=0.0)
    apart: list[Glyph] = list(seeds or ())
    rest: list[Glyph] = []
    for g in unseen:
        near = printed[bisect_left(ys, g.y - largest) : bisect_right(ys, g.y + largest)]
        across = any(
            g.size <= _SMALLER * o.size and abs(o.y - g.y) < o.size and min(o.x1, g.x1) - max(o.x0, g.x0) > 0
            for o in near
        )
        (apart if across else rest).append(g)
    # One picture's reading (a seal's ring) is small beside the page it is pasted on: the runs near those across
    # the printed lines join them while the page prints more than it hides and the reading stays a seal's size.
    # An OCR layer of a whole scanned page under a printed stamp grows no further than the stamp's own line.
    hidden = sum(len(g.text) for g in unseen)
    grown = bool(apart) and len(unseen) <= _UNSEEN_GROWTH and hidden <= sum(len(g.text) for g in printed)
    reach = _READING_SPAN * largest
    while grown and rest:
        grown = False
        for g in list(rest):
            if any(_within(g, a, largest) for a in apart) and _spans_within([*apart, g], reach):
                apart.append(g)
                rest.remove(g)
                grown = True
    kept = {id(g) for g in rest}
    return [g for g in unseen if id(g) not in kept]


_SMALLER = 0.8  # a seal's letters are set smaller than the lines they cross (as `page_edges.seal_words_apart` asks)
_READING_SPAN = 8  # printed line sizes: a seal's reading spans no more across or down the page (42 mm at 16 pt)


def between_lines(runs: list[Glyph], printed: list[Glyph]) -> set[int]:
    """The runs (by `id`) that stand in a gap between two of the page's printed lines, smaller than both: a
    printed line above and one below, each within twice its size, the run within the printed text's width.
    Drawn invisible over blank paper there (an OA system's tracking mark: the downloader, time and address
    between the lines), they read nothing the page shows; an OCR layer of a picture lies on the picture, and a
    reading below the printed text or on a page that prints none (session 23's cases) stands between no lines."""
    if not runs or not printed:
        return set()
    printed = sorted(printed, key=attrgetter("y"))
    ys = [g.y for g in printed]
    largest = max(g.size for g in printed)
    left, right = min(g.x0 for g in printed), max(g.x1 for g in printed)
    found: set[int] = set()
    for g in runs:
        if g.x0 < left or g.x1 > right:
            continue
        near = printed[bisect_left(ys, g.y - 2 * largest) : bisect_right(ys, g.y + 2 * largest)]
        above = any(g.size < o.size and 0 < g.y - o.y <= 2 * o.size for o in near)
        below = any(g.size < o.size and 0 < o.y - g.y <= 2 * o.size for o in near)
        if above and below:
            found.add(id(g))
    return found


def _spans_within(runs: list[Glyph], reach: float) -> bool:
    """Whether the runs together span no more than `reach` across and down the page."""
    return (
        max(g.x1 for g in runs) - min(g.x0 for g in runs) <= reach
        and max(g.y for g in runs) - min(g.y for g in runs) <= reach
    )


def _unseen_recovered(
    found: list[Glyph],
    boxes: list[tuple[float, float, float, float]],
    height: float,
    printed: list[Glyph],
    stamps: list[Glyph],
) -> list[Glyph]:
    """`found` (glyphs read back from objects PDFium left out of its text page) without those drawn invisible
    (within one of `boxes`, PDF user space) that `_unseen_across` sets apart, which go to `stamps`: a seal's
    reading has its lone letters too, and the letters set apart before seed it."""
    # each box's left and right, and its top and bottom measured down the page as a glyph's baseline is
    spans = [(lo, hi, height - top - 1, height - bottom + 1) for lo, bottom, hi, top in boxes]
    # (a box PDFium gives an object of a font the file does not embed is its origin alone: the glyph starts there)
    hidden = [g for g in found if any(lo - 1 <= g.x0 <= hi + 1 and up <= g.y <= dn for lo, hi, up, dn in spans)]
    if not hidden:
        return found
    apart = {id(g) for g in _unseen_across(hidden, printed, stamps)}
    stamps.extend(g for g in hidden if id(g) in apart)
    return [g for g in found if id(g) not in apart]


_UNSEEN_GROWTH = 200  # invisible runs at most whose neighbours are asked (a seal's reading is a handful)


def _within(a: Glyph, b: Glyph, reach: float) -> bool:
    """Whether two runs' boxes stand no further than `reach` apart, across and down the page."""
    across = max(a.x0 - b.x1, b.x0 - a.x1, 0.0)
    return across <= reach and abs(a.y - b.y) <= reach + max(a.size, b.size)


def _typed_gaps(
    spaces: list[tuple[int, int]], text: str, lefts: list[float], rights: list[float], bottoms: list[float]
) -> set[int]:
    """The places of the space runs (two or more characters, full-width ones among them) that stand on one
    baseline between two characters, each space's box touching the one before: a gap the format fills
    with spaces, no gap between columns (a right column's indent starts at its own edge, away from the
    left column's last character)."""
    found: set[int] = set()
    n = len(text)
    for begin, end in spaces:
        if end - begin < 2 or begin == 0 or end >= n or "\u3000" not in text[begin:end]:
            continue
        near = 0.5 * max(rights[begin] - lefts[begin], 1.0)
        if abs(bottoms[begin] - bottoms[begin - 1]) > near or abs(bottoms[end] - bottoms[begin - 1]) > near:
            continue
        if all(abs(lefts[k] - rights[k - 1]) <= near for k in range(begin, end + 1)):
            found.add(begin)
    return found


def _unmapped_spans(
    suspect: list[tuple[int, int]], map_error: Callable[[Any, int], int], page: Any
) -> list[tuple[int, int]]:
    """The runs of characters within `suspect` (the text objects of a combination whose first character
    has no Unicode map) that PDFium says have none: a partial ToUnicode map (a producer's known defect)
    lacks a few codes, and the rest of the font's characters read as they are. Only suspect fonts pay
    the call per character."""
    spans: list[tuple[int, int]] = []
    for lo, hi in suspect:
        for i in compress(range(lo, hi), map(map_error, repeat(page, hi - lo), range(lo, hi))):
            if spans and spans[-1][1] == i:
                spans[-1] = (spans[-1][0], i + 1)
            else:
                spans.append((i, i + 1))
    return spans


def _lone_unmapped(
    text: str, map_error: Callable[[Any, int], int], page: Any, known: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The characters standing alone between Han characters (`_LONE_BETWEEN_HAN`: 农村K水) that PDFium
    says its font maps to nothing, outside the spans already `known`: a ToUnicode map lacking one code
    in the middle of a font whose first character it maps. A page pays one C-level scan of its text and
    a call per such character (第3项's 3), never one per character."""
    spans: list[tuple[int, int]] = []
    for found in _LONE_BETWEEN_HAN.finditer(text):
        for i in range(*found.span(1)):
            if map_error(page, i) and not any(lo <= i < hi for lo, hi in known):
                spans.append((i, i + 1))
    return spans


def _named_spans(
    text: str, spans: list[tuple[int, int]], named: set[int], names_of: Callable[[], dict[int, str]]
) -> tuple[str, list[tuple[int, int]]]:
    """`text` with each unmapped character of `spans` whose code the page's fonts name by glyph name read as
    named (those already read so, `named`, are left), and the spans of the characters still unmapped. The
    names are read only where some character of the spans is not yet named."""
    if all(i in named for lo, hi in spans for i in range(lo, hi)):
        return text, []
    names = names_of()
    chars = list(text)
    left: list[tuple[int, int]] = []
    for lo, hi in spans:
        for i in range(lo, hi):
            if i in named:
                continue
            char = names.get(ord(chars[i])) if not chars[i].isspace() else None
            if char is not None:
                chars[i] = char
            elif left and left[-1][1] == i:
                left[-1] = (left[-1][0], i + 1)
            else:
                left.append((i, i + 1))
    return "".join(chars), left


def _unmapped_masked(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with the characters of `spans` that are no spaces put as U+FFFD: PDFium gives a code its
    font maps to no character (a CID font with no ToUnicode map and an Identity ordering, a subset's
    glyph ids) as if the code were one, `ĂăĄą` for 某镇人民, which would read as text. As U+FFFD they
    are counted and warned about (`encoding-repaired`) with the Type3 codes and pdfminer's `(cid:N)`."""
    chars = list(text)
    for lo, hi in spans:
        chars[lo:hi] = ["\ufffd" if not ch.isspace() else ch for ch in chars[lo:hi]]
    return "".join(chars)


_SLANT = 0.17  # radians (10°) off the page's axes: the text runs neither across nor down it


_underlay = underlay  # the PDF reader's name for it before OFD shared it (readers.page_lines), which tests ask


def _slanted(angle: float) -> bool:
    """Whether a character's angle (radians, as PDFium gives it; negative when it knows none) sets it
    at a slant: neither along nor across the page's axes."""
    if angle < 0:
        return False
    off = angle % (math.pi / 2)
    return _SLANT < off < math.pi / 2 - _SLANT


@functools.cache
def _colour_buffer() -> tuple[Any, list[list[Any]]]:
    """Room for the fill colours of up to CHUNK text objects, four channels each (as Python reads
    them), with a ready reference to each channel's place, one list per channel. Made once per
    process (its 4,096 references took about 0.3 ms, a parse's 0.01x of the bare text) and shared
    by every reader, each using it only under `PDFIUM_LOCK`."""
    import ctypes

    colours = (ctypes.c_uint * (4 * CHUNK))()
    places = [ctypes.byref(colours, 4 * k) for k in range(4 * CHUNK)]
    return memoryview(colours).cast("B").cast("I"), [places[c::4] for c in range(4)]


def _fill(objects: list[Any], spaces: list[tuple[int, int]]) -> None:
    """Each space given the text object of the character before it (of the one after it at the
    page's start), so that the text object changes, as `styles` counts it, only where it changes
    between two characters that are no spaces."""
    n = len(objects)
    for begin, end in spaces:
        objects[begin:end] = repeat(objects[begin - 1] if begin else objects[end] if end < n else None, end - begin)


def _address(handle: Any) -> int:
    """The address a PDFium handle (or entry point) holds, read from the handle's own storage.

    Not `ctypes.cast`: a cast keeps the handle in a dictionary the handle itself then holds, a cycle
    per page's handle that only the cyclic collector frees."""
    import ctypes

    return int(ctypes.c_void_p.from_address(ctypes.addressof(handle)).value or 0)


def _handle_argument(handle: Any) -> Any:
    """A PDFium handle as an argument ctypes passes on as it stands, for the calls made once per
    character or text object.

    A `c_void_p` argument makes ctypes look up its type's converter (a linear search of its table of
    formats) and allocate a new argument object at every call; the reference `byref` makes to a byte
    at the handle's address is such an argument object already, made once per page, whose value is
    that address (nothing is read or written there). About 0.1 µs of each call, 2% of a PDF parse."""
    import ctypes

    address = _address(handle)
    if not address:
        raise ValueError("no PDFium handle")
    return ctypes.byref(ctypes.c_char.from_address(address))


def _close(
    run: Glyph, text: str, start: int, end: int, edges: list[float], widest: float, ys: list[float] | None
) -> None:
    """A run's text and places, once it holds more than its first character (`start` to `end - 1`
    of the page's characters, whose edges are `edges` in turn; `widest`: the widest gap between two
    of them, kept by the loop as it met them, where a page-wide list of gaps cost a subtraction and
    a float for every character of the page and a slice and `max` for every run)."""
    if end - start > 1:
        run.text = text[start:end]
        run.x1 = edges[2 * end - 1]
        run.edges = edges[2 * start : 2 * end]
        run.gap = widest
        run.ys = ys


def _plumber_color(value: object) -> tuple[float, float, float] | None:
    if isinstance(value, (list, tuple)):
        numbers = [float(v) for v in value if isinstance(v, (int, float))]
        if len(numbers) == 3:
            return numbers[0], numbers[1], numbers[2]
        if len(numbers) == 4:  # CMYK
            c, m, yy, k = numbers
            return (1 - c) * (1 - k), (1 - m) * (1 - k), (1 - yy) * (1 - k)
    return None


def _plumber(data: bytes, path: str | None, limits: Limits) -> list[Page]:
    from govdoc.deps import require

    pdfplumber = require("pdfplumber", path=path)

    pages: list[Page] = []
    pdf = _plumbed(pdfplumber.open, path, io.BytesIO(data))
    try:
        for page in _plumbed(lambda: list(pdf.pages), path):
            number, width, height, rotation, chars = _plumbed(_plumber_page, path, page)
            limits.check("page_chars", len(chars), path=path, what=f"characters on page {number}")
            entry = Page(number, width, height, rotation)
            for c in _plumber_straightened(chars):
                _plumber_char(c, entry)
            entry.rules = _plumbed(_plumber_rules, path, page)
            pages.append(entry)
    finally:
        pdf.close()
    return pages


def _plumber_straightened(chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The page's characters, turned back where nearly all of them are turned a little (a scan's OCR layer
    written along a sheet turned a degree or two), as the PDFium reader straightens them (`_Runs.skew`):
    each character's origin turned about the middle of theirs, its box moved with it. Most pages are told
    by one pass that finds no turned character; their characters are given back as they are."""
    turned = [c for c in chars if (c.get("matrix") or (1, 0))[1] and not str(c.get("text", "")).isspace()]
    if not turned or len(turned) < _SKEW_SHARE * len(chars) * 0.5:
        return chars
    angles = sorted(math.atan2(float(c["matrix"][1]), float(c["matrix"][0])) for c in turned)
    middle = angles[len(angles) // 2]
    shown = sum(1 for c in chars if not str(c.get("text", "")).isspace())
    near = sum(1 for a in angles if abs(a - middle) <= _SKEW_SPREAD)
    if not _SKEW_MIN < abs(middle) < _SLANT or near < _SKEW_SHARE * shown:
        return chars
    xs = [float(c["matrix"][4]) for c in turned]
    ys = [float(c["matrix"][5]) for c in turned]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    cos, sin = math.cos(-middle), math.sin(-middle)
    out: list[dict[str, Any]] = []
    for c in chars:
        m = c.get("matrix")
        if not m:
            out.append(c)
            continue
        e, f = float(m[4]), float(m[5])
        e2 = cx + (e - cx) * cos - (f - cy) * sin
        f2 = cy + (e - cx) * sin + (f - cy) * cos
        scale = math.hypot(float(m[0]), float(m[1]))
        moved = dict(c)
        moved["x0"], moved["x1"] = float(c["x0"]) + e2 - e, float(c["x1"]) + e2 - e
        moved["matrix"] = (scale, 0.0, 0.0, scale, e2, f2)
        out.append(moved)
    return out


def _plumber_page(page: Any) -> tuple[int, float, float, int, list[dict[str, Any]]]:
    """What pdfplumber knows of a page, every lazy parse of it done here."""
    chars = page.dedupe_chars().chars
    return page.page_number, float(page.width), float(page.height), int(page.rotation or 0), chars


def _plumber_rules(page: Any) -> list[Rule]:
    """The page's ruling lines as pdfplumber finds them: its straight lines, thin rectangles (a
    border drawn as a filled bar) and the edges of stroked rectangles, as `pdf_paths` reads them
    from PDFium; a page with no such object costs two empty lists."""
    rules: list[Rule] = []
    for shape in page.lines + page.rects:
        x0, x1, top, bottom = float(shape["x0"]), float(shape["x1"]), float(shape["top"]), float(shape["bottom"])
        if bottom - top <= THIN and x1 - x0 > THIN:
            rules.append(Rule(True, (top + bottom) / 2, x0, x1))
        elif x1 - x0 <= THIN and bottom - top > THIN:
            rules.append(Rule(False, (x0 + x1) / 2, top, bottom))
        elif shape["object_type"] == "rect" and shape.get("stroke"):
            rules += [Rule(True, top, x0, x1), Rule(True, bottom, x0, x1)]
            rules += [Rule(False, x0, top, bottom), Rule(False, x1, top, bottom)]
    return rules


T = TypeVar("T")


def _plumbed(call: Callable[..., T], path: str | None, *args: Any) -> T:
    """One call into pdfplumber/pdfminer, whose damage reports come as any exception type
    (syntax errors, KeyError, struct and zlib errors …): those become `corrupt-file` or
    `encrypted`. Only the backend's calls go through here, so a bug in govdoc's own
    handling of the characters stays a bug (`internal-error`), not a damaged file."""
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        return call(*args)
    except Exception as exc:
        inner = exc.args[0] if exc.args else None  # pdfplumber wraps pdfminer's own exceptions
        if isinstance(exc, PDFPasswordIncorrect) or isinstance(inner, PDFPasswordIncorrect):
            raise EncryptedError("the PDF needs a password to open", path=path) from exc
        if "password" in str(exc).lower():
            raise EncryptedError("the PDF needs a password to open", path=path) from exc
        raise CorruptFileError(f"the PDF is damaged: {exc}", path=path) from exc


def _plumber_char(c: dict[str, Any], entry: Page) -> None:
    """One pdfplumber character dictionary as a `Glyph` of the page (spaces mark the previous one)."""
    text = unify_radicals(c.get("text", ""))
    if not text or text.isspace():
        if text == " " and entry.glyphs:
            entry.glyphs[-1].space_after = True
        return
    matrix = c.get("matrix") or (0, 0, 0, 0, 0, entry.height - float(c["bottom"]))
    # a character set at a slant (a seal's ring letters, a watermark) is none of the page's lines: aside,
    # as the PDFium reader sets such text apart
    turned = bool(matrix[1]) and _slanted(math.atan2(float(matrix[1]), float(matrix[0])) % (2 * math.pi))
    (entry.stamps if turned else entry.glyphs).append(
        Glyph(
            text,
            float(c["x0"]),
            float(c["x1"]),
            entry.height - float(matrix[5]),
            float(c.get("size") or 0.0),
            font_base(str(c.get("fontname", ""))),
            is_red(_plumber_color(c.get("non_stroking_color"))),
        )
    )
