"""Second-read findings on round 18's noise and conversion rules (reports/diffread-B.md, review18.md),
each shown by a NEW example of its cause written for it (not the reader's repro), failing on main
before its fix, with a guard that the case the rule was written for still reads."""

from __future__ import annotations

from tests.probing import checked, codes, squashed


def _notice(body: str, head: str = "", tail: str = "") -> str:
    """A short notice with `head` lines above it and `tail` lines under its 落款."""
    return (
        f"{head}"
        "关于举办2024年全县政务公开业务培训班的通知\n"
        "各乡镇人民政府，县直各单位：\n"
        "为提升政务公开工作水平，县政府办公室定于5月举办业务培训班。现将有关事项通知如下：\n"
        f"{body}"
        "请各单位按时参加。\n"
        "某县人民政府办公室\n"
        "2024年5月8日\n"
        f"{tail}"
    )


def _in_text(doc_text: str, line: str) -> bool:
    return squashed(line) in squashed(doc_text)


# --- diffread-B B1: a schedule's rows with their times at the end (cleanup.furniture._print_band) ---


def test_a_training_schedules_rows_ending_on_a_kind_word_or_a_separator_stay_text() -> None:
    """Cause: a row ending on a date and a time after a gap was a browser's print band when its head
    ended on a document's type (报告, 方案) or held a title separator (` - `): a notice's schedule lost
    those rows, no warning. The head of a band names the site (…_某县人民政府); a row's names none."""
    rows = (
        "政务公开条例专题辅导报告    2024/5/14 14:00",
        "基层政务公开标准目录编制方案    2024/5/14 15:30",
        "分组讨论 - 经验交流    2024/5/15 9:00",
    )
    doc = checked(_notice("一、培训安排\n" + "\n".join(rows) + "\n二、参训人员\n各单位分管负责同志。\n"))
    for row in rows:
        assert _in_text(doc.text, row), row


def test_a_print_band_naming_its_site_after_the_title_still_leaves() -> None:
    """Guard: the band a browser prints at a page's head, the page's <title> naming its site after a
    separator or a site's name alone before the time, still leaves the text."""
    heads = (
        "关于举办2024年全县政务公开业务培训班的通知_某县人民政府    2024/5/9 08:41\n",
        "关于举办2024年全县政务公开业务培训班的通知 - 某县人民政府门户网站    2024/5/9 08:41\n",
    )
    for head in heads:
        doc = checked(_notice("一、培训时间\n5月14日至15日。\n", head=head))
        assert not _in_text(doc.text, "08:41") and doc.header.title == "关于举办2024年全县政务公开业务培训班的通知"


# --- review18 R10: a document's own author line (patterns.chrome EDGE_CHROME 作者：) ---------------


def test_a_briefings_author_line_under_its_title_stays() -> None:
    """Cause: `作者：…` alone was a reposting site's attribution wherever chrome may stand, the top of
    the text included: an information item's byline under its headline left the text, no warning."""
    source = (
        "我市推进城乡环境整治的做法与成效\n"
        "作者：市政协人口资源环境委员会 刘某\n"
        "今年以来，我市以城乡环境整治为抓手，累计清理积存垃圾1.2万吨。\n"
        "下一步，将把整治成果纳入年度考核。\n"
    )
    doc = checked(source)
    assert _in_text(doc.text, "作者：市政协人口资源环境委员会 刘某")


def test_an_attribution_blocks_author_beside_its_source_still_leaves() -> None:
    """Guard: under the text, the author line beside the block's other lines (来源：…, 链接：…) leaves."""
    for tail in (
        "作者：基层观察\n来源：某某网\n著作权归作者所有。\n",
        "作者：基层观察\n链接：https://www.example.com/p/123456\n来源：某某网\n",
    ):
        doc = checked(_notice("一、培训时间\n5月14日至15日。\n", tail="\n" + tail))
        assert not _in_text(doc.text, "基层观察") and not _in_text(doc.text, "https://"), tail


# --- diffread-B B2: care toggles, the IPv6 badge, reposting formulas inside the text (EDGE_CHROME) -


def test_versions_a_badge_and_a_quoted_formula_listed_inside_a_replys_text_stay() -> None:
    """Cause: a line of nothing but the site's care versions (大字版, 关怀模式), its network badge (网站
    已支持IPv6) or a reposting site's formula (转载请注明来源。) was chrome anywhere: a reply that lists the
    versions, quotes the badge or the formula it criticises lost those lines mid-body, no warning."""
    lines = ("关怀模式", "大字版", "网站已支持IPv6", "转载请注明来源。", "如有侵权请联系小编删除")
    body = (
        "一、培训内容\n网站适老化改造后提供以下两种版本：\n"
        f"{lines[0]}\n{lines[1]}\n页面底部的标识为：\n{lines[2]}\n"
        f"部分账号转载时只标注：\n{lines[3]}\n{lines[4]}\n这类标注不能免除法律责任。\n"
    )
    doc = checked(_notice(body))
    for line in lines:
        assert _in_text(doc.text, line), line


