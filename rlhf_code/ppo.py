"""PPO on executable rewards, in one readable loop (in the spirit of CleanRL's ppo.py).

Each iteration:

1. **Rollout** — sample responses for a batch of prompts from softmax(logits / temperature) and nothing else (the
   distribution the update's log-probabilities model: no top-p, top-k or repetition penalty, whatever the model's
   generation_config says); everything after the first end-of-turn token is masked; responses that hit the length
   limit without one can be penalised.
2. **Reward** — a weighted sum of named components (reward model at the length it was trained at, its score
   clipped to [0, 1]; syntax; functional tests run in the sandbox; :mod:`rlhf_code.rewards`), given at the last
   response token, plus (``kl_mode reward``) a per-token KL penalty against the frozen
   reference (the SFT model) with the k1 or k3 estimator and a fixed or adaptive coefficient. A sample the
   sandbox could not judge has no reward: it is left out of the update and counted in the log as ``unjudged``;
   so, optionally, are truncated responses and groups whose scores are all equal.
3. **Advantages** — GAE(gamma, lambda) over response tokens with the learned critic (``gae``), or, critic-free
   and without a value head, each response's total reward against the other responses to its prompt (``rloo``,
   ``grpo``, ``dr_grpo``, ``reinforce_pp_baseline``; sample several per prompt with ``samples_per_prompt``);
   optionally whitened over the whole batch of every process.
4. **Update** — several epochs over minibatches (with gradient accumulation in micro-batches) of the clipped policy
   surrogate (symmetric or DAPO's clip-higher; token-, sequence- or constant-normalised), the clipped value loss
   (gae), the k3 KL to the reference (``kl_mode loss``) and an entropy bonus, with gradient clipping; the iteration
   stops early when the approximate KL to the rollout policy passes a limit.

The policy and the critic share one backbone: by default LoRA adapters on the SFT model plus a linear value head;
the reference is the same backbone with the adapters disabled, so no second copy is held. ``use_peft=False``
trains every parameter and keeps a separate frozen reference (for large GPUs).

Precision: log-probabilities come from fp32 logits at the response positions; the value head and LoRA adapters are
fp32; bf16 weights are stepped by a Kahan-summed AdamW (:mod:`rlhf_code.precision`). Masked positions are
*selected* away (``torch.where``), never multiplied by 0, so a non-finite value there cannot reach the update.
"""

from __future__ import annotations

import logging
import pickle
import shutil
import time
from contextlib import nullcontext
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from accelerate import Accelerator
from peft import LoraConfig, PeftModel, get_peft_model
from torch import nn
from tqdm.auto import tqdm

from . import checkpoint, jsonfile, precision
from .config import UserError, check_ranges, check_types, env_path, resolve_bf16, stage_output
from .data import format_prompt, parse_json_line
from .datasets_io import DatasetArguments, records_source, stage_records
from .guards import GracefulStop, Interrupted, NonFiniteGuard, check_finite_weights, out_of_memory_advice
from .models import (
    check_reward_model, end_of_turn_ids, exact_generation_config, load_causal_lm, load_reward_model, load_tokenizer, model_dtype,
    trained_max_length, weights_bytes,
)
from .rewards import UNJUDGED, CodeRewards, RewardFunction, combine
from .rollout_engine import (
    EngineMemory, VLLMEngine, check_engine, logprob_mismatch, merged_weights, require_engine, rollout_tensors,
    truncated_importance_weights, unpadded,
)
from .sandbox import Sandbox, SandboxConfig

logger = logging.getLogger(__name__)

ADVANTAGE_ESTIMATORS = ("gae", "rloo", "grpo", "dr_grpo", "reinforce_pp_baseline")
LOSS_AGGREGATIONS = ("token", "sequence", "constant")
KL_MODES = ("reward", "loss", "off")
GROUP_MEAN_ESTIMATORS = ("grpo", "dr_grpo", "reinforce_pp_baseline")
OOM_HINTS = [
    "--micro_batch_size 1 or 2 (same minibatch, more accumulation)",
    "--max_new_tokens 192 and --max_prompt_length 384",
    "--rollout_batch_size 32 --mini_batch_size 8 (smaller generation batch)",
    "--activation_checkpointing true",
    "--use_peft true (LoRA policy and critic on the shared base, no separate reference copy)",
]


