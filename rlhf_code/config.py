"""Command-line configuration shared by the stage scripts.

Every option is a dataclass field, parsed by TRL's ``TrlParser`` (transformers' ``HfArgumentParser`` plus
``--config file.yaml``). Precedence, highest first:

1. the command line (``--learning_rate 1e-5``);
2. the YAML file given with ``--config`` (keys are option names);
3. the seed's environment variables for paths (``MODEL_PATH``, ``SFT_DATA``, ``SFT_OUTPUT``, ``OUTPUT_DIR``...);
4. the built-in defaults.
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import os
import sys
import types
import typing
from collections.abc import Callable
from pathlib import Path

import yaml
from trl import TrlParser

from .data import DataError, file_problem

DEFAULT_MODEL = "Qwen/Qwen2.5-Coder-1.5B"
# Exit status of a run stopped by Ctrl-C or SIGTERM (128 + SIGINT, as shells report it).
INTERRUPTED_EXIT = 130
INTERRUPT_MESSAGE = ("interrupted (Ctrl-C); nothing complete was replaced. Rerun the same command to start again "
                     "(a training stage resumes from its last periodic checkpoint).")


class UserError(Exception):
    """A mistake the user can fix (bad option, missing model, bad data): printed without a traceback, exit 2."""


def env_path(var: str, default: str) -> Callable[[], str]:
    """Default factory: the environment variable ``var`` if set, else ``default``."""
    return lambda: os.environ.get(var) or default


def stage_output(var: str, stage: str) -> Callable[[], str]:
    """Default factory for a stage's output directory: ``$var``, else ``$OUTPUT_DIR/stage``, else ``outputs/stage``."""
    return lambda: os.environ.get(var) or str(Path(os.environ.get("OUTPUT_DIR") or "outputs") / stage)


def resolve_bf16(requested: bool | None) -> bool:
    """bf16 when asked for, or by default on GPUs that support it; fp32 by default on CPU.

    ``--bf16 true`` also runs on a CPU (slowly): the GPU path's numerics can be checked on any machine.
    """
    import torch

    if requested is None:
        return torch.cuda.is_available() and torch.cuda.is_bf16_supported()
    if requested and torch.cuda.is_available() and not torch.cuda.is_bf16_supported():
        raise UserError("--bf16 was asked for, but this GPU has no bf16 support (it is older than Ampere). "
                        "Drop --bf16 to train in fp32, or use --fp16.")
    return requested


def resolve_trainer_bf16(args) -> None:
    """:func:`resolve_bf16` for a Trainer stage's arguments; bf16 on a CPU needs the Trainer's ``use_cpu`` (else
    transformers refuses bf16 without a GPU)."""
    import torch

    args.bf16 = resolve_bf16(args.bf16)
    if args.bf16 and not torch.cuda.is_available():
        args.use_cpu = True


def config_file(argv: list[str] | None = None) -> str | None:
    """The ``--config`` file named in ``argv`` (default: this process's command line), or None."""
    args = list(sys.argv[1:] if argv is None else argv)
    if "--config" not in args:
        return None
    index = args.index("--config")
    return args[index + 1] if index + 1 < len(args) else ""


# Range rules of check_ranges: the words of the message, and the test.
RANGES: dict[str, Callable[[float], bool]] = {
    "at least 1": lambda v: v >= 1,
    "positive": lambda v: v > 0,
    "at least 0": lambda v: v >= 0,
    "in (0, 1]": lambda v: 0 < v <= 1,
    "in [0, 1)": lambda v: 0 <= v < 1,
    "in [0, 1]": lambda v: 0 <= v <= 1,
}


def check_ranges(args, rules: dict[str, str]) -> None:
    """ValueError naming the first option of ``args`` outside its rule (a key of :data:`RANGES`); None passes."""
    for name, rule in rules.items():
        value = getattr(args, name)
        if value is not None and not RANGES[rule](value):
            raise ValueError(f"--{name} must be {rule}, got {value!r}")


