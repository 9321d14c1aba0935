package org.retort.api.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.retort.api.node.NodeContext;

/**
 * A {@link NodeContext} for a node type's unit tests: it records the counters, messages and warnings
 * the node reports, so a test can assert on them, and can be told that the run was cancelled.
 *
 * <pre>{@code
 * var context = new RecordingContext();
 * Table out = new MyNode().process(chunk, params, context);
 * assertThat(context.counter("changed")).isEqualTo(3L);
 * }</pre>
 */
public final class RecordingContext implements NodeContext {

    private final Map<String, Long> counters = new ConcurrentHashMap<>();
    private final List<String> infos = new CopyOnWriteArrayList<>();
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final int chunkSize;
    private volatile boolean cancelled;
    private volatile Path workDirectory;

    /** A context asking sources for chunks of 1,000 rows. */
    private volatile String startedBy;

    public RecordingContext() {
        this(1000);
    }

    /** A context asking sources for chunks of {@code chunkSize} rows. */
    public RecordingContext(int chunkSize) {
        this.chunkSize = chunkSize;
    }

    /** The counter {@code name}, or {@code null} when the node never reported it. */
    public Long counter(String name) {
        return counters.get(name);
    }

    /** Every counter the node reported. */
    public Map<String, Long> counters() {
        return Map.copyOf(counters);
    }

    /** The warnings, in the order the node gave them. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** The informational messages, in order. */
    public List<String> infos() {
        return List.copyOf(infos);
    }

    /** From now on the run counts as started by the user {@code userId} ({@code null}: by nobody in particular). */
    public void startedBy(String userId) {
        this.startedBy = userId;
    }

    @Override
    public java.util.Optional<String> startedBy() {
        return java.util.Optional.ofNullable(startedBy);
    }

    /** From now on the run counts as cancelled. */
    public void cancel() {
        cancelled = true;
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
        counters.merge(name, delta, Long::sum);
    }

    @Override
    public void info(String message) {
        infos.add(message);
    }

    @Override
    public void warn(String message) {
        warnings.add(message);
    }

    /** A fresh temporary directory, made on first use; the test deletes it if it cares to. */
    @Override
    public synchronized Path workDirectory() {
        if (workDirectory == null) {
            try {
                workDirectory = Files.createTempDirectory("retort-node-test");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return workDirectory;
    }
}
