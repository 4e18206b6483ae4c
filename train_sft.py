"""Stage 1: supervised fine-tuning (SFT) of a code LLM on {"prompt", "response"} examples.

One GPU (Qwen2.5-Coder-1.5B, bf16):
    python train_sft.py --config configs/qwen2.5-coder-1.5b.yaml
Tiny model on CPU (after `python -m rlhf_code.tiny`):
    MODEL_PATH=models/tiny python train_sft.py --config configs/tiny.yaml
LoRA instead of full fine-tuning (merged on save):
    python train_sft.py --use_peft --lora_r 16 --lora_alpha 32
Several GPUs:
    accelerate launch --config_file configs/accelerate/ddp.yaml train_sft.py --config configs/qwen2.5-coder-1.5b.yaml

A Hugging Face dataset instead of the JSONL file (a hub id, a save_to_disk directory, a parquet/json/jsonl file), in
the project's fields or a public format (mbpp, humaneval, apps, ...; see rlhf_code/datasets_io.py):
    python train_sft.py --dataset_name data/mbpp_saved --dataset_format mbpp --dataset_split train

Paths come from MODEL_PATH, SFT_DATA, SFT_OUTPUT (or OUTPUT_DIR) or the options below; the final checkpoint
(model, tokenizer, arguments in stage_complete.json) goes to outputs/sft, periodic ones to outputs/sft-checkpoints
and a rerun resumes from the newest complete one. An existing --output_dir is replaced only if it is an earlier
complete SFT output, or with --overwrite_output_dir; one run at a time per output directory.
"""

from rlhf_code.config import parse_args, run_cli
from rlhf_code.datasets_io import DatasetArguments
from rlhf_code.sft import SFTDataArguments, SFTModelArguments, SFTStageConfig, run


def main():
    model_args, data_args, training_args, dataset_args = parse_args(
        [SFTModelArguments, SFTDataArguments, SFTStageConfig, DatasetArguments], __doc__
    )
    output = run(model_args, data_args, training_args, dataset_args)
    print(f"SFT checkpoint written to {output}")


if __name__ == "__main__":
    run_cli(main)
