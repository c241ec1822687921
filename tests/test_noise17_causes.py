"""The general causes behind round-17 damaged and scraped text probe misses
(tests/test_probes_17_noise.py), each shown by a NEW example written for it, not the probe's text:
what the cause is, where it is fixed (a pattern row or a rule), and that the example failed on the
session's start (/work/s17start). The guards beside them hold ordinary text that looks like the
damage to what it was before: a rule that drops a line or a character must not take the text's own."""

from __future__ import annotations

from tests.probing import checked, codes, squashed, tree

# --- HTML residue inside the lines (readers.text: _SPACE_ENTITY, _ESCAPED_TAG, _OPEN_TAG_HALF) ----


def test_space_entities_opening_and_closing_lines_are_indents_not_text() -> None:
    """Cause (batch 4): a page's source copied as text keeps `&nbsp;`/`&emsp;` runs before a paragraph
    and after the 落款's organ; read as text they hid the organ line, the closing and the heading."""
    source = (
        "关于做好2024年秋季学期开学工作的通知\n"
        "各县（市、区）教育局：\n"
        "&emsp;&emsp;现将有关事项通知如下：\n"
        "&nbsp;&nbsp;一、做好安全检查\n"
        "&nbsp;&nbsp;开学前完成校舍安全排查。\n"
        "&nbsp;&nbsp;特此通知。\n"
        "某市教育局&nbsp;\n"
        "2024年8月20日&nbsp;&nbsp;\n"
    )
    doc = checked(source)
    assert tree(doc) == [(1, "cn", "一、", "做好安全检查")]
    assert doc.closing is not None and doc.closing.text == "特此通知。"
    assert doc.signature is not None and list(doc.signature.issuers) == ["某市教育局"]
    assert "&" not in doc.text and codes(doc) == []


def test_a_numeric_ideographic_space_entity_parts_the_organ_from_its_date() -> None:
    """Cause (batch 4): `某局&#12288;&#12288;2024年…` on one line: the entity run is the gap between the
    organ and the date, as two ideographic spaces written as characters are."""
    source = (
        "关于市政协十三届三次会议第0950号提案的答复\n"
        "卜某委员：\n"
        "您的提案收悉，现答复如下：\n"
        "今年全市新建公园绿地八十公顷。\n"
        "特此答复。\n"
        "某市林业局&#12288;&#12288;2024年9月3日\n"
        "联系人：&#12288;车某\n"
    )
    doc = checked(source)
    assert doc.signature is not None
    assert (list(doc.signature.issuers), doc.signature.date) == (["某市林业局"], "2024-09-03")
    assert doc.contact is not None and doc.contact.name == "车某"
    assert "&#" not in doc.text


def test_escaped_paragraph_tags_and_doubly_escaped_spaces_are_markup() -> None:
    """Cause (batch 4): a CMS that escaped its markup gives `&lt;p&gt;&amp;nbsp;…&lt;/p&gt;`: the escaped
    tags end lines as the tags do, the escaped entity is an indent."""
    source = (
        "关于县政协十一届三次会议第5号提案的答复\n"
        "毕某委员：\n"
        "&lt;p&gt;&amp;nbsp;您的提案收悉，现答复如下：&lt;/p&gt;&lt;p&gt;今年全县新建村级养老服务站十个。&lt;/p&gt;\n"
        "&lt;p style=&quot;text-align:right&quot;&gt;某县民政局&lt;/p&gt;\n"
        "2024年5月5日\n"
    )
    doc = checked(source)
    assert [p.text for p in doc.preamble] == ["您的提案收悉，现答复如下：", "今年全县新建村级养老服务站十个。"]
    assert doc.signature is not None and list(doc.signature.issuers) == ["某县民政局"]
    assert "&lt;" not in doc.text and "&amp;" not in doc.text


def test_an_open_tag_cut_over_two_lines_by_a_one_line_stripper_is_markup() -> None:
    """Cause (batch 4): `<div class="TRS_Editor"` alone on a line and `style="font-size:16px">` before the
    next line's text: both halves are one tag's."""
    source = (
        "关于市十六届人大三次会议第0961号建议的答复\n"
        "米某代表：\n"
        '<div class="TRS_Editor"\n'
        'style="font-size:16px">您的建议收悉，现答复如下：\n'
        "今年全市新增停车泊位二万个。\n"
        "特此答复。\n"
        "某市交通运输局\n"
        "2024年6月9日\n"
    )
    doc = checked(source)
    assert [p.text for p in doc.preamble] == ["您的建议收悉，现答复如下：", "今年全市新增停车泊位二万个。"]
    assert "TRS_Editor" not in doc.text and "font-size" not in doc.text


