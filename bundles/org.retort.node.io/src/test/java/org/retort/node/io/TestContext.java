package org.retort.node.io;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.retort.api.data.Row;
import org.retort.api.data.Table;
import org.retort.api.node.NodeContext;
import org.retort.api.node.SourceNode;

/** A node context for tests: records warnings and counters; can be cancelled. */
final class TestContext implements NodeContext {

    final int chunkSize;
    final List<String> warnings = new ArrayList<>();
    final Map<String, Long> counts = new ConcurrentHashMap<>();
    boolean cancelled;

    TestContext(int chunkSize) {
        this.chunkSize = chunkSize;
    }

    TestContext() {
        this(1000);
    }

    @Override
    public String nodeId() {
        return "test";
    }

    @Override
    public int chunkSize() {
        return chunkSize;
    }

    @Override
    public boolean cancelled() {
        return cancelled;
    }

    @Override
    public void count(String name, long delta) {
        counts.merge(name, delta, Long::sum);
    }

    @Override
    public void info(String message) {
    }

    @Override
    public void warn(String message) {
        warnings.add(message);
    }

    @Override
    public Path workDirectory() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    /** Runs a source and returns its chunks. */
    <P extends Record> List<Table> chunks(SourceNode<P> source, P params) throws Exception {
        List<Table> chunks = new ArrayList<>();
        source.produce(params, chunks::add, this);
        return chunks;
    }

    /** Runs a source and returns all its rows. */
    <P extends Record> List<Row> rows(SourceNode<P> source, P params) throws Exception {
        return chunks(source, params).stream().flatMap(t -> t.rows().stream()).toList();
    }

    /** Bytes allocated so far by the current thread. */
    static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
