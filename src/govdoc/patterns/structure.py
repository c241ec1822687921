"""Section markers and their families, and the enumerations inside paragraphs (一是/二是, lead phrases, phases)."""

from __future__ import annotations

import regex

from govdoc.charclass import LIST_BULLET
from govdoc.numerals import CIRCLED_PAST_TWENTY as CIRCLED_PAST_TWENTY  # (the blocks' facts stand there)
from govdoc.numerals import FORMAL_DIGITS, MARKER_NUMERALS
from govdoc.patterns.base import CN_NUM, _lazy, _lazy_plain

# --- section markers ---------------------------------------------------------------------
# A digit after a marker's dot or comma makes a decimal or a date (1.5倍, 2024.5), unless a year
# opens the title (1.2024年上半年, 一.2024年工作情况), or a range of years (1.2025—2027年改造任务, 2.2029至2030年目标,
# 3.2026-28年: folded dashes; struct31 cause 2); after 一、 it opens the title (二、5G基站建设).
NOT_A_YEAR = r"(?!(?:19|20)\d{2}[ ]?(?:[-~至到][ ]?(?:(?:19|20)\d{2}|\d{2})[ ]?)?年)"
# OCR reads the one stroke of 一 as a dash (－, —; folded to -): a first marker `－、` or `（—）` is 一、, （一）
# (numerals.cn_to_int reads the dash alone as 1). Only before 、 or inside the brackets: `-` is no
# numeral anywhere else.
OCR_ONE = "-"
# … and the digit 1 of a numbered marker as a lower-case letter l (`l.完善供水设施`, `l、…`): only before
# the marker's dot or pause mark with the title's first character right after it (numerals.cn_to_int
# reads the l alone as 1). A capital I stays no numeral: it opens Roman-numbered points (I. II. III.).
# So is the stroke 丨 a scan's OCR gives for a 1 (`丨.`, `（丨）`): no word opens with it. Inside brackets,
# `（l）` and `（丨）` are （1）.
# tesseract reads the same stroke as a bar (`|.完善…`): as 丨, only before the marker's dot or pause
# mark with a Han character right after it, where no table's cell edge stands.
OCR_DIGIT_ONE = "l丨|"
# The formal figures (大写: 壹、贰、叁、, （壹）) Word numbers a list with in its chineseLegalSimplified format, and a
# typist a 公文's parts where the plain numerals would be (struct31 cause 4): a marker only before 、 or inside whole
# brackets, where no word stands (伍 is also a surname, 拾 a verb).
FORMAL_NUM = f"[{FORMAL_DIGITS}拾]{{1,3}}"  # (rules.lines.classify: their first characters)
# A numeral in tortoise-shell or lenticular brackets (〔一〕, 【二】) is a typist's （一）, in angle brackets
# (〈三〉) OCR's reading of it; a figure of one or two digits in the first two (〔1〕, 【2】) is so its （1）
# (struct32 cause 1: under 〔一〕 its points ran into the point above). Nothing else stands inside them as a
# marker (〔2023〕 is a 文号's year, 【经验一】 a label).
PAREN_IDEOGRAPH_BRACKETS = "〔【〈"
# … but a bracketed figure is first of all a reference's number: a pager's row (【1】【2】【下一页】, another bracket
# right after it) and a work cited (【1】某某.书名[M].出版地:出版者,2023., its GB/T 7714 type mark in square brackets)
# open no point (REVIEW32 R1).
NOT_A_CITATION = r"(?![ ]{0,2}[【〔\[])(?![^\n]{0,120}\[(?:J|M|C|D|N|R|S|P|Z|A|G|EB/OL|DB/OL|J/OL|M/OL)\])"
# … but they also hold a 文号's year, now and then in numerals, which a wrap may bring to a line's start
# (…文件 ⏎ 〔一〕号文件精神, 【二〇二四】3号): a bracket followed by 号, 字 or a serial and 号 is a 文号's.
NOT_A_NUMBER_YEAR = r"(?![ ]{0,2}(?:第?\d{1,4}[ ]{0,2})?[号字])"
# The circled numbers as a character class: ①–⑳, and past twenty ㉑–㉟ and ㊱–㊿ (two other blocks), in
# which a list of more than twenty points runs on.
CIRCLED = "①-⑳㉑-㉟㊱-㊿"
# One alternative per marker family; the group name is the contract's `style` (with _ for -).
# A bracketed number may stand with its closing bracket alone (一）, 1）: a web or OCR copy's （一）, （1）).
# The space a typist leaves before that bracket (`1 ）`, `一 )`) is allowed, as inside a whole bracket
# (`( 1 )`): a space beside a digit or a half-width bracket is no layout space the reader takes out
# between two ideographs, so `1 ）监测频次` stood as a paragraph where `（1 ）监测频次` was a heading.
# So does the tail of a bracket a hard wrap cut (…（详见附件 ⏎ 1），明确…; …《规划（2021-20 ⏎ 25）》要求…):
# a marker's bracket is followed by its title, never by a comma, a stop or another closing mark.
BRACKET_ALONE_END = r"(?![,.;:\)》”’\]」』])"
# The spaces a typesetter puts around an Arabic number inside a word marker (第 1 章, 第 3 条, 第 2 部分),
# as Chinese typesetting sets Latin digits off from ideographs: beside a digit they are no layout space
# the reader takes out (around 第一 they are), so such a 办法 had no chapter and no article at all.
WORD_GAP = "[ ]{0,2}"
# The mark a typist puts after a bracketed or glyph marker's own closing mark ((一)、, ①、, and a colon:
# （一）：生活照料, ⑴：…): the marker's, so the title after it is found (a colon opening the rest was a stop
# inside the title, which then was none). After a bare number a colon where 、 or . belongs (一：关于…,
# 1：新建…) makes a loose marker (sections._loose), as 一， does: a section only on a line that can be
# nothing but a heading; never before a digit (1:1配套, 8:30).
AFTER_MARK = "[、,.:]?"
SECTION_MARKER = _lazy(
    rf"""
    (?:
      (?P<part>第{WORD_GAP}(?P<part_n>{CN_NUM}|\d{{1,3}}){WORD_GAP}(?:部分|编|篇))
    | (?P<chapter>第{WORD_GAP}(?P<chapter_n>{CN_NUM}|\d{{1,3}}){WORD_GAP}章)
    | (?P<section>第{WORD_GAP}(?P<section_n>{CN_NUM}|\d{{1,3}}){WORD_GAP}节)
    | (?P<article>第{WORD_GAP}(?P<article_n>{CN_NUM}|\d{{1,3}}){WORD_GAP}条)
    | (?P<cn_paren>(?:\([ ]{{0,2}}(?P<cn_paren_n>{CN_NUM}|{OCR_ONE}|{FORMAL_NUM})[ ]{{0,2}}\)
        |(?P<cn_paren_n>{CN_NUM})[ ]{{0,2}}\){BRACKET_ALONE_END}
        |(?:〔[ ]{{0,2}}(?P<cn_paren_n>{CN_NUM})[ ]{{0,2}}〕|【[ ]{{0,2}}(?P<cn_paren_n>{CN_NUM})[ ]{{0,2}}】
        |〈[ ]{{0,2}}(?P<cn_paren_n>{CN_NUM})[ ]{{0,2}}〉){NOT_A_NUMBER_YEAR}){AFTER_MARK})  # 〈三〉: OCR's （三）
    | (?P<cn_paren_glyph>(?P<cn_paren_glyph_n>[㈠-㈩]){AFTER_MARK})
    | (?P<num_paren>(?:\([ ]{{0,2}}(?P<num_paren_n>\d{{1,2}}|[{OCR_DIGIT_ONE}])[ ]{{0,2}}\)
        |(?P<num_paren_n>\d{{1,2}})[ ]{{0,2}}\){BRACKET_ALONE_END}
        |(?:〔[ ]{{0,2}}(?P<num_paren_n>\d{{1,2}})[ ]{{0,2}}〕|【[ ]{{0,2}}(?P<num_paren_n>\d{{1,2}})[ ]{{0,2}}】)
        {NOT_A_NUMBER_YEAR}{NOT_A_CITATION}){AFTER_MARK})  # 〔1〕, 【2】: a typist's （1） (struct32)
    | (?P<num_paren_glyph>(?P<num_paren_glyph_n>[⑴-⒇]){AFTER_MARK})
    | (?P<num_glyph>(?P<num_glyph_n>[⒈-⒛]){AFTER_MARK})  # ⒈、: a typist's pause mark after the glyph's own stop
    | (?P<circled>(?P<circled_n>[{CIRCLED}]){AFTER_MARK})  # ①、 as （1）、: the pause mark is the marker's
    # (二、5G…, 三、12345热线…; 丶: OCR's look-alike radical for the pause mark, 三丶强化…)
    # (a digit after a colon, spaces allowed, is a clock time or a ratio: 8: 30 签到, 一： 2; diffread-A 5)
    | (?P<cn>(?P<cn_n>{CN_NUM})[ ]{{0,2}}(?:、|丶|[,.](?!{NOT_A_YEAR}\d)|:(?![ ]{{0,2}}{NOT_A_YEAR}\d))
        |(?P<cn_n>{OCR_ONE})、|(?P<cn_n>{FORMAL_NUM})[ ]{{0,2}}、)  # 壹、: FORMAL_NUM
    | (?P<num>(?P<num_n>\d{{1,2}})[ ]{{0,2}}(?:[.、](?!{NOT_A_YEAR}[\d.])|:(?![ ]{{0,2}}{NOT_A_YEAR}[\d.])
            |[ ]{{1,4}}(?=\p{{Han}}))
        |(?P<num_n>[{OCR_DIGIT_ONE}])[.、](?=\p{{Han}}))  # l.完善…: OCR's l for 1 (OCR_DIGIT_ONE)
    )(?:(?<=[分编篇章节条、丶.,])[ ]{{0,2}}:)?  # 第一部分：总体要求, 第一条：…: a colon sets a word marker off
    # (and after a bare number's own mark, 一、：关于…, 1.：新建…, a colon doubling it is the marker's: AFTER_MARK)
    [ \t]{{0,4}}  # the space or tab between marker and title
    """,
    regex.X,
)
SECTION_STYLES = {
    "part": "part",
    "chapter": "chapter",
    "section": "section",
    "article": "article",
    "cn_paren": "cn-paren",
    "cn_paren_glyph": "cn-paren",
    "num_paren": "num-paren",
    "num_paren_glyph": "num-paren",
    "num_glyph": "num",
    "circled": "circled",
    "cn": "cn",
    "num": "num",
}
# Rank of each family (GB/T 9704 §7.3.3 and common practice): a lower rank stands above a higher
# one whatever comes first; families of equal rank (一、 and 第一条) nest in the order they first
# appear. 编, 篇 (a 规划纲要's books) and 第一部分 divide a whole text, 章 and 节 a regulation; 第N条 are
# its articles.
SECTION_RANK = {
    "part": 0,
    "chapter": 1,
    "section": 2,
    "cn": 3,
    "article": 3,
    "cn-paren": 4,
    "num": 5,
    "num-paren": 6,
    "circled": 7,
}
# A note's mark cited in running text (…一百二十个①。, …的规定②，): the circled number right after a
# word or a figure and before a stop or the line's end, as a footnote's reference stands; a list run
# into a sentence puts its ① after a colon or a stop instead (…如下：①加强巡查；②…).
CITED_NOTE_MARK = _lazy(rf"(?<=[\p{{Han}}\d)”》%])[{CIRCLED}](?=[。,;、!?)”]|$)")
# The marks a Markdown list item opens with, as the text reader leaves them in a line's markup: a
# bullet, with a task list's box after it (`- [ ] `): each item opens its own block, never a wrap's
# next line.
# (charclass: the text reader's vocabulary too; ○ a second level's bullet, set only under ● bullets: session 21)
LIST_ITEM_MARK = _lazy(f"(?:{LIST_BULLET}|[○◦][ ]{{1,4}})$")
# A shape bullet a site or an editor set before a heading (◆（一）…, ★二、…, ■ 1.…) and the spaces after it:
# decoration, as a pictograph is (the text reader takes those out), that hides the heading's marker; taken
# out only where a section marker follows (cleanup.furniture), so a bullet before a sentence stays as
# written. ○ and □ are none of them (二○二四年's zero, OCR's 口); ● • ▪ · with a space are LIST_BULLET's.
_SHAPE_BULLET_CHARS = "◆◇◈▲△▼▽►▸▷◉◎★☆❖➢➤➣➔■●"  # (written once: the set and the pattern's class)
SHAPE_BULLETS = frozenset(_SHAPE_BULLET_CHARS)
SHAPE_BULLET = _lazy(rf"[{_SHAPE_BULLET_CHARS}][ \t]{{0,3}}")
# A line that opens with a list's mark (• 某区公安局, ◆ 某局): an item of a list, not a name standing alone.
LIST_LEAD = _lazy(rf"[ ]{{0,4}}(?:{LIST_BULLET}|[{_SHAPE_BULLET_CHARS}])")
# A table's columns a copy aligned by spaces: the gap between two cells (two spaces or more; a tab
# is no such gap: tab-parted rows of a text copy stay lines, as rounds 13 and 17 read them), and a
# cell holding a figure alone (3200, 95%, 12.6, -3.5, 1,200). A web page's `&nbsp;` runs (U+00A0) are such spaces:
# an editor's paste of a text table keeps its columns by them.
SPACED_CELL_GAP = _lazy(r"[ \u3000\xa0]{2,}")
FIGURE_CELL = _lazy(r"^[-+]?\d[\d,]*(?:\.\d+)?%?$")
# An aside in brackets, book-title marks or quotes inside a heading (`（牵头单位：区发改委）`,
# `《…：…》`): a stop inside it is the aside's, not the heading's (folded text: `（` is `(`).
ASIDE = _lazy(r"\([^()\n]{1,40}\)|《[^《》\n]{1,60}》|“[^“”\n]{1,60}”|【[^【】\n]{1,40}】")
# A contents list's own heading line (目录, letter-spaced 目 录; 目次 in a standard): the entries
# under it repeat the headings of the text that follows, they are not its structure.
CONTENTS_HEADING = _lazy(r"[ ]*目[ ]{0,4}[录次][ ]*$")
# What closes a contents entry after its title: leader dots (…… ⋯ ··· ...), spaces or a tab (Word's
# contents draw their dots as the tab's leader) and the page number (`3`, `(12)`, `- 3 -`), or leader
# dots alone, or the page number in brackets right after the entry's words (`二、工作目标(3)`).
CONTENTS_PAGE = _lazy(r"(?:[.…⋯·・_\- \t]+\(?\d{1,4}\)?[ -]*|[.…⋯·・_]+|(?<=\p{Han})\(\d{1,4}\))[ ]*$")
# An entry shown as one by its own end: leader dots and then a page number (`…的通知……(12)`), the
# evidence of a contents list whose first entry never comes back as a line of the text; or a page
# number in brackets right after the entry's words (`二、工作目标(3)`, a list printed without dots).
CONTENTS_LEADER = _lazy(r"(?:(?:[.…⋯·・_]{2,}[ ]{0,2}|\t)\(?\d{1,4}\)?|(?<=\p{Han})\(\d{1,4}\))[ ]*$")
# `一　基本情况`: an ideograph and a space before its title (a variant of 一、). A measure word after
# the space makes it a number counting something, spaced (`十 年来…`, `三 季度…`). Also the digit that
# shows a number goes on after a marker's look-alike (…，二、三号线路: rules.answer_turn).
# A （一） that lost its closing bracket (`(一加强阵地建设`): the opening bracket, the numeral and the title's
# first character right after it. The line alone cannot tell it from an aside opening so (`(一般为…`), so
# rules.sections takes it only with its siblings (`(二丰富活动内容` after it), each heading-like and
# closing no bracket.
UNCLOSED_CN_PAREN = _lazy(r"\([ ]{0,2}(?P<n>[一二三四五六七八九十]{1,3})(?=\p{Han})")
SPACED_NUMERAL_FIRST = MARKER_NUMERALS
SPACED_NUMERAL = _lazy(r"[一二三四五六七八九十]{1,3}")
SPACED_COUNT_WORDS = frozenset("年月日个名家项条件类批次人户季期级届")
# Nouns a heading's title often opens with whose first character is a measure word's (日常监管, 年度目标,
# 人员配备, 项目建设): after a number and a space they count nothing, the number is the heading's (`一　日常监管`,
# `3 人员配备`). 季度 and 个人 stay counts (`一　季度工作` is 一季度 letter-spaced, `3 个人` three people).
_NOUNS_ON_A_COUNT = "日常|年度|月度|人员|人才|项目|家庭|条件|类别|户外|户籍|名称|名录|批发"
NOUN_ON_A_COUNT = _lazy(_NOUNS_ON_A_COUNT)
# A count after a bare number is a quantity in a sentence, never a heading (`3 个街道…`).
COUNT_WORD = _lazy(
    rf"[ ]{{0,4}}(?!{_NOUNS_ON_A_COUNT})"
    r"(?:个|名|家|项|条|件|类|批|次|人|户|所|座|处|间|年|月|日|天|号|万|亿|千|百|元|公里|米|吨|亩|%)"
)
# A span of time counted right after a bracketed figure (`3)个月内未完成整改的…`, a wrap bringing `（3）个工作日内
# 完成整改。` to a line's start): the bracket a typist put round a figure, no marker, where the line is a
# sentence (a heading line `（1）年内完成器材更换` keeps its marker; 年度培训, 个人卫生, 日常检查 match nothing).
TIME_SPAN_FIRST = frozenset("个月工日天年周小星分")
TIME_SPAN = _lazy(r"个?(?:月|工作日|小时|星期|日|天|年|周|分钟)(?:之?内|之?后|以[内上后下]|左右)")
# After `一、` the next numeral and a measure word (`一、二期工程`, `三、四季度`, `一、二、三级医院`,
# `一、二月份`, `一、二年级`, `三、四号楼`, `七、八十年代`) make a list of numbers in a sentence: the 、 joins
# two numbers, it does not end a marker.
NUMERAL_LIST = _lazy(
    r"(?P<n>[一二三四五六七八九十]{1,3})(?:、[一二三四五六七八九十]{1,3})*"
    r"(?:期|级|季度|类|批|档|轮|等|号|星|产业|个|项|次|届|线|月|年级|年代|楼|层|栋|幢|单元|标段|组|成|岁|周|名|户|家|条|段|班)"
)
# A counted phrase (两项工作, 三个方面, 以下几点, 如下四类): what a sentence counts its members by before the colon that
# leads in to them. No label of a form or an information table opens with a count, so where a hard wrap leaves one and
# its colon at a line's start (`…重点推进了以下` ⏎ `两项工作：一是…`) the line goes on with the sentence (struct27).
COUNTED_PHRASE = _lazy(r"(?:以下|如下|下列|下面)?[一二两三四五六七八九十几数多]{1,3}(?:个|项|条|点|类|种|件|大|方面)")
# A parenthesised marker followed by another, alone or after a range or list word (（一）至（三）项…,
# （四）（五）两项…): the sentence counts points by their numbers, it opens no section.
MARKER_SPAN_START = frozenset("(至到和及与~-")
MARKER_SPAN = _lazy(rf"[至到和及与~-]?\([ ]{{0,2}}(?:\d{{1,2}}|{CN_NUM})[ ]{{0,2}}\)")
# What 第N条 / 第N部分 / 第N节 count when a sentence opens with them (第一条建议已经解决。): the
# proposal's points, not an article or a part of the text. The sentence may also go on to say what
# the point raised (第一条所提问题…, 第一条中提到的…) or name it (第二条关于延长末班车的建议…), cite what
# an article of a law says (第三十五条规定，…, 第二十条的规定…, 第八条明确…, 第十五条第二款第三项规定…), or count
# lessons (第一节课后…), or count a long thing that 条 measures, a line, road or river, whose
# sentence goes on to say where it stands (第一条接驳线已于六月开通, 第二条公交线路正在…); an article of
# a regulation may open with such a noun (第三条道路的规划…) but not with its state, nor with when it is
# planned or expected (第三条线路计划于明年开通, 第二条绿道预计年底完工; 线路计划 alone may be an article's
# subject). And 章节, the noun, after 第N (第四章节的内容…, 第二章节中…): a chapter's title may open on 节
# (第二章节能降耗), so only with what a sentence goes on to say about the chapter.
_POINT_NOUN = r"(?:建议|意见|提案|议案|诉求|问题|内容|措施|要求|事项)"
_CLAUSE = r"(?:第[一二三四五六七八九十百零〇\d]{1,5}[款项]){0,2}"
_LONG_THING = r"[^ \t。,;:]{0,4}?(?:线|路|道|街|巷|河|渠)(?:已|正在|将于|计划于|预计|目前|全长|长约)"
_POINT_SAID = rf"{_POINT_NOUN}|所(?:提|述|列|反映|涉及|说)|(?:中|里)?提(?:出|到)的|中(?:所|的|反映|涉及|指出|列)"
# More numbers of the same kind cited with the first before what they say (第五条、第六条建议…,
# 第二条和第四条所提…, 第一部分、第三部分提到的…): one sentence citing several points; or the point's
# noun after 的 (第三条的建议…).
_COUNTED_MORE = rf"(?:[、,和及与至到~-]第{WORD_GAP}[一二三四五六七八九十百零〇\d]{{1,5}}{WORD_GAP}(?:条|部分|节)?)*"
# The point's own name quoted between its number and the citing words (第二条“加强…管理”的建议…,
# 第一条《关于…的建议》中提到的…); an article's text may open with a quoted term (第五条“设施”是指…),
# which no citing word follows.
_NAMED_POINT = r"(?:“[^“”\n]{1,40}”|《[^《》\n]{1,40}》|\"[^\"\n]{1,40}\")的?"
# A provision cited by its place inside a larger one (第三章第十条对…作了规定, 第二章第五节明确…,
# 第一编第三章规定…): a heading never writes a lower provision's number right after its own, a
# citation always does; a line that is only the two numbers (第一章第一节) stays a heading.
_INNER_PROVISION = rf"第{WORD_GAP}[一二三四五六七八九十百零〇\d]{{1,5}}{WORD_GAP}[章节条款项]"
COUNTED_POINTS = _lazy(
    rf"{_COUNTED_MORE}(?:{_NAMED_POINT})?(?:{_INNER_PROVISION}|{_POINT_SAID}|的{_POINT_NOUN}"
    rf"|关于[^。;\n]{{1,40}}?的{_POINT_NOUN}|{_CLAUSE}的?(?:有关|相关)?(?:规定|明确|指出|载明|写明|之规定)|课|{_LONG_THING}|(?<=章)节(?:的|中|里|内容|所))"
)
# A parenthesised number with the word of what it numbers after it (（2）项建议…, (三)条所提…,
# （四）款规定…, （5）号建议…), maybe with more numbers of the same kind (（2）项、（3）项建议…,
# （1）项和第（4）项所提…): a sentence citing items, clauses or points of the proposal or of a law, or a
# proposal, by number, not a heading (`（一）项目建设`, `（二）条件保障`, `（三）号召…` go on with a word,
# no citing words).
CITED_ITEM_START = frozenset("项条款点号")
_CITED_MORE = rf"(?:[、,和及与至到~-]第?\([ ]{{0,2}}(?:\d{{1,2}}|{CN_NUM})[ ]{{0,2}}\)[项条款点号])*"
CITED_ITEM = _lazy(rf"[项条款点号]{_CITED_MORE}{_CLAUSE}(?:{_POINT_SAID}|规定|明确|指出|载明|写明|之规定)")
# The quotation marks a quotation of numbered lines opens and closes with (“一、加大财政投入 ⏎ 二、完善…”): the
# curly quotes, and the corner brackets of a traditional-script text; the lines inside are no headings.
QUOTE_PAIRS = (("“", "”"), ("「", "」"), ("『", "』"))
# A line inside the answer that introduces the proposal's own points (`您在提案中提出：`,
# `代表建议：`, `您在提案中提到：`), or names what they cover or concern (`提案主要涉及以下两个方面：`,
# `建议包括：`, `您关注的问题主要有：`, `您的诉求主要有：`), or the letter answered (`贵单位来函中提出：`, `来函提出：`,
# `来信反映：`): the numbered lines under it quote the proposal, they are not parts of the answer.
QUOTE_LEAD = _lazy(
    r"(?:(?:您|你|你们|贵|提案|建议|议案|代表|委员|来函|来信)[^。\n]{0,30}?"
    r"(?:提出|提到|提及|谈到|建议|提议|认为|指出|反映|希望|要求|呼吁|关注|关心|涉及|包括|包含|归纳为|概括为)"
    # the member's own 意见/诉求 named right after the member (您的诉求…, 代表的意见…), not an answer's
    # 处理意见 further on the line
    r"|(?:您|你|你们|代表|委员)们?的?(?:意见|诉求))"
    # what the words after the verb say is the proposer's object, not its handling: a line saying the
    # matter raised is done (您反映的问题已整改：, 您建议的事项正在落实：) heads the answer's own points
    r"(?:(?!已|正在)[^。\n]){0,8}:[ ]*$"
)
# A line inside an answer's own numbered part that cites a rules text and ends on its colon, the text's articles
# quoted under it (`《某市民宿管理办法》对此作了明确规定：` ⏎ `第十二条　…` ⏎ `第十三条　…`): the articles are the
# cited text's, numbered as it numbers them, and open no section of the answer (struct30 cause 2).
# The verb may stand further from the colon where the line goes on to say what the cited text obliges someone to
# meet (…第八条明确，设立养老机构应当具备下列条件：, …排水户应当遵守下列要求：; struct31 cause 3): the text's own
# obligation word (应当, 须, 不得, 遵守, 具备, 符合 …) and then a list word (下列, 以下, 如下) near the colon. Without
# one the list after the citation is the answering organ's own (…第十五条规定，我局采取了以下措施：; REVIEW31 R10).
# (应 alone only as the duty's verb: never inside 应急, 相应, 响应, 反应, 适应, 对应, 供应, 回应: REVIEW31 R12)
_CITED_LIST = (
    r"[^。\n]{0,16}?(?:应当|(?<![相响反适对供回效])应(?![急对用变答])|须|必须|不得|遵守|具备|符合|满足)"
    r"[^。\n]{0,10}?(?:下列|以下|如下)[^。\n]{0,6}"
)
CITING_LEAD = _lazy(rf"》[^。\n]{{0,30}}?(?:规定|明确|要求|指出|载明|写明)(?:[^。\n]{{0,8}}|{_CITED_LIST}):[ ]*$")
# The words that close a `关于…的问题` heading's frame: on a short line of its own under a 关于
# heading that has no 的 yet, they end a title wrapped over two lines (`关于…维护管理` / `机制的问题`).
# An answer's own part headings close the frame on what the organ did or will do (`关于…交流轮岗` /
# `机制的打算`, …的做法, …的措施, …的工作): the same noun-phrase end, never a sentence's.
FRAME_CLOSE = _lazy(
    r"的(?:问题|建议|提案|议案|意见|情况|事项|诉求|要求|答复|办理情况"
    r"|打算|做法|措施|举措|对策|思路|安排|工作|进展|成效|考虑)$"
)
# How a statement opens, never the wrapped end of a 关于 title (a noun phrase): an aspect word, a
# time or the writer as subject (已全部拨付。 / 今年完成改革。 / 目前正在… / 我局高度重视。): the line under a
# long 关于 heading that opens so is its first sentence, however short, not the rest of its title.
STATEMENT_OPENER = _lazy(
    r"^(?:已|正在|目前|现已|均已|今年|去年|截至|近年来|近期|我(?:们|局|委|办|厅|市|区|县|镇|部|中心))"
)
# A marker of an inline list where a line ends (`…主要做法包括（1）`, `…包括⑴`, `…包括㈠`): the list goes on below.
TRAILING_MARKER = _lazy(rf"(?:\((?:\d{{1,2}}|{CN_NUM})\)|[{CIRCLED}⑴-⒇⒈-⒛㈠-㈩])$")
# The sentence with which a reply turns from its opening (the proposal quoted) to its answer
# (答复如下, 介绍如下, 通报如下; with 意见 between: 答复意见如下, 办理意见如下, 反馈意见如下).
# The verb may also follow 如下 (现作如下答复, 特做出如下说明, 提出如下办理意见: 办理/答复意见 are the
# handler's own, while 提出如下意见 may quote the proposer).
_TURN_VERB = (
    r"(?:(?:答复|函复|回复|说明|函告|反馈|告知|报告|汇报|介绍|通报|答复意见|办理意见|回复意见|反馈意见|函复意见)如下"
    r"|[作做]出?如下(?:答复|函复|回复|说明)|提出如下(?:办理|答复)意见)"
)
ANSWER_OPENS = _lazy(rf"{_TURN_VERB}|现(?:答复|函复)")
# The same turn ending with its colon, where the answer's first heading may follow on the line
# (a wide gap there is a flattened page's break unless the line has no other: `answer_turn`).
TURN_BEFORE_HEADING = _lazy(rf"{_TURN_VERB}[ ]{{0,2}}:[ ]?")

