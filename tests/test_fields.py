"""Field extractors on hand-made inputs: numbers, dates, organs, contact, categories, kinds, proposals."""

from __future__ import annotations

import pytest

import govdoc
from govdoc.fields.category import category_of, disclosure_of
from govdoc.fields.contact import parse_contact
from govdoc.fields.dates import find_date
from govdoc.fields.docnumber import parse_doc_number
from govdoc.fields.kind import kind_of
from govdoc.fields.metadata import pairs_of
from govdoc.fields.organs import split_organs
from govdoc.fields.proposal import find_proposal
from govdoc.model import Contact, DocNumber
from govdoc.numerals import cn_digits_to_int, cn_to_int, int_to_roman


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("普发改委〔2023〕10号", DocNumber("普发改委〔2023〕10号", "普发改委", 2023, 10)),
        ("（余府发〔2012〕3号）", DocNumber("余府发〔2012〕3号", "余府发", 2012, 3)),
        ("建提复字〔2023〕第29号", DocNumber("建提复字〔2023〕第29号", "建提复字", 2023, 29)),
        ("京政发[2021]5号", DocNumber("京政发[2021]5号", "京政发", 2021, 5)),
        ("沪府办（2020）12号", DocNumber("沪府办（2020）12号", "沪府办", 2020, 12)),
        ("X医保函【2024】9号", DocNumber("X医保函【2024】9号", "X医保函", 2024, 9)),
        ("国办发明电〔2018〕15号", DocNumber("国办发明电〔2018〕15号", "国办发明电", 2018, 15)),
    ],
)
def test_doc_number_is_split_with_any_bracket(text: str, want: DocNumber) -> None:
    assert parse_doc_number(text) == want


def test_broken_doc_number_is_not_guessed() -> None:
    assert parse_doc_number("周交政发〔202527") is None


@pytest.mark.parametrize(
    ("text", "iso", "written"),
    [
        ("2023年4月27日", "2023-04-27", "2023年4月27日"),
        ("二〇二三年四月二十七日", "2023-04-27", "二〇二三年四月二十七日"),
        ("二○一二年一月九日", "2012-01-09", "二○一二年一月九日"),
        ("二O一一年5月16日", "2011-05-16", "二O一一年5月16日"),
        ("二零零六年十月三十一日", "2006-10-31", "二零零六年十月三十一日"),
        ("２０２４年１２月３日", "2024-12-03", "２０２４年１２月３日"),
        ("2023年 6 月 9 日", "2023-06-09", "2023年 6 月 9 日"),
        ("二〇二四年元月八日", "2024-01-08", "二〇二四年元月八日"),
        ("2024年3月5号", "2024-03-05", "2024年3月5号"),
        ("签发于2024.3.5。", "2024-03-05", "2024.3.5"),
        ("2024-03-05", "2024-03-05", "2024-03-05"),
        ("2024/3/5", "2024-03-05", "2024/3/5"),
        ("于2024.3.5.", "2024-03-05", "2024.3.5"),
    ],
)
def test_dates_in_arabic_and_chinese_numerals(text: str, iso: str, written: str) -> None:
    assert find_date(text) == (iso, written)


def test_impossible_date_gives_no_iso_value() -> None:
    assert find_date("2023年2月30日") == (None, "2023年2月30日")


@pytest.mark.parametrize("text", ["2024-3/5", "电话0871-2024-0305", "版本2024.3.5.1", "2024.13.5", "1.2024.3.5"])
def test_digit_strings_that_are_not_dates(text: str) -> None:
    assert find_date(text) is None


def test_signature_dated_in_digits_alone() -> None:
    doc = govdoc.parse_text(
        "关于区政协一届一次会议第1号提案的答复\n张某委员：\n您的提案收悉，现答复如下：\n已经办理。\n"
        "感谢您的支持。\n某区民政局　　　　2024.1.2\n"
    )
    assert doc.signature is not None
    assert (doc.signature.issuers, doc.signature.date, doc.signature.date_text) == (
        ("某区民政局",),
        "2024-01-02",
        "2024.1.2",
    )


def test_chinese_numerals_and_year_digits_read_as_their_numbers_and_a_non_numeral_as_none() -> None:
    assert [cn_to_int(x) for x in ("三", "十", "十二", "二十", "二十三", "一百零五", "两")] == [
        3,
        10,
        12,
        20,
        23,
        105,
        2,
    ]
    assert cn_digits_to_int("二〇二三") == 2023
    assert cn_to_int("甲") is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("经济委员会：", ["经济委员会"]),
        (
            "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
            ["各省、自治区、直辖市人民政府", "国务院各部委", "各直属机构"],
        ),
        ("王静波、孙旭光代表：", ["王静波、孙旭光代表"]),
        ("区政协办公室、区委区政府督查局", ["区政协办公室", "区委区政府督查局"]),
        ("尊敬的张某委员：", ["张某委员"]),
        ("市委办公厅，市人大常委会办公厅；市政协办公厅。", ["市委办公厅", "市人大常委会办公厅", "市政协办公厅"]),
        ("各县（区）人民政府、管委会,市直各单位:", ["各县（区）人民政府", "管委会", "市直各单位"]),
    ],
)
def test_organs_split_by_the_contract_rule(text: str, want: list[str]) -> None:
    assert split_organs(text) == want


def test_contact_block_with_labels_in_parentheses() -> None:
    contact = parse_contact(["（联系单位：某区交通局，联系人：李东晖，联系电话：0533-6412345转8012"])
    assert contact is not None
    assert contact.name == "李东晖"
    assert contact.phones == ("0533-6412345转8012",)
    assert contact.unit == "某区交通局"


