"""What is wrong with the tiny family's held-out answers: each sampled answer of an evaluation, sorted by its error.

    python bench/tiny_errors.py outputs/eval/samples.jsonl [--problems data/tiny/eval_problems.jsonl]

Every task of the family (tools/build_tiny_data.py) is one line per step between ``def`` and ``return``, so an answer
that fails can be compared with the reference solution line by line: it prints the result instead of returning it
(one slip of the SFT demonstrations), has fewer steps than asked (the other), more steps, the right steps with a wrong
constant, or a wrong step or order. Answers that are not task code (rlhf_code.pycode.is_task_code, as judged by
evaluate.py) are counted apart. Prints one row per model, in percent of its sampled answers (greedy answers are
left out). The table in docs/benchmarks.md ("What PPO changes") comes from this script.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

KINDS = ("passes", "prints, no return", "fewer steps", "more steps", "wrong constant", "wrong step or order",
         "not task code")


def steps(code: str) -> list[str]:
    """The lines of a function body between ``def`` and ``return``, comments aside: one per step in the family's
    solutions."""
    lines = (line.strip() for line in code.strip().splitlines())
    return [line for line in lines if line and not line.startswith(("def ", "return", "#"))]


def error_kind(sample: dict, solution: str) -> str:
    if sample["passed"]:
        return "passes"
    if not sample.get("task_code"):
        return "not task code"
    completion = sample.get("completion") or ""
    if "print(" in completion and not re.search(r"^\s*return\b", completion, re.MULTILINE):
        return "prints, no return"
    want, got = steps(solution), steps(completion)
    if len(got) != len(want):
        return "fewer steps" if len(got) < len(want) else "more steps"
    without_constants = [re.sub(r"\d+", "N", line) for line in got] == [re.sub(r"\d+", "N", line) for line in want]
    return "wrong constant" if without_constants else "wrong step or order"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("samples", type=Path, help="evaluate.py's samples.jsonl")
    parser.add_argument("--problems", type=Path, default=Path(__file__).resolve().parents[1] / "data/tiny/eval_problems.jsonl",
                        help="the evaluated problems, with their reference 'solution' (default: data/tiny's)")
    args = parser.parse_args(argv)
    solutions = {}
    for line in args.problems.read_text(encoding="utf-8").splitlines():
        problem = json.loads(line)
        solutions[problem["task_id"]] = problem["solution"]
    counts: dict[str, Counter] = {}
    for line in args.samples.read_text(encoding="utf-8").splitlines():
        sample = json.loads(line)
        if sample.get("decoding") == "sampled":
            counts.setdefault(sample["model"], Counter())[error_kind(sample, solutions[sample["task_id"]])] += 1
    print("| model | answers | " + " | ".join(KINDS) + " |")
    print("|---|---:|" + "---:|" * len(KINDS))
    for model, count in counts.items():
        total = sum(count.values())
        print(f"| {model} | {total} | " + " | ".join(f"{100 * count[k] / total:.1f}%" for k in KINDS) + " |")


if __name__ == "__main__":
    main()
