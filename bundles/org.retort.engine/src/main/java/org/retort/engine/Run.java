package org.retort.engine;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.retort.api.data.Table;
import org.retort.engine.workflow.Workflow;

/** One execution of a workflow. */
public interface Run {

    /** A unique id. */
    String id();

    /** The workflow as it was when the run started. */
    Workflow workflow();

    /** The current state. */
    RunState state();

    /**
     * Why the run failed, naming the node, when it is {@link RunState#FAILED}; what it waits for
     * ("waiting for node type X vN", one per absent type, joined by "; ") while it is
     * {@link RunState#WAITING}; otherwise empty.
     */
    String failure();

    /** The progress of every node, in workflow order. */
    List<NodeStats> nodes();

    /** The first rows that left {@code nodeId}'s output {@code port}, if it produced any. */
    Optional<Table> preview(String nodeId, String port);

    /**
     * Asks the run to stop; nodes see it at once, the run is {@link RunState#CANCELLED} within about a
     * second (at once while it is waiting or queued).
     */
    void cancel();

    /** Waits until the run is over; returns whether it was. */
    boolean await(Duration timeout) throws InterruptedException;
}
