"""Crash-safe stage outputs and periodic checkpoints.

A stage's final checkpoint is written into a temporary sibling directory, completed with a marker file
(``stage_complete.json``: the stage, the arguments used, its metrics, its inputs' fingerprints and the size of every
file written), then renamed into place. A directory without the marker is never treated as a finished stage.

Periodic checkpoints for resuming live beside it in ``<output>-checkpoints/checkpoint-N``; each gets the same kind of
marker once it is fully written (PPO's through :func:`save_atomically`, the Trainer's through
:class:`rlhf_code.guards.MarkSavedCheckpoints`). A resume takes the newest checkpoint whose marker is present and
whose files all still have their recorded sizes; newer ones that are incomplete or damaged (a kill -9 or a full disk
during the save, a truncated file) are reported and removed.

This module does not import torch (``evaluate.py``'s samples mode uses it).
"""

from __future__ import annotations

import errno
import json
import logging
import os
import shutil
import struct
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

from . import fingerprint, jsonfile
from .config import UserError, config_file
from .outputs import MARKER, claim, read_marker, replace_refusal

logger = logging.getLogger(__name__)

CHECKPOINT_PREFIX = "checkpoint-"
TORCH_SUFFIXES = (".pt", ".pth", ".bin")  # torch.save's files: optimizer, scheduler, RNG state, ppo_state.pt


def checkpoints_dir(output_dir: str | Path) -> Path:
    path = Path(output_dir).absolute()  # "." has no name of its own
    return path.with_name(path.name + "-checkpoints")


def claim_training_output(output_dir: str | Path, stage: str, overwrite: bool, inputs: dict[str, str | None],
                          model_bytes: int) -> tuple[Path, dict]:
    """Claim a training stage's output directory (:func:`rlhf_code.outputs.claim`, its periodic checkpoints'
    directory included) and fingerprint its ``inputs`` and config file for its marker; returns both."""
    final_dir = claim(output_dir, stage, overwrite, inputs=tuple(inputs.values()), needed_bytes=model_bytes,
                      periodic_dir=checkpoints_dir(output_dir))
    return final_dir, fingerprint.of_inputs({"config": config_file(), **inputs})


def file_sizes(directory: Path) -> dict[str, int]:
    """Size of every file under ``directory`` (but the marker), by path relative to it."""
    return {path.relative_to(directory).as_posix(): path.stat().st_size
            for path in sorted(directory.rglob("*")) if path.is_file() and path.name != MARKER}


def write_marker(directory: Path, info: dict) -> None:
    jsonfile.write(directory / MARKER, {**info, "files": file_sizes(directory),
                                        "completed_at": time.strftime("%Y-%m-%dT%H:%M:%S")})


def _intact_torch_file(path: Path) -> bool:
    """torch.save writes a zip archive (since torch 1.6): its structure and every member's CRC must check out."""
    try:
        with zipfile.ZipFile(path) as archive:
            return archive.testzip() is None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        return False


def _intact_safetensors(path: Path) -> bool:
    """A safetensors file is an 8-byte header length, a JSON header, then exactly the tensor bytes it lists."""
    try:
        with path.open("rb") as f:
            header_length = struct.unpack("<Q", f.read(8))[0]
            if header_length > path.stat().st_size - 8:  # a damaged length; do not try to read it
                return False
            header = json.loads(f.read(header_length))
        end = max((entry["data_offsets"][1] for name, entry in header.items() if name != "__metadata__"), default=0)
    except (OSError, struct.error, ValueError, RecursionError, KeyError, TypeError, IndexError):
        return False
    return 8 + header_length + end == path.stat().st_size


def damage(directory: str | Path, require_marker: bool = True) -> str | None:
    """What is wrong with a saved directory, or None: its marker is missing (when required), or a file it lists
    is missing, has another size than when it was saved, or no longer has its format's structure (JSON that
    parses, torch zip archives whose CRCs match, safetensors whose header matches the size)."""
    directory = Path(directory)
    marker = read_marker(directory)
    if marker is None:
        return "it has no readable stage_complete.json (its save did not finish)" if require_marker else None
    sizes = marker.get("files")
    if not isinstance(sizes, dict):
        return "its stage_complete.json lists no files (written by an older version)" if require_marker else None
    for name, size in sizes.items():
        path = directory / name
        if not path.is_file():
            return f"{name} is missing"
        if path.stat().st_size != size:
            return f"{name} has {path.stat().st_size} bytes, {size} when it was saved (truncated?)"
        if name.endswith(".json"):
            try:
                jsonfile.read(path)
            except ValueError:
                return f"{name} is not valid JSON"
        elif path.suffix in TORCH_SUFFIXES and not _intact_torch_file(path):
            return f"{name} is damaged (not an intact torch archive)"
        elif path.suffix == ".safetensors" and not _intact_safetensors(path):
            return f"{name} is damaged (its header does not match its size)"
    return None


