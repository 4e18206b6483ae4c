"""Build the tiny preset's data: a procedurally generated family of small bilingual function-writing tasks.

Run from anywhere (a second or two; the output is deterministic for a given ``--seed``)::

    python tools/build_tiny_data.py     # writes data/tiny/{sft_data,rm_data,ppo_prompts,eval_problems}.jsonl
    python tools/build_tiny_data.py --out DIR
    python tools/build_tiny_data.py --out DIR --ppo_share 0.2 --balanced_ppo_lengths   # a variant (see --help)
    python -m rlhf_code.datacheck data/tiny/*.jsonl

A task asks for one function that applies a *composition* of one to three steps to its argument, in order, and
returns the result. Each step is one line of code. There are three domains, each with five steps closed over its
type (an integer, a list of integers, a string), e.g. ``x = x + 3``, ``xs = sorted(xs)``, ``s = s[::-1]``:

    Write a Python function `calc(n)` that takes an integer n, first adds 3 to it, then squares it, and
    returns the result.
    ```python
    def calc(n):
        n = n + 3
        n = n * n
        return n
    ```

Prompts are English or Chinese (half each); function names (three per domain), argument names and constants vary,
and no prompt is repeated across the files. Unit tests are asserts computed by running the reference solution on
generated inputs.

**Splits, held out by composition.** A composition is the ordered tuple of step kinds, constants aside
(``("add", "square")``). A fixed share of the two- and three-step compositions of every domain is reserved for
evaluation; no SFT, RM or PPO record uses one of them, so the evaluation measures whether a model composes steps
it has seen in orders it has not. The training compositions are shared by SFT (all one-step tasks plus some
two- and three-step ones, with demonstrations), RM (answers of graded quality, scored by their test pass
rate) and PPO (prompts with tests only); every prompt appears in exactly one file.

**Imperfect demonstrations, on purpose.** A share of the multi-step SFT answers (``--slip_share``, 20% by default:
233 of the 1,200) leave one of the asked-for steps out, as hurried human or model-written demonstrations do, and
a share of all answers (``--print_share``, half by default: 669) print the result instead of returning it, the
beginner's slip; they carry ``"variant": "dropped_step"``, ``"printed"`` or both, and no tests. SFT imitates the
slips however long it trains, and the unit-test reward tells PPO that they are wrong: this is where the tiny
preset's RL gain comes from (docs/benchmarks.md, "The tiny task family").
"""

from __future__ import annotations

import argparse
import contextlib
import io
import itertools
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "data" / "tiny"


@dataclass(frozen=True)
class Step:
    kind: str
    en: str  # English phrase; {k} is the constant
    zh: str
    code: str  # right-hand side; {v} is the argument, {k} the constant
    constants: tuple = ()  # the constants the step draws from; () for a step without one


WORDS = ("ab", "xy", "ok", "hi")
INT_STEPS = (
    Step("add", "adds {k} to it", "加上 {k}", "{v} + {k}", tuple(range(2, 10))),
    Step("sub", "subtracts {k} from it", "减去 {k}", "{v} - {k}", tuple(range(2, 10))),
    Step("mul", "multiplies it by {k}", "乘以 {k}", "{v} * {k}", tuple(range(2, 10))),
    Step("square", "squares it", "求平方", "{v} * {v}"),
    Step("negate", "negates it", "取相反数", "-{v}"),
)
LIST_STEPS = (
    Step("reverse", "reverses the list", "反转列表", "{v}[::-1]"),
    Step("sort", "sorts it in ascending order", "按升序排序", "sorted({v})"),
    Step("add_each", "adds {k} to every element", "每个元素加 {k}", "[e + {k} for e in {v}]", tuple(range(2, 10))),
    Step("keep_gt", "keeps only the elements greater than {k}", "只保留大于 {k} 的元素", "[e for e in {v} if e > {k}]",
         tuple(range(2, 8))),
    Step("append", "appends {k} to it", "在末尾追加 {k}", "{v} + [{k}]", tuple(range(2, 10))),
)
STR_STEPS = (
    Step("upper", "converts it to upper case", "转换为大写", "{v}.upper()"),
    Step("reverse", "reverses it", "反转字符串", "{v}[::-1]"),
    Step("repeat", "repeats it {k} times", "重复 {k} 次", "{v} * {k}", tuple(range(2, 5))),
    Step("suffix", "appends \"{k}\" to it", "在末尾加上 \"{k}\"", "{v} + \"{k}\"", WORDS),
    Step("head", "keeps its first {k} characters", "只保留前 {k} 个字符", "{v}[:{k}]", tuple(range(2, 6))),
)


