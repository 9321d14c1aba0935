package org.retort.store;

import java.time.Instant;

/**
 * A named model in a workspace's registry: a series of immutable versions, one of which may be active.
 *
 * @param latestVersion 0 until the first version is added
 * @param activeVersion the version {@link Models#promote promoted} last and not rolled back; 0 if none
 */
public record Model(String id, String workspaceId, String name, String createdBy, Instant createdAt,
                    int latestVersion, int activeVersion) {

    /** Whether a version is active. */
    public boolean hasActiveVersion() {
        return activeVersion > 0;
    }
}
