"""PPO pieces against values computed by hand, and a learning test that proves signs and masks right."""

import json
import logging
import math
import re
import shutil

import numpy as np
import pytest
import torch

from rlhf_code.ppo import (
    AdaptiveKLController, PPOArguments, PromptSampler, aggregate_loss, gae, group_advantages, group_mean_advantages,
    kl_per_token, masked_whiten, policy_loss, response_mask, rloo_advantages, run, token_rewards, uniform_groups,
    value_loss,
)

from conftest import tiny_ppo_args, write_jsonl


def test_gae_matches_hand_computation():
    gamma, lam = 0.9, 0.8
    rewards = torch.tensor([[0.0, 0.5, 1.0, 7.0]])  # the last position is after the stop token: masked
    values = torch.tensor([[0.2, 0.4, 0.6, 9.0]])
    mask = torch.tensor([[1.0, 1.0, 1.0, 0.0]])
    # delta_t = r_t + gamma * V_{t+1} - V_t, with V = 0 after the last unmasked token
    d2 = 1.0 + 0 - 0.6
    d1 = 0.5 + gamma * 0.6 - 0.4
    d0 = 0.0 + gamma * 0.4 - 0.2
    a2 = d2
    a1 = d1 + gamma * lam * a2
    a0 = d0 + gamma * lam * a1
    advantages, returns = gae(rewards, values, mask, gamma, lam)
    assert torch.allclose(advantages, torch.tensor([[a0, a1, a2, 0.0]]))
    assert torch.allclose(returns, torch.tensor([[a0 + 0.2, a1 + 0.4, a2 + 0.6, 0.0]]))


def test_gae_with_lambda_one_is_the_monte_carlo_return_minus_value():
    rewards = torch.tensor([[0.1, 0.2, 0.3]])
    values = torch.tensor([[0.5, -0.5, 0.25]])
    advantages, _ = gae(rewards, values, torch.ones(1, 3), gamma=1.0, lam=1.0)
    assert torch.allclose(advantages, torch.tensor([[0.6 - 0.5, 0.5 + 0.5, 0.3 - 0.25]]))


def test_rloo_baseline_is_the_mean_of_the_other_responses_to_the_prompt():
    returns = torch.tensor([1.0, 0.0, 0.0, 1.0, 0.5, 0.5, 0.5, 0.5])  # two prompts, four responses each
    # response 0: 1 - (0 + 0 + 1) / 3 = 2/3; response 1: 0 - (1 + 0 + 1) / 3 = -2/3; an all-equal group: 0
    expected = torch.tensor([2 / 3, -2 / 3, -2 / 3, 2 / 3, 0.0, 0.0, 0.0, 0.0])
    assert torch.allclose(rloo_advantages(returns, 4), expected)


def test_grpo_advantage_is_the_return_standardised_within_its_group():
    returns = torch.tensor([1.0, 0.0, 0.0, 1.0, 3.0, 3.0, 3.0, 3.0])
    std = math.sqrt(4 * 0.5 ** 2 / 3)  # unbiased std of 1, 0, 0, 1
    expected = torch.tensor([0.5 / std, -0.5 / std, -0.5 / std, 0.5 / std, 0.0, 0.0, 0.0, 0.0])
    assert torch.allclose(group_mean_advantages(returns, 4), expected, atol=1e-3)


def test_unjudged_responses_are_no_part_of_the_group_baseline():
    returns = torch.tensor([1.0, 0.0, 0.0, 9.0])  # the last response could not be judged: its 0-filled return
    judged = torch.tensor([True, True, True, False])
    # leave-one-out over the judged three: 1 - (0 + 0) / 2 = 1; 0 - (1 + 0) / 2 = -0.5
    assert torch.allclose(rloo_advantages(returns, 4, judged), torch.tensor([1.0, -0.5, -0.5, 0.0]))
    std = math.sqrt(((2 / 3) ** 2 + 2 * (1 / 3) ** 2) / 2)  # unbiased std of 1, 0, 0
    expected = torch.tensor([(2 / 3) / std, -(1 / 3) / std, -(1 / 3) / std, 0.0])
    assert torch.allclose(group_mean_advantages(returns, 4, judged), expected, atol=1e-3)
    alone = torch.tensor([True, False])  # no judged partner: no baseline, no advantage
    assert rloo_advantages(torch.tensor([1.0, 0.0]), 2, alone).tolist() == [0.0, 0.0]


