"""Images through the API and the CLI: decisive hash-list matches, clear errors for bad files."""

from __future__ import annotations

import base64
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from clearpost.clock import FrozenClock
from clearpost.policy.store import PolicyHolder, default_policy_path
from clearpost.screening.pipeline import Screener
from clearpost.settings import Settings
from clearpost.web.app import create_app
from tests.conftest import START

Image = pytest.importorskip("PIL.Image", reason="the images extra is part of the test install")


def png(seed: int, size: int = 256) -> bytes:
    """A deterministic, feature-rich image (gradients and stripes)."""
    from PIL import ImageDraw

    image = Image.new("RGB", (size, size), (seed * 37 % 256, 90, 160))
    draw = ImageDraw.Draw(image)
    for i in range(0, size, 16):
        draw.rectangle([i, (i * seed) % size, i + 8, size], fill=((i * 5) % 256, seed % 256, 40))
        draw.ellipse([i, i, i + 40, i + 20], outline=(255, (i * 3) % 256, 0))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def test_known_bad_image_is_removed_decisively(
    settings: Settings,
    sessions: sessionmaker[Session],
    screener: Screener,
    clock: FrozenClock,
    host_headers: dict[str, str],
) -> None:
    from clearpost.detectors.hashlist import HashListDetector
    from clearpost.hashes import service as hashes
    from clearpost.media.hashing import sha256_hex

    bad = png(7)
    with sessions() as session:
        hashes.create_many(
            db_session=session,
            list_name="known-bad",
            source="test",
            now=START,
            entries=[hashes.HashEntryIn("sha256", sha256_hex(bad), "sexual", "known-bad")],
        )
        session.commit()
    detectors = [d for d in screener.detectors if d.name != "hashlist"]
    holder = PolicyHolder(default_policy_path())
    with_lists = Screener([*detectors, HashListDetector(sessions)], lambda: holder.current)
    app = create_app(settings, sessions=sessions, screener=with_lists, policy=holder, clock=clock)
    with TestClient(app) as client:
        decision = client.post(
            "/v1/items",
            headers=host_headers,
            json={
                "id": "img-1",
                "account_id": "a",
                "kind": "post",
                "body": "",
                "images": [{"data": b64(bad), "name": "photo.png"}],
            },
        ).json()
        assert decision["action"] == "remove", decision
        reason = decision["reasons"][0]
        assert reason["category"] == "sexual" and reason["detector"] == "hashlist"
        assert reason["evidence"][0]["field"] == "image:0"
        clean = client.post(
            "/v1/items",
            headers=host_headers,
            json={
                "id": "img-2",
                "account_id": "a",
                "kind": "post",
                "body": "my garden",
                "images": [{"data": b64(png(3))}],
            },
        ).json()
        assert clean["action"] == "allow"
        stored = client.get("/v1/items/img-1", headers=host_headers).json()
        assert stored["item"]["visibility"] == "removed"


def test_broken_images_are_422(app_client: TestClient, host_headers: dict[str, str]) -> None:
    bomb = io.BytesIO()
    Image.new("1", (1, 1)).save(bomb, format="PNG")
    header = bytearray(bomb.getvalue())
    header[16:24] = (100_000).to_bytes(4, "big") * 2  # IHDR declares 100,000 x 100,000
    cases = {
        "not base64": ("%%%", "images"),
        "random bytes": (b64(b"\x00\x01not an image at all" * 10), "images"),
        "truncated": (b64(png(1)[:200]), "images"),
        "bomb": (b64(bytes(header)), "images"),
    }
    for name, (data, field) in cases.items():
        response = app_client.post(
            "/v1/items",
            headers=host_headers,
            json={
                "id": f"bad-{name}",
                "account_id": "a",
                "kind": "post",
                "body": "x",
                "images": [{"data": data}],
            },
        )
        assert response.status_code == 422, (name, response.text)
        assert field in response.json()["message"], name
    assert app_client.get("/v1/items/bad-bomb", headers=host_headers).status_code == 404


def test_cli_reads_image_paths(tmp_path: Path) -> None:
    (tmp_path / "ok.png").write_bytes(png(5))
    (tmp_path / "broken.png").write_bytes(b"nope")
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": "a", "text": "look", "images": ["ok.png"]})
        + "\n"
        + json.dumps({"id": "b", "text": "look", "images": ["broken.png"]})
        + "\n"
        + json.dumps({"id": "c", "text": "look", "images": ["missing.png"]})
        + "\n",
        "utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "clearpost", "screen", str(source), "-q"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 1
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert out[0]["item_id"] == "a" and "action" in out[0]
    assert "error" in out[1] and "error" in out[2]
    assert f"{source}:2:" in result.stderr and f"{source}:3:" in result.stderr
