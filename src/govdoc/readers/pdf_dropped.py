"""Text objects PDFium draws but leaves out of its text page, read from the content stream with pypdf.

PDFium's text page skips a text object whose box has no width. It measures a glyph's box from the
font program, so a font the PDF does not embed and PDFium cannot stand in for (a CID font such as
STSong-Light, named only by its CMap) gives its glyphs no box: a text object of several glyphs still
spans their advances, but one of a single glyph, as some print drivers set a page glyph by glyph,
is dropped whole, and its character with it. The page's objects still list it, with its place and
ink. For those objects only, the characters come from the content stream as pypdf decodes it (the
font's CMap and widths), matched to the object by where its text starts; everything else stays
PDFium's. Nothing here is asked of a page whose text objects all reached the text page, nor for an
object drawn in ink in a font the file embeds (`inkless`: its box is the ink of the file's own glyph,
so no width is a blank, such as a space set alone).

What the stream says the characters are is kept as PDFium's text page keeps it: a marked-content
span's `/ActualText` stands for the glyphs drawn inside it (a character the font lacks, drawn as two
squeezed parts), and a Latin ligature (ﬁ, ﬃ) is the letters it joins. Such a span or ligature runs to
where the next one on its line starts, as the producer placed them, rather than to a width guessed
from its characters: its letters then neither overlap their neighbours nor leave a gap. A string
only partly inside a span, read with the span's text (`_partly_said`), is handed back as repaired, to
be warned `text-repaired` (`actual-text`): the reading is the parser's judgement, not the file's text.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable
from itertools import repeat
from typing import Any

from govdoc.readers.glyphs import LIGATURES, Glyph, width_class
from govdoc.readers.page_lines import is_red
from govdoc.readers.pdf_slots import ReadLines, by_line_of, line_from, slotted, string_before

# a text object's box (left, bottom, right, top), red ink and its font's base name
Dropped = tuple[float, float, float, float, bool, str]


def dropped_objects(
    page: Any, present: set[Any], calls: Any, unseen: list[tuple[float, float, float, float]] | None = None
) -> list[Dropped]:
    """The page's own text objects that no character of the text page belongs to (`present`: the
    text objects its characters name), each with its box in PDF user space and whether it is red;
    the boxes of those drawn invisible (an OCR engine's text) also go to `unseen` where one is given.

    Asked of every page, so it costs little where nothing is missing: a page holding no more objects
    than the text page names text objects is answered from one count; on others, each object's type is
    asked in C-level passes (`calls`: PDFium's entry points as `pdf_chars` binds them)."""
    import ctypes

    count = calls.count_objects(page)
    named = len(present) - (None in present)
    if count <= named:
        return []
    objects = list(map(calls.get_object, repeat(page, count), range(count)))
    types = list(map(calls.object_type, objects))
    missing = [obj for obj, kind in zip(objects, types, strict=True) if kind == _TEXT and obj not in present]
    dropped: list[Dropped] = []
    if not missing:
        return dropped
    import pypdfium2.raw as raw

    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    name = ctypes.create_string_buffer(128)
    for obj in missing:
        handle = ctypes.cast(obj, raw.FPDF_PAGEOBJECT)
        font = raw.FPDFTextObj_GetFont(handle)
        mode = raw.FPDFTextObj_GetTextRenderMode(handle)
        if inkless(raw.FPDFFont_GetIsEmbedded(font) if font else -1, mode):
            continue
        if not raw.FPDFPageObj_GetBounds(handle, left, bottom, right, top):
            continue
        if unseen is not None and mode in _UNSEEN:
            unseen.append((left.value, bottom.value, right.value, top.value))
        red = bool(raw.FPDFPageObj_GetFillColor(handle, r, g, b, a)) and is_red(
            (r.value / 255, g.value / 255, b.value / 255)
        )
        size = raw.FPDFFont_GetBaseFontName(font, name, len(name)) if font else 0
        base = name.value.decode("utf-8", "replace") if 0 < size <= len(name) else ""
        dropped.append((left.value, bottom.value, right.value, top.value, red, base))
    return dropped


_TEXT = 1  # FPDF_PAGEOBJ_TEXT
_UNSEEN = frozenset({3, 7})  # text render modes that paint nothing: invisible, and add to the clip only


def inkless(embedded: int, render_mode: int) -> bool:
    """Whether a text object PDFium left out of its text page left out nothing a reader sees:
    drawn in ink (`render_mode` not one of the invisible ones) in a font the file embeds
    (`embedded`: PDFium's answer, 1 for yes, 0 for no, -1 when it cannot tell), so PDFium measured its
    glyph from the file's own glyph program (a Type 3 glyph from its procedure), and a box of no
    width there is a glyph that draws no ink: a space, as a word processor sets one alone between
    two runs. Such an object is not sent to pypdf: decoding the page's whole content stream in
    Python costs tens of milliseconds (180 ms for a page of LibreOffice's per-character marked
    spans), many times the rest of a short PDF's parse, to find a blank. A font the file does not
    embed (the cause `recovered_glyphs` is for) and invisible text (an OCR text layer, whose font
    may have no outlines at all) are still recovered."""
    return embedded == 1 and render_mode not in _UNSEEN


_NEAR = 1.0  # points: how far a shown string's start may stand from the dropped object's box
_ASLANT = 0.1  # a line rising more than this for each unit it runs is set aslant (about 6 degrees)


def recovered_glyphs(
    data: bytes,
    index: int,
    height: float,
    dropped: list[Dropped],
    turn: Callable[[float, float], tuple[float, float]] | None,
    repaired: list[tuple[str, str]] | None = None,
    read: list[Glyph] | None = None,
) -> list[list[Glyph]]:
    """The characters of the dropped objects on page `index` (0-based), one list a string placed, as the geometry reads
    PDFium's: y down from the top of the page as shown (`turn`: how its /Rotate turns user space, None
    when it does not), each character as wide as its class of the font size, running left to right.

    Each string placed that was only partly inside an /ActualText span, and read with the span's text
    for its glyphs there, is added to `repaired` as (drawn, read): the reading is a judgement (the
    span's bounds inside the string are told apart by byte counts), so the caller warns it
    `text-repaired` (`actual-text`, schema 1.10).

    Given the characters PDFium `read` on the page (and the page not turned), a string whose line holds some of
    them among its dropped glyphs (a line set a glyph a show, its figures read and its Chinese dropped) gives each
    dropped object of its line the character of its place (`pdf_slots`) rather than its reading from the start."""
    from pypdf import PdfReader

    shown: list[tuple[str, float, float, float, str, bool]] = []  # text, origin x, y, size, font, aslant
    spans: list[int] = []  # for each string, the /ActualText span it was shown in (-1: none)
    actual: list[str] = []  # each span's ActualText
    open_spans: list[int] = []  # the marked-content sequences open, innermost last (-1: no ActualText)
    pending: list[int] = []  # the span of each show since the last string pypdf reported
    pending_bytes: list[int] = []  # … and how many bytes of codes it showed
    drawn: dict[int, str] = {}  # a string partly in a span, read with its ActualText: its glyphs as drawn
    # the text rise (Ts) in force, saved and restored with the graphics state (q, Q); pypdf reports a string at
    # its text matrix's origin, while PDFium draws it (and boxes its object) that far above or below
    rises: list[float] = [0.0]
    shown_rise = [0.0]  # the rise in force at the last string shown

    def operator(op: bytes, args: Any, cm: Any, tm: Any) -> None:
        if op == b"Ts":
            rises[-1] = _number(args[0]) if args else 0.0
        elif op == b"q":
            rises.append(rises[-1])
        elif op == b"Q":
            if len(rises) > 1:
                rises.pop()
        elif op == b"BDC":
            said = _actual_text(args[1] if len(args) > 1 else None)
            if said is not None:
                actual.append(said)
            open_spans.append(len(actual) - 1 if said is not None else -1)
        elif op == b"BMC":
            open_spans.append(-1)
        elif op == b"EMC":
            if open_spans:
                open_spans.pop()
        elif op in _SHOWS:
            shown_rise[0] = rises[-1]
            pending.append(next((k for k in reversed(open_spans) if k >= 0), -1))
            pending_bytes.append(_code_bytes(args[-1] if args else None))

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if not text.strip():
            return
        rise = shown_rise[0]  # the rise moves the string along the text space's y axis
        x = (tm[4] + rise * tm[2]) * cm[0] + (tm[5] + rise * tm[3]) * cm[2] + cm[4]
        y = (tm[4] + rise * tm[2]) * cm[1] + (tm[5] + rise * tm[3]) * cm[3] + cm[5]
        # the way the text runs, in user space: upright left to right as the page is read, or it is no
        # line of the text (a seal's lettering round its ring, a stamp set aslant)
        dx, dy = tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3]
        if turn is not None:
            (x1, y1), (x0, y0) = turn(x + dx, y + dy), turn(x, y)
            dx, dy = x1 - x0, y1 - y0
        aslant = dx <= 0 or abs(dy) > _ASLANT * dx
        scale = math.hypot(tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3]) or 1.0
        name = str(font.get("/BaseFont", "")).lstrip("/") if font is not None else ""
        shown.append((text, x, y, size * scale, name, aslant))
        # pypdf reports the shows of a text object run together, flushed at its next ET, Td or Tm: the
        # string is a span's only where every show in it was (else the span's ActualText would stand for
        # the other shows' text too, diffread-A 11); a string partly in a span keeps the text it shows
        if pending and pending.count(pending[0]) == len(pending):
            spans.append(pending[0])
        else:
            spans.append(-1)
            if any(k >= 0 for k in pending):  # a span opening or closing inside the string
                said = _partly_said(text, pending, pending_bytes, actual, font)
                if said is not None:
                    shown[-1] = (said, *shown[-1][1:])
                    drawn[len(shown) - 1] = text
        pending.clear()
        pending_bytes.clear()

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        reader.pages[index].extract_text(visitor_operand_before=operator, visitor_text=visit)
    except Exception:  # a stream pypdf cannot decode leaves PDFium's reading as it was
        return []
    shown, room = _as_said(shown, spans, actual)
    # a character set between aslant ones is lettering round a figure (a seal's ring), upright or not
    lettering = {
        k
        for k, item in enumerate(shown)
        if item[5] or (len(item[0].strip()) == 1 and any(shown[j][5] for j in (k - 1, k + 1) if 0 <= j < len(shown)))
    }
    glyphs: list[list[Glyph]] = []
    unmatched: list[Dropped] = []
    used: set[int] = set(lettering)  # strings placed, or never to be
    lines = ReadLines(read) if read and turn is None else None
    by_line = by_line_of(dropped) if lines is not None else {}
    by_baseline: dict[int, list[int]] = {}  # the strings by their baselines, rounded (asked only with `lines`)
    if lines is not None:
        for k, string in enumerate(shown):
            by_baseline.setdefault(round(string[2]), []).append(k)
    slot_placed: set[int] = set()  # dropped objects given their character by their line's places
    for item in dropped:
        if id(item) in slot_placed:
            continue
        left, bottom, right, top, red, _ = item
        for k, (text, x, y, size, font, _) in enumerate(shown):
            if k in used:  # lettering, or a string already placed: each is placed once (a string shown over and
                continue  # over at one spot was placed once per dropped object there, N² glyphs; review26 R3)
            if left - _NEAR <= x <= right + _NEAR and bottom - _NEAR <= y <= top + _NEAR:
                if lines is not None and room[k] is None:  # (a span's or a ligature's places are its own)
                    line = [d for d in line_from(by_line, item[1], item[0]) if id(d) not in slot_placed]
                    found = slotted(text, x, height - y, size, font, line, lines.on(height - y, size))
                    if found is not None:
                        glyphs.append(found[0])
                        slot_placed.update(map(id, found[1]))
                        used.add(k)
                        break
                if turn is not None:
                    x, y = turn(x, y)
                glyphs.append(_placed(text, x, height - y, size, font, red, room[k]))
                used.add(k)
                if k in drawn and repaired is not None:
                    repaired.append((drawn[k], text))
                break
        else:
            if lines is not None and lines.between(height - top, height - bottom):
                # a line opening with characters PDFium read: its string starts left of the object
                before = string_before(shown, by_baseline, used, room, item)
                if before is not None:
                    k = before
                    text, x, y, size, font, _ = shown[k]
                    line = [d for d in line_from(by_line, item[1], x) if id(d) not in slot_placed]
                    found = slotted(text, x, height - y, size, font, line, lines.on(height - y, size))
                    if found is not None:
                        glyphs.append(found[0])
                        slot_placed.update(map(id, found[1]))
                        used.add(k)
                        continue
            unmatched.append(item)
    if unmatched and turn is None:
        unmatched = [d for d in unmatched if id(d) not in slot_placed]
        glyphs.extend([g] for g in _after_others(unmatched, shown, used, height))
    return glyphs


