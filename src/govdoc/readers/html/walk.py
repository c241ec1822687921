"""The article's markup turned into blocks in reading order: bold runs, centring, data tables."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from govdoc.blocks import Block, Hints, Origin
from govdoc.charclass import ZERO_WIDTH
from govdoc.readers.builder import LineBuilder
from govdoc.readers.html.dom import (
    BLOCK,
    CHROME_NAME,
    CONTENT_NAME,
    HTML_SPACE,
    SKIP,
    Paths,
    attr,
    children,
    name_of,
    node_key,
    text_nodes,
)
from govdoc.readers.html.hidden import BLOCK_DISPLAY, ClassSets, has_classes, is_hidden
from govdoc.readers.html.lists import Counter, HeadingCounters, counter_text, first_number, item_marker, list_style
from govdoc.readers.html.svg import drawn_texts

_BOLD_STYLE = regex.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", regex.I)
_CENTER_STYLE = regex.compile(r"text-align\s*:\s*center", regex.I)
_PRE_STYLE = regex.compile(r"white-space\s*:\s*pre(?:-wrap|-line)?\b", regex.I)

_HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])


@dataclass(slots=True)
class _Line(LineBuilder):
    """A block being collected from the markup."""

    centered: bool = False


def _is_bold(node: object, tag: str) -> bool:
    return tag in ("b", "strong") or bool(_BOLD_STYLE.search(attr(node, "style")))


def _is_centered(node: object, tag: str) -> bool:
    return tag == "center" or attr(node, "align").lower() == "center" or bool(_CENTER_STYLE.search(attr(node, "style")))


def _keeps_lines(node: object, tag: str) -> bool:
    """Preformatted text (`<pre>`, `white-space: pre`): its newlines are line breaks, as a browser shows them."""
    return tag in ("pre", "textarea", "listing", "plaintext", "xmp") or bool(_PRE_STYLE.search(attr(node, "style")))


def _has_text(cell: object) -> bool:
    """Whether a cell shows any text (stops at the first that does)."""
    return any(not t.isspace() for _, t, _ in text_nodes(cell))


def _cell_text(cell: object, hidden: frozenset[str] = frozenset()) -> str:
    """A data cell's text, its lines as a browser breaks them (`<br>`, `<p>`, `<div>`, a nested row)
    joined by `\n`, so 市发展改革委<br>市自然资源局 stays two names in one cell rather than one glued name;
    spaces inside a line collapse as HTML's do, a line with no text is none, and what the page hides
    (anti-copying text in a `display:none` span or a class in `hidden`) is not shown, as in paragraphs."""
    lines: list[list[str]] = [[]]
    stack: list[object | None] = [cell]
    while stack:
        node = stack.pop()
        if node is None:  # the end of a block-level element: what follows starts a line
            lines.append([])
            continue
        tag = getattr(node, "tag", "")
        if tag == "-text":
            lines[-1].append(getattr(node, "text_content", None) or "")
            continue
        if tag in SKIP or tag == "-comment" or (node is not cell and is_hidden(node, hidden)):
            continue
        if tag == "br":
            lines.append([])
            continue
        if node is not cell and (tag in BLOCK or tag in _ROW_PARTS):
            lines.append([])
            stack.append(None)
        stack.extend(reversed(list(children(node))))
    texts = (HTML_SPACE.sub(" ", ZERO_WIDTH.sub("", "".join(line))).strip() for line in lines)
    return "\n".join(t for t in texts if t)


_ROW_PARTS = frozenset(["tr", "td", "th", "table"])  # a table nested in a cell: each of its cells a line


def _data_table(table: object, hidden: frozenset[str] = frozenset()) -> list[tuple[object, list[str]]] | None:
    """Rows (the row's element, its cells' text) for a table with data in it; None for a layout table
    (mostly rows of one cell, or no row with text in two cells: blank cells only push the text into place).

    Cell text is gathered only once the table is known to hold data, so a layout table
    costs no more than its rows: 5,000 nested one-column tables stay one pass.
    """
    trs = list(_own_rows(table))
    rows = [[c for c in children(row) if getattr(c, "tag", "") in ("td", "th")] for row in trs]
    multi = [r for r in rows if len(r) >= 2]
    if len(rows) < 1 or len(multi) * 2 < len(rows) or not multi:
        return None
    if not any(sum(1 for c in r if _has_text(c)) >= 2 for r in multi):
        return None
    texts = _grid(rows, hidden)
    return [(tr, r) for tr, r in zip(trs, texts, strict=True) if any(r)]


_MAX_SPAN = 1000  # a span past this many rows or columns is no table's (as browsers cap rowspan)


def _span(cell: object, name: str) -> int:
    value = attr(cell, name).strip()
    return min(int(value), _MAX_SPAN) if value.isascii() and value.isdigit() and int(value) > 0 else 1


def _grid(rows: list[list[object]], hidden: frozenset[str]) -> list[list[str]]:
    """The rows' cell texts with an empty cell where a cell above spans down into the row (rowspan), so
    each value stays under its own head, as a Word table's merged cells read; a cell spanning columns
    (colspan) is one cell, as drawn."""
    covering: dict[int, tuple[int, int]] = {}  # grid column -> (rows it still covers, columns it spans)
    out: list[list[str]] = []
    for cells in rows:
        texts: list[str] = []
        column = 0
        queue = list(cells)
        while queue or any(c >= column for c in covering):
            if column in covering:
                left, width = covering[column]
                texts.append("")
                if left > 1:
                    covering[column] = (left - 1, width)
                else:
                    del covering[column]
                column += width
                continue
            if not queue:
                column = min(c for c in covering if c >= column)
                continue
            cell = queue.pop(0)
            texts.append(_cell_text(cell, hidden))
            width, down = _span(cell, "colspan"), _span(cell, "rowspan")
            if down > 1:
                covering[column] = (down - 1, width)
            column += width
        out.append(texts)
    return out


def _own_rows(table: object) -> Iterator[object]:
    """The table's rows in the order a browser draws them, not those of tables nested in it: its head
    (`<thead>`) first and its foot (`<tfoot>`, which HTML 4 wrote before the body: a 合计 row) last,
    wherever the source puts them."""
    head: list[object] = []
    body: list[object] = []
    foot: list[object] = []
    stack: list[tuple[object, str]] = [(c, "") for c in reversed(list(children(table)))]
    while stack:
        node, group = stack.pop()
        tag = getattr(node, "tag", "")
        if tag == "tr":
            (head if group == "thead" else foot if group == "tfoot" else body).append(node)
        elif tag != "table":
            inner = tag if tag in ("thead", "tfoot") else group
            stack.extend((c, inner) for c in reversed(list(children(node))))
    yield from head
    yield from body
    yield from foot


class Walker:
    """Turns the article's markup into blocks in reading order."""

    def __init__(self, paths: Paths | None = None) -> None:
        self.blocks: list[Block] = []
        self.line = _Line()
        self.tables = 0
        self.paths = paths or Paths()
        self.owner: object | None = None  # the block-level element the line being collected stands in
        self.counts: dict[int, int] = {}  # each <ol>'s last number drawn
        self.hidden: frozenset[str] = frozenset()  # the classes the page's stylesheets hide
        self.unnumbered: frozenset[str] = frozenset()  # `ol`, `li` and classes its stylesheets draw no numbers for
        self.list_types: dict[str, str] = {}  # the counter styles its stylesheets give lists, by `ol`, `li`, class
        self.counters: dict[str, Counter] = {}  # numbers its stylesheets draw with a CSS counter, by `li` or class
        self.heading_counters = HeadingCounters({}, {}, {})  # … and before its headings (`h3::before`)
        self.named_counts: dict[str, int] = {}  # each CSS counter's last number, where it runs on across lists
        self.block_classes: ClassSets = ()  # classes its stylesheets display as blocks (`.line{display:block}`)
        self.kept_classes: ClassSets = ()  # classes whose newlines its stylesheets keep (`white-space:pre-line`)

    def flush(self) -> None:
        """End the line being collected: a non-empty one becomes a block, located by the element it stands in."""
        text, bold = self.line.stripped()
        if text:
            hints = Hints(centered=True) if self.line.centered else Hints()
            origin = Origin((self.paths.of(self.owner),)) if self.owner is not None else None
            self.blocks.append(Block(text, bold=bold, hints=hints, origin=origin))
        self.line = _Line()

    def _text(self, text: str, bold: bool, centered: bool, owner: object) -> None:
        """Add a text node's words to the line; the first words of a line say where it stands and if it is centred."""
        if self.line.length == 0:
            text = text.lstrip(" ")
            self.line.centered = centered
            self.owner = owner
        self.line.add(text, bold)

    def _list_marker(self, li: object, bold: bool, centered: bool) -> None:
        """The number the browser draws before an item of an `<ol>`, counted in document order."""
        ol = getattr(li, "parent", None)
        counter = self._counter(ol, li) if self.counters else None
        if counter is not None:
            name = counter[3]  # a counter the page resets only around the lists numbers on across them
            if name is None:
                key = node_key(ol)
                count = self.counts[key] = self.counts.get(key, 0) + 1
            else:
                count = self.named_counts[name] = self.named_counts.get(name, 0) + 1
            number = counter_text(counter[1], count)
            if number:
                self._text(f"{counter[0]}{number}{counter[2]}", bold, centered, li)
            return
        if getattr(ol, "tag", "") != "ol" or self._drawn_without_numbers(ol, li):
            return
        key = node_key(ol)
        count = self.counts[key] = self.counts.get(key, first_number(ol) - 1) + 1
        value = attr(li, "value").strip()
        if value.isascii() and value.isdigit() and len(value) <= 3:
            count = self.counts[key] = int(value)
        marker = item_marker(list_style(ol, self._sheet_type(ol, li) if self.list_types else None), count)
        if marker:
            self._text(marker, bold, centered, li)

    def _svg_text(self, svg: object, bold: bool, centered: bool) -> None:
        """The words an inline SVG draws (`svg.drawn_texts`: its `<text>` elements, a 版头 drawn as a graphic, but a
        seal's), a line each where it stands."""
        for element in drawn_texts(svg, lambda t: is_hidden(t, self.hidden)):
            words = HTML_SPACE.sub(" ", ZERO_WIDTH.sub("", element.text(deep=True) or "")).strip()
            if words:
                self.flush()
                self._text(words, bold, centered, element)
                self.flush()

    def _heading_marker(self, tag: str, node: object, bold: bool, centered: bool) -> None:
        """The number a page's stylesheet draws before a heading with a CSS counter (`h3::before`), counted in
        document order; the counters the heading starts anew (`h3{counter-reset:h4}`) begin again after it."""
        counters = self.heading_counters
        advanced = counters.advances.get(tag)
        if advanced is not None:
            self.named_counts[advanced] = self.named_counts.get(advanced, 0) + 1
        for name in counters.resets.get(tag, ()):
            self.named_counts[name] = 0
        drawn = counters.draws.get(tag)
        if drawn is not None and drawn[3] is not None:
            number = counter_text(drawn[1], self.named_counts.get(drawn[3], 0))
            if number:
                self._text(f"{drawn[0]}{number}{drawn[2]}", bold, centered, node)

    def _counter(self, ol: object, li: object) -> Counter | None:
        """The CSS counter the page's stylesheet draws before this item (`li::before{content:counter(n) "、"}`),
        by the item's class, its list's class, or for every item; None where none is drawn."""
        if getattr(ol, "tag", "") not in ("ol", "ul"):
            return None
        for name in (*attr(li, "class").split(), *attr(ol, "class").split(), "li"):
            if name in self.counters:
                return self.counters[name]
        return None

    def _sheet_type(self, ol: object, li: object) -> str | None:
        """The counter style the page's stylesheet gives this item: by the item's class, its list's class, then
        `li` and `ol` rules; None where it gives none."""
        for name in (*attr(li, "class").split(), *attr(ol, "class").split(), "li", "ol"):
            if name in self.list_types:
                return self.list_types[name]
        return None

    def _drawn_without_numbers(self, ol: object, li: object) -> bool:
        """The page's stylesheet draws this list without numbers (`ol{list-style:none}`), unless the
        list's own style asks for them."""
        if not self.unnumbered or "list-style" in attr(ol, "style"):
            return False
        if "ol" in self.unnumbered or "li" in self.unnumbered:
            return True
        return not self.unnumbered.isdisjoint(f"{attr(ol, 'class')} {attr(li, 'class')}".split())

    def _shown_as_block(self, node: object) -> bool:
        """An inline element the page displays as a block (`<span style="display:block">`, a class its
        stylesheets display so): a line of its own, as the browser draws it."""
        if self.block_classes and has_classes(node, self.block_classes):
            return True
        style = attr(node, "style")
        return "display" in style and bool(BLOCK_DISPLAY.search(style))

    def walk(self, root: object) -> None:
        """Walk `root` into blocks with an explicit stack, so deep nesting cannot exhaust recursion.

        Block-level elements and `<br>` end a line; a data table becomes one block per row, and an element
        named like page chrome is skipped unless also named like content.
        """
        # (node, bold, centered, preformatted, block-level element it stands in) to enter, or None as
        # a marker to flush after a block ends
        stack: list[tuple[object, bool, bool, bool, object] | None] = [(root, False, False, False, root)]
        while stack:
            entry = stack.pop()
            if entry is None:
                self.flush()
                continue
            node, bold, centered, pre, owner = entry
            tag = getattr(node, "tag", "")
            if tag == "-text":
                raw = getattr(node, "text_content", None) or ""
                for k, piece in enumerate(raw.split("\n") if pre else [raw]):
                    if k:
                        self.flush()
                    # preformatted text keeps its spaces and TABs as a browser shows them: a table set in a `<pre>`
                    # aligns its columns by them (rules.body_tables `spaced_rows`)
                    kept = piece.replace("\r", "").replace("\f", "") if pre else HTML_SPACE.sub(" ", piece)
                    self._text(ZERO_WIDTH.sub("", kept), bold, centered, owner)
                continue
            if tag in SKIP or tag == "-comment" or (node is not root and is_hidden(node, self.hidden)):
                if tag == "svg" and not is_hidden(node, self.hidden):
                    self._svg_text(node, bold, centered)
                continue
            if tag == "br":
                self.flush()
                continue
            if tag == "table":
                rows = _data_table(node, self.hidden)
                if rows is not None:
                    self.flush()
                    for caption in (c for c in children(node) if getattr(c, "tag", "") == "caption"):
                        # the table's name, drawn above it: a line of the text, not a row
                        origin = Origin((self.paths.of(caption),))
                        lines = _cell_text(caption).split("\n")
                        self.blocks.extend(Block(line, origin=origin) for line in lines if line)
                    self.tables += 1
                    for tr, row in rows:
                        origin = Origin((self.paths.of(tr),))
                        self.blocks.append(Block("\t".join(row), cells=tuple(row), table=self.tables, origin=origin))
                    continue
            if tag not in ("-text",) and CHROME_NAME.search(name_of(node)) and not CONTENT_NAME.search(name_of(node)):
                continue
            bold = bold or _is_bold(node, tag)
            centered = centered or _is_centered(node, tag)
            pre = pre or _keeps_lines(node, tag) or bool(self.kept_classes and has_classes(node, self.kept_classes))
            is_block = tag in BLOCK or tag in ("tr", "td", "th", "table") or self._shown_as_block(node)
            if is_block:
                self.flush()
                stack.append(None)
                owner = node
                if tag == "li":
                    self._list_marker(node, bold, centered)
                elif self.heading_counters and tag in _HEADINGS:
                    self._heading_marker(tag, node, bold, centered)
            stack.extend((child, bold, centered, pre, owner) for child in reversed(list(children(node))))
        self.flush()
