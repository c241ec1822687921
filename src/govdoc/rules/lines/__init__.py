"""What a single line is: small predicates over a block's folded text, shared by the zone rules.

**The classes of a line.** What several rules ask of the same line is answered once per block
and kept on it (`per_line`: the answer stays in `Block.known` until `Block.set_text` changes the
text), so a rule reads the class instead of matching again. Read them through these functions
(rules import this package, `from govdoc.rules import lines as L`, and need not know which
module of it holds a class):

* `section_marker(b)`, `enum_marker(b)`: the section or enumeration marker the line opens with (a
  match, or None).
* `date_class(b)`: how a 成文日期 stands on the line, as bits: `DATE_LINE` (only a date),
  `ORGAN_DATE` (an organ and the date), `LABELLED_DATE` (答复时间：…), `BARE_LABELLED_DATE`
  (日期：…, with `LABELLED_DATE`); 0 for a line without (most lines); `date_end(b)` is where
  the date ends. `is_date_line`, `is_organ_date_line` and the labelled ones read it.
* `is_organ_line(b)`: only an organ's name (a 落款's or a letterhead's line); `spokesman_organ_end(b)`:
  where the organ ends on a line naming its spokesman (某街道办发言人), a hotline answer's 落款.
* `tail_zone(b)`: the trailer zone a line of its own belongs to, `Zone.CONTACT` (联系人：…),
  `Zone.NOTE` (附注, 签发人, 审核人, 办复类别, 公开方式) or `Zone.IMPRINT` (抄送, …印发), or None; from
  `is_contact_line`, `is_note_line`, `is_category_line`, `is_disclosure_line` (each kept per line too).
* `is_prose(b)`: running text or a heading (a sentence mark or a marker), which no trailer holds.
* `is_key_value(b)` (a 键：值 line), `is_doc_number_line(b)`, `attachment_match(b)` (the 附件
  line's parts).

The modules, by the zone whose lines they describe: `base` (the cache, markers, prose, 键：值
rows, organ lines), `dates` (the date class, the labelled 落款), `head` (the 版头's cells, the
文号 and 签发人 lines), `title` (the title's shape, the 主送 line), `tail` (contact, 附注, 版记),
`attachments` (the 附件说明) and `closing` (the closing's sentences).

The classes are computed when first asked, not in one pass after the clean-up: most are asked
of a few lines only (the 落款's neighbours), and computing them all for every line cost about
120 µs a document more (session 7, benchmarks/README.md). A new question that several rules
ask of one line is one more `@per_line` function in the module of its zone, reading the
vocabulary of `govdoc.patterns` and exported here; a rule asks it of a line only after the
cheap tests of its own.
"""

from __future__ import annotations

from govdoc.rules.lines.attachments import (
    attachment_match,
    continues_attachment_name,
    ends_last_title,
    is_attachment_label,
    is_attachment_list,
    is_attachment_table_head,
    opens_attachment_list,
    opens_attachment_table,
    wraps_attachment_name,
)
from govdoc.rules.lines.base import (
    CELL_EDGE,
    CLAUSE_MARKS,
    GLYPH_GROUPS,
    INNER_STOP,
    ORGAN_CELL,
    SENTENCE_STOP,
    closing_strong,
    ends_open,
    enum_marker,
    is_glued_label_row,
    is_key_value,
    is_label_row,
    is_organ_line,
    is_organ_name,
    is_pipe_table,
    is_prose,
    marker_at,
    marker_ordinal,
    opens_as_title,
    opens_plan,
    organ_cells,
    organ_cut,
    per_line,
    row_cells,
    section_marker,
    signing_person,
    spaced_cells,
    spokesman_end,
    spokesman_organ_end,
)
from govdoc.rules.lines.classify import CLOSING_PUNCT, line_class
from govdoc.rules.lines.closing import asks_views, closing_run_on_start, closing_strength
from govdoc.rules.lines.dates import (
    BARE_LABELLED_DATE,
    DATE_LABEL_ONLY,
    DATE_LINE,
    LABELLED_DATE,
    ORGAN_DATE,
    ORGAN_LABEL_ONLY,
    compiled_by_at,
    contact_note_at,
    date_class,
    date_end,
    has_clock,
    is_bare_labelled_date_line,
    is_date_fragment_line,
    is_date_line,
    is_labelled_date_line,
    is_labelled_organ_line,
    is_organ_date_line,
    labelled_organs,
    last_date_at,
    organ_date_match,
    signature_label_only,
)
from govdoc.rules.lines.head import (
    answer_row_value,
    category_before_number,
    gap_cells,
    has_cells,
    holds_mark_word,
    is_doc_number_line,
    is_header_cell,
    is_header_cells_line,
    is_signer_line,
    issuer_mark,
    letterhead_cell,
    number_cell,
    signer_match,
    spaced_signer,
)
from govdoc.rules.lines.tail import (
    cc_line,
    ends_on_bare_contact_label,
    is_bare_contact_label,
    is_category_line,
    is_contact_label_row,
    is_contact_line,
    is_disclosure_line,
    is_imprint_line,
    is_note_label_line,
    is_note_line,
    is_printed_line,
    is_reviewer_line,
    note_end,
    phone_cut,
    tail_zone,
)
from govdoc.rules.lines.title import (
    ends_with_kind,
    ends_with_unlisted_genre,
    greeted_public,
    has_title_shape,
    is_name_line,
    is_recipient_line,
    is_title_like,
    lost_tail,
    name_date_at,
    recipient_match,
    title_category_lead,
    title_category_mark,
    title_head_organ_end,
    title_organ_end,
)

