"""The .docx zip and its parts, read safely: no entities, no DTD, no network, bounded inflation.

Parts are inflated in chunks and counted as they stream out against `limits.unzipped_bytes`
(for the whole package), so a part whose zip header declares 1 KB but inflates to gigabytes
is stopped at the limit: what the archive declares is never trusted. A text node larger
than libxml2's default 10 MB is a genuine document, read with `huge_tree` once the part is
known to be within the limits, its nesting then held to `limits.xml_depth`.

A legacy or password-protected file (an OLE compound file) is told apart before the zip is
opened, so it gets its own error rather than `corrupt-file`.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from govdoc.errors import CorruptFileError, EncryptedError, TooLargeError, UnsupportedFormatError
from govdoc.limits import Limits
from govdoc.readers.docx.names import PKG_REL, STRICT_MARK, transitional
from govdoc.readers.zipsafe import check_not_encrypted, inside, xml_refusal

CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


_CHUNK = 1 << 20


def xml_parser(huge: bool = False) -> Any:
    """An lxml parser that resolves no entities and loads no DTD or network resource (no XXE); `huge` lifts
    libxml2's 10 MB cap on a text node.
    """
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=huge)


def _depth_over(root: Any, limit: int) -> bool:
    """Whether elements nest deeper than `limit` under `root` (one pass over the tree)."""
    from lxml import etree

    depth = 0
    for event, _ in etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        if depth > limit:
            return True
    return False


_UPPER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _twice(infos: list[zipfile.ZipInfo]) -> str:
    """The first name two members of a zip share: a package's part names are unique (OPC), and readers differ on
    which copy is the part (zipfile reads the last, others the first), so neither is read as the document."""
    seen: set[str] = set()
    for info in infos:
        if info.filename in seen:
            return info.filename
        seen.add(info.filename)
    return ""


def _ascii_lower(name: str) -> str:
    """A part name with its ASCII letters lower-cased, others kept (OPC folds ASCII case only)."""
    return name.translate(_UPPER)


class Package:
    """The zip, its parts and relationships, read safely."""

    def __init__(self, data: bytes, path: str | None, limits: Limits) -> None:
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
        self.infos = {i.filename: i for i in infos}
        if len(self.infos) < len(infos):
            raise CorruptFileError(f"the package holds two parts named {_twice(infos)}", path=path)
        self.names = set(self.infos)
        self._folded: dict[str, str] | None = None  # the items by their ASCII-lower-cased names, built when asked
        self.path = path
        self.limits = limits
        self.inflated = 0
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
                    target = self.item(str(rel.get("Target", "")).lstrip("/"))
                    if target in self.names:
                        return target
        return None

    def item(self, name: str) -> str:
        """The zip item a part name names. OPC compares part names without regard to ASCII letter case (ECMA-376
        Part 2, 8.1.1.2) and Word opens a package whose relationships say `Numbering.xml` for the item
        `word/numbering.xml`: where no item bears the name as written, the one equal to it but for case."""
        if name in self.names:
            return name
        if self._folded is None:
            self._folded = {}
            for item in sorted(self.names):
                self._folded.setdefault(_ascii_lower(item), item)
        return self._folded.get(_ascii_lower(name), name)

    def xml(self, name: str) -> Any:
        """A part's XML root, None when the package lacks it; a damaged part is `corrupt-file`, and one read
        with `huge_tree` is then held to `limits.xml_depth`.
        """
        if name not in self.names:
            return None
        from lxml import etree

        raw = self.read(name)
        if STRICT_MARK in raw:
            raw = transitional(raw)
        try:
            return etree.fromstring(raw, self.parser)
        except etree.XMLSyntaxError as exc:
            if "huge" not in str(exc).lower():
                raise xml_refusal(exc, name, self.path, self.limits) from exc
        except ValueError as exc:
            raise CorruptFileError(f"{name} is damaged: {exc}", path=self.path) from exc
        try:  # a text node over libxml2's 10 MB default: genuine, and already within unzipped_bytes
            root = etree.fromstring(raw, xml_parser(huge=True))
        except (etree.XMLSyntaxError, ValueError) as exc:
            raise xml_refusal(exc, name, self.path, self.limits) from exc
        if _depth_over(root, self.limits.xml_depth):
            raise self.limits.exceeded("xml_depth", path=self.path, what=f"XML nesting depth of {name}")
        return root

    def read(self, name: str) -> bytes:
        """One part's bytes, inflated in chunks and counted against `limits.unzipped_bytes` as they come."""
        budget = self.limits.unzipped_bytes - self.inflated
        chunks: list[bytes] = []
        check_not_encrypted(self.infos[name], self.path)
        try:
            with self.zip.open(self.infos[name]) as member:
                while chunk := member.read(min(_CHUNK, budget + 1)):
                    chunks.append(chunk)
                    budget -= len(chunk)
                    if budget < 0:
                        raise self.limits.exceeded("unzipped_bytes", path=self.path, what="bytes unzipped")
        except TooLargeError:
            raise
        except Exception as exc:  # a damaged member: bad CRC, truncated or unknown compression, zlib errors
            raise CorruptFileError(f"{name} cannot be unpacked: {exc}", path=self.path) from exc
        self.inflated = self.limits.unzipped_bytes - budget
        return b"".join(chunks)

    def related(self, part: str) -> dict[str, tuple[str, str]]:
        """A part's relationships: id → (kind, the part it names), external targets left out."""
        return self._rels(part)

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
            rels[rel.get("Id", "")] = (rel.get("Type", "").rsplit("/", 1)[-1], self._target(folder, target))
        return rels

    def _target(self, folder: str, target: str) -> str:
        """The part a relationship's target names, inside the package. A target is a URI, so a writer may
        percent-encode it (`my%20chunk.htm`) where the zip item is named as decoded (`my chunk.htm`):
        the decoded name is taken when only it is in the package."""
        full = self.item(inside(target.lstrip("/") if target.startswith("/") else f"{folder}/{target}"))
        if full in self.names or "%" not in full:
            return full
        from urllib.parse import unquote

        decoded = self.item(inside(unquote(full)))
        return decoded if decoded in self.names else full

    def part_of_type(self, kind: str) -> str | None:
        """The main part's related part of a kind (`styles`, `numbering`), found by relationship, as writers
        name the part files differently.
        """
        return next((target for k, target in self.rels.values() if k == kind), None)