@dataclass
class PPOArguments:
    # --- paths (the seed's environment variables) ---
    model_name_or_path: str = field(default_factory=stage_output("SFT_OUTPUT", "sft"), metadata={"help": "Policy initialisation and reference: the SFT checkpoint (env SFT_OUTPUT)."})
    reward_model_path: str | None = field(default_factory=stage_output("RM_OUTPUT", "rm"), metadata={"help": "Reward model checkpoint (env RM_OUTPUT); 'none' to train without one."})
    data_path: str = field(default_factory=env_path("PPO_DATA", "ppo_prompts.jsonl"), metadata={"help": "JSONL of {\"prompt\", optional \"tests\"} (env PPO_DATA)."})
    output_dir: str = field(default_factory=stage_output("PPO_OUTPUT", "ppo"), metadata={"help": "Final checkpoint directory (env PPO_OUTPUT, else $OUTPUT_DIR/ppo)."})
    # --- run length and batch shapes ---
    seed: int = field(default=42, metadata={"help": "Seed of the prompt order, sampling and initialisation."})
    total_iterations: int = field(default=200, metadata={"help": "PPO iterations (one rollout batch and its update each)."})
    rollout_batch_size: int = field(default=64, metadata={"help": "Responses sampled per iteration, per process (rollout_batch_size / samples_per_prompt prompts)."})
    samples_per_prompt: int = field(default=1, metadata={"help": "Responses sampled for each prompt of an iteration (the group of the critic-free estimators)."})
    mini_batch_size: int = field(default=16, metadata={"help": "Rollouts per optimizer step."})
    micro_batch_size: int = field(default=4, metadata={"help": "Rollouts per forward/backward (gradient accumulation within a minibatch)."})
    ppo_epochs: int = field(default=2, metadata={"help": "Passes over each rollout batch."})
    learning_rate: float = field(default=1e-5, metadata={"help": "AdamW learning rate of the policy and value head."})
    max_grad_norm: float = field(default=1.0, metadata={"help": "Gradient clipping norm."})
    # --- generation ---
    max_prompt_length: int = field(default=512, metadata={"help": "Prompts are truncated from the left to this many tokens."})
    max_new_tokens: int = field(default=256, metadata={"help": "Response length limit."})
    temperature: float = field(default=1.0, metadata={"help": "Sampling temperature (log-probabilities use the same)."})
    top_p: float = field(default=1.0, metadata={"help": "Must stay 1.0: rollouts sample from softmax(logits / temperature), the distribution the update's log-probabilities model."})
    truncation_penalty: float = field(default=-1.0, metadata={"help": "Added to the score of a response that hits max_new_tokens without an end-of-turn token."})
    # --- rollout engine (rlhf_code/rollout_engine.py) ---
    rollout_engine: str = field(default="hf", metadata={"help": "Who samples the rollouts: hf (Hugging Face generate) or vllm (an in-process vLLM engine on the same device, given the policy's current weights, LoRA merged, before every rollout; needs requirements-vllm-*.txt). The update's log-probabilities are the trainer's either way."})
    vllm_gpu_memory_utilization: float = field(default=0.3, metadata={"help": "vllm: fraction of the device's memory the engine may hold (weights and KV cache); on vLLM's CPU backend a fraction of RAM that counts the whole process, so set vllm_kv_cache_gb there."})
    vllm_kv_cache_gb: float | None = field(default=None, metadata={"help": "vllm: the engine's KV cache size in GiB instead of vllm_gpu_memory_utilization."})
    vllm_sleep: bool = field(default=True, metadata={"help": "vllm: release the engine's weights and KV cache during the update (vLLM sleep mode; CUDA only, ignored elsewhere)."})
    vllm_importance_sampling_cap: float | None = field(default=None, metadata={"help": "vllm: weight each token's policy loss by min(pi_trainer / pi_engine, cap), truncated importance sampling for the engine/trainer mismatch (none: off; 2 is a common cap)."})
    # --- reward components ---
    rm_weight: float = field(default=1.0, metadata={"help": "Weight of the reward model's score."})
    syntax_weight: float = field(default=0.5, metadata={"help": "Weight of 'the extracted code compiles' (0/1)."})
    functional_weight: float = field(default=1.0, metadata={"help": "Weight of the fraction of unit tests passed (prompts with tests)."})
    sandbox_timeout_s: float = field(default=5.0, metadata={"help": "Wall-clock limit per program in the sandbox."})
    # --- KL control ---
    kl_mode: str = field(default="reward", metadata={"help": "reward: a per-token KL penalty in the reward; loss: kl_coef * the k3 KL to the reference as a loss term (GRPO, Shao et al. 2024); off: no KL, and no reference forward pass."})
    kl_estimator: str = field(default="k1", metadata={"help": "Per-token KL estimator: k1 (log-ratio) or k3 (non-negative, lower variance); kl_mode loss needs k3."})
    kl_coef: float = field(default=0.05, metadata={"help": "Initial KL penalty coefficient (beta)."})
    adaptive_kl: bool = field(default=False, metadata={"help": "Adapt beta toward target_kl (Ziegler et al. 2019)."})
    target_kl: float = field(default=6.0, metadata={"help": "Target KL per response (summed over tokens) for the adaptive controller."})
    kl_horizon: int = field(default=10000, metadata={"help": "Horizon (in rollouts) of the adaptive controller."})
    # --- advantages and PPO loss ---
    advantage_estimator: str = field(default="gae", metadata={"help": "gae: GAE with the learned critic (value head; Schulman et al. 2016); rloo: REINFORCE leave-one-out baseline over the prompt's group (Ahmadian et al. 2024); grpo: group-normalised return (Shao et al. 2024); dr_grpo: group-mean baseline, no std scaling, constant loss normaliser (Liu et al. 2025); reinforce_pp_baseline: group-mean baseline, then whitened over the batch (Hu 2025). All but gae need samples_per_prompt >= 2 and have no value head."})
    scale_by_group_std: bool | None = field(default=None, metadata={"help": "Divide a group-mean advantage by its group's std (default: only for grpo; grpo, dr_grpo and reinforce_pp_baseline)."})
    loss_aggregation: str | None = field(default=None, metadata={"help": "How the policy loss averages tokens: token (over every response token of the micro-batch), sequence (each response's token mean, then over responses: GRPO's), constant (token sum / (responses * max_new_tokens): Dr. GRPO's, no length bias). Default: constant for dr_grpo, else token."})
    mask_truncated: bool = field(default=False, metadata={"help": "Leave responses that hit max_new_tokens without an end-of-turn token out of the update (and of group baselines); counted in the log."})
    filter_uniform_groups: bool = field(default=False, metadata={"help": "Leave out of the update the groups whose judged scores are all equal (no signal; DAPO's dynamic sampling, without resampling); counted in the log."})
    gamma: float = field(default=1.0, metadata={"help": "Discount factor."})
    lam: float = field(default=0.95, metadata={"help": "GAE lambda."})
    whiten_advantages: bool | None = field(default=None, metadata={"help": "Normalise advantages to mean 0, std 1 over the batch (default: on, except for dr_grpo and rloo)."})
    clip_range: float = field(default=0.2, metadata={"help": "Policy ratio clipping epsilon."})
    clip_range_low: float | None = field(default=None, metadata={"help": "Ratio clipped below at 1 - clip_range_low (default: clip_range)."})
    clip_range_high: float | None = field(default=None, metadata={"help": "Ratio clipped above at 1 + clip_range_high (default: clip_range; DAPO's clip-higher uses 0.28 with low 0.2)."})
    clip_value_loss: bool = field(default=True, metadata={"help": "Clip the value update around the rollout values."})
    clip_range_value: float = field(default=0.2, metadata={"help": "Value clipping epsilon."})
    vf_coef: float = field(default=0.1, metadata={"help": "Weight of the value loss."})
    ent_coef: float = field(default=0.0, metadata={"help": "Weight of the entropy bonus."})
    approx_kl_limit: float | None = field(default=0.1, metadata={"help": "Stop an iteration's epochs when approx KL to the rollout policy exceeds this (none: never)."})
    # --- model and memory ---
    use_peft: bool = field(default=True, metadata={"help": "LoRA policy and critic on a shared frozen base (reference = adapters off). False: full fine-tuning with a separate reference."})
    lora_r: int = field(default=16, metadata={"help": "LoRA rank."})
    lora_alpha: int = field(default=32, metadata={"help": "LoRA alpha."})
    lora_dropout: float = field(default=0.0, metadata={"help": "LoRA dropout (0 keeps rollout and update log-probs consistent)."})
    lora_target_modules: list[str] = field(default_factory=lambda: ["all-linear"], metadata={"help": "Modules that get LoRA adapters."})
    activation_checkpointing: bool = field(default=True, metadata={"help": "Recompute activations in the backward pass to save memory."})
    bf16: bool | None = field(default=None, metadata={"help": "bf16 weights, fp32 log-probs and value head, Kahan-summed AdamW for full fine-tuning (default: on if the GPU supports it; fp32 on CPU, where --bf16 true runs too, slowly)."})
    # --- logging and checkpoints ---
    log_samples_every: int = field(default=10, metadata={"help": "Print a few sample completions every N iterations (0: never)."})
    save_every: int = field(default=50, metadata={"help": "Periodic resumable checkpoint every N iterations."})
    keep_checkpoints: bool = field(default=False, metadata={"help": "Keep <output_dir>-checkpoints/ after a successful run."})
    overwrite_output_dir: bool = field(default=False, metadata={"help": "Replace --output_dir even if it is not an earlier complete PPO output (by default such a directory, or a file, is left untouched and the run exits with status 2)."})
    report_to: str = field(default="none", metadata={"help": "Also log to: none, tensorboard, wandb or trackio."})

    def __post_init__(self):
        check_types(self)
        if self.advantage_estimator not in ADVANTAGE_ESTIMATORS:
            raise ValueError(f"advantage_estimator must be one of {', '.join(ADVANTAGE_ESTIMATORS)}, "
                             f"got {self.advantage_estimator!r}")
        if self.advantage_estimator != "gae" and self.samples_per_prompt < 2:
            raise ValueError(f"advantage_estimator {self.advantage_estimator} compares the responses to one prompt: "
                             "it needs samples_per_prompt >= 2")
        if self.filter_uniform_groups and self.samples_per_prompt < 2:
            raise ValueError("--filter_uniform_groups compares the responses to one prompt: it needs "
                             "samples_per_prompt >= 2")
        if self.scale_by_group_std is not None and self.advantage_estimator not in GROUP_MEAN_ESTIMATORS:
            raise ValueError(f"--scale_by_group_std applies to the group-mean estimators "
                             f"({', '.join(GROUP_MEAN_ESTIMATORS)}), not to {self.advantage_estimator}")
        if self.advantage_estimator == "reinforce_pp_baseline" and self.whiten_advantages is False:
            raise ValueError("reinforce_pp_baseline is the group-mean baseline whitened over the batch: it cannot run "
                             "with --whiten_advantages false (use dr_grpo for the unwhitened group-mean baseline)")
        if self.loss_aggregation is not None and self.loss_aggregation not in LOSS_AGGREGATIONS:
            raise ValueError(f"loss_aggregation must be one of {', '.join(LOSS_AGGREGATIONS)}, "
                             f"got {self.loss_aggregation!r}")
        if self.kl_mode not in KL_MODES:
            raise ValueError(f"kl_mode must be one of {', '.join(KL_MODES)}, got {self.kl_mode!r}")
        if self.kl_mode == "loss" and self.kl_estimator != "k3":
            raise ValueError("--kl_mode loss takes the k3 estimator (GRPO's; k1 as a loss has zero gradient in "
                             "expectation): add --kl_estimator k3")
        if self.kl_mode == "off" and self.adaptive_kl:
            raise ValueError("--kl_mode off runs no KL term: --adaptive_kl has nothing to adapt")
        if self.top_p != 1.0:
            raise ValueError(f"--top_p {self.top_p}: PPO samples with top_p 1.0 only. The update's log-probabilities "
                             "are those of softmax(logits / temperature); nucleus sampling would draw the rollouts "
                             "from another distribution (off-policy). Lower --temperature to sample more narrowly.")
        if "lm_head" in self.lora_target_modules:
            raise ValueError("--lora_target_modules lm_head: the log-probabilities are computed from the LM head's "
                             "weight in fp32, which an adapter on it would bypass; leave lm_head out")
        check_engine(self.rollout_engine)
        if self.vllm_importance_sampling_cap is not None and self.rollout_engine != "vllm":
            raise ValueError("--vllm_importance_sampling_cap corrects for the vLLM engine's log-probabilities: it "
                             "needs --rollout_engine vllm")
        if self.kl_estimator not in ("k1", "k3"):
            raise ValueError(f"kl_estimator must be k1 or k3, got {self.kl_estimator!r}")
        if self.report_to not in ("none", "tensorboard", "wandb", "trackio"):
            raise ValueError(f"--report_to must be none, tensorboard, wandb or trackio, got {self.report_to!r}")
        check_ranges(self, {
            "total_iterations": "at least 1", "rollout_batch_size": "at least 1", "mini_batch_size": "at least 1",
            "micro_batch_size": "at least 1", "samples_per_prompt": "at least 1", "ppo_epochs": "at least 1",
            "learning_rate": "positive",
            "max_grad_norm": "positive", "max_prompt_length": "at least 1", "max_new_tokens": "at least 1",
            "temperature": "positive", "sandbox_timeout_s": "positive", "kl_coef": "at least 0",
            "target_kl": "positive", "kl_horizon": "at least 1", "gamma": "in [0, 1]", "lam": "in [0, 1]",
            "clip_range": "positive", "clip_range_low": "in [0, 1)", "clip_range_high": "positive",
            "clip_range_value": "positive", "vf_coef": "at least 0",
            "approx_kl_limit": "positive", "lora_r": "at least 1", "lora_alpha": "positive",
            "lora_dropout": "in [0, 1)", "log_samples_every": "at least 0", "save_every": "at least 0",
            "vllm_gpu_memory_utilization": "in (0, 1]", "vllm_kv_cache_gb": "positive",
            "vllm_importance_sampling_cap": "at least 1",
        })
        if self.rollout_batch_size % self.samples_per_prompt:
            raise ValueError("samples_per_prompt must divide rollout_batch_size")
        if self.rollout_batch_size % self.mini_batch_size or self.mini_batch_size % self.micro_batch_size:
            raise ValueError("rollout_batch_size must be a multiple of mini_batch_size, and mini_batch_size of micro_batch_size")
        if isinstance(self.reward_model_path, str) and self.reward_model_path.lower() == "none":
            self.reward_model_path = None
        self.bf16 = resolve_bf16(self.bf16)
        if self.whiten_advantages is None:
            # rloo and dr_grpo keep their baselines' scale, as their papers do. Whitened, rloo would be
            # reinforce_pp_baseline exactly: leave-one-out is the group-mean baseline times G/(G-1), which whitening undoes.
            self.whiten_advantages = self.advantage_estimator not in ("dr_grpo", "rloo")
        if self.scale_by_group_std is None:
            self.scale_by_group_std = self.advantage_estimator == "grpo"
        if self.loss_aggregation is None:
            self.loss_aggregation = "constant" if self.advantage_estimator == "dr_grpo" else "token"
        if self.clip_range_low is None:
            self.clip_range_low = self.clip_range
        if self.clip_range_high is None:
            self.clip_range_high = self.clip_range

    @property
    def needs_critic(self) -> bool:
        return self.advantage_estimator == "gae"


