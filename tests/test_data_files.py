"""The shipped data files: counts, the data checker on them and on broken copies, reproducible RM scores."""

import json
import re

import pytest
from conftest import REPO, run_script, write_jsonl

from rlhf_code import datacheck
from rlhf_code.data import load_records
from tools.score_rm import score_responses

FILES = {
    "sft": REPO / "sft_data.jsonl",
    "rm": REPO / "rm_data.jsonl",
    "ppo": REPO / "ppo_prompts.jsonl",
    "eval": REPO / "eval_problems.jsonl",
}
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def shipped() -> dict[str, list[dict]]:
    return {kind: load_records(path, kind) for kind, path in FILES.items()}


def test_checker_passes_on_the_shipped_files(shipped):
    result = run_script(["-m", "rlhf_code.datacheck", *map(str, FILES.values())])
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    summaries = [line for line in result.stdout.splitlines() if line.endswith(" 0 problem(s)")]
    assert len(summaries) == 4
    # every SFT response and every eval reference solution was run against its tests
    n_sft, n_eval = len(shipped["sft"]), len(shipped["eval"])
    assert f"{FILES['sft']}: sft, {n_sft} record(s), {n_sft} reference(s) run, 0 problem(s)" in summaries
    assert f"{FILES['eval']}: eval, {n_eval} record(s), {n_eval} reference(s) run, 0 problem(s)" in summaries


def chinese_share(records: list[dict]) -> float:
    prompts = {r["prompt"] for r in records}
    return sum(bool(CJK.search(p)) for p in prompts) / len(prompts)


def test_shipped_counts(shipped):
    sft = shipped["sft"]
    assert len(sft) >= 200
    assert all(r["tests"] for r in sft)

    rm_prompts: dict[str, int] = {}
    for record in shipped["rm"]:
        rm_prompts[record["prompt"]] = rm_prompts.get(record["prompt"], 0) + 1
    assert len(rm_prompts) >= 60
    assert set(rm_prompts.values()) == {5}  # one response of each graded variant

    assert len(shipped["ppo"]) >= 100 and all(r["tests"] for r in shipped["ppo"])
    assert len(shipped["eval"]) >= 60
    for kind in ("sft", "rm", "ppo", "eval"):
        assert 0.4 <= chinese_share(shipped[kind]) <= 0.6, kind


def test_training_files_share_no_prompt_and_no_entry_point(shipped):
    """SFT, RM and PPO are disjoint task splits: PPO and the RM see prompts the SFT model was not taught."""
    prompts = {kind: {r["prompt"] for r in shipped[kind]} for kind in ("sft", "rm", "ppo")}
    names = {kind: set().union(*map(datacheck.entry_points, shipped[kind])) for kind in ("sft", "rm", "ppo")}
    for first, second in (("sft", "rm"), ("sft", "ppo"), ("rm", "ppo")):
        assert prompts[first].isdisjoint(prompts[second]), (first, second)
        assert names[first].isdisjoint(names[second]), (first, second, sorted(names[first] & names[second]))


def test_rm_scores_are_what_score_rm_recomputes(shipped):
    records = shipped["rm"]
    assert all(r.get("tests") for r in records)
    recomputed = score_responses([(r["tests"], r["response"]) for r in records])
    differing = [(r["prompt"][:40], r["variant"], r["score"], new) for r, new in zip(records, recomputed)
                 if r["score"] != new]
    assert differing == []


def test_rm_variants_rank_as_the_rule_intends(shipped):
    by_variant: dict[str, list[float]] = {}
    for record in shipped["rm"]:
        by_variant.setdefault(record["variant"], []).append(record["score"])
    mean = {variant: sum(scores) / len(scores) for variant, scores in by_variant.items()}
    assert mean["clean"] > mean["poor_style"] > mean["partly_wrong"] > mean["off_topic"] > mean["not_compiling"]
    assert set(by_variant["not_compiling"]) == {0.0}