def test_group_advantages_give_every_token_its_response_advantage():
    rewards = torch.tensor([[0.0, -0.1, 1.0, 5.0], [0.0, 0.0, -0.2, 0.0]])  # 5.0 is after the stop: masked
    mask = torch.tensor([[1.0, 1.0, 1.0, 0.0], [1.0, 1.0, 1.0, 1.0]])
    # returns 0.9 and -0.2; leave-one-out with a group of two: 0.9 - (-0.2) = 1.1 and -1.1
    advantages = group_advantages(rewards, mask, "rloo", 2)
    assert torch.allclose(advantages, torch.tensor([[1.1, 1.1, 1.1, 0.0], [-1.1, -1.1, -1.1, -1.1]]))


def test_dr_grpo_advantage_is_the_return_minus_its_group_mean_unscaled():
    returns = torch.tensor([1.0, 0.0, 0.0, 1.0, 2.0, 0.0, 9.0, 9.0])
    judged = torch.tensor([True, True, True, True, True, True, True, False])
    # group 1: mean 0.5; group 2 over its judged three (2, 0, 9): mean 11/3, the unjudged response gets 0
    expected = torch.tensor([0.5, -0.5, -0.5, 0.5, 2 - 11 / 3, -11 / 3, 9 - 11 / 3, 0.0])
    assert torch.allclose(group_mean_advantages(returns, 4, judged, scale_by_std=False), expected)


def test_reinforce_pp_baseline_whitens_the_group_mean_advantages_over_the_batch():
    rewards = torch.tensor([[0.0, 3.0], [1.0, 0.0], [0.0, 0.0], [2.0, 0.0]])
    mask = torch.tensor([[1.0, 1.0], [1.0, 0.0], [1.0, 1.0], [1.0, 0.0]])
    # returns 3, 1 | 0, 2; group-mean advantages 1, -1 | -1, 1; unscaled, whatever scale_by_std's default
    advantages = group_advantages(rewards, mask, "reinforce_pp_baseline", 2)
    assert torch.allclose(advantages, torch.tensor([[1.0, 1.0], [-1.0, 0.0], [-1.0, -1.0], [1.0, 0.0]]))
    # whitened over the six unmasked tokens: values 1, 1, -1, -1, -1, 1 have mean 0 and std 1, so they stay
    assert torch.allclose(masked_whiten(advantages, mask), advantages, atol=1e-4)
    scaled = group_advantages(rewards, mask, "grpo", 2, scale_by_std=True)  # std of (3, 1) is sqrt(2)
    assert scaled[0, 0].item() == pytest.approx(1 / (math.sqrt(2) + 1e-4))


def test_whitened_rloo_would_be_reinforce_pp_baseline():
    """Why rloo is not whitened by default: leave-one-out is the group-mean advantage times G/(G-1) (here 4/3), a
    constant that whitening removes, so whitened rloo would duplicate reinforce_pp_baseline."""
    rewards = torch.tensor([[1.0, 0.5], [0.0, 0.0], [0.2, 0.0], [0.0, 0.0], [0.9, 0.0], [0.4, 0.4], [0.0, 0.0],
                            [1.0, 0.0]])
    mask = torch.tensor([[1.0, 1.0], [1.0, 0.0], [1.0, 1.0], [1.0, 0.0]] * 2)
    rloo = group_advantages(rewards, mask, "rloo", 4)
    group_mean = group_advantages(rewards, mask, "reinforce_pp_baseline", 4)
    assert torch.allclose(rloo, group_mean * 4 / 3)
    assert torch.allclose(masked_whiten(rloo, mask), masked_whiten(group_mean, mask), atol=1e-5)


