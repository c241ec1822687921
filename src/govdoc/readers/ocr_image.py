"""Page images made ready for recognition: red ink separated, skew measured and undone.

A 公文 carries red ink of two kinds: the 发文机关标志 and its rule at the top, and the 公章
stamped over the 落款 organ and date. Taken as it is, the seal hides the text under it; taken
through the red channel alone, red ink turns as light as the paper while black ink stays dark,
so the text under the seal comes out — and the red header vanishes. So a page is read through
the red channel, and the red ink is read on its own, from an image that keeps only it
(`red_only`), where the header comes out clean. Everything here is numpy and Pillow only, so
it is the same for every engine.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt
    from PIL import Image


MAX_SKEW = 10.0  # degrees searched either way: scanners turn a page by up to about 2°, a phone's photo by more
COARSE_SKEW_STEP = 0.5  # the whole range in half degrees, then around the best one in tenths
SKEW_STEP = 0.1


def red_mask(rgb: npt.NDArray[np.uint8]) -> npt.NDArray[np.bool_]:
    """Pixels of red ink: clearly more red than green or blue (seal and header red, pink where faded)."""
    import numpy as np

    r = rgb[..., 0].astype(np.int16)
    g = rgb[..., 1].astype(np.int16)
    b = rgb[..., 2].astype(np.int16)
    mask: npt.NDArray[np.bool_] = (r - np.maximum(g, b) > 60) & (r > 120)
    return mask


def without_red(rgb: npt.NDArray[np.uint8]) -> npt.NDArray[np.uint8]:
    """The red channel as a grey image: red ink as light as paper, black ink as dark as ever."""
    import numpy as np

    return np.ascontiguousarray(rgb[..., 0])


def red_only(rgb: npt.NDArray[np.uint8], mask: npt.NDArray[np.bool_]) -> npt.NDArray[np.uint8]:
    """A grey image of the red ink alone, dark on white (the green channel, where red is darkest)."""
    import numpy as np

    out = np.full(mask.shape, 255, dtype=np.uint8)
    out[mask] = rgb[..., 1][mask]
    return out


def red_bands(mask: npt.NDArray[np.bool_], *, min_pixels: int = 8, gap: int = 12) -> list[tuple[int, int, int, int]]:
    """Boxes (x0, y0, x1, y1) around the horizontal bands where red ink stands."""
    import numpy as np

    rows = np.flatnonzero(mask.sum(axis=1) >= min_pixels)
    bands: list[tuple[int, int, int, int]] = []
    if rows.size == 0:
        return bands
    start = previous = int(rows[0])
    for row in [*(int(r) for r in rows[1:]), -1]:
        if row != -1 and row - previous <= gap:
            previous = row
            continue
        cols = np.flatnonzero(mask[start : previous + 1].any(axis=0))
        bands.append((int(cols[0]), start, int(cols[-1]) + 1, previous + 1))
        start = previous = row
    return bands


def skew_angle(grey: npt.NDArray[np.uint8]) -> float:
    """The angle (degrees, counter-clockwise positive) the page's text lines are turned by.

    Projection profile: turned back by the right angle, the dark pixels of each text line fall
    into the fewest rows, which makes the sum of squared row counts largest. Up to 10° either way:
    a scanner turns a sheet by a degree or two, a page photographed by a phone by several (turned
    back only 3°, a 6° photo kept its lines 3° askew and its paragraphs broke at every line).
    """
    import numpy as np

    step = max(1, grey.shape[1] // 800)  # a page ~800 pixels wide is enough to see the lines
    small = grey[::step, ::step]
    dark = small < 128
    ys, xs = np.nonzero(dark & ~outer_dark(dark))
    if ys.size < 200:
        return 0.0
    if ys.size > 60000:
        keep = np.linspace(0, ys.size - 1, 60000).astype(np.int64)
        ys, xs = ys[keep], xs[keep]
    xs = xs - small.shape[1] / 2

    def score(angle: float) -> float:
        rows = np.round(ys - xs * np.tan(np.radians(angle))).astype(np.int64)
        rows -= rows.min()
        return float((np.bincount(rows).astype(np.float64) ** 2).sum())

    # A line's rows spread over a pixel or two at the page's edges for a quarter degree off, so the profile's
    # peak is half a degree wide: the coarse pass cannot step over it, and the fine one finds its top.
    wide = [float(a) for a in np.arange(-MAX_SKEW, MAX_SKEW + COARSE_SKEW_STEP / 2, COARSE_SKEW_STEP)]
    coarse: float = max(wide, key=score)
    near = [
        float(a) for a in np.arange(coarse - COARSE_SKEW_STEP, coarse + COARSE_SKEW_STEP + SKEW_STEP / 2, SKEW_STEP)
    ]
    best: float = max(near, key=score)
    return round(best, 2) + 0.0  # + 0.0: never -0.0


def outer_dark(dark: npt.NDArray[np.bool_]) -> npt.NDArray[np.bool_]:
    """The dark pixels that run unbroken in from the image's edges: what lies around the sheet, not on it.

    A page photographed on a desk, or a scanner's black strip beyond the paper, holds more dark
    pixels than all the text: its edges weigh in the projection profile and hold the angle at
    0. Printed text always stands inside a white margin, so ink reached from an edge along a row or
    a column without crossing paper is no text.
    """
    import numpy as np

    rows = np.logical_and.accumulate(dark, axis=1) | np.logical_and.accumulate(dark[:, ::-1], axis=1)[:, ::-1]
    cols = np.logical_and.accumulate(dark, axis=0) | np.logical_and.accumulate(dark[::-1], axis=0)[::-1]
    return rows | cols


def rotate(image: Image.Image, angle: float) -> Image.Image:
    """The image turned by `angle` degrees counter-clockwise about its centre, corners filled white."""
    from PIL import Image as PILImage

    fill = 255 if image.mode == "L" else (255, 255, 255)
    return image.rotate(angle, resample=PILImage.Resampling.BILINEAR, fillcolor=fill)


SEAL_DIAMETER_MM = 42.0  # GB/T 9704's round seal; organs' seals run 38–45 mm
SEAL_LIFT_GAP = 90  # grey levels between a seal's ring and the text's black for the seal to be whitened
RING_INK = 0.6  # share of a circle's points that must lie on ink for it to be a seal's ring


def seals(grey: npt.NDArray[np.uint8], dpi: float) -> list[tuple[float, float, float]]:
    """Round seals on a page (centre x, centre y, radius, in pixels), found by their ring.

    A grey or bilevel scan keeps the red 公章 as dark ink over the 落款: only its ring tells it
    from text. Circles of a seal's size are sought (Hough transform on a quarter-size copy) and
    kept where ink runs round most of the circle — characters never stand in such a ring. Both OCR
    extras install OpenCV (the Tesseract one too: without it a grey scan's seal lettering was read
    into the text); an install that lacks it finds none, and the page is read as it is.
    """
    try:
        import cv2
    except ImportError:
        return []

    factor = 4
    small = cv2.resize(grey, (grey.shape[1] // factor, grey.shape[0] // factor), interpolation=cv2.INTER_AREA)
    radius = dpi / 25.4 * SEAL_DIAMETER_MM / 2 / factor
    found = cv2.HoughCircles(
        cv2.GaussianBlur(small, (3, 3), 0),
        cv2.HOUGH_GRADIENT,
        dp=1,
        minDist=radius * 2,
        param1=100,
        param2=30,
        minRadius=int(radius * 0.75),
        maxRadius=int(radius * 1.25),
    )
    kept: list[tuple[float, float, float]] = []
    for x, y, r in [] if found is None else found[0]:
        cx, cy, cr = float(x) * factor, float(y) * factor, float(r) * factor
        if _ring_ink(grey, cx, cy, cr) >= RING_INK:
            kept.append((cx, cy, cr))
    return kept


def _ring_samples(grey: npt.NDArray[np.uint8], cx: float, cy: float, r: float) -> npt.NDArray[np.uint8]:
    """The darkest pixel near each of 180 points round the circle (the ring is a few pixels wide)."""
    import numpy as np

    angles = np.linspace(0, 2 * np.pi, 180, endpoint=False)
    darkest = np.full(angles.size, 255, dtype=np.uint8)
    for dr in np.linspace(-0.06 * r, 0.06 * r, 7):
        xs = np.clip(np.round(cx + (r + dr) * np.cos(angles)).astype(np.int64), 0, grey.shape[1] - 1)
        ys = np.clip(np.round(cy + (r + dr) * np.sin(angles)).astype(np.int64), 0, grey.shape[0] - 1)
        darkest = np.minimum(darkest, grey[ys, xs])
    return darkest


def _ring_ink(grey: npt.NDArray[np.uint8], cx: float, cy: float, r: float) -> float:
    """Share of the circle's points that lie on ink."""
    return float((_ring_samples(grey, cx, cy, r) < 200).mean())


