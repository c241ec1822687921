"""A browser print's weak bands leave only at their own edge of a page (diffread-B B2 on conv22's print_bands).

A body line shaped like a weak head band (a name beside an address, a time beside a short name) that stands
as a page's last line, right over the page's foot, is the page's last line of text, which any line may be:
it stays. A head band leaves where it opens the text or stands right under the page before's foot. The
documents are new examples written for these tests (a registration notice printed by Chrome and by Firefox).
"""

from __future__ import annotations

import govdoc

_URL = "https://www.example.gov.cn/art/2024/5/6/art_1187_4411.html"
_BODY = [
    "关于2024年市直事业单位公开招聘工作人员资格复审的通知",
    "各报考人员：",
    "    根据招聘工作安排，现将资格复审有关事项通知如下：",
    "    一、复审时间和地点",
    "    资格复审于5月20日至21日在市人力资源市场三楼进行，报考人员可登录以下网站查询复审名单：",
]
_TAIL = [
    "    二、有关要求",
    "    报考人员须携带本人有效居民身份证、毕业证书等原件及复印件参加复审，逾期不参加复审的视为自动放弃。",
    "市人力资源和社会保障局",
    "2024年5月6日",
]


def _text(doc: govdoc.Document) -> str:
    return doc.text.replace(" ", "")


def test_a_site_and_its_address_over_chromes_foot_stay_the_pages_last_line() -> None:
    """Chrome prints a sure foot (`https://…  1/2`); the notice's own line `市人才网  https://…` (a name beside
    an address, Firefox's head shape) ends page 1 right over that foot: it is the notice's, and stays."""
    site = "市人才网  https://rc.example.cn/fs"
    lines = [
        "2024/5/6 16:40  市人力资源和社会保障局",
        *_BODY,
        site,
        _URL + "  1/2",
        "2024/5/6 16:40  市人力资源和社会保障局",
    ]
    doc = govdoc.parse_text("\n".join([*lines, *_TAIL, _URL + "  2/2"]) + "\n")
    assert "rc.example.cn/fs" in doc.text
    assert "art_1187_4411" not in doc.text and "16:40" not in doc.text  # the bands themselves leave


def test_a_schedule_row_over_firefoxs_foot_stays_and_the_bands_around_it_leave() -> None:
    """Firefox prints weak bands only (head `标题  https://…`, foot `第 1 页，共 2 页  2024/5/6 16:40`); a
    schedule row `2024/5/21 14:00  递补人员复审` (a time beside a short name) ends page 1 right over the foot:
    it stays, while the foot (over page 2's head) and both heads leave."""
    head = _BODY[0] + "_某市人民政府  " + _URL
    row = "2024/5/21 14:00  递补人员复审"
    lines = [head, *_BODY, row, "第 1 页，共 2 页  2024/5/6 16:40", head, *_TAIL, "第 2 页，共 2 页  2024/5/6 16:40"]
    doc = govdoc.parse_text("\n".join(lines) + "\n")
    assert "递补人员复审" in doc.text and "2024/5/21" in doc.text
    assert "16:40" not in doc.text and "art_1187_4411" not in doc.text


def test_guard_a_site_name_head_under_chromes_foot_still_leaves() -> None:
    """Guard (conv22's case in new words): Chrome's head whose <title> is the bureau's name, at page 2's top
    right under page 1's sure foot, is a band."""
    head = "2024/5/6 16:40  市人力资源和社会保障局"
    lines = [head, *_BODY, "市人才网提供复审名单下载。", _URL + "  1/2", head, *_TAIL, _URL + "  2/2"]
    doc = govdoc.parse_text("\n".join(lines) + "\n")
    assert "16:40" not in doc.text and "art_1187_4411" not in doc.text
    assert "市人才网提供复审名单下载。" in doc.text
