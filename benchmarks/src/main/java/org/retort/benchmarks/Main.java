package org.retort.benchmarks;

import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the JMH benchmarks with JMH's own command line (so {@code -prof jfr}, {@code -f}, {@code -wi}
 * … work as usual; without a benchmark pattern it runs {@link EngineOverhead}; {@code ChemPipeline}
 * runs the chemistry pipeline), then prints the summaries of the benchmarks that ran, as they go into
 * {@code docs/benchmarks.md}.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        var command = new CommandLineOptions(args);
        if (command.shouldHelp()) {
            command.showHelp();
            return;
        }
        var options = new OptionsBuilder().parent(command);
        if (command.getIncludes().isEmpty()) {
            options.include(EngineOverhead.class.getName());
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        List<RunResult> overhead = of(results, EngineOverhead.class);
        List<RunResult> chemistry = of(results, ChemPipeline.class);
        if (!overhead.isEmpty()) {
            System.out.println();
            System.out.print(OverheadReport.of(overhead));
        }
        if (!chemistry.isEmpty()) {
            System.out.println();
            System.out.print(ChemReport.of(chemistry));
        }
    }

    private static List<RunResult> of(Collection<RunResult> results, Class<?> benchmark) {
        return results.stream().filter(r -> r.getParams().getBenchmark().startsWith(benchmark.getName() + ".")).toList();
    }
}
