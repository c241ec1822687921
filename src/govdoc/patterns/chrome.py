"""Website chrome and page furniture: whole lines a page adds around a document."""

from __future__ import annotations

from govdoc.mail_marks import FORWARD_SEPARATOR
from govdoc.organ_names import ORGAN_ENDINGS
from govdoc.patterns.base import _lazy, _lazy_plain
from govdoc.patterns.chrome_apps import (
    ACCESSIBILITY_TOOLS,
    ANNOUNCEMENT_BUTTON,
    ANNOUNCEMENT_LINES,
    SHARE_TEXT_LINES,
    SHARING_SITE_LINES,
    UPLOADER_ROW_LINE,
)

# --- the page labels: each written once, every pattern of a page's number or count built from them ---------------
# 第2页 (a page), 共5页 (the pages), 2/5 (a page of the pages), -2- (a page between dashes), and how a count joins
# them (第2页 共5页, 第2页，共5页, 第2页/共5页, 第2页（共5页）, 共5页 第2页).
_PAGE_NO = r"第[ ]{0,2}\d{1,3}[ ]{0,2}页"
_PAGES = r"共[ ]{0,2}\d{1,3}[ ]{0,2}页"
_PAGE_SEP = r"[ ,/]{0,3}"
_PAGES_BRACKETED = rf"\([ ]{{0,2}}{_PAGES}[ ]{{0,2}}\)"
_PAGE_OF = r"\d{1,3}[ ]{0,2}/[ ]{0,2}\d{1,3}"
_PAGE_DASHED = r"-[ ]{0,2}\d{1,3}[ ]{0,2}-"
_PAGES_THEN_PAGE = rf"{_PAGES}{_PAGE_SEP}{_PAGE_NO}"
# a page and the pages in either order of the two a browser's print band opens with (第1页 共2页, 1/2)
_BAND_COUNT = rf"(?:{_PAGE_NO}{_PAGE_SEP}{_PAGES}|{_PAGE_OF})"

# --- chrome and page furniture (whole lines) ----------------------------------------------
# (第2页 共5页, 第2页，共5页, 第2页/共5页, 第2页（共5页）, 2/5, 共5页 第2页; ·2·, • 2 •, between dots as some
# templates set it: the middle dot as GB, Big5 read as Windows' cp950 (‧), Japanese and half-width
# forms write it, and the bullet and dot operators ∙ ⋅ a word processor's symbol table gives; between
# dashes a page alone or with the count, as 2/5 or in the English words a PDF tool's header and footer
# field writes, - 2 of 5 -: holdout29b, left as a paragraph inside the one it cut)
PAGE_FURNITURE = _lazy(
    r"^(?:-[ ]{0,2}\d{1,3}(?:[ ]{0,2}/[ ]{0,2}\d{1,3}|[ ]{1,2}(?:of|OF)[ ]{1,2}\d{1,3})?[ ]{0,2}-"
    r"|[·•・‧･∙⋅][ ]{0,2}\d{1,3}[ ]{0,2}[·•・‧･∙⋅]"
    rf"|{_PAGE_NO}{_PAGE_SEP}(?:{_PAGES}|{_PAGES_BRACKETED})?"
    rf"|{_PAGE_OF}|{_PAGES_THEN_PAGE}"
    # between tildes (～ 2 ～, folded ~), and a page named in numerals (第二页, 第二页 共三页) as a scan's
    # OCR or a template writes it
    r"|~[ ]{0,2}\d{1,3}[ ]{0,2}~"
    r"|第[ ]{0,2}[一二三四五六七八九十]{1,3}[ ]{0,2}页(?:[ ,/]{0,3}共[ ]{0,2}[一二三四五六七八九十]{1,3}[ ]{0,2}页)?"
    # OCR saved as text reads the dashes around a page number as 一 (— 2 — as 一 2 一): no line of
    # text is a figure between two 一
    r"|一[ ]{0,2}\d{1,3}[ ]{0,2}一"
    # an English-language tool's mark (Page 2, Page 2 of 5, page 2/5)
    r"|[Pp](?:age|AGE)[ ]{1,2}\d{1,3}(?:[ ]{1,2}(?:of|OF)[ ]{1,2}\d{1,3}|[ ]{0,2}/[ ]{0,2}\d{1,3})?"
    # a page-count foot whose figures were Word's fields, lost by a converter that reads no fields
    # (docx2txt, python-docx: 第  页  共  页, 共 页 第 页)
    r"|第[ ]{0,4}页[ ,/]{0,3}共[ ]{0,4}页|共[ ]{0,4}页[ ,/]{0,3}第[ ]{0,4}页"
    # a script's page mark, the page between frame marks as a loop prints it (=== 第 2 页 ===, --第3页--; the
    # English word's is the text reader's, readers.text_lines._PAGE_MARK): no sentence is framed so
    r"|(?P<frame>={3,6}|-{2,6})[ ]{0,2}第[ ]{0,2}(?:\d{1,3}|[一二三四五六七八九十]{1,3})[ ]{0,2}页[ ]{0,2}(?P=frame)"
    # the page named between brackets, as a phone's PDF viewer or a template sets it ((第 1 页), [第2页], 【第3页】,
    # (第1页 共4页); conv29: it stayed inside the paragraph the page cut): no sentence is only a bracketed page
    r"|[(\[【][ ]{0,2}第[ ]{0,2}(?:\d{1,3}|[一二三四五六七八九十]{1,3})[ ]{0,2}页"
    r"(?:[ ,/]{0,3}共[ ]{0,2}(?:\d{1,3}|[一二三四五六七八九十]{1,3})[ ]{0,2}页)?[ ]{0,2}[)\]】])$"
)
# The band a browser prints at the head and foot of each page of a web page it prints (what a copy
# of the PDF it made keeps): the print time with the page's <title> beside it (2024/7/15 10:42
# 关于…的答复_某县人民政府), and the page's address with the page count (https://…html  1/2). A line
# opening with a date and a clock time, or an address closed by a count, is no sentence of a document;
# the time's `tail` must read as a page's <title> (rules/cleanup/furniture.py), since a schedule or a
# record in the body may open with a date and a time too (2024/3/5 14:30 召开座谈会，…).
PRINTED_PAGE_BAND = _lazy(
    r"^(?:(?:19|20)\d{2}/\d{1,2}/\d{1,2}[ ]{1,3}(?:上午|下午)?\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[ ]{1,40}(?P<tail>[^ ][^\n]{0,150}))?"
    r"|(?:https?://|www\.)[!-~]{3,300}[ \t]{1,40}\d{1,3}[ ]{0,2}/[ ]{0,2}\d{1,3})$"
)
# Other browsers set the two the other way round: the <title> first and the time at the line's end
# (关于…的通知_某县人民政府    2024/8/3 14:05), the page count first and the address after it
# (第1页 共2页    https://…html, 1/2    https://…). Each asked only of a line ending on a time or
# opening with a count and holding an address.
PRINTED_BAND_TIME_LAST = _lazy(
    r"^(?P<tail>[^ \d][^\n]{0,150}?)[ ]{2,40}"
    r"(?:19|20)\d{2}/\d{1,2}/\d{1,2}[ ]{1,3}(?:上午|下午)?\d{1,2}:\d{2}(?::\d{2})?$"
)
PRINTED_BAND_COUNT_FIRST = _lazy(
    rf"^{_BAND_COUNT}[ ]{{1,40}}"
    r"(?:https?://|www\.)[!-~]{3,300}$"
)
# Bands other browsers print, each weak alone (a schedule's row may open with a count and end on a time, a
# notice may put a system's name beside its address): Firefox's head, the <title> and the address
# (关于…的答复    https://…html), and its foot, the page count and the print time (第 1 页，共 2 页    2024/7/8
# 10:15); a band whose <title> is a site's or an organ's name beside the time (2024/7/8 10:15    某市住建局).
# Chrome only where the text shows a print (rules/cleanup/print_bands.py).
PRINTED_BAND_TITLE_URL = _lazy(r"^(?P<tail>[^ \d][^\n]{0,150}?)[ ]{2,40}(?:https?://|www\.)[!-~]{3,300}$")
PRINTED_BAND_COUNT_TIME = _lazy(
    rf"^{_BAND_COUNT}[ ]{{2,40}}"
    r"(?:19|20)\d{2}/\d{1,2}/\d{1,2}[ ]{1,3}(?:上午|下午)?\d{1,2}:\d{2}(?::\d{2})?$"
)
# How a browser's band parts a page's <title> from its site's name (…的批复 - 某市人民政府门户网站,
# …的答复_某县人民政府, 通知公告|某局), and how a site's name ends where it stands alone.
PAGE_TITLE_SEPARATOR = _lazy(r"[_|｜]|[ ]-[ ]|[ ]?—[ ]?")
SITE_NAME_END = ("网站", "门户网", "政府网", "信息网", "政务网")
# A periodical's head band (某市人民政府公报 2024年第12期, 2024年第12期（总第356期）): the running head a
# document copied from a 政府公报 carries on each page; furniture where a page number stands beside it.
PERIODICAL_BAND = _lazy(
    r"^(?:\p{Han}{2,20}(?:公报|政报))?[ ]{0,4}(?:19|20)\d{2}年第[ ]{0,2}\d{1,3}[ ]{0,2}期"
    r"(?:[ ]{0,4}\(?总第[ ]{0,2}\d{1,5}[ ]{0,2}期\)?)?$|^\p{Han}{2,20}(?:公报|政报)$"
)
# What a figure on a line of its own goes on with when it is the text's own (总数为 ⏎ 300 ⏎ 个，…): a
# measure word or unit opening the next line; such a figure is no page number.
FIGURE_UNIT_FIRST = frozenset("个元万亿人名家户座处条辆台次年月日号%米公千平吨项件多余倍岁所栋")
# What the text ends on right before a figure of its own (总数为 / 达到 / 共有 / 增加 / 第, or the
# quantity a colon names: 数量：): many units above also open common words (人民, 项目, 年度), so a
# unit under the figure is data only after such a word; a page break falls after any character.
FIGURE_TAKER_LAST = frozenset("为达到共约计有至过超近逾增加减少降了是第数量额")
# A page number a copy ran onto the end of a line after a gap (2024年5月6日    -3-): the gap is the line's end.
# So is a page count a running foot prints beside its text (某市某局    第2页 共5页, …    共5页 第2页).
_PAGE_COUNT = rf"{_PAGE_NO}(?:{_PAGE_SEP}{_PAGES}|[ ]{{0,3}}{_PAGES_BRACKETED})?|{_PAGES_THEN_PAGE}"
# A page number opening a line before a gap and a running head (- 3 -        关于…的答复), as a page's
# head band may set them side by side; the gap ends the page number.
PAGE_NUMBER_HEAD = _lazy(rf"^{_PAGE_DASHED}(?P<gap>[ ]{{2,40}})(?=[^ ])")
# … or before the next page's first line after a single space, the copy having run the two together
# (-2- 二、下一步打算, - 3 - 和巡查，确保…): no line of text opens with a figure between dashes and a space.
PAGE_NUMBER_OPENING = _lazy(rf"^{_PAGE_DASHED}(?P<gap>[ ]{{1,4}})(?=[^ -])")
# (a Word export parts them by a tab: 某市某局⇥第1页 共2页)
_TAIL_GAP = r"(?<=[^ \t])(?:[ ]{2,40}|[ ]{0,40}\t[ \t]{0,40})"
# A count of both the page and the pages (第 1 页 共 2 页) says it is furniture even one space from the text.
_FULL_PAGE_COUNT = rf"{_PAGE_NO}(?:{_PAGE_SEP}{_PAGES}|[ ]{{0,3}}{_PAGES_BRACKETED})|{_PAGES_THEN_PAGE}"
# So is a dashed number set apart by spaces inside its dashes (- 1 -): one 全角 space from a running foot
# (某市人民政府办公室　— 1 —) is gap enough for it.
PAGE_NUMBER_TAIL = _lazy(
    rf"{_TAIL_GAP}(?=(?:{_PAGE_DASHED}|{_PAGE_COUNT})$)|(?<=[^ \t])[ ](?=(?:{_FULL_PAGE_COUNT})$)"
    r"|(?<=[^ \t])[ ](?=-[ ]\d{1,3}[ ]-$)"
    # … and any page mark one space after a sentence's stop (…百分点。　第1页): the sentence ended the line
    rf"|(?<=[。!?;])[ ]{{1,40}}(?=(?:{_PAGE_DASHED}|{_PAGE_COUNT})$)"
)
# What a page's caption (a scan prompt) never goes on with: a clause of a sentence after it (a comma or
# a stop further on, or 后/即可 saying what follows the scan).
_NO_CLAUSE = r"(?![^\n]*?(?:[,;。]|后|即可))"
# The site's toolbar words (简体 | 繁體 | 无障碍 | 长者模式): a line made of nothing else is chrome.
# (视力保护色：关闭, 关怀版, 适老模式: the eye-care colour and the care versions of the 集约化 platforms)
_TOOLBAR = (
    r"(?:(?:简体|繁[體体])(?:中文|版)?|无障碍(?:浏览|阅读|服务)?|长者(?:模式|版)|English|手机版|设为首页|加入收藏"
    rf"|{ACCESSIBILITY_TOOLS})"  # (conv30: the accessibility bar's tools)
)
# … of which the care versions' words are a reply's too (切换以下版本： ⏎ 关怀版 ⏎ 适老模式): a row holding
# one is chrome only where chrome stands (EDGE_CHROME; diffread-B B2)
_CARE_TOOL = r"(?:视力保护色(?:[ ]{0,2}:[ ]{0,2}(?:开启|关闭|打开|默认))?|(?:关怀|适老|大字)(?:版|模式))"
# Lines a site, a search engine or an archive adds to a page or a copy that end on 。 with a clause
# as a sentence does, yet are never the document's: Google's cache head (这是 Google 对 … 的缓存。 这是该
# 网页在 … 的快照。) and its hint, 百度快照's query line and disclaimer, the Wayback Machine's banner, a
# reposting site's attribution and copyright lines appended to every copy (著作权归作者所有。…, 版权声明：
# 本文为博主…。, 本文来自网络，如有侵权请联系删除。, 转载请注明出处。), a neighbour's link with its title
# (上一篇：关于…的通知。) and a scan prompt naming the page (扫一扫在手机打开当前页。). Each is a chrome line
# (in _CHROME) that cleanup.furniture._a_sentence never keeps as a sentence (diffread-A 7); so each is
# the site's whole formula to the line's end, never a prefix a paragraph of the text may open with
# (著作权归作者所有是著作权法的基本原则，…; 本文来自网络的作品同样受…保护: review18 R6).
_UNSENTENCED = (
    r"^这是[ ]{0,2}Google[ ]{0,2}对[ ]{0,2}[^ \n]{4,300}[ ]{0,2}的缓存",
    r"^这是该网页在[ ]{0,2}(?:19|20)\d{2}[^。\n]{0,40}的快照",
    r"^提示[ ]{0,2}:[ ]{0,2}要在此页面上快速找到您的搜索字词",
    r"^您查询的关键词是[ ]{0,2}:",
    r"^[(]?百度(?:和网页|快照谨为)",
    r"^The Wayback Machine - https?://web\.archive\.org/",
    r"^著作权归原?作者所有[。.]?(?:商业转载请联系作者获得授权[,]?非商业转载请注明出处[。.]?)?$",
    r"^版权声明[ ]{0,2}:[ ]{0,2}本文(?:为|系)[^。\n]{0,40}(?:原创|转载)文章[^\n]{0,80}$",
    # the takedown notice a reposting site appends (本文来自网络，如有侵权请联系删除。, 本文转自网络，仅供学习交流。)
    # or a document-sharing site's viewer shows under the file (本文档由用户上传，如有侵权请联系删除; conv30): who
    # put the text up, then its claim. The viewer's notice names a file and who provided it, as a government text
    # may (本文件由市教育局提供，供各校学习参考。): only a claim of rights or removal makes it the site's.
    r"^本(?:文(?:来自|来源于|转自|摘自)(?:网络|互联网)[,]?[^。\n]{0,24}(?:侵权|删除|交流|学习|参考)[^。\n]{0,12}[。.]?"
    r"|(?:文档|资料|文件)(?:由|为)(?:用户|网友|会员|作者)?[^\n。]{0,12}?(?:上传|提供|分享)[,]?[^\n]{0,40}?"
    r"(?:侵权|删除|版权)[^\n]{0,20})$",
    r"^[上下]一[篇条][ ]{0,2}:",
    r"^(?:手机)?扫一扫[^,。\n]{0,8}(?:打开|查看|浏览|阅读)(?:当前|本|此)页面?[。.]?$",
)
# The link line of a reposting site's attribution block (作者：… ⏎ 链接：https://… ⏎ 来源：知乎, an
# EDGE_CHROME row): chrome only beside the block's other lines (these, chrome themselves), since a
# notice may give its readers an address so (报名网址如下： ⏎ 链接：https://…; review18 R1).
ATTRIBUTION_NEIGHBOUR = ("作者", "链接", "来源", "著作权", "本文来源")
# The lines of _UNSENTENCED as one pattern, asked of chrome lines ending on 。 only.
UNSENTENCED = _lazy("|".join(_UNSENTENCED))
# Those of them that hold the page's address and so may run past the length up to which a line is
# asked whether it is chrome (百度和网页http://…的作者无关，…): asked of the long lines opening so.
# (conv27) … and an organisation's confidentiality notice a mail system appends under every mail, in Chinese and in
# English (本邮件及其附件含有…的保密信息，仅限于…; This e-mail and its attachments contain confidential information …):
# the system's words, never the reply's, and long
_MAIL_NOTICE = (
    r"本(?:电子)?邮件(?:及其附件)?(?:含有|包含|可能含有|可能包含)[^\n。]{0,60}?(?:保密|机密|秘密|专有)(?:或[^\n。]{1,10})?信息"
    r"|This[ ]e-?mail(?:[ ]message)?(?:[ ]and[ ](?:its|any)[ ]attachments?)?[ ](?:contains?|may[ ]contain)[ ]"
    r"(?:[^\n.]{0,40}?)confidential"
)
LONG_CHROME = _lazy(
    rf"^(?:这是[ ]{{0,2}}Google[ ]{{0,2}}对|[(]?百度(?:和网页|快照谨为)|The Wayback Machine - |{_MAIL_NOTICE})"
)
LONG_CHROME_FIRST = frozenset("这(百T本")
# A row of page tools and nothing else (打印关闭, 【打印】【关闭】, 分享, 返回列表, 返回上一页)
_SHARE_PLATFORM = r"(?:微信|朋友圈|(?:新浪|腾讯)?微博|QQ空间|QQ好友|QQ|豆瓣|人人网|今日头条|钉钉|复制链接|复制网址)"
# A share bar's label and what may follow it on its line: the platforms' names, icons' marks and Latin
# names, no other words (a notice's step 分享到以下平台并带话题… is its own sentence: diffread-A A4).
_SHARE_BAR = (
    rf"^分享(?:本页面?|此页|文章)?(?:到|至|[ ]{{0,2}}:)"
    rf"(?:{_SHARE_PLATFORM}|好友|更多|一键分享|[和及]|[^\p{{Han}}\n])*$"
)
# … and the text-size control written as its size words each in brackets, with no 字号 label before it
# (【大】【中】【小】, [大 中 小]; holdout22 b6a): only bracketed and two sizes at least, as a bare 大/中/小
# or one bracketed word alone may be a line's own.
_SIZE_TOOL = (
    r"[【\[][ ]{0,2}大[ ]{0,2}中[ ]{0,2}小[ ]{0,2}[】\]]"
    r"|[【\[][大中小][】\]](?:[ ]{0,2}[【\[][大中小][】\]]){1,2}"
)
_TOOLS_ROW = (
    r"(?:(?:[【\[]?(?:打印(?:本页|此页)?|关闭(?:窗口|本页|此页)?|收藏|分享|返回(?:列表|首页|上一页|上页)?|(?:我要)?纠错)"
    rf"[】\]]?|{_SIZE_TOOL})[ |/]{{0,3}})+"
)
# … set on the row of the document's last line after a gap (2024年8月21日　　【打印本页】【关闭窗口】): the
# gap ends the line, the tools are a line of their own (then chrome)
PAGE_TOOLS_TAIL = _lazy(rf"{_TAIL_GAP}(?={_TOOLS_ROW}$)")
_STAMP = r"(?:下载|打印|导出)(?:自|于)[^。\n]{0,40}?"
_STAMP_DATE = r"(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?"
_CLOCK = r"(?:[ ]{1,4}\d{1,2}:\d{2}(?::\d{2})?)"
# A print's stamp of its own time on a line of its own: labelled (打印时间：2024年7月8日 09:15, 打印日期：…) or a
# bare date with its clock time (2024/7/2 16:40, 2024-07-08 上午9:05 打印), as a print preview or an office
# system prints it at a page's foot. Chrome only under the running text beside the page's other chrome
# (cleanup.furniture._print_stamps): a notice's schedule gives such times inside its text (准考证打印时间：…)
# and a mailbox answer dates its 落款 with its clock time (noise21).
_PRINT_CLOCK = r"(?:上午|下午)?\d{1,2}:\d{2}(?::\d{2})?"
PRINT_STAMP = _lazy(
    rf"^(?:打印(?:时间|日期)[ ]{{0,2}}:[ ]{{0,2}}{_STAMP_DATE}(?:[ ]{{0,4}}{_PRINT_CLOCK})?"
    rf"|{_STAMP_DATE}[ ]{{1,4}}{_PRINT_CLOCK}(?:[ ]{{1,4}}打印)?)$"
)
# The roles a page's editors' row names (责任编辑：王某　校对：李某　审核：赵某).
_EDITOR = r"(?:责任编辑|责编|编辑|审核|审校|校对|终审|初审)"
# The list labels of other CMSs' sidebars and page feet, alone on their line: a recommender's
# (猜你喜欢, 你可能感兴趣), no document's words, is a chrome row anywhere; the latest or hot items'
# (热门文章, 最新更新) is also a 简报's column heading (热点新闻 ⏎ its items), so it is EDGE_CHROME,
# the page's only outside the running text (diffread-A A4). Both head a link list (LINK_LIST_LABEL).
_GUESS_LIST = r"猜你喜欢|你可能(?:还)?(?:感兴趣|喜欢)"
_LATEST_LIST = r"(?:热门|热点|最新)(?:文章|新闻|资讯|推荐|发布|更新)"

