"""`w:sym`: a character Word inserted from a font (Insert → Symbol), written as the font and a code.

In a text font the code is the character's own Unicode value (`宋体` `2103` → ℃). In a symbol
font (Symbol, Wingdings) it is the font's 8-bit slot, usually shifted into the private use area
(`F0B4`): the glyph there is the font's own drawing, so the Unicode character is looked up in the
font's table. A slot the table does not know stays the private-use character Word itself puts on
the clipboard, so nothing the file holds is dropped.
"""

from __future__ import annotations

# Adobe Symbol: the slots a document uses for maths and arrows, and the Greek letters.
_SYMBOL = {
    0x2D: "−",
    0xA2: "′",
    0xA3: "≤",
    0xA5: "∞",
    0xAC: "←",
    0xAD: "↑",
    0xAE: "→",
    0xAF: "↓",
    0xB0: "°",
    0xB1: "±",
    0xB2: "″",
    0xB3: "≥",
    0xB4: "×",
    0xB7: "•",
    0xB8: "÷",
    0xB9: "≠",
    0xBA: "≡",
    0xBB: "≈",
    0xD6: "√",
    **{0x41 + k: ch for k, ch in enumerate("ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ")},
    **{0x61 + k: ch for k, ch in enumerate("αβχδεφγηιϕκλμνοπθρστυϖωξψζ")},
}

# Wingdings: the bullets, boxes and ticks that forms and lists use.
_WINGDINGS = {
    0x6C: "●",
    0x6E: "■",
    0x6F: "□",
    0x71: "❑",
    0x75: "◆",
    0x76: "❖",
    0x9F: "•",
    0xA1: "○",
    0xA7: "▪",
    0xA8: "◻",
    0xAB: "★",  # the star of a 密级 (秘密★1年) inserted from Wingdings
    0xD8: "➢",
    0xFB: "✗",
    0xFC: "✓",
    0xFD: "☒",
    0xFE: "☑",
}

# Wingdings 2: the ticks and boxes of forms (公开属性：☑主动公开 ☐依申请公开), where a form's boxes are not
# Wingdings' own; the empty box (0xA3, a white square in the font) is the ballot box a form means.
_WINGDINGS_2 = {
    0x4F: "✗",
    0x50: "✓",
    0x51: "☒",
    0x52: "☑",
    0x53: "☒",
    0x54: "☒",
    0xA3: "☐",
}

_FONTS = {"symbol": _SYMBOL, "wingdings": _WINGDINGS, "wingdings 2": _WINGDINGS_2}


def symbol_text(font: str | None, code: str | None) -> str:
    """The character a `w:sym` shows; empty when its code is no character at all."""
    try:
        value = int(code or "", 16)
    except ValueError:
        return ""
    table = _FONTS.get((font or "").strip().lower())
    if table is None:  # a text font: the code is the character
        if value < 0x20 or value > 0x10FFFF or 0xD800 <= value <= 0xDFFF:
            return ""
        return chr(value)
    slot = value - 0xF000 if 0xF000 <= value <= 0xF0FF else value
    if not 0 <= slot <= 0xFF:
        return ""
    return table.get(slot, chr(0xF000 + slot))


def typed_table(ascii_font: str | None) -> dict[int, str] | None:
    """The table of a symbol font a run's Latin text is set in (`w:rFonts w:ascii="Wingdings 2"`),
    else None. A form copied from another file types its boxes as letters in the font (`£主动公开
    R依申请公开`: £ draws ☐, R draws ☑) instead of inserting them as `w:sym`."""
    return _FONTS.get(ascii_font.strip().lower()) if ascii_font else None


def typed_symbols(table: dict[int, str], text: str) -> str:
    """`text` typed in a symbol font, each character the table knows as the glyph it draws there;
    others (a Han character the font has no glyph for, which Word shows in a fallback) as they are."""
    return "".join(table.get(ord(ch), ch) for ch in text)
