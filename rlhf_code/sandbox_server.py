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

LAYERS = ("netns", "pidns", "tmpfs", "uid", "landlock", "seccomp")

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
_c_capset = _c_function("capset", ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
# fork(2) without CPython's after-fork hooks (re-initialising threading, logging and random state),
# which cost a child ~190 copy-on-write faults, about a third of its set-up. Safe in a server:
# it never starts a second thread, so no lock is held across the fork; PyDLL keeps the GIL held.
# (So every child starts from the server's random-module state: runs are reproducible.)
fork_without_hooks = ctypes.PyDLL(None, use_errno=True).fork
fork_without_hooks.restype, fork_without_hooks.argtypes = ctypes.c_int, ()

CLONE_NEWNS, CLONE_NEWUSER, CLONE_NEWPID, CLONE_NEWNET = 0x20000, 0x10000000, 0x20000000, 0x40000000
MS_NOSUID, MS_NODEV, MS_NOEXEC, MS_REC, MS_PRIVATE = 0x2, 0x4, 0x8, 0x4000, 0x40000
PR_SET_PDEATHSIG, PR_SET_KEEPCAPS, PR_GET_SECCOMP, PR_SET_SECCOMP = 1, 8, 21, 22
PR_SET_CHILD_SUBREAPER, PR_SET_NO_NEW_PRIVS = 36, 38
CAP_DAC_READ_SEARCH, CAP_SETGID, CAP_SETUID = 2, 6, 7
# capset(2) arguments keeping only CAP_DAC_READ_SEARCH (version 3 header, this thread).
_CAPS_HEADER = ctypes.create_string_buffer(struct.pack("=Ii", 0x20080522, 0), 8)
_CAPS_READ_ONLY = ctypes.create_string_buffer(struct.pack("=6I", *[1 << CAP_DAC_READ_SEARCH] * 2, 0, 0, 0, 0), 24)


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


def _has_cap(cap: int) -> bool:
    with open("/proc/self/status") as f:
        eff = next(int(line.split()[1], 16) for line in f if line.startswith("CapEff:"))
    return bool(eff >> cap & 1)


# Landlock (same syscall numbers on every architecture).
_LL_CREATE, _LL_ADD_RULE, _LL_RESTRICT = 444, 445, 446
_LL_EXECUTE, _LL_WRITE_FILE, _LL_REFER, _LL_TRUNCATE, _LL_IOCTL_DEV = 1 << 0, 1 << 1, 1 << 13, 1 << 14, 1 << 15
_LL_WRITES_V1 = sum(1 << b for b in (1, 4, 5, 6, 7, 8, 9, 10, 11, 12))  # write, remove, make-*


def _landlock_abi() -> int:
    try:
        return _sys(_LL_CREATE, None, 0, 1)  # LANDLOCK_CREATE_RULESET_VERSION
    except OSError:
        return 0


def _landlock_restrict(abi: int, run_dir: str) -> None:
    """Handle every write right (and execute): grant them under run_dir only, and write on /dev/null."""
    fs = _LL_EXECUTE | _LL_WRITES_V1 | (_LL_REFER if abi >= 2 else 0) | (_LL_TRUNCATE if abi >= 3 else 0)
    fs |= _LL_IOCTL_DEV if abi >= 5 else 0
    net = 0b11 if abi >= 4 else 0  # bind and connect TCP
    scoped = 0b11 if abi >= 6 else 0  # abstract Unix sockets and signals
    attr = struct.pack("=QQQ", fs, net, scoped)[: 8 if abi < 4 else 16 if abi < 6 else 24]
    ruleset = _sys(_LL_CREATE, attr, len(attr), 0)
    try:
        dev_null = _LL_WRITE_FILE | (_LL_TRUNCATE if abi >= 3 else 0)
        for path, allowed in ((run_dir, fs & ~_LL_EXECUTE), (os.devnull, dev_null)):
            fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
            try:
                _sys(_LL_ADD_RULE, ruleset, 1, struct.pack("=Qi", allowed, fd), 0)  # PATH_BENEATH
            finally:
                os.close(fd)
        _sys(_LL_RESTRICT, ruleset, 0)
    finally:
        os.close(ruleset)


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
ioctl 16 29
"""
_SECCOMP_ARCH = {"x86_64": (0xC000003E, 0), "aarch64": (0xC00000B7, 1)}  # AUDIT_ARCH_*, table column
_SELF_ONLY = ("kill", "tkill", "tgkill", "rt_sigqueueinfo", "rt_tgsigqueueinfo")  # arg 0 must be our pid
_UNIX_ONLY = ("socket", "socketpair")  # arg 0 must be AF_UNIX
_TERMINAL_INJECTION = (0x5412, 0x541C)  # ioctl TIOCSTI, TIOCLINUX


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
    """The BPF filter: kill on a foreign ABI, EPERM for the denied calls, allow the rest."""
    audit_arch = _SECCOMP_ARCH[arch][0]
    nr = _syscall_numbers(arch)
    ld, jeq, jge, ret = 0x20, 0x15, 0x35, 0x06  # BPF_LD|W|ABS, BPF_JMP|JEQ|K, BPF_JMP|JGE|K, BPF_RET|K
    allow, deny, kill = 0x7FFF0000, 0x00050000 | errno.EPERM, 0x80000000
    arg0, arg1 = 16, 24  # low 32 bits of args[0], args[1] in struct seccomp_data (little-endian)
    code: list[tuple] = [(ld, 0, 0, 4), (jeq, 1, 0, audit_arch), (ret, 0, 0, kill), (ld, 0, 0, 0)]
    if arch == "x86_64":
        code.append((jge, "deny", 0, 0x40000000))  # x32 ABI
    special = set(_SELF_ONLY) | set(_UNIX_ONLY) | {"ioctl"}
    code += [(jeq, "deny", 0, n) for name, n in nr.items() if name not in special]
    code += [(jeq, "self", 0, nr[name]) for name in _SELF_ONLY]
    code += [(jeq, "unix", 0, nr[name]) for name in _UNIX_ONLY]
    code += [(jeq, "ioctl", 0, nr["ioctl"]), (ret, 0, 0, allow),
             "self", (ld, 0, 0, arg0), (jeq, "allow", "deny", own_pid),
             "unix", (ld, 0, 0, arg0), (jeq, "allow", "deny", 1),  # AF_UNIX
             "ioctl", (ld, 0, 0, arg1), (jeq, "deny", 0, _TERMINAL_INJECTION[0]),
             (jeq, "deny", "allow", _TERMINAL_INJECTION[1]),
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
_STRICT_NAME = "__sandbox_strict__"


def warm_up() -> None:
    """Import WARM_MODULES, then freeze every object so far: the children's garbage collections
    then skip (so do not touch, and copy) the server's objects."""
    for name in WARM_MODULES:
        try:
            __import__(name)
        except ImportError:
            pass
    gc.freeze()


_CHECKER_REPLACED = "the strict assert checker was replaced during the run"
_MAX_REPORT_BYTES = 8 << 20


class _LayerError(Exception):
    def __init__(self, layer: str, message: str):
        super().__init__(message)
        self.layer = layer


class _Rejected(Exception):
    """A program or test that cannot be compiled: (status, reason)."""


class _Job:
    """A compiled request. sites: strict-assert sites, site number -> (line, literal): of the program
    when it has no tests (it is then its own single test), else of each test."""

    __slots__ = ("code", "entry_point", "sites", "tests")

    def __init__(self, code: types.CodeType, tests: tuple[types.CodeType, ...], entry_point: str,
                 sites: list[list[tuple[int, object]]]):
        self.code, self.tests, self.entry_point, self.sites = code, tests, entry_point, sites


class _StrictAsserts(ast.NodeTransformer):
    """Rewrites ``assert <expr> == <literal>`` into ``__sandbox_strict__(site, <expr>, <literal>)``."""

    def __init__(self):
        self.sites: list[tuple[int, object]] = []

    def visit_Assert(self, node: ast.Assert):
        test = node.test
        if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.Eq)):
            return node
        for expr, literal in ((test.left, test.comparators[0]), (test.comparators[0], test.left)):
            try:
                expected = ast.literal_eval(literal)
            except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
                continue
            self.sites.append((node.lineno, expected))
            where = {"lineno": node.lineno, "col_offset": node.col_offset}
            call = ast.Call(ast.Name(_STRICT_NAME, ast.Load(), **where),
                            [ast.Constant(len(self.sites) - 1, **where), expr, literal], [], **where)
            return ast.Expr(call, **where)
        return node


