"""Review30's pins on behaviour landed this session: each a strict xfail naming the commit and the finding
(REVIEW30 Rn in /work/coord/alerts.md); the author's fix lifts it. Made-up organs, people and places."""

from __future__ import annotations

import pytest

from tests.probing import checked

# R1 (cf3f0dd6): 办理人 became a contact label; only 办理人大… was kept a sentence, so a body line opening with
# 办理人民代表建议： (办理 + 人民代表, the verb and its object) is read as a contact label and leaves the body.
_MEDIATION = """某市司法局
关于市人大十五届二次会议第0231号建议的答复
陈某某代表：
您提出的关于加强基层人民调解工作的建议收悉。现答复如下：
今年全市共调处矛盾纠纷四千余件。
办理人民代表建议：我局建立了局领导领办制度，共办理建议十八件，全部按期答复。
感谢您对司法行政工作的关心和支持。
联系人：孙某  联系电话：0731-82226666
某市司法局
2025年6月20日
"""


@pytest.mark.xfail(strict=True, reason="REVIEW30 R1 cf3f0dd6: 办理人民代表建议： read as the 办理人 contact label")
def test_a_body_line_opening_with_the_verb_and_people_stays_a_paragraph() -> None:
    """`办理人民代表建议：…` is the verb 办理 and its object 人民代表建议, a sentence of the answer: it stays a
    paragraph of the body; the contact is the 联系人's."""
    doc = checked(_MEDIATION)
    paragraphs = [p.text for p in doc.preamble] + [p.text for s in doc.iter_sections() for p in s.paragraphs]
    assert "办理人民代表建议：我局建立了局领导领办制度，共办理建议十八件，全部按期答复。" in paragraphs
    assert doc.contact is not None and doc.contact.name == "孙某"
