"""A page's lists of links (related articles, 上一篇/下一篇, a sidebar's 热门) under or over the text (`_link_lists`),
an app's prompts, a page's label values, watermark lines repeated through the text. Split out of
cleanup/furniture.py (session 30), a pure move.
"""

from __future__ import annotations

from govdoc import patterns as P
from govdoc.fields.metadata import is_label
from govdoc.rules.cleanup.chrome_base import _CHROME, _MAX_LINK, _UNSET, _line_above, _past_chrome, _text_begins
from govdoc.rules.cleanup.chrome_edge import _inside_a_sentence, _introduced
from govdoc.rules.lines import (
    is_organ_name,
    marker_at,
    marker_ordinal,
)
from govdoc.state import Block, Zone

_MAX_LINKS = 12
_LINK_LABEL_START = frozenset("相推延最热历上下附往精喜猜你【[")
_PAGE_LABEL_START = frozenset("文信稿来作出")
_LABEL_START = _LINK_LABEL_START | _PAGE_LABEL_START


def _app_prompts(blocks: list[Block], prompts: list[int], pages: list[int]) -> None:
    """A mobile page's prompt to open its app (`patterns.APP_PROMPT`) is chrome at the text's very edge
    (no line of words above or under it) or right beside a line of the site's chrome (返回顶部, 阅读全文),
    as the page sets it around the document; a step of a notice's own (下载APP ⏎ 打开APP查看预约结果
    under 办理步骤：) stands among the text's lines and stays, also where a page number, a running head
    or a blank line stands beside it (the furniture of a paged text, no site's: diffread-A 3). A prompt
    beside one taken is taken too (APP内打开 under 打开APP): one sweep down the prompts and one up, so
    a long run of them costs its length, not its square (diffread-A 5). `prompts`: the lines, in order;
    `pages`: the page numbers."""
    paged = set(pages)
    n = len(blocks)

    def near(i: int, step: int) -> int:
        """The nearest line above (step -1) or under (+1) line `i` that holds words; -1: none."""
        k = i + step
        while 0 <= k < n and (not blocks[k].folded or blocks[k].folded.isspace()):
            k += step
        return k if 0 <= k < n else -1

    def chrome_beside(k: int) -> bool:
        """Line `k` is the site's chrome (no page number, no paged format's edge)."""
        b = blocks[k]
        return b.zone is _CHROME and k not in paged and not b.hints.page_edge and not b.folded.strip().isdigit()

    taken: set[int] = set()
    for i in prompts:  # down: from the edge or the site's chrome, and under a prompt taken
        up, down = near(i, -1), near(i, 1)
        if up < 0 or down < 0 or up in taken or chrome_beside(up) or chrome_beside(down):
            taken.add(i)
    for i in reversed(prompts):  # up: over a prompt taken
        if i not in taken and near(i, 1) in taken:
            taken.add(i)
    for i in taken:
        blocks[i].zone = _CHROME


def _link_lists(blocks: list[Block], labels: list[int], begun: list[int]) -> None:
    """The titles listed under a page's link-list label (相关链接： ⏎ 某市人民政府 ⏎ 关于…的解读) are
    chrome as the label is: short lines without a sentence's stop, up to the first that is not one;
    under a download box's label (附件下载：) only lines naming a file, as the box is printed empty too.
    Only once the document's running text has begun, so a label above it never takes its title.
    `labels`: the chrome lines opening as a label can, noted by the walk."""
    runs: dict[int, int] = {}  # the chrome runs passed over (`_past_chrome`)
    numbers = _LastNumbers(blocks)
    for at in labels:
        f = blocks[at].folded
        if f[:1] not in _LINK_LABEL_START or not P.LINK_LIST_LABEL.match(f.strip()):
            continue
        if _introduced(blocks, at):
            blocks[at].zone = _UNSET  # a sentence's own label (…对照以下文件， ⏎ 相关文件：): it and its
            continue  # list are the text's (diffread-B B5)
        if _text_begins(blocks, begun) >= at and not _inside_a_sentence(blocks, at):
            continue  # (a label cutting a sentence stands in the running text, whatever holds its first 。)
        files = P.FILE_LIST_LABEL.match(f.strip()) is not None  # its links must name files
        if files and f.lstrip().startswith("相关附件") and not _own_attachments(blocks, at):
            blocks[at].zone = _UNSET  # the box is the only place the document's 附件 are named: its
            continue  # label and files stay text (diffread-B B6)
        i, taken = at + 1, 0
        numbered: dict[str, int] | None = None  # the last number of each marker family above the label
        while taken < _MAX_LINKS:
            i = _past_chrome(blocks, runs, i)
            if i >= len(blocks):
                break
            link = blocks[i]
            g = link.folded.strip()
            if (m := marker_at(g)) is not None and (family := m.lastgroup) is not None:
                if numbered is None:
                    numbered = numbers.above(at)
                if numbered.get(family, -1) + 1 == marker_ordinal(family, m.group(family + "_n") or ""):
                    break  # 二、下一步打算 after the body's 一、: the box sat between two sections (noise20)
            if g[:1] in _READING_LEAD_START and (lead := P.LINK_TITLE_LEAD.match(g)):
                g = g[lead.end() :].strip()  # 图解：《…》: the reading's kind before its title
            if (
                link.zone is not _UNSET
                or not g
                or len(g) > _MAX_LINK
                or link.table
                # (a file's line may name its download count after a colon: …答复.pdf（123KB） 下载次数：36)
                or any(c in g for c in ("。;," if files else "。;,:"))
                or not any("\u4e00" <= c <= "\u9fff" for c in g)  # a title has words: markup (</ul>) none
                or (files and not P.FILE_LINK.search(g))
            ):
                break
            link.zone = _CHROME
            taken += 1
            i += 1


