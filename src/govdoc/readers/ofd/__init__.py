"""OFD (GB/T 33190-2016, 版式文档), the national fixed-layout format of electronic 公文.

One module per job: `package` opens the zip safely and resolves package paths, `content`
turns a page's text objects into glyphs with boxes; this module walks the document
(`OFD.xml` → `DocBody/DocRoot` → `Document.xml` → `Pages/Page@BaseLoc` in order, each page's
layers, fonts and colour spaces from `PublicRes`/`DocumentRes`/`PageRes`) and hands the pages
to the shared page geometry, so an OFD is laid out exactly as the same document printed to PDF:
lines by baseline, paragraphs by indent and margin, page numbers and running heads left out,
font, size, bold (`Weight`), centring and red fill kept. What a page's template pages draw is
handed on apart (`Page.template`): a form's labels sharing lines with the page's own text, or
the pages' common layout (a running head, a page number), which the geometry sets apart, as it
does a template's turned text (a watermark, `Page.stamps`).

Electronic seals (`Signatures`) are noted in a warning and never verified; annotations,
attachments, custom tags, vector graphics and multimedia are not read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from govdoc.blocks import Block
from govdoc.errors import CorruptFileError, NoTextLayerError
from govdoc.limits import DEFAULT_LIMITS
from govdoc.readers.geometry import PT_PER_MM, Glyph, Page, layout_pages
from govdoc.readers.ocr_pages import no_text_message
from govdoc.readers.ofd.content import Composite, Font, PageText, Resources, numbers, over_images, page_text
from govdoc.readers.ofd.package import Package, child, children, folder, local, member_name, text_of
from govdoc.readers.ofd.scans import Scan, recognise_scans, scan_of
from govdoc.readers.off_page import off_page_warning

__all__ = ["OfdReading", "ofd_blocks"]

A4 = (210.0, 297.0)
MAX_TEMPLATE_DEPTH = 4


@dataclass(slots=True)
class OfdReading:
    """What the OFD reader hands on: the blocks, the page count (`source.pages`) and the warnings met while
    reading (seals, several documents, OCR).
    """

    blocks: list[Block]
    pages: int
    warnings: list[tuple[str, str]] = field(default_factory=list)


@dataclass(slots=True)
class _Document:
    """What Document.xml says about every page: default size, templates, resources."""

    name: str
    size: tuple[float, float] = A4
    shown: tuple[float, float, float, float] | None = None  # the pages' ApplicationBox (x, y, width, height), mm
    templates: dict[str, str] = field(default_factory=dict)  # TemplatePage ID → member
    res: Resources = field(default_factory=Resources)
    parsed: dict[str, Any] = field(default_factory=dict)  # template pages, read once however many pages use them


def ofd_blocks(
    data: bytes,
    *,
    path: str | None,
    max_unzipped: int,
    max_members: int = DEFAULT_LIMITS.package_members,
    max_drawn: int = DEFAULT_LIMITS.composite_draws,
    ocr: str = "auto",
) -> OfdReading:
    """The blocks of an OFD file's first document, its page count and warnings."""
    pkg = Package(data, path, max_unzipped, max_members)
    root = pkg.xml(pkg.find("OFD.xml"))
    body = child(root, "DocBody") if root is not None else None
    doc_root = pkg.resolve(text_of(body, "DocRoot")) if body is not None else None
    if body is None or doc_root is None:
        raise CorruptFileError("OFD.xml names no document (DocBody/DocRoot)", path=path)
    document = pkg.xml(doc_root)
    if document is None:
        raise CorruptFileError(f"{doc_root} is missing", path=path)
    if local(document).lower() != "document":  # DocRoot naming OFD.xml, a page, a resource …
        raise CorruptFileError(f"{doc_root} is not an OFD document (its root is <{local(document)}>)", path=path)
    doc = _document(pkg, doc_root, document)
    warnings: list[tuple[str, str]] = []
    if len(list(children(root, "DocBody"))) > 1:
        warnings.append(
            ("layout-unusual", "OFD 包含多个文档，只读取第一个 (only the first of several documents is read)")
        )
    pages: list[Page] = []
    scans: list[Scan] = []
    vertical: list[int] = []
    page_list = child(document, "Pages")
    damaged: list[CorruptFileError] = []
    for number, entry in enumerate(children(page_list, "Page") if page_list is not None else [], start=1):
        try:
            page, text = _page(pkg, doc, entry, number, max_drawn)
        except CorruptFileError as exc:
            # one page's content damaged (cut off mid-element, a bad checksum): the others are read, and the page
            # is named among the pages without text, as one whose content member is missing is; a package
            # damaged in every page is a damaged file
            damaged.append(exc)
            page, text = Page(number, doc.size[0] * PT_PER_MM, doc.size[1] * PT_PER_MM), PageText()
        pages.append(page)
        scan = scan_of(number, text) if not page.glyphs else None
        if scan is not None:
            scans.append(scan)
        if text.vertical or text.turned:
            vertical.append(number)
    if vertical:
        listed = ", ".join(map(str, vertical))
        warnings.append(
            ("layout-unusual", f"竖排或旋转文字按列读取 (vertical or rotated text read by column: {listed})")
        )
    if damaged and len(damaged) == len(pages):
        raise damaged[0]
    found, tried = recognise_scans(pkg, scans, pages, mode=ocr)
    if pages and scans and all(not p.glyphs for p in pages):
        message = no_text_message(ocr, tried=tried)
        raise NoTextLayerError(f"the OFD's pages are images only (a scan): {message}", path=path)
    warnings += found
    off_page = off_page_warning([(page.number, text) for page in pages for text in page.off_page])
    if off_page is not None:
        warnings.append(off_page)
    blocks, layout_warnings = layout_pages(pages, path=path)
    return OfdReading(blocks, len(pages), warnings + layout_warnings + _seal_warnings(pkg, body, doc_root))


