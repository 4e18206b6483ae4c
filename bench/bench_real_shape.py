"""Real-shape smoke run on CPU: a few steps of SFT, the reward model and one PPO iteration at Qwen2.5-Coder-1.5B's
exact shape (bench/common.py), in bf16, through the real stage scripts.

The model is randomly initialised with the full 151,936-token vocabulary, and its tokenizer is the tiny preset's
(rlhf_code.tiny, built here offline from the project's data): every id it produces is in the model's range, while
the model itself samples from the whole vocabulary, as the real one does. Each stage runs as its own process
(train_sft.py, train_rm.py, train_ppo.py with the configs/qwen2.5-coder-1.5b/ settings, --bf16 true and a tiny
batch) and the script records its wall time and peak RSS beside bench_memory.py's planned peak for the same batch:

    nice -n 19 env OMP_NUM_THREADS=2 python bench/bench_real_shape.py --workdir outputs/bench-real-shape

Several GB of RAM and minutes per stage (figures in docs/benchmarks.md); not part of the test suite. With
``--small`` the same steps run on a 2-layer, 128-wide model that keeps the full vocabulary: a check of the harness
in about a minute. A stage whose resident memory passes --rss-limit-gib is stopped (reported as "over limit") so
that a shared machine does not run out of memory; PPO then runs without a reward model (--reward_model_path none).

SFT trains LoRA adapters on every linear layer (--use_peft): full fine-tuning keeps about 14.4 GiB of weights,
gradients and AdamW state at this size. The reward model is full fine-tuning, the only mode train_rm.py has.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import bench_memory
import common
import torch
from transformers import AutoModelForCausalLM

from rlhf_code.tiny import DEFAULT_CORPUS, build_tokenizer, corpus_texts

GIB = 2**30
SFT_LORA_TARGETS = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]  # every linear layer
RSS_POLL_S = 0.2


def real_shape_config(small: bool, eos_token_id: int):
    """Qwen2.5-Coder-1.5B's configuration (with ``small``: 2 layers, 128 wide), always with the full vocabulary.
    Like the real config.json: bos = eos = the tokenizer's <|endoftext|>, no pad id (the stages take the tokenizer's)."""
    overrides = {"vocab_size": common.QWEN25_CODER_1_5B["vocab_size"]} if small else {}
    return common.model_config(small, bos_token_id=eos_token_id, eos_token_id=eos_token_id, **overrides)


def write_base_model(output: Path, small: bool, seed: int) -> None:
    """The random bf16 model and the tiny tokenizer, as a directory that from_pretrained loads."""
    tokenizer = build_tokenizer(corpus_texts([common.REPO / p for p in DEFAULT_CORPUS]), 4096)
    torch.manual_seed(seed)
    model = AutoModelForCausalLM.from_config(real_shape_config(small, tokenizer.eos_token_id), dtype=torch.bfloat16)
    output.mkdir(parents=True, exist_ok=True)
    tokenizer.save_pretrained(output)
    model.save_pretrained(output)


def stage_commands(args: argparse.Namespace, work: Path, reward_model: str) -> dict[str, list[str]]:
    """The command line of each stage, on the 1.5B configs with the tiny batch of ``args``."""
    python, presets = sys.executable, "configs/qwen2.5-coder-1.5b"
    common_options = ["--bf16", "true", "--overwrite_output_dir", "true"]
    trainer = ["--per_device_train_batch_size", str(args.batch), "--gradient_accumulation_steps", "1",
               "--max_steps", str(args.steps), "--max_length", str(args.max_length), "--max_samples",
               str(args.records), "--logging_steps", "1", "--save_steps", "1000", "--report_to", "none"]
    return {
        "sft": [python, "train_sft.py", "--config", f"{presets}/sft.yaml", "--model_name_or_path", str(work / "base"),
                "--data_path", "data/tiny/sft_data.jsonl", "--output_dir", str(work / "sft"), "--use_peft", "true",
                "--lora_r", "16", "--lora_alpha", "32", "--lora_target_modules", *SFT_LORA_TARGETS,
                *trainer, *common_options],
        "rm": [python, "train_rm.py", "--config", f"{presets}/rm.yaml", "--model_name_or_path", str(work / "sft"),
               "--data_path", "data/tiny/rm_data.jsonl", "--output_dir", str(work / "rm"), "--eval_fraction", "0.25",
               "--per_device_eval_batch_size", str(args.batch), *trainer, *common_options],
        "ppo": [python, "train_ppo.py", "--config", f"{presets}/ppo.yaml", "--model_name_or_path", str(work / "sft"),
                "--reward_model_path", reward_model, "--data_path", "data/tiny/ppo_prompts.jsonl",
                "--output_dir", str(work / "ppo"), "--total_iterations", "1", "--rollout_batch_size", str(args.batch),
                "--mini_batch_size", str(args.batch), "--micro_batch_size", str(args.batch), "--ppo_epochs", "1",
                "--max_prompt_length", str(args.max_length), "--max_new_tokens", str(args.max_new_tokens),
                "--log_samples_every", "0", *common_options],
    }


def planned_gib(stage: str, args: argparse.Namespace, with_reward_model: bool) -> dict:
    """bench_memory.py's plan at the 1.5B shape for the batch this run uses (the longest sequences the options
    allow)."""
    config = common.model_config(False)
    batch = {"per_device_train_batch_size": args.batch, "max_length": args.max_length}
    if stage == "sft":
        row = bench_memory.plan_sft(config, True, batch)
    elif stage == "rm":
        row = bench_memory.plan_rm(config, batch)
    else:
        row = bench_memory.plan_ppo(config, True, overrides={
            "rollout_batch_size": args.batch, "mini_batch_size": args.batch, "micro_batch_size": args.batch,
            "max_prompt_length": args.max_length, "max_new_tokens": args.max_new_tokens},
            with_reward_model=with_reward_model)
    return bench_memory.in_gib(row)


def rss_bytes(pid: int) -> int:
    """Resident memory of process ``pid`` (0 once it is gone)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except (FileNotFoundError, ProcessLookupError):
        pass
    return 0


