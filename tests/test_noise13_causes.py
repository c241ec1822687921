"""The general causes behind round-13 noise probe misses (tests/test_probes_13_noise.py), each shown
by a NEW example written for it, not the probe's text: what the cause is, where it is fixed (a
pattern row or a rule), and that the example failed on the session's start. The guards beside
them hold ordinary text that looks like the damage to what it was before (they pass on the
session's start too): a rule that drops or joins a line must not take the text's own."""

from __future__ import annotations

from tests.probing import absent, checked, codes, squashed, tree

# --- values the width cut ---------------------------------------------------------------------


def test_a_doc_number_cut_inside_its_year_is_one_doc_number_again() -> None:
    """A narrow header column cut the 文号 between the digits of its year (`某财预〔20` / `24〕8号`):
    one 文号, split (joins._doc_number_cut, patterns.DOC_NO_YEAR_CUT_HEAD/REST), the join warned."""
    doc = checked(
        "某市财政局\n某财预〔20\n24〕8号\n关于下达2024年城乡义务教育补助经费的通知\n各区财政局：\n"
        "现将有关经费下达给你们，请按规定使用。\n特此通知。\n某市财政局\n2024年3月1日\n"
    )
    n = doc.header.doc_number
    assert n is not None and (n.text, n.year, n.serial) == ("某财预〔2024〕8号", 2024, 8)
    assert "page-break-joined" in codes(doc)


def test_a_proposal_serial_cut_between_its_digits_is_one_number_again() -> None:
    """The acknowledgement cut by the width inside the proposal's number (`…提出的第2024` / `015号提案…`),
    under a title naming none: the reference's number is whole (joins._serial_cut, SERIAL_CUT_HEAD/REST)."""
    doc = checked(
        "关于加快老旧厂区改造利用的提案的答复\n祁某委员：\n您在区政协十届三次会议上提出的第2024\n"
        "015号提案收悉，现答复如下：\n今年我区已完成老旧厂区改造三处。\n特此答复。\n某区发展和改革委员会\n2024年6月4日\n"
    )
    r = doc.header.responds_to
    assert r is not None and r.number == "2024015"
    assert doc.preamble[0].text == "您在区政协十届三次会议上提出的第2024015号提案收悉，现答复如下："


def test_a_short_copy_cut_at_one_width_is_joined_from_two_lines_at_its_longest_length() -> None:
    """A copy of a few paragraphs cut at 19 characters: two lines end open at the body's longest length,
    no line runs longer, so the width cut them (joins.wrap_width, `_MIN_SHORT_COPY_CUTS`)."""
    doc = checked(
        "关于县人大十九届二次会议第7号建议的答复\n司某代表：\n您提出的关于增设农村客运招呼站的建议收\n"
        "悉，现答复如下：\n今年全县新建农村客运招呼站一百二十个，完\n成候车亭改造四十座。\n特此答复。\n某县交通运输局\n2024年5月9日\n"
    )
    assert [p.text for p in doc.preamble] == [
        "您提出的关于增设农村客运招呼站的建议收悉，现答复如下：",
        "今年全县新建农村客运招呼站一百二十个，完成候车亭改造四十座。",
    ]
    assert "page-break-joined" in codes(doc)


def test_guard_a_short_clean_copy_whose_longest_lines_are_two_headings_keeps_its_lines() -> None:
    """Guard: a short copy whose two longest lines are headings of one length, every paragraph shorter
    and closed: no width cut them, each line stays its own."""
    doc = checked(
        "关于市政协十三届三次会议第0021号提案的答复\n朱某委员：\n您的提案收悉。现答复如下：\n"
        "一、关于加强城市绿地管理养护工作的情况\n全市绿地已全部落实养护单位。\n"
        "二、关于推进城市公园绿地开放共享的打算\n今年将开放共享公园绿地十处。\n特此答复。\n某市园林局\n2024年5月9日\n"
    )
    assert [s[3] for s in tree(doc)] == ["关于加强城市绿地管理养护工作的情况", "关于推进城市公园绿地开放共享的打算"]
    assert [p.text for s in doc.sections for p in s.paragraphs] == [
        "全市绿地已全部落实养护单位。",
        "今年将开放共享公园绿地十处。",
    ]
    assert "page-break-joined" not in codes(doc)