# The places a Chinese platform names as a post's IP属地: the provinces, autonomous regions, municipalities
# and special administrative regions by their short names, and abroad.
_IP_PLACE = (
    r"(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川"
    r"|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门|海外)"
)

# (the first character of a row of EDGE_CHROME is named one by one, never by a range, so that the rows stay refused
# by first characters alone: govdoc.first_chars, tests/test_speed15_rules.py)
_ASCII_NAME_FIRST = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
# A reader view's reading time under its headline (Firefox's `3–4 分钟`; conv25): an EDGE_CHROME row, and the mark
# that makes the site's host alone over the headline the view's (cleanup.furniture: READER_VIEW_TIME)
_READING_TIME = r"^[0123456789]\d{0,2}(?:[ ]?[–-][ ]?\d{1,3})?[ ]?分钟$"
READER_VIEW_TIME = _lazy(_READING_TIME)

_CHROME = (
    *_UNSENTENCED,
    # navigation and page tools
    rf"^{_TOOLBAR}(?:[ |/]{{0,3}}{_TOOLBAR})*[ |/]{{0,3}}$",
    r"(?:首页|主页)[ ]{0,3}[>/»›→》]",  # breadcrumb steps parted by >, », →, a full-width 》
    r"^(?:首页|主页)[ ]{0,3}\|[ ]{0,3}\p{Han}",  # a breadcrumb parted by bars: 首页 | 政务公开 | 通知公告
    # 当前位置：首页 > …, 当前位置 首页 》… (a sentence may open with 当前 and say where a thing 位置 is:
    # 当前位置偏远的村卫生室，…)
    r"当前的?位置[ ]{0,2}(?::|[>»›→》|]|首页|主页)",
    "您现在的位置",
    "您的位置",
    "所在位置",
    r"^您?所在的位置",  # 您所在的位置：… (a sentence may say where a thing 所在的位置 is: anchored)
    r"^当前(?:栏目|频道)[ ]{0,2}:",  # the column the page sits in (当前栏目：人大建议办理)
    r"^字号[ ]{0,2}:?",
    # a bracketed byline: 【发布日期】… 【来源】… 【字号】大 中 小, or 【字号: 收藏打印
    r"[【\[][ ]{0,2}字号[ ]{0,2}[】\]:]",
    r"[【\[][ ]{0,2}(?:文章|信息|稿件)?来源[ ]{0,2}[】\]]",
    # … each pair in its brackets, or the pairs of a byline in one pair of brackets: 【发布日期：2024-04-08】
    # 【来源：某县人民政府办公室】, 【作者：某局　来源：某局　时间：2024-05-15】
    r"^[【\[][ ]{0,2}(?:(?:发布|更新)?(?:日期|时间)|作者|(?:文章|信息|稿件)?来源)[ ]{0,2}:[^】\]\n]{0,40}[】\]]",
    r"^(?:字体|文字)(?:大小)?[ ]{0,2}:",  # 字体：, 字体大小：大 中 小, 文字大小：
    r"\[字体",
    "【字体",
    r"^[【\[]?打印(?:本页|此页|正文|文章|页面)?[】\]]?$",  # the print tool, bare or bracketed: 【打印正文】
    "打印本页",
    "关闭窗口",
    r"^【?关闭】?$",
    "返回顶部",
    # a row of page tools and nothing else (打印关闭, 【打印】【关闭】, 分享, 返回列表)
    # (【我要纠错】【收藏】【打印此页】【关闭此页】)
    rf"^{_TOOLS_ROW}$",
    _SHARE_BAR,  # the share tools: 分享到, 分享至, 分享本页面至, 分享：, and their platforms
    r"^【?收藏】?",
    "^扫一扫",
    # a portal's stamp on each page of a file it serves, by what only a stamp carries: the file named
    # (本文件下载自某市人民政府门户网站) or the clock time (下载于2024-07-01 10:22); bare, see EDGE_CHROME
    rf"^本(?:文件|文档|文章|页面?|信息){_STAMP}(?:网站?|平台|系统|{_STAMP_DATE}{_CLOCK}?)$",
    rf"^{_STAMP}{_STAMP_DATE}{_CLOCK}$",
    # a site's login box (账号+密码登录, 微信扫码登录, 还没有账号？立即注册)
    r"^(?:账号|帐号|手机号?|用户名|邮箱)[ ]{0,2}\+[ ]{0,2}(?:密码|验证码)[ ]{0,2}登录$",
    r"^(?:微信|QQ|支付宝)?扫码登录$",
    r"^还没有(?:账号|帐号)",
    r"^(?:立即|免费)注册$",
    "^忘记密码",
    "^上一篇",
    "^下一篇",
    # a list page's switcher left under the text (共1页 首页 上一页 1 下一页 尾页): nothing else on its line
    r"^(?:共[ ]{0,2}\d{1,4}[ ]{0,2}页[ ]{0,3})?(?:首页[ ]{0,3})?(?:上一页|前一页)[ ]{0,3}(?:\d{1,4}[ ]{0,3})*"
    r"(?:下一页|后一页)(?:[ ]{0,3}(?:尾页|末页))?$",
    r"^相关(?:文章|链接|阅读)",
    # the page's files to download (附件下载：⏎ …答复.pdf（256KB）, 相关附件：), not the document's 附件
    r"^(?:附件下载|相关附件)[ ]{0,2}(?::|$)",
    r"^[【\[][ ]{0,2}(?:相关|推荐|延伸)(?:文章|链接|阅读|稿件|解读|新闻|文件|政策)[ ]{0,2}[】\]]",  # 【相关阅读】
    r"^相关(?:稿件|解读|新闻)[ ]{0,2}(?::|$)",  # a link list's label: 相关解读：《…》图解
    r"^相关(?:文件|政策)[ ]{0,2}:?$",  # … alone on its line (相关文件：), its titles under it
    r"^(?:推荐|延伸)(?:阅读|文章|链接)[ ]{0,2}:?$",
    # a recommender's list label of other CMSs (猜你喜欢), alone on its line: no document's words
    rf"^(?:{_GUESS_LIST})[ ]{{0,2}}:?$",
    r"^(?:最近|热门|历史)搜索[ ]{0,2}:?$",  # a search box's lists
    # a portal's section name alone on its line (政府信息公开, 某县人民政府信息公开): a place or 人民 before
    # it, never a title's first line wrapped there (关于进一步做好政府信息公开 ⏎ 工作的通知); or the site's
    # organ before it on the banner's line, set apart or not (某市林业局⇥政府信息公开: holdout27 B6E)
    rf"^(?!\p{{Han}}{{0,12}}?关于)(?:\p{{Han}}{{0,10}}(?:人民|省|市|县|区|州|盟|旗|镇|乡)"
    rf"|\p{{Han}}{{1,24}}?(?:{ORGAN_ENDINGS})[ \t]{{0,8}})?政府信息公开$",
    # the footer's link row (首页 | 网站地图 | 联系我们), a line of nothing else; a mobile page's top bar is
    # such a row too (返回 | 首页: holdout27 B6D); its notices' links (免责声明, 法律声明, 版权声明: holdout29 B6D)
    r"^(?:(?:首页|返回|网站地图|网站声明|联系我们|关于我们|隐私(?:声明|政策)|(?:免责|法律|版权)声明|使用帮助|网站导航)"
    r"[ |]{0,5})+$",
    # a page's reader tools: scan to follow, a comment box, a rating, a download button, a
    # required field of its feedback form, a screen reader's hint; a scan caption says nothing after
    # itself, so a hard-wrapped body line opening so and going on with a clause (手机扫码登录系统后，
    # 可…; diffread-A A9) is the text's
    rf"^(?:用|使用)?(?:微信|手机)扫(?:描|码|一扫){_NO_CLAUSE}",
    r"^扫码(?:在手机上?)?(?:关注|阅读|分享|打开|查看|浏览)",  # 扫码在手机上查看: a QR box's caption
    # a search engine's and an archive's switch and capture lines (完整版本 纯文字版本 查看源代码;
    # 23 captures 03 Jun 2024 - 18 Sep 2024)
    r"^完整版本[ ]{0,3}纯文字版本",
    r"^[0123456789][0123456789,]{0,8}[ ]captures?[ ]\d{1,2}[ ][A-Z][a-z]{2}[ ](?:19|20)\d{2}",
    # a fax machine's transmission line at each page's head (2024-06-19 14:32  FROM:0571 87001234
    # TO:87123456  P.1/2): sender, addressee and page number, which no sentence holds together
    # (anchored, so that it is tried only on a line holding what it needs: the search of the unanchored
    # rows over every short line pays for each alternative at every character)
    r"^[^\n]{0,40}?FROM[ ]{0,2}:[^\n]{1,40}?[ ]TO[ ]{0,2}:[^\n]{1,40}?[ ]P\.?[ ]{0,2}\d{1,3}(?:/\d{1,3})?$",
    r"^全部评论",
    r"^我要(?:评分|评论|纠错|留言)$",
    r"^\p{Han}{0,4}满意度评价$",
    r"^\d{1,9}[ ]{0,2}(?:参与|评论|点赞|收藏|转发)$",
    r"^[【\[]下载(?:Word|WORD|PDF|WPS|文档|附件)?[】\]]",
    r"^\*[ ]{0,2}\p{Han}{1,6}[ ]{0,2}:$",
    r"^\*?[ ]{0,2}验证码[ ]{0,2}:?$",
    r"(?:tab|Tab|TAB)[ ]{0,2}(?:键|按钮)切换",
    r"^THE END$",
    # an image's file name left where the page showed it (xw01.jpg)
    r"^[\w.-]{1,60}\.(?:jpe?g|png|gif|bmp|webp)$",
    # page furniture a print adds: the note on a page carrying only the seal and 落款 ((此页无正文),
    # (以下无正文)), also naming the page it explains ((此页无正文，为…答复的签章页): struct30 cause 1), and
    # the end mark under the text ((完))
    r"^\([ ]{0,2}(?:此页|本页|以下)无正文"
    r"(?:[ ]{0,2}[,;][^\n]{0,100}?(?:签章|盖章|签字|签署|用印|印章|落款)页)?[ ]{0,2}\)$",
    r"^[(【\[][ ]{0,2}(?:全文)?完[ ]{0,2}[)】\]]$",  # (完), 【完】, 【全文完】
    # the portal's dialog before an outside link (您访问的链接即将离开…网站，是否继续?): the line is
    # the dialog from its start, so a body sentence that mentions leaving a site is no chrome
    r"^(?:您|你)?(?:所|将要)?(?:访问|点击)?的?(?:链接|网址|网站|页面)?(?:即将|将要?)离开[^。\n]{0,40}(?:网站|页面)",
    # counters and publishing lines
    "浏览次数",
    # a page's file row labelled as the document's attachments are, with its download count after the
    # file's name (附件：…答复.pdf 下载次数：58): the page's, no attachment of the text. Under a file box's
    # label (附件下载：, 相关附件：) the rows are the box's (FILE_LINK); a sentence or a list's line may
    # count an app's downloads (APP累计下载次数达1200万次；), so the count alone is none of these.
    r"^附件[ ]{0,2}:[^\n]{1,100}?\.(?:pdf|PDF|docx?|DOCX?|xlsx?|XLSX?|wps|et|ofd|zip|rar|txt|pptx?)[^。\n]{0,16}?"
    r"(?:下载次数|已下载[ ]{0,2}\d{1,9}[ ]{0,2}次)",
    r"^下载次数[ ]{0,2}:?[ ]{0,2}\d{1,9}$",
    "访问次数",
    "阅读次数",
    "点击数",
    "点击量",
    "浏览量",
    r"^(?:访问|阅读)(?:量|次)[ ]{0,2}:?[ ]{0,2}\d{0,9}$",
    # … and as a label with its count inside a byline read as one run (发布日期：2024-07-22访问量：356打印):
    # another of the byline's labels after it, or before it with the count ending the line. Never the bare
    # word a sentence uses (日均访问量达12万人次), nor a list's line of figures (全年总访问量：1256万人次；,
    # diffread-B B13: such lines left the text)
    r"(?:访问|阅读)量[ ]{0,2}:[ ]{0,2}\d{1,9}[ ]{0,4}(?:打印|字号|分享|收藏|关闭|来源|发布|作者|【|\[)",
    r"(?:发布|来源|作者)[\w:/ -]{0,60}?(?:访问|阅读)量[ ]{0,2}:[ ]{0,2}\d{1,9}[ ]{0,4}$",
    # a WeChat article's counters at its foot (阅读 1024  在看 12, 阅读 10万+) and its byline under
    # the headline (原创 某市某局 2024-06-15)
    r"^阅读[ ]{0,4}\d{1,9}(?:\.\d{1,2})?(?:万\+?)?(?:[ ]{0,4}(?:在看|点赞|赞|分享|推荐)[ ]{0,4}\d{0,9})*$",
    r"^原创[ ]{0,4}[^ \n]{2,40}[ ]{0,4}(?:19|20)\d{2}-\d{1,2}-\d{1,2}$",
    # … with the account named twice, the time and the place it was posted from (原创 某市政协 某市政协
    # 2024-07-05 18:30 浙江), and the post's prompts: 点击蓝字 关注我们, 阅读原文, 点个在看
    r"^原创[ ]{0,4}[^\n]{2,60}?(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)(?:[ ]{1,4}\d{1,2}:\d{2})?"
    r"(?:[ ]{1,4}\p{Han}{2,8})?$",
    # … not marked 原创 but with the place it was posted from after 发表于 (某局 某局发布 2024-07-12 18:30 发表于浙江)
    r"^[^\n。,:]{2,60}?(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)(?:[ ]{1,4}\d{1,2}:\d{2})?"
    r"[ ]{0,4}发表于\p{Han}{2,8}$",
    # … with neither: the account, the date, the clock and the province its IP was in (某县发布 2024年01月20日
    # 17:30 湖南): the clock and a province's name closing the line tell it from a reply's dated line
    rf"^[^\n。,:]{{2,60}}?[ ]{{1,4}}(?:19|20)\d{{2}}(?:-\d{{1,2}}-\d{{1,2}}|年\d{{1,2}}月\d{{1,2}}日)"
    rf"[ ]{{1,4}}\d{{1,2}}:\d{{2}}[ ]{{1,4}}(?:IP属地[ ]{{0,2}}:?[ ]{{0,2}})?{_IP_PLACE}$",
    # the post's list of the account's earlier posts and its QR prompt (往期推荐, 喜欢此内容的人还喜欢:
    # the titles under them are taken as a link list's), its image captions (▲ 某小学课后服务现场)
    r"^(?:往期|精彩)(?:推荐|回顾|精选)[ ]{0,2}:?$",
    r"^喜欢此内容的人还喜欢$",
    # (conv29) the card of a 视频号 clip embedded in the post, copied as its caption (视频号 · 某市发布)
    r"^视频号[ ]{0,2}[·・•|][ ]{0,2}[^\n]{1,30}$",
    r"^长按(?:识别|扫描)?(?:图中|下方|上方)?二维码",
    r"^[▲△][ ]{0,2}(?:图为|图片|资料图|[^。\n]{1,30}(?:现场|合影|照片|图|摄|供图)$)",
    # a mail client's separator above the mail it forwards or answers (-----原始邮件-----, conv26's Thunderbird
    # -------- 转发的消息 --------; the words are mail_marks', the text reader's too)
    rf"^{FORWARD_SEPARATOR}[ ]{{0,2}}-{{2,}}$",
    # (conv27) … 网易's (-------- 转发邮件信息 --------), Lotus Notes' (----- Forwarded by 张某/JTJ/MOU on 2024-08-16
    # 18:35 -----), and a mail system's safety tip over a mail from a first-time sender (Microsoft 365:
    # 你通常不会收到来自 x@y 的电子邮件。了解这一点为什么很重要; You don't often get email from x@y. Learn why this is
    # important), and the count of mails a thread's print names under its subject (Gmail: 1 封邮件, 3 messages)
    r"^-{3,}[ ]{0,2}Forwarded[ ]by[ ][^\n]{1,120}?[ ]on[ ][^\n]{4,40}?[ ]{0,2}-{3,}$",
    r"^(?:你通常不会收到来自|您通常不会收到来自)[ ]?[^\s@]{1,64}@[^\s]{1,200}[ ]?的电子邮件",
    r"^You[ ]don't[ ]often[ ]get[ ]email[ ]from[ ][^\s@]{1,64}@",
    r"^\d{1,4}[ ]?(?:封邮件|messages?)$",
    # (conv27) a code forge's heads over an issue and its comments (GitHub: zhou-mou opened this issue Aug 16, 2024 ·
    # 2 comments; zhou-mou commented Aug 16, 2024), Bing Chat's source line under a copied answer (源: 与必应的对话，
    # 2024/8/16; Source: Conversation with Bing, 8/16/2024) and its sources `(1) 标题. https://….`, and the line
    # Kindle's My Clippings.txt writes over each clipping (- 您在第 1 页（位置 #12-15）的标注 | 添加于 …; - Your
    # Highlight on page 1 | Location 12-15 | Added on …) and the rule under it
    r"^[A-Za-z0-9][A-Za-z0-9-]{0,38}[ ](?:opened[ ]this[ ]issue|commented)[ ](?:on[ ])?[A-Z][a-z]{2}[ ]\d{1,2},[ ]\d{4}"
    r"(?:[ ]·[ ]\d{1,5}[ ]comments?)?$",
    r"^(?:源:[ ]?与必应的对话[,，]?[ ]?|Source:[ ]Conversation[ ]with[ ]Bing,[ ])\d{1,4}/\d{1,2}/\d{1,4}$",
    r"^\(\d{1,2}\)[ ][^\n]{1,200}?\.[ ]https?://\S{1,500}\.$",
    r"^(?:-[ ]?)?您在第[ ]?\d{1,5}[ ]?页(?:[(（]位置[ ]?#\d{1,6}(?:-\d{1,6})?[)）])?"
    r"的(?:标注|笔记|书签)[ ]?\|[ ]?添加于",
    r"^(?:-[ ])?Your[ ](?:Highlight|Note|Bookmark)[ ](?:on[ ]page[ ]\d{1,5}[ ]\|[ ])?(?:at[ ])?Location[ ]\d",
    r"^={10}$",
    # … and a forum's line over a post its writer edited (Discuz: 本帖最后由 周某 于 2024-8-16 18:30 编辑)
    r"^本帖最后由[ ]?[^\n]{1,40}?[ ]?于[ ]?(?:19|20)\d{2}-\d{1,2}-\d{1,2}[ ]\d{1,2}:\d{2}(?::\d{2})?[ ]?编辑$",
    rf"^(?:{_MAIL_NOTICE})",  # (the confidentiality notice where it is short: LONG_CHROME's where it is long)
    # (conv26) Apple Mail's line over the mail forwarded inline (Begin forwarded message:)
    r"^Begin[ ]forwarded[ ]message:$",
    # … a note app's line naming where a pasted piece came from (OneNote: Pasted from <https://…>), and the bars of a
    # Google Doc published to the web (Published using Google Docs, Updated automatically every 5 minutes)
    r"^Pasted[ ]from[ ]<[^\s<>]{1,300}>$",
    r"^Published[ ]using[ ]Google[ ]Docs$",
    r"^Updated[ ]automatically[ ]every[ ]\d{1,2}[ ]minutes?$",
    # … and its attribution line over the mail a reply quotes (On Tue, Jul 9, 2024 at 10:02 AM 某某 <…>
    # wrote:, 在 2024年7月2日 星期二 10:15，某某 <…> 写道：)
    r"^On[ ][^\n]{4,200}[ ]wrote:$",
    r"^在[ ]{0,2}(?:19|20)\d{2}(?=[^\n]{0,200}(?:\d:\d{2}|@))[^\n]{2,200}写道[ ]{0,2}:$",  # (its time or address)
    r"^点击(?:上方|下方)?蓝字",
    r"^阅读原文$",
    # a wiki page's byline under its title, kept by its export (Confluence: Created by 张某, last modified
    # by 李某 on Jun 05, 2024; 由 张某创建, 最后修改于 2024-06-05)
    r"^Created[ ]by[ ][^\n]{1,60}?,[ ]last[ ]modified(?:[ ]by[ ][^\n]{1,60}?)?[ ]on[ ]",
    r"^由[ ]?[^\n]{1,30}?创建[ ]?,[ ]?最后(?:由[ ]?[^\n]{1,30}?)?修改于",
    # … and the strings WeChat's page itself prints under a post, which a copy of the whole page keeps
    # (预览时标签不可点, 继续滑动看下一个, 轻触阅读原文; 微信扫一扫关注该公众号 is a scan caption's row above)
    r"^预览时标签不可点$",
    r"^(?:继续|向上)滑动看下一个$",
    r"^轻触阅读原文$",
    r"^点(?:个|一下)?[“\"「]?(?:在看|赞)",  # (点个“在看”你最好看: the button's name in quotes, conv22)
    # 今日头条's byline under the headline: 原创2024-07-08 10:15·某市住建 (conv22)
    r"^原创[ ]{0,4}(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:[ ]{1,4}\d{1,2}:\d{2})?[ ]{0,2}[·・][ ]{0,2}[^\n]{2,30}$",
    r"^(?:本文|文章|信息|稿件)?来源[ ]{0,2}[:丨|]",  # (a post parts its credits by a bar: 来源丨某市发布)
    r"^[▼▽↓⬇]{1,6}$",  # a post's pointer alone on its line
    r"^发布时间[ ]{0,2}:",
    # the publishing line opening with its date, maybe under a time label: 2019-05-30  来源:某办 字号:[ ],
    # 撰写时间:2020-09-16 10:20  来源:某办, 日期:2021年06月29日  作者:  来源:某局 (the gap after 日
    # may be gone: a layout space between CJK characters)
    r"^(?:\p{Han}{0,4}(?:时间|日期)[ ]{0,2}:[ ]{0,2})?"
    r"(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)(?:[ ]{1,4}\d{1,2}:\d{2}(?::\d{2})?)?"
    # (other pairs may stand before the page's own label: …发布机构:某局 编辑:某局 审核:… 字号:)
    r"[^\n,。;]{0,60}?(?:(?:信息|文章|稿件)?来源|作者|发布者|发布人|编辑|审核|字号|浏览|阅读)[ ]{0,2}:",
    # the byline opening with its author (作者:某局 来源:某局 发布时间:…), and a view counter under its
    # own label (浏览:356次, 访问量:356次, 点击:88人次): the page's, not the document's information table
    r"^作者[ ]{0,2}:[^:\n]{0,30}?(?:(?:信息|文章|稿件)?来源|发布(?:时间|日期))[ ]{0,2}:",
    # … or with its source, maybe the whole byline in brackets and its pairs parted by bars ((信息来源:某局 |
    # 发布日期:2024-05-30 | 浏览:1,203次)): the source and another of the page's own labels after it
    r"^[(【\[]?[ ]{0,2}(?:信息|文章|稿件)?来源[ ]{0,2}:[^:\n]{0,40}?"
    r"(?:发布(?:时间|日期)|浏览|点击|阅读|访问|作者|字号)(?:次数|量)?[ ]{0,2}:",
    r"^(?:浏览|访问|阅读|点击)(?:量|次数?|数)?[ ]{0,2}:[ ]{0,2}\d{1,9}[ ]{0,2}人?次",
    r"^(?:浏览|访问|阅读|点击)(?:量|次数?|数)?[ ]{0,2}:[ ]{0,2}[\d,]{1,11}$",  # a bare count: 阅读：2318
    r"^更新时间[ ]{0,2}:",
    # a bare dated byline under the headline: 日期:2022-08-05, 时间:2022-08-05 10:20
    r"^(?:发布)?(?:日期|时间)[ ]{0,2}:[ ]{0,2}(?:19|20)\d{2}-\d{1,2}-\d{1,2}"
    r"(?:[ ]{1,4}\d{1,2}:\d{2}(?::\d{2})?)?[ ]{0,2}$",
    "^责任编辑",
    # (责任编辑：汪某) under the text, or the page's editors in one pair of brackets (（校对：孙某　审核：周某）)
    rf"^\([ ]{{0,2}}{_EDITOR}[ ]{{0,2}}:[^():\n]{{1,20}}(?:{_EDITOR}[ ]{{0,2}}:[^():\n]{{1,20}}){{0,4}}\)$",
    r"^稿源[ ]{0,2}:",  # the page's source line (稿源：某区民政局)
    # the page's editors in a row, two roles or more (编辑：孟某　审核：钟某　终审：邹某)
    r"^(?:编辑|责编|审核|审校|校对|终审|初审)[ ]{0,2}:[^:\n]{1,20}(?:编辑|责编|审核|审校|校对|终审|初审)[ ]{0,2}:",
    # a line of nothing but a page's space entities a copy of its source kept (&nbsp;, &emsp;&emsp;)
    r"^(?:&(?:nbsp|ensp|emsp|thinsp|#160|#xa0|#xA0|#12288|#x3000);?[ ]{0,2})+$",
    # a copy's placeholder where the page showed an image or a video ([图片], 【图片】)
    r"^[【\[](?:图片|图像|视频|音频|表情)[】\]]$",
    # … and a transcriber's (an assistant's or a typist's) where the seal covered the 落款 ([印章], 【公章】; conv25):
    # in brackets and alone on its line, where a form's 某局（盖章） is the text's own words
    r"^[【\[](?:印章|公章|盖章|签章|红章|电子印章|电子签章)[】\]]$",
    # … and a text browser's: lynx's [IMG], [INLINE] or the image's file name, its form buttons ((BUTTON) 打印)
    r"^\[(?:IMG|INLINE|[^\[\]\n]{1,60}\.(?:png|jpe?g|gif|bmp|svg|webp))\]$",
    # … a .doc converter's: antiword's and catdoc's [pic] where a picture stood (the 红头's, the seal's),
    # textract's and Word's own text export's [image], [Image]
    r"^\[(?i:pic|picture|image|img)\]$",
    # … Word's automatic alt text of a picture, written where the picture stood (pandoc -t plain, an accessible
    # export): one of Word's tag words opening it and Word's own closing phrase, both (图片包含 图标 描述已自动生成,
    # 文本 自动生成的说明, A picture containing logo Description automatically generated; session 21)
    r"^(?:图片包含|图形用户界面|图示|图标|徽标|文本|文字|形状|表格?|图表|示意图|地图|日历|应用程序|网站|卡通|剪贴画)"
    r"[\p{Han}A-Za-z ]{0,40}?(?:描述已自动生成|自动生成的说明)$",
    r"^[A-Za-z][A-Za-z ,-]{0,60}[ ]Description[ ]automatically[ ]generated$",
    # … the image a converter names in its place: docx2python's `----media/image1.png----`, a mail
    # client's inline image `[cid:image001.png@01DAC3F2.6B1A5E40]` (Outlook's text of an HTML mail)
    r"^-{2,}media/[^\s]{1,200}?\.(?i:png|jpe?g|gif|bmp|emf|wmf|tiff?|svg|webp)-{2,}$",
    r"^\[cid:[^\]\s]{1,200}\]$",
    # a scanning app's watermark on every page of its scan, read by OCR with the page (扫描全能王's `CS 扫描全能王`
    # over its slogan `3亿人都在用的扫描App`, its older `由 扫描全能王 扫描创建`): the app's name or slogan alone on
    # its line (a reply naming the app does so inside a sentence; conv24)
    r"^(?:CS[ ]{0,2})?扫描全能王(?:[ ]{0,2}创建)?$",
    r"^由[ ]{0,2}扫描全能王[ ]{0,2}扫描创建$",
    r"^[123456789][0-9]?亿人都在用的扫描(?i:app)$",
    # an ebook reader's note under a passage copied from it: Apple Books' `摘录来自` over the book's title and
    # author and its `此材料可能受版权保护。` under them (the lines between: cleanup.furniture._excerpt_notes), its
    # older one-line form, and Kindle's citation `作者. 书名 (Kindle 位置 1234-1263). 出版社. Kindle 版本.` (conv24)
    r"^摘录来自(?:[ ]{0,2}:[^\n]{0,200}?Apple[ ]?Books\.?)?$",
    r"^此材料可能受版权保护。?$",
    r"\(Kindle[ ]?(?:位置|Locations?)[ ]?\d{1,7}(?:[ ]?-[ ]?\d{1,7})?\)",
    r"^(?:\((?:BUTTON|Submit|Reset|Radio button|Checkbox|Option list|Text entry)\)[ ]{0,2}[^()\n]{0,20}[ ]{0,4})+$",
    "【责任编辑",
    "留言与评论",
    # a results list page's 更多>> link (its listed titles: LISTED_TITLE_DATED; its column's name over
    # them: LIST_COLUMN_NAME)
    r"^(?:查看)?更多[ ]{0,2}(?:>{1,2}|»|›)?$",
    # the link a page or its mobile view cuts a long text at (展开全文, 点击展开全文∨, 点击查看更多>>,
    # 阅读全文>>): nothing else on its line
    r"^(?:点击)?(?:展开|收起)(?:全文|更多|阅读全文)[ ]{0,2}(?:>{1,2}|»|›|∨|︾|\+)?$",
    r"^(?:点击)?(?:查看|阅读)(?:更多|全文|详情)[ ]{0,2}(?:>{1,2}|»|›)?$",
    r"^(?:点击)?(?:展开|查看)(?:剩余|全部)(?:内容|全文)[ ]{0,2}(?:>{1,2}|»|›|∨|︾|\+)?$",  # 展开剩余内容
    # an office system's print stamp at each page's head (打印人：张某　打印时间：2024-07-15 10:22)
    r"^打印(?:人|者)[ ]{0,2}:[^:\n]{1,20}?打印(?:时间|日期)[ ]{0,2}:",
    r"^(?:>{1,2}|»)[ ]{0,2}更多$",
    # footers
    "版权所有",
    "ICP备",
    "ICP证",
    "公网安备",
    "网站标识码",
    r"^主办(?:单位)?[ ]{0,2}:.{0,40}承办",
    r"^主办(?:单位)?[ ]{0,2}:[^\n]{0,40}(?:地址|邮编)[ ]{0,2}:",  # the site's runner with its address
    r"^建议使用[^\n]{0,30}(?:分辨率|浏览器)",  # the site's display advice
    "^站内不良信息举报",
    # exports and residue
    "^【法宝引证码】",
    "^原文链接",
    "附件预览$",
    r"^\|+$",
    # (conv30) a document-sharing site's viewer, a chat app's announcement, a 政务 app's share text
    *SHARING_SITE_LINES,
    *ANNOUNCEMENT_LINES,
    *SHARE_TEXT_LINES,
)
CHROME_LINE = _lazy("|".join(_CHROME))
# A results list page's own lines over the one reply it shows, asked of the lines ending as they do
# (cleanup.furniture; as alternatives of CHROME_LINE they were tried on nearly every line, since they
# open with any Han character): each listed title with its date after it (关于…的答复　　2024-07-02; a
# title with no date after it is the text's), and the column's name over them (建议提案办理结果公开),
# chrome right above the list's first dated title; alone, the headline of a page that publishes one
# answer, and then its title. The column may be named by its 办理 alone (提案办理公开, 代表建议办理公开:
# holdout29 B6B), as by its result.
LIST_COLUMN_NAME = _lazy(
    r"^\p{Han}{0,10}(?:建议提案|提案建议|建议|提案|议案)(?:办理(?:结果|情况|答复|复文)?|结果|情况|答复|复文)公开$"
)
LISTED_TITLE_DATED = _lazy(
    r"^[\p{Han}()、 ]{0,40}?关于[^。;:!?\n]{2,80}的\p{Han}{1,8}[ ]{0,8}"
    r"[\[(【]?(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}[\])】]?$"
)
# The site's hotline in its footer (政务服务热线：12345, 政务服务便民热线 12345), nothing else on its line:
# chrome only where chrome stands, as EDGE_CHROME's rows (a notice may list it among its own numbers).
HOTLINE_FOOTER = _lazy(r"^\p{Han}{0,10}热线(?:电话)?[ ]{0,2}:?[ ]{0,2}12345$")
# Chrome rows whose words a document's own text may hold on a line alone, chrome only where chrome
# stands (cleanup.furniture._edge_chrome: outside the running text, at a page's edge): a share row
# of nothing but the platforms' names (微信　微博　QQ空间　复制链接), two or more, where a reply may list
# its channels (微信 微博 ⏎ 今日头条 抖音); a bare download or print stamp (下载自某市政务服务平台,
# 打印于2024年7月1日), where a text may say where a form is got; the portal's menu, an entry a line
# (a text browser's or html2text's bullets of links: 政务公开 ⏎ 互动交流) or a row of them, where an
# information table may hold one as a value (主题分类：政务公开) and a text a short line of its own.
# WeChat's dialog words among EDGE_CHROME's rows: a notice's own line may be one of them under its last
# sentence (…请选择： ⏎ 允许), so each is chrome only right under another chrome line (微信扫一扫 ⏎ 使用小程序)
DIALOG_WORDS = frozenset({"关注该公众号", "使用小程序", "知道了", "取消", "允许"})
# EDGE_CHROME's rows that are words a text can end on alone (a reply's last line `举报`, a wrapped
# `15分钟` under `…发车间隔缩短至`): under the running text each is chrome only beside chrome (a news app's
# `举报` over its share count, 知乎's buttons one a line), never where it alone stands between the text and
# its 落款 or under the 落款's date (cleanup.furniture._edge_chrome; diffread-B A8: dropped unsaid)
TEXT_WORD_ROWS = frozenset({"举报", "喜欢", "关注", "+关注", "+ 关注"})
# The menu's entries on the organ itself (机构概况, 机构职能) alone on a line need a second mark: a 部门预算 说明
# heads its own parts with them above its first sentence (第一部分 部门概况 ⏎ 机构概况 ⏎ 机构职能 ⏎ …。; review20),
# under the page's toolbar too (【字体：大 中 小】【打印】 ⏎ 机构职能 ⏎ …。), and an organ's 机构概况 page heads its
# text with its name under the breadcrumb: each is chrome only inside the menu, right under another entry of it
# or between two chrome lines (cleanup.furniture._in_a_menu; diffread-B B7)
ORGAN_MENU_WORDS = frozenset(
    {
        "机构概况",
        "机构设置",
        "机构职能",
        "领导信息",
        "领导之窗",
        "网站首页",
        # (conv23) the menus of the 政协's and the 人大's own sites, where the answers to 提案 and 建议 are shown
        *("政协概况", "政协要闻", "提案工作", "委员风采", "委员之家", "履职动态"),
        *("人大概况", "人大要闻", "代表风采", "代表工作", "代表之家", "议案建议"),
    }
)
# the portal's menu: its entries in a row, or one a line
_MENU_ROW = (
    # (conv29: a row opening on the link home, `首页 政务公开 …`, as a browser's text save keeps the menu; 首页 only
    # before another entry, a line of its own being as much a breadcrumb's first word)
    r"^(?:首页[ |]{0,5})?"
    r"(?:(?:政务公开|互动交流|政民互动|办事服务|政务服务|网上办事|新闻中心|新闻动态|数据开放|专题专栏|公众参与"
    # (the 政务服务 menu of the 集约化 platforms: 个人办事 法人办事 …, 12345热线; after them 走进某县, the
    # site's page on its place, which alone may be a slogan's words)
    r"|个人办事|法人办事|部门服务|便民服务|办事指南|12345热线"
    # (… and the entries on the organ itself, a site's menu as a crawler's Markdown keeps it: 机构概况; alone
    # on a line, each only inside the menu: ORGAN_MENU_WORDS)
    r"|机构概况|机构设置|机构职能|领导信息|领导之窗|网站首页"
    # (… and those of the 政协's and the 人大's sites: conv23)
    r"|政协概况|政协要闻|提案工作|委员风采|委员之家|履职动态|人大概况|人大要闻|代表风采|代表工作|代表之家|议案建议)"
    r"[ |]{0,5})+(?:走进\p{Han}{1,6})?$"
)
# a line of the menu (cleanup.furniture._in_a_menu: an organ-menu word alone is the menu's beside another entry)
MENU_ROW = _lazy(_MENU_ROW)
# One platform's name alone on its line: a share bar's icon caption, chrome only in a run right under the
# bar's own label (分享到： ⏎ 微信 ⏎ 微博 ⏎ QQ空间: cleanup.furniture._share_captions; noise21), where a
# reply's list of its channels stands under its own sentence.
SHARE_PLATFORM_LINE = _lazy(rf"^{_SHARE_PLATFORM}$")
# A 微博 post's client line under its account's (2024-7-8 10:15 来自 微博 weibo.com, 来自 iPhone客户端), and the
# account's line over it, its name and the verification mark (某市住建 V): chrome at the text's edge (conv22).
_WEIBO_CLIENT = r"(?:(?:19|20)\d{2}|[0123456789]\d)-\d{1,2}-\d{1,2}[ ]{1,4}\d{1,2}:\d{2}[ ]{1,4}来自[ ]{0,2}[^\n]{1,30}"
WEIBO_CLIENT_LINE = _lazy(rf"^{_WEIBO_CLIENT}$")
WEIBO_ACCOUNT_LINE = _lazy(r"^[^\n]{2,20}?[ ]?V$")
_VIEWER_BUTTON = r"(?:上一页|下一页|首页|尾页|放大|缩小|下载|打印|全屏|旋转|自动缩放|实际大小|适合页宽|适合页面)"
# (opening with a button: a line opening with a figure, most dates, is not tried)
_VIEWER_TOOLBAR = rf"^{_VIEWER_BUTTON}[ |]{{0,4}}(?:(?:{_VIEWER_BUTTON}|\d{{1,4}}[ ]?/[ ]?\d{{1,4}})[ |]{{0,4}}){{2,}}$"
# … whose caption, the viewed file's name (附件：0213号提案答复.pdf), is chrome right above it (a document's own
# attachment list names its files under the body, never over a toolbar: cleanup.furniture._edge_chrome)
VIEWER_TOOLBAR = _lazy(_VIEWER_TOOLBAR)
UPLOADER_ROW = _lazy(UPLOADER_ROW_LINE)  # (conv30) a sharing site's row under the file's name
VIEWED_FILE = _lazy(r"^(?:附件[:：]?[ ]{0,2})?[^\n]{1,60}\.(?:pdf|PDF|docx?|DOCX?|wps|WPS|ofd|OFD|xlsx?|XLSX?)$")
EDGE_CHROME = _lazy(
    rf"^(?:{_SHARE_PLATFORM}"
    r"[ |/]{0,4}){2,}$"
    # (conv22) 微博's client line, its counts row (转发 12 评论 3 赞 45), 今日头条's report link (举报/反馈), a phone
    # mail app's signature under a mail (发自我的华为手机, Sent from my iPhone), and the style rule Outlook's text
    # of an HTML mail keeps at its top (P {margin-top:0;margin-bottom:0;})
    rf"|^{_WEIBO_CLIENT}$"
    r"|^(?:(?:转发|评论|赞|点赞|收藏)[ ]{0,2}\d{1,9}[ ]{0,4}){3,}$"
    # (conv24) a post's counts row as a phone shows it under a 公众号's article (阅读 1286  赞 18  在看 6)
    r"|^阅读[ ]{0,2}(?:\d{1,9}|\d{1,4}(?:\.\d)?万\+?)(?:[ ]{1,8}(?:赞|在看|点赞|分享|留言)[ ]{0,2}\d{1,9}){1,4}$"
    r"|^举报[ ]{0,2}/[ ]{0,2}反馈$"
    rf"|{ANNOUNCEMENT_BUTTON}|{UPLOADER_ROW_LINE}"  # (conv30) an announcement's button, a sharing site's uploader row
    r"|^发自我的[\p{Han}A-Za-z0-9 ]{0,12}?(?:手机|平板|iPhone|iPad|Android|设备)$"
    r"|^Sent[ ]from[ ]my[ ](?:iPhone|iPad|Android|Huawei|HUAWEI|Xiaomi|Honor|mobile|phone)[^\n]{0,20}$"
    r"|^(?:P|p|body|div|span|td|table|li|\.[A-Za-z][\w-]{0,30})[ ]?\{[ ]?[a-z-]{2,30}[ ]?:[^{}\n]{1,300}\}$"
    # a post's foot: its end mark, its editors one a line (编辑：王某), its row of buttons (分享 收藏 在看 点赞)
    r"|^(?:END|End|THE END)$|^[—–─\-][—–─\- ]{0,7}(?:END|End|THE END)[—–─\- ]{0,8}$"
    r"|^(?:编辑|责编|审核|审校|校对|终审|初审|排版|美编)[ ]{0,2}[:丨|][ ]{0,2}[^:丨|\n]{1,20}$"
    # … and its writer's and photographer's credits, parted by a bar (文丨张某 图丨刘某), in a row
    r"|^(?:(?:文|图|文字|图片|摄影|视频|文案|撰稿)[ ]{0,2}[丨|][ ]{0,2}[^:丨|\n]{1,12}?[ ]{0,4}){1,4}$"
    r"|^(?:(?:分享|收藏|在看|点赞|赞|转发|推荐|留言|写留言|听过)[ |]{0,4}){2,}$"
    # (… WeChat's page strings a copy of the whole page keeps under a post: its dialogs' captions and buttons
    # (微信扫一扫 ⏎ 关注该公众号, 使用小程序, 取消 ⏎ 允许, 知道了: DIALOG_WORDS, each only right under other
    # chrome) and its buttons' spoken labels (视频 小程序 赞，轻点两下取消赞 在看，轻点两下取消在看))
    r"|^(?:关注该公众号|使用小程序|知道了|取消|允许)$"
    r"|^(?:视频[ ]{0,2})?(?:小程序[ ]{0,2})?(?:赞|在看)[ ]{0,2},?[ ]{0,2}轻点两下取消(?:赞|在看)"
    # (… or its buttons one a line, as a copy of the page gives them: 分享 ⏎ 在看 ⏎ 赞, each with its count
    # where the copy kept it: 阅读 1268 ⏎ 在看 9)
    r"|^(?:在看|点赞|赞|写留言)(?:[ ]{1,2}\d{1,9})?$"
    rf"|^{_LATEST_LIST}[ ]{{0,2}}:?$"  # a sidebar's list label (热门文章), a 简报's column heading too
    rf"|{_MENU_ROW}"
    # (conv23) an online document viewer's toolbar (a 政务公开 platform's 附件 viewer, pdf.js in Chinese): three
    # of its buttons or more in a row, its page counter among them (上一页 下一页 1 / 2 放大 缩小 下载 打印), and a
    # mobile page's top bar (返回  某市民政局  ···: the back button, the page's name, the more-menu's dots)
    rf"|{_VIEWER_TOOLBAR}"
    r"|^[<＜‹]?[ ]{0,2}返回[ ]{0,4}[^\n]{1,30}?[ ]{1,4}(?:···|⋯|…|\.\.\.|更多)$"
    # (conv29) … with the back arrow alone for the button (<  建议提案办理  ···), and a 政务 app's toolbar row: its
    # font buttons (A- A+) with its other buttons (分享 收藏 打印 纠错), no word of a text among them
    r"|^[<＜‹][ ]{1,8}[^\n<>]{1,30}?[ ]{0,8}(?:···|⋯|…|\.\.\.|更多)$"  # (the spaces before 更多 go with the layout's)
    r"|^(?=[^\n]{0,40}A[-+])(?:(?:A[-+]|分享|收藏|打印|纠错|关闭|字号)[ \u3000]{0,4}){2,8}$"
    # (conv24) what a phone's screenshot shows around a page, read by OCR with it: an app's top bar with its close
    # button (×  某市卫健委  ···), a browser's bottom bar (<  >  +  5  ···) and Android's navigation keys (◁ ○ □);
    # the bar's middle is a name, no × in it (a form's placeholder `× × × …`, `× 月 × 日 …` is the text's:
    # diffread-A A8)
    r"|^[×✕╳][ ]{1,8}[^\n×✕╳]{1,30}?[ ]{1,8}(?:···|⋯|…|\.\.\.)$"
    r"|^[<‹][ ]{1,8}[>›](?:[ ]{1,8}(?:\+|\d{1,2}|···|⋯|≡|☰|⌂)){1,4}$"
    r"|^[◁◀][ ]{1,8}[○◯〇][ ]{1,8}[□▢]$"
    # a reposting site's attribution block: its author alone (作者：某某) and its link line (链接：https://…),
    # each only beside the block's other lines (ATTRIBUTION_NEIGHBOUR), since a report prints its own
    # author under its title (作者：县政协社会法制委员会 王某; review18 R10)
    r"|^作者[ ]{0,2}:[ ]{0,2}[^:\n]{1,20}$|^链接[ ]{0,2}:[ ]{0,2}https?://[^\s]{1,300}$"
    # a QR box's caption alone or naming the page (扫描二维码, 扫描二维码 在手机上查看), where a notice's own
    # steps may say 扫描二维码 on a line of its own
    r"|^扫描(?:本页|页面)?二维码[ ]{0,2}(?:在?手机上?)?(?:查看|打开|浏览|阅读|分享)?(?:本页|当前页面?|此页)?$"
    rf"|^{_STAMP}(?:网站?|平台|系统|{_STAMP_DATE}{_CLOCK}?)$"
    # a sidebar's box label alone on its line, no colon (相关信息): the lines it repeats stay; a text's
    # label over its own list has its colon (相关信息：), yet a reply may head a short part so (diffread-B B2)
    r"|^相关信息$"
    # the site's care toggles (视力保护色：开启 | 关怀版), a footer's network badge (本网站支持IPv6) and a
    # reposting site's formulas alone on their lines (转载请注明出处。, 如有侵权请联系删除), which a reply
    # may list or quote inside its text (diffread-B B2)
    rf"|^(?:{_TOOLBAR}[ |/]{{0,3}})*{_CARE_TOOL}(?:[ |/]{{0,3}}(?:{_TOOLBAR}|{_CARE_TOOL}))*[ |/]{{0,3}}$"
    r"|^(?:本站|本网站?|网站)?(?:已)?支持[ ]{0,2}IPv6(?:访问)?$"
    r"|^转载请注明(?:出处|来源)[。.!]?$"
    r"|^如有侵权[ ,]{0,2}请?(?:联系)?(?:本站|本网|我们|小编|作者)?(?:删除|处理)。?$"
    # a page's address alone on its line (a print view's band, a saved page's source line): chrome only
    # right beside a line of the site's chrome (【关闭】 under it: noise20), and never where the line above
    # gives it (网址：, 表格下载地址: review20), wherever it stands (rules/cleanup/furniture._edge_chrome)
    r"|^(?:https?://|www\.)[!-~]{3,300}$"
    # (conv25) what a copy keeps around a post on other platforms: WeChat's collection line (收录于合集), 小红书's
    # topic tags (#建议提案办理[话题]#), its edit line (编辑于 08-16 福建), comment count and input (共 12 条评论,
    # 说点什么...), 知乎's approvals (12 人赞同了该文章), its post line (发布于 2024-08-16 18:30・IP 属地福建) and
    # buttons (赞同 12, 添加评论, 申请转载), a news app's prompt where a picture stood (打开网易新闻 查看精彩图片) and a
    # lone 举报, 微博's collapse link with its icon's glyph (收起全文d), its link stub (O网页链接) and its counts one a
    # line (转发 12 ⏎ 评论 8 ⏎ 赞 35), a mini-program's bar with its capsule (<  答复详情  ··· ⊙)
    r"|^收录于(?:合集|话题)(?:[ ]{0,2}#[^#\s]{1,30}[ ]{1,2}\d{1,5}个)*$"  # (its entry on its line: holdout27 B8B)
    r"|^(?:#[^#\n]{1,30}\[话题\]#[ ]{0,2}){1,10}$"
    r"|^(?:编辑|发布)于[ ]{0,2}(?:(?:19|20)?\d{2}-)?\d{1,2}-\d{1,2}(?:[ ]{1,2}\d{1,2}:\d{2})?"
    rf"(?:[ ]{{0,2}}[・·][ ]{{0,2}}IP[ ]{{0,2}}属地)?[ ]{{0,2}}{_IP_PLACE}?$"
    r"|^共[ ]{0,2}\d{1,7}[ ]{0,2}条(?:评论|回复)$"
    r"|^说点什么(?:\.{1,3}|…{1,2})?$"
    r"|^[0123456789]\d{0,6}[ ]{0,2}人赞同了该(?:文章|回答)$"
    r"|^赞同[ ]{0,2}\d{1,7}$"
    r"|^(?:添加评论|申请转载|喜欢|举报|\+?[ ]?关注)$"
    r"|^打开(?:网易新闻|新浪新闻|腾讯新闻|搜狐新闻|澎湃新闻|今日头条|百度|APP|App|客户端)[ ]{0,2}"
    r"查看(?:更多)?(?:精彩)?(?:图片|视频|内容)$"
    r"|^(?:展开|收起)全文[ ]{0,2}[dc]$"
    r"|^O[ ]?网页链接$"
    r"|^(?:转发|评论|赞)[ ]{0,2}\d{1,9}$"
    r"|^[<‹][ ]{0,4}[^\n]{1,20}?[ ]{1,8}(?:···|⋯|•••|\.\.\.)[ ]{0,2}[⊙◎○◉]$"
    # (conv25) a reader view's reading time under its headline (Firefox: 3–4 分钟), the Wayback Machine's toolbar
    # (its capture count and span, its calendar's month and year rows, its buttons and labels), a page index
    # pdfminer's HTML writes under the pages (Page: 1, 2), and a terminal around a text shown in it: `script`'s
    # start and end lines, a shell's prompt (zhou@oa:~/docs$ cat 答复.txt), cmd's (C:\Users\zhou>more 答复.txt), exit
    rf"|{_READING_TIME}"
    r"|^[0123456789]\d{0,6}[ ]captures?$|^About[ ]this[ ]capture$|^COLLECTED[ ]BY$|^TIMESTAMPS$"
    r"|^Collection:[ ][!-~ ]{1,80}$"
    r"|^[0123456789]\d?[ ][A-Z][a-z]{2}[ ]\d{4}[ ]-[ ]\d{1,2}[ ][A-Z][a-z]{2}[ ]\d{4}$"
    r"|^[ADFJMNOS][A-Za-z]{2}\t[A-Z][A-Za-z]{2}\t[A-Z][A-Za-z]{2}$|^(?:19|20)\d{2}\t(?:19|20)\d{2}\t(?:19|20)\d{2}$"
    r"|^(?:Go|success|fail)$"
    r"|^Page:[ ]\d{1,5}(?:,[ ]\d{1,5}){0,2000}$"
    r"|^Script[ ](?:started|done)[ ]on[ ][!-~ ]{1,200}$"
    rf"|^[{_ASCII_NAME_FIRST}][A-Za-z0-9._-]{{0,31}}@[A-Za-z0-9._-]{{1,64}}:[^\n$#]{{0,200}}[$#](?:[ ][^\n]{{0,200}})?$"
    r"|^[ABCDEFGHIJKLMNOPQRSTUVWXYZ]:\\[^\n<>|]{0,200}>[^\n]{0,200}$"
    r"|^exit$"
    # (conv26) the publishing bar's links over a Google Doc published to the web (Learn more, Report abuse), and a
    # news portal's share prompt under a reprint (分享让更多人看到)
    r"|^(?:Learn[ ]more|Report[ ]abuse)$"
    r"|^分享让更多人看到$"
)
# A bare timestamp with its clock time (a scraper's publish time printed under the headline, as
# newspaper3k's `publish_date` or an ISO string: 2024-05-20 00:00:00, 2024-07-05T09:30:00+08:00):
# chrome above the running text only (cleanup.furniture._stamps_above_text); under it, a message
# board's answer dates its 落款 so (2017-9-13 21:13:11).
# A year alone on its line (2024年): a site's date widget above the running text (cleanup.furniture.
# _above_text). Anywhere else it is the text's (a plan's year heading, a table's cell a line, a 落款
# dated to its year, schema 1.10): up to 1.9 it was chrome wherever it stood, dropped unwarned.
BARE_YEAR = _lazy(r"^(?:19|20)\d{2}年$")
# A phone's status bar read by OCR with a screenshot's page: its clock alone (10:21), its network and battery
# (5G 87, 4G 56%), and a mobile browser's address bar under it (the page's host alone, wjw.example.gov.cn):
# chrome above the running text only, as a scraper's timestamp (cleanup.furniture._above_text), where an
# agenda's hour or a site's address a notice gives stands inside the text or under it (conv24)
_STATUS_CLOCK = r"[012]?\d:[0-5]\d"
STATUS_BAR_LINE = _lazy(
    # (conv25: the signal's bars read as dots and strokes before the network, `.ll 5G 87`, `..ıl 4G 56%`)
    r"^(?:" + _STATUS_CLOCK + r"|(?:[.·]{0,2}[lIı|]{1,3}[ ]{1,2})?(?:[2345]G\+?|LTE|HD|VoLTE)(?:[ ]{0,3}[2345]G)?"
    r"[ ]{1,3}\d{1,3}%?"
    r"|(?:[a-z0-9-]{1,40}\.){1,5}(?:cn|com|net|org)(?:/[!-~]{0,200})?)$"
)
# The status bar's clock alone on its line: where a text opens with one, the clock again between a line and the
# same line once more is the next screenshot's top, the line its overlap with the one before (rules.cleanup.
# repeats._screenshots); an agenda's hour stands between two different lines
STATUS_CLOCK = _lazy(rf"^{_STATUS_CLOCK}$")
STATUS_BAR_FIRST = frozenset("0123456789LHVabcdefghijklmnopqrstuvwxyz.·Iı|")
BARE_TIMESTAMP = _lazy(
    r"^(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:[ ]{1,2}|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?$"
)
# A mobile page's prompt to open or fetch its own app, named by no name (打开APP，阅读体验更佳, 下载客户端, APP内打开):
# chrome only at the text's very edge or right beside chrome (cleanup.furniture._app_prompts), since a
# notice's steps say so too (下载APP ⏎ 打开APP查看预约结果), and name the app they mean (下载浙里办APP; review19 V2).
APP_PROMPT = _lazy(
    r"^(?:打开|下载)(?:官方|手机)?(?:APP|App|app|客户端)(?:[ ,]{0,2}(?:阅读|查看|浏览|观看|看)\p{Han}{0,8})?[。!]?$"
    r"|^(?:APP|App|app|客户端)内(?:打开|阅读|查看)$"
)
APP_PROMPT_FIRST = frozenset("打下Aa客")
# The label of a page's link list, alone on its line (相关链接：, 相关解读, 推荐阅读): the short lines
# under it are the links' titles (cleanup.furniture._link_lists). Each is a chrome line as well.
# A search box's lists (最近搜索 ⏎ 无 ⏎ 热门搜索 ⏎ …) are such lists too.
# So are a bracketed label (【相关阅读】) and the neighbouring articles' labels alone (上一篇 ⏎ 关于…的答复).
LINK_LIST_LABEL = _lazy(
    r"^(?:(?:相关|推荐|延伸)(?:链接|文章|阅读|稿件|解读|新闻|文件|政策)|(?:最近|热门|历史)搜索|[上下]一(?:篇|条)|附件下载|相关附件"
    r"|(?:往期|精彩)(?:推荐|回顾|精选)|喜欢此内容的人还喜欢"
    rf"|{_LATEST_LIST}|{_GUESS_LIST})"
    r"[ ]{0,2}:?$"
    r"|^[【\[][ ]{0,2}(?:相关|推荐|延伸)(?:链接|文章|阅读|稿件|解读|新闻|文件|政策)[ ]{0,2}[】\]][ ]{0,2}:?$"
)
# Of those labels, the ones over a list of files (附件下载：): a portal prints the box whether or not
# the page has files, so what stands under an empty one is the document's own (its 落款, a heading),
# and only a line naming a file (FILE_LINK) is one of its links.
FILE_LIST_LABEL = _lazy(r"^(?:附件下载|相关附件)[ ]{0,2}:?$")
# A line naming a file to download: a file's extension, at its end or before the size a page
# prints after it (…答复.pdf, 汇总表.xlsx（32KB）, 附件1.doc 下载).
# An HTML character reference a text copy kept (schema 1.10, rules/cleanup/entities): the names a page's
# markup writes for what a Chinese document holds (quotes, dashes, the ellipsis, spaces, the markup's own
# < > &) and numbered ones, each with its `;`: an `&` without them is the text's own (R&D). A CMS that
# escaped its markup once more wrote `&amp;mdash;`: the reference it stands for.
CHARACTER_REFERENCE = _lazy(
    r"&(?:amp;)?(?:quot|amp|lt|gt|nbsp|ensp|emsp|thinsp|ldquo|rdquo|lsquo|rsquo|laquo|raquo|mdash|ndash|hellip|middot"
    r"|bull|times|divide|deg|yen|copy|reg|permil|plusmn|apos|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});"
)
# A reference the text names rather than holds escaped: after a verb of writing it out (小于号写作&lt;,
# 替换为&amp;), or alone between quotes (“&quot;”): a notice on escaping states its rule with them.
REFERENCE_MENTION = _lazy(r"(?:写作|写为|写成|转义为|转义成|替换为|替换成|编码为|记作|记为)[ ]{0,2}$")
MENTION_QUOTES = ("“「『\"'‘", "”」』\"'’")  # opening, closing
FILE_EXTENSIONS = r"pdf|docx?|xlsx?|wps|et|ofd|zip|rar|7z|txt|jpe?g|png|pptx?|ceb"
FILE_LINK = _lazy(rf"(?i)\.(?:{FILE_EXTENSIONS})(?![a-z])[^。，,]{{0,24}}$")
# A file box's row as a title (schema 1.10: a 相关附件 box naming the only attachments a page shows): the
# file's name without the list's number before it and the extension, size or count after it
# (1.安全生产检查表.docx（25KB） → 安全生产检查表).
FILE_TITLE = _lazy(
    r"(?i)^[ ]{0,4}(?:(?:附件)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[ ]{0,2}[.、:)][ ]{0,2}"
    r"|附件[ ]{0,2}:[ ]{0,2})?"
    rf"(?P<name>[^\n]+?)\.(?:{FILE_EXTENSIONS})(?![a-z])[^。，,]{{0,24}}$"
)
# A watermark set across each page of a PDF, which its text layer (or a text copied from it) gives
# between the lines it crosses: 内部资料 注意保存, 内部资料，请勿外传, 某市民政局内部资料, 仅供参考, alone on
# its line with no stop (a sentence saying 仅供参考。 or naming 内部资料 in a clause is the text's). The
# same words printed once above a title are the document's marking: cleanup.furniture._watermarks.
WATERMARK_LINE = _lazy(
    r"^(?:\p{Han}{2,20}?)?内部(?:资料|材料)[ ,]{0,3}(?:注意保存|请勿外传|严禁外传|不得外传|注意保密|妥善保管)?$"
    r"|^仅供(?:内部|学习|工作)?参考$"
)
WATERMARK_ENDS = ("资料", "材料", "保存", "外传", "保密", "保管", "参考")
# Apple Books' note under a copied passage opens with its first row and closes with its last (CHROME_LINE's rows):
# the book's title and author between them are the note's (cleanup.furniture._excerpt_notes)
EXCERPT_NOTE_OPEN = "摘录来自"
EXCERPT_NOTE_CLOSE = "此材料可能受版权保护"
EXCERPT_NOTE_REACH = 4
# The kind of a reading a link list names before its title (图解：《…》, 政策解读：…, 一图读懂：…): the
# link's title, not a label with its value.
LINK_TITLE_LEAD = _lazy(r"^(?:图解|一图(?:读懂|看懂|速览)|(?:政策|专家|文字|图文|视频|媒体|部门|官方)?解读)[ ]{0,2}:")
# The label over a page's readers' comments (网友评论, 评论区, 最新留言, 共2条评论), alone on its line: under
# a document's 落款 what follows it is the readers' words and the comment form, the site's
# (cleanup.furniture._comment_sections).
COMMENT_SECTION_LABEL = _lazy(
    r"^(?:网友|读者|用户|最新|热门|精彩|全部)?(?:评论|留言)(?:区|列表)?[ ]{0,2}"
    r"(?:\([ ]{0,2}\d{1,6}[ ]{0,2}\))?[ ]{0,2}:?$"
    r"|^(?:共|已有)[ ]{0,2}\d{1,6}[ ]{0,2}(?:条|人)(?:评论|留言|参与评论)[ ]{0,2}:?$"
    # the box's form heading the section (发表评论 ⏎ 文明上网，理性发言 ⏎ 暂无评论: an empty box, noise21);
    # 我要留言 is a message board's button to write a new message, standing between a message and its
    # answer: no comments' label (diffread-A A8)
    r"|^(?:发表|我要|我来)评论[ ]{0,2}:?$"
)
# The words of a comment box itself (its rules, its form's prompts): no reader's words
# (readers.html.comments).
COMMENT_FORM_WORDS = _lazy(
    r"文明上网|理性发言|登录|注册|验证码|发表评论|提交评论|还可以?输入|字数|暂无评论|网友评论仅供"
)
# A row of a mailbox's or a message board's form (留言标题：…, 留言内容：…, 来信时间：…): under a bare 留言
# label below an answer's 落款 it is the citizen's message the answer answers, no readers' comment.
MAILBOX_FORM_ROW = _lazy(r"^(?:留言|来信|信件)(?:标题|主题|内容|时间|日期)[ ]{0,2}:")
# A mailbox form's row of the organ's answer (回复单位：…, 答复时间：…, 回复内容：…): the document's own, never a
# reader's comment (a site's bare 回复：… under a reader's words is the site's, cleanup.furniture; diffread-A A8)
MAILBOX_ANSWER_ROW = _lazy(r"^(?:回复|答复|办复|办理)(?:单位|部门|机关|时间|日期|内容|意见|结果)[ ]{0,2}:")
# A dated publishing line of one pair (发布时间：2024-07-02): the page's byline under its headline,
# but a row of the information table where it stands between two of the table's rows.
DATED_TABLE_ROW = _lazy(
    r"^(?:发布|更新)?(?:时间|日期)[ ]{0,2}:[ ]{0,2}(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)"
    r"(?:[ ]{1,4}\d{1,2}:\d{2}(?::\d{2})?)?$"
)
# A note app's properties block at the very top of its export (印象笔记's 导出为TXT: 创建时间：… ⏎ 更新时间：… ⏎
# 标签：…): each line a short key and its value; a block holding a 创建/作者 key is the note's, and its 更新时间
# line is a metadata pair (contract20 item 6) where a portal's alone under a headline is its byline (chrome).
NOTE_PROPERTY_LINE = _lazy(r"^\p{Han}{2,6}[ ]{0,2}:[ ]{0,2}[^\n]{1,60}$")
NOTE_PROPERTY_OWN = _lazy(r"^(?:创建(?:时间|日期)|作者)[ ]{0,2}:")
# A page's own label alone on a line (来源, 作者) inside an information table laid out one cell
# per line: the page's, never the value of the table's label above it.
LONE_PAGE_LABEL = _lazy(r"^(?:文章|信息|稿件)?(?:来源|作者|出处)[ ]{0,2}:?$")
# The labels of a page's own byline and tools, as a key (来源, 浏览次数, 字号, 责任编辑, 分享到): a pair under one
# is the page's, never a row of the document's information table, even in the element holding that table's rows.
PAGE_OWN_KEY = _lazy(
    r"^(?:(?:文章|信息|稿件)?来源|作者|出处|发布者|发布人|(?:责任)?编辑|审核|校对|字号|字体|"
    r"(?:浏览|阅读|点击|访问)(?:次数|量|数)?|分享(?:到|至)?|当前位置|您的位置|打印|关闭)$"
)
# The same lines by two patterns (each entry above is one alternative): those anchored at the
# line's start, tried there only, and the rest. Searching one pattern for both made the
# anchored half be tried at every position; `cleanup.furniture_and_chrome` asks each line.
CHROME_AT_START = _lazy("|".join(c for c in _CHROME if c.startswith("^")))
CHROME_ANYWHERE = _lazy("|".join(c for c in _CHROME if not c.startswith("^")))
# Words only a website's footer carries (who runs the site, its registration): a footer block
# holding them is the site's, and the phone or address printed in it is the site's too.
# 主办单位 opens such a block, but only a registration mark (SITE_MARK) makes it a site's; the
# site's own report line (网站监督举报热线) and its browser advice (…分辨率…浏览器) belong to it.
# (此材料可能受版权保护: Apple Books' note under a copied passage, worded as a sentence; conv24)
SITE_MARK = _lazy(r"版权所有|ICP[备证]|公网安备|网站标识码|技术支持|Copyright|©|此材料可能受版权保护")
SITE_FOOTER = _lazy(
    rf"{SITE_MARK.pattern}|主办单位|^主办[ ]{{0,2}}:|^(?:承办|协办)[ ]{{0,2}}:"
    r"|网站主办|网站[^\n]{0,4}举报|分辨率|浏览器"
)
# A forum's or portal's anti-copying junk (Discuz!'s 防采集 "jammer" spans, hidden on the page and
# kept by a copy): a run of at least five tokens of one or two ASCII characters parted by single
# spaces, laid before, between or after the text's own words (`; j& x+ z8 n4 f2 H 网友您好:`,
# `支持!4 Q7 b3 J1 d6 F`, `垃圾。+ ~7 e! f% t+ u`). Its first token stands at a line's start or
# after a space, or opens on a letter or digit, or on a mark no Chinese sentence puts after its
# words (+ ~ / ^ …): the text's own half-width : ! , ; ? . glued before a run stay the text's.
# `rules/cleanup/spaces.jammer` also asks that three tokens mix two kinds of character (j7, u;,
# X$): a list of figures or letters (1 2 3 4 5, A B C D E) or a table's rules mix none.
JAMMER_RUN = _lazy(
    r"(?:(?<=^|[ ])[!-~]|(?<![A-Za-z0-9])[A-Za-z0-9]|[\"#$%&'*+/<=>@\\^_`|~\[\]{}-])[!-~]?"
    r"(?:[ ][!-~]{1,2}){4,}(?![!-~])"
)
JAMMER_MIXED_TOKEN = _lazy(r"^(?:[A-Za-z][!-/:-@\[-`{-~0-9]|[0-9][!-/:-@\[-`{-~A-Za-z]|[!-/:-@\[-`{-~][A-Za-z0-9])$")
# A PDF that draws bold by printing each glyph twice a hair apart gives every character of a bold
# run twice in its text layer (`答答复复`, `一一、、工工作作`): a run of at least five doubled
# characters in a row. Chinese doubles a character in words of its own (人人, 家家户户, 高高兴兴), two
# or four in a row at most, so five pairs are fake bold; `rules/cleanup/spaces.fake_bold` also asks
# that three of them be Han (a phone's 88776655 or a dotted leader's 。。。。 are not).
FAKE_BOLD_RUN = _lazy(r"(?:(.)\1){5,}")
# (five pairs spelt out, searched first: the standard engine refuses a line without them about a
# hundred times faster than it walks the repeated group)
FAKE_BOLD_PAIRS = _lazy_plain(r"(.)\1(.)\2(.)\3(.)\4(.)\5")
PINYIN_ANNOTATION = _lazy(r"(?<=\p{Han})[(?][a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5}\)")
# --- above the title of a web page or text --------------------------------------------------
# What a portal prints over a document's title and nothing of the document itself says: the
# page's toolbar (its reader tools for the elderly and the blind: 关怀版, 无障碍, 朗读, 放大, 配色,
# 白底黑字蓝链接 …; login, search, language), a line of nothing but such words; the site's name
# (…人民政府网, 某某政协网, …门户网站, …官方微信) and its greeting (欢迎访问…, …欢迎您); today's
# date with its weekday (今天是2024年5月6日星期一); the breadcrumbs; the browser advice. Asked only
# of the lines above a title that no header element claims (rules/header_lines.pre_title_zone):
# a line ending in 网 in the body may be data.
_PAGE_TOOL = (
    r"(?:关怀版|长辈版|长者(?:版|模式|助手)|适老化(?:模式|版)?|无障碍(?:浏览|阅读|模式)?|网站支持IPv6|"
    r"朗读|拼音|辅助浏览|轻松阅读|读屏|视图|放大|缩小|配色|页面原始配色|\p{Han}底\p{Han}字\p{Han}链接|"
    r"大鼠标|辅助线|显示屏|声音|指读|连读|减速|加速|(?:增加|减小)?音量|后退|前进|全屏|刷新|退出|帮助|换肤|"
    r"登录|注册|个人中心|智能(?:检索|问答|机器人)|全文检索|站内搜索|一网搜|站群导航|导航|选择语言|"
    rf"{_TOOLBAR}|{_CARE_TOOL}|本站地图|网站地图)"
)
PAGE_TOP_CHROME = _lazy(
    rf"(?i)^{_PAGE_TOOL}(?:[ |/]{{0,3}}{_PAGE_TOOL})*[ |/]{{0,3}}$"
    r"|^[\p{Han}A-Za-z·-]{2,60}(?:网|网站|门户网站?|官方微信|官方微博)$"
    r"|^欢迎(?:您)?(?:进入|访问|来到|光临|使用)|欢迎您[!]?$"
    r"|^今天是|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[ ]{0,3}(?:星期|礼拜)[一二三四五六日天]"
    r"|(?:访问|浏览)效果[^\n]{0,20}(?:IE|浏览器)"
)

