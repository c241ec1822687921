"""reStructuredText, org and Textile marks in a text a converter wrote (pandoc `-t rst`/`-t org`,
Calibre's `--txt-output-formatting=textile`), read by the text reader (readers.text).

What a user of such a file expects is what the markup renders: a heading's words without its
underline, a sentence without the escapes reST needs beside CJK (`您提出的\\ *关于…*\\ 的提案`), a picture's
substitution and its definition gone, org's `/…/` italics and `\\\\` line breaks gone, Textile's block
signatures (`h1. `, `p>. `) gone. Each tool's marks are read only in a text that shows that tool by a
line no other text writes (`shows_rest`, `shows_org`, `shows_textile`): a slash, a backslash or a
line of tildes in an ordinary text stays as written.
"""

from __future__ import annotations

import regex

from govdoc import lazyregex

# reST's own lines: a directive, a substitution definition, a hyperlink target or a comment (`.. image::`,
# `.. |image1| image:: media/image1.png`, `.. _label:`, `..` alone), and the `::` that opens a literal block
_REST_SIGN = lazyregex.compile(
    r"^\.\.[ ](?:\|[^|\n]{1,60}\|[ ])?[A-Za-z][\w-]{0,30}::|^\.\.[ ]_[^\n:]{1,60}:|^::[ \t]*\r?$"
    # (an escaped space beside an inline mark: reST's way to set one against a CJK character)
    r"|\\[ ](?=\*|`|\|)|(?<=\*|`|\|)\\[ ]",
    regex.M,
)
_REST_DIRECTIVE = lazyregex.compile(r"\.\.(?:[ ][^\n]*)?")
# … of which an admonition's or a titled block's argument is text the page shows (`.. note:: 本通知自印发之日起
# 施行。`, `.. rubric:: 附件`): its words stay (diffread-C's note: they were dropped with no warning)
_REST_SHOWN_ARGUMENT = lazyregex.compile(
    r"\.\.[ ](?:note|attention|caution|danger|error|hint|important|tip|warning|admonition|topic|sidebar|rubric)"
    r"::[ ]+(?P<words>\S[^\n]*)",
    regex.I,
)
_REST_SUBSTITUTION = lazyregex.compile(r"^\.\.[ ]\|(?P<name>[^|\n]{1,60})\|[ ]", regex.M)
_REST_REFERENCE = lazyregex.compile(r"\|(?P<name>[^|\n\s][^|\n]{0,58}[^|\n\s]|[^|\n\s])\|(?:_{1,2})?")
# an inline mark set against its neighbours by escaped spaces (`的\\ *关于…*\\ 的`, `一是\\ **…**\\ 。`)
_REST_ESCAPED_MARK = lazyregex.compile(
    r"(?:\\[ ])?(?P<s>\*{1,2})(?P<w>[^*\s][^*\n]{0,298}?)(?<=[^*\s])(?P=s)\\[ ]"
    r"|\\[ ](?P<t>\*{1,2})(?P<v>[^*\s][^*\n]{0,298}?)(?<=[^*\s])(?P=t)"
)
# a section's adornment: one punctuation character repeated, under (or over) the title's line
_ADORNMENT = lazyregex.compile(r"([=\-~^\"'`#*+:._<>])\1{2,}")

# org's settings and blocks (`#+title:`, `#+OPTIONS:`, `#+begin_quote`): a line only org writes
_ORG_SIGN = lazyregex.compile(r"^#\+(?:[A-Za-z_]{1,30}:|(?i:begin|end)_[a-z]{2,20})", regex.M)
# org's italics in slashes, at word edges as its emphasis rule has them (never beside a Han
# character outside, so `元/平方米` and `2024/6/12` stay)
_ORG_ITALIC = lazyregex.compile(
    r"(?<![^\s(\[{'\"“‘（【]|\p{Han})/(?=[^\s/])(?P<w>[^/\n]{1,300}?)(?<=[^\s/])/"
    r"(?![^\s.,;:!?'\")\]}。，；：！？”’）】]|\p{Han})"
)
_ORG_BREAK = "\\\\"  # `\\` ending a line: org's line break

# Textile's block signature opening a line (`h1. `, `p. `, `p>. `, `bq. `, `fn1. `, with its alignment,
# class or style): Calibre's textile output writes one before every block
_TEXTILE_SIGN = lazyregex.compile(
    r"^(?:h[1-6]|p|bq|bc|pre|fn\d{1,3})(?:[<>=]|<>|\([^()\n]{0,40}\)|\{[^{}\n]{0,80}\}|\[[a-z-]{2,10}\])*\.[ ]",
    regex.M,
)
_MIN_TEXTILE = 2


def shows_rest(text: str) -> bool:
    """Whether the text is reST: a directive, a substitution's or a target's definition, a `::` line, or an
    escaped space set against an inline mark."""
    return (".. " in text or "::" in text or "\\ " in text) and _REST_SIGN.search(text) is not None


