"""Causes the scan31 probes found (tests/test_probes_31_scan.py), each tested on a new example.

Scans in layouts scan5 and scan30 lacked: a phone photo in perspective with a shadow band, a
two-page fax with its machine's header line, the next page bleeding through, a 落款 of two organs
under two seals, a low-resolution two-page TIFF. Text and geometry tests need no engine; a test
that reads a page needs the `ocr` extra and skips without it.
"""

from __future__ import annotations

from govdoc.readers.ocr import clean_text

# --- a dot read between a 文号's year bracket and its serial ---------------------------------------


def test_a_dot_read_between_a_文号s_year_bracket_and_its_serial_is_dropped() -> None:
    """The 〕's lower hook (or a speck beside it) read as a mark: `某提复〔2024〕·8号` held no 文号 at all."""
    assert clean_text("云港卫提复〔2023〕·14号") == "云港卫提复〔2023〕14号"
    assert clean_text("云港卫提复[2023] . 第14号") == "云港卫提复[2023]第14号"
    # a dot after a year bracket where no serial and 号 follow is the line's own: a list, a figure, a month
    assert clean_text("附表[2023]·3.5") == "附表[2023]·3.5"
    assert clean_text("截至〔2023〕·9月") == "截至〔2023〕·9月"
    assert clean_text("2023年·14号楼") == "2023年·14号楼"


# --- a joint 落款's organs read as one line, the gap between them lost ------------------------------


def test_organs_of_one_place_glued_in_a_joint_落款_are_each_a_signer() -> None:
    """A recogniser reads a 落款's row of two organs a gap apart as one line (青禾区…局青禾区教育局): the place
    the first name opens with opens the second, and each piece is a whole organ's name."""
    import govdoc

    text = (
        "关于县政协七届二次会议第31号提案的答复\n韩某委员：\n您提出的提案收悉，现答复如下：\n"
        "两部门已联合制定实施方案。\n感谢您的关心和支持。\n"
        "云岭县自然资源局云岭县林业和草原局云岭县财政局\n2024年9月2日\n"
    )
    doc = govdoc.parse_text(text)
    assert doc.signature is not None
    assert doc.signature.issuers == ("云岭县自然资源局", "云岭县林业和草原局", "云岭县财政局")


def test_one_organs_name_holding_a_lower_place_is_not_cut() -> None:
    from govdoc.fields.organs import split_at_repeated_place

    assert split_at_repeated_place("云岭县云岭镇人民政府") == ["云岭县云岭镇人民政府"]  # the town's own name
    assert split_at_repeated_place("云岭县人民政府办公室") == ["云岭县人民政府办公室"]
    assert split_at_repeated_place("云岭县教育局云岭县") == ["云岭县教育局云岭县"]  # a place alone is no organ
    assert split_at_repeated_place("市教育局市财政局") == ["市教育局市财政局"]  # a level alone is no place's name
