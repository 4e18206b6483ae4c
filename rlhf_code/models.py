"""Loading models and tokenizers, the same way for Qwen2.5-Coder and the tiny preset.

``MODEL_PATH`` may be a Hugging Face id or a local directory; nothing here knows which preset is in use
beyond choosing the device's precision.
"""

from __future__ import annotations

import logging
from pathlib import Path

import torch
from transformers import AutoModelForCausalLM, AutoModelForSequenceClassification, AutoTokenizer, GenerationConfig

from . import checkpoint, jsonfile
from .config import UserError
from .outputs import read_marker

logger = logging.getLogger(__name__)

END_OF_TURN_TOKENS = ("<|im_end|>", "<|endoftext|>")
WEIGHT_SUFFIXES = (".safetensors", ".bin")
# generation_config entries that do not change which tokens are chosen (not worth a log line when replaced).
NOT_SAMPLING_SETTINGS = ("transformers_version", "use_cache", "output_attentions", "output_hidden_states",
                         "output_scores", "output_logits", "return_dict_in_generate", "max_length", "max_new_tokens",
                         "cache_implementation")
# A directory holds a tokenizer when it has at least one of these (fast tokenizer, or a BPE vocabulary).
TOKENIZER_FILES = ("tokenizer.json", "vocab.json", "tokenizer.model")


def check_model_path(path: str) -> None:
    """Fail early, with the fix, when ``path`` is neither a local model directory nor a hub id."""
    local = Path(path).expanduser()
    if local.is_dir():
        if not (local / "config.json").exists():
            raise UserError(f"model directory {local} has no config.json: it is not a Hugging Face model directory "
                            "(an interrupted save? rerun the stage that writes it)")
        damaged = checkpoint.damage(local, require_marker=False)
        if damaged:
            raise UserError(f"model directory {local} is damaged: {damaged}. Rerun the stage that wrote it.")
        return
    if path.startswith((".", "/", "~")) or path.count("/") != 1:
        raise UserError(f"model path {path!r} is not a local directory (and not a Hugging Face id like "
                        "'Qwen/Qwen2.5-Coder-1.5B'). Set MODEL_PATH (or --model_name_or_path) to a model directory; "
                        "for a CPU trial run `bash run_all.sh --tiny`.")


def load_error(path: str, err: Exception) -> UserError:
    return UserError(
        f"could not load model {path!r}: {err.__class__.__name__}: {str(err).splitlines()[0] if str(err) else ''}\n"
        "If this machine is offline, download the model on a connected machine "
        "(`huggingface-cli download Qwen/Qwen2.5-Coder-1.5B --local-dir models/qwen2.5-coder-1.5b`), copy the "
        "directory here and set MODEL_PATH=models/qwen2.5-coder-1.5b (HF_HUB_OFFLINE=1 avoids network look-ups)."
    )


def weights_bytes(path: str) -> int:
    """Size of a local model directory's weight files (what a stage writes again); 0 for a hub id."""
    local = Path(path).expanduser()
    return sum(p.stat().st_size for p in local.glob("*") if p.suffix in WEIGHT_SUFFIXES) if local.is_dir() else 0


def load_tokenizer(path: str, padding_side: str = "right"):
    """The tokenizer of ``path``, which must have a chat template (every stage formats prompts with it)."""
    check_model_path(path)
    local = Path(path).expanduser()
    if local.is_dir() and not any((local / name).is_file() for name in TOKENIZER_FILES):
        raise UserError(f"model directory {local} has no tokenizer files ({', '.join(TOKENIZER_FILES)}): copy them "
                        "from the base model's directory, or rerun the stage that wrote it")
    try:
        tokenizer = AutoTokenizer.from_pretrained(path)
    except (OSError, ValueError) as err:
        raise load_error(path, err) from err
    if tokenizer.chat_template is None:
        raise UserError(f"the tokenizer of {path} has no chat template (chat_template.jinja, or \"chat_template\" in "
                        "tokenizer_config.json), which every stage uses to format prompts: copy the base model's "
                        "tokenizer files into that directory, or rerun the stage that wrote it")
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    tokenizer.padding_side = padding_side
    return tokenizer


def model_dtype(bf16: bool) -> torch.dtype:
    return torch.bfloat16 if bf16 else torch.float32


def load_causal_lm(path: str, bf16: bool, **kwargs):
    check_model_path(path)
    try:
        return AutoModelForCausalLM.from_pretrained(path, dtype=model_dtype(bf16), **kwargs)
    except OSError as err:
        raise load_error(path, err) from err


