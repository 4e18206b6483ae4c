"""Try a checkpoint by hand: stream its answer to one prompt, then say whether the code in it compiles.

    python generate.py --model outputs/ppo "用Python实现快速排序"
    python generate.py --model outputs/sft --temperature 0 "Write a function that reverses a string."

The prompt goes through the tokenizer's chat template, as in training and evaluation; generation stops at
the end of the assistant's turn. The extracted code is only compiled, never run.
"""

from __future__ import annotations

import argparse

import torch
from transformers import TextStreamer

from rlhf_code.config import resolve_bf16, run_cli, stage_output
from rlhf_code.data import format_prompt
from rlhf_code.models import end_of_turn_ids, exact_generation_config, load_causal_lm, load_tokenizer
from rlhf_code.pycode import compiles, extract_code

BF16_CHOICES = {"auto": None, "true": True, "false": False}


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("prompt", help="The request, as a user would type it (quote it).")
    parser.add_argument("--model", default=stage_output("PPO_OUTPUT", "ppo")(),
                        help="Model directory or hub id (default: $PPO_OUTPUT, else $OUTPUT_DIR/ppo, else "
                             "outputs/ppo).")
    parser.add_argument("--max_new_tokens", "--max-new-tokens", type=int, default=512, help="Answer length limit.")
    parser.add_argument("--temperature", type=float, default=0.7, help="Sampling temperature; 0 is greedy.")
    parser.add_argument("--top_p", "--top-p", type=float, default=0.95, help="Nucleus sampling threshold.")
    parser.add_argument("--seed", type=int, default=0, help="Sampling seed.")
    parser.add_argument("--bf16", choices=list(BF16_CHOICES), default="auto",
                        help="bf16 weights: auto (on if the GPU supports it), true or false.")
    args = parser.parse_args(argv)
    if args.temperature < 0 or args.max_new_tokens < 1:
        parser.error("need --temperature >= 0 and --max_new_tokens >= 1")
    return args


def verdict(response: str) -> str:
    """One line on the code in ``response``: none, compiles, or does not compile."""
    code = extract_code(response)
    if not code.strip():
        return "✗ 回答中没有 Python 代码 / No Python code in the answer."
    if compiles(code):
        return "✓ 提取出的代码可以编译（未运行）/ The extracted code compiles (it was not run)."
    return "✗ 提取出的代码不能编译 / The extracted code does not compile."


@torch.no_grad()
def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    tokenizer = load_tokenizer(args.model, padding_side="left")
    device = "cuda" if torch.cuda.is_available() else "cpu"
    model = load_causal_lm(args.model, bf16=resolve_bf16(BF16_CHOICES[args.bf16])).to(device).eval()
    encoded = tokenizer(format_prompt(tokenizer, args.prompt), return_tensors="pt", add_special_tokens=False).to(device)
    stop_ids = end_of_turn_ids(tokenizer)
    model.generation_config = exact_generation_config(model.generation_config, args.temperature, args.top_p,
                                                      args.max_new_tokens, stop_ids, tokenizer.pad_token_id)
    torch.manual_seed(args.seed)
    sequence = model.generate(**encoded, streamer=TextStreamer(tokenizer, skip_prompt=True, skip_special_tokens=True))
    ids = sequence[0, encoded["input_ids"].shape[1]:].tolist()
    end = next((i for i, token in enumerate(ids) if token in stop_ids), len(ids))
    response = tokenizer.decode(ids[:end], skip_special_tokens=True)
    print()
    if end == len(ids):
        print(f"（达到 max_new_tokens={args.max_new_tokens}，回答被截断 / the answer was cut at max_new_tokens)")
    print(verdict(response))
    return 0


if __name__ == "__main__":
    run_cli(main)
