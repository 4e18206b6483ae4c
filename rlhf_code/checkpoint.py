"""Crash-safe stage outputs.

A stage's final checkpoint is written into a temporary sibling directory, completed with a marker file
(``stage_complete.json``: the stage, the arguments used and its metrics), then renamed into place. A directory
without the marker is never treated as a finished stage. Periodic checkpoints for resuming live beside it in
``<output>-checkpoints/``.
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Callable
from pathlib import Path

from transformers.trainer_utils import get_last_checkpoint

MARKER = "stage_complete.json"


def is_complete(output_dir: str | Path) -> bool:
    return (Path(output_dir) / MARKER).is_file()


def checkpoints_dir(output_dir: str | Path) -> Path:
    path = Path(output_dir)
    return path.with_name(path.name + "-checkpoints")


def last_checkpoint(output_dir: str | Path) -> str | None:
    """The newest periodic checkpoint of a stage, to resume from, or None."""
    directory = checkpoints_dir(output_dir)
    return get_last_checkpoint(str(directory)) if directory.is_dir() else None


def remove_checkpoints(output_dir: str | Path) -> None:
    shutil.rmtree(checkpoints_dir(output_dir), ignore_errors=True)


def save_atomically(output_dir: str | Path, write: Callable[[Path], None], info: dict, accelerator=None) -> Path:
    """Call ``write(tmp_dir)``, add the marker, then swap ``tmp_dir`` into ``output_dir`` by renames.

    Under ``accelerate launch`` every process calls this (``write`` may hold collective saves, e.g. ZeRO-3's
    gathered ``trainer.save_model``); only the main process prepares, marks and renames.
    """
    final = Path(output_dir)
    tmp = final.with_name(f".{final.name}.tmp")
    old = final.with_name(f".{final.name}.old")
    is_main = accelerator is None or accelerator.is_main_process
    sync = accelerator.wait_for_everyone if accelerator is not None else (lambda: None)
    if is_main:
        final.parent.mkdir(parents=True, exist_ok=True)
        for leftover in (tmp, old):
            shutil.rmtree(leftover, ignore_errors=True)
        tmp.mkdir()
    sync()
    write(tmp)
    sync()
    if is_main:
        (tmp / MARKER).write_text(json.dumps({**info, "completed_at": time.strftime("%Y-%m-%dT%H:%M:%S")},
                                             indent=2, default=str, ensure_ascii=False), encoding="utf-8")
        if final.exists():
            final.rename(old)
        tmp.rename(final)
        shutil.rmtree(old, ignore_errors=True)
    sync()
    return final
