"""Robustness, round two: nothing the user had is replaced, damaged checkpoints, one run per output, the reward model
is one, run_all.sh follows changed inputs, settings and odd files refused before any model loads, evaluation limits,
valid JSON."""

import errno
import fcntl
import json
import logging
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import torch
from safetensors.torch import save_file

from rlhf_code import checkpoint, fingerprint, jsonfile
from rlhf_code.config import INTERRUPTED_EXIT, UserError, parse_args
from rlhf_code.data import validate_records
from rlhf_code.evaluation import GenerationSettings, generate
from rlhf_code.models import check_model_path, check_reward_model, load_tokenizer
from rlhf_code.outputs import claim
from rlhf_code.ppo import PPOArguments
from rlhf_code.reward_model import RMArguments, RMTrainingConfig
from rlhf_code.sft import SFTDataArguments, SFTModelArguments, SFTStageConfig

from conftest import REPO, TINY_SFT_ARGS, run_script, write_jsonl

SFT_TYPES = [SFTModelArguments, SFTDataArguments, SFTStageConfig]
EVAL_PROBLEM = {"task_id": "t", "prompt": "Write f() returning 1.", "tests": ["assert f() == 1"]}


def assert_refused(result, *phrases: str) -> None:
    """Exit 2, one clear message, no traceback."""
    assert result.returncode == 2, result.stderr[-3000:]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    for phrase in phrases:
        assert phrase in result.stderr, result.stderr[-3000:]


def users_directory(path: Path) -> Path:
    path.mkdir(parents=True)
    (path / "notes.txt").write_text("the user's own notes\n")
    return path


def fake_stage_output(path: Path, stage: str, architecture: str, labels: int = 1) -> Path:
    """A directory that looks like a stage's complete output (config.json and marker only)."""
    path.mkdir(parents=True)
    (path / "config.json").write_text(json.dumps({"architectures": [architecture],
                                                  "id2label": {str(i): f"LABEL_{i}" for i in range(labels)}}))
    (path / "metrics.json").write_text('{"mse": 0.1}\n')
    # train_rm.py records the length the reward model was trained at; the stages that score with it read it back.
    checkpoint.write_marker(path, {"stage": stage, **({"args": {"rm": {"max_length": 512}}} if stage == "rm" else {})})
    return path


def stage_commands(tiny_model, small_data, tmp_path, out: Path) -> dict[str, list[str]]:
    """Every script that writes a directory, pointed at ``out``; all inputs valid."""
    problems = write_jsonl(tmp_path / "problems.jsonl", [EVAL_PROBLEM])
    samples = write_jsonl(tmp_path / "samples.jsonl", [{"task_id": "t", "completion": "def f():\n    return 1\n"}])
    prompts = write_jsonl(tmp_path / "prompts.jsonl", [{"prompt": "Write f()."}])
    return {
        "sft": ["train_sft.py", *TINY_SFT_ARGS, "--model_name_or_path", str(tiny_model),
                "--data_path", str(small_data["sft"]), "--output_dir", str(out)],
        "rm": ["train_rm.py", "--model_name_or_path", str(tiny_model), "--data_path", str(small_data["rm"]),
               "--output_dir", str(out)],
        "ppo": ["train_ppo.py", "--model_name_or_path", str(tiny_model), "--reward_model_path", "none",
                "--data_path", str(prompts), "--output_dir", str(out)],
        "eval": ["evaluate.py", "--model", str(tiny_model), "--problems", str(problems), "--output", str(out)],
        "samples": ["evaluate.py", "--samples", str(samples), "--problems", str(problems), "--output", str(out)],
    }


# ---------------------------------------------------------------------------------------------------------------
# 1. Nothing the user had is replaced
# ---------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("script", ["sft", "rm", "ppo", "eval", "samples"])
def test_no_script_replaces_a_directory_of_the_users_files(script, tiny_model, small_data, tmp_path):
    out = users_directory(tmp_path / "mine")
    result = run_script(stage_commands(tiny_model, small_data, tmp_path, out)[script])
    assert_refused(result, f"{out} already holds 1 entry (notes.txt)", "no stage_complete.json",
                   "--overwrite_output_dir")
    assert os.listdir(out) == ["notes.txt"] and (out / "notes.txt").read_text() == "the user's own notes\n"


