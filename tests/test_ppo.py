"""PPO pieces against values computed by hand, and a learning test that proves signs and masks right."""

import json
import math

import numpy as np
import pytest
import torch

from rlhf_code.ppo import (
    AdaptiveKLController, PromptSampler, gae, group_advantages, grpo_advantages, kl_per_token, masked_whiten,
    policy_loss, response_mask, rloo_advantages, run, token_rewards, value_loss,
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
    assert torch.allclose(grpo_advantages(returns, 4), expected, atol=1e-3)


def test_unjudged_responses_are_no_part_of_the_group_baseline():
    returns = torch.tensor([1.0, 0.0, 0.0, 9.0])  # the last response could not be judged: its 0-filled return
    judged = torch.tensor([True, True, True, False])
    # leave-one-out over the judged three: 1 - (0 + 0) / 2 = 1; 0 - (1 + 0) / 2 = -0.5
    assert torch.allclose(rloo_advantages(returns, 4, judged), torch.tensor([1.0, -0.5, -0.5, 0.0]))
    std = math.sqrt(((2 / 3) ** 2 + 2 * (1 / 3) ** 2) / 2)  # unbiased std of 1, 0, 0
    expected = torch.tensor([(2 / 3) / std, -(1 / 3) / std, -(1 / 3) / std, 0.0])
    assert torch.allclose(grpo_advantages(returns, 4, judged), expected, atol=1e-3)
    alone = torch.tensor([True, False])  # no judged partner: no baseline, no advantage
    assert rloo_advantages(torch.tensor([1.0, 0.0]), 2, alone).tolist() == [0.0, 0.0]


def test_group_advantages_give_every_token_its_response_advantage():
    rewards = torch.tensor([[0.0, -0.1, 1.0, 5.0], [0.0, 0.0, -0.2, 0.0]])  # 5.0 is after the stop: masked
    mask = torch.tensor([[1.0, 1.0, 1.0, 0.0], [1.0, 1.0, 1.0, 1.0]])
    # returns 0.9 and -0.2; leave-one-out with a group of two: 0.9 - (-0.2) = 1.1 and -1.1
    advantages = group_advantages(rewards, mask, "rloo", 2)
    assert torch.allclose(advantages, torch.tensor([[1.1, 1.1, 1.1, 0.0], [-1.1, -1.1, -1.1, -1.1]]))


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
    loss, clipfrac, approx_kl = policy_loss(new, old, advantages, mask, clip_range=0.2)
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
