"""Safe decoding: good images in every supported format; hostile and broken bytes refused."""

from __future__ import annotations

import io
import random
import time

import numpy as np
import pytest

pytest.importorskip("PIL")

from PIL import Image

from clearpost.detectors.base import ImageInput
from clearpost.media.decode import (
    DecodedImage,
    ImageError,
    ImageLimits,
    check_images,
    decode_image,
)
from tests.media.imagegen import encode, png_declaring, scene


@pytest.fixture(scope="module")
def picture() -> Image.Image:
    return scene(320, 240, 1)


@pytest.mark.parametrize(
    ("fmt", "options"),
    [("JPEG", {"quality": 90}), ("PNG", {}), ("GIF", {}), ("WEBP", {}), ("BMP", {})],
)
def test_supported_formats_decode_to_rgb(picture: Image.Image, fmt: str, options: dict) -> None:
    decoded = decode_image(encode(picture, fmt, **options))
    assert isinstance(decoded, DecodedImage)
    assert decoded.format == fmt
    assert (decoded.width, decoded.height) == (320, 240)
    assert decoded.image.mode == "RGB"
    pixels = decoded.array()
    assert pixels.shape == (240, 320, 3) and pixels.dtype == np.uint8
    assert pixels.flags["C_CONTIGUOUS"]


@pytest.mark.parametrize("mode", ["RGBA", "LA", "L", "P", "1", "CMYK", "I;16"])
def test_other_colour_modes_become_rgb(picture: Image.Image, mode: str) -> None:
    if mode == "I;16":
        source = Image.fromarray((np.arange(64 * 48, dtype=np.uint16) * 21).reshape(48, 64))
    else:
        source = picture.convert(mode)
    fmt = "JPEG" if mode == "CMYK" else "PNG"
    decoded = decode_image(encode(source, fmt))
    assert decoded.image.mode == "RGB"
    if mode == "I;16":  # 16-bit grey keeps its brightness (not clipped to white)
        assert 0 < decoded.array().mean() < 255


def test_animated_gif_is_read_as_its_first_frame() -> None:
    frames = [Image.new("RGB", (40, 30), colour) for colour in ("red", "blue", "green")]
    buffer = io.BytesIO()
    frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:], duration=50)
    decoded = decode_image(buffer.getvalue())
    assert decoded.animated
    assert tuple(decoded.array()[0, 0]) == (255, 0, 0)


def test_draft_decodes_a_large_jpeg_smaller_but_keeps_the_declared_size() -> None:
    data = encode(scene(2000, 1500, 2), "JPEG", quality=85)
    decoded = decode_image(data, draft=(320, 320))
    assert (decoded.width, decoded.height) == (2000, 1500)
    assert 320 <= decoded.image.width < 2000


def test_empty_bytes() -> None:
    with pytest.raises(ImageError, match="empty"):
        decode_image(b"")


def test_over_size_payload_is_refused_before_parsing(picture: Image.Image) -> None:
    data = encode(picture, "PNG")
    with pytest.raises(ImageError, match=rf"image is {len(data):,} bytes, over the .*-byte limit"):
        decode_image(data, max_bytes=len(data) - 1)
    assert decode_image(data, max_bytes=len(data)).width == 320


def test_decompression_bomb_is_refused_from_its_header() -> None:
    bomb = png_declaring(100_000, 100_000)
    assert len(bomb) < 200
    started = time.perf_counter()
    with pytest.raises(ImageError, match=r"declares 10000\.0 MP.*decompression bomb") as info:
        decode_image(bomb)
    assert time.perf_counter() - started < 2.0
    assert "\n" not in str(info.value)


def test_image_between_pillows_warning_and_error_limits_is_refused() -> None:
    # 100 MP: above Pillow's MAX_IMAGE_PIXELS (it only warns) and above our 40 MP.
    with pytest.raises(ImageError, match=r"declares 100\.0 MP, over the decoder's 89\.5 MP"):
        decode_image(png_declaring(10_000, 10_000), max_pixels=10**9)


