"""Scanned pages to characters with positions, so that scans go through the PDF reader's layout.

A page image is deskewed, read through the red channel (the seal's red ink drops out and the
落款 under it comes out), and its red ink is read again on its own (the red 发文机关标志, which
the red channel hides). Each recognised line becomes characters spread over its box, in PDF
points on a page of the image's size, with a size from the box's height and red where the ink
was red: from there on a scan is read like a PDF page — lines, paragraphs, centring, large
type and page furniture come from the same geometry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import regex

from govdoc.blocks import OCR_DOUBT
from govdoc.readers.geometry import Glyph, Page
from govdoc.readers.geometry import width_class as em_width  # one measure for cutting runs and sizing them
from govdoc.readers.ocr_engine import Engine, TextLine, engine

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt
    from PIL import Image

RENDER_DPI = 150  # enough for 小四 and larger type; more costs time and gains nothing measurable
LOW_CONFIDENCE = OCR_DOUBT  # lines the engine is less sure of are kept, and noted for the `ocr-used` warning
RED_SHARE = 0.8  # a line whose ink is this much red is red (the 发文机关标志), not black under a seal
SEAL_PIECE = 3  # a line this short inside a seal's ring band is its lettering (an organ's name is longer)
# More than this share of a page's characters in lines the engine reads upside down: the sheet lay
# upside down (a stamp's or a margin note's few turned lines never make half the page).
UPSIDE_DOWN_SHARE = 0.5
RED_MIN_SCORE = 0.8  # a line read from the red ink alone is kept only when the engine is this sure
# A page image whose shorter side is under this many pixels (a 1×1 spacer, a 200×2 rule) holds no
# character the engines can read, and the page's preparation (the seal finder's quarter-size copy)
# cannot even be made of it: such a page is read as a page without text, not handed on.
MIN_TEXT_SIDE = 8
# Characters recognisers give for look-alikes that never stand in a 公文: the radical 丶 for 、.
CONFUSIONS = str.maketrans({"丶": "、", "﹐": "，", "﹒": "．"})
# Closing brackets a recogniser confuses with 〕 after an opening 〔 (the 文号's year: 〔2023〕).
_BRACKET_CLOSE = {"〔": ("]］】)）", "〕"), "［": ("〕", "］"), "（": (")", "）")}
# Half-width marks touching a Han character (after it, or `(` before it): full width in a Chinese line.
_HALF_BY_HAN = regex.compile(r"(?<=\p{Han})[,:;?!()]|\((?=\p{Han})")
_FULL_WIDTH = str.maketrans(",:;?!()", "，：；？！（）")
# A four-digit year between an opening and a closing bracket; `_year_bracket` sees whether they pair.
# Only where a 文号's serial follows (its digits, maybe after 第): a year in brackets elsewhere (a
# title's 报告(2024), whose `(` the half-width rule made full width) is no 文号's; `_paired` matches its `)`.
_PARTNER = {"〔": "〕", "【": "】", "[": "]", "［": "］", "(": ")", "（": "）"}
_MIXED_YEAR_BRACKETS = regex.compile(r"([〔【\[［(（])((?:19|20)\d{2})([〕】\]］)）])(?=[ ]{0,2}[^\d\s]?[ ]{0,2}\d)")
# A dot read before a 文号's year bracket (the serial follows, maybe after 第), right after the agency
# code (`某体提复·[2024]21号`): the recogniser split the 〔's thin top hook off as a mark. No 文号 prints
# a mark there, so it goes; the brackets stay as read (a matched `[2024]` is a variant the contract
# records as written).
_DOT_BEFORE_YEAR = regex.compile(
    r"(?<=\p{Han})[·•・.．][ ]?(?=[〔【\[［(（](?:19|20)\d{2}[〕】\]］)）][ ]{0,2}[^\d\s]?[ ]{0,2}\d)"
)
# … and a dot read between that year bracket and the serial (`某提复〔2024〕·8号`): the 〕's lower hook or a
# speck beside it. A 文号's serial follows its year bracket with nothing between but 第.
_DOT_AFTER_YEAR = regex.compile(
    r"(?<=\p{Han}[〔【\[［(（](?:19|20)\d{2}[〕】\]］)）])[ ]?[·•・.．][ ]?(?=第?[ ]?\d{1,5}[ ]?号)"
)
# A half-width dot or point after a full-width mark at a line's end: a speck beside the mark (`如下：.`),
# as a Chinese line never closes on two marks of two widths.
_SPECK_AFTER_MARK = regex.compile(r"(?<=[，。：；！？、）》”’〕】])[ ]?[.·•,'`]$")
# A page number between dashes that the recogniser read as 一 (one) or hyphens: `一5一`, `—4-`.
_DASHED_NUMBER = regex.compile(r"^[一—－\-–_~]{1,2}\s*(\d{1,4})\s*[一—－\-–_~]{1,2}$")
# 二, then a sign that is no numeral, then two numerals and 年: the 〇 of 二〇XX (a seal's ring or a
# speck turns it into &, @, Q, 口 …); every year from 2000 to 2099 is written 二〇XX.
# A punctuation mark after 二 is no 〇 but a heading's or a list's (二、三四年级: grades three and four).
_ZERO_IN_YEAR = regex.compile(
    r"(?<![〇一二三四五六七八九])二(?:[^\p{Han}\d\s\p{P}]|[&@#*口])(?=[〇一二三四五六七八九]{2}年)"
)
INK_RIGHT = frozenset("（《“‘〔【「『〈")  # full-width marks inked in the right half of their em
INK_LEFT = frozenset("）》”’〕】」』〉，。、；：！？")  # … and in the left half
SIZE_JITTER = 0.12  # sizes within this share of the body's size are body type (三号 16pt, titles 二号 22pt)
# Box height to type size: detection boxes are padded around the ink, Tesseract's hug it.
BOX_TO_SIZE = {"rapidocr": 1 / 1.25, "tesseract": 1 / 1.05}


@dataclass(slots=True)
class OcrPage:
    """What recognition made of one page: its characters and how sure the engine was."""

    page: Page
    scores: list[float] = field(default_factory=list)  # one per line
    doubtful: list[tuple[str, str]] = field(default_factory=list)  # lines under LOW_CONFIDENCE: (kept, as read)
    skew: float = 0.0
    turned: bool = False  # the text seems to run at 90°: read as it stands, likely garbled
    upside_down: bool = False  # the sheet lay upside down: read again turned round
    seal_text: list[str] = field(default_factory=list)  # pieces of a seal's lettering, left out


def _paired(text: str) -> str:
    """Close a bracket with its own partner where the recogniser read a look-alike (`〔2023]` → `〔2023〕`)."""
    chars = list(text)
    for k, ch in enumerate(chars):
        if ch in _BRACKET_CLOSE:
            wrong, right = _BRACKET_CLOSE[ch]
            reach = len(chars) if ch == "（" else k + 12  # a bracketed note may run the line's length
            for j in range(k + 1, min(len(chars), reach)):
                if chars[j] == right:
                    break
                if chars[j] in wrong:
                    chars[j] = right
                    break
    return "".join(chars)


def _year_bracket(m: regex.Match[str]) -> str:
    """A year between brackets of two kinds (【2024], [2024〕) as the 〔〕 pair a 文号 prints."""
    opening, year, closing = m.group(1), m.group(2), m.group(3)
    return m.group(0) if _PARTNER[opening] == closing else f"〔{year}〕"


def _full_width(m: regex.Match[str]) -> str:
    return m.group(0).translate(_FULL_WIDTH)


def clean_text(text: str) -> str:
    """A recognised line's text with the look-alikes that never stand in a 公文 put right.

    Besides single look-alikes: a mark of half width touching a Han character is the full-width
    mark a Chinese line prints (a recogniser cannot tell `，` from `,` by its shape, and gives
    either); a year between brackets of two kinds is the 〔〕 pair of a 文号; a sign read in the
    place of 〇 in a year written in numerals (二&二四年) is 〇.
    """
    text = text.translate(CONFUSIONS).strip()
    text = _HALF_BY_HAN.sub(_full_width, text)
    text = _SPECK_AFTER_MARK.sub("", _DOT_AFTER_YEAR.sub("", _DOT_BEFORE_YEAR.sub("", text)))
    text = _paired(_MIXED_YEAR_BRACKETS.sub(_year_bracket, text))
    text = _ZERO_IN_YEAR.sub("二〇", text)
    number = _DASHED_NUMBER.match(text)
    return f"— {number.group(1)} —" if number else text


def type_size(line: TextLine, text: str, scale: float, size_factor: float) -> float:
    """The line's type size in points, from its character pitch where the line is set solid.

    A CJK character is one em wide, so a line's width over its width in ems is its size — exact
    for a full line whatever padding the detector puts round the box. A letter-spaced line
    (`主  送`) has a wide pitch: where the pitch is far over what the box's height allows, the
    height is taken instead.
    """
    by_height = (line.y1 - line.y0) * scale * size_factor
    ems = sum(em_width(ch) for ch in text if not ch.isspace())
    # The box holds only the inked half of a full-width mark at either end (see `line_glyph`).
    ems -= 0.5 * ((text[:1] in INK_RIGHT) + (text[-1:] in INK_LEFT))
    if ems < 2:
        return by_height
    by_pitch = (line.x1 - line.x0) / ems * scale
    return by_pitch if by_pitch <= 1.7 * by_height else by_height


def body_size(sizes: list[tuple[float, int]]) -> float:
    """The type size of the page's body: the median size of its lines of eight characters or more."""
    body = sorted(size for size, length in sizes if length >= 8) or sorted(size for size, _ in sizes)
    return body[len(body) // 2] if body else 0.0


def line_glyph(line: TextLine, text: str, size: float, scale: float, red: bool) -> Glyph:
    """A recognised line as one run in points; the page geometry cuts it into characters by their widths.

    A detection box hugs the ink, a PDF character's box is its em. A full-width bracket or
    mark has ink in one half of its em only, so a line opening with `（` or `《` reads half a
    character further in than its indent (and an indented `（一）` line looks deeper set than the
    paragraphs), and one closing with `，` or `。` stops half a character short of the margin: the
    box is widened to the em there.
    """
    baseline = line.y1 - 0.18 * (line.y1 - line.y0)
    x0 = line.x0 * scale - (size / 2 if text[:1] in INK_RIGHT else 0.0)
    x1 = line.x1 * scale + (size / 2 if text[-1:] in INK_LEFT else 0.0)
    return Glyph(text, x0, x1, baseline * scale, size, "", red)


def _overlap(a: TextLine, b: TextLine) -> float:
    """How much of `a`'s box `b` covers (0–1)."""
    w = min(a.x1, b.x1) - max(a.x0, b.x0)
    h = min(a.y1, b.y1) - max(a.y0, b.y0)
    area = (a.x1 - a.x0) * (a.y1 - a.y0)
    return w * h / area if w > 0 and h > 0 and area > 0 else 0.0


def _red_share(rgb: npt.NDArray[np.uint8], mask: npt.NDArray[np.bool_], line: TextLine) -> float:
    """Share of a line's ink that is red."""
    y0, y1, x0, x1 = int(line.y0), int(line.y1) + 1, int(line.x0), int(line.x1) + 1
    box = rgb[y0:y1, x0:x1]
    red = int(mask[y0:y1, x0:x1].sum())
    black = int((box.max(axis=-1) < 110).sum())
    return red / (red + black) if red + black else 0.0


def _red_lines(ocr: Engine, rgb: npt.NDArray[np.uint8], mask: npt.NDArray[np.bool_]) -> list[TextLine]:
    """Lines written in red ink, read from an image of the red ink alone, band by band."""
    from govdoc.readers.ocr_image import red_bands, red_only

    found: list[TextLine] = []
    red = red_only(rgb, mask)
    height, width = mask.shape
    for x0, y0, x1, y1 in red_bands(mask):
        if (y1 - y0) < 12 or (x1 - x0) < 24:
            continue  # a rule or a speck: no text
        pad = 16
        top, left = max(0, y0 - pad), max(0, x0 - pad)
        crop = red[top : min(height, y1 + pad), left : min(width, x1 + pad)]
        for line in ocr.recognise(crop):
            if line.score >= RED_MIN_SCORE and len(line.text.strip()) >= 2:
                found.append(
                    TextLine(
                        line.text,
                        line.x0 + left,
                        line.y0 + top,
                        line.x1 + left,
                        line.y1 + top,
                        line.score,
                        line.angle,
                    )
                )
    return found


def recognise_page(image: Image.Image, number: int, dpi: float, ocr: Engine | None = None) -> OcrPage:
    """Read one page image (any mode) as page `number`, rendered at `dpi`, into characters.

    Every page image goes through here to the engine (an image file's frames, a PDF's or an OFD's
    scanned pages), so this is where an image too small to hold a character is turned back: it
    comes out as a page without characters, which the readers report as `pages-without-text`.
    """
    import numpy as np

    from govdoc.readers.ocr_image import rotate, skew_angle, without_red

    if min(image.size) < MIN_TEXT_SIDE:
        return OcrPage(Page(number, image.width * 72.0 / dpi, image.height * 72.0 / dpi, 0))
    ocr = ocr or engine()
    rgb_image = image.convert("RGB")
    skew = skew_angle(without_red(np.asarray(rgb_image)))
    if skew:
        rgb_image = rotate(rgb_image, skew)
    lines, red_flags, rgb, lettering = _read(ocr, rgb_image, dpi)
    turned = _turned(lines)
    if turned:  # a page scanned a quarter turned: try both ways, each line as it stands, and keep the right one
        tries = [rgb_image.rotate(angle, expand=True) for angle in (90, 270)]
        best = max(
            tries,
            key=lambda im: sum(
                ln.score * len(ln.text) for ln in ocr.recognise(without_red(np.asarray(im)), upright=True)
            ),
        )
        lines, red_flags, rgb, lettering = _read(ocr, best, dpi)
    upside_down = not turned and ocr.upside_down(without_red(rgb), lines) > UPSIDE_DOWN_SHARE
    if upside_down:  # a sheet fed upside down: its lines read well but stand in the wrong order
        lines, red_flags, rgb, lettering = _read(ocr, rgb_image.rotate(180), dpi)
    scale = 72.0 / dpi
    height, width = rgb.shape[:2]
    page = Page(number, width * scale, height * scale, 0)
    factor = BOX_TO_SIZE.get(ocr.name, 1.0)
    result = OcrPage(page, skew=skew, turned=turned, upside_down=upside_down, seal_text=lettering)
    ordered = sorted(zip(lines, red_flags, strict=True), key=lambda pair: (pair[0].y0, pair[0].x0))
    texts = [clean_text(line.text) for line, _ in ordered]
    # The box holds what was read: where a speck was dropped from the text, its width is measured with it.
    sizes = [
        type_size(line, line.text.strip() if len(text) < len(line.text.strip()) else text, scale, factor)
        for (line, _), text in zip(ordered, texts, strict=True)
    ]
    body = body_size([(size, len(text)) for size, text in zip(sizes, texts, strict=True)])
    for (line, red), text, size in zip(ordered, texts, sizes, strict=True):
        if not text:
            continue
        # Sizes jitter with what a line holds (digits, punctuation): near the body's size is the body's size.
        jitter = (
            SIZE_JITTER if len(text) >= 8 else 2 * SIZE_JITTER
        )  # a short line's pitch counts its box's padding more
        snapped = body if body and abs(size - body) <= jitter * body else size
        page.glyphs.append(line_glyph(line, text, snapped, scale, red))
        result.scores.append(line.score)
        if line.score < LOW_CONFIDENCE:
            result.doubtful.append((text, line.text))
    return result


def _turned(lines: list[TextLine]) -> bool:
    """Most lines run down the page: it lies a quarter turned."""
    tall = sum((ln.y1 - ln.y0) > 1.5 * (ln.x1 - ln.x0) for ln in lines if len(ln.text) >= 2)
    return tall * 2 > sum(len(ln.text) >= 2 for ln in lines) > 0


def _lettering(line: TextLine, seal: tuple[float, float, float]) -> bool:
    """A piece of a seal's lettering: short and in its ring band, or of any length read turned inside it."""
    from govdoc.readers.ocr_image import in_seal_band, turned_in_seal

    box = (line.x0, line.y0, line.x1, line.y1)
    return (len(line.text.strip()) <= SEAL_PIECE and in_seal_band(box, seal)) or turned_in_seal(box, line.angle, seal)


def _cut_line(piece: TextLine, other: TextLine, seal: tuple[float, float, float]) -> bool:
    """`piece` and `other` (another line) are level pieces of one row inside a seal: the line under it, cut."""
    from govdoc.readers.ocr_image import LEVEL_LINE, cut_by_seal

    return (
        other is not piece
        and abs(piece.angle) < LEVEL_LINE
        and abs(other.angle) < LEVEL_LINE
        and cut_by_seal((piece.x0, piece.y0, piece.x1, piece.y1), (other.x0, other.y0, other.x1, other.y1), seal)
    )


def _read(
    ocr: Engine, rgb_image: Image.Image, dpi: float
) -> tuple[list[TextLine], list[bool], npt.NDArray[np.uint8], list[str]]:
    """Lines of an upright page and whether each is red: black ink through the red channel, red ink apart;
    and the seal lettering left out.

    A seal is found by its ring. What the red channel left of it (a faint trace in a colour scan)
    is lifted; a seal printed grey or black (a grey or bilevel scan) stays, and the short pieces
    of its lettering the recogniser reads round the ring are left out (and named in the
    `ocr-used` warning).
    """
    import numpy as np

    from govdoc.readers.ocr_image import lift_seal, red_mask, seals, without_red

    rgb = np.asarray(rgb_image)
    mask = red_mask(rgb)
    grey = without_red(rgb)
    found = seals(grey, dpi)
    for seal in found:
        grey = lift_seal(grey, seal)
    lines = ocr.recognise(grey)
    lettering = [ln for ln in lines if any(_lettering(ln, s) for s in found)]
    # … but a level piece going on along a row from another is part of the line the seal is stamped over
    lettering = [ln for ln in lettering if not any(_cut_line(ln, other, s) for other in lines for s in found)]
    lines = [ln for ln in lines if ln not in lettering]
    red_flags = [_red_share(rgb, mask, ln) >= RED_SHARE for ln in lines] if mask.any() else [False] * len(lines)
    if mask.sum() > 200:
        for red_line in _red_lines(ocr, rgb, mask):
            # A red line replaces what the red channel made of the same red ink; black text keeps its reading.
            covered = [k for k, ln in enumerate(lines) if _overlap(ln, red_line) > 0.3 or _overlap(red_line, ln) > 0.3]
            if all(red_flags[k] for k in covered):
                keep = [k for k in range(len(lines)) if k not in covered]
                lines = [lines[k] for k in keep] + [red_line]
                red_flags = [red_flags[k] for k in keep] + [True]
    return lines, red_flags, rgb, [ln.text.strip() for ln in lettering]
