"""键：值 labels of information tables and metadata lines, and the vocabularies they feed."""

from __future__ import annotations

from collections.abc import Iterable

import regex

from govdoc.patterns.base import _lazy
from govdoc.patterns.category import CATEGORY_KEYS, CATEGORY_STATE_KEYS, DISCLOSURE_KEYS
from govdoc.patterns.header import _TURN_VERBS
from govdoc.patterns.proposal import (
    KIND_NUMBER_KEYS,
    LETTER_TITLE_LABELS,
    MAILBOX_FORM_LABELS,
    PROPOSAL_TITLE_LABELS,
    PROPOSER_LABELS,
)
from govdoc.patterns.trailer import CC_LABEL_TAIL, CC_WORDS, DRAFTING_LABELS

# --- 键：值 labels -------------------------------------------------------------------------
# The labels of a document's subject terms (`header.subject_terms`, schema 1.7): the 主题词 a
# GB/T 9704-1999 document prints in its 版记 above the 抄送 line, and the 主题词 or 关键词 a portal's
# information table lists (the same thing under the table's own word). One row for both readers.
SUBJECT_TERM_KEYS = ("主题词", "关键词")
# Such a label opening a line of its own, its colon (or a table's tab) after it: `主题词：防汛  工作  通知`.
SUBJECT_TERMS_LINE = _lazy(rf"^(?:{'|'.join(SUBJECT_TERM_KEYS)})[ ]{{0,2}}[:\t][ \t]{{0,2}}(?P<v>[^\n]*)$")
# The same label with a space where its colon goes (主题词　防汛　工作), read only where the block says a
# space stood right after the label (the reader took it out between two ideographs).
SUBJECT_TERMS_SPACED = _lazy(rf"^(?:{'|'.join(SUBJECT_TERM_KEYS)})(?P<v>\p{{Han}}[^\n]*)$")
# Another 版记 label after the terms on the same line (主题词：教育　收费　　抄送：县委办公室…: a copy that set
# the 版记's two rows on one line): the terms end where it begins, and the 抄送 is the imprint's.
SUBJECT_TERMS_END = _lazy(rf"(?:{'|'.join((*CC_WORDS, '主送'))}){CC_LABEL_TAIL}[ ]{{0,2}}:")
# What parts one term from the next where the text still shows it (the spaces the reader removed
# between ideographs are the block's own record): spaces, tabs, 、 ， , ； ; (folded to ASCII where
# they have an ASCII form).
SUBJECT_TERM_SEPARATORS = frozenset(" \t、,;")

# The one table of labels a portal's information table and a 版头's 键：值 lines use (the
# answer category's, disclosure's and proposers' labels included). Only the simplified form
# is written: matching runs on the folded copy, so full-width colons and traditional forms
# (發文機關, 聯繫人) need no entry, and the letter-spaced form (索 引 号) is derived below.
INFO_TABLE_LABELS = (
    "索引号",
    "统一编号",
    "信息名称",
    "文件名称",
    "标题",
    "名称",
    "发文机关",
    "发文单位",
    "发文机构",
    "发布机构",
    "发布单位",
    "所属机构",
    "责任部门",
    "公开责任部门",
    "公开目录",
    "办理部门",
    "办理单位",  # a proposal's form: the office answering it (办理单位 | 某区住房和城乡建设局)
    "编号",
    "处理状态",
    "办理状态",
    "签发日期",
    "印发日期",
    "文号",
    "发布文号",
    "发文文号",
    "公文文号",
    "发文字号",
    "发字文号",  # a portal's inversion of 发文字号 (南川区: `[ 发字文号 ]`)
    "文件编号",
    "成文日期",
    "成文时间",
    "发文日期",
    "发文时间",
    "生成日期",
    "发布日期",
    "公开日期",
    "生效日期",
    "生效时间",
    "失效日期",
    "废止日期",
    "废止时间",
    "公开日",
    "著录日期",
    "有效性",
    "时效",
    "效力状态",
    # a 规范性文件's rows: the day it takes effect and its registration number (统一登记号 ZJCC01-2024-0005)
    "实施日期",
    "施行日期",
    "登记号",
    "统一登记号",
    # a portal's last cell, mostly empty (文号 ⏎ 其他信息: two labels, no values)
    "其他信息",
    "主题分类",
    "所属主题",
    "体裁分类",
    "组配分类",
    "信息分类",
    "信息类别",
    "服务对象",
    "文种",
    "公文种类",  # 公文种类：其他 (a portal's 文种 column)
    *SUBJECT_TERM_KEYS,
    "内容概述",
    "公开时限",
    "公开范围",
    "签发人",
    "主办单位",
    "主办",
    "协办单位",
    # the unit that answers (the contract's contact.unit): a row of a 建议's form like 主办单位's, whether
    # the form sets it on one line (承办单位：某局), one cell a line or as a portal's <dl>/<table> cells
    "承办单位",
    "会办单位",
    "分办单位",
    "答复时间",
    "答复日期",
    # a proposal's own form, printed above the reply: what it proposes, whatever its length (not
    # 建议内容/答复内容: the names of a page's tabs, alone on their lines)
    "内容",
    "案由",
    # a deputies' suggestion portal's one-cell-per-line table (会议届次 / 某县十九届人大三次会议 / …)
    "会议届次",
    "建议提案标题",
    "建议提案编号",
    # a proposal's number in its portal's form (建议编号：第1062号), which may open the table, or under its short
    # label, a form's row parted by a tab as by a colon (建议号　第19号)
    *KIND_NUMBER_KEYS,
    "办理方式",
)
LABELS: frozenset[str] = frozenset(
    (
        *INFO_TABLE_LABELS,
        *CATEGORY_KEYS,
        *CATEGORY_STATE_KEYS,
        *DISCLOSURE_KEYS,
        *PROPOSER_LABELS,
        *PROPOSAL_TITLE_LABELS,
        *LETTER_TITLE_LABELS,
        *MAILBOX_FORM_LABELS,
        *DRAFTING_LABELS,
    )
)


