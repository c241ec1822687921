"""What a line near the header is, for `rules/header.py`: body text, a line that may stand
between the title and the body (`is_headerish`), a row of the page's 键：值 table, and the
zone of a header line that is neither title nor 主送 (文号, metadata, 发文机关标志, chrome).
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from govdoc import patterns as P
from govdoc.fields.kind import kind_suffix
from govdoc.fields.metadata import ends_on_bare_label, is_bare_label, is_label, key_of
from govdoc.rules import lines as L
from govdoc.rules.lines.guards import Opening
from govdoc.state import Block, Zone


def body_like(b: Block) -> bool:
    """A sentence of some length, or a long line under a section marker: the body has begun."""
    f = b.folded
    return (len(f) >= 40 and "。" in f) or (len(f) > 30 and L.section_marker(b) is not None)  # the line's own, kept


def text_begun(b: Block) -> bool:
    """`body_like` read loosely, under a page's form where the rows are short (a mailbox reply's 信件标题：…,
    `reply_fields`): any sentence's stop, any section marker, or a line longer than a form's row (its
    label and value) says the text has begun, as the rows hold none of them."""
    f = b.folded
    return len(f) > _FORM_ROW or any(stop in f for stop in "。!?") or L.section_marker(b) is not None


_FORM_ROW = 40  # a form's row (label and value) is shorter; a longer line is the text's


def is_headerish(b: Block) -> bool:
    """Lines that may stand between the title and the body without being body: the 文号, 签发人,
    密级 and 紧急程度, a short note, a subtitle under a dash (a report's `——在…会议上`, a reply's
    `——关于…的提案办理情况`: taken for the title, it left the title above it unplaced), a speaker, and the
    版头 of minutes (第12期, and the issuing organ beside its date).

    Each pattern is asked only of a line that can hold it (its length, a word it needs; the
    ties are tested): most lines asked are a title's, which none of them matches. The date class
    (`lines.date_class`) has its own such test."""
    f = b.folded
    n = len(f)
    return (
        L.is_signer_line(b)
        or (n <= _NOTE_MAX and f[:1] in _NOTE_OPENS and bool(P.NOTE_LINE.match(f)))
        or (n <= _MARK_MAX and L.holds_mark_word(f) and bool(P.SECURITY.match(f) or P.URGENCY.match(f)))
        or ("期" in f and bool(P.ISSUE_NUMBER_LINE.match(f)))
        or (f[:1] == "-" and n <= 80 and _subtitle(f))
        or (n <= _SPEAKER_MAX and _names_a_post(f) and bool(P.SPEAKER_LINE.match(f)) and not _ends_on_a_type(f))
        or L.is_doc_number_line(b)
        or is_case_number_line(b)
        or L.is_organ_date_line(b)
    )


def _subtitle(f: str) -> bool:
    """A 副标题 under a dash (`f` folded): a speech's (`——在…会议上的讲话`), or any naming what the title covers
    (`——关于…的提案办理情况`); one ending on a document's type (`——对…第0166号提案的答复` under a headline) is the
    title's own last line, the type it names."""
    return P.SPEECH_SUBTITLE.match(f) is not None or (P.SUBTITLE_LINE.match(f) is not None and not L.ends_with_kind(f))


_SERIAL_MAX = 24  # SERIAL_LINE: brackets, a year, 第, eight digits and 号, spaces between


def serial_under_type(live: list[Block], i: int) -> bool:
    """The 序号 of a 公告, 通告 or 令 (第12号), or a 纪要's issue (第5期), on its own line right under the
    line naming the type (its title, or the 令's head over a regulation it promulgates): a header
    line, where a 发文字号 stands in other documents (schema 1.8's `header.serial`), not the body's
    first paragraph."""
    f = live[i].folded.strip()
    if i == 0 or len(f) > _SERIAL_MAX or not ("号" in f or "期" in f or "次" in f):
        return False
    m = P.SERIAL_LINE.match(f)
    kind = P.SERIAL_TYPE_END.search(live[i - 1].folded.rstrip()) if m else None
    return m is not None and kind is not None and m.group("unit") in P.SERIAL_UNIT[kind.group()]


