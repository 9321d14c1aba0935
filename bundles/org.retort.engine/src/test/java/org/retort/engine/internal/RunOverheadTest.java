package org.retort.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retort.engine.Run;
import org.retort.engine.RunOptions;
import org.retort.engine.RunState;
import org.retort.engine.testnodes.CountSink;
import org.retort.engine.testnodes.ScaleNode;
import org.retort.engine.testnodes.UnkeyedSource;
import org.retort.engine.workflow.Edge;
import org.retort.engine.workflow.Workflow;
import org.retort.engine.workflow.WorkflowNode;

/**
 * The fixed cost of a run: 20 one-row runs of source → streaming → sink, one after the other, after a
 * few to warm up. Prints the median time from start until the run is over, and the time per run of the
 * whole loop (which includes whatever a run leaves to do after it is over). Asserts no timing.
 */
class RunOverheadTest {

    private static final int WARM_UP = 5;
    private static final int RUNS = 20;

    @TempDir
    Path work;

    private final CountSink count = new CountSink();
    private final Engine engine = new Engine(TestCatalog.of(new UnkeyedSource(), new ScaleNode(), count), new ResultCache(1_000), 1);

    @AfterEach
    void close() {
        engine.close();
    }

    private long run(Workflow workflow) throws Exception {
        long begin = System.nanoTime();
        Run run = engine.start(workflow, RunOptions.defaults().withConcurrency(2).withWorkDirectory(work));
        assertThat(run.await(Duration.ofSeconds(30))).isTrue();
        long nanos = System.nanoTime() - begin;
        assertThat(run.state()).isEqualTo(RunState.SUCCEEDED);
        return nanos;
    }

    @Test
    void printsTheFixedCostOfARun() throws Exception {
        Workflow workflow = Workflow.of("one-row", List.of(
                WorkflowNode.of("source", "test.unkeyed", "1.0.0", Map.of("count", 1)),
                WorkflowNode.of("scale", "test.scale", "1.0.0", Map.of()),
                WorkflowNode.of("count", "test.count", "1.0.0", Map.of())),
                List.of(Edge.of("source.out", "scale.in"), Edge.of("scale.out", "count.in")));
        for (int i = 0; i < WARM_UP; i++) {
            run(workflow);
        }
        var latencies = new ArrayList<Long>();
        long begin = System.nanoTime();
        for (int i = 0; i < RUNS; i++) {
            latencies.add(run(workflow));
        }
        long total = System.nanoTime() - begin;
        Collections.sort(latencies);
        System.out.printf("RUN OVERHEAD: %d one-row runs, median %.1f ms from start to over (min %.1f, max %.1f), %.1f ms per run over the loop%n",
                RUNS, latencies.get(RUNS / 2) / 1e6, latencies.get(0) / 1e6, latencies.get(RUNS - 1) / 1e6, total / 1e6 / RUNS);
        assertThat(count.rows.get()).isEqualTo(1);
    }
}
