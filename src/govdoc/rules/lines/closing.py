"""The closing's sentences: whether a paragraph is courtesy from end to end (thanks, a wish, a
formula such as 特此答复), and where a closing written on at the end of a body line starts."""

from __future__ import annotations

from govdoc import patterns as P
from govdoc.rules.lines.base import closing_strong, marker_at
from govdoc.rules.lines.guards import Holding, Opening

_MAX_CLOSING_SENTENCE = 160
# Every match of CLOSING_WEAK holds one of a few characters (以上答复, 如有不妥, 敬请谅解, 欢迎…, 恳请…, 此…): a
# sentence holding none is not asked it; CONTACT_BRACKET opens on its bracket (rules/lines/guards.py).
_CLOSING_WEAK, _CONTACT_BRACKET = Holding(P.CLOSING_WEAK), Opening(P.CONTACT_BRACKET)
_CLOSING_FORMULA = Opening(P.CLOSING_FORMULA)  # a formula opens its sentence (此复, 特此…, 妥否…, 以上…)


def closing_weak(folded: str) -> bool:
    """`patterns.CLOSING_WEAK` matches at the start of a folded string: its characters first, as
    `closing_strong` asks CLOSING_STRONG's (most sentences a peel of the body's end reads are the answer's)."""
    return _CLOSING_WEAK.match(folded) is not None


def _sentences(folded: str) -> list[str]:
    """The paragraph cut at every 。, ! and ? (split by the string methods, not a loop per character)."""
    pieces = folded.replace("!", "。").replace("?", "。").split("。")
    return [s for s in map(str.strip, pieces) if s]


def closing_run_on_start(folded: str) -> int | None:
    """Where a closing written on at the end of a body line starts (…年内完工。特此答复。), or None.

    It must hold a formula sentence (此复, 特此答复 …) after a sentence's stop, and every sentence
    from there on must read as closing; thanks alone at a paragraph's end stay body. Sentences that
    open as a closing does (感谢您…, 再次感谢…, 祝您…) right before the formula are its closing too
    (…完工。感谢您的关心和支持！特此答复。). The sentences are walked back from the end once, each
    found by the string's own search for the stop before it, so a long line costs linear time and
    no Python step per character.
    """
    found = None
    end = len(folded)
    while end > 0:
        # the sentence ending at `end` starts after the last stop before its own last character
        start = max(folded.rfind("。", 0, end - 1), folded.rfind("!", 0, end - 1), folded.rfind("?", 0, end - 1)) + 1
        piece = folded[start:end]
        end = start
        sentence = piece.rstrip("。!? ").strip()
        if not sentence:
            continue
        if start == 0 or not _closing_like(sentence):
            if found is None and "," in sentence:
                return _clauses_closing(folded, start + len(piece) - len(piece.lstrip()), sentence)
            break
        if _CLOSING_FORMULA.match(sentence) or (found is not None and P.CLOSING_STRONG.match(sentence)):
            found = start + len(piece) - len(piece.lstrip())
    return found


def _clauses_closing(folded: str, at: int, sentence: str) -> int | None:
    """Where a closing written on after a comma starts in the text's last sentence (…统筹考虑，敬请谅解，此复。),
    the sentence starting at offset `at`: its last clause a formula (此复, 特此答复; its last two for one
    holding a comma, 妥否，请批示), with the courtesy clauses right before it (敬请谅解); a clause of the
    answer must come first. None where there is none."""
    clauses = sentence.split(",")
    first = len(clauses) - 1
    if not _CLOSING_FORMULA.match(clauses[-1].strip()):
        # a formula holding a comma of its own (妥否，请批示): its last two clauses
        if first < 2 or not _CLOSING_FORMULA.match(",".join(clauses[-2:]).strip()):
            return None
        first -= 1
    while first > 0 and (
        _closing_like(clauses[first - 1].strip()) or P.HANDOVER_CLAUSE.match(clauses[first - 1].strip())
    ):
        first -= 1  # (the body handed over as a whole first, 以上情况，特此说明, is the formula's clause)
    return at + len(",".join(clauses[:first])) + 1 if first > 0 else None


def _closing_like(sentence: str) -> bool:
    return _thanks_or_formula(sentence) or bool(closing_weak(sentence))


