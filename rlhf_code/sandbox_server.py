"""The sandbox's worker server: one per core, each a lean interpreter that forks a fresh child per program.

``rlhf_code.sandbox`` starts it as ``python -I -S sandbox_server.py --serve CONFIG`` and talks to it
in JSON lines over pipes; see that module for the design, the isolation layers and the verdicts.
This module is everything that runs in the server and in its children: the kernel interfaces,
the set-up of each layer, the harness running next to the untrusted program, and the verdict.

It is a separate module, and imports little, because every page of the server's memory is
mapped into each child at fork and torn down at its exit: on a 2-core VM a fork plus exit of a
Python process with the caller-side imports (logging, subprocess, dataclasses, ...) cost about
1.9 ms, of this lean one about 1.0 ms (docs/benchmarks.md). For the same reason the interpreter
runs without ``site`` (-S): the caller passes the site-packages directories.
"""

from __future__ import annotations

import ast
import builtins
import ctypes
import errno
import gc
import io
import json
import linecache
import math
import os
import resource
import select
import signal
import struct
import sys
import time
import types
from collections import Counter, OrderedDict, defaultdict

LAYERS = ("netns", "pidns", "ipcns", "tmpfs", "uid", "landlock", "seccomp")

if not hasattr(builtins, "exit"):  # python -S leaves out site's exit() and quit(), which scripts call
    import _sitebuiltins

    builtins.exit = _sitebuiltins.Quitter("exit", "Ctrl-D (i.e. EOF)")
    builtins.quit = _sitebuiltins.Quitter("quit", "Ctrl-D (i.e. EOF)")


def _result(status: str, reason: str = "", tests_passed: int = 0, tests_total: int = 1, output: str = "",
            duration_s: float = 0.0) -> dict:
    """The fields of one ``rlhf_code.sandbox.Result``, as the server answers them."""
    return {"status": status, "reason": reason, "tests_passed": tests_passed, "tests_total": tests_total,
            "output": output, "duration_s": duration_s}


# ----------------------------------------------------------------------------------------------
# Kernel interfaces (ctypes; no libseccomp)
# ----------------------------------------------------------------------------------------------

_libc = ctypes.CDLL(None, use_errno=True)


def _c_function(name: str, restype, *argtypes):
    """A libc function with its types set once, so that calls convert arguments in C (a child
    makes several of them, and every Python allocation there costs a copy-on-write fault)."""
    function = getattr(_libc, name)
    function.restype, function.argtypes = restype, argtypes
    return function


_c_syscall = _c_function("syscall", ctypes.c_long, ctypes.c_long, *[ctypes.c_void_p] * 4)
_c_prctl = _c_function("prctl", ctypes.c_int, ctypes.c_int, *[ctypes.c_ulong] * 4)
_c_unshare = _c_function("unshare", ctypes.c_int, ctypes.c_int)
_c_mount = _c_function("mount", ctypes.c_int, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_ulong,
                       ctypes.c_char_p)
_c_umount2 = _c_function("umount2", ctypes.c_int, ctypes.c_char_p, ctypes.c_int)
# fork(2) without CPython's after-fork hooks (re-initialising threading, logging and random state),
# which cost a child ~190 copy-on-write faults, about a third of its set-up. Safe in a server:
# it never starts a second thread, so no lock is held across the fork; PyDLL keeps the GIL held.
# (So every child starts from the server's random-module state: runs are reproducible.)
fork_without_hooks = ctypes.PyDLL(None, use_errno=True).fork
fork_without_hooks.restype, fork_without_hooks.argtypes = ctypes.c_int, ()

CLONE_NEWNS, CLONE_NEWIPC, CLONE_NEWUSER, CLONE_NEWPID, CLONE_NEWNET = (0x20000, 0x8000000, 0x10000000,
                                                                      0x20000000, 0x40000000)
CLONE_THREAD = 0x10000
MS_NOSUID, MS_NODEV, MS_NOEXEC, MS_BIND, MS_REC, MS_PRIVATE = 0x2, 0x4, 0x8, 0x1000, 0x4000, 0x40000
MNT_DETACH = 2
PR_SET_PDEATHSIG, PR_GET_SECCOMP, PR_SET_SECCOMP = 1, 21, 22
PR_SET_CHILD_SUBREAPER, PR_SET_NO_NEW_PRIVS = 36, 38
CAP_SETGID, CAP_SETUID = 6, 7


def _check(ret: int, what: str) -> int:
    if ret < 0:
        err = ctypes.get_errno()
        raise OSError(err, f"{what}: {os.strerror(err)}")
    return ret


def _sys(nr: int, a=None, b=None, c=None, d=None) -> int:
    """Raw syscall with up to four arguments (ints, bytes passed as pointers, or None)."""
    return _check(_c_syscall(nr, a, b, c, d), f"syscall {nr}")


def _prctl(option: int, arg: int = 0) -> None:
    _check(_c_prctl(option, arg, 0, 0, 0), f"prctl({option})")


def _unshare(flags: int) -> None:
    _check(_c_unshare(flags), "unshare")


def _mount(source: str | None, target: str, fstype: str | None, flags: int, data: str | None = None) -> None:
    enc = (lambda s: None if s is None else s.encode())
    _check(_c_mount(enc(source), enc(target), enc(fstype), flags, enc(data)), f"mount {target}")


def _umount(target: str) -> None:
    _check(_c_umount2(target.encode(), MNT_DETACH), f"umount {target}")


def _has_cap(cap: int) -> bool:
    with open("/proc/self/status") as f:
        eff = next(int(line.split()[1], 16) for line in f if line.startswith("CapEff:"))
    return bool(eff >> cap & 1)


# Landlock (same syscall numbers on every architecture).
_LL_CREATE, _LL_ADD_RULE, _LL_RESTRICT = 444, 445, 446
_LL_EXECUTE, _LL_WRITE_FILE, _LL_READ_FILE, _LL_READ_DIR = 1 << 0, 1 << 1, 1 << 2, 1 << 3
_LL_REFER, _LL_TRUNCATE, _LL_IOCTL_DEV = 1 << 13, 1 << 14, 1 << 15
_LL_WRITES_V1 = sum(1 << b for b in (1, 4, 5, 6, 7, 8, 9, 10, 11, 12))  # write, remove, make-*
# What an interpreter reads besides its own directories (passed by the caller): shared libraries and
# the loader's cache (numpy, libgcc_s for thread exit), time zones, and the devices Python opens.
_SYSTEM_READS = ("/usr", "/lib", "/lib32", "/lib64", "/etc/ld.so.cache", "/etc/localtime", "/dev/urandom",
                 "/dev/zero")


def _landlock_abi() -> int:
    try:
        return _sys(_LL_CREATE, None, 0, 1)  # LANDLOCK_CREATE_RULESET_VERSION
    except OSError:
        return 0


def _landlock_handled(abi: int) -> int:
    """Every file-system right this ABI knows but ioctl on files: all are denied unless a rule grants them."""
    return (_LL_EXECUTE | _LL_READ_FILE | _LL_READ_DIR | _LL_WRITES_V1 | (_LL_REFER if abi >= 2 else 0)
            | (_LL_TRUNCATE if abi >= 3 else 0) | (_LL_IOCTL_DEV if abi >= 5 else 0))


def _landlock_read_rules(paths) -> list[tuple[int, int]]:
    """(O_PATH descriptor, rights) granting reads of each existing path; the descriptors stay open."""
    rules = []
    for path in paths:
        try:
            fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
        except OSError:
            continue
        rules.append((fd, _LL_READ_FILE | (_LL_READ_DIR if os.path.isdir(path) else 0)))
    return rules


def _landlock_ruleset(abi: int, rules) -> int:
    """A ruleset descriptor handling _landlock_handled(abi) rights (and TCP from ABI 4, abstract Unix
    sockets and signals leaving the sandbox from ABI 6), granting rules: (O_PATH descriptor, rights)."""
    net = 0b11 if abi >= 4 else 0  # bind and connect TCP
    scoped = 0b11 if abi >= 6 else 0
    attr = struct.pack("=QQQ", _landlock_handled(abi), net, scoped)[: 8 if abi < 4 else 16 if abi < 6 else 24]
    ruleset = _sys(_LL_CREATE, attr, len(attr), 0)
    try:
        for fd, allowed in rules:
            _sys(_LL_ADD_RULE, ruleset, 1, struct.pack("=Qi", allowed, fd), 0)  # PATH_BENEATH
    except OSError:
        os.close(ruleset)
        raise
    return ruleset


