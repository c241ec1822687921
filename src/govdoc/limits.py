"""How much of anything one parse may meet: the bounds that make hostile input cheap to refuse.

Every reader counts what it builds against these bounds as it builds it, so the cost of a
parse is bounded by the limits and not by the input's ingenuity (a zip that declares 1 KB
and inflates to gigabytes, 200,000 nested elements, a style chain 50,000 long). Crossing
one raises `too-large`, whose message names the limit (`limits.blocks` …) so the caller
knows which one to raise for a genuine document. The defaults are far above any real
government document (the longest seen run to a few hundred pages) and are listed in the
README.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from govdoc.errors import TooLargeError

MiB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds on one parse; pass `govdoc.parse(..., limits=Limits(blocks=10**6))` to change one."""

    input_bytes: int = 256 * MiB
    """Bytes read from the input (a file is never read past this plus one byte)."""
    unzipped_bytes: int = 256 * MiB
    """Bytes inflated from a .docx, counted as they stream out (never as the archive declares)."""
    blocks: int = 200_000
    """Lines or paragraphs read from the input."""
    document_chars: int = 32_000_000
    """Characters of text in the whole document."""
    page_chars: int = 200_000
    """Characters on one page of a paged format (PDF)."""
    html_depth: int = 512
    """Nesting depth of HTML elements (browsers cap theirs about here)."""
    html_elements: int = 500_000
    """HTML elements in a page."""
    html_attributes: int = 1_000
    """Attributes on one HTML element (the HTML parser checks each new one against all before it)."""
    package_members: int = 20_000
    """Members of an .ofd package (an invoice has about 30, a 300-page book a few thousand)."""
    xml_depth: int = 256
    """Nesting depth of the XML parts of a .docx (libxml2's own default)."""
    style_chain: int = 64
    """Styles one DOCX style may be based on, in a chain (`w:basedOn`)."""
    number: int = 32_767
    """The largest list number or level value in a .docx: Word stores them in 16 bits."""
    xobject_depth: int = 12
    """Nesting of PDF form XObjects (a form drawing itself is over any depth)."""
    xobject_draws: int = 100_000
    """Times a PDF page draws form content, counted along every path (fan-outs multiply)."""
    content_bytes: int = 64 * MiB
    """Bytes a PDF page's content, or one form's stream, inflates to."""
    composite_draws: int = 100_000
    """Objects one OFD page draws from composite graphic units, counted along every path (fan-outs multiply)."""
    image_frames: int = 500
    """Pages (frames) of one image file (a multi-page TIFF of a scanned document)."""
    image_pixels: int = 100_000_000
    """Pixels of one page image (about 600 dpi on A0: past it an image is a decompression bomb, not a page)."""
    mime_parts: int = 100
    """Multipart parts a mail or a web archive (MHT) declares (`boundary=`): the standard library's parser recurses
    once a level, so a few hundred nested parts overflow Python's stack (a real mail or archive has a handful)."""

    def check(self, name: str, value: int, *, path: str | None = None, what: str = "") -> None:
        """Raise `too-large` when `value` is over the limit called `name`."""
        bound = getattr(self, name)
        if value > bound:
            raise TooLargeError(
                f"{what or name.replace('_', ' ')} {value} is over the limit of {bound} (limits.{name})", path=path
            )

    def exceeded(self, name: str, *, path: str | None = None, what: str = "") -> TooLargeError:
        """The `too-large` error for crossing `name`, when the exact count is not known."""
        bound = getattr(self, name)
        return TooLargeError(f"{what or name.replace('_', ' ')} over the limit of {bound} (limits.{name})", path=path)


DEFAULT_LIMITS = Limits()
LIMIT_NAMES = tuple(f.name for f in fields(Limits))


# What `json.loads` raises for a text it cannot read as JSON: malformed (ValueError, its UnicodeDecodeError
# among them), or nested deeper than the decoder's recursion allows (RecursionError, at about a thousand
# levels: `[` × 1200 is a few kilobytes). Either way the text is no JSON record, and never a crash.
UNREADABLE_JSON: tuple[type[Exception], ...] = (ValueError, RecursionError)
