"""The handling category (A/B/C and its wordings) and 公开属性."""

from __future__ import annotations

import regex

from govdoc.patterns.base import _lazy, _lazy_plain

# --- handling result and disclosure ------------------------------------------------------
# Labels a page writes the answer category under (类别 also names a page type: 类别：提案, and 办理类型
# the unit's role: 办理类型：主办; a value that names no category is passed over).
CATEGORY_KEYS = (
    "办理结果",
    "答复类别",
    "办复类别",
    "办理类别",
    "类别标记",
    "类别标识",
    "结果类别",
    "答复类型",
    "办理类型",
    "办复类型",
    "办理分类",
    "办理结果类别",
    "复文分类",
    "复文类别",
    "答复分类",
    # the result of the answer under the answer's own word (答复结果：B类（正在解决或列入计划解决）)
    "答复结果",
    "采纳情况",
    "类别",
    "分类",
    # the mark a register puts on the answer (标注：A类（所提问题已经解决）); a value naming no category is passed over
    "标注",
    # the same mark named with what it marks, the category (类别标注：B, 分类标注：A类)
    "类别标注",
    "分类标注",
    # the handling's result named with what was handled (提案办理结果：B类, 建议办理结果：C类, as a register's form
    # heads the row)
    "提案办理结果",
    "建议办理结果",
    "议案办理结果",
)
# Labels for the state of the handling, which a page fills with a category's wording (办理情况：
# 已解决; 解决程度：正在解决) but also with a step of the work (已办结, 已答复): read only where the whole value is a
# category (a wording line or a letter), never from a word inside a longer value.
CATEGORY_STATE_KEYS = ("办理情况", "解决情况", "办理状态", "解决程度")
_LETTER_CLASS = "[A-Za-z甲乙丙丁]"  # the letters an answer category is written with (甲乙丙丁 for ABCD)
_CATEGORY_LETTER = rf"(?P<l>{_LETTER_CLASS})"
_OPEN, _CLOSE = r"[(〔\[【]", r"[)〕\]】]"


def _bracketed(letter: str) -> str:
    """A category letter in brackets (【B类】, （A）, 〔甲类〕), as it leads a title or a 文号 on their line."""
    return rf"{_OPEN}[ ]{{0,2}}{letter}[ ]{{0,2}}类?[ ]{{0,2}}{_CLOSE}"


