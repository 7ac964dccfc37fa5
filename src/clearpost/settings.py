"""The one place that reads the environment.

Every setting is a `CLEARPOST_*` variable with a default that works on a laptop; the table
in docs/settings.md lists them all (a test fails when one is missing there).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Clearpost configuration, read once from `CLEARPOST_*` environment variables."""

    model_config = SettingsConfigDict(env_prefix="CLEARPOST_", extra="ignore")

    database_url: str = Field(
        default="sqlite:///./clearpost.db",
        description="SQLAlchemy URL. SQLite by default; postgresql+psycopg://… for PostgreSQL.",
    )
    policy_path: Path | None = Field(
        default=None,
        description="Policy YAML file. Empty means the bundled policies/default.yaml.",
    )
    lexicon_dir: Path | None = Field(
        default=None, description="Lexicon folder. Empty means the bundled lexicons/."
    )
    model_dir: Path | None = Field(
        default=None, description="Classifier model folder. Empty means the bundled models/."
    )
    detectors: str = Field(
        default="auto",
        description="Comma-separated detectors (lexicon, classifier, hashlist, nudity); auto: "
        "the text ones, plus hashlist and nudity when the images extra is installed.",
    )
    detector_refresh_seconds: float = Field(
        default=60.0,
        description="How often a running server reloads refreshable detectors (hash lists).",
    )
    host: str = Field(default="127.0.0.1", description="Address `clearpost serve` binds.")
    port: int = Field(default=8000, description="Port `clearpost serve` binds.")
    max_body_chars: int = Field(
        default=100_000, description="Largest accepted item body, in characters (else 413)."
    )
    max_title_chars: int = Field(
        default=1_000, description="Largest accepted title, in characters."
    )
    max_batch_items: int = Field(default=1_000, description="Most items in one batch request.")
    max_request_bytes: int = Field(
        default=50_000_000, description="Largest accepted HTTP request body, in bytes (else 413)."
    )
    webhook_dispatch: bool = Field(
        default=True,
        description="Deliver webhooks from a background thread of `clearpost serve` "
        "(turn off when running `clearpost worker` processes instead).",
    )
    webhook_interval: float = Field(
        default=1.0, description="Seconds between polls of the webhook outbox."
    )
    webhook_allow_private: bool = Field(
        default=False,
        description="Allow webhook URLs on private or loopback addresses (off: SSRF guard).",
    )
    image_max_bytes: int = Field(
        default=10_000_000, description="Largest accepted image, in bytes (else 422)."
    )
    image_max_pixels: int = Field(
        default=40_000_000,
        description="Most pixels an image may declare (else 422; decompression-bomb guard).",
    )
    image_max_count: int = Field(default=4, description="Most images on one item (else 422).")
    pdq_max_distance: int = Field(
        default=31, description="Hash lists: most PDQ bits that may differ for a match (0-256)."
    )
    pdq_min_quality: int = Field(
        default=50, description="Hash lists: least PDQ quality (0-100) of an image to match it."
    )
    spam_waves: bool = Field(
        default=True,
        description="Cluster near-duplicate posts from many accounts into spam waves "
        "(one signal and one review case per wave).",
    )
    spam_wave_window_hours: float = Field(
        default=24.0, description="Spam waves: how far back, in hours, near-duplicates are found."
    )
    spam_wave_min_accounts: int = Field(
        default=3, description="Spam waves: least distinct accounts for a wave signal and case."
    )
    secret_key: SecretStr = Field(
        default=SecretStr(""),
        description="Signs console session cookies. Empty: a random key is generated at the "
        "first console login and kept in the database (table console_secrets).",
    )
    console_session_hours: float = Field(
        default=12.0, description="Console sign-ins expire after this many hours."
    )
    policy_sync_seconds: float = Field(
        default=30.0,
        description="How often each server process looks for a policy activated in the "
        "console by another process (0: only at its first request).",
    )
    log_level: str = Field(default="INFO", description="Log level for structured JSON logs.")
    log_json: bool = Field(default=True, description="Write logs as JSON lines (else console).")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Settings read once per process (tests clear the cache to change them)."""
    return Settings()
