"""rlhf_code.metrics: pass@k, code quality on 0-10, diversity; values worked out by hand."""

import pytest
from radon.metrics import mi_visit

from rlhf_code.metrics import (
    distinct_ast_share, distinct_n, normalised_ast, pass_at_k, pass_at_k_by_task, rm_quality, static_quality,
    static_quality_score, tokens,
)
from rlhf_code.pycode import lint_findings

CLEAN = '''def mean(values: list[float]) -> float:
    """Arithmetic mean of a non-empty list."""
    return sum(values) / len(values)
'''
MESSY = "import os\nimport sys\ndef Mean(l):\n    if l == None: return 0\n    return sum(l)/len(l)\n"


@pytest.mark.parametrize(("n", "c", "k", "expected"), [
    (2, 1, 1, 0.5),  # c / n
    (10, 1, 5, 0.5),  # 1 - C(9,5)/C(10,5)
    (5, 2, 2, 0.7),  # 1 - C(3,2)/C(5,2) = 1 - 3/10
    (100, 10, 10, 0.6695237889132748),  # Codex paper scale: 1 - C(90,10)/C(100,10)
    (4, 4, 2, 1.0),
    (3, 0, 3, 0.0),
    (3, 1, 3, 1.0),  # n - c < k: some correct sample is always drawn
])
def test_pass_at_k_known_values(n, c, k, expected):
    assert pass_at_k(n, c, k) == pytest.approx(expected, abs=1e-12)


def test_pass_at_k_by_task_averages_tasks_and_reports_only_k_up_to_n():
    outcomes = {"a": [True, False, False, False], "b": [True, True, False, False]}
    assert pass_at_k_by_task(outcomes, ks=(1, 2, 5)) == pytest.approx({"pass@1": (0.25 + 0.5) / 2,
                                                                       "pass@2": (0.5 + 5 / 6) / 2})
    with pytest.raises(ValueError):
        pass_at_k_by_task({"a": []})


def test_tokens_are_independent_of_any_model_tokenizer():
    assert tokens("def f(x): return x+12") == ["def", "f", "(", "x", ")", ":", "return", "x", "+", "12"]
    assert tokens("快速排序 quick_sort") == ["快", "速", "排", "序", "quick_sort"]


def test_distinct_n_on_constructed_samples():
    assert distinct_n(["a b c", "a b c"], 1) == 0.5  # 3 distinct of 6 unigrams
    assert distinct_n(["a b c", "a b c"], 2) == 0.5  # 2 distinct of 4 bigrams
    assert distinct_n(["a b c", "d e f"], 2) == 1.0
    assert distinct_n(["a a a a"], 1) == 0.25
    assert distinct_n(["a b", "b a"], 2) == 1.0  # order matters for bigrams
    assert distinct_n(["a b", "b a"], 1) == 0.5
    assert distinct_n(["", "x"], 2) == 0.0  # no bigram at all


def test_normalised_ast_ignores_names_and_docstrings_but_not_structure():
    renamed = 'def average(xs: list[float]) -> float:\n    return sum(xs) / len(xs)  # shorter\n'
    assert normalised_ast(CLEAN) == normalised_ast(renamed)
    assert normalised_ast(CLEAN) != normalised_ast(CLEAN.replace("sum(values)", "max(values)"))  # builtins kept
    assert normalised_ast(CLEAN) != normalised_ast(CLEAN.replace("/", "//"))
    assert normalised_ast("import numpy as np\nnp.sort(a)") == normalised_ast("import numpy as n\nn.sort(b)")
    assert normalised_ast("import numpy as np\nnp.sort(a)") != normalised_ast("import scipy as np\nnp.sort(a)")
    assert normalised_ast("xs.sort()") != normalised_ast("xs.reverse()")  # attribute names kept
    assert normalised_ast("def f(:") is None


def test_distinct_ast_share_counts_only_compiling_samples():
    loop = "def total(xs):\n    s = 0\n    for x in xs:\n        s += x\n    return s\n"
    renamed_loop = loop.replace("s", "acc").replace("xacc", "items")
    builtin = "def total(xs):\n    return sum(xs)\n"
    assert distinct_ast_share([loop, renamed_loop, builtin, "def broken(:"]) == pytest.approx(2 / 3)
    assert distinct_ast_share([loop, builtin]) == 1.0
    assert distinct_ast_share([loop, loop]) == 0.5
    assert distinct_ast_share(["def broken(:", ""]) is None


def test_static_quality_follows_the_documented_formula():
    scores = static_quality([CLEAN, MESSY, "def broken(:", ""])
    assert scores[2:] == [0.0, 0.0]  # does not compile
    for code, score in zip([CLEAN, MESSY], scores[:2]):
        [findings] = lint_findings([code])
        lines = max(len([line for line in code.splitlines() if line.strip()]), 10)
        expected = 10 * (max(0.0, 1 - findings * 10 / lines / 5) + mi_visit(code, multi=True) / 100) / 2
        assert score == pytest.approx(expected)
    assert 9 <= scores[0] <= 10 and scores[1] < scores[0] - 2


def test_static_quality_score_bounds():
    assert static_quality_score("x = 1\n", 0) == 10.0
    assert static_quality_score("x = 1\n", 50) == pytest.approx(5.0)  # lint half at 0, maintainability 100


def test_rm_quality_clips_to_the_target_range():
    assert [rm_quality(s) for s in (-0.3, 0.0, 0.42, 1.0, 1.7)] == pytest.approx([0.0, 0.0, 4.2, 10.0, 10.0])
