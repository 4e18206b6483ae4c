"""Reward-model stage: end to end, metrics against scipy, scores independent of padding."""

import json

import numpy as np
import pytest
import torch
from safetensors.torch import load_file
from scipy import stats
from transformers import AutoModelForSequenceClassification, AutoTokenizer

from rlhf_code.data import load_records
from rlhf_code.evaluation import GenerationSettings, reward_model_scores
from rlhf_code.models import load_reward_model, load_tokenizer, trained_max_length
from rlhf_code.metrics import regression_metrics
from rlhf_code.reward_model import encode, score, split_records

from conftest import TINY_RM_ARGS, run_script


def test_rm_end_to_end_reloads_and_reports_metrics(rm_checkpoint, small_data):
    model = AutoModelForSequenceClassification.from_pretrained(rm_checkpoint)
    assert model.config.num_labels == 1
    metrics = json.loads((rm_checkpoint / "metrics.json").read_text())
    assert {"eval_mse", "eval_pearson", "eval_spearman"} <= set(metrics["eval"])
    assert metrics["n_train"] + metrics["n_eval"] == 36 and metrics["n_eval"] == 9  # 3 of 12 prompts held out

    # The reported held-out metrics are what scipy computes on the saved model's predictions.
    records = load_records(small_data["rm"], "rm")
    seed = json.loads((rm_checkpoint / "stage_complete.json").read_text())["args"]["training"]["seed"]
    _, held_out = split_records(records, eval_fraction=0.25, seed=seed)
    tokenizer = load_tokenizer(str(rm_checkpoint))
    model = load_reward_model(str(rm_checkpoint), bf16=False, pad_token_id=tokenizer.pad_token_id).eval()
    predicted = np.array(score(model, tokenizer, [r["prompt"] for r in held_out], [r["response"] for r in held_out]))
    labels = np.array([r["score"] for r in held_out])
    assert metrics["eval"]["eval_mse"] == pytest.approx(np.mean((predicted - labels) ** 2), rel=1e-4, abs=1e-6)
    assert metrics["eval"]["eval_pearson"] == pytest.approx(stats.pearsonr(predicted, labels).statistic, abs=1e-4)
    assert metrics["eval"]["eval_spearman"] == pytest.approx(stats.spearmanr(predicted, labels).statistic, abs=1e-4)


def test_a_rerun_with_the_same_seed_trains_the_same_reward_model(rm_checkpoint, sft_checkpoint, small_data, tmp_path):
    """The new score head is seeded: the same command gives the same weights (the PPO reward, and every figure
    measured downstream of it, must not depend on the run)."""
    again = tmp_path / "rm"
    result = run_script(["train_rm.py", *TINY_RM_ARGS, "--eval_fraction", "0.25"], env={
        "SFT_OUTPUT": str(sft_checkpoint), "RM_DATA": str(small_data["rm"]), "RM_OUTPUT": str(again)})
    assert result.returncode == 0, result.stderr[-3000:]
    first, second = (load_file(str(d / "model.safetensors")) for d in (rm_checkpoint, again))
    assert first.keys() == second.keys() and all(torch.equal(first[k], second[k]) for k in first)


def test_regression_metrics_match_scipy():
    rng = np.random.default_rng(0)
    labels = rng.random(50)
    predictions = labels + rng.normal(0, 0.2, 50)
    got = regression_metrics(predictions, labels)
    assert got["mse"] == pytest.approx(np.mean((predictions - labels) ** 2))
    assert got["pearson"] == pytest.approx(stats.pearsonr(predictions, labels).statistic)
    assert got["spearman"] == pytest.approx(stats.spearmanr(predictions, labels).statistic)
    assert np.isnan(regression_metrics(np.ones(5), labels[:5])["pearson"])


def test_split_keeps_each_prompt_on_one_side(small_data):
    records = load_records(small_data["rm"], "rm")
    train, held_out = split_records(records, 0.25, seed=1)
    assert {r["prompt"] for r in train}.isdisjoint({r["prompt"] for r in held_out})
    assert len(train) + len(held_out) == len(records)


@pytest.mark.parametrize("padding_side", ["right", "left"])
def test_score_does_not_depend_on_padding(tiny_model, padding_side):
    """Qwen's pad token is also its eos: pooling must pick each sequence's own last token, whatever the padding."""
    tokenizer = AutoTokenizer.from_pretrained(tiny_model)
    tokenizer.padding_side = padding_side
    torch.manual_seed(0)
    model = load_reward_model(str(tiny_model), bf16=False, pad_token_id=tokenizer.pad_token_id).eval()
    prompts = ["Write add(a, b).", "Write a long function please " * 20, "Write f."]
    responses = ["def add(a, b):\n    return a + b", "def g():\n    pass\n" * 30, "def f(): pass<|endoftext|>"]
    alone = [score(model, tokenizer, [p], [r])[0] for p, r in zip(prompts, responses)]
    batched = score(model, tokenizer, prompts, responses, batch_size=3)
    assert np.allclose(alone, batched, atol=1e-5), (alone, batched)
    assert len(set(np.round(alone, 4))) == 3  # the scores are not trivially constant


LONG_PROMPT, LONG_RESPONSE = "Write a long function please " * 20, "def g():\n    pass\n" * 30


def test_an_over_long_text_keeps_the_end_of_its_response(tiny_model):
    """The score is read at the last token: truncation must cut the beginning (prompt side), not the response."""
    tokenizer = AutoTokenizer.from_pretrained(tiny_model)
    torch.manual_seed(0)
    model = load_reward_model(str(tiny_model), bf16=False, pad_token_id=tokenizer.pad_token_id).eval()
    full = encode(tokenizer, [LONG_PROMPT], [LONG_RESPONSE], max_length=10**6)[0]
    kept = encode(tokenizer, [LONG_PROMPT], [LONG_RESPONSE], max_length=64)[0]
    assert len(full) > 64 and kept == full[-64:]
    with torch.no_grad():
        expected = model(input_ids=torch.tensor([kept])).logits[0, 0].item()
    scored = score(model, tokenizer, [LONG_PROMPT], [LONG_RESPONSE], max_length=64)[0]
    assert scored == pytest.approx(expected, abs=1e-5)


def test_evaluation_scores_at_the_length_the_reward_model_was_trained_at(rm_checkpoint):
    assert trained_max_length(str(rm_checkpoint)) == 256  # configs/tiny/rm.yaml, recorded by train_rm.py
    settings = GenerationSettings(num_samples=1, temperature=0.0, top_p=1.0, max_new_tokens=8, batch_size=2, seed=0,
                                  bf16=False)
    got = reward_model_scores(str(rm_checkpoint), [LONG_PROMPT], [LONG_RESPONSE], settings)[0]
    tokenizer = load_tokenizer(str(rm_checkpoint))
    model = load_reward_model(str(rm_checkpoint), bf16=False, pad_token_id=tokenizer.pad_token_id).eval()
    assert got == pytest.approx(score(model, tokenizer, [LONG_PROMPT], [LONG_RESPONSE], max_length=256)[0], abs=1e-5)
    # evaluation used to score at 2048 + max_new_tokens, lengths the reward model never saw
    assert got != pytest.approx(score(model, tokenizer, [LONG_PROMPT], [LONG_RESPONSE], max_length=2056)[0], abs=1e-4)
