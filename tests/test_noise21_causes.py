"""The general causes behind round-21 damaged and scraped text probe misses
(tests/test_probes_21_noise.py), each shown by a NEW example written for it, not the probe's text:
what the cause is, where it is fixed (a pattern row, a table or a rule), and that the example failed on
the session's start (/work/s21start). The guards beside them hold ordinary text that looks like the
damage: a Chinese character that is also a Japanese form (予 欠 芸), a metadata pair, a mailbox
answer dated with its clock time, a notice's own print times, a reply's list of its channels, a sound
name beside mojibake elsewhere."""

from __future__ import annotations

import govdoc
from govdoc.fold import fold
from tests.probing import checked, codes, squashed


def _reply(body: str, tail: str = "", head: str = "", closing: str = "特此答复。\n") -> str:
    """A short reply with `head` lines above it and `tail` lines under its 落款."""
    return (
        f"{head}"
        "关于区政协十五届三次会议第0733号提案的答复\n"
        "符某委员：\n"
        "您提出的关于加强社区文化建设的提案收悉，现答复如下：\n"
        f"{body}"
        f"{closing}"
        "某区文化和旅游局\n"
        "2024年9月12日\n"
        f"{tail}"
    )


def _in_text(doc: govdoc.Document, line: str) -> bool:
    return squashed(line) in squashed(doc.text)


def _as_gbk(text: str) -> str:
    return text.encode("utf-8").decode("gbk", errors="replace")


# --- Japanese forms fold as the characters they draw (govdoc.fold, t2s_table.SHINJITAI) -------------


def test_an_organ_over_a_guanyu_title_in_japanese_form_is_the_issuer() -> None:
    """A font that mapped 关 to 関: `関于…的通知` is still a 关于 title, so the organ on the line above it
    is the title's first line and the issuer (contract; s21start: the title began at 関, 関 folding to
    nothing)."""
    doc = checked(
        "某市生態環境局\n関于开展夏季臭氧污染防治攻坚行动的通知\n各区生态环境分局：\n"
        "现将有关事项通知如下：\n一、工作目标\n全市臭氧浓度同比下降。\n特此通知。\n某市生態環境局\n2024年5月6日\n"
    )
    assert doc.header.issuer == "某市生態環境局"
    assert doc.header.title == "某市生態環境局関于开展夏季臭氧污染防治攻坚行动的通知"


def test_a_plan_paragraph_opening_with_a_japanese_form_step_is_the_plan() -> None:
    """`下歩，` (歩 for 步) opens a plan as 下步 does; the text keeps 歩 (s21start: no plan phase)."""
    doc = checked(_reply("今年全区新建文化驿站八个。\n下歩，我局将推动文化驿站延时开放。\n"))
    assert [p.phase for p in doc.preamble] == ["progress", "progress", "plan"]
    assert "下歩" in doc.text


def test_guard_chinese_characters_that_are_also_japanese_forms_do_not_fold() -> None:
    """Guard: 予, 欠, 芸, 弁 are Chinese characters of their own (GB2312 holds them): they never fold, so
    不予公开 stays a disclosure and 给予 a giving."""
    assert fold("不予公开给予欠款芸豆弁髦") == "不予公开给予欠款芸豆弁髦"
    doc = checked("公开属性：不予公开\n" + _reply("今年给予文化团体补助五十万元。\n"))
    assert doc.header.disclosure == "不予公开"


# --- a sentence's lead-in is no 键：值 pair (patterns.LEAD_IN_KEY_ENDS, rules.lines.is_key_value) ---


def test_a_fragment_opening_on_a_lead_in_sentence_is_the_bodys_not_metadata() -> None:
    """A copy whose first screen was lost opens on `具体办理情况说明如下：今年…，` (a key of ten characters
    ending 如下): no metadata pair, the line opens the body (s21start: metadata {具体办理情况说明如下: …})."""
    doc = checked(
        "具体办理情况说明如下：今年我区新建社区书屋，\n共十二个，藏书三万册。\n特此答复。\n某区文化和旅游局\n2024年9月12日\n"
    )
    assert doc.header.metadata == {}
    assert doc.preamble[0].text.startswith("具体办理情况说明如下：今年我区新建社区书屋，")


