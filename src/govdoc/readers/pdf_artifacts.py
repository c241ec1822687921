"""A tagged PDF's running heads: text its producer marks as an artifact above everything else on a later page.

A word processor that exports a tagged PDF (Word's Save as PDF with document structure) puts the page headers and
footers it repeats into marked content of the kind `/Artifact` (Pagination): no part of the document's structure.
A folio at the foot is known to the geometry by its shape; a running head is known only by repetition, and a
document of two pages shows its second page's head once (the organ's name set small at the top right: read as a
line of the body, in the middle of its sections, format32). What the producer marked as an artifact and set above
all of a later page's other text is that page's running head, and is set aside as a watermark is. The first page's
head is read: a 发文字号 or 份号 may stand only there (format30), and an artifact at the foot (a 版记 Word keeps in
the last page's footer) is the geometry's to judge.

PDFium names a text object's marks but not their properties' name values (`/Subtype /Header`), so the mark's
name and the object's place decide; only a document PDFium reports as tagged is asked.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

_ARTIFACT = "Artifact"
_NAME_ROOM = 32  # UTF-16 bytes a mark's name is read into: `Artifact` and its NUL fit


class ArtifactMarks:
    """Whether a text object stands in `/Artifact` marked content, through PDFium's marks (handles as addresses)."""

    def __init__(self, bare: Callable[..., Any]) -> None:
        import ctypes

        import pypdfium2.raw as raw

        self.count = bare(raw.FPDFPageObj_CountMarks, ctypes.c_int, (ctypes.c_void_p,))
        self.mark = bare(raw.FPDFPageObj_GetMark, ctypes.c_void_p, (ctypes.c_void_p, ctypes.c_ulong))
        self.name = bare(
            raw.FPDFPageObjMark_GetName,
            ctypes.c_int,
            (ctypes.c_void_p, ctypes.c_void_p, ctypes.c_ulong, ctypes.c_void_p),
        )
        self.buffer = ctypes.create_string_buffer(_NAME_ROOM)
        self.written = ctypes.c_ulong()
        self.written_ref = ctypes.byref(self.written)

    def marked(self, obj: int) -> bool:
        """`obj` (a page object's address) stands in an artifact's marked content, at any depth."""
        for k in range(max(0, int(self.count(obj)))):
            mark = self.mark(obj, k)
            if not mark or not self.name(mark, self.buffer, _NAME_ROOM, self.written_ref):
                continue
            length = min(int(self.written.value), _NAME_ROOM)
            if self.buffer.raw[:length].decode("utf-16-le", "replace").rstrip("\x00") == _ARTIFACT:
                return True
        return False


def running_heads(owners: Sequence[Any], starts: Sequence[int], boxes: Any, marked: Callable[[int], bool]) -> list[int]:
    """The text objects (by their place in `owners`) marked as artifacts and standing above every other text object
    of the page: `starts` gives each object's first character, whose loose box in `boxes` (left, top, right,
    bottom, y up) places it. None where the page holds no other text."""
    artifact = [isinstance(o, int) and o > 0 and marked(o) for o in owners]
    if not any(artifact):
        return []
    tops = [boxes[4 * starts[k] + 1] for k, a in enumerate(artifact) if not a]
    if not tops:
        return []
    highest = max(tops)
    return [k for k, a in enumerate(artifact) if a and boxes[4 * starts[k] + 3] > highest]
