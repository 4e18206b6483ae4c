"""Facts about Python source text, shared by the PPO reward, evaluation and the data tools.

Nothing here executes the code it looks at: running generated code is the job of
:mod:`rlhf_code.sandbox`.

* :func:`extract_code` -- the program inside a model response (see its docstring for the rule).
* :func:`compiles` -- whether that program is valid Python (``compile()``, no execution).
* :func:`is_task_code` -- whether it compiles *and* is code for the task: it defines the entry point, or at least
  something (a lone word, number or ``pass`` compiles too, but is no answer).
* :func:`lint_findings` -- ruff findings per program, one ruff run for a whole batch.
* :func:`has_explanation` -- whether the response explains its code in prose.

Example::

    from rlhf_code.pycode import extract_code, compiles, lint_findings
    code = extract_code(response)
    ok = compiles(code)
    [findings] = lint_findings([code])
"""

from __future__ import annotations

import ast
import json
import keyword
import re
import subprocess
import tempfile
import textwrap
from pathlib import Path

PYTHON_TAGS = frozenset({"", "python", "python3", "py", "py3"})
# How many prose lines extract_code may drop from each end of an unfenced response. Bounded so a
# long response with no code at all costs at most MAX_TRIM**2 parse attempts.
MAX_TRIM = 20

# Fixed ruff rule selection (stable rules only, so the count does not move with ruff's preview set):
# E/W pycodestyle, F pyflakes (unused names, undefined names), B bugbear (likely bugs), C4 needless
# comprehension/call wrappers, SIM/RET/PIE/PERF needlessly long or slow idioms, N PEP 8 naming,
# UP outdated syntax for Python 3.10. RUF is left out: it flags full-width CJK punctuation. B905
# (zip without strict=) is ignored: it flags the idiomatic pairwise ``zip(xs, xs[1:])``.
LINT_RULES = ("E", "W", "F", "B", "C4", "SIM", "RET", "PIE", "PERF", "N", "UP")
LINT_IGNORED = ("B905",)
LINT_ARGS = (
    "check", "--isolated", "--no-cache", "--ignore-noqa", "--exit-zero", "--output-format", "json",
    "--target-version", "py310", "--line-length", "100",
    "--select", ",".join(LINT_RULES), "--ignore", ",".join(LINT_IGNORED),
)
# ``--isolated``: no project config can change the count. ``--ignore-noqa``: a policy trained on
# this signal must not learn to silence the linter with noqa comments.

# Prose units (latin words, numbers, single CJK characters) outside the code that count as an
# explanation. "Here is the code:" (4 units) is not one; "用二分查找，每次比较中间元素" (13) is.
EXPLANATION_MIN_UNITS = 8
_PROSE_UNIT = re.compile(r"[A-Za-z0-9_]+|[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_DEFINES = re.compile(r"^(?:async\s+def|def|class)\s", re.MULTILINE)
_LONE_WORD = re.compile(r"\s*(\w+)[.!:]?\s*")


def _fenced_blocks(text: str) -> tuple[list[tuple[str, str]], str]:
    """``([(language tag, code)], text outside the blocks)``; an unclosed last block runs to the end."""
    blocks: list[tuple[str, str]] = []
    outside: list[str] = []
    tag: str | None = None  # None while outside a block
    body: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if tag is None:
            if stripped.startswith("```"):
                tag = stripped[3:].strip().split(" ")[0].lower()
                body = []
            else:
                outside.append(line)
        elif stripped.startswith("```") or stripped.endswith("```"):
            # A closing fence, possibly glued to the last code line ("    return x```").
            if stripped != "```":
                body.append(line.rstrip()[:-3])
            blocks.append((tag, textwrap.dedent("\n".join(body)).strip("\n")))
            tag = None
        else:
            body.append(line)
    if tag is not None:
        blocks.append((tag, textwrap.dedent("\n".join(body)).strip("\n")))
    return blocks, "\n".join(outside)


def _parses(code: str) -> bool:
    try:
        ast.parse(code)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False
    return True


def _edge_line(line: str) -> bool:
    """Whether ``line`` may start or end the code: not blank and not a lone non-keyword word
    ("Solution", "Python"), which parses as an expression but is prose."""
    lone = _LONE_WORD.fullmatch(line)
    return bool(line.strip()) and (lone is None or keyword.iskeyword(lone.group(1)))


def _code_window(lines: list[str]) -> tuple[int, int] | None:
    """Widest ``lines[i:j]`` that parses, dropping at most MAX_TRIM lines at each end."""
    n = len(lines)
    for i in range(min(n, MAX_TRIM + 1)):
        if not _edge_line(lines[i]):
            continue
        for j in range(n, max(i, n - MAX_TRIM - 1), -1):
            if _edge_line(lines[j - 1]) and _parses(textwrap.dedent("\n".join(lines[i:j]))):
                return i, j
    return None


def extract_code(text: str) -> str:
    """The Python program in a model response.

    Rule, in order:

    1. Fenced blocks (```` ```python ````, ```` ```py ````, or bare ```` ``` ````): the first such block
       that defines a function or class at top level, else the first such block. Blocks tagged with
       another language are ignored; when there are only those, the result is ``""`` (no Python).
       Blocks are not joined: later blocks are usually usage examples or test runs.
    2. No fences: the widest run of lines that parses, after dropping up to ``MAX_TRIM`` prose lines
       at the start and end ("Here is the code:" ... "This runs in O(n)."); a lone word (not a keyword)
       on a line is prose too, though it parses as an expression. If no run parses, the
       whole text is returned as is, so :func:`compiles` reports it as broken.

    Code is dedented and stripped of surrounding blank lines.
    """
    blocks, _ = _fenced_blocks(text)
    if blocks:
        python = [code for tag, code in blocks if tag in PYTHON_TAGS]
        if not python:
            return ""
        return next((code for code in python if _DEFINES.search(code)), python[0])
    lines = text.splitlines()
    window = _code_window(lines)
    if window is None:
        return text.strip()
    i, j = window
    return textwrap.dedent("\n".join(lines[i:j])).strip("\n")


def compiles(code: str) -> bool:
    """Whether ``code`` is a valid Python module (``compile()``; nothing is run).

    Blank code counts as not compiling: there is no program to run or score.
    """
    if not code.strip():
        return False
    try:
        compile(code, "<generated>", "exec", dont_inherit=True)
    except (SyntaxError, ValueError, RecursionError, MemoryError, OverflowError):
        return False
    return True


def _top_level_names(tree: ast.Module) -> set[str]:
    """Names a module binds at top level by ``def``, ``class``, assignment or import, also inside a top-level
    ``if``/``try``/``with`` (not inside functions or classes)."""
    names: set[str] = set()
    statements = list(tree.body)
    while statements:
        node = statements.pop()
        if isinstance(node, (ast.If, ast.Try, ast.With)):  # ``try: import x`` / ``except: def x...``
            statements += [*node.body, *getattr(node, "orelse", []), *getattr(node, "finalbody", []),
                           *(s for handler in getattr(node, "handlers", []) for s in handler.body)]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name))
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
    return names