def test_guard_metadata_pairs_above_a_title_stay_pairs() -> None:
    """Guard: a portal's pairs above the title (发布机构：…, 主题分类：…) are still metadata."""
    doc = checked(_reply("今年新建社区书屋十二个。\n", head="发布机构：某区文化和旅游局\n主题分类：文化\n"))
    assert doc.header.metadata == {"发布机构": "某区文化和旅游局", "主题分类": "文化"}


# --- a print's stamp of its time in the page's band leaves (rules.cleanup.furniture._print_stamps) ---


def test_a_labelled_print_date_over_the_close_button_under_the_signature_leaves() -> None:
    """`打印日期：2024年9月20日` over `【关闭窗口】` under the 落款: the print's stamp, chrome; no content is
    unplaced (s21start: kept, content-unplaced)."""
    doc = checked(_reply("今年新建社区书屋十二个。\n", tail="打印日期：2024年9月20日\n【关闭窗口】\n"))
    assert not _in_text(doc, "打印日期")
    assert codes(doc) == []
    assert doc.signature is not None and doc.signature.date == "2024-09-12"


def test_a_browser_print_foot_of_page_count_address_and_print_time_leaves() -> None:
    """A browser print's foot under the 落款: `2/2`, the page's address, `2024-09-20 下午3:31`: each is
    the band's, the address between the count and the stamp (s21start: address and stamp kept)."""
    url = "http://www.example.gov.cn/col/col88/art/2024/art_5571.html"
    doc = checked(_reply("今年新建社区书屋十二个。\n", tail=f"2/2\n{url}\n2024-09-20 下午3:31\n"))
    assert not _in_text(doc, url) and not _in_text(doc, "下午3:31")
    assert codes(doc) == []


def test_guard_a_mailbox_answer_dated_with_its_clock_time_over_print_tools_keeps_its_date() -> None:
    """Guard: a message board's answer dated `2024-06-18 10:22` under its organ, `【打印】【关闭】` under
    it: no address beside it, no date above it: the date is the answer's and stays."""
    doc = checked(
        "关于小区停车位收费的答复\n网友：\n您好！您反映的问题收悉。经核查，该小区停车收费已按规定公示。\n"
        "感谢您的来信。\n某区发展和改革局\n2024-06-18 10:22\n【打印】【关闭】\n"
    )
    assert _in_text(doc, "2024-06-18 10:22")
    assert doc.signature is not None and doc.signature.date == "2024-06-18"


def test_guard_a_notices_own_print_time_line_inside_its_text_stays() -> None:
    """Guard: a notice's own schedule line `打印时间：2024年8月5日 9:00` above its 特此通知 (inside the
    running text): the notice's, kept."""
    doc = checked(
        "关于领取2024年职称证书的通知\n各有关单位：\n现将证书领取事项通知如下：\n领取地点：市民中心二楼。\n"
        "打印时间：2024年8月5日 9:00\n特此通知。\n某市人力资源和社会保障局\n2024年8月1日\n【关闭】\n"
    )
    assert _in_text(doc, "打印时间：2024年8月5日 9:00")


def test_guard_an_attachments_times_and_addresses_one_cell_a_line_under_the_signature_stay() -> None:
    """Guard: a notice's 附件, a table of its live broadcasts flattened one cell a line under the 落款
    (`2024-07-10 09:30` ⏎ `https://…`): a bare time beside an address, but no page's chrome in the band:
    the attachment's, kept."""
    rows = ["2024-07-10 09:30", "https://live.example.gov.cn/a1", "2024-07-12 14:00", "https://live.example.gov.cn/a2"]
    doc = checked(
        "关于组织收看政策解读直播的通知\n各区政府：\n现将直播安排通知如下，请组织收看。\n特此通知。\n"
        "某市人民政府办公室\n2024年7月1日\n附件：直播安排\n直播时间\n直播地址\n" + "\n".join(rows) + "\n"
    )
    assert all(_in_text(doc, row) for row in rows)


