"""Word documents (.docx) as a reader sees them, automatic numbering included.

The package is read with zipfile and lxml (entities never resolved, no DTD, no network),
after checking its declared sizes against a limit, so a zip bomb is refused before anything
is inflated. The body is walked in order: paragraphs, tables, content controls, text boxes
(at their anchor), hyperlinks, simple and complex fields (their shown result), insertions
kept, deletions and hidden text left out. Word's automatic numbers (一、 （一） 1.) are
restored from numbering.xml, and formatting travels with each block as evidence: bold runs,
centring, style name, outline level, East Asian font and size.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from govdoc.errors import CorruptFileError, EncryptedError, TooLargeError, UnsupportedFormatError
from govdoc.readers.builder import LineBuilder
from govdoc.readers.numbering import Numbering
from govdoc.state import Block, Hints

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OFF = {"0", "false", "off", "none"}
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
_SKIPPED_IN_P = {w("del"), w("moveFrom"), w("pPr"), w("proofErr"), w("bookmarkStart"), w("bookmarkEnd")}


def _parser() -> Any:
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def _on(el: Any, tag: str) -> bool | None:
    """A toggle property (w:b, w:vanish) on a properties element: True, False, or None if absent."""
    if el is None:
        return None
    prop = el.find(w(tag))
    if prop is None:
        return None
    return prop.get(w("val"), "true").lower() not in _OFF


@dataclass(slots=True)
class _Style:
    name: str = ""
    based_on: str | None = None
    bold: bool | None = None
    vanish: bool | None = None
    font: str | None = None
    size: float | None = None
    centered: bool | None = None
    outline: int | None = None
    num_id: str | None = None
    ilvl: int | None = None


class _Styles:
    """styles.xml, each style resolved only when a paragraph or run uses it (templates define hundreds)."""

    def __init__(self, root: Any) -> None:
        self.elements: dict[str, Any] = {}
        self.resolved: dict[str, _Style] = {}
        self.default_paragraph: str | None = None
        if root is None:
            return
        for el in root.iterchildren(w("style")):
            style_id = el.get(w("styleId"))
            if style_id:
                self.elements[style_id] = el
                if el.get(w("type")) == "paragraph" and el.get(w("default")) in ("1", "true"):
                    self.default_paragraph = style_id

    @property
    def by_id(self) -> _StylesView:
        return _StylesView(self)

    def style(self, style_id: str) -> _Style | None:
        if style_id in self.resolved:
            return self.resolved[style_id]
        el = self.elements.get(style_id)
        if el is None:
            return None
        style = _read_style(el)
        self.resolved[style_id] = style
        return style

    def chain(self, style_id: str | None) -> Iterator[_Style]:
        seen: set[str] = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            style = self.style(style_id)
            if style is None:
                return
            yield style
            style_id = style.based_on

    def get(self, style_id: str | None, attr: str) -> Any:
        for style in self.chain(style_id or self.default_paragraph):
            value = getattr(style, attr)
            if value is not None:
                return value
        return None


class _StylesView(Mapping[str, _Style]):
    """Read-only access by style id, as the numbering's style links need it."""

    def __init__(self, styles: _Styles) -> None:
        self._styles = styles

    def __getitem__(self, style_id: str) -> _Style:
        style = self._styles.style(style_id)
        if style is None:
            raise KeyError(style_id)
        return style

    def __iter__(self) -> Iterator[str]:
        return iter(self._styles.elements)

    def __len__(self) -> int:
        return len(self._styles.elements)


def _read_style(el: Any) -> _Style:
    style = _Style()
    name = el.find(w("name"))
    style.name = name.get(w("val"), "") if name is not None else ""
    based = el.find(w("basedOn"))
    style.based_on = based.get(w("val")) if based is not None else None
    rpr = el.find(w("rPr"))
    ppr = el.find(w("pPr"))
    style.bold = _on(rpr, "b")
    style.vanish = _on(rpr, "vanish")
    style.font, style.size = _font_and_size(rpr)
    if ppr is not None:
        jc = ppr.find(w("jc"))
        if jc is not None:
            style.centered = jc.get(w("val")) == "center"
        outline = ppr.find(w("outlineLvl"))
        if outline is not None and (outline.get(w("val")) or "").isdigit():
            style.outline = int(outline.get(w("val")))
        num = ppr.find(w("numPr"))
        if num is not None:
            num_id = num.find(w("numId"))
            ilvl = num.find(w("ilvl"))
            style.num_id = num_id.get(w("val")) if num_id is not None else None
            style.ilvl = int(ilvl.get(w("val"))) if ilvl is not None and (ilvl.get(w("val")) or "").isdigit() else None
    return style


