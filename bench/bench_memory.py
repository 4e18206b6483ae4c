"""Planned peak GPU memory of each stage at Qwen2.5-Coder-1.5B's shape, bf16, with the 1.5B configs' defaults.

Computed, not measured (no GPU, no weights: the models are built on PyTorch's meta device from the exact
configuration in bench/common.py), from the real module shapes:

    python bench/bench_memory.py [--json-out bench/results.jsonl]

- **weights**: every parameter of every model the stage holds (policy, reference, reward model), at its dtype;
- **gradients**: the trainable parameters, at their dtype;
- **optimizer**: rlhf_code.precision.adamw's state: for a bf16 parameter two moments and the Kahan compensation,
  2 bytes each; for an fp32 parameter (LoRA adapters, the score and value heads) two fp32 moments;
- **activations**: the largest phase for the default batch. With activation checkpointing: each layer's bf16
  input, one layer recomputed in full in the backward pass (q, k, v, attention and MLP tensors, the fp32 RMSNorm
  input), and the vocabulary-sized tensors: SFT's logits (bf16, their fp32 copy for the loss and its gradient,
  one more fp32 copy for TRL's token metrics), PPO's fp32 log-probs at the response positions (logits and
  log-softmax, saved for backward) with the LM head's fp32 weight copy, PPO's KV cache during generation.

Rows ``ppo``/``ppo-full`` plan configs/qwen2.5-coder-1.5b/ppo.yaml, row ``grpo`` the critic-free grpo.yaml: a
critic-free estimator holds no value head, and ``kl_mode off`` no separate reference under full fine-tuning.

Peaks of the caching allocator (fragmentation) and the CUDA context (about 0.5 GiB) come on top: a stage "fits" a
GPU when its planned total leaves 1 GiB of it free. Measured peaks wait for a GPU (bench_sft.py, bench_rm.py and
bench_ppo.py report torch.cuda.max_memory_allocated).
"""

from __future__ import annotations

import argparse
import json

import common
import torch
import yaml
from peft import LoraConfig, get_peft_model
from torch import nn
from transformers import AutoModelForCausalLM, AutoModelForSequenceClassification

from rlhf_code import precision
from rlhf_code.ppo import PPOArguments

GIB = 2**30
GPUS_GIB = (16, 24)  # the reference budget: one 16-24 GB GPU
HEADROOM_GIB = 1.0  # CUDA context and allocator fragmentation


def config_of(stage: str) -> dict:
    return yaml.safe_load((common.REPO / f"configs/qwen2.5-coder-1.5b/{stage}.yaml").read_text(encoding="utf-8"))


def causal_lm(config) -> nn.Module:
    with torch.device("meta"):
        return AutoModelForCausalLM.from_config(config, dtype=torch.bfloat16)


def reward_model(config) -> nn.Module:
    with torch.device("meta"):
        model = AutoModelForSequenceClassification.from_config(
            common.model_config(False, num_labels=1, pad_token_id=0), dtype=torch.bfloat16)
    return model


def with_lora(model: nn.Module, r: int, alpha: int) -> nn.Module:
    with torch.device("meta"):
        return get_peft_model(model, LoraConfig(r=r, lora_alpha=alpha, target_modules="all-linear",
                                                task_type="CAUSAL_LM"))


def state_bytes(models: list[nn.Module]) -> dict:
    """Weights, gradients and optimizer state of ``models`` (the trainable parameters are those requiring grad)."""
    weights = grads = optimizer = 0
    for model in models:
        for p in model.parameters():
            size = p.numel() * p.element_size()
            weights += size
            if p.requires_grad:
                grads += size
                optimizer += 3 * size if p.dtype == torch.bfloat16 else 2 * size
    return {"weights": weights, "gradients": grads, "optimizer": optimizer}


