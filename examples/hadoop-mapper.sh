#!/bin/sh
# hadoop-mapper.sh — dyad code as a Hadoop streaming mapper (docs/SCALING.md): JSON lines on
# stdin, one JSON line per event on stdout. Hadoop gives each mapper a split of the input
# files; every record is whole on its line, so any split by lines codes each record once.
# Env: DYAD (default ./dyad, shipped with -files), DYAD_JOBS (threads, default 2).
# Rejected records go to stderr (the task log); exit status 1 then, as for dyad code.
exec "${DYAD:-./dyad}" code -j "${DYAD_JOBS:-2}" --format jsonl -