def _after_others(
    unmatched: list[Dropped], shown: list[tuple[str, float, float, float, str, bool]], used: set[int], height: float
) -> list[Glyph]:
    """The dropped single glyphs whose string follows other strings of the same text object (a line
    whose runs switch fonts between Tf and Tj, as Word's export sets digits in a Latin face): pypdf
    reports every string of the object at the object's start, not where the ones before it left
    off. On each baseline, the dropped objects, left to right, are that line's one-character strings
    in their font, in the order the stream shows them, where the two counts agree (else none is
    placed: a guess would put a character in the wrong place)."""
    glyphs: list[Glyph] = []
    for y in sorted({round(item[1], 1) for item in unmatched}):
        on_line = sorted((item for item in unmatched if abs(item[1] - y) <= _NEAR), key=lambda item: item[0])
        fonts = {item[5] for item in on_line}
        candidates = [
            (k, item)
            for k, item in enumerate(shown)
            if k not in used
            and abs(item[2] - y) <= _NEAR
            and len(item[0].strip()) == 1
            and item[4] in fonts
            and item[1] <= on_line[-1][0] + _NEAR
        ]
        if len(candidates) != len(on_line) or any(
            item[1] > drop[0] + _NEAR or item[4] != drop[5] for (_, item), drop in zip(candidates, on_line, strict=True)
        ):
            continue
        for (_, (text, _, _, size, font, _)), (left, bottom, _, _, red, _) in zip(candidates, on_line, strict=True):
            glyphs.extend(_placed(text.strip(), left, height - bottom, size, font, red))
    return glyphs


