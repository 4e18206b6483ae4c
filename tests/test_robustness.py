"""Robustness: crash-safe resume after kill -9, graceful SIGTERM, non-finite guards, OOM advice, run_all.sh."""

import json
import os
import signal
import subprocess
import sys
import time

import numpy as np
import pytest
import torch
from torch import nn

from rlhf_code import checkpoint, fingerprint
from rlhf_code.config import INTERRUPTED_EXIT, UserError
from rlhf_code.guards import (
    GracefulStop, NonFiniteGuard, TrainerGuards, check_finite_weights, train_with_guards,
)
from rlhf_code.ppo import run as run_ppo

from conftest import REPO, TINY_SFT_ARGS, run_script, tiny_ppo_args, write_jsonl


def start(args: list[str], env: dict) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, *args], cwd=REPO, env={**os.environ, **env},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for(path, process: subprocess.Popen, timeout: float = 300) -> None:
    deadline = time.time() + timeout
    while not path.exists():
        if process.poll() is not None:
            pytest.fail(f"process ended before {path} appeared:\n{process.stderr.read()[-3000:]}")
        if time.time() > deadline:
            process.kill()
            pytest.fail(f"{path} did not appear in {timeout} s")
        time.sleep(0.05)


def sft_env(tiny_model, small_data, out):
    return {"MODEL_PATH": str(tiny_model), "SFT_DATA": str(small_data["sft"]), "SFT_OUTPUT": str(out)}


# 12 examples, batch 8: 2 optimizer steps per epoch; 30 epochs = 60 steps, a periodic checkpoint every 5.
LONG_SFT = ["train_sft.py", *TINY_SFT_ARGS, "--num_train_epochs", "30", "--save_steps", "5", "--logging_steps", "5"]


