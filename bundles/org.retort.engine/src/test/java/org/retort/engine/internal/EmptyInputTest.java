package org.retort.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retort.engine.Run;
import org.retort.engine.RunOptions;
import org.retort.engine.RunState;
import org.retort.engine.testnodes.CollectSink;
import org.retort.engine.testnodes.ColumnBarrier;
import org.retort.engine.testnodes.NumbersSource;
import org.retort.engine.testnodes.ScaleNode;
import org.retort.engine.workflow.Edge;
import org.retort.engine.workflow.Workflow;
import org.retort.engine.workflow.WorkflowNode;

/** A source that emits nothing: the barrier downstream still gets its input's columns, and the run succeeds empty. */
class EmptyInputTest {

    @TempDir
    Path work;

    private final ColumnBarrier sort = new ColumnBarrier();
    private final CollectSink collect = new CollectSink();
    private final Engine engine = new Engine(TestCatalog.of(new NumbersSource(), new ScaleNode(), sort, collect),
            new ResultCache(1_000), 1);

    @AfterEach
    void close() {
        engine.close();
    }

    private Run run(Workflow workflow) throws Exception {
        Run run = engine.start(workflow, RunOptions.defaults().withWorkDirectory(work));
        assertThat(run.await(Duration.ofSeconds(30))).as("run finished").isTrue();
        return run;
    }

    @Test
    void aBarrierBehindASourceThatEmitsNothingSeesTheSourcesColumns() throws Exception {
        Run run = run(Workflow.of("empty", List.of(
                WorkflowNode.of("numbers", "test.numbers", "1.0.0", Map.of("count", 0)),
                WorkflowNode.of("sort", "test.sort", "1.0.0", Map.of("column", "n")),
                WorkflowNode.of("collect", "test.collect", "1.0.0", Map.of())),
                List.of(Edge.of("numbers.out", "sort.in"), Edge.of("sort.out", "collect.in"))));

        assertThat(run.failure()).isEmpty();
        assertThat(run.state()).isEqualTo(RunState.SUCCEEDED);
        assertThat(sort.seen.get()).containsExactly("n", "label");
        assertThat(collect.rows("collect")).isEmpty();
        assertThat(run.preview("sort", "out").orElseThrow().schema().names()).containsExactly("n", "label");
    }

    @Test
    void aBarrierBehindAStreamingNodeThatGotNothingSeesTheColumnsItWouldHaveAdded() throws Exception {
        Run run = run(Workflow.of("empty", List.of(
                WorkflowNode.of("numbers", "test.numbers", "1.0.0", Map.of("count", 0)),
                WorkflowNode.of("scale", "test.scale", "1.0.0", Map.of()),
                WorkflowNode.of("sort", "test.sort", "1.0.0", Map.of("column", "scaled")),
                WorkflowNode.of("collect", "test.collect", "1.0.0", Map.of())),
                List.of(Edge.of("numbers.out", "scale.in"), Edge.of("scale.out", "sort.in"), Edge.of("sort.out", "collect.in"))));

        assertThat(run.failure()).isEmpty();
        assertThat(run.state()).isEqualTo(RunState.SUCCEEDED);
        assertThat(sort.seen.get()).containsExactly("n", "label", "scaled");
        assertThat(collect.rows("collect")).isEmpty();
    }
}