_ISSUE_TITLE_REACH = 3  # lines a 简报's title may stand below the top (a 内部资料 mark, an organ over it)
_ISSUE_TITLES = ("信息", "动态", "快报")  # a 简报's names the title shapes do not know (工作简报 they do)


def issue_title(live: list[Block], limit: int) -> list[Block]:
    """A 简报's title under another name (某区政务信息, 教育工作动态, 信息快报) right over its issue (第12期, a
    `serial_under_type` line): the issue is the evidence, since a line ending in 信息 alone is no title
    (相关信息). [] where the top holds none."""
    for i in range(min(limit - 1, _ISSUE_TITLE_REACH)):
        f = live[i].folded.rstrip()
        if f.endswith(_ISSUE_TITLES) and L.is_title_like(live[i]) and serial_under_type(live, i + 1):
            return [live[i]]
    return []


_CASE_NUMBER_MAX = 30  # CASE_NUMBER_LINE: the year's brackets, a code of twelve, a serial of six, 号之十一


def is_case_number_line(b: Block) -> bool:
    """A number of the courts' style under a 司法建议书's title (`（2024）江06司建3号`): no 发文字号
    (its year stands first, before the code), but a header line where a 文号 stands."""
    f = b.folded
    return f[:1] == "(" and len(f) <= _CASE_NUMBER_MAX and "号" in f and bool(P.CASE_NUMBER_LINE.match(f))


_NOTE_MAX = 24  # a short note in brackets; longer ones are the body's
_MARK_MAX = 17  # the longest SECURITY (【秘密★ and twelve more】) or URGENCY line
_SPEAKER_MAX = 41  # SPEAKER_LINE: thirty characters, the longest post (秘书长), a gap of four, a name of four


_NOTE_OPENS = "(【〔"  # NOTE_LINE's opening brackets (an empty line is asked as before: it matches nothing)


def _ends_on_a_type(f: str) -> bool:
    """The line ends on a document type of two characters or more (纪要, 会议纪要, 通知): a title naming a
    meeting by its chair's post (某市人大常委会主任会议纪要, 某局局长会议纪要), whose last four characters
    SPEAKER_LINE would take for the speaker's name. No name ends on a type's word."""
    m = kind_suffix(f.rstrip())
    return m is not None and len(m.group("s")) >= 2


def _names_a_post(f: str) -> bool:
    """The line holds one of `patterns.SPEAKER_POST_WORDS` (长, 主, 书记; tests/test_rule_speed.py ties
    them). Written out: a generator over the words under `any` cost more than the scans."""
    return "长" in f or "主" in f or "书记" in f


def header_zone(b: Block, live: list[Block], i: int) -> Zone:
    if L.is_doc_number_line(b):
        return Zone.DOC_NUMBER
    if is_metadata(live, i):
        return Zone.METADATA
    f = b.folded
    if (
        L.issuer_mark(f)
        or stands_over_number(live, i)
        or _stands_over_wenjian(live, i)
        or (b.hints.red and L.is_organ_line(b) and not P.LIST_LEAD.match(b.folded))  # a red list item is a value
    ):
        return Zone.ISSUER
    return Zone.HEADER


_GROUP_LABEL = 6  # the longest caption of a form's group of rows (基本信息, 办理情况, 建议人信息)


