package org.retort.engine.internal.trigger;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.retort.api.data.Row;
import org.retort.api.data.Table;
import org.retort.api.node.Node;
import org.retort.api.node.NodeContext;
import org.retort.api.node.Param;
import org.retort.api.node.Port;
import org.retort.api.node.PortType;
import org.retort.api.node.SourceNode;

/**
 * Emits one row once {@link #gate} opens, staying cancellable while it waits; counts how many of its
 * runs are going at once. {@code path} is there so a dropped file can be bound to it.
 */
@Node(id = "test.gate", version = "1.0.0", title = "Gate", category = "Test",
        outputs = @Port(name = "out", type = PortType.TABLE))
public final class GateSource implements SourceNode<GateSource.Params> {

    public record Params(@Param(title = "Path", defaultValue = "") String path) {
    }

    final CountDownLatch gate = new CountDownLatch(1);
    final AtomicInteger running = new AtomicInteger();
    final AtomicInteger maxRunning = new AtomicInteger();
    final AtomicInteger runs = new AtomicInteger();

    @Override
    public void produce(Params params, Emitter out, NodeContext context) throws Exception {
        runs.incrementAndGet();
        maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
        try {
            while (!gate.await(20, TimeUnit.MILLISECONDS)) {
                context.throwIfCancelled();
            }
            out.emit(new Table(LinesSource.SCHEMA, List.of(Row.of(1, 1L, params.path()))));
        } finally {
            running.decrementAndGet();
        }
    }
}