def rest_substitutions(text: str) -> frozenset[str]:
    """The names the text defines as substitutions (`.. |image1| image:: …`)."""
    return frozenset(m.group("name") for m in _REST_SUBSTITUTION.finditer(text))


def rest_adornment(line: str) -> bool:
    """Whether `line` (stripped) is a section's adornment in a reST text."""
    return len(line) >= 3 and _ADORNMENT.fullmatch(line) is not None


def rest_line(line: str, names: frozenset[str]) -> str:
    """`line` as reST renders it: a directive's or a comment's line and a `::` alone give nothing, but for
    the words an admonition or a titled block shows after its `::`; the escaped spaces and the substitutions
    the text defines leave; a paragraph's closing `::` is one `:`."""
    if line[:2] == ".." and _REST_DIRECTIVE.fullmatch(line):
        shown = _REST_SHOWN_ARGUMENT.fullmatch(line)
        return shown.group("words").strip() if shown is not None else ""
    if line == "::":
        return ""
    if "\\ " in line:
        # emphasis set against CJK by escaped spaces is emphasis whatever stands beside it; a strong
        # run keeps its stars for the bold reader (an item's lead), emphasis gives its words
        line = _REST_ESCAPED_MARK.sub(_unescaped_mark, line).replace("\\ ", "")
    if names and "|" in line:
        line = _REST_REFERENCE.sub(lambda m: "" if m.group("name") in names else m.group(), line).strip()
    if line.endswith("::"):
        line = line[:-2].rstrip() if line[-3:-2] == " " else line[:-1]
    return line


def _unescaped_mark(m: regex.Match[str]) -> str:
    stars = m.group("s") or m.group("t")
    words = m.group("w") or m.group("v")
    return f"**{words}**" if len(stars) == 2 else str(words)


def shows_org(text: str) -> bool:
    """Whether the text is org: a setting or a block line (`#+title:`, `#+begin_quote`)."""
    return "#+" in text and _ORG_SIGN.search(text) is not None


def org_line(line: str) -> str:
    """`line` as org renders it: italics' slashes and a closing line break's `\\\\` gone."""
    if line.endswith(_ORG_BREAK):
        line = line[:-2].rstrip()
    if "/" in line:
        line = _ORG_ITALIC.sub(lambda m: str(m.group("w")), line)
    return line


def shows_textile(text: str) -> bool:
    """Whether the text is Textile: `_MIN_TEXTILE` lines or more open with a block signature."""
    return ". " in text and sum(1 for _ in zip(range(_MIN_TEXTILE), _TEXTILE_SIGN.finditer(text), strict=False)) >= (
        _MIN_TEXTILE
    )


def textile_signature(line: str) -> int:
    """How many characters a Textile block signature takes at the line's start (0: none)."""
    m = _TEXTILE_SIGN.match(line)
    return 0 if m is None else m.end()


# LaTeX's tabular environment (Mathpix's `.mmd` writes a table so): its frame lines, a rule, a row's end
TABULAR_BEGIN = "\\begin{tabular"
_TABULAR_OPEN = lazyregex.compile(r"\\begin\{tabular\}(?:\{[^{}\n]{0,200}\})?[ \t]*")
_TABULAR_END = lazyregex.compile(r"\\end\{tabular\}[ \t]*")
_TABULAR_RULE = lazyregex.compile(r"(?:\\(?:hline|toprule|midrule|bottomrule)|\\cline\{[\d-]{1,10}\})[ \t]*")
_TABULAR_ROW_END = lazyregex.compile(r"[ \t]*\\\\[ \t]*(?:\\(?:hline|midrule|bottomrule)[ \t]*)*$")
_TABULAR_CELL = lazyregex.compile(r"(?<!\\)&")


def shows_tabular(text: str) -> bool:
    """Whether the text holds a LaTeX tabular environment: its `\\begin{tabular}` line and its end's."""
    return TABULAR_BEGIN in text and _TABULAR_END.search(text) is not None


def tabular_line(line: str) -> tuple[str, ...] | bool:
    """A line inside a tabular environment read: its cells (a row; after the opening `\\begin{tabular}{…}` on
    its line too), True for the environment's frame or a rule alone (markup, no text), False for a line that
    is none of them (the environment ended unsaid)."""
    if _TABULAR_OPEN.fullmatch(line) or _TABULAR_END.fullmatch(line):
        return True
    opened = _TABULAR_OPEN.match(line)  # the head row written on the opening's line (diffread-B B15)
    rest = line[opened.end() :] if opened is not None else line
    while (rule := _TABULAR_RULE.match(rest)) is not None:
        rest = rest[rule.end() :]
    if not rest:
        return True
    end = _TABULAR_ROW_END.search(rest)
    if end is None and "&" not in rest:
        return False
    row = rest[: end.start()] if end is not None else rest
    return tuple(c.strip() for c in _TABULAR_CELL.split(row))
