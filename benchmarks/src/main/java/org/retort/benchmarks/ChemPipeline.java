package org.retort.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.retort.engine.NodeStats;
import org.retort.engine.Run;
import org.retort.engine.RunState;

/**
 * The chemistry pipeline of the chemistry issue's "Measure": import SMILES → standardize → descriptors
 * (MW, XLogP, TPSA, Lipinski HBD/HBA, rotatable bonds) → export CSV over the NCI set, through the
 * engine and in a plain loop doing the same per-molecule work, at 1 and 2 threads, in one JMH run.
 *
 * <ul>
 * <li>{@link #engine}: one whole run of the workflow per operation, reading the SMILES file and writing
 *     the CSV file, start and end of the run included; {@code threads} is the run's concurrency, so each
 *     of the two streaming nodes works on up to that many chunks at once. The result cache is off
 *     (bound 0): with it, a repeated run replays the unchanged file's rows from memory and computes
 *     nothing.</li>
 * <li>{@link #plainLoop}: per operation, read the same file, split its lines into one contiguous slice
 *     per thread, and run {@link ChemWork.PlainLoop} on each slice, each thread writing its own CSV
 *     file.</li>
 * </ul>
 * The primary score is operations (passes over the set) per second; the secondary score
 * {@code molecules} is molecules per second. Before measuring, one engine run and one plain pass are
 * compared byte for byte: the benchmark refuses to run if the two CSV files differ.
 *
 * <p>{@code inchikey} is the Standardize node's InChIKey column (on by default in the node, off here by
 * default because the six-descriptor pipeline does not ask for it and it costs more than
 * everything else together); {@code -p inchikey=true} measures both sides with it.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 10, time = 3)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class ChemPipeline {

    /** The NCI set as a SMILES file in a fresh directory, where both sides also write their CSV files. */
    @State(Scope.Benchmark)
    public static class Molecules {

        /** How many times the set is repeated in the file (record numbers continuing): 1 is the set itself. */
        @Param({"1"})
        int copies;

        Path directory;
        Path input;
        /** Non-blank lines: the molecules each operation processes. */
        int molecules;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            List<String> lines = ChemWork.nciLines();
            molecules = copies * (int) lines.stream().filter(l -> !l.isBlank()).count();
            directory = Files.createTempDirectory("retort-chem-bench");
            input = directory.resolve("nci.smi");
            ChemWork.writeRepeated(lines, (long) copies * lines.size(), input);
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /**
     * Secondary scores, which JMH reports per second: {@code molecules} processed, and {@code cpuMicros},
     * the CPU time the whole JVM used during the operations (all its threads: the engine's, the pool's,
     * JIT and GC), so {@code cpuMicros / 1e6} is the number of cores kept busy and
     * {@code cpuMicros / molecules} the CPU time a molecule cost.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counters {

        private static final com.sun.management.OperatingSystemMXBean OS =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

        public long molecules;
        public long cpuMicros;
        private long cpuAtStart;

        @Setup(Level.Iteration)
        public void clear() {
            molecules = 0;
            cpuMicros = 0;
        }

        void start() {
            cpuAtStart = OS.getProcessCpuTime();
        }

        void done(int processed) {
            cpuMicros += (OS.getProcessCpuTime() - cpuAtStart) / 1000;
            molecules += processed;
        }
    }

    /** Whole runs of the workflow on an engine whose result cache is off. */
    @State(Scope.Benchmark)
    public static class EngineRuns {

        /** The run's concurrency: threads per streaming node. */
        @Param({"1", "2"})
        int threads;

        /** Whether the Standardize node adds the InChIKey. */
        @Param({"false"})
        boolean inchikey;

        /** Rows per chunk: the engine's default (250). */
        @Param({"250"})
        int chunkSize;

        /** Whether consecutive streaming nodes run fused, in one thread per chunk (the default), or each behind its own queue. */
        @Param({"true", "false"})
        boolean fuse;

        private BenchEngine bench;
        private Path output;
        private long expectedRows;
        private Run last;

        @Setup(Level.Trial)
        public void setUp(Molecules data) throws Exception {
            bench = new BenchEngine(0, ChemWork.nodeTypes());
            output = data.directory.resolve("engine-" + threads + ".csv");
            run(data);
            Path plain = data.directory.resolve("plain-check.csv");
            long plainRows;
            try (Writer out = Files.newBufferedWriter(plain, StandardCharsets.UTF_8)) {
                out.write(ChemWork.header(inchikey));
                plainRows = new ChemWork.PlainLoop(inchikey).run(Files.readAllLines(data.input, StandardCharsets.UTF_8), out);
            }
            List<String> engineLines = Files.readAllLines(output, StandardCharsets.UTF_8);
            List<String> plainLines = Files.readAllLines(plain, StandardCharsets.UTF_8);
            for (int i = 0; i < Math.max(engineLines.size(), plainLines.size()); i++) {
                String e = i < engineLines.size() ? engineLines.get(i) : "(none)";
                String p = i < plainLines.size() ? plainLines.get(i) : "(none)";
                if (!e.equals(p)) {
                    throw new IllegalStateException("the engine and the plain loop do not do the same work: line " + (i + 1)
                            + " differs:\n  engine: " + e + "\n  plain:  " + p);
                }
            }
            expectedRows = plainRows;
            System.out.printf("%n[check] engine and plain loop wrote identical CSV: %,d rows of %,d molecules%n",
                    plainRows, data.molecules);
        }

        /** One whole run; fails loudly unless it succeeded and wrote the expected rows. */
        long run(Molecules data) throws Exception {
            Run run = bench.engine.start(ChemWork.workflow(data.input, output, inchikey),
                    bench.options(chunkSize, threads).withFusion(fuse));
            if (!run.await(Duration.ofMinutes(5)) || run.state() != RunState.SUCCEEDED) {
                throw new IllegalStateException("run " + run.state() + ": " + run.failure());
            }
            long written = written(run);
            if (expectedRows > 0 && written != expectedRows) {
                throw new IllegalStateException("the run wrote " + written + " rows, expected " + expectedRows);
            }
            last = run;
            return written;
        }

        static long written(Run run) {
            return run.nodes().stream().filter(n -> n.nodeId().equals("write"))
                    .mapToLong(n -> n.counters().getOrDefault("rows written", 0L)).sum();
        }

        @TearDown(Level.Trial)
        public void tearDown() throws Exception {
            if (last != null) {
                System.out.println();
                for (NodeStats node : last.nodes()) {
                    System.out.printf("[last run] %-12s in %,6d out %,6d failed %,4d  %,6d ms in node code  %s%n", node.nodeId(),
                            node.rowsIn(), node.rowsOut(), node.rowsFailed(), node.millis(), node.counters());
                }
            }
            bench.close();
        }
    }

    /** The plain loop, the molecules split into one contiguous slice per thread. */
    @State(Scope.Benchmark)
    public static class PlainLoops {

        /** Threads the molecules are split between. */
        @Param({"1", "2"})
        int threads;

        /** Whether the standardization adds the InChIKey. */
        @Param({"false"})
        boolean inchikey;

        /**
         * 0: each molecule from parse to CSV line before the next; n: step by step over batches of n
         * molecules, as the nodes work on chunks (a diagnostic: {@code -p staged=1000}).
         */
        @Param({"0"})
        int staged;

        private ChemWork.PlainPasses passes;

        @Setup(Level.Trial)
        public void setUp(Molecules data) throws Exception {
            passes = new ChemWork.PlainPasses(threads, inchikey, data.directory);
        }

        long run(Molecules data) throws Exception {
            return passes.run(Files.readAllLines(data.input, StandardCharsets.UTF_8), staged);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            passes.close();
        }
    }

    @Benchmark
    public long engine(EngineRuns runs, Molecules data, Counters counters) throws Exception {
        counters.start();
        long written = runs.run(data);
        counters.done(data.molecules);
        return written;
    }

    @Benchmark
    public long plainLoop(PlainLoops loops, Molecules data, Counters counters) throws Exception {
        counters.start();
        long written = loops.run(data);
        counters.done(data.molecules);
        return written;
    }
}
