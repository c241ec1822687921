"""Causes of holdout22's one parser miss (b6a), each tested on a new example written for these tests.

1. A portal's information table may name the issuing organ under 发文机构 or 发布单位 (other names of its
   发文机关/发布机构 column): the contract's issuer falls back on the table's organ, so both are issuer keys.
2. A portal's text-size control written as its size words in brackets with no 字号 label before it
   (`【大】【中】【小】`, `[大][中][小]  [打印]`) is a row of page tools: chrome, not the document's text.
"""

from __future__ import annotations

import pytest

import govdoc

_PAGE = """首页 > 信息公开 > 建议提案办理
索引号：11430600/2024-00318
{key}：岳阳市自然资源和规划局
发布日期：2024-07-02
关于市九届人大三次会议第0125号建议的答复
{tools}
王某某代表：
    您提出的《关于加快城区口袋公园建设的建议》收悉，现答复如下：
    今年我局已在中心城区新建口袋公园12处，下一步将结合城市更新继续推进。
    特此答复。
岳阳市自然资源和规划局
2024年7月2日
"""


@pytest.mark.parametrize("key", ["发文机构", "发布单位"])
def test_an_information_tables_other_names_for_the_issuing_organ_give_the_issuer(key: str) -> None:
    doc = govdoc.parse_text(_PAGE.format(key=key, tools="【打印】【关闭】"))
    assert doc.header.issuer == "岳阳市自然资源和规划局"
    assert doc.header.metadata[key] == "岳阳市自然资源和规划局"


@pytest.mark.parametrize("tools", ["[大][中][小]　　[打印]", "【大】【小】　【关闭窗口】", "【 大 中 小 】"])
def test_a_text_size_control_of_bracketed_size_words_is_a_tools_row(tools: str) -> None:
    doc = govdoc.parse_text(_PAGE.format(key="发布机构", tools=tools))
    assert not any(mark in doc.text for mark in ("[大]", "【大", "【 大"))
    assert list(doc.header.recipients) == ["王某某代表"]
    assert "content-unplaced" not in {w.code for w in doc.warnings}


def test_guard_one_bracketed_size_word_alone_stays_text() -> None:
    # one bracketed word is no size control: a line of the document's own (a level in a risk list)
    text = "关于开展风险排查的通知\n各科室：\n    经评估，本单位风险等级为：\n【中】\n    请各科室做好防范。\n某局\n2024年3月1日\n"
    doc = govdoc.parse_text(text)
    assert "【中】" in doc.text
