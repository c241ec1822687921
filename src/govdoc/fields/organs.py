"""Lists of organs or addressees (主送, 抄送), split by the contract's rule."""

from __future__ import annotations

import itertools

import regex

from govdoc.fold import fold
from govdoc.guards import Opening
from govdoc.patterns import HONORIFIC, OPENING_PLACE, ORGAN_ENDING_ONLY, PLACE_ONLY, SPLIT_ORGAN_SUFFIX

_STRONG_SPLIT = regex.compile(r"[,;]")
# A space kept between two organs' names (县政府办 县政协提案委): the layout rule keeps only those.
_KEPT_SPACE = regex.compile(r"(?<=\p{Han})[ \u3000\xa0\u2002\u2003\u2009](?=\p{Han})")
_MIN_SPACED_ORGAN = 4  # 县政府办; a shorter piece (宣传部, 国务院) may be the tail of one name letter-spaced
# A three-character name that opens with its level (县委办, 市政府, 区财政局's 区财局) is whole: a
# name's letter-spaced tail (宣传部, 国务院) opens with no level word.
_LEVEL_FIRST = frozenset("省市区县镇乡")
_TRAILING = " :。.、,;"  # a list's end, or a separator where the list wraps onto the next line


def _organ(part: str) -> bool:
    return len(part) >= 3 and bool(SPLIT_ORGAN_SUFFIX.search(part))


def complete_organ(folded: str) -> bool:
    """A whole organ's name on its own (县政府办, 某市中级人民法院): at least four characters ending in the
    contract's organ list, and neither a place alone (某某市) nor an organ's ending alone (管理委员会),
    which are the halves of ONE name a layout may part with a space (某市 教育局, 某县人民政府 办公室)."""
    return (
        (len(folded) >= _MIN_SPACED_ORGAN or (len(folded) == _MIN_SPACED_ORGAN - 1 and folded[0] in _LEVEL_FIRST))
        and bool(SPLIT_ORGAN_SUFFIX.search(folded))
        and not PLACE_ONLY.match(folded)
        and not ORGAN_ENDING_ONLY.match(folded)
    )


_HONORIFIC = Opening(HONORIFIC)  # asked only of a name opening as one (尊敬的, 敬爱的, 亲爱的), read off its source


def split_organs(text: str) -> list[str]:
    """Split at `，` `；` always, at `、` only between two organ names (区政协办公室、区委督查局), and at
    a space the layout rule kept because it stands between two complete organs' names."""
    folded = fold(text)
    honorific = _HONORIFIC.match(folded)
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
    if _KEPT_SPACE.search(folded):
        return [g for part in _split_at_enumeration_comma(text, folded) for g in _split_at_spaces(part)]
    return _split_at_enumeration_comma(text, folded)


def _split_at_spaces(text: str) -> list[str]:
    """A name cut at each space between two complete organs' names (the space the layout rule kept)."""
    cuts = [m.start() for m in _KEPT_SPACE.finditer(text)]
    bounds = [0, *cuts, len(text)]
    pieces = [text[a:b].strip() for a, b in itertools.pairwise(bounds)]
    if len(pieces) > 1 and all(complete_organ(fold(p)) for p in pieces):
        return pieces
    return [text]


def _split_at_enumeration_comma(text: str, folded: str) -> list[str]:
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


def split_at_repeated_place(name: str) -> list[str]:
    """Organs of one place glued into one name (青禾区市场监督管理局青禾区教育局), cut where the place the name
    opens with opens a name again, when every piece is a whole organ's name.

    A joint 落款 sets its organs side by side a gap apart; a recogniser reading the row as one line, or a
    copy that dropped the gap, glues them. A single organ never repeats its own place's full name inside
    itself (青禾区青禾街道办事处 is 青禾街道's, and 青禾街道办事处 no whole 青禾区 name), so the repeat is the cut.
    """
    opening = OPENING_PLACE.match(name)
    if opening is None:
        return [name]
    place = opening.group()
    cuts = [m.start() for m in regex.finditer(regex.escape(place), name) if m.start() > 0]
    pieces = [name[a:b] for a, b in itertools.pairwise([0, *cuts, len(name)])]
    if len(pieces) > 1 and all(complete_organ(fold(p)) for p in pieces):
        return pieces
    return [name]