# Seccomp. Numbers from the kernel's unistd tables ("-": no such syscall on that architecture).
_SYSCALL_TABLE = """
execve 59 221       execveat 322 281       fork 57 -             vfork 58 -
clone 56 220        clone3 435 435         ptrace 101 117        process_vm_readv 310 270
process_vm_writev 311 271                  pidfd_open 434 434    pidfd_send_signal 424 424
pidfd_getfd 438 438 unshare 272 97         setns 308 268         mount 165 40
umount2 166 39      pivot_root 155 41      chroot 161 51         open_tree 428 428
move_mount 429 429  fsopen 430 430         fsconfig 431 431      fsmount 432 432
fspick 433 433      mount_setattr 442 442  bpf 321 280           perf_event_open 298 241
userfaultfd 323 282 io_uring_setup 425 425 io_uring_enter 426 426 io_uring_register 427 427
keyctl 250 219      add_key 248 217        request_key 249 218   init_module 175 105
finit_module 313 273 delete_module 176 106 kexec_load 246 104    kexec_file_load 320 294
reboot 169 142      swapon 167 224         swapoff 168 225       acct 163 89
settimeofday 164 170 clock_settime 227 112 clock_adjtime 305 266 adjtimex 159 171
syslog 103 116      name_to_handle_at 303 264                    open_by_handle_at 304 265
kill 62 129         tkill 200 130          tgkill 234 131        rt_sigqueueinfo 129 138
rt_tgsigqueueinfo 297 240                  socket 41 198         socketpair 53 199
ioctl 16 29         fcntl 72 25            flock 73 32           rt_sigaction 13 134
shmget 29 194       shmat 30 196           shmctl 31 195         shmdt 67 197
semget 64 190       semop 65 193           semctl 66 191         semtimedop 220 192
msgget 68 186       msgsnd 69 189          msgrcv 70 188         msgctl 71 187
mq_open 240 180
"""
_SECCOMP_ARCH = {"x86_64": (0xC000003E, 0), "aarch64": (0xC00000B7, 1)}  # AUDIT_ARCH_*, table column
_SELF_ONLY = ("kill", "tkill", "tgkill", "rt_sigqueueinfo", "rt_tgsigqueueinfo")  # arg 0 must be our pid
_TERMINAL_INJECTION = (0x5412, 0x541C)  # ioctl TIOCSTI, TIOCLINUX
_RECORD_LOCKS = (6, 7, 37, 38)  # fcntl F_SETLK, F_SETLKW, F_OFD_SETLK, F_OFD_SETLKW


def _syscall_numbers(arch: str) -> dict[str, int]:
    words = _SYSCALL_TABLE.split()
    column = _SECCOMP_ARCH[arch][1]
    rows = zip(words[0::3], words[1::3], words[2::3])
    return {name: int(nums[column]) for name, *nums in rows if nums[column] != "-"}


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


class _SeccompFilter:
    """The filter for this architecture, built once; install() fills in the caller's pid (the only
    process it may signal) and loads it."""

    def __init__(self, arch: str):
        mark = 0xFFFFFFFF  # not a pid, and no other constant of the filter
        program = _seccomp_program(arch, mark)
        self.pid_offset = program.index(struct.pack("=I", mark))
        self.buffer = ctypes.create_string_buffer(program, len(program))
        self.fprog = _SockFprog(len(program) // 8, ctypes.addressof(self.buffer))

    def install(self) -> None:
        struct.pack_into("=I", self.buffer, self.pid_offset, os.getpid())
        _check(_c_prctl(PR_SET_SECCOMP, 2, ctypes.addressof(self.fprog), 0, 0), "seccomp")  # MODE_FILTER


def _seccomp_program(arch: str, own_pid: int) -> bytes:
    """The BPF filter: kill on a foreign ABI, EPERM for the denied calls, allow the rest. clone only
    for threads (CLONE_THREAD: same process), clone3 ENOSYS (its flags are out of the filter's sight;
    glibc then falls back to clone); socketpair only AF_UNIX; no record locks (fcntl) and no flock,
    which a program could hold on host files it may read; no TIOCSTI/TIOCLINUX."""
    audit_arch = _SECCOMP_ARCH[arch][0]
    nr = _syscall_numbers(arch)
    ld, jeq, jge, jset, ret = 0x20, 0x15, 0x35, 0x45, 0x06  # BPF_LD|W|ABS, BPF_JMP|JEQ/JGE/JSET|K, BPF_RET|K
    allow, deny, kill = 0x7FFF0000, 0x00050000 | errno.EPERM, 0x80000000
    arg0, arg1 = 16, 24  # low 32 bits of args[0], args[1] in struct seccomp_data (little-endian)
    code: list[tuple] = [(ld, 0, 0, 4), (jeq, 1, 0, audit_arch), (ret, 0, 0, kill), (ld, 0, 0, 0)]
    if arch == "x86_64":
        code.append((jge, "deny", 0, 0x40000000))  # x32 ABI
    special = {"clone", "clone3", "socketpair", "ioctl", "fcntl", *_SELF_ONLY}
    code += [(jeq, "deny", 0, n) for name, n in nr.items() if name not in special]
    code += [(jeq, "self", 0, nr[name]) for name in _SELF_ONLY]
    code += [(jeq, "thread", 0, nr["clone"]), (jeq, "nosys", 0, nr["clone3"]), (jeq, "unix", 0, nr["socketpair"]),
             (jeq, "ioctl", 0, nr["ioctl"]), (jeq, "fcntl", 0, nr["fcntl"]), (ret, 0, 0, allow),
             "self", (ld, 0, 0, arg0), (jeq, "allow", "deny", own_pid),
             "thread", (ld, 0, 0, arg0), (jset, "allow", "deny", CLONE_THREAD),
             "nosys", (ret, 0, 0, 0x00050000 | errno.ENOSYS),
             "unix", (ld, 0, 0, arg0), (jeq, "allow", "deny", 1),  # AF_UNIX
             "ioctl", (ld, 0, 0, arg1), (jeq, "deny", 0, _TERMINAL_INJECTION[0]),
             (jeq, "deny", "allow", _TERMINAL_INJECTION[1]),
             "fcntl", (ld, 0, 0, arg1), *[(jeq, "deny", 0, cmd) for cmd in _RECORD_LOCKS], (ret, 0, 0, allow),
             "allow", (ret, 0, 0, allow), "deny", (ret, 0, 0, deny)]
    labels, instructions = {}, []
    for item in code:
        if isinstance(item, str):
            labels[item] = len(instructions)
        else:
            instructions.append(item)
    out = bytearray()
    for i, (op, jt, jf, k) in enumerate(instructions):
        jt, jf = (labels[j] - i - 1 if isinstance(j, str) else j for j in (jt, jf))
        out += struct.pack("=HBBI", op, jt, jf, k)
    return bytes(out)


# ----------------------------------------------------------------------------------------------
# Server side
# ----------------------------------------------------------------------------------------------

# Imported once by each server so that children do not import them per program: what generated
# code (HumanEval's included) commonly imports. Not more: every shared library mapped makes each
# fork slower (about 3 us per mapping here), so rarer modules are imported by the programs using them.
WARM_MODULES = ("typing", "math", "random", "copy", "string", "collections", "re", "hashlib", "itertools",
                "functools", "heapq", "bisect", "operator")
RECORD_NAME = "__sandbox_record__"  # what a strict assert calls, in the test's namespace
EQUAL_NAME = "__sandbox_equal__"  # what ``assert <a> == <b>`` without a literal calls
PROGRAM_MODULE = "__sandbox__"  # the program's module (its __name__, and its entry in sys.modules)


def warm_up() -> None:
    """Import WARM_MODULES, then freeze every object so far: the children's garbage collections
    then skip (so do not touch, and copy) the server's objects."""
    for name in WARM_MODULES:
        try:
            __import__(name)
        except ImportError:
            pass
    gc.freeze()


_MAX_REPORT_BYTES = 8 << 20


class _LayerError(Exception):
    def __init__(self, layer: str, message: str):
        super().__init__(message)
        self.layer = layer


class _Rejected(Exception):
    """A program or test that cannot be compiled: (status, reason)."""


class _Job:
    """A compiled request: the program, its tests, and the program's source (for inspect). ``stdio``: the
    program is judged by its output for given inputs (run once per input), so ``sys.exit(0)`` and
    ``exit()`` end it normally, as they end a script."""

    __slots__ = ("code", "entry_point", "source", "stdio", "tests")

    def __init__(self, code: types.CodeType, tests: tuple[types.CodeType, ...], entry_point: str, source: str,
                 stdio: bool = False):
        self.code, self.tests, self.entry_point, self.source, self.stdio = code, tests, entry_point, source, stdio


# ----------------------------------------------------------------------------------------------
# Asserts: rewritten by the caller, so that the expected values never reach a server or child
# ----------------------------------------------------------------------------------------------


def rewrite_asserts(text: str, filename: str) -> tuple[str, list[tuple[int, object]], int]:
    """Rewrite every ``assert <expr> == <literal>`` (a strict assert) in text into
    ``__sandbox_record__(site, (<expr>))``: the child then only records the value of <expr>, and the
    literal is not in what it runs. ``assert <a> == <b>`` without a literal side becomes
    ``__sandbox_equal__((<a>), (<b>)[, lambda: (<message>)])``, which compares plain data as plain
    data (_equal). Returns the new text (same line numbers), the strict sites in order
    [(line, expected value)], and the number of other asserts (general asserts, decided in the
    child). Raises what ast.parse raises."""
    tree = ast.parse(text, filename)
    data = text.encode()  # ast columns are UTF-8 byte offsets
    line_start = [0]
    for line in data.splitlines(keepends=True):
        line_start.append(line_start[-1] + len(line))

    def offset(line: int, col: int) -> int:
        return line_start[line - 1] + col

    asserts = sorted((n for n in ast.walk(tree) if isinstance(n, ast.Assert)), key=lambda n: (n.lineno, n.col_offset))
    def source(node) -> bytes:
        return data[offset(node.lineno, node.col_offset): offset(node.end_lineno, node.end_col_offset)]

    edits, sites, general = [], [], 0
    for node in asserts:
        strict = _strict_parts(node)
        if strict is not None:
            kept = source(strict[0])
            call, end = b"%s(%d, (%s" % (RECORD_NAME.encode(), len(sites), kept), b"))"
            sites.append((node.lineno, strict[1]))
        else:
            general += 1
            test = node.test
            if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.Eq)):
                continue
            kept = source(test.left) + source(test.comparators[0]) + (source(node.msg) if node.msg else b"")
            call, end = b"%s((%s), (%s)%s" % (EQUAL_NAME.encode(), source(test.left), source(test.comparators[0]),
                                              b", lambda: (%s)" % source(node.msg) if node.msg else b""), b")"
        padding = b"\n" * (source(node).count(b"\n") - kept.count(b"\n"))  # so that lines keep their numbers
        edits.append((node, call + padding + end))
    for node, replacement in reversed(edits):
        data = (data[: offset(node.lineno, node.col_offset)] + replacement
                + data[offset(node.end_lineno, node.end_col_offset):])
    return data.decode(), sites, general


