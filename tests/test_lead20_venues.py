"""A label closing a line of other labels (联系人：… 电话：… 地址：) asks for one value: the organ under the
address is the 落款's, even where both end alike (review20 R10: fixD20's run of venues of one kind took the
落款's organ as a second address, and the answer signed nowhere)."""

from __future__ import annotations

import govdoc

CONTACT_OVER_SIGNATURE = """关于区政协五届三次会议第27号提案的答复
周某某委员：
    您提出的关于改善老旧小区停车条件的提案收悉，现答复如下：
    今年以来，我委会同各街道新建公共停车泊位一千二百个，缓解了老旧小区停车难问题。
联系人：赵某某　电话：0591-87651234　办公地址：
某区政务中心四楼区住建局
某区住房和城乡建设局
2024年6月12日
"""

VENUES_UNDER_A_LABEL_LINE = """关于举办2024年全区中小学生运动会的通知
各中小学校：
    经研究，定于2024年10月15日至17日举办全区中小学生运动会，比赛场地：
区体育中心体育馆
区第一中学体育馆
区第二中学体育馆
某区教育局
2024年9月20日
"""


def test_the_organ_under_an_address_a_contact_line_asks_for_is_the_signatures() -> None:
    doc = govdoc.parse_text(CONTACT_OVER_SIGNATURE)
    assert doc.signature is not None
    assert (list(doc.signature.issuers), doc.signature.date) == (["某区住房和城乡建设局"], "2024-06-12")


def test_venues_a_sentence_closed_by_a_place_label_lists_still_do_not_sign() -> None:
    doc = govdoc.parse_text(VENUES_UNDER_A_LABEL_LINE)
    assert doc.signature is not None
    assert (list(doc.signature.issuers), doc.signature.date) == (["某区教育局"], "2024-09-20")
