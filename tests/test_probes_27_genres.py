"""Round-27 blind probes of the header and trailer variety across the genre. Header and trailer only.

Shapes varied this round (rounds 6–26 did not try them, or tried another form of them: round 26 had 盟/旗/苏木/
自治州/自治区/师市, 地震局, 档案馆, 公交集团, 第0155号政协提案, 文号：/复文号： rows, [ 索引号 ] rows, 答复结果, 信息公开属性,
many closings and contacts; round 25 退役军人/应急/信访/林草 bureaus, 【at】 mails; round 24 分局, 管委会, 人民团体, 高校):
- bodies and places: 神农架林区 (level 林区), a 特区 (no level word of the contract), an 自治旗, a 地方志编纂中心, a 办事处
  without 街道, a 农村商业银行, a college's 后勤管理处 answering a 教代会 proposal, a 省直 局 copying the 提案委, a
  税务分局 named over its title, a 消防救援大队;
- references and titles: …建议办理情况的答复, （主办） after the number, 九届县政协 (the term before the body), 2024年县人代会,
  案号/提案人 on one row parted by two ideographic spaces, two members in one 主送, …代表所提第15号建议, …的办理回复,
  a 补充答复, the meeting in brackets after the number (第0093号提案（县政协九届三次会议）);
- 文号 and letterheads: 〔2024] (a pair the clerk did not match), the 文号 on the letterhead's line, 发文字号： and
  文件编号： rows, a 编办's letterhead, a ═ rule, the 文号 over two organ lines, a 乡's joint letterhead;
- rows: A类（√）　B类（　）　C类（　）, 答复类别：Ｂ (full-width), 提案办理结果 and 建议办理结果, a 公开属性 ticked in
  brackets, a portal's 信息名称 row, 主题分类/体裁分类 on one line, 办理类型：主办, 信息公开选项, （A类　主动公开） after the 文号;
- closings: 特此回复。, 专此答复，并致谢意！, …很有帮助，谢谢！, 以上答复，请予指正。, 请您继续关注并监督我们的工作。, 特此致谢！,
  thanks over 如对答复有不同意见，请与我中心联系。, 顺祝工作顺利！, 此复 with no stop, a 反馈 request naming the member;
- 落款: 2024．7．10 (full-width dots), 局长：… under the organ, an organ letter-spaced with ideographic spaces, （章）, the
  落款 pushed right with ASCII spaces, 2024年6月31日 (no such day), （此页无正文）, the contact in brackets on the date's
  line, a 委员会办公室, （星期五）;
- contacts: a seven-figure local number, 138 7451 2345, 电话（传真）：, （办公室主任） after the name, 、6227002 (a second
  number cut to its last figures), Email：, 邮箱地址：, （邮编：…） after the address, 联系单位 naming a 股, （微信同号）;
- 版记: a deputy in the cc, …日印 and …日印制, 各乡镇人民政府、县直有关单位 (no split), a 印发 line naming the organ alone,
  ； and 、 in one cc, a member alone, 人代工委, 抄报 and 抄送 on one line, an ideograph 印发 date, ─ rules, （街道办事处）
  in a cc.

Every expected value was written by hand from the contract and the README's "Schema 1.x adds" sections, and
committed before the parser ran on the batch; every document also keeps the span invariants, invents no
character and raises no internal error.

First look (documents whole / checks), counted before any fix (batches 1-4 committed blind as 0db9207f, run on
main 2ea5a379 = /work/s27start):
- batch 1 (bodies and places): 9/10, 82/83. Miss: 特区十八届人大 read level 区 (cause 3).
- batch 2 (references and titles): 8/10, 80/83. Misses: 案号：0128　　提案人：林某某 gave no number and no proposer
  (cause 1); 第0093号提案（县政协九届三次会议） gave the reference no meeting (cause 2).
- batch 3 (文号 and letterheads): 7/8, 57/58. The miss was my expectation: organ lines right above a 关于 title with
  no 文号 between are the title's first lines (the contract's issuer rule; round 25 settled it under a 文号), so the
  title holds both organ lines; corrected, the one expectation changed after a run.
- batch 4 (rows): 6/10, 72/77. Misses: A类（√）　B类（　）　C类（　） gave no category (cause 5; the 公开属性 row so
  ticked read right only because its first option was the one ticked); 提案办理结果 and 建议办理结果 were no category
  labels (cause 4); 柘乡振函〔2024〕10号（A类　主动公开） gave no issuer and no category (cause 6).
- batch 5 (closings; batches 5-8 committed blind as b38cb012 on main 2ea5a379 with causes 1-5 fixed): 8/10, 51/55.
  Misses: 您的提案对我们改进工作很有帮助，谢谢！ (thanks as the sentence's last clause) did not close (cause 7);
  请您继续关注并监督我们的工作。 did not close: my expectation, corrected after the gate (a wish for 监督 alone is the
  project's weak closing sentence, tests/test_holdout_7.py; two checks the writer's). Looking at it found cause 8:
  关注并支持/关心及支持 joined by 并 or 及 did not close either.
- batch 6 (落款 and dates): 10/10, 47/47.
- batch 7 (contacts): 9/10, 50/51. Miss: 邮箱地址：… gave the e-mail as the contact's address (cause 9).
- batch 8 (版记): 9/12, 55/60. Misses: a 印发 line ending 2024年7月2日印 and one ending …印制 gave no printing organ
  nor date and were content-unplaced (cause 10); 抄报：市应急管理局　　抄送：县政协提案委员会 on one line kept
  抄送：… as an organ of the cc (cause 11).
Over the eight batches: 66/80 documents whole, 494/514 checks at first look (three checks my own expectations);
80/80 after the causes.
Causes (tests/test_genre27_causes.py): 1 a run of two ideographic spaces after a figure parts two 键：值 cells (the
layout clean-up took its second space out as letter-spacing, CJK_CLASS holding the ideographic space, and noted no
wide gap: rules.cleanup.spaces._cjk_spaces); 2 the meeting a clerk set in brackets right after the number and kind
(fields.proposal._meeting_in_bracket); 3 特区 reads no level (patterns.NO_LEVEL_WORDS); 4 提案办理结果/建议办理结果/
议案办理结果 are category labels (patterns.CATEGORY_KEYS); 5 a typed row of options with the tick in brackets after the
chosen one (patterns.MARK_AFTER_OPTION, fields.category._marked_after); 6 the category and the 公开属性 in one
bracket after the 文号 (patterns.CATEGORY_DISCLOSURE_MARK, read by rules.lines.head.is_doc_number_line,
reply_fields._beside_doc_number and head.disclosure._marks_after_number); 7 thanks as the last clause of the
answer's last sentence (…，谢谢！: patterns.CLOSING_SENTENCE); 8 关心/关注 joined to 支持 by 并 or 及 in a request
to keep caring (patterns.CLOSING_SENTENCE); 9 a mailbox's own 地址 label (邮箱地址, 电子邮件地址) is the
e-mail's (patterns.EMAIL_LABELS, asked before the address labels in fields.contact); 10 a 印发 line's verb written
印 or 印制 after its date (patterns.dates._PRINTING_VERB, the guards PRINTED_LINE_ENDS/PRINTED_LINE_CHAR); 11 the
版记's 抄报/抄送/分送 cells set on one line are each a cc list (rules.trailer_fields._next_cc_cell); 12 (found by
batch 9) the typed row of cause 5 with one option left ticked (B类（√）) or a box after each option (主动公开□
依申请公开☑) gives the ticked option (patterns.MARK_AFTER_OPTION, fields.category._marked_after).
- batch 9 (written after causes 1-11 were fixed, committed before its run as 5bf7fd11 on a side ref while the gate
  held the worktree): 6/8, 46/48. Misses: 答复类别：B类（√） (one option left) gave no category, and 主动公开□　依申请公开☑
  gave 主动公开 (cause 12). 88/88 documents, 560/562 checks first look over batches 1-9 counted after their causes
  (batch 9 counted at first look).
"""

from __future__ import annotations

from tests.probing import Tallied, checked
from tests.test_probes_23_genres import expect as expect23
from tests.test_probes_26_genres import MORE as MORE26

# Round 23's expect() with round 25's and 26's fields; `expect.tally` holds (checks compared, checks wrong) of
# every call, for the first-look count.
expect = Tallied(expect23, MORE26)
TALLY = expect.tally


# --- batch 1 (written before the parser ran on it): answering bodies and places not tried -------------------------
# 神农架林区's bureau (level 林区), a 特区's bureau (no level word of the contract), an 自治旗's bureau, a county
# 地方志编纂中心, a 办事处 without 街道, a 农村商业银行, a college's 后勤管理处 answering a 教代会 proposal, a 省直 局
# copying the 提案委, a 税务分局 named over its title, a 消防救援大队.


def test_a_forestry_districts_bureau_answers_the_districts_cppcc() -> None:
    doc = checked("""\
神农架林区文化和旅游局
神文旅函〔2024〕9号
关于林区政协九届三次会议第041号提案的答复
向某某委员：
您提出的《关于加快发展森林康养产业的提案》收悉，现答复如下：
我局今年认定森林康养基地4个，开发康养旅游线路6条。
感谢您对文化和旅游工作的关心和支持！
神农架林区文化和旅游局
2024年7月5日
""")
    expect(
        doc,
        kind="reply",
        issuer="神农架林区文化和旅游局",
        number=("神文旅函〔2024〕9号", "神文旅函", 2024, 9),
        title="关于林区政协九届三次会议第041号提案的答复",
        recipients=("向某某委员",),
        ref=("政协", "林区", 9, 3, "041", "提案", "关于加快发展森林康养产业的提案", []),
        closing="感谢您对文化和旅游工作的关心和支持！",
        signature=(("神农架林区文化和旅游局",), "2024-07-05", "2024年7月5日"),
        unplaced=False,
    )


def test_a_special_districts_bureau_answers_its_own_congress() -> None:
    doc = checked("""\
六枝特区教育局
六特教函〔2024〕15号
关于特区十八届人大三次会议第27号建议的答复
杨某某代表：
您提出的《关于改善乡村学校寄宿条件的建议》收悉，现答复如下：
我局今年改造乡村学校学生宿舍6栋，新增床位900个。
感谢您对教育工作的关心和支持！
六枝特区教育局
2024年6月27日
""")
    expect(
        doc,
        kind="reply",
        issuer="六枝特区教育局",
        number=("六特教函〔2024〕15号", "六特教函", 2024, 15),
        title="关于特区十八届人大三次会议第27号建议的答复",
        recipients=("杨某某代表",),
        # 特区 (a county-level unit of 六盘水) is no word of the contract's closed `level` list, and reading 区 out of
        # it would be a guess (README, schema 1.7: 林区 read 区 before it had its row): null
        ref=("人大", None, 18, 3, "27", "建议", "关于改善乡村学校寄宿条件的建议", []),
        signature=(("六枝特区教育局",), "2024-06-27", "2024年6月27日"),
        unplaced=False,
    )


