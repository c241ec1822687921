"""What OCR apps and scripts write around the text they recognised, saved as a text file.

- PaddleOCR's quick-start loop prints each detected box as Python prints it, `[[[x, y], [x, y], [x, y], [x, y]],
  ('text', 0.99)]` (RapidOCR's result without the tuple: `[[[…]], 'text', 0.99]`): only the texts are the
  document's, a box a line; since conv24 any such printed record of a box and one text, the figures before or
  after it (EasyOCR's `([[x, y] ×4], 'text', 0.98)`, PyMuPDF's blocks `(x0, y0, x1, y1, 'text', 3, 0)`, their
  `\n` escapes the block's lines);
- a batch script writes `text<TAB>confidence` a line: the score is the engine's;
- Tesseract's TSV gives a row per recognised word under its page, block, paragraph and line (conv24): a line of
  the page is its words joined, the rows' numbers, boxes and confidences the engine's;
- a batch OCR app writing the texts of several images into one file puts the image's file name between
  runs of `=` (or `-`) above each: a page's start, no text.

Each is read only where the text shows the tool: every non-blank line in the printed result's shape (a
box of four points and a text with its score), every non-blank line ending in a tab and a score (five lines
or more), a line framing an image's file name (its suffix) in runs of at least three `=` or `-` only where
the text opens with one and holds another (an app's batch output starts with its first image's name; a reply
showing one photo's placeholder between its sentences is no app's output: diffread-B B8).
"""

from __future__ import annotations

import regex

from govdoc import lazyregex

Spans = tuple[tuple[int, int], ...]

# one printed record of a box and its text: brackets, commas and figures (numpy's `np.int32(300)` too), the text
# quoted either way (escapes allowed), then figures again (its score, a block's number); three figures at least
_FIGURES = r"(?:[ \[\]()]|,|-?\d{1,12}(?:\.\d{1,20})?(?:[eE][-+]?\d{1,3})?|np\.(?:int|float)\d{1,2}\()*+"
_PRINTED_BOX = lazyregex.compile(
    rf"[ \t]{{0,8}}[\[(](?P<a>{_FIGURES})(?P<q>['\"])(?P<t>(?:(?!(?P=q))[^\\\n]|\\.)*+)(?P=q)"
    rf"(?P<b>{_FIGURES})[ \t]*\r?$"
)
_FIGURE = lazyregex.compile(r"\d")
_MIN_FIGURES = 3
_MIN_SCORED = 5
# a line's text and the score after its tab
_SCORED_LINE = lazyregex.compile(r"(?P<t>[^\t\n]*[^\s\t])\t(?:0\.\d{1,6}|1(?:\.0{1,6})?)[ \t]*\r?$")
# an image's file name framed by runs of `=` or `-` (an OCR app's batch output, one image after another)
IMAGE_NAME_LINE = lazyregex.compile(
    r"(?P<r>={3,}|-{3,})[ ]{0,4}[^\n]{1,200}?\.(?i:png|jpe?g|bmp|tiff?|webp|gif)[ ]{0,4}(?P=r)"
)

# the same framed on a line of its own, anywhere in the text (counted, two at most)
_IMAGE_NAME_LINES = lazyregex.compile(
    r"^[ \t\u3000]*(?P<r>={3,}|-{3,})[ ]{0,4}[^\n]{1,200}?\.(?i:png|jpe?g|bmp|tiff?|webp|gif)"
    r"[ ]{0,4}(?P=r)[ \t\u3000]*\r?$",
    regex.MULTILINE,
)


def image_names_shown(text: str) -> bool:
    """Whether `text` is an OCR app's batch output: its first line names an image between `=` or `-` runs
    and another such line stands under it (two marks of the tool; one such line is a reply's own)."""
    if not ("===" in text or "---" in text):
        return False
    found = _IMAGE_NAME_LINES.finditer(text)
    first = next(found, None)
    return not (first is None or text[: first.start()].strip() or next(found, None) is None)


