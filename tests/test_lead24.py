"""The lead's fixes of session 24, each pinned by a new example of its cause."""

from __future__ import annotations

import pytest

import govdoc
from tests.docx_builder import make_docx, p, zip_parts


def _damaged_directory(package: bytes, version: int) -> bytes:
    """`package` with its first central-directory entry asking for a zip version no reader implements
    (zipfile raises NotImplementedError for it), the members' own headers left as they were."""
    data = bytearray(package)
    data[data.index(b"PK\x01\x02") + 6] = version
    return bytes(data)


DOCX = make_docx(p("关于某某事项的答复") + p("某某委员：") + p("您提出的提案收悉。"))
OFD = zip_parts({"OFD.xml": '<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"/>'})


@pytest.mark.parametrize("package", [DOCX, OFD], ids=["docx", "ofd"])
@pytest.mark.parametrize("version", [252, 64])
def test_a_package_whose_zip_directory_cannot_be_read_is_a_corrupt_file_not_a_crash(
    package: bytes, version: int
) -> None:
    data = _damaged_directory(package, version)
    with pytest.raises(govdoc.GovDocError) as caught:
        govdoc.parse(data)
    assert caught.value.code == "corrupt-file"
