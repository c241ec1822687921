"""The lead's fixes of session 27's own regressions, found by review27 after the probe rounds landed."""

from __future__ import annotations

import govdoc
from tests import timing


def _row(words: int) -> str:
    return (
        "办理结果：A类（√）B类（）"
        + "字 " * words
        + "\n关于第5号建议的答复\n柯某代表：\n您的建议收悉，现答复如下：已办。\n"
    )


def test_a_category_row_running_on_after_its_options_costs_linear_time() -> None:
    # review27 R12: each position of the row's tail searched on to the line's end for a bracket
    small, large = _row(2000), _row(16000)
    ratio = timing.growth(lambda: govdoc.parse_text(small), lambda: govdoc.parse_text(large), 16)
    assert ratio <= 16, ratio


def test_a_typed_row_of_ticked_options_still_gives_its_category() -> None:
    doc = govdoc.parse_text(
        "办理结果：A类（ ）　B类（√）　C类（ ）\n关于第5号建议的答复\n柯某代表：\n您的建议收悉，现答复如下：已办。\n"
    )
    assert doc.header.handling_result == "B"


def test_mixed_lines_of_other_scripts_in_utf8_keep_their_reading() -> None:
    # review27 R11: a GB18030 line among UTF-8 ones once handed every non-Han UTF-8 line to GB18030
    gb = "您提出的建议收悉，现答复如下：".encode("gb18030")
    text = "关于第5号建议的答复\n".encode() + gb + "\nCafé Москва ＡＢＣ１２３\n".encode() + "某县民政局\n".encode()
    doc = govdoc.parse(text, format="txt")
    assert "Café Москва ＡＢＣ１２３" in doc.text
