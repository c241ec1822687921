"""A reST admonition's words stay in the text (diffread-C's note on readers.light_markup.rest_line).

A directive's line gives nothing as reST renders it, but an admonition (`.. note::`, `.. important::`) or a
titled block (`.. rubric::`) shows the words after its `::`: they were dropped with no warning. Other
directives (an image's path, a table of contents) still give nothing. A new example written for this test.
"""

from __future__ import annotations

import govdoc

_NOTICE = """关于做好防汛物资储备的通知
==============================

各街道办事处：

为做好今年防汛工作，现通知如下::

    储备时间：2024年5月1日前

一、储备要求
-------------

各街道按标准储备沙袋、救生衣等物资。

.. important:: 各街道须于4月25日前报送储备清单。

.. image:: logo.png

某区水务局

2024年4月10日
"""


def test_an_admonitions_words_stay_and_an_images_path_leaves() -> None:
    doc = govdoc.parse_text(_NOTICE)
    assert "各街道须于4月25日前报送储备清单。" in doc.text
    assert "logo.png" not in doc.text and ".. " not in doc.text
    assert doc.signature is not None and doc.signature.date == "2024-04-10"