def lift_seal(grey: npt.NDArray[np.uint8], seal: tuple[float, float, float]) -> npt.NDArray[np.uint8]:
    """The page with what is left of a seal turned to paper inside its disc, where it is far lighter than the text.

    Through a colour scan's red channel a red seal is a faint trace near the paper's white,
    which still costs the recogniser characters (二〇二四 read as 二二四): the ring tells its
    level, and inside the disc whatever is lighter than a point a quarter of the way from it
    towards the text's black is whitened. A seal printed grey (a grey scan) shares its level with
    the thin strokes of the text under it, and black (bilevel) with all of them: whitening would
    eat the 落款, so such a page is left as it is.
    """
    import numpy as np

    cx, cy, r = seal
    seal_level = float(np.median(_ring_samples(grey, cx, cy, r)))
    ys, xs = np.ogrid[: grey.shape[0], : grey.shape[1]]
    disc = (xs - cx) ** 2 + (ys - cy) ** 2 <= (1.08 * r) ** 2
    text_level = float(np.percentile(grey[disc], 2))
    if seal_level - text_level < SEAL_LIFT_GAP:
        return grey
    lifted = grey.copy()
    lifted[disc & (grey > seal_level - 0.25 * (seal_level - text_level))] = 255
    return lifted


def in_seal_band(box: tuple[float, float, float, float], seal: tuple[float, float, float]) -> bool:
    """Whether a box lies inside a seal's disc, away from its middle: where its lettering runs round."""
    cx, cy, r = seal
    x0, y0, x1, y1 = box
    corners_in = all((x - cx) ** 2 + (y - cy) ** 2 <= (1.1 * r) ** 2 for x in (x0, x1) for y in (y0, y1))
    middle = ((x0 + x1) / 2 - cx) ** 2 + ((y0 + y1) / 2 - cy) ** 2
    return corners_in and middle >= (0.45 * r) ** 2


