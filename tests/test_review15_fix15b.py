"""Review15's findings R4 and R7 (/work/coord/reports/review15.md), each shown by a NEW example
written for its cause, not the reviewer's text, with a guard that holds what the fixed rule still
does. Expected values written by hand from reading the documents.

- R4 (joins.wrap_width, a short copy's width): two open lines at the body's longest length were taken
  as a width's cuts, so a list of long unit names, each a whole line, was joined into one paragraph
  with the sentence under it. A line the width cut leaves its clause to the next line, which carries
  it on to a mark (`…的提案` / `已收悉，现答复如下：`); a name whose next line is another name carries
  on no clause.
- R7 (header_recipients.run_on_addressee, struct13's one-sentence body): a notice opening straight on
  its division of duties (`县水利局：负责…。` line after line) lost its first duty's organ to the
  主送. A 主送 run onto a one-paragraph body is one line; lines of that shape one under another are
  a list.

First look on main 2b791a9 (tests committed before the fix ran): the two examples fail as the review
says; the R4 guard passes; the R7 guard failed on my own misreading (I had put `特此通知。` in the
preamble; the contract makes it the `closing`), its expectation corrected to the contract.
"""

from __future__ import annotations

from tests.probing import checked, codes

# --- R4: a short copy's width needs lines cut inside a clause ---------------------------------


def test_a_short_notice_listing_long_names_keeps_each_name_its_own_line() -> None:
    """Three cooperatives' names of 19 characters, the body's longest lines, each ending open (a name
    has no stop): the line under each of the first two is another name, so no clause runs over them
    and no width cut them; the names and the sentence under them stay as written."""
    doc = checked(
        "关于公布第二批市级示范农民专业合作社名单的通知\n各区县农业农村局：\n"
        "经评审，以下合作社被认定为市级示范社：\n"
        "某某市东岭区绿源蔬菜种植农民专业合作社\n"
        "某某市西河县金穗粮食生产农民专业合作社\n"
        "某某市北坪县青山茶叶种植农民专业合作社\n"
        "请各地加强对示范社的指导服务。\n\n某某市农业农村局\n2023年9月12日\n"
    )
    assert doc.header.recipients == ("各区县农业农村局",)
    assert [p.text for p in doc.preamble] == [
        "经评审，以下合作社被认定为市级示范社：",
        "某某市东岭区绿源蔬菜种植农民专业合作社",
        "某某市西河县金穗粮食生产农民专业合作社",
        "某某市北坪县青山茶叶种植农民专业合作社",
        "请各地加强对示范社的指导服务。",
    ]
    assert "page-break-joined" not in codes(doc)


def test_guard_a_short_copy_cut_before_its_clauses_marks_is_still_joined_at_its_width() -> None:
    """Guard: a short reply cut at 19 characters where neither cut line holds a mark of its own (`…的提案`,
    `…十二公里`): the line under each carries the clause on to its mark (`已收悉，` / `…两座。`), so the
    width stands and both paragraphs are whole again."""
    doc = checked(
        "关于市政协十四届一次会议第36号提案的答复\n钱某委员：\n"
        "您提出的关于加快城区老旧管网改造的提案\n已收悉，现答复如下：\n"
        "今年我局已完成城区供水管网改造十二公里\n并新建加压泵站两座。\n"
        "特此答复。\n\n某市住房和城乡建设局\n2024年6月10日\n"
    )
    assert [p.text for p in doc.preamble] == [
        "您提出的关于加快城区老旧管网改造的提案已收悉，现答复如下：",
        "今年我局已完成城区供水管网改造十二公里并新建加压泵站两座。",
    ]
    assert "page-break-joined" in codes(doc)


# --- R7: a list of organ：duty lines is no 主送 run onto a body -------------------------------


def test_a_notice_opening_on_a_list_of_organs_and_their_duties_has_no_recipients() -> None:
    """Three `organ：duty。` lines one under another straight under the title: a division of duties,
    each organ kept with its own duty, no 主送 taken from the first."""
    doc = checked(
        "关于做好汛期防汛值守工作的通知\n"
        "县水利局：负责水库山塘巡查和水情监测预警。\n"
        "县交通运输局：负责公路桥梁隐患排查。\n"
        "县住房和城乡建设局：负责城区排涝设施运行。\n\n"
        "某某县防汛抗旱指挥部办公室\n2024年5月20日\n"
    )
    assert doc.header.recipients == ()
    assert [p.text for p in doc.preamble] == [
        "县水利局：负责水库山塘巡查和水情监测预警。",
        "县交通运输局：负责公路桥梁隐患排查。",
        "县住房和城乡建设局：负责城区排涝设施运行。",
    ]


def test_guard_addressees_run_onto_a_one_sentence_body_over_its_closing_still_split() -> None:
    """Guard: the 主送 run onto a one-sentence body, a closing formula under it (no organ, no colon):
    the addressees split off as before."""
    doc = checked(
        "关于暂停使用城北游泳馆的通知\n各中小学校：即日起城北游泳馆暂停开放进行设备检修。\n特此通知。\n\n"
        "某区教育局\n2024年7月3日\n"
    )
    assert doc.header.recipients == ("各中小学校",)
    assert [p.text for p in doc.preamble] == ["即日起城北游泳馆暂停开放进行设备检修。"]
    assert doc.closing is not None and doc.closing.text == "特此通知。"
