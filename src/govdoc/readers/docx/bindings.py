"""Content controls bound to the data store: the value Word shows in them.

A content control may be mapped by XPath to a node of a custom XML part (`w:dataBinding`: `w:xpath`,
`w:prefixMappings`, `w:storeItemID` naming the part by the `ds:itemID` of its properties part). Word puts
the node's text into the control when it opens the document, whatever the control held: OA systems fill a
bound template so, writing the 文号, title or date only into their own XML part and leaving the controls
showing the template's prompts. A reader of the controls' content alone loses those fields in silence.

`DataStore` finds the package's custom XML parts by relationship (from the main part, as Word relates them)
and reads a binding's node. Only the location paths Word writes are followed (`/ns0:root[1]/ns0:field[1]`,
an attribute step `/@name` last): each step a child's name and position, so a path costs one pass over the
children it walks, never an XPath engine's time. Where the part, the path or the node is missing, the control
keeps its own content (as Word, which leaves an unmapped control as it is). A date control shows its value in
its `w:dateFormat` (`yyyy年M月d日`), a drop-down list the display text of the item holding the value.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import regex

from govdoc.errors import CorruptFileError
from govdoc.readers.docx.names import w
from govdoc.readers.docx.package import Package

_DS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"
_MAPPING = regex.compile(r"xmlns:([\w.-]{1,60})\s*=\s*(['\"])([^'\"]{0,500})\2")
# One step of the location paths Word writes: `ns0:name[1]` (prefix and position optional), or `@attr` last.
_STEP = regex.compile(r"(?:([\w.-]{1,60}):)?([\w.-]{1,200})(?:\[(\d{1,6})\])?")
_ATTRIBUTE = regex.compile(r"@(?:([\w.-]{1,60}):)?([\w.-]{1,200})")
_MAX_STEPS = 64
# A bound value longer than this is no field's (文号, title, date, organ): the control keeps its own content, as the
# store's whole text copied into each control bound to it was amplification, not a document (review27 R10).
_MAX_BOUND_CHARS = 2000
_ISO_DATE = regex.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]*(?:Z|[+-]\d{2}:\d{2})?)?")
_DATE_TOKEN = regex.compile(r"yyyy|yy|MM|M|dd|d|'[^']*'")


def _store_id(value: str | None) -> str:
    """A store item id as compared: braces and letter case aside."""
    return (value or "").strip().strip("{}").upper()


class DataStore:
    """The package's custom XML parts by store item id, read the first time a bound control asks."""

    def __init__(self, pkg: Package) -> None:
        self.pkg = pkg
        self._parts: dict[str, Any] | None = None
        self._values: dict[tuple[str, str, str], str | None] = {}  # each binding's node text, found once
        self._children: dict[Any, dict[str, list[Any]]] = {}  # each node walked through: its elements by name

    def _load(self) -> dict[str, Any]:
        parts: dict[str, Any] = {}
        for kind, target in self.pkg.rels.values():
            if kind != "customXml" or target not in self.pkg.names:
                continue
            try:
                props = next((t for k, t in self.pkg.related(target).values() if k == "customXmlProps"), None)
                root = self.pkg.xml(target)
                ident = self.pkg.xml(props).get(f"{{{_DS}}}itemID") if props is not None else None
            except CorruptFileError:
                continue  # a damaged data part: its controls keep their own content
            if root is not None and ident:
                parts.setdefault(_store_id(ident), root)
        return parts

    def value(self, sdt_pr: Any) -> str | None:
        """The text Word shows in a control whose properties are `sdt_pr`, None where it is not bound or its
        node is not found (the control then shows its own content)."""
        binding = sdt_pr.find(w("dataBinding"))
        if binding is None:
            return None
        if self._parts is None:
            self._parts = self._load()
        store, xpath, prefixes = (binding.get(w(k)) or "" for k in ("storeItemID", "xpath", "prefixMappings"))
        key = (_store_id(store), xpath, prefixes)
        if key not in self._values:
            root = self._parts.get(key[0])
            mappings = {m.group(1): m.group(3) for m in _MAPPING.finditer(prefixes)}
            found = None if root is None else _follow(root, xpath, mappings, self._elements)
            # an empty or blank node shows the control's own content: a template's unfilled field is no value that
            # replaces what the file holds (review27 R9); nor is a node too long for any field's
            self._values[key] = found if found and found.strip() and len(found) <= _MAX_BOUND_CHARS else None
        found = self._values[key]
        return None if found is None else _shown(sdt_pr, found)

    def _elements(self, node: Any) -> dict[str, list[Any]]:
        """A node's child elements by name, gathered the first time a path walks through it (N controls bound
        into one node of M children cost M, not N x M: review27 R10)."""
        kids = self._children.get(node)
        if kids is None:
            kids = self._children[node] = {}
            for c in node:
                if isinstance(c.tag, str):
                    kids.setdefault(c.tag, []).append(c)
        return kids


def _follow(
    root: Any, xpath: str, mappings: dict[str, str], elements: Callable[[Any], dict[str, list[Any]]]
) -> str | None:
    """The text of the node a simple location path names, None where the path is of another form or names none."""
    steps = xpath.strip().split("/")
    if len(steps) < 2 or steps[0] or len(steps) > _MAX_STEPS:
        return None
    node: Any = None
    for k, step in enumerate(steps[1:]):
        attribute = _ATTRIBUTE.fullmatch(step)
        if attribute is not None:
            if node is None or k != len(steps) - 2:
                return None
            name = attribute.group(2)
            if attribute.group(1):
                space = mappings.get(attribute.group(1))
                if space is None:
                    return None
                name = f"{{{space}}}{name}"
            value = node.get(name)
            return None if value is None else str(value)
        match = _STEP.fullmatch(step)
        if match is None:
            return None
        prefix, local, position = match.group(1), match.group(2), int(match.group(3) or 1)
        space = mappings.get(prefix) if prefix else None
        if prefix and space is None:
            return None
        wanted = f"{{{space}}}{local}" if space else local
        same = ([root] if root.tag == wanted else []) if node is None else elements(node).get(wanted, [])
        if len(same) < position:
            return None
        node = same[position - 1]
    return None if node is None else "".join(node.itertext())


def _shown(sdt_pr: Any, value: str) -> str:
    """The value as the control shows it: a date in its format, a list item by its display text."""
    date = sdt_pr.find(w("date"))
    if date is not None:
        iso = _ISO_DATE.fullmatch(value.strip())
        fmt = date.find(w("dateFormat"))
        pattern = fmt.get(w("val")) if fmt is not None else None
        if iso is not None and pattern:
            return _formatted(pattern, int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        return value
    for kind in ("dropDownList", "comboBox"):
        choices = sdt_pr.find(w(kind))
        if choices is None:
            continue
        for item in choices.iter(w("listItem")):
            if item.get(w("value")) == value:
                return item.get(w("displayText")) or value
    return value


def _formatted(pattern: str, year: int, month: int, day: int) -> str:
    """A date written in a Word date format's figures (`yyyy年M月d日`, `yyyy-MM-dd`); other letters kept."""
    values = {
        "yyyy": f"{year:04d}",
        "yy": f"{year % 100:02d}",
        "MM": f"{month:02d}",
        "M": str(month),
        "dd": f"{day:02d}",
        "d": str(day),
    }
    return _DATE_TOKEN.sub(lambda m: values.get(m.group(), m.group()[1:-1]), pattern)
