package org.retort.engine.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.retort.api.data.Row;
import org.retort.api.data.Table;
import org.retort.api.node.NodeContext;
import org.retort.engine.NodeKind;
import org.retort.engine.NodeStats;
import org.retort.engine.NodeStats.Status;
import org.retort.engine.PortDescriptor;
import org.retort.engine.RunOptions;
import org.retort.engine.internal.ExecutionPlan.Mode;
import org.retort.engine.internal.ExecutionPlan.Planned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node in one run: its counters, preview, the output being captured for the cache, and (from
 * {@link NodeContextBase}) the {@link NodeContext} its code sees.
 */
final class NodeRuntime extends NodeContextBase {

    private static final Logger LOG = LoggerFactory.getLogger(NodeRuntime.class);
    private static final long PROGRESS_MILLIS = 100;
    private static final int POLL_MILLIS = 10;

    private final LongAdder rowsIn = new LongAdder();
    private final LongAdder rowsOut = new LongAdder();
    private final LongAdder rowsFailed = new LongAdder();
    private final LongAdder nanos = new LongAdder();
    private final Map<String, Table> previews = new HashMap<>();
    private final Capture capture;
    private volatile Status status = Status.WAITING;
    private volatile long lastProgress;
    private volatile Outlet outlet;
    private volatile AutoCloseable resource;
    private final List<Fused> fused = new ArrayList<>();
    private NodeRuntime feeder;

    /** A streaming node this one runs in its own threads, right after itself, on each chunk of {@code port}. */
    private record Fused(String port, StreamingStep step) {
    }

    NodeRuntime(Planned plan, RunExecution run) {
        super(plan, run);
        if (plan.mode() == Mode.SKIP) {
            status = Status.CACHED;
            plan.cached().forEach((port, chunks) -> chunks.forEach(chunk -> count(port, chunk)));
        }
        capture = Capture.of(run.cache(), cacheable(plan) ? plan.key() : null);
    }

    /** Whether the node's output goes into the cache: it runs, has outputs and a key (all its inputs have one). */
    private static boolean cacheable(Planned plan) {
        return plan.mode() == Mode.EXECUTE && plan.type().kind() != NodeKind.SINK && plan.key() != null;
    }

    /** The node that processes the chunks this one cannot, if its error policy names one. */
    NodeRuntime fallback() {
        String id = plan.node().onError().fallback();
        return id.isEmpty() ? null : run.node(id);
    }

    Outlet outlet() {
        return outlet;
    }

    void connect(Outlet out) {
        this.outlet = out;
    }

    /**
     * The queue of this node: bounded, senders block while it is full ({@link Delivery} does that, the
     * URI says so for the exported routes), one consumer per allowed thread. A consumer finishes its
     * current poll before its route stops, and sleeps one poll while the context starts, so the poll
     * timeout is short: it is paid at every run's start and once per node at its end.
     */
    String uri() {
        int consumers = plan.type().kind() == NodeKind.STREAMING && plan.mode() == Mode.EXECUTE && feeder == null ? threads() : 1;
        return "seda:node-" + plan.id() + "?size=" + Math.max(run.options().queueChunks(), consumers)
                + "&blockWhenFull=true&concurrentConsumers=" + consumers + "&pollTimeout=" + POLL_MILLIS;
    }

    /** The threads the node works on chunks with. */
    int threads() {
        return plan.node().concurrency() > 0 ? plan.node().concurrency() : run.options().concurrency();
    }

    /**
     * From now on this node runs {@code downstream} on each chunk it sends on {@code port}, in the same
     * thread ({@link RunOptions#fuse()}); the downstream node's queue then only receives the end.
     */
    void fuse(String port, NodeRuntime downstream) {
        fused.add(new Fused(port, new StreamingStep(downstream)));
        downstream.feeder = this;
    }

    /** The node that runs this one in its threads, or {@code null}. */
    NodeRuntime feeder() {
        return feeder;
    }

    /** Runs the fused nodes on the chunk this node produced for input sequence {@code seq} on {@code port}. */
    void forward(long seq, String port, Table table) {
        for (Fused f : fused) {
            if (f.port().equals(port)) {
                f.step().fused(seq, table);
            }
        }
    }

    /** Input sequence {@code seq} produced nothing on the fused ports: the fused nodes skip it too. */
    void skipForward(long seq) {
        for (Fused f : fused) {
            f.step().skip(seq);
        }
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
        capture.add(port, table);
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
        if (run.degraded()) {
            capture.abandon();
        } else {
            capture.store();
        }
        status = plan.mode() == Mode.REPLAY ? Status.CACHED : Status.SUCCEEDED;
        run.publish(stats());
        run.nodeDone();
    }

    void failed(String message) {
        status = Status.FAILED;
        run.publish(stats());
        run.fail("node '" + plan.id() + "' (" + plan.type().key() + ") failed: " + message);
    }

    /**
     * After the run: anything not finished was cancelled, but a fallback is done when the run is (it
     * has no end of its own); an open writer is closed.
     */
    void stop() {
        capture.abandon();
        if (plan.mode() == Mode.STANDBY && !run.stopping()) {
            status = Status.SUCCEEDED;
        } else if (status == Status.WAITING || status == Status.RUNNING) {
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
        return new NodeStats(plan.id(), status, rowsIn.sum(), rowsOut.sum(), rowsFailed.sum(), nanos.sum() / 1_000_000, counters());
    }
}