def test_a_regular_file_or_another_stages_output_is_left_alone(tiny_model, small_data, tmp_path):
    target = tmp_path / "results"
    target.write_text("keep me\n")
    commands = stage_commands(tiny_model, small_data, tmp_path, target)
    assert_refused(run_script(commands["ppo"]), f"--output_dir {target} is a regular file")
    assert target.read_text() == "keep me\n"

    rm_output = fake_stage_output(tmp_path / "rm", "rm", "Qwen2ForSequenceClassification")
    before = {p.name: p.read_bytes() for p in rm_output.iterdir()}
    # evaluate.py's samples mode once wrote its metrics.json into a reward model's directory
    samples_into_rm = stage_commands(tiny_model, small_data, tmp_path, rm_output)["samples"]
    assert_refused(run_script(samples_into_rm), "its stage_complete.json says stage 'rm'")
    assert {p.name: p.read_bytes() for p in rm_output.iterdir()} == before


def test_the_current_directory_and_a_file_as_parent_are_refused(tiny_model, small_data, tmp_path):
    command = stage_commands(tiny_model, small_data, tmp_path, Path("."))["sft"]
    command[0] = str(REPO / command[0])
    assert_refused(run_script(command, cwd=tmp_path), "is the current directory or one of its parents")
    assert (tmp_path / "problems.jsonl").exists()
    parent = tmp_path / "afile"
    parent.write_text("x")
    command = stage_commands(tiny_model, small_data, tmp_path, parent / "out")["sft"]
    assert_refused(run_script(command), f"{parent} is a file, not a directory")


def test_an_input_is_never_the_output(tiny_model, tmp_path):
    with pytest.raises(UserError, match="an input of this run"):
        claim(tiny_model, "sft", overwrite=True, inputs=(str(tiny_model),))


def test_overwrite_replaces_and_the_same_stage_may_replace_its_own_output(tmp_path):
    out = users_directory(tmp_path / "out")
    with pytest.raises(UserError, match="already holds"):
        claim(out, "sft", overwrite=False)
    claim(out, "sft", overwrite=True)
    checkpoint.save_atomically(out, lambda tmp: (tmp / "model.txt").write_text("1"), {"stage": "sft"}, overwrite=True)
    assert sorted(os.listdir(out)) == ["model.txt", "stage_complete.json"]
    # an earlier complete output of the same stage is replaced without the option; another stage's is not
    checkpoint.save_atomically(out, lambda tmp: (tmp / "model.txt").write_text("2"), {"stage": "sft"})
    assert (out / "model.txt").read_text() == "2"
    with pytest.raises(UserError, match="says stage 'sft'"):
        checkpoint.save_atomically(out, lambda tmp: None, {"stage": "rm"})
    assert (out / "model.txt").read_text() == "2"


def test_a_full_disk_during_the_save_keeps_the_previous_output(tmp_path):
    out = tmp_path / "out"
    checkpoint.save_atomically(out, lambda tmp: (tmp / "model.txt").write_text("old"), {"stage": "sft"})

    def write(tmp: Path) -> None:
        (tmp / "model.txt").write_text("half")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(UserError, match="the disk is full"):
        checkpoint.save_atomically(out, write, {"stage": "sft"})
    assert (out / "model.txt").read_text() == "old"
    assert not (tmp_path / ".out.tmp").exists()
    with pytest.raises(UserError, match="MiB free on that disk"):
        claim(tmp_path / "big", "sft", overwrite=False, needed_bytes=1 << 60)


@pytest.fixture
def small_disk(tmp_path):
    """Mounts a tmpfs of the given size (MiB) and options; skips where mounting is not allowed (not root)."""
    mounted = []

    def mount(size_mib: int, options: str = "rw") -> Path:
        point = tmp_path / f"disk{len(mounted)}"
        point.mkdir()
        result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_mib}m,{options}", "tmpfs", str(point)],
                                capture_output=True, text=True, check=False)
        if result.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")
        mounted.append(point)
        return point

    yield mount
    for point in mounted:
        subprocess.run(["umount", str(point)], check=False)


