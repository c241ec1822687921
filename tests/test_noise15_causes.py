"""The general causes behind round-15 damaged and scraped text probe misses
(tests/test_probes_15_noise.py), each shown by a NEW example written for it, not the probe's text:
what the cause is, where it is fixed (a pattern row or a rule), and that the example failed on the
session's start (/work/s16start). The guards beside them hold ordinary text that looks like the
damage to what it was before (they pass on the session's start too): a rule that drops a line or a
character must not take the text's own."""

from __future__ import annotations

from tests.probing import checked, codes, squashed, tree


def _twice(text: str) -> str:
    """`text` as a fake-bold PDF's text layer gives it: every character twice."""
    return "".join(ch + ch for ch in text)


# --- characters a fake-bold PDF drew twice (rules/cleanup/spaces.fake_bold, FAKE_BOLD_RUN) --------


def test_a_fake_bold_title_and_heading_are_read_with_each_character_once() -> None:
    """Cause (batch 4): a PDF that fakes bold by drawing each glyph twice gives `关关于于…` in its text
    layer; nothing read such a run once, so the title was no title and the heading's marker `一一、`."""
    source = (
        _twice("关于做好2024年度统计执法检查工作的通知")
        + "\n各县（市、区）统计局：\n现将有关事项通知如下：\n"
        + _twice("一、检查范围")
        + "\n全市规模以上工业企业。\n特此通知。\n某市统计局\n2024年3月12日\n"
    )
    doc = checked(source)
    assert doc.header.title == "关于做好2024年度统计执法检查工作的通知"
    assert tree(doc) == [(1, "cn", "一、", "检查范围")]
    # since schema 1.8 each line read once is warned (the title's and the heading's)
    assert "关关" not in doc.text and codes(doc) == ["text-repaired", "text-repaired"]


def test_a_fake_bold_lead_in_a_plain_sentence_is_read_once() -> None:
    """Cause (batch 4): only the bold lead of a paragraph doubled (`（（二二））强强化化监监管管。。…`): the
    doubled run is read once, the plain rest of the line untouched."""
    source = (
        "关于市十六届人大三次会议第0707号建议的答复\n邹某代表：\n您的建议收悉，现答复如下：\n一、工作情况\n"
        + _twice("（二）强化监管。")
        + "全年检查门店三百家。\n特此答复。\n某市商务局\n2024年5月9日\n"
    )
    doc = checked(source)
    assert tree(doc)[-1] == (2, "cn-paren", "（二）", "强化监管")
    assert doc.sections[0].sections[0].paragraphs[0].text == "全年检查门店三百家。"


def test_doubled_words_phone_digits_and_leaders_of_ordinary_text_stay() -> None:
    """Guard: reduplicated words (高高兴兴、干干净净, 人人, 家家户户), a phone whose digits pair up
    (0571-88776655), a dotted leader (。。。。。。。。。。) and four pairs in a row (认认真真踏踏实实) are
    the text's own: every character stays."""
    lines = [
        "大家高高兴兴、干干净净过节，人人参与、家家户户行动。",
        "我们认认真真踏踏实实做好每一项工作。",
        "目录。。。。。。。。。。1",
        "联系电话：0571-88776655",
    ]
    doc = checked("关于做好节日期间有关工作的通知\n各单位：\n" + "\n".join(lines) + "\n某市文明办\n2024年2月1日\n")
    text = squashed(doc.text)
    assert all(squashed(line) in text for line in lines)


# --- a results list page, a hotline footer (patterns.chrome) ---------------------------------------


def test_a_results_list_pages_column_name_listed_titles_and_more_link_leave_the_text() -> None:
    """Cause (batches 1, 10): a 办理结果公开 page scraped whole prints its column's name, other answers'
    titles each with its date, and a 更多 link above the answer it shows: they were the text's, and
    unplaced (content-unplaced). Now chrome; the answer shown keeps its title."""
    source = (
        "人大建议办理结果公开\n"
        "关于区十七届人大四次会议第2024031号建议的答复 2024-05-30\n"
        "关于区十七届人大四次会议第2024027号建议的答复 【2024-05-28】\n"
        "查看更多 >>\n"
        "关于区十七届人大四次会议第2024035号建议的答复\n储某代表：\n您的建议收悉，现答复如下：\n"
        "今年全区新增停车泊位三千个。\n特此答复。\n某区交通运输局\n2024年6月3日\n"
    )
    doc = checked(source)
    assert doc.header.title == "关于区十七届人大四次会议第2024035号建议的答复"
    assert "2024031" not in doc.text and "2024027" not in doc.text and "更多" not in doc.text
    assert "结果公开" not in doc.text and codes(doc) == []


