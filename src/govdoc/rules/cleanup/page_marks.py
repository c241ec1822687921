"""Page furniture: a page's number or count (`page_furniture`, asked by the join and running-head rules too), a print's
band, and a Word page header read as the text's first lines (`page_headers`). Split out of cleanup/furniture.py
(session 30), a pure move.
"""

from __future__ import annotations

import regex

from govdoc import patterns as P
from govdoc.fields.kind import kind_suffix
from govdoc.fold import fold
from govdoc.rules.lines import (
    CLAUSE_MARKS,
    is_imprint_line,
    is_organ_line,
    is_organ_name,
)
from govdoc.state import Block, State, Zone

_FURNITURE_START = frozenset("-=·•・‧･∙⋅~第共一0123456789Pphw([【")  # (the brackets: a bracketed page, conv29)
_BAND_START = frozenset("12hw")  # PRINTED_PAGE_BAND's: a year, an address
_COUNT_START = frozenset("第0123456789")  # PRINTED_BAND_COUNT_FIRST's: a page count


def _print_band(f: str, band: regex.Pattern[str] | None = None) -> bool:
    """A browser's print band: `2024/7/15 10:42` alone or with the page's <title> beside it, or the
    page's address with the page count (`https://…  1/2`) (`band` None: PRINTED_PAGE_BAND). The title is
    a title: no clause in it, and it ends on a document's type or a site's name or parts the two
    (…的答复_某县人民政府); a line of a schedule or a record that opens with a date and a time
    (2024/3/5 14:30 召开座谈会，…) stays text. With `band` PRINTED_BAND_TIME_LAST (the title first, the
    time last: `…的答复_某县人民政府  2024/7/15 10:42`) the title must name its site (diffread-B B1: an
    agenda's row ending on a document's type and a time is no band)."""
    m = (band or P.PRINTED_PAGE_BAND).match(f)
    if m is None:
        return False
    tail = (m.group("tail") or "").strip()
    if not tail:
        return True
    if not CLAUSE_MARKS.isdisjoint(tail):
        return False
    if band is P.PRINTED_BAND_TIME_LAST:
        return _names_its_site(tail)
    return (
        P.PAGE_TITLE_SEPARATOR.search(tail) is not None
        or tail.endswith(P.SITE_NAME_END)
        or kind_suffix(tail) is not None
    )


def _names_its_site(tail: str) -> bool:
    """A <title> set before the print time names its site: after its last separator an organ or a site's
    name (…的通知_某县人民政府), or it is a site's name. A schedule's or an agenda's row with its time at the
    end (审议建议办理工作方案    2024/3/5 10:30, 开幕式 - 领导致辞    2024/3/5 9:00) names none, and stays
    text wherever it stands (diffread-B B1: a document's type or a bare separator was taken as the sign)."""
    parts = P.PAGE_TITLE_SEPARATOR.split(tail)
    site = parts[-1].strip()
    return site.endswith(P.SITE_NAME_END) or (len(parts) > 1 and is_organ_name(site))


def _furniture(f: str) -> bool:
    """A folded line that is page furniture: a browser's print band in any of its three orders (time
    first, time last, page count first), or a short page number or page count line (`— 3 —`)."""
    if len(f) > 16:
        if f[:1] in _BAND_START and _print_band(f):
            return True  # a browser's print band: 2024/7/15 10:42  <title>, https://…  1/2
        if f[-3:-2] == ":" and _print_band(f, P.PRINTED_BAND_TIME_LAST):
            return True  # … the other way round: <title>  2024/7/15 10:42
        if f[:1] in _COUNT_START and ("页" in f[1:8] or "/" in f[1:5]) and P.PRINTED_BAND_COUNT_FIRST.match(f):
            return True  # … and 第1页 共2页  https://…
    return bool(f) and len(f) <= 16 and f[0] in _FURNITURE_START and P.PAGE_FURNITURE.match(f) is not None


def page_furniture(b: Block) -> bool:
    """A page number or page count line (`— 3 —`, `第2页 共5页`) or a browser's print band (its time,
    the page's title and address, its page count): where it stands, a page ended."""
    return _furniture(b.folded) or bool(b.hints.markup and _furniture(fold(b.hints.markup) + b.folded))


