"""The OFD reader: real files from several producers, hand-made packages for each rule, and
PDF fixtures rewritten as OFD the ways producers write it."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

import govdoc
from govdoc.readers.ofd.content import deltas
from govdoc.readers.pdf_chars import read_pages
from tests.conftest import FIXTURES, SHARED, need_shared
from tests.ofd_writer import write_ofd
from tests.timing import growth


def _ofd(name: str) -> Path:
    return need_shared(SHARED / "fixtures" / "ofd" / name)


NS = "http://www.ofdspec.org/2016"


def _package(
    page_xml: str, *, extra: dict[str, str | bytes] | None = None, res: str = "", templates: str = ""
) -> bytes:
    """A one-page OFD whose page content is `page_xml` (the children of ofd:Page)."""
    fonts = '<ofd:Font ID="1" FontName="仿宋"/><ofd:Font ID="2" FontName="方正小标宋简体"/>'
    files: dict[str, str | bytes] = {
        "OFD.xml": f'<ofd:OFD xmlns:ofd="{NS}"><ofd:DocBody><ofd:DocRoot>/Doc_0/Document.xml</ofd:DocRoot>'
        "</ofd:DocBody></ofd:OFD>",
        "Doc_0/Document.xml": f'<ofd:Document xmlns:ofd="{NS}"><ofd:CommonData><ofd:PageArea>'
        "<ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>"
        f'{templates}</ofd:CommonData><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/>'
        "</ofd:Pages></ofd:Document>",
        "Doc_0/PublicRes.xml": f'<ofd:Res xmlns:ofd="{NS}" BaseLoc="Res"><ofd:Fonts>{fonts}</ofd:Fonts>{res}</ofd:Res>',
        "Doc_0/Pages/Page_0/Content.xml": f'<ofd:Page xmlns:ofd="{NS}">{page_xml}</ofd:Page>',
        **(extra or {}),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for name, text in files.items():
            package.writestr(name, text)
    return buffer.getvalue()


def _text(x: float, y: float, text: str, *, attrs: str = "", code: str = "", size: float = 5.6) -> str:
    step = " ".join([str(size)] * (len(text) - 1))
    return (
        f'<ofd:TextObject ID="9" Font="1" Size="{size}" Boundary="{x} {y} 150 {size * 1.5}" {attrs}>'
        f'<ofd:TextCode X="0" Y="{size}" DeltaX="{step}" {code}>{text}</ofd:TextCode></ofd:TextObject>'
    )


def _layer(*objects: str) -> str:
    return f'<ofd:Content><ofd:Layer ID="5">{"".join(objects)}</ofd:Layer></ofd:Content>'


def _parse(data: bytes) -> govdoc.Document:
    return govdoc.parse(data, format="ofd")


# --- real files -------------------------------------------------------------------------


def test_luqiao_approval_reads_as_the_approval_it_is() -> None:
    doc = govdoc.parse(_ofd("luqiao-approval.ofd"))
    assert doc.source.format == "ofd" and doc.source.pages == 2
    assert doc.header.issuer == "测试符路桥区卫生局"
    assert doc.header.title == "关于同意张阿三同志辞职的批复"
    assert doc.header.recipients == ("区中医院",)
    assert doc.signature is not None and doc.signature.date == "2011-03-10"
    assert [p.span.page for p in doc.preamble] == [1, 1, 1]
    assert doc.imprint is not None and doc.imprint.printed_by == "测试符路桥区卫生局办公室"
    assert "— 1 —" not in doc.text and "— 2 —" not in doc.text  # page numbers are furniture
    seal = [w for w in doc.warnings if w.code == "electronic-seal"]
    assert len(seal) == 1 and "dms360.cn" in seal[0].message


def test_luqiao_red_issuer_mark_and_title_face_are_hints() -> None:
    from govdoc.readers.ofd import ofd_blocks

    blocks = ofd_blocks(_ofd("luqiao-approval.ofd").read_bytes(), path=None, max_unzipped=1 << 26).blocks
    mark, number, title = blocks[0], blocks[1], blocks[2]
    assert mark.text == "测试符路桥区卫生局文件" and mark.hints.red and mark.hints.centered
    assert number.text == "路卫发〔2011〕76号" and not number.hints.red
    assert title.hints.font == "小标宋体" and title.hints.size is not None and round(title.hints.size) == 22


def _blocks(name: str) -> list[str]:
    """The reader's blocks of a real file, before any 公文 rule (these files are no 公文)."""
    from govdoc.readers.ofd import ofd_blocks

    govdoc.parse(_ofd(name))  # the whole parse goes through without an error too
    return [b.text for b in ofd_blocks(_ofd(name).read_bytes(), path=None, max_unzipped=1 << 26).blocks]


