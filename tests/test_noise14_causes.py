"""The general causes behind round-14 conversion-path probe misses (tests/test_probes_14_noise.py),
each shown by a NEW example written for it, not the probe's text: what the cause is, where it is
fixed (a pattern row or a reader's rule), and that the example failed on the session's start. The
guards beside them hold ordinary text that looks like the converter's marks to what it was before
(they pass on the session's start too): a rule that drops a line or a mark must not take the text's own."""

from __future__ import annotations

from tests.probing import checked, codes, squashed, tree

# --- text browsers' link lists and drawn tables ---------------------------------------------------


def test_a_text_browsers_numbered_link_list_and_its_link_marks_leave_the_text() -> None:
    """lynx numbers every link (`[2]某县人民政府`) and lists their URLs under `References` at the
    dump's end: the list is the converter's, not the page's, and a `[N]` the list names is its mark
    (readers.text._link_list, _LINK_MARK); the 落款 stays the document's last part."""
    source = (
        "   [1]返回首页\n\n   关于做好2024年防汛工作的通知\n\n   各乡镇人民政府：\n\n"
        "   请按照[2]县防汛抗旱指挥部的部署，做好汛前检查。\n\n   特此通知。\n\n"
        "                                   某县人民政府办公室\n                                   2024年4月2日\n\n"
        "Visible links\n   1. https://www.example.gov.cn/\n   2. https://www.example.gov.cn/fx/\n"
    )
    doc = checked(source)
    text = squashed(doc.text)
    assert "https" not in text and "Visiblelinks" not in text and "[2]" not in text
    assert doc.preamble[0].text == "请按照县防汛抗旱指挥部的部署，做好汛前检查。"
    s = doc.signature
    assert s is not None and (s.issuers, s.date) == (("某县人民政府办公室",), "2024-04-02")


def test_bracketed_numbers_without_a_link_list_stay_in_the_text() -> None:
    """Guard: a `[1]` in a text with no browser's link list (a note mark, a citation) and a line
    `References` with no URL lines under it are the document's own words."""
    doc = checked(
        "关于某事项的说明\n各单位：\n根据有关规定[1]，现说明如下。\nReferences\n"
        "[1]《某某管理办法》第十条。\n某市统计局\n2024年3月5日\n"
    )
    text = squashed(doc.text)
    assert "规定[1]，" in text and "References" in text and "[1]《某某管理办法》" in text


def test_a_table_drawn_with_double_box_lines_is_a_table_of_its_section() -> None:
    """A text browser drew a body table with `╔═╦═╗ ║ ╠═╬═╣ ╚═╩═╝`: the borders are drawing, the
    framed lines rows of one table of the section (readers.text._drawn_tables), not paragraphs
    joined as a wrap."""
    source = (
        "关于市政协十三届三次会议第0601号提案的答复\n李某委员：\n您的提案收悉，现答复如下：\n一、完成情况\n"
        "今年完成情况如下：\n╔══════╦══════╗\n║ 项目 ║ 数量 ║\n╠══════╬══════╣\n║ 新建学校 ║ 6所 ║\n"
        "╚══════╩══════╝\n各项目均已按期开工。\n特此答复。\n某市教育局\n2024年6月1日\n"
    )
    doc = checked(source)
    (section,) = doc.sections
    assert [p.text for p in section.paragraphs] == ["今年完成情况如下：", "各项目均已按期开工。"]
    (table,) = section.tables
    assert table.rows == (("项目", "数量"), ("新建学校", "6所"))
    assert "═" not in doc.text and "page-break-joined" not in codes(doc)


def test_an_information_table_drawn_with_plus_and_dash_borders_is_metadata() -> None:
    """An ASCII-drawn information table (`+------+------+`, `| 索引号 | … |`) above the title: its rows
    are the header's 键：值 pairs, as a Markdown table's are (readers.text._drawn_tables)."""
    source = (
        "+--------+----------------+\n| 索引号 | 00123/2024-088 |\n+--------+----------------+\n"
        "| 发文机关 | 某县水利局 |\n+--------+----------------+\n"
        "关于县十九届人大三次会议第8号建议的答复\n何某代表：\n您的建议收悉。今年已完成堤防加固十公里。\n"
        "某县水利局\n2024年5月6日\n"
    )
    doc = checked(source)
    assert doc.header.metadata == {"索引号": "00123/2024-088", "发文机关": "某县水利局"}
    assert "+----" not in doc.text