def test_an_autonomous_banners_bureau_answers_the_banners_cppcc() -> None:
    doc = checked("""\
鄂伦春自治旗林业和草原局
鄂林草函〔2024〕4号
关于自治旗政协十一届三次会议第036号提案的答复
孟某某委员：
您提出的《关于加强林区防火通道建设的提案》收悉，现答复如下：
我局今年新修防火通道86公里，维修瞭望塔5座。
感谢您对林业和草原工作的关心和支持！
鄂伦春自治旗林业和草原局
2024年6月21日
""")
    expect(
        doc,
        kind="reply",
        issuer="鄂伦春自治旗林业和草原局",
        number=("鄂林草函〔2024〕4号", "鄂林草函", 2024, 4),
        title="关于自治旗政协十一届三次会议第036号提案的答复",
        recipients=("孟某某委员",),
        ref=("政协", "自治旗", 11, 3, "036", "提案", "关于加强林区防火通道建设的提案", []),
        signature=(("鄂伦春自治旗林业和草原局",), "2024-06-21", "2024年6月21日"),
        unplaced=False,
    )


def test_a_county_gazetteer_centre_answers_under_its_name_over_the_title() -> None:
    doc = checked("""\
柘林县地方志编纂中心
关于县政协九届三次会议第073号提案的答复
舒某某委员：
您提出的《关于编修乡镇志的提案》收悉，现答复如下：
我中心今年指导3个乡镇启动乡镇志编修，已完成资料收集60余万字。
感谢您对地方志工作的关心和支持！
柘林县地方志编纂中心
2024年6月14日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县地方志编纂中心",
        number=None,
        title="柘林县地方志编纂中心关于县政协九届三次会议第073号提案的答复",
        recipients=("舒某某委员",),
        ref=("政协", "县", 9, 3, "073", "提案", "关于编修乡镇志的提案", []),
        signature=(("柘林县地方志编纂中心",), "2024-06-14", "2024年6月14日"),
        unplaced=False,
    )


def test_a_district_office_without_jiedao_in_its_name() -> None:
    doc = checked("""\
沅州市鹤城区城中办事处
关于区十届人大三次会议第0089号建议的答复
龙某某代表：
您提出的《关于整治背街小巷路面的建议》收悉，现答复如下：
办事处今年完成背街小巷路面硬化改造14条，总长3.2公里。
感谢您对办事处工作的关心和支持！
沅州市鹤城区城中办事处
2024年6月19日
""")
    expect(
        doc,
        kind="reply",
        issuer="沅州市鹤城区城中办事处",
        number=None,
        title="沅州市鹤城区城中办事处关于区十届人大三次会议第0089号建议的答复",
        recipients=("龙某某代表",),
        ref=("人大", "区", 10, 3, "0089", "建议", "关于整治背街小巷路面的建议", []),
        closing="感谢您对办事处工作的关心和支持！",
        signature=(("沅州市鹤城区城中办事处",), "2024-06-19", "2024年6月19日"),
        unplaced=False,
    )


def test_a_rural_commercial_bank_answers_a_county_member() -> None:
    doc = checked("""\
柘林农村商业银行股份有限公司
柘农商银发〔2024〕18号
关于县政协九届三次会议第0102号提案的答复
滕某某委员：
您提出的《关于加大对种养大户信贷支持的提案》收悉，现答复如下：
我行今年推出“种养贷”产品，累计向种养大户发放贷款2.6亿元。
感谢您对我行工作的关心和支持！
柘林农村商业银行股份有限公司
2024年7月2日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林农村商业银行股份有限公司",
        number=("柘农商银发〔2024〕18号", "柘农商银发", 2024, 18),
        title="关于县政协九届三次会议第0102号提案的答复",
        recipients=("滕某某委员",),
        ref=("政协", "县", 9, 3, "0102", "提案", "关于加大对种养大户信贷支持的提案", []),
        signature=(("柘林农村商业银行股份有限公司",), "2024-07-02", "2024年7月2日"),
        unplaced=False,
    )


def test_a_colleges_logistics_office_answers_a_staff_congress_proposal() -> None:
    doc = checked("""\
沅州学院后勤管理处
关于学校二届教代会三次会议第12号提案的答复
王某某老师：
您提出的《关于改善教职工食堂就餐环境的提案》收悉，现答复如下：
我处已于暑期完成教职工食堂改造，新增座位120个，延长晚餐供应时间至19时。
感谢您对后勤工作的关心和支持！
沅州学院后勤管理处
2024年9月10日
""")
    # a staff congress (教代会) is neither 政协 nor 人大, the two bodies of the contract's ProposalRef: the reference
    # is left unchecked (a contract question); the rest is the genre's
    expect(
        doc,
        kind="reply",
        issuer="沅州学院后勤管理处",
        number=None,
        title="沅州学院后勤管理处关于学校二届教代会三次会议第12号提案的答复",
        recipients=("王某某老师",),
        closing="感谢您对后勤工作的关心和支持！",
        signature=(("沅州学院后勤管理处",), "2024-09-10", "2024年9月10日"),
        unplaced=False,
    )


def test_a_provincial_bureau_copies_the_proposals_committee() -> None:
    doc = checked("""\
青岚省地方金融管理局
青金管函〔2024〕33号
关于省政协十三届二次会议第0512号提案的答复
严某某委员：
您提出的《关于防范化解农村金融风险的提案》收悉，现答复如下：
我局今年开展农村地区非法集资风险排查，处置风险企业27家。
感谢您对地方金融工作的关心和支持！
青岚省地方金融管理局
2024年7月11日
抄送：省政协提案委员会，省人民政府办公厅。
""")
    expect(
        doc,
        kind="reply",
        issuer="青岚省地方金融管理局",
        number=("青金管函〔2024〕33号", "青金管函", 2024, 33),
        title="关于省政协十三届二次会议第0512号提案的答复",
        recipients=("严某某委员",),
        ref=("政协", "省", 13, 2, "0512", "提案", "关于防范化解农村金融风险的提案", []),
        signature=(("青岚省地方金融管理局",), "2024-07-11", "2024年7月11日"),
        imprint=(("省政协提案委员会", "省人民政府办公厅"), None, None),
        unplaced=False,
    )


def test_a_tax_sub_bureau_named_over_its_title() -> None:
    doc = checked("""\
国家税务总局柘林县税务局城关税务分局
关于县十八届人大三次会议第0144号建议的答复
晏某某代表：
您提出的《关于方便个体户办税的建议》收悉，现答复如下：
我分局今年在城关便民服务中心设立办税窗口2个，个体户定额申报实现“一次办”。
感谢您对税收工作的关心和支持！
国家税务总局柘林县税务局城关税务分局
2024年6月24日
""")
    expect(
        doc,
        kind="reply",
        issuer="国家税务总局柘林县税务局城关税务分局",
        number=None,
        title="国家税务总局柘林县税务局城关税务分局关于县十八届人大三次会议第0144号建议的答复",
        recipients=("晏某某代表",),
        ref=("人大", "县", 18, 3, "0144", "建议", "关于方便个体户办税的建议", []),
        signature=(("国家税务总局柘林县税务局城关税务分局",), "2024-06-24", "2024年6月24日"),
        unplaced=False,
    )


def test_a_county_fire_rescue_brigade_answers_a_deputy() -> None:
    doc = checked("""\
柘林县消防救援大队
柘消函〔2024〕3号
关于县十八届人大三次会议第0117号建议的答复
毛某某代表：
您提出的《关于配齐乡镇专职消防队装备的建议》收悉，现答复如下：
我大队今年为6个乡镇专职消防队配发消防车6辆、个人防护装备180套。
感谢您对消防工作的关心和支持！
柘林县消防救援大队
2024年6月28日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县消防救援大队",
        number=("柘消函〔2024〕3号", "柘消函", 2024, 3),
        title="关于县十八届人大三次会议第0117号建议的答复",
        recipients=("毛某某代表",),
        ref=("人大", "县", 18, 3, "0117", "建议", "关于配齐乡镇专职消防队装备的建议", []),
        signature=(("柘林县消防救援大队",), "2024-06-28", "2024年6月28日"),
        unplaced=False,
    )


# --- batch 2 (written before the parser ran on it): references and titles in new wordings ----------------------
# …建议办理情况的答复, a （主办） mark after the number, 十届县政协 (the term before the body), 2024年县人代会 with no term
# or session, 案号/提案人 rows under a title naming no number, two members in one 主送, …代表所提第15号建议 in the title,
# …的办理回复, a 补充答复, 第X号建议 under a 关于对 title with the meeting in brackets.


def test_a_title_answering_a_suggestions_handling() -> None:
    doc = checked("""\
柘林县交通运输局
柘交函〔2024〕22号
关于县十八届人大三次会议第26号建议办理情况的答复
邹某某代表：
您提出的《关于硬化通组公路的建议》收悉，现答复如下：
我局今年完成通组公路硬化48公里，涉及9个乡镇。
感谢您对交通运输工作的关心和支持！
柘林县交通运输局
2024年6月20日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县交通运输局",
        number=("柘交函〔2024〕22号", "柘交函", 2024, 22),
        title="关于县十八届人大三次会议第26号建议办理情况的答复",
        recipients=("邹某某代表",),
        ref=("人大", "县", 18, 3, "26", "建议", "关于硬化通组公路的建议", []),
        signature=(("柘林县交通运输局",), "2024-06-20", "2024年6月20日"),
        unplaced=False,
    )


def test_a_lead_units_mark_after_the_number() -> None:
    doc = checked("""\
柘林县商务局
柘商函〔2024〕11号
关于县政协九届三次会议第088号提案（主办）的答复
骆某某委员：
您提出的《关于发展农村电商的提案》收悉，现答复如下：
我局今年建成乡镇电商服务站12个、村级服务点96个，农产品网络零售额增长百分之二十三。
感谢您对商务工作的关心和支持！
柘林县商务局
2024年6月22日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县商务局",
        number=("柘商函〔2024〕11号", "柘商函", 2024, 11),
        title="关于县政协九届三次会议第088号提案（主办）的答复",
        recipients=("骆某某委员",),
        ref=("政协", "县", 9, 3, "088", "提案", "关于发展农村电商的提案", []),
        signature=(("柘林县商务局",), "2024-06-22", "2024年6月22日"),
        unplaced=False,
    )


def test_the_term_written_before_the_body() -> None:
    doc = checked("""\
柘林县民政局
柘民函〔2024〕14号
对九届县政协三次会议第052号提案的答复
施某某委员：
您提出的《关于加强农村留守老人关爱服务的提案》收悉，现答复如下：
我局今年建成农村幸福院23所，为留守老人提供助餐、探访服务1.6万人次。
感谢您对民政工作的关心和支持！
柘林县民政局
2024年6月17日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县民政局",
        number=("柘民函〔2024〕14号", "柘民函", 2024, 14),
        title="对九届县政协三次会议第052号提案的答复",
        recipients=("施某某委员",),
        ref=("政协", "县", 9, 3, "052", "提案", "关于加强农村留守老人关爱服务的提案", []),
        signature=(("柘林县民政局",), "2024-06-17", "2024年6月17日"),
        unplaced=False,
    )


