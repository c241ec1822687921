r"""Every marker, label and field pattern, compiled once, in one place.

All patterns run on the folded copy of the text (`govdoc.fold.fold`): full-width punctuation
is already half-width there (`，` → `,`, `：` → `:`, `（` → `(`), dashes are `-`, zeros are `〇`,
and traditional characters are simplified (OpenCC's table). None uses `\s`, which would
cross line ends; every quantifier is bounded or over a disjoint class, so no input backtracks
catastrophically.

The vocabulary is one package, a module per family of words: `structure` (section markers,
enumerations), `header`, `organs`, `dates`, `proposal`, `category`, `trailer` (closing,
contact, 版记, attachments), `chrome`, `furniture` (a watermark's words), `labels` (键：值) and
`enrichment`; `base` compiles them
lazily. Rules read every pattern from here (`from govdoc import patterns as P`).
"""

from __future__ import annotations

from govdoc.patterns.base import *  # noqa: F403
from govdoc.patterns.category import *  # noqa: F403
from govdoc.patterns.chrome import *  # noqa: F403
from govdoc.patterns.chrome_apps import *  # noqa: F403
from govdoc.patterns.dates import *  # noqa: F403
from govdoc.patterns.enrichment import *  # noqa: F403
from govdoc.patterns.furniture import *  # noqa: F403
from govdoc.patterns.header import *  # noqa: F403
from govdoc.patterns.labels import *  # noqa: F403
from govdoc.patterns.organs import *  # noqa: F403
from govdoc.patterns.proposal import *  # noqa: F403
from govdoc.patterns.structure import *  # noqa: F403
from govdoc.patterns.trailer import *  # noqa: F403