TURNED_LETTERING = 10.0  # degrees off level: a deskewed page's lines lie within a degree or two


def turned_in_seal(box: tuple[float, float, float, float], angle: float, seal: tuple[float, float, float]) -> bool:
    """Whether a line read turned off level has its middle inside a seal's disc: a piece of the lettering
    that runs round the ring, read along its arc (`通集团有` of a long organ's name), however long.

    A 公文's lines are set level, and the page was deskewed before reading, so a line detected
    at a slant is no line of the text; inside a seal it can only be the seal's own words. The box
    of an arc's piece reaches past the disc at its corners, which `in_seal_band` asks of none.
    """
    cx, cy, r = seal
    x0, y0, x1, y1 = box
    middle = ((x0 + x1) / 2 - cx) ** 2 + ((y0 + y1) / 2 - cy) ** 2
    return abs(angle) >= TURNED_LETTERING and middle <= r**2


LEVEL_LINE = 5.0  # degrees off level: a line of the deskewed page (a seal's lettering round its ring leans more)


def cut_by_seal(
    piece: tuple[float, float, float, float], other: tuple[float, float, float, float], seal: tuple[float, float, float]
) -> bool:
    """Whether two level boxes (`piece` and `other`, each read within `LEVEL_LINE` of level) stand on one row
    an em apart or less, both with their middle inside a seal's disc: the pieces of the one line the seal is
    stamped over (the 落款 organ, cut where the seal's star or ring blotted a character out).

    A seal's lettering runs round its ring; a level piece near its top may look like a short piece of it
    (`in_seal_band`), but no piece of the lettering goes on along a row from another level piece.
    """
    cx, cy, r = seal
    (ax0, ay0, ax1, ay1), (bx0, by0, bx1, by1) = piece, other
    height = min(ay1 - ay0, by1 - by0)
    overlap = min(ay1, by1) - max(ay0, by0)
    gap = max(ax0, bx0) - min(ax1, bx1)
    inside = all(((x0 + x1) / 2 - cx) ** 2 + ((y0 + y1) / 2 - cy) ** 2 <= r**2 for x0, y0, x1, y1 in (piece, other))
    return height > 0 and overlap >= 0.6 * height and gap <= height and inside