# Every compile() here passes dont_inherit=True: without it, this module's own
# ``from __future__ import annotations`` would apply to the programs (their annotations turned to strings).
def _compile_strict(text: str, filename: str) -> tuple[types.CodeType, list[tuple[int, object]]]:
    tree = ast.parse(text, filename)
    rewriter = _StrictAsserts()
    return compile(rewriter.visit(tree), filename, "exec", dont_inherit=True), rewriter.sites


_COMPILE_ERRORS = (SyntaxError, ValueError, OverflowError, MemoryError, RecursionError)
_TEST_CACHE_SIZE = 4096  # compiled tests by text: every sample of a task shares them


def _compile_job(request: dict, cache: dict) -> _Job:
    tests, code = request["tests"], request["code"]
    try:
        if tests:  # the program itself is compiled as is (no AST round trip: it is the hot path)
            program, sites = compile(code, "<program>", "exec", dont_inherit=True), []
        else:
            program, program_sites = _compile_strict(code, "<program>")
            sites = [program_sites]
    except _COMPILE_ERRORS as e:
        raise _Rejected("failed", f"program does not compile: {_syntax_error(e)}") from None
    compiled = []
    for i, text in enumerate(tests):
        if text not in cache:
            try:
                cache[text] = _compile_strict(text, f"<test {i + 1}>")
            except _COMPILE_ERRORS as e:
                raise _Rejected("error", f"test {i + 1} does not compile: {_syntax_error(e)}") from None
            if len(cache) > _TEST_CACHE_SIZE:
                cache.pop(next(iter(cache)))
        compiled.append(cache[text][0])
        sites.append(cache[text][1])
    return _Job(program, tuple(compiled), request["entry_point"], sites)


