"""Fixes of diffread-A's findings on round 20's trailer code (genre20's and struct20's), each tested with
a new example of the cause (failing on main before its fix) and a guard that the case the code was
written for still reads."""

from __future__ import annotations

import govdoc
from tests.probing import checked, paragraphs, signed


def last_paragraphs(doc: govdoc.Document) -> list[str]:
    """The paragraphs of the body's last section: where the body ends."""
    return paragraphs(doc.iter_sections()[-1])


# A8: a place heading's venues (二、会议地点 ⏎ 区行政中心三楼会议室) are its text, not the 落款's co-signers;
# the fix skipped ONE line under it, so where the heading lists several venues (考点地址： ⏎ 三所学校) the
# second and later venues signed. The venues are the lines of one kind under it (ending alike), up to a
# line set apart by a blank line.

CLINIC = "关于组织开展2024年全县教职工健康体检的通知\n各学校：\n一、体检时间\n2024年9月2日至6日。\n"


def test_several_venues_under_a_place_sentence_closed_by_a_colon_do_not_co_sign() -> None:
    doc = checked(
        CLINIC + "二、体检安排\n本次体检分三个院区进行，体检地点：\n县人民医院\n县中医院\n县妇幼保健院\n"
        "县教育局\n2024年8月20日"
    )
    assert signed(doc) == (("县教育局",), "2024-08-20")
    assert last_paragraphs(doc)[-3:] == ["县人民医院", "县中医院", "县妇幼保健院"]


def test_several_venues_under_a_place_heading_over_a_blank_line_do_not_co_sign() -> None:
    doc = checked(
        "关于举办2024年全县农村实用人才培训班的通知\n各乡镇人民政府：\n一、培训时间\n2024年7月1日至5日。\n"
        "二、培训地点\n县委党校\n县职业技术学校\n\n县农业农村局\n县人力资源和社会保障局\n2024年6月18日"
    )
    assert signed(doc) == (("县农业农村局", "县人力资源和社会保障局"), "2024-06-18")
    assert last_paragraphs(doc) == ["县委党校", "县职业技术学校"]


def test_guard_one_venue_under_a_place_heading_over_two_co_signers() -> None:
    doc = checked(CLINIC + "二、体检地点\n县人民医院体检中心\n县教育局\n县卫生健康局\n2024年8月20日")
    assert signed(doc) == (("县教育局", "县卫生健康局"), "2024-08-20")
    assert last_paragraphs(doc) == ["县人民医院体检中心"]


# A1: a 落款 set on one line (县应急管理局　　县市场监督管理局　　2024年4月1日) under a schedule whose rows have its
# shape was read as one more row where the body ends on a numbered point or the 附件 line stands over it.
# A schedule's rows stand one under each task, numbered alike; the body's last point (三、…) is numbered
# otherwise, and the 附件 line GB/T 9704 sets over the 落款 is trailer.

SCHEDULE = (
    "关于开展2024年全县安全生产隐患大排查的通知\n各乡镇人民政府，县直各单位：\n现将有关事项通知如下：\n"
    "一、时间安排\n1.开展自查自纠。\n县应急管理局　　县消防救援大队　　2024年4月30日\n"
    "2.开展集中整治。\n县应急管理局　　县市场监督管理局　　2024年8月31日\n"
)
SIGNERS = (("县应急管理局", "县市场监督管理局"), "2024-04-01")


def test_a_one_line_joint_signature_under_the_bodys_last_numbered_point() -> None:
    doc = checked(
        SCHEDULE + "二、严格责任落实。各单位要压实主体责任，确保整治取得实效。\n"
        "县应急管理局　　县市场监督管理局　　2024年4月1日"
    )
    assert signed(doc) == SIGNERS


def test_a_one_line_joint_signature_under_the_attachment_line() -> None:
    doc = checked(
        SCHEDULE + "请各单位对照时间节点，认真抓好落实。\n附件：隐患排查整治台账\n"
        "县应急管理局　　县市场监督管理局　　2024年4月1日"
    )
    assert signed(doc) == SIGNERS


def test_a_one_line_joint_signature_under_the_closing_and_the_attachment_line() -> None:
    doc = checked(SCHEDULE + "特此通知。\n附件：隐患排查整治台账\n县应急管理局　　县市场监督管理局　　2024年4月1日")
    assert signed(doc) == SIGNERS


def test_guard_the_last_row_under_its_numbered_task_with_a_clause_is_no_signature() -> None:
    doc = checked(SCHEDULE + "3.组织验收评估，完成资料归档。\n县应急管理局　　县住房和城乡建设局　　2024年11月30日")
    assert doc.signature is None
    assert last_paragraphs(doc)[-1].endswith("2024年11月30日")


