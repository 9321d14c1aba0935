package org.retort.engine;

/**
 * The life of a run: (waiting →) queued → running → succeeded | failed | cancelled. A run waits while
 * node types its workflow uses are not installed; it is queued once they all are and it validates.
 */
public enum RunState {
    /** Node types (or versions) the workflow uses are not installed; the run starts when they are. */
    WAITING,
    /** Waiting for a free runner. */
    QUEUED,
    RUNNING, SUCCEEDED, FAILED, CANCELLED;

    /** Whether the run is over. */
    public boolean terminal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