def _syntax_error(e: Exception) -> str:
    line = f" (line {e.lineno})" if isinstance(e, SyntaxError) and e.lineno else ""
    return f"{type(e).__name__}: {getattr(e, 'msg', None) or e}{line}"


class _Watch:
    """What the server saw of one child."""

    def __init__(self, max_output: int):
        self.max_output = max_output
        self.output = bytearray()
        self.output_dropped = False
        self.report = bytearray()
        self.report_too_big = False
        self.timed_out = False
        self.status = 0  # wait status
        self.cpu_s = 0.0

    def read(self, fd: int, is_output: bool) -> bool:
        """Read one chunk from the child's output or report pipe; False at end of file."""
        chunk = os.read(fd, 1 << 16)
        if is_output:
            self.output_dropped |= len(self.output) + len(chunk) > self.max_output
            self.output.extend(chunk[: max(0, self.max_output - len(self.output))])
        else:
            self.report.extend(chunk)
            self.report_too_big |= len(self.report) > _MAX_REPORT_BYTES
        return bool(chunk)


class _Server:
    """One worker: isolation set up once, then one forked child per program."""

    def __init__(self, cfg: dict):
        self.cfg = cfg
        self.layers: dict[str, str] = {}
        self.missing: dict[str, str] = {name: "disabled in SandboxConfig" for name in cfg["disable"]}
        self.devnull = os.open(os.devnull, os.O_RDWR)
        self.max_fd = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
        self.run_dir = os.path.join(cfg["run_root"], "run")
        self.counter = 0  # stale run directories
        self.test_cache: dict = {}
        self.userns = False
        self.pid_init = self._namespaces()
        if not self.pid_init:  # orphans are re-parented to us, so that we can kill them
            _prctl(PR_SET_CHILD_SUBREAPER, 1)
        self.uid, self.keep_read = self._uid_layer()
        self.landlock_abi = self._landlock_layer()
        self.seccomp_filter = self._seccomp_layer()
        cpu = self.cpu_limit()
        self.rlimits = [(limit, _lowered(limit, soft, hard)) for limit, soft, hard in (
            (resource.RLIMIT_CPU, cpu, cpu + 1), (resource.RLIMIT_AS, cfg["memory_mb"] << 20, None),
            (resource.RLIMIT_FSIZE, cfg["file_size_mb"] << 20, None),
            (resource.RLIMIT_NOFILE, cfg["max_open_files"], None), (resource.RLIMIT_CORE, 0, None),
            (resource.RLIMIT_NPROC, 0, None))]
        self.layers["rlimits"] = (f"{cfg['memory_mb']} MiB address space, {cpu} s CPU, files <= "
                                  f"{cfg['file_size_mb']} MiB, {cfg['max_open_files']} open files, "
                                  "no core dumps, NPROC 0")
        self.layers["env"] = "empty environment, fresh run directory as cwd, HOME and TMPDIR"
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
        """Enter new network/mount/PID namespaces; True if we are now init of our own PID namespace."""
        wanted = {"netns": CLONE_NEWNET, "tmpfs": CLONE_NEWNS, "pidns": CLONE_NEWPID}
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
        if flags & CLONE_NEWPID:
            _become_pid_init()
        private_proc = False
        if flags & CLONE_NEWNS:
            try:
                _mount(None, "/", None, MS_REC | MS_PRIVATE)  # nothing we mount propagates to the host
                _mount("tmpfs", self.cfg["run_root"], "tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC,
                       f"size={self.cfg['tmpfs_mb']}m,nr_inodes=16384,mode=0711")
                self.layers["tmpfs"] = f"{self.cfg['tmpfs_mb']} MiB tmpfs for run directories" + how
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

    def _uid_layer(self) -> tuple[int | None, bool]:
        if not self._wanted("uid"):
            return None, False
        if self.userns:
            self.missing["uid"] = "a user namespace maps a single uid"
            return None, False
        if not (_has_cap(CAP_SETUID) and _has_cap(CAP_SETGID)):
            self.missing["uid"] = "needs root (CAP_SETUID, CAP_SETGID)"
            return None, False
        keep_read = not all(_world_readable(p) for p in self.cfg["interpreter_dirs"])
        if keep_read and not _has_cap(CAP_DAC_READ_SEARCH):
            self.missing["uid"] = "the interpreter is not readable by other users"
            return None, False
        if keep_read:  # children keep their capabilities across setresuid(), then drop all but one
            _prctl(PR_SET_KEEPCAPS, 1)
        uid = self.cfg["uid"]
        self.layers["uid"] = f"uid/gid {uid}" + (
            ", keeping CAP_DAC_READ_SEARCH (the interpreter is in a directory only root can read)" if keep_read
            else "")
        return uid, keep_read

    def _landlock_layer(self) -> int:
        if not self._wanted("landlock"):
            return 0
        abi = _landlock_abi()
        if abi < 1:
            self.missing["landlock"] = "not supported or not enabled by this kernel"
            return 0
        self.layers["landlock"] = (f"ABI {abi}: writes only in the run directory, no execve"
                                   + (", no TCP" if abi >= 4 else "")
                                   + (", no signals or abstract sockets outside" if abi >= 6 else ""))
        return abi

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
        self.layers["seccomp"] = (f"{arch} filter: no exec, fork, threads, ptrace, signals to other "
                                  "processes, non-Unix sockets, mounts or namespaces")
        return _SeccompFilter(arch)

    def self_test(self) -> None:
        """Run a trivial program; a layer whose set-up fails in the child is dropped (and reported)."""
        for _ in LAYERS:
            result, failed_layer = self.run({"code": "x = 1", "tests": ["assert x == 1"], "entry_point": ""})
            if result["status"] == "passed":
                return
            if failed_layer not in self.layers:
                raise RuntimeError(f"sandbox self-test failed: {result['reason']} {result['output']}")
            self.missing[failed_layer] = f"set-up failed: {result['reason']}"
            del self.layers[failed_layer]
            if failed_layer == "uid":
                self.uid = None
            elif failed_layer == "landlock":
                self.landlock_abi = 0
            elif failed_layer == "seccomp":
                self.seccomp_filter = None
        raise RuntimeError("sandbox self-test failed")

    def run(self, request: dict) -> tuple[dict, str | None]:
        """Run one program; returns the result fields and the layer whose set-up failed, if any."""
        total = len(request["tests"]) or 1
        try:
            job = _compile_job(request, self.test_cache)
        except _Rejected as e:
            status, reason = e.args
            return _result(status, reason, 0, total), None
        while len(self.fresh_builtins) <= len(job.tests):
            self.fresh_builtins.append(dict(_PRISTINE_BUILTINS))
        self._fresh_run_dir()
        try:
            return self._execute(job, total)
        finally:
            try:
                os.rmdir(self.run_dir)  # the usual case: the program left nothing
            except OSError:
                import shutil  # only here: imported, it would make every later fork copy its pages

                shutil.rmtree(self.run_dir, onerror=_force_remove)

    def _fresh_run_dir(self) -> None:
        """The run directory: always the same path (so cwd, HOME and TMPDIR are set once), new each time."""
        if os.path.lexists(self.run_dir):  # a leftover we could not delete: move it out of the way
            self.counter += 1
            os.rename(self.run_dir, f"{self.run_dir}.stale{self.counter}")
        os.mkdir(self.run_dir, 0o700)
        if self.uid is not None:
            os.chown(self.run_dir, self.uid, self.uid)

    def _execute(self, job: _Job, total: int) -> tuple[dict, str | None]:
        out_r, out_w = os.pipe()
        report_r, report_w = os.pipe()
        # In the child's memory, not on a file descriptor: a program could read a descriptor (all
        # the child has are numbered from 3) and forge a report with it before exiting.
        nonce = os.urandom(16).hex()
        start = time.monotonic()
        pid = _check(fork_without_hooks(), "fork")
        if pid == 0:  # the child: never returns
            try:
                self._child(job, out_w, report_w, nonce)
            finally:
                os._exit(1)
        os.close(out_w)
        os.close(report_w)
        watch = _Watch(self.cfg["max_output_bytes"])
        try:
            _watch(pid, out_r, report_r, start + self.cfg["timeout_s"], watch)
        finally:
            # Kill before reaping anything: until the child is reaped its pid cannot be reused,
            # so -pid still names its process group.
            self._kill_all(pid)
            for fd, is_output in ((out_r, True), (report_r, False)):
                _drain(fd, watch, is_output)
                os.close(fd)
            _, watch.status, usage = os.wait4(pid, 0)
            watch.cpu_s = usage.ru_utime + usage.ru_stime
            self._reap_all()
        status, reason, passed, failed_layer = _verdict(job, nonce, watch, self.cfg["timeout_s"],
                                                        self.cpu_limit())
        output = watch.output.decode("utf-8", "replace") + ("\n[output truncated]" if watch.output_dropped else "")
        return _result(status, reason, passed, total, output, round(time.monotonic() - start, 4)), failed_layer

    def _kill_all(self, pid: int) -> None:
        """Kill the program and everything it started (nothing is reaped here)."""
        victims = [-pid, pid]  # its process group, and itself in case it left the group
        # Under seccomp a program cannot start a process (fork, clone and exec are denied), so there
        # is nothing else to look for; kill(-1) would cost a walk over every process on the host.
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

    def _child(self, job: _Job, out_w: int, report_w: int, nonce: str) -> None:
        try:
            self._confine(out_w, report_w)
        except _LayerError as e:
            _write_all(report_w, json.dumps(["setup", e.layer, str(e)[:300]]).encode())
            return
        self.harness(job.code, job.tests, job.entry_point, report_w, nonce, self.fresh_builtins)

    def _confine(self, out_w: int, report_w: int) -> None:
        """Everything between fork and the program, in this order: process, files, limits, then the
        privilege drop, Landlock and seccomp (the last needs nothing it denies)."""
        os.setsid()  # own session and process group, no controlling terminal
        if not self.pid_init:  # (when the init of a PID namespace dies, the kernel kills the rest)
            _prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        os.dup2(self.devnull, 0)
        os.dup2(out_w, 1)
        os.dup2(out_w, 2)
        os.closerange(3, report_w)
        os.closerange(report_w + 1, max(self.max_fd, report_w + 1))
        os.chdir(self.run_dir)
        for limit, values in self.rlimits:
            resource.setrlimit(limit, values)
        if self.uid is not None:
            try:
                os.setgroups([])
                os.setresgid(self.uid, self.uid, self.uid)
                os.setresuid(self.uid, self.uid, self.uid)
                if self.keep_read:
                    _check(_c_capset(_CAPS_HEADER, _CAPS_READ_ONLY), "capset")
            except OSError as e:
                raise _LayerError("uid", str(e)) from None
        if self.landlock_abi:
            try:
                _landlock_restrict(self.landlock_abi, self.run_dir)
            except OSError as e:
                raise _LayerError("landlock", str(e)) from None
        if self.seccomp_filter:
            try:
                self.seccomp_filter.install()
            except OSError as e:
                raise _LayerError("seccomp", str(e)) from None


