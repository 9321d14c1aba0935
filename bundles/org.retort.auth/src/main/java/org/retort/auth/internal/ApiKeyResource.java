package org.retort.auth.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.LinkedHashMap;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.retort.auth.Caller;
import org.retort.store.ApiKey;
import org.retort.store.ApiKeys;
import org.retort.store.AuditLog;
import org.retort.web.JaxRsComponent;
import org.retort.web.ProblemException;
import org.retort.web.RequiresPermission;

/**
 * {@code /api/v1/auth/api-keys}: a user's API keys for scripts. A key acts with its user's roles; the
 * whole key is shown once, when created; the store keeps only its prefix and a hash of its secret.
 */
@Component(service = JaxRsComponent.class)
@Path("v1/auth/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ApiKeyResource implements JaxRsComponent {

    record NewKeyRequest(String name) {
    }

    private static final int MAX_KEYS = 50;

    private final Authenticator auth;
    private final ApiKeys keys;
    private final AuditLog audit;

    @Context
    HttpServletRequest servletRequest;

    @Activate
    public ApiKeyResource(@Reference Authenticator auth, @Reference ApiKeys keys, @Reference AuditLog audit) {
        this.auth = auth;
        this.keys = keys;
        this.audit = audit;
    }

    @GET
    @RequiresPermission("account:self")
    public List<Views.KeyView> list(@Context SecurityContext security) {
        return keys.listForUser(caller(security).userId()).stream().map(Views.KeyView::of).toList();
    }

    @POST
    @RequiresPermission("account:self")
    public Response create(NewKeyRequest request, @Context SecurityContext security) {
        Caller caller = caller(security);
        String name = request == null || request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            throw AccountRules.invalid("name", "give the key a name of 1–100 characters, e.g. the script that will use it");
        }
        if (keys.listForUser(caller.userId()).stream().filter(ApiKey::active).count() >= MAX_KEYS) {
            throw new ProblemException(409, "Conflict", "You have " + MAX_KEYS + " active API keys; revoke one first.");
        }
        Authenticator.NewKey created = auth.newKey(caller.userId(), name);
        audit.record(caller.userId(), "apikey.created", "apikey:" + created.key().id(), name, Requests.ip(servletRequest));
        var body = new LinkedHashMap<String, Object>();
        body.put("key", created.secret());
        body.put("apiKey", Views.KeyView.of(created.key()));
        body.put("message", "Copy the key now: it is not shown again. Send it as 'Authorization: Bearer <key>'.");
        return Response.status(201).entity(body).build();
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission("account:self")
    public Response revoke(@PathParam("id") String id, @Context SecurityContext security) {
        Caller caller = caller(security);
        ApiKey key = keys.find(id).filter(k -> k.userId().equals(caller.userId()))
                .orElseThrow(() -> new ProblemException(404, "Not Found", "You have no API key with id '" + id + "'."));
        if (key.active()) {
            keys.revoke(id);
            auth.forgetKey(id);
            audit.record(caller.userId(), "apikey.revoked", "apikey:" + id, key.name(), Requests.ip(servletRequest));
        }
        return Response.noContent().build();
    }

    private static Caller caller(SecurityContext security) {
        return Caller.of(security).orElseThrow(() -> new ProblemException(401, "Unauthorized", "Log in first."));
    }
}
