"""Shared pieces of the stage benchmarks: model configurations, synthetic data, FLOPs, timing and reporting.

Speed and memory do not depend on the weights' values, so every benchmark trains a *randomly initialised* model of
Qwen2.5-Coder-1.5B's exact configuration (nothing is downloaded), or with ``--small`` a 2-layer model that runs on
a laptop CPU in seconds (a harness check, not a performance figure).
"""

from __future__ import annotations

import argparse
import gc
import importlib.metadata
import importlib.util
import math
import os
import platform
import re
import subprocess
import sys
import time
from pathlib import Path

import datasets
import numpy as np
import torch
from tokenizers import AddedToken, Tokenizer, decoders, models, pre_tokenizers
from transformers import (
    AutoModelForCausalLM,
    AutoModelForSequenceClassification,
    PreTrainedTokenizerFast,
    Qwen2Config,
    TrainerCallback,
)

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # the scripts run as `python bench/x.py` from the repository root
    sys.path.insert(0, str(REPO))

from rlhf_code import jsonfile
from rlhf_code.tiny import CHATML_TEMPLATE, QWEN_SPECIAL_TOKENS

datasets.disable_progress_bars()  # the trainers' dataset passes over a few hundred rows would flood the report

# Qwen2.5-Coder-1.5B's config.json, value for value (QKV bias is built into Qwen2's attention, not a config key).
QWEN25_CODER_1_5B = {
    "hidden_size": 1536, "num_hidden_layers": 28, "num_attention_heads": 12, "num_key_value_heads": 2,
    "intermediate_size": 8960, "vocab_size": 151936, "tie_word_embeddings": True, "max_position_embeddings": 32768,
    "rms_norm_eps": 1e-6, "rope_parameters": {"rope_type": "default", "rope_theta": 1e6}, "hidden_act": "silu",
    "use_sliding_window": False,
}
# --small: the same architecture (GQA, QKV bias, tied embeddings), small enough for CI on CPU.
SMALL = {**QWEN25_CODER_1_5B, "hidden_size": 128, "num_hidden_layers": 2, "num_attention_heads": 4,
         "num_key_value_heads": 2, "intermediate_size": 512, "vocab_size": 4096, "max_position_embeddings": 2048}

# Dense (non-sparse) bf16 tensor-core peaks in TFLOP/s, matched against torch.cuda.get_device_name(). Taken from
# NVIDIA's product datasheets, which print the "with sparsity" figure: the dense one is half of it. The A10G has no
# datasheet of its own; its entry is the A10's. Devices not listed get MFU "n/a" rather than a guess.
BF16_DENSE_PEAK_TFLOPS = [
    (r"H100.*PCIe", 756.0),
    (r"H100.*(SXM|HBM3)", 989.0),
    (r"H200(?!.*NVL)", 989.0),
    (r"A100", 312.0),
    (r"L40S", 362.0),
    (r"RTX 4090", 165.0),
    (r"A10G", 125.0),
    (r"\bL4\b", 121.0),
]

# Synthetic sequence lengths: Gamma(shape 4, scale mean/4) rounded and clipped to [16, max]; for mean 250 and max
# 512 about 4% of the draws are clipped to 512 and the realised mean is ~247. A right-skewed spread like real SFT
# data, so that padding to a fixed length wastes what it would waste on real data.
LENGTH_SHAPE = 4.0
MIN_LENGTH = 16


def model_config(small: bool, **overrides) -> Qwen2Config:
    return Qwen2Config(**{**(SMALL if small else QWEN25_CODER_1_5B), **overrides})


def resolve_device(name: str) -> torch.device:
    if name == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    device = torch.device(name)
    if device.type == "cuda" and not torch.cuda.is_available():
        raise SystemExit("error: --device cuda, but torch sees no CUDA GPU")
    return device


def dtype_for(device: torch.device) -> torch.dtype:
    """bf16 on CUDA (the reference setup), fp32 on CPU (bf16 matmuls are slow or missing there)."""
    return torch.bfloat16 if device.type == "cuda" else torch.float32


