"""Causes of diffread-A's findings on session 19's noise rules (/work/coord/reports/diffread-A.md),
each tested on a NEW example of the cause (each failed on main 07c15af before its fix), with a guard
that the case the rule was written for still reads as it did."""

from __future__ import annotations

import govdoc
from tests.probing import checked, codes, squashed
from tests.test_growth import MAX_STEP, lines_run

_HEAD = "关于开放社区卫生服务中心预约挂号服务的通知\n各社区居委会：\n为方便居民就医，现将有关事项通知如下：\n"
_END = "特此通知。\n某区卫生健康局\n2024年7月8日\n"


def _in_text(doc: govdoc.Document, line: str) -> bool:
    return squashed(line) in squashed(doc.text)


# --- A3, A5: app prompts beside a page's furniture; one sweep (cleanup.furniture._app_prompts) ---------


def test_a_notices_app_steps_beside_a_page_number_or_blank_lines_stay() -> None:
    """A3: a page number (`-3-`) or a blank line is no site's chrome: the step above it (`下载客户端`)
    and the one under it (`打开客户端查看办理进度`) are the notice's steps, kept."""
    steps = "居民可按以下步骤预约：\n下载客户端\n-3-\n打开客户端查看办理进度\n按提示选择科室并确认。\n"
    doc = checked(_HEAD + steps + _END)
    assert _in_text(doc, "下载客户端") and _in_text(doc, "打开客户端查看办理进度")
    spaced = "居民可按以下步骤预约：\n\n下载客户端\n\n打开客户端查看办理进度\n\n按提示选择科室并确认。\n\n"
    doc = checked(_HEAD + spaced + _END)
    assert _in_text(doc, "下载客户端") and _in_text(doc, "打开客户端查看办理进度")


def test_app_prompts_beside_site_chrome_or_at_the_edge_still_leave() -> None:
    """A3 guard: beside a site's row (阅读全文, 返回顶部), also across a blank line, and at the text's
    edge, the prompts and the prompts beside them are the page's."""
    body = "一、预约方式\n居民可通过电话预约。\n阅读全文\n\n打开APP查看全文\nAPP内打开\n二、就诊时间\n每日8时至17时。\n"
    tail = "返回顶部\n\n下载客户端\n"
    doc = checked("打开APP，阅读体验更佳\n" + _HEAD + body + _END + tail)
    for line in ("打开APP，阅读体验更佳", "打开APP查看全文", "APP内打开", "下载客户端"):
        assert not _in_text(doc, line), line
    assert doc.header.title == "关于开放社区卫生服务中心预约挂号服务的通知"


def _prompt_run(n: int) -> str:
    """A notice with a site's row over `n` pairs of alternating app prompts (no two equal in a row)."""
    return _HEAD + "居民可通过电话预约。\n返回顶部\n" + "下载客户端\n打开APP\n" * n + "每日8时至17时接诊。\n" + _END


def test_a_long_run_of_app_prompts_is_read_in_linear_time() -> None:
    """A5: the walk repeated over every prompt left until none more was taken, one more per round: a
    run of N prompts cost N rounds of N. Counted as tests/test_growth does, not timed."""
    texts = _prompt_run(100), _prompt_run(400)
    for text in texts:
        govdoc.parse_text(text)
    small, large = (lines_run(text)["furniture_and_chrome"] for text in texts)
    step = large / small / (len(texts[1]) / len(texts[0]))
    assert step <= MAX_STEP, f"furniture_and_chrome runs {step:.2f}x the lines per character"
    doc = checked(_prompt_run(3))
    assert "打开APP" not in doc.text and "下载客户端" not in doc.text


# --- A4: a sidebar's 热门/热点/最新 list label only under the running text (patterns.chrome EDGE_CHROME) ----


_BULLETIN = (
    "某区农业农村信息\n第12期\n某区农业农村局办公室　　2024年9月2日\n{first}\n"
    "秋粮收购工作有序推进\n8月以来，全区累计收购秋粮3.2万吨，较去年同期增长6%。\n"
    "{second}\n区农业农村局召开秋收安全生产会议\n8月28日，区农业农村局召开会议，部署秋收期间农机安全工作。\n"
    "报：区委、区政府\n发：各镇（街道）农业农村办\n"
)