def test_a_read_only_disk_and_a_disk_too_small_are_refused_before_training(tiny_model, small_data, tmp_path,
                                                                          small_disk):
    read_only = small_disk(4, "ro")
    result = run_script(stage_commands(tiny_model, small_data, tmp_path, read_only / "sft")["sft"])
    assert_refused(result, f"cannot write in {read_only} (Read-only file system)")
    tiny_disk = small_disk(1)
    result = run_script(stage_commands(tiny_model, small_data, tmp_path, tiny_disk / "sft")["sft"])
    assert_refused(result, "MiB free on that disk, and the output needs about 6 MiB")


@pytest.mark.slow
def test_a_disk_that_fills_up_during_a_periodic_save_is_one_message(tiny_model, small_data, tmp_path, small_disk):
    disk = small_disk(10)  # room for the weights (6 MiB), not for a checkpoint's optimizer state (12 MiB)
    command = [*stage_commands(tiny_model, small_data, tmp_path, disk / "sft")["sft"], "--save_steps", "1"]
    assert_refused(run_script(command), "the disk is full: writing", "rerun the same command to resume")
    assert not (disk / "sft").exists()


# ---------------------------------------------------------------------------------------------------------------
# 2. Checkpoints that survive kill -9, full disks and truncation
# ---------------------------------------------------------------------------------------------------------------
def periodic(root: Path, step: int) -> Path:
    directory = root / f"checkpoint-{step}"
    directory.mkdir(parents=True)
    save_file({"w": torch.ones(64)}, str(directory / "model.safetensors"))
    (directory / "trainer_state.json").write_text(json.dumps({"global_step": step}))
    return directory


def test_resume_takes_the_newest_complete_checkpoint_and_removes_damaged_newer_ones(tmp_path, caplog):
    out = tmp_path / "sft"
    root = checkpoint.checkpoints_dir(out)
    for step in (5, 10, 15, 20, 25):
        checkpoint.write_marker(periodic(root, step), {"stage": "sft", "step": step})
    (root / "checkpoint-25" / "stage_complete.json").unlink()  # killed before the save finished
    with (root / "checkpoint-20" / "model.safetensors").open("r+b") as f:
        f.truncate(10)  # a truncated weights file
    (root / "checkpoint-15" / "trainer_state.json").write_text("{\"global_st")  # same size once: now cut short
    with caplog.at_level(logging.WARNING, logger="rlhf_code.checkpoint"):
        assert checkpoint.last_checkpoint(out) == str(root / "checkpoint-10")
    messages = caplog.text
    assert "checkpoint-25: it has no readable stage_complete.json" in messages
    assert "checkpoint-20: model.safetensors has 10 bytes, " in messages and "when it was saved" in messages
    assert "checkpoint-15: trainer_state.json has" in messages
    assert sorted(p.name for p in root.iterdir()) == ["checkpoint-10", "checkpoint-5"]


def test_a_same_size_corrupted_optimizer_or_weights_file_is_skipped(tmp_path, caplog):
    out = tmp_path / "sft"
    root = checkpoint.checkpoints_dir(out)
    for step in (5, 10, 15):
        saved = root / f"checkpoint-{step}"
        saved.mkdir(parents=True)
        torch.save({"state": {0: {"exp_avg": torch.ones(256)}}}, saved / "optimizer.pt")
        save_file({"w": torch.ones(64)}, str(saved / "model.safetensors"))
        checkpoint.write_marker(saved, {"stage": "sft", "step": step})
    for path, offset in ((root / "checkpoint-15" / "optimizer.pt", 300),
                         (root / "checkpoint-10" / "model.safetensors", 2)):
        damaged = bytearray(path.read_bytes())
        damaged[offset:offset + 40] = b"\xff" * 40  # same size, other bytes
        path.write_bytes(bytes(damaged))
    with caplog.at_level(logging.WARNING, logger="rlhf_code.checkpoint"):
        assert checkpoint.last_checkpoint(out) == str(root / "checkpoint-5")
    assert "checkpoint-15: optimizer.pt is damaged (not an intact torch archive)" in caplog.text
    assert "checkpoint-10: model.safetensors is damaged (its header does not match its size)" in caplog.text


