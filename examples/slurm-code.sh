#!/bin/sh
# slurm-code.sh — a Slurm job array that codes one corpus in SHARDS shards (docs/SCALING.md).
# Each array task codes the records of its shard with the cores Slurm gave it and writes
# $OUTDIR/part-<task>.jsonl; tests/cli/shard.sh runs it with the variables Slurm would set.
#   sbatch --array=1-32 examples/slurm-code.sh          (SHARDS must equal the array size)
# Env: INPUT (files, space-separated), OUTDIR, SHARDS (default 32), DYAD (default dyad).
#SBATCH --job-name=dyad-code
#SBATCH --array=1-32
#SBATCH --cpus-per-task=8
#SBATCH --mem=4G
#SBATCH --time=02:00:00
set -eu
: "${INPUT:=/scratch/corpus/*.jsonl.gz}" "${OUTDIR:=/scratch/out}" "${SHARDS:=32}" "${DYAD:=dyad}"
task=${SLURM_ARRAY_TASK_ID:?run as a Slurm array task (sbatch --array=1-$SHARDS)}
# $INPUT is split into words (and globbed) on purpose: it may name several files.
# shellcheck disable=SC2086
exec "$DYAD" code -j "${SLURM_CPUS_PER_TASK:-1}" --shard "$task/$SHARDS" --format jsonl \
    --rejects "$OUTDIR/rejects-$task.txt" -o "$OUTDIR/part-$task.jsonl" $INPUT