def test_score_rule_on_constructed_responses():
    tests = ["assert double(2) == 4", "assert double(0) == 0", "assert double(-1) == -2", "assert double(5) == 10"]
    why = "Multiplying by two doubles the value for every integer input."
    clean = "def double(x: int) -> int:\n    return 2 * x"
    responses = [
        f"{why}\n\n```python\n{clean}\n```",  # correct, clean, explained
        f"```python\n{clean}\n```",  # no explanation
        f"{why}\n\n```python\nimport os\ndef double(x: int) -> int:\n    return 2 * x\n```",  # 1 finding
        f"{why}\n\n```python\ndef double(x: int) -> int:\n    return x * x\n```",  # passes 2 of 4 (0 and 2)
        f"{why}\n\n```python\ndef halve(x):\n    return x // 2\n```",  # off topic
        f"{why}\n\n```python\ndef double(x: int) -> int\n    return 2 * x\n```",  # does not compile
    ]
    assert score_responses([(tests, r) for r in responses]) == [1.0, 0.9, 0.9, 0.55, 0.1, 0.0]


def _check(capsys, *args: str) -> tuple[int, str]:
    code = datacheck.main(list(args))
    return code, capsys.readouterr().out


def test_checker_reports_a_failing_reference(tmp_path, capsys):
    good = {"prompt": "Write `double(x)`.", "response": "Multiply by two.\n\n```python\ndef double(x):\n    return 2 * x\n```",
            "tests": ["assert double(2) == 4"]}
    bad = {**good, "prompt": "Write `triple(x)`.", "tests": ["assert triple(2) == 6", "assert triple(0) == 0"],
           "response": "Multiply by three.\n\n```python\ndef triple(x):\n    return x * x + 2\n```"}
    path = write_jsonl(tmp_path / "sft_data.jsonl", [good, bad])
    eval_path = write_jsonl(tmp_path / "eval_problems.jsonl", [
        {"prompt": "Write `halve(x)`.", "tests": ["assert halve(4) == 2"], "solution": "def halve(x):\n    return x // 3\n"}])
    code, out = _check(capsys, str(path), str(eval_path))
    assert code == 2
    assert f"{path}:2: reference fails its tests (failed, 1/2 passed)" in out
    assert f"{eval_path}:1: reference fails its tests" in out
    assert f"{path}:1:" not in out


def test_checker_reports_a_non_compiling_rm_response_that_is_not_lowest(tmp_path, capsys):
    prompt = "Write `double(x)`."
    records = [
        {"prompt": prompt, "response": "```python\ndef double(x):\n    return 2 * x\n```", "score": 0.9},
        {"prompt": prompt, "response": "```python\ndef double(x):\n    return x\n```", "score": 0.1},
        {"prompt": prompt, "response": "```python\ndef double(x)\n    return 2 * x\n```", "score": 0.2},
        {"prompt": "Other prompt", "response": "```python\ndef f(:\n```", "score": 0.5},  # alone: nothing to compare
    ]
    path = write_jsonl(tmp_path / "rm_data.jsonl", records)
    code, out = _check(capsys, str(path))
    assert code == 2
    assert f"{path}:3: response does not compile but scores 0.2, above the 0.1 of a compiling response" in out
    assert out.count("does not compile") == 1

    records[2]["score"] = 0.1  # a tie with the lowest compiling response is allowed
    write_jsonl(path, records)
    assert _check(capsys, str(path))[0] == 0


def test_checker_reports_eval_prompts_that_overlap_training(tmp_path, capsys, shipped):
    training = shipped["sft"][:3]
    sft_path = write_jsonl(tmp_path / "sft_data.jsonl", training)
    near = training[1]["prompt"].rstrip("。.") + "!"  # only punctuation differs: a duplicate
    reworded = "Please " + training[2]["prompt"]  # one word more: a near duplicate
    called = min(datacheck.entry_points(training[0]))
    eval_records = [
        {"prompt": "Compute the number of vowels in a word, as `vowel_total_heldout(word)`.",
         "tests": ["assert vowel_total_heldout('aei') == 3"]},
        {"prompt": near, "tests": ["assert heldout_a(1) == 1"]},
        {"prompt": reworded, "tests": ["assert heldout_b(1) == 1"]},
        {"prompt": "A completely new question about tides and moons.", "tests": ["assert x(1) == 1"],
         "entry_point": called},
    ]
    eval_path = write_jsonl(tmp_path / "eval_problems.jsonl", eval_records)
    code, out = _check(capsys, str(sft_path), "--eval", str(eval_path))
    assert code == 2
    assert f"{eval_path}:2: prompt duplicates training prompt {sft_path}:2 (similarity 1.00)" in out
    assert f"{eval_path}:3: prompt duplicates training prompt {sft_path}:3" in out
    assert f"{eval_path}:4: entry point '{called}' is used in training ({sft_path}:1)" in out
    assert f"{eval_path}:1:" not in out


