#!/usr/bin/env bash
# The main job: from a fresh clone to Reports/. Installs what is missing (apt packages, the
# Methods/ venv), builds, writes the phantoms of BTCV, CHAOS, AMOS and BraTS and ingests them,
# runs every split of datasets.json with every method of methods.json that fits its protocol,
# gives Causal-SAM-LLM one round of the simulated clinician's corrections (TCI) on every
# out-of-distribution split, and writes the report (leaderboards, drops, claims, figures) to
# Reports/. A re-run reuses the store and the trained models and only redoes what changed.
#   scripts/main.sh [STORE]          (default Reports/results.sqlite)
# Environment: SEGBENCH_WORK (models, predictions; default .segbench/work),
#              SEGBENCH_PHANTOMS (default .segbench/phantoms; "none" to use the data the
#              store already indexes), SEGBENCH_METHODS (default the
#              deep methods and the builtin baselines; e.g. "atlas intensity" for a quick look),
#              SEGBENCH_LANES (default 2: lanes side by side, each taking the next training set).
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-Reports/results.sqlite}
work=${SEGBENCH_WORK:-.segbench/work}
phantoms=${SEGBENCH_PHANTOMS:-.segbench/phantoms}
supervised_methods=${SEGBENCH_METHODS:-atlas intensity unet unet_style sam_decoder sam_decoder_style causal_sam_llm zeus}
multichannel_methods=${SEGBENCH_MULTICHANNEL_METHODS:-zeus_early zeus_hybrid}
prompted_methods=${SEGBENCH_PROMPTED_METHODS:-sam_box sam_decoder causal_sam_llm zeus}
lanes=${SEGBENCH_LANES:-2}

started=$(date +%s)
timings=$(mktemp)
# The lanes' turns: a counter under a lock, so that two lanes never take the same training set.
counter=$(mktemp)
# The models of the training sets finished so far (the lanes' progress lines read it).
finished=$(mktemp)
echo 0 > "$finished"
trap 'rm -f "$timings" "$counter" "$counter.lock" "$finished" "$finished.lock"' EXIT
# step NAME COMMAND...: runs a step and notes its wall time for the summary at the end (in a
# file: lanes are subshells).
step() {
  local name=$1; shift
  local t0; t0=$(date +%s)
  "$@"
  echo "$(( $(date +%s) - t0 ))|$name" >> "$timings"
}

echo "== installing what is missing, building"
step "install (apt, Methods/.venv)" bash -c 'scripts/setup.sh && Methods/setup.sh'
step "build (release)" scripts/build-release.sh
bin=.build/release/segbench
# The SAM-based methods' shared frozen encoder is committed (Methods/weights); made again only
# when it is missing (Methods/pretrain.sh: phantoms of another seed, about 20 minutes).
[ -f Methods/weights/sam_small_ct.pt ] || step "shared SAM encoder (pre-training)" Methods/pretrain.sh
mkdir -p "$(dirname "$db")" "$work"

echo "== phantoms of the four datasets in their published layouts, validated and ingested"
# Ingest converts CHAOS's DICOM and checksums every file; skipped when this store already
# indexed these phantoms (the marker holds the store's path).
# SEGBENCH_PHANTOMS=none: the store already indexes real data (`segbench ingest … --db STORE`).
if [ "$phantoms" = none ]; then
  echo "using the case index of $db"
elif [ ! -f "$phantoms/.ingested" ] || [ "$(cat "$phantoms/.ingested")" != "$db" ] || [ ! -f "$db" ]; then
  step "phantoms" bash -c "rm -rf '$phantoms' && $bin phantoms --out '$phantoms' >/dev/null"
  step "validate and ingest" bash -c "$bin datasets validate --root '$phantoms' && $bin ingest all --root '$phantoms' --db '$db' --work '$work/ingest'"
  echo "$db" > "$phantoms/.ingested"
fi