def check_reward_model(path: str, option: str) -> None:
    """Fail, naming what ``path`` holds, unless it is train_rm.py's output: a sequence classifier with one output
    (loading anything else as one would give it a freshly initialised score head) whose marker says stage 'rm'."""
    check_model_path(path)
    local = Path(path).expanduser()
    found = []
    if local.is_dir():
        try:
            config = jsonfile.read(local / "config.json")
        except ValueError:
            config = {}
        config = config if isinstance(config, dict) else {}
        architectures = config.get("architectures") or []
        labels = len(config.get("id2label") or {}) or config.get("num_labels", 2)  # transformers' default: 2
        if not (architectures and all(str(a).endswith("ForSequenceClassification") for a in architectures)
                and labels == 1):
            found.append(f"its config.json names {', '.join(map(str, architectures)) or 'no architecture'} "
                         f"with {labels} label(s)")
        marker = read_marker(local)
        stage = marker.get("stage") if marker else None
        if stage != "rm":
            found.append(f"its stage_complete.json says stage {stage!r}" if marker else "it has no stage_complete.json")
        elif recorded_max_length(marker) is None:
            found.append("its stage_complete.json does not record the max_length it was trained at (args.rm.max_length; "
                         "retrain it with this version of train_rm.py)")
    else:
        found.append("it is not a local directory")
    if found:
        raise UserError(f"{option} {path} is not a reward model: {'; '.join(found)}. A reward model is the output of "
                        "train_rm.py (a *ForSequenceClassification with 1 label, stage 'rm'), e.g. outputs/rm.")


def recorded_max_length(marker: dict) -> int | None:
    """The max_length a reward model's ``stage_complete.json`` (``marker``) says it was trained at, or None."""
    length = ((marker.get("args") or {}).get("rm") or {}).get("max_length")
    return length if isinstance(length, int) and not isinstance(length, bool) and length >= 1 else None


def trained_max_length(reward_model_path: str) -> int:
    """The max_length the reward model at ``reward_model_path`` (checked by :func:`check_reward_model`) was trained
    at: every stage scores with it at that length, so it reads the texts it learned from."""
    return recorded_max_length(read_marker(Path(reward_model_path).expanduser()))


def load_reward_model(path: str, bf16: bool, pad_token_id: int, **kwargs):
    """A one-output sequence classifier; its pad id must be the tokenizer's (Qwen's config has none)."""
    check_model_path(path)
    try:
        model = AutoModelForSequenceClassification.from_pretrained(
            path, num_labels=1, problem_type="regression", dtype=model_dtype(bf16), **kwargs
        )
    except OSError as err:
        raise load_error(path, err) from err
    model.config.pad_token_id = pad_token_id
    return model


def end_of_turn_ids(tokenizer) -> list[int]:
    """Token ids that end an assistant turn: ChatML's <|im_end|> and the base model's eos."""
    ids = [tokenizer.convert_tokens_to_ids(t) for t in END_OF_TURN_TOKENS if t in tokenizer.get_vocab()]
    if tokenizer.eos_token_id is not None and tokenizer.eos_token_id not in ids:
        ids.append(tokenizer.eos_token_id)
    return ids


def exact_generation_config(model_config: GenerationConfig, temperature: float, top_p: float, max_new_tokens: int,
                            stop_ids: list[int], pad_token_id: int) -> GenerationConfig:
    """Sampling from softmax(logits / temperature) within top_p, or greedy at temperature 0, and nothing else.

    It is meant to replace a model's own generation config: ``generate`` fills every setting a config leaves unset
    from the model's, and an Instruct model's repetition penalty or top-k would silently change PPO's rollouts (off
    the distribution the update's log-probabilities model) and evaluation's answers (greedy ones included). The
    settings it ignores are logged."""
    sampling = ({"do_sample": True, "temperature": temperature, "top_k": 0, "top_p": top_p} if temperature > 0
                else {"do_sample": False})
    config = GenerationConfig(**sampling, max_new_tokens=max_new_tokens, eos_token_id=stop_ids,
                              pad_token_id=pad_token_id)
    ignored = {name: value for name, value in model_config.to_diff_dict().items()
               if not (name.startswith("_") or name.endswith("_token_id") or name in NOT_SAMPLING_SETTINGS)
               and getattr(config, name, None) != value}
    if ignored:
        logger.info("generating from softmax(logits / temperature) only; ignored from the model's "
                    "generation_config: %s", ", ".join(f"{k}={v!r}" for k, v in sorted(ignored.items())))
    return config
