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
import org.retort.engine.testnodes.StarterSink;
import org.retort.engine.testnodes.UnkeyedSource;
import org.retort.engine.workflow.Edge;
import org.retort.engine.workflow.Workflow;
import org.retort.engine.workflow.WorkflowNode;

/** Nodes learn who started their run (a registered model records its author), and nothing for a headless run. */
class StartedByTest {

    @TempDir
    Path work;

    private final StarterSink sink = new StarterSink();
    private final Engine engine = new Engine(TestCatalog.of(new UnkeyedSource(), sink), new ResultCache(1_000), 1);

    private final Workflow workflow = Workflow.of("who", List.of(
            WorkflowNode.of("source", "test.unkeyed", "1.0.0", Map.of("count", 3)),
            WorkflowNode.of("sink", "test.starter", "1.0.0", Map.of())),
            List.of(Edge.of("source.out", "sink.in")));

    @AfterEach
    void close() {
        engine.close();
    }

    private void run(RunOptions options) throws Exception {
        Run run = engine.start(workflow, options.withWorkDirectory(work));
        assertThat(run.await(Duration.ofSeconds(30))).isTrue();
        assertThat(run.state()).isEqualTo(RunState.SUCCEEDED);
    }

    @Test
    void aNodeSeesTheUserWhoStartedTheRun() throws Exception {
        run(RunOptions.defaults().withStartedBy("user-42"));
        assertThat(sink.startedBy.get()).isEqualTo("user-42");
        // the other options keep it
        run(RunOptions.defaults().withStartedBy("user-7").withChunkSize(2).withFusion(false).withConcurrency(1));
        assertThat(sink.startedBy.get()).isEqualTo("user-7");
    }

    @Test
    void aHeadlessRunHasNobody() throws Exception {
        run(RunOptions.defaults());
        assertThat(sink.startedBy.get()).isEmpty();
    }
}