def _strict_parts(node: ast.Assert):
    """(expression, expected value) of ``assert <expr> == <literal>`` (either side), else None."""
    test = node.test
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.Eq)):
        return None
    for expr, literal in ((test.left, test.comparators[0]), (test.comparators[0], test.left)):
        try:
            return expr, ast.literal_eval(literal)
        except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
            continue
    return None


# Every compile() here passes dont_inherit=True: without it, this module's own
# ``from __future__ import annotations`` would apply to the programs (their annotations turned to strings).
COMPILE_ERRORS = (SyntaxError, ValueError, OverflowError, MemoryError, RecursionError)
_TEST_CACHE_SIZE = 4096  # compiled tests by text: every sample of a task shares them


def _compile_job(request: dict, cache: dict) -> _Job:
    tests, code = request["tests"], request["code"]
    try:
        program = compile(code, "<program>", "exec", dont_inherit=True)
    except COMPILE_ERRORS as e:
        raise _Rejected("failed", f"program does not compile: {syntax_error(e)}") from None
    compiled = []
    for i, text in enumerate(tests):
        if text not in cache:
            try:
                cache[text] = compile(text, f"<test {i + 1}>", "exec", dont_inherit=True)
            except COMPILE_ERRORS as e:
                raise _Rejected("error", f"test {i + 1} does not compile: {syntax_error(e)}") from None
            if len(cache) > _TEST_CACHE_SIZE:
                cache.pop(next(iter(cache)))
        compiled.append(cache[text])
    return _Job(program, tuple(compiled), request["entry_point"], code, "stdin" in request)


def syntax_error(e: Exception) -> str:
    line = f" (line {e.lineno})" if isinstance(e, SyntaxError) and e.lineno else ""
    return f"{type(e).__name__}: {getattr(e, 'msg', None) or e}{line}"


class _Watch:
    """What the server saw of one child."""

    def __init__(self, max_output: int, max_stdout: int = 0):
        self.max_output, self.max_stdout = max_output, max_stdout
        self.output = bytearray()
        self.output_dropped = False
        self.stdout = bytearray()  # a stdin/stdout run's standard output, judged by the caller
        self.stdout_dropped = False
        self.report = bytearray()
        self.report_too_big = False
        self.timed_out = False
        self.status = 0  # wait status
        self.cpu_s = 0.0

    def read(self, fd: int, kind: str) -> bool:
        """Read one chunk from the child's output ("output"), standard output of a stdin/stdout run
        ("stdout") or report ("report") pipe; False at end of file."""
        chunk = os.read(fd, 1 << 16)
        if kind == "output":
            self.output_dropped |= len(self.output) + len(chunk) > self.max_output
            self.output.extend(chunk[: max(0, self.max_output - len(self.output))])
        elif kind == "stdout":
            self.stdout_dropped |= len(self.stdout) + len(chunk) > self.max_stdout
            self.stdout.extend(chunk[: max(0, self.max_stdout - len(self.stdout))])
        else:
            self.report.extend(chunk)
            self.report_too_big |= len(self.report) > _MAX_REPORT_BYTES
        return bool(chunk)


# Threads a program may have, its main thread included (RLIMIT_NPROC, which binds a non-root uid:
# each worker has its own, SandboxConfig.uid + slot, so that the count is that of one program).
MAX_THREADS = 16
RECURSION_LIMIT_CAP = 1_000_000  # the most a program may set (the C stack bounds what is safe)


