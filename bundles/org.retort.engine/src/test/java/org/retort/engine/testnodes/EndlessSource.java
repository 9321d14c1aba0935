package org.retort.engine.testnodes;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.retort.api.data.Row;
import org.retort.api.data.Table;
import org.retort.api.node.NoParams;
import org.retort.api.node.Node;
import org.retort.api.node.NodeContext;
import org.retort.api.node.Port;
import org.retort.api.node.PortType;
import org.retort.api.node.SourceNode;

/** Emits chunks until the run is cancelled; {@link #emitting} opens after the first few. */
@Node(id = "test.endless", version = "1.0.0", title = "Endless", category = "Test",
        outputs = @Port(name = "out", type = PortType.TABLE))
public final class EndlessSource implements SourceNode<NoParams> {

    public final CountDownLatch emitting = new CountDownLatch(5);

    @Override
    public void produce(NoParams params, Emitter out, NodeContext context) {
        for (long n = 1; ; n++) {
            context.throwIfCancelled();
            out.emit(new Table(NumbersSource.SCHEMA, List.of(Row.of(n, n, "row"))));
            emitting.countDown();
        }
    }
}