def test_a_government_hotline_footer_line_leaves_the_text() -> None:
    """Cause (batches 1, 9, 10): the site's footer line naming the 12345 hotline (政务服务便民热线：12345)
    was no chrome, so it stayed under the 落款, unplaced."""
    source = (
        "关于县政协十一届四次会议第60号提案的答复\n方某委员：\n您的提案收悉，现答复如下：\n"
        "今年全县新建公共厕所四十座。\n特此答复。\n某县城市管理局\n2024年6月3日\n"
        "网站地图 | 联系我们\n全国政务服务便民热线 12345\n"
    )
    doc = checked(source)
    assert "12345" not in doc.text and codes(doc) == []


def test_sentences_and_titles_like_a_list_pages_lines_stay() -> None:
    """Guard: a sentence naming the 12345 hotline, a contact's own hotline of another number, a title
    line with no date after it, a quoted document with its date in a sentence, and a heading
    `建议提案办理情况` (no 公开) are the text's own."""
    lines = [
        "群众可拨打政务服务便民热线12345反映诉求。",
        "今年已按照关于加强建议提案办理工作的通知 2024-03-01的要求完成交办。",
        "建议提案办理情况",
        "全年办理建议提案一百二十件。",
    ]
    source = (
        "某县人民政府办公室关于2024年建议提案办理工作的报告\n县人大常委会：\n"
        + "\n".join(lines)
        + "\n某县人民政府办公室\n2024年12月2日\n咨询热线：0571-12345678\n"
    )
    doc = checked(source)
    text = squashed(doc.text)
    assert all(squashed(line) in text for line in lines) and "0571-12345678" in text


# --- lines run together (rules/cleanup/flattened) -------------------------------------------------


def test_a_contact_run_onto_the_organ_line_after_a_short_gap_is_the_contacts() -> None:
    """Cause (batches 2, 10): the contact ran onto the 落款's organ line after one or two spaces
    (`某县司法局 联系人：夏某 电话：…`): only a gap of four spaces or more was read as a second column, so
    the line was one paragraph and the signature lost its organ (cleanup.flattened._contact_after_organ)."""
    source = (
        "关于县政协十一届四次会议第19号提案的答复\n潘某委员：\n您的提案收悉，现答复如下：\n"
        "今年全县新建村级法律服务站八十个。\n感谢您的关心和支持。\n"
        "某县司法局 联系人：夏某 电话：0577-66112233\n2024年5月20日\n"
    )
    doc = checked(source)
    s, c = doc.signature, doc.contact
    assert s is not None and (s.issuers, s.date) == (("某县司法局",), "2024-05-20")
    assert c is not None and (c.name, c.phones) == ("夏某", ("0577-66112233",))
    assert doc.closing is not None and codes(doc) == []


def test_a_date_glued_to_a_contact_label_after_a_closing_and_organ_on_one_line() -> None:
    """Cause (batch 2): the whole trailer on one line (`特此函复。某市审计局2024年4月3日联系人：…`): a date
    glued to the contact label under it was cut only where the date opened the line, so the closing,
    organ and date ran into the contact (cleanup.flattened._dated_then_contact)."""
    source = (
        "关于市十六届人大三次会议第0066号建议的复函\n金某代表：\n您的建议收悉，现函复如下：\n"
        "今年我局完成政府投资项目审计四十个。\n特此函复。某市审计局2024年4月3日联系人：庄某；电话：0571-87001122\n"
    )
    doc = checked(source)
    s, c = doc.signature, doc.contact
    assert doc.closing is not None and doc.closing.text == "特此函复。"
    assert s is not None and (s.issuers, s.date) == (("某市审计局",), "2024-04-03")
    assert c is not None and (c.name, c.phones) == ("庄某", ("0571-87001122",))


