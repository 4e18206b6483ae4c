"""SFT stage: response-only loss on the real chat template, end to end on the tiny preset, LoRA merge, accelerate."""

import json

import pytest
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer
from trl import SFTConfig, SFTTrainer

from rlhf_code.data import format_prompt
from rlhf_code.models import end_of_turn_ids
from rlhf_code.sft import build_dataset, example_lengths

from conftest import TINY_SFT_ARGS, run_script, write_jsonl


def test_loss_covers_exactly_the_response_and_end_of_turn(tiny_model, tmp_path):
    tokenizer = AutoTokenizer.from_pretrained(tiny_model)
    model = AutoModelForCausalLM.from_pretrained(tiny_model)
    record = {"prompt": "用Python实现二分查找算法", "response": "Halve the range.\n\n```python\ndef f():\n    pass\n```"}
    trainer = SFTTrainer(model=model, args=SFTConfig(output_dir=str(tmp_path), report_to="none", max_length=512, bf16=False),
                         train_dataset=build_dataset([record]), processing_class=tokenizer)
    batch = trainer.data_collator([trainer.train_dataset[0]])
    ids, labels = batch["input_ids"][0], batch["labels"][0]
    trained = labels != -100
    assert tokenizer.decode(ids[~trained]) == format_prompt(tokenizer, record["prompt"])
    assert tokenizer.decode(ids[trained]) == record["response"] + "<|im_end|>\n"
    assert torch.equal(labels[trained], ids[trained])


def test_example_lengths_are_the_trainers_token_counts(tiny_model, tmp_path):
    tokenizer = AutoTokenizer.from_pretrained(tiny_model)
    records = [{"prompt": "用Python实现二分查找算法", "response": "```python\ndef f():\n    pass\n```"},
               {"prompt": "Write add(a, b).", "response": "def add(a, b):\n    return a + b"}]
    dataset = build_dataset(records)
    trainer = SFTTrainer(model=AutoModelForCausalLM.from_pretrained(tiny_model), processing_class=tokenizer,
                         args=SFTConfig(output_dir=str(tmp_path), report_to="none", max_length=512, bf16=False),
                         train_dataset=dataset)
    assert example_lengths(tokenizer, dataset) == [len(ex["input_ids"]) for ex in trainer.train_dataset]


def test_over_length_warning_fires(tiny_model, tmp_path):
    """apply_chat_template(tokenize=True) returns a BatchEncoding under transformers 5 (len() 2): the warning once
    counted that, and never fired."""
    records = [{"prompt": "Write add(a, b).", "response": "def add(a, b):\n    return a + b"},
               {"prompt": "Write a long one. " * 40, "response": "def f():\n    pass\n" * 20}]
    data = write_jsonl(tmp_path / "sft.jsonl", records)
    result = run_script(["train_sft.py", *TINY_SFT_ARGS, "--max_length", "128", "--max_steps", "1"],
                        env={"MODEL_PATH": str(tiny_model), "SFT_DATA": str(data), "SFT_OUTPUT": str(tmp_path / "o")})
    assert result.returncode == 0, result.stderr[-3000:]
    assert "1 of 2 example(s) are longer than max_length=128 tokens" in result.stderr


def test_sft_end_to_end_reloads_with_auto_classes(sft_checkpoint, tiny_model):
    model = AutoModelForCausalLM.from_pretrained(sft_checkpoint)
    tokenizer = AutoTokenizer.from_pretrained(sft_checkpoint)
    base = AutoModelForCausalLM.from_pretrained(tiny_model)
    changed = any(not torch.equal(a, b) for a, b in zip(model.state_dict().values(), base.state_dict().values()))
    assert changed, "training did not change the weights"
    assert set(model.generation_config.eos_token_id) == set(end_of_turn_ids(tokenizer))
    info = json.loads((sft_checkpoint / "stage_complete.json").read_text())
    assert info["stage"] == "sft"
    assert info["args"]["training"]["learning_rate"] == 3e-3  # from configs/tiny/sft.yaml
    assert info["args"]["model"]["model_name_or_path"] == str(tiny_model)  # from MODEL_PATH
    assert not sft_checkpoint.with_name("sft-checkpoints").exists()
    # no temporary directory left behind; the lock file stays (removing it could race a new run's lock)
    assert [p.name for p in sft_checkpoint.parent.glob(".sft.*")] == [".sft.lock"]


def test_lora_is_merged_on_save(tiny_model, small_data, tmp_path):
    out = tmp_path / "sft_lora"
    result = run_script(["train_sft.py", *TINY_SFT_ARGS, "--use_peft", "--lora_r", "4", "--lora_alpha", "8",
                         "--lora_target_modules", "q_proj", "v_proj", "--learning_rate", "0.05"],
                        env={"MODEL_PATH": str(tiny_model), "SFT_DATA": str(small_data["sft"]), "SFT_OUTPUT": str(out)})
    assert result.returncode == 0, result.stderr[-3000:]
    assert not (out / "adapter_config.json").exists()
    merged = AutoModelForCausalLM.from_pretrained(out).state_dict()
    base = AutoModelForCausalLM.from_pretrained(tiny_model).state_dict()
    assert not any("lora" in name for name in merged)
    q = "model.layers.0.self_attn.q_proj.weight"
    assert not torch.equal(merged[q], base[q])  # the adapter's update is in the plain weights
    k = "model.layers.0.self_attn.k_proj.weight"
    assert torch.equal(merged[k], base[k])  # untouched modules stay as they were


@pytest.mark.slow
def test_sft_runs_under_accelerate_with_two_processes(tiny_model, small_data, tmp_path):
    out = tmp_path / "sft_ddp"
    # accelerate 1.15's `launch --cpu` always starts ONE process; two CPU processes need its torchrun-based
    # launcher (--multi_gpu) with ACCELERATE_USE_CPU=true, which makes Accelerate pick gloo on the CPU.
    result = run_script(["accelerate", "launch", "--multi_gpu", "--num_processes", "2", "--num_machines", "1",
                         "--mixed_precision", "no", "--dynamo_backend", "no", "train_sft.py", *TINY_SFT_ARGS,
                         "--num_train_epochs", "1"],
                        env={"MODEL_PATH": str(tiny_model), "SFT_DATA": str(small_data["sft"]), "SFT_OUTPUT": str(out),
                             "ACCELERATE_USE_CPU": "true"})
    assert result.returncode == 0, result.stderr[-3000:]
    # 12 examples, micro-batch 8: one process needs 2 optimizer steps per epoch, two processes need 1.
    assert json.loads((out / "trainer_state.json").read_text())["global_step"] == 1
    assert (out / "stage_complete.json").is_file()
    AutoModelForCausalLM.from_pretrained(out)