def test_estimator_defaults_and_invalid_combinations():
    def args(*pairs):
        return PPOArguments(model_name_or_path="m", reward_model_path="none", data_path="d", output_dir="o",
                            **dict(pairs))

    gae_run = args()  # today's behaviour
    assert (gae_run.needs_critic, gae_run.loss_aggregation, gae_run.whiten_advantages, gae_run.kl_mode,
            gae_run.clip_range_low, gae_run.clip_range_high) == (True, "token", True, "reward", 0.2, 0.2)
    dr = args(("advantage_estimator", "dr_grpo"), ("samples_per_prompt", 4))
    assert (dr.needs_critic, dr.loss_aggregation, dr.whiten_advantages, dr.scale_by_group_std) == (
        False, "constant", False, False)
    assert args(("advantage_estimator", "grpo"), ("samples_per_prompt", 4)).scale_by_group_std is True
    assert args(("advantage_estimator", "rloo"), ("samples_per_prompt", 4)).whiten_advantages is False
    clip_higher = args(("clip_range_low", 0.2), ("clip_range_high", 0.28))
    assert (clip_higher.clip_range_low, clip_higher.clip_range_high) == (0.2, 0.28)
    for pairs, message in [
        ([("kl_mode", "loss")], "--kl_estimator k3"),
        ([("kl_mode", "off"), ("adaptive_kl", True)], "nothing to adapt"),
        ([("kl_mode", "both")], "kl_mode must be one of"),
        ([("loss_aggregation", "sum")], "loss_aggregation must be one of"),
        ([("filter_uniform_groups", True)], "samples_per_prompt >= 2"),
        ([("scale_by_group_std", True)], "group-mean estimators"),
        ([("advantage_estimator", "reinforce_pp_baseline"), ("samples_per_prompt", 2),
          ("whiten_advantages", False)], "whitened over the batch"),
        ([("clip_range_low", 1.0)], "--clip_range_low must be in [0, 1)"),
    ]:
        with pytest.raises(ValueError, match=re.escape(message)):
            args(*pairs)


def test_uniform_groups_are_those_whose_judged_scores_are_all_equal():
    scores = torch.tensor([1.0, 1.0, 1.0, 0.0, 0.5, 0.5, 0.0, 0.0])
    judged = torch.tensor([True, True, True, True, True, True, False, False])
    # (1, 1) equal; (1, 0) not; (0.5, 0.5) equal; nothing judged: nothing to filter
    assert uniform_groups(scores, judged, 2).tolist() == [True, False, True, False]
    assert uniform_groups(torch.tensor([1.0, 0.0]), torch.tensor([True, False]), 2).tolist() == [True]


def test_loss_aggregations_by_hand():
    per_token = torch.tensor([[1.0, 2.0, 3.0, 4.0], [10.0, 0.0, 0.0, 0.0], [5.0, 5.0, 5.0, 5.0]])
    mask = torch.tensor([[1.0, 1.0, 1.0, 1.0], [1.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0]])
    # token: (1 + 2 + 3 + 4 + 10) / 5 tokens; sequence: mean of 2.5 and 10 (the empty row counts for nothing);
    # constant: 20 / (3 responses * 8 max new tokens)
    assert aggregate_loss(per_token, mask, "token", 8).item() == pytest.approx(20 / 5)
    assert aggregate_loss(per_token, mask, "sequence", 8).item() == pytest.approx((2.5 + 10) / 2)
    assert aggregate_loss(per_token, mask, "constant", 8).item() == pytest.approx(20 / 24)


def test_asymmetric_clipping_lets_a_positive_advantage_raise_the_ratio_further():
    old = torch.zeros(1, 3)
    new = torch.log(torch.tensor([[1.25, 1.35, 0.75]]))
    advantages = torch.tensor([[1.0, 1.0, -1.0]])
    mask = torch.ones(1, 3)
    loss, clipfrac, _ = policy_loss(new, old, advantages, mask, clip_low=0.2, clip_high=0.28)
    # A=1, r=1.25 < 1.28: -1.25 unclipped; A=1, r=1.35 -> -1.28 (clipped above); A=-1, r=0.75 -> 0.8 (clipped below)
    assert loss.item() == pytest.approx((-1.25 - 1.28 + 0.8) / 3)
    assert clipfrac.item() == pytest.approx(2 / 3)
    symmetric, _, _ = policy_loss(new, old, advantages, mask, clip_low=0.2, clip_high=0.2)
    assert symmetric.item() == pytest.approx((-1.2 - 1.2 + 0.8) / 3)


def test_whitening_uses_only_unmasked_positions():
    x = torch.tensor([[1.0, 2.0, 3.0, 100.0]])
    mask = torch.tensor([[1.0, 1.0, 1.0, 0.0]])
    w = masked_whiten(x, mask)
    std = math.sqrt(2 / 3)  # population std of 1, 2, 3
    assert torch.allclose(w, torch.tensor([[-1 / std, 0.0, 1 / std, 0.0]]), atol=1e-4)