def test_a_phone_cut_after_its_area_code_under_a_page_number_is_one_phone() -> None:
    """The contact's phone cut after its area code and first digits by a page end, a page number between
    the pieces: one phone (joins._phone_cut, PHONE_CUT_HEAD/REST, read past the chrome)."""
    doc = checked(
        "关于区十七届人大三次会议第8号建议的答复\n尤某代表：\n您提出的建议收悉，现答复如下：\n"
        "今年我局新增停车泊位八百个。\n特此答复。\n某区城市管理局\n2024年6月2日\n联系电话：023-6\n- 2 -\n3821234\n"
    )
    assert doc.contact is not None and doc.contact.phones == ("023-63821234",)
    absent(doc, "- 2 -")


def test_guard_a_contact_line_whose_phone_is_whole_takes_no_figure_under_it() -> None:
    """Guard: a whole phone, and a bare figure under it (a count the trailer prints): no join."""
    doc = checked(
        "关于区十七届人大三次会议第9号建议的答复\n尤某代表：\n您提出的建议收悉，现答复如下：\n"
        "今年我局新增停车泊位八百个。\n特此答复。\n某区城市管理局\n2024年6月2日\n联系电话：023-63821234\n2024\n"
    )
    assert doc.contact is not None and doc.contact.phones == ("023-63821234",)


# --- rules and page furniture -------------------------------------------------------------------


def test_drawn_rules_of_box_and_dash_characters_are_breaks_not_text() -> None:
    """A 版记 whose rules a copy kept as `══════` and `——————`, a 红头 rule with its star: drawn, so
    breaks and no text (readers.text._DRAWN_RULE); the imprint is read, no paragraph takes a rule."""
    source = (
        "某 县 财 政 局\n某财函〔2024〕5号\n━━━━━━━━━━━★━━━━━━━━━━━\n关于县政协十一届三次会议第12号提案的答复\n"
        "蔡某委员：\n您提出的提案收悉，现答复如下：\n今年我局安排专项资金八百万元。\n══════════════════\n"
        "抄送：县政协提案委员会。\n——————————————————\n某县财政局办公室　　2024年6月3日印发\n"
    )
    doc = checked(source)
    absent(doc, "══", "——", "━━", "★")
    assert doc.imprint is not None and doc.imprint.cc == ("县政协提案委员会",)
    assert doc.preamble[-1].text == "今年我局安排专项资金八百万元。"


def test_guard_an_ellipsis_line_and_dashes_inside_sentences_stay() -> None:
    """Guard: a line of 省略号 (an omission the text marks) and dashes inside a sentence are text."""
    doc = checked(
        "关于县政协十一届三次会议第13号提案的答复\n蔡某委员：\n您提出的提案收悉，现答复如下：\n"
        "……\n今年我局——会同县发改局——安排资金八百万元。\n特此答复。\n某县财政局\n2024年6月3日\n"
    )
    assert "……" in doc.text and "——会同县发改局——" in doc.text


def test_page_marks_between_tildes_and_in_numerals_are_furniture() -> None:
    """`～ 3 ～` and `第三页 共四页` under pages, and a dashed mark one 全角 space from a running foot
    (`某县教育局　- 2 -`): page furniture (PAGE_FURNITURE, PAGE_NUMBER_TAIL); the cut sentence joins."""
    doc = checked(
        "关于县人大十九届二次会议第5号建议的答复\n伏某代表：\n您提出的建议收悉，现答复如下：\n"
        "今年全县新建幼儿园六所，新增\n～ 3 ～\n学位一千八百个。\n下一步，我局将扩大普惠性学前教育资源。\n"
        "某县教育局　- 2 -\n特此答复。\n某县教育局\n2024年7月1日\n第三页 共四页\n"
    )
    absent(doc, "～ 3 ～", "第三页", "- 2 -")
    assert doc.preamble[1].text == "今年全县新建幼儿园六所，新增学位一千八百个。"


def test_guard_a_body_line_opening_with_a_page_named_in_numerals_stays() -> None:
    """Guard: `第二页所附名单…` is a sentence, no page mark."""
    doc = checked(
        "关于县人大十九届二次会议第6号建议的答复\n伏某代表：\n您提出的建议收悉，现答复如下：\n"
        "第二页所附名单中的学校已全部完成改造。\n特此答复。\n某县教育局\n2024年7月1日\n"
    )
    assert doc.preamble[1].text == "第二页所附名单中的学校已全部完成改造。"


# --- portal chrome, and body sentences that hold its words ---------------------------------------


