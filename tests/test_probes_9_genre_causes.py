"""The causes round 9's genre probes (tests/test_probes_9_genres.py) found, each tested on a new
example of the same cause, written for the fix and not taken from the probe that found it."""

from __future__ import annotations

from tests.probing import checked, head, trailer


def test_organs_stacked_over_the_number_without_wenjian_are_one_joint_issuer() -> None:
    doc = checked(
        "某县农业农村局\n"
        "某县林业局\n"
        "某农发〔2024〕5号\n"
        "关于做好2024年森林防火和秸秆禁烧工作的通知\n"
        "各乡镇人民政府：\n"
        "为做好今年森林防火和秸秆禁烧工作，现就有关事项通知如下：各乡镇要落实网格化巡查责任。\n"
        "某县农业农村局　　某县林业局\n"
        "2024年3月1日\n"
    )
    assert head(doc)["issuer"] == "某县农业农村局某县林业局"
    assert head(doc)["number"] == ("某农发〔2024〕5号", "某农发", 2024, 5)


def test_an_order_whose_number_shares_its_line_is_the_regulation_it_promulgates() -> None:
    doc = checked(
        "某自治区人民政府令 第8号\n"
        "《某自治区饮用水水源保护办法》已经自治区人民政府常务会议通过，现予公布，自2025年1月1日起施行。\n"
        "主席　某某某\n"
        "2024年11月30日\n"
        "某自治区饮用水水源保护办法\n"
        "第一条　为了保护饮用水水源，保障饮用水安全，制定本办法。\n"
        "第二条　本办法自2025年1月1日起施行。\n"
    )
    assert (doc.kind, head(doc)["title"], trailer(doc)["signature"]) == (
        "measures",
        "某自治区饮用水水源保护办法",
        None,
    )


def test_a_disclosure_row_labelled_lei_bie_gives_the_disclosure() -> None:
    doc = checked(
        "关于县十届人大二次会议第17号建议的答复\n"
        "荣某代表：\n"
        "您提出的《关于修缮村级文化礼堂的建议》收悉。现答复如下：\n"
        "今年县财政安排文化礼堂修缮资金300万元，首批修缮12座。\n"
        "某县文化和广电旅游体育局\n"
        "2024年6月3日\n"
        "信息公开类别：依申请公开\n"
    )
    assert head(doc)["disclosure"] == "依申请公开"


def test_titles_of_notices_pledges_and_explanations_outside_the_type_list_are_titles() -> None:
    body = "为丰富馆藏，现面向社会征集反映本市发展历程的档案资料。\n南州市档案馆\n2024年3月12日\n"
    for title in (
        "南州市档案馆征集历史档案资料启事",
        "2024年度食品生产企业食品安全主体责任承诺书",
        "2025年市级部门预算编制说明",
    ):
        doc = checked(title + "\n" + body)
        assert (head(doc)["title"], doc.kind) == (title, "other"), title


def test_an_organ_opening_a_title_found_by_its_place_is_the_issuer() -> None:
    doc = checked(
        "南州市人力资源和社会保障局机构概况\n"
        "南州市人力资源和社会保障局是市政府工作部门，内设办公室、就业促进科等12个科室。\n"
        "南州市人力资源和社会保障局\n"
        "2024年1月5日\n"
    )
    assert (head(doc)["title"], head(doc)["issuer"]) == (
        "南州市人力资源和社会保障局机构概况",
        "南州市人力资源和社会保障局",
    )


def test_actions_and_sets_of_policies_issued_on_their_own_are_titles() -> None:
    body = "为持续优化营商环境，制定本文件。\n一、提升政务服务效能\n推行高效办成一件事。\n"
    for title in ("优化营商环境专项行动", "支持科技创新若干政策", "进口冷链食品消费提示"):
        doc = checked(title + "\n" + body)
        assert (head(doc)["title"], doc.kind) == (title, "other"), title


def test_a_genre_word_a_page_prints_alone_is_no_title() -> None:
    """The guard of the words above: 目录 over a 公报's contents, 温馨提示 over a notice box, 免责声明
    in a footer name no subject, so they stand alone or after a word or two and are no title."""
    for line in ("目　录", "温馨提示", "免责声明", "主要职责"):
        doc = checked(line + "\n请广大市民注意防暑降温，减少户外活动。\n南州市卫生健康委员会\n2024年7月20日\n")
        assert head(doc)["title"] is None, line


def test_organs_of_every_kind_opening_a_title_without_a_verb_are_named_whole() -> None:
    body = "\n为做好有关工作，现将具体安排公布如下。\n一、时间安排\n自即日起执行。\n"
    for title, organ in (
        ("南州市博物馆2025年春节假期开放公告", "南州市博物馆"),
        ("南州市第一人民医院2024年护理质量提升方案", "南州市第一人民医院"),
        ("南州市残疾人联合会助残服务指南", "南州市残疾人联合会"),
        ("南州市市场监督管理局东湖分局2024年双随机抽查计划", "南州市市场监督管理局东湖分局"),
    ):
        doc = checked(title + body)
        assert (head(doc)["title"], head(doc)["issuer"]) == (title, organ), title