# Every split with its protocol, type, training set's turn, channels, whether the report names
# it and whether the claims rest on it: splits with one training set (one model per method; the
# key is the run's own, `segbench splits training-sets`) are one piece of work, run in one lane.
# The report takes every out-of-distribution split (with its in-distribution control) and every
# in-distribution split that is no split's control (CHAOS T1-DUAL's two channels).
training_sets=$("$bin" splits training-sets --db "$db")
# The methods whose methods.json entry names seeds (the trained ones).
seeded_methods=$(python3 -c 'import json; print(" ".join(n for n, e in json.load(open("methods.json"))["methods"].items() if "seeds" in e))')
splits=$(SEGBENCH_TRAINING_SETS=$training_sets python3 - \
  "$(wc -w <<< "$supervised_methods")" "$(wc -w <<< "$prompted_methods")" "$(wc -w <<< "$multichannel_methods")" <<'PY'
import json, os, re, sys
supervised, prompted, multichannel = map(int, sys.argv[1:])
sets = {}
for line in os.environ["SEGBENCH_TRAINING_SETS"].splitlines():
    name, key = line.split()[:2]
    sets[name] = (key, int(re.search(r"(\d+) channels?:", line).group(1)) > 1)
splits = json.load(open("datasets.json"))["splits"]
controls = {s.get("control") for s in splits.values()}
# The claims rest on the cross-modality, -scanner and -site splits and their controls: there
# every trained method runs its methods.json seeds (three); elsewhere one (the report says so).
claims = {name: split["type"] in ("cross_modality", "cross_scanner", "cross_site") or name in controls
          for name, split in splits.items()}
# A training set's weight: the models it trains (methods × seeds). Its turn: heaviest first, so
# that the lanes, each taking the next turn when it is free, end close together.
weight = {}
for name, split in splits.items():
    key, several = sets[name]
    methods = prompted if split["protocol"] == "prompted" else supervised + (multichannel if several else 0)
    weight[key] = max(weight.get(key, 0), methods * (3 if claims[name] else 1))
turn = {key: n for n, key in enumerate(sorted(weight, key=lambda k: -weight[k]))}
for name, split in splits.items():
    key, several = sets[name]
    reported = int(split["type"] != "in_distribution" or name not in controls)
    print(f"{name}:{split['protocol']}:{split['type']}:{turn[key]}:{int(several)}:{reported}:{int(claims[name])}:{weight[key]}",
          end=" ")
PY
)
reported=()
for entry in $splits; do
  IFS=: read -r split protocol type lane several report claims weight <<< "$entry"
  [ "$report" = 1 ] && reported+=(--split "$split")
done

# The turns, one per training set; the counter holds the next one to take.
turns=$(tr ' ' '\n' <<< "$splits" | grep . | cut -d: -f4 | sort -u | wc -l)
echo 0 > "$counter"
next_turn() { ( flock 9; local n; n=$(<"$counter"); echo $(( n + 1 )) > "$counter"; echo "$n" ) 9> "$counter.lock"; }
# The job's progress in models (a training set's weight: its methods × seeds): the total, and
# the weight of the sets finished so far (a file: lanes are subshells).
total_weight=$(tr ' ' '\n' <<< "$splits" | grep . | awk -F: '!seen[$4]++ { sum += $8 } END { print sum }')
# set_line TURN: one line as a lane takes a training set: which, and the job so far with an
# estimate of what is left from the models the finished sets trained (rough: sets differ).
set_line() {
  local done elapsed rate
  done=$( ( flock 9; cat "$finished" ) 9> "$finished.lock" ); elapsed=$(( $(date +%s) - started ))
  # The rate counts from the lanes' start: installing, building and ingesting are not training.
  rate=$(( $(date +%s) - lanes_started ))
  local names; names=$(tr ' ' '\n' <<< "$splits" | awk -F: -v t="$1" '$4 == t { printf "%s%s", sep, $1; sep = ", " }')
  local left=""
  [ "$done" -gt 0 ] && left=", about $(( rate * (total_weight - done) / done / 60 )) min left"
  echo "== training set $(( $1 + 1 ))/$turns ($names): $done of $total_weight models done, $(( elapsed / 60 )) min so far$left"
}

# seeds METHOD CLAIMS: the --seeds option of a method on a split (empty: its methods.json seeds).
seeds_of() {
  [ "$2" = 1 ] || [[ " $seeded_methods " != *" $1 "* ]] || echo "--seeds 1"
}