def test_bracketed_byline_rows_an_end_mark_and_a_download_list_are_chrome() -> None:
    """`【发布时间：…】【信息来源：…】`, `【作者：…】`, `（全文完）`, and `附件下载：` with the page's files under
    it (patterns.chrome, LINK_LIST_LABEL): chrome, none of it metadata or attachments."""
    doc = checked(
        "【发布时间：2024-03-12】【信息来源：市林业局】\n【作者：市林业局办公室】\n"
        "关于市十六届人大三次会议第0066号建议的答复\n郑某代表：\n您提出的建议收悉，现答复如下：\n"
        "今年全市完成植树造林八万亩。\n特此答复。\n某市林业局\n2024年3月11日\n【全文完】\n附件下载：\n"
        "答复全文.docx\n"
    )
    absent(doc, "发布时间", "信息来源", "作者", "全文完", "附件下载", "答复全文.docx")
    assert doc.header.metadata == {} and doc.attachments == ()
    assert "content-unplaced" not in codes(doc)


def test_a_site_footer_of_separate_host_and_undertaker_lines_is_chrome() -> None:
    """A footer whose 主办 and 承办 stand on lines of their own above the registration marks
    (patterns.SITE_FOOTER): the site's, chrome; the reply's contact stays."""
    doc = checked(
        "关于县政协十一届三次会议第30号提案的答复\n黄某委员：\n您提出的提案收悉，现答复如下：\n"
        "今年我局新建农家书屋二十个。\n特此答复。\n某县文化和旅游局\n2024年8月8日\n联系人：方某　联系电话：0552-3021234\n"
        "主办：某县人民政府\n承办：某县融媒体中心\n协办：某县大数据中心\n皖ICP备05001234号\n"
    )
    absent(doc, "主办", "承办：", "协办", "ICP")
    assert doc.contact is not None and doc.contact.name == "方某"


def test_guard_a_contact_unit_label_before_a_site_footer_stays_the_contacts() -> None:
    """Guard: `承办单位：…` is a contact's unit (the contract), not the site's footer."""
    doc = checked(
        "关于县政协十一届三次会议第31号提案的答复\n黄某委员：\n您提出的提案收悉，现答复如下：\n"
        "今年我局新建农家书屋二十个。\n特此答复。\n某县文化和旅游局\n2024年8月8日\n承办单位：县文旅局公共服务股\n"
        "联系人：方某　联系电话：0552-3021234\n网站标识码：3415000001\n"
    )
    assert doc.contact is not None and doc.contact.unit == "县文旅局公共服务股"


def test_body_sentences_holding_chrome_words_stay_in_their_paragraphs() -> None:
    """A sentence that opens with a chrome line's words or holds them (当前位置偏远的…, 相关链接已…,
    分享到朋友圈的…, 浏览量：今年…) is the text's own: a line ending on its stop with a clause or a
    sentence's length is never chrome (cleanup.furniture._a_sentence), and 当前位置 needs its colon or
    its first step to be a breadcrumb."""
    lines = [
        "关于市政协十三届三次会议第0501号提案的答复",
        "欧某委员：",
        "您提出的关于提升政务新媒体传播力的提案收悉，现答复如下：",
        "当前位置相对偏远的政务服务点，已全部开通网上办理。",
        "相关链接已在市政府门户网站首页集中公布，方便群众查找。",
        "分享到朋友圈的政策解读，今年累计转发十二万次。",
        "浏览量：今年市政府门户网站政策解读栏目累计浏览量达三百万次。",
        "上一篇政策解读发布后，群众咨询量下降两成。",
        "特此答复。",
        "某市人民政府办公室",
        "2024年5月30日",
    ]
    doc = checked("\n".join(lines) + "\n")
    assert [p.text for p in doc.preamble] == lines[2:8]
    assert doc.warnings == ()


def test_guard_chrome_rows_of_the_same_words_still_leave() -> None:
    """Guard: the chrome rows of those words, without a sentence, still leave the text."""
    doc = checked(
        "当前位置：首页 > 建议提案\n关于市政协十三届三次会议第0502号提案的答复\n欧某委员：\n您提出的提案收悉，现答复如下：\n"
        "今年已办结。\n特此答复。\n某市人民政府办公室\n2024年5月30日\n分享到：\n浏览量：1024\n上一篇：关于第0501号提案的答复\n"
    )
    absent(doc, "当前位置", "分享到", "浏览量", "上一篇")


# --- the 主送, the 落款 and the contact as a copy broke them --------------------------------------


def test_an_addressee_whose_colon_ocr_read_as_a_semicolon_is_the_addressee() -> None:
    """`唐某某委员;` under the title (a semicolon for the colon): the 主送 (patterns.BARE_DEPUTY)."""
    doc = checked(
        "关于县政协十一届三次会议第40号提案的答复\n唐某某委员;\n您提出的提案收悉，现答复如下：\n"
        "今年已办结。\n特此答复。\n某县民政局\n2024年5月2日\n"
    )
    assert doc.header.recipients == ("唐某某委员",)
    assert "field-missing" not in codes(doc)


