"""A one-to-one folded copy of text for matching.

Patterns run on `fold(text)`, which has exactly the same length as `text`, so every match
position is also a position in the original and spans never shift. Folding maps full-width
forms to ASCII, look-alike punctuation and dashes to one form, Kangxi radicals,
compatibility ideographs and Japanese forms (県, 歩) to the ordinary ideograph, and traditional characters to simplified
ones by OpenCC's maintained table (`t2s`), keeping only its one-character-to-one-character
entries (shipped as `govdoc.t2s_table`, built from OpenCC by `scripts/build_t2s.py`). In a
text that has traditional characters, OpenCC's phrase table then settles the characters
whose simplified form depends on the word (答覆 → 答复, 乾隆 stays), wherever that keeps the
length. Values are always sliced from the original text, so what the user sees
keeps the document's own characters.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Protocol

from govdoc.t2s_table import PAIRS, SHINJITAI


class _Converter(Protocol):
    def convert(self, text: str) -> str:
        """OpenCC's own conversion, typed here because opencc ships no type hints."""
        ...


@functools.cache
def _converter() -> _Converter:
    import opencc

    converter: _Converter = opencc.OpenCC("t2s")
    return converter


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    # Full-width ASCII (！ … ～) to ASCII; the ideographic space and no-break space to a space.
    for code in range(0xFF01, 0xFF5F):
        table[code] = chr(code - 0xFEE0)
    table[0x3000] = " "
    table[0x00A0] = " "
    table[0x2002] = " "
    table[0x2003] = " "
    table[0x2009] = " "
    # Look-alike punctuation.
    for src, dst in {
        "︰": ":",
        "﹕": ":",
        "∶": ":",
        "﹔": ";",
        "﹐": ",",
        "﹑": "、",
        "﹒": ".",
        "｡": "。",
        "､": "、",
        "﹙": "(",
        "﹚": ")",
        "﹝": "〔",
        "﹞": "〕",
        "〘": "〔",
        "〙": "〕",
        # the white lenticular brackets a font maps 【】 (or a 文号's 〔〕) to: 【】's forms (〖2024〗 a year's)
        "〖": "【",
        "〗": "】",
        "—": "-",
        "–": "-",
        "―": "-",
        "─": "-",
        "‐": "-",
        "‑": "-",
        # Word's non-breaking hyphen as its object model writes it (U+001E: readers.word_text; conv23)
        "\x1e": "-",
        "‒": "-",
        "━": "-",
        # OCR reads the one stroke of 一 as the katakana long mark (ー, half-width ｰ) as it reads it as
        # a dash: a marker `ー、`, `（ー）` is 一、, （一） (patterns.structure.OCR_ONE); no Japanese word
        # stands in a 公文, and elsewhere the folded dash is read as no numeral.
        "ー": "-",
        "ｰ": "-",
        # … and the katakana an input method's or an OCR model's Japanese reading gives for Han of the same
        # strokes: ニ for 二 (a marker `ニ、`, a numeral year), ハ for 八, ロ for 口, エ for 工, カ for 力 (half-width
        # forms too); a 公文 holds no Japanese word, and a foreign name's katakana folded reads as no word
        "ニ": "二",
        "ﾆ": "二",
        "ハ": "八",
        "ﾊ": "八",
        "ロ": "口",
        "ﾛ": "口",
        "エ": "工",
        "ｴ": "工",
        "カ": "力",
        "ｶ": "力",
        # The name dot of a foreign or minority name (阿依古丽·吐尔逊) as other systems write it: the katakana middle
        # dot, its half-width form (a full-to-half-width conversion's ･) and Taiwan's hyphenation point (‧): the
        # names' patterns know the one dot (conv32: a contact's name stopped at ･).
        "・": "·",
        "･": "·",
        "‧": "·",
        "○": "〇",
        "◯": "〇",
        "Ο": "〇",
        # Cyrillic О/о typed for a zero in a numeral year (二ОО六年): no Cyrillic word stands in a 公文.
        "О": "〇",
        "о": "〇",
        "零": "〇",
    }.items():
        table[ord(src)] = dst
    # The other enclosed numbers a word processor numbers a list with: WPS's negative circled ❶ (and ⓫–⓴ past
    # ten), the dingbat fonts' sans-serif ➀ and ➊, the double circled ⓵, and Word's circled ideographs ㊀–㊉ (its
    # ideographEnclosedCircle format): each is the circled family's number (① …), as ⑴ is （1）'s (struct31).
    for first, count, onto in _ENCLOSED_NUMBERS:
        for k in range(count):
            table[first + k] = chr(onto + k)
    # Kangxi radicals and CJK compatibility ideographs, as PDFs extract them (Unicode's own mapping).
    for start, end in ((0x2F00, 0x2FD6), (0xF900, 0xFADA)):
        for code in range(start, end):
            norm = unicodedata.normalize("NFKC", chr(code))
            if len(norm) == 1 and norm != chr(code):
                table[code] = norm
    # The radicals supplement's whole-character forms, which Unicode maps to nothing (⻅ for 见, ⺠ for 民):
    # a PDF viewer's copy gives them as it gives the Kangxi radicals (noise20: 意⻅ was no 意见's kind).
    table.update(RADICAL_SUPPLEMENT)
    # Japanese forms a copy's font mapped characters to (県 for 县, 歩 for 步, 関 for 关: noise21's 下一歩 was
    # no plan's word), by OpenCC's `jp2t` then `t2s` (govdoc.t2s_table.SHINJITAI: only forms GB2312 lacks,
    # so 予, 欠, 芸, 弁 stay the Chinese characters they are). Forms, as the radicals are: they fold in a
    # traditional text too, after OpenCC's phrases.
    table.update(zip(map(ord, SHINJITAI[0::2]), SHINJITAI[1::2], strict=True))
    return table