# --- enumerations inside paragraphs ------------------------------------------------------
# The subject a sentence's first member may follow with no mark between (我们一是…, 我局一要…,
# 区政府一是…, 我局一方面…, 各街道一要…, 我会一是…, 我省一是…, 我乡一要…, 各村一是…, 各地一要…,
# 全市上下一是…, 各企业一要…, 各银行一是…, 各商户一要…): a pronoun or the last character of an organ's,
# a place's, an enterprise's or a household's name (or of 上下), or
# of a noun naming what the members list (原因一是…, 困难一是…, 问题一是…, 措施一是…, 做法/办法一是…,
# 举措一方面…, 目标一是…, 任务一是…, 重点一是…, 原则一是…, 要求一是…), or the 将 or 下一步 that puts
# the members in the future (我局将一是…, 下一步一是…), or the bracket closing a subject's qualifier
# (各县(市、区)一是…, 各乡镇（街道）一要…, 各成员单位(部门)一方面…), or the time word a sentence opens with before
# its members (今年一是…, 目前一是…, 近年来一是…, 近期一是…, 今后一要…, 现阶段一是…); never the 统 of 统一是 or the
# 唯 of 唯一是. The 是 forms of the other families follow them so too (我局将第一是…, 该提案其一是…; struct26
# cause 6), never a 第一 or 其一 that a comma follows (位居全省第一，…: a rank).
_MEMBER_SUBJECT_END = (
    "们局委办厅府院部门位心站所处科室区市县镇街道会队组司校省乡村州地下业行户"
    # the other endings of organ and unit names the organ table knows (patterns.organs.ORGAN_ENDINGS: 我馆,
    # 市文化馆, 我社, 供销社, 我园, 国有林场, 电视台, 集团, 养老机构, 税务署, 市残联, 市科协)
    + "馆社园场台团构署联协"
    + "因难题施法措标务点则求"
    # the document whose points the members list (该提案一是…, 您的建议一是…, 本方案一要…, 来信一是…): a reply
    # sums up the proposal so in its opening
    + "案议信"
    + "将步"
    # the time words' last characters (今年, 近年来, 目前, 近期, 今后, 现阶段)
    + "年来前期后段"
    + ")"
)
# Sequence words written straight on without a comma (…：首先完善收运体系；其次建设处理设施；最后…):
# members where the list's semicolons part them, 首先 with 其次 after a semicolon later in its
# sentence, 其次/再次/最后 right after a semicolon; elsewhere the words say "again" or "last"
# (再次感谢…, 。最后一公里…) and need their comma to be members. 首先 may follow the subject the
# members' sentence opens with (我局首先建立…；其次…, 今年以来首先…), as 一是 does (`_MEMBER_SUBJECT_END`):
# its ；其次 later in the sentence shows the run all the same (holdout32 cause 1). (The subject ends' `)` is
# escaped here, inside ENUM_MARKER's member group, whose branches tests/test_rule_speed.py reads off the source.)
_SUBJECT_END_ESCAPED = _MEMBER_SUBJECT_END.replace(")", r"\)")
_SEQ_UNMARKED = (
    rf"(?<=(?:^|[。:,]|[{_SUBJECT_END_ESCAPED}])[ ]{{0,2}}首先)(?=[^。\n]*?;[ ]{{0,2}}其次)"
    r"|(?<=;[ ]{0,2}(?:其次|再次|最后))(?=\p{Han})"
)
# A member opens after a sentence's end, a clause's or a colon (…。二是…), a half-width stop after a
# Han character among them (…平台.二是…: a copy whose every 。 went half-width, as HALF_STOP reads it), or a
# sentence's end inside closing quotes or brackets (…品的是乡愁。”二是…: struct30 cause 3), or a bracketed note set
# after a sentence's end (…强化金融支持。（具体名单见附件2）四是…: struct30 cause 5), or the dash (破折号, folded
# `--`) that leads in to a list as a colon does (…三项举措——一是…: struct30 cause 6).
# A sequence word may also open its member on the 要 that 一要 holds, where only commas part the members
# (…，首先要压实责任，其次要明确分工，最后要强化考核。; struct32 cause 2): the 要 opens the lead, as after a semicolon.
# Every family's word may take the 是 that 一是 holds (首先是…；其次是…, 一方面是…另一方面是…, 其一是…, 第一是…):
# the 是 is the marker's, as in 一是, not the lead's first character (struct26 cause 5).
# The 是 of 是否 or 是不是 asks a question and is no marker's: 最后是否实施… opens a sentence, no member
# (fixB26 N4).
ENUM_MARKER = _lazy(
    rf"""
    (?:^|(?<=[。;:!?,\n]|\p{{Han}}\.|[。;!?][”’」』)]|[。;!?]\([^()\n]{{1,40}}\)|[\p{{Han}}”》)]--)
      |(?<=[{_MEMBER_SUBJECT_END}])(?=一[是要]|一方面|[第其]一是|首先))[ ]{{0,2}}
    (?P<m>
      (?P<shi_n>[一二三四五六七八九十]{{1,3}}|{OCR_ONE})是  # —是: OCR's dash for 一 (OCR_ONE)
    | (?P<yao_n>[一二三四五六七八九十]{{1,3}})要(?![求素件点])
    | 其(?P<qi_n>[一二三四五六七八九十]{{1,2}})(?:是(?!否|不是)|(?=[,、:]))
    | 第(?P<di_n>[一二三四五六七八九十]{{1,3}})(?:是(?!否|不是)|(?=[,、:]))
    | (?P<seq>首先|其次|再次|最后)(?:是(?!否|不是)|(?=[,、:]|要(?![求素件点])|{_SEQ_UNMARKED}))
    | (?P<side>另一方面|一方面)是?
    )
    """,
    regex.X,
)
# Words a numeral + 是 follows in ordinary prose, where the numeral counts, names a day or a part and is
# no member: a fraction or a part (三分之二是辅警, 原因之二是…), a weekday (每周三是, 星期二是, 礼拜三是), a
# date (今年初二是, 正月初四是), 独一无二是, 其二是.
_NUMERAL_IN_PROSE_AFTER = ("之", "周", "初", "无", "其", "星期", "礼拜")
# A later 是-member glued to the sentence before it, whose stop a copy lost (…严控火种上山二是加强检疫…):
# a numeral of two or more right after an ideograph that is no numeral, 第 or word ending in 一 (统一是,
# 唯一是), nor a word of _NUMERAL_IN_PROSE_AFTER. It is a member only where it carries on a run of its own
# family in the same paragraph, the member before it found at a sentence's start, and no member of its
# ordinal stands at a sentence's start after it (`rules.enumerations`); alone it says nothing.
GLUED_MEMBER = _lazy(
    r"(?<=\p{Han})(?<![第一二三四五六七八九十两几])"
    + "".join(f"(?<!{word})" for word in _NUMERAL_IN_PROSE_AFTER)
    + r"(?:[二三四五六七八九]|十[一二三四五六七八九]?)是"
)
SEQUENCE_ORDINALS = {"首先": 1, "其次": 2, "再次": 3, "最后": 0, "一方面": 1, "另一方面": 2}
# What every member of ENUM_MARKER holds (a numeral before 是 or 要, 其 before a numeral or 次, 第 and
# numerals before a comma …), looked for first: ENUM_MARKER tries its look-behinds at every
# character of a paragraph, while this, each alternative opening with a literal character, is
# scanned by the standard engine from one candidate character to the next. Most paragraphs hold
# none. tests/test_rule_speed.py checks it finds every member's text.
ENUM_CANDIDATE = _lazy_plain(
    "|".join(f"{n}[是要]" for n in "一二三四五六七八九十")
    + f"|{regex.escape(OCR_ONE)}是"
    + "|其[一二三四五六七八九十次]|第[一二三四五六七八九十]{1,3}[,、:是]|首先|再次|最后|一方面"
)

