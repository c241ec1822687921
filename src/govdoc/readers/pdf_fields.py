"""A filled form's values that no appearance stream draws.

A filling tool may write a text field's value (/V) and leave drawing it to the viewer (the AcroForm's
/NeedAppearances true, the widget without /AP). PDFium makes such appearances itself when the page is
flattened, but in a face of its own choosing that holds no Chinese glyphs for a CID font it cannot
embed: `市邮提〔2024〕19号` comes out as `2024 19`. The value is the field's text as the viewer shows it,
so the reader takes it from the field and sets it where the widget stands, as one run of the size its
default appearance (/DA `… 16 Tf`) names; the widget itself is kept out of the flattened page.
"""

from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass
from typing import Any

from govdoc.readers.geometry import Glyph

_SIZE = re.compile(rb"(\d+(?:\.\d+)?)\s+Tf")


@dataclass(frozen=True, slots=True)
class FieldValue:
    """A text field's value and the widget's rectangle (left, bottom, right, top in user space)."""

    text: str
    box: tuple[float, float, float, float]
    size: float

    def glyph(self, height: float) -> Glyph:
        """The value as one run on the page, its baseline measured down from the top (`height` above the
        origin), its characters as wide as a Chinese face sets them (half for ASCII)."""
        left, bottom, _, top = self.box
        width = sum(self.size * (0.5 if ch.isascii() else 1.0) for ch in self.text)
        baseline = bottom + max(0.0, (top - bottom - self.size) / 2) + 0.15 * self.size
        return Glyph(self.text, left + 2, left + 2 + width, height - baseline, self.size)


def unappeared_values(page: Any, env: Any) -> tuple[list[int], list[FieldValue]]:
    """The indexes of the page's visible text-field widgets that hold a value but no appearance stream,
    and their values; the page's other annotations are left to `pdf_chars._filled_form`."""
    import pypdfium2.raw as raw

    indexes: list[int] = []
    values: list[FieldValue] = []
    for k in range(raw.FPDFPage_GetAnnotCount(page)):
        annot = raw.FPDFPage_GetAnnot(page, k)
        if not annot:
            continue
        try:
            if (
                raw.FPDFAnnot_GetSubtype(annot) != raw.FPDF_ANNOT_WIDGET
                or raw.FPDFAnnot_HasKey(annot, b"AP")
                or raw.FPDFAnnot_GetFlags(annot) & (raw.FPDF_ANNOT_FLAG_HIDDEN | raw.FPDF_ANNOT_FLAG_NOVIEW)
                or raw.FPDFAnnot_GetFormFieldType(env, annot) != raw.FPDF_FORMFIELD_TEXTFIELD
            ):
                continue
            text = _value(raw, env, annot).strip()
            rect = raw.FS_RECTF()
            if not text or not raw.FPDFAnnot_GetRect(annot, ctypes.byref(rect)):
                continue
            left, right = sorted((rect.left, rect.right))
            bottom, top = sorted((rect.bottom, rect.top))
            indexes.append(k)
            values.extend(_lines(text, (left, bottom, right, top), _size(raw, annot, top - bottom)))
        finally:
            raw.FPDFPage_CloseAnnot(annot)
    return indexes, values


_BREAK = re.compile(r"\r\n|[\r\n\u2028\u2029]")
_LEADING = 1.2  # a multi-line field's line pitch, in font sizes (a viewer's default leading)


def _lines(text: str, box: tuple[float, float, float, float], size: float) -> list[FieldValue]:
    """A value as the viewer shows it: one run, or, where the value holds line breaks (a multi-line field's
    organs or contact lines, typed one a line), a run a line, each a line's pitch under the one above from the
    widget's top. Read as one run its lines were one line, `某县统计局2024年12月2日` (diffread-B B8 of session 24).
    The lines stay inside the widget, as a viewer sets them: where a line's pitch at `size` would take them past
    its bottom (an auto-sized field, /DA `0 Tf`, whose size stands at three quarters of the height), the pitch is
    the height shared among the lines and the size shrinks with it; set below the widget, its lines fell among
    the page's own and ran into them (`抄送：县政府办公室。某县农业农村局`, diffread27 N3)."""
    parts = _BREAK.split(text)
    if len(parts) == 1:
        return [FieldValue(text, box, size)]
    left, bottom, right, top = box
    pitch = min(_LEADING * size, (top - bottom) / len(parts))
    size = min(size, pitch / _LEADING)
    return [
        FieldValue(line.strip(), (left, top - (k + 1) * pitch, right, top - k * pitch), size)
        for k, line in enumerate(parts)
        if line.strip()
    ]


def _value(raw: Any, env: Any, annot: Any) -> str:
    size = raw.FPDFAnnot_GetFormFieldValue(env, annot, None, 0)
    if size <= 2:
        return ""
    buffer = (ctypes.c_ushort * (size // 2))()
    raw.FPDFAnnot_GetFormFieldValue(env, annot, buffer, size)
    return bytes(buffer)[: size - 2].decode("utf-16-le", "replace")


def _size(raw: Any, annot: Any, height: float) -> float:
    """The font size the widget's /DA names (`/F1 16 Tf`); for none, or 0 (auto), three quarters of its height."""
    length = raw.FPDFAnnot_GetStringValue(annot, b"DA", None, 0)
    if length > 2:
        buffer = (ctypes.c_ushort * (length // 2))()
        raw.FPDFAnnot_GetStringValue(annot, b"DA", buffer, length)
        found = _SIZE.search(bytes(buffer)[: length - 2].decode("utf-16-le", "replace").encode("latin-1", "replace"))
        if found and float(found.group(1)) > 0:
            return float(found.group(1))
    return max(1.0, 0.75 * height)
