"""Document.to_markdown() and --format markdown: title, header table, headings by level, items as lists."""

from __future__ import annotations

from pathlib import Path

import pytest

import govdoc
from govdoc.cli import main

REPLY = """某市某区住房保障局文件

某住提〔2024〕9号

关于区政协四届一次会议第0103号提案的答复

刘某委员：

您提出的关于加快老旧小区加装电梯的提案收悉，现答复如下：

一、工作进展

今年已完成加装电梯120台。一是**简化审批流程**。实行一窗受理。二是**加大资金补贴**。每台补贴20万元。

（一）试点情况

在三个街道开展试点。

二、推广经验

推行“3*5”工作法。

感谢您对住房保障工作的关心。

某市某区住房保障局

2024年6月3日

联系人：赵某

联系电话：87654321

抄送：区政协提案委员会
"""

EXPECTED = """# 关于区政协四届一次会议第0103号提案的答复

| 字段 | 内容 |
|---|---|
| 发文机关 | 某市某区住房保障局 |
| 发文字号 | 某住提〔2024〕9号 |
| 主送 | 刘某委员 |
| 答复对象 | 区政协四届一次会议第0103号提案 |

您提出的关于加快老旧小区加装电梯的提案收悉，现答复如下：

## 一、工作进展

今年已完成加装电梯120台。

1. 一是**简化审批流程**。实行一窗受理。
2. 二是**加大资金补贴**。每台补贴20万元。

### （一）试点情况

在三个街道开展试点。

## 二、推广经验

推行“3\\*5”工作法。

感谢您对住房保障工作的关心。

某市某区住房保障局\\
2024年6月3日

联系人：赵某\\
联系电话：87654321

抄送：区政协提案委员会
"""


def test_a_reply_renders_as_the_markdown_a_reader_expects() -> None:
    assert govdoc.parse_text(REPLY).to_markdown() == EXPECTED


def test_a_numbered_point_without_a_title_opens_its_paragraph_in_bold() -> None:
    text = "关于某事项的通知\n各单位：\n1. 目前我区所有公交线路已经实现了卫星报站，乘客可以通过手机软件随时查询车辆的实时到站时间。出行更加方便。\n2. 下一步将继续优化线路走向和站点设置，提高车辆准点率，切实减少乘客在站台的候车时间。\n某区交通委\n2024年1月5日\n"
    md = govdoc.parse_text(text).to_markdown()
    assert "**1.** 目前我区所有公交线路" in md and "**2.** 下一步将继续" in md
    assert "\n## " not in md


def test_a_line_that_would_open_a_markdown_block_stays_text() -> None:
    text = "关于某事项的通知\n各单位：\n# 不是标题的井号开头\n某区交通委\n2024年1月5日\n"
    md = govdoc.parse_text(text).to_markdown()
    assert "\n# " not in md.split("\n", 1)[1]


def test_cli_markdown_for_several_files_separates_them(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(REPLY, encoding="utf-8")
    b.write_text(REPLY.replace("0103", "0104"), encoding="utf-8")
    assert main(["parse", str(a), str(b), "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    assert out == EXPECTED + "\n---\n\n" + EXPECTED.replace("0103", "0104")
