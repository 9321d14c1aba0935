package org.retort.auth.internal;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.retort.store.AuditEntry;
import org.retort.store.AuditLog;
import org.retort.store.AuditQuery;
import org.retort.store.Page;
import org.retort.web.JaxRsComponent;
import org.retort.web.ProblemException;
import org.retort.web.RequiresPermission;

/** {@code GET /api/v1/admin/audit}: the audit log, newest first, by actor, action and time. */
@Component(service = JaxRsComponent.class)
@Path("v1/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
public final class AuditResource implements JaxRsComponent {

    private final AuditLog audit;

    @Activate
    public AuditResource(@Reference AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @RequiresPermission("admin:audit")
    public Map<String, Object> list(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("since") String since, @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        if (offset < 0 || limit < 1 || limit > 1000) {
            throw new ProblemException(400, "Bad Request", "offset must be ≥ 0 and limit 1–1000");
        }
        AuditQuery query = AuditQuery.all().byActor(blank(actor)).withAction(blank(action));
        if (since != null && !since.isBlank()) {
            try {
                query = query.since(Instant.parse(since));
            } catch (DateTimeParseException e) {
                throw new ProblemException(400, "Bad Request", "since: not an ISO-8601 instant such as 2026-11-22T10:00:00Z");
            }
        }
        Page<AuditEntry> page = audit.list(query, offset, limit);
        return Map.of("items", page.items(), "total", page.total(), "offset", offset, "limit", limit);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
