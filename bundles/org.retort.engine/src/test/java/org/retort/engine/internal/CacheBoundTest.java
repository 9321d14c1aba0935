package org.retort.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retort.engine.NodeStats;
import org.retort.engine.Run;
import org.retort.engine.RunOptions;
import org.retort.engine.RunState;
import org.retort.engine.testnodes.CountSink;
import org.retort.engine.testnodes.NumbersSource;
import org.retort.engine.testnodes.ProbeNode;
import org.retort.engine.testnodes.UnkeyedSource;
import org.retort.engine.workflow.Edge;
import org.retort.engine.workflow.Workflow;
import org.retort.engine.workflow.WorkflowNode;

/**
 * What the result cache makes a run keep: nothing for outputs without a cache key, and never more rows
 * than its bound. The probe node reads the rows the cache holds while chunks pass through it.
 */
class CacheBoundTest {

    @TempDir
    Path work;

    private Engine engine;
    private ResultCache cache;
    private ProbeNode probe;
    private final NumbersSource numbers = new NumbersSource();
    private final CountSink count = new CountSink();

    @AfterEach
    void close() {
        engine.close();
    }

    private void engine(long cacheRows) {
        cache = new ResultCache(cacheRows);
        probe = new ProbeNode(cache::rows);
        engine = new Engine(TestCatalog.of(numbers, new UnkeyedSource(), probe, count), cache, 1);
    }

    private Run run(String source, int rows) throws Exception {
        Workflow workflow = Workflow.of("probed", List.of(
                WorkflowNode.of("source", source, "1.0.0", Map.of("count", rows)),
                WorkflowNode.of("probe", "test.probe", "1.0.0", Map.of()),
                WorkflowNode.of("count", "test.count", "1.0.0", Map.of())),
                List.of(Edge.of("source.out", "probe.in"), Edge.of("probe.out", "count.in")));
        Run run = engine.start(workflow, RunOptions.defaults().withChunkSize(1000).withConcurrency(2).withWorkDirectory(work));
        assertThat(run.await(Duration.ofSeconds(60))).as("run finished").isTrue();
        assertThat(run.state()).isEqualTo(RunState.SUCCEEDED);
        return run;
    }

    private static NodeStats.Status status(Run run, String node) {
        return run.nodes().stream().filter(s -> s.nodeId().equals(node)).findFirst().orElseThrow().status();
    }

    @Test
    void anOutputWithoutACacheKeyStreamsThroughWithoutBeingKept() throws Exception {
        engine(1_000_000);

        run("test.unkeyed", 300_000);

        assertThat(count.rows.get()).isEqualTo(300_000);
        assertThat(probe.highest.get()).as("rows held while the run streamed").isZero();
        assertThat(cache.rows()).isZero();
        assertThat(cache.entries()).isZero();
    }

    @Test
    void outputsLargerThanTheBoundAreNotKeptAndRunAgain() throws Exception {
        engine(2_500);

        run("test.numbers", 3_000);
        assertThat(probe.highest.get()).isLessThanOrEqualTo(2_500);
        assertThat(cache.rows()).isZero();
        assertThat(cache.entries()).isZero();

        Run again = run("test.numbers", 3_000);
        assertThat(numbers.runs.get()).isEqualTo(2);
        assertThat(status(again, "probe")).isEqualTo(NodeStats.Status.SUCCEEDED);
    }

    @Test
    void outputsWithinTheBoundAreKeptAndReusedByTheNextRun() throws Exception {
        engine(5_000);

        run("test.numbers", 2_000);
        assertThat(cache.entries()).isEqualTo(2);
        assertThat(cache.rows()).isEqualTo(4_000);

        Run again = run("test.numbers", 2_000);
        assertThat(numbers.runs.get()).isEqualTo(1);
        assertThat(probe.rows.get()).isEqualTo(2_000);
        assertThat(status(again, "probe")).isEqualTo(NodeStats.Status.CACHED);
        assertThat(count.rows.get()).isEqualTo(2_000);
    }
}
