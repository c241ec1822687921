"""The .docx zip and its parts, read safely: no entities, no DTD, no network, sizes checked first.

A legacy or password-protected file (an OLE compound file) is told apart before the zip is
opened, so it gets its own error rather than `corrupt-file`.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from govdoc.errors import CorruptFileError, EncryptedError, TooLargeError, UnsupportedFormatError
from govdoc.readers.docx.names import PKG_REL

CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def xml_parser() -> Any:
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


class Package:
    """The zip, its parts and relationships, read safely."""

    def __init__(self, data: bytes, path: str | None, max_unzipped: int) -> None:
        if data.startswith(CFB_MAGIC):
            if "EncryptedPackage".encode("utf-16-le") in data:
                raise EncryptedError("the document is protected by a password", path=path)
            raise UnsupportedFormatError(
                "a legacy Word (.doc/.wps) file: install LibreOffice (soffice) to read it", path=path
            )
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
        except Exception as exc:  # zipfile meets damage with many exception types (struct, version, zlib …)
            raise CorruptFileError("not a .docx package (not a zip archive)", path=path) from exc
        infos = self.zip.infolist()
        declared = sum(max(0, i.file_size) for i in infos)
        if declared > max_unzipped:
            raise TooLargeError(f"unzipped size {declared} bytes is over the limit of {max_unzipped}", path=path)
        self.names = {i.filename for i in infos}
        self.path = path
        self.parser = xml_parser()
        main = self._main_part()
        if main is None:
            raise CorruptFileError("the package has no word/document.xml", path=path)
        self.main = main
        folder = main.rsplit("/", 1)[0]
        self.rels = self._rels(main)
        self.folder = folder

    def _main_part(self) -> str | None:
        if "word/document.xml" in self.names:
            return "word/document.xml"
        root = self.xml("_rels/.rels")
        if root is not None:
            for rel in root.iter(f"{{{PKG_REL}}}Relationship"):
                if rel.get("Type", "").endswith("/officeDocument"):
                    target = str(rel.get("Target", "")).lstrip("/")
                    if target in self.names:
                        return target
        return None

    def xml(self, name: str) -> Any:
        if name not in self.names:
            return None
        from lxml import etree

        try:
            raw = self.zip.read(name)
        except Exception as exc:  # a damaged member: bad CRC, truncated or unknown compression, zlib errors
            raise CorruptFileError(f"{name} cannot be unpacked: {exc}", path=self.path) from exc
        try:
            return etree.fromstring(raw, self.parser)
        except (etree.XMLSyntaxError, ValueError) as exc:
            raise CorruptFileError(f"{name} is damaged: {exc}", path=self.path) from exc

    def _rels(self, part: str) -> dict[str, tuple[str, str]]:
        folder, _, base = part.rpartition("/")
        root = self.xml(f"{folder}/_rels/{base}.rels")
        rels: dict[str, tuple[str, str]] = {}
        if root is None:
            return rels
        for rel in root.iter(f"{{{PKG_REL}}}Relationship"):
            target = rel.get("Target", "")
            if rel.get("TargetMode") == "External":
                continue
            full = target.lstrip("/") if target.startswith("/") else f"{folder}/{target}"
            rels[rel.get("Id", "")] = (rel.get("Type", "").rsplit("/", 1)[-1], normpath(full))
        return rels

    def part_of_type(self, kind: str) -> str | None:
        return next((target for k, target in self.rels.values() if k == kind), None)


def normpath(path: str) -> str:
    parts: list[str] = []
    for piece in path.split("/"):
        if piece == "..":
            if parts:
                parts.pop()
        elif piece and piece != ".":
            parts.append(piece)
    return "/".join(parts)
