package org.retort.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
import org.retort.engine.testnodes.LocalEstimateNode;
import org.retort.engine.testnodes.NumbersSource;
import org.retort.engine.testnodes.RemoteNode;
import org.retort.engine.workflow.Edge;
import org.retort.engine.workflow.ErrorPolicy;
import org.retort.engine.workflow.ErrorPolicy.CircuitBreaker;
import org.retort.engine.workflow.Workflow;
import org.retort.engine.workflow.WorkflowNode;

/**
 * Timeouts, circuit breaker and fallback of a node that calls a remote service: numbers (chunks of 5)
 * → remote → collect, remote's failure port → failures, and local standing by as remote's fallback.
 * One chunk at a time, so the circuit breaker sees the calls in order.
 */
class ResilienceTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path work;

    private final NumbersSource numbers = new NumbersSource();
    private final RemoteNode remote = new RemoteNode();
    private final LocalEstimateNode local = new LocalEstimateNode();
    private final CollectSink collect = new CollectSink();
    private final Engine engine = new Engine(TestCatalog.of(numbers, remote, local, collect), new ResultCache(100_000), 1);

    @AfterEach
    void close() {
        remote.release.countDown();
        engine.close();
    }

    private Run run(int rows, Map<String, Object> remoteParams, ErrorPolicy policy, Map<String, Object> localParams)
            throws Exception {
        var nodes = new ArrayList<>(List.of(
                WorkflowNode.of("numbers", "test.numbers", "1.0.0", Map.of("count", rows)),
                WorkflowNode.of("remote", "test.remote", "1.0.0", remoteParams).withOnError(policy),
                WorkflowNode.of("collect", "test.collect", "1.0.0", Map.of()),
                WorkflowNode.of("failures", "test.collect", "1.0.0", Map.of())));
        if (!policy.fallback().isEmpty()) {
            nodes.add(WorkflowNode.of("local", "test.local", "1.0.0", localParams));
        }
        Workflow workflow = Workflow.of("guarded", nodes,
                List.of(Edge.of("numbers.out", "remote.in"), Edge.of("remote.out", "collect.in"),
                        Edge.of("remote.failure", "failures.in")));
        Run run = engine.start(workflow, RunOptions.defaults().withChunkSize(5).withConcurrency(1).withWorkDirectory(work));
        assertThat(run.await(WAIT)).as("run finished").isTrue();
        return run;
    }

    private static NodeStats stats(Run run, String node) {
        return run.nodes().stream().filter(s -> s.nodeId().equals(node)).findFirst().orElseThrow();
    }

    /** Who answered for each collected row, in row order. */
    private List<String> answeredBy() {
        return collect.rows("collect").stream().map(r -> r.string(2)).toList();
    }

    private static List<String> times(int n, String by) {
        return java.util.Collections.nCopies(n, by);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    @Test
    void aCallThatTimesOutIsAnsweredByTheFallbackAndTheRowsStayInOrder() throws Exception {
        long begin = System.nanoTime();
        Run run = run(20, Map.of("hangOn", 8), ErrorPolicy.DEFAULT.withTimeout(300).withFallback("local"), Map.of());
        long seconds = Duration.ofNanos(System.nanoTime() - begin).toSeconds();

        assertThat(run.state()).as(run.failure()).isEqualTo(RunState.SUCCEEDED);
        assertThat(seconds).as("the hanging call (5 minutes) was cut short").isLessThan(30);
        assertThat(collect.rows("collect")).extracting(Row::recordNumber)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 20).boxed().toList());
        assertThat(answeredBy()).containsExactlyElementsOf(concat(concat(times(5, "remote"), times(5, "local")), times(10, "remote")));
        NodeStats remoteStats = stats(run, "remote");
        assertThat(remoteStats.counters()).containsEntry("calls", 4L).containsEntry("timeouts", 1L)
                .containsEntry("fallbacks", 1L).containsEntry("fallback rows", 5L)
                .doesNotContainKeys("failures", "short-circuited");
        assertThat(remoteStats.rowsIn()).isEqualTo(20);
        assertThat(remoteStats.rowsOut()).isEqualTo(20);
        NodeStats localStats = stats(run, "local");
        assertThat(localStats.status()).isEqualTo(NodeStats.Status.SUCCEEDED);
        assertThat(localStats.rowsIn()).isEqualTo(5);
        assertThat(localStats.rowsOut()).isEqualTo(5);
        assertThat(run.preview("local", "out").orElseThrow().rows()).extracting(Row::recordNumber)
                .containsExactly(6L, 7L, 8L, 9L, 10L);
    }

    @Test
    void failuresOpenTheCircuitAndLaterChunksGoStraightToTheFallbackWithoutCallingTheNode() throws Exception {
        var breaker = new CircuitBreaker(50, 2, 60_000);
        Run run = run(20, Map.of("failures", 2), ErrorPolicy.DEFAULT.withCircuitBreaker(breaker).withFallback("local"), Map.of());

        assertThat(run.state()).as(run.failure()).isEqualTo(RunState.SUCCEEDED);
        assertThat(remote.calls.get()).as("calls that reached the node").isEqualTo(2);
        assertThat(local.calls.get()).isEqualTo(4);
        assertThat(answeredBy()).containsExactlyElementsOf(times(20, "local"));
        assertThat(stats(run, "remote").counters()).containsEntry("calls", 2L).containsEntry("failures", 2L)
                .containsEntry("short-circuited", 2L).containsEntry("fallbacks", 4L).containsEntry("fallback rows", 20L);
    }

    @Test
    void afterItsOpenTimeTheCircuitLetsATrialCallThroughAndClosesWhenItSucceeds() throws Exception {
        var breaker = new CircuitBreaker(50, 2, 1000);
        Run run = run(30, Map.of("failures", 2), ErrorPolicy.DEFAULT.withCircuitBreaker(breaker).withFallback("local"),
                Map.of("pauseOn", 11, "pauseMillis", 2500)); // the short-circuited chunk 11–15 outlasts the open time

        assertThat(run.state()).as(run.failure()).isEqualTo(RunState.SUCCEEDED);
        assertThat(answeredBy()).containsExactlyElementsOf(concat(times(15, "local"), times(15, "remote")));
        assertThat(remote.calls.get()).as("2 failures, then the trial call and 2 more").isEqualTo(5);
        assertThat(stats(run, "remote").counters()).containsEntry("failures", 2L).containsEntry("short-circuited", 1L)
                .containsEntry("fallbacks", 3L).containsEntry("fallback rows", 15L);
    }

    @Test
    void withoutAFallbackATimeoutFailsTheRunNamingTheNodeAndTheReason() throws Exception {
        Run run = run(20, Map.of("hangOn", 3), ErrorPolicy.DEFAULT.withTimeout(300), Map.of());

        assertThat(run.state()).isEqualTo(RunState.FAILED);
        assertThat(run.failure()).isEqualTo("node 'remote' (test.remote@1.0.0) failed: timed out after 300 ms");
        assertThat(stats(run, "remote").counters()).containsEntry("timeouts", 1L);
        assertThat(local.calls.get()).isZero();
    }

    @Test
    void withoutAFallbackAnOpenCircuitFailsTheRunWithoutFurtherRetries() throws Exception {
        var breaker = new CircuitBreaker(50, 2, 60_000);
        Run run = run(5, Map.of("failures", 100), new ErrorPolicy(5, 1, ErrorPolicy.Then.FAIL).withCircuitBreaker(breaker), Map.of());

        assertThat(run.state()).isEqualTo(RunState.FAILED);
        assertThat(run.failure()).isEqualTo("node 'remote' (test.remote@1.0.0) failed: "
                + "the circuit breaker is open after too many failed calls; the chunk was not sent to the node");
        assertThat(remote.calls.get()).as("two failed attempts open the circuit; the third is rejected, 3 retries are left").isEqualTo(2);
        assertThat(stats(run, "remote").counters()).containsEntry("failures", 2L).containsEntry("short-circuited", 1L);
    }

    @Test
    void chunksTheOpenCircuitRejectsCanBeRoutedToTheFailurePort() throws Exception {
        var breaker = new CircuitBreaker(100, 1, 60_000);
        Run run = run(20, Map.of("failures", 100), new ErrorPolicy(0, 0, ErrorPolicy.Then.ROUTE).withCircuitBreaker(breaker), Map.of());

        assertThat(run.state()).as(run.failure()).isEqualTo(RunState.SUCCEEDED);
        assertThat(remote.calls.get()).isEqualTo(1);
        assertThat(collect.rows("collect")).isEmpty();
        assertThat(collect.rows("failures")).hasSize(20).extracting(r -> r.string(2))
                .startsWith("service unavailable").endsWith("the circuit breaker is open after too many failed calls; the chunk was not sent to the node");
    }

    @Test
    void aRunWhoseFallbackAnsweredCachesNothingDownstreamSoTheNextRunAsksTheServiceAgain() throws Exception {
        Run degraded = run(10, Map.of("failures", 1), ErrorPolicy.DEFAULT.withFallback("local"), Map.of());
        assertThat(degraded.state()).isEqualTo(RunState.SUCCEEDED);
        assertThat(answeredBy()).startsWith("local");

        Run again = run(10, Map.of("failures", 1), ErrorPolicy.DEFAULT.withFallback("local"), Map.of());

        assertThat(again.state()).isEqualTo(RunState.SUCCEEDED);
        assertThat(stats(again, "remote").status()).isEqualTo(NodeStats.Status.SUCCEEDED);
        assertThat(answeredBy()).containsExactlyElementsOf(times(10, "remote"));
        assertThat(remote.calls.get()).as("1 failure and 1 success, then 2 successes").isEqualTo(4);
    }
}