def grouped_row(cells: tuple[str, ...]) -> bool:
    """A row of a form's table that sets its label/value pairs after a group column: a caption spanning
    rows (基本信息, merged down: empty in the rows under its first) and then pairs opening with a known
    label (`基本信息 | 建议编号 | 0152 | 领衔代表 | 孙立新`, ` | 办理单位 | 某区住建局`). The caption is
    no label of the table, so the row does not open with one; its pairs are the table's all the same."""
    if len(cells) < 3 or len(cells) % 2 == 0:
        return False
    group = cells[0].strip()
    if len(group) > _GROUP_LABEL or ":" in group or "：" in group or (len(cells) < 5 and group):
        return False  # a caption shows over two pairs at least; under it, the merged cell is empty
    labels, values = cells[1::2], cells[2::2]
    # every label a known one, no value one: a data table's head (序号 | 名称 | 地点) is no form's row
    return all(is_label(c.strip()) for c in labels) and not any(is_label(c.strip()) for c in values)


_LONE_PAGE_LABEL = Opening(P.LONE_PAGE_LABEL)  # (a page's own label opens the line: rules/lines/guards.py)


def is_metadata(live: list[Block], i: int) -> bool:
    """A 键：值 line, a label-table row, or the value standing under a bare label (`索引号：` / `…`)."""
    b = live[i]
    if L.is_key_value(b) or L.is_pipe_table(b):
        return True
    if b.cells is not None and grouped_row(b.cells):
        # a row under the caption's merged cell (empty) goes on a grouped row above it: a data table's
        # head with an empty corner cell (` | 内容 | 要求`) right under the 主送 is none
        return bool(b.cells[0].strip()) or (i > 0 and is_metadata(live, i - 1))
    if is_bare_label(b.text):
        # A table laid out one cell per line (`索引号` / `0012-2024-3` / `发布机构` / …): a label
        # alone on its line is a row of it where another label stands within a cell or two.
        near = [live[j] for j in range(max(0, i - 3), min(len(live), i + 4)) if j != i]
        return any(is_bare_label(r.text) or L.is_key_value(r) for r in near)
    if L.is_glued_label_row(b):
        # Among other label rows, a label glued to its value is a row of the same table.
        rows = [live[j] for j in (i - 1, i + 1) if 0 <= j < len(live)]
        return any(L.is_key_value(r) or L.is_glued_label_row(r) for r in rows)
    if _LONE_PAGE_LABEL.match(b.folded.strip()):
        return False  # the page's own label (来源) after an empty cell is no value of that cell
    if i == 0 or not waits_for_value(live[i - 1]):
        return False
    # A value under its label is short, unless the table's rows go on after it: a long one (a
    # proposal's 内容) then still stands inside the table, not in the body.
    return len(b.folded) <= 80 or (i + 1 < len(live) and L.is_key_value(live[i + 1]) and ":" in live[i + 1].folded)


@L.per_line
def waits_for_value(b: Block) -> bool:
    """The line ends on a label whose value is on the next line (`索引号：`): its labels are parsed
    once, however often the lines under it are asked about."""
    return ends_on_bare_label(b.text)


def pre_title_zone(live: list[Block], i: int, other: Zone, title: str) -> Zone:
    """Above the title only header elements stand (红头, 文号, 签发人, 密级, 类别, a 键：值 table).

    Anything else is header text that stays in `Document.text` (where no element holds it,
    `content-unplaced` says so), unless `other` is CHROME (a web page or text: most text is saved
    from web pages) and the line is recognisably the page's: the headline shown again, or a line
    of `patterns.PAGE_TOP_CHROME` (the toolbar, the site's name or greeting, today's date with
    its weekday) or of breadcrumbs. A line nothing recognises (a cell of the page's table, the
    proposal's title, a note) is no chrome just for standing there: dropping it lost data.
    `title` is the title's folded text without its spaces, made once for all the lines above it.
    """
    b = live[i]
    if L.ends_with_kind(b.folded) and L.is_title_like(b) and not _category_note(b.folded):
        # the page's headline over the document's own title, or a title of its own (the proposal's);
        # not a mark that states the category (B类答复); the title again under the information
        # table's bare 标题 label (`[ 标题 ]` / `关于…的答复`) is that label's value, a row of the table
        if not _repeats_title(b, title, filled=True):
            return _HEADER
        return Zone.METADATA if _under_title_label(live, i) else other
    zone = header_zone(b, live, i)
    if zone is not _HEADER or _is_header_element(b) or "。" in b.folded:
        return zone  # sentences above the title (a proposal a page prints first) stay, outside the body
    if other is _CHROME and (_repeats_title(b, title) or _is_page_top_chrome(b.folded)):
        return other
    return _HEADER