def _enter_user_namespace(flags: int) -> None:
    uid, gid = os.getuid(), os.getgid()
    _unshare(CLONE_NEWUSER | flags)
    for name, text in (("setgroups", "deny"), ("uid_map", f"0 {uid} 1"), ("gid_map", f"0 {gid} 1")):
        with open(f"/proc/self/{name}", "w") as f:
            f.write(text)


def _tracing_disabled(*_args) -> None:
    raise RuntimeError("tracing and profiling are disabled in the sandbox")


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


def _watch(pid: int, out_r: int, report_r: int, deadline: float, watch: _Watch) -> None:
    """Read the child's output and report until it exits or the deadline passes (without reaping it)."""
    try:
        pidfd = os.pidfd_open(pid)
    except (AttributeError, OSError):  # before Linux 5.3: ask waitid every few milliseconds
        pidfd = None
    poller = select.poll()
    for fd in (out_r, report_r) + (() if pidfd is None else (pidfd,)):
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
                if not watch.read(fd, fd == out_r):
                    poller.unregister(fd)
            if pidfd is None and os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT):
                return
    finally:
        if pidfd is not None:
            os.close(pidfd)


def _drain(fd: int, watch: _Watch, is_output: bool) -> None:
    """Read what is left in a pipe after the child exited, without waiting for more."""
    os.set_blocking(fd, False)
    try:
        while not watch.report_too_big and watch.read(fd, is_output):
            pass
    except BlockingIOError:
        pass


