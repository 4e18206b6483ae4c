"""Execution sandbox for untrusted generated Python: used by the PPO reward and by evaluation.

Design
------
The caller's process (a PPO trainer holding torch and many threads, or ``evaluate.py``) never
forks. :class:`Sandbox` starts a pool of worker servers, one per core by default (the machine's cores divided
among the processes a launcher started on it, e.g. one per GPU under DDP), each a clean
interpreter (``python -I -S sandbox_server.py --serve``, with an empty environment) talking JSON
lines over pipes. A server imports the modules generated code usually needs, sets up its
isolation once, and then forks a fresh child for every program::

    caller ── pipes ──> server (long-lived, one per core) ── fork ──> child (one per program)

The server gives the child a fresh run directory, enforces the wall-clock timeout, keeps at most
``max_output_bytes`` of its output, and afterwards kills everything the program left behind.
The caller watches the servers too and restarts one that dies or stops answering.

Isolation layers
----------------
Each is detected when a server starts and used when available; the set in use is logged once per
pool start (``rlhf_code.sandbox`` logger, a warning when something is missing) and is available
as ``Sandbox.layers`` / ``Sandbox.missing`` or with ``python -m rlhf_code.sandbox``.

``netns``     the server lives in a new network namespace: no network at all (its loopback is down).
``pidns``     the server is init of its own PID namespace: a program cannot see (by pid) or signal
              any process outside it, and after each program the server kills every other process
              in the namespace. With ``tmpfs`` it also gets a private /proc.
``ipcns``     a new IPC namespace: no host SysV shared memory, message queues or semaphores, nor
              POSIX message queues (seccomp also denies the SysV calls).
``tmpfs``     a private mount namespace. Every program gets a fresh size- and inode-limited tmpfs
              mounted on /tmp, and bind-mounted on /dev/shm: its run directory (cwd, HOME, TMPDIR,
              sys.path[0]). Afterwards both are detached (umount2 MNT_DETACH): nothing walks the
              program's tree, and the next program sees nothing of it. A directory on the way to the
              interpreter that other users may not enter (/root for a pyenv under /root) is covered
              by an empty tmpfs into which only the interpreter's entries are bind-mounted back.
``uid``       the child runs as an unprivileged uid (``SandboxConfig.uid`` + the worker's slot, slots numbered
              across the processes of one machine) with
              no capabilities, so file permissions apply, and RLIMIT_NPROC allows it 16 threads.
              Without ``tmpfs`` it needs an interpreter other users can read.
``landlock``  reads only of the interpreter's directories, /usr, /lib*, the loader's cache, time
              zones, /dev/null, /dev/urandom, /dev/zero and the run directory; writes (create,
              delete, rename, truncate, write) only in the run directory and to /dev/null; no
              execve; with ABI >= 4 no TCP; with ABI >= 6 no signals or abstract Unix sockets
              leaving the sandbox.
``seccomp``   a BPF filter (x86_64 and aarch64) returning EPERM for exec*, fork/vfork and clone
              without CLONE_THREAD (threads are allowed; clone3 gets ENOSYS, so glibc uses clone),
              ptrace and cross-process memory access, kill/tkill/tgkill aimed at any other process,
              socket() (only ``socketpair(AF_UNIX)`` remains, which asyncio needs: so no connect or
              bind to any socket, host Unix sockets included), SysV IPC, flock and fcntl record
              locks (which a program could hold on host files it may read), signal handlers
              (rt_sigaction: a handler receives a frame), namespace/mount/bpf/io_uring/keyring calls
              and terminal injection (TIOCSTI). Other architectures run without it.
``rlimits``   (always) address space, CPU time, file size, open files, no core dumps, NPROC.
``env``       (always) a fixed environment (PATH, HOME and TMPDIR = the run directory, USER and
              LOGNAME ``sandbox``, LANG); the program runs as module ``__sandbox__`` (``__main__`` with
              stdin/stdout tests), registered in sys.modules and its source in linecache (dataclasses,
              typing.get_type_hints, pickle and inspect.getsource work); an audit hook (below).
Non-root callers get the namespaces through an unprivileged user namespace where the kernel
allows one. Where namespaces, Landlock or seccomp are unavailable (an unprivileged container, an
old kernel) the pool still runs with the layers it has and says which are missing. A server that
cannot remove a program's run directory answers for that program and exits; the pool replaces it
before giving it another program.

Verdicts
--------
``assert <expr> == <literal>`` (in ``Program.tests``, or anywhere in a test-less program) is a
strict assert. The caller rewrites it, before anything is sent to a server, into a call that only
records the value of ``<expr>``: the literal stays in the caller's process, never in a server or
child. The child sends each recorded value back as a type-tagged copy of plain data, and the
caller compares it with the literal (:func:`rlhf_code.sandbox_server.judge`). So no program can
read the expected value (from bytecode, frames, the job or memory), and nothing it records or
forges can match it except by computing it; a lying ``__eq__`` never runs against it. Numbers
compare by value across numeric types as Python compares them (numpy scalars, ``Decimal``,
``Fraction``; ``Decimal('0.1') != 0.1``), dict key and item views as sets; other objects that
redefine equality are "not plain built-in data". A strict assert that never ran fails its test,
and a test goes on after a wrong one (the child cannot know it was wrong).

Everything else — general asserts (truthiness, ``abs(x - y) < eps``, ``math.isclose``, ``in``),
and whether the program and each test ran without an exception — is decided in the child, by
the harness, which sends its report with a random per-run nonce over a private pipe and exits with
status 0. The nonce is in the child's memory only (never on a file descriptor the program could
read), so ``sys.exit(0)``, ``os._exit(0)``, closed descriptors, printed "passed" lines or a report
written by the program cannot pass. ``Result.general_asserts`` counts these asserts. They are
protected as far as possible without a second process per test:

* ``assert <a> == <b>`` without a literal side (``== expected``, ``== f(x)``) compares plain data
  as plain data: when either side is plain data, both must be, so an object whose ``__eq__``
  always says True does not pass against test data; two objects that are not plain data (say
  dataclass instances) compare with their own ``==``;

* nothing of the harness is in the program's namespace; each test runs in a fresh namespace with a
  fresh copy of the builtins, without the program's names that shadow a builtin (except
  ``Program.entry_point``);
* an audit hook, which a program cannot remove, denies every way to a frame (``sys._getframe``
  raises ValueError, as libraries expect; ``sys._current_frames``, ``tb_frame``, ``gi_frame``,
  ``cr_frame``, ``ag_frame``), gc's object graph (``gc.get_objects``/``get_referrers``/
  ``get_referents``), ctypes' memory and foreign-function access, tracing and profiling, new audit
  hooks, and CPython's test modules and subinterpreters; signal handlers (which receive a frame)
  are refused, by seccomp and by the child's ``signal.signal``; /proc/self/mem is not readable. So the harness's frames (the nonce), the
  tests' namespaces, builtins and recorder are out of the program's reach;
* the harness and the recorder call only private copies of what they use.

stdin/stdout tests (``Program.stdio_tests``) are judged like strict asserts: in the caller. The program
runs once per test, each run a fresh child (own run directory, limits and nonce) whose standard input is
the test's input and whose standard output goes to a pipe of its own, kept up to ``max_stdout_bytes``;
only the inputs are sent to the server, and the caller compares each output with the expected one
(:func:`outputs_match`). A test passes only when its run also reported with its nonce (the program
ended normally, or by ``sys.exit(0)``, and then, as a script ends, its non-daemon threads did), so ``os._exit``
after printing, or a crash, fails it.

What stdin/stdout tests cannot tell: a program that prints what the tests expect without computing it. When
all expected outputs of a record are the same (a single test included), or are the examples its prompt shows, a
program printing them passes; a constant answer passes the tests it matches (YES/NO problems), so the reward is
partial credit. Records whose expected outputs are all blank are refused (:mod:`rlhf_code.data`). A program's
own buffered output that it never flushes (``open(1, 'w')`` left open) is lost, as the run ends with
``os._exit``: such an honest program fails. Each run's output comes back to the caller (up to
``max_stdout_bytes``), so a program printing that much on each of many tests costs the caller a few times their
sum in memory while it is judged (about 300 MB for 100 tests). Without the ``tmpfs`` layer the server removes
each run directory itself: a program that fills it with many small files on every run slows its program's
answer, and past the caller's grace the program is an ``error`` (the worker is restarted).

Status ``error`` (the sandbox could not judge the program) leaves a PPO sample unjudged, without a reward and
so without a penalty: nothing a program can bring about is an error. A signal that kills it (``os.abort()``, a
segfault, a SIGKILL it sends itself), a report pipe it floods, or a set-up report it forges (a real one carries
the nonce) fails it.

What general asserts still allow: a program can monkeypatch a module a test imports (e.g. make
``math.isclose`` return True), and its objects' own operators run (a lying ``__sub__``/``__abs__``/
``__bool__`` passes ``abs(x - y) < eps`` or a truthiness assert; a lying ``__eq__`` passes ``==``
between two objects that are not plain data, and between Decimal or Fraction values, whose classes
a program can patch); code that corrupts the
interpreter's memory without ctypes (hand-made bytecode via ``marshal``/``code.replace``, a bug in a
C extension) could still find the nonce. None of this helps against a strict assert. Programs get
no trace or profile functions, and every child starts from the server's state, random-module state
included, so runs are reproducible.
"""

