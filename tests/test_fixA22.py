"""diffread-A's findings on genre22's request-for-views closings (c307902b, 5390136d), each tested with a new
example of the cause (failing on main before the fix) and a guard that the case the rule was written for
(a notice's or a 公告's own request stays its body) still reads so."""

from __future__ import annotations

import govdoc
from tests.probing import checked


def _closing(doc: govdoc.Document) -> str | None:
    return None if doc.closing is None else doc.closing.text


def _last_body(doc: govdoc.Document) -> str | None:
    sections = doc.iter_sections()
    if sections and sections[-1].paragraphs:
        return sections[-1].paragraphs[-1].text
    return doc.preamble[-1].text if doc.preamble else None


# --- A9 (HIGH): in a text that answers nothing, a request (如有疑问/如有意见…联系) under the formula stopped the
# peel from the bottom: the formula above it was never reached, closing and contact lost. A request below a
# formula or thanks closes with it; alone, or above the formula, it stays the body's.


def test_a_notices_request_under_its_formula_closes_with_it() -> None:
    doc = checked("""\
关于开展2024年度城乡居民医保集中参保缴费工作的通知
各乡镇人民政府，县直有关单位：
2024年度城乡居民医保集中缴费期为9月1日至12月31日，请各乡镇做好宣传动员工作。
特此通知。
如有疑问，请与县医疗保障局待遇保障股联系。
青溪县医疗保障局
2024年8月26日
""")
    assert _closing(doc) == "特此通知。\n如有疑问，请与县医疗保障局待遇保障股联系。"
    assert _last_body(doc) == "2024年度城乡居民医保集中缴费期为9月1日至12月31日，请各乡镇做好宣传动员工作。"


def test_a_notices_formula_and_request_on_one_line_keep_the_closing_and_the_phone() -> None:
    doc = checked("""\
关于组织开展2024年秋季征兵体检工作的通知
各乡镇人民武装部：
请各乡镇于9月12日前组织应征青年到县人民医院参加体检。
特此通知。如有疑问，请与县征兵办公室联系，联系电话：0736-5219876。
青溪县征兵办公室
2024年9月2日
""")
    assert _closing(doc) == "特此通知。如有疑问，请与县征兵办公室联系，联系电话：0736-5219876。"
    assert doc.contact is not None and doc.contact.phones == ("0736-5219876",)


def test_an_announcements_request_for_views_under_its_formula_closes_with_it() -> None:
    doc = checked("""\
青溪县市场监督管理局关于2024年第二季度食品安全抽检情况的公告
今年第二季度，我局共抽检食品样品320批次，合格315批次，不合格样品已依法处置。
特此公告。
如有意见，请与我局联系。
青溪县市场监督管理局
2024年7月10日
""")
    assert _closing(doc) == "特此公告。\n如有意见，请与我局联系。"


def test_guard_a_notices_request_alone_under_its_body_stays_its_body() -> None:
    doc = checked("""\
关于报送2024年度安全生产工作总结的通知
各乡镇人民政府：
请各乡镇于12月10日前将本年度安全生产工作总结报县应急管理局。
如有疑问，请与县应急管理局综合股联系。
青溪县应急管理局
2024年11月28日
""")
    assert _closing(doc) is None
    assert _last_body(doc) == "如有疑问，请与县应急管理局综合股联系。"


def test_guard_a_notices_request_above_its_formula_stays_its_body() -> None:
    doc = checked("""\
关于做好2024年冬季供暖准备工作的通知
各供热企业：
请各企业于10月31日前完成供热管网检修，确保按时供暖。
如有疑问，请与县住房和城乡建设局城建股联系。
特此通知。
青溪县住房和城乡建设局
2024年10月8日
""")
    assert _closing(doc) == "特此通知。"
    assert _last_body(doc) == "如有疑问，请与县住房和城乡建设局城建股联系。"


def test_guard_a_replys_request_under_its_thanks_still_closes() -> None:
    doc = checked("""\
关于县政协九届三次会议第0041号提案的答复
钱某委员：
您提出的《关于加强农村饮水安全的提案》收悉，现答复如下：
今年全县完成农村饮水提升工程12处。
感谢您对水利工作的关心和支持！
如有意见，请与我局联系。
青溪县水利局
2024年6月12日
""")
    assert _closing(doc) == "感谢您对水利工作的关心和支持！\n如有意见，请与我局联系。"


# --- A2 (MEDIUM): "answers something" was asked only of a reply's title or its words (…收悉, 现答复如下): a
# handling letter titled by the proposal it answers, a mailbox answer titled by its question and the letter turning
# to the handling result lost the request that closes them (patterns.ANSWER_WORDS, patterns.PROP_NO on the title).


