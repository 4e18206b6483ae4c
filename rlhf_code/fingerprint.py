"""Fingerprints of a stage's inputs, recorded in its ``stage_complete.json``, and the check ``run_all.sh`` makes.

A stage records, for each input option (data file, base model or upstream checkpoint, config file), the path it used
and a fingerprint of what was there:

* a file: the SHA-256 of its content;
* a directory written by a stage: the SHA-256 of its ``stage_complete.json`` (which holds its completion time, so a
  rerun of the upstream stage changes it);
* any other directory (a base model): the SHA-256 of its files' names, sizes and modification times;
* anything else (a hub id, ``none``): the text itself.

``python -m rlhf_code.fingerprint OUTPUT --config FILE --input OPTION=PATH ... --arg OPTION=PATH ...`` prints why the
output is out of date and exits 1, or exits 0 when every input is unchanged. ``--input`` gives a value from the
environment or a default, which the config file's own value for that option overrides (as in the stages);
``--arg`` a command-line value, which overrides the config file. Repeating an option makes a list (``--model``).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
from pathlib import Path

import yaml

from .outputs import MARKER, read_marker

CHUNK = 1 << 20


def of_path(path: str | None) -> str | None:
    if path is None:
        return None
    local = Path(path).expanduser()
    digest = hashlib.sha256()
    if local.is_file():
        with local.open("rb") as f:
            while chunk := f.read(CHUNK):
                digest.update(chunk)
        return f"file:{digest.hexdigest()}"
    if (local / MARKER).is_file():
        digest.update((local / MARKER).read_bytes())
        return f"stage:{digest.hexdigest()}"
    if local.is_dir():
        for p in sorted(local.rglob("*")):
            if p.is_file():
                stat = p.stat()
                digest.update(f"{p.relative_to(local)}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
        return f"dir:{digest.hexdigest()}"
    return f"name:{path}"


def _normal(path: str | None) -> str | None:
    return None if path is None else os.path.normpath(os.path.abspath(os.path.expanduser(path)))


def of_inputs(values: dict[str, str | list[str] | None]) -> dict:
    """``{option: {"path", "fingerprint"}}`` (a list of them for a list option), to record in the marker."""
    def one(path):
        return {"path": _normal(path), "fingerprint": of_path(path)}

    return {name: [one(v) for v in value] if isinstance(value, list) else one(value) for name, value in values.items()}


def changes(recorded: dict | None, current: dict) -> list[str]:
    """Why ``current`` inputs differ from the ``recorded`` ones, one sentence each (empty: unchanged)."""
    if not isinstance(recorded, dict):
        return ["its stage_complete.json records no inputs (written by an older version)"]
    def as_list(entry) -> list[dict]:  # a single --model is recorded as a list of one
        return entry if isinstance(entry, list) else [entry or {}]

    reasons = []
    for name, now in current.items():
        before, now = as_list(recorded.get(name)), as_list(now)
        if before == now:
            continue
        paths, old_paths = [entry.get("path") for entry in now], [entry.get("path") for entry in before]
        shown = ", ".join(str(p) for p in paths)
        if old_paths != paths:
            reasons.append(f"{name} is now {shown} (was {', '.join(str(p) for p in old_paths)})")
        else:
            reasons.append(f"{name} {shown} changed since then")
    return reasons


def _pairs(items: list[str], parser) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep:
            parser.error(f"expected OPTION=PATH, got {item!r}")
        values.setdefault(name, []).append(value)
    return values


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m rlhf_code.fingerprint",
                                     description=__doc__.split("\n\n")[0] + " Exit 0: up to date; 1: out of date.")
    parser.add_argument("output", help="the stage's output directory")
    parser.add_argument("--config", help="the stage's --config file")
    parser.add_argument("--input", action="append", default=[], metavar="OPTION=PATH",
                        help="an input from the environment or a default; the config file's value wins")
    parser.add_argument("--arg", action="append", default=[], metavar="OPTION=PATH",
                        help="an input given on the stage's command line; it wins over the config file")
    args = parser.parse_args(argv)
    try:
        config = yaml.safe_load(Path(args.config).read_text(encoding="utf-8")) if args.config else {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError, RecursionError) as err:
        parser.error(f"cannot read --config {args.config}: {err}")
    config = config if isinstance(config, dict) else {}
    values: dict[str, str | list[str] | None] = {"config": args.config}
    for name, given in _pairs(args.input, parser).items():
        value = config.get(name, given if len(given) > 1 else given[0])
        values[name] = [str(v) for v in value] if isinstance(value, list) else str(value)
    for name, given in _pairs(args.arg, parser).items():
        values[name] = given if len(given) > 1 else given[0]
    marker = read_marker(args.output)
    if marker is None:
        print(f"{args.output} has no stage_complete.json")
        return 1
    reasons = changes(marker.get("inputs"), of_inputs(values))
    if reasons:
        print("; ".join(reasons))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