def test_own_pixel_limit_is_checked_before_decoding() -> None:
    with pytest.raises(ImageError, match=r"7000x7000 pixels \(49\.0 MP\), over the 40 MP limit"):
        decode_image(png_declaring(7_000, 7_000))
    with pytest.raises(ImageError, match=r"over the 0\.01 MP limit"):
        decode_image(encode(scene(200, 100, 3)), max_pixels=10_000)


def test_truncated_jpeg(picture: Image.Image) -> None:
    data = encode(picture, "JPEG", quality=90)
    with pytest.raises(ImageError, match="broken or truncated"):
        decode_image(data[: len(data) * 2 // 3])


def test_truncated_png(picture: Image.Image) -> None:
    data = encode(picture, "PNG")
    with pytest.raises(ImageError, match="broken or truncated"):
        decode_image(data[: len(data) // 2])


def test_random_bytes() -> None:
    noise = random.Random(7).randbytes(5000)
    with pytest.raises(ImageError, match="not a supported image format"):
        decode_image(noise)


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n1 0 obj << >> endobj\n",
        b"<svg xmlns='http://www.w3.org/2000/svg'/>",
        b"GIF87a",
    ],
)
def test_other_formats_and_stubs(data: bytes) -> None:
    with pytest.raises(ImageError):
        decode_image(data)


def test_a_format_pillow_reads_but_we_do_not(picture: Image.Image) -> None:
    with pytest.raises(ImageError, match=r"not a supported image format \(expected JPEG"):
        decode_image(encode(picture, "TIFF"))


def test_mutated_files_never_raise_anything_but_image_error(picture: Image.Image) -> None:
    """Flip, cut and splice bytes of valid files: each one decodes or is refused cleanly."""
    rng = random.Random(2026)
    small = picture.resize((64, 48))
    sources = [encode(small, fmt) for fmt in ("JPEG", "PNG", "GIF", "WEBP", "BMP")]
    for _ in range(300):
        data = bytearray(rng.choice(sources))
        for _ in range(rng.randint(1, 8)):
            where = rng.randrange(len(data))
            if rng.random() < 0.8:
                data[where] = rng.randrange(256)
            else:
                del data[where : where + rng.randint(1, 64)]
        try:
            decode_image(bytes(data))
        except ImageError as exc:
            assert str(exc) and "\n" not in str(exc)


def test_check_images_reports_each_problem_on_one_line(picture: Image.Image) -> None:
    good = ImageInput(encode(picture, "JPEG"), "ok.jpg")
    jpeg = encode(picture, "JPEG")
    images = [
        good,
        ImageInput(jpeg[: len(jpeg) // 2], "cut.jpg"),
        ImageInput(b"hello", "note\n.txt"),
        ImageInput(png_declaring(100_000, 100_000), ""),
        good,
    ]
    problems = check_images(images)
    assert problems[0] == "5 images attached, at most 4 allowed"
    assert problems[1].startswith("image:1 (cut.jpg): image data is broken or truncated")
    assert problems[2].startswith("image:2 (note?.txt): not a supported image format")
    assert problems[3].startswith("image:3: image declares 10000.0 MP")
    assert len(problems) == 4
    assert all("\n" not in line for line in problems)


def test_check_images_accepts_good_images_and_uses_the_limits(picture: Image.Image) -> None:
    images = [ImageInput(encode(picture, fmt), fmt) for fmt in ("JPEG", "PNG", "WEBP")]
    assert check_images(images) == []
    assert check_images([]) == []
    strict = ImageLimits(max_bytes=10_000_000, max_pixels=50_000, max_images=2)
    problems = check_images(images, strict)
    assert problems[0] == "3 images attached, at most 2 allowed"
    assert len(problems) == 4 and "MP limit" in problems[1]
