"""Training curves (PNG) from the logs the stages leave in their final directories.

* SFT (``trainer_state.json``, transformers' ``log_history``): training loss, and held-out loss if any.
* Reward model (``trainer_state.json``): training and held-out loss, held-out Pearson r.
* PPO (``ppo_log.jsonl``, one line per iteration): total reward and each ``reward_<name>_mean``
  component, KL to the reference, mean response length.

Figures are drawn with matplotlib's object API on the Agg canvas (no pyplot, no display needed).
Labels are in English: matplotlib's default fonts have no CJK glyphs.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

PPO_LOG = "ppo_log.jsonl"
TRAINER_STATE = "trainer_state.json"


def _series(entries: list[dict], key: str, x_key: str = "step") -> tuple[list, list]:
    points = [(e[x_key], e[key]) for e in entries if isinstance(e.get(key), (int, float)) and x_key in e]
    return [x for x, _ in points], [y for _, y in points]


def _draw(axes, entries: list[dict], keys: list[tuple[str, str]], title: str, ylabel: str) -> bool:
    """Plot each (log key, legend label) that has points; False when none has."""
    drawn = False
    for key, label in keys:
        xs, ys = _series(entries, key)
        if xs:
            # Held-out metrics come once per epoch: markers keep a single point visible.
            axes.plot(xs, ys, marker="o" if len(xs) < 20 else None, markersize=3, label=label)
            drawn = True
    axes.set_title(title)
    axes.set_xlabel("step")
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_ylabel(ylabel)
    axes.grid(alpha=0.3)
    if drawn:
        axes.legend(fontsize="small")
    return drawn


def _save(figure: Figure, path: Path) -> Path:
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=100)
    return path


def plot_trainer_log(stage_dir: Path, path: Path, reward_model: bool) -> Path | None:
    """Loss curves (and, for the reward model, Pearson r) from ``stage_dir/trainer_state.json``."""
    log = json.loads((stage_dir / TRAINER_STATE).read_text(encoding="utf-8")).get("log_history", [])
    figure = Figure(figsize=(10 if reward_model else 5, 3.5))
    loss_axes = figure.add_subplot(1, 2 if reward_model else 1, 1)
    name = "Reward model" if reward_model else "SFT"
    drawn = _draw(loss_axes, log, [("loss", "train"), ("eval_loss", "held-out")], f"{name} loss ({stage_dir.name})",
                  "MSE" if reward_model else "cross-entropy")
    if reward_model:
        drawn |= _draw(figure.add_subplot(1, 2, 2), log, [("eval_pearson", "Pearson r")],
                       f"Reward model held-out Pearson ({stage_dir.name})", "Pearson r")
    return _save(figure, path) if drawn else None


def plot_ppo_log(stage_dir: Path, path: Path) -> Path | None:
    """Rewards (total and per component), KL and response length from ``stage_dir/ppo_log.jsonl``."""
    lines = (stage_dir / PPO_LOG).read_text(encoding="utf-8").splitlines()
    log = [json.loads(line) for line in lines if line.strip()]
    if not log:
        return None
    components = sorted({k for e in log for k in e if re.fullmatch(r"reward_\w+_mean", k)})
    figure = Figure(figsize=(15, 3.5))
    _draw(figure.add_subplot(1, 3, 1), log,
          [("reward_mean", "total")] + [(k, k[len("reward_"):-len("_mean")]) for k in components],
          f"PPO reward ({stage_dir.name})", "mean reward")
    _draw(figure.add_subplot(1, 3, 2), log, [("kl", "KL")], "KL to the reference", "KL per response")
    _draw(figure.add_subplot(1, 3, 3), log, [("response_len_mean", "tokens")], "Response length", "mean tokens")
    return _save(figure, path)


def plot_stage_logs(model_dirs: dict[str, str], reward_model_dir: str | None, out_dir: Path) -> dict[str, Path]:
    """One PNG per stage directory that has a log, named after its label: ``{label: path}``.

    A model directory with ``ppo_log.jsonl`` is a PPO policy; one with ``trainer_state.json`` an SFT
    model; the reward model's directory has ``trainer_state.json`` too. Directories without logs
    (a base model) get no plot.
    """
    stages = [(label, Path(d), False) for label, d in model_dirs.items()]
    if reward_model_dir:
        stages.append((Path(reward_model_dir).name or "reward_model", Path(reward_model_dir), True))
    plots: dict[str, Path] = {}
    for label, directory, is_reward_model in stages:
        path = out_dir / f"{_file_name(label)}.png"
        if (directory / PPO_LOG).is_file():
            made = plot_ppo_log(directory, path)
        elif (directory / TRAINER_STATE).is_file():
            made = plot_trainer_log(directory, path, is_reward_model)
        else:
            made = None
        if made is not None:
            plots[label] = made
    return plots


def _file_name(label: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in label)