# (first code point, how many, the circled number the first folds to: ① is U+2460, ⑪ U+246A)
_ENCLOSED_NUMBERS = (
    (0x2776, 10, 0x2460),  # ❶–❿ negative circled
    (0x24EB, 10, 0x246A),  # ⓫–⓴ negative circled, eleven to twenty
    (0x24F5, 10, 0x2460),  # ⓵–⓾ double circled
    (0x2780, 10, 0x2460),  # ➀–➉ dingbat circled sans-serif
    (0x278A, 10, 0x2460),  # ➊–➓ dingbat negative circled sans-serif
    (0x3280, 10, 0x2460),  # ㊀–㊉ circled ideographs
)


# The CJK radicals supplement's forms that stand for a whole character (U+2E80–U+2EF3), each with the
# ideograph it draws; a component form such as ⻏ or ⻈ is no character of text. One table: the PDF
# reader reads them as their ideographs too (readers.radicals).
_SUPPLEMENT_PAIRS = (
    "⻅见⻆角⻉贝⻋车⻓长⻔门⻘青⻙韦⻚页⻛风⻜飞⻝食⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻬齐⻮齿⻰龙⻳龟⺠民⺟母⻄西"
)
RADICAL_SUPPLEMENT: dict[int, str] = {
    ord(_SUPPLEMENT_PAIRS[k]): _SUPPLEMENT_PAIRS[k + 1] for k in range(0, len(_SUPPLEMENT_PAIRS), 2)
}