def check_trainer_settings(args) -> None:
    """Ranges of the Trainer options both Trainer stages share, and a run length that trains something."""
    check_ranges(args, {"per_device_train_batch_size": "at least 1", "per_device_eval_batch_size": "at least 1",
                        "gradient_accumulation_steps": "at least 1", "learning_rate": "at least 0",
                        "save_steps": "positive", "logging_steps": "positive", "save_total_limit": "at least 1"})
    if args.max_steps <= 0 and args.num_train_epochs <= 0:
        raise ValueError(f"--num_train_epochs {args.num_train_epochs} produces nothing: the model would be saved "
                         "untrained. Give a positive --num_train_epochs (or --max_steps).")


def _scalar_type_names(annotation) -> list[str] | None:
    """``["int", "None"]`` for ``int | None``; None when the annotation is not a plain scalar type."""
    if isinstance(annotation, type):
        names = [annotation.__name__]
    elif typing.get_origin(annotation) in (typing.Union, types.UnionType):
        names = [getattr(arg, "__name__", str(arg)) for arg in typing.get_args(annotation)]
    else:
        return None
    names = ["None" if name == "NoneType" else name for name in names]
    return names if set(names) <= {"int", "float", "bool", "str", "None"} else None


def _has_type(value, name: str) -> bool:
    if name == "None":
        return value is None
    if name == "bool" or isinstance(value, bool):
        return isinstance(value, bool) and name == "bool"
    return isinstance(value, {"int": int, "float": (int, float), "str": str}[name])


def check_types(args) -> None:
    """ValueError naming the first plain scalar option of dataclass ``args`` whose value has another type (a YAML
    file's values reach the dataclass as YAML typed them: ``total_iterations: 2.5`` stays a float)."""
    # The annotations themselves: HfArgumentParser rewrites ``field.type`` (``int | None`` becomes ``int``).
    hints = typing.get_type_hints(type(args))
    for field in dataclasses.fields(args):
        names = _scalar_type_names(hints.get(field.name))
        value = getattr(args, field.name, None)
        if names and not any(_has_type(value, name) for name in names):
            raise ValueError(f"--{field.name} must be {' or '.join(names)}, got {type(value).__name__} {value!r}")


def parse_args(dataclass_types: list, description: str, argv: list[str] | None = None) -> tuple:
    """Parse ``argv`` into instances of ``dataclass_types``; configuration mistakes exit with status 2."""
    parser = TrlParser(
        dataclass_types, description=description + "\n\nAll options can also come from a YAML file: --config FILE.yaml",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    args = list(sys.argv[1:] if argv is None else argv)
    config_path = config_file(args)
    if config_path is not None:
        if not config_path:
            parser.error("--config needs a YAML file path")
        path = Path(config_path)
        problem = file_problem(path)
        if problem:
            parser.error(f"--config {path}: {problem}")
        try:
            content = yaml.safe_load(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            parser.error(f"--config {path} is not UTF-8 text")
        except (yaml.YAMLError, RecursionError) as err:
            parser.error(f"config file {path} is not valid YAML: {err}")
        if not isinstance(content, dict):
            parser.error(f"config file {path} must hold a mapping of option names to values")
    try:
        return parser.parse_args_and_config(args)
    except ValueError as err:  # unknown keys in the YAML file, or a value TrainingArguments rejects
        parser.error(str(err))


def run_cli(main: Callable[[], object]) -> None:
    """Run a stage's ``main``; user errors print one clear message and exit 2 instead of a traceback, Ctrl-C exits
    130 without one."""
    from .guards import Interrupted

    # The project's own messages (isolation level of the sandbox, resuming, skipped updates) at INFO on stderr.
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(name)s] %(message)s"))
    package_logger = logging.getLogger("rlhf_code")
    package_logger.addHandler(handler)
    package_logger.setLevel(logging.INFO)
    try:
        result = main()
    except (UserError, DataError) as err:
        print(f"error: {err}", file=sys.stderr)
        sys.exit(2)
    except Interrupted as stopped:
        print(f"stopped: {stopped}", file=sys.stderr)
        sys.exit(INTERRUPTED_EXIT)
    except KeyboardInterrupt:  # outside the training loop (loading, saving), or a second Ctrl-C
        print(f"stopped: {INTERRUPT_MESSAGE}", file=sys.stderr)
        sys.exit(INTERRUPTED_EXIT)
    sys.exit(result if isinstance(result, int) else 0)
