package org.retort.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.retort.auth.Caller;
import org.retort.store.AuditLog;
import org.retort.store.Model;
import org.retort.store.ModelPromotion;
import org.retort.store.ModelVersion;
import org.retort.store.Models;
import org.retort.store.StoreConflictException;
import org.retort.store.Workspaces;
import org.retort.web.JaxRsComponent;
import org.retort.web.ProblemException;
import org.retort.web.RequiresPermission;

/**
 * The model registry, inside workspaces: {@code /api/v1/models/{id}…} (listed by {@link WorkspaceModelsResource};
 * versions are added by the Register node). Promote a version, roll back to the one active before, compare two
 * versions' metrics. Who may see and change what follows {@link WorkspaceAccess}.
 */
@Component(service = JaxRsComponent.class)
@Path("v1/models")
public final class ModelsResource implements JaxRsComponent {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Models models;
    private final AuditLog audit;
    private final WorkspaceAccess access;

    @Activate
    public ModelsResource(@Reference Models models, @Reference Workspaces workspaces, @Reference AuditLog audit) {
        this.models = models;
        this.audit = audit;
        this.access = new WorkspaceAccess(workspaces);
    }

    /** A registered model; {@code activeVersion} is {@code null} while none is active. */
    public record ModelView(String id, String workspaceId, String name, String createdBy, Instant createdAt,
                            int latestVersion, Integer activeVersion) {
        static ModelView of(Model m) {
            return new ModelView(m.id(), m.workspaceId(), m.name(), m.createdBy(), m.createdAt(), m.latestVersion(),
                    m.hasActiveVersion() ? m.activeVersion() : null);
        }
    }

    /** One version; {@code provenance} (Tribuo's, unchanged) only when one version is asked for. */
    public record VersionView(int version, boolean active, String sha256, String task, String algorithm, String target,
                              JsonNode features, JsonNode metrics, long trainingRows, String trainingHash,
                              String createdBy, Instant createdAt, JsonNode provenance) {
        static VersionView of(ModelVersion v, Model m, boolean withProvenance) {
            return new VersionView(v.version(), v.version() == m.activeVersion(), v.artifactSha256(), v.task(),
                    v.algorithm(), v.target(), json(v.featuresJson()), json(v.metricsJson()), v.trainingRows(),
                    v.trainingHash(), v.createdBy(), v.createdAt(), withProvenance ? json(v.provenanceJson()) : null);
        }
    }

    /** A promotion: {@code previousVersion} {@code null} for the first; rolled back when {@code rolledBackAt} is set. */
    public record PromotionView(int version, Integer previousVersion, String promotedBy, Instant promotedAt,
                                String rolledBackBy, Instant rolledBackAt) {
        static PromotionView of(ModelPromotion p) {
            return new PromotionView(p.version(), p.previousVersion() == 0 ? null : p.previousVersion(), p.promotedBy(),
                    p.promotedAt(), p.rolledBackBy(), p.rolledBackAt());
        }
    }

    /** One metric of two versions; a value is {@code null} where a version lacks the metric. */
    public record MetricComparison(String name, Double a, Double b, Double difference) {
    }

    /** The model, its active version ({@code null} if none), every version oldest first, and its promotions newest first. */
    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("models:read")
    public Map<String, Object> get(@PathParam("id") String id, @Context SecurityContext security) {
        return detail(readable(id, security));
    }

    /** One version with Tribuo's provenance. */
    @GET
    @Path("{id}/versions/{n}")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("models:read")
    public VersionView version(@PathParam("id") String id, @PathParam("n") int n, @Context SecurityContext security) {
        Model model = readable(id, security);
        return VersionView.of(version(model, n), model, true);
    }

    /** Makes version {@code {"version": n}} the active one: 200 with the model's detail, 404 for an unknown version. */
    @POST
    @Path("{id}/promote")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("models:write")
    public Map<String, Object> promote(@PathParam("id") String id, InputStream body, @Context SecurityContext security) {
        Caller caller = WorkspaceAccess.caller(security);
        Model model = writable(id, caller);
        int n = versionIn(body);
        version(model, n);
        Model promoted = models.promote(id, n, caller.userId());
        audit.record(caller.userId(), "model.promote", "model:" + id, model.name() + " version " + n
                + (model.hasActiveVersion() ? " (was " + model.activeVersion() + ")" : ""), null);
        return detail(promoted);
    }