def test_a_sentence_naming_an_organ_a_date_and_a_contact_stays_one_paragraph() -> None:
    """Guard: a sentence of the body holding a date that ends on 日 right before a contact label, inside
    its own words (no organ's name before the date: no 落款 there), is not cut."""
    line = "请各单位于2024年5月10日联系人：王某报送材料。"
    doc = checked("关于报送材料的通知\n各单位：\n" + line + "\n特此通知。\n某市教育局\n2024年5月1日\n")
    assert line in doc.text


# --- OCR's look-alikes in section markers (patterns.SECTION_MARKER) -------------------------------


def test_angle_brackets_and_the_radical_for_the_pause_mark_open_sections() -> None:
    """Cause (batch 7): OCR read （二） as `〈二〉` and the 、 of 二、 as the radical `丶`: neither opened a
    section, so the line was a paragraph of the section above and the next number a gap."""
    source = (
        "关于进一步做好防汛工作的通知\n各乡镇：\n现通知如下：\n一、压实责任\n（一）落实包保\n各村落实包保责任人。\n"
        "〈二〉加强巡查\n各村加密巡查频次。\n二丶强化保障\n各地储备防汛物资。\n特此通知。\n某县应急管理局\n2024年6月1日\n"
    )
    doc = checked(source)
    assert tree(doc) == [
        (1, "cn", "一、", "压实责任"),
        (2, "cn-paren", "（一）", "落实包保"),
        (2, "cn-paren", "〈二〉", "加强巡查"),
        (1, "cn", "二丶", "强化保障"),
    ]
    assert codes(doc) == []


def test_the_next_heading_run_onto_the_end_of_a_paragraph_is_a_heading_again() -> None:
    """Cause (batch 2): a lost break ran the next heading onto the end of the paragraph above it
    (`…四十场。三、存在的不足`, `…完成。（二）工作措施`): it was read as the paragraph's words, and the line
    under it joined on as a wrap (cleanup.flattened._heading_at_end: after the line's last stop, the
    next number of a family a line above opened with, and a heading's title closing the line)."""
    source = (
        "关于县政协十一届四次会议第80号提案的答复\n蔡某委员：\n您的提案收悉，现答复如下：\n"
        "一、工作开展情况\n（一）宣传教育\n全年开展普法宣传四十场。（二）执法检查\n全年检查企业一百家。\n"
        "二、下一步打算\n我局将加大执法力度。三、存在的不足\n基层执法力量仍然薄弱。\n"
        "特此答复。\n某县市场监督管理局\n2024年7月1日\n"
    )
    doc = checked(source)
    assert tree(doc) == [
        (1, "cn", "一、", "工作开展情况"),
        (2, "cn-paren", "（一）", "宣传教育"),
        (2, "cn-paren", "（二）", "执法检查"),
        (1, "cn", "二、", "下一步打算"),
        (1, "cn", "三、", "存在的不足"),
    ]
    assert doc.sections[1].paragraphs[0].text == "我局将加大执法力度。"
    assert codes(doc) == []


def test_numbers_a_sentence_ends_on_stay_in_its_paragraph() -> None:
    """Guard: after a stop, a number that is not the next heading's (`…。三、四季度` listing quarters, `…。
    一、` out of sequence, `2 个` counting) or a tail with a stop in it stays the paragraph's."""
    lines = [
        "今年完成检查二十次。三、四季度将开展复查",
        "全年培训两次。一、二级医院全部参加",
        "二是加强监管。三、强化执法，严厉查处违法行为",
    ]
    source = (
        "关于加强监管工作的报告\n县政府：\n一、基本情况\n"
        + "\n".join(lines)
        + "\n二、下一步打算\n继续加强监管。\n特此报告。\n某县市场监督管理局\n2024年7月1日\n"
    )
    doc = checked(source)
    assert [x[2] for x in tree(doc)] == ["一、", "二、"]


# --- 文号 and dates cut at other places (rules/joins.CUT_VALUES) ---------------------------------


