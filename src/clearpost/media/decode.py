"""Decode untrusted image bytes without crashing, hanging or exhausting memory.

Every image that reaches a detector came from the outside, so decoding is the one place
where anything may go wrong: a file declaring 100,000 x 100,000 pixels in 200 bytes (a
decompression bomb), a truncated upload, random bytes, a format we do not read. Each of
these becomes an `ImageError` with a one-line reason; nothing else escapes.

Limits (defaults; the settings `CLEARPOST_IMAGE_MAX_*` change them):
- 10 MB of encoded bytes per image, checked before anything is parsed;
- 40 megapixels, checked from the header before any pixel is decoded (Pillow's own
  `Image.MAX_IMAGE_PIXELS`, about 89 MP, is also enforced: a larger limit has no effect);
- 4 images per item (`check_images`).
Formats: JPEG, PNG, GIF, WebP, BMP. Animated GIF, PNG and WebP are read as their first frame.
"""

from __future__ import annotations

import io
import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from PIL import Image, UnidentifiedImageError

from clearpost.detectors.base import ImageInput

if TYPE_CHECKING:
    from clearpost.settings import Settings

DEFAULT_MAX_BYTES = 10_000_000
DEFAULT_MAX_PIXELS = 40_000_000
DEFAULT_MAX_IMAGES = 4
SUPPORTED_FORMATS = ("JPEG", "PNG", "GIF", "WEBP", "BMP")
_FORMAT_NAMES = "JPEG, PNG, GIF, WebP or BMP"


class ImageError(ValueError):
    """An image that cannot be screened; the message is one line saying why."""


@dataclass(frozen=True, slots=True)
class ImageLimits:
    """How much image a single item may bring."""

    max_bytes: int = DEFAULT_MAX_BYTES
    max_pixels: int = DEFAULT_MAX_PIXELS
    max_images: int = DEFAULT_MAX_IMAGES

    @classmethod
    def from_settings(cls, settings: Settings) -> ImageLimits:
        return cls(
            max_bytes=settings.image_max_bytes,
            max_pixels=settings.image_max_pixels,
            max_images=settings.image_max_count,
        )


@dataclass(frozen=True, slots=True)
class DecodedImage:
    """The first frame of an image, as 8-bit RGB.

    `width` and `height` are those the file declares; `image` may be smaller when the
    caller asked for a reduced JPEG decode (`draft`).
    """

    image: Image.Image
    format: str
    width: int
    height: int
    animated: bool = False

    def array(self) -> np.ndarray[Any, np.dtype[np.uint8]]:
        """Pixels as a C-contiguous (height, width, 3) uint8 array."""
        return np.ascontiguousarray(np.asarray(self.image, dtype=np.uint8))


def _bomb(exc: BaseException) -> str:
    numbers = [int(n) for n in re.findall(r"\d+", str(exc))]
    if len(numbers) >= 2:
        return (
            f"image declares {numbers[0] / 1e6:.1f} MP, over the decoder's "
            f"{numbers[1] / 1e6:.1f} MP limit (decompression bomb)"
        )
    return "image declares too many pixels (decompression bomb)"


def _check_pixels(width: int, height: int, max_pixels: int) -> None:
    if width <= 0 or height <= 0:
        raise ImageError(f"image declares an empty size ({width}x{height})")
    if width * height > max_pixels:
        raise ImageError(
            f"image is {width}x{height} pixels ({width * height / 1e6:.1f} MP), "
            f"over the {max_pixels / 1e6:g} MP limit"
        )


def _to_rgb(image: Image.Image) -> Image.Image:
    if image.mode in ("I;16", "I;16L", "I;16B", "I;16N", "I", "F"):
        # 16-bit and float greyscale: scale to 8 bits before Pillow's (clipping) conversion.
        scale = 1 / 256 if image.mode.startswith("I;16") else 1.0
        image = image.convert("I").point(lambda v: v * scale).convert("L")
    return image.convert("RGB")


def decode_image(
    data: bytes,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_pixels: int = DEFAULT_MAX_PIXELS,
    draft: tuple[int, int] | None = None,
) -> DecodedImage:
    """Decode `data` into RGB pixels, or raise `ImageError` saying why it cannot be.

    Sizes are checked before decoding: the byte count first, then the pixel count the
    header declares. `draft` lets JPEG decode at a reduced scale no smaller than that
    size (much faster for callers that shrink the image anyway).
    """
    if not data:
        raise ImageError("image is empty")
    if len(data) > max_bytes:
        raise ImageError(f"image is {len(data):,} bytes, over the {max_bytes:,}-byte limit")
    try:
        # catch_warnings: Pillow warns (rather than refuses) between MAX_IMAGE_PIXELS and
        # twice that; treat the warning as a refusal and keep its other chatter out of logs.
        # The filter is process-wide, so a concurrent decode may briefly see the default
        # one; our own pixel limit (below Pillow's by default) still refuses such images.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=SUPPORTED_FORMATS) as opened:
                width, height = opened.size
                _check_pixels(width, height, max_pixels)
                fmt = str(opened.format)
                animated = bool(getattr(opened, "is_animated", False))
                if draft is not None and fmt == "JPEG":
                    opened.draft("RGB", draft)
                opened.load()
                rgb = _to_rgb(opened)
    except ImageError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageError(_bomb(exc)) from None
    except UnidentifiedImageError:
        raise ImageError(f"not a supported image format (expected {_FORMAT_NAMES})") from None
    except MemoryError:
        raise ImageError("image needs too much memory to decode") from None
    except Exception as exc:
        # The bytes are untrusted: whatever a broken file makes a decoder raise (OSError,
        # SyntaxError, struct.error, ValueError, EOFError...) means "cannot be screened".
        raise ImageError(f"image data is broken or truncated ({_reason(exc)})") from None
    return DecodedImage(rgb, fmt, width, height, animated)


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split())[:120]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _label(index: int, name: str) -> str:
    clean = "".join(ch if ch.isprintable() else "?" for ch in name)[:100]
    return f"image:{index} ({clean})" if clean else f"image:{index}"


def check_images(images: Sequence[ImageInput], limits: ImageLimits | None = None) -> list[str]:
    """Problems that stop these images from being screened, one line each (empty: all fine).

    Call before screening and answer 422 with these lines: detectors skip images they
    cannot decode, so an unchecked broken image would go unscreened silently.
    """
    limits = limits or ImageLimits()
    problems = []
    if len(images) > limits.max_images:
        problems.append(f"{len(images)} images attached, at most {limits.max_images} allowed")
    for index, image in enumerate(images):
        try:
            decode_image(
                image.data,
                max_bytes=limits.max_bytes,
                max_pixels=limits.max_pixels,
                draft=(512, 512),
            )
        except ImageError as exc:
            problems.append(f"{_label(index, image.name)}: {exc}")
    return problems
