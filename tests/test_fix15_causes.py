"""Causes session 14's review left open (review14 F3, F9, F11), each with a new example.

* F3: in a text that marks its paragraphs by indenting their first lines, an indented line left
  open carried on into every flush line under it "however short": a short list lead or an
  unmarked heading swallowed the short lines of the list under it. A line a wrap cut reaches near
  the width of the text's lines; a short one ended where its writer broke it.
* F9: under the same convention, a title centred on two lines, both indented, was split: its second
  line was read as a paragraph's indented first line. Two lines that read together as a document's
  title (关于…的意见, or a plan's name under the notice that prints it) are one title.
* F11: a bracketed contact line a wrap cut under the closing (`（联系人：…0736-52812` ⏎ `34）`) stood
  in the closing's text and was read as the contact too: one line in two elements. The cut line
  and its rest are the contact's alone.

Expected values are written from reading each text; each cause test fails on main at the
session's start (/work/s15start), the guards pass on both.
"""

from __future__ import annotations

from tests.probing import checked, codes

# --- F3: a short open indented line does not carry on into the short flush lines under it --------


def test_a_short_list_lead_under_the_indent_convention_keeps_the_list_lines_apart() -> None:
    """A meeting notice wrapped at about 27 characters whose paragraphs open with two full-width spaces:
    `参加会议的单位`, indented and left open, leads a list of units set flush one to a line. It is no
    line the width cut (far shorter than the text's lines), so each unit stays its own line."""
    source = (
        "某县农业农村局关于召开春耕生产调度会的通知\n"
        "\n"
        "各乡镇人民政府，县直有关单位：\n"
        "\n"
        "　　为做好今年春耕生产各项准备工作，经研究，决定召开全\n"
        "县春耕生产调度会。现将有关事项通知如下。\n"
        "　　会议定于3月12日上午9时在县农业农村局三楼会议室召\n"
        "开，会期半天，请参会人员提前十分钟到场签到。\n"
        "　　参加会议的单位\n"
        "县农业技术推广中心\n"
        "县种子管理站\n"
        "各乡镇农业综合服务中心\n"
        "　　请各单位于3月10日前将参会人员名单报县农业农村局办\n"
        "公室，逾期视为不参会。\n"
        "\n"
        "某县农业农村局\n"
        "2025年3月5日\n"
    )
    doc = checked(source)
    assert [p.text for p in doc.preamble] == [
        "为做好今年春耕生产各项准备工作，经研究，决定召开全县春耕生产调度会。现将有关事项通知如下。",
        "会议定于3月12日上午9时在县农业农村局三楼会议室召开，会期半天，请参会人员提前十分钟到场签到。",
        "参加会议的单位",
        "县农业技术推广中心",
        "县种子管理站",
        "各乡镇农业综合服务中心",
        "请各单位于3月10日前将参会人员名单报县农业农村局办公室，逾期视为不参会。",
    ]


def test_an_unmarked_indented_heading_keeps_the_short_flush_lines_under_it_apart() -> None:
    """A reply wrapped at 26 characters, its paragraphs indented: `存在的困难`, an indented heading
    with no marker, over two short flush lines naming the difficulties. Neither the heading nor the
    lines under it reach near the width: four lines, four paragraphs."""
    source = (
        "关于县政协九届四次会议第027号提案的答复\n"
        "\n"
        "郑某委员：\n"
        "\n"
        "　　您提出的关于加强乡村医生队伍建设的提案收悉。经研\n"
        "究，现答复如下。\n"
        "　　近年来，我委通过定向培养、岗位补助等方式，稳定乡\n"
        "村医生队伍，全县现有在岗乡村医生三百一十二名。\n"
        "　　存在的困难\n"
        "乡村医生年龄偏大\n"
        "执业资质水平不高\n"
        "　　下一步，我委将会同县人社局完善乡村医生养老保障政\n"
        "策，逐步提高补助标准。\n"
        "　　特此答复。\n"
        "\n"
        "某县卫生健康委员会\n"
        "2025年7月2日\n"
    )
    doc = checked(source)
    assert [p.text for p in doc.preamble] == [
        "您提出的关于加强乡村医生队伍建设的提案收悉。经研究，现答复如下。",
        "近年来，我委通过定向培养、岗位补助等方式，稳定乡村医生队伍，全县现有在岗乡村医生三百一十二名。",
        "存在的困难",
        "乡村医生年龄偏大",
        "执业资质水平不高",
        "下一步，我委将会同县人社局完善乡村医生养老保障政策，逐步提高补助标准。",
    ]
    assert doc.closing is not None and doc.closing.text == "特此答复。"


