package org.retort.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retort.api.data.Row;
import org.retort.engine.NodeStats;
import org.retort.engine.Run;
import org.retort.engine.RunOptions;
import org.retort.engine.RunState;
import org.retort.engine.testnodes.CollectSink;
import org.retort.engine.testnodes.FlakyNode;
import org.retort.engine.testnodes.NumbersSource;
import org.retort.engine.testnodes.SlowNode;
import org.retort.engine.testnodes.ThreadStampNode;
import org.retort.engine.workflow.Edge;
import org.retort.engine.workflow.ErrorPolicy;
import org.retort.engine.workflow.Workflow;
import org.retort.engine.workflow.WorkflowNode;

/** Streaming nodes fused into the streaming node that feeds them ({@link RunOptions#fuse()}). */
class FusionTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path work;

    private final FlakyNode flaky = new FlakyNode();
    private final CollectSink collect = new CollectSink();
    private final Engine engine = new Engine(TestCatalog.of(new NumbersSource(), new ThreadStampNode(), new SlowNode(), flaky, collect),
            new ResultCache(0), 1);

    @AfterEach
    void close() {
        engine.close();
    }

    private Run run(Workflow workflow, boolean fuse) throws Exception {
        Run run = engine.start(workflow, RunOptions.defaults().withChunkSize(7).withConcurrency(2).withWorkDirectory(work).withFusion(fuse));
        assertThat(run.await(WAIT)).as("run finished").isTrue();
        return run;
    }

    /** numbers → a → b → collect, with b's failure port → failures. */
    private static Workflow chain(WorkflowNode a, WorkflowNode b) {
        return Workflow.of("chain", List.of(
                WorkflowNode.of("numbers", "test.numbers", "1.0.0", Map.of("count", 100)), a, b,
                WorkflowNode.of("collect", "test.collect", "1.0.0", Map.of()),
                WorkflowNode.of("failures", "test.collect", "1.0.0", Map.of())),
                List.of(Edge.of("numbers.out", "a.in"), Edge.of("a.out", "b.in"), Edge.of("b.out", "collect.in"),
                        Edge.of("b.failure", "failures.in")));
    }

    private static WorkflowNode stamp(String id, String column) {
        return WorkflowNode.of(id, "test.thread-stamp", "1.0.0", Map.of("column", column));
    }

    private static WorkflowNode flaky(String id, long failOn, ErrorPolicy policy) {
        return WorkflowNode.of(id, "test.flaky", "1.0.0", Map.of("failOn", failOn)).withOnError(policy);
    }

    private static NodeStats stats(Run run, String node) {
        return run.nodes().stream().filter(s -> s.nodeId().equals(node)).findFirst().orElseThrow();
    }

    @Test
    void aFusedNodeWorksOnEachChunkInTheThreadOfItsFeederAndRowsKeepTheirOrder() throws Exception {
        // a slow first node keeps chunks waiting in its queue, so that both of its threads take some
        Workflow workflow = Workflow.of("chain", List.of(
                WorkflowNode.of("numbers", "test.numbers", "1.0.0", Map.of("count", 100)),
                WorkflowNode.of("slow", "test.slow", "1.0.0", Map.of("millis", 5)), stamp("a", "a"), stamp("b", "b"),
                WorkflowNode.of("collect", "test.collect", "1.0.0", Map.of())),
                List.of(Edge.of("numbers.out", "slow.in"), Edge.of("slow.out", "a.in"), Edge.of("a.out", "b.in"),
                        Edge.of("b.out", "collect.in")));

        Run run = run(workflow, true);

        assertThat(run.state()).isEqualTo(RunState.SUCCEEDED);
        List<Row> rows = collect.rows("collect");
        assertThat(rows).extracting(Row::recordNumber).containsExactlyElementsOf(LongStream.rangeClosed(1, 100).boxed().toList());
        int a = 2; // n, label, a, b
        int b = 3;
        assertThat(rows).allSatisfy(row -> assertThat(row.string(b)).isEqualTo(row.string(a)));
        assertThat(rows.stream().map(row -> row.string(a)).distinct()).as("both threads worked").hasSize(2);
        assertThat(stats(run, "b").rowsIn()).isEqualTo(100);
        assertThat(stats(run, "b").rowsOut()).isEqualTo(100);
        assertThat(stats(run, "b").status()).isEqualTo(NodeStats.Status.SUCCEEDED);
    }

    @Test
    void withoutFusionTheSameRowsComeOut() throws Exception {
        Run run = run(chain(stamp("a", "a"), stamp("b", "b")), false);

        assertThat(run.state()).isEqualTo(RunState.SUCCEEDED);
        assertThat(collect.rows("collect")).extracting(Row::recordNumber)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 100).boxed().toList());
    }

    @Test
    void aChunkTheFeederRoutesToItsFailurePortIsSkippedByTheFusedNodeAndTheRunGoesOn() throws Exception {
        Workflow workflow = Workflow.of("chain", List.of(
                WorkflowNode.of("numbers", "test.numbers", "1.0.0", Map.of("count", 100)),
                flaky("a", 10, new ErrorPolicy(0, 0, ErrorPolicy.Then.ROUTE)), stamp("b", "b"),
                WorkflowNode.of("collect", "test.collect", "1.0.0", Map.of()),
                WorkflowNode.of("failures", "test.collect", "1.0.0", Map.of())),
                List.of(Edge.of("numbers.out", "a.in"), Edge.of("a.out", "b.in"), Edge.of("b.out", "collect.in"),
                        Edge.of("a.failure", "failures.in")));

        Run run = run(workflow, true);

        assertThat(run.state()).isEqualTo(RunState.SUCCEEDED);
        assertThat(collect.rows("failures")).extracting(Row::recordNumber).containsExactly(8L, 9L, 10L, 11L, 12L, 13L, 14L);
        assertThat(collect.rows("collect")).extracting(Row::recordNumber).containsExactlyElementsOf(
                LongStream.rangeClosed(1, 100).filter(n -> n < 8 || n > 14).boxed().toList());
        assertThat(stats(run, "b").rowsIn()).isEqualTo(93);
    }

    @Test
    void aFusedNodeThatThrowsRoutesItsChunkToItsOwnFailurePort() throws Exception {
        Run run = run(chain(stamp("a", "a"), flaky("b", 50, new ErrorPolicy(0, 0, ErrorPolicy.Then.ROUTE))), true);

        assertThat(run.state()).isEqualTo(RunState.SUCCEEDED);
        assertThat(collect.rows("failures")).extracting(Row::recordNumber).containsExactly(50L, 51L, 52L, 53L, 54L, 55L, 56L);
        assertThat(collect.rows("failures").get(0).string(3)).as("n, label, a, error, record").isEqualTo("service unavailable");
        assertThat(collect.rows("collect")).hasSize(93);
    }

    @Test
    void aFusedNodeThatThrowsFailsTheRunNamingItself() throws Exception {
        Run run = run(chain(stamp("a", "a"), flaky("b", 50, ErrorPolicy.DEFAULT)), true);

        assertThat(run.state()).isEqualTo(RunState.FAILED);
        assertThat(run.failure()).contains("node 'b'").contains("service unavailable");
    }

    @Test
    void aNodeWithRetriesIsNotFusedSoItsRetriesStillWork() throws Exception {
        Workflow workflow = chain(stamp("a", "a"),
                WorkflowNode.of("b", "test.flaky", "1.0.0", Map.of("failOn", 50, "failures", 1)).withOnError(
                        new ErrorPolicy(2, 1, ErrorPolicy.Then.FAIL)));

        Run run = run(workflow, true);

        assertThat(run.state()).isEqualTo(RunState.SUCCEEDED);
        assertThat(flaky.attempts.get()).isEqualTo(2);
        assertThat(collect.rows("collect")).hasSize(100);
    }

    @Test
    void theExportedRoutesSayWhichNodeRunsFused() throws Exception {
        String yaml = engine.exportCamelYaml(chain(stamp("a", "a"), stamp("b", "b")),
                RunOptions.defaults().withConcurrency(2).withWorkDirectory(work)).replaceAll("\\s+", " ");

        assertThat(yaml).contains("id: b-work description: \"runs test.thread-stamp@1.0.0 on each chunk of node 'a'")
                .contains("in that node's threads, right after it (fused");
        assertThat(yaml).contains("name: node-b size: 8 blockWhenFull: true concurrentConsumers: 1");
        assertThat(yaml).contains("name: node-a size: 8 blockWhenFull: true concurrentConsumers: 2");
    }
}
