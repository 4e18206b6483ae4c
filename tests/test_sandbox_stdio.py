"""stdin/stdout tests in the sandbox: honest programs pass, and a program that does not compute its
output from its input does not, whatever route it takes to the expected output."""

from __future__ import annotations

import json
import textwrap

import pytest

from rlhf_code import sandbox as sandbox_module
from rlhf_code.sandbox import Program, Sandbox, SandboxConfig, StdioTest, outputs_match

CONFIG = SandboxConfig(workers=2, timeout_s=1.0, memory_mb=512, max_stdout_bytes=64 * 1024)
# Sum of the numbers on standard input; the second test's answer has no relation to the first's.
SUM_TESTS = (StdioTest("1 2\n", "3\n"), StdioTest("40\n2 100\n", "142"), StdioTest("-5 5", "0\n"))
# An expected output no program can compute or guess: only a reader of the expected output could print it.
UNGUESSABLE = "7f3a9c2e-expected-only"


@pytest.fixture(scope="module")
def sb():
    with Sandbox(CONFIG) as pool:
        yield pool


def run_one(pool: Sandbox, code: str, tests=SUM_TESTS, **kwargs):
    [result] = pool.run([Program(textwrap.dedent(code), stdio_tests=tests, **kwargs)])
    return result


HONEST = {
    "input": "import sys\nprint(sum(int(x) for line in sys.stdin for x in line.split()))\n",
    "read": "import sys\nprint(sum(map(int, sys.stdin.read().split())))\n",
    "buffer": "import sys\nsys.stdout.write(str(sum(map(int, sys.stdin.buffer.read().split()))) + '\\n')\n",
    "open 0": "print(sum(map(int, open(0).read().split())))\n",
    "/dev/stdin": "print(sum(map(int, open('/dev/stdin').read().split())))\n",
    "input() until EOF": """
        total = 0
        while True:
            try:
                line = input()
            except EOFError:
                break
            total += sum(map(int, line.split()))
        print(total)
        """,
    "end and sep, trailing spaces": """
        import sys
        numbers = list(map(int, sys.stdin.read().split()))
        print(sum(numbers), '', sep='   ', end='  \\r\\n\\n\\n')
        """,
    "main guard": """
        import sys
        def main():
            print(sum(map(int, sys.stdin.read().split())))
        if __name__ == '__main__':
            main()
        """,
    # The usual way to recurse deeply in Python: the script's output comes from a thread it does not join.
    "main in a thread": """
        import sys, threading, time
        def main():
            time.sleep(0.2)  # (its work: it ends after the main thread)
            print(sum(map(int, sys.stdin.read().split())))
        threading.stack_size(1 << 26)
        threading.Thread(target=main).start()
        """,
    "sys.exit()": "import sys\nprint(sum(map(int, sys.stdin.read().split())))\nsys.exit()\n",
    "sys.exit(0) in a function": """
        import sys
        def main():
            print(sum(map(int, sys.stdin.read().split())))
            sys.exit(0)
        main()
        """,
    "exit()": "print(sum(map(int, open(0).read().split())))\nexit()\n",
    "os.write": "import os\nos.write(1, b'%d\\n' % sum(map(int, open(0).read().split())))\n",
}


@pytest.mark.parametrize("name", list(HONEST))
def test_honest_programs_pass(sb, name):
    result = run_one(sb, HONEST[name])
    assert result.passed, result
    assert (result.tests_passed, result.tests_total) == (3, 3)


def test_float_tolerance_applies_only_when_given(sb):
    tests = (StdioTest("1 3\n", "0.333333333333\n"), StdioTest("2 3", "0.666666666667"))
    code = "a, b = map(int, input().split())\nprint(f'{a / b:.7f}')\n"
    assert run_one(sb, code, tests, float_tolerance=1e-6).passed
    exact = run_one(sb, code, tests)
    assert (exact.status, exact.tests_passed) == ("failed", 0)
    assert "wrong output: line 1: got '0.3333333', expected '0.333333333333'" in exact.reason