def test_a_line_the_width_cut_under_the_indent_convention_still_carries_on_into_short_flush_lines() -> None:
    """Guard: the same convention, a paragraph of three lines whose first two fill the width (26) and
    end open on a word, and whose last line is short: one paragraph, joined with a warning."""
    source = (
        "关于县政协九届四次会议第031号提案的答复\n"
        "\n"
        "冯某委员：\n"
        "\n"
        "　　您提出的关于改善农村饮水条件的提案收悉。经研究，\n"
        "现答复如下。\n"
        "　　今年我局投入资金八百万元，完成农村供水管网改造一\n"
        "百二十公里，新建集中供水站六座，受益群众两万余人，农\n"
        "村饮水安全得到保障。\n"
        "　　下一步，我局将继续推进城乡供水一体化建设，提升农\n"
        "村供水保障水平。\n"
        "　　特此答复。\n"
        "\n"
        "某县水利局\n"
        "2025年7月9日\n"
    )
    doc = checked(source)
    assert [p.text for p in doc.preamble] == [
        "您提出的关于改善农村饮水条件的提案收悉。经研究，现答复如下。",
        "今年我局投入资金八百万元，完成农村供水管网改造一百二十公里，新建集中供水站六座，受益群众两万余人，农村饮水安全得到保障。",
        "下一步，我局将继续推进城乡供水一体化建设，提升农村供水保障水平。",
    ]
    assert "page-break-joined" in codes(doc)


# --- F9: a title centred on two indented lines is one title ---------------------------------------


def test_a_plans_title_on_two_indented_lines_under_the_notice_that_prints_it_is_one_line() -> None:
    """A notice printing a plan, its text wrapped at 28 and its paragraphs indented; the plan's name
    under the notice's 落款 is centred on two lines, each set with the same two full-width spaces as
    a paragraph's first line (`某县农村人居环境整治提升` / `行动实施方案`): read together they are
    one title, which the second line's indent does not part."""
    source = (
        "某县人民政府办公室关于印发某县农村人居环境整治提升行动实施方案的通知\n"
        "\n"
        "各乡镇人民政府，县政府各部门：\n"
        "\n"
        "　　《某县农村人居环境整治提升行动实施方案》已经县人民政\n"
        "府同意，现印发给你们，请结合实际认真贯彻落实，执行中遇\n"
        "到的问题请及时报告县农业农村局。\n"
        "\n"
        "某县人民政府办公室\n"
        "2025年4月8日\n"
        "\n"
        "　　某县农村人居环境整治提升\n"
        "　　行动实施方案\n"
        "　　为深入推进农村人居环境整治提升，改善农村生产生活条\n"
        "件，结合我县实际，制定本方案。\n"
        "　　到2025年底，全县农村卫生厕所普及率达到百分之九十以\n"
        "上，生活垃圾得到有效治理。\n"
        "　　各乡镇要把农村人居环境整治提升摆上重要议事日程，主\n"
        "要负责同志亲自抓，分管负责同志具体抓，村级组织要发挥\n"
        "战斗堡垒作用，动员群众广泛参与。\n"
        "　　县直有关部门要按照职责分工，加强协调配合，形成工作\n"
        "合力，县财政每年安排专项资金，统筹整合涉农资金，确保\n"
        "各项任务落到实处。\n"
    )
    doc = checked(source)
    lines = doc.text.split("\n")
    assert "某县农村人居环境整治提升行动实施方案" in lines
    assert "行动实施方案" not in lines


def test_a_two_line_about_title_set_with_paragraph_indents_is_one_line() -> None:
    """The same shape with a `关于…的意见` title printed under the notice: two indented lines, one title."""
    source = (
        "某市人民政府办公室关于转发市交通运输局关于加快推进农村公路养护管理工作的意见的通知\n"
        "\n"
        "各区县人民政府，市政府各部门：\n"
        "\n"
        "　　市交通运输局制定的农村公路养护管理工作意见已经市人民\n"
        "政府同意，现转发给你们，请结合本地实际认真贯彻执行，执\n"
        "行中遇到的问题请及时报告市交通运输局。\n"
        "\n"
        "某市人民政府办公室\n"
        "2025年5月6日\n"
        "\n"
        "　　关于加快推进农村公路养护\n"
        "　　管理工作的意见\n"
        "　　为进一步加强农村公路养护管理，提升农村公路通行条件，\n"
        "现提出如下意见。\n"
        "　　各区县要落实农村公路养护主体责任，建立健全养护管理\n"
        "机构，保障养护资金投入。\n"
        "　　市交通运输局要加强对农村公路养护工作的指导和监督，\n"
        "定期通报各区县养护工作情况，对养护工作成效明显的区县\n"
        "给予通报表扬。\n"
        "　　各区县要将农村公路养护资金纳入本级财政预算，按时足\n"
        "额拨付，不得挤占挪用，并建立养护资金使用情况年度审计\n"
        "制度。\n"
    )
    doc = checked(source)
    lines = doc.text.split("\n")
    assert "关于加快推进农村公路养护管理工作的意见" in lines
    assert "管理工作的意见" not in lines