def test_clipped_policy_loss_by_hand():
    old = torch.zeros(1, 4)
    new = torch.log(torch.tensor([[1.5, 0.5, 1.1, 2.0]]))  # ratios 1.5, 0.5, 1.1, 2.0
    advantages = torch.tensor([[1.0, -1.0, 2.0, 5.0]])
    mask = torch.tensor([[1.0, 1.0, 1.0, 0.0]])
    loss, clipfrac, approx_kl = policy_loss(new, old, advantages, mask, clip_low=0.2, clip_high=0.2)
    # max(-A r, -A clip(r, 0.8, 1.2)): A=1, r=1.5 -> max(-1.5, -1.2) = -1.2 (clipped)
    # A=-1, r=0.5 -> max(0.5, 0.8) = 0.8 (clipped); A=2, r=1.1 -> max(-2.2, -2.2) = -2.2
    assert loss.item() == pytest.approx((-1.2 + 0.8 - 2.2) / 3)
    assert clipfrac.item() == pytest.approx(2 / 3)
    ratios = torch.tensor([1.5, 0.5, 1.1])
    assert approx_kl.item() == pytest.approx(((ratios - 1) - ratios.log()).mean().item())


def test_clipped_value_loss_by_hand():
    old_values = torch.tensor([[0.0, 0.0]])
    values = torch.tensor([[1.0, 0.1]])
    returns = torch.tensor([[1.0, 1.0]])
    mask = torch.ones(1, 2)
    loss, vf_clipfrac = value_loss(values, old_values, returns, mask, clip_range_value=0.2)
    # token 0: unclipped error 0, clipped value 0.2 -> error 0.64; max = 0.64. token 1: 0.81 both.
    assert loss.item() == pytest.approx(0.5 * (0.64 + 0.81) / 2)
    assert vf_clipfrac.item() == pytest.approx(0.5)
    unclipped, _ = value_loss(values, old_values, returns, mask, clip_range_value=None)
    assert unclipped.item() == pytest.approx(0.5 * (0.0 + 0.81) / 2)


def test_everything_after_the_first_stop_token_is_masked():
    stop = [7, 9]
    ids = torch.tensor([[1, 2, 7, 3, 9], [1, 2, 3, 4, 5], [9, 9, 9, 9, 9]])
    mask, hit = response_mask(ids, stop)
    assert mask.tolist() == [[1, 1, 1, 0, 0], [1, 1, 1, 1, 1], [1, 0, 0, 0, 0]]
    assert hit.tolist() == [True, False, True]


def test_kl_estimators():
    log_p = torch.log(torch.tensor([0.5, 0.2]))
    log_q = torch.log(torch.tensor([0.25, 0.4]))
    assert torch.allclose(kl_per_token(log_p, log_q, "k1"), log_p - log_q)
    ratio = torch.tensor([0.25 / 0.5, 0.4 / 0.2])  # q / p
    assert torch.allclose(kl_per_token(log_p, log_q, "k3"), (ratio - 1) - ratio.log())
    assert (kl_per_token(log_p, log_q, "k3") >= 0).all()


def test_token_rewards_put_the_score_on_the_last_response_token():
    kl = torch.tensor([[0.1, 0.2, 0.3, 0.4]])
    mask = torch.tensor([[1.0, 1.0, 0.0, 0.0]])
    rewards = token_rewards(torch.tensor([2.0]), kl, mask, kl_coef=0.5)
    assert torch.allclose(rewards, torch.tensor([[-0.05, -0.1 + 2.0, 0.0, 0.0]]))


def test_adaptive_kl_controller_moves_toward_the_target():
    ctl = AdaptiveKLController(0.1, target=6.0, horizon=100)
    ctl.update(current_kl=12.0, n_rollouts=10)  # error clipped to +0.2
    assert ctl.value == pytest.approx(0.1 * (1 + 0.2 * 10 / 100))
    ctl = AdaptiveKLController(0.1, target=6.0, horizon=100)
    ctl.update(current_kl=5.4, n_rollouts=10)  # error -0.1
    assert ctl.value == pytest.approx(0.1 * (1 - 0.1 * 10 / 100))


def test_prompt_sampler_is_a_reproducible_permutation_per_epoch():
    sampler = PromptSampler(n=10, batch_size=4, seed=3)
    epoch0 = sampler.batch(0) + sampler.batch(1) + sampler.batch(2)[:2]
    assert sorted(epoch0) == list(range(10))
    assert sampler.batch(5) == PromptSampler(10, 4, 3).batch(5)


def shorter_is_better(prompts, responses, records):
    """A simple verifiable reward: shorter responses (ended by an end-of-turn token) score higher."""
    return {"brevity": np.array([-len(r) / 100 for r in responses])}


