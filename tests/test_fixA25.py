"""fixA25: diffread-A A1 — a body's or a closing's last sentence left without its stop over a placeless 落款
is no head of the organ's name (rules.lines.organ_cut, patterns.organs.ORGAN_PLACE_OPEN): it opens on the
writer's own place (全市, 本县) or holds a sentence's words (要, 的, 您), which no organ's name does."""

from __future__ import annotations

from tests.probing import checked, codes

_REPLY_OPEN = "您提出的建议收悉，现答复如下：\n目前相关项目已完成招标。\n"


def test_a_notices_last_sentence_on_the_writers_own_place_stays_the_body() -> None:
    doc = checked(
        "关于加强农村公路养护的通知\n各乡镇：\n现将有关事项通知如下。\n"
        "全市农村公路养护体系逐步健全\n交通运输局\n2024年7月8日\n"
    )
    assert doc.signature is not None and doc.signature.issuers == ("交通运输局",)
    assert "page-break-joined" not in codes(doc)
    assert "全市农村公路养护体系逐步健全" in doc.to_markdown()


def test_a_sentence_naming_its_place_by_name_is_no_head_of_the_organs_name() -> None:
    doc = checked(
        "关于做好汛期安全工作的通知\n各乡镇：\n现将有关事项通知如下。\n"
        "柏山县汛期安全工作要常抓不懈\n水利局\n2024年7月8日\n"
    )
    assert doc.signature is not None and doc.signature.issuers == ("水利局",)
    assert "page-break-joined" not in codes(doc)


def test_a_replys_last_wish_without_its_stop_over_a_placeless_organ_is_not_signed() -> None:
    doc = checked(
        "关于区人大五届三次会议第17号建议的答复\n孙某代表：\n"
        + _REPLY_OPEN
        + "希望您继续关注全区教育事业发展\n教育局\n2024年7月8日\n"
    )
    assert doc.signature is not None and doc.signature.issuers == ("教育局",)
    assert "希望您继续关注全区教育事业发展\n" in doc.to_markdown()
    assert "page-break-joined" not in codes(doc)


def test_guard_a_place_whose_name_opens_on_a_sentence_word_still_opens_a_wrapped_name() -> None:
    """Guard: a place's name may open on any character (将乐县), so its merged bureau cut in the box stays one."""
    doc = checked(
        "关于县政协十届一次会议第9号提案的答复\n李某委员：\n您提出的提案收悉，现答复如下：\n"
        "目前相关项目已完成招标。\n特此答复。\n将乐县文化广电旅游\n体育局\n2024年7月8日\n"
    )
    assert doc.signature is not None and doc.signature.issuers == ("将乐县文化广电旅游体育局",)