# ----------------------------------------------------------------------------------------------------------------
# Model: a causal LM (LoRA-wrapped or not) sharing its backbone with a scalar value head
# ----------------------------------------------------------------------------------------------------------------
class PolicyWithValueHead(nn.Module):
    """The policy LM and, when the estimator needs a critic, a value head on its last hidden states (``value_head``
    is None for the critic-free estimators: nothing is computed, stored or checkpointed for it)."""

    def __init__(self, causal_lm: nn.Module, value_head: bool = True):
        super().__init__()
        self.lm = causal_lm
        self.value_head = None
        if value_head:
            hidden_size = causal_lm.config.get_text_config().hidden_size
            self.value_head = nn.Linear(hidden_size, 1, dtype=torch.float32)
            nn.init.zeros_(self.value_head.weight)  # V = 0 at the start: the first advantages are the rewards
            nn.init.zeros_(self.value_head.bias)

    def base(self) -> nn.Module:
        """The causal LM itself (under LoRA, the model with the adapters injected)."""
        return self.lm.get_base_model() if isinstance(self.lm, PeftModel) else self.lm

    def forward(self, input_ids, attention_mask, response_start: int, temperature: float, entropy: bool = False,
                entropy_grad: bool = False):
        """Log-probabilities of the response tokens, their entropies (None unless asked for; see
        :func:`response_forward`), and the values of the states before them (None without a value head)."""
        log_probs, entropies, states = response_forward(self.base(), input_ids, attention_mask, response_start,
                                                        temperature, entropy, entropy_grad)
        values = None if self.value_head is None else self.value_head(states.float()).squeeze(-1)
        return log_probs, entropies, values