def test_a_doc_number_cut_inside_its_agency_code_or_its_serial_is_one_number() -> None:
    """Cause (batch 6): a 文号 cut by a narrow column inside its agency code (`某交运` / `发〔2023〕7号`) or
    between its serial's digits (`某环函〔2024〕2` / `7号`): only cuts after the year's bracket or inside
    the year were joined, so the code lost its head (the head became the issuer) or the number was
    broken (joins._code_cut, _doc_number_cut; DOC_NO_CODE_CUT_REST, DOC_NO_SERIAL_CUT_HEAD)."""
    for head, rest, text, serial in (
        ("某交运", "发〔2023〕7号", "某交运发〔2023〕7号", 7),
        ("某环函〔2024〕2", "7号", "某环函〔2024〕27号", 27),
    ):
        doc = checked(
            f"某县交通运输局\n{head}\n{rest}\n关于县政协十一届三次会议第5号提案的答复\n邓某委员：\n您的提案收悉。\n"
            "今年改造农村公路五十公里。\n特此答复。\n某县交通运输局\n2023年6月1日\n"
        )
        n = doc.header.doc_number
        assert n is not None and (n.text, n.serial) == (text, serial), head
        assert doc.header.issuer == "某县交通运输局"
        assert "page-break-joined" in codes(doc)


def test_an_issuing_organ_over_a_short_coded_number_stays_the_issuer() -> None:
    """Guard: an organ's own name on the line above a 文号 whose code is short (`某县档案局` / `档〔2024〕3号`)
    is the issuer, not a cut code."""
    doc = checked(
        "某县档案局\n档〔2024〕3号\n关于做好档案移交工作的通知\n各单位：\n请按时移交档案。\n特此通知。\n某县档案局\n2024年3月1日\n"
    )
    assert doc.header.issuer == "某县档案局"
    n = doc.header.doc_number
    assert n is not None and n.text == "档〔2024〕3号"


def test_dates_cut_after_the_year_or_the_months_figure_are_one_date() -> None:
    """Cause (batches 6, 10): a date cut after its month's figure (`2024年11` / `月3日`), after its year
    (`2024` / `年11月3日`), or after 年 inside a table's value or a sentence (`发布日期：2024年` / `07月01日`,
    `截至2023` / `年12月底…`): only a cut after 月 was joined (joins._date_cut_inside, YEAR_MONTH)."""
    for cut in ("2024年11\n月3日", "2024\n年11月3日"):
        doc = checked(
            "关于市政协十三届三次会议第0088号提案的答复\n田某委员：\n您的提案收悉。\n今年新建公园十座。\n"
            f"特此答复。\n某市园林局\n{cut}\n"
        )
        s = doc.signature
        assert s is not None and (s.issuers, s.date) == (("某市园林局",), "2024-11-03"), cut
    doc = checked(
        "索引号：001/2024-01\n发布日期：2024年\n07月01日\n关于做好防汛工作的通知\n各单位：\n截至2023\n"
        "年12月底，全县建成堤防九十公里。\n特此通知。\n某县水利局\n2024年7月1日\n"
    )
    assert doc.header.metadata.get("发布日期") == "2024年07月01日"
    assert doc.preamble[0].text == "截至2023年12月底，全县建成堤防九十公里。"


def test_a_figure_before_a_line_opening_with_a_year_word_that_makes_no_date_stays_apart() -> None:
    """Guard: a figure ending a line over one opening with 年 that makes no date with it (`共2024` / `年度
    任务…` names no month) or a line of its own date (`…共计120` / `2024年5月1日起施行。`) is not joined as a
    cut date."""
    doc = checked(
        "关于印发工作要点的通知\n各单位：\n本年度重点任务编号至2024\n年度任务清单另行印发。\n"
        "全年培训人次共计120\n2024年5月1日起施行。\n特此通知。\n某县人民政府办公室\n2024年3月1日\n"
    )
    assert "编号至2024\n年度" in doc.text and "共计120\n2024年" in doc.text


# --- page furniture run into text lines (PAGE_NUMBER_OPENING, PAGE_NUMBER_TAIL, running_heads) -----


