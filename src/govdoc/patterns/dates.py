"""Dates as documents write them (Arabic, Chinese numerals, dotted, dashed), with the words around them."""

from __future__ import annotations

from govdoc import date_words
from govdoc.patterns.base import _lazy
from govdoc.patterns.organs import _SEAL_NOTE, ORGAN_ENDINGS

# --- dates -------------------------------------------------------------------------------
# The words of a date's parts stand in `govdoc.date_words`, once for every layer (a reader compiles from them too).
_YEAR_FIGURES = date_words.YEAR_FIGURES
_YEAR_NUMERALS = date_words.YEAR_NUMERALS
_MONTH_FIGURES = date_words.MONTH_FIGURES
_MONTH_NUMERALS = date_words.MONTH_NUMERALS
_DAY_FIGURES = date_words.DAY_FIGURES
_DAY_NUMERALS = date_words.DAY_NUMERALS
_YEAR_WORDS = date_words.YEAR_WORDS
_MONTH_WORDS = date_words.MONTH_WORDS
_DAY_WORDS = date_words.DAY_WORDS

DATE = _lazy(date_words.DATE)
DATE_LINE = _lazy(rf"^(?P<date>{DATE.pattern})$")
# A joint 落款 that prints the 成文日期 under each organ side by side (2024年5月6日    2024年5月6日): one
# date. Numeral dates come glued (…五月六日二〇二四年…): the gap between two CJK characters is gone.
REPEATED_DATE_LINE = _lazy(rf"^(?P<date>{DATE.pattern})(?:[ \t]{{0,40}}(?P=date)){{1,3}}$")
# Joint organs that each print their own date under their name (2024年5月6日    2024年5月8日): GB/T 9704
# gives a joint document its last signer's date, the last of them.
# (`last` is the last date's group: a repeated group keeps its last capture)
DATES_SIDE_BY_SIDE = _lazy(rf"^(?:{DATE.pattern})(?:[ \t]{{0,40}}(?P<last>{DATE.pattern})){{1,3}}$")
# The pieces the organ-and-date lines share: an organ's name (no colon: a contact line's label has one)
# and the gap before the date; a date written to its month only (2024年5月, 二〇二四年五月).
_ORGAN_THEN = r"^(?P<organ>[^\n:]{2,60}?)[ ]{0,40}"
_YEAR_MONTH = date_words.YEAR_MONTH
ORGAN_DATE_LINE = _lazy(rf"{_ORGAN_THEN}(?P<date>{DATE.pattern})$")
# A 简报's 编发 line over its articles (schema 1.10): the organ that compiles it, 编 (编印, 编发), its date
# (某县人民政府办公室编　　2024年5月6日, 某办公室编印　2024年5月6日). Its signature only where the text is a
# 简报 (`trailer.signature_under_title`): a line ending in 编 elsewhere is a sentence's.
COMPILED_BY_DATE_LINE = _lazy(
    rf"^(?P<organ>[^\n:]{{2,60}}?)[ ]{{0,2}}(?:编印|编发|编)[ ]{{0,40}}(?P<date>{DATE.pattern})$"
)
# The same with the date written to its month only (某局　　2024年5月, 某局　二〇二四年五月): schema 1.8's
# `date_partial` on the one line a layout copy put the 落款's two on.
ORGAN_MONTH_DATE_LINE = _lazy(rf"{_ORGAN_THEN}(?P<date>{_YEAR_MONTH})$")
# The same dated to its year only (县统计局　　2024年, schema 1.10's `date_partial` 2024):
# the 落款's only by its place (rules/trailer/signature._dated_by_year), as a year alone on its own line is.
ORGAN_YEAR_DATE_LINE = _lazy(rf"{_ORGAN_THEN}(?P<date>{_YEAR_WORDS}[ ]{{0,2}}年)$")
# A name and the 落款's date on one line, a gap between (南州大剧场　　　　2024年6月20日; the layout's wide
# gap is one space by then): a name no organ ending ends, the 落款's only by its place (right under the
# body's end, nothing but trailer after).
NAME_GAP_DATE_LINE = _lazy(rf"^[ ]{{0,40}}(?P<organ>[^ \n]{{2,24}})[ ]{{1,40}}(?P<date>{DATE.pattern})$")
# What a label beside a date ends on (发布时间 2024年5月6日, 截止日期 …): no name that signs a 落款.
NOT_A_SIGNING_NAME_ENDS = ("时间", "日期", "时限", "期限", "截止")
# The 落款's date set before its organ on one line, after a gap (2024年5月6日　　　　某市某局, or one
# ideographic space: 2024年5月6日　某市某局): the two lines of the 落款 a layout copy put side by side, the
# date's first; the organ may keep its seal's note (某市某局（印章）), as an organ line does.
DATE_THEN_ORGAN = _lazy(
    rf"^[ ]{{0,40}}(?:{DATE.pattern})(?P<gap>[ ]{{1,40}})(?P<organ>[^ \n:,;。]{{2,60}}?)(?:{_SEAL_NOTE})?[ ]{{0,40}}$"
)
# A labelled 落款, as reply forms print it: the signing organ after 答复单位： (主办单位：/会办单位： for a
# joint reply) and the date after 答复时间：/答复日期：/签发日期： (会办时间：/协办日期： under a co-handler's
# label), on two lines or on one. 成文日期 is left
# out: it labels a portal's information table, whose date is the page's, not the 落款's. A form laid out
# as a table ends the label at its cell's edge (答复单位→某局, a tab) instead of a colon.
# A form may print only 单位 with the seal's note (单位（盖章）：), or 盖章单位. 办理单位 names the organ that
# handled the 建议 and signs its reply; 承办单位 is left out: the contract makes it the contact's unit.
# A page may name the organ its 部门 or 机构 (回复部门：某局, 回复机构：某局), the same row.
_ORGAN_LABEL_ROLE = r"(?:答复|回复|办复|复函|落款|主办|会办|协办|办理)(?:单位|部门|机构)"
_SIGNATURE_ORGAN_LABEL_NAME = rf"(?:{_ORGAN_LABEL_ROLE}(?:{_SEAL_NOTE})?|单位{_SEAL_NOTE}|盖章单位)"
_SIGNATURE_ORGAN_LABEL = rf"{_SIGNATURE_ORGAN_LABEL_NAME}[ ]{{0,2}}[:\t][ \t]{{0,2}}"
_SIGNATURE_DATE_LABEL_NAME = r"(?:答复|回复|办复|复函|签发|落款|会办|协办)(?:时间|日期)"
_SIGNATURE_DATE_LABEL = rf"{_SIGNATURE_DATE_LABEL_NAME}[ ]{{0,2}}[:\t][ \t]{{0,2}}"
# The same labels alone on their line, the organ (or the date) on the line under them (答复单位： ⏎ 某局):
# the 落款's head, no body text. Only the whole label: a sentence ending in 单位： (…的责任单位：) announces a list.
# Alone on its line a form's bare 单位： heads the organ under it too, and a bare 日期： or 成文日期： the
# date under it where an organ stands over the label (the 落款 search asks that of every date label
# alone); 时间： alone is left out: an event's time is written so in a notice's body.
SIGNATURE_LABEL_ONLY_LINE = _lazy(
    rf"^(?:(?P<organ>{_SIGNATURE_ORGAN_LABEL_NAME}|单位)|{_SIGNATURE_DATE_LABEL_NAME}|(?:成文)?日期)"
    rf"[ ]{{0,2}}[:\t][ \t]{{0,4}}$"
)
# A mailbox's form copied one cell a line prints the same labels bare (回复单位 ⏎ 某局 ⏎ 回复时间 ⏎ 2024-05-10):
# asked only of the rows above a form's answer row (rules/header.py), where a cell needs no colon.
SIGNATURE_FORM_LABEL_LINE = _lazy(
    rf"^(?:(?P<organ>{_SIGNATURE_ORGAN_LABEL_NAME})|{_SIGNATURE_DATE_LABEL_NAME})[ ]{{0,2}}[:\t]?[ \t]{{0,4}}$"
)
# (a joint reply's two labelled organs may stand side by side: 主办单位：某局  协办单位：某局)
LABELLED_ORGAN_LINE = _lazy(
    rf"^{_SIGNATURE_ORGAN_LABEL}(?P<organ>[^:\t]{{2,60}}?)"
    rf"(?:[ \t]{{0,40}}{_SIGNATURE_ORGAN_LABEL}(?P<organ2>[^:\t]{{2,60}}?))?[ \t]{{0,4}}$"
)
# A date labelled only 日期：/时间： is the 落款's only under an organ line (alone, it may be a page's).
# 成文日期 too, though alone it labels a portal's information table.
BARE_DATE_LABELS = ("成文日期", "日期", "时间")
BARE_LABELLED_DATE_LINE = _lazy(rf"^(?:{'|'.join(BARE_DATE_LABELS)})[ ]{{0,2}}:[ ]{{0,2}}(?P<date>{DATE.pattern})$")
LABELLED_DATE_LINE = _lazy(
    rf"^(?:{_SIGNATURE_ORGAN_LABEL}(?P<organ>[^:\t]{{2,60}}?)[ \t]{{0,40}})?"
    rf"{_SIGNATURE_DATE_LABEL}(?P<date>{DATE.pattern})$"
)
# What a page may write after the 成文日期 on its line: the answer category, who signed it off,
# the weekday (2024年5月6日 星期一, （周一）), the seal's note (2024年5月6日（盖章）) or the 附注 written on
# after it (2024年5月6日（此件公开发布）).
DATE_TAIL = _lazy(
    r"[ ]{0,4}(?:[(〔\[【]?[A-Za-z甲乙丙丁][ ]{0,2}类[)〕\]】]?|[(〔\[【][A-Za-z甲乙丙丁][)〕\]】]"
    r"|\(?(?:领导)?签发人?[ ]{0,2}:[ ]{0,2}[\p{Han}·]{2,8}\)?"
    rf"|\(?(?:星期|礼拜|周)[一二三四五六日天]\)?|{_SEAL_NOTE}|\((?:此|本)\p{{Han}}{{0,3}}件[^()\n]{{1,14}}\))$"
)
# The time of day a web reply prints after its date (2024-05-06 10:21:33, 2024年5月6日16时20分,
# …日上午10点30分, …日 下午3点半): a timestamp, not part of the date.
_DAY_PART = r"(?:上午|下午|中午|晚上|凌晨|早上)"
CLOCK_TAIL = _lazy(
    rf"(?<=[\d日号])(?:[ ]{{1,4}}|[ ]{{0,4}}{_DAY_PART}[ ]{{0,2}})(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?$"
    rf"|(?<=[\d日号])[ ]{{0,4}}{_DAY_PART}?[ ]{{0,2}}(?:[01]?\d|2[0-3])[时点](?:[0-5]?\d分(?:[0-5]?\d秒)?|半)?$"
)
# A 成文日期 whose 年 and 月 a copy lost (2019515日, 2019 0515) or whose day it lost (2019年5月, in
# numerals 二〇二四年五月, as a 落款 dated by its month alone is written), maybe but its first digit
# (2019年5月3, see SEALED_DATE_LINE).
# Or, read by OCR, a year in numerals that lost its 〇 (二二四年五月八日: 二〇二四, or 二二〇四?), or two numerals
# under a seal's ring (二四年五月八日).
_UNREAD = "口□■"  # the placeholders an OCR tool writes for a character it could not read
GARBLED_DATE_LINE = _lazy(
    rf"^{_YEAR_FIGURES}[ ]{{0,3}}\d{{2,4}}[ ]{{0,2}}[日号]?$"
    rf"|^{_YEAR_FIGURES}[ ]{{0,2}}年[ ]{{0,2}}\d{{1,2}}[ ]{{0,2}}月?$"
    rf"|^{_YEAR_FIGURES}[ ]{{0,2}}年[ ]{{0,2}}元[ ]{{0,2}}月$"  # 2025年元月: the first month, in its word
    rf"|^{_YEAR_NUMERALS}[ ]{{0,2}}年[ ]{{0,2}}(?:{_MONTH_NUMERALS})[ ]{{0,2}}月$"
    r"|^[〇一二三四五六七八九]{2,3}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}[日号]$"
    rf"|^{_YEAR_FIGURES}[ ]{{0,2}}年[ ]{{0,2}}\d{{1,2}}[ ]{{0,2}}月[ ]{{0,2}}[1-3]$"  # 2024年5月3: 3, 30 or 31?
    # OCR read a digit as a look-alike letter (2O24年l1月5日: O for 0, l or I for 1) or the 0 as the
    # numerals' 〇 (2〇24年6月18日, noise20): a date, damaged
    r"|^(?=[^日号]*[OoIl〇])[12Il][0-9OoIl〇]{3}[ ]{0,2}年[ ]{0,2}[0-9OoIl〇]{1,2}[ ]{0,2}月"
    r"[ ]{0,2}[0-9OoIl〇]{1,2}[ ]{0,2}[日号]$"
    # … or wrote a placeholder where it read nothing (the seal over the day: 2024年7月口日, 2024年□月5日): a
    # date, its unread figures lost (conv22)
    rf"|^(?=[^日号]*[{_UNREAD}])(?:{_YEAR_FIGURES})[ ]{{0,2}}年[ ]{{0,2}}(?:\d{{1,2}}|[{_UNREAD}]{{1,2}})[ ]{{0,2}}月"
    rf"[ ]{{0,2}}(?:\d{{1,2}}|[{_UNREAD}]{{1,2}})[ ]{{0,2}}[日号]$"
)
# A 成文日期 read by OCR with the seal over its end: the day's 日 lost or read as another sign
# (2024年5月30, 2024年5月20H, 2024年5月20口): the numbers are all there, the date is sure. A day of
# 1, 2 or 3 with nothing after it may have lost its second digit with the 日 (2024年5月3: 3, 30 or
# 31?): only a sign read where the 日 stood says it is whole; without one the line is garbled.
# Typed text has no seal over it: a line cut after a range's first day (…自 ⏎ 2024年5月3至 ⏎ …) ends
# on a word that goes on with the sentence, which OCR does not read for a sealed 日 (a dash or comma it may).
_NOT_A_SEALED_DAY = r"\d年月日号 至起止前后以及、"
SEALED_DATE_LINE = _lazy(
    rf"(?<![^ ])(?P<y>{_YEAR_FIGURES})[ ]{{0,2}}年[ ]{{0,2}}(?P<m>{_MONTH_FIGURES})[ ]{{0,2}}月[ ]{{0,2}}"
    rf"(?:(?P<d>3[01]|[12]\d|0[1-9]|[4-9])[^{_NOT_A_SEALED_DAY}]?|(?P<d>[1-3])[^{_NOT_A_SEALED_DAY}])[ ]*$"
    # … in numerals, its 日 read as a look-alike (二〇二四年七月十曰, 二o二四年五月八口): a numeral day has
    # no digit to lose, so only a sign drawn like 日 stands for it
    r"|(?<![^ ])(?P<y>[〇Oo0一二三四五六七八九]{4})[ ]{0,2}年[ ]{0,2}(?P<m>十[一二]?|[一二三四五六七八九元])"
    r"[ ]{0,2}月[ ]{0,2}(?P<d>三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
    r"[ ]{0,2}[曰口目][ ]*$"
)
# A date's year and month alone on a line (2024年6月, 二〇二四年九月): with a day alone on the next line,
# a date a narrow column cut after its month (rules/joins.join_cut_dates).
YEAR_MONTH_LINE = _lazy(rf"^{_YEAR_MONTH}$")
# A date written to its month only (2024年5月, 二〇二四年五月), its parts named (schema 1.8's
# `date_partial`, `printed_on_partial`): matched against the whole of what a date's place holds, and
# as the date of a 印发 line (PRINTED_LINE).
MONTH_DATE = _lazy(rf"(?P<y>{_YEAR_WORDS})[ ]{{0,2}}年[ ]{{0,2}}(?P<m>{_MONTH_WORDS})[ ]{{0,2}}月")
# A date written to its year only (2024年, 二〇二四年: schema 1.10's reduced precision `2024`): matched
# against the whole of what a date's place holds, and as the date of a 印发 line (2024年印发).
YEAR_DATE = _lazy(rf"(?P<y>{_YEAR_WORDS})[ ]{{0,2}}年")
# A date a narrow column cut after its year (二〇二五年 ⏎ 七月十五日, 2025年 ⏎ 7月15日): the year alone on a
# line, and its month and day alone on the next (rules/joins.join_cut_dates).
YEAR_LINE = _lazy(rf"^{_YEAR_WORDS}[ ]{{0,2}}年$")
MONTH_DAY_LINE = _lazy(rf"^{_MONTH_WORDS}[ ]{{0,2}}月[ ]{{0,2}}{_DAY_WORDS}[ ]{{0,2}}[日号]$")
# A year and month in figures anywhere (2024年5月起…): what a date cut after its year reads as across the
# cut, where the text names a month and no day (rules/joins._date_cut_inside).
YEAR_MONTH = _lazy(rf"{_YEAR_FIGURES}[ ]{{0,2}}年[ ]{{0,2}}(?:{_MONTH_FIGURES})[ ]{{0,2}}月")
# What a line ends on where a figure date is cut after its year, its 年 or its month's figure (…自2024,
# 成文日期：2024年, 2024年6): asked of a line's last characters before a date is searched across the cut.
DATE_HEAD_END = _lazy(rf"(?<!\d){_YEAR_FIGURES}(?:[ ]{{0,2}}年(?:[ ]{{0,2}}\d{{1,2}})?)?$")
# A 成文日期 of which only the day is left (二十六日, 0二十六日, 26日): a copy lost its year and month.
DATE_FRAGMENT_LINE = _lazy(rf"^[0-9〇零]{{0,2}}{_DAY_WORDS}[日号]$")
# A right-aligned 落款 a web copy flattened onto the last line of the body (…请予支持。  2005年2月7日):
# a gap after the sentence's stop, then the date, or an organ and the date, and nothing else (the
# spaces between CJK characters are gone from the text by then: the zone rule checks the gaps).
FLATTENED_SIGNATURE = _lazy(
    rf"(?<=[。!?;”)])[ ]{{0,40}}(?:(?P<organ>[\p{{Han}}()、]{{2,40}}?)[ ]{{0,40}})?(?P<date>{DATE.pattern})$"
)
# The 落款 closing a 公文 a copy flattened onto one line (…遵照执行。 某某局 2024年3月5日): after a
# sentence's stop and a space, an organ's name, a space and the date, at the line's end or before the
# first page's number (-1-) that a copy of a paged document runs on after it; never inside a sentence.
FLATTENED_TRAILER = _lazy(
    rf"(?<=[。!?])(?P<gap>[ ]{{1,40}})(?P<organ>[\p{{Han}}()、]{{2,40}})(?P<gap2>[ ]{{1,40}})(?P<date>{DATE.pattern})"
    r"(?:[ ]*$|(?P<gap3>[ ]{1,40})(?=-[ ]{0,2}\d{1,3}[ ]{0,2}-(?:[ ]|$)))"
)
# A 落款 flattened onto the end of a contact line, after its last value (电话:12345678 某某局 2023年5月6日);
# the date may be cut short by the page's end (某某局 2023年).
_CUT_DATE = rf"{_YEAR_FIGURES}[ ]{{0,2}}年(?:[ ]{{0,2}}(?:{_MONTH_FIGURES})[ ]{{0,2}}月)?"
CONTACT_THEN_SIGNATURE = _lazy(
    rf"(?<=[\d)])[ ]{{1,40}}(?P<organ>[\p{{Han}}()、]{{2,40}}?)[ ]{{0,40}}(?P<date>{DATE.pattern}|{_CUT_DATE})$"
)
# The 落款 part of a line it was flattened onto, matched from where the zone rule found it starts.
SIGNATURE_TAIL = _lazy(rf"(?:(?P<organ>[\p{{Han}}()、]{{2,40}}?)[ ]{{0,40}})?(?P<date>{DATE.pattern}|{_CUT_DATE})$")
# The 印发 line: organ and date before 印发 (the number of copies may follow on the line: （共印10份）), or
# both labelled (印发机关：某办  印发日期：2024年5月6日), or both under one label (印发：某办  2024年5月6日).
# The word a 印发 line ends on, alone on the line under its organ and date where the line was broken
# (某县政府办公室 ⏎ 2024年6月11日 ⏎ 印发): that organ and date are the 版记's, no signer's.
PRINTED_WORD = "印发"
# A clock time (10:00, 8:30): its colon parts hours and minutes, no clause of a sentence (rules.joins).
CLOCK_TIME = _lazy(r"\d{1,2}:\d{2}")
# An agenda's or a schedule's row opening with its time cell: a clock time, or a span of two (9:00—9:20,
# 9:00-9:20, 9:00～9:20, 9:00至9:20), before the row's text (rules.joins: two such rows are two lines).
CLOCK_ROW = _lazy(r"[ ]{0,8}\d{1,2}:\d{2}(?:[ ]{0,2}(?:[-—–~～]{1,2}|至|到)[ ]{0,2}\d{1,2}:\d{2})?(?=[ \t]|\p{Han})")
_COPIES = r"(?:[ ]{0,4}\(?共印[ ]{0,2}\d{1,5}[ ]{0,2}份\)?)?"
# The verb after the 印发 line's date: 印发, or as older and county copies print it, 印 alone or 印制
# (某县水利局办公室　　2005年3月1日印): the same line, the date its printing's. Only after a date: an organ alone
# before 印 or 印制 is no line of the 版记's.
_PRINTING_VERB = r"(?:印发|印制|印)"
# The characters a 印发 line ends on before its copies (the verbs' last) and the one every form holds.
PRINTED_LINE_ENDS = "发制印"
PRINTED_LINE_CHAR = "印"
# The 印发 line flattened onto the 抄送 line after its stop (抄送：市政府办公室。  某办  2024年5月6日印发).
PRINTED_AFTER_CC = _lazy(rf"(?<=[。.;])[ ]{{0,40}}(?=[^\n]{{0,60}}?(?:{DATE.pattern})[ ]{{0,2}}印发)")
# An undated 印发 line names its organ alone (某区水务局办公室印发): an organ's ending before 印发.
_PRINTING_ORGAN = rf"[\p{{Han}}()]{{1,40}}?(?:{ORGAN_ENDINGS})"  # an organ's name (organs.ORGAN_ENDINGS)
# Two offices printing jointly, parted by 、 or a comma or the one space the layout clean-up keeps between
# organs (印发：某办、某委办公室): each an organ's name, so a decision's sentence naming who prints is none
# (…负责于6月底前印发方案)
_PRINTING_ORGANS = rf"{_PRINTING_ORGAN}(?:(?:[ ]{{0,2}}[、,][ ]{{0,2}}|[ ]){_PRINTING_ORGAN}){{0,3}}"
# A 纪要's head line under its 纪要标志 and 期数 (schema 1.11): the office that prints it and the date, 印发
# between them or left out (某县人民政府办公室印发　2024年5月6日, 某县人民政府办公室　2024年5月6日), spaces or
# tabs between: a head set as a borderless table of two cells reads as one row, its cells parted by a tab.
PRINTED_HEAD_LINE = _lazy(rf"^(?P<by>{_PRINTING_ORGAN})[ \t]{{0,4}}(?:印发)?[ \t]{{0,40}}(?P<date>{DATE.pattern})$")
# The 印发 line a portal's 版记 table sets as two rows, each under its label (印发机关：某办 ⏎ 印发日期：2024年5月6日;
# 印发：某办 ⏎ 印发时间：…): the organ's row and the date's row, read together as one 印发 line (the date's `by`
# is empty: the row above names it).
PRINTED_BY_LINE = _lazy(rf"^印发(?:机关|单位)?[ ]{{0,2}}:[ ]{{0,2}}(?P<by>{_PRINTING_ORGANS})[ ]{{0,2}}$")
# The date's row may carry the organ's cell after it, the two labels set on one line date first (印发日期：2024年7月
# 11日　　印发单位：某办公室), as PRINTED_LINE's last form sets them organ first: then `by` is that cell's.
PRINTED_ON_LINE = _lazy(
    rf"^印发(?:日期|时间)[ ]{{0,2}}:[ ]{{0,2}}(?P<by>)(?P<date>{DATE.pattern}|{MONTH_DATE.pattern})[ ]{{0,2}}"
    rf"(?:[ ]{{0,40}}印发(?:机关|单位)[ ]{{0,2}}:[ ]{{0,2}}(?P<by>{_PRINTING_ORGANS})[ ]{{0,2}})?$"
)
PRINTED_LINE = _lazy(
    # one label for both, as 抄送： labels the line above (印发：某办　2024年5月6日, 印发单位：…), the line maybe
    # ending on 印发 too (印发：某办、某委办公室　2024年6月3日印发): first, so the label is never read as the organ's
    rf"^印发(?:机关|单位)?[ ]{{0,2}}:[ ]{{0,2}}(?P<by>{_PRINTING_ORGANS})[ ]{{0,40}}"
    rf"(?P<date>{DATE.pattern})(?:[ ]{{0,2}}印发)?{_COPIES}$"
    rf"|^(?:(?P<by>[^\n]{{2,60}}?)[ ]{{0,40}})?(?P<date>{DATE.pattern}|{MONTH_DATE.pattern}|{YEAR_DATE.pattern})"
    rf"[ ]{{0,2}}{_PRINTING_VERB}{_COPIES}$"
    # the date in brackets after the organ (某办（2024年5月6日印发）)
    rf"|^(?P<by>[^\n(]{{2,60}}?)[ ]{{0,4}}\((?P<date>{DATE.pattern})[ ]{{0,2}}印发\){_COPIES}$"
    rf"|^(?P<by>{_PRINTING_ORGAN})[ ]{{0,40}}印发{_COPIES}$"
    rf"|^印发(?:机关|单位)[ ]{{0,2}}:[ ]{{0,2}}(?P<by>[^:\n]{{2,40}}?)[ ]{{0,40}}"
    rf"印发(?:日期|时间)[ ]{{0,2}}:[ ]{{0,2}}(?P<date>{DATE.pattern})$"
)
