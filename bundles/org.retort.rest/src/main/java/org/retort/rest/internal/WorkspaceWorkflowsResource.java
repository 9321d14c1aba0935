package org.retort.rest.internal;

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
import java.io.InputStream;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.retort.auth.Caller;
import org.retort.engine.workflow.WorkflowJson;
import org.retort.rest.internal.WorkflowsResource.PageView;
import org.retort.rest.internal.WorkflowsResource.WorkflowView;
import org.retort.store.AuditLog;
import org.retort.store.StoreConflictException;
import org.retort.store.Workflow;
import org.retort.store.WorkflowVersion;
import org.retort.store.Workflows;
import org.retort.store.Workspaces;
import org.retort.web.JaxRsComponent;
import org.retort.web.Problem;
import org.retort.web.ProblemException;
import org.retort.web.RequiresPermission;

/**
 * A workspace's stored workflows: {@code /api/v1/workspaces/{ws}/workflows} lists them and imports a
 * document (a file) as a new workflow; the rest is {@link WorkflowsResource}.
 */
@Component(service = JaxRsComponent.class)
@Path("v1/workspaces/{ws}/workflows")
public final class WorkspaceWorkflowsResource implements JaxRsComponent {

    private final Workflows workflows;
    private final AuditLog audit;
    private final WorkspaceAccess access;

    @Activate
    public WorkspaceWorkflowsResource(@Reference Workflows workflows, @Reference Workspaces workspaces, @Reference AuditLog audit) {
        this.workflows = workflows;
        this.audit = audit;
        this.access = new WorkspaceAccess(workspaces);
    }

    /** The workspace's workflows by name, {@code name} a case-insensitive part of it. */
    @GET
        @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("workflows:read")
    public PageView<WorkflowView> list(@PathParam("ws") String workspaceId, @QueryParam("name") String name,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit,
            @Context SecurityContext security) {
        access.read(WorkspaceAccess.caller(security), workspaceId, "workspace '" + workspaceId + "'");
        return PageView.of(workflows.list(workspaceId, name, Paging.offset(offset), Paging.limit(limit)), WorkflowView::of);
    }

    /**
     * Stores a workflow document (an import) as version 1 of a new workflow named {@code name}, by
     * default the document's id; 409 when the workspace has a workflow of that name.
     */
    @POST
        @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("workflows:write")
    public Response create(@PathParam("ws") String workspaceId, @QueryParam("name") String name, InputStream body,
            @Context SecurityContext security) {
        Caller caller = WorkspaceAccess.caller(security);
        access.write(caller, workspaceId, "workspace '" + workspaceId + "'");
        org.retort.engine.workflow.Workflow document = WorkflowToolsResource.read(body);
        String named = name == null || name.isBlank() ? document.id() : name.strip();
        Workflow created;
        try {
            created = workflows.create(workspaceId, named, caller.userId());
        } catch (StoreConflictException e) {
            throw new ProblemException(Problem.of(409, "Conflict", "This workspace has a workflow named '" + named
                    + "' already: PUT a new version to it, or import under another ?name=.").with("name", named));
        }
        WorkflowVersion version = workflows.addVersion(created.id(), WorkflowJson.write(document), caller.userId(), "imported");
        audit.record(caller.userId(), "workflow.create", "workflow:" + created.id(), named + " in workspace:" + workspaceId, null);
        return Response.status(201).entity(WorkflowsResource.detail(workflows.find(created.id()).orElse(created), version)).build();
    }

}
