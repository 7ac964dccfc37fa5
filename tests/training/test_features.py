import numpy as np

from clearpost.training.features import FeatureSpec, featurize, featurize_parts, project

SPEC = FeatureSpec(bits=18)


def test_row_does_not_depend_on_the_rest_of_the_batch() -> None:
    alone = featurize(["free prize inside"], SPEC)
    batch = featurize(["hello", "free prize inside", "你好"], SPEC)
    assert (alone[0] != batch[1]).nnz == 0


def test_hashing_is_stable_across_processes() -> None:
    # Fixed values: a change here silently invalidates every shipped model.
    matrix = featurize(["ab"], FeatureSpec(bits=20, char_max=2, word_max=1))
    assert sorted(matrix.indices.tolist()) == [94901, 158736, 516191, 613967, 859950, 1027475]


def test_word_hash_ignores_position() -> None:
    spec = FeatureSpec(bits=18, char_min=5, char_max=5, word_max=1)
    parts_a, _ = featurize_parts(["cat"], spec)
    parts_b, _ = featurize_parts(["dog dog cat"], spec)
    assert set(parts_a[1].indices) <= set(parts_b[1].indices)


def test_whitespace_runs_and_layout_do_not_matter() -> None:
    a = featurize(["hello world"], SPEC)
    b = featurize(["hello \n\t world"], SPEC)
    assert (a != b).nnz == 0


def test_project_equals_matrix_product() -> None:
    texts = ["hello world", "", "你好世界", "win a prize http://x.example @someone"]
    weights = np.random.default_rng(0).normal(size=(1 << SPEC.bits, 3)).astype(np.float32)
    expected = featurize(texts, SPEC) @ weights
    assert np.allclose(project(texts, SPEC, weights), expected, atol=1e-4)


def test_empty_text_has_no_features_and_unit_scale() -> None:
    matrix = featurize(["", "a"], SPEC)
    assert matrix[0].nnz == 0
    assert matrix.shape == (2, 1 << SPEC.bits)


def test_every_row_matches_its_text_alone() -> None:
    texts = ["winner!! claim your prize now", "are we still on for dinner?", "", "one two three"]
    batch = featurize(texts, FeatureSpec(bits=18, word_max=3))
    for i, text in enumerate(texts):
        alone = featurize([text], FeatureSpec(bits=18, word_max=3))
        assert sorted(batch[i].indices) == sorted(alone[0].indices)
