"""Legacy Word (.doc) and WPS (.wps) files, converted to .docx by LibreOffice when it is installed."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from govdoc.errors import CorruptFileError, ParseTimeoutError, UnsupportedFormatError

CONVERT_SECONDS = 120


def soffice() -> str | None:
    """The LibreOffice program on the PATH (installed as `soffice` or `libreoffice`), or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_docx(data: bytes, *, path: str | None) -> bytes:
    """The .docx LibreOffice makes of `data`, converted headless in a temporary folder."""
    program = soffice()
    if program is None:
        raise UnsupportedFormatError(
            "a legacy .doc/.wps file: install LibreOffice (soffice on the PATH) to read it, or save it as .docx",
            path=path,
        )
    with tempfile.TemporaryDirectory(prefix="govdoc-") as folder:
        source = Path(folder) / "input.doc"
        source.write_bytes(data)
        command = [
            program,
            "--headless",
            "--norestore",
            f"-env:UserInstallation=file://{folder}/profile",
            "--convert-to",
            "docx",
            "--outdir",
            folder,
            str(source),
        ]
        try:
            subprocess.run(command, capture_output=True, timeout=CONVERT_SECONDS, check=False)
        except subprocess.TimeoutExpired as exc:
            raise ParseTimeoutError(f"LibreOffice did not convert the file in {CONVERT_SECONDS} s", path=path) from exc
        result = Path(folder) / "input.docx"
        if not result.exists():
            raise CorruptFileError("LibreOffice could not convert the file", path=path)
        return result.read_bytes()
