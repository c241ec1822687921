"""The folded matching copy: one character for one, traditional characters by OpenCC's table."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import govdoc
from govdoc.fold import fold


def test_traditional_labels_fold_to_their_simplified_form() -> None:
    assert fold("聯繫人：") == "联系人:"
    assert fold("辦理結果") == "办理结果"
    assert fold("臺灣") == "台湾"


def test_phrases_settle_characters_whose_form_depends_on_the_word() -> None:
    # 覆 is simplified in 覆盖 but stands for 复 in 答覆; 乾 is 干 in 乾燥 but stays in 乾隆.
    assert fold("關於提案的答覆") == "关于提案的答复"
    assert fold("乾隆年間") == "乾隆年间"
    assert fold("覆盖全县") == "覆盖全县"


@given(st.text(alphabet=st.sampled_from("關於答覆乾隆乾燥會議號，：（）ＡＢ１ 〇零—\n里裏著着復")))
def test_folding_never_changes_the_length(text: str) -> None:
    assert len(fold(text)) == len(text)


def test_a_traditional_reply_is_read_and_keeps_its_own_characters() -> None:
    doc = govdoc.parse_text(
        "關於縣政協九屆三次會議第58號提案的答覆\n"
        "陳委員：\n"
        "您提出的《關於加強鄉村道路養護的提案》收悉，現答覆如下：\n"
        "一、關於道路養護\n"
        "今年已完成養護二十公里。\n"
        "聯絡人：林華\n"
    )
    assert doc.kind == "reply"
    assert doc.header.title == "關於縣政協九屆三次會議第58號提案的答覆"
    assert doc.header.recipients == ("陳委員",)
    assert doc.header.responds_to is not None
    assert doc.header.responds_to.number == "58"
    assert doc.header.responds_to.term == 9
    assert doc.contact is not None and doc.contact.name == "林華"


def test_the_shipped_table_is_what_the_installed_opencc_gives() -> None:
    """`govdoc.t2s_table` is OpenCC's data asked once; a new OpenCC with other data shows here."""
    script = Path(__file__).resolve().parent.parent / "scripts" / "build_t2s.py"
    proc = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_a_character_folds_by_the_shipped_table_without_asking_opencc() -> None:
    from govdoc import fold as fold_module
    from govdoc.t2s_table import PAIRS

    assert "劃划" in PAIRS  # 劃 is the traditional form of 划
    fold_module._converter.cache_clear()
    assert fold("計劃") == "计划"
    assert fold_module._converter.cache_info().currsize == 1  # a traditional text asks for phrases
    fold_module._converter.cache_clear()
    assert fold("计划，ＡＢ") == "计划,AB"
    assert fold_module._converter.cache_info().currsize == 0  # a simplified one does not


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from("關於答覆乾隆乾燥會議號，：（）ＡＢ１ 〇零—\n里裏著着復中文⼀豈𠀀a")))
def test_a_long_text_folds_as_a_short_one_does(text: str) -> None:
    # Past 64 Ki characters fold translates every character instead of replacing the few that
    # change: both ways must give the same copy (ASCII padding changes nothing and joins no phrase).
    padding = "x" * 70_000
    assert fold(text + padding) == fold(text) + padding
    assert fold(padding + text) == padding + fold(text)
