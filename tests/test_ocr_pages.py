"""The parts of OCR that need no engine: when it runs, what a page image is made into before
recognition (red ink apart, skew undone), and how recognised lines become characters."""

from __future__ import annotations

import pytest

import govdoc
from govdoc.readers.geometry import split_run
from govdoc.readers.ocr import clean_text, line_glyph, type_size
from govdoc.readers.ocr_engine import TextLine
from govdoc.readers.ocr_pages import mode_of, no_text_message
from tests.test_pdf import PDF

np = pytest.importorskip("numpy")
Image = pytest.importorskip("PIL.Image")
ImageDraw = pytest.importorskip("PIL.ImageDraw")


def test_ocr_never_keeps_no_text_layer() -> None:
    with pytest.raises(govdoc.NoTextLayerError) as caught:
        govdoc.parse(PDF / "scanned.pdf", ocr="never")
    assert "ocr='never'" in str(caught.value)


def test_without_the_extra_no_text_layer_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import govdoc.readers.image
    import govdoc.readers.ocr_pages

    for module in (govdoc.readers.image, govdoc.readers.ocr_pages):  # as where the engine's package is missing
        monkeypatch.setattr(module, "available", lambda: False)
    with pytest.raises(govdoc.NoTextLayerError) as caught:
        govdoc.parse(PDF / "scanned.pdf")
    assert "govdoc[ocr]" in str(caught.value)
    with pytest.raises(govdoc.NoTextLayerError) as caught:
        govdoc.parse(b"\x89PNG\r\n\x1a\n", format="png")
    assert "govdoc[ocr]" in str(caught.value)
    with pytest.raises(govdoc.GovDocError) as asked:  # asked for outright, OCR is a missing dependency
        govdoc.parse(PDF / "numbering-levels.pdf", ocr="always")
    assert asked.value.code == "missing-dependency" and "govdoc[ocr]" in asked.value.message


def test_an_image_with_ocr_never_has_no_text_layer() -> None:
    with pytest.raises(govdoc.NoTextLayerError):
        govdoc.parse(b"\x89PNG\r\n\x1a\n", format="png", ocr="never")


def test_the_mode_comes_from_the_argument_else_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GOVDOC_OCR", raising=False)
    assert mode_of(None) == "auto"
    monkeypatch.setenv("GOVDOC_OCR", "never")
    assert mode_of(None) == "never" and mode_of("always") == "always"
    with pytest.raises(ValueError):
        mode_of("sometimes")
    assert "ocr='never'" in no_text_message("never") and "govdoc[ocr]" in no_text_message("auto")


def test_the_red_channel_drops_a_seal_and_keeps_black_ink() -> None:
    from govdoc.readers.ocr_image import red_mask, red_only, without_red

    page = Image.new("RGB", (200, 100), (250, 248, 240))
    draw = ImageDraw.Draw(page)
    draw.rectangle((20, 40, 180, 50), fill=(20, 20, 20))  # a stroke of black text
    draw.ellipse((60, 10, 140, 90), outline=(220, 30, 40), width=6)  # a seal's ring over it
    rgb = np.asarray(page)
    grey = without_red(rgb)
    assert grey[45, 100] < 60  # black under the seal stays dark
    assert grey[12, 100] > 200  # the ring turns as light as the paper
    mask = red_mask(rgb)
    assert mask[12, 100] and not mask[45, 30] and not mask[5, 5]
    alone = red_only(rgb, mask)
    assert alone[12, 100] < 100 and alone[45, 30] == 255


def test_red_bands_box_each_run_of_red_rows() -> None:
    from govdoc.readers.ocr_image import red_bands

    mask = np.zeros((300, 400), dtype=bool)
    mask[20:60, 50:350] = True  # the 发文机关标志
    mask[200:260, 220:300] = True  # a seal
    assert red_bands(mask) == [(50, 20, 350, 60), (220, 200, 300, 260)]


@pytest.mark.parametrize("angle", [-1.8, -0.7, 0.0, 1.2, 2.0])
def test_skew_is_measured_within_a_fifth_of_a_degree(angle: float) -> None:
    from govdoc.readers.ocr_image import rotate, skew_angle

    page = Image.new("L", (1200, 1600), 255)
    draw = ImageDraw.Draw(page)
    for row in range(200, 1400, 60):  # lines of text as dark bars with gaps between the characters
        for col in range(150, 1050, 36):
            draw.rectangle((col, row, col + 28, row + 28), fill=0)
    turned = rotate(page, angle)
    measured = skew_angle(np.asarray(turned))
    assert abs(measured + angle) <= 0.2  # the angle that turns the page back
    assert abs(skew_angle(np.asarray(rotate(turned, measured)))) <= 0.2