def test_essay_reads_in_order_and_joins_the_paragraph_over_the_page_break() -> None:
    from govdoc.readers.ofd import ofd_blocks

    lines = _blocks("essay-two-pages.ofd")
    assert lines[:2] == ["拿来主义", "鲁迅"]
    assert lines[2].startswith("中国一向是所谓“闭关主义”，自己不去，别人也不许来。")
    joined = [t for t in lines if "但是，如果反对这宅子的旧主人，怕给他的东西染污了，徘徊不敢走进门，是孱头；" in t]
    assert len(joined) == 1  # the last line of page 1 and the first of page 2 in one paragraph
    assert lines[-1].endswith("没有拿来的，文艺不能自成为新文艺。")
    blocks = ofd_blocks(_ofd("essay-two-pages.ofd").read_bytes(), path=None, max_unzipped=1 << 26).blocks
    assert [b.joins != [] for b in blocks].count(True) == 1


def test_invoice_reads_its_template_text_under_the_content() -> None:
    lines = _blocks("invoice.ofd")
    assert lines[0].startswith("重庆增值税电子普通发票")  # drawn by the template page Tpl_0
    assert "发票号码：12235358" in lines  # drawn by the page's own layer
    assert "价税合计（大写）  壹万零陆佰圆整  （小写）¥10600.00" in lines  # table cells apart


def test_certificate_reads_text_split_over_text_codes_and_the_turned_watermark() -> None:
    lines = _blocks("certificate-template.ofd")
    assert lines[:4] == ["鲁（2020）泰安市不动产证明第0014777号", "29", "中国建设银行股份有限公司泰安分行", "李伟"]
    assert "岱岳区青春创业开发区鑫源小区25号楼1单元601室" in lines  # one TextCode wrapped by DeltaY
    assert "事由户籍办理房产证明" in lines  # set at 45° through the CTM: read as one run
    assert "2020  05  08" in lines


def test_text_turned_through_the_ctm_is_read_column_by_column() -> None:
    assert _blocks("vertical-and-rotated-text.ofd") == ["121212  一二三四一二三四", "一二三四"]
    doc = govdoc.parse(_ofd("vertical-and-rotated-text.ofd"))
    assert any(w.code == "layout-unusual" and "vertical" in w.message for w in doc.warnings)


def test_standard_tables_lose_no_character() -> None:
    lines = _blocks("standard-excerpt-tables.ofd")
    assert govdoc.parse(_ofd("standard-excerpt-tables.ofd")).source.pages == 4
    assert lines[0] == "11.4字型变换"
    # the attribute table is ruled by path objects: read as a table, its row's cells parted by tabs
    assert "CodePosition\txs:int\tTextCode中字符编码的起始位置，从0开始\t必选" in lines
    assert lines[-2:] == ["变换之后的文本：（两个泰米尔语字符在有些字型中对应三个字型）", "போ"]
    assert lines.count("楷体gb2312") == 2


# --- the rules of the format, on hand-made packages -------------------------------------


def test_delta_lists_spell_out_g_repeats() -> None:
    assert deltas("g 3 5.57 2.77") == [5.57, 5.57, 5.57, 2.77]
    assert deltas("1 g 2 0.5 g") == [1.0, 0.5, 0.5]
    assert deltas("g 999999999 1")[:2] == [1.0, 1.0] and len(deltas("g 999999999 1")) == 100_000


