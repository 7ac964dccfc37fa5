"""What each shipped model is trained on and how its labels become policy categories.

A recipe names one data set, the language of the texts it reads, the feature space, and the
heads: each head is one (category, finer label) signal whose score is the model's
probability that the text belongs to any of the head's source labels.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from clearpost.training.features import FeatureSpec

EN_SPEC = FeatureSpec(bits=20, char_min=1, char_max=5, word_max=2, word_weight=3.0)
ZH_SPEC = FeatureSpec(bits=20, char_min=1, char_max=3, word_max=0)


@dataclass(frozen=True)
class Head:
    """One signal of a model: `category` scored as P(source label in `labels`)."""

    category: str
    label: str
    labels: tuple[str, ...]


@dataclass(frozen=True)
class Recipe:
    """How to train and describe one model."""

    name: str  # short id; the detector is "clf:<name>"
    dataset: str  # folder name under the data directories
    lang: str  # "en" or "zh"
    heads: tuple[Head, ...]
    source: str  # attribution line for the model card
    licence: str
    label_note: str = ""
    spec: FeatureSpec = EN_SPEC
    c: float = 4.0  # inverse L2 strength of the logistic regression
    objective: str = "f1"  # what the dev threshold maximises: "f1" or "accuracy"
    class_weight: str | None = None  # "balanced" reweights rare classes in training
    # Source label -> training label (merge or drop: "" drops the row).
    relabel: dict[str, str] = field(default_factory=dict)


_PUBLIC = (
    Recipe(
        name="davidson",
        dataset="davidson_hate_offensive",
        lang="en",
        heads=(
            Head("hate", "hate", ("hate",)),
            Head("vulgar", "offensive", ("hate", "offensive")),
        ),
        source=(
            "Davidson, Warmsley, Macy, Weber (2017), Automated Hate Speech Detection and the "
            "Problem of Offensive Language, ICWSM; t-davidson/hate-speech-and-offensive-language"
        ),
        licence="MIT (c) 2017 Tom Davidson; tweets remain their authors' content",
        label_note=(
            "`hate` -> category hate. `offensive` is mostly profanity and slurs used casually, "
            "not targeted harassment, so `offensive` or `hate` -> category vulgar (label "
            "offensive). Davidson has no separate harassment label; no harassment head."
        ),
        c=2.0,
    ),
    Recipe(
        name="cold",
        dataset="cold_offensive_zh",
        lang="zh",
        heads=(Head("hate", "offensive", ("offensive",)),),
        source=(
            "Deng et al. (2022), COLD: A Benchmark for Chinese Offensive Language Detection, "
            "EMNLP; thu-coai/COLDataset"
        ),
        licence="Apache-2.0",
        label_note=(
            "COLD texts are comments on race, gender and region; its offensive class is mostly "
            "attacks on groups (test: 1818 attack_group vs 288 attack_individual), so "
            "`offensive` -> category hate (label offensive). Fine-grained labels exist only "
            "for test, so no separate harassment head is trained."
        ),
        spec=ZH_SPEC,
        c=32.0,
        objective="accuracy",
    ),
    Recipe(
        name="sms_spam",
        dataset="sms_spam_uci",
        lang="en",
        heads=(Head("spam", "spam", ("spam",)), Head("fraud", "sms_scam", ("spam",))),
        source=(
            "Almeida, Gomez Hidalgo, Yamakami (2011), Contributions to the Study of SMS Spam "
            "Filtering, DocEng; UCI SMS Spam Collection (doi:10.24432/C5CC84)"
        ),
        licence="free use with attribution (c) the authors; UCI lists CC BY 4.0",
        label_note=(
            "`spam` -> category spam. Most spam here is premium-rate prize scams, so the same "
            "probability is also emitted as a weak fraud signal (label sms_scam)."
        ),
        c=16.0,
    ),
    Recipe(
        name="clickbait",
        dataset="clickbait_chakraborty",
        lang="en",
        heads=(Head("misleading", "clickbait", ("clickbait",)),),
        source=(
            "Chakraborty, Paranjape, Kakarla, Ganguly (2016), Stop Clickbait, ASONAM; "
            "bhargaviparanjape/clickbait"
        ),
        licence="MIT (c) 2016 the authors",
        label_note="`clickbait` -> category misleading (label clickbait).",
        c=16.0,
        objective="accuracy",
    ),
    Recipe(
        name="covid19_rumor",
        dataset="covid19_rumor_en",
        lang="en",
        heads=(Head("misleading", "false_rumour", ("false",)),),
        source=(
            "Cheng et al. (2021), A COVID-19 Rumor Dataset, Frontiers in Psychology 12:644801; "
            "MickeysClubhouse/COVID-19-rumor-dataset"
        ),
        licence="MIT (c) 2020 hlc1209",
        label_note=(
            "`false` -> category misleading (label false_rumour); `true` and `unverified` are "
            "kept as their own classes during training (3-class model)."
        ),
        c=4.0,
    ),
)

_AUTHORED_LICENCE = "CC BY 4.0, (c) the Clearpost contributors (see the set's README.md)"


def _authored(name: str, category: str, lang: str) -> Recipe:
    return Recipe(
        name=name,
        dataset=name,
        lang=lang,
        heads=(Head(category, category, (category,)),),
        source=f"Clearpost authored data set data/authored/{name}",
        licence=_AUTHORED_LICENCE,
        label_note=f"`{category}` -> category {category}; `none` is the negative class.",
        spec=ZH_SPEC if lang == "zh" else EN_SPEC,
        c=8.0,
    )


_AUTHORED = (
    *tuple(
        _authored(f"{category}_{lang}", category, lang)
        for category in ("sexual", "self_harm", "violence", "misleading")
        for lang in ("en", "zh")
    ),
    _authored("fraud_zh", "fraud", "zh"),
    _authored("spam_zh", "spam", "zh"),
)

RECIPES: dict[str, Recipe] = {r.dataset: r for r in (*_PUBLIC, *_AUTHORED)}


def get_recipe(dataset: str) -> Recipe | None:
    """The recipe that trains from data set `dataset`, if one is known."""
    return RECIPES.get(dataset)
