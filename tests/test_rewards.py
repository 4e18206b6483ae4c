"""The reward pays only for real code: the cheapest outputs that could maximise a component get nothing."""

import numpy as np
import pytest

from rlhf_code.pycode import is_task_code
from rlhf_code.rewards import UNJUDGED, CodeRewards, combine
from rlhf_code.sandbox import Result, Sandbox, SandboxConfig

RECORD = {"prompt": "Write `add(a, b)` returning a + b.", "entry_point": "add",
          "tests": ["assert add(1, 2) == 3", "assert add(2, 0) == 2"]}
RIGHT = "```python\ndef add(a, b):\n    return a + b\n```"

# Non-answers that compile as Python (or nearly), and the ways a policy could try to end an episode cheaply.
DEGENERATE = [
    "skipall remaining.",  # the hack the tiny preset found: a prose fragment that parses as an expression
    "add", "x", "42", "3.5", "'done'", "pass", "...", '"""Adds two numbers."""', "None", "True",
    "好的，完成。", "完成", "Sure!", "", "   \n", "```python\npass\n```", "```python\n...\n```",
    "```python\nadd\n```", "```python\n\"\"\"def add(a, b): return a + b\"\"\"\n```",
    "def add(a, b):\n    pass", "def add(a, b):\n    \"\"\"Return a + b.\"\"\"\n    ...",  # stubs name the function only
    "def plus(a, b):\n    return a + b",  # the wrong name: the tests cannot call it
    "print(3)", "add(1, 2)",
]


@pytest.fixture(scope="module")
def rewards():
    with Sandbox(SandboxConfig(workers=2, timeout_s=3.0)) as sandbox:
        yield CodeRewards(sandbox)


def test_degenerate_answers_get_no_syntax_and_no_functional_credit(rewards):
    components = rewards([RECORD["prompt"]] * len(DEGENERATE), DEGENERATE, [RECORD] * len(DEGENERATE))
    for response, syntax, functional in zip(DEGENERATE, components["syntax"], components["functional"]):
        assert (syntax, functional) == (0.0, 0.0), response
    assert not components[UNJUDGED].any()


def test_a_correct_answer_gets_full_credit_and_a_wrong_one_only_syntax(rewards):
    wrong = "```python\ndef add(a, b):\n    return a - b\n```"
    components = rewards([RECORD["prompt"]] * 2, [RIGHT, wrong], [RECORD] * 2)
    assert components["syntax"].tolist() == [1.0, 1.0]
    assert components["functional"].tolist() == [1.0, 0.5]  # a - b passes add(2, 0) == 2 only


def test_without_an_entry_point_code_must_define_or_do_something():
    for code in ("x", "42", "pass", "...", "'text'", "print(1)", "skipall remaining."):
        assert not is_task_code(code), code
    for code in ("def f():\n    return 1", "class A:\n    pass", "total = sum(range(10))", "import math"):
        assert is_task_code(code), code


def test_the_entry_point_may_be_bound_in_any_top_level_way():
    assert is_task_code("add = lambda a, b: a + b", "add")
    assert is_task_code("from operator import add", "add")
    assert is_task_code("try:\n    from fast import add\nexcept ImportError:\n    def add(a, b):\n        return a + b",
                        "add")
    assert not is_task_code("def outer():\n    def add(a, b):\n        return a + b", "add")  # not at top level


def test_the_functional_reward_passes_the_entry_point_to_the_sandbox(rewards):
    """A function named like a builtin is what the tests call, as in evaluation."""
    record = {"prompt": "Write `sorted(xs)` returning xs sorted descending.", "entry_point": "sorted",
              "tests": ["assert sorted([1, 3, 2]) == [3, 2, 1]"]}
    code = "```python\ndef sorted(xs):\n    return list(reversed(__builtins__['sorted'](xs))) " \
           "if isinstance(__builtins__, dict) else list(reversed(__import__('builtins').sorted(xs)))\n```"
    components = rewards([record["prompt"]], [code], [record])
    assert components["functional"].tolist() == [1.0]


class BrokenSandbox:
    """A sandbox whose workers fail: the status a restarted worker reports."""

    def run(self, programs):
        return [Result("error", "worker died (restarted)", 0, len(p.tests)) for p in programs]


def test_a_sandbox_failure_is_no_reward_not_a_zero():
    components = CodeRewards(BrokenSandbox())([RECORD["prompt"]], [RIGHT], [RECORD])
    assert components[UNJUDGED].tolist() == [1.0] and np.isnan(components["functional"][0])
    total = combine(components, {"syntax": 0.5, "functional": 1.0})
    assert np.isnan(total[0])
    no_tests = {"prompt": "Explain lists."}
    components = CodeRewards(BrokenSandbox())(["p"], [RIGHT], [no_tests])
    assert combine(components, {"syntax": 0.5, "functional": 1.0}).tolist() == [0.5]  # no tests: not applicable
