"""bf16 training that learns: the optimizer of bf16 weights, the pieces kept in fp32, the LoRA merge.

bf16 keeps 8 significant bits. A weight near 0.02 moves in steps of 1.2e-4 and a norm weight near 1.0 in steps of
7.8e-3, while AdamW at lr 1e-5 moves a weight by about 1e-5 per step: added to a bf16 weight, most updates round
away. Mixed precision proper keeps an fp32 master copy of the weights and fp32 optimizer state (16 bytes per
parameter); at Qwen2.5-Coder-1.5B's 1.54 B parameters that is 24.7 GB before activations, more than a 16-24 GB GPU
has. So full fine-tuning keeps its weights in bf16 and steps them with torch-optimi's AdamW, whose Kahan summation
keeps the part of each update that rounding drops in a bf16 buffer and adds it back at the next step (10 bytes per
parameter: weight, gradient, two moments, compensation; `bench/bench_memory.py` gives the plan per stage).
What stays in fp32: new heads (the reward model's score head, PPO's value head) and LoRA adapters (peft keeps them in
fp32), whose few parameters cost little and start from random or zero values that bf16 steps would not move.
"""

from __future__ import annotations

import optimi
import torch
from peft import PeftModel
from peft.tuners.lora import LoraLayer
from torch import nn


def adamw(params, lr: float, betas: tuple[float, float] = (0.9, 0.999), eps: float = 1e-8,
          weight_decay: float = 0.01) -> torch.optim.Optimizer:
    """AdamW (torch's defaults) that keeps the updates of bf16 weights: Kahan summation for the bf16 parameters, plain
    AdamW for the fp32 ones."""
    return optimi.AdamW(params, lr=lr, betas=betas, eps=eps, weight_decay=weight_decay, kahan_sum=None)


def trainer_adamw(args) -> tuple[type, dict] | None:
    """The Trainer's ``optimizer_cls_and_kwargs`` for a bf16 run (:func:`adamw` with the run's AdamW settings); None
    in fp32, where the Trainer's own AdamW has full-precision weights to step."""
    if not args.bf16:
        return None
    return optimi.AdamW, {"lr": args.learning_rate, "betas": (args.adam_beta1, args.adam_beta2),
                          "eps": args.adam_epsilon, "weight_decay": args.weight_decay, "kahan_sum": None}


def head_in_fp32(model: nn.Module) -> nn.Module:
    """Move the modules outside ``model.base_model`` (the task head, e.g. a classifier's ``score``) to fp32: a new
    head starts from random values that bf16 steps of lr 1e-5 would barely move. Autocast runs it in bf16 during
    training; the master weights stay fp32."""
    for module in model.children():
        if module is not model.base_model:
            module.float()
    return model


def merge_lora(model: PeftModel, dtype: torch.dtype) -> nn.Module:
    """The adapters merged into their base weights in fp32, then cast once to ``dtype``: merging into bf16 weights
    would round the (small) update before adding it, and the sum again after. One adapted layer at a time, so the
    fp32 copy is one layer's, not the whole model's (5.75 GiB at the 1.5 B shape, measured by
    bench/bench_real_shape.py as the peak of saving)."""
    for module in model.modules():
        if isinstance(module, LoraLayer):
            module.float()
            module.merge()
            module.to(dtype)
    return model.unload().to(dtype)
