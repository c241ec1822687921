"""What a web page repeats by its making: the headline shown again above the title, a body reposted whole,
every line written twice by a scraper."""

from __future__ import annotations

from govdoc import patterns as P
from govdoc.rules.cleanup.base import TEXT_FORMATS, excerpt
from govdoc.rules.cleanup.chrome_base import site_chrome
from govdoc.state import Block, State, Zone

_CHROME = Zone.CHROME  # a module name: a `Zone.X` look-up is dear once per block (rules/head/zones.py)
_MIN_REPOST = 3
# A scraper that read each paragraph from two nested elements writes every line twice in a row (A A B B):
# at least this many pairs, this share of the runs of equal lines, say the text was made so (a document
# repeats a line of its own once or twice, never most of them).
_MIN_DOUBLED = 4
_DOUBLED_SHARE = 0.8


def _live_lines(state: State) -> tuple[list[Block], bool, bool] | None:
    """The live blocks of a web page or a text, whether it is web-derived (HTML, or text saved from a
    page: it still carries the site's chrome lines), and whether a scraper wrote its every line twice
    (`_doubled_lines`); None for a document of another format. One walk tells all.

    Doubling makes pairs: each run of equal lines in a row is of even length (A A B B, a document's own
    two equal lines A A A A). So it is counted by runs, not by lines: at least `_MIN_DOUBLED` runs that
    are pairs, `_DOUBLED_SHARE` of all runs, and no run of odd length past one (a form's five writing
    lines ……, a log's three equal rows were each written once: diffread-A A7)."""
    web = state.format == "html"
    if not web and state.format not in TEXT_FORMATS:
        return None
    live: list[Block] = []
    runs = pairs = 0  # runs of equal lines in a row, and those of even length
    odd = False  # a run of three, five… equal lines
    run = 0  # the length of the run the walk is in
    for b in state.blocks:
        if b.zone is not _CHROME:
            if live and b.text == live[-1].text:
                run += 1
            else:
                pairs += run > 0 and run % 2 == 0
                odd = odd or (run > 1 and run % 2 == 1)
                runs += 1
                run = 1
            live.append(b)
        elif not web:
            web = site_chrome(b.folded)
    pairs += run > 0 and run % 2 == 0
    odd = odd or (run > 1 and run % 2 == 1)
    return live, web, not odd and pairs >= _MIN_DOUBLED and pairs >= _DOUBLED_SHARE * runs


def _sentence(b: Block) -> bool:
    """A line of running text: the header (where a page repeats its headline) has ended."""
    return "。" in b.folded or len(b.text) >= 60


def repeats(state: State) -> None:
    """Drop what a web page repeats by its making, with a `repeat-dropped` warning for each.

    Two artefacts of web pages, and only in web-derived text (HTML, or text that still carries
    a site's chrome): the headline shown again right above the document's own title (a line
    equal to the next one, before the first sentence), and a body reposted whole (a run of at
    least three lines repeating, at once, the run just before it). Table rows are never
    dropped, and nothing else is: a line a document itself repeats stays. In any text, a scraper's
    doubling of every line (A A B B, `_doubled_lines`) is its own evidence: at least `_MIN_DOUBLED`
    lines so, making up `_DOUBLED_SHARE` of the text, which no document writes.
    """
    derived = _live_lines(state)
    if derived is None:
        return
    live, web, doubled = derived
    if doubled:
        live = _doubled_lines(state, live)  # the doubling is the page's making whether or not chrome is left
    if live and _clock(live[0]):
        live = _screenshots(state, live)  # screenshots read one after another: a text opened by a phone's clock
    if not web:
        return
    header = next((i for i, b in enumerate(live) if _sentence(b)), len(live))
    for i in range(1, header):
        b, before = live[i], live[i - 1]
        if b.text == before.text and len(b.text) >= 4 and not b.table and not before.table:
            b.zone = Zone.CHROME
            state.warn(
                "repeat-dropped",
                f"删除了重复的标题行「{excerpt(b.text)}」(dropped a headline repeated above the title)",
                before,
                len(before.text),
            )
    live = [b for b in live if b.zone is not _CHROME]
    _reposts(state, live)