    /** Makes the version active before the last promotion active again: 409 when there is none. */
    @POST
    @Path("{id}/rollback")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("models:write")
    public Map<String, Object> rollback(@PathParam("id") String id, @Context SecurityContext security) {
        Caller caller = WorkspaceAccess.caller(security);
        Model model = writable(id, caller);
        Model rolledBack;
        try {
            rolledBack = models.rollback(id, caller.userId());
        } catch (StoreConflictException e) {
            throw new ProblemException(409, "Conflict", "Model '" + model.name()
                    + "' has no earlier active version to roll back to.");
        }
        audit.record(caller.userId(), "model.rollback", "model:" + id, model.name() + " version "
                + model.activeVersion() + " -> " + rolledBack.activeVersion(), null);
        return detail(rolledBack);
    }

    /** The metrics of versions {@code a} and {@code b} side by side, by metric name, with {@code b − a}. */
    @GET
    @Path("{id}/compare")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("models:read")
    public Map<String, Object> compare(@PathParam("id") String id, @QueryParam("a") Integer a, @QueryParam("b") Integer b,
            @Context SecurityContext security) {
        Model model = readable(id, security);
        if (a == null || b == null) {
            throw new ProblemException(400, "Bad Request", "Name the two versions to compare: ?a=1&b=2.");
        }
        VersionView va = VersionView.of(version(model, a), model, false);
        VersionView vb = VersionView.of(version(model, b), model, false);
        var names = new TreeSet<String>();
        va.metrics().fieldNames().forEachRemaining(names::add);
        vb.metrics().fieldNames().forEachRemaining(names::add);
        List<MetricComparison> metrics = new ArrayList<>();
        for (String name : names) {
            Double x = number(va.metrics().get(name));
            Double y = number(vb.metrics().get(name));
            metrics.add(new MetricComparison(name, x, y, x == null || y == null ? null : y - x));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("model", ModelView.of(model));
        result.put("a", va);
        result.put("b", vb);
        result.put("metrics", metrics);
        return result;
    }

    private static Double number(JsonNode value) {
        return value != null && value.isNumber() ? value.asDouble() : null;
    }

    private Map<String, Object> detail(Model model) {
        List<VersionView> versions = models.versions(model.id()).stream().map(v -> VersionView.of(v, model, false)).toList();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("model", ModelView.of(model));
        detail.put("active", versions.stream().filter(VersionView::active).findFirst().orElse(null));
        detail.put("versions", versions);
        detail.put("promotions", models.promotions(model.id()).stream().map(PromotionView::of).toList());
        return detail;
    }

    /** A stored JSON text as JSON, or as a string when it is not JSON; {@code null} as an empty object. */
    static JsonNode json(String text) {
        if (text == null) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return TextNode.valueOf(text);
        }
    }

    private static int versionIn(InputStream body) {
        JsonNode json;
        try {
            json = body == null ? null : JSON.readTree(body.readNBytes(64 * 1024));
        } catch (IOException e) {
            json = null;
        }
        JsonNode version = json == null ? null : json.get("version");
        if (version == null || !version.canConvertToInt() || !version.isIntegralNumber() || version.asInt() < 1) {
            throw new ProblemException(400, "Bad Request", "Name the version to promote: {\"version\": 2}.");
        }
        return version.asInt();
    }

    private ModelVersion version(Model model, int n) {
        return models.version(model.id(), n)
                .orElseThrow(() -> WorkspaceAccess.notFound("version " + n + " of model '" + model.name() + "'"));
    }

    private Model readable(String id, SecurityContext security) {
        Model model = models.find(id).orElseThrow(() -> WorkspaceAccess.notFound("model '" + id + "'"));
        access.read(WorkspaceAccess.caller(security), model.workspaceId(), "model '" + id + "'");
        return model;
    }

    private Model writable(String id, Caller caller) {
        Model model = models.find(id).orElseThrow(() -> WorkspaceAccess.notFound("model '" + id + "'"));
        access.write(caller, model.workspaceId(), "model '" + id + "'");
        return model;
    }
}