def test_objects_stored_out_of_order_are_read_by_position() -> None:
    body = [
        _text(20, 100, "三、第三行的文字内容"),
        _text(20, 60, "一、第一行的文字内容"),
        _text(20, 80, "二、第二行的文字内容"),
    ]
    assert _parse(_package(_layer(*body))).text == "一、第一行的文字内容\n二、第二行的文字内容\n三、第三行的文字内容"


def test_one_object_per_character_reads_like_one_per_line() -> None:
    chars = [_text(20 + 5.6 * k, 60, ch) for k, ch in enumerate("各区人民政府：")]
    assert _parse(_package(_layer(*reversed(chars)))).text == "各区人民政府："


def test_ctm_scales_and_moves_the_text() -> None:
    # Size 100 scaled by 0.056 is 5.6 mm; the CTM's translation moves the line below the other.
    turned = _text(0, 0, "第二行", attrs='CTM="0.056 0 0 0.056 20 90"', size=100)
    plain = _text(20, 60, "第一行")
    assert _parse(_package(_layer(turned, plain))).text == "第一行\n第二行"


def test_g_repeats_place_characters_like_written_deltas() -> None:
    written = '<ofd:TextCode X="0" Y="5.6" DeltaX="g 3 5.6 g 2 30">一二三四五六</ofd:TextCode>'
    obj = f'<ofd:TextObject ID="9" Font="1" Size="5.6" Boundary="20 60 160 9">{written}</ofd:TextObject>'
    from govdoc.readers.ofd import ofd_blocks

    reading = ofd_blocks(_package(_layer(obj)), path=None, max_unzipped=1 << 20)
    assert [b.text for b in reading.blocks] == ["一二三四  五  六"]  # 30 mm steps are wide gaps


def test_a_text_code_without_x_keeps_the_previous_x() -> None:
    codes = '<ofd:TextCode X="0" Y="5.6">第一行</ofd:TextCode><ofd:TextCode Y="30">第二行</ofd:TextCode>'
    obj = f'<ofd:TextObject ID="9" Font="1" Size="5.6" Boundary="20 60 160 40">{codes}</ofd:TextObject>'
    assert _parse(_package(_layer(obj))).text == "第一行\n第二行"


def test_template_page_text_is_read_under_the_page() -> None:
    template = f'<ofd:Page xmlns:ofd="{NS}">{_layer(_text(20, 30, "模板上的抬头文字"))}</ofd:Page>'
    page = '<ofd:Template TemplateID="7" ZOrder="Background"/>' + _layer(_text(20, 60, "页面上的正文文字"))
    data = _package(
        page,
        templates='<ofd:TemplatePage ID="7" BaseLoc="Tpls/Tpl_0/Content.xml"/>',
        extra={"Doc_0/Tpls/Tpl_0/Content.xml": template},
    )
    assert _parse(data).text == "模板上的抬头文字\n页面上的正文文字"


def test_weight_fill_colour_and_font_become_hints() -> None:
    from govdoc.readers.ofd import ofd_blocks

    res = '<ofd:ColorSpaces><ofd:ColorSpace ID="3" Type="CMYK"/></ofd:ColorSpaces>'
    red_cmyk = '<ofd:FillColor Value="0 255 255 0" ColorSpace="3"/>'
    mark = (
        '<ofd:TextObject ID="8" Font="2" Size="15" Weight="900" Boundary="60 30 120 20">'
        f'{red_cmyk}<ofd:TextCode X="0" Y="15" DeltaX="g 5 15">某某市某某局文件</ofd:TextCode></ofd:TextObject>'
    )
    blocks = ofd_blocks(_package(_layer(mark), res=res), path=None, max_unzipped=1 << 20).blocks
    hints = blocks[0].hints
    assert hints.red and hints.font == "方正小标宋简体" and hints.size is not None and round(hints.size) == 43


def test_hex_colour_values_are_read() -> None:
    from govdoc.readers.ofd import ofd_blocks

    obj = _text(20, 60, "红色的文字", code="").replace(
        "<ofd:TextCode", '<ofd:FillColor Value="#ee #20 #25"/><ofd:TextCode'
    )
    assert ofd_blocks(_package(_layer(obj)), path=None, max_unzipped=1 << 20).blocks[0].hints.red