def _verdict(job: _Job, nonce: str, w: _Watch, timeout_s: float, cpu_limit: int):
    """(status, reason, tests passed, layer whose set-up failed or None) from what the child left."""
    if w.timed_out:
        return "timeout", f"no result within {timeout_s:g} s (wall clock)", 0, None
    code = os.waitstatus_to_exitcode(w.status)
    if code == -signal.SIGXCPU or (code == -signal.SIGKILL and w.cpu_s >= cpu_limit - 0.05):
        return "timeout", f"CPU time limit ({cpu_limit} s) exceeded", 0, None
    if w.report_too_big:
        return "error", "completion report too large", 0, None
    if not w.report:
        if code < 0:
            return "error", f"killed by {signal.Signals(-code).name}", 0, None
        return "failed", f"exited with status {code} before the end of the program and tests", 0, None
    try:
        report = _parse_report(w.report)
    except (ValueError, RecursionError):  # json.JSONDecodeError and UnicodeDecodeError are ValueErrors
        return "failed", "malformed completion report", 0, None
    if report[0] == "setup":
        return "error", f"sandbox set-up failed ({report[1]}): {report[2]}", 0, report[1]
    _, got_nonce, error, outcomes, records = report
    if got_nonce != nonce:
        return "failed", "completion report without the run's nonce (forged or out of order)", 0, None
    if code != 0:
        return "failed", f"exit status {code} after the report", 0, None
    # Strict asserts: compare each recorded value with its literal here, on genuine built-in data.
    # Records come for the program, then for each test that ran; sites are numbered per source.
    sources = job.sites if not job.tests else [[]] + job.sites
    if len(records) > len(sources):
        return "failed", "malformed completion report", 0, None
    strict: dict[int, str] = {}  # index into sources -> first mismatch
    for index, (source_records, sites) in enumerate(zip(records, sources)):
        for site, encoded in source_records:
            if not 0 <= site < len(sites):
                return "failed", "malformed completion report", 0, None
            line, expected = sites[site]
            try:
                value = _decode(encoded)
                same, shown = value == expected, _short(value)
            except Exception:  # noqa: BLE001 (untrusted data: whatever it raises, the check failed)
                same, shown = False, "a value that is not plain built-in data"
            if not same:
                strict.setdefault(index, f"line {line}: got {shown}, expected {_short(expected)}")
    if not job.tests:  # the whole program is the one test
        why = strict.get(0) or (f"program raised {error}" if error is not None else "")
        return ("failed", why, 0, None) if why else ("passed", "", 1, None)
    if error is not None:
        return "failed", f"program raised {error}", 0, None
    if len(outcomes) != len(job.tests):
        return "failed", "malformed completion report", 0, None
    reasons = [strict.get(i + 1) or (None if ok else why) for i, (ok, why) in enumerate(outcomes)]
    passed = sum(r is None for r in reasons)
    if passed == len(reasons):
        return "passed", "", passed, None
    first = next(i for i, r in enumerate(reasons) if r is not None)
    return "failed", f"test {first + 1}/{len(reasons)}: {reasons[first]}", passed, None