def test_a_handling_letter_titled_by_its_numbered_proposal_closes_with_the_request() -> None:
    doc = checked("""\
关于市人大十六届三次会议第0127号建议办理情况的函
周某代表：
市人大十六届三次会议第0127号建议由我委主办。现将有关情况函告如下：
今年全市新建城乡公交候车亭86座，新开通镇村公交线路9条。
如有意见，请与我委联系。
青溪市交通运输委员会
2024年7月3日
""")
    assert _closing(doc) == "如有意见，请与我委联系。"
    assert _last_body(doc) == "今年全市新建城乡公交候车亭86座，新开通镇村公交线路9条。"


def test_a_mailbox_answer_titled_by_its_question_closes_with_the_request() -> None:
    doc = checked("""\
关于青溪镇农贸市场凌晨噪音扰民的问题
网友：
您好！您于8月5日在县长信箱反映的青溪镇农贸市场凌晨装卸货物噪音扰民问题，我局已约谈市场管理方，装卸时间已调整至早上6时以后。
如有意见，请与我们联系。
青溪县市场监督管理局
2024年8月9日
""")
    assert _closing(doc) == "如有意见，请与我们联系。"


def test_a_letter_turning_to_the_handling_result_closes_with_the_request() -> None:
    doc = checked("""\
关于《关于加强城区停车管理的提案》的函
县政协提案委员会：
《关于加强城区停车管理的提案》由我局会同县公安局交警大队办理。现将办理情况报告如下：
今年城区新增公共停车泊位1200个，建成智慧停车管理平台。
如有意见，请与我局联系。
青溪县住房和城乡建设局
2024年6月28日
""")
    assert _closing(doc) == "如有意见，请与我局联系。"


def test_guard_a_notice_naming_the_publics_complaints_keeps_its_request_in_its_body() -> None:
    doc = checked("""\
关于开展城区夜间施工噪音专项整治的通知
各施工单位：
针对群众反映的夜间施工噪音扰民问题，各施工单位夜间22时至次日6时一律停止高噪音作业。
如有意见，请与我局联系。
青溪县生态环境局
2024年5月15日
""")
    assert _closing(doc) is None
    assert _last_body(doc) == "如有意见，请与我局联系。"


def test_guard_a_notice_on_handling_proposals_keeps_its_request_in_its_body() -> None:
    doc = checked("""\
关于做好2024年度县政协提案办理工作的通知
县直各承办单位：
请各承办单位于7月31日前办结县政协九届三次会议交办的提案，办理结果按时报县政府督查室。
如有疑问，请与县政府督查室联系。
青溪县人民政府办公室
2024年4月12日
""")
    assert _closing(doc) is None
    assert _last_body(doc) == "如有疑问，请与县政府督查室联系。"


# --- A3 (LOW): the views gate reached only the peel's own reading: a 征求意见 公告's request broken after its comma by a
# manual break, or written under the 落款, still closed it, where the one-line form above it reads body. One text
# reads one way: the broken closing and the closing under the 落款 ask whether the text answers something too.


def test_a_consultation_notices_request_broken_after_its_comma_stays_its_body() -> None:
    doc = checked("""\
青溪县发展和改革局关于征求《青溪县养老服务设施布局规划（征求意见稿）》意见的公告
现将《青溪县养老服务设施布局规划（征求意见稿）》向社会公开征求意见，征求意见期为2024年7月1日至7月30日。
如有意见，
请与我局联系。
青溪县发展和改革局
2024年7月1日
""")
    assert _closing(doc) is None
    # the body's lines as any sentence a manual break cut after its comma reads (各单位要高度重视， ⏎ 确保…。)
    assert [p.text for p in doc.preamble][-2:] == ["如有意见，", "请与我局联系。"]


def test_a_consultation_notices_request_under_its_signature_is_no_closing() -> None:
    doc = checked("""\
青溪县交通运输局关于征求《青溪县城区公交线网优化方案（草案）》意见的公告
现将《青溪县城区公交线网优化方案（草案）》向社会公开征求意见，征求意见期为2024年8月1日至8月15日。
青溪县交通运输局
2024年8月1日
如有意见，请与我局联系。
""")
    assert _closing(doc) is None
    assert "如有意见，请与我局联系。" in doc.text


def test_guard_a_replys_request_broken_after_its_comma_still_closes() -> None:
    doc = checked("""\
关于县政协九届三次会议第0063号提案的答复
吴某委员：
您提出的《关于规范城区共享单车停放的提案》收悉，现答复如下：
今年城区新划共享单车停放区210处。
如有意见，
请与我局联系。
青溪县交通运输局
2024年6月18日
""")
    assert _closing(doc) == "如有意见，\n请与我局联系。"


def test_guard_a_replys_request_under_its_signature_still_closes() -> None:
    doc = checked("""\
关于县政协九届三次会议第0071号提案的答复
孙某委员：
您提出的《关于增设城区公厕的提案》收悉，现答复如下：
今年城区新建改建公厕18座。
青溪县城市管理局
2024年6月20日
如有意见，请与我局联系。
""")
    assert _closing(doc) == "如有意见，请与我局联系。"
