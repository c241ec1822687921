"""`header.restriction` (schema 1.11): a circulation mark that is no 密级, above the title.

A 简报, a 信息 or a notice for internal use prints `内部资料　注意保存` (or `内部资料`, `内部刊物`, `内部文件`)
on a line of its own at the head, as a classified document prints its 密级 there. It is no 密级 (the
contract's `security` is 绝密, 机密 or 秘密 and its 保密期限, a state secret's grade), nor a 键：值 pair
(`metadata`), and up to 1.10 it stood in the text in no element (`content-unplaced`). It says who may
read the document, so it is a header field of its own, as written, with its span. Only a head line that
is wholly the mark: a sentence of the body that names 内部资料 is text.
"""

from __future__ import annotations

from govdoc import patterns as P
from govdoc.rules import field_spans as S
from govdoc.rules.cues import RESTRICTION, cued
from govdoc.rules.head.update import set_header
from govdoc.rules.head.zones import header_blocks
from govdoc.state import State

_LONGEST = 16  # the longest mark's line, brackets and spaces aside
_WORDS = P.RESTRICTION_WORDS


@cued(RESTRICTION)
def restriction(state: State) -> None:
    """The rule: the first head line that is wholly a circulation mark (`patterns.RESTRICTION`); asked only
    of a document whose head or trailer holds one of its words (`rules.cues`), and of those lines only the
    short ones holding one."""
    for b in header_blocks(state):
        f = b.folded.strip()
        if len(f) > _LONGEST or not (_WORDS[0] in f or _WORDS[1] in f):
            continue
        m = P.RESTRICTION.match(f)
        if m is None:
            continue
        lead = len(b.folded) - len(b.folded.lstrip())
        begin, end = lead + m.start("v"), lead + m.end("v")
        set_header(state, restriction=b.text[begin:end], restriction_span=S.at(state, b, begin, end))
        return
