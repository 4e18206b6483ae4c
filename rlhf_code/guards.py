"""Guards for long runs on rented GPUs.

- :class:`GracefulStop`: SIGINT/SIGTERM ask the stage to stop after the current step and leave a resumable
  checkpoint; a second signal aborts at once.
- :class:`NonFiniteGuard`: an optimizer step whose gradients are not finite is skipped with a warning; too many
  in a row stop the run with a clear message.
- :func:`check_finite_weights`: a checkpoint with non-finite weights is never saved.
- :func:`out_of_memory_advice`: a GPU out-of-memory error becomes the list of settings that lower memory.
- :class:`MarkSavedCheckpoints`: a Trainer's periodic checkpoint gets its completion marker once it is fully written,
  so a resume never picks one that a kill -9 or a full disk cut short.
"""

from __future__ import annotations

import logging
import signal
import sys
from contextlib import contextmanager
from pathlib import Path

import torch
from transformers import TrainerCallback
from transformers.trainer_utils import PREFIX_CHECKPOINT_DIR

from . import checkpoint
from .config import UserError

logger = logging.getLogger(__name__)


class Interrupted(Exception):
    """The stage stopped on request and left a resumable checkpoint."""


class GracefulStop:
    """Context manager: the first SIGINT/SIGTERM sets :attr:`requested`; the second restores the default action."""

    def __init__(self):
        self.requested = False
        self._previous = {}

    def _handle(self, signum, frame):
        if self.requested:  # second signal: stop waiting
            signal.signal(signum, self._previous.get(signum, signal.SIG_DFL))
            raise KeyboardInterrupt
        self.requested = True
        print(f"\n{signal.Signals(signum).name} received: stopping after this step and saving a resumable "
              "checkpoint (send it again to abort without saving)", file=sys.stderr, flush=True)

    def __enter__(self) -> GracefulStop:
        for signum in (signal.SIGINT, signal.SIGTERM):
            self._previous[signum] = signal.signal(signum, self._handle)
        return self

    def __exit__(self, *exc) -> None:
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)


class NonFiniteGuard:
    """Counts optimizer steps skipped for non-finite values; fails after ``max_consecutive`` in a row."""

    def __init__(self, max_consecutive: int = 3):
        self.max_consecutive = max_consecutive
        self.consecutive = 0
        self.skipped = 0

    def record(self, finite: bool, where: str) -> bool:
        """Note one step; returns whether it may go ahead. Raises once too many were skipped in a row."""
        if finite:
            self.consecutive = 0
            return True
        self.consecutive += 1
        self.skipped += 1
        logger.warning("%s: non-finite loss or gradient, update skipped (%d in a row)", where, self.consecutive)
        if self.consecutive >= self.max_consecutive:
            raise UserError(
                f"training diverged: {self.consecutive} updates in a row had a non-finite loss, reward or gradient "
                f"({where}). Lower --learning_rate, check the data for extreme or empty examples, and if you train in "
                "fp16 switch to bf16 or fp32. The last periodic checkpoint is still valid."
            )
        return False


class TrainerGuards(TrainerCallback):
    """GracefulStop and NonFiniteGuard for transformers' Trainer (SFT and reward-model stages)."""

    def __init__(self, stop: GracefulStop, guard: NonFiniteGuard):
        self.stop, self.guard = stop, guard
        self.error: UserError | None = None

    def on_pre_optimizer_step(self, args, state, control, model=None, **kwargs):
        finite = all(torch.isfinite(p.grad).all() for p in model.parameters() if p.grad is not None)
        try:
            go = self.guard.record(finite, f"step {state.global_step + 1}")
        except UserError as err:
            self.error, go = err, False
            control.should_training_stop = True
        if not go:
            for p in model.parameters():
                p.grad = None  # the optimizer leaves parameters without a gradient untouched (momentum included)
        return control

    def on_step_end(self, args, state, control, **kwargs):
        if self.stop.requested:
            control.should_save = True
            control.should_training_stop = True
        return control


class MarkSavedCheckpoints(TrainerCallback):
    """Writes ``stage_complete.json`` (with every file's size) into each periodic checkpoint the Trainer saved.

    ``on_save`` runs after the Trainer wrote the weights, optimizer, scheduler, RNG and trainer state of the
    checkpoint, so a checkpoint without the marker is one whose save was cut short.
    """

    def __init__(self, stage: str):
        self.stage = stage

    def on_save(self, args, state, control, **kwargs):
        if state.is_world_process_zero:
            saved = Path(args.output_dir) / f"{PREFIX_CHECKPOINT_DIR}-{state.global_step}"
            checkpoint.write_marker(saved, {"stage": self.stage, "step": state.global_step})
        return control


def check_finite_weights(model: torch.nn.Module) -> None:
    bad = [name for name, p in model.named_parameters() if not torch.isfinite(p).all()]
    if bad:
        raise UserError(f"refusing to save a checkpoint with non-finite weights ({len(bad)} tensors, e.g. {bad[0]}); "
                        "the last periodic checkpoint is still valid. Lower --learning_rate and rerun.")


RESUME_AFTER_OOM = "The last periodic checkpoint is kept: rerun with the new settings to resume."


def out_of_memory_advice(stage: str, hints: list[str], after: str = RESUME_AFTER_OOM) -> UserError:
    return UserError(
        f"the GPU ran out of memory during the {stage} stage. Settings that lower memory, roughly in order of cost:\n"
        + "\n".join(f"  - {hint}" for hint in hints)
        + f"\n{after}"
    )


@contextmanager
def out_of_memory_advised(stage: str, hints: list[str], after: str = RESUME_AFTER_OOM):
    """Turns a GPU out-of-memory error inside the block into :func:`out_of_memory_advice`."""
    try:
        yield
    except torch.OutOfMemoryError as err:
        raise out_of_memory_advice(stage, hints, after) from err


def train_with_guards(trainer, resume_from: str | None, stage: str, stage_name: str, oom_hints: list[str]):
    """``trainer.train`` with graceful stop, non-finite skipping, marked periodic checkpoints, clear OOM and full-disk
    messages and a final weight check. ``stage`` is the name in messages, ``stage_name`` the one in markers."""
    if resume_from:
        logger.info("resuming from %s, the newest complete checkpoint", resume_from)
    stop, guard = GracefulStop(), NonFiniteGuard()
    callback = TrainerGuards(stop, guard)
    trainer.add_callback(callback)
    trainer.add_callback(MarkSavedCheckpoints(stage_name))
    with stop, out_of_memory_advised(stage, oom_hints):
        try:
            result = trainer.train(resume_from_checkpoint=resume_from)
        except Exception as err:  # a full disk during a periodic save
            saving_to = Path(trainer.args.output_dir)
            if not checkpoint.is_disk_full(err, saving_to):
                raise
            raise checkpoint.disk_full_error(saving_to, err) from err
    if callback.error is not None:
        raise callback.error
    if stop.requested:
        raise Interrupted(f"{stage} stopped at step {trainer.state.global_step}; a checkpoint was saved in "
                          f"{trainer.args.output_dir}. Rerun the same command to resume.")
    check_finite_weights(trainer.model)
    return result