def test_unknown_elements_and_graphics_are_skipped() -> None:
    page = _layer(
        '<ofd:PathObject ID="3" Boundary="20 50 150 1"><ofd:AbbreviatedData>M 0 0 L 150 0</ofd:AbbreviatedData>'
        "</ofd:PathObject>",
        '<ofd:Mystery ID="4"><ofd:TextCode>不读</ofd:TextCode></ofd:Mystery>',
        f'<ofd:PageBlock ID="6">{_text(20, 60, "块里的文字")}</ofd:PageBlock>',
    )
    assert _parse(_package(page)).text == "块里的文字"


# --- errors --------------------------------------------------------------------------------


def _code(data: bytes) -> str:
    with pytest.raises(govdoc.GovDocError) as caught:
        _parse(data)
    return caught.value.code


def test_bad_packages_get_typed_errors() -> None:
    assert _code(b"not a zip at all") == "corrupt-file"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("Doc_0/Document.xml", "<x/>")
    assert _code(buffer.getvalue()) == "corrupt-file"  # no OFD.xml
    encrypted = _package(_layer(_text(20, 60, "正文")), extra={"Encryptions.xml": "<Encryptions/>"})
    assert _code(encrypted) == "encrypted"
    broken = _package(_layer(_text(20, 60, "正文")), extra={"OFD.xml": "<ofd:OFD"})
    assert _code(broken) == "corrupt-file"
    no_root = _package("", extra={"OFD.xml": f'<ofd:OFD xmlns:ofd="{NS}"><ofd:DocBody/></ofd:OFD>'})
    assert _code(no_root) == "corrupt-file"


def _scan_package(*, with_text: bool = False) -> bytes:
    """A page drawing one stored image over the whole page (a scan inside an OFD)."""
    from PIL import Image

    png = io.BytesIO()
    Image.new("L", (210, 297), 255).save(png, format="PNG")
    image = '<ofd:ImageObject ID="4" CTM="210 0 0 297 0 0" Boundary="0 0 210 297" ResourceID="5"/>'
    media = '<ofd:MultiMedias><ofd:MultiMedia ID="5" Type="Image"><ofd:MediaFile>scan.png</ofd:MediaFile></ofd:MultiMedia></ofd:MultiMedias>'
    body = _layer(image, _text(20, 60, "正文文字") if with_text else "")
    return _package(body, res=media, extra={"Doc_0/Res/scan.png": png.getvalue()})


def test_image_only_pages_have_no_text_layer() -> None:
    from govdoc.readers.ofd.package import Package

    data = _scan_package()
    assert Package(data, None, 1 << 20).find("Doc_0/Res/scan.png") is not None
    assert _code(data) == "no-text-layer"
    assert _parse(_scan_package(with_text=True)).text == "正文文字"


def test_declared_sizes_are_checked_before_inflating() -> None:
    data = _package(_layer(_text(20, 60, "正文")), extra={"Doc_0/Res/big.bin": "0" * 200_000})
    with pytest.raises(govdoc.GovDocError) as caught:
        govdoc.parse(data, format="ofd", max_unzipped=100_000)
    assert caught.value.code == "too-large"


def test_entities_are_not_expanded() -> None:
    page = (
        '<!DOCTYPE p [<!ENTITY boom "炸弹炸弹炸弹">]>'
        + f'<ofd:Page xmlns:ofd="{NS}">'
        + _layer(_text(20, 60, "正文&boom;"))
    )
    data = _package("", extra={"Doc_0/Pages/Page_0/Content.xml": page + "</ofd:Page>"})
    try:
        assert "炸弹" not in _parse(data).text
    except govdoc.GovDocError as exc:
        assert exc.code != "internal-error"


def test_a_seal_is_noted_never_verified() -> None:
    signatures = (
        f'<ofd:Signatures xmlns:ofd="{NS}"><ofd:Signature ID="1" BaseLoc="Sign_0/Signature.xml"/></ofd:Signatures>'
    )
    signature = (
        f'<ofd:Signature xmlns:ofd="{NS}"><ofd:SignedInfo><ofd:Provider ProviderName="某签章系统"/>'
        "</ofd:SignedInfo><ofd:SignedValue>/nowhere.dat</ofd:SignedValue></ofd:Signature>"
    )
    data = _package(
        _layer(_text(20, 60, "正文文字")),
        extra={"Doc_0/Signs/Signatures.xml": signatures, "Doc_0/Signs/Sign_0/Signature.xml": signature},
    )
    seal = [w for w in _parse(data).warnings if w.code == "electronic-seal"]
    assert len(seal) == 1 and "某签章系统" in seal[0].message


