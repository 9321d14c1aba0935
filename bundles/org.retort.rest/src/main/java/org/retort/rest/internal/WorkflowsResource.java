package org.retort.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.io.InputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.retort.auth.Caller;
import org.retort.engine.InvalidWorkflowException;
import org.retort.engine.RunOptions;
import org.retort.engine.WorkflowEngine;
import org.retort.engine.workflow.WorkflowJson;
import org.retort.rest.internal.WorkflowToolsResource.Report;
import org.retort.store.AuditLog;
import org.retort.store.Page;
import org.retort.store.Workflow;
import org.retort.store.WorkflowVersion;
import org.retort.store.Workflows;
import org.retort.store.Workspaces;
import org.retort.web.JaxRsComponent;
import org.retort.web.Problem;
import org.retort.web.ProblemException;
import org.retort.web.RequiresPermission;

/**
 * Stored workflows with immutable versions, inside workspaces: {@code /api/v1/workflows/{id}…}
 * (listed and imported by {@link WorkspaceWorkflowsResource}). Importing a file is the {@code POST} of its document; exporting
 * is {@code GET …/versions/{n}?download=true}. A document is stored in the format's deterministic
 * layout ({@link WorkflowJson#write}), so the same workflow written differently is the same version.
 * Who may see and change what follows {@link WorkspaceAccess}.
 */
@Component(service = JaxRsComponent.class)
@Path("v1/workflows")
public final class WorkflowsResource implements JaxRsComponent {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Workflows workflows;
    private final WorkflowEngine engine;
    private final AuditLog audit;
    private final RunService runs;
    private final WorkspaceAccess access;

    @Activate
    public WorkflowsResource(@Reference Workflows workflows, @Reference Workspaces workspaces, @Reference WorkflowEngine engine,
            @Reference AuditLog audit, @Reference RunService runs) {
        this.workflows = workflows;
        this.engine = engine;
        this.audit = audit;
        this.runs = runs;
        this.access = new WorkspaceAccess(workspaces);
    }

    /** A stored workflow. */
    public record WorkflowView(String id, String workspaceId, String name, String createdBy, Instant createdAt, int latestVersion) {
        static WorkflowView of(Workflow w) {
            return new WorkflowView(w.id(), w.workspaceId(), w.name(), w.createdBy(), w.createdAt(), w.latestVersion());
        }
    }

    /** One version, without its document. */
    public record VersionView(int version, String sha256, String createdBy, Instant createdAt, String comment) {
        static VersionView of(WorkflowVersion v) {
            return new VersionView(v.version(), v.sha256(), v.createdBy(), v.createdAt(), v.comment());
        }
    }

    /** One page of a list. */
    public record PageView<T>(List<T> items, long total, int offset, int limit) {
        static <S, T> PageView<T> of(Page<S> page, java.util.function.Function<S, T> view) {
            return new PageView<>(page.items().stream().map(view).toList(), page.total(), page.offset(), page.limit());
        }
    }

    /** The workflow and its latest version's document. */
    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("workflows:read")
    public Map<String, Object> get(@PathParam("id") String id, @Context SecurityContext security) {
        Workflow workflow = readable(id, security);
        return detail(workflow, workflows.latestVersion(id).orElse(null));
    }

    /**
     * Adds a version: 201 with the new version, or 200 with the latest one when the document is the
     * same workflow as it (nothing is added).
     */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("workflows:write")
    public Response update(@PathParam("id") String id, @QueryParam("comment") String comment, InputStream body,
            @Context SecurityContext security) {
        Caller caller = WorkspaceAccess.caller(security);
        Workflow workflow = writable(id, caller);
        String document = WorkflowJson.write(WorkflowToolsResource.read(body));
        WorkflowVersion latest = workflows.latestVersion(id).orElse(null);
        if (latest != null && normalized(latest.document()).equals(document)) {
            return Response.ok(detail(workflow, latest)).build();
        }
        WorkflowVersion added = workflows.addVersion(id, document, caller.userId(), comment);
        audit.record(caller.userId(), "workflow.version", "workflow:" + id, "version " + added.version(), null);
        return Response.status(201).entity(detail(workflows.find(id).orElse(workflow), added)).build();
    }

    /** Every version, oldest first. */
    @GET
    @Path("{id}/versions")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("workflows:read")
    public List<VersionView> versions(@PathParam("id") String id, @Context SecurityContext security) {
        readable(id, security);
        return workflows.versions(id).stream().map(VersionView::of).toList();
    }