def _reposts(state: State, live: list[Block]) -> None:
    """Find each run that repeats, line for line, the run just before it (A B C A B C).

    The first copy must start at the last earlier line equal to the run's first line; the
    comparisons made in all are capped at a few times the number of lines, so the rule stays
    linear whatever the input. Two more shapes of a page saved twice (conv22): a first fetch cut off
    inside a line, then the page fetched again (A B C' A B C D: the first copy, whose last line is
    the start of the second's and ends on no stop, is the repeat that leaves), and a second copy
    whose lines another screen broke elsewhere (A B C, then A' A'' B' …: its lines' characters,
    joined, are the run's: `_rewrapped`).
    """
    last: dict[str, int] = {}
    heads: dict[str, int] = {}  # a line's first characters → the last line opening so (`_rewrapped`)
    budget = 4 * len(live) + 64
    i = 0
    while i < len(live):
        b = live[i]
        j = last.get(b.text)
        last[b.text] = i
        run = i - j if j is not None else 0
        if j is None and len(b.text) >= _HEAD and budget > 0:
            k = heads.get(b.text[:_HEAD])
            if k is not None and (end := _rewrapped(live, k, i, budget)) > i:
                budget -= end - i
                _drop(state, live, i, end, "删除了换行不同的重复正文", "a body reposted with other line breaks")
                i = end
                continue
        if len(b.text) >= _HEAD:
            heads[b.text[:_HEAD]] = i
        if j is not None and run >= _MIN_REPOST and len(b.text) >= 4 and budget > 0 and i + run <= len(live):
            same = 0
            while same < run and _same_line(live[j + same], live[i + same]):
                same += 1
            budget -= same + 1
            if same == run - 1 and _cut_fetch(live[j + same], live[i + same]):
                # the first fetch, cut off inside its last line: the repeat is the first copy
                _drop(state, live, j, i, "删除了中断后重新抓取前的残缺正文", "a fetch cut off, then fetched again")
                i += 1
                continue
            if same == run:
                for k in range(i, i + run):
                    live[k].zone = Zone.CHROME
                    last[live[k].text] = k
                state.warn(
                    "repeat-dropped",
                    f"删除了重复转载的正文：{run} 行，自「{excerpt(b.text)}」起 "
                    f"(dropped a body reposted whole: {run} lines from the one quoted)",
                    live[i - 1],
                    len(live[i - 1].text),
                )
                i += run
                continue
        i += 1


_HEAD = 8  # the characters a re-broken copy's first line shares with the line it repeats
_CUT_ENDS = frozenset("。；;！？!?")


def _cut_fetch(cut: Block, whole: Block) -> bool:
    """The line a cut-off fetch ended on: the start of the later copy's line, shorter, on no stop."""
    return (
        not cut.table
        and not whole.table
        and len(cut.text) >= 4
        and len(cut.text) < len(whole.text)
        and whole.text.startswith(cut.text)
        and cut.text[-1] not in _CUT_ENDS
    )


def _rewrapped(live: list[Block], k: int, i: int, budget: int) -> int:
    """Where a copy of the run `live[k:i]` that opens at line `i` with its lines broken elsewhere ends (`i`:
    none): the lines from `i` on, joined, hold the run's characters joined, line ends falling elsewhere
    (at least one of the copy's lines is no line of the run), `_MIN_REPOST` lines at least, no table row."""
    if i - k < _MIN_REPOST or live[k].text == live[i].text or not live[k].text.startswith(live[i].text):
        return i
    whole = "".join(b.text for b in live[k:i])
    at, end = 0, i
    while end < len(live) and at < len(whole) and end - i < budget:
        piece = live[end].text
        if live[end].table or not whole.startswith(piece, at):
            return i
        at += len(piece)
        end += 1
    return end if at == len(whole) and end - i >= _MIN_REPOST else i


def _drop(state: State, live: list[Block], start: int, end: int, zh: str, en: str) -> None:
    """Lines `live[start:end]` left out as a page's repeat, warned at the line before them."""
    for k in range(start, end):
        live[k].zone = Zone.CHROME
    where = live[start - 1] if start > 0 else live[end] if end < len(live) else None
    state.warn(
        "repeat-dropped",
        f"{zh}：{end - start} 行，自「{excerpt(live[start].text)}」起 ({en}: {end - start} lines from the one quoted)",
        where,
        len(where.text) if where is not None and start > 0 else 0,
    )


def _clock(b: Block) -> bool:
    """A phone's status-bar clock alone on its line (10:21)."""
    f = b.folded
    return len(f) <= _CLOCK_LINE and ":" in f and P.STATUS_CLOCK.match(f.strip()) is not None


_CLOCK_LINE = 8  # a clock's five characters and the spaces OCR leaves around them
_MAX_OVERLAP = 4  # the lines two screenshots of one page share, at most
_MIN_OVERLAP_CHARS = 6  # the shared lines' characters at least: a wrapped line of running text, not a cell