def test_a_page_mark_run_onto_the_next_pages_first_line_after_one_space_leaves() -> None:
    """Cause (batches 3, 10): the page's number run onto the next page's first line after a single
    space (`- 4 - （二）资金保障`, `-2- 我局将…`): only a gap of two spaces or more parted them, so the mark
    stayed and hid the marker (flattened._page_number_first, PAGE_NUMBER_OPENING)."""
    source = (
        "关于做好秋季开学工作的通知\n各学校：\n现通知如下：\n一、工作要求\n（一）安全排查\n各校开展安全排查。\n"
        "- 4 - （二）资金保障\n各地落实经费。\n-5- 各校要按时报送。\n特此通知。\n某县教育局\n2024年8月20日\n"
    )
    doc = checked(source)
    assert [x[2] for x in tree(doc)] == ["一、", "（一）", "（二）"]
    assert "- 4 -" not in doc.text and "-5-" not in doc.text


def test_a_page_count_one_space_after_a_closed_sentence_leaves() -> None:
    """Cause (batch 3): `第2页` or `- 2 -` one 全角 space after a sentence's stop on its line: only a wide gap
    or a full count (第2页 共3页) parted a count from its line, so `第2页` was text and the next paragraph
    joined onto it as a wrap (PAGE_NUMBER_TAIL)."""
    source = (
        "关于县人大十九届三次会议第8号建议的答复\n周某代表：\n您的建议收悉，现答复如下：\n"
        "今年全县完成农房改造三百户。　第2页\n下一步，我局将继续推进农房改造。\n特此答复。\n某县住房和城乡建设局\n2024年6月3日\n"
    )
    doc = checked(source)
    assert [p.text for p in doc.preamble] == [
        "您的建议收悉，现答复如下：",
        "今年全县完成农房改造三百户。",
        "下一步，我局将继续推进农房改造。",
    ]
    assert "第2页" not in doc.text and "page-break-joined" not in codes(doc)


def test_the_organs_name_beside_one_page_number_inside_the_body_is_a_running_foot() -> None:
    """Cause (batch 10): the organ's name as the first page's running foot beside its only page number,
    the same words as the 落款's organ further down: an organ's name went only beside two page numbers
    (the 落款 beside one stays), so the foot stayed in the section above (running_heads._organ_foot)."""
    source = (
        "关于区政协十届三次会议第2024009号提案的答复\n沈某委员：\n您的提案收悉，现答复如下：\n"
        "一、工作情况\n今年新增公共停车位八百个。\n某区交通运输局\n- 1 -\n二、下一步打算\n继续增加停车位。\n"
        "特此答复。\n某区交通运输局\n2024年7月8日\n- 2 -\n"
    )
    doc = checked(source)
    assert doc.text.count("某区交通运输局") == 1
    assert [p.text for p in doc.sections[0].paragraphs] == ["今年新增公共停车位八百个。"]
    s = doc.signature
    assert s is not None and s.issuers == ("某区交通运输局",)


def test_a_signature_organ_beside_one_page_number_with_its_date_under_it_stays() -> None:
    """Guard: the 落款's organ at a page's foot beside its number, its date on the next page, stays the
    signature's; so does an organ's name a sentence-free line of the body names once."""
    source = "关于做好防汛工作的通知\n各乡镇：\n请做好防汛工作。\n特此通知。\n某县水利局\n- 1 -\n2024年6月3日\n- 2 -\n"
    doc = checked(source)
    s = doc.signature
    assert s is not None and (s.issuers, s.date) == (("某县水利局",), "2024-06-03")


# --- a phone spaced digit by digit (patterns.PHONE), a copy list cut at one character ----------------


def test_phones_spaced_between_every_digit_are_phones_as_written() -> None:
    """Cause (batches 5, 10): OCR of a letter-spaced print set a space between every digit of a mobile
    (`1 5 8 …`) or a landline and its dash (`0 2 1 - 6 …`): no phone pattern took single digits, so the
    contact had no phone (and a line of it was unplaced)."""
    for phone in ("1 5 8 0 0 1 1 2 2 3 3", "0 2 1 - 6 2 3 4 5 6 7 8", "0 7 3 1 8 8 7 7 6 6 5 5"):
        doc = checked(
            "关于区政协十届三次会议第2024003号提案的答复\n冯某委员：\n您的提案收悉。\n今年新建口袋公园十个。\n"
            f"特此答复。\n某区绿化市容局\n2024年5月6日\n联系人：白某\n联系电话：{phone}\n"
        )
        c = doc.contact
        assert c is not None and c.phones == (phone,), phone
        assert codes(doc) == []


