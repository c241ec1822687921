"""Words a file places where no reader sees them: a PDF's or an OFD's text drawn outside the physical page
(MediaBox, PhysicalBox: a downloader's mark left of it), an HTML element set far past the screen's edge
(`position:absolute; left:-9999px`, `text-indent:-9999px`). A print's slug and crop marks between the trimmed
page (CropBox, TrimBox, ApplicationBox) and the sheet are not these: the sheet is made to be cut there.

The readers leave such words out of the text, as a viewer, a printer or a browser does; but where a word
stands is the file's layout, not its switch, and a page laid out otherwise (another viewer's box, a wider
screen) might show it. So nothing of it goes unsaid: one `text-repaired` warning per file, kind `off-page`,
span null (the words are in no line of the text), naming the pages and quoting the first words left out.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from govdoc.blocks import quoted
from govdoc.model import RepairKind

OFF_PAGE: RepairKind = "off-page"
_WORD = regex.compile(r"[\p{L}\p{N}]")  # a mark, a rule's dash or a bullet alone is no word


def off_page_warning(pieces: Sequence[tuple[int | None, str]]) -> tuple[str, str] | None:
    """The one warning for the words left out by where they stand, each piece (page number or None for a web
    page, its text); None where no piece holds a word."""
    worded = [(page, " ".join(text.split())) for page, text in pieces if _WORD.search(text)]
    if not worded:
        return None
    first = worded[0][1]
    pages = list(dict.fromkeys(page for page, _ in worded if page is not None))
    if pages:
        where = f"第 {'、'.join(map(str, pages))} 页有 {len(worded)} 处画在页面之外的文字未读取"
        english = "words drawn outside the page, which no viewer shows, left out"
    else:
        where = f"网页有 {len(worded)} 处置于屏幕之外的文字未读取"
        english = "words placed far off the screen, which no browser shows, left out"
    return "text-repaired", f"{OFF_PAGE}: {where}（首处「{quoted(first)}」）({english})"
