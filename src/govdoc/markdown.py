"""A Document as Markdown, for reading and for retrieval (RAG) pipelines that chunk by heading.

The title is the `#` heading and the header fields a small table under it; sections become
headings by their level (`##` for level 1, down to `######`), a numbered block without a
title a paragraph opening with its bold marker; each 一是/二是 enumeration a numbered list
with its lead in bold; body tables Markdown tables; the closing, signature, contact, 版记 and
attachments follow as the document has them. Nothing is added that the document does not say.
"""

from __future__ import annotations

from collections.abc import Iterable

from govdoc import patterns as P
from govdoc.model import Document, Item, Paragraph, Section, Table

_ESCAPE = str.maketrans({"\\": "\\\\", "*": "\\*", "_": "\\_", "`": "\\`", "[": "\\[", "]": "\\]", "<": "\\<"})
# a cell's own lines (a Word cell of two paragraphs, <br> in a web cell) break as GitHub tables break them
_CELL = str.maketrans({"|": "\\|", "\n": "<br>", "\t": " "})


def _text(s: str) -> str:
    """Inline text with Markdown's marks escaped, and a line that would open a block marker kept as text."""
    lines = []
    for line in s.translate(_ESCAPE).split("\n"):
        if line[:1] in "#>-+=":
            line = "\\" + line
        else:
            digits = len(line) - len(line.lstrip("0123456789"))
            if (digits and line[digits : digits + 2] in (". ", ") ")) or (digits and line[digits:] in (".", ")")):
                line = line[:digits] + "\\" + line[digits:]  # 1. would open a list
        lines.append(line)
    return "\\\n".join(lines)  # a hard break (backslash, CommonMark) keeps a closing's lines apart


def _inline(s: str) -> str:
    """Text inside a heading or a list item: only Markdown's inline marks need escaping."""
    return s.translate(_ESCAPE).replace("\n", " ")


def _cell(s: str) -> str:
    return s.translate(_ESCAPE).translate(_CELL)


def _table(rows: Iterable[Iterable[str]]) -> str:
    listed = [list(r) for r in rows]
    width = max((len(r) for r in listed), default=0)
    if not width:
        return ""
    padded = [[_cell(c) for c in r] + [""] * (width - len(r)) for r in listed]
    lines = ["| " + " | ".join(padded[0]) + " |", "|" + "---|" * width]
    lines.extend("| " + " | ".join(r) + " |" for r in padded[1:])
    return "\n".join(lines)


def _item(k: int, item: Item) -> str:
    text = item.text
    at = text.find(item.lead, len(item.marker)) if item.lead else -1
    if at < 0:
        return f"{k}. {_inline(text)}"
    end = at + len(item.lead)
    return f"{k}. {_inline(text[:at])}**{_inline(item.lead)}**{_inline(text[end:])}"


def _paragraph(p: Paragraph) -> list[str]:
    if not p.items:
        return [_text(p.text)]
    at = p.text.find(p.items[0].text)
    blocks = [_text(p.text[:at])] if at > 0 and p.text[:at].strip() else []
    blocks.append("\n".join(_item(k, item) for k, item in enumerate(p.items, 1)))
    return blocks


def _body(paragraphs: tuple[Paragraph, ...], tables: tuple[Table, ...]) -> list[str]:
    """Paragraphs and tables in the order they stand in the text."""
    placed: list[tuple[int, list[str]]] = [(p.span.start, _paragraph(p)) for p in paragraphs]
    placed.extend((t.span.start, [_table(t.rows)]) for t in tables)
    return [block for _, blocks in sorted(placed, key=lambda x: x[0]) for block in blocks if block]


def _section(s: Section) -> list[str]:
    blocks: list[str] = []
    body = _body(s.paragraphs, s.tables)
    if s.title is not None:
        blocks.append("#" * min(6, s.level + 1) + f" {_inline(s.marker)}{_inline(s.title)}")
    elif body and not body[0].startswith("1. "):
        body[0] = f"**{_inline(s.marker)}** {body[0]}"
    else:
        blocks.append(f"**{_inline(s.marker)}**")
    blocks.extend(body)
    for child in s.sections:
        blocks.extend(_section(child))
    return blocks


def _header_rows(doc: Document) -> list[tuple[str, str]]:
    h = doc.header
    rows: list[tuple[str, str | None]] = [
        ("发文机关", h.issuer),
        ("发文字号", h.doc_number.text if h.doc_number else None),
        ("序号", h.serial.text if h.serial else None),
        ("主送", "；".join(h.recipients) or None),
        ("签发人", h.signer),
        ("密级", h.security),
        ("内部标注", h.restriction),
        ("紧急程度", h.urgency),
        ("答复对象", h.responds_to.text or h.responds_to.title if h.responds_to else None),
        ("办理结果", h.handling_result),
        ("公开属性", h.disclosure),
        ("发送范围", h.distribution),
        ("主题词", " ".join(h.subject_terms) or None),
        *((entry.role, "、".join(entry.names)) for entry in h.attendance),
    ]
    shown = {value for _, value in rows if value}
    # a pair a field above already shows in full (主题词 split into its terms, a 保密期限 in 密级) is not repeated
    told = set(P.SUBJECT_TERM_KEYS) if h.subject_terms else set()
    if h.security and P.SECURITY_PERIOD_LABEL in h.security:
        told.add(P.SECURITY_PERIOD_LABEL)
    rows.extend((key, value) for key, value in h.metadata.items() if value not in shown and key not in told)
    return [(key, value) for key, value in rows if value]


def to_markdown(doc: Document) -> str:
    """The document as Markdown (CommonMark with GitHub tables)."""
    blocks: list[str] = []
    if doc.header.title:
        blocks.append(f"# {_inline(doc.header.title)}")
    rows = _header_rows(doc)
    if rows:
        blocks.append(_table([("字段", "内容"), *rows]))
    blocks.extend(_body(doc.preamble, doc.tables))
    for s in doc.sections:
        blocks.extend(_section(s))
    if doc.closing:
        blocks.append(_text(doc.closing.text))
    if doc.signature:
        persons = [" ".join(part for part in (p.post, p.name) if part) for p in doc.signature.persons]
        lines = [
            *doc.signature.issuers,
            *persons,
            *([doc.signature.date_text] if doc.signature.date_text else []),
        ]
        if lines:
            blocks.append(_text("\n".join(lines)))
    if doc.contact:
        c = doc.contact
        labelled = [
            ("联系人", c.name),
            ("联系电话", "、".join(c.phones) or None),
            ("传真", "、".join(c.faxes) or None),
            ("地址", c.address),
            ("邮编", c.postcode),
            ("邮箱", c.email),
            ("承办单位", c.unit),
        ]
        blocks.append(_text("\n".join(f"{k}：{v}" for k, v in labelled if v)))
    if doc.imprint:
        im = doc.imprint
        lines = [f"抄送：{'，'.join(im.cc)}"] if im.cc else []
        printed = " ".join(x for x in (im.printed_by, im.printed_on) if x)
        if printed:
            lines.append(f"印发：{printed}")
        if lines:
            blocks.append(_text("\n".join(lines)))
    if doc.attachments:
        blocks.append("附件：\n\n" + "\n".join(f"{k}. {_inline(a)}" for k, a in enumerate(doc.attachments, 1)))
    return "\n\n".join(b for b in blocks if b) + "\n"
