"""A readable outline of a Document for a person at a terminal (`govdoc parse --format text`)."""

from __future__ import annotations

from govdoc.model import Document, Paragraph, Section

_PHASE = {"progress": "现状", "plan": "下一步", None: ""}


def _items(paragraphs: tuple[Paragraph, ...], indent: str) -> list[str]:
    lines: list[str] = []
    for p in paragraphs:
        for item in p.items:
            phase = f"[{_PHASE[p.phase]}] " if p.phase else ""
            lines.append(f"{indent}  {phase}{item.marker} {item.lead}")
    return lines


def _section(s: Section, depth: int) -> list[str]:
    indent = "  " * depth
    title = s.title if s.title is not None else "(无标题)"
    lines = [f"{indent}{s.marker} {title}"]
    lines.extend(_items(s.paragraphs, indent))
    for child in s.sections:
        lines.extend(_section(child, depth + 1))
    return lines


def outline(doc: Document) -> str:
    """The outline as text: header fields under Chinese and English labels, sections and items by depth,
    then trailer, enrichment and warnings; an empty field is left out, so only what was found shows.
    """
    h = doc.header
    out: list[str] = []

    def field(label: str, value: object) -> None:
        """One `label: value` line, or none for an empty value."""
        if value not in (None, "", [], (), {}):
            out.append(f"{label}: {value}")

    field("类型 kind", doc.kind)
    field("发文机关 issuer", h.issuer)
    field("发文字号 doc number", h.doc_number.text if h.doc_number else None)
    field("标题 title", h.title)
    field("主送 recipients", "；".join(h.recipients))
    field("签发人 signer", h.signer)
    for key, value in h.metadata.items():
        field(f"  {key}", value)
    field("办理结果 category", h.handling_result)
    field("公开属性 disclosure", h.disclosure)
    if h.responds_to:
        r = h.responds_to
        parts = [
            r.body,
            r.level and f"{r.level}级",
            r.term and f"{r.term}届",
            r.session and f"{r.session}次",
            r.number and f"第{r.number}号",
            r.kind,
        ]
        field("答复对象 responds to", " ".join(str(p) for p in parts if p))
        field("  proposal title", r.title)
    out.append("")
    if doc.preamble:
        out.append(f"开头 preamble: {len(doc.preamble)} paragraph(s)")
        out.extend(_items(doc.preamble, ""))
    for s in doc.sections:
        out.extend(_section(s, 0))
    out.append("")
    field("结束语 closing", doc.closing.text.replace("\n", " / ") if doc.closing else None)
    if doc.signature:
        field("署名 signature", " ".join(doc.signature.issuers) or "(无)")
        field("日期 date", doc.signature.date or doc.signature.date_text)
    if doc.contact:
        c = doc.contact
        field("联系人 contact", " ".join(str(x) for x in (c.name, *c.phones, c.address, c.postcode, c.email) if x))
    if doc.imprint:
        field("抄送 cc", "；".join(doc.imprint.cc))
        field("印发 printed", " ".join(x for x in (doc.imprint.printed_by, doc.imprint.printed_on) if x))
    field("附件 attachments", "；".join(doc.attachments))
    if doc.keywords:
        out.append("")
        field("关键词 keywords", "、".join(k.word for k in doc.keywords))
    if doc.organizations:
        field("机构 organizations", "、".join(f"{o.name}({o.kind})" for o in doc.organizations))
    for f in doc.figures:
        where = " ".join(x for x in (f.period, f.measured) if x)
        out.append(f"数字 figure: {f.text} = {f.value:g} {f.unit} [{f.kind}] {where}".rstrip())
    for w in doc.warnings:
        out.append(f"warning {w.code}: {w.message}")
    return "\n".join(out).strip() + "\n"