def clear_of(recovered: list[list[Glyph]], read: list[Glyph]) -> list[Glyph]:
    """The recovered characters that stand clear of those PDFium read: one placed over a character of a
    line already read (the upright letter of a seal's ring over the date) is no character of that line.

    A string is recovered whole from the stream (pypdf reports a text object's shows run together) and
    placed from its dropped object's origin without the kerns between its shows: where its characters,
    after some kept, reach one PDFium read, the rest of the string is the objects PDFium read (a TJ
    array after an /ActualText span, `[(代) -1000 (表：)]`), not characters of their own, set a kern's
    width to the left of where they stand (王喆代表表：, 生：生：)."""
    out: list[Glyph] = []
    for string in recovered:
        kept = False
        for g in string:
            if any(_over(g, r) for r in read):
                if kept:
                    break
                continue
            out.append(g)
            kept = True
    return out


def _over(g: Glyph, r: Glyph) -> bool:
    if abs(g.y - r.y) > 0.5 * max(g.size, r.size, 1.0):
        return False
    return min(g.x1, r.x1) - max(g.x0, r.x0) > 0.3 * (g.x1 - g.x0)


_SHOWS = frozenset({b"Tj", b"TJ", b"'", b'"'})


def _number(operand: Any) -> float:
    """An operator's number as a float (0 where the operand is no number: a damaged stream)."""
    try:
        value = float(operand)
    except (TypeError, ValueError):
        return 0.0
    return value if math.isfinite(value) else 0.0


