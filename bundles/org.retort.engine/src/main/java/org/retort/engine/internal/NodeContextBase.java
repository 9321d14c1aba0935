package org.retort.engine.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.retort.api.node.NodeContext;
import org.retort.engine.internal.ExecutionPlan.Planned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a node's code sees of its run: its id, the chunk size, cancellation, its counters, logging and a work directory. */
abstract class NodeContextBase implements NodeContext {

    private static final Logger LOG = LoggerFactory.getLogger(NodeRuntime.class);

    final Planned plan;
    final RunExecution run;
    private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();
    private Path workDirectory;

    NodeContextBase(Planned plan, RunExecution run) {
        this.plan = plan;
        this.run = run;
    }

    /** The counters, by name. */
    final Map<String, Long> counters() {
        var values = new TreeMap<String, Long>();
        counters.forEach((name, value) -> values.put(name, value.sum()));
        return values;
    }

    @Override
    public String nodeId() {
        return plan.id();
    }

    @Override
    public int chunkSize() {
        return run.options().chunkSize();
    }

    @Override
    public java.util.Optional<String> startedBy() {
        return java.util.Optional.ofNullable(run.options().startedBy());
    }

    @Override
    public boolean cancelled() {
        return run.stopping();
    }

    @Override
    public void count(String name, long delta) {
        counters.computeIfAbsent(name, n -> new LongAdder()).add(delta);
    }

    @Override
    public void info(String message) {
        LOG.info("[run {} node {}] {}", run.id(), plan.id(), message);
    }

    @Override
    public void warn(String message) {
        LOG.warn("[run {} node {}] {}", run.id(), plan.id(), message);
    }

    @Override
    public synchronized Path workDirectory() {
        if (workDirectory == null) {
            try {
                workDirectory = Files.createDirectories(run.workDirectory().resolve(plan.id()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the work directory of node " + plan.id(), e);
            }
        }
        return workDirectory;
    }
}
