"""Supervised fine-tuning stage, on TRL's ``SFTTrainer``.

Each ``{"prompt", "response"}`` becomes a conversational prompt/completion pair, formatted by the tokenizer's own
chat template (ChatML for Qwen), with the loss on the response tokens only. LoRA adapters, when enabled, are merged
on save (in fp32, cast once) so that the next stage loads a plain model. In bf16, full fine-tuning steps its bf16
weights with a Kahan-summed AdamW (:mod:`rlhf_code.precision`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

from datasets import Dataset
from trl import ModelConfig, SFTConfig, SFTTrainer, get_peft_config

from . import checkpoint, jsonfile, precision
from .config import (
    DEFAULT_MODEL, check_ranges, check_trainer_settings, check_types, env_path, resolve_trainer_bf16, stage_output,
)
from .data import assistant_message, user_message, warn_overlong
from .datasets_io import DatasetArguments, records_source, stage_records
from .guards import train_with_guards
from .models import end_of_turn_ids, load_causal_lm, load_tokenizer, model_dtype, weights_bytes

OOM_HINTS = [
    "--per_device_train_batch_size 1 with a larger --gradient_accumulation_steps (same effective batch)",
    "--max_length 384 (longer examples are truncated)",
    "--activation_checkpointing true",
    "--use_peft true (LoRA: no optimizer state for the frozen weights)",
    "several GPUs: accelerate launch --config_file configs/accelerate/zero2.yaml (or zero3.yaml)",
]


@dataclass
class SFTModelArguments(ModelConfig):
    model_name_or_path: str = field(
        default_factory=env_path("MODEL_PATH", DEFAULT_MODEL),
        metadata={"help": "Base model: a Hugging Face id or a local directory (env MODEL_PATH)."},
    )


@dataclass
class SFTDataArguments:
    data_path: str = field(
        default_factory=env_path("SFT_DATA", "sft_data.jsonl"),
        metadata={"help": "JSONL file of {\"prompt\", \"response\"} records (env SFT_DATA)."},
    )
    max_samples: int | None = field(default=None, metadata={"help": "Use only the first N examples (quick trials)."})
    keep_checkpoints: bool = field(
        default=False, metadata={"help": "Keep <output_dir>-checkpoints/ after a successful run (else removed)."}
    )

    def __post_init__(self):
        check_types(self)
        check_ranges(self, {"max_samples": "at least 1"})


@dataclass
class SFTStageConfig(SFTConfig):
    """TRL's SFTConfig with the pipeline's defaults (the seed's batch 1, max length 512, lr 2e-5)."""

    output_dir: str = field(
        default_factory=stage_output("SFT_OUTPUT", "sft"),
        metadata={"help": "Final checkpoint directory (env SFT_OUTPUT, else $OUTPUT_DIR/sft, else outputs/sft)."},
    )
    per_device_train_batch_size: int = field(default=1, metadata={"help": "Micro-batch per device."})
    gradient_accumulation_steps: int = field(default=8, metadata={"help": "Micro-batches per optimizer step."})
    learning_rate: float = field(default=2e-5, metadata={"help": "Peak learning rate."})
    num_train_epochs: float = field(default=3.0, metadata={"help": "Passes over the data."})
    max_length: int | None = field(default=512, metadata={"help": "Longer examples are truncated."})
    bf16: bool | None = field(default=None, metadata={
        "help": "bf16 weights and autocast, AdamW with Kahan summation (default: on if the GPU has it; fp32 on CPU, "
                "where --bf16 true runs too, slowly)."})
    activation_checkpointing: bool | None = field(
        default=True, metadata={"help": "Recompute activations in the backward pass to save memory (gradient checkpointing)."}
    )
    save_steps: float = field(default=100, metadata={"help": "Periodic (resumable) checkpoint every N steps."})
    save_total_limit: int | None = field(default=2, metadata={"help": "Periodic checkpoints kept."})
    overwrite_output_dir: bool = field(default=False, metadata={
        "help": "Replace --output_dir even if it is not an earlier complete SFT output (by default such a directory, "
                "or a file, is left untouched and the run exits with status 2)."})

    def __post_init__(self):
        check_types(self)
        check_trainer_settings(self)
        resolve_trainer_bf16(self)
        super().__post_init__()


def build_dataset(records: list[dict]) -> Dataset:
    return Dataset.from_list([
        {"prompt": user_message(r["prompt"]), "completion": assistant_message(r["response"])} for r in records
    ])


def example_lengths(tokenizer, dataset: Dataset) -> list[int]:
    """Tokens of each example as the trainer sees it, chat template included (before truncation)."""
    texts = [tokenizer.apply_chat_template(ex["prompt"] + ex["completion"], tokenize=False) for ex in dataset]
    return [len(ids) for ids in tokenizer(texts, add_special_tokens=False)["input_ids"]]


def run(model_args: SFTModelArguments, data_args: SFTDataArguments, args: SFTStageConfig,
        dataset: DatasetArguments | None = None) -> Path:
    """Train and write the final checkpoint to ``args.output_dir``; returns that directory. ``dataset``: read
    the records from a dataset (or in another format) instead of ``data_args.data_path``."""
    data_source = records_source(data_args.data_path, dataset)
    records = stage_records(data_args.data_path, "sft", dataset)  # validated before any model is loaded
    if data_args.max_samples:
        records = records[: data_args.max_samples]
    final_dir, inputs = checkpoint.claim_training_output(
        args.output_dir, "sft", args.overwrite_output_dir,
        {"model_name_or_path": model_args.model_name_or_path, "data_path": data_source},
        weights_bytes(model_args.model_name_or_path))
    tokenizer = load_tokenizer(model_args.model_name_or_path)
    dataset = build_dataset(records)
    warn_overlong(data_source, example_lengths(tokenizer, dataset), args.max_length)

    # The trainer's own directory holds the periodic checkpoints; the final one is written atomically.
    args.output_dir = str(checkpoint.checkpoints_dir(final_dir))
    model = load_causal_lm(model_args.model_name_or_path, bf16=args.bf16)
    trainer = SFTTrainer(
        model=model, args=args, train_dataset=dataset, processing_class=tokenizer,
        peft_config=get_peft_config(model_args), optimizer_cls_and_kwargs=precision.trainer_adamw(args),
    )
    train_result = train_with_guards(trainer, checkpoint.last_checkpoint(final_dir), "SFT", "sft", OOM_HINTS)

    def write(tmp: Path) -> None:
        model = trainer.accelerator.unwrap_model(trainer.model)
        if model_args.use_peft:
            model = precision.merge_lora(model, model_dtype(args.bf16))
        # The chat template ends turns with <|im_end|>: generation must stop there, not only at the base eos.
        model.generation_config.eos_token_id = end_of_turn_ids(tokenizer)
        model.generation_config.pad_token_id = tokenizer.pad_token_id
        if model_args.use_peft:
            if trainer.is_world_process_zero():
                model.save_pretrained(tmp)
        else:
            trainer.save_model(str(tmp))  # collective under ZeRO-3; writes on the main process only
        if trainer.is_world_process_zero():
            tokenizer.save_pretrained(tmp)
            jsonfile.write(tmp / "trainer_state.json", asdict(trainer.state))

    args.output_dir = str(final_dir)
    checkpoint.save_atomically(final_dir, write, {
        "stage": "sft", "metrics": train_result.metrics, "inputs": inputs,
        "args": {"model": vars(model_args), "data": vars(data_args), "training": args.to_dict()},
    }, trainer.accelerator, overwrite=args.overwrite_output_dir)
    if not data_args.keep_checkpoints and trainer.is_world_process_zero():
        checkpoint.remove_checkpoints(final_dir)
    return final_dir
