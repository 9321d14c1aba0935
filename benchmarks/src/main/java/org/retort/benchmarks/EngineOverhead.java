package org.retort.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.retort.api.data.Row;
import org.retort.engine.Run;
import org.retort.engine.RunState;
import org.retort.engine.workflow.Workflow;

/**
 * The same rows and the same per-row work ({@link Gyration}) through the engine and in a plain loop,
 * at 1 and 2 threads, in one JMH run so their ratios are not blurred by the machine's mood between
 * runs. Scores are rows per second ({@link #ROWS} rows per operation), except {@link #runOfOneRow},
 * the fixed cost of a run in seconds.
 *
 * <ul>
 * <li>{@link #plainLoop}: the rows split into one slice per thread.</li>
 * <li>{@link #engineStreaming}: a run that never ends, metered at its sink: the engine's per-row
 *     overhead (chunks, queues, ordering, counters) without the start and end of a run.</li>
 * <li>{@link #engineRun}: whole runs of {@link #ROWS} rows, start and end included: what a user waits for.</li>
 * <li>{@link #runOfOneRow}: whole runs of one row: what every run costs whatever its size.</li>
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class EngineOverhead {

    /** Rows per operation: about 0.2 s of work on one core. */
    public static final int ROWS = 100_000;

    /** The rows, made once per JVM. */
    @State(Scope.Benchmark)
    public static class Dataset {
        final List<Row> rows = Conformers.generate(ROWS);
    }

    /**
     * One run that streams until the trial ends. Its cache bound is {@link #ROWS}: each node keeps its
     * output for the cache until it finishes, up to the bound, and with the production bound a run
     * that never finishes would hold 2 million rows per node, whose copying in young collections
     * stalls the pipeline long enough to fail the run (see {@code docs/benchmarks.md}).
     */
    @State(Scope.Benchmark)
    public static class Streaming {

        /** Rows per chunk: the engine's default, and a tenth of it. */
        @Param({"1000", "100"})
        int chunkSize;

        /** The streaming node's concurrency. */
        @Param({"1", "2"})
        int threads;

        private final MeteredSink sink = new MeteredSink();
        private BenchEngine bench;
        private Run run;

        @Setup(Level.Trial)
        public void setUp(Dataset data) throws Exception {
            bench = new BenchEngine(ROWS, new EndlessConformers(data.rows), sink);
            run = bench.engine.start(BenchEngine.pipeline("bench.endless-conformers", Map.of(), "bench.metered"),
                    bench.options(chunkSize, threads));
        }

        void pass() throws InterruptedException {
            if (!sink.await(ROWS, 60)) {
                throw new IllegalStateException("rows stopped arriving; the run is " + run.state() + " " + run.failure());
            }
        }

        @TearDown(Level.Trial)
        public void tearDown() throws Exception {
            run.cancel();
            run.await(Duration.ofSeconds(10));
            bench.close();
        }
    }

    /** Whole runs, each from a fresh Camel context to its stop, as the engine runs every workflow. */
    @State(Scope.Benchmark)
    public static class WholeRuns {

        /** The streaming node's concurrency. */
        @Param({"1", "2"})
        int threads;

        private final CountingSink sink = new CountingSink();
        private BenchEngine bench;

        @Setup(Level.Trial)
        public void setUp(Dataset data) throws Exception {
            bench = new BenchEngine(BenchEngine.CACHE_ROWS, new ConformerSource(data.rows), sink);
        }

        /** A run of {@code rows} rows in chunks of the default size; fails loudly if a row went missing. */
        double run(int rows) throws Exception {
            Workflow workflow = BenchEngine.pipeline("bench.conformers", Map.of("rows", rows), "bench.count");
            Run run = bench.engine.start(workflow, bench.options(1000, threads));
            if (!run.await(Duration.ofMinutes(2)) || run.state() != RunState.SUCCEEDED) {
                throw new IllegalStateException("run " + run.state() + ": " + run.failure());
            }
            if (sink.rows() != rows) {
                throw new IllegalStateException("the sink got " + sink.rows() + " rows of " + rows);
            }
            return sink.sum();
        }

        @TearDown(Level.Trial)
        public void tearDown() throws Exception {
            bench.close();
        }
    }

    /** The rows split into one contiguous slice per thread. */
    @State(Scope.Benchmark)
    public static class PlainLoop {

        /** Threads the rows are split between. */
        @Param({"1", "2"})
        int threads;

        private final List<List<Row>> slices = new ArrayList<>();
        private ExecutorService pool;

        @Setup(Level.Trial)
        public void setUp(Dataset data) {
            for (int i = 0; i < threads; i++) {
                slices.add(data.rows.subList(i * ROWS / threads, (i + 1) * ROWS / threads));
            }
            pool = Executors.newFixedThreadPool(threads);
        }

        double run() throws Exception {
            if (threads == 1) {
                return sum(slices.get(0));
            }
            var parts = new ArrayList<Future<Double>>();
            for (List<Row> slice : slices) {
                parts.add(pool.submit(() -> sum(slice)));
            }
            double total = 0;
            for (Future<Double> part : parts) {
                total += part.get();
            }
            return total;
        }

        private static double sum(List<Row> rows) {
            double total = 0;
            for (Row row : rows) {
                total += (Double) Gyration.apply(row).get(2);
            }
            return total;
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            pool.shutdownNow();
        }
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public double plainLoop(PlainLoop loop) throws Exception {
        return loop.run();
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public void engineStreaming(Streaming streaming) throws Exception {
        streaming.pass();
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public double engineRun(WholeRuns runs) throws Exception {
        return runs.run(ROWS);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public double runOfOneRow(WholeRuns runs) throws Exception {
        return runs.run(1);
    }
}
