"""Causes found by round 19's conversion-path probes (tests/test_probes_19_conv.py), each tested on a
NEW example that fails on the session's start (/work/s19start), with guards that ordinary text looking
like the tool's mark is untouched: a rule reading a tool's marks first asks whether the text shows that
tool (sessions 17 and 18's second reads)."""

from __future__ import annotations

import govdoc
from tests.probing import checked, codes

_TITLE = "关于县人大十八届四次会议第27号建议的答复"
_HEAD = _TITLE + "\n\n周某代表：\n\n您提出的关于改善乡村学校校车服务的建议收悉，现答复如下：\n\n"
_BODY = "一、开行情况\n\n全县已开行校车四十二辆。\n\n二、下一步工作\n\n我局将新增校车线路六条。\n\n"
_END = "特此答复。\n\n某县教育局\n\n2024年5月20日\n"
_CONTACT = "\n联系人：韩某\n\n联系电话：0913-7654321\n"
_REPLY = _HEAD + _BODY + _END


def _sections(doc: govdoc.Document) -> list[tuple[str, str | None, list[str]]]:
    return [(s.marker, s.title, [p.text for p in s.paragraphs]) for s in doc.iter_sections()]


_WANT = [("一、", "开行情况", ["全县已开行校车四十二辆。"]), ("二、", "下一步工作", ["我局将新增校车线路六条。"])]


def _whole(doc: govdoc.Document) -> None:
    """The reply read whole: title, addressee, both sections, 落款."""
    assert doc.header.title == _TITLE
    assert list(doc.header.recipients) == ["周某代表"]
    assert _sections(doc) == _WANT
    assert doc.signature is not None and doc.signature.date == "2024-05-20"
    assert list(doc.signature.issuers) == ["某县教育局"]


# --- a mail's header and MIME's own lines (readers.mail_text) ----------------------------------------


def test_a_mails_transport_header_with_folded_lines_leaves_the_text() -> None:
    source = (
        "Received: from gw.example.gov.cn by mx.example.gov.cn;\n"
        "        Mon, 20 May 2024 17:02:11 +0800\n"
        "Message-ID: <20240520170211.8812@example.gov.cn>\n"
        "From: jyj@example.gov.cn\n"
        "To: rdlw@example.gov.cn\n"
        "Subject: =?GB2312?B?tPC4tA==?=\n"
        "\n" + _REPLY
    )
    doc = checked(source)
    _whole(doc)
    assert "Received" not in doc.text and "Message-ID" not in doc.text and "Subject" not in doc.text


def test_a_multipart_alternative_mails_html_part_leaves_and_its_text_part_is_the_document() -> None:
    source = (
        "From: jyj@example.gov.cn\nTo: rdlw@example.gov.cn\nSubject: reply 27\n"
        'Content-Type: multipart/alternative; boundary="b1"\n\n'
        "--b1\nContent-Type: text/plain; charset=utf-8\n\n" + _REPLY + "\n"
        "--b1\nContent-Type: text/html; charset=utf-8\n\n<div>" + _TITLE + "</div>\n--b1--\n"
    )
    doc = checked(source)
    _whole(doc)
    assert "<div>" not in doc.text and "--b1" not in doc.text and doc.text.count(_TITLE) == 1


def test_two_latin_key_lines_naming_no_address_are_no_mails_header() -> None:
    """Guard: `To: …` ⏎ `Subject: …` with no address, no third key, no transport field stay the text's."""
    doc = checked("To: 各乡镇\nSubject: 校车\n\n" + _REPLY)
    assert "To: 各乡镇" in doc.text


def test_a_mails_subject_is_the_title_where_the_body_has_none() -> None:
    """review19 V5: a mailbox answer sent with its title only as the mail's subject keeps it as its title."""
    source = (
        "From: jyj@example.gov.cn\nTo: zhou@example.com\nSubject: 关于校车线路问题的回复\n"
        "Date: Mon, 20 May 2024 17:02:11 +0800\n\n周某：\n您好！您反映的校车线路问题收悉，我局已新增线路六条。\n"
        "感谢您的来信。\n某县教育局\n2024年5月20日\n"
    )
    doc = checked(source)
    assert doc.header.title == "关于校车线路问题的回复" and "From:" not in doc.text