def shows_title_again(b: Block, title: str) -> bool:
    """Of a line `pre_title_zone` made chrome on a web page or text: it is the page's headline over
    the title (the title again, whole, cut, with a subtitle or reworded at its head), not its
    toolbar or breadcrumbs. The contract warns such a drop (`repeat-dropped`), as the repeats rule
    does the headline right above the title. A breadcrumb ending on the title is the page's navigation,
    a periodical's band (某市人民政府公报) its furniture, a rule of dots (…………) no words: each chrome on
    its own, repeating nothing."""
    f = b.folded.strip()
    if sum(1 for c in f if "\u4e00" <= c <= "\u9fff") < _SHORTEST_REPEAT:
        return False
    if _is_page_top_chrome(f) or P.PERIODICAL_BAND.match(f):
        return False
    if L.ends_with_kind(b.folded) and L.is_title_like(b) and not _category_note(b.folded):
        return _repeats_title(b, title, filled=True)
    return _repeats_title(b, title)


# module names: a `Zone.X` look-up is dear (rules/head/zones.py)
_HEADER, _CHROME, _ISSUER, _METADATA = Zone.HEADER, Zone.CHROME, Zone.ISSUER, Zone.METADATA


def untitled_top_zone(live: list[Block], i: int, other: Zone) -> Zone:
    """On a page where no title was found, the lines above the 主送 or the body are the header's,
    but the page's own top lines there (its toolbar, site name, greeting, breadcrumbs:
    `patterns.PAGE_TOP_CHROME`) are chrome on a web page or text as they are above a title: a
    page without a title (a message board's answer under its empty form) still has a toolbar."""
    b = live[i]
    zone = header_zone(b, live, i)
    if zone is _HEADER and other is _CHROME and not _is_header_element(b) and _is_page_top_chrome(b.folded):
        return other
    return zone


def _under_title_label(live: list[Block], i: int) -> bool:
    """The line above is the information table's title label alone (`[ 标  题 ]`, `名称：`), waiting
    for the value this line gives."""
    if i == 0 or not waits_for_value(live[i - 1]):
        return False
    return key_of(live[i - 1].folded) in P.TITLE_TABLE_KEYS


_SHORTEST_REPEAT = 6  # a headline shown again is a title's words; a shorter line may be any cell
_REPEAT_SHARE = 0.85  # of the shorter of the two, in order
_SHARED_END = 8  # the matter and the kind a headline reworded keeps (森林防火工作方案); 工作的通知 is any notice's


def _repeats_title(b: Block, title: str, filled: bool = False) -> bool:
    """The line is the page's headline: the title below it again, whole or cut at its end, with
    more words around it (its subtitle), or with the blanks the title leaves filled in (`第　次会议` over
    `第三次会议`): nearly all of the shorter one's characters stand in the other, in order. That
    last is asked only of a line ending like a title (`filled`): a short cell of the page's table
    (区十九届人大四次会议) shares as much with it. A headline of other words (the proposal's own
    title) is no repeat; one reworded at its head but ending in the same matter and kind (县政府办公室
    发布秋季森林防火工作方案 over 东岭县2024年秋季森林防火工作方案) is the page's headline too."""
    line = "".join(b.folded.split())
    if len(line) < _SHORTEST_REPEAT:
        return False
    if not title:
        return False
    if title in line or title.startswith(line.rstrip(".…")):
        return True
    if not filled:
        return False
    if line[-_SHARED_END:] == title[-_SHARED_END:]:
        return True  # a news headline over it, naming the same matter and kind (…秋季森林防火工作方案)
    return _shares_most(line, title)