def test_a_bulletins_latest_news_column_and_its_headline_stay() -> None:
    """A4: `最新资讯` and `热门推荐` head a 简报's columns (first or after its first item): each heading
    and the headline under it are the bulletin's, with no web page around them."""
    for first, second in (("工作动态", "最新资讯"), ("热门推荐", "工作动态")):
        doc = checked(_BULLETIN.format(first=first, second=second))
        for line in (first, second, "秋粮收购工作有序推进", "区农业农村局召开秋收安全生产会议"):
            assert _in_text(doc, line), (first, line)


def test_a_sidebars_hot_list_under_the_notice_still_leaves() -> None:
    """A4 guard: under the notice's 落款, `热门资讯` and `最新更新` with their titles are the page's."""
    tail = "热门资讯\n区卫生健康局召开夏季爱国卫生运动推进会\n最新更新\n关于公布2024年家庭医生签约服务团队的通知\n"
    doc = checked(_HEAD + "居民可通过电话预约。\n" + _END + tail)
    for line in tail.splitlines():
        assert not _in_text(doc, line), line
    assert codes(doc) == []


# --- A10: a closing formula whose head (以上答复, 本复函) the width left on the line above (rules.joins) ---


def _wrapped_reply(tail: str) -> str:
    """A reply hard-wrapped at 22 characters, its last paragraph's lines ending in `tail`."""
    return (
        "关于市人大十五届二次会议第77号建议的答复\n王某代表：\n"
        "您提出的关于增设公交夜班线路的建议收悉，现\n答复如下：\n"
        "今年我局已新开通夜班公交线路4条，覆盖主要\n商圈和医院。再次感谢您的关心和支持。本复函\n"
        f"{tail}"
        "某市交通运输局\n2024年5月30日\n"
    )


def test_a_formula_cut_after_the_answer_named_joins_its_sentence() -> None:
    """A10: `…支持。本复函` ⏎ `如有不当，请批评指正。`: the width cut one sentence after its head; the
    line under it is its rest, not a formula of its own."""
    doc = checked(_wrapped_reply("如有不当，请批评指正。\n"))
    texts = [p.text for p in doc.preamble] + [p.text for x in doc.iter_sections() for p in x.paragraphs]
    texts.append(doc.closing.text if doc.closing else "")
    assert any(t.endswith("本复函如有不当，请批评指正。") for t in texts), texts
    assert not any(t.endswith("本复函") for t in texts), texts


def test_a_formula_alone_under_a_line_ending_on_a_word_stays_the_closing() -> None:
    """A10 guard: `此复。` under a list line of no formula's head stays the closing (noise19's cause)."""
    body = "今年新开通夜班公交线路两条：\n1路：火车站至市第一人民医院\n2路：高铁站至万达广场\n"
    doc = checked(
        "关于市人大十五届二次会议第77号建议的答复\n王某代表：\n您提出的建议收悉，现答复如下：\n"
        + body
        + "此复。\n某市交通运输局\n2024年5月30日\n"
    )
    assert doc.closing is not None and doc.closing.text == "此复。"


# --- A6: lines whole at a GBK export's byte width (readers.text._byte_width_joined) -------------------


def _gbk_cut(text: str, width: int) -> bytes:
    """`text` in GBK, CR LF after every `width` bytes of each line, inside a character where it falls."""
    out: list[bytes] = []
    for line in text.split("\n"):
        raw = line.encode("gbk")
        out.extend(raw[i : i + width] for i in range(0, len(raw), width)) if raw else out.append(b"")
    return b"\r\n".join(out)