def _parse_report(data: bytes) -> list:
    """Parse and shape-check a child's report (untrusted: JSON, then exact types)."""
    report = json.loads(data)
    if type(report) is not list or not report:
        raise ValueError
    if report[0] == "setup" and len(report) == 3 and all(type(x) is str for x in report[1:]):
        return report
    if report[0] != "done" or len(report) != 5:
        raise ValueError
    _, nonce, error, outcomes, records = report
    ok = (type(nonce) is str and (error is None or type(error) is str) and type(outcomes) is list
          and type(records) is list
          and all(type(o) is list and len(o) == 2 and type(o[0]) is bool and type(o[1]) is str for o in outcomes)
          and all(type(source) is list for source in records)
          and all(type(r) is list and len(r) == 2 and type(r[0]) is int for source in records for r in source))
    if not ok:
        raise ValueError
    return report


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


# ----------------------------------------------------------------------------------------------
# The harness: runs in the child, after confinement, next to untrusted code
# ----------------------------------------------------------------------------------------------
# The functions below reach everything they use through global names. Before the program runs,
# the child rebinds those names in a private namespace (_private_namespace) holding fresh copies
# of the functions, a pristine copy of the builtins and the C functions they call, so that a
# program patching builtins, modules or this module's globals cannot change what they do.