def response_forward(causal_lm: nn.Module, input_ids, attention_mask, response_start: int, temperature: float,
                     entropy: bool = False, entropy_grad: bool = False):
    """(log-probs of the response tokens, their entropies or None, hidden states before them) under ``causal_lm``.

    Only the response positions go through the LM head, which keeps the vocabulary-sized logits small, and it runs
    in fp32: rounded to bf16, the logits would move log-probabilities, ratios and KL in steps of about 0.06 nats.
    The entropy is computed only with ``entropy``, and keeps its autograd graph (another vocabulary-sized tensor per
    token) only with ``entropy_grad``, i.e. when the loss uses it.
    """
    position_ids = (attention_mask.cumsum(-1) - 1).clamp(min=0)  # prompts are left-padded
    hidden = causal_lm.get_decoder()(input_ids=input_ids, attention_mask=attention_mask,
                                     position_ids=position_ids, use_cache=False).last_hidden_state
    states = hidden[:, response_start - 1:-1]  # the state before each response token
    lm_head = causal_lm.get_output_embeddings()
    bias = None if lm_head.bias is None else lm_head.bias.float()
    logits = F.linear(states.float(), lm_head.weight.float(), bias) / temperature
    log_probs_all = F.log_softmax(logits, dim=-1)
    log_probs = log_probs_all.gather(-1, input_ids[:, response_start:].unsqueeze(-1)).squeeze(-1)
    entropies = None
    if entropy:
        with torch.set_grad_enabled(entropy_grad and torch.is_grad_enabled()):
            entropies = -(log_probs_all.exp() * log_probs_all).sum(-1)
    return log_probs, entropies, states


