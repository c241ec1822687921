"""One `app-record` warning a text (README, warnings table): a mail whose header lines the reader leaves
out AND whose Subject, kept as the title, gives way to the body's own title said the two drops in two
warnings (review20's note on ecd8aa4). The kept title is now quoted in the reader's warning."""

from __future__ import annotations

import govdoc

_MAIL = (
    "From: 市住建局办公室 <zjj@example.cn>\n"
    "To: li@example.cn\n"
    "Subject: 回复件\n"
    "Date: Tue, 9 Jul 2024 16:20:00 +0800\n"
    "\n"
    "关于市十七届人大四次会议第215号建议的答复\n"
    "李某某代表：\n"
    "    您提出的关于老旧小区加装电梯的建议收悉。现答复如下：今年已完成加装电梯86台。\n"
    "    特此答复。\n"
    "某市住房和城乡建设局\n"
    "2024年7月9日\n"
)


def test_a_mail_header_and_its_subject_giving_way_are_said_in_one_warning() -> None:
    doc = govdoc.parse_text(_MAIL)
    assert doc.header.title == "关于市十七届人大四次会议第215号建议的答复"
    records = [w for w in doc.warnings if w.message.startswith("app-record:")]
    assert len(records) == 1
    assert "「回复件」" in records[0].message
    assert "From: 市住建局办公室" in records[0].message
    assert "回复件" not in doc.text


def test_a_front_matter_title_giving_way_alone_still_says_it() -> None:
    text = "---\ntitle: 工作材料\n---\n\n关于县政协十届三次会议第8号提案的答复\n王某某委员：\n    您的提案收悉，现答复如下：已安排。\n    特此答复。\n"
    doc = govdoc.parse_text(text)
    assert doc.header.title == "关于县政协十届三次会议第8号提案的答复"
    records = [w for w in doc.warnings if w.message.startswith("app-record:")]
    assert len(records) == 1 and "工作材料" in records[0].message