# A lane: while a training set is left, takes the next one and runs each of its splits with
# every method that fits the split's protocol, then TCI.
lane() {
  local turn
  while turn=$(next_turn) && [ "$turn" -lt "$turns" ]; do
    set_line "$turn"
    export SEGBENCH_METHODS_POOL="$pools/set-$turn"
    local turn_weight=0
    for entry in $splits; do
      IFS=: read -r split protocol type number several report claims weight <<< "$entry"
      [ "$number" = "$turn" ] || continue
      turn_weight=$weight
      methods=$supervised_methods
      [ "$several" = 1 ] && methods="$methods $multichannel_methods"
      [ "$protocol" = prompted ] && methods=$prompted_methods
      # --allow-failures: a failed case is stored and reported (an empty prediction, Dice 0,
      # listed as failed in Reports/), so the benchmark goes on; `segbench run` alone exits 3.
      for method in $methods; do
        # shellcheck disable=SC2046  # empty or two words
        step "$method on $split" "$bin" run --split "$split" --method "$method" $(seeds_of "$method" "$claims") --db "$db" --work "$work" --jobs 2 --allow-failures
      done
      # TCI: one round of the simulated clinician's command on each case, out of distribution.
      if [ "$type" != in_distribution ] && [ "$protocol" != prompted ] && [[ " $methods " == *" causal_sam_llm "* ]]; then
        # shellcheck disable=SC2046
        step "causal_sam_llm +1 round on $split" "$bin" run --split "$split" --method causal_sam_llm --interact-rounds 1 $(seeds_of causal_sam_llm "$claims") --db "$db" --work "$work" --jobs 2 --allow-failures
      fi
    done
    ( flock 9; echo $(( $(<"$finished") + turn_weight )) > "$finished" ) 9> "$finished.lock"
    rm -rf "$SEGBENCH_METHODS_POOL"
  done
}

# The SAM-based methods' augmented training pool (Methods/segbench_methods/pool.py: copies of each
# training slice with their frozen-encoder embeddings) is made once per training set, augmentation
# kind and seed and read by the set's other methods: a lane runs a training set's methods one
# after the other, so the first makes it. Each set's pools go in a folder of their own, removed
# when the lane is done with the set: a pool is about 1 GB, and a full recompute makes dozens.
# The path is absolute: the methods run in Methods/, where a relative one would land.
pools=$(realpath -m "$work")/pool

echo "== every split, every method: trained once per training set, each case stored as it is scored"
lanes_started=$(date +%s)
if [ "$lanes" -le 1 ]; then
  lane
else
  # Lanes run side by side, each method with its share of the cores: on 2 cores two trainings
  # with one thread each did 1.2 times the work of one with two (small models do not keep two
  # threads busy), and one lane's Python start-ups and scoring overlap the other's training.
  # Each lane's lines are prefixed with its number (plain lines: not a terminal).
  export SEGBENCH_METHODS_THREADS=$(( $(nproc) / lanes > 0 ? $(nproc) / lanes : 1 ))
  pids=()
  for (( n = 0; n < lanes; n++ )); do
    ( lane 2>&1 | sed -u "s/^/[lane $((n + 1))] /" ) &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid"; done
fi

echo "== regressions: each method's newest version against the one stored before it, when there is one"
{
  echo "# Regressions against the previous run"
  echo
  for method in $(printf '%s\n' $supervised_methods $multichannel_methods $prompted_methods | awk '!seen[$0]++'); do
    if out=$("$bin" compare "$method@previous" "$method@latest" --db "$db" --fail-on never 2>&1); then
      printf '%s\n\n' "$out"
    else
      echo "- $method: $(echo "$out" | head -n 1 | sed 's/^Error: //')"
    fi
  done
} > Reports/regressions.md

echo "== the report: every out-of-distribution split with its controls, the claims, the figures"
rm -rf Reports/figures   # figures of splits or methods no longer reported would linger
step "report" "$bin" report "${reported[@]}" --db "$db" --out Reports --cell mean-ci --baseline sam_decoder \
  --mechanism causal_sam_llm:sam_decoder_style:LAD \
  --contrast "zeus_early:zeus:early against late fusion" --contrast "zeus_hybrid:zeus:hybrid against late fusion"

echo
echo "== where the time went"
# Every step that took a second or more, longest first; then the steps per method (a method's
# runs on every split, its TCI rounds apart), which is where a full recompute spends its time.
sort -t'|' -k1,1nr "$timings" | awk -F'|' '
  $1 >= 1 { printf "%6d s  %s\n", $1, $2 }
  $1 < 1 { quick++ }
  END { if (quick) printf "          (%d more steps under a second each)\n", quick }'
echo "per method, summed over its splits (the first SAM-based method of a training set also pre-trains its small SAM):"
awk -F'|' '$2 ~ / on / { split($2, words, " on "); sum[words[1]] += $1; runs[words[1]]++ }
  END { for (m in sum) printf "%6d s  %s (%d run%s)\n", sum[m], m, runs[m], runs[m] == 1 ? "" : "s" }' "$timings" | sort -k1,1nr
[ "$lanes" -le 1 ] || echo "(steps of the $lanes lanes overlap: their sum exceeds the total)"
echo "total: $(( $(date +%s) - started )) s; the report is Reports/README.md"
