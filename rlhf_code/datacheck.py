"""Check the pipeline's data files beyond their schema: references pass, scores are sane, eval is held out.

Run::

    python -m rlhf_code.datacheck sft_data.jsonl rm_data.jsonl ppo_prompts.jsonl eval_problems.jsonl
    python -m rlhf_code.datacheck my_sft.jsonl --kind sft --eval eval_problems.jsonl

The kind of each file comes from its name (``sft_data``, ``rm_data``, ``ppo_prompts``, ``eval_problems``)
or from ``--kind``. Checks:

* schema, via :func:`rlhf_code.data.validate_records`; every test string must compile;
* references pass their own tests in the sandbox: the code in each SFT response, and the optional
  ``solution`` field of PPO and eval records;
* RM: a response whose code does not compile scores no higher than any response to the same prompt;
* held out: no eval prompt equals or nearly equals a training prompt (SFT, RM, PPO files given), and
  no eval entry point is called by training tests or named as a PPO entry point;
* disjoint training splits: no prompt and no entry point is in two of the SFT, RM and PPO files (RM holds
  several responses per prompt; a prompt repeated inside one file is fine).

Records of a generated task family (the tiny preset's ``data/tiny/``, built by ``tools/build_tiny_data.py``) carry
a ``composition`` field, the family's name for what the task asks. Their function names repeat by design, and
their prompts share templates, so for them "held out" means by composition: no eval composition is in a
training file; near-duplicate text and shared entry points are not problems among them.

Near-duplicate measure: prompts are normalised (NFKC, lowercase, punctuation and spacing dropped) and
compared with ``difflib.SequenceMatcher.ratio``; a ratio of at least ``--similarity`` (0.85) is a
near duplicate. Entry points of a record are its ``entry_point`` field, or else the non-builtin
functions its tests call.

Prints one ``path:line: problem`` line per problem and a summary line per file; exits 0 when clean,
2 when there are problems.
"""

from __future__ import annotations

import argparse
import ast
import builtins
import difflib
import json
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rlhf_code.data import SCHEMAS, record_program, validate_records
from rlhf_code.pycode import compiles, extract_code
from rlhf_code.sandbox import Sandbox, SandboxConfig

KIND_BY_NAME = {"sft_data": "sft", "rm_data": "rm", "ppo_prompts": "ppo", "eval_problems": "eval"}
TRAINING_KINDS = ("sft", "rm", "ppo")
DEFAULT_SIMILARITY = 0.85
REASON_CHARS = 160
_BUILTINS = frozenset(dir(builtins))


@dataclass
class DataFile:
    path: Path
    kind: str
    records: list[dict] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)  # line number of each record
    problems: list[str] = field(default_factory=list)
    references: int = 0  # reference solutions run in the sandbox

    def where(self, i: int) -> str:
        return f"{self.path}:{self.lines[i]}"


def infer_kind(path: Path) -> str | None:
    return next((kind for name, kind in KIND_BY_NAME.items() if path.name.startswith(name)), None)


def _record_lines(path: Path, records: list[dict]) -> list[int]:
    """Line numbers of the validated records: the valid records are, in order, a subsequence of the lines."""
    lines: list[int] = []
    for lineno, raw in enumerate(path.read_bytes().splitlines(), start=1):
        if len(lines) == len(records):
            break
        try:
            if json.loads(raw) == records[len(lines)]:
                lines.append(lineno)
        except (ValueError, RecursionError):  # undecodable, invalid or too deep: reported by validate_records
            continue
    return lines


def load(path: Path, kind: str) -> DataFile:
    records, problems = validate_records(path, kind)
    data = DataFile(path, kind, records, _record_lines(path, records) if records else [], problems)
    for i, record in enumerate(records):
        for n, test in enumerate(record.get("tests", []), start=1):
            if not compiles(test):
                data.problems.append(f"{data.where(i)}: test {n} does not compile: {test[:80]!r}")
        if "solution" in record and not isinstance(record["solution"], str):
            data.problems.append(f"{data.where(i)}: field 'solution' must be a string")
    return data


def reference_code(data: DataFile, record: dict) -> str | None:
    """The code that should pass the record's tests (asserts or stdin/stdout), or None when the record has none to
    run."""
    if not record.get("tests") and not record.get("stdio_tests"):
        return None
    if data.kind == "sft":
        return extract_code(record["response"])
    if data.kind in ("ppo", "eval") and isinstance(record.get("solution"), str):
        return record["solution"]
    return None