@functools.lru_cache(maxsize=1)
def _shares_most(line: str, title: str) -> bool:
    """Nearly all of the shorter string's characters stand in the other, in order (`_REPEAT_SHARE`). The last
    pair's answer is kept: a headline over the title is asked twice in a row, for its zone and then for its
    warning (`pre_title_zone`, `shows_title_again`), and the matcher's walk is the header's dearest question.
    One pair only, so a batch of documents gains nothing from the one before (nor does a benchmark's round)."""
    from difflib import SequenceMatcher  # only for the few title-like lines over a title

    shared = sum(m.size for m in SequenceMatcher(None, line, title, autojunk=False).get_matching_blocks())
    return shared >= _REPEAT_SHARE * min(len(line), len(title))


def _is_page_top_chrome(f: str) -> bool:
    """A toolbar, site name, greeting, dated or breadcrumb line (`patterns.PAGE_TOP_CHROME`)."""
    f = f.strip()
    return bool(P.PAGE_TOP_CHROME.search(f) or ((">" in f or "»" in f or "›" in f) and P.BREADCRUMB.match(f)))


def _is_header_element(b: Block) -> bool:
    """A line of the 版头 other than the 文号, 红头 and 键：值 lines: 签发人, 密级, 紧急程度, 份号,
    a 令's or 公告's `第N号`, a category or disclosure mark (`【依申请公开】`), an organ's name (a
    发文机关标志 without 文件, or with its 文件 wrapped onto a line of its own), or a line of such
    marks set apart by wide gaps (`000123　　秘密★1年`, `A类　　　主动公开`)."""
    f = b.folded.strip()
    return (
        is_headerish(b)
        or L.is_organ_line(b)
        or bool(P.COPY_NUMBER.match(f) or P.ORDER_NUMBER_LINE.match(f) or P.WENJIAN_LINE.match(f))
        or (len(f) <= 16 and bool(P.CATEGORY_LETTER_LINE.match(f)))
        or _category_note(f)
        or (len(f) <= 16 and bool(P.DISCLOSURE_MARK.match(f)))
        or L.is_header_cells_line(b)
    )


_JOINT_MARK_LINES = 4  # organs a joint 发文机关标志 stacks over its one 文件


def _stands_over_wenjian(live: list[Block], i: int) -> bool:
    """An organ line over a line that is only `文件`: a 发文机关标志 whose 文件 wrapped; or one of the
    organs of a joint 标志 stacked over that 文件 (`中共某县委办公室` / `某县人民政府办公室` / `文件`), over
    the last organ with the 文件 beside it (`某市财政局` / `某市教育局　文件`), or, where the 标志 prints
    no 文件, over the 文号 (`某市财政局` / `某市教育局` / `市财教〔2024〕5号`)."""
    if not L.is_organ_line(live[i]):
        return False
    for k in range(i + 1, min(len(live), i + 1 + _JOINT_MARK_LINES)):
        below = live[k]
        if P.WENJIAN_LINE.match(below.folded) or L.issuer_mark(below.folded):
            return True
        if not L.is_organ_line(below):
            return False
        if stands_over_number(live, k):
            return True
    return False


