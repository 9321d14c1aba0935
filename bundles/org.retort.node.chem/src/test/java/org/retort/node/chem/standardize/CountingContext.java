package org.retort.node.chem.standardize;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.retort.api.node.NodeContext;

/** A node context for tests that keeps the counters a node reports. */
public final class CountingContext implements NodeContext {

    private final Map<String, Long> counters = new ConcurrentHashMap<>();

    /** The counter {@code name}, 0 when never reported. */
    public long counter(String name) {
        return counters.getOrDefault(name, 0L);
    }

    @Override
    public String nodeId() {
        return "test";
    }

    @Override
    public int chunkSize() {
        return 1000;
    }

    @Override
    public boolean cancelled() {
        return false;
    }

    @Override
    public void count(String name, long delta) {
        counters.merge(name, delta, Long::sum);
    }

    @Override
    public void info(String message) {
    }

    @Override
    public void warn(String message) {
    }

    @Override
    public Path workDirectory() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }
}