from __future__ import annotations

import json
import logging
import math
import os
import re
import select
import shutil
import signal
import site
import subprocess
import sys
import sysconfig
import tempfile
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import asdict, dataclass
from decimal import Decimal

from rlhf_code import sandbox_server
from rlhf_code.sandbox_server import LAYERS

logger = logging.getLogger("rlhf_code.sandbox")

@dataclass
class SandboxConfig:
    """Pool and per-program limits. Defaults suit HumanEval-sized programs."""

    workers: int | None = None  # worker servers; None: this process's share of the cores (cores_per_process)
    timeout_s: float = 3.0  # wall clock per program (the CPU-time limit is derived from it)
    memory_mb: int = 1024  # address-space limit of a program
    max_output_bytes: int = 64 * 1024  # stdout+stderr kept per program (the rest is discarded)
    max_stdout_bytes: int = 1 << 20  # standard output of one stdin/stdout test; more fails the test
    file_size_mb: int = 16  # largest file a program may write
    tmpfs_mb: int = 64  # size of each program's run-directory tmpfs (/tmp and /dev/shm)
    max_open_files: int = 64
    uid: int = 61000  # first unprivileged uid and gid programs run as (worker i uses uid + i; needs root)
    disable: tuple[str, ...] = ()  # layers not to use, from LAYERS (e.g. to debug a failure)
    tmp_dir: str | None = None  # where run directories go (default: the system temp dir)

    def __post_init__(self):
        self.disable = tuple(self.disable)
        unknown = set(self.disable) - set(LAYERS)
        if unknown:
            raise ValueError(f"unknown sandbox layers {sorted(unknown)}; known: {', '.join(LAYERS)}")
        if self.workers is not None and self.workers < 1:
            raise ValueError("workers must be >= 1 (or None for one per core)")
        if self.timeout_s <= 0 or self.memory_mb < 64:
            raise ValueError("timeout_s must be > 0 and memory_mb >= 64")


