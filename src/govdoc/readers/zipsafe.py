"""Package paths that stay inside their zip, shared by the .docx and .ofd readers.

A relationship target or an OFD `BaseLoc` is written by the producer, so it may say `..`
more often than there are folders to climb; folding it here keeps every name a member of
the package (`../../etc/passwd` → `etc/passwd`), never a path outside it.
"""

from __future__ import annotations

import zipfile

from govdoc.errors import CorruptFileError, EncryptedError, GovDocError
from govdoc.limits import DEFAULT_LIMITS, Limits

_ENCRYPTED_FLAG = 0x1  # general purpose bit 0 of a zip entry: the member is encrypted


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


def check_not_encrypted(info: zipfile.ZipInfo, path: str | None) -> None:
    """Refuse a member the zip says is password-protected as `encrypted`: zipfile would raise a bare
    RuntimeError on it, which is no damage of the file but a password the caller must supply."""
    if info.flag_bits & _ENCRYPTED_FLAG:
        raise EncryptedError(f"{info.filename} is protected by a password", path=path)


def xml_refusal(exc: Exception, name: str, path: str | None, limits: Limits = DEFAULT_LIMITS) -> GovDocError:
    """The error for a part libxml2 would not parse: nesting past its depth cap is a limit of
    ours (`too-large`, naming `limits.xml_depth`), not damage; anything else is `corrupt-file`."""
    if "excessive depth" in str(exc).lower():
        return limits.exceeded("xml_depth", path=path, what=f"XML nesting depth of {name}")
    return CorruptFileError(f"{name} is damaged: {exc}", path=path)