def test_two_chinese_mail_keys_with_no_address_stay_the_texts() -> None:
    """Guard: `主题：…` ⏎ `收件人：…` with no address nor a third key are a form's lines: they stay."""
    doc = checked("主题：校车安全\n收件人：各学校\n\n" + _REPLY)
    assert "主题：校车安全" in doc.text


# --- an earlier mail quoted under a reply written on top -----------------------------------------------


def test_an_earlier_mail_quoted_under_the_reply_gives_no_contact_of_the_reply() -> None:
    source = (
        _REPLY + _CONTACT + "\nOn Mon, 13 May 2024 at 09:12, 县人大代表工委 <rdgw@example.gov.cn> wrote:\n"
        "> 请各承办单位于5月底前报送答复。\n> 联系电话：0913-7000001\n"
    )
    doc = checked(source)
    _whole(doc)
    assert doc.contact is not None and list(doc.contact.phones) == ["0913-7654321"]


def test_a_reply_quoted_whole_under_an_attribution_line_keeps_its_contact() -> None:
    """Guard: the whole reply quoted (a forward): its own contact stays its contact."""
    quoted = "\n".join("> " + line if line else ">" for line in (_REPLY + _CONTACT).split("\n"))
    doc = checked("在 2024年5月21日 10:02，县教育局 <jyj@example.gov.cn> 写道：\n" + quoted + "\n")
    assert doc.contact is not None and list(doc.contact.phones) == ["0913-7654321"]


# --- reST, org and Textile marks (readers.light_markup) ---------------------------------------------


def test_rest_caret_underlines_an_escaped_strong_run_and_an_image_directive_leave() -> None:
    source = (
        _TITLE
        + "\n"
        + "#" * 40
        + "\n\n周某代表：\n\n您提出的\\ **关于改善乡村学校校车服务**\\ 的建议收悉，现答复如下：\n\n"
        "一、开行情况\n^^^^^^^^^^^^\n\n全县已开行校车四十二辆。\n\n二、下一步工作\n^^^^^^^^^^^^^^\n\n我局将新增校车线路六条。\n\n"
        ".. image:: media/seal.png\n   :width: 1.2in\n\n" + _END
    )
    doc = checked(source)
    _whole(doc)
    assert "^^^" not in doc.text and "image::" not in doc.text and "\\" not in doc.text and "###" not in doc.text


def test_a_line_of_tildes_and_a_backslash_in_a_text_without_rest_stay() -> None:
    """Guard: no directive, no `::` line, no escape beside a mark: a clerk's `~~~~~~` and `C:\\ ` stay."""
    doc = checked(_HEAD + "一、开行情况\n\n全县已开行校车四十二辆。\n~~~~~~\n路径为 C:\\ 校车\\ 台账。\n\n" + _END)
    assert "~~~~~~" in doc.text and "C:\\ 校车\\ 台账" in doc.text


def test_org_italics_line_breaks_and_a_table_without_rule_read_in_an_org_text() -> None:
    source = (
        "#+title: "
        + _TITLE
        + "\n#+options: toc:nil\n\n周某代表：\n\n您提出的关于改善乡村学校校车服务的建议收悉，现答复如下：\n\n"
        "* 一、开行情况\n全县已开行校车四十二辆。\n\n* 二、下一步工作\n/我局将新增校车线路六条。/\n\n"
        "特此答复。\n\n某县教育局\\\\\n2024年5月20日\n\n| 联系人 | 韩某 |\n| 联系电话 | 0913-7654321 |\n"
    )
    doc = checked(source)
    _whole(doc)
    assert doc.contact is not None and doc.contact.name == "韩某"
    assert "\\" not in doc.text and "/我局" not in doc.text


def test_slashes_between_words_and_figures_in_an_org_text_stay() -> None:
    """Guard: org's italics only at word edges: 元/人, 2024/5/20, 和/或 stay in an org text."""
    source = "#+title: " + _TITLE + "\n\n* 一、开行情况\n补助标准为300元/人，自2024/5/20起执行，由县和/或乡镇承担。\n"
    doc = checked(source)
    assert "300元/人" in doc.text and "2024/5/20" in doc.text and "和/或" in doc.text


