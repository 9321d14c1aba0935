package org.retort.engine;

/** What a run tells its listeners: its state changed, or a node made progress. */
public sealed interface RunEvent permits RunEvent.StateChanged, RunEvent.NodeProgress {

    /** The run this event is about. */
    String runId();

    /**
     * The run entered {@code state}.
     *
     * @param message why it failed, what it waits for when {@link RunState#WAITING}, or empty
     */
    record StateChanged(String runId, RunState state, String message) implements RunEvent {
    }

    /** A node's counters moved or its status changed (at most every 100 ms per node, plus every status change). */
    record NodeProgress(String runId, NodeStats stats) implements RunEvent {
    }
}