def test_checker_reports_prompts_and_entry_points_shared_by_training_splits(tmp_path, capsys, shipped):
    sft = shipped["sft"][:2]
    sft_path = write_jsonl(tmp_path / "sft_data.jsonl", sft)
    ppo_path = write_jsonl(tmp_path / "ppo_prompts.jsonl", [
        {"prompt": sft[0]["prompt"], "tests": sft[0]["tests"]},  # the same prompt in SFT and PPO
        {"prompt": "A new prompt about the same function.", "tests": sft[1]["tests"]},  # the same entry point
        {"prompt": "Write `brand_new_name(x)` returning x.", "tests": ["assert brand_new_name(1) == 1"]},
    ])
    code, out = _check(capsys, str(sft_path), str(ppo_path))
    assert code == 2
    assert f"{ppo_path}:1: prompt is also in the sft split ({sft_path}:1)" in out
    name = min(datacheck.entry_points(sft[1]))
    assert f"{ppo_path}:2: entry point '{name}' is also in the sft split ({sft_path}:2)" in out
    assert f"{ppo_path}:3:" not in out


def test_generated_family_is_held_out_by_composition(tmp_path, capsys):
    """Family records share function names and templates by design; an eval composition seen in training is the
    problem, and the shipped tiny data has none."""
    def task(prompt, composition):
        return {"prompt": prompt, "tests": ["assert calc(1) == 4"], "entry_point": "calc", "composition": composition}

    sft_path = write_jsonl(tmp_path / "sft_data.jsonl", [
        {**task("Write `calc(x)`: add 3.", "int/add"), "response": "def calc(x):\n    return x + 3"}])
    ppo_path = write_jsonl(tmp_path / "ppo_prompts.jsonl", [task("Write `calc(n)`: add 3.", "int/add")])
    eval_path = write_jsonl(tmp_path / "eval_problems.jsonl", [task("Write `calc(x)`, adding 3 to x.", "int/add"),
                                                                task("Write `calc(x)`: square, add 3.", "int/square/add")])
    code, out = _check(capsys, str(sft_path), str(ppo_path), str(eval_path))
    assert code == 2
    assert f"{eval_path}:1: composition 'int/add' is used in training ({sft_path}:1)" in out
    assert "also in the" not in out and f"{eval_path}:2:" not in out  # shared names and templates are fine

    tiny = sorted((REPO / "data/tiny").glob("*.jsonl"))
    assert len(tiny) == 4
    result = run_script(["-m", "rlhf_code.datacheck", *map(str, tiny)])
    assert result.returncode == 0, result.stdout[-3000:]


def test_checker_handles_bad_input_without_a_traceback(tmp_path):
    broken = tmp_path / "ppo_prompts.jsonl"
    broken.write_text('{"prompt": "ok", "tests": ["assert 1 == 1"]}\nnot json\n{"prompt": 3}\n'
                      '{"prompt": "t", "tests": ["assert (1 =="]}\n', encoding="utf-8")
    unnamed = tmp_path / "mystery.jsonl"
    unnamed.write_text("{}\n", encoding="utf-8")
    result = run_script(["-m", "rlhf_code.datacheck", str(broken)])
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"{broken}:2: not valid JSON" in result.stdout
    assert f"{broken}:3: field 'prompt' must be a string" in result.stdout
    assert f"{broken}:4: test 1 does not compile" in result.stdout
    result = run_script(["-m", "rlhf_code.datacheck", str(unnamed)])
    assert result.returncode == 2 and "Traceback" not in result.stderr and "--kind" in result.stdout
    result = run_script(["-m", "rlhf_code.datacheck", str(tmp_path / "missing" / "sft_data.jsonl")])
    assert result.returncode == 2 and "file not found" in result.stdout



