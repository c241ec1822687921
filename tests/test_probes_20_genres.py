"""Round-20 blind probes of the header and trailer variety across the genre: national and provincial
answers, the forms and rows around an answer, older and odder documents, and session 19's known LOWs in
this area written anew. Header and trailer only (struct20 probes the structure this round).

Shapes varied this round (rounds 6–19 did not try them, or tried another form of them: round 13 had a
delegation's answer and joint proposals, round 17 joint letterheads, round 18 a 部委 reply to a national
deputy, round 19 the 版头's elements, class rows in county answers and 局长留言板/县长直通车):
- 部委 answers to 全国人大代表建议 and 全国政协提案: 中华人民共和国X部 over 教建议〔2024〕156号, a 类别：B类 row
  above the letterhead, the 文号 and 签发人 on one line across the page, 复文编号/类别标记/签发人 rows, a
  title opened by 财政部 over its 文号, （本文有删减） under the date, a bare A类 after wide gaps on the 文号's
  line, 办理结果/公开类别 rows, a 联系单位 note in brackets, a deputy named with a space before 代表 (白玛 代表),
  the committee's formal name (政协第十四届全国委员会), a classed number (第01234号（资源环境类086号）),
  民进中央 as 主送, 公开方式：删减后公开 (unmapped), a 份号 over the letterhead, 摘要 and a bare B类 beside
  the 文号, 抄送 to 全国人大常委会办公厅联络局 and 国务院办公厅督查室, （联系人及电话：…）;
- 省厅/省局 answers: 对省十四届人大二次会议第0567号代表建议的答复, a title opened by the 省局, 农工党江南省委
  named by the opening, 答复类别/公开方式/签发人 rows, an organ line right above the title (no 文号 between),
  a class row spelt out under the title, 尊敬的…代表：, two deputies in one 主送 (孙某、周某代表);
- joint answers: 主办单位/会办单位 rows above the title (no issuer), 会办意见 and 协办意见 letters to the lead
  unit (你局转来王某某代表提出的…, 贵局牵头办理的…), two units signing side by side, 主办/协办/答复类别 rows
  between title and 主送, a 会办意见 with a contact and a 抄送 to the 提案委, two stacked letterheads, a
  会办单位 row under the date, a 会办意见 copied to the member;
- collective and joint proposals: 九三学社江川市委员会：, 民革青原区委会 named by the opening, 第0067号集体提案,
  a 代表团 naming itself (东湖区代表团提出的…) and one called 你团, 甘某某等12名代表联名提出的…, 市政协经济界别：,
  two parties (民盟…、民建…联合提出的), a party's 总支;
- forms after the 落款: 征询意见表 with 提案号/提案人 on one row and 满意□ boxes, a 反馈表 under 附件, a
  反馈表 with empty rows under an A类 answer, a `|` table, a form titled …的意见 over 代表签名： and a blank
  填表日期, a 回执 under a cut line, a form with an empty 联系电话 row under a contact note, a form with its
  own 制 line, a 满意度测评表 half filled;
- rows around the answer: a `|` row of 办理结果 and 公开方式, 领导签发/审核/拟稿/校对 under the date, a
  签发/审核/拟稿 row above the letterhead, 联系单位/联系人/联系电话/通讯地址/邮政编码 rows, tab-parted contact
  rows, the phone in a 如有疑问，请与…联系 sentence, a bracketed note with 地址 and 邮编, 答复类别/办理结果/
  是否公开/公开形式 rows, 答复类别 and 公开属性 on one line, 签发人/审核人/经办人/联系电话 rows;
- older documents: 江建提字[2005]第12号, 二○○五年, 2006年 8月 15日, 二OO七年, 二零零八年, 二ＯＯ二年, 主题词
  over the 抄送 and an ideograph 印发 date, 青教字（2004）37号 with 二○○四年 九 月 六 日, 关于对…, 青卫字【2011】
  42号, ×××委员, a title cut after 第 and one cut inside the number, 2009 年 6 月 2 日, 青计字(2001)第08号;
- odd titles and genres: no 关于 (青原区教育局对…), 区住建局对…的答复意见, 对《关于…的建议》的答复 with the
  meeting and number in the opening, the 《》 title wrapped inside the quotation, 议案 answers to the 常委会
  (…期间，许某某等12名代表提出了《…》), a 复函 on the 常委会's 审议意见 (a government's and its office's), a
  办理情况报告 on one 议案 (report, naming it);
- session 19's LOWs written anew: 内部资料 above a 简报 and 内部资料　注意保存 above a 政务信息 (schema 1.11's
  `header.restriction`), schedule rows of organs and a date under each task (with 前, and without), 市长有约,
  区长连线 and 镇长说事 columns signing, a 纪要's head line (XX办公室印发　date under 第3期, and organ + date
  under 〔2024〕9号: schema 1.11's imprint), a notice with one schedule row above its closing and a one-line
  落款.

Every expected value was written by hand from the contract, the domain guide, the README's "Schema 1.x
adds" sections and /work/coord/contract20.md (schema 1.11, items 4 and 5), and committed before the parser
ran on the batch; every document also keeps the span invariants, invents no character and raises no error.

First look (documents whole / checks), counted before any fix (the same on /work/s20start):
- batch 1: 7/8 documents whole, 77/79 checks. Miss: a 复文编号：农办议〔2024〕45号 row gave no doc number, and
  the letterhead over it no issuer (cause 1).
- batch 2: 8/8, 71/71. batch 3: 8/8, 56/56.
- batch 4: 7/8, 49/50. Miss: a delegation the opening names as proposing (东湖区代表团提出的…) was no
  proposer (cause 2).
- batch 5: 7/8, 55/56. Miss: a form titled 代表对建议办理情况的意见 over 代表签名：/填表日期 after the 落款 was
  read as a printed 意见, its rows the preamble's last paragraphs (cause 3).
- batch 6: 7/8, 50/51. The miss was my expectation, not the parser's: 如有疑问，请与我局规划科联系，电话：… over the
  thanks is a closing line by patterns.CLOSING_WEAK (the feedback and where-to-ask lines the domain guide
  lists with the thanks); corrected, the only expectation changed after a run.
- batch 7: 8/8, 51/51. batch 8: 8/8, 53/53.
- batch 9 (the LOWs): 1/8, 24/35. Misses: organ-and-date rows set under each task signed the plan (cause 4);
  市长有约 and 区长连线 were persons (cause 5); 内部资料 marks and the 纪要 head lines are schema 1.11's, which
  contract20 lands (restriction, imprint): those four probes run once the library reports 1.11.
- batch 10: 8/8, 59/59. batch 11: 8/8, 45/45.
- batch 12 (written after causes 1-5 were fixed): 8/8, 48/48. One of them then went strict-xfail: the first
  fix of cause 2 also read a delegation named before the number (…会议南湖代表团第0009号建议) as the proposer,
  which round 13 read as none (a contract question, in the report); the rule now reads a delegation only
  where the text says it proposed.
Over the eleven batches written before the fixes: 77/88 documents whole, 590/606 checks at first look (one
check of those my own expectation). Causes (tests/test_genre20_causes.py): 1 a reply's number under the
answer's label (patterns.DOC_NUMBER_KEYS), 2 a delegation proposing as one (patterns.proposal._DELEGATION),
3 a form's title over a row left blank is no printed document (patterns.FORM_BLANK_ROW), 4 rows of organs and
a date repeating their shape with other dates are a schedule (rules.trailer.signature._repeated_shape), unless
the line follows the closing or the body's last running sentence (review20's alert), 5 a
post and a word written solid are a column's name, no person, unless the word opens with a common surname
(rules.lines.base._set_off, patterns.COMMON_SURNAMES: review20's alert, 县长王建国 stays a person); and 6, found
writing cause 4's guard, joint signers each printing the date beside their name one line under the other
signed with the first alone, the others' lines held by no element (rules.trailer.signature._last_line_of_same_date).
The national and
provincial answers, joint answers, older dates and numbers and odd titles held; the misses were a label, a
proposer's word and three of session 19's LOWs.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import govdoc
from tests.probing import PROBE_FIELDS, checked, codes


def _meta_has(doc: govdoc.Document, keys: dict[str, str]) -> dict[str, str | None]:
    return {k: doc.header.metadata.get(k) for k in keys}


# Fields this round reads beyond tests/probing.py's: the contact's unit, the signing persons, the
# serial, the distribution note, the 签发人 list, the partial date and whether content is unplaced.
EXTRA: dict[str, Callable[[govdoc.Document], object]] = {
    "unplaced": lambda d: "content-unplaced" in codes(d),
    "serial": lambda d: None if d.header.serial is None else (d.header.serial.text, d.header.serial.number),
    "distribution": lambda d: d.header.distribution,
    "persons": lambda d: () if d.signature is None else tuple((p.post, p.name) for p in d.signature.persons),
    "signers": lambda d: tuple(d.header.signers),
    "partial": lambda d: None if d.signature is None else d.signature.date_partial,
    "terms": lambda d: tuple(d.header.subject_terms),
    # schema 1.11 (contract20 item 5): a 内部资料 mark above the title, compared without its layout spaces
    "restriction": lambda d: _squashed(getattr(d.header, "restriction", "(no field)")),
    "printed": lambda d: None if d.imprint is None else (d.imprint.printed_by, d.imprint.printed_on),
}


def _squashed(value: object) -> object:
    return "".join(value.split()) if isinstance(value, str) else value


# contract20's schema 1.11 (items 4 and 5 of /work/coord/contract20.md: header.restriction, a 纪要's head line as
# its imprint) lands from another branch: these probes run once the library reports 1.11 or later.
schema_111 = pytest.mark.skipif(
    tuple(map(int, govdoc.SCHEMA_VERSION.split("."))) < (1, 11), reason="schema 1.11 lands with contract20"
)


def _in_body(doc: govdoc.Document) -> list[str]:
    return [p.text for p in doc.preamble] + [p.text for s in doc.iter_sections() for p in s.paragraphs]


def expect(
    doc: govdoc.Document,
    *,
    meta_has: dict[str, str] | None = None,
    meta_lacks: tuple[str, ...] = (),
    body_has: str | None = None,
    text_has: str | None = None,
    **want: object,
) -> None:
    """Compare every named field at once (tests/probing.py's and this round's), so one run shows all
    of a probe's misses. `meta_has`: these pairs stand in the metadata (others may too); `meta_lacks`:
    none of these keys does (a form's row after the 落款 is no header pair); `body_has`: this text stands
    inside a paragraph of the body (preamble or sections); `text_has`: it stands in `Document.text`."""
    fields = {**PROBE_FIELDS, **EXTRA}
    wrong: dict[str, object] = {k: {"got": fields[k](doc), "want": v} for k, v in want.items() if fields[k](doc) != v}
    if meta_has is not None and _meta_has(doc, meta_has) != meta_has:
        wrong["meta_has"] = {"got": _meta_has(doc, meta_has), "want": meta_has}
    if any(k in doc.header.metadata for k in meta_lacks):
        wrong["meta_lacks"] = {"got": dict(doc.header.metadata), "want_absent": meta_lacks}
    if body_has is not None and not any(body_has in t for t in _in_body(doc)):
        wrong["body_has"] = {"got": _in_body(doc), "want": body_has}
    if text_has is not None and text_has not in doc.text:
        wrong["text_has"] = text_has
    assert not wrong, wrong


# --- batch 1 (written before the parser ran on it): 部委 answers to 全国人大代表建议 -------------------------


def test_a_ministrys_answer_to_a_national_deputys_suggestion_classed_b_above_its_letterhead() -> None:
    doc = checked("""\
类别：B类
中华人民共和国教育部
教建议〔2024〕156号
关于十四届全国人大二次会议第1234号建议的答复
张某某代表：
您提出的关于加强县域普通高中建设的建议收悉。经商国家发展改革委、财政部，现答复如下：
一、关于加大经费投入
中央财政持续支持县域普通高中改善办学条件。
二、关于补充师资
下一步，我部将会同有关部门推进县中教师补充。
感谢您对教育工作的关心和支持。
教育部
2024年7月12日
抄送：全国人大常委会办公厅，国务院办公厅。
""")
    expect(
        doc,
        kind="reply",
        issuer="中华人民共和国教育部",
        number=("教建议〔2024〕156号", "教建议", 2024, 156),
        title="关于十四届全国人大二次会议第1234号建议的答复",
        metadata={"类别": "B类"},
        category="B",
        recipients=("张某某代表",),
        ref=("人大", "全国", 14, 2, "1234", "建议", "关于加强县域普通高中建设的建议", []),
        tree=[(1, "cn", "一、", "关于加大经费投入"), (1, "cn", "二、", "关于补充师资")],
        closing="感谢您对教育工作的关心和支持。",
        signature=(("教育部",), "2024-07-12", "2024年7月12日"),
        imprint=(("全国人大常委会办公厅", "国务院办公厅"), None, None),
    )


def test_a_ministrys_answer_whose_number_and_signer_share_a_line_across_the_page() -> None:
    doc = checked("""\
中华人民共和国人力资源和社会保障部
人社建字〔2024〕78号　　　　　　　　　　签发人：李某某
对十四届全国人大二次会议第5678号建议的答复
王某代表：
您提出的关于完善灵活就业人员社会保障的建议收悉。现答复如下：
近年来，我部会同有关部门持续推动放开灵活就业人员在就业地参加社会保险的户籍限制。
下一步，我们将继续完善相关政策。
人力资源社会保障部
2024年6月28日
（此件公开发布）
""")
    expect(
        doc,
        kind="reply",
        issuer="中华人民共和国人力资源和社会保障部",
        number=("人社建字〔2024〕78号", "人社建字", 2024, 78),
        signer="李某某",
        title="对十四届全国人大二次会议第5678号建议的答复",
        recipients=("王某代表",),
        ref=("人大", "全国", 14, 2, "5678", "建议", "关于完善灵活就业人员社会保障的建议", []),
        disclosure="主动公开",
        closing=None,
        signature=(("人力资源社会保障部",), "2024-06-28", "2024年6月28日"),
    )


def test_a_ministrys_answer_letter_under_labelled_answer_number_class_mark_and_signer_rows() -> None:
    doc = checked("""\
中华人民共和国农业农村部
复文编号：农办议〔2024〕45号
类别标记：A
签发人：赵某某
关于十四届全国人大二次会议第3456号建议答复的函
刘某某等5位代表：
你们提出的关于支持丘陵山区农机装备研发的建议收悉。经商工业和信息化部，现答复如下：
农业农村部将丘陵山区适用小型机械纳入农机装备补短板重点。
感谢你们对农业农村工作的关心和支持。
农业农村部
2024年7月5日
""")
    expect(
        doc,
        meta_has={"复文编号": "农办议〔2024〕45号", "类别标记": "A"},
        kind="reply",
        issuer="中华人民共和国农业农村部",
        number=("农办议〔2024〕45号", "农办议", 2024, 45),
        signer="赵某某",
        category="A",
        title="关于十四届全国人大二次会议第3456号建议答复的函",
        recipients=("刘某某等5位代表",),
        ref=("人大", "全国", 14, 2, "3456", "建议", "关于支持丘陵山区农机装备研发的建议", []),
        closing="感谢你们对农业农村工作的关心和支持。",
        signature=(("农业农村部",), "2024-07-05", "2024年7月5日"),
    )


def test_a_ministrys_answer_whose_title_opens_with_the_ministry_over_its_number() -> None:
    doc = checked("""\
财政部关于十四届全国人大二次会议第8123号建议的答复
财预函〔2024〕33号
陈某某代表：
您提出的关于加大对革命老区转移支付力度的建议收悉，现答复如下：
近年来，中央财政持续加大对革命老区的支持力度，2024年安排革命老区转移支付208亿元。
下一步，我们将继续加大支持力度。
财政部
2024年6月20日
""")
    expect(
        doc,
        kind="reply",
        issuer="财政部",
        number=("财预函〔2024〕33号", "财预函", 2024, 33),
        title="财政部关于十四届全国人大二次会议第8123号建议的答复",
        recipients=("陈某某代表",),
        ref=("人大", "全国", 14, 2, "8123", "建议", "关于加大对革命老区转移支付力度的建议", []),
        closing=None,
        signature=(("财政部",), "2024-06-20", "2024年6月20日"),
    )


def test_a_ministrys_answer_closed_by_an_abridgement_note_under_its_date() -> None:
    doc = checked("""\
中华人民共和国自然资源部
自然资人议复字〔2024〕112号
关于十四届全国人大二次会议第4021号建议的答复
周某某代表：
您提出的关于加强耕地保护和盘活农村闲置宅基地的建议收悉。经认真研究，现答复如下：
一、关于耕地保护
我部严格落实耕地占补平衡制度。
二、关于闲置宅基地盘活
我部会同农业农村部稳慎推进农村宅基地制度改革试点。
感谢您对自然资源工作的关心。
自然资源部
2024年7月18日
（本文有删减）
""")
    expect(
        doc,
        kind="reply",
        issuer="中华人民共和国自然资源部",
        number=("自然资人议复字〔2024〕112号", "自然资人议复字", 2024, 112),
        title="关于十四届全国人大二次会议第4021号建议的答复",
        recipients=("周某某代表",),
        ref=("人大", "全国", 14, 2, "4021", "建议", "关于加强耕地保护和盘活农村闲置宅基地的建议", []),
        tree=[(1, "cn", "一、", "关于耕地保护"), (1, "cn", "二、", "关于闲置宅基地盘活")],
        closing="感谢您对自然资源工作的关心。",
        signature=(("自然资源部",), "2024-07-18", "2024年7月18日"),
    )


def test_a_commissions_answer_whose_class_stands_after_wide_gaps_on_the_number_line() -> None:
    doc = checked("""\
国家发展和改革委员会
发改办建议〔2024〕89号　　　　　　　　　　　　A类
关于十四届全国人大二次会议第7012号建议的答复
吴某某代表：
您提出的关于支持中西部地区承接产业转移的建议收悉。现答复如下：
我委已会同有关部门出台推动产业有序转移的指导意见，您提出的建议已吸收采纳。
感谢您对发展改革工作的关心和支持。
国家发展改革委
2024年6月30日
抄送：全国人大常委会办公厅，国务院办公厅，工业和信息化部。
""")
    expect(
        doc,
        kind="reply",
        issuer="国家发展和改革委员会",
        number=("发改办建议〔2024〕89号", "发改办建议", 2024, 89),
        category="A",
        title="关于十四届全国人大二次会议第7012号建议的答复",
        recipients=("吴某某代表",),
        ref=("人大", "全国", 14, 2, "7012", "建议", "关于支持中西部地区承接产业转移的建议", []),
        closing="感谢您对发展改革工作的关心和支持。",
        signature=(("国家发展改革委",), "2024-06-30", "2024年6月30日"),
        imprint=(("全国人大常委会办公厅", "国务院办公厅", "工业和信息化部"), None, None),
    )


def test_a_ministrys_answer_with_its_public_class_and_open_mode_rows_boxed_above() -> None:
    doc = checked("""\
办理结果：A
公开类别：主动公开
中华人民共和国交通运输部
交办运函〔2024〕1023号
对十四届全国人大二次会议第2231号建议的答复
韩某代表：
您提出的关于优化农村客运服务的建议收悉。现答复如下：
我部联合相关部门印发了《关于推进城乡交通运输一体化发展的意见》，明确了农村客运发展目标。
交通运输部
2024年7月2日
（联系单位：运输服务司，联系电话：010-65292345）
""")
    expect(
        doc,
        kind="reply",
        issuer="中华人民共和国交通运输部",
        number=("交办运函〔2024〕1023号", "交办运函", 2024, 1023),
        metadata={"办理结果": "A", "公开类别": "主动公开"},
        category="A",
        disclosure="主动公开",
        title="对十四届全国人大二次会议第2231号建议的答复",
        recipients=("韩某代表",),
        ref=("人大", "全国", 14, 2, "2231", "建议", "关于优化农村客运服务的建议", []),
        signature=(("交通运输部",), "2024-07-02", "2024年7月2日"),
        contact={"phones": ("010-65292345",), "unit": "运输服务司"},
    )


def test_a_bureaus_answer_to_a_deputy_of_the_national_congress_named_with_a_space_before_the_role() -> None:
    doc = checked("""\
国家林业和草原局
林议复〔2024〕24号
关于十四届全国人大二次会议第9087号建议的答复
白玛 代表：
您提出的关于加大对国有林场基础设施建设支持力度的建议收悉。现答复如下：
我局积极协调国家发展改革委，将国有林场管护用房建设纳入中央预算内投资支持范围。
下一步，我局将继续争取加大支持力度。
国家林业和草原局
2024年7月8日
抄送：全国人大常委会办公厅，国务院办公厅。
""")
    expect(
        doc,
        kind="reply",
        issuer="国家林业和草原局",
        number=("林议复〔2024〕24号", "林议复", 2024, 24),
        title="关于十四届全国人大二次会议第9087号建议的答复",
        recipients=("白玛代表",),
        ref=("人大", "全国", 14, 2, "9087", "建议", "关于加大对国有林场基础设施建设支持力度的建议", []),
        signature=(("国家林业和草原局",), "2024-07-08", "2024年7月8日"),
        imprint=(("全国人大常委会办公厅", "国务院办公厅"), None, None),
    )


# --- batch 2 (written before the parser ran on it): 全国政协提案 answered by 部委, 省厅/省局 answers ----------


def test_a_ministrys_answer_letter_to_a_partys_central_committee_on_a_classed_national_proposal() -> None:
    doc = checked("""\
中华人民共和国生态环境部
环提函〔2024〕21号
关于政协十四届全国委员会第二次会议第01234号（资源环境类086号）提案答复的函
民进中央：
贵会提出的《关于加强新污染物治理的提案》收悉。经商工业和信息化部、农业农村部，现答复如下：
一、关于完善新污染物治理法规标准
我部正在加快推进有毒有害化学物质环境风险管理条例立法进程。
二、关于加强监测能力建设
我部已组织开展重点地区新污染物环境调查监测试点。
感谢贵会对生态环境工作的关心和支持。
生态环境部
2024年8月6日
抄送：全国政协提案委员会，国务院办公厅。
""")
    expect(
        doc,
        kind="reply",
        issuer="中华人民共和国生态环境部",
        number=("环提函〔2024〕21号", "环提函", 2024, 21),
        title="关于政协十四届全国委员会第二次会议第01234号（资源环境类086号）提案答复的函",
        recipients=("民进中央",),
        ref=("政协", "全国", 14, 2, "01234", "提案", "关于加强新污染物治理的提案", []),
        tree=[(1, "cn", "一、", "关于完善新污染物治理法规标准"), (1, "cn", "二、", "关于加强监测能力建设")],
        closing="感谢贵会对生态环境工作的关心和支持。",
        signature=(("生态环境部",), "2024-08-06", "2024年8月6日"),
        imprint=(("全国政协提案委员会", "国务院办公厅"), None, None),
    )


def test_a_ministrys_answer_to_a_national_member_under_the_committees_formal_name() -> None:
    doc = checked("""\
中华人民共和国文化和旅游部
文旅提函〔2024〕67号
关于政协第十四届全国委员会第二次会议第03456号提案答复的函
李某某委员：
您提出的《关于推动乡村旅游高质量发展的提案》收悉。现答复如下：
我部会同有关部门实施乡村旅游精品工程，推出全国乡村旅游重点村镇1597个。
下一步，我部将继续完善乡村旅游政策体系。
文化和旅游部
2024年7月26日
""")
    expect(
        doc,
        kind="reply",
        issuer="中华人民共和国文化和旅游部",
        number=("文旅提函〔2024〕67号", "文旅提函", 2024, 67),
        title="关于政协第十四届全国委员会第二次会议第03456号提案答复的函",
        recipients=("李某某委员",),
        ref=("政协", "全国", 14, 2, "03456", "提案", "关于推动乡村旅游高质量发展的提案", []),
        closing=None,
        signature=(("文化和旅游部",), "2024-07-26", "2024年7月26日"),
    )


def test_a_provincial_departments_answer_to_a_provincial_deputys_numbered_suggestion() -> None:
    doc = checked("""\
江南省教育厅
江教建〔2024〕67号
对省十四届人大二次会议第0567号代表建议的答复
钱某某代表：
您提出的《关于加强乡村小规模学校建设的建议》收悉。现答复如下：
一、关于办学条件
2024年省级安排专项资金3亿元，支持乡村小规模学校改善办学条件。
二、关于教师配备
我厅将乡村小规模学校教师编制按照师生比与班师比相结合的方式核定。
感谢您对全省教育工作的关心和支持。
江南省教育厅
2024年6月18日
""")
    expect(
        doc,
        kind="reply",
        issuer="江南省教育厅",
        number=("江教建〔2024〕67号", "江教建", 2024, 67),
        title="对省十四届人大二次会议第0567号代表建议的答复",
        recipients=("钱某某代表",),
        ref=("人大", "省", 14, 2, "0567", "建议", "关于加强乡村小规模学校建设的建议", []),
        tree=[(1, "cn", "一、", "关于办学条件"), (1, "cn", "二、", "关于教师配备")],
        closing="感谢您对全省教育工作的关心和支持。",
        signature=(("江南省教育厅",), "2024-06-18", "2024年6月18日"),
    )


def test_a_provincial_bureaus_answer_to_a_partys_provincial_committee_that_the_opening_names() -> None:
    doc = checked("""\
江南省市场监督管理局关于省政协十三届二次会议第0234号提案的答复
江市监提〔2024〕9号
农工党江南省委：
农工党江南省委提出的《关于加强校园食品安全监管的提案》收悉。经认真研究，现答复如下：
我局联合省教育厅开展校园食品安全专项整治，检查学校食堂1.2万家次。
感谢贵委对市场监管工作的关心和支持。
江南省市场监督管理局
2024年7月9日
""")
    expect(
        doc,
        kind="reply",
        issuer="江南省市场监督管理局",
        number=("江市监提〔2024〕9号", "江市监提", 2024, 9),
        title="江南省市场监督管理局关于省政协十三届二次会议第0234号提案的答复",
        recipients=("农工党江南省委",),
        ref=("政协", "省", 13, 2, "0234", "提案", "关于加强校园食品安全监管的提案", ["农工党江南省委"]),
        closing="感谢贵委对市场监管工作的关心和支持。",
        signature=(("江南省市场监督管理局",), "2024-07-09", "2024年7月9日"),
    )


def test_a_provincial_departments_answer_under_class_open_mode_and_signer_rows() -> None:
    doc = checked("""\
答复类别：B类
公开方式：主动公开
签发人：孙某某
江南省住房和城乡建设厅
江建建〔2024〕31号
关于省十四届人大二次会议第1102号代表建议的答复
冯某某代表：
您提出的关于加快城镇老旧小区改造的建议收悉。现答复如下：
2024年全省计划新开工改造城镇老旧小区3200个，目前已开工2860个。
感谢您对住房城乡建设工作的关心和支持。
江南省住房和城乡建设厅
2024年7月15日
""")
    expect(
        doc,
        meta_has={"答复类别": "B类", "公开方式": "主动公开"},
        kind="reply",
        issuer="江南省住房和城乡建设厅",
        number=("江建建〔2024〕31号", "江建建", 2024, 31),
        signer="孙某某",
        category="B",
        disclosure="主动公开",
        title="关于省十四届人大二次会议第1102号代表建议的答复",
        recipients=("冯某某代表",),
        ref=("人大", "省", 14, 2, "1102", "建议", "关于加快城镇老旧小区改造的建议", []),
        signature=(("江南省住房和城乡建设厅",), "2024-07-15", "2024年7月15日"),
    )


def test_a_provincial_commissions_answer_whose_organ_line_stands_right_above_the_title() -> None:
    doc = checked("""\
江南省卫生健康委员会
关于省政协十三届二次会议第20240123号提案的答复
尹某某委员：
您提出的《关于完善基层医疗卫生服务体系的提案》收悉。现答复如下：
我委持续推进紧密型县域医疗卫生共同体建设，全省已建成县域医共体96个。
感谢您对卫生健康工作的关心和支持。
江南省卫生健康委员会
2024年8月1日
""")
    expect(
        doc,
        kind="reply",
        issuer="江南省卫生健康委员会",
        number=None,
        title="江南省卫生健康委员会关于省政协十三届二次会议第20240123号提案的答复",
        recipients=("尹某某委员",),
        ref=("政协", "省", 13, 2, "20240123", "提案", "关于完善基层医疗卫生服务体系的提案", []),
        signature=(("江南省卫生健康委员会",), "2024-08-01", "2024年8月1日"),
    )


def test_a_provincial_bureaus_answer_letter_whose_class_row_spells_out_its_meaning() -> None:
    doc = checked("""\
江南省水利厅
江水建函〔2024〕14号　　　　　　　　签发人：程某某
对省十四届人大二次会议第0876号代表建议的答复函
类别：A类（已解决或采纳）
骆某某代表：
您提出的关于加快中小河流治理的建议收悉。现答复如下：
2024年我厅安排中小河流治理项目47个，治理河长620公里，您提出的两条河流均已纳入治理计划。
感谢您对水利工作的关心和支持。
江南省水利厅
2024年6月26日
""")
    expect(
        doc,
        kind="reply",
        issuer="江南省水利厅",
        number=("江水建函〔2024〕14号", "江水建函", 2024, 14),
        signer="程某某",
        category="A",
        title="对省十四届人大二次会议第0876号代表建议的答复函",
        recipients=("骆某某代表",),
        ref=("人大", "省", 14, 2, "0876", "建议", "关于加快中小河流治理的建议", []),
        signature=(("江南省水利厅",), "2024-06-26", "2024年6月26日"),
    )


def test_a_ministrys_answer_published_after_abridgement_leaves_its_disclosure_unmapped() -> None:
    doc = checked("""\
公开方式：删减后公开
中华人民共和国工业和信息化部
工信提函〔2024〕156号
关于政协十四届全国委员会第二次会议第04567号提案答复的函
郑某某委员：
您提出的关于加快工业互联网赋能中小企业数字化转型的提案收悉。现答复如下：
我部实施中小企业数字化赋能专项行动，培育数字化转型服务商600余家。
工业和信息化部
2024年8月12日
""")
    expect(
        doc,
        meta_has={"公开方式": "删减后公开"},
        kind="reply",
        issuer="中华人民共和国工业和信息化部",
        number=("工信提函〔2024〕156号", "工信提函", 2024, 156),
        disclosure=None,
        title="关于政协十四届全国委员会第二次会议第04567号提案答复的函",
        recipients=("郑某某委员",),
        ref=("政协", "全国", 14, 2, "04567", "提案", "关于加快工业互联网赋能中小企业数字化转型的提案", []),
        signature=(("工业和信息化部",), "2024-08-12", "2024年8月12日"),
    )


# --- batch 3 (written before the parser ran on it): proposals answered jointly (主办, 会办, 协办) -----------


def test_a_lead_units_answer_under_rows_naming_the_lead_and_co_handling_units_has_no_issuer() -> None:
    doc = checked("""\
主办单位：江川市交通运输局
会办单位：江川市财政局、江川市自然资源和规划局
关于市政协十四届三次会议第0215号提案的答复
蒋某某委员：
您提出的关于优化城乡公交线网的提案收悉。该提案由我局主办，市财政局、市自然资源和规划局会办。现将办理情况答复如下：
2024年我市新开通城乡公交线路12条，行政村通公交率达到100%。
感谢您对交通运输工作的关心和支持。
江川市交通运输局
2024年6月5日
""")
    expect(
        doc,
        meta_has={"主办单位": "江川市交通运输局", "会办单位": "江川市财政局、江川市自然资源和规划局"},
        kind="reply",
        issuer=None,
        title="关于市政协十四届三次会议第0215号提案的答复",
        recipients=("蒋某某委员",),
        ref=("政协", "市", 14, 3, "0215", "提案", "关于优化城乡公交线网的提案", []),
        closing="感谢您对交通运输工作的关心和支持。",
        signature=(("江川市交通运输局",), "2024-06-05", "2024年6月5日"),
    )


def test_a_co_handling_opinion_sent_to_the_lead_unit_not_to_the_member() -> None:
    doc = checked("""\
关于市政协十四届三次会议第0088号提案的会办意见
市教育局：
市政协十四届三次会议第0088号《关于加强中小学生心理健康教育的提案》收悉。我委作为会办单位，现将会办意见函告如下：
一、将中小学生心理健康服务纳入基层医疗卫生机构服务内容。
二、支持市精神卫生中心与中小学建立转诊绿色通道。
江川市卫生健康委员会
2024年5月20日
""")
    expect(
        doc,
        kind="reply",
        issuer=None,
        title="关于市政协十四届三次会议第0088号提案的会办意见",
        recipients=("市教育局",),
        ref=("政协", "市", 14, 3, "0088", "提案", "关于加强中小学生心理健康教育的提案", []),
        signature=(("江川市卫生健康委员会",), "2024-05-20", "2024年5月20日"),
    )


def test_a_supporting_units_letter_to_the_lead_unit_names_the_deputy_it_handed_on() -> None:
    doc = checked("""\
江川市财政局关于市十六届人大四次会议第156号建议协办意见的函
江财农函〔2024〕12号
市农业农村局：
你局转来王某某代表提出的《关于加大高标准农田建设投入的建议》收悉。经研究，现提出协办意见如下：
2024年市级财政安排高标准农田建设资金1.5亿元，较上年增长12%。
江川市财政局
2024年5月28日
""")
    expect(
        doc,
        kind="reply",
        issuer="江川市财政局",
        number=("江财农函〔2024〕12号", "江财农函", 2024, 12),
        title="江川市财政局关于市十六届人大四次会议第156号建议协办意见的函",
        recipients=("市农业农村局",),
        ref=("人大", "市", 16, 4, "156", "建议", "关于加大高标准农田建设投入的建议", ["王某某"]),
        signature=(("江川市财政局",), "2024-05-28", "2024年5月28日"),
    )


def test_a_proposal_answered_jointly_by_its_lead_and_co_handling_units_signed_side_by_side() -> None:
    doc = checked("""\
关于区政协九届三次会议第45号提案的答复
屈某某委员：
您提出的关于加快公办幼儿园建设的提案收悉。该提案由区教育局主办，区财政局会办，现联合答复如下：
2024年我区新建公办幼儿园4所，新增学位1440个，所需资金由区财政足额保障。
感谢您对学前教育工作的关心和支持。
青原区教育局　　　　青原区财政局
2024年6月11日
""")
    expect(
        doc,
        kind="reply",
        issuer=None,
        title="关于区政协九届三次会议第45号提案的答复",
        recipients=("屈某某委员",),
        ref=("政协", "区", 9, 3, "45", "提案", "关于加快公办幼儿园建设的提案", []),
        closing="感谢您对学前教育工作的关心和支持。",
        signature=(("青原区教育局", "青原区财政局"), "2024-06-11", "2024年6月11日"),
    )


def test_an_answer_whose_lead_and_supporting_unit_rows_stand_between_title_and_addressee() -> None:
    doc = checked("""\
关于县政协十一届三次会议第0031号提案的答复
主办单位：青山县自然资源局
协办单位：青山县林业局
答复类别：A类
罗某某委员：
您提出的关于规范农村建房用地审批的提案收悉。现答复如下：
我局已出台农村宅基地审批管理办法，审批时限压缩至20个工作日。
感谢您对自然资源工作的支持。
青山县自然资源局
2024年6月3日
""")
    expect(
        doc,
        kind="reply",
        issuer=None,
        category="A",
        title="关于县政协十一届三次会议第0031号提案的答复",
        recipients=("罗某某委员",),
        ref=("政协", "县", 11, 3, "0031", "提案", "关于规范农村建房用地审批的提案", []),
        closing="感谢您对自然资源工作的支持。",
        signature=(("青山县自然资源局",), "2024-06-03", "2024年6月3日"),
    )


def test_a_co_handling_opinion_with_a_contact_and_a_copy_to_the_proposals_committee() -> None:
    doc = checked("""\
对市政协十四届三次会议第0211号提案的会办意见
市住房和城乡建设局：
贵局主办的市政协十四届三次会议第0211号提案《关于推进城市地下管网改造的提案》收悉。我局会办意见如下：
我局将地下管网改造项目纳入市级重点项目库，优先保障用地。
江川市自然资源和规划局
2024年5月17日
联系人：柯某某　　联系电话：0791-86123456
抄送：市政协提案委员会。
""")
    expect(
        doc,
        kind="reply",
        title="对市政协十四届三次会议第0211号提案的会办意见",
        recipients=("市住房和城乡建设局",),
        ref=("政协", "市", 14, 3, "0211", "提案", "关于推进城市地下管网改造的提案", []),
        signature=(("江川市自然资源和规划局",), "2024-05-17", "2024年5月17日"),
        contact={"name": "柯某某", "phones": ("0791-86123456",)},
        imprint=(("市政协提案委员会",), None, None),
    )


def test_a_joint_answer_under_two_stacked_letterheads_to_a_city_deputy() -> None:
    doc = checked("""\
江川市教育局
江川市财政局
江教联〔2024〕3号
关于市十六届人大四次会议第118号建议的答复
尤某某代表：
您提出的关于提高乡村教师生活补助标准的建议收悉。现答复如下：
自2024年起，我市乡村教师生活补助标准提高到每人每月800元至1500元。
感谢您对教育工作的关心和支持。
江川市教育局　　　　江川市财政局
2024年6月21日
""")
    expect(
        doc,
        kind="reply",
        issuer="江川市教育局江川市财政局",
        number=("江教联〔2024〕3号", "江教联", 2024, 3),
        title="关于市十六届人大四次会议第118号建议的答复",
        recipients=("尤某某代表",),
        ref=("人大", "市", 16, 4, "118", "建议", "关于提高乡村教师生活补助标准的建议", []),
        signature=(("江川市教育局", "江川市财政局"), "2024-06-21", "2024年6月21日"),
    )


def test_a_supporting_opinion_to_the_lead_bureau_on_a_proposal_it_leads() -> None:
    doc = checked("""\
关于市政协十四届三次会议第0302号提案的协办意见
市商务局：
贵局牵头办理的市政协十四届三次会议第0302号提案《关于促进夜间经济发展的提案》收悉。结合我局职责，现提出协办意见如下：
一、优化夜间经济街区交通组织，增设临时停车泊位。
二、加强夜间经济街区治安巡逻。
江川市公安局交通警察支队
2024年5月24日
""")
    expect(
        doc,
        kind="reply",
        issuer=None,
        title="关于市政协十四届三次会议第0302号提案的协办意见",
        recipients=("市商务局",),
        ref=("政协", "市", 14, 3, "0302", "提案", "关于促进夜间经济发展的提案", []),
        signature=(("江川市公安局交通警察支队",), "2024-05-24", "2024年5月24日"),
    )


# --- batch 4 (written before the parser ran on it): 集体提案, 代表团 and joint suggestions -----------------


def test_an_answer_to_a_collective_proposal_greets_the_partys_city_committee_by_its_full_name() -> None:
    doc = checked("""\
江川市科学技术局
江科提〔2024〕6号
关于市政协十四届三次会议第0045号提案的答复
九三学社江川市委员会：
贵委提出的《关于加快科技成果转化的提案》收悉。现答复如下：
2024年我市认定技术合同成交额180亿元，建成科技成果转化中试基地5个。
感谢贵委对科技工作的关心和支持。
江川市科学技术局
2024年6月7日
""")
    expect(
        doc,
        kind="reply",
        issuer="江川市科学技术局",
        number=("江科提〔2024〕6号", "江科提", 2024, 6),
        title="关于市政协十四届三次会议第0045号提案的答复",
        recipients=("九三学社江川市委员会",),
        ref=("政协", "市", 14, 3, "0045", "提案", "关于加快科技成果转化的提案", []),
        closing="感谢贵委对科技工作的关心和支持。",
        signature=(("江川市科学技术局",), "2024-06-07", "2024年6月7日"),
    )


def test_an_answer_to_a_partys_district_committee_the_opening_names_as_proposer() -> None:
    doc = checked("""\
关于区政协九届三次会议第0019号提案的答复
民革青原区委会：
民革青原区委会提出的关于保护历史文化街区的提案收悉。现答复如下：
我局已完成历史文化街区保护规划编制，划定保护范围12.6公顷。
感谢贵会对文物保护工作的关心和支持。
青原区文化广电旅游局
2024年6月17日
""")
    expect(
        doc,
        kind="reply",
        title="关于区政协九届三次会议第0019号提案的答复",
        recipients=("民革青原区委会",),
        ref=("政协", "区", 9, 3, "0019", "提案", "关于保护历史文化街区的提案", ["民革青原区委会"]),
        closing="感谢贵会对文物保护工作的关心和支持。",
        signature=(("青原区文化广电旅游局",), "2024-06-17", "2024年6月17日"),
    )


def test_an_answer_whose_title_calls_the_proposal_a_collective_one() -> None:
    doc = checked("""\
关于市政协十四届三次会议第0067号集体提案的答复
致公党江川市委：
你们提出的《关于吸引海外人才来江川创新创业的提案》收悉。现答复如下：
我市出台海外高层次人才引进专项政策，2024年引进海外人才230名。
感谢你们对人才工作的关心和支持。
中共江川市委人才工作领导小组办公室
2024年7月3日
""")
    expect(
        doc,
        kind="reply",
        title="关于市政协十四届三次会议第0067号集体提案的答复",
        recipients=("致公党江川市委",),
        ref=("政协", "市", 14, 3, "0067", "提案", "关于吸引海外人才来江川创新创业的提案", []),
        closing="感谢你们对人才工作的关心和支持。",
        signature=(("中共江川市委人才工作领导小组办公室",), "2024-07-03", "2024年7月3日"),
    )


def test_an_answer_to_a_delegations_suggestion_names_the_delegation_as_proposer() -> None:
    doc = checked("""\
关于市十六届人大四次会议第12号建议的答复
东湖区代表团：
东湖区代表团提出的《关于加快东湖片区排涝设施建设的建议》收悉。现答复如下：
2024年市级安排东湖片区排涝设施建设资金8000万元，新建排涝泵站2座。
感谢代表团对城市建设工作的关心和支持。
江川市城市管理局
2024年6月24日
""")
    expect(
        doc,
        kind="reply",
        title="关于市十六届人大四次会议第12号建议的答复",
        recipients=("东湖区代表团",),
        ref=("人大", "市", 16, 4, "12", "建议", "关于加快东湖片区排涝设施建设的建议", ["东湖区代表团"]),
        closing="感谢代表团对城市建设工作的关心和支持。",
        signature=(("江川市城市管理局",), "2024-06-24", "2024年6月24日"),
    )


def test_an_answer_to_a_joint_suggestion_names_its_lead_deputy_from_the_opening() -> None:
    doc = checked("""\
关于县十九届人大四次会议第0088号建议的答复
甘某某等12名代表：
甘某某等12名代表联名提出的《关于加快县城至乡镇公路改造的建议》收悉。现答复如下：
县城至青石镇公路改造工程已列入2024年县重点项目，计划年底前完工。
感谢各位代表对交通工作的关心和支持。
青山县交通运输局
2024年6月12日
""")
    expect(
        doc,
        kind="reply",
        title="关于县十九届人大四次会议第0088号建议的答复",
        recipients=("甘某某等12名代表",),
        ref=("人大", "县", 19, 4, "0088", "建议", "关于加快县城至乡镇公路改造的建议", ["甘某某"]),
        closing="感谢各位代表对交通工作的关心和支持。",
        signature=(("青山县交通运输局",), "2024-06-12", "2024年6月12日"),
    )


def test_an_answer_to_a_sector_of_the_city_conference_greeted_as_a_whole() -> None:
    doc = checked("""\
江川市商务局
江商提〔2024〕8号
关于市政协十四届三次会议第0123号提案的答复
市政协经济界别：
贵界别提出的关于提振县域商业消费的提案收悉。现答复如下：
我局实施县域商业建设行动，2024年新建改造乡镇商贸中心26个。
感谢贵界别对商务工作的关心和支持。
江川市商务局
2024年6月19日
""")
    expect(
        doc,
        kind="reply",
        issuer="江川市商务局",
        number=("江商提〔2024〕8号", "江商提", 2024, 8),
        recipients=("市政协经济界别",),
        ref=("政协", "市", 14, 3, "0123", "提案", "关于提振县域商业消费的提案", []),
        signature=(("江川市商务局",), "2024-06-19", "2024年6月19日"),
    )


def test_a_provincial_answer_to_a_delegation_that_the_opening_calls_your_delegation() -> None:
    doc = checked("""\
江南省交通运输厅
江交建〔2024〕27号
关于省十四届人大二次会议第0012号建议的答复
江川代表团：
你团提出的关于将江川至青山高速公路纳入省高速公路网规划的建议收悉。现答复如下：
江川至青山高速公路已纳入《江南省高速公路网规划（2024—2035年）》。
感谢你团对全省交通运输工作的关心和支持。
江南省交通运输厅
2024年7月1日
""")
    expect(
        doc,
        kind="reply",
        issuer="江南省交通运输厅",
        number=("江交建〔2024〕27号", "江交建", 2024, 27),
        recipients=("江川代表团",),
        ref=("人大", "省", 14, 2, "0012", "建议", "关于将江川至青山高速公路纳入省高速公路网规划的建议", []),
        closing="感谢你团对全省交通运输工作的关心和支持。",
        signature=(("江南省交通运输厅",), "2024-07-01", "2024年7月1日"),
    )


def test_an_answer_to_two_parties_proposing_together_greets_both_committees() -> None:
    doc = checked("""\
关于市政协十四届三次会议第0201号提案的答复
民盟江川市委、民建江川市委：
民盟江川市委、民建江川市委联合提出的《关于优化民营企业融资环境的提案》收悉。现答复如下：
我局联合人民银行江川市分行开展“政银企”对接活动，2024年累计为民营企业授信320亿元。
感谢你们对金融工作的关心和支持。
江川市地方金融管理局
2024年6月28日
""")
    expect(
        doc,
        kind="reply",
        recipients=("民盟江川市委", "民建江川市委"),
        ref=(
            "政协",
            "市",
            14,
            3,
            "0201",
            "提案",
            "关于优化民营企业融资环境的提案",
            ["民盟江川市委", "民建江川市委"],
        ),
        closing="感谢你们对金融工作的关心和支持。",
        signature=(("江川市地方金融管理局",), "2024-06-28", "2024年6月28日"),
    )


# --- batch 5 (written before the parser ran on it): opinion and feedback forms printed after the 落款 -----


def test_a_members_opinion_form_printed_after_the_signature_gives_no_header_rows_nor_a_later_signature() -> None:
    doc = checked("""\
关于市政协十四届三次会议第0215号提案的答复
蒋某某委员：
您提出的关于优化城乡公交线网的提案收悉。现答复如下：
2024年我市新开通城乡公交线路12条，行政村通公交率达到100%。
感谢您对交通运输工作的关心和支持。
江川市交通运输局
2024年6月5日
江川市政协提案办理情况征询意见表
提案号：0215　　提案人：蒋某某
提案题目：关于优化城乡公交线网的提案
承办单位：江川市交通运输局
办理态度：满意□　基本满意□　不满意□
办理结果：满意□　基本满意□　不满意□
委员意见：
委员签名：　　　　　　　　年　　月　　日
""")
    expect(
        doc,
        meta_lacks=("提案号", "提案人", "提案题目", "承办单位", "办理态度", "办理结果"),
        kind="reply",
        title="关于市政协十四届三次会议第0215号提案的答复",
        recipients=("蒋某某委员",),
        category=None,
        ref=("政协", "市", 14, 3, "0215", "提案", "关于优化城乡公交线网的提案", []),
        closing="感谢您对交通运输工作的关心和支持。",
        signature=(("江川市交通运输局",), "2024-06-05", "2024年6月5日"),
    )


def test_a_deputys_feedback_form_listed_as_an_attachment_and_printed_after_the_signature() -> None:
    doc = checked("""\
关于市十六届人大四次会议第203号建议的答复
蔡某某代表：
您提出的关于加强农贸市场管理的建议收悉。现答复如下：
我局2024年完成农贸市场标准化改造15个，实现智慧计量全覆盖。
感谢您对市场监管工作的关心和支持。
附件：江川市人大代表建议办理情况反馈表
江川市市场监督管理局
2024年6月14日
附件
江川市人大代表建议办理情况反馈表
建议编号：203
代表姓名：蔡某某
承办单位：江川市市场监督管理局
对办理工作的意见：满意（　）基本满意（　）不满意（　）
代表签字：
""")
    expect(
        doc,
        meta_lacks=("建议编号", "代表姓名", "承办单位"),
        kind="reply",
        recipients=("蔡某某代表",),
        category=None,
        ref=("人大", "市", 16, 4, "203", "建议", "关于加强农贸市场管理的建议", []),
        closing="感谢您对市场监管工作的关心和支持。",
        attachments=("江川市人大代表建议办理情况反馈表",),
        signature=(("江川市市场监督管理局",), "2024-06-14", "2024年6月14日"),
        last="我局2024年完成农贸市场标准化改造15个，实现智慧计量全覆盖。",
    )


def test_an_answer_classed_a_above_its_title_keeps_its_class_when_the_form_below_rates_nothing_yet() -> None:
    doc = checked("""\
办理结果：A类
青原区民政局
青民提〔2024〕4号
关于区政协九届三次会议第0077号提案的答复
潘某某委员：
您提出的关于推进社区养老服务设施建设的提案收悉。现答复如下：
2024年我区新建社区嵌入式养老服务中心6个，全区社区养老服务设施覆盖率达到100%。
感谢您对民政工作的关心和支持。
青原区民政局
2024年6月20日
政协提案办理情况反馈表
提案编号：0077
办理结果：
是否满意：
""")
    expect(
        doc,
        metadata={"办理结果": "A类"},
        kind="reply",
        issuer="青原区民政局",
        number=("青民提〔2024〕4号", "青民提", 2024, 4),
        category="A",
        recipients=("潘某某委员",),
        ref=("政协", "区", 9, 3, "0077", "提案", "关于推进社区养老服务设施建设的提案", []),
        signature=(("青原区民政局",), "2024-06-20", "2024年6月20日"),
    )


def test_a_feedback_form_drawn_as_a_pipe_table_after_the_signature_signs_nothing() -> None:
    doc = checked("""\
关于县十九届人大四次会议第0142号建议的答复
景某某代表：
您提出的关于加强农村道路安全设施建设的建议收悉。现答复如下：
2024年全县完成农村公路安全生命防护工程280公里。
感谢您对交通安全工作的关心和支持。
青山县公安局
2024年6月27日
| 建议编号 | 0142 | 领衔代表 | 景某某 |
| 承办单位 | 青山县公安局 | 办理时间 | 2024年6月27日 |
| 代表意见 | 满意□ 基本满意□ 不满意□ | | |
""")
    expect(
        doc,
        meta_lacks=("建议编号", "承办单位"),
        kind="reply",
        recipients=("景某某代表",),
        ref=("人大", "县", 19, 4, "0142", "建议", "关于加强农村道路安全设施建设的建议", []),
        closing="感谢您对交通安全工作的关心和支持。",
        signature=(("青山县公安局",), "2024-06-27", "2024年6月27日"),
    )


def test_a_form_whose_signing_row_leaves_its_date_blank_does_not_move_the_signature() -> None:
    doc = checked("""\
对区人大二届四次会议第0031号建议的答复
毛某某代表：
您提出的关于增设社区便民服务点的建议收悉。现答复如下：
我街道已在辖区新增便民服务点3个，提供代缴代办等12项服务。
特此答复。
青原区东湖街道办事处
2024年5月31日
代表对建议办理情况的意见
代表签名：
填表日期：　　　　年　　月　　日
（请于收到答复后十五日内寄回区人大常委会人代工委）
""")
    expect(
        doc,
        meta_lacks=("代表签名", "填表日期"),
        kind="reply",
        recipients=("毛某某代表",),
        ref=("人大", "区", 2, 4, "0031", "建议", "关于增设社区便民服务点的建议", []),
        closing="特此答复。",
        signature=(("青原区东湖街道办事处",), "2024-05-31", "2024年5月31日"),
        last="我街道已在辖区新增便民服务点3个，提供代缴代办等12项服务。",
    )


def test_a_tear_off_receipt_under_a_cut_line_after_the_signature() -> None:
    doc = checked("""\
关于县政协十一届三次会议第0058号提案的答复
姜某某委员：
您提出的关于规范校外培训机构管理的提案收悉。现答复如下：
我局联合市场监管等部门开展校外培训治理专项行动，检查培训机构86家。
感谢您对教育工作的关心和支持。
青山县教育局
2024年6月13日
--------------------------------------------------
提案办理情况反馈回执
提案人：姜某某　　提案号：0058
对办理结果的意见：
""")
    expect(
        doc,
        meta_lacks=("提案人", "提案号"),
        kind="reply",
        recipients=("姜某某委员",),
        ref=("政协", "县", 11, 3, "0058", "提案", "关于规范校外培训机构管理的提案", []),
        closing="感谢您对教育工作的关心和支持。",
        signature=(("青山县教育局",), "2024-06-13", "2024年6月13日"),
    )


def test_an_answer_with_its_contact_note_keeps_it_when_a_form_with_an_empty_phone_row_follows() -> None:
    doc = checked("""\
关于市政协十四届三次会议第0330号提案的答复
全某某委员：
您提出的关于加强老年人助餐服务的提案收悉。现答复如下：
全市已建成老年助餐服务点420个，覆盖所有城市社区。
感谢您对老龄工作的关心和支持。
江川市民政局
2024年6月25日
（联系人：万某某，联系电话：0791-86234567）
提案办理情况征询意见表
委员姓名：全某某
联系电话：
办理结果评价：满意□　基本满意□　不满意□
""")
    expect(
        doc,
        meta_lacks=("委员姓名", "联系电话"),
        kind="reply",
        recipients=("全某某委员",),
        closing="感谢您对老龄工作的关心和支持。",
        signature=(("江川市民政局",), "2024-06-25", "2024年6月25日"),
        contact={"name": "万某某", "phones": ("0791-86234567",)},
    )


def test_a_feedback_form_with_its_own_title_date_and_office_stamp_row_signs_nothing() -> None:
    doc = checked("""\
关于市十六届人大四次会议第0412号建议的答复
卢某某代表：
您提出的关于加快充电基础设施建设的建议收悉。现答复如下：
2024年我市新建公共充电桩3200个，实现乡镇充电设施全覆盖。
感谢您对能源工作的关心和支持。
江川市发展和改革委员会
2024年7月4日
代表建议办理情况反馈表
江川市人大常委会代表工作委员会制
建议标题：关于加快充电基础设施建设的建议
办理质量：满意□　基本满意□　不满意□
""")
    expect(
        doc,
        meta_lacks=("建议标题", "办理质量"),
        kind="reply",
        recipients=("卢某某代表",),
        ref=("人大", "市", 16, 4, "0412", "建议", "关于加快充电基础设施建设的建议", []),
        closing="感谢您对能源工作的关心和支持。",
        signature=(("江川市发展和改革委员会",), "2024-07-04", "2024年7月4日"),
    )


# --- batch 6 (written before the parser ran on it): rows around the answer ---------------------------------


def test_an_answer_boxed_under_a_pipe_row_of_its_result_and_open_mode() -> None:
    doc = checked("""\
| 办理结果 | B类 | 公开方式 | 主动公开 |
江川市城市管理局
江城管提〔2024〕11号
关于市政协十四届三次会议第0178号提案的答复
郝某某委员：
您提出的关于规范共享单车停放管理的提案收悉。现答复如下：
我局已在中心城区施划共享单车停放区2600处，下一步将推广电子围栏。
感谢您对城市管理工作的关心和支持。
江川市城市管理局
2024年6月12日
""")
    expect(
        doc,
        metadata={"办理结果": "B类", "公开方式": "主动公开"},
        kind="reply",
        issuer="江川市城市管理局",
        number=("江城管提〔2024〕11号", "江城管提", 2024, 11),
        category="B",
        disclosure="主动公开",
        recipients=("郝某某委员",),
        ref=("政协", "市", 14, 3, "0178", "提案", "关于规范共享单车停放管理的提案", []),
        signature=(("江川市城市管理局",), "2024-06-12", "2024年6月12日"),
    )


def test_an_answer_whose_approval_review_draft_and_proof_rows_stand_under_its_date() -> None:
    doc = checked("""\
关于市十六届人大四次会议第0266号建议的答复
邵某某代表：
您提出的关于加强殡葬服务管理的建议收悉。现答复如下：
我局已将殡葬服务收费标准向社会公示，并开展殡葬领域突出问题专项整治。
感谢您对民政工作的关心和支持。
江川市民政局
2024年6月25日
领导签发：李某某　　审核：王某
拟稿：陈某　　校对：刘某
""")
    expect(
        doc,
        kind="reply",
        signer="李某某",
        recipients=("邵某某代表",),
        ref=("人大", "市", 16, 4, "0266", "建议", "关于加强殡葬服务管理的建议", []),
        closing="感谢您对民政工作的关心和支持。",
        signature=(("江川市民政局",), "2024-06-25", "2024年6月25日"),
        contact={},
    )


def test_an_answer_whose_contact_rows_name_unit_person_phone_address_and_postcode() -> None:
    doc = checked("""\
关于市政协十四届三次会议第0190号提案的答复
邹某某委员：
您提出的关于加强大气污染联防联控的提案收悉。现答复如下：
2024年上半年全市空气质量优良天数比例达到91.2%，同比上升2.1个百分点。
感谢您对生态环境工作的关心和支持。
江川市生态环境局
2024年7月10日
联系单位：江川市生态环境局大气环境科
联系人：石某某
联系电话：0791-86345678
通讯地址：江川市滨江路88号
邮政编码：330001
""")
    expect(
        doc,
        kind="reply",
        recipients=("邹某某委员",),
        closing="感谢您对生态环境工作的关心和支持。",
        signature=(("江川市生态环境局",), "2024-07-10", "2024年7月10日"),
        contact={
            "name": "石某某",
            "phones": ("0791-86345678",),
            "address": "江川市滨江路88号",
            "postcode": "330001",
            "unit": "江川市生态环境局大气环境科",
        },
    )


def test_an_answer_that_gives_its_contact_phone_inside_a_sentence_before_its_thanks() -> None:
    doc = checked("""\
关于区政协九届三次会议第0092号提案的答复
鲁某某委员：
您提出的关于完善城区停车设施规划的提案收悉。现答复如下：
我局已启动城区停车设施专项规划编制，计划年底前完成。
如有疑问，请与我局规划科联系，电话：0791-86456789。
感谢您对自然资源和规划工作的关心和支持。
青原区自然资源和规划局
2024年6月6日
""")
    expect(
        doc,
        kind="reply",
        recipients=("鲁某某委员",),
        ref=("政协", "区", 9, 3, "0092", "提案", "关于完善城区停车设施规划的提案", []),
        # corrected after the run (my expectation, not the parser's miss): where to ask (如有疑问，请与…联系) is a
        # closing's line by patterns.CLOSING_WEAK, as the domain guide lists feedback lines with the thanks
        closing="如有疑问，请与我局规划科联系，电话：0791-86456789。\n感谢您对自然资源和规划工作的关心和支持。",
        signature=(("青原区自然资源和规划局",), "2024-06-06", "2024年6月6日"),
        contact={"phones": ("0791-86456789",)},
    )


def test_an_answer_whose_bracketed_note_gives_an_address_and_a_short_postcode_label() -> None:
    doc = checked("""\
关于县十九届人大四次会议第0055号建议的答复
葛某某代表：
您提出的关于建设县城第二水厂的建议收悉。现答复如下：
县城第二水厂已完成可行性研究，计划2025年开工建设。
感谢您对水务工作的关心和支持。
青山县水务局
2024年6月19日
（联系人：范某，电话：0793-5123456，地址：青山县城关镇建设路16号，邮编：334100）
""")
    expect(
        doc,
        kind="reply",
        recipients=("葛某某代表",),
        signature=(("青山县水务局",), "2024-06-19", "2024年6月19日"),
        contact={
            "name": "范某",
            "phones": ("0793-5123456",),
            "address": "青山县城关镇建设路16号",
            "postcode": "334100",
        },
    )


def test_an_answer_boxed_under_class_result_whether_public_and_public_form_rows() -> None:
    doc = checked("""\
答复类别：C类
办理结果：因条件限制暂不能解决
是否公开：是
公开形式：主动公开
关于县政协十一届三次会议第0103号提案的答复
尚某某委员：
您提出的关于在青石镇新建高级中学的提案收悉。现答复如下：
根据全县高中阶段学校布局规划，近期暂不具备在青石镇新建高级中学的条件。
感谢您对教育工作的关心和支持。
青山县教育局
2024年6月22日
""")
    expect(
        doc,
        metadata={"答复类别": "C类", "办理结果": "因条件限制暂不能解决", "是否公开": "是", "公开形式": "主动公开"},
        kind="reply",
        category="C",
        disclosure="主动公开",
        title="关于县政协十一届三次会议第0103号提案的答复",
        recipients=("尚某某委员",),
        ref=("政协", "县", 11, 3, "0103", "提案", "关于在青石镇新建高级中学的提案", []),
        signature=(("青山县教育局",), "2024-06-22", "2024年6月22日"),
    )


def test_an_answer_under_a_row_of_approval_review_and_draft_before_its_title() -> None:
    doc = checked("""\
签发：张某某　　审核：李某　　拟稿：王某
青原区卫生健康委员会
青卫提〔2024〕13号
关于区政协九届三次会议第0138号提案的答复
严某某委员：
您提出的关于加强社区卫生服务中心建设的提案收悉。现答复如下：
2024年我区新建社区卫生服务中心2个，改造提升5个。
感谢您对卫生健康工作的关心和支持。
青原区卫生健康委员会
2024年6月27日
""")
    expect(
        doc,
        kind="reply",
        issuer="青原区卫生健康委员会",
        number=("青卫提〔2024〕13号", "青卫提", 2024, 13),
        signer="张某某",
        title="关于区政协九届三次会议第0138号提案的答复",
        recipients=("严某某委员",),
        ref=("政协", "区", 9, 3, "0138", "提案", "关于加强社区卫生服务中心建设的提案", []),
        signature=(("青原区卫生健康委员会",), "2024-06-27", "2024年6月27日"),
    )


def test_an_answer_whose_contact_rows_part_label_and_value_with_a_tab() -> None:
    doc = checked("""\
关于市十六届人大四次会议第0317号建议的答复
霍某某代表：
您提出的关于加强统计数据质量管理的建议收悉。现答复如下：
我局建立统计数据质量追溯和问责制度，开展统计督察全覆盖。
感谢您对统计工作的关心和支持。
江川市统计局
2024年7月11日
联系单位\t江川市统计局综合科
联系人\t殷某
联系电话\t0791-86567890
""")
    expect(
        doc,
        kind="reply",
        recipients=("霍某某代表",),
        signature=(("江川市统计局",), "2024-07-11", "2024年7月11日"),
        contact={"name": "殷某", "phones": ("0791-86567890",), "unit": "江川市统计局综合科"},
    )


# --- batch 7 (written before the parser ran on it): older answers of the 2000s ------------------------


def test_an_answer_of_2005_numbered_in_square_brackets_with_di_and_dated_in_circles() -> None:
    doc = checked("""\
江川市建设局
江建提字[2005]第12号
关于市政协九届三次会议第156号提案的答复
彭某某委员：
你提出的关于加快旧城改造的提案收悉。现答复如下：
我局已将旧城改造列入2005年城建计划，首批改造片区3个，涉及居民1200户。
特此答复。
江川市建设局
二○○五年七月十二日
""")
    expect(
        doc,
        kind="reply",
        issuer="江川市建设局",
        number=("江建提字[2005]第12号", "江建提字", 2005, 12),
        title="关于市政协九届三次会议第156号提案的答复",
        recipients=("彭某某委员",),
        ref=("政协", "市", 9, 3, "156", "提案", "关于加快旧城改造的提案", []),
        closing="特此答复。",
        signature=(("江川市建设局",), "2005-07-12", "二○○五年七月十二日"),
    )


def test_an_answer_of_2006_whose_date_keeps_spaces_after_year_and_month() -> None:
    doc = checked("""\
关于县十四届人大五次会议第0021号建议的答复
孔某某代表：
你提出的关于修建青石河大桥的建议收悉。现答复如下：
青石河大桥已列入县“十一五”交通建设规划，计划2007年开工。
此复。
青山县交通局
2006年 8月 15日
""")
    expect(
        doc,
        kind="reply",
        recipients=("孔某某代表",),
        ref=("人大", "县", 14, 5, "0021", "建议", "关于修建青石河大桥的建议", []),
        closing="此复。",
        signature=(("青山县交通局",), "2006-08-15", "2006年 8月 15日"),
    )


def test_an_answer_of_2007_dated_with_latin_os_for_zeros() -> None:
    doc = checked("""\
青原区农业局
青农字〔2007〕19号
关于区政协三届二次会议第33号提案的答复
毕某某委员：
你提出的关于扶持蔬菜种植大户的提案收悉。现答复如下：
2007年我局安排蔬菜产业扶持资金50万元，重点扶持种植面积50亩以上的大户。
特此答复。
青原区农业局
二OO七年五月二十日
""")
    expect(
        doc,
        kind="reply",
        issuer="青原区农业局",
        number=("青农字〔2007〕19号", "青农字", 2007, 19),
        ref=("政协", "区", 3, 2, "33", "提案", "关于扶持蔬菜种植大户的提案", []),
        closing="特此答复。",
        signature=(("青原区农业局",), "2007-05-20", "二OO七年五月二十日"),
    )


def test_an_answer_of_2008_dated_with_ling_for_zeros() -> None:
    doc = checked("""\
关于市十三届人大二次会议第0078号建议的答复
何某某代表：
你提出的关于整治城区噪声污染的建议收悉。现答复如下：
我局会同公安、城管部门开展城区噪声污染专项整治，查处噪声违法行为126起。
此复。
江川市环境保护局
二零零八年六月三日
""")
    expect(
        doc,
        kind="reply",
        ref=("人大", "市", 13, 2, "0078", "建议", "关于整治城区噪声污染的建议", []),
        closing="此复。",
        signature=(("江川市环境保护局",), "2008-06-03", "二零零八年六月三日"),
    )


def test_an_answer_of_the_old_standard_with_subject_terms_over_its_copy_and_print_lines() -> None:
    doc = checked("""\
江川市水利局文件
江水字〔2003〕45号
关于市政协八届二次会议第0210号提案的答复
舒某某委员：
你提出的关于加固江川大堤的提案收悉。现答复如下：
江川大堤除险加固工程已列入省水利建设计划，总投资1.2亿元。
特此答复。
江川市水利局
二○○三年九月八日
主题词：水利　提案　答复
抄送：市政协提案委员会，市政府办公室。
江川市水利局办公室　　　　二○○三年九月八日印发
""")
    expect(
        doc,
        kind="reply",
        issuer="江川市水利局",
        number=("江水字〔2003〕45号", "江水字", 2003, 45),
        closing="特此答复。",
        signature=(("江川市水利局",), "2003-09-08", "二○○三年九月八日"),
        terms=("水利", "提案", "答复"),
        imprint=(("市政协提案委员会", "市政府办公室"), "江川市水利局办公室", "2003-09-08"),
    )


def test_an_answer_of_2004_numbered_in_round_brackets_and_dated_with_spaced_ideographs() -> None:
    doc = checked("""\
青山县教育局
青教字（2004）37号
关于县政协七届二次会议第0015号提案的答复
邢某某委员：
你提出的关于改造农村中小学危房的提案收悉。现答复如下：
2004年全县投入危房改造资金860万元，改造校舍2.1万平方米。
特此答复。
青山县教育局
二○○四年 九 月 六 日
""")
    expect(
        doc,
        kind="reply",
        issuer="青山县教育局",
        number=("青教字（2004）37号", "青教字", 2004, 37),
        ref=("政协", "县", 7, 2, "0015", "提案", "关于改造农村中小学危房的提案", []),
        closing="特此答复。",
        signature=(("青山县教育局",), "2004-09-06", "二○○四年九月六日"),
    )


def test_an_answer_of_2009_whose_title_doubles_its_preposition() -> None:
    doc = checked("""\
关于对市十二届人大五次会议第45号建议的答复
滕某某代表：
你提出的关于加强城市绿化的建议收悉。现答复如下：
2009年全市新增城市绿地120万平方米，建成区绿化覆盖率达到40.5%。
此复。
江川市园林局
二〇〇九年七月二十八日
""")
    expect(
        doc,
        kind="reply",
        title="关于对市十二届人大五次会议第45号建议的答复",
        recipients=("滕某某代表",),
        ref=("人大", "市", 12, 5, "45", "建议", "关于加强城市绿化的建议", []),
        closing="此复。",
        signature=(("江川市园林局",), "2009-07-28", "二〇〇九年七月二十八日"),
    )


def test_an_answer_of_2006_under_a_letterhead_with_a_signer_and_dated_on_the_last_day_of_the_year() -> None:
    doc = checked("""\
青原区人民政府办公室文件
青府办字〔2006〕88号　　　　　　　　签发人：游某某
关于区人大二届三次会议第12号议案办理情况的答复
区人大常委会：
区人大二届三次会议第12号议案《关于加快青原工业园区建设的议案》交区政府办理后，区政府高度重视，现将办理情况答复如下：
一、园区规划已编制完成。
二、园区道路、供水等基础设施已基本建成。
特此答复。
青原区人民政府办公室
二〇〇六年十二月三十一日
""")
    expect(
        doc,
        kind="reply",
        issuer="青原区人民政府办公室",
        number=("青府办字〔2006〕88号", "青府办字", 2006, 88),
        signer="游某某",
        title="关于区人大二届三次会议第12号议案办理情况的答复",
        recipients=("区人大常委会",),
        ref=("人大", "区", 2, 3, "12", "议案", "关于加快青原工业园区建设的议案", []),
        closing="特此答复。",
        signature=(("青原区人民政府办公室",), "2006-12-31", "二〇〇六年十二月三十一日"),
    )


# --- batch 8 (written before the parser ran on it): odd titles, 议案, 审议意见, 办理情况报告 -----------------


def test_a_title_with_no_guanyu_opens_with_the_answering_bureau() -> None:
    doc = checked("""\
青原区教育局对区政协十三届三次会议第12号提案的答复
倪某某委员：
您提出的关于缓解城区学校大班额的提案收悉。现答复如下：
2024年秋季我区新增公办学位3600个，城区小学大班额比例下降至2%以下。
感谢您对教育工作的关心和支持。
青原区教育局
2024年7月2日
""")
    expect(
        doc,
        kind="reply",
        issuer="青原区教育局",
        title="青原区教育局对区政协十三届三次会议第12号提案的答复",
        recipients=("倪某某委员",),
        ref=("政协", "区", 13, 3, "12", "提案", "关于缓解城区学校大班额的提案", []),
        signature=(("青原区教育局",), "2024-07-02", "2024年7月2日"),
    )


def test_a_title_wrapped_inside_the_proposals_number() -> None:
    doc = checked("""\
江川市农业农村局
江农提〔2024〕17号
关于市政协十四届三次会议第02
15号提案的答复
俞某某委员：
您提出的关于发展设施农业的提案收悉。现答复如下：
2024年全市新建设施农业基地42个，面积1.6万亩。
感谢您对农业农村工作的关心和支持。
江川市农业农村局
2024年6月16日
""")
    expect(
        doc,
        kind="reply",
        issuer="江川市农业农村局",
        number=("江农提〔2024〕17号", "江农提", 2024, 17),
        title="关于市政协十四届三次会议第0215号提案的答复",
        recipients=("俞某某委员",),
        ref=("政协", "市", 14, 3, "0215", "提案", "关于发展设施农业的提案", []),
        signature=(("江川市农业农村局",), "2024-06-16", "2024年6月16日"),
    )


def test_a_title_quoting_the_suggestions_name_takes_meeting_and_number_from_the_opening() -> None:
    doc = checked("""\
对《关于加强农村养老服务体系建设的建议》的答复
邱某某代表：
您在市十六届人大四次会议上提出的第0321号建议收悉。现答复如下：
2024年全市新建农村互助养老服务点150个，覆盖行政村60%以上。
感谢您对民政工作的关心和支持。
江川市民政局
2024年6月29日
""")
    expect(
        doc,
        kind="reply",
        title="对《关于加强农村养老服务体系建设的建议》的答复",
        recipients=("邱某某代表",),
        ref=("人大", "市", 16, 4, "0321", "建议", "关于加强农村养老服务体系建设的建议", []),
        signature=(("江川市民政局",), "2024-06-29", "2024年6月29日"),
    )


def test_an_answer_to_a_deputies_motion_addressed_to_the_standing_committee() -> None:
    doc = checked("""\
江川市人民政府
江府函〔2024〕66号
关于市十六届人大四次会议第3号议案办理情况的答复
市人大常委会：
市十六届人大四次会议期间，许某某等12名代表提出了《关于加快推进江川港区建设的议案》。市政府高度重视，现将办理情况答复如下：
一、港区总体规划已获省政府批复。
二、一期码头工程已于2024年5月开工建设。
特此答复。
江川市人民政府
2024年9月10日
""")
    expect(
        doc,
        kind="reply",
        issuer="江川市人民政府",
        number=("江府函〔2024〕66号", "江府函", 2024, 66),
        title="关于市十六届人大四次会议第3号议案办理情况的答复",
        recipients=("市人大常委会",),
        ref=("人大", "市", 16, 4, "3", "议案", "关于加快推进江川港区建设的议案", ["许某某"]),
        closing="特此答复。",
        signature=(("江川市人民政府",), "2024-09-10", "2024年9月10日"),
    )


def test_a_governments_letter_answering_the_standing_committees_review_opinions() -> None:
    doc = checked("""\
江川市人民政府关于市人大常委会对全市生态环境保护工作情况报告审议意见研究处理情况的复函
江府函〔2024〕71号
市人大常委会：
市十六届人大常委会第十八次会议对《关于全市生态环境保护工作情况的报告》进行了审议，提出了审议意见。市政府高度重视，现将研究处理情况函复如下：
一、持续深入打好污染防治攻坚战。
二、加快推进生态环境基础设施建设。
特此函复。
江川市人民政府
2024年10月8日
""")
    expect(
        doc,
        kind="reply",
        issuer="江川市人民政府",
        number=("江府函〔2024〕71号", "江府函", 2024, 71),
        title="江川市人民政府关于市人大常委会对全市生态环境保护工作情况报告审议意见研究处理情况的复函",
        recipients=("市人大常委会",),
        closing="特此函复。",
        signature=(("江川市人民政府",), "2024-10-08", "2024年10月8日"),
    )


def test_a_report_to_the_standing_committee_on_handling_one_motion_is_a_report_that_names_it() -> None:
    doc = checked("""\
江川市人民政府关于市十六届人大四次会议第2号议案办理情况的报告
市人大常委会：
市十六届人大四次会议主席团交付市政府办理的第2号议案《关于加强城市内涝治理的议案》，由市城市管理局牵头办理。现将办理情况报告如下：
一、完成城区易涝点改造36处。
二、新建雨水管网48公里。
特此报告。
江川市人民政府
2024年11月20日
""")
    expect(
        doc,
        kind="report",
        issuer="江川市人民政府",
        title="江川市人民政府关于市十六届人大四次会议第2号议案办理情况的报告",
        recipients=("市人大常委会",),
        ref=("人大", "市", 16, 4, "2", "议案", "关于加强城市内涝治理的议案", []),
        closing="特此报告。",
        signature=(("江川市人民政府",), "2024-11-20", "2024年11月20日"),
    )


def test_a_title_quoting_the_proposals_name_wrapped_inside_the_quotation() -> None:
    doc = checked("""\
青山县农业农村局
青农提〔2024〕21号
对《关于加快发展
智慧农业的提案》的答复
蒲某某委员：
您在县政协十一届三次会议上提出的第0127号提案收悉。现答复如下：
我局已建成智慧农业示范基地3个，推广水肥一体化技术1.2万亩。
感谢您对农业农村工作的关心和支持。
青山县农业农村局
2024年6月18日
""")
    expect(
        doc,
        kind="reply",
        issuer="青山县农业农村局",
        number=("青农提〔2024〕21号", "青农提", 2024, 21),
        title="对《关于加快发展智慧农业的提案》的答复",
        recipients=("蒲某某委员",),
        ref=("政协", "县", 11, 3, "0127", "提案", "关于加快发展智慧农业的提案", []),
        signature=(("青山县农业农村局",), "2024-06-18", "2024年6月18日"),
    )


def test_an_answering_opinion_titled_under_a_short_bureau_name_with_no_guanyu() -> None:
    doc = checked("""\
区住建局对区人大二届四次会议第0077号建议的答复意见
龚某某代表：
您提出的关于加强物业服务监管的建议收悉。现答复如下：
我局已建立物业服务企业信用评价体系，2024年开展物业服务专项检查2次。
感谢您对住房和城乡建设工作的关心和支持。
青原区住房和城乡建设局
2024年6月21日
""")
    expect(
        doc,
        kind="reply",
        issuer="区住建局",
        title="区住建局对区人大二届四次会议第0077号建议的答复意见",
        recipients=("龚某某代表",),
        ref=("人大", "区", 2, 4, "0077", "建议", "关于加强物业服务监管的建议", []),
        signature=(("青原区住房和城乡建设局",), "2024-06-21", "2024年6月21日"),
    )


# --- batch 9 (written before the parser ran on it): session 19's known LOWs, written anew -------------------


@schema_111
def test_an_internal_material_mark_above_a_briefs_name_is_its_restriction() -> None:
    doc = checked("""\
内部资料
青原区安全生产工作简报
第12期
青原区安全生产委员会办公室编　　　2024年5月6日
全区开展燃气安全专项检查
5月以来，全区共检查燃气经营企业26家、餐饮场所860家，整改隐患320处。
报：市安委办
送：区委办公室，区政府办公室
青原区安全生产委员会办公室　　　2024年5月6日印发
""")
    expect(
        doc,
        restriction="内部资料",
        title="青原区安全生产工作简报",
        serial=("第12期", 12),
        signature=(("青原区安全生产委员会办公室",), "2024-05-06", "2024年5月6日"),
        unplaced=False,
    )


@schema_111
def test_an_internal_material_keep_safe_mark_above_an_information_series() -> None:
    doc = checked("""\
内部资料　注意保存
青山县政务信息
第23期
青山县人民政府办公室编　　　2024年8月19日
县政府召开防汛工作调度会
8月16日，县政府召开防汛工作调度会，部署下一阶段防汛工作。
""")
    expect(
        doc,
        restriction="内部资料注意保存",
        title="青山县政务信息",
        serial=("第23期", 23),
        signature=(("青山县人民政府办公室",), "2024-08-19", "2024年8月19日"),
        security=None,
        metadata={},
        unplaced=False,
    )


def test_a_plans_schedule_rows_of_organs_and_a_deadline_do_not_sign_it() -> None:
    doc = checked("""\
青原区2024年校园安全专项整治工作方案
为切实加强校园安全管理，制定本方案。
一、整治内容
重点整治校园消防、食品、交通等方面安全隐患。
二、进度安排
1．自查自纠。各学校全面排查安全隐患。
区教育局　各学校　　2024年5月31日前
2．督导检查。区教育局组织督查组开展检查。
区教育局　区公安分局　　2024年6月30日前
""")
    expect(doc, kind="plan", title="青原区2024年校园安全专项整治工作方案", signature=None)


def test_a_plans_schedule_rows_repeating_the_shape_of_organs_and_a_date_do_not_sign_it() -> None:
    doc = checked("""\
青山县2024年农村人居环境整治提升行动方案
为持续改善农村人居环境，制定本方案。
一、重点任务
（一）农村厕所改造。完成农村户厕改造1200座。
县农业农村局　县卫生健康局　　2024年9月30日
（二）农村生活垃圾治理。建成乡镇垃圾中转站5座。
县城市管理局　各乡镇人民政府　　2024年10月31日
（三）农村生活污水治理。完成15个行政村生活污水治理。
县生态环境局　县住房和城乡建设局　　2024年11月30日
""")
    expect(doc, kind="plan", title="青山县2024年农村人居环境整治提升行动方案", signature=None)


def test_a_mayors_meeting_column_signing_a_board_answer_names_no_person() -> None:
    doc = checked("""\
关于城南农贸市场周边交通拥堵的回复
网友您好：
您反映的城南农贸市场周边交通拥堵问题收悉。经协调，交警部门已在高峰时段增派警力疏导交通。
市长有约
2024年5月8日
""")
    expect(doc, kind="reply", recipients=("网友",), persons=())


def test_a_district_heads_line_column_signing_an_answer_names_no_person() -> None:
    doc = checked("""\
关于东湖小区停水问题的回复
东湖小区居民：
你们反映的东湖小区频繁停水问题收悉。区水务公司已更换小区供水主管道，目前供水已恢复正常。
区长连线
2024年6月3日
""")
    expect(doc, kind="reply", recipients=("东湖小区居民",), persons=())


@schema_111
def test_the_printing_line_at_the_head_of_minutes_is_their_imprint() -> None:
    doc = checked("""\
会议纪要
第3期
青原区人民政府办公室印发　　　　2024年5月6日
关于推进城区老旧小区改造工作的会议纪要
2024年4月30日，副区长何某某主持召开会议，专题研究城区老旧小区改造工作。现纪要如下：
一、会议要求各街道于5月底前完成改造项目摸底。
二、会议明确由区住建局牵头制定改造计划。
""")
    expect(
        doc,
        kind="minutes",
        serial=("第3期", 3),
        signature=None,
        printed=("青原区人民政府办公室", "2024-05-06"),
        unplaced=False,
    )


@schema_111
def test_the_organ_and_date_at_the_head_of_minutes_without_the_printing_word_are_their_imprint() -> None:
    doc = checked("""\
青山县人民政府常务会议纪要
〔2024〕9号
青山县人民政府办公室　　　　2024年7月12日
2024年7月10日，县长许某某主持召开县政府第三十次常务会议。现将会议议定事项纪要如下：
一、会议原则同意《青山县城区供热专项规划》。
二、会议研究了全县防汛工作。
""")
    expect(
        doc,
        kind="minutes",
        title="青山县人民政府常务会议纪要",
        serial=("〔2024〕9号", 9),
        signature=None,
        printed=("青山县人民政府办公室", "2024-07-12"),
        unplaced=False,
    )


# --- batch 10 (written before the parser ran on it): more national and provincial answers, rows and notes ---


def test_a_ministrys_answer_with_a_disclosure_note_and_a_copy_to_two_bureaus_of_the_offices() -> None:
    doc = checked("""\
中华人民共和国民政部
民函〔2024〕215号
关于十四届全国人大二次会议第6543号建议的答复
曹某某代表：
您提出的关于加强农村留守老年人关爱服务的建议收悉。经商财政部，现答复如下：
我部会同有关部门建立农村留守老年人定期探访制度，探访率达到95%以上。
感谢您对民政工作的关心和支持。
民政部
2024年7月22日
（此件主动公开）
（联系人及电话：养老服务司　010-58123456）
抄送：全国人大常委会办公厅联络局，国务院办公厅督查室。
""")
    expect(
        doc,
        kind="reply",
        issuer="中华人民共和国民政部",
        number=("民函〔2024〕215号", "民函", 2024, 215),
        recipients=("曹某某代表",),
        ref=("人大", "全国", 14, 2, "6543", "建议", "关于加强农村留守老年人关爱服务的建议", []),
        disclosure="主动公开",
        closing="感谢您对民政工作的关心和支持。",
        signature=(("民政部",), "2024-07-22", "2024年7月22日"),
        imprint=(("全国人大常委会办公厅联络局", "国务院办公厅督查室"), None, None),
    )
    assert doc.contact is not None and doc.contact.phones == ("010-58123456",)


def test_a_provincial_answer_greeting_its_deputy_as_respected() -> None:
    doc = checked("""\
江南省林业局
江林建〔2024〕19号
关于省十四届人大二次会议第1321号代表建议的答复
尊敬的柳某某代表：
您提出的关于加强古树名木保护的建议收悉。现答复如下：
全省已完成古树名木普查，挂牌保护古树名木8.6万株。
感谢您对林业工作的关心和支持。
江南省林业局
2024年6月30日
""")
    expect(
        doc,
        kind="reply",
        issuer="江南省林业局",
        recipients=("柳某某代表",),
        ref=("人大", "省", 14, 2, "1321", "建议", "关于加强古树名木保护的建议", []),
        signature=(("江南省林业局",), "2024-06-30", "2024年6月30日"),
    )


def test_a_co_handling_unit_row_under_the_date_is_no_signature_nor_header_pair() -> None:
    doc = checked("""\
江南省商务厅
江商提〔2024〕12号
关于省政协十三届二次会议第0456号提案的答复
林某某委员：
您提出的关于促进跨境电商发展的提案收悉。现答复如下：
全省已建成跨境电商综合试验区5个，2024年上半年跨境电商进出口额增长18%。
感谢您对商务工作的关心和支持。
江南省商务厅
2024年7月8日
会办单位：省财政厅、南州海关
""")
    expect(
        doc,
        meta_lacks=("会办单位",),
        kind="reply",
        issuer="江南省商务厅",
        number=("江商提〔2024〕12号", "江商提", 2024, 12),
        recipients=("林某某委员",),
        ref=("政协", "省", 13, 2, "0456", "提案", "关于促进跨境电商发展的提案", []),
        closing="感谢您对商务工作的关心和支持。",
        signature=(("江南省商务厅",), "2024-07-08", "2024年7月8日"),
    )


def test_a_county_answers_signer_reviewer_and_handler_rows_under_its_date() -> None:
    doc = checked("""\
关于县十九届人大四次会议第0206号建议的答复
任某某代表：
您提出的关于加强农村饮水安全保障的建议收悉。现答复如下：
2024年全县实施农村供水保障工程12处，受益人口3.2万人。
感谢您对水利工作的关心和支持。
青山县水利局
2024年6月28日
签发人：蔡某某　　审核人：袁某
经办人：曹某　　联系电话：0793-5234567
""")
    expect(
        doc,
        kind="reply",
        signer="蔡某某",
        recipients=("任某某代表",),
        ref=("人大", "县", 19, 4, "0206", "建议", "关于加强农村饮水安全保障的建议", []),
        closing="感谢您对水利工作的关心和支持。",
        signature=(("青山县水利局",), "2024-06-28", "2024年6月28日"),
    )
    assert doc.contact is not None and doc.contact.phones == ("0793-5234567",)


def test_a_provincial_answer_to_two_deputies_named_in_one_addressee() -> None:
    doc = checked("""\
关于省十四届人大二次会议第0789号代表建议的答复
孙某、周某代表：
你们提出的关于支持县域医共体建设的建议收悉。现答复如下：
省卫生健康委已将县域医共体建设纳入全省深化医改重点任务。
感谢你们对卫生健康工作的关心和支持。
江南省卫生健康委员会
2024年7月16日
""")
    expect(
        doc,
        kind="reply",
        recipients=("孙某、周某代表",),
        ref=("人大", "省", 14, 2, "0789", "建议", "关于支持县域医共体建设的建议", []),
        signature=(("江南省卫生健康委员会",), "2024-07-16", "2024年7月16日"),
    )


def test_a_ministrys_answer_under_a_copy_number_above_its_letterhead() -> None:
    doc = checked("""\
000123
中华人民共和国商务部
商建函〔2024〕301号　　　　　　　　签发人：王某某
关于十四届全国人大二次会议第3579号建议的答复
葛某某代表：
您提出的关于支持老字号创新发展的建议收悉。现答复如下：
我部会同有关部门开展中华老字号示范创建，认定中华老字号1455家。
商务部
2024年7月19日
""")
    expect(
        doc,
        kind="reply",
        issuer="中华人民共和国商务部",
        number=("商建函〔2024〕301号", "商建函", 2024, 301),
        signer="王某某",
        title="关于十四届全国人大二次会议第3579号建议的答复",
        recipients=("葛某某代表",),
        ref=("人大", "全国", 14, 2, "3579", "建议", "关于支持老字号创新发展的建议", []),
        signature=(("商务部",), "2024-07-19", "2024年7月19日"),
    )


def test_a_provincial_answer_whose_open_attribute_row_stands_beside_its_class_row_on_one_line() -> None:
    doc = checked("""\
答复类别：A类　　　　公开属性：主动公开
江南省文化和旅游厅
江文旅提〔2024〕15号
关于省政协十三届二次会议第0612号提案的答复
邓某某委员：
您提出的关于加强革命文物保护利用的提案收悉。现答复如下：
我厅已完成全省革命文物资源普查，公布革命文物名录2个批次。
感谢您对文化和旅游工作的关心和支持。
江南省文化和旅游厅
2024年7月29日
""")
    expect(
        doc,
        metadata={"答复类别": "A类", "公开属性": "主动公开"},
        kind="reply",
        issuer="江南省文化和旅游厅",
        category="A",
        disclosure="主动公开",
        recipients=("邓某某委员",),
        ref=("政协", "省", 13, 2, "0612", "提案", "关于加强革命文物保护利用的提案", []),
        signature=(("江南省文化和旅游厅",), "2024-07-29", "2024年7月29日"),
    )


def test_a_ministrys_answer_under_a_summary_row_and_a_classed_number_line() -> None:
    doc = checked("""\
中华人民共和国科学技术部
国科建函〔2024〕88号　　　　　　B类
关于十四届全国人大二次会议第1987号建议的答复
摘要：关于支持西部地区科技创新平台建设的建议的答复
邝某某代表：
您提出的关于支持西部地区科技创新平台建设的建议收悉。现答复如下：
我部支持西部地区布局建设国家重点实验室12个、国家技术创新中心3个。
科学技术部
2024年7月30日
""")
    expect(
        doc,
        meta_has={"摘要": "关于支持西部地区科技创新平台建设的建议的答复"},
        kind="reply",
        issuer="中华人民共和国科学技术部",
        number=("国科建函〔2024〕88号", "国科建函", 2024, 88),
        category="B",
        title="关于十四届全国人大二次会议第1987号建议的答复",
        recipients=("邝某某代表",),
        ref=("人大", "全国", 14, 2, "1987", "建议", "关于支持西部地区科技创新平台建设的建议", []),
        signature=(("科学技术部",), "2024-07-30", "2024年7月30日"),
    )


# --- batch 11 (written before the parser ran on it): more older and odder answers ---------------------------


def test_an_answer_of_2002_dated_with_full_width_latin_os() -> None:
    doc = checked("""\
关于市政协八届一次会议第0093号提案的答复
时某某委员：
你提出的关于治理城区河道污染的提案收悉。现答复如下：
城区河道截污工程已于2002年9月完工，新建截污管道18公里。
特此答复。
江川市城建局
二ＯＯ二年十月九日
""")
    expect(
        doc,
        kind="reply",
        ref=("政协", "市", 8, 1, "0093", "提案", "关于治理城区河道污染的提案", []),
        closing="特此答复。",
        signature=(("江川市城建局",), "2002-10-09", "二ＯＯ二年十月九日"),
    )


def test_an_answer_of_2011_numbered_in_lenticular_brackets() -> None:
    doc = checked("""\
青原区卫生局
青卫字【2011】42号
关于区人大三届二次会议第0018号建议的答复
易某某代表：
你提出的关于改善乡镇卫生院就医条件的建议收悉。现答复如下：
2011年全区投入乡镇卫生院建设资金1200万元，改扩建卫生院5所。
此复。
青原区卫生局
二〇一一年八月五日
""")
    expect(
        doc,
        kind="reply",
        issuer="青原区卫生局",
        number=("青卫字【2011】42号", "青卫字", 2011, 42),
        ref=("人大", "区", 3, 2, "0018", "建议", "关于改善乡镇卫生院就医条件的建议", []),
        closing="此复。",
        signature=(("青原区卫生局",), "2011-08-05", "二〇一一年八月五日"),
    )


def test_an_old_answer_to_a_member_whose_name_is_masked_with_crosses() -> None:
    doc = checked("""\
关于县政协六届四次会议第0027号提案的答复
×××委员：
你提出的关于加强农村电网改造的提案收悉。现答复如下：
2003年全县完成农村电网改造村168个，农村电价实现城乡同价。
特此答复。
青山县电力局
二○○三年八月二十日
""")
    expect(
        doc,
        kind="reply",
        recipients=("×××委员",),
        ref=("政协", "县", 6, 4, "0027", "提案", "关于加强农村电网改造的提案", []),
        closing="特此答复。",
        signature=(("青山县电力局",), "2003-08-20", "二○○三年八月二十日"),
    )


def test_a_title_wrapped_right_after_the_number_word() -> None:
    doc = checked("""\
关于区政协三届四次会议第
0012号提案的答复
段某某委员：
你提出的关于整治占道经营的提案收悉。现答复如下：
我局开展占道经营专项整治，取缔占道摊点320处，设置便民疏导点12处。
此复。
青原区城市管理局
二〇一〇年六月八日
""")
    expect(
        doc,
        kind="reply",
        title="关于区政协三届四次会议第0012号提案的答复",
        recipients=("段某某委员",),
        ref=("政协", "区", 3, 4, "0012", "提案", "关于整治占道经营的提案", []),
        closing="此复。",
        signature=(("青原区城市管理局",), "2010-06-08", "二〇一〇年六月八日"),
    )


def test_a_city_governments_office_letter_answering_review_opinions_with_copies() -> None:
    doc = checked("""\
江川市人民政府办公室
江府办函〔2024〕102号
关于市人大常委会审议意见办理情况的复函
市人大常委会办公室：
《市人大常委会关于全市养老服务体系建设情况报告的审议意见》收悉。经市政府同意，现将办理情况函复如下：
一、完善养老服务设施布局。
二、加强养老服务人才队伍建设。
特此函复。
江川市人民政府办公室
2024年11月5日
抄送：市民政局，市财政局。
""")
    expect(
        doc,
        kind="reply",
        issuer="江川市人民政府办公室",
        number=("江府办函〔2024〕102号", "江府办函", 2024, 102),
        title="关于市人大常委会审议意见办理情况的复函",
        recipients=("市人大常委会办公室",),
        closing="特此函复。",
        signature=(("江川市人民政府办公室",), "2024-11-05", "2024年11月5日"),
        imprint=(("市民政局", "市财政局"), None, None),
    )


def test_an_old_answer_with_its_address_and_postcode_on_one_line_under_the_contact() -> None:
    doc = checked("""\
关于市人大十二届三次会议第0156号建议的答复
郁某某代表：
你提出的关于加快城市燃气管网建设的建议收悉。现答复如下：
2005年新建城市燃气管网46公里，新增管道燃气用户1.2万户。
特此答复。
江川市公用事业局
二○○五年八月十日
联系人：骆某某　　联系电话：0791-6213456
地址：江川市北京路1号　　邮政编码：330046
""")
    expect(
        doc,
        kind="reply",
        ref=("人大", "市", 12, 3, "0156", "建议", "关于加快城市燃气管网建设的建议", []),
        closing="特此答复。",
        signature=(("江川市公用事业局",), "2005-08-10", "二○○五年八月十日"),
        contact={
            "name": "骆某某",
            "phones": ("0791-6213456",),
            "address": "江川市北京路1号",
            "postcode": "330046",
        },
    )


def test_a_township_answer_to_a_county_deputys_suggestion_dated_with_spaced_arabic_numerals() -> None:
    doc = checked("""\
关于县十六届人大三次会议第0045号建议的答复
康某某代表：
你提出的关于修建青石村便民桥的建议收悉。现答复如下：
青石村便民桥已于2009年5月建成通行。
特此答复。
青石镇人民政府
2009 年 6 月 2 日
""")
    expect(
        doc,
        kind="reply",
        ref=("人大", "县", 16, 3, "0045", "建议", "关于修建青石村便民桥的建议", []),
        closing="特此答复。",
        signature=(("青石镇人民政府",), "2009-06-02", "2009 年 6 月 2 日"),
    )


def test_an_answer_whose_motion_number_is_written_with_a_character_word_and_dated_in_ideographs() -> None:
    doc = checked("""\
青山县人民政府
关于县十五届人大五次会议第1号议案办理情况的答复
县人大常委会：
县十五届人大五次会议期间，伍某某等11名代表提出了《关于加快青山县工业园区建设的议案》。县政府高度重视，现将办理情况答复如下：
一、园区总体规划已经省政府批准。
二、园区道路、供排水管网已全部建成。
特此答复。
青山县人民政府
二〇〇八年十一月十八日
""")
    expect(
        doc,
        kind="reply",
        issuer="青山县人民政府",
        title="青山县人民政府关于县十五届人大五次会议第1号议案办理情况的答复",
        recipients=("县人大常委会",),
        ref=("人大", "县", 15, 5, "1", "议案", "关于加快青山县工业园区建设的议案", ["伍某某"]),
        closing="特此答复。",
        signature=(("青山县人民政府",), "2008-11-18", "二〇〇八年十一月十八日"),
    )


# --- batch 12 (written after causes 1-5 were fixed, before the parser ran on it): a fresh mix ---------------


def test_a_national_bureaus_answer_whose_class_row_stands_under_its_title() -> None:
    doc = checked("""\
国家医疗保障局
医保函〔2024〕77号
关于十四届全国人大二次会议第5521号建议的答复
答复类别：B
祁某某代表：
您提出的关于完善门诊共济保障机制的建议收悉。经商财政部，现答复如下：
各统筹地区已全面建立职工医保门诊共济保障机制，普通门诊费用纳入统筹基金支付。
感谢您对医疗保障工作的关心和支持。
国家医疗保障局
2024年7月24日
抄送：全国人大常委会办公厅，国务院办公厅。
""")
    expect(
        doc,
        kind="reply",
        issuer="国家医疗保障局",
        number=("医保函〔2024〕77号", "医保函", 2024, 77),
        category="B",
        title="关于十四届全国人大二次会议第5521号建议的答复",
        recipients=("祁某某代表",),
        ref=("人大", "全国", 14, 2, "5521", "建议", "关于完善门诊共济保障机制的建议", []),
        closing="感谢您对医疗保障工作的关心和支持。",
        signature=(("国家医疗保障局",), "2024-07-24", "2024年7月24日"),
        imprint=(("全国人大常委会办公厅", "国务院办公厅"), None, None),
    )


@pytest.mark.xfail(
    strict=True,
    reason="contract question: a delegation named before the number (…会议南湖代表团第0009号建议) is read as the "
    "proposer here, as the body before a 集体提案's number is (经济界别第3008号); round 13 read no proposer there "
    "(test_probes_13_genres, 东城代表团第206号建议): left to the contract, the rule reads a delegation only where "
    "the text says it proposed",
)
def test_a_provincial_answer_whose_title_names_the_delegation_before_the_number() -> None:
    doc = checked("""\
关于省十四届人大二次会议南湖代表团第0009号建议的答复
南湖代表团：
你团提出的关于加快南湖至江川城际铁路建设的建议收悉。现答复如下：
南湖至江川城际铁路已列入省“十四五”综合交通运输发展规划。
感谢你团对交通运输工作的关心和支持。
江南省发展和改革委员会
2024年7月11日
""")
    expect(
        doc,
        kind="reply",
        recipients=("南湖代表团",),
        ref=("人大", "省", 14, 2, "0009", "建议", "关于加快南湖至江川城际铁路建设的建议", ["南湖代表团"]),
        closing="感谢你团对交通运输工作的关心和支持。",
        signature=(("江南省发展和改革委员会",), "2024-07-11", "2024年7月11日"),
    )


def test_a_satisfaction_form_after_the_signature_with_half_its_rows_filled() -> None:
    doc = checked("""\
关于区人大二届四次会议第0103号建议的答复
臧某某代表：
您提出的关于加快城区雨污分流改造的建议收悉。现答复如下：
2024年我区完成雨污分流改造管网36公里。
感谢您对城市建设工作的关心和支持。
青原区住房和城乡建设局
2024年6月18日
代表建议办理满意度测评表
建议号：0103
承办单位：青原区住房和城乡建设局
测评意见：满意□　基本满意□　不满意□
""")
    expect(
        doc,
        meta_lacks=("建议号", "承办单位", "测评意见"),
        kind="reply",
        recipients=("臧某某代表",),
        ref=("人大", "区", 2, 4, "0103", "建议", "关于加快城区雨污分流改造的建议", []),
        closing="感谢您对城市建设工作的关心和支持。",
        signature=(("青原区住房和城乡建设局",), "2024-06-18", "2024年6月18日"),
        last="2024年我区完成雨污分流改造管网36公里。",
    )


def test_a_township_heads_talk_column_signing_an_answer_names_no_person() -> None:
    doc = checked("""\
关于青石村通组道路硬化的回复
青石村村民：
你们反映的青石村通组道路未硬化问题收悉。镇政府已将该路段纳入2024年通组道路硬化计划，9月底前完工。
镇长说事
2024年6月12日
""")
    expect(doc, kind="reply", recipients=("青石村村民",), persons=())


def test_an_answer_of_2001_numbered_with_half_width_brackets_and_di() -> None:
    doc = checked("""\
青山县计划委员会
青计字(2001)第08号
关于县政协六届四次会议第0042号提案的答复
龙某某委员：
你提出的关于加快县城集中供热建设的提案收悉。现答复如下：
县城集中供热一期工程已列入2001年县重点建设项目。
特此答复。
青山县计划委员会
二○○一年七月十六日
""")
    expect(
        doc,
        kind="reply",
        issuer="青山县计划委员会",
        number=("青计字(2001)第08号", "青计字", 2001, 8),
        ref=("政协", "县", 6, 4, "0042", "提案", "关于加快县城集中供热建设的提案", []),
        closing="特此答复。",
        signature=(("青山县计划委员会",), "2001-07-16", "二○○一年七月十六日"),
    )


def test_a_co_handling_opinion_copied_to_the_member_signed_by_a_district_bureau() -> None:
    doc = checked("""\
关于区政协九届三次会议第0066号提案的会办意见
区教育局：
你局主办的区政协九届三次会议第0066号提案《关于加强校园周边交通安全管理的提案》收悉。现将我局会办意见函告如下：
我局将在城区中小学校门口增设交通信号灯和减速带，上下学时段安排警力护学。
青原区公安分局
2024年5月22日
抄送：章某某委员，区政协提案委员会。
""")
    expect(
        doc,
        kind="reply",
        title="关于区政协九届三次会议第0066号提案的会办意见",
        recipients=("区教育局",),
        ref=("政协", "区", 9, 3, "0066", "提案", "关于加强校园周边交通安全管理的提案", []),
        signature=(("青原区公安分局",), "2024-05-22", "2024年5月22日"),
        imprint=(("章某某委员", "区政协提案委员会"), None, None),
    )


def test_a_notice_with_one_schedule_row_above_its_closing_and_a_one_line_signature_signs_there() -> None:
    doc = checked("""\
关于做好2024年秋季学期开学准备工作的通知
各中小学校：
请各学校做好开学准备，按下列时限报送开学准备情况：
区教育局基础教育科　各中小学校　　2024年8月25日
特此通知。
青原区教育局　　　　2024年8月12日
""")
    expect(
        doc,
        kind="notice",
        recipients=("各中小学校",),
        closing="特此通知。",
        signature=(("青原区教育局",), "2024-08-12", "2024年8月12日"),
    )


def test_a_county_answer_to_a_party_branch_greeted_as_a_general_branch() -> None:
    doc = checked("""\
青山县发展和改革委员会
青发改提〔2024〕6号
关于县政协十一届三次会议第0019号提案的答复
民建青山县总支：
民建青山县总支提出的《关于优化县域营商环境的提案》收悉。现答复如下：
我委牵头制定了县优化营商环境三年行动方案，企业开办时间压缩至1个工作日。
感谢贵总支对发展改革工作的关心和支持。
青山县发展和改革委员会
2024年6月21日
""")
    expect(
        doc,
        kind="reply",
        issuer="青山县发展和改革委员会",
        number=("青发改提〔2024〕6号", "青发改提", 2024, 6),
        recipients=("民建青山县总支",),
        ref=("政协", "县", 11, 3, "0019", "提案", "关于优化县域营商环境的提案", ["民建青山县总支"]),
        closing="感谢贵总支对发展改革工作的关心和支持。",
        signature=(("青山县发展和改革委员会",), "2024-06-21", "2024年6月21日"),
    )
