"""What a terminal leaves in a text copied or recorded from it (conv25): the characters a terminal acts on
rather than shows, read as the terminal shows them.

- Backspace overstrike, the bold and underline of `man`, `nroff` and the C `html2text` without `-nobs`: a
  character, a backspace and the same character again is that character in bold; an underscore, a
  backspace and a character is that character underlined. Each is the one character the terminal shows.
- ANSI escape sequences a `script` capture or a coloured prompt keeps: control sequences (`ESC [ 01;32 m`),
  operating-system commands setting the window's title (`ESC ] 0; … BEL`) and two-character escapes.
- DOS's end-of-file mark (`^Z`, U+001A) a DOS-era editor wrote after the last line.

Each counts as no binary file's control (`decoding.check_text`) and leaves the text before it is read.
"""

from __future__ import annotations

from govdoc import lazyregex

# The characters that show a terminal's marks are there: asked before any pattern runs.
TERMINAL_CHARACTERS = ("\x08", "\x1b", "\x1a")

_TERMINAL_MARKS = lazyregex.compile(
    r"_\x08(?=[^\x08\n])"  # underline: the underscore and its backspace before the character
    r"|([^\x08\n])\x08(?=\1)"  # overstrike: the first drawing and its backspace before the second
    r"|\x1b\[[0-?]{0,32}[ -/]{0,8}[@-~]"  # a control sequence (colours, cursor, erase)
    r"|\x1b\][^\x07\x1b\n]{0,400}(?:\x07|\x1b\\)"  # an operating-system command (the window's title)
    r"|\x1b[@-Z\\-_]"  # a two-character escape
    r"|\x1a+(?=[\r\n]*\Z)"  # DOS's end-of-file mark after the last line
)


def shows_terminal_marks(text: str) -> bool:
    """Whether `text` holds a character only a terminal's marks bring (one C-level search each)."""
    return any(c in text for c in TERMINAL_CHARACTERS)


def read_as_shown(text: str) -> str:
    """`text` as a terminal shows it: overstrikes and underlines one character each, escape sequences and the
    end-of-file mark gone. A backspace or an escape that forms none of these stays (a binary file's)."""
    return _TERMINAL_MARKS.sub("", text) if shows_terminal_marks(text) else text