class _LastNumbers:
    """The number of the last marker of each family (cn, num_paren, circled …) that opens a line of the
    text above a line, chrome left aside: a line under a link box that goes on from one of them is the
    body's next section, where the page's column put the box between two of its sections. Asked of the
    labels in order, it reads on from where the last question stopped: one pass over the text for all of
    them, not one a label (a long page with a box every few items: diffread-B B11). The lines it has read
    are settled: the walk changes only a label's line and the lines under it."""

    __slots__ = ("blocks", "last", "upto")

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        self.last: dict[str, int] = {}
        self.upto = 0

    def above(self, at: int) -> dict[str, int]:
        """The last number of each family above line `at`."""
        if at < self.upto:  # (labels come in order; a label above the last asked reads afresh)
            self.last, self.upto = {}, 0
        for k in range(self.upto, at):
            b = self.blocks[k]
            if b.zone is not _CHROME and (m := marker_at(b.folded.lstrip())) is not None and (family := m.lastgroup):
                self.last[family] = marker_ordinal(family, m.group(family + "_n") or "")
        self.upto = at
        return self.last


def _own_attachments(blocks: list[Block], at: int) -> bool:
    """The text above a `相关附件：` box (at `at`) lists its own 附件 (附件：…, 附件1.…), so the box's files
    repeat them; without such a list the box is the only place a notice copied from its page names its
    attachments, and they stay in the text (diffread-B B6). (附件下载： stays the page's box either way:
    a portal prints it whether or not the page has files, and over its own downloads.)"""
    return any(b.zone is not _CHROME and b.folded.lstrip().startswith("附件") for b in blocks[:at])


def _watermarks(blocks: list[Block], marks: list[int], begun_at: list[int]) -> None:
    """Watermark lines (`patterns.WATERMARK_LINE`) are furniture where they show themselves one: the
    same line twice or more (the mark is on every page), its words before 内部资料 (if any) an organ's
    name; or a bare 仅供参考 once inside the running text right after a sentence's end (a wrapped line
    ends on no stop). Once, a line ending on 内部资料 may be a list's item (各科室编印的内部资料) or a
    wrapped line's end (…涉密文件和内部资料, review17 R1), and above the text the words are the
    document's marking printed over its title (内部资料 注意保存 on a 简报): they stay."""
    # the same line again counts right under the last (a mark crossing two lines) or with running text
    # (a line holding a 。) between: a mark is spread over the pages, a table's cell repeated in its
    # column (类别 ⏎ 内部资料, one cell a line) stands a few short lines from the last (diffread-A 14)
    seen: dict[str, int] = {}
    last: dict[str, int] = {}
    for i in marks:
        key = blocks[i].folded.strip()
        if key not in last or i == last[key] + 1 or any("。" in blocks[k].folded for k in range(last[key] + 1, i)):
            seen[key] = seen.get(key, 0) + 1
        last[key] = i
    begun = _text_begins(blocks, begun_at)
    for i in marks:
        f = blocks[i].folded.strip()
        head = f.split("内部", 1)[0] if "内部" in f else ""
        if head and not is_organ_name(head):
            continue
        if seen[f] >= _MIN_WATERMARKS or (f.startswith("仅供") and i > begun and _after_a_stop(blocks, i)):
            blocks[i].zone = _CHROME


def _after_a_stop(blocks: list[Block], i: int) -> bool:
    """The last line above `i` that is not chrome ends on a sentence's stop."""
    above = _line_above(blocks, i)
    return above is not None and above.folded.rstrip()[-1:] in "。!?"


_MIN_WATERMARKS = 2
_READING_LEAD_START = frozenset("图一政专文视媒部官解")


_MAX_PAGE_LABEL_VALUE = 30


def _page_label_values(blocks: list[Block], labels: list[int]) -> None:
    """The value under a page's own label alone on its line (来源： ⏎ 某县人民政府) is the page's byline
    as the label is: a short line without a sentence's stop right under it, itself no label.
    `labels`: the chrome lines opening as a label can, noted by the walk."""
    for i in labels:
        b = blocks[i]
        if (
            i + 1 >= len(blocks)
            or b.folded[:1] not in _PAGE_LABEL_START
            or not P.LONE_PAGE_LABEL.match(b.folded.strip())
        ):
            continue
        value = blocks[i + 1]
        g = value.folded.strip()
        if (
            value.zone is _UNSET
            and g
            and len(g) <= _MAX_PAGE_LABEL_VALUE
            and "。" not in g
            and ":" not in g
            and not value.table
            and not is_label(g.strip(" |"))
        ):
            value.zone = Zone.CHROME
