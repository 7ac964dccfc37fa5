"""MinHash fingerprints: identical texts agree, edited copies collide, others do not."""

from __future__ import annotations

import itertools

import numpy as np

from clearpost.waves import minhash
from tests.waves.texts import scam, unrelated


def shared_keys(a: str, b: str) -> int:
    fa, fb = minhash.fingerprints([a, b])
    assert fa is not None and fb is not None
    return len(set(fa.keys) & set(fb.keys))


def estimate(a: str, b: str) -> float:
    fa, fb = minhash.fingerprints([a, b])
    assert fa is not None and fb is not None
    return float(minhash.jaccard(fa.signature, fb.signature))


def test_identical_texts_have_identical_fingerprints() -> None:
    first, second = minhash.fingerprints([scam(1), scam(1)])
    assert first is not None and second is not None
    assert first.keys == second.keys
    assert len(first.keys) == minhash.BANDS
    assert np.array_equal(first.signature, second.signature)


def test_fingerprints_do_not_depend_on_the_batch() -> None:
    alone = minhash.fingerprints([scam(3)])[0]
    batched = minhash.fingerprints([unrelated(0), "too short", scam(3), unrelated(1)])[2]
    assert alone is not None and batched is not None
    assert alone.keys == batched.keys


def test_keys_are_stable_across_processes_and_releases() -> None:
    # Stored keys must keep matching: a change here needs a new SCHEME and a note.
    found = minhash.fingerprints(["Deposit 500 USDT today and receive double back tomorrow"])[0]
    assert found is not None
    assert found.keys[:2] == GOLDEN_KEYS
    assert int(found.signature[0]) == GOLDEN_FIRST_VALUE


GOLDEN_KEYS = (6586417048344177579, 3772619612414639400)
GOLDEN_FIRST_VALUE = 31361608


def test_small_edits_collide_and_confirm() -> None:
    # Names, amounts, phone numbers, punctuation and emoji differ between these copies.
    for a, b in itertools.combinations([scam(i) for i in range(8)], 2):
        assert shared_keys(a, b) >= 1, (a, b)
        assert estimate(a, b) >= minhash.CONFIRM_JACCARD


def test_case_width_and_leetspeak_do_not_matter() -> None:
    text = "Send your bank password to claim the prize money waiting in your account now"
    assert estimate(text, text.upper()) == 1.0
    assert (
        estimate(
            text, "Send your bаnk passw0rd to claim the prize m0ney waiting in your account now"
        )
        > 0.8
    )


def test_unrelated_posts_do_not_collide() -> None:
    posts = [unrelated(i) for i in range(50)]
    prints = minhash.fingerprints(posts)
    sigs = np.stack([p.signature for p in prints if p is not None])
    for i, j in itertools.combinations(range(len(posts)), 2):
        assert minhash.jaccard(sigs[i], sigs[j]) < minhash.CONFIRM_JACCARD
    assert shared_keys(unrelated(0), scam(0)) == 0


def test_chinese_copies_collide_and_traditional_folds_to_simplified() -> None:
    copies = [scam(i, "zh") for i in range(6)]
    assert all(shared_keys(copies[0], other) >= 1 for other in copies[1:])
    simplified = "恭喜您被选中参加我们的理财返利活动,只需充值五百元,当天就能拿到双倍收益"
    traditional = "恭喜您被選中參加我們的理財返利活動,只需充值五百元,當天就能拿到雙倍收益"
    assert estimate(simplified, traditional) == 1.0
    assert (
        shared_keys(simplified, "今天天气很好,我们一家人去公园散步,还在湖边吃了午饭,拍了很多照片")
        == 0
    )


def test_short_texts_are_skipped() -> None:
    assert minhash.fingerprints(["thank you so much!!! 🎉🎉", "好的好的,谢谢"]) == [None, None]
    assert minhash.content("Call 138-0000-1234 NOW!!! 💰") == "call 0 0 0 now"


def test_signature_bytes_round_trip() -> None:
    found = minhash.fingerprints([scam(5)])[0]
    assert found is not None
    data = minhash.to_bytes(found.signature)
    assert len(data) == 4 * minhash.NUM_PERM
    assert np.array_equal(minhash.from_bytes(data), found.signature)
    assert minhash.band_keys(minhash.from_bytes(data)[None, :])[0].tolist() == list(found.keys)


def test_s_curve_of_the_documented_parameters() -> None:
    def candidate(j: float) -> float:
        return 1 - (1 - j**minhash.ROWS) ** minhash.BANDS

    assert candidate(0.6) > 0.98
    assert candidate(0.3) < 0.25
    assert minhash.BANDS * minhash.ROWS <= minhash.NUM_PERM
