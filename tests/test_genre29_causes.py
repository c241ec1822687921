"""Round 29's header and trailer causes (tests/test_probes_29_genres.py), each tested on a new example of its
cause, not the probe that found it: every test here but the guards fails on the session's start (main cc875c33)
and passes after the fix."""

from __future__ import annotations

from tests.probing import checked


def _reply(head: str, *, opening: str = "您提出的《关于加强农村供水保障的提案》收悉，现答复如下：") -> str:
    """A short answer under `head` (the lines above the 主送), its body and 落款 the genre's."""
    return (
        f"{head}\n"
        "龙某某委员：\n"
        f"{opening}\n"
        "我局今年新建农村集中供水工程7处，改善2.6万人饮水条件。\n"
        "感谢您对水利工作的关心和支持！\n"
        "澜屿市水利局\n"
        "2024年7月9日\n"
    )


# --- cause 1: a 发文字号 whose year stands with no bracket, as 2024年第N号 -------------------------------------------
# patterns.DOC_NO asked for a bracket round the year, so 某函2024年第36号 was no number, its letterhead no issuer
# (nothing stood over a number) and the line content-unplaced. The bare year is read after a code ending as a
# letter's or document's code does (函 发 字 复 办): a 公告's or 令's serial (…公告2024年第3号) stays its serial.


def test_a_number_with_a_bare_year_and_di_is_the_doc_number_under_its_letterhead() -> None:
    doc = checked(_reply("澜屿市水利局\n澜水复字2024年第15号\n关于市政协十三届四次会议第0301号提案的答复"))
    n = doc.header.doc_number
    assert n is not None
    assert (n.text, n.agency_code, n.year, n.serial) == ("澜水复字2024年第15号", "澜水复字", 2024, 15)
    assert doc.header.issuer == "澜屿市水利局"
    assert "content-unplaced" not in [w.code for w in doc.warnings]


def test_a_bare_year_number_beside_a_signer() -> None:
    doc = checked(
        _reply("澜屿市水利局\n澜水发2024年第3号　　　签发人：练某某\n关于市政协十三届四次会议第0302号提案的答复")
    )
    n = doc.header.doc_number
    assert n is not None and (n.agency_code, n.year, n.serial) == ("澜水发", 2024, 3)
    assert doc.header.signer == "练某某"


def test_an_announcements_serial_with_a_bare_year_stays_its_serial() -> None:
    """(a guard: 公告2024年第3号 is the 公告's 序号, schema 1.8, never a 发文字号)"""
    doc = checked(
        "澜屿市自然资源和规划局公告2024年第3号\n"
        "澜屿市自然资源和规划局关于公布澜屿东岛控制性详细规划的公告\n"
        "根据有关规定，现将澜屿东岛控制性详细规划予以公布。\n"
        "特此公告。\n"
        "澜屿市自然资源和规划局\n"
        "2024年5月6日\n"
    )
    assert doc.header.doc_number is None
    s = doc.header.serial
    assert s is not None and (s.number, s.year) == (3, 2024)
