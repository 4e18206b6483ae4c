"""JSON the project writes: always valid JSON, so that any parser reads it.

Python's ``json`` writes ``NaN`` and ``Infinity`` for non-finite floats, which most parsers reject (a reward model
whose held-out scores are all equal has an undefined Pearson r, for one). Here they become ``null``, numpy scalars
and arrays become plain numbers and lists, and ``allow_nan=False`` makes any value that slipped through an error
instead of a broken file.
"""

from __future__ import annotations

import json
import math
from pathlib import Path


def plain(value):
    """``value`` with non-finite floats as None and numpy scalars/arrays as Python numbers/lists, recursively."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if hasattr(value, "tolist") and callable(value.tolist):  # numpy scalars and arrays, 0-d torch tensors
        return plain(value.tolist())
    return value


def dumps(data, indent: int | None = None) -> str:
    return json.dumps(plain(data), indent=indent, ensure_ascii=False, allow_nan=False, default=str)


def read(path: str | Path):
    """The JSON value in ``path``; ValueError when it is missing, not UTF-8, malformed or nested too deeply."""
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, RecursionError) as err:
        raise ValueError(f"{path}: {err}") from err


def write(path: str | Path, data, indent: int | None = 2) -> None:
    Path(path).write_text(dumps(data, indent=indent) + "\n", encoding="utf-8")