def test_a_year_and_renndaihui_with_no_term_or_session() -> None:
    doc = checked("""\
柘林县水利局
柘水函〔2024〕17号
关于2024年县人代会第31号建议的答复
潘某某代表：
您提出的《关于整修山塘水库的建议》收悉，现答复如下：
我局今年完成小型山塘除险加固21座，恢复灌溉面积4600亩。
感谢您对水利工作的关心和支持！
柘林县水利局
2024年6月25日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县水利局",
        number=("柘水函〔2024〕17号", "柘水函", 2024, 17),
        title="关于2024年县人代会第31号建议的答复",
        recipients=("潘某某代表",),
        # 人代会 is the 人民代表大会's short name: its body is 人大; the title names no term nor session
        ref=("人大", "县", None, None, "31", "建议", "关于整修山塘水库的建议", []),
        signature=(("柘林县水利局",), "2024-06-25", "2024年6月25日"),
        unplaced=False,
    )


def test_case_number_and_proposer_rows_under_a_title_naming_no_number() -> None:
    doc = checked("""\
柘林县邮政管理局
关于《加强农村寄递物流体系建设的提案》的答复
案号：0128　　提案人：林某某
林某某委员：
您在县政协九届三次会议上提出的《加强农村寄递物流体系建设的提案》收悉，现答复如下：
我局今年推动快递企业共建共配，建成村级寄递物流综合服务站64个。
感谢您对邮政快递工作的关心和支持！
柘林县邮政管理局
2024年6月29日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县邮政管理局",
        recipients=("林某某委员",),
        refhead=("政协", "县", 9, 3, "提案"),
        refnumber="0128",
        reftitle="加强农村寄递物流体系建设的提案",
        proposers=("林某某",),
        signature=(("柘林县邮政管理局",), "2024-06-29", "2024年6月29日"),
        unplaced=False,
    )


def test_two_members_in_one_zhusong() -> None:
    doc = checked("""\
柘林县卫生健康局
柘卫健函〔2024〕19号
关于县政协九届三次会议第0061号提案的答复
钱某某、孔某某委员：
你们提出的《关于加强村卫生室建设的提案》收悉，现答复如下：
我局今年完成村卫生室标准化建设42所，村医持证上岗率达到百分之百。
感谢你们对卫生健康工作的关心和支持！
柘林县卫生健康局
2024年6月26日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县卫生健康局",
        number=("柘卫健函〔2024〕19号", "柘卫健函", 2024, 19),
        title="关于县政协九届三次会议第0061号提案的答复",
        # 、 between two persons splits nothing (the contract's rule: organ names on both sides)
        recipients=("钱某某、孔某某委员",),
        refhead=("政协", "县", 9, 3, "提案"),
        refnumber="0061",
        closing="感谢你们对卫生健康工作的关心和支持！",
        signature=(("柘林县卫生健康局",), "2024-06-26", "2024年6月26日"),
        unplaced=False,
    )


def test_a_title_naming_the_deputy_who_made_a_numbered_suggestion() -> None:
    doc = checked("""\
柘林县人力资源和社会保障局
柘人社函〔2024〕30号
关于对钟某某代表所提第15号建议的答复
钟某某代表：
您在县十八届人大三次会议上提出的《关于加强农民工工资支付保障的建议》收悉，现答复如下：
我局今年办结欠薪案件46件，为农民工追发工资680万元。
感谢您对人力资源和社会保障工作的关心和支持！
柘林县人力资源和社会保障局
2024年6月23日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县人力资源和社会保障局",
        number=("柘人社函〔2024〕30号", "柘人社函", 2024, 30),
        title="关于对钟某某代表所提第15号建议的答复",
        recipients=("钟某某代表",),
        ref=("人大", "县", 18, 3, "15", "建议", "关于加强农民工工资支付保障的建议", ["钟某某"]),
        signature=(("柘林县人力资源和社会保障局",), "2024-06-23", "2024年6月23日"),
        unplaced=False,
    )


def test_a_title_ending_on_banli_huifu() -> None:
    doc = checked("""\
沅州市城市管理局
沅城管函〔2024〕41号
关于市政协十三届三次会议第0293号提案的办理回复
宁某某委员：
您提出的《关于规范共享单车停放的提案》收悉，现答复如下：
我局今年在中心城区施划共享单车停放点位860处，清理违停车辆2.1万辆次。
感谢您对城市管理工作的关心和支持！
沅州市城市管理局
2024年7月3日
""")
    expect(
        doc,
        kind="reply",
        issuer="沅州市城市管理局",
        number=("沅城管函〔2024〕41号", "沅城管函", 2024, 41),
        title="关于市政协十三届三次会议第0293号提案的办理回复",
        recipients=("宁某某委员",),
        ref=("政协", "市", 13, 3, "0293", "提案", "关于规范共享单车停放的提案", []),
        signature=(("沅州市城市管理局",), "2024-07-03", "2024年7月3日"),
        unplaced=False,
    )


def test_a_supplementary_answer() -> None:
    doc = checked("""\
柘林县自然资源局
柘自然资函〔2024〕29号
关于县十八届人大三次会议第0076号建议的补充答复
甘某某代表：
我局已于6月对您提出的《关于解决农村建房用地难的建议》作了答复，现就村庄规划编制进展补充答复如下：
全县今年完成实用性村庄规划编制58个，审批农村建房用地312宗。
感谢您对自然资源工作的关心和支持！
柘林县自然资源局
2024年9月20日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县自然资源局",
        number=("柘自然资函〔2024〕29号", "柘自然资函", 2024, 29),
        title="关于县十八届人大三次会议第0076号建议的补充答复",
        recipients=("甘某某代表",),
        ref=("人大", "县", 18, 3, "0076", "建议", "关于解决农村建房用地难的建议", []),
        signature=(("柘林县自然资源局",), "2024-09-20", "2024年9月20日"),
        unplaced=False,
    )


def test_the_meeting_in_brackets_after_a_guanyu_dui_title() -> None:
    doc = checked("""\
柘林县市场监督管理局
柘市监函〔2024〕13号
关于对第0093号提案（县政协九届三次会议）的答复
龚某某委员：
您提出的《关于加强校园周边食品安全监管的提案》收悉，现答复如下：
我局今年开展校园周边食品安全专项检查4轮，检查经营户1300余户次。
感谢您对市场监管工作的关心和支持！
柘林县市场监督管理局
2024年6月18日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县市场监督管理局",
        number=("柘市监函〔2024〕13号", "柘市监函", 2024, 13),
        title="关于对第0093号提案（县政协九届三次会议）的答复",
        recipients=("龚某某委员",),
        ref=("政协", "县", 9, 3, "0093", "提案", "关于加强校园周边食品安全监管的提案", []),
        signature=(("柘林县市场监督管理局",), "2024-06-18", "2024年6月18日"),
        unplaced=False,
    )


# --- batch 3 (written before the parser ran on it): 文号 shapes and letterheads not tried -----------------------------
# brackets a clerk did not pair (〔2024]), the 文号 on the letterhead's line, a 发文字号： row, a 文件编号： row, a 编办's
# letterhead, a rule of ═ between letterhead and 文号, a 文号 with its serial's 号 after a full-width space, the
# 文号 above a two-line letterhead.


def test_brackets_the_clerk_did_not_pair() -> None:
    doc = checked("""\
柘林县教育局
柘教函〔2024]12号
关于县政协九届三次会议第0035号提案的答复
葛某某委员：
您提出的《关于加强乡村教师周转房建设的提案》收悉，现答复如下：
我局今年新建乡村教师周转房120套，解决了偏远学校教师住宿问题。
感谢您对教育工作的关心和支持！
柘林县教育局
2024年6月12日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县教育局",
        # the contract accepts the variant brackets and records them as written: a mixed pair is still the year
        number=("柘教函〔2024]12号", "柘教函", 2024, 12),
        title="关于县政协九届三次会议第0035号提案的答复",
        recipients=("葛某某委员",),
        signature=(("柘林县教育局",), "2024-06-12", "2024年6月12日"),
        unplaced=False,
    )


def test_the_number_on_the_letterheads_line() -> None:
    doc = checked("""\
柘林县林业局　　　　　　柘林函〔2024〕21号
关于县十八届人大三次会议第0133号建议的答复
卓某某代表：
您提出的《关于扶持油茶产业发展的建议》收悉，现答复如下：
我局今年新造油茶林1.2万亩，低产林改造8000亩。
感谢您对林业工作的关心和支持！
柘林县林业局
2024年6月19日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县林业局",
        number=("柘林函〔2024〕21号", "柘林函", 2024, 21),
        title="关于县十八届人大三次会议第0133号建议的答复",
        recipients=("卓某某代表",),
        signature=(("柘林县林业局",), "2024-06-19", "2024年6月19日"),
        unplaced=False,
    )


def test_a_fawen_zihao_row_under_the_letterhead() -> None:
    doc = checked("""\
柘林县农业农村局
发文字号：柘农函〔2024〕23号
关于县政协九届三次会议第0044号提案的答复
庞某某委员：
您提出的《关于推广稻渔综合种养的提案》收悉，现答复如下：
我局今年推广稻渔综合种养1.5万亩，亩均增收800元。
感谢您对农业农村工作的关心和支持！
柘林县农业农村局
2024年6月21日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县农业农村局",
        number=("柘农函〔2024〕23号", "柘农函", 2024, 23),
        title="关于县政协九届三次会议第0044号提案的答复",
        recipients=("庞某某委员",),
        meta_has={"发文字号": "柘农函〔2024〕23号"},
        signature=(("柘林县农业农村局",), "2024-06-21", "2024年6月21日"),
        unplaced=False,
    )


def test_a_document_number_row_labelled_wenjian_bianhao() -> None:
    doc = checked("""\
柘林县统计局
文件编号：柘统函〔2024〕5号
关于县十八届人大三次会议第0152号建议的答复
柯某某代表：
您提出的《关于加强乡镇统计力量的建议》收悉，现答复如下：
我局今年为每个乡镇配备专职统计员1名，开展业务培训4期。
感谢您对统计工作的关心和支持！
柘林县统计局
2024年6月30日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县统计局",
        number=("柘统函〔2024〕5号", "柘统函", 2024, 5),
        title="关于县十八届人大三次会议第0152号建议的答复",
        recipients=("柯某某代表",),
        meta_has={"文件编号": "柘统函〔2024〕5号"},
        signature=(("柘林县统计局",), "2024-06-30", "2024年6月30日"),
        unplaced=False,
    )