def _font_and_size(rpr: Any) -> tuple[str | None, float | None]:
    if rpr is None:
        return None, None
    font = None
    fonts = rpr.find(w("rFonts"))
    if fonts is not None:
        font = fonts.get(w("eastAsia")) or fonts.get(w("ascii"))
    size = None
    sz = rpr.find(w("sz"))
    if sz is not None and (sz.get(w("val")) or "").isdigit():
        size = int(sz.get(w("val"))) / 2
    return font, size


class _Package:
    """The zip, its parts and relationships, read safely."""

    def __init__(self, data: bytes, path: str | None, max_unzipped: int) -> None:
        if data.startswith(_CFB_MAGIC):
            if "EncryptedPackage".encode("utf-16-le") in data:
                raise EncryptedError("the document is protected by a password", path=path)
            raise UnsupportedFormatError(
                "a legacy Word (.doc/.wps) file: install LibreOffice (soffice) to read it", path=path
            )
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
        except Exception as exc:  # zipfile meets damage with many exception types (struct, version, zlib …)
            raise CorruptFileError("not a .docx package (not a zip archive)", path=path) from exc
        infos = self.zip.infolist()
        declared = sum(max(0, i.file_size) for i in infos)
        if declared > max_unzipped:
            raise TooLargeError(f"unzipped size {declared} bytes is over the limit of {max_unzipped}", path=path)
        self.names = {i.filename for i in infos}
        self.path = path
        self.parser = _parser()
        main = self._main_part()
        if main is None:
            raise CorruptFileError("the package has no word/document.xml", path=path)
        self.main = main
        folder = main.rsplit("/", 1)[0]
        self.rels = self._rels(main)
        self.folder = folder

    def _main_part(self) -> str | None:
        if "word/document.xml" in self.names:
            return "word/document.xml"
        root = self.xml("_rels/.rels")
        if root is not None:
            for rel in root.iter(f"{{{PKG_REL}}}Relationship"):
                if rel.get("Type", "").endswith("/officeDocument"):
                    target = str(rel.get("Target", "")).lstrip("/")
                    if target in self.names:
                        return target
        return None

    def xml(self, name: str) -> Any:
        if name not in self.names:
            return None
        from lxml import etree

        try:
            raw = self.zip.read(name)
        except Exception as exc:  # a damaged member: bad CRC, truncated or unknown compression, zlib errors
            raise CorruptFileError(f"{name} cannot be unpacked: {exc}", path=self.path) from exc
        try:
            return etree.fromstring(raw, self.parser)
        except (etree.XMLSyntaxError, ValueError) as exc:
            raise CorruptFileError(f"{name} is damaged: {exc}", path=self.path) from exc

    def _rels(self, part: str) -> dict[str, tuple[str, str]]:
        folder, _, base = part.rpartition("/")
        root = self.xml(f"{folder}/_rels/{base}.rels")
        rels: dict[str, tuple[str, str]] = {}
        if root is None:
            return rels
        for rel in root.iter(f"{{{PKG_REL}}}Relationship"):
            target = rel.get("Target", "")
            if rel.get("TargetMode") == "External":
                continue
            full = target.lstrip("/") if target.startswith("/") else f"{folder}/{target}"
            rels[rel.get("Id", "")] = (rel.get("Type", "").rsplit("/", 1)[-1], _normpath(full))
        return rels

    def part_of_type(self, kind: str) -> str | None:
        return next((target for k, target in self.rels.values() if k == kind), None)


def _normpath(path: str) -> str:
    parts: list[str] = []
    for piece in path.split("/"):
        if piece == "..":
            if parts:
                parts.pop()
        elif piece and piece != ".":
            parts.append(piece)
    return "/".join(parts)


@dataclass(slots=True)
class _Run(LineBuilder):
    """One block being collected from a paragraph, with the face of its first visible text."""

    font: str | None = None
    size: float | None = None

    def add_run(self, text: str, bold: bool, font: str | None, size: float | None) -> None:
        if self.font is None and text.strip():
            self.font, self.size = font, size
        self.add(text, bold)


