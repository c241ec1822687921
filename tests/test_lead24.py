"""The lead's fixes of session 24, each pinned by a new example of its cause."""

from __future__ import annotations

import pytest

import govdoc
from tests.docx_builder import make_docx, p, zip_parts


def _damaged_directory(package: bytes, version: int) -> bytes:
    """`package` with its first central-directory entry asking for a zip version no reader implements
    (zipfile raises NotImplementedError for it), the members' own headers left as they were."""
    data = bytearray(package)
    data[data.index(b"PK\x01\x02") + 6] = version
    return bytes(data)


DOCX = make_docx(p("关于某某事项的答复") + p("某某委员：") + p("您提出的提案收悉。"))
OFD = zip_parts({"OFD.xml": '<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"/>'})


@pytest.mark.parametrize("package", [DOCX, OFD], ids=["docx", "ofd"])
@pytest.mark.parametrize("version", [252, 64])
def test_a_package_whose_zip_directory_cannot_be_read_is_a_corrupt_file_not_a_crash(
    package: bytes, version: int
) -> None:
    data = _damaged_directory(package, version)
    with pytest.raises(govdoc.GovDocError) as caught:
        govdoc.parse(data)
    assert caught.value.code == "corrupt-file"


def test_a_type_character_left_alone_under_a_title_that_ends_in_a_shorter_type_joins_the_title() -> None:
    """`…的答复` over `函`: the character lengthens the type (答复函), so it is the title's last
    character, not a line of its own (review24 R3)."""
    doc = govdoc.parse_text(
        "滨江区卫生健康局\n"
        "关于区政协十二届四次会议第087号提案的答复\n"
        "函\n"
        "滨卫函〔2025〕19号\n"
        "周某委员：\n"
        "您提出的提案收悉。现答复如下：\n"
        "我局已在辖区新增社区卫生服务站6家。\n"
        "滨江区卫生健康局\n"
        "2025年6月3日\n"
    )
    assert doc.header.title == "滨江区卫生健康局关于区政协十二届四次会议第087号提案的答复函"
    assert doc.header.issuer == "滨江区卫生健康局"
    assert doc.header.doc_number is not None and doc.header.doc_number.serial == 19
    assert [p.text for p in doc.preamble] == ["您提出的提案收悉。现答复如下：", "我局已在辖区新增社区卫生服务站6家。"]


def test_a_lone_character_that_makes_no_longer_type_stays_out_of_the_title() -> None:
    """`…的通知` over `函`: 通知函 is no type, so the title keeps its own ending."""
    doc = govdoc.parse_text(
        "关于召开全区防汛工作会议的通知\n"
        "函\n"
        "各街道办事处：\n"
        "经研究，决定召开全区防汛工作会议。\n"
        "特此通知。\n"
        "某区应急管理局\n"
        "2025年5月6日\n"
    )
    assert doc.header.title == "关于召开全区防汛工作会议的通知"
    assert doc.kind == "notice"


def test_a_bare_page_number_between_the_signing_organ_and_its_date_is_page_furniture() -> None:
    """A text export cut the page inside the 落款 (organ ⏎ 12 ⏎ date): the figure is the page's number,
    so the signature keeps its organ and the closing stays the closing (review24 R5)."""
    doc = govdoc.parse_text(
        "关于区人大二届三次会议第56号建议的答复\n"
        "赵某代表：\n"
        "您提出的建议收悉，现答复如下：\n"
        "今年我局已在城区新建公共停车泊位1200个。\n"
        "感谢您对交通工作的理解和支持。\n"
        "某某区交通运输局\n"
        "12\n"
        "二〇二四年七月九日\n"
    )
    s = doc.signature
    assert s is not None
    assert (s.issuers, s.date) == (("某某区交通运输局",), "2024-07-09")
    assert doc.closing is not None and doc.closing.text == "感谢您对交通工作的理解和支持。"
    assert "12" not in doc.text.split("\n")
    assert "field-missing" not in [w.code for w in doc.warnings]


