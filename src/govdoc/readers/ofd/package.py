"""The OFD zip and its XML parts, read safely, and the package paths that tie them together.

The same rules as for .docx: no entities, no DTD, no network; the sizes the zip declares are
checked against `max_unzipped` before anything is inflated, and every member is inflated with
a cap at its declared size, so a header that lies about its size cannot become a zip bomb. The
number of members is bounded by `limits.package_members`, and a path (`BaseLoc`, `DocRoot`)
can only name a member of the package: `..` never climbs out of it (`readers.zipsafe`).
Element names are compared without their namespace, because producers write both
`http://www.ofdspec.org/2016` and `http://www.ofdspec.org`.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections.abc import Iterator
from typing import Any

from govdoc.errors import CorruptFileError, EncryptedError, TooLargeError
from govdoc.limits import DEFAULT_LIMITS
from govdoc.readers.zipsafe import check_not_encrypted, inside, xml_refusal

_CHUNK = 1 << 16


def local(element: Any) -> str:
    """An element's name without its namespace (`{ns}TextObject` → `TextObject`)."""
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def child(element: Any, name: str) -> Any:
    """The first child element called `name`, or None."""
    for c in element:
        if local(c) == name:
            return c
    return None


def children(element: Any, name: str) -> Iterator[Any]:
    """Every child element called `name`, whichever of the OFD namespaces the producer wrote it in."""
    return (c for c in element if local(c) == name)


def text_of(element: Any, name: str) -> str | None:
    """The stripped text of the first child called `name`, or None when absent or empty."""
    found = child(element, name)
    text = (found.text or "").strip() if found is not None else ""
    return text or None


def _xml_parser() -> Any:
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


class Package:
    """The members of an OFD zip by normalised name, inflated on demand within the size budget."""

    def __init__(
        self, data: bytes, path: str | None, max_unzipped: int, max_members: int = DEFAULT_LIMITS.package_members
    ) -> None:
        self.path = path
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zip.infolist()
        except Exception as exc:  # zipfile meets damage with many exception types (struct, version, zlib …)
            raise CorruptFileError("not an OFD package (not a zip archive)", path=path) from exc
        if len(infos) > max_members:
            raise TooLargeError(
                f"the package has {len(infos)} members, over the limit of {max_members} (limits.package_members)",
                path=path,
            )
        declared = sum(max(0, i.file_size) for i in infos)
        if declared > max_unzipped:
            raise TooLargeError(
                f"unzipped size {declared} bytes is over the limit of {max_unzipped} (limits.unzipped_bytes)", path=path
            )
        self.budget = max_unzipped
        self.members: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            name = member_name(info.filename)
            if name and not info.is_dir():
                self.members.setdefault(name, info)
        self._lower = {name.lower(): name for name in self.members}
        if self.find("OFD.xml") is None:
            raise CorruptFileError("the package has no OFD.xml: not an OFD file", path=path)
        if any(name.rsplit("/", 1)[-1].lower() == "encryptions.xml" for name in self.members):
            raise EncryptedError("the OFD package is encrypted (Encryptions.xml)", path=path)
        self._parser = _xml_parser()

    def find(self, name: str) -> str | None:
        """The member called `name` (already normalised), matched exactly or else ignoring case."""
        if name in self.members:
            return name
        return self._lower.get(name.lower())

    def resolve(self, location: str | None, base: str = "") -> str | None:
        """The member a location names: absolute (`/Doc_0/…`) from the package root, otherwise
        relative to the folder `base`; a producer's root-relative path written without its
        slash is found too. None when no such member exists."""
        if not location:
            return None
        location = location.strip().replace("\\", "/")
        if location.startswith("/"):
            return self.find(member_name(location))
        return self.find(member_name(posixpath.join(base, location))) or self.find(member_name(location))

    def read(self, name: str) -> bytes:
        """A member's bytes, never more than it declared nor than the remaining budget."""
        info = self.members[name]
        if info.file_size > self.budget:
            raise TooLargeError(
                f"{name} would pass the limit on unzipped bytes (limits.unzipped_bytes)", path=self.path
            )
        parts: list[bytes] = []
        size = 0
        check_not_encrypted(info, self.path)
        try:
            with self.zip.open(info) as stream:
                while chunk := stream.read(_CHUNK):
                    size += len(chunk)
                    if size > info.file_size:
                        raise CorruptFileError(f"{name} is larger than its zip entry says", path=self.path)
                    parts.append(chunk)
        except CorruptFileError:
            raise
        except Exception as exc:  # a damaged member: bad CRC, truncated or unknown compression, zlib errors
            raise CorruptFileError(f"{name} cannot be unpacked: {exc}", path=self.path) from exc
        self.budget -= size
        return b"".join(parts)

    def xml(self, name: str | None) -> Any:
        """A member parsed as XML, or None when there is no such member."""
        if name is None or name not in self.members:
            return None
        from lxml import etree

        try:
            return etree.fromstring(self.read(name), self._parser)
        except (etree.XMLSyntaxError, ValueError) as exc:
            raise xml_refusal(exc, name, self.path) from exc


def member_name(path: str) -> str:
    """A zip path normalised: forward slashes (OFD producers on Windows write `\\`), then `inside`."""
    return inside(path.replace("\\", "/"))


def folder(name: str) -> str:
    """The folder a member stands in (`Doc_0/Pages/Page_0/Content.xml` → `Doc_0/Pages/Page_0`)."""
    return name.rpartition("/")[0]
