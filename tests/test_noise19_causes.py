"""The general causes behind round-19 damaged and scraped text probe misses
(tests/test_probes_19_noise.py), each shown by a NEW example written for it, not the probe's text:
what the cause is, where it is fixed (a pattern row or a rule), and that the example failed on the
session's start (/work/s19start). The guards beside them hold ordinary text that looks like the
damage to what it was before: a rule that drops or re-reads a line or a character must not take the
text's own (a sentence naming an app, a table's equal rows, a log, a bullet before a sentence)."""

from __future__ import annotations

import govdoc
from tests.probing import checked, codes, squashed


def _reply(body: str, tail: str = "", head: str = "", closing: str = "特此答复。\n") -> str:
    """A short reply with `head` lines above it and `tail` lines under its 落款."""
    return (
        f"{head}"
        "关于区政协十五届三次会议第0919号提案的答复\n"
        "管某委员：\n"
        "您提出的关于加强社区体育设施建设的提案收悉，现答复如下：\n"
        f"{body}"
        f"{closing}"
        "某区体育局\n"
        "2024年9月19日\n"
        f"{tail}"
    )


def _in_text(doc: govdoc.Document, line: str) -> bool:
    return squashed(line) in squashed(doc.text)


def _paragraphs(doc: govdoc.Document) -> list[str]:
    """Every paragraph's text, the preamble's and the sections', in order."""
    return [p.text for p in doc.preamble] + [p.text for x in doc.iter_sections() for p in x.paragraphs]


# --- 锟斤拷: U+FFFD read as GBK (rules.mojibake, patterns.encoding.LOST_CHARACTERS) ---------------


def test_kun_jin_kao_where_characters_were_lost_is_warned_as_mojibake() -> None:
    """Cause (batch 1): `锟斤拷` is two U+FFFD written as UTF-8 and read as GBK; it decodes back to
    U+FFFD only, so the Han test of the mojibake rule never saw it and the line passed unwarned.
    It is asked by name now; the line stays as written."""
    line = "全区新建健身步道锟斤拷公里，更新健身器材锟斤拷锟斤拷套。"
    doc = checked(_reply(f"{line}\n"))
    assert codes(doc) == ["mojibake-suspected"]
    assert line in _paragraphs(doc)
    (warning,) = doc.warnings
    assert warning.span is not None and doc.text[warning.span.start : warning.span.end] == line


def test_a_name_holding_kun_is_no_mojibake() -> None:
    """Guard: 锟 and 斤 alone are characters of names and words (王锟, 斤两): only the run is the mark."""
    doc = checked(_reply("体育局副局长王锟带队检查了斤两不差的器材采购台账。\n"))
    assert "mojibake-suspected" not in codes(doc)


# --- lines the width joins took that end their own (rules.joins) ---------------------------------


def test_a_closing_formula_under_a_list_line_stays_the_closing() -> None:
    """Cause (batch 9): under a short list line with a colon (`南城街道：南城湿地全民健身公园`), the line
    `此复。` passed as the list line's continuation (the colon made it paragraph-like), so the reply lost
    its closing. A closing formula alone on its line is a sentence of its own (CLOSING_FORMULA)."""
    body = "今年新建体育公园两处：\n北城街道：北城滨河全民健身公园\n南城街道：南城湿地全民健身公园\n"
    doc = checked(_reply(body, closing="此复。\n"))
    assert doc.closing is not None and doc.closing.text == "此复。"
    assert "南城街道：南城湿地全民健身公园" in _paragraphs(doc)
    assert "page-break-joined" not in codes(doc)


def test_a_formula_after_a_handover_comma_still_joins_its_line() -> None:
    """Guard: `以上情况，` ⏎ `特此说明。` is one sentence the width cut after its comma: still joined."""
    doc = checked(
        "关于调整社区体育设施开放时间的说明\n"
        "各街道办事处：\n"
        "因设施维护，区全民健身中心游泳馆自10月起每周一闭馆，其余场馆开放时间不变。以上情况，\n"
        "特此说明。\n"
        "某区体育局\n"
        "2024年9月19日\n"
    )
    assert any(t.endswith("以上情况，特此说明。") for t in [*_paragraphs(doc), doc.closing.text if doc.closing else ""])


