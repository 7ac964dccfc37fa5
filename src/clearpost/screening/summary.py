"""Counts per action and category for a screening run."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from rich.table import Table

from clearpost.policy.schema import ACTIONS


@dataclass
class Summary:
    actions: Counter[str] = field(default_factory=Counter)
    categories: Counter[str] = field(default_factory=Counter)
    errors: int = 0
    seconds: float = 0.0

    def add(self, action: str, flagged: list[str]) -> None:
        self.actions[action] += 1
        for category in flagged:
            self.categories[category] += 1

    @property
    def screened(self) -> int:
        return sum(self.actions.values())

    def table(self) -> Table:
        table = Table(title="Screening summary", show_footer=False)
        table.add_column("action / category")
        table.add_column("items", justify="right")
        for action in ACTIONS:
            table.add_row(action, str(self.actions.get(action, 0)))
        table.add_section()
        for category, count in sorted(self.categories.items(), key=lambda kv: (-kv[1], kv[0])):
            table.add_row(f"flagged: {category}", str(count))
        table.add_section()
        table.add_row("screened", str(self.screened))
        table.add_row("bad lines", str(self.errors))
        if self.seconds > 0:
            table.add_row("items/second", f"{self.screened / self.seconds:,.0f}")
        return table