def attention_implementation(device: torch.device) -> str:
    """flash-attention 2 where installed (varlen kernels make padding-free batches exact and cheap), else SDPA."""
    if device.type == "cuda" and importlib.util.find_spec("flash_attn") is not None:
        return "flash_attention_2"
    return "sdpa"


def build_causal_lm(config: Qwen2Config, device: torch.device):
    with torch.device(device):  # initialise on the device: a CPU init of 1.5 B parameters takes minutes
        return AutoModelForCausalLM.from_config(config, dtype=dtype_for(device),
                                                attn_implementation=attention_implementation(device))


def build_sequence_classifier(config: Qwen2Config, device: torch.device, pad_token_id: int):
    settings = {k: v for k, v in config.to_dict().items() if k not in ("id2label", "label2id")}  # 2 labels by default
    config = Qwen2Config(**{**settings, "num_labels": 1, "problem_type": "regression", "pad_token_id": pad_token_id})
    with torch.device(device):
        return AutoModelForSequenceClassification.from_config(config, dtype=dtype_for(device),
                                                              attn_implementation=attention_implementation(device))


def build_tokenizer(vocab_size: int) -> PreTrainedTokenizerFast:
    """A word-level tokenizer as large as the model's vocabulary: Qwen2.5's special tokens, then words "w<id>".

    Every id the random model can sample decodes to one word that encodes back to the same id, so text round trips
    (PPO decodes responses and the reward model re-tokenizes them) keep the shapes exact; a small BPE tokenizer
    would silently drop the ids beyond its vocabulary. ChatML chat template and eos = pad = <|endoftext|>, as the
    project's models have.
    """
    specials = [*QWEN_SPECIAL_TOKENS, "<unk>"]
    vocab = {token: i for i, token in enumerate(specials)}
    vocab.update({f"w{i}": i for i in range(len(specials), vocab_size)})
    backend = Tokenizer(models.WordLevel(vocab, unk_token="<unk>"))
    backend.add_special_tokens([AddedToken(t, special=True, normalized=False) for t in specials])
    backend.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    backend.decoder = decoders.WordPiece(cleanup=False)  # joins words with spaces
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=backend, eos_token="<|endoftext|>",
                                        pad_token="<|endoftext|>", unk_token="<unk>")
    tokenizer.chat_template = CHATML_TEMPLATE
    return tokenizer


def first_word_id() -> int:
    """Smallest id that is no special token: synthetic data never contains pad, eos or end-of-turn ids."""
    return len(QWEN_SPECIAL_TOKENS) + 1


def sample_lengths(n: int, mean: float, max_length: int, seed: int) -> list[int]:
    """``n`` sequence lengths from the fixed-seed distribution documented at LENGTH_SHAPE."""
    draws = np.random.default_rng(seed).gamma(LENGTH_SHAPE, mean / LENGTH_SHAPE, size=n)
    return [int(x) for x in np.clip(np.rint(draws), MIN_LENGTH, max_length)]


def synthetic_sequences(n: int, mean: float, max_length: int, vocab_size: int, seed: int) -> list[list[int]]:
    rng = np.random.default_rng(seed + 1)
    return [rng.integers(first_word_id(), vocab_size, size=length).tolist()
            for length in sample_lengths(n, mean, max_length, seed)]


# ---------------------------------------------------------------------------------------------------------------
# FLOPs and MFU
# ---------------------------------------------------------------------------------------------------------------
def matmul_params(config: Qwen2Config, lm_head: bool = True) -> int:
    """N: parameters outside the input embedding, plus the output head (the LM head's d*V, or a 1-output score).

    Tied embeddings share the LM head's *weights* but not its *matmul*, so the head counts here either way.
    """
    d, layers, inter = config.hidden_size, config.num_hidden_layers, config.intermediate_size
    head_dim = d // config.num_attention_heads
    q, kv = config.num_attention_heads * head_dim, config.num_key_value_heads * head_dim
    attention = (d * q + q) + 2 * (d * kv + kv) + q * d  # q, k, v with bias; o without
    mlp = 3 * d * inter  # gate, up, down
    per_layer = attention + mlp + 2 * d  # two RMSNorms
    head = d * config.vocab_size if lm_head else d
    return layers * per_layer + d + head  # + final norm


