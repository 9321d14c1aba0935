package org.retort.rest.internal;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.retort.rest.internal.ModelsResource.ModelView;
import org.retort.rest.internal.WorkflowsResource.PageView;
import org.retort.store.Models;
import org.retort.store.Workspaces;
import org.retort.web.JaxRsComponent;
import org.retort.web.RequiresPermission;

/**
 * A workspace's registered models, by name: {@code /api/v1/workspaces/{ws}/models}. The Register node creates them;
 * the rest is {@link ModelsResource}.
 */
@Component(service = JaxRsComponent.class)
@Path("v1/workspaces/{ws}/models")
public final class WorkspaceModelsResource implements JaxRsComponent {

    private final Models models;
    private final WorkspaceAccess access;

    @Activate
    public WorkspaceModelsResource(@Reference Models models, @Reference Workspaces workspaces) {
        this.models = models;
        this.access = new WorkspaceAccess(workspaces);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("models:read")
    public PageView<ModelView> list(@PathParam("ws") String workspaceId, @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit, @Context SecurityContext security) {
        access.read(WorkspaceAccess.caller(security), workspaceId, "workspace '" + workspaceId + "'");
        return PageView.of(models.list(workspaceId, Paging.offset(offset), Paging.limit(limit)), ModelView::of);
    }
}