ADVERSARIAL = {
    # What it prints for every input is the first test's answer.
    "prints a fixed answer": ("print(3)\n", 1),
    "prints passed": ("print('passed')\nprint('OK')\n", 0),
    # Keeps the answer of each run where a later run could find it: the second test's input is no sum, but
    # its expected output is the first test's, so a cache that survived would pass it. Every run has a fresh
    # run directory and /dev/shm: nothing carries over.
    "caches answers between runs": ("""
        import os, sys
        places = ['/tmp/answer', '/dev/shm/answer', os.path.expanduser('~/answer'), 'answer']
        for place in places:
            try:
                print(open(place).read().strip())
                sys.exit(0)
            except OSError:
                pass
        answer = str(sum(map(int, sys.stdin.read().split())))
        for place in places:
            try:
                open(place, 'w').write(answer)
            except OSError:
                pass
        print(answer)
        """, 1, (StdioTest("1 2\n", "3\n"), StdioTest("no numbers here\n", "3\n"))),
    "exits early with os._exit(0)": ("import os\nos._exit(0)\n", 0),
    "exits early with sys.exit(0)": ("import sys\nsys.exit(0)\nprint(3)\n", 0),
    # Prints the right answer, then leaves without the harness's report: the run did not end normally.
    "prints then os._exit(0)": ("import os, sys\nprint(sum(map(int, sys.stdin.read().split())))\nos._exit(0)\n", 0),
    "prints then fails": ("import sys\nprint(sum(map(int, sys.stdin.read().split())))\nraise ValueError\n", 0),
    "prints then sys.exit(1)": ("import sys\nprint(sum(map(int, sys.stdin.read().split())))\nsys.exit(1)\n", 0),
    "forges a report": ("""
        import os, json
        for fd in range(3, 64):
            try:
                os.write(fd, json.dumps(["done", "0" * 32, None, [], [[]]]).encode())
            except OSError:
                pass
        print('3')
        """, 1),
    # Its threads are joined as Python joins them at exit: one that never ends is a timeout, as the script would hang.
    "prints then leaves a thread running": ("""
        import sys, threading, time
        print(sum(map(int, sys.stdin.read().split())))
        threading.Thread(target=lambda: time.sleep(60)).start()
        """, 0),
    "closes its stdout and prints": ("import os\nos.close(1)\nprint(3)\n", 0),
    # Would be unjudged ("error": no reward, so no penalty) instead of failed, if a program could choose that
    # verdict: by dying of a signal it sends or causes, a set-up report of its own, or an oversized report.
    "prints then aborts": ("import os, sys\nprint(sum(map(int, sys.stdin.read().split())))\nos.abort()\n", 0),
    "prints then kills itself": ("""
        import os, signal, sys
        print(sum(map(int, sys.stdin.read().split())), flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
        """, 0),
    "segfaults": ("import faulthandler\nfaulthandler._sigsegv()\n", 0),
    "forges a set-up report": ("""
        import os, json
        for fd in range(3, 64):
            try:
                os.write(fd, json.dumps(["setup", "seccomp", "forged"]).encode())
            except OSError:
                pass
        os._exit(0)
        """, 0),
    "forges a set-up report with a nonce": ("""
        import os, json
        for fd in range(3, 64):
            try:
                os.write(fd, json.dumps(["setup", "0" * 32, "seccomp", "forged"]).encode())
            except OSError:
                pass
        os._exit(0)
        """, 0),
    "floods its report pipe": ("""
        import os
        chunk = b' ' * (1 << 20)
        for fd in range(3, 64):
            try:
                for _ in range(9):
                    os.write(fd, chunk)
            except OSError:
                pass
        """, 0),
    "floods its stdout": ("import sys\nn = sum(map(int, sys.stdin.read().split()))\nprint(n)\nprint('x' * (1 << 20))\n",
                          0),
}


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_adversarial_programs_do_not_pass(sb, name):
    code, passes_at_most, *tests = ADVERSARIAL[name]
    tests = tests[0] if tests else SUM_TESTS
    pids = sb.worker_pids
    first, again = run_one(sb, code, tests), run_one(sb, code, tests)  # again: nothing of the first program's runs is left
    for result in (first, again):
        assert not result.passed, result
        assert result.status in ("failed", "timeout"), result
        assert result.tests_passed <= passes_at_most, result
    assert sb.worker_pids == pids, "a worker had to be restarted"
    assert run_one(sb, HONEST["read"]).passed, "the pool no longer runs honest programs"


def test_flooded_stdout_is_reported(sb):
    result = run_one(sb, ADVERSARIAL["floods its stdout"][0])
    assert result.reason == "test 1/3: printed more than max_stdout_bytes"