# A chat assistant's framing around a document it drafted or tidied, copied out with it (session 19):
# its opening sentence naming what it did (以下是整理后的答复文本：, 好的，我为您起草了如下答复：), a chat
# page's role labels (You said:, ChatGPT said:), and its closing offer (如需进一步修改，请告诉我。, 如果需要，
# 我还可以帮您：). The opening opens with its own 以下是/下面是 and names its doing (整理后的, 起草的, 为您:
# a 草案说明's `现将《…（草案）》起草的有关情况说明如下：` opens with 现将; review19 V1), or names whom it drafted
# for (为您起草 …: a notice's `…印发给你们，
# 现就有关事项通知如下：` names its readers, not a drafting; a reply's `…关于优化营商
# 环境的提案收悉，现答复如下：` names a proposal's 优化, and acknowledges: 收悉) and hold no 。 before its
# 以下是 (a reply's own `…收悉。以下是我局办理情况：`); the offer asks to be told by the writer alone
# (告诉我, never 告诉我们: a reply's 如有意见建议，请告诉我们。).
ASSISTANT_LEAD = _lazy(
    # its own words first (以下是整理后的…：, 当然可以！下面是润色后的版本：, 以下是根据您的要点起草的答复函：) …
    r"^(?![^\n]{0,80}收悉)(?:(?:好的|好|当然(?:可以)?|没问题|可以)[，,!！][ ]?)?(?:以下|下面)(?:是|为)"
    r"(?=[^\n。]{0,40}?(?:(?:整理|润色|修改|改写|优化|排版|翻译)后的|(?:起草|拟写|草拟|撰写|生成)(?:的|了)|规范格式"
    r"|(?:为|帮|给)(?:您|你)(?!们)"
    # (… or names it as a noun ending the line: 好的，以下是该答复文件的整理：, 以下是该文件的要点梳理：; conv25)
    r"|(?:文件|文本|答复|内容|全文|材料|原文)的(?:要点)?(?:整理|梳理|摘要|概要|归纳)(?:版本?|稿|结果)?[:：]$))"
    r"[^\n。]{0,40}?[:：]$"
    # … or naming whom it drafted for (好的，根据您提供的材料，我为您起草了如下答复：)
    r"|^(?![^\n]{0,80}收悉)[^\n。]{0,40}?(?:为|帮|给)(?:您|你)(?!们)[^\n，,。]{0,6}?"
    r"(?:起草|整理|撰写|拟写|草拟|生成|修改|润色|改写|优化|排版|翻译|准备|写)[^\n。]{0,20}?(?:如下|以下)[^\n。]{0,20}?[:：]$"
    # … or naming the text it took out of a picture or file (session 21: 以下是图片中的文字内容：,
    # 已为你提取图片中的文字：, 好的，以下是提取出的文字：, 图片中的文字识别结果如下：; a reply's own
    # `以下是我局办理情况：` names none of them) …
    r"|^(?![^\n]{0,80}收悉)(?:(?:好的|好|当然(?:可以)?|没问题|可以)[，,!！][ ]?)?"
    r"(?:(?:以下|下面)(?:是|为)|我?已?(?:为|帮|给)(?:您|你)(?!们))"
    r"[^\n。]{0,30}?(?:(?:图片|图中|图像|截图|照片|扫描件)[^\n。]{0,8}?(?:文字|文本)|(?:提取|识别)(?:出|到)?的(?:文字|文本|内容))"
    r"[^\n。]{0,20}?[:：]$"
    r"|^(?:图片|图中|图像|截图|照片|扫描件)[^\n。]{0,12}?(?:识别|提取)(?:结果|出的(?:文字|文本|内容))[^\n。]{0,6}?[:：]$"
    # … or in English over the Chinese text (Sure! Here's the text extracted from the image:)
    r"|^(?i:(?:sure|ok(?:ay)?|certainly|of[ ]course)[!,.]?[ ]{1,2})?(?i:here(?:'s|’s|[ ]is|[ ]are))[ ]"
    r"[^\n]{0,60}?(?i:text|transcription|content)[^\n]{0,40}?:$"
)
ASSISTANT_ROLE = _lazy(
    r"^(?:You[ ]said|(?:ChatGPT|Claude|Copilot|Gemini)[ ]said|ChatGPT[ ]?说|你说|Kimi|DeepSeek|豆包|文心一言|通义千问)"
    r"[ ]?[:：]?$"
    # (a transcript's plain speaker labels, each with its colon: 用户：, AI：, 助手：, Assistant:)
    r"|^(?:用户|User|AI|助手|Assistant|ChatGPT|Claude|Copilot|Gemini)[ ]?[:：]$"
)
# An extraction framing naming only a picture or a scan (以下为扫描件文字内容：, 以上为扫描件全部内容) is a site's own
# note on the scan it publishes as well as a chat's: such an opening and such a remark under the text count as one
# mark, unless one of them speaks in an assistant's voice (为你/帮您, 好的，…, 提取/识别, 我, me) (diffread-C C11)
PICTURE_NAMED = _lazy(r"图片|图中|图像|截图|照片|扫描件")
ASSISTANT_VOICE = _lazy(
    r"(?:为|帮|给)(?:您|你)(?!们)|^(?:好的|好|当然|没问题|可以)[，,!！]|提取|识别|我(?![局委办厅部院们])"
    r"|(?i:\b(?:me|I)\b)"
)
ASSISTANT_OFFER = _lazy(
    r"^(?:如需|如果(?:您|你)?(?:还)?需要|如有(?:其他|任何|进一步)?需要|需要的话|若(?:您|你)?(?:还)?需要)[^\n]{0,60}?"
    # (我 ends its word: the organ's own 随时联系我局… / 告诉我委 is a reply's last sentence, no assistant's)
    r"(?:(?:(?:请|可)?(?:随时)?告诉我|随时(?:联系|找)我)(?=[ ,.!?;:，。！？；：、]|$)|我(?:还|也)?可以)[^\n]{0,60}$"
    # (session 21: its note on what it read from a picture, and its remark that the text is all the
    # picture's: （注：图片中部分文字较模糊，识别结果可能存在个别误差…）, 以上为图片中的全部文字内容。;
    # in English, its offer as me)
    r"|^[（(]?(?:注|说明|提示|备注)[ ]{0,2}[:：][^\n]{0,30}?(?:图片|图中|原图|截图|照片|扫描件)"
    r"[^\n]{0,30}?识别[^\n]{0,60}$"
    r"|^以上(?:为|是|即为|就是)(?:图片|图中|图像|截图|照片|扫描件)[^\n。]{0,20}?(?:文字|文本|内容)[^\n]{0,10}$"
    r"|^(?i:let[ ]me[ ]know[ ]if|if[ ]you(?:'d|[ ]would)[ ]like[ ](?:me|I)|I[ ]can[ ]also)[ ][^\n]{0,120}$"
    # (or its disclaimer of the draft: 上述范文仅供参考…, 注：以上内容仅供参考，请根据实际情况修改后使用。 — a
    # mailbox answer's own 以上内容仅供参考，具体以…为准 is none: the draft's words, or use after editing)
    r"|^(?:(?:注|说明|提示|备注)[ ]{0,2}[:：][ ]{0,2})?(?:以上|上述)"
    r"(?:(?:草稿|范文|模板)[^\n]{0,20}?仅供参考[^\n]{0,60}"
    r"|(?:内容|文本|材料)[^\n]{0,20}?仅供参考[^\n]{0,30}?(?:修改|调整|完善)后?(?:使用|发布|印发|发送)[^\n]{0,20})$"
)
