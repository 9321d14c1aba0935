package org.retort.engine.testnodes;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.retort.api.data.Column;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Schema;
import org.retort.api.data.Table;
import org.retort.api.node.Node;
import org.retort.api.node.NodeContext;
import org.retort.api.node.Param;
import org.retort.api.node.Port;
import org.retort.api.node.PortType;
import org.retort.api.node.StreamingNode;

/**
 * Stands for a remote property service: appends {@code by = "remote"}. Its first {@code failures}
 * calls throw; a call on the chunk holding record {@code hangOn} hangs until {@link #release} is
 * counted down (or the thread is interrupted), as a service that stopped answering.
 */
@Node(id = "test.remote", version = "1.0.0", title = "Remote service", category = "Test",
        inputs = @Port(name = "in", type = PortType.TABLE), outputs = @Port(name = "out", type = PortType.TABLE))
public final class RemoteNode implements StreamingNode<RemoteNode.Params> {

    public record Params(@Param(title = "Failures", defaultValue = "0", min = 0) int failures,
            @Param(title = "Hang on record", defaultValue = "0", min = 0) long hangOn) {
    }

    public final AtomicInteger calls = new AtomicInteger();
    public final CountDownLatch release = new CountDownLatch(1);

    @Override
    public Table process(Table chunk, Params params, NodeContext context) throws InterruptedException {
        if (calls.incrementAndGet() <= params.failures()) {
            throw new IllegalStateException("service unavailable");
        }
        if (chunk.rows().stream().anyMatch(r -> r.recordNumber() == params.hangOn())) {
            release.await(5, TimeUnit.MINUTES);
        }
        return By.append(chunk, "remote");
    }

    @Override
    public Map<String, Schema> configure(Map<String, Schema> inputs, Params params) {
        return Map.of("out", By.schema(inputs.get("in")));
    }

    /** Appends the column {@code by}. */
    static final class By {

        private By() {
        }

        static Schema schema(Schema in) {
            return in.plus(Column.of("by", ColumnType.STRING));
        }

        static Table append(Table chunk, String by) {
            return chunk.map(schema(chunk.schema()), row -> row.append(by));
        }
    }
}