def test_an_omission_mark_under_a_full_stop_is_a_line_of_its_own() -> None:
    """Cause (batch 4): a line opening with an ellipsis (`……`) counted as one no paragraph opens with
    (leader dots), so a copy's omission mark was joined onto the sentence above, which had ended on 。.
    Under a sentence's stop the ellipsis opens its own line."""
    body = "今年新建健身步道十二公里。\n…… ……\n下一步，我局将推进体育场馆免费开放。\n"
    doc = checked(_reply(body))
    assert "…… ……" in _paragraphs(doc)
    assert "page-break-joined" not in codes(doc)


def test_an_ellipsis_under_an_open_clause_still_goes_on() -> None:
    """Guard: a line cut after a comma whose rest opens with `……` (a quoted list trailing off) is the
    same sentence: joined."""
    body = "全区开展了篮球、足球、乒乓球、羽毛球、网球、游泳、健身操、太极拳、广场舞、跳绳、踢毽子，\n……等群众性体育赛事四十余场。\n"
    doc = checked(_reply(body))
    assert any("踢毽子，……等群众性" in t for t in _paragraphs(doc))


def test_tab_separated_table_rows_are_never_joined() -> None:
    """Cause (batch 6): a table saved as TAB-separated rows, its head row holding a bracket
    (`场馆\t面积（平方米）\t开放率`), was paragraph-like to the joins and took the next row onto its end.
    Two lines that both hold TAB-parted cells are two rows (since schema 1.11, contract20, a table's rows)."""
    rows = ["场馆\t面积（平方米）\t开放率", "体育中心\t12000\t95%", "全民健身馆\t4800\t88%"]
    doc = checked(_reply("全区公共体育场馆开放情况如下：\n" + "\n".join(rows) + "\n"))
    tables = [*doc.tables, *(t for s in doc.sections for t in s.tables)]
    assert [t.rows for t in tables] == [tuple(tuple(r.split("\t")) for r in rows)]
    assert "page-break-joined" not in codes(doc)


# --- a 文号 cut inside its year after its label (rules.joins._doc_number_cut) ---------------------


def test_a_labelled_doc_number_cut_inside_its_year_is_whole_again() -> None:
    """Cause (batch 9): an information row set on one line and cut at the width inside its 文号's year
    (`… 文号：某体复〔20` ⏎ `24〕9号`) stayed two lines: the cut was read only of a head alone on its
    line. The last label's value is the head now."""
    head = "索引号：11330100MB1234/2024-00777 文号：某体复〔20\n24〕9号\n"
    doc = checked(_reply("今年新建健身步道十二公里。\n", head=head))
    n = doc.header.doc_number
    assert n is not None and (n.text, n.year, n.serial) == ("某体复〔2024〕9号", 2024, 9)
    assert doc.header.metadata.get("文号") == "某体复〔2024〕9号"
    assert "content-unplaced" not in codes(doc)


# --- link-list labels and mobile prompts of other sites (patterns.chrome) ------------------------


def test_hot_and_latest_list_labels_take_their_titles_out() -> None:
    """Cause (batch 5): `热门文章`/`最新更新`/`猜你喜欢` were named by no row, so the titles under them
    were the reply's text."""
    tail = "热点新闻\n区体育局召开全民健身工作会议\n最新发布\n关于公布2024年体育场馆开放名单的通知\n"
    doc = checked(_reply("今年新建健身步道十二公里。\n", tail))
    for line in tail.splitlines():
        assert not _in_text(doc, line), line
    assert codes(doc) == []


def test_a_mobile_pages_app_prompts_leave_the_text() -> None:
    """Cause (batch 8): a mobile page's prompts to open or fetch its app (`打开APP，阅读体验更佳`,
    `下载客户端`, `APP内打开`) and `展开剩余内容` were text."""
    head = "打开APP查看高清大图\nApp内打开\n"
    tail = "展开全部内容\n下载客户端\n"
    doc = checked(_reply("今年新建健身步道十二公里。\n", tail, head))
    for line in (head + tail).splitlines():
        assert not _in_text(doc, line), line
    assert doc.header.title == "关于区政协十五届三次会议第0919号提案的答复"
    assert codes(doc) == []


