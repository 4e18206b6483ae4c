"""The tiny preset has the real model's architecture and tokenizer conventions, and loads through Auto classes."""

import pytest
from conftest import REPO
from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer, Qwen2ForCausalLM, Qwen2Tokenizer

from rlhf_code.tiny import QWEN_SPECIAL_TOKENS, main as tiny_main


def test_model_is_small_qwen2_with_grouped_query_attention(tiny_model):
    config = AutoConfig.from_pretrained(tiny_model)
    model = AutoModelForCausalLM.from_pretrained(tiny_model)
    assert isinstance(model, Qwen2ForCausalLM)
    n_params = sum(p.numel() for p in model.parameters())
    assert 1_000_000 <= n_params <= 5_000_000
    assert config.num_key_value_heads < config.num_attention_heads
    assert config.tie_word_embeddings
    assert model.model.layers[0].self_attn.q_proj.bias is not None  # QKV bias, like Qwen2
    assert getattr(config, "pad_token_id", None) is None  # like the real config.json: the pad id is the tokenizer's


def test_tokenizer_follows_qwen_conventions(tiny_model):
    tokenizer = AutoTokenizer.from_pretrained(tiny_model)
    assert isinstance(tokenizer, Qwen2Tokenizer)
    assert tokenizer.eos_token == tokenizer.pad_token == "<|endoftext|>"
    assert tokenizer.bos_token is None
    vocab = tokenizer.get_vocab()
    for token in QWEN_SPECIAL_TOKENS:
        assert token in vocab
        assert tokenizer.tokenize(f"a{token}b").count(token) == 1  # never split
    text = "用Python实现二分查找算法\ndef f(x):\n    return x  # ünïcode"
    assert tokenizer.decode(tokenizer(text)["input_ids"]) == text


def test_chat_template_is_chatml(tiny_model):
    tokenizer = AutoTokenizer.from_pretrained(tiny_model)
    messages = [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello"}]
    assert tokenizer.apply_chat_template(messages, tokenize=False) == (
        "<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n"
        "<|im_start|>user\nhi<|im_end|>\n<|im_start|>assistant\nhello<|im_end|>\n"
    )
    prompt = tokenizer.apply_chat_template(messages[:1], tokenize=False, add_generation_prompt=True)
    assert prompt.endswith("<|im_start|>user\nhi<|im_end|>\n<|im_start|>assistant\n")
    custom = [{"role": "system", "content": "Be brief."}, *messages[:1]]
    assert tokenizer.apply_chat_template(custom, tokenize=False).startswith("<|im_start|>system\nBe brief.<|im_end|>\n")


def test_width_and_depth_options(tmp_path, capsys):
    """--hidden_size/--num_layers build a wider or deeper model; a width the 4 heads cannot split into even halves
    is refused with a message (exit 2), not a traceback, and nothing is written."""
    small_corpus = ["--corpus", str(REPO / "data/tiny/eval_problems.jsonl"), "--vocab-size", "600"]  # a quick tokenizer
    assert tiny_main(["--output", str(tmp_path / "m"), "--hidden_size", "64", "--num_layers", "2", *small_corpus]) == 0
    config = AutoConfig.from_pretrained(tmp_path / "m")
    assert (config.hidden_size, config.intermediate_size, config.num_hidden_layers) == (64, 256, 2)
    assert Qwen2ForCausalLM.from_pretrained(tmp_path / "m").config.num_attention_heads == 4
    with pytest.raises(SystemExit) as refused:
        tiny_main(["--output", str(tmp_path / "bad"), "--hidden_size", "100", *small_corpus])
    assert refused.value.code == 2 and "--hidden_size" in capsys.readouterr().err
    assert not (tmp_path / "bad").exists()