def run_measured(command: list[str], log: Path, rss_limit: int | None) -> dict:
    """Run ``command`` (its output to ``log``) and return its exit status, wall time and peak RSS. The peak is the
    kernel's (wait4's ru_maxrss of the process and its waited-for children, e.g. sandbox workers); the process group
    is stopped when the stage's main process passes ``rss_limit`` bytes."""
    start = time.monotonic()
    with open(log, "w", encoding="utf-8") as out:
        process = subprocess.Popen(command, cwd=common.REPO, stdout=out, stderr=subprocess.STDOUT,
                                   start_new_session=True)
    over_limit = threading.Event()

    def watch() -> None:
        while process.returncode is None and not over_limit.is_set():
            if rss_limit and rss_bytes(process.pid) > rss_limit:
                over_limit.set()
                os.killpg(process.pid, signal.SIGKILL)
            time.sleep(RSS_POLL_S)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    watcher.join()
    return {"exit": process.returncode, "over_limit": over_limit.is_set(), "wall_s": round(time.monotonic() - start, 1),
            "peak_rss_gib": round(usage.ru_maxrss * 1024 / GIB, 2)}


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workdir", type=Path, default=Path("outputs/bench-real-shape"),
                        help="Where the base model, the stages' outputs and their logs go (default: %(default)s).")
    parser.add_argument("--small", action="store_true",
                        help="2 layers, 128 wide, full vocabulary: a harness check, not a figure.")
    parser.add_argument("--stages", nargs="+", choices=["sft", "rm", "ppo"], default=["sft", "rm", "ppo"],
                        help="Stages to run, in order; each reads the outputs of the earlier ones from --workdir.")
    parser.add_argument("--batch", type=int, default=2,
                        help="Micro-batch of SFT and the RM; PPO's rollout, mini- and micro-batch (default: 2).")
    parser.add_argument("--steps", type=int, default=2, help="Optimizer steps of SFT and the RM (default: 2).")
    parser.add_argument("--records", type=int, default=8, help="Examples read from data/tiny/ (default: 8).")
    parser.add_argument("--max-length", type=int, default=128,
                        help="SFT and RM max_length, PPO max_prompt_length (default: 128).")
    parser.add_argument("--max-new-tokens", type=int, default=8, help="PPO response length (default: 8).")
    parser.add_argument("--rss-limit-gib", type=float, default=14.9,
                        help="Stop a stage whose RSS passes this (default: 14.9, i.e. 16 GB; 0: no limit).")
    parser.add_argument("--seed", type=int, default=0, help="Seed of the random weights (default: 0).")
    parser.add_argument("--json-out", help="Append one JSON line per stage to this file.")
    parser.add_argument("--write-base-model", type=Path, help=argparse.SUPPRESS)  # the first measured step, below
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    if args.write_base_model:
        write_base_model(args.write_base_model, args.small, args.seed)
        return
    work = args.workdir.resolve()
    (work / "logs").mkdir(parents=True, exist_ok=True)
    rss_limit = int(args.rss_limit_gib * GIB) or None
    rows = []
    if not (work / "base" / "config.json").exists() or "sft" in args.stages:
        base = [sys.executable, "bench/bench_real_shape.py", "--write-base-model", str(work / "base"),
                "--seed", str(args.seed), *(["--small"] if args.small else [])]
        rows.append({"stage": "base model", "command": " ".join(base[1:]),
                     **run_measured(base, work / "logs" / "base.log", rss_limit)})
    for stage in args.stages:
        rm_done = (work / "rm" / "stage_complete.json").exists()
        command = stage_commands(args, work, str(work / "rm") if rm_done else "none")[stage]
        result = run_measured(command, work / "logs" / f"{stage}.log", rss_limit)
        row = {"stage": stage, "command": " ".join(command[1:]), **result}
        if not args.small:  # bench_memory.py plans the 1.5B shape only
            plan = planned_gib(stage, args, rm_done)
            row.update(planned_gib=plan["total_gib"], planned_batch=plan["batch"])
        rows.append(row)
        print(f"{stage}: exit {result['exit']}, {result['wall_s']} s, peak RSS {result['peak_rss_gib']} GiB "
              f"(planned {row.get('planned_gib', '-')} GiB); log {work / 'logs' / f'{stage}.log'}", flush=True)
    info = {"commit": common.git_commit(), "torch": torch.__version__, "threads": torch.get_num_threads(),
            "shape": "small (2 layers, 128 wide, vocab 151936)" if args.small else "Qwen2.5-Coder-1.5B"}
    print(f"\n{info}\n\n| stage | exit | wall s | peak RSS GiB | planned GiB (batch) |\n|---|---|---|---|---|")
    for row in rows:
        exit_text = "over limit" if row["over_limit"] else row["exit"]
        plan = f"{row['planned_gib']} ({row['planned_batch']})" if "planned_gib" in row else "-"
        print(f"| {row['stage']} | {exit_text} | {row['wall_s']} | {row['peak_rss_gib']} | {plan} |")
    print("\nCommands (from the repository root):")
    for row in rows:
        print(f"  {row['stage']}: python {row['command']}")
    if args.json_out:
        with open(args.json_out, "a", encoding="utf-8") as f:
            f.writelines(json.dumps({"bench": "real-shape", **info, **row}) + "\n" for row in rows)
    if any(row["exit"] != 0 for row in rows):
        sys.exit(1)


if __name__ == "__main__":
    main()
