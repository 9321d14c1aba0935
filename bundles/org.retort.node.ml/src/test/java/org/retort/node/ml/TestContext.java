package org.retort.node.ml;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.retort.api.node.NodeContext;

/** A node context for tests that keeps the counters and warnings a node reports. */
final class TestContext implements NodeContext {

    private final Map<String, Long> counters = new ConcurrentHashMap<>();
    private final List<String> warnings = new CopyOnWriteArrayList<>();

    /** The counter {@code name}, or {@code null} when the node never reported it. */
    Long counter(String name) {
        return counters.get(name);
    }

    List<String> warnings() {
        return warnings;
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
        warnings.add(message);
    }

    @Override
    public Path workDirectory() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }
}