_BRACKETED_LETTER = _bracketed(_LETTER_CLASS)  # (a pattern's text: the header's DOC_NO reads it before a 文号)
_CATEGORY_KEY_ALT = "|".join(sorted(CATEGORY_KEYS, key=len, reverse=True))
# A category letter standing alone on its line: A类, （B类）, 〔A〕, 【C类】, 类别：B, （复文分类：B）, a bare B.
CATEGORY_LETTER_LINE = _lazy(
    rf"^{_OPEN}?[ ]{{0,2}}(?:(?:{_CATEGORY_KEY_ALT})[ ]{{0,2}}:?)?[ ]{{0,2}}"
    rf"{_CATEGORY_LETTER}[ ]{{0,2}}类?[ ]{{0,2}}{_CLOSE}?$"
)
# The category written right after the 文号 on its line: …19号B类, …5号（A类）, …5号〔A〕.
CATEGORY_MARK = _lazy(
    rf"[ ]{{0,4}}(?:{_OPEN}[ ]{{0,2}}{_CATEGORY_LETTER}[ ]{{0,2}}类?[ ]{{0,2}}{_CLOSE}[ ]{{0,2}}类?"
    rf"|{_CATEGORY_LETTER}[ ]{{0,2}}类)[ ]{{0,2}}$"
)
# The words that name each category, searched anywhere in a value (所提问题已解决, 部分采纳), the first row that
# names one deciding. A register may name the classes by their kind of answer (解决类, 计划解决类, 说明类 or 说明解释类:
# the one explained, not solved, kept for reference), or the work's state (正在落实, as 正在解决). C before the
# reference: the legend's C reads 所提问题因条件限制或其他原因暂时不能解决，作为参考,
# the problem unsolved for now and the proposal kept for reference, so a value that says it cannot be solved is C
# whatever it adds; 参考 alone (留作参考, 作为工作参考) is the reference.
CATEGORY_WORDING_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "C",
        ("暂不能解决", "暂时不能解决", "不能解决", "难以解决", "条件限制", "暂缓", "难以采纳", "不予采纳", "未予采纳"),
    ),
    ("reference", ("留作参考", "参考", "解释说明", "说明解释", "说明类")),
    ("B", ("正在解决", "列入计划", "列入规划", "逐步解决", "拟解决", "部分解决", "计划解决", "部分采纳", "正在落实")),
    # 解决类: the class a register names the solved answers by (解决类、计划解决类、说明类): asked after the rows above,
    # so 计划解决类 is B and 暂不能解决类 C
    ("A", ("已解决", "已经解决", "基本解决", "采纳", "已落实", "已办结", "解决类")),
)
# 列入计划 or 纳入计划 with what the plan is between (已列入年度工作计划, 纳入下一年度重点工作计划): B, where no
# wording above names the category (asked of a labelled value only, whose label is its cue).
# A form's row of boxes as a label's value (公开属性：☐主动公开 ☑依申请公开 ☐不予公开, as a DOCX's Wingdings
# boxes read): each box stands before its option, a ticked one (☑ ☒ ■ ✓ ✔ √) before the option chosen.
FORM_BOX = _lazy(r"[☐□☑☒■✓✔√]")
BOX_OPTION = _lazy(r"(?P<box>[☐□☑☒■✓✔√])(?P<option>[^☐□☑☒■✓✔√]*)")
TICKED_BOXES = frozenset("☑☒■✓✔√")
# The same row typed by a clerk, the tick or a blank in brackets after each option (办理结果：A类（√）　B类（　）
# C类（　）, 公开属性：主动公开（ ）依申请公开（√）), or a box after each (主动公开□　依申请公开☑): folded text, each
# option its words before its bracket or box (`box` the tick, empty in a blank bracket, the box drawn otherwise).
MARK_AFTER_OPTION = _lazy(
    r"[ ]*(?P<option>[^()☐□☑☒■✓✔√ ][^()☐□☑☒■✓✔√]*?)[ ]*"
    r"(?:\([ ]{0,4}(?P<box>[☑☒■✓✔√]?)[ ]{0,4}\)|(?P<box>[☐□☑☒■✓✔√]))"
)
PLANNED_WORDING = _lazy(r"[列纳]入[^,;。 ]{1,8}?(?:计划|规划)")
CATEGORY_WORDINGS: tuple[tuple[str, regex.Pattern[str]], ...] = tuple(
    (category, _lazy("|".join(words))) for category, words in CATEGORY_WORDING_WORDS
)
# Every source of the answer category needs one of these in the lines it reads: a category
# letter (A类, （B）, 类别：甲), or a word: a label of the category or of the handling's state, or a
# wording (解决采纳). Built from the vocabulary above, so a row added there is in them; where
# neither stands in the header's and trailer's text, the category's rule is skipped (rules/cues.py,
# tests/test_cues.py). Two searches, not one: a class and a list of words each scan fast alone.
CATEGORY_CUES = (
    _lazy_plain(_LETTER_CLASS),
    _lazy_plain(
        "|".join(
            sorted(
                {*CATEGORY_KEYS, *CATEGORY_STATE_KEYS, *(w for _, words in CATEGORY_WORDING_WORDS for w in words)},
                key=lambda w: (-len(w), w),
            )
        )
    ),
)
# A 附注 stating the category: （此件为B类答复）, （本件属A类）; or such a mark without brackets on a
# line of its own (B类答复, 此件为A类答复).
CATEGORY_NOTE = _lazy(rf"^{_OPEN}?(?:此件|本件|本答复)?(?:为|属于?|系)?{_CATEGORY_LETTER}类(?:答复|件|办理)?{_CLOSE}?$")
DISCLOSURE_KEYS = (
    "公开属性",
    "公开方式",
    "公开类型",
    "公开类别",
    "公开形式",
    "信息公开类型",
    "信息公开类别",
    "信息公开形式",
    "信息公开属性",
    "信息公开方式",
    "公开选项",
    "信息公开选项",
    "是否公开",
)
# A category label as one part of a 附注 that says several things (（此件主动公开，答复类别：A类）,
# （办理结果：已解决；此件依申请公开）): the part's label and value, the note's other parts aside. The parts may
# be parted by a space only (（办理结果：C类　公开属性：不予公开）), which the layout clean-up takes out between two
# ideographs: the value then ends where the next part's 公开属性 label begins.
_DISCLOSURE_KEY_ALT = "|".join(sorted(DISCLOSURE_KEYS, key=len, reverse=True))
CATEGORY_IN_NOTE = _lazy(
    rf"(?:^\(|[,;])[ ]{{0,2}}(?:{_CATEGORY_KEY_ALT})[ ]{{0,2}}:[ ]{{0,2}}(?P<v>[^,;()]{{1,12}}?)"
    rf"(?=[ ]{{0,2}}[,;)]|[ ]{{0,2}}(?:{_DISCLOSURE_KEY_ALT})[ ]{{0,2}}:)"
)
# The same note's part that is a category mark without a label (（此件主动公开，A类答复）): the letter. The
# disclosure may stand beside it parted by a space alone (（B类　主动公开）, （主动公开　A类）), which the layout
# clean-up takes out between two ideographs: the disclosure's value then parts them.
_DISCLOSURE_VALUE_ALT = "主动公开|依申请公开|不予公开|不公开"
# The 版头's two marks in one bracket after the 文号 (…10号（A类　主动公开）, …10号（主动公开，B类）): the category
# letter and a 公开属性 value, in either order, parted by a space, a comma or a 、 (the layout clean-up may have
# taken the space out between two ideographs); the letter is group `l`, read as CATEGORY_MARK's.
_MARKS_GAP = r"[ ]{0,2}[,;、]?[ ]{0,2}"
CATEGORY_DISCLOSURE_MARK = _lazy(
    rf"[ ]{{0,4}}{_OPEN}[ ]{{0,2}}(?:{_CATEGORY_LETTER}[ ]{{0,2}}类?{_MARKS_GAP}(?:{_DISCLOSURE_VALUE_ALT})"
    rf"|(?:{_DISCLOSURE_VALUE_ALT}){_MARKS_GAP}{_CATEGORY_LETTER}[ ]{{0,2}}类?)[ ]{{0,2}}{_CLOSE}[ ]{{0,2}}$"
)
# What a 附注's words open with: the document itself (此件主动公开, 本件发至乡镇) or a category's or 公开属性's
# label and its colon (答复类别：…): TRAILING_NOTE's, and rules.cleanup.notes_beside's (NOTE_WORDS_OPENING).
_NOTE_WORDS = rf"(?:(?:{_CATEGORY_KEY_ALT}|{_DISCLOSURE_KEY_ALT})[ ]{{0,2}}:|此件|本件)"
NOTE_WORDS_OPENING = _lazy(rf"^[ ]{{0,2}}{_NOTE_WORDS}")
# Such a 附注 set at the end of another line of the foot rather than on its own (round 30: 抄送：某委、某室。
# （答复类别：B类）): a bracket opening on a category's or a 公开属性's label, or on 此件/本件, closing the line. It is
# no organ of the 抄送 and is read as the note it is.
TRAILING_NOTE = _lazy(rf"\([ ]{{0,2}}{_NOTE_WORDS}[^()\n]{{1,40}}\)[ ]{{0,2}}$")
CATEGORY_MARK_IN_NOTE = _lazy(
    rf"(?:^\(|[,;]|{_DISCLOSURE_VALUE_ALT})[ ]{{0,2}}(?:此件|本件|本答复)?(?:为|属于?|系)?(?P<v>{_LETTER_CLASS})类"
    rf"(?:答复|件|办理)?[ ]{{0,2}}(?=[,;)]|{_DISCLOSURE_VALUE_ALT})"
)
# A bracketed category letter before the title on its line: 【A类】关于…的答复.
CATEGORY_LEAD = _lazy(rf"^{_bracketed(_CATEGORY_LETTER)}[ ]{{0,2}}")
# A letter in brackets inside a page's title: …第39号建议办理情况（B）的函.
CATEGORY_IN_TITLE = _lazy(rf"\({_CATEGORY_LETTER}类?\)")
# The wording alone on a short line of its own (（解决采纳）, 【列入计划解决】, 列入计划解决): the category in words.
CATEGORY_WORD_LINE = _lazy(
    r"^[(【〔\[]?(?:所提问题)?(?:已经?解决|基本解决|已?采纳|解决采纳|采纳解决|正在解决|列入(?:计划|规划)|逐步解决|拟解决"
    r"|部分解决|留作参考|解释说明|暂不能解决|因条件限制暂不能解决)[\p{Han}]{0,6}[)】〕\]]?$"
)
DISCLOSURE_VALUE = _lazy(_DISCLOSURE_VALUE_ALT)
# Schema 1.12: a form's yes/no row on publishing (是否公开：是, 是否同意公开：否) and a 公开范围 row saying only 公开
# or 不公开. 是 (同意) is the answer published as it stands, no request needed: 主动公开; 否 (不同意) 不予公开.
# 公开范围 is read only where its value is such a word (or one of the three): another scope (全社会, 政务网) says
# where, not whether, and stays a metadata pair as before, unwarned.
DISCLOSURE_ANSWER_KEYS = ("是否同意公开", "公开范围")
DISCLOSURE_YES = _lazy(r"^[ ]{0,2}(?:是|同意(?:公开)?|公开)[ ]{0,2}[。.]?[ ]{0,2}$")
DISCLOSURE_NO = _lazy(r"^[ ]{0,2}(?:否|不同意(?:公开)?)[ ]{0,2}[。.]?[ ]{0,2}$")
# The 公开属性 alone on its line or in a cell of a 版头 line, maybe bracketed, maybe with its scope:
# 主动公开, 【依申请公开】, （主动公开·全文）.
DISCLOSURE_MARK = _lazy(r"^[(〔\[【]?(?:主动公开|依申请公开|不予公开|不公开)(?:[·, ]?(?:全文|摘要|部分))?[)〕\]】]?$")
# A 附注 saying the document itself is public: （此件公开发布）, （此件公开）, （此回复件公开）.
DISCLOSED_NOTE = _lazy(r"公开发布|此\p{Han}{0,3}件(?:予以)?公开")
# The same said as a sentence of its own after the 落款, no brackets (此件主动公开。, 本件依申请公开).
DISCLOSURE_SENTENCE = _lazy(r"^(?:此|本)\p{Han}{0,3}件[^,;:\n]{0,12}公开")
# What a 附注 opens with before its words (（, 【, 附注：): the note's mark, no part of what it says.
NOTE_OPENING = _lazy(r"^(?:[(【〔][ ]{0,2}|附注[ ]{0,2}:[ ]{0,2})")
# Every 公开属性 label, value and note holds 公开: where the header's and trailer's text does not, the
# disclosure's rule is skipped (rules/cues.py; tests/test_cues.py ties each pattern above to it).
DISCLOSURE_CUES = (_lazy_plain("公开"),)
# Schema 1.9's `header.distribution`: a 附注 saying how far the document is sent or read out (GB/T 9704
# 7.3.7's 印发传达范围): （此件发至县级）, （发至乡镇，传达至村（社区））, 附注：此件传达到村。, a note that
# goes on with another part after it (（此件发至县级，不公开）). The whole line is the note; the scope is
# each 发至/传达至 part, as written. A sentence of the body that sends something (现将…发至各单位) is no note:
# the line must open with the part, after a bracket, 附注： and 此件 at most.
_SCOPE_PART = (
    r"(?:印发|下发|分发|发|传达|阅读?)[ ]{0,2}(?:至|到)[^,;。:()\n]{1,30}"
    r"(?:\([^()\n]{1,12}\)[^,;。:()\n]{0,12})?"  # 传达至村（社区）: a bracket inside the part
)
DISTRIBUTION_NOTE = _lazy(
    r"^(?:附注[ ]{0,2}:[ ]{0,2})?[(【〔]?[ ]{0,2}(?:此件|本件|此文|本文件?)?[ ]{0,2}"
    rf"(?P<scope>{_SCOPE_PART}(?:[ ]{{0,2}}[,;][ ]{{0,2}}{_SCOPE_PART})*)"
    r"(?:[ ]{0,2}[,;][^()\n]{0,30})?[ ]{0,2}。?[ ]{0,2}[)】〕]?[ ]{0,2}。?$"
)
# A bracketed 附注 line: round brackets, or the square ones a web copy uses (【此件主动公开】).
# The brackets a 附注 is set in (round, or the square and tortoise-shell ones a web copy uses), opening and closing.
NOTE_OPEN_MARKS, NOTE_CLOSE_MARKS = "(【〔", ")】〕"
NOTE_LINE = _lazy(r"^[(【〔](?P<v>[^()【】〔〕\n]{2,40})[)】〕]$")
# Two 附注 set side by side on one line (（此件主动公开）（联系人：某，电话：…）), each holding no bracket of its own:
# `gap` parts them, `a` and `b` their words (rules.cleanup.notes_beside asks that each opens as a note does).
_SIDE_NOTE = r"[(【〔](?P<{0}>[^()【】〔〕\n]{{2,80}})[)】〕]"
NOTES_SIDE_BY_SIDE = _lazy(rf"^{_SIDE_NOTE.format('a')}(?P<gap>[ ]{{0,8}}){_SIDE_NOTE.format('b')}$")
# … and one giving the contact (（此件公开发布，联系人：周某，联系电话：…，…）) holds the contact's labelled values, as
# long as a contact in brackets may be (patterns.trailer CONTACT_BRACKET's 80): a bare note's cap is none of its.
CONTACT_NOTE_LINE = _lazy(r"^[(【〔](?P<v>[^()【】〔〕\n]{2,80})[)】〕]$")
# A bracketed line naming who carries out the task above it (（牵头单位：县市场监管局；责任单位：…）,
# （牵头：…；配合：…）, （完成时限：6月底前）), or naming its doers before their part (（县发改局牵头，
# 各乡镇配合）, （各乡镇负责）): a plan's or an opinion's aside, the body's even right over the 落款.
TASK_UNITS_NOTE = _lazy(
    r"^\((?:(?:(?:牵头|责任|配合|协办|参与|主办|承办|实施|主责)(?:单位|部门|领导)|牵头|配合|责任人"
    r"|完成时限|完成时间|时间节点)[ ]{0,2}:|[^():]{2,30}?(?:牵头|负责|配合)(?:[,;、]|\)$))"
)
# A labelled 附注 after the 落款 (注：办复类别共分ABC三类。): it and the lines after it are notes.
NOTE_LABEL_LINE = _lazy(r"^(?:附注|备注|注)[ ]{0,2}:")
# A numbered point of such a note (附注： ⏎ 1.此件主动公开。 ⏎ 2.联系人：…): the note's, not a section.
NOTE_ITEM = _lazy(r"^(?:\d{1,2}[.、](?!\d)|\(\d{1,2}\))")
