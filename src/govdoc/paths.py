"""File names as text that can always be written as UTF-8 JSON.

POSIX file names are bytes; Python hands back the bytes that are not UTF-8 (GBK names from
Windows archives, say) as lone surrogates, which no UTF-8 encoder accepts, so one such name
used to abort a whole run. Each undecodable byte is written instead as the four visible
characters `\\xNN` (a GBK `测` is `\\xb2\\xe2`): the name stays recognisable and unique,
and the rest of it is kept as it is.
"""

from __future__ import annotations

import os


def text_path(path: str | bytes | os.PathLike[str] | os.PathLike[bytes]) -> str:
    """`path` as valid Unicode text, undecodable bytes escaped as `\\xNN`."""
    name = os.fspath(path)
    if isinstance(name, str):
        if is_clean(name):
            return name
        try:
            raw = os.fsencode(name)
        except UnicodeEncodeError:  # a surrogate that no file system gave: keep its UTF-8 bytes visible
            raw = name.encode("utf-8", "surrogatepass")
    else:
        raw = name
    return raw.decode("utf-8", "backslashreplace")


def is_clean(path: str) -> bool:
    """Whether `path` is already valid Unicode text (no lone surrogates)."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
