"""A small OFD writer for tests: pages of placed characters as an OFD package, two producers' ways.

`by_line` writes one `TextObject` per line with `DeltaX` steps (as most 公文 systems do), and
`by_char` one object per character (as PDF converters do); `shuffle` stores the objects in a
random order, as many producers do, since reading order must come from positions alone.
Coordinates arrive in points (the PDF reader's unit) and are written in millimetres.
"""

from __future__ import annotations

import io
import random
import zipfile
from xml.sax.saxutils import escape, quoteattr

from govdoc.readers.geometry import PT_PER_MM, Glyph, Page, page_lines
from govdoc.readers.glyphs import chars_of

NS = "http://www.ofdspec.org/2016"


def _mm(value: float) -> str:
    return f"{value / PT_PER_MM:.4f}"


def _line_groups(page: Page) -> list[list[Glyph]]:
    """Each line's characters in reading order, with the spaces a reader sees between words
    written as space characters (as a producer writes its source text), cut where the style changes."""
    groups: list[list[Glyph]] = []
    for line in page_lines(page):
        pos = 0
        group: list[Glyph] = []
        for c in (c for run in line.chars for c in chars_of(run)):
            while line.text[pos] == " ":
                if group:
                    group[-1].space_after = True
                pos += 1
            pos += len(c.text)
            if group and (group[-1].font, group[-1].size, group[-1].red) != (c.font, c.size, c.red):
                groups.append(group)
                group = []
            group.append(Glyph(c.text, c.x0, c.x1, c.y, c.size, c.font, c.red, False, c.bold))
        groups.append(group)
    return groups


def _text_object(ident: int, glyphs: list[Glyph], fonts: dict[str, int]) -> str:
    first = glyphs[0]
    text, steps = "", []
    for a, b in zip(glyphs, [*glyphs[1:], None], strict=True):
        text += a.text + (" " if a.space_after else "")
        if b is not None:
            steps += [b.x0 - a.x0, 0.0] if a.space_after else [b.x0 - a.x0]
    deltas = " ".join(_mm(step) for step in steps)
    colour = "255 0 0" if first.red else "0 0 0"
    top = first.y - first.size
    return (
        f'<ofd:TextObject ID="{ident}" Font="{fonts[first.font]}" Size="{_mm(first.size)}" '
        f'Boundary="{_mm(first.x0)} {_mm(top)} {_mm(glyphs[-1].x1 - first.x0)} {_mm(first.size * 1.2)}">'
        f'<ofd:FillColor Value="{colour}"/>'
        f'<ofd:TextCode X="0" Y="{_mm(first.size)}"'
        + (f' DeltaX="{deltas}"' if deltas else "")
        + f">{escape(text)}</ofd:TextCode></ofd:TextObject>"
    )


def write_ofd(pages: list[Page], *, by_char: bool = False, shuffle: int | None = None) -> bytes:
    """An OFD package holding the pages' characters (spaces between Latin words kept as a space)."""
    fonts: dict[str, int] = {}
    for page in pages:
        for g in page.glyphs:
            fonts.setdefault(g.font, 100 + len(fonts))
    files: dict[str, str] = {}
    entries = []
    ident = 1000
    for index, page in enumerate(pages):
        objects = []
        for group in _line_groups(page):
            runs = [[g] for g in group] if by_char else [group]
            for run in runs:
                ident += 1
                objects.append(_text_object(ident, run, fonts))
        if shuffle is not None:
            random.Random(shuffle + index).shuffle(objects)
        files[f"Doc_0/Pages/Page_{index}/Content.xml"] = (
            f'<ofd:Page xmlns:ofd="{NS}"><ofd:Area><ofd:PhysicalBox>0 0 {_mm(page.width)} {_mm(page.height)}'
            f'</ofd:PhysicalBox></ofd:Area><ofd:Content><ofd:Layer ID="{ident + 1}">{"".join(objects)}'
            "</ofd:Layer></ofd:Content></ofd:Page>"
        )
        entries.append(f'<ofd:Page ID="{index + 1}" BaseLoc="Pages/Page_{index}/Content.xml"/>')
    font_list = "".join(f"<ofd:Font ID={quoteattr(str(i))} FontName={quoteattr(name)}/>" for name, i in fonts.items())
    files["Doc_0/PublicRes.xml"] = (
        f'<ofd:Res xmlns:ofd="{NS}" BaseLoc="Res"><ofd:Fonts>{font_list}</ofd:Fonts></ofd:Res>'
    )
    files["Doc_0/Document.xml"] = (
        f'<ofd:Document xmlns:ofd="{NS}"><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297'
        "</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData>"
        f"<ofd:Pages>{''.join(entries)}</ofd:Pages></ofd:Document>"
    )
    files["OFD.xml"] = (
        f'<ofd:OFD xmlns:ofd="{NS}" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:Title>test</ofd:Title>'
        "</ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, text in files.items():
            package.writestr(name, '<?xml version="1.0" encoding="UTF-8"?>\n' + text)
    return buffer.getvalue()