def test_pipe_lines_and_dashes_with_no_border_between_them_stay_text() -> None:
    """Guard: lines holding a bar (`甲 | 乙`) with no drawn border among them, and a dash rule with
    words (`——以上为第一部分——`), stay as they were."""
    doc = checked(
        "关于某事项的通知\n各单位：\n|甲方：某局|乙方：某公司|\n——以上为第一部分——\n特此通知。\n某市财政局\n2024年3月5日\n"
    )
    text = squashed(doc.text)
    assert "|甲方：某局|乙方：某公司|" in text and "——以上为第一部分——" in text


# --- portal menus ----------------------------------------------------------------------------


def test_a_portals_menu_entries_on_lines_of_their_own_leave_the_text() -> None:
    """A text browser's dump keeps the portal's top menu as lines of bare entries (`政务服务`,
    `新闻中心 | 公众参与`) above the title: chrome, as the footer's link row is
    (patterns.chrome, the menu row)."""
    doc = checked(
        "政务服务\n新闻中心 | 公众参与\n关于区十八届人大三次会议第12号建议的答复\n赵某代表：\n您的建议收悉。"
        "今年已新增公交线路三条。\n特此答复。\n某区交通运输局\n2024年6月3日\n"
    )
    text = squashed(doc.text)
    assert "政务服务" not in text and "新闻中心" not in text
    assert "content-unplaced" not in codes(doc)


def test_sentences_and_headings_naming_a_menu_entry_stay() -> None:
    """Guard: a heading or a sentence naming 政务公开 or 新闻中心 is the document's own."""
    doc = checked(
        "关于某事项的答复\n张某委员：\n一、政务公开\n政务公开工作取得明显成效。\n新闻中心已建成\n特此答复。\n"
        "某区政府办公室\n2024年6月3日\n"
    )
    assert [t for _, _, _, t in tree(doc)] == ["政务公开"]
    text = squashed(doc.text)
    assert "政务公开工作取得明显成效。" in text and "新闻中心已建成" in text


# --- WeChat copies and mail ----------------------------------------------------------------------


def test_a_post_byline_with_the_place_posted_from_and_a_dated_original_byline_leave() -> None:
    """A 公众号 byline not marked 原创 but closed by `发表于` and the province, and one marked 原创 with a
    年月日 date: the post's, not the document's (patterns.chrome, the byline rows)."""
    doc = checked(
        "关于某事项的答复\n某县融媒体中心 某县发布 2024-05-02 09:15 发表于湖南\n原创 某县发布 2024年05月02日 09:15\n"
        "张某委员：\n您的提案收悉。今年已完成改造。\n特此答复。\n某县发展和改革局\n2024年4月30日\n"
    )
    text = squashed(doc.text)
    assert "发表于" not in text and "原创" not in text and "content-unplaced" not in codes(doc)


def test_a_posts_foot_end_mark_editors_buttons_and_past_posts_leave() -> None:
    """After the 落款 a post's `END`, its editors one a line, its button row, its list of earlier posts
    under `精彩回顾` and its QR prompt: chrome outside the running text (EDGE_CHROME, LINK_LIST_LABEL)."""
    doc = checked(
        "关于某事项的答复\n王某代表：\n您的建议收悉。今年已新建公园两座。\n特此答复。\n某市城市管理局\n2024年5月6日\n"
        "END\n校对：孙某\n终审：周某\n点赞 转发 在看\n精彩回顾\n某市启动夏季城市环境整治\n某市公园开放时间调整\n"
        "长按二维码关注\n"
    )
    text = squashed(doc.text)
    for piece in ("END", "孙某", "周某", "转发", "精彩回顾", "夏季城市环境整治", "长按二维码"):
        assert piece not in text, piece
    s = doc.signature
    assert s is not None and s.issuers == ("某市城市管理局",)
    assert "content-unplaced" not in codes(doc)


def test_an_editor_line_and_a_button_word_inside_the_running_text_stay() -> None:
    """Guard: `审核：…` and `分享 点赞` lines between the text's sentences are the text's own (a form's
    fields, a list of a platform's functions): edge chrome only outside the running text."""
    doc = checked(
        "关于某事项的通知\n各单位：\n为做好申报工作，现将有关事项通知如下。\n申报表须经以下环节：\n审核：区人社局\n平台提供以下功能：\n分享 点赞\n"
        "请按时报送。\n特此通知。\n某区人社局\n2024年5月6日\n"
    )
    text = squashed(doc.text)
    assert "审核：区人社局" in text and "分享点赞" in text


