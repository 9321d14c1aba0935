package org.retort.auth.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.retort.auth.Caller;
import org.retort.store.AuditLog;
import org.retort.store.Page;
import org.retort.store.Role;
import org.retort.store.StoreConflictException;
import org.retort.store.User;
import org.retort.store.Users;
import org.retort.web.JaxRsComponent;
import org.retort.web.ProblemException;
import org.retort.web.RequiresPermission;

/**
 * {@code /api/v1/admin/users}: accounts for administrators and operators. Only an administrator may
 * give or take the Admin role or change an administrator's account, and the last administrator can
 * neither lose the role nor be deleted.
 */
@Component(service = JaxRsComponent.class)
@Path("v1/admin/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresPermission("admin:users")
public final class AdminUsersResource implements JaxRsComponent {

    record NewUser(String username, String email, String password, List<String> roles) {
    }

    record RoleChange(List<String> roles) {
    }

    private final Authenticator auth;
    private final Users users;
    private final AuditLog audit;

    @Context
    HttpServletRequest servletRequest;

    @Activate
    public AdminUsersResource(@Reference Authenticator auth, @Reference Users users, @Reference AuditLog audit) {
        this.auth = auth;
        this.users = users;
        this.audit = audit;
    }

    @GET
    public Map<String, Object> list(@QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
        if (offset < 0 || limit < 1 || limit > 500) {
            throw new ProblemException(400, "Bad Request", "offset must be ≥ 0 and limit 1–500");
        }
        Page<User> page = users.list(offset, limit);
        return Map.of("items", page.items().stream().map(Views.UserView::of).toList(), "total", page.total(),
                "offset", offset, "limit", limit);
    }

    @GET
    @Path("{id}")
    public Views.UserView get(@PathParam("id") String id) {
        return Views.UserView.of(user(id));
    }

    /** Creates a verified account (the administrator vouches for the address). */
    @POST
    public Response create(NewUser request, @Context SecurityContext security) {
        Caller caller = Caller.of(security).orElseThrow();
        if (request == null) {
            throw new ProblemException(400, "Bad Request", "send {\"username\", \"email\", \"password\", \"roles\"}");
        }
        String username = AccountRules.username(request.username());
        String email = AccountRules.email(request.email());
        AccountRules.password(request.password(), username, email);
        Set<Role> roles = roles(request.roles());
        mayGrant(caller, roles);
        try {
            User user = auth.createAccount(username, email, request.password(), roles, true, caller.userId());
            audit.record(caller.userId(), "user.created", "user:" + username, "roles " + Views.roles(roles), Requests.ip(servletRequest));
            return Response.status(201).entity(Views.UserView.of(user)).build();
        } catch (StoreConflictException e) {
            throw new ProblemException(409, "Conflict", "That username or email address is already registered.");
        }
    }

    @PUT
    @Path("{id}/roles")
    public Views.UserView setRoles(@PathParam("id") String id, RoleChange change, @Context SecurityContext security) {
        Caller caller = Caller.of(security).orElseThrow();
        User user = user(id);
        Set<Role> roles = roles(change == null ? null : change.roles());
        mayChange(caller, user);
        mayGrant(caller, roles);
        if (user.roles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            lastAdmin(user, "lose the Admin role");
        }
        User changed = users.setRoles(id, roles);
        auth.forgetUser(id);
        audit.record(caller.userId(), "user.roles", "user:" + user.username(), Views.roles(user.roles()) + " -> " + Views.roles(roles), Requests.ip(servletRequest));
        return Views.UserView.of(changed);
    }

    @POST
    @Path("{id}/unlock")
    public Views.UserView unlock(@PathParam("id") String id, @Context SecurityContext security) {
        Caller caller = Caller.of(security).orElseThrow();
        User user = user(id);
        mayChange(caller, user);
        User changed = users.resetFailedLogins(id);
        auth.forgetUser(id);
        audit.record(caller.userId(), "user.unlocked", "user:" + user.username(), "", Requests.ip(servletRequest));
        return Views.UserView.of(changed);
    }

    @POST
    @Path("{id}/verify")
    public Views.UserView markVerified(@PathParam("id") String id, @Context SecurityContext security) {
        Caller caller = Caller.of(security).orElseThrow();
        User user = user(id);
        mayChange(caller, user);
        User changed = users.markVerified(id);
        auth.forgetUser(id);
        audit.record(caller.userId(), "user.verified", "user:" + user.username(), "by an administrator", Requests.ip(servletRequest));
        return Views.UserView.of(changed);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @Context SecurityContext security) {
        Caller caller = Caller.of(security).orElseThrow();
        User user = user(id);
        mayChange(caller, user);
        if (user.roles().contains(Role.ADMIN)) {
            lastAdmin(user, "be deleted");
        }
        auth.endSessionsOf(id);
        users.delete(id);
        audit.record(caller.userId(), "user.deleted", "user:" + user.username(), "", Requests.ip(servletRequest));
        return Response.noContent().build();
    }

    private User user(String id) {
        return users.find(id).orElseThrow(() -> new ProblemException(404, "Not Found", "There is no user with id '" + id + "'."));
    }

    private static Set<Role> roles(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw AccountRules.invalid("roles", "give at least one of ADMIN, OPERATOR, SCIENTIST, VIEWER");
        }
        var roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            try {
                roles.add(Role.valueOf(String.valueOf(name).strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw AccountRules.invalid("roles", "'" + name + "' is not one of ADMIN, OPERATOR, SCIENTIST, VIEWER");
            }
        }
        return roles;
    }

    private static void mayGrant(Caller caller, Set<Role> roles) {
        if (roles.contains(Role.ADMIN) && !caller.roles().contains(Role.ADMIN)) {
            throw new ProblemException(403, "Forbidden", "Only an administrator may give the Admin role.");
        }
    }

    private static void mayChange(Caller caller, User user) {
        if (user.roles().contains(Role.ADMIN) && !caller.roles().contains(Role.ADMIN)) {
            throw new ProblemException(403, "Forbidden", "Only an administrator may change an administrator's account.");
        }
    }

    private void lastAdmin(User user, String what) {
        long admins = 0;
        for (int offset = 0; ; offset += 500) {
            Page<User> page = users.list(offset, 500);
            admins += page.items().stream().filter(u -> u.roles().contains(Role.ADMIN)).count();
            if (!page.hasMore()) {
                break;
            }
        }
        if (admins <= 1) {
            throw new ProblemException(409, "Conflict", "'" + user.username() + "' is the last administrator and cannot " + what + ".");
        }
    }
}
