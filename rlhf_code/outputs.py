"""Output paths: what a script may replace, one run per path, and room to write, checked before any model loads.

Every script that writes a directory (``train_sft.py``, ``train_rm.py``, ``train_ppo.py``, ``evaluate.py``) calls
:func:`claim` on it first:

* nothing the user had is lost: an existing path is replaced only when it is an empty directory or an earlier complete
  output of the same stage (its ``stage_complete.json`` names that stage), or when ``--overwrite_output_dir`` is given.
  The current directory, its ancestors and the run's own inputs are never replaced. :func:`replace_refusal` is the
  rule; :func:`rlhf_code.checkpoint.save_atomically` applies it again at the moment of the swap;
* one run per path: a lock file beside it, ``.<name>.lock``, held with ``fcntl.flock``. The kernel releases the lock
  when the process ends, however it ends, so a crashed run never leaves it stuck;
* the parent is created if needed, must be a writable directory, and must have room for ``needed_bytes``.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import sys
import time
from pathlib import Path
from typing import IO

from . import jsonfile
from .config import UserError

MARKER = "stage_complete.json"
OVERWRITE_OPTION = "--overwrite_output_dir"

# Lock files this process holds, by path: a second open() + flock() of the same file from this process would conflict
# with its own first lock (flock locks belong to open file descriptions), and the handle must stay open for the lock
# to last until the process ends.
_held_locks: dict[str, IO] = {}


def read_marker(directory: str | Path) -> dict | None:
    """``directory``'s ``stage_complete.json`` as a dict, or None when it is absent or unreadable."""
    try:
        marker = jsonfile.read(Path(directory) / MARKER)
    except ValueError:
        return None
    return marker if isinstance(marker, dict) else None


def _listing(entries: list[str]) -> str:
    shown = ", ".join(sorted(entries)[:3])
    return f"{len(entries)} entr{'y' if len(entries) == 1 else 'ies'} ({shown}{', ...' if len(entries) > 3 else ''})"


def replace_refusal(path: str | Path, stage: str, overwrite: bool) -> str | None:
    """Why ``path`` may not be replaced by a new output of ``stage``, or None when it may."""
    path = Path(path)
    if not os.path.lexists(path):
        return None
    if path.is_symlink() or not path.is_dir():
        kind = "a symbolic link" if path.is_symlink() else "a regular file" if path.is_file() else "not a directory"
        return None if overwrite else f"{path} is {kind}, not an output directory; it was left untouched"
    try:
        entries = os.listdir(path)
    except OSError as err:
        return f"{path} cannot be read ({err.strerror})"
    marker = read_marker(path)
    if not entries or overwrite or (marker is not None and marker.get("stage") == stage):
        return None
    found = f"its stage_complete.json says stage {marker.get('stage')!r}" if marker else "it has no stage_complete.json"
    return (f"{path} already holds {_listing(entries)} and is not an earlier complete {stage} output ({found}); "
            "it was left untouched")


def _is_same_or_inside(path: Path, other: Path) -> bool:
    return path == other or other in path.parents


def _write_problem(path: Path) -> str | None:
    """Why ``path``'s parent cannot be created or written, or None. Creates the parent directories."""
    existing = next(p for p in (path.parent, *path.parent.parents) if os.path.lexists(p))
    if not existing.is_dir():
        return f"{existing} is a file, not a directory, so {path} cannot be created"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        return f"cannot create {path.parent} ({err.strerror})"
    return None


def _lock(path: Path, option: str) -> None:
    lock_path = path.with_name(f".{path.name}.lock")
    if str(lock_path) in _held_locks:
        return
    try:
        handle = open(lock_path, "a+", encoding="utf-8")  # "a+": another run's note stays until we hold the lock
    except OSError as err:
        raise UserError(f"{option} {path}: cannot write in {path.parent} ({err.strerror}); "
                        "choose a directory on a writable disk") from None
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.seek(0)
        holder = handle.read().strip() or "a process that has not written its note yet"
        handle.close()
        raise UserError(f"{option} {path} is in use by another run ({holder}). Wait for it to finish, or choose "
                        f"another directory; the lock ({lock_path}) goes away when that process ends.") from None
    handle.truncate(0)
    handle.write(f"pid {os.getpid()}, started {time.strftime('%Y-%m-%d %H:%M:%S')}: {' '.join(sys.argv)}\n")
    handle.flush()
    _held_locks[str(lock_path)] = handle


def claim(path: str | Path, stage: str, overwrite: bool, option: str = "--output_dir",
          inputs: tuple = (), needed_bytes: int = 0, periodic_dir: Path | None = None) -> Path:
    """Check that a run of ``stage`` may write ``path`` (see the module's rules) and lock it for this run.

    ``inputs`` are the paths the run reads (never replaced); ``periodic_dir``, when given, is where it keeps
    periodic checkpoints. Every problem is a :class:`UserError` naming ``option``.
    """
    path = Path(path).expanduser().absolute()
    resolved, cwd = path.resolve(), Path.cwd().resolve()
    if _is_same_or_inside(cwd, resolved):
        raise UserError(f"{option} {path} is the current directory or one of its parents; a stage replaces its "
                        "output directory as a whole, so give a directory of its own, e.g. outputs/<stage>")
    for given in inputs:
        if given and os.path.exists(given) and _is_same_or_inside(Path(given).resolve(), resolved):
            raise UserError(f"{option} {path} is (or holds) {given}, an input of this run; "
                            "write the output somewhere else")
    problem = _write_problem(path)
    if problem:
        raise UserError(f"{option} {path}: {problem}")
    # Only the main process of a multi-process launch (accelerate, torchrun) locks: the others belong to its run.
    if os.environ.get("RANK", "0") == "0":
        _lock(path, option)
    refusal = replace_refusal(path, stage, overwrite)
    if refusal:
        raise UserError(f"{option} {refusal}. Choose another directory, or pass {OVERWRITE_OPTION} to replace it.")
    if periodic_dir is not None and os.path.lexists(periodic_dir) and not periodic_dir.is_dir():
        raise UserError(f"{option} {path}: its periodic checkpoints go to {periodic_dir}, which is a file; "
                        "move that file away or choose another directory")
    free = shutil.disk_usage(path.parent).free
    if free < needed_bytes:
        raise UserError(f"{option} {path}: only {free / 2**20:.0f} MiB free on that disk, and the output needs about "
                        f"{needed_bytes / 2**20:.0f} MiB; free some space or choose another disk")
    return path