def stands_over_number(live: list[Block], i: int) -> bool:
    """An organ line right above the 发文字号 (bare, or under its label `文号：…`): the 发文机关标志
    of a letterhead without 文件; or one of the organs a joint 标志 without 文件 stacks one per line
    over that 文号 (`某市教育局` / `某市财政局` / `某教发〔2024〕2号`)."""
    if i + 1 >= len(live):
        return False
    if not L.is_organ_line(live[i]):
        if not wrapped_letterhead(live, i):
            return _name_over_number_and_title(live, i)
        i += 1  # 某县城市管理和 ⏎ 综合执法局: the name's head, its rest an organ line over the 文号
    j = i + 1
    while j < len(live) and j - i < _JOINT_MARK_LINES and L.is_organ_line(live[j]):
        j += 1  # the joint 标志's other organs, stacked under this one
    marks = j
    while j < len(live) and j - marks < _MARK_ROWS and _version_head_mark(live[j]):
        j += 1  # 某县水利局 ⏎ 签发人：某 ⏎ 某水〔2024〕9号: a web copy set the 版头's marks on lines of their own
    if j >= len(live):
        return False
    below = live[j]
    return L.is_doc_number_line(below) or labelled_number(below)


def _version_head_mark(b: Block) -> bool:
    """A mark of the 版头 on a line of its own between the letterhead and its 文号 (签发人：某, 类别：B, A类, 公开属性：
    主动公开, 特急, 秘密★1年), as a copy breaks the 文号's line or stacks the marks over it; an information table's
    other rows (索引号, 发布机构) are none."""
    f = b.folded.strip()
    return _answer_mark_key(b) is not None or bool(
        P.SIGNER.match(f)
        or P.URGENCY.match(f)
        or P.SECURITY.match(f)
        or P.CATEGORY_LETTER_LINE.match(f)
        or P.DISCLOSURE_MARK.match(f)
    )


def wrapped_letterhead(live: list[Block], i: int) -> bool:
    """The line is the head of a letterhead's long name a narrow copy cut in two (`柏山县城市管理和` ⏎ `综合执法局`,
    `某市人力资源和社会` ⏎ `保障局`), the rest an organ line under it: `L.organ_cut`, the 落款's reading of the same
    cut. Asked only at the head's first lines, of a line no organ's name ends."""
    return i + 1 < len(live) and L.is_organ_line(live[i + 1]) and L.organ_cut(live[i].folded, live[i + 1].folded)


def labelled_number(b: Block) -> bool:
    """The line is a 发文字号 under its label (`文号：某发〔2024〕3号`, patterns.DOC_NUMBER_KEYS)."""
    m = P.KEY_VALUE.match(b.folded) if "号" in b.folded else None
    return m is not None and m.group("key") in P.DOC_NUMBER_KEYS and bool(P.DOC_NO.match(m.group("value").strip()))


def _name_over_number_and_title(live: list[Block], i: int) -> bool:
    """A name no organ ending ends (某市城市更新工作专班) right over the 文号, the title right under
    that: the 发文机关标志 by its place. A title over its own 文号 (信访事项处理意见书) has a
    title's shape, and a 版头's marks (份号, 特急) are marks."""
    b = live[i]
    return (
        i + 2 < len(live)
        and L.is_doc_number_line(live[i + 1])
        and L.has_title_shape(live[i + 2].folded.strip())
        and L.is_name_line(b)
        and not _is_header_element(b)
    )


def letterhead_over_title(live: list[Block], start: int, last: int, signed: Callable[[int], bool]) -> None:
    """An organ's name right over a title that opens with no 关于/对 and stands over its 文号
    (`某市市场监督管理局` / `信访事项处理意见书` / `某市监信复〔2024〕15号`) or over the serial of its
    series (`某县人民政府办公室` / `县长办公会议纪要` / `〔2025〕第6期`; `公　告` / `第12号`), or whose 落款
    repeats that name over the date (`某街道办事处` / `某街道2025年…工作方案` … `某街道办事处` / date;
    `signed` asks it of the line): the 发文机关标志 of the organ's letterhead set over the name of its
    文书, not a line of the title. A site's headline stands over no serial. An organ the header already
    read as a table's value (under its bare label: `承办单位：` / `某市财政局` / `答复类别：A类`) is that
    row's, however its 落款 repeats it: a letterhead stands under no label."""
    if start == 0 or last + 1 >= len(live) or any(b.zone is _ISSUER for b in live[:start]):
        return
    if (top := _organ_over_marks(live, start, signed)) is not None:
        top.zone = Zone.ISSUER
        return
    above = live[start - 1]
    if (
        above.zone is not _METADATA
        and L.is_organ_line(above)
        and not L.opens_as_title(live[start])
        and L.title_organ_end(live[start].folded) is None
        and (
            L.is_doc_number_line(live[last + 1])
            or (_serial_line(live[last + 1]) and not _at_page_edge(above))
            or signed(start - 1)
        )
    ):
        above.zone = Zone.ISSUER


