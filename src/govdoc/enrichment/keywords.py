"""Keywords: TF-IDF where a word common to the genre counts for little.

A word's score is its frequency in the text times jieba's general IDF, weighed by its rarity
in government documents (govdoc's shipped table): 工作 or 推进 stand in almost every reply and
say nothing about this one, 元宇宙 does. Stock words of the genre are stopped outright.
"""

from __future__ import annotations

from collections import Counter

from govdoc.enrichment.tokenizer import Token, general_idf, genre_rarity, stop_words
from govdoc.model import Keyword

_KEEP = ("n", "nz", "vn", "nt", "ns", "l", "i", "j", "eng", "nr", "nrt")
TOP = 12


def keywords(tokens: list[Token], ranges: list[tuple[int, int]], top: int = TOP) -> tuple[Keyword, ...]:
    """The most telling words among the tokens that fall inside `ranges` of the text."""
    stops = stop_words()
    idf, median = general_idf()
    rarity, unseen = genre_rarity()
    counts: Counter[str] = Counter()
    bounds = sorted(ranges)
    k = 0
    for at, word, flag in tokens:
        while k < len(bounds) and bounds[k][1] <= at:
            k += 1
        if k == len(bounds):
            break
        if at < bounds[k][0]:
            continue
        if len(word) < 2 or word in stops or not flag.startswith(_KEEP) or any(ch.isdigit() for ch in word):
            continue
        counts[word] += 1
    total = sum(counts.values()) or 1
    scored = [
        (word, n / total * idf.get(word, median) * (0.2 + 0.8 * rarity.get(word, unseen))) for word, n in counts.items()
    ]
    scored.sort(key=lambda kv: (-kv[1], kv[0]))
    return tuple(Keyword(word, round(weight, 4)) for word, weight in scored[:top])