def test_an_establishment_offices_letterhead() -> None:
    doc = checked("""\
中共柘林县委机构编制委员会办公室
柘编办函〔2024〕3号
关于县政协九届三次会议第0019号提案的答复
伍某某委员：
您提出的《关于充实乡镇执法力量的提案》收悉，现答复如下：
我办今年从县直部门调剂事业编制40名，充实到乡镇综合行政执法队。
感谢您对机构编制工作的关心和支持！
中共柘林县委机构编制委员会办公室
2024年6月16日
""")
    expect(
        doc,
        kind="reply",
        issuer="中共柘林县委机构编制委员会办公室",
        number=("柘编办函〔2024〕3号", "柘编办函", 2024, 3),
        title="关于县政协九届三次会议第0019号提案的答复",
        recipients=("伍某某委员",),
        ref=("政协", "县", 9, 3, "0019", "提案", "关于充实乡镇执法力量的提案", []),
        signature=(("中共柘林县委机构编制委员会办公室",), "2024-06-16", "2024年6月16日"),
        unplaced=False,
    )


def test_a_rule_of_double_lines_between_letterhead_and_number() -> None:
    doc = checked("""\
柘林县文化广电和旅游局
══════════════════════
柘文旅函〔2024〕16号
关于县十八届人大三次会议第0091号建议的答复
侯某某代表：
您提出的《关于保护利用传统村落的建议》收悉，现答复如下：
我局今年完成3个中国传统村落保护修缮项目，编制保护发展规划5个。
感谢您对文化和旅游工作的关心和支持！
柘林县文化广电和旅游局
2024年7月1日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县文化广电和旅游局",
        number=("柘文旅函〔2024〕16号", "柘文旅函", 2024, 16),
        title="关于县十八届人大三次会议第0091号建议的答复",
        recipients=("侯某某代表",),
        signature=(("柘林县文化广电和旅游局",), "2024-07-01", "2024年7月1日"),
        unplaced=False,
    )


def test_the_number_above_a_letterhead_of_two_organs_lines() -> None:
    doc = checked("""\
柘发改函〔2024〕27号
柘林县发展和改革局
柘林县粮食和物资储备局
关于县政协九届三次会议第0066号提案的答复
霍某某委员：
您提出的《关于完善县级应急物资储备的提案》收悉，现答复如下：
县级应急物资储备库今年新增储备帐篷、折叠床等物资12类3.6万件。
感谢您对发展改革工作的关心和支持！
柘林县发展和改革局
2024年6月28日
""")
    # the second organ line carries the bureau's second name (two 牌子, one office: round 24's 乡村振兴局 shape),
    # the 文号 over them. Organ lines right above a 关于 title with no 文号 between are its first lines (the
    # contract's issuer rule; round 25 settled it for one organ line under a 文号): corrected after the first run,
    # the writer's error (I first wrote the title line alone)
    expect(
        doc,
        kind="reply",
        number=("柘发改函〔2024〕27号", "柘发改函", 2024, 27),
        title="柘林县发展和改革局柘林县粮食和物资储备局关于县政协九届三次会议第0066号提案的答复",
        recipients=("霍某某委员",),
        signature=(("柘林县发展和改革局",), "2024-06-28", "2024年6月28日"),
        unplaced=False,
    )


def test_a_number_whose_code_names_a_party_and_government_office() -> None:
    doc = checked("""\
中共柘林县石门乡委员会
柘林县石门乡人民政府
石委〔2024〕18号
关于县十八届人大三次会议第0108号建议的答复
项某某代表：
您提出的《关于修缮石门乡敬老院的建议》收悉，现答复如下：
乡党委、乡政府今年投入资金85万元，完成敬老院房屋修缮和消防改造。
感谢您对石门乡工作的关心和支持！
中共柘林县石门乡委员会　　柘林县石门乡人民政府
2024年6月24日
""")
    expect(
        doc,
        kind="reply",
        number=("石委〔2024〕18号", "石委", 2024, 18),
        title="关于县十八届人大三次会议第0108号建议的答复",
        recipients=("项某某代表",),
        ref=("人大", "县", 18, 3, "0108", "建议", "关于修缮石门乡敬老院的建议", []),
        signature=(("中共柘林县石门乡委员会", "柘林县石门乡人民政府"), "2024-06-24", "2024年6月24日"),
        unplaced=False,
    )


# --- batch 4 (written before the parser ran on it): 键：值 rows, handling category and 公开属性 in clerks' forms ----------
# a category ticked in brackets after each letter (A类（√）), a full-width letter (答复类别：Ｂ), 提案办理结果 and 建议办理结果
# labels, a 公开属性 ticked in brackets, a portal's 信息名称 row giving the page's only title, 主题分类/体裁分类 rows on
# one line, 办理类型：主办 (no category), 信息公开选项, a category and 公开属性 after the 文号 in one bracket.


def test_a_category_ticked_in_brackets_after_its_letter() -> None:
    doc = checked("""\
柘林县住房和城乡建设局
柘建函〔2024〕31号
办理结果：A类（√）　B类（　）　C类（　）
关于县十八届人大三次会议第0029号建议的答复
谢某某代表：
您提出的《关于加快城区雨污分流改造的建议》收悉，现答复如下：
城区雨污分流改造工程已于今年5月全部完工，改造管网26公里。
感谢您对住房和城乡建设工作的关心和支持！
柘林县住房和城乡建设局
2024年6月15日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县住房和城乡建设局",
        number=("柘建函〔2024〕31号", "柘建函", 2024, 31),
        title="关于县十八届人大三次会议第0029号建议的答复",
        recipients=("谢某某代表",),
        category="A",
        signature=(("柘林县住房和城乡建设局",), "2024-06-15", "2024年6月15日"),
        unplaced=False,
    )


def test_a_full_width_category_letter() -> None:
    doc = checked("""\
柘林县生态环境局
柘环函〔2024〕9号
答复类别：Ｂ
关于县政协九届三次会议第0057号提案的答复
钟某某委员：
您提出的《关于治理畜禽养殖污染的提案》收悉，现答复如下：
我局已完成规模养殖场粪污处理设施配套率百分之九十六，剩余养殖场年底前完成整改。
感谢您对生态环境工作的关心和支持！
柘林县生态环境局
2024年6月26日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县生态环境局",
        number=("柘环函〔2024〕9号", "柘环函", 2024, 9),
        title="关于县政协九届三次会议第0057号提案的答复",
        # a bare letter is taken as written; Ｂ is the letter B in its full-width form (a clerk's IME), as a
        # full-width colon is the colon
        category="B",
        meta_has={"答复类别": "Ｂ"},
        signature=(("柘林县生态环境局",), "2024-06-26", "2024年6月26日"),
        unplaced=False,
    )


def test_a_proposal_handling_result_label() -> None:
    doc = checked("""\
柘林县科学技术局
柘科函〔2024〕6号
提案办理结果：B类
关于县政协九届三次会议第0081号提案的答复
蒲某某委员：
您提出的《关于支持企业建设研发中心的提案》收悉，现答复如下：
我局正在制定企业研发中心认定和奖补办法，计划年内出台。
感谢您对科技工作的关心和支持！
柘林县科学技术局
2024年7月2日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县科学技术局",
        number=("柘科函〔2024〕6号", "柘科函", 2024, 6),
        title="关于县政协九届三次会议第0081号提案的答复",
        category="B",
        meta_has={"提案办理结果": "B类"},
        signature=(("柘林县科学技术局",), "2024-07-02", "2024年7月2日"),
        unplaced=False,
    )


def test_a_suggestion_handling_result_label() -> None:
    doc = checked("""\
柘林县医疗保障局
柘医保函〔2024〕4号
建议办理结果：C类
关于县十八届人大三次会议第0164号建议的答复
陶某某代表：
您提出的《关于提高门诊慢特病报销比例的建议》收悉，现答复如下：
门诊慢特病报销比例由省级统一确定，我县暂无调整权限，我局已将您的建议向市医保局反映。
感谢您对医疗保障工作的关心和支持！
柘林县医疗保障局
2024年6月27日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县医疗保障局",
        number=("柘医保函〔2024〕4号", "柘医保函", 2024, 4),
        title="关于县十八届人大三次会议第0164号建议的答复",
        category="C",
        meta_has={"建议办理结果": "C类"},
        signature=(("柘林县医疗保障局",), "2024-06-27", "2024年6月27日"),
        unplaced=False,
    )


def test_a_disclosure_ticked_in_brackets() -> None:
    doc = checked("""\
柘林县审计局
柘审函〔2024〕8号
公开属性：主动公开（√）　依申请公开（　）　不予公开（　）
关于县政协九届三次会议第0096号提案的答复
姚某某委员：
您提出的《关于加强村级财务审计的提案》收悉，现答复如下：
我局今年对12个乡镇的村级财务开展专项审计，督促整改问题资金420万元。
感谢您对审计工作的关心和支持！
柘林县审计局
2024年6月29日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县审计局",
        number=("柘审函〔2024〕8号", "柘审函", 2024, 8),
        title="关于县政协九届三次会议第0096号提案的答复",
        disclosure="主动公开",
        signature=(("柘林县审计局",), "2024-06-29", "2024年6月29日"),
        unplaced=False,
    )


def test_a_portals_information_name_row_as_the_only_title() -> None:
    doc = checked("""\
索引号：11431200MB1234567X/2024-00088
信息名称：关于县十八届人大三次会议第0038号建议的答复
发布机构：柘林县交通运输局
生成日期：2024-06-22
薛某某代表：
您提出的《关于增开城乡公交班次的建议》收悉，现答复如下：
我局今年新增城乡公交班次42个，城乡公交早晚班时间各延长1小时。
感谢您对交通运输工作的关心和支持！
柘林县交通运输局
2024年6月22日
""")
    expect(
        doc,
        kind="reply",
        # the contract: where the document has no title of its own, the 标题 of a portal's information table; 信息名称
        # is the table's word for it on many county sites
        title="关于县十八届人大三次会议第0038号建议的答复",
        recipients=("薛某某代表",),
        ref=("人大", "县", 18, 3, "0038", "建议", "关于增开城乡公交班次的建议", []),
        meta_has={"索引号": "11431200MB1234567X/2024-00088", "发布机构": "柘林县交通运输局", "生成日期": "2024-06-22"},
        signature=(("柘林县交通运输局",), "2024-06-22", "2024年6月22日"),
        unplaced=False,
    )


def test_subject_and_genre_classification_rows_on_one_line() -> None:
    doc = checked("""\
主题分类：城乡建设　　　　体裁分类：建议提案答复
关于县十八届人大三次会议第0049号建议的答复
韩某某代表：
您提出的《关于加快老旧小区改造的建议》收悉，现答复如下：
全县今年改造老旧小区17个，惠及居民2300户。
感谢您对住房和城乡建设工作的关心和支持！
柘林县住房和城乡建设局
2024年7月5日
""")
    expect(
        doc,
        kind="reply",
        title="关于县十八届人大三次会议第0049号建议的答复",
        recipients=("韩某某代表",),
        metadata={"主题分类": "城乡建设", "体裁分类": "建议提案答复"},
        category=None,
        signature=(("柘林县住房和城乡建设局",), "2024-07-05", "2024年7月5日"),
        unplaced=False,
    )


