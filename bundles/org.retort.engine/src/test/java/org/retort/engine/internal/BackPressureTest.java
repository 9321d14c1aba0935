package org.retort.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.retort.api.data.Row;
import org.retort.engine.Run;
import org.retort.engine.RunOptions;
import org.retort.engine.RunState;
import org.retort.engine.testnodes.CollectSink;
import org.retort.engine.testnodes.EndlessSource;
import org.retort.engine.testnodes.NumbersSource;
import org.retort.engine.testnodes.SlowNode;
import org.retort.engine.workflow.Edge;
import org.retort.engine.workflow.Workflow;
import org.retort.engine.workflow.WorkflowNode;

/** A node slower than one offer wait ({@link Delivery#OFFER_MILLIS}) slows its producers down and nothing else. */
class BackPressureTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path work;

    private final NumbersSource numbers = new NumbersSource();
    private final EndlessSource endless = new EndlessSource();
    private final SlowNode slow = new SlowNode();
    private final CollectSink collect = new CollectSink();
    private final Engine engine = new Engine(TestCatalog.of(numbers, endless, slow, collect), new ResultCache(1_000), 1);

    @AfterEach
    void close() {
        engine.close();
    }

    /** One-row chunks, one thread, one chunk of room in front of each node. */
    private RunOptions tightQueues() {
        return new RunOptions(1, 1, 1, 10, work);
    }

    private static Workflow throughSlow(String source, Map<String, Object> params) {
        return Workflow.of("slow", List.of(
                WorkflowNode.of("source", source, "1.0.0", params),
                WorkflowNode.of("slow", "test.slow", "1.0.0", Map.of("millis", 300)),
                WorkflowNode.of("collect", "test.collect", "1.0.0", Map.of())),
                List.of(Edge.of("source.out", "slow.in"), Edge.of("slow.out", "collect.in")));
    }

    @Test
    void aNodeSlowerThanOneOfferWaitOnlySlowsItsProducerDown() throws Exception {
        Run run = engine.start(throughSlow("test.numbers", Map.of("count", 12)), tightQueues());

        assertThat(run.await(WAIT)).as("run finished").isTrue();
        assertThat(run.failure()).isEmpty();
        assertThat(run.state()).isEqualTo(RunState.SUCCEEDED);
        assertThat(collect.rows("collect")).extracting(Row::recordNumber)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 12).boxed().toList());
    }

    @Test
    @Timeout(60)
    void cancellingStopsAProducerWaitingForRoom() throws Exception {
        Run run = engine.start(throughSlow("test.endless", Map.of()), tightQueues());
        endless.emitting.await(); // five chunks emitted: the queue in front of the slow node has been full for a while

        run.cancel();

        assertThat(run.await(WAIT)).as("run finished").isTrue();
        assertThat(run.state()).isEqualTo(RunState.CANCELLED);
        assertThat(run.failure()).isEmpty();
    }
}