def layer_bytes_per_token(config) -> int:
    """What one decoder layer keeps for its backward pass, per token: bf16 tensors (the two norms' inputs and
    outputs, q, k, v, the attention output, gate, up, act(gate) and their product) and the two RMSNorms' fp32
    inputs."""
    h, i = config.hidden_size, config.intermediate_size
    kv = config.num_key_value_heads * (h // config.num_attention_heads)
    return 2 * (6 * h + 2 * kv + 4 * i) + 2 * 4 * h


def trunk_activations(config, tokens: int, checkpointing: bool) -> int:
    layers = config.num_hidden_layers
    if checkpointing:  # each layer's input, plus one layer recomputed during the backward pass
        return tokens * (layers * 2 * config.hidden_size + layer_bytes_per_token(config))
    return tokens * layers * layer_bytes_per_token(config)


def plan_sft(config, use_peft: bool, overrides: dict | None = None) -> dict:
    """``overrides`` replace settings of the 1.5B config (a smaller batch, say)."""
    settings = {**config_of("sft"), **(overrides or {})}
    model = causal_lm(config)
    if use_peft:
        model = with_lora(model, 16, 32)
    tokens = settings["per_device_train_batch_size"] * settings["max_length"]
    # bf16 logits, their fp32 copy for the loss, its gradient, and TRL's fp32 token metrics.
    logits = tokens * config.vocab_size * (2 + 4 + 4 + 4)
    return {"stage": "sft-lora" if use_peft else "sft", "batch": f"{settings['per_device_train_batch_size']} x "
            f"{settings['max_length']} tokens", **state_bytes([model]),
            "activations": trunk_activations(config, tokens, settings["activation_checkpointing"]) + logits}


def plan_rm(config, overrides: dict | None = None) -> dict:
    settings = {**config_of("rm"), **(overrides or {})}
    model = precision.head_in_fp32(reward_model(config))
    tokens = settings["per_device_train_batch_size"] * settings["max_length"]
    return {"stage": "rm", "batch": f"{settings['per_device_train_batch_size']} x {settings['max_length']} tokens",
            **state_bytes([model]),
            "activations": trunk_activations(config, tokens, settings["activation_checkpointing"])}


def plan_ppo(config, use_peft: bool, preset: str = "ppo", overrides: dict | None = None,
             with_reward_model: bool = True) -> dict:
    """PPO with the 1.5B ``preset``'s settings; a critic-free estimator holds no value head, and kl_mode off no
    reference. ``with_reward_model`` False: a run with --reward_model_path none (syntax and unit-test rewards only)."""
    args = PPOArguments(**{**config_of(preset), **(overrides or {}), "use_peft": use_peft})
    policy = causal_lm(config)
    models = [reward_model(config).requires_grad_(False)] if with_reward_model else []
    if use_peft:
        policy = with_lora(policy, args.lora_r, args.lora_alpha)
    elif args.kl_mode != "off":
        models.append(causal_lm(config).requires_grad_(False))  # the frozen reference
    models.append(policy)
    if args.needs_critic:
        models.append(nn.Linear(config.hidden_size, 1, dtype=torch.float32, device="meta"))  # the value head
    sequence = args.max_prompt_length + args.max_new_tokens
    kv_bytes = config.num_hidden_layers * 2 * config.num_key_value_heads * (
        config.hidden_size // config.num_attention_heads) * 2
    generation = args.rollout_batch_size * (sequence * kv_bytes + config.vocab_size * 4 * 2)
    response_tokens = args.micro_batch_size * args.max_new_tokens
    update = (trunk_activations(config, args.micro_batch_size * sequence, args.activation_checkpointing)
              + response_tokens * config.vocab_size * 4 * 2  # fp32 logits and log-softmax, kept for backward
              + config.vocab_size * config.hidden_size * 4)  # the LM head's weight in fp32
    return {"stage": preset if use_peft else f"{preset}-full",
            "batch": f"rollout {args.rollout_batch_size}, micro {args.micro_batch_size} x {sequence} tokens",
            **state_bytes(models), "activations": max(generation, update)}


def in_gib(row: dict) -> dict:
    """A plan's byte counts in GiB, with their total and the GPUs it fits."""
    total = row["weights"] + row["gradients"] + row["optimizer"] + row["activations"]
    row.update({k: round(row[k] / GIB, 2) for k in ("weights", "gradients", "optimizer", "activations")})
    row["total_gib"] = round(total / GIB, 2)
    row["fits"] = [f"{gpu} GiB" for gpu in GPUS_GIB if total / GIB + HEADROOM_GIB <= gpu]
    return row


def plans() -> list[dict]:
    config = common.model_config(False)
    return [in_gib(row) for row in (plan_sft(config, False), plan_sft(config, True), plan_rm(config),
                                    plan_ppo(config, True), plan_ppo(config, False), plan_ppo(config, True, "grpo"))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json-out", help="Append the rows to this JSONL file.")
    args = parser.parse_args()
    rows = plans()
    print(f"{'stage':<9} {'batch':<34} {'weights':>8} {'grads':>6} {'optim':>6} {'activ':>6} {'total':>6}  fits (GiB)")
    for r in rows:
        print(f"{r['stage']:<9} {r['batch']:<34} {r['weights']:>8.2f} {r['gradients']:>6.2f} {r['optimizer']:>6.2f} "
              f"{r['activations']:>6.2f} {r['total_gib']:>6.2f}  {', '.join(r['fits']) or 'neither'}")
    if args.json_out:
        with open(args.json_out, "a", encoding="utf-8") as f:
            f.writelines(json.dumps({"bench": "memory-plan", **r}) + "\n" for r in rows)


if __name__ == "__main__":
    main()