def test_a_handling_type_row_says_no_category() -> None:
    doc = checked("""\
柘林县应急管理局
柘应急函〔2024〕7号
办理类型：主办
关于县政协九届三次会议第0071号提案的答复
鲍某某委员：
您提出的《关于加强地质灾害隐患点监测的提案》收悉，现答复如下：
我局今年为全县58处地质灾害隐患点安装普适型监测设备，实现实时监测预警。
感谢您对应急管理工作的关心和支持！
柘林县应急管理局
2024年6月19日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县应急管理局",
        number=("柘应急函〔2024〕7号", "柘应急函", 2024, 7),
        title="关于县政协九届三次会议第0071号提案的答复",
        category=None,
        meta_has={"办理类型": "主办"},
        warnings=[],
        signature=(("柘林县应急管理局",), "2024-06-19", "2024年6月19日"),
    )


def test_an_information_disclosure_option_row() -> None:
    doc = checked("""\
柘林县司法局
柘司函〔2024〕5号
信息公开选项：依申请公开
关于县十八届人大三次会议第0127号建议的答复
罗某某代表：
您提出的《关于加强村（社区）法律顾问工作的建议》收悉，现答复如下：
全县189个村（社区）今年实现法律顾问全覆盖，开展法治讲座600余场。
感谢您对司法行政工作的关心和支持！
柘林县司法局
2024年6月23日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县司法局",
        number=("柘司函〔2024〕5号", "柘司函", 2024, 5),
        title="关于县十八届人大三次会议第0127号建议的答复",
        disclosure="依申请公开",
        meta_has={"信息公开选项": "依申请公开"},
        signature=(("柘林县司法局",), "2024-06-23", "2024年6月23日"),
        unplaced=False,
    )


def test_a_category_and_disclosure_in_one_bracket_after_the_number() -> None:
    doc = checked("""\
柘林县乡村振兴局
柘乡振函〔2024〕10号（A类　主动公开）
关于县政协九届三次会议第0023号提案的答复
麻某某委员：
您提出的《关于发展庭院经济的提案》收悉，现答复如下：
我局今年扶持发展庭院经济农户3200户，户均增收2100元，您的建议已全部采纳。
感谢您对乡村振兴工作的关心和支持！
柘林县乡村振兴局
2024年6月18日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县乡村振兴局",
        number=("柘乡振函〔2024〕10号", "柘乡振函", 2024, 10),
        title="关于县政协九届三次会议第0023号提案的答复",
        category="A",
        disclosure="主动公开",
        signature=(("柘林县乡村振兴局",), "2024-06-18", "2024年6月18日"),
        unplaced=False,
    )


# --- batch 5 (written before the parser ran on it): closings as clerks word them ---------------------------------
# 特此回复。, 专此答复，并致谢意！, a thanks after a clause praising the proposal (…很有帮助，谢谢！), 以上答复，请予指正。,
# a request to keep watching (请您继续关注并监督我们的工作。), 特此致谢！, a thanks over a line saying where to turn if
# unsatisfied, 顺祝工作顺利！ under the thanks, 此复 with no stop, a 反馈 request naming the member first.


def test_a_closing_saying_te_ci_huifu() -> None:
    doc = checked("""\
柘林县体育事业发展中心
关于县政协九届三次会议第0118号提案的答复
成某某委员：
您提出的《关于建设乡镇灯光篮球场的提案》收悉，现答复如下：
我中心今年在9个乡镇建成灯光篮球场12片，夜间开放至22时。
特此回复。
柘林县体育事业发展中心
2024年6月25日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县体育事业发展中心",
        recipients=("成某某委员",),
        closing="特此回复。",
        signature=(("柘林县体育事业发展中心",), "2024-06-25", "2024年6月25日"),
        last="我中心今年在9个乡镇建成灯光篮球场12片，夜间开放至22时。",
        unplaced=False,
    )


def test_a_closing_answering_and_thanking_in_one_formula() -> None:
    doc = checked("""\
柘林县供销合作社联合社
柘供销函〔2024〕3号
关于县十八届人大三次会议第0171号建议的答复
龙某某代表：
您提出的《关于完善农资配送网络的建议》收悉，现答复如下：
县供销社今年新建农资配送网点28个，化肥、农药配送到村覆盖率达到百分之九十。
专此答复，并致谢意！
柘林县供销合作社联合社
2024年6月22日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县供销合作社联合社",
        number=("柘供销函〔2024〕3号", "柘供销函", 2024, 3),
        closing="专此答复，并致谢意！",
        signature=(("柘林县供销合作社联合社",), "2024-06-22", "2024年6月22日"),
        unplaced=False,
    )


def test_thanks_after_a_clause_praising_the_proposal() -> None:
    doc = checked("""\
柘林县数据资源局
柘数据函〔2024〕2号
关于县政协九届三次会议第0134号提案的答复
易某某委员：
您提出的《关于推进政务数据共享的提案》收悉，现答复如下：
我局今年打通部门业务系统17个，共享数据目录1200余条。
您的提案对我们改进工作很有帮助，谢谢！
柘林县数据资源局
2024年7月4日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县数据资源局",
        closing="您的提案对我们改进工作很有帮助，谢谢！",
        signature=(("柘林县数据资源局",), "2024-07-04", "2024年7月4日"),
        last="我局今年打通部门业务系统17个，共享数据目录1200余条。",
        unplaced=False,
    )


def test_a_closing_asking_to_be_corrected() -> None:
    doc = checked("""\
柘林县机关事务服务中心
关于县十八届人大三次会议第0182号建议的答复
汤某某代表：
您提出的《关于推进机关食堂向社会开放的建议》收悉，现答复如下：
县机关食堂已于今年5月起在节假日向周边群众开放，日均就餐300余人次。
以上答复，请予指正。
柘林县机关事务服务中心
2024年6月30日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县机关事务服务中心",
        closing="以上答复，请予指正。",
        signature=(("柘林县机关事务服务中心",), "2024-06-30", "2024年6月30日"),
        unplaced=False,
    )


def test_a_request_to_keep_watching_our_work() -> None:
    doc = checked("""\
柘林县城市管理和综合执法局
柘城执函〔2024〕15号
关于县政协九届三次会议第0109号提案的答复
柴某某委员：
您提出的《关于规范城区夜市经营的提案》收悉，现答复如下：
我局今年在城区规划夜市经营区2处，设置固定摊位260个，实行统一管理。
请您继续关注并监督我们的工作。
柘林县城市管理和综合执法局
2024年6月28日
""")
    # corrected after the gate: a wish for 监督 alone is the project's weak closing sentence, closing only beside
    # thanks or a formula (tests/test_holdout_7.py settles it: such a wish may end a body paragraph too), so this
    # answer has no closing and the sentence is its last paragraph: the writer's error, two checks
    expect(
        doc,
        kind="reply",
        issuer="柘林县城市管理和综合执法局",
        closing=None,
        signature=(("柘林县城市管理和综合执法局",), "2024-06-28", "2024年6月28日"),
        last="请您继续关注并监督我们的工作。",
        unplaced=False,
    )


def test_a_closing_te_ci_zhi_xie() -> None:
    doc = checked("""\
柘林县残疾人联合会
柘残联函〔2024〕4号
关于县十八届人大三次会议第0196号建议的答复
岳某某代表：
您提出的《关于加强残疾人康复服务的建议》收悉，现答复如下：
我会今年为1100名残疾人提供基本康复服务，适配辅助器具430件。
特此致谢！
柘林县残疾人联合会
2024年7月6日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县残疾人联合会",
        closing="特此致谢！",
        signature=(("柘林县残疾人联合会",), "2024-07-06", "2024年7月6日"),
        unplaced=False,
    )


def test_thanks_over_where_to_turn_if_unsatisfied() -> None:
    doc = checked("""\
柘林县住房保障服务中心
关于县政协九届三次会议第0121号提案的答复
黎某某委员：
您提出的《关于扩大公租房保障范围的提案》收悉，现答复如下：
我中心今年将新就业无房职工纳入公租房保障范围，新增配租320套。
感谢您对住房保障工作的关心和支持！
如对答复有不同意见，请与我中心联系。
柘林县住房保障服务中心
2024年6月21日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县住房保障服务中心",
        closing="感谢您对住房保障工作的关心和支持！\n如对答复有不同意见，请与我中心联系。",
        signature=(("柘林县住房保障服务中心",), "2024-06-21", "2024年6月21日"),
        unplaced=False,
    )


def test_a_wish_for_work_going_well_under_the_thanks() -> None:
    doc = checked("""\
柘林县侨务办公室
关于县政协九届三次会议第0143号提案的答复
钟某某委员：
您提出的《关于发挥侨资企业作用的提案》收悉，现答复如下：
我办今年举办侨商恳谈会2场，促成侨资项目签约5个、总投资3.2亿元。
再次感谢您对侨务工作的关心！
顺祝工作顺利！
柘林县侨务办公室
2024年7月8日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县侨务办公室",
        closing="再次感谢您对侨务工作的关心！\n顺祝工作顺利！",
        signature=(("柘林县侨务办公室",), "2024-07-08", "2024年7月8日"),
        unplaced=False,
    )


def test_ci_fu_with_no_stop() -> None:
    doc = checked("""\
柘林县农业机械化服务中心
关于县十八届人大三次会议第0188号建议的答复
覃某某代表：
您提出的《关于提高丘陵山区农机补贴标准的建议》收悉，现答复如下：
农机购置补贴标准由省里统一确定，我中心已将您的建议报送市农业农村局。
此复
柘林县农业机械化服务中心
2024年6月27日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县农业机械化服务中心",
        closing="此复",
        signature=(("柘林县农业机械化服务中心",), "2024-06-27", "2024年6月27日"),
        unplaced=False,
    )


def test_a_feedback_request_naming_the_member_first() -> None:
    doc = checked("""\
柘林县文物保护中心
关于县政协九届三次会议第0152号提案的答复
冉某某委员：
您提出的《关于加强古驿道保护的提案》收悉，现答复如下：
我中心今年完成古驿道遗存调查，对3段共5公里驿道设立保护标志。
冉某某委员，对以上答复有何意见，请填写所附意见反馈表。
柘林县文物保护中心
2024年6月24日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县文物保护中心",
        closing="冉某某委员，对以上答复有何意见，请填写所附意见反馈表。",
        signature=(("柘林县文物保护中心",), "2024-06-24", "2024年6月24日"),
        unplaced=False,
    )


# --- batch 6 (written before the parser ran on it): 落款 and dates as clerks type them -----------------------------
# a date with full-width dots, the head of the bureau signing under it by post and name, an organ letter-spaced with
# ideographic spaces, （章）, the 落款 pushed right with ASCII spaces, a date that does not exist (6月31日), （此页无正文）
# over the 落款, the contact in brackets on the date's line, a 领导小组办公室, a date with a weekday in brackets.