# --- an empty comment box leaves unwarned (patterns.COMMENT_SECTION_LABEL, furniture._drop_comments) -


def test_an_empty_comment_box_headed_by_its_form_under_the_signature_leaves_unwarned() -> None:
    """`我要评论` ⏎ `请先登录后发表评论` ⏎ `暂无评论` under the 落款: the box's form and nothing a reader
    wrote: chrome, and no `comments-dropped` (s21start: kept, content-unplaced)."""
    doc = checked(_reply("今年新建社区书屋十二个。\n", tail="我要评论\n请先登录后发表评论\n暂无评论\n"))
    assert not _in_text(doc, "请先登录")
    assert codes(doc) == []


def test_guard_a_comment_box_holding_a_readers_words_is_still_warned() -> None:
    """Guard: the same box with one reader's line is a comment section: it leaves, warned (s21start: 我要评论
    headed no section, the lines were kept)."""
    doc = checked(_reply("今年新建社区书屋十二个。\n", tail="我要评论\n居民小林：书屋周末能开放吗？\n"))
    assert not _in_text(doc, "居民小林")
    assert codes(doc) == ["comments-dropped"]


# --- a share bar's icon captions one a line leave (furniture._share_captions) ------------------------


def test_a_share_bar_whose_platforms_stand_one_a_line_under_its_label_leaves() -> None:
    """`分享至：` ⏎ `朋友圈` ⏎ `新浪微博` ⏎ `复制链接` under the 落款: the bar's captions, chrome (s21start:
    the three names kept, content-unplaced)."""
    doc = checked(_reply("今年新建社区书屋十二个。\n", tail="分享至：\n朋友圈\n新浪微博\n复制链接\n"))
    assert not _in_text(doc, "新浪微博") and not _in_text(doc, "复制链接")
    assert codes(doc) == []


def test_guard_a_replys_list_of_its_channels_one_a_line_stays() -> None:
    """Guard: a reply's own list of platforms under its sentence (…发布信息：⏎ 微信 ⏎ 微博): the body's."""
    doc = checked(_reply("我局将通过以下平台发布书屋开放信息：\n微信\n微博\n"))
    assert _in_text(doc, "发布书屋开放信息：微信微博") or (_in_text(doc, "微信") and _in_text(doc, "微博"))


# --- mojibake in one field beside its sound label is warned (rules.mojibake._pieces) -----------------


def test_a_unit_field_garbled_after_its_sound_label_is_warned() -> None:
    """`承办单位：` sound, its value (市民政局) read through GBK: the run of non-ASCII holds both and gives
    back nothing whole; the value alone gives back 市民政局 (s21start: no warning)."""
    doc = checked(_reply("今年新建社区书屋十二个。\n", tail=f"承办单位：{_as_gbk('市民政局')}\n"))
    assert "mojibake-suspected" in codes(doc)


def test_a_three_character_name_garbled_after_its_label_is_warned() -> None:
    """`联系人：` over a three-character name read through GBK (欧阳某: nine bytes, the last lost): it gives
    back two Han characters and one lost, which a field set off by its label's mark is enough for
    (s21start: below the run's least of three)."""
    doc = checked(_reply("今年新建社区书屋十二个。\n", tail=f"联系人：{_as_gbk('欧阳某')}\n电话：0571-88001234\n"))
    assert "mojibake-suspected" in codes(doc)


def test_guard_a_sound_traditional_name_beside_mojibake_elsewhere_is_no_mojibake() -> None:
    """Guard: a text with a garbled paragraph (so the hint fires) and a sound contact `聯繫人：鍾國華`: one
    warning, for the paragraph's line only."""
    garbled = _as_gbk("今年全区新建社区书屋十二个，藏书三万册。")
    doc = checked(_reply(f"{garbled}\n", tail="聯繫人：鍾國華  電話：0571-88001234\n"))
    found = [w for w in doc.warnings if w.code == "mojibake-suspected"]
    assert len(found) == 1 and found[0].span is not None
    assert "鍾國華" not in doc.text[found[0].span.start : found[0].span.end]
