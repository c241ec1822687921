"""The words a watermark or a stamp prints across every page (rules.running_heads `_watermarks`): a page's
furniture, not the document's. A document's own short line may stand once on each page too (an unnumbered
subhead repeated under two points: REVIEW31 R5), so the repetition alone proves nothing: the line must also
say what a stamp says, the copy's use or its keeping (专用, 仅供, 内部资料, 严禁外传, 副本, 存档 …), words no
heading of a reply is made of."""

from __future__ import annotations

from govdoc.patterns.base import _lazy

# Searched in the folded line (traditional forms simplified): 某县人民政府信息公开专用, 仅供内部参考, 内部资料 注意保存,
# 严禁复制, 样本, 副本, 某局电子文件存档, 受控文件, 作废.
WATERMARK_WORDS = _lazy(
    r"专用|仅供|内部(?:资料|使用)|注意保存|(?:严禁|禁止|不得|请勿)(?:外传|复制|翻印|转载|外泄)"
    r"|样[本张]|副本|草稿|存档|归档|受控|作废|水印|电子文件|扫描件"
)