def test_a_notices_steps_naming_an_app_stay_wherever_they_stand() -> None:
    """Guard (review19 V2): a reply's steps on lines of their own (`下载“随申办”APP`, `打开随申办APP进入…`,
    `下载APP`), inside the running text or right above the 落款, are the reply's: the app prompts are
    chrome only named by no name and only at the text's edge or beside chrome (`_app_prompts`)."""
    steps = "下载随申办APP\n进入随申办APP查看\n下载APP\n"
    doc = checked(_reply("预约场馆的步骤如下：\n" + steps + "选择场馆并提交预约。\n"))
    for line in steps.splitlines():
        assert _in_text(doc, line), line
    tail_steps = "办理步骤：\n下载APP\n打开APP查看预约结果\n"
    doc = checked(
        "关于开放学校体育场馆的通知\n各街道办事处：\n全区中小学体育场馆自10月起在节假日向社会开放。\n"
        + tail_steps
        + "某区体育局\n2024年9月19日\n"
    )
    for line in tail_steps.splitlines():
        assert _in_text(doc, line), line


def test_sentences_naming_an_app_or_the_latest_news_stay() -> None:
    """Guard: a reply's sentences that open with 打开/下载 and name an app or a client, and a line
    opening with 最新发布 that goes on, are its own words."""
    body = (
        "打开“某区体育”APP即可预约场馆。\n下载客户端后可查询全区健身地图\n最新发布的场馆开放名单已在区政府网站公布。\n"
    )
    doc = checked(_reply(body))
    for line in body.splitlines():
        assert _in_text(doc, line), line


# --- shape bullets before a heading's marker (cleanup.furniture._shape_bullet, patterns.SHAPE_BULLET) ------


def test_shape_bullets_before_markers_leave_and_the_headings_read() -> None:
    """Cause (batch 8): a site's shape bullet before a heading (`■一、`, `◇ （一）`, `☆1.`) hid its
    marker, so the heading was a paragraph; only pictographs (emoji) were taken out."""
    body = "■一、建设情况\n◇ （一）健身步道\n新建十二公里。\n☆（二）体育公园\n新建两处。\n▲二、下一步打算\n推进场馆开放。\n"
    doc = checked(_reply(body))
    assert [(x.level, x.marker, x.title) for x in doc.iter_sections()] == [
        (1, "一、", "建设情况"),
        (2, "（一）", "健身步道"),
        (2, "（二）", "体育公园"),
        (1, "二、", "下一步打算"),
    ]


def test_a_shape_bullet_before_a_sentence_or_a_figure_stays() -> None:
    """Guard: a bullet before a sentence (`◆ 全区…`) or before a decimal figure (`★3.5万人次…`) is no
    heading's decoration: the line keeps it as written."""
    body = "◆ 全区新建健身步道十二公里。\n★3.5万人次参加了全民健身日活动。\n"
    doc = checked(_reply(body))
    assert "◆ 全区新建健身步道十二公里。" in _paragraphs(doc)
    assert "★3.5万人次参加了全民健身日活动。" in _paragraphs(doc)
    assert list(doc.iter_sections()) == []


# --- every line written twice in a row (rules.cleanup.repeats._doubled_lines) --------------------


def test_a_text_whose_every_line_was_written_twice_reads_once() -> None:
    """Cause (batches 4, 10): a scraper that read each paragraph from two nested elements wrote every
    line twice (A A B B); nothing read it, so the 主送 and the closing were doubled and the header lost.
    Where nearly every line stands so, each second copy is dropped, with one `repeat-dropped`."""
    once = _reply("一、建设情况\n今年新建健身步道十二公里。\n二、下一步打算\n推进场馆开放。\n").splitlines()
    doc = checked("\n".join(line for line in once for _ in (0, 1)))
    assert codes(doc) == ["repeat-dropped"]
    assert list(doc.header.recipients) == ["管某委员"]
    assert doc.closing is not None and doc.closing.text == "特此答复。"
    assert doc.text.count("推进场馆开放。") == 1


