package org.retort.engine.internal;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.retort.api.data.Table;
import org.retort.engine.NodeCatalog;
import org.retort.engine.NodeStats;
import org.retort.engine.Run;
import org.retort.engine.RunEvent;
import org.retort.engine.RunOptions;
import org.retort.engine.RunState;
import org.retort.engine.workflow.ValidationProblem;
import org.retort.engine.workflow.Workflow;
import org.retort.engine.workflow.WorkflowNode;

/**
 * A run whose workflow uses node types that are not installed. It waits — cancellable — until the
 * engine tells it node types arrived ({@link #retry}), then validates again: still absent types keep
 * it waiting, other problems fail it, a valid workflow becomes a {@link RunExecution} with the same id,
 * to which everything is handed from then on.
 */
final class WaitingRun implements Run {

    private final String id;
    private final Workflow workflow;
    private final RunOptions options;
    private final Engine engine;
    private final CountDownLatch decided = new CountDownLatch(1);
    private RunState state = RunState.WAITING;
    private String message;
    private volatile RunExecution execution;

    WaitingRun(String id, Workflow workflow, RunOptions options, List<String> missing, Engine engine) {
        this.id = id;
        this.workflow = workflow;
        this.options = options;
        this.engine = engine;
        this.message = waitingFor(missing);
    }

    /** Whether every one of {@code problems} is about a node's type: it or its version is not installed. */
    static boolean onlyAboutTypes(Workflow workflow, List<ValidationProblem> problems) {
        Set<String> locations = workflow.nodes().stream().map(n -> "nodes[" + n.id() + "].type").collect(Collectors.toSet());
        return problems.stream().allMatch(p -> locations.contains(p.location()));
    }

    /** The node types ("X vN") of {@code workflow} that {@code catalog} does not have now. */
    static List<String> missingTypes(Workflow workflow, NodeCatalog catalog) {
        Set<String> missing = new LinkedHashSet<>();
        for (WorkflowNode node : workflow.nodes()) {
            if (catalog.find(node.type(), node.version()).isEmpty()) {
                missing.add(node.type() + " v" + node.version());
            }
        }
        return List.copyOf(missing);
    }

    private static String waitingFor(List<String> missing) {
        return missing.stream().map(type -> "waiting for node type " + type).collect(Collectors.joining("; "));
    }

    /** Node types were added: validates again and starts, fails or keeps waiting. */
    void retry() {
        List<ValidationProblem> problems = engine.validate(workflow);
        RunEvent event;
        synchronized (this) {
            if (state != RunState.WAITING || execution != null) {
                return;
            }
            if (problems.isEmpty()) {
                try {
                    execution = engine.prepare(id, workflow, options);
                    event = null;
                } catch (RuntimeException e) {
                    event = end(RunState.FAILED, "the run could not start: " + e.getMessage());
                }
            } else if (onlyAboutTypes(workflow, problems)) {
                List<String> missing = missingTypes(workflow, engine.catalog());
                if (!missing.isEmpty()) {
                    message = waitingFor(missing);
                }
                return; // when none is missing any more, they arrived since validate: their event queued another retry
            } else {
                event = end(RunState.FAILED, "the workflow cannot run: " + problems.stream()
                        .map(ValidationProblem::toString).collect(Collectors.joining("; ")));
            }
        }
        if (event != null) {
            engine.publish(event);
            decided.countDown();
        } else {
            decided.countDown();
            engine.launch(execution);
        }
    }

    private RunEvent end(RunState next, String why) {
        state = next;
        message = next == RunState.FAILED ? why : "";
        return new RunEvent.StateChanged(id, next, message);
    }

    @Override
    public void cancel() {
        RunEvent event = null;
        synchronized (this) {
            if (execution == null && state == RunState.WAITING) {
                event = end(RunState.CANCELLED, "");
            }
        }
        if (event != null) {
            engine.publish(event);
            decided.countDown();
        } else if (execution != null) {
            execution.cancel();
        }
    }

    @Override
    public boolean await(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        if (!decided.await(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
            return false;
        }
        RunExecution started = execution;
        return started == null || started.await(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
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
    public synchronized RunState state() {
        return execution == null ? state : execution.state();
    }

    @Override
    public synchronized String failure() {
        return execution == null ? message : execution.failure();
    }

    /** While waiting every node is waiting; a run that ended before it started ran none of them. */
    @Override
    public List<NodeStats> nodes() {
        RunExecution started = execution;
        if (started != null) {
            return started.nodes();
        }
        var status = state() == RunState.WAITING ? NodeStats.Status.WAITING : NodeStats.Status.CANCELLED;
        return workflow.nodes().stream().map(n -> new NodeStats(n.id(), status, 0, 0, 0, 0, Map.of())).toList();
    }

    @Override
    public Optional<Table> preview(String nodeId, String port) {
        RunExecution started = execution;
        return started == null ? Optional.empty() : started.preview(nodeId, port);
    }
}
