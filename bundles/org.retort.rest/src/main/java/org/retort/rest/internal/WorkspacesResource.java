package org.retort.rest.internal;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.retort.auth.Caller;
import org.retort.store.AuditLog;
import org.retort.store.Membership;
import org.retort.store.StoreConflictException;
import org.retort.store.User;
import org.retort.store.Users;
import org.retort.store.Workspace;
import org.retort.store.WorkspaceRole;
import org.retort.store.Workspaces;
import org.retort.web.ProblemException;
import org.retort.web.RequiresPermission;

/**
 * Workspaces, the unit that isolates a team's workflows, runs and data: {@code /api/v1/workspaces}.
 * Everybody sees the workspaces they are a member of (an Admin sees all); whoever creates one owns it;
 * only owners manage members.
 */
@Component(service = org.retort.web.JaxRsComponent.class)
@Path("v1/workspaces")
public final class WorkspacesResource implements org.retort.web.JaxRsComponent {

    private final Workspaces workspaces;
    private final Users users;
    private final AuditLog audit;
    private final WorkspaceAccess access;

    @Activate
    public WorkspacesResource(@Reference Workspaces workspaces, @Reference Users users, @Reference AuditLog audit) {
        this.workspaces = workspaces;
        this.users = users;
        this.audit = audit;
        this.access = new WorkspaceAccess(workspaces);
    }

    /**
     * A workspace as its caller sees it.
     *
     * @param role the caller's role in it ({@code null} for an Admin who is not a member)
     */
    public record WorkspaceView(String id, String name, String createdBy, Instant createdAt, WorkspaceRole role) {
    }

    /** A member of a workspace. */
    public record MemberView(String userId, String username, WorkspaceRole role, Instant addedAt) {
    }

    /** The body of {@code POST /api/v1/workspaces}. */
    public record NewWorkspace(String name) {
    }

    /** The body of {@code PUT /api/v1/workspaces/{ws}/members/{user}}. */
    public record MemberRole(WorkspaceRole role) {
    }

    /** The caller's workspaces with their role in each, by name; an Admin gets every workspace. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("workflows:read")
    public List<WorkspaceView> list(@Context SecurityContext security) {
        Caller caller = WorkspaceAccess.caller(security);
        var views = new ArrayList<WorkspaceView>();
        if (WorkspaceAccess.isAdmin(caller)) {
            for (int offset = 0; ; offset += 500) {
                var page = workspaces.list(offset, 500);
                page.items().forEach(w -> views.add(view(w, workspaces.membership(w.id(), caller.userId()).map(Membership::role).orElse(null))));
                if (!page.hasMore()) {
                    break;
                }
            }
            return views;
        }
        for (Membership m : workspaces.membershipsOf(caller.userId())) {
            workspaces.find(m.workspaceId()).ifPresent(w -> views.add(view(w, m.role())));
        }
        return views;
    }

    /** Creates a workspace owned by the caller; 409 when the name is taken. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("workflows:write")
    public Response create(NewWorkspace body, @Context SecurityContext security) {
        Caller caller = WorkspaceAccess.caller(security);
        String name = body == null || body.name() == null ? "" : body.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new ProblemException(400, "Bad Request", "A workspace needs a name of 1 to 100 characters.");
        }
        Workspace created;
        try {
            created = workspaces.create(name, caller.userId());
        } catch (StoreConflictException e) {
            throw new ProblemException(409, "Conflict", "There is a workspace named '" + name + "' already.");
        }
        workspaces.addMember(created.id(), caller.userId(), WorkspaceRole.OWNER);
        audit.record(caller.userId(), "workspace.create", "workspace:" + created.id(), name, null);
        return Response.status(201).entity(view(created, WorkspaceRole.OWNER)).build();
    }

    /** One workspace; 404 unless the caller is a member. */
    @GET
    @Path("{ws}")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("workflows:read")
    public WorkspaceView get(@PathParam("ws") String id, @Context SecurityContext security) {
        Caller caller = WorkspaceAccess.caller(security);
        WorkspaceRole role = access.role(caller, id).orElseThrow(() -> WorkspaceAccess.notFound("workspace '" + id + "'"));
        Workspace workspace = workspaces.find(id).orElseThrow(() -> WorkspaceAccess.notFound("workspace '" + id + "'"));
        return view(workspace, WorkspaceAccess.isAdmin(caller)
                ? workspaces.membership(id, caller.userId()).map(Membership::role).orElse(null) : role);
    }

    /** The members, oldest first; any member may see them. */
    @GET
    @Path("{ws}/members")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("workflows:write")
    public List<MemberView> members(@PathParam("ws") String id, @Context SecurityContext security) {
        access.read(WorkspaceAccess.caller(security), id, "workspace '" + id + "'");
        return workspaces.members(id).stream().map(this::member).toList();
    }

    /** Adds a member (by user id or username) or changes their role; owners only. */
    @PUT
    @Path("{ws}/members/{user}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("workflows:write")
    public MemberView putMember(@PathParam("ws") String id, @PathParam("user") String userRef, MemberRole body,
            @Context SecurityContext security) {
        Caller caller = WorkspaceAccess.caller(security);
        access.own(caller, id);
        if (body == null || body.role() == null) {
            throw new ProblemException(400, "Bad Request", "Send {\"role\": \"OWNER\" | \"MEMBER\" | \"VIEWER\"}.");
        }
        User user = user(userRef);
        if (user.id().equals(caller.userId()) && body.role() != WorkspaceRole.OWNER && lastOwner(id, user.id())) {
            throw new ProblemException(409, "Conflict", "You are the last owner of this workspace; make someone else an owner first.");
        }
        Membership membership = workspaces.addMember(id, user.id(), body.role());
        audit.record(caller.userId(), "workspace.member.put", "workspace:" + id, user.username() + " as " + body.role(), null);
        return member(membership);
    }

    /** Removes a member; owners only; 404 when the user is not a member. */
    @DELETE
    @Path("{ws}/members/{user}")
    @RequiresPermission("workflows:write")
    public Response deleteMember(@PathParam("ws") String id, @PathParam("user") String userRef, @Context SecurityContext security) {
        Caller caller = WorkspaceAccess.caller(security);
        access.own(caller, id);
        User user = user(userRef);
        if (lastOwner(id, user.id())) {
            throw new ProblemException(409, "Conflict", "'" + user.username() + "' is the last owner of this workspace; make someone else an owner first.");
        }
        if (!workspaces.removeMember(id, user.id())) {
            throw WorkspaceAccess.notFound("member '" + userRef + "' in this workspace");
        }
        audit.record(caller.userId(), "workspace.member.delete", "workspace:" + id, user.username(), null);
        return Response.noContent().build();
    }

    private boolean lastOwner(String workspaceId, String userId) {
        List<Membership> owners = workspaces.members(workspaceId).stream().filter(m -> m.role() == WorkspaceRole.OWNER).toList();
        return owners.size() == 1 && owners.get(0).userId().equals(userId);
    }

    private User user(String ref) {
        return users.find(ref).or(() -> users.findByUsername(ref.toLowerCase(Locale.ROOT)))
                .or(() -> users.findByUsername(ref))
                .orElseThrow(() -> WorkspaceAccess.notFound("user '" + ref + "'"));
    }

    private MemberView member(Membership m) {
        return new MemberView(m.userId(), users.find(m.userId()).map(User::username).orElse(null), m.role(), m.addedAt());
    }

    private static WorkspaceView view(Workspace w, WorkspaceRole role) {
        return new WorkspaceView(w.id(), w.name(), w.createdBy(), w.createdAt(), role);
    }
}