@dataclass(frozen=True)
class Domain:
    name: str
    steps: tuple[Step, ...]
    arguments: tuple[str, ...]
    en_input: str  # "takes an integer {v}"
    zh_input: str
    stems: tuple[str, ...]  # function name stems


DOMAINS = (
    Domain("int", INT_STEPS, ("x", "n"), "takes an integer {v}", "输入整数 {v}",
           ("calc", "compute", "transform")),
    Domain("list", LIST_STEPS, ("xs", "nums"), "takes a list of integers {v}",
           "输入整数列表 {v}", ("process", "update", "reshape")),
    Domain("str", STR_STEPS, ("s", "text"), "takes a string {v}", "输入字符串 {v}",
           ("convert", "rewrite", "edit")),
)
EN_ORDER = ("first ", "then ", "then ")
ZH_ORDER = ("先", "再", "然后")
# With --mark_last_step the last step of a multi-step prompt takes these order words instead, so the prompt says
# where the function ends as well as what comes next.
EN_LAST, ZH_LAST = "finally ", "最后"

# Share of each domain's 2- and 3-step compositions reserved for evaluation.
EVAL_SHARE = 0.2
# Share of them that only PPO's prompts use (--ppo_share): compositions without demonstrations or graded answers,
# as new to the SFT model as the evaluation's. 0 in the preset: no gain measured (docs/benchmarks.md).
PPO_SHARE = 0.0
# Records per split (the one-step SFT tasks come on top of SFT_MULTI).
SFT_SINGLE_PER_STEP = 12
SFT_MULTI = 1200
RM_PROMPTS = 160
PPO_PROMPTS = 600
TESTS_PER_TASK = 4
# Share of multi-step SFT answers that carry one slip (see slipped_answer): demonstrations are imperfect, as real
# ones are.
SFT_SLIP_SHARE = 0.2
# Share of all SFT answers that print the result instead of returning it (see printed), drawn apart from the
# dropped steps.
SFT_PRINT_SHARE = 0.5
MAX_DRAWS = 100  # draws of a task's free parts before a composition counts as used up


@dataclass(frozen=True)
class Wording:
    """How prompts and answers are worded: the builder's --mark_last_step and --step_comments (both off in the
    preset)."""
    mark_last_step: bool = False
    step_comments: bool = False