def test_a_few_equal_lines_in_a_row_stay() -> None:
    """Guard: a log or a schedule whose few lines repeat the one above (巡查正常 twice, two equal rows)
    is the document's own: below the share, nothing is dropped and nothing warned."""
    body = "巡查记录如下：\n9月1日 巡查正常\n9月1日 巡查正常\n9月2日 巡查正常\n周一\t开放\n周一\t开放\n"
    doc = checked(_reply(body))
    assert "repeat-dropped" not in codes(doc)
    assert doc.text.count("周一\t开放") == 2


# --- a GBK export cut at a byte width (readers.text._byte_width_joined; round 18's strict xfail) ---


def _byte_cut(text: str, width: int) -> bytes:
    """`text` in GBK, CR LF after every `width` bytes of each line, inside a character where it falls."""
    out: list[bytes] = []
    for line in text.split("\n"):
        raw = line.encode("gbk")
        out.extend(raw[i : i + width] for i in range(0, len(raw), width)) if raw else out.append(b"")
    return b"\r\n".join(out)


def test_the_lines_a_byte_width_cut_between_characters_join_too() -> None:
    """Cause (round 18's strict xfail, batch 4 there): an export that cut every line after 34 bytes split
    some characters (rejoined since round 18) and cut the other lines between characters at 34 bytes,
    which the width joins, counting characters, could not see as one width (a digit takes one byte, a
    Han character two). The split characters tell the width in bytes: the lines of that many bytes
    that end on no stop go on, warned as a guess."""
    lines = [
        "关于区人大十七届四次会议第2024061号建议的答复",
        "庄某代表：",
        "您提出的关于完善社区食堂运营补贴政策的建议收悉，现答复如下：",
        "全区已建成社区食堂36家，日均服务老年人2800余人次，补贴标准为每餐3元。",
        "特此答复。",
        "某区民政局",
        "2024年6月18日",
    ]
    data = _byte_cut("\n".join(lines) + "\n", 34)
    doc = govdoc.parse(data, format="txt")
    assert doc.source.encoding == "gb18030"
    assert doc.header.title == lines[0]
    assert [p.text for p in doc.preamble] == lines[2:4]
    assert doc.signature is not None and doc.signature.issuers == ("某区民政局",)
    # one warning per join, each with its span since schema 1.11 (contract20 8): 1.10 gave one count, span null
    assert set(codes(doc)) == {"page-break-joined"}
    assert all(w.span is not None for w in doc.warnings)


# --- a （一） that lost its closing bracket (rules.sections._unclosed_siblings; round 18's strict xfail) ---


def test_paren_markers_that_lost_their_closing_bracket_open_sections_with_their_siblings() -> None:
    """Cause (round 18's strict xfail, batch 4 there): `(一完善场馆布局` / `(二延长开放时间` lost their
    closing brackets; the markers' families read a line alone, and alone such a line is told from an
    aside (`(一般为…`) by nothing. Its siblings tell it: lines opening (一, (二 … in order, each
    heading-like and closing no bracket, are headings of the （一） family, the marker as written."""
    body = "一、主要做法\n(一完善场馆布局\n新建社区健身中心三个。\n(二延长开放时间\n学校场馆节假日开放。\n二、下一步打算\n推进场馆免费开放。\n"
    doc = checked(_reply(body))
    assert [(x.level, x.marker, x.ordinal, x.title) for x in doc.iter_sections()] == [
        (1, "一、", 1, "主要做法"),
        (2, "(一", 1, "完善场馆布局"),
        (2, "(二", 2, "延长开放时间"),
        (1, "二、", 2, "下一步打算"),
    ]


def test_an_aside_or_a_lone_unclosed_paren_line_opens_no_section() -> None:
    """Guard: `(一般在每年6月至9月` (an aside whose bracket a wrap carried to the next line) and a lone
    `(一期工程` with no `(二` after it stay paragraphs; so does `(二期工程` with no `(一` before it."""
    body = "全区体育场馆开放时间\n(一般在每年6月至9月\n延长至晚上十点)。\n(一期工程\n已完工。\n(二期工程\n正在建设。\n"
    doc = checked(_reply(body))
    assert list(doc.iter_sections()) == []
