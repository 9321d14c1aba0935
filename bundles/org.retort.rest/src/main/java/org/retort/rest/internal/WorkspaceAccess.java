package org.retort.rest.internal;

import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;
import org.retort.auth.Caller;
import org.retort.store.Role;
import org.retort.store.WorkspaceRole;
import org.retort.store.Workspaces;
import org.retort.web.ProblemException;

/**
 * The workspace isolation rule, in one place. A caller who is not a member of a workspace is told it
 * does not exist (404, so its existence is not revealed); a {@link WorkspaceRole#VIEWER} member may read
 * but not change anything in it (403); an Admin sees and changes everything. The permission the
 * endpoint requires ({@code workflows:write}…) is checked before, by the security filter.
 */
final class WorkspaceAccess {

    private final Workspaces workspaces;

    WorkspaceAccess(Workspaces workspaces) {
        this.workspaces = workspaces;
    }

    /** The authenticated caller (the security filter has let only authenticated callers through). */
    static Caller caller(SecurityContext security) {
        return Caller.of(security).orElseThrow(() -> new ProblemException(401, "Unauthorized", "Log in or send an API key."));
    }

    static boolean isAdmin(Caller caller) {
        return caller.roles().contains(Role.ADMIN);
    }

    /** The caller's role in the workspace: {@link WorkspaceRole#OWNER} for an Admin; empty for a non-member. */
    Optional<WorkspaceRole> role(Caller caller, String workspaceId) {
        if (workspaceId == null) {
            return Optional.empty();
        }
        if (isAdmin(caller)) {
            return workspaces.find(workspaceId).map(w -> WorkspaceRole.OWNER);
        }
        return workspaces.membership(workspaceId, caller.userId()).map(m -> m.role());
    }

    /** Whether the caller may read what the workspace holds. */
    boolean canRead(Caller caller, String workspaceId) {
        return role(caller, workspaceId).isPresent();
    }

    /** Passes when the caller may read the workspace; 404 naming {@code what} otherwise. */
    void read(Caller caller, String workspaceId, String what) {
        if (!canRead(caller, workspaceId)) {
            throw notFound(what);
        }
    }

    /** Passes when the caller may change the workspace's content; 404 for a non-member, 403 for a viewer. */
    void write(Caller caller, String workspaceId, String what) {
        WorkspaceRole role = role(caller, workspaceId).orElseThrow(() -> notFound(what));
        if (role == WorkspaceRole.VIEWER) {
            throw new ProblemException(403, "Forbidden", "You are a viewer of this workspace: you may read " + what + " but not change it.");
        }
    }

    /** Passes when the caller owns the workspace (or is an Admin); 404 for a non-member, 403 otherwise. */
    void own(Caller caller, String workspaceId) {
        WorkspaceRole role = role(caller, workspaceId).orElseThrow(() -> notFound("workspace '" + workspaceId + "'"));
        if (role != WorkspaceRole.OWNER) {
            throw new ProblemException(403, "Forbidden", "Only an owner of the workspace may manage its members.");
        }
    }

    static ProblemException notFound(String what) {
        return new ProblemException(404, "Not Found", "There is no " + what + ".");
    }
}
