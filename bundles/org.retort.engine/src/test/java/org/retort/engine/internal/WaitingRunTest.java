package org.retort.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retort.engine.InvalidWorkflowException;
import org.retort.engine.NodeStats;
import org.retort.engine.Run;
import org.retort.engine.RunEvent;
import org.retort.engine.RunOptions;
import org.retort.engine.RunState;
import org.retort.engine.testnodes.CollectSink;
import org.retort.engine.testnodes.NumbersSource;
import org.retort.engine.testnodes.ScaleNode;
import org.retort.engine.testnodes.ScaleNodeV2;
import org.retort.engine.workflow.Edge;
import org.retort.engine.workflow.ValidationProblem;
import org.retort.engine.workflow.Workflow;
import org.retort.engine.workflow.WorkflowNode;

class WaitingRunTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path work;

    private final NumbersSource numbers = new NumbersSource();
    private final CollectSink collect = new CollectSink();
    private final NodeRegistry registry = TestCatalog.of(numbers, collect);
    private final Engine engine = new Engine(registry, new ResultCache(100_000), 1);
    private final List<RunEvent.StateChanged> events = Collections.synchronizedList(new ArrayList<>());

    {
        engine.addListener(e -> {
            if (e instanceof RunEvent.StateChanged changed) {
                events.add(changed);
            }
        });
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private RunOptions options() {
        return RunOptions.defaults().withChunkSize(5).withWorkDirectory(work);
    }

    /** numbers (20 rows) → scale → collect, with scale in {@code version} and {@code parameters}. */
    private static Workflow scaled(String version, Map<String, Object> parameters) {
        return Workflow.of("scaled", List.of(
                WorkflowNode.of("numbers", "test.numbers", "1.0.0", Map.of("count", 20)),
                WorkflowNode.of("scale", "test.scale", version, parameters),
                WorkflowNode.of("collect", "test.collect", "1.0.0", Map.of())),
                List.of(Edge.of("numbers.out", "scale.in"), Edge.of("scale.out", "collect.in")));
    }

    private List<RunState> states(Run run) {
        synchronized (events) {
            return events.stream().filter(e -> e.runId().equals(run.id())).map(RunEvent.StateChanged::state).toList();
        }
    }

    @Test
    void aWorkflowWithAnAbsentNodeTypeWaitsAndRunsWhenTheTypeArrives() throws Exception {
        Run run = engine.start(scaled("1.0.0", Map.of()), options());

        assertThat(run.state()).isEqualTo(RunState.WAITING);
        assertThat(run.state().terminal()).isFalse();
        assertThat(run.failure()).isEqualTo("waiting for node type test.scale v1.0.0");
        assertThat(events.get(0)).isEqualTo(new RunEvent.StateChanged(run.id(), RunState.WAITING,
                "waiting for node type test.scale v1.0.0"));
        assertThat(engine.run(run.id())).contains(run);
        assertThat(run.nodes()).extracting(NodeStats::status).containsOnly(NodeStats.Status.WAITING);
        assertThat(run.await(Duration.ofMillis(100))).isFalse();
        assertThat(numbers.runs.get()).isZero();

        registry.addNodeType(new ScaleNode());

        assertThat(run.await(WAIT)).isTrue();
        assertThat(run.state()).isEqualTo(RunState.SUCCEEDED);
        assertThat(run.failure()).isEmpty();
        assertThat(collect.rows("collect")).hasSize(20);
        assertThat(run.nodes()).extracting(NodeStats::status).containsOnly(NodeStats.Status.SUCCEEDED);
        assertThat(states(run)).containsExactly(RunState.WAITING, RunState.QUEUED, RunState.RUNNING, RunState.SUCCEEDED);
    }

    @Test
    void anAbsentVersionIsWaitedForWhileOtherVersionsAreInstalled() throws Exception {
        registry.addNodeType(new ScaleNode());
        Run run = engine.start(scaled("2.0.0", Map.of()), options());
        assertThat(run.state()).isEqualTo(RunState.WAITING);
        assertThat(run.failure()).isEqualTo("waiting for node type test.scale v2.0.0");

        registry.addNodeType(new ScaleNodeV2());

        assertThat(run.await(WAIT)).isTrue();
        assertThat(run.state()).isEqualTo(RunState.SUCCEEDED);
        assertThat(collect.rows("collect")).hasSize(20);
    }

    @Test
    void aWaitingRunKeepsWaitingForTheTypesStillAbsent() throws Exception {
        Workflow workflow = Workflow.of("two", List.of(
                WorkflowNode.of("numbers", "test.numbers", "1.0.0", Map.of("count", 20)),
                WorkflowNode.of("scale", "test.scale", "1.0.0", Map.of()),
                WorkflowNode.of("twice", "test.scale", "2.0.0", Map.of()),
                WorkflowNode.of("collect", "test.collect", "1.0.0", Map.of())),
                List.of(Edge.of("numbers.out", "scale.in"), Edge.of("scale.out", "twice.in"), Edge.of("twice.out", "collect.in")));
        Run run = engine.start(workflow, options());
        assertThat(run.failure()).isEqualTo("waiting for node type test.scale v1.0.0; waiting for node type test.scale v2.0.0");

        registry.addNodeType(new ScaleNode());
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!run.failure().equals("waiting for node type test.scale v2.0.0") && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(run.failure()).isEqualTo("waiting for node type test.scale v2.0.0");
        assertThat(run.state()).isEqualTo(RunState.WAITING);

        registry.addNodeType(new ScaleNodeV2());
        assertThat(run.await(WAIT)).isTrue();
        assertThat(run.state()).isEqualTo(RunState.SUCCEEDED);
    }

    @Test
    void aWaitingRunCanBeCancelledAndThenNeverStarts() throws Exception {
        Run run = engine.start(scaled("1.0.0", Map.of()), options());

        run.cancel();

        assertThat(run.await(Duration.ZERO)).isTrue();
        assertThat(run.state()).isEqualTo(RunState.CANCELLED);
        assertThat(run.failure()).isEmpty();
        assertThat(run.nodes()).extracting(NodeStats::status).containsOnly(NodeStats.Status.CANCELLED);
        registry.addNodeType(new ScaleNode());
        Run later = engine.start(scaled("1.0.0", Map.of()), options());
        assertThat(later.await(WAIT)).isTrue();
        assertThat(numbers.runs.get()).as("only the later run ran").isEqualTo(1);
        assertThat(run.state()).isEqualTo(RunState.CANCELLED);
        assertThat(states(run)).containsExactly(RunState.WAITING, RunState.CANCELLED);
    }

    @Test
    void otherProblemsStillRefuseTheRun() {
        Workflow badCount = Workflow.of("bad", List.of(
                WorkflowNode.of("numbers", "test.numbers", "1.0.0", Map.of("count", -1)),
                WorkflowNode.of("collect", "test.collect", "1.0.0", Map.of())),
                List.of(Edge.of("numbers.out", "collect.in")));
        assertThatThrownBy(() -> engine.start(badCount, options())).isInstanceOf(InvalidWorkflowException.class)
                .hasMessageContaining("nodes[numbers].parameters.count");

        Workflow badAndAbsent = scaled("1.0.0", Map.of()).withNode(
                WorkflowNode.of("numbers", "test.numbers", "1.0.0", Map.of("count", -1)));
        assertThatThrownBy(() -> engine.start(badAndAbsent, options())).isInstanceOfSatisfying(InvalidWorkflowException.class,
                e -> assertThat(e.problems()).extracting(ValidationProblem::location)
                        .containsExactlyInAnyOrder("nodes[numbers].parameters.count", "nodes[scale].type"));
        assertThat(engine.runs()).isEmpty();
    }

    @Test
    void aWaitingRunThatStillDoesNotValidateWhenItsTypesArriveFailsNamingTheProblem() throws Exception {
        Run run = engine.start(scaled("1.0.0", Map.of("factor", 1000)), options());
        assertThat(run.state()).isEqualTo(RunState.WAITING);

        registry.addNodeType(new ScaleNode());

        assertThat(run.await(WAIT)).isTrue();
        assertThat(run.state()).isEqualTo(RunState.FAILED);
        assertThat(run.failure()).startsWith("the workflow cannot run: nodes[scale].parameters.factor");
        assertThat(numbers.runs.get()).isZero();
        assertThat(states(run)).containsExactly(RunState.WAITING, RunState.FAILED);
    }
}
