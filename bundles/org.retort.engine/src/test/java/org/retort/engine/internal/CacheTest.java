package org.retort.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retort.engine.NodeStats;
import org.retort.engine.Run;
import org.retort.engine.RunOptions;
import org.retort.engine.RunState;
import org.retort.engine.testnodes.CollectSink;
import org.retort.engine.testnodes.NumbersSource;
import org.retort.engine.testnodes.PositionBarrier;
import org.retort.engine.testnodes.ScaleNode;
import org.retort.engine.workflow.Workflow;

/** Counts executions to show that a re-run recomputes only what is downstream of a change. */
class CacheTest {

    @TempDir
    Path work;

    private final NumbersSource numbers = new NumbersSource();
    private final ScaleNode scale = new ScaleNode();
    private final PositionBarrier position = new PositionBarrier();
    private final CollectSink collect = new CollectSink();
    private final Engine engine = new Engine(TestCatalog.of(numbers, scale, position, collect), new ResultCache(100_000), 1);

    @AfterEach
    void close() {
        engine.close();
    }

    private Run run(Workflow workflow) throws Exception {
        Run run = engine.start(workflow, RunOptions.defaults().withChunkSize(10).withConcurrency(2).withWorkDirectory(work));
        assertThat(run.await(Duration.ofSeconds(30))).isTrue();
        assertThat(run.state()).isEqualTo(RunState.SUCCEEDED);
        return run;
    }

    private static NodeStats.Status status(Run run, String node) {
        return run.nodes().stream().filter(s -> s.nodeId().equals(node)).findFirst().orElseThrow().status();
    }

    @Test
    void aNodeWhoseFingerprintChangesIsRecomputedAndOneThatCannotTellAlwaysIs() throws Exception {
        Workflow workflow = Pipelines.linear(50, 0);
        run(workflow);
        run(workflow);
        assertThat(scale.chunks.get()).as("cached the second time").isEqualTo(5);

        scale.fingerprint = "model pIC50 version 2"; // say, a registered model promoted meanwhile
        run(workflow);
        assertThat(scale.chunks.get()).isEqualTo(10);
        assertThat(numbers.runs.get()).as("upstream stays cached").isEqualTo(1);
        run(workflow);
        assertThat(scale.chunks.get()).isEqualTo(10);

        scale.fingerprint = null;
        run(workflow);
        run(workflow);
        assertThat(scale.chunks.get()).isEqualTo(20);
        assertThat(collect.rows("collect")).hasSize(50);
    }

    @Test
    void changingOneParameterRecomputesOnlyWhatIsDownstream() throws Exception {
        Workflow workflow = Pipelines.linear(50, 0);
        run(workflow);
        assertThat(numbers.runs.get()).isEqualTo(1);
        assertThat(scale.chunks.get()).isEqualTo(5);
        assertThat(position.runs.get()).isEqualTo(1);

        Run same = run(workflow);
        assertThat(numbers.runs.get()).isEqualTo(1);
        assertThat(scale.chunks.get()).isEqualTo(5);
        assertThat(position.runs.get()).isEqualTo(1);
        assertThat(collect.rows("collect")).hasSize(50);
        assertThat(status(same, "position")).isEqualTo(NodeStats.Status.CACHED);
        assertThat(status(same, "collect")).isEqualTo(NodeStats.Status.SUCCEEDED);

        Run changed = run(workflow.withNode(workflow.node("position").orElseThrow().withParameter("name", "rank")));
        assertThat(numbers.runs.get()).isEqualTo(1);
        assertThat(scale.chunks.get()).isEqualTo(5);
        assertThat(position.runs.get()).isEqualTo(2);
        assertThat(status(changed, "numbers")).isEqualTo(NodeStats.Status.CACHED);
        assertThat(status(changed, "scale")).isEqualTo(NodeStats.Status.CACHED);
        assertThat(changed.preview("numbers", "out").orElseThrow().rows()).hasSize(50);

        run(workflow.withNode(workflow.node("scale").orElseThrow().withParameter("factor", 3)));
        assertThat(numbers.runs.get()).isEqualTo(1);
        assertThat(scale.chunks.get()).isEqualTo(10);
        assertThat(position.runs.get()).isEqualTo(3);
        assertThat(collect.rows("collect").get(0).get(2)).isEqualTo(3.0);
    }
}