@dataclass(frozen=True)
class Task:
    domain: Domain
    steps: tuple[Step, ...]
    constants: tuple
    argument: str
    name: str
    language: str
    wording: Wording = Wording()

    @property
    def composition(self) -> tuple[str, ...]:
        return (self.domain.name, *(s.kind for s in self.steps))

    def ordered(self, phrases: list[str], order: tuple[str, ...], last: str) -> list[str]:
        """The step phrases, each after its order word when there are several (the last one's is ``last`` under
        --mark_last_step)."""
        if len(phrases) < 2:
            return phrases
        words = order[:len(phrases) - 1] + (last,) if self.wording.mark_last_step else order
        return [word + phrase for word, phrase in zip(words, phrases)]

    def phrases(self, steps: tuple[Step, ...], constants: tuple) -> list[str]:
        """What the prompt says of these steps, in its language, each after its order word."""
        if self.language == "zh":
            return self.ordered([s.zh.format(k=k) for s, k in zip(steps, constants)], ZH_ORDER, ZH_LAST)
        return self.ordered([s.en.format(k=k) for s, k in zip(steps, constants)], EN_ORDER, EN_LAST)

    def prompt(self) -> str:
        v, signature = self.argument, f"`{self.name}({self.argument})`"
        phrases = self.phrases(self.steps, self.constants)
        if self.language == "zh":
            return f"编写 Python 函数 {signature}：{self.domain.zh_input.format(v=v)}，{'，'.join(phrases)}，返回结果。"
        return (f"Write a Python function {signature} that {self.domain.en_input.format(v=v)}, "
                f"{', '.join(phrases)}, and returns the result.")

    def code(self, steps: tuple[Step, ...] | None = None, constants: tuple | None = None,
             comments: list[str] | None = None) -> str:
        """The reference solution, or (for graded RM answers and slips) the same function with other steps.

        With --step_comments each line comes after a comment that quotes its part of the prompt (``comments``, by
        default what the prompt says of ``steps``)."""
        steps = self.steps if steps is None else steps
        constants = self.constants if constants is None else constants
        v = self.argument
        body = [f"    {v} = {s.code.format(v=v, k=k)}" for s, k in zip(steps, constants)]
        if self.wording.step_comments:
            comments = self.phrases(steps, constants) if comments is None else comments
            body = [line for comment, code in zip(comments, body) for line in (f"    # {comment}", code)]
        return "\n".join([f"def {self.name}({v}):", *body, f"    return {v}"])


def draw_constants(steps: tuple[Step, ...], rng: random.Random) -> tuple:
    return tuple(rng.choice(s.constants) if s.constants else None for s in steps)


def fenced(code: str) -> str:
    return "```python\n" + code + "\n```"


def sample_input(domain: Domain, rng: random.Random):
    if domain.name == "int":
        return rng.randint(-9, 12)
    if domain.name == "list":
        return [rng.randint(0, 9) for _ in range(rng.randint(3, 6))]
    letters = "".join(rng.choice("abcdeghkmnoprstuw") for _ in range(rng.randint(3, 6)))
    return rng.choice(["{}", " {} ", "{} {}", "{}  "]).format(letters, letters[::-1].upper())


def run_function(code: str, name: str, argument):
    namespace: dict = {}
    exec(code, namespace)  # the project's own reference solutions, never generated code
    return namespace[name](argument)


def tests_for(task: Task, rng: random.Random) -> list[str]:
    """Asserts on distinct inputs, computed from the reference solution."""
    tests, seen = [], set()
    while len(tests) < TESTS_PER_TASK:
        value = sample_input(task.domain, rng)
        if repr(value) in seen:
            continue
        seen.add(repr(value))
        tests.append(f"assert {task.name}({value!r}) == {run_function(task.code(), task.name, value)!r}")
    return tests


def split_compositions(rng: random.Random, ppo_share: float) -> tuple[list[tuple], list[tuple], list[tuple]]:
    """(demonstrated compositions, PPO-only compositions, evaluation compositions) of 2 and 3 steps, as tuples of
    Step, per domain."""
    demonstrated, ppo_only, held_out = [], [], []
    for domain in DOMAINS:
        for length in (2, 3):
            compositions = list(itertools.product(domain.steps, repeat=length))
            rng.shuffle(compositions)
            cut = round(EVAL_SHARE * len(compositions))
            ppo_cut = cut + round(ppo_share * len(compositions))
            held_out += [(domain, c) for c in compositions[:cut]]
            ppo_only += [(domain, c) for c in compositions[cut:ppo_cut]]
            demonstrated += [(domain, c) for c in compositions[ppo_cut:]]
    return demonstrated, ppo_only, held_out


class TaskMaker:
    """Tasks whose prompts are unique across every split."""

    def __init__(self, rng: random.Random, wording: Wording):
        self.rng = rng
        self.wording = wording
        self.prompts: set[str] = set()

    def make(self, domain: Domain, steps: tuple[Step, ...], language: str) -> Task | None:
        """A new task of this composition, or None when every draw tried repeats a prompt (a composition without
        constants has only a few distinct prompts)."""
        for _ in range(MAX_DRAWS):
            task = Task(domain, steps, draw_constants(steps, self.rng), self.rng.choice(domain.arguments), self.rng.choice(domain.stems),
                        language, self.wording)
            if task.prompt() not in self.prompts:
                self.prompts.add(task.prompt())
                return task
        return None


