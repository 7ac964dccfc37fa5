"""Canonical, skeleton and model views: examples per obfuscation technique, and properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clearpost.text.normalize import NormalizedText, normalize

# Letters, digits, leet symbols, separators, invisibles, look-alikes, CJK (both scripts).
_ALPHABET = st.sampled_from(
    [
        *"abcfhiklostu AS0134579@$!.-_*|'\n\t",
        *["\u200b", "\u200d", "\u00ad", "\u202e", "\ufeff", "\u3000", "\u00a0", "\u0301"],
        *"аеорсхіΑΒΕοςｆｕｃｋＡ𝐟𝐮ⓕⓚ🅵ﬁß",
        *"傻逼煞笔操你妈這個測試說話干乾哈",
        *"ɐɔǝɟʞʇʍʎ💲⭕❌丨",
    ]
)
TEXTS = st.text(alphabet=_ALPHABET, max_size=60) | st.text(max_size=40)


@pytest.mark.parametrize(
    ("text", "canon"),
    [
        ("Hello  World", "hello world"),
        ("  padded\t\n text  ", "padded text"),
        ("ＦＵＬＬ ｗｉｄｔｈ", "full width"),
        ("f\u200bu\u200dc\u00adk", "fuck"),
        ("\u202eevil\u202c", "evil"),
        ("𝐟𝐮𝐜𝐤 𝒔𝒉𝒊𝒕", "fuck shit"),
        ("ⓕⓤⓒⓚ 🅵🆄🅲🅺 ⒡⒰⒞⒦", "fuck fuck fuck"),
        ("fսck уоu", "fuck you"),  # Armenian u, Cyrillic у о
        ("ΑΡΕ ѕсаm", "ape scam"),
        ("ꜱᴍᴀʟʟ ᴄᴀᴘꜱ", "small caps"),
        ("don’t", "don't"),
        ("這個傻逼說話", "这个傻逼说话"),
        ("2024年 100%", "2024年 100%"),
        # Upside-down text is read back to front; a turned word inside plain text too.
        ("ʞɔnɟ ǝɥʇ ʇɐɥʍ", "what the fuck"),
        ("Can noʎ Name ǝsǝɥʇ", "can you name these"),
        ("ɟlǝsɹnoʎ llᴉʞ ʇ'uop", "don't kill yourself"),
        ("ƎƆⱯℲ pun bob", "face pun bob"),
        ("( •∀• )", "( •∀• )"),  # a kaomoji, not a turned A
    ],
)
def test_canon(text: str, canon: str) -> None:
    assert normalize(text).canon == canon


@pytest.mark.parametrize(
    ("text", "skeleton"),
    [
        ("f.u.c.k you", "fuck you"),
        ("f u c k", "fuck"),
        ("f-u-c-k", "fuck"),
        ("f_u_c_k!", "fuck!"),
        ("$ h ! t", "shit"),
        ("sh!t happens!!", "shit hapens!!"),
        ("a$$hole", "ashole"),
        ("$h1t", "shit"),
        ("5h1t", "shit"),
        ("n1gg3r", "niger"),
        ("1d10t", "idiot"),
        ("fuuuuuck", "fuck"),
        ("f̷u̷c̷k̷", "fuck"),
        ("fück", "fuck"),
        ("傻 逼", "傻逼"),
        ("傻*逼", "傻逼"),
        ("傻.-.逼", "傻逼"),
        ("哈哈哈", "哈哈哈"),  # repeated ideographs carry meaning: kept
        ("傻丨逼", "傻逼"),
        # Leet words whose last letter is a digit, emoji letters inside words.
        ("wh0r3", "whore"),
        ("$hi7", "shit"),
        ("f@gg07", "fagot"),
        ("💲hit h⭕e bo❌", "shit hoe box"),
        # A space next to a word spaced with another separator is a word break.
        ("a b_i_t_c_h", "a bitch"),
        ("k.i.l.l y.o.u", "kil you"),
        ("t h e s e h*o*e*s", "these hoes"),
        # Ordinary text stays ordinary.
        ("as short as", "as short as"),
        ("i am a cat", "i am a cat"),
        ("2024 100% 1 2 3", "2024 100% 1 2 3"),
        ("mp3 win10 4th 5g $5k", "mp3 win10 4th 5g $5k"),
        ("a55 wow!", "a55 wow!"),
        ("mp3 python3 gta5 us$61 t.co/rc9qdmtz1", "mp3 python3 gta5 us61 t.co/rc9qdmtz1"),
        ("8 a.m. to 4 p.m.", "8am. to 4pm."),
        ("❌ no refunds ⭕ wow❗ ©2024 Brand®", "❌ no refunds ⭕ wow❗ ©2024 brand®"),
        ("c h w l _ d e m o", "chwldemo"),
    ],
)
def test_skeleton(text: str, skeleton: str) -> None:
    view = normalize(text).skeleton
    assert view is not None
    assert view.text == skeleton


def test_squeezed_runs_are_recorded() -> None:
    view = normalize("fuuuck class").skeleton
    assert view is not None
    assert view.text == "fuck clas"
    assert view.run(1) == 3  # the u
    assert view.run(8) == 2  # the s
    assert view.run(0) == 1


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("Soooo GOOOOD", "soo good"),
        ("good god", "good god"),
        ("f.u.c.k you", "fuck you"),
        ("y0u are an 1d10t", "you are an idiot"),
        ("哈哈哈哈哈", "哈哈"),
        ("這是測試", "这是测试"),
        ("ʞɔnɟ", "fuck"),
        ("wh0r3 s . t . i . l . l a b-i-t-c-h", "whore still a bitch"),
    ],
)
def test_model_view(text: str, model: str) -> None:
    from clearpost.text.normalize import model_view

    assert model_view(text) == model
    assert normalize(text).model == model


def test_evidence_span_maps_back_exactly() -> None:
    text = "well f\u200b.u.\u200bc.k that"
    normalized = normalize(text)
    view = normalized.skeleton
    assert view is not None
    start = view.text.index("fuck")
    begin, end = view.to_original(start, start + 4)
    assert text[begin:end] == "f\u200b.u.\u200bc.k"
    assert normalized.to_original(0, 4) == (0, 4)


def test_upside_down_evidence_maps_to_the_whole_run() -> None:
    text = "so ɟlǝsɹnoʎ llᴉʞ now"
    view = normalize(text).skeleton
    assert view is not None
    start = view.text.index("kil")
    begin, end = view.to_original(start, start + 3)
    assert text[begin:end] == "ɟlǝsɹnoʎ llᴉʞ"


def test_hand_built_normalized_text_still_maps() -> None:
    legacy = NormalizedText(original="ab", canon="ab", offsets=(0, 1, 2))
    assert legacy.to_original(0, 2) == (0, 2)


@given(TEXTS)
def test_canon_is_idempotent(text: str) -> None:
    canon = normalize(text).canon
    assert normalize(canon).canon == canon


@given(TEXTS)
def test_model_view_is_idempotent_and_matches_normalize(text: str) -> None:
    from clearpost.text.normalize import model_view

    model = model_view(text)
    assert model == normalize(text).model
    assert model_view(model) == model


@given(TEXTS)
def test_offsets_are_monotonic_and_inside_the_original(text: str) -> None:
    normalized = normalize(text)
    offsets, ends = normalized.offsets, normalized.ends
    assert len(offsets) == len(normalized.canon) + 1
    assert len(ends) == len(normalized.canon)
    assert offsets[-1] == len(text)
    assert list(offsets) == sorted(offsets)
    assert list(ends) == sorted(ends)
    assert all(0 <= s < e <= len(text) for s, e in zip(offsets, ends, strict=False))
    view = normalized.skeleton
    assert view is not None
    assert len(view.starts) == len(view.ends) == len(view.text)
    assert list(view.starts) == sorted(view.starts)
    assert list(view.ends) == sorted(view.ends)
    assert all(0 <= s < e <= len(text) for s, e in zip(view.starts, view.ends, strict=True))
    assert all(view.text[index] != " " or run == 1 for index, run in view.runs.items())


@given(TEXTS, st.data())
def test_any_skeleton_span_maps_to_a_slice_of_the_original(text: str, data: st.DataObject) -> None:
    view = normalize(text).skeleton
    assert view is not None
    if not view.text:
        return
    start = data.draw(st.integers(0, len(view.text) - 1))
    end = data.draw(st.integers(start + 1, len(view.text)))
    begin, finish = view.to_original(start, end)
    assert 0 <= begin < finish <= len(text)