# OpenCC's table as `scripts/build_t2s.py` ships it: asking OpenCC at import would convert
# every ideograph at the start of each parse (tens of milliseconds).
_SIMPLIFIED: dict[int, str] = dict(zip(map(ord, PAIRS[0::2]), PAIRS[1::2], strict=True))
_FORMS: dict[int, str] = _build_table()
FOLD_TABLE: dict[int, str] = {**_FORMS, **_SIMPLIFIED}
# The characters folding changes (the BMP's: `fold` has always left the planes beyond alone)
# and every traditional character OpenCC knows, found in one pass by a character class that the
# standard library's `re` keeps as a bitmap. A Chinese text has a few dozen of them per thousand
# characters (full-width ，：（）), so replacing just those beats `str.translate`, which looks
# up every character in the table (about three times faster on a whole document).
_CHANGED: dict[str, str] = {chr(k): v for k, v in FOLD_TABLE.items() if k < 0x10000 and v != chr(k)}
_TRADITIONAL = frozenset(PAIRS[0::2])
_CHANGING = re.compile("([" + re.escape("".join(sorted(_CHANGED.keys() | _TRADITIONAL))) + "])")


@functools.cache
def _full_table() -> list[str]:
    """The whole table for `str.translate`, for text with traditional characters and long text.

    A list indexed by code point answers translate's lookups about twice as fast as a dict;
    characters past the BMP raise IndexError, which translate takes as "unchanged".
    """
    table = list(map(chr, range(0x10000)))
    for code, target in FOLD_TABLE.items():
        table[code] = target
    return table


@functools.cache
def _forms_table() -> list[str]:
    """The table without the character conversion, for text OpenCC's phrases have converted."""
    table = list(map(chr, range(0x10000)))
    for code, target in _FORMS.items():
        table[code] = target
    return table


def fold(text: str) -> str:
    """The matching copy of `text`: same length, same positions.

    Rules and field extractors fold the same short strings again and again (a line handed to
    several of them, a label, a title), so short ones are remembered: asking again costs a
    look-up. A block's own text has its folded copy ready as `Block.folded` (made once by the
    reader); slices of it fold alike (`block.folded[a:b]`).
    """
    if len(text) <= _REMEMBERED_LENGTH:
        return _fold_short(text)
    return _fold(text)


_REMEMBERED_LENGTH = 256  # with the cache's size, a few megabytes at most
# Splitting makes a string object per changing character: past this length (a document far
# longer than any 公文, perhaps hostile: a file of full-width letters) the table is applied
# to every character instead, in memory proportional to the text.
_SPLIT_LENGTH = 1 << 16


@functools.lru_cache(maxsize=4096)
def _fold_short(text: str) -> str:
    return _fold(text)


# The changing characters a Chinese text holds by the dozen (full-width comma, parentheses,
# colon and semicolon, the ideographic and no-break spaces): each is replaced throughout in one
# C-level call first, so the split below meets only the few others (about 40% less time a text).
_COMMON: tuple[tuple[str, str], ...] = tuple((c, _CHANGED[c]) for c in "，\u3000（）：\xa0；")


def _fold(text: str) -> str:
    if len(text) > _SPLIT_LENGTH:
        return _fold_long(text)
    folded = text
    for common, target in _COMMON:
        folded = folded.replace(common, target)
    pieces = _CHANGING.split(folded)  # the text between the other changing characters, and each of them
    if len(pieces) == 1:
        return folded
    changing = pieces[1::2]
    if _TRADITIONAL.isdisjoint(changing):  # the common characters are no traditional ones
        pieces[1::2] = [_CHANGED[c] for c in changing]
        return "".join(pieces)
    return _fold_traditional(text)


def _fold_long(text: str) -> str:
    if _CHANGING.search(text) is None:
        return text
    if _traditional_at().search(text) is None:
        return text.translate(_full_table())
    return _fold_traditional(text)


@functools.cache
def _traditional_at() -> re.Pattern[str]:
    return re.compile("[" + re.escape("".join(sorted(_TRADITIONAL))) + "]")


def _fold_traditional(text: str) -> str:
    """Text with traditional characters: OpenCC's phrases first, where they keep the length."""
    phrased = _converter().convert(text)
    if len(phrased) != len(text):
        return text.translate(_full_table())
    return phrased.translate(_forms_table())
