#!/usr/bin/env bash
# The performance smoke gate of the project's own CI (docs/ci.md explains it).
#
# Runs one point of every benchmark family (the --quick suite) with JMH's GC profiler, then
# compares the run with the baseline committed in .ci/baseline/ for the same vector width:
#   - gating: deterministic metrics: allocation per operation (gc.alloc.rate.norm, about 0 B/op for
#     the vectorized kernels; a boxed Vector API call shows up here first), modeled metrics, and
#     accuracy figures when the CPU, JDK and vector width are the baseline's;
#   - reported only: timings (CI machines are too noisy and too different to gate on them).
# Accuracy figures and allocations can depend on the vector width, so each width has its own
# baseline; a width without one is reported but not gated. A changed metric is confirmed by a
# second run before the gate fails (JIT decisions differ between JVMs now and then).
#
#   bash .ci/smoke-gate.sh            run and compare (exit 1 on an unexpected metric change)
#   bash .ci/smoke-gate.sh --record   run and store the result as this width's baseline
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

record=""
case "${1:-}" in
  --record) record=yes ;;
  "") ;;
  *) echo "usage: bash .ci/smoke-gate.sh [--record]" >&2; exit 2 ;;
esac

mkdir -p target/ci
# Warm-up seconds ($1) let C2 compile the kernels (interpreted and C1 code allocates); three
# measured iterations show which metrics stay constant. -XX:TypeProfileWidth=0 turns C2's
# receiver-type profiles off: a kernel that calls a method on a loop-carried vector then boxes in
# every run, not only in the runs where tiered compilation left the profile empty (one JVM in ten;
# kernels/.../platform/Lanes.java explains the rule), so allocation is deterministic and a kernel
# breaking the rule fails the gate at once. Timings of this run are for information only.
smoke() {
  run="target/ci/smoke-$(date -u +%Y%m%dT%H%M%SZ).json"
  ./accelbench bench --quick -prof gc -jvmArgsAppend -XX:TypeProfileWidth=0 \
    -wi "$1" -w 1 -i 3 -r 1 -rf json -rff "$run"
}
# A baseline is recorded warmed up as long as the confirming run.
if [ -n "$record" ]; then smoke 6; else smoke 2; fi

bits=$(grep -o '"vector_bits" *: *[0-9]*' "${run%.json}.env.json" | grep -o '[0-9]*$' || true)
if [ -z "$bits" ]; then
  echo "smoke gate: no vector_bits in ${run%.json}.env.json; cannot pick a baseline" >&2
  exit 2
fi
baseline=".ci/baseline/smoke-${bits}bit.json"

if [ -n "$record" ]; then
  mkdir -p .ci/baseline
  cp "$run" "$baseline.tmp" && mv "$baseline.tmp" "$baseline"
  cp "${run%.json}.env.json" "${baseline%.json}.env.json.tmp" && mv "${baseline%.json}.env.json.tmp" "${baseline%.json}.env.json"
  echo "smoke gate: recorded $baseline (commit it with its .env.json)"
  exit 0
fi

if [ ! -f "$baseline" ]; then
  echo "smoke gate: no baseline for ${bits}-bit vectors ($baseline); this run is reported, not gated."
  echo "  Record one on such a machine with: bash .ci/smoke-gate.sh --record"
  exit 0
fi
echo "smoke gate: $run against $baseline (gating on deterministic metrics; timings for information)"
if ./accelbench compare "$baseline" "$run" --gate metrics --format markdown; then
  exit 0
fi
# C2 now and then gives up inlining a kernel in one JVM (its vectors are then boxed and it
# allocates megabytes per call) or places objects differently; such a run is not the code's
# fault; it happens mostly while C2 is still replacing its first (on-stack) compilations, so the
# confirming run warms up six seconds, the longest any benchmark asks for. A real change repeats.
echo "smoke gate: a deterministic metric changed; running the suite once more, warmed up longer, to confirm"
smoke 6
echo "smoke gate: confirming with $run against $baseline"
./accelbench compare "$baseline" "$run" --gate metrics --format markdown
