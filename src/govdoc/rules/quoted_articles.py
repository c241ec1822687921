"""Articles of a rules text a reply quotes inside a point of its own answer (struct30 cause 2).

`一、关于养犬管理` / `根据《某区养犬管理条例》第二十一条的规定：` / `第二十一条　携犬出户应当束犬链。` / …:
the articles are the cited text's, numbered as it numbers them (from any number), and open no section of the answer:
read as its own article sections they broke the point apart and warned a numbering gap. So with the clauses of such
a text numbered in brackets or figures (`…第二十条规定，排水户应当遵守下列要求：` / `（一）不得…；` / `（二）不得…。`:
struct31 cause 3), each a clause ending on ； or 。, read as the answer's untitled points. `rules.sections` asks
these questions of the lines ending on a colon while it looks for quoted points.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from govdoc import patterns as P
from govdoc.rules.lines import marker_ordinal

if TYPE_CHECKING:
    from govdoc.rules.sections import Heading

POINT_STYLES = frozenset(("cn", "cn-paren", "num", "num-paren"))


def cites_articles(folded: str, below: Heading | None) -> bool:
    """A line of the answer's own part citing a rules text on its colon (`patterns.CITING_LEAD`) over an article:
    the articles under it are quoted (numbered as the cited text numbers them: 第十二条, 第十三条), not the answer's
    sections. In a rules text itself the articles stand under its title or chapters, never under a 一、 point."""
    return below is not None and below.style == "article" and P.CITING_LEAD.search(folded) is not None


def cites_clauses(folded: str, in_points: bool) -> bool:
    """A line of the answer's own part citing a rules text on its colon (`patterns.CITING_LEAD`): numbered clauses
    under it (（一）…； ⏎ （二）…。) are that text's, quoted as a proposer's points are, when each ends its clause and
    the answer goes on under them (`rules.sections._quoted_points` asks the run's shape). Under a rules text's own
    title no answer's point stands above: its lines are its own."""
    # (the pattern is searched, unanchored: asked only of a line that ends on its colon, as a lead does; REVIEW31 R10)
    return in_points and folded.rstrip().endswith(":") and P.CITING_LEAD.search(folded) is not None


def article_run(headings: list[Heading | None], first: int) -> list[int]:
    """The article lines from `first` on that number on one from the other (第十二条, 第十三条 …)."""
    run: list[int] = []
    expected = None
    for j in range(first, len(headings)):
        h = headings[j]
        if h is None or h.style != "article":
            break
        n = marker_ordinal(h.group, h.number)
        if expected is not None and n != expected:
            break
        run.append(j)
        expected = n + 1
    return run
