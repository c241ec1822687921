"""The lead's fourth spot check of session 27: five documents as OCR engines and quick retyping leave
them, expected values by hand before the parser ran on them (committed first). Half-width brackets and
parentheses in the markers and the 文号 (`(一)`, `[2025]`), `一.` for `一、`, a `１．` full-width point,
an OCR line break inside a 落款 date (`2025年6` ⏎ `月3日`), spaces an OCR engine puts between CJK
characters in a heading and a name, a stray `|` from a table rule at a line's end.
"""

from __future__ import annotations

from tests.test_probes_11_noise import look, parsed, same

HALF = """遂川县农业农村局
遂农函[2025]14号
关于县十七届人大四次会议第62号建议的答复
邹某某代表:
    您提出的《关于扶持发展稻渔综合种养的建议》收悉。现答复如下:
    (一)推广情况
    全县稻渔综合种养面积达到2.3万亩,带动农户1100户。
    (二)扶持政策
    县财政对新发展稻渔综合种养的农户按每亩200元给予补助。
    感谢您对农业农村工作的关心和支持!
遂川县农业农村局
2025年6月3日
"""


def test_an_ocr_copy_with_half_width_brackets_in_the_number_and_the_markers() -> None:
    doc = parsed(HALF)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "关于县十七届人大四次会议第62号建议的答复",
            # as written (contract: the 文号's text as written; its year and serial read through the brackets)
            "number": ("遂农函[2025]14号", 2025, 14),
            "issuer": "遂川县农业农村局",
            "recipients": ["邹某某代表"],
            "ref": "62",
            "preamble": ["您提出的《关于扶持发展稻渔综合种养的建议》收悉。现答复如下:"],
            "sections": [
                (1, "(一)", 1, "推广情况", ["全县稻渔综合种养面积达到2.3万亩,带动农户1100户。"]),
                (1, "(二)", 2, "扶持政策", ["县财政对新发展稻渔综合种养的农户按每亩200元给予补助。"]),
            ],
            "closing": "感谢您对农业农村工作的关心和支持!",
            "signature": (["遂川县农业农村局"], "2025-06-03", "2025年6月3日"),
            "leaked": [],
        },
    )
    n = doc.header.doc_number
    assert n is not None and n.agency_code == "遂农函"


DOT = """关于市政协九届五次会议第88号提案的答复
钟某某委员：
　　您提出的《关于加快发展全域旅游的提案》收悉。现答复如下：
　　一.旅游基础设施建设情况
　　全市新建旅游厕所56座，改造提升旅游公路120公里。
　　二.下一步工作
　　１．编制全域旅游发展规划。年内完成规划编制并报市政府审定。
　　２．打造精品旅游线路。推出红色旅游、乡村旅游等精品线路10条。
　　感谢您对文化旅游工作的关心。
　　　　　　　　　　　　　　　　　　　　崇文市文化广电旅游局
　　　　　　　　　　　　　　　　　　　　2025年5月6日
"""


def test_chinese_numerals_with_a_dot_and_full_width_arabic_points_nest_by_rank() -> None:
    doc = parsed(DOT)
    same(
        look(doc),
        {
            "kind": "reply",
            "recipients": ["钟某某委员"],
            "ref": "88",
            "sections": [
                (1, "一.", 1, "旅游基础设施建设情况", ["全市新建旅游厕所56座，改造提升旅游公路120公里。"]),
                (1, "二.", 2, "下一步工作", []),
                (2, "１．", 1, "编制全域旅游发展规划", ["年内完成规划编制并报市政府审定。"]),
                (2, "２．", 2, "打造精品旅游线路", ["推出红色旅游、乡村旅游等精品线路10条。"]),
            ],
            "closing": "感谢您对文化旅游工作的关心。",
            "signature": (["崇文市文化广电旅游局"], "2025-05-06", "2025年5月6日"),
        },
    )


DATE_BROKEN = """关于县政协十一届二次会议第41号提案的答复
温某某委员：
　　您提出的《关于加强农村饮用水安全保障的提案》收悉。现答复如下：
　　全县已建成集中供水工程85处，农村自来水普及率达到93%。下一步，我局将实施农村供水保障工程，力争2026年普及率达到95%以上。
　　感谢您对水利工作的关心和支持。
　　　　　　　　　　　　　　　　　　　　平溪县水利局
　　　　　　　　　　　　　　　　　　　　2025年6
月3日
"""


def test_a_signature_date_broken_by_an_ocr_line_end() -> None:
    doc = parsed(DATE_BROKEN)
    same(
        look(doc),
        {
            "kind": "reply",
            "ref": "41",
            "closing": "感谢您对水利工作的关心和支持。",
            "signature": (["平溪县水利局"], "2025-06-03", "2025年6月3日"),
            "leaked": [],
        },
    )


SPACED = """关于区人大十九届三次会议第17号建议的答复
祁 某 某代表：
　　您提出的《关于增设社区便民服务点的建议》收悉。现答复如下：
　　一、 现 有 便 民 服 务 情 况
　　全区已建成社区便民服务点124个，覆盖全部城市社区。
　　二、 下 一 步 打 算
　　我局将结合城市更新，在新建小区同步配建便民服务点。
　　感谢您对商务工作的关心和支持。
　　　　　　　　　　　　　　　　　　　　　　　　青阳区商务局
　　　　　　　　　　　　　　　　　　　　　　　　2025年7月8日
"""


def test_spaces_an_ocr_engine_put_between_cjk_characters_of_a_name_and_headings() -> None:
    doc = parsed(SPACED)
    same(
        look(doc),
        {
            "kind": "reply",
            # layout spaces between two CJK characters are left out (contract, the normalised text)
            "recipients": ["祁某某代表"],
            "ref": "17",
            "sections": [
                (1, "一、", 1, "现有便民服务情况", ["全区已建成社区便民服务点124个，覆盖全部城市社区。"]),
                (1, "二、", 2, "下一步打算", ["我局将结合城市更新，在新建小区同步配建便民服务点。"]),
            ],
            "signature": (["青阳区商务局"], "2025-07-08", "2025年7月8日"),
        },
    )


RULE = """关于市十五届人大二次会议第205号建议的答复 |
谭某某代表： |
　　您提出的《关于加快充电桩建设的建议》收悉。现答复如下： |
　　截至今年5月底，全市累计建成公共充电桩8600个，其中快充桩3100个。 |
　　感谢您对发展改革工作的关心和支持。 |
　　　　　　　　　　　　　　　　　　　　庐州市发展和改革委员会 |
　　　　　　　　　　　　　　　　　　　　2025年6月12日 |
"""


def test_a_stray_table_rule_at_every_line_end_of_an_ocr_copy_is_left_out() -> None:
    doc = parsed(RULE)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "关于市十五届人大二次会议第205号建议的答复",
            "recipients": ["谭某某代表"],
            "ref": "205",
            "preamble": [
                "您提出的《关于加快充电桩建设的建议》收悉。现答复如下：",
                "截至今年5月底，全市累计建成公共充电桩8600个，其中快充桩3100个。",
            ],
            "closing": "感谢您对发展改革工作的关心和支持。",
            "signature": (["庐州市发展和改革委员会"], "2025-06-12", "2025年6月12日"),
        },
    )
    assert "|" not in doc.text