_PRISTINE_BUILTINS = dict(__builtins__ if isinstance(__builtins__, dict) else vars(__builtins__))
_PLAIN_TYPES = (bool, int, float, complex, str, bytes, list, tuple, dict, set, frozenset)
_TRUSTED_DICTS = (OrderedDict, defaultdict, Counter)  # stdlib dicts whose == is dict's
_SEQUENCE_TAGS = {list: "l", tuple: "t", set: "S", frozenset: "F"}
_MAX_DEPTH, _MAX_NODES = 40, 200_000
_mro_of = type.__dict__["__mro__"].__get__  # the type's own data, not its overridable attributes
_dict_of = type.__dict__["__dict__"].__get__
_os_write, _os_exit = os.write, os._exit
_json_string = json.encoder.encode_basestring_ascii  # the C function
_settrace, _setprofile, _setrecursionlimit = sys.settrace, sys.setprofile, sys.setrecursionlimit
_RECURSION_LIMIT = sys.getrecursionlimit()
_records: list = []
_HARNESS_NAMES = ("_PRISTINE_BUILTINS", "_PLAIN_TYPES", "_TRUSTED_DICTS", "_SEQUENCE_TAGS", "_MAX_DEPTH",
                  "_MAX_NODES", "_mro_of", "_dict_of", "_os_write", "_os_exit", "_settrace",
                  "_setprofile", "_setrecursionlimit", "_RECURSION_LIMIT", "_STRICT_NAME", "_json_string",
                  "_CHECKER_REPLACED")
_HARNESS_FUNCTIONS = ("_harness", "_strict", "_encode", "_decode", "_plain_type", "_text", "_to_json")


def _private_namespace() -> dict:
    ns = {name: globals()[name] for name in _HARNESS_NAMES}
    ns.update(_PRISTINE_BUILTINS=dict(_PRISTINE_BUILTINS), _SEQUENCE_TAGS=dict(_SEQUENCE_TAGS))  # copies
    ns["__builtins__"] = dict(_PRISTINE_BUILTINS)
    ns["_records"] = []
    for name in _HARNESS_FUNCTIONS:
        f = globals()[name]
        ns[name] = types.FunctionType(f.__code__, ns, name, f.__defaults__, f.__closure__)
    return ns


def _harness(code, tests, entry_point, report_fd, nonce, fresh_builtins):
    """Run the program, then each test in a fresh namespace; report over the private pipe, with
    the run's nonce; exit. fresh_builtins: unused copies of the builtins, one for the program and
    one for each test."""
    global _records
    program = {"__name__": "__sandbox__", "__builtins__": fresh_builtins[0], _STRICT_NAME: _strict}
    records = [_records]  # strict-assert values: of the program, then of each test
    error = None
    try:
        exec(code, program)  # noqa: S102 (running it is the point)
        if dict.get(program, _STRICT_NAME) is not _strict:
            error = _CHECKER_REPLACED
    except BaseException as e:  # noqa: BLE001 (SystemExit and KeyboardInterrupt too: all are failures)
        error = _text(e)
    outcomes = []
    if error is None:
        for test, builtins in zip(tests, fresh_builtins[1:]):
            _settrace(None)
            _setprofile(None)
            _setrecursionlimit(_RECURSION_LIMIT)
            # The tests see the program's names, except those shadowing a builtin (but the entry point).
            scope = {k: v for k, v in dict.items(program)
                     if type(k) is str and (k not in _PRISTINE_BUILTINS or k == entry_point)}
            scope["__builtins__"] = builtins
            scope[_STRICT_NAME] = _strict
            _records = []
            records.append(_records)
            try:
                exec(test, scope)  # noqa: S102
                # A strict assert calls the checker by its name in the test's namespace, which the
                # program can reach (its caller's frame) and swap, skipping the asserts after its call.
                outcomes.append((True, "") if dict.get(scope, _STRICT_NAME) is _strict else (False, _CHECKER_REPLACED))
            except BaseException as e:  # noqa: BLE001
                outcomes.append((False, _text(e)))
    records = tuple(tuple(r) for r in records)
    data = str.encode(_to_json(("done", nonce, error, tuple(outcomes), records)), "ascii")
    while data:
        data = data[_os_write(report_fd, data):]
    _os_exit(0)