def test_ofd_suffix_is_read_from_a_path(tmp_path: Path) -> None:
    target = tmp_path / "通知.ofd"
    target.write_bytes(_package(_layer(_text(20, 60, "正文文字"))))
    assert govdoc.parse(target).source.format == "ofd"


# --- PDF fixtures written as OFD ------------------------------------------------------------

# seed-official.pdf is left out: LibreOffice printed its CJK text in a Latin fallback font whose
# glyph boxes are half their advance, a width an OFD cannot carry without its font file.
PRINTED = [FIXTURES / "pdf" / "numbering-levels.pdf", SHARED / "fixtures" / "putuo-office.pdf"]
WAYS = [
    pytest.param({}, id="line-objects"),
    pytest.param({"by_char": True}, id="char-objects"),
    pytest.param({"shuffle": 7}, id="line-objects-shuffled"),
    pytest.param({"by_char": True, "shuffle": 3}, id="char-objects-shuffled"),
]


@pytest.mark.parametrize("pdf", PRINTED, ids=lambda p: p.name)
@pytest.mark.parametrize("way", WAYS)
def test_pdf_written_as_ofd_parses_to_the_same_document(pdf: Path, way: dict[str, object]) -> None:
    data = need_shared(pdf).read_bytes()
    expected = govdoc.parse(data, format="pdf").to_dict()
    got = govdoc.parse(write_ofd(read_pages(data, backend="pypdfium2", path=None), **way), format="ofd").to_dict()
    expected.pop("source")
    source = got.pop("source")
    # Source positions are the file's, not the parse's: an OFD text object holding a whole line
    # spreads its width over the characters by their class, so box edges move a little.
    assert _without_positions(got) == _without_positions(expected)
    assert isinstance(source, dict) and source["format"] == "ofd"


def _without_positions(value: object) -> object:
    if isinstance(value, dict):
        return {k: _without_positions(v) for k, v in value.items() if k not in ("source_ref", "source_box")}
    if isinstance(value, list):
        return [_without_positions(v) for v in value]
    return value


def test_batch_picks_up_ofd_files(tmp_path: Path) -> None:
    import json

    from govdoc.batch import run_batch

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "通知.ofd").write_bytes(_package(_layer(_text(20, 60, "关于开展检查的通知"))))
    out = tmp_path / "out.jsonl"
    run_batch([str(tmp_path / "in")], out, workers=1, quiet=True)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 1 and records[0]["source"]["format"] == "ofd"
    assert records[0]["text"] == "关于开展检查的通知"


def test_damaged_pages_give_a_document_or_a_typed_error_never_an_internal_one() -> None:
    import random

    source = zipfile.ZipFile(_ofd("luqiao-approval.ofd"))
    content = source.read("Doc_0/Pages/Page_0/Content.xml")
    rng = random.Random(17)
    for _ in range(60):
        damaged = bytearray(content)
        for _ in range(rng.randint(1, 6)):
            at = rng.randrange(len(damaged))
            damaged[at : at + rng.randint(1, 8)] = bytes(rng.choice(b' <>/"=0123456789.-gCTMXY') for _ in range(3))
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as package:
            for name in source.namelist():
                page = name == "Doc_0/Pages/Page_0/Content.xml"
                package.writestr(name, bytes(damaged) if page else source.read(name))
        try:
            _parse(buffer.getvalue())
        except govdoc.InternalError as exc:
            pytest.fail(f"internal error: {exc}")
        except govdoc.GovDocError:
            pass


def test_a_g_repeat_never_spells_out_more_steps_than_the_run_has_characters() -> None:
    assert deltas("g 999999999 1 " * 1000, 3) == [1.0, 1.0, 1.0]


