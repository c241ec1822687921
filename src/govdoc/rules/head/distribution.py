"""`header.distribution` (schema 1.9): the 附注 saying how far a document is sent or read out.

GB/T 9704 (7.3.7) prints under the 成文日期 a 附注 in brackets that says, besides the 公开属性 (read as
`header.disclosure`), the document's 印发传达范围: （此件发至县级）, （此件发至乡镇，传达至村（社区））. Up to 1.8
it stood in the text in no element (`content-unplaced`); it says who may read the document, so it is
a field of its own, the scope as written (the brackets, 附注： and 此件 left out) with its span.
"""

from __future__ import annotations

from govdoc import patterns as P
from govdoc.rules import field_spans as S
from govdoc.rules import lines as L
from govdoc.rules.head.update import set_header
from govdoc.state import State, Zone

# The 附注's places: its own lines after the 落款, or lines the trailer holds; a note on the date's line
# (2024年5月6日（此件发至乡镇）) is read from its bracket on.
_NOTE_ZONES = frozenset((Zone.NOTE, Zone.TRAILER, Zone.CONTACT))
_LONGEST = 80  # a note of several parts; a longer line is running text


def distribution(state: State) -> None:
    """The rule: the first 附注 line (or the 落款 date's bracketed tail) that opens with a 发至/传达至 part."""
    dated = state.signature_date
    lines = state.in_zones(_NOTE_ZONES)
    if dated is not None and dated.folded.endswith((")", "】")):
        lines.insert(0, dated)
    for b in lines:
        f = b.folded
        if len(f) > _LONGEST or not ("至" in f or "到" in f):
            continue
        start = f.find("(", L.date_end(b)) if b is dated else 0
        if start < 0:
            continue
        m = P.DISTRIBUTION_NOTE.match(f[start:] if start else f)  # (`^` holds at the string's start only)
        if m is None:
            continue
        begin, end = start + m.start("scope"), start + m.end("scope")
        set_header(state, distribution=b.text[begin:end].strip(), distribution_span=S.at(state, b, begin, end))
        return
