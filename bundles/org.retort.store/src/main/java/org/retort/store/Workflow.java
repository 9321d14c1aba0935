package org.retort.store;

import java.time.Instant;

/**
 * A workflow: a name in a workspace with immutable versions.
 *
 * @param latestVersion 0 until the first version is added
 */
public record Workflow(String id, String workspaceId, String name, String createdBy, Instant createdAt,
                       int latestVersion) {
}
