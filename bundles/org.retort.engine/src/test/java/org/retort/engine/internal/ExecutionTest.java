package org.retort.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.retort.api.data.Row;
import org.retort.engine.NodeStats;
import org.retort.engine.Run;
import org.retort.engine.RunEvent;
import org.retort.engine.RunOptions;
import org.retort.engine.RunState;
import org.retort.engine.testnodes.CollectSink;
import org.retort.engine.testnodes.EndlessSource;
import org.retort.engine.testnodes.FlakyNode;
import org.retort.engine.testnodes.NumbersSource;
import org.retort.engine.testnodes.PositionBarrier;
import org.retort.engine.testnodes.ScaleNode;
import org.retort.engine.workflow.Edge;
import org.retort.engine.workflow.ErrorPolicy;
import org.retort.engine.workflow.Workflow;
import org.retort.engine.workflow.WorkflowJson;
import org.retort.engine.workflow.WorkflowNode;

class ExecutionTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path work;

    private final NumbersSource numbers = new NumbersSource();
    private final ScaleNode scale = new ScaleNode();
    private final PositionBarrier position = new PositionBarrier();
    private final CollectSink collect = new CollectSink();
    private final FlakyNode flaky = new FlakyNode();
    private final EndlessSource endless = new EndlessSource();
    private final Engine engine = new Engine(TestCatalog.of(numbers, scale, position, collect, flaky, endless),
            new ResultCache(100_000), 1);
    private final List<RunEvent> events = Collections.synchronizedList(new ArrayList<>());

    {
        engine.addListener(events::add);
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private RunOptions options() {
        return RunOptions.defaults().withChunkSize(7).withConcurrency(2).withWorkDirectory(work);
    }

    private Run run(Workflow workflow) throws Exception {
        Run run = engine.start(workflow, options());
        assertThat(run.await(WAIT)).as("run finished").isTrue();
        return run;
    }

    private static NodeStats stats(Run run, String node) {
        return run.nodes().stream().filter(s -> s.nodeId().equals(node)).findFirst().orElseThrow();
    }

    @Test
    void rowsStreamThroughParallelChunksAndABarrierInTheirOriginalOrder() throws Exception {
        Run run = run(Pipelines.linear(200, 0));

        assertThat(run.state()).isEqualTo(RunState.SUCCEEDED);
        assertThat(scale.chunks.get()).isEqualTo(29);
        assertThat(collect.rows("collect")).extracting(Row::recordNumber).containsExactlyElementsOf(
                LongStream.rangeClosed(1, 200).boxed().toList());
        assertThat(collect.rows("collect")).allSatisfy(row -> {
            assertThat(row.get(3)).isEqualTo(row.recordNumber());
            assertThat(row.get(2)).isEqualTo(row.recordNumber() * 2.0);
        });
        assertThat(collect.closed.get()).isEqualTo(2);
        NodeStats scaled = stats(run, "scale");
        assertThat(scaled.status()).isEqualTo(NodeStats.Status.SUCCEEDED);
        assertThat(scaled.rowsIn()).isEqualTo(200);
        assertThat(scaled.rowsOut()).isEqualTo(200);
        assertThat(stats(run, "position").counters()).containsEntry("rows seen", 200L);
        assertThat(run.preview("scale", "out").orElseThrow().rows()).hasSize(100)
                .extracting(Row::recordNumber).startsWith(1L, 2L, 3L);
    }

    @Test
    void theFixtureWorkflowFileRuns() throws Exception {
        Run run = run(WorkflowJson.read(ExecutionTest.class.getResourceAsStream("test-linear.json")));
        assertThat(run.state()).isEqualTo(RunState.SUCCEEDED);
        assertThat(collect.rows("collect")).hasSize(96);
        assertThat(collect.rows("failures")).extracting(Row::recordNumber).containsExactly(25L, 50L, 75L, 100L);
    }

    @Test
    void theRunReportsItsStatesInOrderAndProgressPerNode() throws Exception {
        Run run = run(Pipelines.linear(20, 0));
        List<RunState> states = events.stream().filter(e -> e.runId().equals(run.id()))
                .filter(RunEvent.StateChanged.class::isInstance).map(e -> ((RunEvent.StateChanged) e).state()).toList();
        assertThat(states).containsExactly(RunState.QUEUED, RunState.RUNNING, RunState.SUCCEEDED);
        assertThat(events).filteredOn(RunEvent.NodeProgress.class::isInstance)
                .extracting(e -> ((RunEvent.NodeProgress) e).stats().nodeId())
                .contains("numbers", "scale", "position", "collect");
    }

    @Test
    void badRowsReachTheFailurePortWithTheirRecordNumber() throws Exception {
        Run run = run(Pipelines.linear(30, 10));

        assertThat(run.state()).isEqualTo(RunState.SUCCEEDED);
        assertThat(collect.rows("collect")).hasSize(27);
        assertThat(stats(run, "scale").rowsFailed()).isEqualTo(3);
        assertThat(stats(run, "failures").rowsIn()).isEqualTo(3);
        assertThat(collect.rows("failures")).extracting(r -> r.get(3)).containsExactly(10L, 20L, 30L);
        var failed = run.preview("scale", "failure").orElseThrow();
        assertThat(failed.schema().names()).containsExactly("n", "label", "error", "record");
        assertThat(failed.rows()).extracting(r -> r.get(3)).containsExactly(10L, 20L, 30L);
        assertThat(failed.rows()).extracting(r -> r.get(2)).containsExactly(
                "record 10 is bad", "record 20 is bad", "record 30 is bad");
    }

    private static Workflow flaky(ErrorPolicy policy, int failures) {
        return Workflow.of("flaky", List.of(
                WorkflowNode.of("numbers", "test.numbers", "1.0.0", Map.of("count", 20)),
                WorkflowNode.of("flaky", "test.flaky", "1.0.0", Map.of("failOn", 9, "failures", failures)).withOnError(policy),
                WorkflowNode.of("collect", "test.collect", "1.0.0", Map.of()),
                WorkflowNode.of("failures", "test.collect", "1.0.0", Map.of())),
                List.of(Edge.of("numbers.out", "flaky.in"), Edge.of("flaky.out", "collect.in"),
                        Edge.of("flaky.failure", "failures.in")));
    }

    @Test
    void aNodeThatThrowsFailsTheRunNamingTheNode() throws Exception {
        Run run = run(flaky(ErrorPolicy.DEFAULT, 1));
        assertThat(run.state()).isEqualTo(RunState.FAILED);
        assertThat(run.failure()).isEqualTo("node 'flaky' (test.flaky@1.0.0) failed: service unavailable");
        assertThat(stats(run, "flaky").status()).isEqualTo(NodeStats.Status.FAILED);
    }

    @Test
    void retriesWithBackoffRecoverFromATransientFailure() throws Exception {
        Run run = run(flaky(new ErrorPolicy(3, 1, ErrorPolicy.Then.FAIL), 2));
        assertThat(run.state()).isEqualTo(RunState.SUCCEEDED);
        assertThat(flaky.attempts.get()).isEqualTo(3);
        assertThat(collect.rows("collect")).hasSize(20);
    }

    @Test
    void aChunkThatStillFailsCanBeRoutedToTheFailurePort() throws Exception {
        Run run = run(flaky(new ErrorPolicy(1, 1, ErrorPolicy.Then.ROUTE), 100));
        assertThat(run.state()).isEqualTo(RunState.SUCCEEDED);
        assertThat(flaky.attempts.get()).isEqualTo(2);
        assertThat(collect.rows("collect")).extracting(Row::recordNumber).containsExactly(
                1L, 2L, 3L, 4L, 5L, 6L, 7L, 15L, 16L, 17L, 18L, 19L, 20L);
        assertThat(run.preview("flaky", "failure").orElseThrow().rows())
                .extracting(Row::recordNumber).containsExactly(8L, 9L, 10L, 11L, 12L, 13L, 14L);
        assertThat(stats(run, "flaky").rowsFailed()).isEqualTo(7);
    }

    @Test
    @Timeout(60)
    void aCancelledRunStopsAndSaysSo() throws Exception {
        Workflow workflow = Workflow.of("endless", List.of(
                WorkflowNode.of("endless", "test.endless", "1.0.0", Map.of()),
                WorkflowNode.of("scale", "test.scale", "1.0.0", Map.of()),
                WorkflowNode.of("collect", "test.collect", "1.0.0", Map.of())),
                List.of(Edge.of("endless.out", "scale.in"), Edge.of("scale.out", "collect.in")));
        Run run = engine.start(workflow, options());
        endless.emitting.await();
        while (collect.rows("collect").isEmpty()) {
            Thread.sleep(10);
        }
        run.cancel();
        assertThat(run.await(WAIT)).isTrue();
        assertThat(run.state()).isEqualTo(RunState.CANCELLED);
        assertThat(run.nodes()).extracting(NodeStats::status).containsOnly(NodeStats.Status.CANCELLED);
        assertThat(collect.closed.get()).isEqualTo(1);
    }
}
