"""Document-level cues: which families of vocabulary the header's and trailer's text holds at all.

Several field rules walk every header and trailer line asking patterns, to find a field most
documents do not have (32 of the 37 benchmark documents state no answer category, 34 no 密级,
紧急程度 or 签发人). Each such field needs a word of its family somewhere in the lines it reads:
an answer category a category letter, label or wording; a 公开属性 公开; a 密级 or 紧急程度 密,
急 or 特提; a 签发人 签 or 署名. The rule `cues` looks for every family once, in one string of
those lines (whitespace removed, so a spaced label `办 理 结 果` counts), and a rule marked
`@cued(family, …)` returns at once where none of its families is present.

A cue is a necessary condition, never a guess: each family's patterns are built from the same
vocabulary as the rule's own (`patterns.CATEGORY_CUES`, `DISCLOSURE_CUES`, `MARKS_CUES`,
`SIGNER_CUES`), and `tests/test_cues.py` fails if a label, wording or zone is added to a rule
but not to its cue. Blocks' text and zones are final once the text is assembled, which is where
the rule runs; a state that never met the rule (`state.cues` None) runs every rule.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from govdoc import patterns as P
from govdoc.state import Block, State, Zone

CATEGORY = "category"
DISCLOSURE = "disclosure"
MARKS = "marks"  # 密级 and 紧急程度
SIGNER = "signer"  # 签发人
RESTRICTION = "restriction"  # 内部资料 and its kin (schema 1.11)

# Each family and its patterns, one of which must match in the cue text.
CUES = (
    (CATEGORY, P.CATEGORY_CUES),
    (DISCLOSURE, P.DISCLOSURE_CUES),
    (MARKS, P.MARKS_CUES),
    (SIGNER, P.SIGNER_CUES),
    (RESTRICTION, P.RESTRICTION_CUES),
)

# The lines the cued rules read: the header's and the trailer's (and the 落款 date's line, wherever it
# stands). Written out here (rules/head imports this module); tests/test_cues.py ties each cued
# rule's zones to it.
CUE_ZONES = frozenset(
    {
        *(Zone.METADATA, Zone.ISSUER, Zone.DOC_NUMBER, Zone.HEADER, Zone.TITLE, Zone.RECIPIENTS),
        *(Zone.SIGNATURE, Zone.TRAILER, Zone.NOTE, Zone.CONTACT, Zone.IMPRINT),
    }
)

Rule = Callable[[State], None]


_TITLE = Zone.TITLE  # a module name: a `Zone.X` look-up is dear (rules/head/zones.py)
_TITLE_ONLY = frozenset((_TITLE,))
_FORM_ROWS = 12  # a form's labelled rows under its title (工单编号, 诉求人, 承办单位, 办理结果 …)


def form_rows(state: State) -> list[Block]:
    """A form's labelled rows right under its title where no 主送 follows them (`…工单答复` /
    `工单编号：…` / `办理结果：已解决` / the text): they stand in the body (the contract's metadata is
    what stands before the title), but what they state of the answer is the document's."""
    if state.recipients_block is not None:
        return []
    blocks = state.blocks
    title = state.title_run()  # the first run of title lines within reach of the top
    rows: list[Block] = []
    if not title:
        return rows
    end = title.stop
    for k in range(end, min(end + _FORM_ROWS, len(blocks))):  # a look a few lines down, not a walk
        b = blocks[k]
        if ":" not in b.folded or P.KEY_VALUE.match(b.folded) is None:
            break  # the rows end where the text begins
        rows.append(b)
    return rows


def cues(state: State) -> None:
    """The rule: `state.cues`, the families whose words the header's and trailer's lines hold (and a
    form's rows under its title, `form_rows`)."""
    date = state.signature_date
    text = "".join([b.folded for b in state.blocks if b.zone in CUE_ZONES or b is date])
    text += "".join(b.folded for b in form_rows(state))
    text = "".join(text.split())
    state.cues = frozenset(name for name, patterns in CUES if any(p.search(text) for p in patterns))


def cued(*families: str) -> Callable[[Rule], Rule]:
    """The rule, run only where the document holds the words of one of `families` (or its cues
    were never read)."""

    def wrap(rule: Rule) -> Rule:
        @functools.wraps(rule)
        def run(state: State) -> None:
            found = state.cues
            if found is None or not found.isdisjoint(families):
                rule(state)

        return run

    return wrap