def test_textile_block_signatures_with_alignment_and_class_leave() -> None:
    source = (
        "h2(title). " + _TITLE + "\n\n周某代表：\n\np. 您提出的关于改善乡村学校校车服务的建议收悉，现答复如下：\n\n"
        "h3. 一、开行情况\n\n全县已开行校车四十二辆。\n\nh3. 二、下一步工作\n\n我局将新增校车线路六条。\n\n"
        "特此答复。\n\np>. 某县教育局\n\np>. 2024年5月20日\n"
    )
    doc = checked(source)
    _whole(doc)
    assert "h3." not in doc.text and "p>." not in doc.text


def test_one_line_opening_like_a_textile_signature_stays() -> None:
    """Guard: one `p. ` line (a page reference) is no Textile text."""
    doc = checked(_HEAD + "一、开行情况\n\np. 12 列明了校车线路。\n\n" + _END)
    assert "p. 12 列明了校车线路。" in doc.text


# --- front matter's title, Typora's contents mark ---------------------------------------------------


def test_a_quoted_front_matter_title_the_text_does_not_repeat_is_the_title() -> None:
    source = (
        '---\nlayout: post\ntitle: "' + _TITLE + '"\ndate: 2024-05-20\n---\n\n[toc]\n\n' + _REPLY.split("\n\n", 1)[1]
    )
    doc = checked(source)
    _whole(doc)
    assert "[toc]" not in doc.text and "layout" not in doc.text


# --- OCRmyPDF's placeholder for a page it skipped ---------------------------------------------------


def test_ocrmypdfs_placeholder_for_skipped_pages_leaves_and_says_the_pages_text_is_missing() -> None:
    doc = checked("[OCR skipped on page(s) 1-2]\n\f" + _REPLY)
    _whole(doc)
    assert "OCR skipped" not in doc.text and "pages-without-text" in codes(doc)


def test_a_sentence_naming_the_placeholder_stays() -> None:
    """Guard: the placeholder inside a sentence is no placeholder."""
    doc = checked(_HEAD + "一、开行情况\n\n系统日志显示[OCR skipped on page(s) 2]，已重新扫描。\n\n" + _END)
    assert "[OCR skipped on page(s) 2]" in doc.text and "pages-without-text" not in codes(doc)


# --- an app's record left out by its shape alone, warned ------------------------------------------------


def test_onenotes_english_stamp_and_a_note_heads_author_line_are_warned_as_taken_out() -> None:
    stamp = checked(_TITLE + "\nMonday, May 20, 2024\n5:02 PM\n\n" + _REPLY.split("\n\n", 1)[1])
    assert "May 20" not in stamp.text and "text-repaired" in codes(stamp)
    head = checked("Created: 2024-05-20 17:02\nAuthor: 韩某\n\n" + _REPLY)
    assert "韩某" not in head.text and "text-repaired" in codes(head)
    assert any(w.message.startswith("app-record:") and "韩某" in w.message for w in head.warnings)


def test_a_note_heads_dates_and_addresses_alone_are_not_warned() -> None:
    """Guard: the app's bookkeeping (dates, a URL) says nothing a person wrote: no warning."""
    doc = checked("Created: 2024-05-20 17:02\nSource URL: https://jyj.example.gov.cn/a.html\n\n" + _REPLY)
    assert "text-repaired" not in codes(doc)


# --- WeChat's reprint card: its description names the account as one ----------------------------------


def test_a_reprint_card_over_a_title_opening_with_the_accounts_name_leaves_the_title() -> None:
    doc = checked("以下文章来源于某县教育局 ，作者某县教育局\n某县教育局.\n某县教育局" + _REPLY[2:])
    assert doc.header.title == "某县教育局" + _TITLE[2:]
    assert "以下文章来源于" not in doc.text


# --- an assistant's framing (rules.cleanup.assistant) -----------------------------------------------