class _Server:
    """One worker: isolation set up once, then one forked child per program."""

    def __init__(self, cfg: dict):
        self.cfg = cfg
        self.layers: dict[str, str] = {}
        self.missing: dict[str, str] = {name: "disabled in SandboxConfig" for name in cfg["disable"]}
        self.devnull = os.open(os.devnull, os.O_RDWR)
        self.max_fd = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
        self.test_cache: dict = {}
        self.userns = False
        self.mount_ns = False
        self.shm = False  # whether the run directory is also bind-mounted on /dev/shm
        # Why the last run directory could not be made or removed: then this server must not run
        # another program (a later one could see what that one left); it answers, then exits.
        self.broken: str | None = None
        self.pid_init = self._namespaces()
        if not self.pid_init:  # orphans are re-parented to us, so that we can kill them
            _prctl(PR_SET_CHILD_SUBREAPER, 1)
        # With a mount namespace every program gets a fresh tmpfs mounted on /tmp (and /dev/shm), its
        # run directory, detached afterwards; else a directory under run_root, removed afterwards.
        self.run_dir = "/tmp" if self.mount_ns else os.path.join(cfg["run_root"], "run")
        self.uid = self._uid_layer()
        self.landlock_abi, self.landlock_rules = self._landlock_layer()
        self.seccomp_filter = self._seccomp_layer()
        cpu = self.cpu_limit()
        self.rlimits = [(limit, _lowered(limit, soft, hard)) for limit, soft, hard in (
            (resource.RLIMIT_CPU, cpu, cpu + 1), (resource.RLIMIT_AS, cfg["memory_mb"] << 20, None),
            (resource.RLIMIT_FSIZE, cfg["file_size_mb"] << 20, None),
            (resource.RLIMIT_NOFILE, cfg["max_open_files"], None), (resource.RLIMIT_CORE, 0, None),
            (resource.RLIMIT_NPROC, MAX_THREADS, None))]
        self.layers["rlimits"] = (f"{cfg['memory_mb']} MiB address space, {cpu} s CPU, files <= "
                                  f"{cfg['file_size_mb']} MiB, {cfg['max_open_files']} open files, "
                                  f"no core dumps, {MAX_THREADS} threads (NPROC, with the uid layer)")
        self.layers["env"] = ("environment: PATH, HOME/TMPDIR = the run directory (also cwd and sys.path[0]), "
                              "USER, LANG; the program is module __sandbox__; audit hook against frame, gc "
                              "and ctypes introspection")
        # Built once: every child is a fresh fork of this process, which never runs untrusted code,
        # so they are as good as new in each child, whose refcount writes on the builtins they
        # copy would otherwise cost it dozens of copy-on-write faults per program.
        self.harness = _private_namespace()["_harness"]
        self.fresh_builtins = [dict(_PRISTINE_BUILTINS)]
        # Neither this server nor its children may ever gain privileges (also what Landlock and an
        # unprivileged seccomp filter require); set here once, inherited by every child.
        _prctl(PR_SET_NO_NEW_PRIVS, 1)

    def cpu_limit(self) -> int:
        return math.ceil(self.cfg["timeout_s"]) + 1

    def _wanted(self, layer: str) -> bool:
        return layer not in self.cfg["disable"]

    def _namespaces(self) -> bool:
        """Enter new network/IPC/mount/PID namespaces; True if we are now init of our own PID namespace."""
        wanted = {"netns": CLONE_NEWNET, "ipcns": CLONE_NEWIPC, "tmpfs": CLONE_NEWNS, "pidns": CLONE_NEWPID}
        flags = sum(flag for layer, flag in wanted.items() if self._wanted(layer))
        if not flags:
            return False
        how = ""
        try:
            _unshare(flags)
        except OSError as privileged:
            # An unprivileged user namespace, where we are root of our own namespaces. Tried in a
            # throwaway child first: a half-made one (no uid map) would leave us unable to work.
            trial = os.fork()
            if trial == 0:
                try:
                    _enter_user_namespace(flags)
                    os._exit(0)
                except OSError as e:
                    os._exit(e.errno or 1)
            unprivileged = os.waitstatus_to_exitcode(os.waitpid(trial, 0)[1])
            if unprivileged:
                reason = f"no namespaces ({privileged.strerror}; user namespace: {os.strerror(unprivileged)})"
                self.missing.update({layer: reason for layer in wanted if self._wanted(layer)})
                return False
            _enter_user_namespace(flags)
            self.userns, how = True, " (in a user namespace)"
        if flags & CLONE_NEWNET:
            self.layers["netns"] = "no network: new network namespace" + how
        if flags & CLONE_NEWIPC:
            self.layers["ipcns"] = "new IPC namespace: no host SysV IPC or POSIX message queues" + how
        if flags & CLONE_NEWPID:
            _become_pid_init()
        private_proc = False
        if flags & CLONE_NEWNS:
            try:
                _mount(None, "/", None, MS_REC | MS_PRIVATE)  # nothing we mount propagates to the host
                _expose_interpreter(self.cfg["interpreter_dirs"])
                _mount("tmpfs", "/tmp", "tmpfs", MS_NOSUID, "size=1m")  # what each program will need
                _umount("/tmp")
                self.mount_ns, self.shm = True, os.path.isdir("/dev/shm")
                self.layers["tmpfs"] = (f"a fresh {self.cfg['tmpfs_mb']} MiB tmpfs per program on /tmp"
                                        + (" and /dev/shm" if self.shm else "")
                                        + " (its run directory), detached afterwards" + how)
            except OSError as e:
                self.missing["tmpfs"] = str(e)
            if flags & CLONE_NEWPID:
                try:
                    _mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC)
                    private_proc = True
                except OSError:
                    pass
        if flags & CLONE_NEWPID:
            self.layers["pidns"] = ("own PID namespace, everything in it killed after each program"
                                    + (", private /proc" if private_proc else "") + how)
        return bool(flags & CLONE_NEWPID)

    def _uid_layer(self) -> int | None:
        if not self._wanted("uid"):
            return None
        if self.userns:
            self.missing["uid"] = "a user namespace maps a single uid"
            return None
        if not (_has_cap(CAP_SETUID) and _has_cap(CAP_SETGID)):
            self.missing["uid"] = "needs root (CAP_SETUID, CAP_SETGID)"
            return None
        if not all(_world_readable(p) for p in self.cfg["interpreter_dirs"]):
            self.missing["uid"] = ("the interpreter is not readable by other users (the tmpfs layer's mount "
                                   "namespace would expose it)")
            return None
        uid = self.cfg["uid"]
        self.layers["uid"] = f"uid/gid {uid}, no capabilities"
        return uid

    def _landlock_layer(self) -> tuple[int, list[tuple[int, int]]]:
        """The ABI, and the rules every program gets: reads of the interpreter and system libraries,
        read and write of /dev/null (a program's run directory is added per program)."""
        if not self._wanted("landlock"):
            return 0, []
        abi = _landlock_abi()
        if abi < 1:
            self.missing["landlock"] = "not supported or not enabled by this kernel"
            return 0, []
        rules = _landlock_read_rules([*self.cfg["interpreter_dirs"], *_SYSTEM_READS])
        rules.append((os.open(os.devnull, os.O_PATH | os.O_CLOEXEC),
                      _LL_READ_FILE | _LL_WRITE_FILE | (_LL_TRUNCATE if abi >= 3 else 0)))
        self.layers["landlock"] = (f"ABI {abi}: reads only of the interpreter, system libraries and the run "
                                   "directory, writes only in the run directory, no execve"
                                   + (", no TCP" if abi >= 4 else "")
                                   + (", no signals or abstract sockets outside" if abi >= 6 else ""))
        return abi, rules

    def _seccomp_layer(self) -> _SeccompFilter | None:
        if not self._wanted("seccomp"):
            return None
        arch = os.uname().machine
        if arch not in _SECCOMP_ARCH:
            self.missing["seccomp"] = f"no syscall table for {arch}"
            return None
        if _c_prctl(PR_GET_SECCOMP, 0, 0, 0, 0) < 0:
            self.missing["seccomp"] = "not supported by this kernel"
            return None
        self.layers["seccomp"] = (f"{arch} filter: no exec, fork (threads only), ptrace, signals to other "
                                  "processes or signal handlers, sockets (but AF_UNIX socketpair), SysV IPC, "
                                  "file locks, mounts or namespaces")
        return _SeccompFilter(arch)

    def self_test(self) -> None:
        """Run a trivial program; a layer whose set-up fails in the child is dropped (and reported)."""
        request = {"code": "x = 1", "tests": [f"{RECORD_NAME}(0, (x))"], "entry_point": ""}
        for _ in LAYERS:
            answer, failed_layer = self.run(request)
            if "report" in answer:
                answer.update(zip(("status", "reason", "tests_passed"),
                                  judge(answer.pop("report"), [[], [(1, 1)]], 1)))
            if answer["status"] == "passed":
                return
            if failed_layer not in self.layers:
                raise RuntimeError(f"sandbox self-test failed: {answer['reason']} {answer['output']}")
            self.missing[failed_layer] = f"set-up failed: {answer['reason']}"
            del self.layers[failed_layer]
            if failed_layer == "uid":
                self.uid = None
            elif failed_layer == "landlock":
                self.landlock_abi = 0
            elif failed_layer == "seccomp":
                self.seccomp_filter = None
        raise RuntimeError("sandbox self-test failed")

    def run(self, request: dict) -> tuple[dict, str | None]:
        """Run one program; returns the answer and the layer whose set-up failed, if any. The answer
        holds the result fields, and "report" when the child reported (judge() decides then)."""
        total = len(request["tests"]) or 1
        try:
            job = _compile_job(request, self.test_cache)
        except _Rejected as e:
            status, reason = e.args
            return _result(status, reason, 0, total), None
        while len(self.fresh_builtins) <= len(job.tests):
            self.fresh_builtins.append(dict(_PRISTINE_BUILTINS))
        if job.stdio:
            return self._run_stdio(job, request["stdin"]), None
        return self._run_once(job, total)

    def _run_once(self, job: _Job, total: int, stdin: str | None = None) -> tuple[dict, str | None]:
        """One child in a fresh run directory (with ``stdin`` as its standard input, when given)."""
        try:
            self._fresh_run_dir()
        except OSError as e:
            self.broken = f"cannot make a run directory: {e}"
            return _result("error", f"sandbox: {self.broken}", 0, total), None
        try:
            return self._execute(job, total, stdin)
        finally:
            try:
                self._remove_run_dir()
            except (OSError, RecursionError) as e:  # (RecursionError: rmtree of a very deep tree)
                self.broken = f"cannot remove a run directory: {type(e).__name__}: {e}"

    def _run_stdio(self, job: _Job, inputs: list[str]) -> dict:
        """A stdin/stdout program: a fresh child per input, each as isolated and limited as any program
        (its own run directory, timeout, nonce). The answer's "stdio" holds each run's result fields,
        its standard output and its report; the caller compares the outputs with the expected ones,
        which never leave it. After a timeout the remaining inputs are not run (status "skipped"):
        a program that is too slow on one input would cost the full timeout on each."""
        runs, total = [], len(inputs)
        for text in inputs:
            if self.broken:
                # Its last run directory could not be removed (the caller restarts this server). The runs
                # so far keep their verdicts, as a program with asserts keeps its own: a program that left a
                # tree the server cannot remove (without the tmpfs layer) does not make its failures an
                # "error", unjudged. (A run whose directory could not be made is one, in its own result.)
                runs.append(_result("skipped", "not run: the sandbox worker retired"))
                continue
            if runs and runs[-1]["status"] in ("timeout", "skipped"):
                runs.append(_result("skipped", "not run after a timeout"))
                continue
            answer, _ = self._run_once(job, 1, text)
            runs.append(answer)
        answer = _result("failed", "not judged", 0, total, next((r["output"] for r in runs if r["output"]), ""),
                         round(sum(r["duration_s"] for r in runs), 4))
        answer["stdio"] = runs
        return answer

    def _fresh_run_dir(self) -> None:
        """The run directory: always the same path (so cwd, HOME and TMPDIR are set once), new each time."""
        if self.mount_ns:
            owner = f",uid={self.uid},gid={self.uid}" if self.uid is not None else ""
            _mount("tmpfs", self.run_dir, "tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC,
                   f"size={self.cfg['tmpfs_mb']}m,nr_inodes=4096,mode=0700{owner}")
            if self.shm:
                _mount(self.run_dir, "/dev/shm", None, MS_BIND)
            return
        os.mkdir(self.run_dir, 0o700)
        if self.uid is not None:
            os.chown(self.run_dir, self.uid, self.uid)

    def _remove_run_dir(self) -> None:
        """Detach the program's tmpfs (the kernel frees it: nothing walks its tree), or remove its directory."""
        if self.mount_ns:
            if self.shm:
                _umount("/dev/shm")
            _umount(self.run_dir)
            return
        try:
            os.rmdir(self.run_dir)  # the usual case: the program left nothing
        except OSError:
            import shutil  # only here: imported, it would make every later fork copy its pages

            shutil.rmtree(self.run_dir, onerror=_force_remove)

    def _execute(self, job: _Job, total: int, stdin: str | None = None) -> tuple[dict, str | None]:
        try:
            ruleset = self._landlock_ruleset()
        except OSError as e:
            return _result("error", f"sandbox set-up failed (landlock): {e}", 0, total), "landlock"
        out_r, out_w = os.pipe()
        report_r, report_w = os.pipe()
        # A stdin/stdout run: the input in a memory file (any size, no writer to keep alive), the
        # standard output on a pipe of its own; stderr stays the output kept for messages.
        stdin_fd = stdout_r = stdout_w = None
        if stdin is not None:
            stdin_fd = os.memfd_create("stdin", os.MFD_CLOEXEC)
            _write_all(stdin_fd, stdin.encode("utf-8", "surrogatepass"))
            os.lseek(stdin_fd, 0, os.SEEK_SET)
            stdout_r, stdout_w = os.pipe()
        if self.uid is not None:  # the program's own output, so that it may reopen it (/dev/stdout)
            for fd in (out_w, stdout_w, stdin_fd):
                if fd is not None:
                    os.fchown(fd, self.uid, self.uid)
        # In the child's memory, not on a file descriptor: a program could read a descriptor (all
        # the child has are numbered from 3) and forge a report with it before exiting.
        nonce = os.urandom(16).hex()
        start = time.monotonic()
        pid = _check(fork_without_hooks(), "fork")
        if pid == 0:  # the child: never returns
            try:
                self._child(job, out_w, report_w, nonce, ruleset, stdin_fd, stdout_w)
            finally:
                os._exit(1)
        for fd in (out_w, report_w, ruleset, stdin_fd, stdout_w):
            if fd is not None:
                os.close(fd)
        watch = _Watch(self.cfg["max_output_bytes"], self.cfg["max_stdout_bytes"])
        pipes = {out_r: "output", report_r: "report"}
        if stdout_r is not None:
            pipes[stdout_r] = "stdout"
        try:
            _watch(pid, pipes, start + self.cfg["timeout_s"], watch)
        finally:
            # Kill before reaping anything: until the child is reaped its pid cannot be reused,
            # so -pid still names its process group.
            self._kill_all(pid)
            for fd, kind in pipes.items():
                _drain(fd, watch, kind)
                os.close(fd)
            _, watch.status, usage = os.wait4(pid, 0)
            watch.cpu_s = usage.ru_utime + usage.ru_stime
            self._reap_all()
        status, reason, report, failed_layer = _verdict(nonce, watch, self.cfg["timeout_s"], self.cpu_limit(),
                                                        len(job.tests))
        output = watch.output.decode("utf-8", "replace") + ("\n[output truncated]" if watch.output_dropped else "")
        answer = _result(status, reason, 0, total, output, round(time.monotonic() - start, 4))
        if report is not None:
            answer["report"] = report
        if stdin is not None:  # (an output over the limit fails its test: not sent, it cannot bloat the answer)
            answer["stdout"] = "" if watch.stdout_dropped else watch.stdout.decode("utf-8", "replace")
            answer["stdout_dropped"] = watch.stdout_dropped
        return answer, failed_layer

    def _landlock_ruleset(self) -> int | None:
        """This program's ruleset: the common rules and every right in its run directory but execute.
        Made per program: the run directory is a new tmpfs each time."""
        if not self.landlock_abi:
            return None
        run_dir = os.open(self.run_dir, os.O_PATH | os.O_CLOEXEC)
        try:
            return _landlock_ruleset(self.landlock_abi, [
                *self.landlock_rules, (run_dir, _landlock_handled(self.landlock_abi) & ~_LL_EXECUTE)])
        finally:
            os.close(run_dir)

    def _kill_all(self, pid: int) -> None:
        """Kill the program and everything it started (nothing is reaped here)."""
        victims = [-pid, pid]  # its process group, and itself in case it left the group
        # Under seccomp a program cannot start a process (fork, clone but for threads and exec are
        # denied), so there is nothing else to look for; kill(-1) would cost a walk over every process on the host.
        if self.seccomp_filter is None:
            if self.pid_init and os.getpid() == 1:
                victims.append(-1)  # we are init of a PID namespace of our own: -1 is everyone else in it
            else:
                victims += _children()  # orphans that left the group were re-parented to us (subreaper)
        for victim in victims:
            try:
                os.kill(victim, signal.SIGKILL)
            except ProcessLookupError:
                pass

    def _reap_all(self) -> None:
        """Reap what _kill_all killed, and kill and reap orphans it could not see yet."""
        if self.seccomp_filter is not None:  # the program was the only process (see _kill_all)
            return
        if self.pid_init and os.getpid() == 1:
            while True:
                try:
                    os.waitpid(-1, 0)
                except ChildProcessError:
                    return
        for _ in range(3):
            victims = _children()
            for victim in victims:
                try:
                    os.kill(victim, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            for victim in victims:
                try:
                    os.waitpid(victim, 0)
                except ChildProcessError:
                    pass
            if not victims:
                return

    def _child(self, job: _Job, out_w: int, report_w: int, nonce: str, ruleset: int | None,
               stdin_fd: int | None, stdout_w: int | None) -> None:
        try:
            self._confine(out_w, report_w, ruleset, stdin_fd, stdout_w)
        except _LayerError as e:
            # With the nonce: a program could write a set-up report of its own, to be judged "error".
            _write_all(report_w, json.dumps(["setup", nonce, e.layer, str(e)[:300]]).encode())
            return
        self.harness(job, report_w, nonce, self.fresh_builtins, self.run_dir)

    def _confine(self, out_w: int, report_w: int, ruleset: int | None, stdin_fd: int | None,
                 stdout_w: int | None) -> None:
        """Everything between fork and the program, in this order: process, files, limits, then the
        privilege drop, Landlock and seccomp (the last needs nothing it denies). A stdin/stdout run
        gets its input on fd 0 and its standard output on a pipe of its own; other programs read
        /dev/null and write stdout and stderr to one pipe."""
        os.setsid()  # own session and process group, no controlling terminal
        if not self.pid_init:  # (when the init of a PID namespace dies, the kernel kills the rest)
            _prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        os.dup2(self.devnull if stdin_fd is None else stdin_fd, 0)
        os.dup2(out_w if stdout_w is None else stdout_w, 1)
        os.dup2(out_w, 2)
        os.chdir(self.run_dir)
        for limit, values in self.rlimits:
            resource.setrlimit(limit, values)
        if self.uid is not None:
            try:
                os.setgroups([])
                os.setresgid(self.uid, self.uid, self.uid)
                os.setresuid(self.uid, self.uid, self.uid)  # drops every capability
            except OSError as e:
                raise _LayerError("uid", str(e)) from None
        if ruleset is not None:
            try:
                _sys(_LL_RESTRICT, ruleset, 0)
            except OSError as e:
                raise _LayerError("landlock", str(e)) from None
        os.closerange(3, report_w)
        os.closerange(report_w + 1, max(self.max_fd, report_w + 1))
        if self.seccomp_filter:
            try:
                self.seccomp_filter.install()
            except OSError as e:
                raise _LayerError("seccomp", str(e)) from None


def _expose_interpreter(interpreter_dirs) -> None:
    """In our mount namespace, make the interpreter's directories reachable by the sandbox uid without
    any capability: a directory on their way that others may not enter (e.g. /root for an interpreter
    under /root/.pyenv) is covered by an empty tmpfs into which only the entries leading to the
    interpreter are bind-mounted back. Everything else in it is hidden from the server and children."""
    needed: dict[str, set[str]] = {}  # closed directory -> its entries on the way to the interpreter
    for path in map(os.path.realpath, interpreter_dirs):
        if not os.path.exists(path):  # (a site directory the caller lists need not exist)
            continue
        parts = path.split("/")
        for depth in range(2, len(parts)):
            closed = "/".join(parts[:depth]) or "/"
            if not os.stat(closed).st_mode & 0o001:
                needed.setdefault(closed, set()).add(parts[depth])
                break
    for closed, entries in needed.items():
        kept = {entry: os.open(os.path.join(closed, entry), os.O_PATH | os.O_CLOEXEC) for entry in entries}
        try:
            _mount("tmpfs", closed, "tmpfs", MS_NOSUID | MS_NODEV, "size=64k,nr_inodes=64,mode=0755")
            for entry, fd in kept.items():
                target = os.path.join(closed, entry)
                if os.path.isdir(f"/proc/self/fd/{fd}"):
                    os.mkdir(target, 0o755)
                else:
                    os.close(os.open(target, os.O_CREAT | os.O_WRONLY, 0o644))
                _mount(f"/proc/self/fd/{fd}", target, None, MS_BIND | MS_REC)
        finally:
            for fd in kept.values():
                os.close(fd)


def _enter_user_namespace(flags: int) -> None:
    uid, gid = os.getuid(), os.getgid()
    _unshare(CLONE_NEWUSER | flags)
    for name, text in (("setgroups", "deny"), ("uid_map", f"0 {uid} 1"), ("gid_map", f"0 {gid} 1")):
        with open(f"/proc/self/{name}", "w") as f:
            f.write(text)


def _become_pid_init() -> None:
    """After unshare(CLONE_NEWPID) our next child is init of the new namespace: that child goes on
    as the server. This process only waits for it (same pipes, same process group)."""
    pid = os.fork()
    if pid == 0:
        return
    os.closerange(3, resource.getrlimit(resource.RLIMIT_NOFILE)[0])  # keep no pipe end open
    _, status = os.waitpid(pid, 0)
    os._exit(os.waitstatus_to_exitcode(status) & 0xFF)


def _world_readable(path: str) -> bool:
    """Whether any user can list path and reach it (o+x on every ancestor, o+rx on path itself)."""
    path = os.path.realpath(path)
    if not os.path.isdir(path):
        return True
    mode = os.stat(path).st_mode
    if mode & 0o005 != 0o005:
        return False
    while path != "/":
        path = os.path.dirname(path)
        if not os.stat(path).st_mode & 0o001:
            return False
    return True


def _lowered(limit: int, soft: int, hard: int | None) -> tuple[int, int]:
    """(soft, hard) for setrlimit: the wanted values, never above the current hard limit."""
    hard = soft if hard is None else hard
    _, current = resource.getrlimit(limit)
    if current != resource.RLIM_INFINITY:
        hard = min(hard, current)
    return min(soft, hard), hard


def _children() -> list[int]:
    pid = os.getpid()
    try:
        with open(f"/proc/self/task/{pid}/children") as f:
            return [int(p) for p in f.read().split()]
    except OSError:
        return []


def _force_remove(function, path, _exc_info) -> None:
    """rmtree error handler: a program may have removed permissions from its own files."""
    try:
        os.chmod(os.path.dirname(path), 0o700)
        if os.path.isdir(path) and not os.path.islink(path):
            os.chmod(path, 0o700)
        function(path)
    except OSError:
        pass


def _write_all(fd: int, data: bytes) -> None:
    while data:
        data = data[os.write(fd, data):]


def _watch(pid: int, pipes: dict[int, str], deadline: float, watch: _Watch) -> None:
    """Read the child's pipes (descriptor -> kind, see _Watch.read) until it exits or the deadline passes
    (without reaping it)."""
    try:
        pidfd = os.pidfd_open(pid)
    except (AttributeError, OSError):  # before Linux 5.3: ask waitid every few milliseconds
        pidfd = None
    poller = select.poll()
    for fd in (*pipes, *(() if pidfd is None else (pidfd,))):
        poller.register(fd, select.POLLIN)
    try:
        while not watch.report_too_big:
            left = deadline - time.monotonic()
            if left <= 0:
                watch.timed_out = True
                return
            for fd, _ in poller.poll(math.ceil(1000 * (left if pidfd is not None else min(left, 0.005)))):
                if fd == pidfd:
                    return
                if not watch.read(fd, pipes[fd]):
                    poller.unregister(fd)
            if pidfd is None and os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT):
                return
    finally:
        if pidfd is not None:
            os.close(pidfd)


