"""Causes behind round 20's genre probe misses (tests/test_probes_20_genres.py), each tested with a new
example of the cause rather than the probe's own text, with guards that ordinary text is not taken."""

from __future__ import annotations

import govdoc
from tests.probing import checked, codes


def _persons(doc: govdoc.Document) -> tuple[tuple[str, str], ...]:
    return () if doc.signature is None else tuple((p.post, p.name) for p in doc.signature.persons)


def _proposers(doc: govdoc.Document) -> tuple[str, ...]:
    ref = doc.header.responds_to
    return () if ref is None else ref.proposers


# --- cause 1: a reply's own number under the answer's label (复文编号, 答复文号, 复函编号) ----------------------


def test_a_reply_number_under_an_answer_number_label_is_the_doc_number_and_frees_the_letterhead() -> None:
    doc = checked("""\
江南省生态环境厅
答复文号：江环建复〔2024〕23号
关于省十四届人大二次会议第0655号代表建议的答复
汤某某代表：
您提出的关于加强农村黑臭水体治理的建议收悉。现答复如下：
全省已完成农村黑臭水体治理1300条。
江南省生态环境厅
2024年7月3日
""")
    n = doc.header.doc_number
    assert n is not None and (n.text, n.agency_code, n.year, n.serial) == ("江环建复〔2024〕23号", "江环建复", 2024, 23)
    assert doc.header.issuer == "江南省生态环境厅"
    assert doc.header.metadata == {"答复文号": "江环建复〔2024〕23号"}
    assert "content-unplaced" not in codes(doc)


def test_a_reply_letters_number_under_its_own_label_over_the_title_with_no_letterhead() -> None:
    doc = checked("""\
复函编号：青林函〔2024〕7号
关于县政协十一届三次会议第0074号提案的答复
左某某委员：
您提出的关于加强森林防火的提案收悉。现答复如下：
全县已建成森林防火视频监控点42个。
青山县林业局
2024年6月12日
""")
    n = doc.header.doc_number
    assert n is not None and n.text == "青林函〔2024〕7号"


def test_guard_an_answer_number_label_whose_value_is_no_doc_number_gives_none() -> None:
    doc = checked("""\
复文编号：2024-156
关于区政协九届三次会议第0156号提案的答复
伏某某委员：
您提出的关于改善老旧小区停车的提案收悉。现答复如下：
我局已在老旧小区周边增设停车泊位600个。
青原区城市管理局
2024年6月14日
""")
    assert doc.header.doc_number is None
    assert doc.header.metadata == {"复文编号": "2024-156"}


# --- cause 2: a congress's delegation proposing as one body ----------------------------------------------


def test_a_delegation_that_the_opening_names_as_proposer_is_the_proposer() -> None:
    doc = checked("""\
关于省十四届人大二次会议第0301号建议的答复
南湖市代表团：
南湖市代表团提出的《关于支持南湖港扩能改造的建议》收悉。现答复如下：
南湖港扩能改造工程已列入全省港口建设重点项目。
江南省交通运输厅
2024年6月26日
""")
    assert _proposers(doc) == ("南湖市代表团",)


def test_a_delegation_that_an_opening_names_by_what_it_put_forward_is_the_proposer() -> None:
    doc = checked("""\
关于市十六届人大四次会议第21号建议的答复
北湖区代表团：
针对北湖区代表团所提关于加快北湖污水处理厂扩建的建议，现答复如下：
扩建工程已于2024年5月开工。
江川市水务局
2024年6月26日
""")
    assert _proposers(doc) == ("北湖区代表团",)


def test_guard_your_delegation_and_every_delegation_name_no_proposer() -> None:
    mine = checked("""\
关于省十四届人大二次会议第0302号建议的答复
南湖市代表团：
你团提出的关于支持南湖机场改扩建的建议收悉。现答复如下：
南湖机场改扩建工程已完成前期工作。
江南省发展和改革委员会
2024年6月27日
""")
    assert _proposers(mine) == ()
    every = checked("""\
关于市十六届人大四次会议代表建议办理情况的报告
市人大常委会：
各代表团提出的建议共312件，已全部办结。现将办理情况报告如下：
所提问题已经解决或基本解决的156件。
特此报告。
江川市人民政府
2024年12月2日
""")
    assert every.header.responds_to is None


# --- cause 3: a feedback form whose title ends in a type's word, over rows left blank ----------------------


def test_a_form_titled_as_an_opinion_over_a_blank_row_after_the_signature_is_no_body() -> None:
    doc = checked("""\
关于县政协十一届三次会议第0081号提案的答复
邵某某委员：
您提出的关于加强农村公路养护的提案收悉。现答复如下：
2024年全县完成农村公路养护里程860公里。
特此答复。
青山县交通运输局
2024年6月20日
委员对提案办理工作的意见
委员签字：
日期：　　年　　月　　日
""")
    assert [p.text for p in doc.preamble] == [
        "您提出的关于加强农村公路养护的提案收悉。现答复如下：",
        "2024年全县完成农村公路养护里程860公里。",
    ]
    assert doc.signature is not None and doc.signature.date == "2024-06-20"
    assert "content-unplaced" in codes(doc)  # the form's title stays in the text, held by no element


