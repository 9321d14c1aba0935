package org.retort.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.retort.auth.Caller;
import org.retort.rest.internal.DatasetsResource.DatasetView;
import org.retort.rest.internal.WorkflowsResource.PageView;
import org.retort.store.AuditLog;
import org.retort.store.Dataset;
import org.retort.store.Datasets;
import org.retort.store.Page;
import org.retort.store.StoreConflictException;
import org.retort.store.Workspaces;
import org.retort.web.JaxRsComponent;
import org.retort.web.Problem;
import org.retort.web.ProblemException;
import org.retort.web.RequiresPermission;

/**
 * A workspace's datasets: {@code /api/v1/workspaces/{ws}/datasets} lists them and creates one (with no
 * version yet); the rest is {@link DatasetsResource}.
 */
@Component(service = JaxRsComponent.class)
@Path("v1/workspaces/{ws}/datasets")
public final class WorkspaceDatasetsResource implements JaxRsComponent {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_NAME = 200;

    private final Datasets datasets;
    private final AuditLog audit;
    private final WorkspaceAccess access;

    @Activate
    public WorkspaceDatasetsResource(@Reference Datasets datasets, @Reference Workspaces workspaces, @Reference AuditLog audit) {
        this.datasets = datasets;
        this.audit = audit;
        this.access = new WorkspaceAccess(workspaces);
    }

    /** The workspace's datasets by name, {@code name} a case-insensitive part of it. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("datasets:read")
    public PageView<DatasetView> list(@PathParam("ws") String workspaceId, @QueryParam("name") String name,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit,
            @Context SecurityContext security) {
        access.read(WorkspaceAccess.caller(security), workspaceId, "workspace '" + workspaceId + "'");
        int from = Paging.offset(offset);
        int size = Paging.limit(limit);
        if (name == null || name.isBlank()) {
            return PageView.of(datasets.list(workspaceId, from, size), DatasetView::of);
        }
        // the store lists by name only: filter while paging through (a workspace holds a modest number of datasets)
        String part = name.strip().toLowerCase(Locale.ROOT);
        List<DatasetView> items = new ArrayList<>();
        long total = 0;
        for (int at = 0; ; at += Paging.MAX_LIMIT) {
            Page<Dataset> page = datasets.list(workspaceId, at, Paging.MAX_LIMIT);
            for (Dataset d : page.items()) {
                if (d.name().toLowerCase(Locale.ROOT).contains(part)) {
                    if (total >= from && items.size() < size) {
                        items.add(DatasetView.of(d));
                    }
                    total++;
                }
            }
            if (!page.hasMore()) {
                break;
            }
        }
        return new PageView<>(items, total, from, size);
    }

    /** Creates a dataset with no version from {@code {"name": …}}; 409 when the workspace has one of that name. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("datasets:write")
    public Response create(@PathParam("ws") String workspaceId, InputStream body, @Context SecurityContext security) {
        Caller caller = WorkspaceAccess.caller(security);
        access.write(caller, workspaceId, "workspace '" + workspaceId + "'");
        String name = name(body);
        Dataset created;
        try {
            created = datasets.create(workspaceId, name, caller.userId());
        } catch (StoreConflictException e) {
            throw new ProblemException(Problem.of(409, "Conflict", "This workspace has a dataset named '" + name
                    + "' already: POST a new version to it, or choose another name.").with("name", name));
        }
        audit.record(caller.userId(), "dataset.create", "dataset:" + created.id(), name + " in workspace:" + workspaceId, null);
        return Response.status(201).entity(DatasetView.of(created)).build();
    }

    private static String name(InputStream body) {
        JsonNode json;
        try {
            json = body == null ? null : JSON.readTree(body.readNBytes(64 * 1024));
        } catch (IOException e) {
            throw new ProblemException(400, "Bad Request", "Send {\"name\": \"…\"} as JSON.");
        }
        String name = json == null ? null : json.path("name").asText(null);
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME || name.chars().anyMatch(c -> c < 32)) {
            throw new ProblemException(400, "Bad Request", "Name the dataset: {\"name\": \"…\"}, at most " + MAX_NAME + " characters.");
        }
        return name.strip();
    }
}