def _drain(fd: int, watch: _Watch, kind: str) -> None:
    """Read what is left in a pipe after the child exited, without waiting for more."""
    os.set_blocking(fd, False)
    try:
        while not watch.report_too_big and watch.read(fd, kind):
            pass
    except BlockingIOError:
        pass


def _verdict(nonce: str, w: _Watch, timeout_s: float, cpu_limit: int, tests: int):
    """(status, reason, report or None, layer whose set-up failed or None) from what the child left.
    A report is the completed run's error, test outcomes and strict-assert records, for judge()."""
    if w.timed_out:
        return "timeout", f"no result within {timeout_s:g} s (wall clock)", None, None
    code = os.waitstatus_to_exitcode(w.status)
    if code == -signal.SIGXCPU or (code == -signal.SIGKILL and w.cpu_s >= cpu_limit - 0.05):
        return "timeout", f"CPU time limit ({cpu_limit} s) exceeded", None, None
    # "error" means the sandbox could not judge the program, and an unjudged sample goes unpenalised
    # (rewards.UNJUDGED): nothing a program can bring about itself may be an error. Its report pipe
    # holds only what it wrote or recorded, and a signal that kills it is one it sent (os.abort(),
    # os.kill of itself) or caused (a segfault): the sandbox sends only SIGKILL, after the verdict's
    # wall-clock deadline or at the CPU limit, both timeouts above. (A host's OOM killer may send SIGKILL
    # too: rarely, and a failure then is noise where an error would be a way out.)
    if w.report_too_big:
        return "failed", "completion report too large", None, None
    if not w.report:
        if code < 0:
            return "failed", f"killed by {signal.Signals(-code).name}", None, None
        return "failed", f"exited with status {code} before the end of the program and tests", None, None
    try:
        report = _parse_report(w.report)
    except (ValueError, RecursionError):  # json.JSONDecodeError and UnicodeDecodeError are ValueErrors
        return "failed", "malformed completion report", None, None
    if report[0] == "setup":
        if report[1] != nonce:
            return "failed", "set-up report without the run's nonce (forged)", None, None
        return "error", f"sandbox set-up failed ({report[2]}): {report[3]}", None, report[2]
    _, got_nonce, error, outcomes, records = report
    if got_nonce != nonce:
        return "failed", "completion report without the run's nonce (forged or out of order)", None, None
    if code != 0:
        return "failed", f"exit status {code} after the report", None, None
    if len(records) > tests + 1 or len(outcomes) > tests:
        return "failed", "malformed completion report", None, None
    return "failed", "not judged", {"error": error, "outcomes": outcomes, "records": records}, None


