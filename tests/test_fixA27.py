"""fixA27: the second reader's findings of session 27 (DIFFREAD27 N2-N5), each fixed at its cause and tested here on
a new example of that cause (not the finding's own), the expected values read by hand from the document and the
contract. Each test fails on the session's start (/work/s27start) and passes after.
"""

from __future__ import annotations

from tests.probing import checked, codes

# DIFFREAD27 N2: an XML dump read by one element's attribute (readers.records.attribute_lines) dropped every other
# attribute's words and every element's text unsaid. Now the element's other attributes holding Han are read as
# lines of their own after its value (a note under its item), and what the dump holds in Han elsewhere that the
# lines read do not hold is said (text-repaired).

_ITEMS = (
    "关于市政协十四届二次会议第0215号提案的答复",
    "王某委员：",
    "您提出的关于推进中小学课后服务的提案收悉，现答复如下。",
    "一、全市义务教育学校已全部开展课后服务，参与学生达九成以上。",
    "二、我局将完善课后服务经费保障机制，引入优质社会资源。",
    "感谢您对教育工作的关心和支持。",
    "某市教育局",
    "2024年7月15日",
)


def _outline(notes: dict[int, str], head: str) -> str:
    """An outliner's OPML of the reply, an `<outline text=…>` per line, `notes` on the items of those indexes (a
    Workflowy-style `_note` attribute), `head` inside the file's `<head>`."""
    items = "\n".join(
        f'    <outline text="{t}"' + (f' _note="{notes[k]}"' if k in notes else "") + " />"
        for k, t in enumerate(_ITEMS)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">\n'
        f"  <head>{head}</head>\n  <body>\n{items}\n  </body>\n</opml>\n"
    )


def test_an_outline_items_note_is_read_as_its_own_line_under_the_item() -> None:
    note = "其中农村学校课后服务由县区教育局统筹安排"
    doc = checked(_outline({3: note}, f"<title>{_ITEMS[0]}</title>"))
    assert doc.text.split("\n") == [*_ITEMS[:4], note, *_ITEMS[4:]]
    assert doc.header.title == _ITEMS[0]
    assert "text-repaired" not in codes(doc)  # the head's title repeats the first item: nothing left out


def test_an_outline_files_head_words_no_line_holds_are_said() -> None:
    doc = checked(_outline({}, f"<title>{_ITEMS[0]}</title><ownerName>市教育局办公室张某</ownerName>"))
    assert doc.text.split("\n") == list(_ITEMS)
    assert any("市教育局办公室张某" in w.message for w in doc.warnings if w.code == "text-repaired")
