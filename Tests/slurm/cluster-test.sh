#!/usr/bin/env bash
# The cluster path on a real SLURM: a single-node cluster from Debian's slurm-wlm and munge,
# started here without systemd (private ports, munge socket and state under a temporary folder),
# runs `segbench slurm submit` of the phantom benchmark and must give exactly the rows of a local
# `segbench run` of the same selection; a shard made to fail is named by `slurm status` and
# recovered by a second submit. Every daemon started is stopped by its PID on exit, pass or fail.
#   Tests/slurm/cluster-test.sh            (scripts/test.sh runs it; needs root for slurmd)
# Environment: SEGBENCH_BIN (default .build/debug/segbench), SEGBENCH_SLURM_KEEP=1 keeps the folder.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
bin=${SEGBENCH_BIN:-$repo/.build/debug/segbench}
[ -x "$bin" ] || { echo "cluster test: $bin is not built" >&2; exit 1; }
tmp=$(mktemp -d /tmp/segbench-slurm.XXXXXX)
chmod 0755 "$tmp"
pids=()
cleanup() {
  local status=$?
  for (( i = ${#pids[@]} - 1; i >= 0; i-- )); do kill "${pids[$i]}" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  if [ "$status" != 0 ] || [ "${SEGBENCH_SLURM_KEEP:-}" = 1 ]; then echo "cluster test: files kept in $tmp" >&2; else rm -rf "$tmp"; fi
  exit "$status"
}
trap cleanup EXIT
fail() { echo "cluster test FAILED: $*" >&2; exit 1; }
# wait_for SECONDS COMMAND...: until the command succeeds, at most SECONDS.
wait_for() {
  local limit=$1; shift
  for _ in $(seq $(( limit * 2 ))); do "$@" >/dev/null 2>&1 && return 0; sleep 0.5; done
  return 1
}

echo "== $(date +%T) munge: a private key, socket and state"
m=$tmp/munge
mkdir -p "$m/etc" "$m/run" "$m/log" "$m/lib"
chown -R munge:munge "$m"
chmod 0700 "$m/etc" "$m/log" "$m/lib"
chmod 0711 "$m/run"
runuser -u munge -- mungekey --create --keyfile="$m/etc/munge.key"
setpriv --reuid=munge --regid=munge --init-groups munged -F --key-file="$m/etc/munge.key" --socket="$m/run/munge.socket" \
  --pid-file="$m/run/munged.pid" --log-file="$m/log/munged.log" --seed-file="$m/lib/munged.seed" &
pids+=($!)
wait_for 20 test -S "$m/run/munge.socket" || fail "munged did not start ($m/log/munged.log)"

echo "== $(date +%T) slurmctld and slurmd on private ports"
s=$tmp/slurm
mkdir -p "$s/state" "$s/spool" "$s/log"
port=$(( 20000 + $$ % 20000 ))
host=$(hostname -s)
node=$(slurmd -C | head -n 1)
cat > "$s/slurm.conf" <<CONF
ClusterName=segbenchtest
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$port
SlurmdPort=$(( port + 1 ))
SlurmUser=root
AuthType=auth/munge
AuthInfo=socket=$m/run/munge.socket
CredType=cred/munge
MailProg=/bin/true
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
StateSaveLocation=$s/state
SlurmdSpoolDir=$s/spool
SlurmctldPidFile=$s/slurmctld.pid
SlurmdPidFile=$s/slurmd.pid
SlurmctldLogFile=$s/log/slurmctld.log
SlurmdLogFile=$s/log/slurmd.log
ReturnToService=2
MaxArraySize=1000
$node NodeAddr=127.0.0.1 State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF=$s/slurm.conf
slurmctld -D -i >/dev/null 2>&1 &
pids+=($!)
slurmd -D >/dev/null 2>&1 &
pids+=($!)
idle() { [ "$(sinfo -h -o %T 2>/dev/null | head -n 1)" = idle ]; }
wait_for 60 idle || fail "the node did not come up idle ($s/log)"

echo "== $(date +%T) the phantoms, BTCV and AMOS ingested into the cluster's store and a local one"
"$bin" phantoms --out "$tmp/phantoms" >/dev/null
mkdir -p "$tmp/cluster" "$tmp/local"
# The two splits read BTCV and AMOS only; the local store starts as a copy of the cluster's.
"$bin" ingest BTCV AMOS --root "$tmp/phantoms" --db "$tmp/cluster/results.sqlite" --work "$tmp/work/ingest" >/dev/null 2>&1
cp "$tmp/cluster/results.sqlite" "$tmp/local/results.sqlite"

# A third method, `oracle`: writes each BTCV case's reference as its prediction, and crashes on
# the cases listed in $tmp/crash while that file exists (the injected failing shard).
cat > "$tmp/oracle.py" <<'PY'
import json, os, sys
import nibabel as nib
import numpy as np
manifest = json.load(open(sys.argv[1]))
crash = set(open(os.environ["CRASH"]).read().split()) if os.path.exists(os.environ["CRASH"]) else set()
for case in manifest["cases"]:
    if case["case"] in crash:
        sys.exit("oracle: crashing on %s on purpose" % case["case"])
    number = case["case"].split("_")[1]
    reference = nib.load(os.path.join(os.environ["PHANTOMS"], "RawData/Training/label/label%s.nii.gz" % number))
    labels = np.asarray(reference.dataobj).astype(np.uint8)
    labels[labels == 10] = 0  # the portal vein: not among the scored labels
    nib.save(nib.Nifti1Image(labels, reference.affine), case["output"])
PY
python3 - "$repo/methods.json" "$tmp/methods.json" "$tmp" "$repo/Methods/.venv/bin/python" <<'PY'
import json, sys
methods = json.load(open(sys.argv[1]))
keep = {name: methods["methods"][name] for name in ("atlas", "intensity")}
tmp = sys.argv[3]
keep["oracle"] = {"kind": "command", "version": "1",
                  "predict": {"argv": [sys.argv[4], tmp + "/oracle.py", "{manifest}"], "time_limit_s": 60},
                  "environment": {"CRASH": tmp + "/crash", "PHANTOMS": tmp + "/phantoms"},
                  "output_labels": {"spleen": 1, "kidney_right": 2, "kidney_left": 3, "gallbladder": 4, "esophagus": 5, "liver": 6,
                                    "stomach": 7, "aorta": 8, "inferior_vena_cava": 9, "pancreas": 11,
                                    "adrenal_gland_right": 12, "adrenal_gland_left": 13}}
json.dump({"format_version": 1, "methods": keep}, open(sys.argv[2], "w"), indent=1)
PY
common=(--methods-catalog "$tmp/methods.json" --catalog "$repo/datasets.json")
selection=(--split id_btcv --split xsite_btcv_to_amosct --method atlas --method intensity)

echo "== $(date +%T) the local runs"
for split in id_btcv xsite_btcv_to_amosct; do
  for method in atlas intensity; do
    "$bin" run --split "$split" --method "$method" --db "$tmp/local/results.sqlite" --work "$tmp/localwork" "${common[@]}" >/dev/null 2>&1
  done
done
"$bin" run --split id_btcv --method oracle --db "$tmp/local/results.sqlite" --work "$tmp/localwork" "${common[@]}" >/dev/null 2>&1
crash_case=$(sqlite3 "$tmp/local/results.sqlite" "SELECT c.name FROM result r JOIN \"case\" c ON c.id = r.caseId JOIN run ON run.id = r.runId
  JOIN methodVersion v ON v.id = run.methodVersionId JOIN method m ON m.id = v.methodId WHERE m.name = 'oracle' ORDER BY c.name LIMIT 1")
[ -n "$crash_case" ] || fail "the local oracle run stored nothing"
echo "$crash_case" > "$tmp/crash"

echo "== $(date +%T) submit: 2 builtins on 2 splits and the oracle on one, 3 shards each; $crash_case will crash"
cd "$tmp"
"$bin" slurm submit "${selection[@]}" --shards 3 --max-parallel 2 --db "$tmp/cluster/results.sqlite" --work "$tmp/work" "${common[@]}" --dry-run > "$tmp/dry-run.txt"
grep -q "^#SBATCH --array=1-3%2" "$tmp/dry-run.txt" || fail "the dry run shows no array of 3 shards"
grep -q "train T1" "$tmp/dry-run.txt" || fail "the dry run shows no train job"
[ -z "$(squeue -h 2>/dev/null)" ] || fail "--dry-run submitted jobs"
"$bin" slurm submit "${selection[@]}" --shards 3 --max-parallel 2 --db "$tmp/cluster/results.sqlite" --work "$tmp/work" "${common[@]}"
"$bin" slurm submit --split id_btcv --method oracle --shards 3 --db "$tmp/cluster/results.sqlite" --work "$tmp/work" "${common[@]}"
settled() { "$bin" slurm status --work "$tmp/work" --all >/dev/null 2>&1; [ $? != 4 ]; }
wait_for 300 settled || { "$bin" slurm status --work "$tmp/work" --all; squeue; fail "the jobs did not finish in 300 s"; }
set +e
"$bin" slurm status --work "$tmp/work" --all > "$tmp/status1.txt"; status=$?
set -e
cat "$tmp/status1.txt"
[ "$status" = 3 ] || fail "status exited $status with a failed shard (3 expected)"
grep -q "run id_btcv:oracle, [0-9] of 3 shard(s): .*1 failed" "$tmp/status1.txt" || fail "status does not count the oracle's failed shard"
grep -q "LEFT OUT id_btcv:oracle shard [0-9]/3: failed (exit 3)" "$tmp/status1.txt" || fail "the merge did not leave the failed shard out"
grep -q "shard [0-9]/3: failed (exit 3); log .*run-id_btcv-oracle-shard" "$tmp/status1.txt" || fail "status does not name the failed shard and its log"

echo "== $(date +%T) the fix: the crash removed, the same selection submitted again (only the failed shard runs)"
rm "$tmp/crash"
"$bin" slurm submit --split id_btcv --method oracle --shards 3 --db "$tmp/cluster/results.sqlite" --work "$tmp/work" "${common[@]}" > "$tmp/resubmit.txt"
grep -q "shards [0-9] of 3" "$tmp/resubmit.txt" || { cat "$tmp/resubmit.txt"; fail "the resubmission is not one shard"; }
"$bin" slurm submit "${selection[@]}" --shards 3 --db "$tmp/cluster/results.sqlite" --work "$tmp/work" "${common[@]}" | grep -q "nothing to submit" \
  || fail "a second submit of what is merged submitted jobs again"
wait_for 120 settled || fail "the resubmission did not finish in 120 s"
"$bin" slurm status --work "$tmp/work" || fail "the resubmission's status is not all done"

echo "== $(date +%T) the merged store against the local one"
rows() {
  sqlite3 "$1" "SELECT m.name, v.version, run.split, run.options, c.dataset, c.name, s.structure, s.state, s.tp, s.fp, s.fn, s.nReference, s.nPrediction,
    mt.name, mt.value FROM result r JOIN run ON run.id = r.runId JOIN methodVersion v ON v.id = run.methodVersionId JOIN method m ON m.id = v.methodId
    JOIN \"case\" c ON c.id = r.caseId LEFT JOIN score s ON s.resultId = r.id LEFT JOIN metric mt ON mt.scoreId = s.id
    ORDER BY 1, 2, 3, 4, 5, 6, 7, 14"
}
rows "$tmp/local/results.sqlite" > "$tmp/local.rows"
rows "$tmp/cluster/results.sqlite" > "$tmp/cluster.rows"
[ -s "$tmp/local.rows" ] || fail "the local store has no rows"
cmp -s "$tmp/local.rows" "$tmp/cluster.rows" || { diff "$tmp/local.rows" "$tmp/cluster.rows" | head; fail "the merged store differs from the local run"; }
results=$(sqlite3 "$tmp/cluster/results.sqlite" "SELECT count(*) FROM result")
duplicates=$(sqlite3 "$tmp/cluster/results.sqlite" "SELECT count(*) FROM (SELECT runId, caseId FROM result GROUP BY 1, 2 HAVING count(*) > 1)")
failures=$(sqlite3 "$tmp/cluster/results.sqlite" "SELECT count(*) FROM failure")
integrity=$(sqlite3 "$tmp/cluster/results.sqlite" "PRAGMA integrity_check")
[ "$duplicates" = 0 ] && [ "$failures" = 0 ] && [ "$integrity" = ok ] || fail "duplicates $duplicates, failures $failures, integrity $integrity"
echo "cluster test passed: $results results, $(wc -l < "$tmp/cluster.rows") rows equal to the local run's, 0 duplicates, integrity ok"
