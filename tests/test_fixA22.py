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
