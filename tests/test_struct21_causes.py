"""Causes found by the twenty-first round of structure probes (tests/test_probes_21_structure.py),
each tested with new examples of the cause, not the probe's own text, and guards beside them. Every
cause test fails on the session's starting checkout (/work/s21start); the guards pass on both."""

from __future__ import annotations

import govdoc
from tests.probing import checked, codes, items, paragraphs, signed, tree

REPLY = "关于市人大十六届三次会议第112号建议的答复\n李某代表：\n您提出的关于改善背街小巷环境的建议收悉，现答复如下：\n"
NOTICE = "关于举办全市环卫职工技能竞赛的通知\n各区城管局：\n一、竞赛时间\n2024年11月6日。\n"
END = "\n某市城市管理局\n2024年10月9日"
ONE = "一、关于路面修缮\n已修缮背街小巷四十条。\n特此答复。\n"


def unplaced(doc: govdoc.Document) -> bool:
    return "content-unplaced" in codes(doc)


# Cause 1: a heading wrapped whole in lenticular brackets (【一、关于…】, 【（二）…】), as some sites set
# their headings, hid its marker behind the opening bracket: no section at all. The brackets are
# decoration, as a shape bullet before a marker is (★一、, ■（一）), and are taken out only where a marker
# follows the opening one and the closing one ends the line.


def test_paren_headings_wrapped_in_lenticular_brackets_open_sections() -> None:
    doc = checked(
        REPLY + "一、关于环境整治\n【（一）路面修缮】\n已修缮四十条。\n【（二）路灯安装】\n新装路灯三百盏。" + END
    )
    assert tree(doc) == [
        (1, "cn", "一、", "关于环境整治"),
        (2, "cn-paren", "（一）", "路面修缮"),
        (2, "cn-paren", "（二）", "路灯安装"),
    ]


def test_a_bracketed_paren_heading_run_in_with_its_text_parts_at_the_bracket() -> None:
    doc = checked(
        REPLY
        + "一、关于环境整治\n【（一）压实街道责任】各街道明确一名副主任分管。\n【（二）加强督查】每月通报一次。"
        + END
    )
    assert [s.title for s in doc.iter_sections()] == ["关于环境整治", "压实街道责任", "加强督查"]
    assert paragraphs(doc.iter_sections()[1]) == ["各街道明确一名副主任分管。"]


def test_guard_lenticular_ideograph_markers_and_tags_stay_as_written() -> None:
    doc = checked(REPLY + "一、关于资金\n【一】市级资金\n安排五百万元。\n【温馨提示】一、二级道路不在此列。" + END)
    assert tree(doc) == [(1, "cn", "一、", "关于资金"), (2, "cn-paren", "【一】", "市级资金")]
    assert paragraphs(doc.iter_sections()[1])[-1] == "【温馨提示】一、二级道路不在此列。"


def test_guard_a_sentence_opening_with_a_bracketed_source_stays_a_sentence() -> None:
    doc = checked(REPLY + "一、关于资金\n【2024】市级资金安排五百万元。\n【一、二期】工程均已完工。" + END)
    assert [s.marker for s in doc.iter_sections()] == ["一、"]
    assert paragraphs(doc.sections[0]) == ["【2024】市级资金安排五百万元。", "【一、二期】工程均已完工。"]


# Cause 2: joint signers who each print their seal's note and the date beside their name
# (某局（盖章）　2024年10月9日 ⏎ 某局（盖章）　2024年10月9日), or each print their own block, the organ over
# its date: the first signer was the 落款 and the others `content-unplaced` (diffread-A A10, left by
# session 20). A seal's note is no part of a signer's cell, and blocks of organ over date stacked to the
# end are one joint 落款 (the date the last signer's, as dates side by side are read).


def test_two_signers_with_seal_notes_and_dates_beside_them_both_sign() -> None:
    doc = checked(
        REPLY + ONE + "某市城市管理局（印章）　　2024年10月9日\n某市住房和城乡建设委员会（印章）　2024年10月9日"
    )
    assert signed(doc) == (("某市城市管理局", "某市住房和城乡建设委员会"), "2024-10-09")
    assert not unplaced(doc)


def test_two_signers_each_in_a_block_of_name_over_date_both_sign() -> None:
    doc = checked(REPLY + ONE + "某市城市管理局（章）\n2024年10月9日\n某市交通运输局（章）\n2024年10月11日")
    assert signed(doc) == (("某市城市管理局", "某市交通运输局"), "2024-10-11")
    assert "date-unparsed" in codes(doc) and not unplaced(doc)  # the other date named, as dates side by side are


def test_guard_an_organ_and_date_block_followed_by_running_text_is_no_co_signer() -> None:
    doc = checked(REPLY + ONE + "某市城市管理局\n2024年10月9日\n某市城市管理局\n2024年10月9日\n以上材料已报送市政府。")
    assert signed(doc) == (("某市城市管理局",), "2024-10-09")


def test_guard_the_signing_organs_own_office_and_date_under_the_signature_is_no_co_signer() -> None:
    doc = checked(REPLY + ONE + "某市城市管理局\n2024年10月9日\n某市城市管理局办公室\n2024年10月9日")
    assert signed(doc) == (("某市城市管理局",), "2024-10-09")