def assert_resumes_after_kill_9(command: list[str], env: dict, checkpoint, out, planned_steps: int) -> None:
    """Kill -9 the Trainer stage once ``checkpoint`` is saved, rerun it: it resumes and ends at the
    planned step count, no step trained twice."""
    process = start(command, env)
    wait_for(checkpoint / "trainer_state.json", process)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert not (out / "stage_complete.json").exists()

    result = run_script(command, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "resuming from" in result.stderr and "checkpoint-" in result.stderr
    state = json.loads((out / "trainer_state.json").read_text())
    assert state["global_step"] == state["max_steps"] == planned_steps
    logged_steps = [entry["step"] for entry in state["log_history"] if "loss" in entry]
    assert logged_steps == sorted(set(logged_steps))  # no step trained twice after the resume
    assert (out / "stage_complete.json").exists()


@pytest.mark.slow
def test_sft_resumes_after_kill_9_and_ends_with_the_planned_steps(tiny_model, small_data, tmp_path):
    out = tmp_path / "sft"
    assert_resumes_after_kill_9(LONG_SFT, sft_env(tiny_model, small_data, out),
                                tmp_path / "sft-checkpoints" / "checkpoint-10", out, planned_steps=60)


@pytest.mark.slow
def test_sigterm_stops_cleanly_with_a_resumable_checkpoint(tiny_model, small_data, tmp_path):
    out = tmp_path / "sft"
    process = start(LONG_SFT, sft_env(tiny_model, small_data, out))
    wait_for(tmp_path / "sft-checkpoints" / "checkpoint-5" / "trainer_state.json", process)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == INTERRUPTED_EXIT, stderr[-3000:]
    assert "Traceback" not in stderr and "Rerun the same command to resume" in stderr
    assert not out.exists()  # no final checkpoint for the next stage to pick up by mistake
    steps = sorted(int(p.name.split("-")[1]) for p in (tmp_path / "sft-checkpoints").glob("checkpoint-*"))
    assert steps and steps[-1] < 60

    result = run_script(LONG_SFT, env=sft_env(tiny_model, small_data, out))
    assert result.returncode == 0, result.stderr[-3000:]
    assert f"checkpoint-{steps[-1]}" in result.stderr
    assert json.loads((out / "trainer_state.json").read_text())["global_step"] == 60


def ppo_command(start_policy, tmp_path, out, *extra) -> list[str]:
    """train_ppo.py for 8 short iterations on 8 prompts with unit tests (no reward model)."""
    prompts = write_jsonl(tmp_path / "prompts.jsonl", [
        {"prompt": f"Write `f{i}()` returning {i}.", "tests": [f"assert f{i}() == {i}"]} for i in range(8)])
    return ["train_ppo.py", "--config", str(REPO / "configs/tiny/ppo.yaml"), "--model_name_or_path", str(start_policy),
            "--reward_model_path", "none", "--data_path", str(prompts), "--output_dir", str(out),
            "--total_iterations", "8", "--rollout_batch_size", "8", "--mini_batch_size", "8", "--micro_batch_size", "8",
            "--max_new_tokens", "16", "--log_samples_every", "0", *extra]


@pytest.mark.slow
def test_ppo_resumes_after_kill_9(start_policy, tmp_path):
    out = tmp_path / "ppo"
    command = ppo_command(start_policy, tmp_path, out, "--save_every", "2")
    process = start(command, {})
    wait_for(tmp_path / "ppo-checkpoints" / "checkpoint-4" / "stage_complete.json", process)
    process.send_signal(signal.SIGKILL)
    process.wait()
    result = run_script(command)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "resuming from" in result.stderr
    log = [json.loads(line) for line in (out / "ppo_log.jsonl").read_text().splitlines()]
    assert [entry["step"] for entry in log] == list(range(1, 9))  # each iteration once, none lost or repeated
    assert json.loads((out / "stage_complete.json").read_text())["iterations"] == 8


@pytest.mark.slow
def test_ppo_sigterm_saves_a_checkpoint_and_the_rerun_finishes(start_policy, tmp_path):
    out = tmp_path / "ppo"
    command = ppo_command(start_policy, tmp_path, out, "--save_every", "100")  # only the stop saves
    process = start(command, {})
    wait_for(tmp_path / "ppo-checkpoints" / "ppo_log.jsonl", process)  # the first iteration is done
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=300)
    assert process.returncode == INTERRUPTED_EXIT, stderr[-3000:]
    assert "Traceback" not in stderr and "Rerun the same command to resume" in stderr
    assert not out.exists()  # no final checkpoint for the evaluation to pick up by mistake
    saved = sorted(int(p.name.split("-")[1]) for p in (tmp_path / "ppo-checkpoints").glob("checkpoint-*"))
    assert len(saved) == 1 and 1 <= saved[0] < 8

    result = run_script(command)
    assert result.returncode == 0, result.stderr[-3000:]
    assert f"checkpoint-{saved[0]}" in result.stderr
    log = [json.loads(line) for line in (out / "ppo_log.jsonl").read_text().splitlines()]
    assert [entry["step"] for entry in log] == list(range(1, 9))


@pytest.mark.slow
def test_rm_resumes_after_kill_9_and_ends_with_the_planned_steps(sft_checkpoint, small_data, tmp_path):
    out = tmp_path / "rm"
    env = {"SFT_OUTPUT": str(sft_checkpoint), "RM_DATA": str(small_data["rm"]), "RM_OUTPUT": str(out)}
    # 27 training records (3 of 12 prompts held out), batch 16: 2 steps per epoch, 40 in all.
    command = ["train_rm.py", "--config", str(REPO / "configs/tiny/rm.yaml"), "--eval_fraction", "0.25",
               "--num_train_epochs", "20", "--save_steps", "5", "--logging_steps", "5"]
    assert_resumes_after_kill_9(command, env, tmp_path / "rm-checkpoints" / "checkpoint-10", out, planned_steps=40)
    assert "pearson" in (out / "metrics.json").read_text()


def test_non_finite_guard_skips_then_stops():
    guard = NonFiniteGuard(max_consecutive=3)
    assert guard.record(True, "s1")
    assert not guard.record(False, "s2")
    assert not guard.record(False, "s3")
    assert guard.record(True, "s4")  # a finite step resets the run of failures
    assert not guard.record(False, "s5") and not guard.record(False, "s6")
    with pytest.raises(UserError, match="3 updates in a row"):
        guard.record(False, "s7")
    assert guard.skipped == 5


class _Control:
    should_training_stop = False
    should_save = False


class _State:
    global_step = 0


