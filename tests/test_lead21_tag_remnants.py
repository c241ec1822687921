"""Block-tag remnants a CMS export or a scrape left between a text's paragraphs still break its lines
where they stand right between Han characters (review21 R8, on fixA21's C6 fix): only a tag the text
names, with a naming word after it or quotes around it, is the sentence's own words."""

from __future__ import annotations

import govdoc


def test_paragraph_tags_joining_a_notices_lines_break_them() -> None:
    text = (
        "某县人民政府办公室关于做好2024年秋季森林防火工作的通知<p>县政办发〔2024〕21号<p>"
        "各乡镇人民政府，县直各单位：<p>现将有关事项通知如下。<p>某县人民政府办公室<p>2024年9月20日"
    )
    doc = govdoc.parse_text(text)
    assert doc.header.title == "某县人民政府办公室关于做好2024年秋季森林防火工作的通知"
    assert list(doc.header.recipients) == ["各乡镇人民政府", "县直各单位"]
    assert "<p>" not in doc.text


def test_a_tag_a_notice_names_stays_in_its_sentence() -> None:
    text = (
        "关于规范政府网站页面代码的通知\n各单位：\n"
        "    各单位须在页面的<div>标签内放置统一页脚，不得在“<p>”元素中嵌入外部脚本。\n"
        "某县政务服务数据管理局\n2024年9月20日\n"
    )
    doc = govdoc.parse_text(text)
    assert "页面的<div>标签内放置统一页脚，不得在“<p>”元素中嵌入外部脚本。" in doc.text
