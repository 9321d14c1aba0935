package org.retort.store;

import java.time.Instant;

/**
 * A named, versioned dataset in a workspace.
 *
 * @param latestVersion 0 until the first version is added
 */
public record Dataset(String id, String workspaceId, String name, String createdBy, Instant createdAt,
                      int latestVersion) {
}
