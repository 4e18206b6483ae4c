"""PPO with the real code reward makes held-out code better: the tiny task family, end to end, on CPU.

The one test here is the strongest check the RL core has. A policy loss with the wrong sign, a mask that
drops the response or a reward read from the wrong token would not raise the pass rate on compositions that
no training file holds. It trains SFT on the integer tasks of the generated family, runs PPO on their training
prompts with the sandboxed unit-test and task-code rewards the chain uses, and judges both models on the
held-out integer problems with ``evaluate.py``.

The data are the preset's own (demonstrations that print instead of returning, or leave a step out); to fit CI's
time the test takes a third of them and runs 20 PPO iterations at lr 1e-3 and KL 0.01 instead of the preset's 60 at
5e-4 and 0.1. The model's tokenizer is trained on data/tiny: rebuilding it means measuring this test again
(docs/benchmarks.md, "The learning test").
"""

import json

import pytest

from rlhf_code.ppo import run

from conftest import REPO, run_script, tiny_ppo_args, write_jsonl

DOMAIN = "int/"  # one of the family's three domains: a third of the data, the same kind of learning


def domain_records(path, domain=DOMAIN) -> list[dict]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return [r for r in records if r["composition"].startswith(domain)]


@pytest.mark.slow
def test_ppo_raises_the_held_out_pass_rate(tiny_model, tmp_path):
    data = tmp_path / "family"
    result = run_script(["tools/build_tiny_data.py", "--out", str(data)])
    assert result.returncode == 0, result.stderr[-3000:]
    sft_data = write_jsonl(tmp_path / "sft.jsonl", domain_records(data / "sft_data.jsonl"))
    prompts = write_jsonl(tmp_path / "ppo.jsonl", domain_records(data / "ppo_prompts.jsonl"))
    held_out = write_jsonl(tmp_path / "eval.jsonl", domain_records(data / "eval_problems.jsonl"))

    sft = tmp_path / "sft"
    result = run_script(["train_sft.py", "--config", str(REPO / "configs/tiny/sft.yaml"), "--save_steps", "1000"],
                        env={"MODEL_PATH": str(tiny_model), "SFT_DATA": str(sft_data), "SFT_OUTPUT": str(sft)})
    assert result.returncode == 0, result.stderr[-3000:]

    ppo = tmp_path / "ppo"
    # the real reward (sandboxed unit tests + task code), quicker settings than the preset's (module docstring)
    run(tiny_ppo_args(sft, prompts, ppo, "--total_iterations", "20", "--learning_rate", "1e-3", "--kl_coef", "0.01"))

    report = tmp_path / "eval"
    result = run_script(["evaluate.py", "--model", str(sft), "--model", str(ppo), "--problems", str(held_out),
                         "--config", str(REPO / "configs/tiny/eval.yaml"), "--num_samples", "8",
                         "--output", str(report)])
    assert result.returncode == 0, result.stderr[-3000:]
    metrics = json.loads((report / "metrics.json").read_text())
    before, after = (metrics["models"][name] for name in ("sft", "ppo"))
    # 60 held-out problems x 8 samples. Measured on the development machine: 8.3% -> 19.2% (greedy 20.0% -> 30.0%,
    # docs/benchmarks.md); 5 points leaves room for another CPU's arithmetic, and a PPO that learns nothing or
    # learns backwards stays below it (with the policy loss's sign flipped: 8.3% -> 0.0%).
    assert after["pass@1"] >= before["pass@1"] + 0.05, (before["pass@1"], after["pass@1"])
    assert after["pass@1_greedy"] >= before["pass@1_greedy"] - 0.1, (before["pass@1_greedy"], after["pass@1_greedy"])
    assert after["task_code_rate"] >= 0.9 and after["response_tokens_mean"] >= 0.5 * before["response_tokens_mean"]
    assert not metrics["warnings"]
