#!/usr/bin/env bash
# RLHF for code, end to end: SFT -> reward model -> PPO -> evaluation.
#
#   bash run_all.sh                 # Qwen2.5-Coder-1.5B (MODEL_PATH) on a CUDA GPU, configs/qwen2.5-coder-1.5b/
#   bash run_all.sh --tiny          # tiny random Qwen2 on CPU, no network, configs/tiny/ and data/tiny/
#   bash run_all.sh --force         # rerun every stage, even when its output is complete and up to date
#   LAUNCHER="accelerate launch --config_file configs/accelerate/ddp.yaml" bash run_all.sh   # several GPUs
#
# Environment: MODEL_PATH, SFT_DATA, RM_DATA, PPO_DATA, EVAL_DATA, SFT_OUTPUT, RM_OUTPUT, PPO_OUTPUT, EVAL_OUTPUT,
# OUTPUT_DIR (see README).
# A stage is skipped when its output holds stage_complete.json and the inputs it records (data files by content,
# base model or upstream checkpoint, config file) are unchanged; otherwise it reruns, says why, and every later stage
# reruns too.
set -euo pipefail
cd "$(dirname "$0")"

usage() { sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; }

PRESET=configs/qwen2.5-coder-1.5b
TINY=0
FORCE=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --tiny) TINY=1; PRESET=configs/tiny ;;
    --force) FORCE=1 ;;
    --preset) PRESET="${2:?--preset needs a directory}"; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "run_all.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
  esac
  shift
done
[[ -d "$PRESET" ]] || { echo "run_all.sh: preset directory '$PRESET' not found" >&2; exit 2; }

PYTHON=${PYTHON:-python}
GENERATION_ENV=()
LAUNCHER=${LAUNCHER:-$PYTHON}
OUT=${OUTPUT_DIR:-outputs}
export SFT_OUTPUT=${SFT_OUTPUT:-$OUT/sft}
export RM_OUTPUT=${RM_OUTPUT:-$OUT/rm}
export PPO_OUTPUT=${PPO_OUTPUT:-$OUT/ppo}

if [[ $TINY == 1 ]]; then
  # Generating with the tiny model (PPO rollouts, evaluation) gains nothing from several CPU threads, and on a
  # busy machine OpenMP threads that wait for each other make it about ten times slower; training does gain.
  GENERATION_ENV=(env "OMP_NUM_THREADS=${OMP_NUM_THREADS:-1}")
  export MODEL_PATH=${MODEL_PATH:-models/tiny}
  # The tiny preset's own data: a generated task family the tiny model can learn (tools/build_tiny_data.py).
  export SFT_DATA=${SFT_DATA:-data/tiny/sft_data.jsonl} RM_DATA=${RM_DATA:-data/tiny/rm_data.jsonl}
  export PPO_DATA=${PPO_DATA:-data/tiny/ppo_prompts.jsonl} EVAL_DATA=${EVAL_DATA:-data/tiny/eval_problems.jsonl}
  if [[ ! -f "$MODEL_PATH/config.json" ]]; then
    echo "==> building the tiny preset in $MODEL_PATH"
    "$PYTHON" -m rlhf_code.tiny --output "$MODEL_PATH"
  fi
fi
export MODEL_PATH=${MODEL_PATH:-Qwen/Qwen2.5-Coder-1.5B}

# run_stage NAME OUTPUT_DIR COMMAND...: skip when complete and its inputs (the array INPUTS: options of
# `python -m rlhf_code.fingerprint`) are unchanged, unless forced; stop the chain when it fails.
run_stage() {
  local name=$1 output=$2 reason status; shift 2
  if [[ $FORCE == 0 && -f "$output/stage_complete.json" ]]; then
    status=0
    reason=$("$PYTHON" -m rlhf_code.fingerprint "$output" "${INPUTS[@]}") || status=$?
    if [[ $status == 0 ]]; then
      echo "==> [$name] complete in $output, inputs unchanged: skipped (use --force to rerun)"
      return
    fi
    [[ $status == 1 ]] || { echo "run_all.sh: cannot compare the inputs of stage '$name'" >&2; exit 1; }
    echo "==> [$name] inputs changed since $output was written: $reason; rerunning"
  fi
  [[ -e "$output" && ! -f "$output/stage_complete.json" ]] && \
    echo "==> [$name] $output exists without stage_complete.json (not a finished $name output)"
  echo "==> [$name] $*"
  local start=$SECONDS
  if ! "$@"; then
    echo "run_all.sh: stage '$name' failed (see the messages above); later stages were not run" >&2
    exit 1
  fi
  echo "==> [$name] done in $((SECONDS - start)) s"
  FORCE=1  # a new upstream checkpoint makes every downstream one stale
}

# Each stage's inputs as the stage itself resolves them: the environment (or the default), unless its config file
# names the option (--input); the command line wins over the config file (--arg).
INPUTS=(--config "$PRESET/sft.yaml" --input "model_name_or_path=$MODEL_PATH" --input "data_path=${SFT_DATA:-sft_data.jsonl}")
run_stage sft "$SFT_OUTPUT" $LAUNCHER train_sft.py --config "$PRESET/sft.yaml"
INPUTS=(--config "$PRESET/rm.yaml" --input "model_name_or_path=$SFT_OUTPUT" --input "data_path=${RM_DATA:-rm_data.jsonl}")
run_stage rm "$RM_OUTPUT" $LAUNCHER train_rm.py --config "$PRESET/rm.yaml"
INPUTS=(--config "$PRESET/ppo.yaml" --input "model_name_or_path=$SFT_OUTPUT" --input "reward_model_path=$RM_OUTPUT"
        --input "data_path=${PPO_DATA:-ppo_prompts.jsonl}")
run_stage ppo "$PPO_OUTPUT" ${GENERATION_ENV[@]+"${GENERATION_ENV[@]}"} $LAUNCHER train_ppo.py --config "$PRESET/ppo.yaml"

# Evaluation, SFT vs PPO: plain python whatever LAUNCHER is (one process generates with each model in turn).
EVAL_OUTPUT=${EVAL_OUTPUT:-$OUT/eval}
INPUTS=(--config "$PRESET/eval.yaml" --input "problems=${EVAL_DATA:-eval_problems.jsonl}" --arg "model=$SFT_OUTPUT"
        --arg "model=$PPO_OUTPUT" --arg "reward_model=$RM_OUTPUT")
run_stage eval "$EVAL_OUTPUT" ${GENERATION_ENV[@]+"${GENERATION_ENV[@]}"} "$PYTHON" evaluate.py --config "$PRESET/eval.yaml" \
  --model "$SFT_OUTPUT" --model "$PPO_OUTPUT" --reward_model "$RM_OUTPUT" --output "$EVAL_OUTPUT"

echo
echo "Results:"
echo "  SFT model:    $SFT_OUTPUT"
echo "  reward model: $RM_OUTPUT (metrics: $RM_OUTPUT/metrics.json)"
echo "  PPO policy:   $PPO_OUTPUT (log: $PPO_OUTPUT/ppo_log.jsonl)"
echo "  evaluation:   $EVAL_OUTPUT/report.md (metrics.json, samples.jsonl, plots/)"
echo
awk '/^\|/ {print; shown = 1; next} shown {exit}' "$EVAL_OUTPUT/report.md"  # the results table
