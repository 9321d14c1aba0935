#!/usr/bin/env bash
# Runs the engine overhead benchmark (JMH) and prints its summary table. Arguments go to JMH, e.g.
#   benchmarks/run.sh -prof jfr          # with a flight recording per fork
#   benchmarks/run.sh -p threads=2 -f 2  # only 2 threads, two forks
#   benchmarks/run.sh ChemPipeline       # the chemistry pipeline instead (docs/benchmarks.md)
#   benchmarks/run.sh ChemPipeline -p inchikey=true   # … with the Standardize node's InChIKey column
#   benchmarks/run.sh --cores 1 ChemPipeline -p threads=1   # the whole JVM pinned to one core (taskset)
# the chemistry pipeline with the engine and the plain loop alternating in one JVM (not JMH; steadier ratios):
#   benchmarks/run.sh [--cores N] --compare [--threads N] [--rounds R] [--warmup W] [--chunk ROWS] [--staged ROWS] [--copies N]
#   (JAVA_OPTS adds options to its JVM)
# and the chemistry pipeline's memory check (not JMH: 1,000,000 molecules through a 512 MB heap):
#   benchmarks/run.sh --memory [molecules] [--inchikey] [--no-cache] [--keep]
# Uses the org.retort.* artifacts in the local Maven repository: after changing the engine, install
# it first (mvn -pl bundles/org.retort.api,bundles/org.retort.engine install -DskipTests).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
pin=()
if [[ "${1:-}" == "--cores" ]]; then
  [[ "${2:-}" =~ ^[1-9][0-9]*$ ]] || { echo "--cores takes a number" >&2; exit 1; }
  pin=(taskset -c "0-$(( $2 - 1 ))")
  shift 2
fi
mvn -B -q -f pom.xml package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
if [[ "${1:-}" == "--compare" ]]; then
  shift
  exec "${pin[@]}" java -Xms2g -Xmx2g ${JAVA_OPTS:-} -cp "target/classes:$(cat target/classpath.txt)" org.retort.benchmarks.ChemCompare "$@"
fi
if [[ "${1:-}" == "--memory" ]]; then
  shift
  exec "${pin[@]}" java -Xmx512m -cp "target/classes:$(cat target/classpath.txt)" org.retort.benchmarks.ChemMemory "$@"
fi
exec "${pin[@]}" java -cp "target/classes:$(cat target/classpath.txt)" org.retort.benchmarks.Main "$@"