_FIRE = [
    "关于加强全县秋冬季森林防火工作的通知",  # 18 Han: 36 bytes, the export's width
    "各乡镇人民政府，县直各有关单位：",
    "秋冬季是森林火灾高发期，为切实做好2024年度森林防火工作，现将有关事项通知如下：",
    "（一）全面落实森林防火各级领导责任制",  # 36 bytes too
    "各乡镇要落实行政首长负责制，层层签订责任书，确保责任落实到山头地块。",
    "（二）加强巡查",
    "全县320名护林员要加强日常巡查，发现火情及时报告。",
    "某县人民政府办公室",
    "2024年10月8日",
]


def test_a_title_and_a_heading_of_exactly_the_byte_width_stay_whole() -> None:
    """A6: in a GBK export cut at 36 bytes, the title and the heading `（一）…` fill the width exactly and
    end there: the title is not run into the 主送, nor the heading into its paragraph."""
    doc = govdoc.parse(_gbk_cut("\n".join(_FIRE) + "\n", 36), format="txt")
    assert doc.header.title == _FIRE[0]
    assert list(doc.header.recipients) == ["各乡镇人民政府", "县直各有关单位"]
    assert [(x.marker, x.title) for x in doc.iter_sections()][:2] == [
        ("（一）", "全面落实森林防火各级领导责任制"),
        ("（二）", "加强巡查"),
    ]
    assert _FIRE[2] in doc.text and _FIRE[6] in doc.text  # the cut sentences joined whole


def test_a_sentence_cut_at_the_byte_width_still_joins() -> None:
    """A6 guard: the body lines the export cut at 36 bytes (between characters, no stop) join again."""
    doc = govdoc.parse(_gbk_cut("\n".join(_FIRE) + "\n", 36), format="txt")
    assert _FIRE[4] in doc.text
    assert "page-break-joined" in codes(doc)


# --- A7: a run of equal lines is no scraper's doubling unless it is made of pairs (cleanup.repeats) ----


def test_a_sign_in_sheets_empty_rows_written_once_stay() -> None:
    """A7: a sign-in sheet's seven equal empty rows (`单位：　　姓名：　　电话：`) are the form's own: a
    run of odd length is no line written twice, so nothing is dropped or warned as doubled."""
    rows = "单位：　　姓名：　　电话：\n" * 7
    doc = checked("专题培训会签到表\n培训时间：2024年7月8日\n" + rows)
    assert "repeat-dropped" not in codes(doc)
    assert doc.text.count("姓名：") == 7


def test_a_doubled_text_with_its_own_two_equal_lines_reads_them_twice() -> None:
    """A7 guard: a scraper's doubling still reads once; a document's own two equal lines (A A, doubled
    to A A A A) stay two, pair by pair."""
    once = (_HEAD + "一、预约方式\n电话预约\n电话预约\n二、就诊时间\n每日8时至17时。\n" + _END).splitlines()
    doc = checked("\n".join(line for line in once for _ in (0, 1)))
    assert codes(doc) == ["repeat-dropped"]
    assert doc.text.count("电话预约") == 2 and doc.text.count("每日8时至17时。") == 1


# --- A11: 锟斤拷 named in quotation marks (rules.mojibake) ----------------------------------------------


_SMS = (
    "关于网友反映缴费短信出现异常字符的回复\n网友：\n"
    "您好！您反映的水费缴费短信中出现「锟斤拷锟斤拷」字样的问题，经核查，系短信平台编码转换错误所致，现已修复。\n"
    "{line}"
    "某县自来水公司\n2024年6月3日\n"
)


def test_lost_characters_named_in_quotation_marks_are_no_mojibake() -> None:
    """A11: a reply that quotes the garbled characters a citizen saw (「锟斤拷锟斤拷」) speaks of them: no
    `mojibake-suspected` warning."""
    doc = checked(_SMS.format(line=""))
    assert "mojibake-suspected" not in codes(doc)


def test_lost_characters_among_the_words_are_still_warned() -> None:
    """A11 guard: in the same reply, a line where 锟斤拷 stands for a lost figure is still warned."""
    doc = checked(_SMS.format(line="本月共补发缴费短信锟斤拷条。\n"))
    assert "mojibake-suspected" in codes(doc)