def test_guard_an_opinion_printed_after_a_notices_signature_opening_with_a_sentence_is_its_body() -> None:
    doc = checked("""\
关于印发加强和改进建议提案办理工作的意见的通知
各乡镇人民政府，县直各单位：
现将《关于加强和改进建议提案办理工作的意见》印发给你们，请认真贯彻执行。
青山县人民政府办公室
2024年3月4日
关于加强和改进建议提案办理工作的意见
为进一步提高建议提案办理质量，现提出如下意见。
各承办单位要建立办理工作责任制。
""")
    body = [p.text for p in doc.preamble] + [p.text for s in doc.iter_sections() for p in s.paragraphs]
    assert "各承办单位要建立办理工作责任制。" in body
    assert doc.signature is not None and doc.signature.date == "2024-03-04"


# --- cause 4: a schedule's rows of organs and a date, set under each task ---------------------------------


def test_rows_of_organs_and_a_date_under_each_task_sign_nothing() -> None:
    doc = checked("""\
南湖市2024年城市道路提升工作安排
一、道路维修
完成主次干道维修15条。
市城市管理局　市财政局　　2024年8月31日
二、人行道改造
完成人行道改造20公里。
市住房和城乡建设局　各区人民政府　　2024年10月31日
""")
    assert doc.signature is None


def test_guard_a_one_line_signature_under_a_closing_signs_though_a_row_of_its_shape_stands_above() -> None:
    doc = checked("""\
关于做好2024年防汛物资储备工作的通知
各乡镇人民政府：
请各乡镇按下列时限完成物资储备：
县应急管理局　各乡镇人民政府　　2024年5月10日
特此通知。
青山县人民政府办公室　　2024年4月28日
""")
    assert doc.signature is not None
    assert (doc.signature.issuers, doc.signature.date) == (("青山县人民政府办公室",), "2024-04-28")


def test_guard_joint_signers_each_printing_the_same_date_on_two_lines_sign_together() -> None:
    doc = checked("""\
关于开展2024年食品安全宣传周活动的通知
各乡镇人民政府：
请各乡镇认真组织开展宣传周活动。
青山县市场监督管理局　　2024年6月3日
青山县卫生健康局　　2024年6月3日
""")
    assert doc.signature is not None
    assert doc.signature.issuers == ("青山县市场监督管理局", "青山县卫生健康局")  # cause 6 below
    assert doc.signature.date == "2024-06-03"
    assert "content-unplaced" not in codes(doc)


# --- cause 6 (found writing cause 4's guard): joint signers each printing the date beside their name ----------


def test_three_joint_signers_each_with_the_date_beside_the_name_all_sign() -> None:
    doc = checked("""\
关于联合开展2024年农村集体“三资”专项清理的通知
各乡镇人民政府：
请各乡镇于2024年9月底前完成专项清理工作。
南湖县农业农村局　　2024年5月20日
南湖县财政局　　　　2024年5月20日
南湖县审计局　　　　2024年5月20日
抄送：县委办公室，县政府办公室。
""")
    assert doc.signature is not None
    assert doc.signature.issuers == ("南湖县农业农村局", "南湖县财政局", "南湖县审计局")
    assert doc.signature.date == "2024-05-20"
    assert [doc.text[s.start : s.end] for s in doc.signature.issuers_spans] == list(doc.signature.issuers)
    assert doc.imprint is not None and doc.imprint.cc == ("县委办公室", "县政府办公室")


def test_guard_a_schedule_row_with_the_signatures_date_under_it_signs_nothing() -> None:
    doc = checked("""\
关于做好2024年汛前检查工作的通知
各乡镇人民政府：
请各乡镇认真开展汛前检查。
南湖县水利局　　2024年4月2日
完成检查　　各乡镇人民政府　　2024年4月2日
""")
    assert doc.signature is not None
    assert doc.signature.issuers == ("南湖县水利局",)


# --- cause 5: a post and the word after it written solid, a column's name ---------------------------------


def test_a_column_named_by_a_post_and_a_word_opening_with_a_surname_names_no_person() -> None:
    doc = checked("""\
关于小区电梯故障的回复
网友：
您好！您反映的小区电梯故障问题收悉。经查，物业公司已于6月2日完成电梯维修。
县长信访通道
2024年6月4日
""")
    assert _persons(doc) == ()
    other = checked("""\
关于公交站台遮阳棚的回复
网友：
您好！您反映的公交站台缺少遮阳棚问题收悉。我局已在城区主要站台加装遮阳棚30处。
市长面对面
2024年7月9日
""")
    assert _persons(other) == ()


