"""The causes round 7's genre probes (tests/test_probes_7_genres.py) found, each tested on a new
example of the same cause, written for the fix and not taken from the probe that found it."""

from __future__ import annotations

from tests.probing import checked, head


def test_a_proposer_label_in_the_note_after_the_acknowledged_title_names_the_proposers() -> None:
    doc = checked(
        "关于市十六届人大四次会议第0172号建议的答复\n"
        "孙志远代表：\n"
        "您提出的《关于增设城北中学学位的建议》（领衔代表：孙志远；附议代表：何某、陆某）已收悉。"
        "经研究，现答复如下：\n"
        "今年秋季学期，城北中学新增学位450个。\n"
        "临江市教育局\n"
        "2024年6月5日\n"
    )
    assert head(doc)["ref"][-1] == ["孙志远"]


def test_the_note_names_several_proposers_after_the_number() -> None:
    doc = checked(
        "对区政协五届三次会议第56号提案的答复\n"
        "民盟区委：\n"
        "贵委提出的《关于加强社区养老服务的提案》（第56号，提案人：周敏，吴刚）收悉，现答复如下：\n"
        "我局已在全区建成社区养老服务中心12个。\n"
        "某区民政局\n"
        "2024年5月8日\n"
    )
    assert head(doc)["ref"][-1] == ["周敏", "吴刚"]


def test_a_bracketed_number_alone_names_no_proposer() -> None:
    doc = checked(
        "对区政协五届三次会议第57号提案的答复\n"
        "王某委员：\n"
        "您提出的《关于加强社区养老服务的提案》（第57号）收悉，现答复如下：\n"
        "我局已在全区建成社区养老服务中心12个。\n"
        "某区民政局\n"
        "2024年5月8日\n"
    )
    assert head(doc)["ref"][-1] == []


def test_a_proposer_label_line_lists_its_names_with_full_width_commas_and_semicolons() -> None:
    doc = checked(
        "对县政协十届二次会议第31号提案的答复\n"
        "提案人：钱某，孙某；李某\n"
        "钱某等3位委员：\n"
        "你们提出的提案收悉，现答复如下：\n"
        "县交通运输局已将该路段列入年度养护计划。\n"
        "某县交通运输局\n"
        "2024年6月3日\n"
    )
    assert head(doc)["ref"][-1] == ["钱某", "孙某", "李某"]


def _answer_with_note(note: str) -> str:
    return (
        "对县政协九届四次会议第88号提案的答复\n"
        "赵某委员：\n"
        "您提出的提案收悉。现答复如下：\n"
        "该路段已列入2025年改造计划。\n"
        "某县交通运输局\n"
        "2024年7月1日\n" + note + "\n"
    )


def test_a_category_label_inside_a_note_that_also_states_disclosure_gives_the_category() -> None:
    doc = checked(_answer_with_note("（办理结果：列入计划解决；此件依申请公开）"))
    assert (head(doc)["category"], head(doc)["disclosure"]) == ("B", "依申请公开")
    doc = checked(_answer_with_note("（此件公开发布，答复类别：C）"))
    assert (head(doc)["category"], head(doc)["disclosure"]) == ("C", "主动公开")


def test_a_note_whose_category_label_names_no_category_gives_none() -> None:
    doc = checked(_answer_with_note("（此件主动公开，类别：提案）"))
    assert head(doc)["category"] is None


def test_a_title_of_an_unlisted_genre_between_the_letterhead_and_the_number_is_the_title() -> None:
    doc = checked(
        "某县交通运输局\n"
        "行政执法事项告知单\n"
        "某交执告〔2024〕8号\n"
        "某某运输有限公司：\n"
        "经查，你公司所属车辆未按规定进行年度审验，现依法告知如下事项，请于7日内到我局接受处理。\n"
        "某县交通运输局\n"
        "2024年5月6日\n"
    )
    h = head(doc)
    assert (h["title"], h["issuer"], h["number"]) == (
        "行政执法事项告知单",
        "某县交通运输局",
        ("某交执告〔2024〕8号", "某交执告", 2024, 8),
    )
    assert h["recipients"] == ["某某运输有限公司"]


def test_a_first_line_of_an_unlisted_genre_over_its_addressees_is_the_title() -> None:
    doc = checked(
        "某县教育局2024年春季开学工作提示\n"
        "各中小学、幼儿园：\n"
        "为做好2024年春季学期开学各项工作，确保校园安全稳定，现提示如下：\n"
        "一、抓好校园安全排查\n"
        "开学前要对校舍、食堂、消防设施进行全面检查。\n"
    )
    assert head(doc)["title"] == "某县教育局2024年春季开学工作提示"
    assert head(doc)["recipients"] == ["各中小学、幼儿园"]