def _document(pkg: Package, name: str, document: Any) -> _Document:
    doc = _Document(name)
    here = folder(name)
    common = child(document, "CommonData")
    if common is None:
        return doc
    doc.size = _page_size(child(common, "PageArea")) or A4
    doc.shown = _application_box(child(common, "PageArea"))
    for tag in ("PublicRes", "DocumentRes"):
        for entry in children(common, tag):
            _resources(pkg, pkg.resolve((entry.text or "").strip(), here), doc.res)
    for template in children(common, "TemplatePage"):
        member = pkg.resolve(template.get("BaseLoc"), here)
        if member is not None:
            doc.templates[template.get("ID") or ""] = member
    return doc


def _resources(pkg: Package, member: str | None, res: Resources) -> None:
    """Fonts, colour spaces, drawing parameters and images of one resource file, added to `res`."""
    root = pkg.xml(member)
    if root is None or member is None:
        return
    base = folder(member)
    location = (root.get("BaseLoc") or "").replace("\\", "/")
    if location:  # where the resource files (fonts, images) of this resource file stand
        base = member_name(location if location.startswith("/") else f"{base}/{location}")
    for group in root:
        kind = local(group)
        for item in group:
            ident = item.get("ID") or ""
            if kind == "Fonts":
                name = item.get("FontName") or item.get("FamilyName") or ""
                res.fonts[ident] = Font(name, (item.get("Bold") or "").lower() == "true")
            elif kind == "ColorSpaces":
                res.color_spaces[ident] = item.get("Type") or "RGB"
            elif kind == "DrawParams":
                res.draw_params[ident] = (child(item, "FillColor"), item.get("Relative") or "")
            elif kind == "MultiMedias":
                media = pkg.resolve(text_of(item, "MediaFile"), base)
                if media is not None:
                    res.images[ident] = media
            elif kind == "CompositeGraphicUnits":
                content = child(item, "Content")
                if content is not None:
                    res.composites[ident] = Composite(content, numbers(item.get("Width")), numbers(item.get("Height")))


