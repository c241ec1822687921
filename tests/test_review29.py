"""Review29's pins on behaviour landed this session: each a strict xfail naming the commit and the finding
(REVIEW29 Rn in /work/coord/alerts.md); the author's fix lifts it. Made-up organs, people and places."""

from __future__ import annotations

import json

import govdoc
from tests.probing import checked, squashed

_REPLY = {
    "code": 0,
    "data": {
        "title": "关于县政协十一届二次会议第0037号提案的答复",
        "content": "\n".join(
            [
                "某县民政局",
                "某民函〔2025〕21号",
                "关于县政协十一届二次会议第0037号提案的答复",
                "周某某委员：",
                "您提出的关于加强社区养老服务设施建设的提案收悉。现答复如下：",
                "今年我局新建街道综合养老服务中心四处，培训养老护理员三百二十人次，全县养老机构床位达到两千一百张。",
                "感谢您对民政工作的关心和支持。",
                "某县民政局",
                "2025年6月3日",
            ]
        ),
    },
}


def _har() -> str:
    """A browser's HAR of the page's API call, indented as browsers save it: the answer in `response.content.text`."""
    entry = {
        "request": {"method": "GET", "url": "https://www.mou.gov.cn/api/reply/37"},
        "response": {
            "status": 200,
            "content": {"size": 900, "mimeType": "application/json", "text": json.dumps(_REPLY, ensure_ascii=False)},
        },
    }
    har = {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "entries": [entry]}}
    return json.dumps(har, ensure_ascii=False, indent=2) + "\n"


def test_a_har_answers_spans_point_at_the_files_line_holding_the_answer() -> None:
    """README's positions: a text's `source_ref` is the file's line (splitlines) the text stands on. The whole answer
    stands on the line of `"text": "{…}"`, so every element read from it is on that line."""
    source = _har()
    holder = 1 + next(k for k, line in enumerate(source.splitlines()) if line.lstrip().startswith('"text": "{'))
    assert holder > 1  # (the indented HAR: the answer is not on the file's first line)
    doc = checked(source)
    assert doc.header.title == "关于县政协十一届二次会议第0037号提案的答复"
    assert doc.header.title_span is not None and doc.header.title_span.source_ref == f"line:{holder}"
    assert doc.signature is not None and doc.signature.date == "2025-06-03"
    assert doc.signature.date_span is not None and doc.signature.date_span.source_ref == f"line:{holder}"


def test_a_speech_greeting_its_audience_of_deputies_has_no_recipients() -> None:
    """A speech at a 人代会 greets the deputies and members in the hall (各位代表、各位委员，你们好！), as it greets
    同志们: an audience, no 主送 (a speech has none), unlike a deputy greeted by name (龙某某委员您好！)."""
    source = "\n".join(
        [
            "在县第十八届人民代表大会第三次会议闭幕式上的讲话",
            "县人大常委会主任  张某某",
            "（2025年1月10日）",
            "各位代表、各位委员，你们好！",
            "县第十八届人民代表大会第三次会议，在全体代表的共同努力下，圆满完成了各项议程，今天就要闭幕了。",
            "这次大会是在全县上下奋力推进高质量发展的关键时期召开的一次重要会议。",
        ]
    )
    doc = checked(source + "\n")
    assert doc.header.title == "在县第十八届人民代表大会第三次会议闭幕式上的讲话"
    assert doc.header.recipients == ()


def test_a_groff_list_items_number_stays_with_its_item() -> None:
    """pandoc's `-t ms` writes an ordered list's item as `.IP "1." 3` over the item's words: the request is the
    typesetter's, its tag argument the number the page prints before the item, which the reply's points keep."""
    lines = [".LP", "某县民政局", ".LP", "关于县政协十一届二次会议第0037号提案的答复", ".LP", "周某某委员："]
    lines += [".LP", "您提出的关于加强社区养老服务设施建设的提案收悉。现答复如下："]
    lines += ['.IP "1." 3', "今年我局新建街道综合养老服务中心四处。", '.IP "2." 3', "培训养老护理员三百二十人次。"]
    lines += [".LP", "感谢您对民政工作的关心和支持。", ".LP", "某县民政局", ".LP", "2025年6月3日"]
    doc = checked("\n".join(lines) + "\n")
    text = squashed(doc.text)
    assert "1.今年我局新建街道综合养老服务中心四处。" in text
    assert "2.培训养老护理员三百二十人次。" in text


