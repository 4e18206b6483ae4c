"""Stage 3: PPO on executable rewards (reward model + syntax + unit tests in the sandbox), KL-controlled.

One GPU (LoRA policy and critic on the shared SFT model, fits 16 GB in bf16):
    python train_ppo.py --config configs/qwen2.5-coder-1.5b/ppo.yaml
Critic-free, GRPO with eight answers per prompt and no value head (fits 16 GB in bf16):
    python train_ppo.py --config configs/qwen2.5-coder-1.5b/grpo.yaml
Tiny model on CPU:
    python train_ppo.py --config configs/tiny/ppo.yaml
Several GPUs (each process samples its own rollout_batch_size prompts):
    accelerate launch --config_file configs/accelerate/ddp.yaml train_ppo.py --config configs/qwen2.5-coder-1.5b/ppo.yaml
Full-parameter PPO with a separate reference (large GPUs):
    python train_ppo.py --use_peft false

Reads SFT_OUTPUT (policy and reference), RM_OUTPUT (reward model), PPO_DATA (default ppo_prompts.jsonl) or a dataset
(--dataset_name, --dataset_format apps for stdin/stdout tests, ...; see rlhf_code/datasets_io.py); writes a
plain merged model to PPO_OUTPUT (default outputs/ppo) with ppo_log.jsonl, one JSON line per iteration. Periodic
checkpoints go to outputs/ppo-checkpoints and a rerun resumes from the newest complete one. The reward model must be
train_rm.py's output. An existing --output_dir is replaced only if it is an earlier complete PPO output, or with
--overwrite_output_dir; one run at a time per output directory.
"""

from rlhf_code.config import parse_args, run_cli
from rlhf_code.datasets_io import DatasetArguments
from rlhf_code.ppo import PPOArguments, run


def main():
    args, dataset_args = parse_args([PPOArguments, DatasetArguments], __doc__)
    output = run(args, dataset=dataset_args)
    print(f"PPO policy written to {output} (log: {output}/ppo_log.jsonl)")


if __name__ == "__main__":
    run_cli(main)