def _organ_over_marks(live: list[Block], start: int, signed: Callable[[int], bool]) -> Block | None:
    """An organ's name over the answer's marks (办理结果：A类, 答复类别：B, 公开属性：主动公开, 签发人：某,
    at most `_MARK_ROWS` of them) that stand right over its title (`某县农业农村局` / `答复类别：B` /
    `关于第0123号代表建议办理情况的答复`): the letterhead, whose marks an office sets between it and the
    title, as it sets them over the 文号. The marks alone are no evidence: a portal prints its site's
    name over a 公开属性, 分类 or 办理结果 row of its own, so the organ must be the letterhead's by what
    only a letterhead shows: the 落款 repeats it (`signed`), or a 签发人 row stands among the marks (a
    portal's table names none). A site's name (某某区人民政府) over the reply a bureau signs is the
    page's, and stays unplaced (warned). An information table's other rows (索引号, 发布机构) are no
    marks either."""
    k = start - 1
    issued = False
    while k >= 0 and start - k <= _MARK_ROWS and (key := _answer_mark_key(live[k])) is not None:
        issued = issued or key in P.SIGNER_TABLE_KEYS
        k -= 1
    if k == start - 1 or k < 0 or live[k].zone is _METADATA or not L.is_organ_line(live[k]):
        return None  # (an organ the header read as a table's value, under its bare label 承办单位：, is no letterhead)
    return live[k] if issued or signed(k) else None


_MARK_ROWS = 3  # 办理结果, 公开属性 and 签发人, the most a reply prints over its title


def _answer_mark_key(b: Block) -> str | None:
    """The key of a 键：值 row of an answer's marks (its category, its disclosure, who signed it
    off), or None for any other line."""
    f = b.folded
    if ":" not in f:
        return None
    key = key_of(f.split(":", 1)[0])
    return key if key in _MARK_KEYS else None


_MARK_KEYS = frozenset((*P.CATEGORY_KEYS, *P.DISCLOSURE_KEYS, *P.SIGNER_TABLE_KEYS, *P.PROPOSAL_NUMBER_KEYS))


def _at_page_edge(b: Block) -> bool:
    """A line a paged format set apart at a page's edge or in its header part: a brief's running head
    (`某区市场监督管理局` in small type over `市场监管工作简报` / `第9期`), not its letterhead."""
    return b.hints.page_edge is not None or b.hints.part is not None


def _serial_line(b: Block) -> bool:
    """The serial of a series under its title: a minutes' issue (第12期, 〔2025〕第6期) or an
    announcement's number (第12号, 2024年第3号)."""
    f = b.folded.strip()
    return bool(("期" in f and P.ISSUE_NUMBER_LINE.match(f)) or ("号" in f and P.ORDER_NUMBER_LINE.match(f)))


_CATEGORY_NOTE_MAX = 14  # CATEGORY_NOTE: brackets, 本答复, 属于, a letter, 类, 答复


def _category_note(f: str) -> bool:
    """A line that only states the answer category (`B类答复`, `（此件为A类答复）`): a 版头 mark,
    though it ends in 答复 as a headline would."""
    f = f.strip()
    return len(f) <= _CATEGORY_NOTE_MAX and "类" in f and bool(P.CATEGORY_NOTE.match(f))
