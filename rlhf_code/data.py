"""Data files of the pipeline: reading, validating and formatting JSONL records.

Every stage validates its whole data file *before* it loads a model, so a typo on line 9,000 costs seconds,
not a model load. Problems are reported as ``path:line: what is wrong`` (see :class:`DataError`).

Formats (extra fields are allowed and ignored by stages that do not use them):

=========  =====================================================================================
kind       fields
=========  =====================================================================================
``sft``    ``prompt`` str, ``response`` str, optional ``tests`` list[str]
``rm``     ``prompt`` str, ``response`` str, ``score`` number in [0, 1], optional ``tests``
``ppo``    ``prompt`` str, optional ``tests`` list[str] or ``stdio_tests``, optional ``entry_point`` str,
           optional ``float_tolerance``
``eval``   ``prompt`` str, ``tests`` non-empty list[str] or ``stdio_tests``, optional ``entry_point``,
           ``task_id``, ``float_tolerance``
=========  =====================================================================================

``stdio_tests`` is a non-empty list of ``{"input": str, "output": str}``: the program reads ``input`` on
its standard input and must print ``output`` (compared as :func:`rlhf_code.sandbox.outputs_match` says,
``float_tolerance`` >= 0 applying). A record has ``tests`` or ``stdio_tests``, not both. Tests that a program
doing nothing passes are refused: a blank test, and stdio tests whose expected outputs are all blank.

Records can also come from a ``datasets`` dataset in another format: :mod:`rlhf_code.datasets_io`.
"""

from __future__ import annotations

import json
import logging
import math
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from .sandbox import Program, StdioTest

logger = logging.getLogger(__name__)

MAX_REPORTED_PROBLEMS = 20
GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True)
class FieldRule:
    name: str
    # "text" (non-empty str), "score" (number in [0, 1]), "tests" (list[str]), "str" (any str),
    # "stdio" (non-empty list of {"input": str, "output": str}), "tolerance" (number >= 0)
    kind: str
    required: bool


SCHEMAS: dict[str, tuple[FieldRule, ...]] = {
    "sft": (FieldRule("prompt", "text", True), FieldRule("response", "text", True), FieldRule("tests", "tests", False)),
    "rm": (
        FieldRule("prompt", "text", True),
        FieldRule("response", "text", True),
        FieldRule("score", "score", True),
        FieldRule("tests", "tests", False),
    ),
    "ppo": (FieldRule("prompt", "text", True), FieldRule("tests", "tests", False), FieldRule("entry_point", "str", False),
            FieldRule("stdio_tests", "stdio", False), FieldRule("float_tolerance", "tolerance", False)),
    "eval": (
        FieldRule("prompt", "text", True),
        FieldRule("tests", "tests", True),  # (or stdio_tests: see record_problems)
        FieldRule("entry_point", "str", False),
        FieldRule("task_id", "str", False),
        FieldRule("stdio_tests", "stdio", False),
        FieldRule("float_tolerance", "tolerance", False),
    ),
}


class DataError(Exception):
    """A data file failed validation; ``problems`` holds one ``path:line: message`` string per problem."""

    def __init__(self, path: str | Path, problems: list[str]):
        self.path = str(path)
        self.problems = problems
        shown = problems[:MAX_REPORTED_PROBLEMS]
        more = len(problems) - len(shown)
        lines = [f"{len(problems)} problem(s) in data file {self.path}:", *shown]
        if more:
            lines.append(f"... and {more} more")
        super().__init__("\n".join(lines))


def field_problem(rule: FieldRule, value: object) -> str | None:
    """Why ``value`` breaks ``rule``, or None when it is fine."""
    if rule.kind in ("text", "str"):
        if not isinstance(value, str):
            return f"field '{rule.name}' must be a string, got {type(value).__name__}"
        if rule.kind == "text" and not value.strip():
            return f"field '{rule.name}' is empty"
    elif rule.kind == "score":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return f"field 'score' must be a number, got {type(value).__name__}"
        # no float() of an int: an integer score of 400 digits would raise OverflowError
        if (isinstance(value, float) and not math.isfinite(value)) or not 0 <= value <= 1:
            return f"field 'score' must be in [0, 1], got {value}"
    elif rule.kind == "tests":
        if not isinstance(value, list) or not all(isinstance(t, str) for t in value):
            return f"field '{rule.name}' must be a list of strings"
        if rule.required and not value:
            return f"field '{rule.name}' is an empty list"
        blank = next((n for n, t in enumerate(value, 1) if not t.strip()), None)
        if blank is not None:  # (it runs nothing, so it passes: a free reward)
            return f"field '{rule.name}': test {blank} is blank"
    elif rule.kind == "stdio":
        if not isinstance(value, list) or not value:
            return f"field '{rule.name}' must be a non-empty list of {{\"input\", \"output\"}} objects"
        for n, test in enumerate(value, 1):
            if not (isinstance(test, dict) and isinstance(test.get("input"), str)
                    and isinstance(test.get("output"), str)):
                return f"field '{rule.name}': test {n} must be an object with string \"input\" and \"output\""
        if not any(test["output"].strip() for test in value):  # (outputs compare without trailing whitespace)
            return f"field '{rule.name}': every expected output is blank, so a program printing nothing passes"
    elif rule.kind == "tolerance":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return f"field '{rule.name}' must be a number, got {type(value).__name__}"
        if (isinstance(value, float) and not math.isfinite(value)) or value < 0:
            return f"field '{rule.name}' must be a finite number >= 0, got {value}"
    return None