def test_a_pictograph_before_a_heading_marker_is_decoration() -> None:
    """An emoji a post sets before a heading (`🔹（一）`, `✅二、`) and a row of them: decoration, so
    the markers open their sections (readers.text._EDGE_PICTOGRAPHS)."""
    doc = checked(
        "关于某事项的答复\n张某委员：\n您的提案收悉，现答复如下：\n✅一、工作情况\n🔹（一）完善制度\n已出台办法。\n"
        "✅二、下一步打算\n继续推进。\n🌟🌟🌟\n特此答复。\n某区民政局\n2024年5月6日\n"
    )
    assert [(m, t) for _, _, m, t in tree(doc)] == [
        ("一、", "工作情况"),
        ("（一）", "完善制度"),
        ("二、", "下一步打算"),
    ]
    assert "🌟" not in doc.text


def test_signs_below_pictographs_and_symbols_inside_a_line_stay() -> None:
    """Guard: © and ® (Latin-1 signs) and a symbol inside a line are text, not decoration."""
    doc = checked(
        "关于某事项的答复\n张某委员：\n©某公司的“绿色⭐工厂”获评优秀。\n特此答复。\n某区工信局\n2024年5月6日\n"
    )
    assert "©某公司的“绿色⭐工厂”获评优秀。" in doc.text


def test_a_mail_clients_separator_above_a_forwarded_reply_leaves() -> None:
    """`-------- Original Message --------` and `----- 转发邮件 -----` over a forwarded reply: the mail
    client's, not the document's (patterns.chrome, the mail separator)."""
    doc = checked(
        "----- 转发邮件 -----\n-------- Original Message --------\n关于某事项的答复\n张某委员：\n您的提案收悉。"
        "今年已完成改造。\n特此答复。\n某县交通运输局\n2024年4月30日\n"
    )
    text = squashed(doc.text)
    assert "转发邮件" not in text and "OriginalMessage" not in text


# --- viewers and exports ---------------------------------------------------------------------------


def test_numbers_a_viewer_set_before_every_line_leave_the_text() -> None:
    """An editor's gutter copied with the text (`  1 │ `, blank lines numbered too, starting at 12 where
    the copy began): the numbers run one a line, so they are the viewer's (readers.text._viewer_numbers)."""
    lines = ["关于某事项的答复", "", "张某委员：", "您的提案收悉，现答复如下：", "一、工作情况", "已完成改造。"]
    lines += ["特此答复。", "某县住房和城乡建设局", "2024年4月30日"]
    doc = checked("".join(f"{n:3d} │ {line}\n" for n, line in enumerate(lines, 12)))
    assert [(m, t) for _, _, m, t in tree(doc)] == [("一、", "工作情况")]
    s = doc.signature
    assert s is not None and (s.issuers, s.date) == (("某县住房和城乡建设局",), "2024-04-30")
    assert "│" not in doc.text and "12" not in doc.text


def test_lines_opening_with_their_own_numbers_stay() -> None:
    """Guard: a document whose list lines open with numbers (`1 张某`, `2 李某`) among lines without
    any keeps them: only a number on every line, one more each line, is a viewer's."""
    doc = checked(
        "关于某事项的通知\n各单位：\n获奖名单如下：\n1 张某\n2 李某\n3 王某\n特此通知。\n某区教育局\n2024年5月6日\n"
    )
    text = squashed(doc.text)
    assert "1张某" in text and "3王某" in text


def test_escaped_line_breaks_of_an_exported_field_are_line_breaks() -> None:
    """A reply exported as one field whose breaks are written `\\r\\n` (four characters): the escapes
    are its line breaks (readers.text._cut_at with _ESCAPED_BREAK), the 落款 and sections whole."""
    doc = checked(
        "关于某事项的答复\\r\\n张某委员：\\r\\n您的提案收悉，现答复如下：\\r\\n一、工作情况\\r\\n已完成改造。\\r\\n"
        "特此答复。\\r\\n某县水利局\\r\\n2024年4月30日"
    )
    assert [(m, t) for _, _, m, t in tree(doc)] == [("一、", "工作情况")]
    s = doc.signature
    assert s is not None and (s.issuers, s.date) == (("某县水利局",), "2024-04-30")
    assert "\\" not in doc.text


def test_a_backslash_n_or_two_in_ordinary_text_stays() -> None:
    """Guard: a text with its own line breaks that names a path or an escape once or twice
    (`C:\\new\\notes`) keeps them: only more escapes than breaks are an export's."""
    doc = checked(
        "关于某事项的通知\n各单位：\n模板存放于C:\\new\\notes目录。\n特此通知。\n某区政务服务中心\n2024年5月6日\n"
    )
    assert "C:\\new\\notes" in doc.text