def test_a_members_name_the_width_cut_before_the_addressee_line_is_one_name() -> None:
    """`诸葛某` / `某代表：`: a one-character name can be no name, so the piece above is its start
    (header_recipients._name_cut)."""
    doc = checked(
        "关于县人大十九届二次会议第41号建议的答复\n诸葛某\n某代表：\n您提出的建议收悉，现答复如下：\n"
        "今年已办结。\n特此答复。\n某县民政局\n2024年5月2日\n"
    )
    assert doc.header.recipients == ("诸葛某某代表",)
    assert "content-unplaced" not in codes(doc)


def test_guard_a_titles_last_line_over_a_whole_name_stays_the_titles() -> None:
    """Guard: a title cut before its kind word (`…建议的` / `答复`) over `丁某代表：`: the title keeps
    答复, the name stays whole."""
    doc = checked(
        "关于区十七届人大三次会议第42号建议的\n答复\n丁某代表：\n您提出的建议收悉，现答复如下：\n"
        "今年已办结。\n特此答复。\n某区民政局\n2024年5月2日\n"
    )
    assert doc.header.title == "关于区十七届人大三次会议第42号建议的答复"
    assert doc.header.recipients == ("丁某代表",)


def test_a_title_run_into_its_addressee_by_a_lost_break_is_two_lines_again() -> None:
    """`…建议的答复欧阳某某代表：` on one line: the title ends on its kind word, the 主送 is the name
    (cleanup.flattened._title_before_addressee)."""
    doc = checked(
        "关于县人大十九届二次会议第43号建议的答复欧阳某某代表：\n您提出的建议收悉，现答复如下：\n"
        "今年已办结。\n特此答复。\n某县民政局\n2024年5月2日\n"
    )
    assert doc.header.title == "关于县人大十九届二次会议第43号建议的答复"
    assert doc.header.recipients == ("欧阳某某代表",)


def test_contact_labels_with_a_semicolon_for_the_colon_or_a_ru_for_the_ren_are_read() -> None:
    """`联系入：` (入 for 人) and `联系电话;` (a semicolon for the colon), as OCR reads them: the contact
    (patterns.CONTACT_PERSON_LABELS, CONTACT_LABEL, CONTACT_LINE; lines.tail)."""
    doc = checked(
        "关于县政协十一届三次会议第44号提案的答复\n秦某委员：\n您提出的提案收悉，现答复如下：\n"
        "今年已办结。\n特此答复。\n某县民政局\n2024年5月2日\n联系入：雷某\n联系电话;0736-7221234\n"
    )
    c = doc.contact
    assert c is not None and (c.name, c.phones) == ("雷某", ("0736-7221234",))
    assert "content-unplaced" not in codes(doc)


def test_an_organ_the_narrow_box_cut_inside_its_field_pair_is_one_organ() -> None:
    """`某市人力资源和社会` / `保障局`: the 落款's organ cut inside the pair that names its field, one
    organ (trailer_fields._organ_cut, ORGAN_PAIR_OPEN/REST), warned."""
    doc = checked(
        "关于市政协十三届三次会议第0045号提案的答复\n应某委员：\n您提出的提案收悉，现答复如下：\n"
        "今年已办结。\n特此答复。\n某市人力资源和社会\n保障局\n2024年5月2日\n"
    )
    assert doc.signature is not None and doc.signature.issuers == ("某市人力资源和社会保障局",)
    assert "page-break-joined" in codes(doc)


def test_guard_two_organs_of_a_joint_signature_stay_two() -> None:
    """Guard: `某县发展和改革局` over `某县财政局`: two whole organs, a joint 落款."""
    doc = checked(
        "关于县政协十一届三次会议第46号提案的答复\n应某委员：\n您提出的提案收悉，现答复如下：\n"
        "今年已办结。\n特此答复。\n某县发展和改革局\n某县财政局\n2024年5月2日\n"
    )
    assert doc.signature is not None and doc.signature.issuers == ("某县发展和改革局", "某县财政局")


def test_a_closing_organ_and_date_run_onto_one_line_without_spaces_are_each_read() -> None:
    """`此复。某市档案馆2024年4月2日`: nothing but a 落款 follows a closing formula's sentence, so the organ
    glued after it opens the 落款 (trailer.flattened._closing_before)."""
    doc = checked(
        "关于市政协十三届三次会议第0047号提案的答复\n应某委员：\n您提出的提案收悉，现答复如下：\n"
        "今年已完成档案数字化一百万卷。\n此复。某市档案馆2024年4月2日\n"
    )
    s = doc.signature
    assert s is not None and (s.issuers, s.date) == (("某市档案馆",), "2024-04-02")
    assert doc.closing is not None and doc.closing.text == "此复。"


