"""Fixes for diffread-A's findings on genre19's code (A1, A9, A2, A8, A12), each tested with a new
example of the cause (it fails before the fix) and a guard that the case the code was written for
still reads as it did."""

from __future__ import annotations

from tests.probing import checked, codes

# --- A1: a portal's site name over one of its own mark rows is no letterhead ----------------------------------


def test_a_portals_site_name_over_a_handling_result_row_is_not_the_issuer_of_a_bureaus_reply() -> None:
    doc = checked("""\
某市人民政府
办理结果：A类
关于市人大十六届二次会议第0087号建议的答复
王某某代表：
您提出的关于增开城乡公交线路的建议收悉。现答复如下：
我局已于今年6月新开通城乡公交线路3条。
感谢您对交通运输工作的关心和支持。
某市交通运输局
2024年8月12日
""")
    assert doc.header.issuer is None
    assert doc.header.handling_result == "A"
    assert doc.signature is not None
    assert doc.signature.issuers == ("某市交通运输局",)
    assert "content-unplaced" in codes(doc)  # the site's name is warned, not taken in silence


def test_a_portals_site_name_over_its_subject_row_is_not_the_issuer() -> None:
    doc = checked("""\
某县人民政府
类别：建议提案办理
关于县政协九届四次会议第56号提案的答复
李某某委员：
您提出的关于加强农村饮水安全保障的提案收悉。现答复如下：
今年我局已完成8处农村供水工程改造。
某县水利局
2024年6月28日
""")
    assert doc.header.issuer is None
    assert doc.signature is not None
    assert doc.signature.issuers == ("某县水利局",)


def test_guard_a_bureaus_letterhead_over_its_marks_that_its_signature_repeats_is_the_issuer() -> None:
    doc = checked("""\
某市自然资源和规划局
答复类别：B
公开属性：依申请公开
关于市政协十一届三次会议第142号提案的答复
赵某某委员：
您提出的关于盘活闲置农房的提案收悉。现答复如下：
我局将会同有关部门研究出台盘活闲置农房的指导意见。
某市自然资源和规划局
2024年7月15日
""")
    assert doc.header.issuer == "某市自然资源和规划局"
    assert "content-unplaced" not in codes(doc)


def test_guard_a_letterhead_over_its_signer_row_is_the_issuer_though_the_date_stands_alone() -> None:
    doc = checked("""\
某县农业农村局
签发人：孙某某
关于县人大十八届三次会议第9号建议的答复
周某某代表：
您提出的关于扶持家庭农场发展的建议收悉。现答复如下：
我局今年安排专项资金200万元扶持家庭农场发展。
2024年6月3日
""")
    assert doc.header.issuer == "某县农业农村局"


# --- A9: a one-line 落款 of joint signers, or of one organ beside its seal's place, under a schedule -------------

_SCHEDULE = """\
关于开展2024年城区道路积水点整治的通知
各街道办事处：
为确保汛期城区道路通行安全，现将积水点整治任务安排如下：
排查建档　　市城市管理局　　2024年4月15日
工程施工　　市住房和城乡建设局　　2024年5月20日
"""


def test_joint_signers_and_their_date_on_one_line_under_a_schedule_sign_it() -> None:
    doc = checked(_SCHEDULE + "市城市管理局　　市住房和城乡建设局　　2024年4月1日\n")
    assert doc.signature is not None
    assert (doc.signature.issuers, doc.signature.date) == (("市城市管理局", "市住房和城乡建设局"), "2024-04-01")


def test_an_organ_beside_its_seals_place_and_the_date_under_a_schedule_signs_it() -> None:
    doc = checked(_SCHEDULE + "某市城市管理局　　（盖章）　　2024年4月1日\n")
    assert doc.signature is not None
    assert (doc.signature.issuers, doc.signature.date) == (("某市城市管理局",), "2024-04-01")


def test_guard_a_schedules_last_row_with_its_task_is_still_no_signature() -> None:
    doc = checked(_SCHEDULE)
    assert doc.signature is None
    assert "field-missing" in codes(doc)


# --- A2: the signing leader whose surname the table lacked, or who has no Han surname -------------------------

_REPORT = """\
某县人民政府关于2023年度法治政府建设情况的报告
县人大常委会：
2023年，县人民政府深入推进依法行政，现将有关情况报告如下。
一、主要工作
全年审查行政规范性文件15件。
特此报告。
{line}
2024年2月26日
"""


def test_a_leaders_name_that_opens_with_a_common_modern_surname_is_the_signing_person() -> None:
    for line, want in (
        ("县长　岳红梅", ("县长", "岳红梅")),
        ("县长　兰海军", ("县长", "兰海军")),
        ("县长　苑立新", ("县长", "苑立新")),
        ("县长　单志刚", ("县长", "单志刚")),
    ):
        doc = checked(_REPORT.format(line=line))
        assert doc.signature is not None, line
        assert [(p.post, p.name) for p in doc.signature.persons] == [want], line
        assert "content-unplaced" not in codes(doc), line


def test_a_leaders_name_without_a_han_surname_or_a_dot_is_the_signing_person() -> None:
    doc = checked(_REPORT.format(line="县长　吐尔逊江"))
    assert doc.signature is not None
    assert [(p.post, p.name) for p in doc.signature.persons] == [("县长", "吐尔逊江")]


def test_guard_a_posts_mailbox_duty_or_column_after_it_is_still_no_person() -> None:
    for line in ("主任科员", "县长批示", "局长留言板", "县长直通车", "市长信箱", "县长热线", "镇长手机", "区长接访"):
        doc = checked(_REPORT.format(line=line))
        assert doc.signature is None or doc.signature.persons == (), line


def test_guard_rows_of_two_organs_and_a_date_inside_the_body_leave_the_signature_to_the_later_one() -> None:
    doc = checked("""\
关于开展2024年城区道路积水点整治的通知
各街道办事处：
现将牵头单位、配合单位和完成时限明确如下：
市城市管理局　　市水务局　　2024年4月15日
市住房和城乡建设局　　市交通运输局　　2024年5月20日
请各单位按时完成。
某市城市管理局
2024年4月1日
""")
    assert doc.signature is not None
    assert (doc.signature.issuers, doc.signature.date) == (("某市城市管理局",), "2024-04-01")
