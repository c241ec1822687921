"""diffread-C's findings on conv19's code (/work/coord/reports/diffread-C.md), each tested on a NEW example
of its cause (not the repro's text; each cause test fails on main 8de6497 before the fix), with guards that
the case the code was written for still reads (tests/test_conv19_causes.py and tests/test_probes_19_conv.py
keep theirs)."""

from __future__ import annotations

from tests.probing import checked

# --- C1 / C11: an assistant's framing is dropped only on two marks of a chat transcript ------------------

_ORGAN = "某县医疗保障局"
_DATE = "2024年7月8日"


def test_a_mailbox_answer_greeted_with_a_tidied_list_and_a_for_reference_line_keeps_every_line() -> None:
    """C1: `市民朋友您好！` over `…现为您整理如下：` over a cited notice, then the answer's own
    `以上信息仅供参考…` and its closing and 落款: one opening under a greeting is no chat's mark, and the
    answer's disclaimer is no assistant's; nothing leaves."""
    doc = checked(
        "市民朋友您好！\n您咨询的门诊慢特病待遇，现为您整理如下：\n《关于做好门诊慢特病保障工作的通知》明确：\n"
        "一、认定条件\n经二级以上定点医院确诊的参保人员。\n二、报销比例\n职工医保报销比例为百分之七十五。\n"
        "以上内容仅供参考，具体以医保经办机构认定为准。\n感谢您对医保工作的支持！\n" + _ORGAN + "\n" + _DATE + "\n"
    )
    assert doc.signature is not None and doc.signature.date == "2024-07-08"
    assert list(doc.signature.issuers) == [_ORGAN]
    for kept in ("现为您整理如下", "以上内容仅供参考", "感谢您对医保工作的支持"):
        assert kept in doc.text


def test_a_mailbox_answer_greeting_its_writer_by_name_keeps_the_addressee_and_its_opening() -> None:
    """C1 (dr-C-1c's shape, a new text): `尊敬的李女士：您好！` over `…现为您整理相关政策如下：` over a cited
    细则's title: the addressee stays an addressee, the opening and the cited title stay text."""
    doc = checked(
        "尊敬的李女士：您好！\n您反映的职工医保个人账户家庭共济问题，现为您整理相关政策如下：\n"
        "关于某县职工医保个人账户家庭共济的实施办法\n一、共济范围\n参保职工的配偶、父母和子女。\n"
        "感谢您的来信！\n" + _ORGAN + "\n" + _DATE + "\n"
    )
    assert list(doc.header.recipients) == ["李女士"]
    assert "现为您整理相关政策如下" in doc.text
    assert doc.signature is not None and list(doc.signature.issuers) == [_ORGAN]


def test_an_assistants_draft_keeps_its_own_contact_line_and_signature_under_the_organs_we() -> None:
    """C11: the drafted reply's own `如需进一步了解，可随时联系我委…` (我委, the organ) is no assistant's offer; the
    assistant's offer is the last line, under the 落款's date."""
    doc = checked(
        "好的，以下是根据您提供的材料起草的答复：\n关于调整公办幼儿园保教费的答复\n刘先生：\n"
        "您好！您反映的公办幼儿园保教费问题收悉，现答复如下：\n经核实，本次调整已履行成本监审和听证程序。\n"
        "如需进一步了解，可随时联系我委价格管理科。\n某县发展和改革委员会\n"
        + _DATE
        + "\n如需调整措辞，请随时告诉我。\n"
    )
    assert doc.header.title == "关于调整公办幼儿园保教费的答复"
    assert doc.signature is not None and list(doc.signature.issuers) == ["某县发展和改革委员会"]
    assert doc.signature.date == "2024-07-08"
    assert "随时联系我委价格管理科" in doc.text
    assert "起草的答复" not in doc.text and "调整措辞" not in doc.text


