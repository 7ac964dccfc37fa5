"""The sanction ladder as pure functions of strikes, sanctions, policy and time."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from clearpost.accounts.models import Sanction, Strike
from clearpost.policy.schema import STANDINGS, Rung

RANK: dict[str, int] = {standing: rank for rank, standing in enumerate(STANDINGS)}


def active_strikes(strikes: Iterable[Strike], now: datetime) -> list[Strike]:
    """Strikes that count now: not removed, not expired."""
    return [s for s in strikes if s.removed_at is None and s.expires_at > now]


def active_points(strikes: Iterable[Strike], now: datetime) -> int:
    return sum(s.points for s in active_strikes(strikes, now))


def rung_for(points: int, ladder: Sequence[Rung]) -> Rung | None:
    """The highest rung reached by `points` (None: good standing)."""
    reached = [rung for rung in ladder if points >= rung.at]
    return reached[-1] if reached else None


def active_sanctions(sanctions: Iterable[Sanction], now: datetime) -> list[Sanction]:
    return [
        s
        for s in sanctions
        if s.lifted_at is None and s.starts_at <= now and (s.ends_at is None or s.ends_at > now)
    ]


def standing(
    strikes: Iterable[Strike], sanctions: Iterable[Sanction], ladder: Sequence[Rung], now: datetime
) -> str:
    """Where the account stands now.

    The ladder gives a standing from the active strike points; a suspension lasts only its
    days (then the account falls back to `limited` while points stay high); suspensions,
    closures and manual sanctions hold for their term even when strikes expire, until they
    end or are lifted (an overturned appeal).
    """
    sanctions = list(sanctions)
    rung = rung_for(active_points(strikes, now), ladder)
    from_ladder = rung.standing if rung else "good"
    if from_ladder == "suspended":
        current = [s for s in active_sanctions(sanctions, now) if s.standing == "suspended"]
        if not current:
            from_ladder = "limited"
    # Closure is a sanction; without an unlifted close sanction the ladder stops below it.
    if from_ladder == "closed" and not _has_active(sanctions, "closed", now):
        from_ladder = "suspended" if _has_active(sanctions, "suspended", now) else "limited"
    # Suspensions and closures bind for their term even if points fall; manual ones too.
    held = [
        s.standing
        for s in active_sanctions(sanctions, now)
        if s.source == "manual" or s.standing in ("suspended", "closed")
    ]
    return max([from_ladder, *held], key=RANK.__getitem__)


def _has_active(sanctions: Iterable[Sanction], standing_name: str, now: datetime) -> bool:
    return any(s.standing == standing_name for s in active_sanctions(sanctions, now))