# A half-width full stop ends a sentence where Chinese text follows it (收悉.经研究), not in 1.5 or gov.cn,
# nor after a number written inline as a list's (包括1.新建驿站；2.改造…): a sentence ends on its unit
# (二十个.), rarely on a bare digit.
HALF_STOP = r"(?<!\d)\.(?=[\p{Han}“\"(]|$)"
# A colon that ends a title or a phrase: not one between two digits, a time or a ratio (8:30, 1:500).
TEXT_COLON = r"(?:(?<!\d):|:(?!\d))"
LEAD_END = _lazy(rf"[。;]|{HALF_STOP}")
PLAN_OPENER = _lazy(r"^[ ]{0,2}在?(?:下一步|下步|下一阶段|下阶段|今后|接下来)")
# How a paragraph opens that no page's cut carries on, asked of the line under a one-line paragraph
# that lost its last stop (rules.joins `_opens_paragraph`): the plan set off by its comma (下一步，, 今后，:
# without it 下一步工作 may be the object of a verb the line above ends on), the proposal named as the
# place a point was raised (提案中提出, 建议中提到, 来信中反映: mid-sentence that place stands after 在, 对
# or 的; not 意见中…, as often a verb's object mid-sentence: 汇总各方 ⏎ 意见中提出的…), and a request to the
# addressee (请你镇按照…, 请各单位…, 请认真…).
PARAGRAPH_OPENER = _lazy(
    r"^(?:在?(?:下一步|下步|下一阶段|下阶段|今后|接下来)[ ]?,"
    r"|(?:提案|建议|议案|来信|来函)中(?:所)?(?:提出|提到|提及|反映|谈到)"
    r"|请(?:按照|依照|根据|结合|你们?|您|贵|各|认真|及时|于|在))"
)
# The characters a line may end on that leave its phrase open (的, 和, 在, 对, 是 …): a page's cut, not a
# paragraph's end, whatever opens the line below. And the heads of the words ending on 请 (申请, 邀请,
# 提请 …), which a cut before a request's 请 leaves above it.
PHRASE_OPEN_END = frozenset("的地之和与及或并而且在对把被将为于从向由是以使让给同跟就按据经请")
REQUEST_WORD_HEADS = frozenset("申邀提聘敬恳报呈吁约延宴奏祈诚")


