"""Build the four starter data files at the repo root from the task banks in ``tools/taskbank``.

Run from anywhere (about half a minute; the output is deterministic)::

    python tools/build_data.py            # writes sft_data.jsonl, rm_data.jsonl, ppo_prompts.jsonl and
                                          # eval_problems.jsonl at the repo root
    python tools/build_data.py --out DIR  # somewhere else
    python -m rlhf_code.datacheck sft_data.jsonl rm_data.jsonl ppo_prompts.jsonl eval_problems.jsonl

Each training task (``train_zh``, ``train_en``) goes to exactly one of three disjoint splits, as in
InstructGPT, so that PPO prompts and RM prompts are ones the SFT model never saw answered. The rule is
by position, per bank and per category: the task at position ``k`` of its category (in bank order) goes
to split ``SPLIT_CYCLE[k % 11]``, six positions of eleven to SFT, three to PPO and two to RM. Every
category thus lands in all three splits in about the same proportions, each split holds about as many
Chinese as English prompts (each file interleaves the two banks), and a task appended to a bank never
moves an existing task to another split.

An SFT task gives one record (its clean response). A PPO task gives one prompt. An RM task gives five
responses, in this order:

=================  ===========================================================================
``clean``          explanation + fenced clean solution
``poor_style``     fenced code that is correct but poorly written or slow, no explanation
``partly_wrong``   explanation + fenced code passing some tests but not all
``not_compiling``  explanation + the clean solution with the colon of its ``def`` header removed
``off_topic``      the clean response of another RM task (same prompt language, other category)
=================  ===========================================================================

RM scores are measured by ``tools/score_rm.py`` (its docstring has the rule). Held-out tasks
(``eval_heldout``) only go to ``eval_problems.jsonl``, with their reference ``solution``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from itertools import chain, zip_longest
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):  # run as `python tools/build_data.py`: make the repo root importable
    sys.path.insert(0, str(REPO))

from rlhf_code.pycode import compiles
from tools.score_rm import score_responses
from tools.taskbank import eval_heldout, train_en, train_zh

_CJK = re.compile(r"[\u4e00-\u9fff]")
_DEF = re.compile(r"\s*(?:async\s+)?def\s")


def fenced(code: str) -> str:
    return "```python\n" + code.strip("\n") + "\n```"


def explained(task: dict, code: str) -> str:
    return task["explanation"].strip() + "\n\n" + fenced(code)


def break_code(code: str) -> str:
    """``code`` with the colon ending its first ``def`` header removed, the commonest syntax slip.

    Falls back to cutting the last line that opens a bracket right after the bracket.
    """
    lines = code.strip("\n").splitlines()
    start = next((n for n, line in enumerate(lines) if _DEF.match(line)), None)
    if start is not None:
        header_end = next((n for n in range(start, len(lines)) if lines[n].rstrip().endswith(":")), None)
        if header_end is not None:
            broken = lines.copy()
            broken[header_end] = broken[header_end].rstrip()[:-1]
            if not compiles("\n".join(broken)):
                return "\n".join(broken)
    opening = next((n for n in range(len(lines) - 1, -1, -1) if "(" in lines[n]), None)
    if opening is not None:
        broken = [*lines[:opening], lines[opening][: lines[opening].index("(") + 1]]
        if not compiles("\n".join(broken)):
            return "\n".join(broken)
    raise ValueError(f"cannot derive non-compiling code from:\n{code}")


def off_topic_partner(tasks: list[dict], i: int) -> dict:
    """A task half the list away with a prompt in the same language and a different category."""
    n = len(tasks)
    chinese = bool(_CJK.search(tasks[i]["prompt"]))
    for step in range(n // 2, n // 2 + n):
        other = tasks[(i + step) % n]
        if (bool(_CJK.search(other["prompt"])) == chinese and other["category"] != tasks[i]["category"]
                and other["entry_point"] != tasks[i]["entry_point"]):
            return other
    raise ValueError(f"no off-topic partner for task {tasks[i]['id']}")


def rm_responses(tasks: list[dict], i: int) -> list[tuple[str, str]]:
    """The five (variant, response) pairs of task ``i`` (see the module docstring)."""
    task = tasks[i]
    partner = off_topic_partner(tasks, i)
    return [
        ("clean", explained(task, task["solution"])),
        ("poor_style", fenced(task["poor_style"])),
        ("partly_wrong", explained(task, task["partly_wrong"])),
        ("not_compiling", explained(task, break_code(task["solution"]))),
        ("off_topic", explained(partner, partner["solution"])),
    ]


def interleave(*banks: list[dict]) -> list[dict]:
    return [task for task in chain.from_iterable(zip_longest(*banks)) if task is not None]


# SFT first, so that even a small category teaches SFT something; PPO and RM spread through the cycle
# rather than bunched at its end.
SPLIT_CYCLE = ("sft", "ppo", "sft", "rm", "sft", "ppo", "sft", "sft", "ppo", "sft", "rm")


def split_bank(tasks: list[dict]) -> dict[str, list[dict]]:
    """One bank's tasks by split (``sft``, ``rm``, ``ppo``), by position within each category; bank order kept."""
    seen_in_category: dict[str, int] = {}
    splits: dict[str, list[dict]] = {"sft": [], "rm": [], "ppo": []}
    for task in tasks:
        position = seen_in_category.get(task["category"], 0)
        seen_in_category[task["category"]] = position + 1
        splits[SPLIT_CYCLE[position % len(SPLIT_CYCLE)]].append(task)
    return splits