def _code_bytes(operand: Any) -> int:
    """How many bytes of character codes a show operator's operand holds (a TJ array's strings summed;
    its numbers are kerning, no codes); -1 where the operand is no string."""
    if isinstance(operand, list):
        return sum(max(_code_bytes(item), 0) for item in operand if isinstance(item, (bytes, str)))
    if isinstance(operand, bytes):
        return len(operand)
    original = getattr(operand, "original_bytes", None)  # pypdf's text string keeps the bytes it was read from
    return len(original) if isinstance(original, bytes) else -1


def _partly_said(text: str, pending: list[int], sizes: list[int], actual: list[str], font: Any) -> str | None:
    """The string pypdf reported for shows some of which stood in an /ActualText span, with each span's
    characters replaced by its ActualText (王 ⏎ span 喆: 吉吉 ⏎ 代表： → 王喆代表：), or None where the shows'
    characters cannot be told apart in it. Each show's characters are its bytes over the font's code
    width (two for a composite font's CMap, one for a simple font), taken only where those counts add
    up to the string exactly: a code mapped to several characters, or a space pypdf put in for a kern,
    leaves the string as drawn (its ActualText is then not applied, as before, and nothing is warned:
    the text holds the file's own characters)."""
    subtype = str(font.get("/Subtype", "")) if font is not None else ""
    width = 2 if subtype == "/Type0" else 1
    if any(n < 0 or n % width for n in sizes):
        return None
    if sum(sizes) // width != len(text) and " " in text:
        text = text.replace(" ", "")  # spaces pypdf put in for a TJ array's wide kerns, no codes of the string
    if sum(sizes) // width != len(text):
        return None
    out: list[str] = []
    at = 0
    previous = -1
    for span, n in zip(pending, sizes, strict=True):
        count = n // width
        if span < 0:
            out.append(text[at : at + count])
        elif span != previous:
            out.append(actual[span])
        at += count
        previous = span
    return "".join(out)