__all__ = [
    "BARE_LABELLED_DATE",
    "CELL_EDGE",
    "CLAUSE_MARKS",
    "CLOSING_PUNCT",
    "DATE_LABEL_ONLY",
    "DATE_LINE",
    "GLYPH_GROUPS",
    "INNER_STOP",
    "LABELLED_DATE",
    "ORGAN_CELL",
    "ORGAN_DATE",
    "ORGAN_LABEL_ONLY",
    "SENTENCE_STOP",
    "answer_row_value",
    "asks_views",
    "attachment_match",
    "category_before_number",
    "cc_line",
    "closing_run_on_start",
    "closing_strength",
    "closing_strong",
    "compiled_by_at",
    "contact_note_at",
    "continues_attachment_name",
    "date_class",
    "date_end",
    "ends_last_title",
    "ends_on_bare_contact_label",
    "ends_open",
    "ends_with_kind",
    "ends_with_unlisted_genre",
    "enum_marker",
    "gap_cells",
    "greeted_public",
    "has_cells",
    "has_clock",
    "has_title_shape",
    "holds_mark_word",
    "is_attachment_label",
    "is_attachment_list",
    "is_attachment_table_head",
    "is_bare_contact_label",
    "is_bare_labelled_date_line",
    "is_category_line",
    "is_contact_label_row",
    "is_contact_line",
    "is_date_fragment_line",
    "is_date_line",
    "is_disclosure_line",
    "is_doc_number_line",
    "is_glued_label_row",
    "is_header_cell",
    "is_header_cells_line",
    "is_imprint_line",
    "is_key_value",
    "is_label_row",
    "is_labelled_date_line",
    "is_labelled_organ_line",
    "is_name_line",
    "is_note_label_line",
    "is_note_line",
    "is_organ_date_line",
    "is_organ_line",
    "is_organ_name",
    "is_pipe_table",
    "is_printed_line",
    "is_prose",
    "is_recipient_line",
    "is_reviewer_line",
    "is_signer_line",
    "is_title_like",
    "issuer_mark",
    "labelled_organs",
    "last_date_at",
    "letterhead_cell",
    "line_class",
    "lost_tail",
    "marker_at",
    "marker_ordinal",
    "name_date_at",
    "note_end",
    "number_cell",
    "opens_as_title",
    "opens_attachment_list",
    "opens_attachment_table",
    "opens_plan",
    "organ_cells",
    "organ_cut",
    "organ_date_match",
    "per_line",
    "phone_cut",
    "recipient_match",
    "row_cells",
    "section_marker",
    "signature_label_only",
    "signer_match",
    "signing_person",
    "spaced_cells",
    "spaced_signer",
    "spokesman_end",
    "spokesman_organ_end",
    "tail_zone",
    "title_category_lead",
    "title_category_mark",
    "title_head_organ_end",
    "title_organ_end",
    "wraps_attachment_name",
]
