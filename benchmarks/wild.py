"""Parse the unannotated wild corpus and report which general causes of error remain.

`../shared/corpus/wild/` holds real documents from portals of many provinces, as stored web
pages give them, with no expected values. Without expected values nothing can be scored, but
much can be counted: how many documents come out with a title, an issuer, a signature date, a
proposal reference (for replies) and a handling category (where the text itself shows one);
which `field-missing` warnings fire; which runs of text land in no element (`content-unplaced`);
which titles and issuers look wrong by shape (a site name, a weekday, a breadcrumb, a 转发/关于
fragment in an issuer); and internal errors, which must be none. The checks of "looks wrong"
are deliberately independent of the parser's own patterns, so they can catch what the parser
believes.

    python benchmarks/wild.py                 # the report
    python benchmarks/wild.py --list-suspect  # also each suspect value with its document
    python benchmarks/wild.py --sample 30     # a seeded draw of documents to check by hand
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import govdoc
from govdoc.errors import GovDocError

ROOT = Path(__file__).resolve().parent.parent
WILD = ROOT.parent / "shared" / "corpus" / "wild"

# Shapes of a wrong title or issuer, written here on purpose rather than imported: the point is
# a second opinion on what the parser's own vocabulary let through.
SITE_NAME = re.compile(r"(?:门户)?网站|政务网|门户|平台$|政府网$|官网")
WEEKDAY = re.compile(r"星期[一二三四五六日天]|周[一二三四五六日](?![年期])")
BREADCRUMB = re.compile(r"当前位置|您的位置|首页|>|»|›|>>")
CHROME_WORDS = re.compile(r"政府信息公开|欢迎|无障碍|字号|打印|关闭窗口|浏览次数|来源[:：]")
ISSUER_FRAGMENT = re.compile(r"关于|转发|印发|对.{0,20}(?:提案|建议)")
TITLE_TOO_LONG = 80

# Whether the text states a handling category at all (so that a null category is a miss).
CATEGORY_IN_TEXT = re.compile(
    r"(?:办理结果|答复类别|办复类别|类别标记|答复类型|办理类别|类别)\s*[:：]?\s*[（(〔【\[]?[A-CＡ-Ｃ甲乙丙][类)）〕】\]]?"
    r"|[（(〔【\[][A-CＡ-Ｃ][类]?[)）〕】\]]|(?<![A-Za-z])[A-C]类(?![A-Za-z])"
    r"|解决采纳|采纳解决|列入计划|留作参考|已解决或采纳|正在解决"
)
PROPOSAL_IN_TEXT = re.compile(r"第?\s*[A-Za-z]?\d{1,6}号?\s*(?:提案|建议|议案)|(?:提案|建议)[《“\"]")


@dataclass
class Tally:
    documents: int = 0
    replies: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    internal: list[str] = field(default_factory=list)
    title: int = 0
    issuer: int = 0
    signature_date: int = 0
    reply_with_proposal_in_text: int = 0
    reply_with_responds_to: int = 0
    category_in_text: int = 0
    category_found: int = 0
    missing: Counter[str] = field(default_factory=Counter)
    unplaced: list[tuple[str, str]] = field(default_factory=list)  # (document, the run's text) per content-unplaced
    suspect: list[tuple[str, str, str]] = field(default_factory=list)
    seconds: float = 0.0


def load_index() -> dict[str, dict[str, object]]:
    index: dict[str, dict[str, object]] = {}
    for name in ("index-a.jsonl", "index-b.jsonl"):
        path = WILD / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    entry = json.loads(line)
                    index[str(entry["id"])] = entry
    return index


def suspect_reasons(value: str, *, issuer: bool) -> list[str]:
    reasons = []
    for name, pattern in (("site name", SITE_NAME), ("weekday", WEEKDAY), ("breadcrumb", BREADCRUMB)):
        if pattern.search(value):
            reasons.append(name)
    if CHROME_WORDS.search(value):
        reasons.append("chrome words")
    if issuer and ISSUER_FRAGMENT.search(value):
        reasons.append("title fragment")
    if not issuer and len(value) > TITLE_TOO_LONG:
        reasons.append("over 80 characters")
    return reasons


def survey(paths: list[Path], index: dict[str, dict[str, object]]) -> Tally:
    tally = Tally()
    start = time.perf_counter()
    for path in paths:
        tally.documents += 1
        ident = path.stem
        try:
            doc = govdoc.parse(path)
        except GovDocError as exc:
            tally.errors[exc.code] += 1
            if exc.code == "internal-error":
                tally.internal.append(f"{ident}: {exc}")
            continue
        text = doc.text
        is_reply = index.get(ident, {}).get("kind") == "reply" or doc.kind == "reply"
        h = doc.header
        tally.title += h.title is not None
        tally.issuer += h.issuer is not None
        tally.signature_date += bool(doc.signature and doc.signature.date)
        if is_reply:
            tally.replies += 1
            if PROPOSAL_IN_TEXT.search(text):
                tally.reply_with_proposal_in_text += 1
                tally.reply_with_responds_to += h.responds_to is not None
        if CATEGORY_IN_TEXT.search(text):
            tally.category_in_text += 1
            tally.category_found += h.handling_result is not None
        for warning in doc.warnings:
            if warning.code == "field-missing":
                tally.missing[warning.message] += 1
            elif warning.code == "content-unplaced" and warning.span is not None:
                tally.unplaced.append((ident, text[warning.span.start : warning.span.end]))
        for label, value, issuer in (("title", h.title, False), ("issuer", h.issuer, True)):
            if value:
                for reason in suspect_reasons(value, issuer=issuer):
                    tally.suspect.append((ident, f"{label}: {reason}", value))
    tally.seconds = time.perf_counter() - start
    return tally


def share(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.0f}%)" if whole else "0/0"


def report(tally: Tally, *, list_suspect: bool) -> None:
    parsed = tally.documents - sum(tally.errors.values())
    print(f"documents: {tally.documents}, parsed: {parsed}, errors by code: {dict(tally.errors) or 'none'}")
    print(f"internal errors: {len(tally.internal)}")
    for line in tally.internal:
        print(f"  {line}")
    print(f"with a title:            {share(tally.title, parsed)}")
    print(f"with an issuer:          {share(tally.issuer, parsed)}")
    print(f"with a signature date:   {share(tally.signature_date, parsed)}")
    print(
        f"replies with a proposal reference found, of those whose text shows one: "
        f"{share(tally.reply_with_responds_to, tally.reply_with_proposal_in_text)} ({tally.replies} replies)"
    )
    print(f"category found, of documents whose text shows one: {share(tally.category_found, tally.category_in_text)}")
    print("field-missing warnings:")
    for message, count in tally.missing.most_common():
        print(f"  {count:4d}  {message}")
    documents = len({ident for ident, _ in tally.unplaced})
    print(f"content-unplaced: {len(tally.unplaced)} runs of text in no element, in {documents} documents")
    if list_suspect:
        for ident, run in tally.unplaced:
            print(f"  {ident}  {run[:60]!r}")
    kinds = Counter(reason for _, reason, _ in tally.suspect)
    print(f"suspect titles/issuers: {len(tally.suspect)} {dict(kinds)}")
    if list_suspect:
        for ident, reason, value in tally.suspect:
            print(f"  {ident}  {reason}: {value}")
    print(f"time: {tally.seconds:.2f} s ({1000 * tally.seconds / max(tally.documents, 1):.1f} ms/doc)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--list-suspect", action="store_true", help="print every suspect title and issuer, and every unplaced run"
    )
    parser.add_argument("--sample", type=int, default=0, help="print a seeded draw of N document ids and stop")
    parser.add_argument("--seed", type=int, default=20261129)
    args = parser.parse_args(argv)
    if not WILD.is_dir():
        print(f"no wild corpus at {WILD}", file=sys.stderr)
        return 2
    paths = sorted(WILD.glob("w*.txt"))
    if args.sample:
        print(" ".join(sorted(p.stem for p in random.Random(args.seed).sample(paths, args.sample))))
        return 0
    tally = survey(paths, load_index())
    report(tally, list_suspect=args.list_suspect)
    return 1 if tally.internal else 0


if __name__ == "__main__":
    sys.exit(main())
