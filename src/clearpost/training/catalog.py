"""What each shipped model is trained on and how its labels become policy categories.

A recipe names one data set, the language of the texts it reads, the feature space, and the
heads: each head is one (category, finer label) signal whose score is the model's
probability that the text belongs to any of the head's source labels.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from clearpost.training.features import FeatureSpec

EN_SPEC = FeatureSpec(bits=20, char_min=1, char_max=5, word_max=2, word_weight=3.0)
ZH_SPEC = FeatureSpec(bits=20, char_min=1, char_max=3, word_max=0, decode_pinyin=True)

# Share of posts on a general platform expected to belong to each category, before any
# moderation: the base rate the detector moves scores to (docs/models.md, "Deployment
# calibration", gives the reasoning). Rough and deliberately on the high side, so that the
# correction lowers scores no more than the evidence supports. A category missing here is
# not corrected.
DEPLOYMENT_PRIORS: dict[str, float] = {
    "hate": 0.02,
    "vulgar": 0.10,
    "sexual": 0.03,
    "violence": 0.02,
    "self_harm": 0.02,
    "fraud": 0.03,
    "spam": 0.05,
    "misleading": 0.05,
    "harassment": 0.03,
}


@dataclass(frozen=True)
class Head:
    """One signal of a model: `category` scored as P(source label in `labels`)."""

    category: str
    label: str
    labels: tuple[str, ...]


@dataclass(frozen=True)
class Background:
    """Rows of a public set added as negatives (`none`): `labels` of `dataset`."""

    dataset: str
    labels: tuple[str, ...]
    licence: str
    train_rows: int = 1000  # at most this many from train; dev gets an eighth


@dataclass(frozen=True)
class RealSet:
    """A real published set joined to an authored one.

    Its `train` rows join the training rows and its `dev` rows the rows that calibration and
    the dev threshold are fitted on; its `test` rows are reported on their own, next to
    the authored test split, never mixed into it. Rows are read as they are: featurisation
    reads the first `FeatureSpec.max_chars` characters of each, like any post.
    """

    dataset: str
    labels: tuple[tuple[str, str], ...]  # (source label, training label); others dropped
    source: str  # attribution for the model card (CC BY requires it)
    licence: str
    note: str = ""  # how the set is used and what it may be used for, for the model card


@dataclass(frozen=True)
class Augment:
    """Obfuscated copies of a share of the train rows (never dev or test).

    Every train row (background and real-set rows included, positives and negatives alike,
    so that obfuscation itself is no cue) is picked with probability `share`; a picked row
    gets one variant by one of `techniques` (chosen at random), made by the generators of
    `clearpost.training.obfuscation` with `seed` (the evaluation's default is 0). The
    rewritten words are each content word (Chinese: two-character chunk) with probability
    `words`, at least one, plus `rate` of the others. A variant that reads the same as its
    row after `model_view` (the normalizer undoes it) is not added.
    """

    techniques: tuple[str, ...]
    share: float = 0.25
    words: float = 0.5
    rate: float = 0.1
    seed: int = 1


# The techniques the normalizer does not fully undo come first; all are drawn equally.
EN_AUGMENT = Augment(("leet", "spacing", "repeat", "homoglyph", "upside_down", "emoji"))
ZH_AUGMENT = Augment(("pinyin", "traditional", "spacing", "homophone", "fullwidth"))
AUGMENT = {"en": EN_AUGMENT, "zh": ZH_AUGMENT}


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
    # Extra negatives from permissive public sets (same split names), so that authored
    # sets do not teach "any short everyday text is positive".
    background: tuple[Background, ...] = ()
    background_label: str = "none"  # the class background rows join
    # Item fields the model reads; empty means title and body joined. Clickbait is a
    # property of headlines, so that model reads titles only.
    fields: tuple[str, ...] = ()
    # Real published sets whose train and dev rows join the data set's (see RealSet).
    real: tuple[RealSet, ...] = ()
    # Feature rows whose largest |weight| is at most this are dropped (file size; 0 keeps
    # every feature seen in training).
    min_weight: float = 0.0
    # Obfuscated copies of train rows (see Augment); None trains on the rows as they are.
    augment: Augment | None = None
    # What changed against the model this recipe replaced (Markdown, for the model card).
    changes: str = ""
    # Known weaknesses of this model beyond those of every n-gram model (for the card).
    limits: str = ""


_SMS_HAM = Background("sms_spam_uci", ("ham",), "free use / CC BY 4.0 (UCI)")
_HEADLINES = Background(
    "clickbait_chakraborty", ("clickbait", "not_clickbait"), "MIT", train_rows=800
)
_NEWS = Background("clickbait_chakraborty", ("not_clickbait",), "MIT", train_rows=800)
_TWEETS = Background("davidson_hate_offensive", ("neither",), "MIT")
_COLD_SAFE = Background("cold_offensive_zh", ("not_offensive",), "Apache-2.0", train_rows=2500)
OURS = "CC BY 4.0, the Clearpost contributors"
# Negatives of our authored sets: everyday posts and hard negatives (news, education...).
_AUTHORED_EN = tuple(
    Background(f"{name}_en", ("none",), OURS, train_rows=400)
    for name in ("sexual", "violence", "self_harm")
)
_AUTHORED_ZH = tuple(
    Background(f"{name}_zh", ("none",), OURS, train_rows=400)
    for name in ("sexual", "violence", "self_harm", "fraud", "spam", "misleading")
)
# Positives of other categories, as negatives: a model must learn its category, not "looks
# harmful". Pairs that legitimately overlap (sexual/spam, fraud/spam, fraud/misleading) are
# left out; spam stays a negative for sexual (only ~2 % of authored spam is sexual).
# The harassment sets came last. Retraining the sexual and self-harm models with harassment
# positives as negatives calmed their scores on insults ("nobody wants you here, disappear":
# self_harm 0.96 -> 0.71) but cost test F1 (sexual_en -2.7, self_harm_en -1.8, ConvAbuse
# sexual harassment -3.0 points), so the older recipes stay as they were: harassment is a
# negative for no other model, and `_wider` reads the sets that existed before it.
_CROSS = {
    "sexual": ("violence", "self_harm", "misleading", "fraud", "spam"),
    "violence": ("sexual", "self_harm", "misleading", "fraud", "spam"),
    "self_harm": ("sexual", "violence", "misleading", "fraud", "spam"),
    "misleading": ("sexual", "violence", "self_harm", "spam"),
    "fraud": ("sexual", "violence", "self_harm"),
    "spam": ("violence", "self_harm"),
    "harassment": ("sexual", "violence", "self_harm", "misleading", "fraud", "spam"),
}
_WIDER_SETS = {
    "en": ("sexual", "violence", "self_harm", "misleading"),
    "zh": ("sexual", "violence", "self_harm", "misleading", "fraud", "spam"),
}
_AUTHORED_SETS = {lang: (*sets, "harassment") for lang, sets in _WIDER_SETS.items()}
_SMS_SPAM = Background("sms_spam_uci", ("spam",), "free use / CC BY 4.0 (UCI)", train_rows=400)
_ABUSIVE_TWEETS = Background(
    "davidson_hate_offensive", ("hate", "offensive"), "MIT", train_rows=800
)


def _positives(categories: tuple[str, ...], lang: str) -> tuple[Background, ...]:
    return tuple(
        Background(f"{c}_{lang}", (c,), OURS, train_rows=300)
        for c in categories
        if c in _AUTHORED_SETS[lang]
    )


def _cross(category: str, lang: str) -> tuple[Background, ...]:
    extra = (_SMS_SPAM,) if lang == "en" and "spam" in _CROSS[category] else ()
    return _positives(_CROSS[category], lang) + extra


_BACKGROUND = {
    "en": (_SMS_HAM, _HEADLINES, _TWEETS),
    "zh": (_COLD_SAFE,),
    # Clickbait is itself misleading content: not a negative for that model.
    "misleading_en": (_SMS_HAM, _TWEETS),
}


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
        background=(_SMS_HAM, _HEADLINES, *_AUTHORED_EN),
        background_label="neither",
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
        background=_AUTHORED_ZH,
        background_label="not_offensive",
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
        background=(
            _HEADLINES,
            _TWEETS,
            *_AUTHORED_EN,
            *_positives(("violence", "self_harm"), "en"),
        ),
        background_label="ham",
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
        label_note=(
            "`clickbait` -> category misleading (label clickbait). Trained on headlines, so "
            "the detector applies it to item titles only (items without a title get no "
            "clickbait signal)."
        ),
        c=16.0,
        objective="accuracy",
        # Everyday and abusive posts in the second person read like clickbait to a model
        # that only saw headlines: many of them, as negatives.
        background=(
            replace(_SMS_HAM, train_rows=3000),
            _TWEETS,
            replace(_ABUSIVE_TWEETS, train_rows=4000),
            *_AUTHORED_EN,
            *_positives(("sexual", "violence", "self_harm"), "en"),
        ),
        background_label="not_clickbait",
        fields=("title",),
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
            "kept as their own classes during training; background rows form a fourth "
            "class `none` (unrelated everyday text)."
        ),
        c=4.0,
        background=(
            _SMS_HAM,
            _NEWS,
            _TWEETS,
            _ABUSIVE_TWEETS,
            *_AUTHORED_EN,
            *_positives(("sexual", "violence", "self_harm"), "en"),
        ),
    ),
)

_AUTHORED_LICENCE = "CC BY 4.0, (c) the Clearpost contributors (see the set's README.md)"


# Models retrained with wider negatives after the clean-traffic evaluation (docs/models.md,
# "Cross-category false positives"): the `none` rows (hard negatives: sex education, news
# of violence, anti-fraud warnings...) of the other authored sets of their language, and
# for English up to 4000 everyday SMS and tweets instead of 1000. Measured per model; the
# authored models left out did not gain (self_harm_en, misleading_en: flat; violence_zh,
# misleading_zh: lower test F1) and keep their first recipe.
_WIDER = frozenset({"sexual_en", "violence_en", "sexual_zh", "self_harm_zh", "fraud_zh", "spam_zh"})
_EVERYDAY_ROWS = 4000


def _wider(name: str, lang: str, background: tuple[Background, ...]) -> tuple[Background, ...]:
    if name not in _WIDER:
        return background
    if lang == "en":
        everyday = {_SMS_HAM, _TWEETS}
        background = tuple(
            replace(b, train_rows=_EVERYDAY_ROWS) if b in everyday else b for b in background
        )
    others = tuple(
        Background(f"{s}_{lang}", ("none",), OURS, train_rows=400)
        for s in _WIDER_SETS[lang]
        if f"{s}_{lang}" != name
    )
    return background + others


def _authored(name: str, category: str, lang: str) -> Recipe:
    return Recipe(
        name=name,
        dataset=name,
        lang=lang,
        heads=(Head(category, category, (category,)),),
        source=f"Clearpost authored data set data/authored/{name}",
        licence=_AUTHORED_LICENCE,
        label_note=(
            f"`{category}` -> category {category}; `none` is the negative class. Background "
            "negatives (train and dev only; test is the authored test split alone) come "
            "from the public sets listed below."
        ),
        spec=ZH_SPEC if lang == "zh" else EN_SPEC,
        c=8.0,
        background=_wider(
            name, lang, _BACKGROUND.get(name, _BACKGROUND[lang]) + _cross(category, lang)
        ),
    )


# Real published sets joined to two authored models, whose authored-only versions failed on
# real posts (docs/models.md, "Real data for self_harm_en and sexual_en").
_CSSRS = RealSet(
    "cssrs_suicide_risk_en",
    (
        ("ideation", "suicide_risk"),
        ("behavior", "suicide_risk"),
        ("attempt", "suicide_risk"),
        ("supportive", "no_suicide_risk"),
        ("indicator", "no_suicide_risk"),
    ),
    source=(
        "Gaur, Alambo, Sain, Kursuncu, Thirunarayan, Kavuluru, Sheth, Welton, Pathak (2019), "
        "Knowledge-aware Assessment of Severity of Suicide Risk for Early Intervention, The "
        "Web Conference (WWW '19), doi:10.1145/3308558.3313698; data: Reddit C-SSRS Suicide "
        "Dataset, Zenodo doi:10.5281/zenodo.2667859"
    ),
    licence="CC BY 4.0 (Zenodo record), (c) the authors; posts remain their authors' content",
    note=(
        "500 Reddit users who posted in r/SuicideWatch, one row per user (all their posts "
        "joined), labelled by psychiatrists on the Columbia Suicide Severity Rating Scale; "
        "stratified 80/10/10 split over users. `ideation`, `behavior`, `attempt` -> "
        "`suicide_risk`; `supportive`, `indicator` -> `no_suicide_risk`, a negative class "
        "of its own (people who write about suicide without being at risk). Each history is "
        "read as one text, cut like any post: featurisation reads its first 2000 characters "
        "(after normalisation), the first few posts. Cutting histories into single posts, or "
        "into 2000- or 4000-character pieces of whole posts, every piece with the user's "
        "label, was measured and not taken: dev ROC-AUC 0.59, 0.64 and 0.70 against 0.71 "
        "(most posts of an at-risk user do not show the risk). Mental-health data: models "
        "trained on it may only route content to human review. That is all the self_harm "
        "category does: the policy labels the post, offers the author support resources and "
        "queues it for a person within an hour (never limit, hold or remove); nobody is "
        "penalised on this signal."
    ),
)
_CONVABUSE = RealSet(
    "convabuse_en",
    (("sexual_harassment", "sexual_harassment"), ("abusive", "none"), ("not_abusive", "none")),
    source=(
        "Cercas Curry, Abercrombie, Rieser (2021), ConvAbuse: Data, Analysis, and "
        "Benchmarks for Nuanced Abuse Detection in Conversational AI, EMNLP 2021; "
        "amandacurry/convabuse"
    ),
    licence="CC BY 4.0, (c) the authors",
    note=(
        "User turns typed to two text chatbots (E.L.I.Z.A. and CarbonBot), official "
        "train/dev/test split. `sexual_harassment` -> `sexual_harassment`; `abusive` and "
        "`not_abusive` -> `none`."
    ),
)

_CHANGES_INTRO = (
    "The model this one replaced was trained on the authored set alone (one head, the same "
    "background negatives). Test splits, each model at its own dev thresholds; for this one "
    "the category row (flagged when either head reaches its threshold). The real set's "
    "test split was never trained on by either.\n\n"
    "| test split | model | P | R | F1 | ROC-AUC | PR-AUC | [[tn, fp], [fn, tp]] |\n"
    "|---|---|---|---|---|---|---|---|\n"
)
_SELF_HARM_CHANGES = (
    _CHANGES_INTRO + "| self_harm_en (authored) | before | 0.945 | 0.920 | 0.932 | 0.984 | 0.983 "
    "| [[88, 4], [6, 69]] |\n"
    "| self_harm_en (authored) | after | 0.921 | 0.933 | 0.927 | 0.983 | 0.983 "
    "| [[86, 6], [5, 70]] |\n"
    "| cssrs_suicide_risk_en | before | 1.000 | 0.034 | 0.067 | 0.540 | 0.641 "
    "| [[21, 0], [28, 1]] |\n"
    "| cssrs_suicide_risk_en | after | 0.667 | 0.897 | 0.765 | 0.750 | 0.816 "
    "| [[8, 13], [3, 26]] |\n\n"
    "C-SSRS test is 50 users, 58 % at risk: flagging all of them scores F1 0.734, so the "
    "gain is the ranking (ROC-AUC 0.54 -> 0.75), not the F1. Whole pipeline under the default "
    "policy after the prior shift (`clearpost eval --policy`), share labelled self_harm: "
    "authored test positives 82.7 -> 85.3 %, C-SSRS at-risk test users 41.4 -> 65.5 %, "
    "C-SSRS supportive/indicator users 28.6 -> 38.1 % (people writing about suicide; they "
    "are offered support resources), clean traffic 0.16 -> 0.17 % (authored `none` 4 -> 6 "
    "of 92; every action on clean traffic 1.80 -> 1.81 %)."
)
_SEXUAL_CHANGES = (
    _CHANGES_INTRO + "| sexual_en (authored) | before | 0.983 | 0.797 | 0.881 | 0.988 | 0.985 "
    "| [[91, 1], [15, 59]] |\n"
    "| sexual_en (authored) | after | 0.982 | 0.743 | 0.846 | 0.984 | 0.981 "
    "| [[91, 1], [19, 55]] |\n"
    "| convabuse_en | before | 0.421 | 0.400 | 0.410 | 0.833 | 0.445 "
    "| [[579, 22], [24, 16]] |\n"
    "| convabuse_en | after | 0.583 | 0.525 | 0.553 | 0.914 | 0.633 "
    "| [[586, 15], [19, 21]] |\n\n"
    "Worse on the authored test: 4 more of its 74 positives fall under the dev threshold "
    "(the threshold is now chosen on both dev splits), ranking about the same. Kept because "
    "the real set gains far more and clean traffic does not move. Whole pipeline under the "
    "default policy after the prior shift (`clearpost eval --policy`), % reaching "
    "label/limit/hold/remove as sexual: authored test positives 73.0/66.2/59.5/48.6 -> "
    "70.3/60.8/55.4/45.9; ConvAbuse test `sexual_harassment` 27.5/20.0/15.0/7.5 -> "
    "55.0/42.5/35.0/27.5; ConvAbuse test `abusive` and `not_abusive` turns "
    "2.0/0.7/0.0/0.0 -> 2.0/1.3/0.8/0.0; clean traffic unchanged (0.21/0.10/0.04/0.01)."
)


def _with_real_data(recipe: Recipe) -> Recipe:
    """The authored recipes that also train on a real set."""
    if recipe.name == "self_harm_en":
        return replace(
            recipe,
            heads=(
                Head("self_harm", "self_harm", ("self_harm",)),
                Head("self_harm", "suicide_risk", ("suicide_risk",)),
            ),
            real=(_CSSRS,),
            min_weight=0.02,
            changes=_SELF_HARM_CHANGES,
            limits=(
                "The risk head learnt from long Reddit histories that their authors had "
                "pre-processed (apostrophes removed, some words replaced by medical concept "
                'names, "Tired" for "very"); on short single posts it rarely fires, and '
                "explicit posts are caught by the self_harm head. The C-SSRS test split is 50 "
                "users: its figures are wide estimates. Never use the score as a clinical "
                "assessment."
            ),
            label_note=(
                "`self_harm` (authored) -> head self_harm/self_harm; C-SSRS at-risk users "
                "-> head self_harm/suicide_risk; `none` and `no_suicide_risk` are negative "
                "classes. Two heads, not one: at-risk and supportive users share their "
                "vocabulary (the risk head reaches dev ROC-AUC 0.71), and one Platt scaling "
                "fitted on both flattened the scores of explicit posts (authored test "
                "positives at deployed score >= 0.5: 79 % before, 1-63 % with one head). The "
                "policy takes the larger score. Background negatives (train and dev only) "
                "come from the public sets listed below."
            ),
        )
    if recipe.name == "sexual_en":
        return replace(
            recipe,
            heads=(
                Head("sexual", "sexual", ("sexual",)),
                Head("sexual", "sexual_harassment", ("sexual_harassment",)),
            ),
            real=(_CONVABUSE,),
            min_weight=0.02,
            changes=_SEXUAL_CHANGES,
            limits=(
                "The harassment head learnt from short chatbot turns in which profanity is "
                "often sexual, so bare profanity and insults score high after the prior "
                'shift ("fuck" 0.92, "what a dick" 0.88; before 0.60 and 0.15): a one-word '
                '"fuck" now reaches hold as sexual. Clean traffic did not move, nor did '
                "Davidson `offensive` test tweets (0.1 % at sexual >= 0.85 before and after)."
            ),
            label_note=(
                "`sexual` (authored) -> head sexual/sexual; ConvAbuse `sexual_harassment` -> "
                "head sexual/sexual_harassment; `none` (authored `none`, ConvAbuse `abusive` "
                "and `not_abusive`) is the negative class. Two heads, not one: one Platt "
                "scaling fitted on both flattened the authored scores (authored test "
                "positives at the default policy's remove threshold 0.95 after the prior "
                "shift: 49 % before, 35 % with one head, 46 % with two). The policy takes the "
                "larger score. Background negatives (train and dev only) come from the "
                "public sets listed below."
            ),
        )
    return recipe


_AUTHORED = tuple(
    _with_real_data(recipe)
    for recipe in (
        *tuple(
            _authored(f"{category}_{lang}", category, lang)
            for category in ("sexual", "self_harm", "violence", "misleading")
            for lang in ("en", "zh")
        ),
        _authored("fraud_zh", "fraud", "zh"),
        _authored("spam_zh", "spam", "zh"),
        # ConvAbuse `abusive` turns (abuse aimed at a chatbot) as a second head lifted its
        # test recall at the label threshold from 6 to 54 % but taught that profanity is
        # abuse ("fuck yeah we won" 0.84, "what the fuck is this shit" 0.82): not taken.
        _authored("harassment_en", "harassment", "en"),
        _authored("harassment_zh", "harassment", "zh"),
    )
)

# Models trained with obfuscated copies of their train rows (docs/models.md, "Training on
# obfuscated copies"). All 15 were retrained so; these were kept: no F1 of their test
# split (real-set test splits included) down by more than 0.5 points, clean traffic not
# up by more than 0.1 points, no recall loss of 5 points at any action of the policy,
# every golden case (tests/golden) unchanged. Left out (figures of that run):
# covid19_rumor_en (3-class macro-F1 -1.8 points), sexual_en (ConvAbuse test F1 -2.9),
# violence_zh, misleading_zh and self_harm_zh (test F1 -5.0, -11.7, -1.1), violence_en
# (macro-F1 -1.2, recall at limit -9.6 points, no gain under obfuscation), sexual_zh (no
# gain), fraud_zh (golden case zh-fraud: hold -> limit, the task-scam post 0.88 -> 0.65).
_AUGMENTED = frozenset(
    {
        "davidson_hate_offensive",
        "cold_offensive_zh",
        "sms_spam_uci",
        "clickbait_chakraborty",
        "self_harm_en",
        "misleading_en",
        "spam_zh",
        # harassment_en was left out: test F1 0.907 -> 0.876 (leetspeak 75 -> 87 % caught).
        "harassment_zh",
    }
)
# More rows make more features: feature rows whose largest |weight| is at most this are
# dropped, so that the file stays near 3 MB (3.5 MB without; test ROC-AUC unchanged).
_AUGMENTED_MIN_WEIGHT = {"davidson_hate_offensive": 0.03}


def _augmented(recipe: Recipe) -> Recipe:
    if recipe.dataset not in _AUGMENTED:
        return recipe
    return replace(
        recipe,
        augment=AUGMENT[recipe.lang],
        min_weight=_AUGMENTED_MIN_WEIGHT.get(recipe.dataset, recipe.min_weight),
    )


RECIPES: dict[str, Recipe] = {r.dataset: _augmented(r) for r in (*_PUBLIC, *_AUTHORED)}


def get_recipe(dataset: str) -> Recipe | None:
    """The recipe that trains from data set `dataset`, if one is known."""
    return RECIPES.get(dataset)