def test_care_toggles_a_badge_and_formulas_at_the_texts_edge_still_leave() -> None:
    """Guard: the same rows where a page puts them, above the text or under it, leave."""
    head = "简体 | 关怀模式 | 无障碍\n"
    tail = "转载请注明来源。\n本站支持IPv6\n"
    doc = checked(_notice("一、培训时间\n5月14日至15日。\n", head=head, tail=tail))
    for line in (head + tail).splitlines():
        assert not _in_text(doc.text, line), line
    assert codes(doc) == []


# --- diffread-B B11: a grid row parted by full-width bars (fields.metadata._pipe_cells) -----------


def test_an_information_grid_parted_by_full_width_bars_gives_each_pair() -> None:
    """Cause: the row was cut at `|` in its folded copy but at `|` only in the raw line, so a row parted
    by ｜ gave one raw cell: one pair whose value swallowed the others."""
    head = "索引号：11330600MB/2024-00115｜发布机构：某县人民政府办公室｜公开方式：主动公开\n"
    doc = checked(_notice("一、培训时间\n5月14日至15日。\n", head=head))
    assert doc.header.metadata == {
        "索引号": "11330600MB/2024-00115",
        "发布机构": "某县人民政府办公室",
        "公开方式": "主动公开",
    }


def test_an_information_grid_parted_by_ascii_bars_still_gives_each_pair() -> None:
    """Guard: the same row with ASCII bars reads as before."""
    head = "索引号：11330600MB/2024-00115 | 发布机构：某县人民政府办公室 | 公开方式：主动公开\n"
    doc = checked(_notice("一、培训时间\n5月14日至15日。\n", head=head))
    assert doc.header.metadata["发布机构"] == "某县人民政府办公室"


# --- review18 R8: a note app's record (readers.text._NOTE_HEAD) -------------------------------------


def test_a_description_line_above_a_note_apps_created_line_stays() -> None:
    """Cause: any capitalised key's line above a `Created:` date was the note app's record: a
    `Description:` line holding the document's summary left the text, no warning. Only the apps'
    own keys are theirs."""
    source = (
        "Description: 全县今年举办政务公开业务培训班两期，培训人员三百人次。\n"
        "Created: 2024-05-09 08:30\n"
        "Tags: 培训\n\n" + _notice("一、培训时间\n5月14日至15日。\n")
    )
    doc = checked(source)
    assert _in_text(doc.text, "全县今年举办政务公开业务培训班两期，培训人员三百人次。")
    assert "Created" not in doc.text


def test_a_note_apps_own_keys_still_leave() -> None:
    """Guard: the app's own keys (Created, Updated, Author, Location, Notebook, Source URL) leave."""
    record = (
        "Created: 2024-05-09 08:30\nUpdated: 2024-05-09 09:02\nAuthor: 王某\nLocation: 某县\n"
        "Notebook: 培训\nSource URL: https://www.example.gov.cn/a.html\n\n"
    )
    doc = checked(record + _notice("一、培训时间\n5月14日至15日。\n"))
    for key in ("Created", "Updated", "Author", "Location", "Notebook", "Source URL"):
        assert key not in doc.text, key


# --- diffread-B B6: a 相关附件 box naming the notice's only attachments (cleanup.furniture._link_lists) -


def test_a_related_attachments_box_naming_files_the_notice_lists_nowhere_else_stays() -> None:
    """Cause: the files under `相关附件：` were the page's box and left the text with their label, no
    warning; a notice copied from its page offers its 附件 there only, so their names were lost."""
    tail = "相关附件：\n1.培训报名回执.docx\n2.参训人员汇总表.xlsx\n"
    doc = checked(_notice("一、培训时间\n5月14日至15日。\n", tail=tail))
    for line in tail.splitlines():
        assert _in_text(doc.text, line), line


def test_a_related_attachments_box_repeating_the_notices_own_list_still_leaves() -> None:
    """Guard: where the notice lists its 附件 itself, the box under its 落款 repeats them and leaves."""
    source = (
        _notice("一、培训时间\n5月14日至15日。\n").replace(
            "请各单位按时参加。\n", "请各单位按时参加。\n附件：培训报名回执\n"
        )
        + "相关附件：\n培训报名回执.docx\n"
    )
    doc = checked(source)
    assert list(doc.attachments) == ["培训报名回执"] and not _in_text(doc.text, "培训报名回执.docx")


# --- diffread-B B2 (rest): a sidebar's box label 相关信息 (EDGE_CHROME, furniture._over_a_repeat) ---


def test_a_related_information_heading_over_the_texts_own_lines_stays() -> None:
    """Cause: `相关信息` alone on its line was a sidebar's box label anywhere: a notice heading a short
    part of its own so lost the heading mid-body, no warning."""
    body = "一、培训时间\n5月14日至15日。\n相关信息\n培训教材由县政府办公室统一发放。\n"
    doc = checked(_notice(body))
    assert _in_text(doc.text, "相关信息\n培训教材由县政府办公室统一发放。")


def test_a_related_information_label_at_the_pages_foot_still_leaves() -> None:
    """Guard: the label under the text, the page's sidebar box, leaves."""
    doc = checked(_notice("一、培训时间\n5月14日至15日。\n", tail="相关信息\n"))
    assert not _in_text(doc.text, "相关信息")
