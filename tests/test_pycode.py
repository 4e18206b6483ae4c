"""rlhf_code.pycode: code extraction from model outputs, compile check, batched ruff counts, explanations."""

import pytest

from rlhf_code import pycode
from rlhf_code.pycode import compiles, extract_code, has_explanation, lint_findings

ADD = "def add(a, b):\n    return a + b"


def test_extracts_the_fenced_python_block():
    text = f"Add the two numbers.\n\n```python\n{ADD}\n```\n\nThat is all."
    assert extract_code(text) == ADD


@pytest.mark.parametrize("tag", ["py", "Python", "python3", ""])
def test_accepts_py_and_bare_fences(tag):
    assert extract_code(f"```{tag}\n{ADD}\n```") == ADD


def test_prefers_the_block_that_defines_something():
    text = f"Usage first:\n```python\nprint(add(1, 2))\n```\nThe function:\n```python\n{ADD}\n```"
    assert extract_code(text) == ADD


def test_falls_back_to_the_first_python_block_and_skips_other_languages():
    text = "```bash\npip install numpy\n```\n```python\nprint(1)\n```\n```python\nprint(2)\n```"
    assert extract_code(text) == "print(1)"
    assert extract_code("```bash\nls -la\n```") == ""


def test_unclosed_or_glued_fences_still_yield_the_code():
    assert extract_code(f"Here:\n```python\n{ADD}") == ADD  # generation cut off before the closing fence
    assert extract_code(f"```python\n{ADD}```") == ADD
    assert extract_code("```python\n    def f():\n        return 1\n```") == "def f():\n    return 1"


def test_unfenced_code_is_returned_as_is():
    assert extract_code(f"\n{ADD}\n\n") == ADD


def test_prose_lines_around_unfenced_code_are_dropped():
    text = f"Here is my solution:\n{ADD}\nIt runs in constant time, of course."
    assert extract_code(text) == ADD
    assert has_explanation(text) is True


def test_a_lone_word_around_unfenced_code_is_prose_but_keywords_are_code():
    # "Solution" alone parses as an expression but would raise NameError when run
    assert extract_code(f"Solution\n{ADD}\nDone.") == ADD
    assert extract_code("Python\nclass Empty:\n    pass") == "class Empty:\n    pass"


def test_text_without_code_comes_back_whole_and_does_not_compile():
    text = "I am not sure how to solve this one, sorry."
    assert extract_code(text) == text
    assert not compiles(extract_code(text))


def test_compiles_does_not_execute_and_rejects_broken_code(tmp_path):
    marker = tmp_path / "ran"
    assert compiles(f"open({str(marker)!r}, 'w').write('x')")
    assert not marker.exists()
    assert not compiles("def add(a, b)\n    return a + b")
    assert not compiles("return 1")  # valid syntax tree, but compile() rejects it
    assert not compiles("x = '\0'\x00")
    assert not compiles("   \n")


def test_lint_counts_findings_per_snippet_in_order():
    clean = "def total(values: list[int]) -> int:\n    return sum(values)\n"
    unused_import = "import os\n\n\ndef one() -> int:\n    return 1\n"
    several = "import os\nimport sys\ndef F(l):\n    if l == True: return 1\n"
    counts = lint_findings([clean, unused_import, several, clean])
    assert counts[0] == 0 and counts[3] == 0
    assert counts[1] >= 1
    assert counts[2] > counts[1]
    assert lint_findings([]) == []


def test_noqa_comments_do_not_hide_findings():
    assert lint_findings(["import os  # noqa\n"]) == lint_findings(["import os\n"]) != [0]


def test_lint_runs_ruff_once_per_batch(monkeypatch):
    calls = []
    real_run = pycode.subprocess.run

    def counting_run(*args, **kwargs):
        calls.append(args)
        return real_run(*args, **kwargs)

    monkeypatch.setattr(pycode.subprocess, "run", counting_run)
    assert len(lint_findings(["x = 1\n"] * 30)) == 30
    assert len(calls) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"```python\n{ADD}\n```", False),
        (f"Here is the code:\n```python\n{ADD}\n```", False),
        (f"Add the two arguments and return the sum.\n```python\n{ADD}\n```", True),
        (f"用加法运算符把两个参数相加后返回结果。\n```python\n{ADD}\n```", True),
        (f"```python\n# add the two arguments and return their sum to the caller\n{ADD}\n```", False),
    ],
)
def test_explanation_needs_enough_prose_outside_the_code(text, expected):
    assert has_explanation(text) is expected