def test_guard_an_ampersand_in_a_name_stays_and_quote_entities_are_read() -> None:
    """Guard: `H&M` and `R&D` are no entities: kept as written. `&quot;` twice shows the copy escaped:
    since schema 1.10 (contract19) read as the character and warned `text-repaired` (`html-entity`); up to
    1.9 it was kept as written (decoding "would invent" the character)."""
    line = "今年引进H&M等品牌门店，企业R&D投入增长12%，&quot;放管服&quot;改革深化。"
    doc = checked(f"关于市政协第0970号提案的答复\n贝某委员：\n{line}\n某市商务局\n2024年6月1日\n")
    assert line.replace("&quot;", '"') in doc.text
    assert [w.message.split(":")[0] for w in doc.warnings if w.code == "text-repaired"] == ["html-entity"]


def test_joiners_inside_a_marker_leave_the_text() -> None:
    """Cause (batch 5): U+200C and U+200D (zero-width non-joiner and joiner) were kept, hiding the markers
    `一\u200c、` and `（\u200d二）`; they join nothing in Chinese (charclass.ZERO_WIDTH_CHARS)."""
    source = (
        "关于加强夏季防溺水工作的通知\n各学校：\n一\u200c、加强教育\n开展防溺水专题教育。\n"
        "（一）课堂教育\n每周一课。\n（\u200d二）家访提醒\n暑假前家访全覆盖。\n某县教育局\n2024年6月1日\n"
    )
    doc = checked(source)
    assert [(s.marker, s.title) for s in doc.iter_sections()] == [
        ("一、", "加强教育"),
        ("（一）", "课堂教育"),
        ("（二）", "家访提醒"),
    ]
    assert "\u200c" not in doc.text and "\u200d" not in doc.text and codes(doc) == []


def test_guard_entities_in_ordinary_text_keep_its_letters() -> None:
    """Guard: a sentence naming `&` between letters and digits, and `&` before words that are no entity
    (`&nbspx`, `& nbsp`), keeps every character."""
    line = "A&B两类企业各100家，代号&nbspx与& nbsp均为系统字段名。"
    doc = checked(f"关于某事项的通知\n各单位：\n{line}\n某市工信局\n2024年1月2日\n")
    assert squashed(line) in squashed(doc.text)


# --- chrome rows (patterns.chrome._CHROME) and short sentences (cleanup.furniture._a_sentence) -----


def _reply(middle: str, tail: str = "") -> str:
    """A short reply with `middle` between its body and its closing, `tail` under its 落款."""
    return (
        "关于区政协十届三次会议第2024301号提案的答复\n邢某委员：\n您的提案收悉，现答复如下：\n"
        f"一、工作情况\n今年全区新建口袋公园十个。\n{middle}二、下一步打算\n我局将继续推进。\n特此答复。\n"
        f"某区园林局\n2024年9月9日\n{tail}"
    )


def test_an_editors_row_in_one_pair_of_brackets_is_chrome() -> None:
    """Cause (batch 1): only `（责任编辑：…）` (or 编辑 first) was chrome; a page prints its editors two or
    three roles in one pair of brackets (`（审核：吕某　终审：严某）`)."""
    doc = checked(_reply("", "（审核：吕某　终审：严某）\n"))
    assert "终审" not in doc.text and codes(doc) == []


def test_an_expand_link_and_a_see_more_link_are_chrome() -> None:
    """Cause (batches 3, 9): a mobile view's `点击展开全文` and a preview's `点击查看详情>>` alone on their
    lines were read as text (a paragraph's end, unplaced content)."""
    doc = checked(_reply("点击展开全文\n", "点击查看详情>>\n"))
    assert "展开全文" not in doc.text and "查看详情" not in doc.text
    assert [p.text for s in doc.sections for p in s.paragraphs] == ["今年全区新建口袋公园十个。", "我局将继续推进。"]


