"""Every kind of bad data file gets a `path:line: what is wrong` message; duplicates and long examples only warn."""

import logging

import pytest

from rlhf_code.config import resolve_bf16
from rlhf_code.data import DataError, load_records, validate_records, warn_overlong

from conftest import write_jsonl


def problems_of(tmp_path, content: bytes, kind: str) -> list[str]:
    path = tmp_path / "data.jsonl"
    path.write_bytes(content)
    return [p.replace(str(path), "F") for p in validate_records(path, kind)[1]]


@pytest.mark.parametrize("kind, content, expected", [
    ("sft", b"", ["F: file is empty (no JSON lines)"]),
    ("sft", b"\n\n", ["F: file is empty (no JSON lines)"]),
    ("sft", b"[1, 2]\n", ["F:1: expected a JSON object, got list"]),
    ("sft", b'{"prompt": "p"}\n', ["F:1: missing field 'response'"]),
    ("sft", b'{"prompt": "p", "response": " "}\n', ["F:1: field 'response' is empty"]),
    ("sft", b'{"prompt": 1, "response": "r"}\n', ["F:1: field 'prompt' must be a string, got int"]),
    ("sft", b'{"prompt": "p", "response": "r", "tests": "assert f()"}\n', ["F:1: field 'tests' must be a list of strings"]),
    ("ppo", b'{"prompt": "p", "tests": [1]}\n', ["F:1: field 'tests' must be a list of strings"]),
    ("rm", b'{"prompt": "p", "response": "r", "score": "0.5"}\n', ["F:1: field 'score' must be a number, got str"]),
    ("rm", b'{"prompt": "p", "response": "r", "score": -0.1}\n', ["F:1: field 'score' must be in [0, 1], got -0.1"]),
    ("rm", b'{"prompt": "p", "response": "r", "score": NaN}\n', ["F:1: field 'score' must be in [0, 1], got nan"]),
    ("eval", b'{"prompt": "p", "tests": []}\n', ["F:1: field 'tests' is an empty list"]),
    ("sft", b'{"prompt": "p", "response": "r"}\n{"prompt": \n', ["F:2: not valid JSON (Expecting value at column 12)"]),
    ("sft", b'{"prompt": "\xe4\xb8", "response": "r"}\n', ["F:1: invalid UTF-8 at byte 12"]),
])
def test_each_problem_is_named_with_its_line(tmp_path, kind, content, expected):
    assert problems_of(tmp_path, content, kind) == expected


def test_missing_file_and_directory(tmp_path):
    assert validate_records(tmp_path / "nope.jsonl", "sft")[1] == [f"{tmp_path / 'nope.jsonl'}: file not found"]
    assert validate_records(tmp_path, "sft")[1] == [f"{tmp_path}: is a directory, expected a file"]


def test_report_is_capped_with_a_count(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text("oops\n" * 25)
    with pytest.raises(DataError) as err:
        load_records(path, "sft")
    message = str(err.value)
    assert message.startswith(f"25 problem(s) in data file {path}:")
    assert f"{path}:20: not valid JSON" in message and f"{path}:21:" not in message
    assert message.endswith("... and 5 more")


def test_duplicates_and_long_examples_only_warn(tmp_path, caplog):
    path = write_jsonl(tmp_path / "d.jsonl", [{"prompt": "p", "response": "r"}] * 3 + [{"prompt": "q", "response": "r"}])
    with caplog.at_level(logging.WARNING, logger="rlhf_code"):
        assert len(load_records(path, "sft")) == 4
        warn_overlong(path, [10, 600, 700, 20], max_length=512)
    assert "2 duplicate example(s)" in caplog.text
    assert "2 of 4 example(s) are longer than max_length=512" in caplog.text


def test_bf16_is_opt_in_on_cpu():
    assert resolve_bf16(None) is False  # the default stays fp32 on this CPU-only machine
    assert resolve_bf16(False) is False
    assert resolve_bf16(True) is True  # asked for: the GPU path's numerics, on the CPU
