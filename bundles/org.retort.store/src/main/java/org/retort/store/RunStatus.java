package org.retort.store;

import java.util.EnumSet;
import java.util.Set;

/** Where a run is in its life. */
public enum RunStatus {
    QUEUED,
    /** Waiting for something other than a free worker, e.g. a node type that is not installed. */
    WAITING,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED;

    /** The statuses a run never leaves. */
    public static final Set<RunStatus> FINISHED = EnumSet.of(SUCCEEDED, FAILED, CANCELLED);

    public boolean finished() {
        return FINISHED.contains(this);
    }
}
