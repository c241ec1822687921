"""Fixes to genre21's rules that diffread-A found too broad (A2, A7): each test a new example of the
finding's cause, failing on main before the fix, with the rule's own case beside it."""

from __future__ import annotations

import govdoc

_BODY = "\n张某某代表：\n    您的建议收悉，现答复如下：已列入年度计划。\n    特此答复。\n某县农业农村局\n2024年6月6日\n"


def _proposers(title: str) -> tuple[str, ...]:
    r = govdoc.parse_text(title + _BODY).header.responds_to
    assert r is not None
    return tuple(r.proposers)


def test_an_occasion_or_a_group_after_the_role_is_no_proposer() -> None:
    # A2: the words after 县人大代表 name when or how the proposal was made, not who made it
    assert _proposers("关于县人大代表闭会期间提出的第17号建议的答复") == ()
    assert _proposers("关于市人大代表小组审议时提出的第4号建议的答复") == ()
    assert _proposers("关于区政协委员调研中提出的第9号提案的答复") == ()
    assert _proposers("关于县人大代表在座谈会上提出的第21号建议的答复") == ()


def test_a_deputy_named_after_the_role_is_still_the_proposer() -> None:
    assert _proposers("关于县人大代表于某某所提第17号建议的答复") == ("于某某",)
    assert _proposers("关于区人大代表张建中提出的第9号建议的答复") == ("张建中",)


_NOTICE = "\n各乡镇人民政府，县直各单位：\n    现将有关事项公布如下，请认真执行。\n某县人民政府办公室\n2024年5月6日\n"


def _issuer(title: str) -> str | None:
    return govdoc.parse_text(title + _NOTICE).header.issuer


def test_a_task_body_before_words_that_name_no_type_is_the_titles_subject() -> None:
    # A7: a 领导小组/指挥部 opening a title is its issuer only before the title's type or 关于
    assert _issuer("某县乡村振兴工作领导小组成员调整名单") is None
    assert _issuer("全县森林防火指挥部成员单位职责") is None


def test_a_task_body_issuing_in_its_own_name_is_the_issuer() -> None:
    assert _issuer("某县森林防火指挥部通告") == "某县森林防火指挥部"
    assert _issuer("某县乡村振兴工作领导小组办公室关于开展督查工作的通知") == "某县乡村振兴工作领导小组办公室"
