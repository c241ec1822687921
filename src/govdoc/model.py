"""The output contract (schema version 1.0) as frozen, slotted dataclasses.

Field names, order and meaning follow `contract.md` exactly; the JSON Schema published by
`govdoc.schema()` is generated from these classes, so their docstrings are the schema's
descriptions. Lists are tuples so that a parsed Document is immutable all the way down.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = "1.2"  # 1.1 added the optional `tables`; 1.2 the enrichment (keywords, organizations, figures)


@dataclass(frozen=True, slots=True)
class Span:
    """Characters [start, end) of Document.text; `page` is the 1-based page for paged sources, else null."""

    start: int
    end: int
    page: int | None = None


@dataclass(frozen=True, slots=True)
class Source:
    """Where the text came from: path, format (txt, md, docx, pdf, html, text), encoding, pages, input sha256."""

    path: str | None
    format: str
    encoding: str | None
    pages: int | None
    sha256: str


@dataclass(frozen=True, slots=True)
class DocNumber:
    """The 发文字号 split into agency code (机关代字), year and serial."""

    text: str
    agency_code: str
    year: int
    serial: int


@dataclass(frozen=True, slots=True)
class ProposalRef:
    """The 提案/建议/议案 a reply answers, each subfield from the document's own words."""

    text: str
    body: str | None
    level: str | None
    term: int | None
    session: int | None
    number: str | None
    kind: str | None
    title: str | None
    proposers: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Header:
    """Everything before the body: organ, 发文字号, title, 主送, 签发人, 密级, 紧急程度, 键：值 metadata,
    answer category, 公开属性 and the proposal answered."""

    issuer: str | None = None
    doc_number: DocNumber | None = None
    title: str | None = None
    recipients: tuple[str, ...] = ()
    signer: str | None = None
    security: str | None = None
    urgency: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    handling_result: str | None = None
    disclosure: str | None = None
    responds_to: ProposalRef | None = None


@dataclass(frozen=True, slots=True)
class Item:
    """One member of a 一是/二是 (一要, 其一, 第一，, 首先/其次, 一方面/另一方面) enumeration inside a paragraph."""

    ordinal: int
    marker: str
    lead: str
    text: str
    span: Span


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of body text; `phase` is progress/plan (现状/下一步) or null; `items`, enumeration members in it."""

    text: str
    phase: str | None
    items: tuple[Item, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class Keyword:
    """A word saying what the text is about (schema 1.2), with its weight (higher: more telling)."""

    word: str
    weight: float


@dataclass(frozen=True, slots=True)
class Organization:
    """An organisation the text names (schema 1.2): kind enterprise / institution / government / other."""

    name: str
    kind: str
    count: int
    spans: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Figure:
    """An amount, percentage, count or growth rate (schema 1.2); 万 and 亿 are folded into `value`."""

    text: str
    value: float
    unit: str
    kind: str
    measured: str | None
    period: str | None
    span: Span


@dataclass(frozen=True, slots=True)
class Table:
    """A table standing in the body (schema 1.1): rows of cell text; its rows are lines of Document.text."""

    rows: tuple[tuple[str, ...], ...]
    span: Span


@dataclass(frozen=True, slots=True)
class Section:
    """A numbered section (一、 （一） 1. （1） ① 第一章 …): depth `level`, marker family `style`, sub-sections."""

    level: int
    style: str
    ordinal: int
    marker: str
    title: str | None
    paragraphs: tuple[Paragraph, ...]
    sections: tuple[Section, ...]
    span: Span
    tables: tuple[Table, ...] = ()
    keywords: tuple[Keyword, ...] = ()  # filled by enrichment for level-1 sections (schema 1.2)


@dataclass(frozen=True, slots=True)
class Signature:
    """The signing organ(s) and date that close the document's own body."""

    issuers: tuple[str, ...]
    date: str | None
    date_text: str | None


@dataclass(frozen=True, slots=True)
class Contact:
    """Contact metadata (联系人, 电话, 地址, 邮编, 邮箱, 承办单位), wherever it stands."""

    name: str | None = None
    phones: tuple[str, ...] = ()
    address: str | None = None
    postcode: str | None = None
    email: str | None = None
    unit: str | None = None


@dataclass(frozen=True, slots=True)
class Imprint:
    """The 版记: 抄送 organs, 印发机关 and 印发日期."""

    cc: tuple[str, ...] = ()
    printed_by: str | None = None
    printed_on: str | None = None


@dataclass(frozen=True, slots=True)
class Warning:
    """Something the parser noticed and could not resolve; `code` is stable kebab-case."""

    code: str
    message: str
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """A parsed government document (schema version 1.2); every span indexes into `text`."""

    schema_version: str
    kind: str
    source: Source
    header: Header
    preamble: tuple[Paragraph, ...]
    sections: tuple[Section, ...]
    closing: Paragraph | None
    signature: Signature | None
    contact: Contact | None
    imprint: Imprint | None
    attachments: tuple[str, ...]
    warnings: tuple[Warning, ...]
    text: str
    tables: tuple[Table, ...] = ()  # tables of the body before its first section (schema 1.1)
    keywords: tuple[Keyword, ...] = ()  # schema 1.2, filled by govdoc.enrich()
    organizations: tuple[Organization, ...] = ()
    figures: tuple[Figure, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The document as plain dicts, lists and scalars, in the contract's shape."""
        import msgspec

        result: dict[str, Any] = msgspec.json.decode(msgspec.json.encode(self))
        return result

    def to_json(self, *, indent: int | None = None) -> str:
        """The document as contract JSON (UTF-8 characters, not escapes)."""
        import msgspec

        raw = msgspec.json.encode(self)
        if indent is not None:
            raw = msgspec.json.format(raw, indent=indent)
        return raw.decode("utf-8")

    def iter_sections(self) -> list[Section]:
        """Every section, depth first, in document order."""
        out: list[Section] = []
        stack = list(reversed(self.sections))
        while stack:
            sec = stack.pop()
            out.append(sec)
            stack.extend(reversed(sec.sections))
        return out
