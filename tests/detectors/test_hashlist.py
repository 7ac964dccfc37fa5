"""The hash list detector: decisive matches from lists in the database, on both databases."""

from __future__ import annotations

import pytest

pytest.importorskip("pdqhash")

from PIL import Image
from sqlalchemy.orm import Session, sessionmaker

from clearpost.clock import FrozenClock
from clearpost.detectors.base import Detector, ImageInput, Prepared
from clearpost.detectors.hashlist import HashListDetector
from clearpost.hashes import service
from clearpost.media.decode import decode_image
from clearpost.media.hashing import pdq_hash, sha256_hex
from clearpost.policy.store import PolicyHolder
from clearpost.screening.pipeline import Screener, ScreenInput
from clearpost.screening.registry import build_detectors
from clearpost.settings import Settings
from tests.conftest import DatabaseUnderTest
from tests.media.imagegen import encode, scene

KNOWN = scene(800, 600, 11)
KNOWN_PNG = encode(KNOWN, "PNG")


def _add(
    sessions: sessionmaker[Session],
    clock: FrozenClock,
    list_name: str,
    *rows: tuple[str, str, str, str | None],
) -> None:
    with sessions() as session:
        service.create_many(
            db_session=session,
            list_name=list_name,
            entries=[service.HashEntryIn(k, h, c, label) for k, h, c, label in rows],
            source="test",
            now=clock.now(),
        )
        session.commit()


def _item(*images: bytes, item_id: str = "item") -> Prepared:
    return Prepared(
        item_id,
        {},
        "en",
        images=tuple(ImageInput(data, f"{i}.img") for i, data in enumerate(images)),
    )


@pytest.fixture
def known_lists(sessions: sessionmaker[Session], clock: FrozenClock) -> HashListDetector:
    _add(sessions, clock, "exact", ("sha256", sha256_hex(KNOWN_PNG), "sexual", "ncii"))
    _add(
        sessions,
        clock,
        "perceptual",
        ("pdq", pdq_hash(decode_image(KNOWN_PNG)).hex, "violence", None),
    )
    return HashListDetector(sessions)


def test_implements_the_detector_protocol(known_lists: HashListDetector) -> None:
    assert isinstance(known_lists, Detector)
    assert known_lists.name == "hashlist"
    assert known_lists.categories == ("sexual", "violence")


def test_exact_copy_is_a_decisive_match_in_both_lists(known_lists: HashListDetector) -> None:
    benign = encode(scene(640, 480, 12), "JPEG")
    [signals] = known_lists.detect([_item(benign, KNOWN_PNG)])
    by_category = {s.category: s for s in signals}
    assert set(by_category) == {"sexual", "violence"}
    exact = by_category["sexual"]
    assert (exact.detector, exact.score, exact.decisive, exact.label) == (
        "hashlist",
        1.0,
        True,
        "ncii",
    )
    assert [e.field for e in exact.evidence] == ["image:1"]
    assert exact.evidence[0].text == "1.img"
    assert exact.details["list"] == "exact" and exact.details["distance"] == 0
    assert exact.details["kind"] == "sha256"
    assert by_category["violence"].details["distance"] == 0


def test_near_copies_match_by_pdq_and_others_do_not(known_lists: HashListDetector) -> None:
    resized = encode(KNOWN.resize((400, 300), Image.Resampling.BILINEAR), "JPEG", quality=70)
    cropped = encode(KNOWN.crop((8, 6, 792, 594)), "WEBP", quality=80)
    unrelated = encode(scene(800, 600, 13), "JPEG")
    results = known_lists.detect(
        [_item(resized, item_id="a"), _item(unrelated, cropped, item_id="b"), _item(unrelated)]
    )
    [a], [b], none = results
    assert (a.category, a.decisive, a.details["list"], a.details["kind"]) == (
        "violence",
        True,
        "perceptual",
        "pdq",
    )
    assert 0 < a.details["distance"] <= 31
    assert [e.field for e in b.evidence] == ["image:1"]
    assert none == []


def test_items_without_images_and_bad_images_yield_nothing(known_lists: HashListDetector) -> None:
    jpeg = encode(scene(300, 200, 14), "JPEG")
    results = known_lists.detect(
        [
            Prepared("text-only", {}, "en"),
            _item(b"", b"not an image", jpeg[: len(jpeg) // 2], item_id="broken"),
        ]
    )
    assert results == [[], []]


def test_a_broken_file_still_matches_exactly(
    sessions: sessionmaker[Session], clock: FrozenClock
) -> None:
    broken = b"\xff\xd8\xff\xe0 not really a jpeg"
    _add(sessions, clock, "exact", ("sha256", sha256_hex(broken), "sexual", None))
    [[signal]] = HashListDetector(sessions).detect([_item(broken)])
    assert signal.decisive and signal.details["distance"] == 0


def test_low_quality_images_are_not_matched_by_pdq(
    sessions: sessionmaker[Session], clock: FrozenClock
) -> None:
    flat = encode(Image.new("RGB", (400, 300), (90, 90, 90)), "PNG")
    digest = pdq_hash(decode_image(flat))
    assert digest.quality < 50
    _add(sessions, clock, "flat", ("pdq", digest.hex, "sexual", None))
    same_pixels = encode(Image.new("RGB", (400, 300), (90, 90, 90)), "BMP")  # other bytes
    assert HashListDetector(sessions).detect([_item(same_pixels)]) == [[]]
    [[signal]] = HashListDetector(sessions, min_quality=0).detect([_item(same_pixels)])
    assert signal.details["distance"] == 0


def test_refresh_sees_new_entries(sessions: sessionmaker[Session], clock: FrozenClock) -> None:
    detector = HashListDetector(sessions)
    assert detector.categories == () and detector.detect([_item(KNOWN_PNG)]) == [[]]
    _add(sessions, clock, "late", ("sha256", sha256_hex(KNOWN_PNG), "fraud", None))
    assert detector.detect([_item(KNOWN_PNG)]) == [[]]  # loaded once, at construction
    detector.refresh()
    assert detector.categories == ("fraud",)
    [[signal]] = detector.detect([_item(KNOWN_PNG)])
    assert signal.category == "fraud"


def test_a_match_removes_the_item(
    known_lists: HashListDetector, policy_holder: PolicyHolder
) -> None:
    screener = Screener([known_lists], lambda: policy_holder.current)
    [clean, matched] = screener.screen(
        [
            ScreenInput(
                "clean", "A walk by the river.", images=(ImageInput(encode(scene(300, 200, 15))),)
            ),
            ScreenInput("matched", "A walk by the river.", images=(ImageInput(KNOWN_PNG),)),
        ]
    )
    assert clean.outcome is not None and clean.outcome.action == "allow"
    assert matched.outcome is not None and matched.outcome.action == "remove"
    assert matched.outcome.category in {"sexual", "violence"}


def test_registry_builds_it_from_settings(fresh_database: DatabaseUnderTest) -> None:
    settings = Settings(database_url=fresh_database.url_with_schema(), pdq_max_distance=12)
    [detector] = build_detectors(settings, "hashlist")
    assert isinstance(detector, HashListDetector)
    try:
        assert detector.matcher.max_distance == 12
        assert detector.detect([_item(KNOWN_PNG)]) == [[]]
    finally:
        detector._sessions.kw["bind"].dispose()  # the registry's engine lives with the process
