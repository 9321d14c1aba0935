package org.retort.benchmarks;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.RunResult;

/**
 * The figures the issue asks for, from one JMH run: median rows/s of every variant, the engine's
 * throughput as a fraction of the plain loop's at the same thread count, each variant's scaling from
 * 1 to 2 threads, and the fixed cost of a run. Medians of the measurement iterations, because the
 * machines are shared and an outlier iteration should not move the figure.
 */
final class OverheadReport {

    private static final String PLAIN = "plain loop";
    private static final String ONE_ROW = "runOfOneRow";

    private OverheadReport() {
    }

    /** Markdown; variants missing from {@code results} (a filtered run) are left out. */
    static String of(Collection<RunResult> results) {
        var rates = new TreeMap<String, TreeMap<Integer, Double>>();
        var fixed = new TreeMap<Integer, Double>();
        for (RunResult result : results) {
            BenchmarkParams params = result.getParams();
            String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
            int threads = Integer.parseInt(params.getParam("threads"));
            double median = result.getPrimaryResult().getStatistics().getPercentile(50);
            if (method.equals(ONE_ROW)) {
                fixed.put(threads, median);
            } else {
                rates.computeIfAbsent(variant(method, params), v -> new TreeMap<>()).put(threads, median);
            }
        }
        Map<Integer, Double> plain = rates.getOrDefault(PLAIN, new TreeMap<>());
        var text = new StringBuilder("| variant | threads | rows/s (median) | engine / plain loop | 1 → 2 threads |\n")
                .append("|---|---|---|---|---|\n");
        rates.forEach((variant, byThreads) -> byThreads.forEach((threads, rate) -> text.append(String.format(Locale.ROOT,
                "| %s | %d | %,.0f | %s | %s |%n", variant, threads, rate,
                variant.equals(PLAIN) ? "" : ratio(rate, plain.get(threads)),
                threads == 2 ? ratio(rate, byThreads.get(1)) + "×" : ""))));
        fixed.forEach((threads, seconds) -> text.append(String.format(Locale.ROOT,
                "%nA run of one row, %d thread(s): %.0f ms (median).", threads, seconds * 1000)));
        return text.append('\n').toString();
    }

    private static String variant(String method, BenchmarkParams params) {
        return switch (method) {
            case "engineStreaming" -> "engine, steady state, chunk " + params.getParam("chunkSize");
            case "engineRun" -> String.format(Locale.ROOT, "engine, whole runs of %,d rows, chunk 1000", EngineOverhead.ROWS);
            default -> PLAIN;
        };
    }

    private static String ratio(double value, Double base) {
        return base == null ? "" : String.format(Locale.ROOT, "%.2f", value / base);
    }
}