def _parse_report(data: bytes) -> list:
    """Parse and shape-check a child's report (untrusted: JSON, then exact types)."""
    report = json.loads(data)
    if type(report) is not list or not report:
        raise ValueError
    if report[0] == "setup" and len(report) == 4 and all(type(x) is str for x in report[1:]):
        return report
    if report[0] != "done" or len(report) != 5:
        raise ValueError
    _, nonce, error, outcomes, records = report
    ok = (type(nonce) is str and (error is None or type(error) is str) and type(outcomes) is list
          and type(records) is list
          and all(type(o) is list and len(o) == 2 and type(o[0]) is bool and type(o[1]) is str for o in outcomes)
          and all(type(source) is list for source in records)
          and all(type(r) is list and len(r) == 2 and type(r[0]) is int and type(r[1]) is str
                  for source in records for r in source))
    if not ok:
        raise ValueError
    return report


def judge(report: dict, sites: list[list[tuple[int, object]]], tests: int) -> tuple[str, str, int]:
    """(status, reason, tests passed) of a completed run, decided where the expected values are (the
    caller; the server only for its self-test). sites: the strict-assert sites [(line, expected)] of
    the program (none when it has tests: then it is not a test), then of each test. A test fails on a
    strict assert whose recorded value differs from its literal, on an exception (an assert that
    failed in the child included), and on a strict assert that never ran."""
    error, outcomes, records = report["error"], report["outcomes"], report["records"]
    wrong: list[str | None] = []  # per source that ran: its first wrong strict assert
    missing: list[str | None] = []  # ... and its first strict assert that never ran
    for source_records, source_sites in zip(records, sites):
        first, seen = None, set()
        for site, text in source_records:
            if not 0 <= site < len(source_sites):
                return "failed", "malformed completion report", 0
            seen.add(site)
            line, expected = source_sites[site]
            try:
                value = _decode(json.loads(text))
                same, shown = value == expected, _short(value)
            except Exception:  # noqa: BLE001 (untrusted data: whatever it raises, the check failed)
                same, shown = False, "a value that is not plain built-in data"
            if first is None and not same:
                first = f"line {line}: got {shown}, expected {_short(expected)}"
        wrong.append(first)
        missing.append(next((f"line {line}: the assert never ran" for i, (line, _) in enumerate(source_sites)
                             if i not in seen), None))
    if not tests:  # the whole program is the one test
        why = wrong[0] or (f"program raised {error}" if error is not None else missing[0])
        return ("failed", why, 0) if why else ("passed", "", 1)
    if error is not None:
        return "failed", f"program raised {error}", 0
    if len(outcomes) != tests:
        return "failed", "malformed completion report", 0
    reasons = [wrong[i + 1] or (missing[i + 1] if ok else why) for i, (ok, why) in enumerate(outcomes)]
    passed = sum(r is None for r in reasons)
    if passed == len(reasons):
        return "passed", "", passed
    first = next(i for i, r in enumerate(reasons) if r is not None)
    return "failed", f"test {first + 1}/{len(reasons)}: {reasons[first]}", passed


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _decode(tree, numbers: bool = True):
    """The value _encode copied (from its tuples, or the lists JSON made of them); raises ValueError on
    anything _encode cannot have produced, and on Decimal and Fraction unless numbers (the child
    does not trust those classes: a program may have patched them)."""
    if (type(tree) is not tuple and type(tree) is not list) or not tree:
        raise ValueError("bad encoding")
    tag, args = tree[0], tree[1:]
    if tag == "N" and not args:
        return None
    if tag == "c" and len(args) == 2 and type(args[0]) is str and type(args[1]) is str:
        return complex(float.fromhex(args[0]), float.fromhex(args[1]))
    if tag == "Q" and len(args) == 2 and numbers:
        import fractions  # only when a program returned a Fraction

        numerator, denominator = _decode(args[0]), _decode(args[1])
        if type(numerator) is int and type(denominator) is int and denominator > 0:
            return fractions.Fraction(numerator, denominator)
    if len(args) == 1:
        a = args[0]
        if (tag == "b" and type(a) is bool) or (tag == "s" and type(a) is str):
            return a
        if type(a) is str and tag in ("i", "f", "y"):
            return int(a, 16) if tag == "i" else float.fromhex(a) if tag == "f" else bytes.fromhex(a)
        if type(a) is str and tag == "D" and numbers:
            import decimal  # only when a program returned a Decimal

            return decimal.Decimal(a)
        if type(a) is tuple or type(a) is list:
            if tag == "l":
                return [_decode(x, numbers) for x in a]
            if tag == "t":
                return tuple(_decode(x, numbers) for x in a)
            if tag == "S":
                return {_decode(x, numbers) for x in a}
            if tag == "F":
                return frozenset(_decode(x, numbers) for x in a)
            if tag == "d":
                return {_decode(k, numbers): _decode(x, numbers) for k, x in a}
    raise ValueError("bad encoding")