def complete_checkpoints(output_dir: str | Path) -> Iterator[Path]:
    """The stage's complete periodic checkpoints, newest first, each checked only when asked for (checking reads
    whole files). Incomplete or damaged ones newer than the newest complete one are reported and removed, so that
    neither a resume nor the Trainer's rotation picks them."""
    directory = checkpoints_dir(output_dir)
    found = sorted((p for p in directory.glob(f"{CHECKPOINT_PREFIX}*")
                    if p.is_dir() and p.name[len(CHECKPOINT_PREFIX):].isdigit()),
                   key=lambda p: int(p.name[len(CHECKPOINT_PREFIX):]), reverse=True) if directory.is_dir() else []
    any_complete = False
    for candidate in found:
        why = damage(candidate)
        if why is None:
            any_complete = True
            yield candidate
        elif not any_complete:
            logger.warning("skipping checkpoint %s: %s; removed", candidate, why)
            shutil.rmtree(candidate, ignore_errors=True)
    if found and not any_complete:
        logger.warning("no complete checkpoint in %s: starting from the beginning", directory)


def last_checkpoint(output_dir: str | Path) -> str | None:
    """The newest complete periodic checkpoint of a stage, to resume from, or None."""
    newest = next(complete_checkpoints(output_dir), None)
    return str(newest) if newest else None


def remove_checkpoints(output_dir: str | Path) -> None:
    shutil.rmtree(checkpoints_dir(output_dir), ignore_errors=True)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    elif os.path.lexists(path):
        path.unlink()


# A full disk does not always show as ENOSPC: torch.save raises RuntimeError ("file write failed", "unexpected pos"),
# safetensors a SafetensorError ("StorageFull"). So a failed save on a disk this close to full counts as one too.
DISK_FULL_TEXTS = ("No space left on device", "StorageFull", "file write failed", "unexpected pos")
LOW_SPACE_BYTES = 64 << 20


def is_disk_full(err: BaseException, path: Path) -> bool:
    """Whether ``err``, raised while writing ``path``, comes from a full disk."""
    if getattr(err, "errno", None) == errno.ENOSPC or any(text in str(err) for text in DISK_FULL_TEXTS):
        return True
    existing = next((p for p in (path, *path.parents) if p.exists()), None)
    try:
        return existing is not None and shutil.disk_usage(existing).free < LOW_SPACE_BYTES
    except OSError:
        return False


def disk_full_error(path: Path, err: BaseException) -> UserError:
    return UserError(f"the disk is full: writing {path} failed ({str(err).splitlines()[0] if str(err) else err!r}). "
                     "Nothing complete was replaced; free some space (or choose another disk) and rerun the same "
                     "command to resume.")


def save_atomically(output_dir: str | Path, write: Callable[[Path], None], info: dict, accelerator=None,
                    overwrite: bool = False) -> Path:
    """Call ``write(tmp_dir)``, add the marker, then swap ``tmp_dir`` into ``output_dir`` by renames.

    ``output_dir`` is replaced only under the rule of :func:`rlhf_code.outputs.replace_refusal` (an earlier complete
    output of ``info["stage"]``, or ``overwrite``). Under ``accelerate launch`` every process calls this (``write`` may
    hold collective saves, e.g. ZeRO-3's gathered ``trainer.save_model``); only the main process prepares, marks
    and renames.
    """
    final = Path(output_dir)
    tmp = final.with_name(f".{final.name}.tmp")
    old = final.with_name(f".{final.name}.old")
    is_main = accelerator is None or accelerator.is_main_process
    sync = accelerator.wait_for_everyone if accelerator is not None else (lambda: None)
    if is_main:
        refusal = replace_refusal(final, info["stage"], overwrite)
        if refusal:
            raise UserError(f"not saving: {refusal}")
        final.parent.mkdir(parents=True, exist_ok=True)
        for leftover in (tmp, old):  # an interrupted save's own temporary directories
            _remove(leftover)
        tmp.mkdir()
    sync()
    try:
        write(tmp)
        sync()
        if is_main:
            write_marker(tmp, info)
    except Exception as err:
        if not is_disk_full(err, tmp):
            raise
        _remove(tmp)
        raise disk_full_error(final, err) from err
    if is_main:
        if os.path.lexists(final):
            final.rename(old)
        tmp.rename(final)
        _remove(old)
    sync()
    return final
