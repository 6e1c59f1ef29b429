#!/usr/bin/env bash
# Runs `./pipeline extract` on every dev file and prints one table of the headline metrics.
# Run it from the project's root:  eval/score-dev.sh [FILE.jsonl ...]  (default: every file in eval/dev/)
set -u
here=$(cd "$(dirname "$0")" && pwd)
[ -x ./pipeline ] || { echo "run this from the project root (no ./pipeline here)"; exit 2; }
files=("$@"); [ ${#files[@]} -gt 0 ] || files=("$here"/dev/*.jsonl)
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
printf '%-18s %8s %8s %8s %10s %8s %8s %8s %8s\n' file admin1 country type killed_pos recall topo_f1 acc161 secs
for f in "${files[@]}"; do
  name=$(basename "$f" .jsonl)
  start=$(date +%s%N)
  if ! ./pipeline extract --input "$f" --output "$out/$name.pred" 2>"$out/$name.err"; then
    echo "$name: extract failed: $(tail -n 2 "$out/$name.err")"; continue
  fi
  secs=$(( ($(date +%s%N) - start) / 1000000 ))
  python3 "$here/score.py" "$f" "$out/$name.pred" --json | python3 -c '
import json, sys
m = json.load(sys.stdin)["metrics"]
def g(k):
    v = m.get(k, {}).get("value") if isinstance(m.get(k), dict) else m.get(k)
    return "-" if v is None else "%.3f" % v
print("%-18s %8s %8s %8s %10s %8s %8s %8s %8.1f" % (sys.argv[1], g("admin1_acc"), g("country_acc"), g("type_acc"),
      g("killed_exact_pos"), g("event_recall"), g("topo_f1"), g("acc161"), int(sys.argv[2]) / 1000.0))' "$name" "$secs"
done
