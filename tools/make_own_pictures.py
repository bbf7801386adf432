"""Writes the image folder bundled with netbuilder for offline classrooms: resources/images/own_pictures/, one folder
per class (circles, squares, triangles), 30 PNG images of 64x64 each, a shape in a random colour, size and place
over a random background (a two-colour gradient with a few stray lines). Seeded: running it again writes the same
pixels. The "Your own pictures" preset and lesson train on it.

    python tools/make_own_pictures.py            # rewrites the bundled folder
    python tools/make_own_pictures.py OTHER_DIR  # writes the same images elsewhere
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

from PIL import Image, ImageDraw

CLASSES = ("circles", "squares", "triangles")
PER_CLASS = 30
SIZE = 64
SEED = 21
#: pixels kept clear at each edge: a pretrained backbone's centre crop (224 of 256) cuts about 4 of 64
MARGIN = 5
TARGET = Path(__file__).resolve().parents[1] / "resources" / "images" / "own_pictures"


def _colour(rng: random.Random, low: int = 0, high: int = 255) -> tuple[int, int, int]:
    return tuple(rng.randint(low, high) for _ in range(3))


def _far_from(rng: random.Random, background: tuple[int, int, int]) -> tuple[int, int, int]:
    """A colour that stands out from the background (at least 150 apart, summed over the channels)."""
    while True:
        colour = _colour(rng)
        if sum(abs(a - b) for a, b in zip(colour, background)) >= 150:
            return colour


def _background(rng: random.Random) -> tuple[Image.Image, tuple[int, int, int]]:
    """A vertical or horizontal gradient between two colours, with a few thin stray lines; and its mean colour."""
    top, bottom = _colour(rng), _colour(rng)
    vertical = rng.random() < 0.5
    img = Image.new("RGB", (SIZE, SIZE))
    draw = ImageDraw.Draw(img)
    for i in range(SIZE):
        t = i / (SIZE - 1)
        colour = tuple(round(a + (b - a) * t) for a, b in zip(top, bottom))
        draw.line([(0, i), (SIZE - 1, i)] if vertical else [(i, 0), (i, SIZE - 1)], fill=colour)
    for _ in range(rng.randint(0, 3)):
        draw.line([(rng.randrange(SIZE), rng.randrange(SIZE)), (rng.randrange(SIZE), rng.randrange(SIZE))],
                  fill=_colour(rng), width=1)
    return img, tuple((a + b) // 2 for a, b in zip(top, bottom))


def draw(kind: str, index: int) -> Image.Image:
    """Image ``index`` of class ``kind``: the same pixels every time."""
    rng = random.Random(f"{SEED}/{kind}/{index}")
    img, mean = _background(rng)
    colour = _far_from(rng, mean)
    size = rng.randint(18, 38)
    x, y = rng.randint(MARGIN, SIZE - size - MARGIN), rng.randint(MARGIN, SIZE - size - MARGIN)
    box = [x, y, x + size, y + size]
    shape = ImageDraw.Draw(img)
    if kind == "circles":
        shape.ellipse(box, fill=colour)
    elif kind == "squares":
        shape.rectangle(box, fill=colour)
    elif kind == "triangles":
        apex = (x + rng.randint(0, size), y) if rng.random() < 0.5 else (x + size // 2, y)
        points = [apex, (x, y + size), (x + size, y + size)]
        if rng.random() < 0.5:  # upside down
            points = [(px, 2 * y + size - py) for px, py in points]
        shape.polygon(points, fill=colour)
    else:
        raise ValueError(f"no class {kind!r}: the classes are {', '.join(CLASSES)}")
    return img


def write(target: Path = TARGET) -> list[Path]:
    """Writes every image under ``target``/<class>/NNN.png; returns their paths."""
    written = []
    for kind in CLASSES:
        folder = target / kind
        folder.mkdir(parents=True, exist_ok=True)
        for index in range(PER_CLASS):
            path = folder / f"{index:03d}.png"
            draw(kind, index).save(path, optimize=True)
            written.append(path)
    return written


if __name__ == "__main__":
    paths = write(Path(sys.argv[1]) if len(sys.argv) > 1 else TARGET)
    print(f"wrote {len(paths)} images ({sum(p.stat().st_size for p in paths) / 1024:.0f} KB) under "
          f"{paths[0].parents[1]}")
