"""Sequence-level rewards for generated code, one named component at a time.

Components (each in [0, 1]):

- ``rm``: the reward model's score of the (prompt, response) pair, clipped to [0, 1] as evaluation clips it
  (:func:`rlhf_code.metrics.clip_rm_score`), at the max_length the reward model was trained at;
- ``syntax``: 1 when the code extracted from the response is code for the task (:func:`rlhf_code.pycode.is_task_code`:
  it compiles and defines the record's ``entry_point``, or at least something when there is none), else 0;
- ``functional``: the fraction of the prompt's unit tests that pass, run in the execution sandbox with the record's
  ``entry_point``: its asserts (``tests``) or its stdin/stdout tests (``stdio_tests``, with ``float_tolerance``)
  (NaN for prompts without tests: they contribute nothing and are left out of the logged mean).

Ask of each component what the cheapest output is that maximises it: a bare word, number, ``pass`` or prose
fragment compiles as Python, so ``syntax`` pays only for code that defines what the task asks for, and such
non-answers get 0 from every component (tested in ``tests/test_rewards.py``).

One more entry, :data:`UNJUDGED`, is not a reward: 1 where the sandbox itself failed (status ``error``, e.g. a
worker that had to be restarted). Such a sample has no reward at all: :func:`combine` gives it NaN, and the PPO loop
leaves it out of the update and counts it in its log, so an infrastructure failure never reads as wrong code.

The PPO stage combines the components with configurable weights (:func:`combine`); the KL penalty is per token and
lives in :mod:`rlhf_code.ppo`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from .data import record_program
from .metrics import clip_rm_score
from .pycode import extract_code, is_task_code
from .reward_model import score as reward_model_score
from .sandbox import Sandbox

# (prompts, responses, records) -> {component name: one value per response}
RewardFunction = Callable[[Sequence[str], Sequence[str], Sequence[dict]], dict[str, np.ndarray]]
# The entry of a reward function's result that marks samples the sandbox could not judge (1.0) rather than a reward.
UNJUDGED = "unjudged"


class CodeRewards:
    """The pipeline's reward function: reward model, syntax and functional components."""

    def __init__(self, sandbox: Sandbox, reward_model=None, tokenizer=None, max_length: int | None = None,
                 batch_size: int = 8):
        self.sandbox = sandbox
        self.reward_model = reward_model
        self.tokenizer = tokenizer
        self.max_length = max_length
        self.batch_size = batch_size

    def __call__(self, prompts: Sequence[str], responses: Sequence[str], records: Sequence[dict]) -> dict[str, np.ndarray]:
        codes = [extract_code(r) for r in responses]
        components = {"syntax": np.array([float(is_task_code(c, r.get("entry_point") or ""))
                                          for c, r in zip(codes, records)])}
        components["functional"], components[UNJUDGED] = self.functional(codes, records)
        if self.reward_model is not None:
            rm = clip_rm_score(np.array(reward_model_score(
                self.reward_model, self.tokenizer, list(prompts), list(responses), self.max_length, self.batch_size)))
            # A NaN from the reward model is a failure, not "not applicable": make it infinite so it is caught.
            components["rm"] = np.where(np.isnan(rm), np.inf, rm)
        return components

    def functional(self, codes: Sequence[str], records: Sequence[dict]) -> tuple[np.ndarray, np.ndarray]:
        """(fraction of tests passed per response, NaN where the prompt has no tests; 1.0 where the sandbox
        failed to judge the program)."""
        passed = np.full(len(codes), np.nan)
        unjudged = np.zeros(len(codes))
        with_tests = [i for i, r in enumerate(records) if r.get("tests") or r.get("stdio_tests")]
        if with_tests:
            programs = [record_program(codes[i], records[i]) for i in with_tests]
            for i, outcome in zip(with_tests, self.sandbox.run(programs)):
                if outcome.status == "error":
                    unjudged[i] = 1.0
                else:
                    passed[i] = outcome.tests_passed / max(outcome.tests_total, 1)
        return passed, unjudged


def combine(components: dict[str, np.ndarray], weights: dict[str, float]) -> np.ndarray:
    """Weighted sum of the components. NaN in a component means "not applicable" (no tests) and contributes 0; a
    sample marked :data:`UNJUDGED` gets NaN (no reward); an infinite value stays infinite, so the PPO loop sees a
    broken reward and skips the update."""
    total = np.zeros(len(next(iter(components.values()))))
    for name, values in components.items():
        if name != UNJUDGED:
            total += weights.get(name, 0.0) * np.where(np.isnan(values), 0.0, values)
    if UNJUDGED in components:
        total[components[UNJUDGED] > 0] = np.nan
    return total