def _badge_page(badge: str) -> bytes:
    """A reply page whose 答复类别 value is a badge: white words on the badge's own red ground (`badge`)."""
    return f"""<html><head><meta charset="utf-8"><title>答复</title><style>.badge{{background:#c00}}</style></head>
<body><div class="article"><p>某县交通运输局</p><p>关于县人大十八届四次会议第0061号建议的答复</p>
<p>答复类别：{badge} 公开属性：主动公开</p><p>冯某某代表：</p>
<p>您提出的关于改善农村客运班线的建议收悉。现答复如下：</p>
<p>我局已开通镇村公交线路十二条，覆盖全县八十六个行政村，明年将新增新能源客车二十辆。</p>
<p>感谢您对交通运输工作的关心和支持。</p><p>某县交通运输局</p><p>2025年5月20日</p></div></body></html>""".encode()


def test_white_words_on_their_own_coloured_ground_are_read() -> None:
    """A badge draws white words on its own red ground (`<span style="color:#fff;background:#c00">B类</span>`, or
    the ground from its class): a reader sees them; the answer's category is read."""
    for badge in (
        '<span style="color:#fff;background:#c00;padding:0 4px">B类</span>',
        '<span class="badge" style="color:#ffffff">B类</span>',
    ):
        doc = govdoc.parse(_badge_page(badge), format="html")
        assert "答复类别：B类" in doc.text
        assert doc.header.handling_result == "B"


def _docx(body: str) -> bytes:
    """A minimal .docx of our own holding `body` (WordprocessingML paragraphs and tables)."""
    import io
    import zipfile

    main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    document = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{main}"><w:body>{body}</w:body></w:document>'
    )
    types = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships '
        'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type='
        '"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        "</Relationships>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", document)
    return out.getvalue()


def _p(text: str, white: bool = False) -> str:
    face = '<w:rPr><w:color w:val="FFFFFF"/></w:rPr>' if white else ""
    return f"<w:p><w:r>{face}<w:t>{text}</w:t></w:r></w:p>"


def test_white_words_in_a_table_the_table_shades_are_read() -> None:
    """A one-cell table shaded red by its own properties (`w:tblPr/w:shd` fill C00000) holds the answer's category
    in white: Word shows white on red, and the category is read."""
    band = (
        '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:shd w:val="clear" w:color="auto" w:fill="C00000"/>'
        '</w:tblPr><w:tblGrid><w:gridCol w:w="8000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="8000" w:type="dxa"/>'
        f"</w:tcPr>{_p('答复类别：B类', white=True)}</w:tc></w:tr></w:tbl>"
    )
    lines = ["某县交通运输局", "关于县人大十八届四次会议第0061号建议的答复"]
    rest = ["冯某某代表：", "您提出的关于改善农村客运班线的建议收悉。现答复如下：", "我局已开通镇村公交线路十二条。"]
    rest += ["感谢您对交通运输工作的关心和支持。", "某县交通运输局", "2025年5月20日"]
    body = "".join(_p(x) for x in lines) + band + "".join(_p(x) for x in rest) + "<w:sectPr/>"
    doc = govdoc.parse(_docx(body), format="docx")
    assert "答复类别：B类" in doc.text
    assert doc.header.handling_result == "B"


def test_a_docbook_chapters_table_cells_are_read() -> None:
    """A DocBook chapter (pandoc's `-t docbook`): paragraphs in `<para>`, the contact in a table whose `<entry>`
    cells hold their words bare. The cells are the document's words: the contact is read from them."""
    paras = [
        "某县民政局",
        "周某某委员：",
        "您提出的关于加强社区养老服务设施建设的提案收悉。现答复如下：今年我局新建街道综合养老服务中心四处。",
    ]
    paras += ["感谢您对民政工作的关心和支持。", "某县民政局", "2025年6月3日"]
    lines = ['<chapter xmlns="http://docbook.org/ns/docbook" version="5.0">']
    lines += ["  <info>", "    <title>关于县政协十一届二次会议第0037号提案的答复</title>", "  </info>"]
    for para in paras:
        lines += ["  <para>", f"    {para}", "  </para>"]
    lines += ["  <informaltable>", '    <tgroup cols="2">', "      <tbody>", "        <row>"]
    lines += ["          <entry>", "            联系人：吴某", "          </entry>"]
    lines += ["          <entry>", "            联系电话：0595-22331144", "          </entry>"]
    lines += ["        </row>", "      </tbody>", "    </tgroup>", "  </informaltable>", "</chapter>"]
    doc = checked("\n".join(lines) + "\n")
    assert "某县民政局" in doc.text
    assert doc.contact is not None
    assert (doc.contact.name, doc.contact.phones) == ("吴某", ("0595-22331144",))