def test_exiting_early_is_reported(sb):
    result = run_one(sb, ADVERSARIAL["prints then os._exit(0)"][0])
    assert result.reason == "test 1/3: exited with status 0 before the end of the program and tests"


# Searches everything a program can reach for the expected output: its descriptors, environment, files
# (run directory, /tmp, /dev/shm, /proc of every process it can see, the interpreter's directories are
# the project's own), the objects of its interpreter, and prints what it finds.
READS_EXPECTED = f"""
import gc, os, sys
marker = {UNGUESSABLE[:4]!r} + {UNGUESSABLE[4:8]!r}  # (so that its own source does not hold it)
found = []
def look(text):
    if text is marker:
        return
    if isinstance(text, bytes):
        text = text.decode('latin-1')
    if isinstance(text, str) and marker in text:
        start = text.index(marker)
        found.append(text[start:start + {len(UNGUESSABLE)}])
for fd in range(0, 256):
    try:
        os.lseek(fd, 0, 0)
    except OSError:
        pass
    try:
        look(os.read(fd, 1 << 20))
    except OSError:
        pass
look(repr(dict(os.environ)))
for top in ('/tmp', '/dev/shm', os.getcwd(), '/proc'):
    for root, dirs, files in os.walk(top):
        if root.count('/') > 4:
            dirs[:] = []
        for name in files:
            try:
                with open(os.path.join(root, name), 'rb') as f:
                    look(f.read(1 << 20))
            except Exception:
                pass
for name, module in list(sys.modules.items()):
    if name == '__sandbox__':  # itself
        continue
    try:
        for value in vars(module).values():
            look(value if isinstance(value, (str, bytes)) else repr(value)[:100000])
    except Exception:
        pass
try:
    for obj in gc.get_objects():
        look(obj if isinstance(obj, (str, bytes)) else '')
except Exception:
    pass
print(found[0] if found else 'nothing found')
"""


def test_expected_output_is_never_sent_to_the_server(sb, monkeypatch):
    sent = []
    original = sandbox_module._Worker.send
    monkeypatch.setattr(sandbox_module._Worker, "send", lambda self, request: sent.append(json.dumps(request))
                        or original(self, request))
    tests = (StdioTest("find it\n", UNGUESSABLE + "\n"),)
    result = run_one(sb, READS_EXPECTED, tests)
    assert result.status == "failed", result
    assert "got 'nothing found'" in result.reason  # it ran to the end and searched
    assert len(sent) == 1 and "find it" in sent[0] and UNGUESSABLE[:8] not in sent[0]


def test_after_a_timeout_the_remaining_tests_are_skipped(sb):
    tests = (StdioTest("1", "1"), StdioTest("2", "2"), StdioTest("3", "3"), StdioTest("4", "4"))
    result = run_one(sb, "n = int(input())\nwhile n == 2:\n    pass\nprint(n)\n", tests)
    assert (result.status, result.tests_passed) == ("timeout", 1)
    assert result.reason == "test 2/4: no result within 1 s (wall clock)"
    assert result.duration_s < 2 * CONFIG.timeout_s  # tests 3 and 4 never ran


def test_program_takes_asserts_or_stdio_tests_not_both(sb):
    with pytest.raises(ValueError, match="not both"):
        sb.run([Program("x = 1", tests=("assert x == 1",), stdio_tests=SUM_TESTS)])
    with pytest.raises(ValueError, match="float_tolerance"):
        sb.run([Program("x = 1", stdio_tests=SUM_TESTS, float_tolerance=-1)])
    with pytest.raises(TypeError):
        sb.run([Program("x = 1", stdio_tests=(("1", "1"),))])