def test_no_complete_checkpoint_starts_from_the_beginning(tmp_path, caplog):
    out = tmp_path / "rm"
    periodic(checkpoint.checkpoints_dir(out), 5)  # never marked
    with caplog.at_level(logging.WARNING, logger="rlhf_code.checkpoint"):
        assert checkpoint.last_checkpoint(out) is None
    assert "no complete checkpoint" in caplog.text and "starting from the beginning" in caplog.text


@pytest.mark.slow
def test_sft_falls_back_from_a_damaged_periodic_checkpoint(tiny_model, small_data, tmp_path):
    out = tmp_path / "sft"
    env = {"MODEL_PATH": str(tiny_model), "SFT_DATA": str(small_data["sft"]), "SFT_OUTPUT": str(out)}
    # 12 examples, batch 8: 2 steps per epoch; checkpoints at 2, 4 and 6 (the newest two kept)
    command = ["train_sft.py", *TINY_SFT_ARGS, "--num_train_epochs", "3", "--save_steps", "2",
               "--keep_checkpoints", "true"]
    assert run_script(command, env=env).returncode == 0
    root = tmp_path / "sft-checkpoints"
    assert (root / "checkpoint-6" / "stage_complete.json").exists()  # the Trainer's checkpoints are marked
    shutil.rmtree(out)
    with (root / "checkpoint-6" / "optimizer.pt").open("r+b") as f:
        f.truncate(100)
    result = run_script(command, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "skipping checkpoint" in result.stderr and "optimizer.pt has 100 bytes" in result.stderr
    assert f"resuming from {root / 'checkpoint-4'}, the newest complete checkpoint" in result.stderr
    assert json.loads((out / "trainer_state.json").read_text())["global_step"] == 6


@pytest.mark.slow
def test_ppo_skips_a_damaged_ppo_state_and_one_that_does_not_fit(start_policy, tmp_path):
    prompts = write_jsonl(tmp_path / "prompts.jsonl", [{"prompt": f"Write f{i}()."} for i in range(4)])
    out = tmp_path / "ppo"
    command = ["train_ppo.py", "--config", str(REPO / "configs/tiny/ppo.yaml"), "--model_name_or_path",
               str(start_policy), "--reward_model_path", "none", "--data_path", str(prompts), "--output_dir", str(out),
               "--total_iterations", "7", "--rollout_batch_size", "4", "--mini_batch_size", "4",
               "--micro_batch_size", "4", "--max_new_tokens", "8", "--save_every", "2", "--keep_checkpoints", "true",
               "--log_samples_every", "0"]
    assert run_script(command).returncode == 0
    shutil.rmtree(out)
    root = tmp_path / "ppo-checkpoints"  # checkpoint-4 and checkpoint-6 (the newest two)
    newest = root / "checkpoint-6" / "ppo_state.pt"
    newest.write_bytes(b"\0" * newest.stat().st_size)  # same size, garbage
    # checkpoint-4: intact and marked, but saved by a run with other LoRA settings
    torch.save({"trainable": {"value_head.weight": torch.zeros(1, 3)}, "optimizer": {}, "kl_coef": 0.1,
                "iteration": 4}, root / "checkpoint-4" / "ppo_state.pt")
    checkpoint.write_marker(root / "checkpoint-4", {"stage": "ppo", "iteration": 4})
    result = run_script(command)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "skipping checkpoint" in result.stderr and "ppo_state.pt is damaged" in result.stderr
    assert "cannot resume from" in result.stderr and "do not match this model" in result.stderr
    assert "resuming from" not in result.stderr  # neither fits: it started from the beginning
    log = [json.loads(line) for line in (out / "ppo_log.jsonl").read_text().splitlines()]
    assert [entry["step"] for entry in log] == [1, 2, 3, 4, 5, 6, 7]


def test_a_damaged_model_directory_is_named_before_loading(tmp_path):
    model = tmp_path / "sft"
    model.mkdir()
    (model / "config.json").write_text("{}")
    (model / "model.safetensors").write_bytes(b"w" * 100)
    checkpoint.write_marker(model, {"stage": "sft"})
    with (model / "model.safetensors").open("r+b") as f:
        f.truncate(3)
    with pytest.raises(UserError, match="is damaged: model.safetensors has 3 bytes, 100 when it was saved"):
        check_model_path(str(model))


# ---------------------------------------------------------------------------------------------------------------
# 3. One run per output directory
# ---------------------------------------------------------------------------------------------------------------
def test_a_second_run_on_the_same_output_is_refused_and_a_dead_runs_lock_is_free(tiny_model, small_data, tmp_path):
    out = tmp_path / "busy"
    claim(out, "sft", overwrite=False)  # this test process is "the other run"
    result = run_script(stage_commands(tiny_model, small_data, tmp_path, out)["sft"])
    assert_refused(result, f"--output_dir {out} is in use by another run (pid {os.getpid()}")

    free = tmp_path / "free"
    holds_the_lock = ("import time\nfrom rlhf_code.outputs import claim\n"
                      f"claim({str(free)!r}, 'sft', False)\nprint('held', flush=True)\ntime.sleep(600)")
    holder = subprocess.Popen([sys.executable, "-c", holds_the_lock],
                              cwd=REPO, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    with open(free.with_name(".free.lock")) as f, pytest.raises(BlockingIOError):
        fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    claim(free, "sft", overwrite=False)  # the kernel released the dead process's lock


# ---------------------------------------------------------------------------------------------------------------
# 4. The reward model is one
# ---------------------------------------------------------------------------------------------------------------
def test_a_causal_lm_is_refused_as_reward_model(tiny_model, small_data, tmp_path):
    sft = fake_stage_output(tmp_path / "sft", "sft", "Qwen2ForCausalLM", labels=2)
    commands = stage_commands(tiny_model, small_data, tmp_path, tmp_path / "out")
    ppo = [*commands["ppo"], "--reward_model_path", str(sft)]
    assert_refused(run_script(ppo), f"--reward_model_path {sft} is not a reward model",
                   "Qwen2ForCausalLM with 2 label(s)", "stage_complete.json says stage 'sft'")
    evaluation = [*commands["eval"], "--reward_model", str(sft)]
    assert_refused(run_script(evaluation), f"--reward_model {sft} is not a reward model")
    assert not (tmp_path / "out").exists()

    rm = fake_stage_output(tmp_path / "rm", "rm", "Qwen2ForSequenceClassification")
    check_reward_model(str(rm), "--reward_model_path")
    classifier_without_marker = tmp_path / "other"
    shutil.copytree(rm, classifier_without_marker)
    (classifier_without_marker / "stage_complete.json").unlink()
    with pytest.raises(UserError, match="it has no stage_complete.json"):
        check_reward_model(str(classifier_without_marker), "--reward_model_path")
    checkpoint.write_marker(classifier_without_marker, {"stage": "rm"})  # no args.rm.max_length
    with pytest.raises(UserError, match="does not record the max_length it was trained at"):
        check_reward_model(str(classifier_without_marker), "--reward_model_path")


# ---------------------------------------------------------------------------------------------------------------
# 5. run_all.sh follows changed inputs
# ---------------------------------------------------------------------------------------------------------------
def completed_sft(tmp_path: Path, data: Path) -> Path:
    """outputs/sft as the SFT stage would have left it when run by run_all.sh with ``data``."""
    out = tmp_path / "out" / "sft"
    out.mkdir(parents=True)
    checkpoint.write_marker(out, {"stage": "sft", "inputs": fingerprint.of_inputs({
        "config": str(REPO / "configs/qwen2.5-coder-1.5b/sft.yaml"),
        "model_name_or_path": str(tmp_path / "no-model"), "data_path": str(data)})})
    return out


def run_all(tmp_path: Path, data: Path):
    return run_script(["bash", "run_all.sh"], env={"OUTPUT_DIR": str(tmp_path / "out"), "SFT_DATA": str(data),
                                                   "MODEL_PATH": str(tmp_path / "no-model")})


def test_run_all_reruns_a_stage_whose_data_changed(tmp_path, small_data):
    data = tmp_path / "sft.jsonl"
    shutil.copy(small_data["sft"], data)
    completed_sft(tmp_path, data)
    unchanged = run_all(tmp_path, data)
    assert "[sft] complete" in unchanged.stdout and "inputs unchanged: skipped" in unchanged.stdout

    with data.open("a") as f:
        f.write(json.dumps({"prompt": "one more", "response": "```python\npass\n```"}) + "\n")
    changed = run_all(tmp_path, data)
    assert f"[sft] inputs changed since {tmp_path / 'out' / 'sft'} was written: data_path {data} changed" \
        in changed.stdout
    assert "stage 'sft' failed" in changed.stderr  # it reran (and the missing model stopped it)

    other = tmp_path / "other.jsonl"
    shutil.copy(small_data["sft"], other)
    moved = run_all(tmp_path, other)
    assert f"data_path is now {other} (was {data})" in moved.stdout


def test_fingerprints_follow_upstream_checkpoints_and_config_files(tmp_path):
    upstream = tmp_path / "sft"
    upstream.mkdir()
    checkpoint.write_marker(upstream, {"stage": "sft"})
    config = tmp_path / "rm.yaml"
    config.write_text("learning_rate: 1.0e-5\n")
    out = tmp_path / "rm"
    out.mkdir()
    checkpoint.write_marker(out, {"stage": "rm", "inputs": fingerprint.of_inputs(
        {"config": str(config), "model_name_or_path": str(upstream)})})
    argv = [str(out), "--config", str(config), "--input", f"model_name_or_path={upstream}"]
    assert fingerprint.main(argv) == 0
    time.sleep(1.1)  # completed_at has one-second resolution
    checkpoint.write_marker(upstream, {"stage": "sft"})  # SFT ran again
    assert fingerprint.main(argv) == 1
    checkpoint.write_marker(out, {"stage": "rm", "inputs": fingerprint.of_inputs(
        {"config": str(config), "model_name_or_path": str(upstream)})})
    config.write_text("learning_rate: 2.0e-5\n")
    assert fingerprint.main(argv) == 1


# ---------------------------------------------------------------------------------------------------------------
# 6. Settings and data files checked before any model loads
# ---------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("types, argv, message", [
    ([PPOArguments], ["--total_iterations", "0"], "--total_iterations must be at least 1, got 0"),
    ([PPOArguments], ["--mini_batch_size", "0"], "--mini_batch_size must be at least 1, got 0"),
    ([PPOArguments], ["--temperature", "0"], "--temperature must be positive, got 0.0"),
    ([PPOArguments], ["--max_new_tokens", "0"], "--max_new_tokens must be at least 1, got 0"),
    ([PPOArguments], ["--rollout_batch_size", "-4"], "--rollout_batch_size must be at least 1, got -4"),
    ([PPOArguments], ["--top_p", "1.5"], "--top_p 1.5: PPO samples with top_p 1.0 only"),
    (SFT_TYPES, ["--per_device_train_batch_size", "-1"], "--per_device_train_batch_size must be at least 1, got -1"),
    (SFT_TYPES, ["--num_train_epochs", "0"], "--num_train_epochs 0.0 produces nothing"),
    (SFT_TYPES, ["--max_samples", "0"], "--max_samples must be at least 1, got 0"),
    ([RMArguments, RMTrainingConfig], ["--eval_fraction", "1"], "--eval_fraction must be in [0, 1), got 1.0"),
    ([RMArguments, RMTrainingConfig], ["--eval_fraction", "-0.1"], "--eval_fraction must be in [0, 1), got -0.1"),
])
def test_out_of_range_settings_exit_2_naming_the_option(types, argv, message, capsys):
    with pytest.raises(SystemExit) as exit_info:
        parse_args(types, "", argv)
    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err


