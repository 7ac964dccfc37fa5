"""The nudity detector: loads offline, stays quiet on ordinary pictures, never crashes.

No nude imagery is stored or drawn here. The one positive case is an abstract render
(blurred skin-toned ellipses) that the model genuinely scores; it checks the plumbing
from model output to signal, not the model's accuracy.
"""

from __future__ import annotations

import socket
from typing import Any

import pytest

pytest.importorskip("onnxruntime")
pytest.importorskip("nudenet")

from PIL import Image

from clearpost.detectors.base import Detector, ImageInput, Prepared
from clearpost.detectors.nudity import LABELS, SCORED, NudityDetector, default_model_path
from clearpost.media.decode import ImageLimits
from clearpost.screening.registry import build_detectors
from clearpost.settings import Settings
from tests.media.imagegen import encode, scene, skin_render


@pytest.fixture(scope="module")
def detector() -> NudityDetector:
    return NudityDetector()


def _item(*images: bytes, item_id: str = "item") -> Prepared:
    return Prepared(
        item_id, {}, "en", images=tuple(ImageInput(d, f"{i}.img") for i, d in enumerate(images))
    )


def test_loads_and_runs_with_the_network_blocked(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    detector = NudityDetector()
    assert detector.model_path == default_model_path()
    assert detector.model_path.name == "320n.onnx"
    results = detector.detect([_item(encode(scene(320, 240, 1), "JPEG"))])
    assert len(results) == 1


def test_protocol_and_shape_of_results(detector: NudityDetector) -> None:
    assert isinstance(detector, Detector)
    assert detector.name == "nudity" and detector.categories == ("sexual",)
    assert set(SCORED) <= set(LABELS) and len(LABELS) == 18
    assert detector.detect([]) == []
    assert detector.detect([Prepared("text", {}, "en"), Prepared("text2", {}, "en")]) == [[], []]


def test_ordinary_pictures_score_low(detector: NudityDetector) -> None:
    images = [encode(scene(640, 480, seed), "JPEG", quality=85) for seed in range(1, 7)]
    images.append(encode(Image.new("RGB", (500, 500), (210, 170, 140)), "PNG"))  # flat skin tone
    results = detector.detect([_item(data, item_id=str(i)) for i, data in enumerate(images)])
    assert len(results) == len(images)
    for signals in results:
        assert all(s.score < 0.5 for s in signals)  # below the default policy's label threshold


def test_a_skin_toned_render_is_found_and_explained(detector: NudityDetector) -> None:
    benign = encode(scene(640, 480, 2), "JPEG")
    [[signal]] = detector.detect([_item(benign, encode(skin_render(), "PNG"))])
    assert (signal.detector, signal.category, signal.label) == (
        "nudity",
        "sexual",
        "explicit_nudity",
    )
    assert 0.5 < signal.score <= 1.0 and not signal.decisive
    assert "image:1" in [e.field for e in signal.evidence]
    assert "FEMALE_BREAST_EXPOSED" in signal.details["classes"]
    [first, *_] = signal.details["images"]["image:1"]
    x, y, w, h = first["box"]
    assert 0 <= x < 640 and 0 <= y < 480 and w > 0 and h > 0  # in the file's own pixels


def test_batches_give_the_same_answer_as_single_items(detector: NudityDetector) -> None:
    items = [_item(encode(skin_render(), "PNG"), item_id="a"), _item(encode(scene(400, 300, 3)))]
    together = detector.detect(items)
    alone = [detector.detect([item])[0] for item in items]
    assert [[round(s.score, 3) for s in r] for r in together] == [
        [round(s.score, 3) for s in r] for r in alone
    ]
    small_batches = NudityDetector(batch_size=1).detect(items)
    assert [[s.label for s in r] for r in small_batches] == [[s.label for s in r] for r in alone]


def test_undecodable_images_are_skipped(detector: NudityDetector) -> None:
    jpeg = encode(skin_render(), "JPEG")
    results = detector.detect(
        [
            _item(b"", b"\x00" * 100, jpeg[: len(jpeg) // 3], item_id="broken"),
            _item(encode(skin_render(), "PNG"), item_id="good"),
        ]
    )
    assert results[0] == []
    assert [s.category for s in results[1]] == ["sexual"]


def test_limits_apply(detector: NudityDetector) -> None:
    strict = NudityDetector(limits=ImageLimits(max_pixels=1_000))
    assert strict.detect([_item(encode(skin_render(), "PNG"))]) == [[]]


def test_registry_builds_it() -> None:
    [built] = build_detectors(Settings(database_url="sqlite://"), "nudity")
    assert isinstance(built, NudityDetector)
