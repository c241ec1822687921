"""`govdoc.parse` takes a path, bytes or a binary file; a document's text handed to it by mistake names
no file. The error stays `unreadable-file` (what callers catch), but says to call `parse_text` and shows
the text's first line, cut, instead of echoing a whole document back as a path."""

from __future__ import annotations

import pytest

import govdoc

TEXT = "关于县政协七届二次会议第36号提案的答复\n\n于某某委员：\n　　你提出的提案收悉，现答复如下：\n" * 3


def test_a_text_passed_to_parse_is_told_to_use_parse_text() -> None:
    with pytest.raises(govdoc.GovDocError) as caught:
        govdoc.parse(TEXT)
    assert caught.value.code == "unreadable-file"
    assert "parse_text" in caught.value.message
    assert "\n" not in str(caught.value), "one line, as the CLI prints it"
    assert len(str(caught.value)) < 200


def test_a_long_one_line_text_passed_to_parse_is_told_the_same() -> None:
    with pytest.raises(govdoc.GovDocError) as caught:
        govdoc.parse("您提出的关于加强农村公路养护的建议收悉。" * 30)
    assert caught.value.code == "unreadable-file"
    assert "parse_text" in caught.value.message


def test_a_missing_path_still_says_the_system_reason(tmp_path: object) -> None:
    missing = f"{tmp_path}/none/答复.txt"
    with pytest.raises(govdoc.GovDocError) as caught:
        govdoc.parse(missing)
    assert caught.value.code == "unreadable-file"
    assert "parse_text" not in caught.value.message
    assert caught.value.path == missing