# --- grid tables and a text browser's placeholders ------------------------------------------------


def test_a_grid_tables_header_rule_of_equals_signs_is_a_border() -> None:
    """pandoc's grid table rules its header row off with `+=====+`: a border like the `+-----+` ones
    (readers.text._DRAWN_BORDER), so the table is one table of the section and no rule reaches the text."""
    doc = checked(
        "关于某事项的答复\n张某委员：\n您的提案收悉，现答复如下：\n一、完成情况\n完成情况如下：\n+------+------+\n"
        "| 项目 | 数量 |\n+======+======+\n| 新建公园 | 2座 |\n+------+------+\n特此答复。\n某区城市管理局\n2024年6月1日\n"
    )
    (section,) = doc.sections
    assert section.tables[0].rows == (("项目", "数量"), ("新建公园", "2座"))
    assert "+===" not in doc.text


def test_a_text_browsers_image_and_button_placeholders_leave() -> None:
    """lynx's `[INLINE]`, an image's file name in brackets (`[banner_2024.jpg]`) and a row of form
    buttons (`(BUTTON) 返回 (Submit) 搜索`) are the browser's, not the page's words (patterns.chrome)."""
    doc = checked(
        "[banner_2024.jpg]\n(BUTTON) 返回 (Submit) 搜索\n关于某事项的答复\n张某委员：\n您的提案收悉。\n[INLINE]\n"
        "今年已完成改造。\n特此答复。\n某县水利局\n2024年4月30日\n"
    )
    text = squashed(doc.text)
    assert "banner" not in text and "BUTTON" not in text and "INLINE" not in text
    assert "content-unplaced" not in codes(doc)


def test_bracketed_words_and_a_parenthesised_note_stay() -> None:
    """Guard: a bracketed note of the text (`[注]`, `[附图.png见附件]` inside a sentence) and a
    parenthesised line (`（此件公开发布）`) are the document's own."""
    doc = checked(
        "关于某事项的通知\n各单位：\n[注]\n示意图见[附图.png]所示。\n（此件公开发布）\n某区住建局\n2024年5月6日\n"
    )
    text = squashed(doc.text)
    assert "[注]" in text and "示意图见[附图.png]所示。" in text and "（此件公开发布）" in text


# --- batch 6: a hidden links list, credits parted by bars -----------------------------------------


def test_an_indented_hidden_links_list_under_the_references_leaves() -> None:
    """lynx lists the links a page hid under an indented `Hidden links:` after the numbered ones: the
    list is still the browser's (readers.text._LINK_LIST), not numbered sections of the body."""
    doc = checked(
        "关于某事项的答复\n张某委员：\n您的提案收悉。今年已完成改造。\n特此答复。\n某县水利局\n2024年4月30日\n\n"
        "References\n\n   1. http://a.example.gov.cn/\n\n   Hidden links:\n   2. http://a.example.gov.cn/x.js\n"
    )
    assert doc.sections == () and "http" not in doc.text and "Hidden" not in doc.text


def test_a_posts_credits_parted_by_bars_its_pointer_and_a_dashed_end_mark_leave() -> None:
    """A post parts its credits by `丨` or `|` (来源丨…, 摄影丨… 视频丨…, 校对|…), points down with `▼`
    and ends on `——END——`: the post's, not the document's (patterns.chrome, EDGE_CHROME)."""
    doc = checked(
        "信息来源丨某县融媒体中心\n摄影丨赵某 视频丨钱某\n关于某事项的答复\n▼▼\n张某委员：\n您的提案收悉。今年已完成改造。\n"
        "特此答复。\n某县水利局\n2024年4月30日\n——END——\n校对|孙某\n"
    )
    text = squashed(doc.text)
    for piece in ("融媒体中心", "摄影", "▼", "END", "孙某"):
        assert piece not in text, piece
    assert "content-unplaced" not in codes(doc)


def test_a_bar_credit_inside_the_running_text_and_a_pointer_with_words_stay() -> None:
    """Guard: between the text's sentences a `审核丨…` line (a form's field) and `▼ 详见下表` (a pointer
    with words) are the text's own."""
    doc = checked(
        "关于某事项的通知\n各单位：\n为做好申报工作，现将有关事项通知如下。\n审核丨区人社局\n▼ 详见下表\n请按时报送。\n"
        "特此通知。\n某区人社局\n2024年5月6日\n"
    )
    text = squashed(doc.text)
    assert "审核丨区人社局" in text and "▼详见下表" in text