def test_look_alikes_are_put_right() -> None:
    assert clean_text("普发改委〔2023]10号") == "普发改委〔2023〕10号"
    assert clean_text("字经济、绿色低碳丶元宇宙") == "字经济、绿色低碳、元宇宙"
    assert clean_text("一5一") == "— 5 —" and clean_text("—12-") == "— 12 —"
    assert clean_text("一是加强") == "一是加强"  # a leading 一 that is a word stays
    assert clean_text("（2021-2023年)") == "（2021-2023年）"


def test_type_size_comes_from_the_character_pitch() -> None:
    # 28 CJK characters over 922 pixels at 150 dpi: 32.9 px a character, 15.8 points.
    body = TextLine("贵" * 28, 164, 909, 1086, 952, 0.99)
    assert type_size(body, body.text, 72 / 150, 0.8) == pytest.approx(15.8, abs=0.1)
    # Digits and Latin letters are half an em: 7 CJK characters and 6 digits are 10 ems.
    title = TextLine("第152038号提案的答复", 300, 700, 300 + 10 * 45.8, 760, 0.99)
    assert type_size(title, title.text, 72 / 150, 0.8) == pytest.approx(22.0, abs=0.1)
    # A letter-spaced label: its pitch is far wider than its height allows, so the height counts.
    spaced = TextLine("主送", 100, 100, 400, 140, 0.99)
    assert type_size(spaced, spaced.text, 72 / 150, 0.8) == pytest.approx(40 * 0.48 * 0.8, abs=0.1)


def test_a_line_becomes_characters_across_its_box_in_points() -> None:
    line = TextLine("第1号 A", 100, 200, 300, 240, 0.9)
    chars = split_run(line_glyph(line, line.text, 12.0, 0.5, red=True))
    assert [c.text for c in chars] == ["第", "1", "号", "A"]
    assert chars[0].x0 == pytest.approx(50.0) and chars[-1].x1 == pytest.approx(150.0)
    assert chars[2].space_after and all(c.red and c.size == 12.0 for c in chars)
    assert chars[0].x1 - chars[0].x0 == pytest.approx(2 * (chars[1].x1 - chars[1].x0))


def test_the_engine_threads_are_the_workers_share(monkeypatch: pytest.MonkeyPatch) -> None:
    from govdoc.readers.ocr_engine import threads

    monkeypatch.setenv("GOVDOC_OCR_THREADS", "1")
    assert threads() == 1
    monkeypatch.setenv("GOVDOC_OCR_THREADS", "not a number")
    assert threads() >= 1  # falls back to the cores this process may use


def test_the_engine_is_built_once_per_process() -> None:
    pytest.importorskip("rapidocr_onnxruntime")
    from govdoc.readers.ocr_engine import engine

    assert engine() is engine()


def test_doubtful_lines_go_from_the_reader_as_notes_to_the_rule_that_names_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The reader notes every doubtful line (a page number too); `Reading` takes the notes out of
    the warnings; the rule names the lines that are not page numbers in `ocr-used`."""
    from types import SimpleNamespace

    from govdoc.blocks import Block
    from govdoc.readers import Reading, ocr_pages
    from govdoc.readers.geometry import Page
    from govdoc.readers.ocr import OcrPage
    from govdoc.rules.ocr_notes import doubtful_lines
    from govdoc.state import State

    monkeypatch.setattr(ocr_pages, "engine", lambda: SimpleNamespace(name="fake"))
    read = OcrPage(Page(1, 595, 842), scores=[0.5, 0.7, 0.9], doubtful=[("— 5 —", "一5一"), ("加强管理", "加强管埋")])
    warnings = ocr_pages.ocr_warnings([read])
    reading = Reading([Block("加强管理")], "png", None, 1, "0" * 64, warnings)
    assert reading.warnings == [
        ("ocr-used", "第 1 页经 OCR 识别 (pages read by OCR: 1; engine fake, mean confidence 0.70)")
    ]
    assert reading.doubtful == [("— 5 —", "一5一"), ("加强管理", "加强管埋")]
    state = State(reading.blocks, format="png", doubtful=reading.doubtful)
    for code, message in reading.warnings:
        state.warn(code, message)
    doubtful_lines(state)
    assert [w.message for w in state.pending] == [
        "第 1 页经 OCR 识别 (pages read by OCR: 1; engine fake, mean confidence 0.70; "
        "1 lines below confidence 0.8, kept: '加强管埋')"
    ]