# ----------------------------------------------------------------------------------------------------------------
# The PPO pieces, each small and tested on its own
# ----------------------------------------------------------------------------------------------------------------
def select(x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """``x`` where ``mask`` is set, 0 elsewhere: selected, not multiplied (inf * 0 is NaN)."""
    return torch.where(mask.bool(), x, 0.0)


def masked_mean(x: torch.Tensor, mask: torch.Tensor, dim=None) -> torch.Tensor:
    return select(x, mask).sum(dim) / mask.sum(dim).clamp(min=1)


def masked_whiten(x: torch.Tensor, mask: torch.Tensor, sum_over_ranks=lambda t: t) -> torch.Tensor:
    """``x`` at the masked positions shifted and scaled to mean 0 and variance 1; ``sum_over_ranks`` makes the
    statistics those of every process's batch together (under DDP, an all-reduce sum)."""
    count = sum_over_ranks(mask.sum()).clamp(min=1)
    mean = sum_over_ranks(select(x, mask).sum()) / count
    var = sum_over_ranks(select((x - mean) ** 2, mask).sum()) / count
    return select((x - mean) * torch.rsqrt(var + 1e-8), mask)


def response_mask(response_ids: torch.Tensor, stop_ids: list[int]) -> tuple[torch.Tensor, torch.Tensor]:
    """(mask, hit_stop): 1 up to and including the first stop token, 0 after it; hit_stop per row."""
    is_stop = torch.isin(response_ids, torch.tensor(stop_ids, device=response_ids.device))
    stops_before = is_stop.long().cumsum(-1) - is_stop.long()  # stop tokens strictly before each position
    return (stops_before == 0).float(), is_stop.any(-1)


def kl_per_token(log_probs: torch.Tensor, ref_log_probs: torch.Tensor, estimator: str) -> torch.Tensor:
    """k1 = log(p/q); k3 = (q/p - 1) - log(q/p), with p the policy and q the reference (Schulman, 2020)."""
    log_ratio = log_probs - ref_log_probs
    if estimator == "k1":
        return log_ratio
    return torch.expm1(-log_ratio) + log_ratio


def token_rewards(scores: torch.Tensor, kl: torch.Tensor, mask: torch.Tensor, kl_coef: float) -> torch.Tensor:
    """-beta * KL on every response token, plus the sequence score on its last unmasked token."""
    rewards = select(-kl_coef * kl, mask)
    last = (mask.sum(-1).long() - 1).clamp(min=0)
    rewards[torch.arange(len(scores)), last] += scores
    return rewards


def gae(rewards: torch.Tensor, values: torch.Tensor, mask: torch.Tensor, gamma: float, lam: float):
    """Generalised advantage estimation over response tokens; V = 0 after the last unmasked token."""
    advantages = torch.zeros_like(rewards)
    next_value = torch.zeros(rewards.shape[0], device=rewards.device)
    running = torch.zeros_like(next_value)
    for t in reversed(range(rewards.shape[1])):
        delta = rewards[:, t] + gamma * next_value - values[:, t]
        running = delta + gamma * lam * running
        # Masked (after-stop) positions pass nothing back: the episode has ended there.
        running = select(running, mask[:, t])
        advantages[:, t] = running
        next_value = select(values[:, t], mask[:, t])
    returns = advantages + values
    return select(advantages, mask), select(returns, mask)


def rloo_advantages(returns: torch.Tensor, group_size: int, judged: torch.Tensor | None = None) -> torch.Tensor:
    """REINFORCE leave-one-out: each return minus the mean return of the other responses to the same prompt.

    ``returns`` holds one value per response, the responses to a prompt consecutive (``group_size`` of them).
    Only ``judged`` responses (default: all) count in a baseline; an unjudged one, or one with no judged partner,
    gets advantage 0.
    """
    grouped = returns.view(-1, group_size)
    counted = torch.ones_like(grouped) if judged is None else judged.view(-1, group_size).to(grouped.dtype)
    others = counted.sum(-1, keepdim=True) - counted
    others_mean = ((grouped * counted).sum(-1, keepdim=True) - grouped * counted) / others.clamp(min=1)
    return torch.where((counted > 0) & (others > 0), grouped - others_mean, 0.0).view(-1)


def group_mean_advantages(returns: torch.Tensor, group_size: int, judged: torch.Tensor | None = None,
                          scale_by_std: bool = True, eps: float = 1e-4) -> torch.Tensor:
    """Return minus its group's mean; with ``scale_by_std`` divided by (group std + eps), the std unbiased as in
    GRPO's code (grpo, Shao et al. 2024); without, Dr. GRPO's baseline (Liu et al. 2025), which
    REINFORCE++-baseline then whitens over the batch (Hu 2025).

    Only ``judged`` responses (default: all) count in a group's mean and std; an unjudged one gets advantage 0.
    """
    grouped = returns.view(-1, group_size)
    counted = torch.ones_like(grouped) if judged is None else judged.view(-1, group_size).to(grouped.dtype)
    n = counted.sum(-1, keepdim=True)
    mean = (grouped * counted).sum(-1, keepdim=True) / n.clamp(min=1)
    centred = (grouped - mean) * counted
    if scale_by_std:
        std = (centred ** 2).sum(-1, keepdim=True).div((n - 1).clamp(min=1)).sqrt()
        centred = centred / (std + eps)
    return centred.view(-1)


def group_advantages(rewards: torch.Tensor, mask: torch.Tensor, estimator: str, group_size: int,
                     scale_by_std: bool = False) -> torch.Tensor:
    """Critic-free advantages: every token of a response gets its sequence advantage (the response's total reward,
    KL penalty included, against its group's baseline). A response whose mask is empty (left out as unjudged,
    truncated or in a filtered group) has no return: it is no part of its group's baseline."""
    returns = select(rewards, mask).sum(-1)
    judged = mask.sum(-1) > 0  # a judged response keeps at least its first token
    if estimator == "rloo":
        advantages = rloo_advantages(returns, group_size, judged)
    else:
        advantages = group_mean_advantages(returns, group_size, judged, scale_by_std)
    return select(advantages.unsqueeze(-1), mask)


def uniform_groups(scores: torch.Tensor, judged: torch.Tensor, group_size: int) -> torch.Tensor:
    """Per group of ``group_size`` consecutive responses: True when its judged scores are all equal (and it has at
    least one), i.e. the group carries no learning signal (DAPO's dynamic sampling filter, Yu et al. 2025)."""
    grouped, counted = scores.view(-1, group_size), judged.view(-1, group_size)
    highest = torch.where(counted, grouped, -torch.inf).max(-1).values
    lowest = torch.where(counted, grouped, torch.inf).min(-1).values
    return counted.any(-1) & (highest == lowest)


def aggregate_loss(per_token: torch.Tensor, mask: torch.Tensor, aggregation: str,
                   max_response_tokens: int) -> torch.Tensor:
    """One loss from per-token terms. token: mean over every unmasked token (long responses weigh more);
    sequence: each response's token mean, then the mean over responses (GRPO; a token of a long response weighs
    less); constant: the token sum over (responses * max_response_tokens), Dr. GRPO's length-unbiased normaliser."""
    if aggregation == "token":
        return masked_mean(per_token, mask)
    if aggregation == "sequence":
        kept = mask.sum(-1) > 0
        return masked_mean(per_token, mask, dim=-1).sum() / kept.sum().clamp(min=1)
    return select(per_token, mask).sum() / (per_token.shape[0] * max_response_tokens)


def policy_loss(log_probs, old_log_probs, advantages, mask, clip_low: float, clip_high: float,
                aggregation: str = "token", max_response_tokens: int = 0, token_weights=None):
    """Clipped surrogate, the ratio clipped to [1 - clip_low, 1 + clip_high] (DAPO's clip-higher when
    clip_high > clip_low, Yu et al. 2025), each token's term times ``token_weights`` when given (truncated
    importance weights for an engine's samples), aggregated by :func:`aggregate_loss`; also returns the clip
    fraction and the approx KL (k3) to the rollout policy."""
    log_ratio = log_probs - old_log_probs
    ratio = log_ratio.exp()
    unclipped = -advantages * ratio
    clipped = -advantages * ratio.clamp(1 - clip_low, 1 + clip_high)
    per_token = torch.maximum(unclipped, clipped)
    if token_weights is not None:
        per_token = per_token * token_weights
    loss = aggregate_loss(per_token, mask, aggregation, max_response_tokens)
    with torch.no_grad():
        clipfrac = masked_mean((clipped > unclipped).float(), mask)
        approx_kl = masked_mean(torch.expm1(log_ratio) - log_ratio, mask)
    return loss, clipfrac, approx_kl


def value_loss(values, old_values, returns, mask, clip_range_value: float | None):
    """0.5 * squared error, optionally the max with the clipped update's error (PPO2); and the clip fraction."""
    error = (values - returns) ** 2
    if clip_range_value is None:
        return 0.5 * masked_mean(error, mask), torch.zeros((), device=values.device)
    clipped_values = old_values + (values - old_values).clamp(-clip_range_value, clip_range_value)
    clipped_error = (clipped_values - returns) ** 2
    loss = 0.5 * masked_mean(torch.maximum(error, clipped_error), mask)
    return loss, masked_mean((clipped_error > error).float(), mask)


class AdaptiveKLController:
    """beta <- beta * (1 + clip(KL / target - 1, -0.2, 0.2) * n / horizon) (Ziegler et al., 2019)."""

    def __init__(self, init_coef: float, target: float, horizon: int):
        self.value, self.target, self.horizon = init_coef, target, horizon

    def update(self, current_kl: float, n_rollouts: int) -> None:
        error = float(np.clip(current_kl / self.target - 1, -0.2, 0.2))
        self.value *= 1 + error * n_rollouts / self.horizon


class FixedKLController:
    def __init__(self, init_coef: float):
        self.value = init_coef

    def update(self, current_kl: float, n_rollouts: int) -> None:
        pass


# ----------------------------------------------------------------------------------------------------------------
# The trainer
# ----------------------------------------------------------------------------------------------------------------
def build_policy(args: PPOArguments) -> tuple[PolicyWithValueHead, nn.Module | None]:
    """The trainable policy (+ value head when the estimator needs a critic) and, in full fine-tuning with a KL
    term, a separate frozen reference."""
    causal_lm = load_causal_lm(args.model_name_or_path, bf16=args.bf16)
    reference = None
    if args.use_peft:
        # peft's "all-linear" shortcut is a plain string, never a list entry.
        targets = "all-linear" if args.lora_target_modules == ["all-linear"] else args.lora_target_modules
        lora = LoraConfig(r=args.lora_r, lora_alpha=args.lora_alpha, lora_dropout=args.lora_dropout,
                          target_modules=targets, task_type="CAUSAL_LM")
        causal_lm = get_peft_model(causal_lm, lora)
    elif args.kl_mode != "off":
        reference = load_causal_lm(args.model_name_or_path, bf16=args.bf16).eval().requires_grad_(False)
    if args.activation_checkpointing:
        causal_lm.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
    return PolicyWithValueHead(causal_lm, value_head=args.needs_critic), reference


class PromptSampler:
    """A seeded, epoch-wise shuffled stream of prompt indices; the same at a given iteration after a resume."""

    def __init__(self, n: int, batch_size: int, seed: int):
        self.n, self.batch_size, self.seed = n, batch_size, seed

    def permutation(self, epoch: int) -> np.ndarray:
        return np.random.default_rng([self.seed, epoch]).permutation(self.n)

    def batch(self, iteration: int) -> list[int]:
        start = iteration * self.batch_size
        # A batch spans at most a few epochs: draw each epoch's permutation once, not once per prompt.
        epochs = range(start // self.n, (start + self.batch_size - 1) // self.n + 1)
        order = np.concatenate([self.permutation(epoch) for epoch in epochs])
        offset = start - epochs[0] * self.n
        return [int(i) for i in order[offset:offset + self.batch_size]]


def write_log_line(path: Path, stats: dict) -> None:
    with path.open("a", encoding="utf-8") as f:
        f.write(jsonfile.dumps(stats) + "\n")


def truncate_log(path: Path, last_step: int) -> None:
    """Drop log lines after ``last_step`` (they belong to iterations lost by a crash), and a line a crash cut short."""
    if path.exists():
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        entries = [parse_json_line(line)[0] for line in lines]
        kept = [line for line, entry in zip(lines, entries)
                if isinstance(entry, dict) and isinstance(entry.get("step"), int) and entry["step"] <= last_step]
        path.write_text("".join(line + "\n" for line in kept), encoding="utf-8")


def run(args: PPOArguments, reward_fn: RewardFunction | None = None,
        weights: dict[str, float] | None = None, dataset: DatasetArguments | None = None) -> Path:
    """Train; write the merged policy to ``args.output_dir``. ``reward_fn``/``weights`` replace the code rewards;
    ``dataset`` reads the prompts from a dataset (or in another format) instead of ``args.data_path``."""
    require_engine(args.rollout_engine)
    records = stage_records(args.data_path, "ppo", dataset)  # validated before any model is loaded
    if reward_fn is None and args.reward_model_path:
        check_reward_model(args.reward_model_path, "--reward_model_path")
    final_dir, inputs = checkpoint.claim_training_output(
        args.output_dir, "ppo", args.overwrite_output_dir,
        {"model_name_or_path": args.model_name_or_path, "reward_model_path": args.reward_model_path,
         "data_path": records_source(args.data_path, dataset)},
        weights_bytes(args.model_name_or_path))
    accelerator = Accelerator(log_with=None if args.report_to == "none" else args.report_to,
                              project_dir=str(checkpoint.checkpoints_dir(args.output_dir)))
    torch.manual_seed(args.seed)
    tokenizer = load_tokenizer(args.model_name_or_path, padding_side="left")
    tokenizer.truncation_side = "left"  # an over-long prompt keeps its end, where the question and chat header are
    stop_ids = end_of_turn_ids(tokenizer)
    policy, reference = build_policy(args)
    saved_generation_config = policy.base().generation_config  # what the written model keeps
    # Rollouts sample from softmax(logits / temperature) only: the distribution the update's log-probabilities model.
    policy.base().generation_config = exact_generation_config(saved_generation_config, args.temperature, 1.0,
                                                              args.max_new_tokens, stop_ids, tokenizer.pad_token_id)
    trainable = [p for p in policy.parameters() if p.requires_grad]
    optimizer = precision.adamw(trainable, lr=args.learning_rate)
    policy, optimizer = accelerator.prepare(policy, optimizer)
    unwrapped: PolicyWithValueHead = accelerator.unwrap_model(policy)
    if reference is not None:
        reference = reference.to(accelerator.device)
    kl_ctl = (AdaptiveKLController(args.kl_coef, args.target_kl, args.kl_horizon) if args.adaptive_kl
              else FixedKLController(args.kl_coef))
    engine = None
    if args.rollout_engine == "vllm":
        if accelerator.num_processes > 1:
            raise UserError("--rollout_engine vllm runs one in-process engine: launch one process (python "
                            "train_ppo.py), or use --rollout_engine hf with several processes")
        engine = VLLMEngine(args.model_name_or_path, args.bf16, args.max_prompt_length + args.max_new_tokens,
                            EngineMemory(args.vllm_gpu_memory_utilization, args.vllm_kv_cache_gb, args.vllm_sleep),
                            seed=args.seed)

    ckpt_root = checkpoint.checkpoints_dir(final_dir)
    log_path = ckpt_root / "ppo_log.jsonl"
    start_iteration = 0
    for resume_dir in checkpoint.complete_checkpoints(final_dir):
        try:
            state = load_periodic(resume_dir, unwrapped)
        except (OSError, EOFError, RuntimeError, KeyError, ValueError, pickle.UnpicklingError) as err:
            logger.warning("cannot resume from %s (%s); trying an older checkpoint, if any, else starting from the "
                           "beginning", resume_dir, err)
            continue
        unwrapped.load_state_dict(state["trainable"], strict=False)
        optimizer.load_state_dict(state["optimizer"])
        kl_ctl.value = state["kl_coef"]
        start_iteration = state["iteration"]
        logger.info("resuming from %s, the newest complete checkpoint (iteration %d)", resume_dir, start_iteration)
        break
    if accelerator.is_main_process:
        ckpt_root.mkdir(parents=True, exist_ok=True)
        truncate_log(log_path, start_iteration)
        if args.report_to != "none":
            accelerator.init_trackers("rlhf-code-ppo", config=asdict(args))

    sandbox = Sandbox(SandboxConfig(timeout_s=args.sandbox_timeout_s))  # this process's share of the cores
    if reward_fn is None:
        reward_model, rm_max_length = None, None
        if args.reward_model_path:
            reward_model = load_reward_model(args.reward_model_path, bf16=args.bf16, pad_token_id=tokenizer.pad_token_id)
            reward_model = reward_model.to(accelerator.device).eval().requires_grad_(False)
            rm_max_length = trained_max_length(args.reward_model_path)  # it reads what it learned from
        reward_fn = CodeRewards(sandbox, reward_model, load_tokenizer(args.reward_model_path or args.model_name_or_path),
                                max_length=rm_max_length)
        weights = {"rm": args.rm_weight, "syntax": args.syntax_weight, "functional": args.functional_weight}
    weights = weights or {}

    prompts_per_iteration = args.rollout_batch_size // args.samples_per_prompt
    sampler = PromptSampler(len(records), prompts_per_iteration * accelerator.num_processes, args.seed)
    progress = tqdm(range(start_iteration, args.total_iterations), initial=start_iteration, total=args.total_iterations,
                    desc="PPO", disable=not accelerator.is_main_process)
    stop, guard = GracefulStop(), NonFiniteGuard()
    with stop:
        try:
            for iteration in progress:
                started = time.time()
                # ---- 1. rollout --------------------------------------------------------------------------------
                global_batch = sampler.batch(iteration)
                shard = global_batch[accelerator.process_index::accelerator.num_processes]
                # The responses to one prompt are consecutive: the group estimators compare them.
                batch_records = [records[i] for i in shard for _ in range(args.samples_per_prompt)]
                prompts = [r["prompt"] for r in batch_records]
                encoded = tokenizer([format_prompt(tokenizer, p) for p in prompts], return_tensors="pt", padding=True,
                                    truncation=True, max_length=args.max_prompt_length, add_special_tokens=False)
                encoded = encoded.to(accelerator.device)
                prompt_len = encoded["input_ids"].shape[1]
                unwrapped.eval()
                generator_seed = args.seed * 1_000_003 + iteration * 1009 + accelerator.process_index
                torch.manual_seed(generator_seed)
                sync_seconds, engine_log_probs = 0.0, None
                if engine is None:
                    with torch.no_grad():
                        sequences = unwrapped.lm.generate(**encoded, use_cache=True)  # exact_generation_config's
                else:  # the engine samples with the policy's current weights, from the same distribution
                    with torch.no_grad():
                        sync_started = time.time()
                        engine.load_weights(merged_weights(unwrapped.base()))
                        sync_seconds = time.time() - sync_started
                        outputs = engine.generate(unpadded(encoded["input_ids"], encoded["attention_mask"]),
                                                  args.temperature, 1.0, args.max_new_tokens, stop_ids, generator_seed)
                    engine.sleep()
                    sequences, engine_log_probs = rollout_tensors(encoded["input_ids"], outputs, tokenizer.pad_token_id)
                response_ids = sequences[:, prompt_len:]
                mask, hit_stop = response_mask(response_ids, stop_ids)
                sampled_mask = mask  # every sampled token; ``mask`` below leaves out the samples the update skips
                attention_mask = torch.cat([encoded["attention_mask"], mask.long()], dim=1)
                responses = tokenizer.batch_decode(response_ids * mask.long() + tokenizer.pad_token_id * (1 - mask.long()),
                                                   skip_special_tokens=True)

                # ---- 2. rewards ----------------------------------------------------------------------------------
                generated = time.time()
                components = reward_fn(prompts, responses, batch_records)
                rewarded = time.time()
                scores = torch.tensor(combine(components, weights), dtype=torch.float32, device=accelerator.device)
                # A sample the sandbox could not judge has no reward (NaN): its tokens leave the update, not 0.
                unjudged = torch.isnan(scores)
                response_lengths = mask.sum(-1)
                scores = torch.where(unjudged, 0.0, scores) + args.truncation_penalty * (~hit_stop).float()
                left_out = unjudged
                if args.mask_truncated:  # a truncated response's score says little about its unfinished answer
                    left_out = left_out | ~hit_stop
                filtered_groups = torch.zeros(0, dtype=torch.bool, device=scores.device)
                if args.filter_uniform_groups:  # all-equal scores: every group-relative advantage would be 0
                    filtered_groups = uniform_groups(scores, ~left_out, args.samples_per_prompt)
                    left_out = left_out | filtered_groups.repeat_interleave(args.samples_per_prompt)
                mask = mask * (~left_out).float().unsqueeze(-1)
                with torch.no_grad():
                    old_log_probs, old_values, ref_log_probs = [], [], []
                    for mb in range(0, len(batch_records), args.micro_batch_size):
                        ids, am = sequences[mb:mb + args.micro_batch_size], attention_mask[mb:mb + args.micro_batch_size]
                        lp, _, v = unwrapped(ids, am, prompt_len, args.temperature)
                        old_log_probs.append(lp)
                        old_values.append(v)
                        if args.kl_mode == "off":
                            continue  # no KL term: the reference is never run
                        with unwrapped.lm.disable_adapter() if reference is None else nullcontext():
                            ref_lp, _, _ = response_forward(reference or unwrapped.base(), ids, am, prompt_len,
                                                            args.temperature)
                        ref_log_probs.append(ref_lp)
                    old_log_probs = torch.cat(old_log_probs)
                    old_values = torch.cat(old_values) if unwrapped.value_head is not None else None
                    engine_stats, token_weights = {}, None
                    if engine_log_probs is not None:  # every sampled token, judged or not
                        mismatch = logprob_mismatch(old_log_probs, engine_log_probs, sampled_mask)
                        engine_stats = {"engine_logprob_diff_mean": mismatch[0], "engine_logprob_diff_max": mismatch[1],
                                        "weight_sync_seconds": round(sync_seconds, 3)}
                        if args.vllm_importance_sampling_cap is not None:
                            token_weights = truncated_importance_weights(old_log_probs, engine_log_probs, mask,
                                                                         args.vllm_importance_sampling_cap)
                    if args.kl_mode == "off":
                        kl = torch.zeros_like(old_log_probs)
                    else:
                        ref_log_probs = torch.cat(ref_log_probs)
                        kl = select(kl_per_token(old_log_probs, ref_log_probs, args.kl_estimator), mask)
                    # Under kl_mode loss the KL is a loss term, not a part of the reward.
                    reward_kl_coef = kl_ctl.value if args.kl_mode == "reward" else 0.0
                    rewards = token_rewards(scores, kl, mask, reward_kl_coef)
                    locally_finite = torch.isfinite(rewards).all()
                    if old_values is not None:
                        locally_finite &= torch.isfinite(select(old_values, mask)).all()
                    rollout_finite = accelerator.reduce((~locally_finite).float(), "sum").item() == 0

                    # ---- 3. advantages -----------------------------------------------------------------------------
                    if args.needs_critic:
                        advantages, returns = gae(rewards, select(old_values, mask), mask, args.gamma, args.lam)
                    else:
                        advantages = group_advantages(rewards, mask, args.advantage_estimator, args.samples_per_prompt,
                                                      args.scale_by_group_std)
                        returns = None  # no critic to train
                    if args.whiten_advantages:
                        advantages = masked_whiten(advantages, mask, lambda t: accelerator.reduce(t, "sum"))

                # ---- 4. update -----------------------------------------------------------------------------------
                update_started = time.time()
                unwrapped.train()
                update_stats: dict[str, list[float]] = {k: [] for k in
                    ("policy_loss", "value_loss", "kl_loss", "entropy", "clipfrac", "vf_clipfrac", "approx_kl",
                     "grad_norm")}
                stopped_early, skipped = False, 0  # skipped: optimizer steps dropped for a non-finite loss
                n_micro = args.mini_batch_size // args.micro_batch_size
                for _epoch in range(args.ppo_epochs if rollout_finite else 0):
                    order = torch.randperm(len(batch_records),
                                           generator=torch.Generator().manual_seed(generator_seed + _epoch))
                    for mb_start in range(0, len(batch_records), args.mini_batch_size):
                        minibatch = order[mb_start:mb_start + args.mini_batch_size]
                        epoch_kl = []
                        for k in range(n_micro):
                            idx = minibatch[k * args.micro_batch_size:(k + 1) * args.micro_batch_size].to(accelerator.device)
                            sync = nullcontext() if k == n_micro - 1 else accelerator.no_sync(policy)
                            with sync:
                                # The entropy is logged; it keeps a graph only when the loss uses it.
                                log_probs, entropy, values = policy(sequences[idx], attention_mask[idx], prompt_len,
                                                                    args.temperature, entropy=True,
                                                                    entropy_grad=args.ent_coef != 0)
                                m = mask[idx]
                                pg_loss, clipfrac, approx_kl = policy_loss(
                                    log_probs, old_log_probs[idx], advantages[idx], m, args.clip_range_low,
                                    args.clip_range_high, args.loss_aggregation, args.max_new_tokens,
                                    None if token_weights is None else token_weights[idx])
                                loss = pg_loss
                                if returns is None:  # critic-free estimator: there is no value head
                                    vf_loss = vf_clipfrac = torch.zeros((), device=log_probs.device)
                                else:
                                    vf_loss, vf_clipfrac = value_loss(values, old_values[idx], returns[idx], m,
                                                                      args.clip_range_value if args.clip_value_loss else None)
                                    loss = loss + args.vf_coef * vf_loss
                                kl_loss = torch.zeros((), device=log_probs.device)
                                if args.kl_mode == "loss":
                                    kl_loss = aggregate_loss(kl_per_token(log_probs, ref_log_probs[idx], "k3"), m,
                                                             args.loss_aggregation, args.max_new_tokens)
                                    loss = loss + kl_ctl.value * kl_loss
                                entropy_mean = masked_mean(entropy, m)
                                if args.ent_coef:  # 0 * a non-finite entropy would still be NaN
                                    loss = loss - args.ent_coef * entropy_mean
                                # Always backward: a non-finite loss makes the synchronised gradients non-finite on
                                # every process, so all of them skip this step together (no process waits alone).
                                accelerator.backward(loss / n_micro)
                            if not torch.isfinite(loss):
                                continue
                            for name, value in (("policy_loss", pg_loss), ("value_loss", vf_loss), ("kl_loss", kl_loss),
                                                ("entropy", entropy_mean),
                                                ("clipfrac", clipfrac), ("vf_clipfrac", vf_clipfrac), ("approx_kl", approx_kl)):
                                update_stats[name].append(value.item())
                            epoch_kl.append(approx_kl.item())
                        if not all(torch.isfinite(p.grad).all() for p in trainable if p.grad is not None):
                            optimizer.zero_grad()
                            skipped += 1  # reported (and counted toward a stop) by the NonFiniteGuard below
                            continue
                        update_stats["grad_norm"].append(float(accelerator.clip_grad_norm_(trainable, args.max_grad_norm)))
                        optimizer.step()
                        optimizer.zero_grad()
                        mean_kl = accelerator.reduce(torch.tensor(np.mean(epoch_kl or [0.0]), device=accelerator.device),
                                                     "mean").item()
                        if args.approx_kl_limit is not None and mean_kl > args.approx_kl_limit:
                            stopped_early = True
                            break
                    if stopped_early:
                        break

                guard.record(rollout_finite and skipped == 0, f"PPO iteration {iteration + 1}")

                # ---- 5. KL control and logging -------------------------------------------------------------------
                sequence_kl = accelerator.reduce(kl.sum(-1).mean(), "mean").item()
                kl_coef_used = kl_ctl.value if args.kl_mode != "off" else 0.0
                kl_ctl.update(sequence_kl, args.rollout_batch_size * accelerator.num_processes)

                def global_mean(values) -> float:
                    """Mean of every process's non-NaN values (processes may hold different numbers of them)."""
                    kept = np.asarray(values, dtype=np.float64).reshape(-1)
                    kept = kept[~np.isnan(kept)]
                    local = torch.tensor([kept.sum(), kept.size], dtype=torch.float64, device=accelerator.device)
                    total, count = accelerator.reduce(local, "sum").tolist()
                    return total / count if count else float("nan")

                stats = {
                    "step": iteration + 1,
                    "reward_mean": global_mean(scores.masked_fill(unjudged, float("nan")).cpu().numpy()),
                    "rlhf_reward_mean": global_mean((scores - reward_kl_coef * kl.sum(-1))
                                                    .masked_fill(unjudged, float("nan")).cpu().numpy()),
                    **{f"reward_{name}_mean": global_mean(values) for name, values in components.items()
                       if name != UNJUDGED},
                    "unjudged": int(accelerator.reduce(unjudged.sum(), "sum").item()),
                    "truncated_masked": int(accelerator.reduce((~hit_stop & ~unjudged).sum() * args.mask_truncated,
                                                               "sum").item()),
                    "filtered_groups": int(accelerator.reduce(filtered_groups.sum(), "sum").item()),
                    "kl": sequence_kl if args.kl_mode != "off" else None,  # off: never measured
                    "kl_coef": kl_coef_used,
                    **{name: global_mean(values) for name, values in update_stats.items()},
                    "response_len_mean": global_mean(response_lengths.cpu().numpy()),
                    "eos_rate": global_mean(hit_stop.float().cpu().numpy()),
                    "stopped_early": stopped_early,
                    "skipped_updates": skipped,
                    "seconds": round(time.time() - started, 3),
                    "generate_seconds": round(generated - started, 3),
                    "reward_seconds": round(rewarded - generated, 3),
                    "rollout_seconds": round(update_started - started, 3),  # generation, rewards and scoring passes
                    "update_seconds": round(time.time() - update_started, 3),
                    **engine_stats,
                }
                if torch.cuda.is_available():
                    stats["peak_memory_gb"] = round(torch.cuda.max_memory_allocated() / 2**30, 3)
                if accelerator.is_main_process:
                    write_log_line(log_path, stats)
                    if args.report_to != "none":
                        accelerator.log({k: v for k, v in stats.items() if isinstance(v, (int, float))}, step=iteration + 1)
                    progress.set_postfix(reward=f"{stats['reward_mean']:.3f}", kl=f"{stats['kl'] or 0:.3f}")
                    if args.log_samples_every and (iteration + 1) % args.log_samples_every == 0:
                        for prompt, response, score in list(zip(prompts, responses, scores.tolist()))[:2]:
                            tqdm.write(f"--- iteration {iteration + 1}, score {score:.3f}\n[prompt] {prompt[:200]}\n"
                                       f"[response] {response[:400]}")

                # ---- 6. periodic checkpoint ----------------------------------------------------------------------
                stop_now = accelerator.reduce(torch.tensor(float(stop.requested), device=accelerator.device), "sum") > 0
                periodic = args.save_every and (iteration + 1) % args.save_every == 0
                if (periodic or stop_now) and iteration + 1 < args.total_iterations:
                    save_periodic(accelerator, unwrapped, optimizer, kl_ctl, iteration + 1, ckpt_root)
                if stop_now and iteration + 1 < args.total_iterations:
                    raise Interrupted(f"PPO stopped after iteration {iteration + 1}; a checkpoint was saved in "
                                      f"{ckpt_root}. Rerun the same command to resume.")
        except torch.OutOfMemoryError as err:
            raise out_of_memory_advice("PPO", OOM_HINTS) from err
        finally:
            sandbox.close()
            if engine is not None:
                engine.close()
            if args.report_to != "none":
                accelerator.end_training()

    check_finite_weights(unwrapped)

    def write(tmp: Path) -> None:
        if not accelerator.is_main_process:
            return
        lm = (precision.merge_lora(unwrapped.lm, model_dtype(args.bf16)) if isinstance(unwrapped.lm, PeftModel)
              else unwrapped.lm)
        lm.generation_config = saved_generation_config
        lm.generation_config.eos_token_id = stop_ids
        lm.generation_config.pad_token_id = tokenizer.pad_token_id
        lm.save_pretrained(tmp)
        tokenizer.padding_side = "right"
        tokenizer.save_pretrained(tmp)
        (tmp / "ppo_log.jsonl").write_text(log_path.read_text(encoding="utf-8"), encoding="utf-8")

    checkpoint.save_atomically(final_dir, write, {"stage": "ppo", "iterations": args.total_iterations,
                                                  "inputs": inputs, "args": asdict(args)},
                               accelerator, overwrite=args.overwrite_output_dir)
    if accelerator.is_main_process and not args.keep_checkpoints:
        checkpoint.remove_checkpoints(final_dir)
    return final_dir


def load_periodic(directory: Path, policy: PolicyWithValueHead) -> dict:
    """A periodic checkpoint's state, after checking that its weights fit ``policy`` (nothing is loaded yet)."""
    state = torch.load(directory / "ppo_state.pt", map_location="cpu", weights_only=False)
    expected = {name: tuple(p.shape) for name, p in policy.named_parameters() if p.requires_grad}
    saved = {name: tuple(t.shape) for name, t in state["trainable"].items()}
    if saved != expected:
        raise ValueError("its trainable weights do not match this model (other --use_peft, --lora_r, "
                         "--lora_target_modules, or --advantage_estimator with or without a critic?)")
    return state


def save_periodic(accelerator, policy: PolicyWithValueHead, optimizer, kl_ctl, iteration: int, root: Path) -> None:
    """Trainable weights (adapters + value head if any, or everything), optimizer and controller state, atomically."""
    check_finite_weights(policy)

    def write(tmp: Path) -> None:
        if accelerator.is_main_process:
            trainable = {name: p.detach().cpu() for name, p in policy.named_parameters() if p.requires_grad}
            torch.save({"trainable": trainable, "optimizer": optimizer.state_dict(), "kl_coef": kl_ctl.value,
                        "iteration": iteration}, tmp / "ppo_state.pt")

    checkpoint.save_atomically(root / f"checkpoint-{iteration}", write, {"stage": "ppo", "iteration": iteration},
                               accelerator)
    if accelerator.is_main_process:  # keep the newest two
        for old in sorted(root.glob("checkpoint-*"), key=lambda p: int(p.name.split("-")[1]))[:-2]:
            shutil.rmtree(old, ignore_errors=True)