class _Walker:
    def __init__(self, styles: _Styles, numbering: Numbering) -> None:
        self.styles = styles
        self.numbering = numbering
        self.blocks: list[Block] = []
        self.tables = 0

    # --- paragraphs ----------------------------------------------------------------------
    def paragraph(self, p: Any, *, into: list[Block] | None = None) -> None:
        out = self.blocks if into is None else into
        ppr = p.find(w("pPr"))
        style_id = None
        centered = None
        outline = None
        num_id = ilvl = None
        if ppr is not None:
            ps = ppr.find(w("pStyle"))
            style_id = ps.get(w("val")) if ps is not None else None
            jc = ppr.find(w("jc"))
            centered = jc.get(w("val")) == "center" if jc is not None else None
            ol = ppr.find(w("outlineLvl"))
            if ol is not None and (ol.get(w("val")) or "").isdigit():
                outline = int(ol.get(w("val")))
            num = ppr.find(w("numPr"))
            if num is not None:
                nid, lvl = num.find(w("numId")), num.find(w("ilvl"))
                num_id = nid.get(w("val")) if nid is not None else None
                ilvl = int(lvl.get(w("val"))) if lvl is not None and (lvl.get(w("val")) or "").isdigit() else None
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
        lines: list[_Run] = [_Run()]
        label = self.numbering.label(num_id, ilvl or 0, style_id) if num_id not in (None, "0") else None
        if label:
            lines[0].add(label)
        self._inline(p, style_id, lines, boxes, False)
        out.extend(boxes)  # text boxes stand where they are anchored: before the paragraph's text
        hints = Hints(centered=bool(centered), style=style_name, outline_level=outline)
        for line in lines:
            stripped, bold = line.stripped()
            if not stripped:
                continue
            line_hints = Hints(
                centered=hints.centered,
                font=line.font,
                size=line.size,
                style=hints.style,
                outline_level=hints.outline_level,
                paragraph_end=True,
            )
            out.append(Block(stripped, bold=bold, hints=line_hints))

    def _inline(
        self, parent: Any, style_id: str | None, lines: list[_Run], boxes: list[Block], field_code: bool
    ) -> bool:
        """Walk a paragraph's content; returns whether a complex field is still showing its code."""
        for child in parent:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIPPED_IN_P:
                continue
            if tag == w("r"):
                field_code = self._run(child, style_id, lines, boxes, field_code)
            elif tag in _CONTAINERS_IN_P:
                field_code = self._inline(child, style_id, lines, boxes, field_code)
            elif tag == w("sdt"):
                content = child.find(w("sdtContent"))
                if content is not None:
                    field_code = self._inline(content, style_id, lines, boxes, field_code)
            elif tag == f"{{{MC}}}AlternateContent":
                choice = child.find(f"{{{MC}}}Choice")
                if choice is not None:
                    field_code = self._inline(choice, style_id, lines, boxes, field_code)
        return field_code

    def _run(self, r: Any, style_id: str | None, lines: list[_Run], boxes: list[Block], field_code: bool) -> bool:
        rpr = r.find(w("rPr"))
        run_style = None
        if rpr is not None:
            rs = rpr.find(w("rStyle"))
            run_style = rs.get(w("val")) if rs is not None else None
        hidden = _on(rpr, "vanish")
        if hidden is None:
            hidden = self.styles.get(run_style, "vanish") if run_style else self.styles.get(style_id, "vanish")
        bold = _on(rpr, "b")
        if bold is None:
            bold = (self.styles.get(run_style, "bold") if run_style else None) or self.styles.get(style_id, "bold")
        font, size = _font_and_size(rpr)
        font = font or (self.styles.get(run_style, "font") if run_style else None) or self.styles.get(style_id, "font")
        size = size or (self.styles.get(run_style, "size") if run_style else None) or self.styles.get(style_id, "size")
        for child in r:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if tag == w("fldChar"):
                kind = child.get(w("fldCharType"))
                if kind == "begin":
                    field_code = True
                elif kind in ("separate", "end"):
                    field_code = False
                continue
            if tag in _SKIP_IN_RUN or field_code or hidden:
                if tag in (w("drawing"), w("pict"), f"{{{MC}}}AlternateContent") and not hidden:
                    self._boxes(child, boxes)
                continue
            if tag == w("t"):
                lines[-1].add_run(child.text or "", bool(bold), font, size)
            elif tag == w("tab") or tag == w("ptab"):
                lines[-1].add_run("\t", False, font, size)
            elif tag in (w("br"), w("cr")):
                lines.append(_Run())
            elif tag == w("noBreakHyphen"):
                lines[-1].add_run("-", bool(bold), font, size)
            elif tag in (w("drawing"), w("pict"), f"{{{MC}}}AlternateContent"):
                self._boxes(child, boxes)
        return field_code

    def _boxes(self, el: Any, boxes: list[Block]) -> None:
        """Paragraphs of text boxes (w:txbxContent) under a drawing, once (mc:Fallback copies skipped)."""
        for content in el.iter(w("txbxContent")):
            if any(a.tag == f"{{{MC}}}Fallback" for a in content.iterancestors()):
                continue
            for p in content.iter(w("p")):
                self.paragraph(p, into=boxes)

    # --- body ----------------------------------------------------------------------------
    def body(self, body: Any) -> None:
        for child in body:
            tag = child.tag
            if tag == w("p"):
                self.paragraph(child)
            elif tag == w("tbl"):
                self.table(child)
            elif tag == w("sdt"):
                content = child.find(w("sdtContent"))
                if content is not None:
                    self.body(content)
            elif tag in (w("customXml"), w("ins"), f"{{{MC}}}AlternateContent"):
                self.body(child)

    def table(self, tbl: Any) -> None:
        rows: list[list[str]] = []
        cell_blocks: list[list[list[Block]]] = []
        for tr in tbl.iter(w("tr")):
            if _nearest(tr, w("tbl")) is not tbl:
                continue
            cells: list[str] = []
            blocks_of_row: list[list[Block]] = []
            for tc in tr:
                if tc.tag != w("tc"):
                    continue
                inner: list[Block] = []
                saved, self.blocks = self.blocks, inner
                self.body(tc)
                self.blocks = saved
                cells.append("".join(b.text for b in inner))
                blocks_of_row.append(inner)
            rows.append(cells)
            cell_blocks.append(blocks_of_row)
        multi = [r for r in rows if len(r) >= 2]
        if not multi or len(multi) * 2 < len(rows):
            for row_blocks in cell_blocks:  # a layout table: its cells are ordinary text
                for cell in row_blocks:
                    self.blocks.extend(cell)
            return
        self.tables += 1
        for row in rows:
            if any(c.strip() for c in row):
                self.blocks.append(Block("\t".join(row), cells=tuple(row), table=self.tables))


