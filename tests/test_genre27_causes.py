"""Round 27's header and trailer causes (tests/test_probes_27_genres.py), each tested on a new example of its
cause, not the probe that found it: every test here fails on the session's start (/work/s27start) and passes
after the fix."""

from __future__ import annotations

from tests.probing import checked


def _reply(head: str, *, opening: str = "您提出的《关于加强农村供水保障的提案》收悉，现答复如下：") -> str:
    """A short answer under `head` (the lines above the 主送), its body and 落款 the genre's."""
    return (
        f"{head}\n"
        "田某某委员：\n"
        f"{opening}\n"
        "我局今年新建农村集中供水工程9处，改善3.2万人饮水条件。\n"
        "感谢您对水利工作的关心和支持！\n"
        "沅州市水利局\n"
        "2024年7月9日\n"
    )


# --- cause 1: a run of two ideographic spaces after a figure parts two 键：值 cells ---------------------------------
# CJK_CLASS holds the ideographic space itself, so the layout clean-up read the second of two after a figure as
# letter-spacing between the first and the next ideograph and took it out as a narrow space: the cells' wide gap
# was no gap (rules.cleanup.spaces._cjk_spaces), and the row's second label ran into the first cell's value.


def test_two_ideographic_spaces_after_a_number_part_the_rows_cells() -> None:
    doc = checked(
        _reply(
            "沅州市水利局\n关于《加强农村供水保障的提案》的答复\n提案号：0207　　提案人：田某某",
            opening="您在市政协十三届三次会议上提出的《加强农村供水保障的提案》收悉，现答复如下：",
        )
    )
    r = doc.header.responds_to
    assert r is not None
    assert (r.number, r.proposers) == ("0207", ("田某某",))


def test_two_ideographic_spaces_after_a_date_part_the_head_rows_cells() -> None:
    """(a guard: an information table's row was cut at its labels before, and still is)"""
    doc = checked(_reply("成文日期：2024-07-09　　发布机构：沅州市水利局\n关于市政协十三届三次会议第0207号提案的答复"))
    assert doc.header.metadata == {"成文日期": "2024-07-09", "发布机构": "沅州市水利局"}


# --- cause 2: the meeting a clerk set in brackets after the number ----------------------------------------------
# (fields.proposal._meeting_in_bracket: read where nothing before the number names the meeting)


def test_the_meeting_in_brackets_between_the_kind_and_the_type() -> None:
    doc = checked(_reply("沅州市水利局\n沅水函〔2024〕30号\n关于第0207号提案（市政协十三届三次会议）的答复"))
    r = doc.header.responds_to
    assert r is not None
    assert (r.body, r.level, r.term, r.session, r.number) == ("政协", "市", 13, 3, "0207")


def test_a_suggestion_with_its_congress_in_brackets() -> None:
    doc = checked(
        _reply(
            "沅州市水利局\n沅水函〔2024〕31号\n关于第58号建议（市十七届人大三次会议）的答复",
            opening="您提出的《关于加强农村供水保障的建议》收悉，现答复如下：",
        )
    )
    r = doc.header.responds_to
    assert r is not None
    assert (r.body, r.level, r.term, r.session, r.number, r.kind) == ("人大", "市", 17, 3, "58", "建议")


def test_a_proposer_in_brackets_is_still_no_meeting() -> None:
    doc = checked(_reply("沅州市水利局\n沅水函〔2024〕32号\n关于第0207号提案（民盟沅州市委员会）的答复"))
    r = doc.header.responds_to
    assert r is not None
    # (a bare 提案 names no body: the reference's words do not say 政协, and none is guessed)
    assert (r.body, r.term, r.proposers) == (None, None, ("民盟沅州市委员会",))


# --- cause 3: 特区 is no level word of the contract (patterns.NO_LEVEL_WORDS) --------------------------------------


def test_a_special_districts_cppcc_reads_no_level() -> None:
    doc = checked(_reply("万山特区水利局\n万特水函〔2024〕5号\n关于特区政协九届三次会议第021号提案的答复"))
    r = doc.header.responds_to
    assert r is not None
    assert (r.body, r.level, r.term, r.session, r.number) == ("政协", None, 9, 3, "021")


def test_a_district_still_reads_qu() -> None:
    doc = checked(_reply("沅州市鹤城区水利局\n鹤水函〔2024〕5号\n关于区政协九届三次会议第021号提案的答复"))
    r = doc.header.responds_to
    assert r is not None and r.level == "区"


# --- cause 4: the handling's result labelled with what was handled (patterns.CATEGORY_KEYS) ----------------------


def test_a_proposal_handling_result_row() -> None:
    doc = checked(
        _reply("沅州市水利局\n沅水函〔2024〕33号\n提案办理结果：A类\n关于市政协十三届三次会议第0207号提案的答复")
    )
    assert doc.header.handling_result == "A"


def test_a_motion_handling_result_row_in_words() -> None:
    doc = checked(
        _reply("沅州市水利局\n沅水函〔2024〕34号\n议案办理结果：正在解决\n关于市政协十三届三次会议第0207号提案的答复")
    )
    assert doc.header.handling_result == "B"


# --- cause 5: a clerk's row of options, the tick in brackets after the chosen one (fields.category._marked_after) --
# (the 公开属性 row of the probe read right only because its first option was the one ticked)


def test_the_second_category_ticked_in_brackets() -> None:
    doc = checked(
        _reply(
            "沅州市水利局\n沅水函〔2024〕35号\n答复类别：A类（ ）　B类（√）　C类（ ）\n关于市政协十三届三次会议第0207号提案的答复"
        )
    )
    assert doc.header.handling_result == "B"


def test_the_second_disclosure_ticked_in_brackets() -> None:
    doc = checked(
        _reply(
            "沅州市水利局\n沅水函〔2024〕36号\n公开属性：主动公开（　）　依申请公开（√）　不予公开（　）\n"
            "关于市政协十三届三次会议第0207号提案的答复"
        )
    )
    assert doc.header.disclosure == "依申请公开"


def test_a_wording_in_brackets_is_no_row_of_options() -> None:
    doc = checked(
        _reply(
            "沅州市水利局\n沅水函〔2024〕37号\n办理结果：B类（正在解决）\n关于市政协十三届三次会议第0207号提案的答复"
        )
    )
    assert doc.header.handling_result == "B"