def test_an_indented_short_line_over_an_indented_sentence_stays_apart() -> None:
    """Guard: an indented short line left open over an indented sentence that completes no title
    (`主要工作成效` / `今年全县…。`): the indent opens the sentence's paragraph."""
    source = (
        "关于县政协九届四次会议第035号提案的答复\n"
        "\n"
        "卫某委员：\n"
        "\n"
        "　　您提出的关于发展县域特色产业的提案收悉。经研究，现\n"
        "答复如下。\n"
        "　　主要工作成效\n"
        "　　今年全县新培育特色产业基地十二个，带动农户增收明显，\n"
        "产业链条不断延伸。\n"
        "　　特此答复。\n"
        "\n"
        "某县农业农村局\n"
        "2025年7月16日\n"
    )
    doc = checked(source)
    assert [p.text for p in doc.preamble] == [
        "您提出的关于发展县域特色产业的提案收悉。经研究，现答复如下。",
        "主要工作成效",
        "今年全县新培育特色产业基地十二个，带动农户增收明显，产业链条不断延伸。",
    ]


# --- F11: a cut contact line under the closing is the contact's alone -----------------------------


def test_a_bracketed_contact_line_a_wrap_cut_under_the_closing_is_the_contacts_alone() -> None:
    """A reply wrapped at 18 characters: `（联系人：周某，联系电话：0736-52812` ⏎ `34）` under the closing's
    thanks. The bracket left open and its rest under it are one contact line, the contact's alone,
    not the closing's too."""
    source = (
        "关于县人大十八届二次会议第031号建议的答复\n"
        "\n"
        "钱某代表：\n"
        "\n"
        "　　您提出的关于增设农村客运班线的建\n"
        "议收悉。现答复如下：\n"
        "\n"
        "　　我局已会同县公交公司新开通客运班\n"
        "线两条，覆盖沿线六个行政村。\n"
        "\n"
        "　　感谢您的关心和支持。\n"
        "（联系人：周某，联系电话：0736-52812\n"
        "34）\n"
        "某县交通运输局\n"
        "2025年6月20日\n"
    )
    doc = checked(source)
    assert doc.closing is not None and doc.closing.text == "感谢您的关心和支持。"
    assert doc.contact is not None
    assert doc.contact.name == "周某"
    assert doc.contact.phones == ("0736-5281234",)
    assert doc.signature is not None and doc.signature.issuers == ("某县交通运输局",)


def test_a_contact_note_set_on_two_lines_on_purpose_under_the_closing_stays_the_contacts() -> None:
    """Guard: `（联系人：吴某` ⏎ `联系电话：0736-5289876）`, two labelled lines, under the closing: the
    contact's lines, the closing its thanks alone."""
    source = (
        "关于县人大十八届二次会议第036号建议的答复\n"
        "\n"
        "孔某代表：\n"
        "\n"
        "　　您提出的关于规范农村集贸市场管理的建议收悉。现答复如下：\n"
        "\n"
        "　　我局已开展集贸市场专项整治行动。\n"
        "\n"
        "　　感谢您对市场监管工作的关心和支持。\n"
        "（联系人：吴某\n"
        "联系电话：0736-5289876）\n"
        "某县市场监督管理局\n"
        "2025年6月24日\n"
    )
    doc = checked(source)
    assert doc.closing is not None and doc.closing.text == "感谢您对市场监管工作的关心和支持。"
    assert doc.contact is not None and doc.contact.name == "吴某"
    assert doc.contact.phones == ("0736-5289876",)


# --- join_breaks' kind questions asked of a paragraph's opening (review15 R5) ----------------------


def test_a_wrapped_contact_sentence_ends_at_its_number_whatever_its_first_line_lacks() -> None:
    """A sentence saying whom to call, wrapped before its number (`…请与区民政局养老服务科` ⏎
    `联系，联系电话：0571-87651234`): its first line alone is no contact line (no colon, no digit), the
    paragraph joined is one, and a contact line's value ends at its line: the closing under it stays
    a line of its own, not glued onto the number."""
    source = (
        "关于区政协五届三次会议第027号提案的答复\n"
        "\n"
        "周某委员：\n"
        "您提出的关于增设社区养老服务站的提案收悉，现答复如下：\n"
        "今年我局已在全区新建社区养老服务站八个，覆盖十\n"
        "二个街道，服务老年人三千余人次。\n"
        "如需进一步了解相关情况，请与区民政局养老服务科\n"
        "联系，联系电话：0571-87651234\n"
        "特此答复。\n"
        "某区民政局\n"
        "2024年8月2日\n"
    )
    doc = checked(source)
    lines = doc.text.split("\n")
    assert "如需进一步了解相关情况，请与区民政局养老服务科联系，联系电话：0571-87651234" in lines
    assert "特此答复。" in lines
