"""How patterns are compiled (lazily, on first use) and the numeral classes every family shares."""

from __future__ import annotations

from govdoc import lazyregex

_lazy = lazyregex.compile
_lazy_plain = lazyregex.compile_plain


CN = r"[一二三四五六七八九十百〇两]"
CN_NUM = rf"{CN}{{1,4}}"