@pytest.mark.slow
def test_ppo_learns_a_verifiable_reward(start_policy, tmp_path):
    prompts = write_jsonl(tmp_path / "prompts.jsonl", [{"prompt": f"Write function number {i}."} for i in range(16)])
    out = tmp_path / "ppo"
    args = tiny_ppo_args(start_policy, prompts, out, "--total_iterations", "15", "--truncation_penalty", "0",
                         "--lam", "1.0", "--advantage_estimator", "gae", "--samples_per_prompt", "1",
                         "--rollout_batch_size", "16", "--mini_batch_size", "8", "--micro_batch_size", "8",
                         "--learning_rate", "3e-3", "--kl_coef", "0.02", "--max_new_tokens", "48")
    run(args, reward_fn=shorter_is_better, weights={"brevity": 1.0})
    log = [json.loads(line) for line in (out / "ppo_log.jsonl").read_text().splitlines()]
    assert [entry["step"] for entry in log] == list(range(1, 16))
    first = np.mean([e["reward_mean"] for e in log[:3]])
    last = np.mean([e["reward_mean"] for e in log[-3:]])
    assert last > first + 0.15, (first, last)
    assert np.mean([e["eos_rate"] for e in log[-3:]]) > np.mean([e["eos_rate"] for e in log[:3]])
    for key in ("reward_brevity_mean", "kl", "entropy", "clipfrac", "approx_kl", "policy_loss", "value_loss",
                "response_len_mean", "eos_rate", "seconds"):
        assert all(math.isfinite(e[key]) for e in log), key


def test_combine_skips_not_applicable_components_but_keeps_broken_ones_visible():
    from rlhf_code.rewards import combine

    components = {"rm": np.array([0.5, 0.2, 0.1]), "functional": np.array([1.0, np.nan, 0.5])}
    total = combine(components, {"rm": 2.0, "functional": 1.0})
    assert np.allclose(total, [2.0, 0.4, 0.7])  # NaN (no tests) contributes nothing
    assert np.isinf(combine({"rm": np.array([np.inf])}, {"rm": 1.0}))[0]


@pytest.mark.slow
def test_ppo_runs_with_two_processes(start_policy, tmp_path):
    from transformers import AutoModelForCausalLM

    from conftest import REPO, run_script

    prompts = write_jsonl(tmp_path / "prompts.jsonl", [
        {"prompt": f"Write `f{i}()` returning {i}.", "tests": [f"assert f{i}() == {i}"]} for i in range(8)])
    out = tmp_path / "ppo"
    result = run_script([
        "accelerate", "launch", "--multi_gpu", "--num_processes", "2", "--num_machines", "1", "--mixed_precision", "no",
        "--dynamo_backend", "no", "train_ppo.py", "--config", str(REPO / "configs/tiny/ppo.yaml"),
        "--model_name_or_path", str(start_policy), "--reward_model_path", "none", "--data_path", str(prompts),
        "--output_dir", str(out), "--total_iterations", "3", "--rollout_batch_size", "4", "--mini_batch_size", "4",
        "--micro_batch_size", "2", "--max_new_tokens", "16", "--log_samples_every", "0",
    ], env={"ACCELERATE_USE_CPU": "true"})  # see test_sft: two CPU processes need the torchrun-based launcher
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.count("PPO policy written to") == 2  # both ranks ran to the end
    log = [json.loads(line) for line in (out / "ppo_log.jsonl").read_text().splitlines()]
    assert [entry["step"] for entry in log] == [1, 2, 3]  # one line per iteration, written by the main rank only
    AutoModelForCausalLM.from_pretrained(out)


@pytest.mark.slow
def test_unjudged_samples_are_counted_and_left_out_of_the_update(start_policy, tmp_path):
    """A sample the sandbox could not judge has no reward: the run goes on, its count is logged, and the reward
    statistics cover only the judged samples."""
    from rlhf_code.rewards import UNJUDGED

    def half_unjudged(prompts, responses, records):
        n = len(responses)
        return {"functional": np.ones(n), UNJUDGED: (np.arange(n) % 2).astype(float)}

    prompts = write_jsonl(tmp_path / "prompts.jsonl", [{"prompt": f"Write function number {i}."} for i in range(8)])
    out = tmp_path / "ppo"
    args = tiny_ppo_args(start_policy, prompts, out, "--total_iterations", "2", "--rollout_batch_size", "8",
                         "--mini_batch_size", "8", "--micro_batch_size", "8", "--max_new_tokens", "8",
                         "--truncation_penalty", "0")
    run(args, reward_fn=half_unjudged, weights={"functional": 1.0})
    log = [json.loads(line) for line in (out / "ppo_log.jsonl").read_text().splitlines()]
    assert [e["unjudged"] for e in log] == [4, 4]
    assert all(e["reward_mean"] == pytest.approx(1.0) for e in log)  # the NaN rewards are not averaged in as 0
    assert all(e["skipped_updates"] == 0 and math.isfinite(e["policy_loss"]) for e in log)