def test_guard_schedule_rows_with_seal_notes_and_other_dates_stay_rows() -> None:
    doc = checked(
        NOTICE
        + "二、工作安排\n完成初赛　某区城管局（盖章）　2024年11月6日\n完成决赛　某区城管局（盖章）　2024年11月20日\n"
        "特此通知。\n某市城市管理局\n2024年10月9日"
    )
    assert signed(doc) == (("某市城市管理局",), "2024-10-09")


# Cause 3: a place heading (考场地址：, 会议地点) over a list of venues longer than the 落款's look-up (four
# lines, which a joint 落款 of five organs needs), of several kinds (…中学, …学校) or each after its own
# place label (主会场：…): the venues past the first made the 落款's co-signers (session 20's leftover).
# The place heading is looked for over the whole run, and a venue no signing organ's ending ends is one
# more venue, but for the line right over the date.


def test_five_exam_rooms_of_two_kinds_under_an_address_heading_sign_nothing() -> None:
    doc = checked(
        NOTICE
        + "二、考场地址：\n市第三中学\n市第五中学\n市第八中学\n市外国语学校\n市职业技术学院\n某市城市管理局\n2024年10月9日"
    )
    assert signed(doc) == (("某市城市管理局",), "2024-10-09")
    assert paragraphs(doc.iter_sections()[-1])[-1] == "市职业技术学院"


def test_venues_after_their_own_labels_under_a_place_heading_sign_nothing() -> None:
    doc = checked(
        NOTICE + "二、竞赛场地\n理论考场：市环卫学校一楼\n实操考场：市环卫车辆停放场\n市第二环卫学校\n"
        "市环卫职工活动室\n某市城市管理局\n2024年10月9日"
    )
    assert signed(doc) == (("某市城市管理局",), "2024-10-09")


def test_guard_four_co_signers_under_a_closing_still_sign() -> None:
    doc = checked(
        NOTICE + "二、竞赛内容\n道路清扫保洁。\n特此通知。\n某市城市管理局\n某市总工会\n某市人力资源和社会保障局\n"
        "共青团某市委员会\n2024年10月9日"
    )
    assert signed(doc) == (
        ("某市城市管理局", "某市总工会", "某市人力资源和社会保障局", "共青团某市委员会"),
        "2024-10-09",
    )


def test_guard_a_co_signer_under_a_venue_list_still_signs() -> None:
    doc = checked(NOTICE + "二、竞赛地点：\n市体育中心\n市青少年活动中心\n某市城市管理局\n某市总工会\n2024年10月9日")
    assert signed(doc) == (("某市城市管理局", "某市总工会"), "2024-10-09")


def test_guard_a_co_signer_ending_like_an_organ_of_another_kind_under_a_venue_signs() -> None:
    # review21 R2: a trade union (…总工会) opening a joint 落款 under its own hall as the venue
    doc = checked(NOTICE + "三、报到地点\n市总工会二楼大厅\n某市总工会\n某市城市管理局\n2024年10月9日")
    assert signed(doc) == (("某市总工会", "某市城市管理局"), "2024-10-09")
    assert paragraphs(doc.iter_sections()[-1]) == ["市总工会二楼大厅"]


def test_guard_a_court_and_a_centre_of_another_kind_under_a_venue_sign() -> None:
    doc = checked(NOTICE + "二、报名地点\n市政务服务大厅\n某市中级人民法院\n某市法律援助中心\n2024年10月9日")
    assert signed(doc) == (("某市中级人民法院", "某市法律援助中心"), "2024-10-09")


def test_guard_a_centre_right_over_the_date_under_a_venue_stays_the_signer() -> None:
    doc = checked(NOTICE + "二、报名地点\n市政务服务大厅\n市环卫职工培训中心\n2024年10月9日")
    assert signed(doc) == (("市环卫职工培训中心",), "2024-10-09")


# Cause 4: a reply that sums up the proposal's points with the proposal as their subject (该提案一是…；二是…,
# 您的建议一要…, 来信一是…) listed no members: the member rule reads a member right after a subject only
# where it knows the subject's last character (我局, 原因, 措施 …), and the documents a reply answers were
# none of them.


def test_members_after_the_suggestion_as_subject() -> None:
    doc = checked(
        REPLY.replace("现答复如下：", "") + "您的建议一是反映了路面破损问题；二是提出了增设路灯的要求。现答复如下：\n"
        "一、关于路面\n已修缮。" + END
    )
    assert [items(p) for p in doc.preamble][-1] == [
        (1, "一是", "反映了路面破损问题"),
        (2, "二是", "提出了增设路灯的要求"),
    ]


def test_members_after_a_letter_as_subject() -> None:
    doc = checked(REPLY + "一、关于来信所提问题\n来信一是反映夜间施工扰民；二是反映渣土车遗撒。经核查情况属实。" + END)
    assert [i[1] for i in items(doc.sections[0].paragraphs[0])] == ["一是", "二是"]


def test_guard_tong_yi_shi_and_wei_yi_shi_stay_no_members() -> None:
    doc = checked(REPLY + "一、关于标准\n路灯样式统一是基本要求，唯一是在色温上有所区别。" + END)
    assert items(doc.sections[0].paragraphs[0]) == []
