"""Test images drawn on the spot (no files): scenes, patterns, broken and hostile bytes."""

from __future__ import annotations

import io
import struct
import zlib
from typing import Any

import numpy as np
from PIL import Image, ImageDraw, ImageFilter


def scene(width: int, height: int, seed: int) -> Image.Image:
    """A photo-like picture: overlapping coloured shapes, softened, with sensor noise."""
    rng = np.random.default_rng(seed)
    image = Image.new("RGB", (width, height), tuple(int(v) for v in rng.integers(0, 256, 3)))
    draw = ImageDraw.Draw(image)
    for _ in range(40):
        x0, y0 = int(rng.integers(0, width)), int(rng.integers(0, height))
        x1 = x0 + int(rng.integers(20, max(21, width // 2)))
        y1 = y0 + int(rng.integers(20, max(21, height // 2)))
        colour = tuple(int(v) for v in rng.integers(0, 256, 3))
        if rng.random() < 0.5:
            draw.ellipse([x0, y0, x1, y1], fill=colour)
        else:
            draw.rectangle([x0, y0, x1, y1], fill=colour)
    pixels = np.asarray(image.filter(ImageFilter.GaussianBlur(2)), dtype=np.int16)
    pixels = pixels + rng.integers(-12, 13, pixels.shape)
    return Image.fromarray(pixels.clip(0, 255).astype(np.uint8))


def pattern(width: int, height: int, k: int) -> np.ndarray[Any, np.dtype[np.uint8]]:
    """A pure-numpy RGB pattern (no drawing library), for reference hash vectors."""
    y, x = np.mgrid[0:height, 0:width].astype(np.float64)
    r = 127.5 + 127.5 * np.sin(x / (7.0 + k) + y / 13.0)
    g = 127.5 + 127.5 * np.cos(np.hypot(x - width / 3, y - height / 2) / (5.0 + k))
    b = (x * 255.0 / width + y * 97.0 / height) % 256
    return np.dstack([r, g, b]).round().astype(np.uint8)


def skin_render() -> Image.Image:
    """Blurred skin-toned ellipses on a blue ground: an abstract shape, not a photograph."""
    image = Image.new("RGB", (640, 480), (70, 90, 120))
    draw = ImageDraw.Draw(image)
    draw.ellipse([170, 100, 470, 620], fill=(224, 172, 140))
    draw.ellipse([200, 230, 310, 340], fill=(214, 160, 128))
    draw.ellipse([330, 230, 440, 340], fill=(214, 160, 128))
    draw.ellipse([245, 275, 265, 295], fill=(160, 90, 80))
    draw.ellipse([375, 275, 395, 295], fill=(160, 90, 80))
    return image.filter(ImageFilter.GaussianBlur(6))


def encode(image: Image.Image, fmt: str = "PNG", **options: Any) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_declaring(width: int, height: int) -> bytes:
    """A tiny PNG whose header declares width x height (a decompression bomb's shape)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + _chunk(b"IEND", b"")
    )
