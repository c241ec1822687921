"""HTML bytes to text: BOM, then the page's own `<meta charset>`, then detection."""

from __future__ import annotations

import regex

from govdoc.readers.text import check_text, decode

_META_CHARSET = regex.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{2,40})", regex.I)


def decode_html(data: bytes, *, path: str | None) -> tuple[str, str]:
    """Bytes to text: BOM, then the page's own `<meta charset>`, then detection."""
    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        m = _META_CHARSET.search(data[:8192])
        if m:
            import codecs

            name = m.group(1).decode("ascii").lower()
            if name.replace("-", "").replace("_", "") in ("gb2312", "gbk", "gb18030", "xgbk", "cp936"):
                name = "gb18030"
            try:
                codec = codecs.lookup(name).name
                text = data.decode(codec)
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong declaration: detect instead
            else:
                check_text(text, path=path)
                return text, codec
    return decode(data, path=path)
