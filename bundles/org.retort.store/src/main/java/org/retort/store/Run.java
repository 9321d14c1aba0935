package org.retort.store;

import java.time.Instant;

/**
 * A persisted run.
 *
 * @param countersJson per-node counters (rows in/out, errors, time) as JSON, or {@code null}
 * @param upTo         the node the run stopped at (it ran that node and what it depends on), or {@code null} for the
 *                     whole workflow
 */
public record Run(String id, String workspaceId, String workflowId, int workflowVersion, String submittedBy,
                  String engineRunId, RunStatus status, String failureMessage, String inputsJson,
                  String nodeVersionsJson, String countersJson, String retryOf, Instant createdAt, Instant startedAt,
                  Instant endedAt, String upTo) {
}