def _page_size(area: Any) -> tuple[float, float] | None:
    box = numbers(text_of(area, "PhysicalBox")) if area is not None else []
    if len(box) == 4 and box[2] > 0 and box[3] > 0:
        return box[2], box[3]
    return None


def _application_box(area: Any) -> tuple[float, float, float, float] | None:
    """An area's ApplicationBox (GB/T 33190 7.5: the part of the physical page shown and printed), in mm."""
    box = numbers(text_of(area, "ApplicationBox")) if area is not None else []
    return (box[0], box[1], box[2], box[3]) if len(box) == 4 and box[2] > 0 and box[3] > 0 else None


_SHOWN_SHARE = 0.75  # an ApplicationBox leaving out more than a quarter of a page's characters is no sheet's edge
_ON_PAGE_SHARE = 0.5  # a physical page leaving out half its characters is no page's edge: text drawn off by error


def _within_shown(
    text: PageText, drawn: PageText, box: tuple[float, float, float, float], keeps: float = _SHOWN_SHARE
) -> str:
    """Leave out what stands outside the page's ApplicationBox (a bleed's crop marks and a print shop's slug), or
    its physical page where it gives none (a mark placed left of the page): characters whose middle lies outside
    it, rules wholly outside it. A box that would keep less than `keeps` of the page's characters cuts the text:
    a producer's error, ignored. Returns the characters left out, for the warning that says so (`off_page`)."""
    left, top = box[0] * PT_PER_MM, box[1] * PT_PER_MM
    right, bottom = left + box[2] * PT_PER_MM, top + box[3] * PT_PER_MM

    def inside(g: Glyph) -> bool:
        middle = g.y - g.size / 2
        return left <= (g.x0 + g.x1) / 2 <= right and top <= middle <= bottom

    kept: list[Glyph] = []
    kept_drawn: list[Glyph] = []
    out: list[Glyph] = []
    for glyphs, into in ((text.glyphs, kept), (drawn.glyphs, kept_drawn)):
        for g in glyphs:
            (into if inside(g) else out).append(g)
    left_out = sum(len(g.text) for g in out)
    total = left_out + sum(len(g.text) for g in kept) + sum(len(g.text) for g in kept_drawn)
    if not left_out or left_out > (1 - keeps) * total:
        return ""
    outside = "".join(g.text for g in out)
    text.glyphs, drawn.glyphs = kept, kept_drawn
    text.rules = [
        r
        for r in text.rules
        if not (
            (r.at < top or r.at > bottom or r.hi < left or r.lo > right)
            if r.across
            else (r.at < left or r.at > right or r.hi < top or r.lo > bottom)
        )
    ]
    return outside


