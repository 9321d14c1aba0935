package org.retort.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.retort.engine.Run;
import org.retort.engine.RunState;

/**
 * The chemistry pipeline of {@link ChemPipeline}, measured the other way round (not JMH): one JVM runs
 * the engine and the plain loop <em>alternately</em>, a whole engine run then a whole plain pass, round
 * after round, so that both see the same machine at nearly the same moment. On a shared machine whose
 * speed drifts over minutes, the ratio of each round (engine time over plain time) is far steadier than
 * the ratio of two JMH forks run minutes apart; the median of those ratios is the figure reported. After the
 * first round it checks that both sides wrote the same CSV lines, as {@link ChemPipeline} does.
 *
 * <p>Arguments: {@code [--threads N] [--warmup ROUNDS] [--rounds ROUNDS] [--chunk ROWS] [--staged ROWS] [--copies N]
 * [--warm-runs N]}:
 * the run's concurrency and the plain loop's threads (default 1), rounds to warm up (default 30) and to
 * measure (default 40), rows per chunk (default 250), and with {@code --staged} a third side, the plain
 * loop working step by step over batches of that many molecules (see {@link ChemWork.PlainLoop#runStaged});
 * {@code --copies} repeats the set in the file (record numbers continuing), so that a run's fixed cost
 * (its start and end, also printed as the run of one molecule) weighs less; {@code --warm-runs} starts with
 * that many runs of one molecule, so that the code every run goes through once (building and stopping its
 * Camel context and routes) is compiled as in a server that has done as many runs.
 *
 * <p>It also prints where each side's CPU time went, per round: per thread (by name, digits folded), and
 * the rest of the process's CPU time, which is the JVM's own threads (garbage collection, JIT).
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
        int warmRuns = 0;
        for (int i = 0; i < args.length; i += 2) {
            int value = Integer.parseInt(args[i + 1]);
            switch (args[i]) {
                case "--threads" -> threads = value;
                case "--warmup" -> warmup = value;
                case "--rounds" -> rounds = value;
                case "--chunk" -> chunk = value;
                case "--staged" -> staged = value;
                case "--copies" -> copies = value;
                case "--warm-runs" -> warmRuns = value;
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

        var plain = new ChemWork.PlainPasses(threads, false, directory);
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
            var cpu = new CpuShares();
            long warmStart = System.nanoTime();
            for (int i = 0; i < warmRuns; i++) {
                single.run();
            }
            if (warmRuns > 0) {
                System.out.printf(Locale.ROOT, "warm-up: %,d runs of one molecule in %.0f s%n", warmRuns, (System.nanoTime() - warmStart) / 1e9);
            }
            for (int round = -warmup; round < rounds; round++) {
                boolean measured = round >= 0;
                double e = cpu.during(measured ? "engine" : null, () -> seconds(engine));
                double p = cpu.during(measured ? "plain loop" : null, () -> seconds(loop));
                double s = staged > 0 ? seconds(stagedLoop) : Double.NaN;
                if (round == -warmup) {
                    sameWork(output, plain, threads);
                }
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
            cpu.print(rounds);
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

    /** Refuses to go on unless the engine's CSV file equals the plain loop's files put together, line for line. */
    private static void sameWork(Path engineCsv, ChemWork.PlainPasses plain, int threads) throws Exception {
        List<String> engineLines = Files.readAllLines(engineCsv, StandardCharsets.UTF_8);
        var plainLines = new ArrayList<String>();
        for (int i = 0; i < threads; i++) {
            plainLines.addAll(Files.readAllLines(plain.file(i), StandardCharsets.UTF_8));
        }
        if (!engineLines.equals(plainLines)) {
            throw new IllegalStateException("the engine and the plain loop did not write the same CSV: " + engineLines.size()
                    + " and " + plainLines.size() + " lines");
        }
        System.out.printf(Locale.ROOT, "[check] engine and plain loop wrote the same CSV: %,d lines%n", engineLines.size());
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

    private interface Timed {
        double seconds() throws Exception;
    }

    /** CPU time per thread name and the process's remainder (GC, JIT), summed per side over the measured rounds. */
    private static final class CpuShares {

        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private static final com.sun.management.OperatingSystemMXBean OS =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

        private static final java.lang.management.CompilationMXBean COMPILER = ManagementFactory.getCompilationMXBean();

        private final Map<String, Map<String, Double>> millis = new TreeMap<>();

        private static long gcMillis() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
        }
        private final Map<Long, String> names = new HashMap<>();

        double during(String side, Timed work) throws Exception {
            Map<Long, Long> before = threads();
            long process = OS.getProcessCpuTime();
            long gc = gcMillis();
            long jit = COMPILER.getTotalCompilationTime();
            double seconds = work.seconds();
            long processAfter = OS.getProcessCpuTime();
            long gcAfter = gcMillis();
            long jitAfter = COMPILER.getTotalCompilationTime();
            Map<Long, Long> after = threads();
            if (side != null) {
                Map<String, Double> shares = millis.computeIfAbsent(side, s -> new TreeMap<>());
                double java = 0;
                for (var entry : after.entrySet()) {
                    double used = (entry.getValue() - before.getOrDefault(entry.getKey(), 0L)) / 1e6;
                    if (used > 0) {
                        shares.merge(names.get(entry.getKey()), used, Double::sum);
                        java += used;
                    }
                }
                shares.merge("(JVM: GC, JIT)", (processAfter - process) / 1e6 - java, Double::sum);
                shares.merge("  of which collection pauses (wall time)", (double) (gcAfter - gc), Double::sum);
                shares.merge("  of which JIT compilation (compiler threads' time)", (double) (jitAfter - jit), Double::sum);
            }
            return seconds;
        }

        /** CPU time of every live thread; a thread that ends during a side is missed (the run's threads live until after it). */
        private Map<Long, Long> threads() {
            var times = new HashMap<Long, Long>();
            for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
                if (info != null) {
                    long time = THREADS.getThreadCpuTime(info.getThreadId());
                    if (time >= 0) {
                        times.put(info.getThreadId(), time);
                        names.put(info.getThreadId(), info.getThreadName().replaceAll("[0-9]+", "#"));
                    }
                }
            }
            return times;
        }

        void print(int rounds) {
            millis.forEach((side, shares) -> {
                double total = shares.entrySet().stream().filter(e -> !e.getKey().startsWith(" ")).mapToDouble(Map.Entry::getValue).sum();
                System.out.printf(Locale.ROOT, "CPU per round, %s: %.0f ms%n", side, total / rounds);
                shares.forEach((name, used) -> {
                    if (used / rounds >= 0.5) {
                        System.out.printf(Locale.ROOT, "  %7.1f ms  %s%n", used / rounds, name);
                    }
                });
            });
        }
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
}