def test_yaml_values_of_the_wrong_type_exit_2(tmp_path, capsys):
    config = tmp_path / "ppo.yaml"
    config.write_text("total_iterations: 2.5\n")
    with pytest.raises(SystemExit):
        parse_args([PPOArguments], "", ["--config", str(config)])
    assert "--total_iterations must be int, got float 2.5" in capsys.readouterr().err


def test_settings_are_refused_by_the_script_before_the_model_loads(tmp_path, small_data):
    # the model path does not exist: a run that got as far as loading it would say so instead
    result = run_script(["train_sft.py", "--model_name_or_path", str(tmp_path / "no-model"), "--data_path",
                         str(small_data["sft"]), "--output_dir", str(tmp_path / "out"), "--num_train_epochs", "0"])
    assert_refused(result, "--num_train_epochs 0.0 produces nothing")
    assert not (tmp_path / "out").exists()


def test_odd_data_files_are_one_sentence_each(tmp_path):
    fifo = tmp_path / "fifo.jsonl"
    os.mkfifo(fifo)
    # in a subprocess with a timeout: reading a FIFO would wait for a writer for ever
    validate = f"from rlhf_code.data import validate_records\nprint(validate_records({str(fifo)!r}, 'sft')[1])"
    check = subprocess.run([sys.executable, "-c", validate], cwd=REPO, capture_output=True, text=True, timeout=60,
                           check=False)
    assert "is not a regular file (a FIFO, socket or device)" in check.stdout

    gz = tmp_path / "sft.jsonl.gz"
    gz.write_bytes(b"\x1f\x8b\x08\x00" + bytes(range(256)) * 8)
    gzip_sentence = f"{gz}: is gzip-compressed; decompress it first (gunzip -k {gz}) and pass the .jsonl file"
    assert validate_records(gz, "sft")[1] == [gzip_sentence]
    assert validate_records(tmp_path, "sft")[1] == [f"{tmp_path}: is a directory, expected a file"]

    lines = tmp_path / "odd.jsonl"
    lines.write_text("\n".join([
        '{"prompt": "p\\ud800", "response": "r"}',  # an unpaired surrogate
        "[" * 100000 + "]" * 100000,  # nesting past the parser's recursion limit
        '{"prompt": "p", "response": "r", "n": ' + "9" * 5000 + "}",  # past Python's int digit limit
        '{"prompt": "p", "response": "r", "score": ' + "9" * 400 + "}",  # too big for a float
    ]) + "\n")
    sft_problems = validate_records(lines, "sft")[1]
    assert sft_problems[0] == f"{lines}:1: contains an unpaired UTF-16 surrogate escape (\\ud800-\\udfff without " \
                              "its pair), which is not text"
    assert sft_problems[1] == f"{lines}:2: JSON nested too deeply"
    assert sft_problems[2].startswith(f"{lines}:3: not valid JSON (Exceeds the limit (4300 digits)")
    assert validate_records(lines, "rm")[1][3].startswith(f"{lines}:4: field 'score' must be in [0, 1], got 999")


