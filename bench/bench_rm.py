"""Reward-model training throughput and memory at the project's defaults.

One CUDA GPU (Qwen2.5-Coder-1.5B's exact configuration, random weights, bf16):

    python bench/bench_rm.py --json-out bench/results.jsonl

CPU harness check (2-layer model, short sequences; not a performance figure):

    python bench/bench_rm.py --small --steps 2 --warmup 1

The run follows rlhf_code.reward_model.run: ``AutoModelForSequenceClassification`` with one output (MSE regression),
transformers' ``Trainer`` with the project's ``RMTrainingConfig`` filled from configs/qwen2.5-coder-1.5b/rm.yaml,
and ``DataCollatorWithPadding`` (right padding to the longest sequence of a micro-batch). The data are synthetic
token sequences (lengths from bench/common.py, mean ~250, max 512) with random scores in [0, 1]. Tokens/s counts
real tokens of the measured optimizer steps; FLOPs use N without the LM head (the score head is d x 1).
"""

from __future__ import annotations

import tempfile

import common
import numpy as np
import torch
import yaml
from datasets import Dataset
from transformers import DataCollatorWithPadding, Trainer

from rlhf_code.reward_model import RMTrainingConfig

CONFIG = common.REPO / "configs/qwen2.5-coder-1.5b/rm.yaml"
# rm.yaml keys that shape a training step; logging, saving and schedule length are the benchmark's own.
STEP_KEYS = ("per_device_train_batch_size", "gradient_accumulation_steps", "learning_rate", "activation_checkpointing",
             "optim")


def run(args, config, tokenizer, dataset: Dataset, settings: dict, device: torch.device) -> dict:
    row = {"bench": "rm", "variant": args.variant_name, "micro_batch": settings["per_device_train_batch_size"],
           "grad_accum": settings["gradient_accumulation_steps"], "grad_ckpt": settings["activation_checkpointing"],
           "attn": common.attention_implementation(device), "steps": args.steps}
    common.reset_peak_memory(device)
    try:
        with tempfile.TemporaryDirectory() as out:
            training = RMTrainingConfig(
                output_dir=out, **settings, max_steps=args.warmup + args.steps, bf16=device.type == "cuda",
                use_cpu=device.type == "cpu", seed=args.seed, report_to="none", save_strategy="no",
                eval_strategy="no", logging_strategy="no", disable_tqdm=True,
            )
            model = common.build_sequence_classifier(config, device, tokenizer.pad_token_id)
            recorder = common.BatchRecorder(DataCollatorWithPadding(tokenizer))
            timer = common.StepTimer(args.warmup, device)
            trainer = Trainer(model=model, args=training, train_dataset=dataset, data_collator=recorder,
                              processing_class=tokenizer, callbacks=[timer])
            trainer.train()
            row["optim"] = getattr(training.optim, "value", training.optim)  # an enum after validation
            del trainer, model
    except torch.OutOfMemoryError:
        return {**row, "status": "OOM", "peak_gib": common.peak_memory_gib(device)}
    return {**row, **common.step_metrics(recorder, timer, args.steps, settings["gradient_accumulation_steps"], config,
                                         device, lm_head=False)}


COLUMNS = [("variant", "variant", 0), ("micro_batch", "micro-batch", 0), ("grad_accum", "accum", 0),
           ("grad_ckpt", "act. ckpt", 0), ("optim", "optim", 0), ("attn", "attention", 0), ("status", "status", 0),
           ("tokens_per_s", "tokens/s", 0), ("pad_pct", "pad %", 1), ("tflops", "TFLOP/s", 2), ("mfu_pct", "MFU %", 1),
           ("peak_gib", "peak GiB", 2)]


def main(argv: list[str] | None = None) -> int:
    parser = common.base_parser(__doc__, steps=8, warmup=2)
    parser.add_argument("--micro-batch", type=int, help="override rm.yaml's micro-batch; accumulation keeps "
                        "the sequences per optimizer step")
    parser.add_argument("--grad-ckpt", default="config", choices=["config", "on", "off"],
                        help="activation checkpointing (default: as in rm.yaml)")
    args, device = common.parse(parser, argv)
    torch.manual_seed(args.seed)
    yaml_config = yaml.safe_load(CONFIG.read_text(encoding="utf-8"))
    settings = {k: yaml_config[k] for k in STEP_KEYS if k in yaml_config}
    per_step = settings["per_device_train_batch_size"] * settings["gradient_accumulation_steps"]
    args.variant_name = "config"
    if args.micro_batch:
        if per_step % args.micro_batch:
            parser.error(f"--micro-batch must divide rm.yaml's {per_step} sequences per step")
        settings.update(per_device_train_batch_size=args.micro_batch,
                        gradient_accumulation_steps=per_step // args.micro_batch)
        args.variant_name = "tuned"
    if args.grad_ckpt != "config":
        settings["activation_checkpointing"] = args.grad_ckpt == "on"
        args.variant_name = "tuned"
    config = common.model_config(args.small)
    max_length = min(yaml_config["max_length"], 128) if args.small else yaml_config["max_length"]
    tokenizer = common.build_tokenizer(config.vocab_size)
    n = (args.warmup + args.steps) * per_step
    dataset = Dataset.from_dict({
        "input_ids": common.synthetic_sequences(n, 64 if args.small else 250, max_length, config.vocab_size, args.seed),
        "labels": np.random.default_rng(args.seed).uniform(0, 1, n).tolist(),
    })
    row = run(args, config, tokenizer, dataset, settings, device)
    common.report([row], COLUMNS, device, args.json_out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