def _actual_text(properties: Any) -> str | None:
    """A marked-content property list's /ActualText as text (a PDF text string: UTF-16 after its
    byte-order mark, else PDFDocEncoding, read as Latin-1), or None where it has none. A property
    list named from the page's resources is not looked up: None, and the glyphs stay as drawn."""
    if not isinstance(properties, dict):
        return None
    said = properties.get("/ActualText")
    if said is None:
        return None
    if isinstance(said, bytes):
        if said[:2] in (b"\xfe\xff", b"\xff\xfe"):
            return said.decode("utf-16", "replace")
        return said.decode("latin-1")
    return str(said)


def _as_said(
    shown: list[tuple[str, float, float, float, str, bool]], spans: list[int], actual: list[str]
) -> tuple[list[tuple[str, float, float, float, str, bool]], list[float | None]]:
    """The shown strings with each /ActualText span's text standing for its glyphs (given to the
    span's first string, the others emptied), and the room each string has on its line: a span, or
    a ligature set alone, reaches to where the next string on its baseline starts, when that is
    ahead of it and less than two ems a string away, else to its last string's end (None: its
    characters' width classes decide, as for every other string, whose following gap may be a
    space the producer did not draw)."""
    out = list(shown)
    room: list[float | None] = [None] * len(shown)
    k = 0
    while k < len(out):
        span = spans[k]
        end = k + 1
        while span >= 0 and end < len(out) and spans[end] == span:
            end += 1
        text, x, y, size, font, aslant = out[k]
        if span >= 0:
            out[k] = (actual[span], x, y, size, font, aslant)
            for j in range(k + 1, end):
                out[j] = ("", *out[j][1:])
        if end - k > 1 or span >= 0 or text.strip() in LIGATURES:
            after = out[end] if end < len(out) else None
            if after is not None and abs(after[2] - y) <= _NEAR and 0 < after[1] - x < 2 * size * (end - k):
                room[k] = after[1] - x
            else:  # ending its line: to its last string's end
                last = shown[end - 1]
                room[k] = last[1] + last[3] * sum(width_class(ch) for ch in last[0]) - x
        k = end
    return out, room


def _placed(text: str, x: float, y: float, size: float, font: str, red: bool, room: float | None = None) -> list[Glyph]:
    """The characters of a string shown at `x`, each as wide as its width class, or all sharing
    `room` where the string's place on its line is known; a ligature is the letters it joins, one
    run whose letters' places are known (they were one glyph: ff is no letter printed twice)."""
    glyphs: list[Glyph] = []
    share = room / len(text) if room is not None and text else None
    for ch in text:
        advance = share if share is not None else size * width_class(ch)
        if ch.isspace():
            if glyphs:
                glyphs[-1].space_after = True
        elif ch in LIGATURES:
            letters = LIGATURES[ch]
            step = advance / len(letters)
            edges = [x + step * (k + side) for k in range(len(letters)) for side in (0, 1)]
            glyphs.append(Glyph(letters, x, x + advance, y, size, font, red, edges=edges))
        else:
            glyphs.append(Glyph(ch, x, x + advance, y, size, font, red))
        x += advance
    return glyphs