def _page(pkg: Package, doc: _Document, entry: Any, number: int, max_drawn: int) -> tuple[Page, PageText]:
    """One page in points: its glyphs from the page's layers and its templates' layers."""
    member = pkg.resolve(entry.get("BaseLoc"), folder(doc.name))
    content = pkg.xml(member)
    if content is None:
        return Page(number, doc.size[0] * PT_PER_MM, doc.size[1] * PT_PER_MM), PageText()
    width, height = _page_size(child(content, "Area")) or doc.size
    res = doc.res
    page_res = list(children(content, "PageRes"))
    if page_res:
        res = res.copied()  # the document's resources and the page's own
        for entry_res in page_res:
            _resources(pkg, pkg.resolve((entry_res.text or "").strip(), folder(member or "")), res)
    text = page_text(_layers(content), res, max_drawn=max_drawn, path=pkg.path)
    drawn = page_text(_template_layers(pkg, doc, content, set()), res, max_drawn=max_drawn, path=pkg.path)
    if text.transparent or drawn.transparent:  # a picture's reading drawn transparent over it is its text
        text.transparent += drawn.transparent
        text.image_boxes += drawn.image_boxes
        text.glyphs += over_images(text)
    area = child(content, "Area")
    shown = _application_box(area) if area is not None else doc.shown
    # without an ApplicationBox the physical page is what is shown: what stands outside it (a downloader's
    # mark placed left of the page) no reader sees
    outside = ""  # (a print's slug beyond the ApplicationBox is the sheet's, cut off by design: not said)
    if shown is not None:
        _within_shown(text, drawn, shown)
    else:  # (a page drawn off its box by a producer's error loses half its characters or more: read whole)
        outside = _within_shown(text, drawn, (0.0, 0.0, width, height), _ON_PAGE_SHARE)
    text.images += drawn.images
    text.vertical += drawn.vertical  # a form's labels set in columns are read as the page's own are
    stamps: list[Glyph] = []
    if text.slanted:  # the page's own letters turned alone at a slant (a seal's ring) are none of its lines
        kept = {id(g) for g in text.glyphs}
        stamps = [g for g in text.slanted if id(g) not in kept]
    if not text.glyphs:  # a page drawn by its template alone: the template is its text
        text.glyphs, drawn.glyphs = drawn.glyphs, []
        text.turned += drawn.turned
    elif drawn.slanted:  # a template's slanted text (a watermark) crosses the page's lines: it is none of them
        slanted = {id(g) for g in drawn.slanted}
        drawn.glyphs = [g for g in drawn.glyphs if id(g) not in slanted]
        text.turned += drawn.turned - sum(len(g.text) > 1 for g in drawn.slanted)  # runs, not lone letters
        stamps += drawn.slanted
    else:
        text.turned += drawn.turned
    page = Page(number, width * PT_PER_MM, height * PT_PER_MM, 0, text.glyphs, drawn.glyphs, stamps, text.rules)
    if outside:
        page.off_page.append(outside)
    return page, text


def _layers(content: Any) -> list[Any]:
    body = child(content, "Content")
    return list(children(body, "Layer")) if body is not None else []


def _template_layers(pkg: Package, doc: _Document, content: Any, seen: set[str]) -> list[Any]:
    """The layers of the template pages a page (or template) is drawn over, templates of templates too."""
    layers: list[Any] = []
    for template in children(content, "Template"):
        member = doc.templates.get(template.get("TemplateID") or "")
        if member is None or member in seen or len(seen) >= MAX_TEMPLATE_DEPTH:
            continue
        seen.add(member)
        if member not in doc.parsed:
            doc.parsed[member] = pkg.xml(member)
        page = doc.parsed[member]
        if page is not None:
            layers += _template_layers(pkg, doc, page, seen) + _layers(page)
    return layers


def _seal_warnings(pkg: Package, body: Any, doc_root: str) -> list[tuple[str, str]]:
    """An electronic seal noted, by its provider's name: never verified, never fatal."""
    listed = pkg.resolve(text_of(body, "Signatures"))
    if listed is None:
        listed = pkg.find(f"{folder(doc_root)}/Signs/Signatures.xml".lstrip("/"))
    root = pkg.xml(listed) if listed is not None else None
    if root is None:
        return []
    providers: list[str] = []
    for signature in children(root, "Signature"):
        providers.append(_provider(pkg, pkg.resolve(signature.get("BaseLoc"), folder(listed or ""))) or "?")
    if not providers:
        return []
    names = "、".join(sorted(set(providers)))
    return [
        (
            "electronic-seal",
            f"文件带有 {len(providers)} 个电子签章，未验证 (signed electronically, not verified; provider: {names})",
        )
    ]


def _provider(pkg: Package, member: str | None) -> str | None:
    """The name of the software that applied a seal (`SignedInfo/Provider@ProviderName`)."""
    try:
        part = pkg.xml(member)
    except CorruptFileError:
        return None  # a damaged seal is still a seal; it is not verified anyway
    info = child(part, "SignedInfo") if part is not None else None
    provider = child(info, "Provider") if info is not None else None
    if provider is None:
        return None
    return provider.get("ProviderName") or text_of(provider, "ProviderName")
