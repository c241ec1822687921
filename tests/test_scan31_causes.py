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
