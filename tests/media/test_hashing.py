"""SHA-256 and PDQ: reference vectors, and what a perceptual hash must and must not match."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest

pytest.importorskip("pdqhash")

import pdqhash
from PIL import Image

from clearpost.hashes.matcher import pdq_distance
from clearpost.media.decode import decode_image
from clearpost.media.hashing import PDQ_HASH_MAX_PIXELS, pdq_hash, sha256_hex
from tests.media.imagegen import encode, pattern, scene

# Computed by Meta's reference C++ (ThreatExchange pdq/cpp, pdqHash256FromFloatLuma and
# Hash256::format) on these numpy patterns, with Rec. 601 luma as its photo hasher uses.
REFERENCE = [
    ((320, 240, 0), "9271938e93919c0e9f8e9c44dd9f94446d8e95553d556aaa559569aaea8a6a96", 100),
    ((257, 381, 3), "0041df11004fdf09006ed70aff3400fffe8680ffab754affd58e44ae02fe44d6", 100),
]


def _hash(image: Image.Image, fmt: str = "PNG", **options: object) -> str:
    return pdq_hash(decode_image(encode(image, fmt, **options))).hex


@pytest.mark.parametrize(("shape", "expected", "quality"), REFERENCE)
def test_pdq_matches_the_reference_implementation(
    shape: tuple[int, int, int], expected: str, quality: int
) -> None:
    image = Image.fromarray(pattern(*shape))
    digest = pdq_hash(decode_image(encode(image, "PNG")))
    assert digest.hex == expected
    assert digest.quality == quality


def test_sha256_is_of_the_encoded_bytes() -> None:
    data = encode(scene(64, 48, 1), "PNG")
    assert sha256_hex(data) == hashlib.sha256(data).hexdigest()
    assert sha256_hex(data + b"\x00") != sha256_hex(data)


def test_copies_of_one_picture_match_and_another_picture_does_not() -> None:
    original = scene(1200, 900, 3)
    base = _hash(original)
    copies = {
        "re-encoded JPEG q60": _hash(original, "JPEG", quality=60),
        "half size": _hash(original.resize((600, 450), Image.Resampling.BILINEAR)),
        "half size JPEG": _hash(original.resize((600, 450)), "JPEG", quality=75),
        "cropped 2%": _hash(original.crop((12, 9, 1188, 891))),
        "WebP": _hash(original, "WEBP", quality=70),
        "greyscale": _hash(original.convert("L")),
    }
    for name, digest in copies.items():
        assert pdq_distance(base, digest) <= 31, name
    for seed in (4, 5, 6):
        assert pdq_distance(base, _hash(scene(1200, 900, seed))) > 64


def test_featureless_images_have_low_quality() -> None:
    flat = Image.new("RGB", (300, 200), (120, 130, 140))
    assert pdq_hash(decode_image(encode(flat))).quality < 50
    assert pdq_hash(decode_image(encode(scene(300, 200, 1)))).quality >= 50


def test_large_images_are_reduced_with_little_drift() -> None:
    big = scene(3000, 2000, 8)  # 6 MP: reduced by 2 before hashing
    assert big.width * big.height > PDQ_HASH_MAX_PIXELS
    decoded = decode_image(encode(big, "JPEG", quality=90))
    reduced = pdq_hash(decoded)
    bits, _ = pdqhash.compute(decoded.array())
    full = np.packbits(np.asarray(bits, dtype=np.uint8)).tobytes().hex()
    assert pdq_distance(reduced.hex, full) <= 10
