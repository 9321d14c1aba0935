package org.retort.benchmarks;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.retort.api.node.NoParams;
import org.retort.api.node.Node;
import org.retort.api.node.NodeContext;
import org.retort.api.node.Port;
import org.retort.api.node.PortType;
import org.retort.api.node.SinkNode;

/**
 * The end of a never-ending run: it lets the benchmark thread wait, without spinning on one of the two
 * cores, until a given number of rows has arrived. It never holds rows back, because a pipeline
 * stalled for more than 200 ms fails the run (a full queue's offer timeout ends as an error, see
 * {@code docs/benchmarks.md}); so rows arriving between JMH iterations count toward the next one. Those
 * pauses last milliseconds against iterations of seconds.
 */
@Node(id = "bench.metered", version = "1.0.0", title = "Metered", category = "Benchmark",
        inputs = @Port(name = "in", type = PortType.TABLE))
final class MeteredSink implements SinkNode<NoParams> {

    private final Semaphore arrived = new Semaphore(0);

    @Override
    public ChunkWriter open(NoParams params, NodeContext context) {
        return chunk -> arrived.release(chunk.size());
    }

    /** Waits until {@code rows} more rows have arrived; false if that takes longer than {@code seconds}. */
    boolean await(int rows, long seconds) throws InterruptedException {
        return arrived.tryAcquire(rows, seconds, TimeUnit.SECONDS);
    }
}