@dataclass(frozen=True)
class StdioTest:
    """A stdin/stdout test: the program, run on ``input`` as its standard input, must print ``output``."""

    input: str
    output: str


@dataclass(frozen=True)
class Program:
    """A program to run. With ``tests``, each test snippet runs independently after ``code`` (in a
    namespace holding the program's names); with ``stdio_tests``, the program runs once per test on
    its input and its standard output is compared with the expected one (:func:`outputs_match`,
    ``float_tolerance`` applying); with neither, the whole program is the one test."""

    code: str
    tests: tuple[str, ...] | list[str] = ()
    entry_point: str = ""  # a builtin-named function (e.g. ``sorted``) the tests must see
    stdio_tests: tuple[StdioTest, ...] | list[StdioTest] = ()
    float_tolerance: float = 0.0  # stdio tests: numbers may differ by this much (absolute, or relative if larger)

    @property
    def n_tests(self) -> int:
        return len(self.stdio_tests) or len(self.tests) or 1


@dataclass
class Result:
    status: str  # "passed" | "failed" | "timeout" | "error" (the sandbox could not judge it)
    reason: str = ""  # short human-readable reason, "" when passed
    tests_passed: int = 0
    tests_total: int = 1
    output: str = ""  # captured stdout+stderr, truncated to max_output_bytes
    duration_s: float = 0.0
    # Asserts in the tests (or in a test-less program) that are not ``assert <expr> == <literal>``:
    # they run in the child, with the weaker guarantees the module docstring lists.
    general_asserts: int = 0

    @property
    def passed(self) -> bool:
        return self.status == "passed"