def test_trainer_guard_drops_non_finite_gradients_so_the_optimizer_leaves_weights_alone():
    model = nn.Linear(3, 1)
    optimizer = torch.optim.AdamW(model.parameters(), lr=0.1)
    before = [p.detach().clone() for p in model.parameters()]
    model(torch.tensor([[float("nan"), 1.0, 2.0]])).sum().backward()
    callback = TrainerGuards(GracefulStop(), NonFiniteGuard())
    callback.on_pre_optimizer_step(None, _State(), _Control(), model=model)
    optimizer.step()
    assert all(torch.equal(a, b) for a, b in zip(before, model.parameters()))
    assert callback.guard.skipped == 1


def test_checkpoint_with_non_finite_weights_is_refused():
    model = nn.Linear(2, 2)
    check_finite_weights(model)
    with torch.no_grad():
        model.weight[0, 0] = float("inf")
    with pytest.raises(UserError, match="non-finite weights"):
        check_finite_weights(model)


def test_out_of_memory_becomes_advice():
    class OOMTrainer:
        class args:
            output_dir = "x"

        def add_callback(self, callback):
            pass

        def train(self, resume_from_checkpoint=None):
            raise torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB")

    with pytest.raises(UserError) as err:
        train_with_guards(OOMTrainer(), None, "SFT", "sft", ["--per_device_train_batch_size 1", "--use_peft true"])
    assert "ran out of memory during the SFT stage" in str(err.value)
    assert "--use_peft true" in str(err.value)


@pytest.mark.slow
def test_ppo_stops_when_rewards_stay_non_finite(start_policy, tmp_path):
    prompts = write_jsonl(tmp_path / "prompts.jsonl", [{"prompt": f"Write f{i}."} for i in range(8)])
    out = tmp_path / "ppo"
    args = tiny_ppo_args(start_policy, prompts, out, "--total_iterations", "10", "--rollout_batch_size", "8",
                         "--mini_batch_size", "8", "--micro_batch_size", "8", "--max_new_tokens", "8")
    with pytest.raises(UserError, match="training diverged"):
        run_ppo(args, reward_fn=lambda p, r, rec: {"broken": np.full(len(r), np.inf)}, weights={"broken": 1.0})
    assert not out.exists()
    log = [json.loads(line) for line in (tmp_path / "ppo-checkpoints" / "ppo_log.jsonl").read_text().splitlines()]
    assert len(log) == 2  # the third non-finite iteration raised before its log line


def test_run_all_skips_complete_stages_and_names_the_failing_one(tmp_path, small_data):
    sft = tmp_path / "out" / "sft"
    sft.mkdir(parents=True)
    checkpoint.write_marker(sft, {"stage": "sft", "inputs": fingerprint.of_inputs({
        "config": str(REPO / "configs/qwen2.5-coder-1.5b/sft.yaml"),
        "model_name_or_path": str(tmp_path / "no-model"), "data_path": str(REPO / "sft_data.jsonl")})})
    bad_rm = tmp_path / "rm.jsonl"
    bad_rm.write_text('{"prompt": "p", "response": "r", "score": 7}\n')
    result = run_script(["bash", "run_all.sh"], env={
        "OUTPUT_DIR": str(tmp_path / "out"), "RM_DATA": str(bad_rm), "MODEL_PATH": str(tmp_path / "no-model")})
    assert result.returncode == 1
    assert "[sft] complete" in result.stdout and "skipped" in result.stdout
    assert f"{bad_rm}:1: field 'score' must be in [0, 1], got 7" in result.stderr
    assert "stage 'rm' failed" in result.stderr
    assert "[ppo]" not in result.stdout


def test_run_all_reruns_an_incomplete_stage(tmp_path):
    sft = tmp_path / "out" / "sft"
    sft.mkdir(parents=True)
    (sft / "config.json").write_text("{}")  # a half-written directory without the completion marker
    result = run_script(["bash", "run_all.sh"], env={
        "OUTPUT_DIR": str(tmp_path / "out"), "MODEL_PATH": str(tmp_path / "no-model")})
    assert result.returncode == 1
    assert "exists without stage_complete.json (not a finished sft output)" in result.stdout
    assert "stage 'sft' failed" in result.stderr