def train_flops(config: Qwen2Config, lengths: list[int], lm_head: bool = True,
                adapter_params: int | None = None) -> float:
    """Model FLOPs of one forward+backward over sequences of these (real, unpadded) lengths.

    Dense part, as in Kaplan et al. (2020) and Chinchilla (Hoffmann et al., 2022): 2N per token forward, 4N backward,
    so 6N per token. With LoRA (``adapter_params`` given) the frozen weights get no weight gradient: 4N for the
    frozen matmuls plus 6 per adapter parameter. Attention, as in the PaLM paper's appendix (Chowdhery et al.,
    2022): 12 * layers * d_attn * T per token for a sequence of length T (QK^T and AV, forward and backward, the
    causal mask not discounted), where d_attn = heads * head_dim. Padding is not counted: it is no useful work.
    Activation recomputation is not counted either (MFU, not hardware utilisation).
    """
    n = matmul_params(config, lm_head)
    tokens = sum(lengths)
    dense = 6 * n * tokens if adapter_params is None else (4 * n + 6 * adapter_params) * tokens
    d_attn = config.num_attention_heads * (config.hidden_size // config.num_attention_heads)
    return float(dense + 12 * config.num_hidden_layers * d_attn * sum(t * t for t in lengths))


def peak_tflops(device_name: str) -> float | None:
    for pattern, tflops in BF16_DENSE_PEAK_TFLOPS:
        if re.search(pattern, device_name):
            return tflops
    return None


def mfu(flops: float, seconds: float, device: torch.device) -> float | None:
    """Achieved model FLOP/s over the device's dense bf16 peak; None on CPU and on devices not in the table."""
    peak = peak_tflops(device_name(device)) if device.type == "cuda" else None
    return None if peak is None else flops / seconds / (peak * 1e12)


# ---------------------------------------------------------------------------------------------------------------
# Timing, memory and environment
# ---------------------------------------------------------------------------------------------------------------
def synchronize(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize(device)


def now(device: torch.device) -> float:
    """Wall clock after all queued GPU work has finished (CUDA calls return before the kernels run)."""
    synchronize(device)
    return time.perf_counter()


def reset_peak_memory(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.reset_peak_memory_stats(device)


def peak_memory_gib(device: torch.device) -> float | None:
    """torch.cuda.max_memory_allocated since the last reset, in GiB; None on CPU (no allocator statistics)."""
    return torch.cuda.max_memory_allocated(device) / 2**30 if device.type == "cuda" else None


def release_memory(device: torch.device) -> None:
    """Return cached blocks between measured runs so one run's cache does not hide the next one's peak."""
    gc.collect()
    if device.type == "cuda":
        torch.cuda.empty_cache()


def device_name(device: torch.device) -> str:
    if device.type == "cuda":
        return torch.cuda.get_device_name(device)
    return f"CPU {platform.machine()} ({torch.get_num_threads()} threads)"


def git_commit() -> str:
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True,
                              check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=REPO,
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + ("-dirty" if dirty else "")


def versions() -> dict[str, str]:
    found = {}
    for package in ("torch", "transformers", "trl", "peft", "accelerate", "flash-attn", "liger-kernel"):
        try:
            found[package] = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            pass
    found["cuda"] = torch.version.cuda or "none"
    found["python"] = platform.python_version()
    return found


def command_line() -> str:
    """The command as typed from the repository root; a virtual environment's interpreter is named by its path."""
    interpreter = "python"
    if sys.prefix != sys.base_prefix:  # e.g. the trl==1.12 environment of bench_ppo.py
        python = Path(sys.executable)
        interpreter = os.path.relpath(python, REPO) if REPO in python.parents else str(python)
    return " ".join([interpreter, os.path.relpath(sys.argv[0], REPO), *sys.argv[1:]])


def environment(device: torch.device) -> dict:
    name = device_name(device)
    return {"device": name, "peak_bf16_tflops": peak_tflops(name) if device.type == "cuda" else None,
            "versions": versions(), "commit": git_commit(), "command": command_line()}


class BatchRecorder:
    """Wraps the trainer's collator: records each micro-batch's real lengths and how many ids it really holds."""

    def __init__(self, collator):
        self.collator, self.batches = collator, []

    def __call__(self, examples):
        batch = self.collator(examples)
        self.batches.append(([len(e["input_ids"]) for e in examples], batch["input_ids"].numel()))
        return batch


class StepTimer(TrainerCallback):
    """Synchronised wall clock from the end of the last warm-up step to the end of the last step."""

    def __init__(self, warmup: int, device: torch.device):
        self.warmup, self.device, self.start, self.end = warmup, device, None, None

    def on_step_end(self, args, state, control, **kwargs):
        if state.global_step == self.warmup:
            self.start = now(self.device)
        if state.global_step == args.max_steps:
            self.end = now(self.device)


def step_metrics(recorder: BatchRecorder, timer: StepTimer, steps: int, accum: int, config: Qwen2Config,
                 device: torch.device, lm_head: bool = True, adapter_params: int | None = None) -> dict:
    """Throughput, padding share, FLOP/s and MFU of the measured optimizer steps of a finished trainer run."""
    # Batches are collated in step order, ``accum`` per optimizer step: keep those of the measured steps.
    measured = recorder.batches[timer.warmup * accum:(timer.warmup + steps) * accum]
    lengths = [n for batch_lengths, _ in measured for n in batch_lengths]
    seconds = timer.end - timer.start
    flops = train_flops(config, lengths, lm_head, adapter_params)
    utilisation = mfu(flops, seconds, device)
    return {"status": "ok", "seconds": seconds, "tokens": sum(lengths),
            "pad_pct": 100 * (1 - sum(lengths) / sum(numel for _, numel in measured)),
            "tokens_per_s": sum(lengths) / seconds, "tflops": flops / seconds / 1e12,
            "mfu_pct": None if utilisation is None else 100 * utilisation, "peak_gib": peak_memory_gib(device)}


# ---------------------------------------------------------------------------------------------------------------
# Command line and output
# ---------------------------------------------------------------------------------------------------------------
def base_parser(doc: str, steps: int, warmup: int) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--small", action="store_true", help="2-layer, 128-wide model and short sequences (CPU, CI)")
    parser.add_argument("--device", default="auto", choices=["auto", "cuda", "cpu"],
                        help="auto: cuda if available, else cpu (pick a GPU with CUDA_VISIBLE_DEVICES)")
    parser.add_argument("--steps", type=int, default=steps,
                        help=f"measured steps (PPO: iterations) after warm-up (default: {steps})")
    parser.add_argument("--warmup", type=int, default=warmup,
                        help=f"unmeasured warm-up steps, >= 1 (default: {warmup})")
    parser.add_argument("--seed", type=int, default=0, help="seed of the synthetic data and the random weights")
    parser.add_argument("--json-out", type=Path, help="append one JSON line per result to this file")
    return parser


def parse(parser: argparse.ArgumentParser, argv: list[str] | None) -> tuple[argparse.Namespace, torch.device]:
    """The arguments of a stage benchmark (step counts checked) and the device they pick."""
    args = parser.parse_args(argv)
    if args.steps < 1 or args.warmup < 1:
        parser.error("--steps and --warmup must be at least 1 (the first step includes one-off setup)")
    return args, resolve_device(args.device)


def fmt(value, digits: int = 1) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "n/a"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    return str(value)


def report(rows: list[dict], columns: list[tuple[str, str, int]], device: torch.device, json_out: Path | None) -> None:
    """Print a Markdown table (columns: key, header, decimals) under the environment, and append JSON lines."""
    env = environment(device)
    print(f"\ndevice: {env['device']} | commit {env['commit']} | "
          + ", ".join(f"{k} {v}" for k, v in env["versions"].items()))
    print(f"command: {env['command']}\n")
    print("| " + " | ".join(header for _, header, _ in columns) + " |")
    print("|" + "|".join("---" for _ in columns) + "|")
    for row in rows:
        print("| " + " | ".join(fmt(row.get(key), digits) for key, _, digits in columns) + " |")
    if json_out is not None:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        with json_out.open("a", encoding="utf-8") as f:
            for row in rows:
                f.write(jsonfile.dumps({**row, **env}) + "\n")