def test_a_gzip_data_file_stops_the_script_with_one_sentence(tmp_path):
    gz = tmp_path / "sft.jsonl.gz"
    gz.write_bytes(b"\x1f\x8b\x08\x00" + bytes(range(256)) * 8)
    result = run_script(["train_sft.py", "--data_path", str(gz), "--output_dir", str(tmp_path / "out")])
    assert_refused(result, "1 problem(s)", f"{gz}: is gzip-compressed")
    assert "invalid UTF-8" not in result.stderr


# ---------------------------------------------------------------------------------------------------------------
# 7. Evaluation limits and valid JSON
# ---------------------------------------------------------------------------------------------------------------
def test_evaluation_truncates_prompts_to_the_models_context(tiny_model, caplog):
    context = json.loads((tiny_model / "config.json").read_text())["max_position_embeddings"]
    settings = GenerationSettings(num_samples=1, temperature=0, top_p=1.0, max_new_tokens=4, batch_size=2, seed=0,
                                  bf16=False)
    long_prompt = "Write add(a, b). " * (context // 2)
    with caplog.at_level(logging.WARNING, logger="rlhf_code.evaluation"):
        answers = generate(str(tiny_model), ["Write add(a, b).", long_prompt], settings, desc="test")
    assert len(answers) == 2 and all(len(a) == 1 for a in answers)
    assert "1 of 2 prompt(s) are longer than" in caplog.text and "their beginning was cut off" in caplog.text
    with pytest.raises(UserError, match="fills the whole context"):
        generate(str(tiny_model), ["x"], GenerationSettings(1, 0, 1.0, context, 1, 0, False), desc="test")


def as_from_a_terminal() -> None:
    """SIGINT at its default and unblocked, as a shell starts a command. A child inherits an ignored or blocked
    signal, and in the full suite something before this test leaves SIGINT so in the pytest process (the command
    then judged all 400 programs through the Ctrl-C): the state to test is the user's, not the suite's."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def test_ctrl_c_during_evaluation_exits_130_without_a_traceback(tmp_path):
    problems = write_jsonl(tmp_path / "problems.jsonl", [EVAL_PROBLEM])
    slow = "import time\ntime.sleep(0.5)\ndef f():\n    return 1\n"
    samples = write_jsonl(tmp_path / "samples.jsonl", [{"task_id": "t", "completion": slow}] * 400)
    out = tmp_path / "out"
    process = subprocess.Popen([sys.executable, "evaluate.py", "--problems", str(problems), "--samples", str(samples),
                                "--output", str(out), "--workers", "1"], cwd=REPO, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, start_new_session=True,
                               preexec_fn=as_from_a_terminal)
    time.sleep(8)  # the sandbox is judging by now
    os.killpg(process.pid, signal.SIGINT)  # as a terminal's Ctrl-C: the whole process group
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == INTERRUPTED_EXIT, stderr[-3000:]
    assert "Traceback" not in stderr and "stopped: interrupted (Ctrl-C)" in stderr
    assert not out.exists()


def test_out_of_memory_during_evaluation_gives_advice(tmp_path, monkeypatch, capsys):
    import evaluate
    from rlhf_code import evaluation

    def out_of_memory(args, ks, dataset):
        raise torch.OutOfMemoryError("CUDA out of memory")

    monkeypatch.setattr(evaluation, "evaluate_models", out_of_memory)
    assert evaluate.main(["--model", "m", "--problems", "p.jsonl", "--output", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert "ran out of memory during the evaluation stage" in err and "--batch_size 8" in err
    assert "Nothing was written" in err


def test_json_written_by_the_project_is_valid_json(tmp_path):
    # a reward model whose held-out scores are all equal has no Pearson r
    metrics = {"pearson": float("nan"), "spearman": np.float32("nan"), "mse": np.float64(0.25), "max": float("inf")}
    out = tmp_path / "rm"
    checkpoint.save_atomically(out, lambda tmp: jsonfile.write(tmp / "metrics.json", metrics),
                               {"stage": "rm", "metrics": metrics})

    def strict(text: str):
        return json.loads(text, parse_constant=lambda name: pytest.fail(f"{name} in JSON"))

    assert strict((out / "metrics.json").read_text()) == {"pearson": None, "spearman": None, "mse": 0.25, "max": None}
    assert strict((out / "stage_complete.json").read_text())["metrics"]["pearson"] is None


def test_model_directory_without_tokenizer_files_or_chat_template(tiny_model, tmp_path):
    bare = tmp_path / "bare"
    shutil.copytree(tiny_model, bare)
    for name in ("tokenizer.json", "vocab.json", "tokenizer.model"):
        (bare / name).unlink(missing_ok=True)
    with pytest.raises(UserError, match="has no tokenizer files"):
        load_tokenizer(str(bare))

    no_template = tmp_path / "no_template"
    shutil.copytree(tiny_model, no_template)
    (no_template / "chat_template.jinja").unlink(missing_ok=True)
    config = json.loads((no_template / "tokenizer_config.json").read_text())
    config.pop("chat_template", None)
    (no_template / "tokenizer_config.json").write_text(json.dumps(config))
    with pytest.raises(UserError, match="has no chat template"):
        load_tokenizer(str(no_template))
