"""The header's words: letterhead, 发文字号, titles, 主送, 签发人, 密级 and urgency, kinds of document."""

from __future__ import annotations

from govdoc.patterns.base import _lazy, _lazy_plain
from govdoc.patterns.category import _BRACKETED_LETTER
from govdoc.patterns.organs import _HEAD_POST, ORGAN_BRACKET_AFTER, ORGAN_ENDINGS

# --- header ------------------------------------------------------------------------------
# A run of TABs inside a 版头 line: the border of its cells where a Word or WPS text export aligned them
# (`B类\t\t\t\t签发人：吴某`), as a wide run of spaces is (Block.gaps); one TAB is a label's and its value's
TAB_CELL_BORDER = _lazy(r"\t{2,}")
# The answer category a copy marks before the 文号 on its line (【B类】某环提〔2024〕11号, （A类）某发〔2024〕3号):
# the number starts after it, as after a bracket or a space.
_CATEGORY_BEFORE_NUMBER = rf"^{_BRACKETED_LETTER}[ ]{{0,2}}"  # (category.py's letters and brackets: one place)
# The 机关代字: an organ's short name in ideographs or Latin letters, which keeps a figure its organ's name holds
# inside it (榕12345办〔2024〕5号 of a 12345 hotline's office); it opens and ends on a letter, never a figure. It
# may end on the issuing department's mark in brackets (某发改（综）〔2024〕9号), part of the code.
_AGENCY_CODE = r"[\p{Han}A-Za-z](?:[\p{Han}A-Za-z0-9]{0,13}?[\p{Han}A-Za-z])??(?:\(\p{Han}{1,4}\))?"
# The year in digits, or in words digit by digit (〔二〇二四〕), maybe with its 年 inside the bracket (〔2024年〕).
_NUMBER_YEAR = r"(?P<year>(?:19|20)\d{2}|[一二][〇零O一二三四五六七八九]{3})(?:[ ]{0,2}年)?"
# A clerk may write the year with no bracket, as a 年 and a 第 before the serial (某人社函2024年第36号): the
# form a 公告's or 令's serial takes (海关总署公告2024年第18号, schema 1.8's `header.serial`), so it is a 发文字号 only
# after a code ending as a letter's or document's code does (函, 发, 字, 复, 办), never after 公告, 通告 or 令.
_UNBRACKETED_YEAR = r"(?<=[发函复办字])(?P<year>(?:19|20)\d{2})[ ]{0,2}年[ ]{0,2}第[ ]{0,2}"
DOC_NO = _lazy(
    rf"(?:^|(?<=[(《 ])|(?<={_CATEGORY_BEFORE_NUMBER}))"
    rf"(?P<code>{_AGENCY_CODE})[ ]{{0,2}}(?:(?P<lb>[〔\[(〈【])[ ]{{0,2}}{_NUMBER_YEAR}"
    rf"[ ]{{0,2}}[〕\])〉】][ ]{{0,2}}(?:第[ ]{{0,2}})?|{_UNBRACKETED_YEAR})(?P<serial>\d{{1,6}})[ ]{{0,2}}号"
)
# A 文号 a narrow column cut after its year's bracket: the head alone on its line (某农函〔2024〕), the
# serial alone on the next (36号); rules/joins.join_cut_dates makes them one line again.
DOC_NO_HEAD_LINE = _lazy(rf"^{_AGENCY_CODE}[ ]{{0,2}}[〔\[(〈【][ ]{{0,2}}{_NUMBER_YEAR}[ ]{{0,2}}[〕\])〉】]$")
DOC_NO_SERIAL_LINE = _lazy(r"^(?:第[ ]{0,2})?\d{1,6}[ ]{0,2}号$")
# … or cut inside its year (某教提复〔202 ⏎ 4〕17号, 某发〔 ⏎ 2024〕3号): the head up to the cut alone on its line,
# and the rest (the year's other digits, the bracket, the serial and 号) alone on the next
DOC_NO_YEAR_CUT_HEAD = _lazy(r"^[\p{Han}A-Za-z]{1,15}?[ ]{0,2}[〔\[(〈【][ ]{0,2}(?:19|20)?\d{0,2}$")
DOC_NO_YEAR_CUT_REST = _lazy(r"^\d{0,4}[ ]{0,2}[〕\])〉】][ ]{0,2}(?:第[ ]{0,2})?\d{1,6}[ ]{0,2}号$")
# … or cut inside its serial (某政办发〔2024〕1 ⏎ 8号): the head with the serial's first digits alone on its
# line, the serial's other digits and 号 alone on the next
DOC_NO_SERIAL_CUT_HEAD = _lazy(
    r"^[\p{Han}A-Za-z]{1,15}?[ ]{0,2}[〔\[(〈【][ ]{0,2}(?:19|20)\d{2}[ ]{0,2}[〕\])〉】][ ]{0,2}"
    r"(?:第[ ]{0,2})?\d{1,5}$"
)
# … or cut inside its agency code (某住建 ⏎ 函〔2024〕41号): the code's first characters alone on a short
# line, the rest of the number on the next with a code of one character, which no agency's code is
# alone (国发, 国函 are whole codes; an issuing organ's name over its 文号 is a whole name, not a cut code),
# or none: a text layer broke the number right before its year's bracket (某环函 ⏎ 〔2024〕57号)
DOC_NO_CODE_CUT_REST = _lazy(
    r"^(?P<code>[\p{Han}A-Za-z])?[ ]{0,2}[〔\[(〈【][ ]{0,2}(?:19|20)\d{2}[ ]{0,2}[〕\])〉】][ ]{0,2}"
    r"(?:第[ ]{0,2})?\d{1,6}[ ]{0,2}号$"
)
DOC_NO_CODE_CUT_HEAD = _lazy(r"^[\p{Han}A-Za-z]{1,8}$")
# … a whole agency code alone over the rest (某环函 ⏎ 〔2024〕57号): a few characters ending as codes do
DOC_NO_WHOLE_CODE = _lazy(r"^\p{Han}{1,6}[发函复办字]$")
# A proposal's or a document's serial the width cut between its digits (…提出的第02 ⏎ 35号提案收悉): the
# line ends on 第 and digits, the next opens with the other digits and 号
SERIAL_CUT_HEAD = _lazy(r"第[ ]{0,2}\d{1,5}$")
SERIAL_CUT_REST = _lazy(r"^\d{1,5}[ ]{0,2}号")
# A 文号 that lost its closing bracket or 号 (周交政发〔202527); a year that opens a period
# (…规划（2021—2035年）, （2024至2026年）) or is one with its 年 (（2021年版）) is a title's, no number's.
# So is one whose year OCR read with a look-alike letter for a digit (某教函〔2O24〕15号: O for 0, l or
# I for 1) or with the numerals' 〇 for its 0 (某卫健复〔2〇24〕8号, noise20): no year to split it by.
DOC_NO_BROKEN = _lazy(
    r"(?:^|(?<=[(《 ]))(?P<code>[\p{Han}A-Za-z]{1,15})[〔\[(〈【][ ]{0,2}"
    r"(?:(?:19|20)\d{2}|(?=[0-9OoIl〇]{0,3}[OoIl〇])[12Il][0-9OoIl〇]{3})(?![ ]{0,2}[-~至年])"
)
# Words no 机关代字 holds, before a year in brackets that DOC_NO_BROKEN would take for a cut 文号: a title's opening
# 关于 and a meeting's 会议 (round 30: 关于区九届人大四次会议〔2024〕建议字第38号的答复 is a title naming a suggestion
# by its year, no number that lost its end).
NOT_A_CODE = _lazy(r"^关于|会议")
# Maybe in brackets on a line of their own: 【秘密】, 〔特急〕.
SECURITY = _lazy(r"^[【\[(〔]?(?P<v>(?:绝密|机密|秘密)(?:[★*][^\n【】\[\]()〔〕]{0,12})?)[】\])〕]?$")
# A circulation mark that is no 密级 (schema 1.11 `header.restriction`): a 简报's or a notice's
# 内部资料　注意保存 above its title, on a line of its own, maybe in brackets (the line's whole, folded).
RESTRICTION_WORDS = ("内部", "注意保存")
RESTRICTION_CUES = (_lazy_plain("|".join(RESTRICTION_WORDS)),)  # (rules/cues.py: most heads hold neither)
RESTRICTION = _lazy(
    r"^[【\[(〔]?(?P<v>内部(?:资料|刊物|文件|使用|参阅|发行)(?:[ ]{0,4}[·・,]?[ ]{0,4}注意保存)?|注意保存)[】\])〕]?$"
)
# A 保密期限 written apart from its 密级 (秘密 ⏎ 保密期限：一年, 密级：机密　保密期限：10年): joined to it in
# `header.security` as written. Its value is short (一年, 10年, 长期, 2024年12月31日, 解密条件 aside).
SECURITY_PERIOD_LABEL = "保密期限"
SECURITY_PERIOD = _lazy(rf"^{SECURITY_PERIOD_LABEL}[ ]{{0,2}}:[ ]{{0,2}}[^\n:]{{1,16}}$")
# A telegram prints how it is sent beside its grade (特急·明电, 加急　密电): the grade is the urgency.
URGENCY = _lazy(r"^[【\[(〔]?(?P<v>特急|加急|特提|平急)(?:[ ]{0,4}[·・.]?[ ]{0,2}(?:明电|密电|明传|密传))?[】\])〕]?$")
# Every 密级 holds 密 and every 紧急程度 is 特提 or holds 急, and every 签发人 label (SIGNER) holds 签 or
# 署名 (tests/test_rule_speed.py ties them): the marks rule reads a line's cells only where it holds
# one, and a document whose header and trailer hold none is not read for them at all (rules/cues.py).
MARK_WORDS = ("密", "急", "特提")
SIGNER_WORDS = ("签", "署名")
MARKS_CUES = (_lazy_plain("|".join(MARK_WORDS)),)
SIGNER_CUES = (_lazy_plain("|".join(SIGNER_WORDS)),)
# The labels a 版头's 键：值 lines write the 密级 and the 紧急程度 under (密级：秘密, 紧急程度：特急);
# the value is taken only where it is such a mark.
SECURITY_KEYS = ("密级", "密级和保密期限", "秘密等级", "保密等级")
URGENCY_KEYS = ("紧急程度", "缓急程度", "紧急度", "缓急", "紧急等级", "等级")  # 等级: a 明传电报's cell
MARK_LABEL = _lazy(
    rf"^(?P<key>{'|'.join(sorted((*SECURITY_KEYS, *URGENCY_KEYS), key=len, reverse=True))})"
    r"[ ]{0,2}:[ ]{0,2}(?P<v>[^\n]*?)[ ]{0,2}$"
)
# A kind of document or a bare level word before 文件 (规范性文件, 政策文件, 自治区文件: a portal's
# column) names no organ.
DOCUMENT_CLASS_WORDS = (
    r"(?:行政)?规范性|政策性?|其他|其它|重要|相关|红头|上级|本级|公开|部门"
    r"|(?:自治区|省|市|县|区|州|盟|旗|乡镇|乡|镇)(?:级|委|政府|政府办)?"
)
# The 文件 of a 发文机关标志 wrapped onto its own line under the organ's name, or the 函 that a letter's
# 信函格式 prints there (某市人民政府办公室 ⏎ 函): the mark of the document's form, no line of its title.
WENJIAN_LINE = _lazy(r"^[ ]{0,4}(?:文[ ]{0,4}件|函)[ ]{0,4}$")
# The 发文机关标志: the organ and 文件, maybe set apart by spaces or, where a table holds the organ and
# its 文件 in two cells (a joint 标志 stacking its organs beside one 文件), by the cells' tab.
ISSUER_MARK = _lazy(
    rf"^(?!(?:{DOCUMENT_CLASS_WORDS})[ ]{{0,4}}文件$)(?P<organ>[\p{{Han}}()、 ]{{2,40}}?)[ \t]{{0,4}}文件$"
)
# Or the organ and the （函） a letter's 信函格式 prints beside it (某市教育局（函）): the mark of the form, as
# 文件 is, no part of the organ's name, which ends as an organ's does. Asked with ISSUER_MARK by the line's
# last characters (rules.lines.issuer_mark): one alternation of both cost every line three times the one
# pattern's time, the engine losing the literal it rejects a line by. The organ's second name or status may
# stand in brackets before the mark (某某控股集团（公司）（函）), part of its name as it signs (ORGAN_BRACKET_AFTER).
LETTER_MARK = _lazy(
    rf"^(?P<organ>[\p{{Han}}()、 ]{{2,40}}?(?:{ORGAN_ENDINGS}){ORGAN_BRACKET_AFTER})[ \t]{{0,4}}\(函\)$"
)
# The greeting some replies put after the colon (尊敬的王委员：您好！) is not an addressee.
# A character an encoding lost, left as `?` or U+FFFD: after a colon it stands for nothing.
LOST_MARK = _lazy(r"^[ ]{0,2}[?\ufffd]{1,3}[ ]{0,2}$")
# … and U+FFFD alone (a `?` may be the text's own) at a line's edge, before or after its words: no character of
# the text, but bytes the decoding lost (warned encoding-repaired), so no field's value opens or ends on it.
LOST_EDGE = "\ufffd"
# A greeting may also stand before the colon (网友您好：, 张先生，您好：, schema 1.10): no part of the name.
RECIPIENT_LINE = _lazy(
    r"^(?P<body>[^。!?\n]{1,150}?)(?:[ ]{0,2},?[ ]{0,2}(?P<hello>(?:您|你|你们|您们)好))?"
    r"[ ]{0,2}:(?:[ ]{0,2}(?:您|你|你们|您们)好[!。]?|[ ]{0,2}[?\ufffd]{1,3})?$"
)
# A 主送 written as a labelled line (`主送：某局，某委。`, `主送机关：…`): the addressees follow the label.
LABELLED_RECIPIENTS = _lazy(r"^主[ ]{0,2}送(?:机关|单位)?[ ]{0,2}:[ ]{0,2}(?P<names>[^。!?:\n]{2,150}?)[ ]{0,2}。?$")
# An answer to a 政府信息公开 request may address its applicant by the role's label instead of a greeting
# line (`申请人：张某` under the 答复书's number): the 主送, one name or organ standing alone after the label. A
# party's particulars after it (申请人：张某，男，1980年生…, as a 复议决定书 lists them) are no 主送.
LABELLED_APPLICANT = _lazy(r"^申请人[ ]{0,2}:[ ]{0,2}(?P<names>[^ 。!?:,;、()\n]{2,40}?)[ ]{0,2}。?$")
# The title of such an answer (政府信息公开申请答复书, 依申请公开告知书, …答复书/告知书): only there is the
# applicant the one addressed; a 公示's facts or a 复议决定书's parties list 申请人 among other rows.
APPLICANT_ANSWER_TITLE = _lazy(r"信息公开|依申请|答复书|告知书")
# What an answer to a 政府信息公开 request answers (schema 1.10's `responds_to` of kind 申请): the request as
# its opening names it (你于…提出的政府信息公开申请收悉), only where the title says it answers one.
INFORMATION_REQUEST_TITLE = _lazy(r"信息公开|依申请")
INFORMATION_REQUEST = _lazy(r"(?:政府)?信息公开申请|(?<=收到[^。\n]{0,40}的)申请|(?<=的)申请(?=[ ]{0,2}收悉)")
HONORIFIC = _lazy(r"^(?:尊敬的|敬爱的|亲爱的|尊敬(?!的))")  # 尊敬 without 的: 尊敬王委员
# The public addressed alone on a line, as a hotline or mailbox page answers the message it prints
# above (`网友：`, `尊敬的市民朋友：`, `尊敬的来信人：`, the one who wrote, called or complained): no body
# sentence is only that.
# The public greeted without a colon (网友您好！, 市民朋友，您好！, schema 1.10): the greeting names whom the
# answer addresses; only the public's words, since a speech greets its audience so (同志们好！). Or deputies or
# members greeted by name so (龙某某委员您好！, 尊敬的甲某、乙某代表，您们好！), as BARE_DEPUTY names them without the
# colon: no speech greets a named deputy, and the answer's 主送 is they. A speech greets its hall by a word for a
# group (各位代表、各位委员，你们好！: REVIEW29 R3), which is no name (`_AUDIENCE`).
_AUDIENCE = r"各位|诸位|全体|与会|列席|出席|在座|广大|部分|其他|有关|特邀|人大|政协"
_GREETED_NAME = rf"(?!{_AUDIENCE})\p{{Han}}{{2,4}}"
GREETED_PUBLIC = _lazy(
    r"^(?:尊敬的|亲爱的)?(?:广大)?(?P<body>(?:网友|网民|市民|群众|居民)(?:朋友)?们?"
    rf"|(?:{_GREETED_NAME}[、,]){{0,4}}{_GREETED_NAME}(?:等\d{{0,3}}[名位])?(?:代表|委员))"
    r"[ ]{0,2},?[ ]{0,2}(?:您|你)们?好[!。]?$"
)
PUBLIC_ADDRESSEE = _lazy(
    r"^(?:尊敬的|亲爱的)?(?:广大)?(?:(?:网友|网民|市民|群众|居民)(?:朋友)?|朋友"
    r"|(?:来信|留言|反映|投诉|咨询|来电|信访)人)们?[ ]{0,2}:(?:[ ]{0,2}(?:您|你)好[!。]?)?$"
)
# Deputies or members named alone on a line (`李某代表`, `张某、王某委员`), a 主送 whose colon the page lost.
# (OCR may read the colon after it as a semicolon: 甘某代表;)
_DEPUTY_HONOUR = r"(?:尊敬的|敬爱的|尊敬)?"
_LAST_DEPUTY = r"\p{Han}{2,4}(?:等\d{0,3}名?位?)?(?:代表|委员)"  # the last name, any count, and the role
BARE_DEPUTY = _lazy(rf"^{_DEPUTY_HONOUR}(?:\p{{Han}}{{2,4}}[、,]){{0,9}}{_LAST_DEPUTY};?$")
# Deputies or members addressed by names parted by single spaces (程某某 苏某某 杨某某委员：, as a portal's
# editor lists the proposers of a joint 提案): each space parts two names as a 、 would, so the layout rule keeps
# it; a letter-spaced name leaves pieces of one character (程 某 某委员：), never two to four each.
SPACED_DEPUTIES = _lazy(
    rf"^{_DEPUTY_HONOUR}(?:\p{{Han}}{{2,4}} ){{1,9}}{_LAST_DEPUTY}"
    r"(?:[ ]{0,2}[:;]|[ ]{0,2},?[ ]{0,2}(?:您|你)们?好[!。]?)$"
)
# A member or deputy addressed at a line's end right after a title's kind word, the break between them
# lost (…提案的答复邵某委员：): the name (two to four characters) and its colon.
ADDRESSEE_AT_END = _lazy(r"(?:尊敬的)?\p{Han}{2,4}(?:代表|委员)[:;]$")
# A person's name the width cut before the 主送 (欧阳某 ⏎ 某委员：): a few characters of a name alone
NAME_PIECE = _lazy(r"^\p{Han}{1,3}$")
# The reply's opening sentence: 您（在…会议上）提出的…, …收悉, or …答复如下 (the meeting may stand
# between 您 and 提出的: `您在区十届政协三次会议期间提出的…`).
REPLY_OPENING = _lazy(
    r"^(?:您|你|你们|您们)(?:好[,!。]?)?[^。\n]{0,30}?(?:提出|领衔提出|所提)的"
    r"|^[^。\n]{0,80}收悉|^[^。\n]{0,120}(?:答复|函复|复函|回复)如下"
)
# A reply's opening that addresses an organ (贵单位在…提出的, a party's or body's collective proposal).
ORGAN_REPLY_OPENING = _lazy(r"^[^。\n]{0,12}?贵(?:单位|会|党派|委|部门)[^。\n]{0,40}?(?:提出|所提|提交)的")
# (A web address is no pair: `http://…` alone on its line names no key `http`; conv25.)
KEY_VALUE = _lazy(r"^(?P<key>[\p{Han}A-Za-z]{2,10})[ ]{0,3}:(?!//)[ ]{0,3}(?P<value>[^\n]*)$")
# The labels a page's information table writes the document's title under, the preferred first.
TITLE_TABLE_KEYS = ("标题", "信息名称", "名称")
# The labels a page's information table writes the issuing organ under: the 发文机关 itself and its other
# names (发文单位, 发文机构), then the column a portal names the organ that published or answers the
# document by (发布机构, 发布单位, 责任部门 and its long form 公开责任部门, 办理部门; a reply's 答复单位/办复单位).
# Every one is an INFO_TABLE_LABELS row (holdout22 b6a: 发文机构 was read as a pair but named no issuer).
ISSUER_TABLE_KEYS = (
    "发文机关",
    "发文单位",
    "发文机构",
    "发布机构",
    "发布单位",
    "责任部门",
    "公开责任部门",
    "办理部门",
    "答复单位",
    "办复单位",
    "来文单位",
    "来文机关",
)
# The labels a page writes the 发文字号 under (文号：某发〔2024〕3号); under 文件编号 or 编号 a value is
# taken only where it is a 发文字号 (编号：247 numbers the page's entry). A reply's head labels its own
# number as the answer's (复文编号：某办议〔2024〕45号, 复文号, 答复文号, 复函编号, 办复文号), as a ministry's
# reply prints it above the title: the same 发文字号, under the answer's word. An OA system's record of a received
# document names the sender's number and organ as the received one's (来文字号, 来文单位; conv25).
# The labels a page's information table writes the 签发人 under, often with no colon (签发人 张某
# 签发日期 …); the value is the signer only where it is a name (or names parted by 、).
SIGNER_TABLE_KEYS = ("签发人", "签发领导")
SIGNER_TABLE_NAME = _lazy(r"^[\p{Han}·]{2,8}(?:、[\p{Han}·]{2,8}){0,3}$")
DOC_NUMBER_KEYS = (
    "文号",
    "发布文号",
    "发文文号",
    "公文文号",
    "发文字号",
    "发字文号",
    "文件编号",
    "编号",
    "复文编号",
    "复文号",
    "答复文号",
    "复函编号",
    "办复文号",
    "来文字号",
    "来文文号",
)
# A `|` table's label cell: the label, maybe bracketed, maybe with its colon (`| 索引号: | … |`).
PIPE_KEY = _lazy(r"^\[?[ ]{0,3}(?P<key>[\p{Han}A-Za-z ]{2,20}?)[ ]{0,3}\]?[ ]{0,2}:?$")
TITLE_OPENER = _lazy(r"^(?:关于|对|《)")
# A page's byline under its headline (来源：… 发布日期：…, 发布时间：…, 浏览次数): the line above it is
# the headline the page shows, a title where the document has none of its own shape.
BYLINE = _lazy(
    r"^(?:(?:信息|文章|稿件)?来源|发布(?:时间|日期)|更新时间)[ ]{0,2}:[ ]{0,2}[^ ]|浏览次数|访问次数|阅读次数"
)
HEADLINE_WORDS = _lazy(r"\p{Han}{8}")  # a headline says something: eight Han characters in a row at least
# A listed item's heading, a number then a colon (`202301号：关于…的议案`): a page listing proposals
# and their answers under its headline; no title's line opens like this.
LISTED_ITEM_HEAD = _lazy(r"^第?[ ]{0,2}[A-Za-z]{0,3}\d{1,16}[ ]{0,2}号[ ]{0,2}:")
# A breadcrumb trail (`首页 > 政务公开 > …`), which may end in the page's headline: never a title.
BREADCRUMB = _lazy(r"^(?:[^<>»›\n]{1,24}[ ]{0,3}(?:>{1,2}|»|›)[ ]{0,3}){1,8}[^<>»›\n]")
# A page's navigation line: a breadcrumb trail or its location label (当前位置：首页 > …).
NAVIGATION = _lazy(r"(?:首页|主页)[ ]{0,3}[>/»›]|当前位置|您现在的位置|您的位置|所在位置")
# A title's own shape where its type is no listed one (…的公示, …的建议): `关于…的X`, maybe after its organ.
GUANYU_TITLE = _lazy(r"^[\p{Han}()、 ]{0,40}?关于[^。;:!?\n]{2,80}的[\p{Han}]{1,8}$")
# The verb after which a title's subject starts; the organ that opens the title stands before
# the first one whose prefix is an organ (国务院办公厅|转发…, 国务院、中央军委|关于…).
TITLE_VERB = _lazy(r"关于|对(?![于象外])|转发|印发|批转|发布")
# A document type's word right after one of these opens what the title is about, as the verb's object
# (`某市人民政府关于通报` / `表彰…的决定`): a line ending so is cut mid-title, no title's end.
TYPE_AFTER_VERB = ("关于", "转发", "印发", "批转", "发布")
# A title forwarding another organ's document (关于转发县教育局…的通知): a 文号 printed under its 主送 is the
# forwarded paper's (rules/header `_number_under_recipients`), not the notice's own.
FORWARDING_VERBS = ("转发", "批转")
# A title line that goes on from the line above: a session's ordinal (`第二次会议…`) wraps off
# the congress or committee it belongs to (`某县第九届人民代表大会` / `第二次会议…报告`).
TITLE_SESSION_TAIL = _lazy(r"^第[一二三四五六七八九十0-9]{1,4}次(?:全体)?会议")
# A meeting's name on a line of its own over the 关于 line of what it adopted (`某镇第十八届人民代表大会
# 第三次会议` / `关于…的决议`, `中国共产党某县第十六次代表大会` / `关于…的决议`): the title's first line,
# as an organ's name there is; a congress's, a committee's or a party congress's session.
MEETING_NAME_LINE = _lazy(
    r"^\p{Han}{2,30}?(?:代表大会|委员会)\p{Han}{0,8}?第[一二三四五六七八九十0-9]{1,4}次(?:全体)?会议$"
    r"|^\p{Han}{2,20}?第[一二三四五六七八九十0-9]{1,3}次代表大会$"
)
# A title without 关于 that opens with a complete organ (`某县人民政府拟征收土地启动公告`): the
# longest prefix ending in an organ's own suffix (a bare place name, 某县, is no organ), with
# the office under it (`…人民政府办公室`), so a unit under its bureau is named whole
# (`某市公安局交通警察支队|…提示`); organs of every kind open such titles: a court, a procuratorate,
# a people's organisation (总工会, 妇女联合会), a library or museum, a hospital or school, a
# subdistrict's office, a party committee's department, and the bodies a government sets up to run one
# task, which announce in their own name (某县防汛抗旱指挥部通告, 某市创建文明城市工作领导小组办公室通告),
# and a standing committee under its short name (某市人大常委会公告: 委 before 会 is no end above).
# 政府 right after another organ's suffix is no
# organ's end: it opens the subject (某市财政局|政府信息公开申请答复书), as no organ is named 某局政府.
# A body set up to run one task (TITLE_HEAD_ORGAN's 指挥部, 领导小组) opens a title in its own name only
# before the title's type or 关于 (某县防汛抗旱指挥部通告); before other words it is the title's subject
# (某市创建文明城市工作领导小组成员名单, …指挥部成员单位及职责分工), and a body of a whole area (全县…, 全市…)
# is a subject too (diffread-A A7).
TASK_BODY_ENDS = ("指挥部", "领导小组", "领导小组办公室")
WHOLE_AREA_OPENINGS = ("全省", "全市", "全县", "全区", "全镇", "全乡")
# (局, 厅 and 署 doubled are one ending and the next word's first character, whatever that word is: the post,
# the meeting or the mailbox named after the organ (局长办公会议, 局务（扩大）会, 局党组会, 厅厅长专题会议, 局长信箱),
# so `某市财政局局务会议纪要` is 某市财政局's, not 某市财政局局's; a single 局 before the post is the ending
# it shares with the post (某市财政局长办公会议纪要 is 某市财政局's); struct26 cause 4, fixB26 N1/N5)
TITLE_HEAD_ORGAN = _lazy(
    r"^\p{Han}{2,30}(?:人民政府|(?<![局厅委署办])政府|委员会|管委会|委(?![员会托书])|(?<!局)局|(?<!厅)厅|(?<!署)署"
    r"|中心|公司|集团|银行"
    r"|指挥部|领导小组|常委会"
    r"|联合会|总工会|工会|协会|学会|商会|法院|检察院|研究院|设计院|科学院|图书馆|博物馆|档案馆|文化馆|纪念馆"
    r"|美术馆|科技馆|医院|卫生院|学校|大学|学院|党校|总队|支队|大队|办事处|海关|气象台|监狱|(?:组织|宣传|统战)部)"
    r"(?:办公室|办公厅)?"
)
# Genres that close a title though the contract's type list does not name them (kind `other`):
# a 公示 (`某委…项目完成情况公示`) publishes results for objection, a 规则 (`某县人民政府工作规则`)
# sets an organ's own working rules, a year's 工作要点, a 若干措施, a 工作总结, a 指南, a 章程 or a
# 规划纲要 stand alone as a plan or a regulation does, and an organ publishes its 倡议书, 公开信
# and a leader's 讲话 under a title of their own.
# A portal also titles its own genres so: a 政策解读, a 答记者问, a 政策问答, a 工作简报; an organ its
# 慰问信, 感谢信, 贺信; an agency its 文书 (行政处罚决定书, 责令改正通知书, 行政处罚告知书) and the rules,
# lists and guides it publishes on their own (工作制度, 权责清单, 名单, 工作指引, 报名须知, 技术导则, 村规民约)
# and a year's account under no type, naming its year (某县2023年度法治政府建设情况: a portal's
# column name over a page, 提案办理情况, is no title); an organ's open letter (致…的一封信);
# its 应急预案, 工作规程, 服务规范, 标准 and 白皮书; a leader's 致辞 and 发言 beside the 讲话; a 宣讲提纲, a
# year's 工作安排 and a 任务分工; an organ's 启事 (招聘启事, 征集启事) and 声明, the 说明 of a draft or a
# budget, and the 责任书, 承诺书 and 协议书 it signs with others, a 台账 of tasks and a 备忘录; a
# 三年行动 or 专项行动 and a set of 若干政策 issued as a plan or measures are; the 提示 (消费提示,
# 温馨提示), an organ's 主要职责 and 服务承诺 and a 指导目录 a portal publishes; the page a portal publishes a
# proposal's handling result on (…建议办理结果公开), its rows and the answer under it.
# The feedback forms a reply comes with or a proposer fills in (征询意见表, 意见反馈表, 满意度测评表, 回执): one row for
# the header, where such a form's title stands over its rows (…建议办理情况征询意见表 ⏎ 建议编号：…), and the trailer,
# where a reply asks for one to be filled in (patterns.trailer.CLOSING_SENTENCE).
FEEDBACK_FORM_NAMES = ("征询意见表", "意见征询表", "征求意见表", "意见反馈表", "反馈意见表", "满意度测评表", "回执")
FEEDBACK_FORM = rf"(?:{'|'.join(FEEDBACK_FORM_NAMES)})"
_FORM_NAME = rf"(?:(?:答复|回复|办理|办复|反馈|征询|处理)(?:情况)?(?:表|单)|{FEEDBACK_FORM})"
# A handling form's title (…建议办理答复表): the 键：值 rows under it are the form's header, up to its answer.
FORM_TITLE = _lazy(rf"{_FORM_NAME}$")
UNLISTED_TITLE_SUFFIX = _lazy(
    r"(?:公示|规则|要点|措施|总结|指南|章程|纲要|倡议书|倡议|公开信|讲话|解读|答记者问|问答|简报"
    r"|责任书|承诺书|协议书|台账|备忘录"
    # words a page also prints alone or after a word or two (目录, 温馨提示, 免责声明, 填表说明, 主要职责):
    # a title names its subject before them
    r"|\p{Han}{3}(?:启事|声明|说明|行动|政策|提示|职责|承诺|目录)"
    r"|慰问信|感谢信|贺信|贺电|表扬信|决定书|通知书|告知书|制度|清单|名单|名录|指引|须知|导则|守则|民约|公约"
    r"|^[^\n]{0,20}?(?:19|20)\d{2}[ ]{0,2}年[^\n]{1,40}情况"
    r"|一封信|的信|预案|规程|规范|标准|白皮书|致辞|发言|提纲|安排|分工"
    # a page publishing how a proposal was handled (…建议办理结果公开, …提案答复公开, …办理情况公开, and
    # by its 办理 alone, …提案办理公开: holdout29, as patterns.chrome.LIST_COLUMN_NAME names such a column)
    r"|(?:办理(?:结果|情况)?|办复|答复)公开"
    # a handling form's name (…建议办理答复表, …提案办理回复单, …意见征询表): its rows follow, no 主送 may
    rf"|{_FORM_NAME})$"
)
# The noun of an instrument or a form closing a title the type list does not name (信访事项督办卡,
# 问题线索交办单, 安全隐患整改通知书, 项目验收登记表): a document's own name for what it is, as a
# portal's column name over its items (网民留言选登, 提案办理情况) is not.
FORM_NOUN_ENDING = _lazy(r"\p{Han}{2}(?:卡|单|书|表)$")
# A form's label alone on its line over the text it heads (`答复内容：`, `办理情况：`), under the
# form's title and its labelled rows (rules/header_title.framed_title).
FORM_TEXT_LABEL = _lazy(r"^\p{Han}{2,7}[ ]{0,2}:$")
# A number of the courts' and procuratorates' style, the year in brackets first (（2024）江06司建3号,
# （2024）临检建2号之一): under the title of a 司法建议书 or 检察建议书 it stands where a 文号 stands.
CASE_NUMBER_LINE = _lazy(
    r"^\((?:19|20)\d{2}\)[ ]{0,2}[\p{Han}A-Za-z0-9]{0,10}?\p{Han}\d{1,6}[ ]{0,2}号(?:之[一二三四五六七八九十]{1,3})?$"
)
# A year a title names (某镇2023年工作总结和2024年工作思路): the document's own, as a column's name is not.
TITLE_YEAR = _lazy(r"(?:19|20)\d{2}[ ]{0,2}年")
TITLE_ORGAN_TEXT = _lazy(r"^[\p{Han}()、· ]{2,40}$")
# A clause inside a would-be 主送 line makes it body: `为做好…工作，现将有关事项通知如下：`.
RECIPIENT_CLAUSE = _lazy(
    r"^[ ]{0,2}(?:为|根据|按照|依据|依照|经|对于)[^,\n]{1,60},"
    r"|,[ ]{0,2}(?:现将|现就|现予|现对|现|特此|请|为|根据|按照|依据|经)"
    r"|通知|告知|函告|通报|报告|答复|如下"
)
# The clause a notice's or a letter's body opens on, its purpose or its ground (为做好…工作，, 根据…，,
# 经研究，, 近日，): after a 主送 a copy ran onto it (`各中小学校：为做好…`), it says where the body begins.
BODY_OPENING_CLAUSE = _lazy(r"^(?:为了?|根据|按照|依据|依照|遵照|经|对于|近日|近期|日前)[^,。:\n]{0,60},")
# Addressees named distributively, each of a kind (各中小学、幼儿园, 各乡镇), as a notice's 主送 is: no
# name of a thing (各项工作, 各类问题, 各种形式, 各个环节, 各方面).
DISTRIBUTIVE_ADDRESSEES = _lazy(r"^各(?![项类种个方])\p{Han}")
# A 令 promulgating a regulation: its number line, the promulgation sentence, the signer's post.
COPY_NUMBER = _lazy(r"^\d{6}$")  # 份号, six digits at the top left of a 版头
COPY_NUMBER_CELL = _lazy(r"\d{6}[ \t]+")  # the 份号 and the spaces setting it off from a mark on its line
# A type's word alone on its line, letter-spaced under the organ's name (某市人大常委会 ⏎ 公　　告 ⏎ 第12号;
# two ministries ⏎ 令 ⏎ 第35号): the title an announcement's or an order's page prints, its organ's name
# over it the 发文机关标志, as over a 关于 title.
_BARE_TYPES = "公告|通告|令|命令|公报|通报|决定|决议"
BARE_TYPE_TITLE = _lazy(rf"^(?:{_BARE_TYPES})$")
# The same word, or an internal notice's, a 纪要's or a 公示's, alone as the text's first line with nothing
# above it (通　知 ⏎ 各科室：…; 会议纪要 ⏎ 第5期; 公告 ⏎ 第3号): the document's whole title, as it prints it.
BARE_TYPE_OPENING = _lazy(rf"^(?:{_BARE_TYPES}|通知|会议纪要|纪要|公示)$")
# The numbering of a 令, a 公告 or a 纪要's issue: a year (written 2024年, or in brackets as a 文号 sets it:
# 〔2024〕), then 第, a number in figures or Chinese numerals (第25号, 第二十五号 alike), and the unit. The
# three patterns below read it (the 令's number line, the serial, the issue's line): its pieces are
# written here once.
_YEAR = r"(?:19|20)\d{2}"
_SERIAL_NUMBER = r"\d{1,8}|[〇零一二三四五六七八九十百千两]{1,8}"
# a 令's number: 第256号, or a ministry's 2024年第5号, or its year in brackets as a 文号 sets it (〔2024〕第3号)
ORDER_NUMBER_LINE = _lazy(
    rf"^(?:{_YEAR}[ ]{{0,2}}年[ ]{{0,2}}|[〔\[(【]{_YEAR}[〕\])】][ ]{{0,2}})?"
    rf"第[ ]{{0,2}}(?:{_SERIAL_NUMBER})[ ]{{0,2}}号$"
)
# Schema 1.8's `header.serial`: the 序号 a 公告, 通告 or 令 carries in place of a 发文字号 (GB/T 9704's
# 令号): 第12号, 第十二号, 2024年第5号, 〔2024〕第3号, 〔2024〕3号 (a bracketed year stands for the 机关代字's
# place), in brackets as a whole or not (（第12号）); and a 纪要's issue number (第5期, 〔2024〕第5期), its
# place in its series in the same way (a 常务会议纪要 by its sitting: 第12次). Its year, number and unit (号, 期
# or 次) are named (y, n, unit).
_SERIAL_YEAR = rf"[〔\[(【〈](?P<y>{_YEAR})[〕\])】〉]"
_SERIAL = (
    rf"(?P<serial>(?:(?P<y>{_YEAR})[ ]{{0,2}}年[ ]{{0,2}}|{_SERIAL_YEAR}[ ]{{0,2}})?"
    rf"总?第[ ]{{0,2}}(?P<n>{_SERIAL_NUMBER})[ ]{{0,2}}(?P<unit>[号期次])"
    rf"|{_SERIAL_YEAR}[ ]{{0,2}}(?P<n>\d{{1,8}})[ ]{{0,2}}(?P<unit>号))"
)
SERIAL_LINE = _lazy(rf"^\(?{_SERIAL}\)?$")  # the serial on its own line, under the type's line
SERIAL_TITLE_END = _lazy(rf"(?:公告|通告|令)[ ]{{0,2}}\(?{_SERIAL}\)?$")  # 国家税务总局公告2024年第1号
# the line a serial stands under (the title's, or the 令's head), and the unit its type numbers by
# (schema 1.9: a 公报 numbered 第一号 under its title, a 通报's, 简报's or 信息's issue 第N期, as a 纪要's)
SERIAL_TYPE_END = _lazy(r"(?:公告|通告|令|纪要|公报|通报|简报|信息|动态|快报)$")
SERIAL_UNIT = {
    "公告": "号",
    "通告": "号",
    "令": "号",
    "纪要": "期号次",  # a 纪要 is numbered 第5期 or 〔2024〕5号, a 常务会议's by its sitting (第12次)
    "公报": "号",
    "通报": "期",
    "简报": "期",
    "信息": "期",
    "动态": "期",
    "快报": "期",
}
PROMULGATION = _lazy(r"(?:现予|现将|予以|特此|现)[^。\n]{0,40}(?:公布|发布|颁布)|自[^。\n]{2,30}起施行")
_ORDER_POSTS = r"(?:总理|副总理|主席|委员长|部长|主任|署长|局长|行长|省长|市长|州长|县长|区长)"
# Schema 1.9's `signature.persons`: a person signing in the 落款 by post and name (a 命令's 市长 张某某, a
# 议案's 领衔代表：李某某, a 决议's 主任 王某某), who is no organ: the 令's posts above and those of a
# township's head and a motion's deputies.
# The name is a person's: two to four characters (a minority name parted by ·, up to eight), never a word that
# makes the line a body's or a box's name with the post before it (市长信箱, 主任会议, 市长热线, 局长接待日:
# review18 R3), nor another post or a phone's name (主任委员, 市长助理, 市长公开电话: diffread-B B3).
# The words that follow a post in a line of the 落款 region and name no one: the post's mailbox, hotline,
# office, duty or column (市长信箱, 局长热线, 主任科员, 市长批示, 局长留言板, 县长直通车, 镇长手机, 代表之家,
# 省长质量奖, 县长接访). One table, asked twice: a "name" ending in one (`SIGNING_PERSON`'s lookbehind) is
# no person; a name opening with one is none either unless it opens with a surname (`NOT_A_NAME_OPEN`).
NOT_A_NAME_WORDS = (
    "信箱", "会议", "热线", "专线", "邮箱", "接待日", "接待室", "接待", "办公室", "办公会", "信访", "来信",
    "留言", "通道", "之窗", "在线", "公开", "工作室", "联系点", "电话", "助理", "委员", "秘书", "专员", "代表",
    "办公", "意见", "建议", "服务", "平台", "网站", "窗口", "中心", "热线电话", "科员", "批示", "手机", "网箱",
    "之家", "质量奖", "接访", "直通车", "讲话", "交办", "督办", "批办", "签批", "信息", "讲堂", "访谈",
)  # fmt: skip
_NOT_A_NAME = "|".join(sorted(NOT_A_NAME_WORDS, key=len, reverse=True))
SIGNING_PERSON = _lazy(
    rf"^(?P<post>(?:国务院)?副?(?:{_ORDER_POSTS}|旗长|盟长|乡长|镇长)|领衔代表|代表)"
    r"[ ]{0,6}:?[ ]{0,2}(?P<name>\p{Han}{2,4}|\p{Han}{1,4}·\p{Han}{1,4})$"
    rf"(?<!{_NOT_A_NAME})"  # diffread-B B3
)
NOT_A_NAME_OPEN = _lazy(rf"^(?:{_NOT_A_NAME})")
# Whom a post in the 落款 names (市长　张某某, 主任　欧阳某, 县长　付建华, 市长　买买提明): a name of two to
# four Han characters that is no post's word (`NOT_A_NAME_WORDS`), or one parted by `·`. The surnames say
# that a name opening with one is a name though a word of that table might open it too; they are the
# single surnames of the 百家姓 and the common modern ones it lacks (付, 闫, 兰, 苑, 迟 …), 某 that stands
# for a withheld name (某某某), and the compound ones. A name without a Han surname (a Uyghur or Tibetan name
# written without `·`: 买买提明, 扎西) is a person as well where no post's word opens or ends it.
SURNAMES = frozenset(
    "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎"
    "鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄"
    "和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭"
    "梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚"
    "程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫"
    "宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴鬱胥能苍双"
    "闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍郤璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容"
    "向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空"
    "曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公晋楚闫法汝鄢涂钦归海岳帅缑亢况郈有琴商牟佘佴伯赏"
    "墨哈谯笪年爱阳佟言福"  # the 百家姓's single surnames
    "付肖覃练粟揭邸麦宾银虎兰苑迟谌栗初门仝邝冼苟隋代战母展续库旷植原敬靖卿眭佀冶禤"  # common modern ones
    "某"
)
# The commonest surnames (about the hundred most frequent of the household register, which most people bear,
# and 某 for a withheld name): a post and a name written solid in the 落款 (县长王建国, 局长张伟) is a person where
# the name opens with one; a column named by a post and a word (市长有约, 区长连线, 县长面对面) opens with a rare
# surname's character or none, and without a space the line gives no other sign.
COMMON_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢"
    "姚沈钟姜崔谭陆范汪廖石金贾韦夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤"
    "康易乔赖文某"
)
COMPOUND_SURNAMES = frozenset(
    (
        "欧阳",
        "司马",
        "上官",
        "诸葛",
        "东方",
        "皇甫",
        "尉迟",
        "公孙",
        "慕容",
        "长孙",
        "宇文",
        "司徒",
        "令狐",
        "夏侯",
        "轩辕",
        "端木",
        "独孤",
        "南宫",
        "西门",
        "澹台",
        "公冶",
        "宗政",
        "濮阳",
        "呼延",
        "申屠",
        "万俟",
    )
)
# The 令's head names its signer so (国务院总理　某某某, 省长　王某某) above the regulation it promulgates: the
# same shape, one pattern (rules/header_title.promulgated skips the line; up to session 18 a second
# pattern, POST_AND_NAME, held the 令's posts and a looser name without the guard above).
POST_AND_NAME = SIGNING_PERSON
# The 版头 of minutes (and bulletins of a series) under their title: the issue number (第12期,
# 2024年第3期, 〔2024〕第5期, 总第86期) and the issuing organ beside its date on one line.
# (Its number is the older, narrower class of up to four figures or numerals, mixed: `_SERIAL_NUMBER` would
# also take 第一百零五期 and five figures, a change of what is read, not made in a clean-up.)
ISSUE_NUMBER_LINE = _lazy(
    rf"^\(?(?:{_YEAR}年|[〔\[(]{_YEAR}[〕\])])?[ ]{{0,2}}"
    r"总?第[ ]{0,2}[\d一二三四五六七八九十〇]{1,4}[ ]{0,2}期\)?$"
)
# Schema 1.8's `header.attendance`: the labels of a 会议纪要's attendance lines (出席：…, 列席：…, 请假：…,
# 记录：…), under its title or at its end, each naming who attended, sat in, was absent, chaired or
# took the minutes. The label is the entry's `role` as written.
ATTENDANCE_ROLES = (
    "出席",
    "列席",
    "请假",
    "缺席",
    "主持",
    "记录",
    "参加",
    "参会",
    "出席人员",
    "列席人员",
    "请假人员",
    "缺席人员",
    "参会人员",
    "参加人员",
    "参加会议人员",
    "出席会议",
    "列席会议",
    "参加会议",
    "出席领导",
    "参会领导",
    "出席单位",
    "列席单位",
    "参会单位",
    "参加单位",
    "主持人",
    "会议主持",
    "记录人",
    "会议记录",
)
_ROLES = "|".join(sorted(ATTENDANCE_ROLES, key=len, reverse=True))
ATTENDANCE_LINE = _lazy(rf"^(?P<role>{_ROLES})[ ]{{0,2}}:[ ]{{0,2}}(?P<v>[^\n]+)$")
# Another particular's label run into an attendance line's names (…负责同志记录：邝某): a paged reader joined the
# next line to one whose names reached the measure's end (holdout31). No name holds a label and its colon, so the
# line is two particulars, parted where the label opens (rules.head.attendance).
ATTENDANCE_JOINED = _lazy(rf"(?<=\p{{Han}})(?P<role>{_ROLES})[ ]{{0,2}}:[ ]{{0,2}}")
# The roles of who takes part (参加人员, 参会单位): a decision calling another meeting names its
# participants so too (会议决定于…召开全县…大会 ⏎ 参加人员：…), and the line under that decision is
# hers, not this meeting's attendance (diffread-B 2): a sentence deciding on a meeting to come
# (决定于…召开, 定于…召开, 拟于…召开), not the opening telling the one held (…镇政府召开…专题会议).
ATTENDANCE_TAKING_PART = ("参加", "参会")
MEETING_CALLED = _lazy(r"(?:决定|将于|拟于|定于|计划于?|择期|适时|另行)[^。\n]{0,30}?召开[^。\n]{0,40}?(?:会议|大会)")
# A role's names are parted by 、 , ; and spaces; where a ; parts them, each part may hold a post whose
# words a 、 parts (县委常委、副县长王某；…), so only the ; parts them.
ATTENDANCE_SEPARATORS = frozenset(" \t、,;")
ATTENDANCE_GROUP_SEPARATORS = frozenset(";")
# A post alone between an attendance line's spaces (主持：县长 张三, 出席：副县长 李四、…): the post of
# the name written after its space, kept with it as one attendee (diffread-B 1); a post before another
# post (列席：县长 副县长) is an attendee named by post.
_ATTENDANCE_POST = rf"^\p{{Han}}{{0,12}}?(?:{_HEAD_POST}|秘书长|常委|委员)"
ATTENDANCE_POST = _lazy(rf"{_ATTENDANCE_POST}$")
# A post written with its holder's name (副县长王某, 县政协副主席 李某): a post a 、 parts from it
# before it is the same person's (县委常委、副县长王某).
ATTENDANCE_POST_AND_NAME = _lazy(rf"{_ATTENDANCE_POST}[ ]{{0,2}}[\p{{Han}}·]{{2,4}}$")
# A report delivered at a meeting: its subtitle (——2023年11月24日在县人大常委会第十四次会议上)
# and the speaker's post and name (县政府办公室主任 某某) stand between its title and its 主送.
SPEECH_SUBTITLE = _lazy(r"^-{1,2}[ ]{0,2}[^\n]{0,40}?在[^\n]{2,60}?(?:会议|大会)上(?:的(?:报告|讲话|发言))?$")
# Any 副标题 under a title opens with a dash (破折号) and names what the title covers, no sentence:
# `——关于加强…的提案办理情况`, `——以某区为例`. A Markdown item's lone dash and space is none.
SUBTITLE_LINE = _lazy(r"^(?:--[ ]{0,2}|-(?=\p{Han}))\p{Han}[^\n。!?;:]{3,60}$")
SPEAKER_LINE = _lazy(
    r"^[\p{Han}]{0,30}?(?:主任|局长|县长|市长|区长|州长|省长|书记|部长|厅长|主席|秘书长)[ ]{0,4}[\p{Han}·]{2,4}$"
)
# The words every post SPEAKER_LINE names holds one of (主任, 主席, 局长, 书记): a line holding none is no
# speaker's line, and is not matched against it.
SPEAKER_POST_WORDS = ("长", "主", "书记")
# The publishing date a page appends to its headline in brackets: …的答复 ( 2025年05月30日 ).
DATED_PAREN = _lazy(r"[ ]{0,2}\([ ]{0,2}(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})[ ]{0,2}\)$")
TRAILING_PAREN = _lazy(r"[ ]{0,2}\([^()]{1,60}\)$")
# A title's edition, draft or period set on a line of its own under the name (某市物业管理条例 ⏎
# （2024年修订） / （征求意见稿） / （2024—2026年）): the title's last line, not the body's first.
TITLE_EDITION_LINE = _lazy(
    r"^\((?:(?:19|20)\d{2}年(?:修订|修正|版|修订版|修正版)|征求意见稿|草案|送审稿|修订稿|修改稿|讨论稿|代拟稿|试行|暂行"
    r"|(?:19|20)\d{2}[ ]{0,2}(?:-|~|至)[ ]{0,2}(?:19|20)?\d{2}年?)\)$"
)
# What a page's headline may carry after the document type: the quoted title of the proposal it
# answers (`…的答复函《关于…的建议》`), its number (`…提案答复 第35号`), or that the page publishes a
# summary of it (`…建议的答复摘要`, as a ministry's site titles what it publishes of an answer).
TITLE_TAIL = _lazy(r"(?:《[^《》\n]{2,100}》|[ ]{0,2}第[ ]{0,2}\d{1,6}[ ]{0,2}号|(?<=\p{Han})摘要)$")
# The document type is the title's last suffix; longer suffixes first.
KIND_SUFFIX = _lazy(
    r"(?P<s>答复意见的函|答复意见函|答复的函|答复函|复函|答复意见书|答复文书|答复书|答复意见|协办意见的函|会办意见的函"
    r"|协办意见函|会办意见函|协办意见|会办意见|答复|回复"
    r"|批评和意见|实施意见|指导意见|意见|通知|通报|通告|公告|公报|报告|请示|批复|决定|决议|命令|令|议案|纪要"
    r"|方案|规划|计划|办法|规定|细则|条例|函)$"
)
KIND_OF_SUFFIX = {
    "答复意见的函": "reply",  # the contract's 答复意见, 协办意见, 会办意见 "and their 函", with 的 or without
    "答复意见函": "reply",
    "答复的函": "reply",
    "答复函": "reply",
    "复函": "reply",
    "答复意见书": "reply",
    "答复文书": "reply",
    "答复书": "reply",  # schema 1.10: the written form of an 答复 (政府信息公开申请答复书, 议案答复书), as 答复意见书
    "答复意见": "reply",
    "协办意见的函": "reply",
    "会办意见的函": "reply",
    "协办意见函": "reply",
    "会办意见函": "reply",
    "协办意见": "reply",
    "会办意见": "reply",
    "答复": "reply",
    "回复": "reply",
    "批评和意见": "other",  # 代表建议、批评和意见: the deputies' proposals, not the 意见 a government issues
    "实施意见": "opinion",
    "指导意见": "opinion",
    "意见": "opinion",
    "通知": "notice",
    "通报": "bulletin",
    "通告": "announcement",
    "公告": "announcement",
    "公报": "communique",
    "报告": "report",
    "请示": "request",
    "批复": "approval",
    "决定": "decision",
    "决议": "resolution",
    "命令": "order",
    "令": "order",
    "议案": "motion",
    "纪要": "minutes",
    "方案": "plan",
    "规划": "plan",
    "计划": "plan",
    "办法": "measures",
    "规定": "measures",
    "细则": "measures",
    "条例": "measures",
    "函": "letter",
}
# The types a notice prints after its 落款 under a title of their own, often without 关于
# (某省…实施方案, 某县…管理办法).
PRINTED_KINDS = frozenset(("方案", "规划", "计划", "办法", "规定", "细则", "条例"))
# A title naming such a text, or a 工作要点, over a text printed alone may address no one: the line under it
# may open the body (重点任务：, 指导思想：, 附则：, 组织领导：), which the reading of a 主送 took for the
# addressee. There a line ending on a heading's word (labels.PLAN_HEADING_END) is no 主送 (rules.header).
UNADDRESSED_TITLE_ENDS = (*sorted(PRINTED_KINDS), "要点")
# The verbs a text turns to what it tells with (现答复如下, 现将办理情况函告如下): a reply's own, then a handling
# result's report. One list for the patterns that read such a turn, each asking its own question: REPLY_BODY_WORDS
# whether the text is a reply (the reply's verbs only), ANSWER_WORDS whether it answers someone (all of them),
# labels.TURN_WITHOUT_STOP whether a line leads in to the next (all of them and a bulletin's 通报: there the text's
# kind is not asked). labels.LEAD_IN_END is another question (any lead-in's end, 以下 and 下列 too, with its stop).
_REPLY_VERBS = ("答复", "回复", "函复")
_TURN_VERBS = (*_REPLY_VERBS, "函告", "报告", "说明", "汇报")
_REPLY_VERB = "|".join(_REPLY_VERBS)
# 回复 is a reply's word as 答复 is (特此回复, 现回复如下); 此复 only as a sentence or clause of its
# own (…已恢复照明。此复。, …敬请谅解，此复。), not inside 因此复工.
_REPLY_BODY = (
    rf"收悉|(?:{_REPLY_VERB})如下|(?:特此|专此)(?:答复|回复)|特此函复|办理情况答复|现(?:{_REPLY_VERB})"
    r"|(?:^|(?<=[。!,]))[ ]{0,2}此复(?:[。!]|$)"
)
REPLY_BODY_WORDS = _lazy(_REPLY_BODY)
# The words by which a text says it answers what its reader raised: a reply's own (above), the reader's matter
# named as theirs (您反映的…问题, 您于8月5日在县长信箱反映的…, 你咨询的…: a mailbox answer titled by its question)
# and the turn to a handling result (现将办理情况函告如下 / 报告如下: a 办理情况的函). Asked where a request for
# views may close the text (rules/trailer/body_end, diffread-A A2), not of its kind: a notice's 群众反映的问题
# names no reader's own.
ANSWER_WORDS = _lazy(
    rf"{_REPLY_BODY}|(?:您|你)们?[^。!?\n]{{0,12}}?(?:反映|提出|咨询|询问|留言|来信|投诉|举报)的"
    rf"|办理情况[ ]{{0,2}}(?:{'|'.join(_TURN_VERBS)})?如下"
)
# A body without a title tells its type by its own words (the contract's list), in this order: a
# formula naming the type outranks a reply's words, since a 批复 or a 通报 acknowledges what it
# answers (…收悉) too. The contract's rule is the formula 特此 + the type's own word; 公告, 通告,
# 报告 and 请示 close their bodies the same way (特此公告。, 特此请示。) and name their types as surely.
BODY_KIND_WORDS = (
    (_lazy(r"特此通知"), "notice"),
    (_lazy(r"特此批复"), "approval"),
    (_lazy(r"特此通报"), "bulletin"),
    (_lazy(r"特此[公通]告"), "announcement"),
    (_lazy(r"特此报告"), "report"),
    (_lazy(r"特此请示"), "request"),
    (REPLY_BODY_WORDS, "reply"),
)
