"""Contact metadata from labelled lines: 联系人 (经办人, 承办人), 电话/手机, 地址, 邮编, 邮箱, 承办/联系单位
(办理处室 and its kin name the unit as 承办单位 does).

Phones are taken only after a phone or person label on the same line (经办人：张三（139…）):
bare digit runs in a page are as often ICP numbers, URL ids or garbled dates. Numbers marked
as 传真 (fax), by their label (传真：…, Fax：…) or a mark after them (…（传真）), are faxes, never
phones; a number labelled both (电话/传真：…) is both. A person label may name a unit instead of
a person (联系人：区城管局综合科): a name longer than a person's or ending like an organ is the unit.
Persons a 、 joins under one label (联系人：甲、乙) are the name as written: the page names both as whom to
ask, and the contract's one name would otherwise keep the first and lose the other at the 、.
"""

from __future__ import annotations

import re

import regex

from govdoc.fold import fold
from govdoc.guards import Holding
from govdoc.model import Contact
from govdoc.patterns import (
    CALL_WORDS,
    CONTACT_LABEL,
    CONTACT_PERSON_LABELS,
    CONTACT_WHOM,
    EMAIL,
    EMAIL_LABELS,
    FAX_AFTER,
    FAX_LABELS,
    FAX_TOO_AFTER,
    HANDLING_UNIT_LABELS,
    LATIN_FAX_LABELS,
    LATIN_PHONE_LABELS,
    NAME_AFTER_PHONE,
    NAME_BEFORE_PHONE,
    ORGAN_SUFFIX,
    PERSON_TITLE,
    PHONE,
    PHONE_LABELS,
    PHONE_QUALIFIER_END,
    PHONE_UNDER_LABEL,
    POSTCODE,
    POSTCODE_AFTER_ADDRESS,
    QUALIFIED_PHONE_LABELS,
    REVIEWER_CELL,
    UNIT_SUFFIX,
    UNIT_THEN_PERSON,
)

_REVIEWER_CELL = Holding(REVIEWER_CELL)  # a reviewer's cell ends on its colon: asked only of a value holding one
_VALUE_END = " ,;。)("  # an opening bracket at a value's end opens the next label's ((邮编：…))
_NAME = regex.compile(r"[\p{Han}·]{2,40}")
_MAX_PERSON_NAME = 4  # 2–4 characters; longer only with a · (a transliterated name)
_UNIT = regex.compile(r"[^\d,;:]{2,40}")
_PERSON_LABELS = ("联系人", *CONTACT_PERSON_LABELS)
_OTHER_WAYS = frozenset(("qq", "微信号", "微信"))  # the values of OTHER_CONTACT_LABELS are not read
_FAX_ONLY = frozenset((*FAX_LABELS, *LATIN_FAX_LABELS))  # a label of nothing but a fax (lower case)
_UNIT_LABELS = frozenset(("联系单位", "承办单位", "联系单位及电话", *HANDLING_UNIT_LABELS))
# A label names a person where it opens with a person's label or joins one after the unit's
# (联系单位、联系人及电话): the value then holds the unit, the person and the phone in that order.
_PERSON_WORD = re.compile("|".join(_PERSON_LABELS))
_PART_GAP = " ,、"  # what parts a joined label's values (某处，张三)


def _values(text: str, folded: str) -> list[tuple[str, str, str]]:
    """(label, value, folded value) for each label on the line."""
    labels = list(CONTACT_LABEL.finditer(folded))
    out: list[tuple[str, str, str]] = []
    for k, m in enumerate(labels):
        end = labels[k + 1].start() if k + 1 < len(labels) else len(folded)
        start = m.end()
        # 经办人：王某  审核人：李某: not the contact's (a reviewer's cell ends on its colon: none, no search)
        other = _REVIEWER_CELL.search(folded, start, end)
        end = other.start() if other else end
        if other is None and k + 1 < len(labels) and labels[k + 1].group("label") in QUALIFIED_PHONE_LABELS:
            # 宁某值班电话：…: the phone label's qualifier (值班, 投诉, 夜间) ran into this value (a bare phone word's
            # only: 区便民服务热线联系电话：… keeps its 热线)
            q = PHONE_QUALIFIER_END.search(folded, start, end)
            if q is not None and q.start() - start >= 2:
                end = q.start()
        while end > start and folded[end - 1] in _VALUE_END and not _closes_inside(folded, start, end):
            end -= 1
        out.append((m.group("label"), text[start:end], folded[start:end]))
    return out


