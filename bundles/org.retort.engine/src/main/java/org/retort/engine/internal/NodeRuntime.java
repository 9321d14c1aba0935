package org.retort.engine.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.retort.api.data.Row;
import org.retort.api.data.Table;
import org.retort.api.node.NodeContext;
import org.retort.engine.NodeKind;
import org.retort.engine.NodeStats;
import org.retort.engine.NodeStats.Status;
import org.retort.engine.PortDescriptor;
import org.retort.engine.internal.ExecutionPlan.Mode;
import org.retort.engine.internal.ExecutionPlan.Planned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node in one run: its counters, preview, the output being captured for the cache, and the
 * {@link NodeContext} its code sees.
 */
final class NodeRuntime implements NodeContext {

    private static final Logger LOG = LoggerFactory.getLogger(NodeRuntime.class);
    private static final long PROGRESS_MILLIS = 100;

    final Planned plan;
    private final RunExecution run;
    private final LongAdder rowsIn = new LongAdder();
    private final LongAdder rowsOut = new LongAdder();
    private final LongAdder rowsFailed = new LongAdder();
    private final LongAdder nanos = new LongAdder();
    private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();
    private final Map<String, Table> previews = new HashMap<>();
    private Map<String, List<Table>> capture = new HashMap<>();
    private long captured;
    private volatile Status status = Status.WAITING;
    private volatile long lastProgress;
    private volatile Outlet outlet;
    private volatile AutoCloseable resource;
    private Path workDirectory;

    NodeRuntime(Planned plan, RunExecution run) {
        this.plan = plan;
        this.run = run;
        if (plan.mode() == Mode.SKIP) {
            status = Status.CACHED;
            plan.cached().forEach((port, chunks) -> chunks.forEach(chunk -> count(port, chunk)));
        }
    }

    Outlet outlet() {
        return outlet;
    }

    void connect(Outlet out) {
        this.outlet = out;
    }

    /** The queue of this node: bounded, producers block when full, one consumer per allowed thread. */
    String uri() {
        int threads = plan.node().concurrency() > 0 ? plan.node().concurrency() : run.options().concurrency();
        int consumers = plan.type().kind() == NodeKind.STREAMING && plan.mode() == Mode.EXECUTE ? threads : 1;
        return "seda:node-" + plan.id() + "?size=" + Math.max(run.options().queueChunks(), consumers)
                + "&blockWhenFull=true&offerTimeout=" + Delivery.OFFER_MILLIS + "&concurrentConsumers=" + consumers
                + "&pollTimeout=100";
    }

    void started() {
        if (status == Status.WAITING) {
            status = Status.RUNNING;
            run.publish(stats());
        }
    }

    void received(Table chunk, long elapsedNanos) {
        rowsIn.add(chunk.size());
        nanos.add(elapsedNanos);
        progress();
    }

    void worked(long elapsedNanos) {
        nanos.add(elapsedNanos);
    }

    /** Called by the outlet, in order, for every table sent on {@code port}. */
    void delivered(String port, Table table) {
        count(port, table);
        if (capture != null) {
            captured += table.size();
            capture.computeIfAbsent(port, p -> new ArrayList<>()).add(table);
            if (captured > run.cache().maxRows()) {
                capture = null;
            }
        }
        progress();
    }

    private void count(String port, Table table) {
        (PortDescriptor.FAILURE.equals(port) ? rowsFailed : rowsOut).add(table.size());
        synchronized (previews) {
            Table preview = previews.get(port);
            int room = run.options().previewRows() - (preview == null ? 0 : preview.size());
            if (room > 0 && !table.rows().isEmpty()) {
                var rows = new ArrayList<Row>(preview == null ? List.of() : preview.rows());
                rows.addAll(table.rows().subList(0, Math.min(room, table.size())));
                previews.put(port, new Table(table.schema(), rows));
            } else if (preview == null) {
                previews.put(port, Table.empty(table.schema()));
            }
        }
    }

    /** The outlet sent everything: store the output in the cache and tell the run. */
    void finished() {
        if (plan.mode() == Mode.EXECUTE && plan.key() != null && capture != null) {
            run.cache().put(plan.key(), capture);
        }
        capture = null;
        status = plan.mode() == Mode.REPLAY ? Status.CACHED : Status.SUCCEEDED;
        run.publish(stats());
        run.nodeDone();
    }

    void failed(String message) {
        status = Status.FAILED;
        run.publish(stats());
        run.fail("node '" + plan.id() + "' (" + plan.type().key() + ") failed: " + message);
    }

    /** After the run: anything not finished was cancelled; an open writer is closed. */
    void stop() {
        if (status == Status.WAITING || status == Status.RUNNING) {
            status = Status.CANCELLED;
        }
        AutoCloseable open = resource;
        resource = null;
        if (open != null) {
            try {
                open.close();
            } catch (Exception e) {
                LOG.warn("[{} {}] closing after the run failed: {}", run.id(), plan.id(), e.toString());
            }
        }
    }

    void holdOpen(AutoCloseable open) {
        this.resource = open;
    }

    Optional<Table> preview(String port) {
        synchronized (previews) {
            return Optional.ofNullable(previews.get(port));
        }
    }

    private void progress() {
        long now = System.currentTimeMillis();
        if (now - lastProgress >= PROGRESS_MILLIS) {
            lastProgress = now;
            run.publish(stats());
        }
    }

    NodeStats stats() {
        var own = new TreeMap<String, Long>();
        counters.forEach((name, value) -> own.put(name, value.sum()));
        return new NodeStats(plan.id(), status, rowsIn.sum(), rowsOut.sum(), rowsFailed.sum(), nanos.sum() / 1_000_000, own);
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
