"""Package paths that stay inside their zip, shared by the .docx and .ofd readers.

A relationship target or an OFD `BaseLoc` is written by the producer, so it may say `..`
more often than there are folders to climb; folding it here keeps every name a member of
the package (`../../etc/passwd` → `etc/passwd`), never a path outside it.
"""

from __future__ import annotations


def inside(path: str) -> str:
    """A `/`-separated path normalised: no leading slash, no empty pieces, `.` and `..` folded
    inside the package (a `..` at the top is dropped, never climbs out)."""
    parts: list[str] = []
    for piece in path.split("/"):
        if piece == "..":
            if parts:
                parts.pop()
        elif piece and piece != ".":
            parts.append(piece)
    return "/".join(parts)
