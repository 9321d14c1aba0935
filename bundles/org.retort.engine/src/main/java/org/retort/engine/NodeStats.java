package org.retort.engine;

import java.util.Map;

/**
 * A snapshot of one node's progress in a run.
 *
 * @param nodeId     the node's id in the workflow
 * @param status     where the node is
 * @param rowsIn     rows received
 * @param rowsOut    rows sent on its outputs, failure port excluded
 * @param rowsFailed rows sent to its failure port
 * @param millis     time spent in the node's own code
 * @param counters   the node's own counters ({@code NodeContext.count})
 */
public record NodeStats(String nodeId, Status status, long rowsIn, long rowsOut, long rowsFailed, long millis,
        Map<String, Long> counters) {

    /** Where a node is in a run. */
    public enum Status {
        /** Not started yet. */
        WAITING,
        /** Working. */
        RUNNING,
        /** Done. */
        SUCCEEDED,
        /** Its result came from the cache; it did not run. */
        CACHED,
        /** It failed the run. */
        FAILED,
        /** The run was stopped before it finished. */
        CANCELLED
    }

    public NodeStats {
        counters = Map.copyOf(counters);
    }
}
