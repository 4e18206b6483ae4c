"""Options: environment variables, --config YAML and the command line, in that order of precedence; --help;
user errors answered with one clear message and exit status 2."""

import pytest

from rlhf_code.config import parse_args
from rlhf_code.ppo import PPOArguments
from rlhf_code.reward_model import RMArguments, RMTrainingConfig
from rlhf_code.sft import SFTDataArguments, SFTModelArguments, SFTStageConfig

from conftest import REPO, run_script, write_jsonl

SFT_TYPES = [SFTModelArguments, SFTDataArguments, SFTStageConfig]
PATH_VARS = ["MODEL_PATH", "SFT_DATA", "RM_DATA", "SFT_OUTPUT", "RM_OUTPUT", "OUTPUT_DIR"]


@pytest.fixture
def clean_env(monkeypatch):
    for var in PATH_VARS:
        monkeypatch.delenv(var, raising=False)
    return monkeypatch


def test_defaults_without_environment(clean_env):
    model, data, training = parse_args(SFT_TYPES, "", [])
    assert model.model_name_or_path == "Qwen/Qwen2.5-Coder-1.5B"
    assert data.data_path == "sft_data.jsonl"
    assert training.output_dir == "outputs/sft"
    assert (training.per_device_train_batch_size, training.max_length, training.learning_rate) == (1, 512, 2e-5)
    assert training.bf16 is False  # no GPU here: fp32
    rm, rm_training = parse_args([RMArguments, RMTrainingConfig], "", [])
    assert (rm.model_name_or_path, rm.data_path, rm_training.output_dir) == ("outputs/sft", "rm_data.jsonl", "outputs/rm")


def test_seed_environment_variables(clean_env):
    clean_env.setenv("MODEL_PATH", "/models/base")
    clean_env.setenv("SFT_DATA", "/data/sft.jsonl")
    clean_env.setenv("OUTPUT_DIR", "/runs/a")
    model, data, training = parse_args(SFT_TYPES, "", [])
    assert (model.model_name_or_path, data.data_path, training.output_dir) == ("/models/base", "/data/sft.jsonl", "/runs/a/sft")
    rm, rm_training = parse_args([RMArguments, RMTrainingConfig], "", [])
    assert (rm.model_name_or_path, rm_training.output_dir) == ("/runs/a/sft", "/runs/a/rm")
    clean_env.setenv("SFT_OUTPUT", "/elsewhere/sft")  # the stage's own variable beats OUTPUT_DIR
    assert parse_args(SFT_TYPES, "", [])[2].output_dir == "/elsewhere/sft"


def test_config_file_then_command_line(clean_env, tmp_path):
    clean_env.setenv("MODEL_PATH", "/from/env")
    config = tmp_path / "c.yaml"
    config.write_text("learning_rate: 0.5\nmodel_name_or_path: /from/yaml\nnum_train_epochs: 7\n")
    model, _, training = parse_args(SFT_TYPES, "", ["--config", str(config)])
    assert (model.model_name_or_path, training.learning_rate, training.num_train_epochs) == ("/from/yaml", 0.5, 7)
    model, _, training = parse_args(SFT_TYPES, "", ["--config", str(config), "--learning_rate", "0.25",
                                                    "--model_name_or_path", "/from/cli"])
    assert (model.model_name_or_path, training.learning_rate, training.num_train_epochs) == ("/from/cli", 0.25, 7)


@pytest.mark.parametrize("argv, message", [
    (["--no_such_option", "1"], "no_such_option"),
    (["--config", "/does/not/exist.yaml"], "--config /does/not/exist.yaml: file not found"),
])
def test_bad_options_exit_2(clean_env, capsys, argv, message):
    with pytest.raises(SystemExit) as exit_info:
        parse_args(SFT_TYPES, "", argv)
    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err


def test_unknown_key_in_config_file_exits_2(clean_env, capsys, tmp_path):
    config = tmp_path / "c.yaml"
    config.write_text("learning_rte: 0.1\n")
    with pytest.raises(SystemExit) as exit_info:
        parse_args(SFT_TYPES, "", ["--config", str(config)])
    assert exit_info.value.code == 2
    assert "learning_rte" in capsys.readouterr().err


@pytest.mark.parametrize("script, options", [
    ("train_sft.py", ["--data_path", "--use_peft", "--learning_rate", "MODEL_PATH", "--config"]),
    ("train_rm.py", ["--data_path", "--eval_fraction", "--learning_rate", "SFT_OUTPUT", "--config"]),
])
def test_help_explains_the_options(script, options):
    result = run_script([script, "--help"])
    assert result.returncode == 0, result.stderr
    for option in options:
        assert option in result.stdout


def test_bad_data_is_reported_before_loading_a_model(tmp_path, tiny_model):
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b'{"prompt": "p", "response": "r"}\nnot json\n{"prompt": "", "response": 3}\n\xff\xfe\n')
    out = tmp_path / "sft"
    result = run_script(["train_sft.py"], env={"MODEL_PATH": str(tiny_model), "SFT_DATA": str(bad), "SFT_OUTPUT": str(out)})
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    for expected in (f"{bad}:2: not valid JSON", f"{bad}:3: field 'prompt' is empty",
                     f"{bad}:3: field 'response' must be a string", f"{bad}:4: invalid UTF-8"):
        assert expected in result.stderr
    assert not out.exists()


def test_missing_model_directory_is_a_clear_error(tmp_path, small_data):
    result = run_script(["train_sft.py"], env={"MODEL_PATH": str(tmp_path / "nowhere"), "SFT_DATA": str(small_data["sft"]),
                                               "SFT_OUTPUT": str(tmp_path / "sft")})
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "is not a local directory" in result.stderr and "run_all.sh --tiny" in result.stderr


def test_score_outside_unit_interval_is_rejected(tmp_path):
    from rlhf_code.data import validate_records

    path = write_jsonl(tmp_path / "rm.jsonl", [{"prompt": "p", "response": "r", "score": 1.5},
                                               {"prompt": "p", "response": "r", "score": True}])
    _, problems = validate_records(path, "rm")
    assert problems == [f"{path}:1: field 'score' must be in [0, 1], got 1.5",
                        f"{path}:2: field 'score' must be a number, got bool"]


def test_presets_parse_for_every_stage(clean_env):
    for preset in ("tiny", "qwen2.5-coder-1.5b"):
        parse_args(SFT_TYPES, "", ["--config", str(REPO / f"configs/{preset}/sft.yaml")])
        parse_args([RMArguments, RMTrainingConfig], "", ["--config", str(REPO / f"configs/{preset}/rm.yaml")])
        parse_args([PPOArguments], "", ["--config", str(REPO / f"configs/{preset}/ppo.yaml")])
    (grpo,) = parse_args([PPOArguments], "", ["--config", str(REPO / "configs/qwen2.5-coder-1.5b/grpo.yaml")])
    assert (grpo.needs_critic, grpo.samples_per_prompt, grpo.kl_mode) == (False, 8, "loss")
