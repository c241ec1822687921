"""The output contract as frozen, slotted dataclasses.

Field names, order and meaning follow `contract.md` exactly; the JSON Schema published by
`govdoc.schema()` (and kept in `schema/`) is generated from these classes: each class's
docstring is its description and its `Attributes:` section describes each field; the
`Literal` types become enums and fields typed `IsoDate` get `format: date`. Lists are tuples
so that a parsed Document is immutable all the way down.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

SCHEMA_VERSION = "1.13"
# 1.1 added the optional `tables`; 1.2 the enrichment (keywords, organizations, figures);
# 1.3 enums for the closed vocabularies, `format: date`, field descriptions, published batch
# and error record schemas, and the optional fields listed in the README's "Schema 1.3 adds";
# 1.4 the optional fields listed in the README's "Schema 1.4 adds"; 1.5 the warning code
# `content-unplaced` (README "Schema 1.5 adds"); 1.6 a table cell's several lines kept apart by
# `\n` inside the cell (README "Schema 1.6 adds"); 1.7 `contact.faxes`, `header.subject_terms`, a
# `security` that holds its 保密期限, `security_span` and the level 林区 (README "Schema 1.7 adds"); 1.8
# `header.serial`, `header.attendance`, `signature.date_partial`, `imprint.printed_on_partial`, the
# proposal kinds 来信 and 留言 and the warning codes `text-repaired`, `mojibake-suspected` and
# `date-partial` (README "Schema 1.8 adds"); 1.9 `header.distribution`, `signature.persons` and the
# warning code `comments-dropped` (README "Schema 1.9 adds"); 1.10 `header.signers`, the proposal kind 申请 (and the
# repair kinds `html-entity` and `actual-text`, which name a message, not a schema value: README
# "Schema 1.10 adds"); 1.11 `header.restriction` (README "Schema 1.11 adds"); 1.12 `responds_to.numbers`
# (README "Schema 1.12 adds"); 1.13 no new field: a phone's country calling code kept with it, as written (README
# "Schema 1.13").
# Released versions are kept frozen in the repository's `schema/X.Y/`; a version only ever adds
# optional fields and enum values.

# Schema 1.3's spans of header and trailer fields (`field(compare=False)` below) take no part
# in equality: two headers with the same values are equal wherever the values stand (a .docx
# and its PDF print agree); `to_json()` still carries them.

ISO_DATE = "iso-date"  # a marker the schema generator turns into `format: date`
IsoDate = Annotated[str, ISO_DATE]
# Schema 1.8: a date the document writes to its month only, in ISO 8601's reduced precision; since 1.10
# also one written to its year only (the pattern admitted a year alone from 1.8 on).
# A marker the schema generator turns into `pattern: PARTIAL_DATE_PATTERN`.
PARTIAL_DATE = "partial-date"
PARTIAL_DATE_PATTERN = r"^\d{4}(-(0[1-9]|1[0-2]))?$"
PartialDate = Annotated[str, PARTIAL_DATE]

Kind = Literal[
    "reply",
    "notice",
    "opinion",
    "report",
    "request",
    "approval",
    "letter",
    "decision",
    "resolution",
    "order",
    "communique",
    "motion",
    "announcement",
    "bulletin",
    "minutes",
    "plan",
    "measures",
    "other",
]
HandlingResult = Literal["A", "B", "C", "reference"]
Body = Literal["政协", "人大"]
Level = Literal[
    "全国",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "地区",
    "林区",
    "省",
    "市",
    "州",
    "盟",
    "区",
    "县",
    "旗",
    "镇",
    "乡",
    "街道",
    "村",
]
# 来信 and 留言 (schema 1.8): what a mailbox's or a message board's reply answers, a letter or a message
ProposalKind = Literal["提案", "建议", "议案", "意见", "来信", "留言", "申请"]
Phase = Literal["progress", "plan"]
OrganizationKind = Literal["enterprise", "institution", "government", "other"]
FigureKind = Literal["amount", "percentage", "growth-rate", "count"]
# Every warning code, in one place: a rule that needs a new one adds it here (and to the
# README's table) and regenerates the schema files.
WarningCode = Literal[
    "page-break-joined",
    "numbering-gap",
    "date-unparsed",
    "docnumber-unparsed",
    "category-unmapped",
    "disclosure-unmapped",
    "pages-without-text",
    "layout-unusual",
    "field-missing",
    "encoding-repaired",
    "ocr-used",
    "electronic-seal",
    "repeat-dropped",
    "content-unplaced",
    "text-repaired",
    "mojibake-suspected",
    "date-partial",
    "comments-dropped",
]
# Schema 1.8: the kinds of heuristic repair a `text-repaired` warning names, the first word of its
# message (`fake-bold: …`): one place, as the codes are.
# Session 24 adds `tracked-changes`: a .docx's tracked revisions read as accepted.
# Session 30 adds `off-page`: words a PDF or OFD draws outside its page, or a web page sets far off the screen,
# left out (a drop, as `app-record`).
RepairKind = Literal[
    "fake-bold",
    "html-entity",
    "actual-text",
    "app-record",
    "transfer-encoding",
    "assistant-framing",
    "tracked-changes",
    "merged-cells",
    "off-page",
]

# The error codes of `govdoc.errors` (a test keeps the two lists equal).
ErrorCode = Literal[
    "unsupported-format",
    "unreadable-file",
    "empty-document",
    "encoding-undetected",
    "corrupt-file",
    "encrypted",
    "no-text-layer",
    "too-large",
    "timeout",
    "not-a-government-document",
    "missing-dependency",
    "internal-error",
]


@dataclass(frozen=True, slots=True)
class ErrorInfo:
    """Why an input could not be read.

    Attributes:
        code: the stable error code (see the README's table of error codes)
        message: for people
    """

    code: ErrorCode
    message: str


@dataclass(frozen=True, slots=True)
class ErrorRecord:
    """The record of an input that could not be read, the same from `govdoc parse`, `govdoc batch` and the service.

    Attributes:
        path: the input's path, or null for bytes passed in
        sha256: SHA-256 of the input bytes, null where they could not be read
        error: the error's code and message
    """

    path: str | None
    sha256: str | None
    error: ErrorInfo


@dataclass(frozen=True, slots=True)
class SourceBox:
    """A rectangle on a page of the source file (PDF, OFD, page images), where an element's text stands.

    Attributes:
        page: the 1-based page
        x0: left edge, in points (1/72 inch) from the page's left edge
        y0: top edge, in points down from the page's top edge
        x1: right edge, in points from the page's left edge
        y1: bottom edge, in points down from the page's top edge
    """

    page: int
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True, slots=True)
class Span:
    """Where an element stands: characters [start, end) of `Document.text`, and where that text came from in the file.

    Attributes:
        start: offset of the first character in Document.text
        end: offset just past the last character
        page: the 1-based page where the element starts, for paged sources (PDF), else null
        source_ref: (schema 1.4) where in the source file the blocks holding the span were read, in the format's own
            terms: `line:3` or `line:3-5` (text and Markdown, 1-based lines as Python's str.splitlines counts them);
            `paragraph:12` or `paragraph:12-14` (DOCX, 0-based in python-docx's Document.paragraphs), `table:0/row:2` (a
            DOCX data table's row), `table:0/row:2/cell:1` (a paragraph in a DOCX layout table's cell),
            `header:word/header1.xml` (a page header's part); an XPath such as `/html/body[1]/div[2]/p[3]` (HTML, in the
            browser's parse of the page; several joined with ` | `); `page:2` or `page:2-3` (PDF, OFD, images).
            Null where unknown
        source_box: (schema 1.4) for PDF, OFD and page images, the boxes of the blocks holding the span on their
            pages, one per page (a block crossing a page end has two); empty for other formats
    """

    start: int
    end: int
    page: int | None = None
    # Positions describe the file, not the parse: two backends (or a .docx and its PDF print) giving
    # the same text give equal Documents, so they take no part in equality, like the fields' spans.
    source_ref: str | None = field(default=None, compare=False)
    source_box: tuple[SourceBox, ...] = field(default=(), compare=False)


@dataclass(frozen=True, slots=True)
class Source:
    """Where the text came from.

    Attributes:
        path: the input's path (in a batch, the record's path), null for bytes or a string passed in
        format: the format read: txt, md, docx, pdf, ofd, html, png, jpeg, tiff (page images), text (a string), …
        encoding: the codec detected for byte input, as Python's codecs.lookup spells it (utf-8, gb18030 …)
        pages: the number of pages of a paged source, else null
        sha256: SHA-256 of the input bytes (of the UTF-8 encoding for a string passed in)
    """

    path: str | None
    format: str
    encoding: str | None
    pages: int | None
    sha256: str


@dataclass(frozen=True, slots=True)
class DocNumber:
    """The 发文字号 split into agency code (机关代字), year and serial.

    Attributes:
        text: the 发文字号 as written, e.g. 普发改委〔2023〕10号
        agency_code: the 机关代字, e.g. 普发改委
        year: the year in the brackets
        serial: the serial number (序号)
        span: where the 发文字号 stands in Document.text (schema 1.3)
    """

    text: str
    agency_code: str
    year: int
    serial: int
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class ProposalRef:
    """The 提案/建议/议案 a reply answers (or the letter, message or information request), each subfield from
    the document's own words.

    Attributes:
        text: the reference as it stands in Document.text, e.g. 区政协十五届二次会议第152038号提案
        body: 政协 or 人大
        level: the level word of the reference's own place name (区政协 → 区), else null
        term: the body's term (届)
        session: the session (次会议)
        number: the proposal's number, a string (leading zeros and letters occur)
        kind: 提案, 建议, 议案 or 意见; 来信 or 留言 for a mailbox's or message board's letter (schema 1.8); 申请 for
            a 政府信息公开 request an 答复书 answers, its applicant the proposer (schema 1.10)
        title: the proposal's own title where the text names it
        proposers: persons or bodies the text names as proposers (提案人, 领衔代表)
        span: where `text` stands in Document.text (schema 1.3)
        numbers: each number a reference naming several proposals under one 第 names, in order, as written
            (第12、35、108号 → 12, 35, 108); [] where it names one, which `number` holds (schema 1.12)
    """

    text: str
    body: Body | None
    level: Level | None
    term: int | None
    session: int | None
    number: str | None
    kind: ProposalKind | None
    title: str | None
    proposers: tuple[str, ...] = ()
    span: Span | None = field(default=None, compare=False)
    numbers: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Serial:
    """The 序号 a 公告, 通告 or 令 carries in place of a 发文字号 (GB/T 9704: 令号), e.g. 第12号 (schema 1.8).

    Attributes:
        text: the serial as written, brackets kept: 第12号, 〔2024〕第3号, 2024年第5号
        number: the number (第十二号 → 12)
        year: the year written with it, else null
        span: where `text` stands in Document.text
    """

    text: str
    number: int
    year: int | None = None
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Attendance:
    """One attendance line of a 会议纪要: who attended, sat in, was absent, took the minutes (schema 1.8).

    Attributes:
        role: the line's label as written, without its colon: 出席, 列席, 请假, 缺席, 主持, 记录, 参加, 参会人员 …
        names: the persons or bodies the line names, as written (a unit or post written with a name kept,
            a post the layout parted from its name by a space joined to it), split at 、 ， ； and spaces
        span: the whole line, label included
        names_spans: where each name stands, one per name
    """

    role: str
    names: tuple[str, ...]
    span: Span | None = field(default=None, compare=False)
    names_spans: tuple[Span, ...] = field(default=(), compare=False)


@dataclass(frozen=True, slots=True)
class Header:
    """Everything before the body.

    Attributes:
        issuer: the issuing organ (发文机关标志, a trailing 文件 dropped), else the organ opening the title
        doc_number: the 发文字号
        title: the document's own title, wrapped lines joined
        recipients: the 主送 addressees, split by the contract's rule
        signer: 签发人, who approved the document for issue; since schema 1.10 several (a joint document's, one
            for each organ) as written, with the space or 、 between them
        security: 密级 and 保密期限 as written (秘密★1年); since schema 1.7 a 保密期限 written apart
            from its 密级 is joined to it with one space (秘密 保密期限：一年); none without a 密级
        urgency: 紧急程度: 特急, 加急, 特提, 平急
        metadata: the 键：值 pairs before the title (a portal's information table, 办理结果, 公开属性 …)
        handling_result: the answer category: A (已解决或采纳), B (正在解决或列入计划),
            C (因条件限制暂不能解决), reference (留作参考)
        disclosure: 公开属性: 主动公开, 依申请公开 or 不予公开
        responds_to: the proposal this reply answers
        issuer_span: where the issuer's name stands (schema 1.3)
        title_span: the title's lines, first to last (schema 1.3)
        recipients_spans: where each addressee stands, one per recipient (schema 1.3)
        signer_span: where the 签发人's name stands (schema 1.3)
        handling_result_span: the text the answer category was read from: a label's value, the mark
            beside the 文号 or the date, the bracket in the title, or a line of its own (schema 1.3)
        disclosure_span: where the 公开属性 value stands, else the text it was read from (（此件公开发布）) (schema 1.3)
        subject_terms: the 主题词 (a 关键词 of a portal's information table is the same), each term as
            written, split at spaces, 、 ， ； (schema 1.7)
        subject_terms_spans: where each term stands, one per term (schema 1.7)
        security_span: where the 密级 stands, through its 保密期限 where that is written apart (schema 1.7)
        serial: the 序号 of a 公告, 通告 or 令 (第12号), which such a document carries in place of a
            发文字号 (schema 1.8)
        attendance: a 会议纪要's 出席/列席/请假/记录 … lines, one entry per line, wherever they stand (schema 1.8)
        distribution: the 附注's distribution scope (GB/T 9704 7.3.7's 印发传达范围) as written, its brackets
            and 此件 left out: 发至县级, 发至乡镇，传达至村（社区） (schema 1.9)
        distribution_span: where `distribution` stands (schema 1.9)
        signers: each 签发人 as written, one for each organ of a joint document (签发人：秦某某　尤某某 →
            秦某某, 尤某某); [] when none. `signer` holds them as written (schema 1.10)
        restriction: a circulation mark that is no 密级, on a line of its own above the title, as written:
            内部资料, 内部资料　注意保存, 内部刊物, 内部文件 (schema 1.11)
        restriction_span: where `restriction` stands (schema 1.11)
    """

    issuer: str | None = None
    doc_number: DocNumber | None = None
    title: str | None = None
    recipients: tuple[str, ...] = ()
    signer: str | None = None
    security: str | None = None
    urgency: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    handling_result: HandlingResult | None = None
    disclosure: str | None = None
    responds_to: ProposalRef | None = None
    issuer_span: Span | None = field(default=None, compare=False)
    title_span: Span | None = field(default=None, compare=False)
    recipients_spans: tuple[Span, ...] = field(default=(), compare=False)
    signer_span: Span | None = field(default=None, compare=False)
    handling_result_span: Span | None = field(default=None, compare=False)
    disclosure_span: Span | None = field(default=None, compare=False)
    subject_terms: tuple[str, ...] = ()
    subject_terms_spans: tuple[Span, ...] = field(default=(), compare=False)
    security_span: Span | None = field(default=None, compare=False)
    serial: Serial | None = None
    attendance: tuple[Attendance, ...] = ()
    distribution: str | None = None
    distribution_span: Span | None = field(default=None, compare=False)
    signers: tuple[str, ...] = ()
    restriction: str | None = None
    restriction_span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Item:
    """One member of a 一是/二是 (一要, 其一, 第一，, 首先/其次, 一方面/另一方面) enumeration inside a paragraph.

    Attributes:
        ordinal: 1-based position in its enumeration
        marker: the marker as written: 一是, 其二, 首先 …
        lead: the key phrase: the bold run after the marker, else the text up to the first 。 or ；
        text: the item's whole text, lead included
        span: where the item stands
    """

    ordinal: int
    marker: str
    lead: str
    text: str
    span: Span


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of body text.

    Attributes:
        text: the paragraph's text, page-break splits re-joined, Markdown marks removed
        phase: plan (from 下一步, 今后 … on), progress (before it in the same section), or null
        items: the 一是/二是 enumeration members that start in this paragraph
        span: where the paragraph stands
    """

    text: str
    phase: Phase | None
    items: tuple[Item, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class Keyword:
    """A word saying what the text is about (schema 1.2).

    Attributes:
        word: the word
        weight: how telling it is (higher: more)
    """

    word: str
    weight: float


@dataclass(frozen=True, slots=True)
class Organization:
    """An organisation the text names (schema 1.2).

    Attributes:
        name: the name as written
        kind: enterprise, institution, government or other
        count: how often the text names it
        spans: where it is named
    """

    name: str
    kind: OrganizationKind
    count: int
    spans: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Figure:
    """An amount, percentage, count or growth rate (schema 1.2).

    Attributes:
        text: the figure as written
        value: its value with 万 and 亿 folded in
        unit: its unit (元, %, 个 …)
        kind: amount, percentage, growth-rate or count
        measured: the thing measured, where the sentence says
        period: the period it covers, where the sentence says
        span: where it stands
    """

    text: str
    value: float
    unit: str
    kind: FigureKind
    measured: str | None
    period: str | None
    span: Span


@dataclass(frozen=True, slots=True)
class Table:
    """A table standing in the body (schema 1.1).

    Attributes:
        rows: rows of cell text, one per row the table draws; in Document.text a row is a line with
            its cells separated by tabs, and a cell that shows several lines (schema 1.6) keeps them
            apart by a newline inside the cell, so such a row takes several lines of the text
        span: where the table stands
    """

    rows: tuple[tuple[str, ...], ...]
    span: Span


@dataclass(frozen=True, slots=True)
class Section:
    """A numbered section (一、 （一） 1. （1） ① 第一章 …) with its sub-sections.

    Attributes:
        level: depth in the section tree, 1 for a top-level section
        style: the marker family: cn, cn-paren, num, num-paren, circled, part, chapter, section, article
        ordinal: the 1-based number of the marker (三 → 3)
        marker: the marker as written, e.g. 一、 or （一）
        title: the heading without marker and final 。, or null where the numbered block is a point, not a heading
        paragraphs: the body of the section before its first sub-section
        sections: the sub-sections
        span: the whole section, heading included
        tables: tables standing in the section (schema 1.1)
        keywords: what the section is about, for level-1 sections when enriched (schema 1.2)
    """

    level: int
    style: str
    ordinal: int
    marker: str
    title: str | None
    paragraphs: tuple[Paragraph, ...]
    sections: tuple[Section, ...]
    span: Span
    tables: tuple[Table, ...] = ()
    keywords: tuple[Keyword, ...] = ()


@dataclass(frozen=True, slots=True)
class SigningPerson:
    """A person who signs in the 落款 by post and name: a 命令's 市长 张某某, a 议案's 领衔代表 李某某 (schema 1.9).

    Attributes:
        name: the person's name as written, layout spaces left out
        post: the post written before the name (市长, 总理, 领衔代表 …), else null
        span: the whole line, post included
        name_span: where the name stands
    """

    name: str
    post: str | None = None
    span: Span | None = field(default=None, compare=False)
    name_span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Signature:
    """The signing organ(s) and date that close the document's own body.

    Attributes:
        issuers: the signing organ, or each co-signer of a joint document
        date: the date, ISO YYYY-MM-DD, null where it cannot be read
        date_text: the date as written: 2023年4月27日, 二〇二三年四月二十七日
        issuers_spans: where each signing organ stands, one per issuer (schema 1.3)
        date_span: where `date_text` stands (schema 1.3)
        date_partial: a date written to its month only (2024年5月): ISO 8601's reduced precision,
            2024-05, while `date` stays null; null where `date` is set (schema 1.8); since schema 1.10
            also one written to its year only (二〇二四年 → 2024)
        persons: persons signing by post and name (a 命令's 市长 张某某, a 议案's 领衔代表 李某某), who are not
            organs and so never in `issuers` (schema 1.9)
    """

    issuers: tuple[str, ...]
    date: IsoDate | None
    date_text: str | None
    issuers_spans: tuple[Span, ...] = field(default=(), compare=False)
    date_span: Span | None = field(default=None, compare=False)
    date_partial: PartialDate | None = None
    persons: tuple[SigningPerson, ...] = ()


@dataclass(frozen=True, slots=True)
class Contact:
    """Contact metadata, wherever it stands.

    Attributes:
        name: 联系人 (经办人, 承办人, 联络人)
        phones: telephone numbers as written, area code and extension kept (a number only a 传真 is in `faxes`)
        address: 地址, the postal address
        postcode: 邮编, the six-digit postcode
        email: 邮箱, the e-mail address
        unit: the unit named by a 承办单位 or 联系单位 label
        name_span: where the name stands (schema 1.3)
        phones_spans: where each number stands, one per phone (schema 1.3)
        address_span: where the address stands (schema 1.3)
        postcode_span: where the postcode stands (schema 1.3)
        email_span: where the e-mail address stands (schema 1.3)
        unit_span: where the unit stands (schema 1.3)
        faxes: fax numbers (传真) as written, area code and extension kept; a number labelled both
            电话 and 传真 (电话/传真：…) is in `phones` and here (schema 1.7)
        faxes_spans: where each fax number stands, one per number (schema 1.7)
    """

    name: str | None = None
    phones: tuple[str, ...] = ()
    address: str | None = None
    postcode: str | None = None
    email: str | None = None
    unit: str | None = None
    name_span: Span | None = field(default=None, compare=False)
    phones_spans: tuple[Span, ...] = field(default=(), compare=False)
    address_span: Span | None = field(default=None, compare=False)
    postcode_span: Span | None = field(default=None, compare=False)
    email_span: Span | None = field(default=None, compare=False)
    unit_span: Span | None = field(default=None, compare=False)
    faxes: tuple[str, ...] = ()
    faxes_spans: tuple[Span, ...] = field(default=(), compare=False)


@dataclass(frozen=True, slots=True)
class Imprint:
    """The 版记.

    Attributes:
        cc: the 抄送 organs, split by the contract's rule
        printed_by: 印发机关, the organ that printed and sent the document
        printed_on: 印发日期, the printing date, ISO YYYY-MM-DD
        cc_spans: where each 抄送 organ stands, one per organ (schema 1.3)
        printed_by_span: where the 印发机关 stands (schema 1.3)
        printed_on_span: where the 印发日期 stands as written, e.g. 2024年7月9日 (schema 1.4); since schema 1.9
            also a date written to its month (2024年5月), as `signature.date_span`
        printed_on_partial: a 印发日期 written to its month only: 2024-05, while
            `printed_on` stays null (schema 1.8); since schema 1.10 also to its year only: 2024
    """

    cc: tuple[str, ...] = ()
    printed_by: str | None = None
    printed_on: IsoDate | None = None
    cc_spans: tuple[Span, ...] = field(default=(), compare=False)
    printed_by_span: Span | None = field(default=None, compare=False)
    printed_on_span: Span | None = field(default=None, compare=False)
    printed_on_partial: PartialDate | None = None


@dataclass(frozen=True, slots=True)
class Warning:
    """Something the parser noticed and could not resolve.

    Attributes:
        code: stable kebab-case code (see the README's table of warnings)
        message: for people, Chinese and English
        span: where it applies, or null for the whole input
    """

    code: WarningCode
    message: str
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """A parsed government document; every span indexes into `text`.

    Attributes:
        schema_version: the version of the output contract this follows
        kind: the document type, from the title's suffix or the body's own words
        source: where the text came from
        header: everything before the body
        preamble: body text before the first numbered section
        sections: the top-level numbered sections, each holding its sub-sections
        closing: the closing line(s): thanks, 特此函复, 专此答复 …
        signature: the signing organ(s) and date at the end of the body
        contact: contact metadata, wherever it stands
        imprint: the 版记: 抄送 and 印发 lines
        attachments: titles listed under 附件, without their list numbers
        warnings: what the parser noticed and could not resolve
        text: the normalised full text every span indexes into
        tables: tables of the body before its first section (schema 1.1)
        keywords: what the document is about, when enriched (schema 1.2)
        organizations: organisations the text names, when enriched (schema 1.2)
        figures: amounts, percentages, counts and growth rates, when enriched (schema 1.2)
    """

    schema_version: str
    kind: Kind
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
    tables: tuple[Table, ...] = ()
    keywords: tuple[Keyword, ...] = ()
    organizations: tuple[Organization, ...] = ()
    figures: tuple[Figure, ...] = ()

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        """The typed Document back from `to_dict()`'s shape (a batch record's extra `path` is ignored).

        Raises `ValueError` (msgspec's ValidationError) when the data does not fit the contract.
        """
        import msgspec

        return msgspec.convert(data, type=cls)

    @classmethod
    def from_json(cls, data: bytes | str) -> Document:
        """The typed Document back from its JSON (`to_json()`, a line of `govdoc batch`)."""
        import msgspec

        return msgspec.json.decode(data, type=cls)

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

    def to_markdown(self) -> str:
        """The document as Markdown: title, header table, sections as headings, items as numbered lists."""
        from govdoc.markdown import to_markdown

        return to_markdown(self)

    def iter_sections(self) -> list[Section]:
        """Every section, depth first, in document order."""
        out: list[Section] = []
        stack = list(reversed(self.sections))
        while stack:
            sec = stack.pop()
            out.append(sec)
            stack.extend(reversed(sec.sections))
        return out


def _quick_init(cls: type) -> None:
    """Give a frozen, slotted class of this module an `__init__` that fills its slots directly.

    The one `dataclass` writes for a frozen class goes through `object.__setattr__` with each
    field's name (a look-up by name per field); a parse builds dozens of spans, paragraphs and
    sections, and this costs about 40% less each (a span: 1.3 → 0.8 µs). Making one costs
    about 0.1 ms at import, so only the classes built many times a parse get one. Same parameters, defaults and
    factories, in the same order, so construction, `dataclasses.replace` and pickling are
    unchanged; a class with a `__post_init__` keeps the generated one.
    """
    if hasattr(cls, "__post_init__"):
        return
    scope: dict[str, Any] = {"_FACTORY": _FACTORY}
    params: list[str] = []
    body: list[str] = []
    for f in dataclasses.fields(cls):
        scope[f"_set_{f.name}"] = getattr(cls, f.name).__set__
        if f.default is not dataclasses.MISSING:
            scope[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        elif f.default_factory is not dataclasses.MISSING:
            scope[f"_factory_{f.name}"] = f.default_factory
            params.append(f"{f.name}=_FACTORY")
            body.append(f"    if {f.name} is _FACTORY:\n        {f.name} = _factory_{f.name}()\n")
        else:
            params.append(f.name)
        body.append(f"    _set_{f.name}(self, {f.name})\n")
    source = f"def __init__(self, {', '.join(params)}):\n" + ("".join(body) or "    pass\n")
    exec(source, scope)
    init = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = vars(cls)["__init__"].__doc__
    cls.__init__ = init  # type: ignore[misc]


class _Factory:
    """The default of a parameter left to its field's default factory."""

    def __repr__(self) -> str:
        return "<factory>"


_FACTORY: Any = _Factory()

# The classes a parse builds many of, and those it builds once with many fields: the Document (17),
# the Header (21: made with every parse's state, about 25,000 instructions with the generated
# `__init__`, 13,600 with this one) and the Source; the others keep the generated `__init__`,
# which costs nothing more to make at import.
QUICK_INIT = (Span, Item, Paragraph, Section, Table, Warning, Document, Header, Source)
for _cls in QUICK_INIT:
    _quick_init(_cls)
del _cls
