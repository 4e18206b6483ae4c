"""Reward-model stage: regression of a response's ``score`` with transformers' ``Trainer``.

The model is ``AutoModelForSequenceClassification`` with one output, initialised from the SFT checkpoint, trained
with MSE on the chat-formatted (prompt, response) text. A held-out split gives MSE, Pearson and Spearman
(scipy). Sequences are right-padded and the pad id is the tokenizer's, so a score does not depend on how much
padding its batch needed (Qwen's config has no pad id, and its pad token is also its eos).

The score is read at the last token, so an over-long text loses its *beginning* (the prompt side), never the end
of the response. The length the model was trained at is recorded in its ``stage_complete.json``, and every stage
that scores with it (PPO, evaluation) uses that length (:func:`rlhf_code.models.trained_max_length`); both also
clip the score to the training targets' range [0, 1] (:func:`rlhf_code.metrics.clip_rm_score`). In bf16 the new
score head trains in fp32.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
import torch
from datasets import Dataset
from transformers import DataCollatorWithPadding, Trainer, TrainingArguments, set_seed

from . import checkpoint, jsonfile, precision
from .config import (
    UserError, check_ranges, check_trainer_settings, check_types, env_path, resolve_trainer_bf16, stage_output,
)
from .data import format_conversation, warn_overlong
from .datasets_io import DatasetArguments, records_source, stage_records
from .guards import train_with_guards
from .metrics import regression_metrics
from .models import load_reward_model, load_tokenizer, weights_bytes

OOM_HINTS = [
    "--per_device_train_batch_size 1 with a larger --gradient_accumulation_steps (same effective batch)",
    "--per_device_eval_batch_size 2",
    "--max_length 384 (longer texts are truncated)",
    "--activation_checkpointing true",
    "several GPUs: accelerate launch --config_file configs/accelerate/zero2.yaml (or zero3.yaml)",
]


@dataclass
class RMArguments:
    model_name_or_path: str = field(
        default_factory=stage_output("SFT_OUTPUT", "sft"),
        metadata={"help": "Initial weights: the SFT checkpoint (env SFT_OUTPUT, else $OUTPUT_DIR/sft)."},
    )
    data_path: str = field(
        default_factory=env_path("RM_DATA", "rm_data.jsonl"),
        metadata={"help": "JSONL file of {\"prompt\", \"response\", \"score\"} records, score in [0, 1] (env RM_DATA)."},
    )
    eval_fraction: float = field(default=0.1, metadata={"help": "Share of examples held out for MSE/Pearson/Spearman."})
    max_length: int = field(default=512, metadata={
        "help": "Longer (prompt, response) texts lose their beginning. PPO and evaluation score at this length too."})
    max_samples: int | None = field(default=None, metadata={"help": "Use only the first N examples (quick trials)."})
    keep_checkpoints: bool = field(
        default=False, metadata={"help": "Keep <output_dir>-checkpoints/ after a successful run (else removed)."}
    )

    def __post_init__(self):
        check_types(self)
        check_ranges(self, {"eval_fraction": "in [0, 1)", "max_length": "at least 1", "max_samples": "at least 1"})


@dataclass
class RMTrainingConfig(TrainingArguments):
    output_dir: str = field(
        default_factory=stage_output("RM_OUTPUT", "rm"),
        metadata={"help": "Final checkpoint directory (env RM_OUTPUT, else $OUTPUT_DIR/rm, else outputs/rm)."},
    )
    per_device_train_batch_size: int = field(default=4, metadata={"help": "Micro-batch per device."})
    per_device_eval_batch_size: int = field(default=8, metadata={"help": "Evaluation batch per device."})
    gradient_accumulation_steps: int = field(default=2, metadata={"help": "Micro-batches per optimizer step."})
    learning_rate: float = field(default=1e-5, metadata={"help": "Peak learning rate."})
    num_train_epochs: float = field(default=2.0, metadata={"help": "Passes over the training split."})
    activation_checkpointing: bool | None = field(
        default=True, metadata={"help": "Recompute activations in the backward pass to save memory (gradient checkpointing)."}
    )
    bf16: bool | None = field(default=None, metadata={
        "help": "bf16 weights and autocast, fp32 score head, AdamW with Kahan summation (default: on if the GPU has "
                "it; fp32 on CPU, where --bf16 true runs too, slowly)."})
    eval_strategy: str = field(default="epoch", metadata={"help": "When to evaluate: no, steps or epoch."})
    logging_steps: float = field(default=10, metadata={"help": "Log every N optimizer steps."})
    save_steps: float = field(default=100, metadata={"help": "Periodic (resumable) checkpoint every N steps."})
    save_total_limit: int | None = field(default=2, metadata={"help": "Periodic checkpoints kept."})
    overwrite_output_dir: bool = field(default=False, metadata={
        "help": "Replace --output_dir even if it is not an earlier complete reward-model output (by default such a "
                "directory, or a file, is left untouched and the run exits with status 2)."})

    def __post_init__(self):
        check_types(self)
        check_trainer_settings(self)
        resolve_trainer_bf16(self)
        super().__post_init__()


def split_records(records: list[dict], eval_fraction: float, seed: int) -> tuple[list[dict], list[dict]]:
    """A seeded split that keeps every response of one prompt on the same side (no prompt leaks into eval)."""
    prompts = sorted({r["prompt"] for r in records})
    order = np.random.default_rng(seed).permutation(len(prompts))
    n_eval = int(round(len(prompts) * eval_fraction))
    eval_prompts = {prompts[i] for i in order[:n_eval]}
    return ([r for r in records if r["prompt"] not in eval_prompts], [r for r in records if r["prompt"] in eval_prompts])


def encode(tokenizer, prompts: list[str], responses: list[str], max_length: int) -> list[list[int]]:
    """Token ids of the chat-formatted pairs; an over-long one keeps its last ``max_length`` tokens (the score is
    read at the last one, the end of the response)."""
    texts = [format_conversation(tokenizer, p, r) for p, r in zip(prompts, responses)]
    return [ids[-max_length:] for ids in tokenizer(texts)["input_ids"]]


def tokenize(records: list[dict], tokenizer, max_length: int) -> Dataset:
    input_ids = encode(tokenizer, [r["prompt"] for r in records], [r["response"] for r in records], max_length)
    return Dataset.from_dict({"input_ids": input_ids, "attention_mask": [[1] * len(ids) for ids in input_ids],
                              "labels": [float(r["score"]) for r in records]})


@torch.no_grad()
def score(model, tokenizer, prompts: list[str], responses: list[str], max_length: int = 512,
          batch_size: int = 8) -> list[float]:
    """Reward-model scores of (prompt, response) pairs, batched with right padding."""
    scores = []
    for start in range(0, len(prompts), batch_size):
        input_ids = encode(tokenizer, prompts[start:start + batch_size], responses[start:start + batch_size],
                           max_length)
        batch = tokenizer.pad({"input_ids": input_ids}, padding=True, return_tensors="pt")
        logits = model(**batch.to(model.device)).logits
        scores.extend(logits[:, 0].float().tolist())
    return scores


def compute_metrics(eval_prediction) -> dict:
    predictions, labels = eval_prediction
    return regression_metrics(np.asarray(predictions).reshape(-1), np.asarray(labels).reshape(-1))


def run(rm_args: RMArguments, args: RMTrainingConfig, dataset: DatasetArguments | None = None) -> Path:
    """Train and write the final reward model and ``metrics.json`` to ``args.output_dir``. ``dataset``: read the
    records from a dataset (or in another format) instead of ``rm_args.data_path``."""
    data_source = records_source(rm_args.data_path, dataset)
    records = stage_records(rm_args.data_path, "rm", dataset)  # validated before any model is loaded
    if rm_args.max_samples:
        records = records[: rm_args.max_samples]
    train_records, eval_records = split_records(records, rm_args.eval_fraction, args.seed)
    if not train_records:
        raise UserError(f"--eval_fraction {rm_args.eval_fraction} holds out every prompt of {data_source}: "
                        "nothing is left to train on. Lower it, or add examples.")
    final_dir, inputs = checkpoint.claim_training_output(
        args.output_dir, "rm", args.overwrite_output_dir,
        {"model_name_or_path": rm_args.model_name_or_path, "data_path": data_source},
        weights_bytes(rm_args.model_name_or_path))
    tokenizer = load_tokenizer(rm_args.model_name_or_path, padding_side="right")
    train_set = tokenize(train_records, tokenizer, rm_args.max_length)
    eval_set = tokenize(eval_records, tokenizer, rm_args.max_length) if eval_records else None
    warn_overlong(data_source, [len(ids) for ids in tokenizer(
        [format_conversation(tokenizer, r["prompt"], r["response"]) for r in records])["input_ids"]], rm_args.max_length)
    if eval_set is None:
        args.eval_strategy = "no"

    args.output_dir = str(checkpoint.checkpoints_dir(final_dir))
    # The score head is new, initialised from torch's global generator: seed it here, since Trainer seeds only
    # after the model exists (unseeded, two runs of one config gave train losses of 0.37 and 0.81 on the tiny preset).
    set_seed(args.seed)
    model = load_reward_model(rm_args.model_name_or_path, bf16=args.bf16, pad_token_id=tokenizer.pad_token_id)
    trainer = Trainer(
        model=precision.head_in_fp32(model), args=args, train_dataset=train_set, eval_dataset=eval_set,
        data_collator=DataCollatorWithPadding(tokenizer), processing_class=tokenizer, compute_metrics=compute_metrics,
        optimizer_cls_and_kwargs=precision.trainer_adamw(args),
    )
    train_result = train_with_guards(trainer, checkpoint.last_checkpoint(final_dir), "reward model", "rm", OOM_HINTS)
    metrics = {"train": train_result.metrics, "n_train": len(train_records), "n_eval": len(eval_records)}
    if eval_set is not None:
        metrics["eval"] = trainer.evaluate()

    def write(tmp: Path) -> None:
        trainer.save_model(str(tmp))  # collective under ZeRO-3; writes on the main process only
        if trainer.is_world_process_zero():
            tokenizer.save_pretrained(tmp)
            jsonfile.write(tmp / "trainer_state.json", asdict(trainer.state))
            jsonfile.write(tmp / "metrics.json", metrics)

    args.output_dir = str(final_dir)
    checkpoint.save_atomically(final_dir, write, {
        "stage": "rm", "metrics": metrics, "inputs": inputs, "args": {"rm": vars(rm_args), "training": args.to_dict()},
    }, trainer.accelerator, overwrite=args.overwrite_output_dir)
    if not rm_args.keep_checkpoints and trainer.is_world_process_zero():
        checkpoint.remove_checkpoints(final_dir)
    return final_dir