def test_a_date_with_full_width_dots() -> None:
    doc = checked("""\
柘林县粮食和物资储备局
柘粮函〔2024〕6号
关于县政协九届三次会议第0124号提案的答复
裴某某委员：
您提出的《关于加强储备粮轮换管理的提案》收悉，现答复如下：
我局今年完成县级储备粮轮换1.2万吨，轮换计划执行率百分之百。
感谢您对粮食工作的关心和支持！
柘林县粮食和物资储备局
2024．7．10
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县粮食和物资储备局",
        signature=(("柘林县粮食和物资储备局",), "2024-07-10", "2024．7．10"),
        unplaced=False,
    )


def test_the_head_of_the_bureau_signing_by_post_and_name() -> None:
    doc = checked("""\
柘林县水利局
柘水函〔2024〕25号
关于县十八届人大三次会议第0139号建议的答复
丘某某代表：
您提出的《关于加固河道堤防的建议》收悉，现答复如下：
我局今年完成河道堤防加固12公里，防洪标准提高到二十年一遇。
感谢您对水利工作的关心和支持！
柘林县水利局
局长：詹某某
2024年6月26日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县水利局",
        closing="感谢您对水利工作的关心和支持！",
        signature=(("柘林县水利局",), "2024-06-26", "2024年6月26日"),
        persons=(("局长", "詹某某"),),
        unplaced=False,
    )


def test_an_organ_letter_spaced_with_ideographic_spaces() -> None:
    doc = checked("""\
柘林县交通运输局
柘交函〔2024〕28号
关于县政协九届三次会议第0146号提案的答复
巫某某委员：
您提出的《关于加强农村公路养护的提案》收悉，现答复如下：
我局今年落实农村公路日常养护里程1800公里，优良中等路率达到百分之八十五。
感谢您对交通运输工作的关心和支持！
柘　林　县　交　通　运　输　局
2024年7月3日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县交通运输局",
        closing="感谢您对交通运输工作的关心和支持！",
        signature=(("柘林县交通运输局",), "2024-07-03", "2024年7月3日"),
        unplaced=False,
    )


def test_a_seal_remark_zhang_after_the_organ() -> None:
    doc = checked("""\
柘林县妇女联合会
柘妇字〔2024〕9号
关于县政协九届三次会议第0158号提案的答复
蓝某某委员：
您提出的《关于关爱农村留守妇女的提案》收悉，现答复如下：
县妇联今年开展留守妇女技能培训26期，帮助860名留守妇女实现居家灵活就业。
感谢您对妇女工作的关心和支持！
柘林县妇女联合会（章）
2024年6月29日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县妇女联合会",
        number=("柘妇字〔2024〕9号", "柘妇字", 2024, 9),
        signature=(("柘林县妇女联合会",), "2024-06-29", "2024年6月29日"),
        unplaced=False,
    )


def test_a_luokuan_pushed_right_with_ascii_spaces() -> None:
    doc = checked("""\
柘林县人民防空办公室
关于县十八届人大三次会议第0149号建议的答复
邝某某代表：
您提出的《关于规范人防工程平时利用的建议》收悉，现答复如下：
我办今年对城区23处人防工程开展平时利用专项检查，整改问题41个。
感谢您对人防工作的关心和支持！
                                        柘林县人民防空办公室
                                           2024年6月20日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县人民防空办公室",
        closing="感谢您对人防工作的关心和支持！",
        signature=(("柘林县人民防空办公室",), "2024-06-20", "2024年6月20日"),
        unplaced=False,
    )


def test_a_date_that_does_not_exist_is_unparsed() -> None:
    doc = checked("""\
柘林县教育局
柘教函〔2024〕33号
关于县政协九届三次会议第0162号提案的答复
梁某某委员：
您提出的《关于加强中小学心理健康教育的提案》收悉，现答复如下：
我局今年为全县中小学配备专职心理健康教师38名，建成心理辅导室45间。
感谢您对教育工作的关心和支持！
柘林县教育局
2024年6月31日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县教育局",
        # June has thirty days: a garbled date is kept as written and warned, never a guess of the day
        signature=(("柘林县教育局",), None, "2024年6月31日"),
        unplaced=False,
    )
    assert "date-unparsed" in [w.code for w in doc.warnings]


def test_a_no_body_on_this_page_note_over_the_luokuan() -> None:
    doc = checked("""\
柘林县民族宗教事务局
柘民宗函〔2024〕2号
关于县政协九届三次会议第0167号提案的答复
石某某委员：
您提出的《关于保护少数民族特色村寨的提案》收悉，现答复如下：
我局今年争取资金260万元，对4个少数民族特色村寨开展保护修缮。
感谢您对民族宗教工作的关心和支持！
（此页无正文）
柘林县民族宗教事务局
2024年7月1日
""")
    # （此页无正文） is the printer's note on a seal page; whether it stands in an element is left unchecked
    expect(
        doc,
        kind="reply",
        issuer="柘林县民族宗教事务局",
        closing="感谢您对民族宗教工作的关心和支持！",
        signature=(("柘林县民族宗教事务局",), "2024-07-01", "2024年7月1日"),
    )


def test_the_contact_in_brackets_on_the_dates_line() -> None:
    doc = checked("""\
柘林县退役军人事务局
柘退役函〔2024〕7号
关于县十八届人大三次会议第0173号建议的答复
吴某某代表：
您提出的《关于做好退役军人优待证发放的建议》收悉，现答复如下：
我局今年累计发放退役军人优待证1.1万张，发放率达到百分之九十八。
感谢您对退役军人工作的关心和支持！
柘林县退役军人事务局
2024年7月2日（联系人：韦某某，电话：0745-6221345）
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县退役军人事务局",
        signature=(("柘林县退役军人事务局",), "2024-07-02", "2024年7月2日"),
        contact={"name": "韦某某", "phones": ("0745-6221345",)},
        unplaced=False,
    )


def test_a_leading_groups_office_signs() -> None:
    doc = checked("""\
柘林县食品安全委员会办公室
关于县政协九届三次会议第0177号提案的答复
潘某某委员：
您提出的《关于加强农村集体聚餐食品安全管理的提案》收悉，现答复如下：
我办今年建立农村集体聚餐申报备案制度，指导备案聚餐2100余场次，未发生食品安全事故。
感谢您对食品安全工作的关心和支持！
柘林县食品安全委员会办公室
2024年6月23日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县食品安全委员会办公室",
        title="柘林县食品安全委员会办公室关于县政协九届三次会议第0177号提案的答复",
        signature=(("柘林县食品安全委员会办公室",), "2024-06-23", "2024年6月23日"),
        unplaced=False,
    )


def test_a_date_with_its_weekday_in_brackets() -> None:
    doc = checked("""\
柘林县科学技术协会
关于县十八届人大三次会议第0185号建议的答复
庄某某代表：
您提出的《关于加强青少年科普教育的建议》收悉，现答复如下：
县科协今年组织科普进校园活动48场，建成校园科普角21个。
感谢您对科普工作的关心和支持！
柘林县科学技术协会
2024年7月5日（星期五）
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县科学技术协会",
        signature=(("柘林县科学技术协会",), "2024-07-05", "2024年7月5日"),
        unplaced=False,
    )


# --- batch 7 (written before the parser ran on it): contacts as clerks type them ----------------------------------
# a seven-figure local number with no area code, a mobile typed in groups with spaces, 电话（传真）：, the name with its
# post in brackets, a second number cut to its last figures after 、, an Email： label, 邮箱地址：, the postcode in
# brackets after the address, 联系单位 naming a 股, （微信同号） after a mobile.


def test_a_seven_figure_local_number_with_no_area_code() -> None:
    doc = checked("""\
柘林县教育局
柘教函〔2024〕35号
关于县政协九届三次会议第0171号提案的答复
包某某委员：
您提出的《关于规范校外培训机构的提案》收悉，现答复如下：
我局今年开展校外培训机构专项治理，整改问题机构19家，取缔无证机构6家。
感谢您对教育工作的关心和支持！
柘林县教育局
2024年7月4日
联系人：贺某某　电话：6221234
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县教育局",
        signature=(("柘林县教育局",), "2024-07-04", "2024年7月4日"),
        contact={"name": "贺某某", "phones": ("6221234",)},
        unplaced=False,
    )


def test_a_mobile_typed_in_groups_with_spaces() -> None:
    doc = checked("""\
柘林县农业农村局
柘农函〔2024〕27号
关于县十八届人大三次会议第0192号建议的答复
欧某某代表：
您提出的《关于发展林下经济的建议》收悉，现答复如下：
我局今年扶持林下种养基地15个，发展林下经济面积2.3万亩。
感谢您对农业农村工作的关心和支持！
柘林县农业农村局
2024年6月27日
联系人：顾某某　手机：138 7451 2345
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县农业农村局",
        signature=(("柘林县农业农村局",), "2024-06-27", "2024年6月27日"),
        contact={"name": "顾某某", "phones": ("138 7451 2345",)},
        unplaced=False,
    )


def test_a_phone_label_with_fax_in_brackets() -> None:
    doc = checked("""\
柘林县工业和信息化局
柘工信函〔2024〕10号
关于县政协九届三次会议第0176号提案的答复
凌某某委员：
您提出的《关于支持中小企业技术改造的提案》收悉，现答复如下：
我局今年支持中小企业技术改造项目22个，兑现奖补资金1800万元。
感谢您对工业和信息化工作的关心和支持！
柘林县工业和信息化局
2024年7月1日
联系人：滕某某　电话（传真）：0745-6223456
""")
    # a number labelled both (电话/传真：…) is a phone and a fax (README, schema 1.7); the bracket says the same
    expect(
        doc,
        kind="reply",
        issuer="柘林县工业和信息化局",
        signature=(("柘林县工业和信息化局",), "2024-07-01", "2024年7月1日"),
        contact={"name": "滕某某", "phones": ("0745-6223456",)},
        faxes=("0745-6223456",),
        unplaced=False,
    )


def test_the_contacts_post_in_brackets_after_the_name() -> None:
    doc = checked("""\
柘林县卫生健康局
柘卫健函〔2024〕24号
关于县十八届人大三次会议第0198号建议的答复
阎某某代表：
您提出的《关于加强乡镇卫生院医疗设备配置的建议》收悉，现答复如下：
我局今年为14个乡镇卫生院配置DR、彩超等设备42台（套）。
感谢您对卫生健康工作的关心和支持！
柘林县卫生健康局
2024年7月3日
联系人：雷某某（办公室主任）　联系电话：0745-6225678
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县卫生健康局",
        signature=(("柘林县卫生健康局",), "2024-07-03", "2024年7月3日"),
        contact={"name": "雷某某", "phones": ("0745-6225678",)},
        unplaced=False,
    )


