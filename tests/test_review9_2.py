"""Bugs the session-9 second review found in schema 1.5's content-unplaced warning, each with a
new example that failed before its fix. Expected values are written by hand from reading the
short documents."""

from __future__ import annotations

from tests.probing import checked

_REPLY = (
    "关于改善农村饮水安全的建议的答复\n赵某某委员：\n"
    "您提出的关于改善农村饮水安全的建议收悉，现答复如下：\n"
    "我局今年已完成农村供水管网改造四十公里，受益群众两万余人。\n"
    "某县水利局\n2023年8月21日\n"
    "联系人：孙某  联系电话：66778899\n"
)


def _unplaced(source: str) -> list[str]:
    doc = checked(source)
    return [doc.text[w.span.start : w.span.end] for w in doc.warnings if w.code == "content-unplaced"]


def test_a_number_of_its_own_beside_held_text_is_warned() -> None:
    # A line in no element counted as placed when what the held values left of it was a label and
    # digits: every run of digits passed as a list number, and a run of digits inside a held value
    # (a piece of the contact's phone, the year of the 落款's ISO date) was taken out as a piece of
    # it, so a postcode after the organ, a proposal's number, a file's number or a mobile number
    # holding the phone's digits was never warned
    for line in (
        "某县水利局：318000",  # the organ is held, the postcode is not
        "提案号：677889",  # 提案 … no field holds this number; 677889 is inside the phone 66778899
        "2023-0417",  # 2023 is the year of the held date 2023-08-21, 0417 a number of its own
        "15966778899",  # a mobile number that holds the phone's eight digits
    ):
        assert _unplaced(_REPLY + line + "\n") == [line], line


def test_list_numbers_and_labels_beside_held_values_stay_placed() -> None:
    # what the fields hold leaves a label before its colon or a list number: placed, as before
    assert _unplaced(_REPLY + "抄送：县人大常委会办公室\n") == []
    listed = _REPLY.replace("某县水利局\n", "附件：1.管网改造村名单\n某县水利局\n")
    assert _unplaced(listed + "附件1\n管网改造村名单\n") == []
    assert _unplaced(_REPLY) == []


_NOTICE = (
    "某县农业农村局关于开展春季动物防疫工作的通知\n各乡镇畜牧站：\n"
    "为做好春季动物防疫工作，请各站按附件要求组织实施，并填报进度表。\n特此通知。\n"
)


def test_the_content_of_an_attachment_the_document_does_not_list_is_warned() -> None:
    # Any attachment listed made every line of attachment content placed: an 附件2 printed after
    # the notice whose title the 附件说明 lacks (the list names one attachment) stood in no element,
    # its title in no `attachments`, in silence
    source = (
        _NOTICE + "附件：1.春季防疫工作方案\n某县农业农村局\n2024年3月4日\n"
        "附件1\n春季防疫工作方案\n全县三月底前完成免疫。\n"
        "附件2\n防疫进度统计表\n各站每周五报送。\n"
    )
    assert _unplaced(source) == ["附件2\n防疫进度统计表\n各站每周五报送。"]
    # within the list's numbers the content is its title's, whatever the words of its title line
    within = source.replace("附件2\n防疫进度统计表\n各站每周五报送。\n", "").replace(
        "附件1\n春季防疫工作方案\n", "附件1\n某县农业农村局春季动物防疫工作实施方案\n"
    )
    assert _unplaced(within) == []