def check_references(files: list[DataFile]) -> None:
    """Every reference passes its own tests; all files' programs go to one sandbox in one batch."""
    jobs = []
    for data in files:
        for i, record in enumerate(data.records):
            code = reference_code(data, record)
            if code is not None:
                # (the entry point lets tests see a function that shadows a builtin: see rlhf_code.sandbox)
                jobs.append((data, i, record_program(code, record)))
    if not jobs:
        return
    with Sandbox(SandboxConfig()) as sandbox:
        results = sandbox.run([program for _, _, program in jobs])
    for (data, i, _), result in zip(jobs, results):
        data.references += 1
        if not result.passed:
            reason = " ".join(str(result.reason).split())[:REASON_CHARS]
            data.problems.append(
                f"{data.where(i)}: reference fails its tests ({result.status}, "
                f"{result.tests_passed}/{result.tests_total} passed): {reason}"
            )


def check_rm_scores(data: DataFile) -> None:
    """A non-compiling response must have the lowest score among its prompt's responses."""
    by_prompt: dict[str, list[int]] = defaultdict(list)
    for i, record in enumerate(data.records):
        by_prompt[record["prompt"]].append(i)
    for indices in by_prompt.values():
        compiling = [i for i in indices if compiles(extract_code(data.records[i]["response"]))]
        if len(compiling) == len(indices) or not compiling:
            continue
        lowest = min(compiling, key=lambda i: data.records[i]["score"])
        floor = data.records[lowest]["score"]
        for i in indices:
            score = data.records[i]["score"]
            if i not in compiling and score > floor:
                data.problems.append(
                    f"{data.where(i)}: response does not compile but scores {score}, above the {floor} of "
                    f"a compiling response to the same prompt ({data.where(lowest)})"
                )


def normalise(prompt: str) -> str:
    text = unicodedata.normalize("NFKC", prompt).lower()
    return re.sub(r"[\W_]+", "", text)


def entry_points(record: dict) -> set[str]:
    """The record's ``entry_point``, or else the non-builtin names its tests call."""
    if isinstance(record.get("entry_point"), str) and record["entry_point"]:
        return {record["entry_point"]}
    names = set()
    for test in record.get("tests", []):
        try:
            tree = ast.parse(test)
        except SyntaxError:
            continue
        names |= {node.func.id for node in ast.walk(tree)
                  if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}
    return names - _BUILTINS


def task_names(record: dict) -> set[str]:
    """The names that identify a record's task across files: its entry points, except in a generated family
    (``composition`` field), whose function names are shared by design."""
    return set() if "composition" in record else entry_points(record)


def check_training_splits(training: list[DataFile]) -> None:
    """No prompt and no task name is in two training files of different kinds."""
    seen: dict[str, tuple[str, str]] = {}  # prompt or name -> (kind, where it first occurs)
    for data in training:
        for i, record in enumerate(data.records):
            keys = [("prompt", normalise(record["prompt"]))] + [("entry point", n) for n in sorted(task_names(record))]
            for what, key in keys:
                kind, where = seen.setdefault(f"{what}:{key}", (data.kind, data.where(i)))
                if kind != data.kind:
                    shown = f" '{key}'" if what == "entry point" else ""
                    data.problems.append(f"{data.where(i)}: {what}{shown} is also in the {kind} split ({where}); "
                                         "SFT, RM and PPO prompts must be disjoint")


