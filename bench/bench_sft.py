"""SFT throughput and memory: the seed's settings, the project's config, and the project's tuned path.

One CUDA GPU (Qwen2.5-Coder-1.5B's exact configuration, random weights, bf16):

    python bench/bench_sft.py --json-out bench/results.jsonl

CPU harness check (2-layer model, short sequences; not a performance figure):

    python bench/bench_sft.py --small --steps 2 --warmup 1

Every run goes through the project's own training path: TRL's ``SFTTrainer`` with the project's ``SFTStageConfig``,
on pre-tokenized synthetic sequences (lengths from bench/common.py, mean ~250, max 512), so the figures include the
collator, the optimizer and the trainer's bookkeeping a user pays for. Variants, each in full fine-tuning and LoRA
(the project's LoRA: TRL ``ModelConfig`` defaults, r 16 on q_proj/v_proj), 16 sequences per optimizer step:

- seed: micro-batch 1, every sequence padded to 512, activation checkpointing, plain (unfused) AdamW;
- config: configs/qwen2.5-coder-1.5b/sft.yaml as it stands (pad to the longest sequence of a micro-batch);
- project: the config plus padding-free micro-batches of 8 (varlen flash-attention when flash_attn is installed,
  else SDPA with a block-diagonal mask), fused AdamW, and Liger kernels when liger_kernel is importable.

A step is one optimizer step. Tokens/s counts real (non-pad) tokens of the measured steps only; MFU and the
FLOPs formula are in bench/common.py; peak memory is torch.cuda.max_memory_allocated over the whole run.
"""

from __future__ import annotations

import importlib.util
import tempfile
from dataclasses import dataclass, replace

import common
import torch
import yaml
from datasets import Dataset
from trl import ModelConfig, SFTTrainer, get_peft_config

from rlhf_code.sft import SFTStageConfig

CONFIG = common.REPO / "configs/qwen2.5-coder-1.5b/sft.yaml"
PROJECT_MICRO_BATCH = 8


@dataclass(frozen=True)
class Variant:
    name: str
    micro_batch: int
    grad_accum: int
    pad_to_max: bool  # pad every sequence to max_length, as the seed did
    padding_free: bool
    activation_checkpointing: bool
    optim: str
    liger: bool

    @property
    def padding(self) -> str:
        return "free" if self.padding_free else "to max" if self.pad_to_max else "longest"


def variants(config: dict, micro_batch: int, grad_ckpt: str, use_liger: bool) -> dict[str, Variant]:
    """The three settings, from sft.yaml's values (``config``) and the project variant's options."""
    sequences = config["per_device_train_batch_size"] * config["gradient_accumulation_steps"]
    default_optim = SFTStageConfig.__dataclass_fields__["optim"].default
    from_config = Variant("config", config["per_device_train_batch_size"], config["gradient_accumulation_steps"],
                          False, False, config["activation_checkpointing"], config.get("optim", default_optim), False)
    if sequences % micro_batch:
        raise SystemExit(f"error: --micro-batch must divide the config's {sequences} sequences per step")
    project = replace(from_config, name="project", micro_batch=micro_batch, grad_accum=sequences // micro_batch,
                      padding_free=True, optim="adamw_torch_fused", liger=use_liger,
                      activation_checkpointing=from_config.activation_checkpointing if grad_ckpt == "config"
                      else grad_ckpt == "on")
    seed = Variant("seed", 1, sequences, True, False, True, "adamw_torch", False)
    return {v.name: v for v in (seed, from_config, project)}