def test_spaced_figures_that_are_no_phone_stay_none() -> None:
    """Guard: figures spaced one by one that are no phone's shape (a count `1 2 3 4 5`, a date's digits,
    a mobile of ten digits) give no phone."""
    doc = checked(
        "关于县政协十一届三次会议第3号提案的答复\n吴某委员：\n您的提案收悉。\n今年完成项目1 2 3 4 5个。\n"
        "特此答复。\n某县民政局\n2024年5月6日\n联系人：陈某\n备注：1 3 9 1 2 3 4 5 6 7\n"
    )
    c = doc.contact
    assert c is None or c.phones == ()


def test_a_copy_list_cut_after_a_single_character_is_warned() -> None:
    """Cause (batch 8): the text's end cut the 抄送 list after one character of a name (`…，县`): a lone
    place word matched the organ endings, so the list looked whole and no warning said it was cut
    (trailer_fields._cut_name)."""
    doc = checked(
        "关于做好防汛工作的通知\n各乡镇：\n请做好防汛工作。\n特此通知。\n某县水利局\n2024年6月3日\n"
        "抄送：县应急管理局，县气象局，县\n"
    )
    assert doc.imprint is not None and doc.imprint.cc == ("县应急管理局", "县气象局", "县")
    assert codes(doc) == ["field-missing"]


def test_a_titles_last_line_over_a_two_character_coded_number_stays_the_title() -> None:
    """Guard: a title's short last line over its 文号 (`…改革` / `实施方案的通知` / `国发〔2019〕4号`) is no cut
    agency code: the number's code is 国发, the title whole."""
    doc = checked(
        "国务院关于印发某某改革\n实施方案的通知\n国发〔2019〕4号\n各省、自治区、直辖市人民政府：\n现将方案印发给你们。\n"
        "国务院\n2019年1月24日\n"
    )
    n = doc.header.doc_number
    assert n is not None and n.text == "国发〔2019〕4号"
    assert doc.header.title == "国务院关于印发某某改革实施方案的通知"


def test_a_results_pages_headline_over_one_answers_record_stays_its_title() -> None:
    """Guard: the same column-name words as the headline of a page that publishes one answer's record
    (no dated list under it) stay the text's, the title where the answer has none of its own."""
    doc = checked(
        "某县政协提案办理结果公开\n提案编号：第15号\n办理结果：已解决\n答复内容：\n许某委员：\n您的提案收悉。\n"
        "今年完成道路改造十公里。\n某县交通运输局\n2024年6月3日\n"
    )
    assert doc.header.title == "某县政协提案办理结果公开"


# --- review16 R1, R2 ------------------------------------------------------------------------------


def test_points_a_wrapped_paragraph_lists_inline_stay_in_it() -> None:
    """Review16 R1: a paragraph listing its points inline (`…以下工作：一、摸清底数；二、完善` ⏎ `台账；三、…`, or
    parted by stops), hard-wrapped inside its second point under a text whose sections open with 一、:
    the point at the line's end is no heading run onto the paragraph (a ； parts points, not sentences;
    a marker of the family inline on the line makes the one at its end a point too)."""
    for first, second in (
        ("我局主要做了以下工作：一、摸清底数；二、完善", "台账；三、强化考核。全年整治村庄八十个。"),
        ("我局主要做了以下工作：一、摸清底数。二、完善", "台账。三、强化考核。全年整治村庄八十个。"),
    ):
        doc = checked(
            "关于县政协十一届三次会议第9号提案的答复\n王某委员：\n您的提案收悉，现答复如下：\n一、工作情况\n"
            f"{first}\n{second}\n二、下一步打算\n继续推进。\n此复。\n某县农业农村局\n2024年6月1日\n"
        )
        assert [x[2:] for x in tree(doc)] == [("一、", "工作情况"), ("二、", "下一步打算")], first
        assert "numbering-gap" not in codes(doc)


