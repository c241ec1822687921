"""One atheris harness per reader: any exception but a GovDocError is a crash.

`internal-error` (govdoc's safety net for its own faults) counts as a crash here too,
so the net never hides a bug from the fuzzer. Run through fuzz/run.py.

    python fuzz/harness.py text|html|docx|pdf|ofd|ofd-page [libFuzzer options] [corpus folder]

`ofd` takes the bytes as a whole package; `ofd-page` as one page's Content.xml inside a valid
package (see ofd_package.py), which is where the OFD reader does its work.
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


def _one(target: str, data: bytes) -> None:
    try:
        if target == "text":
            govdoc.parse(data, format="txt")
            govdoc.parse_text(data.decode("utf-8", "replace"))
        elif target == "ofd-page":
            govdoc.parse(page_package(data), format="ofd")
        else:
            govdoc.parse(data, format=target, max_unzipped=64 * 1024 * 1024)
    except govdoc.InternalError:
        raise
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
