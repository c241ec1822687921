"""Session 15's steps outside the rules answer exactly what they replace.

`locate` writes each span's source position with `_Places.of`'s common case (a span inside one
block) worked out in its own loop, and reads a text line's number without `_numbered`'s two calls:
every span of every text document must carry what `_Places.of` answers for it, and spans before
the first block, empty spans and spans over several blocks (lines in order, out of order, of
mixed kinds) the same. `Block` has its `__init__` written out (no `__post_init__` call): its
parameters are its fields, in order, with their defaults, and a block made without a folded copy
(or with one of another length) folds its text, as before.
"""

from __future__ import annotations

import dataclasses
import inspect
from pathlib import Path
from typing import cast

import pytest

from govdoc.blocks import Block, Box, Origin, Zone
from govdoc.model import QUICK_INIT, Document, Source, Span
from govdoc.pipeline import default_pipeline
from govdoc.readers import format_of, read_bytes
from govdoc.readers.sniff import choose_format
from govdoc.rules.build import build_document
from govdoc.rules.positions import _Places, locate, spans_of
from govdoc.state import State

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def _texts() -> list[Path]:
    paths = sorted((ROOT / "fixtures").glob("*.txt")) + sorted((ROOT / "fixtures").glob("*.md"))
    for folder in (SHARED / "seed", SHARED / "corpus" / "dev"):
        paths += sorted(folder.glob("*.txt"))
    return paths


def _state(path: Path) -> State:
    raw = path.read_bytes()
    reading = read_bytes(raw, choose_format(raw, format_of(str(path))))
    state = State(blocks=reading.blocks, format=reading.format)
    default_pipeline().run(state)
    return state


@pytest.mark.parametrize("path", _texts(), ids=lambda p: p.name)
def test_every_span_carries_what_places_answers_for_it(path: Path) -> None:
    state = _state(path)
    doc = build_document(state, Source(None, "txt", "utf-8", None, ""))
    places = _Places(state.blocks)
    spans = spans_of(doc)[0]
    assert spans
    for span in spans:
        expected = places.of(span.start, span.end) or (None, ())
        assert (span.source_ref, span.source_box) == expected, span


def _line(text: str, start: int, *refs: str, boxes: tuple[Box, ...] = ()) -> Block:
    block = Block(text, zone=Zone.BODY, origin=Origin(refs, boxes))
    block.start = start
    return block


def _located(blocks: list[Block], spans: list[Span]) -> list[tuple[str | None, tuple[object, ...]]]:
    locate(cast("Document", None), blocks, spans)  # with spans handed over, the Document is not walked
    return [(s.source_ref, s.source_box) for s in spans]


def test_spans_before_the_first_block_empty_and_over_several_lines_are_placed_as_places_answers() -> None:
    box = Box(2, 10.0, 20.0, 110.0, 40.0)
    cases = [
        [_line("第一行", 5, "line:3"), _line("第二行", 9, "line:4"), _line("第三行", 13, "line:7")],
        [_line("第一行", 0, "line:9"), _line("第二行", 4, "line:2"), _line("第三行", 8, "line:5", "line:6")],
        [_line("第一行", 0, "line:1"), _line("第二行", 4, "paragraph:2"), _line("第三行", 8, "page:2", boxes=(box,))],
    ]
    for blocks in cases:
        spans = [
            Span(a, b)
            for a, b in [(0, 1), (0, 3), (5, 5), (5, 8), (6, 7), (5, 12), (9, 16), (8, 9), (12, 12), (13, 40), (40, 41)]
        ]
        places = _Places(blocks)
        expected = [places.of(s.start, s.end) or (None, ()) for s in spans]
        assert _located(blocks, spans) == expected


def test_a_span_placed_on_a_boxed_block_gets_the_box_and_one_on_a_text_line_keeps_none() -> None:
    box = Box(1, 10.004, 20.0, 110.0, 40.001)
    blocks = [_line("甲乙", 0, "line:1"), _line("丙丁", 3, "page:1", boxes=(box,))]
    on_line, on_page = Span(0, 2), Span(3, 5)
    _located(blocks, [on_line, on_page])
    assert (on_line.source_ref, on_line.source_box) == ("line:1", ())
    assert on_page.source_ref == "page:1"
    assert [(b.page, b.x0, b.y0, b.x1, b.y1) for b in on_page.source_box] == [(1, 10.0, 20.0, 110.0, 40.01)]


