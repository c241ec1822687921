"""The proposer an opening names where it brings the proposal in as its subject and goes on to the
answer without 收悉 (关于某代表提出的《…》，…现将意见函告如下; 针对某委员所提关于…的提案，现答复如下): the
general cause behind the round-10 co-handling letter, each shown on a new example written for it.
The other side is kept too: a person named in a sentence that is not the opening reference (a
point of the answer, another proposal it cites, a 问题 someone raised) proposes nothing here."""

from __future__ import annotations

from tests.probing import checked


def _proposers(source: str) -> list[str] | None:
    """The proposers of the reference the parse reads, or None where it reads no reference."""
    ref = checked(source).header.responds_to
    return None if ref is None else list(ref.proposers)


def test_a_member_named_after_zhendui_with_an_unquoted_title_and_no_receipt_is_the_proposer() -> None:
    source = """\
关于区政协九届四次会议第0415号提案的答复
邵某某委员：
针对邵某某委员所提关于完善社区托育服务的提案，我委高度重视，经认真研究，现答复如下：
全区已建成普惠托育机构12家，提供托位860个，明年将新增托位300个。
南州市江东区卫生健康委员会
2024年6月21日
"""
    assert _proposers(source) == ["邵某某"]


def test_joint_deputies_named_after_dui_in_a_co_handling_opinion_without_a_turn_are_the_proposers() -> None:
    source = """\
关于市十六届人大三次会议第0578号建议的会办意见
南州市城市管理局：
对葛某、严某等6名代表联名提出的《关于规范共享单车停放的建议》，我办作为会办单位，提出会办意见：
我办将把共享单车停放秩序纳入文明城市创建考核，每季度通报一次。
南州市文明办
2024年5月20日
"""
    assert _proposers(source) == ["葛某", "严某"]


def test_a_party_committee_named_after_guanyu_before_the_answer_is_the_proposer() -> None:
    source = """\
关于市政协十二届三次会议第0266号提案的答复
农工党南州市委：
关于农工党南州市委提出的《关于推进医养结合的提案》，现将办理情况答复如下：
全市已有医养结合机构41家，床位9200张。
南州市民政局
2024年7月2日
"""
    assert _proposers(source) == ["农工党南州市委"]


def test_a_deputy_named_in_a_point_of_the_answer_after_the_turn_proposes_nothing_here() -> None:
    source = """\
关于县十八届人大三次会议第0061号建议的答复
各位代表：
你们提出的建议收悉，现答复如下：
关于鲁某代表提出的《关于修缮城南小学操场的建议》，我局已于去年答复，工程今年3月完工。
本次建议涉及的城北小学操场，已列入明年维修计划。
青河县教育局
2024年6月5日
"""
    assert _proposers(source) == []


def test_a_problem_a_person_raised_and_a_group_of_the_citys_deputies_name_no_proposer() -> None:
    raised = """\
关于市十六届人大三次会议第0144号建议的答复
南州市人大常委会人事代表工作委员会：
关于卢某同志提出的问题，我局已约谈相关企业，现答复如下：
涉事企业已退还多收费用，并承诺整改。
南州市市场监督管理局
2024年6月9日
"""
    group = raised.replace("关于卢某同志提出的问题", "关于我市人大代表提出的建议")
    assert _proposers(raised) == []
    assert _proposers(group) == []
