package org.retort.benchmarks;

import java.io.BufferedWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.retort.engine.Run;
import org.retort.engine.RunState;

/**
 * The chemistry pipeline of {@link ChemPipeline}, measured the other way round (not JMH): one JVM runs
 * the engine and the plain loop <em>alternately</em>, a whole engine run then a whole plain pass, round
 * after round, so that both see the same machine at nearly the same moment. On a shared machine whose
 * speed drifts over minutes, the ratio of each round (engine time over plain time) is far steadier than
 * the ratio of two JMH forks run minutes apart; the median of those ratios is the figure reported.
 *
 * <p>Arguments: {@code [--threads N] [--warmup ROUNDS] [--rounds ROUNDS] [--chunk ROWS] [--staged ROWS] [--copies N]}:
 * the run's concurrency and the plain loop's threads (default 1), rounds to warm up (default 30) and to
 * measure (default 40), rows per chunk (default 250), and with {@code --staged} a third side, the plain
 * loop working step by step over batches of that many molecules (see {@link ChemWork.PlainLoop#runStaged});
 * {@code --copies} repeats the set in the file (record numbers continuing), so that a run's fixed cost
 * (its start and end, also printed as the run of one molecule) weighs less.
 * Run it with {@code benchmarks/run.sh [--cores N] --compare …}.
 */
public final class ChemCompare {

    private ChemCompare() {
    }

    public static void main(String[] args) throws Exception {
        int threads = 1;
        int warmup = 30;
        int rounds = 40;
        int chunk = 250;
        int staged = 0;
        int copies = 1;
        for (int i = 0; i < args.length; i += 2) {
            int value = Integer.parseInt(args[i + 1]);
            switch (args[i]) {
                case "--threads" -> threads = value;
                case "--warmup" -> warmup = value;
                case "--rounds" -> rounds = value;
                case "--chunk" -> chunk = value;
                case "--staged" -> staged = value;
                case "--copies" -> copies = value;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        List<String> lines = ChemWork.nciLines();
        int molecules = copies * (int) lines.stream().filter(l -> !l.isBlank()).count();
        Path directory = Files.createTempDirectory("retort-chem-compare");
        Path input = directory.resolve("nci.smi");
        ChemWork.writeRepeated(lines, (long) copies * lines.size(), input);
        Path one = directory.resolve("one.smi");
        ChemWork.writeRepeated(lines, 1, one);
        System.out.printf(Locale.ROOT, "%d cores, Java %s, %,d molecules (NCI set x%d), engine concurrency %d, chunks of %d rows, plain loop on %d thread(s)%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), molecules, copies, threads, chunk, threads);

        var plain = new Plain(threads, directory);
        try (var bench = new BenchEngine(0, ChemWork.nodeTypes())) {
            Path output = directory.resolve("engine.csv");
            var options = bench.options(chunk, threads);
            int finalThreads = threads;
            Side engine = () -> run(bench, input, output, options);
            Side single = () -> run(bench, one, output, options);
            Side loop = () -> plain.run(Files.readAllLines(input, StandardCharsets.UTF_8), 0);
            int batch = staged;
            Side stagedLoop = () -> plain.run(Files.readAllLines(input, StandardCharsets.UTF_8), batch);
            var times = new double[4][rounds];
            for (int round = -warmup; round < rounds; round++) {
                double e = seconds(engine);
                double p = seconds(loop);
                double s = staged > 0 ? seconds(stagedLoop) : Double.NaN;
                double o = seconds(single);
                if (round >= 0) {
                    times[3][round] = o;
                    times[0][round] = e;
                    times[1][round] = p;
                    times[2][round] = s;
                }
            }
            double[] engineOverPlain = new double[rounds];
            double[] stagedOverPlain = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                engineOverPlain[i] = times[1][i] / times[0][i];
                stagedOverPlain[i] = times[1][i] / times[2][i];
            }
            System.out.printf(Locale.ROOT, "%nafter %d rounds of warm-up, %d rounds (medians; quartiles of the per-round ratio in brackets):%n", warmup, rounds);
            System.out.printf(Locale.ROOT, "plain loop, %d thread(s): %,.0f molecules/s%n", finalThreads, molecules / median(times[1]));
            System.out.printf(Locale.ROOT, "engine, concurrency %d:    %,.0f molecules/s, engine / plain loop %.3f [%.3f–%.3f]%n", finalThreads,
                    molecules / median(times[0]), median(engineOverPlain), quantile(engineOverPlain, 0.25), quantile(engineOverPlain, 0.75));
            System.out.printf(Locale.ROOT, "engine, a run of the first molecule alone: %.1f ms (the fixed cost of a run of this workflow)%n",
                    median(times[3]) * 1000);
            if (staged > 0) {
                System.out.printf(Locale.ROOT, "plain loop staged by %d: %,.0f molecules/s, staged / plain loop %.3f [%.3f–%.3f]%n", staged,
                        molecules / median(times[2]), median(stagedOverPlain), quantile(stagedOverPlain, 0.25), quantile(stagedOverPlain, 0.75));
            }
        } finally {
            plain.close();
            try (var files = Files.list(directory)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(directory);
        }
    }

    private static void run(BenchEngine bench, Path input, Path output, org.retort.engine.RunOptions options) throws Exception {
        Run run = bench.engine.start(ChemWork.workflow(input, output, false), options);
        if (!run.await(Duration.ofMinutes(5)) || run.state() != RunState.SUCCEEDED) {
            throw new IllegalStateException("run " + run.state() + ": " + run.failure());
        }
    }

    private interface Side {
        void run() throws Exception;
    }

    private static double seconds(Side side) throws Exception {
        long begin = System.nanoTime();
        side.run();
        return (System.nanoTime() - begin) / 1e9;
    }

    private static double median(double[] values) {
        return quantile(values, 0.5);
    }

    private static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double at = q * (sorted.length - 1);
        int low = (int) Math.floor(at);
        int high = (int) Math.ceil(at);
        return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
    }

    /** The plain loop as {@link ChemPipeline.PlainLoops} runs it: one contiguous slice and one CSV file per thread. */
    private static final class Plain implements AutoCloseable {

        private final List<ChemWork.PlainLoop> loops = new ArrayList<>();
        private final ExecutorService pool;
        private final Path directory;

        Plain(int threads, Path directory) throws Exception {
            for (int i = 0; i < threads; i++) {
                loops.add(new ChemWork.PlainLoop(false));
            }
            this.pool = Executors.newFixedThreadPool(threads);
            this.directory = directory;
        }

        void run(List<String> lines, int staged) throws Exception {
            int threads = loops.size();
            var parts = new ArrayList<Future<Long>>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                List<String> slice = lines.subList(index * lines.size() / threads, (index + 1) * lines.size() / threads);
                parts.add(pool.submit(() -> {
                    Path file = directory.resolve("plain-" + index + ".csv");
                    try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
                        if (index == 0) {
                            out.write(ChemWork.header(false));
                        }
                        return staged > 0 ? loops.get(index).runStaged(slice, out, staged) : loops.get(index).run(slice, out);
                    }
                }));
            }
            for (Future<Long> part : parts) {
                part.get();
            }
        }

        @Override
        public void close() {
            pool.shutdownNow();
        }
    }
}
