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


# --- cause 6: the category and the 公开属性 in one bracket after the 文号 (patterns.CATEGORY_DISCLOSURE_MARK) -------
# (the line was no 文号 line, so the letterhead over it gave no issuer, and neither mark was read)


def test_disclosure_then_category_in_one_bracket_after_the_number() -> None:
    doc = checked(
        _reply("沅州市水利局\n沅水函〔2024〕38号（依申请公开，B类）\n关于市政协十三届三次会议第0207号提案的答复")
    )
    h = doc.header
    assert (h.issuer, h.handling_result, h.disclosure) == ("沅州市水利局", "B", "依申请公开")
    assert h.doc_number is not None and h.doc_number.serial == 38


def test_category_and_disclosure_parted_by_a_dun_comma() -> None:
    doc = checked(
        _reply("沅州市水利局\n沅水函〔2024〕39号【C类、不予公开】\n关于市政协十三届三次会议第0207号提案的答复")
    )
    h = doc.header
    assert (h.issuer, h.handling_result, h.disclosure) == ("沅州市水利局", "C", "不予公开")


def _answer_with_tail(closing: str, tail: str = "") -> str:
    """An answer with `closing` as its last paragraph over the 落款, and `tail` (contact, 版记 lines) under it."""
    return (
        "沅州市水利局\n沅水函〔2024〕40号\n关于市政协十三届三次会议第0207号提案的答复\n田某某委员：\n"
        "您提出的《关于加强农村供水保障的提案》收悉，现答复如下：\n"
        "我局今年新建农村集中供水工程9处，改善3.2万人饮水条件。\n"
        f"{closing}\n沅州市水利局\n2024年7月9日\n{tail}"
    )


# --- cause 7: thanks as the last clause of the sentence that ends the answer (patterns.CLOSING_SENTENCE) ----------


def test_a_word_on_the_proposal_then_thanks() -> None:
    doc = checked(_answer_with_tail("您的建议很有见地，对我们的工作很有启发，谢谢您！"))
    assert doc.closing is not None and doc.closing.text == "您的建议很有见地，对我们的工作很有启发，谢谢您！"


def test_a_notices_request_then_thanks_stays_body() -> None:
    """(a guard: a request to act before the thanks is an instruction, `_asks_first`)"""
    doc = checked(
        "关于暂停城区供水的通知\n各用水单位：\n因管网改造，7月10日城区暂停供水一天。\n请各单位提前储水，谢谢！\n"
        "沅州市水利局\n2024年7月9日\n"
    )
    assert doc.closing is None


# --- cause 8: 关心/关注 joined to 支持 by 并 or 及 in a request to keep caring (patterns.CLOSING_SENTENCE) --------


def test_a_request_to_keep_caring_and_supporting_joined_by_ji() -> None:
    doc = checked(_answer_with_tail("恳请您一如既往关心及支持全市水利工作。"))
    assert doc.closing is not None and doc.closing.text == "恳请您一如既往关心及支持全市水利工作。"


def test_a_request_to_keep_watching_and_supporting_joined_by_bing() -> None:
    doc = checked(_answer_with_tail("希望您继续关注并支持农村供水工作。"))
    assert doc.closing is not None and doc.closing.text == "希望您继续关注并支持农村供水工作。"


def test_a_wish_for_supervision_alone_still_closes_nothing() -> None:
    """(a guard: a welcome of supervision alone is the weak closing sentence, tests/test_holdout_7.py)"""
    doc = checked(_answer_with_tail("希望您继续关注并监督农村供水工作。"))
    assert doc.closing is None


# --- cause 9: a mailbox's own 地址 labels the e-mail, not where to write (patterns.EMAIL_LABELS) ---------------------


def test_an_email_address_label_ending_in_dizhi() -> None:
    doc = checked(_answer_with_tail("感谢您对水利工作的关心和支持！", "联系人：卞某\n电子邮件地址：yzsl@163.com\n"))
    c = doc.contact
    assert c is not None and (c.email, c.address) == ("yzsl@163.com", None)


