"""RLHF for Python code generation: shared modules of the SFT -> RM -> PPO -> evaluation pipeline."""
