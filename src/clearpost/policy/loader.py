"""Load a policy file: YAML → validated PolicyFile, with errors naming file, line and field."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from clearpost.policy.schema import PolicyFile

_PATH_PREFIX = re.compile(r"^([A-Za-z_][\w.-]*): (.*)$", re.S)


class PolicyError(ValueError):
    """A policy file that cannot be used; `str()` is one line: file:line: field: message."""

    def __init__(self, file: str, line: int | None, field: str, message: str) -> None:
        self.file, self.line, self.field, self.message = file, line, field, message
        where = f"{file}:{line}" if line else file
        super().__init__(f"{where}: {field}: {message}" if field else f"{where}: {message}")


def _line_map(node: yaml.Node, path: tuple[str, ...], out: dict[tuple[str, ...], int]) -> None:
    out.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in seen:
                dotted = ".".join((*path, key))
                raise PolicyError("", key_node.start_mark.line + 1, dotted, "duplicate key")
            seen.add(key)
            out[(*path, key)] = key_node.start_mark.line + 1
            _line_map(value_node, (*path, key), out)
    elif isinstance(node, yaml.SequenceNode):
        for index, child in enumerate(node.value):
            _line_map(child, (*path, str(index)), out)


def _nearest_line(lines: dict[tuple[str, ...], int], path: tuple[str, ...]) -> int | None:
    while path:
        if path in lines:
            return lines[path]
        path = path[:-1]
    return lines.get(())


def parse_policy(text: str, file: str = "<policy>") -> PolicyFile:
    """Validate policy text; raise PolicyError naming the first problem."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data: Any = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = mark.line + 1 if mark else None
        raise PolicyError(file, line, "", f"invalid YAML: {exc.problem}") from None
    if node is None or not isinstance(data, dict):
        raise PolicyError(file, 1, "", "the policy must be a YAML mapping")
    lines: dict[tuple[str, ...], int] = {}
    try:
        _line_map(node, (), lines)
    except PolicyError as exc:
        raise PolicyError(file, exc.line, exc.field, exc.message) from None
    try:
        return PolicyFile.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        path = tuple(str(part) for part in error["loc"])
        message = str(error["msg"]).removeprefix("Value error, ")
        found = _PATH_PREFIX.match(message)
        if (found and not path) or (found and found.group(1).startswith(".".join(path))):
            path = tuple(found.group(1).split("."))
            message = found.group(2)
        raise PolicyError(file, _nearest_line(lines, path), ".".join(path), message) from None


def load_policy_file(path: Path) -> PolicyFile:
    """Read and validate one policy file."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PolicyError(str(path), None, "", f"cannot read: {exc.strerror}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PolicyError(str(path), None, "", f"not UTF-8 (byte {exc.start})") from None
    return parse_policy(text, str(path))