def test_two_characters_of_a_type_wrapped_under_a_title_end_the_title() -> None:
    """A text layer wrapped the title before the last two characters of its type (`…提案答复` /
    `的函`): they end the title (答复的函), not a line of their own (holdout24's first look)."""
    doc = govdoc.parse_text(
        "湘水市生态环境局关于市政协十一届三次会议第0233号提案答复\n"
        "的函\n"
        "湘环函〔2025〕58号\n"
        "九三学社湘水市委员会：\n"
        "贵会提出的《关于加强饮用水水源地保护的提案》收悉，现函复如下：\n"
        "我局已完成全市县级以上饮用水水源地规范化建设。\n"
        "特此函复。\n"
        "湘水市生态环境局\n"
        "2025年6月30日\n"
    )
    assert doc.header.title == "湘水市生态环境局关于市政协十一届三次会议第0233号提案答复的函"
    assert doc.kind == "reply"
    assert "content-unplaced" not in [w.code for w in doc.warnings]


def test_a_wechat_byline_with_its_clock_and_ip_province_is_page_chrome() -> None:
    """WeChat's byline under a post's headline: the account, the date, the clock and the province of
    the poster's IP (no 原创, no 发表于): the page's, not the document's (holdout24's first look)."""
    source = (
        "关于市政协十届三次会议第118号提案的答复\n"
        "南湖市政协 2025年03月12日 08:05 广东\n"
        "陈某委员：\n"
        "您提出的关于完善社区养老服务设施的提案收悉，现答复如下：\n"
        "会议定于2025年3月20日 14:30 召开，研究社区养老服务设施建设。\n"
        "南湖市民政局\n"
        "2025年3月10日\n"
    )
    doc = govdoc.parse_text(source)
    assert "08:05" not in doc.text
    assert doc.header.recipients == ("陈某委员",)
    # a reply's own line with a date and a clock stays: no province closes it
    assert "会议定于2025年3月20日 14:30 召开，研究社区养老服务设施建设。" in doc.text


def test_a_count_between_an_organ_and_a_date_in_a_flattened_table_stays() -> None:
    """A table copied one cell a line (单位 ⏎ 件数 ⏎ 日期) puts a count between an organ and a date, as a
    page cut inside the 落款 does; only the 落款's own figure, after a sentence's end and with no organ
    and date after it, is a page number (diffread-A A1)."""
    doc = govdoc.parse_text(
        "关于县政协九届二次会议第31号提案的答复\n"
        "杨某委员：\n"
        "您提出的提案收悉，现答复如下：\n"
        "各承办单位办理情况如下：\n"
        "县教育局\n"
        "4\n"
        "2024年4月2日\n"
        "县卫生健康局\n"
        "2\n"
        "2024年4月9日\n"
        "感谢您对我县工作的关心和支持。\n"
        "某县人民政府办公室\n"
        "2024年5月8日\n"
    )
    lines = doc.text.split("\n")
    assert "4" in lines and "2" in lines
    s = doc.signature
    assert s is not None and (s.issuers, s.date) == (("某县人民政府办公室",), "2024-05-08")


def test_a_chat_member_whose_display_name_ends_on_a_role_word_is_still_a_chat() -> None:
    """A group chat where one member's display name ends on a role word (…记者, 热心网友) is a chat: only a
    name that opens with the role (主持人, 带班领导) makes who/when lines a transcript's or a schedule's
    (diffread-C C1)."""
    source = (
        "李某(县住建局)  6月3日 09:12\n"
        "关于县政协十届二次会议第27号提案的答复\n"
        "王某委员：\n"
        "您提出的《关于加快老旧小区改造的提案》收悉，现答复如下：\n"
        "\n"
        "县电视台记者  6月3日 09:15\n"
        "收到，谢谢！\n"
        "\n"
        "李某(县住建局)  6月3日 09:16\n"
        "今年我局已完成老旧小区改造12个。\n"
        "某县住房和城乡建设局\n"
        "2024年6月3日\n"
    )
    doc = govdoc.parse_text(source)
    lines = doc.text.split("\n")
    assert "李某(县住建局)  6月3日 09:12" not in lines and "县电视台记者  6月3日 09:15" not in lines
    said = [w.message for w in doc.warnings if w.code == "text-repaired" and w.message.startswith("app-record")]
    assert len(said) == 1 and "县电视台记者  6月3日 09:15" in said[0]
    assert doc.header.title == "关于县政协十届二次会议第27号提案的答复"