def _closes_inside(folded: str, start: int, end: int) -> bool:
    """The value `start:end` ends on a closing bracket that closes one opened inside it (an extension in brackets,
    0898-27218866（分机8012）): the value's own, kept; a closing bracket of a note round the line
    ((联系人：…，电话：…)) opens nowhere in the value and is cut off."""
    return folded[end - 1] == ")" and folded.count("(", start, end) >= folded.count(")", start, end)


def _is_phone_label(label: str) -> bool:
    """A phone label, alone or joined to a person's or unit's (联系人及电话, 联系单位及电话), or a
    sentence's call verb (请致电…): one search of their words (a generator under `any` over the
    fifteen words cost several times as much, on every label of every contact line)."""
    return label.lower() in LATIN_PHONE_LABELS or _PHONE_WORD.search(label) is not None


_PHONE_WORD = re.compile("|".join(map(re.escape, (*PHONE_LABELS, *CALL_WORDS))))


def phone_shape_at_end(folded: str) -> regex.Pattern[str]:
    """The pattern a phone ending the folded contact line `folded` is read by: `PHONE_UNDER_LABEL` where the
    line's last label is a phone's (值班电话：0797-12110, any five figures opening on 12 a hotline there), else
    `PHONE` (its hotlines the 123xx series alone), as `parse_contact` reads the value. A join of a phone a page
    end cut (值班电话：0797- ⏎ - 3 - ⏎ 12110) asks the same pattern the contact's reading will, so the number it
    would read whole is joined whole."""
    values = _values(folded, folded)
    return PHONE_UNDER_LABEL if values and _is_phone_label(values[-1][0]) else PHONE


def _fax_label(label: str) -> tuple[bool, bool]:
    """(the label names a fax, it names nothing but a fax): 传真 and Fax name only one; 电话/传真 and
    Tel/Fax name one number for both a phone and a fax."""
    lower = label.lower()
    if lower in _FAX_ONLY:
        return True, True
    return "传真" in label or "fax" in lower, False


def _is_unit(run: str) -> bool:
    return bool(ORGAN_SUFFIX.search(run) or UNIT_SUFFIX.search(run)) or (len(run) > _MAX_PERSON_NAME and "·" not in run)


def _whom(line: str, folded: str) -> str | None:
    """The person a sentence names to ask (请与我局规划科雷某联系 → 雷某, 请与张某联系 → 张某), else None:
    an office alone (请与我局规划科联系) names no person."""
    m = CONTACT_WHOM.search(folded)
    if m is None:
        return None
    who = m.group("who")
    both = UNIT_THEN_PERSON.match(who)
    if both and not _is_unit(both.group("name")):
        return line[m.start("who") + both.start("name") : m.end("who")]
    if len(who) <= _MAX_PERSON_NAME and not _is_unit(who):
        return line[m.start("who") : m.end("who")]
    return None