def test_five_reduplicated_words_in_a_row_keep_every_character() -> None:
    """Review16 R2: five reduplicated words in a row inside a sentence (`事事处处人人家家户户`, `时时刻刻
    方方面面`) double Han characters only and stand among other words: no fake bold, nothing leaves."""
    lines = ["做到事事处处人人家家户户都参与社区治理。", "要时时刻刻方方面面认认真真抓好落实。"]
    doc = checked("关于加强社区治理的通知\n各社区：\n" + "\n".join(lines) + "\n特此通知。\n某县民政局\n2024年6月1日\n")
    assert all(line in doc.text for line in lines)


# --- review16 R9, R10, R11 -------------------------------------------------------------------------


def test_a_point_listed_inline_on_a_line_above_keeps_the_next_one_in_its_paragraph() -> None:
    """Review16 R9: a paragraph listing its points inline, wrapped so that its first point ends the
    line above (`…重点抓了：一、摸排` ⏎ `底数，建立台账。二、完善` ⏎ `机制，…`): the point at a line's end is the
    list's, not a heading run onto the paragraph (the lines the paragraph wrapped onto are read too)."""
    doc = checked(
        "关于县政协十一届三次会议第12号提案的答复\n李某委员：\n您的提案收悉，现答复如下：\n一、工作情况\n"
        "今年我局重点抓了：一、摸排\n底数，建立台账。二、完善\n机制，落实责任。全年整治隐患八十处。\n二、下一步打算\n继续推进。\n"
        "此复。\n某县应急管理局\n2024年6月1日\n"
    )
    assert [x[2:] for x in tree(doc)] == [("一、", "工作情况"), ("二、", "下一步打算")]
    assert "numbering-gap" not in codes(doc)


def test_one_dated_title_line_or_dated_titles_a_body_lists_stay_the_texts() -> None:
    """Review16 R10: a headline carrying its date on its line (one line, no list) stays the title's line,
    and documents with their dates listed under the body's first sentence (相关文件：) stay the body's:
    only two dated titles or more in a run above the text's first sentence are a list page's."""
    doc = checked(
        "关于市政协十三届三次会议第0101号提案的答复 2024-06-03\n秦某委员：\n您的提案收悉，现答复如下：\n"
        "今年新建公园八个。相关文件：\n关于印发公园管理办法的通知 2023-05-12\n关于加强绿地保护的意见 2023-08-01\n"
        "此复。\n某市园林局\n2024年6月3日\n"
    )
    assert doc.header.title is not None and doc.header.title.startswith("关于市政协十三届三次会议第0101号提案的答复")
    assert "2023-05-12" in doc.text and "2023-08-01" in doc.text


def test_an_organ_in_a_list_of_units_beside_one_page_number_stays() -> None:
    """Review16 R11: a list of member units one a line, a page number inside it, naming the issuing
    organ (its 落款 further down): no running foot (an organ's name above it or after the number makes
    it one of a list), and the letterhead line above the title stays the issuer."""
    doc = checked(
        "某县民政局\n关于开展养老机构安全检查的通知\n各乡镇：\n检查组由以下单位组成：\n某县消防救援大队\n- 2 -\n"
        "某县民政局\n某县卫生健康局\n请各单位配合检查。\n某县民政局\n2024年5月6日\n"
    )
    assert doc.header.issuer == "某县民政局"
    assert doc.text.count("某县民政局") == 3


def test_a_title_wrapped_inside_its_date_joins_as_a_title_unwarned() -> None:
    """Review16 R12: a title the width cut inside a date it names (`某县教育局关于2024年` / `3月1日起调整学校
    作息时间的通知`) is joined as a title's lines are, with no join warning; the cut-date join is for a
    date outside a 关于 title."""
    doc = checked(
        "某县教育局关于2024年\n3月1日起调整学校作息时间的通知\n各中小学：\n现将有关事项通知如下。\n特此通知。\n某县教育局\n"
        "2024年2月20日\n"
    )
    assert doc.header.title == "某县教育局关于2024年3月1日起调整学校作息时间的通知"
    assert "page-break-joined" not in codes(doc)