# ----------------------------------------------------------------------------------------------
# Caller side: the pool
# ----------------------------------------------------------------------------------------------

_SERVER_ENV = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8"}
_ANSWER_GRACE_S = 15.0  # beyond the program timeout, before a silent server is restarted
_START_TIMEOUT_S = 60.0
_REWRITE_CACHE_SIZE = 4096  # rewritten tests by text: every sample of a task shares them


class _Prepared:
    """A program as sent to a server (its asserts rewritten), with what judges its report: the
    strict-assert sites, or the stdio tests (whose expected outputs are not in the request)."""

    __slots__ = ("float_tolerance", "general_asserts", "request", "sites", "stdio_tests")

    def __init__(self, request: dict, sites: list, general_asserts: int, stdio_tests=(), float_tolerance=0.0):
        self.request, self.sites, self.general_asserts = request, sites, general_asserts
        self.stdio_tests, self.float_tolerance = tuple(stdio_tests), float_tolerance


class Sandbox:
    """A pool of sandbox servers. ``with Sandbox(cfg) as sb: results = sb.run(programs)``.

    The pool starts on ``__enter__`` (or on the first ``run``) and stops on ``__exit__``/``close``.
    ``run`` is thread-safe (batches from several threads are run one after the other).
    """

    def __init__(self, config: SandboxConfig | None = None):
        self.config = config or SandboxConfig()
        self.layers: dict[str, str] = {}  # layer -> what it does here (after start)
        self.missing: dict[str, str] = {}  # layer -> why it is not used
        self._workers: list[_Worker | None] = []
        self._root: str | None = None
        self._first_slot = 0  # slot (uid offset) of worker 0, set on start
        self._lock = threading.Lock()
        self._finalizer = None
        self._rewrite_cache: dict[str, tuple] = {}

    def __enter__(self) -> Sandbox:  # noqa: PYI034 (typing.Self needs Python 3.11)
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def start(self) -> None:
        """Start the worker servers (idempotent) and log the isolation in use."""
        if self._workers:
            return
        cfg = self.config
        self._root = tempfile.mkdtemp(prefix="rlhf-sandbox-", dir=cfg.tmp_dir)
        os.chmod(self._root, 0o711)  # the sandbox uid must be able to reach its run directories
        count = cfg.workers or cores_per_process()
        # Processes of one machine (DDP ranks) give their workers distinct uids: RLIMIT_NPROC counts per uid.
        self._first_slot = int(os.environ.get("LOCAL_RANK", "0")) * count
        self._workers = [_Worker(self._server_config(i)) for i in range(count)]
        self._finalizer = weakref.finalize(self, _shutdown, self._workers, self._root)
        try:
            hello = [w.handshake() for w in self._workers]
        except BaseException:
            self.close()
            raise
        self.layers, self.missing = hello[0]["layers"], hello[0]["missing"]
        if self.missing:
            logger.warning("sandbox: %d workers, isolation %s; NOT available: %s", count,
                           _describe(self.layers), _describe(self.missing))
        else:
            logger.info("sandbox: %d workers, isolation %s", count, _describe(self.layers))

    def close(self) -> None:
        """Stop the servers (nothing keeps running) and remove the run directories."""
        if self._finalizer is not None:
            self._finalizer()
        self._workers = []

    @property
    def worker_pids(self) -> list[int]:
        """Process ids of the running worker servers (each may have forked a namespace init)."""
        return [w.proc.pid for w in self._workers if w is not None]

    def describe(self) -> str:
        """One line per layer: in use (with what it does) or missing (with why)."""
        self.start()
        lines = [f"  on   {k:9} {v}" for k, v in self.layers.items()]
        return "\n".join(lines + [f"  OFF  {k:9} {v}" for k, v in self.missing.items()])

    def run(self, programs, progress: Callable[[int], None] | None = None) -> list[Result]:
        """Run a batch; results come back in the order of ``programs``. ``progress``, if given, is
        called with the number of programs finished since its last call (e.g. ``tqdm.update``)."""
        programs = list(programs)
        for p in programs:
            if not (isinstance(p, Program) and isinstance(p.code, str) and isinstance(p.entry_point, str)
                    and all(isinstance(t, str) for t in p.tests)
                    and all(isinstance(t, StdioTest) and isinstance(t.input, str) and isinstance(t.output, str)
                            for t in p.stdio_tests)):
                raise TypeError(f"Sandbox.run takes Program objects with str code and tests, got {p!r:.100}")
            if p.tests and p.stdio_tests:
                raise ValueError("a Program has assert tests or stdin/stdout tests, not both")
            if not (isinstance(p.float_tolerance, (int, float)) and 0 <= p.float_tolerance < float("inf")):
                raise ValueError(f"float_tolerance must be a finite number >= 0, got {p.float_tolerance!r}")
        results: list[Result | None] = [None] * len(programs)
        with self._lock:
            self.start()
            prepared = [self._prepare(p) for p in programs]
            for i, ready in enumerate(prepared):
                if isinstance(ready, Result):  # a test (or test-less program) that does not compile
                    results[i] = ready
            if progress is not None and any(results):
                progress(sum(r is not None for r in results))
            pending = [i for i in reversed(range(len(programs))) if results[i] is None]
            busy: dict[int, tuple[int, float]] = {}  # worker slot -> (program index, deadline)
            try:
                while pending or busy:
                    finished = 0
                    for slot in range(len(self._workers)):
                        if pending and slot not in busy:
                            self._ensure_worker(slot)
                            i = pending.pop()
                            p = programs[i]
                            if self._workers[slot].send(prepared[i].request):
                                # A stdin/stdout program is one run per test, each with the full timeout.
                                runs = len(p.stdio_tests) or 1
                                busy[slot] = (i, time.monotonic() + self.config.timeout_s * runs + _ANSWER_GRACE_S)
                            else:
                                results[i] = self._lost(slot, p.n_tests, "sandbox worker died")
                                finished += 1
                    finished += self._collect(busy, results, programs, prepared)
                    if progress is not None and finished:
                        progress(finished)
            finally:
                for slot in busy:  # interrupted: their answers would arrive in a later batch
                    self._discard(slot)
        return results  # type: ignore[return-value]

    def _prepare(self, p: Program) -> _Prepared | Result:
        """The request for p, with its asserts rewritten here so that the expected values never
        leave this process (sandbox_server.rewrite_asserts); a Result if they do not compile. A
        stdin/stdout program goes as it is, with its tests' inputs: the expected outputs stay here."""
        if p.stdio_tests:
            request = {"code": p.code, "tests": [], "entry_point": p.entry_point,
                       "stdin": [t.input for t in p.stdio_tests]}
            return _Prepared(request, [], 0, p.stdio_tests, p.float_tolerance)
        sources = p.tests or (p.code,)
        rewritten = []
        for i, text in enumerate(sources):
            if text not in self._rewrite_cache:
                try:
                    self._rewrite_cache[text] = sandbox_server.rewrite_asserts(
                        text, f"<test {i + 1}>" if p.tests else "<program>")
                except sandbox_server.COMPILE_ERRORS as e:
                    why = sandbox_server.syntax_error(e)
                    if p.tests:
                        return Result("error", f"test {i + 1} does not compile: {why}", 0, len(p.tests))
                    return Result("failed", f"program does not compile: {why}")
                if len(self._rewrite_cache) > _REWRITE_CACHE_SIZE:
                    self._rewrite_cache.pop(next(iter(self._rewrite_cache)))
            rewritten.append(self._rewrite_cache[text])
        sites = [[]] + [sites for _, sites, _ in rewritten] if p.tests else [rewritten[0][1]]
        request = {"code": rewritten[0][0] if not p.tests else p.code,
                   "tests": [text for text, _, _ in rewritten] if p.tests else [], "entry_point": p.entry_point}
        return _Prepared(request, sites, sum(general for _, _, general in rewritten))

    def _collect(self, busy, results, programs, prepared) -> int:
        """Wait for answers (until the nearest deadline); returns how many programs finished."""
        finished = len(busy)
        wait = max(0.0, min(deadline for _, deadline in busy.values()) - time.monotonic()) if busy else 0
        by_fd = {self._workers[s].fd: s for s in busy}
        ready, _, _ = select.select(list(by_fd), [], [], wait)
        for fd in ready:
            slot = by_fd[fd]
            i = busy[slot][0]
            answer = self._workers[slot].receive()
            if answer is None:
                results[i] = self._lost(slot, programs[i].n_tests, "sandbox worker died")
            elif answer is not _Worker.PARTIAL:
                results[i] = _judged(answer, prepared[i])
                if "restart" in answer:
                    logger.warning("sandbox worker retired (%s); restarting it", answer["restart"])
                    self._discard(slot)
            else:
                continue
            del busy[slot]
        for slot, (i, deadline) in list(busy.items()):
            if time.monotonic() > deadline:
                results[i] = self._lost(slot, programs[i].n_tests, "sandbox worker stopped answering")
                del busy[slot]
        return finished - len(busy)

    def _lost(self, slot: int, n_tests: int, why: str) -> Result:
        logger.error("%s; restarting it", why)
        self._discard(slot)
        return Result("error", f"{why} (restarted)", 0, n_tests)

    def _discard(self, slot: int) -> None:
        self._workers[slot].kill()
        self._workers[slot] = None

    def _ensure_worker(self, slot: int) -> None:
        if self._workers[slot] is None:
            worker = _Worker(self._server_config(slot))
            self._workers[slot] = worker
            worker.handshake()

    def _server_config(self, slot: int) -> dict:
        # A new directory for each server started (a server exits when it cannot remove a program's
        # run directory: its successor must not see it), with a name programs cannot guess.
        run_root = tempfile.mkdtemp(prefix=f"w{slot}-", dir=self._root)
        os.chmod(run_root, 0o711)
        cfg = asdict(self.config)
        del cfg["workers"], cfg["tmp_dir"]
        site_dirs = _site_dirs()
        return {**cfg, "uid": cfg["uid"] + self._first_slot + slot, "run_root": run_root,
                "interpreter_dirs": sorted(_interpreter_dirs(site_dirs)), "site_dirs": site_dirs}


