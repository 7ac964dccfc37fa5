"""Image fingerprints for hash lists: SHA-256 of the bytes and the PDQ perceptual hash.

SHA-256 matches only the very same file. PDQ (Meta's perceptual hash, 256 bits) survives
re-encoding, resizing and small edits: two copies of one picture differ in a few bits,
unrelated pictures in about 128. PDQ is computed by Meta's reference C++ code through the
`pdqhash` binding; hex strings follow the reference `Hash256::format` (most significant
word first), so hashes from other PDQ tools compare directly.

Images over 4 megapixels are first shrunk by a whole factor (box averaging) to keep the
cost bounded (a 40 MP image would take about 3 s); this moves the hash by 0 to 6 bits
against hashing the full image, far inside the usual match distance of 31.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass

import numpy as np
import pdqhash
from PIL import Image

from clearpost.media.decode import DecodedImage

PDQ_HASH_MAX_PIXELS = 4_000_000


@dataclass(frozen=True, slots=True)
class PdqHash:
    """A PDQ hash (64 lowercase hex digits) and its quality (0..100; below 50 is unreliable)."""

    hex: str
    quality: int


def sha256_hex(data: bytes) -> str:
    """SHA-256 of the encoded bytes, lowercase hex."""
    return hashlib.sha256(data).hexdigest()


def _reduced(image: Image.Image) -> Image.Image:
    pixels = image.width * image.height
    if pixels <= PDQ_HASH_MAX_PIXELS:
        return image
    # Whole-factor box reduction is what PDQ's own Jarosz filter approximates, so it
    # disturbs the hash far less than resampling to an arbitrary size.
    return image.reduce(math.ceil(math.sqrt(pixels / PDQ_HASH_MAX_PIXELS)))


def pdq_hash(image: DecodedImage) -> PdqHash:
    """PDQ hash and quality of a decoded image (reference algorithm, Rec. 601 luma)."""
    pixels = np.ascontiguousarray(np.asarray(_reduced(image.image), dtype=np.uint8))
    bits, quality = pdqhash.compute(pixels)
    return PdqHash(np.packbits(np.asarray(bits, dtype=np.uint8)).tobytes().hex(), int(quality))
