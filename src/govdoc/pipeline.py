"""The default order of rules: normalise → zone → join → assemble → structure → fields → checks.

`default_pipeline()` returns a fresh `Ruler` that a caller may adjust (disable a rule,
insert one of their own) and pass to `govdoc.parse(..., pipeline=…)`.

`NEEDS` names what a document must hold for some rules to change anything (`govdoc.needs`): a
document without it skips the rule whole, where the rule walked its lines to find nothing.
"""

from __future__ import annotations

from govdoc.needs import Facts, Need
from govdoc.ruler import Ruler
from govdoc.rules import (
    answer_turn,
    body_tables,
    cleanup,
    cues,
    enumerations,
    expected,
    header,
    info_table,
    join_values,
    joins,
    mojibake,
    ocr_notes,
    reply_fields,
    running_heads,
    sections,
    trailer,
    trailer_fields,
)
from govdoc.rules.head import HEADER_FIELD_RULES, metadata
from govdoc.state import State

DEFAULT_RULES = (
    ("jammer", cleanup.jammer),
    ("fake_bold", cleanup.fake_bold),
    ("html_entities", cleanup.html_entities),
    ("info_table", info_table.info_table),
    ("ocr_doubtful_lines", ocr_notes.doubtful_lines),
    ("page_headers", cleanup.page_headers),
    ("lone_cells", cleanup.lone_cells),
    ("print_bands", cleanup.print_bands),
    ("flattened_paragraphs", cleanup.flattened_paragraphs),
    ("signature_cells", cleanup.signature_cells),
    ("answer_turn_headings", answer_turn.answer_turn_headings),
    ("screen_reader", cleanup.screen_reader),
    ("layout_spaces", cleanup.layout_spaces),
    ("pinyin", cleanup.pinyin),
    ("bracketed_labels", cleanup.bracketed_labels),
    ("furniture_and_chrome", cleanup.furniture_and_chrome),
    ("running_heads", running_heads.running_heads),
    ("repeats", cleanup.repeats),
    ("join_cut_dates", join_values.join_cut_dates),
    ("header", header.find_header),
    ("kept_title", header.kept_title),
    *trailer.TRAILER_RULES,
    ("pipe_rows", body_tables.pipe_rows),
    ("spaced_rows", body_tables.spaced_rows),
    ("join_breaks", joins.join_breaks),
    ("join_cut_trailer_lines", join_values.join_cut_trailer_lines),
    ("assemble", joins.assemble),
    ("cues", cues.cues),
    ("sections", sections.build_sections),
    ("enumerations_and_phases", enumerations.enumerations_and_phases),
    *HEADER_FIELD_RULES,
    ("handling_result", reply_fields.handling_result),
    ("responds_to", reply_fields.responds_to),
    ("signature", trailer_fields.signature),
    ("ocr_signature_against_issuer", ocr_notes.signature_against_issuer),
    ("signer_after_date", trailer_fields.signer_after_date),
    ("contact", trailer_fields.contact),
    ("imprint", trailer_fields.imprint),
    ("attachments", trailer_fields.attachments),
    ("mojibake", mojibake.mojibake),
    ("missing_fields", expected.missing_fields),
)
_DEFAULT_FNS = frozenset(fn for _, fn in DEFAULT_RULES)  # none changes a zone once the text is assembled

# What a document must hold for these rules to change anything, each read off the rule's own walk
# (beside the rule); tests/test_needs.py holds each to its rule on every corpus document, and
# tests/test_speed30_needs.py shows each character need met by a written document the rule then changes.
# Characters (the lines joined once, asked in C) for the cheap rules whose walk asks each line for a mark
# most documents lack; zones (a look-up once the zones are settled) for three field rules. Session 22's
# character needs cost what they saved, for the check that the joined lines still held walked every line
# after each rule that ran; it is a stamp now (`Facts.still`), and these save about 0.3 % of a parse's
# instructions (benchmarks/README.md, session 30). A rule switched here runs ungated if its entry goes.
NEEDS: dict[str, Need] = {
    "jammer": cleanup.JAMMER_NEED,
    "html_entities": cleanup.HTML_ENTITIES_NEED,
    "lone_cells": cleanup.LONE_CELLS_NEED,
    "print_bands": cleanup.PRINT_BANDS_NEED,
    "pinyin": cleanup.PINYIN_NEED,
    "bracketed_labels": cleanup.BRACKETED_LABELS_NEED,
    "pipe_rows": body_tables.PIPE_ROWS_NEED,
    "spaced_rows": body_tables.SPACED_ROWS_NEED,
    "attachment_content": trailer.ATTACHMENT_CONTENT_NEED,
    "closing_then_organ": trailer.CLOSING_THEN_ORGAN_NEED,
    "minutes_head": trailer.MINUTES_HEAD_NEED,
    "metadata": metadata.METADATA_NEED,
    "imprint": trailer_fields.IMPRINT_NEED,
    "attachments": trailer_fields.ATTACHMENTS_NEED,
}


def facts(state: State, known: Facts | None = None) -> Facts:
    """What the needs are asked of: the state's lines as they stand, its format, and once the zones are
    settled the zones its blocks stand in (`State.zone_at`'s keys: a zone is filed once a block has it).
    `known`, the facts made before, where they still hold of the state (`Facts.still`)."""
    if known is not None and known.still(state.blocks, state.format, state.zone_at):
        return known
    return Facts(state.blocks, state.format, state.zone_at)


def default_pipeline() -> Ruler[State]:
    """A fresh copy of the default rules, so a caller's changes never reach other parses. A rule a
    caller adds (or puts in a default rule's place) may change zones or blocks after the text is
    assembled: the state's kept zone views are made again after it (`State.refresh`)."""
    return Ruler(DEFAULT_RULES, trusted=_DEFAULT_FNS, refresh=State.refresh, needs=NEEDS, facts=facts)


_DEFAULT = default_pipeline()


def shared_default() -> Ruler[State]:
    """The module's own default pipeline (not to be changed; copy it with `default_pipeline()`)."""
    return _DEFAULT
