package org.retort.store;

import java.time.Instant;

/** A user's membership of a workspace. */
public record Membership(String workspaceId, String userId, WorkspaceRole role, Instant addedAt) {
}