@pytest.mark.slow
@pytest.mark.parametrize("estimator, extra", [
    ("gae", ["--samples_per_prompt", "1"]),
    ("rloo", []),
    ("grpo", ["--kl_mode", "loss", "--kl_estimator", "k3", "--clip_range_high", "0.28", "--filter_uniform_groups",
              "true", "--loss_aggregation", "sequence"]),
    ("dr_grpo", ["--kl_mode", "off", "--mask_truncated", "true"]),
    ("reinforce_pp_baseline", []),
])
def test_each_estimator_runs_end_to_end_and_resumes(start_policy, tmp_path, caplog, monkeypatch, estimator, extra):
    """Two iterations of every estimator on the tiny preset, a checkpoint after the first; a longer rerun resumes
    from it (the critic-free checkpoints hold no value head, the gae one does)."""
    from peft import PeftModel

    reference_passes = []  # under LoRA the reference is the policy with its adapters disabled
    disable_adapter = PeftModel.disable_adapter
    monkeypatch.setattr(PeftModel, "disable_adapter", lambda model: reference_passes.append(1) or disable_adapter(model))
    prompts = write_jsonl(tmp_path / "prompts.jsonl", [{"prompt": f"Write function number {i}."} for i in range(8)])
    out = tmp_path / "ppo"

    def train(iterations: str):
        args = tiny_ppo_args(start_policy, prompts, out, "--advantage_estimator", estimator, "--samples_per_prompt",
                             "2", "--total_iterations", iterations, "--rollout_batch_size", "4", "--mini_batch_size",
                             "4", "--micro_batch_size", "2", "--max_new_tokens", "8", "--save_every", "1",
                             "--keep_checkpoints", "true", *extra)
        run(args, reward_fn=shorter_is_better, weights={"brevity": 1.0})
        return [json.loads(line) for line in (out / "ppo_log.jsonl").read_text().splitlines()]

    log = train("2")
    assert [e["step"] for e in log] == [1, 2]
    assert all(e["skipped_updates"] == 0 and math.isfinite(e["policy_loss"]) for e in log)
    assert all((e["value_loss"] != 0) == (estimator == "gae") for e in log)  # a critic only for gae
    assert all((e["kl"] is None) == ("off" in extra) for e in log)  # kl_mode off measures no KL
    assert (len(reference_passes) == 0) == ("off" in extra)  # ... and runs no reference forward pass
    # the k3 loss term is > 0 once the first step has moved the policy off the reference
    assert (log[-1]["kl_loss"] > 0) == ("loss" in extra) and all(e["kl_loss"] >= 0 for e in log)
    masks_truncated = "--mask_truncated" in extra
    assert all(e["truncated_masked"] == (round(4 * (1 - e["eos_rate"])) if masks_truncated else 0) for e in log)
    state = torch.load(tmp_path / "ppo-checkpoints" / "checkpoint-1" / "ppo_state.pt", weights_only=False)
    assert any(name.startswith("value_head") for name in state["trainable"]) == (estimator == "gae")

    shutil.rmtree(out)
    with caplog.at_level(logging.INFO, logger="rlhf_code.ppo"):
        log = train("3")
    assert "resuming from" in caplog.text and "iteration 1" in caplog.text
    assert [e["step"] for e in log] == [1, 2, 3]


def test_critic_free_full_fine_tuning_without_kl_holds_neither_value_head_nor_reference(start_policy, tmp_path):
    from rlhf_code.ppo import build_policy

    def built(*extra):
        args = tiny_ppo_args(start_policy, tmp_path / "prompts.jsonl", tmp_path / "ppo", "--use_peft", "false", *extra)
        policy, reference = build_policy(args)
        return policy.value_head is not None, reference is not None

    assert built("--advantage_estimator", "gae", "--samples_per_prompt", "1") == (True, True)
    assert built("--advantage_estimator", "grpo") == (False, True)
    assert built("--advantage_estimator", "grpo", "--kl_mode", "off") == (False, False)