def test_watermark_lines_between_the_lines_they_cross_are_furniture() -> None:
    """Cause (batch 8): a watermark across every page (`内部材料 注意保密`, `某区园林局内部资料`, each seen on
    two pages) comes out of a text layer between lines, even between the 落款's organ and date, and a
    bare `仅供工作参考` once after a sentence's end: read as paragraphs, a signing organ, a heading's text."""
    source = _reply("内部材料 注意保密\n某区园林局内部资料\n").replace(
        "某区园林局\n", "某区园林局\n某区园林局内部资料\n"
    )
    source = source.replace("今年全区新建口袋公园十个。\n", "今年全区新建口袋公园十个。\n内部材料 注意保密\n")
    doc = checked(source.replace("特此答复。\n", "特此答复。\n仅供工作参考\n"))
    assert "内部" not in doc.text and "仅供" not in doc.text
    assert doc.signature is not None and list(doc.signature.issuers) == ["某区园林局"]
    assert doc.signature.date == "2024-09-09" and codes(doc) == []


def test_an_office_systems_print_stamp_is_furniture_not_metadata() -> None:
    """Cause (batch 8): `打印人：王某　打印时间：2024-09-10 08:30` over the title was read as a header
    metadata pair."""
    doc = checked("打印人：王某　打印时间：2024-09-10 08:30\n" + _reply(""))
    assert dict(doc.header.metadata) == {} and "打印人" not in doc.text


def test_guard_sentences_with_watermark_words_and_short_sentences_with_chrome_words_stay() -> None:
    """Guard: `仅供参考。` with its stop, a clause naming 内部资料, and short sentences opening with or
    holding a chrome word (`责任编辑要严格把关。`, `分享到群聊须经同意。`, `收藏品市场秩序良好。`, `浏览次数已纳入考核。`)
    are the text's own (cleanup.furniture._a_sentence: eight characters or more ending on 。)."""
    own = [
        "仅供参考。",
        "内部资料已按规定归档保存。",
        "责任编辑要严格把关。",
        "分享到群聊须经同意。",
        "收藏品市场秩序良好。",
        "浏览次数已纳入考核。",
    ]
    doc = checked(_reply("\n".join(own[1:]) + "\n").replace("我局将继续推进。", "我局将继续推进，以上数据\n仅供参考。"))
    text = squashed(doc.text)
    assert [o for o in own if o not in text] == []


# --- a 文号 broken before its year's bracket (joins._code_cut, DOC_NO_CODE_CUT_REST) ---------------


def test_a_doc_number_broken_right_before_its_year_bracket_is_one_number() -> None:
    """Cause (batches 9, 10): `某交函` over `〔2024〕8号` (the agency code whole, ending on a kind's word 函)
    was left as two lines: no number, the code an unplaced line. Joined, warned as a guess."""
    source = (
        "某交函\n〔2024〕8号\n关于市政协十三届三次会议第0990号提案的答复\n蔡某委员：\n您的提案收悉，现答复如下：\n"
        "今年新开公交线路十条。\n特此答复。\n某市交通运输局\n2024年3月3日\n"
    )
    doc = checked(source)
    n = doc.header.doc_number
    assert n is not None and (n.text, n.agency_code, n.year, n.serial) == ("某交函〔2024〕8号", "某交函", 2024, 8)
    assert codes(doc) == ["page-break-joined"]


def test_guard_an_organ_over_a_bare_bracketed_year_line_stays_apart() -> None:
    """Guard: an issuing organ's name over a line holding only a year in brackets and a serial is the
    organ's line (is_organ_name), not a cut code: the two lines stay apart, nothing joined."""
    doc = checked(
        "某市民政局\n〔2024〕12号\n关于市政协第0991号提案的答复\n贾某委员：\n您的提案收悉。\n特此答复。\n某市民政局\n2024年3月4日\n"
    )
    assert "某市民政局\n〔2024〕12号" in doc.text and "page-break-joined" not in codes(doc)


# --- a numeral 落款 date whose 日 OCR read as a look-alike (patterns.dates.SEALED_DATE_LINE) -------