def test_a_second_number_cut_to_its_last_figures() -> None:
    doc = checked("""\
柘林县市场监督管理局
柘市监函〔2024〕16号
关于县政协九届三次会议第0181号提案的答复
祝某某委员：
您提出的《关于加强农村假冒伪劣食品整治的提案》收悉，现答复如下：
我局今年开展农村食品市场专项整治，查处假冒伪劣食品案件57件。
感谢您对市场监管工作的关心和支持！
柘林县市场监督管理局
2024年6月24日
联系人：符某某　联系电话：0745-6227001、6227002
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县市场监督管理局",
        signature=(("柘林县市场监督管理局",), "2024-06-24", "2024年6月24日"),
        contact={"name": "符某某", "phones": ("0745-6227001", "6227002")},
        unplaced=False,
    )


def test_an_email_label_written_email() -> None:
    doc = checked("""\
柘林县文化广电和旅游局
柘文旅函〔2024〕19号
关于县十八届人大三次会议第0203号建议的答复
甄某某代表：
您提出的《关于加强乡村旅游宣传推介的建议》收悉，现答复如下：
我局今年制作乡村旅游宣传片6部，在主流平台投放推介，点击量超过300万次。
感谢您对文化和旅游工作的关心和支持！
柘林县文化广电和旅游局
2024年7月5日
联系人：宁某某　电话：0745-6229012　Email：zlwlj@163.com
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县文化广电和旅游局",
        signature=(("柘林县文化广电和旅游局",), "2024-07-05", "2024年7月5日"),
        contact={"name": "宁某某", "phones": ("0745-6229012",), "email": "zlwlj@163.com"},
        unplaced=False,
    )


def test_a_mailbox_address_label() -> None:
    doc = checked("""\
柘林县自然资源局
柘自然资函〔2024〕33号
关于县政协九届三次会议第0186号提案的答复
闵某某委员：
您提出的《关于加强耕地保护的提案》收悉，现答复如下：
我局今年开展耕地“非农化”“非粮化”专项整治，整改问题图斑312个。
感谢您对自然资源工作的关心和支持！
柘林县自然资源局
2024年7月8日
联系人：卞某某
联系电话：0745-6230088
邮箱地址：zlzrzyj@126.com
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县自然资源局",
        signature=(("柘林县自然资源局",), "2024-07-08", "2024年7月8日"),
        contact={"name": "卞某某", "phones": ("0745-6230088",), "email": "zlzrzyj@126.com"},
        unplaced=False,
    )


def test_the_postcode_in_brackets_after_the_address() -> None:
    doc = checked("""\
柘林县档案馆
关于县十八届人大三次会议第0207号建议的答复
荣某某代表：
您提出的《关于建设数字档案馆的建议》收悉，现答复如下：
我馆今年完成馆藏档案数字化120万页，数字档案馆系统已通过省级测评。
感谢您对档案工作的关心和支持！
柘林县档案馆
2024年7月9日
联系人：鲁某某　联系电话：0745-6231122
通信地址：柘林县城关镇人民路8号（邮编：418000）
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县档案馆",
        signature=(("柘林县档案馆",), "2024-07-09", "2024年7月9日"),
        contact={
            "name": "鲁某某",
            "phones": ("0745-6231122",),
            "address": "柘林县城关镇人民路8号",
            "postcode": "418000",
        },
        unplaced=False,
    )


def test_a_contact_unit_naming_a_section_of_the_bureau() -> None:
    doc = checked("""\
柘林县财政局
柘财函〔2024〕21号
关于县政协九届三次会议第0191号提案的答复
詹某某委员：
您提出的《关于加大村级组织运转经费保障的提案》收悉，现答复如下：
县财政今年将村级组织运转经费提高到每村每年12万元，资金已全部拨付到位。
感谢您对财政工作的关心和支持！
柘林县财政局
2024年6月25日
联系单位：县财政局农业股　联系人：覃某某　联系电话：0745-6232233
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县财政局",
        signature=(("柘林县财政局",), "2024-06-25", "2024年6月25日"),
        contact={"name": "覃某某", "phones": ("0745-6232233",), "unit": "县财政局农业股"},
        unplaced=False,
    )


def test_a_mobile_marked_as_the_wechat_too() -> None:
    doc = checked("""\
柘林县商务局
柘商函〔2024〕17号
关于县十八届人大三次会议第0211号建议的答复
隆某某代表：
您提出的《关于建设县域冷链物流中心的建议》收悉，现答复如下：
县域冷链物流中心已完成主体工程，预计今年10月投入使用，冷库容量1.5万吨。
感谢您对商务工作的关心和支持！
柘林县商务局
2024年7月10日
联系人：黎某某，13974512345（微信同号）
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县商务局",
        signature=(("柘林县商务局",), "2024-07-10", "2024年7月10日"),
        contact={"name": "黎某某", "phones": ("13974512345",)},
        unplaced=False,
    )


# --- batch 8 (written before the parser ran on it): 版记 as clerks type them ---------------------------------------
# a 抄送 naming a deputy after two organs, a 印发 line ending in 印 (not 印发), organs and a 县直有关单位 joined by 、 (no
# split: the right side is no organ name of the contract's endings), a 印发 line naming the organ alone, 抄送 parted
# by ； and 、 at once, a 抄送 of a member alone, short forms (人代工委, 提案委), a 抄报 and a 抄送 on one line, a 印发
# date in ideographs ending 印发, a 版记 between rules of ─, a 抄送 with 各乡镇（街道）, the 印发 line with 印制.


def test_a_cc_naming_the_deputy_after_two_organs() -> None:
    doc = checked("""\
柘林县交通运输局
柘交函〔2024〕31号
关于县十八届人大三次会议第0215号建议的答复
林某某代表：
您提出的《关于改造危桥的建议》收悉，现答复如下：
我局今年完成农村危桥改造16座，全部通过交工验收。
感谢您对交通运输工作的关心和支持！
柘林县交通运输局
2024年7月6日
抄送：县人大常委会人事代表工作委员会，县人民政府办公室，林某某代表。
柘林县交通运输局办公室　　　　　　2024年7月6日印发
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县交通运输局",
        signature=(("柘林县交通运输局",), "2024-07-06", "2024年7月6日"),
        imprint=(
            ("县人大常委会人事代表工作委员会", "县人民政府办公室", "林某某代表"),
            "柘林县交通运输局办公室",
            "2024-07-06",
        ),
        unplaced=False,
    )


def test_a_printing_line_ending_in_yin_alone() -> None:
    doc = checked("""\
柘林县水利局
柘水函〔2024〕29号
关于县政协九届三次会议第0195号提案的答复
殷某某委员：
您提出的《关于推进小型水库标准化管理的提案》收悉，现答复如下：
我局今年完成28座小型水库标准化管理创建，配备专职巡查员56名。
感谢您对水利工作的关心和支持！
柘林县水利局
2024年7月2日
抄送：县政协提案委员会。
柘林县水利局办公室　　　　　　　2024年7月2日印
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县水利局",
        signature=(("柘林县水利局",), "2024-07-02", "2024年7月2日"),
        imprint=(("县政协提案委员会",), "柘林县水利局办公室", "2024-07-02"),
        unplaced=False,
    )


def test_a_cc_of_an_organ_and_the_countys_units_joined_by_a_dun_comma() -> None:
    doc = checked("""\
柘林县人民政府办公室
柘政办函〔2024〕41号
关于县十八届人大三次会议第0003号建议的答复
尹某某代表：
您提出的《关于统筹推进县域商业体系建设的建议》收悉，现答复如下：
县政府今年出台县域商业体系建设实施方案，建成乡镇商贸中心8个。
感谢您对县政府工作的关心和支持！
柘林县人民政府办公室
2024年7月9日
抄送：各乡镇人民政府、县直有关单位。
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县人民政府办公室",
        signature=(("柘林县人民政府办公室",), "2024-07-09", "2024年7月9日"),
        # 县直有关单位 ends in none of the contract's organ endings: the 、 splits nothing
        imprint=(("各乡镇人民政府、县直有关单位",), None, None),
        unplaced=False,
    )


def test_a_printing_line_naming_the_organ_alone() -> None:
    doc = checked("""\
柘林县林业局
柘林函〔2024〕26号
关于县政协九届三次会议第0199号提案的答复
聂某某委员：
您提出的《关于加强古树名木保护的提案》收悉，现答复如下：
我局今年完成全县古树名木挂牌保护1260株，对38株衰弱古树开展复壮。
感谢您对林业工作的关心和支持！
柘林县林业局
2024年6月30日
抄送：县政协提案委员会。
柘林县林业局办公室印发
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县林业局",
        signature=(("柘林县林业局",), "2024-06-30", "2024年6月30日"),
        imprint=(("县政协提案委员会",), "柘林县林业局办公室", None),
        unplaced=False,
    )


def test_a_cc_parted_by_semicolons_and_dun_commas_at_once() -> None:
    doc = checked("""\
柘林县发展和改革局
柘发改函〔2024〕35号
关于县十八届人大三次会议第0221号建议的答复
田某某代表：
您提出的《关于加快推进重点项目建设的建议》收悉，现答复如下：
全县今年纳入调度的重点项目86个，1至6月完成投资68亿元。
感谢您对发展改革工作的关心和支持！
柘林县发展和改革局
2024年7月7日
抄送：市发展和改革委员会、市人大常委会人事代表工作委员会；县人民政府办公室。
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县发展和改革局",
        signature=(("柘林县发展和改革局",), "2024-07-07", "2024年7月7日"),
        imprint=(("市发展和改革委员会", "市人大常委会人事代表工作委员会", "县人民政府办公室"), None, None),
        unplaced=False,
    )


def test_a_cc_of_the_member_alone() -> None:
    doc = checked("""\
柘林县生态环境局
柘环函〔2024〕14号
关于县政协九届三次会议第0203号提案的答复
邵某某委员：
您提出的《关于加强农村黑臭水体治理的提案》收悉，现答复如下：
我局今年完成农村黑臭水体治理11处，治理成效经第三方评估全部达标。
感谢您对生态环境工作的关心和支持！
柘林县生态环境局
2024年7月3日
抄送：邵某某委员
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县生态环境局",
        signature=(("柘林县生态环境局",), "2024-07-03", "2024年7月3日"),
        imprint=(("邵某某委员",), None, None),
        unplaced=False,
    )