_GAP = "[ ]{0,4}"
_Tree = dict[str, "_Tree"]  # the next characters' nodes of a prefix tree, "" where a word ends there


def spaced(word: str) -> str:
    """A pattern for `word` with the letter-spacing a layout may put between its characters (up to
    four spaces: a two-character label justified to a four-character cell, `标    题`)."""
    return _GAP.join(regex.escape(c) for c in word)


def spaced_alternation(words: Iterable[str]) -> str:
    """The alternation of `words`, each `spaced`, written as a prefix tree (信[ ]{0,4}息[ ]{0,4}(?:公…|分…)):
    it matches what the flat alternation of the words, the longest first, matches, and the same way.

    At a place in a line the words that match there are prefixes of one another (a word's spacing
    is forced: its next character is no space), and the tree tries a longer one before a shorter,
    as the flat list did; so the first match, and the next tried where what follows the label fails,
    are the same. Written flat, the 169 labels' alternation compiled to about 550 KB in `regex` (the
    tree to 400 KB), tried each alternative in turn at every place of a line searched, and four
    patterns hold it: each search of a line cost about twice what the tree costs (tests/test_lean19.py
    holds the two to the same matches)."""
    unique = set(words)
    if not unique or any(not w or " " in w for w in unique):
        raise ValueError("spaced words are non-empty and hold no space")
    root: _Tree = {}
    for word in sorted(unique):  # (the pattern's text the same in every process)
        node = root
        for c in word:
            node = node.setdefault(c, {})
        node[""] = {}

    def tree(node: _Tree) -> str:
        parts = []
        for c, below in node.items():
            if not c:
                continue
            head = c if c.isalnum() else regex.escape(c)
            if len(below) == 1 and "" in below:
                parts.append(head)
            elif "" in below:  # a word ends at this character: the longer ones are tried first
                parts.append(f"{head}(?:{_GAP}{tree(below)})?")
            else:
                parts.append(f"{head}{_GAP}{tree(below)}")
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    return tree(root)


