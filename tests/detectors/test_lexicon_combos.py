"""Lexicon combinations: group statements that need no slur, counter-speech left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from clearpost.detectors.base import Prepared, Signal
from clearpost.detectors.lexicon import LexiconDetector
from clearpost.detectors.lexicon_combos import Rules, tokens
from clearpost.detectors.lexicon_data import LexiconError, load_lexicon
from clearpost.text.normalize import normalize


def hate(detector: LexiconDetector, text: str, lang: str = "en") -> Signal | None:
    [found] = detector.detect([Prepared(item_id="t", fields={"body": normalize(text)}, lang=lang)])
    return next((s for s in found if s.category == "hate"), None)


@pytest.mark.parametrize(
    ("text", "label", "evidence"),
    [
        ("All immigrants are vermin and should leave", "dehumanization", "immigrants are vermin"),
        ("Muslims are nothing but animals", "dehumanization", "Muslims are nothing but animals"),
        ("w0men are tr4sh", "dehumanization", "w0men are tr4sh"),
        ("Gay people should be shot", "incitement", "Gay people should be shot"),
        ("kill all the jews", "incitement", "kill all the jews"),
        ("I hate black people", "hatred", "I hate black people"),
        ("黑人都是畜生", "dehumanization", "黑人都是畜生"),
    ],
)  # fmt: skip
def test_group_statements_are_caught_with_their_span(
    lexicon_detector: LexiconDetector, text: str, label: str, evidence: str
) -> None:
    found = hate(lexicon_detector, text, "zh" if not text.isascii() else "en")
    assert found is not None and found.score >= 0.85
    assert label in [term.split(" (")[0] for term in found.details["terms"]]
    assert "combination" in found.details["via"]
    assert any(e.text == evidence for e in found.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Immigrants are not vermin, they are our neighbours.",
        "Immigrants should be deported if they commit crimes.",  # a policy view
        "I hate that women are paid less than men.",
        "Rats are animals too.",
        "The asylum seekers were shot at the border, the report says.",
        'Statements like "gay people are scum" are deeply hurtful.',
        "黑人不是畜生,请尊重每一个人",
        "男人都比较垃圾吧",
    ],
)
def test_counter_speech_and_look_alikes_stay_low(
    lexicon_detector: LexiconDetector, text: str
) -> None:
    found = hate(lexicon_detector, text, "zh" if not text.isascii() else "en")
    assert found is None or found.score < 0.5


def skeleton(text: str) -> str:
    view = normalize(text).skeleton
    assert view is not None
    return view.text


def test_words_are_read_on_the_skeleton() -> None:
    # Folded like terms: case, leetspeak, repeated letters squeezed; a Chinese character
    # is one word.
    assert [w for w, _, _ in tokens(skeleton("Cats R r34lly FLUFFY"))] == [
        "cats", "r", "realy", "flufy",
    ]  # fmt: skip
    assert [w for w, _, _ in tokens(skeleton("黑人都是"))] == ["黑", "人", "都", "是"]


def write(root: Path, relative: str, text: str) -> None:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_custom_combination_and_its_gap(tmp_path: Path) -> None:
    write(
        tmp_path,
        "en/spam.yaml",
        "language: en\ncategory: spam\nentries: []\ncombinations:\n"
        "  - {label: bulk_offer, weight: 0.7, parts: [[buy], [followers, likes]], gaps: [2]}\n",
    )
    lexicon = load_lexicon(tmp_path)
    [rule] = lexicon.combinations
    assert rule.parts == ((("buy",),), ((skeleton("followers"),), ("likes",)))
    assert lexicon.categories == ("spam",)
    rules = Rules([rule])
    assert [h.combination for h in rules.find(skeleton("buy 10k real followers"))] == [rule]
    assert rules.find(skeleton("buy me a coffee, my followers")) == []  # 3 words apart
    assert rules.find(skeleton("followers buy")) == []  # order matters
    detector = LexiconDetector(tmp_path)
    [found] = detector.detect([Prepared("t", {"body": normalize("BUY cheap LIKES")}, "en")])
    assert [s.category for s in found] == ["spam"] and found[0].score == 0.7
    assert found[0].evidence[0].text == "BUY cheap LIKES"


def test_bad_combinations_name_file_and_line(tmp_path: Path) -> None:
    write(
        tmp_path,
        "en/spam.yaml",
        "language: en\ncategory: spam\nentries: []\ncombinations:\n"
        "  - {label: one_part, weight: 0.7, parts: [[buy]]}\n"
        "  - {label: bad_gap, weight: 0.7, parts: [[buy], [likes]], gaps: [99]}\n"
        "  - {label: Bad-Label, weight: 0.7, parts: [[buy], [likes]]}\n",
    )
    with pytest.raises(LexiconError) as caught:
        load_lexicon(tmp_path)
    message = str(caught.value)
    path = tmp_path / "en" / "spam.yaml"
    assert f"{path}:5: a combination needs two or more parts" in message
    assert f"{path}:6: gaps must list 1 whole numbers from 0 to 8" in message
    assert f"{path}:7: label must be lower_snake_case" in message


@pytest.mark.parametrize(
    ("filler", "statement", "lang"),
    [
        ("The council met about bike lanes and the men's team. ", "Muslims are vermin", "en"),
        ("市议会周二开会讨论新的自行车道,女人和男人都来了。", "黑人都是畜生", "zh"),
    ],
)  # fmt: skip
def test_long_posts_are_searched_near_the_rare_parts(
    lexicon_detector: LexiconDetector, filler: str, statement: str, lang: str
) -> None:
    # A statement deep inside a long post (the rule's parts seen many times around it)
    # is found with its exact span.
    text = filler * 40 + statement + "。" + filler * 40
    found = hate(lexicon_detector, text, lang)
    assert found is not None and found.score >= 0.9
    start = text.index(statement)
    assert [(e.start, e.end) for e in found.evidence if e.text == statement] == [
        (start, start + len(statement))
    ]
