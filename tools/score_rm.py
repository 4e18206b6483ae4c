"""Reward-model scores computed from measured facts, and a CLI that recomputes them in an RM data file.

The rule, applied to one response to a prompt with assert tests:

    code      = rlhf_code.pycode.extract_code(response)
    if not compiles(code):                                  score = 0.0
    else:
        p         = tests passed / tests run                  (in rlhf_code.sandbox)
        lint_term = 1 / (1 + ruff findings)                   (rules: rlhf_code.pycode.LINT_RULES)
        explained = 1 if has_explanation(response) else 0     (prose of 8+ words/CJK characters)
        score     = 0.1 + p * (0.6 + 0.2 * lint_term + 0.1 * explained)
    rounded to 3 decimals.

Why this shape: code that does not compile always scores 0, the lowest score of its prompt. Valid
Python earns 0.1. Everything else is scaled by the pass fraction, so style and explanation only earn
credit for code that works: a tidy, well-explained but wrong or off-topic answer scores 0.1, not more
than a partly right one. A fully correct answer earns 0.7, plus up to 0.2 for lint-clean code and 0.1
for explaining it, so on average clean-correct (1.0) > correct but poor style or unexplained
(0.7-0.9) > partly wrong > off-topic (0.1) > not compiling (0).

Run (records need a ``tests`` field; records without one are skipped and keep their score)::

    python tools/score_rm.py rm_data.jsonl            # exit 1 when any stored score differs
    python tools/score_rm.py rm_data.jsonl --write    # store the recomputed scores
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as `python tools/score_rm.py`: make the repo root importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rlhf_code.data import validate_records
from rlhf_code.pycode import compiles, extract_code, has_explanation, lint_findings
from rlhf_code.sandbox import Program, Sandbox, SandboxConfig

BASE = 0.1
FUNCTIONAL = 0.6
STYLE = 0.2
EXPLANATION = 0.1
DECIMALS = 3
SHOWN_CHANGES = 10


@dataclass(frozen=True)
class Facts:
    """What was measured about one response."""

    compiles: bool
    pass_fraction: float  # 0.0 when the code does not compile (it is not run)
    lint_findings: int  # 0 when the code does not compile (it is not linted)
    explained: bool

    @property
    def score(self) -> float:
        if not self.compiles:
            return 0.0
        quality = FUNCTIONAL + STYLE / (1 + self.lint_findings) + EXPLANATION * self.explained
        return round(BASE + self.pass_fraction * quality, DECIMALS)


def measure(items: Sequence[tuple[Sequence[str], str]], sandbox: Sandbox | None = None) -> list[Facts]:
    """Facts for each ``(tests, response)``: compiling code is run once in the sandbox and linted in one batch.

    Pass an open ``sandbox`` to reuse it; otherwise one is opened with the default config.
    """
    codes = [extract_code(response) for _, response in items]
    valid = [i for i, code in enumerate(codes) if compiles(code)]
    programs = [Program(code=codes[i], tests=list(items[i][0])) for i in valid]
    if not programs:
        results = []
    elif sandbox is None:
        with Sandbox(SandboxConfig()) as own:
            results = own.run(programs)
    else:
        results = sandbox.run(programs)
    findings = lint_findings([codes[i] for i in valid])

    measured = {
        i: (result.tests_passed / result.tests_total if result.tests_total else 0.0, lint)
        for i, result, lint in zip(valid, results, findings)
    }
    facts = []
    for i, (_, response) in enumerate(items):
        pass_fraction, lint = measured.get(i, (0.0, 0))
        facts.append(Facts(i in measured, pass_fraction, lint, has_explanation(response)))
    return facts


def score_responses(items: Sequence[tuple[Sequence[str], str]], sandbox: Sandbox | None = None) -> list[float]:
    """Scores of ``(tests, response)`` pairs by the rule in the module docstring."""
    return [facts.score for facts in measure(items, sandbox)]


def _record_lines(path: Path, records: list[dict]) -> list[int]:
    """Line number of each validated record (they are the file's non-blank lines, in order)."""
    lines = [n for n, line in enumerate(path.read_bytes().splitlines(), start=1) if line.strip()]
    return lines[: len(records)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Exit status: 0 when every stored score matches (or --write stored them), 1 when some differ, "
        "2 when the file is invalid.",
    )
    parser.add_argument("path", type=Path, help="RM data file (JSONL with prompt, response, score, tests)")
    parser.add_argument("--write", action="store_true", help="rewrite the file with the recomputed scores")
    args = parser.parse_args(argv)

    records, problems = validate_records(args.path, "rm")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 2
    lines = _record_lines(args.path, records)
    scored = [i for i, record in enumerate(records) if record.get("tests")]
    new_scores = score_responses([(records[i]["tests"], records[i]["response"]) for i in scored])

    changed = [(i, new) for i, new in zip(scored, new_scores) if abs(records[i]["score"] - new) > 1e-9]
    for i, new in changed[:SHOWN_CHANGES]:
        print(f"{args.path}:{lines[i]}: score {records[i]['score']} -> {new}")
    if len(changed) > SHOWN_CHANGES:
        print(f"... and {len(changed) - SHOWN_CHANGES} more")
    skipped = len(records) - len(scored)
    print(f"{args.path}: {len(records)} records, {len(scored)} rescored, {len(changed)} changed, "
          f"{skipped} skipped (no tests)")

    if args.write and changed:
        for i, new in changed:
            records[i]["score"] = new
        args.path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        print(f"{args.path}: wrote {len(changed)} new score(s)")
        return 0
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
