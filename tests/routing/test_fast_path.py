"""The single-row fast path gives the Pipeline's own probabilities, for both routing models."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline

from backend.routing.char_ngrams import CharWordCounts
from backend.routing.corpus import load_split, to_examples
from backend.routing.fast_path import FastPath, fast_path_supports
from backend.routing.handbook import load_handbook
from backend.routing.matching import TextView
from backend.routing.pipeline import _classifier
from backend.routing.priority_model import train_priority_model
from backend.routing.rules import RuleHits
from backend.settings import DEFAULT_MODEL_DIR

# Texts no corpus ticket looks like: empty, blank, unknown words only, one character, unicode,
# control characters, a long run without spaces, a paste of punctuation, numbers only.
ODD_TEXTS = [
    "", " ", "\n\t", "a", "?", "zzzzqqq xxyyx", "ÄÖÜ ß 東京 😀 naïve café", "\x00\x01\x02",
    "a-a-" * 2000, "!!!???...;;;" * 50, "1234567890 " * 30, "[tags: managed]",
    "Code search Code search Code search CODE SEARCH code-search",
    "Cody autocomplete is slow on our self-hosted instance after upgrading to 5.2",
]


def corpus_texts(split: str = "train") -> list[str]:
    """The written corpus's ticket texts."""
    return [e.text for e in to_examples(load_split(DEFAULT_MODEL_DIR / "data", split))]


def assert_same_as_pipeline(pipeline: Pipeline, texts: list[str]) -> None:
    fast = FastPath(pipeline)
    assert fast.fast, "the pipeline's shape should take the fast path"
    expected = pipeline.predict_proba(texts)
    got = np.vstack([fast.predict_proba_one(t) for t in texts])
    assert got.shape == expected.shape
    worst = float(np.max(np.abs(got - expected)))
    assert np.allclose(got, expected, rtol=1e-6, atol=1e-7), worst
    assert (got.argmax(axis=1) == expected.argmax(axis=1)).all()
    # Given the router's TextView, the vectorizers read its lower-cased text: the same floats.
    with_view = np.vstack([fast.predict_proba_one(t, TextView(t)) for t in texts])
    assert np.array_equal(with_view, got)


def test_team_model_probabilities_equal_the_pipelines_on_the_corpus(trained_artifact):
    pipeline = trained_artifact["pipeline"]
    texts = corpus_texts("train")[::3] + ODD_TEXTS
    assert len(texts) > 300
    assert_same_as_pipeline(pipeline, texts)


def test_priority_model_probabilities_equal_the_pipelines(trained_artifact):
    pipeline = trained_artifact["priority"]
    assert pipeline is not None
    assert_same_as_pipeline(pipeline, corpus_texts("train")[::5] + ODD_TEXTS)


def test_priority_model_reading_the_team_models_word_row_equals_the_pipeline(trained_artifact):
    team, priority = FastPath(trained_artifact["pipeline"]), FastPath(trained_artifact["priority"])
    words = next(b.tfidf for b in team.blocks if b.name == "words")
    assert words is not None and any(b.tfidf is words for b in priority.blocks), (
        "the priority model's frozen words should share the team model's reader")
    texts = corpus_texts("train")[::5] + ODD_TEXTS
    expected = trained_artifact["priority"].predict_proba(texts)
    got = np.vstack([priority.predict_proba_one(t, reuse=team.featurise(t)) for t in texts])
    assert np.allclose(got, expected, rtol=1e-6, atol=1e-7)
    # Features of another text are never taken for this one.
    other = team.featurise("Cody autocomplete is slow")
    mixed = np.vstack([priority.predict_proba_one(t, reuse=other) for t in texts])
    assert np.allclose(mixed, expected, rtol=1e-6, atol=1e-7)


def test_a_freshly_trained_priority_model_is_generic_enough(trained_artifact):
    handbook = load_handbook(DEFAULT_MODEL_DIR / "routing.yaml")
    examples = to_examples(load_split(DEFAULT_MODEL_DIR / "data", "train"))[:400]
    pipeline = train_priority_model(handbook, examples, trained_artifact["pipeline"])
    assert pipeline is not None and fast_path_supports(pipeline)
    assert_same_as_pipeline(pipeline, [e.text for e in examples[::4]] + ODD_TEXTS)


def test_binary_and_plain_vectorizer_pipelines_match_too():
    texts = corpus_texts("train")[:200]
    labels = ["search" if "search" in t.lower() else "other" for t in texts]
    union = FeatureUnion([("words", TfidfVectorizer()),
                          ("chars", TfidfVectorizer(analyzer="char", ngram_range=(2, 3),
                                                    norm=None, binary=True))],
                         transformer_weights={"words": 2.0, "chars": 0.5})
    pipeline = Pipeline([("features", union), ("classifier", _classifier(3.0))]).fit(texts, labels)
    assert_same_as_pipeline(pipeline, texts[::2] + ODD_TEXTS)


@pytest.mark.parametrize("ngrams", [(3, 5), (1, 2), (4, 7)])
def test_char_wb_counts_a_word_at_a_time_equal_the_analyzers(ngrams):
    texts = corpus_texts("train")[:150]
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=ngrams, min_df=2,
                                 lowercase=ngrams != (1, 2)).fit(texts)
    counts = CharWordCounts(vectorizer, vectorizer.vocabulary_)
    analyze = vectorizer.build_analyzer()
    for text in [*texts[::7], *ODD_TEXTS, *texts[::7]]:  # the second pass reads the cache
        columns, got = counts(text)
        expected = sorted((vectorizer.vocabulary_[g], n) for g, n in Counter(analyze(text)).items()
                          if g in vectorizer.vocabulary_)
        assert columns.tolist() == [c for c, _ in expected]
        assert got.tolist() == [float(n) for _, n in expected]
    assert 0 < len(counts.columns) <= counts.columns.size