def build() -> dict[str, list[dict]]:
    """The records of the four files, keyed by file name."""
    zh, en = split_bank(train_zh.TASKS), split_bank(train_en.TASKS)
    sft_tasks, rm_tasks, ppo_tasks = (interleave(zh[name], en[name]) for name in ("sft", "rm", "ppo"))
    sft = [{"prompt": t["prompt"], "response": explained(t, t["solution"]), "tests": t["tests"]} for t in sft_tasks]
    ppo = [{"prompt": t["prompt"], "tests": t["tests"], "entry_point": t["entry_point"]} for t in ppo_tasks]

    pairs = [(t, variant, response) for i, t in enumerate(rm_tasks) for variant, response in rm_responses(rm_tasks, i)]
    scores = score_responses([(t["tests"], response) for t, _, response in pairs])
    rm = [{"prompt": t["prompt"], "response": response, "score": score, "tests": t["tests"], "variant": variant}
          for (t, variant, response), score in zip(pairs, scores)]

    evals = [{"task_id": t["task_id"], "prompt": t["prompt"], "tests": t["tests"], "entry_point": t["entry_point"],
              "solution": t["solution"]} for t in eval_heldout.TASKS]
    return {"sft_data.jsonl": sft, "rm_data.jsonl": rm, "ppo_prompts.jsonl": ppo, "eval_problems.jsonl": evals}


def write_jsonl(path: Path, records: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the starter SFT/RM/PPO/eval data files from tools/taskbank.")
    parser.add_argument("--out", type=Path, default=REPO, help="output directory (default: the repo root)")
    args = parser.parse_args(argv)

    files = build()
    args.out.mkdir(parents=True, exist_ok=True)
    for name, records in files.items():
        write_jsonl(args.out / name, records)
        chinese = sum(bool(_CJK.search(r["prompt"])) for r in records)
        print(f"{args.out / name}: {len(records)} records, {chinese} with Chinese prompts")
    by_variant: dict[str, list[float]] = {}
    for record in files["rm_data.jsonl"]:
        by_variant.setdefault(record["variant"], []).append(record["score"])
    print("RM mean score by variant: " + ", ".join(
        f"{variant} {sum(s) / len(s):.3f}" for variant, s in by_variant.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
