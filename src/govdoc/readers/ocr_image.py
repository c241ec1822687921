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


MAX_SKEW = 3.0  # degrees searched either way; scanners turn a page by up to about 2°
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
    into the fewest rows, which makes the sum of squared row counts largest.
    """
    import numpy as np

    step = max(1, grey.shape[1] // 800)  # a page ~800 pixels wide is enough to see the lines
    small = grey[::step, ::step]
    ys, xs = np.nonzero(small < 128)
    if ys.size < 200:
        return 0.0
    if ys.size > 60000:
        keep = np.linspace(0, ys.size - 1, 60000).astype(np.int64)
        ys, xs = ys[keep], xs[keep]
    xs = xs - small.shape[1] / 2
    best, best_score = 0.0, -1.0
    for angle in np.arange(-MAX_SKEW, MAX_SKEW + SKEW_STEP / 2, SKEW_STEP):
        theta = np.radians(angle)
        rows = np.round(ys - xs * np.tan(theta)).astype(np.int64)
        rows -= rows.min()
        score = float((np.bincount(rows).astype(np.float64) ** 2).sum())
        if score > best_score:
            best, best_score = float(angle), score
    return round(best, 2)


def rotate(image: Image.Image, angle: float) -> Image.Image:
    """The image turned by `angle` degrees counter-clockwise about its centre, corners filled white."""
    from PIL import Image as PILImage

    fill = 255 if image.mode == "L" else (255, 255, 255)
    return image.rotate(angle, resample=PILImage.Resampling.BILINEAR, fillcolor=fill)