def test_an_assistants_answer_with_role_labels_and_an_offer_still_leaves_the_chat() -> None:
    """Guard (the case the rule is for): `用户：` over the request, `助手：` over the opening, the reply,
    and the offer speaking as 我 under the 落款: the chat's lines leave, the reply reads whole."""
    doc = checked(
        "用户：\n帮我写一份关于公交站台迁移的答复\n助手：\n以下是为您起草的答复：\n关于迁移城南公交站台问题的答复\n"
        "赵女士：\n您反映的城南公交站台迁移问题收悉，现答复如下：\n站台将于八月底前迁至原址南侧五十米处。\n"
        "某县交通运输局\n" + _DATE + "\n如果需要，我可以再压缩篇幅。\n"
    )
    assert doc.header.title == "关于迁移城南公交站台问题的答复"
    assert list(doc.header.recipients) == ["赵女士"]
    assert doc.signature is not None and list(doc.signature.issuers) == ["某县交通运输局"]
    for gone in ("用户", "帮我写", "助手", "为您起草", "压缩篇幅"):
        assert gone not in doc.text


def test_an_opening_at_the_top_with_a_reply_of_our_own_contact_sentence_is_one_mark_and_stays() -> None:
    """Guard: a mailbox answer opening `以下是为您整理的办理指南：` at the very top, whose last sentence is
    its own `如需帮助，请随时联系我们。`: one mark only (no offer speaking as 我), so every line stays."""
    doc = checked(
        "以下是为您整理的办理指南：\n关于办理医保异地就医备案的指南\n一、备案方式\n通过国家医保服务平台申请。\n"
        "如需帮助，请随时联系我们。\n" + _ORGAN + "\n" + _DATE + "\n"
    )
    assert "以下是为您整理的办理指南" in doc.text and "请随时联系我们" in doc.text


# --- C5: one decision on a comments' list, in the reader; C8: a document's own notes under 注释： -------

_NOTICE = (
    "关于2024年第二季度全县财政收支情况的通报\n各乡镇人民政府，县直各单位：\n"
    "二季度全县一般公共预算收入完成八点六亿元[a]，同比增长百分之四[b]。\n"
    "各单位要严格执行预算，确保收支平衡。\n某县财政局\n2024年7月15日\n"
)


def test_comments_under_a_web_copy_opening_with_a_bracketed_row_leave_with_a_warning() -> None:
    """C5: a text opening with `[ 发文字号 ]` (a bracketed information row) carrying a comments' list: the
    reader drops the list, so the warning says so (it was asked only where the text opened with no `[`)."""
    from tests.probing import codes

    doc = checked("[ 发文字号 ] 某财〔2024〕18号\n" + _NOTICE + "[a]请核对收入口径。\n[b]增速保留一位小数。\n")
    assert "请核对收入口径" not in doc.text
    assert "comments-dropped" in codes(doc)


def test_a_csv_records_cell_ending_with_lettered_lines_keeps_them_without_a_comments_warning() -> None:
    """C5 (inverse): in a CSV export's row the reader reads the record and keeps the `[a]…` lines of its
    cell; no `comments-dropped` warning says otherwise."""
    from tests.probing import codes

    body = _NOTICE.split("\n", 1)[1] + "[a]请核对收入口径。\n[b]增速保留一位小数。"
    doc = checked('标题,正文\n关于2024年第二季度全县财政收支情况的通报,"' + body + '"\n')
    assert "comments-dropped" not in codes(doc)


def test_a_bulletins_own_notes_under_a_notes_label_stay_with_their_anchors() -> None:
    """C8: a 统计公报's notes under `注：` (`[a]…`, `[b]…`, their anchors in its text) are the document's,
    not a reviewer's: they stay, with no `comments-dropped` warning."""
    from tests.probing import codes

    doc = checked(
        "某县2023年国民经济和社会发展统计公报\n某县统计局\n2024年3月20日\n一、综合\n"
        "全年全县规模以上工业增加值[a]增长百分之六点二，固定资产投资[b]增长百分之三点一。\n"
        "注：\n[a]规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。\n"
        "[b]固定资产投资统计起点为计划总投资500万元及以上的项目。\n"
    )
    assert "comments-dropped" not in codes(doc)
    assert "统计范围为年主营业务收入" in doc.text and "统计起点为计划总投资" in doc.text
