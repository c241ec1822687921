"""A text file's bytes decoded: any Chinese archive encoding, a BOM that lies, UTF-8 with a few bad
sequences, a file pasted from a UTF-8 and a GB part, lone surrogates; every repair said as a warning.

Split out of readers.text (session 22): the text reader reads a string, this module makes it.
GB exports cut at a byte width are readers.gb_joins'.
"""

from __future__ import annotations

import codecs
import functools
import re

from govdoc import lazyregex
from govdoc.blocks import Repairs
from govdoc.charclass import HAN
from govdoc.errors import EmptyDocumentError, EncodingUndetectedError, UnsupportedFormatError
from govdoc.fold import fold
from govdoc.limits import DEFAULT_LIMITS, Limits
from govdoc.readers import terminal_text, word_text
from govdoc.readers.gb_joins import NO_JOINS, Joins, gb_characters_rejoined, utf8_characters_rejoined
from govdoc.readers.sniff import GB_FAMILY, charset_guess, utf16_unmarked

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Codecs (as codecs.lookup names them) whose guess on GB bytes is a detector's near miss.
_KOREAN_OR_JAPANESE = frozenset(
    {
        "cp949",
        "euc_kr",
        "johab",
        "iso2022_kr",
        "shift_jis",
        "cp932",
        "euc_jp",
        "iso2022_jp",
        "shift_jis_2004",
        "shift_jisx0213",
        "euc_jis_2004",
        "euc_jisx0213",
    }
)
_HANGUL_OR_KANA = re.compile(r"[\u3040-\u30ff\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
# The ASCII characters that are no text's (the controls but tab, line feed, vertical tab, form feed and
# carriage return) are what is left of a text's ASCII characters once these are deleted.
_NOT_CONTROL = bytes(range(0x09, 0x0E)) + bytes(range(0x20, 0x7F))
_VISIBLE = lazyregex.compile(r"[^\s\p{Cf}\p{Z}\p{Cc}]")  # BOMs, zero-width and other format characters are not text
# The escapes, not the characters: mypyc (GOVDOC_COMPILE=1, setup.py) refuses a surrogate in a literal.
_SURROGATE = lazyregex.compile(r"[\ud800-\udfff]")
_REPAIR_RATIO = 100  # a UTF-8 file may have one bad sequence per this many good non-ASCII characters
_MAX_BYTES_PER_CHAR = 4


def decode(data: bytes, *, path: str | None, limits: Limits = DEFAULT_LIMITS) -> tuple[str, str]:
    """Decode `data`: the text and the codec name as `codecs.lookup` spells it (see `decode_repaired`)."""
    text, encoding, _ = decode_repaired(data, path=path, limits=limits)
    return text, encoding


def decode_repaired(data: bytes, *, path: str | None, limits: Limits = DEFAULT_LIMITS) -> tuple[str, str, Repairs]:
    """Decode `data`: the text, the codec name as `codecs.lookup` spells it, and repair warnings.

    UTF-8 with a few bad sequences among many good ones (a byte damaged in transfer, a
    character cut in half by an editor) is UTF-8: each bad sequence becomes U+FFFD and an
    `encoding-repaired` warning says how many, rather than the whole file being refused.
    The lines a GB export's byte width cut and the decoding joined are counted in one warning here;
    `decode_joined` gives where each join stands instead.
    """
    text, encoding, repairs, joins = decode_joined(data, path=path, limits=limits)
    if joins.offsets:
        repairs = [*repairs, joins.message(len(joins.offsets))]
    return text, encoding, repairs


def decode_joined(data: bytes, *, path: str | None, limits: Limits = DEFAULT_LIMITS) -> tuple[str, str, Repairs, Joins]:
    """`decode_repaired`'s reading, with the byte-width joins the decoding made (`Joins`) apart from
    the repair warnings."""
    if not data:
        raise EmptyDocumentError("the file is empty", path=path)
    if len(data) > _MAX_BYTES_PER_CHAR * limits.document_chars:  # surely too many characters: refuse unread
        raise limits.exceeded("document_chars", path=path, what="characters")
    text: str | None = None
    encoding: str | None = None
    gb_read: str | None = None
    repairs: Repairs = []
    joins = NO_JOINS
    for bom, name in _BOMS:
        if data.startswith(bom):
            if name != "utf-8-sig" and _utf8_chinese(data[len(bom) :]):
                # a UTF-16/32 mark before UTF-8 bytes (a tool that wrote the mark, then the text as it
                # came): those bytes almost always decode as UTF-16 too, into nonsense; read them as UTF-8
                data = data[len(bom) :]
                message = f"字节顺序标记与内容不符，已忽略 (a {name} byte-order mark before UTF-8 text, ignored)"
                repairs = [("encoding-repaired", message)]
                break
            text, repairs = _by_bom(data, bom, name)
            if text is None and name != "utf-8-sig":
                raise EncodingUndetectedError(f"bytes do not match their {name} byte-order mark", path=path)
            if text is None:  # an editor's UTF-8 mark on bytes of another encoding: read them by themselves
                data = data[len(bom) :]
                message = f"字节顺序标记与内容不符，已忽略 (a {name} byte-order mark that the bytes belie, ignored)"
                repairs = [("encoding-repaired", message)]
            else:
                encoding = "utf-8" if name == "utf-8-sig" else name
            break
    if text is None and b"\x00" not in data:
        try:  # valid UTF-8 is taken as UTF-8: by far the commonest case, and unambiguous
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as exc:
            text = None
            if exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
                # a file cut inside its last character: the rest is still valid UTF-8
                text, encoding = data[: exc.start].decode("utf-8", "replace"), "utf-8"
            elif (cut := utf8_characters_rejoined(data)) is not None:
                text, joins = cut  # (conv31) lines cut after a count of bytes, inside characters (`fold -w`)
                encoding = "utf-8"
            elif (marks := _cp1252_marks(data)) is not None:
                text, repairs = marks  # (conv32) an English editor's curly quotes pasted in as Windows-1252 bytes
                encoding = "utf-8"
            else:
                from govdoc.readers.mixed_pieces import pieces_in_utf8

                gb_read = gb_prose(data)  # a whole GB text: read once here, kept for when the guess names it
                # a GBK or Big5 piece pasted inside UTF-8 lines: each read in its own
                pieced = pieces_in_utf8(data) if gb_read is None else None
                text, repairs = pieced if pieced is not None else _repaired_utf8(data)
                encoding = "utf-8" if text is not None else None
    if encoding == "utf-8" and b"~{" in data and (hz := _hz_text(data)) is not None:
        text, encoding = hz, "hz"  # 7-bit HZ (Word's "Chinese Simplified (HZ)"): valid ASCII, so valid UTF-8 too
    if text is None and b"\x00" in data and (unmarked := utf16_unmarked(data)) is not None:
        text, encoding = data[: len(data) // 2 * 2].decode(unmarked), unmarked
    if text is None:
        guess = charset_guess(data)
        if guess is None and b"\x00" not in data:
            text, lines_in, mixed = _utf8_and_gb_lines(data)
            if text is not None:
                check_text(text, path=path)
                return text, lines_in, repairs + mixed, NO_JOINS
        if guess is None and b"\x00" not in data and (rejoined := gb_characters_rejoined(data)) is not None:
            check_text(rejoined[0], path=path)
            return rejoined[0], "gb18030", repairs, rejoined[1]
        if guess is None:
            if b"\x00" in data:
                raise UnsupportedFormatError("binary data, not text", path=path)
            raise EncodingUndetectedError("the character encoding could not be determined", path=path)
        name = guess.replace("_", "-")
        if name.replace("-", "") in GB_FAMILY or _gb_missed(data, name):
            name = "gb18030"
        try:
            text = gb_read if gb_read is not None and name == "gb18030" else data.decode(name)
        except (UnicodeDecodeError, LookupError) as exc:
            if name != "gb18030" or (rejoined := gb_characters_rejoined(data)) is None:
                raise EncodingUndetectedError(f"bytes are not valid {name}", path=path) from exc
            text, joins = rejoined
        encoding = codecs.lookup(name).name
    check_text(text, path=path)
    assert encoding is not None
    return text, encoding, repairs, joins


_HZ_MIN_HAN = 10  # Han characters an HZ text spells at least: a few `~{` in an ASCII text are its own


def _cp1252_marks(data: bytes) -> tuple[str, Repairs] | None:
    """`mixed_pieces.cp1252_marks_in_utf8`, imported where asked (a text that is not UTF-8 whole)."""
    from govdoc.readers.mixed_pieces import cp1252_marks_in_utf8

    return cp1252_marks_in_utf8(data)


def _hz_text(data: bytes) -> str | None:
    """`data` read as HZ (RFC 1843: GB2312 characters in 7-bit bytes between `~{` and `~}`), where it is all ASCII,
    decodes so and spells Chinese by it; None for an ASCII text whose tildes are its own."""
    if not data.isascii() or data.count(b"~{") > data.count(b"~}"):
        return None
    try:
        text = data.decode("hz")
    except UnicodeDecodeError:
        return None
    return text if len(HAN.findall(text)) >= _HZ_MIN_HAN else None


def _utf8_chinese(data: bytes) -> bool:
    """Whether `data` is Chinese text in UTF-8: valid UTF-8, no NUL byte (UTF-16 and UTF-32 text of any
    ASCII holds them) and its non-ASCII characters mostly Han. Text in UTF-16 is almost never valid
    UTF-8 (its bytes would have to fall into UTF-8's lead-and-continuation pattern throughout), and when
    it is by chance, the characters read are no Chinese (a UTF-8 Han character takes three bytes)."""
    if b"\x00" in data or data.isascii():
        return False
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    han = len(HAN.findall(text))
    other = len(text) - len(text.encode("ascii", "ignore")) - han
    return han >= 2 and han >= other


def _by_bom(data: bytes, bom: bytes, name: str) -> tuple[str | None, Repairs]:
    """`data` decoded as its byte-order mark says, None when the bytes belie the mark. A UTF-8 file
    with a few bad sequences, or a UTF-16/32 file cut inside its last character, is repaired (each
    bad piece U+FFFD, with a warning) rather than refused."""
    try:
        return data.decode(name), []
    except UnicodeDecodeError as exc:
        if name == "utf-8-sig":
            return _repaired_utf8(data[len(bom) :])
        if (
            exc.reason == "truncated data"
            and exc.end == len(data)
            and _VISIBLE.search(kept := data[: exc.start].decode(name))
        ):
            message = f"末尾不完整的字符已替换为 U+FFFD (a character cut at the end of the {name} text replaced)"
            return kept + "\ufffd", [("encoding-repaired", message)]
        return None, []


def _utf8_and_gb_lines(data: bytes) -> tuple[str | None, str, Repairs]:
    """Text whose lines are each UTF-8 or GB18030, where no encoding guesser answered: two files pasted
    together by a tool that kept each one's bytes (a UTF-8 part and a GB18030 part: each line read in its own,
    with a warning), or a GB18030 text the guesser found too chaotic (read in GB18030, no warning, where that
    reading is Chinese prose by `chinese_share`). A line valid in both (a GB line's bytes may be UTF-8 by chance:
    目    录 is C4BF … C2BC, `Ŀ    ¼` in UTF-8, REVIEW26 R8) is GB18030 only where a line next to it that one
    encoding alone reads is GB18030 (a pasted part is a run of lines) and its GB18030 reading is Chinese prose
    and the UTF-8 one less so: a UTF-8 line of other scripts (pinyin, Cyrillic, full-width Latin), whose bytes
    GB18030 reads as rare characters, stays UTF-8 (REVIEW27 R11). None unless every line is one or the other,
    and, for a text all GB18030, unless it reads as Chinese prose (a Big5 text read as GB18030 does not: R11);
    with the encoding the text is in."""
    readings: list[tuple[str | None, str | None]] = []
    kinds: list[str] = []  # per line: "ascii", "both", or the one encoding that reads it
    for line in data.split(b"\n"):
        if line.isascii():
            readings.append((line.decode("ascii"), None))
            kinds.append("ascii")
            continue
        utf8_read, gb_read = decoded(line, "utf-8"), decoded(line, "gb18030")
        if utf8_read is None and gb_read is None:
            return None, "", []
        readings.append((utf8_read, gb_read))
        kinds.append("both" if utf8_read is not None and gb_read is not None else "utf-8" if gb_read is None else _GB)
    before, after = _nearest_read(kinds), _nearest_read(kinds[::-1])[::-1]
    out: list[str] = []
    gb = utf8 = 0
    for (utf8_read, gb_read), kind, up, down in zip(readings, kinds, before, after, strict=True):
        if kind == "both":
            kind = _GB if _GB in (up, down) and _reads_better(gb_read, utf8_read) else "utf-8"
        if kind == _GB and gb_read is not None:
            out.append(gb_read)
            gb += 1
        else:
            out.append(utf8_read or "")
            utf8 += kind != "ascii"
    if not gb:
        return None, "", []
    text = "\n".join(out)
    if not utf8:
        return (text, "gb18030", []) if (chinese_share(text) or 0.0) >= PROSE_SHARE else (None, "", [])
    message = f"{gb} 行按 GB18030 解码，其余按 UTF-8 ({gb} lines in GB18030 among UTF-8 lines, each read in its own)"
    return text, "utf-8", [("encoding-repaired", message)]


_GB = "gb18030"


def decoded(line: bytes, encoding: str) -> str | None:
    try:
        return line.decode(encoding)
    except UnicodeDecodeError:
        return None


def _nearest_read(kinds: list[str]) -> list[str]:
    """For each line, the encoding of the nearest line before it that one encoding alone reads ("" for none)."""
    out: list[str] = []
    last = ""
    for kind in kinds:
        out.append(last)
        if kind not in ("ascii", "both"):
            last = kind
    return out


def _reads_better(gb_read: str | None, utf8_read: str | None) -> bool:
    """The GB18030 reading of a line is Chinese prose and its UTF-8 reading less so."""
    share = chinese_share(gb_read) if gb_read is not None else None
    other = chinese_share(utf8_read) if utf8_read is not None else None
    return share is not None and share >= PROSE_SHARE and (other is None or other < share)


PROSE_SHARE = 0.9  # of a text's characters past ASCII: the common ones of Chinese prose, at least
# GB 2312's rows of the common characters of Chinese prose: its punctuation (row 1), full-width forms (row 3),
# pinyin letters (row 8) and the first level of its hanzi (rows 16-55, the 3,755 most used), by their GB 2312
# bytes. A text read in the wrong encoding reads as GB 2312's second level, GBK's added rows or no Han at all.
_COMMON_LEADS = (0xA1, 0xA3, 0xA8, *range(0xB0, 0xD8))


@functools.cache
def _common_chinese() -> frozenset[str]:
    """The characters of `_COMMON_LEADS`' rows, decoded from GB 2312 by the standard codec (once, when asked)."""
    found: set[str] = set()
    for lead in _COMMON_LEADS:
        found.update(bytes((lead, trail)).decode("gb2312", "ignore") for trail in range(0xA1, 0xFF))
    found.discard("")
    return frozenset(found)


def chinese_share(text: str) -> float | None:
    """How much of `text` past ASCII, folded (traditional characters read as their simplified forms, full-width
    ones as ASCII), is the common characters of Chinese prose (`_common_chinese`); None where nothing is past
    ASCII. Government prose read in its own encoding scores near 1 (0.94 the least in the wild corpus, a text
    naming 枸杞 eighteen times); GB18030 bytes read as UTF-8, UTF-8 or Big5 bytes read as GB18030, under 0.5."""
    folded = fold(text)
    past_ascii = len(folded) - len(folded.encode("ascii", "ignore"))
    if not past_ascii:
        return None
    common = _common_chinese()
    return sum(1 for c in folded if c in common) / past_ascii


def gb_prose(data: bytes) -> str | None:
    """The whole text read as GB18030 where that reading is Chinese prose (`chinese_share`), else None: a plain
    GBK or GB18030 file, which no UTF-8 piece-by-piece reading (`mixed_pieces`) is to be tried on, and whose
    reading serves again where charset-normalizer's guess names GB."""
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    return text if (chinese_share(text) or 0.0) >= PROSE_SHARE else None


def _gb_missed(data: bytes, guess: str) -> bool:
    """Whether a Korean or Japanese guess is charset-normalizer missing GB18030 on a short file.

    A few dozen bytes of GB-encoded Chinese are also valid cp949 or Shift-JIS, and the detector
    then sometimes prefers those. The documents this library reads are Chinese: where the bytes
    decode cleanly as GB18030 and the guess would give Hangul or kana, GB18030 is the reading.
    """
    try:
        if codecs.lookup(guess).name not in _KOREAN_OR_JAPANESE:
            return False
        other = data.decode(guess)
        data.decode("gb18030")
    except (UnicodeDecodeError, LookupError):
        return False
    return _HANGUL_OR_KANA.search(other) is not None


def _repaired_utf8(data: bytes) -> tuple[str | None, Repairs]:
    """`data` as UTF-8 with its few bad sequences replaced, or None when it is not UTF-8 at all."""
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    good = non_ascii - bad
    if bad <= 0 or good < _REPAIR_RATIO * bad:
        return None, []
    message = f"{bad} 处无法解码的字节已替换为 U+FFFD ({bad} undecodable UTF-8 sequences replaced)"
    return text, [("encoding-repaired", message)]


def lone_surrogates(text: str) -> int:
    """How many lone surrogates `text` holds (0 for any text decoded strictly)."""
    return len(_SURROGATE.findall(text)) if _SURROGATE.search(text) else 0


def repair_surrogates(text: str) -> tuple[str, Repairs]:
    """Lone surrogates (no character, so not writable as UTF-8) replaced by U+FFFD, with a warning."""
    if not _SURROGATE.search(text):
        return text, []
    text, count = _SURROGATE.subn("\ufffd", text)
    return text, [("encoding-repaired", f"{count} 个孤立代理项已替换为 U+FFFD ({count} lone surrogates replaced)")]


def has_visible_text(text: str) -> bool:
    """Whether `text` holds anything but whitespace, BOMs, zero-width and other format characters."""
    return _VISIBLE.search(text) is not None


def check_text(text: str, *, path: str | None) -> None:
    """Refuse text that is empty (nothing visible: whitespace, BOMs, zero-width marks) or binary in disguise."""
    if not _VISIBLE.search(text):
        raise EmptyDocumentError("the document has no visible text", path=path)
    sample = text[:65536]
    # Two C-level passes: keeping the sample's ASCII characters and deleting the text's own from them
    # cost a tenth of a character-class search over the sample (a Chinese text is mostly not ASCII).
    sample = terminal_text.read_as_shown(word_text.without_cell_marks(sample))
    controls = sample.encode("ascii", "ignore").translate(None, _NOT_CONTROL)
    if b"\x00" in controls or len(controls) > max(8, len(sample) // 20):
        raise UnsupportedFormatError("binary data, not text", path=path)
