package org.retort.store;

import java.time.Instant;

/**
 * One immutable version of a workflow.
 *
 * @param version  1, 2, 3… per workflow
 * @param document the JSON document exactly as it was added
 * @param sha256   lower-case hex SHA-256 of the document's canonical form (object keys sorted, no insignificant
 *                 white space), so the same workflow written differently has the same hash
 * @param comment  may be {@code null}
 */
public record WorkflowVersion(String workflowId, int version, String document, String sha256, String createdBy,
                              String comment, Instant createdAt) {
}