def parse_contact(lines: list[str], folded_lines: list[str] | None = None) -> Contact | None:
    """The 联系人/电话/地址/邮编/邮箱 of a reply's contact lines; a fax number is never a phone, and a
    unit named where the person should be goes to `unit`. None when no value was found.
    `folded_lines` are the lines' folded copies where a rule read them otherwise than `fold` would (a
    label's brackets read as its colon: rules/cleanup/labels.py); by default each line is folded.
    """
    name = address = postcode = email = unit = None
    phones: list[str] = []
    faxes: list[str] = []
    for index, line in enumerate(lines):
        folded = fold(line) if folded_lines is None else folded_lines[index]
        for label, value, fvalue in _values(line, folded):
            if label.lower() in _OTHER_WAYS:
                continue
            fax, fax_only = _fax_label(label)
            if fax:
                faxes.extend(value[m.start() : m.end()] for m in PHONE.finditer(fvalue))
                if fax_only:
                    continue
            phone = fax or _is_phone_label(label)  # a label of a fax and more (电话/传真, Tel/Fax) names a phone too
            person = label.startswith(_PERSON_LABELS) or _PERSON_WORD.search(label) is not None
            if phone or person:
                # five figures are a phone under a phone label, and under a person's only in the hotlines' series
                for m in (PHONE_UNDER_LABEL if phone else PHONE).finditer(fvalue):
                    number = value[m.start() : m.end()]
                    if FAX_AFTER.match(fvalue, m.end()):
                        faxes.append(number)  # 0571-87001235（传真）: the number's own mark
                    elif FAX_TOO_AFTER.match(fvalue, m.end()):
                        phones.append(number)  # 0599-6217765（兼传真）: the phone is the fax too
                        faxes.append(number)
                    else:
                        phones.append(number)
            phone_label = phone and "单位" not in label
            if name is None and phone_label and not person:
                before = NAME_BEFORE_PHONE.match(fvalue)  # 联系电话：张三 12345678
                after = NAME_AFTER_PHONE.search(fvalue)  # 联系电话：12345678（张三）
                for found in (before, after):
                    if name is None and found and not _is_unit(found.group("name")):
                        name = value[found.start("name") : found.end("name")]
            if person:
                found = _NAME.match(fvalue)
                if found is None:
                    continue
                run = value[found.start() : found.end()]
                title = PERSON_TITLE.search(fold(run))
                if title and title.start() >= 2:
                    run = run[: title.start()]  # 张三同志 → 张三
                if _is_unit(fold(run)):
                    both = UNIT_THEN_PERSON.match(fold(run))
                    if both and not _is_unit(both.group("name")):
                        unit = unit or run[: both.end("unit")]
                        name = name or run[both.start("name") :]
                    else:
                        unit = unit or run
                        # the person in the value's next part (联系人：区城管局综合科，王某; 联系单位、
                        # 联系人及电话：某处，张三，…)
                        at = found.end()
                        while at < len(fvalue) and fvalue[at] in _PART_GAP:
                            at += 1
                        after = _NAME.match(fvalue, at) if at > found.end() else None
                        if after and name is None and not _is_unit(after.group()):
                            name = value[after.start() : after.end()]
                elif name is None:
                    name = _joined_persons(run, value, fvalue, found.end())
            elif label in _UNIT_LABELS:
                found = _UNIT.match(fvalue)
                if found and unit is None:
                    unit = value[: found.end()].strip()
            elif label in EMAIL_LABELS or label.lower().startswith("e"):
                found = EMAIL.search(fvalue)  # (the folded copy: an address typed in full-width forms; conv23)
                if found:
                    email = value[found.start() : found.end()]
            elif "地址" in label and address is None and value.strip():
                code = POSTCODE_AFTER_ADDRESS.search(fvalue)  # 某路100号（310000）
                address = value[: code.start()].strip() if code else value.strip()
                postcode = postcode or (code.group("code") if code else None)
            elif label in ("邮政编码", "邮编"):
                found = POSTCODE.search(fvalue)
                if found:
                    postcode = found.group(0)
        if name is None and "与" in folded:
            name = _whom(line, folded)
    if not any((name, phones, faxes, address, postcode, email, unit)):
        return None
    return Contact(
        name=name,
        phones=tuple(dict.fromkeys(phones)),
        address=address,
        postcode=postcode,
        email=email,
        unit=unit,
        faxes=tuple(dict.fromkeys(faxes)),
    )


def _joined_persons(run: str, value: str, fvalue: str, end: int) -> str:
    """`run` (a person's name ending at `end` of the value) with the further persons a 、 joins to it
    (联系人：饶某某、汤某 → 饶某某、汤某), each a person's name, not a unit's; `run` alone where none follows."""
    if run != value[end - len(run) : end]:
        return run  # a title was cut off the run (张三同志): no join past it
    at = end
    while at < len(fvalue) and fvalue[at] == "、":
        nxt = _NAME.match(fvalue, at + 1)
        if nxt is None or _is_unit(nxt.group()) or nxt.group().startswith(_OTHER_LABEL_WORDS):
            break  # an office, or another value's label written without its colon (、传真0731…, 、邮箱…)
        if nxt.end() < len(fvalue) and fvalue[nxt.end()] not in _NAME_END:
            break  # a name ends at the value's end or a separator, never running into figures or Latin
        at = nxt.end()
    return run if at == end else value[end - len(run) : at]


# The words that open another value's label (phone, fax, mail, chat): a run after 、 opening with one is that label
# written without its colon, no person (REVIEW32 R3). From the vocabularies' one place (patterns.trailer).
_OTHER_LABEL_WORDS = (*PHONE_LABELS, *FAX_LABELS, *EMAIL_LABELS, "微信", "邮编", "地址", "传真")
_NAME_END = "、, "  # what may follow a person's name in a list of them (the folded value: ， is ,)