# A heading line that ends on a joining word (和, 与, 及, 或, 的; 并, 而, 且 joining two verb phrases:
# `（一）完善旅游基础设施并` ⏎ `提升公共服务水平`), a pause mark or a comma (folded: `,`; a title never ends on one:
# `一、关于加快发展乡村旅游，` ⏎ `促进农民增收致富`) was cut by the page width mid-title: its next line carries
# the title on.
HEADING_CUT_END = frozenset("和与及或的并而且、,")
# Of those, the words joining two verb phrases (完善…并 / 提升…): what they leave owed is a verb phrase, never a
# sentence standing alone under the heading (`一、关于供水站划并` ⏎ `划并工作已于5月完成。`, diffread-B B2).
VERB_PHRASE_JOINERS = frozenset("并而且")
# What goes on after a bracketed phrase a sentence quotes (【三、健全考核机制】的建议, 【一、加强清淤】等五个方面,
# 【一、…】、【二、…】): a particle or a joining word continues the phrase, while a heading's text run on after its
# bracket opens a clause of its own (【一、总体要求】到2027年…).
BRACKETED_PHRASE_GOES_ON = frozenset("的等和与及或之、")
# words that end on one of those characters and may end a title (…碳达峰碳中和, 营造安定祥和, …惠及; the verbs
# of merging that end on 并: 关于学校撤并, 机构合并, 企业兼并)
_MERGING = ("合并", "兼并", "吞并", "撤并", "归并", "裁并", "整并", "拆并")
TITLE_END_WORDS = ("目的", "参与", "普及", "涉及", "中和", "祥和", "缓和", "总和", "惠及", *_MERGING)