def test_an_address_label_still_reads_the_address() -> None:
    """(a guard)"""
    doc = checked(_answer_with_tail("感谢您对水利工作的关心和支持！", "联系人：卞某\n联系地址：沅州市人民路8号\n"))
    c = doc.contact
    assert c is not None and c.address == "沅州市人民路8号"


# --- cause 10: the 印发 line's verb written 印 or 印制 after its date (patterns.dates._PRINTING_VERB) -----------------


def test_a_printing_line_ending_in_yin_in_ideographs() -> None:
    doc = checked(
        _answer_with_tail(
            "感谢您对水利工作的关心和支持！",
            "抄送：市政协提案委员会。\n沅州市水利局办公室　　　　二〇二四年七月九日印\n",
        )
    )
    i = doc.imprint
    assert i is not None and (i.printed_by, i.printed_on) == ("沅州市水利局办公室", "2024-07-09")


def test_a_printing_line_ending_in_yinzhi_with_copies() -> None:
    doc = checked(
        _answer_with_tail(
            "感谢您对水利工作的关心和支持！",
            "抄送：市政协提案委员会。\n沅州市水利局办公室　　2024年7月9日印制（共印6份）\n",
        )
    )
    i = doc.imprint
    assert i is not None and (i.printed_by, i.printed_on) == ("沅州市水利局办公室", "2024-07-09")


# --- cause 11: the 版记's 抄报 and 抄送 cells set on one line (rules.trailer_fields._next_cc_cell) ---------------------


def test_a_chaosong_and_a_fensong_cell_on_one_line() -> None:
    doc = checked(
        _answer_with_tail("感谢您对水利工作的关心和支持！", "抄送：市政协提案委员会。　　分送：市政府督查室。\n")
    )
    i = doc.imprint
    assert i is not None and i.cc == ("市政协提案委员会", "市政府督查室")


def test_three_cells_parted_by_ascii_spaces() -> None:
    doc = checked(
        _answer_with_tail("感谢您对水利工作的关心和支持！", "抄报：省水利厅  抄送：市政协提案委员会，市政府督查室\n")
    )
    i = doc.imprint
    assert i is not None and i.cc == ("省水利厅", "市政协提案委员会", "市政府督查室")


# --- cause 12: the same typed row with one option left ticked, or a box after each option (found by batch 9) --------
# (fields.category._marked_after, patterns.MARK_AFTER_OPTION: cause 5 read a tick in brackets after two options or
# more only; the 公开属性 row read its first option, 主动公开, whatever the boxes said)


def test_a_lone_category_ticked_in_brackets() -> None:
    doc = checked(
        _reply("沅州市水利局\n沅水函〔2024〕41号\n办理结果：C类（√）\n关于市政协十三届三次会议第0207号提案的答复")
    )
    assert doc.header.handling_result == "C"


def test_a_category_ticked_by_a_box_after_its_option() -> None:
    doc = checked(
        _reply(
            "沅州市水利局\n沅水函〔2024〕42号\n答复类别：A类□　B类☑　C类□\n关于市政协十三届三次会议第0207号提案的答复"
        )
    )
    assert doc.header.handling_result == "B"


def test_the_last_disclosure_ticked_by_a_box_after_it() -> None:
    doc = checked(
        _reply(
            "沅州市水利局\n沅水函〔2024〕43号\n公开属性：主动公开□　依申请公开□　不予公开■\n"
            "关于市政协十三届三次会议第0207号提案的答复"
        )
    )
    assert doc.header.disclosure == "不予公开"


def test_a_lone_unticked_box_is_no_choice() -> None:
    """(a guard: nothing ticked, nothing read)"""
    doc = checked(
        _reply("沅州市水利局\n沅水函〔2024〕44号\n答复类别：B类□\n关于市政协十三届三次会议第0207号提案的答复")
    )
    assert doc.header.handling_result is None
