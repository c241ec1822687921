"""Organisations named in the text: enterprises, institutions, government organs, others.

Three kinds of evidence, most specific first: the document's own organs (issuer, signature,
recipients, 抄送); lists closed by what their members are (`波克城市、阿里影业为代表的…`,
`…、化工研究院等重点企业`, `…等部门`); and names ending in an organisation word (公司, 大学,
研究院, 委员会, 局 …), extended leftwards over the nouns jieba finds before it. jieba's own
`nt` (organisation) tags add the rest. Every name is then found everywhere in the text. The
words (organisation suffixes, list closers, lead-ins) are `govdoc.patterns`' `ORG_*` tables.
"""

from __future__ import annotations

from typing import cast

import regex

from govdoc import patterns as P
from govdoc.enrichment.tokenizer import Token
from govdoc.model import Document, Organization, OrganizationKind, Span

_ENTERPRISE = P.ORG_ENTERPRISE
_INSTITUTION = P.ORG_INSTITUTION
_GOVERNMENT = P.ORG_GOVERNMENT
_SUFFIX = P.ORG_SUFFIX
_LIST_END = P.ORG_LIST_END
_LEAD_IN = P.ORG_LEAD_IN
_NOT_ORGAN = P.ORG_NOT_ORGAN
_DOC_NUMBER_AFTER = P.ORG_DOC_NUMBER_AFTER
_NOUNISH = ("n", "nt", "ns", "nz", "nr", "nrt", "j", "vn", "eng", "l")
_GENERIC = P.ORG_GENERIC


def _kind(name: str, hint: str | None = None) -> str:
    if _INSTITUTION.search(name):
        return "institution"
    if hint in ("企业", "公司", "为代表的") or (_ENTERPRISE.search(name) and not _GOVERNMENT.search(name)):
        return "enterprise"
    if hint in ("机构", "高校", "院校", "科研院所", "院所"):
        return "institution"
    if hint in ("部门", "单位") or _GOVERNMENT.search(name):
        return "government"
    return "other"


def _from_lists(text: str, found: dict[str, str]) -> None:
    for m in _LIST_END.finditer(text):
        what = m.group("what") or "为代表的"
        for k, raw in enumerate(m.group("items").split("、")):
            name = _LEAD_IN.sub("", raw.strip()) if k == 0 else raw.strip()  # a lead-in stands before the list
            if 2 <= len(name) <= 20:
                found.setdefault(name, _kind(name, what))


def _from_suffixes(tokens: list[Token], found: dict[str, str]) -> None:
    words = [(word, flag) for _, word, flag in tokens]
    for k, (word, flag) in enumerate(words):
        if flag == "nt" and len(word) >= 3:
            found.setdefault(word, _kind(word))
        if not _SUFFIX.search(word) or word in _NOT_ORGAN:
            continue
        name = word
        j = k - 1
        while j >= 0 and len(name) < 24:
            prev, prev_flag = words[j]
            if prev in ("（", "(", "）", ")") or (prev_flag.startswith(_NOUNISH) and not _LEAD_IN.match(prev)):
                name = prev + name
                j -= 1
            else:
                break
        name = name.lstrip("（）()")
        if len(name) >= 3 and name not in _GENERIC:
            found.setdefault(name, _kind(name))


def organizations(doc: Document, tokens: list[Token] | None = None) -> tuple[Organization, ...]:
    """Organisations named in `doc`, by first mention, each with every place it occurs; `tokens` lets
    `enrich` share its one jieba pass, and a name seen only inside a longer one is that one's part.
    """
    found: dict[str, str] = {}
    h = doc.header
    own = [h.issuer, *(doc.signature.issuers if doc.signature else ()), *(doc.imprint.cc if doc.imprint else ())]
    own += [r for r in h.recipients if _GOVERNMENT.search(r) or _INSTITUTION.search(r)]
    for name in own:
        if name:
            found.setdefault(name.strip(), "government" if not _INSTITUTION.search(name) else "institution")
    body = doc.text
    _from_lists(body, found)
    if tokens is None:
        from govdoc.enrichment.tokenizer import tag

        tokens = tag(body)
    _from_suffixes(tokens, found)
    result = []
    for name, kind in found.items():
        spans = tuple(
            Span(m.start(), m.end())
            for m in regex.finditer(regex.escape(name), body)
            if not _DOC_NUMBER_AFTER.match(body, m.end())  # 普发改委〔2023〕: an agency code, not a mention
        )
        if spans:
            result.append(Organization(name, cast(OrganizationKind, kind), len(spans), spans))
    # a name inside a longer one found at the same place is the longer one's part, not a second organisation
    names = [o.name for o in result]
    kept = [
        o
        for o in result
        if not any(o.name != other and o.name in other and _covered(o, other, body) for other in names)
    ]
    kept.sort(key=lambda o: (o.spans[0].start, o.name))
    return tuple(kept)


def _covered(org: Organization, longer: str, text: str) -> bool:
    """Every occurrence of `org` lies inside an occurrence of `longer`."""
    outer = [(m.start(), m.end()) for m in regex.finditer(regex.escape(longer), text)]
    return all(any(s <= span.start and span.end <= e for s, e in outer) for span in org.spans)
