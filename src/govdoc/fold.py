"""A one-to-one folded copy of text for matching.

Patterns run on `fold(text)`, which has exactly the same length as `text`, so every match
position is also a position in the original and spans never shift. Folding maps full-width
forms to ASCII, look-alike punctuation and dashes to one form, Kangxi radicals and
compatibility ideographs to the ordinary ideograph, and the traditional characters that
matter for matching (届, 会议, 建议, 号, 县 …) to their simplified forms. Values are always
sliced from the original text, so what the user sees keeps the document's own characters.
"""

from __future__ import annotations

import unicodedata

# Traditional → simplified, limited to characters the rules match on (labels, reply
# vocabulary, place levels). One character each way, so the fold stays 1:1.
_TRADITIONAL = (
    "屆届會会議议號号區区縣县鄉乡鎮镇復复覆复辦办協协員员聯联繫系電电話话關关於于對对處处廳厅"
    "務务請请見见黨党團团體体應应題题問问書书記记為为與与國国長长門门開开來来時时間间經经發发"
    "達达實实現现屬属單单謝谢級级範范圍围種种類类評评審审際际內内總总學学醫医稅税傳传郵邮編编"
    "碼码機机構构規规劃划報报滬沪遼辽蘇苏漢汉愛爱歲岁禮礼別别護护組组織织簽签態态項项產产業业"
    "農农衛卫歷历設设節节點点線线車车運运輸输鐵铁東东廣广貴贵雲云陝陕寧宁灣湾臺台幾几無无從从"
    "後后們们個个萬万億亿兩两條条參参齊齐彙汇匯汇覽览專专"
)
_SIMPLE: dict[int, str] = {}
for _i in range(0, len(_TRADITIONAL), 2):
    _SIMPLE[ord(_TRADITIONAL[_i])] = _TRADITIONAL[_i + 1]


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
        "—": "-",
        "–": "-",
        "―": "-",
        "─": "-",
        "‐": "-",
        "‑": "-",
        "‒": "-",
        "━": "-",
        "○": "〇",
        "◯": "〇",
        "Ο": "〇",
        "零": "〇",
    }.items():
        table[ord(src)] = dst
    # Kangxi radicals and CJK compatibility ideographs, as PDFs extract them.
    for start, end in ((0x2F00, 0x2FD6), (0xF900, 0xFADA)):
        for code in range(start, end):
            norm = unicodedata.normalize("NFKC", chr(code))
            if len(norm) == 1 and norm != chr(code):
                table[code] = norm
    table.update(_SIMPLE)
    return table


FOLD_TABLE: dict[int, str] = _build_table()

# str.translate looks each character up in the table; a list indexed by code point answers
# that lookup about twice as fast as a dict. Characters past the BMP raise IndexError,
# which translate takes as "unchanged".
_FAST_TABLE: list[str] = [chr(code) for code in range(0x10000)]
for _code, _target in FOLD_TABLE.items():
    _FAST_TABLE[_code] = _target


def fold(text: str) -> str:
    """The matching copy of `text`: same length, same positions."""
    return text.translate(_FAST_TABLE)
