"""Line-aware reading of lexicon YAML files (node marks give every error a line number)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


class YamlFile:
    """One YAML file being read: its node tree, typed accessors, and the shared error list.

    Accessors never raise: they record `file:line: message` and return a safe default, so
    one pass reports every problem in the file.
    """

    def __init__(self, path: Path, errors: list[str]) -> None:
        self.path = path
        self.errors = errors
        self._loader = yaml.SafeLoader("")

    def error(self, node: yaml.Node | None, message: str) -> None:
        line = node.start_mark.line + 1 if node is not None else 1
        self.errors.append(f"{self.path}:{line}: {message}")

    def compose(self) -> yaml.Node | None:
        try:
            return yaml.compose(self.path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = mark.line + 1 if mark is not None else 1
            self.errors.append(f"{self.path}:{line}: YAML error: {exc.problem}")
        except (OSError, UnicodeDecodeError) as exc:
            self.errors.append(f"{self.path}:1: cannot read: {exc}")
        return None

    def value(self, node: yaml.Node) -> Any:
        return self._loader.construct_object(node, deep=True)

    def mapping(self, node: yaml.Node, allowed: set[str] | None = None) -> dict[str, yaml.Node]:
        if not isinstance(node, yaml.MappingNode):
            self.error(node, "expected a mapping")
            return {}
        fields: dict[str, yaml.Node] = {}
        for key, value in node.value:
            name = str(key.value)
            if allowed is not None and name not in allowed:
                self.error(key, f"unknown key {name!r} (allowed: {', '.join(sorted(allowed))})")
            fields[name] = value
        return fields

    def sequence(self, node: yaml.Node | None) -> list[yaml.Node]:
        if node is None:
            return []
        if not isinstance(node, yaml.SequenceNode):
            self.error(node, "expected a list")
            return []
        return list(node.value)

    def text(self, node: yaml.Node | None, what: str) -> str | None:
        value = self.value(node) if node is not None else None
        if not isinstance(value, str) or not value.strip():
            self.error(node, f"{what} must be a non-empty string")
            return None
        return value.strip()

    def number(self, node: yaml.Node | None, what: str, default: float | None = None) -> float:
        if node is None and default is not None:
            return default
        value = self.value(node) if node is not None else None
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
            self.error(node, f"{what} must be a number in [0, 1]")
            return 0.0
        return float(value)

    def choice(
        self, node: yaml.Node | None, what: str, options: tuple[str, ...], default: str
    ) -> str:
        if node is None:
            return default
        value = self.value(node)
        if value not in options:
            self.error(node, f"{what} must be one of {', '.join(options)}")
            return default
        return str(value)

    def where(self, node: yaml.Node) -> str:
        return f"{self.path}:{node.start_mark.line + 1}"