    /** The document of one version; with {@code ?download=true} as a file to save (an export). */
    @GET
    @Path("{id}/versions/{n}")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("workflows:read")
    public Response version(@PathParam("id") String id, @PathParam("n") int n, @QueryParam("download") boolean download,
            @Context SecurityContext security) {
        Workflow workflow = readable(id, security);
        WorkflowVersion version = workflows.version(id, n)
                .orElseThrow(() -> WorkspaceAccess.notFound("version " + n + " of workflow '" + workflow.name() + "'"));
        Response.ResponseBuilder reply = Response.ok(version.document(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("ETag", "\"" + version.sha256() + "\"");
        if (download) {
            String file = workflow.name().replaceAll("[^A-Za-z0-9._-]", "_") + "-v" + n + ".json";
            reply.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
        }
        return reply.build();
    }

    /** Deletes the workflow (its versions stay, for the provenance of past runs). */
    @DELETE
    @Path("{id}")
    @RequiresPermission("workflows:write")
    public Response delete(@PathParam("id") String id, @Context SecurityContext security) {
        Caller caller = WorkspaceAccess.caller(security);
        writable(id, caller);
        workflows.delete(id);
        audit.record(caller.userId(), "workflow.delete", "workflow:" + id, null, null);
        return Response.noContent().build();
    }

    /** Validates the latest version against the node types installed now. */
    @POST
    @Path("{id}/validate")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("workflows:read")
    public Report validate(@PathParam("id") String id, @Context SecurityContext security) {
        org.retort.engine.workflow.Workflow workflow = latest(readable(id, security));
        List<WorkflowProblem> problems = WorkflowProblem.of(workflow, engine.validate(workflow));
        return new Report(problems.isEmpty(), problems);
    }

    /** The latest version as Camel YAML; 422 listing the problems when it does not validate. */
    @GET
    @Path("{id}/camel-yaml")
    @Produces(WorkflowToolsResource.YAML)
    @RequiresPermission("workflows:read")
    public String camelYaml(@PathParam("id") String id, @Context SecurityContext security) {
        org.retort.engine.workflow.Workflow workflow = latest(readable(id, security));
        try {
            return engine.exportCamelYaml(workflow, RunOptions.defaults());
        } catch (InvalidWorkflowException e) {
            List<WorkflowProblem> problems = WorkflowProblem.of(workflow, e.problems());
            throw new ProblemException(Problem.of(422, "Invalid workflow", "The workflow does not validate (" + problems.size()
                    + (problems.size() == 1 ? " problem" : " problems") + "); fix it before exporting it.").with("problems", problems));
        }
    }

    /**
     * Starts a run of the workflow (its latest version unless {@code version} is given), with uploaded
     * artifacts bound to source nodes: {@code {"version": 2, "inputs": {"read": "artifact:<sha256>"}}}; with
     * {@code "upTo": "<node id>"} only that node and what it depends on run.
     * 202 with the run record; the REST trigger of automation.
     */
    @POST
    @Path("{id}/runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("runs:write")
    public Response run(@PathParam("id") String id, RunService.Submission body, @Context SecurityContext security) {
        Caller caller = WorkspaceAccess.caller(security);
        Workflow workflow = workflows.find(id).orElseThrow(() -> WorkspaceAccess.notFound("workflow '" + id + "'"));
        access.write(caller, workflow.workspaceId(), "workflow '" + id + "'");
        RunService.Submission submission = body == null ? new RunService.Submission(null, null, null) : body;
        int version = submission.version() == null ? workflow.latestVersion() : submission.version();
        var run = runs.submit(caller, workflow.workspaceId(), workflow.id(), version, submission.inputs(), null, submission.upTo());
        return Response.status(202).entity(runs.view(run, false)).build();
    }

    private Workflow readable(String id, SecurityContext security) {
        Workflow workflow = workflows.find(id).orElseThrow(() -> WorkspaceAccess.notFound("workflow '" + id + "'"));
        access.read(WorkspaceAccess.caller(security), workflow.workspaceId(), "workflow '" + id + "'");
        return workflow;
    }

    private Workflow writable(String id, Caller caller) {
        Workflow workflow = workflows.find(id).orElseThrow(() -> WorkspaceAccess.notFound("workflow '" + id + "'"));
        access.write(caller, workflow.workspaceId(), "workflow '" + id + "'");
        return workflow;
    }

    private org.retort.engine.workflow.Workflow latest(Workflow workflow) {
        WorkflowVersion version = workflows.latestVersion(workflow.id())
                .orElseThrow(() -> WorkspaceAccess.notFound("version of workflow '" + workflow.name() + "'"));
        return WorkflowToolsResource.parse(version.document());
    }

    /** A stored document in the deterministic layout (it is stored so; older ones may not be). */
    private static String normalized(String document) {
        try {
            return WorkflowJson.write(WorkflowJson.read(document));
        } catch (org.retort.engine.workflow.WorkflowFormatException e) {
            return document;
        }
    }

    static Map<String, Object> detail(Workflow workflow, WorkflowVersion version) {
        var map = new LinkedHashMap<String, Object>();
        map.put("workflow", WorkflowView.of(workflow));
        map.put("version", version == null ? null : VersionView.of(version));
        map.put("document", version == null ? null : tree(version.document()));
        return map;
    }

    private static JsonNode tree(String document) {
        try {
            return JSON.readTree(document);
        } catch (JsonProcessingException e) {
            throw new ProblemException(500, "Stored document unreadable", "The stored workflow document is not JSON.");
        }
    }
}