def test_char_wb_pipelines_of_other_shapes_match_too():
    texts = corpus_texts("train")[:200]
    labels = ["search" if "search" in t.lower() else "other" for t in texts]
    union = FeatureUnion([("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(4, 6),
                                                    lowercase=False, binary=True, norm=None))])
    pipeline = Pipeline([("features", union), ("classifier", _classifier(3.0))]).fit(texts, labels)
    assert_same_as_pipeline(pipeline, texts[::2] + ODD_TEXTS)


def test_rule_hits_and_explanation_come_from_the_same_pass(trained_artifact):
    pipeline = trained_artifact["pipeline"]
    fast = FastPath(pipeline)
    text = "Code search results are missing for our monorepo; zoekt indexing seems stuck"
    features = fast.featurise(text)
    hits = features.extras["rules"]
    assert isinstance(hits, RuleHits) and hits.route_scores
    team = fast.classes[int(np.argmax(fast.proba(features)))]
    terms = fast.top_terms(features, team)
    assert terms and all(t in text.lower() for t in terms)
    assert fast.top_terms(features, "no-such-team") == []


def test_an_unfamiliar_pipeline_falls_back_to_predict_proba():
    texts = ["alpha beta", "beta gamma", "gamma delta", "delta alpha"] * 5
    labels = ["x", "y", "x", "y"] * 5
    pipeline = Pipeline([("words", TfidfVectorizer()),
                         ("classifier", LogisticRegression())]).fit(texts, labels)
    fast = FastPath(pipeline)
    assert not fast.fast
    assert np.allclose(fast.predict_proba_one("alpha gamma"),
                       pipeline.predict_proba(["alpha gamma"])[0])


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_odd_inputs_keep_probabilities_a_distribution(trained_artifact, text):
    proba = FastPath(trained_artifact["pipeline"]).predict_proba_one(text)
    assert np.isfinite(proba).all() and abs(proba.sum() - 1.0) < 1e-9


def test_decision_is_a_new_array_even_when_no_part_adds_to_it():
    # Only sparse parts, and a text none of their terms is in: the decision is the intercept,
    # which the caller may change (the softmax works in place) without changing the model.
    texts = ["alpha beta", "beta gamma", "gamma delta", "delta alpha"] * 5
    labels = ["x", "y", "z", "y"] * 5
    union = FeatureUnion([("words", TfidfVectorizer())])
    pipeline = Pipeline([("features", union), ("classifier", _classifier(1.0))]).fit(texts, labels)
    fast = FastPath(pipeline)
    features = fast.featurise("nothing known here")
    assert not len(features.sparse["words"][0])
    scores = fast.decision(features)
    before = fast.intercept.copy()
    assert np.array_equal(scores, before) and scores is not fast.intercept
    scores += 1.0
    assert np.array_equal(fast.intercept, before)
    assert np.array_equal(fast.decision(features), before)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_counts_come_in_the_vectorizers_dtype_with_the_same_values(dtype):
    texts = corpus_texts("train")[:40]
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), dtype=dtype).fit(texts)
    counts = CharWordCounts(vectorizer, vectorizer.vocabulary_)
    for text in texts + ODD_TEXTS:
        columns, got = counts(text)
        assert got.dtype == dtype
        expected = Counter(g for g in vectorizer.build_analyzer()(text)
                           if g in vectorizer.vocabulary_)
        assert columns.tolist() == sorted(vectorizer.vocabulary_[g] for g in expected)
        by_term = {vectorizer.vocabulary_[g]: n for g, n in expected.items()}
        assert got.tolist() == [float(by_term[c]) for c in columns.tolist()]


def _binary_pipeline() -> Pipeline:
    texts = ["alpha beta gamma", "beta gamma delta", "gamma delta alpha", "delta alpha beta"] * 5
    labels = ["x", "y", "x", "y"] * 5
    union = FeatureUnion([("words", TfidfVectorizer())])
    return Pipeline([("features", union), ("classifier", _classifier(1.0))]).fit(texts, labels)


def test_the_explanation_reads_the_rows_the_decision_took(trained_artifact):
    # Scored first, the explanation reads the label's column from the rows the decision took;
    # not scored, from the whole matrix: the same terms, in the same order, for every label.
    cases = [(trained_artifact["pipeline"], corpus_texts("heldout")[:60] + ODD_TEXTS),
             (_binary_pipeline(), ["alpha beta", "delta gamma gamma", "beta", "zeta"])]
    for pipeline, texts in cases:
        fast = FastPath(pipeline)
        named = 0
        for text in texts:
            features = fast.featurise(text)
            unscored = {label: fast.top_terms(features, label) for label in fast.classes}
            assert not features.taken
            fast.proba(features)
            if len(features.sparse["words"][0]):
                assert len(features.taken["words"][1]) == len(features.sparse["words"][0])
            scored = {label: fast.top_terms(features, label) for label in fast.classes}
            assert scored == unscored, text[:60]
            named += sum(map(len, scored.values()))
        assert named  # terms were named: the comparison read real columns
