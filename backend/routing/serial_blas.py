"""Model fitting with BLAS on one thread.

The solvers' dense steps (L-BFGS-B's bookkeeping over up to a million coefficients, the loss's
matrix products) are memory-bound: a second BLAS thread only contends for the same memory, and
OpenBLAS's threads spin while they wait. Measured on this 2-core machine, training the default
model took 20 s with one BLAS thread and 88-103 s with the default two beside another busy
process (a test pass, a web worker); an L-BFGS-B step over 711,000 coefficients took 111 ms
with one thread and 341 ms with two on an otherwise idle machine.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar, cast

from threadpoolctl import threadpool_limits

F = TypeVar("F", bound=Callable[..., Any])


def one_blas_thread() -> threadpool_limits:
    """A context in which BLAS runs on one thread; the previous limit comes back on exit."""
    return threadpool_limits(limits=1, user_api="blas")


def serial_blas(func: F) -> F:
    """Run func with BLAS limited to one thread, restoring the previous limit afterwards."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with one_blas_thread():
            return func(*args, **kwargs)

    return cast(F, wrapper)
