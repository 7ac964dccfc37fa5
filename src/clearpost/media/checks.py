"""Check attached images before screening; works (by refusing images) without the extra."""

from __future__ import annotations

from collections.abc import Sequence

from clearpost.detectors.base import ImageInput
from clearpost.settings import Settings

NOT_INSTALLED = "image screening is not installed here (pip install 'clearpost[images]')"


def image_problems(images: Sequence[ImageInput], settings: Settings) -> list[str]:
    """One line per problem with these images (empty: they can be screened)."""
    if not images:
        return []
    try:
        from clearpost.media.decode import ImageLimits, check_images
    except ImportError:
        return [NOT_INSTALLED]
    return check_images(images, ImageLimits.from_settings(settings))
