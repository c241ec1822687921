"""The lines apps and document-sharing sites add around a document a person copies out of them (session 30):
each whole line, spliced into `chrome._CHROME` (and the two tool rows into its toolbar words), kept apart because
chrome.py passed its size. No line here is a sentence a 公文 writes: each names the app's own act (上传, 分享, 已读,
继续阅读) with its counts, figures or link."""

from __future__ import annotations

from govdoc.patterns.base import _lazy

# A document-sharing site's viewer (文库-like): the uploader's row with its counts (上传者：某某  2025-07-05
# 浏览 1,204 次  下载 37 次), the cut it makes at a free reader's last page (还剩1页未读，继续阅读; folded comma)
# and its takedown notice (本文档由用户上传，如有侵权请联系删除: chrome's row of such notices). The uploader's row
# is chrome at the text's edge (chrome.EDGE_CHROME) and marks the file's name right above it as the viewer's
# caption (cleanup.furniture._viewed_file), as a viewer's toolbar does.
UPLOADER_ROW_LINE = (
    r"^(?:上传(?:者|人|用户)?|贡献者|分享者)[ ]{0,2}:[^\n]{1,60}?"
    r"(?:浏览|阅读|下载|预览|页数|收藏)[ ]{0,2}(?::[ ]{0,2})?[\d,]{1,9}[ ]{0,2}(?:次|页|人)?"
    r"(?:[ ]{1,6}(?:浏览|阅读|下载|预览|页数|收藏)[ ]{0,2}(?::[ ]{0,2})?[\d,]{1,9}[ ]{0,2}(?:次|页|人)?){0,4}$"
)
SHARING_SITE_LINES = (
    r"^还剩[ ]{0,2}\d{1,4}[ ]{0,2}页未读[,]?[ ]{0,2}(?:继续阅读|点击阅读|展开阅读|查看全部)?[ ]{0,2}(?:>{1,2}|»)?$",
)
# A chat app's announcement copied (钉钉's 公告, 企业微信's, 飞书's): its publisher row with the time it was posted
# (发布人：办公室 景某  2025-07-16 09:12) and its read counts (已读 23 | 未读 4, 23人已读 4人未读).
ANNOUNCEMENT_LINES = (
    r"^发布(?:人|者)[ ]{0,2}:[^\n]{1,30}?[ ]{1,4}(?:(?:19|20)\d{2}[-/.])?\d{1,2}[-/.]\d{1,2}[ ]{1,2}\d{1,2}:\d{2}$",
    r"^已读[ ]{0,2}\d{1,6}(?:人)?[ |/,]{0,5}未读[ ]{0,2}\d{1,6}(?:人)?$",
    r"^\d{1,6}人已读[ |/,]{0,5}\d{1,6}人未读$",
)
# … its button under the text (确认收到, 我已阅读): chrome at the text's edge only (chrome.EDGE_CHROME), as a
# notice may ask its reader so in a line of its own among its sentences. (A bare 收到 is a person's answer in a chat:
# tests/test_probes_18_conv.py.)
ANNOUNCEMENT_BUTTON = r"^(?:确认收到|我已阅读|我已知晓)$"
# A 政务 app's share text: its brand and who shared (【某省政务】甘某分享了一篇文章) and its link to open the app
# (打开APP阅读全文 https://…).
SHARE_TEXT_LINES = (
    r"^【[^】\n]{1,16}】[^\n]{0,20}?分享(?:了|给你)(?:一篇|一条|一个|一则)?(?:文章|内容|链接|资讯|信息|文件|政策)[。!]?$",
    r"^(?:打开|下载)[ ]?(?:APP|App|app|客户端|小程序)[ ]{0,2}(?:阅读|查看|浏览)(?:全文|更多|原文|详情)?"
    r"(?:[ ]{0,3}(?:>{1,2}|»))?(?:[ ]{0,3}https?://[!-~]{1,300})?$",
)
# A portal's accessibility bar (无障碍 | 长者模式 | 读屏 | 放大 | 缩小 | 大鼠标 | 十字线 | 纯文本 | 声音): its tools'
# words, of which a line made of nothing else is the site's toolbar (chrome._TOOLBAR).
ACCESSIBILITY_TOOLS = r"读屏|指读|连读|放大|缩小|大鼠标|十字线|纯文本|声音|语速|配色|大字幕|重置|退出服务"
# The kind tag a chat app or a forum sets before a post's title (钉钉's `【公告】关于…的答复`, a pinned `【置顶】`, a
# repost's `【转发】`): the app's label of the post, no word of the title, where a 关于… or 对… title follows it at once
# (cleanup.labels.bracketed_labels takes it off the line; a 【】 holding other words, a heading's, stays).
POST_KIND_TAG = _lazy(r"^[ ]{0,2}【(?:群?公告|置顶|重要|转发|转载|通知公告)】[ ]{0,2}(?=关于|对)")

# A screen reader's speech log (NVDA's Speech Viewer, Chinese UI) copied after it read the page (conv27): the
# role it says before a heading (标题  级别 1  关于…) or a link (链接  某市人民政府), a list's opening and closing
# (列表  有 2 项, 退出列表) and the page's name with its role at the top (… - 某市交通运输局  文档). The reader's
# words, no text: read only where the log shows itself twice (rules.cleanup.screen_reader).
SCREEN_READER_HEADING = _lazy(r"^标题[ ]{1,4}级别[ ]{0,2}\d[ ]{1,4}(?=\S)")
SCREEN_READER_LINK = _lazy(r"^链接[ ]{1,4}(?=\S)")
SCREEN_READER_LIST = _lazy(r"^列表[ ]{1,4}有[ ]{0,2}\d{1,4}[ ]{0,2}项$")
SCREEN_READER_LIST_END = _lazy(r"^退出列表$")
SCREEN_READER_PAGE = _lazy(r"^[^\n]{2,200}?[ ]{2,4}文档$")