def cores_per_process() -> int:
    """The cores available to this process, divided among the processes a launcher (torchrun, ``accelerate
    launch``) started on this machine (``LOCAL_WORLD_SIZE``): N ranks with a pool each must not oversubscribe the
    CPUs N-fold. At least 1."""
    return max(1, len(os.sched_getaffinity(0)) // int(os.environ.get("LOCAL_WORLD_SIZE", "1")))


def _judged(answer: dict, prepared: _Prepared) -> Result:
    """The Result of a server's answer: when the program ran to its report, judged here, where the
    expected values of its strict asserts are."""
    fields = {k: v for k, v in answer.items() if k not in ("report", "restart", "stdio")}
    result = Result(**fields, general_asserts=prepared.general_asserts)
    if "stdio" in answer:
        if result.status != "error":
            result.status, result.reason, result.tests_passed = _judged_stdio(answer["stdio"], prepared)
    elif "report" in answer:
        tests = len(prepared.request["tests"])
        result.status, result.reason, result.tests_passed = sandbox_server.judge(answer["report"], prepared.sites,
                                                                                tests)
    return result


def _judged_stdio(runs: list[dict], prepared: _Prepared) -> tuple[str, str, int]:
    """(status, reason, tests passed) of a stdin/stdout program: a test passes when its run reported
    with its nonce (the program ended normally, or by sys.exit(0)) and printed the expected output."""
    reasons = []
    for run, test in zip(runs, prepared.stdio_tests):
        if run["status"] == "error" and "report" not in run:
            return "error", run["reason"], 0  # the sandbox could not judge it: not a wrong program
        if "report" not in run:
            reasons.append((run["status"], run["reason"]))
        elif run["report"]["error"] is not None:
            reasons.append(("failed", f"program raised {run['report']['error']}"))
        elif run.get("stdout_dropped"):
            reasons.append(("failed", "printed more than max_stdout_bytes"))
        else:
            same, why = outputs_match(run["stdout"], test.output, prepared.float_tolerance)
            reasons.append(None if same else ("failed", f"wrong output: {why}"))
    if len(reasons) != len(prepared.stdio_tests):
        return "error", "sandbox: a run of the program is missing", 0
    passed = sum(r is None for r in reasons)
    first = next((i for i, r in enumerate(reasons) if r is not None), None)
    if first is None:
        return "passed", "", passed
    status, why = reasons[first]
    return ("timeout" if status == "timeout" else "failed"), f"test {first + 1}/{len(reasons)}: {why}", passed


def _normalised_lines(text: str) -> list[str]:
    """Lines of an output as the APPS and TACO judges compare them: line ends and trailing whitespace
    normalised, trailing blank lines dropped."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def outputs_match(got: str, expected: str, float_tolerance: float = 0.0) -> tuple[bool, str]:
    """Whether a program's standard output ``got`` is the ``expected`` one, and if not the first
    difference. Lines compare after :func:`_normalised_lines`; with a ``float_tolerance`` > 0 a line
    also matches when its whitespace-separated tokens do: numbers within the tolerance (absolute, or
    relative to the expected value when that is larger than 1) when the expected one is not an integer,
    integers exactly, and other tokens exactly."""
    got_lines, expected_lines = _normalised_lines(got), _normalised_lines(expected)
    for n, (line, want) in enumerate(zip(got_lines, expected_lines), 1):
        if line != want and not (float_tolerance and _tokens_close(line.split(), want.split(), float_tolerance)):
            return False, f"line {n}: got {_short_text(line)}, expected {_short_text(want)}"
    if len(got_lines) != len(expected_lines):
        return False, f"{len(got_lines)} lines, expected {len(expected_lines)}"
    return True, ""


def _tokens_close(got: list[str], expected: list[str], tolerance: float) -> bool:
    if len(got) != len(expected):
        return False
    for token, want in zip(got, expected):
        if token == want:
            continue
        if _INTEGER.fullmatch(want):
            # Counts and ids compare exactly (a tolerance would let 1000001 or 1000001.0 pass for 1000000): as
            # written (7 is not 007), or as a float's spelling of a plain integer (1000000.0, 1e6), compared as
            # decimals: as a float an integer of over 308 digits is infinite, and every number would be
            # within a tolerance of it.
            if _INTEGER.fullmatch(token) or not _PLAIN_INTEGER.fullmatch(want) or not _same_number(token, want):
                return False
            continue
        try:
            value, target = float(token), float(want)
        except ValueError:
            return False
        # (NaN is never close; nor is anything to an infinite expected value, "inf" or "1e400", but itself)
        if not (math.isfinite(target) and abs(value - target) <= tolerance * max(1.0, abs(target))):
            return False
    return True


_INTEGER = re.compile(r"[+-]?[0-9]+")
_PLAIN_INTEGER = re.compile(r"-?(0|[1-9][0-9]*)")  # (no sign or leading zeros to keep)


def _same_number(token: str, integer: str) -> bool:
    """Whether ``token`` is a number equal to ``integer`` exactly (3, 3.0, 3e0 for 3)."""
    try:
        return Decimal(token) == Decimal(integer)
    except (ArithmeticError, ValueError):  # (decimal.InvalidOperation is an ArithmeticError)
        return False


def _short_text(text: str) -> str:
    return repr(text if len(text) <= 60 else text[:57] + "...")


def _describe(layers: dict[str, str]) -> str:
    return "; ".join(f"{k}: {v}" for k, v in layers.items())


def _site_dirs() -> list[str]:
    """The site-packages directories this interpreter uses (in a venv made with
    --system-site-packages, the base interpreter's too): the server, started without site, adds them."""
    paths = sysconfig.get_paths()
    base = site.getsitepackages() if hasattr(site, "getsitepackages") else []  # (old virtualenvs lack it)
    return list(dict.fromkeys([*base, paths["purelib"], paths["platlib"]]))


def _interpreter_dirs(site_dirs: list[str]) -> set[str]:
    """Where the interpreter and its packages (site_dirs) live: the sandbox uid must be able to read them."""
    paths = sysconfig.get_paths()
    return {paths["stdlib"], paths["platstdlib"], os.path.dirname(os.__file__), *site_dirs}


def _shutdown(workers, root) -> None:
    for w in workers:
        if w is not None:
            w.kill()
    try:
        shutil.rmtree(root, ignore_errors=True)
    except RecursionError:  # a program's tree deeper than rmtree recurses (without the tmpfs layer); rm has no limit
        subprocess.run(["rm", "-rf", "--", root], check=False)


class _Worker:
    """The caller's handle on one server process."""

    PARTIAL = object()  # receive(): no complete answer yet

    def __init__(self, server_config: dict):
        self.proc = subprocess.Popen(
            [sys.executable, "-I", "-S", os.path.abspath(sandbox_server.__file__), "--serve",
             json.dumps(server_config)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=_SERVER_ENV, cwd="/",
            start_new_session=True)  # its own process group: kill() reaches everything it started
        self.fd = self.proc.stdout.fileno()
        self.buffer = bytearray()  # what has been read of the answer being received
        self.scanned = 0  # how much of buffer holds no newline

    def handshake(self) -> dict:
        deadline = time.monotonic() + _START_TIMEOUT_S
        answer = self.PARTIAL
        while answer is self.PARTIAL:
            if not select.select([self.fd], [], [], max(0.0, deadline - time.monotonic()))[0]:
                self.kill()
                raise RuntimeError(f"sandbox worker did not start within {_START_TIMEOUT_S:g} s")
            answer = self.receive()
            if answer is None:
                raise RuntimeError("sandbox worker failed to start (see its stderr above)")
        if "fatal" in answer:
            self.kill()
            raise RuntimeError(f"sandbox worker could not start: {answer['fatal']}")
        return answer

    def send(self, request: dict) -> bool:
        try:
            self.proc.stdin.write(json.dumps(request).encode() + b"\n")
            self.proc.stdin.flush()
            return True
        except (BrokenPipeError, OSError):
            return False

    def receive(self):
        """Read what is available: an answer dict, PARTIAL, or None at end of file. An answer can be large (a
        stdin/stdout program's output for each test, up to max_stdout_bytes each) and comes in pipe-sized
        chunks: each is appended and searched once, as copying or searching the whole buffer per chunk made
        a program printing a megabyte per test cost minutes here."""
        newline = self.buffer.find(b"\n", self.scanned)
        if newline < 0:
            chunk = os.read(self.fd, 1 << 20)
            if not chunk:
                return None
            self.buffer += chunk
            newline = self.buffer.find(b"\n", len(self.buffer) - len(chunk))
            if newline < 0:
                self.scanned = len(self.buffer)
                return self.PARTIAL
        line = bytes(self.buffer[:newline])
        del self.buffer[:newline + 1]
        self.scanned = 0
        return json.loads(line)

    def kill(self) -> None:
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        for stream in (self.proc.stdin, self.proc.stdout):
            try:
                stream.close()
            except OSError:
                pass
        self.proc.wait()


def main() -> int:
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    with Sandbox(SandboxConfig(workers=1)) as sb:
        print("Sandbox isolation on this machine:")
        print(sb.describe())
    return 0


if __name__ == "__main__":
    sys.exit(main())
