"""Score one text with a fitted routing Pipeline in a single featurisation pass, without the
per-call validation and joblib dispatch of ``Pipeline.predict_proba``.

Works for any fitted ``Pipeline([("features", FeatureUnion(...)), ("classifier",
CalibratedClassifierCV(<linear model>, method="temperature", ensemble=False))])`` — the team
model (routing/pipeline.py) and the priority model (routing/priority_model.py) alike. Each part
of the union is read once per text: TF-IDF vectorizers through their own analyzer and vocabulary,
parts that implement ``single_row(text, view)`` (the rule features) through that, anything else
through its ``transform``. The same pass then feeds the classifier, the rule evidence and the
explanation (tests/routing/test_fast_path.py proves the probabilities equal the Pipeline's).
A vectorizer wrapped in a ``FrozenEstimator`` (the priority model's words are the team model's
fitted word TF-IDF) is read as the vectorizer itself, and two fast paths over one vectorizer
share its reader: scoring the priority model with ``reuse=`` the team model's features takes
the word row already computed instead of a second one.
A pipeline of another shape is scored through ``predict_proba`` unchanged.
"""

from __future__ import annotations

import math
import weakref
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import chain, islice, repeat
from typing import Any

import numpy as np
from scipy.sparse import issparse
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.frozen import FrozenEstimator
from sklearn.pipeline import FeatureUnion, Pipeline

from backend.routing import char_ngrams, word_ngrams
from backend.routing.char_ngrams import CharWordCounts
from backend.routing.matching import TextView
from backend.routing.word_ngrams import WordPairCounts


@dataclass
class Features:
    """One text, featurised once: per union part, its non-zero columns (or dense row)."""

    text: str
    sparse: dict[str, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)
    dense: dict[str, np.ndarray] = field(default_factory=dict)
    extras: dict[str, Any] = field(default_factory=dict)  # e.g. "rules" -> RuleHits
    # The same rows by the reader that computed them, for another model over that vectorizer.
    by_reader: dict[_TfidfPart, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)
    # Per sparse part scored: (the coefficients read, their rows at the text's columns), so
    # the explanation reads the label's column from rows just read, not the whole matrix again.
    taken: dict[str, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)


def shared_view(text: str, view: TextView | None) -> TextView:
    """The text's TextView, built once and handed to every part that matches phrases."""
    return view if view is not None and view.source is text else TextView(text)


def _words_and_pairs(vectorizer: TfidfVectorizer) -> Callable[[str], Iterable[str]] | None:
    """A word (1, 2)-gram vectorizer's terms for one preprocessed text, pairs joined in C, else
    None.

    The vectorizer's own tokenizer, then each token and each pair of adjacent tokens joined by a
    space: the terms its analyzer makes of the preprocessed text (``_word_ngrams`` without stop
    words), without its Python loop over the pairs.
    """
    if (vectorizer.analyzer != "word" or vectorizer.input != "content"
            or tuple(vectorizer.ngram_range) != (1, 2) or vectorizer.get_stop_words() is not None):
        return None
    tokenize = vectorizer.build_tokenizer()
    join = " ".join

    def terms(preprocessed: str) -> Iterable[str]:
        tokens = tokenize(preprocessed)
        return chain(tokens, map(join, zip(tokens, islice(tokens, 1, None), strict=False)))

    return terms


def _preprocessing_is_lower(vectorizer: TfidfVectorizer) -> bool:
    """True when the vectorizer preprocesses a text with str.lower alone (scikit-learn's default:
    lowercase, no accent stripping, no preprocessor of its own)."""
    return (vectorizer.preprocessor is None and bool(vectorizer.lowercase)
            and not vectorizer.strip_accents)