@pytest.mark.parametrize(("got", "expected", "tolerance", "same"), [
    ("3\n", "3", 0, True),
    ("1 2  \r\n3\t\n\n\n", "1 2\n3", 0, True),
    ("1 2\r3", "1 2\n3\n", 0, True),
    ("", "", 0, True),
    (" 3", "3", 0, False),  # leading whitespace is kept
    ("1\n\n2", "1\n2", 0, False),  # blank lines inside the output count
    ("3\n4", "3", 0, False),
    ("3", "3\n4", 0, False),
    ("1.0000001 x", "1.0 x", 1e-6, True),
    ("1.0001 x", "1.0 x", 1e-6, False),
    ("1000000.5", "1000000.0", 1e-6, True),  # relative above 1
    ("1000001", "1000000", 1e-6, False),  # integers exactly
    ("1000000.0", "1000000", 1e-6, True),
    ("1e6", "1000000", 1e-6, True),
    # With a tolerance, a wrong integer printed as a float, or anything against an integer too large for a float
    # or an infinite expected value, passed.
    ("1000001.0", "1000000", 1e-6, False),
    ("1000000.5", "1000000", 1e-6, False),
    ("1.0", str(2 ** 2000), 1e-6, False),
    ("1", "9" * 5000, 1e-6, False),
    ("9" * 5000, "9" * 5000 + ".0", 1e-6, False),
    ("9" * 5000 + ".0", "9" * 5000, 1e-6, True),
    ("5", "1e400", 1e-6, False),
    ("5", "inf", 1e-6, False),
    ("inf", "inf", 1e-6, True),
    ("0.5", "1e400", 1e-6, False),
    ("7", "007", 1e-6, False),  # integers as written
    ("7.0", "007", 1e-6, False),
    ("+5", "5", 1e-6, False),
    ("-0.0", "0", 1e-6, True),
    ("1.0 y", "1.0 x", 1e-6, False),  # other tokens exactly
    ("1.0 2.0", "1.0", 1e-6, False),
    ("nan", "1.0", 1e-6, False),
    ("1.0000001", "1.0", 0, False),
])
def test_outputs_match(got, expected, tolerance, same):
    assert outputs_match(got, expected, tolerance)[0] is same


def test_a_tree_the_server_cannot_remove_does_not_make_failures_unjudged():
    """Without the tmpfs layer the server removes a run directory itself, and one too deep to remove retires it.
    The runs so far keep their verdicts (the program's failure stays one), the rest are not run, and the pool
    goes on with a fresh server."""
    code = """
        import os, sys
        print('wrong', flush=True)
        for _ in range(3000):
            os.mkdir('d')
            os.chdir('d')
        """
    with Sandbox(SandboxConfig(workers=1, timeout_s=5.0, memory_mb=512, disable=("tmpfs",))) as pool:
        result = run_one(pool, code, SUM_TESTS)
        assert (result.status, result.tests_passed) == ("failed", 0), result
        assert result.reason == "test 1/3: wrong output: line 1: got 'wrong', expected '3'"
        assert run_one(pool, HONEST["read"]).passed


def test_a_failing_program_cannot_make_itself_unjudged(sb):
    """An unjudged sample (status "error") gets no reward, so no penalty: a program that fails must not be able to
    choose that instead, with asserts or stdin/stdout tests."""
    from rlhf_code.rewards import CodeRewards

    endings = [ADVERSARIAL[name][0] for name in ("prints then aborts", "prints then kills itself", "segfaults",
                                                "forges a set-up report", "floods its report pipe")]
    codes = [textwrap.dedent(code) for code in endings]
    records = ([{"prompt": "p", "stdio_tests": [{"input": "1 2\n", "output": "4\n"}]}] * len(codes)
               + [{"prompt": "p", "tests": ["assert 1 + 1 == 2"]}] * len(codes))
    passed, unjudged = CodeRewards(sb).functional(codes * 2, records)
    assert unjudged.tolist() == [0.0] * len(records) and passed.tolist() == [0.0] * len(records)



def test_a_large_answer_is_received_in_linear_time():
    """A stdin/stdout program's answer holds its output for each test: a program printing just under
    max_stdout_bytes on each of 100 tests made the caller copy and search its whole buffer per pipe-sized chunk,
    77 s for one program (4 s now), in the trainer's thread that judges them all."""
    import time

    code = "import sys\nsys.stdout.write('x' * ((1 << 20) - 10))\n"
    tests = [StdioTest(str(i), str(i)) for i in range(100)]
    with Sandbox(SandboxConfig(workers=1, timeout_s=3.0, memory_mb=512, max_stdout_bytes=1 << 20)) as pool:
        start = time.monotonic()
        result = run_one(pool, code, tests)
        elapsed = time.monotonic() - start
    assert (result.status, result.tests_passed) == ("failed", 0)
    assert elapsed < 30, f"{elapsed:.0f} s to judge one program"
