package org.retort.benchmarks;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * The chemistry pipeline figures from one JMH run ({@link ChemPipeline}): median molecules/s of the
 * engine and of the plain loop at each thread count, their ratio (same input, same InChIKey setting),
 * each side's scaling from 1 to 2 threads, the cores the JVM kept busy and the CPU time per 1,000
 * molecules (from the process CPU time). Medians of the measurement iterations, as in
 * {@link OverheadReport}.
 */
final class ChemReport {

    private static final String PLAIN = "plain loop";

    private ChemReport() {
    }

    /** Markdown; variants missing from {@code results} are left out. */
    static String of(Collection<RunResult> results) {
        // input (set copies, InChIKey) → side → threads → [molecules/s, CPU µs/s]
        var rates = new TreeMap<String, TreeMap<String, TreeMap<Integer, double[]>>>();
        for (RunResult result : results) {
            BenchmarkParams params = result.getParams();
            String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
            Result<?> molecules = result.getSecondaryResults().get("molecules");
            Result<?> micros = result.getSecondaryResults().get("cpuMicros");
            if (molecules == null) {
                continue;
            }
            String input = String.format(Locale.ROOT, "NCI ×%s | %s", params.getParam("copies"),
                    "true".equals(params.getParam("inchikey")) ? "yes" : "no");
            String side = method.equals("engine") ? "engine" : PLAIN;
            if (!method.equals("engine") && !"0".equals(params.getParam("staged"))) {
                side += ", staged by " + params.getParam("staged");
            }
            if (method.equals("engine") && !"1000".equals(params.getParam("chunkSize"))) {
                side += ", chunk " + params.getParam("chunkSize");
            }
            rates.computeIfAbsent(input, k -> new TreeMap<>()).computeIfAbsent(side, k -> new TreeMap<>())
                    .put(Integer.parseInt(params.getParam("threads")), new double[] {molecules.getStatistics().getPercentile(50),
                            micros == null ? Double.NaN : micros.getStatistics().getPercentile(50)});
        }
        var text = new StringBuilder("| input | InChIKey | side | threads | molecules/s (median) | engine / plain loop "
                + "| 1 → 2 threads | cores busy | CPU ms per 1,000 molecules |\n").append("|---|---|---|---|---|---|---|---|---|\n");
        rates.forEach((input, sides) -> {
            Map<Integer, double[]> plain = sides.getOrDefault(PLAIN, new TreeMap<>());
            sides.descendingMap().forEach((side, byThreads) -> byThreads.forEach((threads, figures) -> text.append(String.format(
                    Locale.ROOT, "| %s | %s | %d | %,.0f | %s | %s | %s | %s |%n", input, side, threads, figures[0],
                    side.equals(PLAIN) ? "" : ratio(figures[0], plain.get(threads)),
                    threads == 2 && byThreads.containsKey(1) ? ratio(figures[0], byThreads.get(1)) + "×" : "",
                    Double.isNaN(figures[1]) ? "" : String.format(Locale.ROOT, "%.2f", figures[1] / 1e6),
                    Double.isNaN(figures[1]) ? "" : String.format(Locale.ROOT, "%.0f", figures[1] / figures[0])))));
        });
        return text.toString();
    }

    private static String ratio(double value, double[] base) {
        return base == null ? "" : String.format(Locale.ROOT, "%.2f", value / base[0]);
    }
}