class _TfidfPart:
    """A fitted TfidfVectorizer's transform of one text: counts, sublinear tf, idf, l2."""

    def __init__(self, vectorizer: TfidfVectorizer) -> None:
        self.preprocess: Callable[[str], str] = vectorizer.build_preprocessor()
        # The text's lower-cased form (a TextView's) is read instead of lower-casing it again.
        self.reads_lower = _preprocessing_is_lower(vectorizer)
        self.terms = _words_and_pairs(vectorizer)  # of the preprocessed text
        self.analyze: Callable[[str], Iterable[str]] = vectorizer.build_analyzer()
        self.vocabulary: dict[str, int] = vectorizer.vocabulary_
        self.binary = bool(vectorizer.binary)
        self.sublinear = bool(vectorizer.sublinear_tf)
        self.l2 = vectorizer.norm == "l2"
        self.idf: np.ndarray | None = vectorizer.idf_ if vectorizer.use_idf else None
        self.dtype = np.dtype(vectorizer.dtype)
        # Column -> term for the explanation: references to the vocabulary's own strings (no
        # second copy of the terms), built here so a preloading master shares it with workers.
        self.names: list[str] = [""] * len(self.vocabulary)
        for term, column in self.vocabulary.items():
            self.names[column] = term
        # char_wb n-grams are counted a word at a time through a cache of each word's columns.
        self.char_words = (CharWordCounts(vectorizer, self.vocabulary)
                           if char_ngrams.supports(vectorizer) else None)
        # Word (1, 2)-grams through cached chunk tokens and pairs of token ids.
        self.word_pairs = (WordPairCounts(vectorizer, self.vocabulary)
                           if word_ngrams.supports(vectorizer) else None)

    @staticmethod
    def supports(vectorizer: Any) -> bool:
        """Only what this class reproduces exactly: l2 or no norm, fitted vocabulary."""
        return (isinstance(vectorizer, TfidfVectorizer) and vectorizer.norm in ("l2", None)
                and hasattr(vectorizer, "vocabulary_"))

    def row(self, text: str, view: TextView | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(column indices ascending, tf-idf values) of the text's known terms (``view``: the
        text's TextView, whose lower-cased text and its words are read when they fit)."""
        shared = view is not None and view.source is text and self.reads_lower
        preprocessed = view.lower if shared and view is not None else None
        chunks = view.chunks if shared and view is not None else None
        # The counts come in the vectorizer's dtype, new arrays of this text: weighted in place.
        if self.char_words is not None:
            indices, data = self.char_words(text, preprocessed, chunks)
        elif self.word_pairs is not None:
            if chunks is None:
                chunks = (self.preprocess(text) if preprocessed is None else preprocessed).split()
            indices, data = self.word_pairs(chunks)
        else:
            indices, data = self._counts(text, preprocessed)
        if self.binary:
            data.fill(1)
        if self.sublinear:
            np.log(data, out=data)
            data += 1.0
        if self.idf is not None:
            data *= self.idf.take(indices)  # take: the same values as indexing, sooner
        if self.l2:
            wide = data.astype(np.float64)
            # The method is np.dot without its dispatch wrapper; math.sqrt is correctly rounded,
            # as np.sqrt is: the same norm, two Python-level calls fewer.
            norm = math.sqrt(wide.dot(wide))
            if norm > 0:
                data /= self.dtype.type(norm)
        return indices, data

    def _counts(self, text: str, preprocessed: str | None) -> tuple[np.ndarray, np.ndarray]:
        """(column indices ascending, term counts) through the vectorizer's analyzer."""
        # Counter counts in C, and map() looks the distinct terms up in C: no Python loop per
        # term (a 2 KB ticket has ~1,500 distinct character n-grams).
        if self.terms is None:
            counter = Counter(self.analyze(text))
        else:
            counter = Counter(self.terms(self.preprocess(text) if preprocessed is None
                                         else preprocessed))
        columns = np.fromiter(map(self.vocabulary.get, counter, repeat(-1)), dtype=np.int64,
                              count=len(counter))
        counts = np.fromiter(counter.values(), dtype=self.dtype, count=len(counter))
        known = columns >= 0
        columns, counts = columns[known], counts[known]
        order = np.argsort(columns, kind="stable")
        return columns[order].astype(np.int32), counts[order]


# One reader per fitted vectorizer (weak keys: a model swapped out is not kept alive), so the
# team and priority fast paths hold the same reader and can hand each other its rows.
_READERS: weakref.WeakKeyDictionary[Any, _TfidfPart] = weakref.WeakKeyDictionary()


def _unwrapped(transformer: Any) -> Any:
    """The fitted estimator a FrozenEstimator wraps (its transform is that estimator's)."""
    return transformer.estimator if isinstance(transformer, FrozenEstimator) else transformer


def _reader(transformer: Any) -> _TfidfPart | None:
    """The shared single-text reader of a supported TF-IDF vectorizer, else None."""
    vectorizer = _unwrapped(transformer)
    if not _TfidfPart.supports(vectorizer):
        return None
    reader = _READERS.get(vectorizer)
    if reader is None:
        reader = _READERS[vectorizer] = _TfidfPart(vectorizer)
    return reader


@dataclass(frozen=True)
class _Block:
    """One part of the union: where its columns sit in the classifier's coefficients."""

    name: str
    transformer: Any
    weights: np.ndarray  # (width, n_outputs): coefficients times the part's union weight
    tfidf: _TfidfPart | None


def fast_path_supports(pipeline: Any) -> bool:
    """True for a fitted features-union -> temperature-calibrated linear classifier pipeline."""
    if not isinstance(pipeline, Pipeline) or len(pipeline.steps) != 2:
        return False
    union, classifier = pipeline.steps[0][1], pipeline.steps[1][1]
    if not isinstance(union, FeatureUnion) or not isinstance(classifier, CalibratedClassifierCV):
        return False
    calibrated = getattr(classifier, "calibrated_classifiers_", None)
    if classifier.method != "temperature" or not calibrated or len(calibrated) != 1:
        return False
    estimator = calibrated[0].estimator
    return hasattr(estimator, "coef_") and hasattr(estimator, "intercept_")


def _softmax_row(logits: np.ndarray) -> np.ndarray:
    """sklearn.utils.extmath.softmax of one row: its NumPy operations in its order (so the
    same floats), without its array-API dispatch, which cost twice the arithmetic."""
    row = logits - logits.max()
    np.exp(row, out=row)
    row /= row.sum()
    return row


class FastPath:
    """Single-text scoring of a fitted pipeline, equal to its ``predict_proba``."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline
        self.classes = [str(c) for c in pipeline.classes_]
        self.fast = fast_path_supports(pipeline)
        self.blocks: list[_Block] = []
        if not self.fast:
            return
        union: FeatureUnion = pipeline.steps[0][1]
        calibrated = pipeline.steps[1][1].calibrated_classifiers_[0]
        estimator = calibrated.estimator
        if estimator.coef_.dtype == np.float64 and not estimator.coef_.flags.f_contiguous:
            # Column-major coefficients: each part's block below is then a view (features x
            # outputs, contiguous), not a second copy. The values and predictions do not change.
            estimator.coef_ = np.asfortranarray(estimator.coef_)
        coef = estimator.coef_
        self.intercept = np.asarray(estimator.intercept_, dtype=np.float64)
        self.beta = float(calibrated.calibrators[0].beta_)
        union_weights = union.transformer_weights or {}
        offset = 0
        for name, transformer in union.transformer_list:
            if transformer == "drop":
                continue
            width = len(transformer.get_feature_names_out())
            weight = float(union_weights.get(name, 1.0))
            # Features x outputs, contiguous: a text's few columns are a few rows to add up.
            block = coef[:, offset : offset + width].T
            if weight != 1.0 or not block.flags.c_contiguous:
                block = np.ascontiguousarray(block * weight)
            tfidf = _reader(transformer)
            self.blocks.append(_Block(name, transformer, block, tfidf))
            offset += width
        if offset != coef.shape[1]:  # a part we cannot size: keep the pipeline's own path
            self.fast, self.blocks = False, []

    # -- featurisation --------------------------------------------------------------------
    def featurise(self, text: str, view: TextView | None = None,
                  reuse: Features | None = None) -> Features:
        """Every part of the union applied to text, once (rows in reuse, of text, are taken)."""
        features = Features(text)
        shared = reuse.by_reader if reuse is not None and reuse.text == text else {}
        for block in self.blocks:
            if block.tfidf is not None:
                row = shared.get(block.tfidf)
                if row is None:
                    # The view's lower-cased text is the vectorizers' preprocessed one.
                    row = block.tfidf.row(text, view)
                features.sparse[block.name] = features.by_reader[block.tfidf] = row
            elif hasattr(block.transformer, "single_row"):
                view = shared_view(text, view)
                row, extra = block.transformer.single_row(text, view)
                features.dense[block.name] = np.asarray(row, dtype=np.float64)
                if extra is not None:
                    features.extras[block.name] = extra
            else:
                out = block.transformer.transform([text])
                if issparse(out):
                    out = out.tocsr()
                    features.sparse[block.name] = (out.indices, out.data)
                else:
                    features.dense[block.name] = np.asarray(out, dtype=np.float64)[0]
        return features

    # -- scoring ----------------------------------------------------------------------------
    def decision(self, features: Features) -> np.ndarray:
        """The linear model's decision values for the featurised text (a new array)."""
        # The intercept plus each part's product, in the parts' order: each sum a new array, so
        # the intercept is never copied first (each NumPy call on a few numbers costs ~1 us
        # warm and two to three times that inside a request, docs/performance.md).
        scores = self.intercept
        for block in self.blocks:
            if block.name in features.sparse:
                indices, data = features.sparse[block.name]
                if not len(indices):
                    continue
                # take copies the rows as indexing does (the same values), ~3x faster; the
                # method, not np.take, which only adds a Python wrapper around it.
                rows = block.weights.take(indices, axis=0)
                features.taken[block.name] = (block.weights, rows)
                scores = scores + data.astype(np.float64) @ rows
            else:
                scores = scores + features.dense[block.name] @ block.weights
        return scores.copy() if scores is self.intercept else scores

    def proba(self, features: Features) -> np.ndarray:
        """Calibrated probabilities, as CalibratedClassifierCV(method="temperature") gives them."""
        scores = self.decision(features)
        if scores.shape[0] == 1:  # binary: one decision value, logits (-x, x)
            logits = np.asarray([-scores[0], scores[0]])
        # scikit-learn reads values all in [0, 1] that sum to 1 as probabilities. The smallest
        # and the largest tell what every element's comparison tells (NaN fails both, as it
        # fails each comparison), in one or two calls instead of four.
        elif scores.min() >= 0 and scores.max() <= 1 and np.isclose(scores.sum(), 1.0):
            logits = np.log(scores + 1e-12)
        else:
            logits = scores
        proba = _softmax_row(self.beta * logits)
        if proba.max() > 1.0:  # rounding past 1 (rare): clipped as scikit-learn clips it
            proba[(proba > 1.0) & (proba <= 1.0 + 1e-5)] = 1.0
        return proba

    def predict_proba_one(self, text: str, view: TextView | None = None,
                          reuse: Features | None = None) -> np.ndarray:
        """Probabilities for one text (the pipeline's own path when its shape is not ours)."""
        if not self.fast:
            return np.asarray(self.pipeline.predict_proba([text])[0], dtype=np.float64)
        return self.proba(self.featurise(text, view, reuse))

    # -- explanation ------------------------------------------------------------------------
    def top_terms(self, features: Features, label: str, part: str = "words",
                  limit: int = 6) -> list[str]:
        """Up to limit terms of one part with the largest positive push toward label."""
        block = next((b for b in self.blocks if b.name == part), None)
        if block is None or block.tfidf is None or label not in self.classes:
            return []
        indices, data = features.sparse.get(part, (np.zeros(0, np.int32), np.zeros(0)))
        binary = block.weights.shape[1] == 1  # the one column pushes toward classes[1]
        column = 0 if binary else self.classes.index(label)
        # Only the text's rows of the label's column are read, not the whole column: from the
        # rows this model's decision took for these features when it has (the same values).
        weights, rows = features.taken.get(part, (None, None))
        if weights is block.weights and rows is not None and len(rows) == len(indices):
            pushes = rows[:, column]
        else:
            pushes = block.weights[indices, column]
        if binary:
            pushes = pushes * (1.0 if self.classes.index(label) == 1 else -1.0)
        contributions = data * pushes
        # Only the terms that push toward the label can be named, and in a stable sort of all
        # of them by push they come first, in the same order: sorting those alone is the same.
        pushing = (contributions > 0).nonzero()[0]
        order = pushing[(-contributions[pushing]).argsort(kind="stable")[:limit]]
        return [block.tfidf.names[int(indices[i])] for i in order]

