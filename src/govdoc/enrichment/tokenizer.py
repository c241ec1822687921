"""jieba, loaded once per process and only when enrichment is asked for.

govdoc keeps its own `jieba.Tokenizer` (the global one stays untouched for the caller) with
the genre's user dictionary, and puts jieba's dictionary cache in a per-user folder
(`$XDG_CACHE_HOME/govdoc`, else `~/.cache/govdoc`): the default, one file in the shared temp
folder, is raced by concurrent worker processes and other users. jieba writes the cache to
a fresh temporary file and renames it into place, so workers sharing the folder never read
a half-written cache.
"""

from __future__ import annotations

import math
import os
import threading
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

_LOCK = threading.Lock()


def cache_dir() -> Path:
    """The per-user folder for jieba's dictionary cache: jieba's default, one file in the shared temp
    folder, is raced by concurrent workers and other users.
    """
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    path = Path(base) / "govdoc"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _data(name: str) -> str:
    return str(resources.files("govdoc.enrichment").joinpath("data", name))


@lru_cache(maxsize=1)
def tokenizer() -> Any:
    """govdoc's own jieba tokenizer with the genre's user dictionary, built once per process under a lock;
    the caller's global jieba is left as it was.
    """
    with _LOCK:
        import logging

        import jieba

        jieba.setLogLevel(logging.WARNING)
        tok = jieba.Tokenizer()
        tok.tmp_dir = str(cache_dir())
        tok.cache_file = "jieba.govdoc.cache"
        tok.initialize()
        tok.load_userdict(_data("userdict.txt"))
        return tok


@lru_cache(maxsize=1)
def pos_tokenizer() -> Any:
    """The part-of-speech tagger over govdoc's tokenizer, so that tagging follows the genre's dictionary."""
    import jieba.posseg

    return jieba.posseg.POSTokenizer(tokenizer())


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Words never offered as keywords: the genre's stock phrases (工作, 推进, 答复 …) that every document has."""
    with open(_data("stopwords.txt"), encoding="utf-8") as fh:
        return frozenset(line.strip() for line in fh if line.strip())


@lru_cache(maxsize=1)
def general_idf() -> tuple[dict[str, float], float]:
    """jieba's IDF table (from a general corpus) and its median, for unseen words."""
    import jieba.analyse

    path = os.path.join(os.path.dirname(jieba.analyse.__file__), "idf.txt")
    table: dict[str, float] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            word, _, value = line.rstrip("\n").partition(" ")
            if value:
                table[word] = float(value)
    values = sorted(table.values())
    return table, values[len(values) // 2]


@lru_cache(maxsize=1)
def genre_rarity() -> tuple[dict[str, float], float]:
    """How rare each word is across government documents: 1 for unseen, near 0 for everywhere."""
    table: dict[str, float] = {}
    documents = 1
    with open(_data("gov_df.tsv"), encoding="utf-8") as fh:
        for line in fh:
            word, _, value = line.rstrip("\n").partition("\t")
            if word == "#documents":
                documents = int(value)
            elif value:
                table[word] = float(value)
    scale = math.log(documents + 1)
    return {w: max(0.0, math.log((documents + 1) / (n + 1)) / scale) for w, n in table.items()}, 1.0


Token = tuple[int, str, str]  # (offset in the text, word, part-of-speech flag)


def tag(text: str) -> list[Token]:
    """Words with their part of speech and offset: jieba runs once over a document."""
    tokens: list[Token] = []
    at = 0
    for pair in pos_tokenizer().cut(text):
        tokens.append((at, pair.word, pair.flag))
        at += len(pair.word)
    return tokens