def languages(rng: random.Random, n: int) -> list[str]:
    half = ["en", "zh"] * (n // 2) + ["en"] * (n % 2)
    rng.shuffle(half)
    return half


def rm_answers(task: Task, rng: random.Random) -> list[tuple[str, str]]:
    """(kind, code) answers of graded quality to one task; their scores are their test pass rates."""
    v = task.argument
    other = tuple(rng.choice(task.domain.steps) for _ in task.steps)
    shuffled = task.steps[::-1] if len(task.steps) > 1 and task.steps[0] != task.steps[-1] else other
    return [
        ("reference", task.code()),
        ("wrong_steps", task.code(other, draw_constants(other, rng))),
        ("wrong_order", task.code(shuffled, draw_constants(shuffled, rng))),
        ("missing_step", task.code(task.steps[:-1], task.constants[:-1])),
        ("printed", printed(task.code(), task)),
        ("not_compiling", task.code().replace("):", ")", 1)),
        ("no_function", rng.choice([v, "pass", "...", "return " + v, f"{v} = {v}"])),
    ]


def slipped_answer(task: Task, rng: random.Random) -> str | None:
    """The reference solution with one of its steps left out, or None for a one-step task.

    Leaving out a requirement of the prompt is the commonest slip of a hurried demonstrator (and of model-written
    SFT data); it does not depend on the composition, so a model that imitates it slips on every composition."""
    if len(task.steps) < 2:
        return None
    i = rng.randrange(len(task.steps))
    comments = task.phrases(task.steps, task.constants)
    return task.code(task.steps[:i] + task.steps[i + 1:], task.constants[:i] + task.constants[i + 1:],
                     comments[:i] + comments[i + 1:])


def printed(code: str, task: Task) -> str:
    """The answer with its last line printing the result instead of returning it: the beginner's slip that makes a
    function look right when run by hand and fail every test that calls it."""
    head, _ = code.rsplit(f"    return {task.argument}", 1)
    return head + f"    print({task.argument})"


def pass_rate(code: str, tests: list[str]) -> float:
    passed = 0
    for test in tests:
        namespace: dict = {}
        try:
            with contextlib.redirect_stdout(io.StringIO()):  # a "printed" answer prints its result
                exec(code, namespace)  # the project's own graded answers (see rm_answers), never model output
                exec(test, namespace)
        except Exception:  # a wrong answer fails its test in any way at all
            continue
        passed += 1
    return passed / len(tests)


def build(seed: int = 0, slip_share: float = SFT_SLIP_SHARE, *, sft_multi: int = SFT_MULTI,
          ppo_share: float = PPO_SHARE, balanced_ppo_lengths: bool = False,
          mark_last_step: bool = False, step_comments: bool = False,
          print_share: float = SFT_PRINT_SHARE) -> dict[str, list[dict]]:
    """The four splits. The keyword options are the variants tried in docs/benchmarks.md ("Data variants tried"); their
    defaults are the preset's data."""
    rng = random.Random(seed)
    train_compositions, ppo_compositions, eval_compositions = split_compositions(rng, ppo_share)
    maker = TaskMaker(rng, Wording(mark_last_step, step_comments))

    def record(task: Task) -> dict:
        return {"prompt": task.prompt(), "tests": tests_for(task, rng), "entry_point": task.name,
                "composition": "/".join(task.composition)}

    slip_rng = random.Random(f"slips-{seed}")  # its own stream: the slip share changes no prompt or test
    print_rng = random.Random(f"prints-{seed}")  # and this one: the print share changes no other slip
    sft = []
    singles = [(d, (s,)) for d in DOMAINS for s in d.steps] * SFT_SINGLE_PER_STEP
    multis = rng.choices(train_compositions, k=sft_multi)
    for (domain, steps), language in zip(singles + multis, languages(rng, len(singles) + len(multis))):
        if task := maker.make(domain, steps, language):
            code, slips = task.code(), []
            if slip_rng.random() < slip_share and (slip := slipped_answer(task, slip_rng)):
                code, slips = slip, slips + ["dropped_step"]
            if print_rng.random() < print_share:
                code, slips = printed(code, task), slips + ["printed"]
            example = {**record(task), "response": fenced(code), "variant": "+".join(slips) or "reference"}
            if slips:  # no tests on a slipped answer: nothing in the file claims that it is right
                del example["tests"]
            sft.append(example)
    rng.shuffle(sft)

    rm = []
    for (domain, steps), language in zip(rng.sample(train_compositions, RM_PROMPTS), languages(rng, RM_PROMPTS)):
        if not (task := maker.make(domain, steps, language)):
            continue
        base = record(task)
        for kind, code in rm_answers(task, rng):
            rm.append({**base, "response": fenced(code), "score": pass_rate(code, base["tests"]), "variant": kind})

    pool = ppo_compositions or train_compositions
    if balanced_ppo_lengths:  # two-step and three-step prompts alternate; otherwise five in six are three-step
        by_length = [[c for c in pool if len(c[1]) == n] for n in (2, 3)]
        ppo_choices = [rng.choice(by_length[i % 2]) for i in range(PPO_PROMPTS)]
    else:
        ppo_choices = rng.choices(pool, k=PPO_PROMPTS)
    ppo = [record(task) for (d, s), language in zip(ppo_choices, languages(rng, PPO_PROMPTS))
           if (task := maker.make(d, s, language))]

    evaluation = []
    # Every held-out composition once in each language.
    held_out = [(c, language) for c in eval_compositions for language in ("en", "zh")]
    for i, ((domain, steps), language) in enumerate(held_out):
        task = maker.make(domain, steps, language)  # the first draw of a held-out composition: always new
        evaluation.append({"task_id": f"tiny/{i}", **record(task), "solution": task.code()})
    return {"sft_data": sft, "rm_data": rm, "ppo_prompts": ppo, "eval_problems": evaluation}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"output directory (default: {DEFAULT_OUT})")
    parser.add_argument("--seed", type=int, default=0, help="seed of the generator (default: 0)")
    parser.add_argument("--slip_share", type=float, default=SFT_SLIP_SHARE,
                        help=f"share of multi-step SFT answers that leave one step out (default: {SFT_SLIP_SHARE})")
    parser.add_argument("--sft_multi", type=int, default=SFT_MULTI,
                        help=f"multi-step SFT tasks to draw (default: {SFT_MULTI}; the one-step ones come on top)")
    parser.add_argument("--ppo_share", type=float, default=PPO_SHARE,
                        help=f"share of each domain's multi-step compositions that only PPO's prompts use, with no "
                             f"demonstration or graded answer (default: {PPO_SHARE})")
    parser.add_argument("--balanced_ppo_lengths", action="store_true",
                        help="as many two-step PPO prompts as three-step ones (default: in proportion to the "
                             "compositions, about 1 in 6 two-step)")
    parser.add_argument("--mark_last_step", action="store_true",
                        help=f"the last step of a multi-step prompt says {EN_LAST.strip()!r} / {ZH_LAST!r} instead "
                             "of its usual order word")
    parser.add_argument("--step_comments", action="store_true",
                        help="every line of a demonstration or graded answer comes after a comment that quotes its "
                             "part of the prompt (\"# then squares it\")")
    parser.add_argument("--print_share", type=float, default=SFT_PRINT_SHARE,
                        help=f"share of all SFT answers that print the result instead of returning it (default: "
                             f"{SFT_PRINT_SHARE})")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    splits = build(args.seed, args.slip_share, sft_multi=args.sft_multi, ppo_share=args.ppo_share,
                   balanced_ppo_lengths=args.balanced_ppo_lengths, mark_last_step=args.mark_last_step,
                   step_comments=args.step_comments, print_share=args.print_share)
    for split, records in splits.items():
        path = args.out / f"{split}.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        print(f"{path}: {len(records)} records")
    return 0


if __name__ == "__main__":
    sys.exit(main())
