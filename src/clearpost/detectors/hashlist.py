"""The hash list detector: images that are known-bad, exactly (SHA-256) or nearly (PDQ).

A match is decisive: the item carries an image that someone already judged, so the
policy removes it without weighing a score. Lists are read from the database when the
detector is built and again on `refresh()`; detection itself does no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import structlog
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from clearpost.detectors.base import Evidence, Prepared, Signal
from clearpost.hashes import service
from clearpost.hashes.matcher import DEFAULT_MAX_DISTANCE, HashMatch, HashMatcher
from clearpost.media.decode import ImageError, ImageLimits, decode_image
from clearpost.media.hashing import pdq_hash, sha256_hex

if TYPE_CHECKING:
    from clearpost.settings import Settings

DEFAULT_MIN_QUALITY = 50


log = structlog.get_logger(__name__)


class HashListDetector:
    """Matches every image of an item against the hash lists in the database."""

    name = "hashlist"

    def __init__(
        self,
        sessions: sessionmaker[Session],
        *,
        max_distance: int = DEFAULT_MAX_DISTANCE,
        min_quality: int = DEFAULT_MIN_QUALITY,
        limits: ImageLimits | None = None,
    ) -> None:
        self._sessions = sessions
        self.max_distance = max_distance
        self.min_quality = min_quality
        self.limits = limits or ImageLimits()
        self.matcher = HashMatcher((), max_distance=max_distance)
        self.categories: tuple[str, ...] = ()
        self.refresh()

    @classmethod
    def from_settings(cls, settings: Settings, sessions: sessionmaker[Session]) -> HashListDetector:
        return cls(
            sessions,
            max_distance=settings.pdq_max_distance,
            min_quality=settings.pdq_min_quality,
            limits=ImageLimits.from_settings(settings),
        )

    def refresh(self) -> None:
        """Reload the lists; the new index replaces the old one in a single assignment."""
        try:
            with self._sessions() as session:
                entries = service.list_entries(db_session=session)
        except DBAPIError as exc:  # no schema yet (clearpost db upgrade not run): no lists
            log.warning("hashlist.unavailable", error=str(exc.orig).splitlines()[0])
            entries = []
        matcher = HashMatcher(entries, max_distance=self.max_distance)
        self.matcher, self.categories = matcher, matcher.categories

    def detect(self, batch: Sequence[Prepared]) -> list[list[Signal]]:
        """Per item, one decisive signal per category an image of it matched."""
        matcher = self.matcher  # one index for the whole batch, even if refreshed meanwhile
        found: list[dict[int, list[HashMatch]]] = [{} for _ in batch]
        pending: list[tuple[int, int, str]] = []  # item, image, PDQ hash
        for i, item in enumerate(batch):
            for j, image in enumerate(item.images):
                exact = matcher.match_sha256(sha256_hex(image.data))
                if exact:
                    found[i][j] = exact
                if matcher.pdq_count:
                    digest = self._pdq(image.data)
                    if digest is not None:
                        pending.append((i, j, digest))
        for (i, j, _), matches in zip(
            pending, matcher.match_pdq_many([p[2] for p in pending]), strict=True
        ):
            if matches:
                found[i].setdefault(j, []).extend(matches)
        return [self._signals(item, images) for item, images in zip(batch, found, strict=True)]

    def _pdq(self, data: bytes) -> str | None:
        """PDQ hash of an image good enough to match on, else None (bad or featureless)."""
        try:
            decoded = decode_image(
                data, max_bytes=self.limits.max_bytes, max_pixels=self.limits.max_pixels
            )
        except ImageError:
            return None  # check_images reports it before screening; never crash here
        digest = pdq_hash(decoded)
        return digest.hex if digest.quality >= self.min_quality else None

    def _signals(self, item: Prepared, images: dict[int, list[HashMatch]]) -> list[Signal]:
        best: dict[str, list[tuple[int, HashMatch]]] = {}
        for j, matches in sorted(images.items()):
            per_category: dict[str, HashMatch] = {}
            for match in sorted(matches, key=lambda m: m.distance):  # nearest per category
                per_category.setdefault(match.entry.category, match)
            for category, match in per_category.items():
                best.setdefault(category, []).append((j, match))
        signals = []
        for category, hits in sorted(best.items()):
            j, top = min(hits, key=lambda hit: (hit[1].distance, hit[0]))
            signals.append(
                Signal(
                    detector=self.name,
                    category=category,
                    score=1.0,
                    evidence=tuple(
                        Evidence(f"image:{k}", 0, 0, item.images[k].name) for k, _ in hits
                    ),
                    label=top.entry.label,
                    decisive=True,
                    details={
                        "list": top.entry.list_name,
                        "kind": top.entry.kind,
                        "distance": top.distance,
                        "image": f"image:{j}",
                        "matches": [
                            {
                                "image": f"image:{k}",
                                "list": match.entry.list_name,
                                "kind": match.entry.kind,
                                "distance": match.distance,
                            }
                            for k, match in hits
                        ],
                    },
                )
            )
        return signals
