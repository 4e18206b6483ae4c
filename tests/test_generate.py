"""generate.py: streams a checkpoint's answer to one prompt, then says whether its code compiles."""

from __future__ import annotations

import pytest
import torch

import generate
from rlhf_code.config import UserError
from rlhf_code.data import format_prompt
from rlhf_code.models import end_of_turn_ids, load_causal_lm, load_tokenizer


@pytest.mark.parametrize(("response", "start"), [
    ("快速排序：\n```python\ndef qsort(xs):\n    return sorted(xs)\n```", "✓"),
    ("def qsort(xs):\n    return sorted(xs)", "✓"),
    ("```python\ndef qsort(xs)\n    return xs\n```", "✗ 提取出的代码不能编译"),
    ("```bash\nsort -n numbers.txt\n```", "✗ 回答中没有 Python 代码"),
])
def test_verdict(response, start):
    assert generate.verdict(response).startswith(start)


def test_streams_the_greedy_answer_and_judges_it(sft_checkpoint, capsys):
    prompt = "用Python实现快速排序"
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # the tiny model gains nothing from threads; a busy machine loses a lot
    try:
        assert generate.main(["--model", str(sft_checkpoint), "--temperature", "0", "--max_new_tokens", "12",
                              prompt]) == 0
        # The same greedy answer, generated without the streamer.
        tokenizer = load_tokenizer(str(sft_checkpoint))
        model = load_causal_lm(str(sft_checkpoint), bf16=False).eval()
        encoded = tokenizer(format_prompt(tokenizer, prompt), return_tensors="pt", add_special_tokens=False)
        with torch.no_grad():
            ids = model.generate(**encoded, do_sample=False, max_new_tokens=12, eos_token_id=end_of_turn_ids(tokenizer),
                                 pad_token_id=tokenizer.pad_token_id)[0, encoded["input_ids"].shape[1]:]
    finally:
        torch.set_num_threads(threads)
    expected = tokenizer.decode(ids, skip_special_tokens=True)
    out = capsys.readouterr().out
    assert expected.strip() and out.startswith(expected)
    assert generate.verdict(expected) in out


def test_bad_model_or_options_are_user_errors(tmp_path, capsys):
    with pytest.raises(UserError, match="is not a local directory"):  # run_cli prints it and exits 2
        generate.main(["--model", str(tmp_path / "missing"), "hello"])
    with pytest.raises(SystemExit) as stop:
        generate.main(["--temperature", "-1", "hello"])
    assert stop.value.code == 2 and "--temperature >= 0" in capsys.readouterr().err
