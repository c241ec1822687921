"""The endings of an organ's name, defined once for every layer: `patterns.organs` builds its organ patterns
from them, and the text reader (readers.messages.pasted_chat) asks them of a sender line's name, since an organ's
post in a portal's 问政 thread (某某街道 5月22日 15:30) is no chat message to drop (diffread-B B1). A reader may not
import `patterns`, so the list stands here, the one place, as `numerals` does for the numerals."""

from __future__ import annotations

# The endings of an organ's name: the one list every pattern that ends a name on an organ reads.
ORGAN_ENDINGS = (
    r"政府|委员会|委|局|厅|办公室|办|部|院|中心|机构|会|室|所|处|科|股|署|司|馆|站|队|团|社|组"
    r"|公司|集团|街道|镇|乡|县|区|市|省|党委|党组|支部|银行|分行|支行|学校|大学|学院|中学|小学|幼儿园|医院|分局"
    # organs named for what they run (某某海关, 某市气象台, 某区国有林场, 中共某区委党校)
    r"|海关|监狱|党校|(?:气象|地震|广播电视|电视)台|电台|(?:林|农|牧|渔)场|机场|热线"
    # people's organisations under the short names they sign with (市残联, 市工商联, 市科协), and a
    # village, which signs its notices with its name (某镇某村) as a 社区 does (…区 above)
    r"|(?:残|妇|侨|文|台|社科|工商)联|(?:科|消|律|作)协|村"
)