_LABEL_ALT = spaced_alternation(LABELS)
# A known label and what ends it: a colon (anywhere on the line), a bracket round it
# ([ 索引号 ]), or a table cell's edge (a tab) at the line's start or after another cell.
LABEL_AT = _lazy(
    rf"(?P<open>[\[【][ ]{{0,3}})?(?P<label>{_LABEL_ALT})"
    rf"(?(open)[ ]{{0,3}}[\]】][ ]{{0,3}}:?|(?:[ ]{{0,3}}:|(?<=(?:^|\t)[^\t]{{0,12}})[ ]{{0,3}}(?=\t)"
    rf"|(?<=^[^\t]{{0,16}})[ ]{{1,8}}(?=[^ :])))"
)
# What stands after every label LABEL_AT or KEY_VALUE finds (a colon, a closing bracket, a tab,
# a space): a line holding none of these has no labelled cell, and `label_cells` says so at once.
# A new way for a label to end must be added here too (tests/test_rule_speed.py checks).
LABEL_END_CHARS = frozenset(":]】\t ")
# A known label with its value glued on (the space between them gone with the layout's spaces:
# `发文机关 行署办公室` → `发文机关行署办公室`); a row of a label table only among other rows.
# Inside a row that opens with a label: a known label between spaces starts the next cell (one
# at the row's end is a cell with its value left empty).
SPACED_CELL_LABEL = _lazy(rf"(?<=[ ])(?P<label>{_LABEL_ALT})(?:[ ]{{1,8}}(?=[^ :])|[ ]{{0,8}}$)")
GLUED_LABEL = _lazy(rf"^(?P<label>{_LABEL_ALT})(?![ ]{{0,3}}[:\]】])(?=[^ \t])")
LABEL_ANYWHERE = _lazy(rf"(?P<label>{_LABEL_ALT})")
# A label the table does not know, in a line shaped as a label table: after a cell's edge, a wide
# gap or a part's end (`；`: `是否公开：否；联系人：王某`, the parts of a 附注), two to eight characters and a colon.
OTHER_LABEL_AT = _lazy(r"(?:^|(?<=\t|[ ]{2}|\||[;；]))[ ]{0,2}(?P<label>\p{Han}{2,8})[ ]{0,2}(?P<colon>:)")

# The edge of a cell in a label table's row where the spaces stayed (between digits and Han):
# three spaces or more, or a tab (`印发日期:2021-07-02      发布日期:2021-07-02      某公报〔2021〕2 号`).
CELL_GAP = _lazy(r"[ ]{3,}|\t")