def run_one(variant: Variant, lora: bool, args, config, tokenizer, dataset: Dataset, device: torch.device) -> dict:
    row = {"bench": "sft", "variant": variant.name, "mode": "lora" if lora else "full",
           "micro_batch": variant.micro_batch, "grad_accum": variant.grad_accum, "padding": variant.padding,
           "grad_ckpt": variant.activation_checkpointing, "optim": variant.optim, "liger": variant.liger,
           "attn": common.attention_implementation(device), "steps": args.steps}
    common.release_memory(device)
    common.reset_peak_memory(device)
    try:
        with tempfile.TemporaryDirectory() as out:
            training = SFTStageConfig(
                output_dir=out, per_device_train_batch_size=variant.micro_batch,
                gradient_accumulation_steps=variant.grad_accum, max_steps=args.warmup + args.steps,
                # Padding-free batches bypass TRL's truncation; the synthetic sequences are never longer anyway.
                max_length=None if variant.padding_free else args.max_length,
                pad_to_multiple_of=args.max_length if variant.pad_to_max else None,
                padding_free=variant.padding_free, activation_checkpointing=variant.activation_checkpointing,
                optim=variant.optim, use_liger_kernel=variant.liger, bf16=device.type == "cuda",
                use_cpu=device.type == "cpu", seed=args.seed, report_to="none", save_strategy="no",
                logging_strategy="no", disable_tqdm=True,
            )
            model = common.build_causal_lm(config, device)
            trainer = SFTTrainer(model=model, args=training, train_dataset=dataset, processing_class=tokenizer,
                                 peft_config=get_peft_config(ModelConfig(use_peft=True)) if lora else None)
            recorder = common.BatchRecorder(trainer.data_collator)
            trainer.data_collator = recorder
            timer = common.StepTimer(args.warmup, device)
            trainer.add_callback(timer)
            trainer.train()
            adapter = sum(p.numel() for p in trainer.model.parameters() if p.requires_grad) if lora else None
            del trainer, model
    except torch.OutOfMemoryError:
        return {**row, "status": "OOM", "peak_gib": common.peak_memory_gib(device)}
    return {**row, **common.step_metrics(recorder, timer, args.steps, variant.grad_accum, config, device,
                                         adapter_params=adapter)}


COLUMNS = [("variant", "variant", 0), ("mode", "mode", 0), ("micro_batch", "micro-batch", 0),
           ("grad_accum", "accum", 0), ("padding", "padding", 0), ("grad_ckpt", "act. ckpt", 0), ("optim", "optim", 0),
           ("liger", "Liger", 0), ("attn", "attention", 0), ("status", "status", 0), ("tokens_per_s", "tokens/s", 0),
           ("pad_pct", "pad %", 1), ("tflops", "TFLOP/s", 2), ("mfu_pct", "MFU %", 1), ("peak_gib", "peak GiB", 2),
           ("speedup", "x seed", 2)]


def main(argv: list[str] | None = None) -> int:
    parser = common.base_parser(__doc__, steps=8, warmup=2)
    parser.add_argument("--variants", nargs="+", default=["seed", "config", "project"],
                        choices=["seed", "config", "project"], help="which settings to measure (default: all)")
    parser.add_argument("--modes", nargs="+", default=["full", "lora"], choices=["full", "lora"],
                        help="full fine-tuning and/or LoRA (default: both)")
    parser.add_argument("--micro-batch", type=int, default=PROJECT_MICRO_BATCH,
                        help="project variant's micro-batch; accumulation keeps 16 sequences per step "
                             f"(default: {PROJECT_MICRO_BATCH})")
    parser.add_argument("--grad-ckpt", default="config", choices=["config", "on", "off"],
                        help="project variant's activation checkpointing (default: as in sft.yaml)")
    parser.add_argument("--liger", default="auto", choices=["auto", "on", "off"],
                        help="project variant's Liger kernels (default: on a GPU when liger_kernel is importable)")
    args, device = common.parse(parser, argv)
    torch.manual_seed(args.seed)
    config = common.model_config(args.small)
    stage_config = yaml.safe_load(CONFIG.read_text(encoding="utf-8"))
    args.max_length, mean_length = (128, 64) if args.small else (stage_config["max_length"], 250)
    # Liger's kernels are Triton (GPU only): "auto" turns them on where they can run.
    use_liger = (args.liger == "on" or args.liger == "auto" and device.type == "cuda"
                 and importlib.util.find_spec("liger_kernel") is not None)
    chosen = variants(stage_config, args.micro_batch, args.grad_ckpt, use_liger)
    per_step = chosen["seed"].micro_batch * chosen["seed"].grad_accum
    tokenizer = common.build_tokenizer(config.vocab_size)
    dataset = Dataset.from_dict({"input_ids": common.synthetic_sequences(
        (args.warmup + args.steps) * per_step, mean_length, args.max_length, config.vocab_size, args.seed)})
    rows = [run_one(chosen[name], mode == "lora", args, config, tokenizer, dataset, device)
            for mode in args.modes for name in args.variants]
    for row in rows:
        seed = next((r for r in rows if (r["variant"], r["mode"], r["status"]) == ("seed", row["mode"], "ok")), None)
        if seed is not None and row["status"] == "ok":
            row["speedup"] = row["tokens_per_s"] / seed["tokens_per_s"]
    common.report(rows, COLUMNS, device, args.json_out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