def page_headers(state: State) -> None:
    """Of the lines a format set apart as page headers, only a 发文字号 or 发文机关标志 (or a 份号, 密级 or
    紧急程度 above it) the body lacks stays (a `某局文件` whose organ the body sets in display type it has);
    of its footers' lines, only a 版记's (抄送, …印发), which a template may pin to the last page's foot.

    Word puts a 红头's organ or number in a page header as often as a running head or page
    number; the reader hints every such line (`hints.part`), and the rest are furniture.
    Runs first, on the text as read, so the comparison with the body is the reader's own.
    """
    header: list[Block] = []
    cut: dict[int, list[Block]] = {}
    for b in state.blocks:  # a footer's lines are page numbers and the like, but for a 版记 pinned there
        part = b.hints.part
        if part == "page-footer" and not is_imprint_line(b):
            b.zone = Zone.CHROME
        elif part == "page-header":
            pieces = _tab_pieces(b)
            if pieces is not None:
                cut[id(b)] = pieces
            header.extend(k for k in pieces or (b,) if k.zone is not Zone.CHROME)
    if cut:
        state.blocks[:] = [piece for b in state.blocks for piece in cut.get(id(b), (b,))]
    if not header:
        return
    in_body = "\n".join(b.folded for b in state.blocks if b.hints.part != "page-header")
    # a 发文机关标志 set in display type in a header: then a `…文件` line in body type is a running head
    display_mark = any(b.hints.display_type and (P.ISSUER_MARK.match(b.folded) or is_organ_line(b)) for b in header)
    own = _body_marks(state) if any(P.ISSUER_MARK.match(b.folded) for b in header) else frozenset()
    for b in header:
        f = b.folded
        mark = P.ISSUER_MARK.match(f) if b.hints.display_type or not display_mark else None
        number = P.DOC_NO.search(f)
        if number is not None and number.group() in in_body:
            pass  # the body's own 文号 again (县财发〔2024〕35号附件 over an annex's pages): a running head
        elif mark is not None and mark.group("organ").strip() in own:
            pass  # 某局文件 over every page of a body that sets 某局 in display type itself: a running head (holdout31)
        elif (number or mark or _head_mark(f)) and f not in in_body:
            continue
        if (
            b.hints.display_type
            and is_organ_line(b)
            and not any(k.hints.display_type and k.folded == f for k in state.blocks if k is not b)
        ):
            continue  # the 红头 of a template that sets it in the first page's header, without 文件
        b.zone = Zone.CHROME


def _body_marks(state: State) -> frozenset[str]:
    """The organs the body sets in display type on a line of their own (its 红头's 发文机关标志, with or without
    文件): a header's `某局文件` naming one of them is the same mark again, run over every page as a running head,
    not a 版头 the body lacks. The 落款 names the organ too, in body type, and is no mark: a template that keeps
    its 红头 in the first page's header and signs below still has its 版头 read from the header."""
    out: set[str] = set()
    for k in state.blocks:
        if k.hints.part != "page-header" and k.hints.display_type and is_organ_line(k):
            f = k.folded.strip()
            m = P.ISSUER_MARK.match(f)
            out.add(m.group("organ").strip() if m else f)
    return frozenset(out)


def _tab_pieces(b: Block) -> list[Block] | None:
    """A header line cut at its tabs where a piece is a page number (`市民宗函〔2024〕6号` then `第 1 页`
    at the right margin, parted by a tab or Word's positional tab): each piece a line of its own, the
    page number's furniture, the rest judged as any header line; None where the line holds no such
    piece beside others."""
    if "\t" not in b.text or b.cells is not None:
        return None
    spans: list[tuple[int, int]] = []
    at = 0
    for part in b.folded.split("\t"):
        lo = at + len(part) - len(part.lstrip())
        hi = at + len(part.rstrip())
        if hi > lo:
            spans.append((lo, hi))
        at += len(part) + 1
    furniture = [_furniture(b.folded[lo:hi]) for lo, hi in spans]
    if not any(furniture) or all(furniture):
        return None
    pieces = [b.piece(lo, hi, first=k == 0) for k, (lo, hi) in enumerate(spans)]
    for piece, page_number in zip(pieces, furniture, strict=True):
        if page_number:
            piece.zone = Zone.CHROME
    return pieces


def _head_mark(f: str) -> bool:
    """A 版头's own mark a template may set in the first page's header: the 份号, the 密级 or the 紧急程度
    on a line of its own (asked of header lines only, a few a document)."""
    f = f.strip()
    return bool(P.COPY_NUMBER.match(f) or P.SECURITY.match(f) or P.URGENCY.match(f))
