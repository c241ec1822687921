"""Wrap fuzzed bytes as the page of an otherwise valid OFD package.

Random bytes almost never make a zip whose members inflate, so a byte-level fuzzer spends its
time on `corrupt-file`. The `ofd-page` harness fuzzes what the OFD reader really interprets,
a page's Content.xml, inside a package that is valid around it. The replay test uses the same
wrapper, without atheris.
"""

from __future__ import annotations

import io
import zipfile

NS = "http://www.ofdspec.org/2016"
_FILES = {
    "OFD.xml": f'<ofd:OFD xmlns:ofd="{NS}"><ofd:DocBody><ofd:DocRoot>/Doc_0/Document.xml</ofd:DocRoot>'
    "</ofd:DocBody></ofd:OFD>",
    "Doc_0/Document.xml": f'<ofd:Document xmlns:ofd="{NS}"><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>'
    "0 0 210 297</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>"
    '<ofd:TemplatePage ID="7" BaseLoc="Tpls/Tpl_0/Content.xml"/></ofd:CommonData><ofd:Pages>'
    '<ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>',
    "Doc_0/PublicRes.xml": f'<ofd:Res xmlns:ofd="{NS}" BaseLoc="Res"><ofd:ColorSpaces><ofd:ColorSpace ID="3" '
    'Type="CMYK"/></ofd:ColorSpaces><ofd:Fonts><ofd:Font ID="1000" FontName="仿宋"/></ofd:Fonts></ofd:Res>',
}


def page_package(content: bytes) -> bytes:
    """An OFD whose only page (and its template) is `content`."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for name, text in _FILES.items():
            package.writestr(name, text)
        package.writestr("Doc_0/Pages/Page_0/Content.xml", content)
        package.writestr("Doc_0/Tpls/Tpl_0/Content.xml", content)
    return buffer.getvalue()
