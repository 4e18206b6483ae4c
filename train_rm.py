"""Stage 2: reward model (RM) — regression of {"prompt", "response", "score"} from the SFT checkpoint.

One GPU:
    python train_rm.py --config configs/qwen2.5-coder-1.5b.yaml
Tiny model on CPU:
    python train_rm.py --config configs/tiny.yaml
Several GPUs:
    accelerate launch --config_file configs/accelerate/ddp.yaml train_rm.py

Reads SFT_OUTPUT (default outputs/sft) and RM_DATA (default rm_data.jsonl), or a dataset (--dataset_name, with
--dataset_format and --dataset_column_map; see rlhf_code/datasets_io.py); writes the reward model, its tokenizer
and metrics.json (held-out MSE, Pearson, Spearman) to RM_OUTPUT (default outputs/rm), loadable with
AutoModelForSequenceClassification. An existing --output_dir is replaced only if it is an earlier complete
reward-model output, or with --overwrite_output_dir; one run at a time per output directory.
"""

from rlhf_code.config import parse_args, run_cli
from rlhf_code.datasets_io import DatasetArguments
from rlhf_code.reward_model import RMArguments, RMTrainingConfig, run


def main():
    rm_args, training_args, dataset_args = parse_args([RMArguments, RMTrainingConfig, DatasetArguments], __doc__)
    output = run(rm_args, training_args, dataset_args)
    print(f"reward model written to {output}")


if __name__ == "__main__":
    run_cli(main)