def test_guard_a_post_and_a_name_set_off_by_a_space_or_a_colon_name_the_person() -> None:
    spaced = checked("""\
南湖市人民政府令
第18号
《南湖市城市绿化管理办法》已经2024年4月15日市人民政府第22次常务会议通过，现予公布，自2024年7月1日起施行。
市长　黄某某
2024年5月6日
""")
    assert _persons(spaced) == (("市长", "黄某某"),)
    coloned = checked("""\
关于加快南湖新区建设的议案
南湖市人大常委会：
为加快南湖新区建设，特提出如下议案。
领衔代表：宁某某
2024年1月18日
""")
    assert _persons(coloned) == (("领衔代表", "宁某某"),)


def test_guard_a_post_and_a_name_written_solid_under_the_organ_name_the_person() -> None:
    """review20's alert: a 落款 written solid (县长王建国, 局长张伟) kept its person before cause 5; it still does
    where the name opens with a common surname."""
    motion = checked("""\
南湖县人民政府关于提请审议《南湖县城市供水条例（草案）》的议案
县人民代表大会常务委员会：
《南湖县城市供水条例（草案）》已经县人民政府常务会议讨论通过，现提请审议。
南湖县人民政府
县长刘志强
2024年3月12日
""")
    assert _persons(motion) == (("县长", "刘志强"),)
    report = checked("""\
关于2024年上半年工作情况的报告
县人民政府：
现将我局2024年上半年工作情况报告如下。全局共完成重点项目8个。
特此报告。
局长黄海
2024年7月5日
""")
    assert _persons(report) == (("局长", "黄海"),)


def test_guard_a_one_line_signature_over_a_print_line_of_the_same_date_keeps_the_print_line_the_imprints() -> None:
    doc = checked("""\
关于做好2024年森林防火工作的通知
各乡镇人民政府：
请各乡镇切实做好森林防火工作。
南湖县应急管理局　　2024年3月1日
抄送：县委办公室。
南湖县应急管理局办公室　　2024年3月1日印发
""")
    assert doc.signature is not None and doc.signature.issuers == ("南湖县应急管理局",)
    assert doc.imprint is not None and doc.imprint.printed_by == "南湖县应急管理局办公室"


def test_guard_a_log_of_organs_and_dates_quoted_in_a_replys_body_leaves_its_signature() -> None:
    doc = checked("""\
关于市政协十四届三次会议第0302号提案的答复
丁某某委员：
您提出的关于加强河道巡查的提案收悉。今年以来河道巡查情况如下：
南湖县水利局　县生态环境局　　2024年3月5日
南湖县水利局　县农业农村局　　2024年4月9日
下一步，我局将继续加强巡查。
感谢您对水利工作的关心和支持。
南湖县水利局
2024年6月10日
""")
    assert doc.signature is not None
    assert (doc.signature.issuers, doc.signature.date) == (("南湖县水利局",), "2024-06-10")


def test_guard_a_notice_printed_after_the_signature_over_its_own_addressee_is_the_body_continued() -> None:
    """Gate of session 20: a printed notice's 主送 (各中心学校：) has the shape of a form's blank row; it is no
    form's row, and the printed notice stays the body continued (tests/test_leftovers8.py's shape)."""
    doc = checked("""\
南湖县人民政府办公室关于转发县卫生健康局关于做好夏季传染病防控工作的通知的通知
各乡镇人民政府：
县卫生健康局《关于做好夏季传染病防控工作的通知》已经县政府同意，现转发给你们。
南湖县人民政府办公室
2024年6月3日
南湖县卫生健康局关于做好夏季传染病防控工作的通知
各乡镇卫生院：
请各卫生院做好夏季传染病防控工作。
南湖县卫生健康局
2024年5月30日
""")
    assert doc.signature is not None and doc.signature.date == "2024-06-03"
    assert "各乡镇卫生院：" in [p.text for p in doc.preamble]


def test_guard_a_joint_one_line_signature_under_the_bodys_last_sentence_signs_after_rows_of_its_shape() -> None:
    """review20's alert: the last organs-and-date line, under a sentence of running text that ends the body (no
    item's), with nothing but trailer under it, is the 落款 whatever schedule rows of its shape stand above."""
    doc = checked("""\
关于开展2024年城乡环境卫生整治的通知
各街道办事处：
现将整治工作安排通知如下：
1.清理积存垃圾。
南湖区城市管理局　　各街道办事处　　2024年4月30日
2.整治背街小巷。
南湖区城市管理局　　南湖区住房和城乡建设局　　2024年6月30日
请各街道高度重视，认真组织实施，确保整治工作取得实效。
南湖区城市管理局　　南湖区住房和城乡建设局　　2024年4月8日
抄送：区政府办公室。
""")
    assert doc.signature is not None
    assert (doc.signature.issuers, doc.signature.date) == (("南湖区城市管理局", "南湖区住房和城乡建设局"), "2024-04-08")
