"""Sequence-level rewards for generated code, one named component at a time.

Components (each in [0, 1] except the reward model's raw score):

- ``rm``: the reward model's score of the (prompt, response) pair;
- ``syntax``: 1 when the code extracted from the response compiles, else 0;
- ``functional``: the fraction of the prompt's unit tests that pass, run in the execution sandbox
  (NaN for prompts without tests: they contribute nothing and are left out of the logged mean).

The PPO stage combines them with configurable weights (:func:`combine`); the KL penalty is per token and lives
in :mod:`rlhf_code.ppo`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from .pycode import compiles, extract_code
from .reward_model import score as reward_model_score
from .sandbox import Program, Sandbox

# (prompts, responses, records) -> {component name: one value per response}
RewardFunction = Callable[[Sequence[str], Sequence[str], Sequence[dict]], dict[str, np.ndarray]]


class CodeRewards:
    """The pipeline's reward function: reward model, syntax and functional components."""

    def __init__(self, sandbox: Sandbox, reward_model=None, tokenizer=None, max_length: int = 1024,
                 batch_size: int = 8):
        self.sandbox = sandbox
        self.reward_model = reward_model
        self.tokenizer = tokenizer
        self.max_length = max_length
        self.batch_size = batch_size

    def __call__(self, prompts: Sequence[str], responses: Sequence[str], records: Sequence[dict]) -> dict[str, np.ndarray]:
        codes = [extract_code(r) for r in responses]
        components = {"syntax": np.array([float(compiles(c)) for c in codes])}
        components["functional"] = self.functional(codes, records)
        if self.reward_model is not None:
            rm = np.array(reward_model_score(
                self.reward_model, self.tokenizer, list(prompts), list(responses), self.max_length, self.batch_size))
            # A NaN from the reward model is a failure, not "not applicable": make it infinite so it is caught.
            components["rm"] = np.where(np.isnan(rm), np.inf, rm)
        return components

    def functional(self, codes: Sequence[str], records: Sequence[dict]) -> np.ndarray:
        """Fraction of tests passed per response; NaN where the prompt has no tests."""
        result = np.full(len(codes), np.nan)
        with_tests = [i for i, r in enumerate(records) if r.get("tests")]
        if with_tests:
            programs = [Program(code=codes[i], tests=list(records[i]["tests"])) for i in with_tests]
            for i, outcome in zip(with_tests, self.sandbox.run(programs)):
                result[i] = outcome.tests_passed / max(outcome.tests_total, 1)
        return result


def combine(components: dict[str, np.ndarray], weights: dict[str, float]) -> np.ndarray:
    """Weighted sum of the components. NaN means "not applicable" (no tests) and contributes 0; an infinite value
    stays infinite, so the PPO loop sees a broken reward and skips the update."""
    total = np.zeros(len(next(iter(components.values()))))
    for name, values in components.items():
        total += weights.get(name, 0.0) * np.where(np.isnan(values), 0.0, values)
    return total
