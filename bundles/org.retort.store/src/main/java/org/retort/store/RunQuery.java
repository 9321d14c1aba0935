package org.retort.store;

import java.util.EnumSet;
import java.util.Set;

/**
 * Filters for {@link Runs#list}; a {@code null} (or empty set) matches everything.
 */
public record RunQuery(String workspaceId, String workflowId, Set<RunStatus> statuses, String submittedBy) {
    public RunQuery {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
    }

    public static RunQuery all() {
        return new RunQuery(null, null, null, null);
    }

    public RunQuery inWorkspace(String id) {
        return new RunQuery(id, workflowId, statuses, submittedBy);
    }

    public RunQuery ofWorkflow(String id) {
        return new RunQuery(workspaceId, id, statuses, submittedBy);
    }

    public RunQuery withStatus(RunStatus... status) {
        return new RunQuery(workspaceId, workflowId, Set.of(status), submittedBy);
    }

    public RunQuery submittedBy(String userId) {
        return new RunQuery(workspaceId, workflowId, statuses, userId);
    }
}