def test_guard_a_date_inside_a_sentence_after_a_plain_stop_is_no_signature() -> None:
    """Guard: `…已办结。县档案馆2024年4月2日已接收全部案卷` ends on no date, and a sentence's stop before an
    organ and a date that is no closing formula (`…办结。某馆2024年4月2日`) opens no 落款 without a gap."""
    doc = checked(
        "关于市政协十三届三次会议第0048号提案的答复\n应某委员：\n您提出的提案收悉，现答复如下：\n"
        "今年已办结。某市档案馆2024年4月2日\n"
    )
    assert doc.signature is None


def test_a_signature_date_glued_to_the_contact_label_under_it_is_two_lines() -> None:
    """`二〇二四年五月八日联系人：…`: the date closes on 日 and a contact label opens right after it
    (cleanup.flattened._date_before_contact): the date is the 落款's, the contact read."""
    doc = checked(
        "关于县政协十一届三次会议第49号提案的答复\n应某委员：\n您提出的提案收悉，现答复如下：\n"
        "今年已办结。\n特此答复。\n某县林业局\n二〇二四年五月八日联系人：伍某，电话：0719-8221234\n"
    )
    s, c = doc.signature, doc.contact
    assert s is not None and s.date == "2024-05-08"
    assert c is not None and (c.name, c.phones) == ("伍某", ("0719-8221234",))


# --- markers and headings -----------------------------------------------------------------------


def test_a_vertical_stroke_read_for_a_one_opens_its_numbered_run() -> None:
    """`丨.` and `（丨）` (OCR's stroke for 1) before `2.` and `（2）`: the first of their runs
    (patterns.OCR_DIGIT_ONE, numerals.cn_to_int)."""
    doc = checked(
        "关于县政协十一届三次会议第50号提案的答复\n应某委员：\n您提出的提案收悉，现答复如下：\n"
        "丨.加强管理\n（丨）建立台账。已建立。\n（2）定期巡查。每月一次。\n2.强化保障\n落实经费。\n"
        "特此答复。\n某县水利局\n2024年5月2日\n"
    )
    assert [(s[0], s[2], s[3]) for s in tree(doc)] == [
        (1, "丨.", "加强管理"),
        (2, "（丨）", "建立台账"),
        (2, "（2）", "定期巡查"),
        (1, "2.", "强化保障"),
    ]
    assert [s.ordinal for s in doc.iter_sections()] == [1, 1, 2, 2]


def test_a_tab_after_a_run_in_title_is_no_part_of_its_paragraph() -> None:
    """`1.明确责任分工。⇥各单位…`: the paragraph opens on its first character, the tab is the gap
    (sections._RUN_IN_GAP)."""
    doc = checked(
        "关于县政协十一届三次会议第51号提案的答复\n应某委员：\n您提出的提案收悉，现答复如下：\n"
        "1.明确责任分工。\t各单位已落实专人负责。\n2.加强督促检查。\t县政府督查室每季度督查。\n"
        "特此答复。\n某县政府办公室\n2024年5月2日\n"
    )
    assert [p.text for s in doc.sections for p in s.paragraphs] == [
        "各单位已落实专人负责。",
        "县政府督查室每季度督查。",
    ]
    assert squashed(doc.text).count("明确责任分工。各单位") == 1


def test_the_cut_values_guard_takes_the_heads_of_a_year_cut_and_a_serial_cut() -> None:
    """`join_cut_dates` asks its pair tests only under a line its guard takes: a 文号 cut inside its
    year (`某教提复〔202`, `某发〔`) and a serial cut between its digits (`…提出的第02`) end on a digit or
    an opening bracket, and are taken (joins._may_head_cut_value), so their pairs join."""
    from govdoc.rules import join_values as J
    from govdoc.state import Block, State, Zone

    def line(text: str) -> Block:
        b = Block(text)
        b.zone = Zone.UNSET
        return b

    for head in ("某教提复〔202", "某发〔", "您在区政协十届三次会议上提出的第02"):
        assert J._may_head_cut_value(line(head)), head
    state = State(blocks=[line(t) for t in ("某发〔", "2024〕3号", "您提出的第02", "35号提案收悉，现答复如下：")])
    J.join_cut_dates(state)
    assert [b.text for b in state.blocks] == ["某发〔2024〕3号", "您提出的第0235号提案收悉，现答复如下："]
