"""Does bf16 training track fp32? N AdamW steps of the causal-LM loss, four ways, from the same weights:

- ``fp32``: fp32 weights and torch's AdamW, the reference;
- ``bf16-torch-adamw``: bf16 weights stepped by torch's AdamW (bf16 state, no master weights): the code before
  issue 15;
- ``bf16-kahan``: bf16 weights stepped by the project's AdamW (``rlhf_code.precision.adamw``: Kahan summation);
- ``fp32-master-autocast``: mixed precision proper, fp32 weights and AdamW with the forward pass under bf16
  autocast: what bf16 compute alone costs (16 bytes per parameter: it does not fit 16-24 GB at 1.5 B).

CPU, the tiny preset (after ``python -m rlhf_code.tiny``), from the repository root:

    OMP_NUM_THREADS=1 python bench/bench_bf16.py --model models/tiny --steps 50 --learning-rate 1e-5

Every run starts from the model's weights rounded to bf16 and sees the same batches (chat-formatted SFT examples,
cycled). Reported per run, over all parameters:

- ``relative_update_error``: ``||dW - dW_fp32|| / ||dW_fp32||`` of the update the run has accumulated: the weights,
  plus the Kahan compensation where the optimizer keeps one (the part of the update that bf16 weights cannot show
  yet, carried to the next step);
- ``bf16_weight_error``: the same for the bf16 weights alone, beside ``rounding_floor``, the error of the fp32 run's
  own final weights rounded to bf16: no bf16 weights can be closer than about that;
- ``update_norm_ratio`` (``||dW|| / ||dW_fp32||``), ``moved_share`` (weights that changed at all);
- ``loss_drop`` over the N steps, every loss computed in fp32 on the run's current weights (where the weights went,
  not bf16's forward rounding), and its relative error against fp32's, beside ``rounded_loss_drop_error``, that
  of the fp32 run's final weights rounded to bf16; ``loss_curve``, six points of it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import torch
from transformers import AutoModelForCausalLM

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rlhf_code import precision  # noqa: E402
from rlhf_code.data import format_conversation, load_records  # noqa: E402
from rlhf_code.models import load_tokenizer  # noqa: E402

RUNS = ("fp32", "bf16-torch-adamw", "bf16-kahan", "fp32-master-autocast")


def batches(model_dir: str, data_path: str, n_batches: int, batch_size: int, max_length: int) -> list[dict]:
    tokenizer = load_tokenizer(model_dir)
    records = load_records(data_path, "sft")[: n_batches * batch_size]
    texts = [format_conversation(tokenizer, r["prompt"], r["response"]) for r in records]
    out = []
    for start in range(0, len(texts), batch_size):
        batch = tokenizer(texts[start:start + batch_size], padding=True, truncation=True, max_length=max_length,
                          return_tensors="pt")
        batch["labels"] = batch["input_ids"].masked_fill(batch["attention_mask"] == 0, -100)
        out.append(dict(batch))
    return out


def train(model_dir: str, run: str, data: list[dict], steps: int, learning_rate: float) -> dict:
    """``run``'s weights after ``steps`` steps (fp32 copies, on CPU) and its fp32 loss on the first batch at each
    step (index 0: before training)."""
    torch.manual_seed(0)
    model = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.bfloat16)  # the common start, rounded
    model = model.float() if run.startswith("fp32") else model
    model.train()
    probe = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32).eval()  # fp32 loss of the weights
    trainable = list(model.parameters())
    if run == "bf16-kahan":
        optimizer = precision.adamw(trainable, lr=learning_rate)
    else:
        optimizer = torch.optim.AdamW(trainable, lr=learning_rate)

    def probe_loss(state: dict) -> float:
        probe.load_state_dict(state)  # copied into fp32
        with torch.no_grad():
            return probe(**data[0]).loss.item()

    losses = [probe_loss(model.state_dict())]
    for step in range(steps):
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=run == "fp32-master-autocast"):
            loss = model(**data[step % len(data)]).loss
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
        losses.append(probe_loss(model.state_dict()))
    weights = {name: p.detach().float().clone() for name, p in model.named_parameters()}
    # optimi keeps the part of each update that the bf16 weight could not take in state "kahan_comp".
    accumulated = {name: w + optimizer.state[p]["kahan_comp"].float() if run == "bf16-kahan" else w
                   for (name, p), w in zip(model.named_parameters(), weights.values())}
    # The loss of these weights rounded to bf16: what bf16 weights could at best show of this run.
    rounded_loss = probe_loss({k: v.bfloat16() for k, v in model.state_dict().items()})
    return {"weights": weights, "accumulated": accumulated, "losses": losses, "rounded_loss": rounded_loss}


def compare(model_dir: str, data_path: str, steps: int, learning_rate: float, batch_size: int = 8,
            n_batches: int = 4, max_length: int = 128) -> list[dict]:
    """One row per run of :data:`RUNS`: its relative update error against fp32, moved share, loss drop."""
    data = batches(model_dir, data_path, n_batches, batch_size, max_length)
    start = {name: p.detach().float() for name, p in
             AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.bfloat16).named_parameters()}
    results = {run: train(model_dir, run, data, steps, learning_rate) for run in RUNS}
    fp32_weights = results["fp32"]["weights"]
    reference_norm = norm({name: w - start[name] for name, w in fp32_weights.items()})
    reference_drop = results["fp32"]["losses"][0] - results["fp32"]["losses"][-1]
    rounded_drop = results["fp32"]["losses"][0] - results["fp32"]["rounded_loss"]
    floor = norm({name: w.bfloat16().float() - w for name, w in fp32_weights.items()}) / reference_norm
    rows = []
    for run, result in results.items():
        moved = sum((w != start[n]).sum().item() for n, w in result["weights"].items()) / sum(
            w.numel() for w in start.values())
        drop = result["losses"][0] - result["losses"][-1]
        rows.append({
            "bench": "bf16", "run": run, "steps": steps, "learning_rate": learning_rate,
            "relative_update_error": round(norm(difference(result["accumulated"], fp32_weights)) / reference_norm, 4),
            "bf16_weight_error": round(norm(difference(result["weights"], fp32_weights)) / reference_norm, 4),
            "rounding_floor": round(floor, 4),
            "update_norm_ratio": round(norm(difference(result["accumulated"], start)) / reference_norm, 4),
            "moved_share": round(moved, 4), "loss_drop": round(drop, 6),
            "loss_drop_error": round(abs(drop - reference_drop) / abs(reference_drop), 4),
            "rounded_loss_drop_error": round(abs(rounded_drop - reference_drop) / abs(reference_drop), 4),
            "loss_curve": [round(loss, 4) for loss in result["losses"][::max(1, steps // 5)]]})
    return rows


def norm(tensors: dict) -> float:
    return torch.sqrt(sum((t ** 2).sum() for t in tensors.values())).item()


def difference(a: dict, b: dict) -> dict:
    return {name: a[name] - b[name] for name in a}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default="models/tiny", help="Model directory (default: the tiny preset).")
    parser.add_argument("--data", default="data/tiny/sft_data.jsonl", help="SFT JSONL file of the batches.")
    parser.add_argument("--steps", type=int, default=50)
    parser.add_argument("--learning-rate", type=float, default=1e-5)
    parser.add_argument("--json-out", help="Append the rows to this JSONL file.")
    args = parser.parse_args()
    rows = compare(args.model, args.data, args.steps, args.learning_rate)
    for row in rows:
        print(json.dumps(row))
    if args.json_out:
        with open(args.json_out, "a", encoding="utf-8") as f:
            f.writelines(json.dumps(row) + "\n" for row in rows)


if __name__ == "__main__":
    main()