def test_contact_keeps_phones_as_written_and_leaves_fax_out() -> None:
    contact = parse_contact(
        ["联系电话：0915─4426580、13912345678", "传真：0915-4426581", "电子邮箱：ban@example.gov.cn", "邮编：721700"]
    )
    assert contact is not None
    assert contact.phones == ("0915─4426580", "13912345678")
    assert contact.email == "ban@example.gov.cn"
    assert contact.postcode == "721700"


def test_address_label_is_not_a_unit() -> None:
    contact = parse_contact(["承办单位通讯地址：大渡河路1668号"])
    assert contact is not None
    assert contact.address == "大渡河路1668号"
    assert contact.unit is None


def test_staff_named_as_handler_is_the_contact_person() -> None:
    doc = govdoc.parse_text(
        "关于区政协一届一次会议第1号提案的答复\n张某委员：\n您的提案收悉，现答复如下：\n已经办理。\n"
        "某区民政局\n2024年1月2日\n承办单位：某区民政局养老服务科\n经办人：李四　电话：13812345678\n"
    )
    assert doc.contact is not None
    assert (doc.contact.name, doc.contact.phones, doc.contact.unit) == (
        "李四",
        ("13812345678",),
        "某区民政局养老服务科",
    )
    assert parse_contact(["承办人：孙八；联系电话：(021)52564588"]) == Contact(name="孙八", phones=("(021)52564588",))


def test_no_contact_without_labels() -> None:
    assert parse_contact(["我局电话畅通，68118611"]) is None


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("采纳解决", ("A", None)),
        ("所提问题已经解决或基本解决", ("A", None)),
        ("列入计划拟解决", ("B", None)),
        ("正在解决", ("B", None)),
        ("因条件限制暂不能解决", ("C", None)),
        ("留作参考", ("reference", None)),
        ("B", ("B", None)),
        ("A类", ("A", None)),
        ("D类", (None, "D")),
        ("甲类", (None, "甲")),
        ("其他", (None, None)),
    ],
)
def test_an_answer_category_wording_reads_as_its_class_or_as_an_unknown_mark(
    value: str, want: tuple[str | None, str | None]
) -> None:
    assert category_of(value) == want


def test_a_disclosure_wording_reads_as_the_contracts_disclosure_value() -> None:
    assert disclosure_of("主动公开·全文") == "主动公开"
    assert disclosure_of("（此件公开发布）") == "主动公开"
    assert disclosure_of("依申请公开") == "依申请公开"
    assert disclosure_of("不公开") == "不予公开"
    assert disclosure_of("全文") is None


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("关于区政协十五届二次会议第1号提案的答复", "reply"),
        ("关于县第十八届人大第一次会议第122号建议答复的函", "reply"),
        ("关于区政协第201号提案协办意见的函", "reply"),
        ("关于印发《某某办法》的通知", "notice"),
        ("关于推行某某监管的意见", "opinion"),
        ("关于2020年审批决定的公告", "announcement"),
        ("关于商请支持的函", "letter"),
        ("关于某某工作情况的报告", "report"),
        ("某某实施方案", "plan"),
        ("某市绿色建筑管理办法", "measures"),
        ("对某某提案的答复（摘要）", "reply"),
    ],
)
def test_kind_from_the_title_suffix(title: str, kind: str) -> None:
    assert kind_of(title, []) == kind


def test_kind_without_title_from_the_reply_words() -> None:
    assert kind_of(None, ["您提出的建议收悉，现答复如下："]) == "reply"
    assert kind_of(None, ["今天天气很好。"]) == "other"


def test_metadata_from_pipe_table_and_label_lines() -> None:
    assert pairs_of("[ 索引号 ] | 1150/2022-00028 | [ 有效性 ] | |") == [("索引号", "1150/2022-00028")]
    assert pairs_of("公开属性：主动公开·全文") == [("公开属性", "主动公开·全文")]
    assert pairs_of("建议人:") == []


def test_proposal_reference_from_a_title() -> None:
    ref = find_proposal("政协十四届全国委员会第二次会议第02650号（财税金融类171号）提案答复的函", [], [], [])
    assert ref is not None
    assert (ref.body, ref.level, ref.term, ref.session, ref.number, ref.kind) == (
        "政协",
        "全国",
        14,
        2,
        "02650",
        "提案",
    )


def test_proposal_reference_from_a_meeting_without_number() -> None:
    ref = find_proposal(None, [], ["您在镇第二十届人民代表大会第一次会议上提出的关于修路的建议收悉。"], [])
    assert ref is not None
    assert (ref.body, ref.level, ref.term, ref.session, ref.number, ref.kind) == ("人大", "镇", 20, 1, None, "建议")
    assert ref.title == "关于修路的建议"


def test_proposal_kind_is_the_word_after_the_quoted_title() -> None:
    ref = find_proposal(None, [], ["您提出的《关于亮化路口的建议》的提案收悉。"], [])
    assert ref is not None
    assert ref.kind == "提案" and ref.title == "关于亮化路口的建议" and ref.number is None


def test_no_proposal_in_a_notice_body() -> None:
    assert find_proposal(None, [], ["为切实做好防汛工作，现通知如下："], []) is None


@pytest.mark.parametrize(
    ("n", "roman"),
    [(1, "I"), (4, "IV"), (9, "IX"), (14, "XIV"), (40, "XL"), (49, "XLIX"), (99, "XCIX"), (1994, "MCMXCIV"), (0, "")],
)
def test_a_list_number_in_roman_numerals_is_written_the_subtractive_way(n: int, roman: str) -> None:
    assert int_to_roman(n) == roman