# ----------------------------------------------------------------------------------------------
# The harness: runs in the child, after confinement, next to untrusted code
# ----------------------------------------------------------------------------------------------
# What keeps it out of the program's reach:
# * Nothing of it is in the program's namespace: the tests run in namespaces of their own, where
#   the strict asserts call the recorder; the program's module holds only the program's names.
# * An audit hook (sys.addaudithook: it cannot be removed, and runs before any hook the program
#   adds) denies every way to a frame (sys._getframe, sys._current_frames, tb_frame, gi_frame,
#   cr_frame, ag_frame), gc's object graph, ctypes' memory access, tracing, new audit hooks and the
#   test modules that run subinterpreters; signal handlers, which receive a frame, are refused (by
#   seccomp, and by _no_signal_handlers standing in for signal.signal). Without a frame, the
#   harness's locals (the nonce) and the tests' namespaces and builtins are out of reach.
# * The functions below reach everything through global names, rebound in private namespaces
#   (_private_namespace) holding copies of them, of the builtins and of the C functions they call,
#   so that patching builtins, modules or this module's globals changes nothing they do. What a
#   program can reach (the recorder, which a test-less program calls itself, and the signal.signal
#   stand-in) has a namespace of its own, where whatever it changes only changes values it records.
# * The expected values of strict asserts are not in the child at all (rewrite_asserts), so
#   what a program records, or forges, cannot be made to match them but by computing them.

_PRISTINE_BUILTINS = dict(__builtins__ if isinstance(__builtins__, dict) else vars(__builtins__))
_PLAIN_TYPES = (bool, int, float, complex, str, bytes, list, tuple, dict, set, frozenset)
_TRUSTED_DICTS = (OrderedDict, defaultdict, Counter)  # stdlib dicts whose == is dict's
_SEQUENCE_TAGS = {list: "l", tuple: "t", set: "S", frozenset: "F"}
_DICT_VIEWS = (type({}.keys()), type({}.items()))  # compare as sets of their keys / items
_MAX_DEPTH, _MAX_NODES = 40, 200_000
_HEAPTYPE = 1 << 9  # Py_TPFLAGS_HEAPTYPE: a class made by a class statement; others are C types
# The type's own data, not its overridable attributes (for C types also the name and module).
_mro_of, _dict_of = type.__dict__["__mro__"].__get__, type.__dict__["__dict__"].__get__
_flags_of, _module_of, _name_of = (type.__dict__[name].__get__ for name in ("__flags__", "__module__", "__name__"))
_os_write, _os_exit = os.write, os._exit
_json_string = json.encoder.encode_basestring_ascii  # the C function
_getrecursionlimit, _setrecursionlimit, _addaudithook = sys.getrecursionlimit, sys.setrecursionlimit, sys.addaudithook
_RECURSION_LIMIT = sys.getrecursionlimit()
_modules, _path, _module_type, _lines = sys.modules, sys.path, type(sys), linecache.cache
_signal_module = sys.modules["_signal"]
_EPERM = (errno.EPERM, os.strerror(errno.EPERM))
_INTROSPECTION_DISABLED = "frame, gc and ctypes introspection is disabled in the sandbox"
_BLOCKED_EVENTS = {"sys._getframe": ValueError,  # what namedtuple, typing, enum and logging expect
                   **dict.fromkeys(("sys._current_frames", "sys._current_exceptions", "gc.get_objects",
                                    "gc.get_referrers", "gc.get_referents", "sys.settrace", "sys.setprofile",
                                    "sys.addaudithook", "ctypes.dlsym", "ctypes.dlsym/handle",
                                    "ctypes.addressof", "ctypes.call_function", "ctypes.cdata",
                                    "ctypes.cdata/buffer", "ctypes.string_at", "ctypes.wstring_at",
                                    "ctypes.PyObj_FromPtr"), RuntimeError),
                   "ctypes.dlopen": ImportError}  # what numpy expects of ctypes it cannot load
_FRAME_ATTRIBUTES = frozenset(("tb_frame", "gi_frame", "cr_frame", "ag_frame"))
# CPython's test modules; subinterpreters; a fresh _signal (its signal() would bypass _no_signal_handlers).
_BLOCKED_MODULES = ("_test", "_xx", "_ctypes_test", "_signal")
_records: list = []
_HARNESS_NAMES = ("_PRISTINE_BUILTINS", "_PLAIN_TYPES", "_TRUSTED_DICTS", "_SEQUENCE_TAGS", "_DICT_VIEWS",
                  "_MAX_DEPTH", "_MAX_NODES", "_HEAPTYPE", "_mro_of", "_dict_of", "_flags_of", "_module_of",
                  "_name_of", "_os_write", "_os_exit", "_json_string", "_getrecursionlimit",
                  "_setrecursionlimit", "_addaudithook", "_RECURSION_LIMIT", "_modules", "_path", "_module_type",
                  "_lines", "_INTROSPECTION_DISABLED", "_BLOCKED_EVENTS", "_FRAME_ATTRIBUTES", "_BLOCKED_MODULES",
                  "RECORD_NAME", "EQUAL_NAME", "PROGRAM_MODULE", "RECURSION_LIMIT_CAP", "_signal_module", "_EPERM")
_HARNESS_FUNCTIONS = ("_harness", "_audit", "_text", "_to_json")
_EXPOSED_FUNCTIONS = ("_record", "_equal", "_encode", "_decode", "_plain_type", "_to_json", "_no_signal_handlers")


def _private_namespace() -> dict:
    """The harness's namespace, and (as _exposed_namespace in it) that of the functions a program may
    reach: the recorder and the stand-in for signal.signal."""
    exposed = _copied_functions(_EXPOSED_FUNCTIONS)
    ns = _copied_functions(_HARNESS_FUNCTIONS)
    ns["_exposed_namespace"] = exposed
    return ns


def _copied_functions(names) -> dict:
    ns = {name: globals()[name] for name in _HARNESS_NAMES}
    ns.update(_PRISTINE_BUILTINS=dict(_PRISTINE_BUILTINS), _SEQUENCE_TAGS=dict(_SEQUENCE_TAGS),  # copies
              _BLOCKED_EVENTS=dict(_BLOCKED_EVENTS), __builtins__=dict(_PRISTINE_BUILTINS), _records=[])
    for name in names:
        f = globals()[name]
        ns[name] = types.FunctionType(f.__code__, ns, name, f.__defaults__, f.__closure__)
    return ns


def _harness(job, report_fd, nonce, fresh_builtins, run_dir):
    """Run the program as module __sandbox__, then each test in a fresh namespace; report over the
    private pipe, with the run's nonce; exit. fresh_builtins: unused copies of the builtins, one for
    the program and one for each test."""
    _addaudithook(_audit)
    # A signal handler receives the frame that runs, the harness's included. Seccomp denies
    # installing one (rt_sigaction); this holds where seccomp is unavailable.
    _signal_module.signal = _exposed_namespace["_no_signal_handlers"]
    # Read before any program code runs: the program could replace _Job's descriptors.
    code, tests, entry_point, source, stdio = job.code, job.tests, job.entry_point, job.source, job.stdio
    # A stdin/stdout program is a script: __main__, so that ``if __name__ == "__main__": main()`` runs main().
    name = "__main__" if stdio else PROGRAM_MODULE
    module = _module_type(name)
    program = module.__dict__
    program["__builtins__"] = fresh_builtins[0]
    _modules[name] = module  # for dataclasses, typing.get_type_hints, pickle
    _lines["<program>"] = (len(source), None, str.splitlines(source, True), "<program>")  # for inspect
    _path.insert(0, run_dir)  # modules the program writes there
    recorder, equal = _exposed_namespace["_record"], _exposed_namespace["_equal"]
    current = []
    _exposed_namespace["_records"] = current
    records = [current]  # strict-assert values: of the program, then of each test
    if not tests and not stdio:  # a test-less program is its own test: its strict asserts call the recorder
        program[RECORD_NAME], program[EQUAL_NAME] = recorder, equal
    error = None
    try:
        exec(code, program)  # noqa: S102 (running it is the point)
    except BaseException as e:  # noqa: BLE001 (SystemExit and KeyboardInterrupt too: all are failures)
        # A script judged by its output may end with sys.exit(), sys.exit(0) or exit(), as scripts do.
        # (Exact types only: nothing of the program's runs here.)
        if not (stdio and type(e) is SystemExit and (e.code is None or (type(e.code) is int and e.code == 0))):
            error = _text(e)
    threading = dict.get(_modules, "threading")
    if stdio and error is None and threading is not None:
        # A script ends when its last non-daemon thread does, as Python joins them at exit: scripts run
        # main() in a thread with a larger stack (for deep recursion), and print from it. (Whatever of the
        # program runs here could have run in exec above.)
        try:
            threading._shutdown()
        except BaseException as e:  # noqa: BLE001
            error = _text(e)
    limit = _getrecursionlimit()  # the program's own setting, kept for its tests (capped)
    limit = limit if limit <= RECURSION_LIMIT_CAP else RECURSION_LIMIT_CAP
    outcomes = []
    if error is None:
        for test, builtins in zip(tests, fresh_builtins[1:]):
            _setrecursionlimit(limit)
            # The tests see the program's names, except those shadowing a builtin (but the entry point).
            scope = {k: v for k, v in dict.items(program)
                     if type(k) is str and (k not in _PRISTINE_BUILTINS or k == entry_point)}
            scope["__builtins__"] = builtins
            scope[RECORD_NAME], scope[EQUAL_NAME] = recorder, equal
            current = []
            _exposed_namespace["_records"] = current
            records.append(current)
            try:
                exec(test, scope)  # noqa: S102
                outcomes.append((True, ""))
            except BaseException as e:  # noqa: BLE001
                outcomes.append((False, _text(e)))
    _setrecursionlimit(_RECURSION_LIMIT)
    # Only what the recorder makes: a test-less program can reach its lists and add anything.
    kept = tuple(tuple(r for r in source_records if type(r) is tuple and len(r) == 2 and type(r[0]) is int
                       and type(r[1]) is str) for source_records in records)
    data = str.encode(_to_json(("done", nonce, error, tuple(outcomes), kept)), "ascii")
    while data:
        data = data[_os_write(report_fd, data):]
    _os_exit(0)


