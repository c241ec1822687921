"""The marks of mojibake (schema 1.8's `mojibake-suspected`): UTF-8 text read in another codec and saved.

UTF-8 writes a Han character (U+4E00–U+9FFF) as three bytes, the first E4–E9, the others 80–BF
(full-width punctuation: EF BC/BD …, 、。「」: E3 80 …). Read as GBK, each first byte pairs with
the byte after it into one of a few hundred rare characters (鍏 浜 涓 鐨 锛 銆 …); read as cp1252 or
Latin-1, it is one of ã ä å æ ç è é ï followed by two characters of the upper half (€ ‚ … ¿ or a
C1 control). These classes only say where to look: `rules.mojibake` decides by decoding.
"""

from __future__ import annotations

import functools
import re

# the first bytes of UTF-8's three-byte characters that Chinese text uses: Han, CJK punctuation, full-width forms
_LEADS = (0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEF)
_TAILS = range(0x80, 0xC0)
# U+FFFD twice, as UTF-8 (EF BF BD EF BF BD), read as GBK: 锟斤拷. A tool that could not read some bytes put
# U+FFFD in their place, and a later one read that UTF-8 as GBK and saved it: the run is the sure mark of
# both misreadings (no Chinese word is written so), where the lost characters (a figure, a name) stood.
# It decodes back to U+FFFD only, so the Han test of `rules.mojibake` never sees it: it is asked by name.
LOST_CHARACTERS = "锟斤拷"


@functools.cache
def gbk_hint() -> re.Pattern[str]:
    """Two of the characters a UTF-8 lead byte and the byte after it make read as GBK, with one or two
    non-ASCII characters between them (the rest of one garbled character and the next's lead pair):
    the search that says a line may hold such mojibake."""
    chars = set()
    for lead in _LEADS:
        for tail in _TAILS:
            try:
                chars.add(bytes((lead, tail)).decode("gbk"))
            except UnicodeDecodeError:
                continue
    cls = "".join(sorted(re.escape(c) for c in chars))
    return re.compile(f"[{cls}][^\\x00-\\x7f][{cls}]|[{cls}][^\\x00-\\x7f]{{2}}[{cls}]")


@functools.cache
def latin_hint() -> re.Pattern[str]:
    """A UTF-8 lead byte read as cp1252 or Latin-1 (ã ä å æ ç è é ï) and its two continuation bytes
    (the upper half of either codec: € ‚ ƒ … ¿, or a C1 control), twice in a row (å…³äºŽ)."""
    upper = set()
    for byte in _TAILS:
        upper.add(chr(byte))  # Latin-1, and cp1252's five undefined bytes, kept as C1 controls
        try:
            upper.add(bytes((byte,)).decode("cp1252"))
        except UnicodeDecodeError:
            continue
    lead = "".join(chr(b) for b in _LEADS)
    cont = "".join(sorted(re.escape(c) for c in upper))
    one = f"[{lead}][{cont}][{cont}]"
    # Two written out: `(?:…){2,}` finds the same texts at five times the cost, and the rule only asks whether.
    return re.compile(one + one)


@functools.cache
def latin_leads() -> re.Pattern[bytes]:
    """A UTF-8 lead byte read as Latin-1 (ã ä å æ ç è é ï), searched in a text's Latin-1 bytes: every
    `latin_hint` match opens with one, so a text without any needs no `latin_hint` scan."""
    return re.compile(b"[" + re.escape(bytes(_LEADS)) + b"]")


# UTF-8 misread as cp1252 and saved TWICE (a CMS's export re-encoded again): each lead byte's first misreading
# (ã ä å … ï) is itself two characters the second time, `Ã` and the lead's own (`Ã¤`), and a continuation byte
# after it starts with `Â` (Latin-1's upper half), `â` (cp1252's € ‚ … as three bytes) or `Å Æ Ë` (Š Œ ƒ ˆ):
# `Ã¤Â¸Â` for 中. Asked only of a text holding `Ã` (rules.mojibake decides by decoding twice).
@functools.cache
def double_latin_hint() -> re.Pattern[str]:
    """`Ã`, a UTF-8 lead byte's first misreading, and the start of a continuation byte's (compiled on first use)."""
    return re.compile("\u00c3[\u00a3-\u00a9\u00af][\u00c2\u00e2\u00c5\u00c6\u00cb]")


# A GBK (GB2312) text read as Latin-1 or cp1252 and saved: each Han character's two bytes (A1–F7, A1–FE) are
# two Latin-1 letters or signs (`¹ØÓÚ` for 关于). Three pairs in a row: no Chinese and hardly any Latin text
# holds them (rules.mojibake decides by decoding as GBK).
@functools.cache
def gbk_as_latin_hint() -> re.Pattern[str]:
    """Three GB2312 byte pairs read as Latin-1 in a row (compiled on first use)."""
    return re.compile("(?:[\u00a1-\u00f7][\u00a1-\u00fe]){3}")


# Big5 bytes (a traditional text) read as GBK: most pairs are GBK's too and give other Han, but Big5's
# commonest characters and all its punctuation (，A141 。A143 ：A147, 人 A448) lead with A1–A7 before a
# trail byte of 40–7E, a pair GBK leaves unassigned: the reader put U+FFFD for the lead and kept the trail
# as the ASCII character it is (`�G` where `：` stood). U+FFFD after a character of the text (no
# line's start, space, figure or sign) and an ASCII character of 40–7E right after it: the mark
# `rules.mojibake` counts (a GBK text with one damaged byte shows one).
BIG5_AS_GBK_MARK = re.compile("(?<=[^\x00-\x3f])\ufffd[\x40-\x7e]")
# Where such a misreading stands in a line: non-ASCII characters and the ASCII of 40–7E among them (a lost
# pair's kept trail byte, or one the decoder took alone after the lost lead: `住房工作` gives `�愆肖u�@`).
BIG5_AS_GBK_RUN = re.compile("[^\x00-\x3f\x7f]+")