# A6: a 转发 notice prints the notice it forwards under its own 落款; each 落款 set on one line, the two
# were two rows of a schedule (another date, the same shape) and neither signed. A row has rows of its
# shape near it; the forwarded notice's 落款 at the text's end is no later 落款 of the forwarding one.


def test_a_forwarding_notices_one_line_joint_signature_over_the_forwarded_notice() -> None:
    doc = checked(
        "县民政局　县财政局关于转发《省民政厅　省财政厅关于提高城乡低保标准的通知》的通知\n各乡镇人民政府：\n"
        "现将《省民政厅　省财政厅关于提高城乡低保标准的通知》转发给你们，请认真抓好落实。\n"
        "县民政局　　县财政局　　2024年7月2日\n"
        "省民政厅　省财政厅关于提高城乡低保标准的通知\n各市民政局、财政局：\n"
        "经省政府同意，自2024年7月1日起提高城乡低保标准，请各地按时足额发放。\n"
        "省民政厅　　省财政厅　　2024年6月18日"
    )
    assert signed(doc) == (("县民政局", "县财政局"), "2024-07-02")


# A7: each line of a one-line 落款's shape walked the region from its top to find another of its shape:
# rows × lines. Only the neighbouring lines are asked now: the date lookups grow with the text, linearly.


def _date_lookups(monkeypatch: object, body_lines: int) -> int:
    from govdoc.rules import lines as lines_module

    calls = 0
    real = lines_module.date_class

    def counted(b: object) -> int:
        nonlocal calls
        calls += 1
        return real(b)  # type: ignore[arg-type]

    monkeypatch.setattr(lines_module, "date_class", counted)  # type: ignore[attr-defined]
    body = "".join(f"各乡镇要压实责任，确保第{i}项任务按期完成。\n" for i in range(body_lines))
    rows = "".join(f"县应急管理局　　县财政局　　2024年{1 + i % 12}月{1 + i % 28}日\n" for i in range(200))
    checked("关于做好安全生产工作的通知\n各乡镇人民政府：\n" + body + "具体安排如下：\n" + rows)
    return calls


def test_the_schedule_rows_shape_check_grows_linearly_with_the_body(monkeypatch: object) -> None:
    grown = _date_lookups(monkeypatch, 800) - _date_lookups(monkeypatch, 400)
    assert grown < 400 * 10  # rows × lines would add 200 × 400 lookups


# A2: a 落款's person written solid (县长闵建华) was a person only where the name opened with a common surname;
# a `·` name or a rarer surname was refused, and the line, standing in the 落款's stack of names, co-signed
# as an organ (silently) or was left out. A name parted by `·` is a person's; and under the 落款's organ line
# a post and a name written solid are a person whatever the surname: no column's name stands there.

BILL = (
    "关于提请审议《某某州城乡供水条例（草案）》的议案\n州人民代表大会常务委员会：\n"
    "为规范城乡供水管理，州人民政府起草了条例草案，现提请州人大常委会审议。\n"
)


def persons(doc: govdoc.Document) -> list[tuple[str, str]]:
    return [(p.post, p.name) for p in doc.signature.persons] if doc.signature else []


def test_a_solid_post_and_a_name_parted_by_a_middle_dot_is_a_person() -> None:
    doc = checked(BILL + "某某州人民政府\n州长热依拉·迪力夏提\n2024年6月5日")
    assert signed(doc) == (("某某州人民政府",), "2024-06-05")
    assert persons(doc) == [("州长", "热依拉·迪力夏提")]


def test_a_solid_post_and_a_name_without_a_han_surname_under_the_organ_is_a_person() -> None:
    doc = checked(BILL + "某某州人民政府\n州长扎西多吉\n2024年6月5日")
    assert signed(doc) == (("某某州人民政府",), "2024-06-05")
    assert persons(doc) == [("州长", "扎西多吉")]


def test_a_solid_post_and_a_rarer_surname_under_the_organ_is_a_person() -> None:
    doc = checked(BILL + "某某州人民政府\n州长闻建军\n2024年6月5日")
    assert signed(doc) == (("某某州人民政府",), "2024-06-05")
    assert persons(doc) == [("州长", "闻建军")]


def test_guard_a_column_written_solid_right_under_the_body_names_no_person() -> None:
    doc = checked(
        "关于城西菜市场噪音扰民问题的回复\n网友您好：\n您反映的城西菜市场清晨噪音扰民问题收悉。"
        "经核查，已责令商户调整卸货时间。\n市长面对面\n2024年5月8日"
    )
    assert persons(doc) == []
