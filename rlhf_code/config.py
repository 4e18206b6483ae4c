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
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

import yaml
from trl import TrlParser

from .data import DataError

DEFAULT_MODEL = "Qwen/Qwen2.5-Coder-1.5B"


class UserError(Exception):
    """A mistake the user can fix (bad option, missing model, bad data): printed without a traceback, exit 2."""


def env_path(var: str, default: str) -> Callable[[], str]:
    """Default factory: the environment variable ``var`` if set, else ``default``."""
    return lambda: os.environ.get(var) or default


def stage_output(var: str, stage: str) -> Callable[[], str]:
    """Default factory for a stage's output directory: ``$var``, else ``$OUTPUT_DIR/stage``, else ``outputs/stage``."""
    return lambda: os.environ.get(var) or str(Path(os.environ.get("OUTPUT_DIR") or "outputs") / stage)


def resolve_bf16(requested: bool | None) -> bool:
    """bf16 when asked for, or by default on GPUs that support it; fp32 on CPU."""
    import torch

    supported = torch.cuda.is_available() and torch.cuda.is_bf16_supported()
    if requested is None:
        return supported
    if requested and not supported:
        raise UserError("--bf16 was asked for, but no CUDA GPU with bf16 support is visible "
                        "(torch.cuda.is_available() is False or the GPU is older than Ampere). "
                        "Drop --bf16 to train in fp32, or use --fp16 on older GPUs.")
    return requested


def parse_args(dataclass_types: list, description: str, argv: list[str] | None = None) -> tuple:
    """Parse ``argv`` into instances of ``dataclass_types``; configuration mistakes exit with status 2."""
    parser = TrlParser(
        dataclass_types, description=description + "\n\nAll options can also come from a YAML file: --config FILE.yaml",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    args = list(sys.argv[1:] if argv is None else argv)
    if "--config" in args:
        index = args.index("--config")
        if index + 1 >= len(args):
            parser.error("--config needs a YAML file path")
        path = Path(args[index + 1])
        if not path.is_file():
            parser.error(f"config file not found: {path}")
        try:
            content = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as err:
            parser.error(f"config file {path} is not valid YAML: {err}")
        if not isinstance(content, dict):
            parser.error(f"config file {path} must hold a mapping of option names to values")
    try:
        return parser.parse_args_and_config(args)
    except ValueError as err:  # unknown keys in the YAML file, or a value TrainingArguments rejects
        parser.error(str(err))


def run_cli(main: Callable[[], object]) -> None:
    """Run a stage's ``main``; user errors print one clear message and exit 2 instead of a traceback."""
    from .guards import INTERRUPTED_EXIT, Interrupted

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
    sys.exit(result if isinstance(result, int) else 0)