def printed_boxes(text: str) -> Spans | None:
    """Where each printed box's text stands (None: a line of the text is not a printed box)."""
    spans: list[tuple[int, int]] = []
    at = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            m = _PRINTED_BOX.match(line)
            if m is None or len(_FIGURE.findall(m.group("a") + m.group("b"))) < _MIN_FIGURES:
                return None
            spans.append((at + m.start("t"), at + m.end("t")))
        at += len(line)
    return tuple(spans) if len(spans) >= 2 else None


def scored_lines(text: str) -> Spans | None:
    """Where each line's text stands before its tab and score (None: a line of the text has none, or too
    few lines have one to show a script's output)."""
    spans: list[tuple[int, int]] = []
    at = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            m = _SCORED_LINE.fullmatch(line.rstrip("\n"))
            if m is None:
                return None
            spans.append((at + m.start("t"), at + m.end("t")))
        at += len(line)
    return tuple(spans) if len(spans) >= _MIN_SCORED else None


# Tesseract's TSV (`tesseract page.png out tsv`, pytesseract's `image_to_data`): its header row, then a row per
# page, block, paragraph and line (no text) and a row per recognised word with its box and confidence
TESSERACT_TSV_HEAD = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
# … and poppler's (`pdftotext -tsv`), the same rows with paragraph and block numbers the other way round, the boxes in
# points with six decimals, and its page's, flows' and lines' rows named in the text column (`###PAGE###`,
# `###FLOW###`, `###LINE###`, conf -1; conv27)
POPPLER_TSV_HEAD = "level\tpage_num\tpar_num\tblock_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
_TSV_COLUMNS = 12
_WORD_LEVEL = "5"
# a TSV number as the engine writes it: ASCII figures, bounded (`str.isdigit` admits ² and ①, which `int` refuses);
# poppler's boxes with their decimals
_TSV_NUMBER = lazyregex.compile(r"-?[0-9]{1,9}(?:\.[0-9]{1,6})?")


def tesseract_lines(text: str) -> list[tuple[int, str]] | None:
    """The printed lines of Tesseract's TSV, each with the file's line its first word stands on (1-based): a
    line's words are the level-5 rows sharing its page, block, paragraph and line numbers, in the file's order,
    joined as the engine read them (a space only between two words of Latin letters or figures: chi_sim parts
    a Chinese line into words a few characters long, which stood together). None where `text` opens with no
    TSV header or a row holds no twelve columns (no such file). poppler's `pdftotext -tsv` is read alike."""
    if not text.startswith((TESSERACT_TSV_HEAD, POPPLER_TSV_HEAD)):
        return None
    lines: list[tuple[int, str]] = []
    key: tuple[str, ...] | None = None
    right = 0.0  # where the word before on the line ends (its box's right edge)
    for number, row in enumerate(text.splitlines()[1:], 2):
        if not row.strip():
            continue
        cells = row.split("\t")
        if len(cells) != _TSV_COLUMNS or not all(_TSV_NUMBER.fullmatch(c) for c in cells[:10]):
            return None
        word = cells[-1].strip()
        if cells[0] != _WORD_LEVEL or not word:
            continue
        left, width, height = float(cells[6]), float(cells[8]), float(cells[9])
        here = tuple(cells[1:5])
        if here != key or not lines:
            key, right = here, left + width
            lines.append((number, word))
            continue
        first, line = lines[-1]
        # a space only between two Latin or figure words set apart by a gap (a chi_sim line's words stand close:
        # 2024 cut into 20 and 24 is one figure)
        spaced = (
            line[-1].isascii() and line[-1].isalnum() and word[0].isascii() and word[0].isalnum()
        ) and left - right > _SPACE_GAP * height
        lines[-1] = (first, line + (" " if spaced else "") + word)
        right = left + width
    return lines or None


_SPACE_GAP = 0.25  # of a word's height: the gap between two words' boxes that is a space


def image_name_line(line: str) -> bool:
    """Whether `line` (stripped) is an OCR app's line naming the image whose text follows."""
    return IMAGE_NAME_LINE.fullmatch(line) is not None