def check_held_out(evals: list[DataFile], training: list[DataFile], similarity: float) -> None:
    """No eval prompt (near-)duplicates a training prompt; no eval entry point is a training one; no eval
    composition of a generated family is a training one."""
    train_prompts: dict[str, str] = {}  # normalised prompt -> where it first occurs
    family_prompts: set[str] = set()  # normalised prompts of generated-family records
    train_names: dict[str, str] = {}
    train_compositions: dict[str, str] = {}
    for data in training:
        for i, record in enumerate(data.records):
            if "composition" in record:
                family_prompts.add(normalise(record["prompt"]))
                train_compositions.setdefault(str(record["composition"]), data.where(i))
            else:
                train_prompts.setdefault(normalise(record["prompt"]), data.where(i))
            for name in task_names(record):
                train_names.setdefault(name, data.where(i))

    for data in evals:
        for i, record in enumerate(data.records):
            prompt = normalise(record["prompt"])
            if "composition" in record:
                composition = str(record["composition"])
                if composition in train_compositions:
                    data.problems.append(f"{data.where(i)}: composition '{composition}' is used in training "
                                         f"({train_compositions[composition]})")
                if prompt in family_prompts:
                    data.problems.append(f"{data.where(i)}: prompt is a training prompt")
                continue
            match = _most_similar(prompt, train_prompts, similarity)
            if match is not None:
                ratio, other = match
                data.problems.append(
                    f"{data.where(i)}: prompt duplicates training prompt {train_prompts[other]} "
                    f"(similarity {ratio:.2f})"
                )
            for name in sorted(entry_points(record) & train_names.keys()):
                data.problems.append(f"{data.where(i)}: entry point '{name}' is used in training ({train_names[name]})")


def _most_similar(prompt: str, candidates: dict[str, str], threshold: float) -> tuple[float, str] | None:
    """(ratio, candidate) of the most similar candidate at or above ``threshold``, or None."""
    if prompt in candidates:
        return 1.0, prompt
    matcher = difflib.SequenceMatcher(None, autojunk=False)
    matcher.set_seq2(prompt)  # SequenceMatcher caches facts about seq2, so the fixed text goes there
    best = None
    for candidate in candidates:
        matcher.set_seq1(candidate)
        # real_quick_ratio and quick_ratio are cheap upper bounds of ratio: skip hopeless pairs early
        if matcher.real_quick_ratio() < threshold or matcher.quick_ratio() < threshold:
            continue
        ratio = matcher.ratio()
        if ratio >= threshold and (best is None or ratio > best[0]):
            best = (ratio, candidate)
    return best


def run_checks(files: list[DataFile], similarity: float = DEFAULT_SIMILARITY) -> None:
    """Run every check, adding problems to the files."""
    check_references(files)
    for data in files:
        if data.kind == "rm":
            check_rm_scores(data)
    evals = [data for data in files if data.kind == "eval"]
    training = [data for data in files if data.kind in TRAINING_KINDS]
    check_training_splits(training)
    if evals and training:
        check_held_out(evals, training, similarity)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m rlhf_code.datacheck",
        description=__doc__.split("\n\n")[0] + " Exit status: 0 clean, 2 problems found.",
        epilog="Checks: schema; tests compile; SFT responses and the optional 'solution' of PPO/eval records "
        "pass their tests in the sandbox; non-compiling RM responses score lowest of their prompt; no eval "
        "prompt duplicates or nearly duplicates (normalised text, difflib ratio >= --similarity) a training "
        "prompt and no eval entry point is used in training; no prompt or entry point is in two of the SFT, RM and "
        "PPO files; generated-family records (with a 'composition' field) are held out by composition.",
    )
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE", help="JSONL data files to check")
    parser.add_argument("--kind", choices=sorted(SCHEMAS), help="kind of every FILE (default: from its name)")
    parser.add_argument("--eval", type=Path, action="append", default=[], metavar="EVAL_FILE",
                        help="eval file to check and to compare the training files against (repeatable)")
    parser.add_argument("--similarity", type=float, default=DEFAULT_SIMILARITY,
                        help=f"near-duplicate threshold on the difflib ratio (default {DEFAULT_SIMILARITY})")
    args = parser.parse_args(argv)

    named = [(path, args.kind or infer_kind(path)) for path in args.files] + [(path, "eval") for path in args.eval]
    unknown = [path for path, kind in named if kind is None]
    if unknown:
        for path in unknown:
            print(f"{path}: cannot tell the kind from the file name; name it {'/'.join(KIND_BY_NAME)}*.jsonl "
                  "or pass --kind")
        return 2

    files = [load(path, kind) for path, kind in named]
    run_checks(files, args.similarity)
    for data in files:
        for problem in data.problems:
            print(problem)
    for data in files:
        references = f", {data.references} reference(s) run" if data.references else ""
        print(f"{data.path}: {data.kind}, {len(data.records)} record(s){references}, "
              f"{len(data.problems)} problem(s)")
    return 2 if any(data.problems for data in files) else 0


if __name__ == "__main__":
    sys.exit(main())
