"""The body walk: paragraphs, tables, content controls, text boxes, fields and runs, in order.

Insertions are kept, deletions and hidden text left out; a complex field shows its result, never its code,
but for an EQ field, which has none and is drawn from its code (`eq.shown`); a content control bound to the
data store shows the store's value (`bindings`). Each block carries its formatting as hints (bold, centring,
style, outline level, East Asian font and size).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from govdoc.blocks import Block, Hints, Origin, quoted
from govdoc.charclass import ZERO_WIDTH
from govdoc.readers.builder import LineBuilder
from govdoc.readers.doc_comments import tracked_changes
from govdoc.readers.docx.eq import shown as eq_shown
from govdoc.readers.docx.layout_tables import holds_running_text
from govdoc.readers.docx.names import MC, R, w
from govdoc.readers.docx.numbering import Numbering
from govdoc.readers.docx.printed_lines import indents_first_line
from govdoc.readers.docx.shapes import A4_HEIGHT_EMU, at_page_foot, placed_below, set_round, top_in_group, wordart
from govdoc.readers.docx.styles import Styles, font_and_size, on
from govdoc.readers.docx.symbols import symbol_text, typed_symbols, typed_table
from govdoc.readers.docx.values import plain_int, word_int

_SKIP_IN_RUN = {w("delText"), w("instrText"), w("rPr"), w("lastRenderedPageBreak"), w("fldChar")}
_CONTAINERS_IN_P = {
    w("hyperlink"),
    w("ins"),
    w("smartTag"),
    w("customXml"),
    w("fldSimple"),
    w("moveTo"),
    w("dir"),
    w("bdo"),
}
_WORD_MAX_COLUMNS = 63  # the most columns a Word table can have
_REVISED = {w("ins"), w("del"), w("moveFrom"), w("moveTo")}


@dataclass(slots=True)
class Revisions:
    """Tracked revisions that change the text, read as accepted (insertions and moves' new places kept,
    deletions and moves' old places left out): the reader's judgement over the file's text, which a
    `text-repaired` warning (`tracked-changes`) says with the counts and the first text deleted."""

    inserted: int = 0
    deleted: int = 0
    first_deleted: str = ""

    def note(self, el: Any) -> None:
        """Count one revision element (w:ins, w:del, w:moveTo, w:moveFrom) that holds text."""
        deleted = el.tag in (w("del"), w("moveFrom"))
        text = "".join(t.text or "" for t in el.iter(w("delText"), w("t")))
        if not text.strip():
            return
        if deleted:
            self.deleted += 1
            self.first_deleted = self.first_deleted or text.strip()
        else:
            self.inserted += 1

    def __bool__(self) -> bool:
        return bool(self.inserted or self.deleted)

    def warning(self) -> tuple[str, str]:
        """The `text-repaired` note (span null: the reader keeps no offset into the text it builds)."""
        return tracked_changes(self.inserted, self.deleted, self.first_deleted)


_SKIPPED_IN_P = {w("del"), w("moveFrom"), w("pPr"), w("proofErr"), w("bookmarkStart"), w("bookmarkEnd")}


# The complex fields open where a paragraph's walk stands, outermost first, each True while its code is
# read and False once its result is: a field nested in another's code (IF { MERGEFIELD 类别 } = …) shows
# nothing, as its value is part of that code; text shows only where no open field is in its code.
Fields = tuple[bool, ...]


@dataclass(slots=True)
class Run(LineBuilder):
    """One block being collected from a paragraph, with the face of its first visible text."""

    font: str | None = None
    size: float | None = None
    red: bool = False  # its first visible run is in red ink (a 红头's organ, as a PDF's red fill says)
    inked: bool = False  # `red` was read, at the first visible run: a later run's ink never changes it

    def add_run(self, text: str, bold: bool, font: str | None, size: float | None) -> None:
        """Add a run's text; the block's face is that of its first visible run, not of leading spaces or tabs."""
        if self.font is None and text.strip():
            self.font, self.size = font, size
        self.add(text, bold)


class Walker:
    """Walks the body into blocks in reading order, each located as python-docx counts paragraphs and cells."""

    def __init__(self, styles: Styles, numbering: Numbering) -> None:
        self.styles = styles
        self.numbering = numbering
        self.blocks: list[Block] = []
        self.tables = 0
        # Where the paragraph being walked stands, as python-docx counts: `paragraph:N` among the
        # body's paragraphs, `table:T/row:R/cell:C` in a table's cell, `header:<part>` in a page header.
        self.origin: Origin | None = None
        self.table_ref: str | None = None  # `table:T` while a table of the body is being walked
        # The blocks of an imported chunk (w:altChunk) by its relationship id, where the package has a reader for it.
        self.chunk: Callable[[str | None], list[Block]] | None = None
        self.below: set[int] = set()  # ids of text-box blocks placed below the paragraph they are anchored in
        self.notes: list[tuple[bool, str]] = []  # the footnotes (True) and endnotes referenced, in order
        self.foot: list[Block] = []  # text boxes placed at the page's foot: read after the part walked
        self.page_height = A4_HEIGHT_EMU  # the page's height in EMU, from the body's section
        # The last line of a paragraph whose mark is a tracked deletion: accepted, the paragraph runs on
        # into the next one, so that line opens the next paragraph's first line.
        self.carried: Run | None = None
        # The carried line opens the next paragraph ahead of that paragraph's number: its mark was hidden
        # (Word's style separator), not deleted, so the line keeps its own number and the next its own.
        self.carried_ahead = False
        # The carried line gives the next paragraph its face (font and size); a drop cap's letter, set large in a
        # frame of its own, does not: the paragraph it opens keeps its own first run's face.
        self.carried_face = True
        # The kinds (ProgIDs) of the OLE objects met (w:object: an embedded or linked workbook, document,
        # drawing or equation), whose content only shows as their picture: not read, so said (`objects_warning`).
        self.objects: list[str] = []
        # The tracked revisions read as accepted (`Revisions`): inserted text kept, deleted text left out.
        self.revisions = Revisions()
        # The code of the field opened where text shows (no field around it in its code), while its code is
        # read, and how many fields are open with it: an EQ field has no result and shows what its code draws.
        self.code: list[str] | None = None
        self.code_depth = 0
        # The value Word shows in a content control bound to the data store (`bindings.DataStore.value`), given
        # the control's properties; None where the control is unbound or its node is not found.
        self.bound: Callable[[Any], str | None] | None = None
        # The words of bound controls that the store's value replaced, each with that value (`rebound_warning`).
        self.rebound: list[tuple[str, str]] = []
        # Whether the part being walked draws shapes that may paint under its text (a red band behind a 版头 set
        # white), by the part's root, asked once a part where a run is set white (`white_on_white`)
        self.shapes: dict[int, bool] = {}
        # The ids of the blocks opening a paragraph whose own properties indent its first line: asked only where
        # the body's paragraphs turn out to be a converter's printed lines (`printed_lines`).
        self.indented: set[int] = set()

    # --- paragraphs ----------------------------------------------------------------------
    def paragraph(self, p: Any, *, into: list[Block] | None = None) -> None:
        """A paragraph as one block per line break, its automatic number put back in front.

        What the paragraph does not state (centring, outline level, list) comes from its style chain; text
        boxes anchored in it go first, where they stand on the page.
        """
        out = self.blocks if into is None else into
        ppr = p.find(w("pPr"))
        style_id = None
        centered = None
        outline = None
        num_id = ilvl = None
        own_level = False  # the paragraph names its list level itself (direct formatting: its style's link yields)
        if ppr is not None:
            ps = ppr.find(w("pStyle"))
            style_id = ps.get(w("val")) if ps is not None else None
            jc = ppr.find(w("jc"))
            centered = jc.get(w("val")) == "center" if jc is not None else None
            ol = ppr.find(w("outlineLvl"))
            if ol is not None:
                outline = word_int(ol.get(w("val")), self.styles.limits, path=self.styles.path, what="outline level")
            num = ppr.find(w("numPr"))
            if num is not None:
                nid, lvl = num.find(w("numId")), num.find(w("ilvl"))
                num_id = nid.get(w("val")) if nid is not None else None
                if lvl is not None:
                    ilvl = word_int(lvl.get(w("val")), self.styles.limits, path=self.styles.path, what="list level")
                    own_level = True
        if num_id is None:
            num_id = self.styles.get(style_id, "num_id")
            if ilvl is None and num_id is not None:
                ilvl = self.styles.get(style_id, "ilvl")
        if centered is None:
            centered = bool(self.styles.get(style_id, "centered"))
        if outline is None:
            outline = self.styles.get(style_id, "outline")
        resolved = self.styles.style(style_id) if style_id else None
        style_name = resolved.name if resolved is not None else None
        boxes: list[Block] = []
        lines: list[Run] = [Run()]
        # a paragraph whose mark is a tracked deletion joins the next one, whose mark (and list) it takes:
        # accepted, its own number is neither shown nor counted
        merged_on = ppr is not None and _mark_deleted(ppr)
        if merged_on:
            self.revisions.deleted += 1  # a paragraph break taken out
        # a paragraph whose mark is hidden (w:specVanish, Word's style separator after a run-in heading, or
        # w:vanish) shows running on into the next paragraph, keeping its own number
        mark_hidden = ppr is not None and not merged_on and _mark_hidden(ppr)
        # a drop cap (w:framePr w:dropCap): Word sets a paragraph's first letter large in a frame paragraph of
        # its own, before the paragraph it opens; shown, it is that paragraph's first character
        drop_cap = ppr is not None and not merged_on and not mark_hidden and _drop_cap(ppr)
        label = (
            self.numbering.label(num_id, ilvl or 0, None if own_level else style_id)
            if num_id not in (None, "0") and not merged_on
            else None
        )
        if self.carried is not None and self.carried_ahead:
            self._take_carried(lines[0])
        if label:
            lines[0].add(label)
        if self.carried is not None:
            self._take_carried(lines[0])
        self._inline(p, style_id, lines, boxes, ())
        out.extend(b for b in boxes if id(b) not in self.below)  # boxes stand where anchored: before the text
        hints = Hints(centered=bool(centered), style=style_name, outline_level=outline)
        last = max((k for k, line in enumerate(lines) if line.stripped()[0]), default=-1)
        if last >= 0 and (merged_on or mark_hidden or drop_cap):
            self.carried = lines[last]  # its paragraph mark deleted or hidden: it goes on in the next paragraph
            self.carried_ahead = mark_hidden or drop_cap
            self.carried_face = not drop_cap
            lines = lines[:last]
            last = max((k for k, line in enumerate(lines) if line.stripped()[0]), default=-1)
        indent = indents_first_line(ppr) and not merged_on
        for k, line in enumerate(lines):
            stripped, bold = line.stripped()
            if not stripped:
                continue
            line_hints = Hints(
                centered=hints.centered,
                font=line.font,
                size=line.size,
                style=hints.style,
                outline_level=hints.outline_level,
                paragraph_end=k == last,
                soft_break=k < last,  # a soft line break (w:br) ends the line, not the paragraph
                red=line.red,
            )
            out.append(Block(stripped, bold=bold, hints=line_hints, origin=self.origin))
            if indent:
                self.indented.add(id(out[-1]))
                indent = False
        out.extend(b for b in boxes if id(b) in self.below)  # … unless placed below the paragraph

    def _take_carried(self, line: Run) -> None:
        """Open `line` with the carried last line of the paragraph before, in its face."""
        if self.carried is None:
            return
        text, bold = self.carried.stripped()
        line.extend(text, bold)
        if self.carried_face:
            line.font, line.size = self.carried.font, self.carried.size
        self.carried = None
        self.carried_face = True

    def _inline(
        self, parent: Any, style_id: str | None, lines: list[Run], boxes: list[Block], fields: Fields
    ) -> Fields:
        """Walk a paragraph's content; returns the complex fields still open at its end (`Fields`)."""
        for child in parent:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if tag in _REVISED:
                self.revisions.note(child)
            if tag in _SKIPPED_IN_P:
                continue
            if tag == w("r"):
                fields = self._run(child, style_id, lines, boxes, fields)
            elif tag in _CONTAINERS_IN_P:
                fields = self._inline(child, style_id, lines, boxes, fields)
            elif tag == w("sdt"):
                content = child.find(w("sdtContent"))
                value = self._bound_value(child)
                if value is not None:  # Word shows the data store's value, whatever the control held
                    self._note_rebound(child, content, value)
                    fields = self._run(_bound_run(child, content, value), style_id, lines, boxes, fields)
                elif content is not None and not _placeholder(child):
                    fields = self._inline(content, style_id, lines, boxes, fields)
            elif tag == f"{{{MC}}}AlternateContent":
                choice = child.find(f"{{{MC}}}Choice")
                if choice is not None:
                    fields = self._inline(choice, style_id, lines, boxes, fields)
            elif tag in (_MATH_PARA, _MATH) and True not in fields:
                for k, equation in enumerate(child.iter(_MATH) if tag == _MATH_PARA else (child,)):
                    if k:  # the equations of one math paragraph stand on lines of their own
                        lines.append(Run())
                    lines[-1].add_run(math_text(equation), False, None, None)
        return fields

    def _run(self, r: Any, style_id: str | None, lines: list[Run], boxes: list[Block], fields: Fields) -> Fields:
        rpr = r.find(w("rPr"))
        run_style = None
        if rpr is not None:
            rs = rpr.find(w("rStyle"))
            run_style = rs.get(w("val")) if rs is not None else None
        hidden = on(rpr, "vanish")
        if hidden is None and run_style:
            hidden = self.styles.get(run_style, "vanish")
        if hidden is None:  # a character style silent on hiding leaves it to the paragraph's style (编辑说明)
            hidden = self.styles.get(style_id, "vanish")
        if not hidden and rpr is not None and white_on_white(r, rpr, self.shapes, self.styles.elements):
            hidden = True  # white ink on white paper: a template's code or mark no reader sees
        bold = on(rpr, "b")
        if bold is None:
            bold = (self.styles.get(run_style, "bold") if run_style else None) or self.styles.get(style_id, "bold")
        font, size = font_and_size(rpr, self.styles.limits, self.styles.path)
        fonts = rpr.find(w("rFonts")) if rpr is not None else None
        typed = typed_table(fonts.get(w("ascii")) or fonts.get(w("hAnsi"))) if fonts is not None else None
        font = font or (self.styles.get(run_style, "font") if run_style else None) or self.styles.get(style_id, "font")
        size = size or (self.styles.get(run_style, "size") if run_style else None) or self.styles.get(style_id, "size")
        for child in r:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if tag == w("fldChar"):
                kind = child.get(w("fldCharType"))
                if kind == "begin":
                    box = None if hidden or True in fields else form_box(child)
                    if box:  # a legacy check box has no result: Word draws the box itself
                        lines[-1].add_run(box, False, font, size)
                    if True not in fields and not hidden:
                        self.code, self.code_depth = [], len(fields) + 1
                    fields = (*fields, True)
                elif kind == "separate" and fields:
                    if len(fields) == self.code_depth:
                        self.code = None  # a field with a result shows its result
                    fields = (*fields[:-1], False)
                elif kind == "end" and fields:
                    if len(fields) == self.code_depth and self.code is not None:
                        drawn = eq_shown("".join(self.code))
                        if drawn:
                            lines[-1].add_run(drawn, bool(bold), font, size)
                        self.code = None
                    fields = fields[:-1]
                continue
            if self.code is not None and len(fields) == self.code_depth and tag in (w("instrText"), w("t")):
                self.code.append(child.text or "")
            if tag in _SKIP_IN_RUN or True in fields or hidden:
                if tag in (w("drawing"), w("pict"), f"{{{MC}}}AlternateContent") and not hidden:
                    self._boxes(child, boxes)
                continue
            if tag == w("t"):
                text = child.text or ""
                if ZERO_WIDTH.search(text):  # pasted from a web page: invisible, and before a 一、 title it hides it
                    text = ZERO_WIDTH.sub("", text)
                if typed is not None:  # boxes typed in a symbol font: the glyphs it draws
                    text = typed_symbols(typed, text)
                line = lines[-1]
                if not line.inked and text.strip():  # the first visible run's ink, whether or not it names one
                    line.inked, line.red = True, rpr is not None and _red_ink(rpr)
                line.add_run(text, bool(bold), font, size)
            elif tag == w("tab") or tag == w("ptab"):
                lines[-1].add_run("\t", False, font, size)
            elif tag in (w("br"), w("cr")):
                lines.append(Run())
            elif tag == w("noBreakHyphen"):
                lines[-1].add_run("-", bool(bold), font, size)
            elif tag == w("ruby"):  # a phonetic guide: the base text is the document's, the reading above it not
                base = child.find(w("rubyBase"))
                for inner in _outermost_runs(base) if base is not None else ():
                    fields = self._run(inner, style_id, lines, boxes, fields)
            elif tag in (w("footnoteReference"), w("endnoteReference")):
                self.notes.append((tag == w("footnoteReference"), child.get(w("id")) or ""))
            elif tag == w("sym"):
                lines[-1].add_run(symbol_text(child.get(w("font")), child.get(w("char"))), bool(bold), font, size)
            elif tag == w("object"):  # an OLE object: a picture of a workbook, a drawing, an equation
                self.objects.extend(embedded_kinds(child))
                self._boxes(child, boxes)
            elif tag in (w("drawing"), w("pict"), f"{{{MC}}}AlternateContent"):
                self._boxes(child, boxes)
                shown = _alternate_text(child) if tag == f"{{{MC}}}AlternateContent" else ""
                if shown:
                    lines[-1].add_run(shown, bool(bold), font, size)
        return fields

    def _boxes(self, el: Any, boxes: list[Block]) -> None:
        """Paragraphs of text boxes (w:txbxContent) under a drawing, once (mc:Fallback copies skipped), and
        the text of VML WordArt; a drawing placed below its anchor paragraph is marked to follow it, one
        placed at the page's foot is kept for the end of the part being walked (`foot`)."""
        found: list[Block] = []
        contents = [
            c
            for c in el.iter(w("txbxContent"))
            if _outermost_box(c, el)
            and not any(a.tag == f"{{{MC}}}Fallback" for a in c.iterancestors())
            and not set_round(c)  # a seal's name round its ring: its picture, no line
        ]
        # a box's lines and its anchor's carry never run into each other, nor its fields' codes
        outer, outer_face, self.carried = self.carried, self.carried_face, None
        code, code_depth, self.code = self.code, self.code_depth, None
        for content in sorted(contents, key=top_in_group):  # a group's boxes top to bottom (stable elsewhere)
            for p in content.iter(w("p")):
                if _nearest(p, w("txbxContent")) is content:  # a box's box is read once, by its own paragraph
                    self.paragraph(p, into=found)
            self.flush_carried(into=found)
        self.carried, self.carried_face = outer, outer_face
        self.code, self.code_depth = code, code_depth
        for text, font, size in wordart(el):
            found.append(Block(text, hints=Hints(font=font, size=size, paragraph_end=True), origin=self.origin))
        if found and at_page_foot(el, self.page_height):
            self.foot.extend(found)
            return
        if found and placed_below(el):
            self.below.update(id(b) for b in found)
        boxes.extend(found)

    # --- body ----------------------------------------------------------------------------
    def body(self, body: Any) -> None:
        """The children of a body, cell or content control in order; only the body's own paragraphs and tables
        get an origin, as only they have python-docx's indexes.
        """
        top = body.tag == w("body")
        paragraphs = tables = 0
        for child in body:
            tag = child.tag
            if top:  # only the body's own paragraphs and tables have python-docx's indexes
                self.origin = None
            if tag == w("p"):
                if top:
                    self.origin = Origin((f"paragraph:{paragraphs}",))
                    paragraphs += 1
                self.paragraph(child)
            elif tag == w("tbl"):
                if top:
                    self.table_ref = f"table:{tables}"
                    tables += 1
                self.table(child)
            elif tag == w("sdt"):
                content = child.find(w("sdtContent"))
                value = self._bound_value(child)
                shown = content.find(w("p")) if content is not None and value is not None else None
                if value is not None and shown is not None:  # a paragraph's bound control: the store's value
                    self._note_rebound(child, content, value)
                    self.paragraph(_bound_paragraph(child, shown, value))
                elif content is not None and not _placeholder(child):
                    self.body(content)
            elif tag in (w("customXml"), w("ins")):
                if tag == w("ins"):
                    self.revisions.note(child)
                self.body(child)
            elif tag == f"{{{MC}}}AlternateContent":
                chosen = _alternative(child)
                if chosen is not None:
                    self.body(chosen)
            elif tag == w("altChunk") and self.chunk is not None:
                self.blocks.extend(self.chunk(child.get(f"{{{R}}}id")))
        if top:
            self.flush_carried()

    def _bound_value(self, sdt: Any) -> str | None:
        """The data store's value for a bound content control, None where there is none to show."""
        props = sdt.find(w("sdtPr"))
        return None if props is None or self.bound is None else self.bound(props)

    def _note_rebound(self, sdt: Any, content: Any, value: str) -> None:
        """Where the store's value is shown in place of words the control held of its own (no prompt), the pair is
        kept for a warning: the file's own words are not dropped unsaid (review27 R9). Asked only where the value is
        shown: a block-level control holding no paragraph (a table's) shows its own words, and nothing is replaced."""
        if content is not None and not _placeholder(sdt):
            own = "".join(t.text or "" for t in content.iter(w("t"))).strip()
            if own and own != value.strip():
                self.rebound.append((own, value.strip()))

    def flush_carried(self, into: list[Block] | None = None) -> None:
        """A carried line with no paragraph after it to run on into (a table follows, or the body, a header or
        footer part, a note or a text box ends) is a block of its own, never lost nor run on into another
        container's text."""
        if self.carried is not None:
            text, bold = self.carried.stripped()
            if text:
                hints = Hints(font=self.carried.font, size=self.carried.size, paragraph_end=True)
                (self.blocks if into is None else into).append(Block(text, bold=bold, hints=hints, origin=self.origin))
            self.carried = None
            self.carried_face = True

    def table(self, tbl: Any) -> None:
        """A table where a reader meets it: where it stands, or, floated to the page's foot (a 版记 a template
        places there, stored where its anchor paragraph is), after the part walked, as such text boxes are."""
        if not floated_to_foot(tbl, self.page_height):
            self._table(tbl)
            return
        saved, self.blocks = self.blocks, []
        try:
            self._table(tbl)
            self.foot.extend(self.blocks)
        finally:
            self.blocks = saved

    def _table(self, tbl: Any) -> None:
        """A table as one block per row with its cells, or, when most rows have a single cell, no row has
        text in two cells or a one-cell row holds most of its words as running prose (`layout_tables`), as the
        plain text of its cells: Word documents use such tables for layout (a 落款 pushed right by an empty
        first column, a letterhead beside a blank cell, a whole 请示 set in a table).
        """
        self.flush_carried()  # a paragraph cannot run on into a table: the line stands as it is
        ref, self.table_ref = self.table_ref, None  # a table nested in a cell keeps the cell's place
        outer = self.origin
        rows: list[list[str]] = []
        cell_blocks: list[list[list[Block]]] = []
        row_lines: list[list[list[str]]] = []
        row_refs: list[str | None] = []
        pads: list[tuple[int, int]] = []
        columns = _grid_columns(tbl)
        for tr in tbl.iter(w("tr")):
            if _nearest(tr, w("tbl")) is not tbl:
                continue
            if _row_deleted(tr):
                self.revisions.deleted += 1
                continue
            cells: list[str] = []
            lines_of_row: list[list[str]] = []
            blocks_of_row: list[list[Block]] = []
            row_refs.append(f"{ref}/row:{len(rows)}" if ref else None)
            for column, tc in enumerate(_cells(tr)):
                if row_refs[-1] is not None:
                    self.origin = Origin((f"{row_refs[-1]}/cell:{column}",))
                inner: list[Block] = []
                saved, self.blocks = self.blocks, inner
                if tc is not None:
                    self.body(tc)
                self.blocks = saved
                cells.append("".join(b.text for b in inner))
                lines_of_row.append([line for b in inner for line in _lines_of(b) if line.strip()])
                blocks_of_row.append(inner)
            rows.append(cells)
            free = max(0, columns - len(cells))  # Word draws no column beyond the grid
            before = min(self._skipped(tr, "gridBefore"), free)
            pads.append((before, min(self._skipped(tr, "gridAfter"), free - before)))
            row_lines.append(lines_of_row)
            cell_blocks.append(blocks_of_row)
        self.origin = outer
        multi = [r for r in rows if len(r) >= 2]
        if (
            not multi
            or len(multi) * 2 < len(rows)
            or not any(_filled(r) >= 2 for r in multi)
            or _blocks_side_by_side(row_lines)
            or holds_running_text(row_lines)  # the document laid out in a table: its body one cell across it
        ):
            for row_blocks in cell_blocks:  # a layout table: its cells are ordinary text
                for cell in row_blocks:
                    self.blocks.extend(cell)
            return
        self.tables += 1
        for lines, row_ref, (before, after) in zip(row_lines, row_refs, pads, strict=True):
            origin = Origin((row_ref,)) if row_ref else outer
            # a row starting late or ending early (w:gridBefore, w:gridAfter) draws no cell over the grid
            # columns it skips: an empty cell for each keeps its cells under their columns
            row_cells = cell_texts([[]] * before + lines + [[]] * after)
            if any(row_cells):
                self.blocks.append(Block("\t".join(row_cells), cells=row_cells, table=self.tables, origin=origin))

    def _skipped(self, tr: Any, name: str) -> int:
        """How many grid columns a row leaves without a cell before its first (`gridBefore`) or after its
        last (`gridAfter`)."""
        props = tr.find(w("trPr"))
        el = props.find(w(name)) if props is not None else None
        if el is None:
            return 0
        value = word_int(el.get(w("val")), self.styles.limits, path=self.styles.path, what="grid columns skipped")
        return max(0, value or 0)


_EMU_PER_TWIP = 635


def floated_to_foot(tbl: Any, page_height: int = A4_HEIGHT_EMU) -> bool:
    """Whether a floating table (w:tblpPr) is placed at the page's foot rather than where it is stored: set
    from the page's or the margin's top past three quarters of the page's height, or aligned to the bottom."""
    props = tbl.find(w("tblPr"))
    place = props.find(w("tblpPr")) if props is not None else None
    if place is None or place.get(w("vertAnchor")) not in ("page", "margin"):
        return False
    if place.get(w("tblpYSpec")) in ("bottom", "outside"):
        return True
    offset = plain_int(place.get(w("tblpY")))  # ASCII figures only: `²` passes str.isdigit, not int (diffread-B A6)
    if offset is None or offset < 0 or offset > 999_999_999:  # (Word writes twips: a page is five digits)
        return False
    return offset * _EMU_PER_TWIP > page_height * 3 // 4


def _row_deleted(tr: Any) -> bool:
    """The row is a tracked deletion (w:trPr/w:del): accepted, as deleted runs and paragraph marks are
    read, it is no row of the table and its text none of the document's."""
    props = tr.find(w("trPr"))
    return props is not None and props.find(w("del")) is not None


def _blocks_side_by_side(row_lines: list[list[list[str]]]) -> bool:
    """A table of one row whose cells that hold text each hold a stack of lines, each stack ending
    otherwise (a contact's lines beside the 落款's organ over its date): blocks set side by side, not a
    row of data, whose cells are values one a cell. Read cell by cell, each block stays whole, where a
    row's cells would run line k of one into line k of the next."""
    if len(row_lines) != 1:
        return False
    filled = [lines for lines in row_lines[0] if lines]
    if len(filled) < 2 or any(len(lines) < 2 for lines in filled):
        return False
    # cells ending on one same line are parallel, a joint 落款's organs each over the date they share:
    # one row, as the signature rules read such a table
    return len({lines[-1].strip() for lines in filled}) > 1


def _grid_columns(tbl: Any) -> int:
    """The columns of a table's grid (w:tblGrid/w:gridCol); Word's most, 63, where the grid is not given."""
    grid = tbl.find(w("tblGrid"))
    return len(grid.findall(w("gridCol"))) if grid is not None and len(grid) else _WORD_MAX_COLUMNS


def _lines_of(block: Block) -> tuple[str, ...]:
    """The lines a block of a cell gives the cell: a row of a table nested in the cell gives each of its
    cells (a tab cannot part them: it parts the outer row's cells, and a space between two Chinese
    words is read as layout and closed), any other block its text."""
    return block.cells if block.cells is not None else (block.text,)


def cell_texts(cells: list[list[str]]) -> tuple[str, ...]:
    """A row's cells, each its paragraphs (and soft-broken lines) joined by `\n`: one row of the table
    stays one row, as many cells as Word draws, and 市发展改革委 over 市自然资源局 in one cell stay two
    lines rather than reading as one name. A tab inside a cell's line (a tab stop, as between a label and
    its value) becomes a space, as the tab parts the row's cells."""
    return tuple("\n".join(line.replace("\t", " ") for line in lines) for lines in cells)


def _alternative(content: Any) -> Any:
    """Which branch of markup-compatibility alternate content to read: its first choice (Word's own
    markup, as in a paragraph), else its fallback; never both, which hold the same text twice."""
    choice = content.find(f"{{{MC}}}Choice")
    return choice if choice is not None else content.find(f"{{{MC}}}Fallback")


_SYMEX = "{http://schemas.microsoft.com/office/word/2015/wordml/symex}"
_M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_MATH, _MATH_PARA = f"{_M}oMath", f"{_M}oMathPara"


def math_text(el: Any) -> str:
    """Office Math (m:oMath) as the line of text it shows: its characters (m:t) in order, a fraction as
    numerator/denominator, a delimiter with its opening and closing characters (`(` `)` unless it names
    others) around its parts, scripts and radicals in Office's linear form (`10^4`, `Q_1`, `√2`, `√(3&x)`);
    properties (m:…Pr) show nothing. A formula in a 办法 or a notice
    (`补助金额=改造面积×补助标准`) is text of the document, not a picture."""
    tag = el.tag if isinstance(el.tag, str) else ""
    if not tag.startswith(_M):
        return ""  # w:rPr inside a math run, comments
    name = tag[len(_M) :]
    if name == "t":
        return el.text or ""
    if name.endswith("Pr"):
        return ""
    if name == "f":
        num, den = el.find(f"{_M}num"), el.find(f"{_M}den")
        return f"{math_text(num) if num is not None else ''}/{math_text(den) if den is not None else ''}"
    if name == "d":
        props = el.find(f"{_M}dPr")

        def char(key: str, default: str) -> str:
            found = props.find(f"{_M}{key}") if props is not None else None
            return found.get(f"{_M}val", "") if found is not None else default

        parts = [math_text(e) for e in el.findall(f"{_M}e")]
        return char("begChr", "(") + char("sepChr", "|").join(parts) + char("endChr", ")")
    if name in _SCRIPTED:
        return _part(el, "e") + "".join(f"{mark}{_group(_part(el, key))}" for key, mark in _SCRIPTED[name])
    if name == "rad":
        degree = _part(el, "deg")
        return f"√({degree}&{_part(el, 'e')})" if degree else f"√{_group(_part(el, 'e'))}"
    if name == "nary":
        return _nary(el)
    return "".join(math_text(child) for child in el)


def _nary(el: Any) -> str:
    """An n-ary operator (∑, ∏, ∫ …) in Office's linear form: its sign, which stands in its properties
    (`m:naryPr/m:chr`; none names the integral), its limits as scripts and its operand after `▒`
    (`∑_(i=1)^n▒x_i`): read as joined children, the sign was lost and the limits ran into the operand."""
    props = el.find(f"{_M}naryPr")
    sign = props.find(f"{_M}chr") if props is not None else None
    text = (sign.get(f"{_M}val") or "∫") if sign is not None else "∫"
    for key, mark in (("sub", "_"), ("sup", "^")):
        limit = _part(el, key)
        if limit:
            text += f"{mark}{_group(limit)}"
    operand = _part(el, "e")
    return f"{text}▒{operand if len(operand) <= 1 else f'〖{operand}〗'}" if operand else text


# Scripts in Office Math's own linear form (UnicodeMath: `10^4`, `Q_1`, `x_i^2`): a script read in line as a
# plain digit would change the figure (5×10⁴ read `5×104`), and superscript digits fold back to plain
# ones where text is matched (NFKC), so the caret and underscore keep the number right in every reading.
_SCRIPTED: dict[str, tuple[tuple[str, str], ...]] = {
    "sSup": (("sup", "^"),),
    "sSub": (("sub", "_"),),
    "sSubSup": (("sub", "_"), ("sup", "^")),
    "limLow": (("lim", "_"),),  # a limit under its function (lim_(n→∞)), one over it
    "limUpp": (("lim", "^"),),
}


def _part(el: Any, key: str) -> str:
    """The text of a math element's part (`m:e`, `m:sup` …), empty where it is absent."""
    found = el.find(f"{_M}{key}")
    return math_text(found) if found is not None else ""


def _group(text: str) -> str:
    """A script or radicand as one operand: in brackets unless it is a single character or a plain number."""
    return text if len(text) <= 1 or text.replace(".", "").isdigit() else f"({text})"


def _alternate_text(content: Any) -> str:
    """The characters a run's alternate content shows, as Word picks its branch. Word 2016 writes a character
    inserted from a symbol face (① ★ ☎ in Segoe UI Symbol or Emoji) as a `w16se:symEx` choice naming its code
    point, the character itself in a `w:t` of the fallback: the choice's character, else the fallback's text.
    A choice holding a drawing shows no characters of its own (its text boxes are read as boxes)."""
    choice = content.find(f"{{{MC}}}Choice")
    if choice is not None:
        for el in choice.iter(f"{_SYMEX}symEx"):
            # (its face as a w:sym's: a symbol face's private-use code is its character, Wingdings F0FC ✓;
            # a control code is none: diffread-B B10, where the code alone gave a private-use character)
            shown = symbol_text(el.get(f"{_SYMEX}font"), el.get(f"{_SYMEX}char"))
            if shown:
                return shown
        if next(choice.iter(w("drawing"), w("pict")), None) is not None:
            return ""
    fallback = content.find(f"{{{MC}}}Fallback")
    if fallback is None or next(fallback.iter(w("txbxContent")), None) is not None:
        return ""
    return "".join(t.text or "" for t in fallback.iter(w("t")))


def _mark_deleted(ppr: Any) -> bool:
    """The paragraph's mark is a tracked deletion (w:pPr/w:rPr/w:del): accepted, as deletions are read, the
    paragraph joins the next."""
    rpr = ppr.find(w("rPr"))
    return rpr is not None and rpr.find(w("del")) is not None


_OLE = "urn:schemas-microsoft-com:office:office"


def embedded_kinds(obj: Any) -> list[str]:
    """The ProgIDs of the OLE objects a w:object holds (`o:OLEObject`, embedded or linked; an ActiveX control,
    `w:control`, is a form's widget and no content), `OLE` where one names none."""
    return [ole.get("ProgID") or "OLE" for ole in obj.iter(f"{{{_OLE}}}OLEObject")]


def rebound_warning(pairs: list[tuple[str, str]]) -> tuple[str, str]:
    """The `text-repaired` note for bound controls whose own words the data store's values replaced (as Word shows
    them): how many, and the first pair."""
    own, value = (quoted(x) for x in pairs[0])
    return (
        "text-repaired",
        f"bound-controls: {len(pairs)} 处内容控件按数据存储显示，替换了控件中的文字（首处「{own}」→「{value}」）"
        f" (content controls bound to the data store show its values over the words they held)",
    )


def objects_warning(kinds: list[str]) -> tuple[str, str]:
    """The one `pages-without-text` warning for the OLE objects of a document, each kind with its count: their
    content (a workbook's cells, a drawing's words) shows only as the picture Word keeps of it, and is not read."""
    counted = "、".join(
        f"{kind}×{kinds.count(kind)}" if kinds.count(kind) > 1 else kind for kind in dict.fromkeys(kinds)
    )
    return (
        "pages-without-text",
        f"嵌入的对象未读取：{counted} (OLE objects not read: only their picture shows what they hold)",
    )


def _drop_cap(ppr: Any) -> bool:
    """The paragraph is a drop cap's frame (w:framePr w:dropCap "drop" or "margin"; "none" is an ordinary frame)."""
    frame = ppr.find(w("framePr"))
    return frame is not None and frame.get(w("dropCap")) in ("drop", "margin")


def _mark_hidden(ppr: Any) -> bool:
    """The paragraph's mark is hidden (w:pPr/w:rPr/w:specVanish, or w:vanish on): Word shows no break there."""
    rpr = ppr.find(w("rPr"))
    return rpr is not None and (rpr.find(w("specVanish")) is not None or bool(on(rpr, "vanish")))


def _cells(tr: Any) -> Iterator[Any]:
    """A row's cells in order, also those a form wraps in a cell-level content control (w:sdt) or custom
    XML; a control still showing its prompt is an empty cell (None); a cell going on a legacy horizontal
    merge is none of its own (`_merged_on`)."""
    for child in tr:
        tag = child.tag
        if tag == w("tc"):
            if not _merged_on(child):
                yield child
        elif tag == w("sdt"):
            content = child.find(w("sdtContent"))
            if _placeholder(child):
                yield from (None for c in content if c.tag == w("tc")) if content is not None else ()
            elif content is not None:
                yield from _cells(content)
        elif tag == w("customXml"):
            yield from _cells(child)


def _merged_on(tc: Any) -> bool:
    """The cell goes on a legacy horizontal merge (w:hMerge not `restart`, as Word 97 files keep one): it is
    part of the cell before, as a cell spanning columns by w:gridSpan is one cell."""
    props = tc.find(w("tcPr"))
    merge = props.find(w("hMerge")) if props is not None else None
    return merge is not None and merge.get(w("val"), "continue") != "restart"


def form_box(fld_char: Any) -> str | None:
    """The box Word draws for a legacy check box field (FORMCHECKBOX: w:ffData/w:checkBox), ☒ ticked, ☐ not;
    None for any other field. The field holds no text and no result, so without this the row of boxes
    (答复类别：☒A类 ☐B类 ☐C类) would read as its options alone and which one was ticked would be lost."""
    data = fld_char.find(w("ffData"))
    box = data.find(w("checkBox")) if data is not None else None
    if box is None:
        return None
    state = box.find(w("checked"))
    if state is None:
        state = box.find(w("default"))
    ticked = state is not None and state.get(w("val"), "1") not in ("0", "false", "off")
    return "☒" if ticked else "☐"


def _bound_run(sdt: Any, content: Any, value: str) -> Any:
    """A run showing a bound control's value in the control's face: its own run properties (`w:sdtPr/w:rPr`),
    else its content's first run's, the prompt's placeholder style left out; a line break for each newline."""
    from lxml import etree

    props = sdt.find(w("sdtPr"))
    face = props.find(w("rPr")) if props is not None else None
    if face is None and content is not None:
        face = next(iter(content.iter(w("rPr"))), None)
    r = etree.Element(w("r"))
    if face is not None:
        rpr = copy.deepcopy(face)
        for style in rpr.findall(w("rStyle")):
            rpr.remove(style)
        r.append(rpr)
    for k, line in enumerate(value.split("\n")):
        if k:
            etree.SubElement(r, w("br"))
        etree.SubElement(r, w("t")).text = line
    return r


def _bound_paragraph(sdt: Any, shown: Any, value: str) -> Any:
    """The paragraph a paragraph-level bound control shows: its own paragraph properties, the value as its text."""
    from lxml import etree

    p = etree.Element(w("p"))
    ppr = shown.find(w("pPr"))
    if ppr is not None:
        p.append(copy.deepcopy(ppr))
    p.append(_bound_run(sdt, shown, value))
    return p


def _placeholder(sdt: Any) -> bool:
    """A content control left unfilled, showing its prompt (单击或点击此处输入文字。): no text of the document."""
    props = sdt.find(w("sdtPr"))
    return props is not None and props.find(w("showingPlcHdr")) is not None


def _filled(row: list[str]) -> int:
    """How many of a row's cells hold text: an empty cell only pushes the others into place."""
    return sum(1 for c in row if c.strip())


def _outermost_box(content: Any, el: Any) -> bool:
    """No text box holds `content` (a w:txbxContent) below `el`, the drawing being read: a box inside a box is
    read by the paragraph of the outer box holding its drawing, when that paragraph is read; taken here too, it
    was read once more at each level of nesting (2 ** depth times; review26 R4)."""
    tag = w("txbxContent")
    parent = content.getparent()
    while parent is not None and parent is not el:
        if parent.tag == tag:
            return False
        parent = parent.getparent()
    return True


def _nearest(el: Any, tag: str) -> Any:
    parent = el.getparent()
    while parent is not None and parent.tag != tag:
        parent = parent.getparent()
    return parent


def _red_ink(rpr: Any) -> bool:
    """The run's colour (w:color, hexadecimal RGB) is red, as a 红头's organ is set: the evidence a PDF's
    red fill gives (readers.page_lines.is_red, the same bounds)."""
    color = rpr.find(w("color"))
    value = color.get(w("val")) if color is not None else None
    if not value or len(value) != 6:
        return False
    try:
        r, g, b = (int(value[k : k + 2], 16) / 255 for k in (0, 2, 4))
    except ValueError:
        return False
    return r > 0.6 and g < 0.35 and b < 0.35


_PAINTED_UNDER = frozenset(["tc", "tbl", "p", "txbxContent", "pict", "drawing", "textbox"])  # shading may lie
_WHITE_HEX = frozenset(["FFFFFF", "FFF"])
_PROPERTIES = {"tc": "tcPr", "tbl": "tblPr", "p": "pPr"}
_STYLE_OF = {"tbl": "tblStyle", "p": "pStyle"}
_SHAPES = (
    ".//{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}anchor",
    ".//{urn:schemas-microsoft-com:vml}rect",
    ".//{urn:schemas-microsoft-com:vml}shape",
    ".//{urn:schemas-microsoft-com:vml}roundrect",
)


def white_on_white(r: Any, rpr: Any, shapes: dict[int, bool], styles: dict[str, Any]) -> bool:
    """Whether a run is set in white ink (`w:color` FFFFFF) on white paper: no highlight or shading of its own or
    its character style's, in no paragraph, table cell or table shaded by its properties or its style (REVIEW29
    R7: a table shaded red by its `w:tblPr/w:shd` shows white words), in no text box or shape (whose fill is not
    read), in the document's body (a header's 版头 may stand white on a band its header draws), on a body that
    draws no floating shape (one may lie under any line) and has no page colour (`w:background`). Word shows it
    as nothing (an OA template's code, a tracking mark); white on a shaded band is a 版头, and read. `shapes`
    keeps, by the root's id, whether a part draws shapes, asked once a part; `styles` are the styles' elements."""
    color = rpr.find(w("color"))
    value = (color.get(w("val")) or "").upper() if color is not None else ""
    if value not in _WHITE_HEX:
        return False
    if rpr.find(w("highlight")) is not None or _shaded(rpr) or _style_shades(styles, _val_of(rpr, "rStyle")):
        return False
    for parent in r.iterancestors():
        name = parent.tag.rpartition("}")[2] if isinstance(parent.tag, str) else ""
        if name in _PAINTED_UNDER:
            if name not in _PROPERTIES:
                return False  # a text box or shape: its fill may be any colour
            props = parent.find(w(_PROPERTIES[name]))
            if props is not None and (_shaded(props) or _style_shades(styles, _val_of(props, _STYLE_OF.get(name)))):
                return False
        elif name == "document":
            if parent.find(w("background")) is not None:
                return False
            if id(parent) not in shapes:
                shapes[id(parent)] = any(parent.find(path) is not None for path in _SHAPES)
            return not shapes[id(parent)]
    return False  # a header's, a footer's or a note's run: its part may draw a band under it


def _val_of(props: Any, tag: str | None) -> str | None:
    """The `w:val` of a properties element's child `tag` (a style's id), or None."""
    found = props.find(w(tag)) if tag else None
    return found.get(w("val")) if found is not None else None


def _style_shades(styles: dict[str, Any], style_id: str | None) -> bool:
    """Whether a style, or one it is based on, shades what it styles in a colour (any `w:shd` under it: its
    paragraph's, run's, table's or cells' properties, a table style's conditional parts too)."""
    for _ in range(16):  # a chain of `basedOn` that names itself ends
        style = styles.get(style_id or "")
        if style is None:
            return False
        if any(_paints(shd) for shd in style.iter(w("shd"))):
            return True
        based = style.find(w("basedOn"))
        style_id = based.get(w("val")) if based is not None else None
    return False


def _shaded(props: Any) -> bool:
    """Whether properties shade their run, paragraph, cell or table in a colour (`w:shd` filled, neither auto
    nor white)."""
    shd = props.find(w("shd"))
    return shd is not None and _paints(shd)


def _paints(shd: Any) -> bool:
    """Whether a `w:shd` paints a colour: its fill, or a solid pattern's colour, neither auto nor white."""
    fill = (shd.get(w("fill")) or "").upper()
    if (shd.get(w("val")) or "") == "solid":  # a solid pattern paints its pattern colour
        fill = (shd.get(w("color")) or "").upper()
    return bool(fill) and fill not in ("AUTO", "FFFFFF")


def _outermost_runs(el: Any) -> Iterator[Any]:
    """The runs under `el` that no other run under it holds (a ruby's base, maybe wrapped in a smart tag or a
    content control): each run reads its own nested ruby, so a base whose every run was walked read a ruby in
    its base again at each level (2**depth times, each inner reading as text; review27 R4)."""
    for child in el:
        if child.tag == w("r"):
            yield child
        else:
            yield from _outermost_runs(child)