# A paragraph break a web copy flattened into spaces: a stop or a colon, then spaces, then text.
FLATTENED_BREAK = _lazy(r"(?<=[。!?:])[ ]{1,40}(?=[^ |])")
# The words a sentence's lead-in ends on before its colon (现将有关情况答复如下：…): a "key" ending so is no
# label of a 键：值 pair, whatever follows it (a text whose first screen was lost opens so: noise21).
LEAD_IN_KEY_ENDS = ("如下", "以下", "下列")
# A sentence that leads in to what follows (现答复如下: / 现答复如下。): the next text is a new paragraph. Not
# header._TURN_VERBS' question: any lead-in (以下, 下列 too) ends so, whatever the text tells or answers.
LEAD_IN_END = _lazy(rf"(?:{'|'.join(LEAD_IN_KEY_ENDS)})[ ]{{0,2}}[:。]$")
# The reply's turn to its answer (现答复如下, 现将办理情况函告如下) ending a line whose colon a copy lost: it
# leads in to the next paragraph, so a line ending so is never one a page break cut (joins). The turn's verbs
# are header._TURN_VERBS (ANSWER_WORDS' too), with a bulletin's 通报: a line leads in whether or not it answers.
TURN_WITHOUT_STOP = _lazy(rf"(?:{'|'.join((*_TURN_VERBS, '通报'))})如下[ ]{{0,2}}$")
# An addressee opening a flattened line: a few names or organs (a list parted by 、 or ,) ending like
# an addressee, then a colon (the rule runs before injected pinyin is removed, so `韓忠國(guó)等代表:` is one too).
ADDRESSEE_OPENING = _lazy(
    r"^(?:尊敬的|尊敬)?[\p{Han}\p{Latin}、(),]{2,80}?"
    r"(?:代表|委员|政府|委员会|局|厅|办公室|部门|单位|同志|网友)[ ]{0,2}:$"
)
# A unit's label ending like an addressee (主办单位:, 责任单位:): a table's or form's field, no 主送.
UNIT_LABEL = _lazy(r"^(?:主办|协办|承办|会办|责任|牵头|配合|联系|发布|来源|报送|提出)单位[ ]{0,2}:")
# Words that show a colon-ended line is a sentence's lead-in (现答复如下：), not an addressee: also the
# words a plan's or 工作要点's unmarked heading ends on (重点任务：, 主要目标：, 实施步骤：), which stood right
# under the title where a 主送 stands and read as one.
NOT_ADDRESSEE = _lazy(
    r"如下|以下|下列|收悉|答复|通知|意见|原则|要求|情况|问题|措施|内容|方面|为|是"
    r"|任务|目标|思路|举措|安排|步骤|做法|成效|打算|进展|依据|范围"
)
# The words an unmarked heading of a plan, a rules text or a 工作要点 ends on (指导思想：, 申报条件：, 附则：,
# 适用范围：), standing right under its title where a 主送 stands: under such a title only a line ending on
# one is refused as an addressee, so one that names people or units (市直机关各党组织：, 全体干部职工：,
# 驻村工作队：) stays the 主送 though it ends on no addressee's word.
PLAN_HEADING_END = _lazy(
    r"(?:任务|目标|思路|举措|安排|步骤|做法|成效|打算|进展|依据|范围|思想|原则|条件|背景|附则|总则|要求|措施"
    r"|保障|机制|分工|职责|流程|程序|方式|时间|对象|标准|内容|重点|意义|概况|说明|事项|领导|考核|评估|实施"
    r"|监督|管理|宣传|经费|资金|材料|方法|定义|用语|宗旨|使命|形势|现状|问题|情况|方向|路径|指标)$"
)
# After a proposal's body (政协, 人大): its term (第十四届) and the level it sits at (全国/省/市/县/区),
# or the place named after the term (政协第十三届东湖区委员会): the level word ending that place.
PROPOSAL_LEVEL_AFTER = _lazy(
    r"^(?:第?[一二三四五六七八九十\d]{1,3}届)?(?:(?P<l>全国|省|市|县|区)"
    r"|\p{Han}{1,10}?(?P<l>自治区|自治州|自治县|省|市|州|区|县|旗|镇|乡)(?=委员会|人民代表大会|人大))"
)
# How an addressee ends: a person's title (委员, 同志) or an organ or unit (局, 街道, 公司).
ADDRESSEE_SUFFIX = _lazy(
    r"(?:委员|代表|政府|委员会|委|局|厅|办公室|办|部|院|中心|机构|会|室|所|处|单位|部门|同志|先生|女士|街道"
    r"|镇|乡|村|组|公司|学校|各位|全体|朋友|领导|党委|党组|支部|社区|代表团|小组|人员|群众|市民"
    # the public an open letter greets (各位家长, 全体村民, 广大市民朋友们, 同志们), and the one a hotline
    # or mailbox page answers (网民, 尊敬的来信人, 投诉人)
    r"|联|党|社|院校|高校|企业|网友|网民|居民|业主|家长|村民|师生|们|(?:来信|留言|反映|投诉|咨询|来电|信访)人)$"
)

# The particulars a 纪要 lists one to a line (时间：…, 地点：…, 主持：…, 出席：…, 列席：…): each line
# is whole, and the prose under it is no continuation of it.
MEETING_PARTICULAR = _lazy(
    r"^(?:会议)?(?:时间|地点|主持人?|(?:参加|参会|出席|列席)(?:人员)?|请假|缺席|记录人?)[ ]{0,2}:"
)
# What a line in no element's span may keep once the values the fields hold are taken out of it
# (rules/unplaced.py): a label before its colon (附件：, 抄送：), list numbers (1. 2、 一、 (三)) and the 文件
# closing a 发文机关标志 (a joint letterhead's 某市财政局 文件 line, its organ held by the 落款); a word
# left besides them (督办专栏, 党组, a name) is text of its own, and so is a number that is no list
# number (no 、 . ) after it, or longer than two digits: a phone, a postcode, a proposal's number).
LABEL_OR_LIST_NUMBER = _lazy(r"\p{Han}{1,6}[ ]{0,2}:|(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?=[、.)])|文件[ \t]*$")

# A label's value that names a thing (分会场：…会议室, 报送地址：…食品科) ends at its line (rules.joins
# `_named_value`); a value opening on a word that leads a clause in (工作目标：到2025年底…, 在汛期前…, 于…, 对…,
# 按…, 从…, 将…, 把…) or ending on one that joins it to more (…全部完工并, …组织验收和, …覆盖全区的) is a
# sentence a typist broke, and goes on to the line under it.
VALUE_CLAUSE_OPEN = frozenset("到在于对按从将把")
VALUE_JOINING_END = frozenset("并和及与的在将对为或")