def test_an_assistants_opening_and_offer_leave_the_text() -> None:
    source = "当然可以！以下是润色后的版本：\n\n" + _REPLY + "\n需要的话，我可以再帮你压缩篇幅。\n"
    doc = checked(source)
    _whole(doc)
    assert "润色后的版本" not in doc.text and "压缩篇幅" not in doc.text


def test_a_notice_and_a_reply_saying_as_follows_and_asking_to_be_told_are_untouched() -> None:
    """Guards: a notice's `现将…印发给你们，现就有关事项通知如下：`, a reply's `以下是我局的办理情况：` and
    `如需了解详情，请告诉我们。` are the documents' own."""
    notice = checked(
        "某县教育局关于做好校车安全管理工作的通知\n各学校：\n现将《校车安全管理办法》印发给你们，现就有关事项通知如下：\n"
        "一、落实责任\n各校要明确专人负责。\n某县教育局\n2024年5月20日\n"
    )
    assert notice.header.title == "某县教育局关于做好校车安全管理工作的通知"
    assert list(notice.header.recipients) == ["各学校"]
    assert notice.sections and notice.sections[0].title == "落实责任"
    # (review19 V1: a notice whose opening names a 整理 work, a reply acknowledging an 优化 proposal)
    tidy = checked(
        "某县档案馆关于做好文书档案整理归档工作的通知\n各单位：\n为进一步做好文件整理归档工作，现将有关事项通知如下：\n"
        "一、归档范围\n2023年度形成的文件。\n某县档案馆\n2024年5月20日\n"
    )
    assert tidy.header.title == "某县档案馆关于做好文书档案整理归档工作的通知" and list(tidy.header.recipients) == [
        "各单位"
    ]
    draft = checked(
        "关于《某县校车安全管理办法（草案）》的说明\n各位委员：\n我受县政府委托，现将《某县校车安全管理办法（草案）》"
        "起草的有关情况说明如下：\n一、关于制定办法的必要性\n校车安全事关学生生命安全。\n"
    )
    assert draft.header.title == "关于《某县校车安全管理办法（草案）》的说明" and "起草的有关情况" in draft.text
    # (review19 V1, third shape: a mailbox answer's own title and 网友： above its 现为您整理如下：)
    mailbox = checked(
        "关于咨询校车补助政策的回复\n网友：\n您好！您咨询的校车补助政策，现为您整理如下：\n"
        "关于做好校车服务工作的通知（某教发〔2023〕5号）规定，补助标准为每生每年三百元。\n感谢您的来信。\n"
        "某县教育局\n2024年5月20日\n"
    )
    assert mailbox.header.title == "关于咨询校车补助政策的回复" and list(mailbox.header.recipients) == ["网友"]
    better = checked(_REPLY.replace("关于改善乡村学校校车服务的建议收悉", "关于优化校车线路的建议收悉"))
    _whole(better)
    reply = checked(_REPLY.replace("现答复如下：", "以下是我局的办理情况：") + "如需了解详情，请告诉我们。\n")
    assert "以下是我局的办理情况：" in reply.text and "请告诉我们" in reply.text


def test_an_assistants_disclaimer_of_its_draft_leaves_the_text() -> None:
    source = (
        "好的，下面是为你拟写的答复：\n\n" + _REPLY + _CONTACT + "\n提示：上述范文仅供参考，具体数据请以实际为准。\n"
    )
    doc = checked(source)
    _whole(doc)
    assert "仅供参考" not in doc.text and "拟写的答复" not in doc.text


def test_a_mailbox_answers_opening_for_its_steps_and_a_minutes_agenda_are_untouched() -> None:
    """Guards (the neighbouring genres): a mailbox answer opening `网友您好！以下是为您整理的办理流程：` over its
    steps, and a 纪要 whose agenda is quoted with clock times, keep every line."""
    answer = checked(
        "网友您好！以下是为您整理的办理流程：\n1. 登录县政务服务网；\n2. 提交校车线路申请；\n3. 等待审核结果。\n"
        "某县教育局\n2024年5月20日\n"
    )
    assert "以下是为您整理的办理流程：" in answer.text
    minutes = checked(
        "县教育局校车工作专题会议纪要\n以下为会议议程：\n9:00 通报校车运行情况\n9:30 研究新增线路\n"
        "会议议定：新增校车线路六条。\n某县教育局办公室\n2024年5月20日\n"
    )
    assert "以下为会议议程：" in minutes.text and "9:30 研究新增线路" in minutes.text