def is_task_code(code: str, entry_point: str = "") -> bool:
    """Whether ``code`` compiles and is code for the task, not a non-answer that happens to compile.

    With an ``entry_point``, the module must bind that name at top level (``def``, ``class``, assignment or
    import), and a function of that name must have a body beyond ``pass``, ``...`` and a docstring. Without one,
    it must define a function or class anywhere, or hold a statement that is more than a bare expression (an
    assignment, a loop, an import...). A bare name, number, string, ``pass``, ``...``, a
    docstring alone or a prose fragment that parses is not task code.
    """
    if not compiles(code):
        return False
    tree = ast.parse(code)
    if entry_point:
        definitions = [node for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
                       and node.name == entry_point]
        # A stub (``def f(x): pass``, a docstring, ``...``) names the function but does not write it.
        return entry_point in _top_level_names(tree) and not (definitions and _is_stub(definitions[-1].body))
    return any(not isinstance(node, (ast.Expr, ast.Pass)) for node in tree.body)


def _is_stub(body: list[ast.stmt]) -> bool:
    """Whether a function body holds nothing but ``pass``, ``...`` and string constants (docstrings)."""
    return all(isinstance(node, ast.Pass) or (isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
                                              and (node.value.value is Ellipsis or isinstance(node.value.value, str)))
               for node in body)


def _prose(text: str) -> str:
    blocks, outside = _fenced_blocks(text)
    if blocks:
        return outside
    lines = text.splitlines()
    window = _code_window(lines)
    if window is None:
        return ""  # nothing parses: treat the whole text as (broken) code, not as prose
    i, j = window
    return "\n".join(lines[:i] + lines[j:])


def has_explanation(text: str) -> bool:
    """Whether the response has at least ``EXPLANATION_MIN_UNITS`` prose units outside its code.

    A unit is a latin word or number, or one CJK character (Chinese has no spaces between words).
    Comments inside the code do not count.
    """
    return len(_PROSE_UNIT.findall(_prose(text))) >= EXPLANATION_MIN_UNITS


def ruff_binary() -> str:
    """Path of the ruff executable installed next to this interpreter (``pip install ruff``)."""
    try:
        from ruff.__main__ import find_ruff_bin

        return find_ruff_bin()
    except (ImportError, FileNotFoundError):
        raise RuntimeError("ruff is not installed; run `pip install -r requirements.txt`") from None


def lint_findings(codes: list[str]) -> list[int]:
    """Number of ruff findings (rules ``LINT_RULES`` minus ``LINT_IGNORED``) for each program, in order.

    All programs are written to one temporary directory and checked by a single ruff process.
    Syntax errors count as findings, so the count is only meaningful for code that compiles.
    """
    if not codes:
        return []
    with tempfile.TemporaryDirectory(prefix="lint_") as tmp:
        names = [f"snippet_{i:06d}.py" for i in range(len(codes))]
        for name, code in zip(names, codes):
            # One final newline, so a missing one (normal for extracted code) is not a finding.
            (Path(tmp) / name).write_text(code.rstrip("\n") + "\n", encoding="utf-8")
        proc = subprocess.run(
            [ruff_binary(), *LINT_ARGS, tmp], capture_output=True, text=True, encoding="utf-8", check=False
        )
        if proc.returncode != 0:
            raise RuntimeError(f"ruff failed (exit {proc.returncode}): {proc.stderr.strip()[:500]}")
        counts = dict.fromkeys(names, 0)
        for finding in json.loads(proc.stdout or "[]"):
            counts[Path(finding["filename"]).name] += 1
    return [counts[name] for name in names]
