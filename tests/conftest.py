"""Shared fixtures: a tiny Qwen2 model built offline once per session, small data files, script runner."""

import json
import os
import subprocess
import sys
from pathlib import Path

# Nothing in the test suite may touch the network. Set before anything imports huggingface_hub, which reads
# these once, at import (transformers, through rlhf_code.ppo below, does).
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["HF_DATASETS_OFFLINE"] = "1"

import pytest  # noqa: E402
import torch  # noqa: E402

from rlhf_code.config import parse_args  # noqa: E402
from rlhf_code.ppo import PPOArguments  # noqa: E402

REPO = Path(__file__).resolve().parent.parent

# One CPU thread, for the test process and the stage scripts it starts: the tiny model gains nothing from more,
# and OpenMP threads waiting for each other (beside the sandbox's workers) make it many times slower.
os.environ.setdefault("OMP_NUM_THREADS", "1")
torch.set_num_threads(1)

os.environ["TOKENIZERS_PARALLELISM"] = "false"


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory) -> Path:
    """The tiny preset, built exactly as `run_all.sh --tiny` builds it (BPE trained on the shipped data)."""
    from rlhf_code.tiny import DEFAULT_CORPUS, make_tiny

    return make_tiny(tmp_path_factory.mktemp("tiny") / "model", [REPO / p for p in DEFAULT_CORPUS])


@pytest.fixture(scope="session")
def small_data(tmp_path_factory) -> dict[str, Path]:
    """Small SFT and RM files (a few seconds of tiny training), Chinese and English prompts."""
    root = tmp_path_factory.mktemp("data")
    sft, rm = [], []
    for i in range(12):
        prompt = f"用Python实现函数 add_{i}(a, b)，返回 a + b + {i}。" if i % 2 else f"Write `add_{i}(a, b)` returning a + b + {i}."
        good = f"Add the numbers and the constant.\n\n```python\ndef add_{i}(a, b):\n    return a + b + {i}\n```"
        sft.append({"prompt": prompt, "response": good, "tests": [f"assert add_{i}(1, 2) == {3 + i}"]})
        rm += [{"prompt": prompt, "response": good, "score": 0.9},
               {"prompt": prompt, "response": f"```python\ndef add_{i}(a, b):\n    return a - b\n```", "score": 0.3},
               {"prompt": prompt, "response": f"```python\ndef add_{i}(a, b)\n    return\n```", "score": 0.0}]
    return {"sft": write_jsonl(root / "sft.jsonl", sft), "rm": write_jsonl(root / "rm.jsonl", rm)}


def run_script(args: list[str], env: dict | None = None, cwd: Path = REPO, timeout: int = 600):
    """Run a project command as a user would; returns the CompletedProcess (text mode)."""
    full_env = {**os.environ, **(env or {})}
    command = [sys.executable, *args] if args[0].endswith(".py") or args[0] == "-m" else args
    return subprocess.run(command, cwd=cwd, env=full_env, capture_output=True, text=True, timeout=timeout)


# The tiny preset's own epochs: enough for the model to end some responses with <|im_end|> (PPO tests need that).
TINY_SFT_ARGS = ["--config", str(REPO / "configs/tiny/sft.yaml"), "--save_steps", "1000"]
TINY_RM_ARGS = ["--config", str(REPO / "configs/tiny/rm.yaml"), "--num_train_epochs", "1", "--save_steps", "1000"]


@pytest.fixture(scope="session")
def sft_checkpoint(tmp_path_factory, tiny_model, small_data) -> Path:
    """An SFT checkpoint of the tiny model, trained by train_sft.py."""
    out = tmp_path_factory.mktemp("stages") / "sft"
    result = run_script(["train_sft.py", *TINY_SFT_ARGS], env={
        "MODEL_PATH": str(tiny_model), "SFT_DATA": str(small_data["sft"]), "SFT_OUTPUT": str(out)})
    assert result.returncode == 0, result.stderr[-3000:]
    return out


@pytest.fixture(scope="session")
def rm_checkpoint(tmp_path_factory, sft_checkpoint, small_data) -> Path:
    """A reward model trained by train_rm.py from the tiny SFT checkpoint."""
    out = tmp_path_factory.mktemp("stages") / "rm"
    result = run_script(["train_rm.py", *TINY_RM_ARGS, "--eval_fraction", "0.25"], env={
        "SFT_OUTPUT": str(sft_checkpoint), "RM_DATA": str(small_data["rm"]), "RM_OUTPUT": str(out)})
    assert result.returncode == 0, result.stderr[-3000:]
    return out


@pytest.fixture(scope="session")
def start_policy(tmp_path_factory, tiny_model, small_data):
    """A tiny SFT model trained long enough to end some responses with <|im_end|> (about 1 in 5)."""
    out = tmp_path_factory.mktemp("ppo_start") / "sft"
    result = run_script(["train_sft.py", *TINY_SFT_ARGS, "--num_train_epochs", "8"], env={
        "MODEL_PATH": str(tiny_model), "SFT_DATA": str(small_data["sft"]), "SFT_OUTPUT": str(out)})
    assert result.returncode == 0, result.stderr[-3000:]
    return out


def tiny_ppo_args(sft_checkpoint, prompts_file, out, *extra) -> PPOArguments:
    (args,) = parse_args([PPOArguments], "", [
        "--config", str(REPO / "configs/tiny/ppo.yaml"), "--model_name_or_path", str(sft_checkpoint),
        "--reward_model_path", "none", "--data_path", str(prompts_file), "--output_dir", str(out),
        "--log_samples_every", "0", *extra])
    return args
