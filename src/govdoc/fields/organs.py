"""Lists of organs or addressees (主送, 抄送), split by the contract's rule."""

from __future__ import annotations

import regex

from govdoc.fold import fold
from govdoc.patterns import HONORIFIC, SPLIT_ORGAN_SUFFIX

_STRONG_SPLIT = regex.compile(r"[,;]")
_TRAILING = " :。.、,;"  # a list's end, or a separator where the list wraps onto the next line


def _organ(part: str) -> bool:
    return len(part) >= 3 and bool(SPLIT_ORGAN_SUFFIX.search(part))


def split_organs(text: str) -> list[str]:
    """Split at `，` `；` always and at `、` only between two organ names (区政协办公室、区委督查局)."""
    folded = fold(text)
    honorific = HONORIFIC.match(folded)
    start = honorific.end() if honorific else 0
    end = len(folded)
    while end > start and folded[end - 1] in _TRAILING:
        end -= 1
    result: list[str] = []
    pos = start
    for m in [*_STRONG_SPLIT.finditer(folded, start, end), None]:
        stop = m.start() if m else end
        result.extend(_split_enumeration(text[pos:stop], folded[pos:stop]))
        pos = m.end() if m else end
    return [r for r in result if r]


def _split_enumeration(text: str, folded: str) -> list[str]:
    pieces = folded.split("、")
    if len(pieces) == 1:
        return [text.strip()]
    groups: list[str] = []
    current_start = 0
    offset = 0
    for k, piece in enumerate(pieces[:-1]):
        offset += len(piece)
        nxt = pieces[k + 1]
        if _organ(piece.strip()) and _organ(nxt.strip()):
            groups.append(text[current_start:offset].strip())
            current_start = offset + 1
        offset += 1
    groups.append(text[current_start:].strip())
    return groups