def _strict(site, value, expected):
    """``assert value == expected`` that also records a type-tagged copy of value for the server."""
    encoded = _encode(value)
    _records.append((int.__index__(site), encoded))
    if encoded is None or _decode(encoded) != expected:
        raise AssertionError("values differ (strict check)")


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
    the objects' own storage; None if value is anything else, too deep or too big."""
    budget = [_MAX_NODES]

    def walk(v, depth):
        budget[0] -= 1
        if depth > _MAX_DEPTH or budget[0] < 0:
            raise ValueError("too large")
        if v is None:
            return ("N",)
        t = _plain_type(type(v))
        if t is None:
            raise ValueError("not plain data")
        if t is bool:
            return ("b", v)
        if t is int:
            return ("i", hex(v))
        if t is float:
            return ("f", float.hex(v))
        if t is complex:
            real, imag = complex.__getnewargs__(v)
            return ("c", float.hex(real), float.hex(imag))
        if t is str:
            return ("s", str.__str__(v))
        if t is bytes:
            return ("y", bytes.hex(bytes.__bytes__(v)))
        if t is dict:
            return ("d", tuple((walk(k, depth + 1), walk(x, depth + 1)) for k, x in dict.items(v)))
        return (_SEQUENCE_TAGS[t], tuple(walk(x, depth + 1) for x in t.__iter__(v)))

    try:
        return walk(value, 0)
    except Exception:  # noqa: BLE001 (anything odd about the value makes it not plain data)
        return None


def _decode(tree):
    """The value _encode copied (from its tuples, or the lists JSON made of them); raises on
    anything _encode cannot have produced."""
    if (type(tree) is not tuple and type(tree) is not list) or not tree:
        raise ValueError("bad encoding")
    tag, args = tree[0], tree[1:]
    if tag == "N" and not args:
        return None
    if tag == "c" and len(args) == 2 and type(args[0]) is str and type(args[1]) is str:
        return complex(float.fromhex(args[0]), float.fromhex(args[1]))
    if len(args) == 1:
        a = args[0]
        if (tag == "b" and type(a) is bool) or (tag == "s" and type(a) is str):
            return a
        if type(a) is str and tag in ("i", "f", "y"):
            return int(a, 16) if tag == "i" else float.fromhex(a) if tag == "f" else bytes.fromhex(a)
        if type(a) is tuple or type(a) is list:
            if tag == "l":
                return [_decode(x) for x in a]
            if tag == "t":
                return tuple(_decode(x) for x in a)
            if tag == "S":
                return {_decode(x) for x in a}
            if tag == "F":
                return frozenset(_decode(x) for x in a)
            if tag == "d":
                return {_decode(k): _decode(x) for k, x in a}
    raise ValueError("bad encoding")


def _to_json(x) -> str:
    """JSON text of the report: nested tuples of exact str, int, bool and None (no user code runs)."""
    if x is None:
        return "null"
    if x is True or x is False:
        return "true" if x else "false"
    if type(x) is str:
        return _json_string(x)
    if type(x) is int:
        return int.__repr__(x)
    return "[" + ",".join([_to_json(item) for item in x]) + "]"


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

    # Process-wide state every child inherits: unbuffered stdout/stderr (children end with
    # os._exit), and the environment programs see.
    for name, fd in (("stdout", 1), ("stderr", 2)):
        setattr(sys, name, io.TextIOWrapper(io.FileIO(fd, "w", closefd=False), encoding="utf-8",
                                            errors="backslashreplace", write_through=True))
    # A trace function can jump over the asserts of a test (frame.f_lineno): programs get none.
    sys.settrace = sys.setprofile = _tracing_disabled
    run_dir = os.path.join(cfg["run_root"], "run")
    os.environ.clear()
    os.environ.update(PATH="/usr/local/bin:/usr/bin:/bin", HOME=run_dir, TMPDIR=run_dir, LANG="C.UTF-8")
    # Seccomp denies threads: numeric libraries (numpy's OpenBLAS) must not try to start a pool.
    os.environ.update(OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    sys.argv = [""]
    sys.path += [d for d in cfg["site_dirs"] if d not in sys.path]  # what site would add (-S left it out)

    def answer(obj: dict) -> None:
        answers.write(json.dumps(obj).encode() + b"\n")
        answers.flush()

    try:
        server = _Server(cfg)
        warm_up()
        server.self_test()
    except Exception as e:  # noqa: BLE001 (reported to the caller, which raises it)
        answer({"fatal": f"{type(e).__name__}: {e}"})
        return
    answer({"layers": server.layers, "missing": server.missing})
    for line in requests:
        request = json.loads(line)
        try:
            answer(server.run(request)[0])
        except Exception as e:  # noqa: BLE001 (e.g. fork failing on a machine out of memory: say so, go on)
            import traceback  # only here, for the same reason as shutil above

            traceback.print_exc()
            answer(_result("error", f"sandbox: {type(e).__name__}: {e}", 0, len(request["tests"]) or 1))


def main(argv: list[str]) -> int:
    if argv[:1] != ["--serve"] or len(argv) != 2:
        print("usage: python -I -S sandbox_server.py --serve CONFIG_JSON (started by rlhf_code.sandbox)",
              file=sys.stderr)
        return 2
    _serve(json.loads(argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
