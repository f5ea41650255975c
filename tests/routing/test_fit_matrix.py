"""FitMatrix: the products a solver takes are bit for bit the CSR ones, and so is the fit."""

from __future__ import annotations

import pickle

import numpy as np
import pytest
import scipy.sparse as sp
from sklearn.calibration import CalibratedClassifierCV
from sklearn.linear_model import LogisticRegression

from backend.routing.fit_matrix import FitMatrix, for_fitting


def _rows(seed: int = 0, shape: tuple[int, int] = (300, 2000)) -> sp.csr_matrix:
    """TF-IDF-like rows: sparse, skewed column use, values of mixed magnitude."""
    rng = np.random.default_rng(seed)
    matrix = sp.random(*shape, density=0.02, format="csr", random_state=rng,
                       data_rvs=lambda n: rng.lognormal(size=n))
    matrix.data[::7] *= 1e-3
    return matrix


def test_products_are_the_csr_products_exactly() -> None:
    rows = _rows()
    fit = for_fitting(rows)
    rng = np.random.default_rng(1)
    coef = rng.standard_normal((5, rows.shape[1]))
    grad = rng.standard_normal((rows.shape[0], 5))
    first = fit @ coef.T  # before any gradient: the CSR product itself
    assert fit._columns is None
    assert np.array_equal(grad.T @ fit, grad.T @ rows)  # builds the column-major copy
    assert fit._columns is not None
    assert np.array_equal(fit @ coef.T, rows @ coef.T)
    assert np.array_equal(first, rows @ coef.T)
    vector = rng.standard_normal(rows.shape[1])
    assert np.array_equal(fit @ vector, rows @ vector)
    assert np.array_equal(grad[:, 0] @ fit, grad[:, 0] @ rows)


def test_unsorted_rows_keep_the_csr_products() -> None:
    rows = _rows()
    shuffled = rows.copy()
    for i in range(shuffled.shape[0]):  # reverse each row's entries: same matrix, unsorted
        lo, hi = shuffled.indptr[i], shuffled.indptr[i + 1]
        shuffled.indices[lo:hi] = shuffled.indices[lo:hi][::-1].copy()
        shuffled.data[lo:hi] = shuffled.data[lo:hi][::-1].copy()
    shuffled.has_sorted_indices = False
    fit = for_fitting(shuffled)
    grad = np.random.default_rng(2).standard_normal((rows.shape[0], 3))
    assert np.array_equal(grad.T @ fit, grad.T @ shuffled)
    assert fit._columns is None


def test_shares_the_rows_and_pickles_without_the_copy() -> None:
    rows = _rows()
    fit = for_fitting(rows)
    assert np.shares_memory(fit.data, rows.data) and np.shares_memory(fit.indices, rows.indices)
    _ = np.ones((rows.shape[0], 2)).T @ fit
    restored = pickle.loads(pickle.dumps(fit))
    assert isinstance(restored, FitMatrix) and restored._columns is None
    assert (restored != rows).nnz == 0
    assert isinstance(fit[np.arange(10)], FitMatrix)


@pytest.mark.parametrize("solver", ["lbfgs", "newton-cg"])
def test_a_calibrated_fit_on_it_is_the_fit_on_csr(solver: str) -> None:
    rows = _rows(3)
    labels = np.random.default_rng(4).integers(0, 4, rows.shape[0])
    weights = np.random.default_rng(5).uniform(0.5, 3.0, rows.shape[0])

    def fitted(matrix: sp.csr_matrix) -> CalibratedClassifierCV:
        base = LogisticRegression(C=20.0, max_iter=3000, solver=solver, random_state=0)
        return CalibratedClassifierCV(base, method="temperature", cv=2, ensemble=False).fit(
            matrix, labels, sample_weight=weights)

    plain, fast = fitted(rows), fitted(for_fitting(rows))
    a, b = (m.calibrated_classifiers_[0] for m in (plain, fast))
    assert np.array_equal(a.estimator.coef_, b.estimator.coef_)
    assert np.array_equal(a.estimator.intercept_, b.estimator.intercept_)
    assert np.array_equal(plain.predict_proba(rows), fast.predict_proba(rows))