def _thanks_or_formula(sentence: str, views: bool = True) -> bool:
    """`views`: a request for any view on the answer (如有意见，请与我局联系) closes; only an answer's does."""
    if closing_strong(sentence):  # (its characters' class first: a body's sentence mostly opens no formula)
        return True
    if views and sentence[:1] == "如" and P.VIEWS_REQUEST.match(sentence):
        return True
    if len(sentence) > _MAX_CLOSING_SENTENCE or "收悉" in sentence or P.PLAN_OPENER.match(sentence):
        return False  # 下一步，我局将…，也希望市民关心和支持: the plan's sentence, hoping in passing
    m = P.CLOSING_SENTENCE.search(sentence)
    if m is None or _asks_first(sentence[: m.start()]) or P.THANKS_TO_OTHERS.match(sentence, m.start()):
        return False
    # the answer's clause, then thanks and a formula written on after it (…明年启动建设，感谢您的
    # 理解和支持，特此答复): the sentence is the answer's, its closing starts at the thanks
    return "," not in sentence[: m.start()] or _clauses_closing(sentence, 0, sentence) is None


def _asks_first(head: str) -> bool:
    """A clause before a sentence's thanks or wish asks the reader to act (…车辆请绕行，感谢您的理解和支持).

    Such a sentence is an instruction that thanks in passing, as a notice's body ends: no closing.
    A request that is itself courtesy (请您一如既往关心和支持…, 以上答复，敬请谅解) leaves it one.
    """
    if "请" not in head:
        return False
    return any(
        P.READER_REQUEST.search(clause) and not _thanks_or_formula(clause)
        for clause in head.replace(";", ",").split(",")
    )


def closing_strength(folded: str, *, views: bool = True) -> tuple[bool, bool]:
    """(closing-like, strong) for a paragraph's folded text.

    A closing paragraph is courtesy from end to end: every sentence thanks the proposer, asks
    for more opinions or feedback, or is a formula (感谢…, 特此函复, 专此答复, 最后，再次感谢…, 以上答复,
    如有不妥); it is strong when one of them is thanks, a wish or a formula that closes on its
    own (…，再次感谢您的关心，请继续予以关注和支持。), weak when all are of the kind that closes
    only next to a strong one. A paragraph that thanks and then goes on with the answer is body,
    and so is a numbered point of the answer that ends in thanks. `views=False`: a request for any view
    (如有意见，请与我局联系) or where to ask (如有疑问，请与…联系) is none, as it ends the body of a text that answers
    nothing (a 征求意见 公告, a meeting notice: patterns.VIEWS_REQUEST, patterns.FEEDBACK_ASK), unless a formula or
    thanks stands before it in the paragraph (特此通知。如有疑问，请与…联系: the closing's, diffread-A A9).
    """
    if marker_at(folded):
        return bool(closing_weak(folded)), False
    sentences = _sentences(folded)
    strong = False
    for i, s in enumerate(sentences):  # the first sentence that is no courtesy settles it (a body paragraph's first)
        if _thanks_or_formula(s, views):
            strong = True
        elif not (
            # (a request under the formula or thanks closes with it in any text: 特此通知。如有疑问，请与…联系)
            (closing_weak(s) and (views or strong or not P.FEEDBACK_ASK.match(s)))
            or (i and (_CONTACT_BRACKET.match(s) or P.CONTACT_LINE.match(s)))
        ):
            # a contact written on after the courtesy, in brackets or not, is the closing's; a contact
            # line of its own, in brackets or not, is none (struct29: `（联系人：…）` over 特此答复 was the closing's)
            return False, False
    return bool(sentences), strong


def asks_views(folded: str) -> bool:
    """The paragraph only asks for views or says where to ask (如有疑问，请与…联系 / 如有意见，请与我局联系, a contact
    written on after it): in a text that answers nothing it closes only with a formula or thanks above it
    (特此通知。 ⏎ 如有疑问，请与…联系: rules/trailer/body_end), alone it is the body's (diffread-A A9)."""
    if "如" not in folded or marker_at(folded):
        return False
    sentences = _sentences(folded)
    return bool(sentences) and all(
        P.FEEDBACK_ASK.match(s) if i == 0 else (P.CONTACT_BRACKET.match(s) or P.CONTACT_LINE.match(s))
        for i, s in enumerate(sentences)
    )
