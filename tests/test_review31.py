"""Review31's pins on behaviour landed this session: each a strict xfail naming the commit and the finding
(REVIEW31 Rn in /work/coord/alerts.md); the author's fix lifts it. Made-up organs, people and places."""

from __future__ import annotations

from pathlib import Path

import pytest

import govdoc

# R1 (ae304329): a path the system calls too long (ENAMETOOLONG) is taken for a document's text. A Chinese file
# name of 86 characters or more passes the 255 bytes a name may hold in UTF-8, and government file names are
# long (the proposal's whole title inside the reply's): such a name, with its folder and suffix, is a path.
_LONG_NAME = "关于市政协十四届三次会议第0217号提案《关于加快推进城乡公交一体化和农村客运站点改造提升的建议》的答复" * 2


@pytest.mark.xfail(strict=True, reason="REVIEW31 R1: a too-long file name is told it is a document's text")
def test_a_file_name_too_long_for_the_system_is_still_named_a_path(tmp_path: Path) -> None:
    """The error stays `unreadable-file`, keeps the whole path and gives the system's reason; it does not tell
    the caller to call `parse_text` for what is plainly a path (a folder, a name, a suffix, no line break)."""
    path = f"{tmp_path}/{_LONG_NAME}.pdf"
    assert len(Path(path).name.encode()) > 255
    with pytest.raises(govdoc.GovDocError) as caught:
        govdoc.parse(path)
    assert caught.value.code == "unreadable-file"
    assert "parse_text" not in caught.value.message
    assert caught.value.path == path