def test_a_numeral_signature_date_with_yue_for_ri_is_read() -> None:
    """Cause (batch 7): `二〇二四年九月三十曰` (the seal over its 日, OCR gave 曰): only an Arabic date was
    read with such a sign, so the 落款 had no date and the closing above it was lost with it."""
    doc = checked(
        "关于市政协第0992号提案的答复\n顾某委员：\n您的提案收悉。\n特此答复。\n某市文旅局\n二〇二四年九月三十曰\n"
    )
    assert doc.signature is not None
    assert (doc.signature.date, doc.signature.date_text) == ("2024-09-30", "二〇二四年九月三十曰")
    assert doc.closing is not None and codes(doc) == []


def test_guard_a_numeral_date_in_a_sentence_keeps_its_words() -> None:
    """Guard: a sentence ending on a numeral date and a word (…于二〇二四年九月三十日前完成) is no 落款 date."""
    doc = checked("关于某事项的通知\n各单位：\n请于二〇二四年九月三十日前完成。\n某市文旅局\n二〇二四年九月一日\n")
    assert doc.signature is not None and doc.signature.date == "2024-09-01"


# --- the page's headline over a 文号 and the title: dropped and warned (rules.header) --------------


def test_a_headline_shown_again_above_the_number_and_the_title_is_warned() -> None:
    """Cause (batch 3): a page's headline above a byline and the document's 文号, its own title under
    them: the header made the headline chrome without a word (only a headline right above its title
    was warned, by cleanup.repeats); the contract warns every such drop (`repeat-dropped`)."""
    title = "关于市十六届人大三次会议第0993号建议的答复"
    source = (
        f"{title}\n来源：某市水务局　发布时间：2024-05-06\n某水复〔2024〕3号\n{title}\n蓝某代表：\n您的建议收悉，现答复如下：\n"
        "今年新建泵站三座。\n特此答复。\n某市水务局\n2024年5月6日\n"
    )
    doc = checked(source)
    assert doc.text.count(title) == 1 and codes(doc) == ["repeat-dropped"]
    assert doc.header.title == title and doc.header.doc_number is not None


def test_guard_a_site_name_and_breadcrumb_over_a_title_leave_without_a_repeat_warning() -> None:
    """Guard: the page's own top lines (its site name, a breadcrumb) over the title are chrome that
    repeats nothing: no `repeat-dropped`."""
    source = (
        "某市人民政府门户网站\n首页 > 政务公开 > 建议提案办理\n关于市政协第0994号提案的答复\n龙某委员：\n您的提案收悉。\n"
        "特此答复。\n某市水务局\n2024年5月7日\n"
    )
    doc = checked(source)
    assert "门户网站" not in doc.text and "repeat-dropped" not in codes(doc)


# --- a width cut after 零 (joins._ideograph) -------------------------------------------------------


def test_a_line_cut_after_ling_inside_a_figure_is_joined() -> None:
    """Cause (batch 6): a hard-wrapped paragraph cut after 零 (…一百零 / 五户，…): 零 folds to 〇, which
    stands outside the basic ideograph block, so the width cut's tests took the line for ended."""
    body = ["今年全县为困难群众发放临时救助金三百二十万元，救助一千二百零", "五户，较上年增长百分之十二。"]
    source = (
        "关于县政协十一届三次会议第96号提案的答复\n计某委员：\n您的提案收悉。经认真研究，现答复如下：\n"
        + "\n".join(body)
        + "\n特此答复。\n某县民政局\n2024年6月2日\n"
    )
    doc = checked(source)
    assert [p.text for p in doc.preamble][-1] == "".join(body)
    assert codes(doc) == ["page-break-joined"]


# --- a page's link and file lists, its readers' comments (cleanup.furniture) -----------------------


def test_a_file_box_line_naming_its_download_count_after_a_colon_is_the_boxs() -> None:
    """Cause (batch 2): under 附件下载： a line `….xlsx（18KB） 下载次数：7` held a colon, which ended the
    box's list (a list's link holds none), so it stayed as unplaced text."""
    doc = checked(_reply("", "附件下载：\n2024年公园名录.xlsx（18KB） 下载次数：7\n"))
    assert "下载次数" not in doc.text and "名录" not in doc.text and codes(doc) == []


def test_a_reading_links_kind_before_its_title_is_the_links() -> None:
    """Cause (batch 2): under 【相关解读】 a link `政策解读：《…》 2024-09-09` held a colon (the reading's
    kind before its title) and stayed as unplaced text."""
    doc = checked(_reply("", "【相关解读】\n政策解读：《某区口袋公园建设导则》 2024-09-09\n"))
    assert "导则" not in doc.text and codes(doc) == []


