package org.retort.engine.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.camel.CamelContext;
import org.retort.api.data.Table;
import org.retort.engine.NodeKind;
import org.retort.engine.NodeStats;
import org.retort.engine.PortDescriptor;
import org.retort.engine.Run;
import org.retort.engine.RunEvent;
import org.retort.engine.RunOptions;
import org.retort.engine.RunState;
import org.retort.engine.internal.ExecutionPlan.Mode;
import org.retort.engine.internal.Outlet.Target;
import org.retort.engine.workflow.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run from queued to its end: builds the routes, starts the sources, waits until every node has
 * finished or the run fails or is cancelled, then settles the state and stops everything.
 */
final class RunExecution implements Run, Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(RunExecution.class);

    private final String id;
    private final Workflow workflow;
    private final RunOptions options;
    private final ResultCache cache;
    private final Consumer<RunEvent> events;
    private final Map<String, NodeRuntime> nodes = new LinkedHashMap<>();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicInteger running = new AtomicInteger();
    private final CountDownLatch wake = new CountDownLatch(1);
    private final Delivery delivery = new Delivery(this::stopping);
    private final RunStatus status;
    private volatile boolean cancelRequested;
    private volatile String failure = "";
    private volatile boolean degraded;

    RunExecution(String id, Workflow workflow, ExecutionPlan plan, RunOptions options, ResultCache cache, Consumer<RunEvent> events) {
        this.id = id;
        this.workflow = workflow;
        this.options = options;
        this.cache = cache;
        this.events = events;
        this.status = new RunStatus(id, workflow.id(), events);
        plan.nodes().forEach(p -> nodes.put(p.id(), new NodeRuntime(p, this)));
        if (options.fuse()) {
            fuse();
        }
        for (NodeRuntime node : nodes.values()) {
            var targets = new LinkedHashMap<String, List<Target>>();
            node.plan.targets().forEach((port, refs) -> targets.put(port, refs.stream().map(ref -> {
                NodeRuntime to = nodes.get(ref.node());
                return new Target(to.uri(), ref.port(), to.feeder() == node);
            }).toList()));
            node.connect(new Outlet(node, targets, delivery));
        }
    }

    /**
     * Fuses each streaming node whose only input comes from another streaming node's regular output
     * into that node ({@link RunOptions#fuse()}), when both run their own code on the same number of
     * threads: not a replay, not guarded (a timeout would then cover both), and the fused node without
     * retries (its retry would need a queue to come back to).
     */
    private void fuse() {
        var incoming = new HashMap<String, Integer>();
        nodes.values().forEach(n -> n.plan.targets().values().forEach(refs -> refs.forEach(ref -> incoming.merge(ref.node(), 1, Integer::sum))));
        for (NodeRuntime node : nodes.values()) {
            if (!fusable(node)) {
                continue;
            }
            node.plan.targets().forEach((port, refs) -> {
                if (PortDescriptor.FAILURE.equals(port)) {
                    return;
                }
                for (var ref : refs) {
                    NodeRuntime to = nodes.get(ref.node());
                    if (fusable(to) && incoming.get(to.plan.id()) == 1 && to.plan.node().onError().retries() == 0
                            && to.threads() == node.threads()) {
                        node.fuse(port, to);
                    }
                }
            });
        }
    }

    private static boolean fusable(NodeRuntime node) {
        return node.plan.type().kind() == NodeKind.STREAMING && node.plan.mode() == Mode.EXECUTE
                && !node.plan.node().onError().guarded();
    }

    @Override
    public void run() {
        if (!status.transition(RunState.RUNNING, "")) {
            return;
        }
        List<NodeRuntime> active = nodes.values().stream().filter(n -> n.plan.mode().routed()).toList();
        running.set(active.size());
        CamelContext camel = null;
        try {
            if (!active.isEmpty()) {
                camel = RunCamel.start(id, new RunRoutes(active));
                delivery.connect(camel);
                for (NodeRuntime node : active) {
                    if (node.plan.inputs().isEmpty() || node.plan.mode() == Mode.REPLAY) {
                        delivery.send(node.uri(), Envelope.START);
                    }
                }
                wake.await();
            }
        } catch (Exception e) {
            fail("the run could not start: " + e);
        } finally {
            end(camel);
        }
    }

    /**
     * A failed or cancelled run may still have nodes at work: they are stopped before the run is
     * settled. When every node is done, the run is settled first and its context stopped after, so
     * whoever waits for the run does not wait for Camel as well.
     */
    private void end(CamelContext camel) {
        if (stopping()) {
            RunCamel.stop(camel);
            settle();
        } else {
            settle();
            RunCamel.stopIdle(camel);
        }
    }

    private void settle() {
        nodes.values().forEach(NodeRuntime::stop);
        WorkDirectory.delete(workDirectory(), "run " + id);
        nodes.values().forEach(n -> publish(n.stats()));
        status.transition(cancelRequested ? RunState.CANCELLED : failure.isEmpty() ? RunState.SUCCEEDED : RunState.FAILED, failure);
    }

    /** Announces the run as queued, unless it was cancelled already; returns whether it was not. */
    boolean queue() {
        return status.transition(RunState.QUEUED, "");
    }

    void nodeDone() {
        if (running.decrementAndGet() == 0) {
            wake.countDown();
        }
    }

    void fail(String message) {
        if (stopping.compareAndSet(false, true)) {
            failure = message;
            LOG.warn("Run {} of {} failed: {}", id, workflow.id(), message);
            wake.countDown();
        }
    }

    boolean stopping() {
        return stopping.get();
    }

    /** A fallback answered for a node: outputs finished from now on are not cached, they may derive from it. */
    void degrade() {
        degraded = true;
    }

    boolean degraded() {
        return degraded;
    }

    /** The node {@code nodeId} of this run. */
    NodeRuntime node(String nodeId) {
        return nodes.get(nodeId);
    }

    void publish(NodeStats stats) {
        events.accept(new RunEvent.NodeProgress(id, stats));
    }

    RunOptions options() {
        return options;
    }

    ResultCache cache() {
        return cache;
    }

    Path workDirectory() {
        return options.workDirectory().resolve(id);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Workflow workflow() {
        return workflow;
    }

    @Override
    public RunState state() {
        return status.state();
    }

    @Override
    public String failure() {
        return failure;
    }

    @Override
    public List<NodeStats> nodes() {
        return new ArrayList<>(nodes.values().stream().map(NodeRuntime::stats).toList());
    }

    @Override
    public Optional<Table> preview(String nodeId, String port) {
        NodeRuntime node = nodes.get(nodeId);
        return node == null ? Optional.empty() : node.preview(port);
    }

    @Override
    public void cancel() {
        cancelRequested = true;
        stopping.set(true);
        wake.countDown();
        status.cancelIfQueued();
    }

    @Override
    public boolean await(Duration timeout) throws InterruptedException {
        return status.await(timeout);
    }
}
