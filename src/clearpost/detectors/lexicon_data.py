"""Lexicon files: the reviewed data behind the lexicon detector, loaded and validated.

Layout (see lexicons/README.md): `<dir>/<lang>/<category>.yaml` hold entries,
`<dir>/allow/<lang>.yaml` hold false friends and softening contexts. Every problem is
reported as `file:line: message`, all of them at once, so a reviewer fixes a file in one go.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from clearpost.detectors.lexicon_combos import Combination, parse_combination
from clearpost.detectors.lexicon_yaml import YamlFile
from clearpost.text.chinese import CJK_RE
from clearpost.text.normalize import normalize

LANGUAGES = ("en", "zh")
MATCH_MODES = ("word", "prefix", "anywhere")
SCOPES = ("span", "field", "item")
_NAME = re.compile(r"^[a-z][a-z_]*$")
_ENTRY_KEYS = {"term", "category", "label", "weight", "match", "variants", "pinyin", "note"}
_VARIANT_KEYS = {"text", "weight", "match", "note"}
_CONTEXT_KEYS = {"phrase", "categories", "factor", "scope", "note"}
# "anywhere" on a short Latin term is how Scunthorpe happens: the loader refuses it.
MIN_ANYWHERE_LATIN = 4


class LexiconError(ValueError):
    """Lexicon files are invalid; the message lists every problem as file:line: message."""


@dataclass(frozen=True, slots=True)
class Variant:
    """Another spelling of an entry's term (misspelling, initials, homophone, pinyin)."""

    text: str
    weight: float
    match: str
    source: str


@dataclass(frozen=True, slots=True)
class Entry:
    """One reviewed term: what it is evidence of, and how strongly."""

    term: str
    lang: str
    category: str
    label: str
    weight: float
    match: str
    variants: tuple[Variant, ...]
    pinyin: bool
    source: str  # "file:line", for reviewers and error messages


@dataclass(frozen=True, slots=True)
class FalseFriend:
    """A benign word that contains a listed term ("Scunthorpe"); hits inside it are dropped."""

    text: str
    lang: str
    source: str