def test_block_init_takes_its_fields_in_order_with_their_defaults() -> None:
    params = list(inspect.signature(Block.__init__).parameters.values())[1:]
    fields = [f for f in dataclasses.fields(Block) if f.init]
    assert [p.name for p in params] == [f.name for f in fields]
    for p, f in zip(params, fields, strict=True):
        assert p.default == (inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default), f.name


def test_a_block_without_its_folded_copy_folds_its_text_and_starts_with_nothing_known() -> None:
    made = Block("（一）全角：测试")
    assert made.folded == "(一)全角:测试"
    assert made.known is None and made.cls == -1
    given = Block("（一）", folded="(一)")
    assert given.folded == "(一)"
    wrong_length = Block("（一）全角", folded="(一)")
    assert wrong_length.folded == "(一)全角"
    made.known = {"x": 1}
    made.cls = 3
    copy = dataclasses.replace(made, text="（二）")
    assert copy.folded == "(二)" and copy.known is None and copy.cls == -1


def _sniff_samples() -> list[bytes]:
    from tests.test_sniff import HTML, PDF, REPLY, _zip

    return [
        PDF.read_bytes(),
        b"\r\n\r\n%PDF-1.4\n",
        _zip({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"}),
        _zip({"OFD.xml": "<ofd:OFD/>"}),
        _zip({"photos/a.txt": "x"}),
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"GIF89a\x01\x00",
        b"MZ\x90\x00",
        b"{\\rtf1\\ansi",
        HTML.encode(),
        "<p>答复</p>".encode(),
        REPLY.encode(),
        REPLY.encode("gb18030"),
        REPLY.encode("utf-16"),
        b'{"kind": "reply"}',
        b'<?xml version="1.0"?><ofd:OFD/>',
        bytes(range(256)) * 4,
        b"\x00\x01\x02binary\x00",
        REPLY.encode()[:-1] + b"\xff\xfe",
    ]


@pytest.mark.parametrize("named", [None, "txt", "md", "html", "pdf", "docx", "doc", "ofd", "png", "jpeg", "tiff"])
def test_choose_format_answers_as_the_whole_sniff_weighed_against_the_name(named: str | None) -> None:
    from govdoc.errors import UnsupportedFormatError
    from govdoc.readers.sniff import _weigh, choose_format, sniff

    for data in _sniff_samples():
        expected = _weigh(sniff(data), named, data)
        if expected is None:
            with pytest.raises(UnsupportedFormatError):
                choose_format(data, named)
        else:
            assert choose_format(data, named) == expected, data[:40]


@pytest.mark.parametrize("cls", QUICK_INIT, ids=lambda c: c.__name__)
def test_a_quick_init_takes_the_fields_in_order_with_their_defaults_and_fresh_factories(cls: type) -> None:
    import pickle

    params = list(inspect.signature(cls.__init__).parameters.values())[1:]
    fields = [f for f in dataclasses.fields(cls) if f.init]
    assert [p.name for p in params] == [f.name for f in fields]
    required = {}
    for p, f in zip(params, fields, strict=True):
        if f.default is not dataclasses.MISSING:
            assert p.default == f.default, f.name
        elif f.default_factory is dataclasses.MISSING:
            assert p.default is inspect.Parameter.empty, f.name
            required[f.name] = f"{f.name}-value"
    first, second = cls(**required), cls(**required)
    for f in fields:
        if f.default_factory is not dataclasses.MISSING:
            assert getattr(first, f.name) == f.default_factory()
            if isinstance(getattr(first, f.name), (dict, list)):
                assert getattr(first, f.name) is not getattr(second, f.name)  # a fresh one each
        elif f.default is not dataclasses.MISSING:
            assert getattr(first, f.name) == f.default
    assert first == second and pickle.loads(pickle.dumps(first)) == first
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(first, fields[0].name, None)
    if required:
        name = next(iter(required))
        assert getattr(dataclasses.replace(first, **{name: "other"}), name) == "other"