def test_a_template_shared_by_many_pages_is_unpacked_once() -> None:
    template = f'<ofd:Page xmlns:ofd="{NS}">{_layer(_text(20, 30, "模板文字"))}<!-- {"x" * 20_000} --></ofd:Page>'
    pages = "".join(f'<ofd:Page ID="{k}" BaseLoc="Pages/Page_0/Content.xml"/>' for k in range(30))
    document = (
        f'<ofd:Document xmlns:ofd="{NS}"><ofd:CommonData><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>'
        '<ofd:TemplatePage ID="7" BaseLoc="Tpls/Tpl_0/Content.xml"/></ofd:CommonData>'
        f"<ofd:Pages>{pages}</ofd:Pages></ofd:Document>"
    )
    page = '<ofd:Template TemplateID="7"/>' + _layer(_text(20, 60, "页面文字"))
    data = _package(page, extra={"Doc_0/Tpls/Tpl_0/Content.xml": template, "Doc_0/Document.xml": document})
    doc = govdoc.parse(data, format="ofd", max_unzipped=200_000)  # 30 reads of the template would pass it
    assert doc.source.pages == 30


def test_many_turned_characters_are_gathered_in_linear_time() -> None:
    from govdoc.readers.ofd import ofd_blocks

    def package(count: int) -> Callable[[], object]:
        turned = "".join(
            f'<ofd:TextObject ID="{k}" Font="1" Size="100" CTM="0 0.05 -0.05 0 0 0" '
            f'Boundary="{10 + 3 * k} 10 5 5"><ofd:TextCode X="0" Y="0">字</ofd:TextCode>'  # a column each
            "</ofd:TextObject>"
            for k in range(count)
        )
        data = _package(_layer(turned))
        return lambda: ofd_blocks(data, path=None, max_unzipped=1 << 28)

    ratio = growth(package(500), package(4000), bound=25)
    assert ratio <= 25, f"eight times the characters took {ratio:.1f}x the CPU time (linear is about 8x)"


def test_ofd_bytes_without_a_format_are_recognised() -> None:
    data = _package(_layer(_text(20, 60, "关于开展检查的通知")))
    doc = govdoc.parse(data)
    assert doc.source.format == "ofd" and doc.text == "关于开展检查的通知"


def test_package_paths_never_leave_the_package() -> None:
    outside = f'<ofd:OFD xmlns:ofd="{NS}"><ofd:DocBody><ofd:DocRoot>../../../../etc/passwd</ofd:DocRoot></ofd:DocBody></ofd:OFD>'
    assert _code(_package(_layer(_text(20, 60, "正文")), extra={"OFD.xml": outside})) == "corrupt-file"
    four_members = _package(_layer(_text(20, 60, "正文")))
    with pytest.raises(govdoc.TooLargeError):
        govdoc.parse(four_members, format="ofd", limits=govdoc.Limits(package_members=3))


def test_a_scan_inside_an_ofd_is_read_by_ocr() -> None:
    pytest.importorskip("rapidocr_onnxruntime", reason="the ocr extra is not installed")
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(need_shared(SHARED / "fixtures" / "putuo-office.pdf").read_bytes())
    png = io.BytesIO()
    document[0].render(scale=150 / 72).to_pil().save(png, format="PNG")
    document.close()
    image = '<ofd:ImageObject ID="4" CTM="210 0 0 297 0 0" Boundary="0 0 210 297" ResourceID="5"/>'
    media = '<ofd:MultiMedias><ofd:MultiMedia ID="5" Type="Image"><ofd:MediaFile>p1.png</ofd:MediaFile></ofd:MultiMedia></ofd:MultiMedias>'
    doc = _parse(_package(_layer(image), res=media, extra={"Doc_0/Res/p1.png": png.getvalue()}))
    assert doc.header.title == "对区政协十五届二次会议第152038号提案的答复"
    assert doc.header.doc_number is not None and doc.header.doc_number.text == "普发改委〔2023〕10号"
    assert any(w.code == "ocr-used" for w in doc.warnings)
    with pytest.raises(govdoc.GovDocError) as caught:
        govdoc.parse(_scan_package(), format="ofd", ocr="never")
    assert caught.value.code == "no-text-layer"
