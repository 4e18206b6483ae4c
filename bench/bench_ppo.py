"""One PPO iteration of the project's loop, and of TRL 1.12's PPOTrainer on the same shapes when it can run.

One CUDA GPU (Qwen2.5-Coder-1.5B's exact configuration, random weights, bf16; 64 prompts of 120 tokens, 256 new
tokens, configs/qwen2.5-coder-1.5b/ppo.yaml for everything else):

    python bench/bench_ppo.py --json-out bench/results.jsonl

TRL's PPOTrainer exists only in trl<=1.12, while the project pins a newer trl; to get both sides in the same run,
use a second environment that shares everything else:

    python -m venv --system-site-packages .venv-trl112 && .venv-trl112/bin/pip install --no-deps trl==1.12.0
    .venv-trl112/bin/python bench/bench_ppo.py --json-out bench/results.jsonl

CPU harness check (2-layer model, 8 prompts, 16 new tokens; not a performance figure):

    python bench/bench_ppo.py --small --steps 1 --warmup 1

Project side: ``rlhf_code.ppo.run`` on a saved random model (SFT-like directory with a word-level tokenizer whose
vocabulary is the model's, so decoded responses re-tokenize to the same length), with ``reward_model_path none``
and a reward function in its place: by default a random reward model of the same configuration scored through
the project's ``rlhf_code.reward_model.score`` (the work the default config does, minus the sandbox), or with
``--reward length`` a response-length function (policy work only). Rollout and update seconds are the loop's own
``rollout_seconds``/``update_seconds`` log fields; the KL early stop is off so that every iteration does all its
epochs, like TRL's.

TRL side: the same saved model as LoRA policy (same LoRA settings, reference = adapters off), a value model
(sequence classifier on the same weights, trained in full: TRL has no shared value head) and the same reward
model; rollout batch, minibatch, micro-batch, epochs, response length and activation checkpointing as the
project's. Rollout ends at the first training forward of an iteration.

Peak memory, both sides: torch.cuda.max_memory_allocated over the whole run, reward model included.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import common
import numpy as np
import torch
import trl
import yaml
from datasets import Dataset
from peft import LoraConfig
from transformers import (
    AutoModelForCausalLM,
    AutoModelForSequenceClassification,
    TrainerCallback,
)

from rlhf_code.config import UserError
from rlhf_code.data import format_prompt
from rlhf_code.models import end_of_turn_ids, load_tokenizer
from rlhf_code.ppo import PPOArguments, run
from rlhf_code.reward_model import RMArguments, score

CONFIG = common.REPO / "configs/qwen2.5-coder-1.5b/ppo.yaml"
TRL_INSTALL = ("python -m venv --system-site-packages .venv-trl112 && "
               ".venv-trl112/bin/pip install --no-deps trl==1.12.0, then run this script with .venv-trl112/bin/python")


def make_prompts(tokenizer, n: int, length: int, rng: np.random.Generator) -> list[str]:
    """``n`` prompts of random words whose chat-formatted form is exactly ``length`` tokens."""
    overhead = len(tokenizer(format_prompt(tokenizer, "w100"), add_special_tokens=False)["input_ids"]) - 1
    if length <= overhead:
        raise SystemExit(f"error: --prompt-tokens must exceed the chat template's {overhead} tokens")
    return [" ".join(f"w{i}" for i in rng.integers(common.first_word_id(), len(tokenizer), length - overhead))
            for _ in range(n)]


def write_model_dir(path: Path, config, tokenizer, device: torch.device) -> Path:
    """A random causal LM and the tokenizer, as an SFT stage would leave them."""
    model = common.build_causal_lm(config, device)
    model.generation_config.eos_token_id = end_of_turn_ids(tokenizer)
    model.generation_config.pad_token_id = tokenizer.pad_token_id
    model.save_pretrained(path)
    tokenizer.save_pretrained(path)
    del model
    common.release_memory(device)
    return path


def reward_function(kind: str, reward_model, tokenizer, args: PPOArguments):
    """The reward-model component as CodeRewards computes it (at the RM's default training length), or a length score."""
    def rm(prompts, responses, records):
        return {"rm": np.array(score(reward_model, tokenizer, list(prompts), list(responses),
                                     max_length=RMArguments.max_length))}

    def length(prompts, responses, records):
        return {"length": np.array([len(r.split()) / args.max_new_tokens for r in responses])}

    return {"rm": rm, "length": length}[kind]


def run_project(args, settings: dict, model_dir: Path, data_path: Path, reward_model, device, work: Path) -> dict:
    row = {"bench": "ppo", "side": "project", "policy": f"LoRA r{settings['lora_r']} + value head"}
    ppo_args = PPOArguments(**{
        **settings, "model_name_or_path": str(model_dir), "reward_model_path": "none", "data_path": str(data_path),
        "output_dir": str(work / "ppo"), "total_iterations": args.warmup + args.steps,
        "rollout_batch_size": args.prompts, "mini_batch_size": args.mini_batch, "micro_batch_size": args.micro_batch,
        "max_new_tokens": args.new_tokens, "approx_kl_limit": None, "log_samples_every": 0, "save_every": 0,
        "report_to": "none", "bf16": device.type == "cuda", "seed": args.seed,
    })
    tokenizer = load_tokenizer(str(model_dir))  # right padding, as the project's reward scoring loads it
    reward_fn = reward_function(args.reward, reward_model, tokenizer, ppo_args)
    common.reset_peak_memory(device)
    try:
        final = run(ppo_args, reward_fn=reward_fn, weights={args.reward: 1.0})
    except UserError as err:  # the loop turns an out-of-memory error into advice
        if isinstance(err.__cause__, torch.OutOfMemoryError):
            return {**row, "status": "OOM", "peak_gib": common.peak_memory_gib(device)}
        raise
    peak = common.peak_memory_gib(device)
    log = [json.loads(line) for line in (final / "ppo_log.jsonl").read_text(encoding="utf-8").splitlines() if line]
    measured = [entry for entry in log if entry["step"] > args.warmup]
    mean = {key: float(np.mean([entry[key] for entry in measured]))
            for key in ("rollout_seconds", "update_seconds", "seconds", "generate_seconds", "response_len_mean")}
    return {**row, "status": "ok", "rollout_s": mean["rollout_seconds"], "update_s": mean["update_seconds"],
            "iteration_s": mean["seconds"], "response_len": mean["response_len_mean"],
            "gen_tokens_per_s": args.prompts * mean["response_len_mean"] / mean["generate_seconds"], "peak_gib": peak}


class IterationTimer(TrainerCallback):
    """Synchronised marks at each iteration's start and end, and at its first training forward (update start)."""

    def __init__(self, device: torch.device):
        self.device, self.marks, self.update_starts = device, [], []

    def on_train_begin(self, args, state, control, **kwargs):
        self.marks.append(common.now(self.device))

    def on_step_end(self, args, state, control, **kwargs):
        self.marks.append(common.now(self.device))

    def forward_pre_hook(self, module, inputs):
        if len(self.update_starts) < len(self.marks):  # the first training forward of this iteration
            self.update_starts.append(common.now(self.device))


def run_trl(args, settings: dict, model_dir: Path, prompts: list[str], reward_model, device, work: Path) -> dict:
    row = {"bench": "ppo", "side": "trl", "policy": f"LoRA r{settings['lora_r']} + separate critic",
           "trl_forward_batch": args.trl_forward_batch or args.prompts}
    try:
        from trl.experimental.ppo import PPOConfig, PPOTrainer
    except ImportError:
        print(f"TRL PPOTrainer: not available in trl {trl.__version__} (needs trl==1.12 in a separate environment: "
              f"{TRL_INSTALL})")
        return {**row, "status": f"n/a (trl {trl.__version__})"}

    tokenizer = load_tokenizer(str(model_dir), padding_side="left")
    encoded = [tokenizer(format_prompt(tokenizer, p), add_special_tokens=False)["input_ids"] for p in prompts]
    dataset = Dataset.from_dict({"input_ids": encoded * (args.warmup + args.steps)})
    dtype = common.dtype_for(device)
    common.reset_peak_memory(device)
    try:
        policy = AutoModelForCausalLM.from_pretrained(model_dir, dtype=dtype).to(device)
        critic = AutoModelForSequenceClassification.from_pretrained(model_dir, num_labels=1, dtype=dtype).to(device)
        critic.config.pad_token_id = tokenizer.pad_token_id
        if settings["activation_checkpointing"]:
            for model in (policy, critic):
                model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
        config = PPOConfig(
            output_dir=str(work / "trl"), per_device_train_batch_size=args.micro_batch,
            gradient_accumulation_steps=args.prompts // args.micro_batch,
            num_mini_batches=args.prompts // args.mini_batch,
            num_ppo_epochs=settings["ppo_epochs"], total_episodes=len(dataset),
            local_rollout_forward_batch_size=args.trl_forward_batch or args.prompts,
            response_length=args.new_tokens, temperature=settings["temperature"], kl_coef=settings["kl_coef"],
            learning_rate=settings["learning_rate"], stop_token_id=tokenizer.convert_tokens_to_ids("<|im_end|>"),
            num_sample_generations=0, gradient_checkpointing=False,  # applied above, as the project does
            bf16=device.type == "cuda", use_cpu=device.type == "cpu", seed=args.seed, report_to="none",
            save_strategy="no", disable_tqdm=True,
        )
        lora = LoraConfig(r=settings["lora_r"], lora_alpha=settings["lora_alpha"], lora_dropout=0.0,
                          target_modules="all-linear", task_type="CAUSAL_LM")
        trainer = PPOTrainer(args=config, processing_class=tokenizer, model=policy, ref_model=None,
                             reward_model=reward_model, value_model=critic, train_dataset=dataset,
                             eval_dataset=dataset, peft_config=lora)
        timer = IterationTimer(device)
        trainer.add_callback(timer)
        trainer.model.register_forward_pre_hook(timer.forward_pre_hook)
        trainer.train()
    except torch.OutOfMemoryError:
        return {**row, "status": "OOM", "peak_gib": common.peak_memory_gib(device)}
    peak = common.peak_memory_gib(device)
    iterations = range(args.warmup, args.warmup + args.steps)
    rollout = np.mean([timer.update_starts[i] - timer.marks[i] for i in iterations])
    update = np.mean([timer.marks[i + 1] - timer.update_starts[i] for i in iterations])
    return {**row, "status": "ok", "rollout_s": float(rollout), "update_s": float(update),
            "iteration_s": float(rollout + update), "peak_gib": peak}


COLUMNS = [("side", "loop", 0), ("policy", "policy / critic", 0), ("prompts", "prompts", 0),
           ("prompt_tokens", "prompt tokens", 0), ("new_tokens", "new tokens", 0), ("reward", "reward", 0),
           ("status", "status", 0), ("rollout_s", "rollout s", 2), ("update_s", "update s", 2),
           ("iteration_s", "iteration s", 2), ("response_len", "mean response", 1),
           ("gen_tokens_per_s", "generated tokens/s", 0), ("peak_gib", "peak GiB", 2), ("speedup", "x TRL", 2)]


def main(argv: list[str] | None = None) -> int:
    parser = common.base_parser(__doc__, steps=2, warmup=1)
    parser.add_argument("--prompts", type=int, help="rollout batch (default: ppo.yaml's 64; --small: 8)")
    parser.add_argument("--prompt-tokens", type=int, help="chat-formatted prompt length (default: 120; --small: 40)")
    parser.add_argument("--new-tokens", type=int, help="max new tokens (default: 256; --small: 16)")
    parser.add_argument("--mini-batch", type=int, help="rollouts per optimizer step (default: ppo.yaml; --small: 4)")
    parser.add_argument("--micro-batch", type=int, help="rollouts per forward/backward (default: ppo.yaml; --small: 2)")
    parser.add_argument("--reward", default="rm", choices=["rm", "length"],
                        help="rm: a random reward model scores every response (default); length: no model")
    parser.add_argument("--no-trl", action="store_true", help="measure the project's loop only")
    parser.add_argument("--trl-forward-batch", type=int,
                        help="TRL's generation and scoring chunk (default: --prompts, one generate call like the "
                             "project's); lower it where TRL runs out of memory, and say so next to the figure")
    args, device = common.parse(parser, argv)
    if device.type == "cpu":
        os.environ["ACCELERATE_USE_CPU"] = "true"  # the PPO loop's Accelerator would otherwise take a visible GPU
    settings = yaml.safe_load(CONFIG.read_text(encoding="utf-8"))
    small = {"prompts": 8, "prompt_tokens": 40, "new_tokens": 16, "mini_batch": 4, "micro_batch": 2}
    full = {"prompts": settings["rollout_batch_size"], "prompt_tokens": 120, "new_tokens": settings["max_new_tokens"],
            "mini_batch": settings["mini_batch_size"], "micro_batch": settings["micro_batch_size"]}
    for key, value in (small if args.small else full).items():
        if getattr(args, key) is None:
            setattr(args, key, value)
    if args.prompts % args.mini_batch or args.mini_batch % args.micro_batch:
        parser.error("--prompts must be a multiple of --mini-batch, and --mini-batch of --micro-batch")

    torch.manual_seed(args.seed)
    config = common.model_config(args.small)
    tokenizer = common.build_tokenizer(config.vocab_size)
    config.bos_token_id = config.eos_token_id = tokenizer.eos_token_id  # like Qwen: no pad id in the config
    prompts = make_prompts(tokenizer, args.prompts, args.prompt_tokens, np.random.default_rng(args.seed))
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        model_dir = write_model_dir(work / "sft", config, tokenizer, device)
        data_path = work / "prompts.jsonl"
        data_path.write_text("".join(json.dumps({"prompt": p}) + "\n" for p in prompts), encoding="utf-8")
        reward_model = (common.build_sequence_classifier(config, device, tokenizer.pad_token_id).eval()
                        .requires_grad_(False))
        rows.append(run_project(args, settings, model_dir, data_path, reward_model, device, work))
        common.release_memory(device)
        if not args.no_trl:
            rows.append(run_trl(args, settings, model_dir, prompts, reward_model, device, work))
    shapes = {"prompts": args.prompts, "prompt_tokens": args.prompt_tokens, "new_tokens": args.new_tokens,
              "reward": args.reward, "steps": args.steps}
    rows = [{**shapes, **row} for row in rows]
    trl_row = next((r for r in rows if r["side"] == "trl" and r["status"] == "ok"), None)
    for row in rows:
        if trl_row is not None and row["status"] == "ok":
            row["speedup"] = trl_row["iteration_s"] / row["iteration_s"]
    common.report(rows, COLUMNS, device, args.json_out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