def _nearest(el: Any, tag: str) -> Any:
    parent = el.getparent()
    while parent is not None and parent.tag != tag:
        parent = parent.getparent()
    return parent


def _header_blocks(pkg: _Package, walker: _Walker) -> list[Block]:
    """Lines standing only in page headers (a 红头 organ or doc number); page numbers are dropped later."""
    out: list[Block] = []
    seen: set[str] = set()
    for kind, target in pkg.rels.values():
        if kind != "header" or target in seen:
            continue
        seen.add(target)
        root = pkg.xml(target)
        if root is None:
            continue
        blocks: list[Block] = []
        saved, walker.blocks = walker.blocks, blocks
        walker.body(root)
        walker.blocks = saved
        out.extend(blocks)
    return out


def docx_blocks(data: bytes, *, path: str | None, max_unzipped: int) -> list[Block]:
    pkg = _Package(data, path, max_unzipped)
    document = pkg.xml(pkg.main)
    body = document.find(w("body")) if document is not None else None
    if body is None:
        raise CorruptFileError("word/document.xml has no body", path=path)
    styles_part = pkg.part_of_type("styles")
    numbering_part = pkg.part_of_type("numbering")
    styles = _Styles(pkg.xml(styles_part) if styles_part else None)
    numbering = Numbering(pkg.xml(numbering_part) if numbering_part else None, styles.by_id)
    walker = _Walker(styles, numbering)
    walker.body(body)
    headers = _header_fields(_header_blocks(pkg, walker), walker.blocks)
    return headers + walker.blocks


def _header_fields(header: list[Block], body: list[Block]) -> list[Block]:
    """From page headers keep only what the body lacks: a 发文字号 or a 发文机关标志 (…文件).

    Running heads and page numbers are furniture; they never become text.
    """
    from govdoc.patterns import DOC_NO, ISSUER_MARK

    in_body = "\n".join(b.folded for b in body)
    kept: list[Block] = []
    for b in header:
        f = b.folded
        if (DOC_NO.search(f) or ISSUER_MARK.match(f)) and f not in in_body:
            kept.append(b)
    return kept