def test_a_pages_correction_and_close_buttons_and_a_barred_breadcrumb_are_chrome() -> None:
    """Found in batch 11's warnings (its probes compared no text): a tool row with 我要纠错 and 关闭此页,
    and a breadcrumb parted by bars, reached Document.text and were warned unplaced."""
    doc = checked(
        "主页 | 部门动态 | 通知公告\n"
        "南州市水利局关于做好2024年汛期安全工作的通知\n"
        "各县（市、区）水利局：\n"
        "请各地切实加强水库山塘巡查，确保安全度汛。\n"
        "南州市水利局\n"
        "2024年4月2日\n"
        "【关闭此页】　【我要纠错】\n"
    )
    assert "主页" not in doc.text and "纠错" not in doc.text
    assert "content-unplaced" not in [w.code for w in doc.warnings]


def test_organs_signing_under_short_names_a_hotline_or_a_village_sign_the_document() -> None:
    body = "关于做好防汛工作的通知\n各有关单位：\n请切实做好防汛准备工作。\n特此通知。\n"
    for organ in ("南州市妇联", "南州市社科联", "南州市律协", "南州市民服务热线", "青山镇上塘村"):
        doc = checked(body + organ + "\n2024年5月8日\n")
        assert (trailer(doc)["signature"], trailer(doc)["closing"]) == (
            ((organ,), "2024-05-08", "2024年5月8日"),
            "特此通知。",
        ), organ


def test_a_name_no_organ_ending_ends_signs_where_the_signing_organ_stands() -> None:
    for organ in ("南州市植物园", "南州动物园", "南州大剧场"):
        doc = checked(
            "关于春节期间开放时间调整的公告\n"
            "春节期间（2月10日至2月17日）开放时间调整为8时至18时，请游客合理安排行程。\n"
            "特此公告。\n" + organ + "\n2024年2月5日\n"
        )
        assert (trailer(doc)["signature"], trailer(doc)["closing"]) == (
            ((organ,), "2024-02-05", "2024年2月5日"),
            "特此公告。",
        ), organ


def test_a_name_over_the_number_and_the_title_is_the_letterhead_by_its_place() -> None:
    doc = checked(
        "南州市植物园\n"
        "南植园〔2024〕5号\n"
        "关于调整游园票价的请示\n"
        "南州市园林局：\n"
        "为弥补运营成本，拟将成人票价由20元调整为30元，妥否，请批示。\n"
        "南州市植物园\n"
        "2024年3月1日\n"
    )
    assert (head(doc)["issuer"], head(doc)["title"]) == ("南州市植物园", "关于调整游园票价的请示")


def test_a_short_line_under_the_body_that_is_no_name_signs_nothing() -> None:
    """The guard of the place rule: a line naming no one (a closing without its stop, an 附件 label,
    a heading) over the date stays what it is."""
    for line in ("特此通知", "附件下载", "三、工作要求"):
        doc = checked("关于开展安全检查的通知\n各单位：\n请于5月底前完成自查。\n" + line + "\n2024年5月6日\n")
        assert trailer(doc)["signature"] is None or trailer(doc)["signature"][0] == (), line


def test_names_no_ending_ends_stacked_over_the_date_under_a_closing_without_its_stop_all_sign() -> None:
    doc = checked(
        "关于联合举办春季花展的通知\n"
        "各有关单位：\n"
        "定于3月20日至4月10日联合举办春季花展，欢迎组织参观。\n"
        "特此通知\n"
        "南州市植物园\n"
        "南州大剧场\n"
        "2024年3月1日\n"
    )
    assert (trailer(doc)["signature"], trailer(doc)["closing"]) == (
        (("南州市植物园", "南州大剧场"), "2024-03-01", "2024年3月1日"),
        "特此通知",
    )


def test_a_suggestions_number_under_a_bian_hao_lead_without_hao_numbers_the_reference() -> None:
    doc = checked(
        "关于县十届人大四次会议代表建议（编号：A017）的答复\n"
        "柏某代表：\n"
        "您提出的《关于整治农村道路交通安全隐患的建议》收悉。现答复如下：\n"
        "今年全县在农村道路增设减速带和警示标志320处。\n"
        "某县公安局\n"
        "2024年6月4日\n"
    )
    assert head(doc)["ref"] == ("人大", "县", 10, 4, "A017", "建议", "关于整治农村道路交通安全隐患的建议", [])


def test_a_category_mark_without_a_label_among_a_notes_other_parts_gives_the_category() -> None:
    doc = checked(
        "关于区政协七届三次会议第0088号提案的答复\n"
        "童某委员：\n"
        "您提出的《关于增设社区儿童游乐设施的提案》收悉。现答复如下：\n"
        "今年我区在28个社区新建儿童游乐场地。\n"
        "某区住房和城乡建设局\n"
        "2024年6月5日\n"
        "（此件依申请公开；本件属C类）\n"
    )
    assert (head(doc)["category"], head(doc)["disclosure"]) == ("C", "依申请公开")