def test_tiny_family_files_are_the_generators_output_with_slipped_demonstrations(tmp_path):
    """data/tiny is what tools/build_tiny_data.py writes, and its imperfect SFT demonstrations are what they say:
    a share of the multi-step answers leave exactly one of the asked-for steps out, a share of all answers print the
    result instead of returning it, and neither kind carries tests."""
    result = run_script(["tools/build_tiny_data.py", "--out", str(tmp_path)])
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.count("\n") == 4, result.stdout  # one line per file: the graded answers run silently
    for shipped in sorted((REPO / "data/tiny").glob("*.jsonl")):
        assert (tmp_path / shipped.name).read_bytes() == shipped.read_bytes(), shipped.name

    sft = [json.loads(line) for line in (REPO / "data/tiny/sft_data.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {r["variant"] for r in sft} == {"reference", "dropped_step", "printed", "dropped_step+printed"}
    multi_step = [r for r in sft if r["composition"].count("/") > 1]
    assert 0.15 < sum("dropped_step" in r["variant"] for r in multi_step) / len(multi_step) < 0.25
    assert 0.45 < sum("printed" in r["variant"] for r in sft) / len(sft) < 0.55
    for record in sft:
        steps = len(record["composition"].split("/")) - 1
        body = record["response"].splitlines()[2:-1]  # between the fence + def and the fence
        lines, last = body[:-1], body[-1]
        name = record["response"].split("(")[1].split(")")[0]
        assert last == (f"    print({name})" if "printed" in record["variant"] else f"    return {name}"), record
        assert len(lines) == (steps - 1 if "dropped_step" in record["variant"] else steps), record
        assert ("tests" in record) == (record["variant"] == "reference"), record


def test_tiny_family_variants_keep_their_splits_apart():
    """The builder's documented variants (docs/benchmarks.md, "Data variants tried") do what their options say, and
    none of them lets an evaluation composition into training data."""
    from tools.build_tiny_data import build

    def compositions(records):
        return {r["composition"] for r in records}

    splits = build(ppo_share=0.2, balanced_ppo_lengths=True, mark_last_step=True)
    demonstrated = compositions(splits["sft_data"]) | compositions(splits["rm_data"])
    ppo, held_out = compositions(splits["ppo_prompts"]), compositions(splits["eval_problems"])
    assert ppo and not ppo & demonstrated and not ppo & held_out and not demonstrated & held_out
    steps = [len(r["composition"].split("/")) - 1 for r in splits["ppo_prompts"]]
    assert steps.count(2) == steps.count(3) == len(steps) // 2
    for record in splits["eval_problems"]:
        if record["composition"].count("/") > 1:
            assert ("finally " in record["prompt"]) != ("最后" in record["prompt"]), record["prompt"]

    preset = build()
    # The preset draws PPO's prompts from the demonstrated compositions (no --ppo_share).
    assert compositions(preset["ppo_prompts"]) & compositions(preset["sft_data"])
    assert not compositions(preset["ppo_prompts"]) & compositions(preset["eval_problems"])
    assert not any("finally" in r["prompt"] or "最后" in r["prompt"] for r in preset["eval_problems"])
    more = build(sft_multi=2400)
    assert len(more["sft_data"]) > 1.8 * len(preset["sft_data"])

    # --step_comments changes the answers only: each line after a comment that quotes its part of the prompt.
    commented = build(step_comments=True)
    for split in preset:
        assert [r["prompt"] for r in commented[split]] == [r["prompt"] for r in preset[split]]
    for record in commented["sft_data"]:
        body = record["response"].splitlines()[2:-2]  # between the fence + def and the return + fence
        comments, lines = body[0::2], body[1::2]
        assert all(c.startswith("    # ") and c[6:] in record["prompt"] for c in comments), record["response"]
        assert len(comments) == len(lines) and not any("#" in line for line in lines)
        asked = record["composition"].count("/")
        assert len(lines) == (asked - 1 if "dropped_step" in record["variant"] else asked), record