def _audit(event, args):
    """The child's audit hook: see the comment above _PRISTINE_BUILTINS."""
    blocked = _BLOCKED_EVENTS.get(event)
    if blocked is not None:
        raise blocked(_INTROSPECTION_DISABLED)
    if event == "object.__getattr__" and args[1] in _FRAME_ATTRIBUTES:
        raise AttributeError(_INTROSPECTION_DISABLED)
    if event == "import" and str.startswith(str.__str__(args[0]), _BLOCKED_MODULES):
        raise ImportError(_INTROSPECTION_DISABLED)


def _record(site, value):
    """What a strict assert calls: records a type-tagged copy of value (JSON text) for the caller,
    which compares it with the literal. Copied now, since the program may change the object later."""
    _records.append((int.__index__(site), _to_json(_encode(value))))


def _equal(left, right, message=None):
    """``assert left == right`` where neither side is a literal. When either side is plain data, both
    must be, and they are compared as such (decoded copies): a program's object whose ``__eq__``
    always says True does not pass against plain test data. Objects that are neither (two dataclass
    instances, say) compare with their own ``==``, as do Decimal and Fraction values."""
    encoded = (_encode(left), _encode(right))
    if encoded[0] is None and encoded[1] is None:
        same = left == right
    elif encoded[0] is None or encoded[1] is None:
        same = False
    else:
        try:
            same = _decode(encoded[0], False) == _decode(encoded[1], False)
        except ValueError:
            same = left == right
    if not same:
        raise AssertionError(*(() if message is None else (message(),)))


def _no_signal_handlers(*_args):
    """signal.signal in the child: as under seccomp."""
    raise PermissionError(*_EPERM)


def _text(exc) -> str:
    """'Type: message' of an exception from untrusted code, as a plain str of bounded length."""
    try:
        text = f"{type(exc).__name__}: {exc}"  # an f-string is an exact str whatever __str__ returns
    except BaseException:  # noqa: BLE001 (its __str__ is the program's code)
        text = "an exception that cannot be printed"
    return text[:300]


def _plain_type(t):
    """The built-in type whose == instances of t use, or None when t or a base redefines equality."""
    for c in _mro_of(t):
        for plain in _PLAIN_TYPES:
            if c is plain:
                return plain
        for trusted in _TRUSTED_DICTS:
            if c is trusted:
                return dict
        namespace = _dict_of(c)
        if "__eq__" in namespace or "__ne__" in namespace:
            return None
    return None


def _encode(value):
    """A type-tagged copy of plain built-in data (nested tuples of tags, str and bool), read from
    the objects' own storage; None if value is anything else, too deep or too big. Numbers of other
    types are copied by value: numpy scalars (through their C item()), Decimal, Fraction; dict key
    and item views as the sets they compare as."""
    budget = [_MAX_NODES]

    def walk(v, depth):
        budget[0] -= 1
        if depth > _MAX_DEPTH or budget[0] < 0:
            raise ValueError("too large")
        if v is None:
            return ("N",)
        t = type(v)
        plain = _plain_type(t)
        if plain is None:
            return other(v, t, depth)
        if plain is bool:
            return ("b", v)
        if plain is int:
            return ("i", hex(v))
        if plain is float:
            return ("f", float.hex(v))
        if plain is complex:
            real, imag = complex.__getnewargs__(v)
            return ("c", float.hex(real), float.hex(imag))
        if plain is str:
            return ("s", str.__str__(v))
        if plain is bytes:
            return ("y", bytes.hex(bytes.__bytes__(v)))
        if plain is dict:
            return ("d", tuple((walk(k, depth + 1), walk(x, depth + 1)) for k, x in dict.items(v)))
        return (_SEQUENCE_TAGS[plain], tuple(walk(x, depth + 1) for x in plain.__iter__(v)))

    def other(v, t, depth):
        for view in _DICT_VIEWS:
            if t is view:
                return ("S", tuple(walk(x, depth + 1) for x in view.__iter__(v)))
        if not _flags_of(t) & _HEAPTYPE:  # a C type: its name and methods are not the program's
            if _module_of(t) == "decimal" and _name_of(t) == "Decimal":
                return ("D", str.__str__(t.__str__(v)))
            if any(_module_of(c) == "numpy" and _name_of(c) == "generic" for c in _mro_of(t)):
                return walk(t.item(v), depth + 1)  # the Python bool, int, float, complex, str or bytes
        fractions = _modules.get("fractions")
        if fractions is not None and t is fractions.Fraction:  # (a fake module's class only records its own values)
            slots = _dict_of(t)
            return ("Q", walk(slots["_numerator"].__get__(v, t), depth + 1),
                    walk(slots["_denominator"].__get__(v, t), depth + 1))
        raise ValueError("not plain data")

    try:
        return walk(value, 0)
    except Exception:  # noqa: BLE001 (anything odd about the value makes it not plain data)
        return None


def _to_json(x) -> str:
    """JSON text of nested tuples of exact str, int, bool and None (no user code runs)."""
    if x is None:
        return "null"
    if x is True or x is False:
        return "true" if x else "false"
    if type(x) is str:
        return _json_string(x)
    if type(x) is int:
        return int.__repr__(x)
    return "[" + ",".join([_to_json(item) for item in x]) + "]"


class _Output(io.RawIOBase):
    """A child's fd 1 or 2 under sys.stdout/stderr: what cannot be written (the program closed the
    descriptor) is dropped, as by a terminal that went away, instead of failing the program."""

    def __init__(self, fd: int):
        super().__init__()
        self.fd = fd

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self.fd

    def write(self, data) -> int:
        try:
            return os.write(self.fd, data)
        except OSError:
            return len(data)


# ----------------------------------------------------------------------------------------------
# Entry points
# ----------------------------------------------------------------------------------------------


def _serve(cfg: dict) -> None:
    """Worker server: JSON request lines on stdin, JSON answer lines on stdout."""
    requests = os.fdopen(os.dup(0), "rb")
    answers = os.fdopen(os.dup(1), "wb")
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.dup2(2, 1)  # a stray print goes to stderr, never into the protocol
    os.close(devnull)

    sys.argv = [""]
    sys.path += [d for d in cfg["site_dirs"] if d not in sys.path]  # what site would add (-S left it out)

    def answer(obj: dict) -> None:
        answers.write(json.dumps(obj).encode() + b"\n")
        answers.flush()

    try:
        server = _Server(cfg)
        # Process-wide state every child inherits: unbuffered stdout/stderr (children end with
        # os._exit), the environment programs see, and no SIGINT handler (so that asyncio, finding
        # none, does not try to install one: seccomp denies signal handlers).
        for name, fd in (("stdout", 1), ("stderr", 2)):
            setattr(sys, name, io.TextIOWrapper(_Output(fd), encoding="utf-8", errors="backslashreplace",
                                                write_through=True))
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.environ.clear()
        os.environ.update(PATH="/usr/local/bin:/usr/bin:/bin", HOME=server.run_dir, TMPDIR=server.run_dir,
                          USER="sandbox", LOGNAME="sandbox", LANG="C.UTF-8")
        # Threads are limited (RLIMIT_NPROC): numeric libraries (numpy's OpenBLAS) must not start a pool.
        os.environ.update(OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
        warm_up()
        server.self_test()
    except Exception as e:  # noqa: BLE001 (reported to the caller, which raises it)
        answer({"fatal": f"{type(e).__name__}: {e}"})
        return
    answer({"layers": server.layers, "missing": server.missing})
    for line in requests:
        request = json.loads(line)
        try:
            result = server.run(request)[0]
        except Exception as e:  # noqa: BLE001 (e.g. fork failing on a machine out of memory: say so, go on)
            import traceback  # only here, for the same reason as shutil above

            traceback.print_exc()
            result = _result("error", f"sandbox: {type(e).__name__}: {e}", 0, len(request["tests"]) or 1)
        if server.broken:  # the caller replaces this server before giving it another program
            result["restart"] = server.broken
        answer(result)
        if server.broken:
            return


def main(argv: list[str]) -> int:
    if argv[:1] != ["--serve"] or len(argv) != 2:
        print("usage: python -I -S sandbox_server.py --serve CONFIG_JSON (started by rlhf_code.sandbox)",
              file=sys.stderr)
        return 2
    _serve(json.loads(argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