@dataclass(frozen=True, slots=True)
class Context:
    """A phrase that lowers (factor < 1) or cancels (factor 0) hits of some categories."""

    phrase: str
    lang: str
    categories: frozenset[str]
    factor: float
    scope: str  # span: overlapping the hit; field: same field; item: anywhere in the item
    source: str


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything loaded from one lexicon directory."""

    entries: tuple[Entry, ...]
    false_friends: tuple[FalseFriend, ...]
    contexts: tuple[Context, ...]
    combinations: tuple[Combination, ...] = ()

    @property
    def categories(self) -> tuple[str, ...]:
        found = {entry.category for entry in self.entries}
        return tuple(sorted(found | {c.category for c in self.combinations}))


def _header(file: YamlFile, root: yaml.Node, lang: str) -> dict[str, yaml.Node]:
    fields = file.mapping(root)
    declared = file.value(fields["language"]) if "language" in fields else None
    if declared != lang:
        file.error(fields.get("language", root), f"language must be {lang!r} (the folder name)")
    return fields


def _is_latin(text: str) -> bool:
    return CJK_RE.search(text) is None


def _check_key(file: YamlFile, node: yaml.Node, text: str, match: str) -> None:
    key = normalize(text).skeleton
    if key is None or not key.text.strip():
        file.error(node, f"{text!r} is empty once normalized")
    elif match == "anywhere" and _is_latin(text) and len(key.text) < MIN_ANYWHERE_LATIN:
        file.error(node, f"{text!r} is too short for match: anywhere (use word or prefix)")


def _variant(
    file: YamlFile, node: yaml.Node, entry_weight: float, entry_match: str
) -> Variant | None:
    if isinstance(node, yaml.ScalarNode):
        text = file.text(node, "variant")
        weight, match = entry_weight, entry_match
    else:
        fields = file.mapping(node, _VARIANT_KEYS)
        text = file.text(fields.get("text", node), "variant text")
        weight = file.number(fields.get("weight"), "variant weight", entry_weight)
        match = file.choice(fields.get("match"), "variant match", MATCH_MODES, entry_match)
    if text is None:
        return None
    _check_key(file, node, text, match)
    return Variant(text=text, weight=weight, match=match, source=file.where(node))


def _entry(file: YamlFile, node: yaml.Node, lang: str, category: str) -> Entry | None:
    fields = file.mapping(node, _ENTRY_KEYS)
    if not fields:
        return None
    term = file.text(fields.get("term", node), "term")
    if "category" in fields and file.value(fields["category"]) != category:
        file.error(fields["category"], f"category must be {category!r} (the file name)")
    label = file.text(fields.get("label", node), "label")
    if label is not None and not _NAME.match(label):
        file.error(fields["label"], "label must be lower_snake_case")
    weight = file.number(fields.get("weight", node), "weight")
    match = file.choice(fields.get("match"), "match", MATCH_MODES, "word")
    variants = [
        _variant(file, item, weight, match) for item in file.sequence(fields.get("variants"))
    ]
    pinyin_value = file.value(fields["pinyin"]) if "pinyin" in fields else False
    if not isinstance(pinyin_value, bool):
        file.error(fields["pinyin"], "pinyin must be true or false")
        pinyin_value = False
    if term is None or label is None:
        return None
    _check_key(file, fields["term"], term, match)
    if pinyin_value and not (len(term) >= 2 and all(CJK_RE.match(char) for char in term)):
        file.error(fields["pinyin"], "pinyin: true needs a term of two or more Chinese characters")
    return Entry(
        term=term,
        lang=lang,
        category=category,
        label=label,
        weight=weight,
        match=match,
        variants=tuple(variant for variant in variants if variant is not None),
        pinyin=pinyin_value,
        source=file.where(node),
    )


def _category_file(
    path: Path, lang: str, errors: list[str]
) -> tuple[list[Entry], list[Combination]]:
    file = YamlFile(path, errors)
    root = file.compose()
    if root is None:
        return [], []
    fields = _header(file, root, lang)
    category = path.stem
    if not _NAME.match(category):
        file.error(root, f"category file name {category!r} must be lower_snake_case")
    if "category" in fields and file.value(fields["category"]) != category:
        file.error(fields["category"], f"category must be {category!r} (the file name)")
    entries = [_entry(file, node, lang, category) for node in file.sequence(fields.get("entries"))]
    combinations = [
        parse_combination(file, node, lang, category)
        for node in file.sequence(fields.get("combinations"))
    ]
    return (
        [entry for entry in entries if entry is not None],
        [combination for combination in combinations if combination is not None],
    )


def _allow_file(
    path: Path, lang: str, errors: list[str]
) -> tuple[list[FalseFriend], list[Context]]:
    file = YamlFile(path, errors)
    root = file.compose()
    if root is None:
        return [], []
    fields = _header(file, root, lang)
    friends = []
    for node in file.sequence(fields.get("false_friends")):
        text = file.text(node, "false friend")
        if text is not None:
            friends.append(FalseFriend(text=text, lang=lang, source=file.where(node)))
    contexts = []
    for node in file.sequence(fields.get("contexts")):
        item = file.mapping(node, _CONTEXT_KEYS)
        phrase = file.text(item.get("phrase", node), "phrase")
        categories = file.value(item["categories"]) if "categories" in item else None
        if not isinstance(categories, list) or not all(isinstance(c, str) for c in categories):
            file.error(item.get("categories", node), "categories must be a list of names")
            categories = []
        factor = file.number(item.get("factor", node), "factor")
        scope = file.choice(item.get("scope"), "scope", SCOPES, "span")
        if phrase is not None:
            contexts.append(
                Context(phrase, lang, frozenset(categories), factor, scope, file.where(node))
            )
    return friends, contexts


def load_lexicon(directory: Path) -> Lexicon:
    """Load and validate every lexicon file under `directory`; raise LexiconError if any is bad."""
    errors: list[str] = []
    entries: list[Entry] = []
    combinations: list[Combination] = []
    friends: list[FalseFriend] = []
    contexts: list[Context] = []
    if not directory.is_dir():
        raise LexiconError(f"{directory}: lexicon directory not found")
    for lang in LANGUAGES:
        for path in sorted((directory / lang).glob("*.yaml")):
            found, combos = _category_file(path, lang, errors)
            entries.extend(found)
            combinations.extend(combos)
        allow = directory / "allow" / f"{lang}.yaml"
        if allow.is_file():
            more_friends, more_contexts = _allow_file(allow, lang, errors)
            friends.extend(more_friends)
            contexts.extend(more_contexts)
    _check_duplicates(entries, errors)
    if errors:
        raise LexiconError("invalid lexicon:\n" + "\n".join(errors))
    return Lexicon(tuple(entries), tuple(friends), tuple(contexts), tuple(combinations))


def _check_duplicates(entries: list[Entry], errors: list[str]) -> None:
    """The same spelling twice in one category is a review mistake (which weight wins?)."""
    seen: dict[tuple[str, str, str], str] = {}
    for entry in entries:
        spellings = [(entry.term, entry.source)]
        spellings += [(variant.text, variant.source) for variant in entry.variants]
        for text, source in spellings:
            view = normalize(text).skeleton
            assert view is not None
            key = (entry.category, view.text, repr(sorted(view.runs.items())))
            if key in seen and seen[key] != source:
                errors.append(f"{source}: {text!r} duplicates {seen[key]} in {entry.category}")
            seen.setdefault(key, source)
