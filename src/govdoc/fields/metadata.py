"""The 键：值 pairs before the title: 办理结果 lines and a portal's information table.

Tables come as one pair per line, in bullets, or as `[ 索引号 ] | … | [ 文号 ] | … |` pipe rows.
Keys lose their inner spaces and brackets; values stay as written; empty pairs are left out.
"""

from __future__ import annotations

from govdoc.fold import fold
from govdoc.patterns import KEY_VALUE, PIPE_KEY


def _key(raw: str) -> str:
    return "".join(raw.split()).strip("[]【】")


def pairs_of(line: str) -> list[tuple[str, str]]:
    folded = fold(line)
    if folded.count("|") >= 2:
        cells = [c.strip() for c in line.split("|")]
        fcells = [c.strip() for c in folded.split("|")]
        out: list[tuple[str, str]] = []
        k = 0
        while k + 1 < len(cells):
            if PIPE_KEY.match(fcells[k]) and fcells[k]:
                out.append((_key(cells[k]), cells[k + 1]))
                k += 2
            else:
                k += 1
        return [(key, value) for key, value in out if key and value]
    m = KEY_VALUE.match(folded)
    if m is None:
        return []
    value = line[m.start("value") : m.end("value")].strip()
    return [(_key(line[m.start("key") : m.end("key")]), value)] if value else []