def test_readers_comments_under_the_signature_leave_the_text() -> None:
    """Cause (batches 2, 10): a page's `最新留言` section under the 落款 (readers' sentences, times, a
    reply from the site) stayed as unplaced text: readers' words are the site's, not the document's."""
    tail = "最新留言\n居民王女士：公园建得很好，希望多设座椅。\n2024-09-12 19:40\n回复：已转相关部门。\n"
    doc = checked(_reply("", tail))
    # schema 1.9: the section still leaves the text, and its leaving is said (was no warning in 1.8)
    assert "王女士" not in doc.text and "最新留言" not in doc.text and codes(doc) == ["comments-dropped"]
    assert doc.signature is not None and doc.signature.date == "2024-09-09"


def test_guard_a_comment_label_inside_the_body_keeps_the_rest_of_the_document() -> None:
    """Guard: `网友留言` alone as a line inside a reply (over the answer's paragraph on them) is the
    text's: nothing under it leaves."""
    source = _reply("网友留言\n今年共收到网友留言三百条，均已办结。\n")
    doc = checked(source)
    assert "网友留言" in doc.text and "均已办结" in doc.text
    assert doc.signature is not None and doc.closing is not None


def test_guard_a_marking_printed_once_over_the_title_stays() -> None:
    """Guard: `内部资料 注意保存` printed once over a 简报's title is the document's marking, not a
    watermark (cleanup.furniture._watermarks: only a mark seen twice, or inside the running text)."""
    doc = checked(
        "内部资料 注意保存\n关于全市防汛工作情况的通报\n各区防指：\n今年入汛以来全市平稳度汛。\n某市防指\n2024年7月1日\n"
    )
    assert "内部资料" in doc.text


def test_guard_a_list_item_and_a_wrapped_line_ending_on_internal_material_stay() -> None:
    """Guard (review17 R1): `各单位印发的内部资料` as a list's item and a hard-wrapped line ending on
    `…和内部资料` are the text's (once each, not after an organ's name alone): nothing of them leaves."""
    source = (
        "关于做好档案移交工作的通知\n各单位：\n现将有关事项通知如下：\n需移交的材料：\n历年发文\n各单位印发的内部资料\n"
        "会议纪要\n移交时不得将\n涉密载体和内部资料\n混入普通档案，确保安全。\n某县档案馆\n2024年4月1日\n"
    )
    doc = checked(source)
    assert "各单位印发的内部资料" in doc.text and "涉密载体和内部资料" in squashed(doc.text)


def test_guard_a_bare_kind_or_an_orders_name_over_its_serial_is_no_cut_code() -> None:
    """Guard (review17 R3): `通告` or `某市人民政府令` over `〔2024〕第5号` is a title over its serial, not a
    文号's code cut from its year: the title stays a line of its own."""
    for head in ("通告", "某市人民政府令"):
        doc = checked(
            f"某市人民政府\n{head}\n〔2024〕第5号\n现将有关事项公布如下：\n一、自公布之日起施行。\n某市人民政府\n2024年6月1日\n"
        )
        assert f"{head}〔2024〕" not in doc.text, head


def test_guard_a_message_boards_label_over_the_next_documents_lines_keeps_them() -> None:
    """Guard: texts run together, the first ending on its date, the next opening with a board's
    `网友留言` label over its own title, addressee and 落款: those are a document's lines, not readers'
    words, and stay (cleanup.furniture._readers_words)."""
    source = _reply("") + (
        "网友留言\n关于小区停车难问题的回复\n网友您好：\n您反映的问题已转交属地街道办理。\n某区城管局\n2024年9月10日\n"
    )
    doc = checked(source)
    assert "关于小区停车难问题的回复" in doc.text and "已转交属地街道办理" in doc.text


def test_guard_a_comment_link_under_the_pages_publish_date_keeps_the_document() -> None:
    """Guard (review17 R8): a page head's publish date alone and its `评论(3)` link under it, above the
    document: no comment section (it stands over the running text); the reply below is whole."""
    source = "首页 > 建议提案\n2024-09-01\n评论(3)\n" + _reply("")
    doc = checked(source)
    assert "我局将继续推进。" in doc.text and doc.signature is not None and doc.closing is not None
    assert len(doc.sections) == 2