def test_a_first_line_of_an_unlisted_genre_over_the_body_is_the_title() -> None:
    doc = checked(
        "某街道2024年上半年工作回顾与下半年工作打算\n"
        "今年以来，在区委、区政府的坚强领导下，某街道各项工作稳步推进，主要经济指标实现时间过半、任务过半。\n"
        "一、上半年工作回顾\n"
        "完成固定资产投资12.3亿元。\n"
    )
    assert head(doc)["title"] == "某街道2024年上半年工作回顾与下半年工作打算"


def test_a_greeting_or_a_sentence_in_the_title_place_is_no_title() -> None:
    for first in ("尊敬的各位家长", "各位家长，大家好", "今年汛期来得早！"):
        doc = checked(
            first + "\n"
            "为做好今年暑期学生安全工作，现将有关事项告知如下，请各位家长认真阅读并配合学校做好相关工作。\n"
            "一、注意防溺水\n"
            "不私自下河游泳。\n"
        )
        assert head(doc)["title"] is None, first


def test_a_column_name_over_a_titleless_reply_is_no_title_by_its_place() -> None:
    doc = checked(
        "网民留言选登\n"
        "网友：\n您反映的小区停车难问题收悉，现答复如下：\n我局已在周边新增停车泊位120个。\n"
        "某区城市管理局\n2024年6月3日\n"
    )
    assert (head(doc)["title"], doc.kind) == (None, "reply")


def test_the_full_proposal_title_of_the_opening_wins_over_the_subject_the_title_quotes() -> None:
    doc = checked(
        "关于“规范电动自行车停放充电”提案的答复\n"
        "蒋某委员：\n"
        "您提出的《关于规范电动自行车停放充电管理的提案》收悉。现答复如下：\n"
        "我局已在老旧小区建成集中充电棚210处。\n"
        "某市消防救援支队\n"
        "2024年6月5日\n"
    )
    assert head(doc)["ref"][6] == "关于规范电动自行车停放充电管理的提案"


def test_the_subject_a_title_quotes_is_still_the_proposal_title_where_the_opening_names_none() -> None:
    doc = checked(
        "关于“规范电动自行车停放充电”提案的答复\n"
        "蒋某委员：\n"
        "您的提案收悉。现答复如下：\n"
        "我局已在老旧小区建成集中充电棚210处。\n"
        "某市消防救援支队\n"
        "2024年6月5日\n"
    )
    assert head(doc)["ref"][6] == "规范电动自行车停放充电"


def test_a_case_style_number_under_a_procuratorates_suggestion_frames_its_title() -> None:
    doc = checked(
        "某县人民检察院\n"
        "检察建议书\n"
        "（2024）某检行公建2号\n"
        "某县自然资源局：\n"
        "本院在履行公益诉讼检察职责中发现，某镇某村存在非法占用耕地建房的情形，损害了国家利益和社会公共利益。\n"
        "请你局在收到本检察建议书之日起两个月内依法履行职责，并书面回复本院。\n"
        "某县人民检察院\n"
        "2024年8月1日\n"
    )
    h = head(doc)
    assert (h["title"], h["recipients"], h["number"]) == ("检察建议书", ["某县自然资源局"], None)


def _report_opening(opening: str) -> str:
    return (
        "某区人民政府关于区政协五届二次会议第8号提案办理情况的报告\n"
        "区政协：\n" + opening + "\n"
        "一、办理情况\n区政府已制定实施方案。\n"
        "某区人民政府\n2024年9月2日\n"
    )


def test_the_members_an_opening_names_after_their_meeting_are_the_proposers() -> None:
    doc = checked(
        _report_opening(
            "区政协五届二次会议上，钱某、孙某委员联名提出了《关于建设城市绿道的提案》。现将办理情况报告如下："
        )
    )
    assert head(doc)["ref"][-1] == ["钱某", "孙某"]


def test_a_group_an_opening_names_after_the_meeting_is_no_proposer() -> None:
    doc = checked(
        _report_opening("区政协五届二次会议期间，部分委员提出了《关于建设城市绿道的提案》。现将办理情况报告如下：")
    )
    assert head(doc)["ref"][-1] == []


def test_a_planned_wording_with_what_the_plan_is_between_gives_b() -> None:
    doc = checked(_answer_with_note("（办理结果：已列入2025年城建计划）"))
    assert head(doc)["category"] == "B"
    doc = checked("办理结果：列入明年民生实事项目计划\n" + _answer_with_note("（此件主动公开）"))
    assert head(doc)["category"] == "B"


def test_a_shi_fou_gong_kai_label_gives_the_disclosure() -> None:
    doc = checked("是否公开：依申请公开\n" + _answer_with_note("（联系人：赵某，电话：12345678）"))
    assert head(doc)["disclosure"] == "依申请公开"


def test_a_category_mark_with_its_noun_and_no_brackets_on_a_line_of_its_own_gives_the_category() -> None:
    doc = checked(_answer_with_note("C类答复"))
    assert head(doc)["category"] == "C"
    doc = checked("本件属A类\n" + _answer_with_note("（此件主动公开）"))
    assert head(doc)["category"] == "A"
