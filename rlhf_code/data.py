"""Data files of the pipeline: reading, validating and formatting JSONL records.

Every stage validates its whole data file *before* it loads a model, so a typo on line 9,000 costs seconds,
not a model load. Problems are reported as ``path:line: what is wrong`` (see :class:`DataError`).

Formats (extra fields are allowed and ignored by stages that do not use them):

=========  =====================================================================================
kind       fields
=========  =====================================================================================
``sft``    ``prompt`` str, ``response`` str, optional ``tests`` list[str]
``rm``     ``prompt`` str, ``response`` str, ``score`` number in [0, 1], optional ``tests``
``ppo``    ``prompt`` str, optional ``tests`` list[str], optional ``entry_point`` str
``eval``   ``prompt`` str, ``tests`` non-empty list[str], optional ``entry_point``, ``task_id``
=========  =====================================================================================
"""

from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass
from pathlib import Path

logger = logging.getLogger(__name__)

MAX_REPORTED_PROBLEMS = 20


@dataclass(frozen=True)
class FieldRule:
    name: str
    kind: str  # "text" (non-empty str), "score" (number in [0, 1]), "tests" (list[str]), "str" (any str)
    required: bool


SCHEMAS: dict[str, tuple[FieldRule, ...]] = {
    "sft": (FieldRule("prompt", "text", True), FieldRule("response", "text", True), FieldRule("tests", "tests", False)),
    "rm": (
        FieldRule("prompt", "text", True),
        FieldRule("response", "text", True),
        FieldRule("score", "score", True),
        FieldRule("tests", "tests", False),
    ),
    "ppo": (FieldRule("prompt", "text", True), FieldRule("tests", "tests", False), FieldRule("entry_point", "str", False)),
    "eval": (
        FieldRule("prompt", "text", True),
        FieldRule("tests", "tests", True),
        FieldRule("entry_point", "str", False),
        FieldRule("task_id", "str", False),
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


def _field_problem(rule: FieldRule, value: object) -> str | None:
    """Why ``value`` breaks ``rule``, or None when it is fine."""
    if rule.kind in ("text", "str"):
        if not isinstance(value, str):
            return f"field '{rule.name}' must be a string, got {type(value).__name__}"
        if rule.kind == "text" and not value.strip():
            return f"field '{rule.name}' is empty"
    elif rule.kind == "score":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return f"field 'score' must be a number, got {type(value).__name__}"
        if not math.isfinite(value) or not 0.0 <= value <= 1.0:
            return f"field 'score' must be in [0, 1], got {value}"
    elif rule.kind == "tests":
        if not isinstance(value, list) or not all(isinstance(t, str) for t in value):
            return f"field '{rule.name}' must be a list of strings"
        if rule.required and not value:
            return f"field '{rule.name}' is an empty list"
    return None


def validate_records(path: str | Path, kind: str) -> tuple[list[dict], list[str]]:
    """Read ``path`` as JSONL of ``kind``; return (records, problems). Never raises for bad content."""
    if kind not in SCHEMAS:
        raise ValueError(f"unknown data kind {kind!r}; expected one of {sorted(SCHEMAS)}")
    path = Path(path)
    if not path.exists():
        return [], [f"{path}: file not found"]
    if path.is_dir():
        return [], [f"{path}: is a directory, expected a .jsonl file"]
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
        try:
            record = json.loads(text)
        except json.JSONDecodeError as err:
            problems.append(f"{path}:{lineno}: not valid JSON ({err.msg} at column {err.colno})")
            continue
        if not isinstance(record, dict):
            problems.append(f"{path}:{lineno}: expected a JSON object, got {type(record).__name__}")
            continue
        line_problems = []
        for rule in SCHEMAS[kind]:
            if rule.name not in record:
                if rule.required:
                    line_problems.append(f"missing field '{rule.name}'")
                continue
            why = _field_problem(rule, record[rule.name])
            if why:
                line_problems.append(why)
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