def record_problems(record: dict, kind: str) -> list[str]:
    """What is wrong with one record of ``kind`` (a JSON object), one message per problem."""
    problems = []
    stdio = "stdio_tests" in record and any(rule.name == "stdio_tests" for rule in SCHEMAS[kind])
    for rule in SCHEMAS[kind]:
        if rule.name not in record:
            if rule.required and not (rule.name == "tests" and stdio):
                problems.append(f"missing field '{rule.name}'")
            continue
        why = field_problem(rule, record[rule.name])
        if why:
            problems.append(why)
    if stdio and record.get("tests"):
        problems.append("give 'tests' (asserts) or 'stdio_tests' (standard input and output), not both")
    return problems


def file_problem(path: str | Path, gzip_ok: bool = False) -> str | None:
    """Why ``path`` cannot be read as an input file, or None. Never opens anything but a regular
    file (opening a FIFO would wait for a writer for ever)."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return "file not found"
    except OSError as err:
        return f"cannot read file ({err.strerror})"
    if stat.S_ISDIR(mode):
        return "is a directory, expected a file"
    if not stat.S_ISREG(mode):
        return "is not a regular file (a FIFO, socket or device); give a file on disk"
    try:
        with open(path, "rb") as f:
            start = f.read(len(GZIP_MAGIC))
    except OSError as err:
        return f"cannot read file ({err.strerror})"
    if start == GZIP_MAGIC and not gzip_ok:
        return f"is gzip-compressed; decompress it first (gunzip -k {path}) and pass the .jsonl file"
    return None


def parse_json_line(text: str) -> tuple[object, str | None]:
    """``(value, None)`` for one line of a JSON Lines file, or ``(None, why)``; never raises."""
    try:
        value = json.loads(text)
        json.dumps(value, ensure_ascii=False).encode("utf-8")  # the text itself must be valid Unicode
    except json.JSONDecodeError as err:
        return None, f"not valid JSON ({err.msg} at column {err.colno})"
    except RecursionError:
        return None, "JSON nested too deeply"
    except UnicodeEncodeError:
        return None, "contains an unpaired UTF-16 surrogate escape (\\ud800-\\udfff without its pair), which is not text"
    except ValueError as err:  # an integer of more than 4300 digits
        return None, f"not valid JSON ({err})"
    return value, None


def validate_records(path: str | Path, kind: str) -> tuple[list[dict], list[str]]:
    """Read ``path`` as JSONL of ``kind``; return (records, problems). Never raises for bad content."""
    if kind not in SCHEMAS:
        raise ValueError(f"unknown data kind {kind!r}; expected one of {sorted(SCHEMAS)}")
    path = Path(path)
    problem = file_problem(path)
    if problem:
        return [], [f"{path}: {problem}"]
    try:
        raw = path.read_bytes()
    except OSError as err:
        return [], [f"{path}: cannot read file ({err.strerror})"]

    records: list[dict] = []
    problems: list[str] = []
    for lineno, line in enumerate(raw.splitlines(), start=1):
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as err:
            problems.append(f"{path}:{lineno}: invalid UTF-8 at byte {err.start}")
            continue
        if not text.strip():
            continue
        record, why = parse_json_line(text)
        if why:
            problems.append(f"{path}:{lineno}: {why}")
            continue
        if not isinstance(record, dict):
            problems.append(f"{path}:{lineno}: expected a JSON object, got {type(record).__name__}")
            continue
        line_problems = record_problems(record, kind)
        problems.extend(f"{path}:{lineno}: {why}" for why in line_problems)
        if not line_problems:
            records.append(record)
    if not records and not problems:
        problems.append(f"{path}: file is empty (no JSON lines)")
    return records, problems


def load_records(path: str | Path, kind: str) -> list[dict]:
    """Validated records of a data file; raises :class:`DataError` listing every problem."""
    records, problems = validate_records(path, kind)
    if problems:
        raise DataError(path, problems)
    duplicates = len(records) - len({(r["prompt"], r.get("response")) for r in records})
    if duplicates:
        logger.warning("%s: %d duplicate example(s) (same prompt and response)", path, duplicates)
    return records


def warn_overlong(path: str | Path, lengths: list[int], max_length: int) -> None:
    """Warn (not fail) when tokenized examples exceed ``max_length`` and will be truncated."""
    too_long = sum(n > max_length for n in lengths)
    if too_long:
        logger.warning(
            "%s: %d of %d example(s) are longer than max_length=%d tokens and will be truncated",
            path, too_long, len(lengths), max_length,
        )


def stdio_tests_of(record: dict) -> tuple[StdioTest, ...]:
    """A validated record's ``stdio_tests`` as the sandbox takes them (none when it has asserts)."""
    return tuple(StdioTest(t["input"], t["output"]) for t in record.get("stdio_tests") or ())


def record_program(code: str, record: dict) -> Program:
    """The sandbox program judging ``code`` by a validated record's tests: asserts or stdin/stdout tests."""
    entry_point = record.get("entry_point") if isinstance(record.get("entry_point"), str) else ""
    return Program(code=code, tests=list(record.get("tests") or ()), entry_point=entry_point,
                   stdio_tests=stdio_tests_of(record), float_tolerance=record.get("float_tolerance", 0.0))


def user_message(prompt: str) -> list[dict]:
    return [{"role": "user", "content": prompt}]


def assistant_message(response: str) -> list[dict]:
    return [{"role": "assistant", "content": response}]


def format_prompt(tokenizer, prompt: str) -> str:
    """The chat-template text that asks the model for a response (ends with the assistant header)."""
    return tokenizer.apply_chat_template(user_message(prompt), tokenize=False, add_generation_prompt=True)


def format_conversation(tokenizer, prompt: str, response: str) -> str:
    """The chat-template text of one full exchange, as the reward model scores it."""
    return tokenizer.apply_chat_template(user_message(prompt) + assistant_message(response), tokenize=False)