def test_a_cc_of_short_forms_of_the_congress_and_cppcc_offices() -> None:
    doc = checked("""\
柘林县住房和城乡建设局
柘建函〔2024〕38号
关于县十八届人大三次会议第0226号建议的答复
冯某某代表：
您提出的《关于加强物业管理的建议》收悉，现答复如下：
我局今年开展物业服务质量提升行动，督促整改问题260个，成立业主委员会18个。
感谢您对住房和城乡建设工作的关心和支持！
柘林县住房和城乡建设局
2024年7月8日
抄送：县人大常委会人代工委，县政府督查室。
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县住房和城乡建设局",
        signature=(("柘林县住房和城乡建设局",), "2024-07-08", "2024年7月8日"),
        imprint=(("县人大常委会人代工委", "县政府督查室"), None, None),
        unplaced=False,
    )


def test_a_chaobao_and_a_chaosong_on_one_line() -> None:
    doc = checked("""\
柘林县应急管理局
柘应急函〔2024〕11号
关于县政协九届三次会议第0208号提案的答复
鞠某某委员：
您提出的《关于加强乡镇应急救援队伍建设的提案》收悉，现答复如下：
全县今年组建乡镇综合性应急救援队伍18支，配备队员540名。
感谢您对应急管理工作的关心和支持！
柘林县应急管理局
2024年7月4日
抄报：市应急管理局　　抄送：县政协提案委员会
""")
    # 抄报 (up) and 抄送 (across) both copy the answer: the contract's cc holds the organs copied
    expect(
        doc,
        kind="reply",
        issuer="柘林县应急管理局",
        signature=(("柘林县应急管理局",), "2024-07-04", "2024年7月4日"),
        cc=("市应急管理局", "县政协提案委员会"),
        unplaced=False,
    )


def test_a_printing_date_in_ideographs_ending_in_yinfa() -> None:
    doc = checked("""\
柘林县审计局
柘审函〔2024〕12号
关于县十八届人大三次会议第0230号建议的答复
喻某某代表：
您提出的《关于加强惠民惠农资金审计监督的建议》收悉，现答复如下：
我局今年对惠民惠农“一卡通”资金开展专项审计，推动追回违规资金86万元。
感谢您对审计工作的关心和支持！
柘林县审计局
二〇二四年七月五日
抄送：县人大常委会人事代表工作委员会。
柘林县审计局办公室　　　　　　二〇二四年七月五日印发
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县审计局",
        signature=(("柘林县审计局",), "2024-07-05", "二〇二四年七月五日"),
        imprint=(("县人大常委会人事代表工作委员会",), "柘林县审计局办公室", "2024-07-05"),
        unplaced=False,
    )


def test_a_banji_between_rules_of_light_box_lines() -> None:
    doc = checked("""\
柘林县司法局
柘司函〔2024〕9号
关于县政协九届三次会议第0214号提案的答复
靳某某委员：
您提出的《关于加强人民调解员队伍建设的提案》收悉，现答复如下：
我局今年为全县人民调解员开展业务培训12期，新聘专职调解员36名。
感谢您对司法行政工作的关心和支持！
柘林县司法局
2024年7月1日
────────────────────────
抄送：县政协提案委员会。
────────────────────────
柘林县司法局办公室　　　　　　　2024年7月1日印发
────────────────────────
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县司法局",
        signature=(("柘林县司法局",), "2024-07-01", "2024年7月1日"),
        imprint=(("县政协提案委员会",), "柘林县司法局办公室", "2024-07-01"),
        unplaced=False,
    )


def test_a_cc_of_the_townships_and_streets_in_brackets() -> None:
    doc = checked("""\
柘林县民政局
柘民函〔2024〕22号
关于县十八届人大三次会议第0234号建议的答复
覃某某代表：
您提出的《关于规范农村公益性公墓建设的建议》收悉，现答复如下：
我局今年指导建成乡镇农村公益性公墓6个，完成散埋乱葬整治1200余处。
感谢您对民政工作的关心和支持！
柘林县民政局
2024年7月10日
抄送：各乡镇人民政府（街道办事处），县政协提案委员会。
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县民政局",
        signature=(("柘林县民政局",), "2024-07-10", "2024年7月10日"),
        imprint=(("各乡镇人民政府（街道办事处）", "县政协提案委员会"), None, None),
        unplaced=False,
    )


def test_a_printing_line_with_yinzhi() -> None:
    doc = checked("""\
柘林县统计局
柘统函〔2024〕8号
关于县政协九届三次会议第0219号提案的答复
邬某某委员：
您提出的《关于加强统计数据质量管理的提案》收悉，现答复如下：
我局今年开展统计数据质量专项核查，核查企业联网直报数据320家。
感谢您对统计工作的关心和支持！
柘林县统计局
2024年7月8日
抄送：县政协提案委员会。
柘林县统计局办公室　　　　　　　2024年7月8日印制
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县统计局",
        signature=(("柘林县统计局",), "2024-07-08", "2024年7月8日"),
        imprint=(("县政协提案委员会",), "柘林县统计局办公室", "2024-07-08"),
        unplaced=False,
    )


# --- batch 9 (written after causes 1-11 were fixed, committed before the parser ran on it) -------------------------
# new shapes of the causes and around them: 提案号/提案人 parted by two ideographic spaces under a title naming the
# proposal, the meeting in brackets before 办理情况, a lone option ticked in brackets, a 公开属性 ticked by a box after
# its option (the second one), honorific and two members in one 主送, the 提案委 as 主送, a 发文字号 label over its
# value, 抄送 and 抄报 on one line in the other order.


def test_a_number_and_proposer_row_parted_by_two_ideographic_spaces() -> None:
    doc = checked("""\
柘林县交通运输局
柘交函〔2024〕36号
关于加快农村客运站建设的提案的答复
提案号：0233　　提案人：屈某某
屈某某委员：
您在县政协九届三次会议上提出的《关于加快农村客运站建设的提案》收悉，现答复如下：
我局今年建成乡镇客运站4个、农村招呼站60个。
感谢您对交通运输工作的关心和支持！
柘林县交通运输局
2024年7月11日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县交通运输局",
        number=("柘交函〔2024〕36号", "柘交函", 2024, 36),
        refhead=("政协", "县", 9, 3, "提案"),
        refnumber="0233",
        proposers=("屈某某",),
        meta_has={"提案号": "0233", "提案人": "屈某某"},
        signature=(("柘林县交通运输局",), "2024-07-11", "2024年7月11日"),
        unplaced=False,
    )


def test_the_meeting_in_brackets_before_banli_qingkuang() -> None:
    doc = checked("""\
柘林县教育局
柘教函〔2024〕38号
关于第0012号建议（县十八届人大三次会议）办理情况的答复
陆某某代表：
您提出的《关于改善农村学校取暖条件的建议》收悉，现答复如下：
我局今年为38所农村学校更换取暖设备，惠及学生6200人。
感谢您对教育工作的关心和支持！
柘林县教育局
2024年7月12日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县教育局",
        title="关于第0012号建议（县十八届人大三次会议）办理情况的答复",
        ref=("人大", "县", 18, 3, "0012", "建议", "关于改善农村学校取暖条件的建议", []),
        signature=(("柘林县教育局",), "2024-07-12", "2024年7月12日"),
        unplaced=False,
    )


def test_a_lone_option_ticked_in_brackets() -> None:
    doc = checked("""\
柘林县水利局
柘水函〔2024〕31号
答复类别：B类（√）
关于县政协九届三次会议第0239号提案的答复
晁某某委员：
您提出的《关于实施农村供水管网改造的提案》收悉，现答复如下：
农村供水管网改造已列入今年民生实事，计划年底前完成改造管网120公里。
感谢您对水利工作的关心和支持！
柘林县水利局
2024年7月12日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县水利局",
        number=("柘水函〔2024〕31号", "柘水函", 2024, 31),
        category="B",
        signature=(("柘林县水利局",), "2024-07-12", "2024年7月12日"),
        unplaced=False,
    )


def test_a_disclosure_ticked_by_a_box_after_its_option() -> None:
    doc = checked("""\
柘林县财政局
柘财函〔2024〕26号
公开属性：主动公开□　依申请公开☑　不予公开□
关于县十八届人大三次会议第0241号建议的答复
戚某某代表：
您提出的《关于加大乡村公益性岗位补贴的建议》收悉，现答复如下：
县财政今年安排乡村公益性岗位补贴资金860万元，开发岗位1400个。
感谢您对财政工作的关心和支持！
柘林县财政局
2024年7月11日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县财政局",
        disclosure="依申请公开",
        signature=(("柘林县财政局",), "2024-07-11", "2024年7月11日"),
        unplaced=False,
    )


def test_an_honorific_and_two_members_each_named_as_member() -> None:
    doc = checked("""\
柘林县农业农村局
柘农函〔2024〕33号
关于县政协九届三次会议第0244号提案的答复
尊敬的蒋某某委员、卢某某委员：
你们提出的《关于发展稻虾共养产业的提案》收悉，现答复如下：
我局今年推广稻虾共养面积8000亩，带动农户增收1200万元。
感谢你们对农业农村工作的关心和支持！
柘林县农业农村局
2024年7月10日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县农业农村局",
        # the honorific drops; a 、 between two persons splits nothing
        recipients=("蒋某某委员、卢某某委员",),
        signature=(("柘林县农业农村局",), "2024-07-10", "2024年7月10日"),
        unplaced=False,
    )


def test_the_proposals_committee_as_zhusong() -> None:
    doc = checked("""\
柘林县人民政府办公室
柘政办函〔2024〕45号
关于县政协九届三次会议第0001号提案的答复
县政协提案委员会：
县政协九届三次会议第0001号重点提案《关于推进县域经济高质量发展的提案》收悉，现答复如下：
县政府今年出台县域经济高质量发展三年行动方案，明确重点任务36项。
感谢县政协对县政府工作的关心和支持！
柘林县人民政府办公室
2024年7月12日
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县人民政府办公室",
        recipients=("县政协提案委员会",),
        refhead=("政协", "县", 9, 3, "提案"),
        refnumber="0001",
        signature=(("柘林县人民政府办公室",), "2024-07-12", "2024年7月12日"),
        unplaced=False,
    )


def test_a_fawen_zihao_label_over_its_value() -> None:
    doc = checked("""\
发文字号：
柘卫健函〔2024〕27号
关于县十八届人大三次会议第0248号建议的答复
车某某代表：
您提出的《关于加强村医队伍建设的建议》收悉，现答复如下：
我局今年定向培养村医42名，村医养老保障政策落实率达到百分之百。
感谢您对卫生健康工作的关心和支持！
柘林县卫生健康局
2024年7月9日
""")
    expect(
        doc,
        kind="reply",
        number=("柘卫健函〔2024〕27号", "柘卫健函", 2024, 27),
        title="关于县十八届人大三次会议第0248号建议的答复",
        signature=(("柘林县卫生健康局",), "2024-07-09", "2024年7月9日"),
        unplaced=False,
    )


def test_a_chaosong_then_a_chaobao_on_one_line() -> None:
    doc = checked("""\
柘林县林业局
柘林函〔2024〕30号
关于县政协九届三次会议第0250号提案的答复
邰某某委员：
您提出的《关于加强森林防火基础设施建设的提案》收悉，现答复如下：
我局今年新建森林消防蓄水池12座，购置风力灭火机80台。
感谢您对林业工作的关心和支持！
柘林县林业局
2024年7月10日
抄送：县政协提案委员会，县应急管理局　　抄报：市林业局
""")
    expect(
        doc,
        kind="reply",
        issuer="柘林县林业局",
        signature=(("柘林县林业局",), "2024-07-10", "2024年7月10日"),
        cc=("县政协提案委员会", "县应急管理局", "市林业局"),
        unplaced=False,
    )
