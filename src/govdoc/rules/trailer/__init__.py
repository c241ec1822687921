"""Find what closes the body, by content: attachments list, closing, signature, 附注, contact, 版记.

The 落款 is an organ line (or several) with a date on its line or just below, or a date alone
where it follows the body's closing or nothing but 附注, contact and 版记 follows it; the first
such candidate wins, so a regulation or plan printed after a notice's signature does not move
it, and a date standing alone inside the body (会议时间： / 2024年3月5日) is never taken for it.
What follows the signature is 附注, contact and 版记, or, when numbered sections or a printed
document's title and text follow, the body continued. An 附件 label starts attachment content, which is not body.

The rules run in the order of `TRAILER_RULES`; the modules, by concern: `base` (zones by name,
shared line questions), `footer` (a site's footer), `attachments` (the 附件说明 and the
attachments' content), `closing_organ` (an organ flattened onto the closing's line),
`signature` (the 落款), `organs` (its organ lines), `evidence` (what makes a date alone the
落款's), `region` (what is known of the tail), `flattened` (a 落款 flattened onto a line or
undated), `after` (what follows the 落款) and `body_end` (the closing and the body's end).
"""

from __future__ import annotations

from collections.abc import Callable

from govdoc.rules.trailer.after import after_signature
from govdoc.rules.trailer.attachments import ATTACHMENT_CONTENT_NEED, attachment_content, cn_item_number
from govdoc.rules.trailer.body_end import body_end
from govdoc.rules.trailer.closing_organ import CLOSING_THEN_ORGAN_NEED, closing_then_organ
from govdoc.rules.trailer.evidence import LONE_DATE_EVIDENCE
from govdoc.rules.trailer.footer import site_footer
from govdoc.rules.trailer.signature import MINUTES_HEAD_NEED, minutes_head, signature_block, signature_under_title
from govdoc.state import State

__all__ = [
    "ATTACHMENT_CONTENT_NEED",
    "CLOSING_THEN_ORGAN_NEED",
    "LONE_DATE_EVIDENCE",
    "MINUTES_HEAD_NEED",
    "TRAILER_RULES",
    "after_signature",
    "attachment_content",
    "body_end",
    "closing_then_organ",
    "cn_item_number",
    "find_trailer",
    "minutes_head",
    "signature_block",
    "signature_under_title",
    "site_footer",
]


TRAILER_RULES: tuple[tuple[str, Callable[[State], None]], ...] = (
    ("site_footer", site_footer),
    ("attachment_content", attachment_content),
    ("closing_then_organ", closing_then_organ),
    ("signature_block", signature_block),
    ("after_signature", after_signature),
    ("body_end", body_end),
    ("signature_under_title", signature_under_title),
    ("minutes_head", minutes_head),
)


def find_trailer(state: State) -> None:
    """All trailer zoning rules in order (the pipeline runs them as separate named rules)."""
    for _, rule in TRAILER_RULES:
        rule(state)
