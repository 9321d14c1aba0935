package org.retort.store;

import java.util.List;
import java.util.Optional;

/**
 * Workspaces and their members. Whether every user gets a personal workspace is the caller's policy: create one
 * named after the user and add them as {@link WorkspaceRole#OWNER}.
 */
public interface Workspaces {

    /** @throws StoreConflictException if the name is taken (case-insensitive) */
    Workspace create(String name, String createdBy);

    Optional<Workspace> find(String id);

    /** Case-insensitive. */
    Optional<Workspace> findByName(String name);

    /** Workspaces ordered by name. */
    Page<Workspace> list(int offset, int limit);

    /**
     * Adds the user to the workspace, or changes their role if they are a member already.
     *
     * @throws StoreNotFoundException if the workspace or the user does not exist
     */
    Membership addMember(String workspaceId, String userId, WorkspaceRole role);

    /** @return whether the user was a member */
    boolean removeMember(String workspaceId, String userId);

    Optional<Membership> membership(String workspaceId, String userId);

    /** The user's memberships, by workspace name. */
    List<Membership> membershipsOf(String userId);

    /** The workspace's members, oldest first. */
    List<Membership> members(String workspaceId);
}