def _screenshots(state: State, live: list[Block]) -> list[Block]:
    """A long page captured in several screenshots and read by OCR one after another: each shot opens with the
    phone's clock (its status bar), and each repeats the last lines the one before showed (the shots overlap).
    Where the text opens with a clock (`live[0]`), a clock standing between some lines and the same lines again
    right under it is the next shot's top: the clocks are chrome (the first one too, which alone would be an
    agenda's hour as much as a phone's, cleanup.furniture), and the lines repeated under each leave, warned
    `repeat-dropped` with the clocks named. A later shot's clock reads minutes after the last one's (`_SHOT_GAP`):
    an agenda's later hour over a session it holds twice is no shot (session 25's diffread-B A1). A clock
    between two different lines (an agenda's) leaves nothing; no clock so, nothing does.
    The live blocks left are returned."""
    shots: list[tuple[int, int]] = []  # a later shot's clock and the lines its overlap repeats
    shown = _minutes(live[0])  # the clock the last shot showed
    for i in range(2, len(live) - 1):
        if live[i].folded[:1].isdigit() and _clock(live[i]) and (k := _overlap(live, i)):
            at = _minutes(live[i])
            if not 0 <= at - shown <= _SHOT_GAP:
                continue  # not minutes after the last shot: an agenda's later hour over a session held twice
            shots.append((i, k))
            shown = at
    if not shots:
        return live
    live[0].zone = _CHROME
    for n, (i, k) in enumerate(shots):
        live[i].zone = _CHROME
        for m in range(i + 1, i + 1 + k):
            live[m].zone = _CHROME
        clocks = "、".join(f"「{b.text.strip()}」" for b in ((live[0], live[i]) if n == 0 else (live[i],)))
        state.warn(
            "repeat-dropped",
            f"删除了截图顶部的时钟{clocks}和重叠处重复的 {k} 行，自「{excerpt(live[i + 1].text)}」起 "
            f"(dropped the screenshots' status clocks and {k} lines two screenshots both show, from the one quoted)",
            live[i - 1],
            len(live[i - 1].text),
        )
    return [b for b in live if b.zone is not _CHROME]


_SHOT_GAP = 15  # minutes between two screenshots of one page, at most


def _minutes(b: Block) -> int:
    """The minutes since midnight of a clock line (10:21 → 621)."""
    hours, _, minutes = b.folded.strip().partition(":")
    return int(hours) * 60 + int(minutes[:2])


def _overlap(live: list[Block], i: int) -> int:
    """How many lines right above the clock `live[i]` stand again, in order, right under it (the most, up to
    `_MAX_OVERLAP`, holding `_MIN_OVERLAP_CHARS` characters; no table row): 0 where none do."""
    for k in range(min(_MAX_OVERLAP, i - 1, len(live) - i - 1), 0, -1):
        above, below = live[i - k : i], live[i + 1 : i + 1 + k]
        if all(_same_line(a, b) for a, b in zip(above, below, strict=True)) and (
            sum(len(b.text.strip()) for b in above) >= _MIN_OVERLAP_CHARS
        ):
            return k
    return 0


def _same_line(a: Block, b: Block) -> bool:
    return a.text == b.text and not a.table and not b.table


def _doubled_lines(state: State, live: list[Block]) -> list[Block]:
    """Each line that equals the one right above it, in a text whose lines nearly all stand so (A A B B
    C C), is the scraper's second copy, pair by pair (A A A A: the document's own A A, doubled): dropped,
    with one `repeat-dropped` warning for them all, at the end of the first line kept above the first
    dropped. Table rows are never dropped (a table's two
    equal rows are its own). The live blocks left are returned."""
    kept: list[Block] = []
    dropped = 0
    at: Block | None = None  # the line above the first dropped
    second = False  # the line above was a pair's second copy, dropped: this one opens a pair
    for b in live:
        if not second and kept and b.text == kept[-1].text and not b.table and not kept[-1].table:
            b.zone = _CHROME
            if at is None:
                at = kept[-1]
            dropped += 1
            second = True
            continue
        second = False
        kept.append(b)
    if at is not None:
        state.warn(
            "repeat-dropped",
            f"删除了逐行重复的正文：{dropped} 行，每行各写了两遍，自「{excerpt(at.text)}」起 "
            f"(dropped lines written twice in a row: {dropped}, from the one quoted)",
            at,
            len(at.text),
        )
    return kept
