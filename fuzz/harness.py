"""One atheris harness per reader: any exception but a GovDocError is a crash.

`internal-error` (govdoc's safety net for its own faults) counts as a crash here too,
so the net never hides a bug from the fuzzer. Run through fuzz/run.py.

    python fuzz/harness.py text|html|docx|pdf|ofd|ofd-page [libFuzzer options] [corpus folder]

`ofd` takes the bytes as a whole package; `ofd-page` as one page's Content.xml inside a valid
package (see ofd_package.py), which is where the OFD reader does its work.

Every parse runs under `LIMITS`, small enough that an input of the fuzzer's size can cross
each of them (depth, elements, blocks, style chains, numbers …); crossing one must be a
`too-large` that names it, so a limit that fires for the wrong reason is a crash too.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ofd_package import page_package

with atheris.instrument_imports(include=["govdoc"]):
    import govdoc

TARGETS = ("text", "html", "docx", "pdf", "ofd", "ofd-page")
LIMITS = govdoc.Limits(
    unzipped_bytes=64 * 1024 * 1024,
    blocks=5_000,
    document_chars=500_000,
    page_chars=20_000,
    html_depth=64,
    html_elements=20_000,
    xml_depth=64,
    style_chain=8,
    xobject_depth=4,
    xobject_draws=200,
    content_bytes=1024 * 1024,
)


def _one(target: str, data: bytes) -> None:
    try:
        if target == "text":
            govdoc.parse(data, format="txt", limits=LIMITS)
            govdoc.parse_text(data.decode("utf-8", "surrogateescape"), limits=LIMITS)
        elif target == "ofd-page":
            govdoc.parse(page_package(data), format="ofd", limits=LIMITS)
        elif target == "pdf":  # the reader, not OCR: one recognised page costs seconds
            govdoc.parse(data, format="pdf", limits=LIMITS, ocr="never")
        else:
            govdoc.parse(data, format=target, limits=LIMITS)
    except govdoc.InternalError:
        raise
    except govdoc.TooLargeError as exc:
        if "limits." not in exc.message and "(memory)" not in exc.message:
            raise AssertionError(f"too-large that names no limit: {exc.message}") from exc
    except govdoc.GovDocError:
        pass


def main() -> None:
    target = sys.argv[1] if len(sys.argv) > 1 else ""
    if target not in TARGETS:
        raise SystemExit(f"usage: harness.py {'|'.join(TARGETS)} [libFuzzer options]")
    atheris.Setup([sys.argv[0], *sys.argv[2:]], lambda data: _one(target, data))
    atheris.Fuzz()


if __name__ == "__main__":
    main()