def test_markdown_code_fences_around_a_document_leave() -> None:
    doc = checked("```markdown\n" + _REPLY + "```\n")
    _whole(doc)
    assert "```" not in doc.text


def test_a_closing_asking_to_be_told_is_a_closing() -> None:
    doc = checked(_HEAD + _BODY + "感谢您的关心。如有意见，请及时告知我局。\n\n某县教育局\n\n2024年5月20日\n")
    assert doc.closing is not None and doc.closing.text == "感谢您的关心。如有意见，请及时告知我局。"


# --- crawler records in other shapes (readers.records) ---------------------------------------------------


def _lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line]


def test_tikas_json_record_with_a_long_metadata_head_reads_its_content() -> None:
    meta = ",".join(f'"meta:key-{k}":"value number {k} of the file metadata"' for k in range(14))
    source = '[{"Content-Type":"application/pdf",' + meta + ',"X-TIKA:content":"' + "\\n".join(_lines(_REPLY)) + '"}]'
    doc = checked(source)
    _whole(doc)
    assert "meta:key" not in doc.text


def test_a_json_record_whose_text_is_a_list_of_lines_reads_them() -> None:
    items = ",".join(f'"{line}"' for line in _lines(_REPLY)[1:])
    doc = checked('{"title": "' + _TITLE + '", "lines": [' + items + '], "site": "jyj"}')
    _whole(doc)


def test_a_csv_exports_row_with_its_text_in_a_body_column_reads_it() -> None:
    doc = checked(
        "标题,正文,链接\n" + _TITLE + ',"' + _REPLY.split("\n\n", 1)[1] + '",https://jyj.example.gov.cn/a.html\n'
    )
    _whole(doc)
    assert "https://" not in doc.text


def test_a_csv_export_of_several_rows_stays_as_written() -> None:
    """Guard: two rows are two pages, no one document: nothing is read as a record."""
    source = 'title,content\n甲,"' + "全县已开行校车四十二辆。" * 6 + '"\n乙,"' + "我局将新增校车线路六条。" * 6 + '"\n'
    doc = checked(source)
    assert "title,content" in doc.text


def test_an_rss_items_description_in_cdata_reads_as_the_document() -> None:
    source = (
        "<rss><channel><item>\n<title>" + _TITLE + "</title>\n<link>https://jyj.example.gov.cn/a.html</link>\n"
        "<description><![CDATA[" + _REPLY.split("\n\n", 1)[1] + "]]></description>\n</item></channel></rss>\n"
    )
    doc = checked(source)
    _whole(doc)
    assert "CDATA" not in doc.text and "<link>" not in doc.text


def test_a_printed_python_item_with_its_title_first_reads_as_the_document() -> None:
    body = "\\n".join(_lines(_REPLY)[1:])
    doc = checked(
        "{'title': '" + _TITLE + "',\n 'body': '" + body + "',\n 'url': 'https://jyj.example.gov.cn/a.html'}\n"
    )
    _whole(doc)
    assert "'url'" not in doc.text


# --- a word processor's comments listed under its text export (readers.doc_comments) ----------------


def test_google_docs_comment_anchors_and_their_list_leave_warned() -> None:
    source = (
        _REPLY.replace("四十二辆。", "四十二辆[a]。").replace("六条。", "六条[b]。")
        + "\n[a]核对数字\n[b]线路名称补全\n"
    )
    doc = checked(source)
    _whole(doc)
    assert "[a]" not in doc.text and "核对数字" not in doc.text and "comments-dropped" in codes(doc)


def test_bracketed_letters_a_document_lists_at_its_end_without_anchors_stay() -> None:
    """Guard: `[a]…` lines under the text with no anchor of theirs above are the document's own list."""
    doc = checked(_REPLY + "\n[a]校车线路表\n[b]校车安全制度\n")
    assert "[a]校车线路表" in doc.text and "comments-dropped" not in codes(doc)
