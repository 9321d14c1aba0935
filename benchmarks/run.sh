#!/usr/bin/env bash
# Runs the engine overhead benchmark (JMH) and prints its summary table. Arguments go to JMH, e.g.
#   benchmarks/run.sh -prof jfr          # with a flight recording per fork
#   benchmarks/run.sh -p threads=2 -f 2  # only 2 threads, two forks
# Uses the org.retort.* artifacts in the local Maven repository: after changing the engine, install
# it first (mvn -pl bundles/org.retort.api,bundles/org.retort.engine install -DskipTests).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
mvn -B -q -f pom.xml package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
exec java -cp "target/classes:$(cat target/classpath.txt)" org.retort.benchmarks.Main "$@"
