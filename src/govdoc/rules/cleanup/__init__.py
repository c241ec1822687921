"""The clean-up rules: what a format or a website put into the text that is no part of the document.

They run first (see `pipeline.DEFAULT_RULES`), on the blocks as read, so every later rule sees
the document's own lines. The modules, by what they remove:

* `furniture`: page numbers, page headers, running heads and website chrome (`page_headers`,
  `furniture_and_chrome`; `page_furniture(b)` is asked by the join and running-head rules too); the rule
  `furniture_and_chrome` stands there, its questions in their own modules (session 30): `page_marks` (a page's
  number, a print's band, a Word page header), `chrome_base` (what they share: `chrome_text`, `site_chrome`),
  `chrome_top` (above the text's first sentence), `chrome_edge` (at the text's edge), `chrome_links` (link
  lists, app prompts, watermarks), `chrome_rows` (bare page numbers and rows among the text),
  `chrome_comments` (a portal's reader comments);
* `flattened`: a page a web copy ran onto one line is cut back into paragraphs
  (`flattened_paragraphs`);
* `cells`: a 落款 set in a table's right column beside the contact, cut out of its rows (`signature_cells`);
* `spaces`: layout spaces between CJK characters, a web layout table's lone cell, reading-aid
  pinyin, a site's anti-copying junk, characters a fake-bold PDF drew twice (`layout_spaces`,
  `lone_cells`, `pinyin`, `jammer`, `fake_bold`);
* `labels`: a contact label in brackets read as a label with its colon (`bracketed_labels`);
* `entities`: HTML character references a text copy kept (`html_entities`, schema 1.10);
* `repeats`: a headline repeated above the title, a body reposted whole (`repeats`);
* `screen_reader`: a screen reader's role words in its speech log (`screen_reader`);
* `base`: what they share (`delete_ranges`, which moves a block's offsets with its text).
"""

from __future__ import annotations

from govdoc.rules.cleanup.cells import signature_cells
from govdoc.rules.cleanup.chrome_base import chrome_text
from govdoc.rules.cleanup.entities import HTML_ENTITIES_NEED, html_entities
from govdoc.rules.cleanup.flattened import flattened_paragraphs
from govdoc.rules.cleanup.furniture import furniture_and_chrome
from govdoc.rules.cleanup.labels import BRACKETED_LABELS_NEED, bracketed_labels
from govdoc.rules.cleanup.page_marks import page_furniture, page_headers
from govdoc.rules.cleanup.print_bands import PRINT_BANDS_NEED, print_bands
from govdoc.rules.cleanup.repeats import repeats
from govdoc.rules.cleanup.screen_reader import screen_reader
from govdoc.rules.cleanup.spaces import (
    JAMMER_NEED,
    LONE_CELLS_NEED,
    PINYIN_NEED,
    fake_bold,
    jammer,
    layout_spaces,
    lone_cells,
    pinyin,
)

__all__ = [
    "BRACKETED_LABELS_NEED",
    "HTML_ENTITIES_NEED",
    "JAMMER_NEED",
    "LONE_CELLS_NEED",
    "PINYIN_NEED",
    "PRINT_BANDS_NEED",
    "bracketed_labels",
    "chrome_text",
    "fake_bold",
    "flattened_paragraphs",
    "furniture_and_chrome",
    "html_entities",
    "jammer",
    "layout_spaces",
    "lone_cells",
    "page_furniture",
    "page_headers",
    "pinyin",
    "print_bands",
    "repeats",
    "screen_reader",
    "signature_cells",
]
