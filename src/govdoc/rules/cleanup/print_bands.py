"""A browser's print bands that say so only beside each other (a page printed to PDF, then copied out).

`furniture._print_band` takes the bands that are sure alone: the print time with a page's <title>, the
address with the page count. Other browsers print shapes each of which a document's own line may have:
Firefox's head, the <title> beside the address (`关于…的答复    https://…html`), and its foot, the page count
beside the print time (`第 1 页，共 2 页    2024/7/8 10:15`); a band whose <title> is the site's or an organ's
name beside the time (`2024/7/8 10:15    某市住房和城乡建设局`), which a schedule's row (`2024/7/10 9:00
市住建局`) also is. Such a line is chrome only where the text shows a print (a sure band somewhere, or weak
bands of two shapes: a head's and a foot's) AND it stands at the text's edge or right beside another band
(session 20's lesson: a line dropped as chrome only at the edge and beside other chrome).

A rule of its own, before `flattened_paragraphs`, which parts a line at a wide run of spaces (Firefox's head
would be a title and an address apart, neither a band); `furniture_and_chrome` takes the sure bands later.
"""

from __future__ import annotations

from govdoc import patterns as P
from govdoc.needs import Need
from govdoc.rules.cleanup.base import TEXT_FORMATS
from govdoc.rules.cleanup.page_marks import page_furniture
from govdoc.rules.lines import CLAUSE_MARKS
from govdoc.state import Block, State, Zone

_CHROME = Zone.CHROME
_MIN_BAND = 16  # a band is longer than a page number's line (furniture._furniture's length)
_TITLE_TAIL = 60  # a page's <title> or a site's name: no longer, no clause inside
_COUNT_FIRST = frozenset("第0123456789")
_SURE_FIRST = frozenset("12hw第0123456789")  # furniture._BAND_START's and _COUNT_START's
_TITLE_URL, _COUNT_TIME, _TIME_NAME = 1, 2, 3


def _tail_reads_as_a_title(tail: str | None) -> bool:
    t = (tail or "").strip()
    return 0 < len(t) <= _TITLE_TAIL and CLAUSE_MARKS.isdisjoint(t)


def weak_shape(f: str) -> int:
    """Which weak band folded line `f` is (0: none); asked only of a line longer than a page number's that
    is no chrome yet, in a text holding a `/` (an address's or a date's)."""
    if f[-3:-2] == ":" or f[-6:-5] == ":":
        if f[:1] in _COUNT_FIRST and P.PRINTED_BAND_COUNT_TIME.match(f):
            return _COUNT_TIME
    elif f[-1:].isascii() and ("://" in f or "www." in f):
        m = P.PRINTED_BAND_TITLE_URL.match(f)
        if m is not None and _tail_reads_as_a_title(m.group("tail")):
            return _TITLE_URL
    if (
        f[:2] in ("19", "20")
        and (m := P.PRINTED_PAGE_BAND.match(f)) is not None
        and _tail_reads_as_a_title(m.group("tail"))
    ):
        return _TIME_NAME
    return 0


# The rule's own first test, asked of the lines joined.
PRINT_BANDS_NEED: Need = Need(
    "a text copy's line holding `/` folded (`print_bands`' first test)", TEXT_FORMATS, folded=("/",)
)


def print_bands(state: State) -> None:
    """The rule: the weak bands made chrome where the text shows a print and each stands where a band does.

    A print shows by a sure band, or by a weak head band (the title beside the address, a name beside the
    time) and a weak foot band (the count beside the time) at a page's two edges: the foot right over a head
    (page n's foot, page n+1's head), or a head opening the text and a foot closing it. A weak band is chrome
    then only at its own edge of a page: a head shape opening the text or right under a page's foot (a foot
    band, a sure band naming the address, a page number), a foot shape closing the text, right over the next
    page's head or beside a page number. Never two rows of one shape as each other's evidence (review22: a
    notice's two sites with their addresses, its schedule's two dated rows), and never a head shape over a
    page's foot: that is the page's last line, which any line may be (diffread-B B2: a notice's query site, a
    schedule's row over Chrome's or Firefox's foot stay text). Text copies whose lines hold a `/` only (an
    address's, a print time's or a count's); each line asked is longer than a page number's line."""
    if state.format not in TEXT_FORMATS or not state.holds("/", folded=True):
        return
    blocks = state.blocks
    weak: dict[int, int] = {}
    sure: set[int] = set()
    for i, b in enumerate(blocks):
        f = b.folded
        if "/" not in f or len(f) <= _MIN_BAND or b.zone is _CHROME:
            continue  # (every band holds a `/`: its address's, its time's date's or its count's)
        if shape := weak_shape(f):
            weak[i] = shape
        elif (f[:1] in _SURE_FIRST or f[-3:-2] == ":") and page_furniture(b):
            sure.add(i)
    if not weak:
        return
    last = len(blocks) - 1
    heads = {k for k, shape in weak.items() if shape != _COUNT_TIME}
    feet = {k for k, shape in weak.items() if shape == _COUNT_TIME}
    printed = bool(sure) or any(k + 1 in heads for k in feet) or (0 in heads and last in feet)
    if not printed:
        return

    def foot_at(n: int) -> bool:  # a page's last line: a foot band (one naming the address is a foot) or number
        return n in feet or (n in sure and _names_address(blocks[n].folded)) or _page_number(blocks, n)

    def head_at(n: int) -> bool:  # a page's first line: a head band (a sure band giving the time is a head)
        return n in heads or (n in sure and not _names_address(blocks[n].folded))

    for k in sorted(weak):
        if k in heads:
            edge = k == 0 or foot_at(k - 1)  # a head opens the text or stands right under a page's foot
        else:  # a foot closes the text, or stands right over the next page's head or by a page number
            edge = (
                k == last
                or (k < last and (head_at(k + 1) or _page_number(blocks, k + 1)))
                or (k > 0 and _page_number(blocks, k - 1))
            )
        if edge:
            blocks[k].zone = _CHROME
            if k < last:
                blocks[k + 1].page_before = True  # a band stands where a page ended (as a form feed says)


def _names_address(f: str) -> bool:
    """A sure band holding an address is a foot (Chrome's `https://…  1/2`, `第1页 共2页  https://…`); one
    giving the print time is a head (`2024/7/8 10:15  关于…的通知`)."""
    return "://" in f or "www." in f


def _page_number(blocks: list[Block], k: int) -> bool:
    """Block `k` is a short page number's line (`- 2 -`, `2/3`) already made chrome."""
    b = blocks[k]
    return b.zone is _CHROME and len(b.folded) <= _MIN_BAND and page_furniture(b)
