"""The tiny preset: a randomly initialised Qwen2 model and an offline-built Qwen2 tokenizer.

It exists so that the whole pipeline (and the test suite) runs on a laptop CPU with no network, through exactly
the same ``from_pretrained(MODEL_PATH)`` code path as Qwen2.5-Coder-1.5B:

- the tokenizer is transformers' own ``Qwen2Tokenizer`` (NFC, Qwen's pre-tokenizer regex, byte-level BPE) with
  merges trained here on the project's data files, Qwen2.5's special tokens, a ChatML chat template and the
  base model's convention ``eos_token == pad_token == "<|endoftext|>"``;
- the model is ``Qwen2ForCausalLM`` with grouped-query attention (4 query heads, 2 key/value heads), QKV bias and
  tied embeddings like the real model, about 1.5 M parameters, initialised with std 0.1 (see INIT_RANGE).

    python -m rlhf_code.tiny --output models/tiny
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tokenizers import Regex, Tokenizer, models, normalizers, pre_tokenizers, trainers
from transformers import Qwen2Config, Qwen2ForCausalLM, Qwen2Tokenizer, set_seed
from transformers.models.qwen2.tokenization_qwen2 import PRETOKENIZE_REGEX

# Qwen2.5's special tokens, in its order (the ids differ: the tiny vocabulary is small).
QWEN_SPECIAL_TOKENS = [
    "<|endoftext|>", "<|im_start|>", "<|im_end|>", "<|object_ref_start|>", "<|object_ref_end|>",
    "<|box_start|>", "<|box_end|>", "<|quad_start|>", "<|quad_end|>", "<|vision_start|>", "<|vision_end|>",
    "<|vision_pad|>", "<|image_pad|>", "<|video_pad|>", "<tool_call>", "</tool_call>", "<|fim_prefix|>",
    "<|fim_middle|>", "<|fim_suffix|>", "<|fim_pad|>", "<|repo_name|>", "<|file_sep|>",
]

# ChatML, written for this project: a short default system turn when none is given (Qwen's own one is 42 tokens of
# this vocabulary, a third of every tiny-family example, and CPU time is spent on every token), one
# "<|im_start|>role\ncontent<|im_end|>\n" block per message, and the assistant header for generation.
CHATML_TEMPLATE = (
    "{%- if messages and messages[0]['role'] == 'system' -%}"
    "{{- '<|im_start|>system\\n' + messages[0]['content'] + '<|im_end|>\\n' -}}"
    "{%- set loop_messages = messages[1:] -%}"
    "{%- else -%}"
    "{{- '<|im_start|>system\\nYou are a helpful assistant.<|im_end|>\\n' -}}"
    "{%- set loop_messages = messages -%}"
    "{%- endif -%}"
    "{%- for message in loop_messages -%}"
    "{{- '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>\\n' -}}"
    "{%- endfor -%}"
    "{%- if add_generation_prompt -%}{{- '<|im_start|>assistant\\n' -}}{%- endif -%}"
)

# Weight init std. Qwen's 0.02 leaves a random 128-wide model with tied embeddings a logit range of about +-3, so
# LoRA (which cannot touch the embeddings or the final norm) could never make any token likely; 0.1 gives the
# tiny model the logit scale a trained model has, and LoRA-based PPO on it behaves as it does on the real one.
INIT_RANGE = 0.1
DEFAULT_CORPUS = ["sft_data.jsonl", "rm_data.jsonl", "ppo_prompts.jsonl", "data/tiny/sft_data.jsonl", "data/tiny/rm_data.jsonl",
                  "data/tiny/ppo_prompts.jsonl"]


def corpus_texts(paths: list[Path]) -> list[str]:
    """Every string value of every JSON line of the given files (missing files are skipped)."""
    texts = []
    for path in paths:
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                texts.extend(v for v in record.values() if isinstance(v, str))
                texts.extend(t for t in record.get("tests") or [] if isinstance(t, str))
    # Python keywords and ASCII so that any code tokenizes into reasonable pieces even with an empty corpus.
    texts.append("def class return if elif else for while in not and or import from lambda yield with as try "
                 "except finally raise assert pass break continue None True False self print len range\n")
    return texts


def build_tokenizer(texts: list[str], vocab_size: int) -> Qwen2Tokenizer:
    bpe = Tokenizer(models.BPE())
    bpe.normalizer = normalizers.NFC()
    bpe.pre_tokenizer = pre_tokenizers.Sequence([
        pre_tokenizers.Split(Regex(PRETOKENIZE_REGEX), behavior="isolated"),
        pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False),
    ])
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size, special_tokens=QWEN_SPECIAL_TOKENS,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False,
    )
    bpe.train_from_iterator(texts, trainer=trainer)
    trained = json.loads(bpe.to_str())["model"]
    tokenizer = Qwen2Tokenizer(
        vocab=trained["vocab"], merges=[tuple(m) if isinstance(m, list) else tuple(m.split(" ")) for m in trained["merges"]],
        additional_special_tokens=QWEN_SPECIAL_TOKENS[1:],
    )
    tokenizer.chat_template = CHATML_TEMPLATE
    return tokenizer


def build_model(tokenizer: Qwen2Tokenizer, seed: int, hidden_size: int = 128,
                num_layers: int = 4) -> Qwen2ForCausalLM:
    set_seed(seed)
    config = Qwen2Config(
        vocab_size=len(tokenizer), hidden_size=hidden_size, intermediate_size=4 * hidden_size,
        num_hidden_layers=num_layers,
        num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=2048, rope_theta=1e6,
        initializer_range=INIT_RANGE,
        # Like Qwen2.5-Coder-1.5B's config.json: bos = eos = <|endoftext|>, and no pad_token_id, so the stages
        # must take the pad id from the tokenizer exactly as they must for the real model.
        tie_word_embeddings=True, bos_token_id=tokenizer.eos_token_id, eos_token_id=tokenizer.eos_token_id,
    )
    model = Qwen2ForCausalLM(config)
    return model


def make_tiny(output: Path, corpus: list[Path], vocab_size: int = 4096, seed: int = 0, hidden_size: int = 128,
              num_layers: int = 4) -> Path:
    tokenizer = build_tokenizer(corpus_texts(corpus), vocab_size)
    model = build_model(tokenizer, seed, hidden_size, num_layers)
    output.mkdir(parents=True, exist_ok=True)
    tokenizer.save_pretrained(output)
    model.save_pretrained(output)
    return output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--output", default="models/tiny", help="directory to write (default: models/tiny)")
    parser.add_argument("--corpus", nargs="*", default=DEFAULT_CORPUS,
                        help="JSONL files whose text trains the BPE merges (default: the project's data files)")
    parser.add_argument("--vocab-size", type=int, default=4096, help="BPE vocabulary size (default: 4096)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the random weights (default: 0)")
    parser.add_argument("--hidden_size", type=int, default=128,
                        help="width (default: 128; the MLP is 4 times as wide, 4 heads); the preset's SFT settings "
                             "were tuned for 128 (docs/benchmarks.md, \"Data variants tried\")")
    parser.add_argument("--num_layers", type=int, default=4, help="decoder layers (default: 4)")
    args = parser.parse_args(argv)
    if args.hidden_size <= 0 or args.hidden_size % 8 or args.num_layers <= 0:
        parser.error("--hidden_size must be a positive multiple of 8 (4 attention heads of even size), "
                     "--num_layers positive")
    out = make_tiny(Path(args.output), [Path(p) for p in args.corpus], args.vocab_size, args.seed, args.hidden_size,
                    args.num_layers)
    n_params = sum(p.numel() for p in Qwen2ForCausalLM.from_pretrained(out).parameters())
    print(f"tiny Qwen2 model ({n_params / 1e6:.2f} M parameters) and tokenizer written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
