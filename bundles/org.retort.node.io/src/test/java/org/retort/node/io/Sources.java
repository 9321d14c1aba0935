package org.retort.node.io;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.retort.api.data.Row;
import org.retort.api.data.Table;
import org.retort.api.node.NodeContext;
import org.retort.api.node.SourceNode;

/** Runs a source node in a test, without the engine. */
final class Sources {

    private Sources() {
    }

    /** The chunks {@code source} emits. */
    static <P extends Record> List<Table> chunks(NodeContext context, SourceNode<P> source, P params) throws Exception {
        List<Table> chunks = new ArrayList<>();
        source.produce(params, chunks::add, context);
        return chunks;
    }

    /** Every row {@code source} emits, in order. */
    static <P extends Record> List<Row> rows(NodeContext context, SourceNode<P> source, P params) throws Exception {
        return chunks(context, source, params).stream().flatMap(t -> t.rows().stream()).toList();
    }

    /** Bytes allocated so far by the current thread. */
    static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
